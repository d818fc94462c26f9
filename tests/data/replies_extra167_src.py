"""Source of `replies_extra167.jsonl`: batch 167, in the original set's style (tune split only).

Written by hand, one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. The theme is a
cross-section: the same spread of personas, stages, lengths and qualities as the original tune part
(good, mediocre and bad replies, with violations of every kind), leaning a little towards long,
rambling, Whisper-transcribed replies from nervous trainees that mix a real acknowledgement or
apology with excuses, policy and options ("I- I'm really sorry, um, that's two mornings you've taken
off ... it's just the engineers are all contractors ... but I can knock the installation fee off",
"I completely understand ... the early termination side, though, um, that has to go ... in writing",
"I've only been here a couple of weeks, um, but ... I'd like to book a same-day courier").
Beside them sit hard negatives that sound like excuses or walls but are not faults: honest limits
(rule 11), explanations of the cause that own it ("that's no excuse"), and new starters who admit
what they don't know and still take the follow-up.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra167.jsonl next to it (ids fl0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="okay... okay", m="", n="bare okays while she vents: letting her vent"),
    dict(p=MT, s="vent", t="so you sat in all morning again and nobody even rang? god, that's rotten. sorry, go on",
         m="AEQ", n="check-back at vent restates what happened; sympathy is sincere; no details asked"),
    dict(p=MT, s="vent",
         t="sorry, could- could you give me the account number so I can pull the booking up while you're talking",
         m="Q", v=["premature_details"], n="'sorry' is a politeness marker; details asked mid-vent"),
    dict(p=MT, s="heard",
         t="I- I'm really sorry, um, that's two mornings you've taken off and nobody even rang you, "
           "that's- that's not right. it's just the engineers are all contractors so we don't always get "
           "told when they're running behind, um, but I can knock the installation fee off and put you in as "
           "first job at eight if that helps?",
         m="AEOIQ", v=["blame"],
         n="pushes it onto the contractors (blame), but no 'but' leads into it, so the repeat-back and apology "
           "stand; the offer after it counts"),
    dict(p=MT, s="heard",
         t="right so just so I've got it, first visit was the twelfth, second one yesterday, eight till twelve on "
           "both, and not one phone call", m="A", n="check-back said as a statement: no question"),
    dict(p=MT, s="heard",
         t="okay I- I'm sorry you feel that way about the engineers, um, I know it's annoying but they have a lot of "
           "jobs on and sometimes they overrun, that's not really something we can control",
         m="", v=["non_apology", "dismissal"], n="'I know it's annoying but' leads into minimising"),
    dict(p=MT, s="heard", t="two days' wages gone because nobody on our end could be bothered to ring you. that's on us",
         m="A", n="owns the failure (rule 14) but names no feeling and makes no apology: acknowledge only"),
    dict(p=MT, s="heard", t="that's weird, cause on my screen it's got him down as attended at ten forty",
         m="", v=["doubt"], n="'it says here' style doubt"),
    dict(p=MT, s="heard",
         t="yeah no I completely understand, and honestly I'd be annoyed as well, I would, um, but with the refund "
           "it's- it's company policy that installation charges aren't refundable once the order's gone through, "
           "so I can't really do that one",
         m="", v=["policy"], n="'but' leads straight into a policy wall: cancels the acknowledgement and empathy"),
    dict(p=MT, s="heard", t="you must be sick to death of waiting in for us. I'm sorry", m="E"),
    dict(p=MT, s="heard", t="[sighs] right, okay, so what is it you actually want then", m="", v=["insult"],
         n="transcribed sigh (rule 12); the exasperated 'what do you want' is not asks_input or a real question"),
    dict(p=MT, s="heard",
         t="can I ask, are you paid by the hour? cause if you are that's real money you've lost and I want to "
           "factor that in", m="Q"),
    dict(p=MT, s="heard",
         t="listen I get you're annoyed, but the morning slot's only ever an estimate, it's not set in stone",
         m="", v=["correcting"], n="'but' into educating her on the booking window: cancels the 'I get'"),
    dict(p=MT, s="heard",
         t="oh gosh I'm so sorry, um, so I've had a look and it looks like there was, like, a glitch with the "
           "scheduling system on both days which is why nobody rang you, which, I know that doesn't help you at "
           "all, you still lost the two days. um, I'm gonna see what I can do about it for you",
         m="AE",
         n="hard negative: explains the cause and owns the impact; not a wall ('the system won't let me') and not "
           "blame; 'see what I can do' is no remedy and has no time"),
    dict(p=MT, s="options",
         t="thanks for holding, I've been through it all. okay so um, a full refund I- I can't, I'm really sorry, that's "
           "just not something I'm able to sign off, but I can take the installation fee off completely, put a "
           "month's credit on the account, and have you as first job, eight am, whatever day's good. is- would "
           "that be alright?",
         m="OGIQ", n="honest limit, not a policy wall (rule 11); the 'sorry' apologises for the refusal, so no empathy"),
    dict(p=MT, s="options",
         t="look I'll be honest I'm not really supposed to do this but I'm gonna refund the whole thing, "
           "installation, first month, the lot, and cover your lost wages on top. you've had a "
           "rotten time of it",
         m="EO", v=["over_promise"], n="full refund and wage cover go beyond fee waiver + credit + first slot"),
    dict(p=MT, s="options",
         t="would a saturday be better, so you don't have to take another day off? I can do first thing, eight o'clock",
         m="OIQ"),
    dict(p=MT, s="commitment",
         t="right, it's in. tuesday the ninth, eight o'clock, you're his first job, the fee's come off and the "
           "credit's on there now. a confirmation text should land within ten minutes", m="OC"),
    dict(p=MT, s="commitment", t="I'll get someone from scheduling to ring you about it", m="",
         n="promise with no time"),
    dict(p=MT, s="close",
         t="thanks for hanging on Bernadette, I know you'd rather not have had to ring at all. so that's "
           "tuesday eight am, and I'll call you monday teatime to make sure it's all still on",
         m="OCG", n="confirming the rebooked slot is a remedy (rule 4); the monday call is the commitment"),
    dict(p=MT, s="heard",
         t="thank you for bearing with me, um, I've checked and the engineer visits are booked by a different team "
           "so I- I can't really see why he didn't turn up, you'd have to ask them",
         m="G", v=["dismissal"], n="'you'd have to ask them' ducks it; the thanks is sincere and comes first"),
    dict(p=MT, s="heard",
         t="I understand you're upset but I'm not going to be spoken to like that, if you swear at me again I'll "
           "have to end the call", m="", v=["threat_back"], n="'but' into a threat: cancels the acknowledgement"),
    dict(p=MT, s="heard",
         t="I'm so sorry, two mornings wasted. the window was eight till one the second time actually, not eight "
           "till twelve, just so you know. but yeah that doesn't change anything really",
         m="AE", v=["correcting"], n="no connective before the correction, so the repeat-back and apology stand (rule 2)"),
    dict(p=MT, s="heard",
         t="I'm so sorry, um, I honestly don't know what happened, I- I'm quite new so I don't know how the engineer "
           "side works yet, but I'm going to find out and I'll call you back before twelve",
         m="EC", n="hard negative: a new starter admitting what they don't know is not ducking; they own the "
                   "follow-up, with a time"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="okay. right. I'm with you", m="", n="back-channel (rule 13)"),
    dict(p=LE, s="vent", t="what's the tracking number on it", m="Q", v=["premature_details"]),
    dict(p=LE, s="vent",
         t="oh god, okay, so the compressor never got there and the restaurant's waiting on it, I'm so sorry, keep going",
         m="AE"),
    dict(p=LE, s="heard",
         t="I'm really sorry Marcus, honestly, that's awful with your customer sat waiting. um, I'll be straight "
           "with you, the parcel's only covered up to the standard liability limit, so the business side of it "
           "I can't cover, but I can refund your express fee and get a trace started straight away",
         m="AEO", n="the liability limit is an honest obstacle, not a wall (rule 11); 'I can ... straight away' is "
                    "an offer, not a commitment"),
    dict(p=LE, s="heard",
         t="look I do understand, I do, but lost earnings aren't covered, that's all in the T's and C's you "
           "agreed to when you booked, I can't do anything on that bit",
         m="", v=["correcting", "dismissal"],
         n="'but' into 'it's in the T's and C's' and 'can't do anything': cancels the acknowledgement"),
    dict(p=LE, s="heard",
         t="hm that's odd, it's showing as collected and normally there'd be at least one depot scan by now. are "
           "you sure it was overnight you booked and not standard?",
         m="", v=["doubt"], n="'are you sure' is doubting, not a real question"),
    dict(p=LE, s="heard", t="what was in it, the parts I mean? and when does the restaurant need them by?", m="Q"),
    dict(p=LE, s="heard",
         t="you paid the extra for overnight so you could look after your customer, and instead you're the one "
           "getting it in the neck. I'd be raging", m="AE"),
    dict(p=LE, s="heard",
         t="I'm so sorry, I really am, um, from what I can see it's the depot in daventry that's dropped the ball, "
           "they've not scanned a thing, so it's really down to them. but I'll chase them for you",
         m="E", v=["blame"],
         n="apology comes before the blame with no 'but', so it stands; 'I'll chase them' has no time and no remedy"),
    dict(p=LE, s="heard", t="I appreciate you getting onto us this early, honestly, it gives the trace a much better shot",
         m="G"),
    dict(p=LE, s="heard", t="mate, it's a parcel, nobody's died", m="", v=["insult"],
         n="rude minimising in kind, like 'don't be silly' in the original"),
    dict(p=LE, s="heard",
         t="okay okay, I need you to just, um, cool it a bit for me, because I do want to help you, I do, and I'm sorry "
           "about the parcel, I know your customer's on your back about it. I'm putting a trace on it right now",
         m="AEOC", v=["calm_down"], n="marks that come after the violation are not cancelled (rule 2)"),
    dict(p=LE, s="options",
         t="sorry, bear with me, I'm- I've only been here a couple of weeks, um, but I've read it all and I can see "
           "it's not moved since collection and the restaurant needs those parts, so, um, I'd like to book a "
           "same-day courier for replacements at our cost and refund you the express fee, does that sound okay?",
         m="AOIQ", n="'sorry, bear with me' is a politeness marker, not an apology; being new is not ducking here"),
    dict(p=LE, s="options",
         t="the lost work itself I can't cover, I'll be upfront about that, but a new compressor and control "
           "board couriered to the restaurant this afternoon at our cost, plus your overnight fee back, that I "
           "can do. want me to set that up?", m="OIQ"),
    dict(p=LE, s="options",
         t="tell you what, send me over what the job was worth and I'll get it reimbursed, plus the express fee. "
           "I'm not having you lose a customer over our mistake",
         m="AO", v=["over_promise"], n="paying for the lost job is beyond the allowance; 'our mistake' owns the failure"),
    dict(p=LE, s="options",
         t="right so um the trace has to run forty-eight hours before it can be classed as lost, that's the "
           "process, I can't change that. but I could get replacement parts out today on a same-day courier and "
           "refund the express part, would that work?",
         m="OIQ", v=["policy"], n="policy wall first, then a real offer after 'but': the offer is not cancelled"),
    dict(p=LE, s="options",
         t="do you want the replacement going straight to the restaurant, or to your unit so you can fit it yourself?",
         m="OIQ"),
    dict(p=LE, s="commitment",
         t="right, courier's booked. they collect from our warehouse at one and it should be at the restaurant for "
           "half four, and I'll ring you the minute it's signed for", m="OC"),
    dict(p=LE, s="commitment",
         t="the trace reference is T R two six nine oh, and you'll have an update from the depot by lunchtime "
           "tomorrow at the latest", m="OC", n="the opened trace is a remedy, and the update has a deadline"),
    dict(p=LE, s="close",
         t="cheers Marcus, thanks for not biting my head off there at the end, and sorry again about your customer",
         m="EG"),
    dict(p=LE, s="heard",
         t="okay, um, first of all we do apologise for any inconvenience caused by the delay to your consignment, "
           "and, um, I can open a trace on it for you now if you'd like",
         m="OI", v=["non_apology"], n="'any inconvenience' non-apology; 'I can ... now if you'd like' is an offer "
                                       "with a permission, not a commitment"),
    dict(p=LE, s="heard",
         t="so it's not really the parcel you're worried about, it's keeping the restaurant as a customer. what "
           "would help most with them right now?", m="AIQ"),
    dict(p=LE, s="heard",
         t="okay, so for the record, you're saying it was handed over at the counter on monday and you didn't get "
           "a receipt", m="", v=["accusation"], n="repeat-back framed as testimony: court-room language"),
    dict(p=LE, s="heard",
         t="oh god I'm really sorry, that's- that's awful, but honestly parcels do go astray from time to time, it "
           "happens with every courier, it's not like it's just us",
         m="", v=["dismissal"], n="'but' into minimising: cancels the apology"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood", m="", n="filler while she vents"),
    dict(p=EE, s="vent", t="before you carry on could I get the customer ID off your contract please", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="heard",
         t="I- I completely understand, Ms Ashcombe, three outages in one quarter is, um, it's not what you signed "
           "up for and I'm sorry. the early termination side, though, um, that has to go to our contracts team "
           "formally, in writing, I'm not able to- that's how it has to be done",
         m="", v=["policy"],
         n="contrastive 'though' leads straight into a wall ('in writing', 'that's the process'): cancels both "
           "marks (rule 2)"),
    dict(p=EE, s="heard",
         t="you're right. three breaches this quarter, your warehouses standing idle, and you had to email our CEO "
           "before anyone moved. I'm sorry. I can't release you from the contract, I'll be honest, that's not mine "
           "to give. what I will do is get the service credit applied for all three today",
         m="AEOC", n="an honest limit, not a policy wall or ducking (rule 11); 'I will ... today' is declared"),
    dict(p=EE, s="heard", t="the last one was under two hours, it's hardly the end of the world", m="",
         v=["correcting", "dismissal"], n="corrects her on the scale and brushes it off"),
    dict(p=EE, s="heard",
         t="when's your next board meeting? I want to make sure you've got something in writing from us before it",
         m="Q"),
    dict(p=EE, s="heard",
         t="thank you for sending the incident timeline over, it means I'm not making you go through it all again",
         m="G"),
    dict(p=EE, s="heard", t="I can tell you now it won't happen again, we've fixed it, you have my word on that", m="",
         v=["over_promise"], n="a bare guarantee (rule 5)"),
    dict(p=EE, s="heard",
         t="look, I- I understand you're frustrated, I do, but with respect if you want to get lawyers involved "
           "that's your prerogative, and we'll be defending the contract, so",
         m="", v=["threat_back"], n="'but' into squaring up to the legal threat: cancels the acknowledgement"),
    dict(p=EE, s="heard",
         t="um yeah, no, I- I've read through it and honestly, three outages and every one of them breached the "
           "SLA, and your pickers were just stood there, I'd be absolutely livid in your seat, I'm so sorry",
         m="AE"),
    dict(p=EE, s="heard",
         t="I'm sorry. I can tell you what caused the last one, it was a storage upgrade on our side that failed "
           "and we should have caught it. that's not an excuse, and you should have heard it from us first",
         m="AE", n="hard negative: explains the cause and owns it, so not blame; owning the failure acknowledges"),
    dict(p=EE, s="heard",
         t="to be honest the outage was on the hosting provider's side, not our platform, so the SLA breach is, "
           "um, arguably theirs", m="", v=["blame"]),
    dict(p=EE, s="heard",
         t="I'm sorry, I really am, and I'm not gonna pretend otherwise. um, the damages side I genuinely can't do, "
           "I'm not authorised and nobody at my level is, but the service credit for the quarter I can get moving "
           "today, and I'd like to get you a named account manager, someone who actually picks up. would that be, "
           "um, a place to start?",
         m="EOIQ", n="the apology comes before the refusal, so it is sincere; honest limit (rule 11); 'I can ... "
                     "today' is an offer"),
    dict(p=EE, s="heard",
         t="I hear you, honestly, three times in one quarter, I'd be pulling my hair out, and honestly I think "
           "given all that we should just let you out of the contract with no penalty, I'll put that through for you",
         m="AEO", v=["over_promise"], n="releasing her from the contract is beyond the allowance; no time given"),
    dict(p=EE, s="options",
         t="I'd like to propose three things. the root-cause report in writing by friday the twenty-first, the full "
           "quarter's service credit, and a named account manager. what would you change?",
         m="OIQ", n="date inside a proposal: not yet a commitment (rule 3)"),
    dict(p=EE, s="options", t="if it helps I can waive the exit fees, so you're free to walk if it happens again",
         m="O", v=["over_promise"]),
    dict(p=EE, s="options",
         t="so what do you want from me then, because damages are off the table and so is letting you out of the "
           "contract", m="", v=["dismissal"],
         n="exasperated 'what do you want from me', not a real request for her ideas"),
    dict(p=EE, s="commitment",
         t="our head of engineering is signing off the root-cause report and it'll land in your inbox on the "
           "twenty-fourth. your account manager's Tom Hale and he'll email you before end of today", m="OC"),
    dict(p=EE, s="commitment",
         t="I'm going to try and get our head of service to give you a call, hopefully in the next few days", m="",
         n="vague and hedged: no firm time, and escalation alone is no remedy"),
    dict(p=EE, s="close",
         t="thank you for staying on the call, Eleanor, I know walking away would've been easier. you'll have a "
           "summary of what we agreed by five today", m="CG"),
    dict(p=EE, s="heard",
         t="Ms Ashcombe, I'm going to ask you to keep this professional, raising your voice won't get it fixed any "
           "faster", m="", v=["calm_down"]),
    dict(p=EE, s="heard",
         t="um, we apologise if the service hasn't met your expectations this quarter, and, uh, I'll make sure your "
           "feedback gets passed on to the right team", m="", v=["non_apology"]),
    dict(p=EE, s="heard",
         t="so your sites were down for six hours, the status page was still saying everything was fine, and it "
           "took your email to our CEO to get a call back. is that right?", m="AQ"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="of course, Mr Fairclough. go on", m=""),
    dict(p=VC, s="vent",
         t="just before you go on, sir, I'll need to run through security, what's the first line of your address",
         m="Q", v=["premature_details"]),
    dict(p=VC, s="heard",
         t="I'm so sorry, Mr Fairclough, um, I- I can see the transfer went out two days late, and you found out "
           "from the seller's solicitor rather than from us, which, honestly, should never have happened. it was "
           "held in compliance, um, which can happen on the larger amounts, but that's no excuse for nobody "
           "picking up the phone to you",
         m="AE", n="hard negative: explains the hold and then owns the failure ('no excuse'), so not correcting"),
    dict(p=VC, s="heard",
         t="the instruction reached us at ten past three, sir, and the same-day cut-off is two, so it was always "
           "going to go the following day", m="", v=["accusation", "correcting"],
         n="insisting on the customer's error from the records (rule 10)"),
    dict(p=VC, s="heard", t="to hear it from the other side's solicitor, of all people. that must have felt humiliating",
         m="AE"),
    dict(p=VC, s="heard",
         t="if that's how you feel, sir, I'm happy to arrange for your portfolio to be moved wherever you like",
         m="", v=["threat_back"], n="answers the move-my-accounts threat in kind"),
    dict(p=VC, s="heard",
         t="I appreciate you bringing this to me personally rather than going straight to the ombudsman, truly",
         m="G"),
    dict(p=VC, s="heard", t="with the greatest respect, sir, you're not our only client", m="", v=["insult"]),
    dict(p=VC, s="heard", t="has completion gone through now, or is anything still hanging on it?", m="Q"),
    dict(p=VC, s="heard",
         t="I understand, and I'm very sorry, sir. I- I'm afraid I can't comment on why compliance held it, um, "
           "those decisions are made by a separate team and I don't have any visibility of them",
         m="AE", v=["dismissal"], n="no 'but': the marks stand beside the ducking (rule 2)"),
    dict(p=VC, s="heard",
         t="I understand, sir, and I'm sorry it's caused you so much stress, I really am. however, um, the transfer "
           "was flagged for a compliance check because of the amount, which is standard for every bank, so it "
           "wasn't, it wasn't really a delay on our part as such",
         m="", v=["correcting"], n="contrastive 'however' leads into correcting him: cancels both marks"),
    dict(p=VC, s="options",
         t="what I'd suggest, sir, is that I reverse the fees on this transfer and put you with a named senior "
           "banker, Catherine Lowe, who you can ring directly. would that be acceptable?", m="OIQ"),
    dict(p=VC, s="options",
         t="I'll make sure you're compensated for any costs the delay caused you with the sellers, and your "
           "transfers will be free from now on", m="O", v=["over_promise"]),
    dict(p=VC, s="options",
         t="from here on I can have your accounts set up for expedited same-day transfers, so you're not waiting "
           "in a queue next time. shall I do that now?", m="OIQ", n="'shall I' asks permission; not a commitment yet"),
    dict(p=VC, s="commitment",
         t="the fees are reversed as of this minute, you'll see it on your next statement, and Catherine will ring "
           "you at ten tomorrow morning", m="OC"),
    dict(p=VC, s="commitment", t="I'll ring you back personally by half past four with an answer from compliance",
         m="C"),
    dict(p=VC, s="close",
         t="thank you for your patience this afternoon, Mr Fairclough. I know this isn't how you'd have wanted to "
           "spend it", m="G"),
    dict(p=VC, s="heard",
         t="um, that's, that's very unusual, sir, I've checked and we've had no other reports of delays that day, "
           "and the system's showing it as sent on the tuesday, so I'm not sure what's happened there",
         m="", v=["doubt"]),
    dict(p=VC, s="heard", t="Mr Fairclough, please, there's no call to take that tone with me", m="", v=["calm_down"]),
    dict(p=VC, s="heard",
         t="um, okay, so sir, I- I hear you, you had the money ready, you did everything on time, and it was us "
           "that nearly cost you the house, and I'm, I'm genuinely sorry. I can't undo that, but the fees I can "
           "reverse today and, um, give you your own senior banker's number so you're not left in a queue next "
           "time, would that help at all?", m="AEOIQ"),
    dict(p=VC, s="heard",
         t="I'm so sorry, sir. the delay came from the correspondent bank in frankfurt, they sat on it for a full "
           "day. I'll have your fee reversed by close of play today",
         m="EOC", v=["blame"], n="apology before the blame stands (no 'but'); the fee reversal after it counts"),
    dict(p=VC, s="heard", t="I'm sorry if you feel you weren't kept informed, sir", m="", v=["non_apology"]),
    dict(p=VC, s="vent", t="mm. I understand, sir", m="A",
         n="bare sincere 'I understand' counts (rule 1), even while he vents"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="mhm", m=""),
    dict(p=FT, s="vent", t="oh that's awful. could you grab me the serial number off the back of it", m="EQ",
         v=["premature_details"], n="sincere sympathy, then a details request while she is still venting"),
    dict(p=FT, s="heard",
         t="I'm so, so sorry, um, seven months old and it's gone again, and then nobody from the supervisor team "
           "rang you back on monday like they said. that's, honestly that's not on. um, a refund I can't, sorry, "
           "I'm not allowed, but I can swap it for the same model with the warranty stretched by two years, or "
           "get a senior engineer out this week with a loan machine, whichever's easier with the little ones?",
         m="AEOIQ", n="'I'm not allowed to' is an honest limit, not a wall; the first 'sorry' is sincere, the second "
                      "apologises for the refusal"),
    dict(p=FT, s="heard",
         t="I'm sorry it's packed in on you again, honestly I am, but um usually when the pump goes twice like that it's "
           "from overloading it, so maybe try doing smaller loads",
         m="", v=["correcting"], n="'but' into educating her: cancels the apology"),
    dict(p=FT, s="heard",
         t="a toddler and a baby and nothing to wash in for two weeks, I honestly don't know how you're coping",
         m="AE", n="'don't know how you're coping' is sympathy, like 'can't imagine' (rule 8)"),
    dict(p=FT, s="heard", t="have you been having to use the launderette in the meantime?", m="Q"),
    dict(p=FT, s="heard",
         t="the supervisors are really stretched on mondays, they don't always get round to all the callbacks",
         m="", v=["dismissal"], n="excuses the missed callback as normal: minimising"),
    dict(p=FT, s="heard", t="sorry if the engineer didn't fix it properly", m="", v=["non_apology"]),
    dict(p=FT, s="heard",
         t="thank you for ringing again, I know it's the last thing you want to be doing. two repairs and a "
           "supervisor who never rang, I've got all that", m="AG"),
    dict(p=FT, s="heard",
         t="unfortunately a replacement can only be authorised after the third failed repair, that's the procedure",
         m="", v=["policy"]),
    dict(p=FT, s="heard", t="(mutters) here we go", m="", v=["insult"], n="muttered aside (rule 12)"),
    dict(p=FT, s="options",
         t="what would make your week easier right now, a loan machine while we sort it, or something else?",
         m="OIQ", n="names a remedy inside the choice"),
    dict(p=FT, s="heard",
         t="right, I'm so sorry Kelly. from the notes the first engineer was one of the agency lads and honestly "
           "they're hit and miss, that's really where it's gone wrong. but look, I'm booking our senior engineer "
           "for you now, he'll be with you wednesday morning with a loan machine, and I'll ring you tomorrow by "
           "four to confirm",
         m="EOC", v=["blame"], n="the 'but' after the blame leads into help; the apology came first and stands"),
    dict(p=FT, s="options",
         t="I'll tell you what, I'll get you the newer model, the nine kilo one, no charge, because you've more "
           "than earned it after all this", m="O", v=["over_promise"]),
    dict(p=FT, s="options",
         t="so there's two things I can do. a brand new machine, the same one you've got, with two more years on "
           "the warranty, or I send the senior engineer thursday, loan machine and all, while he sorts it. up to you",
         m="OI", n="'up to you' invites her choice without a question"),
    dict(p=FT, s="options",
         t="um so the refund, I- I did ask, and the system won't let me put a refund through on an appliance past "
           "thirty days, so that's that bit, sorry. but, um, I can defiantly get you a replacement machine, same "
           "model, with two years added on the warranty, is that- would that be alright?",
         m="OIQ", v=["policy"],
         n="'the system won't let me' is a wall; 'defiantly' mis-hearing; 'sorry' is for the refusal"),
    dict(p=FT, s="commitment",
         t="thank you for your patience. right, your new machine's ordered, it's coming thursday between seven and "
           "eleven and they'll take the old one away. I'll text you tonight with the driver's time slot",
         m="OCG"),
    dict(p=FT, s="commitment",
         t="I'm going to get the supervisor who should've called you on monday to ring you today, before three",
         m="AC", n="'should've called you on monday' owns the missed callback; a callback alone is no remedy"),
    dict(p=FT, s="close",
         t="lovely, thanks Kelly, and thanks for hanging in there with us. engineer's thursday with the loan "
           "machine, and I'll give you a ring friday morning to check it's running", m="OCG"),
    dict(p=FT, s="heard",
         t="the engineer who came out the second time was an agency one, to be honest, so it's no surprise it "
           "didn't last", m="", v=["blame"]),
    dict(p=FT, s="heard", t="I'm so sorry, honestly, after all that I promise you this new one won't break down on you",
         m="E", v=["over_promise"], n="a guarantee, which she may not be given"),
    dict(p=FT, s="heard",
         t="okay, um, yeah, I'm really sorry, I can hear you've got the baby there and everything, and it's broken "
           "twice since the repair, that's awful. um, with the callback I'm not sure what happened cause I'm not on "
           "that team, I couldn't really tell you",
         m="AE", v=["dismissal"], n="no 'but': the marks stand beside the 'not my team' ducking"),
    dict(p=FT, s="vent", t="oh god, a baby and a toddler, no wonder you're at breaking point. I'm listening", m="AE"),
    dict(p=FT, s="heard",
         t="so just to be clear, your position is that the machine was used correctly at all times", m="",
         v=["accusation"]),

    # --- billing-error ---
    dict(p=BE, s="vent", t="right. go on, I'm here", m="", n="back-channel (rule 13)"),
    dict(p=BE, s="vent", t="can I have your date of birth and the postcode on the account before we start", m="Q",
         v=["premature_details"]),
    dict(p=BE, s="heard",
         t="oh gosh, Mrs Ellison, I'm so sorry, um, so you'd cancelled, it still came out twice, and then the chat "
           "team told you it was all sorted when it wasn't. that's really not good enough. I think the, um, the "
           "chat agent probably just didn't put the cancellation through properly, so that's where it's gone wrong",
         m="AE", v=["blame"], n="blames another agent after the marks, with no 'but'"),
    dict(p=BE, s="heard",
         t="the second payment was actually for the following month, because cancellations only kick in once "
           "the billing month's finished", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="and your on a pension as well. I'd be beside myself if my account went into the red like that",
         m="AE", n="'your' mis-hearing"),
    dict(p=BE, s="heard", t="did the bank tell you how much the overdraft fee was?", m="Q"),
    dict(p=BE, s="heard", t="and when you spoke to the chat team last week they told you it was all sorted, is that right?",
         m="AQ", n="check-back question"),
    dict(p=BE, s="heard", t="I'm sorry that you're unhappy with how the billing's been handled", m="",
         v=["non_apology"], n="sorry about her being unhappy, not about the event (rule 7)"),
    dict(p=BE, s="heard",
         t="unfortunately we don't refund overdraft fees, it's not something we do, you'd need to take that up "
           "with your bank", m="", v=["policy", "dismissal"]),
    dict(p=BE, s="heard", t="thank you for being so clear about the dates, Mrs Ellison, it makes my job much easier",
         m="G"),
    dict(p=BE, s="heard",
         t="I completely understand, and I'm so sorry. nine years you've been with us and this is how we've "
           "treated you. um, both the charges I can refund, that's no problem, and the overdraft fee as well, but "
           "I will need you to send in a copy of the bank statement by post, that's just how they process it",
         m="AEO", v=["policy"],
         n="the 'but' follows the offer, not the apology, so the marks stand; 'by post, that's how they process "
           "it' is a wall"),
    dict(p=BE, s="heard",
         t="oh Margaret I'm sorry, honestly, that's awful, two charges after you'd cancelled and then the "
           "overdraft on top. um, the overdraft side is something I'd have to pass over to our refunds department "
           "though, I can't touch that from billing. thanks ever so much for your patience with all this",
         m="G", v=["dismissal"],
         n="contrastive 'though' carries the sentence into 'not my department': cancels A and E; thanks after "
           "the violation stands"),
    dict(p=BE, s="heard",
         t="what would you like me to sort out first, Mrs Ellison? I want to get it right for you this time",
         m="IQ"),
    dict(p=BE, s="heard", t="I'm not seeing a second charge on my side, are you sure it's not just a pending payment?",
         m="", v=["doubt"]),
    dict(p=BE, s="heard",
         t="I'm so sorry, um, I've looked and what's happened is the cancellation did go in, but the next payment "
           "run had already been set up and it's taken it anyway, twice, which shouldn't happen. it's our mistake, "
           "not yours, and I'm going to put it right",
         m="AE", n="hard negative: explains the cause and owns it; the 'but' is inside the explanation, not into a "
                   "violation; 'put it right' names no remedy and no time"),
    dict(p=BE, s="options",
         t="both charges back, the overdraft fee back, and a letter by email saying the subscription's properly "
           "closed, so you've got it in writing. does that cover everything?", m="OIQ"),
    dict(p=BE, s="options",
         t="I'm so sorry. I'll refund both, cover the overdraft fee, and I'll pop six months free on there for "
           "your trouble", m="EO", v=["over_promise"], n="free months are beyond the allowance"),
    dict(p=BE, s="options",
         t="I can put the money back on the card you paid with, or send it to your bank by transfer, whichever "
           "you'd prefer really", m="OI"),
    dict(p=BE, s="commitment",
         t="that's both refunds submitted now, and I'll post and email the cancellation letter today so you've got "
           "it for your bank", m="OC"),
    dict(p=BE, s="heard", t="I promise you your bank won't charge you another penny over this, I'll make sure of it",
         m="", v=["over_promise"], n="a promise about what her bank will do: a guarantee, not a remedy"),
    dict(p=BE, s="close",
         t="thanks for putting up with me, Margaret, and I'm sorry again that it took two phone calls to "
           "get here", m="AEG", n="'sorry that it took two phone calls' names what she went through (rule 14)"),
    dict(p=BE, s="heard", t="please don't raise your voice at me, Mrs Ellison, I'm doing my best", m="",
         v=["calm_down"]),
    dict(p=BE, s="heard", t="if you'd rather go to the ombudsman that's entirely up to you, but it'll take months",
         m="", v=["threat_back"], n="'up to you' is a dare, not asking for her preference"),
    dict(p=BE, s="heard",
         t="oh no, and the rent as well? the overdraft's made your rent bounce? I'm so sorry. have you been able "
           "to speak to your landlord?", m="AEQ"),

    # --- generic ---
    dict(p=None, s="vent", t="uh-huh", m=""),
    dict(p=None, s="vent", t="sorry, sorry, I'll let you finish, go on", m="",
         n="'sorry' for talking over them: a politeness marker, not an apology for the event"),
    dict(p=None, s="vent", t="okay hang on, hang on, what's the reference number on the email", m="Q",
         v=["premature_details"]),
    dict(p=None, s="heard",
         t="I- yeah, no, I get it completely, I'd be fuming too if I'd been waiting three weeks, honestly, um, but it's, "
           "it's one of those things where the system does it automatically so I can't override it from here, I'm "
           "really sorry", m="", v=["policy"],
         n="'but' into 'the system does it automatically': cancels both; the closing 'sorry' is for the refusal"),
    dict(p=None, s="heard", t="I'm so sorry. I know this is the fourth time you've had to call us", m="AE",
         n="names what they went through (rule 14 pattern)"),
    dict(p=None, s="heard", t="do you want me to help you or not?", m="", v=["insult"],
         n="hostile rhetorical question"),
    dict(p=None, s="heard", t="so you're telling me you never got a single email from us?", m="",
         v=["accusation", "doubt"], n="incredulous repeat-back: not a real question"),
    dict(p=None, s="heard", t="that sounds like a really rotten few weeks", m="E"),
    dict(p=None, s="heard", t="I really appreciate you staying so calm with me, considering", m="G"),
    dict(p=None, s="heard", t="you've been let down, plain and simple. what would feel like a fair outcome to you?",
         m="AIQ"),
    dict(p=None, s="heard", t="honestly that's one for head office, I'm just on the phones", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="apologies for any upset", m="", v=["non_apology"]),
    dict(p=None, s="heard",
         t="okay so um let me, let me just go back over it so I've got it right, you ordered it on the first, it "
           "should of come on the fifth, didn't come, you rang, they said it was out for delivery, and it still "
           "never showed up, and now you've been charged for it as well. okay. I'm really sorry, that's a mess",
         m="AE", n="long play-back said as statements: no question; 'should of' mis-hearing"),
    dict(p=None, s="heard",
         t="oh, okay, gosh, um, so they've cancelled it, then charged you, then the refund's bounced back as well, "
           "I'm really, really sorry, and thank you for, um, for being so patient explaining it all, I know it's a "
           "lot. I'll get a refund sorted for you",
         m="AEOG", n="a refund is a concrete remedy; no time, so no commitment"),
    dict(p=None, s="heard", t="that'll be the warehouse again, they've been a nightmare all month", m="",
         v=["blame"]),
    dict(p=None, s="options",
         t="I can post a replacement out tomorrow, free, or put the full amount back on your card, whichever suits",
         m="OI"),
    dict(p=None, s="options", t="do you mind if I run a couple of ideas past you?", m="IQ",
         n="asks permission; no remedy named yet"),
    dict(p=None, s="options",
         t="um, right, okay, what I'll do, I'll refund you, and I'll, I'll give you a voucher on top, and I'll see to it "
           "you never have to ring us about this sort of thing again, I promise", m="O", v=["over_promise"],
         n="a guarantee for the future on top of a remedy"),
    dict(p=None, s="options",
         t="the only thing I can offer is what's in the returns policy, fourteen days, and you're past that, so",
         m="", v=["policy", "correcting"], n="'offer' without a remedy; 'you're past that' corrects them"),
    dict(p=None, s="commitment",
         t="I'll email you a returns label in the next half hour, and once it's scanned back in your refund goes "
           "out the same day", m="OC"),
    dict(p=None, s="commitment", t="leave it with me and I'll see what I can do", m="", n="no step, no time"),
    dict(p=None, s="commitment",
         t="I'm escalating it to my team leader right now and she'll call you back before the end of the day",
         m="C", n="escalation alone is not a remedy (rule 4)"),
    dict(p=None, s="close", t="cheers for being so patient, and sorry again it dragged on this long", m="EG"),
    dict(p=None, s="close", t="is there anything else at all I can do for you today?", m="Q",
         n="ending check: question, not asks_input (rule 6)"),
    dict(p=None, s=None, t="I'm sorry if anything I said came out wrong", m="", v=["non_apology"]),
    dict(p=None, s=None, t="you know what, I'd be every bit as cross as you are", m="E"),
    dict(p=None, s=None, t="I'll pass that on", m=""),
    dict(p=None, s=None, t="well you can always take your business elsewhere", m="", v=["threat_back"]),
]

write_batch(ITEMS, "fl", Path(__file__).with_name("replies_extra167.jsonl"))
