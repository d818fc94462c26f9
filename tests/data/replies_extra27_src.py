"""Source of `replies_extra27.jsonl`: a twenty-seventh batch of hand-written trainee replies (tune split only).

Written one at a time by someone who had not read the held-back part of `replies.jsonl` nor the
judge's code (judge, lexicon, learned model, patterns), imitating the style and labelling habits of
the tune part of `replies.jsonl`. About three in five replies carry a fault, spread over all twelve
kinds with extra weight on the everyday ones: dismissal (minimising, "it happens", "not my
department", ducking), insult (sarcasm, snapping, condescension), doubt ("are you sure", "our system
shows"), blame (the courier, a contractor, a colleague, another team, the bank, "the system", the
customer) and correcting ("actually", "technically", "if you'd read"). Many faults sit inside
otherwise decent replies: an apology and then a fault (with or without a cancelling "but" /
"though"), an offer and then a wall, a fault and then a remedy. The rest are clean replies of every
kind (acknowledgement, empathy, remedies, commitments, gratitude, questions), several of which
mention the courier, the records or a limit without being a fault by the README's rules. About half
are styled like Whisper transcripts (lowercase, fillers, false starts, the odd mis-hearing), the
rest properly punctuated. Nothing is generated from a template. Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra27.jsonl` next to it (ids ab0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- dismissal
    dict(p=LE, s="heard", t="yeah i mean parcels do go walkabout sometimes it's not the end of the world the trace'll probably turn it up", m="", v=["dismissal"],
         n="minimising; the trace is predicted, not offered"),
    dict(p=MT, s="heard", t="I'm really sorry you were left waiting both mornings. Scheduling's a separate team though, so there isn't a lot I can do from my end.", m="", v=["dismissal"],
         n="'though' leads straight into the ducking and cancels the apology and the restatement"),
    dict(p=FT, s="heard", t="i mean they're machines they do break down that's kind of what they do um but i can get a senior engineer booked in this week do you want me to do that", m="OIQ", v=["dismissal"],
         n="minimising first; the 'but' leads into help, and the offer after the fault stands"),
    dict(p=EE, s="heard", t="Outages happen on every platform, Ms Ashcombe. Three in a quarter isn't unusual for a system this size.", m="", v=["dismissal"],
         n="minimising the outages"),
    dict(p=VC, s="heard", t="I do apologise, sir. Wire timings are handled by payments operations, so I honestly couldn't tell you what happened there.", m="E", v=["dismissal"],
         n="no contrastive connective: the apology stands beside the ducking"),
    dict(p=None, s="heard", t="yeah yeah i hear you i hear you um anyway can we just crack on", m="", v=["dismissal"],
         n="brushed-off 'I hear you' is not acknowledgement; 'can we crack on' is not a real question"),
    dict(p=LE, s="options", t="I'll refund the express fee today, that bit's easy. As for your client, honestly, that's between you and them.", m="OC", v=["dismissal"]),
    dict(p=FT, s="commitment", t="so the senior engineer's booked for thursday morning and and look the callback thing it happens we get hundreds of calls a day", m="OC", v=["dismissal"],
         n="'it happens' brushes off the missed callback; the booking with a day stands"),
    dict(p=EE, s="heard", t="I hear how serious this is for your board, and I'm sorry. I look after the support queue, though, so the contract side isn't really my department.", m="", v=["dismissal"],
         n="'though' leads straight into 'not my department' and cancels both marks"),
    dict(p=BE, s="vent", t="mm okay well these things do happen with billing sometimes", m="", v=["dismissal"]),
    dict(p=VC, s="heard", t="Two days isn't really that long for an international wire, to be fair.", m="", v=["dismissal", "correcting"],
         n="minimises the delay and corrects his expectation"),
    dict(p=None, s=None, t="Look, I just work here. I didn't design the billing system.", m="", v=["dismissal"]),
    dict(p=LE, s="heard", t="I'm really sorry, Marcus, I know your client's on at you. Unfortunately I can't do anything until the trace has run for forty-eight hours.", m="AE", v=["dismissal"],
         n="'unfortunately' is not one of the cancelling connectives (rule 2), so the marks stand"),
    dict(p=LE, s="close", t="alright so the refund's done and the trace is open thanks for your patience and um honestly these parcels usually turn up in the end", m="OG", v=["dismissal"],
         n="remedies confirmed without a time; minimising at the end"),

    # ---------------------------------------------------------------- insult
    dict(p=MT, s="heard", t="wow okay you really do love the sound of your own voice don't you", m="", v=["insult"]),
    dict(p=BE, s="heard", t="It's a double charge, Margaret, not a natural disaster. Let's not make a drama out of it.", m="", v=["insult", "dismissal"],
         n="condescending and minimising"),
    dict(p=LE, s="heard", t="right and i suppose that's my fault as well is it", m="", v=["insult"],
         n="sarcastic; not blame and not a real question"),
    dict(p=EE, s="vent", t="okay have you got it all out of your system now", m="", v=["insult"],
         n="rude rhetorical question while she vents"),
    dict(p=FT, s="heard", t="i'm sorry it's broken again but honestly it's a washing machine it's not a kidney transplant", m="", v=["insult"],
         n="'but' cancels the apology; mocking"),
    dict(p=None, s=None, t="Oh, I'm so sorry we didn't drop everything just for you.", m="", v=["insult"],
         n="sarcastic apology"),
    dict(p=BE, s="options", t="fine fine i'll refund both of them today happy now", m="OC", v=["insult"],
         n="'happy now' is sarcastic, not asking for input"),
    dict(p=VC, s="commitment", t="your senior banker tom will ring you tomorrow at ten with his direct line um try not to bite his head off", m="OC", v=["insult"]),
    dict(p=FT, s="heard", t="I'm not a mind reader, Kelly. If nobody rang you, you could have rung us.", m="", v=["insult", "correcting"]),
    dict(p=EE, s="heard", t="I'm sorry about the outages, truly. Though I'd have thought someone at your level would know emailing the CEO doesn't speed anything up.", m="", v=["insult", "correcting"],
         n="'though' leads into the put-down and cancels the apology"),
    dict(p=None, s="heard", t="oh my god okay i heard you the first time", m="", v=["insult"],
         n="snapping"),

    # ---------------------------------------------------------------- doubt
    dict(p=LE, s="heard", t="hmm that's odd cause on my end it's showing collected and um out for delivery", m="", v=["doubt"]),
    dict(p=MT, s="heard", t="Our system shows the engineer attended on the fourteenth. Were you definitely in all morning?", m="", v=["doubt"],
         n="records set against her account; 'were you definitely in' is a doubting question, not a real one"),
    dict(p=BE, s="heard", t="are you sure it wasn't like a pending payment cause those can show twice and then drop off", m="", v=["doubt"],
         n="doubting question with an explanation; no error pinned on her"),
    dict(p=VC, s="heard", t="that's that's strange we don't normally get delays on same day wires um did the instruction definitely go in that morning", m="", v=["doubt"],
         n="'definitely' makes it a doubting question, not a request for details"),
    dict(p=FT, s="heard", t="I'm sorry, that's rubbish for you. Are you sure it's the same fault? Sometimes it's a different part altogether.", m="E", v=["doubt"],
         n="no contrastive connective: the apology stands"),
    dict(p=BE, s="options", t="I'll refund the second charge today. The first one does look like a normal renewal on our side, though, so I'd need to check you really did cancel.", m="OC", v=["doubt"],
         n="the offer and commitment come before the doubt and are not cancelled"),
    dict(p=EE, s="heard", t="I understand the warehouse went down, but our monitoring had the platform up the whole time.", m="", v=["doubt"],
         n="'but' into doubt cancels the acknowledgement"),
    dict(p=MT, s="vent", t="mm are you sure it was booked for the morning though", m="", v=["doubt"],
         n="venting stage, but not a details request"),
    dict(p=None, s="heard", t="I'm sorry to hear that. Did you actually cancel, or did you just stop using it?", m="E", v=["doubt"],
         n="'actually' makes it a doubting question, not a real one; the apology before it stands"),
    dict(p=FT, s="heard", t="right so the engineer's notes say it was working fine when he left so um i'm not sure how it's gone again already", m="", v=["doubt"]),

    # ---------------------------------------------------------------- blame
    dict(p=LE, s="heard", t="yeah the courier we use for express is honestly a nightmare they- they lose stuff every week it's them not us", m="", v=["blame"]),
    dict(p=MT, s="heard", t="I'm so sorry. The installers are subcontracted, so really it's them who didn't turn up, not us.", m="E", v=["blame"],
         n="no contrastive connective: the apology stands"),
    dict(p=BE, s="heard", t="the chat team should never of told you it was fixed that's on them not me but i'll sort the refund for you now", m="OC", v=["blame"],
         n="'should never of' mis-hearing; the refund after the blame stands and 'now' makes it a commitment"),
    dict(p=VC, s="heard", t="The hold-up was at the correspondent bank, sir. Once it left us, it was out of our hands.", m="", v=["blame", "dismissal"]),
    dict(p=BE, s="heard", t="You cancelled through the app, and the app's known to be flaky for that, so really it's the system's fault.", m="", v=["blame"],
         n="fault put on 'the system'; the part-restatement only leads into it"),
    dict(p=MT, s="options", t="i can waive the fee and get you the eight o'clock slot honestly it was the dispatch lot who dropped the ball not the engineer", m="O", v=["blame"]),
    dict(p=LE, s="heard", t="Half the time it's the label. If you'd printed it properly it would've scanned at the hub.", m="", v=["blame", "correcting"],
         n="asserts the customer's fault (not a question) with 'if you'd'"),
    dict(p=EE, s="options", t="We'll apply the service credit for the quarter. For what it's worth, your own team's firewall change didn't help with the March outage.", m="O", v=["blame"]),
    dict(p=None, s="heard", t="i mean whose bright idea was it to send it the day before a bank holiday", m="", v=["blame", "insult"],
         n="rhetorical 'whose idea', sarcastic"),
    dict(p=VC, s="options", t="I'll reverse the transfer fee today. Your solicitor sent the completion details late, though, which is really where the two days went.", m="OC", v=["blame"]),
    dict(p=BE, s="heard", t="You're right, you did cancel, and I'm sorry. The overdraft fee is your bank's doing, not ours.", m="AE", v=["blame"],
         n="no connective: acknowledgement and apology stand beside the blame"),

    # ---------------------------------------------------------------- correcting
    dict(p=BE, s="heard", t="Actually, Margaret, a cancellation takes a full billing cycle to go through. It says so in the confirmation email.", m="", v=["correcting"]),
    dict(p=MT, s="heard", t="um technically the appointment window's more of a guide it's not like a guaranteed time or anything", m="", v=["correcting"]),
    dict(p=LE, s="heard", t="Just so you know, overnight express means next working day, not nine a.m. I'll still get a trace going for you.", m="O", v=["correcting"],
         n="trace offered without a time"),
    dict(p=EE, s="heard", t="yeah so the SLA's measured per month not per quarter so actually only one of those counts as a breach", m="", v=["correcting"]),
    dict(p=VC, s="heard", t="If you'd marked the transfer as urgent when you booked it, it would have gone through the priority queue.", m="", v=["correcting"]),
    dict(p=FT, s="heard", t="I do understand, but the warranty covers the repair, not the machine, if you'd read the paperwork.", m="", v=["correcting"],
         n="'but' cancels the acknowledgement"),
    dict(p=BE, s="options", t="I can refund both charges. Just to correct one thing, though: it was our chat adviser who told you it was fixed, not a manager.", m="O", v=["correcting"]),
    dict(p=MT, s="close", t="You're booked for eight on Friday. And next time, it's worth ringing us by ten if nobody's shown, rather than waiting till twelve.", m="OC", v=["correcting"],
         n="confirmed rebooking with a time; then educating her"),
    dict(p=FT, s="heard", t="i get that it's annoying but they're not really meant to go on the quick wash every day you know", m="", v=["correcting"],
         n="'but' cancels; implies misuse"),

    # ---------------------------------------------------------------- policy
    dict(p=LE, s="heard", t="i'm really sorry but claims have to go in through the online form i can't take them over the phone", m="", v=["policy"],
         n="'but' cancels the apology"),
    dict(p=MT, s="options", t="I can waive the installation fee. The month's credit is another matter, the system won't let me add it until the job's marked complete.", m="O", v=["policy"]),
    dict(p=VC, s="heard", t="so um compliance checks are mandatory on anything that size sir we can't skip them for anyone it's the process", m="", v=["policy"]),
    dict(p=EE, s="heard", t="Thank you for being so direct with us. Anything to do with the contract has to come to us in writing, I'm afraid.", m="G", v=["policy"]),
    dict(p=FT, s="options", t="look i'm sorry about the callback that's on us i can get the senior engineer out thursday anything past that you'll have to go through head office", m="AEO", v=["policy"],
         n="no contrastive connective: marks stand; 'I can … thursday' is an offer, not a commitment"),

    # ---------------------------------------------------------------- accusation
    dict(p=FT, s="heard", t="So your allegation is that the engineer never fixed it properly in the first place?", m="", v=["accusation"],
         n="court-room framing; not a real question"),
    dict(p=BE, s="heard", t="for the record i do have to note you're disputing a charge that you authorised", m="", v=["accusation", "correcting"]),
    dict(p=LE, s="heard", t="The scan history shows the parcel was handed in after the last collection, so it was never going to go overnight.", m="", v=["accusation", "correcting"],
         n="insisting on the customer's error through evidence (rule 10)"),
    dict(p=MT, s="heard", t="okay so just so i've got your version of events you're saying he didn't turn up on either day", m="", v=["accusation"],
         n="repeat-back framed as her version: not acknowledgement"),

    # ---------------------------------------------------------------- calm_down
    dict(p=None, s="vent", t="okay okay no need to get your knickers in a twist", m="", v=["calm_down", "insult"]),
    dict(p=EE, s="heard", t="Ms Ashcombe, I'll need you to lower your tone before we go any further.", m="", v=["calm_down"]),
    dict(p=BE, s="heard", t="margaret please just relax for one sec it's all gonna be fine i'm refunding both charges right now", m="OC", v=["calm_down"]),
    dict(p=LE, s="options", t="okay calm down a sec i can get a courier out today with the replacement parts does that help", m="OIQ", v=["calm_down"]),

    # ---------------------------------------------------------------- threat_back
    dict(p=EE, s="heard", t="If you want to bring your lawyers in, that's your call. The termination fees will still apply.", m="", v=["threat_back"]),
    dict(p=MT, s="heard", t="keep talking to me like that and i'll put the phone down i mean it", m="", v=["threat_back"]),
    dict(p=VC, s="heard", t="Sterling and Marsh are very welcome to you, sir.", m="", v=["threat_back", "insult"]),
    dict(p=LE, s="options", t="i can refund the express fee and that's your lot and if you wanna leave us a bad review go for it mate", m="O", v=["threat_back"]),

    # ---------------------------------------------------------------- non_apology
    dict(p=LE, s="heard", t="um we apologise for any inconvenience the delay may of caused you and your client", m="", v=["non_apology"],
         n="'may of' mis-hearing"),
    dict(p=FT, s="options", t="Sorry you're unhappy with the repairs. I can send a senior engineer out this week, or replace it with the same model and a two-year warranty. Which would you prefer?", m="OIQ", v=["non_apology"],
         n="time inside a choice: not a commitment"),
    dict(p=EE, s="heard", t="I'm sorry this quarter hasn't lived up to your expectations.", m="", v=["non_apology"]),
    dict(p=BE, s="close", t="well sorry if it's all been a bit of a hassle thanks for calling", m="G", v=["non_apology"]),

    # ---------------------------------------------------------------- over_promise
    dict(p=MT, s="options", t="look i'll just refund the whole lot and knock a year off your bill how's that", m="OIQ", v=["over_promise"],
         n="'how's that' checks acceptance"),
    dict(p=LE, s="commitment", t="The replacement parts will be at the restaurant by ten tomorrow, you have my word, and we'll cover whatever business you lose.", m="OC", v=["over_promise"],
         n="a delivery time the courier controls, and lost business"),
    dict(p=VC, s="options", t="I'll reverse the fee, and I'll have the chief executive ring you personally this week.", m="OC", v=["over_promise"]),
    dict(p=FT, s="heard", t="I promise you, this one won't break down on you again.", m="", v=["over_promise"],
         n="bare guarantee: no remedy"),
    dict(p=BE, s="commitment", t="Both charges are refunded as of now, and I'll make sure your bank takes the overdraft fee off as well.", m="OC", v=["over_promise"],
         n="a promise about what her bank will do"),

    # ---------------------------------------------------------------- premature_details
    dict(p=LE, s="vent", t="sorry to cut in can i just grab the tracking number off you", m="Q", v=["premature_details"]),
    dict(p=EE, s="vent", t="I hear you. What's the contract reference, please?", m="AQ", v=["premature_details"],
         n="a sincere bare 'I hear you' counts (rule 1); the reference request while venting is premature"),
    dict(p=VC, s="vent", t="right and um what's your date of birth sir just for security", m="Q", v=["premature_details"]),
    dict(p=FT, s="vent", t="oh no two weeks with no washer you poor thing have you got the serial number from inside the door", m="AEQ", v=["premature_details"]),

    # ---------------------------------------------------------------- clean: records, courier and limits without a fault
    dict(p=LE, s="heard", t="I've just looked at the tracking with you and you're right, there's nothing after collection at all. That's on us, not you.", m="A",
         n="tracking read out to agree with him: not doubt"),
    dict(p=LE, s="commitment", t="i'm gonna ring the courier's depot myself now and um i'll call you back before three with whatever they say", m="C",
         n="courier named as a step, not blamed"),
    dict(p=BE, s="heard", t="I can see the cancellation went in on the second, so you're quite right, neither of those payments should ever have been taken.", m="A",
         n="records confirm her account"),
    dict(p=VC, s="heard", t="i can see on the file the wire sat in a compliance queue for two days and nobody picked up the phone to you that's not good enough and i'm sorry", m="AE",
         n="says where it stuck without passing the blame"),
    dict(p=MT, s="options", t="A full refund isn't something I can sign off, I won't pretend otherwise. But the installation fee can go, I can add a month's credit, and I'll hold the eight o'clock slot for whichever day you pick. Which day suits you?", m="OIQ",
         n="honest obstacle, not a policy wall"),
    dict(p=EE, s="heard", t="You're right that the status page showed green while your warehouses were down. That shouldn't have happened and I'm not going to defend it.", m="A"),
    dict(p=FT, s="heard", t="so looking at the notes um it says a supervisor was meant to ring you monday and there's nothing after that so yeah your right we let you down there", m="A",
         n="records used to agree; 'your' for 'you're'"),
    dict(p=LE, s="options", t="The parts themselves are covered up to the standard limit, and I'll help you put that claim in. On top of that I can refund the express fee and send a same-day courier with replacements. Want me to start with the courier?", m="OIQ",
         n="states the liability limit without walling"),
    dict(p=EE, s="options", t="I can't release you from the contract, that's not within my authority and I won't pretend it is. What I can do is apply the full service credit for the quarter and give you a named account manager. Would that be a starting point for your board?", m="OIQ",
         n="honest obstacle"),
    dict(p=MT, s="heard", t="The system's got both visits down as 'no access', which obviously isn't what happened, so I'm getting that corrected.", m="A",
         n="records mentioned to take her side: not doubt"),

    # ---------------------------------------------------------------- clean: acknowledgement and empathy
    dict(p=None, s="heard", t="That sounds exhausting. How long has it been going on?", m="EQ"),
    dict(p=None, s="vent", t="mm-hm yeah", m=""),
    dict(p=MT, s="heard", t="Two mornings sat waiting and not so much as a text from us. I'd have been climbing the walls.", m="AE"),
    dict(p=BE, s="heard", t="oh margaret i- i'm so sorry being told it was sorted and then seeing it on your statement again that must have been awful", m="AE"),
    dict(p=FT, s="heard", t="so you've been hauling laundry to the laundromat with two little ones on top of everything that's so much extra on your plate i'm sorry", m="AE"),
    dict(p=VC, s="heard", t="Finding out from the seller's solicitor rather than from us, I can see why that stung. You should have heard it from us first.", m="AE"),
    dict(p=LE, s="heard", t="oh no so your client's been ringing you all morning and you've got nothing to tell them that's horrible", m="AE"),
    dict(p=MT, s="heard", t="I'm sorry. I know this isn't the first time you've had to ring us about it.", m="AE"),
    dict(p=VC, s="heard", t="Eleven years you've banked with us, and this is how we repay it. I'm genuinely sorry, sir.", m="AE"),
    dict(p=EE, s="heard", t="yeah you put your name on the line choosing us and we've made you look bad in front of your board i get that", m="A"),
    dict(p=LE, s="heard", t="that's put you in an awful position with the restaurant and none of it was your doing i'm really sorry", m="AE"),
    dict(p=FT, s="heard", t="I understand. The callback should have happened on Monday, and it didn't.", m="A"),
    dict(p=BE, s="heard", t="Taking it twice after you'd already cancelled, and on your pension too. That's just wrong, and I'm so sorry.", m="AE"),
    dict(p=MT, s="vent", t="no no go on take your time", m=""),

    # ---------------------------------------------------------------- clean: questions and gratitude
    dict(p=LE, s="heard", t="How are things with the restaurant now? Have they given you a deadline?", m="Q"),
    dict(p=EE, s="heard", t="Thank you for laying it out so clearly. What's your board most worried about at this point?", m="GQ"),
    dict(p=None, s="heard", t="uh huh and then what happened when you rang back", m="Q",
         n="invites more of the story"),
    dict(p=BE, s="heard", t="Margaret, has any of this affected your other payments? Rent, direct debits, anything like that?", m="Q"),
    dict(p=FT, s="heard", t="How many times has an engineer been out to it altogether?", m="Q"),
    dict(p=VC, s="heard", t="can i ask where the purchase stands now did it go through in the end", m="Q"),
    dict(p=None, s="heard", t="honestly thank you for ringing it in a lot of people wouldn't bother", m="G"),
    dict(p=None, s="close", t="thanks so much for bearing with me today honestly is there anything else i can do for you", m="GQ",
         n="ending check: question, not asks_input"),
    dict(p=EE, s="close", t="Thanks for staying on the line with me. Is there anything else your team needs from us before Friday?", m="GQ"),

    # ---------------------------------------------------------------- clean: remedies and choices
    dict(p=VC, s="options", t="so what i can do is reverse the fee on that transfer and um set you up with a senior banker on a direct line from now on would that be a good start", m="OIQ"),
    dict(p=FT, s="options", t="okay so there's two things i can do either a brand new one same model with the warranty taken up to two years or our senior engineer comes out this week and we leave you a loan machine which would be easier with the kids", m="OIQ"),
    dict(p=None, s="options", t="I can either refund it today or send a replacement out. Up to you, whatever's easiest.", m="OI",
         n="imperative invitation; 'I can … today' inside a choice is an offer"),
    dict(p=BE, s="options", t="Shall I send the cancellation confirmation by email, or would a letter be better for your records?", m="OIQ",
         n="'records' here is her paperwork; a choice about the written confirmation"),
    dict(p=MT, s="options", t="would a saturday work better for you then you wouldn't need to take any time off at all", m="OIQ",
         n="a rebooked slot is a remedy"),
    dict(p=VC, s="options", t="Would it help more to have a senior banker you can ring directly, or to have every transfer fast-tracked? I can do both if you'd like.", m="OIQ"),
    dict(p=EE, s="options", t="Which matters more to your board right now, the root-cause report by a fixed date or the service credit on this month's invoice? I can do both.", m="OIQ"),
    dict(p=None, s="options", t="Here's what I'd suggest, and tell me if it doesn't work for you: I'll credit the account today and post you a written confirmation.", m="OCI",
         n="'I'll … today' is a commitment; the imperative invitation is asks_input without a question"),

    # ---------------------------------------------------------------- clean: commitments
    dict(p=BE, s="commitment", t="Both refunds are going through now, the overdraft fee goes back with them, and written confirmation of your cancellation will be in tomorrow's post.", m="OC"),
    dict(p=EE, s="commitment", t="The root-cause report will be with you in writing by Thursday the nineteenth, and Priya, your new account manager, will ring you before noon tomorrow.", m="OC"),
    dict(p=MT, s="commitment", t="right that's the fee waived and the credit's on there now and you're first on the list for eight am thursday", m="OC"),
    dict(p=FT, s="commitment", t="Your new machine's on order as of this minute. It'll be delivered Saturday between eight and twelve, and I'll ring you Friday teatime to make sure it's still on.", m="OC"),
    dict(p=LE, s="commitment", t="refund's gone through on the express fee just now and the trace is open i'll ring you by five with whatever the depot's found", m="OC"),
    dict(p=VC, s="commitment", t="The fee reversal goes through this afternoon, and Tom Reeve, your senior banker, will email you his direct number within the hour.", m="OC"),
    dict(p=None, s="commitment", t="i'll email you the reference and then give you a ring back at two is that okay", m="CIQ",
         n="acceptance check on a callback: asks_input; no remedy named"),
    dict(p=VC, s="close", t="Thank you for giving us the chance to put this right, Mr Fairclough. I'll ring you on Friday morning to check the direct line is working for you.", m="GC"),
    dict(p=BE, s="close", t="thank you margaret honestly you've been so patient and um the letter confirming the cancellation goes out today", m="GOC",
         n="written confirmation is one of her allowed remedies"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "ab", Path(__file__).with_name("replies_extra27.jsonl"))
