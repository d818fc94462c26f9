"""Source of `replies_extra163.jsonl`: batch 163, in the original set's style (tune split only).

Written by hand, one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is a fresh
cross-section in the original set's own mix: every persona and the generic `None`, every stage with
`heard` the most common, about a third of the replies with a violation (every kind, often beside a
mark), about a quarter good replies with three or more marks, and a few with no mark at all (bare
back-channels, on-their-side phrases, vague promises). The situations and wordings are new: "so the
seller had a cash buyer lined up?", "and because you're paid hourly both of those mornings came
straight out of your wages", "keep swearing and I'm hanging up, simple as", "I'll give the depot a
nudge", "shall I set up same-day processing on all your accounts while we're talking?". About half
are styled like a Whisper transcript (lowercase, fillers, false starts, "your/you're", "should of"),
the rest punctuated.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra163.jsonl next to it (ids fh0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="uh-huh... okay, keep going, I'm getting it all down", m="",
         n="back-channel while she vents: no mark"),
    dict(p=MT, s="vent", t="before you carry on what's the address for the installation", m="Q",
         v=["premature_details"], n="details request while venting, no question mark"),
    dict(p=MT, s="heard",
         t="so you stayed in eight till twelve on two separate days and not one phone call to say he wasn't "
           "coming. that's shocking, I'm sorry", m="AE"),
    dict(p=MT, s="heard",
         t="and because you're paid hourly both of those mornings came straight out of your wages. that's a real "
           "cost, not just a nuisance", m="A", n="repeats the hidden impact back; names no feeling"),
    dict(p=MT, s="heard",
         t="um to be fair the installs are done by a subcontractor so the no-show's really down to them not us",
         m="", v=["blame"]),
    dict(p=MT, s="heard",
         t="hang on, our system says he knocked at nine forty and got no answer. were you definitely in?", m="",
         v=["doubt", "accusation"], n="records used against her plus a doubting question (not a real question)"),
    dict(p=MT, s="heard",
         t="that's a lot to deal with, I'm sorry. has your supervisor said anything to you about the time off?",
         m="EQ"),
    dict(p=MT, s="heard",
         t="okay so your manager's already had a word about the mornings off and you can't risk a third. I can "
           "see exactly why you're at the end of your patience", m="AE",
         n="'I can see why you're...' acknowledges and empathises (rule 1)"),
    dict(p=MT, s="options",
         t="I'm not able to refund everything you've paid, I'll be upfront about that. but I can wipe the "
           "installation fee, put a month's credit on, and lock in the eight o'clock slot so you're his first "
           "job. how does that sit with you?", m="OIQ", n="honest limit, not a policy wall (rule 11)"),
    dict(p=MT, s="options",
         t="tell you what, I'll give you back the lot, every penny since you signed up, and you can have the "
           "broadband free till christmas", m="O", v=["over_promise"]),
    dict(p=MT, s="options",
         t="would you rather the eight am slot on a weekday that suits you or is a saturday install easier "
           "round work", m="OIQ", n="choice between remedies with no question mark"),
    dict(p=MT, s="commitment",
         t="Done. The installation fee's off, a month's credit is on your account as of now, and you're booked "
           "for eight sharp on Tuesday. I'll ring you Monday at five to make sure nothing's moved.", m="OC"),
    dict(p=MT, s="commitment", t="yeah I'll pass it on and someone should be in touch in due course", m="",
         n="no time and no remedy: not commitment"),
    dict(p=MT, s="vent", t="oh my god, twice? I'm so sorry. carry on", m="E",
         n="sincere sympathy while letting her vent"),
    dict(p=MT, s="heard", t="I don't know what to tell you, engineers run late, it's the nature of the job", m="",
         v=["dismissal"]),
    dict(p=MT, s="heard", t="look shouting at me isn't going to get him there any faster", m="",
         v=["calm_down"], n="tells her to stop shouting"),
    dict(p=MT, s="heard",
         t="cheers for giving us one more go after being let down twice, I really don't take that for granted",
         m="G", n="passive 'being let down' does not own it or say what happened, as the original's 'you've been let "
           "down' (empathise only): gratitude only"),
    dict(p=MT, s="close",
         t="all sorted then. eight o'clock thursday, you're first on the sheet, and the credit's showing already. "
           "thanks for sticking with it bernadette", m="OCG"),
    dict(p=MT, s="commitment",
         t="okay I've taken the installation fee off and the month's credit is on. he's booked first job, eight "
           "o'clock wednesday, and because I know you can't lose another morning I'll text you by seven that day "
           "once he's set off", m="AOC"),
    dict(p=MT, s="heard",
         t="right, so you've turned down paid hours twice to sit in for us, and nobody even picked up the phone. "
           "I'm really sorry. what would make the biggest difference for you now?", m="AEIQ"),
    dict(p=MT, s="heard",
         t="right, I've put the credit on. and if you want to take it to the ombudsman then go ahead, be my guest",
         m="O", v=["threat_back"], n="remedy done, then daring her to escalate"),
    dict(p=MT, s="heard", t="sorry if the engineer's timings didn't suit", m="", v=["non_apology"]),
    dict(p=MT, s="options",
         t="I really am sorry, two wasted mornings just isn't okay. I can take the call-out charge off and put a "
           "month's credit on, and make sure he's first through your door at eight. is there a day this week "
           "that's easiest?", m="AEOIQ"),
    dict(p=MT, s="heard", t="I- I get it, I really do, you should of had a phone call both times. um. yeah.",
         m="A", n="'should of' mis-hearing; says back what went wrong"),
    dict(p=MT, s="heard",
         t="your right, you shouldn't of had to chase us for a broadband install. what would make this "
           "right for you?", m="AIQ", n="'your'/'shouldn't of' mis-hearings"),

    # --- lost-express ---
    dict(p=LE, s="heard",
         t="so a compressor and a control board, on the overnight service, and the tracking's been dead since we "
           "collected it. and now the restaurant's blaming you. that's awful", m="AE"),
    dict(p=LE, s="heard",
         t="it's just you and your nephew running the firm? so losing this client would really hurt", m="AQ",
         n="check-back question repeating the impact"),
    dict(p=LE, s="heard", t="parcels go astray now and then mate it's not the end of the world", m="",
         v=["dismissal"], n="minimising"),
    dict(p=LE, s="heard",
         t="has your client actually had a proper look in their stores room? they often turn up there", m="",
         v=["doubt"], n="insinuating question, not a real one"),
    dict(p=LE, s="options",
         t="my suggestion: replacement parts to the restaurant today on a same-day courier, our cost, and your "
           "overnight charge refunded. shall I book the courier now?", m="OIQ",
         n="'today' inside a proposal awaiting his yes: offer, not commitment"),
    dict(p=LE, s="commitment",
         t="trace is logged, reference ends four two nine, and the courier's booked to collect the parts from "
           "our warehouse at one. you'll have the driver's name by half twelve", m="OC"),
    dict(p=LE, s="heard", t="thanks for ringing us first instead of just leaving a review, genuinely", m="G"),
    dict(p=LE, s="heard",
         t="for the record the cover on the goods is capped, and that was in the booking terms you ticked", m="",
         v=["accusation", "correcting"]),
    dict(p=LE, s="heard",
         t="I'd feel sick having to ring a restaurant owner and tell him his compressor wasn't coming", m="AE"),
    dict(p=LE, s="heard", t="what's the restaurant said? are they giving you a bit of time", m="Q"),
    dict(p=LE, s="options",
         t="I'm sorry, covering business you might lose is beyond me, I won't pretend otherwise. I am able to "
           "courier replacements over this afternoon and hand the express charge back. does that help you "
           "with the restaurant?", m="OIQ", n="'sorry' for the refusal is not empathy; honest limit"),
    dict(p=LE, s="heard",
         t="right. and not one scan since monday night. I'll be honest with you I'd be climbing the walls", m="AE"),
    dict(p=LE, s="options",
         t="I'm so sorry, Marcus. Your client's waiting and you're the one who looks bad. I can get new parts to the "
           "restaurant by courier this afternoon at our cost, refund the overnight fee, and start tracing the lost "
           "box. Which should I start with?", m="AEOIQ"),
    dict(p=LE, s="close",
         t="that's everything in motion then. sorry again for dropping you in it with the restaurant, and thanks "
           "for being so fair with me", m="AEG", n="'dropping you in it with the restaurant' names what happened"),
    dict(p=LE, s="close",
         t="the courier dropped them at the restaurant at ten past four, so they've got what they need. thank "
           "you for hanging in there with me, Marcus, and I'll email the trace result to you on Friday.",
         m="OCG"),
    dict(p=LE, s="heard",
         t="sorry for any inconvenience on this one. I'm opening the trace now, you'll have the trace number "
           "by text in five minutes", m="OC", v=["non_apology"], n="non-apology, then a real remedy with a time"),
    dict(p=LE, s="commitment", t="I'll give the depot a nudge", m="",
         n="chasing is not one of the remedies, and there is no time"),
    dict(p=LE, s="heard", t="are you done shouting now? good, because I've got other calls waiting", m="",
         v=["insult"], n="rude rhetorical question"),
    dict(p=LE, s="heard",
         t="uh the parcel's showing collected, so technically it isn't lost, it's only missing a scan. "
           "I'm really sorry about it all the same, your client must be on your back", m="E", v=["correcting"],
         n="the apology comes after the violation, so it stands"),
    dict(p=LE, s="options",
         t="you paid extra for the morning and got nothing. I'll refund that express fee right now and open a trace "
           "while you're still on the line", m="AOC", n="'right now' attached to declared steps"),
    dict(p=LE, s="heard",
         t="thanks for telling me the restaurant's one of your own clients, that makes it a lot more urgent at my "
           "end. when do they need the parts by?", m="AGQ",
         n="says back that the parts were for his own client, as the original labels this thanks"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="mm, understood", m="", n="filler 'understood' while she vents (rule 1)"),
    dict(p=EE, s="vent", t="could I just take your contract reference before we go through it", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="heard",
         t="Third outage this quarter, every one of them over the SLA, and your warehouses sat idle each time. "
           "I'm sorry. That's a failure on our part.", m="AE"),
    dict(p=EE, s="heard", t="and you'd gone out on a limb for us with your board. that makes this worse, I know",
         m="A"),
    dict(p=EE, s="heard",
         t="honestly the last two were a cloud provider issue, it wasn't our platform that went down", m="",
         v=["blame"]),
    dict(p=EE, s="heard",
         t="we measure availability over the quarter so strictly speaking only one of those counts as a breach",
         m="", v=["correcting"]),
    dict(p=EE, s="options",
         t="So here's my offer today: the quarter's SLA credit, one named person who owns your account end to end, "
           "and a root-cause report in writing with a date I'll hold us to. Would that be enough for your "
           "board?", m="OIQ"),
    dict(p=EE, s="options", t="we'll let you out of the contract with no penalty, not a problem, if that's what "
         "it takes to keep things civil", m="O", v=["over_promise"]),
    dict(p=EE, s="commitment",
         t="you'll have the root-cause findings in your inbox by the twelfth, and tom okafor, who's now your account "
           "manager, is calling you at ten tomorrow", m="OC"),
    dict(p=EE, s="heard",
         t="I'm grateful you came to me before your lawyers did. you'll get the outage timeline from me by email "
           "before the hour's out", m="CG", n="sending a timeline is a step with a time, not one of the remedies"),
    dict(p=EE, s="heard", t="threaten legal all you like, our contracts are watertight", m="",
         v=["threat_back"]),
    dict(p=EE, s="heard",
         t="I hear you. your operation stopped three times and nobody from here called you before you found out. "
           "that's not good enough", m="A"),
    dict(p=EE, s="heard",
         t="god, I'm sorry. what did the downtime actually mean on the floor, were trucks just sitting there "
           "waiting to load?", m="EQ"),
    dict(p=EE, s="heard", t="I'm sorry you feel we haven't taken this seriously", m="", v=["non_apology"]),
    dict(p=EE, s="heard",
         t="that must put you in an impossible spot with the board, when you were the one who backed us", m="AE"),
    dict(p=EE, s="heard",
         t="you argued for us in front of your board and we've made you look bad three times over. I'd be "
           "furious. thank you for still taking my call. what do you need to hear from me today?", m="AEGIQ"),
    dict(p=EE, s="commitment",
         t="thanks for your patience eleanor. the quarter's credit is on your account as of this morning and the "
           "written root-cause findings reach you on the twenty-first", m="OCG"),
    dict(p=EE, s="options",
         t="would it help if your account manager came to the board meeting and walked them through the "
           "root-cause findings himself?", m="OIQ", n="extends an allowed remedy"),
    dict(p=EE, s="close",
         t="thank you, Eleanor. The credit's applied, Tom's your contact, and you'll have the report by the "
           "twelfth as agreed.", m="OCG"),
    dict(p=EE, s="heard", t="with the greatest respect can we keep the tone professional please", m="",
         v=["calm_down"], n="request, not a real question"),
    dict(p=EE, s="heard", t="I'll make sure there's never another outage on your account, you have my word", m="",
         v=["over_promise"], n="bare guarantee: over_promise without options (rule 5)"),
    dict(p=EE, s="commitment",
         t="I'm sorry you've had to fight this hard to get anyone's attention. I'm taking it up with the head of "
           "platform the second we hang up, and you'll hear back from me with her answer before five today",
         m="AEC", n="'sorry you've had to' + what happened (rule 14); escalation with a time is commitment only"),
    dict(p=EE, s="heard",
         t="I understand you're under pressure, but the SLA credit is calculated automatically, I can't change "
           "a thing there", m="", v=["policy", "dismissal"], n="'but' into a wall cancels the acknowledgement"),
    dict(p=EE, s="heard",
         t="um so let me check I've followed, one outage back in january, then two in the last month, and each time "
           "it took the warehouse system down completely?", m="AQ", n="check-back question"),
    dict(p=EE, s="options",
         t="look I know damages and walking away penalty free are what you came in wanting, and I can't do "
           "either, I'm sorry. on my side there's the service credit, a named manager and the written "
           "report. or tell me if something else would help you with the board", m="AOI",
         n="'sorry' for the refusal is not empathy; imperative invitation"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="of course, mr fairclough. please, go on", m="", n="polite back-channel"),
    dict(p=VC, s="vent", t="I'll need to take you through security first, can I have the first line of your "
         "address", m="Q", v=["premature_details"]),
    dict(p=VC, s="heard",
         t="Two days late on a completion, and you heard it from the seller's solicitor before you heard it from "
           "us. I'm mortified, sir, I really am.", m="AE"),
    dict(p=VC, s="heard",
         t="so the seller had a cash buyer lined up? and you were ringing her to plead for time. that must have "
           "been humiliating", m="AEQ", n="check-back question"),
    dict(p=VC, s="heard", t="the delay came from the receiving bank's side, sir, not ours", m="", v=["blame"]),
    dict(p=VC, s="heard", t="by all means take your portfolio across the road sir, we'll survive", m="",
         v=["threat_back", "insult"]),
    dict(p=VC, s="options",
         t="here's what I propose. the transfer fees reversed, charlotte hayes as your named senior banker with her "
           "direct number, and every transfer on your accounts going same day from now on. is that a fair "
           "place to start, sir?", m="OIQ"),
    dict(p=VC, s="options", t="I'll waive every fee on all your accounts for the next twelve months, that's the "
         "least you deserve", m="O", v=["over_promise"]),
    dict(p=VC, s="commitment",
         t="the fees are reversed as of this afternoon and charlotte will ring you at nine thirty tomorrow to "
           "introduce herself", m="OC"),
    dict(p=VC, s="heard",
         t="I appreciate you being candid that another bank is courting you. I'd rather know where we stand", m="G"),
    dict(p=VC, s="heard", t="sir you're really going to have to lower your tone", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="so your allegation is that we sat on the funds deliberately", m="",
         v=["accusation"]),
    dict(p=VC, s="heard",
         t="nobody warned you, and you had to hear it from the solicitor. I understand completely", m="A"),
    dict(p=VC, s="heard", t="did the completion go through in the end, sir?", m="Q"),
    dict(p=VC, s="heard",
         t="I appreciate it was a stressful week. however the instruction did come in after the cut-off", m="",
         v=["correcting"], n="contrastive 'however' into correcting cancels the sympathy"),
    dict(p=VC, s="options", t="shall I set up same-day processing on all your accounts while we're talking?",
         m="OIQ"),
    dict(p=VC, s="options",
         t="I'm truly sorry you had to plead with the seller yourself, sir. I can reverse the fees today and put a "
           "named senior banker at the end of a direct line for you. does that sound like a fair start?",
         m="AEOIQ"),
    dict(p=VC, s="heard",
         t="sir, I'm sorry. a completion that size with the deadline hanging over it and not a single call from "
           "us. thank you for coming to me before moving anything", m="AEG"),
    dict(p=VC, s="close",
         t="so the fees are back in your account, charlotte's your direct line, and your transfers go same day "
           "from today. is there anything else I can do for you sir?", m="OCQ",
         n="ending check: question, not asks_input (rule 6)"),
    dict(p=VC, s="heard", t="apologies for any upset the hold-up might have caused", m="", v=["non_apology"]),
    dict(p=VC, s="heard",
         t="I'm afraid the payments system doesn't let me override a compliance hold, it's all automated", m="",
         v=["policy"], n="'the system won't let me'"),
    dict(p=VC, s="heard",
         t="I'm- I'm so sorry, that's not the service you should get from us, not after all these years", m="E"),
    dict(p=VC, s="commitment",
         t="I understand how close that came. I'm reversing both fees now, and I'll ring you myself at "
           "eleven tomorrow to introduce your senior banker", m="AOC"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="can I take the serial number off the machine first", m="Q",
         v=["premature_details"]),
    dict(p=FT, s="heard",
         t="seven months old, two breakdowns since the repair, and the supervisor never rang you monday like they "
           "said. I'd be at my wits end", m="AE"),
    dict(p=FT, s="heard",
         t="and with a toddler and a baby in the house the washing doesn't stop, does it. I'm so sorry", m="AE",
         n="tag 'does it' is not a question"),
    dict(p=FT, s="heard", t="how much have you had to spend at the launderette while it's been out of action?",
         m="Q"),
    dict(p=FT, s="heard",
         t="we sell thousands of that model without a problem so I'd look at whether the drum's being overfilled",
         m="", v=["doubt", "correcting"]),
    dict(p=FT, s="heard",
         t="the supervisor who was meant to call you is on a different team, so that's their mess, not mine", m="",
         v=["blame", "dismissal"]),
    dict(p=FT, s="options",
         t="I can't do a refund or a bigger model, I won't mess you around on that. but I can swap it for an "
           "identical new one and add two years to the warranty, or send our senior engineer round before friday "
           "with a loan machine till it's fixed. which sounds better?", m="OIQ"),
    dict(p=FT, s="options", t="I'll get you the premium model and give you your money back on this one, how's that",
         m="OIQ", v=["over_promise"]),
    dict(p=FT, s="commitment",
         t="right, the new machine's booked for friday morning, they'll collect the old one when they drop it off, "
           "and I'll phone on saturday at eleven to check it's running", m="OC"),
    dict(p=FT, s="heard", t="thanks for chasing us up kelly. you shouldn't have had to, but I'm glad you did",
         m="AG", n="'you shouldn't have had to' owns the missed callback; this 'but' leads into no violation"),
    dict(p=FT, s="heard", t="keep swearing and I'm hanging up, simple as", m="", v=["threat_back"]),
    dict(p=FT, s="heard", t="you don't need to get so worked up, it's only a washing machine", m="",
         v=["calm_down", "insult"], n="minimising on top of calm down"),
    dict(p=FT, s="heard", t="I get it. it's not even the machine so much, it's being promised a call and then "
         "nothing", m="A"),
    dict(p=FT, s="heard", t="honestly, after all that I completely see why you'd want a brand-new machine", m="AE"),
    dict(p=FT, s="heard", t="what would put this right for you, do you think?", m="IQ"),
    dict(p=FT, s="options", t="you can't get an upgrade, sorry, it's against policy", m="", v=["policy"],
         n="'sorry' for the refusal"),
    dict(p=FT, s="close",
         t="brilliant so the senior engineer's with you wednesday, nine till eleven, and he'll bring the loan "
           "machine with him. thanks for being so patient kelly", m="OCG"),
    dict(p=FT, s="heard", t="I'm sorry you've had such a stressful couple of weeks", m="", v=["non_apology"],
         n="sorry for her fortnight, not for what we did: like 'sorry you've had a bad day' (rule 7)"),
    dict(p=FT, s="heard",
         t="so. you've been without a washing machine for two weeks. with two little ones. and nobody called. "
           "you've got every reason to be furious", m="AE"),
    dict(p=FT, s="commitment",
         t="that missed callback was our failure, not yours, and I'm so sorry. your new machine arrives tuesday "
           "before noon and I'll phone wednesday at ten to see how it's getting on. thanks for putting up with "
           "us", m="AEOCG"),
    dict(p=FT, s="commitment",
         t="thanks for holding on kelly. I'm ringing the service manager once we're done here and I'll get back to "
           "you before three with the engineer's name and a time", m="CG"),
    dict(p=FT, s="heard",
         t="um, so like, were you there when the engineer did the second repair or was it your partner?", m="Q",
         n="neutral question about who was home, not doubting her account"),
    dict(p=FT, s="heard",
         t="you're claiming the engineer never tested it after the second repair?", m="",
         v=["accusation"], n="'you're claiming' framing; not a real question"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="and your postcode is?", m="Q", v=["premature_details"]),
    dict(p=BE, s="heard",
         t="You cancelled, we took two payments anyway, your bank charged you for the overdraft that caused, and "
           "then our chat team told you it was all fixed. I'm so sorry, Margaret.", m="AE"),
    dict(p=BE, s="heard",
         t="your rent bounced as well? oh no. that's a horrible knock-on from our mistake", m="AEQ",
         n="check-back question"),
    dict(p=BE, s="heard", t="nine years you've been with us and this is how we repay you. I'm sorry", m="AE",
         n="owns the failure"),
    dict(p=BE, s="heard",
         t="the cancellation only kicks in at the end of the billing month so the first charge was actually "
           "correct", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="well your bank chose to charge you that fee, not us", m="", v=["blame"]),
    dict(p=BE, s="heard", t="it says on my screen the chat agent did process it so it should be sorted", m="",
         v=["doubt"]),
    dict(p=BE, s="options",
         t="I can put both charges back, pay you the overdraft charge the bank took, and put it in writing that "
           "your subscription's closed. would you like that letter by email or post?", m="OIQ"),
    dict(p=BE, s="options", t="I'll refund it all, cover the bank fee and throw in three months free for your "
         "trouble", m="O", v=["over_promise"]),
    dict(p=BE, s="commitment",
         t="both refunds went through a moment ago, you'll see them in three to five working days, and the letter "
           "confirming your cancellation goes out first class today", m="OC"),
    dict(p=BE, s="heard", t="thanks for staying so calm with us when we've given you every reason not to",
         m="G"),
    dict(p=BE, s="heard", t="was it two charges after you cancelled, or was one of them before?",
         m="Q", n="detail question after the vent, with no play-back: question only"),
    dict(p=BE, s="heard", t="I'd ask you not to take that tone with me please", m="", v=["calm_down"]),
    dict(p=BE, s="heard", t="sorry if you feel you were treated unfairly", m="", v=["non_apology"]),
    dict(p=BE, s="heard",
         t="refunds go through finance and they only run them weekly, so there's no way for me to hurry it along",
         m="", v=["policy", "dismissal"]),
    dict(p=BE, s="options",
         t="do you want me to check the account's completely closed while we're on so nothing else can go out?",
         m="OIQ"),
    dict(p=BE, s="heard", t="what a horrible thing to find when you're on a pension. I'd have been in tears", m="E"),
    dict(p=BE, s="commitment",
         t="you did everything right, margaret. both charges are back with you and the overdraft fee goes across "
           "today, and I'll post the written confirmation tonight. thank you for ringing again after the chat team "
           "let you down", m="AOCG", n="'you did everything right' clears her and names the chat team's failure"),
    dict(p=BE, s="close",
         t="so that's both charges back, the overdraft fee covered and your letter's on its way. thanks for "
           "your patience today margaret, and I'm sorry again", m="EOG", n="done remedies, no time: no commitment"),
    dict(p=BE, s="options",
         t="I'll be honest, I can't promise what your bank will do about its own fees. but I can reimburse the one "
           "they've already charged you. would that help?", m="OIQ", n="honest limit (rule 11), then an offer"),
    dict(p=BE, s="heard", t="whatever. I'll put a refund through", m="O", v=["insult"],
         n="curt 'whatever' answers her in kind; the offer still stands"),
    dict(p=BE, s="commitment",
         t="I'm so sorry this has taken two calls. I'm doing the refund for both charges now, and an email "
           "confirming it will reach you within ten minutes", m="AEOC",
         n="'sorry this has taken two calls' names what she went through (rule 14)"),

    # --- generic ---
    dict(p=None, s="vent", t="go on, I'm here", m="", n="back-channel (rule 13)"),
    dict(p=None, s="vent", t="stop there a sec I need your membership number before anything else", m="Q",
         v=["premature_details"], n="interrupts to ask for details"),
    dict(p=None, s="heard",
         t="three weeks waiting, two broken promises, and now you're told to start over. I'd be livid in your "
           "place", m="AE"),
    dict(p=None, s="heard",
         t="I appreciate your patience. I know this isn't how you wanted to spend your lunch break", m="G"),
    dict(p=None, s="heard", t="oh I'm really sorry, that sounds like a nightmare. how are you managing without it?",
         m="EQ"),
    dict(p=None, s="heard", t="you're not being unreasonable at all", m="E",
         n="validates the reaction, like the original's 'every right to be annoyed': empathise, not acknowledge"),
    dict(p=None, s="heard", t="that doesn't normally happen... you sure that was us?", m="", v=["doubt"]),
    dict(p=None, s="heard", t="whose idea was it to book it that way in the first place", m="", v=["blame"],
         n="fault-finding question, not a real one"),
    dict(p=None, s="heard", t="for the record you were told about the delay in our email on the third", m="",
         v=["accusation", "correcting"]),
    dict(p=None, s="heard", t="oh brilliant, another one shouting at me", m="", v=["insult"]),
    dict(p=None, s="heard", t="talk to me like that again and I'll be putting a note on your account", m="",
         v=["threat_back"]),
    dict(p=None, s="heard",
         t="let me be honest with you, a refund on the spot isn't something I'm allowed to sign off. but I can take "
           "it to someone who can, and ring you by four with their answer", m="C",
         n="honest limit (rule 11); escalation plus callback with a time is commitment only (rule 4)"),
    dict(p=None, s="heard", t="what's happened since you first got in touch with us?", m="Q"),
    dict(p=None, s="heard",
         t="I understand. nobody's told you anything for a fortnight and you've chased every single step "
           "yourself. I'd be fed up too", m="AE"),
    dict(p=None, s="options", t="I could send a replacement out or give you a full refund, whichever you'd rather",
         m="OI", n="invites preference without a question"),
    dict(p=None, s="options", t="and if there's something I haven't thought of that would help, say the word",
         m="I", n="imperative invitation; no remedy named"),
    dict(p=None, s="options",
         t="so would you like to hear what I can do, or do you just want a refund and to be done "
           "with us?", m="OIQ", n="money back is a refund offered as a choice"),
    dict(p=None, s="commitment",
         t="I'm processing the refund this minute and the confirmation will be in your inbox before you've put "
           "the kettle on", m="OC", n="'this minute' is an immediate time"),
    dict(p=None, s="commitment",
         t="right, I'm sorry this has dragged on so long. the replacement's gone out on a next-day service and you'll "
           "get a tracking text by six this evening", m="EOC",
         n="'sorry this has dragged on' names no event: empathise only, as the original labels its like"),
    dict(p=None, s="options",
         t="I hear you, you've been bounced between three teams. I can give you the delivery cost back now or get a "
           "fresh one out for tomorrow, what works for you", m="AOIQ"),
    dict(p=None, s="heard", t="that sounds exhausting honestly. how long has this been going on now?", m="EQ"),
    dict(p=None, s="close", t="thank you, honestly, for being so decent about it when we got it so wrong", m="AG",
         n="'we got it so wrong' owns the failure"),
    dict(p=None, s="close", t="anything else at all I can do for you while you're through to me?", m="Q",
         n="ending check: not asks_input"),
    dict(p=None, s=None, t="hmm", m=""),
    dict(p=None, s=None, t="that's just how the system's set up, I'm afraid", m="", v=["policy"]),
    dict(p=None, s=None, t="I'd be fuming too, genuinely", m="E"),
    dict(p=None, s="heard", t="look, I'm going to take this on myself, start to finish", m="",
         n="on-their-side phrase: no mark"),
    dict(p=None, s="heard", t="[sighs] fine. and what exactly am I supposed to do", m="", v=["insult", "dismissal"],
         n="transcribed sigh (rule 12) and a hostile question"),
    dict(p=None, s="heard",
         t="um okay so like you ordered it on the first, it came broken, and the replacement came broken too? I'm "
           "so sorry, that's rubbish. so refund, or shall we try a third one?", m="AEOIQ"),
    dict(p=None, s=None, t="I'm so sorry. we've let you down and I mean to put it right. thanks for "
         "hearing me out", m="AEG", n="'we've let you down' owns the failure, like 'that's on us' (rule 14)"),
]

write_batch(ITEMS, "fh", Path(__file__).with_name("replies_extra163.jsonl"))
