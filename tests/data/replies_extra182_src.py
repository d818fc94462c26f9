"""Source of `replies_extra182.jsonl`: batch 182, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. The theme is a
cross-section: the same mix of personas, stages, lengths, registers and qualities as the original
tune part (good, mediocre and bad replies, with violations of every kind), leaning slightly towards
the heard stage and replies of two or three sentences that put a restatement or an apology next to
a question or an offer ("so that's two mornings sat at home and not so much as a text from us. I'm
really sorry. were you able to get the time back from work?", "nobody rang you back on monday and
that's down to us. would a replacement or a senior engineer suit you better?"). Beside them sit the
hard negatives that look like that shape and are not: "I hear you" or "I completely understand"
said straight into a details request (rule 13), "sorry" as a politeness marker before a question,
a restatement framed as the customer's version of events, "sorry you feel that way" in front of a
real offer, and hypothetical "I'd be anxious seeing that" empathy that restates nothing. About half
the replies are styled like a Whisper transcript (lowercase, fillers, false starts, "should of",
"your" for "you're", "technitions", "loose", "defiantly").

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra182.jsonl next to it (ids ga0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="mm-hm.", m="", n="back-channel while she vents"),
    dict(p=MT, s="vent", t="oh no. that's- no, I'm really sorry. carry on, I'm listening", m="E",
         n="sincere apology while letting her vent; 'I'm listening' adds nothing"),
    dict(p=MT, s="vent", t="okay okay I hear you, can I just get the postcode on the account first", m="Q",
         v=["premature_details"], n="'I hear you' straight into a details request is not acknowledge (rule 13)"),
    dict(p=MT, s="vent", t="sorry, can you stop talking for one second so I can pull your account up", m="",
         v=["calm_down"], n="'sorry' is a politeness marker; 'stop talking' is calm_down; no detail asked for"),
    dict(p=MT, s="heard",
         t="so that's two mornings sat at home from eight till twelve and not so much as a text from us. "
           "I'm really sorry. were you able to get the time back from work at all?", m="AEQ"),
    dict(p=MT, s="heard",
         t="I'm so sorry Bernadette, you took a day off for us twice and we let you down both times. "
           "what would help most right now?", m="AEIQ"),
    dict(p=MT, s="heard",
         t="right, let me just check I've got it. first visit nobody came, second visit nobody came, "
           "and nobody rang you either time?", m="AQ", n="check-back question"),
    dict(p=MT, s="heard", t="honestly I'd of been climbing the walls. two whole mornings gone", m="AE",
         n="'I'd of' mis-hearing; the lost mornings are restated"),
    dict(p=MT, s="heard",
         t="we've cost you two days off work and I'm really sorry. um, are you paid by the hour, if that's okay "
           "to ask?", m="AEQ"),
    dict(p=MT, s="heard", t="I'm really sorry. was it the same technician booked both times, do you know?",
         m="EQ", n="apology and a question about what happened; nothing restated"),
    dict(p=MT, s="heard", t="sorry, which date was the second appointment?", m="Q",
         n="'sorry' is politeness; a detail asked after the venting is not premature"),
    dict(p=MT, s="heard", t="I hear you, I hear you. what's the account number and I'll have a look", m="Q",
         n="rule 13: 'I hear you' said straight into a details request"),
    dict(p=MT, s="heard",
         t="the technitions are subcontracted, so it's really them that didn't turn up, not us. I'm sorry though",
         m="E", v=["blame"],
         n="blame first; the apology after it is not cancelled (as the original's upstream-provider reply); "
           "'technitions' mis-hearing"),
    dict(p=MT, s="heard", t="are you sure you were in all morning? it says on here he left a card at ten past ten",
         m="", v=["doubt"], n="rhetorical; 'it says on here' used to doubt her, as the original's 'it says here'"),
    dict(p=MT, s="heard", t="look I'm sorry you feel like your time's been wasted", m="", v=["non_apology"]),
    dict(p=MT, s="heard",
         t="god, two days. I'm sorry. did your manager give you grief over it?", m="AEQ",
         n="the two lost days are named back to her"),
    dict(p=MT, s="heard",
         t="we should've phoned you both times and we didn't. what's the best number to get you on in the daytime?",
         m="AQ", n="owns the failure; a phone number asked for after venting is not premature"),
    dict(p=MT, s="heard",
         t="I've tried to be patient but if it carries on like this I'm going to have to hang up", m="",
         v=["threat_back"]),
    dict(p=MT, s="heard", t="so what you're saying is nobody turned up either time and nobody rang you?", m="AQ",
         n="neutral check-back; not the court-room 'you're claiming' framing"),
    dict(p=MT, s="options",
         t="a full refund on the install isn't something I'm allowed to do, but I can scrap the installation charge, "
           "put a month's credit on, and book the eight a.m. slot so you're his first job. does that sound "
           "fair?", m="OIQ", n="honest limit followed by an offer: not a policy wall or dismissal (rule 11)"),
    dict(p=MT, s="options",
         t="that's two days' wages gone cause of us so um, how about I knock off the install fee and credit the "
           "account, and you pick the day. this week or next, what's best?", m="AOIQ"),
    dict(p=MT, s="options", t="I'll refund everything you've paid and cover both days you lost at work, that's fine",
         m="O", v=["over_promise"]),
    dict(p=MT, s="options", t="what would you see as fair, after all this?", m="IQ"),
    dict(p=MT, s="commitment",
         t="okay that's booked, tuesday, eight a.m., first job, and the fee's gone. I'll send the confirmation by "
           "text in the next few minutes", m="OC"),
    dict(p=MT, s="commitment",
         t="I'm putting a note on it now so the field team ring you if anything changes, and I'll call you monday "
           "by six to double check", m="C", n="steps with times; no remedy named"),
    dict(p=MT, s="close",
         t="so you're all sorted for friday at eight and the credit's on there. thanks for letting us have "
           "another crack at it Bernadette, you didn't have to", m="OCG"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="sorry to jump in, have you got the tracking number there", m="Q",
         v=["premature_details"], n="interrupts the vent for a number; 'sorry' is politeness"),
    dict(p=LE, s="vent", t="bloody hell, I'm so sorry mate. keep going, I want the whole picture", m="E"),
    dict(p=LE, s="heard",
         t="so you paid for the overnight service, the compressor and the control board never turned up, and now the "
           "restaurant's on at you instead of us. I'm sorry, that's a rotten spot to be in", m="AE"),
    dict(p=LE, s="heard", t="I'm really sorry. when does the restaurant need the parts by, realistically?", m="EQ"),
    dict(p=LE, s="heard",
         t="I can see the tracking hasn't moved since collection. is your client still trading without the "
           "compressor or have they had to close the kitchen?", m="AQ",
         n="confirming the blank tracking backs him up: acknowledgement, not doubt"),
    dict(p=LE, s="heard",
         t="you paid extra so like, this exact thing wouldn't happen. I get it. what've you had to tell the chef?", m="AQ"),
    dict(p=LE, s="heard", t="I understand, but the courier's a separate firm, it's them that's lost it really",
         m="", v=["blame"], n="'but' leads into blame: the acknowledgement is cancelled"),
    dict(p=LE, s="heard", t="parcels do go missing now and then, it's just one of those things unfortunately",
         m="", v=["dismissal"]),
    dict(p=LE, s="heard", t="hang on, it was scanned at the depot wednesday, so it's not actually lost is it",
         m="", v=["correcting"], n="corrects him, as the original's 'not lost exactly' reply; the tag is no question"),
    dict(p=LE, s="heard", t="for the record, the consignment was booked as standard, not overnight", m="",
         v=["accusation", "correcting"], n="rule 10: insists on his error from the records"),
    dict(p=LE, s="heard",
         t="ah, so it's a restaurant that's waiting on these. thank you, that helps me push it up the queue",
         m="AG"),
    dict(p=LE, s="heard",
         t="sorry, sorry, I'm with you. and there's been nothing on the tracking at all since tuesday night?",
         m="AEQ", n="repeated sincere 'sorry' while listening (as the original's 'I'm sorry, I'm sorry'); "
                    "the check-back names what happened"),
    dict(p=LE, s="heard", t="apologies for any inconvenience caused to your business", m="", v=["non_apology"]),
    dict(p=LE, s="heard",
         t="what's it costing you for every day the restaurant's without it? I want to know what we're dealing with",
         m="Q"),
    dict(p=LE, s="heard",
         t="um, yeah, the thing is there's a liability limit on the goods so, you know, that's all we'd pay out "
           "anyway", m="", v=["policy"], n="the limit used as a wall with nothing offered; compare rule 11"),
    dict(p=LE, s="options",
         t="paying for business you might lose is beyond what I can sign off, I'm being straight with you. but I can "
           "book a courier "
           "today to run replacement parts over at our cost, and give you the express fee back, cause I'd hate "
           "for you to loose that client. shall I get that moving?", m="OIQ",
         n="honest obstacle then an offer; 'loose' mis-hearing"),
    dict(p=LE, s="options",
         t="would you rather the replacement compressor goes straight to the restaurant or to your workshop so you "
           "can fit it yourself?", m="OIQ"),
    dict(p=LE, s="options",
         t="I'm so sorry, this has really dropped you in it with the restaurant. I can give you the express charge "
           "back, put a trace on it, and get replacements out same-day. would that smooth things over with them?",
         m="AEOIQ"),
    dict(p=LE, s="options",
         t="we'll pay for the parts and whatever the restaurant charges you for the delay, just send us the invoice",
         m="O", v=["over_promise"]),
    dict(p=LE, s="commitment",
         t="the trace is logged and the courier's booked for one o'clock. I'll call you back by three to tell you "
           "it's been collected", m="OC"),
    dict(p=LE, s="commitment",
         t="the express fee's going back on your card right now, you should see the email come through in a "
           "minute or two",
         m="OC"),
    dict(p=LE, s="close",
         t="thanks for sticking with me Marcus. your trace number's on its way over and I'll ring you tomorrow at "
           "ten with any news on the original", m="OCG", n="the trace counts as the remedy"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="filler while she vents"),
    dict(p=EE, s="vent", t="could I just confirm the contract reference for Ferrow first", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="vent", t="okay, okay, let's all just calm down a second", m="", v=["calm_down"]),
    dict(p=EE, s="heard",
         t="three outages this quarter, every one over the SLA, and your warehouses stood still each time. I'm "
           "sorry, Eleanor. what did the last one cost you in missed shipments?", m="AEQ"),
    dict(p=EE, s="heard",
         t="I can completely see why you emailed our chief exec. frankly you shouldn't of had to", m="A",
         n="as the original's 'shouldn't have been necessary' reply: acknowledgement only; 'shouldn't of'"),
    dict(p=EE, s="heard",
         t="thank you for setting it all out in writing so clearly. I've read your email twice and you've been "
           "nothing but fair with us", m="G",
         n="'in writing' is thanks, not a policy wall; 'more than fair' praises her, restates nothing"),
    dict(p=EE, s="heard",
         t="I hear you. and with your board asking questions I imagine you're under real pressure. what do you "
           "need from me today?", m="AEIQ"),
    dict(p=EE, s="heard",
         t="I'd just point out the SLA is measured across the quarter, so strictly speaking only two of those count "
           "as breaches", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="call your lawyer if you like, there's a contract with your signature on it", m="",
         v=["threat_back"]),
    dict(p=EE, s="heard", t="I'm sorry if our response hasn't met your expectations", m="", v=["non_apology"]),
    dict(p=EE, s="heard",
         t="I'm sorry. three in one quarter isn't what you signed up for. how are your own customers taking it?",
         m="AEQ"),
    dict(p=EE, s="heard", t="your pickers stood around for six hours with nothing to pick. I'd be livid, honestly",
         m="AE"),
    dict(p=EE, s="heard", t="the network side isn't something I've got any say over, I'm in account services",
         m="", v=["dismissal"]),
    dict(p=EE, s="heard",
         t="our log's only showing two incidents this quarter. are you counting the planned maintenance?", m="",
         v=["doubt"], n="doubts her count, as the original's 'only two logged' reply; not a real question"),
    dict(p=EE, s="heard",
         t="what does your board need to see, and by when? I'd rather build this around that than guess", m="IQ"),
    dict(p=EE, s="heard",
         t="I'm sorry, and I'm not going to pretend this is the first time. is it the warehouse side that's hit "
           "hardest, or your customers?", m="AEQ",
         n="owns the repeat failure; the choice is about impact, not remedies, so no options or asks_input"),
    dict(p=EE, s="options",
         t="I'm not able to release you from the contract and I'd rather be straight about that. what I can put "
           "forward is the quarter's SLA credit in full, an account manager who's yours by name, and the root-cause "
           "report in writing. is that something you could take to your board?", m="OIQ",
         n="honest obstacle, not a policy wall"),
    dict(p=EE, s="options",
         t="I'd like you to have one person who owns this. a dedicated account manager, plus the service credit "
           "for the quarter. and if there's something else you'd need to see first, tell me", m="OI",
         n="imperative invitation: asks_input without a question"),
    dict(p=EE, s="options", t="I can get you out of the contract with no penalty, I'll square it with legal", m="O",
         v=["over_promise"]),
    dict(p=EE, s="commitment",
         t="your account manager is Tom Hadley, he'll ring you at ten tomorrow, and you'll have the root-cause "
           "report in your inbox on the twenty-first", m="OC"),
    dict(p=EE, s="commitment",
         t="I'm taking this to our head of operations straight after this call, and you'll hear from me before five "
           "either way", m="C", n="escalation and callback with a time: commitment, not options (rule 4)"),
    dict(p=EE, s="close",
         t="thank you for staying on with me, I know it wasn't easy. so, credit applied, Tom as your account "
           "manager, report by the twenty-first. anything you'd want added?", m="OCGIQ",
         n="asks what she'd add to the package: asks_input, unlike a bare 'anything else?'"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="of course, Mr Fairclough. please go on", m=""),
    dict(p=VC, s="vent", t="terribly sorry sir, could I have your sort code and account number", m="Q",
         v=["premature_details"], n="'sorry' is politeness"),
    dict(p=VC, s="vent", t="I'm so sorry. that's dreadful", m="E"),
    dict(p=VC, s="heard",
         t="so you learned about the delay from the seller's solicitor and not from us. that should never have "
           "happened, sir, and I apologise", m="AE"),
    dict(p=VC, s="heard",
         t="two days late on a completion, with the sellers ready to walk. I'm truly sorry. is the purchase safe "
           "now?", m="AEQ"),
    dict(p=VC, s="heard",
         t="you're right, you shouldn't have had to chase your own money. may I ask what the seller's side said "
           "when it didn't arrive?", m="AQ"),
    dict(p=VC, s="heard",
         t="I can only imagine how that felt, hearing it from their solicitor first. what would you like us to do "
           "first?", m="AEIQ", n="names what happened, as the original's 'watching the clock with the sellers' reply"),
    dict(p=VC, s="heard", t="that's odd, our same-day wires almost never slip", m="", v=["doubt"]),
    dict(p=VC, s="heard", t="the hold-up was at the correspondent bank, sir, it really wasn't us", m="",
         v=["blame"]),
    dict(p=VC, s="heard",
         t="with respect, completions should really be funded a day ahead to allow for compliance", m="",
         v=["correcting"]),
    dict(p=VC, s="heard",
         t="I do understand, but every transfer that size has to clear compliance, that's just the process", m="",
         v=["policy"], n="'but' leads into a policy wall: no acknowledgement"),
    dict(p=VC, s="heard", t="we apologise for any delay this may have caused to your completion", m="",
         v=["non_apology"]),
    dict(p=VC, s="heard",
         t="I do sincerely apologise for the distress this has caused you and your family, Mr Fairclough. may I ask "
           "whether completion has now gone through?", m="EQ",
         n="formal but sincere: a definite 'this has caused', not 'any inconvenience... may have caused'"),
    dict(p=VC, s="heard", t="with all due respect sir, you're hardly our only client buying a house", m="",
         v=["insult"]),
    dict(p=VC, s="heard",
         t="if you'd rather take your business to Sterling and Marsh, that's entirely your decision, sir", m="",
         v=["threat_back"], n="answers the competitor threat in kind"),
    dict(p=VC, s="heard",
         t="thank you for telling me about the solicitor, I hadn't seen that in the notes. I'm sorry you found out "
           "that way", m="AEG", n="'sorry you' + the actual event (rule 14)"),
    dict(p=VC, s="heard",
         t="you nearly lost the house and nobody from us called you. I'd be furious. what's most important to you "
           "now?", m="AEIQ"),
    dict(p=VC, s="heard", t="honestly the payments system frustrates me as well, it's painfully slow", m="",
         n="the agent's own feelings, not empathy (as the original's booking-system reply)"),
    dict(p=VC, s="options",
         t="I'd like to put the transfer fees back and set you up with a senior banker you can ring directly, so "
           "you're never stuck in a queue again. may I set that up for you?", m="OIQ"),
    dict(p=VC, s="options",
         t="going forward I can have all your transfers expedited same-day as standard. shall I do that alongside "
           "the fee reversal?", m="OIQ"),
    dict(p=VC, s="options",
         t="the fees will be refunded, and we'll waive all your account charges for the next two years as a goodwill "
           "gesture", m="O", v=["over_promise"]),
    dict(p=VC, s="commitment",
         t="the fee's reversed as of this afternoon, and Catherine Hale, your senior banker, will ring you at half "
           "nine tomorrow with her direct number", m="OC"),
    dict(p=VC, s="close",
         t="thank you for letting us try to make amends, sir. Catherine will be in touch at nine tomorrow "
           "morning", m="CG", n="a callback with a time; no remedy named in this reply"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="yeah. yep", m=""),
    dict(p=FT, s="vent", t="oh no, that's awful with little ones. sorry, what's the serial number off the door?",
         m="EQ", v=["premature_details"], n="sincere sympathy, then a details request while she vents"),
    dict(p=FT, s="vent", t="oh Kelly, pet, I'm sorry. go on, get it all out", m="E"),
    dict(p=FT, s="heard",
         t="so it's been fixed, it's broken again, twice, and the supervisor who was meant to ring you monday never "
           "did. I'm so sorry. how are you managing with the little ones?", m="AEQ"),
    dict(p=FT, s="heard",
         t="two weeks with a toddler and a baby and no washing machine, I honestly don't know how you've coped. "
           "what's been hardest?", m="AEQ",
         n="'don't know how you've coped' is sympathy, not a negation (rule 8)"),
    dict(p=FT, s="heard",
         t="nobody rang you back on monday and that's down to us, not you. I'm sorry. would a replacement or a "
           "senior engineer suit you better?", m="AEOIQ"),
    dict(p=FT, s="heard", t="I'm really sorry you've had to ring us again after being promised that callback",
         m="AE", n="rule 14"),
    dict(p=FT, s="heard", t="how full are you loading it? overloading's usually what kills the drum on those", m="",
         v=["correcting"], n="implies her error, as the original's postcode-on-the-label reply; not a real question"),
    dict(p=FT, s="heard", t="machines do just break down sometimes, it's nobody's fault really", m="",
         v=["dismissal"]),
    dict(p=FT, s="heard", t="so you're alleging the engineer didn't fix it properly", m="", v=["accusation"]),
    dict(p=FT, s="heard",
         t="I get why you want an upgrade, I really do. I can't offer a different model, but I can get you the same "
           "one brand new with the warranty extended by two years. how does that sound?", m="AOIQ",
         n="honest limit, then 'but' into help: the acknowledgement stands"),
    dict(p=FT, s="heard",
         t="I'm sorry, I know this is the third time you've had to chase. but here's my offer, I can send a "
           "senior engineer round on thursday. shall I book it?", m="AEOIQ",
         n="'but' leads into help, so the marks before it stand; 'I can ... thursday' is an offer"),
    dict(p=FT, s="heard", t="Kelly, there's no need to swear at me", m="", v=["calm_down"]),
    dict(p=FT, s="heard", t="oh that's so stressful, no washing machine with a baby in the house", m="AE"),
    dict(p=FT, s="heard", t="sorry, just so I look at the right job, was the last repair on the twelfth?", m="Q",
         n="politeness 'sorry'; detail asked after venting"),
    dict(p=FT, s="heard",
         t="that callback should of come from the service centre, I'm only in sales. they've really let you down",
         m="", v=["blame", "dismissal"],
         n="passes the fault to another team and ducks it; 'should of' mis-hearing"),
    dict(p=FT, s="heard", t="right, because shouting at me is going to get your washing done", m="", v=["insult"]),
    dict(p=FT, s="heard", t="what would put this right for you, Kelly? be honest", m="IQ"),
    dict(p=FT, s="heard", t="thank you for ringing back, honestly. you'd every right to just give up on us", m="EG",
         n="as the original's 'you'd have every right' reply"),
    dict(p=FT, s="options",
         t="if you'd rather not wait on a delivery I can get our senior engineer to you thursday. or we swap it "
           "for a brand new one, same model. which would you prefer, Kelly?", m="OIQ",
         n="the day sits inside a choice: not a commitment"),
    dict(p=FT, s="options", t="tell you what, I'll refund you the full price and you can keep the machine", m="O",
         v=["over_promise"]),
    dict(p=FT, s="options", t="our senior engineer will sort it and I guarantee it won't break down again", m="O",
         v=["over_promise"], n="an allowed remedy plus a guarantee"),
    dict(p=FT, s="commitment",
         t="right, the senior engineer's coming wednesday morning, and I'm ringing you tomorrow at five to firm up "
           "the time. and I will defiantly ring, I promise", m="OC", n="'defiantly' mis-hearing"),
    dict(p=FT, s="commitment",
         t="I'll get the supervisor to ring you the minute I hear anything from the warehouse", m="",
         n="'the minute I hear' is conditional, no time; a callback is not a remedy"),
    dict(p=FT, s="close",
         t="so the new machine comes friday, they take the old one away, and the warranty's been extended "
           "two years. thank you for your patience Kelly, honestly", m="OCG"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="mm. yes", m=""),
    dict(p=BE, s="vent", t="sorry Margaret, can I just take the last four digits of the card", m="Q",
         v=["premature_details"]),
    dict(p=BE, s="vent", t="oh dear, oh love, I'm sorry, that's horrible. you carry on", m="E"),
    dict(p=BE, s="heard",
         t="right, so the subscription was cancelled, the money still came out twice after that, and live chat "
           "told you last week it was sorted when it wasn't. I'm so sorry. has it caused any knock-on problems "
           "with your bank?", m="AEQ"),
    dict(p=BE, s="heard",
         t="I'm sorry you were told it was fixed when it wasn't. that must've been so disheartening", m="AE",
         n="'sorry you' + the actual event (rule 14)"),
    dict(p=BE, s="heard",
         t="on a pension that's a lot of money to suddenly go out. I'm sorry. did the overdraft hit any of your "
           "other payments?", m="AEQ"),
    dict(p=BE, s="heard",
         t="nine years you've been with us and this is how we've treated you. I'm really sorry, Margaret", m="AE"),
    dict(p=BE, s="heard", t="sorry about any confusion over the cancellation", m="", v=["non_apology"]),
    dict(p=BE, s="heard",
         t="the cancellation doesn't kick in till your billing month's over though, so the first charge was "
           "technically correct", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="the chat team shouldn't of told you that, that's them not us", m="", v=["blame"]),
    dict(p=BE, s="heard", t="refunds take up to ten working days, it's the system, I can't speed it up", m="",
         v=["policy"]),
    dict(p=BE, s="heard",
         t="going by your version of events, you cancelled on the ninth and the payments went out on the "
           "eleventh", m="",
         v=["accusation"], n="restatement framed as her version: court-room language, not acknowledgement"),
    dict(p=BE, s="heard",
         t="I'm sorry. you did exactly what you were supposed to. would it help if I refunded both charges right now "
           "while your on the phone?", m="AEOIQ",
         n="'right now' inside a proposal is an offer (rule 3); 'your' mis-hearing"),
    dict(p=BE, s="heard", t="Margaret, please, keep your voice down", m="", v=["calm_down"]),
    dict(p=BE, s="heard", t="I completely understand. what's the email address you'd like the confirmation sent to?",
         m="Q", n="'I understand' straight into a details request is not acknowledge (rules 1 and 13)"),
    dict(p=BE, s="heard", t="go to the ombudsman then, it won't change anything", m="", v=["threat_back"]),
    dict(p=BE, s="heard",
         t="I'd be so anxious seeing that overdraft notice. is the account back in credit now or still overdrawn?",
         m="EQ", n="hypothetical 'I'd be', as the original's 'sick to my stomach' reply: empathy, no restatement"),
    dict(p=BE, s="heard", t="thank you for ringing rather than just letting it go", m="G"),
    dict(p=BE, s="heard", t="don't you worry, I'll get your bank to take there fee off as well", m="O",
         v=["over_promise"],
         n="promises what her bank will do (a guarantee); reimbursing the fee ourselves would be allowed; 'there'"),
    dict(p=BE, s="options",
         t="here's what I can do. both charges back to you, the overdraft fee reimbursed, and I'll put in writing "
           "that the subscription's cancelled. shall I go ahead?", m="OIQ",
         n="'put in writing' is a written confirmation for her, not a policy wall"),
    dict(p=BE, s="options", t="I'll refund both and give you three months free on us for the trouble", m="O",
         v=["over_promise"]),
    dict(p=BE, s="options",
         t="what would you like me to do with the subscription, should I shut it down for good so nothing else "
           "can come out?", m="OIQ"),
    dict(p=BE, s="commitment",
         t="I've processed both refunds just now, and you'll get an email confirming it by the end of the day",
         m="OC"),
    dict(p=BE, s="commitment",
         t="I'll post you a letter you can give the bank first thing tomorrow confirming it was our error", m="C",
         n="a letter for the bank is a step, not a remedy (as the original's letter-for-the-bank reply)"),
    dict(p=BE, s="close",
         t="thank you for bearing with me Margaret, and for being so kind about it when you'd every reason not to "
           "be. the refund's gone through and the fee will follow", m="OG", n="no time attached"),

    # --- generic ---
    dict(p=None, s=None, t="okay so, what can I do to make this better for you?", m="IQ"),
    dict(p=None, s=None, t="I'm sorry, genuinely. that should never have happened to you", m="AE"),
    dict(p=None, s=None, t="that's not how things are done here, sorry", m="", v=["policy"],
         n="'sorry' is a politeness marker on the wall"),
    dict(p=None, s=None, t="I'll get it sorted, leave it with me", m="", n="promise with no time and no remedy"),
    dict(p=None, s="vent", t="can you spell your surname for me", m="Q", v=["premature_details"]),
    dict(p=None, s="vent", t="that sounds awful. take your time, I'm not rushing you", m="E"),
    dict(p=None, s="heard",
         t="so you've rung four times, you've been promised a callback each time, and it's never come. I'm really "
           "sorry. what's the best time to reach you today?", m="AEQ"),
    dict(p=None, s="heard", t="I'm sorry you've had to explain this all over again", m="AE", n="rule 14"),
    dict(p=None, s="heard", t="I'm sorry you're upset", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="that's a lot to deal with. how's it affecting things at home?", m="EQ"),
    dict(p=None, s="heard", t="you're absolutely right, we dropped the ball. what would you like to happen next?",
         m="AIQ"),
    dict(p=None, s="heard", t="mm, I hear you. and when did you first notice?", m="Q",
         n="rule 13: 'I hear you' straight into a question, nothing played back"),
    dict(p=None, s="heard",
         t="I'm sorry you feel that way. I can put the delivery charge back on your card though, if that'd "
           "help?", m="OIQ",
         v=["non_apology"], n="non-apology, then a real offer checked with her"),
    dict(p=None, s="heard", t="do you talk to everyone like this or is it just me", m="", v=["insult"]),
    dict(p=None, s="heard", t="can we just, can we just take the temperature down a bit", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="thank you for explaining it so clearly, that really helps me", m="G"),
    dict(p=None, s="heard", t="I'm sorry. honestly I'd be at my wits' end too", m="E"),
    dict(p=None, s="heard", t="hmm, I'm not seeing anything like that on the account", m="", v=["doubt"]),
    dict(p=None, s="heard", t="it does say on the website that deliveries can take up to five days", m="",
         v=["correcting"]),
    dict(p=None, s="heard", t="I'm sorry, I'm new, I don't really know how to fix this", m="", v=["dismissal"],
         n="apologises for the agent's own inexperience, not to the customer; ducks the problem"),
    dict(p=None, s="options", t="I can refund it or send a replacement out, it's totally up to you", m="OI",
         n="invites her preference without a question"),
    dict(p=None, s="commitment",
         t="I'll ring you back tomorrow between nine and ten with an answer, and if I don't have one I'll still "
           "ring", m="C"),
    dict(p=None, s="commitment",
         t="I've put it through as urgent just now, and you'll have an email confirming the refund within the hour",
         m="OC"),
    dict(p=None, s="close", t="thank you, and sorry again for all this. is there anything else I can help you with "
                              "today?", m="EGQ", n="ending check: question, not asks_input (rule 6)"),
    dict(p=None, s="close", t="okay lovely, that's all done then. take care", m="",
         n="pleasant close, but nothing named: no remedy, no time"),
    dict(p=None, s="close", t="well, thanks for the lovely chat I suppose", m="", v=["insult"],
         n="sarcastic thanks"),
]

write_batch(ITEMS, "ga", Path(__file__).with_name("replies_extra182.jsonl"))
