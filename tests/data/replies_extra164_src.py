"""Source of `replies_extra164.jsonl`: batch 164, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its tune
part alone, without reading the judge's code or any other labelled batch. Its theme is a fresh
cross-section: the original set's own mix of marks, personas and violation kinds (about a third of the
replies carry a violation, about a quarter are good replies with three or more marks, a few carry no
mark at all), but with replies spread evenly over the five stages rather than mostly at `heard`, and
with new wordings and situations drawn from the persona briefs ("two mornings unpaid because we
didn't turn up", "a third of your work comes from them?", "the contract's the contract, I'm afraid",
"your rent bounced because of it?", "you'll have an email from me with everything in writing by ten
tomorrow"). Hard negatives sit beside the positives: fillers and back-channels while the customer vents,
promises with no time, the word "option" with nothing offered, honest limits that are not policy walls,
detail requests after the vent, echo questions that are sympathy rather than questions, and an agent's
deadline that is really the customer's cue. About half are styled like a Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra164.jsonl next to it (ids fi0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="mm. okay.", m="", n="bare filler while she vents"),
    dict(p=MT, s="vent", t="right, I'm getting all this down, keep going", m="",
         n="back-channel while she vents (rule 13)"),
    dict(p=MT, s="vent", t="can you confirm the first line of the address for me please", m="Q",
         v=["premature_details"]),
    dict(p=MT, s="vent", t="*sighs* yep. go on.", m="", v=["insult"], n="transcribed sigh (rule 12)"),
    dict(p=MT, s="heard", t="so you booked the eight till twelve, took the day off, nobody turned up, nobody rang, "
         "and then the exact same thing happened again. that's shocking", m="A",
         n="full repeat-back; 'that's shocking' judges the failure, it does not name her feeling"),
    dict(p=MT, s="heard", t="and you're paid by the hour as well, so that's two mornings wages gone. I'm so sorry "
         "Bernadette", m="AE"),
    dict(p=MT, s="heard", t="hmm, our system's got the engineer down as attending on the second visit, so I'm not "
         "sure what happened there", m="", v=["doubt"], n="'it says here' form of doubting"),
    dict(p=MT, s="heard", t="well the engineers are subcontracted so really its the installer firm that's let you "
         "down, not us", m="", v=["blame"], n="'its' mis-hearing"),
    dict(p=MT, s="heard", t="thank you for being so honest about the wages. two mornings unpaid because we didn't "
         "turn up, I'd be livid. what would put it right for you?", m="AEGIQ"),
    dict(p=MT, s="options", t="I can't refund the full installation, I won't pretend otherwise. what I can do is "
         "knock the installation fee off entirely, add a month's credit, and put you in the first slot, eight am, "
         "any weekday you pick. how does that sound?", m="OIQ", n="honest limit, not a policy wall (rule 11)"),
    dict(p=MT, s="options", t="ok so full refund, a month free, and I'll get the area manager to come and do the "
         "install himself, that alright?", m="OIQ", v=["over_promise"]),
    dict(p=MT, s="options", t="all I can really do is rebook you, missed appointments don't qualify for "
         "compensation, that's the policy", m="O", v=["policy"],
         n="a rebooked visit is a remedy (rule 4); the wall after it does not undo it"),
    dict(p=MT, s="options", t="would mornings or a saturday suit you better for the new visit? either way your the "
         "first job of the day", m="OIQ", n="choice of rebooked slots counts as options; 'your' mis-hearing"),
    dict(p=MT, s="options", t="you've lost two mornings to us, I know. I'd like to waive the fee and pop some "
         "credit on the account to cover the wages, is that okay with you?", m="AOIQ"),
    dict(p=MT, s="commitment", t="okay it's done, installation fee's been taken off as of now, and your engineer "
         "is booked first slot friday eight am. you'll get a text confirming that in about five minutes", m="OC"),
    dict(p=MT, s="commitment", t="I'll get someone to look at why no one rang you and come back to you", m="",
         n="a step but no time: not a commitment"),
    dict(p=MT, s="commitment", t="thanks for holding, Bernadette. I'm ringing the field team the minute this call "
         "ends, and you'll hear from me before half four with the technician's name", m="CG"),
    dict(p=MT, s="commitment", t="two wasted days off work for an engineer who never came, I'm so sorry. the "
         "credit went on just now and the first slot's yours, thursday, eight o'clock", m="AEOC"),
    dict(p=MT, s="close", t="so thats you sorted for tuesday at eight, fee waived, credit on. thank you for "
         "hanging in there with us Bernadette", m="OCG", n="'thats' without apostrophe, as transcribed"),
    dict(p=MT, s="close", t="and just so you know for next time, you can track the technition in the app, so you'd "
         "of seen he wasn't coming", m="", v=["correcting"], n="'technition', 'you'd of' mis-hearings"),
    dict(p=MT, s="close", t="so for the record, you're disputing both missed appointments, and I've noted that", m="",
         v=["accusation"], n="'for the record' and 'disputing' frame her complaint as a claim"),
    dict(p=MT, s="close", t="sorry again about both mornings, I know what they cost you. take care now", m="AE"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="uh huh", m=""),
    dict(p=LE, s="vent", t="sorry to stop you, have you got the consignment number there?", m="Q",
         v=["premature_details"], n="'sorry' as politeness marker"),
    dict(p=LE, s="vent", t="god. a compressor for a restaurant and it's just vanished. I'm so sorry", m="AE",
         n="echoes the main point while he vents, with a sincere apology"),
    dict(p=LE, s="vent", t="mate you need to stop shouting, I'm trying to listen here", m="", v=["calm_down"]),
    dict(p=LE, s="heard", t="so overnight express, paid for, and the tracking's been blank ever since we picked it "
         "up, and now your restaurant client's on your back. have I understood that properly?", m="AQ",
         n="check-back question"),
    dict(p=LE, s="heard", t="a third of your work comes from them? no wonder you're worried sick", m="AE",
         n="echo question is sympathy, not a real question"),
    dict(p=LE, s="heard", t="honestly parcels go walkabout every day, it's just one of those things with couriers",
         m="", v=["dismissal"], n="minimising"),
    dict(p=LE, s="heard", t="according to the scan data it was never actually handed over at your end, so", m="",
         v=["accusation", "correcting"], n="insisting on his error through the records (rule 10)"),
    dict(p=LE, s="options", t="I'm really sorry, Marcus. so, my suggestion: the express fee comes back to you, the "
         "depot starts tracing the lost one, and we pay a courier to run a new compressor and board over to the "
         "restaurant today. want me to book all that?", m="EOIQ"),
    dict(p=LE, s="options", t="I can't cover the business you might lose, I'm being upfront with you there, but "
         "the goods themselves are covered up to the standard limit and I can start that claim for you. shall I?",
         m="OIQ", n="honest limit; the liability claim is a concrete remedy"),
    dict(p=LE, s="options", t="there's not really an option for lost business, you'd have to take that up with the "
         "courier yourself", m="", v=["dismissal"], n="'option' word with nothing offered; pushes him elsewhere"),
    dict(p=LE, s="options", t="if the compressor's the urgent bit I can get that couriered this morning and the "
         "board can follow, or both together this afternoon. what's better for the restaurant?", m="OIQ",
         n="times inside a choice are not commitments (rule 3)"),
    dict(p=LE, s="options", t="what time does the restaurant open tonight? because if it helps I can have the new "
         "parts there on a courier we pay for, plus your express fee back", m="OQ",
         n="the question is about his situation; the offer is not put to him as a choice"),
    dict(p=LE, s="commitment", t="trace is open now, reference six one two nine, and the courier collects the new "
         "parts at one. I'll ring you once it's on the van", m="OC"),
    dict(p=LE, s="commitment", t="it'll be at the restaurant by three o'clock this afternoon, guaranteed, you have "
         "my word on that", m="C", v=["over_promise"], n="promises a delivery time the courier controls"),
    dict(p=LE, s="commitment", t="I'm sorry, Marcus. I'll get onto the depot for you and let you know what they "
         "say", m="E", n="no time: not a commitment"),
    dict(p=LE, s="commitment", t="I've logged your allegation about the depot losing it, and I'll email you an "
         "update within the hour", m="C", v=["accusation"]),
    dict(p=LE, s="commitment", t="your express fee is going back to you as we speak and the trace is open. sorry, "
         "I know the restaurant's waiting on you", m="AEOC"),
    dict(p=LE, s="close", t="so refund's done, the trace is live and the new parts got to the restaurant at four. "
         "cheers for hanging on Marcus, I'll email you friday with whatever the trace turns up", m="OCG"),
    dict(p=LE, s="close", t="right well that's it from me, any further issues you'll need to go through the claims "
         "portal", m="", v=["policy"]),
    dict(p=LE, s="close", t="I'm sorry it came to this with the restaurant, and thanks for being so straight with "
         "me about it", m="EG"),
    dict(p=LE, s="close", t="did the replacement board turn up at the restaurant alright?", m="Q", n="follow-up check"),
    dict(p=LE, s="close", t="thanks Marcus. and between us, it's the depot in leicester, they lose stuff "
         "constantly", m="G", v=["blame"], n="thanks before the violation stands"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="Understood.", m="", n="'understood' as filler (rule 1)"),
    dict(p=EE, s="vent", t="I'm sorry, can I take the contract reference before we go into detail?", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="vent", t="Eleanor, please. Raising your voice isn't going to get us anywhere.", m="",
         v=["calm_down"]),
    dict(p=EE, s="vent", t="I'd be hopping mad too, three times in one quarter. please, keep going", m="AE"),
    dict(p=EE, s="heard", t="So your warehouses stood idle for six hours, for the third time this quarter, and the "
         "only way to get anyone's attention was an email to our CEO. That's on us.", m="A",
         n="repeat-back plus owning the failure; no feeling named"),
    dict(p=EE, s="heard", t="with respect, the status page did flag the incident within fifteen minutes, so your "
         "team should have been aware", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="for the record, we don't accept that the march incident was a full breach", m="",
         v=["accusation"]),
    dict(p=EE, s="heard", t="I'm sorry you feel the escalation was necessary", m="", v=["non_apology"]),
    dict(p=EE, s="heard", t="that sounds like a brutal few weeks. what's your board actually asking you for at "
         "this point?", m="EQ"),
    dict(p=EE, s="heard", t="Thank you for your candour, Eleanor. It's far more useful to me than a polite email.",
         m="G"),
    dict(p=EE, s="options", t="I can't release you from the contract and I can't pay damages, I'll be plain about "
         "that. What I can put on the table is this quarter's SLA credit in full, one account manager who owns "
         "Ferrow, and a written analysis of the root cause, with a firm date. Would that be enough to take to your "
         "board?", m="OIQ"),
    dict(p=EE, s="options", t="alright, we'll waive the termination fee and you can walk away whenever you like, "
         "and I'll throw the service credit in", m="O", v=["over_promise"]),
    dict(p=EE, s="options", t="the contract's the contract, I'm afraid, any exit has to go through legal in "
         "writing", m="", v=["policy"]),
    dict(p=EE, s="options", t="um, so, would it help if, uh, if we put a named account manager on it from this "
         "week, someone who actually picks up?", m="OIQ"),
    dict(p=EE, s="options", t="your board needs to see something change, not just hear sorry. so, credit for the "
         "quarter, and a proper write-up of why it keeps failing. if there's anything else you'd need in it, tell "
         "me", m="AOI", n="imperative invitation: asks_input without a question"),
    dict(p=EE, s="commitment", t="You'll have the root-cause report on your desk by Friday the twenty-first, and "
         "Tom Okafor, your new account manager, is ringing you at ten tomorrow.", m="OC"),
    dict(p=EE, s="commitment", t="I'm taking this up to our VP of service right now, you'll hear from her before "
         "close of business", m="C", n="escalation with a time: commitment only (rule 4)"),
    dict(p=EE, s="commitment", t="I'll make sure you get a proper response in due course", m="",
         n="'in due course' is no time"),
    dict(p=EE, s="commitment", t="the credit will be applied by the end of this week, and for what it's worth I'm "
         "sorry it took three outages to get here", m="AEOC"),
    dict(p=EE, s="commitment", t="I'll have the report to you by monday. and if you're serious about lawyers then "
         "I'd suggest you put everything through them from now on", m="C", v=["threat_back"]),
    dict(p=EE, s="close", t="I'm sorry again for three outages in one quarter, Eleanor, and thank you for not "
         "walking away from us. Tom will call at ten.", m="AECG"),
    dict(p=EE, s="close", t="just to confirm before you go. account manager tomorrow at ten, report by the "
         "twenty-first, credit on this quarter's invoice. does that match what you've written down?", m="OCQ",
         n="checks the summary is accurate, not whether she accepts it: question, not asks_input"),
    dict(p=EE, s="close", t="and I can assure you there won't be a fourth outage, not on my watch", m="",
         v=["over_promise"], n="bare guarantee (rule 5)"),
    dict(p=EE, s="close", t="I'll be checking in with you personally next wednesday, once you've had the report in "
         "your hands", m="C"),
    dict(p=EE, s="close", t="I'll pass it all on, although our logs only really show two outages that would count",
         m="", v=["doubt"]),

    # --- vip-client ---
    dict(p=VC, s="vent", t="Of course, Mr Fairclough.", m=""),
    dict(p=VC, s="vent", t="Before anything else I'll need to verify you. Could you give me your sort code and the "
         "last four digits of the account?", m="Q", v=["premature_details"]),
    dict(p=VC, s="vent", t="sir I'm going to have to ask you to moderate your tone", m="", v=["calm_down"]),
    dict(p=VC, s="vent", t="I'm so sorry, Mr Fairclough. please, go on, I want the whole picture", m="E"),
    dict(p=VC, s="vent", t="hm, two days? that seems very unlikely for a SWIFT payment", m="", v=["doubt"]),
    dict(p=VC, s="heard", t="So the money arrived two days late, the completion very nearly fell through, and the "
         "first you heard of it was from the seller's solicitor rather than from us. That's inexcusable.", m="A"),
    dict(p=VC, s="heard", t="to be perfectly honest the delay sat with the correspondent bank, not with us", m="",
         v=["blame"]),
    dict(p=VC, s="heard", t="I can only imagine how it felt, having to ring the seller yourself to keep the "
         "purchase alive", m="AE"),
    dict(p=VC, s="heard", t="if you'd flagged the completion date to us in advance it would have been prioritised",
         m="", v=["correcting"]),
    dict(p=VC, s="heard", t="if Sterling and Marsh can do better, sir, please don't let us keep you", m="",
         v=["threat_back"]),
    dict(p=VC, s="options", t="I'm truly sorry, sir. My proposal is that the fee is reversed in full, and that you "
         "have Clare Whitlock, a senior banker, on a direct line, so the switchboard is out of the picture. Would "
         "that be acceptable?", m="EOIQ"),
    dict(p=VC, s="options", t="I'll reverse every fee you've paid us in the last twelve months, and waive them "
         "going forward as well", m="O", v=["over_promise"]),
    dict(p=VC, s="options", t="I'm grateful you've stayed with us. What I can offer is same-day expedited "
         "processing on all your accounts from today, and the fee reversal. Or, if there's something you'd weigh "
         "more heavily, do say.", m="OGI", n="'from today' inside an offer; imperative invitation"),
    dict(p=VC, s="options", t="uh, I mean, sir, the house almost slipped away because of us. so fee reversed, and "
         "uh, every transfer same day from now on, if, if you'll let me set that up?", m="AOIQ"),
    dict(p=VC, s="commitment", t="The fee reversal's been authorised and you'll see it by tomorrow morning. Clare "
         "will ring you personally at half nine.", m="OC"),
    dict(p=VC, s="commitment", t="My apologies, sir, truly. I'll take it up personally and a colleague will be in "
         "touch shortly", m="E", n="'shortly' is vague: no commitment"),
    dict(p=VC, s="commitment", t="sir I'll have the written explanation to you by two, and just so it's clear, I "
         "won't be spoken to like that again", m="C", v=["calm_down"],
         n="a warning about his tone with no consequence attached; labelled as the original's 'no need to be rude'"),
    dict(p=VC, s="commitment", t="I've set the expedited flag on your accounts while we've been talking, it's live "
         "now, and I'm truly sorry the seller's solicitor had to be the one to tell you", m="AEOC"),
    dict(p=VC, s="close", t="Thank you, Mr Fairclough, for your patience today. Clare will be in touch at half "
         "nine tomorrow.", m="CG"),
    dict(p=VC, s="close", t="Thank you for walking me through how it unfolded. I've noted that the solicitor rang "
         "you before we did, and I'm raising that with payments this afternoon.", m="ACG"),
    dict(p=VC, s="close", t="sorry for any inconvenience, sir, and have a pleasant afternoon", m="", v=["non_apology"]),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="god, that's the last thing you need with a house full of kids. I'm sorry", m="E"),
    dict(p=FT, s="vent", t="whats the serial number off the back of the machine", m="Q", v=["premature_details"]),
    dict(p=FT, s="vent", t="are you done? because I can't help if you won't let me talk", m="", v=["insult"]),
    dict(p=FT, s="vent", t="oh Kelly, two weeks at the launderette, that's grim. sorry, sorry, carry on", m="AE"),
    dict(p=FT, s="heard", t="seven months old, repaired, broke down twice since, and the supervisor who was meant "
         "to ring you on monday never did. I'd have lost it by now", m="AE"),
    dict(p=FT, s="heard", t="so who told you a supervisor would ring? because that's not something we'd normally "
         "promise", m="", v=["doubt"], n="hostile question: not a real question"),
    dict(p=FT, s="heard", t="it'll be the drain pump, they do go on these models, it's just wear and tear", m="",
         v=["dismissal"], n="minimising (rule 9)"),
    dict(p=FT, s="heard", t="thanks for explaining it one more time, I know you've had to tell it three times now",
         m="AG"),
    dict(p=FT, s="heard", t="I'm so sorry Kelly. seven months old and its been broken more than its worked. can I "
         "ask, has it damaged anything, like the floor or any clothes?", m="AEQ"),
    dict(p=FT, s="heard", t="keep talking to me like that and I'll be putting a note on your account that you were "
         "abusive", m="", v=["threat_back"]),
    dict(p=FT, s="options", t="I'm not able to do a refund or an upgrade, I'm sorry, that's outside what I can "
         "sign off. but a fresh machine, the identical model, and I'll add a couple of years on the warranty. "
         "shall we go that way?", m="OIQ", n="'sorry' for a refusal is not empathy"),
    dict(p=FT, s="options", t="it's either a replacement or a senior engineer visit, that's all the system will "
         "let me pick from", m="O", v=["policy"], n="remedies named, then a 'system won't let me' wall"),
    dict(p=FT, s="options", t="what would feel like a fair outcome to you, Kelly?", m="IQ"),
    dict(p=FT, s="options", t="I could send the senior engineer thursday with a loan machine, so you can still get "
         "washes done while he fixes yours. or do you just want a new one, same as the old?", m="OIQ"),
    dict(p=FT, s="options", t="you've been let down on the repairs and the callback. I'd be at my wits end. a new "
         "machine, same model, plus two years extra cover, would that help?", m="AEOIQ"),
    dict(p=FT, s="commitment", t="I'm so sorry Kelly. that's the replacement ordered, it'll come wednesday between "
         "seven and eleven, and I've asked the supervisor to ring you today before six. if she doesn't, I will",
         m="EOC"),
    dict(p=FT, s="commitment", t="thanks for your patience Kelly, I'll see if I can get a supervisor to give you a "
         "ring", m="G", n="hedged, no time: not a commitment"),
    dict(p=FT, s="commitment", t="right I've booked our senior engineer in, thursday, first thing. and I'll be "
         "honest, that last engineer was a contractor, which is why it's gone wrong twice", m="OC", v=["blame"]),
    dict(p=FT, s="commitment", t="I promise you this machine will never break down again, and the engineer's there "
         "tomorrow at nine", m="OC", v=["over_promise"]),
    dict(p=FT, s="commitment", t="I've noted your claim that the engineer didn't fix it properly and the "
         "supervisor's been told to ring you before four", m="C", v=["accusation"]),
    dict(p=FT, s="close", t="thanks for not giving up on us, Kelly, I know it's been a rubbish fortnight. I'll "
         "ring thursday once the engineer's gone, see if it's behaving", m="ACG",
         n="'I know it's been a rubbish fortnight' acknowledges, like 'it's been three days already, I know'"),
    dict(p=FT, s="close", t="next time it plays up just ring the engineer line direct, don't bother with the "
         "callback team, they're hopeless", m="", v=["blame"]),
    dict(p=FT, s="close", t="have I covered everything you wanted sorting today?", m="Q",
         n="ending check: question, not asks_input (rule 6)"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="I'm here, Margaret, take as long as you need", m="",
         n="back-channel; no 'I hear you', nothing restated"),
    dict(p=BE, s="vent", t="can I take your postcode and date of birth please", m="Q", v=["premature_details"]),
    dict(p=BE, s="vent", t="the chat team told you it was fixed? oh Margaret, I'm so sorry", m="AE",
         n="echo of what happened, said in sympathy: not a real question"),
    dict(p=BE, s="vent", t="(under breath) here we go", m="", v=["insult"], n="muttered aside (rule 12)"),
    dict(p=BE, s="heard", t="right, you'd cancelled, we still took it twice, that tipped your account into the "
         "red, and when you went on the chat last week they said it was sorted. and it wasn't", m="A"),
    dict(p=BE, s="heard", t="and your rent bounced because of it? Margaret that's awful, I'm so sorry", m="AE",
         n="echo question is sympathy, not a real question"),
    dict(p=BE, s="heard", t="I do get that, but anything the bank's charged is nothing to do with me, that's "
         "between you and them", m="", v=["dismissal"],
         n="'but' into ducking cancels the acknowledgement; the overdraft fee is ours to reimburse"),
    dict(p=BE, s="heard", t="thank you for telling me about the rent, I wouldn't have known otherwise. did the "
         "bank say how much their fee was?", m="AGQ", n="fee question after the vent: not premature"),
    dict(p=BE, s="options", t="both charges come back to you, the overdraft fee too, and there'll be a letter "
         "confirming the subscription's cancelled so you've got it in writing. is that alright?", m="OIQ",
         n="'in writing' here is a remedy for her, not a policy wall"),
    dict(p=BE, s="options", t="do you want the money back on the card or shall I send it to your bank account? the "
         "account's quicker", m="OIQ"),
    dict(p=BE, s="options", t="I can refund the charges but I'm afraid the overdraft fee's a matter for your bank, "
         "we don't reimburse third party charges, it's policy", m="O", v=["policy"]),
    dict(p=BE, s="options", t="honestly, you've been more than fair with us, and you were right all along. I can "
         "put both payments back and cover the bank's fee. how does that sit with you?", m="AOIQ",
         n="praise without thanks: not gratitude"),
    dict(p=BE, s="options", t="there's various options, refunds, credits, that sort of thing, it depends what "
         "billing say", m="", n="names remedy types but offers nothing"),
    dict(p=BE, s="commitment", t="the two refunds are going through now, you'll have them within three working "
         "days, and the overdraft fee back by the end of the week", m="OC"),
    dict(p=BE, s="commitment", t="I do understand, Margaret. someone from billing will ring you about it", m="A",
         n="sincere bare 'I understand' (rule 1); no time, so no commitment"),
    dict(p=BE, s="commitment", t="I'll email the cancellation letter over before five today so you can show it to "
         "your landlord", m="OC", n="written confirmation is a remedy she is allowed"),
    dict(p=BE, s="commitment", t="I'll process it today. and I'm sorry if there was any confusion about how "
         "cancelling works", m="C", v=["non_apology"]),
    dict(p=BE, s="commitment", t="I'll get the refund done this afternoon and I'll see to it that your bank takes "
         "the overdraft fee off your statement", m="OC", v=["over_promise"],
         n="promises what her bank will do; reimbursing it ourselves would be fine"),
    dict(p=BE, s="commitment", t="um, so, I've, I've done the refund of both charges just now and the, the "
         "overdraft money follows separately by friday. sorry it's taken us two goes to get this right", m="AEOC",
         n="false starts; 'sorry it's taken us two goes' names what happened (rule 14)"),
    dict(p=BE, s="close", t="thank you, Margaret, really, you've been a saint with me. the letter's on its way and "
         "I'll phone friday morning to check the money's landed", m="OCG"),
    dict(p=BE, s="close", t="oh and in future, cancellations need thirty days notice, that's what caught you out",
         m="", v=["correcting"]),
    dict(p=BE, s="close", t="lovely. do you have an email address I can send the written confirmation to?", m="Q",
         n="detail request at close: not premature"),
    dict(p=BE, s="close", t="so that's all refunded. take care, and I'm really sorry for what it did to your rent",
         m="AEO", n="'so that's all refunded' confirms the remedy; the apology names the event"),

    # --- generic ---
    dict(p=None, s="vent", t="okay... okay. and how long were you on hold for, all told?", m="Q",
         n="asks about her experience, not for details"),
    dict(p=None, s="vent", t="that sounds like an absolute nightmare, I'm sorry. keep going, I'm with you", m="E"),
    dict(p=None, s="vent", t="you need to stop swearing at me", m="", v=["calm_down"]),
    dict(p=None, s="vent", t="I'm listening. um. what happened after they hung up on you?", m="Q",
         n="invites more of the story: not a details request"),
    dict(p=None, s="vent", t="one more outburst like that and I'm transferring you to the complaints line and "
         "that's that", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="right so you've been charged, you've had nothing, and you've sat in a phone queue "
         "three times. I'm sorry, that's dreadful. what can I do to make today better?", m="AEIQ"),
    dict(p=None, s="heard", t="I hear what you're saying but that's just the way the system's set up", m="",
         v=["policy"], n="'but' cancels the acknowledgement"),
    dict(p=None, s="heard", t="wow, you really do have a lot to say", m="", v=["insult"]),
    dict(p=None, s="heard", t="I'd have been climbing the walls if that happened to me", m="E"),
    dict(p=None, s="options", t="I could refund the delivery or get a fresh one sent tomorrow, honestly "
         "whichever's easiest for you", m="OI", n="imperative invitation, no question"),
    dict(p=None, s="options", t="there are a couple of ways we could go. do you want to hear them?", m="IQ",
         n="asks permission; no remedy named yet"),
    dict(p=None, s="options", t="we don't really do refunds on this kind of thing, you'd need to write to head "
         "office", m="", v=["policy"]),
    dict(p=None, s="commitment", t="you'll have an email from me with everything in writing by ten tomorrow", m="C"),
    dict(p=None, s="commitment", t="I'm so sorry. I'll definitely sort it, leave it with me", m="E", n="no time"),
    dict(p=None, s="commitment", t="I'm so sorry you've been waiting in all week. I've moved your delivery to the "
         "first drop tomorrow, so before nine, and the driver will ring half an hour before", m="AEOC"),
    dict(p=None, s="commitment", t="I'll put a note on the system today", m="C",
         n="declared step with 'today', like 'I'm raising it with billing today'"),
    dict(p=None, s="commitment", t="thank you for your patience. the refund's been approved, so that's back with "
         "you within twenty-four hours, and I'll follow up with an email tonight", m="OCG"),
    dict(p=None, s="close", t="thanks for bearing with me, and for being so decent about it", m="G"),
    dict(p=None, s="close", t="sorry if today wasn't up to scratch for you, have a good evening", m="",
         v=["non_apology"]),
    dict(p=None, s="close", t="before I let you go, are you happy with how we've left it?", m="Q",
         n="satisfaction check at the end, like the original's follow-up checks: question only"),
    dict(p=None, s="close", t="Right, I'll let you get on. If the refund hasn't shown up by Tuesday, ring me "
         "directly on extension four two one.", m="O",
         n="a direct line is a remedy; 'by Tuesday' is the customer's cue, not a step the agent commits to"),
    dict(p=None, s="close", t="brilliant, thanks so much, and again I'm sorry we messed you about. you'll get a "
         "text tonight confirming the new delivery date", m="AEOCG",
         n="'we messed you about' owns the failure; confirming a rebooked delivery counts as options (rule 4)"),
    dict(p=None, s="close", t="and if that review goes up, just so you know, we do respond to them publicly", m="",
         v=["threat_back"]),
    dict(p=None, s="close", t="finally. right, was there anything else or are we done", m="", v=["insult"],
         n="hostile ending check: not a real question"),
    dict(p=None, s=None, t="no, I totally see why you're annoyed, I'd be exactly the same", m="AE"),
    dict(p=None, s=None, t="look, it's not my job to fix that, I just take the calls", m="", v=["dismissal"]),
    dict(p=None, s=None, t="I'll be honest with you, I can't authorise that, but I'll find out who can and ring "
         "you back by three", m="C", n="honest obstacle (rule 11), then a timed step"),
    dict(p=None, s=None, t="are you seriously telling me you didn't see the email?", m="", v=["doubt"]),
]

write_batch(ITEMS, "fi", Path(__file__).with_name("replies_extra164.jsonl"))
