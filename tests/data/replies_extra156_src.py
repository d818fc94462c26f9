"""Source of `replies_extra156.jsonl`: batch 156, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its tune
part alone, without reading the judge's code or any other labelled batch. Its theme is a fresh
cross-section: the original set's own mix of marks, stages, personas and violation kinds (about a third
of the replies with a violation, about a quarter good replies with three or more marks, a few with no
mark at all), in new wordings and situations. Many of the violations are said softly or politely inside
otherwise helpful replies ("just so you know for the next one, the engineers always send a text", "I do
want to be transparent, so you should know two of the three were caused by our hosting partner",
"unfortunately that's as far as the system lets me go", "I'd just ask you keep the language down or I'll
have to end the call"), and many hard negatives sound close to a fault but are not ("I'm not gonna sit
here blaming the engineers", "I can't promise you there'll never be another outage", "the instruction
came in at eleven oh two, well before the cut-off, so this is entirely on our side", "it does say up to
ten days on the website, but that's a maximum, not an excuse"). Every persona, the generic `None` and
every stage appear; about half are styled like a Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra156.jsonl next to it (ids fa0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="yeah... yep", m="", n="back-channel while she vents"),
    dict(p=MT, s="vent",
         t="sorry to cut across you, it'll just save us time later, could I grab the postcode for the install so I"
           " can pull it up while your talking",
         m="Q", v=["premature_details"],
         n="polite and well meant, still a details request during the vent; 'your' mis-hearing"),
    dict(p=MT, s="vent", t="go ahead, I'm not gonna ask you for any numbers yet, I just wanna hear what happened",
         m="", n="hard negative: promises not to ask for details; a back-channel, no mark"),
    dict(p=MT, s="heard",
         t="so you- you booked the morning slot, sat in the whole eight till twelve, twice, and nobody rang you "
           "either time to say they weren't coming. that's a lot of waiting around for nothing, I'm sorry",
         m="AE"),
    dict(p=MT, s="heard",
         t="I'm really sorry about both mornings. just so you know for the next one, the engineers always send a "
           "text the night before, so it's worth keeping an eye on your phone",
         m="E", v=["correcting"],
         n="gentle tip that implies she missed the text: correcting; no 'but', so the apology stands"),
    dict(p=MT, s="heard", t="does your work pay you for days like that or did you lose the wages both times",
         m="Q", n="impact question without a question mark"),
    dict(p=MT, s="heard",
         t="you're paid by the hour, so that's two mornings wages gone, and now your supervisor's passing comments"
           " on top. honestly? I'd be fuming",
         m="AE"),
    dict(p=MT, s="heard",
         t="I'll be straight with you, a full refund isn't something I can sign off on. but I don't want to leave "
           "it there",
         m="", n="hard negative: honest limit (rule 11), not a policy wall or dismissal; no remedy named yet"),
    dict(p=MT, s="options",
         t="right so what I can do is, um, take off the installation fee, put a month's credit on the account, and"
           " get you the eight o'clock slot so you're his first job. how does that sound",
         m="OIQ"),
    dict(p=MT, s="options",
         t="I totally get that you want every penny back, and honestly you've earned it. I'll refund the lot and "
           "pay you back the wages for both days as well",
         m="AO", v=["over_promise"], n="warm and eager, but a refund plus lost wages is beyond the allowance"),
    dict(p=MT, s="options",
         t="I can waive the fee, give you a month's credit and put you down for eight a.m., first job. "
           "unfortunately that's as far as the system lets me go on installs. what day suits?",
         m="OIQ", v=["policy"],
         n="a real offer, then a polite 'the system lets me' wall (rule 11); the question after it stands"),
    dict(p=MT, s="options",
         t="would you rather the eight o'clock on tuesday or the eight o'clock on saturday? saturday means you "
           "don't need to ask your boss for anything",
         m="OIQ", n="a choice of rebooked first slots is a remedy; times inside a choice are not commitments"),
    dict(p=MT, s="commitment",
         t="Done. The installation fee's off as of now, the month's credit is on, and you're booked for 8 a.m. on "
           "the twelfth. I'll text you the engineer's name tonight before seven. Does that all work for you?",
         m="OCIQ"),
    dict(p=MT, s="commitment",
         t="sorry if the wait's been a pain. I've booked you first slot, eight o'clock next tuesday",
         m="OC", v=["non_apology"], n="'sorry if' is a non-apology; the booking with a day and time still counts"),
    dict(p=MT, s="heard",
         t="I do want to sort this, I really do. I'd just ask you keep the language down or I'll have to end the "
           "call, that's all",
         m="", v=["threat_back"], n="politely worded, still threatens to hang up"),
    dict(p=MT, s="heard",
         t="look I'm not gonna sit here blaming the engineers or the scheduling team. it was us, and you paid for "
           "it with two days wages",
         m="A", n="hard negative: names others only to refuse to blame them; owns the failure (rule 14)"),
    dict(p=MT, s="heard",
         t="I'm so sorry, and you're absolutely right to be cross. if it's any comfort, the engineer's notes do "
           "say he tried the door at ten fifteen",
         m="AE", v=["doubt"],
         n="soft doubt dressed as comfort ('the notes say'); no contrastive connective, so the marks before it "
           "stand"),
    dict(p=MT, s="close",
         t="you're all set then, eight sharp on thursday, first on his list. and thanks for sticking with us "
           "through all this Bernadette",
         m="OCG"),
    dict(p=MT, s="heard",
         t="I hear you, I hear you. what's the account number and I'll have a look",
         m="Q",
         n="rule 13: 'I hear you' said straight into a details request is not acknowledge; not the vent, so no "
           "violation"),
    dict(p=MT, s="heard",
         t="I do want to help, I promise. it'd just help me a lot if we could bring it down a notch so I can "
           "follow everything",
         m="", v=["calm_down"], n="a polite request to lower her voice is still calm_down"),
    dict(p=MT, s="heard",
         t="thank you for going through all that again, I know this is the third time you've had to explain it. is"
           " there anything else that's happened that I should know about?",
         m="AGQ"),
    dict(p=MT, s="options",
         t="since you can't take another morning off, what if I book the first slot on a saturday instead and "
           "waive the install fee on top? would that work round your job?",
         m="AOIQ"),
    dict(p=MT, s="heard",
         t="you waited in twice and not one call from us to warn you. we own that completely, and I'm really "
           "sorry. how's it left things with your supervisor?",
         m="AEQ"),
    # --- lost-express ---
    dict(p=LE, s="vent", t="god, on a job like that as well. sorry, carry on",
         m="E", n="sincere sympathy while letting him vent"),
    dict(p=LE, s="vent",
         t="I'm sorry, that sounds like a nightmare. while you're telling me could you read me the consignment "
           "number",
         m="EQ", v=["premature_details"]),
    dict(p=LE, s="heard",
         t="um so the compressor and the control board were meant to be at the restaurant first thing, you'd paid "
           "for the overnight service, and the tracking hasn't moved since it left your unit",
         m="A"),
    dict(p=LE, s="heard",
         t="and it's just you and your nephew, so this restaurant isn't some small account for you, it's a big "
           "chunk of your work. I'd be sick about it",
         m="AE"),
    dict(p=LE, s="heard",
         t="I'm so sorry, what an awful spot to be put in. to be honest our overnight courier has had a rough "
           "couple of weeks, it's not been great on their end",
         m="E", v=["blame"], n="soft blame on the courier; no 'but', so the apology stands"),
    dict(p=LE, s="heard",
         t="I'm really sorry. I'll be upfront, the goods are only covered up to the standard liability limit, I "
           "can't change that. what I can change is how fast we get new parts to your client",
         m="E", n="hard negative: an honest limit (rule 11), not a policy wall; no concrete remedy named yet"),
    dict(p=LE, s="options",
         t="here's where I can help. I'll refund the overnight charge, put a trace on the parcel, and send a "
           "same-day courier so replacement parts go straight to the restaurant, at our cost. which do you want me"
           " to start on?",
         m="OIQ", n="'I'll' with no time inside a proposal: an offer, not a commitment"),
    dict(p=LE, s="options",
         t="and I'll make sure that courier has it at the restaurant by two o'clock, guaranteed, so they're sorted"
           " for the lunch service",
         m="OC", v=["over_promise"], n="guarantees a delivery time the courier controls"),
    dict(p=LE, s="options",
         t="the express fee I can give you back today, no problem. the lost work with the restaurant I'm afraid we"
           " just don't cover, it's in the conditions of carriage. shall I go ahead with the refund?",
         m="OIQ", v=["policy"], n="a real offer ('I can ... today' is an offer), then a wall citing the conditions"),
    dict(p=LE, s="heard", t="what's the restaurant said? have they threatened to take their work somewhere else?",
         m="Q"),
    dict(p=LE, s="heard", t="with respect Marcus, shouting at me won't get the parcel there any quicker",
         m="", v=["calm_down"]),
    dict(p=LE, s="heard",
         t="I'm not going to tell you parcels go missing all the time, because they shouldn't, and yours "
           "definitely shouldn't have",
         m="A", n="hard negative: names the minimising line only to reject it; 'shouldn't have' acknowledges"),
    dict(p=LE, s="heard",
         t="thanks for bearing with me while I looked. it was scanned at collection monday night and then nothing "
           "at all, so you're right, it's stuck somewhere in our network. I'm sorry",
         m="AEG", n="the record backs the customer: not doubt or accusation"),
    dict(p=LE, s="commitment",
         t="right the trace is live, the reference ends four nine two, and the courier's booked to collect the "
           "replacement parts at one. I'll ring you the minute it's picked up and again by five with where the "
           "trace is at",
         m="OC"),
    dict(p=LE, s="heard", t="I'm sorry you see it that way, we do take every parcel seriously",
         m="", v=["non_apology"]),
    dict(p=LE, s="heard",
         t="so just for the record, you're saying it was handed in at the counter and not dropped in a box?",
         m="", v=["accusation"],
         n="'for the record' turns the check-back into court-room language; not a real question"),
    dict(p=LE, s="heard",
         t="was it the compressor for their cold room? cause if their cold room's down I want that replacement "
           "moving as fast as I can get it",
         m="Q"),
    dict(p=LE, s="options",
         t="I'd love to say we'll pay for the lost job, I really would, but I'd be promising you something I can't"
           " deliver. what I can do is give you back the express charge and get new parts out to them by courier "
           "today. would that get you out of trouble with them?",
         m="OIQ", n="hard negative: an honest refusal, not a wall or dismissal; 'today' inside an offer"),
    dict(p=LE, s="heard", t="right, well, shouting the odds at me isn't gonna magic your parcel back, is it",
         m="", v=["insult"], n="sarcastic retort; the tag is rhetorical"),
    dict(p=LE, s="close",
         t="that's everything moving then. thanks for being so decent about it Marcus, I know today's been a "
           "nightmare for you. I'll email you the trace update by ten tomorrow",
         m="ECG"),
    dict(p=LE, s="commitment", t="leave it with me, I'll nudge the depot and ring you back by half three either way",
         m="C"),
    dict(p=LE, s="heard",
         t="I mean you're not wrong, overnight means overnight and we didn't deliver. and I won't promise you a "
           "time for the replacement, because the courier controls that, but I will keep on at them for you",
         m="A",
         n="hard negative: declining to promise the courier's time is honest, neither a wall nor over_promise"),
    dict(p=LE, s="options",
         t="I'm really sorry, and I'll get the express fee refunded today. for the future though, it might be "
           "worth taking out the enhanced cover on parts that valuable",
         m="OC", v=["correcting"],
         n="'though' leads into advice that implies his mistake, so it cancels the apology; the refund with "
           "'today' stands"),
    # --- escalated-exec ---
    dict(p=EE, s="vent", t="Understood.", m="", n="'understood' as a filler (rule 1)"),
    dict(p=EE, s="vent",
         t="before we get into it, could you just confirm the contract reference so I know I'm on the right "
           "account",
         m="Q", v=["premature_details"]),
    dict(p=EE, s="heard",
         t="Three outages in one quarter, every one of them outside the SLA, and your pickers standing idle each "
           "time. You shouldn't have had to email our chief executive to get that taken seriously.",
         m="A"),
    dict(p=EE, s="heard",
         t="you went out on a limb for us with your board, and we've made you look bad in front of them. I'm "
           "sorry, that's a rotten place to be",
         m="AE"),
    dict(p=EE, s="heard",
         t="thank you for flagging this so clearly. for future reference though, the quickest route is your "
           "service desk rather than the CEO's office",
         m="G", v=["correcting"], n="gratitude is not cancelled by 'though'; the advice corrects how she escalated"),
    dict(p=EE, s="heard",
         t="I hear what you're saying about the lawyers, and that's entirely your call. I'd just like the chance "
           "to fix this before it gets that far",
         m="A", n="hard negative: leaves the legal route to her without daring her to take it; not threat_back"),
    dict(p=EE, s="heard",
         t="I'll be honest with you, if this does go down the legal route this conversation will have to stop and "
           "it'll be between our lawyers",
         m="", v=["threat_back"], n="polite, but answers her threat with one"),
    dict(p=EE, s="heard",
         t="how long were the warehouses actually down, like, each time, and what did that do to your dispatch?",
         m="Q"),
    dict(p=EE, s="options",
         t="I can put the full quarter's SLA service credit through, give you one named account manager as your "
           "contact, and have a root-cause report written up. would you want the report in time for your next "
           "board meeting?",
         m="OIQ"),
    dict(p=EE, s="options",
         t="on the exit, I'm afraid the contract's the contract. I can't waive the penalty clauses just because "
           "we've had a bad quarter",
         m="", v=["policy"], n="'the contract's the contract' is a 'rules are rules' wall"),
    dict(p=EE, s="options",
         t="I can release you from the contract with no penalty, and we'll look at compensating you for the lost "
           "dispatches too",
         m="O", v=["over_promise"]),
    dict(p=EE, s="commitment",
         t="thanks for your patience on this. you'll have the root-cause report in your inbox by close of play on "
           "the twenty-first, and Tom Hale, your new account manager, will ring you tomorrow at ten",
         m="OCG"),
    dict(p=EE, s="commitment",
         t="I can't promise you there'll never be another outage, nobody honestly could. what I can promise is the"
           " root-cause report on your desk by the twenty-first",
         m="OC", n="hard negative: refuses the zero-downtime guarantee; a dated report is a remedy and a commitment"),
    dict(p=EE, s="heard",
         t="according to our monitoring the second incident was actually only eighteen minutes, so it may not have"
           " breached at all",
         m="", v=["accusation", "correcting"], n="rule 10: insisting on the record against her"),
    dict(p=EE, s="heard",
         t="that must've been a brutal board meeting. I'd hate to be the one who'd vouched for a supplier and then"
           " had to explain three outages",
         m="AE"),
    dict(p=EE, s="heard",
         t="we're sorry for any disruption this may have caused to Ferrow's operations. I'll get the service "
           "credit raised today",
         m="OC", v=["non_apology"], n="non-apology, then a real remedy with 'today'"),
    dict(p=EE, s="heard",
         t="thank you for giving me this time, I know you've got warehouses to run. what's the most pressing thing"
           " for you today?",
         m="GIQ", n="asks what matters most to her: asks_input"),
    dict(p=EE, s="heard",
         t="I'm really sorry, and I do want to be transparent, so you should know two of the three were caused by "
           "our hosting partner rather than our own platform",
         m="E", v=["blame"], n="soft blame framed as transparency; no 'but', so the apology stands"),
    dict(p=EE, s="close",
         t="okay, so to recap. the credit goes on this month's invoice, Tom's your account manager from tomorrow, "
           "and the report's yours by the twenty-first. thank you for letting us earn this back",
         m="OCG"),
    dict(p=EE, s="options",
         t="I'd like to give you something concrete for your board. would a root-cause report in writing, with the"
           " fixes and dates in it, plus the quarter's service credit, be a useful start?",
         m="OIQ", n="dates inside the offer: not a commitment"),
    dict(p=EE, s="heard", t="if you're quite finished, I do actually have something to offer you",
         m="", v=["insult"], n="'if you're quite finished' is 'are you finished?' said politely; no remedy named"),
    dict(p=EE, s="heard",
         t="I completely hear you and we will get to the bottom of it, you know. I've only got two of the three "
           "incidents logged on my side though, so I'd need to check the third one actually breached",
         m="", v=["doubt"], n="'though' leads into doubt and cancels the acknowledgement"),
    dict(p=EE, s="heard",
         t="you've carried this for us with your own team for three months and we kept letting you down. I'm "
           "sorry. what would you need on paper before your board next meets?",
         m="AEIQ"),
    # --- vip-client ---
    dict(p=VC, s="vent", t="of course, Mr Fairclough. please, go on", m=""),
    dict(p=VC, s="vent",
         t="I'm terribly sorry. I'll just need to take you through security first, could you give me the sort code"
           " and the last four digits of the account",
         m="EQ", v=["premature_details"]),
    dict(p=VC, s="heard",
         t="you heard about the delay from the seller's solicitor rather than from us. that must have been "
           "humiliating, and it never should have happened",
         m="AE"),
    dict(p=VC, s="heard",
         t="Two days late on a completion, with a cash buyer waiting to step in. I'm so sorry you had to ring the "
           "seller and plead to keep it alive.",
         m="AE", n="rule 14: 'sorry you had to' + what he went through"),
    dict(p=VC, s="heard",
         t="I understand completely, and please, with the greatest respect, I'd ask you not to take that tone with"
           " me",
         m="A", v=["calm_down"],
         n="no contrastive connective, so 'I understand' stands beside the calm_down (rule 2)"),
    dict(p=VC, s="heard",
         t="to be fair, large transfers do get held for checks from time to time, it's not specific to you",
         m="", v=["correcting"], n="educating him on holds, like 'it happens at every bank'"),
    dict(p=VC, s="heard",
         t="I know the other bank's been in touch with you. if you feel they'd look after you better, I'd "
           "completely understand you moving",
         m="", v=["threat_back"], n="a polite 'move your accounts then'"),
    dict(p=VC, s="heard", t="how did the sellers take it in the end? are you still completing on the same date?",
         m="Q"),
    dict(p=VC, s="options",
         t="I'd like to reverse the transfer fees in full and give you a named senior relationship banker on a "
           "direct line, so you never go through the switchboard again. would you be happy for me to set that up?",
         m="OIQ"),
    dict(p=VC, s="options",
         t="let me waive all your fees for the next twelve months, and I'll have the chief executive write to you "
           "personally",
         m="O", v=["over_promise"]),
    dict(p=VC, s="options",
         t="what I can offer is same-day processing on all your transfers from now on, plus the fees back. "
           "anything beyond that would need a formal complaint in writing, unfortunately. would that help at all?",
         m="OIQ", v=["policy"], n="real offer, then 'put it in writing'"),
    dict(p=VC, s="commitment",
         t="the fees will be refunded to you before close of business today, and Caroline Marsh, your relationship"
           " banker, will ring you at half nine tomorrow on your mobile",
         m="OC"),
    dict(p=VC, s="heard", t="[sighs] right. yes. I do have the file in front of me",
         m="", v=["insult"], n="transcribed sigh (rule 12)"),
    dict(p=VC, s="heard",
         t="thank you for your patience Mr Fairclough, and for your loyalty over the years. I'm only sorry we've "
           "tested it like this",
         m="EG"),
    dict(p=VC, s="heard",
         t="I can see the instruction came in at eleven oh two, well before the cut-off, so this is entirely on "
           "our side",
         m="A", n="hard negative: the record is quoted in the client's favour, not against him (compare rule 10)"),
    dict(p=VC, s="heard",
         t="I'm afraid that's a matter for our payments operations team, I'm not able to see their queue from here",
         m="", v=["dismissal"], n="'not my department' said politely"),
    dict(p=VC, s="heard", t="when did you first find out the money hadn't landed?", m="Q"),
    dict(p=VC, s="commitment", t="I'll get the fee reversed and someone from the relationship team'll be in touch",
         m="O", n="a remedy but no time: not a commitment"),
    dict(p=VC, s="close",
         t="it's been a pleasure, and thank you for staying with us. Caroline's direct number will be in your "
           "inbox within ten minutes",
         m="CG",
         n="follow-up on a remedy already agreed (like confirming the direct line is active): commitment only"),
    dict(p=VC, s="heard",
         t="that's a very serious allegation, sir, and I'd want to see the details before I accepted it",
         m="", v=["accusation", "doubt"]),
    dict(p=VC, s="heard",
         t="honestly? I'd be beside myself if a delay nearly cost me a house. you're right to expect better from "
           "us. what would put this right for you?",
         m="AEIQ"),
    dict(p=VC, s="heard",
         t="I'm so sorry sir, and I'll have the fee reversed today. for what it's worth the receiving bank held it"
           " for most of a day as well, so it wasn't all at our end",
         m="EOC", v=["blame"],
         n="soft blame after the remedy; no contrastive connective, so the apology and offer stand"),
    dict(p=VC, s="options",
         t="I know how close that came, and I'm truly sorry. I can reverse every fee on that transfer today and "
           "put you on same-day processing from now on. would you like me to do both?",
         m="AEOIQ", n="'I can ... today' inside a proposal: an offer, not a commitment"),
    # --- failed-twice ---
    dict(p=FT, s="vent", t="oh, that's rotten. sorry, carry on", m="E", n="sincere sympathy while she vents"),
    dict(p=FT, s="vent", t="right, can I take the serial number off the back of the machine while you're at it",
         m="Q", v=["premature_details"]),
    dict(p=FT, s="heard",
         t="seven months old, it's packed up again after two repairs, and the supervisor who was supposed to ring "
           "you on monday never did. that's just not good enough",
         m="A"),
    dict(p=FT, s="heard",
         t="with a toddler and a baby in the house you must be drowning in washing. I'm so sorry. how've you been "
           "coping?",
         m="AEQ"),
    dict(p=FT, s="heard",
         t="I'd be surprised if it's the machine, to be honest, that model hardly ever comes back to us",
         m="", v=["doubt"]),
    dict(p=FT, s="heard",
         t="sorry, but the callback team aren't actually part of our department, so I wouldn't know why they "
           "didn't ring",
         m="", v=["dismissal"], n="'sorry, but' into 'not my department'"),
    dict(p=FT, s="heard", t="you've been hauling it all to the laundromat? how much has that cost you so far?",
         m="AQ", n="check-back on what she said, then a real impact question"),
    dict(p=FT, s="options",
         t="I can't offer you an upgrade, I won't pretend otherwise. I can swap it for a brand new machine, same "
           "model, and add two years onto the warranty. or I send our most experienced engineer this week and "
           "leave you a loan machine till it's fixed. which sounds better to you?",
         m="OIQ", n="honest refusal first: not a policy wall"),
    dict(p=FT, s="options",
         t="tell you what, I'll bump you up to the newer model, same price, it's the least you deserve after all "
           "this",
         m="O", v=["over_promise"]),
    dict(p=FT, s="options",
         t="I could send the senior engineer on thursday and, um, drop a loan machine off so you're not stuck "
           "meanwhile. would that help with the little ones?",
         m="OIQ", n="'thursday' inside an offer: not a commitment"),
    dict(p=FT, s="commitment",
         t="okay that's your new machine on order, same model, two year warranty extension added. delivery's "
           "friday, seven till eleven, and I'll give you a ring on saturday morning to check it's plumbed in and "
           "working",
         m="OC"),
    dict(p=FT, s="commitment", t="I'll get the supervisor to ring you today, I- I promise you",
         m="C", n="'today' attached to the agent's own step; promising a call is not over_promise"),
    dict(p=FT, s="heard",
         t="you're welcome to go to trading standards if you want, I'm just telling you what we can and can't do",
         m="", v=["threat_back"], n="a polite 'go ahead then'"),
    dict(p=FT, s="heard",
         t="honestly the engineer who did the second repair was one of our subcontractors, and he clearly didn't "
           "do it right",
         m="", v=["blame"]),
    dict(p=FT, s="heard",
         t="your right, and I won't make excuses. we promised a callback, nobody rang, and we own that. thanks for"
           " pushing us on it",
         m="AG"),
    dict(p=FT, s="heard",
         t="did the engineer leave any paperwork after the second repair? I'd like to see what he actually "
           "replaced",
         m="Q"),
    dict(p=FT, s="heard",
         t="if you'd read the care guide you'd see it says not to overload it, which is what the engineer said "
           "caused it in the first place",
         m="", v=["accusation", "correcting"], n="rule 10: the engineer's finding used against her"),
    dict(p=FT, s="heard",
         t="thank you for ringing back after the way we let you down on monday. I wouldn't have blamed you if "
           "you'd just walked away from us",
         m="AEG", n="'wouldn't have blamed you' validates her; 'we let you down' acknowledges"),
    dict(p=FT, s="close",
         t="so that's the senior engineer booked for wednesday at eight with the loan machine, and I'll phone you "
           "that same afternoon, around three, to check it's sorted. thanks for sticking with it Kelly. anything "
           "else on your mind?",
         m="OCGQ", n="ending check: question, not asks_input"),
    dict(p=FT, s="heard",
         t="I totally understand. that's washing machines for you though, they're not built like they used to be",
         m="", v=["dismissal"], n="'though' into minimising cancels the acknowledgement"),
    dict(p=FT, s="options",
         t="you've had months of this and I'm sorry. what would feel like a fair fix to you Kelly? I've got a "
           "couple of things I can do but I'd like to hear you first",
         m="EIQ", n="no remedy named yet"),
    dict(p=FT, s="commitment",
         t="I'm so sorry Kelly, I'll get a senior engineer round to you on thursday. just for my notes though, "
           "have you been using the eco cycle? that one can be heavy on the pump",
         m="OC", v=["correcting"],
         n="'though' leads into an insinuating question: it cancels the apology; the question is not a real one; "
           "the booking with a day stands"),
    dict(p=FT, s="options",
         t="two repairs and still no machine, I'd have lost patience long ago, I'm sorry. would a new one, same "
           "model, with the warranty extended by two years, take the worry off?",
         m="AEOIQ"),
    # --- billing-error ---
    dict(p=BE, s="heard",
         t="Mrs Ellison, first of all, I'm grateful you rang us instead of cancelling your card and walking away, "
           "you'd have had every right to",
         m="EG", n="'every right to' validates her"),
    dict(p=BE, s="vent", t="sorry, before you go on, is it Mrs or Ms, and what email did you sign up with?",
         m="Q", v=["premature_details"]),
    dict(p=BE, s="heard",
         t="so you'd already cancelled, we took it twice anyway, your bank charged you for going overdrawn, and "
           "then live chat told you last week it was fixed when it wasn't. I'm so sorry, that's four things going "
           "wrong",
         m="AE"),
    dict(p=BE, s="heard",
         t="and your rent bounced because of it? oh Mrs Ellison that's dreadful. has your landlord been alright "
           "about it?",
         m="AEQ"),
    dict(p=BE, s="heard",
         t="nine years you've been with us, and this is how we treat you. I'm sorry, you deserved far better. and "
           "thanks for letting us try and fix it",
         m="AEG"),
    dict(p=BE, s="heard",
         t="I can see the chat from last week, and you were told it was sorted when it wasn't. that's on us as a "
           "company, not on you",
         m="A", n="hard negative: names the chat without pointing at the agent; owns the failure"),
    dict(p=BE, s="heard",
         t="I'm so sorry. to be honest with you the chat side is outsourced and they do get things wrong a lot",
         m="E", v=["blame"], n="soft blame on another team; the apology comes first with no 'but'"),
    dict(p=BE, s="heard",
         t="so you'd cancelled by the second, and the payments still came out on the ninth and the tenth? I'm "
           "really sorry. I'll get both of them back to you today",
         m="AEOCQ", n="check-back question, then a refund with 'today'"),
    dict(p=BE, s="heard", t="apologies for any trouble the billing's caused you", m="", v=["non_apology"]),
    dict(p=BE, s="options",
         t="I can refund both payments, reimburse the overdraft fee, and send you written confirmation that the "
           "subscription's closed. would that put things right for you?",
         m="OIQ"),
    dict(p=BE, s="options",
         t="I'll refund both charges and the overdraft fee, and I'll pop three months free on the account as a "
           "goodwill gesture",
         m="O", v=["over_promise"]),
    dict(p=BE, s="options",
         t="I'll reimburse the overdraft fee myself, from our side, so it doesn't matter what your bank decides. "
           "would that help?",
         m="OIQ", n="hard negative: we pay the fee back ourselves; no promise about what her bank will do"),
    dict(p=BE, s="commitment",
         t="both refunds are going through now, you'll see them in three to five working days, and the written "
           "confirmation of your cancellation goes in the post tonight. and I'm so sorry again, for all of it",
         m="EOC"),
    dict(p=BE, s="commitment", t="I've passed it to billing and they'll process your refund",
         m="O", n="a remedy with no time: not a commitment"),
    dict(p=BE, s="heard",
         t="how are you, um, how are you managing for money this week with the overdraft? is there anything urgent"
           " I should know about?",
         m="Q"),
    dict(p=BE, s="heard",
         t="I'm going to stop you there Mrs Ellison, I need you to stop talking over me so I can explain",
         m="", v=["calm_down"]),
    dict(p=BE, s="heard",
         t="I can see exactly what's happened here and you're right on every count. thank you for being so clear "
           "about it",
         m="AG"),
    dict(p=BE, s="close",
         t="thank you Mrs Ellison. the refunds and the overdraft fee are done, and the letter confirming the "
           "cancellation goes out today. is there anything else I can help with?",
         m="OCGQ", n="ending check: question, not asks_input (rule 6)"),
    dict(p=BE, s="heard", t="are you sure it was two payments and not one pending that dropped off?",
         m="", v=["doubt"], n="rhetorical doubt, not a real question"),
    dict(p=BE, s="heard",
         t="that's not something I can change I'm afraid, the billing runs automatically and I can't stop it once "
           "it's started",
         m="", v=["policy", "dismissal"]),
    dict(p=BE, s="options",
         t="which should I sort first for you, the money going back in, or something in writing for the bank?",
         m="OIQ"),
    dict(p=BE, s="heard",
         t="I completely understand you want to go to the ombudsman, and you're free to. though honestly they'll "
           "only send you back to us anyway",
         m="", v=["threat_back"], n="'though' leads into a dare: it cancels the acknowledgement"),
    dict(p=BE, s="commitment",
         t="you cancelled when you were meant to and we charged you regardless, I'm sorry. I'm putting both "
           "refunds and the overdraft fee through while you're on the line, and you'll have an email confirming it"
           " within ten minutes",
         m="AEOC"),
    # --- generic ---
    dict(p=None, s=None, t="I'm sorry the experience wasn't what you hoped",
         m="", v=["non_apology"], n="apologises for her disappointment, not for what happened"),
    dict(p=None, s=None, t="with all the will in the world, there's only so much one person on the phones can do",
         m="", v=["dismissal"]),
    dict(p=None, s=None, t="anyone would be cross after that. I know I would", m="E"),
    dict(p=None, s=None, t="you'll get an email from me before the end of today with everything we've agreed", m="C"),
    dict(p=None, s="vent", t="uh-huh... yeah... right", m=""),
    dict(p=None, s="vent", t="sorry, can I just stop you for one second, what's the name on the account?",
         m="Q", v=["premature_details"]),
    dict(p=None, s="vent", t="I hear you. say everything you need to say, I won't interrupt",
         m="A", n="sincere 'I hear you' inviting more (rule 1), not said into a request"),
    dict(p=None, s="heard",
         t="I understand. you've been promised a callback three times and you're still waiting for the first one. "
           "I'm sorry, and thank you for not giving up on us",
         m="AEG"),
    dict(p=None, s="heard", t="whoa, okay, there's no call for language like that", m="", v=["calm_down"]),
    dict(p=None, s="heard",
         t="okay so correct me if I'm wrong, the item came damaged, you sent it back, and the refund still hasn't "
           "shown up?",
         m="AQ", n="check-back question"),
    dict(p=None, s="heard", t="I'd never call this a small thing. for you it's been a whole week of chasing us",
         m="A", n="hard negative: rules out minimising; restates the impact"),
    dict(p=None, s="heard", t="that's really not on, and I'm sorry we've put you through it", m="AE"),
    dict(p=None, s="heard", t="I appreciate you hanging on, I know the hold music's been driving you up the wall",
         m="EG", n="names her frustration with the wait: empathise"),
    dict(p=None, s="heard", t="can I ask, uh, how this has affected you day to day?", m="Q"),
    dict(p=None, s="heard",
         t="look, I'm trying to help you here, but if the swearing carries on I'll put the phone down",
         m="", v=["threat_back"]),
    dict(p=None, s="heard", t="I'm so sorry you've had to ring us four times about this", m="AE", n="rule 14"),
    dict(p=None, s="heard",
         t="it does say up to ten days on the website, but that's a maximum, not an excuse, and yours is well past"
           " it. I'm sorry",
         m="AE", n="hard negative: the terms are quoted in the customer's favour; not correcting"),
    dict(p=None, s="heard",
         t="I'd just say, and I mean this kindly, it's very rare for this to happen, so I wonder if something else"
           " went on",
         m="", v=["doubt"], n="soft doubt"),
    dict(p=None, s="heard", t="I've logged what you're alleging and I'll pass it on", m="", v=["accusation"]),
    dict(p=None, s="options",
         t="I could do a refund, or a replacement on next-day, or if neither of those is right for you, tell me "
           "what would be",
         m="OI", n="imperative invitation: asks_input without a question"),
    dict(p=None, s="options",
         t="I'm really sorry we've ended up here. rather than me guessing, what does fair look like to you?",
         m="EIQ"),
    dict(p=None, s="options",
         t="a full refund's not something I'm able to authorise, sorry. let me tell you what I can do though",
         m="", n="hard negative: honest limit (rule 11); 'sorry' for a refusal is not empathy; no remedy named yet"),
    dict(p=None, s="heard", t="brilliant, another one who knows my job better than me", m="", v=["insult"]),
    dict(p=None, s="commitment",
         t="I've put the replacement through on priority and you'll get a tracking link by text before six "
           "tonight. is that okay?",
         m="OCIQ", n="checks acceptance of the step: asks_input"),
    dict(p=None, s="commitment",
         t="I'll call you tomorrow between ten and eleven, and if I've got nothing new I'll still call, so your "
           "not left wondering",
         m="C"),
    dict(p=None, s="commitment", t="I'll try my best to get an answer to you as soon as possible",
         m="", n="vague: no time"),
    dict(p=None, s="close",
         t="thanks for your patience with me, it's really made a difference today. the refund confirmation will be"
           " with you by email within the hour. take care",
         m="CG"),
    dict(p=None, s="heard", t="I'm not going to tell you you're wrong to be angry, because you're not",
         m="E", n="hard negative: a negation that validates the feeling (compare rule 9)"),
    dict(p=None, s="heard",
         t="I completely understand, and I'm going to make absolutely sure this never happens to you again",
         m="A", v=["over_promise"], n="a guarantee (rule 5): over_promise without options"),
    dict(p=None, s="options",
         t="I'm sorry, you've waited three weeks for something that should've taken three days. I can refund it "
           "now or get a fresh one to you by tomorrow, which would you rather?",
         m="AEOIQ", n="'now' inside a choice: an offer, not a commitment"),
    dict(p=None, s="heard",
         t="okay. so it came broken, the replacement came broken, and you've spent your lunch breaks on hold to "
           "us. I'm really sorry, and thanks for letting us have another go at it",
         m="AEG"),
]

write_batch(ITEMS, "fa", Path(__file__).with_name("replies_extra156.jsonl"))
