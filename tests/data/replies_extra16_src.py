"""Source of `replies_extra16.jsonl`: a sixteenth batch of hand-written trainee replies (tune split only).

Written one at a time by someone who had not read the held-back part of `replies.jsonl` nor the
judge's code (judge, lexicon, patterns, learned model). It imitates the style and the labelling
habits of the original author of the tune items in `replies.jsonl` (short lines, often lowercase,
light punctuation, about half looser Whisper-like run-ons with fillers, false starts and the odd
mis-hearing) and concentrates on VIOLATIONS as a stressed trainee really slips, in everyday words
rather than the textbook ones: blame pinned on contractors, banks, couriers, colleagues or the
customer's own people; process walls that never say "policy"; doubt from what the screen shows or
what "normally" happens; correcting with "for next time" and "to be fair"; court-room wording such
as "your version of events" and "what you're putting to me"; "deep breaths", "bring it down a
notch" and "keep this civil"; sarcasm and rudeness; dares and warnings; conditional or hedged
apologies; shrugging the problem off; giving away more than a front-line agent may; and asking for
details while the customer is still venting. Each kind has 8 to 10 examples, many beside a sincere
apology or acknowledgement (kept when no "but"/"though" leads into the fault), some put as
rhetorical questions, some with two kinds. About fifty hard negatives share words with the faults
but are fine ("I'm not going to blame the courier", "the records back you up", "you don't have to
prove anything", "I won't promise it'll never happen again, but…", detail requests after venting).
All six personas and generic replies, all stages. Nothing is generated from a template. Labels
follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra16.jsonl` next to it (ids h0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- blame
    dict(p=MT, s="heard", t="honestly it's the install crew, they're a contractor and they just don't ring ahead. they never do", m="", v=["blame"]),
    dict(p=LE, s="heard", t="yeah I'm sorry about that but the lot we use for overnight have been shocking lately, they're the ones who lost it", m="", v=["blame"], n="'but' leads into blaming the courier: the apology is cancelled"),
    dict(p=BE, s="heard", t="so the girl on chat last week should of actually put the refund through and she just... didn't. that's where it all went wrong", m="", v=["blame"], n="pins it on another agent; as in the original set, a blaming line gets no acknowledgement"),
    dict(p=VC, s="heard", t="The hold-up was at the correspondent bank, sir. They sat on it for two days, it was nothing to do with us.", m="", v=["blame"]),
    dict(p=FT, s="heard", t="yeah whoever took your call monday shouldn't of promised a callback, that's on them to be honest", m="", v=["blame"]),
    dict(p=None, s="heard", t="I do apologise. whoever packed it obviously didn't put the label on properly", m="E", v=["blame"], n="no contrastive connective: the apology stands beside the blame"),
    dict(p=BE, s="heard", t="um well your bank's the one that stuck the fee on, so you'd want to take that up with them really", m="", v=["blame", "dismissal"]),
    dict(p=MT, s="options", t="the second one was the engineer's van breaking down so that's not really on us. I can still knock the installation fee off for you though", m="O", v=["blame"], n="blame first; the offer after it stands"),

    # ---------------------------------------------------------------- policy walls in other words
    dict(p=BE, s="heard", t="refunds only go out with the monthly billing run, I can't just push one through whenever", m="", v=["policy"]),
    dict(p=LE, s="heard", t="we can't open a trace till it's been five working days, that's just how it's set up", m="", v=["policy"]),
    dict(p=EE, s="heard", t="Anything to do with the contract has to come in by email to our legal team. I'm not allowed to get into it on the phone.", m="", v=["policy"], n="'has to come in by email' is the 'put it in writing' wall"),
    dict(p=VC, s="heard", t="I hear you sir, but compliance checks are the same for everybody and my hands are tied on that", m="", v=["policy"], n="'but' leads into the wall: no acknowledgement"),
    dict(p=FT, s="options", t="I'm sorry, we only do a replacement after the third failed repair, that's the way it's written", m="", v=["policy"], n="'sorry' apologises for the refusal: not empathy"),
    dict(p=MT, s="heard", t="I'm really sorry Bernadette. um the screen won't actually let me add a credit till the install's been completed", m="E", v=["policy"], n="sincere apology, then the wall with no 'but': both stand"),
    dict(p=BE, s="heard", t="it's a thirty day turnaround on refunds I'm afraid, there's no getting round that", m="", v=["policy"]),
    dict(p=VC, s="commitment", t="I've put the fee reversal through, it'll show tomorrow. the faster transfers, you'd have to request those in a letter to your branch", m="OC", v=["policy"]),
    dict(p=None, s="heard", t="look if it's not on the form it can't go anywhere, it's not me being awkward it's just the procedure", m="", v=["policy"]),

    # ---------------------------------------------------------------- doubt
    dict(p=MT, s="vent", t="hmm it's showing on here the engineer did attend though", m="", v=["doubt"]),
    dict(p=LE, s="heard", t="overnight stuff hardly ever goes astray, so I'd be surprised if it's actually lost lost", m="", v=["doubt"]),
    dict(p=VC, s="heard", t="Two days? That doesn't sound right. Ours normally land the same afternoon.", m="", v=["doubt"]),
    dict(p=FT, s="heard", t="and you've definitely been using the right powder in it?", m="", v=["doubt"], n="rhetorical, doubting question: not a real question"),
    dict(p=BE, s="heard", t="I understand. I just can't see a second payment anywhere on my side, could it be a pending one rather than an actual charge", m="A", v=["doubt"], n="bare sincere 'I understand' with no contrastive connective stands beside the doubt"),
    dict(p=EE, s="heard", t="three outages? I've got march flagged, I'm not seeing the other two anywhere", m="", v=["doubt"]),
    dict(p=LE, s="heard", t="most of the time it's sat with a neighbour to be honest, have you tried next door", m="", v=["doubt"], n="insinuating question, like the original 'sometimes they knock and you don't hear it': no question mark"),
    dict(p=FT, s="heard", t="I'm sorry it's been such a saga. that model's got about the best record of anything we sell, so it's strange it's gone twice", m="E", v=["doubt"]),
    dict(p=MT, s="heard", t="right so the engineer never showed, twice, and you took both days off. um have you had any trouble with your phone at all? cause they're saying they rang", m="A", v=["doubt"], n="the restatement stands; the phone question insinuates the customer missed the call, so it is doubt, not a real question"),

    # ---------------------------------------------------------------- correcting
    dict(p=VC, s="heard", t="just so you know for next time sir, anything that size gets looked at by compliance so it's worth leaving a couple of days", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="the cancellation only kicks in at the end of the billing month, that's why the charge still came out", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="The uptime figure's worked out over the whole year though, so one bad week doesn't breach it on its own.", m="", v=["correcting"]),
    dict(p=MT, s="heard", t="I'm sorry, though you did go for the all-day slot when you rebooked the second one", m="", v=["correcting"], n="'though' leads straight into the correction: the apology is cancelled"),
    dict(p=FT, s="heard", t="the booklet does say not to run it on quick wash all the time, it's hard on the pump", m="", v=["correcting"]),
    dict(p=LE, s="heard", t="so for next time, overnight means overnight from the depot, not from when we pick it up off you", m="", v=["correcting"]),
    dict(p=None, s="heard", t="to be fair you could of rang us the first day it happened", m="", v=["correcting"]),
    dict(p=MT, s="heard", t="the booking log shows you picked the all day slot yourself, nine forty on the sixth", m="", v=["accusation", "correcting"], n="README rule 10: insisting on the customer's error through records"),

    # ---------------------------------------------------------------- accusation
    dict(p=EE, s="heard", t="so what you're putting to me is that we covered it up", m="", v=["accusation"]),
    dict(p=FT, s="heard", t="okay I'll note down your version of events", m="", v=["accusation"]),
    dict(p=VC, s="heard", t="Just so it's on file, your position is that the instruction went in before noon.", m="", v=["accusation"]),
    dict(p=BE, s="heard", t="can you prove you'd cancelled before it went out?", m="", v=["accusation"], n="demand for proof: hostile, not a real question"),
    dict(p=MT, s="vent", t="I'm sorry. so what you're telling me, and I'm taking this down word for word, is that the engineer never knocked", m="E", v=["accusation"]),
    dict(p=VC, s="heard", t="you're basically saying the bank was negligent, and that's quite a thing to put on us", m="", v=["accusation"]),
    dict(p=EE, s="heard", t="you're saying we did it on purpose? that's a big thing to lay at our door", m="", v=["accusation"], n="court-room question, not a real one"),

    # ---------------------------------------------------------------- calm_down without the stock words
    dict(p=None, s="vent", t="whoa whoa, okay, deep breaths", m="", v=["calm_down"]),
    dict(p=LE, s="vent", t="can you bring it down a notch please mate", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="Sir, if we could keep this civil, please.", m="", v=["calm_down"]),
    dict(p=BE, s="heard", t="getting yourself worked up isn't going to get the money back any quicker Margaret", m="", v=["calm_down"]),
    dict(p=EE, s="heard", t="I understand you're upset, but I need you to take the heat out of this a little", m="", v=["calm_down"], n="'but' leads into the fault: no acknowledgement or empathy"),
    dict(p=MT, s="heard", t="I'm sorry about the engineer, I am. can we just take it down a bit though", m="", v=["calm_down"], n="the contrastive 'though' turns the apology into a request to tone it down: cancelled"),
    dict(p=None, s="heard", t="are you gonna let me get a word in or just keep going", m="", v=["calm_down", "insult"], n="rhetorical: not a question"),
    dict(p=LE, s="vent", t="okay mate, breathe, and pop your tracking number over", m="Q", v=["calm_down", "premature_details"]),
    dict(p=VC, s="vent", t="take the tone down please, or I'll have to end the call", m="", v=["calm_down", "threat_back"]),

    # ---------------------------------------------------------------- insult
    dict(p=MT, s="heard", t="it's broadband, it's not open heart surgery", m="", v=["insult", "dismissal"], n="sarcasm that also shrinks the problem"),
    dict(p=LE, s="heard", t="right, are we done with the speech now", m="", v=["insult"]),
    dict(p=BE, s="heard", t="sorry, I'm struggling to keep up, you've said the same thing three times", m="", v=["insult"], n="'sorry' as a politeness marker before a jab"),
    dict(p=EE, s="heard", t="wow. someone's having a day", m="", v=["insult"]),
    dict(p=VC, s="heard", t="With the greatest respect, sir, the bank doesn't revolve around your completion.", m="", v=["insult"]),
    dict(p=BE, s="options", t="cheers for the grammar lesson. anyway I'll put both charges back on your card today", m="OC", v=["insult"], n="sarcastic thanks: no gratitude; the refund with 'today' stands"),
    dict(p=None, s="heard", t="sorry you're in such a mood about it", m="", v=["non_apology", "insult"]),

    # ---------------------------------------------------------------- threat_back
    dict(p=EE, s="heard", t="go ahead and cancel then, the exit terms are in section nine", m="", v=["threat_back"]),
    dict(p=VC, s="heard", t="There's plenty of other banks, sir. Nobody's keeping you here.", m="", v=["threat_back"]),
    dict(p=LE, s="heard", t="one more word like that and this call's over", m="", v=["threat_back"]),
    dict(p=BE, s="heard", t="go on then ring the ombudsman, they'll tell you exactly what I'm telling you", m="", v=["threat_back"]),
    dict(p=FT, s="heard", t="I'll be putting a note on your file about the way you've spoken to me today", m="", v=["threat_back"]),
    dict(p=MT, s="heard", t="keep that up and you're going straight back in the queue", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="you do know these calls are recorded yeah", m="", v=["threat_back"], n="veiled warning, not a real question"),
    dict(p=EE, s="heard", t="I'm really sorry about the outages. If you'd rather go down the legal route, our lawyers will happily pick it up from there.", m="E", v=["threat_back"], n="apology first with no 'but': it stands"),

    # ---------------------------------------------------------------- non_apology
    dict(p=VC, s="heard", t="well I'm sorry if the service wasn't quite up to your standards", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="apologies for any bother it might have caused", m="", v=["non_apology"]),
    dict(p=LE, s="heard", t="sorry you've ended up so stressed over it", m="", v=["non_apology"], n="README rule 7: sorry for the customer's state, not for the event"),
    dict(p=MT, s="heard", t="sorry it came across like we didn't care", m="", v=["non_apology"]),
    dict(p=EE, s="heard", t="We regret that you've been unhappy with uptime this quarter.", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="sorry if that's not the answer you were hoping for", m="", v=["non_apology"]),
    dict(p=BE, s="commitment", t="sorry if there's been a mix up. both charges'll be back in your account by friday", m="OC", v=["non_apology"]),
    dict(p=None, s="close", t="sorry if we've upset you at all. is there anything else?", m="Q", v=["non_apology"], n="ending check: question, not asks_input"),

    # ---------------------------------------------------------------- dismissal
    dict(p=LE, s="heard", t="parcels go walkabout sometimes, it'll probably turn up in a day or two", m="", v=["dismissal"]),
    dict(p=EE, s="heard", t="every platform has the odd wobble, three a quarter isn't really out of the ordinary", m="", v=["dismissal"]),
    dict(p=VC, s="heard", t="that'd be payments you want, I don't really deal with transfers", m="", v=["dismissal"]),
    dict(p=MT, s="heard", t="I'm sorry, that's the install side, I can't really touch any of that from here", m="", v=["dismissal"], n="'sorry' goes with ducking it: not empathy"),
    dict(p=FT, s="heard", t="washing machines do go wrong, it's kind of the nature of the beast", m="", v=["dismissal"]),
    dict(p=BE, s="heard", t="it's only a few quid, it'll come back to you eventually", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="is that it? that's the whole problem?", m="", v=["dismissal", "insult"], n="sneering rhetorical questions: not questions"),
    dict(p=VC, s="heard", t="so the transfer was two days late, I get it. these things do happen with big sums though", m="", v=["dismissal"], n="'though' leads into brushing it off: the acknowledgement is cancelled"),
    dict(p=None, s="heard", t="look, I'm one person on a phone, I can't fix the whole company for you", m="", v=["dismissal"]),

    # ---------------------------------------------------------------- over_promise
    dict(p=LE, s="options", t="I'll cover the parts and whatever you lose on the restaurant job, no arguments", m="O", v=["over_promise"]),
    dict(p=EE, s="options", t="leave it with me, I'll get you released from the contract with no penalty", m="O", v=["over_promise"]),
    dict(p=VC, s="options", t="I'll reverse the fees and we'll cover whatever extra the sellers charged you for the delay", m="O", v=["over_promise"]),
    dict(p=FT, s="options", t="tell you what, we'll swap it for the newer model, the one with the steam thing, on us", m="O", v=["over_promise"]),
    dict(p=MT, s="options", t="I'll refund the whole installation and stick three months free on the account", m="O", v=["over_promise"]),
    dict(p=BE, s="heard", t="I'll refund the lot and get your bank to take the overdraft off your record as well, promise", m="O", v=["over_promise"], n="promising what the bank will do is beyond what may be offered"),
    dict(p=None, s="commitment", t="You have my word, this is the last time anything goes wrong for you.", m="", v=["over_promise"], n="bare guarantee: no remedy, no time"),
    dict(p=LE, s="commitment", t="the replacement'll be at the restaurant by four, you can bank on that", m="OC", v=["over_promise"], n="same-day replacement is allowed, but the delivery time is the courier's to promise"),
    dict(p=EE, s="options", t="what if I promise you won't have a single outage for the rest of the contract, would that keep you with us?", m="IQ", v=["over_promise"], n="proposal checked for acceptance: asks_input; a guarantee is not a remedy"),

    # ---------------------------------------------------------------- premature_details (vent)
    dict(p=MT, s="vent", t="mm-hm, and what's the postcode for the install", m="Q", v=["premature_details"]),
    dict(p=LE, s="vent", t="okay and your consignment reference, have you got that handy", m="Q", v=["premature_details"]),
    dict(p=VC, s="vent", t="Sorry to jump in, sir, what are the last four digits on the account?", m="Q", v=["premature_details"]),
    dict(p=BE, s="vent", t="oh no. what's the email address on the subscription?", m="Q", v=["premature_details"], n="a bare 'oh no' is not empathy"),
    dict(p=EE, s="vent", t="right, which site's this, and can I take your client ID", m="Q", v=["premature_details"]),
    dict(p=FT, s="vent", t="I'm so sorry, can you read me the serial number off the back of it", m="EQ", v=["premature_details"]),
    dict(p=None, s="vent", t="before you go on could I grab your full name and the first line of your address", m="Q", v=["premature_details"]),
    dict(p=FT, s="vent", t="uh-huh, and have you got the receipt or the order number there", m="Q", v=["premature_details"]),

    # ---------------------------------------------------------------- hard negatives: fault words, no fault
    dict(p=BE, s="options", t="and the overdraft fee your bank charged you, I'll pay that back to you as well", m="O", n="names the bank, blames nobody"),
    dict(p=LE, s="heard", t="you paid for overnight and it never came. I'm not going to blame the courier, they work for us, so that's on us", m="A"),
    dict(p=MT, s="heard", t="honestly no booking system should have you taking two days off for nothing", m="AE", n="says back the days off and validates, like 'shouldn't have to chase us'"),
    dict(p=None, s="vent", t="take your time, I'm not going anywhere", m="", n="letting them vent; not calm_down"),
    dict(p=None, s="heard", t="please don't apologise for being upset, you've every right to be", m="E"),
    dict(p=BE, s="heard", t="I believe you. you were told last week it was sorted and it wasn't", m="A"),
    dict(p=FT, s="heard", t="are you alright? that sounds like a nightmare of a week", m="EQ"),
    dict(p=BE, s="heard", t="can I take your account number now, so I can get the refund started", m="Q", n="detail request after venting: not premature"),
    dict(p=MT, s="heard", t="to be honest with you, you've been stood up twice and that's the long and short of it", m="A"),
    dict(p=EE, s="options", t="The honest answer is I can't let you out of the contract. What I can do is the SLA credit and a named account manager. Would that be a start?", m="OIQ", n="honest obstacle, not a wall"),
    dict(p=None, s="heard", t="I'm not going to ask you to cool off, you've got every right to be this angry", m="E"),
    dict(p=VC, s="heard", t="You're not being unreasonable, sir. Not in the slightest.", m="E"),
    dict(p=MT, s="heard", t="none of this is on you. you booked it, you waited in, we're the ones who didn't show", m="A"),
    dict(p=LE, s="heard", t="was there a deadline on it, like was the restaurant opening that night or something?", m="Q"),
    dict(p=None, s="options", t="what would you like to come out of this call? I'll tell you straight whether I can do it", m="IQ"),
    dict(p=None, s="vent", t="sorry, I missed that last bit, could you say it again?", m="Q", n="asks them to go on with their account; not a details request"),
    dict(p=VC, s="heard", t="the records back you up completely, it left us two days after you sent it", m="A", n="records used to agree with the customer: no doubt, no accusation"),
    dict(p=MT, s="heard", t="it says here eight till twelve both times, so you're absolutely right", m="A", n="'it says here' confirming the customer"),
    dict(p=BE, s="heard", t="you don't have to prove anything to me, I can see both payments right here", m="A"),
    dict(p=LE, s="heard", t="I can hear you're really angry, and you've got good reason to be", m="AE", n="README rule 1"),
    dict(p=EE, s="heard", t="three outages in one quarter isn't a blip, it's a pattern, and you're right to push us on it", m="A"),
    dict(p=LE, s="commitment", t="I'm staying on this till it's sorted, and I'll ring you at three with whatever the trace says", m="C"),
    dict(p=None, s="heard", t="thank you for not hanging up on me honestly", m="G"),
    dict(p=FT, s="heard", t="if it were me I'd be ringing the local paper by now, no joke", m="E"),
    dict(p=EE, s="heard", t="if you do decide to take it further, that's completely your right, I won't try and talk you out of it", m="", n="respects the customer's right; not a dare"),
    dict(p=EE, s="commitment", t="I won't promise it'll never happen again, but the root-cause report will tell you exactly why it did, and you'll have it by the fifteenth", m="OC", n="refuses to over-promise; 'but' leads into help"),
    dict(p=LE, s="options", t="I can't promise when the courier'll get there, but I'll book the same-day one now at our cost and ring you the minute it's collected", m="OC"),
    dict(p=VC, s="options", t="That's not something I'm able to sign off, being straight with you. I can reverse the fee today though, and get you a direct line to a senior banker. Shall I?", m="OIQ", n="README rule 11: honest obstacle then an offer"),
    dict(p=None, s="heard", t="you don't need to write in or anything, I'll log the whole complaint myself right now", m="C", n="the opposite of a writing wall; logging is a step, not a remedy"),
    dict(p=FT, s="commitment", t="what's the best number to get you on this afternoon?", m="Q"),
    dict(p=BE, s="options", t="can you give me the last four of the card so it goes back on the right one?", m="Q"),
    dict(p=BE, s="heard", t="the chat team told you it was fixed and it wasn't. that's us, not you", m="A"),
    dict(p=FT, s="heard", t="I'm not sure I've got this right, was it after the second repair that nobody rang you?", m="AQ", n="check-back on a key fact; 'not sure' is about the agent's notes, not doubt"),
    dict(p=BE, s="heard", t="just so I'm not missing anything, has the bank charged you anything else on top?", m="Q"),
    dict(p=LE, s="options", t="I need to correct something I said earlier, it's the whole express fee coming back to you, not half", m="O", n="correcting oneself, not the customer"),
    dict(p=LE, s="commitment", t="you were right and I was wrong earlier, there wasn't a trace open. I'm opening one now", m="AOC"),
    dict(p=EE, s="close", t="thank you for not letting this drop, genuinely. it's the only way we get better", m="G"),
    dict(p=None, s="heard", t="sorry, one sec, my screen's frozen, bear with me", m="", n="a hold, not a wall; 'sorry' as politeness"),
    dict(p=EE, s="heard", t="I'm sorry we made you feel you had to go to our CEO just to be heard", m="E", n="'sorry we made you feel' owns it: not 'sorry you feel'"),
    dict(p=None, s="vent", t="don't worry about any numbers for now, just tell me what happened", m="", n="puts details off and lets them vent; like the original 'take your time, tell me everything', not marked as a question"),
    dict(p=BE, s="heard", t="I'm not going to hide behind the small print, you were charged twice after you'd cancelled and that's wrong", m="A"),
    dict(p=LE, s="options", t="would you like me to stay on the line while I ring the depot?", m="IQ"),
    dict(p=FT, s="heard", t="that's mad, honestly, I'd have lost it by now", m="E"),
    dict(p=VC, s="heard", t="you're not being dramatic at all, a deal that size almost falling through is huge", m="AE"),
    dict(p=MT, s="heard", t="I won't pretend that's normal, nobody turning up twice and not even a phone call", m="A"),
    dict(p=BE, s="commitment", t="I'll make sure the subscription's properly closed, and you'll have that in writing by email today", m="OC"),
    dict(p=MT, s="vent", t="okay. okay.", m=""),
    dict(p=FT, s="vent", t="go on, I'm listening", m="", n="lets them vent; not an acknowledgement of anything yet"),
    dict(p=VC, s="close", t="you've every right to ask for my manager, and if you still want that after today I'll have her call you by four", m="C"),
    dict(p=FT, s="heard", t="I'm not going to argue with you there, you're right, that callback should of happened on monday", m="A"),
    dict(p=FT, s="heard", t="can I just check, is it leaking right now or is it safe to leave for the minute?", m="Q"),
    dict(p=MT, s="heard", t="before I ask you a single thing, I'm sorry. that's two mornings you're never getting back", m="AE"),
    dict(p=EE, s="vent", t="and what happened after the first one, did anyone from us actually get in touch?", m="Q", n="invites more of the story; not a details request"),
    dict(p=None, s="heard", t="I'm sorry it took three calls to get anyone to listen", m="E"),
    dict(p=VC, s="heard", t="for what it's worth, I'd be asking some serious questions of us too if I were you", m="E"),
    dict(p=LE, s="heard", t="is your customer even speaking to you? I'd be worried sick in your shoes", m="EQ"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "h", Path(__file__).with_name("replies_extra16.jsonl"))
