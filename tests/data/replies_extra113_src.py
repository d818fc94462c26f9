"""Source of `replies_extra113.jsonl`: batch 113, "a week of calls", hand-labelled (tune split only).

A cross-section of what trainees say over an ordinary working week: all six personas and generic
replies, stages in the proportions a real call produces (many `heard` turns, then `options`, some
`vent`, `commitment` and `close`), trainees of every ability from nervous first-weekers to bored
veterans. About a third carry a fault (all twelve kinds, at least four of each, worded fresh),
about a fifth are very good replies, the rest ordinary. About half are styled like a Whisper
transcript. Written cold, one item at a time, from the label definitions and binding rules in
`README.md`, `/work/shared/METHOD.md` and the persona files only, without reading any labelled
reply or the judge's code.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra113.jsonl` next to it (ids dj0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # Monday
    dict(p=MT, s="vent", t="mm-hm", m=""),
    dict(p=MT, s="vent", t="okay so the tech didnt show up twice and nobody rang you, and you took the day off both times. yeah. go on", m="A",
         n="back-channel 'go on' after a real repeat-back; the repeat-back is acknowledge"),
    dict(p=LE, s="vent", t="can i just uh grab the tracking number off you first", m="Q", v=["premature_details"],
         n="request for details is a question, but asked while venting"),
    dict(p=EE, s="vent", t="Ms Ashcombe, I need you to lower your voice so we can get through this.", m="", v=["calm_down"]),
    dict(p=VC, s="vent", t="uh before we go any further can i just take your, um, your account number and date of birth for security", m="Q",
         v=["premature_details"]),
    dict(p=FT, s="vent", t="oh no. seven months old and it's died twice since the repair? and no callback on top of that. that's awful", m="AE",
         n="the '?' is an echo of her facts, not a question put to her"),
    dict(p=None, s="vent", t="I'm listening.", m="", n="back-channel (rule 13)"),
    dict(p=BE, s="vent", t="Okay, I hear you. Sorry, could I take the email address on the account before you carry on?", m="Q",
         v=["premature_details"], n="'I hear you' straight into a details request is not acknowledge; 'sorry' is politeness"),
    dict(p=MT, s="vent", t="look it's a broadband install, it's not the end of the world", m="", v=["dismissal"]),
    dict(p=LE, s="vent", t="yeah no i get it the parcels gone missing, tracking shows nothing since pick up, and your clients on your back about it", m="A"),
    dict(p=EE, s="vent", t="Third outage this quarter. Understood, and you're right to be angry about it.", m="AE"),
    dict(p=FT, s="vent", t="ok ok slow down, i cant help you if youre yelling", m="", v=["calm_down"]),
    dict(p=VC, s="vent", t="I see.", m=""),
    dict(p=BE, s="vent", t="oh margaret thats— twice? after you'd already cancelled? im so sorry", m="AE"),
    dict(p=EE, s="vent", t="sorry before you go on, which site is this and whats your contract id", m="Q", v=["premature_details"]),
    dict(p=MT, s="vent", t="[sighs] okay.", m="", v=["insult"], n="transcribed sigh (rule 12)"),

    # Monday afternoon, heard
    dict(p=MT, s="heard", t="I'm so sorry, Bernadette. Two mornings off work and nobody even picked up the phone to tell you. I'd be livid. Thank you for bearing with us.", m="AEG"),
    dict(p=MT, s="heard", t="yeah thats, thats really not on. you waited the whole window twice. um can i ask did you lose pay for those mornings", m="AQ",
         n="'really not on' agrees it was wrong (acknowledge) but names no feeling and is no apology"),
    dict(p=MT, s="heard", t="I understand how frustrating that is. It's the subcontractor who keeps missing these, not us.", m="AE", v=["blame"],
         n="no contrastive connective, so the marks stand beside the blame (rule 2)"),
    dict(p=MT, s="heard", t="thank you for sticking with us through all this, honestly, a lot of people would've just cancelled", m="G"),
    dict(p=MT, s="heard", t="Sorry if you felt nobody was listening.", m="", v=["non_apology"]),
    dict(p=MT, s="heard", t="so just so ive got it right, eight till twelve, twice, no call no text nothing, and you'd booked the day off both times. yeah. thats awful im sorry", m="AE"),

    dict(p=LE, s="heard", t="Marcus, I'm really sorry. You paid extra for overnight so it'd get there, and instead you've got nothing on the tracking and a client who's blaming you. That's a horrible spot to be in. How's your client taking it?", m="AEQ"),
    dict(p=LE, s="heard", t="so um is this for a restaurant job or like, how bad is it for you with the client", m="Q"),
    dict(p=LE, s="heard", t="itll be the courier partner, theyve had a like a nightmare week at the depot", m="", v=["blame"]),
    dict(p=LE, s="heard", t="Are you certain it was booked as overnight?", m="", v=["doubt"], n="doubting question, not a real question"),
    dict(p=LE, s="heard", t="yeah i totally get it man, your clients relying on you and we dropped it. thats on us", m="A",
         n="owning it is not an apology or a named feeling, so no empathise"),
    dict(p=LE, s="heard", t="thanks for being so patient with me while i pulled all this up", m="G"),
    dict(p=LE, s="heard", t="oh mate, thats— so its just you and your nephew? and this clients a third of your work? no wonder youre stressed out", m="AE",
         n="echo questions repeat his facts back; not questions put to him"),
    dict(p=LE, s="heard", t="wow ok, someones had their coffee this morning", m="", v=["insult"], n="sarcasm"),

    # Tuesday
    dict(p=EE, s="heard", t="Ms Ashcombe, you put your name behind us in front of your board and we've let you down three times. I'd be asking the same questions you are. I'm sorry. What is your board asking you for now?", m="AEQ"),
    dict(p=EE, s="heard", t="With respect, our logs show the second incident was within SLA tolerance.", m="", v=["correcting", "accusation"],
         n="insisting on the customer's error through evidence (rule 10)"),
    dict(p=EE, s="heard", t="right so, three outages, all three over the SLA, and the last one actually stopped the warehouse. ive got that. what did that cost you on the day, roughly", m="AQ"),
    dict(p=EE, s="heard", t="I appreciate you taking the time to lay it all out so clearly.", m="G"),
    dict(p=EE, s="heard", t="I completely understand why you're upset, but emailing the CEO won't get it fixed any faster.", m="", v=["correcting"],
         n="'but' into educating the customer cancels acknowledge and empathise"),
    dict(p=EE, s="heard", t="Your allegation that we hid the outage on the status page is something I'll have to pass on.", m="", v=["accusation"]),
    dict(p=EE, s="heard", t="I hear you. Three outages in one quarter is not what you signed up for.", m="A"),
    dict(p=EE, s="heard", t="i- im really sorry, i know you stood up for us with your board and weve made that really hard for you", m="AE"),
    dict(p=EE, s="heard", t="If you want to bring lawyers into it, that's your call. We have ours too.", m="", v=["threat_back"]),

    dict(p=VC, s="heard", t="Mr Fairclough, finding out from the seller's solicitor rather than from us, that's not how you should ever be treated. I'm very sorry. May I ask how things were left with the seller?", m="AEQ"),
    dict(p=VC, s="heard", t="yeah no thats, two days late on a completion is, i cant imagine how stressful that was", m="AE", n="rule 8: sympathy, not negation"),
    dict(p=VC, s="heard", t="If you're that unhappy, nobody's stopping you taking it all to Sterling and Marsh.", m="", v=["threat_back"]),
    dict(p=VC, s="heard", t="has the um, has the delay caused you any other problems i should know about", m="Q"),
    dict(p=VC, s="heard", t="Thank you for giving us the chance to put this right rather than just moving your money.", m="G"),
    dict(p=VC, s="heard", t="You had to ring the seller yourself and ask for more time. I'm sorry you were put in that position; warning you was our job.", m="AE",
         n="'sorry you' + the actual event is sincere (rule 7)"),
    dict(p=VC, s="heard", t="I understand, Mr Fairclough. So, for the record, your allegation is that nobody from the bank contacted you.", m="A", v=["accusation"],
         n="acknowledge stands (no 'but'); 'for the record' and 'allegation' are court-room language; a statement, not a question"),
    dict(p=VC, s="heard", t="could you give me the last four of the account so i can pull up the wire", m="Q",
         n="details request after venting: a question, no violation"),
    dict(p=VC, s="heard", t="I'm sorry you see it that way, Mr Fairclough.", m="", v=["non_apology"]),

    # Wednesday
    dict(p=FT, s="heard", t="oh god with a toddler and a baby?? two weeks without a washer, id be losing my mind honestly. im so sorry kelly. like how are you even coping with it all", m="AEQ"),
    dict(p=FT, s="heard", t="and nobody called you back monday like you were promised. thats our fault not yours and i- i apologise", m="AE"),
    dict(p=FT, s="heard", t="the machines usually really reliable tho, its odd it'd break twice like that", m="", v=["doubt"]),
    dict(p=FT, s="heard", t="Sounds like it's been a rough week. Sorry you're having a bad day.", m="", v=["non_apology"],
         n="bland opener names no real feeling; the apology is for her day, not the event"),
    dict(p=FT, s="heard", t="how've you been managing with the washing in the meantime", m="Q"),
    dict(p=FT, s="heard", t="to be honest the repair teams a different department, i cant really speak for them", m="", v=["dismissal"]),
    dict(p=FT, s="heard", t="Thank you for telling me about the laundromat, I didn't know that. Ninety dollars on top of everything is a lot.", m="GA"),

    dict(p=BE, s="heard", t="Margaret, I've got it: you cancelled, we charged you twice anyway, your bank hit you with an overdraft fee, and then our chat told you it was sorted when it wasn't. I'm so sorry, and thank you for being so patient with us.", m="AEG"),
    dict(p=BE, s="heard", t="um yeah so the chat agent probably just, like, didnt process it properly, thats on them not me", m="", v=["blame", "dismissal"]),
    dict(p=BE, s="heard", t="Thank you for telling me about the chat conversation, that really helps.", m="G"),
    dict(p=BE, s="heard", t="On a pension, too. That must have been such a worry.", m="E"),
    dict(p=BE, s="heard", t="i do apologise for any inconvenience this may of caused", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="oh the rent as well? margaret im so sorry. that shouldnt of happened, none of it", m="AE"),
    dict(p=BE, s="heard", t="Nine years with us, and this is how we've treated you. I'm genuinely sorry.", m="AE"),
    dict(p=BE, s="heard", t="are you sure it was us and not like another subscription", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="Could I take your postcode so I can find the account?", m="Q", n="details after venting: no violation"),
    dict(p=BE, s="heard", t="Margaret, please, just relax, it's only a subscription.", m="", v=["calm_down", "dismissal"]),
    dict(p=BE, s="heard", t="you can go to the ombudsman if you want, doesnt bother me", m="", v=["threat_back"]),
    dict(p=BE, s="heard", t="I'm sorry about the charges, Margaret. You'll need to put the overdraft fee claim in writing to our billing team.", m="E",
         v=["policy"], n="no 'but', so the apology stands beside the policy wall"),

    # Thursday, generic heard
    dict(p=None, s="heard", t="id be furious too honestly", m="E"),
    dict(p=None, s="heard", t="you're right, that should never have happened", m="A"),
    dict(p=None, s="heard", t="okay well there's no need to get personal", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="You're being completely unreasonable.", m="", v=["insult"]),
    dict(p=None, s="heard", t="I get it.", m="A", n="bare sincere 'I get it' (rule 1)"),
    dict(p=None, s="heard", t="thank you for calling about this, i know its not how you wanted to spend your afternoon", m="GE",
         n="validating the lost afternoon counts as empathise"),
    dict(p=None, s="heard", t="yeah i can hear how upset you are and honestly fair enough", m="AE"),
    dict(p=None, s="heard", t="whats been the worst part of all this for you", m="Q"),
    dict(p=None, s="heard", t="uh huh, uh huh. ok", m=""),
    dict(p=None, s="heard", t="I'm sorry. That's not okay, and it shouldn't have happened to you. Can you tell me a bit more about what happened after that?", m="AEQ"),
    dict(p=None, s="heard", t="Let me make sure I've got this right: it went to the wrong address, and nobody's been able to tell you where it is now?", m="AQ"),
    dict(p=None, s="heard", t="to be fair the bank shouldve flagged the overdraft before letting the payment go through", m="", v=["blame"]),
    dict(p=None, s="heard", t="hm thats never happened before, you sure?", m="", v=["doubt"]),
    dict(p=None, s="heard", t="For the record, you did agree to those terms when you signed up.", m="", v=["accusation", "correcting"]),
    dict(p=None, s="heard", t="if you keep swearing at me im going to end this call", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="I hear you, and I'm sorry. Unfortunately that's company policy and I can't change it.", m="AE", v=["policy"],
         n="'unfortunately' is not a contrastive connective leading the marks into the violation here; marks stand (rule 2)"),
    dict(p=None, s="heard", t="well thanks for that essay", m="", v=["insult"], n="sarcastic thanks is not gratitude"),
    dict(p=None, s="heard", t="Sorry, could you spell your surname for me?", m="Q", n="'sorry' is politeness"),

    # options
    dict(p=MT, s="options", t="Here's what I can do: I'll waive the installation fee, put a month's credit on your account, and book you the eight a.m. first slot. Would Thursday or Friday suit you better?", m="OIQ",
         n="no time on the steps themselves; the days are a choice, so no commitment"),
    dict(p=MT, s="options", t="so um i can refund everything youve paid so far and like, give you three months free on top, would that help", m="OIQ",
         v=["over_promise"]),
    dict(p=MT, s="options", t="I can't do a full refund, I'm sorry, but what I can do is waive the fee and add a month's credit.", m="O",
         n="'sorry' apologises for the refusal; honest obstacle, not policy"),
    dict(p=MT, s="options", t="the system wont let me do refunds on installs so", m="", v=["policy"]),
    dict(p=MT, s="options", t="I could put in a guaranteed eight o'clock slot for you, first job of the day, so there's no window to sit through. How does that sound?", m="OIQ"),

    dict(p=LE, s="options", t="I can get a same-day courier to take replacement parts to your client at our cost, refund the express fee, and open a trace on the original. Which do you want me to start with?", m="OIQ"),
    dict(p=LE, s="options", t="ok so what i can do is uh refund the express and um, well cover whatever business you lose with this client, dont worry about that", m="O",
         v=["over_promise"]),
    dict(p=LE, s="options", t="what would actually help you most right now, getting the parts over there today or sorting out the money side first", m="OIQ",
         n="choice containing a same-day delivery remedy"),
    dict(p=LE, s="options", t="I can raise a claim for the goods up to the standard liability limit alongside the express refund. I know it won't cover everything.", m="O"),

    dict(p=EE, s="options", t="I can apply the full SLA service credit for this quarter, assign you a named account manager, and commit to a written root-cause report. Is there anything else you'd want on that list?", m="OIQ",
         n="'commit to' with no date is not commitment"),
    dict(p=EE, s="options", t="Releasing you from the contract isn't something I can authorise, I'll be honest with you. What I can do is put this quarter's service credit through and get you a named account manager.", m="O"),
    dict(p=EE, s="options", t="I can guarantee you there'll be no more downtime this year.", m="", v=["over_promise"], n="bare guarantee (rule 5)"),
    dict(p=EE, s="options", t="if you wanna terminate youll need to go through the formal notice procedure, in writing", m="", v=["policy"]),
    dict(p=EE, s="options", t="so the service credit for the quarter, thats yours, ill sort that. and then what would you want to see in the root cause report so it actually helps with your board", m="OIQ"),

    dict(p=VC, s="options", t="I'd like to reverse the transfer fees, give you a direct line to Claire Davenport, one of our senior relationship bankers, and switch your accounts to same-day transfers. Would that go some way to putting this right?", m="OIQ"),
    dict(p=VC, s="options", t="um so i can do, uh, no fees on any of your accounts for the year and ill get the chief exec to give you a ring personally", m="O",
         v=["over_promise"]),
    dict(p=VC, s="options", t="What would you need from us to feel confident keeping your portfolio here?", m="IQ"),
    dict(p=VC, s="options", t="We can't just waive fees because a client's unhappy, Mr Fairclough. It doesn't work like that.", m="", v=["policy"]),
    dict(p=VC, s="options", t="There's a couple of things. Fee reversal on the wire, and going forward your transfers jump the queue, same day. Which matters more to you?", m="OIQ"),

    dict(p=FT, s="options", t="So there's two ways we can go. A brand new one, same model, with the warranty pushed out to two years, or a senior engineer out this week with a loan machine while yours is fixed. Which would be easier for you with the little ones?", m="OIQ"),
    dict(p=FT, s="options", t="I can't do a refund, that's not something I'm able to authorise, but I can replace it with the same model and extend the warranty.", m="O"),
    dict(p=FT, s="options", t="well send a senior engineer out and i promise you it will never break down again after that", m="O", v=["over_promise"]),
    dict(p=FT, s="options", t="would a loan machine help in the meantime? i can get one dropped off while the senior engineer sorts yours out this week", m="OIQ",
         n="'this week' is part of the offer, not a commitment"),
    dict(p=FT, s="options", t="I'm sorry it's broken again. I can send a senior engineer this week with a loan machine. If you'd been using the right detergent it might not have happened, mind.", m="EO",
         v=["correcting"], n="marks come before the violation, no contrastive connective"),

    dict(p=BE, s="options", t="I can refund both charges and reimburse your overdraft fee, and send you written confirmation the subscription's cancelled. Would you like that by email or by post?", m="OIQ"),
    dict(p=BE, s="options", t="so um the refund for both charges i can do, and the overdraft fee as well, is that ok with you", m="OIQ"),
    dict(p=BE, s="options", t="the best i can do is refund one of the charges, the other ones inside the billing cycle so technically it was owed", m="O", v=["correcting"]),
    dict(p=BE, s="options", t="Would it help if I put the cancellation confirmation in writing for you, so you've got proof?", m="OIQ"),

    dict(p=None, s="options", t="I can offer you a refund or a replacement, whichever you'd prefer.", m="OI",
         n="imperative-style invitation, no question put"),
    dict(p=None, s="options", t="there's no option for compensation on this one, sorry", m="",
         n="honest obstacle, no remedy offered; 'sorry' for a refusal is not empathise"),
    dict(p=None, s="options", t="If you've got a better idea of what would put this right, I'm all ears.", m="I"),
    dict(p=None, s="options", t="i cant do that one but heres what i can do, um, a replacement sent out to you today", m="O",
         n="offer inside a proposal; 'today' is part of the offer"),

    # Friday: commitment and close
    dict(p=MT, s="commitment", t="The fee's waived as of now, the credit goes on your account today, and the engineer's booked for eight a.m. Thursday. I'll call you by five this afternoon to confirm his name. Does Thursday still work for you?", m="OCIQ"),
    dict(p=MT, s="commitment", t="ok so ill get someone to call you back at some point about the appointment", m="", n="vague time, no commitment"),
    dict(p=MT, s="commitment", t="right the eight am slot on thursday is booked in now and its flagged as guaranteed, ill text you the confirmation in the next ten minutes", m="OC"),
    dict(p=LE, s="commitment", t="I've booked the courier. The driver will collect from your unit within the hour, and I'll text you his details in the next fifteen minutes. Is the unit still the one on Mill Lane?", m="OCQ"),
    dict(p=LE, s="commitment", t="trace is open, ill ring you by four with whatever they find and the express fee's going back on your card today", m="OC"),
    dict(p=LE, s="commitment", t="I can promise you the replacement parts will be with your client by ten tomorrow morning, guaranteed.", m="OC", v=["over_promise"],
         n="guarantees a delivery time the courier controls; still a step with a time"),
    dict(p=LE, s="commitment", t="That's the courier's mess, not ours, but I'll refund your express fee today.", m="OC", v=["blame"],
         n="marks after the violation stand (rule 2)"),
    dict(p=EE, s="commitment", t="You'll have the root-cause report in writing by Friday the twentieth, and your account manager, Priya Nair, will call you before noon tomorrow. Thank you for giving us the chance to fix this.", m="OCG"),
    dict(p=EE, s="commitment", t="ill get that report over to you soon, as soon as engineering finish up", m="O", n="report is a remedy; 'soon' is no time"),
    dict(p=EE, s="commitment", t="ill email you a summary of everything weve agreed before five today", m="C"),
    dict(p=VC, s="commitment", t="I'm reversing the fees now, while we're on the phone. Claire will ring you by ten tomorrow with her direct line. Is ten convenient for you?", m="OCIQ"),
    dict(p=VC, s="commitment", t="right so thats all done, the fees are reversed and um the same day transfers are switched on from today, youll get a letter confirming it", m="OC"),
    dict(p=FT, s="commitment", t="The replacement's ordered. It'll be delivered and installed Saturday morning between eight and twelve, and I'll text you the warranty details within the hour. Thanks for sticking with us, Kelly.", m="OCG"),
    dict(p=FT, s="commitment", t="ill call you friday at four myself, just to make sure the delivery slots still good for you", m="C"),
    dict(p=BE, s="commitment", t="Both refunds and the overdraft fee will be back in your account by Thursday, and I'm posting the cancellation letter this afternoon. Is there anything else I can help with today?", m="OCQ"),
    dict(p=BE, s="commitment", t="ok margaret so the refunds going through now, should be with you in three to five working days. and ill send the cancellation confirmation by email today", m="OC"),
    dict(p=None, s="commitment", t="I'll call you back by four o'clock today with an update.", m="C"),
    dict(p=None, s="commitment", t="im escalating this to my manager right now and uh shell be in touch within the hour", m="C", n="escalation is commitment only (rule 4)"),
    dict(p=None, s="commitment", t="ill get back to you tomorrow", m="C"),
    dict(p=None, s="commitment", t="Someone will be in touch.", m="", n="no time, no concrete step"),

    dict(p=MT, s="close", t="Thank you for giving us another chance, Bernadette. I'll ring you Thursday after the visit to check it's all working. Anything else I can help with today?", m="GCQ"),
    dict(p=MT, s="close", t="sorry for any inconvenience and have a nice day", m="", v=["non_apology"]),
    dict(p=LE, s="close", t="cheers for bearing with me marcus, honestly. anything else i can do for you", m="GQ", n="ending check: question, not asks_input"),
    dict(p=EE, s="close", t="Thank you for raising this so directly. I'll follow up once you've had the report, to make sure it answers your board's questions.", m="G",
         n="follow-up tied to an event, not a time"),
    dict(p=VC, s="close", t="Thank you, Mr Fairclough. Is there anything else at all I can do for you today?", m="GQ"),
    dict(p=FT, s="close", t="ok well thats everything then. bye", m=""),
    dict(p=BE, s="close", t="Thank you for your patience, Margaret. I'm sorry again that it took two calls to get here.", m="GE"),
    dict(p=None, s="close", t="was there anything else", m="Q"),
    dict(p=None, s=None, t="uh so yeah, um, sorry, im- im new, let me just, hang on", m="", n="apology for the agent's own fumbling, not for the event"),
    dict(p=None, s=None, t="I'm sorry we let you down, and thank you for telling us. What would make this right for you?", m="EGIQ"),
]

write_batch(ITEMS, "dj", Path(__file__).with_name("replies_extra113.jsonl"))
