"""Source of `replies_extra3.jsonl`: a third batch of hand-written trainee replies (tune split only).

Written one at a time, after the first two extra batches, by someone who had not read the held-back
part of `replies.jsonl`. The aim of this batch is phrasing the judge had not been tuned on: violations
said in other words than the stock ones, acknowledgements that restate the complaint without a fixed
opener, empathy that names a feeling in passing, remedies offered without "I can offer", and hard
negatives for each. Whisper-style text (lowercase, fillers, run-ons, the odd mis-hearing) mixed with
some properly punctuated lines. Nothing is generated from a template. Labels follow
tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra3.jsonl` next to it (ids z0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- blame
    dict(p=MT, s="heard", t="see the problem is the dispatch lot never pass the notes on to the engineers, so they turn up blind or not at all", m="", v=["blame"]),
    dict(p=LE, s="heard", t="honestly that depot is a black hole, their drivers lose stuff every week", m="", v=["blame"]),
    dict(p=EE, s="heard", t="our network team signed off the change without testing it, so that's really where the blame sits", m="", v=["blame"]),
    dict(p=VC, s="heard", t="if your lawyers had sent the account details on the monday this wouldn't have been an issue", m="", v=["blame"]),
    dict(p=FT, s="heard", t="I'm sorry about the leak. the engineer that came out the second time was an agency guy, he wasn't one of ours", m="E", v=["blame"], n="apology stands: no contrastive connective"),
    dict(p=BE, s="heard", t="the cancellation wasn't processed because whoever you spoke to in the shop didn't put it on the system", m="", v=["blame"]),
    dict(p=None, s="heard", t="well somebody in accounts has clearly messed up here and it wasn't me", m="", v=["blame", "dismissal"]),
    dict(p=MT, s="vent", t="was anyone actually in to answer the door though", m="", v=["blame", "doubt"], n="insinuating question, not a real one"),
    dict(p=LE, s="options", t="I can refund the express charge today. the courier firm are the ones who lost it though, so anything else you'll need to claim off them", m="O", v=["blame", "dismissal"]),
    dict(p=FT, s="heard", t="to be honest if the filter had been cleaned out regularly it probably wouldn't have gone again", m="", v=["blame", "correcting"]),

    # ---------------------------------------------------------------- policy
    dict(p=MT, s="options", t="yeah we can't do a refund on the install, company rules, they're not my rules", m="", v=["policy"]),
    dict(p=LE, s="heard", t="I totally understand but anything over fifty pounds has to go through the claims procedure, that's just how we do it", m="", v=["policy"], n="'but' into a policy wall cancels the acknowledgement"),
    dict(p=EE, s="options", t="contract changes have to come from your procurement team in writing, I'm not able to take that verbally", m="", v=["policy"]),
    dict(p=VC, s="heard", t="every payment over a hundred thousand goes through the same checks sir, there are no exceptions to that", m="", v=["policy"]),
    dict(p=FT, s="options", t="the system only lets me book a repair, it won't let me put a replacement through", m="", v=["policy"]),
    dict(p=BE, s="heard", t="okay so refunds go back in the next billing run, there's nothing quicker, that's the process", m="", v=["policy"]),
    dict(p=None, s="options", t="it's in our terms and conditions, I'm afraid I have to follow them", m="", v=["policy"]),
    dict(p=BE, s="options", t="I'm really sorry Margaret, I am. a reimbursement has to be requested by letter, you'd need to post it to us with the bank statement", m="E", v=["policy"], n="apology beside the wall, no connective"),
    dict(p=EE, s="heard", t="any claim against the SLA needs to be logged through the portal within five working days, otherwise finance won't accept it", m="", v=["policy"]),

    # ---------------------------------------------------------------- doubt
    dict(p=MT, s="heard", t="that's funny because our records say the engineer rang you twice that morning", m="", v=["doubt"]),
    dict(p=LE, s="heard", t="hm really? the system's showing it as delivered and signed for", m="", v=["doubt"]),
    dict(p=EE, s="heard", t="I'm not seeing three outages on my side, I can only see the one on the fourth", m="", v=["doubt"]),
    dict(p=VC, s="heard", t="you did definitely authorise it before the cut off, did you", m="", v=["doubt"], n="doubting tag question"),
    dict(p=FT, s="heard", t="we don't normally get problems with that model to be honest, they're very reliable", m="", v=["doubt", "dismissal"]),
    dict(p=BE, s="heard", t="can you double check your statement, because I'd be surprised if we took it twice", m="", v=["doubt"]),
    dict(p=None, s="heard", t="I find that hard to believe to be honest", m="", v=["doubt"]),
    dict(p=MT, s="vent", t="I mean nobody's ever complained about that engineer before", m="", v=["doubt"]),
    dict(p=LE, s="heard", t="are you certain it was booked as overnight?", m="", v=["doubt"]),
    dict(p=FT, s="heard", t="it's odd that it'd break the same way twice, that doesn't usually happen", m="", v=["doubt"]),

    # ---------------------------------------------------------------- correcting
    dict(p=MT, s="heard", t="the booking confirmation did say it was an all day window, not a morning slot", m="", v=["correcting"]),
    dict(p=LE, s="heard", t="just so you know, overnight means the next working day, not literally overnight", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="strictly speaking the SLA covers availability, not performance, so the slowdowns wouldn't count", m="", v=["correcting", "policy"]),
    dict(p=VC, s="heard", t="sir, international transfers were never same day, it says so on the form you signed", m="", v=["correcting"]),
    dict(p=FT, s="heard", t="you should really have run the drum clean cycle, it's in the manual on page six", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="you need to cancel the direct debit with your bank as well, cancelling with us doesn't stop it", m="", v=["correcting"]),
    dict(p=None, s="heard", t="if you'd read the email we sent it does explain all of this", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="well to be accurate it was the second payment that was the duplicate, not the first", m="", v=["correcting"]),
    dict(p=LE, s="heard", t="I get why you're cross. but you did tick the box for standard insurance, not full cover", m="", v=["correcting"], n="'but' into correcting cancels the acknowledgement"),

    # ---------------------------------------------------------------- accusation
    dict(p=MT, s="heard", t="so your complaint is that the engineer failed to attend on two occasions, correct?", m="", v=["accusation"], n="cross-examining tone"),
    dict(p=LE, s="heard", t="according to your version of events the parcel never left the depot", m="", v=["accusation"]),
    dict(p=EE, s="heard", t="I'll note your allegations on the file and pass them on", m="", v=["accusation"]),
    dict(p=VC, s="heard", t="for the avoidance of doubt, the bank acted in line with its obligations at all times", m="", v=["accusation", "dismissal"]),
    dict(p=FT, s="heard", t="you're asserting the repair was done badly, but our report shows it passed the checks", m="", v=["accusation", "doubt"]),
    dict(p=BE, s="heard", t="what proof have you got that you cancelled before the date?", m="", v=["accusation", "doubt"], n="hostile demand, not a real question"),
    dict(p=None, s="heard", t="I have to say the evidence doesn't support what you're telling me", m="", v=["accusation", "doubt"]),
    dict(p=EE, s="vent", t="noted. and you're stating the outages cost you business, yes?", m="", v=["accusation"]),

    # ---------------------------------------------------------------- calm_down
    dict(p=MT, s="vent", t="okay okay just take a breath for me", m="", v=["calm_down"]),
    dict(p=LE, s="vent", t="sir there's no need to raise your voice at me", m="", v=["calm_down"]),
    dict(p=EE, s="heard", t="if we could all just keep this calm and professional", m="", v=["calm_down"]),
    dict(p=VC, s="vent", t="please lower your voice sir, I can hear you perfectly well", m="", v=["calm_down"]),
    dict(p=FT, s="vent", t="right, can you just stop shouting for a second", m="", v=["calm_down"]),
    dict(p=BE, s="vent", t="let's just cool down a bit Margaret", m="", v=["calm_down"]),
    dict(p=None, s="vent", t="chill out mate it's only a parcel", m="", v=["calm_down", "dismissal"]),
    dict(p=MT, s="heard", t="I'm sorry, I really am, but please don't get so worked up about it", m="", v=["calm_down"], n="'but' into calm_down cancels the apology"),
    dict(p=None, s="vent", t="whoa whoa, easy, no need to get so heated", m="", v=["calm_down"]),

    # ---------------------------------------------------------------- insult
    dict(p=MT, s="vent", t="are you done yet", m="", v=["insult"], n="hostile question"),
    dict(p=LE, s="heard", t="it's a box of parts, not a kidney transplant", m="", v=["insult", "dismissal"]),
    dict(p=EE, s="heard", t="with all due respect you're not the only client we have", m="", v=["insult", "dismissal"]),
    dict(p=VC, s="heard", t="I'm sure a man of your means can survive a day's delay", m="", v=["insult"], n="sarcastic dig"),
    dict(p=FT, s="vent", t="wow, someone woke up on the wrong side of the bed", m="", v=["insult"]),
    dict(p=BE, s="heard", t="there's no need to be so rude, I'm only trying to help you", m="", v=["insult"], n="responding in kind"),
    dict(p=None, s="heard", t="oh great, another genius who knows my job better than me", m="", v=["insult"]),
    dict(p=MT, s="heard", t="you're being a bit dramatic about one morning aren't you", m="", v=["insult", "dismissal"]),
    dict(p=LE, s="vent", t="yeah yeah heard it all before", m="", v=["insult", "dismissal"]),

    # ---------------------------------------------------------------- threat_back
    dict(p=MT, s="vent", t="if you swear at me again this call is over", m="", v=["threat_back"]),
    dict(p=LE, s="heard", t="fine, take it to trading standards, see how far you get", m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="cancel the contract then, there are early termination fees you'll have to pay", m="", v=["threat_back"]),
    dict(p=VC, s="heard", t="you're welcome to move your money elsewhere sir, nobody's stopping you", m="", v=["threat_back"]),
    dict(p=FT, s="vent", t="keep talking to me like that and I'll put a note on your account", m="", v=["threat_back"]),
    dict(p=BE, s="heard", t="if you stop paying we'll have to pass it to debt collection", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="go on then, post your review, I don't care", m="", v=["threat_back", "dismissal"]),
    dict(p=EE, s="heard", t="involve your lawyers if you like, our legal team will be more than happy to respond", m="", v=["threat_back"]),

    # ---------------------------------------------------------------- non_apology
    dict(p=MT, s="heard", t="I'm sorry if you feel we let you down", m="", v=["non_apology"]),
    dict(p=LE, s="heard", t="we regret any disappointment this may have caused", m="", v=["non_apology"]),
    dict(p=EE, s="heard", t="I'm sorry that you're unhappy with our service", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="apologies if that came across badly sir", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="sorry you've been so put out by all this", m="", v=["non_apology"], n="apologises for her being put out, not for what happened"),
    dict(p=BE, s="heard", t="I'm sorry you see it that way Margaret", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="sorry for any trouble", m="", v=["non_apology"]),
    dict(p=MT, s="heard", t="I apologise if there's been some confusion with the bookings", m="", v=["non_apology"]),
    dict(p=LE, s="heard", t="well I'm sorry you're upset, but I've told you what I can do", m="", v=["non_apology", "dismissal"]),

    # ---------------------------------------------------------------- dismissal
    dict(p=MT, s="heard", t="look engineers run late, it's just one of those things", m="", v=["dismissal"]),
    dict(p=LE, s="heard", t="there's honestly not a lot more I can do from here", m="", v=["dismissal"]),
    dict(p=EE, s="heard", t="that sounds like one for the technical team, I only deal with billing", m="", v=["dismissal"]),
    dict(p=VC, s="heard", t="I'm afraid that's above my pay grade sir", m="", v=["dismissal"]),
    dict(p=FT, s="heard", t="machines break, it happens to everyone", m="", v=["dismissal"]),
    dict(p=BE, s="heard", t="it's only twenty pounds, it'll come back to you eventually", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="you'll have to ring the other number for that, I can't help", m="", v=["dismissal"]),
    dict(p=LE, s="options", t="my hands are tied I'm afraid, it's out of my control", m="", v=["dismissal"]),
    dict(p=EE, s="heard", t="outages happen with every provider, it's not unique to us", m="", v=["dismissal"]),

    # ---------------------------------------------------------------- over_promise
    dict(p=MT, s="options", t="tell you what, I'll refund everything you've paid this year and throw in six months free", m="O", v=["over_promise"]),
    dict(p=LE, s="options", t="I'll make sure we cover the business you lost with your customer, whatever it comes to", m="O", v=["over_promise"]),
    dict(p=EE, s="options", t="I can promise you there won't be another outage, you have my word on that", m="", v=["over_promise"]),
    dict(p=VC, s="options", t="I'll get the chief executive to ring you personally this afternoon", m="C", v=["over_promise"], n="the demand itself: beyond a front-line agent"),
    dict(p=FT, s="options", t="I'll send you a brand new top of the range model, a better one, free of charge", m="O", v=["over_promise"]),
    dict(p=BE, s="options", t="we'll refund the double payment and give you a year of the service for free on top", m="O", v=["over_promise"]),
    dict(p=None, s="options", t="I guarantee this will never happen to you again, no question", m="", v=["over_promise"]),
    dict(p=VC, s="options", t="I'll waive all the fees on all your accounts for the next twelve months sir", m="O", v=["over_promise"]),

    # ---------------------------------------------------------------- premature_details
    dict(p=MT, s="vent", t="right okay can I just grab your postcode", m="Q", v=["premature_details"]),
    dict(p=LE, s="vent", t="have you got the tracking number there", m="Q", v=["premature_details"]),
    dict(p=EE, s="vent", t="sorry to interrupt, what's the client reference on the contract", m="Q", v=["premature_details"]),
    dict(p=VC, s="vent", t="could I take the last four digits of the account please sir", m="Q", v=["premature_details"]),
    dict(p=FT, s="vent", t="okay what's the serial number on the back of the machine", m="Q", v=["premature_details"]),
    dict(p=BE, s="vent", t="I'll need your full name and date of birth first", m="Q", v=["premature_details"]),
    dict(p=None, s="vent", t="mm. before we go any further I need the order number", m="Q", v=["premature_details"]),

    # ---------------------------------------------------------------- mixed: marks next to faults
    dict(p=MT, s="heard", t="so you waited in two whole mornings and nobody turned up, I get that. still, the engineer did ring and say he'd be late", m="A", v=["doubt"], n="no contrastive 'but'; 'still' is not in the rule list"),
    dict(p=EE, s="heard", t="I hear you, three outages in a month is bad. however the contract only guarantees ninety nine point five, and we hit that", m="", v=["correcting", "policy"], n="'however' into correcting cancels it"),
    dict(p=FT, s="options", t="I'm sorry it's gone again. I can send a senior engineer out this week. calm down though please, I'm trying here", m="EO", v=["calm_down"], n="marks before the fault stand; 'though' sits after"),
    dict(p=BE, s="options", t="I'll refund both payments and the overdraft fee, and thanks for your patience. you really should keep an eye on your statements though", m="OG", v=["correcting"]),

    # ---------------------------------------------------------------- acknowledge: paraphrase and restating
    dict(p=MT, s="heard", t="two appointments, two no shows, and you lost a day's wages each time. that's what's happened", m="A"),
    dict(p=LE, s="heard", t="right, so you paid the premium rate to get it there first thing and it's just vanished", m="A"),
    dict(p=EE, s="heard", t="three outages this month and each one hit your trading floor, and now you're having to answer to your board for it", m="A"),
    dict(p=VC, s="heard", t="your transfer sat for two days and you almost lost the house because of it", m="A"),
    dict(p=FT, s="heard", t="so it's been repaired twice, it's leaking again, and nobody rang you back on monday like they promised", m="A"),
    dict(p=BE, s="heard", t="you cancelled, we charged you twice anyway, and that pushed your account over so your rent didn't go out", m="A"),
    dict(p=None, s="heard", t="okay so the order came late and then it was the wrong size, and you've been on hold for forty minutes today", m="A"),
    dict(p=MT, s="heard", t="fair enough, that's two days of your life you're not getting back", m="A"),
    dict(p=LE, s="heard", t="I get it, your customer's on your back and you've got nothing to tell them", m="A"),
    dict(p=EE, s="heard", t="I hear what you're saying about the board, loud and clear", m="A"),
    dict(p=FT, s="heard", t="makes sense why you're fed up, you've been patient twice already", m="AE"),
    dict(p=BE, s="heard", t="understood, Margaret, you told us to stop and we didn't. that's on us.", m="A"),
    dict(p=VC, s="heard", t="you're quite right to raise it sir, it should have gone through the same day", m="A"),
    dict(p=None, s="heard", t="let me just run back through what you've told me so I've got it straight", m="A"),
    dict(p=MT, s="heard", t="yeah that was a mess on our side, no two ways about it", m="A"),
    dict(p=LE, s="heard", t="so nothing since it was collected, not one scan. got it.", m="A"),
    dict(p=EE, s="heard", t="we dropped the ball three times and you've had to go to our CEO to get heard, that shouldn't be how it works", m="A"),
    dict(p=FT, s="heard", t="right so the callback on monday never came, that's the part that's really got to you", m="A"),

    # ---------------------------------------------------------------- acknowledge: hard negatives
    dict(p=MT, s="vent", t="mm-hm. okay.", m=""),
    dict(p=LE, s="vent", t="right. yep. go on", m="", n="letting him vent"),
    dict(p=EE, s="heard", t="I don't see how three short outages add up to a breach", m="", v=["doubt"]),
    dict(p=None, s="heard", t="I understand what you want, but that's not going to happen", m="", v=["dismissal"], n="'but' into dismissal cancels it"),
    dict(p=BE, s="heard", t="I'm not sure I follow, which charge are you talking about?", m="Q"),
    dict(p=FT, s="heard", t="okay I see. and what model is it?", m="Q"),
    dict(p=VC, s="heard", t="right, I hear you, anyway the transfer is showing as complete now", m="", n="brushed-off 'I hear you'"),
    dict(p=LE, s="heard", t="I don't really get what the problem is if you're getting a refund anyway", m="", v=["dismissal"]),

    # ---------------------------------------------------------------- empathise: in other words
    dict(p=MT, s="heard", t="that's maddening, honestly, taking a day off for nothing twice", m="AE"),
    dict(p=LE, s="heard", t="oh no, and with your customer waiting on it too, that's horrible", m="AE"),
    dict(p=EE, s="heard", t="I can only imagine the pressure you've been under with your board", m="E"),
    dict(p=VC, s="heard", t="that must have been a very anxious forty eight hours for you and your family", m="E"),
    dict(p=FT, s="heard", t="ugh, a leak all over the kitchen floor, what a horrible thing to come home to", m="AE"),
    dict(p=BE, s="heard", t="I'm so sorry Margaret. your rent bouncing must have been really frightening", m="AE"),
    dict(p=None, s="heard", t="I'd be gutted too", m="E"),
    dict(p=MT, s="heard", t="you've every right to be livid about it", m="E"),
    dict(p=LE, s="heard", t="that's a rotten position to be put in and it's our doing, I'm sorry", m="AE"),
    dict(p=EE, s="heard", t="I apologise, genuinely. this has been handled badly from start to finish", m="AE"),
    dict(p=FT, s="heard", t="anyone would be at the end of their tether after that", m="E"),
    dict(p=VC, s="heard", t="please accept my apologies, sir, we let you down badly on this", m="AE"),
    dict(p=BE, s="heard", t="oh that's dreadful, after forty years of paying on time", m="AE"),
    dict(p=None, s="heard", t="I'm really sorry this has been such a headache for you", m="E"),
    dict(p=MT, s="heard", t="it's completely understandable you're annoyed", m="E"),
    dict(p=LE, s="heard", t="sorry, that's a horrible situation to be in", m="E"),

    # ---------------------------------------------------------------- empathise: hard negatives
    dict(p=MT, s="heard", t="sorry, can you spell your surname for me", m="Q", n="politeness sorry"),
    dict(p=LE, s="options", t="I'm sorry, I can't refund the parts themselves, but I can refund the delivery charge", m="O", n="sorry for a refusal; the delivery refund is a remedy"),
    dict(p=EE, s="heard", t="I'm not going to say I know how that feels", m="", n="negated"),
    dict(p=FT, s="heard", t="honestly I'm so frustrated with these machines myself", m="", n="agent's own feeling"),
    dict(p=BE, s="heard", t="oh I'm sure that was just terrible for you", m="", v=["insult"], n="sarcasm"),
    dict(p=None, s="heard", t="it's not that bad, is it", m="", v=["dismissal"]),
    dict(p=VC, s="heard", t="I'm sorry sir, one moment while I pull the account up", m="", n="sorry as a politeness marker"),
    dict(p=LE, s="heard", t="sorry, what did you say the tracking number was?", m="Q"),

    # ---------------------------------------------------------------- options: remedies in other words
    dict(p=MT, s="options", t="what I'm going to do is take the call-out charge off and stick a credit on the account for the hassle", m="O"),
    dict(p=LE, s="options", t="we can get a replacement to your customer by courier this afternoon, on us", m="O"),
    dict(p=EE, s="options", t="I'd like to put a service credit against this month's invoice and give you a named account manager", m="O"),
    dict(p=VC, s="options", t="we'll reverse the fees on the transfer, and I can set up a direct line to a senior banker for you", m="O"),
    dict(p=FT, s="options", t="either we swap it for a new one of the same model, or a senior engineer comes out this week to sort it properly. which suits you?", m="OIQ"),
    dict(p=BE, s="options", t="the second payment is coming straight back to you, and the bank's fee as well", m="O"),
    dict(p=None, s="options", t="I could either send a new one out or refund you in full for the item, up to you", m="OI"),
    dict(p=MT, s="options", t="first slot on thursday is free, I can pop you in for that and you'd be the engineer's first call", m="O"),
    dict(p=LE, s="options", t="how would it be if I refunded the express fee and had a courier collect a replacement for you today", m="OIQ"),
    dict(p=EE, s="options", t="you'll get a full root-cause write up, and I can have a named manager looking after the account from monday", m="O"),
    dict(p=FT, s="options", t="I can extend the warranty on a new one by two years if you'd like to go the replacement route", m="O"),
    dict(p=BE, s="options", t="I'll put through a refund of the duplicate and cover the overdraft charge from your bank", m="O"),
    dict(p=VC, s="options", t="going forward your transfers can go same day, I'll flag the accounts for it", m="O"),

    # ---------------------------------------------------------------- options: hard negatives
    dict(p=MT, s="options", t="I'll look into it and see what I can do", m="", n="vague"),
    dict(p=LE, s="options", t="there's not really an option to refund the parts I'm afraid", m=""),
    dict(p=EE, s="options", t="I'll pass this up to my manager and they'll decide", m=""),
    dict(p=FT, s="options", t="what would you like us to do?", m="IQ", n="asks, offers nothing"),
    dict(p=BE, s="options", t="we'll have to wait and see what the finance team say about a refund", m=""),
    dict(p=None, s="options", t="I don't think a refund's possible on this one", m=""),
    dict(p=VC, s="options", t="I wish I could offer you something, I really do", m=""),

    # ---------------------------------------------------------------- good, complete replies
    dict(p=MT, s="options", t="you've been let down twice and that's on us, I'm sorry. I can waive the fee and get you the eight am slot thursday, or a credit if you'd rather. what works best?", m="AEOIQ"),
    dict(p=LE, s="commitment", t="thanks for bearing with me. the courier's booked for two, your customer will have the parts by five, and I'll text you the tracking in the next ten minutes", m="OCG"),
    dict(p=EE, s="commitment", t="the service credit is applied, Mr Lowe from our senior team is your account manager as of today, and you'll have the root-cause report by the twentieth", m="OC"),
    dict(p=VC, s="close", t="thank you for giving us the chance to put it right, sir. I'll ring you on friday to check the new transfer went through smoothly", m="CG"),
    dict(p=FT, s="heard", t="oh no, that's the third time, you must be sick of the sight of it. how long has it been leaking for?", m="AEQ"),
    dict(p=BE, s="close", t="is there anything else I can help you with today Margaret?", m="Q"),
    dict(p=None, s="heard", t="I really appreciate you bearing with us, I know it's been a slog", m="EG", n="'I know it's been a slog' validates the feeling"),
    dict(p=MT, s="heard", t="how did it affect your work, missing those two days?", m="Q"),
    dict(p=LE, s="options", t="would a refund of the express fee plus a same day courier help with your customer?", m="OIQ"),
    dict(p=EE, s="heard", t="what matters most to you right now, getting the platform stable or getting the paperwork for your board?", m="IQ"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "z", Path(__file__).with_name("replies_extra3.jsonl"))
