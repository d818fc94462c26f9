"""Source of `replies_extra177.jsonl`: batch 177, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its tune
part alone, without reading the judge's code or any other labelled batch. Its theme is a cross-section:
the same mix of personas, stages, lengths and qualities as the original tune part, as if more of that
set. Good replies ("a compressor and a control board, paid for overnight, and nothing on the tracking
since the van picked it up"), middling ones ("I'll get the credit sorted on the account for you"), and
bad ones with every kind of violation ("I'm sorry if our billing has caused you any worry", "was it
definitely booked as overnight though?", "by all means take your money to another private bank, sir"),
beside hard negatives that look like a mark or a fault and are not: back-channels, bare "I get it"
said straight into a question, honest limits ("I can only cover up to the standard liability limit,
I won't pretend otherwise"), promises with no time, praise of patience without thanks, and choices
that invite a preference without asking. Every persona, the generic `None`, and every stage appear;
about half are styled like a Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra177.jsonl next to it (ids fv0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="yeah... yep. okay", m="", n="back-channel while she vents"),
    dict(p=MT, s="vent", t="oh that's- no, that's not on at all. sorry, you carry on", m="E",
         n="sincere sympathy while letting her vent, as the original's 'god that's awful. sorry, go on'"),
    dict(p=MT, s="vent", t="okay um and what's the installation reference on your confirmation letter", m="Q",
         v=["premature_details"], n="details request while venting, no question mark"),
    dict(p=MT, s="vent", t="alright, alright, there's no need to get nasty with me about it", m="",
         v=["calm_down"]),
    dict(p=MT, s="heard", t="so you booked the eight till twelve slot, took the day off, sat in all morning, nobody "
         "came and nobody rang. and then the whole thing happened again the second time", m="A"),
    dict(p=MT, s="heard", t="two days off work for an install that never even happened. I'd be absolutely raging to "
         "be honest with you", m="AE"),
    dict(p=MT, s="heard", t="i mean the technicians have got a lot of jobs on, sometimes one just runs over and "
         "that's that", m="", v=["dismissal"], n="excuse that brushes the miss off, like 'these things happen'"),
    dict(p=MT, s="heard", t="I'm sorry you feel the engineers let you down", m="", v=["non_apology"]),
    dict(p=MT, s="heard", t="yeah no I get it. did they send you a text or anything at all, either time?", m="Q",
         n="bare 'I get it' said straight into a question: not acknowledge (rule 13)"),
    dict(p=MT, s="heard", t="well the eight to twelve is a guide really madam, it's not a guarantee", m="",
         v=["correcting"]),
    dict(p=MT, s="heard", t="look, honestly, a full refund on the install isn't something I'm allowed to give. "
         "let me tell you what I can do though", m="",
         n="honest limit (rule 11) with no remedy named yet: no violation, no options"),
    dict(p=MT, s="options", t="right so what I can do, I can take the installation fee off completely, pop a months "
         "credit on the account, and book you in for eight am as first job, so your not sat there waiting. how's "
         "that sound", m="OIQ", n="'your' mis-hearing; question without a question mark"),
    dict(p=MT, s="options", t="you've been docked two days wages because of us. so look, I'll give you every "
         "penny back and stick a hundred and fifty quid on top for your time", m="AO", v=["over_promise"]),
    dict(p=MT, s="options", t="is a saturday any good to you? I've got the eight o'clock free this saturday, and I'll "
         "waive the fee on top of that", m="OIQ",
         n="the slot is put to her as a question: options, not yet a commitment"),
    dict(p=MT, s="commitment", t="okay so that's locked in, eight am monday, you're his first job, and the "
         "confirmation text will be on your phone within five minutes", m="OC"),
    dict(p=MT, s="commitment", t="I'll get the credit sorted on the account for you", m="O",
         n="a remedy with no time: options, not commitment"),
    dict(p=MT, s="close", t="that's you all sorted then, thursday at eight, first slot, the fee's gone and the "
         "month's credit is already on there. cheers for sticking with us through all this", m="OCG"),
    dict(p=MT, s="heard", t="look, if you carry on talking to me like that I'll have to pass you on to someone else",
         m="", v=["threat_back"], n="conditional threat to drop her, the 'I'm ending this call' kind"),
    dict(p=MT, s="heard", t="what would put this right for you, do you think?", m="IQ"),
    dict(p=MT, s="heard", t="it's showing here that a cancellation text went out to your mobile the night before, "
         "both times", m="", v=["doubt"],
         n="system record set against what she says, as 'it says here everything went through fine'"),
    dict(p=MT, s="heard", t="that'll be the subcontractor, they're always letting us down. but look I am sorry, and "
         "I'll get the installation fee waived for you today", m="EOC", v=["blame"],
         n="violation first; the apology and the offer after 'but' are not cancelled (rule 2)"),
    dict(p=MT, s="heard", t="okay so, um, I've got it all here, the first one was the tuesday and the second was "
         "this monday, both the morning slot, and no one phoned you either time, and it's cost you two days wages. "
         "I'm- honestly I'm so sorry, that's a shocking way to treat anyone. thanks for not giving up on us",
         m="AEG"),
    dict(p=MT, s="options", t="you shouldn't be losing a third day over this. so how about a saturday, eight "
         "o'clock, fee waived and a month's credit on the account? or if a weekday suits better I'll find you the "
         "first slot. what works?", m="AOIQ", n="choice put to her: the times are inside the offer, not a commitment"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="and can you spell the business name for me", m="Q", v=["premature_details"]),
    dict(p=LE, s="vent", t="sir sir sir, let me stop you there a second", m="", v=["calm_down"],
         n="cuts off the venting customer, the 'stop talking' kind"),
    dict(p=LE, s="vent", t="oh no, lost, and your customer left high and dry as well. that's horrible. carry on",
         m="AE",
         n="brief sympathy that names what happened, said while he vents"),
    dict(p=LE, s="heard", t="a compressor and a control board, paid for overnight, and nothing on the tracking since "
         "the van picked it up. and it's you the restaurant's shouting at, not us", m="A"),
    dict(p=LE, s="heard", t="oh mate that's grim. a restaurant with no fridges running, they must be going mad at you",
         m="AE"),
    dict(p=LE, s="heard", t="parcels do go astray now and then unfortunately, it's not the end of the world", m="",
         v=["dismissal"]),
    dict(p=LE, s="heard", t="well the couriers a subcontractor so it's them that's lost it really, not us", m="",
         v=["blame"]),
    dict(p=LE, s="heard", t="I'm so sorry, I know that restaurant's going to be looking at you for this. what are they "
         "saying to you now?", m="AEQ"),
    dict(p=LE, s="heard", t="we can't class it as lost until it's been five working days, that's the procedure I'm "
         "afraid", m="", v=["policy"]),
    dict(p=LE, s="heard", t="was it definitely booked as overnight though? a lot of people pick the economy one by "
         "mistake", m="", v=["doubt"], n="insinuates he booked the wrong service; not a real question"),
    dict(p=LE, s="heard", t="so your telling me the tracking hasn't moved at all? that's odd, it normally updates "
         "every few hours", m="", v=["doubt"],
         n="incredulous repeat-back into 'that's odd': doubt, no acknowledgement, no real question"),
    dict(p=LE, s="heard", t="thanks for giving me the restaurant's number, it means I can keep them in the loop "
         "myself", m="G"),
    dict(p=LE, s="heard", t="I don't know what you expect me to do about it, I didn't drive the van", m="",
         v=["dismissal"], n="hostile, not asking for input"),
    dict(p=LE, s="heard", t="[sighs] right. okay. what's the tracking number then", m="Q", v=["insult"],
         n="transcribed sigh (rule 12); the details request after venting is a real question"),
    dict(p=LE, s="heard", t="so you're alleging our driver lost it", m="", v=["accusation"]),
    dict(p=LE, s="options", t="so, refund on the express charge, a trace on the parcel that's gone missing, and "
         "a same-day courier taking a new compressor and board straight to the restaurant on our account. want me "
         "to get all three going?", m="OIQ"),
    dict(p=LE, s="options", t="we'll pay for the whole job you've lost with the restaurant, just invoice us for it",
         m="O", v=["over_promise"]),
    dict(p=LE, s="options", t="the parts themselves I can only cover up to the standard liability limit, I won't "
         "pretend otherwise. but you'll get the express fee back in full and the replacement can go out by courier "
         "this afternoon. would that help with the restaurant?", m="OIQ",
         n="honest limit, not a policy wall (rule 11); 'this afternoon' sits inside the offer"),
    dict(p=LE, s="options", t="right so here's what I'm thinking and tell me if it doesn't work for you, I refund the "
         "overnight fee, I get the missing box traced, and I book a same day courier to run a new compressor "
         "and control board over to the restaurant, our cost not yours", m="OI",
         n="imperative invitation ('tell me if it doesn't work'): asks_input without a question"),
    dict(p=LE, s="options", t="I'm sorry but I've told you twice now, we don't pay out for lost business. I can "
         "refund the express fee", m="O", v=["insult"],
         n="'sorry but' into answering him in kind; the offer after it stands"),
    dict(p=LE, s="commitment", t="the trace is open, the reference is on its way to your email as we speak, and I'll "
         "ring you at four with whatever the depot comes back with", m="OC"),
    dict(p=LE, s="commitment", t="I'll chase it up and let you know", m="", n="promise with no time and no remedy"),
    dict(p=LE, s="close", t="okay, the courier's collected the replacement, the express refund has gone through, and "
         "you've got my direct number if the trace turns anything up. thanks Marcus, I really appreciate your "
         "patience", m="OG",
         n="completed steps with no time given: no commitment, as the original's 'so that's the refund done…'"),
    dict(p=LE, s="heard", t="honestly Marcus, thank you for staying so calm with me when your own customer's on your "
         "back. I'd be tearing my hair out. let me get the trace going now and I'll call you back within the hour",
         m="AEOCG"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="'understood' as a filler (rule 1)"),
    dict(p=EE, s="vent", t="before you go on, can I confirm which of your sites this is for", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="heard", t="third outage this quarter, every one of them outside the SLA, and you had to email our "
         "chief exec before anyone picked up the phone to you. I'd be livid", m="AE"),
    dict(p=EE, s="heard", t="I understand you're upset. however the contract terms are fixed and the system won't "
         "let me change them", m="", v=["policy"],
         n="'however' leads straight into a policy wall: cancels the acknowledgement"),
    dict(p=EE, s="heard", t="with respect, Ms Ashcombe, going to lawyers on the third incident is a bit premature",
         m="", v=["correcting"], n="tells her how she ought to have escalated"),
    dict(p=EE, s="heard", t="and your warehouses would've been stood still for the whole of each outage I'm guessing? "
         "how many shifts did that knock out?", m="AQ"),
    dict(p=EE, s="heard", t="if you want to terminate that's your call, but the exit fees will apply in full", m="",
         v=["threat_back"]),
    dict(p=EE, s="heard", t="I'm sorry. three times in one quarter is three times too many", m="AE"),
    dict(p=EE, s="heard", t="I've read your email to our CEO. thank you for laying it all out so clearly, it's given "
         "me everything I need to work with", m="G"),
    dict(p=EE, s="heard", t="please accept our apologies for any disruption this may have caused your operation", m="",
         v=["non_apology"], n="'any disruption … may have caused': non-apology"),
    dict(p=EE, s="heard", t="so for the record, you're alleging three separate breaches", m="", v=["accusation"]),
    dict(p=EE, s="heard", t="honestly no supplier can give you a hundred percent, outages happen in this industry",
         m="", v=["dismissal", "correcting"]),
    dict(p=EE, s="heard", t="the outages came from our data centre provider, not our platform. I know that's not "
         "much comfort", m="", v=["blame"], n="a shrug, not an apology: no empathy"),
    dict(p=EE, s="heard", t="um. I- I get why you went to the CEO. honestly. I probably would've done the same",
         m="AE", n="false start"),
    dict(p=EE, s="options", t="here's what I can put to you. the service credit for the whole quarter, a named account "
         "manager who answers to you, and the root-cause report in writing, with a date I'll stand behind. shall we "
         "go through any of those in more detail?", m="OIQ"),
    dict(p=EE, s="options", t="I can let you out of the contract with no penalty if that's what you want", m="O",
         v=["over_promise"]),
    dict(p=EE, s="options", t="I can't pay damages and I can't promise you zero downtime, I'd be lying if I did. what "
         "I can do is the quarter's SLA credit and a named account manager from monday. what would your "
         "board need beyond that?", m="OIQ",
         n="honest limits, not a policy wall; 'from monday' sits inside the offer"),
    dict(p=EE, s="options", t="would it help to have a standing call every other week, you, the account manager "
         "and one of our engineers, until the fix is in? that'd be on top of the credit", m="OIQ"),
    dict(p=EE, s="commitment", t="your root-cause report will be in your inbox by five pm on the twelfth, and tom "
         "hughes, your account manager, will ring you tomorrow at half nine", m="OC"),
    dict(p=EE, s="commitment", t="I'm escalating this today to our head of service", m="C",
         n="escalation with a time: commitment only (rule 4)"),
    dict(p=EE, s="commitment", t="okay. so, to confirm. the service credit for the quarter is applied today, you'll "
         "meet your account manager, Hannah Cole, on a call tomorrow at ten, and you'll get the root cause report "
         "no later than the nineteenth. I appreciate you giving me the time to pull this together", m="OCG"),
    dict(p=EE, s="close", t="I appreciate you staying with us on this. a written note of everything we've "
         "agreed will be with you by end of day", m="CG"),
    dict(p=EE, s="heard", t="I'm sorry, genuinely. you've had three breaches in a quarter and you shouldn't have had to "
         "go to the top to be heard. what matters most for you to show your board on friday?", m="AEIQ"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="Of course, Mr Fairclough. Please, go on.", m=""),
    dict(p=VC, s="vent", t="I do apologise, sir. Before anything else, could you confirm your client reference for "
         "me?", m="EQ", v=["premature_details"]),
    dict(p=VC, s="heard", t="You heard about it from the seller's solicitor before you heard it from us. That's "
         "unacceptable, and I'm sorry.", m="AE"),
    dict(p=VC, s="heard", t="two days late on a completion, honestly I'd have been beside myself", m="AE"),
    dict(p=VC, s="heard", t="correspondent banks do hold things up, sir, and that part isn't something we control",
         m="", v=["blame"]),
    dict(p=VC, s="heard", t="Mr Fairclough, I'd ask you not to take that tone with me.", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="Your instruction reached us after the cut-off, sir. The timestamp on it is three "
         "forty-two.", m="", v=["accusation", "correcting"], n="insists on his error through evidence (rule 10)"),
    dict(p=VC, s="heard", t="clients at your level do tend to expect rather a lot", m="", v=["insult"], n="sneer"),
    dict(p=VC, s="heard", t="May I ask whether the completion went through in the end?", m="Q"),
    dict(p=VC, s="heard", t="I quite understand. And thank you for staying with us, Mr Fairclough, I know the other "
         "banks have been in touch", m="AG", n="sincere bare 'I understand' (rule 1)"),
    dict(p=VC, s="heard", t="We regret any inconvenience caused by the delay.", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="I hear you sir, I hear you. do you have the SWIFT reference to hand", m="Q",
         n="'I hear you' straight into a details request (rule 13); not vent, so not premature"),
    dict(p=VC, s="heard", t="that must have been a very long two days, waiting to hear with everything riding on it",
         m="AE"),
    dict(p=VC, s="heard", t="by all means take your money to another private bank, sir, if you think they'd do "
         "better", m="", v=["threat_back"], n="answers his threat to leave in kind"),
    dict(p=VC, s="heard", t="Mr Fairclough, I won't make excuses. the instruction was in on time, it got stuck "
         "in the queue, and you found out from the other side's solicitor. I'm truly sorry. what would you want "
         "from us now?", m="AEIQ"),
    dict(p=VC, s="heard", t="the delay was down to our compliance team. I'm sorry though, truly, and I'll have the fee "
         "reversed this afternoon", m="EOC", v=["blame"],
         n="fault put on another team first; 'though' leads into help, so the apology after it stands"),
    dict(p=VC, s="options", t="I'd like to reverse the fees on this transfer in full, and put you in direct contact "
         "with Catherine Moss, one of our senior relationship bankers, on her own line. Would you be happy for me to "
         "arrange that?", m="OIQ"),
    dict(p=VC, s="options", t="I'll waive all your fees for the next two years, sir, and we'll cover any penalty the "
         "seller charged you", m="O", v=["over_promise"]),
    dict(p=VC, s="options", t="going forward would you like every payment you send set up as expedited same day, so "
         "it never sits in a queue?", m="OIQ"),
    dict(p=VC, s="commitment", t="the fee reversal's confirmed, you'll see it on your account by four this afternoon, "
         "and Catherine will ring you from her direct line before close of business today", m="OC"),
    dict(p=VC, s="close", t="thank you, sir. and again, I am sorry this landed on something that mattered so much",
         m="EG"),
    dict(p=VC, s="commitment", t="thank you for your patience, sir. I've reversed the fees myself, and "
         "Catherine Moss will ring you at nine tomorrow morning to set up expedited transfers on all your accounts",
         m="OCG"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="okay and was it the four hundred series or the five hundred", m="Q",
         v=["premature_details"], n="model question while she is still venting"),
    dict(p=FT, s="vent", t="hang on, hang on, you're going way too fast, can you slow down a bit", m="",
         v=["calm_down"], n="telling a venting customer to slow down works like 'settle down'; a request, not a "
         "real question"),
    dict(p=FT, s="heard", t="seven months old, fixed, broke again, fixed, broke again. and the supervisor who was "
         "meant to ring you monday never did. that's dreadful, I'm sorry", m="AE"),
    dict(p=FT, s="heard", t="with kids in the house and no washer for weeks, that must be grinding you down", m="AE"),
    dict(p=FT, s="heard", t="the supervisor callbacks are a different team, I wouldn't know anything about that",
         m="", v=["dismissal"]),
    dict(p=FT, s="heard", t="I'm really sorry nobody rang you on monday like you were promised", m="AE",
         n="'sorry' + what actually happened to her (rules 7 and 14)"),
    dict(p=FT, s="heard", t="you're being unreasonable now, I've already given you two options", m="",
         v=["insult"]),
    dict(p=FT, s="heard", t="thank you for ringing back again, I know you shouldn't have had to", m="AG",
         n="owns that she had to chase us, like 'I know you've been on hold ages already'"),
    dict(p=FT, s="heard", t="are you overloading it maybe? that's normally what kills the bearings", m="",
         v=["doubt", "correcting"], n="rhetorical question implying misuse"),
    dict(p=FT, s="heard", t="I guarantee you this machine won't break down again", m="", v=["over_promise"],
         n="bare guarantee: no options (rule 5)"),
    dict(p=FT, s="heard", t="right, well if you'd rather shout at me than let me help you, that's up to you", m="",
         v=["insult"]),
    dict(p=FT, s="heard", t="I understand, but I can't do a refund. what I can do is a brand new one, same model, "
         "with two years' extra warranty", m="AO",
         n="'but' leads into an honest limit and then help, not a violation: acknowledgement stands"),
    dict(p=FT, s="heard", t="um so just so I've got it, the engineer's been out twice, and it's leaking again, is that "
         "right? and still no call from the supervisor", m="AQ", n="check-back question"),
    dict(p=FT, s="heard", t="the evidence from the engineer's last visit suggests the machine's been misused", m="",
         v=["accusation", "correcting"]),
    dict(p=FT, s="options", t="okay so two routes. a brand new machine, same model, with the warranty extended by two "
         "years. or our senior engineer comes out this week and leaves you a loan machine while he sorts it. which "
         "is better for you?", m="OIQ"),
    dict(p=FT, s="options", t="I'll just refund you the full price and you can go and buy whatever you like", m="O",
         v=["over_promise"]),
    dict(p=FT, s="options", t="I can't go up a model, I'm being honest with you there. but the same model, brand new, "
         "two years extra warranty, that I can do. shall I?", m="OIQ"),
    dict(p=FT, s="options", t="I know you wanted an upgrade, and honestly after what you've been through I don't blame "
         "you, but that's not one I can sign off. I can do a new machine same model plus two years extra warranty, "
         "or the senior engineer this week with a loan machine in the meantime. what would be easier for you with "
         "the kids?", m="AEOIQ", n="'but' into an honest limit, not a violation: the marks before it stand"),
    dict(p=FT, s="commitment", t="I've booked the senior engineer for wednesday between one and five, and the loan "
         "machine's coming on the same van. I'll ring you tomorrow at ten to double check everything", m="OC"),
    dict(p=FT, s="commitment", t="I'll get someone to call you today", m="C",
         n="'today' attached to the agent's own step, as the original's 'raising it with billing today'"),
    dict(p=FT, s="close", t="lovely. so the replacement comes friday, warranty's extended, and I'll call you monday "
         "afternoon to check it's behaving. thanks Kelly", m="OCG"),
    dict(p=FT, s="heard", t="I'm really sorry Kelly. three weeks of launderettes and nobody bothering to ring you back, "
         "I'd be spitting feathers. thanks for giving us one more go. shall I run through what I can offer?", m="AEGIQ",
         n="asks permission before offering; no remedy named yet"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="sorry to stop you, Mrs Ellison, could you give me the postcode on the account?", m="Q",
         v=["premature_details"], n="'sorry' as a politeness marker"),
    dict(p=BE, s="heard", t="you'd cancelled, then we billed you twice anyway, it's tipped you into your overdraft, "
         "and then chat told you it was sorted when it wasn't. I'm so sorry", m="AE"),
    dict(p=BE, s="heard", t="on a pension as well, that overdraft fee must have really hurt. it never should've "
         "happened", m="AE"),
    dict(p=BE, s="heard", t="the live chat team do make mistakes, they're quite new most of them", m="", v=["blame"]),
    dict(p=BE, s="heard", t="well, strictly speaking your cancellation went in the day after the renewal date", m="",
         v=["correcting"]),
    dict(p=BE, s="heard", t="I'm sorry if our billing has caused you any worry", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="I can't see a second charge on here, are you looking at the right statement?", m="",
         v=["doubt"], n="rhetorical doubting question"),
    dict(p=BE, s="heard", t="you know, you did absolutely nothing wrong here", m="A",
         n="clears the customer, as 'none of this is your fault' does (rule 14)"),
    dict(p=BE, s="heard", t="we told you it was fixed and it wasn't, that's on us. thank you for ringing again instead "
         "of just leaving it", m="AG"),
    dict(p=BE, s="heard", t="has the bank charged you anything else since, or is it just the one fee?", m="Q"),
    dict(p=BE, s="heard", t="okay, well, if you'd read the cancellation email it did say one more payment might go "
         "out", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="look love, it's thirty quid, it's hardly the end of the world", m="", v=["insult"],
         n="patronising and minimising, like the original's 'you're being a bit dramatic, it's one morning'"),
    dict(p=BE, s="heard", t="you can go to the ombudsman if you like, it won't change anything this end", m="",
         v=["threat_back", "dismissal"]),
    dict(p=BE, s="heard", t="oh Mrs Ellison, I'm so sorry. you followed every step. you cancelled, you checked, "
         "you even went on the chat, and we still got it wrong twice. can I ask what the bank's charged you for "
         "it?", m="AEQ"),
    dict(p=BE, s="options", t="I can refund both charges, pay back the overdraft fee your bank took, and send you a "
         "letter confirming the subscription's cancelled. would you like the letter by post or by email?",
         m="OIQ"),
    dict(p=BE, s="options", t="I'll refund everything and give you six months free on top as a sorry", m="O",
         v=["over_promise"], n="free months are beyond the allowance"),
    dict(p=BE, s="options", t="I'll ring your bank and get them to take the fee off, they always do it if we ask",
         m="O", v=["over_promise"], n="promises what her bank will do"),
    dict(p=BE, s="commitment", t="both refunds are going through now, and the letter confirming the cancellation will "
         "be with you in the post by friday", m="OC"),
    dict(p=BE, s="commitment", t="I'll sort the refund out for you and send the letter", m="O",
         n="no time: options only"),
    dict(p=BE, s="commitment", t="thank you for waiting, Mrs Ellison. the two refunds are done, the overdraft fee's "
         "going back to you today, and your written confirmation goes in the post tomorrow", m="OCG"),
    dict(p=BE, s="close", t="is there anything else at all I can help you with today, Mrs Ellison?", m="Q",
         n="ending check: question, not asks_input (rule 6)"),
    dict(p=BE, s="close", t="that's both refunds done and the overdraft fee on its way back to you. the letter will be "
         "with you by thursday. thank you for being so kind to me when you had every reason not to be, and sorry "
         "again", m="EOCG"),

    # --- generic ---
    dict(p=None, s="vent", t="mm", m=""),
    dict(p=None, s="vent", t="woah, okay, easy, easy", m="", v=["calm_down"]),
    dict(p=None, s="vent", t="that sounds like a horrible few days. tell me the rest", m="E"),
    dict(p=None, s="vent", t="ok and then what did they say when you rang them", m="Q",
         n="invites more venting; not a details request"),
    dict(p=None, s="heard", t="I hear you.", m="A", n="sincere bare 'I hear you' (rule 1)"),
    dict(p=None, s="heard", t="oh for god's sake", m="", v=["insult"], n="muttered exasperation"),
    dict(p=None, s="heard", t="it's not me you should be angry with", m="", v=["dismissal"],
         n="deflects without naming anyone: ducking rather than blame"),
    dict(p=None, s="heard", t="I'm so sorry this has been such a mess. you've clearly been really patient with us",
         m="E", n="praise of patience without thanks is not gratitude"),
    dict(p=None, s="heard", t="so just to check, the refund was promised twice and you've still not had it?", m="AQ"),
    dict(p=None, s="heard", t="I'm afraid that's just the way the system's set up", m="", v=["policy"]),
    dict(p=None, s="heard", t="noted. and for the record, nobody here has been rude to you", m="",
         v=["accusation", "doubt"]),
    dict(p=None, s="heard", t="you had to phone four times just to get this far. I'm sorry, that shouldn't happen to "
         "anybody", m="AE"),
    dict(p=None, s="heard", t="I'm sorry you've had to explain all this to three different people", m="AE",
         n="rule 14"),
    dict(p=None, s="heard", t="I'm sorry you've been landed with all this", m="E",
         n="generic 'sorry you've been…' that names nothing: empathise only (rule 14)"),
    dict(p=None, s="heard", t="swear at me once more and I'm putting you on hold", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="it's nothing personal, it's just procedure", m="", v=["policy"]),
    dict(p=None, s="heard", t="I'm sorry you had to wait so long, and none of that is on you. let me get this fixed. "
         "can I take your reference number?", m="AEQ", n="details asked after venting: a real question"),
    dict(p=None, s="heard", t="cheers for holding on while I went through the notes", m="G"),
    dict(p=None, s="heard", t="it's been a right week for you, hasn't it", m="A",
         n="tag 'hasn't it' is not a question"),
    dict(p=None, s="options", t="okay so I could do you a refund today, or if you'd rather a replacement, whichever "
         "suits", m="OI", n="choice with an invitation but no question"),
    dict(p=None, s="options", t="what would you think about a partial credit while I look into the rest?", m="OIQ"),
    dict(p=None, s="options", t="there's a couple of things we could look at", m="", n="no remedy named"),
    dict(p=None, s="options", t="I can't do a full refund on this one I'm afraid, it's not something I can sign off, "
         "but I can refund the delivery and send a new one out tomorrow. would that be okay?", m="OIQ",
         n="honest limit; 'I'm afraid' is not empathy"),
    dict(p=None, s="options", t="so um, would you rather I refunded the delivery charge now, or sent it again free on "
         "tomorrow's van? totally up to you", m="OIQ", n="times inside a choice: not a commitment"),
    dict(p=None, s="commitment", t="I'll email you the case summary within the next half hour", m="C"),
    dict(p=None, s="commitment", t="right I've put the refund through. it'll show in three to five working days and "
         "you'll have a confirmation email from me by quarter past", m="OC"),
    dict(p=None, s="close", t="thanks for your time, bye now", m="G"),
    dict(p=None, s="close", t="take care now, and sorry again about all of it", m="E"),
    dict(p=None, s=None, t="I hear what you're saying but that's just how we do things here", m="", v=["policy"],
         n="'but' into a wall cancels the acknowledgement"),
    dict(p=None, s=None, t="honestly I'd have lost it as well", m="E"),
    dict(p=None, s=None, t="I'm sorry you see it that way", m="", v=["non_apology"]),
    dict(p=None, s=None, t="whatever, I'll stick a note on it", m="", v=["insult"],
         n="'whatever' answers them in kind; the note is no remedy"),
    dict(p=None, s=None, t="I promise you this will never happen to you again", m="", v=["over_promise"],
         n="bare guarantee (rule 5)"),
    dict(p=None, s="commitment", t="okay I've logged it as a formal complaint and flagged it urgent. you'll get a call "
         "from my team leader before five today, and I'll send you my notes by email so you've got it in writing",
         m="C", n="escalation and a callback with a time: commitment, not options (rule 4)"),
]

write_batch(ITEMS, "fv", Path(__file__).with_name("replies_extra177.jsonl"))
