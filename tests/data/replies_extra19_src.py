"""Source of `replies_extra19.jsonl`: a nineteenth batch of hand-written trainee replies (tune split only).

Written one at a time by someone who had read only the tune part of `replies.jsonl` (for style and
labelling habits), the label definitions in tests/data/README.md and the persona files; not the
held-back part of `replies.jsonl`, and not the judge's code. It imitates the original author's style
and labelling habits and concentrates on acknowledgement (saying the complaint back in full, one
point of it, inside empathy, in passing inside an offer or a commitment, admissions of fault, short
forms) and on empathy in everyday words rather than the textbook phrases, mixed with options and
commitments as whole replies are. About forty hard negatives sit beside them: questions about what
happened, case information read off the screen, offers that name the problem, "sorry" as politeness
or for a refusal, the agent's own feelings, sarcasm, negated forms and brushed-off acknowledgements.
Whisper-style text (lowercase, fillers, false starts, the odd mis-hearing) mixed with properly
punctuated lines. Nothing is generated from a template. Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra19.jsonl` next to it (ids d0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- saying it all back
    dict(p=MT, s="heard", t="so let me get this straight, you booked the eight to twelve, took the day off, nobody turned up, nobody rang, and then the exact same thing happened the second time", m="A"),
    dict(p=BE, s="heard", t="right so you'd cancelled, we took the payment twice anyway, that's tipped you overdrawn, and then chat told you it was all sorted when it wasn't", m="A"),
    dict(p=EE, s="heard", t="Three outages this quarter, every one of them outside the SLA, your warehouses standing still, and in the end you had to write to our chief executive just to get someone's attention.", m="A"),
    dict(p=VC, s="heard", t="so the funds landed two days after they should have, the purchase was hanging by a thread, and the first you knew about any of it was the seller's solicitor ringing you", m="A"),
    dict(p=FT, s="heard", t="ok so a seven month old machine, repaired, broke, repaired again, broke again, and the supervisor who was meant to ring you on monday never did", m="A"),
    dict(p=LE, s="heard", t="So you paid for next day, it hasn't turned up, the tracking's said nothing since we collected it, and you've got a restaurant on your back.", m="A"),

    # ---------------------------------------------------------------- one point said back
    dict(p=FT, s="heard", t="and nobody rang you back on monday like they said they would", m="A"),
    dict(p=BE, s="heard", t="you'd already cancelled it. you did everything you were meant to do", m="A", n="says back that she had cancelled; validates what she did, not a feeling"),
    dict(p=MT, s="heard", t="the whole morning, eight till twelve, and not so much as a text from us", m="A"),
    dict(p=VC, s="heard", t="You heard it from the other side's solicitor before you heard it from us.", m="A"),
    dict(p=EE, s="heard", t="um so that's three now this quarter", m="A"),
    dict(p=LE, s="heard", t="and it was for a restaurant job so now they're blaming you for it", m="A"),

    # ---------------------------------------------------------------- said back inside empathy
    dict(p=MT, s="heard", t="I'd be climbing the walls, losing two days pay waiting on someone who never showed", m="AE"),
    dict(p=BE, s="heard", t="oh that's horrid, opening your statement and finding the bank's charged you because of our mistake", m="AE"),
    dict(p=FT, s="heard", t="two weeks with no washer and a house full of washing, I'd be tearing my hair out", m="AE"),
    dict(p=VC, s="heard", t="That's a horrible position to be put in, sitting there with the sellers ready to walk and not a word from your own bank.", m="AE"),
    dict(p=EE, s="heard", t="honestly if my floor had stood still for six hours I'd have been straight on to the CEO as well", m="AE"),
    dict(p=LE, s="heard", t="ugh that's the worst, when it's your name on the line with your customer and it's not even your fault", m="AE"),
    dict(p=VC, s="heard", t="that must have been an awful shock, hearing it from the solicitor like that", m="AE"),
    dict(p=BE, s="heard", t="what a horrible thing to open your statement to, two lots of the same charge", m="AE"),
    dict(p=MT, s="heard", t="ugh sat there all morning for nothing, twice, I'd be raging", m="AE"),
    dict(p=FT, s="heard", t="seven months old and it's packed in twice, I'd be furious too. what are you doing for washing at the minute?", m="AEQ"),
    dict(p=MT, s="heard", t="yeah no I- I totally get why you're cross, you took two days off for us", m="AE", n="'get why you're cross' = 'I can see why you're upset': both"),
    dict(p=VC, s="heard", t="uh no I can- I can see why you'd be livid sir, the seller's solicitor told you before we did", m="AE"),
    dict(p=BE, s="heard", t="your right to be annoyed honestly, we should of stopped it the minute you cancelled", m="AE", n="'your' / 'should of' mis-hearings"),
    dict(p=None, s="heard", t="forty minutes on hold just to get through, that's awful, I'm sorry", m="AE"),

    # ---------------------------------------------------------------- admissions
    dict(p=FT, s="heard", t="we dropped the ball on that callback, plain and simple", m="A", n="admission of fault: acknowledgement"),
    dict(p=EE, s="heard", t="That's on us. No excuses.", m="A"),
    dict(p=BE, s="heard", t="we messed up, twice over by the sound of it", m="A"),
    dict(p=MT, s="heard", t="no you're right, we should've called you, both times", m="A"),
    dict(p=VC, s="heard", t="Frankly, we let you down, and you shouldn't have had to find out the way you did.", m="A", n="admission plus the way he found out; no feeling named, no apology"),
    dict(p=None, s="heard", t="yeah that should never have happened full stop", m="A"),
    dict(p=LE, s="heard", t="we had one job, get it there overnight, and we didn't", m="A"),
    dict(p=None, s=None, t="that's not how it should've gone at all, and I'm sorry", m="AE"),

    # ---------------------------------------------------------------- short forms
    dict(p=None, s="vent", t="I hear ya", m="A", n="bare 'I hear you' variant, sincere"),
    dict(p=None, s="heard", t="totally get it", m="A"),
    dict(p=FT, s="heard", t="no that's fair. you've had it up to here with us and I don't blame you", m="AE", n="'that's fair' concedes the complaint; 'had it up to here' + 'don't blame you' validates the feeling"),
    dict(p=None, s="heard", t="yep, you're dead right", m="A"),
    dict(p=MT, s="heard", t="point taken, the window's no use to anyone if nobody turns up in it", m="A"),

    # ---------------------------------------------------------------- empathy in everyday words
    dict(p=None, s="heard", t="oh gosh, what a nightmare", m="E"),
    dict(p=MT, s="vent", t="oh no. oh that's rotten", m="E", n="sincere sympathy while letting her vent"),
    dict(p=LE, s="heard", t="that's gutting, honestly", m="E"),
    dict(p=VC, s="heard", t="I'd have been beside myself, Mr Fairclough.", m="E"),
    dict(p=BE, s="heard", t="oh bless you, that's the last thing you need on a pension", m="E", n="pension is her circumstance, not the complaint said back"),
    dict(p=FT, s="heard", t="you must be sick to the back teeth of us by now", m="E"),
    dict(p=EE, s="heard", t="no wonder you've lost patience with us", m="E"),
    dict(p=None, s="heard", t="oof. yeah I'd be spitting feathers", m="E"),
    dict(p=VC, s="heard", t="That sounds like an absolutely hair-raising couple of days.", m="E"),
    dict(p=None, s="heard", t="you poor thing, that's such a worry", m="E"),
    dict(p=LE, s="heard", t="that's a horrible feeling, being the one who has to make that call", m="E"),
    dict(p=None, s="heard", t="ah man that's rough, I'm gutted for you", m="E"),
    dict(p=MT, s="heard", t="that'd drive me up the wall", m="E"),
    dict(p=EE, s="heard", t="I can't blame you for being livid", m="E", n="'can't blame you' is sympathy, not a negation"),
    dict(p=FT, s="heard", t="I'd have lost my rag by now to be honest", m="E"),
    dict(p=None, s=None, t="ugh, what a palaver. okay, let's get it sorted", m="E", n="no concrete step"),
    dict(p=EE, s="heard", t="like I said I can only imagine what the last few days have been like for your team", m="E"),
    dict(p=None, s="heard", t="that sounds properly stressful, I'm sorry", m="E"),
    dict(p=FT, s="vent", t="oh god that's awful, go on", m="E"),
    dict(p=EE, s="vent", t="mm. that's really bad", m="E", n="sincere reaction while she vents"),

    # ---------------------------------------------------------------- apologies in other words
    dict(p=FT, s="heard", t="I owe you a proper apology for monday", m="E"),
    dict(p=MT, s="heard", t="I'm ever so sorry, two days off for nothing", m="AE"),
    dict(p=EE, s="heard", t="I apologise, properly, for the third outage and for the silence after it", m="AE"),
    dict(p=None, s="heard", t="really really sorry about all this", m="E"),
    dict(p=LE, s="heard", t="apologies, truly, that's not the service you paid for", m="AE", n="admits the express he paid for was not delivered"),
    dict(p=VC, s="heard", t="My sincere apologies, sir. Nobody should be finding out about their own money from the other side's lawyer.", m="AE"),

    # ---------------------------------------------------------------- whole replies: empathy / ack with options
    dict(p=MT, s="options", t="honestly I'd be fuming, two mornings gone. what I can do is knock off the installation fee, pop a month's credit on your account and get you the first slot at eight. how does that sound", m="AEOIQ"),
    dict(p=LE, s="options", t="I'm gutted for you, with the restaurant chasing you and all. look, express fee back, trace opened, and I can have a courier take replacement parts straight there today at our cost. want me to get going on that?", m="AEOIQ", n="'I can ... today' inside a proposal: offer, not commitment"),
    dict(p=EE, s="options", t="You've every right to be angry about a third breach. I'd like to put the SLA credit for the quarter on your account and give you one named account manager from now on. Would that be a fair start?", m="AEOIQ"),
    dict(p=VC, s="options", t="I'm so sorry the purchase nearly slipped away from you. I can reverse the transfer fees and give you a direct line to a senior banker from now on, if that would help?", m="AEOIQ"),
    dict(p=FT, s="options", t="honestly you shouldn't have been left chasing us for a callback. I can either get you a brand new one, same model, with two extra years on the warranty, or send our most senior engineer out this week with a loan machine. up to you which", m="AOI", n="imperative invitation 'up to you which': asks_input without a question"),
    dict(p=BE, s="options", t="you shouldn't be out of pocket for our mistake. I can put both payments back and cover what the bank charged you. would you like me to do that now?", m="AOIQ", n="admission; 'now' inside a proposal is an offer"),
    dict(p=EE, s="options", t="look I'd be eyeing up the exit too if I were you. what I can offer is the service credit for this quarter and a root cause report in writing by the end of the month. is that something you could take to your board", m="EOIQ", n="date inside an offer: not a commitment"),
    dict(p=None, s="options", t="I'm really sorry it's taken three calls to get here. I can refund it today or send another one out, which would you rather", m="AEOIQ"),
    dict(p=VC, s="options", t="You've been with us a long time and we very nearly cost you a house. I'd like to set up expedited same-day transfers on your accounts so you're never left waiting like that again. Would you like me to do that?", m="AOIQ", n="says back the near-lost purchase as an admission; no guarantee of results, only the allowed remedy"),
    dict(p=BE, s="options", t="since chat told you it was fixed and it wasn't, I'll put it right myself. I can refund both charges and the bank fee and send you a letter confirming it's cancelled. shall I go ahead?", m="AOIQ"),
    dict(p=LE, s="options", t="you paid for overnight and got nothing so the least I can do is give you the express fee back. I can open a trace as well, would that help", m="AOIQ"),
    dict(p=LE, s="options", t="right, with your customer waiting, the quickest thing I can do is get a replacement out same day by courier, on us. shall I book that?", m="AOIQ", n="acknowledgement in passing"),
    dict(p=MT, s="options", t="since you've already lost two days off work I don't want you losing a third, so I can put you in at eight o'clock, first job, would monday be okay", m="AOIQ"),
    dict(p=FT, s="options", t="uh I could get the senior engineer to you thursday with a loan machine so you're not traipsing to the laundrette again. does that sound okay?", m="OIQ", n="day inside an offer; the laundrette is impact, not the complaint said back"),

    # ---------------------------------------------------------------- whole replies: with commitments
    dict(p=BE, s="commitment", t="so that's both of the charges that shouldn't have gone out coming back to you today, and the overdraft fee with them", m="AOC", n="says back the double charge in passing"),
    dict(p=VC, s="commitment", t="Given how close the completion came to falling through, I've set up expedited same-day transfers on both your accounts, and the fee reversal goes through this afternoon.", m="AOC"),
    dict(p=BE, s="commitment", t="I'm mortified this has happened to you. both charges go back on your card today, and I'll write to you by friday confirming the subscription's closed", m="EOC"),
    dict(p=EE, s="commitment", t="I know nobody's given you a straight answer all quarter, so here's exactly what's happening. your account manager's tom, he'll ring you tomorrow before ten, and you'll have the root cause report by the twelfth", m="AOC"),
    dict(p=FT, s="commitment", t="I'm really sorry nobody rang you. I've booked our senior engineer for thursday morning with a loan machine, and I'll call you myself wednesday afternoon to confirm", m="AEOC"),
    dict(p=LE, s="commitment", t="the courier's booked for one o'clock to collect the new parts and I'll ring you the second they're dropped at the restaurant. I know they've been on at you all morning", m="AOC"),
    dict(p=None, s="commitment", t="you've been messed about enough and I'm sorry. I'll ring you back by half four with an answer either way", m="EC", n="'messed about' is general, nothing specific said back; callback only: commitment, not options"),
    dict(p=MT, s="commitment", t="that's two days off you'll never get back, I know. the fee's been waived as of now and the credit'll be on your next bill", m="AOC"),
    dict(p=VC, s="commitment", t="I can see exactly why you're angry, sir. Your direct line to Helen, your new senior banker, will be in your inbox within the hour.", m="AEOC"),
    dict(p=MT, s="close", t="right you're all set, eight o'clock tuesday, first on his list. and honestly sorry again for the mess with the last two", m="EOC"),
    dict(p=VC, s="close", t="Thank you for sticking with us after such an awful week, sir. The fees are reversed and your new banker will call you at nine tomorrow.", m="OCG", n="'after such an awful week' rides on the thanks, like 'after all this'"),
    dict(p=LE, s="close", t="thanks for bearing with me marcus, and I'm sorry again that your customer got caught up in it", m="AEG"),
    dict(p=BE, s="close", t="thank you for being so patient with me today, and I really am sorry about the overdraft", m="EG"),
    dict(p=EE, s="close", t="I appreciate you giving us the chance to put this right after three outages", m="AG"),

    # ---------------------------------------------------------------- hard negatives: questions about what happened
    dict(p=MT, s="heard", t="what time did you get the text confirming the slot?", m="Q"),
    dict(p=LE, s="heard", t="was it just the compressor in the box or the board as well", m="Q"),
    dict(p=FT, s="heard", t="when did it first start leaking", m="Q"),
    dict(p=EE, s="heard", t="How long were the warehouses down for on the last one?", m="Q"),
    dict(p=BE, s="heard", t="so when you cancelled was that online or did you ring up", m="Q", n="detail question that starts like a restatement"),
    dict(p=None, s="heard", t="and what happened after that?", m="Q"),
    dict(p=LE, s="heard", t="how did your client take it when you told them", m="Q", n="names the client but only asks"),
    dict(p=BE, s="heard", t="how much did the bank charge you for going overdrawn?", m="Q", n="heard stage: not premature details"),
    dict(p=FT, s="heard", t="and did they give you a name for the supervisor who was meant to ring", m="Q"),
    dict(p=VC, s="heard", t="do you know which bank it went through on the way, was it the correspondent in frankfurt", m="Q"),

    # ---------------------------------------------------------------- hard negatives: case information
    dict(p=LE, s="heard", t="it was collected at twenty to six on monday evening, that's the last scan I've got", m=""),
    dict(p=FT, s="heard", t="I've got the two repair jobs up on screen here, march and may", m=""),
    dict(p=BE, s="heard", t="I can see the cancellation went through on the fourth", m="", n="case information read off the screen, not the complaint said back"),
    dict(p=EE, s="heard", t="the incident ticket for the last one's still open with the network team", m=""),
    dict(p=MT, s="heard", t="the system's got you down for the eight to twelve slot on both days", m=""),
    dict(p=VC, s="heard", t="The payment left us on the Tuesday and cleared on Thursday morning.", m=""),

    # ---------------------------------------------------------------- hard negatives: offers naming the problem
    dict(p=LE, s="options", t="I can refund the express fee on that parcel", m="O"),
    dict(p=BE, s="options", t="I'll refund the double charge", m="O", n="no time: not a commitment"),
    dict(p=MT, s="options", t="I can waive the fee for the missed appointments and book you in first thing", m="O"),
    dict(p=FT, s="options", t="do you want the replacement for the broken one or the engineer visit", m="OIQ"),
    dict(p=EE, s="options", t="I can put the SLA credit through for the outage", m="O"),

    # ---------------------------------------------------------------- hard negatives: politeness sorry
    dict(p=None, s="heard", t="sorry, can you spell the surname for me", m="Q"),
    dict(p=VC, s="heard", t="Sorry, the line cut out there. Could you say the last bit again?", m="Q", n="politeness sorry; asking him to repeat what happened is a real request"),
    dict(p=BE, s="options", t="sorry which card was it taken from", m="Q"),
    dict(p=MT, s="vent", t="sorry, what's the postcode", m="Q", v=["premature_details"]),
    dict(p=LE, s="vent", t="sorry to butt in, have you got the consignment number", m="Q", v=["premature_details"]),

    # ---------------------------------------------------------------- hard negatives: sorry for a refusal
    dict(p=LE, s="options", t="I can't pay for the business you've lost, sorry", m="", n="sorry for a refusal; honest obstacle, not a wall"),
    dict(p=FT, s="options", t="sorry, I can't do you a refund on it", m=""),
    dict(p=VC, s="options", t="I'm afraid I can't waive your account fees for the year, sorry about that.", m=""),
    dict(p=EE, s="options", t="I'm really sorry but releasing you from the contract isn't something I'm able to do", m="", n="'but' into an honest obstacle: no violation, and the sorry is for the refusal"),

    # ---------------------------------------------------------------- hard negatives: the agent's own feelings
    dict(p=None, s="heard", t="honestly I'm having a nightmare of a day myself", m="", n="agent's own feelings"),
    dict(p=MT, s="heard", t="I'm fed up with it too, this scheduling tool is a pain", m="", n="agent's own feelings about the system"),
    dict(p=FT, s="heard", t="it's stressful for us as well when the callbacks get missed", m="", n="agent's own feelings"),

    # ---------------------------------------------------------------- hard negatives: sarcasm
    dict(p=FT, s="heard", t="oh a whole fortnight without a washing machine, how did you survive", m="", v=["insult"], n="sarcasm"),
    dict(p=BE, s="heard", t="well I'm terribly sorry our billing has ruined your life", m="", v=["insult"], n="sarcastic apology"),
    dict(p=VC, s="heard", t="Yes, I'm sure it's been very hard being a millionaire this week.", m="", v=["insult"]),

    # ---------------------------------------------------------------- hard negatives: negated forms
    dict(p=None, s="heard", t="I don't really get why it's such a big deal", m="", v=["dismissal"], n="negated acknowledgement, minimising"),
    dict(p=LE, s="heard", t="I'm not saying it's not annoying", m="", n="negated empathy, nothing else: no mark, no violation"),
    dict(p=MT, s="heard", t="I don't see what the problem is, he's coming tomorrow", m="", v=["dismissal"]),
    dict(p=EE, s="heard", t="I'm not going to pretend I know how you feel", m="", n="negation; not empathy, not a violation"),

    # ---------------------------------------------------------------- hard negatives: brushed-off acknowledgements
    dict(p=FT, s="heard", t="yeah yeah it broke again, I got that, so what do you want", m="", v=["dismissal"], n="dismissive acknowledgement; hostile question"),
    dict(p=LE, s="heard", t="right, parcel's lost, heard you the first time", m="", v=["insult"]),
    dict(p=BE, s="heard", t="okay I get it, you were charged twice, anyway can we move on", m="", v=["dismissal"], n="brushed-off acknowledgement"),
    dict(p=VC, s="heard", t="I hear you, but these delays happen with big transfers", m="", v=["dismissal"], n="'but' into minimising cancels the acknowledgement"),
    dict(p=MT, s="heard", t="I understand you're annoyed but the engineer can't be everywhere at once", m="", v=["dismissal"], n="'but' into an excuse cancels both marks"),
    dict(p=EE, s="vent", t="mm-hm. go on", m=""),
    dict(p=None, s="vent", t="right... right", m=""),

    # ---------------------------------------------------------------- marks beside violations
    dict(p=LE, s="heard", t="I'm so sorry it never turned up. to be fair though the courier's the one who lost it", m="", v=["blame"], n="contrastive 'though' into blame cancels the apology"),
    dict(p=EE, s="heard", t="I get why you went to the CEO. you'll still need to log a ticket through the portal, that's the process", m="A", v=["policy"], n="no contrastive connective: the acknowledgement stands"),
    dict(p=FT, s="heard", t="honestly I'd be livid too. are you sure it was loaded right though?", m="", v=["doubt", "correcting"], n="contrastive 'though' into doubt cancels the empathy; rhetorical question"),
    dict(p=MT, s="options", t="I'm really sorry, two days off is awful. I'll refund the whole installation and pay you back for the wages you lost", m="AEO", v=["over_promise"]),
    dict(p=VC, s="heard", t="I'm sorry it was late. It says here it left our end on time, mind.", m="E", v=["doubt"], n="no 'but': the apology stands"),
    dict(p=None, s="heard", t="sorry, sorry. look I understand, I do, but raising your voice isn't going to get it here any quicker", m="", v=["calm_down"], n="'but' into calm-down cancels the acknowledgement; the sorries are placating"),
    dict(p=EE, s="heard", t="you're right, that's three outages, and I'll make sure there isn't a fourth", m="A", v=["over_promise"], n="bare guarantee: over_promise without options"),
    dict(p=LE, s="vent", t="ugh that's horrible for you. can you read me the consignment number off the receipt", m="EQ", v=["premature_details"]),
    dict(p=BE, s="heard", t="I'm sorry you feel we've been unfair. I'll get both charges refunded today", m="OC", v=["non_apology"]),
    dict(p=FT, s="heard", t="I can see why you're angry, but that's not my department, you want the repairs team", m="", v=["dismissal"], n="'but' into dismissal cancels both marks"),
    dict(p=MT, s="heard", t="two days off, I hear that, but the text did say he might be running late", m="", v=["correcting"]),
]


if __name__ == "__main__":
    write_batch(ITEMS, "d", Path(__file__).with_name("replies_extra19.jsonl"))
