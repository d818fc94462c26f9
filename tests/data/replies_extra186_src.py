"""Source of `replies_extra186.jsonl`: batch 186, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its tune
part alone, without reading the judge's code or any other labelled batch. Its theme is a cross-section:
the same mix of personas, stages, lengths and qualities as the original tune part, so good, mediocre
and bad replies side by side, with violations of every kind. Wordings run from back-channels ("mm",
"...", "understood") and bare details requests ("postcode?") through plain paraphrases ("so you
booked the eight to twelve slot, nobody turned up, nobody rang") and honest limits ("I can't release
you from the contract, and I'd rather be honest about that now") to sighs, policy walls, non-apologies
and over-promises ("I'll refund it in full and you can go buy whatever machine you like"). Hard
negatives sit among them: "option" with no offer, "sorry" as politeness or for a refusal, time words
without a step, an escalation with no remedy, a trailing "though" that still cancels, and details
asked for after the venting is over. About half are styled like a Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra186.jsonl next to it (ids ge0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="mm", m="", n="back-channel while she vents"),
    dict(p=MT, s="vent", t="sorry sorry can I just stop you there, what's the, the account holders name", m="Q",
         v=["premature_details"], n="'sorry' is politeness; interrupts the venting for a detail"),
    dict(p=MT, s="vent", t="oh no, twice? that's awful. okay, keep going, I'm listening", m="E",
         n="echo 'twice?' is a back-channel, not a restatement or a real question; 'that's awful' is sympathy"),
    dict(p=MT, s="heard", t="so you booked the eight to twelve slot, nobody turned up, nobody rang, and then the exact "
         "same thing happened the second time. and you'd taken the day off work both times", m="A"),
    dict(p=MT, s="heard", t="I'm really sorry you've had to lose two days' work over us and still got nothing", m="AE",
         n="'sorry you've had to' + what happened: acknowledge as well (rule 14)"),
    dict(p=MT, s="heard", t="well to be fair the engineer might of been held up on an earlier job, it does happen",
         m="", v=["dismissal"], n="excuse that brushes it off ('it does happen'); 'might of' mis-hearing"),
    dict(p=MT, s="heard", t="yeah no I- I'd be so annoyed, like, you sat in all morning for nothing", m="AE"),
    dict(p=MT, s="heard", t="[sighs] okay. what was the date of the second one", m="Q", v=["insult"],
         n="transcribed sigh (rule 12); the date request is a real question and not premature after venting"),
    dict(p=MT, s="heard", t="our records show the technician attended at eleven forty and got no answer at the door",
         m="", v=["accusation", "correcting"], n="insisting on her error through the records (rule 10)"),
    dict(p=MT, s="heard", t="ah no love, that's terrible, two whole days you've lost over us, I'm that sorry", m="AE",
         n="regional register"),
    dict(p=MT, s="heard", t="thanks for telling it all over again, I know you've told it three times already. can I "
         "ask, was it unpaid both days?", m="AGQ", n="'told it three times' names what she went through"),
    dict(p=MT, s="heard", t="you're right, it's not good enough, and that's on us", m="A",
         n="owns the failure; no apology or feeling named"),
    dict(p=MT, s="heard", t="I'm not being funny but did you definitely book it for the morning?", m="", v=["doubt"],
         n="doubting question, not a real one"),
    dict(p=MT, s="heard", t="honestly, thank you for giving us one more go after all that. I wouldn't have blamed you "
         "for walking", m="EG", n="'wouldn't have blamed you' validates her anger, as 'I don't blame you' does"),
    dict(p=MT, s="heard", t="I cant- I can't even imagine, two mornings gone. what does your work say about it?",
         m="AEQ", n="'can't imagine' is sympathy (rule 8); names the two lost mornings"),
    dict(p=MT, s="options", t="okay so. I can't give you the whole installation back I'm afraid, that's more than I'm "
         "allowed to do, but I can take the install fee off completely, put a months credit on, and book you the "
         "eight am slot so you're first. does that sound fair", m="OIQ",
         n="honest limit, not a policy wall; 'I can' inside a proposal is an offer"),
    dict(p=MT, s="options", t="look I'll just refund the lot, installation, first months bill, all of it, and I'll "
         "knock fifty quid off every month for the first year", m="O", v=["over_promise"]),
    dict(p=MT, s="options", t="would an eight o'clock on saturday be any good? he'd be first on his list", m="OIQ"),
    dict(p=MT, s="options", t="the options are really just to rebook you, that's about it", m="O",
         n="grudging, but a rebooked visit is a remedy (rule 4)"),
    dict(p=MT, s="options", t="okay so um, I- I'm really sorry, like, you took two days off and lost the pay and "
         "nobody even phoned you, that's, that's honestly shocking. what I'd like to do is, um, get the fee waived "
         "and book you in first thing, eight o'clock, whatever day you want. which day's good?", m="AEOIQ"),
    dict(p=MT, s="commitment", t="Right, you're booked: Tuesday the ninth, 8am, he's first on the sheet. The fee's "
         "already off your account, and I'll ring you Monday teatime to double-check.", m="OC"),
    dict(p=MT, s="commitment", t="I'll get onto the scheduling team and someone will sort a new time out for you",
         m="", n="promise with no time"),
    dict(p=MT, s="close", t="brill. so thats friday at eight, credits on, fee's waived. thanks ever so much for "
         "sticking with us Bernadette", m="OCG", n="confirmed booking with a time: commitment; 'thats' as transcribed"),
    dict(p=MT, s="close", t="and you're happy with friday?", m="IQ", n="checks acceptance of the booking"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="postcode?", m="Q", v=["premature_details"]),
    dict(p=LE, s="vent", t="that's a nightmare, honestly. go on, what happened after that", m="EQ",
         n="invites more venting; not a details request"),
    dict(p=LE, s="heard", t="so you paid for overnight, it's a compressor and a control board for a restaurant job, "
         "and the tracking hasn't moved since we picked it up", m="A"),
    dict(p=LE, s="heard", t="and now the restaurant's got no fridge and they're blaming you. that's a rotten spot to "
         "be in", m="AE"),
    dict(p=LE, s="heard", t="god, I'm so sorry Marcus. you paid extra so it'd get there overnight, and instead you've "
         "had to phone your client and tell them it's vanished. thanks for bearing with me while I look", m="AEG"),
    dict(p=LE, s="heard", t="parcels do go astray now and then I'm afraid, it's one of those things", m="",
         v=["dismissal"], n="minimising"),
    dict(p=LE, s="heard", t="that'll be the depot at fault, they've had staffing problems all week", m="", v=["blame"]),
    dict(p=LE, s="heard", t="I hear you. so what's the consignment number", m="Q",
         n="'I hear you' said straight into a details request is not acknowledge (rule 13)"),
    dict(p=LE, s="heard", t="I hear you, the parts never turned up and your client's been left with a dead walk-in. "
         "what's the consignment number, so I can pull it up?", m="AQ",
         n="'I hear you' said back with what went wrong does count (rule 13)"),
    dict(p=LE, s="heard", t="did the restaurant have to shut because of it?", m="Q"),
    dict(p=LE, s="heard", t="sorry, can I just check, was it one box or two?", m="Q",
         n="politeness 'sorry'; a detail question after venting is not premature"),
    dict(p=LE, s="heard", t="With respect, sir, you did choose the cheapest carrier on the booking form.", m="",
         v=["correcting"]),
    dict(p=LE, s="heard", t="mate, swearing at me isn't going to get your parcel back any quicker", m="",
         v=["calm_down"], n="telling him to stop swearing works like 'no need to shout'"),
    dict(p=LE, s="heard", t="thank you for ringing us this quickly, the sooner a trace goes in the better the odds",
         m="G", n="no trace actually offered"),
    dict(p=LE, s="heard", t="right so your saying the whole consignment, both boxes, nothing at all?", m="AQ",
         n="neutral check-back, not 'you're claiming'; 'your' mis-hearing"),
    dict(p=LE, s="heard", t="I'm sorry, and I know it's cost you with your client. you'll have to submit a claim form "
         "online though, that's the only way", m="", v=["policy"],
         n="'though' with the wall cancels the marks before it, as 'rules are rules though' does"),
    dict(p=LE, s="options", t="I can't compensate you for the work you might lose, I want to be upfront about that. "
         "what I can do is send a courier today with replacement parts at our cost, and refund the express charge. "
         "do you want me to do that?", m="OIQ", n="honest obstacle; 'today' inside an offer"),
    dict(p=LE, s="options", t="I'll refund the express, open a trace and send a courier, and if your client walks "
         "away we'll pay you whatever that job was worth", m="O", v=["over_promise"]),
    dict(p=LE, s="options", t="a trace is all I can do I'm afraid, the system doesn't let me refund express until "
         "its been found", m="O", v=["policy"], n="a trace is a remedy; 'the system doesn't let me' is a wall"),
    dict(p=LE, s="options", t="would it be more help if the replacement went straight to the restaurant, or do you "
         "want it with you so you can fit it yourself", m="OIQ"),
    dict(p=LE, s="commitment", t="the trace is in, reference T four nine two, the courier's collecting the "
         "replacement at one, and your express fee's been refunded as of now", m="OC"),
    dict(p=LE, s="commitment", t="I'm going to ring the depot now and I'll call you back within thirty minutes with "
         "whatever they tell me", m="C", n="a callback with a time, no remedy"),
    dict(p=LE, s="close", t="thanks Marcus. I know it's been a horrible day, and thanks for letting me put it right",
         m="EG"),
    dict(p=LE, s="close", t="before I let you go, has the courier actually turned up at the restaurant yet?", m="Q",
         n="follow-up check"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood", m="", n="'understood' as a filler (rule 1)"),
    dict(p=EE, s="vent", t="before you carry on could you confirm the contract reference for me", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="heard", t="three outages in one quarter, every one of them a breach, and you had to email our chief "
         "exec to get anyone's attention. is that a fair summary?", m="AQ"),
    dict(p=EE, s="heard", t="I'm sorry. that's three times your warehouses have stopped because of us, and I'd be "
         "furious", m="AE"),
    dict(p=EE, s="heard", t="we're at ninety nine point nine percent uptime overall so I'm not sure three is right",
         m="", v=["doubt", "correcting"]),
    dict(p=EE, s="heard", t="regarding the damages you're alleging, that would be a matter for legal", m="",
         v=["accusation", "dismissal"]),
    dict(p=EE, s="heard", t="if you want to bring your lawyers in that's entirely your call, we'll see you in court",
         m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="what did the last outage cost you in real terms, orders missed, staff stood down?",
         m="Q"),
    dict(p=EE, s="heard", t="I appreciate you being this direct with me, it makes it a lot easier to fix", m="G"),
    dict(p=EE, s="heard", t="it must be awful having to go back to your board and explain this a third time", m="AE",
         n="'a third time' names the repeat outage, so more than feeling alone"),
    dict(p=EE, s="heard", t="we're sorry if the outages have caused your team any difficulties", m="",
         v=["non_apology"], n="'sorry if' + 'any difficulties' hedges the apology"),
    dict(p=EE, s="heard", t="you're right. we've broken the SLA three times and nobody owned it. I own it now", m="A"),
    dict(p=EE, s="heard", t="Ms Ashcombe, I fully acknowledge the seriousness of three consecutive service level "
         "breaches, and I apologise unreservedly on behalf of the company.", m="AE", n="over-formal register"),
    dict(p=EE, s="heard", t="thank you for raising it at this level. to be clear though, the second incident was a "
         "third party DNS issue, not our platform", m="G", v=["blame"],
         n="thanks stand before the 'though'; fault pushed onto a third party"),
    dict(p=EE, s="heard", t="I'm sorry, truly. you'll need to put your concerns in writing to the contracts team", m="E",
         v=["policy"], n="no 'but': the apology stands beside the wall"),
    dict(p=EE, s="options", t="I can't release you from the contract, and I'd rather be honest about that now than "
         "string you along. what I can put forward is the quarter's SLA credit, an account manager who's yours by "
         "name, and a root cause report in writing. do you want to go through those?", m="OIQ",
         n="honest obstacle, not policy"),
    dict(p=EE, s="options", t="we'll let you out of the contract with no penalty, and I'll get finance to look at "
         "damages", m="O", v=["over_promise"]),
    dict(p=EE, s="options", t="how about this, the service credit for the quarter and a named account manager, is "
         "that the sort of thing you had in mind?", m="OIQ"),
    dict(p=EE, s="options", t="I'll guarantee you zero downtime for the rest of the contract, personally", m="",
         v=["over_promise"], n="bare guarantee: over_promise without options (rule 5)"),
    dict(p=EE, s="options", t="what's the contract reference, just so I've got the right account up?", m="Q",
         n="details request after venting: not premature"),
    dict(p=EE, s="commitment", t="you'll have the root cause report by five pm on the twenty first, signed off by our "
         "CTO, and your account manager will be in touch tomorrow morning", m="OC"),
    dict(p=EE, s="commitment", t="I'm sorry this needed your CEO to get it moving. Priya's confirmed as your account "
         "manager from today, and I'll personally send the root cause report by Friday the sixteenth. Thank you for "
         "giving us the chance.", m="AEOCG", n="the apology names her having to escalate"),
    dict(p=EE, s="close", t="so we're clear: the credit for the quarter, Priya looking after you, and the root "
         "cause write-up by the thirtieth. anything you want changed?", m="OCIQ"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="I'm so sorry, sir. May I just take your sort code and account number?", m="EQ",
         v=["premature_details"]),
    dict(p=VC, s="heard", t="so the money was two days late for your completion, and you only found out because the "
         "seller's solicitor rang you, not us. that's not acceptable", m="A"),
    dict(p=VC, s="heard", t="hearing it from their solicitor instead of from us, I'd be mortified. I'm sorry", m="AE"),
    dict(p=VC, s="heard", t="the transfer was held by the correspondent bank, sir, it was out of our hands", m="",
         v=["blame"]),
    dict(p=VC, s="heard", t="sorry that's how it's come across to you", m="", v=["non_apology"],
         n="apologises for his perception, not the event"),
    dict(p=VC, s="heard", t="with the greatest respect sir, raising your voice won't make the money move any faster",
         m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="did the sellers give you any extra time in the end, or did it go right to the wire?",
         m="Q"),
    dict(p=VC, s="heard", t="you'll have to raise a formal complaint through the complaints portal for that", m="",
         v=["policy"]),
    dict(p=VC, s="heard", t="I'm very sorry. you were kept in the dark on the biggest purchase of the year, and that's "
         "on us", m="AE"),
    dict(p=VC, s="heard", t="is the completion through now? is there anything on it still outstanding that I can "
         "chase for you", m="IQ"),
    dict(p=VC, s="heard", t="I take your point. though in fairness the instruction did come in after the cut-off",
         m="", v=["correcting"], n="'though' leads into correcting and cancels the acknowledgement"),
    dict(p=VC, s="heard", t="I might be able to do something on the fee, I'd have to see", m="",
         n="hedged; no concrete remedy offered"),
    dict(p=VC, s="heard", t="you must have been on tenterhooks with the solicitors on the phone", m="E"),
    dict(p=VC, s="heard", t="I can see why you'd be angry, sir, I'd be demanding answers myself", m="AE", n="rule 1"),
    dict(p=VC, s="heard", t="two days late on a completion, yes, I've got that here", m="A",
         n="time words, no commitment"),
    dict(p=VC, s="heard", t="you're free to take your business elsewhere, sir, of course", m="", v=["threat_back"]),
    dict(p=VC, s="options", t="I'll reverse the fees on this one, and I'd like to put you with a senior relationship "
         "banker, direct line, no call centre. would that help?", m="OIQ"),
    dict(p=VC, s="options", t="I understand, sir, the deal nearly fell through and nobody told you. I'd like to reverse "
         "the fees and set your transfers to same-day from now on, with a named banker you can ring directly. would "
         "you like me to set that up?", m="AOIQ", n="'from now on' describes the offer, not a step with a time"),
    dict(p=VC, s="options", t="we'll cover any costs the delay caused on the property side, legal fees, penalties, "
         "whatever there was", m="O", v=["over_promise"]),
    dict(p=VC, s="options", t="would you like every transfer from your accounts set to same-day as standard?",
         m="OIQ"),
    dict(p=VC, s="options", t="the fee's being reversed as we speak. for the record though, your instruction landed "
         "with us after the cut-off", m="OC", v=["accusation", "correcting"],
         n="'though' cancels only acknowledge/empathise; the reversal 'as we speak' is an immediate step"),
    dict(p=VC, s="commitment", t="the fee's reversed as of now, and Catherine Hale, your senior banker, will ring you "
         "at ten tomorrow with her direct line", m="OC"),
    dict(p=VC, s="commitment", t="I'll have someone from payments look into it as a matter of priority", m="",
         n="'priority' is not a time"),
    dict(p=VC, s="close", t="Thank you, sir, for your patience this afternoon, and for staying with us.", m="G"),
    dict(p=VC, s="close", t="Thank you, Mr Fairclough. Catherine will phone you first thing tomorrow, nine o'clock, and "
         "you'll see the fee back on your statement by this evening.", m="OCG"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="ugh, that's rubbish. keep going", m="E", n="sympathy while letting her vent"),
    dict(p=FT, s="vent", t="what's the serial number on the machine?", m="Q", v=["premature_details"]),
    dict(p=FT, s="heard", t="so it's been fixed, broken, fixed, broken again, and then the supervisor never rang you "
         "back on monday like they said", m="A"),
    dict(p=FT, s="commitment", t="right Kelly, I hear you, no more promises that go nowhere. the engineer's booked for "
         "thursday between eight and ten with a loan machine, and I'll ring you at six tomorrow myself. thank you for "
         "hanging in there with us", m="AOCG", n="'promises that go nowhere' echoes the missed callback"),
    dict(p=FT, s="heard", t="I'm sorry you were promised a supervisor and then nobody bothered to ring", m="AE",
         n="rule 14: sorry + what happened to her"),
    dict(p=FT, s="heard", t="with kids in the house and no washer, you must be drowning in laundry, honestly", m="AE"),
    dict(p=FT, s="heard", t="are you overloading it at all? because the drum bearings go if you do", m="",
         v=["doubt", "correcting"], n="rhetorical: implies her error"),
    dict(p=FT, s="heard", t="how are you managing, are you going to the laundrette?", m="Q"),
    dict(p=FT, s="heard", t="I get it, you've had enough of us", m="AE"),
    dict(p=FT, s="heard", t="oh for goodness sake, I'm trying to help you here", m="", v=["insult"]),
    dict(p=FT, s="heard", t="keep talking to me like that and I'll put you back in the queue", m="",
         v=["threat_back"]),
    dict(p=FT, s="heard", t="thank you for chasing, honestly. you shouldn't have had to, we should've rung you", m="AG",
         n="owns the missed callback"),
    dict(p=FT, s="heard", t="three weeks without a working machine and a broken promise on top. I'm so sorry Kelly",
         m="AE"),
    dict(p=FT, s="heard", t="I'm sorry, but you'll need to book the engineer through the website, I can't do it from "
         "here", m="", v=["policy"], n="'sorry, but' into a wall: no empathy"),
    dict(p=FT, s="options", t="I can't offer you an upgrade, that's the one thing I can't do, but I can send a senior "
         "engineer this week with a loan machine till it's fixed, or swap it for a brand new one of the same model "
         "with two years extra warranty. which sounds better?", m="OIQ", n="honest obstacle; time inside a choice"),
    dict(p=FT, s="options", t="tell you what, I'll refund it in full and you can go buy whatever machine you like",
         m="O", v=["over_promise"]),
    dict(p=FT, s="options", t="we can do a replacement", m="O"),
    dict(p=FT, s="options", t="would you rather we have another go at fixing it, with our most senior engineer, or just "
         "swap it out?", m="OIQ"),
    dict(p=FT, s="commitment", t="the senior engineer's down for wednesday, first call, about eight, and he'll bring a "
         "loan machine with him. I'll text you tonight by seven to confirm", m="OC"),
    dict(p=FT, s="commitment", t="I'm getting the supervisor to call you, and I'm staying on this till she does", m="",
         n="escalation with no time and no remedy"),
    dict(p=FT, s="close", t="right, so the new machine comes thursday, same model, warranty's extended two years, and "
         "I'll ring you friday dinner time to make sure it's all plumbed in. thank you Kelly", m="OCG"),
    dict(p=FT, s="close", t="did the engineer sort it in the end? is it washing okay now?", m="Q", n="follow-up"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="can you give me the last four digits of the card please", m="Q",
         v=["premature_details"], n="request phrased without a question mark"),
    dict(p=BE, s="heard", t="I'm so sorry, Margaret. you cancelled properly and we still got it wrong. which would you "
         "want sorted first, the money back or a letter for your bank?", m="AEOIQ",
         n="choice between remedies"),
    dict(p=BE, s="vent", t="okay. I'm just pulling your account up while you talk", m="",
         n="no details asked for, so not premature"),
    dict(p=BE, s="vent", t="I'm so sorry, Margaret. Take all the time you need.", m="E"),
    dict(p=BE, s="heard", t="so you cancelled, then we took the payment twice, your account went overdrawn, and live "
         "chat told you last week it was sorted when it wasn't", m="A"),
    dict(p=BE, s="heard", t="oh Margaret I'm so sorry, on a pension as well. that's the last thing you need", m="E",
         n="feeling and apology; one detail is not a restatement of the complaint"),
    dict(p=BE, s="heard", t="the chat agent shouldn't have told you that, they clearly didn't check", m="",
         v=["blame"], n="fault pinned on another agent"),
    dict(p=BE, s="heard", t="the payment may have already been in the system before your cancellation went through, "
         "that sometimes happens", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="we can't be held responsible for your bank's overdraft charges", m="", v=["blame"]),
    dict(p=BE, s="heard", t="thank you for being so clear, you've made it really easy to see what went wrong", m="G"),
    dict(p=BE, s="heard", t="I'm sorry about the double charge, but rules are rules, refunds take ten days", m="",
         v=["policy"], n="'but' cancels the apology"),
    dict(p=BE, s="heard", t="you should of got a confirmation email when you cancelled, did you not check it?", m="",
         v=["correcting"], n="rhetorical; 'should of'"),
    dict(p=BE, s="heard", t="has the bank said anything else, like are they charging you interest on top?", m="Q"),
    dict(p=BE, s="heard", t="that's not fair on you, and none of this is your doing", m="AE",
         n="clearing the customer acknowledges (rule 14); 'not fair on you' validates"),
    dict(p=BE, s="heard", t="ah, so you're saying you cancelled on the second? it's not showing here", m="",
         v=["doubt"], n="disbelieving check, not a real question"),
    dict(p=BE, s="heard", t="honestly if that happened to me on my pension I'd be beside myself", m="E"),
    dict(p=BE, s="heard", t="whose error was it, did you cancel online or over the phone?", m="Q", v=["blame"],
         n="'whose error' is blame; the how-did-you-cancel part is a real question"),
    dict(p=BE, s="options", t="there's no option for us to pay bank charges, that's between you and your bank", m="",
         v=["dismissal"], n="'option' word, refusing an allowed remedy"),
    dict(p=BE, s="options", t="I'll refund both of the charges and pay back the overdraft fee, and I'll put three "
         "months free on for the trouble", m="O", v=["over_promise"]),
    dict(p=BE, s="options", t="I can put both payments back and pay the overdraft fee your bank took. shall I go "
         "ahead and do that now?", m="OIQ", n="'now' inside a proposal: an offer, not yet a commitment"),
    dict(p=BE, s="options", t="I'm not able to give extra compensation, sorry, but both payments and the overdraft fee, "
         "yes, I can put all of that back. is that alright for you?", m="OIQ",
         n="'sorry' for a refusal is not empathy"),
    dict(p=BE, s="commitment", t="both payments are going back to your card today, you should see them in three to five "
         "working days, and I'll email you a letter for the overdraft by the end of the afternoon", m="OC"),
    dict(p=BE, s="commitment", t="refund's gone through now, both payments, and I've emailed you the letter for the "
         "bank. honestly, calm down, you'll be fine", m="OC", v=["calm_down"]),
    dict(p=BE, s="close", t="so that's everything put back, the two payments and the bank fee. sorry again for the "
         "worry, Margaret", m="EO", n="remedy done, no time given"),

    # --- generic ---
    dict(p=None, s="vent", t="...", m=""),
    dict(p=None, s="vent", t="okay and what's your date of birth", m="Q", v=["premature_details"]),
    dict(p=None, s="heard", t="I hear you, I hear you, and I'm so sorry this has dragged on for weeks", m="AE"),
    dict(p=None, s="heard", t="you don't need to take that tone with me", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="fine. whatever. I'll put a note on it", m="", v=["insult"], n="curt and rude"),
    dict(p=None, s="heard", t="sorry if I've upset you in any way", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="I'm really sorry you had to explain all of this twice", m="AE", n="rule 14"),
    dict(p=None, s="heard", t="what would put this right for you?", m="IQ"),
    dict(p=None, s="heard", t="can I ask how long you've been waiting altogether?", m="Q"),
    dict(p=None, s="heard", t="thank you for telling me, it's better I hear it than you just quietly leave", m="G"),
    dict(p=None, s="heard", t="that's rubbish, I'm sorry. you deserve better than that from us", m="E"),
    dict(p=None, s="heard", t="right so basically the delivery came, it was the wrong item, and then no-one answered "
         "your emails?", m="AQ", n="check-back question"),
    dict(p=None, s="heard", t="so what I'm taking from this is you paid, you waited, and nobody kept you in the loop",
         m="A"),
    dict(p=None, s="heard", t="oh great. thanks for that, really helpful", m="", v=["insult"],
         n="sarcastic thanks, no gratitude"),
    dict(p=None, s="heard", t="I can't believe nobody rang you back, that's shocking", m="AE", n="rule 8"),
    dict(p=None, s="heard", t="um, s- sorry, I'm, I'm new, um, let me just... I'll have to ask someone", m="",
         n="nervous; 'sorry' is filler and asking a colleague is not ducking the problem"),
    dict(p=None, s="heard", t="and the postcode there?", m="Q", n="details after venting are not premature"),
    dict(p=None, s="options", t="I could refund you today, or swap it for a new one, up to you", m="OI",
         n="imperative invitation: asks_input without a question"),
    dict(p=None, s="options", t="there's an option to escalate it to a manager if you want?", m="IQ",
         n="escalation is not a remedy (rule 4); 'option' word alone is not options"),
    dict(p=None, s="options", t="I'd like to suggest something, if that's okay with you", m="I",
         n="asks permission; not phrased as a question, no remedy named yet"),
    dict(p=None, s="commitment", t="I'll email you the confirmation this minute, before we hang up", m="C"),
    dict(p=None, s="commitment", t="you'll hear from us within five working days", m="C",
         n="a contact step with a deadline, no remedy"),
    dict(p=None, s="commitment", t="I'm sending the replacement out now, tracked, and I'll text you the tracking number "
         "by four", m="OC"),
    dict(p=None, s="close", t="is there anything else I can help with today?", m="Q",
         n="ending check: a question but not asks_input (rule 6)"),
    dict(p=None, s=None, t="I'm doing my best here", m="", n="defensive, but none of the listed faults"),
    dict(p=None, s=None, t="I completely understand where you're coming from", m="A"),
    dict(p=None, s=None, t="well, it's in the terms and conditions", m="", v=["correcting"]),
]

write_batch(ITEMS, "ge", Path(__file__).with_name("replies_extra186.jsonl"))
