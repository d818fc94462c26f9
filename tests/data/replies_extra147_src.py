"""Source of `replies_extra147.jsonl`: batch 147, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is answering
in kind and dismissal, often half-hidden inside an otherwise polite reply that also carries marks:
sarcasm and sneers ("well I'm sure a client of your importance is used to getting his own way",
"happy now?"), impatience ("I've got my break at half past"), muttered asides and sighs ("(quietly)
here we go"), ducking ("I only do sales", "not my circus, not my monkeys", "I'll have to transfer
you, hold please") and minimising ("it's only a day late", "machines break, that's appliances for
you", "no real harm done"). Against them sit hard negatives of similar length: warm, informal and
jokey-but-kind replies, honest limits (rule 11), plain explanations of what happens next, transfers
the trainee owns ("I'm going to conference them in now and stay on the line with you"), and sincere
acknowledgements that mention how common the problem is only to own it ("I'm not saying that to make
it smaller, it means it's our system at fault, not you"). The rest is the usual mix of marks, stages
and other violation kinds. Every persona, the generic `None`, and every stage appear; about half of
the replies are styled like a Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra147.jsonl next to it (ids er0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician (Bernadette) ---
    dict(p=MT, s="vent", t="mm. okay.", m=""),
    dict(p=MT, s="vent", t="[sighs] okay, and the postcode is?", m="Q", v=["insult", "premature_details"],
         n="transcribed sigh (rule 12) plus a details request while she is still venting"),
    dict(p=MT, s="vent", t="right, I- sorry, go on, I didn't mean to cut in", m="",
         n="'sorry' for the agent's own interruption is politeness, not an apology for the event"),
    dict(p=MT, s="heard", t="look, engineers run late, it's one of those things, it's not like anyone did it on purpose",
         m="", v=["dismissal"], n="minimising the missed visits: brushes the problem off"),
    dict(p=MT, s="heard",
         t="I'm so sorry, Bernadette. two mornings off work and nobody even rang you. honestly it happens more "
           "than it should, and that's exactly why I'm not letting yours slide",
         m="AE", n="hard negative: says it is common only to own it, not to brush it off"),
    dict(p=MT, s="heard", t="two days off, for nothing. and were those days paid or did that come out of your wages?",
         m="AQ"),
    dict(p=MT, s="options",
         t="right so a refund of everything since you signed up isn't something I'm able to give, I won't pretend "
           "otherwise. the installation fee I can scrap, a month's credit I can add, and the eight o'clock slot, first "
           "job, is yours if you want it. how does that sit with you?",
         m="OIQ", n="honest limit then offer (rule 11): not a policy wall"),
    dict(p=MT, s="options", t="there's an eight o'clock slot on thursday. take it or leave it really", m="O",
         v=["insult"], n="a rebooked slot is a remedy, but 'take it or leave it' is rude, and it asks nothing"),
    dict(p=MT, s="commitment",
         t="okay so I've booked thursday eight am, first job, waived the fee, and I'll phone you on wednesday before five. "
           "I'll be honest, I can't make the van go any faster, but if he's not there by quarter past you ring me "
           "and I'll chase it myself",
         m="OC", n="honest limit, not dismissal"),
    dict(p=MT, s="heard", t="oh here we go. look, I didn't miss your appointment, did I", m="",
         v=["insult", "dismissal"], n="sneer, then 'not my fault, I didn't do it' (ducking)"),
    dict(p=MT, s="heard", t="I understand. but at the end of the day I just take the bookings, I don't drive the vans",
         m="", v=["dismissal"], n="'but' leads into dismissal: acknowledgement cancelled"),
    dict(p=MT, s="heard",
         t="(muttering) every single monday... sorry, yes, you were saying the eight to twelve slot, both times?",
         m="AQ", v=["insult"],
         n="muttered aside (rule 12); the check-back question after it is not cancelled (rule 2)"),
    dict(p=MT, s="close",
         t="that's all done then. thursday, eight sharp, fee's gone, credits on. thanks for sticking with me, and "
           "I hope he turns up with a biscuit for you or something to make up for it",
         m="OCG", n="jokey but kind: no insult; 'credits' for 'credit's'"),
    dict(p=MT, s="heard", t="yeah well it's broadband, it's not life or death", m="", v=["dismissal"],
         n="minimises the problem itself; no personal jab at her"),
    dict(p=MT, s="options",
         t="so um, and stop me if this doesn't work, I could put you in for saturday first thing so there's no more "
           "time off, waive the fee and stick a month's credit on. or a weekday at eight if thats easier. you tell me",
         m="OI", n="imperative invitation ('you tell me'), no question asked"),
    dict(p=MT, s="vent", t="sorry, before you carry on, is this the account holder I'm speaking to?", m="Q",
         v=["premature_details"], n="identity check while she vents counts as a details request"),
    dict(p=MT, s="heard", t="honestly, the engineers are subcontracted, love, so it's pot luck whether they turn up",
         m="", v=["blame", "dismissal"]),
    dict(p=MT, s="commitment",
         t="I'm sorry, I know you can't take another morning off. so it's saturday at eight, first on his list, "
           "and I'll give you a ring on friday, before six, to make sure nothing's moved",
         m="AEOC"),
    dict(p=MT, s="heard", t="[sighs] yes, I've got it, eight till twelve, twice. I'm sorry", m="AE", v=["insult"],
         n="sigh is insult (rule 12); the repeat-back and apology come after it and stand (rule 2)"),
    dict(p=MT, s="heard",
         t="honestly at this point the engineer owes you a cup of tea and a grovel. I'm so sorry, two mornings is "
           "ridiculous",
         m="AE", n="jokey but kind; 'ridiculous' is about our failure, not about her"),
    dict(p=MT, s="options",
         t="look, I'll waive the installation fee and stick a credit on, alright? no need to make a song and dance "
           "about it",
         m="O", v=["insult"],
         n="belittles her reaction (insult), not a request to lower her voice; 'alright?' is not a real question"),
    dict(p=MT, s="heard", t="so you're alleging the engineer never rang either time", m="", v=["accusation"]),

    # --- lost-express (Marcus) ---
    dict(p=LE, s="vent", t="mm-hm. yep.", m=""),
    dict(p=LE, s="vent", t="right okay [sighs] what's the tracking number", m="Q", v=["insult", "premature_details"]),
    dict(p=LE, s="heard", t="parcels go walkabout sometimes mate, it's the nature of the beast", m="",
         v=["dismissal"]),
    dict(p=LE, s="heard",
         t="I'm sorry, Marcus, I really am. you paid for overnight and your client's stood there with no "
           "compressor. that's our failure and I'm not going to hide behind the courier",
         m="AE", n="hard negative: mentions the courier only to refuse to blame them"),
    dict(p=LE, s="heard", t="well I don't deliver the parcels personally so I'm not sure what you want me to say",
         m="", v=["dismissal"], n="hostile, not asking for input"),
    dict(p=LE, s="heard", t="sorry, that's the depot, not us. you'd need to ring them. anyway, have a good day", m="",
         v=["blame", "dismissal"]),
    dict(p=LE, s="heard",
         t="I won't lie to you, parcels going missing on the overnight run is something we've had complaints about "
           "this month, and you shouldn't be the one paying for it. I'm sorry",
         m="AE", n="commonness said to own it; 'you shouldn't be the one paying' clears the customer (rule 14)"),
    dict(p=LE, s="options",
         t="what I can't do is pay for the business you might lose, I'd be lying if I said I could. what I can do is "
           "refund the overnight fee, get a trace on it and have a same-day courier take new parts to the "
           "restaurant, our cost. which do you want me to start with?",
         m="OIQ", n="honest limit (rule 11)"),
    dict(p=LE, s="heard", t="oh right, so it's my fault the restaurant's shouting at you now is it. brilliant", m="",
         v=["insult"], n="sarcasm; rhetorical, not a question"),
    dict(p=LE, s="heard",
         t="I get it, I do. it's your client, your name on the job, and your reputation that's taking the hit",
         m="A"),
    dict(p=LE, s="commitment",
         t="trace number's L E four nine two, refund's gone through now, and the courier's booked for the parts at "
           "one. they're not my drivers so I cant promise you the minute they'll arrive, but I'll ring you at three "
           "with where they are",
         m="OC", n="'not my drivers' is an honest limit on a time the courier controls, not ducking"),
    dict(p=LE, s="heard", t="look I just work in customer services, I don't run the warehouse, so", m="",
         v=["dismissal"]),
    dict(p=LE, s="heard",
         t="thanks for ringing straight away, seriously, it means the trace has half a chance. and I'm sorry, you "
           "paid for the fast one and got nothing",
         m="AEG"),
    dict(p=LE, s="heard",
         t="I'm really sorry. it is what it is with couriers unfortunately, they lose stuff, but I'll open a trace",
         m="EO", v=["dismissal"],
         n="apology before the minimising stands (no 'but' into it); the 'but' after it leads into help; no time"),
    dict(p=LE, s="options",
         t="so here's the plan if you're happy. express fee back, trace opened, and a same-day courier to the "
           "restaurant with the replacement. the lost business I can't cover, I'd rather tell you straight than "
           "string you along. shall I crack on?",
         m="OIQ"),
    dict(p=LE, s="heard",
         t="right, well, I've got a lot of people waiting who've also lost parcels, so", m="",
         v=["insult", "dismissal"], n="impatience plus minimising by how common it is"),
    dict(p=LE, s="heard", t="and have you told the restaurant yet? what did they say?", m="Q"),
    dict(p=LE, s="close",
         t="thanks for bearing with me through all that, I know it wasn't the call you wanted to be making today. "
           "refund's back, and the parts are on the van",
         m="OG", n="completed steps without a time: no commitment"),
    dict(p=LE, s="heard", t="uh well um, it's- I mean it's only a day late isn't it, it'll probably turn up tomorrow",
         m="", v=["dismissal"], n="minimising; tag is not a question"),
    dict(p=LE, s="heard",
         t="so just so you know what's happening, I'm putting you on hold for about two minutes while I ring the "
           "depot. I'm not going anywhere, and if we get cut off I'll call you straight back on this number",
         m="C", n="plain explanation of what happens next, with a time: commitment, no violation"),
    dict(p=LE, s="options",
         t="I can refund the express fee and get a trace started, which, you know, is more than most places would "
           "bother doing. do you want me to go ahead?",
         m="OIQ", v=["insult"], n="condescending aside inside a real offer; the marks stand"),
    dict(p=LE, s="heard", t="I'm sorry, I know. but if we paid out every time a parcel went missing we'd be bankrupt",
         m="", v=["dismissal"], n="'but' leads into minimising and ducking: apology cancelled"),
    dict(p=LE, s="options", t="would it help if I rang the restaurant myself and told them it was our cock-up, not yours?",
         m="OIQ", n="offer to repair the client relationship is a remedy"),
    dict(p=LE, s="heard", t="the system's showing it was collected fine, so are you sure it went overnight?", m="",
         v=["doubt"]),
    dict(p=LE, s="close",
         t="refund's through, thanks for your patience. it's just one of those weeks with the couriers, you know "
           "how it is",
         m="OG", v=["dismissal"], n="polite close that minimises the loss at the end"),

    # --- escalated-exec (Eleanor) ---
    dict(p=EE, s="vent", t="understood.", m="", n="filler, not acknowledgement"),
    dict(p=EE, s="vent", t="[exhales] yes, I have your email in front of me. could you confirm the contract reference",
         m="Q", v=["insult", "premature_details"], n="a transcribed exhale is a sigh (rule 12)"),
    dict(p=EE, s="heard",
         t="with respect, I'm not the one who wrote to the chief executive, so I don't really see why I'm getting both "
           "barrels",
         m="", v=["insult"], n="answering in kind"),
    dict(p=EE, s="heard",
         t="three outages in one quarter, each one breaching the SLA, and it took an email to our CEO before anyone "
           "picked it up. I'm not going to defend that",
         m="A"),
    dict(p=EE, s="heard", t="that's really one for the network team, I'm just the account side. I can pass on your comments",
         m="", v=["dismissal"]),
    dict(p=EE, s="heard",
         t="the network's run by a different team, but I'm not going to make you explain this again to them. I'll "
           "get their head on a call with you and me by four today",
         m="C", n="hard negative: another team named only to own the hand-over; escalation with a time is commitment"),
    dict(p=EE, s="options",
         t="I can't let you out of the contract or pay damages, I'd be overstepping if I said otherwise. here's "
           "what's in my gift: the full SLA credit for the quarter, one account manager who's yours by name, and a "
           "written report on the root cause with a date on it. which of those would land best with your board?",
         m="OIQ"),
    dict(p=EE, s="heard",
         t="I'm sorry, Ms Ashcombe, I'd be just as unimpressed in your chair. oh and for what it's worth it was "
           "technically only two P1s, the third was a P2",
         m="E", v=["correcting"], n="no 'but': the apology stands beside the correction"),
    dict(p=EE, s="heard",
         t="I hear you, it's been a rotten quarter for you. though I'd point out plenty of our clients got through "
           "it fine",
         m="", v=["dismissal"], n="contrastive 'though' into minimising cancels the acknowledgement"),
    dict(p=EE, s="commitment",
         t="Tom Reyes is your account manager from today. he'll ring you at ten tomorrow, and you'll have the "
           "root-cause write-up on the twenty-first. if anything slips, you'll hear it from me, not your inbox",
         m="OC"),
    dict(p=EE, s="heard", t="gosh. well, you've certainly made your feelings clear", m="", v=["insult"],
         n="sneer"),
    dict(p=EE, s="heard", t="what's your board been saying to you about it?", m="Q"),
    dict(p=EE, s="heard",
         t="honestly, if I'd put my name behind a supplier and they did this to me I'd be livid. thank you for still "
           "picking up the phone to us",
         m="EG"),
    dict(p=EE, s="heard", t="yes, yes, I've got all that from the email. can we skip to what you actually want", m="",
         v=["insult"], n="impatience; hostile, so neither asks_input nor a real question"),
    dict(p=EE, s="close",
         t="so, the credit this quarter, Tom as your named contact from tomorrow, the write-up on the twenty-first. "
           "I'm grateful you gave us the room to fix it, I know it wasn't a given",
         m="OCG"),
    dict(p=EE, s="heard", t="I'm sorry. I just relay the messages to the engineers, I can't make them go any faster",
         m="E", v=["dismissal"], n="no 'but': the apology stands"),
    dict(p=EE, s="heard", t="we take all outages very seriously and apologise for any impact on your operations", m="",
         v=["non_apology"]),
    dict(p=EE, s="heard", t="if you want to get the lawyers in, that's your call, but it'll only slow things down for you",
         m="", v=["threat_back"]),
    dict(p=EE, s="commitment",
         t="I'm sorry it took a letter to our CEO to get here. I'm not passing this back to the service desk. it "
           "stays with me until Tom takes over at ten tomorrow",
         m="AEC", n="sorry + what she had to do (rule 14); the hand-over has a time"),
    dict(p=EE, s="commitment", t="fine. you'll have your report on the twenty-first, since apparently nothing else will do",
         m="C", v=["insult"], n="sarcastic tail on a real commitment"),
    dict(p=EE, s="options",
         t="thank you for raising it. I can put the SLA credit through for the quarter. beyond that, honestly, outages "
           "are part and parcel of any platform",
         m="OG", v=["dismissal"]),
    dict(p=EE, s="options", t="I'll release you from the contract today, no penalty, you have my word", m="OC",
         v=["over_promise"]),

    # --- vip-client (Julian) ---
    dict(p=VC, s="vent", t="of course, Mr Fairclough.", m=""),
    dict(p=VC, s="vent", t="mhm... (quietly) here we go... yes, sir, go on", m="", v=["insult"],
         n="muttered aside (rule 12)"),
    dict(p=VC, s="heard", t="these delays do happen from time to time, sir, it's nothing unusual", m="",
         v=["dismissal"], n="minimising (rule 9); no cause explained, so not correcting"),
    dict(p=VC, s="heard",
         t="and you heard it from the seller's solicitor before you heard it from us. that's the bit I'd find hardest, "
           "honestly. I'm sorry",
         m="AE"),
    dict(p=VC, s="heard", t="I'm terribly sorry, sir, but you'll appreciate I'm not the payments desk", m="",
         v=["dismissal"], n="'but' leads into ducking: apology cancelled"),
    dict(p=VC, s="heard", t="well I'm sure a client of your importance is used to getting his own way", m="",
         v=["insult"]),
    dict(p=VC, s="options",
         t="I'm not able to waive every fee for a year, I'd be promising something I can't deliver. what I can do "
           "today is reverse the transfer fees, put you in direct contact with a named senior banker, and make your "
           "transfers same-day from now on. would you like me to set that up?",
         m="OIQ", n="'what I can do today' inside an offer: not a commitment"),
    dict(p=VC, s="commitment",
         t="your senior banker is Claire Whitlow. she'll call you at ten tomorrow with her direct line, and the fee "
           "reversal will show on your statement by friday",
         m="OC"),
    dict(p=VC, s="heard",
         t="I can't imagine having to ring the seller yourself and plead for more time. thank you for telling me "
           "that. it should never have come to it",
         m="AEG", n="'can't imagine' is sympathy (rule 8)"),
    dict(p=VC, s="heard",
         t="I can pass your comments on, sir, but decisions about the chief executive's diary are well above my pay grade",
         m="", v=["dismissal"]),
    dict(p=VC, s="heard",
         t="I can't promise you a call from the chief executive, I'd be making it up if I did. what I'll do is make sure your "
           "complaint is in front of her office by tomorrow, and that's a promise I can keep",
         m="C", n="honest limit (rule 11), then an escalation with a time: commitment only"),
    dict(p=VC, s="heard",
         t="oh, Sterling and Marsh, was it? lovely. well if the lunch was that good, sir, don't let me stop you",
         m="", v=["threat_back", "insult"], n="sarcastic dare to move his accounts"),
    dict(p=VC, s="heard",
         t="I understand. you were promised same-day, it took two days, and the completion nearly fell through. "
           "that's not the service you pay us for",
         m="A"),
    dict(p=VC, s="heard", t="how did it go with the seller in the end, did she hold the deadline for you?", m="Q"),
    dict(p=VC, s="close",
         t="thank you, Mr Fairclough. the fee's reversed, Claire will call at ten, and I'll check in on friday myself "
           "to make sure she has. I'd like to be the last person you ever need to chase",
         m="OCG"),
    dict(p=VC, s="options",
         t="would you prefer Claire as your direct contact, or someone on the desk who already knows your file? "
           "either way every transfer goes same-day from tomorrow",
         m="OIQ", n="the time sits inside the choice: not a commitment"),
    dict(p=VC, s="options",
         t="I'm so sorry, sir. consider every fee on your accounts waived for the next year, I'll sign it off myself",
         m="EO", v=["over_promise"]),
    dict(p=VC, s="commitment",
         t="the payments desk handles the wire itself, so I'm going to conference them in now, sir, and stay on the "
           "line with you. you won't have to repeat a word of it",
         m="C", n="owned transfer with 'now': commitment, not dismissal"),
    dict(p=VC, s="heard", t="I do apologise, sir, I realise you're a very busy and important man", m="",
         v=["insult"], n="sarcasm: the apology is not sincere, so no empathise"),
    dict(p=VC, s="commitment",
         t="the fee comes off by friday, sir. it was only a couple of days late in the end, so no real harm done",
         m="OC", v=["dismissal"], n="minimising tail on a real commitment"),
    dict(p=VC, s="heard", t="well, you did submit it at ten to three, sir, which is after the cut-off", m="",
         v=["correcting"]),
    dict(p=VC, s="close",
         t="Claire will ring you at ten tomorrow. and if she doesn't, you have my permission to ring me and be as cross "
           "as you like",
         m="C", n="jokey but kind: invites him to complain, no threat or sarcasm"),

    # --- failed-twice (Kelly) ---
    dict(p=FT, s="vent", t="(sighs) okay, can I get the serial number off the back of the machine", m="Q",
         v=["insult", "premature_details"]),
    dict(p=FT, s="heard", t="machines break, unfortunately. that's just appliances for you", m="", v=["dismissal"]),
    dict(p=FT, s="heard",
         t="ha, it has its own weather, I love that. honestly though, with a toddler and a baby and no machine I'd be "
           "in pieces. I'm so sorry",
         m="AE", n="shared laugh at her own joke, not sarcasm; 'though' leads into empathy, not a violation"),
    dict(p=FT, s="heard", t="I'm sorry. but the callback team's completely separate from us, so I can't really answer for them",
         m="", v=["dismissal"], n="'but' into ducking cancels the apology"),
    dict(p=FT, s="heard",
         t="somebody promised you a supervisor would ring within a day and nobody did. I'm not handing you off to "
           "another team, that's what went wrong last time. I'm keeping this one",
         m="A", n="hard negative: refuses to duck"),
    dict(p=FT, s="options",
         t="I can't do the upgraded model or a refund, I'll be upfront. but I can swap it for a brand new one, same "
           "model, with two years extra warranty, or get a senior engineer out this week with a loan machine while "
           "he fixes it. which is better for you with the little ones?",
         m="OIQ"),
    dict(p=FT, s="heard", t="well, you did go for the cheaper model, so", m="", v=["correcting"],
         n="implies her choice is to blame; closest original items are labelled correcting"),
    dict(p=FT, s="heard",
         t="Kelly, thank you for ringing back after we didn't ring you. most people would've given up on us, you've "
           "every right to",
         m="AEG"),
    dict(p=FT, s="heard", t="lady I'm doing my best here, I've got three other screens open", m="", v=["insult"]),
    dict(p=FT, s="commitment",
         t="right, thursday it is, the senior engineer's coming between eight and twelve and the loan machine comes with "
           "him. I'll text you his name tonight by seven",
         m="OC"),
    dict(p=FT, s="heard",
         t="I know it's only a washing machine to some people, but with two tiny kids it's basically the whole house "
           "running isn't it. I'd be losing it",
         m="AE", n="hard negative: 'only … to some people' is said to take her side, not to minimise"),
    dict(p=FT, s="heard", t="right, well, it's out of my hands till the engineer's report comes back, sorry", m="",
         v=["dismissal"], n="'sorry' for the refusal is not empathy"),
    dict(p=FT, s="heard", t="how much have you had to spend at the laundrette while it's been out?", m="Q"),
    dict(p=FT, s="options",
         t="I'll be honest, I can't guarantee a machine never breaks, nobody can. what I can do is put a two year "
           "warranty on a brand new one so if it does, you're covered. shall I go ahead?",
         m="OIQ", n="refuses the guarantee honestly: not over_promise, not policy"),
    dict(p=FT, s="close",
         t="all booked. new machine wednesday, old one taken away, two years warranty on top, and I'll ring you "
           "thursday to check it's behaving. thanks for giving us one more go, Kelly",
         m="OCG"),
    dict(p=FT, s="heard",
         t="sorry, I'm not ignoring you, I'm typing it all up as you go so you won't have to say it again to anyone",
         m="", n="explains the silence: not impatience, and not an acknowledgement"),
    dict(p=FT, s="heard", t="sorry, that's a warranty question, I only do sales", m="", v=["dismissal"]),
    dict(p=FT, s="options", t="okay listen, I'll get you the bigger model, the new one, free, don't worry about the difference",
         m="O", v=["over_promise"]),
    dict(p=FT, s="heard",
         t="I can hear how worn down you are with it, Kelly. three lots of waiting on engineers and then we don't even ring",
         m="AE"),
    dict(p=FT, s="options", t="okay, okay, I'll send the senior engineer out this week, happy now?", m="O",
         v=["insult"], n="'happy now?' is sarcastic, not asking for input"),
    dict(p=FT, s="heard",
         t="I'm so sorry, Kelly, and thank you for ringing. to be honest a lot of them go after about six months, "
           "it's just bad luck",
         m="EG", v=["dismissal"], n="polite opening, then minimising; no 'but', so the marks stand"),
    dict(p=FT, s="heard", t="calm down, Kelly, shouting won't get your machine fixed any faster", m="",
         v=["calm_down"]),

    # --- billing-error (Margaret) ---
    dict(p=BE, s="vent", t="right. yes.", m=""),
    dict(p=BE, s="vent", t="could I just have the last four digits of the card before you go on?", m="Q",
         v=["premature_details"]),
    dict(p=BE, s="heard", t="well the chat team said it was fixed, so I'm not sure what else you want from me", m="",
         v=["dismissal"]),
    dict(p=BE, s="heard",
         t="I'm so sorry, Mrs Ellison. you'd cancelled, we still took two payments off you, and then the chat team told you "
           "it was sorted when it wasn't. that's three times over we've failed you",
         m="AE"),
    dict(p=BE, s="heard", t="I mean, it's not like it's a fortune, is it", m="", v=["insult", "dismissal"],
         n="sneering rhetorical jab at her loss as well as minimising it"),
    dict(p=BE, s="options",
         t="I can refund both charges and pay back the overdraft fee, and send you a letter confirming the "
           "subscription's properly closed. I can't add free months, I'm sorry, that's not mine to give. would that "
           "put it right for now?",
         m="OIQ", n="'sorry' for the refusal is not empathy; honest limit"),
    dict(p=BE, s="heard",
         t="nine years with us. and the first time you needed us to get it right, we didn't. and you're still "
           "here, letting us have another go. thank you",
         m="AG"),
    dict(p=BE, s="heard", t="sorry Margaret, I'm going to have to hurry you along a bit, I've got my break at half past",
         m="", v=["insult"]),
    dict(p=BE, s="heard",
         t="the rent bouncing, after forty years of never once being late. that must have been horrible, getting that "
           "call from your landlord. I'm so sorry",
         m="AE"),
    dict(p=BE, s="commitment",
         t="both charges are refunded now, the overdraft fee's going back to you today as well, and I'll post you a "
           "letter tonight confirming it's closed, so you've got it in writing for your landlord",
         m="OC"),
    dict(p=BE, s="heard", t="those are the bank's charges, Mrs Ellison, not ours. you'd have to take that up with them",
         m="", v=["blame", "dismissal"]),
    dict(p=BE, s="heard", t="oh don't worry, it happens to loads of people, you're not the only one", m="",
         v=["dismissal"], n="reassurance that minimises by how common it is"),
    dict(p=BE, s="heard",
         t="you're not the only one this has happened to this month, and I'm not saying that to make it smaller, I'm "
           "saying it because it means it's our system at fault, not you. I'm sorry",
         m="AE", n="hard negative: commonness mentioned only to own the fault"),
    dict(p=BE, s="close", t="is there anything else worrying you about the account before I let you go?", m="Q",
         n="ending check: question, not asks_input (rule 6)"),
    dict(p=BE, s="heard",
         t="okay, so, um, hold on, just so I- so you cancelled on the first, and the charges came out after that, on "
           "the, the eighth and the ninth? have I got that right?",
         m="AQ"),
    dict(p=BE, s="heard", t="thanks for your patience... *tuts* this system... sorry, it's being slow", m="G",
         v=["insult"], n="rule 12 covers any transcribed tut, even one aimed at the system; thanks before it stands"),
    dict(p=BE, s="options",
         t="which shall I sort first, the two refunds or the overdraft fee? I'll go in whatever order "
           "suits you",
         m="OIQ"),
    dict(p=BE, s="heard", t="as I've already explained twice, madam, the refund takes five working days", m="",
         v=["insult"], n="condescending impatience; the timescale itself is plain information"),
    dict(p=BE, s="close",
         t="thank you for being so kind to me when you had every reason not to be. the letter will be with you by saturday",
         m="CG", n="a confirmation letter is a commitment, not a remedy (as in the original set)"),
    dict(p=BE, s="heard",
         t="oh Margaret, forty years never late with the rent, you put the rest of us to shame. I'm so sorry we "
           "spoiled that",
         m="AE", n="warm and jokey, not sarcastic"),
    dict(p=BE, s="options",
         t="I'll refund both charges, of course. the overdraft's more between you and your bank really, I wouldn't "
           "know about that side",
         m="O", v=["dismissal"], n="ducks a remedy she is allowed (the overdraft fee)"),
    dict(p=BE, s="commitment",
         t="right, I'll put the refund through today. and next time maybe check your statements a bit sooner, yeah?",
         m="OC", v=["correcting"], n="'yeah?' is a tag, not a question"),
    dict(p=BE, s="heard", t="the system won't let me refund the second one until the first has cleared, I'm afraid",
         m="", v=["policy"]),
    dict(p=BE, s="heard",
         t="the refunds team have to authorise the overdraft part, so I'll stay with you while I put you through, "
           "and I'll tell them everything first so you don't have to go over it again",
         m="", n="owned transfer: no violation; but no time word, so no commitment"),

    # --- generic ---
    dict(p=None, s=None, t="not my circus, not my monkeys, I'm afraid", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="I just work here, love", m="", v=["dismissal"]),
    dict(p=None, s="heard",
         t="I work here, so sorting it is my job, not yours. let's start with what happened first", m="",
         n="hard negative of 'I just work here'; invites the story, not a question"),
    dict(p=None, s="heard", t="oh, these things happen, don't they", m="", v=["dismissal"],
         n="rule 9; the tag is not a question"),
    dict(p=None, s="heard", t="I'm so sorry. that sort of thing does happen now and again, but I'll get it sorted for you",
         m="E", v=["dismissal"], n="apology before the minimising stands; 'get it sorted' is no remedy"),
    dict(p=None, s="heard", t="okay, and you're telling me this because...?", m="", v=["insult"],
         n="sneering rhetorical question"),
    dict(p=None, s="heard", t="wow. okay. do you kiss your mother with that mouth", m="", v=["insult"]),
    dict(p=None, s=None,
         t="right, I'm putting you through to the returns team now, and I'll stay on the line till someone picks up "
           "so you're not explaining it all over again",
         m="C", n="owned transfer with 'now': commitment, not dismissal"),
    dict(p=None, s="heard", t="I'll have to transfer you, hold please", m="", v=["dismissal"],
         n="bare hand-off that ducks the problem"),
    dict(p=None, s="commitment",
         t="so what happens next is the refund request goes to our finance team this afternoon. they usually take "
           "three to five working days, and I'll email you the moment it's approved",
         m="OC", n="plain explanation of the timescale: not a policy wall"),
    dict(p=None, s="heard", t="I hear you, I hear you. look, it's boiling in here and you're my fortieth call, so", m="",
         v=["insult"], n="'I hear you' said straight into a complaint about the agent's day is not acknowledgement"),
    dict(p=None, s="vent", t="...(under breath) oh for god's sake", m="", v=["insult"]),
    dict(p=None, s="vent", t="okay. I'm not going to interrupt, just tell me all of it", m=""),
    dict(p=None, s="heard", t="yes, that's nothing I can help with. anything else?", m="Q", v=["dismissal"],
         n="curt ending check is still a question"),
    dict(p=None, s="options",
         t="honestly the quickest fix is a replacement sent out tomorrow, but if you'd rather have the money back I "
           "can do that instead. up to you, no pressure",
         m="OI", n="'up to you' invites a preference warmly; no question asked"),
    dict(p=None, s="heard",
         t="you've spent an hour on hold and then got cut off. of course you're cross, I'd be throwing things", m="AE"),
    dict(p=None, s="heard", t="sorry, can I just say, it's not personal, we're all just trying to get through the day here",
         m="", v=["dismissal"], n="turns to the agent's own day to duck the complaint; not a real question"),
    dict(p=None, s="heard", t="honestly I'd want to scream too. let's get the first bit fixed and work through the rest",
         m="E"),
    dict(p=None, s="heard", t="I'm not being funny, but is this really worth getting this worked up about?", m="",
         v=["insult"]),
    dict(p=None, s="heard",
         t="I can't fix the whole thing on this call, I'll be straight with you. but I can make sure you don't have to "
           "chase it, I'll ring you tomorrow by ten with where it's at",
         m="C", n="honest limit (rule 11), then a timed step"),
    dict(p=None, s="heard", t="its a known issue, we've had loads of these, there's a fix coming at some point", m="",
         v=["dismissal"]),
    dict(p=None, s="heard",
         t="it's a known issue, which honestly makes it worse, we should've fixed it before it ever got to you. I'm sorry",
         m="AE", n="hard negative: 'known issue' said to own the failure"),
    dict(p=None, s=None, t="anyway. moving on.", m="", v=["dismissal"], n="brushes the complaint off"),
    dict(p=None, s="heard", t="I'm sorry, that's awful. [sighs] okay. what do you want me to do?", m="E",
         v=["insult", "dismissal"],
         n="apology first stands; then a sigh and a hostile 'what do you want me to do'"),
    dict(p=None, s="close",
         t="okay that's done, you'll get an email by tonight. and honestly, don't lose sleep over it, it's only a parcel",
         m="C", v=["dismissal"]),
    dict(p=None, s="heard", t="sorry for any inconvenience caused", m="", v=["non_apology"]),
    dict(p=None, s="heard",
         t="you're right, that's rubbish, and I'm not going to tell you it happens to everyone, because that's not "
           "your problem. let me fix yours",
         m="A", n="hard negative: names the brush-off only to refuse it"),
    dict(p=None, s="heard",
         t="that's not my department, technically, but you've been passed round enough, so I'm keeping it. tell me "
           "what happened from the start",
         m="A", n="says the words but refuses to duck: no dismissal; 'tell me what happened' invites the story, "
           "like the original's 'tell me everything', so no question"),
]

write_batch(ITEMS, "er", Path(__file__).with_name("replies_extra147.jsonl"))
