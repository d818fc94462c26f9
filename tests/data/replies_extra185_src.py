"""Source of `replies_extra185.jsonl`: batch 185, in the original set's style (tune split only).

Written by hand, one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is a plain
cross-section: the same mix of personas, stages, lengths and qualities as the original tune part,
good, mediocre and bad replies side by side, with every violation kind, some of them hidden inside an
otherwise polite reply ("I'm so sorry, that's a disaster for you. the courier's the one who dropped
it though", "I can see why you're cross ... the full refund isn't something the system will let me
do"), and hard negatives that look like a mark but are not one (back-channels, "leave it with me"
with no time, "what am I meant to do, magic one up out of thin air?", "sorry for refusing"). About half
are styled like a Whisper transcript (lowercase, fillers, false starts, "your"/"you're", "should
of"). Every persona, the generic `None` and every stage appear, `heard` the most often.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra185.jsonl next to it (ids gd0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="okay, twice, right. go on", m="",
         n="back-channel that echoes one word; no restatement of what happened (rule 13)"),
    dict(p=MT, s="vent", t="can you confirm the first line of your address for me first", m="Q",
         v=["premature_details"]),
    dict(p=MT, s="vent", t="I'm so sorry, that's two mornings gone. carry on, I want the whole picture", m="AE",
         n="short restatement plus apology while letting her vent"),
    dict(p=MT, s="heard",
         t="so you booked the eight till twelve, nobody came, nobody rang, and then it all happened again the "
           "second time. and you'd taken the day off for both", m="A"),
    dict(p=MT, s="heard", t="oh honestly, one missed appointment is bad enough but twice with no call? I'd be climbing "
                            "the walls", m="AE",
         n="'but' here is not into a violation; the rhetorical question is not a question"),
    dict(p=MT, s="heard", t="well our engineers do run late sometimes, that's just the nature of installs", m="",
         v=["dismissal"], n="minimising the no-show"),
    dict(p=MT, s="heard", t="did you get any text at all from us either morning? just so I know where it broke down "
                            "on our end", m="Q", n="asks about her experience and owns the failure: not doubt"),
    dict(p=MT, s="heard", t="hang on, it's showing here that the engineer attended and nobody answered the door", m="",
         v=["doubt"], n="'it says here' contradiction"),
    dict(p=MT, s="heard", t="I'm sorry but the installation fee is non refundable, that's the rules on installs", m="",
         v=["policy"], n="'sorry but' into a wall cancels the apology"),
    dict(p=MT, s="heard", t="thank you for not hanging up on us, seriously, after two no-shows I wouldn't have blamed "
                            "you", m="AEG"),
    dict(p=MT, s="options",
         t="I can't stretch to the full refund, that's beyond me honestly, but I can scrap the installation fee and "
           "stick a month's credit on the account. and I'll keep the 8am slot free for you, any day you like. "
           "which day?", m="OIQ", n="honest limit, not a policy wall; 'keep the slot free' has no time: not commitment"),
    dict(p=MT, s="options", t="you'll get the whole lot back, installation, first three months free, and I'll get "
                              "an engineer out to you tonight", m="OC", v=["over_promise"]),
    dict(p=MT, s="options", t="so option one, saturday eight a.m., no time off needed. option two, weekday first slot "
                              "plus a credit for the day you lost. your call", m="OI",
         n="'your call' invites a choice without a question"),
    dict(p=MT, s="commitment", t="okay that's booked, friday 8am, first job. the fee's off your account already and "
                                 "I'll ring you thursday teatime to make sure it's all still on", m="OC"),
    dict(p=MT, s="commitment", t="I'll sort it out for you, leave it with me", m="",
         n="promise with no time and no remedy"),
    dict(p=MT, s="close", t="right you're all sorted. thanks ever so much for sticking with it, Bernadette, "
                            "and apologies once more for the whole palaver", m="EG"),
    dict(p=MT, s="heard", t="to be fair on the lads, the roadworks on your street were a nightmare that week", m="",
         v=["blame"], n="excuses the no-show by blaming a third party"),
    dict(p=MT, s="heard", t="[sighs] right. what day do you want then", m="IQ", v=["insult"],
         n="transcribed sigh (rule 12); the day question asks preference but names no remedy"),
    dict(p=MT, s="heard", t="so you were stuck in all morning, again. what would make the biggest difference for you "
                            "now?",
         m="AIQ"),
    dict(p=MT, s="heard", t="I hear you, I do. but you did pick the morning slot, and mornings are always the "
                            "busiest", m="", v=["correcting"], n="'but' into correcting cancels 'I hear you'"),
    dict(p=MT, s="heard", t="so according to you the engineer never turned up at all. noted", m="",
         v=["accusation"], n="repeat-back framed as her version of events"),
    dict(p=MT, s="heard", t="I can see why your cross, two days off for nothing. the full refund isn't something the "
                            "system will let me do", m="AE", v=["policy"],
         n="'your' mis-hearing; no 'but', so the acknowledgement stands next to the system wall (rule 2)"),
    dict(p=MT, s="heard", t="if that's your attitude you're welcome to find another broadband provider", m="",
         v=["threat_back"]),
    dict(p=MT, s="heard", t="I'm so sorry, Bernadette. you burnt two days' leave waiting on us and got "
                            "nothing back, not even a phone call. what can I do to make it right?", m="AEIQ"),
    dict(p=MT, s="commitment",
         t="thanks for hanging on. I've locked in tuesday at eight, first job, and the month's credit went on just "
           "now. you'll get a text confirming it before you're off the phone", m="OCG"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="sorry to jump in, have you got the consignment number there", m="Q",
         v=["premature_details"], n="'sorry' as a politeness marker"),
    dict(p=LE, s="heard",
         t="so the compressor and the board were meant to be at the restaurant first thing, they never turned up, "
           "and the tracking's been dead since we collected it", m="A"),
    dict(p=LE, s="heard", t="and it's your name the restaurant's cursing, not ours, which is so unfair on you",
         m="AE"),
    dict(p=LE, s="heard", t="look mate, parcels go astray, it happens, it's not the end of the world", m="",
         v=["dismissal"]),
    dict(p=LE, s="heard", t="the depot's run by a subcontractor, so honestly the fault's theirs not ours", m="",
         v=["blame"]),
    dict(p=LE, s="heard", t="has the restaurant given you a deadline? like when do they actually need the "
                            "compressor by", m="Q"),
    dict(p=LE, s="heard", t="um I've had a look and it was scanned out at the hub so technically it's in transit, "
                            "it's not lost as such", m="", v=["correcting"]),
    dict(p=LE, s="options",
         t="so what I can do, I can refund the overnight fee, open a trace for the missing one, and have a "
           "same-day courier run the replacement parts over to the restaurant on us. want me to crack on?",
         m="OIQ"),
    dict(p=LE, s="heard", t="that's awful, Marcus. how's the restaurant been with you since?", m="EQ"),
    dict(p=LE, s="options", t="the lost contract isn't something I can pay for, I won't pretend otherwise. "
                              "the replacement parts though, I can get those to your customer on a same-day courier. shall I?", m="OIQ",
         n="'though' here leads into help, not a violation"),
    dict(p=LE, s="commitment", t="the trace is live, reference TR nine nine two. the courier's booked to collect at "
                                 "one and I'll text you the driver's details by half twelve", m="OC"),
    dict(p=LE, s="close", t="that's everything sorted then. thanks Marcus, really, for bearing with me while I "
                            "chased it", m="G", n="no remedy named in this reply"),
    dict(p=LE, s="heard", t="I'm sorry you're going through this, it's a horrible feeling letting a customer down",
         m="E", n="'sorry you're going through this' is sincere (rule 7), not 'sorry you feel'"),
    dict(p=LE, s="heard", t="thank you for ringing straight away instead of waiting, it gives the trace a much "
                            "better chance", m="G"),
    dict(p=LE, s="heard", t="your allegation that we've lost it isn't confirmed yet, it's only delayed", m="",
         v=["accusation", "correcting"]),
    dict(p=LE, s="heard", t="I'm really sorry. you paid over the odds for overnight so you'd never end up in this "
                            "spot", m="AE"),
    dict(p=LE, s="heard", t="I'm so sorry, that's a disaster for you. the courier's the one who dropped it though, "
                            "not us", m="", v=["blame"],
         n="contrastive 'though' leads into blame and cancels the apology (rule 2)"),
    dict(p=LE, s="heard", t="mate, take a breath, shouting at me won't find your parcel", m="", v=["calm_down"]),
    dict(p=LE, s="heard", t="yeah well, you're not the only one having a bad day", m="", v=["insult"]),
    dict(p=LE, s="heard", t="keep swearing and I'll hang up, your parcel can wait", m="",
         v=["threat_back"]),
    dict(p=LE, s="commitment", t="express fee's refunded as of now. and look, you'll have the parcel by tomorrow, I "
                                 "guarantee it", m="OC", v=["over_promise"],
         n="guarantees a delivery time the courier controls"),
    dict(p=LE, s="heard",
         t="so it went overnight, it vanished after collection, and the restaurant's on your back. I'm sorry, "
           "Marcus. what's the job worth to you, so I understand the pressure you're under?", m="AEQ"),
    dict(p=LE, s="commitment",
         t="the courier's booked to collect at eleven and I'll ring you the minute it's signed for. express fee's "
           "already back on your card. thank you for sticking with me", m="OCG"),
    dict(p=LE, s="options", t="would it help more if the parts came to your workshop, or direct to the restaurant? "
                              "either way it's a same-day courier at our expense", m="OIQ"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="before you carry on can I get the contract reference and your site ID", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="vent", t="*tuts* right, go on", m="", v=["insult"], n="transcribed tut (rule 12)"),
    dict(p=EE, s="heard",
         t="three outages in one quarter, every one of them through the SLA, and you had to email our chief exec "
           "to get anyone's attention. that's on us", m="A"),
    dict(p=EE, s="heard", t="I'd be livid. your warehouses stood still and you're the one explaining it upstairs",
         m="AE"),
    dict(p=EE, s="heard", t="if you go to your lawyers that's your prerogative, but we'll be holding you to the "
                            "termination clause", m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="I can hear how much pressure this has put on you with your board. what are they "
                            "asking you for?", m="AEQ", n="'I can hear how much' + her state: both marks (rule 1)"),
    dict(p=EE, s="heard", t="I appreciate you talking to us at all before you pull the plug", m="G"),
    dict(p=EE, s="options",
         t="I can't release you from the contract or pay damages, I'd be misleading you if I said otherwise. what I "
           "can offer is the quarter's SLA credit, an account manager with your name on their desk, and a root cause "
           "report by a date we agree. is that worth talking through?", m="OIQ",
         n="honest limit (rule 11), not a policy wall"),
    dict(p=EE, s="options", t="I'll waive the rest of the contract, no exit fees, and you'll have compensation for "
                              "every hour of downtime", m="O", v=["over_promise"]),
    dict(p=EE, s="commitment", t="your account manager is tom okafor, he'll be in touch by ten tomorrow, and the "
                                 "root cause report lands with you on the twelfth", m="OC"),
    dict(p=EE, s="commitment", t="I'm taking this up to our VP of operations this afternoon and she'll call you "
                                 "before five", m="C", n="escalation with a time: commitment only (rule 4)"),
    dict(p=EE, s="heard", t="so it's your claim we breached three times. I'd have to verify that", m="",
         v=["accusation", "doubt"]),
    dict(p=EE, s="heard", t="you've given us a whole quarter to get this right and we haven't", m="A",
         n="owns the failure"),
    dict(p=EE, s="close", t="thank you, Eleanor. the report by the twelfth, tom's call tomorrow at ten, and the "
                            "credit on your next invoice. I'll email you the summary tonight", m="OCG"),
    dict(p=EE, s="heard", t="right, well, threatening me won't speed anything up", m="", v=["calm_down"],
         n="rebuking her for the threat, like 'no need to be rude'"),
    dict(p=EE, s="heard", t="I'm sorry, I know none of this helps with your board on thursday", m="E"),
    dict(p=EE, s="heard", t="I'm sorry you feel the SLA wasn't honoured", m="", v=["non_apology"]),
    dict(p=EE, s="heard", t="any change to the contract has to go through legal in writing, that's the procedure",
         m="", v=["policy"]),
    dict(p=EE, s="heard",
         t="thank you for staying on the call. you're right that three breaches in a quarter isn't acceptable. are "
           "you sure the third one actually ran past the threshold?", m="AG", v=["doubt"],
         n="acknowledgement and thanks come before the doubt and are not cancelled; doubting question is not Q"),
    dict(p=EE, s="heard",
         t="I'm sorry, Eleanor. three breaches, a contract you vouched for internally, and you've been forced to go "
           "over everyone's head to be heard. what do you need from us before friday?", m="AEIQ"),
    dict(p=EE, s="options",
         t="so here's my proposal. the service credit for the full quarter, a named account manager from monday, "
           "and the root cause report by the twentieth. is that enough for you to show your board?",
         m="OIQ", n="dates inside a proposal: not yet a commitment"),
    dict(p=EE, s="close", t="thanks for your time, and for hearing me out. the credit's applied, and the report "
                            "lands on the twentieth like we said", m="OCG"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="may I just confirm your security details first, sir", m="Q", v=["premature_details"]),
    dict(p=VC, s="vent", t="good heavens. I'm so sorry, Mr Fairclough. please continue", m="E"),
    dict(p=VC, s="vent", t="(mutters) here we go again", m="", v=["insult"], n="muttered aside (rule 12)"),
    dict(p=VC, s="heard", t="and to hear it from the seller's solicitor rather than from us. that's embarrassing on "
                            "our part and I apologise", m="AE"),
    dict(p=VC, s="heard", t="two days late on a completion. I can only imagine what that morning was like", m="AE"),
    dict(p=VC, s="heard", t="the correspondent bank held it for screening, so the delay sat with them rather than "
                            "us", m="", v=["blame"]),
    dict(p=VC, s="heard", t="sir, I won't be spoken to like that", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="did the completion go through in the end? are you in the property now?", m="Q"),
    dict(p=VC, s="options",
         t="I'd like to reverse both transfer fees and put you straight through to a named senior banker, charlotte "
           "reyes, whenever you need her. every transfer after this goes same-day. may I arrange it?", m="OIQ"),
    dict(p=VC, s="options", t="I'll waive all your fees for the next five years and personally guarantee nothing "
                              "like this happens again", m="O", v=["over_promise"]),
    dict(p=VC, s="commitment", t="the fees will be reversed by four today, and charlotte will call you tomorrow "
                                 "morning at half nine to introduce herself", m="OC"),
    dict(p=VC, s="heard", t="I'd be appalled, sir. may I ask how the sellers responded when the funds didn't "
                            "arrive?", m="EQ"),
    dict(p=VC, s="heard", t="you're quite right that you should have heard it from us first", m="A"),
    dict(p=VC, s="heard", t="thank you for your candour, sir. it's precisely what we need to hear", m="G"),
    dict(p=VC, s="heard", t="if the service isn't to your liking, other banks are available, sir", m="",
         v=["threat_back"], n="inviting him to leave answers his threat in kind"),
    dict(p=VC, s="heard", t="I regret any distress this may have caused", m="", v=["non_apology"]),
    dict(p=VC, s="heard",
         t="I'm sorry you've had to find out from the other side's solicitor. that shouldn't happen to anyone, let "
           "alone a client of twenty years", m="AE", n="'sorry you've had to' + what happened (rule 14)"),
    dict(p=VC, s="close", t="is there anything further I can do for you today, sir?", m="Q",
         n="ending check: question, not asks_input (rule 6)"),
    dict(p=VC, s="heard", t="I'm afraid the fee's applied automatically by the system, I can't override it", m="",
         v=["policy"]),
    dict(p=VC, s="heard", t="your allegation of negligence has been logged, sir", m="", v=["accusation"]),
    dict(p=VC, s="options", t="I'll reverse the fee this afternoon. I must say though, sir, the instruction did "
                              "arrive after the cut off", m="OC", v=["correcting"],
         n="declared step with a time, then 'though' into correcting: the marks before it stand"),
    dict(p=VC, s="heard",
         t="I'm so sorry, sir. the money was late, the purchase almost fell through, and you found out from the "
           "seller's side. where did you end up with the vendor?", m="AEQ"),
    dict(p=VC, s="commitment", t="thank you for your patience, sir. I've reversed both fees just now, and charlotte "
                                 "will ring you at ten tomorrow with her direct number", m="OCG"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="can I take the serial number off the machine while we're talking", m="Q",
         v=["premature_details"]),
    dict(p=FT, s="heard", t="so the engineer's been, it's packed in twice since, and the supervisor who was meant "
                            "to ring you monday never did", m="A"),
    dict(p=FT, s="heard", t="a house full of kids and no washer, and then nobody rings you back. I'd have lost it",
         m="AE"),
    dict(p=FT, s="heard", t="is it on the eco setting by any chance? that tends to cause the drain pump fault",
         m="", v=["doubt", "correcting"], n="implies her misuse; not a real question"),
    dict(p=FT, s="heard", t="you say nobody rang but I've got a note here that the supervisor left you a voicemail",
         m="", v=["doubt", "accusation"], n="contradicting her with the record, like 'the system shows a call'"),
    dict(p=FT, s="heard", t="that's the supervisor's team, not me, I can only log it again", m="",
         v=["dismissal"]),
    dict(p=FT, s="options",
         t="an upgrade or a refund, no, I can't go there. what I'm able to do is swap it for a new machine, same "
           "model, and stretch the warranty by two years, or have our most experienced engineer round this week "
           "with a loan machine while he fixes it. what would you rather?", m="OIQ"),
    dict(p=FT, s="options", t="I'll get you the newer model, the one with the steam function, and give you "
                              "back everything the repairs cost", m="O", v=["over_promise"]),
    dict(p=FT, s="commitment", t="I've got the senior engineer down for wednesday, eight till "
                                 "twelve, he'll bring a loan machine with him, and I'll phone you tuesday evening to confirm", m="OC"),
    dict(p=FT, s="commitment", t="I'm ringing the supervisor myself after this call and you'll hear from me before "
                                 "three today, promise", m="C"),
    dict(p=FT, s="heard", t="thank you for giving us yet another go, Kelly", m="G"),
    dict(p=FT, s="heard", t="I'm sorry if the repairs weren't up to your expectations", m="",
         v=["non_apology"]),
    dict(p=FT, s="heard", t="stop interrupting me and I'll explain", m="", v=["calm_down"]),
    dict(p=FT, s="close", t="your new machine's due thursday, warranty extended two years. cheers for your "
                            "patience, and I'll ring friday to check it's running ok", m="OCG"),
    dict(p=FT, s="heard", t="I'm really sorry nobody rang you on monday. you shouldn't of had to chase us", m="AE",
         n="'should of' mis-hearing; apology names what happened"),
    dict(p=FT, s="heard", t="I know, I know. look, what am I meant to do, magic one up out of thin air?", m="",
         v=["dismissal", "insult"], n="sarcastic rhetorical question, not asking for input; 'I know' is not "
                                      "acknowledgement here"),
    dict(p=FT, s="heard", t="I'm sorry Kelly, I really am. you'll still need to book the repair through the app "
                            "though, that's the only way", m="", v=["policy"],
         n="contrastive 'though' on the wall cancels the apology, as in the original's 'to be fair though'"),
    dict(p=FT, s="heard", t="if you post that review I'll make sure your warranty claim gets looked at very closely",
         m="", v=["threat_back"]),
    dict(p=FT, s="options", t="I'm sorry, honestly. I'll get a new one out to you and bump it up to the next model, "
                              "at no cost, by friday", m="EOC", v=["over_promise"]),
    dict(p=FT, s="heard", t="honestly Kelly that's awful. three weeks of launderettes, two failed repairs and a "
                            "supervisor who never rang. I'm so sorry", m="AE"),
    dict(p=FT, s="options",
         t="I'm sorry we've let it get this far. would you rather we swap it for an identical new one with two more "
           "years warranty, or have a senior engineer out this week with a loan machine?", m="EOIQ"),
    dict(p=FT, s="commitment", t="right, the replacement's confirmed for thursday and I'll ring you on friday at ten "
                                 "to make sure it's working. thanks so much for giving us one more chance", m="OCG"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="could I have the postcode on the account before we go on", m="Q",
         v=["premature_details"]),
    dict(p=BE, s="vent", t="oh Margaret I'm sorry. go on, tell me what happened next", m="EQ",
         n="invites more venting: a question, not a details request"),
    dict(p=BE, s="heard",
         t="right, so you'd cancelled, we still took it twice, your account went overdrawn and the bank's "
           "charged you for it. and then chat told you it was fixed when it wasn't", m="A"),
    dict(p=BE, s="heard", t="on a pension that's a real blow. I'm sorry we did that to you", m="AE",
         n="'sorry we did that to you' owns the failure"),
    dict(p=BE, s="heard", t="the chat team should never have told you it was sorted, that's their mistake not mine",
         m="", v=["blame"]),
    dict(p=BE, s="heard", t="I'm sorry you were confused about the cancellation date", m="",
         v=["non_apology", "correcting"]),
    dict(p=BE, s="heard", t="are you sure it wasn't one charge showing twice? the bank app does that sometimes", m="",
         v=["doubt"]),
    dict(p=BE, s="options", t="I'll put both charges back and cover the overdraft fee, and I'll send you a letter "
                              "confirming the subscription's closed. how does that sound?", m="OIQ"),
    dict(p=BE, s="options", t="I'll refund both charges, the overdraft fee, and give you six months free as a sorry",
         m="O", v=["over_promise"]),
    dict(p=BE, s="commitment", t="both refunds are going through now, you'll see them in three to five working "
                                 "days, and the written confirmation's in the post tonight", m="OC"),
    dict(p=BE, s="commitment", t="I'll ring you on friday at eleven to check the money's back", m="C"),
    dict(p=BE, s="close", t="thanks for your patience, Mrs Ellison, and for not giving up on us", m="G"),
    dict(p=BE, s="heard", t="you're right, and it should have been fixed last week when you spoke to chat", m="A"),
    dict(p=BE, s="heard", t="well the bank's fee isn't anything to do with us, you'd have to take that up with them",
         m="", v=["dismissal"]),
    dict(p=BE, s="heard", t="I'd be beside myself. you did everything properly", m="AE"),
    dict(p=BE, s="heard", t="ugh, fine. what's the account number", m="Q", v=["insult"],
         n="exasperated 'ugh, fine' answers her in kind; details request after venting is not premature"),
    dict(p=BE, s="heard", t="Margaret, there's no need to get so worked up", m="", v=["calm_down"]),
    dict(p=BE, s="heard", t="honestly the live chat lot made a mess of it. but I am sorry, Mrs Ellison, and both "
                            "charges are coming back to you today", m="EOC", v=["blame"],
         n="violation first; the apology and refund after 'but' stand (rule 2)"),
    dict(p=BE, s="heard", t="I'm so sorry, Mrs Ellison. you cancelled properly, we charged you twice, and then chat "
                          "told you it was fixed. thanks for calling back in", m="AEG"),
    dict(p=BE, s="options", t="I'm sorry we've put you through this. I'll refund both charges and the overdraft fee, "
                              "and send you written confirmation the subscription's closed. is that alright with "
                              "you?", m="EOIQ"),
    dict(p=BE, s="close", t="is there anything else at all you'd like me to check while I've got you?", m="Q"),
    dict(p=BE, s="heard", t="I can't give you anything on top, sorry, I'm not able to sign that off. "
                            "but the two charges and the overdraft fee, those I can definitely refund. shall I?",
         m="OIQ", n="'sorry' for refusing is not empathy; honest limit, not a policy wall"),

    # --- generic ---
    dict(p=None, s="vent", t="uh huh. yep. keep going", m="", n="back-channel"),
    dict(p=None, s="vent", t="postcode?", m="Q", v=["premature_details"]),
    dict(p=None, s="vent", t="woah, easy, easy", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="I understand.", m="A", n="bare sincere 'I understand' (rule 1)"),
    dict(p=None, s="heard", t="I'm sorry you feel let down", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="that's not how we do things here, you'll need to fill in the complaints form online",
         m="", v=["policy"]),
    dict(p=None, s="heard", t="no one else has complained about this, so", m="", v=["doubt"]),
    dict(p=None, s="heard", t="you've clearly had a rough time with us and I'm sorry for my part in it", m="AE",
         n="owns the failure"),
    dict(p=None, s="options", t="I can offer you a refund or a replacement, whichever you'd prefer", m="OI",
         n="invites a choice without a question"),
    dict(p=None, s="options", t="what would put this right for you?", m="IQ"),
    dict(p=None, s="commitment", t="I'll email you the confirmation within the next half hour", m="C"),
    dict(p=None, s=None, t="them's the rules, I don't write them", m="", v=["policy", "dismissal"]),
    dict(p=None, s="heard", t="it's all explained in the confirmation email, if you'd had a look", m="",
         v=["correcting"]),
    dict(p=None, s="heard", t="oh please, spare me the drama", m="", v=["insult"]),
    dict(p=None, s="heard", t="we will close the account if you keep speaking to me like this", m="",
         v=["threat_back"]),
    dict(p=None, s="heard", t="I can hear this has really knocked you", m="AE",
         n="'I can hear' + their state: both marks (rule 1)"),
    dict(p=None, s="heard", t="so the first one arrived broken and the second one never came at all. right, that's "
                              "not good enough", m="A"),
    dict(p=None, s="heard", t="what's the one thing you'd most want sorted today?", m="IQ"),
    dict(p=None, s="options", t="I could do a partial refund now and the rest if it's still not sorted by friday, "
                                "how does that sound", m="OIQ", n="times inside a proposal: not commitment"),
    dict(p=None, s="heard", t="I'm sorry. really. we should have picked this up weeks ago", m="AE"),
    dict(p=None, s="commitment", t="I'm putting the refund through now and the email will follow in a couple of "
                                   "minutes", m="OC"),
    dict(p=None, s="heard", t="the agent before me obviously didn't read your notes, so that's why", m="",
         v=["blame"]),
    dict(p=None, s="heard", t="for the record, you did agree to the terms when you signed up", m="",
         v=["accusation", "correcting"]),
    dict(p=None, s="close", t="I'll follow it up and make sure you're happy with it by the end of next week", m="C"),
    dict(p=None, s=None, t="oh no, you poor thing", m="E"),
    dict(p=None, s="heard",
         t="I'm so sorry. you've been chasing this for a month and nobody's got back to you once. thank you for not "
           "giving up on it", m="AEG"),
    dict(p=None, s="options", t="I'm really sorry about this. I could refund the delivery cost today or get a "
                                "fresh one dispatched on priority. what would suit you?", m="EOIQ"),
    dict(p=None, s="commitment", t="thanks for waiting. the refund's done and you'll have the confirmation email "
                                   "within ten minutes", m="OCG"),
    dict(p=None, s="options", t="I know this has dragged on. how about I credit the account today and ring you on "
                                "monday to check it's all come through? does that work?", m="AOIQ",
         n="'how about' makes the callback part of a proposal: offer, not commitment"),
    dict(p=None, s="heard", t="I- I get it. I do. I'm not going to fob you off", m="A",
         n="sincere 'I get it' (rule 1); 'not going to fob you off' is a promise, no mark"),
    dict(p=None, s="heard", t="let me just have a look what I can do", m="", n="no remedy, no time"),
    dict(p=None, s="heard", t="I'm sorry, that really isn't good enough from us. can you tell me when it started?",
         m="AEQ", n="'isn't good enough from us' owns the failure"),
]

write_batch(ITEMS, "gd", Path(__file__).with_name("replies_extra185.jsonl"))
