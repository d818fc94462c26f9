"""Source of `replies_extra174.jsonl`: batch 174, in the original set's style (tune split only).

Written by hand one reply at a time, each as a different trainee, in the style of the original set,
learned from a copy of its tune part alone, without reading the judge's code or any other labelled
batch. Its theme is a plain cross-section: the same mix of personas, stages, lengths and qualities as
the original set's tune part (good, mediocre and bad replies, and every kind of violation), leaning a
little towards the missed-technician, lost-express and failed-twice customers and towards replies that
do two or three things in one breath ("so that's two mornings you've sat in waiting ... nobody rang
either time ... what would make this right for you?", "I'm so sorry about this. I'm doing both refunds
this minute, and a letter for your bank will be in your inbox before five today", "thank you for ringing
us again after we let you down on the callback ... is it the machine itself ...?"). Beside them sit
hard negatives: offers with a time that are still only offers, promises with no time, back-channels,
"sorry" as politeness or for a refusal, the agent's own frustration, and apologies cancelled by a "but"
or "though". About half are styled like a Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra174.jsonl next to it (ids fs0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="mm-hm... yeah", m="", n="back-channel while she vents: neither mark"),
    dict(p=MT, s="vent", t="okay hang on can you just give me the postcode first so I can pull it up", m="Q",
         v=["premature_details"]),
    dict(p=MT, s="vent", t="oh god, twice? I'm so sorry. keep going", m="E",
         n="echo of one word is not a restatement or a real question; sincere apology while she vents"),
    dict(p=MT, s="heard",
         t="so that's two mornings you've sat in waiting eight till twelve, nobody rang either time, and "
           "you've lost a days wages for each. I'd be absolutely livid. what would make this right for you?",
         m="AEIQ"),
    dict(p=MT, s="heard", t="right well the engineer's notes say he knocked and there was no answer so", m="",
         v=["doubt"], n="the record set against her account, like 'it says here everything went through fine'"),
    dict(p=MT, s="heard",
         t="I'm sorry, I know it's a pain, but the installation window's technically eight till six on the "
           "system, so they weren't actually late",
         m="", v=["correcting"], n="'but' leads into correcting: the apology is cancelled"),
    dict(p=MT, s="heard",
         t="that's the subcontractor, not us I'm afraid. but look I can still stick some credit on the "
           "account today for you",
         m="O", v=["blame"],
         n="blame first; the offer after it stands. 'I can ... today' is an offer, not a commitment"),
    dict(p=MT, s="options",
         t="you've already lost two days' work to us so I'm not going to ask you for a third. I can book "
           "you the eight o'clock slot on a saturday and wipe the installation fee. would that do?",
         m="AOIQ"),
    dict(p=MT, s="options", t="look I'll just refund the lot and send you a hundred quid for the wages, it's the "
         "least we owe you", m="O", v=["over_promise"]),
    dict(p=MT, s="commitment",
         t="okay so I've waived the installation fee, that's gone off already, and friday eight AM is locked "
           "in. I'll text you the engineers name by four today",
         m="OC"),
    dict(p=MT, s="heard", t="why didn't you ring us when he didn't turn up the first time though", m="",
         v=["blame"], n="fault-finding against the customer; hostile question, not a real one"),
    dict(p=MT, s="heard", t="I hear you, I hear you. okay what's the account number", m="Q",
         n="'I hear you' said straight into a details request is not acknowledgement (rule 13); not premature "
           "after venting"),
    dict(p=MT, s="heard",
         t="two days unpaid, that's real money out of your pocket, I get that. and I'm sorry we didn't even have "
           "the decency to ring you",
         m="AE"),
    dict(p=MT, s="heard", t="ugh, installs get missed all the time this time of year honestly", m="",
         v=["dismissal"], n="minimising"),
    dict(p=MT, s="heard",
         t="thanks for not giving up on us honestly, after two no shows I wouldn't blame you if you'd "
           "gone elsewhere. let me book you in as the first job of the day. does thursday at eight work?",
         m="AEOGIQ", n="'I wouldn't blame you' validates her; the booking offered is a remedy, checked with her"),
    dict(p=MT, s="vent", t="sorry, sorry to cut in, is it the account holder I'm speaking to?", m="Q",
         v=["premature_details"], n="interrupts the vent to verify who she is"),
    dict(p=MT, s="heard", t="I'm sorry you feel we've messed you around", m="", v=["non_apology"]),
    dict(p=MT, s="heard", t="calm down a second, I'm not the one who missed the appointment", m="",
         v=["calm_down", "dismissal"]),
    dict(p=MT, s="commitment",
         t="right, I've put the months credit on, it's on there now, and I'll phone you thursday just before "
           "he sets off, about quarter to eight",
         m="OC"),
    dict(p=MT, s="close",
         t="so that's thursday eight o clock, first job, fee waived. thanks for sticking with us bernadette, "
           "honestly. anything else I can do while I've got you?",
         m="OCGQ", n="ending check: question, not asks_input"),
    dict(p=MT, s="heard",
         t="okay so when you say nobody called, did you get any text at all? just so I know where it broke down "
           "on our side",
         m="Q", n="genuine fact-finding about our failure, not doubting her"),
    dict(p=MT, s="options",
         t="what I'm thinking is, I take the call out charge off, put a months credit on, and you pick the "
           "morning. or if you've got something else in mind tell me",
         m="OI", n="invites her choice without a question"),
    dict(p=MT, s="heard",
         t="you were told eight to twelve and you sat there till twelve both times and nobody picked up a phone. "
           "that one's our fault entirely",
         m="A", n="restates and owns the failure; no feeling named, no apology"),
    dict(p=MT, s="options",
         t="I can't do the wages I'm afraid, that's beyond what I can sign off, but what I can do is first slot "
           "and a months credit. would that help at all",
         m="OIQ", n="honest limit, not a policy wall"),
    dict(p=MT, s="heard",
         t="I- I'm so sorry, we- we should've rung you the first time at the very least. can I ask, did you lose "
           "pay both days?",
         m="AEQ", n="false starts; 'we should've rung you' owns what went wrong"),
    dict(p=MT, s="heard", t="for the record, you're saying you were in the whole morning both times", m="",
         v=["accusation"]),
    dict(p=MT, s="heard",
         t="any more swearing and I'll be putting a note on your account that you were abusive", m="",
         v=["threat_back"]),
    # --- lost-express ---
    dict(p=LE, s="vent", t="right. right. okay", m=""),
    dict(p=LE, s="vent", t="before you carry on whats the tracking number on it", m="Q", v=["premature_details"]),
    dict(p=LE, s="vent", t="oh no, and your customer's waiting on it as well? I'm so sorry, go on", m="AEQ",
         n="check-back question on what happened, then a sincere apology while he vents"),
    dict(p=LE, s="heard",
         t="so you paid for overnight, nothings moved on the tracking since it was collected, and now your "
           "customer's on at you. that's rotten, I'm sorry",
         m="AE"),
    dict(p=LE, s="heard", t="honestly the couriers are a nightmare, it's them not us, we just book them", m="",
         v=["blame"]),
    dict(p=LE, s="heard", t="look, parcels do go missing, it's a big network, it happens", m="",
         v=["dismissal"]),
    dict(p=LE, s="options",
         t="here's what I can do. refund the overnight fee, start a trace, and get a same day courier out with a "
           "new compressor and board straight to the restaurant. I can't cover lost business, that's the honest "
           "answer. want me to set it going?",
         m="OIQ", n="honest limit inside a good offer"),
    dict(p=LE, s="options",
         t="I'll pay for the whole lot, the parts, the express, whatever the restaurant charges you, just send "
           "me the invoices",
         m="O", v=["over_promise"]),
    dict(p=LE, s="commitment",
         t="the trace is live now and the reference is in your inbox, and the courier's picking the replacement "
           "up at one. I'll ring you the minute it's been dropped off",
         m="OC"),
    dict(p=LE, s="heard", t="and the compressor was for a restaurant job? so it's their kitchen that's down right "
         "now?", m="AQ", n="check-back questions"),
    dict(p=LE, s="heard", t="I'm sorry you feel let down by the service", m="", v=["non_apology"]),
    dict(p=LE, s="heard",
         t="are you sure it was booked as overnight and not standard? cause on my screen its showing standard",
         m="", v=["doubt"], n="rhetorical 'are you sure' backed by the screen; like 'that's not what I'm seeing'"),
    dict(p=LE, s="heard",
         t="thank you for ringing straight away, genuinely, the sooner the trace goes on the better chance we've "
           "got. what time does the restaurant need the parts by?",
         m="GQ"),
    dict(p=LE, s="heard", t="your customer's blaming you for something we did. that's not fair on you and I'd be "
         "gutted", m="AE"),
    dict(p=LE, s="vent", t="uh huh. and then what happened", m="Q", n="invites more venting, not a details request"),
    dict(p=LE, s="heard", t="I'm sorry, but we're not liable for your customer, that's between you and them", m="",
         v=["dismissal"], n="'sorry, but' into ducking his problem: no empathy"),
    dict(p=LE, s="options",
         t="would it be more use to you if the replacement went straight to the restaurant today, or to your "
           "workshop so you can fit it yourself?",
         m="OIQ", n="'today' inside a choice is not a commitment"),
    dict(p=LE, s="heard", t="I can only imagine what the chef said to you", m="E"),
    dict(p=LE, s="commitment",
         t="I've refunded the express fee, you'll see it in three to five days, and I'm going to chase the depot "
           "myself and call you by four with whatever they've found",
         m="OC"),
    dict(p=LE, s="heard", t="well if it was that urgent you could of used a same day courier in the first place",
         m="", v=["correcting"], n="'could of' mis-hearing"),
    dict(p=LE, s="heard",
         t="two days and not one scan on the tracking. that's not right at all, I'm sorry. I'm putting a trace on "
           "it right now",
         m="AEOC", n="'right now' attached to a declared step"),
    dict(p=LE, s="options",
         t="I'm really sorry. I can refund the express fee today, but anything on the restaurant side you'd have "
           "to put in writing to claims",
         m="EO", v=["policy"],
         n="the 'but' turns against the offer, not the apology, so the apology stands; 'put in writing' is a wall"),
    dict(p=LE, s="close",
         t="that's everything moving then. thanks for bearing with me marcus, I know it's been a rubbish couple "
           "of days, and whatever the trace turns up, you'll have it from me tomorrow morning",
         m="ACG", n="'I know it's been a rubbish couple of days' shows what he went through; follow-up with a time"),
    dict(p=LE, s="heard", t="what's the damage on your side, like is this customer likely to walk?", m="Q"),
    dict(p=LE, s="heard", t="oi, don't you swear at me mate", m="", v=["calm_down"]),
    dict(p=LE, s="options",
         t="I know your reputation's riding on this restaurant, so I'll do the express refund and the trace "
           "straight away, and I'd like to get a same-day courier booked with the new parts. shall I go ahead "
           "with the courier?",
         m="AOCIQ", n="refund and trace declared with 'straight away'; the courier is put to him"),
    dict(p=LE, s="heard", t="yeah well shouting at me won't find your parcel will it", m="", v=["insult"]),
    dict(p=LE, s="commitment", t="I'll chase it up for you as soon as I can, okay?", m="",
         n="vague time: no commitment; 'okay?' is a tag"),
    dict(p=LE, s="options", t="I can get a courier out today with the new parts if you want it", m="OI",
         n="offer with permission, no question mark; 'today' inside an offer"),
    # --- failed-twice ---
    dict(p=FT, s="vent", t="can you give me the serial number off the back while your there", m="Q",
         v=["premature_details"], n="'your' mis-hearing"),
    dict(p=FT, s="heard",
         t="so it's been fixed twice, gone again twice, and the supervisor who was meant to ring you on monday "
           "never did. I'm so sorry kelly, that's not good enough",
         m="AE"),
    dict(p=FT, s="heard", t="those drain pumps go all the time to be fair, it's nothing unusual", m="",
         v=["dismissal"], n="minimising"),
    dict(p=FT, s="heard",
         t="two weeks without a washing machine with a family to wash for, I'd be tearing my hair out", m="AE"),
    dict(p=FT, s="options",
         t="right, so I can't do an upgrade and I can't refund, I'll be honest with you, but what I can do is a "
           "new machine, the identical model, and I'd extend the warranty by two years. or the senior "
           "engineer out this week. which way would you want to go?",
         m="OIQ"),
    dict(p=FT, s="options",
         t="I'll get you the newer model, the nine kilo one, it's a better machine anyway, and we'll say no more "
           "about it",
         m="O", v=["over_promise"]),
    dict(p=FT, s="heard",
         t="the engineer that came out, was he one of ours or the retailer's? because if it was theirs that's a "
           "different story",
         m="", v=["blame"], n="a question to pin the fault elsewhere, not a real question"),
    dict(p=FT, s="heard",
         t="I'm sorry nobody rang you back. that was us, we dropped it, and you shouldn't have had to chase", m="AE"),
    dict(p=FT, s="heard", t="well the supervisor might of tried, did you check your voicemail?", m="",
         v=["doubt"], n="'might of' mis-hearing; rhetorical, doubts her account"),
    dict(p=FT, s="commitment",
         t="okay. I've got the senior engineer down for wednesday, first slot, and I'm ringing you myself tomorrow at "
           "ten to make sure nothings changed, so no waiting on a callback this time",
         m="OC"),
    dict(p=FT, s="heard", t="I promise you this one won't break, I'll guarantee it personally", m="",
         v=["over_promise"], n="bare guarantee: over_promise without options"),
    dict(p=FT, s="heard",
         t="I know, I know, but there's a process for replacements, the engineer's report has to come back "
           "to us first",
         m="", v=["policy"]),
    dict(p=FT, s="heard",
         t="thank you for ringing us again after we let you down on the callback, I mean that. is it the machine "
           "itself that's doing your head in, or being left hanging?",
         m="AGQ"),
    dict(p=FT, s="options",
         t="I'm so sorry. would a replacement help, same model, and I'll put an extended warranty on it, or do "
           "you want our senior engineer to have one last go at it this week?",
         m="EOIQ"),
    dict(p=FT, s="vent", t="I'm listening, go ahead", m=""),
    dict(p=FT, s="heard", t="if you're going to talk to me like that I'll put you back in the queue", m="",
         v=["threat_back"]),
    dict(p=FT, s="heard", t="sorry, what model is it again? the seven kilo?", m="Q",
         n="politeness 'sorry'; model asked after venting is not premature"),
    dict(p=FT, s="heard",
         t="honestly I'm as fed up as you are, our callback system's been broken for weeks", m="",
         n="the agent's own frustration, not empathy"),
    dict(p=FT, s="options",
         t="what would you want to happen, honestly? the most I can do is a replacement or the senior engineer, "
           "but I want to hear what'd actually help",
         m="OIQ"),
    dict(p=FT, s="close",
         t="right, new machine wednesday, two years extra warranty on it, and I'll call thursday to check it's in "
           "and working. thank you for putting up with us kelly, really",
         m="OCG"),
    dict(p=FT, s="heard",
         t="seven months old and it's packed in twice, it shouldn't be doing that. no wonder you've had enough",
         m="AE"),
    dict(p=FT, s="heard",
         t="according to our records the second fault was a sock in the pump, so it's not technically a "
           "manufacturing fault",
         m="", v=["accusation", "correcting"], n="customer error insisted on through records (rule 10)"),
    dict(p=FT, s="commitment", t="I'll have a refund back on your card by friday and a new machine on top", m="OC",
         v=["over_promise"]),
    dict(p=FT, s="heard", t="that's just how the warranty works, I don't write it", m="",
         v=["policy", "dismissal"]),
    dict(p=FT, s="heard",
         t="ok, and that callback was supposed to be from a supervisor, on monday? and nobody's rung since?",
         m="AQ"),
    dict(p=FT, s="heard",
         t="I'm really sorry about the machine, I am. though you did say the first repair was fine for a few "
           "months, so it's not like it never worked",
         m="", v=["correcting"], n="contrastive 'though' into correcting cancels the apology"),
    dict(p=FT, s="options",
         t="I hear you, you don't want another repair, you want it sorted for good. so how about a replacement, "
           "same model, two years extra warranty, delivered this week? would that put it to bed?",
         m="AOIQ", n="'this week' inside the offer is not a commitment"),
    dict(p=FT, s="heard", t="oh here we go", m="", v=["insult"]),
    dict(p=FT, s="heard", t="I'm going to be the person who sees this through for you, alright?", m="",
         n="on-their-side phrase with a tag: no mark"),
    dict(p=FT, s="commitment",
         t="I'm so sorry it's taken a third phone call. the replacement's ordered, it comes monday between eight "
           "and twelve, and the warranty paperwork will be in your email tonight",
         m="AEOC", n="sorry for what she had to go through names it (rule 14)"),
    # --- escalated-exec ---
    dict(p=EE, s="vent", t="could I just take your account ID so I've got the right contract up", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="heard",
         t="three outages since the start of last month, every one outside the SLA, and you've had to go over "
           "everyone's head to get an answer. I'd be livid sat where you are",
         m="AE"),
    dict(p=EE, s="heard",
         t="to be fair the SLA's measured per quarter, not per month, so on paper only one of them counts", m="",
         v=["correcting"]),
    dict(p=EE, s="options",
         t="I'd like to offer three things. service credits for every breach, a named account manager from "
           "monday, and a root cause report in writing by the twentieth. is that enough for your board "
           "meeting?",
         m="OIQ", n="dates inside an offer awaiting his answer"),
    dict(p=EE, s="heard",
         t="the outages came from our data centre partner, not our own kit. I do want to be clear on that", m="",
         v=["blame"]),
    dict(p=EE, s="heard",
         t="with respect, contacting the CEO directly isn't really how these things get resolved", m="",
         v=["correcting"], n="educating him on how to escalate"),
    dict(p=EE, s="commitment",
         t="thanks for bearing with us on this. tom hale is your account manager, he'll phone you tomorrow "
           "before ten, and you'll have the root cause report no later than the thirtieth",
         m="OCG"),
    dict(p=EE, s="heard", t="I'm sorry you feel the response has been inadequate", m="", v=["non_apology"]),
    dict(p=EE, s="heard", t="if you want to go to the press, that's your call, but it won't change the outcome",
         m="", v=["threat_back"]),
    dict(p=EE, s="options", t="I'll give you six months free and you won't see another outage, you have my word",
         m="O", v=["over_promise"]),
    dict(p=EE, s="heard",
         t="you're right, and I'm not going to dress it up. we breached the SLA three times and we didn't "
           "communicate. I appreciate you hearing me out on it",
         m="AG"),
    dict(p=EE, s="heard",
         t="I can hear this has put you in a really difficult spot with the board. thank you for being this "
           "open with me about it", m="AEG", n="'I can hear' + the situation: both marks (rule 1)"),
    dict(p=EE, s="commitment",
         t="I'm escalating it to our service director today and you'll have her direct number from me by three",
         m="C", n="escalation with a time: commitment only"),
    dict(p=EE, s="heard", t="hold on, calm down, I'm trying to explain", m="", v=["calm_down"]),
    dict(p=EE, s="options",
         t="would you rather the account manager came on site to talk your team through the root cause, or have "
           "it all in writing?",
         m="OIQ"),
    dict(p=EE, s="close",
         t="so to recap, credits for all three breaches, priya as your account manager, report by the fourteenth. "
           "I'll ring you next friday to see it's all landed. thank you for staying with us through this",
         m="OCG"),
    dict(p=EE, s="heard", t="I can't get into penalties on this call, you'd need to raise that in writing with "
         "contracts", m="", v=["policy"]),
    dict(p=EE, s="heard",
         t="and the worst part is nobody told you anything while it was down. I get it, and I'm sorry we left you "
           "in the dark",
         m="AE"),
    dict(p=EE, s="heard", t="I'd be careful about the allegations you're making there", m="", v=["accusation"]),
    # --- vip-client ---
    dict(p=VC, s="vent", t="of course. mm.", m=""),
    dict(p=VC, s="vent", t="I do apologise, sir. may I just confirm your sort code before we get into it", m="EQ",
         v=["premature_details"]),
    dict(p=VC, s="heard",
         t="the wire should've gone that morning, it didn't, and you spent the afternoon on the phone to the "
           "sellers' solicitors instead of us fixing it. that's on us",
         m="A"),
    dict(p=VC, s="heard", t="our cut-off is two pm, sir, anything after that is processed the next day", m="",
         v=["correcting"], n="implies he sent it late; closest to 'if you'd submitted before two'"),
    dict(p=VC, s="options",
         t="what I'd suggest is we refund the transfer fee and give you a named senior banker's direct number, "
           "so you're not stuck in a queue next time. shall I arrange that?",
         m="OIQ"),
    dict(p=VC, s="heard",
         t="I'm sorry, sir, I know how serious that was. but I need you to lower your tone with me", m="",
         v=["calm_down"], n="'but' into calm_down cancels both marks"),
    dict(p=VC, s="heard", t="if the other bank is better, by all means, go to them", m="", v=["threat_back"]),
    dict(p=VC, s="commitment",
         t="the fee reversal is going through now, and james from our private banking desk will call you before "
           "five today",
         m="OC"),
    dict(p=VC, s="heard",
         t="I can't imagine sitting there with the sellers on one line waiting for a transfer that didn't come",
         m="AE", n="'can't imagine' is sympathy (rule 8); names what happened"),
    dict(p=VC, s="options",
         t="a fee reversal and a lifetime fee waiver, and I'll make sure this never happens to you again", m="O",
         v=["over_promise"]),
    dict(p=VC, s="heard", t="the compliance team flagged it, that's them, not us in private banking", m="",
         v=["blame"]),
    dict(p=VC, s="heard", t="what would it take from our side for you to feel happy keeping your money with us?",
         m="IQ"),
    dict(p=VC, s="heard",
         t="it means a lot that you've come to us first, before deciding anything about moving. thank you "
           "for that",
         m="G"),
    dict(p=VC, s="heard",
         t="it's really rather unusual for a transfer to be held that long, are you certain it went in that "
           "morning?",
         m="", v=["doubt"]),
    dict(p=VC, s="options",
         t="we can reverse the fee and expedite every transfer from here on, or if you'd rather have a named "
           "senior banker you can ring direct we can do that as well. which matters more to you?",
         m="OIQ"),
    dict(p=VC, s="heard", t="I'm so sorry, sir. nearly losing a house over a bank delay, I can't think of much "
         "worse", m="AE"),
    dict(p=VC, s="close",
         t="thank you, sir, for your patience today. the fee's reversed, the direct line's set up, and I'll write "
           "to you tomorrow confirming all of it",
         m="OCG"),
    dict(p=VC, s="heard", t="I'm sorry if you felt rushed earlier", m="", v=["non_apology"]),
    # --- billing-error ---
    dict(p=BE, s="vent", t="mm-hm, okay", m=""),
    dict(p=BE, s="vent", t="right can I have the last four digits of the card", m="Q", v=["premature_details"]),
    dict(p=BE, s="heard",
         t="you'd cancelled, we took it twice anyway, and now the bank's hit you with an overdraft charge on "
           "top. I'm so sorry, that's shocking",
         m="AE"),
    dict(p=BE, s="heard",
         t="sorry but the cancellation only kicks in from the next billing date, it's in your contract", m="",
         v=["correcting"]),
    dict(p=BE, s="options",
         t="I'll refund both charges and we'll pay the overdraft fee too. do you want something in writing for "
           "the bank as well?",
         m="OIQ", n="'I'll refund' with no time: options, not commitment"),
    dict(p=BE, s="commitment",
         t="done. both refunds are in, you'll see them by thursday, and the overdraft fee comes back to you "
           "once I've seen the bank's statement",
         m="OC"),
    dict(p=BE, s="heard", t="I'm afraid the system doesn't allow refunds until the payment clears", m="",
         v=["policy"]),
    dict(p=BE, s="heard", t="you should of got an email when you cancelled, did you not check it?", m="",
         v=["correcting"], n="'should of' mis-hearing; implies her error, not a real question"),
    dict(p=BE, s="options", t="I'll refund you both charges, the overdraft fee, and a hundred pounds for the stress",
         m="O", v=["over_promise"]),
    dict(p=BE, s="heard",
         t="thank you for catching it, honestly, a lot of people wouldn't notice and it'd just keep going out. "
           "I'm sorry it landed you in your overdraft",
         m="AEG", n="apology names what happened to her (rule 14)"),
    dict(p=BE, s="heard",
         t="thanks for holding while I had a look. is the overdraft still sat there now? has it bounced "
           "anything else?", m="GQ"),
    dict(p=BE, s="heard", t="well that's the bank's charge not ours, you'll have to take it up with them", m="",
         v=["blame", "dismissal"]),
    dict(p=BE, s="heard", t="oh for goodness sake, it's twelve pound", m="", v=["insult"]),
    dict(p=BE, s="commitment",
         t="I'm so sorry about this. I'm doing both refunds this minute, and a letter for your bank will be in "
           "your inbox before five today",
         m="EOC"),
    dict(p=BE, s="heard",
         t="let me just check I've got it, you cancelled on the first, and we charged you on the third and the "
           "fourth?",
         m="AQ"),
    dict(p=BE, s="close",
         t="that's all sorted then, both charges back and the bank fee covered. thanks for your patience, and I'm "
           "sorry again it came to this",
         m="EOG", n="no time given: not a commitment"),
    dict(p=BE, s="heard",
         t="I understand that, but there's a seventy two hour window on cancellations and yours falls inside it",
         m="", v=["policy"], n="'but' into a wall cancels the acknowledgement"),
    dict(p=BE, s="heard", t="so what'd make this right for you?", m="IQ"),
    dict(p=BE, s="heard",
         t="to be honest I'd be raging, seeing money go out twice for a subscription I'd already stopped", m="E",
         n="said about the agent's hypothetical self, not restating hers"),
    dict(p=BE, s="options",
         t="I'm sorry, I know you need this back quick. I can put it through as a faster payment to your bank "
           "today rather than back to the card, would that help?",
         m="AEOIQ", n="'I can ... today' inside a proposal: offer, not commitment"),
    dict(p=BE, s="heard", t="so it's your claim that you cancelled on the first, is that it", m="",
         v=["accusation"], n="'your claim' framing; not a real check-back"),
    # --- generic ---
    dict(p=None, s="vent", t="sorry can I take a reference number off you first", m="Q", v=["premature_details"]),
    dict(p=None, s="heard",
         t="you're right. you shouldn't have had to ring four times for this. thank you for hanging in there",
         m="AG"),
    dict(p=None, s="heard",
         t="what's happened is not acceptable and I'm really sorry. I want to fix it today. can I ask what would "
           "help most right now?",
         m="AEIQ", n="admits it went wrong; 'fix it today' names no step, so no commitment"),
    dict(p=None, s="heard", t="I'm sorry you've had a stressful time", m="", v=["non_apology"],
         n="generic 'sorry you had a bad day' kind, names nothing we did"),
    dict(p=None, s="heard", t="I'm really sorry you've had to repeat all this to three different people", m="AE"),
    dict(p=None, s=None, t="that's just how the system is set up, I can't override it", m="", v=["policy"]),
    dict(p=None, s="options",
         t="so I've got a couple of ways I can go here, I can refund you today or get a new one out to you "
           "tomorrow, and if neither of those sits right just say",
         m="OI", n="times inside a choice: not commitments"),
    dict(p=None, s="commitment",
         t="I'm going to call the warehouse myself the second we finish, and I'll ring you back by half three "
           "with an actual answer",
         m="C"),
    dict(p=None, s="heard",
         t="okay so let me see if I've got this straight, it came damaged, you sent it back, and the refund "
           "still hasn't shown up?",
         m="AQ"),
    dict(p=None, s="options",
         t="I'm gonna be honest, that's not something I'm able to authorise. what I can do is a partial credit "
           "on the account, would that be something?",
         m="OIQ", n="honest obstacle (rule 11)"),
    dict(p=None, s="vent", t="[sighs] okay, okay, go on then", m="", v=["insult"], n="transcribed sigh (rule 12)"),
    dict(p=None, s="heard",
         t="honestly? in your shoes I'd have put the phone down on us long ago. thanks for sticking it out",
         m="EG"),
    dict(p=None, s="heard", t="I'm not having you speak to me like that", m="", v=["calm_down"]),
    dict(p=None, s="close", t="lovely. you'll get an email with all of that in the next half hour. thanks ever so "
         "much for your patience", m="CG"),
    dict(p=None, s="heard", t="that must have been so stressful, not knowing if it'd turn up at all", m="AE"),
    dict(p=None, s="options",
         t="would you like me to stay on the line while I sort it, or would you prefer a call back?", m="IQ",
         n="choice of process, no remedy named"),
    dict(p=None, s="heard", t="look, it's not your fault, and to be honest it's not mine either", m="A",
         v=["dismissal"], n="clearing the customer acknowledges (rule 14); ducking it straight after, no 'but'"),
    dict(p=None, s="heard",
         t="sounds like you've been messed about from start to finish. I'll be calling you back myself by "
           "five with where we've got to", m="AC", n="callback with a time: commitment, not options"),
    dict(p=None, s=None, t="I'd put a complaint in writing if I were you, that's the only way it gets looked at",
         m="", v=["policy"]),
    dict(p=None, s="heard", t="so you're saying nobody told you the order had been cancelled", m="A",
         n="flat repeat-back; not 'you're claiming' court-room framing"),
    dict(p=None, s="close", t="is there anything else at all I can help you with today?", m="Q",
         n="ending check: not asks_input"),
    dict(p=None, s="heard", t="I want to say thank you for explaining it so clearly, it makes my job a lot easier",
         m="G"),
    dict(p=None, s="options",
         t="I could refund it, or credit it, or you could hang on a few days in case it shows up. up to you "
           "really", m="OI",
         n="'up to you' invites a preference without a question"),
    dict(p=None, s="heard", t="hmm, that's odd, that's never come up before", m="", v=["doubt"]),
    dict(p=None, s=None, t="fine, cancel then, it's no skin off my nose", m="", v=["threat_back", "insult"]),
]

write_batch(ITEMS, "fs", Path(__file__).with_name("replies_extra174.jsonl"))
