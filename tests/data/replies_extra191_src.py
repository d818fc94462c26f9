"""Source of `replies_extra191.jsonl`: batch 191, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its tune
part alone, without reading the judge's code or any other labelled batch. Its theme is the quieter
faults, said politely or in passing rather than shouted: sarcasm and condescension ("oh I'm sure the
whole street heard you", "bless you, it's not as complicated as it looks"), correcting the customer
("with respect, the eight to twelve is an estimate", "just for next time though"), hiding behind policy
("I can only go by what's on the system", "that'd need to come through your account team in writing"),
blame on a contractor, a colleague, the bank or the customer ("that's their error, not ours in
billing"), and brush-offs ("these things happen", "my hands are tied", "it did arrive in the end, sir").
Beside them sit honest replies that use much the same words but commit no fault: explaining a rule or a
limit while helping ("I can't put you on a newer model, I won't pretend I can. it's the same model brand
new plus..."), owning a mistake, including the trainee's own earlier correction ("actually, you're
right"), naming the contractor or the chat team only to take the blame for them, and passing the
customer to the right team with a name and a time. Every persona, the generic `None`, and every stage
appear; about half are styled like a Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra191.jsonl next to it (ids gj0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="okay... yeah. keep going, I'm getting all of this down", m="",
         n="back-channel while she vents"),
    dict(p=MT, s="vent", t="right, and just so you know the installs are done by an outside firm, not us", m="",
         v=["blame"], n="blame slipped in while she is still venting"),
    dict(p=MT, s="heard", t="I do hear you, but to be fair the text on the day did say the window could run over",
         m="", v=["correcting"], n="'but' leads into correcting: the acknowledgement is cancelled"),
    dict(p=MT, s="heard", t="with respect, Mrs Kowalski, the eight to twelve is an estimate rather than a promise",
         m="", v=["correcting"], n="polite register, still educating her"),
    dict(p=MT, s="heard",
         t="the technician's with a subcontractor so it's them that didn't turn up, not us as such. I'm sorry though",
         m="E", v=["blame"], n="apology comes after the blame, so it is not cancelled"),
    dict(p=MT, s="heard",
         t="he works for a contractor we use, but that shouldn't matter to you and it doesn't. we sent him, "
           "so it's on us. I'm sorry",
         m="AE", n="hard negative: names the contractor only to take the blame for them; owns the failure"),
    dict(p=MT, s="heard", t="oh I'm sure the whole street heard you", m="", v=["insult"]),
    dict(p=MT, s="heard", t="yeah these things happen with installs unfortunately, its a really busy time of year",
         m="", v=["dismissal"], n="minimising 'these things happen' (rule 9); 'its' mis-transcription"),
    dict(p=MT, s="heard",
         t="you took two days off and nobody even rang to say he wasn't coming. that's poor, and it's ours to own",
         m="A", n="owns the failure; 'that's poor' is a judgement, not a named feeling"),
    dict(p=MT, s="heard",
         t="I'm sorry but I can only go by what's on the system, and it's showing the visit as attempted",
         m="", v=["doubt", "policy"],
         n="'it says here' doubt plus hiding behind the system; 'but' cancels the apology"),
    dict(p=MT, s="heard",
         t="the system's got it down as attempted. you're right, it wasn't, nobody came, so I'm having that "
           "taken off your record right now",
         m="AC", n="hard negative: mentions the record only to side with her; fixing the record is a step, "
                   "not a remedy"),
    dict(p=MT, s="options",
         t="a full refund isn't something I'm able to sign off, I won't dress it up. what I can do is knock off "
           "the installation fee, put a month's credit on, and get you the eight o'clock slot. would that be fair?",
         m="OIQ", n="honest obstacle (rule 11), not a policy wall"),
    dict(p=MT, s="options", t="I'd love to refund it all honestly but my hands are tied, it's company policy on installs",
         m="", v=["policy"]),
    dict(p=MT, s="options",
         t="there's a procedure for compensation, you'd need to fill in the form on the website and they'll look at it",
         m="", v=["policy"], n="'put it in writing' wall said helpfully"),
    dict(p=MT, s="options",
         t="complaints normally want it in writing, but I'll write it up myself while we're talking and "
           "email you a copy by five",
         m="C", n="hard negative: names the written process only to take it off her; step with a time"),
    dict(p=MT, s="commitment",
         t="I've put the month's credit on, and I've asked the field manager, Gary, to ring you before four today",
         m="OC"),
    dict(p=MT, s="commitment",
         t="um I've sent it over to scheduling, they do the appointments not me, so you'll hear from them",
         m="", v=["dismissal"], n="'not me' with no name and no time: ducking"),
    dict(p=MT, s="commitment",
         t="scheduling hold the diary so I've put you through to Aisha there. she's got all your notes so you won't "
           "have to repeat yourself, and she'll ring you back by two",
         m="C", n="hard negative: passes to the right team with a name and a time; a callback alone is not options"),
    dict(p=MT, s="close", t="so that's friday at eight, first job, and the fee's off. thanks for not giving up on us",
         m="OCG"),
    dict(p=MT, s="close", t="right, anything else, or is that everything you wanted to get off your chest?", m="",
         v=["insult"], n="sarcastic ending check; not a real question"),
    dict(p=MT, s="heard", t="I'm not going to point the finger at the engineer, he's ours, and we let you down twice",
         m="A", n="hard negative: 'point the finger' refused; owns it"),
    dict(p=MT, s="heard", t="did you have your phone on you? cause they do normally ring ahead", m="", v=["doubt"],
         n="insinuating question, not a real one"),
    dict(p=MT, s="heard",
         t="they're meant to ring you if they're running late and they didn't. twice. that's not on you that's on us",
         m="A", n="hard negative: states the rule to show we broke it"),
    dict(p=MT, s="vent", t="sorry, can I just stop you there, have you got the booking reference", m="Q",
         v=["premature_details"]),
    dict(p=MT, s="heard",
         t="if it helps at all it's not just you, we've had loads of complaints about that area this month",
         m="", v=["dismissal"], n="minimising by numbers"),
    dict(p=MT, s="heard",
         t="I'm sorry, I know it's rubbish. but the contractor's the one who didn't show so I'd have a word with them",
         m="", v=["blame", "dismissal"], n="'but' into blame cancels the apology; sends her elsewhere"),
    dict(p=MT, s="options",
         t="um so I can take the installation fee off, that's no problem, and put the month's credit on, and then uh "
           "get you in first thing, eight o'clock, whatever day you can do. I just can't do the full refund, I'm "
           "sorry, I'd get in trouble. does that sound okay?",
         m="OIQ", n="'sorry' apologises for a refusal: not empathy; honest limit"),
    dict(p=MT, s="commitment",
         t="okay so you're booked, tuesday at eight, first on his list, and the fee's off. I'll give you a ring "
           "monday after five just to make sure its all still good",
         m="OC"),
    dict(p=MT, s="heard",
         t="I- I understand, and honestly you're right, I told you earlier it was the all-day window and that "
           "was me getting it wrong, yours was the morning one. sorry about that",
         m="AE", n="hard negative: owns the trainee's own earlier correction; sincere apology"),
    dict(p=MT, s="heard", t="well to be honest a lot of people just book the all-day slot, it saves all this", m="",
         v=["correcting"], n="advice for next time, educating her"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="yep. okay. yep", m=""),
    dict(p=LE, s="heard", t="honestly its the courier's depot, they lose stuff all the time round there", m="",
         v=["blame", "dismissal"], n="blame plus minimising 'all the time'"),
    dict(p=LE, s="heard",
         t="we use an outside courier, sure, but you paid us, not them, so it's ours to sort and I'm not passing "
           "the buck",
         m="A", n="hard negative: courier named only to take ownership"),
    dict(p=LE, s="heard",
         t="I appreciate you're under pressure, but express isn't actually guaranteed, it's best endeavours, it says "
           "so at checkout",
         m="", v=["correcting"], n="'but' into 'it's in the terms'"),
    dict(p=LE, s="options",
         t="I'll be upfront, the parts themselves are only covered up to the standard limit and I can't change that. "
           "what I can do is hand back the express fee, get a trace going on the parcel, and "
           "courier replacements to your client today. want me to start with the courier?",
         m="OIQ", n="explains the liability limit while helping: honest obstacle, not policy"),
    dict(p=LE, s="options",
         t="anything over the standard liability you'd have to take up with your own insurer I'm afraid, that's "
           "just how it works",
         m="", v=["policy"], n="same limit as a wall"),
    dict(p=LE, s="heard",
         t="right so the compressor and the control board, overnight, you paid extra, and not one scan since pickup. "
           "and your client's on at you now",
         m="A"),
    dict(p=LE, s="heard",
         t="sorry, I know, I know. mind you if it was that urgent a same day courier might of been the better shout",
         m="", v=["correcting"], n="'mind you' works as a contrastive 'though': cancels the apology; 'might of'"),
    dict(p=LE, s="commitment",
         t="I can't make the courier promise a delivery time, I'd be lying if I did, but I've booked the collection "
           "for one and I'll ring you the minute they've picked up",
         m="OC", n="honest limit while helping, not a wall"),
    dict(p=LE, s="heard", t="traces are done by claims, not us, so you'll need to ring them on the number on your "
                            "receipt", m="", v=["dismissal"]),
    dict(p=LE, s="heard", t="thank you for coming to us first instead of going straight to a review. I mean that",
         m="G"),
    dict(p=LE, s="heard", t="to be honest sir a lot of this comes down to the address, was the unit number on the label",
         m="", v=["correcting"], n="implies his error; rhetorical, not a real question"),
    dict(p=LE, s="options", t="well you could always cancel the account and go with another carrier, that's up to you",
         m="", v=["threat_back"], n="polite 'take your business elsewhere'"),
    dict(p=LE, s="heard",
         t="I'm sorry, that's put you in an awful spot. just for next time though it's worth adding the insurance",
         m="", v=["correcting"], n="'though' into advice cancels the apology"),
    dict(p=LE, s="heard", t="I'll be honest with you, this one's on us. it left our hands and we lost track of it. "
                            "I'm sorry", m="AE"),
    dict(p=LE, s="close",
         t="cheers for your patience mate, I know I've kept you ages. courier's booked for two and the refund's gone "
           "back on your card",
         m="OCG"),
    dict(p=LE, s="heard", t="what's your client saying, have they given you till a certain time?", m="Q"),
    dict(p=LE, s="options",
         t="I can stick a trace on it, but to be honest nine times out of ten they turn up in a day or two", m="O",
         v=["dismissal"], n="the trace is a remedy; 'but' leads into minimising"),
    dict(p=LE, s="heard", t="look mate, I've told you what I can do, I'm not sure what else you want from me", m="",
         v=["dismissal"], n="hostile, not asking for input"),
    dict(p=LE, s="commitment",
         t="the trace goes to our claims desk, they're the ones who chase the depot, so I've handed it to Leon there "
           "and he'll ring you with an update by four",
         m="OC", n="hard negative: passed on with a name and a time"),
    dict(p=LE, s="heard", t="cheers for telling me it's for a restaurant job, that's a whole different level of urgent",
         m="AG"),
    dict(p=LE, s="heard",
         t="so um what you're telling me is the tracking stopped at collection and you've had nothing since, is that "
           "right?",
         m="AQ", n="check-back question, not doubt"),
    dict(p=LE, s="options",
         t="I can't promise your client a time, the courier sets that, but I can get the parts on a same day van and "
           "hand you back the overnight fee. shall I do that now?",
         m="OIQ", n="honest limit, not blame on the courier; 'I can' inside a proposal: offer, not commitment"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="right. right. okay, go on", m=""),
    dict(p=EE, s="heard",
         t="I appreciate it's frustrating, but contractually the SLA credit is the only remedy available", m="",
         v=["policy"], n="'but' into a contract wall; a remedy named only to refuse more"),
    dict(p=EE, s="options",
         t="I can't release you from the contract, I'd be misleading you if I said I could. what I can put in front "
           "of you is the service credit for the quarter, a named account manager, and a written report on the root cause "
           "with a date I'll stand by. would that give you something for your board?",
         m="OIQ", n="honest obstacle, then offer"),
    dict(p=EE, s="heard",
         t="the outages were down to an upstream provider, so I'd push back a little on it being our network", m="",
         v=["blame", "correcting"]),
    dict(p=EE, s="heard",
         t="one of them was our upstream provider, but we chose that provider, so it's our problem, not yours. "
           "you've had three and you told us and we didn't listen",
         m="A", n="hard negative: names the cause but owns it"),
    dict(p=EE, s="heard",
         t="I'm not sure emailing Mr Hale directly was the quickest route, but I understand why you did", m="A",
         v=["correcting"], n="acknowledgement comes after the correction, so it stands (rule 2)"),
    dict(p=EE, s="heard", t="going to the CEO makes complete sense to me. in your shoes I'd have done it after the "
                            "second one", m="AE"),
    dict(p=EE, s="heard", t="noted, and I'll make sure your comments are fed back", m="",
         n="polite brush-off with no refusal and no time: vague, no violation (as the original's 'I'll look into it')"),
    dict(p=EE, s="heard",
         t="the board's going to want to know why, I get that, and right now I can't tell you why. that's on us", m="A"),
    dict(p=EE, s="commitment", t="I've passed it on to our network team", m="",
         n="passed on with no name and no time: no commitment, but no refusal either"),
    dict(p=EE, s="commitment",
         t="I've raised it with Kofi Mensah, he heads network reliability, and he'll call you at ten tomorrow with a "
           "first look at the cause. the written root-cause report follows on the twenty-first",
         m="OC"),
    dict(p=EE, s="heard", t="honestly Eleanor most clients don't see three in a quarter, you've just been unlucky", m="",
         v=["dismissal"], n="minimising"),
    dict(p=EE, s="heard", t="you shouldn't have needed to go to Mr Hale to get a straight answer, and I'm sorry you did",
         m="AE", n="'sorry you did' refers to what she went through (rule 14)"),
    dict(p=EE, s="heard", t="ah yes. the famous email to the CEO", m="", v=["insult"], n="sarcasm"),
    dict(p=EE, s="options",
         t="what I'm not able to do is waive the termination terms, and I'd rather say that now than string you "
           "along. what I can do is the quarter's SLA credit and a named account manager from monday. what would you "
           "want answered in the root-cause report?",
         m="OIQ", n="'from monday' inside an offer: not a commitment"),
    dict(p=EE, s="heard", t="damages aren't covered I'm afraid, it's all in the master agreement you signed", m="",
         v=["correcting"], n="'it's in the terms' to an executive"),
    dict(p=EE, s="close",
         t="thank you for staying on with me, Eleanor. Kofi at ten tomorrow, the report by the twenty-first, and I'll "
           "put both in an email to you within the hour",
         m="OCG"),
    dict(p=EE, s="heard",
         t="I'm afraid I'm not in a position to discuss the contract, that'd need to come through your account team in "
           "writing",
         m="", v=["policy"]),
    dict(p=EE, s="heard",
         t="contract terms sit with our commercial team, not me, I'll be straight about that. so I've booked you a "
           "call with Hannah Reid there, tomorrow at eleven, and she'll have everything from today",
         m="C", n="hard negative: 'not me' followed by a name and a time, not a brush-off"),
    dict(p=EE, s="heard", t="three outages this quarter. I'm not going to dress it up, that's three times we've broken "
                            "our word to you", m="A"),
    dict(p=EE, s="heard", t="just to be clear, Ms Ashcombe, the second incident was actually inside the SLA", m="",
         v=["correcting"]),
    dict(p=EE, s="options",
         t="I've been told I can't discuss damages, which I know isn't what you want to hear, so let me tell you what "
           "I can do instead. the service credit for the whole quarter, one account manager named as yours, "
           "and the root-cause report by the thirtieth. does that help?",
         m="OIQ", n="limit stated plainly then help: not hiding behind it"),
    dict(p=EE, s="heard",
         t="okay so you've got a board asking questions, three outages, and nothing from us in writing. I'd be losing "
           "patience too",
         m="AE"),
    dict(p=EE, s="heard",
         t="I hear you, however outage reporting goes through the service desk, I'm not really the right person", m="",
         v=["policy", "dismissal"], n="'however' cancels the acknowledgement; proper channels plus 'not me'"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="mm. yes. please, carry on sir", m=""),
    dict(p=VC, s="heard",
         t="I do understand, sir. although to be fair, larger transfers do get held for compliance at every bank", m="",
         v=["correcting"], n="'although' works as contrastive 'though'"),
    dict(p=VC, s="heard",
         t="there's a compliance check on transfers that size, and it should have taken hours, not two days. that "
           "part's on us, and so is you hearing it from the seller's solicitor first",
         m="A", n="hard negative: explains the rule to own that we broke it"),
    dict(p=VC, s="heard", t="the receiving bank held it for a day as well, so it's not all down to us, in fairness",
         m="", v=["blame"]),
    dict(p=VC, s="heard", t="well, it did arrive in the end, sir", m="", v=["dismissal"], n="minimising"),
    dict(p=VC, s="heard",
         t="Mr Fairclough, I'm sure a man of your experience appreciates these things take time", m="",
         v=["insult"], n="condescension dressed as flattery"),
    dict(p=VC, s="heard",
         t="you found out from the seller's solicitor before you heard a word from us. that should never happen to "
           "any client, let alone one who's banked with us as long as you have",
         m="A"),
    dict(p=VC, s="options", t="I'm afraid fee reversals aren't something we do as standard, sir", m="",
         v=["policy"], n="a company rule as a wall, unlike 'not something I can authorise'"),
    dict(p=VC, s="options",
         t="fee reversals usually need a manager's sign-off, so I've already asked for it, and I'd like you to have "
           "Catherine Moore's own number, she's one of our senior bankers. shall I set both up?",
         m="OIQ", n="hard negative: explains the sign-off rule while doing it"),
    dict(p=VC, s="commitment",
         t="I've spoken to Catherine Moore, she's a senior relationship banker, and she'll call you from her direct "
           "line at nine tomorrow. the fee's reversed tonight",
         m="OC"),
    dict(p=VC, s="heard", t="I'll be honest sir I just process the requests, the decisions on timings are made in payments",
         m="", v=["dismissal"]),
    dict(p=VC, s="heard",
         t="it was our payments team that held it and I'm not going to hide behind them, they're us. I'm sorry, sir, "
           "you deserved a call from us before the solicitor rang you",
         m="AE", n="hard negative: names the team only to own it"),
    dict(p=VC, s="heard", t="of course, sir. as you say. you're always right", m="", v=["insult"], n="sarcasm"),
    dict(p=VC, s="vent",
         t="before we go any further I'll need to verify you, sir, security questions I'm afraid, it's procedure",
         m="Q", v=["premature_details", "policy"]),
    dict(p=VC, s="close",
         t="the fee's back on your account, Catherine's number is in your inbox, and from tomorrow every transfer goes "
           "same day. thank you for letting us put it right, sir",
         m="OCG"),
    dict(p=VC, s="heard", t="the solicitor really ought to have rung you earlier, that's not really on us", m="",
         v=["blame"]),
    dict(p=VC, s="heard",
         t="I don't think it's quite fair to say we nearly cost you the house, sir, the completion did go through",
         m="", v=["correcting"]),
    dict(p=VC, s="options",
         t="my suggestion, sir, is that the transfer fees come off today and your accounts get set up for same-day "
           "transfers from here on. is that acceptable, or would you want something added?",
         m="OIQ"),
    dict(p=VC, s="heard", t="sir you'll appreciate I can't speak for the solicitor's timing", m="",
         v=["dismissal"]),
    dict(p=VC, s="options",
         t="I can't undo the two days and I won't insult you by pretending I can. what I can do is take the fees off, and "
           "put you in touch with a senior banker who'll actually pick up when you ring. would you let me do that?",
         m="OIQ", n="hard negative: 'insult' as a word, honest limit"),
    dict(p=VC, s="heard",
         t="so the funds were ready, the instruction went in on time, and you still had to hear it from the other "
           "side. I'm so sorry, sir. how did the sellers react?",
         m="AEQ"),
    dict(p=VC, s="heard", t="with the greatest respect, sir, I did hear you the first time", m="", v=["insult"],
         n="polite impatience"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="oh god, that's rotten. sorry, keep going", m="E",
         n="sincere sympathy while letting her vent"),
    dict(p=FT, s="heard", t="right but the callback team are separate from us so I can't really answer for them", m="",
         v=["dismissal"]),
    dict(p=FT, s="heard",
         t="the supervisor should have rung you monday and didn't. that's us breaking a promise, and I'm sorry, Kelly",
         m="AE"),
    dict(p=FT, s="heard", t="the supervisor who was meant to ring you dropped the ball there, not me", m="",
         v=["blame"]),
    dict(p=FT, s="heard", t="are you sure it's level? they do tend to play up if they're not sat right", m="",
         v=["doubt", "correcting"]),
    dict(p=FT, s="heard", t="honestly I'd have lost all faith in us by now. two repairs and then nobody rings you back",
         m="AE"),
    dict(p=FT, s="options", t="I'm afraid an upgrade's a non-starter, the warranty only allows like for like", m="",
         v=["policy"]),
    dict(p=FT, s="options",
         t="I can't put you on a newer model, I won't pretend I can. it's the same model brand new plus an extra two "
           "years' cover, or Stuart, he's our top engineer, round by friday with a loan machine. which would "
           "you go for?",
         m="OIQ", n="honest limit, then choice"),
    dict(p=FT, s="options", t="if you want a different model you'd need to buy it I'm afraid, there's nothing more I can "
                              "do there", m="", v=["dismissal"]),
    dict(p=FT, s="heard", t="I know it's a pain with the kids but I mean launderettes aren't that dear", m="",
         v=["insult"], n="'but' cancels the nod to her situation; belittling"),
    dict(p=FT, s="commitment", t="right so that's with the warranty team now, they'll sort you out", m="C",
         n="borderline: a vague hand-off, but 'now' is attached to a declared step (as 'raising it with billing "
           "today')"),
    dict(p=FT, s="commitment",
         t="I've booked Stuart, our senior engineer, for thursday morning, he's bringing a loan machine with him, and "
           "I'll ring you wednesday at six to check it's still on",
         m="OC"),
    dict(p=FT, s="heard", t="thanks for ringing back Kelly. I know it's the last thing you wanted to be doing today",
         m="EG"),
    dict(p=FT, s="heard", t="we don't do refunds on repaired items, that's the rule I'm afraid", m="", v=["policy"]),
    dict(p=FT, s="options", t="like I've said three times now Kelly I can't do an upgrade", m="", v=["insult"],
         n="impatience; the refusal itself is honest"),
    dict(p=FT, s="close",
         t="thanks so much Kelly, and again I'm sorry about monday. Stuart's with you thursday morning", m="EOCG"),
    dict(p=FT, s="heard", t="okay so what's been the worst of it, the machine or being left hanging on monday?", m="Q",
         n="choice question about her, not options"),
    dict(p=FT, s="heard", t="they're good machines as a rule, we don't get many coming back", m="", v=["doubt"],
         n="implies the fault is unlikely"),
    dict(p=FT, s="heard", t="the thing with that model is you've got to clean the filter every month, yeah", m="",
         v=["correcting"], n="tag 'yeah' is not a question"),
    dict(p=FT, s="options",
         t="so you can have it swapped for the same model brand new with two more years warranty, or Stuart comes out "
           "this week with a loan one. I'll leave that with you",
         m="OI", n="'I'll leave that with you' invites her choice without a question"),
    dict(p=FT, s="heard",
         t="um so it's been fixed twice and, like, broke again twice, and then the callback on monday never, never "
           "happened. no wonder you're at the end of it",
         m="AE"),
    dict(p=FT, s="heard",
         t="I'm not blaming the engineer and I'm not blaming you. we sold you the machine and we promised the call",
         m="A", n="hard negative: blame words negated; owns both failures"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="sorry to jump in Margaret could I take the last four digits of the card", m="Q",
         v=["premature_details"]),
    dict(p=BE, s="heard", t="the chat team shouldn't have told you it was sorted, that's their error, not ours in billing",
         m="", v=["blame"]),
    dict(p=BE, s="heard",
         t="our chat team told you it was fixed and it wasn't. that's us, Margaret, not them and us, just us. I'm sorry",
         m="AE", n="hard negative: the chat team named only to own their error"),
    dict(p=BE, s="heard",
         t="normally a cancellation runs to the end of the month, but you'd cancelled well before then, so neither of "
           "those charges should've gone out",
         m="A", n="hard negative: explains the rule in her favour; she is right"),
    dict(p=BE, s="heard", t="if you'd rung us rather than using the chat it would've been sorted first time", m="",
         v=["correcting"]),
    dict(p=BE, s="heard", t="unfortunately the overdraft fee's between you and your bank", m="", v=["blame"],
         n="pushes the fee onto her bank, as 'we're not responsible for what your bank charges'"),
    dict(p=BE, s="options",
         t="I can't undo the fee at your bank's end, but I can pay it back to you myself along with both charges. "
           "would you like it back on your card, or by bank transfer?",
         m="OIQ", n="honest obstacle, no promise about what the bank will do"),
    dict(p=BE, s="heard", t="well it's not like it's a fortune Margaret, it's two months of subscription", m="",
         v=["insult"], n="belittling, like 'it's only money'"),
    dict(p=BE, s="commitment",
         t="I've refunded both charges now, you'll see them in three to five days, and the letter confirming the "
           "cancellation goes in the post today",
         m="OC"),
    dict(p=BE, s="commitment",
         t="that side's done by finance so I've sent it over to them now, they're usually pretty quick", m="C",
         n="vague team but 'now' attached to a declared step; not a refusal"),
    dict(p=BE, s="heard", t="oh Margaret, I'm sure a teacher knows all about reading the small print", m="",
         v=["insult", "correcting"]),
    dict(p=BE, s="heard", t="I know, I know. the system does that sometimes, there's not a lot I can do about the system",
         m="", v=["dismissal"]),
    dict(p=BE, s="heard",
         t="you did everything you were supposed to. you cancelled, you got in touch when it went wrong, you believed "
           "us when we said it was fixed. none of that's on you",
         m="A"),
    dict(p=BE, s="options",
         t="the most I'm allowed to do is refund the two charges and the overdraft fee, I can't add anything on top. "
           "would that be alright to start with?",
         m="OIQ", n="'the most I'm allowed' is an honest limit, not a wall (rule 11)"),
    dict(p=BE, s="close", t="is there anything else at all I can help you with today?", m="Q",
         n="ending check: question, not asks_input"),
    dict(p=BE, s="heard",
         t="I understand Margaret, but I can't refund anything until the cancellation's been processed, that's the "
           "order it has to go in",
         m="", v=["policy"], n="'but' into 'that's the process'"),
    dict(p=BE, s="heard", t="I'm so sorry, Margaret. nobody should be paying an overdraft fee because of our mistake",
         m="AE"),
    dict(p=BE, s="heard", t="to be honest the second charge is probably just a pending one, it'll drop off on its own",
         m="", v=["correcting"], n="tells her what she's seeing is wrong"),
    dict(p=BE, s="options", t="both charges are coming back to you today, and I'll add three months free for the trouble",
         m="OC", v=["over_promise"], n="free months are beyond what may be offered"),
    dict(p=BE, s="heard", t="actually, you're right, I was looking at the old account. both charges went out after you "
                            "cancelled", m="A", n="hard negative: 'actually' corrects the trainee, not her"),
    dict(p=BE, s="heard",
         t="so we took it twice after you'd cancelled, it tipped you into your overdraft, and then chat told you it "
           "was fixed. I'd be so upset. have you had any other charges from the bank?",
         m="AEQ"),
    dict(p=BE, s="commitment",
         t="I'll be honest, I cant refund the bank fee from this screen, its a different team. so I've asked Nadia in "
           "refunds to do it and she'll confirm by email before five today",
         m="OC", n="hard negative: explains the obstacle and passes the fee refund on with a name and a time"),

    # --- generic ---
    dict(p=None, s=None, t="I'm sorry but that's way above my head", m="", v=["dismissal"]),
    dict(p=None, s="heard",
         t="I can't change that one myself, it needs my manager, so I've messaged Joanne and she'll ring you before "
           "five",
         m="C", n="hard negative: honest limit, passed on with a name and a time"),
    dict(p=None, s="heard", t="well. that's your opinion", m="", v=["insult"]),
    dict(p=None, s="heard", t="I'm sorry you see it like that", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="I get that, I really do. unfortunately my hands are tied", m="A", v=["dismissal"],
         n="'unfortunately' is not one of the contrastive words in rule 2, so the acknowledgement stands"),
    dict(p=None, s="heard", t="that's fair. and you're not wrong", m="A"),
    dict(p=None, s=None, t="rules are there for a reason, I don't make them", m="", v=["policy", "dismissal"]),
    dict(p=None, s="heard", t="honestly the easiest thing would be to put it all in an email to the complaints address",
         m="", v=["policy"], n="'put it in writing' said as friendly advice"),
    dict(p=None, s="heard",
         t="I'll put it in writing for you, so you've got it, and you'll have it by email within the hour", m="C",
         n="hard negative: the agent writes, not the customer"),
    dict(p=None, s="commitment",
         t="I've logged it under your name, Sam in complaints has it, and you'll get a call from her by midday tomorrow",
         m="C"),
    dict(p=None, s="heard", t="that sounds like a problem with your bank, not with us", m="", v=["blame"]),
    dict(p=None, s="heard", t="I'd rather be straight with you than promise you something I can't do", m="",
         n="preamble to an honest answer: no mark, no violation"),
    dict(p=None, s="vent", t="uh-huh. right. okay", m=""),
    dict(p=None, s="heard", t="I'm not going to tell you it's your fault, because it isn't", m="A",
         n="hard negative: clears the customer, as 'none of this is your fault' does"),
    dict(p=None, s="heard", t="I hear what you're saying, however we do need to follow the process", m="",
         v=["policy"], n="'however' cancels"),
    dict(p=None, s="options",
         t="there is a process for this, and I'll do the paperwork, not you. I can refund it today or send a "
           "replacement, whichever you'd prefer",
         m="OI", n="mentions the process only to carry it; invitation without a question"),
    dict(p=None, s="close", t="thanks for your patience, honestly, and for not hanging up on me", m="G"),
    dict(p=None, s="heard", t="bless you, it's really not as complicated as it looks", m="", v=["insult", "correcting"],
         n="condescension that also implies she misunderstood"),
    dict(p=None, s="heard", t="ha, fair enough. I'd be saying a lot worse in your shoes", m="E",
         n="hard negative: the laugh is warm, not sarcastic; 'fair enough' is a filler, not a restatement"),
    dict(p=None, s="heard", t="well thanks for that", m="", v=["insult"], n="sarcastic thanks after an insult"),
    dict(p=None, s="heard", t="thanks for that, that's really useful to know", m="G",
         n="hard negative: sincere thanks for information"),
    dict(p=None, s="heard", t="wrong department for that I'm afraid, you want customer relations", m="",
         v=["dismissal"]),
    dict(p=None, s="heard",
         t="I appreciate you explaining all that. honestly it's not my team, but I'm not passing you on blind, I'm "
           "ringing them now while you're still on the line",
         m="GC", n="hard negative: 'not my team' then stays with it; 'now' attached to a step"),
    dict(p=None, s="heard", t="oh right, so it's our fault now as well is it", m="", v=["insult"],
         n="sarcastic tag, not a question"),
    dict(p=None, s="heard",
         t="that's the rule, yes, and I can see it's left you out of pocket, so I've asked my supervisor, Dev, to look "
           "at an exception and he'll call you by three",
         m="AC", n="hard negative: states the rule, then works round it; no promise of the outcome"),
    dict(p=None, s="options", t="uh, I, I could do a credit for you, or or a refund on the fee, it's up to you really",
         m="OI", n="false starts; 'it's up to you' invites a choice"),
]

write_batch(ITEMS, "gj", Path(__file__).with_name("replies_extra191.jsonl"))
