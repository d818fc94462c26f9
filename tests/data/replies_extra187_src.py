"""Source of `replies_extra187.jsonl`: batch 187, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is a plain
cross-section: the same mix of personas, stages, lengths and qualities as the original tune part,
as if more of that set. Good replies that say the trouble back, apologise, offer within the limits
and pin a time ("right that's booked, tuesday the ninth at eight am ... I'll text you the
technition's name by six tonight"); mediocre ones that carry a single mark; and bad ones with every
kind of fault, often beside a mark ("[sighs] okay, I'm sorry. I'll take the call-out fee off",
"the supervisor dropped the ball there, I'm sorry Kelly"). Hard negatives sit beside them: honest
limits that are not policy walls ("that's not in my gift"), "sorry" used for a refusal or as
politeness, "I hear you, I hear you" said straight into a question, an explanatory letter that is
not a remedy, offers with "today" that are not yet commitments, and back-channels while venting.
About half are styled like a Whisper transcript (lowercase, fillers, false starts, mis-hearings
such as "your" for "you're", "I'd of", "technition").

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra187.jsonl next to it (ids gf0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician (Bernadette: two missed 8-12 windows, no call, two days off work) ---
    dict(p=MT, s="vent", t="mm, okay.", m="", n="bare filler while she vents"),
    dict(p=MT, s="vent", t="sorry to jump in, can I take the account number, and is it Bernadette I'm speaking to",
         m="Q", v=["premature_details"], n="interrupts the venting for details; 'sorry' is politeness"),
    dict(p=MT, s="heard", t="so you sat in from eight till twelve, twice, and not one phone call from us either "
         "time. I'm so sorry Bernadette", m="AE"),
    dict(p=MT, s="heard", t="and your paid by the hour so them two mornings is actual wages you've lost, not just "
         "time", m="A", n="'your' mis-hearing; restates the hidden impact, no feeling named"),
    dict(p=MT, s="heard", t="two mornings two no shows no call. honestly I'd of hit the roof", m="AE",
         n="'I'd of' mis-hearing; restatement plus validation"),
    dict(p=MT, s="heard", t="can I ask, has it caused you any bother at work, having to take the time off?", m="Q"),
    dict(p=MT, s="heard", t="it's showing on my screen he attended at ten twenty and got no answer at the door",
         m="", v=["doubt"], n="a record that contradicts her, like 'it says here everything went through fine'; "
         "no error of hers is alleged, so not rule 10"),
    dict(p=MT, s="heard", t="I'm sorry you've had to burn two days off work waiting on us", m="AE",
         n="rule 14: sorry you've had to + what she went through"),
    dict(p=MT, s="heard", t="I'm really sorry about both mornings. but the window we give is only ever an estimate, "
         "it was never guaranteed", m="", v=["correcting"], n="'but' into correcting cancels the apology"),
    dict(p=MT, s="heard", t="I hear you, I hear you. so what's the postcode for the install?", m="Q",
         n="rule 13: 'I hear you' straight into a details request is not acknowledge; after venting, not premature"),
    dict(p=MT, s="heard", t="installation charges are non refundable once the booking's made, company rules I'm afraid",
         m="", v=["policy"]),
    dict(p=MT, s="heard", t="[sighs] okay, I'm sorry. I'll take the call-out fee off", m="EO", v=["insult"],
         n="transcribed sigh is insult (rule 12); the apology and offer after it stand (rule 2); no time"),
    dict(p=MT, s="heard", t="you said your supervisor's already had a word with you about it? oh Bernadette I'm "
         "sorry, that's us putting your job at risk", m="AEQ", n="check-back question; owns the impact"),
    dict(p=MT, s="heard", t="sorry if the engineer let you down", m="", v=["non_apology"]),
    dict(p=MT, s="options", t="here's what I'm able to do. I'll knock off the installation fee, stick a month's credit "
         "on, and lock in the eight a.m. slot so you're his first job. is that a fair start, do you think?",
         m="OIQ"),
    dict(p=MT, s="options", t="look I'll just refund everything you've paid and chuck a free year of broadband on "
         "top, how's that", m="OIQ", v=["over_promise"]),
    dict(p=MT, s="options", t="I can't refund all of it and I can't pay back the wages, straight up, but I can "
         "wipe the install fee and there's a month's credit I can put on", m="O",
         n="honest limit (rule 11), not a policy wall; no question asked"),
    dict(p=MT, s="options", t="we could do saturday at eight, or a weekday first slot, whichever's easier round "
         "your shifts?", m="OIQ", n="times inside a choice: not a commitment (rule 3)"),
    dict(p=MT, s="options", t="okay so Bernadette, I know you asked for everything back after two wasted mornings, "
         "and honestly in your shoes I'd be asking for the same. that much I'm not allowed to give, but "
         "the installation fee can go, there's a month's credit, and the eight o'clock slot, first job, so "
         "you're not sat in all morning again. how would that be?", m="AEOIQ"),
    dict(p=MT, s="options", t="the year free's beyond me, I'm sorry, but the fee waiver and a month's credit I "
         "can do, plus first slot. or if there's something else you had in mind tell me and I'll see", m="OI",
         n="'sorry' for a refusal is not empathy; imperative invitation is asks_input without a question"),
    dict(p=MT, s="commitment", t="right that's booked, tuesday the ninth at eight am, first job of the day, and "
         "I'll text you the technition's name by six tonight", m="OC",
         n="'technition' mis-hearing; confirmed booking is a remedy"),
    dict(p=MT, s="close", t="lovely. so that's eight o'clock tuesday, fee's off and the credit's on. thanks for "
         "giving us one more go, Bernadette", m="OCG"),

    # --- lost-express (Marcus: overnight parcel of parts for his restaurant client, tracking blank) ---
    dict(p=LE, s="vent", t="right. right, okay", m=""),
    dict(p=LE, s="vent", t="what's the consignment number", m="Q", v=["premature_details"],
         n="details request while he vents; no question mark"),
    dict(p=LE, s="vent", t="oh god. sorry. no, carry on, I'm listening", m="E",
         n="sincere sympathy while letting him vent, as 'mm, that's... god that's awful. sorry, go on'"),
    dict(p=LE, s="heard", t="so you forked out for overnight, the tracking's said nothing since the pickup, and now "
         "your restaurant client's on at you. I'd be tearing my hair out", m="AE"),
    dict(p=LE, s="heard", t="parcels do go missing from time to time unfortunately, it's one of those things with "
         "couriers", m="", v=["dismissal"], n="minimising"),
    dict(p=LE, s="heard", t="well that's the depot that's lost it, not us, you want to be having a go at them",
         m="", v=["blame"]),
    dict(p=LE, s="heard", t="is it just you running the firm? only if you're the one driving out to the restaurant "
         "I want to make this as easy as I can", m="Q"),
    dict(p=LE, s="heard", t="they're a third of your work? blimey. okay, then we really can't let this one drift",
         m="AQ", n="check-back question on a hidden fact"),
    dict(p=LE, s="heard", t="with respect sir, you ticked standard liability when you booked it, so the goods were "
         "only ever covered up to a point", m="", v=["correcting"]),
    dict(p=LE, s="heard", t="thanks for getting straight on to us Marcus, the sooner the trace goes in the better "
         "our chances", m="G"),
    dict(p=LE, s="heard", t="I'm sorry for any inconvenience caused to you and your client", m="",
         v=["non_apology"]),
    dict(p=LE, s="heard", t="listen mate, bawling at me won't make the parcel turn up, will it", m="",
         v=["calm_down"], n="tells him to stop shouting; the tag 'will it' is not a question"),
    dict(p=LE, s="heard", t="you're right. overnight's what you were charged for and it's nowhere, not one scan "
         "since. that's not good enough", m="A"),
    dict(p=LE, s="heard", t="how's the restaurant managing without the compressor, are they having to close?",
         m="Q"),
    dict(p=LE, s="heard", t="I'm so sorry. your nephew's been out there taking the flak for a parcel we lost",
         m="AE"),
    dict(p=LE, s="heard", t="I get why you're angry and I'm sorry. you'll have to do the claim form online, that's "
         "the only way it can be processed", m="AE", v=["policy"],
         n="no 'but': acknowledgement and apology stand beside the wall (rule 2)"),
    dict(p=LE, s="heard", t="cheers for that, really helpful", m="", v=["insult"],
         n="sarcastic thanks after he swears at the agent"),
    dict(p=LE, s="heard", t="swear at me again and this trace goes to the bottom of the pile", m="",
         v=["threat_back"]),
    dict(p=LE, s="options", t="so here's my offer: I give you the express fee back, I get the lost one traced, and "
         "a replacement compressor and board go out on a same-day run, our cost. want me to set that up?",
         m="OIQ"),
    dict(p=LE, s="options", t="I can't promise what time it'll land, that's down to the courier on the day, but I "
         "can have a same-day courier collect the replacement this afternoon", m="O",
         n="honest limit, not policy; 'I can ... this afternoon' is an offer, not yet a commitment (rule 3)"),
    dict(p=LE, s="options", t="I'll cover the whole job you lose with the restaurant, and the full value of the "
         "parts, never mind the liability limit", m="O", v=["over_promise"]),
    dict(p=LE, s="options", t="compensation for lost business just isn't something I can offer, sadly", m="",
         n="honest limit with no remedy (rule 11): not a policy wall, and without 'nothing I can do' not "
         "dismissal"),
    dict(p=LE, s="commitment", t="okay so the trace reference is L X four nine two, it's flagged urgent, and I'll "
         "phone you by ten tomorrow with what the depot says", m="OC", n="the opened trace is the remedy"),
    dict(p=LE, s="commitment", t="cheers for holding, Marcus. I've booked the courier, he'll be with you for the parts "
         "by one, and I'll text you the second he's picked them up", m="OCG",
         n="sincere thanks, unlike the sarcastic 'cheers'"),
    dict(p=LE, s="close", t="so the refund's gone back on your card, courier's collecting at three, and the trace "
         "is live. thanks for hanging in there Marcus, I know you've had your client in your ear all day",
         m="OCG"),

    # --- escalated-exec (Eleanor: third SLA-breaching outage this quarter, emailed our CEO) ---
    dict(p=EE, s="vent", t="understood.", m="", n="'understood' as a filler while she vents (rule 1)"),
    dict(p=EE, s="vent", t="ms ashcombe, before you go on, could I take the contract reference please", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="heard", t="three outages this quarter, every one of them a breach, your warehouses stood idle, "
         "and you had to email our CEO to get a response. is that a fair summary?", m="AQ"),
    dict(p=EE, s="heard", t="I'm sorry. you stood in front of your board and argued for us, and we've left you "
         "exposed", m="AE"),
    dict(p=EE, s="heard", t="I- um, okay. let me check I've followed. the first outage was january, the second was, "
         "um, february, and this last one took your pick lines down for six hours, and each time nobody gave you "
         "a proper explanation. and I'm, I'm really sorry, it shouldn't be like that", m="AE",
         n="nervous restatement with false starts"),
    dict(p=EE, s="heard", t="for the record we dispute that all three incidents breached the agreement", m="",
         v=["accusation", "correcting"], n="'for the record' plus contradicting her, labelled as the original's "
         "'for the record, your claim ... isn't accurate'"),
    dict(p=EE, s="heard", t="if you want to bring your lawyers in that's your call, we've got a legal department too",
         m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="honestly if my sites kept going down like that I'd be reviewing the contract as well",
         m="E"),
    dict(p=EE, s="heard", t="thank you for being candid about the board. it helps me see what's really at stake "
         "for you", m="G", n="no restatement of what went wrong"),
    dict(p=EE, s="heard", t="contract stuff is above me I'm afraid, that all goes to commercial", m="",
         v=["dismissal"]),
    dict(p=EE, s="heard", t="what's the most pressing for you, the board or getting the warehouses stable?",
         m="IQ", n="asks which to tackle first: a preference, like 'what matters most to you to get sorted first'"),
    dict(p=EE, s="heard", t="apologies for any disruption this may have caused your operation", m="",
         v=["non_apology"]),
    dict(p=EE, s="heard", t="you're alleging the outages were deliberately kept from you", m="",
         v=["accusation"]),
    dict(p=EE, s="heard", t="I'd much rather you told me than went straight to the lawyers, so thank you. and "
         "you're right, three breaches in one quarter is not acceptable", m="AG"),
    dict(p=EE, s="heard", t="with respect, you've blown this up into a lot more than it needed to be", m="",
         v=["insult"]),
    dict(p=EE, s="heard", t="anything contractual needs to come in writing to our legal team, I can't discuss it "
         "on the phone", m="", v=["policy"]),
    dict(p=EE, s="options", t="the quarter's SLA credit goes on your account, you get an account manager with a "
         "name and a number, and a root-cause report in writing with a date I'll stand by. is that something "
         "your board would want to see?", m="OIQ"),
    dict(p=EE, s="options", t="I'll waive the termination penalty altogether and we can talk about damages as well",
         m="O", v=["over_promise"]),
    dict(p=EE, s="options", t="I won't mislead you, I can't waive the termination terms or pay damages, "
         "that's not in my gift. the service credit and the report though, those I can give you", m="O",
         n="honest limit (rule 11), not a policy wall"),
    dict(p=EE, s="options", t="thank you for your patience. I'll apply the service credit today, and honestly the "
         "root cause was the vendor's patch, not our engineers", m="OCG", v=["blame"],
         n="no contrastive connective: the marks stand beside the blame"),
    dict(p=EE, s="commitment", t="I'm taking this up to our CTO right now and he will phone you before five today",
         m="C", n="escalation with a time: commitment only (rule 4)"),
    dict(p=EE, s="commitment", t="the root cause report lands with you by friday the twenty-first, and tom okafor, "
         "who's your account manager from today, will ring you before midday tomorrow", m="OC"),
    dict(p=EE, s="close", t="thank you Eleanor. the credit's applied, Tom's ringing you first thing, and the "
         "report's due on the twenty-first. I'll check in the day after it lands", m="OCG"),

    # --- vip-client (Julian: completion wire two days late, heard it from the seller's solicitor) ---
    dict(p=VC, s="vent", t="of course, sir.", m="", n="polite filler while he vents"),
    dict(p=VC, s="vent", t="I'm so sorry to hear that mr fairclough, may I just take your date of birth for "
         "security", m="EQ", v=["premature_details"], n="sincere apology, then a details request while venting"),
    dict(p=VC, s="heard", t="so the funds landed two days late, the completion nearly fell through, and you heard "
         "it from the seller's solicitor rather than from us. that is not the service you should be getting",
         m="A"),
    dict(p=VC, s="heard", t="those payments are held by compliance as standard at that amount, so it wasn't really "
         "a delay as such", m="", v=["correcting"]),
    dict(p=VC, s="heard", t="well, perhaps Sterling and Marsh would suit you better then, sir", m="",
         v=["threat_back"], n="invites him to take his money to the competitor, as 'you're welcome to move your "
         "accounts'"),
    dict(p=VC, s="heard", t="I hope you can appreciate we're a very large bank and these things do occur from time "
         "to time", m="", v=["dismissal"], n="minimising"),
    dict(p=VC, s="heard", t="I understand, sir, but liability for the purchase isn't something the bank accepts, "
         "those are the rules", m="", v=["policy"], n="'but' into a wall cancels the acknowledgement"),
    dict(p=VC, s="heard", t="I'm grateful you've let us try and mend this before you decide anything about "
         "the portfolio", m="G"),
    dict(p=VC, s="heard", t="was the seller willing to wait in the end, or did you have to renegotiate?", m="Q",
         n="choice question about his situation, not options"),
    dict(p=VC, s="heard", t="sir, I would ask you to moderate your tone, please", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="sorry you've had such a stressful week, sir", m="", v=["non_apology"],
         n="rule 7: sorry you had a bad week names no event"),
    dict(p=VC, s="heard", t="you're right, sir. someone in your position shouldn't be hearing about his own money "
         "from the other side's solicitor", m="A"),
    dict(p=VC, s="heard", t="that is appalling, honestly. two days late and not one call from us to warn you",
         m="AE"),
    dict(p=VC, s="heard", t="it seems unlikely it was two days late, sir, our records show it left us on the "
         "tuesday", m="", v=["doubt"], n="records used to doubt the delay, not to pin an error on him: doubt "
         "only, as 'it says here everything went through fine'"),
    dict(p=VC, s="heard", t="those are very serious accusations to be making against the bank, sir", m="",
         v=["accusation"]),
    dict(p=VC, s="heard", t="I'm sorry, sir, which account did the transfer go from?", m="Q",
         n="'sorry' as politeness; a details question after venting is not premature"),
    dict(p=VC, s="options", t="Mr Fairclough, please accept my sincere apologies. You were let down on a completion "
         "that mattered enormously, and you learned of it from the seller's solicitor. That was unacceptable. "
         "Might I suggest the following: the transfer fees reversed, a named senior banker on a direct "
         "number, and same-day handling on all future transfers?", m="AEOIQ", n="over-formal register"),
    dict(p=VC, s="options", t="I'll reverse the fees and waive every charge on your accounts for the next year, and "
         "I'll have the chief executive write to you personally", m="O", v=["over_promise"]),
    dict(p=VC, s="options", t="I can't offer compensation for the purchase, I won't dress that up, but the fee "
         "reversal and the direct line I can do today. shall I go ahead?", m="OIQ",
         n="honest limit; 'I can do today' inside a proposal is an offer (rule 3)"),
    dict(p=VC, s="commitment", t="thank you for your forbearance, sir. your fees are reversed as of this afternoon, "
         "and Catherine Hale, your senior banker, will ring you at ten tomorrow morning", m="OCG"),
    dict(p=VC, s="commitment", t="I'm going down to payments myself, and by four o'clock you'll have it in writing "
         "from me what went wrong", m="C"),
    dict(p=VC, s="commitment", t="calm yourself sir, the fee goes back on before close of business", m="OC",
         v=["calm_down"]),
    dict(p=VC, s="close", t="before I let you go, sir, have you got everything you need from me today?", m="Q",
         n="ending check: question, not asks_input (rule 6)"),

    # --- failed-twice (Kelly: machine broken twice since repair, promised callback never came) ---
    dict(p=FT, s="vent", t="yeah. yeah.", m=""),
    dict(p=FT, s="vent", t="can you read me the serial number off the back of the machine", m="Q",
         v=["premature_details"]),
    dict(p=FT, s="vent", t="oh no, with a baby as well. god. sorry, keep going", m="E",
         n="sincere sympathy while letting her vent"),
    dict(p=FT, s="heard", t="seven months old, broken twice since the repair, and the supervisor who was meant to "
         "ring you monday never did. I'd be livid, Kelly", m="AE"),
    dict(p=FT, s="heard", t="I'm so sorry you've had to lug everything down the laundrette with two little ones",
         m="AE", n="rule 14: sorry you've had to + what she went through"),
    dict(p=FT, s="heard", t="how much have you spent at the laundrette so far, roughly? I want to know what this has "
         "actually cost you", m="Q"),
    dict(p=FT, s="heard", t="we test every machine before it leaves so it'll be something since, are you sure the "
         "transit bolts came out?", m="", v=["doubt", "correcting"],
         n="rhetorical 'are you sure' implying her error, as 'are you sure it's been loaded properly'"),
    dict(p=FT, s="heard", t="the repairs were done by our service partner, so really it's them who've let you down "
         "here", m="", v=["blame"]),
    dict(p=FT, s="heard", t="it's not going to break again, I can promise you that", m="", v=["over_promise"],
         n="bare guarantee: over_promise without options (rule 5)"),
    dict(p=FT, s="heard", t="right, well there's no need to get personal with me", m="", v=["calm_down"]),
    dict(p=FT, s="heard", t="you're absolutely right, we said someone would ring you back and nobody did. that's "
         "our failing", m="A"),
    dict(p=FT, s="heard", t="thank you for not giving up on us Kelly, honestly", m="G"),
    dict(p=FT, s="heard", t="sorry, what, a brand new upgraded one? for a repair? yeah that's not happening", m="",
         v=["insult"], n="sarcastic incredulity; rhetorical questions; 'sorry' is not an apology"),
    dict(p=FT, s="heard", t="so what's it doing this time, is it leaking again or just not spinning?", m="Q"),
    dict(p=FT, s="heard", t="I get it, two weeks with no washer and a toddler, that must be chaos. what would help "
         "you most right now?", m="AEIQ"),
    dict(p=FT, s="heard", t="according to you the supervisor never rang, but we'd normally log every call", m="",
         v=["accusation", "doubt"], n="'according to you' frames her account as a claim; then doubts it"),
    dict(p=FT, s="heard", t="I'm not gonna pretend that's okay, cause it isn't", m="A",
         n="negation that affirms: sides with her, as 'that's not okay'; names no feeling"),
    dict(p=FT, s="options", t="two ways I can go. a new one, like for like, with two extra years of warranty, or "
         "a senior engineer out this week with a loan machine till it's fixed. which would suit you and the kids "
         "better?", m="OIQ"),
    dict(p=FT, s="options", t="oh Kelly that's a nightmare honestly, I've got a little one myself and the washing "
         "never stops, I can't imagine doing it all down the laundrette. right, let's get you sorted. there's "
         "a new one, same model, two extra years on the warranty, or the senior engineer this week with a loan "
         "machine. which d'you fancy?", m="AEOIQ", n="chatty; 'can't imagine' is sympathy (rule 8)"),
    dict(p=FT, s="options", t="I'm not able to do a refund, I'm sorry, but the replacement and the warranty I can "
         "sort", m="O", n="'sorry' for a refusal is not empathy"),
    dict(p=FT, s="commitment", t="the supervisor dropped the ball there, I'm sorry Kelly. I'm getting the senior "
         "engineer booked in for thursday morning now", m="EOC", v=["blame"],
         n="blames a colleague; the apology and booking after it stand (rule 2)"),
    dict(p=FT, s="commitment", t="I know you've been two weeks without it, so your replacement's booked thursday "
         "between eight and twelve, they'll take the old one away, and I'll ring you friday afternoon to check "
         "it's running", m="AOC"),
    dict(p=FT, s="close", t="so that's the engineer wednesday morning with the loan machine. thanks Kelly, and again "
         "I'm sorry it's taken three goes to get here", m="EOCG"),

    # --- billing-error (Margaret: double charge after cancelling, overdraft fee, chat said fixed) ---
    dict(p=BE, s="vent", t="mm-hm", m=""),
    dict(p=BE, s="heard", t="right. two payments gone after you'd cancelled, your account's overdrawn because of it, "
         "and chat swore blind last week it was sorted. I'm so sorry Margaret", m="AE"),
    dict(p=BE, s="heard", t="oh Margaret, and your rent bounced on top of it all. that's dreadful, I'm so sorry",
         m="AE"),
    dict(p=BE, s="heard", t="the system shows your cancellation came in after the billing run, so technically the "
         "first charge was correct", m="", v=["accusation", "correcting"],
         n="rule 10: evidence used to insist on her error"),
    dict(p=BE, s="heard", t="did you definitely cancel? because I'm not seeing it on here", m="", v=["doubt"],
         n="rhetorical doubting question"),
    dict(p=BE, s="heard", t="that'll have been live chat, they're outsourced, they get these things wrong all the "
         "time", m="", v=["blame"]),
    dict(p=BE, s="heard", t="thank you for your patience with this Margaret, and for sticking with us nine years",
         m="G"),
    dict(p=BE, s="heard", t="I'd be beside myself seeing my pension go in and straight back out to a firm I'd "
         "finished with", m="E"),
    dict(p=BE, s="heard", t="would it help if I put a letter in with the refund you can show your landlord?",
         m="IQ", n="an explanatory letter is not a remedy (the original's 'a letter you can show them' has no "
         "options); asks her preference"),
    dict(p=BE, s="heard", t="how's the overdraft left you, is everything else coming out okay this month?", m="Q"),
    dict(p=BE, s="heard", t="I'm not being funny but it's twelve pound, the bank'll probably let it go if you ask",
         m="", v=["dismissal"], n="minimising"),
    dict(p=BE, s="heard", t="right, so nine years with us, never a problem, and now this. I completely understand "
         "why you've had enough", m="AE", n="'understand why you've had enough' is like 'I can see why you're "
         "upset' (rule 1)"),
    dict(p=BE, s="heard", t="I'm sorry you feel we didn't listen", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="I can see you were charged twice and I'm sorry. the overdraft fee's down to your bank "
         "mind, they're the ones who charged it", m="AE", v=["blame"],
         n="no contrastive connective before the blame: the marks stand (rule 2)"),
    dict(p=BE, s="heard", t="if you carry on shouting I'll have to put you through to complaints and you'll be "
         "waiting weeks", m="", v=["threat_back"]),
    dict(p=BE, s="heard", t="thank you for telling me about the rent, Margaret. that makes this a lot more urgent, "
         "and I'm sorry", m="AEG", n="thanks for a fact and shows it changes things, as the original's 'thank "
         "you for letting me know it was for a customer of yours'"),
    dict(p=BE, s="options", t="I'll put both charges back and reimburse your overdraft fee, and I'll send you written "
         "confirmation the subscription's closed. does that sound alright to you?", m="OIQ",
         n="'I'll' with no time is not a commitment"),
    dict(p=BE, s="options", t="how about I refund you, throw in three months free and a bit extra for the trouble",
         m="OIQ", v=["over_promise"], n="proposal checking acceptance, no question mark"),
    dict(p=BE, s="options", t="so um which do you want me on first, getting both payments back to you or the "
         "bank's fee, or I can do both together if that's easier", m="OIQ"),
    dict(p=BE, s="commitment", t="Margaret, I'm so sorry. You did exactly what you were supposed to do, you "
         "cancelled, and it still came out twice, and then chat told you it was fixed when it wasn't. I'm "
         "refunding both charges now, the overdraft fee will be reimbursed with it, and you'll get written "
         "confirmation by email within the hour", m="AEOC"),
    dict(p=BE, s="commitment", t="I'm sorry again for all this, Margaret. both refunds have gone through now, they'll "
         "be in your account by friday, and the letter confirming the cancellation goes out first class today",
         m="EOC"),
    dict(p=BE, s="commitment", t="I'll ring you back tomorrow between ten and eleven once finance have confirmed it",
         m="C"),
    dict(p=BE, s="close", t="the refund and the overdraft fee are both done, Margaret. thanks ever so much for "
         "your understanding, and you'll have the letter by tuesday", m="OCG"),

    # --- generic (no persona) ---
    dict(p=None, s="vent", t="got it, I'm making notes as you talk", m="", n="back-channel while venting"),
    dict(p=None, s="vent", t="hang on, hang on, let's start with your account number", m="Q",
         v=["premature_details"], n="interrupts venting to take details"),
    dict(p=None, s="vent", t="please don't raise your voice at me", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="I can hear how fed up you are, and honestly you've every reason to be", m="AE",
         n="rule 1: 'I can hear how...' is both"),
    dict(p=None, s="heard", t="so your order never turned up, and when you chased it you got three different "
         "answers. that's a mess and I'm sorry", m="AE"),
    dict(p=None, s="heard", t="that's odd, we don't normally get complaints about that", m="", v=["doubt"]),
    dict(p=None, s="heard", t="I'm sorry, but that's not my team, I only deal with returns", m="",
         v=["dismissal"], n="'sorry, but' into ducking it"),
    dict(p=None, s="heard", t="I appreciate you being so honest about how this has affected you", m="G"),
    dict(p=None, s="heard", t="what's happened since you last rang us?", m="Q"),
    dict(p=None, s="heard", t="honestly mate, you're not the first person to moan at me about this today", m="",
         v=["insult"]),
    dict(p=None, s="heard", t="I get that you're angry, however shouting at me won't get it fixed any faster", m="",
         v=["calm_down"], n="contrastive 'however' into calm_down cancels the acknowledgement"),
    dict(p=None, s="heard", t="we're a big company, mistakes happen, you can't expect everything to be perfect",
         m="", v=["dismissal"]),
    dict(p=None, s="heard", t="that's the process I'm afraid, it has to go through returns first", m="",
         v=["policy"]),
    dict(p=None, s="heard", t="so you've been bounced from one person to the next and nobody's owned it. "
         "that stops with me. can you tell me what happened the first time you called?", m="AQ"),
    dict(p=None, s="heard", t="your allegation has been noted and it'll be investigated", m="",
         v=["accusation"]),
    dict(p=None, s="heard", t="well, sorry you feel like that. I'll still get the refund done today for you", m="OC",
         v=["non_apology"], n="non-apology; the offer after it stands, 'today' attached to the step"),
    dict(p=None, s="heard", t="that sounds so stressful, I'm sorry. how are you getting on now?", m="EQ"),
    dict(p=None, s="heard", t="okay, thank you for explaining all that, I know you've had to tell it a few times now. "
         "so, the parcel came damaged, the replacement never came, and nobody's rung you. that's not good enough. "
         "I can refund the lot today or get a new one out tomorrow, what would you rather?", m="AOGIQ",
         n="times inside a choice are not a commitment (rule 3)"),
    dict(p=None, s="options", t="your money back in full, or another one sent out express, it's "
         "completely up to you", m="OI", n="imperative invitation: asks_input without a question"),
    dict(p=None, s="options", t="would you be happy for me to take the charge off and credit your account instead?",
         m="OIQ"),
    dict(p=None, s="options", t="let me have a look what I can do", m="", n="vague: no remedy"),
    dict(p=None, s="options", t="there's a couple of ways we can go. which matters more to you, getting your money "
         "back or getting the item?", m="OIQ", n="a choice between a refund and a replacement, phrased as "
         "priorities"),
    dict(p=None, s="commitment", t="you'll have an email confirming the refund inside half an hour", m="C",
         n="a confirmation email, not a remedy"),
    dict(p=None, s="commitment", t="I'm going to raise it with my team leader this afternoon and come back to you",
         m="C", n="'this afternoon' attached to the agent's own step"),
    dict(p=None, s="commitment", t="I'll sort it out for you, don't worry", m="", n="promise with no time"),
    dict(p=None, s="close", t="thanks for bearing with us through all that, really", m="G"),
    dict(p=None, s="close", t="is that everything for today?", m="Q", n="ending check (rule 6)"),
    dict(p=None, s=None, t="if you'd read the confirmation email you'd have seen the date", m="",
         v=["correcting"]),
    dict(p=None, s=None, t="yeah go on, complain, it won't change anything", m="", v=["threat_back", "insult"],
         n="taunts him to do his worst, as 'post it on twitter then, see if I care'"),
    dict(p=None, s=None, t="I totally understand, and I'm going to make sure this gets put right", m="A",
         n="promise with no time or remedy"),
]

write_batch(ITEMS, "gf", Path(__file__).with_name("replies_extra187.jsonl"))
