"""Source of `replies_extra68.jsonl`: batch 68 of hand-written, hand-labelled trainee replies (tune split only).

An unseen check of how far the judge generalises to replies written independently. About 135
replies of mixed length (roughly a third short, a third medium, a third long Whisper-style
run-ons), across every stage, all six personas and generic replies, with about four in ten
carrying a fault of some kind and the marks in the proportions a real call would give them. Each
reply was written one at a time, as a different trainee on a different day (nervous, scripted,
blunt, chatty, tired, veteran, defensive...), with its own verbal habits. It was written cold:
from the label definitions and rules in README.md, the method in /work/shared/METHOD.md and the
persona files alone, without reading any labelled reply (no replies*.jsonl, no other batch's
source) and without reading or running the judge's code.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra68.jsonl` next to it (ids bq0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician (Bernadette) ---
    dict(p=MT, s="vent", t="mm-hm. okay.", m=""),
    dict(p=MT, s="heard", t="Two whole mornings. God.", m="A",
         n="repeats the main point back; no apology or feeling named"),
    dict(p=MT, s="vent", t="so hang on, before we go any further can I grab the account number off you",
         m="Q", v=["premature_details"], n="request for details counts as question; still venting"),
    dict(p=MT, s="vent",
         t="okay so let me just play that back, you booked the eight to twelve slot, you took the morning off, "
           "nobody turned up, nobody rang, and then the exact same thing happened the second time, right, okay, "
           "go on, im listening",
         m="A"),
    dict(p=MT, s="heard",
         t="yeah no i- i completely get it, you booked the morning, you sat there from eight till twelve, twice, "
           "and nobody even had the decency to ring you and say hes not coming, and you've lost two days pay over "
           "it, id be absolutely fuming if that was me, im really sorry",
         m="AE"),
    dict(p=MT, s="heard", t="well the technicians have a lot of jobs on, they cant always make every slot you know",
         m="", v=["dismissal"], n="excuses the miss as normal: minimising"),
    dict(p=MT, s="heard", t="It's showing on my screen that the engineer did attend and nobody came to the door.",
         m="", v=["doubt"]),
    dict(p=MT, s="heard", t="That's not on. I'm sorry, Bernadette.", m="AE",
         n="'that's not on' concedes it shouldn't have happened: acknowledge"),
    dict(p=MT, s="heard",
         t="I do understand, I really do, but the technicians are contractors, they're not actually our staff, so "
           "when they don't turn up it's really their company you'd need to take it up with",
         m="", v=["blame", "dismissal"], n="'but' leads into blame, cancelling the acknowledgement"),
    dict(p=MT, s="heard",
         t="Honestly, Bernadette, two mornings of your life sat by the window for nothing. I'd be spitting feathers.",
         m="AE"),
    dict(p=MT, s="heard",
         t="Can I ask, and you don't have to tell me, but taking those two mornings off, has that caused you any "
           "bother at work? Because I know not everyone can just take time off like that.",
         m="Q"),
    dict(p=MT, s="options",
         t="so um what i can do for you today is, i can take off the installation fee completely, you wont pay "
           "that, and um put a months credit on your account as well, and then for the visit itself i can get you "
           "the first slot, eight am, so you're not sat waiting all morning, how does that sound",
         m="OIQ"),
    dict(p=MT, s="options", t="Would a Thursday eight o'clock work for you?", m="OIQ",
         n="proposing the first-slot appointment is a remedy; checks acceptance"),
    dict(p=MT, s="options",
         t="ok so um I- I can just refund everything you've paid since you signed up, full refund, no problem at all",
         m="O", v=["over_promise"]),
    dict(p=MT, s="options", t="I could cover the wages you lost for both mornings as well. How many hours was it?",
         m="OQ", v=["over_promise"], n="lost wages are beyond the allowed remedies; the hours question is real"),
    dict(p=MT, s="commitment",
         t="right, thats the eight a.m. slot booked for tuesday, fee's gone, and the credit'll be on your account by tonight",
         m="OC"),
    dict(p=MT, s="commitment", t="i'll get someone to look at it and we'll be in touch", m="",
         n="vague promise, no time, no remedy"),
    dict(p=MT, s="close",
         t="thanks so much for hanging in there with us Bernadette, and for not giving up on us. anything else while I've got you?",
         m="GQ", n="ending check: question, not asks_input"),
    dict(p=MT, s="close",
         t="Okay, so just to recap: installation fee waived, a month's credit on the account, and the engineer's "
           "booked for eight o'clock Thursday, first job of his day. I'll ring you Thursday lunchtime to make sure "
           "you're up and running. Thanks for your patience with all this, honestly.",
         m="OCG"),
    dict(p=MT, s="heard", t="I'm sorry you feel like you've wasted your mornings.", m="", v=["non_apology"],
         n="'sorry you feel' form"),

    # --- lost-express (Marcus) ---
    dict(p=LE, s="vent", t="okay. yeah.", m=""),
    dict(p=LE, s="options", t="and the order number, sorry?", m="Q",
         n="details asked after the vent: no violation; 'sorry' is politeness"),
    dict(p=LE, s="vent", t="Can you give me the consignment number first please?", m="Q", v=["premature_details"]),
    dict(p=LE, s="heard",
         t="and uh, the restaurant, is that like a regular client of yours, a big one? because im guessing if "
           "theyre ringing you every twenty minutes there's a lot riding on it for you",
         m="Q"),
    dict(p=LE, s="vent",
         t="right so overnight express, compressor and a control board, collected fine and then just nothing on "
           "the tracking since, and you've got a restaurant with a freezer full of fish waiting on it. got it. "
           "carry on, i want the full picture",
         m="A"),
    dict(p=LE, s="heard",
         t="That's a horrible spot to be in, having your own client on your back over something we lost. I'm really sorry, Marcus.",
         m="AE"),
    dict(p=LE, s="heard", t="parcels do go astray mate it happens, more often than youd think honestly",
         m="", v=["dismissal"]),
    dict(p=LE, s="heard",
         t="Honestly it sounds like the courier dropped the ball here. That leg's handled by our partner depot, not us.",
         m="", v=["blame"]),
    dict(p=LE, s="heard",
         t="oh mate thats a nightmare, honestly, you paid extra for express specifically so it would get there and "
           "instead you've got a chef ringing you every twenty minutes and nothing to tell him, id be pulling my "
           "hair out, im so sorry, lets get this sorted",
         m="AE"),
    dict(p=LE, s="heard", t="you're claiming it had a compressor in it?", m="", v=["accusation"],
         n="hostile 'you're claiming' question: not a real question"),
    dict(p=LE, s="heard", t="is the restaurant account at risk over this?", m="Q"),
    dict(p=LE, s="heard", t="oi, theres no need for that language alright, take a breath", m="", v=["calm_down"]),
    dict(p=LE, s="options",
         t="Okay, so here's where I've got to. I can't cover the business you might lose, I'll be straight with "
           "you, that's not something I'm able to authorise. But what I can do is get a same-day courier to take "
           "replacement parts to the restaurant, on us, refund the express fee, and open a trace on the original "
           "box. Shall I book the courier first?",
         m="OIQ", n="honest obstacle, not a policy wall"),
    dict(p=LE, s="options",
         t="look whatever this ends up costing you, the job, the client, the lot, we'll cover it, every penny, "
           "dont you worry about that side of it",
         m="O", v=["over_promise"], n="paying for lost business is beyond the allowed remedies"),
    dict(p=LE, s="options",
         t="the goods are only covered up to the standard limit, its in the terms and conditions you agreed to when you booked",
         m="", v=["correcting"]),
    dict(p=LE, s="commitment",
         t="Courier's booked. They'll collect from your unit at half two, and I'll text you the driver's name in the next ten minutes.",
         m="OC"),
    dict(p=LE, s="commitment", t="ok the express fee refund's gone through just now", m="OC",
         n="declared step with 'just now'"),
    dict(p=LE, s="commitment",
         t="i'll book the same day courier now and honestly i can guarantee the parts'll be with your client by "
           "five, hundred percent, you've got my word on that",
         m="OC", v=["over_promise"], n="courier booked now is options+commitment; guaranteeing the courier's time is over_promise"),
    dict(p=LE, s="close",
         t="cheers for sticking it out with me marcus. i'll ring you first thing in the morning to check the chef's got everything",
         m="GC"),
    dict(p=LE, s="heard", t="Mate, if you're gonna keep shouting at me I'll just pop you on hold till you're ready.",
         m="", v=["threat_back"]),

    # --- escalated-exec (Eleanor) ---
    dict(p=EE, s="vent",
         t="Three outages in one quarter, all three outside the SLA, and a warehouse at a standstill. I understand. Please carry on.",
         m="A"),
    dict(p=EE, s="vent", t="ok can i just take your contract reference before we start", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="vent", t="Right.", m=""),
    dict(p=EE, s="heard",
         t="Ms Ashcombe, you vouched for us in front of your own board, and we've made that very hard for you. "
           "I'm sorry. In your shoes I'd be angry too.",
         m="AE"),
    dict(p=EE, s="heard", t="can you stop interrupting me please, i'm trying to help you here", m="",
         v=["calm_down"], n="telling the customer to stop talking"),
    dict(p=EE, s="heard",
         t="Right, Ms Ashcombe, I know three outages is a lot, however the contract's ninety-nine point nine "
           "measured over the year, not per quarter, so technically we're still inside the SLA.",
         m="", v=["correcting", "doubt"],
         n="'however' leads into correcting her and disputing the breach, so the acknowledgement is cancelled"),
    dict(p=EE, s="heard",
         t="i mean to be fair outages happen on every platform, no systems up a hundred percent of the time",
         m="", v=["dismissal", "correcting"], n="minimises and lectures at once"),
    dict(p=EE, s="heard",
         t="so basically your board's asking you whether they should still be with us and you've got nothing to "
           "tell them, after you stuck your neck out for us, yeah, thats- thats a rotten place for us to have put "
           "you, and im sorry",
         m="AE"),
    dict(p=EE, s="heard", t="I'm not going to be spoken to like that. Carry on and I'll end this call.", m="",
         v=["threat_back"]),
    dict(p=EE, s="heard",
         t="Can I ask what Monday actually cost you, roughly? I'm thinking lost orders, penalties from your own "
           "customers, overtime. I want to understand the real size of it, not just what our monitoring says.",
         m="Q"),
    dict(p=EE, s="heard",
         t="Thank you for spelling it out so clearly, Ms Ashcombe. Three breaches in a quarter is not acceptable, "
           "and I won't pretend otherwise.",
         m="AG"),
    dict(p=EE, s="options",
         t="so what id like to put on the table is, um, the full sla service credit for this quarter, thats "
           "applied once i sign it off, a named account manager who actually knows your setup, and a written root cause report, and i can commit to a date on that, does that cover what your "
           "board needs or is there something im missing",
         m="OIQ", n="'commit to a date' without a date is not commitment"),
    dict(p=EE, s="options", t="we can release you from the contract, no penalty, I'll sort that", m="O",
         v=["over_promise"]),
    dict(p=EE, s="options", t="I can promise you there won't be another outage this year.", m="",
         v=["over_promise"], n="bare guarantee, no remedy"),
    dict(p=EE, s="options", t="Damages isn't something I can discuss. You'd have to put that to our legal team in writing.",
         m="", v=["policy"], n="'put it in writing' wall"),
    dict(p=EE, s="commitment",
         t="Okay. So, to be concrete: the service credit goes on this month's invoice, your account manager is "
           "Daniel Osei and he'll call you by twelve tomorrow, and the root-cause report will be in your inbox by "
           "end of day Friday. I'll email you a summary of all that before I log off tonight.",
         m="OC"),
    dict(p=EE, s="commitment", t="we'll send the report over when engineering have finished their investigation",
         m="O", n="root-cause report is a remedy but 'when engineering have finished' is no deadline"),
    dict(p=EE, s="close",
         t="Thank you for being so direct with us. It's exactly what we needed to hear. I'll call you on Monday "
           "once you've had a chance to read the report.",
         m="GC"),
    dict(p=EE, s="close",
         t="no honestly thank you for um for taking the time to go through all this with me, i know you didnt have "
           "to, and ill make sure that report is with you by the twentieth like we said, and ill give you a ring "
           "the day after to go through it",
         m="GOC", n="confirming the report by a date: options + commitment"),
    dict(p=EE, s="heard", t="sorry you feel we haven't met your expectations", m="", v=["non_apology"]),

    # --- vip-client (Julian) ---
    dict(p=VC, s="vent", t="Mm-hm. Go on, Mr Fairclough.", m=""),
    dict(p=VC, s="vent", t="sorry could i take the last four of your account number", m="Q",
         v=["premature_details"], n="'sorry' is a politeness marker"),
    dict(p=VC, s="vent",
         t="Two days late on a completion, and you heard it from the seller's side rather than from us. Understood, sir. Please, go on.",
         m="A"),
    dict(p=VC, s="heard",
         t="you found out from the sellers solicitor before you heard a word from us. thats- honestly thats embarrassing for us and im sorry",
         m="AE"),
    dict(p=VC, s="heard",
         t="These international transfers go through correspondent banks, sir, so once it leaves us it's really "
           "in their hands, and a delay like that is, well, outside of our control, unfortunately.",
         m="", v=["blame", "dismissal"]),
    dict(p=VC, s="heard",
         t="Mr Fairclough, I'll be honest with you, you shouldn't have had to hear it from the other side's "
           "solicitor. That's the part I keep coming back to. Eleven years with us and not one phone call while "
           "your house hung in the balance. I'm sorry. I'd be incensed.",
         m="AE"),
    dict(p=VC, s="heard",
         t="I understand it was stressful sir but these delays are extremely rare and im sure the completion would "
           "of gone through in the end anyway, it usually does, so i wouldnt dwell on it",
         m="", v=["dismissal"], n="'but' leads into minimising: acknowledgement cancelled"),
    dict(p=VC, s="heard", t="Look, I'm sorry you feel let down, sir.", m="", v=["non_apology"]),
    dict(p=VC, s="heard",
         t="well with all due respect sir if the completion date was that tight it might of been wiser to send "
           "the funds a few days earlier, thats what we usually advise",
         m="", v=["correcting", "blame"], n="lectures him and puts the fault on him"),
    dict(p=VC, s="heard",
         t="if you dont mind me asking sir, what did the delay mean for you on the day itself, was the seller "
           "threatening to pull out, or... i just want to understand how close it came",
         m="Q"),
    dict(p=VC, s="heard", t="wow. okay, your majesty.", m="", v=["insult"]),
    dict(p=VC, s="heard", t="You're quite right, sir. We failed you there.", m="A",
         n="admits the fault but names no feeling and makes no apology: acknowledge only"),
    dict(p=VC, s="options",
         t="I can reverse the transfer fees, and I'd like to give you a direct line to a named senior banker so "
           "you're never stuck in a queue again. Would that go some way?",
         m="OIQ"),
    dict(p=VC, s="options", t="and I'll get our chief executive to ring you personally and apologise", m="O",
         v=["over_promise"], n="offers a (forbidden) remedy, no time"),
    dict(p=VC, s="options",
         t="ok so i cant do a whole year free, i wont pretend i can, but what i can do is um reverse the fees on "
           "that transfer, set your accounts up so every transfer goes same day priority from now on, and get you "
           "a named senior banker with a direct line, which of those matters most to you",
         m="OIQ", n="honest obstacle then help"),
    dict(p=VC, s="commitment",
         t="Fees are reversed as of now, and Claire Whitmore from senior relationship banking will ring you at "
           "nine tomorrow with her direct line.",
         m="OC"),
    dict(p=VC, s="commitment",
         t="The transfer fees will be reversed within five to ten working days. That's the standard process, I'm afraid.",
         m="OC", v=["policy"], n="remedy with a time frame, then 'that's the process' wall"),
    dict(p=VC, s="close", t="thank you, Mr Fairclough. really. for staying with us through this.", m="G"),

    # --- failed-twice (Kelly) ---
    dict(p=FT, s="vent", t="yeah... yeah.", m=""),
    dict(p=FT, s="heard", t="I'm so sorry, Kelly.", m="E"),
    dict(p=FT, s="vent", t="sorry to jump in, whats the postcode on the account", m="Q", v=["premature_details"]),
    dict(p=FT, s="vent",
         t="okay, so its only seven months old, its been fixed once already and broken twice since, and the "
           "supervisor who was meant to call you back monday never did. and you've been without a washer two "
           "weeks. im getting all this down, keep going",
         m="A"),
    dict(p=FT, s="heard",
         t="Seven months old, repaired, and it's packed in twice since, and then nobody rang you back on Monday "
           "like they promised. I'm so sorry, Kelly. That's on us.",
         m="AE"),
    dict(p=FT, s="heard", t="did you use the right detergent though? some of them really clog the pump", m="",
         v=["doubt", "correcting"], n="suggests user error and educates; not a real question"),
    dict(p=FT, s="heard",
         t="ok Kelly, Kelly, first of all I need you to just take a breath and settle, because I can't do anything "
           "for you while you're yelling at me, alright",
         m="", v=["calm_down"]),
    dict(p=FT, s="heard",
         t="With two little ones at home that's a mountain of washing, and no machine for two weeks. No wonder "
           "you're at the end of your rope.",
         m="AE"),
    dict(p=FT, s="heard", t="how've you been managing the washing?", m="Q"),
    dict(p=FT, s="heard",
         t="so hang on let me just make sure ive got this, its seven months old, its been repaired, its broken "
           "down twice since the repair, and on monday someone promised you a supervisor would call within a day "
           "and nobody did, is that right? because if so that is not good enough and im really sorry",
         m="AEQ", n="'is that right?' checks facts about her situation"),
    dict(p=FT, s="heard",
         t="ugh kelly im so sorry, honestly, you shouldnt have to chase us for a callback we promised you, and with "
           "a toddler and a baby and no washer, i- i cant even imagine, thats so much. right. let me be the one to "
           "sort this properly for you",
         m="AE", n="'can't even imagine' is sympathy"),
    dict(p=FT, s="options",
         t="right so two ways we can go. brand new one, same model, with a two year warranty on it, or i get a "
           "senior engineer out to you this week and drop a loaner off in the meantime. what suits you better?",
         m="OIQ", n="'this week' inside a choice is not commitment"),
    dict(p=FT, s="options", t="I'll upgrade you to the newer model, no charge. You've earned it.", m="O",
         v=["over_promise"]),
    dict(p=FT, s="options",
         t="look the best i can do is send another engineer out, its the process, we have to attempt a repair "
           "three times before a machine can be swapped, thems the rules im afraid",
         m="O", v=["policy"], n="a repair visit is still a remedy offered; the rest is a policy wall"),
    dict(p=FT, s="commitment",
         t="ok so the new machine's ordered, delivery's saturday morning between eight and twelve and they'll take the old one away",
         m="OC"),
    dict(p=FT, s="commitment", t="The supervisor will definitely call you this time.", m="",
         n="promise with no time"),
    dict(p=FT, s="close", t="thanks for sticking with us kelly, honestly, most people would of walked by now", m="G"),
    dict(p=FT, s="close",
         t="So the senior engineer, Tom, is booked for Thursday morning, the loan machine arrives tomorrow before "
           "noon so you can get through that pile, and I'll call you Friday at four to check it's all working. "
           "Does Thursday still suit you with the little ones?",
         m="OCIQ"),

    # --- billing-error (Margaret) ---
    dict(p=BE, s="vent", t="I see. Go on.", m=""),
    dict(p=BE, s="close", t="Thank you, Margaret. Truly.", m="G"),
    dict(p=BE, s="vent", t="can i just stop you there and grab your date of birth", m="Q",
         v=["premature_details"]),
    dict(p=BE, s="vent",
         t="right, okay, so you cancelled, and then we took the payment, not once but twice, after you'd "
           "cancelled, and now the banks charged you for going overdrawn. thats- yeah. im writing it all down "
           "margaret, tell me the rest",
         m="A"),
    dict(p=BE, s="heard",
         t="so you cancelled, we charged you twice anyway, the bank hit you with an overdraft fee, and chat told "
           "you it was sorted when it wasnt. ive got that right?",
         m="AQ", n="confirming the facts with her: question"),
    dict(p=BE, s="heard",
         t="That must have been awful, especially after being told it was fixed. I'm truly sorry, Margaret.",
         m="AE"),
    dict(p=BE, s="heard",
         t="well thats the chat team for you honestly, theyre meant to check before they tell people stuffs fixed, "
           "its not really a billing thing",
         m="", v=["blame", "dismissal"], n="blames the chat team and ducks it as another department"),
    dict(p=BE, s="heard",
         t="It's all in the account terms. The billing cycle runs a month ahead, so the final payment still comes out.",
         m="", v=["correcting"]),
    dict(p=BE, s="heard", t="Apologies if there's been any confusion with the billing.", m="",
         v=["non_apology"]),
    dict(p=BE, s="heard",
         t="Are you certain both payments were to us, Mrs Ellison? Only sometimes people have two subscriptions on "
           "the go without realising, so it might be worth having another look at the statement.",
         m="", v=["doubt"]),
    dict(p=BE, s="heard",
         t="oh margaret. no. you did everything right, you cancelled, you checked with chat, they told you it was "
           "fixed and then bang two charges and your bank charging you on top of it, on a pension as well, im so "
           "sorry, that should never ever have happened to you",
         m="AE"),
    dict(p=BE, s="heard",
         t="Has the overdraft knocked anything else out? Other bills, direct debits, anything like that?", m="Q"),
    dict(p=BE, s="heard", t="bless you, you've done ever so well to remember all that at your age", m="",
         v=["insult"], n="patronising"),
    dict(p=BE, s="options",
         t="What I'd like to do is refund both of those charges and reimburse the overdraft fee your bank took. "
           "I'll also send written confirmation that the subscription's cancelled. Would you like that by email "
           "or by post?",
         m="OIQ"),
    dict(p=BE, s="options", t="so both charges back plus the overdraft fee, would that be alright?", m="OIQ"),
    dict(p=BE, s="options", t="and I'll throw in three months free for all the bother", m="O",
         v=["over_promise"]),
    dict(p=BE, s="options",
         t="right so, um, the two charges i can refund today, thats no problem, and for the overdraft fee what ill "
           "do is ill get on to your bank myself and get them to drop it, they usually do if we ask, so you wont be "
           "out of pocket at all",
         m="O", v=["over_promise"], n="promises what her bank will do; 'can refund today' is an offer, not commitment"),
    dict(p=BE, s="commitment",
         t="Right, here's what I'm doing. Both charges are being refunded now, and I'm reimbursing the overdraft "
           "fee as well, so you're not a penny out. They'll show on your statement by Thursday at the latest, and "
           "I'll post the cancellation confirmation today. Would you like me to email a copy too?",
         m="OCIQ"),
    dict(p=BE, s="commitment",
         t="Both refunds and the overdraft fee are going through now, you'll see them by Wednesday, and the letter's in tonight's post.",
         m="OC"),
    dict(p=BE, s="close",
         t="Thank you for being so patient with me, Margaret, and for letting us know about the chat. It really helps.",
         m="G"),

    # --- generic ---
    dict(p=None, s="vent", t="mm", m=""),
    dict(p=None, s="vent", t="fair enough. go on", m=""),
    dict(p=None, s=None, t="...okay", m=""),
    dict(p=None, s="heard", t="Yeah, I've got you. And you've every right to be annoyed.", m="AE"),
    dict(p=None, s="heard", t="ma'am you need to lower your voice", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="oh my god are you done yet", m="", v=["insult"]),
    dict(p=None, s="heard",
         t="ok, well if you're gonna keep on like this then im just gonna put the phone down, im not getting paid "
           "enough to be spoken to like that, so its up to you",
         m="", v=["threat_back"]),
    dict(p=None, s="heard", t="thats just how it is on our end, computer says no basically", m="", v=["policy"]),
    dict(p=None, s="close", t="anything else bothering you while ive got you on the line?", m="Q"),
    dict(p=None, s="options", t="tell me what a fair outcome looks like from your side and I'll see what I can do",
         m="I", n="imperative invitation for her ideas: asks_input without question"),
    dict(p=None, s="heard", t="theres honestly nowt I can do from here love", m="", v=["dismissal"]),
    dict(p=None, s="heard",
         t="thank you for telling me all that, honestly, i know its not easy having to go through the whole thing "
           "again from the start when you've already explained it to like three people",
         m="AEG", n="'I know it's not easy having to…' names the grievance and the feeling"),
    dict(p=None, s="commitment", t="I'm escalating this to my team leader and you'll hear from them by three o'clock.",
         m="C", n="escalation with a time: commitment, not options"),
    dict(p=None, s="heard", t="What happened after the second call?", m="Q"),
    dict(p=None, s="heard", t="so you're alleging our agent lied to you?", m="", v=["accusation"]),
    dict(p=None, s="heard",
         t="listen I've been really patient with you for ten minutes now and if you keep swearing at me like that "
           "I'm going to have to terminate the call, okay, your choice",
         m="", v=["threat_back"]),
    dict(p=None, s="heard",
         t="I'm not gonna pretend I know exactly how it feels, but honestly, being passed from pillar to post when "
           "all you want is a straight answer, that's maddening, and I'm sorry it's taken this long to get someone "
           "who'll actually own it. That's me now.",
         m="AE", n="'but' leads into empathy, not a violation"),
    dict(p=None, s="heard", t="Just take it down a notch for me, yeah?", m="", v=["calm_down"]),
    dict(p=None, s="heard",
         t="honestly i dont know what you want me to say, youve been going on for ten minutes and half of it doesnt "
           "even make sense, so maybe try again slower",
         m="", v=["insult"]),
    dict(p=None, s="options",
         t="Okay, so there are two ways I can take this. I can sort the refund for you today, or, if you'd rather "
           "keep the service, I can put a credit on the account instead. Totally your call. What would you prefer?",
         m="OIQ", n="'today' inside a choice is an offer"),
    dict(p=None, s="heard", t="our logs clearly show you logged in and accepted the change on the third", m="",
         v=["accusation", "correcting"], n="insisting on the customer's error through records"),
    dict(p=None, s="close",
         t="honestly, thank you for being so decent about all this when it wasnt your fault in the slightest, and "
           "for taking the time to walk me through it, ill call you tomorrow before eleven with the update like i "
           "said, okay? take care",
         m="GC", n="'okay?' is a tag, not a question"),
    dict(p=None, s="vent", t="I do apologise if anything's gone wrong on our side.", m="", v=["non_apology"]),
    dict(p=None, s=None, t="I'll ring you back in twenty minutes, promise.", m="C"),
    dict(p=None, s="heard", t="Can I ask how long this has been going on for you?", m="Q"),
    dict(p=None, s="options",
         t="I could send a replacement out today, or refund it outright if you'd rather. Entirely up to you.",
         m="OI", n="choice of remedies with 'entirely up to you': asks_input without a question"),
]

write_batch(ITEMS, "bq", Path(__file__).with_name("replies_extra68.jsonl"))
