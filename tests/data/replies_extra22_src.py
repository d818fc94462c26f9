"""Source of `replies_extra22.jsonl`: a twenty-second batch of hand-written trainee replies (tune split only).

A cross-section of whole calls in the style, content mix and labelling habits of the original author of
the tune part of `replies.jsonl`: roughly a quarter each acknowledge, empathise and options, about a third
with violations (all 12 kinds), a fifth good replies, plus commitments, thanks, questions and hard
negatives (bare fillers, vague promises, sorry as politeness, agent's own feelings, 'but' that cancels a
mark). All six personas plus generic replies, every stage. Written one at a time, without reading the
held-back part of `replies.jsonl` and without reading the judge's code; only tune items of the original
set were read as a model. Whisper-style text (lowercase, fillers, false starts, the odd mis-hearing) mixed
with properly punctuated lines. Nothing is generated from a template. Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra22.jsonl` next to it (ids a0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- vent
    dict(p=MT, s="vent", t="mm. okay.", m=""),
    dict(p=BE, s="vent", t="can i just grab your account number first", m="Q", v=["premature_details"]),
    dict(p=VC, s="vent", t="before we go any further sir could I confirm your date of birth please", m="Q", v=["premature_details"]),
    dict(p=EE, s="vent", t="okay, I hear you. keep going, I want the whole picture", m="A"),
    dict(p=FT, s="vent", t="um can you just calm down a bit so I can actually help", m="", v=["calm_down"]),
    dict(p=MT, s="vent", t="so he didn't turn up, twice, and nobody rang you either time. okay. I'm listening", m="A"),
    dict(p=LE, s="vent", t="what's the tracking number on it", m="Q", v=["premature_details"], n="detail request without a question mark, while venting"),
    dict(p=None, s="vent", t="sorry sorry, what was your postcode again", m="Q", v=["premature_details"], n="'sorry' is politeness, not an apology"),
    dict(p=EE, s="vent", t="uh huh", m=""),
    dict(p=BE, s="vent", t="oh no. charged twice after you'd cancelled? that's dreadful, go on", m="AE", n="the '?' echoes back the complaint, not a real question"),

    # ---------------------------------------------------------------- missed-technician
    dict(p=MT, s="heard", t="two mornings off work and not so much as a phone call. I'd be livid, honestly", m="AE"),
    dict(p=MT, s="heard", t="so um you took the day off, sat there the whole eight till twelve, and then it happened all over again. god, I'm sorry", m="AE"),
    dict(p=MT, s="heard", t="did you lose pay for those days, if you don't mind me asking", m="Q", n="asks about impact, no question mark"),
    dict(p=MT, s="heard", t="well the booking did say the window could change on the day, it's in the confirmation email you got", m="", v=["correcting"]),
    dict(p=MT, s="heard", t="the installers are subcontracted, so it's really them that keep missing it, not us", m="", v=["blame"]),
    dict(p=MT, s="heard", t="I'm sorry if you felt you weren't kept in the loop", m="", v=["non_apology"]),
    dict(p=MT, s="heard", t="you're right. you shouldn't of had to chase us for any of it", m="A", n="mis-hearing 'shouldn't of'"),
    dict(p=MT, s="heard", t="I understand, and I'm really sorry. what would help most, given your work?", m="AEIQ"),
    dict(p=MT, s="heard", t="I'm really sorry about both visits. but to be fair the second time the technition was only running late", m="", v=["correcting"], n="'but' leads into correcting: the apology is cancelled; mis-hearing 'technition'"),
    dict(p=MT, s="options", t="I can waive the installation fee, put a month's credit on the account, and get you the first slot at eight. would that help?", m="OIQ"),
    dict(p=MT, s="options", t="look I'll just refund everything you've ever paid us, the lot, and knock off the next year as well", m="O", v=["over_promise"]),
    dict(p=MT, s="options", t="uh so what I can do is the eight a.m. slot, first job of the day, so you're not sat waiting all morning. does friday or monday suit you better", m="OIQ"),
    dict(p=MT, s="options", t="calm down and I'll book you the eight o'clock slot", m="O", v=["calm_down"]),
    dict(p=MT, s="options", t="I'm so sorry, two mornings is a lot to lose. I can waive the fee, add a month's credit, and book you the first slot at eight so you're not waiting around. would that work for you?", m="AEOIQ"),
    dict(p=MT, s="commitment", t="right, that's the fee waived and the credit's on there now, and you're booked for eight on tuesday. I'll ring you monday by five just to double check", m="OC"),
    dict(p=MT, s="commitment", t="I'll pass it on and someone should get back to you", m="", n="promise with no time"),
    dict(p=MT, s="close", t="thanks for bearing with me today, Bernadette, and again I'm sorry about both mornings", m="EG"),

    # ---------------------------------------------------------------- lost-express
    dict(p=LE, s="heard", t="so the compressor and the board never got there, and now it's your name on the line with the restaurant. that's rotten", m="AE"),
    dict(p=LE, s="heard", t="parcels do go missing now and again, it's not the end of the world", m="", v=["dismissal"]),
    dict(p=LE, s="heard", t="it'll be the depot that lost it, honestly they're a nightmare down there", m="", v=["blame"]),
    dict(p=LE, s="heard", t="and the tracking's shown nothing at all since it was collected? not even a scan at the hub?", m="AQ", n="check-back question restating the complaint"),
    dict(p=LE, s="heard", t="how's your client taking it", m="Q"),
    dict(p=LE, s="heard", t="have you checked with the restaurant that nobody there signed for it", m="", v=["doubt"], n="insinuates it was delivered; doubting, not a real question"),
    dict(p=LE, s="heard", t="thank you for ringing straight away rather than leaving it, it gives us a lot more to work with", m="G"),
    dict(p=LE, s="heard", t="sorry if that's caused you a bit of a headache with your client", m="", v=["non_apology"]),
    dict(p=LE, s="heard", t="thank you for staying on with me. I know your client's waiting on these, so what time do they need the parts by?", m="AGQ"),
    dict(p=LE, s="options", t="I'll refund the express fee, open a trace, and send replacement parts out by same-day courier on us. if you give me the restaurant's address I'll get it booked", m="OQ", n="no time on the promises; the address is a request for details after venting"),
    dict(p=LE, s="options", t="don't worry about the restaurant, we'll cover any business you lose over this, whatever it comes to", m="O", v=["over_promise"]),
    dict(p=LE, s="options", t="would you rather have the express fee back on your card or um as credit on your account", m="OIQ"),
    dict(p=LE, s="options", t="I'll refund the express fee today. parcels go missing though, it's just part of shipping", m="OC", v=["dismissal"]),
    dict(p=LE, s="commitment", t="okay the trace is open, the reference is coming to you by text now, and the courier'll collect the new parts from you by two today", m="OC"),
    dict(p=LE, s="commitment", t="I'll chase the depot myself and ring you back within the hour, whatever they say", m="C"),

    # ---------------------------------------------------------------- vip-client
    dict(p=VC, s="heard", t="you heard it from the seller's solicitor before you heard it from us. that's not acceptable, and I'm sorry", m="AE"),
    dict(p=VC, s="heard", t="sir, for the record, the instruction wasn't received until after the cut-off", m="", v=["accusation", "correcting"], n="insisting on the client's error through evidence"),
    dict(p=VC, s="heard", t="honestly it was the correspondent bank that held it up, there's not a lot we could've done", m="", v=["blame", "dismissal"]),
    dict(p=VC, s="heard", t="I can hear how much this rattled you, on a purchase that size", m="AE"),
    dict(p=VC, s="heard", t="if you'd prefer to move your portfolio to Sterling and Marsh, that's entirely your choice sir", m="", v=["threat_back"]),
    dict(p=VC, s="heard", t="what happened with the seller in the end? did you manage to hold on to it", m="Q"),
    dict(p=VC, s="heard", t="We apologise for any inconvenience the delay may have caused.", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="I completely understand, sir. but you did send it in after the cut-off", m="", v=["correcting"], n="'but' leads into correcting: acknowledgement cancelled"),
    dict(p=VC, s="heard", t="you trusted us with the biggest purchase of your year and we left you finding out from the other side. I'm truly sorry. what would help put some confidence back?", m="AEIQ"),
    dict(p=VC, s="heard", t="Mr Fairclough, I'm not going to pretend this was anything other than our failure.", m="A", n="owning what happened is acknowledgement; no feeling named"),
    dict(p=VC, s="options", t="I can reverse the transfer fees, and I'd like to put you in touch with a named senior banker on a direct line. would that be a start?", m="OIQ"),
    dict(p=VC, s="options", t="I'll waive every fee on your accounts for the year and get our chief executive to ring you personally", m="O", v=["over_promise"]),
    dict(p=VC, s="options", t="and going forward every transfer you make goes same-day, top of the queue. how does that sound?", m="OIQ"),
    dict(p=VC, s="commitment", t="the fee reversal's gone through just now, and your banker, Tom Reid, will ring you tomorrow by half nine with his direct line", m="OC"),
    dict(p=VC, s="close", t="thank you for giving us the chance to put it right, Mr Fairclough", m="G"),

    # ---------------------------------------------------------------- escalated-exec
    dict(p=EE, s="heard", t="three outages in one quarter, every one of them breaching the SLA, and your warehouses standing still. I completely understand why you went to our CEO", m="A"),
    dict(p=EE, s="heard", t="I'd be under real pressure from my own board if I were in your seat", m="E"),
    dict(p=EE, s="heard", t="with respect the outage on the ninth was our hosting partner's data centre, not our platform", m="", v=["blame"]),
    dict(p=EE, s="heard", t="if your lawyers want to get involved that's up to them, we've got plenty of our own", m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="the whole warehouse stopped? our dashboard's showing most of your sites were still up", m="", v=["doubt"]),
    dict(p=EE, s="heard", t="what did the last one actually cost you on the warehouse floor?", m="Q"),
    dict(p=EE, s="heard", t="thank you for giving us the chance to respond before you make any decision on the contract", m="G"),
    dict(p=EE, s="heard", t="I hear you, and I'm sorry. I'm not able to discuss the contract itself, you'd need to email our legal team formally", m="AE", v=["policy"], n="no 'but': acknowledgement and apology stand beside the policy wall"),
    dict(p=EE, s="heard", t="I- I mean it's forty minutes of downtime, you're making it sound like the building burned down", m="", v=["insult", "dismissal"]),
    dict(p=EE, s="options", t="here's what I can put on the table today. the service credit for this quarter, a named account manager, and a root cause report with a date on it. which of those matters most to you?", m="OIQ"),
    dict(p=EE, s="options", t="I'll release you from the contract, no penalty, if that's what it takes to make this right", m="O", v=["over_promise"]),
    dict(p=EE, s="options", t="I'm sorry we've put you in that position with your board. what I can offer is this quarter's service credit, a named account manager from tomorrow, and the root cause report by the end of next week. does that give you something to take back to them?", m="AEOIQ", n="times inside the offer, awaiting her answer: not a commitment"),
    dict(p=EE, s="commitment", t="the root cause report will be with you by friday the twenty-first, and your account manager, Sam, will call you tomorrow before eleven", m="OC"),
    dict(p=EE, s="commitment", t="I'm escalating it to our head of service right now, and she'll call you before three", m="C", n="escalation with a time: commitment only"),

    # ---------------------------------------------------------------- failed-twice
    dict(p=FT, s="heard", t="seven months old and it's broken down twice since the repair. that's not what you paid for, and I'm so sorry", m="AE"),
    dict(p=FT, s="heard", t="and then on top of that nobody called you back on monday like they said. I'm really sorry, that one's on us", m="AE"),
    dict(p=FT, s="heard", t="ok but are you using the right detergent, cause the wrong one can cause faults", m="", v=["doubt", "correcting"]),
    dict(p=FT, s="heard", t="how have you been managing the washing without it?", m="Q"),
    dict(p=FT, s="heard", t="madam, shouting at me isn't going to get it fixed", m="", v=["calm_down"]),
    dict(p=FT, s="heard", t="thanks for your patience, honestly. but if you'd registered the warranty we could of sent someone sooner", m="G", v=["correcting"], n="'but' cancels only acknowledge/empathise, so the thanks stands; 'could of' mis-hearing"),
    dict(p=FT, s="heard", t="thank you for telling me all this, Kelly. two weeks without a machine and then a callback that never came. I'd be at the end of my rope", m="AEG"),
    dict(p=FT, s="heard", t="so your saying the engineer didn't fix it properly either time", m="", v=["accusation"], n="restatement framed as a claim; mis-hearing 'your'"),
    dict(p=FT, s="options", t="I can't stretch to an upgrade, I'll be honest, but I can replace it with the same model and put a two year warranty on it, or get a senior engineer out to you this week with a loan machine in the meantime. which would you prefer?", m="OIQ"),
    dict(p=FT, s="options", t="I'll get you the newer model, the upgraded one, and there's no need to send the old one back", m="O", v=["over_promise"]),
    dict(p=FT, s="options", t="would a loan machine help, while the senior engineer sorts yours out?", m="OIQ"),
    dict(p=FT, s="commitment", t="the senior engineer's booked for wednesday between eight and ten and the loan machine goes out with him. I'll call you tuesday evening before seven to confirm", m="OC"),
    dict(p=FT, s="close", t="is there anything else you need from me today?", m="Q", n="ending check: question, not asks_input"),

    # ---------------------------------------------------------------- billing-error
    dict(p=BE, s="heard", t="so you cancelled, we took it twice anyway, it pushed you into your overdraft, and then the chat told you it was sorted. I'm so sorry, Margaret", m="AE"),
    dict(p=BE, s="heard", t="are you sure the cancellation actually went through on your end? sometimes people don't click confirm", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="our records show the subscription was still active on the third", m="", v=["accusation", "correcting"], n="insisting on her error through the records (rule 10)"),
    dict(p=BE, s="heard", t="did the overdraft cause anything else to bounce?", m="Q"),
    dict(p=BE, s="heard", t="the overdraft fee's the bank's charge, not ours, you'd need to take that up with them", m="", v=["blame", "dismissal"]),
    dict(p=BE, s="heard", t="thank you for explaining it all so clearly, it makes my job a lot easier", m="G"),
    dict(p=BE, s="heard", t="I'm so sorry about the overdraft. you'll have to report the double charge through the online form though", m="", v=["policy"], n="contrastive 'though' leads into the policy wall: apology cancelled"),
    dict(p=BE, s="heard", t="being told on the chat it was fixed, and then it wasn't. no wonder you're cross", m="AE"),
    dict(p=BE, s="options", t="I can refund both charges and cover the overdraft fee your bank charged, and send you a letter confirming the cancellation. would you like that by post or by email?", m="OIQ"),
    dict(p=BE, s="options", t="I'll refund it all and give you three months free for the trouble", m="O", v=["over_promise"]),
    dict(p=BE, s="options", t="and I'll get your bank to take their fee off as well, don't you worry about that", m="O", v=["over_promise"], n="promise about what her bank will do"),
    dict(p=BE, s="commitment", t="both refunds and the overdraft fee are going through now, they'll be back in your account by thursday, and the confirmation letter goes out today", m="OC"),
    dict(p=BE, s="close", t="thank you Margaret, and sorry again about the chat. your refund will be in by thursday, and I'll ring you friday morning to make sure it's all there", m="EOCG"),

    # ---------------------------------------------------------------- generic
    dict(p=None, s="heard", t="i hear you. honestly i do", m="A"),
    dict(p=None, s="heard", t="that sounds exhausting, I'm sorry you've had to deal with all of it", m="E", n="'sorry you' + the event: sincere"),
    dict(p=None, s="heard", t="ugh, that's so frustrating. I'd be the same", m="E"),
    dict(p=None, s="heard", t="I'm sorry you feel we haven't helped you", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="okay well there's nothing I can do about that from here", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="sir if you swear at me one more time I'm ending this call", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="wow, you really do like the sound of your own voice", m="", v=["insult"]),
    dict(p=None, s="heard", t="rules are rules, I can't just make an exception for one person", m="", v=["policy"]),
    dict(p=None, s="heard", t="you'll need to put all of that in writing to the complaints team", m="", v=["policy"]),
    dict(p=None, s="heard", t="relax, it's really not that big a deal", m="", v=["calm_down", "dismissal"]),
    dict(p=None, s="heard", t="so your allegation is that nobody picked up, is that it", m="", v=["accusation"], n="hostile restatement, not a real question"),
    dict(p=None, s="heard", t="thanks for sticking with us through all of this", m="G"),
    dict(p=None, s="heard", t="can you tell me a bit more about what happened after that?", m="Q"),
    dict(p=None, s="heard", t="that shouldn't have happened, full stop. I'm sorry", m="AE"),
    dict(p=None, s="heard", t="okay. what would put this right for you?", m="IQ"),
    dict(p=None, s="heard", t="let me just check that against what I've got on here", m="", n="lookup, not acknowledgement"),
    dict(p=None, s="heard", t="I'm not being funny but you're not the only customer I've got today", m="", v=["insult"]),
    dict(p=None, s="heard", t="I'm honestly frustrated with this system too", m="", n="agent's own feelings: not empathy"),
    dict(p=None, s="heard", t="sorry, could you spell your surname for me", m="Q", n="'sorry' as politeness"),
    dict(p=None, s="heard", t="um I- I just need the order number off your confirmation email", m="Q", n="request for details as a statement, after venting"),
    dict(p=None, s="heard", t="I'm not saying you're wrong to be annoyed", m="", n="negated empathy: no mark"),
    dict(p=None, s="heard", t="that's really not on, you've been passed around all week. I'd be at my wits' end", m="AE"),
    dict(p=None, s="options", t="I can refund the charge today or put it as credit on your account, whichever you'd prefer", m="OI", n="imperative invitation, no question"),
    dict(p=None, s="options", t="I could send a replacement out tomorrow, would that work?", m="OIQ"),
    dict(p=None, s="options", t="there isn't a refund option, the system just won't let me", m="", v=["policy"]),
    dict(p=None, s="options", t="I really am sorry. I can refund the delivery in full or send a new one out today, your call. which would be easier?", m="EOIQ"),
    dict(p=None, s="options", t="go ahead and leave us a bad review then. I'll still get the refund sorted for you today", m="OC", v=["threat_back"]),
    dict(p=None, s="commitment", t="I'll call you back by four with an answer, either way", m="C"),
    dict(p=None, s="commitment", t="I'll sort it for you, leave it with me", m="", n="no time and no remedy named"),
    dict(p=None, s="close", t="thank you for your patience. you'll get an email confirming all of it within the hour", m="CG"),
    dict(p=MT, s="heard", t="oh that's horrible, taking a whole day off twice for nothing. thank you for being so patient with us, honestly", m="AEG"),
    dict(p=MT, s="commitment", t="I'm really sorry again. the tech's booked for eight on thursday, first job, and I'll text you his name by six tonight", m="EOC"),
    dict(p=LE, s="heard", t="I get it, it's not just a parcel, it's your reputation with that client. I'm really sorry. what can I do to help with them today?", m="AEIQ"),
    dict(p=EE, s="heard", t="you stuck your neck out for us with your board and we've let you down three times. I'm sorry, Eleanor, and thank you for still picking up the phone to us", m="AEG"),
    dict(p=FT, s="options", t="I'm so sorry it's come to this. I can swap it for a brand new one, same model, with two extra years' warranty. would you want me to set that up?", m="EOIQ"),
    dict(p=BE, s="heard", t="you did everything right, you cancelled, and we still took your money twice. I'd be upset too. can I ask how you're managing with the overdraft at the moment?", m="AEQ"),
    dict(p=VC, s="options", t="I understand a fee reversal isn't going to undo what happened. I can also give you a direct line to a senior banker and put every transfer on same day. would those help?", m="AOIQ"),
    dict(p=None, s="heard", t="yeah no I completely get why your upset, I would be too. thanks for bearing with me", m="AEG", n="mis-hearing 'your'"),
    dict(p=None, s=None, t="I'm so sorry, let me see what I can do", m="E"),
    dict(p=None, s=None, t="what's the best number to reach you on?", m="Q"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "a", Path(__file__).with_name("replies_extra22.jsonl"))
