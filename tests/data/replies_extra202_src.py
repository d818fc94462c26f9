"""Source of `replies_extra202.jsonl`: batch 202, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is a plain
cross-section: the original set's own mix of stages (mostly `heard`), personas (all six and the
generic `None`), marks and faults, from bare back-channels ("yeah. yeah. I'm listening") and
detail requests while the customer vents ("sorry to cut in, have you got the consignment number there") through
restatements, sympathy and thanks ("an overdraft fee on a pension, for a subscription you'd already
cancelled. no wonder you're upset") to offers, choices and dated next steps ("courier's booked, it's
collecting the replacement compressor and board at one"), with every kind of violation, often beside
marks in the same reply. Hard negatives sit among them: words that look like a mark or a fault but
are not that mark or fault ("I'll stay calm and sort this for you, I promise", "I know 'it's policy' is the last
thing you want to hear, so I won't say it", "I've looked at every option and honestly I'm stuck",
"I understand, I understand, right, what's the name on the account"). About half are styled like a
Whisper transcript (lowercase, fillers, false starts, mis-hearings such as "your" for "you're",
"should of", "technition").

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra202.jsonl next to it (ids gu0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="oh that's- that's rotten. sorry, keep going", m="E",
         n="sincere sympathy while letting her vent, as the original's 'god that's awful. sorry, go on'"),
    dict(p=MT, s="vent", t="whoa, okay, okay, there's no need for language like that", m="", v=["calm_down"]),
    dict(p=MT, s="heard",
         t="so you booked the eight till twelve, took the day off, nobody turned up, nobody rang, and then the "
           "exact same thing happened again the next week", m="A"),
    dict(p=MT, s="heard",
         t="uh yeah that's, that's not good enough is it. two days off work for nothing. I'm sorry", m="AE",
         n="'is it' is a tag, not a question"),
    dict(p=MT, s="heard", t="I can tell your really fed up with us and I don't blame you one bit", m="AE",
         n="'your' mis-hearing; 'I can tell you're fed up' works like 'I can hear how upset you are' (rule 1)"),
    dict(p=MT, s="heard",
         t="thank you for hanging on while I pulled the notes up. I'm so sorry, nobody should have to burn two days "
           "of leave waiting on us", m="AEG", n="names the two lost days: acknowledge as well as the apology"),
    dict(p=MT, s="heard",
         t="it's showing on my screen that he did attend the tuesday one and got no answer at the door",
         m="", v=["doubt"],
         n="reads the record against her, like 'it says here everything went through fine'"),
    dict(p=MT, s="heard", t="[sighs] right okay, and what do you want me to do", m="", v=["insult", "dismissal"],
         n="transcribed sigh (rule 12); hostile question is not asking for input"),
    dict(p=MT, s="heard",
         t="honestly I'd have been climbing the walls by half eleven, watching the window tick away with nobody coming",
         m="AE"),
    dict(p=MT, s="heard",
         t="oh gosh, um, okay, so, I- I'm ever so sorry, two whole days you've taken off and no one even rang to "
           "say they weren't coming, I'd be so cross, um, leave it with me and I'll see what's possible", m="AE",
         n="'I'll see what's possible' names no remedy and no time"),
    dict(p=MT, s="heard",
         t="you're right. we said eight to twelve, we didn't show, and we didn't even pick up the phone. that's on us",
         m="A"),
    dict(p=MT, s="heard", t="sorry you feel we've wasted your time", m="", v=["non_apology"]),
    dict(p=MT, s="heard",
         t="that's not right and I'm sorry. thing is though, you did get a text about the second one, it's here "
           "on the system", m="", v=["accusation", "correcting"],
         n="'though' into insisting on her error from the record (rule 10) cancels the apology"),
    dict(p=MT, s="options",
         t="so I can't refund you everything, um, I'm not able to sign that off, but I can get rid of the "
           "installation fee, stick a month's credit on your account, and book you in as the very first job, "
           "eight a.m. does that sound alright", m="OIQ",
         n="honest limit, not a policy wall; acceptance check without a question mark"),
    dict(p=MT, s="options",
         t="we could do a full refund and I'll get you compensated for both days off, how does that sound",
         m="OIQ", v=["over_promise"]),
    dict(p=MT, s="options",
         t="okay option one, I book you the eight o'clock on saturday, no fee. option two, a weekday eight "
           "o'clock with a month's credit thrown in. your call", m="OI",
         n="choice with 'your call' invites her preference (imperative), so asks_input without a question"),
    dict(p=MT, s="options", t="I can knock the installation fee off", m="O"),
    dict(p=MT, s="options",
         t="I know 'it's policy' is the last thing you want to hear, so I won't say it. instead, fee waived, a "
           "credit on the account, and an eight a.m. booking so you're his first call", m="O",
         n="hard negative: mentions policy only to rule it out; no policy wall"),
    dict(p=MT, s="options",
         t="honestly there's no compensation for missed appointments, it's in the terms and conditions you signed",
         m="", v=["policy", "correcting"]),
    dict(p=MT, s="options",
         t="two mornings off work and no call either time, I'd be livid. thank you for not giving up on us. I'd "
           "like to waive the fee, put a month's credit on, and book you the eight a.m. slot. would thursday or "
           "friday be better?", m="AEOGIQ",
         n="days inside the choice are not a commitment"),
    dict(p=MT, s="commitment",
         t="right that's you booked, eight o'clock monday, first job of the day, and the fee's gone. you'll get a"
           " text tonight with the technition's name", m="OC",
         n="'technition' mis-hearing"),
    dict(p=MT, s="commitment",
         t="I know you can't keep taking days off, so I've locked in the eight o'clock slot on saturday and I'll "
           "text you the engineer's details by six tonight", m="AOC"),
    dict(p=MT, s="close",
         t="that's everything sorted then. thanks ever so much for sticking with us, bernadette, and I'm sorry "
           "again for the two wasted mornings", m="EG",
         n="apology naming the event but not saying it back, like 'really am sorry about the last two visits'"),

    # --- lost-express ---
    dict(p=LE, s="vent",
         t="sorry to cut in, have you got the consignment number there", m="Q", v=["premature_details"],
         n="'sorry' as a politeness marker"),
    dict(p=LE, s="vent", t="oh god. okay. I'm sorry, go on, what happened with the restaurant", m="EQ",
         n="invites more venting; not a details request"),
    dict(p=LE, s="heard",
         t="so you paid for overnight, the compressor and the control board never turned up, and the tracking "
           "hasn't moved since we picked it up", m="A"),
    dict(p=LE, s="heard",
         t="and your client's a restaurant, so every day without that compressor they're losing money and they're"
           " taking it out on you. that's awful", m="AE"),
    dict(p=LE, s="heard",
         t="aye, I'd be raging an' all, pal, if my customer was on at me over parts that never showed", m="AE",
         n="regional; says back the missing parts and the angry customer"),
    dict(p=LE, s="heard", t="that's not on you at all. you booked overnight and we didn't deliver, end of", m="A"),
    dict(p=LE, s="heard",
         t="our overnight courier's a third party so really the complaint needs to go to them",
         m="", v=["blame", "dismissal"]),
    dict(p=LE, s="heard",
         t="parcels do go missing from time to time mate, it's not the end of the world", m="", v=["dismissal"],
         n="minimising"),
    dict(p=LE, s="heard",
         t="I'm really sorry you've had to deal with your client kicking off on top of everything", m="AE",
         n="'sorry you've had to' + what happened to him (rule 14)"),
    dict(p=LE, s="heard", t="how big a job was it for them? like are we talking one repair or a whole contract", m="Q"),
    dict(p=LE, s="heard", t="mate I've got forty other calls waiting, can we get to the point", m="", v=["insult"],
         n="rhetorical request"),
    dict(p=LE, s="heard",
         t="liability on the goods is capped anyway, it's in the conditions of carriage, you should of taken out "
           "extra cover", m="", v=["correcting"],
         n="'should of' mis-hearing"),
    dict(p=LE, s="heard",
         t="thank you for your patience, and sorry for any inconvenience caused", m="G", v=["non_apology"]),
    dict(p=LE, s="heard",
         t="that's odd, our overnight service is ninety nine point something percent on time", m="", v=["doubt"]),
    dict(p=LE, s="heard", t="keep swearing at me and this call is over, mate", m="", v=["threat_back"]),
    dict(p=LE, s="options",
         t="what I can sort right now is the express fee back and a same-day courier with new parts to the "
           "restaurant. want me to start with the courier?", m="OIQ",
         n="'right now' inside an offer: not a commitment"),
    dict(p=LE, s="options",
         t="I'll refund the lot, parts, express, and I'll pay whatever the restaurant job was worth to you",
         m="O", v=["over_promise"]),
    dict(p=LE, s="options",
         t="I can't cover the business side, that's above what I'm allowed to give, but the express fee refund "
           "and a same day courier I can do. yeah?", m="OIQ",
         n="'yeah?' checks he accepts the offer"),
    dict(p=LE, s="options",
         t="I can't promise you a time from the courier, I'll be honest, that's theirs to give. but I can book "
           "them for today and put the replacement parts on it", m="O",
         n="honest limit, not a policy wall or dismissal"),
    dict(p=LE, s="commitment",
         t="courier's booked, it's collecting the replacement compressor and board at one, and I've asked them to"
           " text you the moment it's picked up", m="OC"),
    dict(p=LE, s="commitment",
         t="trace is in. whatever the depot comes back with, you'll hear it from me before five today", m="OC"),
    dict(p=LE, s="commitment",
         t="I've refunded the express fee just now, you'll see it in three to five days. and between us the night"
           " depot at that hub is a shambles, it'll be them", m="OC", v=["blame"]),
    dict(p=LE, s="close",
         t="glad we got there. thanks for bearing with me marcus, and good luck with the restaurant", m="G"),
    dict(p=LE, s="heard",
         t="cheers for ringing straight away, it gives us a head start. honestly if it was my customer on the phone "
           "I'd be sweating too", m="EG", n="sympathy and thanks; nothing of what happened is said back"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="",
         n="'understood' as a filler"),
    dict(p=EE, s="vent", t="before you go on, can I take your company's account ID", m="Q", v=["premature_details"]),
    dict(p=EE, s="heard",
         t="Eleanor, you're right. Three outages in one quarter, every one of them over the SLA, and you had to "
           "email our CEO before anyone moved. That's a failure on our side.", m="A"),
    dict(p=EE, s="heard",
         t="I can only imagine what it's like explaining a third outage this quarter to your own people. I'm sorry.",
         m="AE",
         n="names the third outage, then sympathy"),
    dict(p=EE, s="heard",
         t="the last outage was actually a fibre cut at our data centre provider, so technically it was outside "
           "our control", m="", v=["blame", "correcting"]),
    dict(p=EE, s="heard",
         t="if you want to bring lawyers into it that's your prerogative, but it'll only slow things down for you",
         m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="what have the outages actually cost Ferrow, if you've got a rough figure?", m="Q"),
    dict(p=EE, s="heard",
         t="for the record, the SLA breach on the twelfth was under an hour", m="", v=["accusation", "correcting"]),
    dict(p=EE, s="heard",
         t="that's above my level I'm afraid, contract matters go through your legal team and ours",
         m="", v=["dismissal", "policy"]),
    dict(p=EE, s="heard", t="I'm sorry you see it as a pattern", m="", v=["non_apology"],
         n="'sorry you see it' (rule 7)"),
    dict(p=EE, s="heard",
         t="you escalated to our CEO because nobody here was listening. in your seat I'd have gone straight to "
           "the top too", m="AE"),
    dict(p=EE, s="heard",
         t="calm down please, shouting isn't going to get the platform back up any faster", m="", v=["calm_down"]),
    dict(p=EE, s="heard",
         t="are you sure all three were SLA breaches? the second one I've got down as planned maintenance",
         m="", v=["doubt"],
         n="rhetorical doubting question"),
    dict(p=EE, s="heard",
         t="nobody's going to tell you to calm down on this call. three outages, you're entitled to be angry", m="AE",
         n="hard negative: mentions calm down only to rule it out"),
    dict(p=EE, s="options",
         t="I'd like to put three things forward today. The quarter's SLA credit, an account manager, by name, "
           "who'll own this end to end, and a report into the root cause with a date on it. Is that a fair place "
           "to start?", m="OIQ"),
    dict(p=EE, s="options",
         t="we'll release you from the contract with no penalty if that's what it takes to keep things civil",
         m="O", v=["over_promise"]),
    dict(p=EE, s="options",
         t="I'm not in a position to pay damages, and I won't pretend otherwise. The service credit and a written"
           " root-cause analysis, those I can give you. Beyond that, what would help you most with your board?",
         m="OIQ",
         n="honest obstacle; a question about what else would help her is asks_input, not an ending check"),
    dict(p=EE, s="options",
         t="er, the options are basically, um, service credit, yeah, and then a, an account manager, named, so "
           "you're not ringing the helpdesk every time", m="O"),
    dict(p=EE, s="options",
         t="Ms Ashcombe, I won't insult you with a script. I can't release Ferrow from the contract, and I can't "
           "promise zero downtime, nobody honestly could. What I can commit to is the SLA credit for this quarter"
           " and a root-cause report on your desk by the thirtieth. Which matters more to you before your board "
           "meets?", m="OIQ",
         n="date inside an offer awaiting her answer: not yet a commitment; honest limits, no violation"),
    dict(p=EE, s="commitment",
         t="You'll get the root-cause findings in writing by five pm on the twenty-first, and I'll confirm your "
           "account manager's name in writing by the end of today.", m="OC"),
    dict(p=EE, s="commitment",
         t="I'm taking this up to our service director right now, she'll ring you by three", m="C",
         n="escalation with a time: commitment, not options"),
    dict(p=EE, s="close",
         t="Thank you for staying on the call, Eleanor. I know it would've been easier to just hand it to your "
           "lawyers.", m="G"),
    dict(p=EE, s="heard",
         t="Thank you for putting it so plainly. I'm sorry, three breaches in a quarter would test anyone's patience, "
           "and you've had to fight to be heard on top of it.", m="AEG"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="of course, sir.", m=""),
    dict(p=VC, s="vent",
         t="sir I'll need to pass security before we discuss the account, can you give me your date of birth",
         m="Q", v=["premature_details"]),
    dict(p=VC, s="heard",
         t="mr fairclough, I'm so sorry. you found out from the seller's solicitor before you heard anything from"
           " us, that's not acceptable", m="AE"),
    dict(p=VC, s="heard",
         t="the transfer was two days late, the completion nearly fell over, and nobody here picked up the phone "
           "to tell you. I understand entirely", m="A"),
    dict(p=VC, s="heard",
         t="Julian, can I say, the fact you learned about it from the seller's solicitor is the part that bothers"
           " me most. You should have heard it from us, first, and you didn't.", m="A",
         n="'can I say' asks nothing about him: not a question"),
    dict(p=VC, s="heard",
         t="you'll appreciate that all international wires go through compliance checks sir, it's a regulatory "
           "requirement", m="", v=["policy"]),
    dict(p=VC, s="heard",
         t="with the greatest respect, sir, shouting at me won't make the money move any faster",
         m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="how is the purchase looking now? have the sellers still got you on a deadline?", m="Q"),
    dict(p=VC, s="heard",
         t="the correspondent bank held it, not us, so you'd really need to take it up with them",
         m="", v=["blame", "dismissal"]),
    dict(p=VC, s="heard", t="I'm grateful you rang me first, instead of simply taking your business elsewhere", m="G"),
    dict(p=VC, s="heard",
         t="I'd have been beside myself, sir, with a completion riding on it and no word from your own bank", m="AE"),
    dict(p=VC, s="heard",
         t="well if you'd flagged it as urgent when you instructed it, it would of gone in the priority queue",
         m="", v=["correcting"]),
    dict(p=VC, s="heard",
         t="you've banked with us twenty years, sir, you shouldn't have to hear about your own money from a "
           "solicitor. I'm sorry", m="AE",
         n="names the actual event (hearing it from the solicitor), unlike a generic 'shouldn't have to chase "
           "us': acknowledge too"),
    dict(p=VC, s="heard", t="are you suggesting we deliberately sat on your funds?", m="", v=["accusation"],
         n="hostile question, not a real one"),
    dict(p=VC, s="heard",
         t="sir, if you are minded to move your portfolio, I can have the transfer forms sent out to you today",
         m="", v=["threat_back"],
         n="answers the threat to leave in kind; the forms are not a remedy"),
    dict(p=VC, s="heard",
         t="I see. and, um, is it the fee itself that's the main issue for you, or more the way it was handled?",
         m="Q",
         n="choice question about him, not about remedies"),
    dict(p=VC, s="options",
         t="what I'd propose is that I reverse the fees on this transfer and put you through to a named senior "
           "relationship banker, with a direct line, going forward. would that be acceptable to you?", m="OIQ"),
    dict(p=VC, s="options",
         t="I can reverse the fee, set all your accounts up for same-day expedited transfers, and I'll waive your"
           " account charges for the next five years", m="O", v=["over_promise"]),
    dict(p=VC, s="options",
         t="would you like me to set up same-day expedited transfers on all your accounts, or just the one you "
           "use for the property side?", m="OIQ"),
    dict(p=VC, s="commitment",
         t="the fee reversal's gone through as we've been speaking, and Catherine Hale, your senior banker, will "
           "call you at ten tomorrow morning", m="OC"),
    dict(p=VC, s="commitment", t="I'll personally look into it and come back to you", m="",
         n="no time"),
    dict(p=VC, s="close",
         t="Thank you, sir, for your patience with us this week. The expedited instruction is live on both "
           "accounts from tomorrow.", m="OCG"),
    dict(p=VC, s="commitment",
         t="I'm truly sorry for the worry this caused you, sir. the fee's reversed as of this morning, and I'll "
           "ring you personally at four to confirm your expedited set-up is live", m="EOC"),

    # --- failed-twice ---
    dict(p=FT, s="vent",
         t="yeah, can I just get the serial number off the machine first", m="Q", v=["premature_details"]),
    dict(p=FT, s="heard",
         t="seven months old and it's broken down twice since we repaired it. and then the supervisor who was "
           "meant to ring you monday never did", m="A"),
    dict(p=FT, s="heard",
         t="so you've been hauling everything down the laundrette with the kids in tow? I'd be at my wits end",
         m="AEQ",
         n="check-back question"),
    dict(p=FT, s="heard",
         t="those drain pumps are usually fine unless something's got stuck in them, like a sock or coins from pockets",
         m="", v=["doubt", "correcting"],
         n="insinuates her error and lectures her, as with the detergent reply"),
    dict(p=FT, s="heard",
         t="nobody rang you back on monday, after promising you. that's really poor. I'm sorry kelly", m="AE"),
    dict(p=FT, s="heard", t="thank you for ringing us again, honestly, after the week you've had", m="G"),
    dict(p=FT, s="heard",
         t="I'm sorry it's gone again, but any repair has to go through the warranty process first, that's how it"
           " works", m="", v=["policy"],
         n="'but' into a policy wall cancels the apology"),
    dict(p=FT, s="heard", t="you shouldn't be the one chasing us, we should've been chasing you", m="A",
         n="owns the failure"),
    dict(p=FT, s="heard",
         t="look I'm not the one who broke your washing machine, alright", m="", v=["dismissal", "insult"]),
    dict(p=FT, s="heard",
         t="I'm sorry, truly. the supervisor should of rung you. but you have to understand they're run off their"
           " feet this week", m="", v=["dismissal"],
         n="'but' into an excuse that brushes it off cancels the marks"),
    dict(p=FT, s="heard", t="um, so, what would you like us to do, like, in an ideal world", m="IQ"),
    dict(p=FT, s="heard", t="sorry you're upset about the machine", m="", v=["non_apology"]),
    dict(p=FT, s="options",
         t="I can't offer an upgrade or money back, but a brand new one, same model, two extra years on the "
           "warranty, I can do that. or I send our senior engineer out this week, and we'd leave you a loan "
           "machine while he sorts it. which sounds better?", m="OIQ"),
    dict(p=FT, s="options",
         t="we could refund you in full if you'd prefer to just be done with it", m="O", v=["over_promise"]),
    dict(p=FT, s="options",
         t="how would you feel about a replacement, same model, and the warranty extended by two years", m="OIQ"),
    dict(p=FT, s="options",
         t="if it fails a third time I'll personally make sure you get your money back", m="O", v=["over_promise"],
         n="conditional refund is still more than she may be given"),
    dict(p=FT, s="options",
         t="right so here's the thing Kelly, I'll get you a new one, same model, two years warranty on top, and "
           "if you'd rather have the engineer out this week instead that's grand too, you just tell me", m="OI",
         n="imperative invitation; no time on the replacement, so no commitment"),
    dict(p=FT, s="commitment",
         t="senior engineer's booked, wednesday, first thing, and he'll bring a loan machine so you're not "
           "without one. I'll call you tuesday teatime to check it's still on", m="OC"),
    dict(p=FT, s="commitment", t="I've asked the supervisor to give you a call", m="",
         n="callback with no time"),
    dict(p=FT, s="commitment",
         t="new machine's on order, it's with you on friday, and the extended warranty's on your account from today",
         m="OC"),
    dict(p=FT, s="close", t="is there anything else I can help with today, kelly?", m="Q",
         n="ending check: question, not asks_input (rule 6)"),
    dict(p=FT, s="commitment",
         t="I'm so sorry Kelly. I've booked the senior engineer for thursday morning, he'll have a loan machine with "
           "him, and I'll text you his name by four today", m="EOC"),

    # --- billing-error ---
    dict(p=BE, s="vent",
         t="just before you carry on, what's the postcode on the account", m="Q", v=["premature_details"]),
    dict(p=BE, s="vent", t="oh dear. I'm sorry mrs ellison. go on", m="E"),
    dict(p=BE, s="heard",
         t="you cancelled, and then we took two payments off you anyway, which put you into your overdraft. and "
           "the chat team told you it was fixed when it wasn't. I'm so sorry", m="AE"),
    dict(p=BE, s="heard",
         t="an overdraft fee on a pension, for a subscription you'd already cancelled. no wonder you're upset",
         m="AE"),
    dict(p=BE, s="heard",
         t="the chat advisor you spoke to last week clearly didn't do their job properly", m="", v=["blame"]),
    dict(p=BE, s="heard",
         t="did you get a cancellation email at the time? it's fine if not, I can see it here anyway", m="Q",
         n="real question, and she is reassured: not doubt"),
    dict(p=BE, s="heard",
         t="actually the second charge was for the previous month, you'd just been billed late",
         m="", v=["correcting"]),
    dict(p=BE, s="heard",
         t="I can see both charges here, the fourteenth and the fifteenth, and your cancellation on the ninth. "
           "You're right, neither of them should have gone out.", m="A",
         n="the record confirms her story: acknowledgement, not doubt"),
    dict(p=BE, s="heard",
         t="you'll need to send a copy of your bank statement to our billing address before we can look at it",
         m="", v=["policy"],
         n="put it in writing; not vent, so not premature_details"),
    dict(p=BE, s="heard",
         t="I really appreciate your patience, especially after being told last week it was sorted", m="AG",
         n="names what happened to her, as 'I know you've been on hold ages already'"),
    dict(p=BE, s="heard",
         t="I'm really sorry you were told it was fixed when it wasn't. that must of been really disheartening",
         m="AE",
         n="'must of' mis-hearing; rule 14"),
    dict(p=BE, s="heard",
         t="we can't refund the overdraft charge, that's down to your bank, I'm afraid there's nothing I can do there",
         m="", v=["blame", "dismissal"]),
    dict(p=BE, s="heard", t="deep breaths mrs ellison, we'll get there", m="", v=["calm_down"]),
    dict(p=BE, s="heard", t="you're alleging the chat team told you it was fixed", m="", v=["accusation"]),
    dict(p=BE, s="heard", t="if you want to go to the ombudsman that's entirely up to you", m="", v=["threat_back"]),
    dict(p=BE, s="heard",
         t="thanks for holding. are you certain it wasn't a different subscription though? we've got a couple "
           "with similar names", m="G", v=["doubt"]),
    dict(p=BE, s="options",
         t="I'll refund both charges, reimburse the overdraft fee, and I'll send you written confirmation that "
           "the subscription's closed. does that cover everything?", m="OIQ",
         n="acceptance check is asks_input"),
    dict(p=BE, s="options",
         t="I'll refund both charges and put three free months on the account for your trouble",
         m="O", v=["over_promise"]),
    dict(p=BE, s="options",
         t="so I can refund the two payments today. the overdraft fee I can reimburse too, if you can tell me how"
           " much the bank took?", m="OQ",
         n="'I can … today' is an offer; asks a detail after venting"),
    dict(p=BE, s="options",
         t="Mrs Ellison, I should like to refund both charges in full and reimburse the fee your bank levied. I "
           "shall also confirm the cancellation in writing. Might I proceed on that basis?", m="OIQ"),
    dict(p=BE, s="commitment",
         t="both refunds have gone through, Mrs Ellison, and the overdraft fee will follow by Friday. I'll post "
           "the cancellation letter today as well.", m="OC"),
    dict(p=BE, s="commitment",
         t="I'm emailing the confirmation over this minute, you'll have it before we hang up", m="C",
         n="sending a confirmation is a step, not a remedy, as with emailing the refund confirmation"),
    dict(p=BE, s="close", t="thank you for calling in, margaret, you've been lovely about it considering", m="G"),
    dict(p=BE, s="close",
         t="thank you margaret, and I'm so sorry again you had to ring us twice. the refunds will show by friday and "
           "I'll send the written confirmation today", m="AEOCG", n="'sorry you had to ring us twice' (rule 14)"),

    # --- generic ---
    dict(p=None, s=None, t="it is what it is unfortunately", m="", v=["dismissal"]),
    dict(p=None, s=None, t="sorry if I've upset you", m="", v=["non_apology"]),
    dict(p=None, s=None, t="I'd be fuming too, genuinely", m="E"),
    dict(p=None, s=None, t="I just do what the system tells me", m="", v=["dismissal", "policy"]),
    dict(p=None, s="vent", t="hang on hang on, slow down", m="", v=["calm_down"],
         n="telling a venting customer to slow down works as calm down"),
    dict(p=None, s="vent",
         t="right, I'm so sorry, that's awful. can I take your order number while you're telling me",
         m="EQ", v=["premature_details"]),
    dict(p=None, s="vent", t="yeah. yeah. I'm listening", m="",
         n="back-channel"),
    dict(p=None, s="heard",
         t="so the refund was promised twice, and both times it never came through. I get why you've had enough",
         m="AE"),
    dict(p=None, s="heard", t="how's all this affected you, day to day?", m="Q"),
    dict(p=None, s="heard", t="I understand. however, I'm unable to override the system", m="", v=["policy"],
         n="contrastive 'however' into a policy wall cancels the acknowledgement"),
    dict(p=None, s="heard", t="you've had a rubbish time of it and that's our doing. I'm sorry", m="AE"),
    dict(p=None, s="heard",
         t="we've had no other complaints about this, so I'm not sure what's gone wrong on your end",
         m="", v=["doubt", "blame"],
         n="disbelief, then fault put on the customer"),
    dict(p=None, s="heard", t="you're claiming you never received it, is that correct", m="", v=["accusation"],
         n="'you're claiming…?' is not a real question"),
    dict(p=None, s="heard", t="okay I understand, I understand, right, what's the name on the account", m="Q",
         n="rule 13: straight into a details request, no acknowledgement"),
    dict(p=None, s="heard", t="sorry, could you spell your surname for me?", m="Q",
         n="politeness 'sorry'; after venting, so no violation"),
    dict(p=None, s="heard", t="would it help if I stayed on the line while we fix it together?", m="IQ",
         n="no concrete remedy named"),
    dict(p=None, s="heard", t="(under breath) oh for goodness sake", m="", v=["insult"],
         n="rule 12"),
    dict(p=None, s="heard", t="if you're going to speak to me like that I'll put you on hold", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="two whole weeks you've been without it, yeah", m="A",
         n="time words without a commitment"),
    dict(p=None, s="heard", t="I'll stay calm and sort this for you, I promise", m="",
         n="hard negative: the agent's own calm, no calm_down; a promise with no remedy or time"),
    dict(p=None, s="heard",
         t="that's rubbish. sorry. I mean what happened to you is rubbish, not- yeah. I'm sorry", m="E"),
    dict(p=None, s="heard", t="oh cheers for that", m="", v=["insult"],
         n="sarcastic thanks"),
    dict(p=None, s="options",
         t="I could refund the postage, or we could resend it tracked at no charge. up to you really", m="OI",
         n="'up to you' invites preference without a question"),
    dict(p=None, s="options", t="what would you see as a fair way to settle this?", m="IQ"),
    dict(p=None, s="options",
         t="there's a couple of things I might be able to do but I'll have to check with my manager first", m="",
         n="nothing concrete offered"),
    dict(p=None, s="options", t="I've looked at every option and honestly I'm stuck", m="", v=["dismissal"],
         n="'option' word with no offer: ducking it"),
    dict(p=None, s="options",
         t="I'll give you a full refund plus a voucher for your next order, and free delivery for a year",
         m="O", v=["over_promise"]),
    dict(p=None, s="commitment", t="expect a call from me at four o'clock, good news or bad", m="C"),
    dict(p=None, s="commitment",
         t="I've booked the collection for tomorrow between nine and one and the refund goes out once it's back "
           "at the warehouse", m="OC"),
    dict(p=None, s="close",
         t="right, that's all done. cheers for hanging in there, and I'm sorry about all the back and forth", m="EG"),
    dict(p=None, s="close", t="and is everything working okay now since the replacement arrived?", m="Q",
         n="follow-up check"),
]

write_batch(ITEMS, "gu", Path(__file__).with_name("replies_extra202.jsonl"))
