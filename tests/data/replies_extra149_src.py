"""Source of `replies_extra149.jsonl`: batch 149, in the original set's style (tune split only).

Written by hand, one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is a fresh
cross-section: the original set's own mix of personas, stages, marks and violation kinds (about a
third of replies carry a violation, about a quarter are good replies with three or more marks, a few
carry no mark at all), in entirely new wordings and situations (the broadband subcontractor, the
restaurant's kitchen still down, the CEO email, the seller's solicitor ringing first, the
laundrette bill, the bounced rent). Particular care went to replies on the edge of acknowledge:
sincere apologies that do say back what happened ("I'm sorry we took your money twice when
you'd already cancelled") against ones that name only the topic ("I'm so sorry about the double charge");
owning phrases ("that one's on us, no question about it") against on-their-side phrases that own
nothing ("let me take ownership of this from here"); restatements inside offers ("seeing as it's
already been fixed twice and still failed, how about a straight swap") or inside check-back
questions ("the rent as well?") against purpose clauses and fresh questions about the impact. About
half are styled like a Whisper transcript; every persona, the generic `None`, and all five stages
appear.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra149.jsonl next to it (ids et0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="mm. okay", m="", n="back-channel while she vents"),
    dict(p=MT, s="vent", t="sorry, sorry, can I just get the account number off you first so I can pull it up",
         m="Q", v=["premature_details"], n="'sorry' is politeness; cuts in for the account number mid-vent"),
    dict(p=MT, s="vent", t="god. and nobody even rang to say? sorry, go on", m="AQ",
         n="check-back question on what she just said (no call); invites more venting, not a details request"),
    dict(p=MT, s="heard", t="you booked the morning off, twice, sat there from eight till twelve and not so much as a "
         "text from us. I'd be raging", m="AE"),
    dict(p=MT, s="heard", t="I'm so sorry about the installation, Bernadette", m="E",
         n="apology names only the topic, like the original's 'sorry about the delay': no acknowledgement"),
    dict(p=MT, s="heard", t="hm the engineer's notes say he attended at twenty to twelve. you didn't hear him knock?",
         m="", v=["doubt"], n="'it says here' plus a rhetorical question: doubt, not a real question"),
    dict(p=MT, s="options", t="I know a third day off just isn't going to happen for you. what about the eight am slot, "
         "guaranteed first job, and I'll wipe the install fee? would that do it?", m="AOIQ",
         n="'I'll wipe the fee' sits inside a proposal: offer, not commitment"),
    dict(p=MT, s="options", t="right, I'll refund the whole lot, the install and the first three months line rental, "
         "and we'll pay you back for both days off work", m="O", v=["over_promise"]),
    dict(p=MT, s="commitment", t="okay so the fee's off and the month's credit is on as of right now, and you're first "
         "on the van list tuesday, eight am", m="OC"),
    dict(p=MT, s="heard", t="that's the subcontractor honestly, they do all our installs round your way, we just book "
         "them in", m="", v=["blame"]),
    dict(p=MT, s="heard", t="okay okay, there's no need to get so worked up", m="", v=["calm_down"]),
    dict(p=MT, s="heard", t="was that both visits you took off work for, or just the second one?", m="Q",
         n="asks about the impact, not a check-back of what she said: question only"),
    dict(p=MT, s="heard", t="thanks for giving me the whole picture. so two mornings, two no shows, and nobody rang you "
         "either time", m="AG"),
    dict(p=MT, s="options", t="I can't refund the installation I'm afraid, the system just won't let me reverse that "
         "kind of charge", m="", v=["policy"], n="'the system won't let me' is a wall, not an honest limit"),
    dict(p=MT, s="heard", t="sorry for any inconvenience with the appointments", m="", v=["non_apology"]),
    dict(p=MT, s="heard", t="your right. you shouldn't of had to chase us for any of this", m="A",
         n="'your'/'shouldn't of' mis-hearings; 'you're right' + what should not have happened"),
    dict(p=MT, s="options", t="would a saturday install suit you better, so you don't have to book any more time off?",
         m="OIQ", n="purpose clause, not a restatement of what happened (like the original's saturday-slot offer)"),
    dict(p=MT, s="commitment", t="I'm really sorry, two wasted mornings is two too many. I've waived the install fee and "
         "put a month's credit on, and I'll text you the engineer's name by four today", m="AEOC"),
    dict(p=MT, s="heard", t="so he didn't turn up either time. that's strange, they're normally spot on", m="A",
         v=["doubt"], n="restatement stands (no 'but'), then doubt"),
    dict(p=MT, s="heard", t="you took two days off for nothing, I'm so sorry. did work give you a hard time over it?",
         m="AEQ"),
    dict(p=MT, s="close", t="brilliant. so the fee's gone, the credit's there, and friday at eight is locked in. thanks "
         "for putting up with us", m="OCG"),
    dict(p=MT, s="options", t="so I can take the installation fee off completely and pop a month's credit on, or if "
         "you'd rather I just book you the first slot and we sort the money after, whichever. what's best for you?",
         m="OIQ"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="yep. yep.", m=""),
    dict(p=LE, s="vent", t="okay and what's the tracking number on that", m="Q", v=["premature_details"]),
    dict(p=LE, s="heard", t="so the compressor never showed, the restaurant's kitchen is still down, and now they're "
         "blaming you. that's rough, I'm sorry", m="AE"),
    dict(p=LE, s="heard", t="parcels do go walkabout now and again, it's a massive network", m="", v=["dismissal"],
         n="minimising: brushes the loss off"),
    dict(p=LE, s="heard", t="it's showing as in transit so it's definately somewhere in the system, it won't actually "
         "be lost", m="", v=["doubt"], n="'definately' mis-hearing; contradicts him"),
    dict(p=LE, s="options", t="you paid extra for next-day and your client's been let down. I can send new parts out by "
         "same-day courier, on us, and give you the express fee back. want me to go ahead?", m="AOIQ"),
    dict(p=LE, s="options", t="tell you what, send me over what the restaurant job was worth and we'll cover it", m="O",
         v=["over_promise"], n="lost business is beyond what may be offered"),
    dict(p=LE, s="commitment", t="The trace is raised, the reference is in your email now, and the courier's booked to "
         "collect the replacement from our warehouse at one.", m="OC"),
    dict(p=LE, s="heard", t="how much of your work is that restaurant, roughly?", m="Q"),
    dict(p=LE, s="heard", t="thank you for keeping your cool with me, I know the restaurant's been on your back all "
         "morning", m="AG", n="thanks plus what he is going through, like the original's 'customer on the other line'"),
    dict(p=LE, s="heard", t="overnight's next working day though, it's not a guaranteed morning delivery, that's in the "
         "small print", m="", v=["correcting"]),
    dict(p=LE, s="heard", t="mate if you're gonna talk to me like that I'll stick you on hold and you can wait", m="",
         v=["threat_back"]),
    dict(p=LE, s="heard", t="so you're alleging it was never even collected", m="", v=["accusation"]),
    dict(p=LE, s="close", t="That's the express fee back on your card and the courier's heading to the restaurant now. "
         "Cheers for bearing with me, Marcus.", m="OCG"),
    dict(p=LE, s="heard", t="I'm sorry you've been left looking bad in front of your client", m="AE",
         n="'sorry you've been' + what happened to him (rule 14)"),
    dict(p=LE, s="options", t="the new parts can go straight to the restaurant by same-day courier, or to your unit if "
         "you'd rather fit them yourself. your call?", m="OIQ"),
    dict(p=LE, s="heard", t="none of this is on you. you booked it properly and paid for overnight", m="A",
         n="clears the customer and says back what he did"),
    dict(p=LE, s="heard", t="I'm really sorry the parcel's gone missing", m="E",
         n="apology for the headline only, like the original's 'so sorry it's gone missing': empathise only"),
    dict(p=LE, s="heard", t="it'll be the depot that's lost it, they're hopeless. I'll get the express fee refunded "
         "this afternoon though", m="OC", v=["blame"], n="marks after the violation stand"),
    dict(p=LE, s="heard", t="right, and are you going to let me get a word in at some point?", m="", v=["insult"],
         n="rude rhetorical question, not a real one"),
    dict(p=LE, s="heard", t="I'm so sorry, your client's kitchen is down and it's our parcel that's caused it. what "
         "would make the biggest difference for you right now?", m="AEIQ"),
    dict(p=LE, s="commitment", t="I know your client's waiting, so the courier's booked for collection now and the parts "
         "will be at the restaurant this afternoon", m="AOC"),
    dict(p=LE, s="options", t="what I'm able to do is refund the overnight charge, get the depot tracing the lost box, "
         "and there's a same-day courier I can book for the replacement parts", m="O",
         n="offers laid out, no question and no time attached to a declared step"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="filler while she vents"),
    dict(p=EE, s="vent", t="Before we get into it, could you confirm the contract reference for me?", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="heard", t="Three outages in a quarter, and your warehouse floor at a standstill every time. I'd be "
         "livid, frankly.", m="AE"),
    dict(p=EE, s="heard", t="just to be precise, it's two SLA breaches, the third incident fell inside the maintenance "
         "window", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="if you want to involve lawyers that's your prerogative, our legal team will respond in "
         "kind", m="", v=["threat_back"]),
    dict(p=EE, s="options", t="I know your board's asking whether to stay with us. What I can put forward is the "
         "quarter's SLA credit and a named account manager who answers to you directly. Is that a basis to talk?",
         m="AOIQ"),
    dict(p=EE, s="options", t="if you want out of the contract we'll release you, no penalty, I can sign that off today",
         m="O", v=["over_promise"], n="release from the contract is beyond what may be offered"),
    dict(p=EE, s="commitment", t="root-cause report will be in your inbox by five pm on the twelfth, and Tom Hale is your "
         "account manager from today", m="OC"),
    dict(p=EE, s="heard", t="any damages claim has to go through the formal disputes procedure, I'm not able to discuss "
         "it on a call", m="", v=["policy"], n="sends her into a procedure: a wall, not an honest limit"),
    dict(p=EE, s="heard", t="I'm sorry. that's not the service you signed up for", m="E",
         n="sincere, but names nothing that happened: empathise only"),
    dict(p=EE, s="heard", t="how long were the sites down this time?", m="Q"),
    dict(p=EE, s="heard", t="you're being a little theatrical about this, if I'm honest", m="", v=["insult"]),
    dict(p=EE, s="commitment", t="it shouldn't have taken an email to our CEO for anyone to notice, and I'm sorry it did. "
         "I'll have our head of platform ring you before three today", m="AEC"),
    dict(p=EE, s="heard", t="three breaches, and you ended up emailing our CEO before anyone took notice. what do you "
         "need to see from me this week?", m="AIQ"),
    dict(p=EE, s="heard", t="let me take ownership of this from here", m="",
         n="on-their-side phrase: owns nothing that happened, no remedy or time"),
    dict(p=EE, s="heard", t="I know there've been three outages and I'm sorry, but you really need to calm down so I can "
         "help", m="", v=["calm_down"], n="'but' leads straight into calm down: cancels the acknowledgement and apology"),
    dict(p=EE, s="heard", t="thank you for setting this out so clearly. regarding your allegation that we hid the "
         "outages, that simply isn't the case", m="G", v=["accusation", "correcting"],
         n="thanks come first and stand; then court-room language and a correction"),
    dict(p=EE, s="options", t="I'm genuinely sorry. I can offer the quarter's SLA credit, your own dedicated account "
         "manager, and a written root-cause report with a date on it. does that start to get us somewhere?", m="EOIQ"),
    dict(p=EE, s="heard", t="I'm sorry it's got this far", m="E",
         n="like the original's 'sorry it's come to this': names no event"),
    dict(p=EE, s="close", t="so, to recap: the quarter's credit, Priya looking after your account, and the root-cause "
         "write-up due on the twentieth. thank you for your time, Eleanor", m="OCG"),
    dict(p=EE, s="options", t="I can't release you from the contract, I won't pretend otherwise. What I can do is the "
         "service credit for the quarter and a written root-cause report, firm date on it. Tell me what else your board would "
         "need to see.", m="OI", n="honest limit, not a wall (rule 11); imperative invitation, so no question"),
    dict(p=EE, s="commitment", t="I'm applying the quarter's service credit today, it'll show on your next invoice, and "
         "your named account manager will be introduced to you by email tomorrow", m="OC"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="of course, Mr Fairclough. please go on", m=""),
    dict(p=VC, s="vent", t="I'm so sorry sir. may I just take your date of birth so I can bring the account up?",
         m="EQ", v=["premature_details"], n="sincere apology, then a details request while he vents"),
    dict(p=VC, s="heard", t="and you found out from the seller's solicitor rather than from us. that's mortifying, and "
         "I'm sorry", m="AE"),
    dict(p=VC, s="heard", t="Two days late on a completion. I understand entirely.", m="A"),
    dict(p=VC, s="heard", t="our system shows the payment left us on the tuesday, sir, so the hold-up may well be at the "
         "receiving bank", m="", v=["doubt", "blame"]),
    dict(p=VC, s="heard", t="I do apologise if our service fell short of your expectations", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="that's entirely your choice, sir. clients do move from time to time and we wish them well",
         m="", v=["threat_back"], n="answers his threat to leave in kind"),
    dict(p=VC, s="options", t="I'd like to reverse both transfer fees and give you Helena Marsh, one of our senior "
         "relationship bankers, as your direct line from now on. Would that be acceptable?", m="OIQ"),
    dict(p=VC, s="options", t="I'll waive every fee on your accounts for two years and I personally guarantee nothing of "
         "yours is ever delayed again", m="O", v=["over_promise"]),
    dict(p=VC, s="commitment", t="the fees come back to you tonight, and from tomorrow morning all your transfers go "
         "same-day as standard", m="OC"),
    dict(p=VC, s="heard", t="sir, please, if you could just lower your voice a touch", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="so the funds should have landed on the monday and didn't arrive till wednesday, is that "
         "right?", m="AQ", n="check-back question"),
    dict(p=VC, s="heard", t="our records show your instruction reached us after the cut off, sir", m="",
         v=["accusation", "correcting"], n="insists on his error through the records (rule 10)"),
    dict(p=VC, s="close", t="That's all in place, sir. The fees were reversed this afternoon and Helena will call you at "
         "ten tomorrow. Is there anything further I can do?", m="OCQ", n="ending check: question, not asks_input"),
    dict(p=VC, s="heard", t="I'm sorry you had to hear it from the seller's side before you heard it from us", m="AE",
         n="'sorry you had to' + what happened (rule 14)"),
    dict(p=VC, s="heard", t="so the purchase very nearly fell through because of us. that must have been sickening. are "
         "things moving again with it now?", m="AEQ"),
    dict(p=VC, s="options", t="I know how close this came, and I'm sorry. I'd like to put the fees back today and move "
         "your accounts onto same-day processing. shall I arrange that?", m="AEOIQ"),
    dict(p=VC, s="heard", t="I understand. could I take the reference for the transfer?", m="Q",
         n="'I understand' said straight into a details request (rule 13); after venting, so not premature"),
    dict(p=VC, s="heard", t="I'm sorry sir. but I'm not going to be spoken to like that", m="", v=["calm_down"],
         n="'sorry, but' into a rebuke about his tone: the apology is cancelled"),
    dict(p=VC, s="options", t="I can reverse the fee, but same-day transfers are a separate product, you'd have to apply "
         "for those through your branch", m="O", v=["policy"], n="'but' cancels only acknowledge/empathy; the offer "
         "stands"),
    dict(p=VC, s="heard", t="thank you for your patience, sir, and I'm so sorry. how did the sellers take it in the end?",
         m="EGQ"),
    dict(p=VC, s="commitment", t="I understand how close the purchase came, and I'm sorry. the fees are reversed now and "
         "Helena will call you at nine", m="AEOC"),
    dict(p=VC, s="options", t="since you had to hear it from the solicitor, would it help if Helena rang you herself "
         "whenever a large transfer goes out, with same-day processing as standard?", m="AOIQ",
         n="restatement inside the offer ('since you had to hear it from the solicitor')"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="can you read me the serial number off the back of the machine", m="Q",
         v=["premature_details"], n="request without a question mark, while she vents"),
    dict(p=FT, s="heard", t="seven months old and it's gone twice since the repair, and you've got a toddler and a baby "
         "at home. I'd be climbing the walls", m="AE"),
    dict(p=FT, s="heard", t="I'm so sorry you sat by the phone all monday and no supervisor ever rang", m="AE",
         n="apology says back what happened (the missed callback)"),
    dict(p=FT, s="heard", t="the callback was on us, we dropped it, plain and simple", m="A",
         n="owns the failure; no apology, so acknowledge only"),
    dict(p=FT, s="heard", t="look, machines break, that's just washing machines for you", m="", v=["dismissal"]),
    dict(p=FT, s="options", t="seeing as it's already been fixed twice and still failed, how about a straight swap for a "
         "new one of the same model, and I'll stretch the warranty by two years?", m="AOIQ",
         n="restatement inside the offer, like the original's 'since the repairs clearly haven't worked'"),
    dict(p=FT, s="options", t="I'll get you the upgraded model and refund what you paid for this one, no problem", m="O",
         v=["over_promise"]),
    dict(p=FT, s="options", t="would you want the senior engineer out thursday with a loan machine so you're not stuck, "
         "or just a brand new one, same model?", m="OIQ", n="times inside a choice are not commitments"),
    dict(p=FT, s="commitment", t="the loan machine's arriving tomorrow, first thing, and the senior engineer is coming friday "
         "to sort the old one", m="OC"),
    dict(p=FT, s="heard", t="how've you been managing the washing, are you having to go down the laundrette?", m="Q"),
    dict(p=FT, s="heard", t="that callback would of been the supervisor on monday's shift, she's not great at ringing "
         "people back to be honest", m="", v=["blame"], n="'would of' mis-hearing; blames a colleague"),
    dict(p=FT, s="heard", t="*sighs* okay. what do you want me to say", m="", v=["insult", "dismissal"],
         n="transcribed sigh (rule 12) and a hostile question that ducks it"),
    dict(p=FT, s="close", t="thanks for hanging in there with us Kelly, and sorry again about the whole saga", m="EG"),
    dict(p=FT, s="heard", t="thank you for telling me about the laundrette. ninety dollars on top of everything else, "
         "I'm really sorry", m="AEG"),
    dict(p=FT, s="heard", t="I'm sorry we've let you down", m="E",
         n="sincere apology that names nothing specific (the README's own example): empathise only"),
    dict(p=FT, s="commitment", t="you were promised a call and never got one, so I'm keeping hold of this myself. our "
         "senior engineer is down for wednesday and I'll phone you tuesday at five to confirm. and I'm sorry, truly",
         m="AEOC"),
    dict(p=FT, s="heard", t="I understand it's broken again, but the warranty covers repairs only, I can't go past what "
         "it says", m="", v=["policy"], n="'but' into a policy wall cancels the acknowledgement"),
    dict(p=FT, s="heard", t="I'm sorry it's broken down again. to be honest though, you did say you'd been overloading it",
         m="", v=["correcting"], n="'though' leads into correcting: cancels the apology"),
    dict(p=FT, s="options", t="I know you're sick of repairs, and honestly I would be too. a new machine, same model, "
         "plus two years extra warranty, would you want that?", m="AEOIQ"),
    dict(p=FT, s="commitment", t="thank you Kelly. your new machine arrives thursday, eight till twelve, and I'll give you "
         "a ring friday to check it's running okay", m="OCG"),
    dict(p=FT, s="options", t="um so two ways we can go. senior engineer this week with a loan machine in the "
         "meantime, or a new one same model with the longer warranty. which sounds better to you", m="OIQ",
         n="choice question without a question mark"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="could I take the postcode on the account, sorry, just so I'm on the right one", m="Q",
         v=["premature_details"], n="'sorry' is politeness"),
    dict(p=BE, s="heard", t="you cancelled, we still took money off you twice, and live chat told you last week it was "
         "sorted when it wasn't. I'm so sorry, Margaret", m="AE"),
    dict(p=BE, s="heard", t="nine years you've been with us, and this is how we've treated you. that isn't right",
         m="A"),
    dict(p=BE, s="heard", t="well the cancellation only stops future payments once it's been processed, and that can "
         "take up to five working days", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="the chat agent should never have told you it was fixed, that was his mistake, not mine",
         m="", v=["blame"], n="restates the chat promise only to pin it on a colleague"),
    dict(p=BE, s="heard", t="I'm sorry you're upset about the charges", m="", v=["non_apology"],
         n="'sorry you're upset' (rule 7)"),
    dict(p=BE, s="options", t="you'd cancelled properly and we still took it, and I'm so sorry. I can put both "
         "payments back and pay the fee your bank charged you. shall I go ahead?", m="AEOIQ"),
    dict(p=BE, s="commitment", t="both charges are going back to your card now, and I'll post the written cancellation "
         "confirmation first class today", m="OC"),
    dict(p=BE, s="options", t="I'll refund the charges, pay whatever your landlord charged for the late rent, and give "
         "you six months free on top", m="O", v=["over_promise"]),
    dict(p=BE, s="heard", t="oh no, that's awful. the rent as well? has your landlord been alright about it?", m="AEQ",
         n="'the rent as well?' says back what she has just told us"),
    dict(p=BE, s="commitment", t="I'll ring you on friday at ten to make sure the money's back in your account", m="C"),
    dict(p=BE, s="heard", t="if you go to the ombudsman it'll only slow your refund down, just so you know", m="",
         v=["threat_back"]),
    dict(p=BE, s="heard", t="are you certain it was us that took it twice and not another subscription?", m="",
         v=["doubt"], n="rhetorical doubting question"),
    dict(p=BE, s="heard", t="Margaret, love, it's twenty quid, it's hardly the end of the world", m="",
         v=["insult", "dismissal"]),
    dict(p=BE, s="heard", t="I'm so sorry about the double charge", m="E",
         n="names only the topic: empathise only (contrast the next reply)"),
    dict(p=BE, s="heard", t="I'm sorry we took your money twice when you'd already cancelled", m="AE",
         n="apology that says back what happened"),
    dict(p=BE, s="options", t="I can send both payments back to your card or straight into your bank, whichever's easier. "
         "which would you like?", m="OIQ"),
    dict(p=BE, s="heard", t="thank you for telling me about your rent, that makes this a lot more urgent for me", m="AG",
         n="thanks that names what she told us, like the original's 'a customer of yours'"),
    dict(p=BE, s="heard", t="I know this has left you out of pocket, and I'm sorry. I won't be sworn at, so if it carries on I'll "
         "have to end the call", m="AE", v=["threat_back"],
         n="no contrastive connective: the acknowledgement and apology stand beside the threat (rule 2)"),
    dict(p=BE, s="heard", t="I'm really sorry, Margaret, you were told it was fixed and it wasn't. what would you like me "
         "to sort first?", m="AEIQ"),
    dict(p=BE, s="close", t="that's both refunds through and the overdraft fee paid back. thank you Margaret, and the "
         "written confirmation will be with you by monday", m="OCG"),
    dict(p=BE, s="commitment", t="thank you for waiting, Margaret. I've put both refunds through, they'll show in three "
         "to five days, and I'm posting the cancellation letter today", m="OCG"),

    # --- generic ---
    dict(p=None, s="vent", t="sorry to jump in, can I grab your reference first", m="Q", v=["premature_details"]),
    dict(p=None, s="vent", t="I hear you. keep going, I want the full picture", m="A",
         n="sincere 'I hear you' (rule 1), not said into a details request"),
    dict(p=None, s="heard", t="I'm sorry you've had to explain all this three times already", m="AE",
         n="'sorry you've had to' + what she went through (rule 14)"),
    dict(p=None, s="heard", t="I'm sorry you've had such a rotten time of it", m="E",
         n="'sorry you've had' + nothing specific: empathise only (rule 14)"),
    dict(p=None, s="heard", t="that one's on us, no question about it", m="A", n="owns the failure"),
    dict(p=None, s="heard", t="we messed up here, and I'm really sorry", m="AE"),
    dict(p=None, s="heard", t="I'm sorry you see it that way", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="alright, deep breaths, yeah? deep breaths", m="", v=["calm_down"]),
    dict(p=None, s=None, t="the system doesn't allow refunds after thirty days, sorry", m="", v=["policy"]),
    dict(p=None, s=None, t="I hear you.", m="A"),
    dict(p=None, s="heard", t="that's not how it should've gone, and I'd like to fix it properly. what would you want "
         "from us?", m="AIQ"),
    dict(p=None, s="options", t="I could refund the fee now or get a replacement out to you tomorrow. which would you "
         "like?", m="OIQ", n="times inside a choice: not a commitment"),
    dict(p=None, s="options", t="would it help if I talked you through what I can do?", m="IQ",
         n="asks permission; no remedy named"),
    dict(p=None, s="commitment", t="I'll call you back by half four today with an answer", m="C"),
    dict(p=None, s="commitment", t="I'll sort it out for you shortly", m="", n="vague time: no commitment"),
    dict(p=None, s="close", t="thanks again for waiting. is there anything else I can do for you?", m="GQ",
         n="ending check: question, not asks_input"),
    dict(p=None, s="heard", t="(under breath) here we go again", m="", v=["insult"], n="muttered aside (rule 12)"),
    dict(p=None, s="heard", t="I'm noting down your accusations", m="", v=["accusation"]),
    dict(p=None, s="heard", t="well technically you should've contacted us within fourteen days", m="",
         v=["correcting"]),
    dict(p=None, s="heard", t="so you've paid, nothing's arrived, and nobody's answered your emails? that's maddening, "
         "I'm sorry", m="AEQ", n="check-back question"),
    dict(p=None, s="heard", t="I can see exactly why you're annoyed. I'm going to chase this myself and ring you before "
         "noon tomorrow", m="AEC"),
    dict(p=None, s="options", t="you've been waiting weeks for this and I'm sorry. I can refund you today, or courier a "
         "fresh one over, whatever you'd prefer", m="AEOI", n="invites a preference without a question"),
    dict(p=None, s="heard", t="yep I hear you, I hear you. so what was the order number", m="Q",
         n="'I hear you' said straight into a details request (rule 13); not vent, so not premature"),
    dict(p=None, s="heard", t="thanks for calling. unfortunately that's a different department, you'd need to ring them "
         "direct", m="G", v=["dismissal"]),
    dict(p=None, s="heard", t="I'm really sorry. the only way to log it is by emailing the complaints address", m="E", v=["policy"], n="no 'but': the apology stands beside the wall"),
    dict(p=None, s=None, t="I promise you this will never happen again", m="", v=["over_promise"],
         n="bare guarantee: over_promise without options"),
    dict(p=None, s="heard", t="I appreciate you ringing back after last time. I know we said we'd call you and didn't",
         m="AG"),
    dict(p=None, s="heard", t="I don't understand what the problem is, sorry", m="",
         n="negated understanding; 'sorry' is politeness"),
    dict(p=None, s="heard", t="you've been bounced between us and the supplier for a fortnight, and I'm sorry. how "
         "do you want me to take it from here?", m="AEIQ"),
    dict(p=None, s="heard", t="apologies for any inconvenience. I've issued the refund now and an email "
         "confirming it is on its way", m="OC", v=["non_apology"], n="non-apology, then a real remedy done now"),
    dict(p=None, s="commitment", t="thanks for holding. the refund's gone through now, and I'll email you the receipt "
         "within ten minutes", m="OCG"),
    dict(p=None, s="options", t="thank you for waiting. I can either refund it or reship it today, which is better for "
         "you?", m="OGIQ"),
    dict(p=None, s="heard", t="you're saying we overcharged you on purpose? that's quite an accusation", m="",
         v=["accusation"], n="hostile, not a real question"),
    dict(p=None, s="options", t="I'll refund it and give you a year's subscription free, is that alright?", m="OIQ",
         v=["over_promise"]),
    dict(p=None, s="options", t="the refund I can do. the rest of it isn't my department", m="O", v=["dismissal"],
         n="an offer, then ducking the rest: both stand"),
]

write_batch(ITEMS, "et", Path(__file__).with_name("replies_extra149.jsonl"))
