"""Source of `replies_extra192.jsonl`: batch 192, in the original set's style (tune split only).

Written by hand, one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. The theme is a plain
cross-section (the original set's own mix of stages, personas, marks and faults), with a good share
of long, rambling Whisper-style run-ons in which the trainee mixes several things in one breath: a
read-back of the trouble, an apology, an honest limit and an offer ("okay so you'd cancelled, and the
money still came out twice, that tipped your account into the red ... I'm so sorry Margaret"); a fault in the middle
of a warm reply whose marks either fall to a "but" or stand after it ("I'm sorry, I really am ... but
honestly you'd have got further going through your account team first ... anyway what I can offer
now is the quarter's service credit"); and thanks, a question and a callback time strung together. Beside them
sit short back-channels, bare details requests, sighs, and hard negatives that sound like a mark but
are not (a promise with no time, "someone will be in touch at some point this week", an "appreciate"
that thanks nobody, a "sorry" for a refusal). Every persona, the generic `None`, and every stage
appear; about half are styled like a Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra192.jsonl next to it (ids gk0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="mm. okay.", m="", n="bare back-channel while she vents"),
    dict(p=MT, s="vent", t="oh no, twice? god. sorry, keep going", m="E",
         n="sincere sympathy while letting her vent; 'twice?' is an echo, not a question"),
    dict(p=MT, s="vent", t="right okay can you just confirm the first line of the address for me and then we'll go through it",
         m="Q", v=["premature_details"]),
    dict(p=MT, s="vent", t="okay, and what time did they tell you they'd come the second time?", m="Q",
         n="invites more of the story; not a details request, so not premature"),
    dict(p=MT, s="heard",
         t="okay so um so if I've got this right you booked the eight till twelve slot, you booked a day off work, nobody "
           "came, nobody rang, and then the exact same thing happened again on the second one and that's two "
           "days wages gone over it, yeah I'd be absolutely fuming to be honest",
         m="AE"),
    dict(p=MT, s="heard",
         t="I understand you want the full refund and like I get it I really do but I mean the installation's still "
           "gotta happen at some point so you know that's just not how the billing works",
         m="", v=["policy"], n="'but' leads straight into a policy wall: cancels the acknowledgement"),
    dict(p=MT, s="heard", t="sorry and was that a full day unpaid both times or were you able to make it up", m="Q",
         n="'sorry' as a politeness marker; real question about the impact"),
    dict(p=MT, s="heard", t="well to be fair the first one was rescheduled by text, did you not get that message?",
         m="", v=["correcting", "doubt"], n="correcting her, then a doubting rhetorical question"),
    dict(p=MT, s="heard",
         t="honestly the engineers are all subcontracted now so it's them not turning up, not us, I'd take it up with them",
         m="", v=["blame", "dismissal"]),
    dict(p=MT, s="heard", t="Two mornings stuck in the house waiting, and not so much as a text. That's shocking, and I'm sorry.",
         m="AE"),
    dict(p=MT, s="heard", t="I'd hate that, I really would. taking unpaid leave for someone who can't even be bothered to turn up",
         m="AE"),
    dict(p=MT, s="heard",
         t="yeah no I completely get it and I'm really sorry nobody phoned you, that's rubbish, um but I'll be honest "
           "the full refund's not something I can sign off, what I'm able to do is knock the installation fee off and "
           "put you down as the first job of the morning, would that be alright",
         m="AEOIQ",
         n="'sorry nobody phoned you' names the event (rule 14); the 'but' leads into an honest limit and an offer"),
    dict(p=MT, s="heard",
         t="yeah I mean I'm sorry that happened but you know the engineers are on the road all day and sometimes the "
           "jobs before just overrun, it's not like anyone did it on purpose, um anyway I can get you rebooked",
         m="O", v=["dismissal"],
         n="'sorry ... but' into excuses cancels the apology; the rebooking after it stands (rules 2 and 4)"),
    dict(p=MT, s="heard", t="so you're saying nobody turned up at all? not even a card through the door?", m="",
         v=["doubt"], n="incredulous check, not a real question"),
    dict(p=MT, s="heard",
         t="um right I've got the notes up now and I can see both bookings, the third and last friday, both eight "
           "till twelve, and there's nothing on here about anyone ringing you so yeah that's, that's "
           "just not on, you lost two days of work waiting on us and we didn't even have the decency to phone. where do "
           "you want me to start?",
         m="AIQ", n="owns the failure and reads it back; no feeling named or apology, so not empathise"),
    dict(p=MT, s="heard", t="keep talking to me like that and I'll stick you on hold till you've cooled off", m="",
         v=["threat_back"]),
    dict(p=MT, s="options",
         t="so what I'm thinking right is um I can take the installation fee off completely, stick a months credit on "
           "the account for the hassle, and book you in for eight o'clock, first job, so you're not sat there "
           "waiting all morning again, does that sound okay or is a saturday better for you",
         m="OIQ"),
    dict(p=MT, s="options",
         t="I know you said you want the whole lot refunded and honestly I'd probably be asking for the same, I can't "
           "go that far, but how about the installation fee waived, a month's credit, and the eight a.m. slot on "
           "whatever day you pick",
         m="AEOIQ", n="'how about' is a proposal awaiting her answer"),
    dict(p=MT, s="options",
         t="so um I've been through what I'm allowed to do and there's a few bits, I can wipe the "
           "installation fee, I can stick a months credit on to cover the days you've lost, and I'll put you down as "
           "first job on any morning you like, eight a.m., I know it's not the full refund you asked for and I'm sorry about that "
           "but is any of that useful?",
         m="AOIQ", n="'sorry about that' apologises for the refusal: not empathy"),
    dict(p=MT, s="commitment",
         t="okay that's done, eight a.m. tuesday the fourteenth, first slot, and the engineer'll ring you when he's "
           "leaving the depot, and I'll give you a call monday before five just to make sure it's all still on",
         m="OC"),
    dict(p=MT, s="commitment",
         t="I'm so sorry about all this. I'm putting the fee waiver through as we speak and I'll send "
           "you an email with the new slot within ten minutes",
         m="EOC"),
    dict(p=MT, s="commitment",
         t="I've flagged it with the field manager now and she's going to call you back before twelve with the technicians name",
         m="C", n="escalation with a time: commitment only (rule 4)"),
    dict(p=MT, s="close",
         t="brilliant, so that's you all sorted for the eight o'clock on thursday and the credit's on, thanks ever so "
           "much for bearing with me, and sorry again for the mess we made of the last two",
         m="EOCG"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="okay. yep. I'm with you", m="", n="back-channel (rule 13)"),
    dict(p=LE, s="vent", t="what's the tracking number, quickly, before we go on", m="Q",
         v=["premature_details"]),
    dict(p=LE, s="vent", t="oh no. sorry. go on, then what happened?", m="EQ",
         n="sympathy plus an invitation to keep venting; not a details request"),
    dict(p=LE, s="vent", t="yeah... (mutters) here we go", m="", v=["insult"], n="muttered aside (rule 12)"),
    dict(p=LE, s="heard",
         t="so the compressor and the control board were meant to be at your restaurant client first thing, you forked "
           "out for overnight, the tracking's showing nothing since we collected it and now the chef's on at you instead "
           "of us, that is honestly the worst position to be put in and I'm really sorry",
         m="AE"),
    dict(p=LE, s="heard", t="these things do go missing from time to time, it'll probably turn up in a day or two", m="",
         v=["dismissal"], n="minimising the loss"),
    dict(p=LE, s="heard",
         t="have you checked with the restaurant's goods-in, half the time they sign for stuff and it gets shoved in the back",
         m="", v=["doubt"], n="implies the parcel arrived and he missed it; not a real question"),
    dict(p=LE, s="heard", t="thanks for ringing straight away, honestly, the sooner we know the better chance the depot has of finding it",
         m="G"),
    dict(p=LE, s="heard", t="what's the restaurant said, are they threatening to go to another engineer?", m="Q"),
    dict(p=LE, s="heard",
         t="oh mate I'm so sorry, that's awful with the restaurant breathing down your neck, um but I'll be honest with "
           "you the liability limit on the parcel is what it is, that's in the conditions you agreed when you booked",
         m="", v=["policy", "correcting"],
         n="'but' leads into a wall and a terms lecture: the apology falls"),
    dict(p=LE, s="heard", t="honestly if I had a chef ringing me every ten minutes about a compressor I'd be losing my mind",
         m="E", n="feeling in his shoes; like the original's 'I'd be panicking too if my customer was on my back', empathy only"),
    dict(p=LE, s="heard",
         t="so you're saying you handed it in at the counter monday. can you actually prove that, have you got a receipt",
         m="", v=["accusation", "doubt"], n="demand for proof, not a real details request"),
    dict(p=LE, s="heard",
         t="honestly between us the courier we've got on that route has been a nightmare all month, it'll be them "
           "that's lost it, but I'm really sorry about it, I'll get the express fee refunded for you today",
         m="EOC", v=["blame"], n="blame first; the apology and refund after it stand (rule 2)"),
    dict(p=LE, s="heard",
         t="so for the record the parcel was signed into the depot, so it's not right to say it was lost on collection",
         m="", v=["accusation", "correcting"]),
    dict(p=LE, s="heard",
         t="mate I've got to be honest it's not looking great, the tracking stopped at the hub on monday night and "
           "nobody's scanned it since, I'm sorry, I know that's not what you want to hear with the restaurant waiting, "
           "but I'm putting a trace on it right now and I'll get the express fee back to you today either way",
         m="AEOC", n="honest bad news is not doubt; 'but' leads into help, so the marks stand"),
    dict(p=LE, s="heard", t="I'm sorry if the parcel's a bit late", m="", v=["non_apology"], n="'sorry if'"),
    dict(p=LE, s="options",
         t="the business you might lose with them isn't something I'm allowed to cover, but the express fee I can "
           "give back, I can put a trace on the first parcel, and I can have a courier run replacement parts over to "
           "the restaurant the same day, on us. which do you want me to start with?",
         m="OIQ"),
    dict(p=LE, s="options", t="right I'll be straight with you um we'll pay for whatever the restaurant's lost plus the express fee plus the parts, just send me an invoice",
         m="O", v=["over_promise"]),
    dict(p=LE, s="options", t="would it help if I rang the restaurant myself and explained the delay was down to us and not you?",
         m="OIQ", n="offer to repair his standing with his client is a remedy"),
    dict(p=LE, s="options",
         t="so here's where I'm at, compensation for the restaurant job is beyond me, I wish it wasn't honestly, but I "
           "can refund your express fee there and then, start a trace on the compressor and board, and send replacements "
           "over today by same-day courier on us, whatever order you want me to do them in, just tell me",
         m="OI", n="'I can ... straight away' is an offer; 'just tell me' invites his preference without a question"),
    dict(p=LE, s="commitment",
         t="okay the courier's booked for collection at half eleven, it'll be with the chef this afternoon, the express "
           "fee's refunded now, and I'll ring you at four with whatever the trace turns up",
         m="OC"),
    dict(p=LE, s="commitment",
         t="I'm so sorry for the runaround. trace is open as of now, ref ending four two nine, the depot have been told to "
           "call me by two, and I'll ring you straight after",
         m="EOC"),
    dict(p=LE, s="close",
         t="so to recap, express fee's back on your card, trace is open under your name and the replacement parts went "
           "with the courier at twelve. you'll have the trace result from me by tomorrow lunchtime. thanks for sticking "
           "with me through all that",
         m="OCG"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood. carry on.", m="", n="'understood' as a filler (rule 1)"),
    dict(p=EE, s="vent", t="sorry to stop you, what's the account ID for Ferrow so I can pull it up", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="vent", t="that's awful, I'm so sorry. could I have the contract reference?", m="EQ",
         v=["premature_details"]),
    dict(p=EE, s="heard",
         t="right so that's the third one this quarter, each of them's gone over the SLA, your warehouses have basically "
           "been stood there with lorries waiting and you had to email our CEO before anyone took it seriously, and "
           "honestly, if I were you I'd be eyeing up the exit clause myself",
         m="AE"),
    dict(p=EE, s="heard", t="To be fair, the status page was updated within fifteen minutes every time, so the information was there.",
         m="", v=["correcting"]),
    dict(p=EE, s="heard", t="the second outage was actually a third-party data centre, so that one's not strictly on us", m="",
         v=["blame"]),
    dict(p=EE, s="heard", t="there's no need to start bringing lawyers up, let's all just breathe for a second", m="",
         v=["calm_down"]),
    dict(p=EE, s="heard", t="sincere apologies for any inconvenience caused to Ferrow's operations", m="",
         v=["non_apology"]),
    dict(p=EE, s="heard",
         t="thank you for staying with us and letting us have a go at fixing it rather than walking, and frankly nobody could blame you if you had",
         m="EG", n="validates her right to leave, like the original's thanks for not moving accounts"),
    dict(p=EE, s="heard",
         t="I hear you. three in a quarter is three too many, and your warehouses can't run on apologies. I can't tell you "
           "there'll never be another one because nobody honestly could, but what I can get moving today is the service "
           "credit, and put a named manager on your account. would you like me to set that up?",
         m="AOIQ", n="honest limit; 'what I can get moving today' is an offer, not a commitment"),
    dict(p=EE, s="heard", t="I'm not in a position to discuss terminating the contract, that would have to come through legal, in writing",
         m="", v=["policy"]),
    dict(p=EE, s="heard", t="look I just do the service desk, the outages are an engineering thing", m="", v=["dismissal"]),
    dict(p=EE, s="heard",
         t="yeah yeah, three outages, I know, I've got the notes in front of me, so what is it you actually want", m="",
         v=["insult"], n="dismissive 'I know' is not acknowledgement; the hostile question is not asks_input"),
    dict(p=EE, s="heard",
         t="okay I- I hear you, um, three outages in one quarter, the, the warehouses standing still, your drivers sat "
           "in the yard, and then having to go to the CEO, that's, that's a lot, and I'm sorry it got to that",
         m="AE"),
    dict(p=EE, s="heard", t="what's the real cost been for you, in shifts and missed dispatches? I want the true number to take upstairs",
         m="Q"),
    dict(p=EE, s="heard",
         t="I'm sorry, I really am, and I can see why you went straight to the CEO, but honestly you'd have got further going "
           "through your account team first, we'd have had it escalated days ago, anyway what I can offer now is the quarter's "
           "service credit",
         m="O", v=["correcting"],
         n="'but' into correcting cancels the apology and acknowledgement; the offer after it stands"),
    dict(p=EE, s="heard",
         t="look I understand you're angry but cancelling the contract isn't going to get your warehouses running any "
           "faster, and if you want to bring lawyers in that's your call, but then it's out of my hands",
         m="", v=["threat_back", "dismissal"], n="daring her to go legal; 'but' cancels the acknowledgement"),
    dict(p=EE, s="None", t="I'd rather not get into the contract side, that's one for legal", m="", v=["dismissal"]),
    dict(p=EE, s="options",
         t="what I'm able to put forward is the service credit for the whole quarter, an account manager with a name you can "
           "call who owns this end to end, and a root cause report, in writing, with a date I'll commit to. I can't release you from the "
           "contract, I'll be honest about that. does that give you something to take back?",
         m="OIQ"),
    dict(p=EE, s="options", t="look if it helps I'll get the termination penalty waived and we'll look at damages for the lost shifts, I'm sure I can swing it",
         m="O", v=["over_promise"]),
    dict(p=EE, s="options", t="I promise you it will not go down again this quarter, you have my word on that", m="",
         v=["over_promise"], n="bare guarantee (rule 5)"),
    dict(p=EE, s="options",
         t="I'll be straight, damages and an exit with no penalty aren't mine to give. what is mine is the quarter's "
           "service credit, your own account manager from monday, and the root-cause write-up by the thirtieth. "
           "is there anything you'd want added to it?",
         m="OIQ", n="dates inside the offer: not yet a commitment"),
    dict(p=EE, s="commitment",
         t="I'm sorry you had to go to the CEO to get heard. tom reyes is your account manager now, he'll call you by "
           "three today, and the written root cause findings will be in your inbox by friday the twenty-first",
         m="AEOC", n="'sorry you had to' + what she went through (rule 14)"),
    dict(p=EE, s="commitment",
         t="right. the credit's been applied to this quarter's invoice as of this morning, and I'll send you the "
           "root-cause timeline in writing by five tomorrow",
         m="OC"),
    dict(p=EE, s="close",
         t="thank you eleanor. so that's the credit, tom looking after you, and the findings on the twenty-first, and I'll "
           "personally check in with you on monday morning to see how the week's gone",
         m="OCG"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="Of course, Mr Fairclough. Please, go on.", m=""),
    dict(p=VC, s="vent", t="before we continue I'll need to run through security, your full name and the first line of your address",
         m="Q", v=["premature_details"]),
    dict(p=VC, s="vent", t="I see. yes.", m=""),
    dict(p=VC, s="heard",
         t="So the funds were due for completion, they arrived two days late, and you found out from the seller's "
           "solicitor rather than from us. That's not the service you should ever get from this bank, and I'm sorry.",
         m="AE"),
    dict(p=VC, s="heard", t="anything over that amount goes through compliance, that's just the procedure, sir", m="",
         v=["policy"]),
    dict(p=VC, s="heard", t="I must say I'm surprised, we've not had any issues with SWIFT payments this month", m="",
         v=["doubt"]),
    dict(p=VC, s="heard", t="you're right. you shouldn't have had to hear it from the other side's solicitor", m="A"),
    dict(p=VC, s="heard", t="nearly losing a house over a payment that was supposed to be routine, I can't begin to imagine how that felt",
         m="AE", n="'can't imagine' is sympathy (rule 8)"),
    dict(p=VC, s="heard", t="if the service isn't to your liking, sir, there's nothing stopping you taking your money elsewhere",
         m="", v=["threat_back"]),
    dict(p=VC, s="heard", t="I do understand, sir, however the compliance process is the same whoever's sending the money",
         m="", v=["policy"], n="contrastive 'however' into a wall cancels the acknowledgement"),
    dict(p=VC, s="heard", t="and has the completion gone through now, or is there still something outstanding with the sellers?",
         m="Q"),
    dict(p=VC, s="heard",
         t="I'm so sorry sir, that's a serious failure on our part, the money should have been there the same day and "
           "at the very least someone should have called you, thank you for bringing it to me directly, um could you "
           "tell me how much the delay has cost you on the purchase side so I can get that in front of the right people",
         m="AEGQ"),
    dict(p=VC, s="heard", t="with respect, sir, raising your voice won't make the money move any faster", m="",
         v=["calm_down"]),
    dict(p=VC, s="heard", t="I'm sorry, sir, but as I've said, those checks are there for your own protection", m="",
         v=["correcting"], n="'sorry, but' into educating him; like the original's compliance-hold reply"),
    dict(p=VC, s="heard",
         t="sir I hear you, two days late on a completion is serious and finding out from the seller's side makes it "
           "worse, and I'm sorry, compensation on the property side isn't within my authority, so I won't promise it, but the fees I "
           "can reverse, and I can put you on a direct number for a senior banker from today, "
           "does that feel like a start?",
         m="AEOIQ", n="honest limit then an offer; 'today' inside the proposal is not a commitment"),
    dict(p=VC, s="options",
         t="My proposal is to reverse the transfer fees in full, give you a named senior relationship banker with her own "
           "number, and set your accounts up so transfers go same-day as standard. Would you like me to arrange that now?",
         m="OIQ", n="'now' sits inside a permission question: no commitment yet"),
    dict(p=VC, s="options", t="of course, we'll cover any costs the delay caused with the purchase, legal fees, penalties, whatever the solicitor charges",
         m="O", v=["over_promise"]),
    dict(p=VC, s="options",
         t="um I'm so sorry, and look, I can't give you anything beyond what I'm about to say, but what I want to do is take "
           "the fees off both transfers, and put you straight through to a senior banker on his own number, and I'll "
           "have your accounts set up so everything goes same-day, how would that sit with you, sir?",
         m="EOIQ"),
    dict(p=VC, s="commitment",
         t="I've reversed both fees this morning, they'll show by this evening, and Catherine Marsh, your new "
           "relationship banker, will ring you at ten tomorrow with her direct number",
         m="OC"),
    dict(p=VC, s="commitment",
         t="I understand, sir. I've escalated it to the head of private banking this morning and she'll be calling you personally before four",
         m="AC", n="escalation with a time: commitment, not options (rule 4)"),
    dict(p=VC, s="close", t="Thank you for your patience this afternoon, Mr Fairclough, and for giving us the opportunity to make amends.",
         m="G"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="yep. yep.", m=""),
    dict(p=FT, s="vent", t="oh god, no washing machine with a toddler and a baby in the house. I'm so sorry", m="AE"),
    dict(p=FT, s="vent", t="can you read me the serial number off the back of it while you're there", m="Q",
         v=["premature_details"]),
    dict(p=FT, s="heard",
         t="so it's seven months old, it's been out twice already, it's gone again, and on top of all that someone "
           "promised you a supervisor would ring you back on monday and nobody did, and you've got a little one and a "
           "baby and a mountain of washing, honestly I don't know how you're keeping your cool",
         m="AE"),
    dict(p=FT, s="heard", t="are you definitely using the right setting, cause if it's overloaded the drum bearings go", m="",
         v=["doubt", "correcting"]),
    dict(p=FT, s="heard",
         t="I'm sorry nobody rang you back. no idea why the supervisor didn't ring, that's a completely different team "
           "to mine, you'd need to take it up with them",
         m="AE", v=["dismissal"], n="no 'but': the apology naming the missed call stands beside the ducking"),
    dict(p=FT, s="heard", t="the engineer's report says the filter was blocked, so that wouldn't be covered anyway", m="",
         v=["accusation", "correcting"], n="customer error through evidence (rule 10)"),
    dict(p=FT, s="heard", t="thanks for chasing us up, honestly, a lot of people would've just walked away by now", m="G"),
    dict(p=FT, s="heard", t="that's the third time you've had to ring us about the same machine and that's not on. I'm sorry",
         m="AE"),
    dict(p=FT, s="heard", t="can you stop interrupting me please, I'm trying to explain the warranty to you", m="",
         v=["calm_down"], n="'stop talking' family; the request is not a real question"),
    dict(p=FT, s="heard",
         t="I get it I really do and I'm sorry, two breakdowns in seven months is awful, but a refund's just not something "
           "the system lets me put through on a repaired machine",
         m="", v=["policy"], n="'but' leads into 'the system won't let me': acknowledgement and apology fall"),
    dict(p=FT, s="heard", t="I get that you're angry, and I'd be wanting a brand new machine as well, let me see what I can do for you",
         m="AE", n="no concrete remedy yet"),
    dict(p=FT, s="heard", t="well the engineer did fix it both times, it's just gone again since", m="", v=["correcting"]),
    dict(p=FT, s="heard", t="and are you all right for now, do you need a loan machine while we sort this out?", m="OIQ",
         n="offering a loan machine is a concrete remedy"),
    dict(p=FT, s="heard",
         t="okay so I'm just gonna be honest with you Kelly, it was the drain pump both times and the engineer's notes say "
           "there was a sock in it the second time, so um, that's probably what caused it, but I'm sorry it's given up "
           "again and I can send a senior engineer round this week",
         m="EO", v=["accusation", "correcting"],
         n="evidence of her error first (rule 10); the apology and offer after it stand, but the apology after a "
           "violation does not make it an acknowledgement"),
    dict(p=FT, s="heard",
         t="I appreciate that's not what you wanted to hear but we can't refund a machine once it's been repaired, those are the rules",
         m="", v=["policy"], n="'appreciate' here thanks nobody: not gratitude"),
    dict(p=FT, s="None", t="sounds rubbish, sorry", m="E"),
    dict(p=FT, s="options",
         t="There are two ways I can go with this. Either a new machine, same model, with another two years' warranty on "
           "top, or I get a senior engineer to you this week and leave you a loan machine while he sorts it. Which "
           "would suit you and the kids better?",
         m="OIQ"),
    dict(p=FT, s="options", t="honestly after all that I'll just upgrade you to the next model up and give you back the money for the repairs, no problem",
         m="O", v=["over_promise"]),
    dict(p=FT, s="options",
         t="I'm really sorry, look, I know you'd like your money back, and I can't do a refund, but I can get a brand new "
           "one, same model, out to you, plus another two years of warranty. shall I book that in?",
         m="AEOIQ"),
    dict(p=FT, s="commitment",
         t="right, the new machine's booked for thursday, delivery between seven and one, they'll take the old "
           "one away, and I'll phone you myself friday morning to see how it's going. I really appreciate your "
           "patience through all of this",
         m="OCG"),
    dict(p=FT, s="close",
         t="okay, so you're all set. engineer's booked for wednesday at eight with a loan machine in the van. is there anything else I can do for you today?",
         m="OCQ", n="ending check: question, not asks_input (rule 6)"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="mm-hm. yeah.", m=""),
    dict(p=BE, s="vent", t="sorry can I just take your postcode and date of birth", m="Q", v=["premature_details"]),
    dict(p=BE, s="heard",
         t="okay so you'd cancelled, and the money still came out twice, that tipped your account into the red and the bank's "
           "charged you for it, and then chat told you last week it was all fixed and it wasn't, I'm so sorry Margaret, on a pension "
           "that's really hard",
         m="AE"),
    dict(p=BE, s="heard", t="did the overdraft knock anything else on, like did any other payments bounce?", m="Q"),
    dict(p=BE, s="heard", t="oh no, your rent as well? that's dreadful, I'm really sorry", m="AE",
         n="echoes the bounced rent back; an exclamation, not a real question"),
    dict(p=BE, s="heard", t="well the cancellation only kicks in once the current month's run out, so technically the first charge was correct",
         m="", v=["correcting"]),
    dict(p=BE, s="heard", t="I'm sorry if the chat team gave you the wrong impression", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="the chat agent shouldn't have told you it was sorted, that's their mistake not mine", m="",
         v=["blame"]),
    dict(p=BE, s="heard", t="thank you for ringing back after last week, I'd understand completely if you'd had enough of us by now",
         m="EG"),
    dict(p=BE, s="heard",
         t="I completely understand, and I'm sorry. the refund can only go through once you've written in to us with a copy of your statement",
         m="AE", v=["policy"],
         n="no 'but': the marks stand beside the put-it-in-writing wall (rule 2); a letter is not a details question"),
    dict(p=BE, s="heard", t="relax, it's only a few pounds, it'll come back", m="", v=["calm_down", "insult"]),
    dict(p=BE, s="heard", t="so you're saying it went out twice. I'll need to see that on a statement before I do anything",
         m="", v=["doubt", "accusation"]),
    dict(p=BE, s="heard",
         t="that's two charges after you'd cancelled, an overdraft fee, and your rent bouncing, all because of us. I'm so "
           "sorry. thank you for bearing with us after last week",
         m="AEG"),
    dict(p=BE, s="heard",
         t="I'm so sorry Margaret, honestly, you did it all properly, you cancelled, you got in touch, you spoke to chat "
           "and they told you it was sorted and it wasn't, I'll put both charges back and the overdraft fee right now "
           "while we're talking and I won't hang up till it shows",
         m="AEOC"),
    dict(p=BE, s="heard",
         t="right I've found it, two payments, one on the fifth, one on the sixth, after you cancelled on the first, so yes, "
           "you're right, and I apologise, those payments should never have left your account, and the chat team shouldn't have "
           "said it was sorted. roughly what did the bank take off you for the overdraft?",
         m="AEQ", n="owning the chat team's error is not blame"),
    dict(p=BE, s="heard", t="oh Margaret, that's horrible", m="E"),
    dict(p=BE, s="options",
         t="I'll put both charges back, pay back the overdraft fee, and I can send you a letter confirming the "
           "subscription's cancelled so you've got it in writing. would you like that by email or by post?",
         m="OIQ", n="no time given, so no commitment"),
    dict(p=BE, s="options", t="I'll refund both of those and pop three months free on the account for your trouble", m="O",
         v=["over_promise"]),
    dict(p=BE, s="options", t="would you like me to check the subscription's properly closed as well, so nothing else comes out?",
         m="OIQ"),
    dict(p=BE, s="commitment",
         t="right, both refunds have gone through just now, you should see them in three to five working days, the "
           "overdraft fee reimbursement goes separately today, and the cancellation letter's in the post tonight",
         m="OC"),
    dict(p=BE, s="close",
         t="thank you Margaret, you've been really kind about it all. so that's both charges back, the overdraft fee, and your letter. take care now",
         m="OG", n="summary with no time: no commitment"),

    # --- generic ---
    dict(p=None, s="vent", t="uh-huh.", m=""),
    dict(p=None, s="vent", t="right, hang on, what's the account name?", m="Q", v=["premature_details"]),
    dict(p=None, s="heard", t="oh for god's sake", m="", v=["insult"], n="muttered aside in reply (rule 12)"),
    dict(p=None, s="heard",
         t="okay I'm really sorry, so you've phoned three times, each time you were told someone would ring back and "
           "they didn't, and you're still without the thing you paid for, that's not good enough and I'm going to be the "
           "one who sorts it, can I ask what you'd like to happen first",
         m="AEIQ", n="asks her preference without a question mark"),
    dict(p=None, s="heard", t="I'm sorry you see it that way", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="you seem very stressed, maybe take a break and ring back when you're feeling a bit calmer", m="",
         v=["calm_down", "dismissal"], n="tone-policing plus sending them away"),
    dict(p=None, s="heard", t="I'm hearing that the order came damaged and then the replacement never turned up. have I got that right?",
         m="AQ"),
    dict(p=None, s="heard", t="I appreciate you being so clear about what happened, it makes my job a lot easier", m="G"),
    dict(p=None, s="heard", t="hold on hold on hold on, let me speak", m="", v=["calm_down"], n="'stop talking' family"),
    dict(p=None, s="heard", t="I can't see any record of you calling before", m="", v=["doubt"]),
    dict(p=None, s="heard", t="unfortunately the system does it automatically, there's no way round it", m="", v=["policy"]),
    dict(p=None, s="heard", t="so basically you've been left to chase us every step of the way, and that's on us", m="A",
         n="owns the failure; no apology or feeling named"),
    dict(p=None, s="heard",
         t="no yeah I totally here you, your well within your rights to be angry, you've been promised a call back twice and its not "
           "happened, that should of never happened and I'm sorry",
         m="AE", n="mis-hearings 'here', 'your', 'should of'"),
    dict(p=None, s="heard", t="you've already told me that three times", m="", v=["insult"]),
    dict(p=None, s="heard", t="oh that sounds so frustrating, I'm sorry. when did it first start?", m="EQ"),
    dict(p=None, s="heard", t="to be honest with you we get this complaint all the time, it's a known issue", m="",
         v=["dismissal"], n="minimising"),
    dict(p=None, s="heard", t="listen, if you go to the papers that's your choice, it won't change anything on my end", m="",
         v=["threat_back"]),
    dict(p=None, s="heard",
         t="I'm sorry you feel we've been slow but to be honest we've been swamped this week, we've had double the calls, "
           "so I'll get to it as soon as I can",
         m="", v=["non_apology", "dismissal"], n="'sorry you feel'; excuse; vague promise with no time"),
    dict(p=None, s="heard",
         t="no I understand, and thank you for telling me all that, it can't have been easy going through it again. what would make this right for you?",
         m="AEGIQ"),
    dict(p=None, s="heard",
         t="um so yeah okay, um so you rang on monday, they said forty eight hours, and it's thursday now, and you still "
           "haven't heard anything, and you've got no idea where it is, yeah no that's really poor and I'm sorry, thanks "
           "for hanging on, I'll find out what's happening and I'll call you back by two",
         m="AEGC"),
    dict(p=None, s="heard",
         t="I'm sorry but you're going to have to stop swearing at me or I'll have to end the call, I do want to help you "
           "and I understand you've had a terrible time with us",
         m="AE", v=["threat_back"],
         n="'sorry, but' into a threat; the acknowledgement and sympathy after it are not cancelled (rule 2)"),
    dict(p=None, s="options", t="I could credit the account or get a replacement sent out, or if you've got something else in mind just say",
         m="OI"),
    dict(p=None, s="options", t="we could try a refund, or I might be able to do something else, I'd have to see really", m="",
         n="hedged remedy types with nothing actually offered"),
    dict(p=None, s="options", t="I'll refund everything and throw in a voucher and free delivery for a year on top", m="O",
         v=["over_promise"]),
    dict(p=None, s="options",
         t="okay so I'll refund the delivery fee now, and if you'd like a replacement as well just say and I'll sort that too",
         m="OCI", n="declared step + 'now' is a commitment; 'just say' invites her preference"),
    dict(p=None, s="options",
         t="right okay so there's a couple of ways we can go, um, I can refund it all back to your card which takes three "
           "to five days or I can do it as credit which is instant, or honestly if neither of those works for you tell me "
           "what would and I'll see what I can do",
         m="OI", n="choice laid out as statements; imperative invitation, no real question"),
    dict(p=None, s="commitment", t="I'll email you the reference and a summary by six tonight", m="C"),
    dict(p=None, s="commitment",
         t="okay so I've logged it as a complaint and it's marked urgent, someone from the team will be in touch at some point this week",
         m="", n="vague actor and time ('at some point'): not a commitment"),
    dict(p=None, s="close", t="is there anything else I can help you with today?", m="Q", n="ending check (rule 6)"),
    dict(p=None, s="close", t="thanks for bearing with me, really appreciate it, and I'm sorry it took so long to get here",
         m="EG"),
    dict(p=None, s="None", t="not my problem, love", m="", v=["dismissal"]),
    dict(p=None, s="None", t="so what would you like me to do for you?", m="IQ"),
    dict(p=None, s="None", t="leave it with me, I'll get it all sorted, promise", m="",
         n="promise with no time and no remedy"),
]

write_batch(ITEMS, "gk", Path(__file__).with_name("replies_extra192.jsonl"))
