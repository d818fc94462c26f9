"""Source of `replies_extra161.jsonl`: batch 161, in the original set's style (tune split only).

Batch 161 was written by hand one reply at a time, in the style of the original set, learned from a
copy of its tune part alone, without reading the judge's code or any other labelled batch. Its theme
is a plain cross-section: a fresh slice in the original set's own mix of marks, stages, personas and
violation kinds (about a third of replies with a violation, about a quarter good replies with three
or more marks, a few with no mark at all), in new wordings and situations ("two days holiday gone for
nothing, I'd be spitting feathers", "mate shouting at me isn't going to make a parcel appear",
"the engineer's notes say there was a sock in the pump", "toms your account manager from today").
Hard negatives sit beside the faults: honest limits that are not policy walls, "I appreciate that"
and "sorry, I talked over you" that are neither thanks nor apology, "I hear you" said straight into a
request for details, and an echoed "twice?" that is not a check-back. Every persona, the generic
`None`, and every stage appear; about half are styled like a Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra161.jsonl next to it (ids ff0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="uh-huh", m="", n="back-channel while she vents: no mark"),
    dict(p=MT, s="vent", t="right and what was the booking reference for that", m="Q", v=["premature_details"],
         n="details request while she is still venting; no question mark"),
    dict(p=MT, s="vent", t="oh that's rubbish. sorry, keep going", m="E",
         n="sincere sympathy while letting her vent"),
    dict(p=MT, s="heard", t="so you booked the eight till twelve, stayed in all morning, nobody came, and then the exact "
         "same thing happened the week after", m="A"),
    dict(p=MT, s="heard", t="two days holiday gone for nothing. I'd be spitting feathers honestly", m="AE"),
    dict(p=MT, s="heard", t="um, the engineers do get held up on earlier jobs, it's pretty normal to be honest", m="",
         v=["dismissal"], n="minimising the no-show as normal"),
    dict(p=MT, s="heard", t="did you check your spam folder? the reschedule email would of gone out automatically",
         m="", v=["correcting"], n="implies she missed the email; not a real question; 'would of' mis-hearing"),
    dict(p=MT, s="heard", t="I'm really sorry you had to burn two days' leave waiting in for us", m="AE",
         n="'sorry you had to' + what she went through (rule 14)"),
    dict(p=MT, s="options", t="you've lost two mornings to us, so here's my offer. the installation fee comes off completely, "
         "there's a month's credit on the account, and you get the eight a.m. slot, first job of the day. does that "
         "sound fair?", m="AOIQ", n="offer with no time attached: not a commitment"),
    dict(p=MT, s="options", t="I can't do a full refund on the whole package that's beyond me, but the installation fee I "
         "can wipe and there's a month's credit as well. shall I grab the 8am slot for you while we're at it",
         m="OIQ", n="honest limit, not a policy wall (rule 11)"),
    dict(p=MT, s="options", t="tell you what, I'll refund everything you've paid us this year and throw in six months "
         "free broadband", m="O", v=["over_promise"]),
    dict(p=MT, s="commitment", t="right, tuesday at eight is locked in, the fee's gone, and a confirmation text is on its way "
         "to you in the next couple of minutes", m="OC"),
    dict(p=MT, s="commitment", t="I'm going to ring the local field team the minute we're off the phone, then I'll get back "
         "to you before four with the technician's name", m="C",
         n="callback with a time: commitment, not a remedy (rule 4)"),
    dict(p=MT, s="heard", t="with respect it's an install, nobody's died", m="", v=["insult"]),
    dict(p=MT, s="close", t="lovely, so that's tuesday, eight o'clock, fee waived and the credit's on. thanks ever so much "
         "for bearing with us Bernadette", m="OCG"),
    dict(p=MT, s="heard", t="you've been more patient with us than I'd have been honestly, so thank you", m="G"),
    dict(p=MT, s="heard", t="nobody rang you either time? that's shocking, I'm so sorry. did you lose pay for both days?",
         m="AEQ", n="check-back question, then a real question about the impact"),
    dict(p=MT, s="heard", t="the system only lets me refund the install fee once the job's been completed, so it'll have "
         "to wait till he's been", m="", v=["policy"], n="'the system only lets me': policy wall"),
    dict(p=MT, s="heard", t="I'm so sorry about the two days. the technician's a subcontractor though so really it's their "
         "screw up, but I'll put the fee back on your account today", m="OC", v=["blame"],
         n="'though' leads into blame: apology cancelled; the fee refund after it stands"),
    dict(p=MT, s="options", t="I'm sorry, you did all we asked of you and we still didn't turn up. I'll waive the install "
         "fee now and get you first slot, eight o'clock, whichever weekday you like. what suits?", m="AEOCIQ",
         n="'I'll waive ... now' is a declared step with a time; the day choice is an offer"),
    dict(p=MT, s="options", t="thank you for not cancelling on us Bernadette. two mornings you'll never get back, I know. "
         "would a saturday at eight with the fee waived work for you", m="AOGIQ"),

    dict(p=MT, s="heard", t="what happened at work when you had to ask for the second day, was your manager alright about it?",
         m="Q", n="asks about the impact"),
    # --- lost-express ---
    dict(p=LE, s="vent", t="what's the consignment number", m="Q", v=["premature_details"]),
    dict(p=LE, s="heard", t="so um a compressor and a control board, paid for overnight, nothing on the tracking since it was "
         "picked up, and now the restaurant's on your back", m="A"),
    dict(p=LE, s="heard", t="your standing with that restaurant is what's taking the hit, not ours, and I'm sorry", m="AE"),
    dict(p=LE, s="heard", t="keep talking to me like that and I'll end the call, simple as", m="", v=["threat_back"]),
    dict(p=LE, s="heard", t="are you certain it went overnight? I'm showing standard on my screen", m="", v=["doubt"],
         n="rhetorical doubt, not a real question"),
    dict(p=LE, s="options", t="I'm able to give you the express fee back, start tracing the original parcel, and send "
         "replacement parts to the restaurant same-day at our expense. would that help you hang on to the client?",
         m="OIQ"),
    dict(p=LE, s="options", t="I'll get a same day courier booked for replacements and I promise you it'll be at the "
         "restaurant by three", m="OC", v=["over_promise"], n="promises a delivery time the courier controls"),
    dict(p=LE, s="commitment", t="trace is logged as urgent, the reference is going to your email now, and I'll give you a "
         "ring at four with whatever the depot's found", m="OC"),
    dict(p=LE, s="heard", t="how's the restaurant managing without the compressor, are they able to open tonight", m="Q"),
    dict(p=LE, s="heard", t="good that you rang straight off rather than waiting, thank you, it gives the trace a proper chance",
         m="G"),
    dict(p=LE, s="heard", t="mate shouting at me isn't going to make a parcel appear", m="", v=["calm_down"],
         n="telling him to stop shouting"),
    dict(p=LE, s="heard", t="I- I'm sorry, it must be horrible having your client think it was you who let them down",
         m="AE", n="false start"),
    dict(p=LE, s="options", t="I'm really sorry about the restaurant. the goods themselves are only covered up to the "
         "standard liability limit, I won't pretend otherwise, but the express fee I can refund and I can get a trace "
         "on it today. want me to start that?", m="EOIQ",
         n="sincere apology first; honest limit (rule 11), then an offer"),
    dict(p=LE, s="heard", t="for the record our scan data shows it was left with a neighbour at seven forty", m="",
         v=["accusation", "doubt"], n="'for the record' + evidence contradicting him"),
    dict(p=LE, s="close", t="courier's been, express fee's back on your card, trace is running. cheers for your patience "
         "Marcus, you'll have an email from me about the trace by tomorrow lunchtime", m="OCG"),
    dict(p=LE, s="heard", t="yeah well it's not like we drove the van ourselves is it", m="", v=["blame"],
         n="pushes it onto the courier; tag is not a question"),
    dict(p=LE, s="vent", t="god. and the restaurant's still waiting on it now? I'm so sorry", m="AEQ",
         n="check-back question while he vents, not a details request"),
    dict(p=LE, s="heard", t="I appreciate that, I do, but honestly there's nothing more I can do than log it", m="",
         v=["dismissal"], n="'I appreciate that' is a softener, not thanks; 'but' leads into dismissal"),
    dict(p=LE, s="heard", t="so your position is that we lost it", m="", v=["accusation"]),
    dict(p=LE, s="heard", t="I'm really sorry, the parcel's gone missing and your client's waiting on you. the claim has to "
         "go in on the online form, that's the only way I can take it", m="AE", v=["policy"],
         n="no contrastive connective: apology and acknowledgement stand beside the wall (like the original's lost parcel form)"),
    dict(p=LE, s="commitment", t="appreciate you staying on, Marcus. the courier's booked, the replacements get collected "
         "from our warehouse at one, and your express fee was refunded this minute", m="OCG"),
    dict(p=LE, s="close", t="glad we got there in the end. cheers for sticking with it Marcus, I'll ring you tomorrow by ten with news on the "
         "trace, and sorry again about the restaurant", m="ECG"),

    dict(p=LE, s="heard", t="that's a horrible phone call to have to make to a client. what did they say when you told them?",
         m="EQ"),
    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood", m="", n="filler while she vents"),
    dict(p=EE, s="vent", t="can I have your customer ID before we carry on", m="Q", v=["premature_details"]),
    dict(p=EE, s="heard", t="three outages in one quarter, every one of them outside the SLA, and your warehouses standing "
         "still each time. I can see exactly why you went over everyone's head to the chief exec", m="A"),
    dict(p=EE, s="heard", t="I'd be- I'd be livid if my operation went dark three times in three months", m="AE"),
    dict(p=EE, s="heard", t="I'm sorry but releasing you from the contract isn't something I can discuss, you'd need to "
         "write to legal formally", m="", v=["policy"], n="'sorry but' into 'put it in writing'"),
    dict(p=EE, s="heard", t="the third one was a DNS fault at our provider's end so it wasn't strictly our outage", m="",
         v=["blame"]),
    dict(p=EE, s="options", t="I know there've been three breaches and a lot of warm words. three things are in my gift: the "
         "SLA credit for this quarter, an account manager with a name and a phone number who answers to you, and a "
         "written report on the root cause with a firm date on it. is that something you could take to your board?",
         m="AOIQ", n="a date promised inside an offer: not yet a commitment"),
    dict(p=EE, s="options", t="we'll waive the termination penalty if you want to walk away, and I'll look into damages too",
         m="O", v=["over_promise"], n="release from the contract is beyond what she may be offered"),
    dict(p=EE, s="commitment", t="toms your account manager from today, he'll ring you tomorrow at ten, and the root cause "
         "write-up lands in your inbox by friday the twelfth", m="OC"),
    dict(p=EE, s="heard", t="you're right. you shouldn't have had to email our chief exec to get anyone's attention", m="A"),
    dict(p=EE, s="heard", t="threatening legal action won't speed anything up, I'd rather we kept this civil", m="",
         v=["calm_down"], n="tone-policing her: the calm-down kind"),
    dict(p=EE, s="heard", t="what did the last outage cost you in orders or overtime? I want the real number in the report",
         m="Q"),
    dict(p=EE, s="heard", t="I'm grateful you've rung us before going to the lawyers, I know that wasn't a given", m="G"),
    dict(p=EE, s="heard", t="we regret any disruption the recent incidents may have caused", m="", v=["non_apology"]),
    dict(p=EE, s="close", t="thanks Eleanor. a written summary of today will be with you before six this evening, and I'll "
         "check in next monday that the account manager's been in touch", m="CG"),
    dict(p=EE, s="heard", t="I hear you, I hear you. what's the contract reference?", m="Q",
         n="'I hear you' said straight into a details request is not acknowledge (rule 13); not premature after venting"),
    dict(p=EE, s="heard", t="so you're alleging we hid the outages from your team", m="", v=["accusation"]),
    dict(p=EE, s="heard", t="I'm so sorry. we've put you in a terrible position with your board and that's down to us",
         m="AE", n="owns the failure"),
    dict(p=EE, s="heard", t="if you'd prefer to cancel, the exit fees are all in the contract, we'd be happy to send you the "
         "invoice", m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="thank you for your patience. the SLA's measured across the whole year though, so technically "
         "you're not owed a credit yet", m="G", v=["correcting"], n="thanks before the violation stands"),
    dict(p=EE, s="options", t="I understand the board wants a date, not another promise. so: the root cause write-up reaches "
         "you by the twenty-first, and the service credit goes on today. is that enough for your meeting?",
         m="AOCIQ", n="dates stated as settled steps, not an 'I'd like to offer' proposal: commitment stands"),
    dict(p=EE, s="heard", t="I'm sorry it took three outages for us to pick the phone up properly. what do you need from us "
         "in writing before your board meets?", m="AEIQ"),

    dict(p=EE, s="options", t="I'm sorry, genuinely. before I put anything in front of you, can I ask what your board needs to "
         "see on paper?", m="EIQ", n="asks before offering; no remedy named yet"),
    # --- vip-client ---
    dict(p=VC, s="vent", t="of course, Mr Fairclough", m="", n="polite back-channel"),
    dict(p=VC, s="vent", t="before anything could you confirm the first line of your address for security", m="Q",
         v=["premature_details"]),
    dict(p=VC, s="heard", t="you found out from the seller's solicitor rather than from us. that should never happen to a "
         "client, and I'm sorry", m="AE"),
    dict(p=VC, s="heard", t="two whole days not knowing whether you'd lose the house. I can't imagine the stress", m="AE",
         n="'can't imagine' is sympathy (rule 8)"),
    dict(p=VC, s="heard", t="the correspondent bank held it sir, not ourselves", m="", v=["blame"]),
    dict(p=VC, s="heard", t="large transfers get held for compliance checks, those are the regulations and I can't change "
         "them for anyone", m="", v=["policy"]),
    dict(p=VC, s="options", t="I'm sorry, sir. my suggestion: the transfer fees reversed, and a named senior relationship "
         "banker you can ring directly. shall I arrange both?", m="EOIQ"),
    dict(p=VC, s="options", t="I'll reverse the fees and waive every charge on your accounts permanently sir, you've more "
         "than earned it", m="O", v=["over_promise"]),
    dict(p=VC, s="commitment", t="your fees are reversed as of this afternoon, and Catherine Hale, your relationship banker, "
         "will be phoning you at ten tomorrow with her direct line", m="OC"),
    dict(p=VC, s="heard", t="sir I'd ask you not to speak to me like that", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="I'm sorry if our service fell short of your expectations", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="I'm grateful you've let me try and fix this before taking it any further, Mr Fairclough",
         m="G"),
    dict(p=VC, s="heard", t="if you'd marked the instruction as urgent it would've gone same day", m="", v=["correcting"]),
    dict(p=VC, s="close", t="that's everything set up sir. the fees have gone back and your transfers are same-day from now "
         "on. thank you for your patience with us today", m="OCG"),
    dict(p=VC, s="heard", t="if you'd prefer Sterling and Marsh I can't stop you", m="", v=["threat_back"],
         n="answers his threat to move by inviting it"),
    dict(p=VC, s="options", t="what would restore your confidence in us, sir? I can reverse the fees and put your transfers on "
         "same day, but I'd rather hear it from you", m="OIQ", n="'but' leads into asking his view, not a violation"),
    dict(p=VC, s="heard", t="I've looked, and there's no record of any delay on our side", m="", v=["doubt"]),
    dict(p=VC, s="heard", t="honestly I'm mortified on the bank's behalf. nobody from here even called you", m="AE"),
    dict(p=VC, s="heard", t="relax Julian, the house is yours isn't it? no harm done", m="", v=["calm_down", "dismissal"],
         n="tag question is not a real question; 'no harm done' minimises"),
    dict(p=VC, s="heard", t="I can see the transfer landed two days late and I am sorry. please don't raise your voice at me",
         m="AE", v=["calm_down"], n="no 'but': the acknowledgement and apology stand beside the calm-down"),
    dict(p=VC, s="commitment", t="I'm very sorry Mr Fairclough, no client should hear about his own transfer from the other "
         "side's solicitor. I'll reverse the fees today and have your new relationship banker call you before five",
         m="AEOC"),
    dict(p=VC, s="options", t="you've banked with us a long time and you deserved a great deal better. the fees can come off, "
         "your transfers can go same-day, and you'd have a senior banker on a direct number. is that a start?",
         m="EOIQ"),

    dict(p=VC, s="heard", t="I'm so sorry, sir. what's the position with the sellers now, are you still on track for "
         "completion?", m="EQ"),
    # --- failed-twice ---
    dict(p=FT, s="vent", t="what's the serial on the back of the machine", m="Q", v=["premature_details"]),
    dict(p=FT, s="heard", t="oh no, twice? that's awful", m="E",
         n="one-word echo is an exclamation, not a check-back or a real question; too thin to acknowledge"),
    dict(p=FT, s="heard", t="so it's been fixed, it went again, fixed again, gone again, and the supervisor that was meant to "
         "ring you on monday never did", m="A"),
    dict(p=FT, s="heard", t="I'm so sorry you were left waiting on a call that never came", m="AE", n="rule 14"),
    dict(p=FT, s="heard", t="and you've got the kids and like a week's washing piling up, I'd be at my wits end", m="AE"),
    dict(p=FT, s="heard", t="it's probably the drain pump, they go if the filter's not cleaned, have you been cleaning the "
         "filter", m="", v=["correcting"], n="implies her fault; not a real question"),
    dict(p=FT, s="options", t="two ways I can go. a brand new one, same model, with the warranty extended by two years, or our "
         "senior engineer out this week with a loan machine while he fixes yours. what's your preference?", m="OIQ"),
    dict(p=FT, s="options", t="I'll upgrade you to the new model no charge and I'll make sure this one never breaks on you",
         m="O", v=["over_promise"]),
    dict(p=FT, s="commitment", t="I've got the senior engineer down for thursday, eight till ten, and he's bringing a loan "
         "machine. his name'll be with you by text by six tonight", m="OC"),
    dict(p=FT, s="heard", t="thank you for giving us one more go, honestly after the callback I wouldn't of blamed you if you "
         "hadn't", m="G", n="'wouldn't of' mis-hearing"),
    dict(p=FT, s="heard", t="how've you been getting the washing done, have you been going to the laundrette", m="Q"),
    dict(p=FT, s="heard", t="I'm not being funny but it's a washing machine, it's not a life support system", m="",
         v=["insult"]),
    dict(p=FT, s="heard", t="okay, I can hear you've had it up to here with this, and I don't blame you one bit", m="AE",
         n="'I can hear you've ...' counts as both (rule 1)"),
    dict(p=FT, s="options", t="I know you'd like your money back and I get it. I can't refund it, honestly, but I can put a "
         "brand new same-model machine in with two years on the warranty. would that do?", m="AOIQ"),
    dict(p=FT, s="close", t="so the replacement comes wednesday and the old one goes back on the same van. thanks Kelly, and "
         "sorry again about monday", m="EOCG"),
    dict(p=FT, s="heard", t="[sighs] right okay what's happened now", m="", v=["insult"],
         n="transcribed sigh (rule 12); hostile, not a real question"),
    dict(p=FT, s="heard", t="the engineer's notes say there was a sock in the pump so the fault was user related",
         m="", v=["accusation", "correcting"], n="insisting on her error through evidence (rule 10)"),
    dict(p=FT, s="commitment", t="I'm logging the missed callback against the supervisor now, and I'll call you personally at "
         "half nine tomorrow with the engineer's slot", m="C"),
    dict(p=FT, s="heard", t="so is it leaking again or just not spinning? I want to tell the engineer exactly what to bring",
         m="Q", n="choice question about her situation, not options"),
    dict(p=FT, s="options", t="I'm so sorry about monday, that supervisor should've rung you. I can get a senior engineer out "
         "thursday with a loan machine so you're not without, would that help?", m="AEOIQ"),
    dict(p=FT, s="commitment", t="right, new machine's ordered, same model, two years extra warranty on it. it's coming friday "
         "between seven and one and there'll be a text the night before", m="OC"),

    dict(p=FT, s="options", t="I'd really like to get it sorted properly this time. would a replacement suit you better, or "
         "would you rather the senior engineer had one last go at it?", m="OIQ", n="choice between remedies"),
    # --- billing-error ---
    dict(p=BE, s="vent", t="and your postcode please Margaret?", m="Q", v=["premature_details"]),
    dict(p=BE, s="heard", t="right, you cancelled, we took it twice anyway, you're account went overdrawn, and then chat told you "
         "it was all sorted when it wasn't", m="A"),
    dict(p=BE, s="heard", t="on a pension that overdraft fee really hurts. I'm so sorry we did that to you", m="AE"),
    dict(p=BE, s="heard", t="the system keeps charging till the notice period ends, it says so in the terms you signed up to",
         m="", v=["correcting"]),
    dict(p=BE, s="heard", t="that'll be the chat team's mistake, they're forever getting things wrong", m="", v=["blame"]),
    dict(p=BE, s="options", t="I'll give you back both payments, cover what your bank charged for the overdraft, and send a "
         "letter confirming it's cancelled. does that sound alright?", m="OIQ"),
    dict(p=BE, s="heard", t="thanks for giving us another ring after chat let you down. I know that can't have been easy",
         m="AEG", n="names what happened to her (acknowledge) and validates the feeling"),
    dict(p=BE, s="heard", t="are you sure it wasn't two different subscriptions? sometimes people sign up twice", m="",
         v=["doubt"], n="insinuates her error, like rtune's 'you'd be surprised how often…'"),
    dict(p=BE, s="heard", t="what did the bank charge you for going overdrawn? I'll put the exact figure on the "
         "reimbursement", m="OQ", n="declares the reimbursement"),
    dict(p=BE, s="heard", t="sorry but I'm not able to do anything about your bank's charges, that's between you and them",
         m="", v=["dismissal"], n="refuses the remedy she may be given"),
    dict(p=BE, s="close", t="you're all sorted now, Mrs Ellison. you've been so kind to me when you had every reason not to "
         "be, thank you", m="G", n="'all sorted' names no remedy"),
    dict(p=BE, s="heard", t="sorry for any inconvenience caused", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="you cancelled it properly, you know, you did what you were supposed to, and we went and took the money "
         "anyway", m="A"),
    dict(p=BE, s="options", t="do you want it going back to the card you paid with, or into your bank account so the "
         "overdraft clears quicker", m="OIQ"),
    dict(p=BE, s="heard", t="I'd be ever so upset too, it's your money and you'd already said no more", m="AE"),
    dict(p=BE, s="commitment", t="I'm putting the refund through while you're on the line and you'll have an email in ten "
         "minutes confirming the cancellation", m="OC"),
    dict(p=BE, s="heard", t="look, if you're going to keep calling me useless I'll put you through to the complaints line and "
         "you can wait there", m="", v=["threat_back"]),
    dict(p=BE, s="heard", t="I'm sorry you think we've been unfair. the two charges are being refunded now anyway", m="OC",
         v=["non_apology"], n="non-apology, then a real refund with 'now'"),
    dict(p=BE, s="commitment", t="thank you for your patience, Margaret. both charges are refunded, the overdraft fee's "
         "reimbursed, and the letter confirming your cancellation goes in tomorrow's post", m="OCG"),
    dict(p=BE, s="options", t="I'm sorry, that fee was our doing not yours. I can put both charges back today and pay the "
         "overdraft fee for you as well. do you want the confirmation emailed or posted?", m="AEOIQ",
         n="'our doing, not yours' owns the failure (rule 14)"),

    dict(p=BE, s="heard", t="oh Margaret I am sorry. are you still overdrawn now, or has your pension gone in since?",
         m="EQ"),
    # --- generic ---
    dict(p=None, s="vent", t="sorry, I talked over you there. carry on", m="", n="'sorry' for interrupting, not an apology for the problem"),
    dict(p=None, s="vent", t="that sounds like a nightmare. go on", m="E"),
    dict(p=None, s="heard", t="so it's been, what, three weeks, four phone calls, and still nobody's actually fixed anything", m="A"),
    dict(p=None, s="heard", t="thanks for holding on, I know it's been a long old wait", m="AG"),
    dict(p=None, s="heard", t="what would good look like for you by the end of this call?", m="IQ"),
    dict(p=None, s="heard", t="honestly it's not that complicated, I've explained it twice now", m="", v=["insult"]),
    dict(p=None, s="heard", t="we're not going to get anywhere if you keep shouting sir", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="you know what, hang up and ring back when you're ready to talk properly", m="",
         v=["threat_back"]),
    dict(p=None, s="heard", t="I'm sorry you see it like that", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="you're saying the item never arrived. for the record the driver has a signature", m="",
         v=["accusation", "doubt"]),
    dict(p=None, s="options", t="either I post a new one out tomorrow or you get your money back in full today, whichever "
         "you'd prefer", m="OI", n="times inside a choice: not a commitment (rule 3); invitation without a question"),
    dict(p=None, s="options", t="let me make it right. delivery charge back to you, and a replacement on the next van, would "
         "that suit", m="OIQ", n="'next van' is not a firm time"),
    dict(p=None, s="options", t="we can do a few things, it kind of depends what you want really", m="",
         n="names no remedy and asks nothing"),
    dict(p=None, s="commitment", t="I've put a note on and I'll phone you back on friday before eleven", m="C"),
    dict(p=None, s="commitment", t="I'll have a look at it later on and let you know", m="", n="vague: no time"),
    dict(p=None, s="close", t="cheers for your patience today, you've been really fair with me", m="G"),
    dict(p=None, s="close", t="is there anything else at all I can help with while you're on?", m="Q",
         n="ending check: question, not asks_input (rule 6)"),
    dict(p=None, s=None, t="I'd be just as cross if it were me", m="E"),
    dict(p=None, s=None, t="look, it is what it is", m="", v=["dismissal"]),
    dict(p=None, s=None, t="I'll sort it, I promise, I'll make sure it never happens to anyone ever again", m="",
         v=["over_promise"], n="bare guarantee, no remedy (rule 5)"),
    dict(p=None, s="heard", t="I hear you. three calls and no answer, and a different story every time. I'm sorry, that's "
         "poor from us. what would help most right now?", m="AEIQ"),
    dict(p=None, s="heard", t="oh okay so it's my fault now is it", m="", v=["insult"], n="sarcasm"),
    dict(p=None, s=None, t="I understand it's frustrating, but that's what the terms say", m="", v=["policy"],
         n="'but' into a wall cancels the acknowledgement"),
    dict(p=None, s="heard", t="sorry can I just check, is it the order from the fourteenth or the one before?", m="Q",
         n="'sorry' as politeness marker; details request after venting"),
    dict(p=None, s="heard", t="I'm sorry it's taken this long. the courier's the one who dropped it, so I'll get onto them "
         "today and ring you at three", m="EC", v=["blame"], n="no contrastive connective: apology stands"),
    dict(p=None, s="heard", t="I'm so sorry, that's three weeks of your life you won't get back. I'll refund the delivery "
         "today and call you thursday to make sure the replacement's landed. thank you for your patience",
         m="AEOCG"),
    dict(p=None, s="options", t="right, so the item turned up broken and the first replacement was broken too. I'd be fed up. "
         "do you want your money back or a third go at a replacement?", m="AEOIQ"),
    dict(p=None, s="heard", t="I'm sorry, I really am. you've had to explain this three times and you shouldn't have had to "
         "do it once. what would put it right for you?", m="AEIQ", n="rule 14: names what they went through"),
    dict(p=None, s="options", t="I'm really sorry about this. I can refund you today or send the replacement out, it's your call",
         m="EOI", n="invitation without a question; 'today' inside a choice"),
    dict(p=None, s="heard", t="that must have been horrible, waiting in with nothing turning up. did anyone at all get back to "
         "you?", m="AEQ"),
]

write_batch(ITEMS, "ff", Path(__file__).with_name("replies_extra161.jsonl"))
