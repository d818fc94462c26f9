"""Source of `replies_extra166.jsonl`: batch 166, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is a
cross-section: the same mix of personas, stages, lengths and qualities as the original tune part,
good, mediocre and bad replies side by side, with violations of every kind ("it'll be the depot,
they've been a nightmare all week", "transfers of that size do sometimes take a little longer",
"I'm sorry if there was any confusion on the chat") and hard negatives that sound like a mark but
are not ("ok ok I get it ... can I just get the order number", "I'll make sure a supervisor rings
you, I promise", "there are a few things we could look at"). Every persona, the generic `None`,
and every stage appear, `heard` the most; about half are styled like a Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra166.jsonl next to it (ids fk0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="mm.", m="", n="bare back-channel while she vents"),
    dict(p=MT, s="vent", t="oh that's rotten. sorry, keep going, I'm getting it all down", m="E",
         n="sincere sympathy while letting her vent; 'getting it all down' is a back-channel"),
    dict(p=MT, s="vent", t="can you just confirm the first line of your address for me", m="Q",
         v=["premature_details"], n="details request while still venting, no question mark"),
    dict(p=MT, s="heard", t="so you booked eight till twelve, stayed home from work for it, nobody turned up, and "
         "then the exact same thing happened on the second visit. and not one call from us either time", m="A"),
    dict(p=MT, s="heard", t="um I- I'd be raging honestly. a whole day's leave gone, twice, for nothing", m="AE",
         n="false start; restates the two lost days"),
    dict(p=MT, s="heard", t="the technicians are subcontracted so I'd have to take that up with them really, "
         "it's not us that didn't turn up", m="", v=["blame"]),
    dict(p=MT, s="heard", t="are you definitely sure you were in? cause the job notes say he left a card", m="",
         v=["doubt"], n="rhetorical doubting question; 'the notes say' like 'it says here'"),
    dict(p=MT, s="heard", t="look it's a broadband install, it's not the end of the world is it", m="",
         v=["dismissal"], n="minimising; the tag 'is it' is not a question"),
    dict(p=MT, s="heard", t="I'm sorry if the engineer's absence caused you any bother", m="", v=["non_apology"]),
    dict(p=MT, s="heard", t="you used up two days leave waiting on us and we didn't even have the decency "
         "to ring. I'm so sorry, and thanks for letting us have a third go", m="AEG"),
    dict(p=MT, s="heard", t="I hear you... ok so what's the account number", m="Q",
         n="'I hear you' said straight into a details request is not acknowledge (rule 13); not premature "
           "at heard"),
    dict(p=MT, s="heard", t="technically the window's all day on a standard install, the eight to twelve is only "
         "a preference", m="", v=["correcting"]),
    dict(p=MT, s="heard", t="I'm not going to sit here and be shouted at, so either we talk properly or I'm "
         "hanging up", m="", v=["threat_back"]),
    dict(p=MT, s="heard", t="that's so unfair on you, you planned your whole week around us", m="AE"),
    dict(p=MT, s="options", t="I cant give you the whole installation back I'm afraid, that's past what I'm allowed, "
         "but I can knock the fee off altogether, add a month's credit to the account, and get you in at eight, "
         "first job of the day, so you're top of his list. how does that sound", m="OIQ",
         n="honest limit (rule 11), not a policy wall; real question without a question mark"),
    dict(p=MT, s="options", t="right well I'll give you the full refund and the broadband free till christmas, "
         "how about that", m="OIQ", v=["over_promise"]),
    dict(p=MT, s="options", t="is saturday morning any better for you? eight am, first job, so you dont have to "
         "book any more leave", m="OIQ"),
    dict(p=MT, s="options", t="so what I might be able to do, um, is waive the install fee. and uh maybe a "
         "credit on top? I'd need to check the amount", m="O",
         n="hedged, but the fee waiver is concrete; the '?' is the agent thinking aloud, not asking her"),
    dict(p=MT, s="options", t="I do get it, but let me tell you what I can do. I can take the installation fee off "
         "and get you booked for eight o'clock monday, first job. want me to lock that in?", m="AOIQ",
         n="'but' leads into help; 'I can' and the slot sit inside a proposal awaiting her answer: offer, not "
           "commitment"),
    dict(p=MT, s="commitment", t="okay so thats booked, friday the eighth, eight am on the dot. I'll send you the "
         "engineers name and a text confirmation before I go home tonight", m="OC"),
    dict(p=MT, s="commitment", t="I'll get onto the scheduling team and someone should ring you about it", m="",
         n="no time, nothing concrete"),
    dict(p=MT, s="close", t="that's everything sorted then Bernadette, fee's gone, credit's on, and he's booked "
         "for eight tomorrow. thanks for sticking with me through all that", m="OCG"),
    dict(p=MT, s="heard", t="honestly I'm so sorry, you sat in all morning twice and we never even rang to say he "
         "wasn't coming. thanks for sticking it out with us. can I ask, is a weekday still ok for you or is "
         "that gonna mean more leave", m="AEGIQ", n="asks her preference about the visit; no remedy named yet"),
    dict(p=MT, s="commitment", t="right thats the credit on, you'll see a months credit on your next bill, and um "
         "the technition's booked first slot thursday so eight am. I'll call you wednesday dinner time just to "
         "double check", m="OC", n="'technition' mis-hearing; 'wednesday dinner time' is a time"),
    # --- lost-express ---
    dict(p=LE, s="vent", t="okay. right. and then what?", m="Q",
         n="invites more venting; not a details request"),
    dict(p=LE, s="vent", t="reference?", m="Q", v=["premature_details"]),
    dict(p=LE, s="vent", t="sorry to hear that. whats your postcode please", m="EQ", v=["premature_details"],
         n="sincere 'sorry to hear that', then a premature details request"),
    dict(p=LE, s="heard", t="so you paid for the overnight service, the compressor and control board never showed, "
         "and tracking's been stuck on the collection scan ever since. and now your restaurant client's on your back",
         m="A"),
    dict(p=LE, s="heard", t="your client's got a kitchen with no fridge and they're blaming you for it. that's a "
         "horrible place to be, I'm really sorry", m="AE"),
    dict(p=LE, s="heard", t="it'll be the depot, they've been a nightmare all week honestly", m="", v=["blame"]),
    dict(p=LE, s="heard", t="did the driver give you a collection receipt when he picked it up?", m="Q",
         n="detail question after venting; not insinuating an error"),
    dict(p=LE, s="heard", t="so, regarding this claim of yours about the missing collection scan", m="",
         v=["accusation"]),
    dict(p=LE, s="heard", t="that's frustrating, I'm sorry, but you'd have to wait the full forty eight hours "
         "before we can open anything, that's the process", m="", v=["policy"],
         n="'but' leads into a policy wall: the apology is cancelled"),
    dict(p=LE, s="heard", t="I mean you could of sent it standard and it'd probably have got there at the same "
         "time", m="", v=["correcting"], n="'could of' mis-hearing; second-guessing his choice"),
    dict(p=LE, s="heard", t="cheers for hanging on, mate, I know you're meant to be out on a job", m="G"),
    dict(p=LE, s="heard", t="you paid over the odds for next day and it hasnt even had a scan. I'd be fuming too",
         m="AE"),
    dict(p=LE, s="heard", t="I'm sorry you see it that way. I'll get onto the depot", m="", v=["non_apology"],
         n="'sorry you see it that way' is a non-apology; chasing with no time is no commitment"),
    dict(p=LE, s="heard", t="no, no, you're right, overnight means overnight. there's no excuse for it", m="A"),
    dict(p=LE, s="heard", t="that's the courier's cock-up, not ours. but I'm really sorry, and I'll refund your "
         "express fee right now", m="EOC", v=["blame"],
         n="violation first; the apology and the refund after it stand (rule 2)"),
    dict(p=LE, s="options", t="What I can do is send the express fee back to you, get a trace opened on the "
         "original, and have a same day courier run new parts over to the restaurant, all on us. would that help "
         "with your client?", m="OIQ"),
    dict(p=LE, s="options", t="I can't cover the work you might lose, I'll be upfront, but I can get replacement "
         "parts to the restaurant today on a courier at our expense. want me to book that?", m="OIQ",
         n="honest obstacle; 'today' inside an offer awaiting his answer"),
    dict(p=LE, s="options", t="look I'll pay for whatever your client's losing and I'll make sure the parts are "
         "there before lunch tomorrow, guaranteed", m="OC", v=["over_promise"],
         n="lost business and a guaranteed courier time are both beyond what may be offered"),
    dict(p=LE, s="commitment", t="the courier's booked, collection from our warehouse at half one, and I'll text "
         "you the drivers tracking link the minute it's on the van", m="OC"),
    dict(p=LE, s="commitment", t="the express fee's coming back to you straight away, you should see it in "
         "three to five working days", m="OC"),
    dict(p=LE, s="close", t="right so the refund's gone through and the courier dropped the parts off at twenty "
         "past three. I'll ring you monday when the trace comes back. cheers Marcus, appreciate you bearing with "
         "us", m="OCG"),
    dict(p=LE, s="heard", t="thanks for giving me all that, Marcus. so on top of the lost parcel, the restaurant's "
         "now doubting you. what time do they need the parts by?", m="AGQ"),
    dict(p=LE, s="options", t="I know this has made you look bad in front of the restaurant, and the fault's ours, "
         "not yours. lost business isn't something I can cover, but the express fee can come back to you, a trace "
         "can go on today, and I'll get a courier taking new parts to your client at our cost. shall I start with "
         "the courier?",
         m="AOIQ", n="owning the failure acknowledges (rule 14); honest limit, then an offer awaiting his answer"),
    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="'understood' as a filler (rule 1)"),
    dict(p=EE, s="vent", t="can I take the client reference before we get into it", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="heard", t="three outages in one quarter, each one over the SLA, and your warehouses sitting idle "
         "while you waited on us. I get why it ended up on our CEO's desk", m="A"),
    dict(p=EE, s="heard", t="I'd be livid in your seat, Ms Ashcombe. You've had to defend this platform to your "
         "own people three times now.", m="AE"),
    dict(p=EE, s="heard", t="With the greatest respect, the third incident was on your side of the firewall.", m="",
         v=["blame"], n="fault put on the customer's own systems"),
    dict(p=EE, s="heard", t="you're welcome to speak to your lawyer, I'd just point out the contract runs to "
         "twenty twenty six", m="", v=["threat_back"], n="answers the legal threat with the contract term"),
    dict(p=EE, s="heard", t="thank you for putting all of this in writing to us, it's made it far easier to see "
         "the whole picture", m="G"),
    dict(p=EE, s="heard", t="Ms Ashcombe, I'd ask you to keep your tone professional, please.", m="",
         v=["calm_down"]),
    dict(p=EE, s="heard", t="is it the downtime itself that's hurting most, or that nobody warned you it was "
         "coming?", m="Q", n="choice question about her, not options"),
    dict(p=EE, s="heard", t="um so. yeah, we've had some issues with the data centre. it is what it is "
         "unfortunately", m="", v=["dismissal"]),
    dict(p=EE, s="heard", t="I understand, and you're right that three breaches in a quarter is unacceptable. "
         "what would your board need to hear from us by friday?", m="AIQ"),
    dict(p=EE, s="heard", t="I'd like to make it clear for the record that we never hid the outages", m="",
         v=["accusation"]),
    dict(p=EE, s="heard", t="I'm sorry, I really am. the credit terms are quite clear though, it's worked out "
         "monthly", m="", v=["correcting"], n="contrastive 'though' leads into correcting: apology cancelled"),
    dict(p=EE, s="options", t="there are three things I'd like to offer you. this quarter's service credit, "
         "covering every breach, a named account manager from monday, and a written report on the root cause, "
         "which I'd date for the twenty eighth. does that give you something to take to your board", m="OIQ",
         n="dates inside an offer: not yet a commitment"),
    dict(p=EE, s="options", t="we'll let you out of the contract with no penalty, that's not a problem", m="O",
         v=["over_promise"]),
    dict(p=EE, s="options", t="honestly? I can't release you from the contract, that's not mine to give. the service "
         "credit and a named account manager I can do today though. would you want both?", m="OIQ",
         n="honest obstacle, not a policy wall; 'though' here turns toward help"),
    dict(p=EE, s="options", t="I can promise you there'll be no more downtime, I'll put that in writing for you", m="",
         v=["over_promise"], n="bare guarantee, no remedy (rule 5)"),
    dict(p=EE, s="commitment", t="you'll have the root cause write-up on your desk by friday the twenty first, and Tom "
         "Okafor, your account manager, is ringing you tomorrow at ten", m="OC"),
    dict(p=EE, s="commitment", t="I'll escalate it. someone senior will be in touch", m="",
         n="escalation with no time: neither options nor commitment"),
    dict(p=EE, s="close", t="I appreciate you letting us try to fix this before you walk. you'll have a summary "
         "of everything we agreed in your inbox by five today", m="CG"),
    dict(p=EE, s="heard", t="that's three times you've had to explain to your own leadership why the warehouses "
         "stopped, and I'm genuinely sorry. where would you like me to start?", m="AEIQ"),
    dict(p=EE, s="commitment", t="Thank you for your patience with us, Ms Ashcombe; I know it's been tested. The "
         "service credit has been applied to this quarter's invoice as of this afternoon, Priya Shah is your "
         "account manager from tomorrow, and the root cause report reaches you no later than the thirtieth.", m="OCG"),
    # --- vip-client ---
    dict(p=VC, s="vent", t="yes sir. I'm listening.", m="", n="back-channel"),
    dict(p=VC, s="vent", t="before we go on sir could you confirm your sort code", m="Q", v=["premature_details"]),
    dict(p=VC, s="heard", t="so the funds for the completion went two days late, the purchase very nearly "
         "fell through, and you only found out from the seller's solicitor rather than from us. that's not the "
         "service you pay for", m="A"),
    dict(p=VC, s="heard", t="To hear it from their solicitor before your own bank... I'd be mortified, Mr "
         "Fairclough. I'm very sorry.", m="AE"),
    dict(p=VC, s="heard", t="it was held at the correspondent bank, sir, that's outside our control", m="",
         v=["blame"]),
    dict(p=VC, s="heard", t="all large transfers go through compliance, sir, I'm afraid there's no way around "
         "that", m="", v=["policy"]),
    dict(p=VC, s="heard", t="transfers of that size do sometimes take a little longer, it's quite normal", m="",
         v=["dismissal"], n="minimises the delay rather than doubting it"),
    dict(p=VC, s="heard", t="did the sellers agree to wait, or did it cost you anything to keep the purchase "
         "alive?", m="Q"),
    dict(p=VC, s="heard", t="if you'd prefer to take your portfolio elsewhere that's entirely your decision, sir",
         m="", v=["threat_back"], n="answers the threat to move in kind"),
    dict(p=VC, s="heard", t="sir, I'm doing my best here, there's no need for that language", m="",
         v=["calm_down"]),
    dict(p=VC, s="heard", t="I'm sorry you feel the bank hasn't lived up to it", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="thank you for staying with us, sir. after twenty years I'd understand if you hadn't",
         m="EG", n="validates his wish to leave, as 'you'd have every right' does"),
    dict(p=VC, s="heard", t="you're claiming you weren't told about the delay", m="", v=["accusation"]),
    dict(p=VC, s="heard", t="hmm, I've not seen any delays on SWIFT this week. are you certain the instruction "
         "went in on time?", m="", v=["doubt"], n="rhetorical, doubting question"),
    dict(p=VC, s="heard", t="um I'm, I'm so sorry sir. that's- that's an awful spot to be put in",
         m="E", n="false starts"),
    dict(p=VC, s="heard", t="you're quite right, sir. it should never have fallen to the solicitor to tell you. "
         "I'm sorry", m="AE"),
    dict(p=VC, s="options", t="my suggestion would be reversing the transfer fee and putting you in direct "
         "contact with a senior relationship banker. would you also like expedited same day transfers set on "
         "your accounts?", m="OIQ"),
    dict(p=VC, s="options", t="I'll reverse the fees on both transfers and I'll personally see to it you're "
         "compensated for anything you lost on the purchase", m="O", v=["over_promise"]),
    dict(p=VC, s="options", t="I'm afraid the fee's non refundable, but I could put a note on the file", m="",
         v=["policy"], n="a note on the file is not a remedy"),
    dict(p=VC, s="options", t="what I can arrange today is a reversal of both fees, and a direct line to Catherine "
         "Wells in our senior team", m="O", n="'I can arrange today' is an offer, not a commitment (rule 3)"),
    dict(p=VC, s="commitment", t="The fee reversal's been keyed in and will show by tomorrow morning. Catherine Wells, "
         "your senior banker, will call you at ten to give you her direct number.", m="OC"),
    dict(p=VC, s="commitment", t="I've set up expedited same-day processing on both your accounts, live from nine "
         "tomorrow morning, and I'll call you at twelve to confirm it's working", m="OC"),
    dict(p=VC, s="close", t="is there anything else at all I can do for you today sir?", m="Q",
         n="ending check: question, not asks_input (rule 6)"),
    dict(p=VC, s="heard", t="I completely understand, sir. the money was ready, the completion date was fixed, "
         "and we left you to hear about it from someone else's solicitor. I'm sorry, and thank you for letting me "
         "try to put it right", m="AEG"),
    # --- failed-twice ---
    dict(p=FT, s="vent", t="right. yeah.", m=""),
    dict(p=FT, s="vent", t="oh Kelly that's- god. I'm sorry. carry on", m="E"),
    dict(p=FT, s="vent", t="have you got the serial number off the back of the machine", m="Q",
         v=["premature_details"]),
    dict(p=FT, s="heard", t="so it's been fixed twice and it's gone again, and on monday you were told a "
         "supervisor would ring within a day and nobody did. I'm really sorry, that's us letting you down",
         m="AE"),
    dict(p=FT, s="heard", t="seven months old and you're doing the washing at the laundrette. I'd be climbing the "
         "walls", m="AE"),
    dict(p=FT, s="heard", t="have you been overloading it? cause that's nine times out of ten what it is", m="",
         v=["doubt", "correcting"], n="rhetorical question implying her error"),
    dict(p=FT, s="heard", t="oh that's hard. how are you managing with the kids stuff in the meantime?", m="EQ"),
    dict(p=FT, s="heard", t="the supervisor should of rung you, that's on him not me", m="", v=["blame"],
         n="'should of' mis-hearing; blames a colleague"),
    dict(p=FT, s="heard", t="sorry but there's no upgrades, it's like for like under the warranty, end of", m="",
         v=["policy"], n="'sorry but' into a wall"),
    dict(p=FT, s="heard", t="thank you for ringing back again, honestly, lots of people would of just given up on "
         "us", m="G"),
    dict(p=FT, s="heard", t="you were promised a call and nobody rang, that's the part that'd drive me up the wall",
         m="AE"),
    dict(p=FT, s="heard", t="sorry, is it leaking or is it just not spinning?", m="Q",
         n="'sorry' as a politeness marker"),
    dict(p=FT, s="heard", t="oh for goodness sake. (mutters) every single call today", m="", v=["insult"],
         n="muttered aside (rule 12)"),
    dict(p=FT, s="heard", t="ok ok I get it, you want a new machine. can I just get the order number", m="Q",
         n="'I get it' straight into a details request: not acknowledge (rule 13); like 'yeah yeah I hear "
           "you, anyway...', no violation after venting"),
    dict(p=FT, s="heard", t="I'm so sorry. I can't imagine doing a family's washing by hand for a month", m="AE",
         n="'can't imagine' is sympathy (rule 8)"),
    dict(p=FT, s="heard", t="well it says here the engineer signed it off as working both times", m="",
         v=["doubt"]),
    dict(p=FT, s="heard", t="I'll make sure a supervisor rings you, I promise", m="",
         n="promise with no time and no remedy"),
    dict(p=FT, s="options", t="I can't do you a better model, that's just not something I'm allowed to sign off, "
         "but I can swap it for a new machine, identical model, and stretch the warranty by two years, or send a "
         "senior engineer round this week with a loan machine til it's fixed. which would you rather?", m="OIQ",
         n="honest limit, not policy; 'this week' inside a choice"),
    dict(p=FT, s="options", t="tell you what, I'll upgrade you to the new model, no charge, and give you back "
         "the money for the repairs", m="O", v=["over_promise"]),
    dict(p=FT, s="options", t="would you like to try the senior engineer first, or just go straight for the "
         "replacement? either's fine by me", m="OIQ"),
    dict(p=FT, s="commitment", t="The senior engineer's down for Wednesday, first call of the day, and I'm ringing "
         "you Tuesday before six to make sure you're still okay for it.", m="OC"),
    dict(p=FT, s="close", t="The new one's arriving Thursday, same model, two years extra warranty. I'll ring you "
         "Friday to make sure it's behaving. Thanks for bearing with us, Kelly.", m="OCG"),
    dict(p=FT, s="options", t="I'm so sorry Kelly, you've had a month of this. I'd like to get a new machine out "
         "to you, same model, with the warranty extended two years, and if you'd rather we had one more go with a "
         "senior engineer and a loan machine in the meantime, I can do that instead. what feels better to you?",
         m="AEOIQ"),
    # --- billing-error ---
    dict(p=BE, s="vent", t="mm-hm. yes.", m=""),
    dict(p=BE, s="heard", t="right so you'd cancelled, then two payments went out anyway, and that pushed your "
         "account into the overdraft. and then the chat team told you it was sorted and it wasn't", m="A"),
    dict(p=BE, s="heard", t="on a pension as well. I'm so sorry Margaret, that's a real worry", m="E"),
    dict(p=BE, s="heard", t="the bank charged the overdraft fee, not us, you'd need to take that up with them",
         m="", v=["blame", "dismissal"]),
    dict(p=BE, s="heard", t="cancellations take up to one billing cycle to go through, it does say that when you "
         "cancel", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="I'm sorry if there was any confusion on the chat", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="thank you for your patience, I know you've had to explain this twice now",
         m="AG", n="names what she has been through, like 'I know you've been on hold ages'"),
    dict(p=BE, s="heard", t="Did the overdraft mean anything else bounced, like a direct debit?", m="Q"),
    dict(p=BE, s="heard", t="I'm so sorry you were told it was fixed and then had to ring us all over again", m="AE",
         n="'sorry you' + what happened to her (rule 14)"),
    dict(p=BE, s="heard", t="your bank should never of charged you for that really", m="", v=["blame"],
         n="'should never of' mis-hearing; blames the bank"),
    dict(p=BE, s="heard", t="there's no need to get upset, Mrs Ellison, it's only a billing error", m="",
         v=["calm_down", "insult"], n="labelled like 'you need to relax, it's only money'"),
    dict(p=BE, s="heard", t="none of this was down to you, it's our mistake. I'll get it sorted for you", m="A",
         n="promise with no time or remedy"),
    dict(p=BE, s="heard", t="I can see the cancellation went in on the second, so you're right, none of this "
         "should have come out of your account", m="A"),
    dict(p=BE, s="heard", t="I understand, and I'm sorry. the refund has to be requested in writing though, that's "
         "how billing do it", m="", v=["policy"],
         n="contrastive 'though' leads into a wall: both marks cancelled"),
    dict(p=BE, s="options", t="I'll refund both of those charges, and if you can tell me what the bank charged you "
         "I'll reimburse that as well. is that all right?", m="OIQ", n="no time given: not a commitment"),
    dict(p=BE, s="options", t="how about I refund both charges, cover the overdraft fee, and give you three months "
         "free on top to say sorry", m="OIQ", v=["over_promise"]),
    dict(p=BE, s="options", t="Would you like the money back to your card, or as a cheque in the post?", m="OIQ"),
    dict(p=BE, s="commitment", t="both refunds are going through now, and I'll post you a letter confirming the "
         "cancellation tomorrow, first class", m="OC"),
    dict(p=BE, s="close", t="so both charges are refunded, the overdraft fee's being paid back to you, and the "
         "letter's in the post tomorrow. thank you Margaret, and sorry again", m="EOCG"),
    dict(p=BE, s="commitment", t="I'm so sorry, Margaret. I've put both refunds through while we've been talking, "
         "and the overdraft fee's going back to you with them. you'll have an email confirming the lot within ten "
         "minutes, and the cancellation letter goes out tomorrow. thank you for bearing with me", m="EOCG"),
    # --- generic ---
    dict(p=None, s="vent", t="hang on, hang on. what's your account number", m="Q", v=["premature_details"],
         n="cuts in for details while venting"),
    dict(p=None, s="vent", t="calm down please, I can't follow you", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="look, shouting at me won't get it fixed any faster", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="right, so you ordered it for the party on saturday, it didn't come, and you've sat "
         "on hold an hour just to get an answer. that's rubbish, I'm sorry", m="AE"),
    dict(p=None, s="heard", t="that's not what the system's telling me", m="", v=["doubt"]),
    dict(p=None, s=None, t="not my problem, sorry", m="", v=["dismissal"]),
    dict(p=None, s=None, t="we've never had a complaint like this before", m="", v=["doubt"]),
    dict(p=None, s="heard", t="you should of read the delivery terms before you ordered", m="", v=["correcting"]),
    dict(p=None, s="heard", t="for the record, nobody on my team was rude to you", m="",
         v=["accusation", "doubt"], n="court-room framing that also denies her account"),
    dict(p=None, s="heard", t="oh here we go", m="", v=["insult"], n="weary aside (rule 12)"),
    dict(p=None, s="heard", t="go on then, write your review", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="we apologise for any inconvenience caused", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="I'm sorry you feel let down by us", m="", v=["non_apology"],
         n="'sorry you feel' (rule 7)"),
    dict(p=None, s="heard", t="I'm sorry you were left without it for the whole weekend", m="AE",
         n="'sorry you' + the actual event (rules 7 and 14)"),
    dict(p=None, s="heard", t="I'm sorry. that's three weeks of chasing us and you've done nothing wrong", m="AE"),
    dict(p=None, s="heard", t="thank you for not hanging up on me, honestly", m="G"),
    dict(p=None, s="heard", t="what would a fair outcome look like to you?", m="IQ"),
    dict(p=None, s="heard", t="I can see why you'd be fed up. I would be too.", m="AE", n="rule 1"),
    dict(p=None, s="heard", t="you're allowed to be angry with me, that's fine. I'm not going anywhere", m="E",
         n="mentions anger only to validate it; not calm_down"),
    dict(p=None, s="heard", t="I understand. and just so you know, I'm on your side here. I'll be the one who "
         "sees this through", m="A", n="'on your side' earns no mark of its own"),
    dict(p=None, s="heard", t="gosh. yeah. my whole weekend would've been wrecked", m="E"),
    dict(p=None, s="heard", t="I hear you, I honestly do, and I'm sorry we've let it get this far. thanks for "
         "walking me through all of it", m="AEG"),
    dict(p=None, s="options", t="I can either refund you today or send another one out tomorrow, what would you "
         "prefer", m="OIQ", n="times inside a choice: not a commitment"),
    dict(p=None, s="options", t="you could try ringing the manufacturer, they might do something for you", m="",
         v=["dismissal"], n="ducks the problem; no remedy from us"),
    dict(p=None, s="options", t="I'll give you the lot back and double it for your trouble", m="O",
         v=["over_promise"]),
    dict(p=None, s="options", t="I'd be happy to help. there are a few things we could look at", m="",
         n="no concrete remedy named"),
    dict(p=None, s=None, t="whatever you think is fair, tell me and I'll see what I can do", m="I",
         n="imperative invitation: asks_input without a question"),
    dict(p=None, s="commitment", t="I'll be honest, I haven't got an answer for you yet, but I'll phone you back by "
         "four o'clock today either way", m="C", n="honest obstacle, then a callback with a time"),
    dict(p=None, s="commitment", t="I'm putting the refund through this minute, and you'll get an email receipt "
         "before we hang up.", m="OC"),
    dict(p=None, s="commitment", t="I've flagged it to my team leader, she'll call you before the end of today",
         m="C", n="escalation with a time: commitment only (rule 4)"),
    dict(p=None, s="close", t="thanks ever so much for hanging in there, and sorry again it's taken this long",
         m="EG"),
    dict(p=None, s="close", t="anything else I can sort for you while I've got you?", m="Q",
         n="ending check: not asks_input"),
    dict(p=None, s="options", t="so you've been on the phone to us four times, nobody's rung you back once, and "
         "you're still paying for something that doesn't work. I'd be at my wits end. would it help if I stopped "
         "the payments today while we sort the rest out?", m="AEOIQ", n="stopping the payments is a concrete fix; "
         "'today' inside an offer"),
    dict(p=None, s="commitment", t="okay, I'll tell you exactly what happens next. I'm emailing the warehouse now, "
         "I'll have an answer by two, and I'll ring you at two whether it's good news or not. does that sound okay?",
         m="CIQ", n="checks acceptance of the plan (rule 6); no remedy named"),
]

write_batch(ITEMS, "fk", Path(__file__).with_name("replies_extra166.jsonl"))
