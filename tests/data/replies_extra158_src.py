"""Source of `replies_extra158.jsonl`: batch 158, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its tune
part alone, without reading the judge's code or any other labelled batch. Its theme is a fresh
cross-section: the original's own mix of personas (weighted a little towards the generic `None`),
stages (`heard` most of all), marks and violation kinds, with about a third of replies carrying a
violation, about a quarter being good replies with three or more marks, and a few with no mark at all,
mostly short-to-medium things a trainee blurts out under pressure ("god. twice? I'm so sorry, carry on",
"mate, shouting at me won't make the van go any faster", "so how about this. installation fee gone, a
month's credit on the account..."). Hard negatives sit beside them: back-channels, honest limits,
promises with no time, the word "option" with nothing offered, "I hear you" said straight into a
question, the agent's own frustration, and a "though" that cancels an apology. About half are styled
like a Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra158.jsonl next to it (ids fc0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="uh-huh... yep", m="", n="back-channel while she vents: neither mark"),
    dict(p=MT, s="vent", t="okay sorry before you carry on is the installation booked in your name or your partners",
         m="Q", v=["premature_details"],
         n="account-holder check while she is still venting; 'sorry' is a politeness marker"),
    dict(p=MT, s="vent", t="god. twice? I'm so sorry, carry on", m="E",
         n="the echoed 'twice?' is surprise, not a check-back of the complaint; sincere sorry while she vents"),
    dict(p=MT, s="heard",
         t="so you booked the eight till twelve, took the morning off, nobody came, and then the whole thing "
           "happened again the week after. I'd be livid. what did your work say about it",
         m="AEQ", n="question about the impact without a question mark"),
    dict(p=MT, s="heard", t="I'm really sorry you've had to burn two days of leave sitting in for us", m="AE",
         n="rule 14: sorry + what she had to go through"),
    dict(p=MT, s="heard", t="I'll need you to be specific about the allegation, which dates are we talking about",
         m="Q", v=["accusation"],
         n="court-room framing; the question about the dates comes after it and is not cancelled"),
    dict(p=MT, s="heard",
         t="I'm sorry, that's two mornings of your life gone waiting on us. thanks for sticking with us instead "
           "of walking away. can I run through what I can do for you?",
         m="AEGIQ", n="asks permission before offering: asks_input, but no remedy named yet"),
    dict(p=MT, s="heard", t="honestly if I'd taken unpaid leave for nothing, twice over, I'd be spitting feathers",
         m="AE"),
    dict(p=MT, s="heard", t="look the engineers are all subcontracted, we only take the bookings and pass them on",
         m="", v=["blame"], n="pushes it onto the contractor"),
    dict(p=MT, s="heard", t="oh here we go, the full refund speech", m="", v=["insult"]),
    dict(p=MT, s="heard", t="sorry for any inconvenience with the appointments madam", m="", v=["non_apology"]),
    dict(p=MT, s="heard",
         t="thank you for holding while I pulled the booking up. both visits are marked no access on here, "
           "which is clearly wrong because you were sat at home waiting. I'm taking that flag off right now",
         m="ACG", n="sides with her against the record: acknowledgement, not doubt; 'right now' + a declared step "
                    "is commitment, but clearing a flag is no remedy"),
    dict(p=MT, s="heard", t="what hours do you work, roughly? I don't want you losing another day over this",
         m="Q", n="asks about her situation; no slot or remedy named, so not options"),
    dict(p=MT, s="heard",
         t="I'll be honest with you a full refund isn't something I can do. I'm not fobbing you off its just "
           "not mine to sign off",
         m="", n="honest obstacle (rule 11): not a policy wall; nothing offered yet"),
    dict(p=MT, s="options",
         t="so how about this. installation fee gone, a month's credit on the account, and you get the eight "
           "o'clock slot, first job of the day, on whatever day you pick. does that feel like a fair start?",
         m="OIQ"),
    dict(p=MT, s="options",
         t="I can't give you the whole lot back but I- I can waive the install and um put some credit on for "
           "you, would you want that or",
         m="OIQ", n="trailing 'or' still asks her preference; honest limit, not a wall"),
    dict(p=MT, s="options", t="full refund, and I'll get them to pay you back for both days off work, leave it with me",
         m="O", v=["over_promise"]),
    dict(p=MT, s="options",
         t="rules are rules with refunds unfortunately. what I can do is rebook you for the first slot",
         m="O", v=["policy"], n="policy wall, then a rebooked first slot, which still counts as options (rule 4)"),
    dict(p=MT, s="commitment",
         t="thanks for bearing with me. right thats you booked, monday the eighth, eight am, first on his list, "
           "and I'll ring you sunday evening before seven to check nothing's moved",
         m="OCG"),
    dict(p=MT, s="commitment", t="I've put a note on your account and someone will be in contact about the fee", m="",
         n="no time and no concrete remedy"),
    dict(p=MT, s="close",
         t="thank you for giving us a third go at this Bernadette. the credit's on your account now and he's "
           "confirmed for eight tomorrow, first job",
         m="OCG"),
    # --- lost-express ---
    dict(p=LE, s="vent", t="right, I'm noting all this down, keep going", m="", n="back-channel"),
    dict(p=LE, s="vent", t="can you spell the surname for me", m="Q", v=["premature_details"],
         n="details request without a question mark, while he is still venting"),
    dict(p=LE, s="heard",
         t="so the compressor and the control board were meant to be at the restaurant first thing, and "
           "tracking hasn't moved since we collected it. I'm so sorry. I'm chasing the depot the minute we're done and "
           "I'll ring you back by half eleven",
         m="AEC", n="chasing the depot is not a remedy; the callback with a time is commitment"),
    dict(p=LE, s="heard",
         t="and now the restaurant's blaming you for something we did. that's rotten, I'm sorry. have they said "
           "anything about going to someone else?",
         m="AEQ"),
    dict(p=LE, s="heard", t="the trouble is once it leaves our depot its in the courier network's hands so", m="",
         v=["blame"], n="pushes it onto the courier network; trailing 'so'"),
    dict(p=LE, s="heard", t="are you sure it was booked on the overnight and not the standard one?", m="", v=["doubt"]),
    dict(p=LE, s="heard", t="what's the restaurant going to do without the parts, can they still open tonight?",
         m="Q"),
    dict(p=LE, s="heard", t="I'm not being funny but parcels do go walkabout now and again", m="", v=["dismissal"],
         n="minimising the loss"),
    dict(p=LE, s="heard", t="thank you for getting on to us this quick, honestly. I'm opening the trace now while "
                            "the trail's still warm", m="OCG", n="a trace is a remedy; 'now' on a declared step"),
    dict(p=LE, s="heard", t="I understand, but you'd have to put a claim in online for the goods, that's the procedure",
         m="", v=["policy"], n="'but' into a wall cancels the acknowledgement"),
    dict(p=LE, s="heard",
         t="like you paid the premium for next morning and it just vanished, I'd be fuming and embarrassed with the "
           "client on top",
         m="AE"),
    dict(p=LE, s="heard", t="mate, shouting at me won't make the van go any faster", m="", v=["calm_down"]),
    dict(p=LE, s="heard", t="you can leave us a bad review if you like, it wont get your parts there any quicker",
         m="", v=["threat_back"], n="dares him to carry out his threat"),
    dict(p=LE, s="options",
         t="right so. your express fee refunded, a trace put on the lost one, and I send a courier today with new "
           "parts straight to the restaurant, our cost. want me to get all three going?",
         m="OIQ", n="proposal waiting for his yes: 'I send a courier today' is an offer, not a commitment"),
    dict(p=LE, s="options", t="I'll pay for the lost job at the restaurant as well, just send over what they were "
                              "paying you", m="O", v=["over_promise"]),
    dict(p=LE, s="options",
         t="would it be quicker if the replacement went straight to the restaurant, or do you need to fit it so "
           "it should come to your unit?",
         m="OIQ"),
    dict(p=LE, s="options",
         t="the cover on the goods only goes up to a set limit, I can't change that, but the express charge I can "
           "give you back, and I can courier fresh parts out today",
         m="O", n="honest obstacle, not a wall; 'I can ... today' is an offer, not a commitment"),
    dict(p=LE, s="options", t="look there's no compensation option for lost business, sorry", m="",
         n="'option' in a refusal offers nothing; 'sorry' apologises for the refusal; an honest limit, "
           "not a wall or 'nothing I can do'"),
    dict(p=LE, s="options",
         t="I'm so sorry Marcus, you paid for the fastest service we do and it's just vanished. I'd like to put the "
           "express charge back on your card and get a courier out today with new parts for the restaurant, on us. "
           "shall I get that moving?",
         m="AEOIQ"),
    dict(p=LE, s="commitment",
         t="thanks for holding Marcus. the trace reference will be in your inbox within five minutes, and the "
           "courier's booked to collect from our warehouse at one",
         m="OCG"),
    dict(p=LE, s="commitment", t="leave it with me, I'll give the depot a bell and come back to you", m="",
         n="no time: not a commitment; chasing the depot is not a remedy"),
    dict(p=LE, s="close",
         t="the new board and compressor were signed for at the restaurant at ten past four. thanks for bearing "
           "with us, and the express refund will be back on your card within five working days",
         m="OCG"),
    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="'understood' as a filler while she vents (rule 1)"),
    dict(p=EE, s="vent", t="sorry to cut across you, can I take the contract reference so I can pull up the incidents",
         m="Q", v=["premature_details"], n="interrupts her venting for a reference"),
    dict(p=EE, s="heard",
         t="um three outages in one quarter, every one of them over the SLA, and you're warehouses stood still "
           "each time. I'm sorry that's a failure on our side",
         m="AE", n="'you're' mis-hearing"),
    dict(p=EE, s="heard",
         t="you had to go all the way to our chief executive to get a response, and that should embarrass us, "
           "not you. I'm sorry",
         m="AE", n="names what she had to do and owns it"),
    dict(p=EE, s="heard",
         t="thank you for laying it all out. in fairness though the third incident was planned maintenance, it "
           "was on the status page",
         m="G", v=["correcting"], n="the thanks stands; 'though' leads into correcting her"),
    dict(p=EE, s="heard", t="for the record, we dispute that the second outage breached the agreement", m="",
         v=["accusation", "correcting"]),
    dict(p=EE, s="heard",
         t="if you want to walk the termination clause applies like it does for anyone, and good luck migrating "
           "a platform mid season",
         m="", v=["threat_back", "insult"], n="penalty as a counter-threat, then a sneer"),
    dict(p=EE, s="heard",
         t="I'm sorry, three in one quarter is indefensible. what did the last one actually cost your warehouses?",
         m="AEQ"),
    dict(p=EE, s="heard",
         t="thank you, honestly, for giving me the detail and not just the headline. it makes it easier for me to "
           "fight your corner",
         m="G", n="'fight your corner' is an on-her-side phrase: no mark"),
    dict(p=EE, s="heard", t="I can hear how much heat this has brought down on you from your own directors", m="AE",
         n="rule 1: 'I can hear how...' is both"),
    dict(p=EE, s="heard", t="I'm sorry you feel the SLA hasn't been honoured", m="", v=["non_apology"]),
    dict(p=EE, s="heard", t="I'd be doing exactly what you're doing if it were my operation going dark", m="E"),
    dict(p=EE, s="heard", t="okay I hear you, I hear you. how many sites went down?", m="Q",
         n="rule 13: 'I hear you' said straight into a question is not acknowledgement"),
    dict(p=EE, s="heard",
         t="any compensation request has to come through your legal team in writing, I can't discuss it over the "
           "phone",
         m="", v=["policy"], n="'put it in writing' wall"),
    dict(p=EE, s="options",
         t="you're right that we've let you down three times. I can't release you from the contract, that's beyond "
           "me and I won't pretend it isn't, but what I can put forward is a credit against the SLA for the quarter, "
           "an account manager who's yours by name, and a written root cause report on a date we agree. is that "
           "worth talking through?",
         m="AOIQ", n="honest obstacle; a date inside an offer is not a commitment"),
    dict(p=EE, s="options",
         t="we'll let you out of the contract, no penalties, and I'll see what we can do about damages",
         m="O", v=["over_promise"], n="release from the contract is a remedy she may not be given"),
    dict(p=EE, s="options",
         t="would it help to have one account manager who's yours, someone who rings you before your team even "
           "notices a problem?",
         m="OIQ"),
    dict(p=EE, s="commitment",
         t="the root cause report lands in your inbox by five pm on the twenty first, and I'll text you your "
           "account managers details within the hour",
         m="OC"),
    dict(p=EE, s="commitment",
         t="I'm sorry it needed a letter to the chief exec before anyone moved. I'm taking this up to the service "
           "delivery director right now and she'll ring you before close of play today",
         m="AEC", n="sorry + what she had to do (rule 14); escalation with a time is commitment only (rule 4)"),
    dict(p=EE, s="close",
         t="thank you for staying on the call Eleanor. I'll email you everything we've agreed, in writing, by six "
           "tonight",
         m="CG"),
    # --- vip-client ---
    dict(p=VC, s="vent", t="of course, Mr Fairclough. please, go on", m="", n="polite back-channel"),
    dict(p=VC, s="vent",
         t="I'm very sorry sir. could you confirm the last four digits of the account the wire left from?",
         m="EQ", v=["premature_details"], n="sincere apology, then a details request while he vents"),
    dict(p=VC, s="heard",
         t="so the- the funds were two days late, the completion nearly fell through and you had to hear it from "
           "the sellers solicitor rather than from us. what can I do today that would actually help",
         m="AIQ"),
    dict(p=VC, s="heard", t="finding out from the other side's solicitor must of been humiliating. I'm so sorry",
         m="AE"),
    dict(p=VC, s="heard", t="these international wires get held by compliance all the time, it's nothing personal",
         m="", v=["dismissal"], n="minimising"),
    dict(p=VC, s="heard", t="with respect sir, raising your voice at me isn't going to speed the payment up", m="",
         v=["calm_down"]),
    dict(p=VC, s="heard",
         t="oh that's dreadful. were the seller's solicitors able to hold the completion date or did it have to move?",
         m="EQ", n="a choice question about his situation, not options"),
    dict(p=VC, s="heard",
         t="it's a shame you weren't told, but the correspondent bank held it, that's really where the delay was",
         m="", v=["blame"]),
    dict(p=VC, s="heard", t="thank you for bringing it straight to me, sir. you shouldn't have had to", m="EG",
         n="'you shouldn't have had to' validates him, labelled like the original's 'shouldn't have to chase us' "
           "(empathise only)"),
    dict(p=VC, s="heard", t="I'm sorry if the service fell short of what you expect from us", m="",
         v=["non_apology"]),
    dict(p=VC, s="heard",
         t="is there anything on the property side still hanging on this, anything I could chase for you today?",
         m="IQ"),
    dict(p=VC, s="heard",
         t="the transfer left us on the wednesday sir, I'm looking at it now. it was the receiving bank that "
           "credited it friday",
         m="", v=["doubt", "blame"], n="the record contradicts him and points at the other bank"),
    dict(p=VC, s="heard", t="if you'd rather take your portfolio to another bank sir, that's entirely your choice",
         m="", v=["threat_back"], n="answers his threat to leave by inviting it"),
    dict(p=VC, s="options",
         t="I'd like to reverse the fees on that transfer and give you a named senior banker with a "
           "direct line, so you're not sat in a queue next time. may I arrange that?",
         m="OIQ"),
    dict(p=VC, s="options",
         t="I can waive every fee on your accounts permanently and cover any penalty the sellers charged you, "
           "I'll have it all done by this afternoon",
         m="OC", v=["over_promise"]),
    dict(p=VC, s="options",
         t="would you like same day processing switched on for all your accounts, or just the one you use for "
           "property?",
         m="OIQ"),
    dict(p=VC, s="options",
         t="I can reverse the fee. I can't compensate for the sellers' costs sir, that's honestly beyond my "
           "authority, but the expedited transfers I can set up for you. shall I?",
         m="OIQ", n="honest obstacle (rule 11)"),
    dict(p=VC, s="commitment",
         t="I'm grateful you've given me the time, sir. the fee reversal is done, you'll see it tonight, and "
           "Catherine Hale, your new relationship banker, will ring you at half past nine tomorrow",
         m="OCG"),
    dict(p=VC, s="commitment", t="I'll speak to the payments director personally and get back to you in due course",
         m="", n="'in due course' is no time"),
    dict(p=VC, s="close",
         t="thank you for your patience this week Mr Fairclough, and I'm sorry again that you heard it from the "
           "solicitor before you heard it from us",
         m="AEG", n="rule 14: sorry + what happened to him"),
    # --- failed-twice ---
    dict(p=FT, s="vent", t="go on, I'm still here", m="", n="back-channel"),
    dict(p=FT, s="vent", t="what's the serial number on the back of the machine, it's on a little sticker", m="Q",
         v=["premature_details"]),
    dict(p=FT, s="heard",
         t="so we've repaired it, it's gone again twice since, and the supervisor who was supposed to ring you "
           "monday never did",
         m="A"),
    dict(p=FT, s="heard",
         t="I'm so sorry nobody rang you back on monday. you were told a day and you got nothing. I'd have lost "
           "my rag",
         m="AE"),
    dict(p=FT, s="heard",
         t="a machine thats seven months old shouldn't be packing in like this, what a nightmare. how many loads "
           "have you had to take elsewhere?",
         m="AEQ"),
    dict(p=FT, s="heard",
         t="the supervisor was off sick, that's why you never got the call. I'm sorry, I'll ring him myself "
           "now and he'll call you within the hour",
         m="EC", v=["blame"],
         n="excuse puts it on a colleague; the apology and the escalation with a time come after it and stand"),
    dict(p=FT, s="heard", t="if it's overloaded the drum bearings go. how full do you normally put it?", m="",
         v=["correcting"], n="the question insinuates her error: not a real question"),
    dict(p=FT, s="heard", t="did the engineer leave you any paperwork from the last visit?", m="Q",
         n="detail request after venting: not premature"),
    dict(p=FT, s="heard", t="look I'm not the one who fixed it, so don't take it out on me", m="",
         v=["dismissal", "calm_down"], n="ducks it and tells her to stop venting at him"),
    dict(p=FT, s="heard", t="thank you for calling back after the way we let you down on monday", m="AG",
         n="owns the missed callback"),
    dict(p=FT, s="heard", t="what would feel like a proper fix to you at this point?", m="IQ"),
    dict(p=FT, s="heard", t="sorry you've had a rough week with it", m="", v=["non_apology"],
         n="like 'sorry you've had a bad day': names no event (rule 7)"),
    dict(p=FT, s="heard",
         t="I'm so sorry it's let you down again. I'll be straight with you though, a refund isn't mine to give",
         m="E", n="'though' leads into an honest limit, not a violation, so the apology stands (rules 2 and 11)"),
    dict(p=FT, s="heard", t="your complaint says the engineer left it leaking, is that what you're alleging?", m="",
         v=["accusation"], n="court-room wording; not a real question"),
    dict(p=FT, s="options",
         t="two repairs and its still not right, so I don't want to send someone just to patch it again. I can swap it "
           "for a new one, identical model, with the warranty extended, or have our top engineer out to you before "
           "friday. which sounds better?",
         m="AOIQ", n="a time inside a choice is not a commitment"),
    dict(p=FT, s="options",
         t="I'll get you the upgraded model and give you a month's launderette money back, you've earned it",
         m="O", v=["over_promise"]),
    dict(p=FT, s="options",
         t="uh so what I was thinking is, um, a replacement, like the same machine but brand new, with the longer "
           "warranty on it. would you be happy with that?",
         m="OIQ"),
    dict(p=FT, s="options",
         t="it has to go through a third repair before we can look at replacing it, that's the process I'm afraid",
         m="", v=["policy"]),
    dict(p=FT, s="commitment",
         t="I'm really sorry again about monday. I've got the senior engineer down for wednesday, eight till ten, "
           "and I'll ring you tuesday teatime to check it still suits",
         m="EOC", n="'sorry about monday' names no event in itself: empathise only"),
    dict(p=FT, s="commitment",
         t="I'm calling the supervisor myself soon as we're off the phone and I'll have him ring you before one "
           "o'clock",
         m="C"),
    dict(p=FT, s="close",
         t="the new machine's going in thursday morning and the warranty's already on your account. thanks for "
           "sticking with us Kelly, honestly",
         m="OCG"),
    # --- billing-error ---
    dict(p=BE, s="vent", t="yes. yes, I'm listening Mrs Ellison", m="", n="back-channel"),
    dict(p=BE, s="vent", t="can you give me the last four of the card they came off", m="Q", v=["premature_details"]),
    dict(p=BE, s="heard",
         t="right so you'd already cancelled, yet two payments still went out after that, your account "
           "went overdrawn, and then chat "
           "told you last week it was sorted when it wasn't",
         m="A"),
    dict(p=BE, s="heard", t="on a pension an overdraft fee is a real blow. I'm so sorry we caused that", m="AE",
         n="names the impact and owns it"),
    dict(p=BE, s="heard", t="the live chat agent shouldn't have told you that, they're not trained on billing", m="",
         v=["blame"]),
    dict(p=BE, s="heard",
         t="the cancellation only goes through at the end of the cycle, so the first payment was technically correct",
         m="", v=["correcting"]),
    dict(p=BE, s="heard", t="I'm so sorry about this. are you certain it was cancelled though? there's nothing showing "
                            "this end", m="", v=["doubt"],
         n="contrastive 'though' leads into doubt and cancels the apology"),
    dict(p=BE, s="heard", t="I'm sorry, but the overdraft fee is down to your bank, not us", m="", v=["blame"],
         n="'sorry, but' into blame: no empathy"),
    dict(p=BE, s="heard",
         t="thank you for bearing with us after being told it was fixed, that must've been so disheartening",
         m="AEG"),
    dict(p=BE, s="heard", t="did the bank say whether they'd take the fee off if we wrote to them?", m="Q"),
    dict(p=BE, s="heard", t="oh come on, it's twenty quid, you'll get it back", m="", v=["insult"],
         n="belittles her loss, labelled like the original's 'it's only money'"),
    dict(p=BE, s="heard",
         t="you've done exactly what you were meant to do and we've still made a mess of it. I'm putting the "
           "refund through today", m="AOC", n="owns the failure; a declared step with 'today'"),
    dict(p=BE, s="heard",
         t="I'm sorry Margaret, you were told it was fixed and it wasn't, which is almost worse than not being told. "
           "could I ask what the bank took off you for the overdraft?",
         m="AEQ"),
    dict(p=BE, s="heard", t="I understand how worrying it is when money you rely on goes out twice", m="AE"),
    dict(p=BE, s="options",
         t="you shouldn't be out of pocket for our mistake. I can put both payments back and reimburse whatever the "
           "bank charged you for going overdrawn, and I'll send a letter confirming the "
           "subscriptions closed. would that put things right?",
         m="AOIQ", n="'I'll send a letter' has no time: not a commitment"),
    dict(p=BE, s="options",
         t="I'll refund both today, pay the overdraft fee, and give you six months free on top", m="OC",
         v=["over_promise"], n="free months are beyond what she may be given"),
    dict(p=BE, s="options",
         t="would you like the money back on the card it came from, or straight into your bank so the overdraft "
           "clears quicker?",
         m="OIQ"),
    dict(p=BE, s="options", t="I'll refund it, but I can't promise your bank will waive anything, that's between you "
                              "and them", m="O", v=["dismissal"],
         n="ducks the overdraft fee we may reimburse; the refund before it still counts as options"),
    dict(p=BE, s="commitment",
         t="both refunds have gone through now, and I'm posting your cancellation letter today, first class. I really "
           "appreciate how patient you've been with us Margaret",
         m="OCG"),
    dict(p=BE, s="commitment", t="I'll get somebody from billing to have a look at it", m="",
         n="no time and no remedy"),
    dict(p=BE, s="close", t="is there anything else at all on the account you'd like me to check while I've got you?",
         m="Q", n="closing check: question, not asks_input (rule 6)"),
    # --- generic ---
    dict(p=None, s=None, t="that isn't how it happened though", m="", v=["doubt"]),
    dict(p=None, s=None, t="keep swearing and you'll be talking to the dial tone", m="", v=["threat_back"]),
    dict(p=None, s=None, t="you've got every reason to be cross with us", m="E"),
    dict(p=None, s=None, t="if thats your attitude then there's the door", m="", v=["threat_back", "insult"]),
    dict(p=None, s="vent", t="yeah", m=""),
    dict(p=None, s="vent", t="uh huh. and then what did they say?", m="Q",
         n="invites more venting; not a details request"),
    dict(p=None, s="vent", t="sorry sorry, quick one, can I get a postcode off you", m="Q", v=["premature_details"]),
    dict(p=None, s="vent", t="woah, alright, deep breaths", m="", v=["calm_down"]),
    dict(p=None, s="heard",
         t="so let me get this straight, you've rung four times, got four different answers, and nobody's actually "
           "fixed anything",
         m="A"),
    dict(p=None, s="heard", t="that sounds like a nightmare, honestly", m="E"),
    dict(p=None, s="heard", t="okay I get it I get it, what's the order number", m="Q",
         n="rule 13: straight into a details request, not acknowledgement; not premature after venting"),
    dict(p=None, s="heard", t="I'm sorry that you've been let down, you shouldn't of had to chase us", m="AE",
         n="rule 14; 'shouldn't of' mis-hearing"),
    dict(p=None, s="heard", t="we apologise for the inconvenience caused", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="you're claiming you were never sent the email, is that right?", m="", v=["accusation"],
         n="'you're claiming' makes the check-back hostile: not a real question, not acknowledgement"),
    dict(p=None, s="heard", t="I'm just going by what the screen's telling me and it says delivered", m="",
         v=["doubt"]),
    dict(p=None, s="heard", t="don't raise your voice at me please", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="thank you so much for hanging on, twenty minutes on hold is nobody's idea of fun",
         m="AG", n="names the wait he went through, like the original's thanks for being 'on hold ages'"),
    dict(p=None, s="heard", t="how has all this affected you day to day?", m="Q"),
    dict(p=None, s="heard",
         t="I'm sorry, honestly. give me ten minutes with the warehouse and I'll ring you straight back on this "
           "number",
         m="EC", n="'ten minutes' on a declared callback; no remedy named"),
    dict(p=None, s="heard",
         t="your right, we said we'd ring you and we didn't and I'm really sorry, what would make it right for you",
         m="AEIQ"),
    dict(p=None, s="heard", t="with respect, you're the one who ticked the box", m="", v=["correcting"]),
    dict(p=None, s="heard", t="I'm sorry you see it like that", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="I hear you, honestly I do, and I'm going to do everything I can", m="A",
         n="sincere 'I hear you'; a promise with no time or remedy"),
    dict(p=None, s="heard",
         t="thank you for explaining all that so clearly. what's the one thing you need sorted first?",
         m="GIQ"),
    dict(p=None, s="heard",
         t="mm so basically it turned up broken and the replacement never came. and you've been out of pocket all "
           "this time? I'm so sorry, I'd be fuming too",
         m="AEQ", n="check-back question"),
    dict(p=None, s="heard", t="so what is it you actually want me to do", m="", v=["dismissal"],
         n="hostile question, not asks_input"),
    dict(p=None, s="heard", t="I'm fed up with it too honestly, our systems are a joke", m="",
         n="agent's own feelings: not empathy"),
    dict(p=None, s="heard", t="I can tell this has really knocked your confidence in us, and fair enough", m="AE",
         n="like 'I can see why you're upset' (rule 1)"),
    dict(p=None, s="heard", t="I can only go by the procedure I'm afraid, and the procedure says forty eight hours",
         m="", v=["policy"], n="time words inside a wall: no commitment"),
    dict(p=None, s="heard",
         t="honestly that's awful and I'm sorry. thank you for hanging in there this long. would it help if I took "
           "the whole thing over from here, start to finish?",
         m="EGIQ", n="taking it over is not a concrete remedy"),
    dict(p=None, s="heard", t="look, I've had people with far worse problems than this today", m="",
         v=["dismissal", "insult"], n="minimises and belittles"),
    dict(p=None, s="options", t="I could refund it or send a new one out, up to you really", m="OI",
         n="'up to you' invites a preference without a question"),
    dict(p=None, s="options",
         t="would you want me to have another go at fixing it, or are you done with it and you just want a "
           "refund?",
         m="OIQ"),
    dict(p=None, s="options", t="there's a couple of options but I'd need my managers say so first", m="",
         n="'options' word, nothing offered"),
    dict(p=None, s="options", t="I'll refund you in full and I guarantee nothing like this will ever happen again",
         m="O", v=["over_promise"], n="refund is fine for a generic reply; the guarantee is the over-promise"),
    dict(p=None, s="options",
         t="I'm- I'm really sorry about this. let me stick some credit on the account for your trouble and send "
           "the replacement out next day, no charge. is that alright?",
         m="EOIQ"),
    dict(p=None, s="options",
         t="I get it, you've had enough of waiting. I can put a refund through for you right now or book the "
           "repair for tomorrow morning, your call",
         m="AOI", n="a choice of remedies with times is an offer, not a commitment; 'your call' is an imperative "
                    "invitation"),
    dict(p=None, s="commitment",
         t="thank you for your patience. I've booked it in, the courier will collect between nine and one tomorrow, "
           "and you'll get a text an hour before",
         m="OCG"),
    dict(p=None, s="commitment",
         t="I'm sorry it's dragged on. I'll escalate it to my team leader and she'll phone you back before five",
         m="EC", n="escalation with a time: commitment only (rule 4)"),
    dict(p=None, s="commitment", t="I'll sort it, don't worry, it'll be done soon", m="", n="'soon' is no time"),
    dict(p=None, s="commitment",
         t="I've emailed the complaints team and marked it urgent, you'll hear from them by tomorrow lunchtime",
         m="C"),
    dict(p=None, s="close", t="cheers for being so patient with me, and sorry again for all the faff", m="EG"),
    dict(p=None, s="close",
         t="you're all done. the refund's gone through and you'll see it in your account by friday. anything else "
           "I can do for you today?",
         m="OCQ"),
    dict(p=None, s="close",
         t="right, that's the return label emailed over to you now, and the refund goes out the moment the courier "
           "scans it. thank you for sorting it out with me",
         m="OCG"),
]

write_batch(ITEMS, "fc", Path(__file__).with_name("replies_extra158.jsonl"))
