"""Source of `replies_extra45.jsonl`: batch 45, a cold cross-section of whole calls (tune split only).

About 130 trainee replies laid out as if lifted from many separate calls: for each of the six
personas several different trainees (nervous first-weekers, bored veterans, defensive ones,
over-eager ones who give the shop away, polished scripted ones) work through vent, heard,
options, commitment and close, plus a run of generic replies (persona None). Roughly 40% carry
a violation, of every kind the README defines, some blunt and many tucked into otherwise decent
replies (an apology followed by a policy wall, an options offer that ends in a lecture, an
over-promise inside a good commitment, a request for details said during the vent). Hard
negatives are mixed in: detail requests at later stages, honest obstacles, politeness "sorry",
ending checks, promises without a time, fillers. About half are styled like Whisper transcripts.
Written cold, one item at a time, from the README's label definitions, METHOD.md and the persona
files only, without reading any labelled data or any of the judge's code.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra45.jsonl` next to it (ids at0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician: nervous first-week trainee
    dict(p=MT, s="vent", t="okay. mm.", m="", n="letting her vent: filler only"),
    dict(p=MT, s="heard", t="oh god okay so thats twice hes not turned up and no ones rung you, and you took both days off. im really sorry",
         m="AE"),
    dict(p=MT, s="options", t="um i can waive the installation fee? and theres a months credit i can put on... and the eight o clock slot, first one. would that be alright",
         m="OIQ"),
    dict(p=MT, s="commitment", t="ok so ive booked thursday eight am for you now and the credit's gone on, you'll get a text in like ten minutes with the confirmation",
         m="OC", n="confirmed rebooked slot and credit are remedies; text in ten minutes is the timed step"),
    dict(p=MT, s="close", t="thank you for being so patient with me, honestly. have a good rest of your day", m="G"),

    # --- missed-technician: defensive veteran
    dict(p=MT, s="heard", t="Our engineers are subcontracted, so missed visits are really down to the contractor, not us.",
         m="", v=["blame"]),
    dict(p=MT, s="heard", t="Well, it's an eight-to-twelve window, so technically they had until twelve to turn up.",
         m="", v=["correcting"]),
    dict(p=MT, s="options", t="I can't refund everything, no. I can waive the installation fee, and that's it.",
         m="O", n="curt but an honest limit, not a policy wall; fee waiver is a remedy"),
    dict(p=MT, s="close", t="Anything else?", m="Q", n="ending check: question, not asks_input"),

    # --- missed-technician: warm, experienced
    dict(p=MT, s="vent", t="so he never came, either time, not even a call. and you'd taken the whole morning off both times. I've got that.",
         m="A"),
    dict(p=MT, s="heard", t="And you're paid by the hour on top of it, so that's two mornings' wages gone because of us. I'm so sorry, Bernadette. I'd be fuming.",
         m="AE"),
    dict(p=MT, s="heard", t="Can I ask, is taking another morning off going to cause you trouble at work?",
         m="Q", n="question about the impact on her"),
    dict(p=MT, s="options", t="Here's what I'd like to do. Waive the installation fee, put a month's credit on the account, and book you the first slot of the day, eight sharp, so you're not sat there all morning. Does that work, or would a different day suit you better?",
         m="OIQ"),
    dict(p=MT, s="commitment", t="Brilliant. That's Tuesday at eight locked in, the fee's off and the credit's on as of now. I'll ring you Monday evening at six to confirm the engineer's name.",
         m="OC"),

    # --- missed-technician: bored, careless trainee
    dict(p=MT, s="vent", t="yeah i know i know, look ive had loads of these today",
         m="", v=["dismissal"], n="dismissive 'i know i know' is not acknowledge; brushing it off as routine"),
    dict(p=MT, s="heard", t="i mean if you want a full refund i can just do that, its fine, ill do the whole lot",
         m="O", v=["over_promise"], n="full refund is beyond the allowed remedies"),
    dict(p=MT, s="commitment", t="someone'll call you about the appointment", m="",
         n="vague callback, no time, no remedy: nothing"),
    dict(p=MT, s="heard", t="well I'm sure your broadband is the most important thing in the world right now",
         m="", v=["insult"], n="sarcasm"),

    # --- missed-technician: mixed, subtle
    dict(p=MT, s="vent", t="oh no that's awful, I'm so sorry. what's the account number so I can have a look?",
         m="EQ", v=["premature_details"], n="sincere apology stands; account number asked during the vent"),
    dict(p=MT, s="heard", t="I'm so sorry, two whole mornings wasted is awful. Can I grab your account number so I can get this moving?",
         m="AEQ", n="same request at heard stage: not premature"),
    dict(p=MT, s="heard", t="the engineer's notes say no answer at the door, did you maybe not hear him knock",
         m="", v=["doubt"], n="doubting her account through the notes; not a real question"),
    dict(p=MT, s="heard", t="right, and I'm sorry, but you'll have to go through the online complaints form for a refund, the system won't let me do it from here",
         m="", v=["policy"], n="'but' leads straight into the policy wall: apology cancelled"),
    dict(p=MT, s="vent", t="ok ok madam if you could just stop for one sec and let me talk", m="", v=["calm_down"],
         n="telling her to stop talking mid-vent"),
    dict(p=MT, s="close", t="alright then Bernadette, that's all booked, Thursday at eight. anything else you need from me?",
         m="OQ", n="confirming the rebooked appointment counts as options; ending check is a question only"),

    # --- lost-express: polished veteran
    dict(p=LE, s="vent", t="So overnight express, paid extra, parcel never showed, tracking's been dead since collection, and now your client's blaming you. Have I got that right?",
         m="AQ", n="repeat-back plus a real check with the customer"),
    dict(p=LE, s="options", t="Right, here's what I can do. A same-day courier to take replacement parts straight to the restaurant, at our cost. A refund of your express fee. And a trace on the original. Which do you want me to start with?",
         m="OIQ"),
    dict(p=LE, s="commitment", t="Courier's booked. The driver collects from you by one, and I'll text you his details in the next ten minutes. Express fee refund's going through now.",
         m="OC"),
    dict(p=LE, s="close", t="Thanks for bearing with us, Marcus. I'll ring you at nine tomorrow with the trace update.",
         m="GC"),

    # --- lost-express: poor, defensive trainee
    dict(p=LE, s="vent", t="whats the tracking number", m="Q", v=["premature_details"]),
    dict(p=LE, s="heard", t="to be fair you should of put it on our premium cover, thats what its there for",
         m="", v=["correcting"]),

    # --- lost-express: average trainee
    dict(p=LE, s="heard", t="I'm sorry, that's a really rubbish position to be put in with your customer.", m="E"),
    dict(p=LE, s="options", t="I'm sorry, I really am. I can refund the express fee and get a trace going. But you've got to understand we're not liable for lost business, it's all in the terms and conditions.",
         m="EO", v=["correcting"],
         n="the 'but' follows the offer, not the apology, so the apology stands; 'it's in the terms' is correcting"),
    dict(p=LE, s="options", t="Would a same-day courier for the new parts help? We'd cover the cost.", m="OIQ"),
    dict(p=LE, s="commitment", t="ok i'll get the trace opened and let you know", m="O",
         n="a trace is a remedy, but no time is given: not commitment"),

    # --- lost-express: over-eager trainee
    dict(p=LE, s="commitment", t="and the courier's gonna have it there by three, i guarantee it",
         m="OC", v=["over_promise"],
         n="courier with a time is a timed step, but guaranteeing a delivery time the courier controls is over_promise"),
    dict(p=LE, s="heard", t="I'm sorry you feel we've let you down there.", m="", v=["non_apology"]),
    dict(p=LE, s="heard", t="Claims over the liability limit have to go through our claims department in writing, there's no way round that.",
         m="", v=["policy"]),
    dict(p=LE, s="close", t="cheers marcus. i know today's been a nightmare for you. ill call you at nine tomorrow with where the trace is at",
         m="GEC"),
    dict(p=LE, s="heard", t="oh no so its just you and your nephew and that restaurant lots a third of your work. no wonder your stressed",
         m="AE", n="'your' for 'you're' transcription slip"),

    # --- escalated-exec: scripted trainee
    dict(p=EE, s="vent", t="I understand, Ms Ashcombe. Please continue.", m="A", n="sincere bare 'I understand' (rule 1)"),
    dict(p=EE, s="vent", t="Before we go further, could you confirm your contract ID and the registered company address?",
         m="Q", v=["premature_details"]),
    dict(p=EE, s="heard", t="I'm sorry for any disruption this may have caused to your operations.", m="", v=["non_apology"]),
    dict(p=EE, s="heard", t="I completely understand how frustrating this must be.", m="AE"),
    dict(p=EE, s="options", t="I can offer the SLA service credit for the quarter. Is there anything else I can help you with?",
         m="OQ", n="the trailing ending check is a question, not asks_input"),

    # --- escalated-exec: strong veteran
    dict(p=EE, s="vent", t="Three outages in one quarter, every one outside the SLA, and the last one stopped your warehouse floor. And you had to go to our CEO to get anyone's attention. That's on us.",
         m="A"),
    dict(p=EE, s="heard", t="You put your name to us in front of your board. I'm sorry we've made that harder for you. I'd be asking the same questions.",
         m="AE"),
    dict(p=EE, s="heard", t="What do you need to be able to take back to your board?", m="IQ",
         n="asks for her ideas of what would make it right"),
    dict(p=EE, s="options", t="Three things I can put on the table: the full service credit for this quarter, a named account manager who owns your account, and a written root-cause report. I can't release you from the contract, I'll be honest, but I'd like to earn the next quarter. Would those three give you something to take to the board?",
         m="OIQ", n="honest obstacle, not policy"),
    dict(p=EE, s="commitment", t="The root-cause report will be with you in writing by Friday the twentieth. Priya Shah will be your account manager, and she'll call you before noon tomorrow.",
         m="OC"),
    dict(p=EE, s="close", t="Thank you for giving us the chance to fix this rather than walking away. I don't take that lightly.",
         m="G"),

    # --- escalated-exec: combative trainee
    dict(p=EE, s="heard", t="if you want to get lawyers involved thats up to you, weve got lawyers too", m="", v=["threat_back"]),
    dict(p=EE, s="options", t="fine, i'll let you out of the contract, no penalty, if thats what it takes",
         m="O", v=["over_promise"]),

    # --- escalated-exec: average trainee
    dict(p=EE, s="heard", t="I hear you, and I'm sorry. But your team didn't log a ticket until nearly two hours in, which slowed everything down.",
         m="", v=["blame"], n="'But' leads straight into blaming the customer's team: both marks cancelled"),
    dict(p=EE, s="heard", t="Was the whole site down, or just the picking side?", m="Q"),
    dict(p=EE, s="commitment", t="I'll get the root-cause report over to you as soon as engineering sign it off.", m="O",
         n="report is a remedy; 'as soon as' is not a time"),
    dict(p=EE, s="options", t="I can get you the service credit and an account manager, and um, honestly if there's anything else that'd help you with your board, tell me.",
         m="OI", n="imperative invitation for her ideas: asks_input without a question"),
    dict(p=EE, s="heard", t="I appreciate you're upset, but there's really no need for the tone.", m="", v=["calm_down"],
         n="'appreciate' here is not thanks; 'but' into calm_down"),
    dict(p=EE, s="heard", t="For the record, the contract you signed commits to 99.5 per cent uptime, not a hundred.",
         m="", v=["accusation", "correcting"]),
    dict(p=EE, s="close", t="That's everything from my side. I'll confirm all of it by email before five today.", m="C"),
    dict(p=EE, s="heard", t="i cant imagine having to stand up in front of your board after that. thats on us not you",
         m="AE", n="'can't imagine' is sympathy (rule 8)"),
    dict(p=EE, s="commitment", t="ill email the account managers details over by end of day today and uh the credit should show on your next invoice",
         m="OC"),

    # --- vip-client: polished trainee
    dict(p=VC, s="vent", t="I'm listening, Mr Fairclough.", m="", n="attentive, but no content heard back"),
    dict(p=VC, s="vent", t="So the completion funds arrived two days late, the purchase very nearly fell through, and you heard it from the seller's solicitor rather than from us. That should never have happened.",
         m="A"),
    dict(p=VC, s="heard", t="Having to ring the seller yourself and ask for more time. I can only imagine how that felt. I'm truly sorry, sir.",
         m="AE"),
    dict(p=VC, s="commitment", t="The fee reversal will be done by three this afternoon, and Claire Davenport will ring you before ten tomorrow with her direct number.",
         m="OC"),
    dict(p=VC, s="close", t="Thank you for your patience today, sir, and for staying with us.", m="G"),

    # --- vip-client: rattled trainee
    dict(p=VC, s="vent", t="sir please theres no need to shout at me", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="well the delay was at the correspondent bank sir, not us, we sent it on time", m="", v=["blame"]),
    dict(p=VC, s="heard", t="i mean technically it was submitted after the cut off so it went next working day", m="", v=["correcting"]),
    dict(p=VC, s="options", t="what about if we waived all the fees on your accounts for a year? would that help",
         m="OIQ", v=["over_promise"]),

    # --- vip-client: average trainee
    dict(p=VC, s="heard", t="Sir, I understand completely, and I'm sorry. Transfers of that size go through compliance checks, that's the process, I'm afraid.",
         m="AE", v=["policy"], n="no contrastive connective, so the marks stand beside the policy wall (rule 2)"),
    dict(p=VC, s="heard", t="Sterling and Marsh? Well, if you think they'll do better, sir, that's entirely your choice.",
         m="", v=["threat_back"], n="inviting him to move his portfolio"),
    dict(p=VC, s="options", t="I'll be straight with you, a call from the chief executive isn't something I can arrange. What I can do is reverse the transfer fees and put you on same-day transfers from now on.",
         m="O", n="honest obstacle, not policy"),
    dict(p=VC, s="heard", t="What did the seller say when you rang her?", m="Q"),

    # --- vip-client: over-eager trainee
    dict(p=VC, s="heard", t="Oh, I'm sure Sterling and Marsh will look after you beautifully, sir.",
         m="", v=["insult", "threat_back"], n="sarcasm that also waves him off to the competitor"),
    dict(p=VC, s="options", t="um so what i can do sir is uh reverse the transfer fees and i can get you a named senior banker with a direct line so youre not going through the call centre. would that be ok",
         m="OIQ"),

    # --- failed-twice: good trainee
    dict(p=FT, s="vent", t="so its only seven months old and its gone twice since we fixed it, and nobody rang you back monday like they said. so thats two weeks no washer",
         m="A"),
    dict(p=FT, s="heard", t="and with a toddler and a baby, god, thats a mountain of washing. im so sorry kelly, we really dropped the ball on that callback",
         m="AE"),
    dict(p=FT, s="heard", t="how have you been managing with all the laundry in the meantime", m="Q", n="no '?' but a real question"),
    dict(p=FT, s="options", t="ok so two options. i can replace it with a brand new one, same model, with a two year warranty on top, or get a senior engineer out this week with a loan machine while they fix it. what would be easier for you",
         m="OIQ", n="'this week' inside a choice is not a commitment"),
    dict(p=FT, s="commitment", t="perfect so the new one's ordered, delivery saturday eight till twelve, and i'll text you the warranty details before five today",
         m="OC"),
    dict(p=FT, s="close", t="thanks so much for sticking with us kelly, and for telling us about the callback, we need to know when that happens",
         m="G"),

    # --- failed-twice: bored trainee
    dict(p=FT, s="heard", t="These machines do break sometimes, it's not unusual.", m="", v=["dismissal"]),
    dict(p=FT, s="heard", t="If it's being overloaded that would explain it. The drum's only rated for seven kilos.",
         m="", v=["blame", "correcting"], n="fault-finding against the customer plus an unasked-for lesson"),
    dict(p=FT, s="options", t="I can put a senior engineer in for this week.", m="O"),
    dict(p=FT, s="close", t="Okay, bye.", m=""),

    # --- failed-twice: warm but over-promising
    dict(p=FT, s="heard", t="oh kelly thats awful, honestly id be in bits", m="E"),
    dict(p=FT, s="commitment", t="and i promise you this one wont break down, its guaranteed", m="", v=["over_promise"],
         n="bare guarantee: over_promise without options"),

    # --- failed-twice: anxious trainee, at the close
    dict(p=FT, s="close", t="thank you, you've been really patient with me", m="G"),

    # --- billing-error: good trainee
    dict(p=BE, s="vent", t="Mm. I see.", m="", n="fillers while she vents"),
    dict(p=BE, s="vent", t="So you'd cancelled, and after that we took the payment twice, which put you into your overdraft with a fee on top. And our chat told you last week it was sorted. It wasn't.",
         m="A"),
    dict(p=BE, s="heard", t="Your rent bouncing, after forty years of never once being late. Margaret, I'm so sorry. That must have been mortifying.",
         m="AE"),
    dict(p=BE, s="options", t="Here's what I can do: refund both charges, reimburse your bank's overdraft fee, and send you written confirmation that the subscription is cancelled. Would you like the letter by post or by email?",
         m="OIQ"),
    dict(p=BE, s="commitment", t="Both refunds and the overdraft fee are being processed right now. You'll see them by Thursday, and the letter goes in the post this afternoon.",
         m="OC"),
    dict(p=BE, s="close", t="Thank you for your patience, Margaret, and for telling us about the chat. It really helps.", m="G"),

    # --- billing-error: poor trainee
    dict(p=BE, s="vent", t="can i take your date of birth and the first line of your address", m="Q", v=["premature_details"]),
    dict(p=BE, s="heard", t="our system's only showing one payment though are you sure the other ones not just pending",
         m="", v=["doubt"], n="'are you sure' doubting her: not a real question"),
    dict(p=BE, s="heard", t="the overdraft fees between you and your bank really, we cant control that", m="", v=["dismissal"],
         n="ducking the fee she is owed"),
    dict(p=BE, s="heard", t="technically the cancellation only kicks in at the end of the billing period so one of them was due",
         m="", v=["correcting"]),

    # --- billing-error: average trainee
    dict(p=BE, s="heard", t="that chat agent was new, they get things wrong sometimes", m="", v=["blame"]),
    dict(p=BE, s="options", t="I'll refund both charges and, um, I'll ask your bank to drop the overdraft fee as well, they usually do if we ask",
         m="O", v=["over_promise"], n="a promise about what her bank will do"),
    dict(p=BE, s="commitment", t="Both refunds are going through now, and honestly, this won't ever happen again, you have my word.",
         m="OC", v=["over_promise"], n="good timed refund with a guarantee tacked on"),
    dict(p=BE, s="heard", t="You'll need to send a copy of your bank statement in writing before I can look at the fee. That's the procedure.",
         m="", v=["policy"]),
    dict(p=BE, s="heard", t="You're claiming the chat agent told you it was fixed, but I've no note of any chat.",
         m="", v=["accusation", "doubt"]),

    # --- billing-error: warm trainee
    dict(p=BE, s="heard", t="nine years with us, and this is how it goes. you're right, it's not good enough, and i'm sorry",
         m="AE"),
    dict(p=BE, s="heard", t="no need to get yourself upset dear, we'll get it sorted", m="", v=["calm_down"]),
    dict(p=BE, s="options", t="Would you like the refund back on your card, or as a cheque?", m="OIQ",
         n="refund is the remedy; choice of how it comes back"),
    dict(p=BE, s="close", t="you've been ever so patient, thank you. and thank you for telling me about the chat", m="G"),
    dict(p=BE, s="heard", t="with respect margaret, you're not in a classroom now", m="", v=["insult"]),
    dict(p=BE, s="close", t="right thats all done for you margaret, i'll ring you thursday afternoon to check its all come through ok. is there anything else",
         m="CQ", n="ending check without '?': question, not asks_input"),

    # --- generic
    dict(p=None, s=None, t="I hear you. And you're right, that shouldn't have happened.", m="A"),
    dict(p=None, s=None, t="Apologies for any inconvenience caused.", m="", v=["non_apology"]),
    dict(p=None, s=None, t="are you done now? can i actually speak", m="", v=["insult"], n="hostile, not real questions"),
    dict(p=None, s=None, t="thats not my department youll have to ring billing", m="", v=["dismissal"]),
    dict(p=None, s=None, t="What would make this right for you?", m="IQ"),
    dict(p=None, s=None, t="thanks for flagging it, honestly, we wouldnt have known otherwise", m="G"),
    dict(p=None, s=None, t="So your allegation is that the agent hung up on you.", m="", v=["accusation"]),
    dict(p=None, s=None, t="let me make sure ive got this right, you were told one thing, then another, and then nobody followed up",
         m="A"),
    dict(p=None, s=None, t="I'm really sorry, that's not what we want for anyone. I'll call you back by half three with an answer, if that's okay with you?",
         m="ECIQ"),
    dict(p=None, s=None, t="yep. got it. the first time.", m="", v=["insult"], n="curt and sarcastic, not acknowledge"),
    dict(p=None, s=None, t="I'm sorry you had a bad experience with us.", m="", v=["non_apology"],
         n="vague 'bad experience', like 'a bad day' (rule 7)"),
    dict(p=None, s=None, t="I can't give you a refund, I'll be straight with you. What I can do is put a credit on your account today. Would that help at all?",
         m="OIQ", n="'today' inside an offer: options, not commitment"),
    dict(p=None, s=None, t="well nobody else has had that problem", m="", v=["doubt"]),
    dict(p=None, s=None, t="go to the ombudsman then, thats your right", m="", v=["threat_back"]),
    dict(p=None, s=None, t="I understand you're frustrated, but you need to calm down.", m="", v=["calm_down"],
         n="'but' into calm_down cancels A/E"),
    dict(p=None, s=None, t="i totally get why youre upset, i would be too", m="AE"),
    dict(p=None, s=None, t="thanks for holding, ive got your account up now", m="G"),
    dict(p=None, s=None, t="Thank you for your patience. For the record, our logs show you were offered a callback on the fifth.",
         m="G", v=["accusation", "doubt"], n="thanks stands; then court-room language contradicting the customer with records"),
    dict(p=None, s=None, t="we cant do anything until you put it in writing to complaints", m="", v=["policy"]),
    dict(p=None, s=None, t="honestly its not that big a deal, its a few quid", m="", v=["dismissal"]),
    dict(p=None, s="vent", t="ok before you go on whats the account number", m="Q", v=["premature_details"]),
    dict(p=None, s=None, t="sorry, what's the postcode there?", m="Q",
         n="no stage, so not premature; 'sorry' is politeness"),
    dict(p=None, s=None, t="you're right to be angry, honestly. let me be the one to sort this for you", m="E",
         n="validates the feeling; no point of the complaint played back"),
    dict(p=None, s=None, t="I'll ring you back within the hour with an update, you have my word.", m="C",
         n="callback alone: commitment, not options"),
]

write_batch(ITEMS, "at", Path(__file__).with_name("replies_extra45.jsonl"))
