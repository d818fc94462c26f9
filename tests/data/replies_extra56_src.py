"""Source of `replies_extra56.jsonl`: batch 56 of hand-written trainee replies (tune split only).

An unseen check of how the judge generalises to replies written independently. About 140 replies
of mixed length: roughly half short (1 to 12 words) and half longer (20 to 60 words, many of them
run-on and styled like a Whisper transcript), spread over all six personas and generic replies and
over every stage of the call. Around two in five carry a fault of some kind, alone or next to a
mark. Each reply was written one at a time, as a different trainee on a different day (nervous,
defensive, bored, scripted, warm, clumsy, veteran, tired), and labelled by hand from the label
definitions in README.md. The batch was written cold: from README.md, the method and the persona
files alone, without reading any labelled reply or any of the judge's code.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra56.jsonl` next to it (ids be0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    dict(p=MT, s="vent", t="mm. okay. go on", m="",
         n="letting her vent: bare fillers, no mark"),
    dict(p=LE, s="vent",
         t="so you paid for the overnight, the compressor and the board were meant to be at the "
           "restaurant first thing and it's just- nothing on tracking since we picked it up, and now "
           "your clients on your back about it, god that's a horrible spot to be in",
         m="AE"),
    dict(p=None, s="heard", t="sir you need to lower your voice", m="", v=["calm_down"]),
    dict(p=EE, s="vent", t="Understood.", m="",
         n="'understood' as a filler counts as neither (rule 1)"),
    dict(p=BE, s="heard",
         t="ah right so what's happened there is that when you cancel it doesn't actually stop till the "
           "end of the billing cycle, so the first payment would of gone out anyway, that's all "
           "explained in the T's and C's when you sign up",
         m="", v=["correcting"]),
    dict(p=VC, s="heard", t="Hearing it from the other side's solicitor, that must have been mortifying.",
         m="AE"),
    dict(p=FT, s="options",
         t="tell you what, i'll get you the newer model instead, the one up, no charge, you deserve it "
           "after all this",
         m="O", v=["over_promise"], n="upgraded model is beyond what may be offered"),
    dict(p=None, s="heard", t="yeah, got you, I know exactly what you mean", m="A"),
    dict(p=MT, s="options",
         t="right so what i'll do for you is um refund everything you've paid us so far, the whole lot, "
           "plus the fee and I'll get you the first appointment, eight o'clock, how does that sound",
         m="OIQ", v=["over_promise"],
         n="full refund is over the limit; 'how does that sound' checks acceptance"),
    dict(p=EE, s="heard",
         t="With respect, Ms Ashcombe, what you're asserting is that all three incidents breached the "
           "SLA, and I'd want to see that substantiated before we go any further, because our "
           "monitoring tells a slightly different story.",
         m="", v=["accusation", "doubt"]),
    dict(p=LE, s="heard", t="how soon does the restaurant actually need those parts?", m="Q"),
    dict(p=BE, s="vent", t="Can I take the last four digits of the card, please?", m="Q",
         v=["premature_details"], n="a request for details is still a question; at vent it is premature"),
    dict(p=FT, s="vent",
         t="i- ok so it's seven months old, it's been fixed once already by our lot and it's gone again "
           "twice since and then on monday somebody promised you a supervisor would ring within a day "
           "and nobody did, yeah, I'm getting all this down",
         m="A"),
    dict(p=None, s="heard", t="wow. okay. somebody woke up on the wrong side of the bed.", m="",
         v=["insult"]),
    dict(p=VC, s="options",
         t="I can reverse the fees on that transfer today and give you a direct line to a named senior banker.",
         m="O", n="'I can ... today' is an offer, not a commitment (rule 3)"),
    dict(p=MT, s="heard",
         t="yeah look i'm sorry about that, the install guys are a contractor we use and between you and "
           "me they're hopeless, they do this to loads of people",
         m="E", v=["blame"], n="apology comes first with no contrastive link, so it stands"),
    dict(p=EE, s="options",
         t="There are three things I can put on the table: the full SLA credit for the quarter, a named "
           "account manager, and a written root-cause report. Which would you want first?",
         m="OIQ"),
    dict(p=None, s="heard",
         t="okay i- look i can't help you if you're screaming at me like that, so can we just, like, both "
           "take a second and breathe, yeah?",
         m="", v=["calm_down"], n="'yeah?' is a tag, not a question"),
    dict(p=BE, s="heard", t="So sorry, Margaret. On a pension, that's frightening.", m="E"),
    dict(p=LE, s="heard",
         t="I'd honestly put money on it being the depot in Leicester, they've been losing stuff all month, we've had like four of these calls this week alone and every one of them went through there",
         m="", v=["blame"]),
    dict(p=FT, s="heard", t="How have you been managing with the washing in the meantime?", m="Q"),
    dict(p=None, s="heard", t="that's honestly above my pay grade", m="", v=["dismissal"]),
    dict(p=VC, s="vent", t="Mm-hm.", m=""),
    dict(p=MT, s="commitment", t="Done. Thursday, eight a.m., booked and flagged as first slot.", m="OC",
         n="confirming the rebooked appointment is a remedy (rule 4) with a time"),
    dict(p=EE, s="heard",
         t="yeah i mean um, having your whole warehouse floor just stood there for six hours and the "
           "status page saying everything's fine, I'd be livid honestly, I'm really sorry, that's- that "
           "shouldn't happen to a client like you",
         m="AE"),
    dict(p=LE, s="vent",
         t="yeah okay but, like, parcels do go missing every now and again mate, it's a big network, "
           "it's probably just sat in a cage somewhere and it'll turn up, they nearly always do",
         m="", v=["dismissal"]),
    dict(p=None, s="options", t="what would put this right for you?", m="IQ"),
    dict(p=BE, s="options", t="Right, here's what I'll do, Margaret. I'll refund both charges, cover the overdraft fee, and pop three months free on the account for all the hassle you've had.",
         m="O", v=["over_promise"], n="free months are beyond the allowed remedies"),
    dict(p=FT, s="heard", t="A toddler, a baby, and no washing machine. That sounds exhausting.", m="AE"),
    dict(p=MT, s="heard",
         t="hm, it's showing on my end that the technician attended on the fourteenth, did you maybe not "
           "hear the door?",
         m="", v=["doubt", "blame"],
         n="doubts her account and hints the miss was her fault; the question is not a real one"),
    dict(p=None, s="heard", t="so sorry about all this.", m="E"),
    dict(p=VC, s="heard", t="Sir, with the greatest respect, it's a transfer, not a kidney.", m="",
         v=["insult", "dismissal"], n="sarcasm that also shrinks the problem"),
    dict(p=EE, s="vent", t="Could you give me your contract reference first?", m="Q",
         v=["premature_details"]),
    dict(p=LE, s="options",
         t="ok so couple of things i can do, i can um refund the express fee straight back to your card, "
           "i can open a trace on the original parcel, and if you want i can book a courier today to run "
           "new parts over to the restaurant, which one do you want me doing first",
         m="OIQ"),
    dict(p=None, s="heard", t="one more word like that and this call is over", m="", v=["threat_back"]),
    dict(p=BE, s="vent",
         t="So you cancelled, you've got the email to prove it, and we still took the payment twice after "
           "that, which put your account into overdraft and your bank charged you a fee on top. And the "
           "chat told you last week it was sorted. It wasn't.",
         m="A"),
    dict(p=FT, s="options",
         t="Two choices: a brand new one, same model, with two years' extra warranty, or a senior engineer "
           "out this week with a loan machine. Your call.",
         m="OI", n="'your call' is an imperative invitation: asks_input without a question"),
    dict(p=MT, s="heard", t="okay can we take the temperature down a bit", m="", v=["calm_down"]),
    dict(p=EE, s="options", t="I can let you out of the contract, no penalty.", m="O",
         v=["over_promise"]),
    dict(p=None, s="heard",
         t="yeah so um, I'm actually in the sales team, I don't really deal with complaints, you'd be "
           "better ringing back and pressing option four, they'll sort you out",
         m="", v=["dismissal"]),
    dict(p=VC, s="heard", t="How did it leave things with the seller in the end?", m="Q"),
    dict(p=LE, s="heard", t="restaurant's blaming you for our mess. not fair on you.", m="AE"),
    dict(p=BE, s="heard", t="I do apologise if there's been any confusion with the billing.", m="",
         v=["non_apology"]),
    dict(p=MT, s="vent", t="sorry to cut in, what's the account number", m="Q",
         v=["premature_details"], n="'sorry' here is a politeness marker"),
    dict(p=FT, s="heard",
         t="and then dragging it all to the laundromat with the double buggy twice a week, like, ninety "
           "quid, I- I'd be at the end of my rope too honestly, we really dropped the ball on that "
           "callback and I'm sorry",
         m="AE"),
    dict(p=None, s="heard", t="We can only accept complaints in writing, I'm afraid.", m="", v=["policy"]),
    dict(p=EE, s="commitment",
         t="so the root cause report, you'll have that in writing by friday the twenty-first, your account "
           "manager is James Okafor and he's going to call you tomorrow before noon, and the credit will "
           "be on this month's invoice",
         m="OC"),
    dict(p=VC, s="heard",
         t="well, and I don't mean this in a bad way, but wires over a certain amount do go through extra "
           "compliance checks, so a day or two isn't unusual, it's all in the account documentation you signed",
         m="", v=["correcting", "dismissal"]),
    dict(p=None, s="close", t="thanks for your patience today, really appreciate it", m="G"),
    dict(p=LE, s="options",
         t="and look what i'll do as well is, uh, if the restaurant drops you over this we'll cover "
           "whatever that costs your business, i'll make sure of it, you wont be out of pocket mate",
         m="O", v=["over_promise"], n="paying for lost business is over the limit; no time, so no commitment"),
    dict(p=BE, s="options",
         t="So I can refund both charges and pay back the overdraft fee your bank took. Would you like the "
           "cancellation confirmed by email or by post?",
         m="OIQ"),
    dict(p=FT, s="vent",
         t="okay okay deep breath, it's only a washing machine", m="",
         v=["calm_down", "dismissal"]),
    dict(p=MT, s="options",
         t="What I can offer is the first slot of the morning so you're not sat waiting all day, plus a "
           "month's credit, and we'll knock the installation charge off. If there's a day that's better "
           "with work, just tell me.",
         m="OI", n="imperative invitation to give a preferred day: asks_input, no question"),
    dict(p=EE, s="heard",
         t="You went to bat for us in front of your board, and we've made you look bad in front of them. "
           "I'm sorry.",
         m="AE"),
    dict(p=None, s="heard", t="...", m=""),
    dict(p=VC, s="options",
         t="and um given everything, what i'm going to do is waive all the fees across your accounts for "
           "the next year, and I'll get our chief exec to give you a personal call, I think that's the "
           "least you deserve",
         m="O", v=["over_promise"]),
    dict(p=LE, s="close", t="Thanks for sticking with me, Marcus, and for keeping your cool with me. I'll ring you at four today with whatever the trace has turned up, good news or bad.",
         m="GC"),
    dict(p=FT, s="heard",
         t="to be fair to us, the engineer that came out last time is quite new, between me and you he probably didn't fit the pump right, that's usually what it is with these",
         m="", v=["blame"]),
    dict(p=None, s="heard", t="I understand, but that's just how the billing works.", m="", v=["policy"],
         n="'but' leads straight into a policy wall, cancelling the acknowledgement"),
    dict(p=BE, s="commitment",
         t="so um both refunds are going through now as we speak and the overdraft money will be back with you by thursday, and the cancellation letter goes in tonight's post",
         m="OC"),
    dict(p=MT, s="heard",
         t="oh- you're paid by the hour as well, so thats not just a wasted morning, thats two days wages "
           "you've lost because of us, I'm- honestly I'm so sorry Bernadette, that's really not okay",
         m="AE"),
    dict(p=EE, s="heard", t="Every platform has outages, even the big cloud providers go down.", m="",
         v=["dismissal"]),
    dict(p=None, s="options", t="tell me what would help most", m="I",
         n="imperative invitation: asks_input without a question"),
    dict(p=LE, s="heard",
         t="just so you know, the express service is next working day, not overnight as such, so strictly "
           "speaking it's only a few hours late at this point",
         m="", v=["correcting", "dismissal"]),
    dict(p=VC, s="vent", t="can I just confirm your date of birth first", m="Q",
         v=["premature_details"]),
    dict(p=FT, s="options", t="and this time I can guarantee it won't break down again", m="",
         v=["over_promise"], n="bare guarantee: over_promise without options (rule 5)"),
    dict(p=BE, s="heard",
         t="thank you for explaining it so clearly margaret honestly, and for coming back to us, a lot of "
           "people wouldnt bother, they'd just go straight to the bank",
         m="G"),
    dict(p=None, s="commitment", t="I'll call you back before five today, whatever happens.", m="C",
         n="a callback with a time: commitment only (rule 4)"),
    dict(p=MT, s="heard",
         t="look i can see you're out of pocket so what i'll do is i'll make up the wages you lost on both "
           "mornings, i'll get it added to your account as credit",
         m="AO", v=["over_promise"],
         n="'I can see you're out of pocket' signals the impact was understood; paying lost wages is over the limit"),
    dict(p=EE, s="heard", t="If you'd rather take it to your lawyers, Ms Ashcombe, that's entirely your call, we have a legal team too and they'll be very happy to deal with them directly.",
         m="", v=["threat_back"], n="'your call' here dares her, it does not ask her preference"),
    dict(p=LE, s="vent", t="right. yeah. go on, I'm listening", m="",
         n="invites her to keep venting; no sign of what was understood yet"),
    dict(p=None, s="heard",
         t="no yeah thats- i completely get why you're fed up, you've been passed around and nobody's "
           "owned it, im sorry",
         m="AE"),
    dict(p=VC, s="commitment", t="Priya Shah, one of our senior relationship bankers, will ring you by ten tomorrow morning with her direct number, and I've reversed the transfer fees as of now, so you'll see that today.",
         m="OC"),
    dict(p=BE, s="heard", t="Kevin on chat should never have said that, he's new", m="",
         v=["blame"]),
    dict(p=FT, s="commitment",
         t="ok so I've put the order through for the replacement right now, delivery's Saturday morning "
           "between eight and twelve, and I'll text you the warranty paperwork within the hour, and I'm "
           "going to call you Friday at four myself just to double-check",
         m="OC"),
    dict(p=None, s="heard", t="So your position is that nobody contacted you at any point. Noted.", m="",
         v=["accusation"]),
    dict(p=MT, s="options", t="I can waive the fee and get you the 8am slot. Alright?",
         m="OIQ"),
    dict(p=EE, s="close", t="Thank you for being so direct with us, it genuinely helps.", m="G"),
    dict(p=LE, s="commitment", t="the courier's booked and I promise it'll be there by two o'clock.", m="OC",
         v=["over_promise"], n="the courier is a remedy, but a delivery time the courier controls is promised"),
    dict(p=BE, s="vent", t="Oh dear. Right, yes, go on.", m="",
         n="'oh dear' is a vent filler here, not a named feeling"),
    dict(p=VC, s="heard",
         t="honestly sir it wasn't us sitting on it, it was the correspondent bank in Frankfurt holding the "
           "payment, we sent it the same day, I can see it went out at ten past nine",
         m="", v=["blame"]),
    dict(p=None, s="heard",
         t="look we're sorry that you're unhappy with how things have gone and we'll take your feedback on board, it does get passed up the line, so yeah",
         m="", v=["non_apology"]),
    dict(p=FT, s="heard",
         t="are you definitely using the right detergent though? because a lot of these faults honestly come from the wrong powder or overloading the drum, people don't realise",
         m="", v=["doubt", "blame", "correcting"], n="doubts her, puts the fault on her and lectures her; the question is not a real one"),
    dict(p=EE, s="options", t="I can promise you there'll be zero downtime from here on.", m="",
         v=["over_promise"]),
    dict(p=MT, s="heard",
         t="I mean the slot is a four hour window, so, engineers can run over a bit, it's pretty normal to "
           "be honest, it's not unusual at all",
         m="", v=["dismissal", "correcting"]),
    dict(p=None, s="close", t="is there anything else at all?", m="Q", n="ending check: question, not asks_input"),
    dict(p=BE, s="options",
         t="so what i'm thinking is, um, i refund both the charges, i cover that overdraft fee from your "
           "bank and i get a letter out to you saying its properly cancelled this time, would that um "
           "would that be alright for you margaret",
         m="OIQ"),
    dict(p=LE, s="heard",
         t="just you and your nephew, thats- yeah, that's tough", m="AE"),
    dict(p=VC, s="heard", t="If Sterling and Marsh are so wonderful, you know where they are.", m="",
         v=["threat_back", "insult"]),
    dict(p=FT, s="vent",
         t="two weeks no washer and no callback. that's rotten, I'm sorry", m="AE"),
    dict(p=None, s="commitment", t="I'll get back to you soon as I can.", m="", n="no time given: no commitment"),
    dict(p=EE, s="vent",
         t="three outages in one quarter, each one over the SLA, your warehouse stopped dead and you had to "
           "email our CEO just to get anybody's attention, I- yeah. I understand why you're where you are with us.",
         m="A", n="understanding her position, without naming a feeling: acknowledge only"),
    dict(p=BE, s="heard", t="are you looking at the right statement? we show one payment", m="",
         v=["doubt"]),
    dict(p=MT, s="close", t="thank you for giving us another go, Bernadette, honestly", m="G"),
    dict(p=None, s="heard",
         t="I'm really sorry, I know it's annoying, but our procedure says I have to raise a ticket and it "
           "goes to the team and they've got ten working days to respond, there's no way round it from my side",
         m="", v=["policy"], n="'but' leads into the policy wall, cancelling the apology and the acknowledgement"),
    dict(p=LE, s="heard",
         t="Our scan shows the parcel was handed over without the consignment label attached, so the issue "
           "originates with how it was packed.",
         m="", v=["accusation", "correcting", "blame"],
         n="insisting on the customer's error through evidence (rule 10), and pinning the fault on him"),
    dict(p=VC, s="options",
         t="Same-day transfers, or a named banker: which matters more?",
         m="OIQ"),
    dict(p=FT, s="heard", t="apologies if you were given the wrong impression about the callback", m="",
         v=["non_apology"]),
    dict(p=None, s="heard", t="that doesn't sound right, we don't normally get that", m="", v=["doubt"]),
    dict(p=EE, s="heard",
         t="Can I ask, when your board raised it on Tuesday, what specifically were they worried about, "
           "was it the downtime itself or how we communicated during it? I want to make sure the report answers that.",
         m="Q"),
    dict(p=BE, s="heard",
         t="I'm sure you were a lovely teacher and all that Margaret but honestly I've got a queue of calls building up here so if we could just get to the point", m="",
         v=["insult", "dismissal"]),
    dict(p=MT, s="options", t="Weekday morning, or would you rather a Saturday, first slot?",
         m="OIQ"),
    dict(p=None, s="heard", t="I did explain that at the start of the call though", m="", v=["correcting"]),
    dict(p=LE, s="heard",
         t="mate if you're going to keep talking to me like that I'll just put a note on the account and "
           "you can deal with the claims team by email instead, your choice",
         m="", v=["threat_back"]),
    dict(p=FT, s="commitment", t="someone from engineering will be in touch about a visit", m="",
         n="no time and no concrete remedy"),
    dict(p=EE, s="heard",
         t="I'll be honest, I'd be asking the same questions your board is. Thank you for telling me that you "
           "argued for us, that makes it worse, not better, and I'm sorry we've put you in that spot.",
         m="AEG"),
    dict(p=None, s="vent",
         t="okay before you go any further can I just grab your full name and the first line of your "
           "address so I can pull the account up while you talk",
         m="Q", v=["premature_details"]),
    dict(p=VC, s="heard", t="Having to ring the seller yourself and plead with her while we sat on your money, that must have been galling, Mr Fairclough. Where do things stand with the purchase now?",
         m="AEQ"),
    dict(p=BE, s="heard", t="Being told on the chat last week that it was all sorted and then opening your statement and finding it wasn't, honestly, that would make my blood boil, Margaret.",
         m="AE"),
    dict(p=MT, s="heard", t="sorry, but the booking tool doesn't let me choose a specific engineer", m="",
         v=["policy"], n="'sorry' apologises for the refusal; the tool excuse is a policy wall"),
    dict(p=None, s="heard", t="fair point, that's on us, we should of rung you", m="A",
         n="owns the failure without apologising or naming a feeling"),
    dict(p=LE, s="options",
         t="I can't pay out for the business side, I'll be straight with you, but I can refund the express "
           "fee today and get a courier out with new parts at our cost.",
         m="O", n="honest obstacle, not a policy wall (rule 11); 'I can ... today' is an offer"),
    dict(p=EE, s="vent", t="yeah. yep. mm", m=""),
    dict(p=VC, s="options",
         t="Mr Fairclough, I'd like to propose the following: the transfer fees reversed, a direct line to "
           "Priya Shah, one of our senior relationship bankers, and same-day priority on all future "
           "transfers. Shall I put that in place?",
         m="OIQ"),
    dict(p=FT, s="vent",
         t="right well I mean seven months, it is still under warranty so it's not like it's costing you "
           "anything, we'll just get someone round again",
         m="", v=["dismissal", "correcting"],
         n="minimises and lectures; 'get someone round' has no time and is not the allowed senior-engineer repair"),
    dict(p=BE, s="heard", t="Two charges after you'd cancelled, plus an overdraft fee. Got it.",
         m="A"),
    dict(p=None, s="heard", t="Sorry it's been a nightmare. Thanks for hanging on.",
         m="EG"),
    dict(p=MT, s="commitment", t="and what's the best number to reach you on thursday?", m="Q"),
    dict(p=EE, s="commitment", t="I'll email you the summary before five today.", m="C"),
    dict(p=LE, s="close", t="cheers marcus, thanks for bearing with me, ill be in touch", m="G",
         n="'be in touch' has no time"),
    dict(p=VC, s="close", t="I'm sorry you've taken it like that.", m="", v=["non_apology"]),
    dict(p=None, s=None, t="Right.", m=""),
    dict(p=FT, s="options",
         t="the system only lets me book a repair, I can't do replacements on my screen, it's just how it's set up",
         m="", v=["policy"]),
    dict(p=BE, s="options", t="and I'll get the bank to take that overdraft charge off too", m="O",
         v=["over_promise"], n="a promise about what her bank will do is over the limit"),
    dict(p=None, s="heard",
         t="I'm just going to stop you there because you've now said three different things about when this "
           "happened, so for the purposes of the complaint I need one version",
         m="", v=["accusation", "doubt", "calm_down"],
         n="court-room framing, doubts the account, and 'stop you there' tells the customer to stop talking"),
    dict(p=EE, s="options", t="would a named account manager help you day to day?", m="OIQ"),
    dict(p=VC, s="close",
         t="Thank you, Mr Fairclough, for giving us the chance to put it right, I know you didn't have to. "
           "Priya will be in touch by ten tomorrow, and I'll check in with you on Friday myself.",
         m="GC"),
    dict(p=FT, s="close", t="Thanks for bearing with us, Kelly. Anything else today?",
         m="GQ"),
    dict(p=None, s="heard", t="thanks for walking me through it all, so just so I've got it straight it's been three weeks, four phone calls, two promised callbacks and still nobody's actually fixed anything",
         m="GA"),
    dict(p=BE, s="heard",
         t="can I just ask, did the overdraft cause anything else to bounce or go unpaid that we need to know "
           "about? because I'd want to make sure we're covering the full picture for you",
         m="Q"),
    dict(p=None, s="heard", t="you have my word, you'll never have this problem with us again", m="",
         v=["over_promise"]),
    dict(p=MT, s="vent",
         t="okay so um you booked the eight to twelve slot, nobody turned up, and then it happened again the "
           "second time and nobody even rang you, and you'd taken both days off for it, yeah, that's- I've got all that",
         m="A"),
    dict(p=BE, s="close", t="Thank you, Margaret. I'll ring Thursday afternoon to check it's all landed.", m="GC"),
    dict(p=EE, s="heard",
         t="The billing platform sets service credits, I can't adjust them.",
         m="", v=["policy"]),
    dict(p=MT, s="heard",
         t="Bernadette I'm- I'm genuinely sorry, two mornings off work and both times sat there watching the "
           "clock till twelve and not so much as a phone call, that's just not good enough from us",
         m="AE"),
    dict(p=LE, s="commitment", t="Trace is open now. Reference coming by text in five minutes.", m="OC"),
    dict(p=EE, s="close",
         t="Thank you for giving us the chance to fix this rather than just walking, Eleanor. I'll call you "
           "Monday at nine, once you've had a chance to read the report, and we'll go through it line by line.",
         m="GC"),
    dict(p=VC, s="heard", t="Two days late on a completion. I'm truly sorry, sir.", m="AE"),
    dict(p=FT, s="options",
         t="so, um, what I can do is either send you a brand new one, same model, and stick an extra two "
           "years warranty on it, or get one of our senior engineers out to you this week with a loan machine "
           "so you're not stuck, whichever's easier for you with the little ones",
         m="OI", n="'whichever's easier for you' invites her choice without a question"),
    dict(p=BE, s="heard", t="What date did the chat say it was fixed?", m="Q"),
    dict(p=None, s="options", t="refund or a credit, which would you rather?", m="OIQ"),
    dict(p=None, s="vent",
         t="okay, I'm- I'm not going to interrupt you, take your time and tell me everything from the start, "
           "I want to make sure I get the full picture before we do anything",
         m="Q", n="invites her account of what happened, a request about her situation phrased as a "
                   "statement; nothing has been acknowledged yet"),
    dict(p=None, s="close", t="Thanks again, and sorry for the runaround.", m="GE"),
]

write_batch(ITEMS, "be", Path(__file__).with_name("replies_extra56.jsonl"))
