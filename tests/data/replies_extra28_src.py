"""Source of `replies_extra28.jsonl`: a twenty-eighth batch of hand-written trainee replies (tune split only).

Written one at a time by someone who had not read the held-back part of `replies.jsonl` nor the
judge's code (judge.py, lexicon.py, learned.py, patterns.py, the model), imitating the style and
labelling habits of the tune part of `replies.jsonl`. Its focus is the three core marks,
ACKNOWLEDGE, EMPATHISE and OPTIONS, each positive on roughly 40% of the items and met in every
combination (all three, any two, one alone, none), across the six personas, generic replies and
every stage of a call. Beside them sit their hard negatives: fillers while the customer vents,
negated forms ("I don't understand why..."), non-apologies, sarcasm, a "but" that leads into a
fault, an apology for a refusal, a vague "we'll look into it", an escalation on its own, "there's
no option for that", the agent's own feelings, restating only to argue, and reading details off a
screen. About a quarter of the replies carry a fault, often next to a mark, so the batch is also a
mixed check. Every mark and every violation is labelled on every item. Whisper-style text
(lowercase, fillers, false starts, the odd mis-hearing) is mixed with properly punctuated lines.
Nothing is generated from a template. Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra28.jsonl` next to it (ids ac0001..., split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- missed-technician
    dict(p=MT, s="vent", t="mm-hm", m="", n="filler while she vents"),
    dict(p=MT, s="vent", t="oh god. twice, and nobody even rang to say they weren't coming. that's awful, I'm so sorry", m="AE"),
    dict(p=MT, s="heard", t="so, um, you took two mornings off, sat in from eight till twelve both times, and not one phone call from us. I'd be livid honestly", m="AE"),
    dict(p=MT, s="heard", t="um I don't really understand why you're so angry with me personally", m="", n="negated acknowledgement; no violation, as in the tune part"),
    dict(p=MT, s="heard", t="I'm frustrated with the booking system as well to be honest, it drives all of us mad", m="", n="the agent's own feelings, not empathy"),
    dict(p=MT, s="options", t="I can't refund the whole thing, I'm sorry, but what I can do is waive the installation fee and put a month's credit on your account", m="O", n="'sorry' apologises for the refusal; honest obstacle, not policy"),
    dict(p=MT, s="options", t="You've lost two days' pay over this and that's on us. I can book you the guaranteed eight o'clock slot, first job of the day, and waive the installation fee. Would that work?", m="AOIQ"),
    dict(p=MT, s="options", t="I'm really sorry. um what I'd like to do is put a months credit on your account and get you the eight am slot so there's no hanging around. does that sound okay", m="EOIQ"),
    dict(p=MT, s="commitment", t="I know you can't lose another morning, so I've waived the installation fee, that's done now, and Ravi's booked for eight o'clock Tuesday, first job. I'll text you his details before five today.", m="AOC"),
    dict(p=MT, s="heard", t="I hear you. two wasted mornings and not so much as a phone call", m="A"),
    dict(p=MT, s="heard", t="so the engineer didn't turn up, fine, but you could of rung us yourself when it got to twelve", m="", v=["correcting"], n="restating only to argue: 'but' leads into correcting; 'could of' mis-hearing"),
    dict(p=MT, s="close", t="thank you for sticking with me bernadette and I'm sorry again. your all booked in for thursday eight am sharp, and the credit's on the account now", m="EOCG", n="'your' mis-hearing; confirmed rebooking is options"),
    dict(p=MT, s="heard", t="I'm sorry if you've been kept waiting", m="", v=["non_apology"]),
    dict(p=MT, s="commitment", t="I'm so sorry. I'm passing this straight to my team leader and she'll ring you back by four", m="EC", n="escalation with a time: commitment, not options"),
    dict(p=MT, s="heard", t="It's not just the broadband, is it, it's two days' wages gone. I'm so sorry, that's money you can't get back.", m="AE", n="'is it' is a tag, not a question"),
    dict(p=MT, s="options", t="okay I know you wanted the full refund and I get why. I can't do that bit, but I can waive the fee, add a month's credit and book the first slot at eight. if there's something in that you'd swap, tell me", m="AOI", n="honest obstacle; imperative invitation is asks_input without a question"),
    dict(p=MT, s="heard", t="i- I honestly don't understand why nobody rang you, either time. I'm so sorry", m="AE", n="'don't understand why' aimed at our own failure: sympathy, not a negated acknowledgement"),
    dict(p=MT, s="heard", t="I understand, and I'm sorry. The system won't let me refund the whole installation.", m="AE", v=["policy"], n="no contrastive connective, so acknowledgement and apology stand beside the policy wall"),
    dict(p=MT, s="heard", t="so according to you the engineer never showed up at all, either day", m="", v=["accusation"], n="restatement framed as the customer's claim"),
    dict(p=MT, s="options", t="two mornings, two no-shows, I'd be raging. I'll waive the installation fee, put a month's credit on, and get you the guaranteed eight o'clock slot", m="AEO", n="'I'll' without a time: not a commitment"),
    dict(p=MT, s="options", t="yeah no I get it, you were stood up twice. what I can do is the first slot, eight am, any day this week, and I'll waive the installation fee", m="AO"),

    # ---------------------------------------------------------------- lost-express
    dict(p=LE, s="vent", t="oh no, with your customer waiting on the parts as well. I'm so sorry", m="AE"),
    dict(p=LE, s="vent", t="can you read me the tracking number so I can pull it up", m="Q", v=["premature_details"]),
    dict(p=LE, s="heard", t="so it was collected and then nothing, not one scan since, and meanwhile your restaurant client's on at you about it", m="A"),
    dict(p=LE, s="heard", t="I can see it here, collected Monday at three fifteen, and then it just goes blank.", m="", n="reading details off the screen, not saying the complaint back"),
    dict(p=LE, s="heard", t="look, parcels go astray now and then, it's not the end of the world", m="", v=["dismissal"]),
    dict(p=LE, s="heard", t="I understand the parcel hasn't turned up, but it's the courier that lost it, not us. I can still open a trace for you", m="O", v=["blame"], n="'but' into blame cancels the acknowledgement; the offer after it stands"),
    dict(p=LE, s="options", t="so I can't cover the lost business, sorry, but I can um refund the express fee and open a trace on it. would that be a start", m="OIQ", n="'sorry' for the refusal is not empathy"),
    dict(p=LE, s="options", t="honestly I'd be fuming in your shoes. like, let me get a same day courier out to your customer with replacement parts, on us, and refund what you paid for express. which do you want sorted first?", m="EOIQ"),
    dict(p=LE, s="options", t="You paid for overnight, it never came, and now you're the one looking bad to your client. I'm opening a trace right now, and I'll get the express fee refunded for you.", m="AOC", n="'right now' attached to a declared step"),
    dict(p=LE, s="options", t="there's no option for compensating lost business I'm afraid", m="", n="'option' word with no remedy; a truthful refusal, so no violation"),
    dict(p=LE, s="commitment", t="I know your client can't wait another day, so the trace is live now, and the courier's collecting the replacement parts from your unit at two this afternoon. I'll text you the driver's details by one.", m="AOC"),
    dict(p=LE, s="heard", t="I'd be worried sick about that client too. is it a big part of your work?", m="EQ"),
    dict(p=LE, s="heard", t="god that's so embarrassing for you, having to ring your client and tell them it's not coming", m="AE"),
    dict(p=LE, s="close", t="thanks for bearing with me marcus, and I'm genuinely sorry about all this. the express fee's refunded as of now", m="EOCG"),
    dict(p=LE, s="options", t="this could cost you that client, I get it. I'll refund the full value of the compressor and the board and pay you for the job you lost on top", m="AO", v=["over_promise"]),
    dict(p=LE, s="heard", t="yeah yeah I hear you, anyway do you want a trace or not", m="OIQ", n="dismissive 'I hear you, anyway' is not acknowledgement; curt, but a real offer"),
    dict(p=LE, s="heard", t="so you're saying the parcel just vanished into thin air", m="", v=["doubt"], n="sarcastic restatement only to cast doubt"),
    dict(p=LE, s="heard", t="I'm so sorry. you paid extra so it'd get there overnight and it's gone nowhere. I can refund that express fee today and put a trace on it straight away, would you like me to do both?", m="AEOIQ", n="'I can ... today' inside an offer: not a commitment"),
    dict(p=LE, s="heard", t="okay calm down a sec, I'm gonna refund the express fee and get a trace going", m="O", v=["calm_down"], n="no time on the steps"),
    dict(p=LE, s="options", t="I'm really sorry, Marcus. You paid for overnight and your client's been left with nothing. A same-day courier with the replacement parts, at our cost, and the express fee back. Does that help you with them?", m="AEOIQ"),

    # ---------------------------------------------------------------- escalated-exec
    dict(p=EE, s="vent", t="I see. please, go on.", m="", n="bare 'I see' while she vents"),
    dict(p=EE, s="vent", t="before we get into it, could I take your contract reference", m="Q", v=["premature_details"]),
    dict(p=EE, s="heard", t="Three outages this quarter, every one of them outside the SLA, and you had to write to our chief executive to get anyone's attention. I understand.", m="A"),
    dict(p=EE, s="heard", t="I'd be incandescent if a supplier did that to my operation, honestly", m="E"),
    dict(p=EE, s="heard", t="I understand the frustration, but emailing our CEO really didn't help anyone", m="", v=["correcting"], n="'but' into correcting cancels acknowledgement and empathy"),
    dict(p=EE, s="heard", t="you're right, and I'm sorry. your warehouses stopped three times because of us and that isn't acceptable", m="AE"),
    dict(p=EE, s="heard", t="I'm sorry you see it that way. what I can do is apply the service credit for the quarter", m="O", v=["non_apology"], n="non-apology, then a real offer"),
    dict(p=EE, s="options", t="I can't release you from the contract, that's not something I can sign off, I'm sorry. What I can put forward is the service credit for this quarter and a named account manager. Is that worth talking through?", m="OIQ", n="apology for a refusal; honest obstacle"),
    dict(p=EE, s="options", t="I know your board's asking hard questions, and I'd feel that pressure too. I'd like to offer the SLA credit, a named account manager, and a written root-cause report by the twenty-first. Would that give you something to take back to them?", m="AEOIQ", n="date inside an offer: not yet a commitment"),
    dict(p=EE, s="commitment", t="I'm sorry it took a letter to our CEO to get this far. the SLA credit was applied this morning, it'll show on your next invoice, and the root-cause report will be with you by friday the twelfth", m="AEOC"),
    dict(p=EE, s="heard", t="bring the lawyers in if you like, our contract's watertight", m="", v=["threat_back"]),
    dict(p=EE, s="options", t="fine, we'll let you out of the contract with no penalty and cover your losses, I'll sort the paperwork today", m="OC", v=["over_promise"]),
    dict(p=EE, s="heard", t="uh three stoppages in a quarter, that's a lot of lost shifts. what did the last one actually cost you on the warehouse floor?", m="AQ"),
    dict(p=EE, s="heard", t="honestly I'm as fed up with these outages as you are, it makes my job impossible", m="", n="the agent's own feelings, not empathy"),
    dict(p=EE, s="close", t="Thank you for giving us the chance to put it right, when I know you had every reason to walk.", m="EG"),
    dict(p=EE, s="heard", t="you championed us to your board and we've made you look bad in front of them. I'm really sorry, eleanor, that's the last thing you deserved", m="AE"),
    dict(p=EE, s="options", t="you need someone who actually like picks up the phone, I get that. a named account manager from monday, and the SLA credit for the quarter. is that the right starting point?", m="AOIQ"),
    dict(p=EE, s="heard", t="for the record, the logs show the second outage started with a change your own team pushed", m="", v=["accusation", "correcting"], n="insisting on the customer's error through evidence (README rule 10)"),
    dict(p=EE, s="close", t="thank you, eleanor. I know this quarter's been a nightmare for your team and I'm sorry. so that's the credit, tom as your account manager, and the root-cause report by the nineteenth. I'll email you that summary within the hour", m="AEOCG"),

    # ---------------------------------------------------------------- vip-client
    dict(p=VC, s="vent", t="of course. that's dreadful, sir. please go on", m="E"),
    dict(p=VC, s="vent", t="I'm so sorry, that sounds horrendous. do you have your client number there?", m="EQ", v=["premature_details"]),
    dict(p=VC, s="heard", t="So the wire landed two days late, the completion nearly fell apart, and you heard it from the seller's solicitor before you heard a word from us.", m="A"),
    dict(p=VC, s="heard", t="that must have been mortifying, finding out from the other side's solicitor", m="AE"),
    dict(p=VC, s="heard", t="I can see the transfer left us on the thursday, so it was the receiving bank that held it up", m="", v=["blame"], n="reading the screen to shift the fault"),
    dict(p=VC, s="heard", t="sir, large transfers go through compliance checks, that's just the procedure", m="", v=["policy"]),
    dict(p=VC, s="options", t="You shouldn't have to chase us for your own money. I'd like to reverse the transfer fees and give you a direct line to a senior relationship banker. How does that sound?", m="AOIQ"),
    dict(p=VC, s="options", t="I'm truly sorry we left you in that position. I can set up same-day transfers on your accounts from now on and reverse the fees on this one", m="EO"),
    dict(p=VC, s="options", t="I'm afraid I can't waive your fees for a year, sorry about that. what I can do is reverse the fees on this transfer", m="O", n="'sorry' for the refusal is not empathy"),
    dict(p=VC, s="options", t="no fees on any of your accounts for the next twelve months, and I'll have the chief executive ring you personally", m="O", v=["over_promise"], n="no time on the call: not a commitment"),
    dict(p=VC, s="commitment", t="I'm sorry again, sir. the fee reversal went through just now, and helen marsh, one of our senior bankers, will ring you before ten tomorrow with her direct line", m="EOC"),
    dict(p=VC, s="heard", t="oh I'm sure the seller's solicitor was terribly upset for you", m="", v=["insult"], n="sarcasm"),
    dict(p=VC, s="heard", t="You're right to be angry, sir. A completion that size, and we let you hear about it from someone else. I'd feel exactly the same.", m="AE"),
    dict(p=VC, s="close", t="thank you for your patience this afternoon, mr fairclough. I'm sorry again, truly", m="EG"),
    dict(p=VC, s="heard", t="I'm so sorry, sir, truly. I'll make a note and someone will look into it", m="E", n="vague 'look into it' is not options"),
    dict(p=VC, s="options", t="you- you nearly lost the house over our delay, I understand that. so, fee reversed, a senior banker with a direct number, and every transfer from now on goes same day. I'm really sorry. shall I put that in place?", m="AEOIQ"),
    dict(p=VC, s="heard", t="I'm sorry, I know that's not the answer you wanted, but the delay was on the other bank's side", m="", v=["blame"], n="'but' into blame cancels the apology"),
    dict(p=VC, s="commitment", t="I understand, sir, and you're right, you shouldn't have heard it from the seller's side first. I'll have the transfer fees reversed today", m="AOC"),

    # ---------------------------------------------------------------- failed-twice
    dict(p=FT, s="vent", t="what's the serial number on the machine", m="Q", v=["premature_details"]),
    dict(p=FT, s="heard", t="so it's been repaired twice, it's packed in again, and the supervisor who was meant to ring you on monday never did", m="A"),
    dict(p=FT, s="heard", t="no wonder you're at the end of your rope", m="E"),
    dict(p=FT, s="heard", t="I'm so sorry Kelly. Seven months old, two repairs, still broken, and then no callback on top. That's rubbish.", m="AE"),
    dict(p=FT, s="heard", t="I'm sorry, but these machines do break down, it's not unusual", m="", v=["dismissal"], n="'sorry, but' into minimising"),
    dict(p=FT, s="heard", t="so the repair didn't hold, both times? you're sure it's not being overloaded", m="", v=["doubt", "correcting"], n="restating only to argue; rhetorical, not a real question"),
    dict(p=FT, s="options", t="I'm afraid an upgrade isn't something I can do, sorry. I can send a senior engineer out this week with a loan machine while it's fixed, or a like for like replacement with a two year warranty. which suits you?", m="OIQ", n="apology for the refusal; times inside a choice"),
    dict(p=FT, s="options", t="it's been fixed twice and it's still not working and you've got the little ones, I'd be in bits, so um a brand new one, same model, with the extended warranty, would that take the pressure off?", m="AEOIQ"),
    dict(p=FT, s="options", t="I'm so sorry, Kelly, you've been through enough. I'll give you a full refund and a free upgrade to the newer model.", m="EO", v=["over_promise"]),
    dict(p=FT, s="options", t="I'm really sorry nobody rang you back on monday like they promised. I can book our senior engineer for thursday and drop a loan machine off in the meantime", m="AEO", n="'I can ... thursday' is an offer"),
    dict(p=FT, s="commitment", t="I know the launderette runs can't go on, so the senior engineer's booked for wednesday morning, he'll bring a loan machine with him, and I'll ring you tuesday evening to confirm", m="AOC"),
    dict(p=FT, s="heard", t="that's a lot of washing with no machine, I can't imagine. have you had to go to a launderette or anything while it's been out?", m="EQ", n="'I can't imagine' is sympathy (README rule 8)"),
    dict(p=FT, s="heard", t="I guarantee it won't break down again", m="", v=["over_promise"], n="bare guarantee: no options"),
    dict(p=FT, s="heard", t="honestly it's doing my head in too. but look, I can get a senior engineer out to you this week with a loan machine", m="O", n="own feelings, not empathy; 'but' leads into help"),
    dict(p=FT, s="heard", t="um I'll escalate it to a supervisor", m="", n="escalation only, no time: no mark"),
    dict(p=FT, s="close", t="thanks kelly, honestly, for giving us one more go after all that. the new machine's yours, same model, with the two year warranty on it", m="OG"),
    dict(p=FT, s="heard", t="yeah I completely get it you're sick of waiting in for engineers and hearing nothing back", m="A"),
    dict(p=FT, s="heard", t="that sounds exhausting, with two little ones and no machine", m="AE"),
    dict(p=FT, s="options", t="You want this sorted once and for all, I understand. A replacement, same model, with the two-year extended warranty on top.", m="AO"),

    # ---------------------------------------------------------------- billing-error
    dict(p=BE, s="vent", t="yes. yes. I'm with you", m="", n="listening filler"),
    dict(p=BE, s="vent", t="oh dear, charged twice after you'd already cancelled. I'm so sorry, please carry on", m="AE"),
    dict(p=BE, s="heard", t="So you cancelled, we took the money twice anyway, your bank charged you an overdraft fee, and our chat told you last week it was sorted when it wasn't.", m="A"),
    dict(p=BE, s="heard", t="that must have been such a horrible shock", m="E"),
    dict(p=BE, s="heard", t="I'm sorry you feel you were charged unfairly", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="I can see both payments on the account here, the fourth and the fifth", m="", n="reading details off the screen"),
    dict(p=BE, s="heard", t="right, you cancelled and yes we charged you, but the overdraft's between you and your bank. I'll refund the two charges though", m="O", v=["dismissal"], n="'but' into ducking cancels the restatement; the refund after it stands"),
    dict(p=BE, s="options", t="I'm sorry, Mrs Ellison. I'll refund both charges and reimburse the overdraft fee. Would you like the cancellation confirmed by email or by letter?", m="EOIQ"),
    dict(p=BE, s="options", t="I can't do free months, sorry, that's not something I'm able to authorise", m="", n="apology for a refusal; honest obstacle, no remedy"),
    dict(p=BE, s="options", t="you did everything right and we made a mess of it, I'm so sorry. I- I can refund both charges today and cover what your bank charged you. shall I do that now?", m="AEOIQ"),
    dict(p=BE, s="options", t="refund of both payments, the overdraft fee covered, and a little something extra for all the bother. how's that?", m="OIQ", v=["over_promise"]),
    dict(p=BE, s="commitment", t="I know last weeks fix had no date on it so here's one, both refunds go through now and the letter confirming the cancellation will be with you by friday", m="AOC"),
    dict(p=BE, s="heard", t="well the chat agent did say it might take a few days, so technically it wasn't meant to be fixed yet", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="I'm so sorry. has any of this knocked on to other bills, like direct debits?", m="EQ"),
    dict(p=BE, s="close", t="thank you for bearing with me, margaret, and I really am sorry for the trouble. the overdraft fee gets reimbursed along with both refunds", m="EOG", n="no time: not a commitment"),
    dict(p=BE, s="heard", t="The live chat should never have told you it was fixed. That's on us. I completely understand why you're cross.", m="AE"),
    dict(p=BE, s="commitment", t="I'll send it over to billing and they'll get back to you", m="", n="vague hand-off, no time"),
    dict(p=BE, s="heard", t="I'm so sorry Margaret. I can see the cancellation on here from the first of the month, so those two charges should never have gone out. I'll refund them both and the overdraft fee today", m="AEOC"),
    dict(p=BE, s="options", t="you were told it was fixed and it wasn't, and I understand how much that matters when you're on a pension. I can refund both payments, reimburse the bank's overdraft fee, and put the cancellation in writing. would you like that by post?", m="AEOIQ"),

    # ---------------------------------------------------------------- generic
    dict(p=None, s="heard", t="I hear you", m="A"),
    dict(p=None, s="heard", t="I'm not saying it's your fault, I'm just saying it happens", m="", v=["dismissal"], n="negation, then minimising"),
    dict(p=None, s=None, t="I'd be fuming too, honestly", m="E"),
    dict(p=None, s="heard", t="I'm sorry this happened, but you really should have got in touch sooner", m="", v=["correcting"], n="'but' into correcting cancels the apology"),
    dict(p=None, s="options", t="there's no option for a refund on my end, nothing I can do", m="", v=["dismissal"], n="'option' word, no remedy"),
    dict(p=None, s="options", t="I can either refund you in full today or send out a replacement tomorrow, whichever you'd prefer", m="OI", n="times inside a choice; invitation without a question"),
    dict(p=None, s="heard", t="so basically you were told one thing then another and nobody followed up. I'm sorry, that's poor from us. I can process the refund for you right now, shall I?", m="AEOIQ"),
    dict(p=None, s="vent", t="calm down and we'll get somewhere", m="", v=["calm_down"]),
    dict(p=None, s="vent", t="that sounds so stressful, I'm sorry", m="E"),
    dict(p=None, s="heard", t="You're completely right, it shouldn't have happened and it's our mistake.", m="A"),
    dict(p=None, s="options", t="I get it, you've been waiting three weeks for this. I can send a replacement out on next day delivery or refund it outright, up to you", m="AOI"),
    dict(p=None, s=None, t="well I'm sorry you're so upset about it", m="", v=["non_apology"]),
    dict(p=None, s="close", t="thanks for calling in about it, honestly, a lot of people wouldn't bother", m="G"),
    dict(p=None, s="commitment", t="I'm sorry it's dragged on this long. the refund will be back on you're card by end of today", m="EOC", n="'you're' mis-hearing"),
    dict(p=None, s="options", t="I'm really sorry about all this. what would make it right for you?", m="EIQ"),
    dict(p=None, s="heard", t="I understand how stressful it must be waiting on this, I'm sorry. I'll pass it to my manager", m="AE", n="escalation with no time: no commitment, not options"),
    dict(p=None, s="heard", t="let me make sure I've got it, the refund was promised twice and it still hasn't landed", m="A"),
    dict(p=None, s="commitment", t="I'm sorry, you've been bounced around all week. I'll refund the delivery charge today. it's all in the FAQ for next time, mind", m="AEOC", v=["correcting"], n="correcting comes after the marks with no contrastive connective, so they stand"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "ac", Path(__file__).with_name("replies_extra28.jsonl"))
