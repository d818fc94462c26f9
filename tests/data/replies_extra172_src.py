"""Source of `replies_extra172.jsonl`: batch 172, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is a plain
cross-section: the same mix of personas, stages, lengths and qualities as the original tune part
(good, mediocre and bad replies, with violations of every kind), leaning slightly towards
experienced, warm trainees whose good replies acknowledge, empathise and offer options in varied,
natural wording: regional phrasing and idiom ("I'd be spitting feathers", "that's shocking, that",
"och, that's pure rotten", "ah no, that's desperate", "you've been given the runaround"),
understatement ("I'd imagine you're not best pleased", "we've not covered ourselves in glory"),
and homely offers ("how does that sit with you?", "would that do you?"). Beside them sit hard
negatives that borrow the same idioms but are not the mark: fillers ("fair enough", "understood"),
minimising sayings ("worse things happen at sea", "parcels do go walkabout"), "keep your hair on",
"more than my job's worth", "sorry for any bother", and warm openers that a "but" or "that said"
turns into a fault. About half are styled like a Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra172.jsonl next to it (ids fq0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="mm. yeah.", m="", n="back-channel while she vents"),
    dict(p=MT, s="vent", t="oh that's rotten, I'm sorry. carry on, I'm all ears", m="E",
         n="sincere sympathy while letting her vent; 'all ears' is a back-channel here, not an invitation"),
    dict(p=MT, s="vent", t="right okay before you go on can you pop your account number over to me", m="Q",
         v=["premature_details"]),
    dict(p=MT, s="heard",
         t="so you've booked two mornings off, sat in from eight till twelve both times, and not so much as a "
           "call. honestly I'd be spitting feathers, I really would", m="AE"),
    dict(p=MT, s="heard",
         t="ah Bernadette that's shocking, that. two days holiday gone and nobody had the decency to ring you. "
           "I'm sorry", m="AE"),
    dict(p=MT, s="heard", t="I'd imagine you're not best pleased with us right now, and fair play, you've every reason",
         m="E", n="understatement still names her feeling and validates it; nothing restated"),
    dict(p=MT, s="heard", t="fair enough. what's the postcode for the installation", m="Q",
         n="'fair enough' is a filler, not acknowledgement; postcode after venting is not premature"),
    dict(p=MT, s="heard",
         t="well in fairness the engineers diary is run by a different team, it's them that should of rung you",
         m="", v=["blame"], n="'should of' mis-hearing"),
    dict(p=MT, s="heard", t="two no-shows? that's not like us at all. you sure it was the right date?", m="",
         v=["doubt"], n="rhetorical doubting question, not a real question"),
    dict(p=MT, s="heard",
         t="I'm really sorry, I can see you're two days down over this. that said, the booking does say the "
           "engineer's time can move", m="", v=["correcting"],
         n="'that said' is contrastive like 'though' and leads straight into correcting: cancels A and E"),
    dict(p=MT, s="heard",
         t="so not a great week for you with us is it. two mornings written off and nobody thought to pick up "
           "the phone", m="A", n="understatement plus restatement; 'is it' is a tag, not a question"),
    dict(p=MT, s="heard", t="Bernadette I need you to take it down a notch, alright, I'm trying to help here",
         m="", v=["calm_down"]),
    dict(p=MT, s="heard", t="[sighs] right. two visits. got it", m="", v=["insult"],
         n="transcribed sigh answers her in kind (rule 12); the grudging 'got it' earns no acknowledgement"),
    dict(p=MT, s="heard", t="can I ask, did losing them two days leave you short this month?", m="Q",
         n="asks about the impact (lost pay)"),
    dict(p=MT, s="heard",
         t="honestly I'm grateful you're letting us have another crack at it, cause after being stood up twice I'd "
           "have told us where to go", m="AEG"),
    dict(p=MT, s="heard", t="sorry for any bother it's caused you", m="", v=["non_apology"],
         n="'any bother' works like 'any inconvenience'"),
    dict(p=MT, s="options",
         t="right, so here's my thinking. I'll scrap the installation fee, pop a months credit on the account, and "
           "get you in at eight am so you're first on his list. how does that sit with you?", m="OIQ",
         n="an offer awaiting her answer, no time: options, not commitment"),
    dict(p=MT, s="options",
         t="I won't lie to you, a full refund's not something I can sign off. what I can do is knock off the "
           "installation fee, put a month's credit on, and book you in at eight sharp, first job. is that "
           "something you could live with?", m="OIQ", n="honest obstacle, not a policy wall (rule 11)"),
    dict(p=MT, s="options",
         t="look I'll refund the lot and pay you a hundred pound for every day you lost, that's only fair", m="O",
         v=["over_promise"]),
    dict(p=MT, s="options",
         t="um that's two days wages gone on our account and I'm sorry, that's not right. I'd like to waive the "
           "install fee and put a month's credit on to soften the blow, and I can do eight am any day you like. "
           "which day works?", m="AEOIQ"),
    dict(p=MT, s="commitment",
         t="that's you booked for tuesday, eight o'clock, first job of the day, and I'll give you a bell monday "
           "teatime to make sure it's all still on", m="OC", n="'monday teatime' is a time for the callback"),
    dict(p=MT, s="commitment", t="I'll get it sorted for you, somebody will get back to you", m="",
         n="promise with no time: not a commitment"),
    dict(p=MT, s="close",
         t="brilliant, that's all done then. thanks ever so much for bearing with us Bernadette, and I'm sorry "
           "again about the two wasted mornings", m="EG",
         n="'sorry again about' the visits is empathy only, as in the original's close reply"),

    dict(p=MT, s="heard",
         t="och that's pure rotten, so it is. two mornings off work for nothing and not one phone call. thanks for "
           "hanging on with me", m="AEG", n="Scottish sympathy ('pure rotten') plus restatement and thanks"),
    dict(p=MT, s="commitment",
         t="I'm sorry you've had to sit in twice for nothing. I've put the month's credit on just now, and the "
           "engineer's booked for eight on thursday, you'll get a text confirming within the hour", m="AEOC",
         n="'sorry you've had to' + what happened is acknowledge too (rule 14)"),
    # --- lost-express ---
    dict(p=LE, s="vent", t="okay, okay", m=""),
    dict(p=LE, s="vent", t="can you read me the consignment number off your receipt", m="Q",
         v=["premature_details"], n="request for details without a question mark"),
    dict(p=LE, s="vent", t="god, with a restaurant waiting on you as well. sorry, go on", m="AE",
         n="names the salient fact (his client waiting) and sympathises, while letting him carry on"),
    dict(p=LE, s="heard",
         t="so you've paid for overnight, the compressor and the board never turned up, the tracking's blank, "
           "and now the restaurant's on your back. that's a proper mess and I'm sorry it's landed on you",
         m="AE"),
    dict(p=LE, s="heard",
         t="you're in a right pickle with that restaurant and it's not of your making. I'd be tearing my hair out",
         m="AE"),
    dict(p=LE, s="heard",
         t="to be honest the couriers we use round your way are a nightmare, it'll be them that's lost it", m="",
         v=["blame"]),
    dict(p=LE, s="heard",
         t="tracking normally updates within a couple hours, are you sure it was actually collected", m="",
         v=["doubt"]),
    dict(p=LE, s="heard", t="parcels do go walkabout now and then, it's not the end of the world", m="",
         v=["dismissal"], n="minimising brush-off"),
    dict(p=LE, s="heard",
         t="I'm sorry the parcel's gone missing, genuinely. you'll have to put the claim in writing though, "
           "that's how it's done", m="", v=["policy"],
         n="'though' ties the apology to the policy wall, as the original's 'rules are rules though' reply"),
    dict(p=LE, s="heard", t="what's the restaurant said so far, is there talk of them using someone else?", m="Q"),
    dict(p=LE, s="heard", t="cheers for ringing straight away rather than sitting on it, it gives the trace a "
                            "fighting chance", m="G"),
    dict(p=LE, s="heard", t="so what you're alleging is that we never collected it in the first place", m="",
         v=["accusation"]),
    dict(p=LE, s="heard",
         t="if you want to take it to small claims be my guest, we're covered to the liability limit and that's "
           "that", m="", v=["threat_back"]),
    dict(p=LE, s="heard",
         t="uh so just so I've got it straight, it went out monday on overnight and there's not been a single scan "
           "since it left you?", m="AQ", n="check-back question"),
    dict(p=LE, s="heard", t="ah no, that's desperate. and you with a kitchen full of chefs waiting on a compressor",
         m="AE", n="Irish 'desperate' = awful: sympathy; the restaurant detail is restated"),
    dict(p=LE, s="options",
         t="what I'd suggest, if you're happy with it, is I refund the overnight charge, put a trace out on "
           "the first parcel, and send a fresh compressor and board out by same-day courier on our tab. shall I crack on?",
         m="OIQ"),
    dict(p=LE, s="options",
         t="don't worry about the restaurant, we'll cover whatever they bill you and I'll refund the parts in "
           "full on top", m="O", v=["over_promise"]),
    dict(p=LE, s="options",
         t="paying for the work you might lose isn't something I can do, I'd be leading you up the garden path if I said I could. "
           "but I can get replacement parts to the restaurant today on a same-day courier and refund your express "
           "fee. want me to get that moving?", m="OIQ",
         n="honest limit, not a policy wall; 'I can ... today' inside an offer is not a commitment"),
    dict(p=LE, s="options",
         t="I'm so sorry Marcus, you've been left looking daft in front of a good customer through no fault of "
           "your own. I can get a new compressor and board out same day and refund the overnight charge. shall I "
           "do that?", m="AEOIQ"),
    dict(p=LE, s="commitment",
         t="right, trace is logged, reference T nine four two, and I'll ring you before three with whatever the "
           "depot tells me", m="OC"),
    dict(p=LE, s="close",
         t="lovely so the refund's gone through, the trace is running and the courier's collecting at half one. "
           "thanks for sticking with me Marcus", m="OCG"),

    dict(p=LE, s="heard",
         t="thanks for bearing with me Marcus. so it's not been scanned since collection and the restaurant's "
           "chasing you every hour. I'd be climbing the walls", m="AEG"),
    dict(p=LE, s="commitment",
         t="I've opened the trace and the courier's booked to collect your new parts at twelve. I'll text you the "
           "drivers details by half eleven", m="OC"),
    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="'understood' as a filler counts as nothing (rule 1)"),
    dict(p=EE, s="vent", t="Ms Ashcombe, if we could just keep this civil", m="", v=["calm_down"],
         n="a polite 'calm down'"),
    dict(p=EE, s="heard",
         t="three outages in one quarter, your warehouses stood idle each time, and it took an email to our chief "
           "exec before anyone paid attention. frankly I'd be fuming", m="AE"),
    dict(p=EE, s="heard",
         t="it's fair to say we've not covered ourselves in glory this quarter. three breaches is three too many",
         m="A", n="understatement that owns the failure: acknowledgement, no feeling named"),
    dict(p=EE, s="heard", t="I'd note for the record that we dispute your characterisation of events", m="",
         v=["accusation"]),
    dict(p=EE, s="heard", t="you're free to cancel. the contract has a termination clause and we will enforce it",
         m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="how long were the warehouse floors actually down this last time?", m="Q"),
    dict(p=EE, s="heard", t="that's an awful position to be put in with your own board. what are they asking you for?",
         m="EQ"),
    dict(p=EE, s="heard",
         t="I'm genuinely sorry for the disruption to your warehouses. contract termination isn't something I "
           "handle, that's one for legal", m="AE", v=["dismissal"],
         n="no 'but': the apology and restatement stand beside the ducking"),
    dict(p=EE, s="heard",
         t="I appreciate you putting it so plainly. we've breached the SLA three times and all you've had back is "
           "excuses, I get that", m="AG"),
    dict(p=EE, s="heard", t="the first outage was down to the data centre provider, that one genuinely wasn't us",
         m="", v=["blame"]),
    dict(p=EE, s="heard", t="with the greatest respect, threatening lawyers on a first call is a bit theatrical",
         m="", v=["insult"]),
    dict(p=EE, s="heard",
         t="you staked your reputation on us internally and we've made that very hard for you. I'm sorry, that's "
           "not a comfortable place to be", m="AE"),
    dict(p=EE, s="heard", t="what would it take for you to feel you could still back us with your board?",
         m="IQ"),
    dict(p=EE, s="options",
         t="um, there are three things I can offer you right now. the SLA service credit for the whole quarter, a "
           "named account manager who answers to you, and a root-cause report with dates attached. is that a "
           "conversation worth having?", m="OIQ"),
    dict(p=EE, s="options",
         t="I'll waive the termination fees so you can walk away clean if you want, and we'll compensate you for "
           "the lost throughput", m="O", v=["over_promise"]),
    dict(p=EE, s="options",
         t="I'll level with you, releasing you from the contract isn't in my gift. the quarter's credit, an "
           "account manager who's yours by name, and a written root-cause report are. do you want me to set those in motion?",
         m="OIQ", n="honest limit (rule 11), then remedies and permission"),
    dict(p=EE, s="options",
         t="I'm sorry, you've carried the can for our failures with your board watching, three times now. I'd like "
           "to start with the quarter's service credit and a named account manager for you. would that be a fair "
           "place to begin?", m="AEOIQ"),
    dict(p=EE, s="commitment",
         t="you'll have the root-cause report in your inbox by friday the twenty-first, and tom reid, who'll be "
           "your account manager, is ringing you at half eight tomorrow", m="OC"),
    dict(p=EE, s="close",
         t="thank you for giving us the afternoon, Eleanor. you'll have my written summary of everything we agreed "
           "before six tonight", m="CG"),

    dict(p=EE, s="heard",
         t="I'd have gone straight to the top as well, in your shoes. three outages and not one straight answer. "
           "what would you want to walk away from this call with?", m="AEIQ"),
    dict(p=EE, s="commitment",
         t="thanks for giving me your time. the quarter's service credit is on this invoice as of now, and the "
           "written root-cause analysis lands with you by the twenty-sixth, signed off by our network director", m="OCG"),
    # --- vip-client ---
    dict(p=VC, s="vent", t="of course, sir.", m=""),
    dict(p=VC, s="vent", t="before we go further sir, could you confirm the first line of your address for me", m="Q",
         v=["premature_details"]),
    dict(p=VC, s="heard",
         t="so the completion funds landed two days late, the purchase very nearly fell over, and you heard it from "
           "the seller's solicitor rather than from us. I'm so sorry", m="AE"),
    dict(p=VC, s="heard", t="I shouldn't think that was a pleasant call to take from the solicitor", m="AE",
         n="understatement validating his feeling; the solicitor call is the salient fact restated"),
    dict(p=VC, s="heard",
         t="our records show the wire left on the day it was instructed, so I'm not sure where a delay would have "
           "come from", m="", v=["doubt"]),
    dict(p=VC, s="heard", t="wires over a certain amount do get held for compliance sir, it's standard across the "
                            "industry", m="", v=["correcting"]),
    dict(p=VC, s="heard", t="if you'd rather take your portfolio elsewhere sir, that is of course your prerogative",
         m="", v=["threat_back"]),
    dict(p=VC, s="heard", t="I do apologise if you feel the bank fell short", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="thank you for still picking up the phone to us, sir. you'd every right not to", m="EG",
         n="validates his anger, as the original's thanks for not moving his accounts"),
    dict(p=VC, s="heard", t="did the solicitor give you any sign the sellers would still hold the date?", m="Q"),
    dict(p=VC, s="heard",
         t="so nobody from the bank rang you at all, it was the other side who told you it hadn't arrived. have I "
           "got that right?", m="AQ"),
    dict(p=VC, s="heard",
         t="I'm truly sorry. to have a completion hanging by a thread like that, I'd have been beside myself",
         m="AE"),
    dict(p=VC, s="heard",
         t="with respect sir you're alleging negligence, and that isn't something I can accept on the bank's "
           "behalf", m="", v=["accusation"]),
    dict(p=VC, s="heard",
         t="you were relying on us for the most important transfer of your year and we let you find out from the "
           "seller's side. I can only apologise, sir", m="AE", n="formal 'I can only apologise' is sincere here"),
    dict(p=VC, s="heard",
         t="thank you for your patience sir. unfortunately the system won't let me reverse a fee on an outbound "
           "wire", m="G", v=["policy"]),
    dict(p=VC, s="options",
         t="my suggestion is that I reverse the transfer fees, put you in direct contact with a named senior relationship "
           "banker, and have all your transfers go same-day as standard. would that be acceptable as a start?",
         m="OIQ"),
    dict(p=VC, s="options",
         t="I'll waive all your fees for the year and I personally guarantee nothing of yours is ever delayed again",
         m="O", v=["over_promise"]),
    dict(p=VC, s="options", t="would you like same-day set up on all three accounts or only the one you use for "
                              "property", m="OIQ", n="choice question without a question mark"),
    dict(p=VC, s="commitment",
         t="the fees are reversed as of this afternoon, and Catherine Hale, your relationship banker, will ring you "
           "tomorrow at ten from her direct line", m="OC"),
    dict(p=VC, s="commitment",
         t="you were left in the dark on a completion, you've every reason to be furious and I'm sorry. I'm taking "
           "this to the head of private banking myself right now, and you'll hear from her by four", m="AEC",
         n="escalation with a time: commitment, not options"),
    dict(p=VC, s="close", t="is there anything further I can do for you today, sir?", m="Q",
         n="ending check: a question, not asks_input (rule 6)"),

    dict(p=VC, s="options",
         t="you've been with us a long time and you deserved far better than hearing it from the solicitor. I'm "
           "sorry. I can reverse the fees today and have every transfer of yours go same-day from now on. shall I "
           "arrange that?", m="AEOIQ", n="'I can ... today' inside an offer awaiting his answer: not commitment"),
    # --- failed-twice ---
    dict(p=FT, s="vent", t="yeah. go on Kelly", m=""),
    dict(p=FT, s="vent",
         t="oh that's awful, I'm so sorry, can I just take the serial number off the machine while you're there?",
         m="EQ", v=["premature_details"]),
    dict(p=FT, s="heard",
         t="seven months old, repaired, broke down again, then again, and the supervisor who was meant to ring you "
           "monday never did. I'd be fit to be tied", m="AE"),
    dict(p=FT, s="heard",
         t="with a toddler and a baby in the house and no washer you must be up to your eyes in laundry. I'm so sorry",
         m="AE"),
    dict(p=FT, s="heard", t="we dropped the ball with that callback, no two ways about it", m="A",
         n="owns the failure in so many words"),
    dict(p=FT, s="heard",
         t="to be fair there not really designed for heavy loads every day, that's probably why it keeps going",
         m="", v=["correcting"], n="'there' for 'they're' mis-hearing"),
    dict(p=FT, s="heard", t="that model hardly ever goes wrong, I'd be surprised if it was the pump again", m="",
         v=["doubt"]),
    dict(p=FT, s="heard", t="the supervisor who should've called you is off sick, so that one's really on him", m="",
         v=["blame"]),
    dict(p=FT, s="heard", t="I'm bound by the warranty terms and they say repair first, end of", m="",
         v=["policy"]),
    dict(p=FT, s="heard", t="how are you getting on with the washing, with the little ones?", m="Q"),
    dict(p=FT, s="heard", t="honestly it's a washing machine, people managed without them for centuries", m="",
         v=["insult"], n="sarcastic minimising put-down"),
    dict(p=FT, s="heard", t="Kelly, Kelly, breathe, okay? shouting won't get it fixed any faster", m="",
         v=["calm_down"]),
    dict(p=FT, s="heard",
         t="thanks for giving us one more go, honestly. a machine that won't work and a supervisor who never rang "
           "back, I'd be at my wits end", m="AEG"),
    dict(p=FT, s="heard", t="sorry if you've been given the wrong impression about the callback", m="",
         v=["non_apology", "correcting"], n="'sorry if' plus a hint that she misunderstood"),
    dict(p=FT, s="heard",
         t="I hear you Kelly, honestly. but the engineer's report says it was overloaded both times", m="",
         v=["accusation", "correcting"], n="'but' into evidence of her error (rule 10) cancels the acknowledgement"),
    dict(p=FT, s="heard",
         t="seven months in and it's been more off than on, I'm sorry Kelly. I'd be sick of the sight of it",
         m="AE"),
    dict(p=FT, s="options",
         t="so two routes. a brand new machine, same model, with two more years warranty on it, or I send the senior "
           "engineer round this week with a loan machine in the meantime so you're not stuck. which would you rather?",
         m="OIQ"),
    dict(p=FT, s="options", t="I'll get you the newer model, the one with the steam function, at no extra cost",
         m="O", v=["over_promise"]),
    dict(p=FT, s="options", t="I can promise you this one will never break down on you again, you've my word",
         m="", v=["over_promise"], n="bare guarantee: over_promise without options (rule 5)"),
    dict(p=FT, s="options",
         t="I- I know a refund's what you're after and honestly I can see why. that's not one I'm able to give, "
           "but I can swap it for a new one, same model, with the extended warranty. would that do you?",
         m="AOIQ", n="honest limit, not policy; 'I can see why' alone is acknowledgement"),
    dict(p=FT, s="options", t="what would make this right for you, realistically?", m="IQ"),
    dict(p=FT, s="commitment",
         t="I've got the senior engineer down for thursday between eight and twelve and the loan machine's coming "
           "on the same van. I'll give you a call wednesday after four to confirm", m="OC"),
    dict(p=FT, s="close",
         t="so the new one's coming saturday morning with the two year warranty on it, and I'll check in with you "
           "monday to see it's behaving. thanks for your patience Kelly, you've been a star", m="OCG"),

    dict(p=FT, s="heard",
         t="so a supervisor was meant to ring you back within a day and nobody did. that's not good "
           "enough, and I'm sorry. did they give you a time for that call?", m="AEQ",
         n="'within a day' is the old broken promise, not the trainee's commitment"),
    # --- billing-error ---
    dict(p=BE, s="vent", t="mm-hm", m=""),
    dict(p=BE, s="vent", t="could I take the last four digits of the card the charges went on", m="Q",
         v=["premature_details"]),
    dict(p=BE, s="heard",
         t="so you'd cancelled, we still charged you twice over, the bank's stung you with an overdraft fee, and chat "
           "told you last week it was all sorted when it wasn't. I'm so sorry Margaret, that's not on", m="AE"),
    dict(p=BE, s="heard",
         t="oh Margaret, your rent bounced as well? on a pension that's the last thing you need. has the landlord "
           "been alright about it?", m="AEQ",
         n="the first question echoes her news (acknowledgement); the landlord question is the real one"),
    dict(p=BE, s="heard", t="I'd be up the wall if that was my account, love", m="E"),
    dict(p=BE, s="heard", t="the chat team shouldn't have told you it was fixed, they get things wrong all the time",
         m="", v=["blame"], n="blaming another team; names the event but only to pass the fault"),
    dict(p=BE, s="heard",
         t="are you sure it wasn't a pending payment that dropped off? they often look like double charges", m="",
         v=["doubt", "correcting"]),
    dict(p=BE, s="heard", t="overdraft fees are between you and your bank I'm afraid", m="", v=["dismissal"],
         n="ducks the overdraft fee the persona may be reimbursed for"),
    dict(p=BE, s="heard",
         t="thank you for ringing back Margaret. after last week I wouldn't have blamed you if you'd given up on us",
         m="EG", n="'wouldn't have blamed you' validates her frustration, like 'I don't blame you'"),
    dict(p=BE, s="heard", t="refunds have to go through the online form, I can't process them over the phone", m="",
         v=["policy"]),
    dict(p=BE, s="heard", t="so you maintain you cancelled before the billing date", m="", v=["accusation"],
         n="restatement framed as her claim: no acknowledgement"),
    dict(p=BE, s="heard", t="you did nothing wrong here and we've let you down twice now. what do you want me to "
                            "tackle first?", m="AIQ"),
    dict(p=BE, s="heard",
         t="I can't- I can't believe chat told you it was sorted. that's shocking. I'll get both charges refunded today",
         m="AEOC", n="'I can't believe' is sympathy (rule 8), not doubt"),
    dict(p=BE, s="heard", t="if you're going to call me a thief I'll be ending this call, Margaret", m="",
         v=["threat_back"]),
    dict(p=BE, s="heard", t="you've- you've been more than fair with us Margaret, and we've not returned the favour", m="A",
         n="owns the failure without naming a feeling"),
    dict(p=BE, s="options",
         t="what I'm thinking, Margaret, is this. refund both charges, cover the overdraft fee the bank took, and "
           "send you a letter confirming the subscription's closed. would that put things right for you?",
         m="OIQ"),
    dict(p=BE, s="options", t="and you know what, I'll ring your bank and get them to wipe the fee off your record, don't you worry",
         m="O", v=["over_promise"], n="promises what her bank will do"),
    dict(p=BE, s="options",
         t="ah pet that's rotten, getting stung by the bank for our mistake. let me put both charges back and pay "
           "that fee, is that okay with you?", m="AEOIQ"),
    dict(p=BE, s="commitment",
         t="both refunds are going through now, and you'll have a letter confirming the cancellation in the post "
           "by friday", m="OC"),
    dict(p=BE, s="commitment", t="I'll ring you back by half past two with the refund reference, whatever happens",
         m="C"),
    dict(p=BE, s="close",
         t="that's everything done, your all set. thank you so much for your patience Margaret, and do look "
           "after yourself", m="G", n="'your' mis-hearing; no remedy named, so no options"),

    dict(p=BE, s="commitment", t="yeah I'll sort your refund out in a bit", m="O",
         n="the refund is a remedy (options), but 'in a bit' is too vague for a commitment"),
    dict(p=BE, s="close",
         t="right Margaret, both charges are refunded, the overdraft fee's reimbursed, and the cancellation letter "
           "goes out first class tonight. thank you for being so gracious about it", m="OCG"),
    # --- generic ---
    dict(p=None, s=None, t="sorry for the inconvenience", m="", v=["non_apology"]),
    dict(p=None, s=None, t="I'm with you, I'd be raging too", m="E",
         n="'I'm with you' is a back-channel (rule 13); 'I'd be raging' is the empathy"),
    dict(p=None, s=None, t="hold your horses a sec", m="", v=["calm_down"]),
    dict(p=None, s=None, t="that's on us. no excuses", m="A", n="owns the failure"),
    dict(p=None, s="vent", t="keep your hair on, I've only just picked up", m="", v=["calm_down"]),
    dict(p=None, s="vent", t="I hear you, I hear you. can I get your postcode", m="Q", v=["premature_details"],
         n="'I hear you' straight into a details request is not acknowledgement (rule 13)"),
    dict(p=None, s="vent", t="crikey, that sounds like a nightmare. take your time", m="E"),
    dict(p=None, s="heard",
         t="you've been given the runaround from start to finish haven't you. I'm sorry, that shouldn't happen to "
           "anyone", m="AE", n="tag 'haven't you' is not a question"),
    dict(p=None, s="heard", t="I'd not be best pleased either, if I'm honest", m="E",
         n="understatement still validates the feeling"),
    dict(p=None, s="heard", t="right, well, worse things happen at sea", m="", v=["dismissal"],
         n="minimising saying"),
    dict(p=None, s="heard", t="sorry you're so upset about it", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="I hear what you're saying but it's more than my job's worth to change it", m="",
         v=["policy"], n="'but' into a wall cancels the acknowledgement"),
    dict(p=None, s="heard", t="thanks for putting up with us, genuinely", m="G"),
    dict(p=None, s="heard", t="three phone calls, three different answers. no wonder you've had it up to here",
         m="AE"),
    dict(p=None, s="heard", t="what's happened since you last rang us?", m="Q"),
    dict(p=None, s="heard",
         t="you've had nothing but hassle from us and that's not right. what would help put it right?",
         m="AIQ"),
    dict(p=None, s="heard", t="I understand. what's the order number?", m="Q",
         n="'I understand' said straight into a details request is not acknowledgement (rule 13)"),
    dict(p=None, s="heard", t="our notes show you were told about the delay on the ninth", m="",
         v=["accusation", "correcting"], n="insisting on her error through the records (rule 10)"),
    dict(p=None, s="heard", t="fine, leave your one star review, I'm sure it'll make you feel better", m="",
         v=["threat_back", "insult"]),
    dict(p=None, s="heard", t="I understand. I do.", m="A", n="bare sincere 'I understand' (rule 1)"),
    dict(p=None, s="heard", t="I'm sorry, but I'm not a miracle worker, you'll have to bear with me", m="",
         v=["insult"], n="'sorry, but' into rudeness"),
    dict(p=None, s="heard", t="you're entitled to be annoyed but my hands are tied by the system", m="",
         v=["policy"], n="'but' into 'the system' cancels the empathy"),
    dict(p=None, s="heard", t="I totally get it, but honestly you're not the first and you won't be the last", m="",
         v=["dismissal"], n="'but' into minimising cancels the acknowledgement"),
    dict(p=None, s="heard", t="I'm sorry, that's a shambles from start to finish and you've been left to pick up the "
                                "pieces", m="AE"),
    dict(p=None, s="options", t="like I can either refund the fee or send a replacement out, whichever suits you best",
         m="OI", n="invites preference without a question"),
    dict(p=None, s="options",
         t="sorry you've been left chasing this yourself. I can refund it today or send a replacement tomorrow, "
           "your call. which would you prefer?", m="AEOIQ", n="times inside a choice are not a commitment"),
    dict(p=None, s="options", t="okay let me have a look what I can do for you", m="", n="vague: no remedy"),
    dict(p=None, s="commitment",
         t="I'll call you back before twelve tomorrow with an answer, and if I haven't got one I'll ring anyway",
         m="C"),
    dict(p=None, s="commitment", t="I'm putting the refund through as we speak, you'll see the email in ten minutes "
                                   "or so", m="OC"),
    dict(p=None, s="close", t="you've been very patient, thank you. and honestly, sorry again for the faff", m="EG"),
    dict(p=None, s="close", t="lovely. anything else I can help with while I've got you?", m="Q",
         n="ending check: question, not asks_input"),
]

write_batch(ITEMS, "fq", Path(__file__).with_name("replies_extra172.jsonl"))
