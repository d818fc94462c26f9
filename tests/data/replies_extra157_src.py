"""Source of `replies_extra157.jsonl`: batch 157, in the original set's style (tune split only).

Written by hand one reply at a time, each as a different trainee might say it, in the style of the
original set, learned from a copy of its tune part alone, without reading the judge's code or any
other labelled batch. Its theme is a fresh cross-section: the original set's own mix of marks,
stages, personas and violation kinds (about a third of replies with a violation, about a quarter
good replies with three or more marks, a few with no mark at all), in entirely new wordings and
situations, e.g. "two whole mornings sat in for nobody, I'd be climbing the walls", "oh here we go,
the lawyer threat, very original", "sorry mate but liability's capped, them's the rules", "go
ahead, I'm all ears" (a back-channel, not an invitation), "I can't do an upgrade, I'm sorry, but
I can...". About half are styled like a Whisper transcript; hard negatives sit beside the faults
they resemble (honest limits, apologies for a refusal, back-channels, times with no declared step).

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra157.jsonl next to it (ids fb0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician (Bernadette: broadband install missed twice, two days off work) ---
    dict(p=MT, s="vent", t="*sighs* yep, go on", m="", v=["insult"],
         n="transcribed sigh (rule 12); the back-channel does not cancel it"),
    dict(p=MT, s="heard", t="right, let me check I've got this straight. both visits were eight till twelve, "
         "nobody came either time, and there wasn't even a text?", m="AQ", n="check-back question"),
    dict(p=MT, s="vent", t="I won't interrupt, you get it all off your chest", m="",
         n="invitation to keep venting; no restatement, so not acknowledge (rule 13)"),
    dict(p=MT, s="heard", t="so you booked the eight till twelve, um, stayed in all morning, nobody came and "
         "nobody rang, and then the exact same thing happened the second time", m="A"),
    dict(p=MT, s="heard", t="oh god, two whole mornings sat in for nobody. I- I'd be climbing the walls honestly",
         m="AE"),
    dict(p=MT, s="heard", t="um the techs get pulled onto whatever jobs come in, sometimes one overruns and they "
         "just can't make the next one, that's kind of the nature of it", m="", v=["dismissal"],
         n="minimising the no-show as normal, like 'these things happen'"),
    dict(p=MT, s="heard", t="are you certain it was the morning slot? cause I've got an afternoon booking showing "
         "on here", m="", v=["doubt"], n="'are you certain' + 'it shows here': rhetorical, not a real question"),
    dict(p=MT, s="heard", t="well if you'd rung us at ten when he hadn't turned up we could of sorted something "
         "out", m="", v=["correcting"], n="'could of' mis-hearing; tells her what she should have done"),
    dict(p=MT, s="heard", t="two days off for nothing, that's awful. did you, um, did you lose pay for both or "
         "could you work from home at all", m="AEQ"),
    dict(p=MT, s="options", t="I'm really sorry about both mornings. okay so what I can do is take the "
         "installation fee off completely, put a month's credit on the account, and get you the eight a.m. slot, "
         "first job of the day. how does that sound?", m="EOIQ",
         n="'sorry about both mornings' apologises without restating, as the original's 'sorry about the last two "
         "visits'"),
    dict(p=MT, s="options", t="I'll refund the lot, your broadband free for the year, and we'll cover your wages "
         "for both days you missed", m="O", v=["over_promise"]),
    dict(p=MT, s="commitment", t="right, tuesday at eight is locked in, the fee's off your account, and a "
         "confirmation text is coming to your mobile within five minutes", m="OC"),
    dict(p=MT, s="heard", t="I'm sorry you feel the technician let you down.", m="", v=["non_apology"]),
    dict(p=MT, s="close", t="lovely, so eight a.m. thursday and you're first on his list. thanks ever so much for "
         "bearing with us, bernadette", m="OCG", n="confirmed rebooking is a remedy (rule 4)"),
    dict(p=MT, s="heard", t="look, shouting at me isn't going to get the engineer round any faster",
         m="", v=["calm_down"]),
    dict(p=MT, s="options", t="I appreciate you hanging in there with us. so the installation fee comes off, a "
         "month's credit goes on, and I've got an eight a.m. slot wednesday or friday, whichever's easier for "
         "you?", m="OGIQ"),
    dict(p=MT, s="options", t="would saturday morning be easier, so you don't have to book another day off? and "
         "I'll take the call out charge off either way", m="OIQ",
         n="'I'll' with no time inside a proposal: offer, not commitment"),
    dict(p=MT, s="heard", t="I'm so sorry. you did your bit, you were in, and we didn't turn up. can I ask what "
         "hours your working this week so we don't clash again?", m="AEQ",
         n="'your' mis-hearing; 'sorry' + what happened, and a real question about her week"),
    dict(p=MT, s="commitment", t="I'm escalating both no-shows to the area manager now, and she'll ring you "
         "before four this afternoon", m="C", n="escalation with a time: commitment only (rule 4)"),
    dict(p=MT, s="heard", t="what's the best number to get you on during the day, is the mobile okay?", m="Q",
         n="detail request after venting: not premature"),
    dict(p=MT, s="heard", t="I'm really sorry nobody even picked up the phone to warn you. of course you're "
         "annoyed. and cheers for letting us have another go at it", m="AEG"),
    dict(p=MT, s="heard", t="yeah it's two days off, I get that, it's two days. so what is it you expect me to do "
         "exactly", m="", v=["dismissal"],
         n="impatient 'I get that' into a hostile question: neither acknowledge nor asks_input"),
    # --- lost-express (Marcus: overnight parcel of parts for a restaurant client, never arrived) ---
    dict(p=LE, s="vent", t="sorry to stop you, have you got the consignment number there",
         m="Q", v=["premature_details"]),
    dict(p=LE, s="heard", t="so you paid for overnight, the, uh, the compressor never got to the restaurant, and "
         "the tracking hasn't moved since we collected it. that's a nightmare", m="AE"),
    dict(p=LE, s="heard", t="and now your own client's giving you grief for something we did. I'm really sorry "
         "marcus", m="AE"),
    dict(p=LE, s="heard", t="I hear you, your client's livid. but if you want to go and slag us off online then "
         "go for it. I'll still get the trace opened today", m="OC", v=["threat_back"],
         n="'but' leads into answering the threat: acknowledgement cancelled; the trace after it stands"),
    dict(p=LE, s="heard", t="god, that leaves them in a right mess. what's the restaurant doing in the meantime, "
         "are they having to shut the kitchen?", m="EQ"),
    dict(p=LE, s="options", t="you forked out for overnight and it's vanished, that's not on. I can refund the "
         "express fee now, start a trace, and have a same day courier run new parts to the restaurant at our "
         "cost. shall I do all three?", m="AOIQ", n="'I can ... now' inside a proposal: offer, not commitment"),
    dict(p=LE, s="heard", t="I'm gutted for you, Marcus. You paid extra so it'd get there, and you've ended up "
         "looking bad in front of your own client. and thank you for getting me the details so quick", m="AEG"),
    dict(p=LE, s="options", t="I can't cover your lost business, I'll be upfront about that. but the express fee "
         "back and a courier with new parts today, that I can do. would that help with your client?", m="OIQ",
         n="honest limit (rule 11), not a policy wall"),
    dict(p=LE, s="commitment", t="the courier's booked for a one o'clock pickup from the warehouse, and the trace "
         "reference will be in your inbox within ten minutes", m="OC"),
    dict(p=LE, s="heard", t="it's the courier firm honestly, not us, they're the ones who lost it. I'm sorry "
         "though, I'll get your express fee refunded right now", m="EOC", v=["blame"],
         n="apology after the blame is not cancelled (rule 2)"),
    dict(p=LE, s="heard", t="thanks for ringing as soon as you knew, it gives us a far better chance of finding "
         "it", m="G"),
    dict(p=LE, s="heard", t="okay so as per your complaint you're alleging the parcel was never collected",
         m="", v=["accusation"]),
    dict(p=LE, s="heard", t="honestly if it was my business and my customer chasing me I'd be sweating too", m="E"),
    dict(p=LE, s="close", t="brilliant. so the courier's on it's way, the fee's been refunded, and I'll ring you "
         "at four with whatever the trace turns up. cheers for sticking with me", m="OCG"),
    dict(p=LE, s="heard", t="hang on, I need you to stop shouting so I can actually think", m="", v=["calm_down"]),
    dict(p=LE, s="heard", t="are you sure you booked it overnight and not standard? the price on here looks like "
         "standard", m="", v=["doubt", "correcting"]),
    dict(p=LE, s="options", t="I know the restaurant's on your back and that's on us. how about a courier out "
         "with a new compressor and control board this afternoon, at our cost, and the express fee back to you? "
         "would that help smooth things over", m="AOIQ",
         n="'this afternoon' sits inside a proposal: offer, not commitment; question without a question mark"),
    dict(p=LE, s="options", t="right, your call. same day courier straight to the restaurant with replacements, "
         "or to your workshop so you can fit them yourself. which is better for you", m="OIQ",
         n="choice question without a question mark"),
    dict(p=LE, s="commitment", t="I've opened the trace now, the depot's got twenty four hours to come back, and "
         "you'll get a call from me tomorrow by ten whatever they say", m="OC"),
    dict(p=LE, s="heard", t="sorry mate but liability's capped at the standard limit, them's the rules, nothing "
         "more I can do", m="", v=["policy", "dismissal"], n="'sorry, but' into a wall: no empathy"),
    dict(p=LE, s="heard", t="I'm so sorry. I can see exactly why you're furious, your client's waiting on parts "
         "that should've turned up yesterday. where do you want me to start?", m="AEIQ"),
    dict(p=LE, s="heard", t="yeah they do go walkabout sometimes, but I'll refund the express fee today for you",
         m="OC", v=["dismissal"], n="minimising first; the offer with 'today' after it stands"),
    # --- escalated-exec (Eleanor Ashcombe: third SLA-breaching outage this quarter, emailed the CEO) ---
    dict(p=EE, s="vent", t="before we get into it, could you confirm the contract reference for ferrow",
         m="Q", v=["premature_details"]),
    dict(p=EE, s="heard", t="three outages in one quarter, every one of them over the SLA, and your warehouses at "
         "a standstill each time. I can see why it ended up on the CEO's desk", m="A",
         n="restatement; 'I can see why it ended up with the CEO' names no feeling, so no empathy"),
    dict(p=EE, s="heard", t="ms ashcombe I'm- I'm sorry. that's the third time this quarter we've let your team "
         "down and it isn't good enough", m="AE"),
    dict(p=EE, s="heard", t="with respect, two of those incidents started on your network, not ours",
         m="", v=["blame"]),
    dict(p=EE, s="heard", t="um the uptime for the quarter is actually ninety nine point six so strictly speaking "
         "we're, we're within the agreement", m="", v=["correcting"]),
    dict(p=EE, s="options", t="I hear you on the contract. I can't release you from it, but I can apply the "
         "service credit for the quarter and give you a named account manager who answers to you. would that be "
         "a start?", m="AOIQ", n="honest limit, then 'but' leads into help: acknowledgement stands"),
    dict(p=EE, s="heard", t="six hours with the warehouse stood still, I'm sorry. how many sites went down this "
         "time, and for roughly how long?", m="AEQ"),
    dict(p=EE, s="options", t="I'm sorry, you deserved better than three breaches in a quarter. here's what I can "
         "put forward. the service credit for the whole quarter, a named account manager from monday, and a root "
         "cause report in writing. would you be willing to look at that?", m="AEOIQ",
         n="'from monday' describes the offer, not a declared step: no commitment"),
    dict(p=EE, s="options", t="if that's what it takes I'll release you from the contract, no penalty",
         m="O", v=["over_promise"]),
    dict(p=EE, s="commitment", t="I'm sorry it's taken a third outage to get this far. you'll have the root cause "
         "report by friday the twelfth, and your account manager tom okafor will call you this afternoon before "
         "five", m="EOC",
         n="'sorry it's taken a third outage' is an apology, not a restatement (like the original's 'sorry it's "
         "taken this long'): empathise only"),
    dict(p=EE, s="heard", t="I'm sorry if the outages have caused any issues for your operation.",
         m="", v=["non_apology"]),
    dict(p=EE, s="heard", t="the contract is the contract. any early exit has to go through legal, in writing",
         m="", v=["policy"]),
    dict(p=EE, s="heard", t="I'm grateful you've let me respond before this goes any further", m="G"),
    dict(p=EE, s="heard", t="if you want to take it to your lawyers that's your call. we'll see you in court",
         m="", v=["threat_back"]),
    dict(p=EE, s="close", t="Thank you, Eleanor. So just to recap, the quarter's credit is applied, tom calls you "
         "tomorrow at nine, and the report's with you by the twelfth.", m="OCG"),
    dict(p=EE, s="heard", t="I can't imagine having to tell a warehouse full of people to stand around for six "
         "hours, three times over. that's awful", m="AE", n="'can't imagine' is sympathy (rule 8)"),
    dict(p=EE, s="heard", t="so if I've understood, it's not even the outages on their own, it's that nobody here "
         "has put their hand up for any of it. is that fair?", m="AQ", n="check-back question"),
    dict(p=EE, s="options", t="I can't promise you zero downtime and I won't insult you by pretending. what I can "
         "do is the SLA credit and a root cause report with real dates in it. would that give you something for "
         "your board?", m="OIQ", n="honest limit, not a policy wall; no date declared, so no commitment"),
    dict(p=EE, s="commitment", t="I'm booking you in with our head of platform for eleven tomorrow, and the "
         "invite will be in your inbox within half an hour", m="C",
         n="a meeting with a manager is an escalation, not a remedy"),
    dict(p=EE, s="heard", t="I hear you, three outages is not okay. any damages claim has to go to our legal team "
         "in writing, that's the process", m="A", v=["policy"],
         n="no contrastive connective: the acknowledgement stands beside the wall (rule 2)"),
    # --- vip-client (Julian Fairclough: completion wire two days late, heard it from the seller's solicitor) ---
    dict(p=VC, s="vent", t="Of course, sir.", m=""),
    dict(p=VC, s="vent", t="could I just take your account number and the last four digits of your card, mr "
         "fairclough", m="Q", v=["premature_details"]),
    dict(p=VC, s="heard", t="So the completion funds were two days late, the purchase very nearly fell through, "
         "and you heard it from the seller's solicitor instead of from us. That is unacceptable, sir.", m="A"),
    dict(p=VC, s="heard", t="finding out from the other side's solicitor must have been humiliating. I'm so sorry",
         m="AE"),
    dict(p=VC, s="heard", t="that must have been a very long two days, sir, with the sellers waiting and no word "
         "from us. I'm sorry", m="AE"),
    dict(p=VC, s="options", t="I understand you found out from the solicitor and not from us, and I'm sorry. from "
         "now on I'd want a named senior banker on a direct number for you, so you hear from us first. shall I "
         "arrange it?", m="AEOIQ"),
    dict(p=VC, s="options", t="What I'd propose is reversing the transfer fees, a named senior relationship "
         "banker you can ring directly, and same day expedited transfers on your accounts. may I go ahead with "
         "that?", m="OIQ"),
    dict(p=VC, s="options", t="I'll waive every fee on your accounts for the next five years, sir, and we'll "
         "cover your solicitor's costs", m="O", v=["over_promise"]),
    dict(p=VC, s="heard", t="With the greatest respect, sir, you're not the only client we have.", m="", v=["insult"]),
    dict(p=VC, s="heard", t="We regret that the transfer didn't meet your expectations.", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="if you'd rather take your portfolio to another bank, sir, that's entirely your "
         "decision", m="", v=["threat_back"],
         n="answering his threat to leave in kind (like 'move your accounts then')"),
    dict(p=VC, s="commitment", t="I know how close that came, sir. your fees are reversed as of this afternoon, "
         "and catherine hale, your new relationship banker, will ring you at ten tomorrow morning", m="AOC",
         n="'I know how close that came' shows the near-miss on the purchase was heard"),
    dict(p=VC, s="heard", t="thank you for your loyalty, sir, and for telling me so plainly what went wrong", m="G"),
    dict(p=VC, s="heard", t="you're entirely right, you should've heard about it from us, not from the seller's "
         "side. thank you for raising it with me directly", m="AG"),
    dict(p=VC, s="heard", t="hmm. I've no record of any delay, and the evidence on our side shows the wire left "
         "on time", m="", v=["doubt", "accusation"]),
    dict(p=VC, s="close", t="Is there anything else I can assist you with today, sir?", m="Q",
         n="ending check: question, not asks_input (rule 6)"),
    dict(p=VC, s="options", t="would you like the fee reversal paid back today, or held against your next "
         "transfer? either way every transfer from now on goes same day", m="OIQ",
         n="'today' inside a choice: not commitment"),
    dict(p=VC, s="heard", t="so what you're claiming is the bank failed to execute on time", m="", v=["accusation"]),
    dict(p=VC, s="heard", t="if it were my home riding on that money I think I'd have been beside myself", m="E"),
    dict(p=VC, s="heard", t="I appreciate your patience, sir. I'll have the full timeline of that wire over to "
         "you by three o'clock", m="CG"),
    dict(p=VC, s="heard", t="I- I'm very sorry sir, I'd be livid too. but to be fair the instruction did come in "
         "after the cut-off", m="", v=["correcting"], n="'but' leads into correcting: apology and empathy cancelled"),
    # --- failed-twice (Kelly Brennan: seven-month-old washer broken twice since repair, callback never came) ---
    dict(p=FT, s="vent", t="oh gosh, that's rotten. go on", m="E", n="sincere sympathy while letting her vent"),
    dict(p=FT, s="vent", t="what's the serial number on the back of the machine", m="Q", v=["premature_details"]),
    dict(p=FT, s="heard", t="seven months old, repaired, broken again, and the supervisor never rang you back on "
         "monday. I'd be at my wits end", m="AE"),
    dict(p=FT, s="heard", t="with a toddler and a baby in the house as well, that's a mountain of washing with no "
         "machine. I'm so sorry", m="AE", n="names the impact at home, then a sincere apology"),
    dict(p=FT, s="heard", t="I'm sorry, that must be exhausting. how have you been getting the washing done, have "
         "you had to go to the launderette?", m="EQ"),
    dict(p=FT, s="heard", t="a lot of the time it's too much in the drum, do you tend to fill it right to the "
         "top?", m="", v=["correcting"], n="implies her error; not a real question"),
    dict(p=FT, s="options", t="an upgrade or a refund isn't something I can do, I'm sorry. um what I can offer is "
         "a brand new machine, the same model, with the warranty stretched by another two years, or a senior "
         "engineer round this week and a loan machine till it's fixed. which would suit you?", m="OIQ",
         n="'sorry' apologises for the refusal: no empathy"),
    dict(p=FT, s="options", t="I'll get you the top of the range model sent out and refund what you paid for this "
         "one", m="O", v=["over_promise"]),
    dict(p=FT, s="commitment", t="thanks for bearing with me. the new machine's booked in for thursday between "
         "seven and eleven, and the old one goes back on the same van", m="OCG"),
    dict(p=FT, s="heard", t="the supervisor that was meant to ring you is off this week, so that's down to him "
         "really", m="", v=["blame"]),
    dict(p=FT, s="heard", t="I'm really sorry nobody rang you back on monday like you were promised", m="AE",
         n="'sorry' + what happened to her (rule 14)"),
    dict(p=FT, s="heard", t="hm, that's not something we'd normally see on a machine that age", m="", v=["doubt"]),
    dict(p=FT, s="heard", t="calm down love, it's only a washing machine", m="", v=["calm_down", "insult"]),
    dict(p=FT, s="heard", t="thank you for giving us one more go at it, I know you didn't have to", m="G"),
    dict(p=FT, s="close", t="so the engineer's out to you wednesday morning with a loan machine, and I'll call "
         "you thursday to check it's all running. thanks for your patience kelly", m="OCG"),
    dict(p=FT, s="options", t="it's been fixed twice and failed twice, I'm sorry. I want to, uh, send you a new "
         "machine, same model, with two years added to the warranty. would that be okay with you?", m="AEOIQ"),
    dict(p=FT, s="heard", t="I get it, you've done everything you were meant to and we just keep letting you down",
         m="A"),
    dict(p=FT, s="options", t="what would feel fair to you, after everything?", m="IQ"),
    dict(p=FT, s="commitment", t="I'm putting the replacement order through right now and the confirmation email "
         "will be with you in ten minutes", m="OC"),
    dict(p=FT, s="heard", t="keep talking to me like that and I'll be marking your account as abusive",
         m="", v=["threat_back"]),
    dict(p=FT, s="heard", t="I'm sorry kelly. honestly, what's been the worst of it for you?", m="EQ"),
    # --- billing-error (Margaret Ellison: cancelled, charged twice, overdraft fee, chat said it was fixed) ---
    dict(p=BE, s="vent", t="mm, okay, yes", m=""),
    dict(p=BE, s="vent", t="oh dear, I'm so sorry margaret. can I take the postcode on the account first?",
         m="EQ", v=["premature_details"]),
    dict(p=BE, s="heard", t="so you cancelled, we took it twice anyway, you went overdrawn and got charged a fee, "
         "and then the chat told you it was fixed when it wasn't", m="A"),
    dict(p=BE, s="heard", t="Oh Margaret, I'm so sorry. On a pension as well, that's the last thing you needed.",
         m="E"),
    dict(p=BE, s="heard", t="the chat team would have said it was being processed, they wouldn't say fixed",
         m="", v=["doubt"], n="contradicts her account of what she was told"),
    dict(p=BE, s="options", t="I'm sorry about the rent too, margaret. do you want the money back on your card, "
         "or paid straight into your bank? the overdraft fee I'll cover either way", m="EOIQ",
         n="'sorry about the rent' apologises without restating what happened: empathise only"),
    dict(p=BE, s="options", t="you cancelled properly and we still took it, I'm sorry. I'll put both charges "
         "back, repay the overdraft fee, and confirm in writing that the subscription's closed. does that sound "
         "alright to you?", m="AEOIQ", n="'I'll' with no time: offer, not commitment"),
    dict(p=BE, s="options", t="thank you for bearing with me margaret. both charges back, the fee back, and I'll "
         "add a hundred pounds to your account for the trouble", m="OG", v=["over_promise"]),
    dict(p=BE, s="commitment", t="I'm so sorry about the overdraft. both refunds go back on your card today and "
         "the overdraft fee by friday and I'll post the cancellation letter tonight", m="EOC"),
    dict(p=BE, s="heard", t="the overdraft's really between you and your bank though, we can't be responsible for "
         "that", m="", v=["blame"]),
    dict(p=BE, s="heard", t="I'm sorry you're upset about the charges", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="you really should've checked the cancellation had gone through at the time",
         m="", v=["correcting"]),
    dict(p=BE, s="heard", t="you've been very patient with me, thank you, I know this is your second go at "
         "getting it sorted", m="AG", n="names what she has been through (the second attempt)"),
    dict(p=BE, s="heard", t="I know it's frustrating but there's a seventy two hour processing rule and it's out "
         "of my hands", m="", v=["policy"], n="'but' into a wall cancels the acknowledgement"),
    dict(p=BE, s="close", t="That's all done. Thank you, Margaret, and I'm sorry again for all the worry.", m="EG"),
    dict(p=BE, s="heard", t="honestly if that happened to my mum I'd be on the phone shouting too", m="E"),
    dict(p=BE, s="options", t="I can refund the two payments and the overdraft fee. I can't go past that, I'm "
         "sorry, but would that put things right for you?", m="OIQ", n="'sorry' for the limit: no empathy"),
    dict(p=BE, s="commitment", t="you'll have an email confirmation within the hour, and I'll phone you at eleven "
         "tomorrow to check the money's arrived", m="C"),
    dict(p=BE, s="heard", t="did the rent go out okay, or did that bounce as well?", m="Q"),
    dict(p=BE, s="heard", t="alright margaret, no need to get yourself worked up. I'll refund both charges today",
         m="OC", v=["calm_down"]),
    dict(p=BE, s="heard", t="I can see on here you cancelled on the third, so your completely right, those "
         "charges should never have gone out. I'm sorry, I'll get both refunded for you today", m="AEOC",
         n="'your' mis-hearing; checks the record in her favour, so no doubt"),
    # --- generic (no persona) ---
    dict(p=None, s="vent", t="uh huh", m=""),
    dict(p=None, s="vent", t="hold on, hold on, can I get a reference off you first", m="Q", v=["premature_details"],
         n="interrupts the vent for details"),
    dict(p=None, s="heard", t="please, just relax a second", m="", v=["calm_down"]),
    dict(p=None, s=None, t="I get it.", m="A", n="bare sincere 'I get it' (rule 1)"),
    dict(p=None, s="options", t="I'm really sorry this has taken so long. I can refund the delivery charge, or "
         "courier a replacement out to you, which would you rather?", m="EOIQ",
         n="apology for the delay, no account of what happened: empathise only"),
    dict(p=None, s="heard", t="that's a lot to deal with on top of everything else, how you holding up", m="EQ",
         n="real question about her, transcribed without a question mark"),
    dict(p=None, s="heard", t="I've noted down what you're alleging about the driver, and my supervisor will "
         "phone you before five", m="C", v=["accusation"]),
    dict(p=None, s="heard", t="oh here we go, the lawyer threat, very original", m="", v=["insult"]),
    dict(p=None, s="heard", t="if you don't stop swearing I'm disconnecting the call", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="that's what the system's saying, I can't override it", m="", v=["policy"]),
    dict(p=None, s="heard", t="thanks for hanging on, I know the hold music's been going a while. what can I do "
         "to put this right for you?", m="AGIQ", n="names the wait on hold, so acknowledge as well as gratitude"),
    dict(p=None, s=None, t="look, it is what it is", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="Thank you for being honest with me about how much this has affected you.", m="G"),
    dict(p=None, s="options", t="I can either send a replacement out tomorrow or refund you in full today, "
         "totally up to you", m="OI", n="imperative invitation: asks_input without a question; times inside a choice"),
    dict(p=None, s="options", t="shall I go ahead and book that in?", m="IQ", n="no new remedy named in this reply"),
    dict(p=None, s="commitment", t="I'll get a manager to ring you back before the end of the day", m="C"),
    dict(p=None, s="commitment", t="I'll do my best to get it sorted for you", m="", n="promise with no time"),
    dict(p=None, s="heard", t="I'm really sorry you had to explain all of this three times over", m="AE",
         n="'sorry you had to' + what she went through (rule 14)"),
    dict(p=None, s="heard", t="that's on us, full stop. where would you like me to start?", m="AIQ"),
    dict(p=None, s="close", t="thanks so much for your time today, and you'll have the confirmation email by "
         "tonight", m="CG"),
    dict(p=None, s=None, t="I totally understand, and I'm sorry. You've been nothing but reasonable about all "
         "this", m="AE"),
    dict(p=None, s=None, t="regarding your allegation about the previous agent, I'll pass that on",
         m="", v=["accusation"]),
    dict(p=None, s="options", t="three different answers from three different people, that's not okay. what I'd "
         "suggest is um refunding the fee in full today, does that work for you", m="AOIQ",
         n="'today' inside a suggestion awaiting her answer: offer, not commitment (rule 3)"),
    dict(p=None, s="heard", t="sorry for any inconvenience", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="I can promise you faithfully this will never ever happen again.",
         m="", v=["over_promise"], n="bare guarantee: over_promise without options (rule 5)"),
    dict(p=None, s="heard", t="so the first one arrived broken, the replacement never turned up, and you've been "
         "on hold like forty minutes today. I'm so sorry, that's awful. what would help most right now?", m="AEIQ"),
    dict(p=None, s="heard", t="wow. okay. are you done now?", m="", v=["insult"],
         n="rude rhetorical question, not a real one"),
    dict(p=None, s="heard", t="I'm sorry, but whose idea was it to cancel the order in the first place?",
         m="", v=["blame"], n="'sorry, but' into fault-finding; rhetorical question"),
    dict(p=None, s="commitment", t="I've flagged it urgent and you'll hear from me tomorrow by ten, I promise", m="C"),
    dict(p=None, s="vent", t="go ahead, I'm all ears", m="",
         n="back-channel while venting, not an invitation for ideas: no asks_input"),
]

write_batch(ITEMS, "fb", Path(__file__).with_name("replies_extra157.jsonl"))
