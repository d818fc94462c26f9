"""Source of `replies_extra178.jsonl`: batch 178, in the original set's style (tune split only).

Written by hand, one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is a plain
cross-section: the same mix of personas, stages, lengths and qualities as the original tune part
(good, mediocre and bad replies, with violations of every kind), leaning a little towards heavily
garbled Whisper transcripts from nervous new starters: no punctuation, fillers and false starts
("erm so- so your supervisor's already said something", "I- um, I'm not able to let you out of the
contract"), and small mis-hearings ("the expressed fee", "a root cost report", "a lone machine",
"should of", "your paid by the hour"). Beside them sit hard negatives: back-channels and bare
"understood" while the customer vents, politeness "sorry" before a detail request once venting is
over, the word "options" with nothing offered, honest limits before an offer, times inside a
choice, a vague "asap", the agent's own frustration, and warmth that rules out "calm down" or
hanging up.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra178.jsonl next to it (ids fw0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician (Bernadette: broadband install, 8-12 window missed twice) ---
    dict(p=MT, s="vent", t="um okay. yeah", m="", n="filler while she vents"),
    dict(p=MT, s="vent", t="oh no that's- um. I'm so sorry. keep going, sorry", m="E",
         n="sincere apology while letting her vent; the second 'sorry' is politeness"),
    dict(p=MT, s="vent",
         t="okay um sorry can I just get the um the account number off you first so I can like pull it up",
         m="Q", v=["premature_details"], n="'sorry' is a politeness marker; details while she is venting"),
    dict(p=MT, s="heard",
         t="so you took a day off for the first one and then another day off for the second one and nobody "
           "even rang you. thats thats not on",
         m="A", n="restatement plus a judgement; no feeling named"),
    dict(p=MT, s="heard",
         t="I- okay so um. so the first time you, you waited in from eight and nobody came and then, the second, "
           "the second time the same, and you you had to take both days off. I'm- yeah I'm really really sorry "
           "about that",
         m="AE", n="nervous false starts; restatement stands"),
    dict(p=MT, s="heard",
         t="yeah so the um the window is eight till twelve so they can technically turn up at like five to "
           "twelve and still be in it",
         m="", v=["correcting"]),
    dict(p=MT, s="heard",
         t="did they not text you though? cause normally the system sends one out if the engineers running late",
         m="", v=["doubt"], n="rhetorical; doubts her account, not a real question"),
    dict(p=MT, s="heard", t="how much um how much has it cost you like in pay, are you hourly?", m="Q"),
    dict(p=MT, s="heard",
         t="your paid by the hour as well so that's two mornings wages just gone. I'd be gutted honestly",
         m="AE", n="'your' mis-hearing"),
    dict(p=MT, s="options",
         t="so um what I can do is, I can take the installation fee off, like waive it, and put a months credit "
           "on, and then get you the eight o'clock slot, the first one. does that- would that be alright?",
         m="OIQ"),
    dict(p=MT, s="options",
         t="uh I cant give you the whole refund back, sorry, I'm not allowed, but what I can do is waive the install "
           "charge and pop a months credit onto the account for you",
         m="O", n="'sorry' for the refusal is not empathy; honest limit, not a policy wall"),
    dict(p=MT, s="options",
         t="look don't even worry about it I'll just refund the lot and you can have three months free on top",
         m="O", v=["over_promise"]),
    dict(p=MT, s="commitment",
         t="right so you're booked in for eight am on tuesday, first job of the day, and I'll um I'll ring you monday "
           "at about four just to double check its still on",
         m="OC"),
    dict(p=MT, s="heard",
         t="okay but like the engineer probably just had an emergency job come in, it does happen",
         m="", v=["dismissal"], n="minimising excuse for the no-show"),
    dict(p=MT, s="heard", t="it was the install subcontractor who missed it not us, they're a seperate company",
         m="", v=["blame"]),
    dict(p=MT, s="heard", t="sorry if you've been inconvenienced by the um the appointments", m="",
         v=["non_apology"]),
    dict(p=MT, s="heard",
         t="erm so- so your supervisor's already said something to you about the time off? god. I'm sorry, "
           "that's awful",
         m="AEQ", n="check-back question on the revealed fact"),
    dict(p=MT, s="heard", t="I can only go off what's on my screen and it says here the engineer attended",
         m="", v=["doubt"]),
    dict(p=MT, s="heard",
         t="for the record we've got you down as not being in when he called round the first time",
         m="", v=["accusation", "doubt"], n="'for the record' plus the system's word against hers"),
    dict(p=MT, s="close",
         t="thank you Bernadette, honestly, for not giving up on us. so thats eight o clock thursday and the "
           "credits already on your account",
         m="OCG"),
    dict(p=MT, s="options",
         t="would you rather a weekday, first thing at eight, or um is a saturday morning easier, cause then you dont "
           "lose any more pay",
         m="OIQ", n="rebooked visit as a choice; 'any more pay' hints at her loss but restates nothing"),
    dict(p=MT, s="heard", t="okay calm down a sec I'm trying to find your booking", m="", v=["calm_down"]),
    dict(p=MT, s="heard", t="(under breath) oh here we go", m="", v=["insult"], n="muttered aside (rule 12)"),
    dict(p=MT, s="heard",
         t="carry on swearing and I'll be putting a note on your account that you were abusive",
         m="", v=["threat_back"]),
    dict(p=MT, s="heard",
         t="I'm really sorry about the two mornings. but to be honest you did pick the morning slot and those "
           "are always the busiest",
         m="", v=["correcting"], n="'but' leads into correcting: cancels the apology"),
    dict(p=MT, s="heard", t="sorry what was the date of the second one again?", m="Q",
         n="'sorry' as politeness; a detail question after venting is fine"),
    dict(p=MT, s="options", t="there's a couple of options I could look at for you I suppose", m="",
         n="'options' word, nothing offered"),
    dict(p=MT, s="commitment", t="I promise you now, you'll never have a missed appointment with us again, ever", m="",
         v=["over_promise"], n="bare guarantee: over_promise without options"),

    # --- lost-express (Marcus: compressor and control board for a restaurant client) ---
    dict(p=LE, s="vent", t="sorry to cut in, have you got the tracking number there", m="Q",
         v=["premature_details"], n="interrupts the vent for a number"),
    dict(p=LE, s="heard",
         t="so you paid for the overnight service for the compressor and the the control board and its just, its not "
           "turned up, and the tracking's been blank since it got picked up",
         m="A"),
    dict(p=LE, s="heard",
         t="and the restaurants waiting on you and its you getting it in the neck not us. thats horrible, I'm sorry",
         m="AE"),
    dict(p=LE, s="heard", t="uh so like the the tracking just says collected and then nothing? is that, is that right",
         m="AQ", n="check-back question"),
    dict(p=LE, s="heard", t="is it, um, is the restaurant a big client for you? like are they regular", m="Q"),
    dict(p=LE, s="heard", t="honestly the couriers are a nightmare, its them not us, they lose stuff every week",
         m="", v=["blame", "dismissal"], n="blames the courier and minimises the loss"),
    dict(p=LE, s="heard", t="mate its a parcel, not a kidney", m="", v=["insult", "dismissal"]),
    dict(p=LE, s="options",
         t="right so I can refund the expressed fee for you and um start a trace and if you want I'll um book a courier, "
           "same day, with new parts, on us, would that help with the restaurant",
         m="OIQ", n="'expressed' mis-hearing; an offer waiting for his answer, no time"),
    dict(p=LE, s="options",
         t="we'll pay you back for any work you lose with the restaurant group, whatever it comes to, I'll sort it",
         m="O", v=["over_promise"]),
    dict(p=LE, s="commitment",
         t="trace is open now, the reference is on its way to your email, and the courier's collecting the "
           "replacements at one so it should be with the restaurant by five",
         m="OC"),
    dict(p=LE, s="commitment", t="I'm gonna ring the depot manager now and get back to you in half an hour either way",
         m="C"),
    dict(p=LE, s="heard",
         t="it's just you and your nephew? so every hour you're on the phone to us is an hour your not working. "
           "I get it",
         m="AQ", n="check-back question on the revealed fact; 'your' mis-hearing"),
    dict(p=LE, s="heard",
         t="thanks for bearing with me Marcus, I know the restaurants probably ringing you every ten minutes",
         m="AG"),
    dict(p=LE, s="heard",
         t="sir I'm not going to be spoken to like that. you can either talk to me properly or I end the call",
         m="", v=["threat_back"]),
    dict(p=LE, s="options",
         t="there's no option to claim for lost business I'm afraid, it's the liability limit, rules are the rules",
         m="", v=["policy"], n="'option' word inside a wall"),
    dict(p=LE, s="heard",
         t="I can't tell you when the original parcel will turn up, I'll be honest, that's down to the courier. what I "
           "can do is send replacement parts out by same day courier at our cost. shall I go ahead?",
         m="OIQ", n="honest limit (rule 11), then an offer"),
    dict(p=LE, s="vent", t="yeah. okay. I'm noting it all down, keep going", m=""),
    dict(p=LE, s="heard", t="right, I see", m="", n="filler after venting: still no acknowledgement"),
    dict(p=LE, s="close",
         t="brilliant so thats the fee refunded and the parts are on the twelve o'clock courier. thanks so much "
           "for your patience Marcus, I'll email you whatever the trace turns up by ten tomorrow",
         m="OCG"),
    dict(p=LE, s="heard",
         t="is it definitely not at the restaurant though? sometimes someone signs for it round the back and it "
           "goes walkabout inside",
         m="", v=["doubt"]),
    dict(p=LE, s="heard", t="I'm really sorry for any inconvenience this may of caused you and your customer",
         m="", v=["non_apology"], n="'may of' mis-hearing"),
    dict(p=LE, s="heard", t="That's a third of your work riding on one parcel. I'd be losing sleep over it.", m="AE"),
    dict(p=LE, s="heard", t="okay what's the postcode it was going to and I'll have a look at the depot", m="Q",
         n="detail request after venting: not premature"),
    dict(p=LE, s="options",
         t="I'll put the express fee back on your card today and open a trace, but you'll have to chase the depot yourself about "
           "the actual parcel",
         m="OC", v=["dismissal"],
         n="'but' after the offer does not cancel options; handing the chase back to him is ducking"),

    dict(p=LE, s="options",
         t="um okay so. I- I cant do the lost business, I'm sorry, but um, express fee back, a trace on the parcel, "
           "and a courier today with new parts for the restaurant. does- is that gonna help you with them?",
         m="OIQ", n="'sorry' for the refusal is not empathy; 'today' inside an offer"),

    # --- escalated-exec (Eleanor: third outage this quarter, emailed our CEO) ---
    dict(p=EE, s="vent", t="understood.", m="", n="filler while she vents"),
    dict(p=EE, s="vent", t="s- sorry, could I just take the account ID before we get into it", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="vent",
         t="that's- I'm sorry, that's really bad. um can I grab your customer reference while you're going", m="EQ",
         v=["premature_details"], n="sincere apology stands; then details while she vents"),
    dict(p=EE, s="heard",
         t="three outages this quarter and the warehouses stood still every time. I completely understand why "
           "this went to our CEO",
         m="A", n="understands her action, names no feeling"),
    dict(p=EE, s="heard",
         t="from what I can see the third one was on your side, a firewall change, so that one's not really down to us",
         m="", v=["blame"], n="fault-finding against the client"),
    dict(p=EE, s="heard",
         t="you went to bat for us with your board and we've let you down three times since. I'm sorry, genuinely",
         m="AE"),
    dict(p=EE, s="heard",
         t="I, um, I completely understand, like, why you'd be, why you'd be shopping around, if- if "
           "it was me I'd be doing the same",
         m="AE"),
    dict(p=EE, s="heard", t="look there's no need to take that tone with me, I'm trying to help", m="",
         v=["calm_down"]),
    dict(p=EE, s="options",
         t="what I can offer is a root cost report with a firm date, the quarter's service credit, and an account "
           "manager of your own, named. is that something you could take to your board?",
         m="OIQ", n="'root cost' mis-hearing of root-cause; an offer, no date given yet"),
    dict(p=EE, s="options",
         t="I'll release you from the contract with no penalties and we'll cover your losses, I can get that "
           "signed off",
         m="O", v=["over_promise"]),
    dict(p=EE, s="commitment",
         t="tom okafor is your account manager from today, he'll ring you at ten tomorrow, and you'll have the root "
           "cause report in writing by friday the twelfth",
         m="OC"),
    dict(p=EE, s="commitment",
         t="I'm sorry it took your email to the CEO for this to move. I'm assigning you a named account manager "
           "now and she'll phone you by three today",
         m="AEOC", n="'sorry it took…' names what happened (rule 14)"),
    dict(p=EE, s="heard",
         t="in fairness the SLA allows for planned maintenance and two of those windows were notified in advance",
         m="", v=["correcting"]),
    dict(p=EE, s="heard", t="if you want to involve your lawyers that's entirely your call, we have a legal team too",
         m="", v=["threat_back"]),
    dict(p=EE, s="heard",
         t="Thank you for giving me the detail on the warehouse side. It gives me something solid to take upstairs.",
         m="G"),
    dict(p=EE, s="heard",
         t="what happened on the warehouse floor during the last one, how long were your pickers stood idle?",
         m="Q"),
    dict(p=EE, s="heard", t="noted. regarding the claims made in your email to our CEO", m="",
         v=["accusation"]),
    dict(p=EE, s="options",
         t="I- um, I'm not able to let you out of the contract, I'll be upfront, that's above what I can do. but "
           "I can do the credit and get you a named account manager this week. could we start there?",
         m="OIQ", n="honest limit, then an offer; 'this week' inside a proposal is not a commitment"),
    dict(p=EE, s="heard",
         t="you must be sick of explaining the same thing to a different person every time it goes down", m="E",
         n="guesses at her feeling; names nothing she told us"),
    dict(p=EE, s="close",
         t="so to recap, credit for the quarter, tom looking after you, report on the twelfth. thank you for staying at "
           "the table with us, I know that wasn't a given",
         m="OCG"),
    dict(p=EE, s="heard", t="we apologise that you feel the service hasn't met your expectations", m="",
         v=["non_apology"]),
    dict(p=EE, s="heard",
         t="I'm sorry about the third outage, I really am. for the record though our uptime this quarter is still "
           "above ninety nine percent",
         m="", v=["accusation", "correcting"], n="'though' leads into the violations: cancels the apology"),
    dict(p=EE, s="heard",
         t="so um. the, the board asked you if they should stay with us? and you were the one who, who brought us "
           "in. god. that's- that puts you in an awful spot",
         m="AEQ", n="check-back question on the revealed facts"),
    dict(p=EE, s="options",
         t="would you rather I ran the root cause report past you in draft by the end of next week, or sent the "
           "final version straight to your board?",
         m="OIQ", n="times inside a choice are not a commitment"),

    # --- vip-client (Julian: wire for a property completion two days late) ---
    dict(p=VC, s="vent", t="of course, sir. I'm listening", m="", n="back-channel (rule 13)"),
    dict(p=VC, s="vent",
         t="um before we go on sir could I just confirm your um date of birth and the first line of your address",
         m="Q", v=["premature_details"]),
    dict(p=VC, s="heard",
         t="so the money got there two days late and you only found out from the seller's solicitor, not from "
           "us. that should never have happened",
         m="A"),
    dict(p=VC, s="heard",
         t="Mr Fairclough, I am so sorry. To hear it from the other side's solicitor, after all these years "
           "banking with us, must have been humiliating.",
         m="AE"),
    dict(p=VC, s="heard", t="the hold up was at the correspondent bank though sir, it wasn't us that held it", m="",
         v=["blame"]),
    dict(p=VC, s="options",
         t="um so sir what I could do is uh reverse the, the fee for the transfer and um get you set up with, with "
           "a direct line to one of our senior bankers? if that's, if that'd be okay",
         m="OIQ"),
    dict(p=VC, s="options",
         t="I'll waive every fee on your accounts for the next two years sir, and I'll personally guarantee every "
           "transfer lands same day",
         m="O", v=["over_promise"]),
    dict(p=VC, s="commitment",
         t="the fees are reversed as of now, and your senior banker, claire hughes, will ring you by half nine "
           "tomorrow morning with her direct number",
         m="OC"),
    dict(p=VC, s="heard", t="if you'd like to take your portfolio elsewhere sir that is of course your prerogative",
         m="", v=["threat_back"], n="answers the competitor threat in kind"),
    dict(p=VC, s="heard", t="did the seller have another buyer waiting in the wings? how close was it?", m="Q"),
    dict(p=VC, s="heard", t="so you're alleging we sat on the transfer for two days deliberately", m="",
         v=["accusation"]),
    dict(p=VC, s="heard", t="honestly sir I just process what comes through, I don't have any control over compliance",
         m="", v=["dismissal"]),
    dict(p=VC, s="heard",
         t="thank you for telling me about the other bank, sir. I'd far rather hear it from you than find out "
           "you'd gone",
         m="G"),
    dict(p=VC, s="options",
         t="shall I put the reversed fees back into your main account sir, or would you rather it came off your "
           "next transfer?",
         m="OIQ"),
    dict(p=VC, s="heard",
         t="you heard it from the solicitor. not us. I understand. is there anything I can do today to help with "
           "the completion itself",
         m="AIQ"),
    dict(p=VC, s="heard", t="sir, please, there's no need to shout at me", m="", v=["calm_down"]),
    dict(p=VC, s="close",
         t="thank you for your patience with all of this, sir. claire's ringing you at nine, and same day "
           "transfers are live on your accounts from tomorrow",
         m="OCG"),
    dict(p=VC, s="heard", t="it cant have taken two days sir, the system shows it left us on the tuesday", m="",
         v=["doubt", "accusation"], n="the record set against his word, as the original's 'the system shows a call'"),
    dict(p=VC, s="heard",
         t="I understand, and I'm sorry sir. I'm afraid all wires over that amount go through compliance, "
           "that's the process",
         m="AE", v=["policy"], n="no 'but': acknowledgement and apology stand beside the wall"),
    dict(p=VC, s="heard",
         t="um. w- with the, the uh the wire. when was it meant to um land by sir, like what time was completion",
         m="Q", n="nervous, but a real question about his situation"),

    dict(p=VC, s="heard",
         t="sir, you had a cash buyer breathing down the seller's neck and you had to ring her yourself to keep "
           "the deal alive. I'm truly sorry. what would you like me to put right first?",
         m="AEIQ"),

    # --- failed-twice (Kelly: washing machine, broken twice since repair, no callback) ---
    dict(p=FT, s="vent", t="oh my god um ok. ok. I'm so sorry", m="E"),
    dict(p=FT, s="vent", t="um and and which model is it, the the machine? is there a number on the door", m="Q",
         v=["premature_details"]),
    dict(p=FT, s="vent", t="mm. okay. [typing] yep", m="",
         n="keyboard noise is not a sigh or aside: no insult"),
    dict(p=FT, s="heard",
         t="so its only seven months old, its been repaired and its gone again, twice, and then the supervisor "
           "never rang you back on monday",
         m="A"),
    dict(p=FT, s="heard", t="oh god two weeks with no washer and the little ones. um. I'm sorry. like genuinely",
         m="AE"),
    dict(p=FT, s="heard", t="how much have you spent at the laundrette so far do you reckon", m="Q"),
    dict(p=FT, s="heard",
         t="are you definitely using it on the right settings? cause a lot of the time its just overloading",
         m="", v=["doubt", "correcting"]),
    dict(p=FT, s="options",
         t="I cant do an upgrade or a refund, sorry, but I can swap it for a new one, same model, with the warranty "
           "extended two years, or send a senior engineer out before friday with a lone machine while its fixed. which would be better "
           "for you",
         m="OIQ",
         n="'lone' mis-hearing of loan; the loan machine is in the persona brief; 'sorry' for the refusal is not "
           "empathy"),
    dict(p=FT, s="options",
         t="I'll get you the newer model, the upgraded one, and refund all your laundrette costs on top", m="O",
         v=["over_promise"]),
    dict(p=FT, s="options", t="what day's easiest for the engineer to come out to you, with the kids and everything?",
         m="OIQ", n="asks when to send the engineer: the visit is the remedy"),
    dict(p=FT, s="commitment",
         t="the replacement's coming thursday between seven and twelve, and I'll give you a ring at four "
           "tomorrow to confirm, because I know the last callback never happened",
         m="AOC"),
    dict(p=FT, s="heard", t="the callback should of happened and it didn't. that's on us. I'm sorry Kelly", m="AE",
         n="owns the failure; 'should of' mis-hearing"),
    dict(p=FT, s="heard", t="I'm sorry you feel the machine isn't up to standard", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="ok you need to stop shouting at me for one second so I can actually look", m="",
         v=["calm_down"]),
    dict(p=FT, s="heard",
         t="that's just how warranty claims work, it has to fail three times before we can even look at a "
           "replacement",
         m="", v=["policy"]),
    dict(p=FT, s="heard",
         t="thanks for ringing again honestly, after the callback didn't come I wouldn't of blamed you for not "
           "bothering",
         m="AG", n="names the missed callback; 'wouldn't of' mis-hearing"),
    dict(p=FT, s="commitment",
         t="thank you for your patience. I'll book the senior engineer for wednesday. but honestly if it keeps "
           "breaking its probably the hard water where you are",
         m="OCG", v=["correcting"],
         n="marks before the violation stand; puts it on her water, like the original's detergent reply"),
    dict(p=FT, s="heard", t="I'm not going to tell you to calm down, you're entitled to be this angry", m="E",
         n="hard negative: rules out 'calm down' and validates the anger"),

    dict(p=FT, s="heard",
         t="I'm so sorry Kelly, ninety quid at the laundrette on top of everything. thank you for telling me that, "
           "honestly. would it help if the senior engineer came out this week and left you a loan machine?",
         m="AEOGIQ", n="loan machine with the senior-engineer repair is in the persona brief; 'this week' inside an offer"),

    # --- billing-error (Margaret: charged twice after cancelling, overdraft fee) ---
    dict(p=BE, s="vent", t="ok. okay. mm", m=""),
    dict(p=BE, s="vent", t="can I have the um the email you've got registered with us please madam sorry", m="Q",
         v=["premature_details"]),
    dict(p=BE, s="heard",
         t="so you cancelled, and then we took it twice after, and that put you into your overdraft, and the chat "
           "team told you last week it was fixed. I'm really sorry",
         m="AE"),
    dict(p=BE, s="heard", t="oh no your rent bounced as well? oh Margaret I'm so sorry", m="AEQ",
         n="check-back question on the revealed fact"),
    dict(p=BE, s="heard",
         t="the cancelation only kicks in at the end of your billing month so the first one was technically correct",
         m="", v=["correcting"]),
    dict(p=BE, s="heard", t="it'll have been the chat agent that got it wrong, they're outsourced", m="",
         v=["blame"]),
    dict(p=BE, s="options",
         t="I'm going to refund both of those charges and the overdraft fee as well. would you like a letter "
           "confirming the cancellation too?",
         m="OIQ", n="no time attached: an offer, not a commitment"),
    dict(p=BE, s="options",
         t="so um. I can, I can refund the both the charges and um the over draft fee, and and send you something "
           "in writing to say its cancelled. um. is that- does that sound ok",
         m="OIQ"),
    dict(p=BE, s="options",
         t="I'll refund everything, give you six months free as a goodwill gesture, and cover the landlord's late fee",
         m="O", v=["over_promise"]),
    dict(p=BE, s="commitment",
         t="both refunds are going through now and you'll have written confirmation of the cancellation in your "
           "email within the hour",
         m="OC"),
    dict(p=BE, s="heard", t="nine years with us and this is how we treat you. I'd be fuming too Margaret", m="AE"),
    dict(p=BE, s="heard", t="you'll have to take the overdraft fee up with your bank, we can't deal with bank charges",
         m="", v=["dismissal"], n="ducks a fee she is allowed to reimburse"),
    dict(p=BE, s="heard",
         t="thank you for your patience Margaret, and for telling me about the rent, I know that can't have been "
           "easy",
         m="AEG",
         n="names the revealed fact, as the original's thanks for being told the parts were for a customer; "
           "'can't have been easy' validates"),
    dict(p=BE, s="heard",
         t="are you sure you cancelled though, cause sometimes it doesn't go through if you only delete the app",
         m="", v=["doubt", "correcting"]),
    dict(p=BE, s="options", t="which do you want sorting first, the refunds or the letter for your bank", m="OIQ"),
    dict(p=BE, s="heard", t="Margaret if you keep shouting I will have to put the phone down", m="",
         v=["threat_back"]),
    dict(p=BE, s="heard", t="Margaret, take a deep breath for me, alright?", m="", v=["calm_down"],
         n="request, not a real question"),
    dict(p=BE, s="heard",
         t="refunds have to go through the refunds team in writing I'm afraid, thats the process", m="",
         v=["policy"]),
    dict(p=BE, s="heard", t="I'm so sorry Margaret, that's our mistake. I'm sorry you feel let down by the chat team",
         m="AE", v=["non_apology"], n="owns the mistake, then 'sorry you feel'"),
    dict(p=BE, s="heard", t="I- I'm sick of it myself to be honest, the billing system's awful", m="",
         n="agent's own feelings, not empathy"),
    dict(p=BE, s="close",
         t="thank you Margaret, and sorry again, truly. the letter's in the post today and the money should be "
           "back with you by friday",
         m="EOCG"),
    dict(p=BE, s="close", t="is there anything else I can help you with today?", m="Q",
         n="ending check: question, not asks_input"),

    # --- generic ---
    dict(p=None, s="vent", t="I'm so sorry. um. I- I'm so sorry. go on", m="E"),
    dict(p=None, s="vent", t="[sighs] okay", m="", v=["insult"], n="transcribed sigh (rule 12)"),
    dict(p=None, s="vent", t="okay can you just give me your order number real quick", m="Q",
         v=["premature_details"]),
    dict(p=None, s="heard", t="I get it. I do. its not one mistake its the whole thing", m="A"),
    dict(p=None, s="heard",
         t="so um just so I've got it, the delivery didn't come, you rang, they said it'd be sorted, and it wasn't?",
         m="AQ"),
    dict(p=None, s="heard", t="I can't believe nobody got back to you. that's shocking", m="AE",
         n="'can't believe' is sympathy (rule 8)"),
    dict(p=None, s="heard", t="what would make this better for you right now", m="IQ"),
    dict(p=None, s="heard", t="uh yeah no yeah totally. um sorry whats, whats your name sorry", m="Q",
         n="'yeah totally' is filler; politeness 'sorry'"),
    dict(p=None, s="heard", t="um yeah I hear you yeah. so whats the name on the account", m="Q",
         n="rule 13: 'I hear you' straight into a details request"),
    dict(p=None, s="heard", t="you need to calm down or I cant do anything for you", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="sorry but that's not my department, I'd have to pass you on", m="",
         v=["dismissal"]),
    dict(p=None, s="heard", t="that's the system, it won't let me override it", m="", v=["policy"]),
    dict(p=None, s="heard", t="ugh. fine. (sighs) what do you want then", m="", v=["insult"],
         n="sigh (rule 12); hostile question, not asks_input"),
    dict(p=None, s="heard", t="[laughs] okay well that's a bit much", m="", v=["insult"]),
    dict(p=None, s="heard", t="go on then, cancel, I'm not bothered", m="", v=["threat_back", "insult"]),
    dict(p=None, s="heard", t="I won't hang up on you, I'm staying right here till this is sorted", m="",
         n="hard negative: rules out hanging up; no concrete step or time"),
    dict(p=None, s="heard",
         t="I'm not saying it's your fault, I'm just saying you should of checked the email we sent", m="",
         v=["correcting"]),
    dict(p=None, s="heard", t="so about these allegations of yours", m="", v=["accusation"]),
    dict(p=None, s="heard", t="I do apologise if anything's been unclear", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="I'm sorry you've had to wait so long for an answer. that's not fair on you", m="AE",
         n="rule 14: names what they went through"),
    dict(p=None, s="heard",
         t="honestly I understand. and I want to fix it today, so lets start with what went wrong, can you talk me "
           "through it",
         m="AQ", n="'fix it today' names no step: not a commitment"),
    dict(p=None, s="options", t="I can either refund it today or post you a replacement tomorrow, up to you", m="OI",
         n="times inside a choice; imperative invitation, no question"),
    dict(p=None, s="options",
         t="what I'd like to do is, um, give you the delivery charge back and get a replacement out on next day. is that "
           "okay with you?",
         m="OIQ"),
    dict(p=None, s="options", t="I can't do a refund I'm sorry, it's company policy", m="", v=["policy"]),
    dict(p=None, s="commitment", t="I'll phone you back by half three with an answer, I promise", m="C"),
    dict(p=None, s="commitment", t="right I've escalated it to my team leader and she'll ring you before five today",
         m="C", n="escalation with a time: commitment only (rule 4)"),
    dict(p=None, s="commitment", t="um I'll have a look into it and get back to you asap", m="", n="vague time"),
    dict(p=None, s="close",
         t="thank you for putting up with me, I'm new so it's taken a bit longer. and sorry again. about everything",
         m="EG"),
    dict(p=None, s=None, t="I'm sorry, that shouldn't have happened to you", m="AE"),
    dict(p=None, s=None, t="listen mate I don't get paid enough for this", m="", v=["dismissal", "insult"]),
    dict(p=None, s=None, t="thank you for your patience, honestly", m="G"),
]

write_batch(ITEMS, "fw", Path(__file__).with_name("replies_extra178.jsonl"))
