"""Source of `replies_extra137.jsonl`: a fresh cross-section in the original set's style, written
from a copy of the tune part of `replies.jsonl` (tune split only).

Batch 137 is a new slice of the kind of replies the original set holds, with roughly its own mix:
about a third of the replies carry a violation (every one of the twelve kinds, four or five times
each, a few of them next to a mark), about a fifth are good replies with three or more marks, a
handful are bare back-channels with no mark at all, and the rest spread over acknowledgements,
empathy, offers, commitments, thanks and questions. Most replies fall in the `heard` stage, as in
the original, with some venting, options, commitment and close moments. It leans on the
missed-technician and lost-express personas and on generic replies (p=None). Each reply was
written one at a time, as a different trainee on a different day, about half of them styled like a
Whisper transcript and the rest properly punctuated, in new wordings (no run of more than four
words shared with any reply of the tune part), following the label definitions and the rules in
`README.md`. It was written without reading the judge's code, the held-back part, or any other
batch, and without running the judge.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra137.jsonl` next to it (ids eh0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician -------------------------------------------------------------
    dict(p=MT, s="vent", t="mm. yep, I'm here", m="",
         n="back-channel while she vents: no mark"),
    dict(p=MT, s="vent", t="sorry, before you go on, what's the postcode for the installation address?",
         m="Q", v=["premature_details"], n="'sorry' is politeness; details asked while venting"),
    dict(p=MT, s="vent", t="ugh, twice. I'm sorry. carry on", m="E",
         n="sincere apology while letting her vent; 'twice' is an echo, not a question"),
    dict(p=MT, s="heard", t="So you booked the eight-to-twelve slot, stayed in for it twice, and not once did "
         "anybody ring to say he wasn't coming. That's shocking, and I'm sorry.", m="AE"),
    dict(p=MT, s="heard", t="and youre on hourly pay so both of those mornings were money just gone. id be "
         "raging honestly", m="AE"),
    dict(p=MT, s="heard", t="How did your supervisor take it when you asked for the second morning?", m="Q",
         n="asks about the impact on her"),
    dict(p=MT, s="heard", t="well the confirmation text does say the window can move on the day, thats in the "
         "small print", m="", v=["correcting"]),
    dict(p=MT, s="heard", t="The installers are all subcontracted now. Half the time they don't even tell us "
         "they've cancelled.", m="", v=["blame"]),
    dict(p=MT, s="options", t="A full refund isn't something I'm able to sign off, I won't pretend otherwise. "
         "Instead I can take the installation fee off, add a month's credit to your account, and book you the "
         "eight o'clock slot, first job, guaranteed. How does that sound?", m="OIQ",
         n="honest obstacle then the allowed remedies: not a policy wall"),
    dict(p=MT, s="options", t="look ill just refund everything youve paid since you joined and chuck in six "
         "months free, that fair?", m="OIQ", v=["over_promise"],
         n="full refund and free months are beyond what may be offered; 'that fair?' checks acceptance"),
    dict(p=MT, s="options", t="um, so, I've got a first slot tuesday at eight, or friday, also eight. whichever "
         "one you pick I'll flag as guaranteed. which ones better for you", m="OIQ",
         n="times inside a choice: not a commitment"),
    dict(p=MT, s="commitment", t="okay thats all done. the installation fee's gone, the months credit is on "
         "there as of now, and you'll get a text by four today with your engineers name", m="OC"),
    dict(p=MT, s="commitment", t="I'm so sorry again. Thursday at eight is locked in, and I'll phone you "
         "Wednesday at six in the evening to double-check it's all still on.", m="EOC",
         n="confirming the rebooked first slot counts as options"),
    dict(p=MT, s="close", t="thanks Bernadette, I really appreciate you sticking it out with us. you're booked "
         "in, first slot thursday. anything else while I've got you?", m="OCGQ",
         n="ending check is a question, not asks_input"),
    dict(p=MT, s="heard", t="I hear you. Two mornings off, no engineer, no phone call. That shouldn't have "
         "happened once, never mind twice.", m="A"),
    dict(p=MT, s="heard", t="I mean it's broadband, it's not the end of the world, is it", m="",
         v=["dismissal"], n="minimising; the tag is not a question"),
    dict(p=MT, s="heard", t="if you keep talking to me like that I'm putting you back in the queue", m="",
         v=["threat_back"]),
    dict(p=MT, s="heard", t="oh that's rubbish. so that's two days pay gone as well? I'm really sorry",
         m="AEQ", n="check-back question"),
    dict(p=MT, s="heard", t="settle down please, shouting at me won't get the engineer there any quicker",
         m="", v=["calm_down"]),
    dict(p=MT, s="heard", t="I'm really sorry about both mornings. the system won't let me put a named "
         "engineer on the job though", m="", v=["policy"],
         n="contrastive 'though' ties the apology to a policy wall: apology cancelled"),
    dict(p=MT, s="heard", t="What outcome are you hoping for from today?", m="IQ"),
    dict(p=MT, s="commitment", t="I've escalated it to the field team lead and she'll ring you before twelve "
         "today", m="C", n="escalation with a time: commitment only, no remedy"),
    dict(p=MT, s="heard", t="Your supervisor's already said something, and now you're dreading asking again. "
         "That's an awful position to be put in.", m="AE"),
    dict(p=MT, s="heard", t="you're right, that isn't good enough. did the engineer maybe leave a card and you "
         "missed it?", m="A", v=["doubt"],
         n="acknowledgement stands (no 'but'); the question insinuates she missed him: rhetorical doubt"),
    dict(p=MT, s="heard", t="thanks for letting me have a go at fixing this, I know you're well past being polite "
         "about it", m="G"),
    dict(p=MT, s="heard", t="god, two whole mornings sat waiting for a van that never came. no wonder you're "
         "fuming", m="AE"),
    dict(p=MT, s="heard", t="Two mornings' wages gone because of us. I'm so sorry, Bernadette, and thanks for still "
         "being willing to deal with us. Would an eight o'clock Saturday slot make it easier?", m="AEOGIQ",
         n="a first-slot visit offered as a question: options + asks_input"),
    dict(p=MT, s="options", t="uh, I- I can do a saturday, first thing, eight am, so you don't lose any more "
         "work. and the call out fee's waived either way. would saturday work", m="OIQ",
         n="no question mark; still checks acceptance"),

    # --- lost-express --------------------------------------------------------------------
    dict(p=LE, s="vent", t="mhm, yeah", m="", n="back-channel"),
    dict(p=LE, s="vent", t="sorry, whats the consignment number on it?", m="Q", v=["premature_details"]),
    dict(p=LE, s="heard", t="So you paid for overnight, the compressor and the control board never turned up, "
         "the tracking's been blank since we collected it, and now the restaurant's on your back. I'm really "
         "sorry.", m="AE"),
    dict(p=LE, s="heard", t="thats a third of your work hanging on one parcel. no wonder your stressed", m="AE",
         n="'your' mis-hearing"),
    dict(p=LE, s="heard", t="the depot's been a shambles all week, they keep missing scans, it's them not us",
         m="", v=["blame"]),
    dict(p=LE, s="heard", t="a lot of people think overnight means first thing, it actually means within one "
         "working day", m="", v=["correcting"]),
    dict(p=LE, s="heard", t="parcels go walkabout every day mate, it'll probably turn up by monday", m="",
         v=["dismissal"], n="minimising; the time words are not a commitment"),
    dict(p=LE, s="heard", t="I'm sorry you feel the service wasn't up to scratch", m="", v=["non_apology"]),
    dict(p=LE, s="heard", t="for the record, you're stating the box was sealed when the driver took it?", m="",
         v=["accusation"], n="court-room framing; not a real question"),
    dict(p=LE, s="options", t="ok so um, first thing, your express money comes back to you. then I open a trace "
         "on the missing box, and I book a same day courier for the new parts, we pay. want me to kick off "
         "with the courier?", m="OIQ", n="proposal waiting on his answer: offer, not commitment"),
    dict(p=LE, s="options", t="ill refund the parts in full, whatever they cost, and I'll pay the restaurant for "
         "their lost day as well", m="O", v=["over_promise"],
         n="full value and the client's losses are beyond the liability limit"),
    dict(p=LE, s="options", t="I can have a same-day courier take the replacement straight to the restaurant on "
         "our account. Would that take some of the heat off you?", m="OIQ"),
    dict(p=LE, s="commitment", t="right, the trace is logged, the reference will be in your inbox within "
         "five minutes, and I'll phone you at three with whatever the depot comes back with", m="OC"),
    dict(p=LE, s="commitment", t="The courier's booked to collect the new parts from your unit at one o'clock "
         "today, and it's on our account.", m="OC"),
    dict(p=LE, s="close", t="Thanks for your patience on this, Marcus. I'll call you first thing tomorrow to check the "
         "restaurant's got everything.", m="CG"),
    dict(p=LE, s="heard", t="You trusted us with your customer's job and we lost it. That's on us.", m="A",
         n="owns the failure in so many words; no apology, so no empathy"),
    dict(p=LE, s="heard", t="mate swear at me one more time and I'm hanging up", m="", v=["threat_back"]),
    dict(p=LE, s="heard", t="What was actually in the box, and roughly what's it worth?", m="Q"),
    dict(p=LE, s="heard", t="you said it's just you and your nephew. hows he doing with all this?", m="Q"),
    dict(p=LE, s="options", t="I know what you're after is compensation for the job, and I'm sorry, that's not one "
         "I can give. But the express fee comes back to you, and I'll have fresh parts couriered over to the "
         "restaurant today. Is that a start?", m="AOCIQ",
         n="'sorry' apologises for the refusal: not empathy; 'I'll ... today' is a commitment"),
    dict(p=LE, s="heard", t="That's awful. You're stuck in the middle, with your customer blaming you for "
         "something we did.", m="AE"),
    dict(p=LE, s="commitment", t="I can't promise what time the courier gets there, that's out of my hands, but "
         "I'll text you the driver's details the minute he's assigned and ring you back by five", m="C",
         n="honest obstacle, not a policy wall"),
    dict(p=LE, s="heard", t="I guarantee it'll be at the restaurant by two, hand on heart", m="",
         v=["over_promise"], n="guarantees a time the courier controls; bare guarantee, no remedy named"),
    dict(p=LE, s="heard", t="wow, okay, someone's having a day", m="", v=["insult"]),
    dict(p=LE, s="heard", t="right, and you definitely put the full address on it? I'll open a trace anyway",
         m="O", v=["doubt"], n="doubting question is rhetorical; the trace is a remedy with no time"),
    dict(p=LE, s="heard", t="calm down a sec, I'm literally opening the trace for you right now", m="OC",
         v=["calm_down"], n="'right now' attached to a declared step"),
    dict(p=LE, s="commitment", t="I'm sorry, I know the restaurant's breathing down your neck. the express fee "
         "refund's gone through now, and the courier will collect the replacement from you by twelve. thanks "
         "for hanging on with me", m="AEOCG"),
    dict(p=LE, s="heard", t="so the chef's been ringing you all morning and you've had nothing to tell him. I'd "
         "hate that. what's he actually said?", m="AEQ"),

    # --- escalated-exec ------------------------------------------------------------------
    dict(p=EE, s="vent", t="understood.", m="", n="filler, not acknowledgement"),
    dict(p=EE, s="heard", t="Three outages in one quarter, your warehouses standing still each time, and you "
         "had to email our chief executive before anyone moved. I'd be livid in your position.", m="AE"),
    dict(p=EE, s="heard", t="and you're the one who argued for us when your board had doubts. that must make "
         "this feel personal", m="AE"),
    dict(p=EE, s="options", t="I can't release you from the contract, that isn't mine to give. What I can table "
         "is the quarter's full service credit, an account manager with a name you can ring, plus a "
         "root-cause report on paper, with a date you can hold us to. Which one would you want first?", m="OIQ",
         n="honest obstacle, not a policy wall"),
    dict(p=EE, s="options", t="we'll let you out of the contract with no penalty and cover your losses from all "
         "three outages", m="O", v=["over_promise"]),
    dict(p=EE, s="commitment", t="your root-cause report arrives in your inbox by end of day friday, and tom reyes, "
         "your account manager, will phone you tomorrow at ten", m="OC"),
    dict(p=EE, s="heard", t="anything about the contract goes through the formal dispute process, I can't "
         "discuss it on a call", m="", v=["policy"]),
    dict(p=EE, s="heard", t="I appreciate you being this direct with me. It genuinely helps me know what to fix "
         "first.", m="G"),
    dict(p=EE, s="heard", t="for the record, our monitoring shows ninety nine point eight percent uptime this "
         "quarter", m="", v=["accusation", "correcting"],
         n="insisting through the records that she is wrong (rule 10)"),
    dict(p=EE, s="commitment", t="your account manager will ring you by noon tomorrow. and if Ferrow does go to "
         "lawyers, that'll be the last help you get from this team", m="OC", v=["threat_back"],
         n="marks before the threat stand; no contrastive connective"),
    dict(p=EE, s="close", t="Thanks for sticking with this conversation, Eleanor. You'll have the "
         "report by the twentieth, and I'll call you the day it lands to go through it together.",
         m="OCG", n="root-cause report by a date is a remedy and a commitment"),

    # --- vip-client ----------------------------------------------------------------------
    dict(p=VC, s="vent", t="before we go on, could I take the last four digits of your account?", m="Q",
         v=["premature_details"]),
    dict(p=VC, s="heard", t="Four point two million, a completion date, and nobody here thought to pick up the "
         "phone. You heard it from the seller's solicitor. That's mortifying, and I'm so sorry.", m="AE"),
    dict(p=VC, s="heard", t="having to ring the seller yourself and plead for more time, that must have been "
         "galling", m="AE"),
    dict(p=VC, s="heard", t="honestly every bank has delays on wires that size, sterling and marsh included",
         m="", v=["dismissal"], n="minimising the delay"),
    dict(p=VC, s="options", t="You should never have been chasing your own money. I'll reverse the transfer "
         "fees, and I'd like you to have a senior relationship banker's direct number. Would you want same-day transfers switched on for your accounts too?",
         m="AOIQ", n="no time on the reversal: offer, not commitment"),
    dict(p=VC, s="commitment", t="the fee reversal's going through as we speak, and hugh garland from our senior "
         "team will call you before ten tomorrow with his direct number", m="OC"),
    dict(p=VC, s="heard", t="With respect, sir, I'd ask you to lower your voice.", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="Apologies if the delay wasn't quite what you were expecting, sir.", m="",
         v=["non_apology"]),
    dict(p=VC, s="heard", t="I appreciate you letting us make our case before you move anything. I know you've "
         "got other offers on the table", m="G"),
    dict(p=VC, s="heard", t="your version of events doesn't quite match what I've got in front of me, sir", m="",
         v=["doubt", "accusation"], n="'version of events' is court-room framing"),
    dict(p=VC, s="heard", t="thanks for holding, sir. the instruction did land after cut-off, but I've "
         "reversed the fee anyway", m="GO", v=["correcting"],
         n="'I've reversed' with no time: options, not commitment"),
    dict(p=VC, s="options", t="I'm so sorry you had to hear it from the other side first. my suggestion is that I "
         "reverse the fees and get your transfers expedited from now on. does that feel like the right "
         "start?", m="AEOIQ", n="'sorry you had to' + what happened: acknowledge and empathise (rule 14)"),

    # --- failed-twice --------------------------------------------------------------------
    dict(p=FT, s="vent", t="uh huh. yeah.", m="", n="back-channel"),
    dict(p=FT, s="heard", t="seven months old, two repairs, and its leaking again, and the supervisor who was "
         "meant to ring you monday never did. thats really not ok. im sorry", m="AE"),
    dict(p=FT, s="heard", t="A toddler, a baby, and two weeks without a washer. I honestly don't know how "
         "you're keeping up.", m="AE", n="sympathy, not a negation (like rule 8)"),
    dict(p=FT, s="heard", t="How many trips to the laundrette has that been so far?", m="Q"),
    dict(p=FT, s="options", t="I'm sorry, we dropped the ball on that callback. I can send you a new machine, same "
         "model, with a two-year extended warranty, or get a senior engineer out this week and leave a loan "
         "machine while he fixes yours. Which would suit you?", m="AEOIQ",
         n="owning the missed callback is acknowledgement; 'this week' is inside a choice"),
    dict(p=FT, s="options", t="tell you what, I'll upgrade you to the newer model and throw in the warranty, no "
         "charge", m="O", v=["over_promise"]),
    dict(p=FT, s="commitment", t="your new machine arrives saturday morning, the two year warrantys already on "
         "your account, and you'll get a text with the delivery slot by six tonight", m="OC"),
    dict(p=FT, s="heard", t="honestly the engineer who did the first repair was a temp, he probably didnt seat "
         "the seal right", m="", v=["blame"]),
    dict(p=FT, s="close", t="thanks so much Kelly, you've been really patient with all this. is there anything "
         "else I can help with before you go?", m="GQ", n="ending check: question, not asks_input"),
    dict(p=FT, s="heard", t="the engineer's notes say it was overloaded, so that's what we have to go on. but I'm "
         "sorry you've been without it, I can get a senior engineer out this week if you'd like?", m="EOIQ",
         v=["accusation", "correcting"],
         n="evidence against her (rule 10); the apology after the violation stands but does not "
         "make it an acknowledgement"),
    dict(p=FT, s="commitment", t="thank you for hanging in there. a senior engineer is coming wednesday "
         "morning, a loan machine comes with him, and I'll phone you tuesday at five to confirm", m="OCG"),

    # --- billing-error -------------------------------------------------------------------
    dict(p=BE, s="vent", t="mm, yes", m="", n="back-channel"),
    dict(p=BE, s="heard", t="So you cancelled, we took the money twice anyway, your bank charged you a fee for "
         "it, and our chat team told you it was sorted when it wasn't. That's four things we got wrong.",
         m="A"),
    dict(p=BE, s="heard", t="and then your rent bounced on top of it. oh Margaret, I'm so sorry", m="AE"),
    dict(p=BE, s="heard", t="We can't refund until the billing cycle closes. I'm afraid that's just how billing "
         "works.", m="", v=["policy"]),
    dict(p=BE, s="options", t="You cancelled properly and we still charged you, so let's put that right. Both "
         "charges can come back to you, the overdraft fee too, and I'll send a letter confirming the "
         "cancellation. Would you like that by post or by email?", m="AOIQ"),
    dict(p=BE, s="commitment", t="Both refunds are going through now, and the overdraft fee will be back in your "
         "account by Wednesday.", m="OC"),
    dict(p=BE, s="heard", t="nine years with us and this is how we've treated you. I'm really sorry, and thanks "
         "for letting me sort it out", m="AEG"),
    dict(p=BE, s="heard", t="could you just double check you didnt sign up twice? sometimes people end up with two "
         "accounts", m="", v=["doubt"], n="insinuates her error: not a real question"),
    dict(p=BE, s="vent", t="sorry to cut in, can you give me the email the subscription's under", m="Q",
         v=["premature_details"]),
    dict(p=BE, s="heard", t="thank you for ringing about it. both charges will be refunded today, though really your "
         "bank should've warned you before charging a fee", m="GOC", v=["blame"],
         n="'though' cancels only acknowledge/empathy; thanks, offer and commitment stand"),
    dict(p=BE, s="heard", t="*tuts* yes, I heard you the first time", m="", v=["insult"],
         n="transcribed tut (rule 12)"),
    dict(p=BE, s="close", t="that's both charges refunded and the overdraft fee on its way back to you. I'm grateful "
         "for your patience, Margaret, and the letter goes in the post today", m="OCG"),

    # --- generic -------------------------------------------------------------------------
    dict(p=None, s="heard", t="That sounds exhausting. So sorry you've had to ring three times about it.",
         m="AE", n="'sorry you've had to' + what happened (rule 14)"),
    dict(p=None, s="heard", t="I understand.", m="A", n="bare sincere 'I understand' (rule 1)"),
    dict(p=None, s="heard", t="I get why you're annoyed. Honestly, I'd feel the same.", m="AE"),
    dict(p=None, s="heard", t="thank you for hanging on, I know the hold music isnt fun", m="G"),
    dict(p=None, s="heard", t="sorry, could I take the order number now so I can pull it up?", m="Q",
         n="politeness 'sorry'; after venting, so not premature"),
    dict(p=None, s="options", t="Would you prefer a refund back to your card, or a replacement sent out?",
         m="OIQ"),
    dict(p=None, s="options", t="I can do you a full refund or we can resend it free on next day delivery. up to "
         "you", m="OI", n="'up to you' invites a preference without a question"),
    dict(p=None, s="commitment", t="someone from the team will get back to you shortly", m="",
         n="vague 'shortly': no commitment"),
    dict(p=None, s="close", t="anything else on your mind before we wrap up?", m="Q"),
    dict(p=None, s="heard", t="So what you're alleging is that nobody picked up your calls.", m="",
         v=["accusation"]),
    dict(p=None, s="heard", t="do you speak to everybody like this or is it just me?", m="", v=["insult"],
         n="rhetorical, hostile question"),
    dict(p=None, s="heard", t="*sighs* okay, go on then", m="", v=["insult"], n="transcribed sigh (rule 12)"),
    dict(p=None, s="heard", t="you're not going to get anywhere being rude to me", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="if you cancel, you cancel. we've got plenty of other customers", m="",
         v=["threat_back"], n="daring the customer to leave"),
    dict(p=None, s="heard", t="We apologise for any trouble this may have caused.", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="I only do new orders, this isn't really something that comes to me", m="",
         v=["dismissal"]),
    dict(p=None, s="heard", t="I'm really sorry. That's not the experience you should be getting from us.", m="E"),
    dict(p=None, s="heard", t="What happened when you rang the second time?", m="Q"),
    dict(p=None, s="options", t="I'm sorry this has dragged on. the thing I think would help most is a refund of "
         "the delivery charge. would that be ok, or do you have something else in mind?", m="EOIQ"),
    dict(p=None, s=None, t="we can only go by what's in the procedure, I'm afraid", m="", v=["policy"]),
    dict(p=None, s=None, t="yeah, well, it happens", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="so just so I've understood, the item arrived broken, you sent it back, and three "
         "weeks on the refund still hasn't shown up?", m="AQ", n="check-back question"),
    dict(p=None, s="heard", t="honestly if that happened to me I'd have lost my temper long before now", m="E"),
    dict(p=None, s="options", t="here's what I'd suggest. I refund the postage today and send a replacement out "
         "tracked. want me to go ahead?", m="OIQ", n="'today' inside a proposal: offer, not commitment"),
    dict(p=None, s="heard", t="ugh, not again. I'm sorry. you shouldn't have to keep chasing us for this", m="AE"),
    dict(p=None, s="vent", t="right... and then what happened?", m="Q", n="invites more venting"),
    dict(p=None, s="heard", t="you've clearly had a rotten time of it, and I'm grateful you haven't given up on "
         "us", m="EG"),
    dict(p=None, s="vent", t="oh no, I'm sorry. what's your account number?", m="EQ", v=["premature_details"],
         n="sincere apology, then a details request while venting"),
    dict(p=None, s="heard", t="I get that, but I can't just take your word for it", m="", v=["doubt"],
         n="'but' leads straight into doubt: acknowledgement cancelled"),
    dict(p=None, s="heard", t="sorry if it came across like we didn't care. I'll chase the refund with accounts "
         "this afternoon", m="C", v=["non_apology"], n="chasing is a step with a time, not a new remedy"),
    dict(p=None, s="heard", t="So three different people have promised to sort it and nobody has. I'm sorry, "
         "that's on us. What would make this right for you?", m="AEIQ"),
    dict(p=None, s="commitment", t="Right, the new one's gone out this afternoon on tracked delivery, and I'll "
         "send the tracking number to your email before six.", m="OC"),
    dict(p=None, s="heard", t="I hear you, and I'm sorry. You did everything you were supposed to, and it still "
         "went wrong. Thanks for trusting us to sort it.", m="AEG"),
]

write_batch(ITEMS, "eh", Path(__file__).with_name("replies_extra137.jsonl"))
