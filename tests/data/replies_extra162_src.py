"""Source of `replies_extra162.jsonl`: batch 162, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its tune
part alone, without reading the judge's code or any other labelled batch. Its theme is a fresh
cross-section: the original set's own mix of marks, stages, personas and violation kinds (about a
third of replies carry a violation, about a quarter are good replies with three or more marks, a few
carry no mark at all), in entirely new wordings and situations, spoken as trainees from many regions
and backgrounds would say them: dialect words ("ach no, that's a right pain, sorry pet", "that's
desperate altogether", "ah, sorry o", "now-now", "tidy"), non-native English ("I am understanding
fully, two times you have taken leave"), very formal ("I must ask you to moderate your tone") and very
casual ("mate, mate, settle, yeah?"). Hard negatives sit beside the positives as in the original: the
word "options" with nothing offered, "I hear ye" said straight into a details request, "sorry you're
upset, truly", "sorry" for a refusal, times inside a choice, vague promises ("someone should be in
touch with you shortly"). About half are styled like a Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra162.jsonl next to it (ids fg0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="ach no, that's a right pain, sorry pet. you carry on", m="E",
         n="Geordie 'pet'; sincere sympathy while letting her vent, like the original's 'god that's awful. sorry, "
           "go on'"),
    dict(p=MT, s="vent",
         t="can you just confirm the first line of the address for me first",
         m="Q", v=["premature_details"], n="detail request while she is still venting; no '?' needed"),
    dict(p=MT, s="heard",
         t="so you booked the morning, sat in from eight till twelve, nobody came, nobody rang, and then the "
           "exact same thing happened the second time. that's shocking, I'm sorry",
         m="AE"),
    dict(p=MT, s="heard",
         t="well ma'am our engineers do ring ahead normally, are you certain your phone wasn't on silent?",
         m="", v=["doubt"], n="rhetorical doubting question, not a real question"),
    dict(p=MT, s="heard",
         t="madam I am understanding fully, two times you have taken leave from office and the technician has not "
           "come. this is very bad experience, I am extremely sorry for the same",
         m="AE", n="Indian English; restates both missed visits and the leave, sincere apology"),
    dict(p=MT, s="options",
         t="okay so, I cant give back the whole installation cost, that's not mine to give, but the installation "
           "fee I'm wiping off, plus a months credit, and I'll get you the eight o clock slot, first job. which "
           "day suits?",
         m="OIQ", n="honest limit (rule 11), then remedies and a choice of day; no time for a declared step"),
    dict(p=MT, s="options",
         t="tell you what love, I'll refund the lot and stick three months free broadband on, can't say fairer "
           "than that",
         m="O", v=["over_promise"]),
    dict(p=MT, s="commitment",
         t="right, that's booked, tuesday, eight am sharp, first on his list. I'll text you the engineer's name "
           "by end of today",
         m="OC", n="confirming the rebooked first slot is a remedy (rule 4); text by end of today is a commitment"),
    dict(p=MT, s="heard",
         t="the installers are subcontracted, so really it's them that let you down, not us as such. I'll get the "
           "installation fee waived for you though",
         m="O", v=["blame"], n="remedy after the blame is not cancelled (rule 2)"),
    dict(p=MT, s="heard", t="well I'm sorry that's how you see it", m="", v=["non_apology"],
         n="'sorry ... how you see it' (rule 7)"),
    dict(p=MT, s="heard",
         t="that's two days annual leave gone, for nothing, and not so much as a phone call. no wonder you're "
           "raging",
         m="AE", n="Scots 'raging' = furious"),
    dict(p=MT, s="heard", t="aye I hear ye. what's the account number then", m="Q",
         n="'I hear ye' said straight into a details request is not acknowledge (rule 13); stage heard, so not "
           "premature"),
    dict(p=MT, s="heard",
         t="when you took the days off was it holiday you used, or did you actually lose the pay?",
         m="Q"),
    dict(p=MT, s="heard", t="I appreciate you giving me the whole story start to finish, it really helps", m="G"),
    dict(p=MT, s="close",
         t="so that's you sorted for thursday, eight o'clock, fee's gone and the credit's on. thanks a million "
           "for your patience, Bernadette",
         m="OCG", n="Irish 'thanks a million'; confirmed booking with a time"),
    dict(p=MT, s="heard", t="look it's a broadband install, it's hardly the end of the world", m="", v=["dismissal"],
         n="minimising the problem: dismissal"),
    dict(p=MT, s="options",
         t="I could book you in for eight am on a saturday, first visit of the day, so there's no more time off "
           "work, and waive the fee. or a weekday if you'd rather?",
         m="OIQ"),
    dict(p=MT, s="heard",
         t="Bernadette, Bernadette, please, there's no need for that language, just breathe",
         m="", v=["calm_down"]),
    dict(p=MT, s="heard",
         t="you've done everything right, you took the time off twice, and we didn't even ring. I'm so sorry. "
           "what would help most right now?",
         m="AEIQ"),
    dict(p=MT, s="commitment",
         t="I'm going to speak to the dispatch team the minute we finish, and I'll ring you back before half four "
           "with a name and a time",
         m="C", n="callback with a time, no remedy yet (rule 4)"),
    dict(p=MT, s="options",
         t="two mornings wasted waiting in, I'm really sorry. I can knock off the installation fee, add a month's "
           "credit to the account, and book the 8am appointment, first job. does that sound fair, or did you have "
           "something else in mind?",
         m="AEOIQ"),
    # --- lost-express ---
    dict(p=LE, s="vent",
         t="yeah sorry to butt in, have you got the consignment number there",
         m="Q", v=["premature_details"], n="interrupts the vent for a number; 'sorry' is politeness"),
    dict(p=LE, s="heard",
         t="ah, sorry o. so your client at the restaurant is waiting, the compressor did not reach, and the "
           "tracking is showing nothing. that is really bad, I understand why you are vexed",
         m="AE", n="Nigerian English 'sorry o' is a sincere apology; 'vexed' = angry"),
    dict(p=LE, s="heard",
         t="the tracking's probably just not updated, I'd give it till tomorrow before calling it lost to be "
           "honest",
         m="", v=["correcting"], n="telling him it isn't really lost, like the original's 'it's not lost exactly'"),
    dict(p=LE, s="options",
         t="the restaurant couldn't wait, that's why you went overnight, I get that. so, a new compressor and "
           "board couriered out today on us, your express money back, and a trace opened on the original. shall I "
           "get that moving?",
         m="AOIQ", n="'I can ... today' inside a proposal: offer, not commitment (rule 3)"),
    dict(p=LE, s="options",
         t="I'll sort you compensation for the restaurant job as well, whatever they've cost you, just send us "
           "the invoice",
         m="O", v=["over_promise"]),
    dict(p=LE, s="heard",
         t="honestly mate it's the subcontracted driver, they've had loads of complaints, it's them not us",
         m="", v=["blame"]),
    dict(p=LE, s="heard", t="that's mortifying, having to face your own client with nothing to show them", m="E",
         n="names his feeling, not what happened: empathise only"),
    dict(p=LE, s="heard", t="what's the restaurant said, have they given you a deadline to get it fixed?", m="Q"),
    dict(p=LE, s="commitment",
         t="the replacement's going on a same-day van, pickup at one, and I've refunded the express fee this "
           "minute. I'll ring you at four with where it's at",
         m="OC"),
    dict(p=LE, s="heard", t="apologies for any hassle this may have caused, sir", m="", v=["non_apology"]),
    dict(p=LE, s="heard",
         t="thanks for mentioning the restaurant's got a service tonight, I'd no idea it was that tight",
         m="AG", n="thanks for a fact he told us, and shows it was taken in"),
    dict(p=LE, s="heard",
         t="to be fair parcels do go walkabout now and then, it happens with every courier",
         m="", v=["dismissal"], n="Australian 'go walkabout'; minimising"),
    dict(p=LE, s="heard",
         t="you'll have to put a claim form in online, compensation isn't something we do over the phone, that's "
           "the procedure",
         m="", v=["policy"]),
    dict(p=LE, s="heard",
         t="so this is your reputation on the line with the restaurant, not just a box of parts. I'd be sweating "
           "too. how did they take it when you rang them?",
         m="AEQ"),
    dict(p=LE, s="options",
         t="I can have the parts couriered to the restaurant direct or to your unit so you can fit them, "
           "whichever's handier for you?",
         m="OIQ"),
    dict(p=LE, s="vent", t="jeez, that's rough. sorry, keep going", m="E",
         n="sincere sympathy while letting him vent"),
    dict(p=LE, s="heard",
         t="mate if you want to go to trading standards be my guest, it won't change the tracking",
         m="", v=["threat_back"]),
    dict(p=LE, s="heard", t="so you're alleging we never collected it at all", m="", v=["accusation"],
         n="repeat-back framed as an allegation"),
    dict(p=LE, s="close",
         t="right so recap, express fee's refunded, the trace reference is in your inbox, and the driver's due at "
           "the restaurant by five. thank you for keeping your cool with me today",
         m="OCG"),
    dict(p=LE, s="options",
         t="I'm sorry, the parts were meant to be there first thing and they weren't. but I can give you back "
           "what you paid for express today, would that help as a start?",
         m="AEOIQ", n="'but' leads into help, so acknowledge and empathise stand (rule 2)"),
    dict(p=LE, s="commitment",
         t="I will now call the depot personally and in thirty minutes I call you back with the information, yes?",
         m="C", n="non-native word order; 'yes?' is a tag, not a question; callback with a time"),
    dict(p=LE, s="options",
         t="thank you for staying on, Marcus. a restaurant with no compressor on a friday night, I'd be pulling "
           "my hair out too. can I book a courier for this afternoon with replacement parts while I get a trace "
           "opened?",
         m="AEOGIQ", n="asking permission for a remedy: options + asks_input + question"),
    dict(p=LE, s="commitment",
         t="I know your client's waiting and I'm sorry. the trace is open as of now, reference in your email in "
           "five minutes, and the replacement parts are booked on the two o'clock courier, our cost",
         m="AEOC"),
    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="'understood' as filler (rule 1)"),
    dict(p=EE, s="vent",
         t="before we go further Ms Ashcombe could you give me the contract reference",
         m="Q", v=["premature_details"]),
    dict(p=EE, s="heard",
         t="Ms Ashcombe, three outages in a single quarter, each one breaching the SLA, and your warehouses "
           "standing idle while it happened. no surprise it ended up in our chief executive's inbox, and I am "
           "sorry",
         m="AE"),
    dict(p=EE, s="heard",
         t="for the record, we did post updates on the status page throughout each incident",
         m="", v=["accusation", "correcting"], n="'for the record' plus insisting on our evidence (rule 10)"),
    dict(p=EE, s="options",
         t="your board will want something solid, I realise that. so: the quarter's service credit, an account "
           "manager who answers to you, and a root-cause report written up. is that a reasonable place to start?",
         m="AOIQ"),
    dict(p=EE, s="options",
         t="I can let you out of the contract with no penalty, I'll push that through myself",
         m="O", v=["over_promise"], n="contract release is beyond the allowance"),
    dict(p=EE, s="heard",
         t="if Ferrow wants to terminate, the exit clauses apply like they would for anyone, I'd run that past "
           "your lawyer",
         m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="that must leave you really exposed with your own directors", m="E"),
    dict(p=EE, s="heard", t="when it went down on tuesday, how long were the pickers actually stood there?", m="Q"),
    dict(p=EE, s="commitment",
         t="Tomasz Nowak is your account manager from today, he'll ring you tomorrow at ten, and I'm putting the "
           "root-cause report date in writing: friday the seventeenth",
         m="OC"),
    dict(p=EE, s="heard",
         t="I'm only first line, I've no visibility of the contract side at all",
         m="", v=["dismissal"]),
    dict(p=EE, s="heard",
         t="with respect, emailing the CEO over a few hours of downtime is a bit theatrical",
         m="", v=["insult", "correcting"],
         n="rude and minimising, like the original's 'you're overreacting, it was forty minutes'"),
    dict(p=EE, s="heard",
         t="thank you for giving me the dates and the durations, that's saved us a lot of digging",
         m="G"),
    dict(p=EE, s="heard",
         t="so this isn't about one bad day, it's a pattern, and you've lost faith that we'll ever fix it. what "
           "would rebuilding that look like for you?",
         m="AIQ"),
    dict(p=EE, s="options",
         t="would it be more use to you to have the full root-cause report in two weeks, or a short interim note "
           "this friday and the full one after?",
         m="OIQ", n="times inside a choice: not a commitment (rule 3)"),
    dict(p=EE, s="close",
         t="thank you, Eleanor, for the straight talking. a written summary of what we've agreed will be in your "
           "inbox before six tonight",
         m="CG"),
    dict(p=EE, s="heard", t="I'm sorry if our response hasn't met your expectations", m="", v=["non_apology"]),
    dict(p=EE, s="heard",
         t="Ms Ashcombe, shouting at me won't get your warehouses back up any faster",
         m="", v=["calm_down"], n="telling her not to shout, said as a put-down"),
    dict(p=EE, s="heard",
         t="anything about damages has to come to our legal team in writing, I can't discuss it on a call",
         m="", v=["policy"]),
    dict(p=EE, s="heard",
         t="honestly, thank you for still talking to me after three outages. your whole operation stopped, and "
           "that's on us. I'm sorry",
         m="AEG"),
    # --- vip-client ---
    dict(p=VC, s="vent",
         t="I'm so very sorry sir. may I just take your sort code and account number while you explain",
         m="EQ", v=["premature_details"], n="sincere apology, then a details request mid-vent"),
    dict(p=VC, s="heard",
         t="so the completion money went two days late, the sale almost fell through, and you heard it from the "
           "seller's solicitor rather than from us. that is not the service you pay for, and I am sorry",
         m="AE"),
    dict(p=VC, s="heard",
         t="if Sterling and Marsh can do better for you, I'd not stand in your way",
         m="", v=["threat_back"], n="answering the competitor threat in kind"),
    dict(p=VC, s="options",
         t="I'm sorry. today I can reverse both transfer fees and give you a named senior relationship banker you "
           "can ring directly. does that begin to put it right?",
         m="EOIQ"),
    dict(p=VC, s="heard",
         t="sir, I'll personally guarantee every payment you make clears within the hour from now on",
         m="", v=["over_promise"], n="a bare guarantee: over_promise without options (rule 5)"),
    dict(p=VC, s="heard",
         t="you'd have expected us to be the ones ringing you, not the other side's solicitor. quite right",
         m="A"),
    dict(p=VC, s="heard", t="thank you for taking the trouble to raise it with me personally, sir", m="G"),
    dict(p=VC, s="heard",
         t="did the delay end up costing you anything with the sellers, any penalty interest?",
         m="Q"),
    dict(p=VC, s="commitment",
         t="the reversal of both fees will show on your statement by tomorrow, and Mrs Okafor, your new "
           "relationship banker, will ring you at ten tomorrow to give you her direct line",
         m="OC"),
    dict(p=VC, s="heard",
         t="it says on my screen it left us on the day, sir, I really can't see where a two-day delay came from",
         m="", v=["doubt"],
         n="disbelieving his account, like the original's 'it says here everything went through fine'"),
    dict(p=VC, s="heard",
         t="I can only imagine standing in a solicitor's office waiting on money that wasn't coming",
         m="AE"),
    dict(p=VC, s="heard", t="with the greatest respect sir, you're not our only client", m="", v=["insult"]),
    dict(p=VC, s="options",
         t="would you prefer your future transfers to go same-day through the priority desk automatically, or "
           "only when you ask?",
         m="OIQ"),
    dict(p=VC, s="close",
         t="both fees were reversed this afternoon, and Mrs Okafor will call at ten tomorrow. thank you, sir, for "
           "giving us the opportunity to make amends",
         m="OCG"),
    dict(p=VC, s="heard", t="sir, I must ask you to moderate your tone", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="it was the correspondent bank that sat on it sir, not us", m="", v=["blame"]),
    dict(p=VC, s="heard",
         t="sir, you're right, you should never have learned this from the other side. I'm sorry. what would it "
           "take for you to trust us with the next one?",
         m="AEIQ"),
    dict(p=VC, s="commitment",
         t="I'm flagging this to the head of private banking now, and she will call you personally before five",
         m="C", n="escalation with a time: commitment, not options (rule 4)"),
    # --- failed-twice ---
    dict(p=FT, s="vent", t="ugh, that's pants. sorry, go on", m="E",
         n="British 'pants' = rubbish; sympathy while venting"),
    dict(p=FT, s="vent", t="can you read me the serial off the back of the machine", m="Q", v=["premature_details"]),
    dict(p=FT, s="heard",
         t="ah Kelly, that's desperate altogether. fixed twice, broke down twice, and then the supervisor never "
           "rang you back like they said. I'd be up the walls",
         m="AE", n="Irish 'desperate altogether', 'up the walls'"),
    dict(p=FT, s="heard",
         t="them drum bearings don't normally go that fast, are you overloading it by any chance?",
         m="", v=["doubt", "correcting"], n="implies customer error; rhetorical, not a real question"),
    dict(p=FT, s="heard",
         t="how are you getting on with the washing with the little ones, are you having to go the launderette?",
         m="Q"),
    dict(p=FT, s="options",
         t="a refund's not something I'm able to give, sorry, but a fresh machine, same model, two more years "
           "cover on it, or the senior engineer round by friday, I can do either. what'd you prefer?",
         m="OIQ", n="'sorry' for a refusal is not empathy; honest limit is not policy"),
    dict(p=FT, s="options",
         t="I'm so sorry Kelly. I'll get you the next model up and refund the old one, you deserve it",
         m="EO", v=["over_promise"]),
    dict(p=FT, s="heard",
         t="the supervisor who was meant to ring you went off sick, so that one's really down to him not me",
         m="", v=["blame"], n="fault put on another colleague"),
    dict(p=FT, s="heard",
         t="so it's seven months old, it's had two repairs, it's gone again, and the one phone call you were "
           "promised on monday never came",
         m="A"),
    dict(p=FT, s="heard", t="sorry that you've been upset by all this", m="", v=["non_apology"],
         n="'sorry you are upset' (rule 7)"),
    dict(p=FT, s="heard",
         t="thank you for ringing back Kelly, a lot of people wouldn't have given us another go",
         m="G"),
    dict(p=FT, s="commitment",
         t="I've got Gareth, our senior engineer, down for you wednesday first thing, and I'll phone you tuesday "
           "teatime to check it's all still on",
         m="OC", n="'tuesday teatime' is a time"),
    dict(p=FT, s="heard", t="[sighs] right. okay. what else", m="", v=["insult"],
         n="transcribed sigh (rule 12); 'what else' is curt, not a real question"),
    dict(p=FT, s="heard",
         t="I can't do anything about the callback, that's the supervisors' team, you'd have to take it up with "
           "them. I could have a senior engineer round by thursday though, would that help?",
         m="OIQ", v=["dismissal"], n="ducks the callback, then a real offer; the offer is not cancelled"),
    dict(p=FT, s="heard",
         t="two little ones and no washer for a fortnight, honestly I don't know how you're coping. how are you "
           "managing?",
         m="AEQ", n="'I don't know how you're coping' is sympathy, not a negation (rule 8)"),
    dict(p=FT, s="options",
         t="I know you've had enough of engineers traipsing in and out. how about a straight swap for a new one, "
           "same model, with the extended warranty on it?",
         m="AOIQ"),
    dict(p=FT, s="close",
         t="that's the new machine coming thursday and they'll take the old one away. I'll ring friday to check "
           "it's running. anything else I can help with today?",
         m="OCQ", n="ending check: question, not asks_input (rule 6)"),
    dict(p=FT, s="heard",
         t="unfortunately the system only lets me book a standard repair, not a replacement",
         m="", v=["policy"]),
    dict(p=FT, s="heard",
         t="Kelly there's no point getting worked up, it won't fix the machine",
         m="", v=["calm_down"]),
    dict(p=FT, s="heard",
         t="I'm so sorry we didn't ring you on monday when we said we would. that was us, plain and simple. "
           "thanks for letting us have another go at putting it right",
         m="AEG", n="owns the failure in so many words (rule 14)"),
    dict(p=FT, s="commitment",
         t="I'm going to phone the service manager now-now and I'll call you back before two o'clock, promise",
         m="C", n="South African 'now-now'; callback with a time"),
    # --- billing-error ---
    dict(p=BE, s="vent", t="mhm, yep, go on Mrs Ellison", m=""),
    dict(p=BE, s="vent",
         t="could you confirm your postcode and the last four digits of the card",
         m="Q", v=["premature_details"]),
    dict(p=BE, s="heard",
         t="right, you'd cancelled, we charged you two times anyway, your bank hit you with an overdraft fee, and "
           "then our chat said it was fixed when it wasn't. I'd be beside myself",
         m="AE"),
    dict(p=BE, s="heard",
         t="the chat agent would have said it was being looked into, not fixed, I think there's been a "
           "misunderstanding",
         m="", v=["doubt", "correcting"], n="contradicts what she was told and puts it down to her misunderstanding"),
    dict(p=BE, s="heard",
         t="the overdraft's between you and your bank really, we can't be responsible for their charges",
         m="", v=["blame"]),
    dict(p=BE, s="options",
         t="you shouldn't be paying for our mistake, I'm sorry. I'll pay back both charges and the overdraft fee "
           "your bank took. would you like written confirmation the subscription's closed as well?",
         m="AEOIQ", n="'I'll refund' with no time: options, not commitment"),
    dict(p=BE, s="heard",
         t="did the overdraft knock anything else over, a direct debit or the rent or anything?",
         m="Q"),
    dict(p=BE, s="heard", t="oh Margaret, and you on a pension too. that's the last thing you need", m="E",
         n="names her circumstances, not what happened: empathise only"),
    dict(p=BE, s="commitment",
         t="both refunds are going through now, they'll be with you by wednesday, and I'm posting the "
           "cancellation letter first class today",
         m="OC"),
    dict(p=BE, s="heard",
         t="thank you for being so clear about the dates, it makes this much easier to put right",
         m="G"),
    dict(p=BE, s="heard",
         t="you were told last week it was sorted and it wasn't, so I understand you don't want more promises. "
           "where would you like me to start?",
         m="AIQ"),
    dict(p=BE, s="close",
         t="thanks ever so much for bearing with me Mrs Ellison. you'll have the confirmation email within ten "
           "minutes and the letter by friday",
         m="CG"),
    dict(p=BE, s="heard",
         t="honestly, it's twenty quid, I don't know why we're shouting about it",
         m="", v=["insult"], n="rude and belittling, like the original's 'it's only money'"),
    dict(p=BE, s="heard",
         t="if you want to go to the ombudsman that's your right, but it'll take months and you'll get the same "
           "answer",
         m="", v=["threat_back"]),
    dict(p=BE, s="options",
         t="shall I refund both charges to the card they came off, and send you the overdraft money as a separate "
           "payment?",
         m="OIQ"),
    dict(p=BE, s="heard",
         t="your claim that you cancelled on the first doesn't match our log, there's nothing before the ninth",
         m="", v=["accusation", "doubt"]),
    dict(p=BE, s="heard",
         t="our payment provider ran it twice, that's their glitch. I'm sorry though, I'll put both refunds "
           "through right now",
         m="EOC", v=["blame"], n="apology and remedy after the violation are not cancelled (rule 2)"),
    dict(p=BE, s="commitment",
         t="I'm sorry Mrs Ellison, you've had to chase this twice now. I'll ring the refunds team in a minute and "
           "get back to you before three o'clock, tidy",
         m="AEC", n="Welsh 'tidy'; 'sorry you've had to chase' names what happened (rule 14)"),
    # --- missed-technician (more) ---
    dict(p=MT, s="commitment",
         t="thanks for bearing with me Bernadette. seeing as this has cost you two days off, I've booked the "
           "eight am slot for monday, and the credit goes on your account tonight",
         m="AOCG"),
    # --- escalated-exec (more) ---
    dict(p=EE, s="options",
         t="I'm sorry, truly. I can put the quarter's SLA credit through and get you a named account manager from "
           "monday. is there anything you'd want added before I do?",
         m="EOIQ", n="'from monday' inside an offer: not a commitment"),
    dict(p=EE, s="commitment",
         t="thank you for hearing me out. I know the board wants dates, so: service credit applied today, your "
           "account manager calls you thursday at nine, and the written root-cause report is yours by the "
           "thirtieth",
         m="AOCG"),
    # --- vip-client (more) ---
    dict(p=VC, s="options",
         t="Mr Fairclough, you were let down on the one transfer that mattered most, and I apologise. I can "
           "reverse the fees and set your accounts up for same-day expedited transfers. shall I arrange both?",
         m="AEOIQ"),
    dict(p=VC, s="commitment",
         t="I'm truly sorry, sir. expedited processing is switched on for your accounts as of this minute, and "
           "your banker will call you before nine tomorrow",
         m="EOC"),
    dict(p=VC, s="options",
         t="I'll get the fee reversed today sir. but you must understand compliance checks aren't optional, they "
           "apply to everyone",
         m="OC", v=["correcting"], n="the 'but' comes after the offer, so the offer and its time stand"),
    # --- failed-twice (more) ---
    dict(p=FT, s="options",
         t="och Kelly, that's a scunner, twice it's packed in on you. I can get a brand new one oot to you, same "
           "model, wi' the extra warranty. would that do ye?",
         m="AEOIQ", n="Scots 'scunner' (a misery), 'oot', 'ye'"),
    # --- billing-error (more) ---
    dict(p=BE, s="options",
         t="thanks for your patience with us Margaret. you'd cancelled, and we took two payments anyway, I'm "
           "sorry. would you like me to pay both back and cover the overdraft fee now, before we hang up?",
         m="AEOGIQ", n="'now' inside a proposal waiting for her answer: offer, not commitment (rule 3)"),
    dict(p=BE, s="heard",
         t="I'm sorry about the overdraft Mrs Ellison. but regarding this allegation about the chat lying to you, "
           "they just wouldn't have said that",
         m="", v=["accusation", "doubt"], n="'but' leads straight into the violation, so the apology is cancelled"),
    # --- generic ---
    dict(p=None, s=None, t="I'd be spitting feathers if it were me, honestly", m="E"),
    dict(p=None, s=None, t="look, it's not my job to fix this, I just log the tickets", m="", v=["dismissal"]),
    dict(p=None, s=None, t="I can't override the system, it's literally not possible", m="", v=["policy"]),
    dict(p=None, s=None, t="I'll get it sorted", m="", n="promise with no time and no remedy"),
    dict(p=None, s="heard",
         t="ok so if I've got it right, the delivery came broken, you sent it back, and the refund still isn't "
           "there",
         m="A"),
    dict(p=None, s="heard",
         t="that sounds like a nightmare from start to finish, and I'm sorry we put you through it",
         m="E"),
    dict(p=None, s="heard", t="wow. okay. are we done?", m="", v=["insult"], n="rude rhetorical question"),
    dict(p=None, s="vent", t="mate, mate, settle, yeah? just settle", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="I'm sorry you're upset, truly", m="", v=["non_apology"],
         n="'truly' doesn't make 'sorry you're upset' sincere (rule 7)"),
    dict(p=None, s="heard",
         t="you've had to explain this four times now, and I'm sorry for that. thanks for going through it once "
           "more with me",
         m="AEG"),
    dict(p=None, s="options", t="can I offer you replacement or refund, which one you prefer?", m="OIQ",
         n="Singapore English; choice of remedies"),
    dict(p=None, s="options", t="we can do one thing, I will arrange a refund of the delivery charge itself", m="O",
         n="Indian English; no time, so not a commitment"),
    dict(p=None, s="commitment",
         t="I'll phone you tomorrow morning, ten o'clock, with an update whatever happens",
         m="C"),
    dict(p=None, s="commitment", t="someone should be in touch with you shortly", m="",
         n="vague time: no commitment"),
    dict(p=None, s="vent", t="uh huh", m=""),
    dict(p=None, s="heard", t="alright darlin, what's the account name", m="Q",
         n="casual; stage heard so the details request is not premature"),
    dict(p=None, s="heard",
         t="I've noted your complaint and your accusations against my colleague",
         m="", v=["accusation"]),
    dict(p=None, s="heard",
         t="you've been let down more than once, I get that. what would put it right for you?",
         m="AIQ"),
    dict(p=None, s="heard",
         t="keep talking to me like that and I'm disconnecting, your call",
         m="", v=["threat_back"]),
    dict(p=None, s="options",
         t="there's a few options available but I'd need a supervisor to sign off on any of them",
         m="", n="the word 'options' with no remedy offered"),
    dict(p=None, s="close", t="cheers for your patience, really appreciate it", m="G"),
    dict(p=None, s="heard",
         t="I promise you, hand on heart, this won't ever happen to you again",
         m="", v=["over_promise"], n="bare guarantee (rule 5)"),
    dict(p=None, s="heard", t="ugh, that would've done my head in. how are you holding up?", m="EQ"),
    dict(p=None, s="options",
         t="you've waited long enough and I'm sorry. I can credit the account today or have a new one sent out by "
           "tomorrow, which would suit you better?",
         m="AEOIQ", n="times inside a choice: not a commitment"),
    dict(p=None, s="heard",
         t="I'm really sorry about this. you'll need to fill in the online complaints form, that's the only route",
         m="E", v=["policy"], n="no 'but': the apology stands beside the wall"),
    dict(p=None, s="heard",
         t="right so, the appointment got cancelled without anyone telling you, and you only found out when you "
           "rang. got it",
         m="A"),
    dict(p=None, s="heard",
         t="thanks for calling. just to point out though, the price on the website did include the delivery",
         m="G", v=["correcting"],
         n="thanks comes before the contrastive 'though'; gratitude is not cancelled by rule 2"),
    dict(p=None, s="commitment",
         t="I've put the refund through just now, and you'll see it within three to five working days",
         m="OC"),
    dict(p=None, s="heard",
         t="yes, I understand you, is very bad that nobody call you back after you wait all the day",
         m="A",
         n="non-native; restates what happened; 'is very bad' is a verdict like 'not good enough', not a named "
           "feeling"),
    dict(p=None, s="commitment",
         t="I'm so sorry you've been bounced around all week. thank you for hanging on. I've escalated it to my "
           "team leader and she'll phone you before five tonight",
         m="AECG", n="'sorry you've been bounced around' names what happened (rule 14); escalation with a time"),
    dict(p=None, s="options",
         t="so the first one came damaged and the replacement did too. would you rather I refund it outright or "
           "send a third one that's checked before it leaves?",
         m="AOIQ"),
    dict(p=None, s="heard",
         t="thanks for waiting. now if you could just lower your voice a little we'll get there",
         m="G", v=["calm_down"], n="thanks before the violation stands"),
]

write_batch(ITEMS, "fg", Path(__file__).with_name("replies_extra162.jsonl"))
