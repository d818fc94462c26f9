"""Source of `replies_extra88.jsonl`: a cold-written cross-section of whole calls (tune split only).

Batch 88. For each of the six personas and for a generic call, about twenty replies run through one
imagined call from the vent to the close (vent, heard, options, commitment, close), each reply said by
a different trainee on a different day, so the quality jumps about the way it does in a training room:
the nervous, the scripted, the bored, the defensive, the warm, the veteran. About four in ten carry a
fault, each of the twelve kinds at least three times; short back-channels sit beside long run-ons, and
about half are styled like Whisper transcripts. Written cold, one item at a time, from the label
definitions and rules in README.md, the method and the persona files alone, without reading any
labelled reply or the judge's code.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra88.jsonl` next to it (ids ck0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician: Bernadette, broadband install missed twice ---
    dict(p=MT, s="vent", t="mm... okay, I'm- I'm listening, go on", m="",
         n="back-channel while she vents: no mark, no fault"),
    dict(p=MT, s="vent", t="can i just grab your account number first so i can pull up the booking", m="Q",
         v=["premature_details"]),
    dict(p=MT, s="vent",
         t="So he didn't turn up on either day, nobody rang you, and you sat there the full eight till "
           "twelve both times. That's not on.", m="A"),
    dict(p=MT, s="vent", t="right well the system shows the engineer did attempt the visit on the fourteenth so",
         m="", v=["doubt"]),
    dict(p=MT, s="heard",
         t="oh god two whole days off work and nobody even phoned you, id be livid honestly, im so sorry",
         m="AE"),
    dict(p=MT, s="heard",
         t="i hear you, you lost two mornings for nothing. did that um did that cost you pay wise, like are "
           "you paid by the hour or", m="AQ",
         n="'I hear you' followed by what went wrong, then a question about the impact"),
    dict(p=MT, s="heard",
         t="I understand you're upset, but the technicians are contractors, they're not actually our staff.",
         m="", v=["blame"], n="'but' leads straight into blaming the contractor: acknowledge cancelled"),
    dict(p=MT, s="heard", t="Sorry for any inconvenience caused, Mrs Kowalski.", m="", v=["non_apology"]),
    dict(p=MT, s="options",
         t="Right, here's what I can do. I'll waive the installation fee, put a month's credit on the "
           "account, and book you the eight o'clock slot, first of the day. Does that sound alright?",
         m="OIQ", n="'I'll waive' with no time: options, not commitment"),
    dict(p=MT, s="options",
         t="look i can refund you everything youve paid and pay you back for the two days off, thats only fair",
         m="O", v=["over_promise"]),
    dict(p=MT, s="options", t="um so theres the eight am slot on thursday or friday, which ones better for you",
         m="OIQ", n="choice between rebooked first-slot visits"),
    dict(p=MT, s="options", t="You'll have to put a formal complaint in writing for a refund. That's the process.",
         m="", v=["policy"]),
    dict(p=MT, s="options",
         t="honestly a full refund isn't something I can authorise, I'll be straight with you, but I can waive "
           "the fee and credit a month. would that help at all?", m="OIQ",
         n="honest obstacle, not a policy wall"),
    dict(p=MT, s="commitment",
         t="ok so thats the fee waived and the credit going on today and im booking thursday 8am right now for you",
         m="OC"),
    dict(p=MT, s="commitment",
         t="I've put the eight o'clock slot on Thursday in, flagged as guaranteed, and the credit'll be on your "
           "account by tonight.", m="OC"),
    dict(p=MT, s="commitment", t="(laughs) I mean it's broadband, it's not a kidney transplant", m="",
         v=["insult", "dismissal"], n="laughing it off answers her in kind and minimises the problem"),
    dict(p=MT, s="commitment",
         t="you'll get a text with the engineers name by five today and ill ring you tomorrow morning just to "
           "double check its all still on", m="C"),
    dict(p=MT, s="commitment",
         t="well if you'd picked the all-day window instead you wouldn't of had this problem", m="",
         v=["correcting"]),
    dict(p=MT, s="close",
         t="Thanks so much for bearing with us, Bernadette, and for giving us another go. Is there anything "
           "else I can help with today?", m="GQ", n="ending check: question, not asks_input"),
    dict(p=MT, s="close",
         t="cheers for your patience and uh sorry again about the mornings you lost. ill call thursday after "
           "the visit", m="GEC"),

    # --- lost-express: Marcus, overnight parcel of parts lost ---
    dict(p=LE, s="vent", t="yeah yeah i get it, whats the tracking number", m="Q", v=["premature_details"],
         n="'I get it' straight into a request for details: not acknowledge (rule 13)"),
    dict(p=LE, s="vent", t="Mm-hm.", m=""),
    dict(p=LE, s="vent",
         t="you paid for overnight and theres nothing on the tracking since it was collected and now your "
           "customers on your back, thats a horrible spot to be in", m="AE"),
    dict(p=LE, s="vent", t="Sir, there's no need to shout at me.", m="", v=["calm_down"]),
    dict(p=LE, s="vent", t="oh no. oh thats awful, im so sorry marcus", m="E"),
    dict(p=LE, s="heard", t="honestly parcels go missing all the time mate, its a busy network", m="",
         v=["dismissal"]),
    dict(p=LE, s="heard",
         t="I'm really sorry. You trusted us with parts your client needed and we let you both down. How's "
           "your client taking it?", m="AEQ"),
    dict(p=LE, s="heard", t="thats the courier subcontractor, they do the last leg, not us", m="", v=["blame"]),
    dict(p=LE, s="heard",
         t="god that's- a third of your work? okay. I'm sorry, that's a lot riding on one parcel", m="AE"),
    dict(p=LE, s="options",
         t="Here's what I can do: refund the express fee, open a trace on the parcel, and send a same-day "
           "courier with replacement parts at our cost. Want me to start with the courier?", m="OIQ"),
    dict(p=LE, s="options", t="we'll cover whatever business you lose from this, don't worry about that", m="O",
         v=["over_promise"]),
    dict(p=LE, s="options",
         t="so uh i can do the trace and refund the express bit, or- or get a courier out same day for the new "
           "parts, um, whatever works best for you really", m="OI",
         n="imperative invitation: asks_input without a question"),
    dict(p=LE, s="options",
         t="The goods are only covered up to the standard liability limit. It's in the terms you agreed to when "
           "you booked.", m="", v=["correcting"]),
    dict(p=LE, s="commitment",
         t="Booking the courier now. You'll have the driver's details by text within fifteen minutes, and the "
           "express refund goes through today.", m="OC"),
    dict(p=LE, s="commitment", t="i guarantee the parts'll be with your client by two o clock, you have my word",
         m="C", v=["over_promise"],
         n="a delivery time the courier controls, promised with a time: commitment + over_promise"),
    dict(p=LE, s="commitment", t="I'll chase the trace and call you back by four with whatever I've got.", m="C"),
    dict(p=LE, s="commitment", t="look mate if you keep swearing at me im gonna end this call", m="",
         v=["threat_back"]),
    dict(p=LE, s="close",
         t="thank you for sticking with me on this marcus, really appreciate it, and good luck with the "
           "restaurant", m="G"),
    dict(p=LE, s="close", t="Anything else I can do for you today, Marcus?", m="Q"),

    # --- escalated-exec: Eleanor, third SLA-breaching outage ---
    dict(p=EE, s="vent", t="I see. Go on, please.", m="", n="filler and back-channel"),
    dict(p=EE, s="vent",
         t="before we go any further can I just confirm the contract reference and your company ID", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="vent",
         t="so three outages this quarter, every one over the SLA, your warehouse stopped dead on monday, and "
           "youve had to go to our CEO to get anyone to listen. i understand.", m="A"),
    dict(p=EE, s="vent",
         t="For the record, Ms Ashcombe, our logs show the outage lasted forty minutes, not six hours.", m="",
         v=["accusation", "correcting"], n="insisting on her error through evidence (rule 10)"),
    dict(p=EE, s="vent", t="ok ok calm down, lets take this one step at a time", m="", v=["calm_down"]),
    dict(p=EE, s="heard",
         t="I'm sorry. You've had your whole operation stop three times in one quarter because of us, and in "
           "your place I'd be asking exactly the same questions.", m="AE"),
    dict(p=EE, s="heard",
         t="i mean its a shared platform, outages happen to every provider, its not just you", m="",
         v=["dismissal"]),
    dict(p=EE, s="heard",
         t="that mustve been awful, standing in front of your board without an answer. how are they feeling "
           "about it now", m="AEQ"),
    dict(p=EE, s="heard",
         t="Look, if you want to cancel, that's your call. Go ahead and get your lawyers involved, we've got ours.",
         m="", v=["threat_back"]),
    dict(p=EE, s="options",
         t="What I can put on the table is the full SLA service credit for this quarter, a named account "
           "manager, and a written root-cause report. Which of those matters most to you?", m="OIQ"),
    dict(p=EE, s="options", t="we can let you out of the contract, no penalty, if thats what you want", m="O",
         v=["over_promise"]),
    dict(p=EE, s="options",
         t="um, so, I- I'll be honest, releasing the contract isnt something I can do. what I can do is the "
           "service credit and a proper root cause report. what would make this right for your board?",
         m="OIQ"),
    dict(p=EE, s="options", t="Our system doesn't allow credits over the SLA cap, so that's all I can give you.",
         m="", v=["policy"]),
    dict(p=EE, s="commitment",
         t="Root-cause report in writing by Friday the twentieth. Your account manager, Priya Shah, will call "
           "you before noon tomorrow, and I'll confirm all of it by email before five today.", m="OC"),
    dict(p=EE, s="commitment",
         t="we'll get the report over to you at some point next week-ish, i'll chase it", m="O",
         n="'at some point … -ish' is too vague for commitment; the report itself is the remedy"),
    dict(p=EE, s="commitment", t="and I can promise you there'll be zero downtime from here on", m="",
         v=["over_promise"], n="bare guarantee: no options"),
    dict(p=EE, s="commitment",
         t="Thanks for giving us the chance to put this right. I'll send the credit note over by end of day.",
         m="OGC"),
    dict(p=EE, s="close", t="ok thank you for your time", m="G", n="flat, but thanks aimed at her"),
    dict(p=EE, s="close",
         t="I'll ring you once you've had a chance to read the report, make sure it answers what your board "
           "needs. Anything else before I let you go?", m="Q",
         n="'once you've read it' is no time: no commitment; ending check is question only"),

    # --- vip-client: Julian, wire two days late for a house completion ---
    dict(p=VC, s="vent", t="Mr Fairclough I do apologise, can I just take your account number and security answer",
         m="Q", v=["premature_details"], n="'I do apologise' is a politeness lead-in to the request: not empathise"),
    dict(p=VC, s="vent",
         t="two days late on a completion, and you found out from the seller's solicitor and not from us. yeah. "
           "thats- I understand", m="A"),
    dict(p=VC, s="vent", t="*sighs* okay, what is it you want me to do exactly", m="", v=["insult"],
         n="sigh and exasperated question: answering in kind, not a real asks_input"),
    dict(p=VC, s="vent",
         t="With respect, sir, international transfers can take up to three working days. That's in the terms "
           "of the account.", m="", v=["correcting"]),
    dict(p=VC, s="vent",
         t="you're right, you should have heard it from us first, not from the other side. that's on us", m="A"),
    dict(p=VC, s="heard", t="well the delay was at the correspondent bank, not us, so", m="", v=["blame"]),
    dict(p=VC, s="heard",
         t="Hearing it from the seller's solicitor, with the house slipping away, I'd have been furious. I'm "
           "very sorry, Mr Fairclough.", m="AE"),
    dict(p=VC, s="heard", t="im sorry you feel we've let you down", m="", v=["non_apology"]),
    dict(p=VC, s="heard",
         t="noted, but for the record sir our notes show the delay was flagged to your office on the thursday",
         m="", v=["accusation", "correcting"], n="evidence against his account of events (rule 10)"),
    dict(p=VC, s="heard",
         t="honestly sir if you're not happy there's nothing stopping you moving to sterling and marsh", m="",
         v=["threat_back"]),
    dict(p=VC, s="options",
         t="What I can do is reverse the transfer fees, give you a direct line to a named senior relationship "
           "banker, and switch your accounts to same-day transfers. Which would you like me to start with?",
         m="OIQ"),
    dict(p=VC, s="options",
         t="we'll waive all the fees on your accounts for the year and ill get the CEO to call you personally",
         m="O", v=["over_promise"]),
    dict(p=VC, s="options",
         t="i cant get you a call from the chief exec, thats not something i can authorise, but i can set you "
           "up with claire davenport, senior banker, direct line. would that be useful", m="OIQ"),
    dict(p=VC, s="options", t="So what would you like to see from us?", m="IQ"),
    dict(p=VC, s="commitment",
         t="fees reversed this afternoon, claire will ring you by ten tomorrow with her direct line, and the "
           "same day transfers are on from tonight", m="OC"),
    dict(p=VC, s="commitment", t="It'll get done, don't worry. Someone will be in touch.", m="",
         n="no time and no remedy named"),
    dict(p=VC, s="commitment",
         t="shall I put all that in an email to you as well so you've got it in writing", m="IQ",
         n="asks permission; no question mark"),
    dict(p=VC, s="close",
         t="Thank you for telling us, Mr Fairclough. It helps us get this right for everyone. I'll check in "
           "with you on Friday.", m="GC"),
    dict(p=VC, s="close", t="right are you done now? good", m="", v=["insult"]),

    # --- failed-twice: Kelly, washing machine broken twice, no callback ---
    dict(p=FT, s="vent", t="Kelly, I need you to settle down so I can help you.", m="", v=["calm_down"]),
    dict(p=FT, s="vent", t="thats strange though, that model hardly ever has problems", m="", v=["doubt"]),
    dict(p=FT, s="vent",
         t="seven months old and its gone twice since we fixed it, and then that callback on monday never "
           "came? no wonder youre fuming", m="AE"),
    dict(p=FT, s="vent", t="whats the serial number on the machine, its on the inside of the door", m="Q",
         v=["premature_details"]),
    dict(p=FT, s="heard",
         t="have you been using the right detergent though? a lot of the time its the wrong powder that does it",
         m="", v=["blame", "correcting"], n="puts the fault on her and lectures her about powder"),
    dict(p=FT, s="heard",
         t="two weeks with no washer, and a toddler and a baby? oh my god. I'm so sorry, that's a mountain of "
           "washing", m="AE"),
    dict(p=FT, s="heard",
         t="I'm sorry, the supervisor should have called you on Monday, and they didn't. That's on us.", m="AE",
         n="owning the missed callback, not deflecting it: no blame"),
    dict(p=FT, s="heard", t="and how have you been managing the washing in the meantime?", m="Q"),
    dict(p=FT, s="heard", t="well they do break sometimes, its a machine", m="", v=["dismissal"]),
    dict(p=FT, s="options",
         t="I can replace it with a brand new one of the same model and extend the warranty to two years, or "
           "get a senior engineer out this week with a loan machine till it's fixed. Which would suit you "
           "better?", m="OIQ", n="'this week' inside a choice: not commitment"),
    dict(p=FT, s="options",
         t="ill upgrade you to the new model for free and throw in a refund for the laundromat", m="O",
         v=["over_promise"]),
    dict(p=FT, s="options", t="We can't offer a refund, I'm afraid. That's just company policy.", m="",
         v=["policy"]),
    dict(p=FT, s="options",
         t="um so the replacement, same model, two year warranty, that one means no more engineers. or the "
           "senior engineer. up to you", m="OI"),
    dict(p=FT, s="commitment",
         t="Right, I'm ordering the replacement now. Delivery and install Saturday, eight till twelve, and "
           "you'll get a text confirmation within the hour.", m="OC"),
    dict(p=FT, s="commitment", t="i promise you this machine will never break down again", m="",
         v=["over_promise"]),
    dict(p=FT, s="commitment", t="I'll call you myself Friday at four to confirm, and this time I actually will.",
         m="C"),
    dict(p=FT, s="commitment",
         t="is saturday morning okay for you or would the afternoon be easier with the kids", m="OIQ",
         n="choosing the slot for the replacement visit: a scheduled visit counts as options"),
    dict(p=FT, s="close",
         t="thank you for being so patient with us kelly, honestly youve been really good about it", m="G"),
    dict(p=FT, s="close", t="okay well sorry if youve had a bad experience, bye", m="", v=["non_apology"]),

    # --- billing-error: Margaret, charged twice after cancelling ---
    dict(p=BE, s="vent", t="I'm listening, Mrs Ellison. Take your time.", m="", n="back-channel"),
    dict(p=BE, s="vent",
         t="so youd cancelled, and we still took it twice, and that sent you into your overdraft with a fee on "
           "top. and our chat told you it was sorted. right. ive got that", m="A"),
    dict(p=BE, s="vent",
         t="Well, technically the cancellation only takes effect at the end of the billing cycle.", m="",
         v=["correcting"]),
    dict(p=BE, s="vent", t="can i get the last four digits of the card please", m="Q", v=["premature_details"]),
    dict(p=BE, s="vent", t="madam you're going to have to stop talking over me", m="", v=["calm_down"]),
    dict(p=BE, s="heard",
         t="Being told it was fixed and then finding it wasn't, on a pension... I'm so sorry. I'd be upset too.",
         m="AE"),
    dict(p=BE, s="heard",
         t="the chat team arent billing, they shouldnt of told you that, thats on them not me", m="",
         v=["blame"]),
    dict(p=BE, s="heard",
         t="are you certain it was charged twice? sometimes a pending payment shows up and then drops off", m="",
         v=["doubt"], n="the explanation serves the doubt"),
    dict(p=BE, s="heard",
         t="Just so I'm clear on your accusation, the first charge went out on the third?", m="Q",
         v=["accusation"], n="court-room word, but the date check is a real request for details"),
    dict(p=BE, s="heard", t="how long have you been with us, if you dont mind me asking", m="Q"),
    dict(p=BE, s="heard", t="oh nine years! thank you for sticking with us that long, genuinely", m="G"),
    dict(p=BE, s="options",
         t="I can refund both charges today and reimburse the overdraft fee, and send you written confirmation "
           "the subscription's cancelled. Would you like that by email or by post?", m="OIQ",
         n="'I can … today' inside a proposal: options, not commitment"),
    dict(p=BE, s="options", t="and ill throw in three free months for the trouble", m="O", v=["over_promise"]),
    dict(p=BE, s="options", t="and I'll get on to your bank and make sure they drop their fee as well", m="O",
         v=["over_promise"], n="a promise about what her bank will do"),
    dict(p=BE, s="options",
         t="I'm sorry you feel that way, but the overdraft fee is your bank's charge, not ours.", m="",
         v=["non_apology", "blame"]),
    dict(p=BE, s="commitment",
         t="So that's both refunds and the overdraft fee going back now, should be in your account by Thursday, "
           "and the letter goes out this afternoon.", m="OC"),
    dict(p=BE, s="commitment", t="you'll have it back in three to five working days", m="OC",
         n="refund confirmed with a deadline"),
    dict(p=BE, s="commitment", t="I'll ring you Thursday afternoon just to check it's all landed, is that okay?",
         m="CIQ"),
    dict(p=BE, s="close",
         t="thank you for your patience margaret and for telling us about the chat, itll help us fix it for "
           "other people too", m="G"),
    dict(p=BE, s="close", t="Is there anything else I can help you with today?", m="Q"),

    # --- generic call ---
    dict(p=None, s="vent", t="uh huh", m=""),
    dict(p=None, s="vent",
         t="So you've been on hold forty minutes and got cut off twice before you reached me. I'm really sorry, "
           "that's maddening.", m="AE"),
    dict(p=None, s="vent", t="okay before you carry on whats the postcode on the account", m="Q",
         v=["premature_details"]),
    dict(p=None, s="vent", t="so you're claiming nobody called you back. at all.", m="", v=["accusation"],
         n="'you're claiming': court-room framing, not a question"),
    dict(p=None, s="vent", t="*mutters* here we go", m="", v=["insult"]),
    dict(p=None, s="heard", t="Honestly, if this had happened to me I'd be every bit as fed up as you are.",
         m="E"),
    dict(p=None, s="heard",
         t="I hear you. Nobody should have to explain the same problem three times to three different people.",
         m="A", n="agrees it shouldn't have happened; no feeling named, no apology"),
    dict(p=None, s="heard", t="thats not my department, youd need to speak to accounts", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="What's been the worst part of all this for you?", m="Q"),
    dict(p=None, s="heard", t="im not the one who made the mistake, it was the agent before me", m="",
         v=["blame"]),
    dict(p=None, s="heard", t="Thank you for telling me all this, honestly. It really helps.", m="G"),
    dict(p=None, s="heard", t="okay, okay, I understand, but that's just how the billing system works", m="",
         v=["policy"], n="'but' into a policy wall cancels the acknowledgement"),
    dict(p=None, s="options",
         t="so- so I could either get you a refund on that or we credit it to next month, which would you "
           "rather", m="OIQ"),
    dict(p=None, s="options", t="if youve got a better idea of what would put this right im all ears", m="I"),
    dict(p=None, s="options", t="Let me be the one to sort this. I'll look into it.", m="",
         n="on their side, but 'look into it' is no remedy and has no time"),
    dict(p=None, s="options", t="the system wont let me refund more than once per account sorry", m="",
         v=["policy"], n="'sorry' for the refusal: not empathise"),
    dict(p=None, s="options", t="For the record, you did agree to these terms when you signed up.", m="",
         v=["accusation", "correcting"]),
    dict(p=None, s="commitment", t="I'll call you back by four today with an update, whatever happens.", m="C"),
    dict(p=None, s="commitment", t="if you talk to me like that again ill put the phone down", m="",
         v=["threat_back"]),
    dict(p=None, s="commitment", t="right ive escalated it to my manager, shell call you within the hour", m="C",
         n="escalation with a time: commitment only (rule 4)"),
    dict(p=None, s="close", t="thanks again for your patience, youve been great. take care", m="G"),
    dict(p=None, s="close", t="is that everything for today? yeah? lovely", m="Q", n="ending check"),
]

write_batch(ITEMS, "ck", Path(__file__).with_name("replies_extra88.jsonl"))
