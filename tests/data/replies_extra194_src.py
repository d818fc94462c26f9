"""Source of `replies_extra194.jsonl`: batch 194, in the original set's style (tune split only).

Written by hand, one reply at a time, each as a different trainee, in the style of the original set,
learned from a copy of its tune part alone, without reading the judge's code or any other labelled
batch (only the first lines of batch 141's source, for the file layout; the writer read the whole of
the README rather than only the sections it was pointed to). Theme: a cross-section, the original
set's own mix of stages, personas, marks and faults. Most replies are said at `heard`; every persona,
the generic `None` and every stage appear; about half are styled like a Whisper transcript (fillers,
false starts, "your" for "you're", "should of", "technition"). Beside plain good and bad replies sit
the usual hard negatives: "sorry" as a politeness marker ("sorry to jump in, what's the serial
number"), time words with no declared step ("someone will be in touch shortly"), the word "option"
with nothing offered ("there's a couple of ways we could go with this"), "I hear you" said straight
into a request for details, a "but" that leads into help ("I understand, but here's the good news"),
detail requests after the venting is over, and check-back questions that are not accusations.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra194.jsonl next to it (ids gm0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="can you just hold on one sec and tell me the the account holders name", m="Q",
         v=["premature_details"], n="interrupts the venting for a detail; doubled 'the' as transcribed"),
    dict(p=MT, s="vent", t="oh gosh, that's rotten. no, keep going, I want to hear all of it", m="E",
         n="sincere sympathy while letting her vent"),
    dict(p=MT, s="heard", t="so you booked the morning slot, sat in from eight till twelve, nobody came, and then the "
         "exact same thing happened the second time. and both of those were days off work for you", m="A"),
    dict(p=MT, s="heard", t="ugh, I'm so sorry, two whole days of leave gone and not so much as a phone call from us",
         m="AE", n="apology that names what happened to her"),
    dict(p=MT, s="heard", t="well the system shows the technition did attempt a visit at eleven forty so", m="",
         v=["doubt"], n="'it says here' contradiction of her account; no court-room words, so doubt only"),
    dict(p=MT, s="heard", t="right well nobody can control traffic, these engineers have like twelve jobs a day", m="",
         v=["dismissal"], n="excuse that brushes the missed visits off"),
    dict(p=MT, s="options", t="I can't give you the whole lot back, I won't pretend otherwise. what I can do is take the "
         "installation fee off entirely, put a months credit on, and book you in for eight o'clock so your not "
         "sat waiting. how does that sound", m="OIQ",
         n="honest obstacle, not a policy wall; acceptance check without a question mark"),
    dict(p=MT, s="options", t="look I'll just refund everything you've ever paid us and sort you a free upgrade to the "
         "faster package", m="O", v=["over_promise"]),
    dict(p=MT, s="options", t="so would saturday first thing suit you, or would you rather a weekday at eight? the fee's "
         "waived either way", m="OIQ", n="times inside a choice are not a commitment"),
    dict(p=MT, s="commitment", t="okay so that's booked, friday eight am, first on his list. the credit's gone on and I'm "
         "gonna text you the confirmation before I hang up", m="OC"),
    dict(p=MT, s="commitment", t="I'll definitely sort it, leave it with me", m="", n="promise with no time and no remedy"),
    dict(p=MT, s="close", t="lovely, so wednesday eight o'clock, fee waived, month's credit on the account. thanks ever so "
         "much for not giving up on us, and sorry again for the two no-shows", m="EOCG"),
    dict(p=MT, s="heard", t="what did you have to tell work the second time?", m="Q", n="asks about the impact"),
    dict(p=MT, s="heard", t="I mean you did pick the morning window, the afternoon ones tend to be more reliable", m="",
         v=["correcting"], n="educating her on her choice of slot"),
    dict(p=MT, s="heard", t="[sighs] okay. go on then, what else", m="", v=["insult"],
         n="transcribed sigh (rule 12); 'what else' is impatient, not a real question"),
    dict(p=MT, s="heard", t="you're completely right to be cross, you did your bit and we didn't do ours. thank you for "
         "ringing back rather than giving up on us", m="AEG"),
    dict(p=MT, s="heard", t="sorry you had to use up two days' leave for nothing, that's really poor from us", m="AE",
         n="'sorry you had to' + what she went through (rule 14)"),
    dict(p=MT, s="options", t="I'll waive the installation fee and put the credit on. do you want me to book the eight "
         "o'clock slot now as well?", m="OIQ",
         n="'I'll' with no time is not a commitment; 'now' sits inside the question"),
    dict(p=MT, s="heard", t="and no-one rang you either time? not even a text?", m="AQ",
         n="check-back question on what went wrong"),
    dict(p=MT, s="heard", t="I understand but we can't refund installs, the system just doesn't do it", m="",
         v=["policy"], n="'but' into a system wall cancels the acknowledgement"),
    dict(p=MT, s="heard", t="you'll want to take that up with openreach love, they do the actual installs, not us", m="",
         v=["blame", "dismissal"], n="points at the contractor and passes her on"),
    dict(p=MT, s="heard", t="okay so- so that's two mornings, two days holiday gone, and not one call from us to say he "
         "wasn't coming. I'd be fuming honestly. and I'm- I'm really sorry. can I ask, would a saturday visit be "
         "easier for you than another weekday?", m="AEOIQ",
         n="offering a rebooked visit at a time that suits her counts as options (rule 4)"),
    # --- lost-express ---
    dict(p=LE, s="vent", t="okay... okay", m=""),
    dict(p=LE, s="vent", t="right, what was the tracking number on that", m="Q", v=["premature_details"],
         n="detail request while he is still venting, no question mark"),
    dict(p=LE, s="vent", t="oh no, that's grim. sorry, keep going, I'm noting it all down", m="E"),
    dict(p=LE, s="heard", t="so you paid for the overnight service, the parcel's not arrived, the tracking hasn't moved "
         "since we collected it, and now your restaurant client is on your back about it", m="A"),
    dict(p=LE, s="heard", t="gosh, and it's you the restaurant's blaming, not us. I'd be beside myself",
         m="AE"),
    dict(p=LE, s="heard", t="to be fair, overnight isn't actually guaranteed, it says on the booking page it's a target "
         "time", m="", v=["correcting"]),
    dict(p=LE, s="heard", t="these things go missing now and again mate, it'll probably turn up tomorrow", m="",
         v=["dismissal"], n="minimising; 'tomorrow' is not a step we take"),
    dict(p=LE, s="heard", t="so you dropped it at the counter that evening and it's shown nothing since, is that right?",
         m="AQ", n="check-back, not 'you're claiming': no accusation"),
    dict(p=LE, s="heard", t="so you're alleging it was handed in before the cut off", m="", v=["accusation"]),
    dict(p=LE, s="options", t="I can refund you the express fee, start a trace on the original, and have "
         "replacement parts couriered same day to the restaurant at no cost to you. would you want that?",
         m="OIQ"),
    dict(p=LE, s="options", t="and on top of that I'll pay you for any jobs you lose with this client, just send me an "
         "invoice", m="O", v=["over_promise"]),
    dict(p=LE, s="options", t="what would help you most with the restaurant right now, getting the compressor to them "
         "today or getting your money back first?", m="OIQ", n="choice between remedies"),
    dict(p=LE, s="commitment", t="right I've booked the same day courier, they're collecting from our depot at one and "
         "you'll have the drivers details by text in the next half hour", m="OC"),
    dict(p=LE, s="heard", t="how long's your client prepared to wait, do you know?", m="Q"),
    dict(p=LE, s="heard", t="well the driver's scanner has it down as delivered and signed for, so someone at the "
         "restaurant's got it", m="", v=["doubt"], n="'it says here' contradiction"),
    dict(p=LE, s="heard", t="mate, one more f-word and I'm sticking you on hold and leaving you there", m="",
         v=["threat_back"]),
    dict(p=LE, s="heard", t="I appreciate you getting on to us so quick, honestly it helps", m="G"),
    dict(p=LE, s="close", t="all done then. express fee's back on your card, the trace reference is in your inbox and the "
         "courier's on his way. cheers for your patience Marcus", m="OG",
         n="completed steps with no time: options, not commitment, as the original's 'refund done' close"),
    dict(p=LE, s="heard", t="it's not our drivers that lose them, it's the sub-contractor on the overnight run", m="",
         v=["blame"]),
    dict(p=LE, s="heard", t="I can totally see why you're fuming, the whole point of paying for overnight was to avoid "
         "exactly this", m="AE"),
    dict(p=LE, s="heard", t="apologies for any inconvenience caused to your client", m="",
         v=["non_apology"]),
    dict(p=LE, s="options", t="um I can't cover the restaurant job itself, that's over my limit, I'll be straight. but the "
         "replacement can go out with a same day courier this afternoon and I'll refund the overnight charge. shall "
         "I do that?", m="OIQ",
         n="honest limit; the afternoon courier is still an offer awaiting his yes, and the refund has no time"),
    dict(p=LE, s="heard", t="I'm so sorry. you've paid for a premium service, you've got nothing, and you're the one "
         "facing the restaurant. but there's no way we pay for business you lose, it's just not how it works",
         m="", v=["policy"], n="'but' leads into a policy wall: cancels the acknowledgement and the apology"),
    dict(p=LE, s="heard", t="right, and the client's a restaurant, so without that compressor they can't keep their stock "
         "cold. that's serious. what did they say when you told them?", m="AQ"),
    dict(p=LE, s="heard", t="I understand all that, but the good news is I can have a same-day courier take the parts to "
         "the restaurant this afternoon", m="AO",
         n="'but' leads into help: the acknowledgement stands; 'I can' is an offer"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="filler while she vents (rule 1)"),
    dict(p=EE, s="vent", t="before you go on, can I take the client ID for Ferrow", m="Q", v=["premature_details"]),
    dict(p=EE, s="heard", t="three outages in one quarter, every one of them outside the SLA, and your warehouses stood "
         "still each time. I don't blame you for going to the CEO", m="AE"),
    dict(p=EE, s="heard", t="Eleanor I'll be candid, the third incident was a DNS issue at our cloud provider, so it "
         "wasn't really our platform that went down", m="", v=["blame"]),
    dict(p=EE, s="heard", t="ninety nine point nine is a target, not a promise, so strictly speaking only one of those "
         "was a breach", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="if you want to bring your lawyers into it that's your call, but our legal team is quite a "
         "bit bigger than yours", m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="I'm sorry you feel the platform hasn't met expectations", m="", v=["non_apology"]),
    dict(p=EE, s="heard", t="I can imagine the conversations you've had to have with your own board after the third one. "
         "that's not a position we should ever have put you in", m="AE"),
    dict(p=EE, s="options", t="what I can put on the table is the service credit for the full quarter, a named account "
         "manager who owns this relationship, and a root cause report in writing with a date on it. is that a basis "
         "we can work from?", m="OIQ", n="'with a date on it' names no date: not a commitment"),
    dict(p=EE, s="options", t="I'll waive the termination penalty so you can leave whenever you like, and we'll cover "
         "your losses from the downtime", m="O", v=["over_promise"]),
    dict(p=EE, s="options", t="and I can guarantee you it won't go down again", m="", v=["over_promise"],
         n="bare guarantee: over_promise without options (rule 5)"),
    dict(p=EE, s="commitment", t="thanks for bearing with me, Eleanor. you'll have the root-cause report by end of day next "
         "wednesday, and tom hughes, your account manager, will ring you before five this afternoon", m="OCG"),
    dict(p=EE, s="commitment", t="I'll put this in front of our CTO today", m="C",
         n="escalation with a time: commitment only (rule 4)"),
    dict(p=EE, s="heard", t="what's it cost you in lost throughput, roughly?", m="Q"),
    dict(p=EE, s="heard", t="thank you for giving me the detail, and for still picking up the phone to us, I know that's "
         "not a given right now", m="G"),
    dict(p=EE, s="heard", t="um, yeah, regarding the allegation that we hid the outage from the status page...", m="",
         v=["accusation"]),
    dict(p=EE, s="heard", t="that's really a question for the account team, I'm in incident support", m="",
         v=["dismissal"]),
    dict(p=EE, s="close", t="thank you for your time today Eleanor. so to confirm, service credit applied, account "
         "manager in place, and I'll send the root-cause report over by the twelfth. you'll have a summary email "
         "within the hour", m="OCG"),
    dict(p=EE, s="heard", t="I understand the outages have hit you hard, however the contract is very clear on exit "
         "terms", m="", v=["policy"], n="contrastive 'however' into a wall cancels the acknowledgement"),
    dict(p=EE, s="heard", t="I hear you. your teams sat idle, your customers didn't get their deliveries, and it's you "
         "who has to answer for it internally", m="A"),
    dict(p=EE, s="heard", t="I'm sorry, and I do understand why you escalated, but if we're talking about lawyers then I "
         "can't really continue this call", m="", v=["threat_back"],
         n="'but' into a threat to end the call cancels the apology and acknowledgement"),
    dict(p=EE, s="options", t="there's no getting out of the contract, I'm afraid that's the policy, but I can apply the "
         "SLA credit for the quarter today if that helps", m="O", v=["policy"],
         n="the offer after the wall stands; 'I can ... today' is an offer; 'if that helps' asks nothing"),
    dict(p=EE, s="heard", t="I'm not going to pretend this is okay, because it isn't", m="A",
         n="owns the failure despite the negated form"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="of course, sir", m="", n="back-channel"),
    dict(p=VC, s="vent", t="may I start by taking your full name and the last four digits of your account", m="Q",
         v=["premature_details"]),
    dict(p=VC, s="vent", t="sir I'd ask you to moderate your tone please", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="so the funds were meant to land for completion and instead they arrived two days late, the "
         "purchase nearly fell through, and you heard it from the seller's solicitor before you heard it from us. "
         "that isn't good enough", m="A"),
    dict(p=VC, s="heard", t="hearing it from the other side's solicitor must have been humiliating, Mr Fairclough. I'm "
         "truly sorry", m="AE"),
    dict(p=VC, s="heard", t="I'm sorry but payments aren't my area, you'll need to call the payments desk on the other "
         "number", m="", v=["dismissal"], n="'sorry but' into ducking it"),
    dict(p=VC, s="heard", t="that's just how compliance works I'm afraid, every large transfer gets held, there's no way "
         "round it", m="", v=["policy"]),
    dict(p=VC, s="heard", t="I'm not aware of any delay, our logs show the payment left on the day", m="", v=["doubt"]),
    dict(p=VC, s="heard", t="did the completion go through in the end?", m="Q"),
    dict(p=VC, s="heard", t="thank you for staying with us through this, sir, I don't take that for granted", m="G"),
    dict(p=VC, s="options", t="what I'd suggest is reversing the transfer fees, giving you a named senior banker's direct "
         "line, and putting expedited same-day processing on your accounts. would you like me to arrange all three?",
         m="OIQ"),
    dict(p=VC, s="options", t="and honestly, you won't pay a penny in fees with us ever again, I'll see to that", m="O",
         v=["over_promise"]),
    dict(p=VC, s="commitment", t="the fee reversal's been submitted and will show by tomorrow morning, and your new "
         "banker, Helen Marsh, will ring you at ten to introduce herself", m="OC"),
    dict(p=VC, s="heard", t="with respect sir, you're not the only client we have", m="", v=["insult"]),
    dict(p=VC, s="heard", t="well, nobody's forcing you to stay with us sir", m="", v=["threat_back"],
         n="answers his threat to leave in kind"),
    dict(p=VC, s="close", t="thank you, sir, for your patience today. I'll call you personally on friday morning to check "
         "the direct line's working for you", m="CG"),
    dict(p=VC, s="heard", t="I'd be absolutely furious if I'd come that close to losing a house", m="E",
         n="'I'd be X if I'd...' is empathy only, as the original's overdraft reply"),
    dict(p=VC, s="heard", t="to be honest the solicitor shouldn't have heard before you did, that's on the payments team",
         m="", v=["blame"], n="pins it on another team rather than owning it"),
    dict(p=VC, s="options", t="which account would you like the reversed fee paid into, the sterling current account or "
         "the portfolio account?", m="OIQ"),
    dict(p=VC, s="heard", t="I'm so sorry. a two day delay on a completion is exactly what we're supposed to protect you "
         "from", m="AE"),
    dict(p=VC, s="heard", t="Mr Fairclough, I want to start by saying thank you for calling me directly. you've been with "
         "us a long time and we let you down on the one day it really mattered", m="AG"),
    dict(p=VC, s="commitment", t="I've flagged your accounts for same-day processing, effective immediately", m="OC",
         n="'effective immediately' attached to a declared step counts as now"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="okay, I'm here, go on", m="", n="back-channel"),
    dict(p=FT, s="vent", t="sorry to jump in, what's the serial number on the machine?", m="Q", v=["premature_details"],
         n="'sorry' is a politeness marker"),
    dict(p=FT, s="vent", t="oh Kelly that's horrible, I'm so sorry. no, tell me the rest", m="E"),
    dict(p=FT, s="heard", t="so it's been mended, it's broken down twice since, you were told a supervisor would ring "
         "you monday and nobody did", m="A"),
    dict(p=FT, s="heard", t="no wonder you've had enough, with a family's washing piling up and no machine", m="AE"),
    dict(p=FT, s="heard", t="are you overloading it at all? nine times out of ten that's why they keep breaking", m="",
         v=["doubt", "correcting"], n="rhetorical question implying her error"),
    dict(p=FT, s="heard", t="the supervisor callbacks are handled by a different team so I can't really comment on that",
         m="", v=["dismissal"]),
    dict(p=FT, s="heard", t="I completely agree with you, we dropped the ball on that callback. I'm sorry", m="AE"),
    dict(p=FT, s="options", t="um an upgrade isn't something I'm able to sign off, I'm being honest with you. I could swap "
         "it for a new one, same model, with the warranty stretched by two years, or get a senior engineer round "
         "this week. what do you think?", m="OIQ", n="honest obstacle; 'this week' inside a choice"),
    dict(p=FT, s="options", t="I'll get you the new model with the bigger drum, no charge, and refund the repairs as well",
         m="O", v=["over_promise"]),
    dict(p=FT, s="options", t="you can have your money back if you like, I'll just put it through as a return", m="O",
         v=["over_promise"], n="a refund is beyond what may be offered"),
    dict(p=FT, s="commitment", t="the new machine's booked in for delivery thursday between seven and eleven, the old "
         "one goes at the same time, and the two years extra warranty's on there", m="OC"),
    dict(p=FT, s="heard", t="how have you been getting on for the kids' washing while it's been out of action?", m="Q"),
    dict(p=FT, s="heard", t="I'm not sitting here being shouted at, either you lower your voice or I'm ending the call",
         m="", v=["calm_down", "threat_back"]),
    dict(p=FT, s="heard", t="you're absolutely right. we said someone would ring you and no one did. thank you for coming "
         "back to us anyway", m="AG"),
    dict(p=FT, s="close", t="so that's the engineer booked for friday. anything else I can do for you today?", m="OCQ",
         n="ending check is a question, not asks_input (rule 6)"),
    dict(p=FT, s="heard", t="I'm sorry if you feel the repairs weren't done properly", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="the engineer's notes say there was a sock in the pump filter both times, so the machine "
         "itself is fine", m="", v=["accusation", "correcting"],
         n="insists on her error through the records (rule 10)"),
    dict(p=FT, s="options", t="would it help if we sent the senior engineer with the parts already on the van, so it's "
         "fixed first visit?", m="OIQ"),
    dict(p=FT, s="heard", t="honestly I'm frustrated for you, that's a lot to go through with one machine", m="E",
         n="frustration on her behalf, not the agent's own complaint about the system"),
    dict(p=FT, s="heard", t="sorry, are you saying it's leaking again or it's just not spinning?", m="Q",
         n="real clarifying question about the fault, not doubt; 'sorry' is politeness"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="mm-hm, yes", m=""),
    dict(p=BE, s="vent", t="could you confirm the postcode on your account for me please", m="Q",
         v=["premature_details"]),
    dict(p=BE, s="vent", t="oh dear, that's not right at all. I'm sorry. you go on", m="E"),
    dict(p=BE, s="heard", t="you cancelled, we carried on charging you, twice, that put you into your overdraft with a fee "
         "on top, and then live chat told you it was sorted and it wasn't", m="A"),
    dict(p=BE, s="heard", t="on a pension that's a real worry, I'm so sorry Margaret", m="E"),
    dict(p=BE, s="heard", t="the cancellation only goes through after thirty days notice, you would of seen that when you "
         "signed up", m="", v=["correcting"], n="'would of' mis-hearing"),
    dict(p=BE, s="heard", t="the overdraft fee's between you and your bank really, that's nothing to do with us", m="",
         v=["blame"], n="as the original's 'not responsible for what your bank decides to charge you'"),
    dict(p=BE, s="heard", t="are you certain it was two payments and not the payment and then the refund?", m="",
         v=["doubt"]),
    dict(p=BE, s="heard", t="I'm really sorry the chat team told you it was fixed when it wasn't. that shouldn't have "
         "happened", m="AE"),
    dict(p=BE, s="options", t="I can put both charges back and pay back the overdraft fee your bank took. would you like "
         "me to put that through for you?", m="OIQ"),
    dict(p=BE, s="options", t="and I'll give you three months free on top to say sorry", m="O", v=["over_promise"]),
    dict(p=BE, s="commitment", t="thanks for waiting. both refunds have gone through now and I'll email you written "
         "confirmation that the subscription's cancelled by the end of today", m="OCG"),
    dict(p=BE, s="commitment", t="the overdraft fee refund will be sent within three to five working days", m="OC"),
    dict(p=BE, s="heard", t="how much did the bank charge you for going overdrawn?", m="Q"),
    dict(p=BE, s="heard", t="thank you for being so patient, Margaret, especially after being told it was sorted last "
         "week", m="AG"),
    dict(p=BE, s="heard", t="well if you'd cancelled through the app instead of by email it would've gone through "
         "straight away", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="madam I'm going to have to ask you to stop interrupting me", m="", v=["calm_down"]),
    dict(p=BE, s="close", t="is there anything else on the account you'd like me to look at while I've got you?", m="Q",
         n="ending check: question, not asks_input"),
    dict(p=BE, s="heard", t="I get that it's frustrating but I'm sure it was just a glitch, these things happen with "
         "payments", m="", v=["dismissal"], n="'but' into minimising cancels the acknowledgement"),
    dict(p=BE, s="options", t="I'll refund the double charge, cover the overdraft fee, and I'll personally make sure your "
         "bank takes it off your credit file", m="O", v=["over_promise"],
         n="promises what her bank will do"),
    dict(p=BE, s="heard", t="right so what I'll do is refund both charges straight away, and can you tell me how much the "
         "bank fee was so I can add it on?", m="OCQ", n="'I'll ... straight away' is a commitment"),
    dict(p=BE, s="heard", t="I can see both charges on here, and you're right, you'd cancelled on the second. I'll put the "
         "refund through now. really sorry about that", m="AEOC"),
    dict(p=BE, s="heard", t="yeah that's a tricky one isn't it", m="", n="tag, not a question; names nothing"),

    # --- generic ---
    dict(p=None, s="vent", t="hang on hang on, slow down, what's your reference", m="Q", v=["premature_details"],
         n="interrupting for a detail, like the original's 'stop, stop' reply, which carries no calm_down"),
    dict(p=None, s="vent", t="that sounds like an absolute nightmare. sorry, I won't interrupt, go on", m="E"),
    dict(p=None, s="heard", t="so if I've understood you, the order came damaged, you sent it back, and three weeks on "
         "you've still not had a refund", m="A"),
    dict(p=None, s="heard", t="I'm sorry, that's genuinely not good enough from us", m="AE",
         n="owns the failure, as 'that's on us'"),
    dict(p=None, s="heard", t="thanks for explaining it so clearly, that really helps me", m="G"),
    dict(p=None, s="heard", t="what would feel like a fair outcome to you?", m="IQ"),
    dict(p=None, s="heard", t="and what's happened since then?", m="Q"),
    dict(p=None, s="heard", t="honestly, you're overreacting a bit here", m="", v=["insult"]),
    dict(p=None, s="heard", t="calm down please, I'm trying to help", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="ugh [tuts] fine, fine", m="", v=["insult"], n="transcribed tut (rule 12)"),
    dict(p=None, s="heard", t="that's not really how refunds work, it goes back to the original payment method, it's "
         "automatic", m="", v=["policy"], n="'that's how it works' wall, as the original's 'not really how it works'"),
    dict(p=None, s="heard", t="sorry about all this, really", m="E"),
    dict(p=None, s="heard", t="I'd be at my wits end too", m="E"),
    dict(p=None, s="heard", t="you've got to understand we get hundreds of these a day", m="", v=["dismissal"],
         n="minimising"),
    dict(p=None, s="heard", t="the previous advisor clearly didn't log it properly, that's where it's gone wrong", m="",
         v=["blame"]),
    dict(p=None, s="heard", t="so for the record you're saying nobody called you at any point", m="",
         v=["accusation"], n="'for the record' frames the repeat-back as testimony"),
    dict(p=None, s="options", t="I can refund the delivery cost now, or if you'd prefer, send a replacement out on a next "
         "day service. which would suit you?", m="OIQ", n="'now' inside a choice: an offer"),
    dict(p=None, s="commitment", t="I've logged it as a complaint and you'll hear from the team lead by midday tomorrow",
         m="C"),
    dict(p=None, s="commitment", t="someone will be in touch shortly", m="", n="vague time: no commitment"),
    dict(p=None, s="close", t="thank you for sticking with me on this. the refund's done and you'll see it in three to "
         "five working days", m="OCG"),
    dict(p=None, s=None, t="I'm not saying you're wrong, I just can't see that on here", m="", v=["doubt"]),
    dict(p=None, s=None, t="happy to help, that's what I'm here for", m="", n="on-their-side phrase: no mark"),
    dict(p=None, s="heard", t="I'm sorry you're upset", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="so my plan is, I'm going to go away, find out what happened with your order, and "
         "ring you back before four o'clock. does that sound okay?", m="CIQ",
         n="callback with a time: commitment, not options"),
    dict(p=None, s="options", t="can I make a suggestion?", m="IQ", n="asks permission; no remedy named yet"),
    dict(p=None, s="heard", t="you shouldn't have had to chase this three times, I'm sorry", m="AE"),
    dict(p=None, s="heard", t="I hear you, I hear you. okay, and the order number?", m="Q",
         n="'I hear you' straight into a details request is not acknowledge (rule 13); not premature at heard"),
    dict(p=None, s="options", t="there's a couple of ways we could go with this but I'd need to check with my manager what "
         "I'm allowed first", m="", n="no concrete remedy; an honest limit, not a wall"),
    dict(p=None, s="vent", t="sorry, can I just get your order number while you tell me", m="Q",
         v=["premature_details"], n="'sorry' is politeness"),
    dict(p=None, s="heard", t="I can't imagine what it's like being without it all week", m="AE",
         n="'can't imagine' is sympathy (rule 8); names what happened"),
    dict(p=None, s=None, t="um so basically, yeah, I- I get it, you've been waiting ages and nobody's told you anything, "
         "thats rubbish. let me get you a refund on the postage today and I'll email you tracking by five", m="AEOC"),
    dict(p=None, s="close", t="thanks so much for bearing with me today, and sorry again it took three calls to get here",
         m="AEG", n="'sorry it took three calls' names what happened"),
]

write_batch(ITEMS, "gm", Path(__file__).with_name("replies_extra194.jsonl"))
