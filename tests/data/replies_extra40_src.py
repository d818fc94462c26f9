"""Source of `replies_extra40.jsonl`: a fortieth batch of hand-written trainee replies (tune split only).

Written one at a time by someone who had not read the held-back part of `replies.jsonl` nor the
judge's code (judge.py, lexicon.py, learned.py, patterns.py, models/), after reading the tune part
of `replies.jsonl` for its style and labelling habits. The batch is about OPTIONS and ACKNOWLEDGE,
each positive on about 40% of replies, said at the heard, options, commitment and close stages by
trainees talking to all six personas, plus generic replies. Remedies come in every shape: single
offers, choices put as questions, "what I can do is", remedies already done, remedies folded into a
restatement of the complaint or into a reason ("since you've lost two mornings, I'm taking the fee
off"). Beside them sit the hard negatives for options: looking into it, escalating, a callback,
explaining how refunds or credits work, refusing (honestly or with a wall), over-offering (labelled
over_promise, with options when a remedy is offered), and asking what the customer wants without
offering anything. Acknowledgement sits beside its own hard negatives (fillers, "noted", screen
reading, a brushed-off "I hear you", naming what was paid inside an offer, "but" into a fault).
About a quarter carry a fault. Whisper-style text (lowercase, fillers, false starts, no punctuation,
the odd mis-hearing) mixed with properly punctuated lines. Nothing is generated from a template.
Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra40.jsonl` next to it (ids ao0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- missed-technician
    dict(p=MT, s="heard", t="so you sat in all morning eight till twelve, twice, and not one phone call from us. that's on us, not you", m="A"),
    dict(p=MT, s="heard", t="um yeah I- I get it, you took two days off work for nothing and uh since that's the case I'm just gonna take the installation fee off completely", m="AO",
         n="remedy folded into a restatement; no time, so no commitment"),
    dict(p=MT, s="options", t="You've lost two mornings already, so what I can do is put a month's credit on the account and book you the eight o'clock slot, first job of the day.", m="AO",
         n="'what I can do is' after saying back the lost mornings"),
    dict(p=MT, s="options", t="would you rather the first slot on saturday, eight am, or a weekday at eight? the fee's waived either way", m="OIQ"),
    dict(p=MT, s="options", t="two no-shows and no phone call, I get it. I'm going to pass this over to the field team and they'll decide what they can do for you", m="A",
         n="acknowledged; escalation with no remedy and no time"),
    dict(p=MT, s="heard", t="ok I'll look into what happened with both visits and get back to you", m="", n="looking into it: not a remedy"),
    dict(p=MT, s="commitment", t="okay the eight o'clock on tuesday's locked in for you, and I'll ring you monday by five to confirm who's coming", m="OC",
         n="confirming a rebooked first-slot appointment is a remedy"),
    dict(p=MT, s="options", t="I can refund everything you've paid since you signed up and cover the wages you lost as well, that's no problem at all", m="O", v=["over_promise"]),
    dict(p=MT, s="heard", t="I understand you've lost two mornings, but the technicians are contractors so really that's on them, not us", m="", v=["blame"],
         n="'but' leads straight into blame: acknowledgement cancelled"),
    dict(p=MT, s="close", t="right so that's the fee waived and the credit's on the account. thank you for hanging in there with me, Bernadette", m="OG",
         n="remedies already done, no time"),
    dict(p=MT, s="options", t="you shouldn't have to lose a third morning for us, so what about if I get you the very first slot and have the engineer text you the night before?", m="AOIQ",
         n="'a third morning' says back the two lost mornings"),
    dict(p=MT, s="options", t="uh honestly I'm not sure what I can offer you, what were you hoping for", m="IQ", n="asks what she wants without offering anything"),
    dict(p=MT, s="heard", t="mm okay, noted. can I grab the account number off you", m="Q", n="'noted' is not acknowledgement; a detail request after venting is no fault"),
    dict(p=MT, s="options", t="I'm not able to refund the whole contract, I'll be upfront about that. But I can knock the installation fee off and put a month's credit on. Does that go some way?", m="OIQ",
         n="honest obstacle, not a policy wall"),
    dict(p=MT, s="heard", t="well you can't really expect an exact time with an install, that's why the window's four hours", m="", v=["correcting"]),
    dict(p=MT, s="commitment", t="I'm escalating both missed visits to the area manager right now and she'll call you before two", m="C",
         n="escalation with a time: commitment only"),

    # ---------------------------------------------------------------- lost-express
    dict(p=LE, s="heard", t="so the compressor and the control board went out on overnight express and the tracking's just gone dead since it was picked up. yeah that's not acceptable", m="A"),
    dict(p=LE, s="options", t="since the restaurant is still waiting on those parts, do you want me to get the replacement parts couriered straight to the restaurant today or to your workshop first", m="AOIQ",
         n="choice question without a question mark; the restaurant still waiting says back the complaint"),
    dict(p=LE, s="heard", t="right I'm putting a trace on it now, and because you paid for overnight and got nothing, that express fee's coming back to you as well", m="AOC",
         n="'now' attached to the trace; the restatement gives the reason for the refund"),
    dict(p=LE, s="options", t="your client's furious and it's our fault, so I'll pay for whatever work you lose with that restaurant, just send me over the invoices", m="AO", v=["over_promise"]),
    dict(p=LE, s="heard", t="I'll raise it with the depot and see what they say", m="", n="chasing the depot is not a remedy"),
    dict(p=LE, s="options", t="you paid for next day and got nothing, so tell you what I can do mate. same day courier, new parts, our cost, and the express charge refunded. I can't cover lost jobs but that gets your client sorted today", m="AO",
         n="'today' inside an offer: not a commitment; honest obstacle"),
    dict(p=LE, s="heard", t="parcels do go astray now and then, it's a busy network, but we'll get a trace on it", m="O", v=["dismissal"],
         n="minimising, then a trace: the remedy after the fault stands"),
    dict(p=LE, s="heard", t="you've got a restaurant full of warm fridges waiting on you and nothing from us. I hear you", m="A"),
    dict(p=LE, s="options", t="look I'll get a same day courier on it and I promise you it'll be at the restaurant by three, guaranteed", m="OC", v=["over_promise"],
         n="a delivery time the courier controls is guaranteed"),
    dict(p=LE, s="heard", t="it's just you and your nephew and that restaurant's a third of your work, so I completely get why you're worried sick", m="AE"),
    dict(p=LE, s="options", t="okay so um what is it you'd want from us here", m="IQ"),
    dict(p=LE, s="options", t="The lost business isn't something I can pay out on, I'm sorry.", m="",
         n="honest refusal; 'sorry' apologises for the refusal; nothing offered"),
    dict(p=LE, s="commitment", t="the tracking hasn't moved since collection, I know. I'll call the depot manager myself and ring you back by half eleven with whatever they've got", m="AC", n="callback with a time, no remedy"),
    dict(p=LE, s="options", t="so the goods are covered up to the standard liability limit, I can start that claim for you now, and refund the express on top", m="O",
         n="'I can ... now' is an offer"),
    dict(p=LE, s="heard", t="it's showing delivered and signed for on my screen so I dunno what to tell you really", m="", v=["doubt", "dismissal"]),
    dict(p=LE, s="heard", t="Paid extra for overnight, nothing turned up, and now your client's blaming you for it. I'd be livid. I'm sorry.", m="AE"),

    # ---------------------------------------------------------------- escalated-exec
    dict(p=EE, s="heard", t="Three outages this quarter, every one of them outside the SLA, and you had to write to our chief executive before anyone picked it up. I understand.", m="A"),
    dict(p=EE, s="options", t="there are three things I can put on the table Ms Ashcombe. the quarter's service credit in full, one named person as your account manager, and the root cause analysis in writing. where would you like me to start", m="OIQ"),
    dict(p=EE, s="options", t="if you want out of the contract I can release you from it, no penalty, that's fine", m="O", v=["over_promise"]),
    dict(p=EE, s="commitment", t="You'll have the root-cause report by close of business on the nineteenth, and the credit will be on this month's invoice.", m="OC"),
    dict(p=EE, s="heard", t="third breach in one quarter, I understand. I'm going to escalate this to our head of platform so it gets the attention it deserves", m="A", n="escalation, no time, no remedy"),
    dict(p=EE, s="heard", t="forty lorries sat at your docks and our status page saying everything was fine. no wonder your board's asking questions", m="A",
         n="says back what happened; names no feeling"),
    dict(p=EE, s="options", t="because it's gone past the SLA three times you're owed the service credit, and I'm applying it for the whole quarter", m="AO",
         n="remedy folded into a reason that says the complaint back"),
    dict(p=EE, s="options", t="so the way the SLA works is the credit's worked out on the minutes of downtime over the threshold each month", m="",
         n="explaining how the credit is calculated offers nothing"),
    dict(p=EE, s="heard", t="with respect going to the CEO hasn't really sped anything up, it's all come straight back down to us anyway", m="", v=["correcting"]),
    dict(p=EE, s="options", t="what would you need to see from us to be able to take something back to your board?", m="IQ", n="asks for her ideas; no remedy named"),
    dict(p=EE, s="options", t="and I can promise you there won't be another outage this year", m="", v=["over_promise"], n="bare guarantee: no remedy offered"),
    dict(p=EE, s="close", t="Thank you for giving us the chance to put this right. The credit's applied, Daniel's your contact, and the report's due with you on the nineteenth.", m="OCG"),
    dict(p=EE, s="heard", t="I hear you. you stood up for us in front of your board and we've let you down three times since", m="A"),
    dict(p=EE, s="options", t="damages aren't something I can sign off. what I can sign off is the full SLA credit and a named account manager, starting this week", m="O",
         n="honest limit then a remedy"),
    dict(p=EE, s="heard", t="the contract's the contract I'm afraid, I can't go changing what's in it", m="", v=["policy"]),
    dict(p=EE, s="commitment", t="I'll speak to our head of operations this afternoon and call you back by four with an answer", m="C"),
    dict(p=EE, s="options", t="I- I know the warehouse stood still for six hours. I can get you the root cause report by friday and the credit for all three incidents, would that be a start?", m="AOIQ",
         n="date inside an offer waiting for her answer: not a commitment"),

    # ---------------------------------------------------------------- vip-client
    dict(p=VC, s="heard", t="So the funds were meant to be there for Wednesday's completion, they landed on Friday, and you heard it from the seller's solicitor before you heard it from us.", m="A"),
    dict(p=VC, s="options", t="Mr Fairclough, you should never have had to hear it from the seller's side. I can reverse the transfer fees today and put you through to a named senior banker with a direct line. Would that be acceptable?", m="AOIQ"),
    dict(p=VC, s="options", t="I'll waive every fee on all your accounts for the next twelve months, sir", m="O", v=["over_promise"]),
    dict(p=VC, s="heard", t="right I can see the wire on the system, it was released friday at two fourteen", m="", n="reading the screen: not a restatement of the complaint"),
    dict(p=VC, s="commitment", t="you should never have been chasing your own money for two days. the fees were reversed a moment ago, and from tomorrow morning every transfer you send goes same day", m="AOC"),
    dict(p=VC, s="options", t="what would it take to keep your business with us, sir", m="IQ"),
    dict(p=VC, s="heard", t="because nobody warned you and you very nearly lost the house, I've flagged your accounts for same-day transfers from now on", m="AO",
         n="remedy folded into a restatement; 'from now on' is no deadline"),
    dict(p=VC, s="heard", t="the hold up was on the correspondent bank's side sir, not ours", m="", v=["blame"]),
    dict(p=VC, s="options", t="I'll ask our chief executive to ring you personally and apologise", m="O", v=["over_promise"]),
    dict(p=VC, s="options", t="would a direct line to a senior banker help, so next time something's moving you've got one person to ring", m="OIQ"),
    dict(p=VC, s="heard", t="you're right. a transfer that size, for a completion, should never have sat in a queue, and someone should have rung you", m="A"),
    dict(p=VC, s="close", t="Thank you for your patience this afternoon, Mr Fairclough. Claire will ring you at ten tomorrow with her direct number.", m="OCG",
         n="the named banker's direct line is a remedy; the call has a time"),
    dict(p=VC, s="heard", t="for the record sir the instruction reached us after the cut off", m="", v=["accusation", "correcting"]),
    dict(p=VC, s="commitment", t="two days late on a completion, I completely understand. I'll find out from payments what happened and call you back before five", m="AC", n="callback with a time, no remedy"),
    dict(p=VC, s="options", t="I'm afraid I can't offer a preferential rate, but I can take the transfer fees off and have your future wires expedited. shall I do that?", m="OIQ",
         n="refusal then help; 'afraid' is politeness"),
    dict(p=VC, s="heard", t="I understand. you had a deadline, you did everything on time, and the bank didn't", m="A"),
    dict(p=VC, s="heard", t="um, yes, well, it's a large sum sir, these things do take a bit longer sometimes", m="", v=["dismissal"]),

    # ---------------------------------------------------------------- failed-twice
    dict(p=FT, s="heard", t="so it's seven months old, it's been repaired, and it's packed in twice since. and the supervisor who was meant to call you monday never did", m="A"),
    dict(p=FT, s="options", t="I can either get you a brand new one, same model, with the warranty taken up to two years, or send our senior engineer out this week with a loan machine so you can keep washing. what would you rather?", m="OIQ",
         n="'this week' inside a choice: not a commitment"),
    dict(p=FT, s="options", t="seven months old and it's broken twice, you know what, I'll upgrade you to the newer model for free, you've earned it", m="AO", v=["over_promise"]),
    dict(p=FT, s="heard", t="let me look into the callback thing and I'll see what I can find", m="", n="looking into it"),
    dict(p=FT, s="commitment", t="You've been without a washer for two weeks, so the senior engineer's booked for Thursday between eight and ten, and he'll bring a loan machine with him.", m="AOC"),
    dict(p=FT, s="heard", t="two weeks with no washer and two little ones, oh I'd be losing my mind", m="AE"),
    dict(p=FT, s="options", t="I'll get you a replacement, same model, and I'll pay back the ninety dollars you spent at the laundromat too", m="O", v=["over_promise"],
         n="laundromat money is compensation; naming what she spent inside an offer is not acknowledgement"),
    dict(p=FT, s="heard", t="that model's one of our most reliable, are you sure it's level on the floor", m="", v=["doubt", "correcting"],
         n="hostile question, not a real one"),
    dict(p=FT, s="close", t="you're welcome Kelly, and thanks again for giving us one more go. the new machine'll be with you saturday morning", m="OCG"),
    dict(p=FT, s="heard", t="okay so um, what is it that would make this right for you", m="IQ"),
    dict(p=FT, s="heard", t="You were promised a call within a day and got nothing. I'm not doing that to you again. I'll ring you myself at four today.", m="AC",
         n="callback with a time, no remedy"),
    dict(p=FT, s="heard", t="sorry if the repairs haven't quite been up to standard", m="", v=["non_apology"]),
    dict(p=FT, s="options", t="two repairs and it's still going wrong, so I'm not sending another repair man. let's just swap it, new one, same model, two year warranty. yeah?", m="AOIQ",
         n="'yeah?' checks she accepts the proposal"),
    dict(p=FT, s="options", t="okay okay there's no need to shout at me, I can get a senior engineer out to you this week", m="O", v=["calm_down"]),
    dict(p=FT, s="heard", t="I'm so sorry Kelly. honestly if I'd been left hanging on a callback with a toddler and a baby I'd be raging too", m="AE"),

    # ---------------------------------------------------------------- billing-error
    dict(p=BE, s="heard", t="So you cancelled, we still took the money twice, and then the chat told you last week it was sorted when it wasn't.", m="A"),
    dict(p=BE, s="commitment", t="both refunds went through this morning, you should see them by thursday, and the letter confirming the cancellation goes in tonight's post", m="OC"),
    dict(p=BE, s="options", t="and I'll give you three months free on top for all the trouble", m="O", v=["over_promise"]),
    dict(p=BE, s="options", t="don't worry about the overdraft fee, I'll get your bank to take it off for you", m="O", v=["over_promise"],
         n="promises what her bank will do"),
    dict(p=BE, s="heard", t="you're quite right, you'd cancelled and that should have been the end of it", m="A"),
    dict(p=BE, s="heard", t="you've been charged twice, I understand that. refunds usually take three to five working days to come back through to the card", m="A", n="information about refunds, no refund offered"),
    dict(p=BE, s="heard", t="once a payment's gone out the system won't let me reverse it till the billing cycle closes", m="", v=["policy"]),
    dict(p=BE, s="options", t="you were told it was fixed and it wasn't, so what I'd like to do is refund the two charges today, pay back the overdraft fee, and make sure the subscription's properly shut so nothing else comes out. is that alright with you?", m="AOIQ"),
    dict(p=BE, s="close", t="thank you for being so patient with me Margaret, and for ringing back after last week", m="G"),
    dict(p=BE, s="heard", t="oh Margaret, and your rent bounced because of it. I'm so sorry, that's the last thing you needed", m="AE"),
    dict(p=BE, s="options", t="I can check your account's fully closed now so nothing else can be taken", m="O", n="checking the account is closed is a fix; 'I can ... now' is an offer"),
    dict(p=BE, s="commitment", t="I'll speak to the billing team and ring you back at three", m="C"),
    dict(p=BE, s="heard", t="the charge came out because the cancellation went in after the renewal date, it's all in the terms", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="as our chat told you it was fixed and it wasn't, I've put both refunds through myself while we've been talking", m="AO",
         n="remedy already done, folded into a restatement; no deadline"),
    dict(p=BE, s="options", t="How would you like us to put this right, Mrs Ellison?", m="IQ"),
    dict(p=BE, s="heard", t="yeah yeah I hear you. anyway can I take the last four digits of the card", m="Q", n="brushed-off 'I hear you'; detail request after venting"),
    dict(p=BE, s="commitment", t="I'm sorry you feel we've let you down. the refund will be back in your account by friday", m="OC", v=["non_apology"]),
    dict(p=BE, s="heard", t="nine years with us and we charge you twice after you cancel. that's not how we should be treating you", m="A"),

    # ---------------------------------------------------------------- generic
    dict(p=None, s="heard", t="I understand, the order came in the wrong size and then the returns label wouldn't print", m="A"),
    dict(p=None, s="options", t="I can do you a full refund or send the right one out tomorrow, whichever you'd prefer", m="OI",
         n="imperative invitation: asks_input without a question"),
    dict(p=None, s="options", t="let me see what I can do", m=""),
    dict(p=None, s="heard", t="so this is the third time you've rung about it and nobody's actually fixed anything. yeah that's not right", m="A"),
    dict(p=None, s="heard", t="I'm going to pass this on to my team leader", m=""),
    dict(p=None, s="commitment", t="I'll get my manager to give you a call within the hour", m="C"),
    dict(p=None, s="heard", t="honestly there's not a lot I can do from here, it's a warehouse issue", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="I hear you. You've been bounced between departments all week and you just want one person to own it.", m="A"),
    dict(p=None, s="options", t="I'm afraid a refund isn't possible on this one", m="", n="honest refusal, no wall named, nothing offered"),
    dict(p=None, s="heard", t="we apologise for any inconvenience this may have caused", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="so it turned up broken and you've waited a week for anyone to even reply. I can send a new one today or refund it straight away, which would you like?", m="AOIQ",
         n="times inside a choice: not a commitment"),
    dict(p=None, s="options", t="fine, I'll refund it, if that'll stop you going on about it", m="O", v=["insult"]),
    dict(p=None, s="heard", t="you're right it should've been sorted. but if you keep swearing at me I'm ending this call", m="", v=["threat_back"],
         n="'but' into a threat cancels the acknowledgement"),
    dict(p=None, s="options", t="so you've been without service for a whole month. here's what I can do, I'll credit the account for the missed month and get an engineer booked on whatever day suits you best", m="AOI", n="'whatever day suits you best' invites a preference without a question"),
    dict(p=None, s="close", t="is there anything else I can help you with today?", m="Q", n="ending check: question, not asks_input"),
    dict(p=None, s="heard", t="okay. I understand.", m="A", n="bare sincere 'I understand'"),
    dict(p=None, s="heard", t="right. okay. mm", m=""),
    dict(p=None, s="commitment", t="I'll get that refund sorted for you as soon as I can", m="O", n="a refund is offered, but 'as soon as I can' is no time"),
    dict(p=None, s="options", t="refunds go back to the original payment method, so if you paid by card it goes back on the card", m="", n="explaining how refunds work; nothing offered"),
    dict(p=None, s="vent", t="sorry to stop you there, can I just get the order number first", m="Q", v=["premature_details"]),
    dict(p=None, s="commitment", t="I'll ring you back tomorrow between nine and ten with an update", m="C"),
    dict(p=None, s="options", t="look just calm down and I'll get you a refund", m="O", v=["calm_down"]),
    dict(p=None, s="heard", t="that's two deliveries missed and a day off work wasted, I'd be fuming too", m="AE"),
    dict(p=None, s="options", t="there's a couple of options, let me just check which ones apply to your account", m="", n="'options' with nothing offered"),
    dict(p=None, s="heard", t="I've logged it as a formal complaint on your file", m="", n="logging a complaint is not a remedy"),
    dict(p=None, s="options", t="so I can't give you the money back, the system won't let me, but I can do a credit", m="O", v=["policy"],
         n="a wall inside the reply; the credit after it is still offered"),
    dict(p=None, s="heard", t="thank you for your patience, I know you've been on hold a long time. I'm going to take twenty percent off your next bill for that", m="AOG",
         n="'been on hold a long time' says back the complaint"),
    dict(p=None, s="options", t="okay so the first one came damaged and then the replacement did too. um so basically I'd need to speak to someone before I can offer anything", m="A", n="acknowledged, nothing offered yet"),
    dict(p=None, s="close", t="and don't worry, it won't happen again, I promise you that", m="", v=["over_promise"], n="bare guarantee at the close"),
    dict(p=None, s="heard", t="I know you've had two boxes arrive crushed now, and I'm sorry. what I can do is send the next one double-boxed, free of charge", m="AEO"),
    dict(p=None, s="options", t="ah you want compensation? yeah we don't do that here", m="", v=["policy"], n="rhetorical question; a wall"),
    dict(p=None, s="heard", t="so, um. you were told the refund was done and it wasn't. that's, yeah, that's on us, I'll put it through again now", m="AOC"),
    dict(p=None, s="heard", t="are you sure you didn't get an email? it would of gone to your junk probably", m="", v=["doubt", "correcting"],
         n="'would of' mis-hearing; hostile question"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "ao", Path(__file__).with_name("replies_extra40.jsonl"))
