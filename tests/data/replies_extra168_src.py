"""Source of `replies_extra168.jsonl`: batch 168, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is a plain
cross-section: the same mix of personas, stages, lengths and qualities (good, mediocre and bad
replies, with violations of every kind) as the original tune part, leaning slightly towards short
and medium replies from brisk or defensive trainees. Many of the faults are the easy-to-miss kind:
a sneer ("that's quite a lot of threats for one phone call", "yes, I'm aware of who you are, sir"),
a quiet correction ("I'd just point out the second incident was planned maintenance"), a wall said
politely ("if you want to make a formal complaint you'll need to do it through the online portal"),
ducking it ("the callbacks are a supervisor thing, I can't see their diaries from here") and blame
slipped in as an explanation ("to be honest the supervisors are snowed under, that'll be why nobody
rang"). Beside them sit honest replies that are easy to mistake for them: a limit stated plainly
("I can't release you from the contract, that isn't within my authority and I won't pretend it
is"), refusing to guarantee ("I won't promise you there'll never be another outage, I'd be lying"),
"I've no idea why it happened, but I'm going to find out", a real "whose name is the account in",
a hold asked for politely, and owning the failure while naming a third party. Every persona, the
generic `None`, and every stage appear; about half are styled like a Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra168.jsonl next to it (ids fm0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="yeah, mm. okay", m="", n="back-channel while she vents"),
    dict(p=MT, s="vent", t="right so before all that can I get the account holders name", m="Q",
         v=["premature_details"], n="brisk details request while she is still venting"),
    dict(p=MT, s="vent", t="sorry- sorry I cut across you there. go on", m="",
         n="apologising for interrupting is a politeness marker, not empathy"),
    dict(p=MT, s="heard", t="so he's not turned up twice and nobody rang you either time. yeah.", m="A"),
    dict(p=MT, s="heard", t="ok well the first visit wasn't technically a no show, it got moved, you should of had a "
         "text about it", m="", v=["correcting"], n="'should of' mis-hearing"),
    dict(p=MT, s="heard", t="okay, I'll put your allegation about the engineer on the file", m="", v=["accusation"]),
    dict(p=MT, s="heard", t="that'll be the installs team, they do the engineer bookings, we're just broadband support",
         m="", v=["dismissal"], n="passes it to another department ('not my department'); no fault named"),
    dict(p=MT, s="heard", t="I'll be honest, a refund on the whole installation isn't something I can sign off, it's "
         "above my level. the call-out charge though, that I can take off for you", m="O",
         n="honest obstacle (rule 11), not a policy wall; 'though' leads into help"),
    dict(p=MT, s="heard", t="two mornings you sat in for us and nobody could be bothered to pick up a phone. I'm sorry",
         m="AE"),
    dict(p=MT, s="heard", t="ok. um. well I'm not sure what you're expecting me to do", m="", v=["dismissal"],
         n="hostile, not asking for input (as 'what do you want me to do about it')"),
    dict(p=MT, s="heard", t="I mean they're contractors, we don't actually employ them so", m="", v=["blame"],
         n="trails off, but the point is that it's the contractor's doing"),
    dict(p=MT, s="heard", t="you had to take a day off for each one? god. I'm sorry", m="AEQ",
         n="check-back question plus a sincere apology"),
    dict(p=MT, s="heard", t="look I've said sorry about three times now", m="", v=["insult"],
         n="impatience answers her in kind; it is not itself an apology"),
    dict(p=MT, s="heard", t="yeah I hear you. not one call, either visit, that's the part that'd really wind me up",
         m="AE", n="'I hear you' said back with what went wrong (rule 13)"),
    dict(p=MT, s="heard", t="the engineer's put on his sheet that he knocked and got no answer", m="", v=["doubt"],
         n="'it says here' doubting, delivered as a plain statement"),
    dict(p=MT, s="heard", t="right. you took the whole day off both times and for nothing. that's not on", m="A",
         n="judges the event but names no feeling: acknowledge only"),
    dict(p=MT, s="heard", t="thanks for your patience. the engineers are contractors though so I can't really speak for "
         "what he did", m="G", v=["dismissal"],
         n="'though' cancels only acknowledge/empathise; the thanks stands beside the ducking"),
    dict(p=MT, s="options", t="I'll take the installation fee off, and you can have the eight am slot, first job, any day "
         "you pick this week. what day suits?", m="OIQ", n="offer awaiting her choice; no dated step yet"),
    dict(p=MT, s="options", t="so a full refund is above what I'm allowed to give, sorry. it's the fee off, a months credit, "
         "and a first slot. that's what I've got", m="O",
         n="firm but honest limit (rule 11); 'sorry' apologises for the refusal; no question"),
    dict(p=MT, s="options", t="I can refund the install in full and throw in the first three months free, how's that",
         m="OIQ", v=["over_promise"]),
    dict(p=MT, s="options", t="look, two days wages gone sitting in for us, and a fee waiver doesn't make that good, I know. "
         "but I'll waive it anyway, put a month's credit on, and book him for eight on a saturday so there's no third "
         "day off. would that do?", m="AOIQ"),
    dict(p=MT, s="commitment", t="done. wednesday, eight am, you're first on his list. I'll ring you tuesday before five "
         "just to double check", m="OC"),
    dict(p=MT, s="commitment", t="okay so the installation fee's off and the credit's on as of today. your technition's "
         "booked for eight friday, first on the list, and I'll phone thursday at six to check it's all still on. cheers "
         "for sticking it out with us bernadette, really", m="OCG", n="mis-hearing 'technition'"),
    dict(p=MT, s="commitment", t="right, I've put the credit on just now, you'll see it on your next bill, and I'll text you "
         "the engineer's name by three this afternoon", m="OC"),
    dict(p=MT, s="close", t="that's you sorted then. thanks for hanging in there with us", m="G",
         n="'sorted' names no remedy, so no options"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="have you got the consignment number there", m="Q", v=["premature_details"]),
    dict(p=LE, s="vent", t="oh god that's horrible, and the restaurant's waiting on it too. sorry, carry on", m="AE",
         n="sympathy and a repeat-back while letting him vent; 'sorry, carry on' is politeness"),
    dict(p=LE, s="heard", t="so the compressor and the control board never turned up, and the restaurant's got no "
         "refrigeration. that's a nightmare, I'm really sorry", m="AE"),
    dict(p=LE, s="heard", t="overnight's not actually guaranteed, it's a target, it's on the booking confirmation", m="",
         v=["correcting"]),
    dict(p=LE, s="heard", t="that'll be the depot, they've been short staffed all week, it's on them really", m="",
         v=["blame"]),
    dict(p=LE, s="heard", t="parcels do go astray now and then, it's sort of a numbers game unfortunately", m="",
         v=["dismissal"], n="minimising"),
    dict(p=LE, s="heard", t="I can't promise you what time the courier gets there, that bit's honestly out of my hands. "
         "but I can get one booked today at our cost. want me to?", m="OIQ",
         n="honest limit about timing, then help: not dismissal; 'today' inside an offer"),
    dict(p=LE, s="heard", t="you don't have to take it out on me, I am trying here", m="", v=["calm_down"],
         n="tells him to stop venting at the agent (as 'no need to be rude to me')"),
    dict(p=LE, s="heard", t="thank you for ringing the minute it didn't show, honestly, it gives the trace a much better "
         "chance. is the restaurant shut while they wait?", m="GQ", n="question about the impact"),
    dict(p=LE, s="heard", t="yeah yeah, the client, I got that the first time", m="", v=["insult"]),
    dict(p=LE, s="heard", t="I understand. I'll need the claim in writing though, that's the procedure for lost goods",
         m="", v=["policy"], n="'though' leads into a wall and cancels the acknowledgement"),
    dict(p=LE, s="heard", t="the goods are only covered up to the standard liability limit, I'll be upfront about that. "
         "the express fee comes back to you today though, and I'll get replacement parts couriered over at our "
         "cost", m="OC", n="honest limit, not a wall; 'comes back to you today' is a dated step"),
    dict(p=LE, s="heard", t="the label's got a different postcode to the one you've given me, who filled it in?", m="",
         v=["correcting"], n="implies his error; fault-finding question, not a real question"),
    dict(p=LE, s="heard", t="sorry mate, liabilitys capped, it's standard, there's no getting round it", m="",
         v=["policy"], n="'sorry' for the refusal; a wall, unlike the upfront limit followed by help"),
    dict(p=LE, s="heard", t="you can take it to trading standards if you like, it won't change the liability limit", m="",
         v=["threat_back", "policy"], n="dares him to escalate, then a wall"),
    dict(p=LE, s="heard", t="alright, let's keep it civil, yeah?", m="", v=["calm_down"],
         n="tag question, not a real question"),
    dict(p=LE, s="options", t="I'll cover the lost job as well, whatever the restaurant would've paid you, just email it "
         "over", m="O", v=["over_promise"]),
    dict(p=LE, s="options", t="so: your express fee refunded, a trace opened on the lost one, and fresh parts out by "
         "courier today at our expense. should they go direct to the restaurant?", m="OIQ",
         n="remedies put to him as a list, not declared steps: 'today' inside the offer"),
    dict(p=LE, s="options", t="would you rather I get the replacement out today, or hang on twenty-four hours and see what "
         "the trace turns up?", m="OIQ", n="times inside a choice: not a commitment"),
    dict(p=LE, s="options", t="um I'm really sorry, you paid the express rate and your customer's sat there with no "
         "compressor. lost business I can't cover, hand on heart, but the express fee I can give back, I can open a "
         "trace, and a courier can take new parts out today. where would you want them sent, you or the restaurant?",
         m="AEOIQ", n="honest limit, then an offer; 'today' inside the offer"),
    dict(p=LE, s="commitment", t="trace is in. the depot's got till noon tomorrow to come back to me, and I'll phone you at "
         "one whatever they say", m="OC"),
    dict(p=LE, s="commitment", t="I'm sorry about all this. I've opened the trace now, and I'll ring you by eleven tomorrow "
         "with whatever the depot says", m="EOC"),
    dict(p=LE, s="commitment", t="leave it with me, I'll have a word with the depot", m="",
         n="no time, and a word with the depot is not a remedy"),
    dict(p=LE, s="close", t="right, courier's collected, it should reach the restaurant by four ish hopefully. cheers for "
         "hanging on", m="OG", n="hedged time ('should', 'hopefully') is not a commitment"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="filler while she vents"),
    dict(p=EE, s="vent", t="can I take your company's account ID first, before anything else", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="heard", t="third outage this quarter, every one of them outside the SLA, and it took an email to our "
         "chief exec before anyone picked it up. that's a failure on our part", m="A"),
    dict(p=EE, s="heard", t="I'd just point out the second incident was planned maintenance, and that was notified in "
         "advance", m="", v=["correcting"], n="polite, but educates her on her own complaint"),
    dict(p=EE, s="heard", t="so your position is that all three outages were down to us", m="", v=["accusation"],
         n="her complaint recast as a 'position', like 'so your claim is'"),
    dict(p=EE, s="heard", t="our monitoring only shows two incidents this quarter, not three", m="", v=["doubt"]),
    dict(p=EE, s="heard", t="so just to check I've got the dates, the first one was the ninth, the second the twenty-second, "
         "and the third last tuesday?", m="AQ", n="check-back of her facts, not court-room language (hard negative)"),
    dict(p=EE, s="heard", t="in fairness the outages were on the hosting provider's side", m="", v=["blame"]),
    dict(p=EE, s="heard", t="I can't release you from the contract, that isn't within my authority and I won't pretend "
         "it is. what I can put in front of you today is the service credit for the quarter", m="O",
         n="honest obstacle (rule 11); 'today' inside an offer"),
    dict(p=EE, s="heard", t="you're well within your rights to cancel, of course. the exit fees would apply", m="",
         v=["threat_back"], n="polite, but answers the cancel threat with the fees"),
    dict(p=EE, s="options", t="I can let you out of the contract with no penalty, I'll get it signed off this week",
         m="OC", v=["over_promise"], n="release is beyond the allowance; 'this week' attached to a declared step"),
    dict(p=EE, s="commitment", t="your root cause report arrives with you by the twenty-first, and I'll send your account "
         "manager's name across before five today", m="OC"),
    dict(p=EE, s="heard", t="noted.", m="", n="curt filler: neither a mark nor a violation"),
    dict(p=EE, s="heard", t="I'm sorry. three breaches in a single quarter is indefensible, and I'm not going to try",
         m="AE"),
    dict(p=EE, s="options", t="what I can offer: the SLA credit for the whole quarter, an account manager with a name you can "
         "ring, and a root cause analysis in writing with a date against it. which matters most to the board?", m="OIQ"),
    dict(p=EE, s="heard", t="I won't promise you there'll never be another outage, I'd be lying. what I will promise is "
         "the root cause write-up, in your inbox by friday the twelfth", m="OC",
         n="refusing a guarantee is honest, not dismissal"),
    dict(p=EE, s="heard", t="I'm taking this up to our platform director today", m="C",
         n="'today' attached to the agent's own step; escalation alone is not options"),
    dict(p=EE, s="heard", t="that's quite a lot of threats for one phone call", m="", v=["insult"],
         n="dry sneer, answers her in kind"),
    dict(p=EE, s="heard", t="lawyers are entirely your call. I'd only say they tend to slow everything down", m="",
         v=["threat_back"], n="meets the legal threat with a warning instead of steering back"),
    dict(p=EE, s="heard", t="zero downtime isn't realistic for anyone, thats just the nature of cloud platforms", m="",
         v=["dismissal", "correcting"], n="minimises and educates; compare the honest refusal to guarantee"),
    dict(p=EE, s="heard", t="you've lost three days of warehouse time this quarter to us. I'd be looking at the exit too, "
         "honestly", m="AE"),
    dict(p=EE, s="commitment", t="I'm sorry you had to email the CEO before anyone listened. so: the service credit's applied "
         "from today, Tom Reyes is your account manager and he'll phone you at nine tomorrow, and your root cause report "
         "reaches you on the twenty-first", m="AEOC", n="'sorry you had to' + what happened (rule 14)"),
    dict(p=EE, s="close", t="thank you, Eleanor. you'll have my written summary inside the hour, and the root cause "
         "analysis on the twenty-first, as we agreed", m="OCG"),
    dict(p=EE, s="close", t="before I let you go, is the report date still workable with your board meeting, or do you need "
         "it sooner?", m="IQ", n="asks her preference on the agreed date"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="of course, Mr Fairclough.", m=""),
    dict(p=VC, s="vent", t="before we go on could you confirm the first line of your address for me", m="Q",
         v=["premature_details"]),
    dict(p=VC, s="heard", t="and you found out from the seller's solicitor, not from us. that's not how a client of ours "
         "should ever hear it, and I'm sorry", m="AE"),
    dict(p=VC, s="heard", t="it was held by compliance, that's a regulatory requirement, there's nothing we can do to "
         "skip that", m="", v=["policy", "dismissal"]),
    dict(p=VC, s="heard", t="the correspondent bank held it over for a day, that's where the delay came from", m="",
         v=["blame"], n="explains the delay by pinning it on the other bank"),
    dict(p=VC, s="heard", t="part of the hold was at the correspondent bank, yes. but we should have rung you the moment it "
         "stalled, and we didn't. that's on us", m="A",
         n="names the third party but owns the failure: not blame (hard negative)"),
    dict(p=VC, s="heard", t="a completion deadline, and your funds two days late. I'd have been beside myself", m="AE"),
    dict(p=VC, s="options", t="I'll reverse the fees, and from tomorrow morning you'll have a named senior banker on a direct "
         "line. does that cover it, or is there more you'd want me to look at?", m="OCIQ",
         n="'from tomorrow morning' dates the step; asks for his wishes"),
    dict(p=VC, s="heard", t="sir, I'm not prepared to be spoken to like that", m="", v=["calm_down"],
         n="as 'no need to be rude to me'"),
    dict(p=VC, s="heard", t="just for the record, sir, the instruction reached us at ten past three", m="",
         v=["accusation", "correcting"], n="insists on his error through the record (rule 10)"),
    dict(p=VC, s="heard", t="I'll make sure that fee's reversed", m="O", n="remedy with no time"),
    dict(p=VC, s="options", t="I can guarantee same day on every transfer from now on and waive all fees on the account "
         "permanently", m="O", v=["over_promise"]),
    dict(p=VC, s="heard", t="did the completion still go through on the day in the end?", m="Q"),
    dict(p=VC, s="commitment", t="the fee reversal's going through this afternoon, and Caroline Hale, your senior banker, "
         "will ring you at ten tomorrow", m="OC"),
    dict(p=VC, s="heard", t="you've banked with us for years and you deserved a phone call, not silence. thank you for "
         "bringing it to me directly", m="AG"),
    dict(p=VC, s="heard", t="I do apologise for any concern this may have caused", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="you'd have hit the same checks at any bank sir, it's not unique to us", m="",
         v=["correcting"]),
    dict(p=VC, s="heard", t="if you want to make a formal complaint you'll need to do it through the online portal",
         m="", v=["policy"], n="polite wording, still 'put it in writing'"),
    dict(p=VC, s="heard", t="I can't change what happened on tuesday. I can make sure your next transfer doesn't go the "
         "same way, by putting it through the expedited desk. would you like me to?", m="OIQ",
         n="'I can't change' is honest, not dismissal"),
    dict(p=VC, s="heard", t="yes, I'm aware of who you are, sir", m="", v=["insult"], n="sneer at his standing"),
    dict(p=VC, s="heard", t="I can see what this nearly cost you. I'm sorry", m="AE"),
    dict(p=VC, s="options", t="I'm so sorry, Mr Fairclough. the house nearly went because of a delay that was ours. I'd like "
         "to refund the fees and have your transfers expedited same-day from here on, with a senior banker you can call "
         "direct. want me to put that in place today?", m="AEOIQ",
         n="'today' inside a proposal: an offer, not a commitment"),
    dict(p=VC, s="close", t="has the purchase completed now? I want to be sure nothing's still hanging over it", m="Q",
         n="follow-up check"),
    dict(p=VC, s="close", t="I appreciate you giving me the time today, sir. the fees have been reversed already, and "
         "Caroline's call is booked for ten tomorrow", m="OCG"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="have you got the serial off the back of the machine", m="Q", v=["premature_details"]),
    dict(p=FT, s="heard", t="you were told a supervisor would ring within a day and nobody did. that one's completely on "
         "us", m="A"),
    dict(p=FT, s="heard", t="theyre usually really reliable, these, it's rare to see one go twice", m="", v=["doubt"]),
    dict(p=FT, s="heard", t="the callbacks are a supervisor thing, I can't see their diaries from here", m="",
         v=["dismissal"]),
    dict(p=FT, s="options", t="I can't do a refund, I'd be lying if I said I could. a brand new machine, same model, plus two "
         "more years on the warranty, that I can do. or the senior engineer round this week with a loan machine. your "
         "call", m="OI", n="honest obstacle; 'your call' invites her choice without a question"),
    dict(p=FT, s="options", t="tell you what, I'll upgrade you to the newer model, it's a better machine anyway", m="O",
         v=["over_promise"]),
    dict(p=FT, s="heard", t="with the kids and no washer for weeks on end, I'd be losing my mind", m="AE"),
    dict(p=FT, s="heard", t="are you overloading it at all? the bearings go if the drum's overloaded", m="",
         v=["doubt", "correcting"], n="rhetorical, insinuates her misuse"),
    dict(p=FT, s="commitment", t="thursday's booked with the senior engineer and he'll bring a loan machine. you'll get a "
         "text with his arrival slot by six tonight", m="OC"),
    dict(p=FT, s="commitment", t="I'm booking the replacement now, same model, and you'll have the delivery date by text "
         "before five. thanks for not giving up on us, Kelly", m="OCG"),
    dict(p=FT, s="heard", t="I'm sorry you were left waiting on that callback as well, on top of everything", m="AE",
         n="'sorry you were left waiting' names what happened (rule 14), not 'sorry you feel'"),
    dict(p=FT, s="heard", t="sorry you're unhappy with the repairs", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="to be honest the supervisors are snowed under, that'll be why nobody rang", m="",
         v=["blame"], n="an excuse that pins it on colleagues"),
    dict(p=FT, s="heard", t="[exhales] okay. right. so what is it you actually want", m="", v=["insult"],
         n="audible sigh (rule 12); hostile, not a sincere ask for input"),
    dict(p=FT, s="options", t="would a replacement suit you better, or would you rather the senior engineer had one last "
         "go at it this week?", m="OIQ"),
    dict(p=FT, s="heard", t="I can't guarantee it'll never break again, nobody can with a machine. but a new one with the "
         "extended warranty means if it does, you're covered", m="O",
         n="honest refusal to guarantee, 'but' leads into help: not dismissal"),
    dict(p=FT, s="heard", t="twice its broke down since we fixed it and still no call from a supervisor. I'd be at my "
         "wits end", m="AE"),
    dict(p=FT, s="heard", t="I get that you're angry, but shouting isn't going to get the machine fixed any quicker",
         m="", v=["calm_down"], n="'but' into a calm-down cancels the acknowledgement"),
    dict(p=FT, s="heard", t="thank you for ringing back, honestly, after the week you've had", m="G"),
    dict(p=FT, s="options", t="I'm so sorry Kelly. it's packed in twice and then nobody phoned. I can get you a new one, same "
         "model, and I'll stretch the warranty by two years, or have our senior engineer round this week with a loan machine "
         "so you've got something in the meantime. which sounds better to you?", m="AEOIQ"),
    dict(p=FT, s="close", t="the new machine's coming tuesday morning and they'll take the old one away on the same "
         "visit. thanks for letting us have one more go at it, Kelly", m="OCG"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="okay and what email have you got on the account, sorry", m="Q",
         v=["premature_details"], n="'sorry' is a politeness marker"),
    dict(p=BE, s="vent", t="oh Margaret, that's dreadful. go on", m="E", n="sincere sympathy while letting her vent"),
    dict(p=BE, s="heard", t="right, you cancelled, then we took it twice anyway, and chat told you last week it was sorted "
         "when it wasn't. I'm so sorry, Margaret", m="AE"),
    dict(p=BE, s="heard", t="chat shouldn't have told you that, they don't have access to billing", m="", v=["blame"],
         n="pins it on another team"),
    dict(p=BE, s="heard", t="cancellations take a few days to go through the billing cycle, so that first charge was "
         "technically correct", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="whatever your bank charges isn't down to us, that's between you and them", m="",
         v=["blame", "dismissal"]),
    dict(p=BE, s="heard", t="both charges will be refunded, and the overdraft fee your bank took, we'll pay that back too. "
         "what the bank does beyond that I can't answer for, but that fee comes back to you", m="O",
         n="honest limit about the bank, not blame or dismissal"),
    dict(p=BE, s="options", t="I'll put both payments back and give you three months free on top for the bother", m="O",
         v=["over_promise"]),
    dict(p=BE, s="heard", t="on a pension, an overdraft fee is no small thing. I'm really sorry", m="AE"),
    dict(p=BE, s="heard", t="I'm so sorry. was it just the one overdraft fee, or has the bank hit you with anything else "
         "since?", m="EQ"),
    dict(p=BE, s="heard", t="I understand, but the chat log shows you were told five to seven working days", m="",
         v=["accusation", "correcting"], n="evidence against her (rule 10); 'but' cancels the acknowledgement"),
    dict(p=BE, s="commitment", t="both charges are refunded now, they'll show in three to five days, and I'm posting you a "
         "letter today confirming the subscription's closed", m="OC"),
    dict(p=BE, s="options", t="so do you want the money back on your card, or would a cheque be easier?", m="OIQ"),
    dict(p=BE, s="heard", t="sorry, the overdraft fee I can't help you with, full stop", m="", v=["dismissal"],
         n="'sorry' for a refusal; ducks a remedy that is allowed, and shuts the door"),
    dict(p=BE, s="heard", t="that's miserable, finding you're account overdrawn over a subscription you'd already ended",
         m="AE", n="'you're' mis-hearing"),
    dict(p=BE, s="heard", t="mrs ellison I can see both charges here and I can see your cancellation on the second. you're "
         "right", m="A"),
    dict(p=BE, s="heard", t="if you'd rather go to the ombudsman, be my guest", m="", v=["threat_back"]),
    dict(p=BE, s="heard", t="you're entitled to go to the ombudsman and I'll give you their details if you want them. I'd "
         "just like the chance to put it right first", m="",
         n="telling her of her right, without a dare, is not threat_back (hard negative); no remedy named"),
    dict(p=BE, s="heard", t="I'm so sorry. I'll have both charges back to you today, and the overdraft fee too",
         m="EOC"),
    dict(p=BE, s="options", t="Margaret, you did it all properly and we still charged you twice. I'm sorry. I can put both "
         "charges back, repay the overdraft fee, and write to confirm the subscription's closed. want me to do all three "
         "now?", m="AEOIQ", n="'now' inside a proposal: an offer"),
    dict(p=BE, s="close", t="so thats both charges refunded and the overdraft fee reimbursed, and the letter goes in "
         "tonight's post. thank you Margaret, and I'm sorry again about the whole thing", m="EOCG"),

    # --- generic ---
    dict(p=None, s="vent", t="can I just stop you there, what's the reference on it", m="Q",
         v=["premature_details"], n="interrupts for details"),
    dict(p=None, s="heard", t="and whose name is the account in, yours or your husband's?", m="Q",
         n="'whose' here is a real question, not fault-finding"),
    dict(p=None, s="heard", t="which agent was it you spoke to? I'd like to follow it up with them", m="Q",
         n="asks in order to follow up, not to blame"),
    dict(p=None, s=None, t="yeah well, we're all busy", m="", v=["insult"]),
    dict(p=None, s="heard", t="okay. deep breath", m="", v=["calm_down"]),
    dict(p=None, s=None, t="I'd be gutted too", m="E"),
    dict(p=None, s="heard", t="I understand your frustration", m="AE", n="rule 1"),
    dict(p=None, s="heard", t="I hear you. so what's the order number?", m="Q",
         n="'I hear you' straight into a request (rule 13); after venting, not premature"),
    dict(p=None, s="heard", t="I'm not being funny but you did tick the box", m="", v=["correcting"]),
    dict(p=None, s="options", t="I can refund it or send you a new one, up to you", m="OI",
         n="imperative invitation, no question"),
    dict(p=None, s="commitment", t="I'll call you back", m="", n="no time"),
    dict(p=None, s="commitment", t="you'll have an answer from me before you finish work today, five at the latest", m="C"),
    dict(p=None, s="heard", t="sorry you feel let down", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="I'm sorry we let you down", m="E", n="owns it, unlike 'sorry you feel let down'"),
    dict(p=None, s=None, t="thanks for sticking with it. I know you've told this story more than once today", m="AG"),
    dict(p=None, s=None, t="what would put this right for you, realistically?", m="IQ"),
    dict(p=None, s="heard", t="I'm really sorry. you've been messed around from start to finish. would it help if I stayed "
         "as your contact from here on?", m="AEIQ",
         n="a single contact is a way of handling it, not a remedy (as 'would it be easier if I took care of it all')"),
    dict(p=None, s="heard", t="look, I didn't make the mistake, I'm the one trying to fix it", m="", v=["dismissal"],
         n="'not my fault' ducking"),
    dict(p=None, s=None, t="to be fair, that's normally explained in the welcome email", m="", v=["correcting"]),
    dict(p=None, s="heard", t="honestly, compensation's not something I can give. the fee, though, I can refund today. is "
         "that a start?", m="OIQ", n="honest limit (rule 11); offer inside a proposal"),
    dict(p=None, s="heard", t="I'm going to pop you on hold for two minutes while I check with the team, is that alright?",
         m="IQ", n="asks permission; a hold is not a wall"),
    dict(p=None, s="heard", t="okay I'll be honest, I've no idea why it happened. but I'm going to find out and ring you by "
         "two", m="C", n="admitting not knowing is not dismissal"),
    dict(p=None, s="close", t="thanks for your patience, genuinely, and sorry again that it happened at all", m="EG"),
    dict(p=None, s="heard", t="the system's marked it as delivered, so I can't reopen it", m="", v=["policy", "doubt"],
         n="system wall, and it sides with the record against the customer"),
    dict(p=None, s="heard", t="that's awful, honestly. you shouldn't be the one having to chase us", m="AE"),
    dict(p=None, s="heard", t="you've every reason to be cross. that should have been sorted the first time you rang",
         m="AE"),
    dict(p=None, s="heard", t="I'm sorry if you've been given the wrong information", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="I understand, but I'm only going off what the notes say", m="", v=["doubt"],
         n="'but' into siding with the notes cancels the acknowledgement"),
    dict(p=None, s="heard", t="that's just how refunds work, they take ten days whatever I do", m="", v=["policy"]),
    dict(p=None, s="heard", t="so that's three calls, a callback promised every time, and not one came. I'm really sorry. "
         "thanks for giving it one more go with us. where do you want me to start?", m="AEGIQ"),
    dict(p=None, s="options", t="I'm sorry we've ended up here. today I can refund the postage and send a replacement next "
         "day, or if you'd prefer the whole amount back, I can do that instead. which feels right to you?", m="EOIQ",
         n="times inside a choice: not a commitment"),
]

write_batch(ITEMS, "fm", Path(__file__).with_name("replies_extra168.jsonl"))
