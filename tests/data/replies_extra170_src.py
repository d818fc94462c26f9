"""Source of `replies_extra170.jsonl`: batch 170, in the original set's style (tune split only).

Written by hand, one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is a plain
cross-section: the same mix of personas, stages, lengths and qualities as the original tune part,
good, mediocre and bad replies side by side, with every kind of violation ("the subcontractor
honestly, they do our installs round your way", "so according to you it was never collected",
"completion day nerves, everyone gets them sir"), hard negatives that only look like a mark
("I'll sort it out for you, leave it with me", "there might be something we can do on credits",
"I hear you, I hear you. so what's the email on the account?"), and replies that earn several marks
at once ("you're dead right to be cross ... what would make this right for you?"). Every persona,
the generic `None`, and every stage appear, `heard` the most often; about half are styled like a
Whisper transcript, with fillers, false starts and the odd mis-hearing.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra170.jsonl next to it (ids fo0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="mm-hm.", m="", n="back-channel while she vents"),
    dict(p=MT, s="vent", t="oh god, twice? I'm so sorry", m="E",
         n="incredulous echo, not a real question nor a play-back; sincere apology while she vents"),
    dict(p=MT, s="vent", t="I- I hear you. I'm just gonna let you get it all out first", m="A",
         n="sincere 'I hear you' not followed by a details request (rule 1)"),
    dict(p=MT, s="heard",
         t="so both times you booked the morning, eight till twelve, you stayed home from work, and no one "
           "turned up or even rang. that's a proper mess on our part",
         m="A"),
    dict(p=MT, s="heard", t="I'd honestly be raging. losing a days wages twice for nothing", m="AE"),
    dict(p=MT, s="heard",
         t="I get that, but the engineers are booked by a different team, you'd need to take it up with them",
         m="", v=["dismissal"], n="'but' leads into ducking it: acknowledgement cancelled"),
    dict(p=MT, s="heard",
         t="god, two mornings sat by the window waiting. I'm so sorry. thanks for letting us have another crack "
           "at it instead of just cancelling",
         m="AEG"),
    dict(p=MT, s="heard",
         t="you're dead right to be cross, we promised eight till twelve and didn't even pick the phone up. "
           "what would make this right for you?",
         m="AEIQ"),
    dict(p=MT, s="heard", t="I'm sorry you feel we've wasted your time", m="", v=["non_apology"]),
    dict(p=MT, s="heard", t="[sighs] okay, what is it you actually want then", m="", v=["insult"],
         n="transcribed sigh (rule 12); the question is hostile, not a request for her preference"),
    dict(p=MT, s="heard", t="look there's no point getting worked up, shouting at me won't get him there any faster",
         m="", v=["calm_down"]),
    dict(p=MT, s="heard",
         t="you lost two days at work waiting on us and we didn't even phone. I'm really sorry, that's not on. did you lose "
           "pay for both of those?",
         m="AEQ"),
    dict(p=MT, s="heard", t="thank you for being so patient, honestly, most people would've hung up by now", m="G"),
    dict(p=MT, s="heard",
         t="it's the subcontractor honestly, they do our installs round your way and there always letting "
           "people down",
         m="", v=["blame"]),
    dict(p=MT, s="heard", t="that's odd, it's showing on here that he knocked at ten past nine", m="",
         v=["doubt"], n="'it says here' style doubt of her account"),
    dict(p=MT, s="heard",
         t="you've been let down twice and I'm sorry. though the text would of told you he was delayed if "
           "you'd had notifications on",
         m="", v=["correcting"], n="'though' into correcting cancels acknowledge and empathy; 'would of' mis-hearing"),
    dict(p=MT, s="options",
         t="I can't give you all your money back, I'm not gonna pretend I can, but I can wipe off the installation "
           "fee and stick a month's credit on the account. is that a fair start?",
         m="OIQ", n="honest limit, not a policy wall (rule 11)"),
    dict(p=MT, s="options",
         t="how about an eight am appointment, first job on his list, so there's no sitting about all "
           "morning? I can do tuesday or thursday",
         m="OIQ"),
    dict(p=MT, s="options", t="I'll refund the installation and give you three months free broadband for the trouble",
         m="O", v=["over_promise"], n="full refund and free months go past the allowance"),
    dict(p=MT, s="options", t="okay okay, settle down and I'll knock the installation fee off, alright?", m="O",
         v=["calm_down"], n="'alright?' is a tag after 'settle down', not a real acceptance check"),
    dict(p=MT, s="commitment",
         t="Right, that's done. The installation fee's gone, the credit's on, and your technician's booked for "
           "eight o'clock Monday, first on his list. You'll get a confirmation text in the next few minutes.",
         m="OC"),
    dict(p=MT, s="close",
         t="thanks for sticking with me through all that, Ms Kowalski. your booked in for eight on friday and "
           "I'll give you a quick ring thursday teatime to make sure it's still on",
         m="OCG", n="confirming the rebooked slot is a remedy (rule 4); 'your' mis-hearing"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="oh no, I'm sorry. can I take the tracking number off you first?", m="EQ",
         v=["premature_details"], n="sincere apology, then a details request while he is still venting"),
    dict(p=LE, s="vent", t="oh no. a compressor for a restaurant as well, that's the last thing you need", m="AE",
         n="plays back what was at stake (like 'it's gone missing with your customer waiting on it')"),
    dict(p=LE, s="heard",
         t="so you paid for overnight, nothing's turned up, and the tracking hasn't moved since we picked it up. "
           "and your client's now on at you. have I got that right?",
         m="AQ"),
    dict(p=LE, s="heard", t="You paid us extra so it'd be there first thing, and it wasn't. That's on us.", m="A",
         n="owns the failure in so many words"),
    dict(p=LE, s="heard",
         t="the restaurant's kitchen is down without that compressor? that's awful for them and for you",
         m="AEQ", n="check-back question plus sympathy"),
    dict(p=LE, s="heard", t="it's probably not lost as such, the drivers scanner just won't have synced", m="",
         v=["correcting"], n="tells him it isn't really lost, as 'it's not lost exactly'"),
    dict(p=LE, s="heard", t="so according to you it was never collected in the first place", m="",
         v=["accusation"]),
    dict(p=LE, s="heard", t="look if you want to go to trading standards that's up to you, I'm not stopping you",
         m="", v=["threat_back"], n="answers his threat with a dare"),
    dict(p=LE, s="heard",
         t="I'm so sorry, that's your reputation on the line. how long has your client given you before they go "
           "elsewhere?", m="AEQ"),
    dict(p=LE, s="heard",
         t="I'm sorry, but there's nothing more I can do until the trace has run its course, forty-eight hours",
         m="", v=["dismissal"], n="'sorry, but' into ducking it"),
    dict(p=LE, s="heard", t="that's horrible, being made to look bad in front of a customer for something we did",
         m="AE"),
    dict(p=LE, s="heard",
         t="I'm sorry the parcel's vanished. the claim has to come in writing with the parts invoice attached, "
           "that's how claims work",
         m="E", v=["policy"], n="no 'but': the apology stands beside the policy wall"),
    dict(p=LE, s="heard",
         t="I'm so sorry Marcus. the kit never arrived and now your client's doubting you. what do you need from "
           "me first, the replacement or the refund?",
         m="AEOIQ", n="choice between remedies"),
    dict(p=LE, s="options",
         t="here's where I can help. the express fee comes back to you, I'll get a trace started on the original, "
           "and I can have a same-day courier run new parts to the restaurant at our cost. want me to set that going?",
         m="OIQ", n="no time on the trace: offer, not commitment"),
    dict(p=LE, s="options",
         t="I can't cover the job you might lose, I'd be lying if I said I could. what I can do is get a "
           "replacement compressor and board out to your client today on a same-day courier. shall I book it?",
         m="OIQ", n="'I can ... today' inside a proposal is an offer"),
    dict(p=LE, s="options", t="I'll pay for the lost job and the parts and I'll guarantee it's with them by three",
         m="O", v=["over_promise"], n="lost business and a courier-controlled delivery time"),
    dict(p=LE, s="options",
         t="I'll refund your express fee today. honestly though the depot in that area is hopeless, it's always them",
         m="OC", v=["blame"]),
    dict(p=LE, s="commitment",
         t="courier's booked, collection from our depot at one, and I'll text you the drivers details as soon as "
           "they're assigned, should be within half an hour",
         m="OC"),
    dict(p=LE, s="commitment",
         t="I've put the express refund through now, you'll see it in three to five working days, and the trace "
           "reference is on its way to your email",
         m="OC"),
    dict(p=LE, s="close",
         t="cheers for hanging on, I know you've had your client in one ear and me in the other. I'll ring you "
           "at four with where the trace has got to",
         m="CG"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="'understood' as a filler (rule 1)"),
    dict(p=EE, s="vent", t="sorry to cut in, could you give me the account ID so I can pull it up", m="Q",
         v=["premature_details"], n="interrupts to ask for details"),
    dict(p=EE, s="heard",
         t="Three outages in one quarter, every one of them outside the SLA, and your warehouses stood idle each "
           "time. I won't dress that up, it's a failure on our side.",
         m="A"),
    dict(p=EE, s="heard", t="I'd be looking for the exit too if I were you, honestly", m="E"),
    dict(p=EE, s="heard",
         t="I can see why you went straight to the top. you'd run out of reasons to trust the normal route", m="A",
         n="validates the step she took; names no feeling, so acknowledge only"),
    dict(p=EE, s="heard",
         t="with respect, the second incident was scheduled maintenance, it was on the status page a week beforehand",
         m="", v=["correcting"]),
    dict(p=EE, s="heard",
         t="so what you're alleging is all three were down to our platform and not your own network", m="",
         v=["accusation"]),
    dict(p=EE, s="heard", t="threatening legal isn't going to speed anything up, if anything it'll slow it right down",
         m="", v=["threat_back"], n="warns her things will go worse for her: threatening back, not 'calm down'"),
    dict(p=EE, s="heard", t="what's the exposure for you with your own customers, are there penalties on your side?",
         m="Q"),
    dict(p=EE, s="heard",
         t="thank you for laying it out so clearly. three breaches, no proper answers, and now it's landed on you with "
           "the board. what do you need in front of you by friday?", m="AGIQ"),
    dict(p=EE, s="heard", t="we regret that you were disappointed by the recent service interruptions", m="",
         v=["non_apology"]),
    dict(p=EE, s="heard",
         t="I'm sorry you've had to email the chief exec just to get a straight answer out of us. thank you for "
           "still picking up the phone to me",
         m="AEG", n="'sorry you've had to' + what she went through (rule 14)"),
    dict(p=EE, s="heard",
         t="right. well, I'm not in a position to discuss legal matters so I'll have to pass you to our contracts team",
         m="", v=["dismissal"], n="hands her off instead of dealing with the outages"),
    dict(p=EE, s="heard",
         t="honestly? it's ninety nine point something uptime, most companies would be happy with that", m="",
         v=["correcting"], n="educating her on the figures (like 'it was forty minutes of downtime')"),
    dict(p=EE, s="heard",
         t="thank you for escalating it, genuinely. but you do understand we can't be held responsible for your own "
           "network kit?",
         m="G", v=["blame"], n="gratitude is not cancelled by 'but'; rhetorical question puts it on her kit"),
    dict(p=EE, s="options",
         t="What I'm able to offer is the service credit for the whole quarter, an account manager who's yours by name, "
           "and a root-cause report in writing with a date on it that I'll commit to. I can't release you from the contract, "
           "I'll be upfront. Is that something you could take to your board?",
         m="OIQ", n="honest limit, not a policy wall"),
    dict(p=EE, s="options",
         t="we'll let you out of the contract with no penalty, and I'll make sure there's compensation for the lost "
           "warehouse time",
         m="O", v=["over_promise"]),
    dict(p=EE, s="options",
         t="I can do the credit and an account manager but there's no option on the contract side, it's locked in, "
           "that's how enterprise agreements work",
         m="O", v=["policy"], n="the offer comes before the wall and stands"),
    dict(p=EE, s="options",
         t="would it be more use to you to have the root-cause report in a fortnight, or a shorter interim note "
           "this friday with the full one to follow?",
         m="OIQ", n="times inside a choice are not a commitment (rule 3)"),
    dict(p=EE, s="options", t="there might be something we can do on credits, I'd have to look into it", m="",
         n="vague, no concrete offer"),
    dict(p=EE, s="commitment",
         t="tom reeve's going to be your account manager, he'll email you by five today to set up a call, and "
           "you'll have the root-cause report on your desk by close of play next wednesday",
         m="OC"),
    dict(p=EE, s="commitment",
         t="I'm taking this to our CTO this afternoon and you'll hear from me by six with her answer",
         m="C", n="escalation with a time: commitment only (rule 4)"),
    dict(p=EE, s="commitment",
         t="I understand, and I'm sorry. three breaches in a quarter is indefensible. I'll have a preliminary "
           "incident summary to you by nine tomorrow and the full report by the twenty-first",
         m="AEOC"),
    dict(p=EE, s="close",
         t="thank you, eleanor, for letting us try to earn it back. the report's due the twentieth, and I'll "
           "check in on the fifteenth so there are no surprises",
         m="OCG"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="mr fairclough, for security can I take the last four digits of the account", m="Q",
         v=["premature_details"]),
    dict(p=VC, s="heard",
         t="and you heard about it from the seller's solicitor, not from us. that's frankly embarrassing on our "
           "part, and I'm sorry",
         m="AE"),
    dict(p=VC, s="heard", t="two days late on a completion. I'd have been beside myself", m="AE"),
    dict(p=VC, s="heard", t="the transfer was held by the correspondent bank, that's outside our control I'm afraid",
         m="", v=["blame"]),
    dict(p=VC, s="heard", t="are you certain the instruction came in on the monday? I'm showing tuesday", m="",
         v=["doubt"], n="rhetorical doubting question, not a real question"),
    dict(p=VC, s="heard", t="so for the record, the instruction was received at sixteen forty, after cut-off", m="",
         v=["accusation", "correcting"], n="insisting on his error through the records (rule 10)"),
    dict(p=VC, s="heard", t="sir I'd ask you to keep your voice down please", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="Thank you for bringing it to me personally, sir. I'd far sooner hear it from you.", m="G"),
    dict(p=VC, s="heard", t="how did the seller's side take it, was there any talk of penalties?", m="Q"),
    dict(p=VC, s="heard", t="sorry for any inconvenience, sir", m="", v=["non_apology"]),
    dict(p=VC, s="heard",
         t="I'm so sorry, you should never have had to find out from the other side's solicitor", m="AE",
         n="names what happened to him"),
    dict(p=VC, s="heard", t="well nobody died, it completed in the end didn't it", m="", v=["insult"],
         n="belittling, like 'you're being a bit dramatic'; the tag is not a question"),
    dict(p=VC, s="heard",
         t="I completely understand, someone with your history with us expects to be told, not left to find out",
         m="A"),
    dict(p=VC, s="heard",
         t="I'll be straight with you. I can't give you back that afternoon, but I can reverse the fees on it today. "
           "shall I?",
         m="OIQ"),
    dict(p=VC, s="heard", t="mm, completion day nerves, everyone gets them sir", m="", v=["dismissal"],
         n="brushes off what happened as ordinary nerves"),
    dict(p=VC, s="heard",
         t="I'm mortified this happened, sir. but I must say the compliance check was entirely standard procedure",
         m="", v=["policy"], n="'but' into a process wall cancels the empathy"),
    dict(p=VC, s="heard",
         t="I'm sorry, sir. the money was sitting there ready, the completion hanging on it, and we held it up for two days. "
           "what would you like us to do first?",
         m="AEIQ"),
    dict(p=VC, s="options",
         t="What I'd suggest is reversing the transfer fees and putting you in direct touch with a named senior "
           "banker, so you're never left waiting again. May I set that up?",
         m="OIQ"),
    dict(p=VC, s="options",
         t="I can set your accounts up for same-day expedited transfers going forward, and reverse the fees on "
           "this one. would you like both?",
         m="OIQ"),
    dict(p=VC, s="options",
         t="we'll cover the extra legal fees from the completion and reverse all charges on your account for the year",
         m="O", v=["over_promise"]),
    dict(p=VC, s="options", t="what would it take for you to trust us with the next transfer?", m="IQ"),
    dict(p=VC, s="commitment",
         t="the fee reversal is done as we speak. your relationship banker, claire hume, will call you at ten "
           "tomorrow, and her direct number will be in your inbox within the hour",
         m="OC"),
    dict(p=VC, s="close",
         t="thank you for your patience with us, mr fairclough. is there anything else I can do for you today?",
         m="GQ", n="ending check: question, not asks_input (rule 6)"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="yep. yep.", m=""),
    dict(p=FT, s="vent", t="oh no, with kids as well? take your time", m="E",
         n="sympathetic echo while she vents, not a real question"),
    dict(p=FT, s="vent", t="whats the serial number on the back of the machine", m="Q", v=["premature_details"]),
    dict(p=FT, s="heard",
         t="so we fixed it, it went again, we fixed it, it went again, and then the supervisor who was meant to "
           "ring you on monday never did",
         m="A"),
    dict(p=FT, s="heard",
         t="I'm so sorry nobody called you back. you were told a day and you got nothing. thank you for ringing "
           "back anyway", m="AEG"),
    dict(p=FT, s="heard", t="a month of launderettes with three kids. no wonder you're at the end of it", m="AE"),
    dict(p=FT, s="heard",
         t="have you been using the right programme for bigger loads? the drum's only rated for seven kilos",
         m="", v=["doubt", "correcting"], n="implies she misuses it, like the detergent question"),
    dict(p=FT, s="heard",
         t="I'm not being funny but half the town's got a broken machine this month, we're snowed under", m="",
         v=["insult", "dismissal"]),
    dict(p=FT, s="heard", t="that's awful, I'm sorry. how many loads have you had to take to the launderette?", m="EQ"),
    dict(p=FT, s="heard",
         t="that's the third time you've had to ring us about the same machine. thank you for not giving up on us",
         m="AG"),
    dict(p=FT, s="heard", t="I hear you but the warranty only covers repairs, not replacements", m="",
         v=["policy"], n="'but' into a warranty wall, like 'we can only do what the warranty says'"),
    dict(p=FT, s="heard", t="sorry that you're frustrated with the machine", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="you know what, that callback should've happened and it didn't. that's us, not you", m="A"),
    dict(p=FT, s="heard", t="if you're going to speak to me like that I'll pass you straight back to the queue", m="",
         v=["threat_back"]),
    dict(p=FT, s="heard",
         t="I'm so sorry nobody rang you. that was the supervisor's job though, not mine", m="",
         v=["blame"], n="trailing 'though' turns it into blame and cancels the apology, as 'rules are rules though'"),
    dict(p=FT, s="heard",
         t="oh that's so frustrating, I'm sorry. I'll book the senior engineer for thursday. and I'll be honest, if "
           "you swear at me again I'm ending the call",
         m="EOC", v=["threat_back"], n="no 'but': the apology and the booking stand beside the threat; 'for thursday' times the visit"),
    dict(p=FT, s="options",
         t="I can't do a refund or a bigger model, I'll be straight, that's beyond what I can sign off. but I can "
           "swap it for a brand new one of the same model and add two years to the warranty, or have our senior "
           "engineer come round in the next few days with a loan machine while he sorts it. which sounds better?",
         m="OIQ", n="honest limit then a choice of remedies"),
    dict(p=FT, s="options",
         t="let's just get you the upgraded one, the nine kilo, no charge, and I'll knock off a couple of months "
           "payments as well",
         m="O", v=["over_promise"]),
    dict(p=FT, s="options",
         t="would a loan machine help in the meantime? I can get one dropped off with the senior engineer this week",
         m="OIQ"),
    dict(p=FT, s="options", t="what would feel like a fair way to put this right, from where you're sitting?", m="IQ"),
    dict(p=FT, s="commitment",
         t="Okay, I've booked the replacement, same model, with the two-year warranty, and it's coming on Thursday "
           "between seven and one. I'll text you tomorrow by noon with the driver's slot.",
         m="OC"),
    dict(p=FT, s="commitment",
         t="our senior engineer, paul, is down for wednesday morning, he'll bring a loan machine with him, and I'll "
           "call you tuesday evening before seven to confirm",
         m="OC"),
    dict(p=FT, s="commitment", t="I'll get the supervisor to call you back", m="",
         n="the same promise that was broken before, and still no time"),
    dict(p=FT, s="close",
         t="thank you for giving us one more go, I know we haven't earned it. the new machine's booked for friday "
           "and I'll ring saturday morning to check it's running",
         m="OCG"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="oh dear. okay.", m="", n="'oh dear' as a back-channel while she vents"),
    dict(p=BE, s="vent", t="could I have your postcode please Mrs Ellison", m="Q", v=["premature_details"]),
    dict(p=BE, s="heard",
         t="you cancelled, we took it twice anyway, and on a pension that overdraft fee really hurts. I'm so sorry",
         m="AE"),
    dict(p=BE, s="heard",
         t="and the chat team told you last week it was all sorted, when it wasn't. I'd be fuming about that alone",
         m="AE"),
    dict(p=BE, s="heard",
         t="did you cancel by phone or online? cause if it was online it sometimes doesn't go through", m="",
         v=["correcting"], n="implies her cancellation was at fault, like the label postcode question"),
    dict(p=BE, s="heard",
         t="it was the chat agent who told you that, not me, I can only go by what's on the system", m="",
         v=["blame", "policy"]),
    dict(p=BE, s="heard",
         t="have you had to go without anything because of the overdraft? I want to make sure we've got the full picture",
         m="Q"),
    dict(p=BE, s="heard",
         t="I do appreciate it's annoying but you'll need to ring your bank about the overdraft, we can't do anything "
           "about their fees",
         m="", v=["dismissal"], n="'but' into ducking the overdraft fee, which we may reimburse"),
    dict(p=BE, s="heard",
         t="You've done nothing wrong here. You cancelled properly and we kept charging you, and I'm sorry. Would it "
           "help if I refunded both charges straight away, before we hang up?", m="AEOIQ"),
    dict(p=BE, s="heard", t="Mrs Ellison, let's keep this civil please, there's no call for raising your voice", m="",
         v=["calm_down"]),
    dict(p=BE, s="heard", t="oh for goodness sake, it's two charges, it's not the end of the world", m="",
         v=["insult"], n="belittling her, like 'you're being a bit dramatic, it's one morning'"),
    dict(p=BE, s="heard", t="I'm really sorry you've had to chase us twice over the same thing", m="AE",
         n="rule 14"),
    dict(p=BE, s="heard",
         t="I'll be honest, I can't give you extra compensation on top, that's not something I'm allowed to do. what "
           "I can do is refund both charges and the overdraft fee today. is that okay?",
         m="OIQ", n="honest limit; 'I can ... today' is an offer"),
    dict(p=BE, s="heard", t="I'm sorry, the system won't let me refund more than one charge at a time", m="",
         v=["policy"], n="'sorry' for a refusal is not empathy"),
    dict(p=BE, s="heard",
         t="thank you for calling, Mrs Ellison. are you quite sure it wasn't the old direct debit from before you "
           "cancelled?",
         m="G", v=["doubt"]),
    dict(p=BE, s="heard",
         t="oh Mrs Ellison I'm so sorry, that's your pension money we've taken twice. where would you like me to start?",
         m="AEIQ"),
    dict(p=BE, s="options",
         t="I can pay back both payments, and the fee your bank charged you for the overdraft. and I'll put it in writing "
           "that the subscription's closed. would that put things right?",
         m="OIQ", n="written confirmation with no time is part of the offer, not a commitment"),
    dict(p=BE, s="options",
         t="I can also ask your bank to wipe the rest of the overdraft charges for you, they always do it if we ask",
         m="O", v=["over_promise"], n="promises what her bank will do"),
    dict(p=BE, s="options",
         t="both charges are coming back to you today. for the record though, the second payment was taken before your "
           "cancellation went through",
         m="OC", v=["accusation", "correcting"]),
    dict(p=BE, s="commitment",
         t="I've put both refunds through this minute, they'll clear by friday at the latest. the overdraft fee goes "
           "back to you separately this afternoon",
         m="OC"),
    dict(p=BE, s="commitment",
         t="I'll post the cancellation confirmation first class today, and email a copy within the hour so you've "
           "got something for the bank",
         m="OC", n="written confirmation of the cancellation is an allowed remedy"),
    dict(p=BE, s="close",
         t="thank you, Mrs Ellison, and I'm sorry it took a second call. the refund's in, and the letter's going out "
           "in tonight's post",
         m="AEOCG", n="'sorry it took a second call' names what she went through (rule 14)"),

    # --- generic ---
    dict(p=None, s="vent", t="mm, I'm here, I'm not going anywhere", m="", n="back-channel (rule 13)"),
    dict(p=None, s="vent", t="can I get your order number before we go on", m="Q", v=["premature_details"]),
    dict(p=None, s=None, t="don't talk to me like that", m="", v=["calm_down"],
         n="telling the customer off, like 'there's no need to be rude to me'"),
    dict(p=None, s="heard",
         t="I understand it's been a rubbish week, and I'm sorry we made it worse. what can I do to take some of "
           "it off your plate?", m="AEIQ"),
    dict(p=None, s="heard",
         t="so it came late, it came broken, and then you were cut off twice trying to get through. I'd have thrown "
           "the phone across the room",
         m="AE"),
    dict(p=None, s="heard", t="thank you for your honesty, it genuinely helps", m="G"),
    dict(p=None, s="heard", t="I mean these things happen, it's nobody's fault really", m="", v=["dismissal"],
         n="rule 9"),
    dict(p=None, s="heard",
         t="I'm not sure that's quite what happened, you might be thinking of a different order", m="",
         v=["doubt"]),
    dict(p=None, s="heard", t="for the record, I have not been rude to you at any point on this call", m="",
         v=["accusation"]),
    dict(p=None, s=None, t="sorry you feel so strongly about it", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="if you'd read the email we sent you, it explains all this", m="", v=["correcting"]),
    dict(p=None, s="heard", t="you know what, take your business elsewhere then, no one's stopping you", m="",
         v=["threat_back"]),
    dict(p=None, s="heard", t="oh my god that's awful. so what happened when you rang them back?", m="EQ"),
    dict(p=None, s="heard",
         t="I'm hearing three things. it was late, it was wrong, and nobody owned it. is that about right?",
         m="AQ"),
    dict(p=None, s=None, t="it's not down to me, I just take the calls", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="I'm- I'm really sorry. that's not the service we want anyone getting", m="E"),
    dict(p=None, s="heard", t="*tuts* right, go on then", m="", v=["insult"], n="transcribed tut (rule 12)"),
    dict(p=None, s="heard", t="I hear you, I hear you. so what's the email on the account?", m="Q",
         n="'I hear you' said straight into a details request is not acknowledge (rule 13)"),
    dict(p=None, s="heard", t="I'm on your side with this one, I promise", m="", n="on-their-side phrase: no mark"),
    dict(p=None, s="heard",
         t="I understand you're angry and I'm sorry. we'll need it in writing though before anything can happen",
         m="", v=["policy"], n="'though' into a policy wall cancels both, as 'rules are rules though'"),
    dict(p=None, s="heard",
         t="I'm really sorry, that's been a nightmare. thanks for hanging on with me. would a full refund today "
           "help, or is a replacement better for you?",
         m="EOGIQ"),
    dict(p=None, s=None, t="I'd be every bit as annoyed as you are", m="E"),
    dict(p=None, s=None, t="I'll look into that for you now", m="", n="'now' with no concrete step: no commitment"),
    dict(p=None, s="options", t="I can put a credit on the account or send a fresh one out, which would suit you?",
         m="OIQ"),
    dict(p=None, s="options", t="whatever you'd like, name it, it's yours", m="O", v=["over_promise"],
         n="blank cheque, labelled like 'consider it done, whatever you want'"),
    dict(p=None, s="options",
         t="I can't promise you the full amount but I can give you the delivery charge back and knock twenty percent off. or you "
           "tell me what would work better and I'll see what I can do",
         m="OI", n="imperative invitation: asks_input without a question"),
    dict(p=None, s="options", t="I'll refund it and throw in a voucher, and you have my word it'll never happen again",
         m="O", v=["over_promise"]),
    dict(p=None, s="commitment", t="you'll have a call from me before five, good news or bad", m="C"),
    dict(p=None, s="commitment", t="I'll sort it out for you, leave it with me", m="", n="no time, no step"),
    dict(p=None, s="commitment",
         t="I'm going to raise it with my team leader right now and ring you back within the half hour", m="C",
         n="escalation and callback with a time: commitment only"),
    dict(p=None, s="close",
         t="I really appreciate you bearing with us today. anything else on your mind before I let you go?", m="GQ"),
]

write_batch(ITEMS, "fo", Path(__file__).with_name("replies_extra170.jsonl"))
