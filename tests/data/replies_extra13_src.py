"""Source of `replies_extra13.jsonl`: a thirteenth batch of hand-written trainee replies (tune split only).

Written one at a time by someone who had not read the held-back part of `replies.jsonl` nor the
judge's code (judge, lexicon, patterns, learned model). It imitates the style and the labelling
habits of the original author of the tune items in `replies.jsonl` (short lowercase lines with
light punctuation, the odd "um" or false start, about half of them looser Whisper-like run-ons),
and concentrates on VIOLATIONS: each of the twelve kinds in new wordings a trainee under pressure
would really use, including subtle ones (a fault slipped in after an apology or an
acknowledgement, with or without "but"; faults phrased politely; faults inside questions; two kinds
at once), with the marks on those replies labelled too. Beside them are hard negatives and clean
replies: owning our mistakes (naming the courier or our compliance team only to take the blame),
honest limits followed by an offer, details asked once the customer has been heard, sincere
apologies that name what happened to the customer, reassurance, explaining what went wrong while
owning it, and good full replies. Nothing is generated from a template. Labels follow
tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra13.jsonl` next to it (ids m0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- blame
    dict(p=LE, s="heard", t="yeah so the courier in your area's had a shocker this month, they've lost a few. it's them really, not us", m="", v=["blame", "dismissal"], n="'they've lost a few' also shrugs it off"),
    dict(p=BE, s="heard", t="I'm so sorry about the charges. the chat agent you spoke to last week shouldn't have closed it, he's quite new", m="E", v=["blame"], n="no 'but': the apology stands; fault pinned on a colleague"),
    dict(p=VC, s="heard", t="I understand the frustration, sir, but the delay came from the correspondent bank, not from us.", m="", v=["blame"], n="'but' leads into blame: acknowledgement and empathy cancelled"),
    dict(p=EE, s="heard", t="with respect, if your own IT people had flagged it sooner we'd have had it back up in half the time", m="", v=["blame"], n="fault-finding against the customer's team"),
    dict(p=FT, s="heard", t="was it one of ours that did the second repair or a local firm? cause if it was a local firm that's not really down to us", m="", v=["blame"], n="whose-fault question, not a real question"),
    dict(p=None, s="heard", t="honestly that'll be the warehouse, they mess these up all the time. I'll send a new one out to you today though", m="OC", v=["blame"], n="the offer comes after the fault, so it stands"),
    dict(p=LE, s="heard", t="I'm really sorry, I know your customer's stood there waiting. the depot near you has been dropping the ball all month", m="AE", v=["blame"], n="no 'but': marks stand beside the blame"),
    dict(p=MT, s="heard", t="did the booking team give you the wrong window then? because that would explain it", m="", v=["blame"], n="looking for a culprit, not a real question"),

    # ---------------------------------------------------------------- policy
    dict(p=BE, s="heard", t="I do hear you, margaret. unfortunately refunds can only be raised through the online form, I can't do them over the phone", m="A", v=["policy"], n="'unfortunately' is not 'but': the acknowledgement stands"),
    dict(p=VC, s="heard", t="I'm afraid every transfer over a certain size goes through compliance, sir, that's just the way it's set up", m="", v=["policy"]),
    dict(p=LE, s="heard", t="we can't open a trace till it's been missing five working days, them's the rules", m="", v=["policy"]),
    dict(p=FT, s="heard", t="so the system only lets me book a standard repair, I can't choose which engineer goes out", m="", v=["policy"]),
    dict(p=EE, s="heard", t="Anything to do with the contract has to go to legal in writing. I'm not able to discuss it on a call.", m="", v=["policy"]),
    dict(p=MT, s="options", t="I'd love to waive it for you I really would but the fee's automatic once the booking's made there's no way for me to take it off", m="", v=["policy"]),
    dict(p=FT, s="heard", t="oh no, I'm so sorry it's packed up again. you'll need to book it in through the website, that's how repairs are done now", m="E", v=["policy"], n="no 'but': the apology stands beside the wall"),
    dict(p=BE, s="commitment", t="I've put the refund through. for the overdraft fee you'll have to post us a letter from your bank, we can't take it any other way", m="O", v=["policy"], n="'I've put it through' has no time: not commitment; post-only is a wall"),

    # ---------------------------------------------------------------- doubt
    dict(p=MT, s="heard", t="hmm that's odd, I've got both visits down as attended on here", m="", v=["doubt"]),
    dict(p=LE, s="heard", t="it's showing out for delivery on mine, have you had a look round the back or asked next door", m="", v=["doubt"], n="suggestion that it was delivered; not a real question"),
    dict(p=BE, s="heard", t="I'm only seeing the one payment this month, are you sure the second one was us?", m="", v=["doubt"]),
    dict(p=EE, s="heard", t="I mean three is a lot, our status page only shows two incidents for the quarter", m="", v=["doubt"]),
    dict(p=VC, s="heard", t="I'm so sorry, sir. I have to say it's very rare for a wire to be held that long, I've never actually seen it", m="E", v=["doubt"], n="apology first, no 'but': it stands"),
    dict(p=FT, s="heard", t="that model's got one of the lowest fault rates we sell so honestly I'd be surprised if it's the machine", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="so you cancelled and then got charged twice after. and you're sure you got the confirmation email at the time?", m="A", v=["doubt"], n="restatement stands (no 'but'); the check is doubting, not a real question"),
    dict(p=MT, s="vent", t="nobody? not even a text? they always text", m="", v=["doubt"]),

    # ---------------------------------------------------------------- correcting
    dict(p=VC, s="heard", t="For future reference, sir, anything sent after the cut-off goes the next working day.", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="I understand, and I'm so sorry it's been a worry. just so you know, cancelling in the app doesn't stop the direct debit, that has to be done separately", m="AE", v=["correcting"], n="no 'but': acknowledgement and apology stand beside the lecture"),
    dict(p=EE, s="heard", t="well the SLA's measured over the whole month so strictly speaking only one of them was an actual breach", m="", v=["correcting"]),
    dict(p=FT, s="heard", t="those machines do need the filter clearing out every month, did anyone go through that with you?", m="", v=["correcting"], n="implies customer error; not a real question"),
    dict(p=None, s="heard", t="I do appreciate you ringing in. I'd just gently point out the terms were sent to you when you signed up", m="G", v=["correcting"], n="polite correcting; the thanks stands"),
    dict(p=EE, s="heard", t="I do get why you went to the CEO. however, it would've been quicker to come through your account team", m="", v=["correcting"], n="'however' leads into the correction: acknowledgement cancelled"),
    dict(p=BE, s="heard", t="did you not read the email we sent saying it could take one more billing cycle", m="", v=["correcting"], n="question that lectures; not a real question"),

    # ---------------------------------------------------------------- accusation
    dict(p=MT, s="heard", t="okay so you're alleging the technician didn't come on either of the two dates", m="", v=["accusation"]),
    dict(p=LE, s="heard", t="just for the record, our records show the parcel left the depot on time", m="", v=["accusation", "doubt"]),
    dict(p=EE, s="heard", t="I'll make a note of your allegation about the outages and pass it on", m="", v=["accusation"]),
    dict(p=VC, s="heard", t="so your version of events is that nobody contacted you at all?", m="", v=["accusation"], n="hostile check, not a real question"),
    dict(p=FT, s="heard", t="your claim is the machine failed inside the warranty period, is that correct?", m="", v=["accusation"]),
    dict(p=None, s="heard", t="I'm sorry for everything you've been through. I've logged your allegation against the depot and it'll go for review", m="E", v=["accusation"]),
    dict(p=EE, s="heard", t="the logs are pretty clear the second outage came from a change on your side, for the record", m="", v=["accusation", "correcting"], n="insisting on the customer's error through evidence"),
    dict(p=VC, s="heard", t="you're accusing the bank of sitting on your money which, with respect, isn't what happened", m="", v=["accusation", "correcting"]),

    # ---------------------------------------------------------------- calm_down
    dict(p=None, s="vent", t="okay okay, deep breaths, let's not get worked up", m="", v=["calm_down"]),
    dict(p=EE, s="vent", t="Ms Ashcombe, I'd ask you to keep your tone professional, please.", m="", v=["calm_down"]),
    dict(p=BE, s="heard", t="margaret there's no need to get yourself in a state over it, it's all fixable", m="", v=["calm_down"]),
    dict(p=VC, s="vent", t="sir, if you could just stop talking for one moment", m="", v=["calm_down"]),
    dict(p=LE, s="heard", t="look shouting at me isn't gonna make the parcel turn up any faster is it", m="", v=["calm_down", "insult"], n="sarcastic rhetorical question"),
    dict(p=FT, s="heard", t="I'm so sorry, honestly I am. I just need you to calm down a bit so we can go through it", m="E", v=["calm_down"], n="no contrastive word: the apology stands"),
    dict(p=MT, s="heard", t="I understand you're upset but can we keep the language down please", m="", v=["calm_down"], n="'but' cancels the acknowledgement"),

    # ---------------------------------------------------------------- insult
    dict(p=MT, s="heard", t="it's a broadband install, it's not life or death", m="", v=["insult"], n="belittling, like 'it's only money'"),
    dict(p=VC, s="heard", t="with the money you've got I'd have thought two days wouldn't make much difference", m="", v=["insult"]),
    dict(p=EE, s="heard", t="right and I suppose your warehouses have never had a system go down", m="", v=["insult"], n="sarcasm"),
    dict(p=BE, s="heard", t="I'll explain it nice and slowly for you then", m="", v=["insult"]),
    dict(p=FT, s="heard", t="wow. okay. someone's had a morning", m="", v=["insult"]),
    dict(p=LE, s="heard", t="mate it's a compressor, your customer will live", m="", v=["insult"]),
    dict(p=BE, s="heard", t="well I'm terribly sorry our little subscription has ruined your whole life", m="", v=["insult"], n="sarcastic apology"),
    dict(p=VC, s="heard", t="thanks for the history lesson on Sterling and Marsh", m="", v=["insult"], n="sarcastic thanks"),

    # ---------------------------------------------------------------- threat_back
    dict(p=EE, s="heard", t="if you do cancel you'll still be liable for the rest of the term, I'd just point that out", m="", v=["threat_back"]),
    dict(p=VC, s="heard", t="sir, if Sterling and Marsh are that wonderful, nobody's stopping you", m="", v=["threat_back", "insult"]),
    dict(p=BE, s="heard", t="you can go to the ombudsman if you like, they'll only send it back to us anyway", m="", v=["threat_back"]),
    dict(p=LE, s="vent", t="keep talking to me like that and I'll put you straight back in the queue", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="right I've had enough of this I'm going to disconnect the call now", m="", v=["threat_back"]),
    dict(p=FT, s="heard", t="leave a bad review then, it won't get your machine fixed any quicker", m="", v=["threat_back"]),
    dict(p=MT, s="heard", t="if you carry on swearing I'll have to put a note on your account, and you might find it harder to get booked in", m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="I hear you, three outages. just so you're aware, if it goes to lawyers our legal team will fight it all the way", m="A", v=["threat_back"], n="no 'but': acknowledgement stands"),
    dict(p=BE, s="heard", t="With respect, Mrs Ellison, if you reverse the payment through your bank we'd have to pass the account to collections.", m="", v=["threat_back"], n="polite threat"),

    # ---------------------------------------------------------------- non_apology
    dict(p=MT, s="heard", t="I apologise if the engineer didn't make it out to you", m="", v=["non_apology"]),
    dict(p=EE, s="heard", t="we're sorry for any impact the outages may have had on your operation", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="I'm sorry you feel the chat agent misled you", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="I'm sorry this has upset you, sir", m="", v=["non_apology"], n="sorry about the feeling, not the event"),
    dict(p=LE, s="heard", t="apologies for any hassle there, these things can happen with couriers", m="", v=["non_apology", "dismissal"]),
    dict(p=FT, s="heard", t="I'm sorry if the service hasn't been up to your expectations", m="", v=["non_apology"]),
    dict(p=None, s="close", t="sorry again for any inconvenience, have a good rest of your day", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="well I'm sorry you see it like that. I'll book the senior engineer in for thursday though", m="OC", v=["non_apology"], n="the offer comes after the non-apology: it stands"),

    # ---------------------------------------------------------------- dismissal
    dict(p=LE, s="heard", t="parcels do go astray from time to time, unfortunately it's just one of those things", m="", v=["dismissal"]),
    dict(p=EE, s="heard", t="outages happen on every platform, ours is no different really", m="", v=["dismissal"]),
    dict(p=VC, s="heard", t="it's not really something I can help with from this desk, you'd want your relationship team for that", m="", v=["dismissal"]),
    dict(p=MT, s="heard", t="I mean the engineers are run by scheduling, I can't really speak for them", m="", v=["dismissal"]),
    dict(p=FT, s="heard", t="I'm really sorry. there's honestly not a lot I can do about the callback, that's the supervisors", m="E", v=["dismissal"], n="no 'but': the apology stands"),
    dict(p=BE, s="heard", t="two charges is annoying but it'll sort itself out on your next statement", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="I'm only first line, anything like that goes above me", m="", v=["dismissal"]),

    # ---------------------------------------------------------------- over_promise
    dict(p=MT, s="options", t="right I'll refund the whole installation and pay you back for both days off work, how does that sound", m="OIQ", v=["over_promise"]),
    dict(p=LE, s="options", t="I'll get the replacement parts couriered to your customer and they'll be there by eleven, I can promise you that", m="OC", v=["over_promise"], n="a delivery time the courier controls"),
    dict(p=EE, s="options", t="look, if it comes to it I can get the exit penalty waived so you can walk away clean", m="O", v=["over_promise"]),
    dict(p=VC, s="options", t="I'll arrange for our chief executive to call you personally and apologise.", m="O", v=["over_promise"]),
    dict(p=FT, s="options", t="let me make it up to you, I'll swap it for the next model up, the one with the steam wash, no charge", m="O", v=["over_promise"]),
    dict(p=BE, s="options", t="I'll refund both charges and the overdraft fee, and I'll pop three months free on there for all your trouble", m="O", v=["over_promise"]),
    dict(p=BE, s="options", t="so I'll refund it all and I'll make sure your bank takes their fee off too", m="O", v=["over_promise"], n="promise about what her bank will do"),
    dict(p=EE, s="options", t="you'll get the SLA credit, and I can promise you there won't be a fourth outage", m="O", v=["over_promise"]),
    dict(p=LE, s="heard", t="I'm so sorry, that's put you in a terrible spot with your customer. I'll refund the express fee and cover whatever that job was worth to you", m="AEO", v=["over_promise"], n="a good reply with one slip: paying for his lost business"),
    dict(p=VC, s="options", t="I can certainly reverse the fees, and I'll see that you get a preferential rate on your next few transfers as a gesture", m="O", v=["over_promise"]),

    # ---------------------------------------------------------------- premature_details
    dict(p=MT, s="vent", t="sorry, before you carry on, could I take the postcode for the installation", m="Q", v=["premature_details"]),
    dict(p=VC, s="vent", t="I'm so sorry, sir. Could you confirm the last four digits of your account for me?", m="EQ", v=["premature_details"]),
    dict(p=EE, s="vent", t="okay and what's the client reference for Ferrow so I can bring it up", m="Q", v=["premature_details"]),
    dict(p=LE, s="vent", t="right. tracking number?", m="Q", v=["premature_details"]),
    dict(p=BE, s="vent", t="mm, and which email address did you cancel from", m="Q", v=["premature_details"]),
    dict(p=FT, s="vent", t="oh no that's awful. when you're ready could you read me the serial number off the back of the machine", m="EQ", v=["premature_details"], n="deferred ('when you're ready') but still asked while venting"),
    dict(p=None, s="vent", t="uh huh, yep, and I'll need your date of birth and first line of the address", m="Q", v=["premature_details"]),
    dict(p=LE, s="vent", t="so it's not moved since collection, okay, what was the consignment number", m="AQ", v=["premature_details"], n="restatement stands beside the premature request"),

    # ---------------------------------------------------------------- two kinds at once
    dict(p=None, s="heard", t="relax, it's one parcel, it'll turn up", m="", v=["calm_down", "dismissal"]),
    dict(p=MT, s="heard", t="are you sure you didn't miss the text? it would've told you he was running late, you do need to keep your phone on", m="", v=["doubt", "correcting"]),
    dict(p=LE, s="heard", t="your allegation's noted but frankly it's the courier you should be taking this up with", m="", v=["accusation", "blame", "dismissal"], n="also passes her on to the courier"),
    dict(p=BE, s="heard", t="if you'd read the terms you'd know that, and shouting at me won't change them", m="", v=["correcting", "calm_down"]),
    dict(p=None, s="heard", t="I'm sorry you feel that way but that's the process", m="", v=["non_apology", "policy"]),
    dict(p=FT, s="heard", t="there's nothing I can do, and if you carry on like this I'll end the call", m="", v=["dismissal", "threat_back"]),
    dict(p=EE, s="vent", t="what's the contract number? and please calm down, I can't follow you when you're shouting", m="Q", v=["premature_details", "calm_down"]),
    dict(p=VC, s="heard", t="I get it, the money was late. though if your solicitor had given us the right sort code it'd have gone on the day", m="", v=["blame", "correcting"], n="contrastive 'though' cancels the acknowledgement"),
    dict(p=FT, s="heard", t="I'm really sorry it's gone again. have you been overloading it at all? that's usually what does it", m="E", v=["doubt", "correcting"], n="no 'but': the apology stands; the question implies customer error"),
    dict(p=MT, s="options", t="okay I'm sorry you feel let down, I'll refund the lot and give you the next year free", m="O", v=["non_apology", "over_promise"]),

    # ---------------------------------------------------------------- ownership (hard negatives for blame)
    dict(p=LE, s="heard", t="that's on us, not the courier. you paid us for overnight and it didn't happen", m="A", n="names the courier only to take the blame ourselves"),
    dict(p=MT, s="heard", t="no, you're right, we should have rung you both times, there's no excuse for that", m="A"),
    dict(p=BE, s="heard", t="the chat told you it was fixed and it wasn't. that's our mistake, not yours, and I'm sorry", m="AE"),
    dict(p=FT, s="heard", t="We promised you a supervisor would ring on Monday and nobody did. That's us dropping the ball, plain and simple.", m="A"),
    dict(p=VC, s="heard", t="the hold was on our side sir, our compliance check held it and nobody rang you, and that should never have happened", m="A", n="our own team, owned: not blame"),
    dict(p=EE, s="heard", t="three outages in a quarter is on us. it shouldn't be your team's job to chase us for answers", m="A"),
    dict(p=LE, s="heard", t="our courier partner lost it, and they're ours to answer for, so I'm not gonna hide behind them", m="A", n="owning the courier's failure: not blame"),

    # ---------------------------------------------------------------- honest limits, then an offer (hard negatives for policy/dismissal)
    dict(p=EE, s="options", t="I can't release you from the contract, I'd be lying if I said I could. what I can do is put the SLA credit through for the quarter and get you a named account manager. would that be a start?", m="OIQ", n="honest obstacle, not a policy wall"),
    dict(p=VC, s="options", t="I'm not able to waive fees for a year, that's beyond me, but I can reverse the fees on this transfer and put you through to a senior banker directly from now on", m="O"),
    dict(p=LE, s="options", t="honestly I can't pay for the business you lose, I'm not allowed to sign that off. but I can refund the express fee and get a courier out to your customer today with replacement parts at our cost. do you want me to set that up?", m="OIQ", n="'I can ... today' inside an offer awaiting an answer: not commitment"),
    dict(p=BE, s="options", t="I can't add any free months I'm sorry that's not something I'm allowed to give. I can refund both charges and pay back the overdraft fee though, shall I do that now", m="OIQ", n="'sorry' for a refusal is not empathy"),
    dict(p=FT, s="options", t="I can't give you a refund on it, I'll be honest with you. I can swap it for a brand new one, same model, with the warranty extended two years, or send our senior engineer out this week with a loan machine. which would you rather?", m="OIQ"),
    dict(p=MT, s="options", t="a full refund isn't something I can do from here, I won't pretend otherwise. um what I can do is take the installation fee off completely, put a month's credit on, and get you the eight o'clock slot, first job of the day", m="O"),
    dict(p=FT, s="heard", t="the callback's not my team, but that's no excuse, so I'm taking it on myself. I'll ring you back by three today", m="C", n="'not my team' then 'but' into help: not dismissal"),
    dict(p=None, s="heard", t="I might not be able to fix all of it, but I'll do everything I can on this call", m="", n="honest limit, no remedy and no time"),
    dict(p=BE, s="heard", t="I want to reimburse the overdraft fee as well, I just need my team leader to okay it, she's on the floor, it'll take two minutes", m="OC", n="honest obstacle with a time, not a wall"),

    # ---------------------------------------------------------------- details asked after venting (not premature)
    dict(p=MT, s="heard", t="can I just grab your postcode so I can see what slots we've got near you", m="Q"),
    dict(p=LE, s="heard", t="thanks, that's really clear. what's the tracking number and I'll open a trace straight away", m="GOCQ", n="'straight away' attached to a declared step"),
    dict(p=VC, s="heard", t="Could you confirm which account the funds came from, sir, so I can see exactly where it sat?", m="Q"),
    dict(p=BE, s="heard", t="when you're ready, what's the email address you cancelled with? I want to make sure it's properly closed this time", m="OQ", n="checking the account is fully closed is a concrete fix"),
    dict(p=EE, s="heard", t="which of the three outages hit your warehouses hardest", m="Q"),
    dict(p=FT, s="heard", t="do you know roughly what date it was delivered, seven months back was it?", m="Q"),

    # ---------------------------------------------------------------- sincere apologies that name what happened
    dict(p=MT, s="heard", t="I'm so sorry you lost two days' pay waiting in for us", m="AE"),
    dict(p=VC, s="heard", t="I'm really sorry you had to hear it from the seller's solicitor and not from us", m="AE"),
    dict(p=BE, s="heard", t="I'm sorry, margaret. you did the right thing cancelling and we still took your money", m="AE"),
    dict(p=FT, s="heard", t="I'm sorry you've been left without a washing machine again, after two repairs and all", m="AE"),
    dict(p=None, s="heard", t="I'm sorry you've had to ring us three times about this", m="AE", n="'sorry you' + the actual event: sincere"),
    dict(p=EE, s="heard", t="I'm sorry you had to go all the way to our CEO to get a response", m="AE"),
    dict(p=BE, s="heard", t="I'm sorry you were told it was sorted when it wasn't", m="AE"),

    # ---------------------------------------------------------------- reassurance, listening (hard negatives for calm_down)
    dict(p=None, s="heard", t="okay. I've got everything I need and I'm staying with this until it's sorted", m="", n="reassurance with no remedy and no time"),
    dict(p=LE, s="heard", t="we'll get your customer sorted, don't worry, that's my priority now", m="", n="'don't worry' is reassurance, not calm_down; no concrete remedy"),
    dict(p=VC, s="heard", t="You have my full attention, sir. Take whatever time you need.", m="", n="'take your time' is not calm_down"),
    dict(p=MT, s="vent", t="no go on, take your time, I want the full picture", m=""),
    dict(p=FT, s="vent", t="mm. that's awful. go on", m="E"),
    dict(p=EE, s="heard", t="I'd be raising my voice too if my warehouses had gone down three times", m="AE", n="mentions raised voice without telling her to calm down"),
    dict(p=LE, s="vent", t="oh no. and your customer's been waiting since this morning?", m="AQ", n="check-back question while venting: not premature"),

    # ---------------------------------------------------------------- explaining what went wrong while owning it
    dict(p=MT, s="heard", t="what happened is the job got moved on our system and nobody updated you, which is our fault, both times", m="A"),
    dict(p=BE, s="heard", t="from what I can see the cancellation went through but our billing run didn't pick it up, so it charged you twice. that's a fault on our end, I'm really sorry", m="AE", n="the 'but' is inside the explanation, not before a fault"),
    dict(p=LE, s="heard", t="looking at this it was scanned at collection and then never again so it's gone missing somewhere in our network. I'm sorry, that's not good enough", m="AE"),
    dict(p=EE, s="heard", t="the second and third outages had the same cause, and we should have caught it after the second. I won't dress that up", m="A"),
    dict(p=VC, s="heard", t="there was a compliance check on it, which is normal, but it should never have taken two days and someone should have rung you", m="A", n="explains, then owns it; not correcting"),
    dict(p=BE, s="heard", t="I can see both charges here, the fourth and the fifth, both after you cancelled on the first", m="A", n="confirms the complaint, not a bare lookup"),

    # ---------------------------------------------------------------- hard negatives for doubt, accusation, threat_back, insult
    dict(p=LE, s="heard", t="so just to check I've got it, it was collected tuesday and there's been nothing on the tracking since?", m="AQ", n="check-back question, not doubt"),
    dict(p=MT, s="heard", t="so what you're telling me is nobody turned up and nobody rang, both times", m="A", n="'what you're telling me' restates; not accusation"),
    dict(p=EE, s="heard", t="you're within your rights to talk to your lawyers. would you give me the chance to put this right first?", m="IQ", n="accepts her threat without threatening back"),
    dict(p=VC, s="heard", t="I'd hate to lose you to Sterling and Marsh, sir, and I understand why you're looking at them", m="A", n="understanding his position; 'hate to lose you' is not a threat"),
    dict(p=None, s="heard", t="fair enough, you've every reason to be cross with us", m="E"),

    # ---------------------------------------------------------------- gratitude
    dict(p=VC, s="heard", t="thank you for telling me straight, sir. I'd rather hear it from you than not at all", m="G"),
    dict(p=EE, s="heard", t="I appreciate you giving me the detail on the warehouses, that's exactly what I need to push this up", m="G"),
    dict(p=MT, s="close", t="thanks for sticking with us Bernadette, honestly, after two no-shows I wouldn't have blamed you for walking", m="AEG"),

    # ---------------------------------------------------------------- allowed remedies (hard negatives for over_promise)
    dict(p=MT, s="options", t="I can book you the guaranteed first slot, eight o'clock, so you're not sat there waiting again", m="O", n="the guaranteed first slot is allowed"),
    dict(p=LE, s="options", t="I can put a claim in for the parts themselves as well, up to the standard limit, alongside the express refund", m="O"),
    dict(p=FT, s="options", t="new machine, same model, two more years of warranty on top. would that do it?", m="OIQ"),
    dict(p=VC, s="options", t="Would it help if every transfer from now on went same-day, top of the queue?", m="OIQ"),
    dict(p=MT, s="heard", t="I completely understand. but what I can do right now is waive the call-out fee and get you booked in first thing", m="AO", n="'but' leads into help: acknowledgement stands; 'can ... right now' is an offer"),

    # ---------------------------------------------------------------- good full replies
    dict(p=BE, s="commitment", t="Right, both charges are being refunded now, the overdraft fee as well, and the letter confirming the cancellation goes out in today's post. You'll see the money by Thursday.", m="OC"),
    dict(p=EE, s="options", t="I'm sorry this has got as far as it has. what I can offer is the SLA service credit for the quarter, a named account manager from monday, and a root-cause report in writing by the twentieth. what would your board need to see in it?", m="EOIQ", n="dates inside an offer: not yet commitment"),
    dict(p=VC, s="commitment", t="the fees on that transfer are reversed as of now. Priya, your senior banker, will ring you at half nine tomorrow with her direct line, and every transfer after that goes same-day", m="OC"),
    dict(p=FT, s="options", t="I'm so sorry Kelly. two repairs, still broken, and nobody rang you back like they promised. I can replace it with a new one, same model, and add two years on the warranty, or if you'd rather keep this one our senior engineer can come out this week with a loan machine. what would suit you best?", m="AEOIQ"),
    dict(p=MT, s="close", t="so that's you booked for tuesday at eight, first job, fee waived and the credit's on. thank you for bearing with us, I'll text you monday evening to confirm", m="OCG"),
    dict(p=LE, s="commitment", t="I've refunded the express fee, the trace is open, and the courier's booked to collect the replacement parts from you at two today", m="OC"),
    dict(p=None, s="heard", t="so you were promised a refund twice and neither one came through. I'd be fuming too. let me sort that now, can I just check which card it was paid on?", m="AEQ", n="'let me sort that now' names no concrete step"),
    dict(p=EE, s="close", t="thank you for giving us the chance to fix this, Eleanor. the root-cause report will be with you by the twentieth and Tom, your account manager, will ring you monday at ten", m="OCG"),
    dict(p=BE, s="options", t="I'm really sorry margaret, on a pension that overdraft fee is the last thing you need. I can refund both charges and cover the bank's fee, and send you the cancellation in writing. would you like that by email or post?", m="AEOIQ"),
    dict(p=LE, s="close", t="did the parts get to your customer alright in the end? and is there anything else I can do for you", m="Q", n="follow-up and ending check: question, not asks_input"),
    dict(p=VC, s="heard", t="um so the- the wire was two days late, the house nearly went, and you found out from the other side. I'm so sorry, sir, that's awful", m="AE"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "m", Path(__file__).with_name("replies_extra13.jsonl"))
