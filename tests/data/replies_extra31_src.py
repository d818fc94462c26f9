"""Source of `replies_extra31.jsonl`: batch 31 of hand-written trainee replies (tune split only).

A cross-section in the style and labelling habits of the tune part of `replies.jsonl`, written as
whole calls: for each of the six personas, three or four trainees of different skill take the call
from the vent to the close (stage set turn by turn), plus about twenty generic replies. It aims at
the tune part's proportions (about a quarter each acknowledge, empathise and options; about a third
with a fault, spread over all twelve kinds; about a fifth good replies with three or more marks).
Remedies come in many forms ("wipe the fee", "put the money back", "knock a month off", a rebooked
visit, a courier, a claim up to the limit) and as choice questions, beside their hard negatives:
looking into it, passing it on, escalating (a commitment only with a time), explaining a cause
without blaming anyone, and over-offering (over_promise).

Written one at a time by someone who had not read the held-back part of `replies.jsonl` nor the
judge's code (judge.py, lexicon.py, learned.py, patterns.py, models/), and who read no other
batch's items (only batch 8's source, for its format). Whisper-style text (lowercase, fillers, false starts, the odd mis-hearing) for
about half, properly punctuated for the rest. Nothing is generated from a template. Labels follow
tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra31.jsonl` next to it (ids af0001…, split "tune") and prints per-label
counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ================================================================ missed-technician (Bernadette)
    # ---- trainee 1: experienced
    dict(p=MT, s="vent", t="mm. so eight till twelve, twice, and not one phone call to say he wasn't coming. I'm with you, carry on", m="A"),
    dict(p=MT, s="heard", t="if I'd used up two days off for an engineer who never turned up I'd be beside myself, honestly. I'm so sorry we did that to you", m="AE"),
    dict(p=MT, s="heard", t="oh no. so that's two mornings' pay gone as well, not just the time. I'm so sorry, and thank you for telling me that", m="AEG"),
    dict(p=MT, s="options", t="so I'll be straight with you, a full refund isn't something I can do. what I can do is wipe the installation fee, put a month's credit on your account, and get you the first slot of the day at eight so it's not another morning gone. how does that sound?", m="OIQ", n="honest obstacle, not a policy wall"),
    dict(p=MT, s="commitment", t="right, you're booked for tuesday at eight, first job, and it's marked as guaranteed. the fee's off and the credit will be on your account by this evening. I'll ring you monday by five with the engineer's name", m="OC"),
    dict(p=MT, s="close", t="thanks for giving us another go Bernadette, I know we haven't earned it, and I'm sorry again about both mornings. is there anything else I can help with today", m="EGQ", n="ending check: question, not asks_input"),
    # ---- trainee 2: middling
    dict(p=MT, s="vent", t="ok so um what's the postcode on the account just so I can pull it up", m="Q", v=["premature_details"]),
    dict(p=MT, s="heard", t="yeah that's not great, I'm really sorry about that", m="E"),
    dict(p=MT, s="heard", t="you're right, nobody rang you and they should have. the contractors are hopeless at ringing ahead honestly", m="A", v=["blame"], n="no 'but': the acknowledgement stands beside the blame"),
    dict(p=MT, s="options", t="I'm sorry you've been mucked about like this. so what I can do is um book you another appointment, is there a day that's better for you", m="EOIQ", n="rebooked appointment counts as a remedy; 'sorry you've been' + event is sincere"),
    dict(p=MT, s="commitment", t="I'll get that booked in and someone'll be in touch about the time", m="", n="no time given; vague promise"),
    dict(p=MT, s="commitment", t="I'll call you back tomorrow before ten once I've got the slot confirmed", m="C"),
    # ---- trainee 3: struggling
    dict(p=MT, s="vent", t="ok madam, I need you to stop shouting for a second so I can actually help", m="", v=["calm_down"]),
    dict(p=MT, s="heard", t="so you're claiming nobody came at all? not even a card through the door?", m="", v=["accusation", "doubt"], n="hostile, rhetorical questions: no question mark"),
    dict(p=MT, s="options", t="look I'll just refund the lot and give you the next year free so you stay with us", m="O", v=["over_promise"]),
    dict(p=MT, s="heard", t="if you're going to talk to me like that I'll have to end the call", m="", v=["threat_back"]),
    dict(p=MT, s="heard", t="sorry. I- I'm sorry, that came out wrong. you've lost two days waiting on us and I'd be fuming too", m="AE", n="recovers after a bad turn"),
    # ---- trainee 4: decent, with a slip
    dict(p=MT, s="heard", t="I understand, I do, but the booking does say the engineer can run over the window", m="", v=["correcting"], n="'but' leads into correcting: acknowledgement cancelled"),
    dict(p=MT, s="heard", t="I'm sorry you had to take time off for nothing, that's rubbish. was it a paid day for you or", m="AEQ", n="'sorry you' + the actual event is sincere"),
    dict(p=MT, s="options", t="I could waive the fee for the visits that never happened, or knock a month off your bill as credit. which would you rather", m="OIQ"),
    dict(p=MT, s="commitment", t="perfect, I'm putting the credit on now and you'll get an email confirming it within the next half hour", m="OC"),

    # ================================================================ lost-express (Marcus)
    # ---- trainee 1: experienced, punctuated
    dict(p=LE, s="vent", t="So the compressor and the control board went overnight express, and since collection the tracking hasn't moved at all. Go on, I'm listening.", m="A"),
    dict(p=LE, s="heard", t="And now your client's taking it out on you for something we did. I'm really sorry, Marcus. That's a horrible position to be put in.", m="AE"),
    dict(p=LE, s="heard", t="It's just you and your nephew, and this client's a big chunk of your work. What would help you most with them right now?", m="AIQ"),
    dict(p=LE, s="options", t="Here's what I'd suggest. A same-day courier to take replacement parts to the restaurant at our cost, a refund of the overnight fee, and a trace on the original parcel. Do you want the courier to collect from your workshop or from your supplier?", m="OIQ"),
    dict(p=LE, s="commitment", t="Done. The courier's booked for a two o'clock pickup from your workshop, the express fee is refunded as of now, and I'll ring you at five with whatever the trace turns up.", m="OC"),
    dict(p=LE, s="close", t="Thanks for bearing with me, Marcus. I hope the restaurant's back up and running tonight.", m="G", n="a hope, not a commitment"),
    # ---- trainee 2: middling, whisper
    dict(p=LE, s="vent", t="can you read me the tracking number off your receipt", m="Q", v=["premature_details"]),
    dict(p=LE, s="heard", t="oh mate that's a nightmare, your customer sat there waiting on parts and nothing's turned up. have they said anything to you yet", m="AEQ"),
    dict(p=LE, s="heard", t="we'll look into it and find out where it's got to", m="", n="looking into it: not a trace offer, no time"),
    dict(p=LE, s="options", t="so I can put a claim in for the parts, it's only up to the standard limit mind, is that alright", m="OIQ", n="a claim up to the limit is allowed; honest limit, not a wall"),
    dict(p=LE, s="options", t="I can either refund the express or get the replacement couriered over today, or both, whatever suits you best", m="OI", n="imperative invitation: asks_input without a question"),
    dict(p=LE, s="commitment", t="I'll escalate it to my team leader and she'll give you a call", m="", n="escalation with no time"),
    dict(p=LE, s="commitment", t="I'm so sorry about all this. I'll chase the depot myself this afternoon and ring you back by four either way", m="EC", n="chasing is not a formal trace offer; the time makes it a commitment"),
    # ---- trainee 3: struggling
    dict(p=LE, s="heard", t="honestly parcels go walkabout now and then, it's not the end of the world", m="", v=["dismissal"]),
    dict(p=LE, s="heard", t="it's the depot that loses them, we just take the bookings", m="", v=["blame", "dismissal"]),
    dict(p=LE, s="options", t="don't worry, whatever work you lose off the back of this we'll pay it, just send me the invoices", m="O", v=["over_promise"]),
    dict(p=LE, s="heard", t="if you wanna take us to small claims go ahead mate, it won't get you anywhere", m="", v=["threat_back"]),
    # ---- trainee 4: sharp-tongued
    dict(p=LE, s="heard", t="For the record, sir, the tracking does show it was collected, so it isn't accurate to say it shows nothing.", m="", v=["accusation", "correcting"]),
    dict(p=LE, s="heard", t="I'm sorry, but I can't magic a parcel out of thin air, can I", m="", v=["insult"], n="'sorry, but' into sarcasm"),
    dict(p=LE, s="heard", t="god, I'd be sick with worry if it was my customer", m="E"),
    dict(p=LE, s="heard", t="ok look, I'm sorry. your client's on your back and that's down to us, not you", m="AE"),

    # ================================================================ escalated-exec (Eleanor)
    # ---- trainee 1: experienced, punctuated
    dict(p=EE, s="vent", t="Understood. Three outages in one quarter, every one of them over the SLA, and the last one stopped your warehouses cold. Please, go on.", m="A"),
    dict(p=EE, s="heard", t="You argued for us in front of your board, and we've made that harder for you three times over. I'm sorry. In your position I'd be asking exactly the same questions.", m="AE"),
    dict(p=EE, s="heard", t="What would your board need to see from us to feel confident again?", m="IQ"),
    dict(p=EE, s="options", t="I know your board wants something concrete, not words. I won't pretend I can release you from the contract. What I can do is apply the full SLA credit for this quarter, give you a named account manager, and commit to a written root-cause report. Which of those matters most to you?", m="AOIQ"),
    dict(p=EE, s="commitment", t="The credit will be on this month's invoice. Your account manager is Priya Shah, and she'll call you by noon tomorrow. The root-cause report will be with you by Friday the fourteenth, and I'll confirm all of it by email before six tonight.", m="OC"),
    dict(p=EE, s="close", t="Thank you for giving us the chance to fix this rather than simply walking away. I'll speak to you once you've had the report.", m="G", n="'once you've had the report' is not a concrete time"),
    # ---- trainee 2: middling, whisper
    dict(p=EE, s="vent", t="ok and could I get the client reference so I can bring the contract up", m="Q", v=["premature_details"]),
    dict(p=EE, s="heard", t="honestly that's a really tough spot, your warehouses just stopping dead like that. I'm sorry. how long were you down for this time", m="AEQ"),
    dict(p=EE, s="options", t="I can look at a service credit for you um and I'll see if I can get you an account manager", m="", n="'look at' and 'see if I can' are looking into it, not an offer"),
    dict(p=EE, s="options", t="we could also like do the service credit for the full year if that helps", m="O", v=["over_promise"], n="only this quarter's credit is allowed"),
    dict(p=EE, s="commitment", t="I know this is the third time you've been through this. I'm gonna escalate it to our service director today and she'll be in touch", m="AC", n="escalation with a time: commitment, not options"),
    dict(p=EE, s="close", t="thanks for your time ms ashcombe, honestly, and I'm sorry again about all of it", m="EG"),
    # ---- trainee 3: struggling
    dict(p=EE, s="heard", t="with respect, emailing the CEO doesn't actually get things fixed any faster", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="three incidents in a quarter is honestly pretty normal for a platform this size", m="", v=["dismissal"]),
    dict(p=EE, s="heard", t="the monitoring's showing ninety nine point nine percent for the quarter so I'm not sure where three outages is coming from", m="", v=["doubt"]),
    dict(p=EE, s="heard", t="you're welcome to take it to your lawyers, we've got plenty of our own", m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="this allegation of three SLA breaches, I'd need to see the evidence before I accept that", m="", v=["accusation", "doubt"]),
    # ---- trainee 4: mixed
    dict(p=EE, s="heard", t="I'm sorry for any disruption this may have caused your team", m="", v=["non_apology"]),
    dict(p=EE, s="heard", t="ms ashcombe can I just say thank you for staying on the line with me after everything", m="G", n="'can I just say' is not a question to the customer"),
    dict(p=EE, s="options", t="I can give you the service credit for the quarter and a root cause report. I can't go further than that, it's company policy, simple as", m="O", v=["policy"]),
    dict(p=EE, s="commitment", t="so the report'll be with you by the end of next week, and I can guarantee you there won't be another outage", m="OC", v=["over_promise"]),

    # ================================================================ vip-client (Julian)
    # ---- trainee 1: experienced, punctuated
    dict(p=VC, s="vent", t="So the money was meant for Wednesday's completion, it landed on Friday, and you heard about it from the seller's solicitor rather than from us. I can't imagine how that felt.", m="AE"),
    dict(p=VC, s="heard", t="Standing in that hallway, ringing the seller yourself to beg for more time, after eleven years with us. I'm truly sorry we put you there. Has the seller been reasonable with you since?", m="AEQ"),
    dict(p=VC, s="heard", t="May I ask, is the purchase safely through now, or is anything still hanging on it?", m="Q"),
    dict(p=VC, s="options", t="You should never have had to chase your own money. I'd like to reverse the transfer fees, give you a direct line to a named senior relationship banker, and move your accounts onto same-day priority transfers from now on. Would that be a fair start?", m="AOIQ"),
    dict(p=VC, s="commitment", t="The fees will be reversed by close of business today, and Claire Davenport will ring you at nine tomorrow with her direct line.", m="OC"),
    dict(p=VC, s="close", t="Thank you for giving us the chance to keep your business. I'll check in with you on Monday to make sure it's all in place.", m="CG"),
    # ---- trainee 2: middling, whisper
    dict(p=VC, s="heard", t="i'm so sorry sir that must of been so stressful with the house hanging on it", m="AE", n="'must of' mis-hearing"),
    dict(p=VC, s="heard", t="can I ask um did anyone from the bank get in touch with you at all", m="Q"),
    dict(p=VC, s="heard", t="the reason for the delay as far as I can see is it went through an intermediary bank in frankfurt and that added a day", m="", n="neutral explanation of the cause; no fault-finding"),
    dict(p=VC, s="options", t="and I know it nearly cost you the house so um what i can do is put the transfer fee back on your account and um set you up so your transfers go same day from now on would you like me to do both", m="AOIQ"),
    dict(p=VC, s="commitment", t="yep so that's all done now the fee's reversed and the same day thing goes live from tomorrow", m="OC"),
    dict(p=VC, s="close", t="thanks so much for bearing with me sir, you'll have the confirmation email within the hour", m="CG"),
    # ---- trainee 3: struggling
    dict(p=VC, s="heard", t="payments that size are always held for compliance checks sir, it would of been in the paperwork when you opened the account", m="", v=["correcting"]),
    dict(p=VC, s="options", t="I'll waive all your fees for the next twelve months and have the chief executive ring you personally", m="O", v=["over_promise"]),
    dict(p=VC, s="heard", t="sir, there's no need to take that tone with me", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="well that's the correspondent bank for you, they're always slow on the big ones", m="", v=["blame"]),
    # ---- trainee 4: by the book
    dict(p=VC, s="vent", t="before we go any further can I take your date of birth for security", m="Q", v=["premature_details"]),
    dict(p=VC, s="heard", t="are you quite sure it was two days? it's showing as one working day on my side", m="", v=["doubt"]),
    dict(p=VC, s="heard", t="I'm sorry if you feel we didn't keep you informed", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="that must have been a horrible afternoon, waiting on the phone to ring", m="E"),
    dict(p=VC, s="heard", t="You're right. You shouldn't have had to hear it from the other side. I apologise.", m="AE"),

    # ================================================================ failed-twice (Kelly)
    # ---- trainee 1: experienced, whisper
    dict(p=FT, s="vent", t="oh Kelly. seven months old and it's packed in twice since we repaired it. go on, I'm here", m="A"),
    dict(p=FT, s="heard", t="and on top of that you were told a supervisor would ring within a day and nobody did. that's on us and I'm really sorry", m="AE"),
    dict(p=FT, s="heard", t="ninety dollars at the laundromat, with a toddler and a baby and a double stroller. honestly I don't know how you're doing it. thank you for hanging in with us", m="AEG"),
    dict(p=FT, s="options", t="okay so two choices. a brand new machine, same model, with the warranty taken up to two years, or our senior engineer out this week with a loan machine so you can wash in the meantime. which works better for you", m="OIQ"),
    dict(p=FT, s="commitment", t="perfect, the new one's ordered, it'll be delivered and fitted saturday between eight and twelve, and I'm calling you friday at four myself to confirm. me, not a supervisor", m="OC"),
    dict(p=FT, s="close", t="thanks for your patience Kelly, really. anything else I can sort while I've got you", m="GQ"),
    # ---- trainee 2: middling
    dict(p=FT, s="vent", t="right, what's the model number on the front of the machine", m="Q", v=["premature_details"]),
    dict(p=FT, s="heard", t="I understand you're frustrated, I would be too", m="AE"),
    dict(p=FT, s="options", t="I'll have a look at what we can do and get back to you", m="", n="looking into it; no remedy, no time"),
    dict(p=FT, s="heard", t="I'm really sorry it's let you down again. refunds all go through the returns team, that's the process, I can't skip it", m="E", v=["policy"]),
    dict(p=FT, s="options", t="I know it's the third time you've had to ask, I'm sorry. I can book another engineer visit for you, is that alright", m="AEOIQ"),
    dict(p=FT, s="commitment", t="and I'll make sure the supervisor rings you back this time, I promise", m="", n="promise with no time; a callback is allowed, so not over_promise"),
    # ---- trainee 3: struggling
    dict(p=FT, s="heard", t="you know you're meant to clean the filter every month, right, most people don't bother", m="", v=["correcting"]),
    dict(p=FT, s="heard", t="I'm sorry, but the supervisors are flat out, they can't call everyone back", m="", v=["dismissal"], n="'sorry, but' into ducking"),
    dict(p=FT, s="options", t="tell you what, I'll send you the newer model, the one up from yours, and you won't pay a penny", m="O", v=["over_promise"]),
    dict(p=FT, s="heard", t="I'm sorry you're upset Kelly", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="okay, okay. I'm sorry. two weeks with no washer and two little ones, that's awful", m="AE"),
    # ---- trainee 4: improving
    dict(p=FT, s="heard", t="what have you been doing for clean clothes in the meantime, if you don't mind me asking", m="Q"),
    dict(p=FT, s="heard", t="with a toddler and a baby as well? oh my god. no wonder you're at the end of your rope", m="AE", n="the question is an exclamation, not put to the customer"),
    dict(p=FT, s="options", t="I can't refund it, I'm sorry, but what I can do is get a senior engineer out to you thursday and drop off a loan machine the same day. would that help?", m="OIQ", n="'sorry' for a refusal is not empathy"),
    dict(p=FT, s="commitment", t="great, thursday it is, he'll be with you between nine and one and the loan machine comes on the van with him", m="OC"),
    dict(p=FT, s="close", t="thank you Kelly. I'll ring you friday evening to check the loan machine's doing its job", m="CG"),

    # ================================================================ billing-error (Margaret)
    # ---- trainee 1: experienced, punctuated
    dict(p=BE, s="vent", t="So you cancelled, and after that we took the payment twice. I'm listening, Margaret. Please go on.", m="A"),
    dict(p=BE, s="heard", t="And our chat told you last week it was sorted when it wasn't, and now your bank's charged you for the overdraft on top. On a pension, that's a real worry. I'm so sorry.", m="AE"),
    dict(p=BE, s="heard", t="Your rent bounced because of our mistake, after forty years of never once being late. That must have been mortifying. Has your landlord been understanding about it?", m="AEQ"),
    dict(p=BE, s="options", t="Here's what I can do. I'll refund both charges, reimburse the overdraft fee your bank charged you, and send written confirmation that the subscription is properly cancelled. Would you like that by post or by email?", m="OIQ"),
    dict(p=BE, s="commitment", t="Both refunds and the overdraft fee will be back in your account by Thursday, and the letter goes out in tonight's post. I'll ring you on Thursday afternoon to make sure it's all arrived.", m="OC"),
    dict(p=BE, s="close", t="Thank you for your patience, Margaret, and for telling us about the chat. It'll help us stop this happening to somebody else.", m="G"),
    # ---- trainee 2: middling, whisper
    dict(p=BE, s="heard", t="yeah that's really not on, I'm sorry. you did cancel and you shouldn't of been charged at all", m="AE", n="'shouldn't of' mis-hearing"),
    dict(p=BE, s="heard", t="the chat team shouldn't of told you that, that's them not me", m="", v=["blame"]),
    dict(p=BE, s="options", t="we never should of taken them Margaret, I'm sorry. so I'll refund the two payments for you, does that sound okay", m="AEOIQ"),
    dict(p=BE, s="commitment", t="that should be back with you in three to five working days", m="C", n="refers back to the refund; a deadline, no remedy named"),
    # ---- trainee 3: struggling
    dict(p=BE, s="heard", t="Mrs Ellison there's no need to get worked up, it's twenty pounds", m="", v=["calm_down", "dismissal"], n="minimising the amount"),
    dict(p=BE, s="heard", t="your bank will take the overdraft fee off if you ask them nicely, they always do", m="", v=["over_promise"], n="promises what her bank will do"),
    dict(p=BE, s="heard", t="for the record, our logs show the cancellation came in after the payment had already gone", m="", v=["accusation", "correcting"], n="README rule 10"),
    # ---- trainee 4: polite, with a slip
    dict(p=BE, s="heard", t="I can see both charges here, and you're right, they were taken after you'd cancelled. I'm sorry, and thank you for bringing it to us", m="AEG"),
    dict(p=BE, s="heard", t="I do apologise for any inconvenience caused", m="", v=["non_apology"]),
    dict(p=BE, s="options", t="I'm able to refund the two charges today, would you like me to go ahead with that now?", m="OIQ", n="offer waiting for an answer: not a commitment"),
    dict(p=BE, s="commitment", t="that's done, both refunds processed this minute, and you'll get an email in the next ten minutes confirming it. thank you for being so patient with me", m="OCG"),

    # ================================================================ generic
    dict(p=None, s=None, t="sorry, one sec, my screen's just frozen on me", m="", n="'sorry' as politeness"),
    dict(p=None, s=None, t="I'll be honest, I don't know the answer yet, but I'll find out and ring you back before three", m="C"),
    dict(p=None, s=None, t="what would you like to happen from here", m="IQ"),
    dict(p=None, s=None, t="you're being completely unreasonable now", m="", v=["insult"]),
    dict(p=None, s=None, t="look, I've explained this three times already", m="", v=["insult"], n="condescending, rudeness in kind"),
    dict(p=None, s=None, t="thank you, honestly, for staying on the line this long", m="G"),
    dict(p=None, s=None, t="that's not something we handle here, you'd want the complaints line", m="", v=["dismissal"]),
    dict(p=None, s=None, t="lower your voice please", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="so nothing's arrived, nobody's told you why, and you've been chasing it all week. that's not okay", m="A"),
    dict(p=None, s="options", t="I can send a replacement out today or refund you in full, whichever you'd rather", m="OI", n="choice as an invitation without a question"),
    dict(p=None, s="vent", t="mm", m=""),
    dict(p=None, s="heard", t="I hear you, and I'm on your side with this. let me be the one who sorts it", m="A"),
    dict(p=None, s="heard", t="oh I'm so sorry, what a horrible thing to come home to. is everyone alright?", m="EQ"),
    dict(p=None, s="options", t="shall I go ahead and book that in for you", m="IQ"),
    dict(p=None, s="heard", t="I'd be livid too honestly, you've done everything right here. thank you for sticking with it", m="AEG"),
    dict(p=None, s=None, t="if you swear at me once more I'm ending this call", m="", v=["threat_back"]),
    dict(p=None, s=None, t="the system just won't let me override it, sorry", m="", v=["policy"]),
    dict(p=None, s="commitment", t="I'll email you the reference number within the next five minutes", m="C"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "af", Path(__file__).with_name("replies_extra31.jsonl"))
