"""Source of `replies_extra140.jsonl`: 130 hand-labelled trainee replies written in the style of the
original set (`replies.jsonl`), learnt from a copy of its tune part only (tune split only).

A fresh cross-section of that set, meant as an unseen check of how the judge generalises: its mix of
good replies, mixed replies and each of the twelve violation kinds, its share of acknowledgements,
apologies, offers, commitments, thanks, back-channels and questions, and its spread of stages (mostly
`heard`, then `options`, `commitment`, `vent`, `close`), spread evenly over the six personas and
generic replies (p=None). Each reply was written one at a time, as a different trainee on a
different day, in new words and at new moments of the calls (no run of more than four words shared
with any reply of the original, bar stock phrases), about half of them styled like a Whisper
transcript. Labels follow the definitions and decided rules in `README.md` and the personas' allowed
remedies. Written without reading the judge's code and without running the judge on it.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra140.jsonl` next to it (ids ek0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # missed-technician (Bernadette: broadband install, 8-12 window missed twice, a day off each time)
    dict(p=MT, s="vent", t="mm. okay. take your time", m="",
         n="back-channel while venting: neither acknowledge nor empathise"),
    dict(p=MT, s="vent", t="right sorry before you carry on can I grab the postcode for the install address",
         m="Q", v=["premature_details"], n="'sorry' is a politeness marker; details asked while venting"),
    dict(p=MT, s="heard", t="oh god. twice. thats- yeah. im so sorry", m="E",
         n="false start; sincere apology, nothing played back beyond one word"),
    dict(p=MT, s="heard",
         t="so you booked the eight to twelve slot, took the morning off work, nobody came and nobody rang. "
           "and then the exact same thing happened the second time. I'm- I'm really sorry",
         m="AE", n="false start"),
    dict(p=MT, s="heard",
         t="Two mornings of leave, sat at the window waiting for a van that never came. I'm truly sorry, "
           "Bernadette. That's appalling.",
         m="AE"),
    dict(p=MT, s="heard", t="is it paid leave you've been taking, or has this actually cost you money?", m="Q",
         n="asks about the impact"),
    dict(p=MT, s="heard", t="god that's. yeah. if I'd burned two days holiday on that I'd be spitting feathers",
         m="AE", n="names the two lost days, then the feeling"),
    dict(p=MT, s="heard", t="it says on the job sheet he knocked just after ten and got no answer", m="",
         v=["doubt"], n="'it says here' against the customer's account"),
    dict(p=MT, s="heard", t="you can either talk to me properly or I'll put you back in the queue", m="",
         v=["threat_back"]),
    dict(p=MT, s="heard", t="I understand it's frustrating but you really need to stop shouting at me", m="",
         v=["calm_down"], n="'but' leads into the violation: the understanding is cancelled"),
    dict(p=MT, s="heard",
         t="I'm so sorry, Bernadette. You did everything right, stayed in both mornings, and we couldn't even "
           "manage a phone call. What would help most right now?",
         m="AEIQ"),
    dict(p=MT, s="heard",
         t="oh I'm so sorry. thats the contractors scheduling team, they mess it up constantly, honestly its "
           "nothing to do with us",
         m="E", v=["blame"], n="no 'but': the apology stands before the blame"),
    dict(p=MT, s="heard", t="thank you for hanging on with me, honestly. you've had every reason to just put the "
                            "phone down",
         m="G"),
    dict(p=MT, s="options",
         t="I can't refund everything you've paid, I'll be honest there. You've lost two mornings to us though, "
           "so here's my offer: the installation fee taken off, a month's credit on the account, and the eight "
           "a.m. slot, first job of the day, guaranteed. Does that sound fair?",
         m="AOIQ", n="honest obstacle, then an offer within the allowed remedies: not a policy wall"),
    dict(p=MT, s="options", t="look ill just refund the lot and cover your wages for both mornings, dont worry about it",
         m="O", v=["over_promise"], n="full refund and lost wages are beyond the allowed remedies"),
    dict(p=MT, s="options",
         t="would saturday be easier, first thing at eight, so you're not asking work for another morning off?",
         m="OIQ", n="a rebooked first-slot visit offered as a choice"),
    dict(p=MT, s="options",
         t="consider the installation charge gone, as of today. oh and for future reference the standard "
           "window's eight till six, the morning slot's a premium booking",
         m="OC", v=["correcting"], n="no contrastive connective: the offer and its time stand beside the correction"),
    dict(p=MT, s="commitment",
         t="okay so um the fee's gone, the credit's on, and youre down for eight oclock next tuesday. you'll get "
           "a confirmation text within five minutes. and sorry again, honestly",
         m="EOC"),
    dict(p=MT, s="close",
         t="Thanks again for your patience, Bernadette. You're booked in for eight o'clock Thursday, and I'll "
           "phone you on Wednesday evening to make sure nothing's changed. Anything else on your mind?",
         m="OCGQ", n="ending check is a question, not asks_input"),

    # lost-express (Marcus: overnight parcel of parts for a restaurant client, lost, no tracking)
    dict(p=LE, s="heard", t="okay. yeah.", m="", n="bare okay: no mark"),
    dict(p=LE, s="vent", t="sorry sir can you give me the consignment number first", m="Q",
         v=["premature_details"], n="request for details without a question mark, while venting"),
    dict(p=LE, s="heard",
         t="So it went overnight express, compressor and control board, and there's not been a single scan "
           "since we collected it. And now your restaurant client's on at you about it.",
         m="A"),
    dict(p=LE, s="heard",
         t="I'd want the floor to swallow me up, having to tell a client their parts are lost somewhere. I'm "
           "really sorry, Marcus. How can I help you square it with them?",
         m="AEIQ"),
    dict(p=LE, s="heard",
         t="how big a client is the restaurant for you? I'm only asking cause I want to know what's riding on "
           "this",
         m="Q"),
    dict(p=LE, s="heard", t="so you're alleging the parcel was never even collected?", m="", v=["accusation"],
         n="court-room framing; not a real question"),
    dict(p=LE, s="heard",
         t="the depots the one that lost it not us, theyre a nightmare. I'll get the express fee refunded for "
           "you today regardless",
         m="OC", v=["blame"], n="blame first; the refund with 'today' after it still counts"),
    dict(p=LE, s="heard",
         t="um are you certain you booked express and not standard? cause it's showing standard rate on my screen",
         m="", v=["doubt"], n="doubting question, not a real one"),
    dict(p=LE, s="heard",
         t="I understand you're angry but I can't open a trace till it's been forty eight hours, those are the rules",
         m="", v=["policy"], n="'but' into a policy wall cancels the understanding"),
    dict(p=LE, s="heard", t="we do apologise for any inconvenience caused. I've put a trace on the parcel", m="O",
         v=["non_apology"], n="the trace is a remedy; no time, so no commitment"),
    dict(p=LE, s="heard", t="[sighs] right. go on then.", m="", v=["insult"], n="transcribed sigh (rule 12)"),
    dict(p=LE, s="heard", t="thanks for giving me the whole picture, it means I can push this up the queue", m="G"),
    dict(p=LE, s="heard",
         t="you've had your client shouting at you, and now me making you go through it all again. I'm sorry, "
           "that's a rotten morning",
         m="AE"),
    dict(p=LE, s="heard",
         t="you paid extra so it'd be there first thing, and it's not got there at all. thats on us", m="A",
         n="plays back what happened and owns it; no apology or feeling named"),
    dict(p=LE, s="options",
         t="I'm really sorry, Marcus. So, three things from me. The express charge refunded, a trace opened on "
           "the missing box, and a courier out to the restaurant today with replacement parts, at our cost. Shall "
           "I set all three going?",
         m="EOIQ"),
    dict(p=LE, s="options",
         t="would it help more if the replacement went direct to the restaurant, or would you rather it came to "
           "you so you can fit it?",
         m="OIQ"),
    dict(p=LE, s="options",
         t="The lost work itself isn't something I'm able to pay for, but I can put a claim in for the parts up "
           "to our liability limit and get a courier out to you today. Want me to go ahead?",
         m="OIQ", n="honest obstacle; 'I can ... today' inside a proposal is an offer, not a commitment"),
    dict(p=LE, s="commitment",
         t="right, I know the restaurant's waiting so, refund's gone through just now, the trace reference will "
           "be in your inbox within ten minutes, and the courier's collecting the replacement from you at eleven",
         m="AOC", n="'will be in your inbox within ten minutes' is a declared step with a time"),
    dict(p=LE, s="close",
         t="Thanks for sticking with this today, Marcus. I know that client's trust is riding on this for you. I'll "
           "call you Friday morning with whatever the trace turns up, and the courier's already on its way to the "
           "restaurant.",
         m="AOCG"),

    # escalated-exec (Eleanor: third SLA-breaching outage this quarter, emailed our CEO)
    dict(p=EE, s="vent", t="right. I'm listening, Ms Ashcombe.", m="", n="back-channel"),
    dict(p=EE, s="vent", t="That sounds serious, and I'm sorry. Could I just take the contract reference first?",
         m="EQ", v=["premature_details"], n="sincere apology, then details asked while still venting"),
    dict(p=EE, s="heard",
         t="Three outages in one quarter, each one outside the SLA, and your warehouse at a standstill every "
           "time. I'm sorry. It should never have taken an email to our CEO to get anyone's attention.",
         m="AE"),
    dict(p=EE, s="heard", t="three outages in a quarter, your board must be giving you a really hard time over it",
         m="AE"),
    dict(p=EE, s="heard",
         t="um just to say, the SLA's measured across the whole quarter, so strictly speaking the first one "
           "didn't count as a breach",
         m="", v=["correcting"]),
    dict(p=EE, s="heard",
         t="with respect you weren't the only client affected, we had hundreds of customers down that day",
         m="", v=["dismissal"], n="minimises the problem"),
    dict(p=EE, s="heard", t="thank you for being this candid with me, it's far more use to me than a polite email",
         m="G"),
    dict(p=EE, s="heard",
         t="I hear you, and I'm sorry we've ended up here. all contract matters have to come through your account "
           "team in writing, that's the procedure",
         m="AE", v=["policy"], n="no 'but': acknowledgement and apology stand beside the policy wall"),
    dict(p=EE, s="heard",
         t="if your lawyers want to get involved that's your call, we've got a legal department too", m="",
         v=["threat_back"]),
    dict(p=EE, s="heard",
         t="and you were the one who pushed for us internally, so every outage lands on you personally. I get "
           "why you're this angry",
         m="AE", n="'I get why you're angry' = acknowledge + empathise (rule 1)"),
    dict(p=EE, s="heard", t="what did the last outage actually stop on your side, picking, dispatch, everything?",
         m="Q"),
    dict(p=EE, s="heard", t="I'm sorry that's the impression you've been left with", m="", v=["non_apology"],
         n="sorry for her view, not for the outages"),
    dict(p=EE, s="heard",
         t="I completely understand wanting out of the contract. In your shoes I'd be thinking the same.",
         m="AE"),
    dict(p=EE, s="options",
         t="Your board will want something solid, I know. What I can put together is the full service "
           "credit for this quarter, a named account manager who answers to you, plus a root-cause report in "
           "writing. When's your next board meeting? I'd want the report in your hands before it.",
         m="AOQ", n="asks about her situation, not her preference; no date committed yet"),
    dict(p=EE, s="options",
         t="uh where would you like to start, the service credit or naming your account manager?",
         m="OIQ", n="choice between two allowed remedies"),
    dict(p=EE, s="options",
         t="I'm sorry we've left you exposed with your board. What I can offer is the full service credit for the "
           "quarter and a named account manager from today, with a root-cause report following before the "
           "month's out. Is that enough to start rebuilding some trust?",
         m="EOIQ", n="'sorry we've left you exposed' is an apology, not a play-back; times inside an offer waiting "
                     "for her answer: options, not commitment"),
    dict(p=EE, s="commitment",
         t="right so um your account manager's going to be tom okafor, he'll ring you first thing tomorrow, and "
           "you'll have the root cause write-up on your desk by friday the twelfth. thanks for your time on this",
         m="OCG"),
    dict(p=EE, s="commitment",
         t="I'll send you a written summary of everything we've agreed before six tonight, with your account "
           "manager copied in",
         m="C", n="a declared step with a time; no new remedy offered"),
    dict(p=EE, s="close",
         t="I'm grateful you've stayed at the table rather than walking. Is there anything else I can do for you "
           "today?",
         m="GQ", n="ending check: question, not asks_input"),

    # vip-client (Julian: completion wire two days late, heard it from the seller's solicitor)
    dict(p=VC, s="vent", t="Of course. Please, carry on, Mr Fairclough.", m="", n="back-channel"),
    dict(p=VC, s="vent",
         t="So the funds arrived two days late and the purchase nearly went. Please, go on, I want the whole "
           "picture.",
         m="A", n="plays back the main points while letting him vent"),
    dict(p=VC, s="heard",
         t="So the completion money landed two days late, the purchase very nearly fell apart, and you heard "
           "about it from the seller's solicitor rather than from us. That isn't the service you're paying for. What "
           "would you want from me first?",
         m="AIQ"),
    dict(p=VC, s="heard", t="hearing it from the other sides solicitor first, honestly sir I'd have been livid",
         m="AE"),
    dict(p=VC, s="heard", t="god, what a few days. did the seller manage to hold on for you in the end?", m="EQ",
         n="sympathy, then a real question about his situation"),
    dict(p=VC, s="heard", t="I appreciate you coming to us first rather than just moving everything across, sir",
         m="G"),
    dict(p=VC, s="options",
         t="sir, if you could lower your voice a little, I'll get the transfer fees reversed for you right now",
         m="OC", v=["calm_down"], n="'right now' attached to a declared step; the calm-down stands beside it"),
    dict(p=VC, s="options",
         t="I can waive all your fees for the next twelve months and have our chief executive ring you personally",
         m="O", v=["over_promise"], n="a year free and a CEO call are both beyond the allowed remedies"),
    dict(p=VC, s="options",
         t="You very nearly lost the house over this, so here's what I'm able to offer. I'll reverse the fees on "
           "that transfer, and I'd like to put you in touch with Hugh Lambert, one of our senior relationship "
           "bankers, on a direct line. Would that be a reasonable start?",
         m="AOIQ"),
    dict(p=VC, s="commitment",
         t="your fees are reversed as of this afternoon and from tomorrow morning all your transfers go through "
           "same day, priority",
         m="OC"),
    dict(p=VC, s="heard",
         t="the receiving bank held it for compliance sir, that's where the two days went, it wasnt us", m="",
         v=["blame"]),
    dict(p=VC, s="heard", t="honestly, sterling and marsh are welcome to you", m="", v=["threat_back", "insult"],
         n="answers the competitor threat in kind"),
    dict(p=VC, s="heard",
         t="Thanks for being open with me about Sterling and Marsh. I'd much rather hear it from you now than "
           "after you've gone.",
         m="G"),
    dict(p=VC, s="heard", t="I'm sorry you feel the bank hasn't lived up to your expectations", m="",
         v=["non_apology"]),
    dict(p=VC, s="heard",
         t="I'm so sorry sir. a completion that size hanging by a thread, and nobody here so much as picked up "
           "the phone to you",
         m="AE"),
    dict(p=VC, s="options",
         t="which matters more to you going forward, a named banker you can ring direct, or knowing every "
           "transfer goes same day?",
         m="OIQ"),
    dict(p=VC, s="heard", t="that's quite a claim, sir. you're alleging we sat on your funds for two days", m="",
         v=["accusation"]),
    dict(p=VC, s="close",
         t="I appreciate your patience today, sir. Hugh will call you at ten tomorrow, and the fee reversal will "
           "be showing by close of play.",
         m="OCG"),
    dict(p=VC, s="heard",
         t="look, I- I really do get it. you pay for a private bank and you got a queue. I'll have the fees "
           "reversed before we're off the phone",
         m="AOC", n="false start; 'before we're off the phone' is an immediate time"),

    # failed-twice (Kelly: washing machine repaired, broke twice since, supervisor callback never came)
    dict(p=FT, s="vent", t="oh kelly, no. that's awful. keep going, I'm here", m="E",
         n="sincere sympathy while letting her vent"),
    dict(p=FT, s="vent", t="can you read me the serial number off the back of the machine", m="Q",
         v=["premature_details"]),
    dict(p=FT, s="heard",
         t="So it's seven months old, our engineers have fixed it, it's died twice since, and the supervisor "
           "callback on Monday never came. Have I got that right?",
         m="AQ", n="check-back question"),
    dict(p=FT, s="heard",
         t="with little ones in the house and no washer for a fortnight, honestly I dont know how youre coping. "
           "im so sorry. what would make the biggest difference for you right now?",
         m="AEIQ"),
    dict(p=FT, s="heard", t="what have you been doing for clean clothes the last couple of weeks?", m="Q"),
    dict(p=FT, s="heard", t="are you sure you're not overloading it? the drum bearings go if you overfill it", m="",
         v=["doubt", "correcting"], n="rhetorical doubt, then educating her"),
    dict(p=FT, s="heard", t="its a machine, you know, they do break down from time to time", m="",
         v=["dismissal"], n="brushes the problem off (rule 9)"),
    dict(p=FT, s="options",
         t="tell you what, I'll send out the newer model, the upgraded one, and give you your money back for this "
           "one on top",
         m="O",
         v=["over_promise"]),
    dict(p=FT, s="options",
         t="Two weeks with no washer and two little ones, I'd be at my wits' end, I'm sorry. I can't do a refund, "
           "but there's two things I can do. A new machine, same model, with the "
           "warranty taken out to two years, or one of our senior engineers out within the week, with a loan washer dropped off until "
           "it's fixed. Which would suit you better?",
         m="AEOIQ", n="honest obstacle, then a choice of the allowed remedies"),
    dict(p=FT, s="commitment",
         t="right so the replacements ordered, delivery's booked for friday morning seven till eleven, and ill "
           "text the warranty paperwork over within the hour",
         m="OC"),
    dict(p=FT, s="heard",
         t="the supervisor who was meant to ring you is off sick, so honestly that one's on him not me", m="",
         v=["blame"]),
    dict(p=FT, s="heard",
         t="I'm really sorry. claims like this have to go through the online warranty form, that's the process",
         m="E", v=["policy"], n="no 'but': the apology stands beside the policy wall"),
    dict(p=FT, s="heard", t="I really appreciate you ringing back after how we've treated you", m="G"),
    dict(p=FT, s="heard",
         t="nobody rang you back on monday like the supervisor said they would, and that's on us. I'm sorry. I'll "
           "ring you myself at three today, whatever happens",
         m="AEC"),
    dict(p=FT, s="commitment",
         t="I'm taking this to the engineering manager the second we're done, and you'll hear back from me before "
           "four with an answer",
         m="C", n="escalation with a time: commitment only"),
    dict(p=FT, s="options",
         t="would a loan machine help in the meantime, while our senior engineer gets the repair done this week?",
         m="OIQ"),
    dict(p=FT, s="heard", t="honestly you're blowing this up a bit, it's a washing machine not a house fire", m="",
         v=["insult"]),
    dict(p=FT, s="close",
         t="so that's your new machine coming friday, the warranty's extended to two years, and I'll give you a "
           "ring saturday to make sure it's plumbed in and working. thanks for your patience with all of this",
         m="OCG"),

    # billing-error (Margaret: charged twice after cancelling, overdraft fee, chat said it was fixed)
    dict(p=BE, s="vent", t="mm-hm... yes... go on, Mrs Ellison", m="", n="back-channel"),
    dict(p=BE, s="vent", t="right ok and whats the email on the account, sorry", m="Q", v=["premature_details"],
         n="'sorry' as politeness; details while venting"),
    dict(p=BE, s="heard",
         t="You cancelled, we took the payment twice anyway, your bank charged you for going overdrawn, and our "
           "chat told you last week it was sorted. It wasn't. I'm so sorry.",
         m="AE"),
    dict(p=BE, s="heard", t="on a pension that's not a small thing at all. no wonder you're upset", m="E",
         n="validates the feeling; does not play back what happened"),
    dict(p=BE, s="heard", t="did being overdrawn knock anything else out? any direct debits bounce?", m="Q"),
    dict(p=BE, s="heard",
         t="the second charge is actually for the month you were already in, cancellations only kick in once the "
           "cycle finishes",
         m="", v=["correcting"]),
    dict(p=BE, s="heard",
         t="uh the chat lot are a different team, I can't really answer for what they told you", m="",
         v=["dismissal"]),
    dict(p=BE, s="options",
         t="I'll refund both charges, cover the overdraft fee and give you three months free on top for the "
           "trouble",
         m="O", v=["over_promise"], n="free months are not allowed"),
    dict(p=BE, s="options",
         t="You cancelled properly and we still took it twice, I'm so sorry. Here's my suggestion: both payments "
           "refunded, the overdraft fee your bank took reimbursed, and a letter confirming the account's properly "
           "closed. Post or email for the letter?",
         m="AEOIQ"),
    dict(p=BE, s="commitment",
         t="both refunds are going through now, you should see them by wednesday, and the bank fee reimbursement "
           "goes separately this afternoon. thank you for holding while I did that",
         m="OCG"),
    dict(p=BE, s="heard", t="Mrs Ellison, there's no call to take that tone with me", m="", v=["calm_down"]),
    dict(p=BE, s="heard", t="you can go to the ombudsman if you like, they'll tell you exactly what I'm telling you",
         m="", v=["threat_back"]),
    dict(p=BE, s="heard", t="thank you for laying it out so clearly, honestly it's made my job a lot easier", m="G"),
    dict(p=BE, s="heard",
         t="nine years with us and this is how we treat you. I'm really sorry, Margaret. both charges will be back "
           "with you today",
         m="AEOC"),
    dict(p=BE, s="heard", t="so according to you, the chat agent told you it had been fixed?", m="",
         v=["accusation"], n="court-room framing, not a real question"),
    dict(p=BE, s="close",
         t="Is there anything else I can help with today, Mrs Ellison? And thank you, genuinely, for being so "
           "patient while I sorted it.",
         m="GQ"),
    dict(p=BE, s="heard", t="sorry for any confusion over the cancellation", m="", v=["non_apology"]),
    dict(p=BE, s="options",
         t="I can refund the two charges today. shall I put the overdraft fee through too? I'll just need the "
           "amount off your statement",
         m="OIQ", n="offer inside a proposal: not a commitment"),

    # generic replies
    dict(p=None, s="vent", t="mm. right. yep.", m="", n="back-channel"),
    dict(p=None, s="vent", t="calm down, calm down, I can't understand a word you're saying", m="",
         v=["calm_down"]),
    dict(p=None, s=None, t="our procedures don't allow for that, I'm afraid", m="", v=["policy"]),
    dict(p=None, s="heard", t="oh I'm sorry, nobody deserves to be treated like that", m="E"),
    dict(p=None, s="heard",
         t="I hear you. you've been promised a call back three times and nobody's rung. that's not good enough. "
           "I'll call you myself by two o'clock",
         m="AC"),
    dict(p=None, s="heard", t="honestly if someone did that to me I'd be hopping mad. what do you want sorted first?", m="EIQ"),
    dict(p=None, s="options", t="I'm sorry you've been kept waiting so long. I can either refund it today or send a replacement out, "
           "whichever you'd prefer",
         m="AEOI", n="'sorry you've been kept waiting' names what happened (rule 14); invites a preference without "
                     "a question"),
    dict(p=None, s="commitment",
         t="you've had to chase us enough already. I'm putting a note on it now and you'll get a call from me "
           "tomorrow before eleven",
         m="AC"),
    dict(p=None, s="heard", t="that's literally not possible, our system doesn't let that happen", m="",
         v=["doubt"]),
    dict(p=None, s="heard", t="for the record, you were told this on the phone last week", m="",
         v=["accusation", "correcting"]),
    dict(p=None, s="heard", t="what would put this right for you?", m="IQ"),
    dict(p=None, s=None, t="uh, yeah, that's not really my department to be honest", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="I'll make sure this never ever happens to you again, you have my word", m="",
         v=["over_promise"], n="bare guarantee: over_promise without options"),
    dict(p=None, s="close",
         t="thanks so much for bearing with us, and I'm sorry for all the running about you've had to do",
         m="AEG", n="'sorry ... you've had to' + what she went through: acknowledge too (rule 14)"),
    dict(p=None, s="heard",
         t="oh no, I'm sorry. so just so I've got this straight, it arrived broken, you sent it back, and the "
           "refund still hasn't shown up?",
         m="AEQ", n="check-back question"),
    dict(p=None, s="heard", t="(muttering) here we go again", m="", v=["insult"], n="aside (rule 12)"),
    dict(p=None, s="heard", t="I really appreciate you staying on the line. how's it left you, day to day?", m="GQ"),
    dict(p=None, s="options",
         t="I'm sorry this has dragged on. Here's what I'd suggest: a full refund today, and a "
           "confirmation email will be with you before five. Does that work for you?",
         m="EOCIQ", n="'will be with you before five' is a declared step with a time, even inside the proposal"),
]

write_batch(ITEMS, "ek", Path(__file__).with_name("replies_extra140.jsonl"))
