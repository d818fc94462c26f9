"""Source of `replies_extra151.jsonl`: batch 151, in the original set's style (tune split only).

Written by hand, one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is a fresh
cross-section: the original set's own mix of personas, stages, marks and violation kinds (about a
third of replies with a violation, about a quarter good replies carrying three or more marks, a few
with no mark at all), in entirely new wordings and situations: "you've burned two days of leave
waiting on us", "the depot's been a shambles since they changed contractors", "for the record, the
SLA's measured over the whole quarter", "I'm grateful you've stayed with us through this", "*sighs*
okay, go on then". About half are styled like a Whisper transcript (lowercase, fillers, false
starts, mis-hearings such as "technition", "should of", "I'd of", "your booked", "there diaries"); the rest are
punctuated. Hard negatives sit beside the faults: back-channels, vague promises, on-their-side
phrases, "I hear you" said straight into a details request, honest limits before an offer.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra151.jsonl next to it (ids ev0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="mm.", m="", n="bare back-channel while she vents"),
    dict(p=MT, s="vent", t="sorry, sorry, can I just- can I grab the first line of the address before you carry on",
         m="Q", v=["premature_details"], n="interrupts the vent for details; 'sorry' is a politeness marker"),
    dict(p=MT, s="vent", t="oh that's rubbish. I'm sorry. keep going",
         m="E", n="sincere sympathy while letting her vent"),
    dict(p=MT, s="heard", t="so you booked the morning slot, took the day off, sat in till twelve and the technition "
         "never came, and then the exact same thing happened the second time", m="A", n="mis-hearing 'technition'"),
    dict(p=MT, s="heard", t="and not so much as a text either time. I'd be climbing the walls honestly", m="AE"),
    dict(p=MT, s="heard", t="our records show the engineer did attend at eleven forty and got no answer at the door",
         m="", v=["doubt", "accusation"], n="contradicts her with the records, like 'the system shows a call at ten fourteen'"),
    dict(p=MT, s="heard", t="um was it just the router you were having put in or the, like, the whole line install?",
         m="Q", n="detail question after the vent: not premature"),
    dict(p=MT, s="options", t="honestly I'm sorry. so, I'll take the installation fee off completely, put a month's "
         "credit on the account, and get you the eight am appointment so you're his first job of the day. is that a "
         "fair start?", m="EOIQ", n="'I'll take…' inside a proposal awaiting her answer: an offer"),
    dict(p=MT, s="options", t="honestly after all that I'll just refund the lot, installation, your first three "
         "months, everything, leave it with me",
         m="O", v=["over_promise"], n="a full refund and more is beyond the allowance"),
    dict(p=MT, s="commitment", t="okay, that's the fee off your account as of now, and I've got you down for tuesday "
         "eight am, first appointment. you'll get a text confirming it in the next half hour", m="OC"),
    dict(p=MT, s="close", t="lovely, thank you for hanging on with me Bernadette, and I'm sorry again it took two "
         "wasted mornings to get here", m="AEG", n="rule 14: the apology names what she went through"),
    dict(p=MT, s="heard", t="you've burned two days of leave waiting on us. I'm really sorry", m="AE"),
    dict(p=MT, s="heard", t="look I've said I'll sort it, you don't need to keep going on about the two days",
         m="", v=["calm_down"], n="telling her to stop going on is 'stop talking'; the promise has no remedy or time"),
    dict(p=MT, s="options", t="a full refund's not something I can give you, I'd be lying if I said otherwise. I can "
         "knock off the install charge and put a month's credit on, and if a saturday at eight suits better than a "
         "weekday I'll grab that for you. which would you go for?",
         m="OIQ", n="honest obstacle, not a policy wall; 'I'll grab that' sits inside the choice"),
    dict(p=MT, s="commitment", t="I'm ringing the field team the second we're off the phone, and I'll be back on to "
         "you before half twelve with your engineer's name",
         m="C", n="a callback with a time: commitment, no remedy"),
    dict(p=MT, s="heard", t="the installers round your way are subcontracted, so to be honest it's them that keep "
         "letting you down, not us", m="", v=["blame"]),
    dict(p=MT, s="options", t="two wasted days, I'm so sorry. I'll wipe the installation fee, add a month's free "
         "credit to your account, and you can have the eight o'clock, first job, any weekday you like. what day's "
         "good?", m="AEOIQ"),
    dict(p=MT, s="commitment", t="I- I understand you can't lose a third day. so the fee's waived from today, "
         "credit's on, and your booked in for eight am monday, first job. I'll ring you sunday around six to make "
         "sure nothing's changed", m="AOC", n="'your' mis-hearing"),
    dict(p=MT, s="heard", t="I'm sorry, that's not good enough. but the engineers aren't my lot, I can't do a thing "
         "about there diaries", m="", v=["dismissal"], n="'but' leads into ducking it: the apology is cancelled"),
    dict(p=MT, s="heard", t="okay I'll take the installation charge off right now. and for next time, if you ring on "
         "the morning they can usually give you an ETA",
         m="OC", v=["correcting"], n="the offer with 'right now' stands; then she is told what she should have done"),
    dict(p=MT, s="heard", t="I'll be putting a note on your account that you've been abusive to staff",
         m="", v=["threat_back"]),
    dict(p=MT, s="heard", t="god. so both times you rearranged work, cleared the morning, and we just didn't turn "
         "up. I'm sorry", m="AE"),
    dict(p=MT, s="close", t="you're sorted for eight am wednesday, first on the list, and you'll get the engineer's "
         "name by text tuesday night",
         m="OC", n="confirming the rebooked first slot is a remedy (rule 4); the text has a time"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="yep. okay, I'm here", m="", n="back-channel"),
    dict(p=LE, s="vent", t="could you read me the consignment number off your receipt",
         m="Q", v=["premature_details"], n="request without a question mark, still while he vents"),
    dict(p=LE, s="vent", t="oh no, with a client waiting on it too. I'm so sorry, go on",
         m="AE", n="names the waiting client and apologises while letting him vent"),
    dict(p=LE, s="heard", t="so the compressor and the control board went out overnight with us, never got there, "
         "tracking hasn't budged since we collected it, and now the restaurant's on your back. have I got that "
         "right?", m="AQ", n="check-back question"),
    dict(p=LE, s="heard", t="no wonder you're angry, the restaurant sees your name on that job, not ours", m="AE"),
    dict(p=LE, s="heard", t="parcels do go astray now and then, it's not the end of the world, nine times out of ten "
         "they turn up in a day or two", m="", v=["dismissal"], n="minimising"),
    dict(p=LE, s="heard", t="did the driver actually give you a collection receipt? cause without one I can't say it "
         "was ever picked up", m="", v=["doubt"], n="implies it was never sent: not a real question"),
    dict(p=LE, s="heard", t="the depot's been a shambles since they changed contractors, honestly it's them you "
         "should be having a go at", m="", v=["blame"]),
    dict(p=LE, s="options", t="so my plan would be, knock the express charge off, start a trace at the depot end, "
         "and send replacement parts to the restaurant same day, our cost. would that square things with them?",
         m="OIQ"),
    dict(p=LE, s="options", t="the lost contract isn't something I can pay for, I'll be upfront, that's beyond me. "
         "the express charge though, you can have that back, and I can get new parts there today on our courier, "
         "and if there's anything else you think would help with the restaurant I'm all ears",
         m="OI", n="asks input as an invitation; 'today' inside an offer"),
    dict(p=LE, s="options", t="look, I'll pay you for the job you lost and anything the restaurant charges you on "
         "top, just send me the invoice", m="O", v=["over_promise"]),
    dict(p=LE, s="commitment", t="thanks for waiting. the trace is logged, the reference is on its way to your email "
         "now, and the courier's booked to collect the replacement from your unit at three", m="OCG"),
    dict(p=LE, s="heard", t="you'll be the one getting the earful from the restaurant, and that's really not fair on "
         "you. I'm sorry", m="AE"),
    dict(p=LE, s="heard", t="roughly how much were the parts worth, just so I know what we're looking at?", m="Q"),
    dict(p=LE, s="heard", t="thank you for ringing us first rather than going straight to a claim, I do appreciate "
         "that", m="G"),
    dict(p=LE, s="heard", t="I'm so sorry. you paid for the fast service and got absolutely nothing for it", m="AE"),
    dict(p=LE, s="heard", t="I get that. but a trace can't be opened till it's been forty eight hours, the system "
         "just won't let me", m="", v=["policy"], n="'but' into a wall cancels the acknowledgement"),
    dict(p=LE, s="commitment", t="I'll ring the depot manager myself as soon as we're done, and you'll hear back "
         "from me before two with where it is", m="C", n="chasing is not a remedy; the time makes it a commitment"),
    dict(p=LE, s="options", t="would it help more if the replacement went direct to the restaurant, or do you want "
         "it with you so you can fit it yourself?", m="OIQ"),
    dict(p=LE, s="options", t="I know the restaurant's blaming you for something we did, and I'm sorry. paying out "
         "for business you might lose is beyond me, that's the honest answer. what I'd do is hand back the express "
         "charge, set a trace running, and get replacement parts over to them by same day courier, on us. shall I "
         "book that in?", m="AEOIQ", n="honest limit, then a proposal awaiting his yes: no time, no commitment"),
    dict(p=LE, s="commitment", t="thanks for bearing with me. courier's booked for one o'clock from your unit, and "
         "the express fee's back on your card today. I'll call you at five to check the restaurant's got everything",
         m="OCG"),
    dict(p=LE, s="heard", t="thanks for the tracking number. it does show a delivery attempt though, so are you "
         "certain nobody was home?",
         m="G", v=["doubt"], n="thanks stands (only A and E are cancelled); 'are you certain' is rhetorical"),
    dict(p=LE, s="commitment", t="I'm really sorry for all of this. I've opened the trace, and the refund of your "
         "express fee's going back to your card before the end of today", m="EOC"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="Understood.", m="", n="filler 'understood' while she vents (rule 1)"),
    dict(p=EE, s="vent", t="before we go into it, can I take the account ID and your position at Ferrow",
         m="Q", v=["premature_details"]),
    dict(p=EE, s="heard", t="Three outages in one quarter, every one of them outside the SLA, and your warehouses "
         "stood still each time. I'd be losing patience too.", m="AE"),
    dict(p=EE, s="heard", t="you emailed our chief exec because nobody below him picked it up. that's a failure on "
         "our side, not yours", m="A", n="owns the failure in so many words (rule 14); no apology or feeling"),
    dict(p=EE, s="heard", t="with respect, talking about lawyers is a bit premature for what were three short blips",
         m="", v=["insult", "correcting"], n="like 'you're overreacting, it was forty minutes'"),
    dict(p=EE, s="heard", t="if you want to take it to your lawyers that's entirely up to you, but our contract's "
         "pretty watertight", m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="I'm sorry to make you go through it again. How many shifts did the last outage actually "
         "cost you on the warehouse floor?",
         m="EQ", n="recognises the burden of retelling it, like 'I know it's not fun going through it all again'"),
    dict(p=EE, s="heard", t="the one on the ninth was a power fault at the data centre, that's down to the hosting "
         "provider, not our platform", m="", v=["blame"]),
    dict(p=EE, s="heard", t="We regret any disruption these incidents may have caused to Ferrow's operations.",
         m="", v=["non_apology"]),
    dict(p=EE, s="options", t="Here's my offer. The full SLA credit for the quarter, an account manager assigned to "
         "you by name, who actually picks up when you ring, and a root cause analysis in writing with a date on it. "
         "Would that be enough to take to your board?", m="OIQ"),
    dict(p=EE, s="options", t="I'll be honest, letting you out of the contract isn't mine to give. what I can give "
         "is the quarter's service credit and a proper root cause report. and anything else you'd like added, say "
         "so", m="OI", n="honest limit, not a wall; imperative invitation, no question"),
    dict(p=EE, s="options", t="we'll waive the termination clause, cover your losses, and I'll personally guarantee "
         "no more downtime from here on", m="O", v=["over_promise"]),
    dict(p=EE, s="commitment", t="Tom Reyes is your account manager from today. He'll ring you by ten tomorrow, and "
         "the written root cause findings will reach you by Friday the twenty-first.", m="OC"),
    dict(p=EE, s="heard", t="for the record, the SLA's measured over the whole quarter, so strictly speaking the "
         "second incident didn't breach it",
         m="", v=["accusation", "correcting"], n="'for the record' is court-room language, then she is corrected"),
    dict(p=EE, s="heard", t="so what would need to happen, from your side, for Ferrow to trust the platform again?",
         m="IQ"),
    dict(p=EE, s="close", t="Thank you, Eleanor. I'll send a written summary of what we've agreed by six this "
         "evening, and I'll sit in on your first meeting with Tom on Monday.",
         m="CG", n="a summary is not a remedy; the account manager was agreed earlier, not offered here"),
    dict(p=EE, s="heard", t="I'm sorry. it's had a real knock-on for your people and your customers, and you "
         "shouldn't have had to go over anyone's head to be heard", m="AE"),
    dict(p=EE, s="heard", t="I'm not able to discuss damages on this call, anything like that has to go to our legal "
         "team in writing", m="", v=["policy"], n="'in writing' wall rather than an honest limit with help"),
    dict(p=EE, s="heard", t="Let me play it back. Outages in January, February and again last week, a status page "
         "that said everything was fine, and nobody calling you. Is that a fair summary?", m="AQ"),
    dict(p=EE, s="commitment", t="I'm sorry it took an email to our CEO. The service credit for the quarter goes on "
         "this month's invoice, and the root cause write-up lands with you by Wednesday the twelfth.",
         m="AEOC", n="rule 14: the apology names what she had to do to be heard"),
    dict(p=EE, s="heard", t="thank you for being this direct with me. three breaches and a status page showing green "
         "through every one of them, I'd be livid", m="AEG"),
    dict(p=EE, s="options", t="I can put this quarter's service credit through today. that said, you did sign a "
         "three year term, so leaving without a penalty isn't really on the table",
         m="O", v=["correcting"], n="offer stands; reminding her what she signed educates her, beyond an honest limit"),
    dict(p=EE, s="close", t="I'm sorry again for the quarter you've had. Thank you for staying on the call, Eleanor; "
         "the credit shows on Thursday's invoice.", m="EOCG"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="Of course. Please, go on, Mr Fairclough.", m="", n="back-channel"),
    dict(p=VC, s="vent", t="For security I'll need your name in full and the last four digits of your debit card.",
         m="Q", v=["premature_details"], n="details request as a statement"),
    dict(p=VC, s="heard", t="and you found out from the seller's solicitor rather than from us. that's the part I'd "
         "find hardest to swallow", m="AE"),
    dict(p=VC, s="heard", t="so completion was due on the friday, the funds didn't land till the tuesday, and you "
         "very nearly lost the house", m="A"),
    dict(p=VC, s="heard", t="those checks are mandatory, sir, there's no fast lane round compliance for anyone",
         m="", v=["policy"]),
    dict(p=VC, s="heard", t="we released it on the day. the hold up was at the receiving bank, not with us",
         m="", v=["blame"]),
    dict(p=VC, s="heard", t="I apologise if our service fell short of your expectations", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="sir, I'd ask you to moderate your tone, please", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="if you'd rather take your portfolio to Sterling and Marsh, I'm not going to stop you",
         m="", v=["threat_back"], n="answers his threat to leave in kind"),
    dict(p=VC, s="heard", t="I'm very sorry. a payment of that size, on completion day, should have had someone "
         "watching it every step of the way",
         m="AE", n="names what went wrong with his transfer, unlike a generic 'a client of your standing…'"),
    dict(p=VC, s="options", t="My suggestion is to reverse both transfer fees and put you in direct contact with one "
         "of our senior relationship bankers, so you've a name and a number rather than a queue. Would that be "
         "acceptable?", m="OIQ"),
    dict(p=VC, s="options", t="I'll refund the fees and pay whatever the seller's solicitor charged you for the "
         "delay, plus any interest, it's no problem", m="O", v=["over_promise"]),
    dict(p=VC, s="commitment", t="The fee reversal's done and will show by this evening. Catherine Hale, your senior "
         "banker, will ring you at ten tomorrow with her direct line.", m="OC"),
    dict(p=VC, s="heard", t="thank you for your patience on hold, and for laying out exactly how it unfolded", m="G"),
    dict(p=VC, s="heard", t="I hear you. is there a reference for the transfer?",
         m="Q", n="rule 13: 'I hear you' straight into a details request; after the vent, not premature"),
    dict(p=VC, s="options", t="going forward, would you rather every transfer went same day as standard, or have "
         "your banker sign each one off personally?", m="OIQ"),
    dict(p=VC, s="heard", t="with the greatest respect, our timestamps show your instruction came in after the cut "
         "off", m="", v=["accusation", "correcting"], n="rule 10: insisting on his error through evidence"),
    dict(p=VC, s="close", t="I appreciate you letting us make amends, Mr Fairclough, and I'm sorry again about the "
         "completion. Catherine will be in touch at ten tomorrow, as agreed.", m="ECG"),
    dict(p=VC, s="heard", t="what would it take for you to trust us with the next transfer?", m="IQ"),
    dict(p=VC, s="options", t="You're right, and I'm sorry you had to hear it from the seller's solicitor. I'll "
         "reverse the fees, and I'd like to put a senior banker on a direct number for you, with same-day "
         "processing on everything from now on. Shall I get that arranged before we hang up?",
         m="AEOIQ", n="'sorry you had to hear it from…' names the event (rule 14); a proposal, no deadline"),
    dict(p=VC, s="commitment", t="I understand what nearly happened with the house. The fees were reversed a moment "
         "ago, and from nine tomorrow your accounts are flagged for same-day transfers.", m="AOC"),
    dict(p=VC, s="heard", t="I'm grateful you've stayed with us through this. after the week you've had, I'd have "
         "understood if you'd walked", m="EG", n="validates how he would feel about leaving; thanks him for staying"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="mm-hm... yep", m="", n="back-channel"),
    dict(p=FT, s="vent", t="sorry to stop you, what's the serial number on the door",
         m="Q", v=["premature_details"], n="interrupts to ask for details"),
    dict(p=FT, s="heard", t="so it's been fixed, it went again, then went again after that, and the supervisor who "
         "was meant to ring you within the day never did", m="A"),
    dict(p=FT, s="heard", t="no washer for the best part of a fortnight, you must be living at the launderette. I'm "
         "so sorry", m="AE"),
    dict(p=FT, s="heard", t="they're normally a really good machine, it'd be very unusual for the same fault to come "
         "back twice", m="", v=["doubt"]),
    dict(p=FT, s="heard", t="were you overloading the drum at all? that's usually what puts the strain on the pump",
         m="", v=["correcting"], n="implies her error, like the wrong-postcode question: not a real question"),
    dict(p=FT, s="heard", t="the supervisors are a different team, I can't answer for whether they rang or not",
         m="", v=["dismissal"]),
    dict(p=FT, s="options", t="I can't offer a refund or a bigger model, that's outside what I'm allowed, but I can "
         "swap it for a new machine, the identical model, with two years added on the warranty, or have the senior "
         "engineer round this week with a loan machine while it's fixed. which would suit you?",
         m="OIQ", n="honest limit, not a wall; 'this week' sits inside the choice"),
    dict(p=FT, s="options", t="I'll get you the new upgraded one, the nicer model, and give you your money back on "
         "the first one as well", m="O", v=["over_promise"]),
    dict(p=FT, s="commitment", t="I'm sorry we've ended up here. right, senior engineer's booked, thursday between "
         "twelve and four, and the loan machine comes with him. the booking confirmation will come by text within "
         "ten minutes", m="EOC"),
    dict(p=FT, s="heard", t="I'm sorry you sat by the phone for a callback nobody made. that shouldn't happen",
         m="AE", n="rule 14: 'sorry you' + what she went through"),
    dict(p=FT, s="heard", t="well I'm sorry you feel so let down by it",
         m="", v=["non_apology"], n="'sorry you feel…' (rule 7)"),
    dict(p=FT, s="heard", t="honestly these machines, they break, it's not like we can stop every single one going "
         "wrong", m="", v=["dismissal"], n="minimising (rule 9)"),
    dict(p=FT, s="close", t="So that's your replacement on Monday, same model, warranty extended by two years, and "
         "thank you for being patient. I'll give you a ring Tuesday to check it's running okay.", m="OCG"),
    dict(p=FT, s="heard", t="are you done? because I've got a fix if you'd let me get a word in",
         m="", v=["insult"], n="rude rhetorical question; no remedy named"),
    dict(p=FT, s="heard", t="I'm sorry it's got to this. what would feel like a fair outcome to you at this point?",
         m="EIQ"),
    dict(p=FT, s="options", t="so the replacement, same model, extended warranty, would you want us taking the old "
         "one away on the same visit?", m="OIQ"),
    dict(p=FT, s="heard", t="you're absolutely right, we said a supervisor would ring within a day and nobody did. "
         "that's our fault", m="A", n="time words describe the broken promise, not a new commitment"),
    dict(p=FT, s="options", t="I'm so sorry Kelly, seven months old and it's packed up twice since we fixed it. a "
         "refund isn't possible, but a replacement, the very same machine, with an extra two years warranty is, or "
         "our most experienced engineer comes out before friday with a loan machine. which way would you rather go?",
         m="AEOIQ"),
    dict(p=FT, s="commitment", t="I'll ring the supervisor's manager right now and you'll hear from me again before "
         "four today, you have my word", m="C", n="escalation and callback with a time: commitment only"),
    dict(p=FT, s="heard", t="thanks for letting us have one more go. two breakdowns after a repair and then nobody "
         "ringing you back, I'd have lost my rag ages ago", m="AEG"),
    dict(p=FT, s="heard", t="so you're alleging the engineer didn't fix it properly, is that it?",
         m="", v=["accusation"], n="accusatory question, not a real one"),
    dict(p=FT, s="heard", t="honestly I'd of thrown it out the window by now. I'm sorry",
         m="E", n="'I'd of' mis-hearing"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="can you just give me the email address the subscriptions under",
         m="Q", v=["premature_details"], n="'subscriptions' for 'subscription's'"),
    dict(p=BE, s="heard", t="so after you'd cancelled, two more payments came out, it pushed you overdrawn, and then "
         "chat told you it was sorted when it wasn't", m="A"),
    dict(p=BE, s="heard", t="on a pension an overdraft fee is a real blow. I'm so sorry we've done that to you",
         m="AE"),
    dict(p=BE, s="heard", t="the chat team are quite new, they do make mistakes, it's them that should of processed "
         "it", m="", v=["blame"], n="'should of' mis-hearing"),
    dict(p=BE, s="heard", t="it does say on the cancellation page there can be one more payment in the cycle",
         m="", v=["correcting"]),
    dict(p=BE, s="heard", t="I understand, but your bank's fee is between you and your bank, we can't get involved "
         "in that", m="", v=["dismissal"], n="'but' into ducking the overdraft fee cancels the acknowledgement"),
    dict(p=BE, s="heard", t="sorry for any inconvenience caused", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="I can see both payments here, the fourth and the eleventh, after you cancelled on the "
         "first. you're right", m="A"),
    dict(p=BE, s="options", t="I'm able to refund both charges, pay back the overdraft charge your bank took, and "
         "send you a letter confirming the account's closed. would that put things right?", m="OIQ"),
    dict(p=BE, s="options", t="I'll refund both, pay the overdraft fee, and give you six months free on top as a "
         "sorry", m="O", v=["over_promise"], n="free months are beyond the allowance"),
    dict(p=BE, s="commitment", t="really sorry again. both refunds are going through as we speak, you should see "
         "them in three to five working days, and the written confirmation goes out first class today", m="EOC"),
    dict(p=BE, s="heard", t="thank you for your patience with us, especially after being told once already it was "
         "sorted", m="AG", n="names what happened with chat, like 'I know you've been on hold ages'"),
    dict(p=BE, s="heard", t="madam, I've heard you, you don't need to get upset with me",
         m="", v=["calm_down"], n="'I've heard you' leads into telling her to calm down"),
    dict(p=BE, s="commitment", t="I'll ring you at eleven on thursday, once the refund's cleared, just to be sure "
         "it's landed. is eleven alright for you?", m="CIQ", n="checks she accepts the callback time: asks_input"),
    dict(p=BE, s="close", t="you're very welcome. I'm sorry once more about the mess with your bank, and thanks for "
         "letting us know", m="EG"),
    dict(p=BE, s="heard", t="if you keep on about the ombudsman I'll have to log this as a formal complaint and "
         "that'll slow everything down", m="", v=["threat_back"]),
    dict(p=BE, s="options", t="would you like the money back on your card, or straight into your bank so the "
         "overdraft clears quicker?", m="OIQ"),
    dict(p=BE, s="heard", t="is there any chance you cancelled a different subscription? we've got a few with "
         "similar names", m="", v=["doubt"], n="doubting question, not a real one"),
    dict(p=BE, s="options", t="you did all the right things Margaret and we've failed you twice over. I'm sorry. I "
         "can refund both payments and the overdraft fee, and put it all in writing for you. shall I go ahead with "
         "that now?", m="AEOIQ", n="'now' inside a question awaiting her yes: an offer, not a commitment"),
    dict(p=BE, s="commitment", t="thank you for waiting. both charges are refunded as of now, the overdraft fee will "
         "be back with you within five working days, and your cancellation letter will be emailed in the next few "
         "minutes", m="OCG"),
    dict(p=BE, s="heard", t="I'm sorry, you're right, chat should never have told you it was fixed. can I take the "
         "last four digits of the card it came out of?",
         m="AEQ", n="acknowledges with what went wrong before the request; details after the vent are not premature"),
    dict(p=BE, s="heard", t="oh Margaret, that's the last thing you need on a fixed income. I'm so sorry. is the "
         "account still in the red?", m="EQ"),

    # --- generic ---
    dict(p=None, s="vent", t="calm down, please, I can't follow a word you're saying", m="", v=["calm_down"]),
    dict(p=None, s="vent", t="oh that's horrible, honestly. sorry. carry on, I've got time",
         m="E", n="sincere sympathy while letting them vent"),
    dict(p=None, s="heard", t="I'm really sorry, that sounds like a nightmare", m="E"),
    dict(p=None, s="heard", t="so the order came two weeks late, it was the wrong size, and the returns label never "
         "turned up. is that right?", m="AQ"),
    dict(p=None, s=None, t="that's not how it works I'm afraid", m="", v=["policy"]),
    dict(p=None, s=None, t="I'd honestly be livid too", m="E"),
    dict(p=None, s="heard", t="thanks for hanging in there with me", m="G"),
    dict(p=None, s="options", t="I can either give you the delivery cost back today or get a new one sent out "
         "tomorrow, which would suit you better?", m="OIQ", n="times inside a choice are not commitments"),
    dict(p=None, s="commitment", t="thanks for your patience. you'll hear from me by noon tomorrow, even if it's "
         "just to say where it's up to", m="CG"),
    dict(p=None, s="heard", t="I'm sorry you're upset", m="", v=["non_apology"], n="'sorry you are upset' (rule 7)"),
    dict(p=None, s="heard", t="so you're alleging the agent hung up on you", m="", v=["accusation"]),
    dict(p=None, s="heard", t="right, and whose idea was it to pay by bank transfer in the first place?",
         m="", v=["blame"], n="fault-finding at the customer; not a real question"),
    dict(p=None, s="heard", t="honestly you're making a mountain out of a molehill here", m="", v=["insult"]),
    dict(p=None, s="heard", t="*sighs* okay, go on then, what else",
         m="", v=["insult"], n="transcribed sigh (rule 12); 'what else' is impatient, not a real question"),
    dict(p=None, s="close", t="Thanks ever so much for sticking with me on this. Your refund's confirmed, and I'll "
         "drop you an email tomorrow morning once it's gone through.", m="OCG"),
    dict(p=None, s="heard", t="I get why you're annoyed, I really do, you were told one thing and then something "
         "totally different happened", m="AE"),
    dict(p=None, s=None, t="I'll pass it on to the relevant team", m="", n="vague promise: no time, no remedy"),
    dict(p=None, s="heard", t="speak to me like that again and this call's over", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="I understand you're frustrated and I want to help. could you tell me what happened "
         "when it arrived?", m="AEQ", n="'I understand you're frustrated' counts as both (rule 1)"),
    dict(p=None, s="heard", t="I'm going to see this through myself from here",
         m="", n="on-their-side phrase with no remedy or time: no mark"),
    dict(p=None, s="heard", t="sorry, it's just what the computer's telling me, I can't override it",
         m="", v=["policy"], n="'sorry' apologises for a refusal; the system wall is policy"),
    dict(p=None, s="close", t="is there anything else at all I can help with today?",
         m="Q", n="ending check: question, not asks_input (rule 6)"),
    dict(p=None, s="heard", t="alright, deep breaths, let's all just bring it down a notch", m="", v=["calm_down"]),
    dict(p=None, s=None, t="well aren't you a ray of sunshine", m="", v=["insult"], n="sarcasm"),
    dict(p=None, s="options", t="I'm really sorry this has dragged on. I can refund the full delivery cost today, or "
         "send the whole order again next day at no charge. which would you like?", m="EOIQ"),
    dict(p=None, s="heard", t="so you ordered it for your daughter's birthday, it didn't come, and when you rang you "
         "were told it was out for delivery when it wasn't. I'm so sorry, that's awful", m="AE"),
    dict(p=None, s="heard", t="you've been bounced between three people and none of them fixed it, that's not on. "
         "what would you want from me today to feel it's dealt with?", m="AIQ"),
    dict(p=None, s="close", t="so your refund's gone through, the new one's on its way tomorrow, and thanks a "
         "million for your understanding. was there anything else while I've got you?",
         m="OCGQ", n="ending check is a question, not asks_input"),
    dict(p=None, s="heard", t="so you've been charged for something you sent back a month ago. I'd be fuming too. do "
         "you want it refunded to your card or kept as credit?", m="AEOIQ"),
    dict(p=None, s="commitment", t="I'm sorry for the runaround. I've flagged it as urgent, and our returns lead "
         "will ring you before three today", m="EC", n="escalation with a time: commitment, not options (rule 4)"),
    dict(p=None, s="heard", t="that sounds exhausting, I'm so sorry you've had to deal with all that. how are you "
         "holding up?", m="EQ", n="'all that' names nothing that happened: empathise only (rule 14)"),
]

write_batch(ITEMS, "ev", Path(__file__).with_name("replies_extra151.jsonl"))
