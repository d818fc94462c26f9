"""Source of `replies_extra175.jsonl`: batch 175, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. About half the batch
is weighted to one theme: acknowledgement at the options, commitment and close stages, that is
replies that recap or apologise for what went wrong while offering, committing or closing ("given
you've sat in twice now waiting on us, I'd like to…", "thanks for bearing with us after that
callback never came", "I'm really sorry you had to ring us twice… I'm putting the waiver through
now"), set against hard negatives that only name the remedy ("so to recap, service credit, account
manager, report by the ninth"), the topic ("regarding the parcel, here's what I can do"), a bare
apology ("sorry again") or the thanks ("thanks for bearing with us after everything"). Apologies
shaped "sorry it took two calls / it's taken this long" are labelled empathise only, as the
original labels "I'm sorry it's taken this long for anyone to take you seriously" and "sorry about
the last two visits"; "sorry you had to ring twice" is acknowledge too (README rule 14). The other
half is an ordinary cross-section of the whole call, with every violation kind. Every persona, the
generic `None`, and every stage appear; about half are styled like a Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra175.jsonl next to it (ids ft0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ===== theme: acknowledgement while offering, committing, closing =====
    # --- missed-technician ---
    dict(p=MT, s="options", t="so given you've sat in twice now waiting on us and lost a days wages both times, I'd like to "
         "take the installation fee off completely and put a months credit on your account. is that a fair place to start?",
         m="AOIQ", n="recap of the two missed windows leads the offer"),
    dict(p=MT, s="commitment", t="right, two mornings gone and not even a phone call, so I'm not leaving this to chance. "
         "I've booked you the eight o'clock slot tuesday, first job of the day, and I'll text you the technician's name by "
         "six tonight", m="AOC"),
    dict(p=MT, s="close", t="okay so the fee's waived, the credit's on, and it's tuesday at eight. and I'm sorry it took "
         "two missed visits to get here", m="EOC",
         n="'sorry it took…' apologises without restating what happened; labelled like the original's 'sorry about the "
           "last two visits' (empathise only)"),
    dict(p=MT, s="options", t="for the installation I can waive the fee and get you in at eight, first appointment of the "
         "day. which day's easiest?", m="OIQ",
         n="hard negative: names the topic, not what went wrong"),
    dict(p=MT, s="close", t="Thanks for your patience today. I know this is the second time you've booked a day off for "
         "us, so the 8am slot on Monday is locked in and the credit will be on your account by Friday.", m="AOCG"),
    dict(p=MT, s="commitment", t="I'm really sorry you had to ring us twice just to find out what happened. I'm putting the "
         "fee waiver through now while you're on the line", m="AEOC",
         n="'sorry you had to ring twice' names what she went through: acknowledge too (rule 14)"),
    dict(p=MT, s="options", t="um okay so I- I can't refund it all, I'm sorry, but I could take the "
         "installation fee off and put a months credit on, and give you the eight o clock slot so your not waiting about. "
         "does that sound ok", m="OIQ",
         n="'sorry' apologises for the refusal; the purpose clause names no failure; 'your' mis-hearing"),
    dict(p=MT, s="options", t="I get that you've burned two days of leave on this, but a full refund's not something the system "
         "will let me do", m="", v=["policy"], n="'but' into a policy wall cancels the acknowledgement"),
    dict(p=MT, s="commitment", t="you've been stood up twice so I'll book the eight o'clock for wednesday, and I guarantee "
         "he'll be there this time", m="AOC", v=["over_promise"], n="guarantee is over_promise; the recap still stands"),
    dict(p=MT, s="close", t="that's everything done then. thanks for letting us have another crack at it", m="G",
         n="hard negative: thanks only, no remedy named, nothing recapped"),
    dict(p=MT, s="options", t="you lost two days wages because of us, and I can't hand those back directly, but I can put "
         "a months credit on the bill and waive the installation charge, and if saturday's easier we've got an eight "
         "o'clock. what do you think?", m="AOIQ", n="honest obstacle, not a wall"),
    dict(p=MT, s="commitment", t="I know last time you sat there eight till twelve with no word from anyone, so I'll ring "
         "you wednesday at five to confirm thursday's slot. and the credit's gone on already", m="AOC"),
    dict(p=MT, s="options", t="I know you were hoping for the whole lot back, and I get why. the most I can do is the "
         "installation fee waived and a months credit, plus the first slot. would you take that?", m="AOIQ",
         n="acknowledges her demand, as the original's 'I know you said full refund, and I get why'"),
    dict(p=MT, s="close", t="before I let you go, after two no-shows I just want to check. is eight on thursday definitely "
         "ok for you?", m="AOIQ", n="recap in passing; the time sits inside a check, not a declared step"),
    dict(p=MT, s="options", t="would you prefer monday or wednesday for the eight o'clock slot? the fee's waived either way",
         m="OIQ", n="hard negative: remedy only"),
    dict(p=MT, s="close", t="cheers for your patience. all booked", m="OG",
         n="confirms a rebooking (rule 4) but gives no time"),
    # --- lost-express ---
    dict(p=LE, s="options", t="you paid the overnight rate and the restaurant's still without its compressor, so how "
         "about this. I send replacement parts by courier today, we pay for it, plus the express fee back. shall I get that "
         "moving?", m="AOIQ"),
    dict(p=LE, s="commitment", t="given the tracking's been blank since pick-up, I've got a trace open on it with the "
         "depot as of just now and I'll ring you with whatever they tell me by three", m="AOC"),
    dict(p=LE, s="close", t="thanks for sticking with us Marcus. refunds gone through and the courier's due at the "
         "restaurant by four", m="OCG", n="hard negative: thanks and remedy, no recap"),
    dict(p=LE, s="close", t="I know this has made you look bad in front of your client, and that's our fault, not yours. the "
         "parts will be there by half four and I'll ring you once they're signed for", m="AOC",
         n="owns the failure and names the impact"),
    dict(p=LE, s="options", t="regarding the parcel, here's what I can do. express fee refunded, a trace opened, and "
         "the replacements couriered out today. how does that sound?", m="OIQ",
         n="hard negative: 'regarding the parcel' names the topic only"),
    dict(p=LE, s="commitment", t="I'm sorry it took three calls to get this far. the courier's booked, collection at one, and "
         "you'll have the tracking link by text in ten minutes", m="EOC",
         n="'sorry it took three calls': apology, not a restatement (cf. original 'sorry it's taken this long')"),
    dict(p=LE, s="commitment", t="I know your client's furious and the parcel's vanished. I'll put the express fee back today "
         "and we'll pay you for any work you lose on this job as well", m="AOC", v=["over_promise"]),
    dict(p=LE, s="options", t="Honestly, none of this was your doing: you paid the premium and we lost the parcel. Lost "
         "work isn't something I'm able to pay out on, I'll be upfront, but a new compressor and board can go to your client "
         "this afternoon, on us, and the express fee comes back to you. Would that help with them?", m="AOIQ"),
    dict(p=LE, s="close", t="right that's the trace open, refund done. sorry again", m="EO",
         n="hard negative for acknowledge: bare 'sorry again' is an apology only"),
    dict(p=LE, s="options", t="okay. so. refund of the express fee, a trace, a courier for the replacement. up to you",
         m="OI", n="'up to you' invites a choice without a question"),
    dict(p=LE, s="commitment", t="since your chef's been waiting on these parts since yesterday morning, I've booked the "
         "same day courier for the replacements, they're collecting at twelve", m="AOC"),
    dict(p=LE, s="options", t="sorry, I know you've had your client on the other phone all morning. do you want the "
         "replacement going to the restaurant or to you?", m="AEOIQ",
         n="sincere apology with a restatement, like the original's 'I'm sorry, I know this isn't the first time'"),
    # --- escalated-exec ---
    dict(p=EE, s="options", t="This is the third outage this quarter and each one broke the SLA, so I won't give you warm "
         "words. On the table: the service credit for the whole quarter, a named account manager from this week, and a "
         "written root-cause report by the twelfth. Would that be enough to take to your board?", m="AOIQ",
         n="date inside an offer is not a commitment"),
    dict(p=EE, s="commitment", t="your warehouses stopped three times and you ended up emailing our CEO before anyone "
         "responded, which I'm sorry about. you'll have the root-cause report in your inbox by the sixth, and your account "
         "manager rings you tomorrow at ten", m="AEOC"),
    dict(p=EE, s="close", t="I'm grateful you've let us try to fix this after three breaches in one quarter. the "
         "credit's applied and the report's due on the sixteenth", m="AOCG", n="the thanks carries the recap"),
    dict(p=EE, s="close", t="thank you for your time Eleanor. you'll have the root-cause report by the sixteenth and Sam "
         "will be in touch as your account manager", m="OCG", n="hard negative: thanks and remedies only"),
    dict(p=EE, s="options", t="on the SLA side, I can offer the quarterly service credit and a named account manager. would "
         "you like me to start with those?", m="OIQ", n="hard negative: topic only"),
    dict(p=EE, s="options", t="three outages in one quarter, I agree that's indefensible. if you want to walk away I'll "
         "release you from the contract with no penalty", m="AO", v=["over_promise"]),
    dict(p=EE, s="commitment", t="given you've had your pickers stood idle three times now, I'm not going to make you wait "
         "for the full report. I'll send an interim incident summary by five today and the root-cause report by the "
         "ninth", m="AOC"),
    dict(p=EE, s="commitment", t="I understand you went to the CEO because nobody answered you, but honestly you could've "
         "just raised a ticket. the credit will be applied by friday", m="OC", v=["correcting"],
         n="'but' into correcting cancels the acknowledgement; the step after it stands"),
    dict(p=EE, s="commitment", t="I'm sorry it's taken an email to our chief exec to get you a straight answer. I'll call you "
         "thursday at two", m="EC", n="labelled like the original's 'sorry it's taken this long for anyone to…' (EC)"),
    dict(p=EE, s="close", t="so to recap, service credit, account manager, report by the ninth. thanks", m="OCG",
         n="hard negative: recaps the remedies, not what went wrong"),
    dict(p=EE, s="options", t="so, um, look, you've had three outages, you've had to chase us right to the top, I get it. "
         "I can do the quarter's service credit, an account manager with a name you can ring, and the root cause in "
         "writing, um, before your next board meeting. does that give you something?", m="AOIQ"),
    # --- vip-client ---
    dict(p=VC, s="options", t="you heard about the delay from the seller's solicitor before you heard it from us, and "
         "that's frankly embarrassing on our part. my suggestion is we reverse the fees, and you get a named senior "
         "banker whose number you can ring directly. would that be acceptable?", m="AOIQ"),
    dict(p=VC, s="commitment", t="given your completion very nearly fell through, I'm not leaving this in a queue. both "
         "transfer fees were reversed this morning, and from monday every transfer you make goes same day", m="AOC"),
    dict(p=VC, s="close", t="Thank you, Mr Fairclough. And once again, I'm sorry you had to find out from the other side's "
         "solicitor. Helen Price, your relationship banker, will ring you at half nine tomorrow.", m="AEOCG",
         n="rule 14 apology names what happened"),
    dict(p=VC, s="close", t="thank you for your patience, sir. your fees are reversed and your banker will call first "
         "thing tomorrow", m="OCG", n="hard negative: thanks only"),
    dict(p=VC, s="options", t="I'm very sorry about the transfer, sir. I can reverse the fees today and arrange expedited "
         "processing on your accounts going forward. shall I do that?", m="EOIQ",
         n="hard negative for acknowledge: the apology names only the topic"),
    dict(p=VC, s="close", t="apologies for any inconvenience the delayed transfer caused, sir. the fees have now been "
         "reversed", m="O", v=["non_apology"], n="names the event inside a non-apology: no acknowledgement"),
    dict(p=VC, s="options", t="ok so um two days late on a completion, I- I'd be beside myself honestly. I can "
         "reverse the fees and put same day processing on all your transfers from now on, would you like me to", m="AEOIQ"),
    dict(p=VC, s="commitment", t="I've asked payments to look at it as a priority, and someone will get back to you", m="",
         n="no time, no remedy"),
    dict(p=VC, s="commitment", t="since you nearly lost the house over this, I've flagged both your accounts for same-day "
         "processing this afternoon", m="AOC"),
    dict(p=VC, s="commitment", t="I understand, the money was two days late and you found out from the solicitor. I'm "
         "calling payments myself now and you'll hear back from me by eleven", m="AC"),
    dict(p=VC, s="close", t="you shouldn't have had to hear it from the seller's side, and I'm sorry for that. your direct "
         "line's active as of this afternoon", m="AEOC"),
    # --- failed-twice ---
    dict(p=FT, s="options", t="with a toddler and a baby and no washer for two weeks, I don't want you waiting on another "
         "repair. I could send a brand new one of the same model with the warranty extended two years, or have the senior "
         "engineer round to you this week. what would you prefer?", m="AOIQ"),
    dict(p=FT, s="commitment", t="you were promised a supervisor would call you monday and nobody did, so I'm not promising "
         "you another callback. I'm putting the senior engineer in for thursday morning right now", m="AOC"),
    dict(p=FT, s="close", t="thanks for bearing with us after that callback never came. the new machine's coming "
         "wednesday and they'll collect the broken one when they drop it off", m="AOCG",
         n="the thanks names the failure (cf. 'thanks for bearing with me, I know you've been on hold ages')"),
    dict(p=FT, s="close", t="thanks for bearing with us after everything. replacement's booked in for wednesday", m="OCG",
         n="hard negative: 'after everything' names nothing, like the original's 'after all this'"),
    dict(p=FT, s="options", t="I'm so sorry. it's been repaired, it's broken down twice since, and the callback never "
         "happened. what I can offer is a same model replacement with the extended warranty. would you like that?",
         m="AEOIQ"),
    dict(p=FT, s="options", t="so for the machine, I can swap it for an identical one with two years extra warranty. "
         "want me to book it?", m="OIQ", n="hard negative: topic only"),
    dict(p=FT, s="commitment", t="I know the callback never came and I'm sorry, but the supervisors are a completely "
         "separate team, I can't answer for them. our senior engineer is booked in for thursday at eight", m="OC",
         v=["dismissal"], n="'but' into dismissal cancels acknowledge and empathise; the booking after it stands"),
    dict(p=FT, s="options", t="seven months old and broken twice, that's rubbish. I'll upgrade you to the newer model at "
         "no cost", m="AO", v=["over_promise"]),
    dict(p=FT, s="commitment", t="I'm sorry it's taken a second phone call to get anywhere. I've booked the replacement "
         "for friday morning", m="EOC", n="'sorry it's taken…': empathise only"),
    dict(p=FT, s="close", t="so thats the engineer booked thursday an I'll ring you after he's been, around two. sorry "
         "again that no one called you back monday, that shouldnt of happened", m="AEOC",
         n="the apology restates the missed callback; 'shouldnt of' mis-hearing"),
    dict(p=FT, s="options", t="I hear you, you just want a machine that works. same model replacement plus an extended "
         "warranty, or the senior engineer on wednesday. your call", m="AOI"),
    dict(p=FT, s="commitment", t="I know an upgrade's what you asked for and I can't do that one, sorry. what I've done is "
         "order the same model, coming friday morning, with the extra two years on the warranty", m="AOC",
         n="'sorry' apologises for the refusal, not empathy"),
    # --- billing-error ---
    dict(p=BE, s="options", t="our chat team told you last week this was sorted and it wasn't, and I'm sorry. I'll put "
         "both charges back, cover the overdraft fee, and send you a letter confirming the subscription's closed. shall I go "
         "ahead?", m="AEOIQ"),
    dict(p=BE, s="commitment", t="given you'd already cancelled and we took it twice anyway, I'm putting both refunds "
         "through right now, and the overdraft fee will be back with you by friday", m="AOC"),
    dict(p=BE, s="close", t="I do appreciate your patience Margaret, especially after being told last week it "
         "was fixed. both refunds are through and the letter's in the post today", m="AOCG",
         n="'after being told it was fixed' names what went wrong"),
    dict(p=BE, s="close", t="thank you ever so much for bearing with me. the two refunds have gone through and the letter goes out today",
         m="OCG", n="hard negative: thanks only"),
    dict(p=BE, s="commitment", t="I'm sorry it took a second call to get this put right. I've refunded the two charges this "
         "afternoon, and you'll get an email confirming it within the hour", m="EOC",
         n="'sorry it took a second call': empathise only"),
    dict(p=BE, s="options", t="yes the chat agent told you it was fixed, but they shouldn't have, that's their mistake not "
         "mine. I'll refund both charges now", m="OC", v=["blame"],
         n="'but' into blame cancels the acknowledgement; the refund after it stands"),
    dict(p=BE, s="close", t="sorry you feel it's taken too long. anyway the refund's done", m="O", v=["non_apology"]),
    dict(p=BE, s="options", t="you're on a pension and that overdraft fee's come out of money you need, and that's down to "
         "us. I'll reimburse it along with both charges. would you like it back to your card or into your bank?",
         m="AOIQ"),
    dict(p=BE, s="commitment", t="and I know your rent bounced because of this too, so I'll put a letter in the post today "
         "that you can show your landlord, saying it was our error", m="AC",
         n="a letter for a third party is not a remedy, as the original's letter for the bank (AC)"),
    dict(p=BE, s="options", t="about the subscription, I can refund both payments and cover the overdraft charge. does that "
         "sound fair?", m="OIQ", n="hard negative: topic only"),
    dict(p=BE, s="options", t="I'm so sorry Margaret, you shouldn't have had to ring back after being told it was done. "
         "I'll refund the two charges and the overdraft fee. is that alright?", m="AEOIQ"),
    # --- generic ---
    dict(p=None, s="options", t="you've been waiting three weeks and chasing it every few days, so let me take it off your "
         "plate. I can refund it today or send a replacement out by courier. which would you prefer?", m="AOIQ",
         n="times inside a choice: not a commitment"),
    dict(p=None, s="commitment", t="I know you were told twice already it'd been sorted. so this time I've done it myself, "
         "the refund's gone through, and you'll get an email by quarter past", m="AOC"),
    dict(p=None, s="close", t="sorry again, and thanks for hanging on. you'll get the confirmation by five", m="ECG",
         n="hard negative: bare apology and thanks"),
    dict(p=None, s="close", t="I'm sorry you had to explain it three times before anyone listened. the replacement's on its "
         "way and I'll check in with you on friday", m="AEOC"),
    dict(p=None, s="options", t="okay, I hear you. two missed deliveries and nobody rang. here's what I can do, your "
         "delivery charge back and a new slot tomorrow morning, or a courier at the weekend. what suits you "
         "better?", m="AOIQ"),
    dict(p=None, s="commitment", t="leave it with me, I'll sort it", m="", n="no time, no remedy"),
    dict(p=None, s="close", t="thanks ever so much for sticking with us after the last two let-downs. it'll all be "
         "confirmed in writing by tomorrow", m="CG",
         n="'the last two let-downs' names no detail (cf. original 'sorry about the last two visits')"),
    dict(p=None, s="commitment", t="you've been passed round four departments today so I'm not transferring you again. I'll "
         "stay on with you and process the refund now", m="AOC"),
    dict(p=None, s="options", t="I know you were promised a call back yesterday that never came, I'm sorry. would it help "
         "if I put the refund through now and email you the confirmation?", m="AEOIQ",
         n="'now' inside an offer: not a commitment"),
    dict(p=None, s="commitment", t="right, that's the refund processed today. I'll follow up tomorrow", m="OC",
         n="hard negative: names the remedy only"),

    # ===== cross-section =====
    # --- missed-technician ---
    dict(p=MT, s="vent", t="sorry, can I just get the account number off you first", m="Q", v=["premature_details"]),
    dict(p=MT, s="heard", t="so the window was eight till twelve, nobody came, nobody rang, and this was the second time. "
         "and you took the day off both times", m="A"),
    dict(p=MT, s="heard", t="that's awful, genuinely. two days annual leave gone for nothing", m="AE"),
    dict(p=MT, s="heard", t="our technicians are usually really good with timings, I've not known that happen", m="",
         v=["doubt"]),
    dict(p=MT, s="heard", t="well it would of been the subcontractor, we don't employ them directly", m="", v=["blame"],
         n="'would of' mis-hearing"),
    dict(p=MT, s="heard", t="did you lose pay for those days? you don't have to say", m="Q"),
    dict(p=MT, s="heard", t="I'd be spitting feathers, honestly", m="E"),
    dict(p=MT, s="heard", t="look I'm not being funny but it's a broadband install, it's not the end of the world", m="",
         v=["dismissal"], n="minimising"),
    dict(p=MT, s="heard", t="[sighs] right. go on.", m="", v=["insult"], n="transcribed sigh (rule 12)"),
    dict(p=MT, s="heard", t="You're completely right to be annoyed. You booked the morning off, twice, and got nothing "
         "for it. What would help most right now?", m="AEIQ"),
    dict(p=MT, s="heard", t="if you're going to swear at me I'll put the phone down", m="", v=["threat_back"]),
    # --- lost-express ---
    dict(p=LE, s="vent", t="okay, I'm here, keep going", m=""),
    dict(p=LE, s="vent", t="whats the tracking number on it", m="Q", v=["premature_details"]),
    dict(p=LE, s="heard", t="so it went on the overnight service, the tracking hasn't moved since pick-up, and your "
         "client's restaurant is waiting on a compressor. have I got that right?", m="AQ"),
    dict(p=LE, s="heard", t="you're the one having to face your client over it when it's our mess. that's rotten", m="AE"),
    dict(p=LE, s="heard", t="the courier's a third party, it's them that's lost it to be fair", m="", v=["blame"]),
    dict(p=LE, s="heard", t="parcels do go astray now and then, it happens", m="", v=["dismissal"]),
    dict(p=LE, s="heard", t="what's your client said? are they giving you any leeway?", m="Q"),
    dict(p=LE, s="heard", t="I'm sorry you've been left chasing us for answers with a kitchen sat waiting", m="AE",
         n="rule 14"),
    dict(p=LE, s="heard", t="thanks for explaining it so clearly, it really helps", m="G"),
    dict(p=LE, s="heard", t="you'll need to submit a claim form online within fourteen days, that's how claims work", m="",
         v=["policy"]),
    dict(p=LE, s="heard", t="I hear you. and look, the express fee's coming back to you regardless, I'll do that today",
         m="AOC"),
    dict(p=LE, s="options", t="where should the replacements go, the restaurant or your workshop?",
         m="OIQ"),
    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="filler while she vents"),
    dict(p=EE, s="vent", t="before we go on, can you confirm the contract reference", m="Q", v=["premature_details"]),
    dict(p=EE, s="heard", t="three outages in a quarter and your sites stood still each time. I'd be climbing the walls "
         "too", m="AE"),
    dict(p=EE, s="heard", t="with respect, the second incident was partly down to your own network config", m="",
         v=["blame"]),
    dict(p=EE, s="heard", t="so you're alleging we breached the SLA three times", m="", v=["accusation"]),
    dict(p=EE, s="heard", t="if you want to involve your lawyers that's your prerogative, we have ours", m="",
         v=["threat_back"]),
    dict(p=EE, s="heard", t="what's the knock-on been for your own customers this week?", m="Q"),
    dict(p=EE, s="heard", t="you went to our CEO because nobody at our end was giving you answers, and that's on us",
         m="A"),
    dict(p=EE, s="heard", t="I'm glad you've given me a shot at sorting this before you decide anything",
         m="G"),
    dict(p=EE, s="heard", t="I'm sorry for any disruption the outages may have caused your operations", m="",
         v=["non_apology"]),
    dict(p=EE, s="heard", t="I'm sorry. three breaches in one quarter isn't acceptable from us. would it help if I set out "
         "what I can offer?", m="AEIQ", n="asks permission; no remedy named yet"),
    # --- vip-client ---
    dict(p=VC, s="vent", t="of course, sir.", m=""),
    dict(p=VC, s="vent", t="sorry sir can I just confirm your date of birth for security", m="Q",
         v=["premature_details"]),
    dict(p=VC, s="heard", t="two days late on a completion, and you had to hear it from the seller's solicitor. that's "
         "not the service you should get from us", m="A"),
    dict(p=VC, s="heard", t="I can only imagine how that felt, watching the deal wobble with the money still not there",
         m="AE", n="sympathy plus a restatement of the near-collapse, as the original's 'I can only imagine watching the clock…' (AE)"),
    dict(p=VC, s="heard", t="transfers of that size always get a compliance check sir, that's standard", m="",
         v=["correcting"]),
    dict(p=VC, s="heard", t="sir, there's no need to take that tone with me", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="where did things land with the sellers in the end?", m="Q"),
    dict(p=VC, s="heard", t="I am sorry, sir. that should never have happened on an account like yours", m="AE"),
    dict(p=VC, s="heard", t="you're welcome to take your business elsewhere, sir", m="", v=["threat_back"]),
    dict(p=VC, s="heard", t="thank you for staying with us while this gets sorted", m="G"),
    dict(p=VC, s="heard", t="I'm really sorry sir, but I can't discuss that over the phone, it'll need to go in writing",
         m="", v=["policy"], n="'but' into a policy wall cancels the apology"),
    dict(p=VC, s="options", t="what would make this right for you, sir?", m="IQ"),
    # --- failed-twice ---
    dict(p=FT, s="vent", t="yeah", m=""),
    dict(p=FT, s="vent", t="ok what's the serial number on the machine", m="Q", v=["premature_details"]),
    dict(p=FT, s="heard", t="so it's seven months old, it's been fixed and broken down twice since, and the supervisor "
         "never rang you back on monday", m="A"),
    dict(p=FT, s="heard", t="no wonder you're at your wits end, two small kids and a mountain of washing", m="AE"),
    dict(p=FT, s="heard", t="are you overloading it at all? that's usually what does it", m="", v=["doubt", "correcting"],
         n="rhetorical question implying customer error"),
    dict(p=FT, s="heard", t="oh here we go", m="", v=["insult"]),
    dict(p=FT, s="heard", t="what have you been doing for washing, the launderette?", m="Q"),
    dict(p=FT, s="heard", t="I'm really sorry, that's a rubbish couple of weeks you've had", m="E"),
    dict(p=FT, s="heard", t="I don't know what you want me to say to be honest", m="", v=["dismissal"]),
    dict(p=FT, s="heard", t="it says on here the engineer marked it as fixed, so it was working when he left", m="",
         v=["doubt"]),
    dict(p=FT, s="heard", t="oh that's awful. what's the machine actually doing now, is it leaking again?", m="EQ"),
    dict(p=FT, s="close", t="is there anything else I can help you with today?", m="Q", n="ending check (rule 6)"),
    # --- billing-error ---
    dict(p=BE, s="vent", t="what's the postcode on your account", m="Q", v=["premature_details"]),
    dict(p=BE, s="heard", t="so you'd cancelled, two payments still came out after that, and it's tipped your account overdrawn. "
         "and then last week you were told it was fixed", m="A"),
    dict(p=BE, s="heard", t="that's a horrible thing to find on your statement, and on a pension as well", m="AE",
         n="names the charges on her statement and her situation, like 'getting hit by bank charges for something…' (AE)"),
    dict(p=BE, s="heard", t="the cancellation only takes effect at the end of the month, that's in the small print", m="",
         v=["correcting"]),
    dict(p=BE, s="heard", t="the overdraft fee's between you and your bank really", m="", v=["dismissal"]),
    dict(p=BE, s="heard", t="did it cause any other problems, with bills going out or anything like that?", m="Q"),
    dict(p=BE, s="heard", t="I'm ever so sorry. you did exactly what you were supposed to", m="AE"),
    dict(p=BE, s="heard", t="sorry if there was a mix-up with the billing", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="madam, please, shouting won't get this sorted any faster", m="", v=["calm_down"]),
    dict(p=BE, s="heard", t="according to you, the chat agent said it was all fixed", m="", v=["accusation"]),
    dict(p=BE, s="heard", t="I'm so sorry, Margaret. let me look at what happened with the chat and I'll ring you back "
         "before four", m="EC"),
    dict(p=BE, s="commitment", t="I'll call you tomorrow at ten once the refund's cleared", m="C"),
    # --- generic ---
    dict(p=None, s="vent", t="mm-hm", m=""),
    dict(p=None, s="vent", t="right, stop there, I need the order number", m="Q", v=["premature_details"],
         n="interrupts to ask for details"),
    dict(p=None, s="heard", t="I'd be fuming too, genuinely", m="E"),
    dict(p=None, s="heard", t="I understand. that's not good enough and I'm sorry", m="AE"),
    dict(p=None, s="heard", t="that's not what happened though, is it", m="", v=["doubt"]),
    dict(p=None, s="heard", t="I can't do anything about that I'm afraid, it's not my team", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="there's a process for this and it takes ten working days", m="", v=["policy"]),
    dict(p=None, s="heard", t="what would you like to see happen?", m="IQ"),
    dict(p=None, s=None, t="honestly mate just calm down a bit", m="", v=["calm_down"]),
    dict(p=None, s=None, t="I'm sorry that you're unhappy", m="", v=["non_apology"]),
    dict(p=None, s=None, t="that's not how it works, sorry", m="", v=["policy"]),
    dict(p=None, s="heard", t="you're entitled to your opinion", m="", v=["insult"]),
    dict(p=None, s="heard", t="thank you for telling me, I know that can't have been easy to go through again", m="EG"),
    dict(p=None, s="heard", t="so just so I've understood, the first one came broken, the second never arrived, and no "
         "one's emailed you back?", m="AQ", n="check-back question"),
    dict(p=None, s="heard", t="I'm on your side here, let me take this on", m="", n="on-their-side phrase: no mark"),
    dict(p=None, s="heard", t="I get it. honestly, in your shoes I'd want it fixed today", m="AE"),
]

write_batch(ITEMS, "ft", Path(__file__).with_name("replies_extra175.jsonl"))
