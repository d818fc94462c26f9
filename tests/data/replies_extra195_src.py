"""Source of `replies_extra195.jsonl`: batch 195, in the original set's style (tune split only).

Written by hand, one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is the
reply that does the right things (acknowledges, empathises, offers) but slips one fault in
somewhere: before or after a "but" or "though" ("emailing our CEO makes complete sense ... for what
it's worth though, going through your account team would've been quicker"), or in passing with no
connective at all, as a dig ("in future, if you give us a mobile rather than the landline"), a rule ("the system
only lets me pick the same model"), a correction ("you'd have agreed to that in the terms"), a doubt
("are you sure the cancellation went through before the renewal date though?") or a hint that it
is someone else's fault ("it was the correspondent bank that held it up, for what it's worth").
Beside them sit replies just as warm that slip nothing in: a "but" or "though" that leads into
help or an honest limit, a missing record used to own the failure, the courier or the chat team
named only to take the blame on ourselves, a check-back question, an honest obstacle. Every
persona, the generic `None`, and every stage appear; about half are styled like a Whisper
transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra195.jsonl next to it (ids gn0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="oh that's rotten. I'm sorry, keep going, I'm listening", m="E",
         n="sincere sympathy while she vents, no restatement"),
    dict(p=MT, s="vent", t="I'm so sorry, that sounds awful. could I get the account number off you so I can pull "
         "it up while you talk", m="EQ", v=["premature_details"],
         n="apology stands (no 'but'); the request comes while she is still venting"),
    dict(p=MT, s="heard", t="so you took two days off work and sat in from eight to twelve on both days and not "
         "one phone call. I'm really sorry. I do have to say though the confirmation email does say the engineer "
         "rings ahead and if there's no answer they move on to the next job", m="", v=["correcting"],
         n="'though' leads into a correction: it cancels the recap and the apology before it"),
    dict(p=MT, s="heard", t="two days off, two days pay gone, and nobody even rang to warn you. that's on us, full "
         "stop, and I'm sorry", m="AE"),
    dict(p=MT, s="heard", t="I completely understand why you're angry and I'm sorry. it's the contractor we use "
         "for installs, they've been letting a lot of people down lately", m="AE", v=["blame"],
         n="no connective: the acknowledgement and apology stand beside the blame (rule 2)"),
    dict(p=MT, s="heard", t="I understand why your angry I do, but it's the contractor who didn't turn up not us",
         m="", v=["blame"], n="'but' into blame cancels the acknowledgement; 'your' mis-hearing"),
    dict(p=MT, s="options", t="I'm not going to pretend I can do the full refund, I can't. I'm able to take the "
         "installation fee off, add a month's credit to the account, and book you in at eight a.m., nobody ahead "
         "of you. is that something you'd be happy with?", m="OIQ",
         n="honest obstacle before the offer, not a policy wall (rule 11)"),
    dict(p=MT, s="options", t="I'm so sorry you've ended up two days' wages down because of us. I'm waiving the "
         "installation fee and putting a month's credit on. a full refund, the system just won't let me put that "
         "through", m="AEO", v=["policy"],
         n="rule 14 apology names what happened; no 'but', so the marks stand beside the policy wall"),
    dict(p=MT, s="commitment", t="right you're booked in for eight a.m. thursday, first job, guaranteed. I'll ring "
         "you wednesday at five just to double check it's all still on", m="OC",
         n="a guaranteed first slot is within the allowance, not over_promise"),
    dict(p=MT, s="commitment", t="you're in for the eight o'clock on tuesday and you'll get the confirmation text "
         "in the next ten minutes. and I promise you, hand on heart, it won't happen a third time",
         m="OC", v=["over_promise"], n="the guarantee slipped in at the end is the fault"),
    dict(p=MT, s="heard", t="thats awful bernadette but in fairness the engineers do always ring ahead maybe it "
         "went to voicemail?", m="", v=["doubt"],
         n="'but' into doubting that nobody called; the 'maybe' question is rhetorical"),
    dict(p=MT, s="heard", t="I'm sorry. honestly I can't believe nobody picked up the phone to let you know. twice",
         m="AE", n="'can't believe they didn't call' is sympathy (rule 8), not doubt"),
    dict(p=MT, s="heard", t="can I ask, are you paid by the hour? I want to know what this has actually cost you",
         m="Q"),
    dict(p=MT, s="heard", t="look I get it, you're fed up, anyone would be. you do need to stop swearing at me "
         "though", m="", v=["calm_down"],
         n="'though' into telling her to stop: cancels the acknowledgement and empathy"),
    dict(p=MT, s="close", t="thanks for hanging on with us Bernadette. you'll have the confirmation for thursday's "
         "eight o'clock before the end of today, and I'm sorry again about the last two", m="EOCG",
         n="confirming the rebooked slot is options (rule 4)"),
    dict(p=MT, s="options", t="what would you prefer, the eight o'clock on saturday so there's no more time off, "
         "or first thing monday? the fee's waived either way", m="OIQ"),
    dict(p=MT, s="options", t="okay so I'm taking the installation fee off, putting a month's credit on, and "
         "getting you the eight a.m. slot. just, um, in future, if you give us a mobile rather than the landline "
         "they'd actually be able to reach you. does that sound alright?", m="OIQ", v=["correcting"],
         n="a dig in passing after a good offer: correcting; the offer and the check still count"),
    dict(p=MT, s="heard", t="I hear you. you're the one out of pocket and we're the ones who let you down", m="A"),
    dict(p=MT, s="vent", t="mm-hm", m=""),
    dict(p=MT, s="heard", t="honestly you're entitled to be annoyed. but these things do happen with installs, "
         "they're booked back to back", m="", v=["dismissal"], n="'but' into minimising: cancels the empathy"),
    dict(p=MT, s="heard", t="ugh I'm so sorry, that sounds miserable. the engineers round your way are, um, "
         "they're run off their feet right now, but that's no excuse, somebody should of rung you", m="AE",
         n="explanation owned as no excuse, not minimising; 'should of' mis-hearing; hard negative"),
    dict(p=MT, s="commitment", t="I appreciate you waiting while I did that. I've waived the fee, it's off "
         "already, and the month's credit goes on tonight. for the lost wages you'd have to write in to complaints "
         "I'm afraid", m="OCG", v=["policy"], n="'write in' is a policy wall slipped in after the good part"),
    dict(p=MT, s="heard", t="so you were sat in from eight til twelve, twice, and nobody rang. I'm so sorry. did "
         "you lose pay for those days?", m="AEQ"),
    dict(p=MT, s="heard", t="I'm really sorry you've had to wait in twice for nothing", m="AE",
         n="'sorry you've had to' + what happened (rule 14)"),
    # --- lost-express ---
    dict(p=LE, s="vent", t="oh god I'm sorry. give me the consignment number and I'll pull it up",
         m="EQ", v=["premature_details"], n="apology stands; the number is asked for mid-vent"),
    dict(p=LE, s="heard", t="so you paid extra for overnight, the compressor and board were going to a restaurant "
         "that's now got no cold room, and the tracking's been blank from the minute we picked it up. I'm really "
         "sorry. the depot's had a nightmare with that driver this week", m="AE", v=["blame"],
         n="blame on the depot's driver in passing, no connective: the recap and apology stand"),
    dict(p=LE, s="heard", t="I'm really sorry, it's not what you paid for. but honestly it's the courier that lost "
         "it, we just book them", m="", v=["blame"], n="'but' into blame cancels the apology"),
    dict(p=LE, s="heard", t="tracking's blank from collection onwards, I can see that, and you're the one your "
         "client's shouting at. I'd be raging. and that's on us not the courier, we chose them", m="AE",
         n="the courier is named only to take the blame ourselves; hard negative for blame"),
    dict(p=LE, s="options", t="I can't cover the business you might lose, that's beyond me and I won't kid you. "
         "but I can give you the express fee back, get the original traced, and send a same day courier with "
         "replacement parts straight to the restaurant, on us. want me to set that up?", m="OIQ",
         n="honest obstacle, then a 'but' into help (rules 2 and 11)"),
    dict(p=LE, s="options", t="so um refund of the express fee, a trace opened today, and a same day courier with "
         "new parts at our cost. lost business isn't covered, you'd have agreed to that in the terms when you "
         "booked", m="O", v=["correcting"], n="'it's in the terms' correction after a good offer"),
    dict(p=LE, s="heard", t="I'm sorry you've had to ring round chasing this yourself, that shouldn't be your job",
         m="AE"),
    dict(p=LE, s="heard", t="I can hear how much pressure this has put on you with the restaurant. are you sure it "
         "was booked on overnight and not standard?", m="AE", v=["doubt"],
         n="no connective: 'I can hear how...' stands; 'are you sure' is doubt, not a real question"),
    dict(p=LE, s="heard", t="just so I've got it straight, it was booked on overnight express, collected tuesday "
         "afternoon, and nothing's shown on the tracking since?", m="AQ",
         n="check-back question, not doubt; hard negative"),
    dict(p=LE, s="commitment", t="trace is open and flagged urgent. the courier collects the replacement "
         "compressor and board from us at one o'clock and goes straight to the restaurant, and I'll ring you the "
         "minute it's picked up", m="OC"),
    dict(p=LE, s="heard", t="thanks for walking me through all of it Marcus, it really helps. I'm sorry it's "
         "landed you in it with your client", m="EG",
         n="'sorry it's ...' is empathy only, like the original's 'sorry it's gone missing'"),
    dict(p=LE, s="options", t="I'm so sorry Marcus. I'll give you back the express fee, put a trace on it and send "
         "new parts out by same day courier, and if your client pulls the contract just send me the invoice and "
         "we'll cover it", m="EO", v=["over_promise"], n="covering lost business is beyond the allowance"),
    dict(p=LE, s="heard", t="right, nothing since collection and a restaurant with no fridge. we apologise for any "
         "inconvenience caused. I'll get the trace open right now", m="AOC", v=["non_apology"],
         n="stock non-apology in passing; recap and the trace with 'right now' still count"),
    dict(p=LE, s="vent", t="okay. okay I'm taking notes", m=""),
    dict(p=LE, s="heard", t="you paid for overnight and it's vanished, I know, and I'm sorry. take a deep breath "
         "for me and we'll sort it", m="AE", v=["calm_down"],
         n="'take a deep breath' is calm_down; no connective, so the marks stand"),
    dict(p=LE, s="close", t="so the trace is running, the fee's refunded and the new parts are with the "
         "restaurant. thanks for hanging in there with me. anything else I can do?", m="OGQ",
         n="ending check: question, not asks_input"),
    dict(p=LE, s="options", t="I know the money's not really the point, it's your client. but what I can do is get "
         "replacement parts to the restaurant this afternoon by courier on us. shall I?", m="AOIQ",
         n="'but' leads into help: acknowledgement stands; time inside the offer"),
    dict(p=LE, s="heard", t="the parts themselves are only covered up to the standard liability limit, I won't "
         "dress that up. the express fee though, that's coming straight back to you today", m="OC",
         n="honest statement of the limit, not a policy wall (rule 11)"),
    dict(p=LE, s="heard", t="ah I'm sorry, I know it's a pain. parcels do go astray sometimes unfortunately. I'll "
         "start a trace for you today though", m="EOC", v=["dismissal"],
         n="minimising in passing; the apology before it has no 'but', the trace after it stands"),
    dict(p=LE, s="options", t="do you want the replacement sent to the restaurant direct, or to your workshop "
         "first? either way it's on us and it goes today", m="OIQ", n="time inside a choice, not a commitment"),
    # --- escalated-exec ---
    dict(p=EE, s="heard", t="three outages in one quarter, every one of them a breach, and your warehouses "
         "standing still each time. I'd be reaching for the exit clause too, honestly", m="AE"),
    dict(p=EE, s="heard", t="emailing our CEO makes complete sense after three of these, I'd probably have done it "
         "myself. for what it's worth though, going through your account team would've been quicker",
         m="", v=["correcting"], n="'though' into a correction cancels the acknowledgement and empathy"),
    dict(p=EE, s="heard", t="I'm sorry, this is the third time and it shouldn't be. the second one was actually a "
         "power failure at the data centre, that was outside our control", m="AE", v=["blame"],
         n="fault put on a third party in passing, no connective: the marks stand"),
    dict(p=EE, s="heard", t="three breaches, and you had to email our chief exec before anyone listened. that's a "
         "failure on our side, not yours", m="A"),
    dict(p=EE, s="options", t="here's what's on the table. the SLA credit for the whole quarter, one named account "
         "manager who owns your contract, and a written root cause analysis with a date I'll stand by. I can't "
         "release you from the contract, I'd be misleading you if I said otherwise. does that give you something "
         "to take to your board?", m="OIQ", n="honest obstacle, not a policy wall"),
    dict(p=EE, s="options", t="I'll apply the quarter's service credit and uh get you a named account manager. but "
         "I've got to be clear, walking away without the penalty isn't possible, the contract's the contract",
         m="O", v=["policy"],
         n="'the contract's the contract' is a rules-are-rules wall; the offer before it stands"),
    dict(p=EE, s="commitment", t="your account manager is Tom Reyes, he'll ring you at ten tomorrow, and the root "
         "cause write-up lands with you by the twelfth. and I can assure you there won't be a fourth outage",
         m="OC", v=["over_promise"], n="zero-downtime guarantee tacked on"),
    dict(p=EE, s="heard", t="thank you for being this direct with me, it's the only way we fix it. I will say, "
         "with respect, the status page did flag the incident within twenty minutes", m="G", v=["correcting"]),
    dict(p=EE, s="heard", t="I appreciate you giving us a chance to answer before it goes to your lawyers. I know "
         "we've burned through a lot of goodwill", m="AG", n="owning the failure counts as acknowledgement"),
    dict(p=EE, s="heard", t="I hear how serious this is and your anger's completely fair. please don't threaten us "
         "with lawyers though, it won't get this sorted any faster", m="", v=["calm_down"],
         n="'though' into telling her off cancels the marks; close to the original's 'threatening us isn't going "
           "to help'"),
    dict(p=EE, s="vent", t="understood. carry on, please", m="", n="'understood' as a filler"),
    dict(p=EE, s="vent", t="I'm sorry. before you go on, can I take your contract reference so I've got it in "
         "front of me", m="EQ", v=["premature_details"]),
    dict(p=EE, s="heard", t="how long were the warehouses actually down each time? I want the real figure going "
         "into the report", m="Q"),
    dict(p=EE, s="heard", t="I'm genuinely sorry. no platform's immune to outages, that's just the reality, but "
         "three in a quarter is too many and I want that fixed", m="AE", v=["dismissal"],
         n="minimising in the middle; the apology before has no 'but', and the acknowledgement after it stands"),
    dict(p=EE, s="options", t="so, the quarter's service credit, an account manager with your name on their desk "
         "from monday, and a full report into why it keeps falling over, dated. is any of that missing something "
         "your board will ask for?", m="OIQ"),
    dict(p=EE, s="close", t="thank you Eleanor. I'll send over a written summary of everything we've agreed before "
         "six tonight", m="CG"),
    dict(p=EE, s="heard", t="I hear you, three outages is unacceptable. just for the record, you've said we're in "
         "breach of contract, and I'll note that down", m="A", v=["accusation"],
         n="'for the record' court-room wording after a good acknowledgement"),
    dict(p=EE, s="heard", t="I won't defend it. three outages in a quarter isn't the service you signed up for, "
         "and I'm sorry your team's had to absorb it", m="AE"),
    dict(p=EE, s="options", t="I'm sorry. I'll get you the full quarter's credit, and I'll also waive the early "
         "termination fee if you still want to leave after that", m="EO", v=["over_promise"],
         n="releasing her from the contract penalty is beyond the allowance"),
    dict(p=EE, s="commitment", t="I can't pay damages. but by friday you'll have the root cause report, and you'll "
         "hear from your account manager tomorrow morning", m="OC", n="honest limit, 'but' into help"),
    dict(p=EE, s="heard", t="I'm sorry, and if it's as bad as you're describing then we've got a real problem",
         m="E", v=["doubt"],
         n="'if it's as bad as you're describing' doubts her account; the apology before it stands"),
    dict(p=EE, s="heard", t="you're describing three full stoppages and I believe every word, the incident logs "
         "back you up. this one's on us", m="A",
         n="records cited in her favour, not accusation or doubt; hard negative"),
    # --- vip-client ---
    dict(p=VC, s="heard", t="so the funds were two days late, the completion nearly fell through, and you heard it "
         "from the seller's solicitor before you heard it from us. I'm truly sorry, Mr Fairclough", m="AE"),
    dict(p=VC, s="heard", t="I'm truly sorry about the delay sir. but these transfers do get held for compliance "
         "from time to time, it's not unusual", m="", v=["dismissal"],
         n="'but' into minimising cancels the apology"),
    dict(p=VC, s="heard", t="I can only imagine how that felt, hearing it from the other side's solicitor. it was "
         "the correspondent bank that held it up, for what it's worth", m="AE", v=["blame"],
         n="blame in passing, no connective"),
    dict(p=VC, s="heard", t="you should never have found out from the seller's solicitor. that's our failure and "
         "I'm sorry", m="AE"),
    dict(p=VC, s="options", t="I'll reverse the transfer fees and give you a direct line to a named senior banker. "
         "and frankly sir you'll never have a delayed payment with us again, I'll make sure of it",
         m="O", v=["over_promise"]),
    dict(p=VC, s="options", t="my suggestion is we reverse the fees, set every transfer on your accounts to same "
         "day, and give you a direct line to Mr Hale, one of our senior relationship bankers. would that help "
         "rebuild some trust with us?", m="OIQ"),
    dict(p=VC, s="heard", t="I appreciate you telling me how close it came, sir. out of interest, did you send the "
         "instruction before the cut-off?", m="G", v=["correcting"],
         n="question insinuates his error, like the original's 'did you put the right postcode'; not a real "
           "question"),
    dict(p=VC, s="heard", t="can I ask when the instruction went in? I want to trace exactly where it sat for "
         "those two days", m="Q", n="neutral fact question to trace our delay, no insinuation; hard negative"),
    dict(p=VC, s="vent", t="sorry to stop you sir, I'll need to run through security before we carry on",
         m="Q", v=["premature_details"], n="'sorry' as a politeness marker; security details mid-vent"),
    dict(p=VC, s="heard", t="sir I do hear you, you're quite right, it's not the standard you should expect. but "
         "there's no need for that tone with me", m="", v=["calm_down"],
         n="'but' into telling him off cancels the acknowledgement"),
    dict(p=VC, s="heard", t="I'm sorry you feel the bank hasn't valued your business sir. I'll reverse the fees "
         "today", m="OC", v=["non_apology"]),
    dict(p=VC, s="commitment", t="I've reversed both fees, that's done, and starting tomorrow anything you send "
         "goes same day. Ms Okafor, your senior banker, will call you at nine to give you her direct line", m="OC"),
    dict(p=VC, s="heard", t="I'd have been beside myself with a completion hanging on it, and I'm sorry we put you "
         "there. the compliance rules apply to every client though, I can't change those", m="", v=["policy"],
         n="'though' into a policy wall cancels the empathy and acknowledgement"),
    dict(p=VC, s="close", t="I'm grateful you let us try and fix this Mr Fairclough. I'll call you friday morning "
         "to check the first same day transfer went through smoothly", m="CG"),
    dict(p=VC, s="heard", t="so I understand this properly, the funds were due on completion day and landed two "
         "days after? and nobody here contacted you at all?", m="AQ", n="check-back questions"),
    dict(p=VC, s="heard", t="I understand why you'd look at Sterling and Marsh after this, and I'd much rather "
         "keep your business. if you do want to move sir, that's entirely your choice, we won't stand in your way",
         m="A", v=["threat_back"],
         n="'we won't stand in your way' answers his threat in kind; no connective, 'I understand' why he'd look "
           "elsewhere stands"),
    dict(p=VC, s="options", t="I can't undo the two days, I wish I could. what I can do is reverse the fees and "
         "put your accounts on same day processing. would you like me to do that now?", m="OIQ",
         n="'I wish I could' is the agent's feeling, not empathy"),
    dict(p=VC, s="heard", t="I'm sorry, what a horrible couple of days for you. to be fair, the receiving bank did "
         "take a day of it", m="E", v=["blame"],
         n="'to be fair' without 'but'/'though' is not a cancelling connective (rule 2)"),
    dict(p=VC, s="commitment", t="I'm so sorry sir. I'll reverse the fees tonight and I'll waive all your transfer "
         "charges for the next year as an apology", m="EOC", v=["over_promise"]),
    dict(p=VC, s="heard", t="I'm terribly sorry sir. with respect, a day's delay on a payment of that size isn't "
         "unusual", m="E", v=["dismissal"], n="'with respect' is not a contrastive connective: the apology stands"),
    # --- failed-twice ---
    dict(p=FT, s="heard", t="seven months old, broken down twice since the repair, and the supervisor never rang "
         "you back on monday. with a toddler and a baby. I'd be climbing the walls", m="AE"),
    dict(p=FT, s="heard", t="oh Kelly I'm so sorry, with two little ones as well. although I have to ask, is it "
         "being overloaded? the drum on that model's quite small", m="", v=["doubt", "correcting"],
         n="'although' into a loaded question cancels the apology; like the original's detergent question"),
    dict(p=FT, s="heard", t="I'm really sorry nobody rang you back on monday, you were promised that. the "
         "supervisor who was meant to ring you just didn't bother, honestly", m="AE", v=["blame"],
         n="blame on another agent in passing; no connective"),
    dict(p=FT, s="heard", t="I'm so sorry nobody called you on monday. you were promised a supervisor within a day "
         "and we let that slide, that's on us", m="AE", n="owning it; hard negative"),
    dict(p=FT, s="options", t="I can't do an upgrade, that's not something I'm allowed to offer. I can swap it for "
         "a brand new one of the same model and stick an extended two year warranty on it, or send a senior "
         "engineer out this week with a loan machine so you can wash in the meantime. which would suit you?",
         m="OIQ", n="honest obstacle"),
    dict(p=FT, s="options", t="a new machine same model and a two year extended warranty would that work? the "
         "upgrade isn't happening I'm afraid the system only lets me pick the same model", m="OIQ", v=["policy"],
         n="'the system only lets me' is a wall, unlike 'not something I'm allowed to offer'"),
    dict(p=FT, s="commitment", t="right I've got the senior engineer coming thursday between eight and twelve and "
         "he'll bring a loan machine with him. I'll ring you tomorrow at four to confirm", m="OC"),
    dict(p=FT, s="heard", t="two weeks at the laundrette with a toddler and a baby, that's exhausting. thank you "
         "for still giving us a chance", m="AEG"),
    dict(p=FT, s="heard", t="I get it I really do that's a lot of washing. though in fairness its only been two "
         "weeks", m="", v=["dismissal"], n="'though' into minimising cancels the acknowledgement"),
    dict(p=FT, s="heard", t="what are you doing for washing at the minute, with the little ones? is it the "
         "laundrette?", m="Q"),
    dict(p=FT, s="vent", t="mm. I'm sorry. go on", m="E"),
    dict(p=FT, s="vent", t="I'm so sorry Kelly. can I take the serial number off the machine while you're talking?",
         m="EQ", v=["premature_details"]),
    dict(p=FT, s="heard", t="I'm sorry if the callback thing has caused you any stress. I'll get a supervisor to "
         "ring you today before five", m="C", v=["non_apology"],
         n="'sorry if' is a non-apology; escalation with a time is commitment only (rule 4)"),
    dict(p=FT, s="heard", t="[sighs] right, okay. I'm sorry, that's not good enough from us", m="AE", v=["insult"],
         n="transcribed sigh (rule 12); no connective, the apology and 'not good enough from us' stand"),
    dict(p=FT, s="options", t="I'm so sorry. I'll send you the newer model instead, the one up from yours, no "
         "charge, and extend the warranty too", m="EO", v=["over_promise"], n="upgrade not allowed"),
    dict(p=FT, s="close", t="your new machine's arriving friday, with the extra two years warranty, and the old "
         "one goes back with the driver. thank you for your patience Kelly and sorry again about monday", m="EOCG"),
    dict(p=FT, s="heard", t="I'm so sorry, that's rubbish. I can't actually see a callback promised on the notes, "
         "but I'll get a supervisor to call you today", m="EC", v=["doubt"],
         n="doubting the promise in passing; apology before it has no 'but'; escalation with 'today' is commitment"),
    dict(p=FT, s="heard", t="there's no note of the callback on here, which tells me it never got booked in, and "
         "that's our mistake, not yours. I'm sorry", m="AE",
         n="missing record used to own the failure, not to doubt her; hard negative"),
    dict(p=FT, s="options", t="if you'd rather not wait in for another engineer I could just swap the machine for "
         "a new one, same as yours, plus two more years of cover. or would you prefer the engineer? your call",
         m="OIQ"),
    dict(p=FT, s="options", t="that's two weeks of washing piling up with a toddler and a baby, I'm so sorry. I "
         "can get a senior engineer out to you thursday with a loan machine, would that help?", m="AEOIQ"),
    dict(p=FT, s="heard", t="I'm sorry, genuinely. and I'm doing my best for you here, if you'd give me half a "
         "chance", m="E", v=["insult"], n="the dig at the end answers her in kind; no connective, apology stands"),
    # --- billing-error ---
    dict(p=BE, s="heard", t="you cancelled, we took two payments anyway, and the chat team told you last week it "
         "was fixed when it wasn't. I'm so sorry Margaret", m="AE"),
    dict(p=BE, s="heard", t="I'm so sorry that's really upsetting on a pension but the chat team can't actually "
         "process refunds they should never have told you it was fixed", m="", v=["blame"],
         n="'but' into blaming the chat team cancels the apology"),
    dict(p=BE, s="heard", t="oh no, so your rent bounced as well. I'm so sorry, that's awful. both charges are "
         "coming back to you today, and honestly your bank shouldn't of charged you that fee in the first place",
         m="AEOC", v=["blame"],
         n="blame on her bank after the good part; no connective; 'shouldn't of' mis-hearing"),
    dict(p=BE, s="heard", t="I'm so sorry. so the overdraft's from our two charges, and then the rent went on top "
         "of that. none of it is your doing", m="AE"),
    dict(p=BE, s="options", t="I'll pay back both charges, reimburse what the bank charged you for the overdraft, "
         "and send you written confirmation that the subscription's cancelled. would that put things right for you?",
         m="OIQ"),
    dict(p=BE, s="options", t="I can pay back both charges and the overdraft fee, I'm really sorry this happened. "
         "for future reference you should like always take a screenshot when you cancel something",
         m="EO", v=["correcting"], n="educating her in passing; the apology before has no 'but'"),
    dict(p=BE, s="heard", t="I understand, and I'm really sorry. you'll need to take the rent up with your bank, "
         "it's nothing to do with us", m="AE", v=["dismissal"], n="no 'but': the marks stand beside the ducking"),
    dict(p=BE, s="heard", t="I can't speak for your bank, I wouldn't want to promise you what they'll do. but I "
         "can reimburse the overdraft fee and send you a letter explaining it was our error, if that would help "
         "with them?", m="OIQ", n="honest limit (no promises about her bank), then help; hard negative"),
    dict(p=BE, s="commitment", t="both refunds are going through now and you'll have an email confirming the "
         "cancellation within the hour. thanks ever so much for your patience Margaret", m="OCG"),
    dict(p=BE, s="heard", t="thank you for ringing back Margaret. are you sure the cancellation went through "
         "before the renewal date though?", m="G", v=["doubt"]),
    dict(p=BE, s="vent", t="okay... okay", m=""),
    dict(p=BE, s="vent", t="I'm so sorry to hear that Margaret. what email address was the subscription under?",
         m="EQ", v=["premature_details"]),
    dict(p=BE, s="heard", t="is there anything else it's knocked on, apart from the overdraft fee? I want to make "
         "sure we've caught everything", m="Q"),
    dict(p=BE, s="heard", t="so for the record, you'd cancelled by the third and we charged you on the fifth and "
         "the sixth. I'm sorry about that", m="E", v=["accusation"],
         n="recap framed 'for the record', like the original's 'according to your claim': no acknowledgement; the "
           "apology after it stands"),
    dict(p=BE, s="close", t="that's everything done, both charges back, the overdraft fee reimbursed, and the "
         "confirmation letter goes in the post today. thanks for your patience through all this", m="OCG"),
    dict(p=BE, s="heard", t="Margaret you're right, you did cancel, I can see it here. apologies for any "
         "inconvenience. I'll put both refunds through now", m="AOC", v=["non_apology"]),
    dict(p=BE, s="heard", t="that must have been such a shock seeing your account overdrawn. but the renewal date "
         "is on the confirmation email, so the charge would've been showing as pending", m="", v=["correcting"],
         n="'but' into a correction cancels the empathy"),
    dict(p=BE, s="options", t="both charges back, the overdraft fee paid, and I'll add three months free on top to "
         "say sorry", m="O", v=["over_promise"], n="free months are not allowed"),
    dict(p=BE, s="heard", t="thank you for telling me your rent bounced because of it, I wouldn't have known "
         "otherwise. I'm really sorry it went that far", m="AEG",
         n="thanks that names the fact, like the original's 'thank you for letting me know it was for a customer "
           "of yours'"),
    dict(p=BE, s="heard", t="I'm really sorry. you did nothing wrong here. the thing is, live chat aren't trained "
         "on billing, so they shouldn't really have told you anything", m="AE", v=["blame"],
         n="'the thing is' is not 'but'/'though': the marks stand beside the blame on another team"),
    dict(p=BE, s="heard", t="um yeah so the cancellation's there on my screen, the third, and then the two charges "
         "after, so you're completely right Margaret. I'm sorry", m="AE",
         n="records cited in her favour; hard negative"),
    # --- generic ---
    dict(p=None, s="heard", t="I totally get why your upset. but you did tick the box agreeing to the delivery "
         "window", m="", v=["correcting"],
         n="'but' into a correction cancels the acknowledgement and empathy; 'your' mis-hearing"),
    dict(p=None, s="heard", t="I'm so sorry you've been bounced between departments like that. that should never "
         "happen", m="AE"),
    dict(p=None, s=None, t="I hear you and I'm sorry. that's just the way the system works though",
         m="", v=["policy"]),
    dict(p=None, s=None, t="I hear you and I'm sorry. I'll dig into what went wrong and ring you by four", m="AEC",
         n="same opening as the policy one, 'I hear you' here not cancelled"),
    dict(p=None, s="heard", t="I'm sorry, I know you've been waiting ages. you should've had an email with the new "
         "date though, did you check your spam?", m="", v=["correcting"],
         n="'though' into a correction cancels the marks; the spam question is not a real question"),
    dict(p=None, s="heard", t="I know you've waited ages, I'm sorry. I can't get it to you today, though I can get "
         "it on tomorrow's first van if you'd like?", m="AEOIQ", n="'though' leads into help, not a violation"),
    dict(p=None, s="heard", t="you're right and I'm sorry. whoever told you that on the phone got it wrong",
         m="AE", v=["blame"], n="singling out another agent in passing"),
    dict(p=None, s="heard", t="you're right and I'm sorry. what you were told on the phone was wrong, and that's "
         "on us", m="AE", n="owning what another agent said, no fault-finding; hard negative"),
    dict(p=None, s="options", t="so I can offer you a full refund or a replacement sent next day, what would you "
         "rather? you'll need to send the faulty one back first though, that's the process", m="OIQ", v=["policy"],
         n="wall after the offer: options and asks_input stand"),
    dict(p=None, s="options", t="I can do a refund or a replacement. for the refund I'd need the item back, but "
         "we'll cover the postage. which would you prefer?", m="OIQ", n="honest condition, not a policy wall"),
    dict(p=None, s="commitment", t="I've escalated it to my team leader and she'll call you before five today. and "
         "I promise you this won't ever happen again", m="C", v=["over_promise"],
         n="bare guarantee: over_promise without options (rule 5)"),
    dict(p=None, s="close", t="thank you for staying on with me, and sorry again it dragged on this long", m="EG"),
    dict(p=None, s="vent", t="yeah", m=""),
    dict(p=None, s="vent", t="okay, I'm so sorry. what's the order number", m="EQ", v=["premature_details"]),
    dict(p=None, s="heard", t="I'd be fuming too honestly, calm down a sec though and let me explain",
         m="", v=["calm_down"], n="'though' into calm down cancels the empathy"),
    dict(p=None, s="heard", t="I'd be fuming too honestly. give me a second to pull it up and I'll tell you what I "
         "can do", m="E", n="same opening, nothing slipped in"),
    dict(p=None, s="heard", t="I can see why you're angry. I'm sorry, but I just work on the phones, I can't "
         "change the delivery", m="", v=["dismissal"], n="'but' into ducking cancels both marks"),
    dict(p=None, s="heard", t="thanks for flagging it. I have to say it's the first time anyone's reported this, "
         "which is strange", m="G", v=["doubt"]),
    dict(p=None, s="heard", t="thanks for flagging it, honestly. if it's happened to you it's probably happened to "
         "others, so you've done us a favour", m="G"),
    dict(p=None, s="options", t="I'm really sorry. I can get the delivery fee back to you straight away and post a "
         "new one tomorrow, would that help? and delivery's free for you from now on, forever",
         m="EOIQ", v=["over_promise"], n="offer times inside the proposal; the free-delivery promise is too much"),
    dict(p=None, s="heard", t="so it arrived damaged even though the box looked fine. that's odd, um, we've never "
         "had that with this supplier", m="A", v=["doubt"],
         n="recap stands (no 'but'), then doubt, like the original's tracking recap + 'are you sure'"),
    dict(p=None, s="heard", t="I understand, and I'm sorry. if you'd read the confirmation email though the date "
         "was on there", m="", v=["correcting"]),
    dict(p=None, s=None, t="I'm sorry, that's not good enough and I'll make it right. the only thing is you'll "
         "need to fill in the online form first", m="AE", v=["policy"],
         n="'the only thing is' is not a listed contrastive connective: marks stand beside the wall"),
    dict(p=None, s="heard", t="I'm really sorry you had to call three times. I'm not going to make excuses, let me "
         "sort it", m="AE"),
    dict(p=None, s="commitment", t="I'll call you tomorrow between nine and ten. I know you're busy so I won't "
         "keep you long", m="C"),
    dict(p=None, s="heard", t="I'm sorry. that's on us", m="AE"),
    dict(p=None, s="heard", t="look I know, and I'm sorry, but there's honestly nothing more I can do today",
         m="", v=["dismissal"]),
    dict(p=None, s="heard", t="I know you needed it today and I'm sorry. the warehouse is shut for tonight so "
         "nothing can move until eight tomorrow, but I'll be on it first thing and I'll ring you by ten", m="AEC",
         n="honest obstacle with a plan, not 'nothing I can do'; hard negative"),
    dict(p=None, s="heard", t="thank you for your patience, but I do need you to stop shouting at me",
         m="G", v=["calm_down"],
         n="'but' cancels only acknowledge and empathise; the thanks is plain, not sarcastic, and stands"),
    dict(p=None, s="heard", t="I'm sorry you're upset, and you're entitled to be", m="E", v=["non_apology"],
         n="'sorry you're upset' is a non-apology (rule 7); 'you've every right to be' is empathy on its own"),
    dict(p=None, s="heard", t="I completely understand and I apologise. however the refund can only go back to the "
         "original card, those are the rules", m="", v=["policy"], n="'however' into a wall cancels the marks"),
    dict(p=None, s="options", t="I completely understand. however, what I can do is refund it to your original "
         "card today, would that work?", m="AOIQ", n="'however' into help keeps the acknowledgement"),
    dict(p=None, s="heard", t="I'm so sorry for all this. could I take the account number now so I can get the "
         "refund moving?", m="EQ", n="details asked once she's been heard: not premature"),
    dict(p=None, s="heard", t="I- I'm really sorry. we've let you down and I'm gonna put it right, I promise you",
         m="E",
         n="'we've let you down' is a sincere apology, empathy only (README example); a promise with no remedy or "
           "time is neither over_promise nor commitment"),
    dict(p=None, s="heard", t="right so you ordered on the first, it still hasn't come and nobody's answered your "
         "emails. no wonder you're cross. and, um, just so you know, shouting at me won't make the van come any "
         "quicker", m="AE", v=["calm_down"],
         n="telling off in passing after a full acknowledgement; no connective"),
    dict(p=None, s="commitment", t="I'm putting the refund through now and you'll have the confirmation email "
         "within the hour, and sorry it took you three calls to get here", m="AEOC",
         n="'sorry it took you three calls' names what she went through (rule 14)"),
    dict(p=None, s="options", t="refund or a replacement on next day delivery, up to you, whichever's easier",
         m="OI", n="imperative invitation: asks_input without a question"),
    dict(p=None, s="close", t="is there anything else I can help with today?", m="Q"),
]

write_batch(ITEMS, "gn", Path(__file__).with_name("replies_extra195.jsonl"))
