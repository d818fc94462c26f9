"""Source of `replies_extra89.jsonl`: 140 hand-written, hand-labelled trainee replies (tune split only).

A cross-section of one ordinary shift on the contact-centre floor: every reply is said by a different
trainee on a different call (new starters on their first week, bored veterans, agency temps, a team
leader taking over a call from a colleague, a nervous graduate, a tired evening-shift worker), across
all six personas and generic calls, with the stages in roughly the proportions a real call has them
(a little venting, a lot of hearing-out, then options, commitments and a few closes). About four in
ten carry a fault, all twelve kinds, some next to a good mark; about one in five are very good replies
(three marks or more, no fault). Short, medium and long replies; about half are styled like a Whisper
transcript (lowercase, fillers, false starts, dropped apostrophes, the odd mis-hearing).
Written cold, one item at a time, from the label definitions in README.md, /work/shared/METHOD.md and
the persona files alone, without reading any labelled reply or the judge's code, and without running
the judge on it.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra89.jsonl` next to it (ids cl0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---- early in the shift: missed-technician calls ----
    dict(p=MT, s="vent", t="mm-hm", m="", n="back-channel while she vents"),
    dict(p=MT, s="vent", t="ok so- sorry can i just grab your account number real quick before we go any further",
         m="Q", v=["premature_details"], n="'sorry' is a politeness marker; details asked while venting"),
    dict(p=MT, s="heard",
         t="so youve taken two days off work for this and both times nobody showed and nobody even rang you. "
           "thats- yeah thats not on. im really sorry",
         m="AE"),
    dict(p=MT, s="heard",
         t="I understand, but the installers are a contractor and they set their own schedule, so that's really "
           "one for them, not us.",
         m="", v=["blame", "dismissal"], n="'but' leads straight into blame and ducking, so acknowledge is cancelled"),
    dict(p=MT, s="options",
         t="What I can do is waive the installation fee, put a month's credit on the account, and get you the "
           "eight o'clock slot so you're not sat there all morning again. How does that sound?",
         m="OIQ"),
    dict(p=MT, s="commitment",
         t="Right, that's booked: Tuesday, eight a.m., first job of the day. I'll ring you Monday before five "
           "with the engineer's name.",
         m="OC", n="confirming the rebooked slot is a remedy (rule 4); callback with a time"),
    dict(p=MT, s="close",
         t="thanks for bearing with us bernadette honestly, and uh sorry again about the two mornings. anything else i can do for you",
         m="GEQ", n="ending check: question, not asks_input"),
    dict(p=MT, s="heard", t="two wasted mornings. id be livid", m="AE"),
    dict(p=MT, s="vent", t="look theres no need to raise your voice with me im trying to help", m="",
         v=["calm_down"]),
    dict(p=MT, s="options",
         t="I can't do a full refund, I'll be honest with you, that's not something I'm able to sign off. But I "
           "can waive the fee and put a month's credit on. Would that help at all?",
         m="OIQ", n="honest obstacle, not a policy wall (rule 11)"),
    dict(p=MT, s="commitment", t="so the credits going on today and ill text you the confirmation in the next ten minutes yeah",
         m="OC", n="the tag 'yeah' is not a question"),
    dict(p=MT, s="heard", t="I hear you.", m="A", n="bare sincere 'I hear you' (rule 1)"),
    dict(p=MT, s="heard", t="yeah yeah i hear you, anyway whats the- whats the postcode there", m="Q",
         n="dismissive 'yeah yeah I hear you, anyway' is not acknowledge; postcode at heard is not premature"),
    dict(p=MT, s="close", t="Sorry again for any inconvenience caused. Have a good day.", m="",
         v=["non_apology"]),
    dict(p=MT, s="heard",
         t="Hi Bernadette, it's Dan, I'm the team leader here, my colleague's filled me in. Two no-shows, no phone "
           "call either time, two days off work. I'm sorry, that's a shambles, and I'm going to sort it personally.",
         m="AE", n="team leader taking over; 'sort it personally' has no time, so no commitment"),
    dict(p=MT, s="options",
         t="I'm afraid the system won't let me pick a specific slot, it just allocates whatever's free.",
         m="", v=["policy"]),
    dict(p=MT, s="options",
         t="so bernadette i could do the eight oclock slot thursday or friday, whichever suits, and either way ill "
           "waive the installation fee and pop a months credit on. which days better for you",
         m="OIQ", n="days inside a choice are not a commitment"),
    dict(p=MT, s="heard",
         t="I'm really sorry about the two mornings. It's the subcontractor that keeps missing slots, not us.",
         m="E", v=["blame"], n="no contrastive connective, so the apology stands beside the blame"),
    dict(p=MT, s="heard", t="i hear you, two days off work is a lot, so just relax and let me sort it", m="A",
         v=["calm_down"], n="acknowledge stands: no 'but' before the violation"),
    dict(p=MT, s="heard",
         t="Are you paid for the time you took off, or has this cost you money as well?",
         m="Q", n="real question about the impact"),

    # ---- lost-express calls ----
    dict(p=MT, s="heard",
         t="oh god so you booked the morning off, waited eight till twelve, no one turned up, no phone call, and "
           "then you did the whole thing again the next week. im so sorry bernadette. thank you for giving us another go at this honestly",
         m="AEG"),
    dict(p=LE, s="vent", t="right ok so the parcel went out overnight and theres just- nothing since collection. go on",
         m="A", n="read-back of the main points, then a back-channel"),
    dict(p=LE, s="heard", t="Parcels do go missing from time to time, unfortunately. It's one of those things.",
         m="", v=["dismissal"]),
    dict(p=LE, s="heard",
         t="So your client's sat there without the compressor and they're blaming you for it. That's a horrible "
           "spot to be in, and I'm sorry we put you there.",
         m="AE"),
    dict(p=LE, s="options",
         t="ok so what i can do, i can get a same day courier out to your client with replacement parts on us, "
           "refund the express fee, and open a trace on the original. do you want me to get the courier going first",
         m="OIQ"),
    dict(p=LE, s="options", t="We'll cover whatever business you lose from this, don't worry about that.",
         m="O", v=["over_promise"], n="paying for lost business is not allowed"),
    dict(p=LE, s="commitment",
         t="The courier's booked. Driver details will be with you by text within fifteen minutes, and I'll call "
           "you at three with the trace result.",
         m="OC"),
    dict(p=LE, s="commitment", t="and i promise you itll be there by two oclock, hundred percent", m="C",
         v=["over_promise"], n="a step with a time, but a delivery time the courier controls: over_promise"),
    dict(p=LE, s="close",
         t="Thank you for your patience today, Marcus, and for giving us the chance to put it right.", m="G"),
    dict(p=LE, s="vent", t="Sir, sir, let me stop you there. Are you sure it was sent express and not standard?",
         m="", v=["doubt"], n="'are you sure' is doubting, not a real question"),
    dict(p=LE, s="heard",
         t="you paid for overnight, it never turned up, and now your customers on your back. i get it. id be fuming",
         m="AE"),
    dict(p=LE, s="options",
         t="I can refund the express fee, that's no problem. The parts themselves are covered up to the standard "
           "liability limit, so I'd put a claim in for those. Would you like me to start the claim now?",
         m="OIQ", n="the liability limit is explained honestly, not as a wall"),
    dict(p=LE, s="heard",
         t="so youre alleging the driver never collected it? because it shows collected here", m="",
         v=["accusation", "doubt"], n="'alleging' is court-room; 'it shows here' doubts him; not a real question"),
    dict(p=LE, s="vent", t="marcus mate just relax a sec yeah, well get there", m="", v=["calm_down"]),
    dict(p=LE, s="close",
         t="Thanks Marcus. The courier's collecting at two, I'll ring you at four with the trace, and if anything "
           "changes before then just call me. Anything else I can do?",
         m="GOCQ"),
    dict(p=LE, s="heard",
         t="You're right, that parcel should have been there yesterday morning. Now calm down and we'll sort it.",
         m="A", v=["calm_down"], n="no contrastive connective, so the acknowledge stands beside the calm_down"),
    dict(p=LE, s="heard",
         t="uh so i'm new, bear with me, but- so it was a compressor and a, a control board, and your client's a "
           "restaurant, yeah? and it was meant to be there next morning",
         m="A", n="nervous read-back; the 'yeah?' is a tag, not a real question"),
    dict(p=LE, s="options", t="Would you rather I started with the courier or with the refund?", m="OIQ"),
    dict(p=LE, s="heard",
         t="So the parts never arrived, the tracking's been blank since collection, and your client's taking it out "
           "on you. I'd be furious too. Can I ask how soon your client needs those parts?",
         m="AEQ"),
    dict(p=LE, s="heard",
         t="that is rough, it's just you and your nephew as well, so every job counts. i'm really sorry marcus",
         m="AE", n="reflects back what he has just told her about the firm and what it means; counted as acknowledge"),
    dict(p=LE, s="commitment", t="I'll chase the depot and let you know.", m="",
         n="no time given: not a commitment"),
    # ---- escalated-exec calls ----
    dict(p=EE, s="vent", t="mm. go on im listening", m="", n="back-channel (rule 13)"),
    dict(p=EE, s="vent", t="ok before we get into all that could i get your client reference and the, uh, the contract number",
         m="Q", v=["premature_details"]),
    dict(p=EE, s="heard",
         t="Three outages in one quarter, each one past the SLA, and the last one stopped your warehouses. "
           "In your place I'd have gone to the CEO too.",
         m="AE"),
    dict(p=EE, s="heard", t="i mean outages happen on any platform you know, nobodys got a hundred percent uptime",
         m="", v=["dismissal", "correcting"], n="minimises, and educates her on uptime"),
    dict(p=EE, s="options",
         t="I can apply the full SLA service credit for this quarter, assign you a named account manager, and have "
           "our engineering lead write up a root-cause report. Which of those would you want first?",
         m="OIQ"),
    dict(p=EE, s="options", t="If you want out of the contract, I'll make sure there's no penalty. Leave that with me.",
         m="O", v=["over_promise"]),
    dict(p=EE, s="commitment",
         t="so the root cause report will be with you in writing by friday the twentieth, and your account "
           "manager, thats priya, will call you tomorrow by twelve",
         m="OC"),
    dict(p=EE, s="heard",
         t="For the record, the logs show the second incident started on your side, with your own firewall change.",
         m="", v=["accusation", "correcting", "blame"],
         n="'for the record' + evidence of her error (rule 10), and pins the fault on her team"),
    dict(p=EE, s="close",
         t="Thank you for raising this so directly, Eleanor. I'll send you a summary of everything we agreed before five today.",
         m="GC"),
    dict(p=EE, s="heard", t="youre right, that shouldnt have happened once let alone three times. im sorry.", m="AE"),
    dict(p=EE, s="options",
         t="I can't release you from the contract, that's above my level. What I can do is the service credit and "
           "a proper root-cause report. What would your board need to see in that report?",
         m="OIQ", n="honest obstacle; asks for her input on the report"),
    dict(p=EE, s="heard", t="if you wanna call your lawyer thats- thats entirely your right. weve got ours too", m="",
         v=["threat_back"]),
    dict(p=EE, s="heard",
         t="Any formal complaint about the SLA has to come in writing to our contracts team, I can't take it over the phone.",
         m="", v=["policy"]),
    dict(p=EE, s="options",
         t="Eleanor, thank you for being so straight with me. Three breaches in a quarter is not what you signed up "
           "for, and I'm sorry. What I'd suggest is the full service credit for the quarter, a named account manager "
           "from Monday, and a written root-cause report by the twentieth. Would that give you something to take "
           "back to your board?",
         m="GAEOIQ", n="times inside a proposal awaiting her answer are an offer, not a commitment (rule 3)"),
    dict(p=EE, s="heard", t="Eleanor, I'm so sorry, and I'll personally guarantee you zero downtime from here on.",
         m="E", v=["over_promise"], n="bare guarantee: over_promise without options"),
    dict(p=EE, s="commitment",
         t="by five today youll have an email from me with the account managers name, and the root cause report "
           "follows by the twentieth. does that timeline work for your board",
         m="OCIQ"),
    dict(p=EE, s="heard",
         t="so um what what actually happened on the floor when it went down, like how long were the pickers stood idle",
         m="Q"),
    # ---- vip-client calls ----
    dict(p=VC, s="vent", t="i see", m="", n="filler while he vents"),
    dict(p=VC, s="vent", t="sorry mr fairclough can i just stop you for one second and take your date of birth for security",
         m="Q", v=["premature_details"]),
    dict(p=VC, s="heard",
         t="So the money for the completion landed two days late, the sale nearly collapsed, and you found out "
           "from the seller's solicitor rather than from us. That must have been mortifying.",
         m="AE"),
    dict(p=VC, s="heard", t="well transfers that size they always go through extra checks, thats just the process im afraid",
         m="", v=["policy"]),
    dict(p=VC, s="options",
         t="I can reverse the transfer fees today, and I'd like to give you a direct line to a named senior banker "
           "so you're never chasing anyone again. Would that be a good start?",
         m="OIQ", n="'today' inside an offer awaiting his answer"),
    dict(p=VC, s="options", t="what ill do is waive all your fees for the next year, and ill get the chief exec to give you a call personally",
         m="O", v=["over_promise"]),
    dict(p=VC, s="commitment",
         t="The fees will be reversed by close of business today, and Claire Davenport will call you on her direct "
           "line at ten tomorrow.",
         m="OC"),
    dict(p=VC, s="heard", t="With the greatest respect, sir, you're not our only client.", m="", v=["insult"]),
    dict(p=VC, s="heard",
         t="i completely understand sir, a completion deadline is- theres no wiggle room on those, and nobody "
           "picked up the phone to warn you. thats on us. im sorry",
         m="AE"),
    dict(p=VC, s="close",
         t="Thank you for staying with us, Mr Fairclough. I know you have other options, and I'm grateful you let us fix this.",
         m="G"),
    dict(p=VC, s="heard", t="Sorry you feel we've let you down.", m="", v=["non_apology"]),
    dict(p=VC, s="options", t="Would same-day priority on your transfers from now on help, alongside reversing the fees?",
         m="OIQ"),
    dict(p=VC, s="heard", t="Sir, the record clearly shows the instruction was received after the cut-off.", m="",
         v=["accusation", "correcting"], n="rule 10"),
    dict(p=VC, s="heard", t="(under breath) here we go", m="", v=["insult"], n="transcribed aside (rule 12)"),
    dict(p=VC, s="commitment",
         t="Mr Fairclough, the transfer fees are reversed as of now, and Claire Davenport will ring you before ten "
           "tomorrow with her direct line. Thank you for your patience with us today.",
         m="OCG"),
    dict(p=VC, s="heard",
         t="You had a deadline, a seller with a cash buyer, and we left you to find out from her solicitor. I'd be "
           "furious. I'm sorry, and thank you for giving me the chance to fix it.",
         m="AEG"),
    dict(p=VC, s="heard",
         t="sir i understand. let me be clear though that the delay was on the receiving banks side",
         m="", v=["blame"], n="contrastive 'though' leads straight into blame, cancelling the acknowledge"),
    dict(p=VC, s="options",
         t="Honestly, sir, I can't waive a year of fees, I'd be lying if I said I could. What I can do is reverse "
           "these transfer fees and put your payments on same-day from now on. How would you feel about that?",
         m="OIQ"),
    dict(p=VC, s="commitment", t="right so ill get that sorted for you as soon as i can", m="",
         n="'as soon as I can' is vague"),
    dict(p=VC, s="heard",
         t="if id been stood there watching a house slip away id be beside myself honestly. nobody should hear that from the other side's solicitor",
         m="AE"),

    # ---- failed-twice calls ----
    dict(p=FT, s="vent", t="mm okay. go on, im here", m="", n="back-channel"),
    dict(p=FT, s="heard",
         t="Seven months old and it's broken twice since the repair, and then nobody rang you back on Monday "
           "when they said they would. I'm so sorry, that's really not good enough.",
         m="AE"),
    dict(p=FT, s="heard",
         t="i mean are you- are you definitely using the right detergent? cause the non HE stuff can cause- can cause faults",
         m="", v=["doubt", "correcting"], n="hostile 'are you definitely' is not a real question"),
    dict(p=FT, s="options",
         t="I can replace it with a brand new machine of the same model and put a two-year extended warranty on "
           "it, or get a senior engineer to you this week with a loan machine. What would suit you better?",
         m="OIQ", n="'this week' is inside a choice, not a commitment"),
    dict(p=FT, s="options", t="look ill just upgrade you to the new model, the 9 kilo one, no charge, hows that",
         m="OIQ", v=["over_promise"], n="upgrade not allowed; 'how's that' checks acceptance"),
    dict(p=FT, s="commitment",
         t="I'm booking the senior engineer for Thursday morning now, and the loan machine will be dropped off "
           "tomorrow before noon.",
         m="OC"),
    dict(p=FT, s="heard", t="i- i completely understand how frustrating this must be with, with two little ones at home",
         m="AE", n="rule 1: 'I understand how frustrating' is both"),
    dict(p=FT, s="heard",
         t="the supervisor callback thing, yeah, that- thats not on me, thats the supervisors team, i cant speak for them",
         m="", v=["dismissal", "blame"]),
    dict(p=FT, s="close",
         t="thank you kelly for being so patient with us, i know its been a rubbish fortnight. ill call you friday at four like i said",
         m="GEC", n="'I know it's been a rubbish fortnight' validates the feeling"),
    dict(p=FT, s="vent", t="What's the model number on the back of the machine?", m="Q", v=["premature_details"]),
    dict(p=FT, s="heard", t="It'll never break down again, I promise you that.", m="", v=["over_promise"],
         n="bare guarantee, no remedy"),
    dict(p=FT, s="heard", t="if youre gonna keep swearing at me im gonna have to end the call", m="",
         v=["threat_back"]),
    dict(p=FT, s="heard", t="Sorry for any inconvenience this may have caused you.", m="", v=["non_apology"]),
    dict(p=FT, s="options",
         t="ok so kelly two ways we can go, a brand new one same model with the warranty bumped to two years, or a "
           "senior engineer out this week plus a loan machine so youre not hauling bags to the laundrette. honestly "
           "whatever works for you, which would you rather",
         m="OIQ"),
    dict(p=FT, s="commitment",
         t="right kelly so heres exactly whats happening. the new machine, same model, is ordered, its coming "
           "saturday between eight and twelve and theyll take the old one away. warranty goes up to two years. "
           "and ill text you all that in the next half hour, and im gonna ring you friday at four myself just to check",
         m="OC"),
    dict(p=FT, s="heard",
         t="Two weeks with no washing machine, a toddler and a baby, and a callback that never came. That sounds "
           "exhausting, Kelly, and I'm sorry. How have you been managing the washing?",
         m="AEQ"),
    dict(p=FT, s="heard",
         t="That's not our fault, it's the engineering firm. But I'm sorry, and I'll get a senior engineer out to you on Thursday.",
         m="EOC", v=["blame"], n="marks after the violation are not cancelled (rule 2)"),
    dict(p=FT, s="heard", t="so, um. right. ok", m="", n="dead air filler; no mark, no fault"),

    # ---- billing-error calls ----
    dict(p=BE, s="vent", t="Of course. Take your time, Mrs Ellison.", m="", n="letting her vent"),
    dict(p=BE, s="vent", t="can i just get the last four digits of the card please", m="Q", v=["premature_details"]),
    dict(p=BE, s="heard",
         t="You'd cancelled, we charged you twice anyway, your bank hit you with an overdraft fee, and then our "
           "chat told you it was fixed when it wasn't. I'm so sorry, Margaret.",
         m="AE"),
    dict(p=BE, s="heard",
         t="Well, it says here the cancellation didn't go through until the twelfth, so technically the first charge was valid.",
         m="", v=["doubt", "correcting"]),
    dict(p=BE, s="options",
         t="so what i can do for you is refund both of those charges and um cover the overdraft fee your bank "
           "charged. and ill send you a letter confirming the subscriptions properly cancelled. would you want that by email or post",
         m="OIQ"),
    dict(p=BE, s="options", t="I'll ring your bank for you and make sure they take that overdraft fee off.", m="O",
         v=["over_promise"], n="a promise about what her bank will do"),
    dict(p=BE, s="commitment",
         t="Both refunds and the overdraft fee will be back in your account by Thursday, and the confirmation "
           "letter goes out in this afternoon's post.",
         m="OC"),
    dict(p=BE, s="close",
         t="thank you so much for your patience margaret and for telling us about the chat thing, it really helps. is there anything else",
         m="GQ"),
    dict(p=BE, s="heard", t="I appreciate you're upset, but our chat team can't see billing, so they wouldn't have known.",
         m="", v=["correcting"], n="'but' leads into a defence that educates her; the empathy is cancelled"),
    dict(p=BE, s="heard", t="oh margaret thats awful, on a pension as well. id be so upset", m="E",
         n="validates the feeling; the pension detail alone is not a read-back of the complaint"),
    dict(p=BE, s="heard", t="right im sure its just a glitch, these things usually sort themselves out", m="",
         v=["dismissal"]),
    dict(p=BE, s="heard", t="If you'd rather take it to the ombudsman, madam, that's your prerogative.", m="",
         v=["threat_back"]),
    dict(p=BE, s="heard", t="are you sure it wasnt like two different subscriptions margaret", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="So your complaint is that you were allegedly charged twice after you cancelled.", m="",
         v=["accusation"], n="'allegedly' turns the read-back into court-room language"),
    dict(p=BE, s="heard",
         t="I understand, and I'm sorry. But you'll need to email the billing team a copy of your statement for the refund.",
         m="", v=["policy"], n="'but' leads straight into put-it-in-writing, cancelling both marks"),
    dict(p=BE, s="commitment",
         t="ive just processed both refunds now margaret and the overdraft fee as well, youll see it by thursday. "
           "ill call you thursday afternoon to make sure its all there. does that sound alright",
         m="OCIQ"),
    dict(p=BE, s="heard",
         t="Being told it was sorted and then finding it wasn't, that's the part I'd find hardest too. Has it "
           "caused you any other problems, with the overdraft?",
         m="AEQ"),

    # ---- generic calls, all day ----
    dict(p=None, s="vent", t="uh huh... uh huh", m=""),
    dict(p=None, s="heard", t="i hear you and your right to be annoyed", m="AE"),
    dict(p=None, s="heard", t="are you finished", m="", v=["insult"]),
    dict(p=None, s="heard", t="look i just work here mate, i dont make the rules", m="", v=["dismissal", "policy"]),
    dict(p=None, s="options",
         t="Here's what I can do for you today. Which would you prefer, a refund or a replacement sent out tomorrow?",
         m="OIQ"),
    dict(p=None, s="commitment", t="ill call you back by four today with an update, you have my word", m="C",
         n="callback with a time: commitment only (rule 4)"),
    dict(p=None, s="close", t="Is there anything else I can help with today?", m="Q"),
    dict(p=None, s="heard", t="You're claiming you were never told, is that right?", m="", v=["accusation"],
         n="'you're claiming' is court-room; the tag 'is that right?' does not make it a real question"),
    dict(p=None, s="heard", t="honestly if youd read the email we sent you wouldnt be in this situation", m="",
         v=["correcting", "blame"], n="'if you'd read' corrects her and puts the fault on her"),
    dict(p=None, s="close", t="Thank you so much for your patience, and for giving us another chance.", m="G"),
    dict(p=None, s="heard", t="That sounds really stressful. How has it affected you day to day?", m="EQ"),
    dict(p=None, s="options", t="What would make this right for you?", m="IQ"),
    dict(p=None, s="options",
         t="I'm sorry this has dragged on. I can refund the delivery charge today or send a replacement by courier. Which would you prefer?",
         m="EOIQ", n="'today' inside a choice is an offer (rule 3)"),
    dict(p=None, s="vent", t="sorry whats your reference number", m="Q", v=["premature_details"]),
    dict(p=None, s="heard", t="[sighs] okay. okay. what else", m="", v=["insult"], n="rule 12"),
    dict(p=None, s="commitment", t="I've escalated it to my manager and she'll call you before six this evening.",
         m="C", n="escalation: commitment, not options (rule 4)"),
    dict(p=None, s="options", t="i could do a partial refund, or, um, we could send an engineer out friday, totally up to you",
         m="OI", n="imperative invitation: asks_input without a question"),
    dict(p=None, s=None, t="Thanks for holding.", m="G", n="thanks for the customer's patience"),
    dict(p=None, s="heard", t="im sorry you see it that way", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="ok if you dont want to work with me i can just put the phone down", m="",
         v=["threat_back"]),
    dict(p=None, s="heard", t="wow. ok. lovely attitude", m="", v=["insult"], n="sarcasm"),
    dict(p=None, s="vent", t="can you just- can you stop talking for one second please", m="", v=["calm_down"]),
    dict(p=None, s="heard",
         t="ok so youve rung three times, nobodys called you back, and youve been left in the dark the whole time. "
           "id be really fed up too. thank you for sticking with it",
         m="AEG"),
    dict(p=None, s="heard", t="Thank you for raising it. Sorry if anyone was rude to you.", m="G",
         v=["non_apology"]),
    dict(p=None, s="options", t="postcode?", m="Q", n="details at the options stage are not premature"),
    dict(p=None, s=None,
         t="hiya its jess, ive picked this up from my colleague. i can see youve been going back and forth on this "
           "for a week, im sorry. can you tell me where its at for you right now",
         m="AEQ", n="team leader picking up a call"),
    dict(p=None, s="close",
         t="Thanks for your time today. You'll get a text confirming all of that within the hour, and I'll check "
           "in with you on Monday.",
         m="GC"),
]

write_batch(ITEMS, "cl", Path(__file__).with_name("replies_extra89.jsonl"))
