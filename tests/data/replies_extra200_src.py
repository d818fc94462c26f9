"""Source of `replies_extra200.jsonl`: batch 200, in the original set's style (tune split only).

Written by hand one reply at a time, each as a different trainee would say it to that persona at that stage,
in the style of the original set, learned from a copy of its tune part alone, without reading the judge's
code or any other labelled batch. Theme: a plain cross-section, with the original set's own mix of stages,
personas, marks and faults, and the generic `None` persona well represented (about 29% of items, including
stage-less one-liners such as "that's not my problem" or "well, rules are there for a reason"). Beside the
good replies and the plain faults sit hard negatives that look like a fault or a mark but are not: honest
limits ("paying for the lost work isn't something I'm allowed to do"), "sorry" as a refusal or a stammer,
sincere "I'm really sorry we let you down" against "sorry you feel let down by us", "what you're saying is"
against "you're alleging", "I hear you" said straight into a request for details, back-channels and vague
promises with no time ("I'll get a supervisor to call you"). Mixed replies put a mark beside a violation,
with and without a "but" / "though" / "however" between them. About half are styled like a Whisper
transcript (lowercase, fillers, false starts, "your" for "you're", "should of", "technition").

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra200.jsonl next to it (ids gs0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- generic (persona None) ---
    dict(p=None, s="vent", t="mhm. yeah.", m="", n="back-channel while they vent: neither acknowledge nor "
         "empathise (rule 13)"),
    dict(p=None, s="vent", t="okay okay. so what's the account number then", m="Q", v=["premature_details"],
         n="'okay okay' is filler; details asked while still venting"),
    dict(p=None, s="vent", t="jeez, that's really not on. keep going, I'm here", m="E",
         n="sincere sympathy while letting them vent, like 'god that's awful. sorry, go on'"),
    dict(p=None, s="vent", t="hang on, hang on, who am I speaking to and what's the postcode there", m="Q",
         v=["premature_details"], n="interrupts the vent to ask for name and postcode"),
    dict(p=None, s="heard", t="so you ordered it on the third, it turned up broken, and the replacement never came "
         "at all. have I got that right?", m="AQ", n="check-back question"),
    dict(p=None, s="heard", t="you're not wrong. we've really messed you about here", m="A",
         n="owns the failure without an apology or a feeling: acknowledge only"),
    dict(p=None, s="heard", t="well that's not what the system's telling me", m="", v=["doubt"]),
    dict(p=None, s="heard", t="so according to you we just took the money without asking. is that the allegation?",
         m="", v=["accusation"], n="court-room framing of the complaint; rhetorical, not a real question"),
    dict(p=None, s="heard", t="I don't get paid enough to be spoken to like this", m="", v=["insult"],
         n="answers the customer's tone in kind; no instruction to calm down, no threat"),
    dict(p=None, s="heard", t="sorry, but you agreed to all this when you signed up", m="", v=["correcting"],
         n="'sorry, but' into correcting: no empathy"),
    dict(p=None, s="heard", t="right, and on top of all that you got cut off twice trying to get through to us. "
         "I'm so sorry", m="AE"),
    dict(p=None, s="heard", t="I understand this is really frustrating for you", m="AE",
         n="rule 1: understand + frustrating"),
    dict(p=None, s="heard", t="when you first rang us, what were you told, and did you get a reference off them?",
         m="Q", n="detail question after the vent: not premature"),
    dict(p=None, s="heard", t="I hear you. what's the order number?", m="Q",
         n="rule 13: 'I hear you' said straight into a details request is not acknowledge"),
    dict(p=None, s="heard", t="I hear you, it came twice and you've been billed for both. what's the order number "
         "so I can pull it up", m="AQ", n="rule 13: said back with what went wrong, so it is acknowledge"),
    dict(p=None, s="heard", t="thank you for being so honest with me about how this has affected you", m="G"),
    dict(p=None, s="heard", t="you shouldn't have had to spend your whole lunch break on hold to us. I'm sorry",
         m="AE", n="names what they had to go through, then apologises"),
    dict(p=None, s="heard", t="sorry you feel let down by us", m="", v=["non_apology"],
         n="'sorry you feel' (rule 7)"),
    dict(p=None, s="heard", t="I'm really sorry we let you down on this one", m="E",
         n="hard negative for non_apology: sincere, owns it; names no event, so empathise only"),
    dict(p=None, s="heard", t="you're right. you were told it'd be sorted by friday and it wasn't. I'm sorry. I'll "
         "get it sorted and ring you before four today to confirm", m="AEC",
         n="'friday' is part of the restatement; the commitment is the call before four"),
    dict(p=None, s="heard", t="please don't take that tone with me", m="", v=["calm_down"],
         n="telling them to moderate their tone, like 'no need to be rude to me'"),
    dict(p=None, s="heard", t="that's not my department, you'd want the returns team", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="I've noted that you're alleging it was deliberate", m="", v=["accusation"],
         n="court-room language about the complaint; noting it is not acknowledgement"),
    dict(p=None, s="heard", t="I understand, and I'm sorry it's been such a slog. but to be fair, the email did "
         "say five to seven days", m="", v=["correcting"], n="'but' leads into correcting: cancels acknowledge and "
         "empathise"),
    dict(p=None, s="heard", t="I'm sorry, I'm not able to authorise that one myself. what I can do is refund the "
         "postage today", m="O", n="honest limit (rule 11); 'sorry' for the refusal is not empathy; 'I can ... "
         "today' is an offer"),
    dict(p=None, s="heard", t="right, two weeks of waiting, three emails, and not one reply. that's really poor "
         "from us. thanks for hanging in there. what would help most right now?", m="AGIQ"),
    dict(p=None, s="heard", t="I've got kids myself you know, I'd be going up the wall if the cot hadn't come",
         m="AE", n="puts themselves in the customer's place and names the event"),
    dict(p=None, s="heard", t="[sighs] okay, what's the order number", m="Q", v=["insult"],
         n="transcribed sigh (rule 12); details after the vent are not premature"),
    dict(p=None, s="heard", t="I'm so sorry. honestly, that's a nightmare. thank you for telling me, um, I'm gonna "
         "sort this. can I ask when you first noticed?", m="EGQ", n="'gonna sort this' has no time and no remedy"),
    dict(p=None, s="options", t="I could refund the postage or send a new one first class, up to you really",
         m="OI", n="choice with an imperative invitation; no question"),
    dict(p=None, s="options", t="what would feel like a fair outcome to you?", m="IQ"),
    dict(p=None, s="options", t="would you like me to shut the order down completely, so you're not charged again?",
         m="OIQ", n="closing the order so nothing else is taken is a concrete fix"),
    dict(p=None, s="options", t="so I can refund it I can replace it or um I can put it on store credit, which "
         "would suit", m="OIQ"),
    dict(p=None, s="options", t="full refund, fifty quid on top, and free delivery for life. how's that?", m="OIQ",
         v=["over_promise"]),
    dict(p=None, s="options", t="let me see what I can do for you", m="", n="vague; no remedy, no time"),
    dict(p=None, s="commitment", t="I've logged it as a formal complaint and my team leader will call you before "
         "five today", m="C", n="escalation with a time: commitment, not options (rule 4)"),
    dict(p=None, s="commitment", t="I'll sort it out for you, don't worry", m="",
         n="promise with no time or remedy"),
    dict(p=None, s="commitment", t="the refund went through just now, it'll show in three to five working days, "
         "and I'll email you the confirmation in a minute", m="OC"),
    dict(p=None, s="commitment", t="I'm sorry this has dragged on. I'm chasing the warehouse now and I'll ring you "
         "back before ten tomorrow, and thank you for being so reasonable", m="ECG",
         n="chasing is a step, not a remedy"),
    dict(p=None, s="close", t="is there anything else I can help with today?", m="Q", n="ending check (rule 6)"),
    dict(p=None, s="close", t="thanks ever so much for bearing with me. and sorry again that it took three calls "
         "to get here", m="AEG", n="apology names what they went through (rule 14)"),
    dict(p=None, s="close", t="okay, well, have a good afternoon", m=""),
    dict(p=None, s=None, t="that's not my problem", m="", v=["dismissal"]),
    dict(p=None, s=None, t="I'm sorry if you think we've been unhelpful", m="", v=["non_apology"]),
    dict(p=None, s=None, t="I hear you, and honestly you're right to be angry", m="AE"),
    dict(p=None, s=None, t="mate, you need to chill out", m="", v=["calm_down"]),
    dict(p=None, s=None, t="well, rules are there for a reason", m="", v=["policy"]),
    dict(p=None, s=None, t="thanks for flagging it, really, most people just don't bother", m="G"),
    dict(p=None, s=None, t="if you want to go to the papers, be my guest", m="", v=["threat_back"]),
    # --- missed-technician ---
    dict(p=MT, s="vent", t="right, before you go on, is the broadband account in your name?", m="Q",
         v=["premature_details"], n="account-holder check while she is still venting"),
    dict(p=MT, s="vent", t="twice?! oh, I'm so sorry. go on", m="E", n="one-word echo and an apology while letting "
         "her vent; not a restatement"),
    dict(p=MT, s="heard", t="so you booked the morning slot, stayed in, nobody came, then the exact same thing "
         "happened again. and you lost a days wages for each. I'm so sorry, and thank you for not giving up on us",
         m="AEG"),
    dict(p=MT, s="heard", t="the install team are contractors to be fair, its them that didn't show", m="",
         v=["blame"]),
    dict(p=MT, s="heard", t="I'm sorry you had to burn two days' leave waiting in for us", m="AE", n="rule 14"),
    dict(p=MT, s="heard", t="so what you're saying is nobody turned up either time, and nobody rang. that's awful, "
         "I'm sorry", m="AE", n="hard negative for accusation: 'what you're saying' is a plain restatement, not "
         "'you're claiming'"),
    dict(p=MT, s="heard", t="you're quite right, it's not acceptable, and it's on us", m="A"),
    dict(p=MT, s="heard", t="well the window's a guide really, it's not a guaranteed time", m="", v=["correcting"]),
    dict(p=MT, s="heard", t="thanks for being so patient, you've given up two mornings for us already", m="AG"),
    dict(p=MT, s="heard", t="ugh, I know, installs are a nightmare at the moment, its the same for everyone", m="",
         v=["dismissal"], n="'I know' brushes it off into minimising: not acknowledgement"),
    dict(p=MT, s="heard", t="um yeah so- sorry, so basically you've had two mornings wasted and nobody even rang. "
         "I'd be fuming honestly. cheers for giving us another shot at it", m="AEG",
         n="'sorry' is a false start, not the apology; empathy comes from 'I'd be fuming'"),
    dict(p=MT, s="heard", t="I'm really sorry. but if nobody was in when he knocked, there's not a lot he can do",
         m="", v=["doubt"], n="'but' into implying she was not in: cancels the apology"),
    dict(p=MT, s="heard", t="that technition should of rung you, he didn't, and that's on us. I'm sorry. I'll get "
         "the call out fee waived today", m="AEOC", n="mis-hearings 'technition', 'should of'"),
    dict(p=MT, s="options", t="what I'd like to do is take the installation fee off completely, add a month's "
         "credit, and put you first on the list at eight, whichever morning suits. does that sound fair?", m="OIQ"),
    dict(p=MT, s="options", t="a full refund's not something I can sign off, I'm sorry. I can waive the fee and "
         "stick a month's credit on though", m="O", n="honest limit, not policy; 'sorry' for the refusal is not "
         "empathy"),
    dict(p=MT, s="options", t="look I'll just refund the whole lot and pay you back for both days you took off",
         m="O", v=["over_promise"]),
    dict(p=MT, s="options", t="would an eight o'clock on saturday suit you better, so there's no more time off "
         "work?", m="OIQ", n="rebooked first slot is a remedy (rule 4)"),
    dict(p=MT, s="commitment", t="right, that's you booked in for eight sharp on tuesday, first job of the day, "
         "and the fee's been taken off as of now", m="OC"),
    dict(p=MT, s="close", t="cheers for sticking with us Bernadette. I'll give you a ring monday evening to make "
         "sure tuesday's still on", m="CG"),
    # --- lost-express ---
    dict(p=LE, s="vent", t="what's the consignment number on it", m="Q", v=["premature_details"]),
    dict(p=LE, s="vent", t="oh no, and the restaurants waiting on those parts. that's awful. carry on, sorry",
         m="AE", n="says back the point that matters and sympathises while still letting him vent"),
    dict(p=LE, s="heard", t="so it was collected monday, you paid for overnight, and the tracking hasn't moved an "
         "inch since. is that right?", m="AQ"),
    dict(p=LE, s="heard", t="the couriers lost it, not us, we just book them", m="", v=["blame"]),
    dict(p=LE, s="heard", t="parcels do go astray sometimes, it's just one of those things", m="", v=["dismissal"]),
    dict(p=LE, s="heard", t="I'm really sorry, I know how much your name with that client matters to you. would it "
         "help if I rang the restaurant myself and told them the delay was ours?", m="AEOIQ",
         n="offering to repair the relationship with his client is a remedy"),
    dict(p=LE, s="heard", t="hows the restaurant coping without the compressor, are they having to close", m="Q"),
    dict(p=LE, s="heard", t="did you definitely book the overnight service and not the standard one", m="",
         v=["doubt"], n="doubting question, not a real one"),
    dict(p=LE, s="heard", t="I'll be honest with you, paying for the lost work isn't something I'm allowed to do. "
         "that's above what I can sign off", m="", n="honest limit (rule 11): not policy, not dismissal; no mark"),
    dict(p=LE, s="heard", t="thank you for ringing it in so quickly. I'm opening the trace now so the depot starts "
         "looking today", m="OCG", n="trace is a remedy; 'now' attached to the declared step"),
    dict(p=LE, s="heard", t="mate, shouting isn't going to get your parcel there any faster", m="",
         v=["calm_down"]),
    dict(p=LE, s="heard", t="right so what you need first is the parts at the restaurant, and the money side can "
         "wait", m="A", n="says back his priorities"),
    dict(p=LE, s="heard", t="I get it, your client's blaming you for our mistake. but there's a form for lost "
         "goods and it has to go through claims, that's the process", m="", v=["policy"],
         n="'but' into a policy wall cancels the acknowledgement"),
    dict(p=LE, s="options", t="I can get a same day courier out with a new compressor and board and refund your "
         "express fee, do you want it going straight to the restaurant", m="OIQ",
         n="choice question without a question mark"),
    dict(p=LE, s="options", t="I'll cover the lost business, just give me a figure", m="O", v=["over_promise"],
         n="asking the figure is not asking for input"),
    dict(p=LE, s="options", t="would a trace be a start, while I sort the replacement out?", m="OIQ"),
    dict(p=LE, s="options", t="I know you're out of pocket and your client's on your back. what I can do is refund "
         "the overnight charge today and have a courier take replacement parts over this afternoon, on us. would "
         "that get you off the hook with the restaurant?", m="AOIQ",
         n="times inside an offer: not yet a commitment"),
    dict(p=LE, s="options", t="right so, um, I'm gonna refund the express fee right now, that's done, and I'll get "
         "a trace opened. would you want the replacement going to you or the restaurant?", m="OCIQ",
         n="'right now' attached to a declared step"),
    dict(p=LE, s="commitment", t="the trace is in, reference ends four two nine, and the depot have to come back "
         "to me by three. I'll ring you at three either way", m="OC"),
    dict(p=LE, s="commitment", t="courier's booked, collecting at one, and I'll text you the driver's details the "
         "second they come through", m="OC"),
    dict(p=LE, s="close", t="cheers for your help with all this, Marcus. I'll ring you tomorrow at ten with "
         "whatever the trace turns up", m="CG", n="follow-up call only; the trace itself is not offered in this "
         "reply"),
    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="filler while she vents (rule 1)"),
    dict(p=EE, s="vent", t="I'm so sorry. could I just confirm the company name and your account ID first?", m="EQ",
         v=["premature_details"]),
    dict(p=EE, s="heard", t="three outages in one quarter, every one of them over the SLA, and your warehouses "
         "stood still each time. that's a terrible record and I'm not going to defend it", m="A"),
    dict(p=EE, s="heard", t="if you want to get lawyers involved that's your prerogative, we have our own", m="",
         v=["threat_back"]),
    dict(p=EE, s="heard", t="cancel then, but you'll be paying the exit fees, I can promise you that", m="",
         v=["threat_back"]),
    dict(p=EE, s="heard", t="I can't imagine having to explain that to your board three times in a quarter", m="AE",
         n="rule 8: 'can't imagine' is sympathy; names the situation"),
    dict(p=EE, s="heard", t="for the record, we did notify your IT team before that outage", m="",
         v=["accusation", "correcting"], n="'for the record' plus insisting on the customer's side's error (rule "
         "10)"),
    dict(p=EE, s="heard", t="thank you for being so clear about what this has cost you. it makes my job easier",
         m="G"),
    dict(p=EE, s="heard", t="three SLA breaches in a quarter, and it took an email to our chief exec before anyone "
         "answered you. that's our failure. I really appreciate you still giving me the time. what do you need me "
         "to have ready for your board?", m="AGIQ"),
    dict(p=EE, s="heard", t="I'm sorry if the communication hasn't been up to scratch", m="", v=["non_apology"]),
    dict(p=EE, s="heard", t="I'm sorry, three outages is unacceptable. you'll still need to give ninety days "
         "notice in writing if you want to terminate", m="AE", v=["policy"],
         n="no 'but': the apology and restatement stand beside the policy wall (rule 2)"),
    dict(p=EE, s="heard", t="I'm sorry. you trusted us with your warehouses and we've let them go dark three "
         "times. what's the board's deadline for a decision?", m="AEQ"),
    dict(p=EE, s="options", t="I can put the service credit through for the whole quarter, give you a named "
         "account manager from monday, and have a root-cause report with you by the thirtieth. is that something "
         "you could take to your board?", m="OIQ", n="dates inside an offer: not a commitment (rule 3)"),
    dict(p=EE, s="options", t="we'll let you out of the contract, no penalties, if that's what you want", m="O",
         v=["over_promise"]),
    dict(p=EE, s="options", t="what would it take for you to stay with us?", m="IQ"),
    dict(p=EE, s="options", t="I can't release you from the contract, I'll be straight with you. what I can offer "
         "is the SLA credit and a proper root-cause report with a date on it", m="O",
         n="honest limit, then an offer"),
    dict(p=EE, s="commitment", t="the root-cause report will be in your inbox by five on the twelfth, and your "
         "account manager, tom, will phone to introduce himself tomorrow morning", m="OC"),
    dict(p=EE, s="commitment", t="I'm escalating this to our VP of operations this afternoon", m="C",
         n="escalation with a time: commitment only (rule 4)"),
    dict(p=EE, s="close", t="thank you for staying on with me, Eleanor. I'll follow up friday to check the "
         "credit's been applied", m="CG"),
    # --- vip-client ---
    dict(p=VC, s="vent", t="of course, mr fairclough. I'm listening", m=""),
    dict(p=VC, s="vent", t="before we proceed I'll need to run through security, could you give me your sort code",
         m="Q", v=["premature_details"]),
    dict(p=VC, s="heard", t="and you found out from the seller's solicitor rather than from us. that's "
         "embarrassing on our part and it shouldn't have happened", m="A"),
    dict(p=VC, s="heard", t="well, sir, international payments can take up to three days, that's standard", m="",
         v=["correcting"]),
    dict(p=VC, s="heard", t="that must have been mortifying, hearing it from the other side's solicitor", m="AE"),
    dict(p=VC, s="heard", t="if you'd rather take your business to another bank, sir, nobody's stopping you", m="",
         v=["threat_back"], n="answers his threat to leave with a dare"),
    dict(p=VC, s="heard", t="honestly, sir, it was the correspondent bank that held it, not us", m="", v=["blame"]),
    dict(p=VC, s="heard", t="you've banked with us for years and this is how we repay you. I'm truly sorry", m="AE",
         n="owns the failure and apologises"),
    dict(p=VC, s="heard", t="your the client who nearly lost a house because of us, so no, I won't be making "
         "excuses. I'm very sorry sir", m="AE", n="'your' mis-hearing"),
    dict(p=VC, s="heard", t="did the completion go through in the end?", m="Q"),
    dict(p=VC, s="heard", t="sir, raising your voice at me won't change the outcome", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="I'm grateful you've walked me through all of it, sir, that's very helpful", m="G"),
    dict(p=VC, s="heard", t="I quite understand, and for what it's worth I'd be furious. however, the compliance "
         "check is mandatory and I'm not able to discuss it further", m="", v=["policy"],
         n="contrastive 'however' into a policy wall cancels both marks"),
    dict(p=VC, s="options", t="I'd like to reverse the transfer fees, and give you the direct number of helen "
         "marsh, one of our senior relationship bankers. would that be acceptable?", m="OIQ"),
    dict(p=VC, s="options", t="I'll waive all your fees for the next five years sir, call it our way of saying "
         "sorry", m="O", v=["over_promise"]),
    dict(p=VC, s="options", t="would you like me to put same-day processing on all your accounts from now on?",
         m="OIQ"),
    dict(p=VC, s="options", t="the fee, I can reverse. compensation for the deal, I can't, I'm sorry, that's "
         "beyond what I can do", m="O", n="'sorry' for the refusal is not empathy; honest limit"),
    dict(p=VC, s="commitment", t="the fee reversal's done, you'll see it on tomorrow's statement, and helen will "
         "ring you at ten on thursday", m="OC"),
    dict(p=VC, s="commitment", t="I'll personally make sure this never happens to you again, sir", m="",
         v=["over_promise"], n="bare guarantee: over_promise without options (rule 5)"),
    dict(p=VC, s="commitment", t="I'll have the fee reversed by end of day. though honestly sir, plenty of our "
         "clients buy houses without all this drama", m="OC", v=["insult"], n="sneer after the offer; 'though' "
         "cancels only acknowledge and empathise, so options and commitment stand"),
    dict(p=VC, s="close", t="thank you, sir, for your patience and for staying with us. is there anything else at "
         "all today?", m="GQ", n="ending check: question, not asks_input"),
    # --- failed-twice ---
    dict(p=FT, s="vent", t="right can I get the serial number off the back of the machine", m="Q",
         v=["premature_details"]),
    dict(p=FT, s="vent", t="oh kelly that's awful, I'm so sorry, keep going", m="E"),
    dict(p=FT, s="heard", t="so its been fixed, broken, fixed, broken again and on monday you were promised a "
         "supervisor would ring within a day and nobody did", m="A", n="time words inside the restatement: not a "
         "commitment"),
    dict(p=FT, s="heard", t="I'm sorry nobody called you back, that's completely our fault. I'm going to ring the "
         "supervisor myself straight after this and call you back by two", m="AEC",
         n="apology for the actual event, and owns it; a callback with a time is commitment only"),
    dict(p=FT, s="heard", t="what are you doing for clean clothes at the minute, laundrette?", m="Q"),
    dict(p=FT, s="heard", t="is the drum being overloaded? because that can cause exactly this", m="",
         v=["doubt", "correcting"], n="implies her error; not a real question"),
    dict(p=FT, s="heard", t="that's supervisors for you, they never ring anyone back", m="", v=["blame"],
         n="fault-finding against colleagues"),
    dict(p=FT, s="heard", t="you've every reason to be fed up, honestly, I would be", m="E"),
    dict(p=FT, s="heard", t="(under breath) here we go", m="", v=["insult"], n="muttered aside (rule 12)"),
    dict(p=FT, s="heard", t="I understand, but the engineer's report says it was working when he left", m="",
         v=["doubt"], n="'but' into doubt cancels the acknowledgement"),
    dict(p=FT, s="heard", t="thanks for ringing back, after we didn't ring you. you shouldn't have had to", m="AG"),
    dict(p=FT, s="heard", t="god, so you've been without a washer for, what, three weeks on and off? that's "
         "miserable. I'm sorry", m="AEQ", n="check-back question"),
    dict(p=FT, s="options", t="I could get a senior engineer out thursday with a loan machine so your not without "
         "one, or if you've had it with repairs like, a brand new one same model with two more years on the "
         "warranty. which sounds better", m="OIQ", n="'your' mis-hearing; times inside a choice are not a "
         "commitment"),
    dict(p=FT, s="options", t="I can upgrade you to the newer model, no charge", m="O", v=["over_promise"]),
    dict(p=FT, s="options", t="so a refund I can't do, I'm afraid, that one's not mine to give. what I can do is a "
         "same model replacement plus an extra two years on the warranty, so you're not stuck with a broken "
         "machine. would you be happy with that?", m="OIQ", n="honest limit, not policy; 'I'm afraid' goes with "
         "the refusal, not empathy"),
    dict(p=FT, s="options", t="um, so, ideally, what are you hoping we'll do?", m="IQ"),
    dict(p=FT, s="options", t="I can get the senior engineer to you thursday, but you'll need to be in all day, "
         "that's just how they book them", m="O", v=["policy"], n="offer stands; 'that's just how' is a wall"),
    dict(p=FT, s="commitment", t="new machine's on order, delivery's friday between seven and twelve, and they'll "
         "take the old one away", m="OC"),
    dict(p=FT, s="commitment", t="I'll get a supervisor to call you", m="", n="no time: not a commitment"),
    dict(p=FT, s="commitment", t="I'm putting the senior engineer booking in right now for wednesday morning, and "
         "I'll text you his name within the hour", m="OC"),
    dict(p=FT, s="close", t="brilliant, thanks for your patience kelly. I really am sorry it's taken three goes",
         m="EG", n="like 'sorry it's taken this long': empathise, not acknowledge"),
    # --- billing-error ---
    dict(p=BE, s="vent", t="I'm sorry to hear that. what's the email on the account?", m="EQ",
         v=["premature_details"]),
    dict(p=BE, s="vent", t="okay, mrs ellison, let's just keep our voices down, shall we", m="", v=["calm_down"],
         n="'shall we' is a tag on an instruction, not a real question or asking for input"),
    dict(p=BE, s="heard", t="so you cancelled, then we took the payment twice, the bank charged you for going "
         "overdrawn, and the chat team told you it was sorted when it wasn't. I'm sorry. what would you like me to "
         "sort first?", m="AEIQ"),
    dict(p=BE, s="heard", t="the chat team shouldn't have told you that, they get it wrong a lot", m="",
         v=["blame"]),
    dict(p=BE, s="heard", t="did you actually get a cancellation email? because it's showing as active", m="",
         v=["doubt"], n="doubting question, not a real one"),
    dict(p=BE, s="heard", t="being pushed overdrawn on a pension, after you'd already cancelled. that's a real "
         "blow. I'm so sorry", m="AE"),
    dict(p=BE, s="heard", t="the overdraft's between you and your bank I'm afraid, it's not something we deal with",
         m="", v=["dismissal"]),
    dict(p=BE, s="heard", t="I'm sorry you're upset about the charges", m="", v=["non_apology"], n="rule 7"),
    dict(p=BE, s="heard", t="thank you for taking the time to go through your statement with me", m="G"),
    dict(p=BE, s="heard", t="honestly you'd think people would read the cancellation terms", m="",
         v=["insult", "correcting"], n="sneering aside that also points her to the terms"),
    dict(p=BE, s="heard", t="you're right, and I'm sorry. the second charge was our mistake, but the overdraft fee "
         "is your bank's decision, you'd need to take that up with them", m="", v=["blame", "dismissal"],
         n="'but' into blame and ducking cancels the marks before it"),
    dict(p=BE, s="options", t="I can refund both of those payments and cover the overdraft fee your bank charged. "
         "shall I do that now?", m="OIQ"),
    dict(p=BE, s="options", t="I'll refund both and give you three months free for the trouble", m="O",
         v=["over_promise"]),
    dict(p=BE, s="options", t="would you like the written confirmation that it's cancelled by post or by email?",
         m="OIQ", n="written confirmation of the cancellation is an allowed remedy"),
    dict(p=BE, s="options", t="I'm so sorry, you did exactly what you were meant to. I can put both charges back "
         "today and reimburse the overdraft charge. is that alright with you?", m="AEOIQ"),
    dict(p=BE, s="options", t="so what I'd suggest, refund both charges, reimburse the overdraft fee, and I'll put "
         "in writing that the subscription's closed. does that cover everything?", m="OIQ"),
    dict(p=BE, s="commitment", t="both refunds are going through as we speak, and you'll have the written "
         "confirmation by email within the hour", m="OC"),
    dict(p=BE, s="commitment", t="I'll send the cancellation letter out first class today", m="OC"),
    dict(p=BE, s="commitment", t="thanks for your patience. I'll refund both charges today, but going forward you "
         "really should keep an eye on your statements", m="OCG", v=["correcting"],
         n="'but' cancels only acknowledge and empathise; gratitude and the offer stand"),
    dict(p=BE, s="close",
         t="thank you so much mrs ellison, and I'm sorry you were told it was fixed when it wasn't", m="AEG",
         n="rule 14: names what she went through"),
]

write_batch(ITEMS, "gs", Path(__file__).with_name("replies_extra200.jsonl"))
