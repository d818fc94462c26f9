"""Source of `replies_extra199.jsonl`: batch 199, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is a plain
cross-section: the original set's own mix of stages (heard most common, then options, commitment,
vent and close, with a few generic `None` ones), personas (all six and the generic `None`), marks
and faults, each reply said as a different trainee (nervous, brisk, over-formal, chatty). Good
replies ("so the window was eight till twelve, both times, and not a single phone call"; "would you
rather the service credit came off next month's invoice, or as a refund against the quarter?") sit
beside faults ("the SLA's calculated over the full month though, so strictly speaking only two of
those were breaches"; "[sighs] right. so what is it you want from me") and hard negatives that look
like one but are not ("I'll get that refund sorted as quick as I can" is an offer with no time;
"I know, I know. what's your reference then" is no acknowledgement; "so, sorry, which account did
the funds actually leave from?" is neither an apology nor premature once he has been heard). About half are styled like a
Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra199.jsonl next to it (ids gr0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="mm. okay. yeah", m="", n="back-channel while she vents"),
    dict(p=MT, s="vent", t="right, sorry, can you just confirm the first line of the address for me", m="Q",
         v=["premature_details"], n="'sorry' is a politeness marker; details asked while venting"),
    dict(p=MT, s="vent", t="oh no. that's horrible, I'm sorry. keep going", m="E",
         n="sincere sympathy while letting her vent, nothing said back"),
    dict(p=MT, s="heard", t="so the window was eight till twelve, both times, and not a single phone call to say he "
         "wasn't coming. and you'd taken the day off work for it", m="A"),
    dict(p=MT, s="heard", t="you booked time off work twice and we wasted both of them. I'm really sorry "
         "Bernadette, I'd be spitting feathers", m="AE"),
    dict(p=MT, s="heard", t="um so was that, were those days unpaid for you or", m="Q",
         n="trailing 'or': a real question about the impact"),
    dict(p=MT, s="heard", t="well to be fair the technicians have loads of jobs on, sometimes the one before runs "
         "over and that's just what happens", m="", v=["dismissal"],
         n="excuse that minimises the missed visits ('these things happen')"),
    dict(p=MT, s="heard", t="did you check your junk folder? the reschedule email might of gone in there", m="",
         v=["correcting"], n="implies she missed a notice; not a real question; 'might of' mis-hearing"),
    dict(p=MT, s="options", t="okay so I can't give you all your money back, I'm being honest with you there. but I "
         "can wipe the installation fee, put a month's credit on the account, and have you down as his opening call, "
         "eight o'clock sharp. how does that sound?", m="OIQ", n="honest limit then the allowed offer: not a policy wall"),
    dict(p=MT, s="options", t="first thing saturday, eight sharp, or a weekday at eight? whichever means you're not "
         "losing another shift", m="OIQ", n="choice of rebooked slots; times inside a choice are not commitment"),
    dict(p=MT, s="options", t="tell you what, I'll refund everything you've ever paid us and the next three months "
         "are on the house", m="O", v=["over_promise"]),
    dict(p=MT, s="commitment", t="right that's done. the installation fee's gone off and the credit's on. engineer's "
         "booked eight a.m. tuesday, first job, and a confirmation text will reach you before you're off the phone",
         m="OC"),
    dict(p=MT, s="commitment", t="I'll pass all this on to the scheduling lot and they'll be in touch about a new date",
         m="", n="vague hand-off: no booking confirmed, no time"),
    dict(p=MT, s="close", t="okay, so tuesday at eight, first on his list, and the fee's waived. thanks for bearing "
         "with us Bernadette, and sorry again it took three goes", m="EOCG"),
    dict(p=MT, s="heard", t="I'm sorry you feel let down by the installation team", m="", v=["non_apology"]),
    dict(p=MT, s="heard", t="honestly that one's on the engineer, he should have rung ahead. it's not a customer "
         "services thing", m="", v=["blame"]),
    dict(p=MT, s="heard", t="so, um, just so I've got it. you took two days off and- and nobody came either time? "
         "and nobody phoned?", m="AQ", n="check-back question with a false start"),
    dict(p=MT, s="heard", t="thank you for sticking with it and not just cancelling, I know how easy that would've "
         "been", m="G"),
    dict(p=MT, s="heard", t="you're paid by the hour, so every morning you sat there waiting was money gone. that's "
         "awful, it really is", m="AE"),
    dict(p=MT, s="heard", t="that's odd, it's showing here the visit was marked as completed, both times", m="",
         v=["doubt"], n="'it says here' against her account of events"),
    dict(p=MT, s="options", t="I get that you need a time that won't cost you another shift. I can do the earliest "
         "slot, eight o'clock, and take the fee off. shall I book that in?", m="AOIQ"),
    dict(p=MT, s="commitment", t="I'm going to ring the field team lead the second we're done here and I'll call you "
         "back before two with a name and a time", m="C", n="callback with a time: commitment only, no remedy"),
    dict(p=MT, s="heard", t="[sighs] right. so what is it you want from me", m="", v=["insult", "dismissal"],
         n="transcribed sigh (rule 12); hostile question, not asking for input"),
    dict(p=MT, s="heard", t="I'm sorry, really. the contractor we use for installs is a nightmare though, they do "
         "this all the time", m="", v=["blame"],
         n="contrastive 'though' leads straight into blame: the apology is cancelled"),

    dict(p=MT, s="heard", t="god, Bernadette, two mornings' pay gone and not even a phone call. I'm so sorry. what would "
         "help most, a weekend slot or the first job on a weekday?", m="AEOIQ",
         n="choice of rebooked slots is options (rule 4)"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="ok and the consignment number on that one?", m="Q", v=["premature_details"]),
    dict(p=LE, s="vent", t="oh no. I'm really sorry, go on, what happened then?", m="EQ",
         n="invites more venting; not a details request"),
    dict(p=LE, s="heard", t="so the compressor and the control board went out with us overnight, nothing's moved on "
         "the tracking since we picked it up, and now the restaurant's on at you. have I got that right?", m="AQ"),
    dict(p=LE, s="heard", t="so the parts never turned up and your restaurant's still got no cooling. I'd be pulling "
         "my hair out", m="AE"),
    dict(p=LE, s="heard", t="parcels do go astray now and then, it's a busy network", m="", v=["dismissal"],
         n="minimising"),
    dict(p=LE, s="heard", t="was the box labelled with the restaurant's full address, unit number and everything? "
         "because the depot gets funny about that", m="", v=["correcting"],
         n="hints at the customer's error; not a real question"),
    dict(p=LE, s="heard", t="have they said anything about pulling their work from you?", m="Q"),
    dict(p=LE, s="options", t="the goods themselves are only covered up to the standard liability limit, I won't "
         "pretend otherwise. but I can give you the express fee back in full and get replacement parts couriered to the "
         "restaurant this afternoon at our cost. would that help?", m="OIQ",
         n="honest limit (rule 11), not a policy wall; 'this afternoon' inside an offer is not commitment"),
    dict(p=LE, s="options", t="that's the standard liability limit, end of. it's in the terms you ticked when you "
         "booked", m="", v=["policy", "correcting"]),
    dict(p=LE, s="options", t="every job that falls through because of this, we'll pay for it, whatever it comes to. just invoice me",
         m="O", v=["over_promise"]),
    dict(p=LE, s="commitment", t="The trace is in, reference ends four two nine. The depot has till twelve tomorrow to "
         "come back and I'll ring you at one whatever they say.", m="OC"),
    dict(p=LE, s="commitment", t="courier's booked. they'll collect the new board from our warehouse at three and it'll "
         "be at the restaurant by half six tonight", m="OC",
         n="a stated delivery time, labelled OC like the original's 'with your customer by six tonight'"),
    dict(p=LE, s="heard", t="look mate it's a parcel, nobody died", m="", v=["insult"],
         n="sneering minimiser, labelled insult like 'you're being a bit dramatic'"),
    dict(p=LE, s="heard", t="it's just you and your nephew, and this client's a big chunk of your work. I completely "
         "get why this feels so serious", m="AE"),
    dict(p=LE, s="heard", t="thanks for giving me the detail on the restaurant, that really helps me push this up the "
         "queue", m="G"),
    dict(p=LE, s="close", t="so that's the express fee back, trace running, and the new parts are with the courier. "
         "anything else I can do for you today, Marcus?", m="OQ", n="no time attached: not commitment"),
    dict(p=LE, s="vent", t="sir, there's no need for that language", m="", v=["calm_down"]),
    dict(p=LE, s="heard", t="I'm really sorry. you paid extra to get it there overnight and it's just vanished",
         m="AE"),
    dict(p=LE, s="heard", t="our courier's a third-party firm, so it's really their system that's lost it, not ours",
         m="", v=["blame"]),
    dict(p=LE, s="options", t="do you want the replacement going straight to the restaurant or back to your unit so you "
         "can fit it yourself?", m="OIQ"),
    dict(p=LE, s="heard", t="that's the courier's mess, not ours. but I'm sorry, and I'll get the express fee "
         "refunded to you today", m="EOC", v=["blame"], n="marks after the violation are not cancelled (rule 2)"),
    dict(p=LE, s="heard", t="so it never got past the first depot scan, is that what you're seeing on your end?",
         m="AQ"),
    dict(p=LE, s="heard", t="I'll get that refund sorted as quick as I can", m="O",
         n="an offer with no time: 'as quick as I can' is not a commitment"),

    dict(p=LE, s="commitment", t="cheers for holding, Marcus. express fee's refunded, that's done, and the courier's "
         "collecting the replacement at two. I'll call you at five once the restaurant's signed for it", m="OCG"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="filler while she vents"),
    dict(p=EE, s="vent", t="before we get into it could I have your customer ID and the site reference", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="heard", t="Three outages in one quarter, every one of them outside the SLA, and your warehouses at a "
         "standstill each time. That's the picture, isn't it?", m="A", n="tag question is not a real question"),
    dict(p=EE, s="heard", t="forty lorries sat at your docks and our status page was saying everything was fine. I'd "
         "be incensed, honestly", m="AE"),
    dict(p=EE, s="heard", t="you backed us to your board and we've made you look bad. I'm sorry, "
         "that's a rotten spot to be put in", m="AE"),
    dict(p=EE, s="heard", t="the SLA's calculated over the full month though, so strictly speaking only two of those "
         "were breaches", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="emailing the CEO won't get it fixed any faster, it all lands back with us anyway", m="",
         v=["correcting"], n="lecturing her about escalating"),
    dict(p=EE, s="heard", t="what did the downtime on monday actually cost you, ballpark? I'd like our director to see "
         "the real figure", m="Q"),
    dict(p=EE, s="options", t="I can't release you from the contract, I won't dress that up. What I can do is the full "
         "SLA credit for the quarter, an account manager with a name you can ring, starting this week, and a written "
         "report on the root cause, with dates in it. Is that something you could take to your board?", m="OIQ",
         n="honest limit, not policy; 'from this week' inside an offer"),
    dict(p=EE, s="options", t="fine, we'll let you out of the contract, no penalty, and cover your losses from the "
         "outages", m="O", v=["over_promise"]),
    dict(p=EE, s="options", t="I can promise you there'll be no more downtime. full stop.", m="",
         v=["over_promise"], n="bare guarantee: over_promise without options (rule 5)"),
    dict(p=EE, s="commitment", t="Your account manager's Tom Hale. He'll phone you tomorrow at ten, and the written report on "
         "what caused it lands on your desk by the twenty-first.", m="OC"),
    dict(p=EE, s="commitment", t="I'm taking this to our head of infrastructure this afternoon and you'll hear from one "
         "of us before six", m="C", n="escalation with a time: commitment only (rule 4)"),
    dict(p=EE, s="heard", t="if you want to bring lawyers in that's your call, but you'll be paying the exit fees", m="",
         v=["threat_back"]),
    dict(p=EE, s="heard", t="I hear you. and for what it's worth, you shouldn't have needed to write to the CEO to "
         "get a proper answer", m="A"),
    dict(p=EE, s="heard", t="regarding the claims in your email to our chief executive", m="", v=["accusation"]),
    dict(p=EE, s="close", t="thank you, Eleanor, for staying at the table with us rather than walking away. I'll "
         "call you on friday to take you through the report line by line", m="CG"),
    dict(p=EE, s="heard", t="uh- sorry. I'm sorry, I know you've heard sorry three times already. what would you "
         "actually need to see from us?", m="EIQ"),
    dict(p=EE, s="options", t="would you rather the service credit came off next month's invoice, or as a refund "
         "against the quarter?", m="OIQ"),
    dict(p=EE, s="heard", t="how's your board taking it, are they asking whether to stay with us", m="Q",
         n="real question without a question mark"),
    dict(p=EE, s="heard", t="we apologise for any disruption you may have experienced this quarter", m="",
         v=["non_apology"]),
    dict(p=EE, s="heard", t="thank you for your patience. are all three really breaches though? my screen's "
         "showing two", m="G", v=["doubt"], n="thanks first, then doubt; the doubting question is not a real one"),
    dict(p=EE, s="heard", t="Ms Ashcombe, I'd ask you to keep this civil or I'll have to end the call.", m="",
         v=["calm_down", "threat_back"]),

    dict(p=EE, s="heard", t="thank you for spelling it out. three breaches, your floor stood still each time, and it took "
         "an email to our chief executive before anyone listened. I'm sorry. what do you need to walk into your board with?", m="AEGIQ"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="of course, Mr Fairclough.", m=""),
    dict(p=VC, s="vent", t="I'll just need your sort code and the last four digits of the account before we go on",
         m="Q", v=["premature_details"], n="request for details phrased as a statement"),
    dict(p=VC, s="heard", t="And you had to hear it from the seller's solicitor, not from us. That's inexcusable, "
         "Mr Fairclough, and I'm sorry.", m="AE"),
    dict(p=VC, s="heard", t="two days late on a completion. I can only imagine what that did to the sale", m="AE"),
    dict(p=VC, s="heard", t="um did the seller's side hold on in the end, or was it touch and go right to the wire?", m="Q"),
    dict(p=VC, s="heard", t="transfers over a certain amount always get held for checks, that's standard for everyone",
         m="", v=["policy"]),
    dict(p=VC, s="options", t="what I'd propose is this. the transfer fees come off, you get a senior relationship banker "
         "you can ring directly, and same-day processing goes on all your accounts. is that a fair start?", m="OIQ"),
    dict(p=VC, s="options", t="no fees on anything for a year, and I'll get the chief exec to ring you personally, you "
         "have my word", m="O", v=["over_promise"]),
    dict(p=VC, s="commitment", t="The fees were reversed this morning, and Catherine Moss, your senior banker, will call "
         "you at eleven tomorrow with her direct number.", m="OC"),
    dict(p=VC, s="heard", t="if Sterling and Marsh are offering you more then honestly perhaps you should go with them",
         m="", v=["threat_back"], n="answering the competitor threat in kind"),
    dict(p=VC, s="heard", t="You're quite right, sir. Someone who's banked with us as long as you have should have had a call from us the "
         "moment it was held up.", m="A"),
    dict(p=VC, s="heard", t="I appreciate you letting me try to fix this before you make any decision about the "
         "portfolio", m="G"),
    dict(p=VC, s="heard", t="sir, I'd ask you to moderate your tone please", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="you nearly lost a house over this, and you found out from the other side's solicitor. I'd "
         "have been beside myself", m="AE"),
    dict(p=VC, s="close", t="Your fees have been reversed and the direct line's live. Thank you for your patience "
         "through all this, sir, and I'll check in with you monday morning.", m="OCG"),
    dict(p=VC, s="heard", t="I'm sorry if the service hasn't met your expectations", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="are you certain the instruction went in before the cut-off? because I'm not seeing that",
         m="", v=["doubt"]),
    dict(p=VC, s="options", t="do you want the senior banker as your only point of contact, or alongside your existing "
         "relationship manager?", m="OIQ"),
    dict(p=VC, s="heard", t="I appreciate you're upset, but the bank has acted entirely within its procedures", m="",
         v=["policy"], n="'I appreciate you're upset' is not gratitude; 'but' into a policy wall"),
    dict(p=VC, s="commitment", t="I'll have the fee reversed by five. and just so we're clear, the hold was flagged "
         "because your instruction came in after the cut-off", m="OC",
         v=["accusation", "correcting"],
         n="'just so we're clear' + his error from the records (rule 10); the offer before it stands"),
    dict(p=VC, s="heard", t="so, sorry, which account did the funds actually leave from?", m="Q",
         n="'sorry' as politeness; detail request after the vent is not premature"),
    dict(p=VC, s="heard", t="I really am sorry. you trusted us with the most important transfer of the year and we "
         "let you down", m="AE"),

    dict(p=VC, s="options", t="I'm sorry we let it get that close, sir. I can reverse the fees today and set you up with "
         "same-day transfers and a named senior banker. shall I put that in place while we're on the phone?",
         m="AEOIQ", n="'today' inside a proposal; apology names what happened"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="what's the serial number on the back of the machine", m="Q", v=["premature_details"]),
    dict(p=FT, s="heard", t="so we've repaired it, it's died again twice, and on monday you were told a supervisor "
         "would ring within a day and nobody did. I'm so sorry Kelly", m="AE"),
    dict(p=FT, s="heard", t="two little ones and no machine, that's a nightmare. no wonder you're at the end of "
         "it", m="AE"),
    dict(p=FT, s="heard", t="are you definitely not overloading it? the drum bearings go if it's packed too full", m="",
         v=["doubt", "correcting"]),
    dict(p=FT, s="heard", t="the supervisor callback isn't my team, I can't tell you why they didn't ring", m="",
         v=["dismissal"]),
    dict(p=FT, s="options", t="So I can't do the newer model or a refund, I'm sorry, that's outside what I'm allowed. But "
         "I can either swap it for a new machine, same model, with the warranty stretched by another two years, or have our most "
         "experienced engineer out to you before the weekend. Which would be better for you?", m="OIQ",
         n="'sorry' apologises for the refusal: not empathy; honest limit, not policy"),
    dict(p=FT, s="options", t="I'll get you the upgraded one, the top model, it'll be a lot more reliable", m="O",
         v=["over_promise"]),
    dict(p=FT, s="commitment", t="right, the new machine's on order, same model, and it'll be with you thursday between "
         "seven and twelve. I'll text you the driver's slot the night before", m="OC"),
    dict(p=FT, s="commitment", t="I'll make sure a supervisor calls you", m="",
         n="promise with no time, the same as the one that was broken"),
    dict(p=FT, s="heard", t="you've been dragging washing to the laundrette with a double buggy. I wouldn't wish that "
         "on anyone", m="AE"),
    dict(p=FT, s="heard", t="have you had to pay out for the launderette or anything while it's been broken?", m="Q"),
    dict(p=FT, s="close", t="thanks Kelly, honestly, you've been really patient with us. the engineer's there wednesday "
         "morning and I'll phone you that afternoon to make sure it's running", m="OCG"),
    dict(p=FT, s="heard", t="I'm sorry but the warranty doesn't cover a replacement, that's just the way it's set up", m="",
         v=["policy"], n="'but' into a policy wall cancels the apology"),
    dict(p=FT, s="vent", t="[sigh] yep. go on", m="", v=["insult"], n="transcribed sigh (rule 12)"),
    dict(p=FT, s="heard", t="what would make this right for you, realistically?", m="IQ"),
    dict(p=FT, s="heard", t="sorry that you're frustrated with the machine", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="you were promised a call and it never came. that's on us, completely", m="A",
         n="owns the failure (rule 14) but no apology or feeling named"),
    dict(p=FT, s="commitment", t="you'll have the replacement by saturday at the latest, and the two year warranty's "
         "already on your account", m="OC"),
    dict(p=FT, s="heard", t="I'm gonna sort this out for you right now, I promise", m="",
         n="'right now' with no concrete step; no remedy named"),
    dict(p=FT, s="options", t="if I got the senior engineer out thursday, would that work, or do you need it sooner with "
         "the kids?", m="OIQ"),

    dict(p=FT, s="commitment", t="I really value you hanging in there with us, Kelly. I've got our senior engineer down for "
         "tomorrow morning, first visit of the day, and I'll phone at four to hear how he got on", m="OCG"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="could I take your postcode and date of birth first, Mrs Ellison", m="Q",
         v=["premature_details"]),
    dict(p=BE, s="heard", t="right, so you'd cancelled, and we took the payment twice regardless, and our chat told you last week it "
         "was sorted when it wasn't. that's really poor of us", m="A"),
    dict(p=BE, s="heard", t="on a pension, an overdraft fee is a proper blow. I'm so sorry Margaret", m="AE"),
    dict(p=BE, s="heard", t="it says on the system the cancellation wasn't processed until the ninth, so the charges "
         "were technically valid", m="", v=["accusation", "correcting"],
         n="insisting on the customer's error through records (rule 10)"),
    dict(p=BE, s="heard", t="I'm sorry you've had to ring us twice about the same thing", m="AE",
         n="rule 14: 'sorry you've had to' + what she went through"),
    dict(p=BE, s="heard", t="the overdraft's really between you and your bank though, we don't control their fees",
         m="", v=["blame"]),
    dict(p=BE, s="options", t="I can put both charges back and pay back the overdraft fee, and I'll put the cancellation "
         "in writing for you. Would email or post be better?", m="OIQ", n="no time given: not commitment"),
    dict(p=BE, s="options", t="I'll refund it all and give you three months free for the trouble", m="O",
         v=["over_promise"]),
    dict(p=BE, s="options", t="and I'll get your bank to cancel the overdraft fee, don't you worry about that", m="O",
         v=["over_promise"], n="promises what her bank will do"),
    dict(p=BE, s="commitment", t="Both refunds are going through now, you'll see them by wednesday, and the letter "
         "confirming the cancellation goes in tonight's post.", m="OC"),
    dict(p=BE, s="heard", t="nine years with us and this is how we treat you. I'd be upset too", m="AE"),
    dict(p=BE, s="heard", t="did the overdraft knock anything else out, direct debits or anything like that?", m="Q"),
    dict(p=BE, s="heard", t="you'd have spotted the first one if you looked at your statements, it went out a fortnight ago",
         m="", v=["correcting"]),
    dict(p=BE, s="close", t="thank you Margaret, you've been very patient. refunds by wednesday and the letter's on its "
         "way. is there anything else at all?", m="OCGQ", n="ending check: question, not asks_input"),
    dict(p=BE, s="heard", t="with respect madam I don't think shouting at me is going to get your money back any "
         "quicker", m="", v=["calm_down"]),
    dict(p=BE, s="heard", t="You're right, and thank you for being so clear about it, it makes it easy for me to see "
         "what went wrong.", m="AG"),
    dict(p=BE, s="options", t="so what I'm thinking is, put both charges back today, cover the bank's fee, and confirm the "
         "cancellation in writing. is that fair, do you think?", m="OIQ", n="'today' inside a proposal"),
    dict(p=BE, s="options", t="I'm sorry you see it as an overcharge. I'll refund the second payment today", m="OC",
         v=["non_apology"], n="non-apology, then a real offer with a time"),
    dict(p=BE, s="heard", t="so the rent bounced as well? oh Margaret. I'm so sorry, that's the last thing you "
         "deserved", m="AEQ", n="check-back question on the hidden fact"),

    dict(p=BE, s="heard", t="none of this is down to you, Margaret. you'd cancelled, yet the payment came out twice, and it "
         "cost you at the bank as well. I'm grateful you've stayed so patient with us. shall I put both refunds and the overdraft fee through "
         "now?", m="AOGIQ", n="'now' inside a question waiting for her answer: an offer, not commitment"),

    # --- generic ---
    dict(p=None, s="vent", t="hang on hang on, before you carry on, what's the order number", m="Q",
         v=["premature_details"]),
    dict(p=None, s="heard", t="So the refund you were promised on the twelfth never came, and when you chased it you "
         "got cut off. Is that it?", m="AQ"),
    dict(p=None, s="heard", t="I'm really sorry you were left on hold for an hour only to get cut off", m="AE",
         n="rule 14"),
    dict(p=None, s="heard", t="I know, I know. what's your reference then", m="Q",
         n="rule 13: said straight into a details request, no acknowledgement"),
    dict(p=None, s="heard", t="I hear you, the replacement never showed and nobody rang to tell you. what's the "
         "reference on it so I can chase?", m="AQ", n="rule 13: said back with what went wrong, so it counts"),
    dict(p=None, s="heard", t="I get that you're annoyed, but you did agree to the terms when you ordered", m="",
         v=["correcting"], n="'but' cancels the acknowledgement"),
    dict(p=None, s="heard", t="you've been more patient than I would've been, thank you", m="G"),
    dict(p=None, s="heard", t="sorry if anything's been unclear", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="it goes on the form, that's the process, I can't skip a step", m="",
         v=["policy"]),
    dict(p=None, s="heard", t="okay well if you're going to speak to me like that I'll end the call", m="",
         v=["threat_back"]),
    dict(p=None, s="heard", t="oh come on, it's hardly the end of the world is it", m="", v=["insult"],
         n="sneering; tag 'is it' is rhetorical"),
    dict(p=None, s="heard", t="are you actually listening to me right now?", m="", v=["insult"],
         n="hostile rhetorical question"),
    dict(p=None, s="options", t="I can send a replacement out tomorrow, or refund you in full today, it's your call",
         m="OI", n="imperative invitation, no question; times inside a choice"),
    dict(p=None, s="options", t="shall I talk you through a couple of ways we could fix this?", m="IQ",
         n="asks permission; no remedy named yet"),
    dict(p=None, s="commitment", t="the refund's gone through, and you'll have the email confirming it in the next ten "
         "minutes", m="OC"),
    dict(p=None, s="close", t="thanks for sticking with it. you'll have the confirmation by text before the end of "
         "today", m="CG"),
    dict(p=None, s="close", t="is there anything else I can help with while I've got you?", m="Q",
         n="ending check: not asks_input"),
    dict(p=None, s=None, t="I'm sorry, that's not good enough from us", m="AE", n="owns the failure (rule 14)"),
    dict(p=None, s=None, t="you'll have to take it up with head office", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="how's all this left you, are you okay?", m="Q"),
    dict(p=None, s="heard", t="right so for the record you're saying you never received any email from us", m="",
         v=["accusation"]),
    dict(p=None, s=None, t="I'm not sure I understand why this has got you so upset", m="",
         n="negated acknowledgement, like 'I don't understand why you're upset'"),
    dict(p=None, s="options", t="I could refund the delivery, or we could resend it next day at no charge. whatever "
         "you'd prefer", m="OI"),
    dict(p=None, s="heard", t="thank you for telling me, honestly. it's awful being passed around like that and I'm "
         "sorry", m="AEG"),
    dict(p=None, s="vent", t="mm. yeah. I'm with you", m="", n="back-channel (rule 13)"),
    dict(p=None, s="heard", t="sorry you've been bounced between departments. look, calm down and we'll get it sorted", m="AE",
         v=["calm_down"], n="no contrastive connective, so the apology stands beside calm_down (rule 2)"),
    dict(p=None, s="heard", t="so it did arrive, but it was the wrong size, and the returns link doesn't work. have I "
         "got that right?", m="AQ"),
    dict(p=None, s="heard", t="I hear you but there's nothing I can do from here", m="", v=["dismissal"],
         n="'but' into dismissal cancels the acknowledgement"),
    dict(p=None, s="heard", t="what do you expect me to do, magic it back?", m="", v=["insult", "dismissal"],
         n="sarcastic, and ducks it like 'what do you want me to do about it'; not asking for input"),
    dict(p=None, s="options", t="I'm really sorry about all this. would a full refund today put it right, or would you "
         "rather a replacement?", m="EOIQ"),
    dict(p=None, s="commitment", t="I'm sorry for the run-around. I've put the refund through as urgent, and I'll ring "
         "you by three to confirm it's cleared.", m="EOC"),
]

write_batch(ITEMS, "gr", Path(__file__).with_name("replies_extra199.jsonl"))
