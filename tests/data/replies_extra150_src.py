"""Source of `replies_extra150.jsonl`: batch 150, in the original set's style (tune split only).

Batch 150 was written by hand, one reply at a time, in the style of the original set, learned from a
copy of its tune part alone, without reading the judge's code or any other labelled batch. Its theme
is a fresh cross-section: the original set's own mix of personas, stages, marks and violation kinds
(about a third of replies with a violation, about a quarter good replies with three or more marks, a
few with no mark at all), in entirely new wordings and situations, as many different trainees would
say them: nervous new starters, brisk veterans, chatty, over-formal and regional speakers, from
one-word back-channels ("uh-huh", "understood") to long rambling run-ons ("right so basically
what I'm gonna do is..."), with sincere warmth ("on a pension as well, that's the last thing you
need"), owning the failure ("honestly that's down to us"), honest limits ("I can't promise the
courier will be there by a set time") beside the faults ("parcels do go astray from time to time",
"for the record, the notes say the engineer attended"). About half are styled like a Whisper
transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra150.jsonl next to it (ids eu0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="yeah... yeah okay", m="",
         n="back-channel while she vents: no mark"),
    dict(p=MT, s="vent", t="can you just confirm the first line of the address for me first", m="Q",
         v=["premature_details"]),
    dict(p=MT, s="heard", t="so you booked the morning slot, waited in till twelve, nobody came, and then the exact "
         "same thing happened on the second one. and not one phone call. that's appalling, I'm sorry", m="AE"),
    dict(p=MT, s="heard", t="right well the engineers are sub-contracted so technically it's not us who missed it",
         m="", v=["blame"], n="shifting it onto the contractor; 'technically' here serves the blame"),
    dict(p=MT, s="heard", t="for the record madam, the notes say the engineer attended at ten and got no answer "
         "at the door",
         m="", v=["accusation", "doubt"], n="'for the record' + the notes set against her account, like 'the evidence "
         "we have shows it was delivered'"),
    dict(p=MT, s="options", t="two days' wages gone because of us, I know. so the installation fee, I'll take that "
         "off completely, pop a month's credit on the account, and book you in as the first job of the day, eight "
         "o'clock. would that work?", m="AOIQ"),
    dict(p=MT, s="options", t="look I'll just give you the whole thing free, six months broadband on us, how "
         "about that",
         m="OIQ", v=["over_promise"]),
    dict(p=MT, s="commitment", t="so I've locked in the eight am slot on tuesday the ninth, your confirmation'll come "
         "through by text in the next five minutes, and I'm gonna ring you monday evening to double check", m="OC"),
    dict(p=MT, s="heard", t="I'm sorry you had to take a second day off for us", m="AE",
         n="'sorry you had to' + what she went through (rule 14), not 'sorry you feel'"),
    dict(p=MT, s="heard", t="honestly? two mornings gone and not even a phone call, I'd be raging", m="AE"),
    dict(p=MT, s="heard", t="what do you do for work if you don't mind me asking, were you able to get the time "
         "back or",
         m="Q", n="trailing 'or': still a real question about the impact"),
    dict(p=MT, s="heard", t="[sighs] okay, well, let's see what we've got", m="", v=["insult"],
         n="transcribed sigh (rule 12)"),
    dict(p=MT, s="close", t="there you go, that's all done, the fee's gone and the credit's on. thanks ever so "
         "much for "
         "sticking with me Bernadette", m="OG", n="confirms remedies already done; no time given, so no commitment"),
    dict(p=MT, s="heard", t="I understand you're cross but there's no such thing as a guaranteed time, the windows are "
         "only ever an estimate", m="", v=["correcting"], n="'but' into correcting cancels the acknowledgement"),
    dict(p=MT, s="options", t="a full refund on the install isn't something I'm allowed to do, but I can scrap the fee "
         "and stick a credit on. is that alright with you?", m="OIQ", n="honest obstacle, not a policy wall"),
    dict(p=MT, s="vent", t="oh no. oh that's not on at all. keep going", m="E",
         n="sincere sympathy while letting her vent"),
    dict(p=MT, s="commitment", t="I'll get the area manager to look into it, and I'll come back to you "
         "on that by friday", m="C", n="an internal check with a deadline: commitment, not a remedy"),
    dict(p=MT, s="heard", t="calm down a bit, it's two appointments, it's not the end of the world", m="",
         v=["calm_down", "dismissal"], n="minimising: dismissal"),
    dict(p=MT, s="heard", t="thank you for ringing back in, honestly, a lot of people would've just gone to another "
         "provider", m="G"),
    dict(p=MT, s="options", t="two days off already, I know, so I could do a saturday at eight or first thing "
         "monday, and either way the fee's waived and "
         "there's a credit on top. which one's easier with work?", m="AOIQ"),
    dict(p=MT, s="heard", t="ugh I'm so sorry, you took two days off and sat there both mornings for nothing. "
         "thanks for "
         "hanging on with us. what would help most now?", m="AEGIQ"),
    dict(p=MT, s="commitment", t="right, that's the fee waived on the system as we speak, and the credit'll be "
         "sitting on "
         "the bill that goes out on the twelfth", m="OC"),
    dict(p=MT, s="heard", t="I'm so sorry. you'll need to fill in the online complaint form for the fee, I can't do it "
         "over the phone, that's the process", m="E", v=["policy"],
         n="no 'but': the apology stands beside the policy wall"),
    # --- lost-express ---
    dict(p=LE, s="vent", t="yep. yep. noting it all, carry on", m=""),
    dict(p=LE, s="vent", t="I'm really sorry, Mr Adeyemi, I am. I'll need the tracking number before I can do anything",
         m="EQ", v=["premature_details"], n="sincere apology, then a details request while he is still venting"),
    dict(p=LE, s="heard", t="so the overnight you paid for never turned up, the tracking's been dead since it "
         "was picked "
         "up, and now the restaurant's on your back. that's a nightmare, honestly", m="AE"),
    dict(p=LE, s="heard", t="parcels do go astray from time to time unfortunately, it's just one of those things", m="",
         v=["dismissal"]),
    dict(p=LE, s="heard", t="to be fair the overnight service says 'aim to deliver', it's not actually a "
         "guarantee as such",
         m="", v=["correcting"]),
    dict(p=LE, s="options", t="I'm really sorry Marcus. here's what I can do. the express charge comes back to "
         "you, I get a trace started, and if you want "
         "I can have a courier take a fresh compressor and control board to the restaurant this afternoon at our "
         "cost. do you want me to do all three?", m="EOIQ", n="'this afternoon' inside an offer: not yet a commitment"),
    dict(p=LE, s="options", t="I can't promise the courier will be there by a set time, that's out of my hands "
         "honestly, "
         "but I can book a same day one at our cost. want me to?", m="OIQ",
         n="honest limit (rule 11), not a policy wall or dismissal"),
    dict(p=LE, s="commitment", t="courier's booked. they collect from our warehouse at one and I'll text you "
         "the driver's "
         "number by half one so you can give it to the restaurant", m="OC"),
    dict(p=LE, s="heard", t="and the worst bit is it makes you look bad in front of the restaurant, when it was "
         "us that "
         "dropped it", m="A", n="names the impact and owns the failure; no feeling named"),
    dict(p=LE, s="heard", t="are you sure it was booked as overnight and not standard? cause the system's showing "
         "standard", m="", v=["doubt"], n="rhetorical 'are you sure': not a real question"),
    dict(p=LE, s="heard", t="alright, alright, I heard you the first time", m="", v=["insult"],
         n="impatience in kind"),
    dict(p=LE, s="heard", t="what time does the restaurant need the parts by? I want to see what's realistic", m="Q"),
    dict(p=LE, s="close", t="right so the refund's gone back on your card, the trace reference is coming by email, "
         "the parts went out with the courier at one. cheers for bearing with me Marcus, and I'll ring you at eight "
         "tomorrow to check they got there", m="OCG"),
    dict(p=LE, s="heard", t="sorry for any inconvenience caused to your business", m="", v=["non_apology"]),
    dict(p=LE, s="heard", t="two lots of parts gone and a client screaming at you, I'd be beside myself "
         "honestly", m="AE"),
    dict(p=LE, s="heard", t="shouting at me won't get your parcel back any quicker, and I can just as easily end this "
         "call", m="", v=["threat_back"]),
    dict(p=LE, s="options", t="lost business isn't something I'm able to pay out on, I'm sorry, I'd be lying if "
         "I said I could, but a same "
         "day courier with new parts I can do, on us. do you want me to set that up?", m="OIQ",
         n="'sorry' for the refusal is not empathy"),
    dict(p=LE, s="heard", t="Thanks for getting on to us so quickly, Mr Adeyemi. It gives the depot the best chance of "
         "finding it.", m="G"),
    dict(p=LE, s="vent", t="ah no. I'm sorry. carry on, I want the whole picture", m="E"),
    dict(p=LE, s="commitment", t="I've opened the trace just now, reference TR nine two six, and the depot has to come "
         "back to me by midday tomorrow, I'll call you straight after", m="OC"),
    dict(p=LE, s="heard", t="um so if I've got it right, it was collected tuesday, you've had nothing since, and the "
         "restaurant was expecting it wednesday morning? sorry, I just want to get it right", m="AQ",
         n="check-back question; 'sorry' is a politeness marker"),
    dict(p=LE, s="heard", t="it's the courier firm's fault really, we only book them. but look, I'll refund "
         "your express "
         "fee right now", m="OC", v=["blame"], n="the remedy comes after the blame, so it is not cancelled (rule 2)"),
    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood", m="", n="filler while she vents: neither acknowledge nor empathise"),
    dict(p=EE, s="vent", t="before we get into it, could I take your customer ID and the contract reference", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="heard", t="Three outages in one quarter, each one outside the SLA, and your warehouses stood still "
         "every time. I'd have gone to the CEO too.", m="AE"),
    dict(p=EE, s="heard", t="with respect the third incident was a partial degradation not a full outage, so it's "
         "arguable whether it even counts", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="in terms of the damages you're alleging, we'd need to see evidence of actual loss", m="",
         v=["accusation"]),
    dict(p=EE, s="options", t="I can't release you from the contract and I won't pretend otherwise. but I can put the "
         "full quarter's service credit through, give you one named account manager who owns this, and a written "
         "report on the root cause, with you before the month's out. is that a basis to keep talking?",
         m="OIQ", n="honest limit; the date is inside an offer, so no commitment"),
    dict(p=EE, s="options", t="I'll waive the termination penalty, you can walk away whenever you like, and "
         "we'll credit "
         "the whole year", m="O", v=["over_promise"]),
    dict(p=EE, s="commitment", t="I'm sorry it's taken three outages to get here. Tom Hale is taking your "
         "account from today; "
         "expect his call at ten tomorrow. The root-cause report lands in your inbox no later than Friday the "
         "twenty-first.", m="AEOC",
         n="'sorry it's taken three outages' names what happened: acknowledge as well as empathise"),
    dict(p=EE, s="heard", t="I don't know what you want me to say, outages happen on every platform", m="",
         v=["dismissal"]),
    dict(p=EE, s="heard", t="so basically you stuck your neck out for us internally and we keep making you look "
         "bad. no "
         "wonder you went over everyone's head. what do you need from me to take back to the board?", m="AIQ"),
    dict(p=EE, s="heard", t="how many of your sites were actually down on the last one? and for how long?", m="Q"),
    dict(p=EE, s="heard", t="I appreciate you hearing me out before you decide anything, I know you "
         "could have gone straight to your lawyers", m="G"),
    dict(p=EE, s="heard", t="go on then, get your lawyers involved, the contract's watertight", m="",
         v=["threat_back"]),
    dict(p=EE, s="close", t="Thank you for your time, Eleanor. The credit's applied, Tom's your account manager, and "
         "I'll ring you personally on Monday to see the report date's still holding.", m="OCG"),
    dict(p=EE, s="heard", t="yeah, I'm sorry you're unhappy with the service", m="", v=["non_apology"]),
    dict(p=EE, s="heard", t="I'm sorry. we've let your teams down three times now and you had to go over our "
         "heads to get "
         "a response. what would you need to see from me this week?", m="AEIQ"),
    dict(p=EE, s="options", t="uh, would a weekly status call with your account manager help, alongside the service "
         "credit? or would you rather just have it all in writing", m="OIQ"),
    dict(p=EE, s="heard", t="I'm not going to sit here and be shouted at, Ms Ashcombe", m="", v=["calm_down"],
         n="'no need to shout' in other words; no ending of the call is threatened, so not threat_back"),
    dict(p=EE, s="heard", t="I understand. however the incident reports are only issued through the formal account "
         "review process", m="", v=["policy"], n="'however' into a policy wall cancels the acknowledgement"),
    dict(p=EE, s="commitment", t="I'm putting you through to our head of service delivery right now, and I'm not going "
         "anywhere till she's picked up", m="C", n="escalation with 'right now': commitment, not options"),
    dict(p=EE, s="heard", t="I- I appreciate that, and I, um, I'm really sorry, this is the third time and it "
         "shouldn't "
         "have been even once", m="AEG", n="false starts; 'I appreciate that' thanks her for what she said"),
    dict(p=EE, s="options", t="so, options. the quarter's SLA credit, straight away. a named account manager from "
         "monday. and the root-cause report, I'd say by the fifteenth but you tell me what date your board needs it "
         "for", m="OI", n="imperative invitation on the date: asks_input without a question; dates inside the offer"),
    # --- vip-client ---
    dict(p=VC, s="vent", t="Of course, Mr Fairclough. Please, go on.", m=""),
    dict(p=VC, s="vent", t="I do apologise, but for security purposes I'll need your full name and the first line of "
         "your address", m="Q", v=["premature_details"], n="'apologise, but' is politeness, not an apology"),
    dict(p=VC, s="heard", t="You found out about the delay from the seller's solicitor rather than from us, which is "
         "frankly embarrassing on our part. I'm very sorry.", m="AE"),
    dict(p=VC, s="heard", t="correspondent banks can add a day or two, that's outside our control, so it's not "
         "really a "
         "Sterling and Marsh issue", m="", v=["blame"]),
    dict(p=VC, s="heard", t="Sir, I'd ask you to moderate your tone.", m="", v=["calm_down"]),
    dict(p=VC, s="options", t="You should never have had to hear it from a solicitor. What I'd propose is this: "
         "the transfer fees reversed in full, a direct line to a named "
         "senior relationship banker, and same-day processing set up across all your accounts. Would you like me to "
         "put that in place?", m="AOIQ"),
    dict(p=VC, s="options", t="I'll reverse the fees, and I'll cover any penalty the sellers charged you, and "
         "waive all "
         "your fees for the next twelve months", m="O", v=["over_promise"]),
    dict(p=VC, s="commitment", t="The fee reversal will show on your statement tomorrow, and Charlotte Ward, "
         "your senior "
         "banker, will ring you before ten tomorrow morning with her direct line.", m="OC"),
    dict(p=VC, s="heard", t="hmm, that's odd, we've had no issues with SWIFT payments this week", m="", v=["doubt"]),
    dict(p=VC, s="heard", t="it must have been awful hearing it from the solicitor and not from your own bank", m="AE"),
    dict(p=VC, s="heard", t="was the completion able to go ahead in the end?", m="Q"),
    dict(p=VC, s="heard", t="with the greatest respect sir, if you'd flagged it as urgent at the time it would've been "
         "prioritised", m="", v=["correcting"]),
    dict(p=VC, s="heard", t="I appreciate you bearing with me this morning, and your loyalty over the years, it "
         "doesn't go "
         "unnoticed", m="G"),
    dict(p=VC, s="heard", t="if you're that unhappy there's nothing stopping you taking your portfolio elsewhere", m="",
         v=["threat_back"]),
    dict(p=VC, s="options", t="I'm truly sorry, sir, our delay very nearly cost you the property. May I start "
         "by reversing "
         "the transfer fees today, and putting you through to a senior banker on a direct number from now on?",
         m="AEOIQ"),
    dict(p=VC, s="close", t="is there anything else at all I can do for you today, Mr Fairclough?", m="Q",
         n="ending check: a question, not asks_input (rule 6)"),
    dict(p=VC, s="heard", t="I'm sorry if the service didn't meet your expectations. I'll have the transfer "
         "fees reversed "
         "today.", m="OC", v=["non_apology"], n="non-apology, then a real remedy with a time"),
    dict(p=VC, s="commitment", t="I'm so sorry, sir. I'll speak to the head of payments myself this afternoon "
         "and have a written explanation "
         "of what went wrong to you by five", m="EC"),
    dict(p=VC, s="options", t="going forward would you want everything to go through one senior banker, or would it be "
         "better if expedited transfers were just set as the default on your accounts?", m="OIQ"),
    dict(p=VC, s="heard", t="so the money was ready, the instruction was in, and it still sat there two days "
         "while your "
         "purchase nearly fell apart. I do understand, sir, and I'm going to find out exactly where it sat and "
         "call you back before two", m="AC"),
    # --- failed-twice ---
    dict(p=FT, s="vent", t="oh no, not again. I'm really sorry, go on, and then what?", m="EQ",
         n="invites more venting: a real question, not a details request"),
    dict(p=FT, s="vent", t="okay so the serial number's on a sticker inside the door, can you read it out to me", m="Q",
         v=["premature_details"]),
    dict(p=FT, s="heard", t="so it's broken down twice since we fixed it, and on monday someone promised you a "
         "supervisor "
         "would ring within a day and nobody did. that's really poor from us", m="A",
         n="owns the failure: acknowledge; no feeling named"),
    dict(p=FT, s="heard", t="I'm so sorry, with kids at home and no washing machine, that must be absolute chaos",
         m="AE"),
    dict(p=FT, s="heard", t="there not built to be overloaded, if it's full to the top every wash it'll keep going",
         m="", v=["correcting"], n="'there' mis-hearing; implies her misuse"),
    dict(p=FT, s="options", t="a refund's off the table I'm afraid, but you've got two choices. a new machine, same "
         "model, with an extra two years' warranty, or the senior engineer round this week with a loan machine so "
         "you're not stuck. which suits?", m="OIQ"),
    dict(p=FT, s="options", t="I can't do the bigger model, I'm sorry, I genuinely can't, but the same one brand new "
         "with two extra years on the warranty I can", m="O",
         n="hard negative for over_promise: stays within the allowance; 'sorry' for the refusal is not empathy"),
    dict(p=FT, s="commitment", t="I'm sorry it's come to a third visit. the engineer's booked, it's Gary, "
         "wednesday between twelve and two, and he'll bring a "
         "loan machine with him. I'll text you tomorrow morning to confirm", m="EOC",
         n="'sorry it's come to' is empathy only, as in the original's 'sorry it's come to this'"),
    dict(p=FT, s="heard", t="the supervisor should of called you, that's on him, not me", m="", v=["blame"],
         n="'should of' mis-hearing"),
    dict(p=FT, s="heard", t="were you told anything about what was actually wrong with it last time?", m="Q"),
    dict(p=FT, s="heard", t="oh for goodness sake, let me get a word in", m="", v=["calm_down"],
         n="telling her to stop talking"),
    dict(p=FT, s="heard", t="thank you for not giving up on us, I know we've given you every reason to. I'm "
         "getting the senior "
         "engineer booked as we speak and you'll have a text with the slot in ten minutes", m="OCG"),
    dict(p=FT, s="heard", t="it's not really something I can sort, you'd need the repairs team and they're closed till "
         "monday", m="", v=["dismissal"]),
    dict(p=FT, s="heard", t="I understand, but a replacement's only possible after three failed repairs, that's how "
         "it's set up", m="", v=["policy"]),
    dict(p=FT, s="options", t="right so you want this done properly, not another patch job, I get that. same model, "
         "brand new, two years extended warranty. shall I go ahead and order it?", m="AOIQ"),
    dict(p=FT, s="close", t="delivery's thursday between nine and two and they'll take the old one away. thanks for "
         "your patience Kelly, I know it's been a slog", m="OCG"),
    dict(p=FT, s="heard", t="I can guarantee you it won't break down again", m="", v=["over_promise"],
         n="bare guarantee: over_promise without options (rule 5)"),
    dict(p=FT, s="heard", t="I'm sorry you've been let down by the callback", m="AE",
         n="'sorry you've been' + what happened (rule 14)"),
    dict(p=FT, s="heard", t="right so it's gone again after the second repair. are you sure it's the same fault? "
         "cause sometimes it's a different part altogether", m="A", v=["doubt"],
         n="paraphrase stands (no 'but'), then a rhetorical doubting question"),
    dict(p=FT, s="heard", t="honestly Kelly I'd have lost the plot by now, three lots of waiting in and then nobody "
         "ringing back like they said, so, yeah, I'm sorry, and thank you for giving us one more go at it", m="AEG"),
    # --- billing-error ---
    dict(p=BE, s="vent", t="mm, I see", m=""),
    dict(p=BE, s="heard", t="you must've been worried sick seeing the account overdrawn, specially after being told it "
         "was sorted. I'm so sorry. I'll get both payments back to you today, and the overdraft fee", m="AEOC"),
    dict(p=BE, s="heard", t="so you cancelled, we took two payments anyway, your account went overdrawn, the "
         "bank stung "
         "you with a fee, and then live chat told you last week it was sorted when it wasn't. I'm so sorry Margaret",
         m="AE"),
    dict(p=BE, s="heard", t="the chat team shouldn't have told you that, they're a separate team and they get "
         "it wrong a "
         "lot", m="", v=["blame"]),
    dict(p=BE, s="options", t="you're completely right, neither charge should have happened. I'll refund both "
         "payments and pay back the overdraft fee, and I'll send you a letter "
         "confirming the subscription's cancelled. does that sound alright?", m="AOIQ",
         n="'I'll' with no time inside a proposal: options, not commitment"),
    dict(p=BE, s="options", t="and I'll throw in three months free on top for the trouble", m="O", v=["over_promise"]),
    dict(p=BE, s="commitment", t="both refunds are going back to your card now, and the cancellation letter's "
         "going out "
         "in today's post", m="OC"),
    dict(p=BE, s="heard", t="I'm sorry you feel you were misled by the chat team", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="on a pension as well, that's the last thing you need. I'd be livid", m="AE"),
    dict(p=BE, s="heard", t="roughly when did you first spot the second charge?", m="Q"),
    dict(p=BE, s="heard", t="Thank you for being so clear about the dates, Mrs Ellison, it makes this much "
         "easier to put "
         "right.", m="G"),
    dict(p=BE, s="heard", t="the cancellation's showing here on the fourth, so your quite right, neither of "
         "those charges should ever have gone out. has the bank said whether they'll take the fee back themselves?",
         m="AQ", n="'your' mis-hearing"),
    dict(p=BE, s="close", t="so that's the two refunds and the overdraft fee all going back, and the letter's "
         "on its way. "
         "thanks for putting up with me today, and sorry again about the chat team", m="EOG",
         n="no time given: no commitment"),
    dict(p=BE, s="heard", t="if you keep going on about the ombudsman, fine, take it to them", m="", v=["threat_back"]),
    dict(p=BE, s="commitment", t="I'll ring you on thursday morning, about ten, just to make sure the refund's "
         "actually "
         "landed this time", m="C"),
    dict(p=BE, s="heard", t="for the record, you're stating the chat agent confirmed a refund?", m="",
         v=["accusation"], n="court-room framing; not a real question"),
    dict(p=BE, s="options", t="I'm really sorry. would you like the refund put straight back into your bank account or "
         "onto the card you paid with?", m="EOIQ"),
    dict(p=BE, s="heard", t="oh that's not right, is it, you'd cancelled. I'm sorry. can I ask, is the "
         "overdraft causing you "
         "trouble with other bills going out?", m="AEQ", n="tag 'is it' is not the question; the impact "
         "question is"),
    dict(p=BE, s="options", t="right so what I'm gonna suggest, and stop me if this doesn't work for you, is I "
         "refund the "
         "two charges, I reimburse what the bank took off you for the overdraft, and I get a letter out confirming "
         "it's all cancelled so nothing else can go out", m="OI",
         n="'stop me if this doesn't work' invites her view without a question"),
    dict(p=BE, s="commitment", t="I'm doing the refund while we're talking, you'll have the email in about two "
         "minutes, "
         "and thank you, honestly, for not just giving up on us after the chat thing", m="OCG"),
    dict(p=BE, s="heard", t="I'm sorry. you'd done everything right", m="AE",
         n="clears the customer, like 'none of this is your fault' (rule 14)"),
    # --- generic ---
    dict(p=None, s="vent", t="uh-huh", m=""),
    dict(p=None, s="vent", t="sorry to cut across you, what's the postcode on the account?", m="Q",
         v=["premature_details"], n="interrupts the venting to ask for details"),
    dict(p=None, s="heard", t="I can hear how fed up you are, and honestly you've got every right to be", m="AE",
         n="'I can hear how...' counts as both (rule 1)"),
    dict(p=None, s="heard", t="I'm not being funny but you're not the first person to ring about this today", m="",
         v=["dismissal"], n="minimising"),
    dict(p=None, s="heard", t="look, shouting isn't going to make this happen any faster", m="", v=["calm_down"]),
    dict(p=None, s=None, t="with all respect that's just how the system works", m="", v=["policy"]),
    dict(p=None, s="heard", t="thanks for your patience, you'll hear back from me before twelve", m="CG"),
    dict(p=None, s="heard", t="I'd be gutted", m="E"),
    dict(p=None, s="options", t="I can offer you a full refund, or a replacement sent out free, entirely up to you",
         m="OI", n="imperative invitation: asks_input without a question"),
    dict(p=None, s="commitment", t="I'll send you an email confirming all of this before half five", m="C"),
    dict(p=None, s="heard", t="who told you that? because it certainly wasn't anyone in this team", m="", v=["blame"],
         n="hostile question pushing fault elsewhere: not a real question"),
    dict(p=None, s="heard", t="odd, the system's never done that to anyone else", m="", v=["doubt"]),
    dict(p=None, s="heard", t="the records show the email went out on the second, so you would have had it", m="",
         v=["accusation", "correcting"], n="insisting on the customer's error through evidence (rule 10)"),
    dict(p=None, s="heard", t="I'm sorry you're upset", m="", v=["non_apology"]),
    dict(p=None, s=None, t="whatever mate, go and complain to whoever you like", m="", v=["insult", "threat_back"]),
    dict(p=None, s="heard", t="you're getting yourself worked up over nothing here", m="", v=["insult"]),
    dict(p=None, s="options", t="I'm so sorry. I'll give you your money back twice over and a voucher, just "
         "don't put it online",
         m="EO", v=["over_promise"]),
    dict(p=None, s="heard", t="so if I've got this right, it was meant to come monday, you stayed in, it didn't come, "
         "and when you phoned you got cut off. is that it?", m="AQ", n="check-back question"),
    dict(p=None, s="heard", t="ah no, I'm really sorry, that's a rotten way to be treated. what would put it right for "
         "you?", m="EIQ"),
    dict(p=None, s="close", t="lovely. thanks again for bearing with us, and sorry once more that it came to this",
         m="EG"),
    dict(p=None, s="commitment", t="I'm emailing you a summary of everything we've agreed before I hang up, and "
         "I'll phone you "
         "back tomorrow between nine and ten", m="C", n="a summary email and a callback: commitment, no remedy"),
    dict(p=None, s="heard", t="I hear you. you were promised a callback and it never came, and that's just not good "
         "enough", m="A"),
    dict(p=None, s="options", t="you're right to be annoyed, and I'm sorry. how about I refund the delivery and "
         "send it out again on a next day service, free? "
         "would that do it for you?", m="AEOIQ"),
    dict(p=None, s="heard", t="when did you first notice something was wrong?", m="Q"),
    dict(p=None, s=None, t="(under breath) not paid enough for this", m="", v=["insult"],
         n="muttered aside (rule 12)"),
    dict(p=None, s="heard", t="I understand how stressful this must have been, and I'm sorry. thanks for going through "
         "it all with me. can I ask what outcome you're hoping for?", m="AEGIQ"),
    dict(p=None, s="vent", t="I'm so sorry. go on, I'm here", m="E"),
    dict(p=None, s="heard", t="you're alleging we charged you without consent, is that correct?", m="",
         v=["accusation"], n="court-room framing; the check is not a real question"),
    dict(p=None, s="options", t="I'm sorry but refunds after thirty days just aren't allowed, it's there in black and "
         "white", m="", v=["policy"], n="'sorry but' into a wall"),
    dict(p=None, s="heard", t="I'm really sorry. two weeks you've been waiting on a refund that should've taken "
         "three days. I'm chasing it with finance now and I'll call you back by four with where it's at", m="AEC"),
    dict(p=None, s=None, t="let me see what I can do", m="", n="vague: no remedy, no time"),
    dict(p=None, s="heard", t="honestly that's down to us, and I'm sorry you've waited so long", m="AE",
         n="owns the failure (rule 14)"),
]

write_batch(ITEMS, "eu", Path(__file__).with_name("replies_extra150.jsonl"))
