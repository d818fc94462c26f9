"""Source of `replies_extra53.jsonl`: hand-written, hand-labelled trainee replies (tune split only).

Batch 53, a general cross-section of whole calls, written cold: from the label definitions and rules
in `tests/data/README.md`, `/work/shared/METHOD.md` and the persona files alone, without reading any
labelled reply (no `replies*.jsonl`, no other `replies_extra*_src.py`) and without reading the judge's
code. For each of the six personas and for generic replies, different imagined trainees (first week,
veteran, scripted, defensive, warm, flustered, curt, tired) work through vent, heard, options,
commitment and close. About half are styled like a Whisper transcript (lowercase, fillers, false
starts, small mis-hearings), the rest properly punctuated. About a third carry faults of every kind,
some blunt and some subtle; several mix a mark with a violation. Each item was written one at a time.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra53.jsonl` next to it (ids bb0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician (Bernadette) ---
    dict(p=MT, s="vent", t="mm. okay.", m="",
         n="bare filler while she vents: no mark, no fault"),
    dict(p=MT, s="vent", t="right can i just grab your account number first so i can pull it up", m="Q",
         v=["premature_details"], n="a request for details is a question; asked while venting"),
    dict(p=MT, s="vent",
         t="So hang on, two separate mornings you sat in from eight till twelve, and nobody even rang to "
           "say they weren't coming. And you'd booked the day off both times. Okay. Go on.",
         m="A"),
    dict(p=MT, s="heard",
         t="oh gosh thats- thats two mornings wages you've lost then. im so sorry bernadette, honestly "
           "thats awful",
         m="AE"),
    dict(p=MT, s="heard",
         t="well the installers are contractors, they're not actually our staff, so the no-show's really "
           "on them",
         m="", v=["blame"]),
    dict(p=MT, s="heard",
         t="the log's showing the engineer did attend on the second date actually, he might've knocked and "
           "not got an answer?",
         m="", v=["doubt"],
         n="the '?' is a hint she missed him, not a real question"),
    dict(p=MT, s="heard", t="ok ok bernadette, please, just relax a sec and let me look", m="",
         v=["calm_down"]),
    dict(p=MT, s="heard", t="im sorry if the appointment times werent made clear to you", m="",
         v=["non_apology"], n="'sorry if' non-apology"),
    dict(p=MT, s="heard",
         t="You took two days off for us and we didn't even have the courtesy to phone. I'm genuinely "
           "sorry.",
         m="AE"),
    dict(p=MT, s="heard", t="has it um, has it cost you at work? missing them mornings", m="Q",
         n="asks about the impact"),
    dict(p=MT, s="vent", t="yeah these install windows slip all the time to be fair", m="",
         v=["dismissal"], n="minimising"),
    dict(p=MT, s="options",
         t="What I can do for you today is waive the installation fee and add one month's credit to your "
           "account. I can also book you the first appointment of the day, 8 a.m. Would you like me to go "
           "ahead with that?",
         m="OIQ"),
    dict(p=MT, s="options",
         t="look i'll just refund the whole lot, everything you've paid, and stick a months credit on top, "
           "hows that",
         m="OIQ", v=["over_promise"], n="full refund is beyond the allowed remedies; 'how's that' checks "
                                        "acceptance"),
    dict(p=MT, s="options",
         t="um so there's- i can take the install fee off? and um, there's a credit, a month, and uh. the "
           "eight o'clock slot.",
         m="O", n="flustered but concrete remedies; the '?' is uncertain intonation, not a question"),
    dict(p=MT, s="commitment",
         t="Okay, so that's Thursday at eight booked and marked guaranteed. The fee's gone, the credit goes "
           "on tonight, and I'll ring you tomorrow before lunch to say who's coming.",
         m="OC", n="confirming the rebooked slot and waived fee is options; dated steps are commitment"),
    dict(p=MT, s="commitment", t="i'll get someone to sort the credit out for you and they'll be in touch",
         m="O", n="credit is a remedy, but no time: not commitment"),
    dict(p=MT, s="close", t="thanks for bearing with me bernadette, really. anything else i can do while "
                           "i've got you?",
         m="GQ", n="ending check is a question, not asks_input"),
    dict(p=MT, s="close",
         t="Thanks for giving us another go, I know you didn't have to. So it's Thursday, eight o'clock, "
           "and I'll phone you Thursday afternoon once he's been to check it's all working.",
         m="GOC", n="restating the rebooked slot counts as options; call-back tied to Thursday afternoon"),
    dict(p=MT, s="options",
         t="ok so what i can do, i can wipe the installation fee, put a months credit on, and get you the very "
           "first slot, eight am, so you're not sat waiting all morning. does that sound ok? or is there a day "
           "thats better for you",
         m="OIQ"),

    # --- lost-express (Marcus) ---
    dict(p=LE, s="vent", t="right. yeah.", m=""),
    dict(p=LE, s="vent", t="Can I take the tracking number off you, please?", m="Q",
         v=["premature_details"]),
    dict(p=LE, s="vent",
         t="so the express never showed, tracking's been blank since we picked it up, and now your "
           "customer's on your back about it",
         m="A"),
    dict(p=LE, s="vent", t="Go on, I'm listening.", m="",
         n="invites him to continue; shows no understanding of what happened yet"),
    dict(p=LE, s="heard",
         t="thats- yeah thats horrible, your own client having a go at you for something we did. im really "
           "sorry marcus",
         m="AE"),
    dict(p=LE, s="heard", t="parcels do go astray now and again mate, its a massive network", m="",
         v=["dismissal"]),
    dict(p=LE, s="heard", t="ok so your claim is nothing turned up at all, that's what you're alleging", m="",
         v=["accusation"]),
    dict(p=LE, s="heard",
         t="honestly with an attitude like that no wonder your client's kicking off at you",
         m="", v=["insult", "blame"], n="rude in kind, and puts the client's anger down to him"),
    dict(p=LE, s="heard", t="marcus if you keep swearing at me i'll have to end the call", m="",
         v=["threat_back"]),
    dict(p=LE, s="options",
         t="Two things I can do straight off: I'll refund what you paid for express, and I can get a "
           "same-day courier to take replacement parts to the restaurant, on us. Shall I set up the courier "
           "first?",
         m="OIQ", n="'straight off' sits inside the offer; 'I'll refund' has no time, so no commitment"),
    dict(p=LE, s="options",
         t="and look we'll cover whatever you lose on the restaurant work, don't worry about that side of it",
         m="O", v=["over_promise"], n="paying for lost business is not allowed"),
    dict(p=LE, s="options",
         t="i can get a courier out to them and i guarantee the parts will be there by two",
         m="O", v=["over_promise"], n="courier is allowed; the delivery-time guarantee is not"),
    dict(p=LE, s="options",
         t="I'm sorry it's landed on you like this. What matters most right now, getting the parts there "
           "today or sorting out the refund?",
         m="EOIQ", n="choice between remedies"),
    dict(p=LE, s="options",
         t="I can't pay out for work you might lose, I'll be straight with you, but I can refund the express "
           "fee and get replacement parts there today on a courier we pay for. Would that help with the "
           "restaurant?",
         m="OIQ", n="honest obstacle, not a policy wall; 'today' inside the offer"),
    dict(p=LE, s="commitment",
         t="right i've opened the trace, the reference is on its way to your phone now, and i'll ring you "
           "at half three with whatever the depot tells me",
         m="OC"),
    dict(p=LE, s="commitment", t="Somebody will get back to you about it soon.", m="",
         n="vague: no step worth naming, 'soon' is no time"),
    dict(p=LE, s="commitment",
         t="Courier's booked for a one o'clock collection. The driver's name and number will be with you by "
           "text in ten minutes.",
         m="OC"),
    dict(p=LE, s="close",
         t="cheers for sticking with me through all that marcus, i know its been a rotten day",
         m="GE", n="'I know it's been a rotten day' validates how he feels; not a 'sorry you had a bad day'"),
    dict(p=LE, s="close",
         t="ok marcus, ill ring you tomorrow morning about nine, see if the parts got there alright. thanks "
           "for your patience mate",
         m="CG"),
    dict(p=LE, s="heard",
         t="So it's not just a parcel, it's your name with the restaurant on the line. I get that, and I'm "
           "sorry we've put you there.",
         m="AE"),

    # --- escalated-exec (Eleanor) ---
    dict(p=EE, s="vent", t="mm-hm.", m=""),
    dict(p=EE, s="vent",
         t="Third outage this quarter, all three outside the SLA, and the last one stopped your warehouses. "
           "Understood. Carry on, please.",
         m="A"),
    dict(p=EE, s="vent", t="Before we go any further, can you confirm the contract reference and your customer ID?",
         m="Q", v=["premature_details"]),
    dict(p=EE, s="heard",
         t="In your shoes I'd be livid, frankly. You argued for us in front of your board and we've made you "
           "look bad.",
         m="AE"),
    dict(p=EE, s="heard",
         t="I understand, but any contract exit has to go through legal in writing, that's the process.",
         m="", v=["policy"], n="'but' into a policy wall cancels the acknowledgement"),
    dict(p=EE, s="heard",
         t="Are you certain it was three? I've only got two incidents logged against your account this "
           "quarter.",
         m="", v=["doubt"], n="doubting question, not a real one"),
    dict(p=EE, s="heard",
         t="strictly speaking the SLA's worked out on monthly uptime, so that second one didn't actually "
           "breach it",
         m="", v=["correcting"], n="educates her on the SLA; it disputes her count only through the lecture"),
    dict(p=EE, s="heard",
         t="Noted. And do you have evidence that all three went over the threshold, or is that from memory?",
         m="", v=["accusation", "doubt"], n="court-room demand for evidence; hostile, not a real question"),
    dict(p=EE, s="heard", t="We do apologise for any disruption this may have caused to your operations.",
         m="", v=["non_apology"]),
    dict(p=EE, s="heard",
         t="If you want to take it to your lawyers, that's entirely your call. We'll see you there.",
         m="", v=["threat_back"]),
    dict(p=EE, s="heard",
         t="yeah no, three times in one quarter, i- i'd be embarrassed to face my board too honestly. i'm "
           "sorry",
         m="AE"),
    dict(p=EE, s="heard",
         t="I can hear how serious this is for you, and I'm sorry. We can't release anyone from a contract "
           "early, that's company policy.",
         m="AE", v=["policy"], n="no contrastive connective, so the marks stand beside the policy wall"),
    dict(p=EE, s="heard", t="eleanor i need you to take a breath and lower your voice and then we can talk",
         m="", v=["calm_down"]),
    dict(p=EE, s="options",
         t="I can put the full SLA credit for this quarter on your account, assign you a named account "
           "manager, and have a written root-cause report with you by the 20th. Is there anything you'd "
           "want added to that?",
         m="OIQ", n="the date sits inside the proposal: options, not commitment"),
    dict(p=EE, s="options", t="what would your board need to see from us to feel confident again", m="IQ",
         n="asks for her ideas; no '?' in the transcript"),
    dict(p=EE, s="options", t="we'll make sure theres zero downtime going forward, thats a promise", m="",
         v=["over_promise"], n="bare guarantee, no remedy"),
    dict(p=EE, s="commitment",
         t="you'll have the root cause report in your inbox by five pm friday, and your account manager, "
           "priya, will call you tomorrow morning to introduce herself",
         m="OC"),
    dict(p=EE, s="commitment", t="I'll get the report over to you once engineering have finished their review.",
         m="O", n="report is a remedy, but 'once they've finished' is no time"),
    dict(p=EE, s="close", t="Thank you for being so direct with me, Eleanor. It genuinely helps.", m="G"),
    dict(p=EE, s="close",
         t="I'll email you a summary of everything we've agreed before five today. Thank you, Eleanor.",
         m="CG"),
    dict(p=EE, s="close",
         t="Thanks for sticking with this, Eleanor. Your account manager's name and number will be in your "
           "inbox within the hour, and the credit will show on this month's invoice.",
         m="GOC"),

    # --- vip-client (Julian) ---
    dict(p=VC, s="vent", t="Of course, Mr Fairclough. Please, go on.", m=""),
    dict(p=VC, s="vent",
         t="so the funds were two days late, the completion nearly fell apart, and you heard it from the "
           "sellers solicitor, not us. right.",
         m="A"),
    dict(p=VC, s="vent",
         t="sorry, could i just get your date of birth and the last four of your account, for security",
         m="Q", v=["premature_details"], n="'sorry' is politeness here"),
    dict(p=VC, s="vent", t="mm. yes. no, go on, sir.", m=""),
    dict(p=VC, s="heard",
         t="Finding out from the other side's solicitor must have been mortifying. I'm sorry we put you in "
           "that position.",
         m="AE"),
    dict(p=VC, s="heard",
         t="Just so you know for the future, anything sent after the two o'clock cut-off rolls over to the "
           "next working day.",
         m="", v=["correcting"], n="a lecture on cut-off times; it does not cite his record, so not accusation"),
    dict(p=VC, s="heard", t="with respect sir, you're not our only client", m="", v=["insult"],
         n="rudeness in kind; it does not duck a specific problem, so not dismissal"),
    dict(p=VC, s="heard",
         t="I'm afraid transfer timings sit with payments operations. It's not something I deal with.",
         m="", v=["dismissal"], n="not my department"),
    dict(p=VC, s="heard",
         t="if you're that unhappy sir, you're more than welcome to move everything to sterling and marsh",
         m="", v=["threat_back"]),
    dict(p=VC, s="heard",
         t="god yeah, stood in an empty hallway waiting on money that's yours, no, that's not on. i'm really "
           "sorry",
         m="AE"),
    dict(p=VC, s="heard", t="When did you first realise the money hadn't landed?", m="Q"),
    dict(p=VC, s="options",
         t="I can reverse the transfer fees, and I'd like to give you a direct line to Claire Whitfield, one "
           "of our senior relationship bankers. Would that be a good start?",
         m="OIQ"),
    dict(p=VC, s="options", t="and obviously we can lock in a better rate on your savings for you as well",
         m="O", v=["over_promise"], n="preferential rate is not allowed"),
    dict(p=VC, s="options",
         t="would same day priority on all your future transfers help? or is the direct line more use to you",
         m="OIQ"),
    dict(p=VC, s="commitment",
         t="The fee reversal's done as of now, you'll see it on tomorrow's statement, and Claire will ring "
           "you before ten tomorrow with her direct number.",
         m="OC"),
    dict(p=VC, s="commitment", t="I'll flag it to your relationship team today.", m="C",
         n="an escalation with a time: commitment, not options"),
    dict(p=VC, s="close",
         t="thank you for giving us the chance to fix this mr fairclough. i know you've got other options",
         m="G"),
    dict(p=VC, s="heard",
         t="Eleven years with us, and you had to chase your own money. I completely understand why you're "
           "angry, and I'm sorry.",
         m="AE"),

    # --- failed-twice (Kelly) ---
    dict(p=FT, s="vent", t="mhm... yeah", m=""),
    dict(p=FT, s="vent",
         t="okay so its gone twice since the repair, its only seven months old, and the supervisor callback "
           "on monday just never came",
         m="A"),
    dict(p=FT, s="vent", t="whats the model number on it, its on a sticker inside the door", m="Q",
         v=["premature_details"]),
    dict(p=FT, s="heard",
         t="Two weeks with a toddler and a baby and no washer? That sounds like an absolute nightmare, Kelly. "
           "I'm so sorry.",
         m="AE", n="the '?' echoes her situation back; not a question to her"),
    dict(p=FT, s="heard", t="how've you been managing with the washing in the meantime?", m="Q"),
    dict(p=FT, s="heard", t="That's quite unusual. That model hardly ever comes back twice.", m="",
         v=["doubt"]),
    dict(p=FT, s="heard", t="I'm sorry you feel let down by the repair.", m="", v=["non_apology"],
         n="'sorry you feel' is a non-apology"),
    dict(p=FT, s="heard", t="kelly, shouting at me wont fix it any faster ok, deep breaths", m="",
         v=["calm_down"]),
    dict(p=FT, s="heard", t="You were promised a call on Monday and it never came. That's on us, full stop.",
         m="A", n="owns the failure; no feeling named and no apology"),
    dict(p=FT, s="options",
         t="So I can either swap it for a brand-new one, same model, with the warranty stretched to two "
           "years, or get a senior engineer out to you this week and drop a loan machine off meanwhile. Which "
           "suits you better?",
         m="OIQ", n="'this week' is inside a choice: not commitment"),
    dict(p=FT, s="options", t="tell you what, i'll upgrade you to the newer one for free, the nine kilo",
         m="O", v=["over_promise"]),
    dict(p=FT, s="options",
         t="I know a third visit's the last thing you want. Would a replacement suit you better than another "
           "repair?",
         m="AOIQ", n="shows understanding of her position rather than naming a feeling: acknowledge, not "
                     "empathise"),
    dict(p=FT, s="commitment",
         t="right thats ordered, it's coming saturday between eight and twelve and they'll take the old one "
           "away, i'll text you the warranty details in the next hour",
         m="OC"),
    dict(p=FT, s="commitment", t="I'll make sure the supervisor actually calls you this time.", m="",
         n="a promise with no time"),
    dict(p=FT, s="close",
         t="Thanks, Kelly, and thank you for giving us one more go after all that. I'll ring Friday at four "
           "to check it's all in.",
         m="GC"),
    dict(p=FT, s="heard",
         t="oh no, and with a baby as well, uh, ninety quid at the laundrette on top, that's- i'm really sorry "
           "kelly, that's so much on your plate",
         m="AE"),

    # --- billing-error (Margaret) ---
    dict(p=BE, s="vent", t="Yes... I see.", m=""),
    dict(p=BE, s="vent",
         t="So you cancelled, and since then we've charged you twice, and that tipped you into your "
           "overdraft. Right. Carry on.",
         m="A"),
    dict(p=BE, s="heard",
         t="oh margaret, and on a pension as well. being told on the chat it was fixed and then seeing it on "
           "your statement again, im so sorry",
         m="AE"),
    dict(p=BE, s="heard",
         t="so what's happened is the cancellation only kicks in at the end of the billing cycle, which is "
           "why you've seen the charge",
         m="", v=["correcting"]),
    dict(p=BE, s="heard",
         t="Our records show the cancellation came through on the 3rd, after the billing run on the 2nd.",
         m="", v=["accusation", "correcting"], n="insisting on her error through the records"),
    dict(p=BE, s="heard",
         t="the chat team's a different department i'm afraid, i can't speak for what they told you",
         m="", v=["dismissal"]),
    dict(p=BE, s="heard", t="sorry for any hassle this may have caused you", m="", v=["non_apology"]),
    dict(p=BE, s="heard",
         t="Margaret, I've been through this three times now. I'm not sure how much simpler I can make it.",
         m="", v=["insult"], n="condescending"),
    dict(p=BE, s="heard",
         t="I'm sorry, I can see it's been a shambles from start to finish. You'll have to email the "
           "complaints team for the refund.",
         m="AE", v=["policy"], n="no contrastive connective: marks stand beside the policy wall"),
    dict(p=BE, s="vent", t="thank you for explaining it so clearly", m="G"),
    dict(p=BE, s="options",
         t="I can refund both charges and cover the overdraft fee your bank charged you, and send you a "
           "letter confirming the cancellation. Would you like that by post or by email?",
         m="OIQ"),
    dict(p=BE, s="options",
         t="I'll refund both charges, and I'll get the bank to drop their overdraft fee too.", m="O",
         v=["over_promise"], n="refund allowed; promising what her bank will do is not"),
    dict(p=BE, s="options",
         t="I can't add compensation on top of the fees, I'll be honest, but I can refund both charges and "
           "the overdraft fee. Does that sound fair to you?",
         m="OIQ", n="honest obstacle, not policy"),
    dict(p=BE, s="commitment",
         t="so thats both refunds done now margaret, they'll be back in your account in three to five days, "
           "and i'll email the cancellation confirmation in the next ten minutes",
         m="OC"),
    dict(p=BE, s="commitment",
         t="If you do go to the ombudsman, that'll only slow your refund down, so it's up to you really.",
         m="", v=["threat_back"], n="subtle: uses her refund as leverage against her complaint"),
    dict(p=BE, s="close",
         t="Thank you for being so patient with me, and for telling us about the chat. Is there anything "
           "else you need today?",
         m="GQ"),
    dict(p=BE, s="close", t="You've been very gracious about all of this. Thank you.", m="G"),
    dict(p=BE, s="options",
         t="Here's what I'd like to do: refund both charges today, reimburse the overdraft fee, and get "
           "written confirmation of the cancellation out to you. Is that alright with you?",
         m="OIQ", n="'today' inside a proposal awaiting her answer: options, not commitment"),

    # --- generic ---
    dict(p=None, s="vent", t="uh-huh", m=""),
    dict(p=None, s="vent", t="ok", m=""),
    dict(p=None, s="heard",
         t="ok so if ive got this right, you've rung three times and every time you got cut off", m="A"),
    dict(p=None, s="heard", t="That sounds genuinely exhausting. I'm sorry.", m="E"),
    dict(p=None, s="heard", t="Sir. Sir. I'm going to need you to stop shouting at me.", m="",
         v=["calm_down"]),
    dict(p=None, s="heard",
         t="look i understand but my hands are tied, the computer just doesnt give me that button", m="",
         v=["policy"], n="'but' into a system wall cancels the acknowledgement"),
    dict(p=None, s="heard", t="How long has this been going on for?", m="Q"),
    dict(p=None, s="heard", t="right.", m=""),
    dict(p=None, s="heard",
         t="I'm sorry, I understand, but if you'd read the confirmation email you'd have seen the date.",
         m="", v=["correcting"], n="'but' into correcting cancels both marks"),
    dict(p=None, s="heard", t="I'm really sorry. The warehouse messed this up, not you.", m="E",
         v=["blame"], n="no 'but': the apology stands beside the blame"),
    dict(p=None, s="heard", t="so you're telling me you never got a single email from us. that's your position?",
         m="", v=["accusation"], n="hostile, court-room question: not a real question"),
    dict(p=None, s="heard", t="well you did give us the wrong address in the first place", m="",
         v=["blame", "correcting"], n="fault-finding against the customer and correcting her account"),
    dict(p=None, s="heard", t="thank you for telling me all this, honestly, it helps", m="G"),
    dict(p=None, s="heard", t="great, thanks for that, really helpful", m="", v=["insult"],
         n="sarcastic thanks: no gratitude"),
    dict(p=None, s="heard", t="honestly i'm fed up with this system as well", m="",
         n="the agent's own feeling, not empathy"),
    dict(p=None, s="heard",
         t="it's not really our fault, the courier lost it. i'm sorry though, i'll get a replacement out "
           "to you today",
         m="EOC", v=["blame"], n="marks after the violation are not cancelled; 'though' leads into help"),
    dict(p=None, s="options", t="What would a good outcome look like for you today?", m="IQ"),
    dict(p=None, s="options", t="would you prefer a call back or would you rather i email you the details?",
         m="IQ", n="call-back vs email is not a remedy: no options"),
    dict(p=None, s="commitment", t="i'll call you back before five today with an answer either way", m="C"),
    dict(p=None, s="commitment",
         t="I'm going to take this to my team leader right now and come back to you within twenty minutes.",
         m="C", n="escalation with a time: commitment only"),
    dict(p=None, s="commitment", t="i'll email you the full breakdown before you finish work today", m="C"),
    dict(p=None, s="close", t="Thanks so much for your patience with all this.", m="G"),
    dict(p=None, s="close", t="is there anything else i can help you with", m="Q",
         n="ending check: question, not asks_input"),
    dict(p=None, s="heard",
         t="I can understand why you'd be upset, you were promised a call and nobody rang. Thank you for "
           "giving us the chance to put it right.",
         m="AEG", n="'I can understand why you'd be upset' is acknowledge and empathise"),
    dict(p=None, s="commitment",
         t="ok so ive put the refund through just now, itll show in two to three days, and ill drop you an "
           "email tonight with the reference",
         m="OC"),
]

write_batch(ITEMS, "bb", Path(__file__).with_name("replies_extra53.jsonl"))
