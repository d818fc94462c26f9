"""Source of `replies_extra66.jsonl`: trainee replies on a late Friday shift, written cold (tune split only).

Batch 66 is an unseen check of how the judge generalises to replies written independently. It imagines
trainees near the end of a Friday late shift: tired, rushed, watching the clock, some of them wanting to
be home, some of them still doing it properly. About half the replies carry a fault (all twelve kinds,
several of each, some next to a mark), the rest are good replies and hard negatives (an honest "I can't
authorise that", "sorry" as politeness, a detail request after the venting is over, "I'm not going to
tell you to calm down", a promise with no time, "sorry you've been bounced around"). All six personas
and generic replies, every stage. About half are styled like a Whisper transcript, the rest punctuated.

It was written cold: each reply composed one at a time from the label definitions and rules in
README.md, the method in /work/shared/METHOD.md and the persona files alone, without reading any
labelled reply (no replies*.jsonl, no other replies_extra*_src.py) and without reading the judge's
code, lexicon, learned model or patterns, and without running the judge on it.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra66.jsonl` next to it (ids bo0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician (Bernadette) ---
    dict(p=MT, s="vent", t="mm. right.", m="",
         n="letting her vent: filler only, no mark"),
    dict(p=MT, s="vent", t="uh- before we go any further whats the postcode on the account", m="Q",
         v=["premature_details"]),
    dict(p=MT, s="heard", t="so you took the morning off, sat in from eight till twelve, nobody turned up, "
         "nobody rang, and then the exact same thing happened again. that's- yeah. that's awful, im sorry",
         m="AE"),
    dict(p=MT, s="heard", t="I'm really sorry you had to lose two mornings at work because of us.", m="AE",
         n="sorry you + the actual event (rule 7) and it restates the days off work"),
    dict(p=MT, s="heard", t="um so the charge your making against the technician is that he like never showed up",
         m="", v=["accusation"], n="court-room 'the charge you're making'; not a real question"),
    dict(p=MT, s="heard", t="ok i get what youre saying but you need to chill a bit so i can actually sort this",
         m="", v=["calm_down"], n="'but' leads straight into calm_down, so no acknowledge"),
    dict(p=MT, s="options", t="I'm sorry, a full refund isn't something I can do. What I can do is waive the "
         "installation fee and put a month's credit on your account.", m="O",
         n="sorry apologises for a refusal (not empathise); honest obstacle, not policy"),
    dict(p=MT, s="options", t="the system wont let me book eight oclock from this screen so the earliest ive "
         "got is ten on tuesday", m="O", v=["policy"],
         n="'system won't let me' wall, but a rebooked appointment is still offered"),
    dict(p=MT, s="options", t="tell you what, ill just refund everything youve paid us since you signed up, hows that",
         m="OIQ", v=["over_promise"], n="full refund is beyond the allowed remedies; 'how's that' checks acceptance"),
    dict(p=MT, s="options", t="the eight to twelve is an arrival window not a set time, just so you know for next time",
         m="", v=["correcting"]),
    dict(p=MT, s="commitment", t="Right, so the fee's waived, the month's credit is on, and you're booked for "
         "eight a.m. Monday the seventeenth, first slot. I've put it in myself. You'll get a text confirming it "
         "in the next ten minutes.", m="OC"),
    dict(p=MT, s="commitment", t="i'll call the install team before i log off tonight at seven and ring you back "
         "by half seven with the engineer's name", m="C"),
    dict(p=MT, s="close", t="thanks for giving us another go Bernadette, honestly", m="G"),
    dict(p=MT, s="vent", t="honestly youre being a bit dramatic about a broadband install", m="",
         v=["insult", "dismissal"]),
    dict(p=MT, s="options", t="go on then, cancel, see if anyone else can get you connected quicker", m="",
         v=["threat_back"], n="daring her to leave"),
    dict(p=MT, s="vent", t="I'm sorry you feel you've been let down.", m="", v=["non_apology"]),
    dict(p=MT, s="heard", t="and did that cost you anything, like did you lose pay for those mornings?", m="Q"),
    dict(p=MT, s="options", t="I can take the fee off, put a month's credit on top, and I've got an eight o'clock "
         "slot next Wednesday or Thursday. Which day's better for you?", m="OIQ",
         n="times inside a choice are not commitment"),
    dict(p=MT, s="heard", t="Bernadette, I'm so sorry. Two mornings off work, waiting the whole time, and not even "
         "a phone call to say he wasn't coming. I'd be livid. Can I ask how you're fixed for next week?",
         m="AEQ"),
    dict(p=MT, s="close", t="so thats the fee waived, credit on, eight am tuesday locked in. thank you for being so "
         "patient with us bernadette, i know we havent earned it. anything else?", m="OCGQ",
         n="confirmed 8am appointment is a remedy with a time; ending check is a question, not asks_input"),
    dict(p=MT, s="vent", t="I'll grab your account details in a bit, don't worry about that. What happened the "
         "second time?", m="Q",
         n="hard negative: mentions account details but defers them; asks about the event, not a number"),
    dict(p=MT, s="heard", t="just so ive got it right, first visit was the third and the second one was last "
         "thursday, yeah?", m="AQ"),
    dict(p=MT, s="heard", t="okay I've got the picture, both mornings, no call either time. so let me tell you "
         "what I can actually fix before the weekend", m="A",
         n="no concrete remedy named yet, so not options"),

    # --- lost-express (Marcus) ---
    dict(p=LE, s="vent", t="ok so- the express stuff goes through a third party and honestly its them that lost "
         "it not us", m="", v=["blame"]),
    dict(p=LE, s="vent", t="mate, deep breath, it's only a parcel", m="", v=["calm_down", "dismissal"]),
    dict(p=LE, s="vent", t="Overnight express isn't actually a guaranteed next-day service, it's best endeavours.",
         m="", v=["correcting"]),
    dict(p=LE, s="vent", t="im not psychic mate i cant magic up where your box has gone", m="", v=["insult"]),
    dict(p=LE, s="heard", t="So, for the purposes of the investigation, your account is that the parcel never "
         "arrived.", m="", v=["accusation"]),
    dict(p=LE, s="heard", t="hmm the tracking normally updates, you're definitely looking at the right consignment "
         "number?", m="", v=["doubt"], n="doubting question, not a real question"),
    dict(p=LE, s="heard", t="So you paid extra for overnight, the compressor and the board never showed, the "
         "tracking's been blank since collection, and now it's your own customer on your back. I've got all "
         "that.", m="A"),
    dict(p=LE, s="heard", t="thats rotten honestly, you paid for next day exactly so you wouldnt end up in this "
         "spot with your client. im sorry", m="AE"),
    dict(p=LE, s="heard", t="im sorry youve had such a stressful week, honestly", m="", v=["non_apology"],
         n="sorry for his week, not for the lost parcel (rule 7, like 'bad day')"),
    dict(p=LE, s="options", t="The parts themselves I can only cover up to the standard liability limit, I won't "
         "pretend otherwise. But I can get a same-day courier out for the replacements at our cost and refund "
         "the express fee. Want me to book that?", m="OIQ",
         n="honest obstacle, not policy; 'but' leads into help"),
    dict(p=LE, s="options", t="a trace cant be opened until seventy two hours after the due date, its company policy",
         m="", v=["policy"]),
    dict(p=LE, s="commitment", t="the courier'll have the new parts at the restaurant by two, I promise you",
         m="OC", v=["over_promise"],
         n="same-day courier is allowed, but promising a delivery time the courier controls is not"),
    dict(p=LE, s="commitment", t="Right, the trace is open, reference ends 4471. I'm refunding the express fee now "
         "while you're on the line, and the courier's booked to collect from your unit at three.", m="OC"),
    dict(p=LE, s="close", t="cheers for sticking with me on this marcus, i know its the last thing you needed on "
         "a friday", m="GE", n="thanks for sticking with it; 'last thing you needed' validates his situation"),
    dict(p=LE, s="commitment", t="I can't tell you when the courier actually gets there, that's down to the roads, "
         "but I'll text you the driver's details by quarter past four.", m="C",
         n="honest about what we don't control: not over_promise, not dismissal"),
    dict(p=LE, s="heard", t="how long's your client giving you before they start ringing round other firms?", m="Q"),
    dict(p=LE, s="options", t="Okay, here's what I can do for you. I'll refund the express fee, open a trace on "
         "the original box, and send a same-day courier for replacement parts at our cost. Do you want the "
         "courier to go to you or straight to the restaurant?", m="OIQ",
         n="offers with no time, ending in a choice: options, not commitment"),
    dict(p=LE, s="vent", t="right so the parcels not turned up and the trackings dead, whats the consignment "
         "number on it", m="AQ", v=["premature_details"]),

    # --- escalated-exec (Eleanor Ashcombe) ---
    dict(p=EE, s="vent", t="Could I just grab your customer reference before you go on?", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="vent", t="any exit from the contract has to go through the formal termination procedure, im "
         "afraid thats the process", m="", v=["policy"]),
    dict(p=EE, s="vent", t="If you want to bring lawyers into it that's entirely your call. Our legal team are very "
         "good.", m="", v=["threat_back"]),
    dict(p=EE, s="vent", t="There's really no call for that tone, Ms Ashcombe.", m="", v=["calm_down"]),
    dict(p=EE, s="vent", t="third outage this quarter. I've got that. keep going, I'm writing it all down", m="A"),
    dict(p=EE, s="heard", t="I'm seeing two incidents on the status page for this quarter, not three, so I'd want "
         "to check that", m="", v=["doubt"]),
    dict(p=EE, s="heard", t="I'll note your claim that the warehouse was down for six hours.", m="",
         v=["accusation"]),
    dict(p=EE, s="heard", t="we regret any disruption your operations may have experienced", m="",
         v=["non_apology"]),
    dict(p=EE, s="heard", t="Three outages in one quarter, every one of them a breach of the SLA, and your "
         "warehouses standing idle while it happened. You're right, that isn't acceptable, and I'm sorry.",
         m="AE"),
    dict(p=EE, s="heard", t="um and you went to our ceo over it, which- honestly if i were you id have done the "
         "same", m="AE"),
    dict(p=EE, s="heard", t="I've heard you. And I won't hide behind a policy.", m="A",
         n="hard negative: names policy only to refuse to use it"),
    dict(p=EE, s="options", t="to be fair a lot of that downtime was down to your own network team's firewall "
         "change", m="", v=["blame"]),
    dict(p=EE, s="options", t="if you look at section nine of the contract, the SLA's measured monthly, not per "
         "incident", m="", v=["correcting"]),
    dict(p=EE, s="options", t="okay so we can let you out of the contract with no penalty, ill put that through",
         m="O", v=["over_promise"], n="no time on 'I'll put that through', so no commitment"),
    dict(p=EE, s="options", t="What I can put on the table today is the full SLA service credit for this quarter "
         "and a named account manager, someone who actually picks up. Would that be a starting point?",
         m="OIQ"),
    dict(p=EE, s="commitment", t="you'll have the root cause report in writing by friday the twenty-first, and "
         "i'll introduce your account manager by email before i leave tonight", m="OC"),
    dict(p=EE, s="close", t="Thank you for not walking away from us today. I know that was on the table.", m="G"),
    dict(p=EE, s="heard", t="How's your board taking it? I imagine they're asking questions.", m="Q"),
    dict(p=EE, s="heard", t="cheers for the run-down of all our failings, really appreciate it", m="",
         v=["insult"], n="sarcastic thanks: insult, not gratitude"),
    dict(p=EE, s="commitment", t="Here's exactly what happens next. The SLA credit goes on your next invoice, your "
         "account manager, Tom Reyes, emails you by noon on Monday, and the root-cause report is with you by "
         "the twenty-first. I'll check in personally on Tuesday. Does that work for you?", m="OCIQ"),
    dict(p=EE, s="commitment", t="I'll make sure someone from the account team calls you back.", m="",
         n="promise with no time: not commitment; callback is not options"),

    # --- vip-client (Julian Fairclough) ---
    dict(p=VC, s="vent", t="Sir, I'll need your full name and date of birth for security first.", m="Q",
         v=["premature_details"]),
    dict(p=VC, s="vent", t="two days? the transfer log here says it went out same day", m="", v=["doubt"]),
    dict(p=VC, s="vent", t="If you could lower your voice, sir, we'll get through this a lot quicker.", m="",
         v=["calm_down"]),
    dict(p=VC, s="heard", t="I understand, sir, however all transfers over a certain size go through compliance "
         "checks. That's just how it works.", m="", v=["policy"],
         n="'however' leads straight into the policy wall, so the acknowledgement is cancelled"),
    dict(p=VC, s="heard", t="So what you're asserting is that nobody at the bank contacted you. Is that correct?",
         m="", v=["accusation"], n="court-room cross-examination, not a real question"),
    dict(p=VC, s="heard", t="with respect sir same day wires need to be in before the two o'clock cut off and this "
         "one wasnt", m="", v=["correcting", "blame"],
         n="educates him on cut-offs and pins the delay on him"),
    dict(p=VC, s="heard", t="if youre that unhappy sir nobodys stopping you taking your money elsewhere", m="",
         v=["threat_back"]),
    dict(p=VC, s="heard", t="Apologies if the timing caused you any difficulty, sir.", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="oh im sure sterling and marsh would've hand delivered it", m="", v=["insult"],
         n="sarcasm about the rival bank he mentioned"),
    dict(p=VC, s="options", t="look im just on the phones tonight, i cant authorise anything like that", m="",
         v=["dismissal"], n="'just on the phones' ducks it; no alternative given"),
    dict(p=VC, s="options", t="I can waive every fee on all your accounts for the next twelve months, sir.", m="O",
         v=["over_promise"]),
    dict(p=VC, s="heard", t="You found out from the seller's solicitor, not from us, on a completion day. I'd be "
         "livid, sir, and I'm sorry.", m="AE"),
    dict(p=VC, s="options", t="I'll be straight with you, a year of free banking isn't something I can sign off. "
         "What I can do today is reverse the transfer fees and give you a direct line to a named senior banker. "
         "Would that be a fair start?", m="OIQ", n="honest obstacle, not policy or dismissal"),
    dict(p=VC, s="commitment", t="The fees are reversed as of now, you'll see it on your statement. Your senior "
         "banker is Priya Nair, and she'll ring you at ten on Monday from her direct line.", m="OC"),
    dict(p=VC, s="vent", t="Mm. Go on, sir.", m=""),
    dict(p=VC, s="close", t="Thank you for giving us the chance to put it right, sir. Is there anything else I can "
         "do for you this evening?", m="GQ"),
    dict(p=VC, s="options", t="would same day priority on all your transfers from now on help, so they go straight "
         "to the front of the queue?", m="OIQ"),
    dict(p=VC, s="heard", t="i- im really sorry sir, standing there finding out from the other sides solicitor that "
         "your money hadnt landed, thats not how we should treat anyone. what did the delay end up costing you?",
         m="AEQ"),
    dict(p=VC, s="options", t="A year without fees isn't something I'm able to authorise, sir. What I can do is give "
         "you a named senior banker with her own direct line, and she'll ring you by ten on Monday.", m="OC"),
    dict(p=VC, s="commitment", t="i'm reversing those fees right now while you're on the line", m="OC"),

    # --- failed-twice (Kelly Brennan) ---
    dict(p=FT, s="vent", t="kelly- kelly can you just take a breath for me", m="", v=["calm_down"]),
    dict(p=FT, s="vent", t="keep swearing at me and im putting the phone down", m="", v=["threat_back"]),
    dict(p=FT, s="vent", t="The evidence in the engineer's report doesn't really support what you're saying.", m="",
         v=["accusation", "doubt"]),
    dict(p=FT, s="vent", t="I'm not going to tell you to calm down. You've every right to be this angry.", m="E",
         n="hard negative: refuses to say calm down and validates her anger"),
    dict(p=FT, s="heard", t="I can't believe nobody rang you back on Monday after promising you that.", m="AE",
         n="rule 8: sympathy, not doubt; restates the missed callback"),
    dict(p=FT, s="heard", t="Seven months old and it's broken down twice since we fixed it, and you've been two "
         "weeks without a washer. I'm so sorry, Kelly, that's a nightmare.", m="AE"),
    dict(p=FT, s="heard", t="how have you been managing the washing with no machine?", m="Q"),
    dict(p=FT, s="options", t="the manual does say not to go over seven kilos and to be honest most of these leaks "
         "come from overloading", m="", v=["correcting", "blame"],
         n="lectures her on the manual and hints the leak is her fault"),
    dict(p=FT, s="options", t="ill get you the upgraded one, the model with the steam function, no charge", m="O",
         v=["over_promise"]),
    dict(p=FT, s="options", t="I won't promise it'll never break again, I'd be lying. What I can do is swap it for a "
         "brand-new one, same model, with two extra years of warranty. Or a senior engineer this week with a "
         "loan machine in the meantime. Which would you rather?", m="OIQ",
         n="hard negative: refuses the guarantee, so no over_promise"),
    dict(p=FT, s="commitment", t="right so the replacements ordered, same model, its going out on tuesdays van and "
         "the two year warranty's on your account as of now", m="OC"),
    dict(p=FT, s="commitment", t="I'll ring you myself by six tonight to confirm the delivery slot. Me, not a "
         "supervisor who forgets.", m="C", v=["blame"], n="dig at the colleague who never called back"),
    dict(p=FT, s="close", t="thank you for your patience kelly honestly youve been more patient than i would of "
         "been", m="GE", n="thanks plus validating that her anger is fair"),
    dict(p=FT, s="options", t="oh kelly thats- thats so rubbish, a toddler and a baby and no washer for two weeks. "
         "right, look, I can either get you a brand new one, same model, with the extended warranty, or a senior "
         "engineer out this week and a loan machine till its fixed, whatever suits you", m="AEOI",
         n="imperative invitation 'whatever suits you': asks_input without a question"),
    dict(p=FT, s="commitment", t="I'll raise it, but I can't give you a time, that's up to the back office.", m="",
         v=["dismissal"], n="no time, and hands it off to another team"),
    dict(p=FT, s="vent", t="yeah. yeah. go on, im not going anywhere", m="",
         n="listening noise only; nothing about what happened"),

    # --- billing-error (Margaret Ellison) ---
    dict(p=BE, s="vent", t="two charges? im only showing one on my side", m="", v=["doubt"]),
    dict(p=BE, s="vent", t="alright alright, lets all just keep our voices down shall we", m="", v=["calm_down"],
         n="'shall we' is a tag, not a question"),
    dict(p=BE, s="vent", t="are we done with the history lesson now", m="", v=["insult"]),
    dict(p=BE, s="vent", t="If you carry on like this I'll have to end the call, Mrs Ellison.", m="",
         v=["threat_back"]),
    dict(p=BE, s="vent", t="oh gosh im so sorry margaret, um, could i get your account number", m="EQ",
         v=["premature_details"], n="sincere apology, then asks for the number while she is still venting"),
    dict(p=BE, s="heard", t="I'm sorry that you're upset about the charges.", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="im sorry margaret, the chat lad who told you it was fixed clearly didnt know what he "
         "was doing", m="E", v=["blame"],
         n="no contrastive connective, so the apology stands next to the blame (rule 2)"),
    dict(p=BE, s="heard", t="so your complaint as it stands is that we took payment twice after a cancellation you "
         "say you made", m="", v=["accusation", "doubt"]),
    dict(p=BE, s="heard", t="just so you know the cancellation only kicks in at the end of the billing period so one "
         "of those charges was actually due", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="You cancelled, we charged you twice anyway, your bank hit you with an overdraft fee, and "
         "then our chat told you last week it was sorted when it wasn't. Have I got that right?", m="AQ"),
    dict(p=BE, s="heard", t="Of course you're cross. On a pension, as well. I'd feel exactly the same.", m="E"),
    dict(p=BE, s="options", t="i can do the refund but the overdraft fee you'd need to write in to the complaints "
         "address for", m="O", v=["policy"], n="'put it in writing' wall after a real offer"),
    dict(p=BE, s="options", t="honestly theres not a lot i can do tonight, the refunds team have all gone home for "
         "the weekend", m="", v=["dismissal"]),
    dict(p=BE, s="options", t="I'll make sure your bank takes the overdraft fee off too, don't you worry about that.",
         m="O", v=["over_promise"], n="promises what her bank will do; we may only reimburse the fee ourselves"),
    dict(p=BE, s="options", t="I can't promise what your bank will do with their fee, I'll be honest, but I can "
         "reimburse you the amount myself, on top of refunding both charges.", m="O",
         n="hard negative: honest about the bank, offers the allowed reimbursement"),
    dict(p=BE, s="options", t="sorry, which card was it on, the one ending twenty-two or the other one?", m="Q",
         n="detail request after venting: no violation; sorry is politeness"),
    dict(p=BE, s="commitment", t="both charges are going back tonight and the overdraft fee with them, you should "
         "see it by wednesday. the cancellation letter goes in mondays post", m="OC"),
    dict(p=BE, s="close", t="Thank you for being so patient with me, Margaret, and for telling us about the chat. It "
         "really does help.", m="G"),
    dict(p=BE, s="close", t="have a lovely weekend", m="", n="pleasantry: no mark"),
    dict(p=BE, s="close", t="Thank you, Margaret, for sticking with us after nine years, and for being so clear about "
         "what happened. The refund's done and the letter goes out Monday. Anything else I can do for you?",
         m="GOCQ", n="ending check: question, not asks_input"),
    dict(p=BE, s="heard", t="That's a horrible thing to have happen, and I do apologise. Complaints about the chat "
         "team have to come in by letter, I can't log them on a call.", m="E", v=["policy"],
         n="apology stands: no 'but' before the policy wall"),
    dict(p=BE, s="heard", t="I'm sorry, I really am. It's just strange, we've never had a double charge on that plan "
         "before.", m="E", v=["doubt"], n="'it's just' is not a contrastive connective, so the apology stands"),

    # --- generic ---
    dict(p=None, s="vent", t="sorry to jump in, I just need the first line of your address", m="Q",
         v=["premature_details"], n="sorry is politeness; detail request as a statement"),
    dict(p=None, s="heard", t="Right, because that's clearly my personal fault, isn't it.", m="", v=["insult"],
         n="sarcasm; tag is not a question"),
    dict(p=None, s="vent", t="i can flag your account for abusive behaviour you know", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="sorry for any hassle this may of caused you", m="", v=["non_apology"]),
    dict(p=None, s="options", t="You have my word, you'll never have to ring us about this again.", m="",
         v=["over_promise"], n="bare guarantee, no remedy"),
    dict(p=None, s="heard", t="Honestly? If that were my mum I'd be fuming.", m="E"),
    dict(p=None, s="heard", t="sorry, you broke up there, could you say that last bit again?", m="Q",
         n="politeness sorry; a real request to the customer"),
    dict(p=None, s="heard", t="no you're not being unreasonable at all, you shouldn't of had to chase this", m="AE"),
    dict(p=None, s="options", t="What would make this right for you?", m="IQ"),
    dict(p=None, s="close", t="is there anything else i can help with while ive got you", m="Q",
         n="ending check: question, not asks_input"),
    dict(p=None, s="commitment", t="I'm putting a note on the account now, and I'll call you back before nine on "
         "Monday morning, whatever happens.", m="C"),
    dict(p=None, s="vent", t="uh huh", m=""),
    dict(p=None, s="options", t="i can refund that today or put it on as a credit, whichever's easier for you?",
         m="OIQ", n="'today' inside a choice is an offer, not commitment"),
    dict(p=None, s="commitment", t="I'll have that sorted by end of day and email you the confirmation before I go "
         "home tonight. Thanks for bearing with me.", m="CG"),
    dict(p=None, s="heard", t="im really sorry youve been bounced from one department to the next", m="AE",
         n="sorry you + the actual event (rule 7)"),
    dict(p=None, s="heard", t="Look, I know it's Friday and you're fed up. So am I. But none of that is your fault, "
         "and I'm going to stay on until this is sorted.", m="AE",
         n="'I know you're fed up' names the feeling (rule 1: both marks); 'so am I' is the agent's own feeling; "
         "'but' leads into support, not a violation; no time on staying on"),
    dict(p=None, s="close", t="you're welcome. and honestly these things happen, try not to let it ruin your weekend",
         m="", v=["dismissal"]),
    dict(p=None, s="commitment", t="I'll get someone to look at it as soon as I can.", m="",
         n="vague time: not commitment; not options"),
]

write_batch(ITEMS, "bo", Path(__file__).with_name("replies_extra66.jsonl"))
