"""Source of `replies_extra181.jsonl`: batch 181, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its tune
part alone, without reading the judge's code or any other labelled batch. Its theme is a cross-section:
the same mix of personas, stages, lengths and qualities as the original tune part, so good, mediocre and
bad replies sit side by side, with every kind of violation, often behind a polite opening or inside a
reply that also carries marks ("I'm sorry, but that's the terms you signed up to", "thanks for your patience
with all this ... and I promise you this will be the last time it ever breaks", "[sighs] fine, what's the
reference then"). Beside
them sit hard negatives that sound like a fault but are not one (an honest limit, a check of the system
that agrees with the customer, "I'm not going to tell you to calm down", "it's our contractor, but that's
no excuse"). Every persona, the generic `None`, and every stage appear, `heard` most often; about half
are styled like a Whisper transcript, with fillers, false starts and mis-hearings.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra181.jsonl next to it (ids fz0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="right okay, and this was the second time?", m="Q",
         n="invites more venting about her situation; not a details request, so no premature_details"),
    dict(p=MT, s="vent", t="sorry to cut in, what's the address for the installation", m="Q",
         v=["premature_details"], n="'sorry' is a politeness marker; details asked while she is still venting"),
    dict(p=MT, s="heard", t="so nobody turned up tuesday, nobody turned up again on friday, and not one phone call "
         "to tell you. I'm so sorry bernadette", m="AE"),
    dict(p=MT, s="heard", t="um okay so I- I can see here the tech was marked as attended on the friday so...",
         m="", v=["doubt"], n="the record is set against her account of it: doubt"),
    dict(p=MT, s="heard", t="you used up two days holiday sat waiting in for us. god, I'd be so cross", m="AE"),
    dict(p=MT, s="heard", t="well the engineers are subbies, they're not even ours, so I cant really answer for them",
         m="", v=["blame", "dismissal"], n="puts it on the contractor and ducks answering for it"),
    dict(p=MT, s="heard", t="did you lose pay both times or could you work from home at all?", m="Q",
         n="asks about the impact on her"),
    dict(p=MT, s="heard", t="sorry if it feels like we've wasted your time", m="", v=["non_apology"]),
    dict(p=MT, s="options", t="a full refund's not something I'm able to sign off, I'm afraid, but the installation "
         "fee I can waive, I can put a month's credit on the account and book you the eight am slot. which day's "
         "good?", m="OIQ", n="honest obstacle (rule 11), not a policy wall; 'but' leads into help"),
    dict(p=MT, s="options", t="I'll give you the installation free, three months credit, and I'll cover your wages "
         "for both days", m="O", v=["over_promise"],
         n="three months credit and lost wages go beyond the allowed fee waiver + one month's credit"),
    dict(p=MT, s="options", t="would saturday at eight work? you'd be his first call, so you dont have to book "
         "anything off", m="OIQ", n="a rebooked first-slot visit is a remedy (rule 4)"),
    dict(p=MT, s="commitment", t="okay thats booked, wednesday the ninth at eight, and you'll get a text from the "
         "engineer by quarter to eight on the day", m="OC"),
    dict(p=MT, s="commitment", t="I'll get the credit applied and somebody will call to confirm the booking",
         m="O", n="credit named, but no time on either step: no commitment"),
    dict(p=MT, s="close", t="lovely. thank you bernadette, and I really am sorry it cost you two days' leave",
         m="AEG", n="the apology names what happened to her (rule 14)"),
    dict(p=MT, s="heard", t="there's no need for language like that, thank you", m="", v=["calm_down"],
         n="'thank you' here is a rebuke, not gratitude"),
    dict(p=MT, s="heard", t="I hear you. two mornings gone and not so much as a text. what would help most right "
         "now?", m="AIQ"),
    dict(p=MT, s="heard", t="cheers for holding while I got the booking up", m="G"),
    dict(p=MT, s="heard", t="whats the account number sorry", m="Q",
         n="details after the venting is over: not premature; 'sorry' is politeness"),
    dict(p=MT, s="heard", t="I mean you could of just rebooked online, it's a lot quicker", m="",
         v=["correcting"], n="'could of' mis-hearing; lecturing her on what she should have done"),
    dict(p=MT, s="heard", t="it's our contractor who does the installs, but that's no excuse, it's still on us to "
         "turn up when we said we would", m="A",
         n="hard negative for blame: names the contractor only to take ownership; 'but' leads away from blame"),
    dict(p=MT, s="heard", t="okay look I'm sorry, honestly losing two days of leave is a lot and I'd be raging. but "
         "to be fair the confirmation did say the engineer can arrive any time in the window, and we can't control "
         "the traffic, so", m="", v=["correcting"],
         n="'but' leads straight into correcting: the acknowledgement and empathy before it are cancelled"),
    dict(p=MT, s="heard", t="just so I'm clear, you're claiming nobody knocked at all", m="", v=["accusation"],
         n="repeat-back framed as a claim; not a real question"),
    dict(p=MT, s="heard", t="we don't compensate for time off, that's a blanket rule I'm afraid", m="",
         v=["policy"]),
    dict(p=MT, s="heard", t="if you cancel now you'll still owe us the cancellation charge, just so you know", m="",
         v=["threat_back"], n="answers her threat to cancel with a penalty"),
    dict(p=MT, s="commitment", t="I'm putting you in for the eight oclock slot on monday right now, and I'll ring "
         "you tomorrow before five to make sure your happy with it", m="OC",
         n="'your' mis-hearing; rebooking with an immediate time"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="right, whats the tracking number", m="Q", v=["premature_details"]),
    dict(p=LE, s="vent", t="god, a compressor as well. sorry, go on, what happened then?", m="EQ",
         n="sympathy plus a question inviting him to carry on; no details requested"),
    dict(p=LE, s="vent", t="sorry- sorry, one sec, let me grab a pen. okay go on", m="",
         n="'sorry' for the pause is politeness; no details asked, so no violation"),
    dict(p=LE, s="heard", t="so the overnight you paid for, the compressor and the control board, never turned up, "
         "and now the restaurant's on your back. that's awful, I'm sorry", m="AE"),
    dict(p=LE, s="heard", t="so not a single scan since pickup. that's not good enough, and I'm sorry", m="AE"),
    dict(p=LE, s="heard", t="the courier's a third party so it's really them that's lost it, not us", m="",
         v=["blame"]),
    dict(p=LE, s="heard", t="I'm sorry but lost business isn't covered, it's all in the terms of carriage", m="",
         v=["correcting"], n="'sorry but' into 'it's in the terms': correcting, the apology is cancelled"),
    dict(p=LE, s="heard", t="you'll need to send the claim in writing with proof of what the parts were worth", m="",
         v=["policy"], n="'put it in writing' wall"),
    dict(p=LE, s="options", t="I can put the overnight charge back on your card and start a trace this minute, and "
         "there's a same-day courier I can send to the restaurant with new parts, our cost. shall I?", m="OIQ",
         n="'I can ... this minute' inside a proposal waiting for his yes is an offer, not a commitment (rule 3)"),
    dict(p=LE, s="options", t="we'll pay for the lost job and whatever the restaurant charges you, don't worry about "
         "it", m="O", v=["over_promise"]),
    dict(p=LE, s="commitment", t="right, the trace is logged, reference TR nine nine one, and I'll phone you back at "
         "four either way", m="OC"),
    dict(p=LE, s="commitment", t="courier's booked. they collect the new parts from our depot at one", m="OC"),
    dict(p=LE, s="heard", t="that's put you in a proper bind with the restaurant. what have they said, are they "
         "giving you any time?", m="AQ"),
    dict(p=LE, s="heard", t="look mate parcels go missing, it happens, it'll probably turn up tomorrow", m="",
         v=["dismissal"], n="minimising (rule 9)"),
    dict(p=LE, s="heard", t="thank you for ringing us first instead of just going off at the courier", m="G"),
    dict(p=LE, s="heard", t="I'm sorry for any inconvenience caused", m="", v=["non_apology"]),
    dict(p=LE, s="heard", t="did you definitely pay for overnight though? cause it's showing as standard here",
         m="", v=["doubt"], n="rhetorical: questions what he already said; no 'evidence' wording, so not accusation"),
    dict(p=LE, s="close", t="cheers for waiting marcus, the new parts are on the van and the refund's gone back on "
         "your card", m="OG", n="remedies done, but no time given: no commitment"),
    dict(p=LE, s="heard", t="I can hear this has really put you on the spot with your client", m="AE",
         n="'I can hear ...' counts as both (rule 1)"),
    dict(p=LE, s="options", t="the lost contract's not something I can pay out on, I won't pretend otherwise, but how "
         "about new parts to the restaurant by same-day courier?", m="OIQ"),
    dict(p=LE, s="heard", t="the tracking's showing nothing since collection, so it's exactly like you said", m="A",
         n="hard negative for doubt: checking the system and agreeing with him is acknowledgement"),
    dict(p=LE, s="options", t="I understand. I do. the overnight you paid for, gone, and your client ringing you "
         "every hour. paying for the lost job isn't something I can do, sorry, but the express charge I can refund, "
         "I can trace it, and I can courier new parts today at our expense. where do you want me to start?",
         m="AOIQ", n="'sorry' apologises for the refusal, not empathy; honest obstacle; 'I can ... today' is an offer"),
    dict(p=LE, s="heard", t="*sighs* okay. so what is it you actually want from us", m="", v=["insult"],
         n="transcribed sigh (rule 12); the question is hostile, not asking input"),
    dict(p=LE, s="heard", t="leave the review then mate, see if that gets your compressor back", m="",
         v=["threat_back", "insult"]),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="filler while she vents (rule 1)"),
    dict(p=EE, s="vent", t="before you carry on, can I get the customer ID for the Ferrow account", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="heard", t="three outages in one quarter, every one of them over the SLA, and your warehouses stood "
         "still each time. I'd have escalated too, honestly", m="AE"),
    dict(p=EE, s="heard", t="the third one was actually a planned maintenance window, it was up on the status page",
         m="", v=["correcting"]),
    dict(p=EE, s="heard", t="I understand why lawyers are on the table, and I'd much rather we fixed this between "
         "us. which of your sites got hit the hardest?", m="AQ",
         n="steers back to the issue without reacting to the threat"),
    dict(p=EE, s="heard", t="if you want to get lawyers involved that's your call, but it won't change the contract",
         m="", v=["threat_back"], n="answers the legal threat in kind: 'go ahead then'"),
    dict(p=EE, s="heard", t="what has it actually cost you, in missed shipments or overtime?", m="Q"),
    dict(p=EE, s="options", t="I can't release you from the contract, I'll be honest, that isn't mine to give. what's "
         "in my gift is the service credit for the whole quarter, your own named account manager, and the root "
         "cause analysis in writing. do you want that analysis in hand before your next board?", m="OIQ",
         n="honest obstacle, not a policy wall; the question checks how she wants the offer"),
    dict(p=EE, s="options", t="if you decide to leave I'll waive the termination fees, and we'll cover your losses",
         m="O", v=["over_promise"]),
    dict(p=EE, s="options", t="I can promise you this won't happen again, we've fixed the underlying issue", m="",
         v=["over_promise"], n="bare guarantee: over_promise without options (rule 5)"),
    dict(p=EE, s="commitment", t="the root-cause write-up will be in your inbox by the twelfth, and tom reilly's now "
         "your account manager, expect an email from him this afternoon", m="OC"),
    dict(p=EE, s="commitment", t="I'll get the service credit raised today and you'll see it on the next invoice",
         m="OC"),
    dict(p=EE, s="commitment", t="I've passed this up to the head of service myself, and she's calling you by three "
         "today", m="C", n="escalation with a time: commitment only, not options (rule 4)"),
    dict(p=EE, s="heard", t="thanks for mentioning the board meeting, that tells me the deadline you're up against",
         m="AG",
         n="thanks for a fact that shows it was understood (as the original's thanks for 'a customer of yours')"),
    dict(p=EE, s="heard", t="I'm sorry you've had to go all the way to the top just to get a response", m="AE",
         n="'sorry you've had to' + what she went through (rule 14)"),
    dict(p=EE, s="close", t="thanks eleanor. so the report by the twelfth, the credit, and tom as your contact. I'll "
         "give you a call next monday morning", m="OCG"),
    dict(p=EE, s="heard", t="with respect I think you're being a little unreasonable here", m="", v=["insult"]),
    dict(p=EE, s="heard", t="sorry, that's not a decision I can make, you'll need to take it up with your account "
         "director", m="", v=["dismissal"], n="passes her on; 'sorry' is politeness"),
    dict(p=EE, s="heard", t="ok so, I, I hear what you're saying about the three outages and the board and, um, the "
         "CEO email, and you're right to be angry, but to be honest the contract doesn't let you walk away without "
         "the exit fee, that's just how it's written", m="", v=["policy"],
         n="'but' into a policy wall cancels the acknowledgement and empathy"),
    dict(p=EE, s="heard", t="noted. I'll pass your complaint and the allegations in it up the chain", m="",
         v=["accusation"], n="court-room wording; escalation with no time is not a commitment"),
    dict(p=EE, s="heard", t="it sounds like you've had to fight for every answer you've got out of us. thank you for "
         "not giving up on us", m="AG"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="I do apologise. may I just take your sort code and account number to bring it up",
         m="EQ", v=["premature_details"], n="sincere apology, then details while he is still venting"),
    dict(p=VC, s="heard", t="so the money went two days late, the purchase nearly fell over, and you found out from "
         "the seller's solicitor rather than from us. that isn't the service you should get", m="A"),
    dict(p=VC, s="heard", t="to be fair sir a lot of that will have been the correspondent bank, it's out of our "
         "hands once it leaves us", m="", v=["blame", "dismissal"]),
    dict(p=VC, s="heard", t="hearing it from the solicitor first must have been humiliating. I'm so sorry", m="AE"),
    dict(p=VC, s="heard", t="for the record sir, the instruction reached us after the cut off", m="",
         v=["accusation", "correcting"], n="'for the record' + insisting on his error (rule 10)"),
    dict(p=VC, s="heard", t="I appreciate you letting me try and fix this before you speak to anyone else", m="G"),
    dict(p=VC, s="options", t="what I'd propose is we reverse the fees on that transfer and set your accounts up for "
         "same day expedited payments. would you also want your own senior banker you can call directly?", m="OIQ"),
    dict(p=VC, s="options", t="I'll waive all your fees for the next year as a goodwill gesture", m="O",
         v=["over_promise"], n="a year of fees is more than reversing this transfer's fee"),
    dict(p=VC, s="commitment", t="the fee reversal's done, you'll see it tomorrow, and claire hutton will be ringing "
         "you thursday at ten as your relationship banker", m="OC"),
    dict(p=VC, s="commitment", t="I'm putting the expedited flag on both your accounts now, and claire will ring you "
         "before five", m="OC"),
    dict(p=VC, s="heard", t="I'm sorry mr fairclough but I'm not going to be spoken to like that", m="",
         v=["calm_down"], n="'sorry but' into telling him to mind his tone; the apology is cancelled"),
    dict(p=VC, s="heard", t="I'm sorry you see it that way sir", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="I'm so sorry. did the completion actually go through in the end?", m="EQ"),
    dict(p=VC, s="heard", t="are you certain the instruction went in on the monday?", m="", v=["doubt"]),
    dict(p=VC, s="close", t="thank you for your patience this afternoon sir. I'll phone you myself on friday at nine, "
         "just to check the new line works", m="CG",
         n="follow-up call with a time; refers to the line already set up, names no remedy"),
    dict(p=VC, s="heard", t="you've been with us a long time and you deserve far better than a delay like that. I'm "
         "sorry", m="AE"),
    dict(p=VC, s="heard", t="um yes I understand, I- I'll look into it", m="A",
         n="nervous but sincere 'I understand' (rule 1); 'look into it' is vague, no commitment"),
    dict(p=VC, s="options", t="how would it be if you had a senior banker assigned today, someone you can ring "
         "direct?", m="OIQ"),
    dict(p=VC, s="heard", t="the compliance checks are mandatory sir, the system holds anything over a certain amount "
         "and I can't override it", m="", v=["policy"], n="'the system won't let me' wall"),
    dict(p=VC, s="options", t="Mr Fairclough, I'm sorry. A completion delayed by two days, and you heard it from the "
         "seller's solicitor before you heard it from us. That should never happen to any client, let alone one "
         "who has banked with us for twenty years. My suggestion is that we reverse the fees and you get a named "
         "senior banker, with his own number. Is that somewhere to start?", m="AEOIQ"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="ugh, no. I'm sorry. carry on, I'm listening", m="E",
         n="sincere apology while she vents; 'I'm listening' adds nothing (rule 13)"),
    dict(p=FT, s="vent", t="can you give me the serial number off the back of the machine", m="Q",
         v=["premature_details"]),
    dict(p=FT, s="heard", t="so it's broken down twice since the repair, and on monday you were promised a "
         "supervisor would ring you within a day and nobody did. I'm so sorry kelly, that's on us", m="AE"),
    dict(p=FT, s="heard", t="sounds like the drain pump again, that's normally from stuff left in pockets", m="",
         v=["correcting"], n="implies she caused it"),
    dict(p=FT, s="heard", t="the supervisor was off sick monday so that's why you didn't get a call", m="",
         v=["blame"], n="puts the missed callback on a colleague as an excuse"),
    dict(p=FT, s="heard", t="how are you managing, have you been having to go to the launderette?", m="Q"),
    dict(p=FT, s="heard", t="you're entitled to be fed up, you've done everything we asked of you", m="AE",
         n="validates the feeling and clears her of any fault"),
    dict(p=FT, s="options", t="the newer model or a refund I can't do, I'm being straight with you. what I can do is "
         "a new machine, same model, and the warranty extended two years, or a senior engineer out this week with a "
         "loan machine. which suits?", m="OIQ"),
    dict(p=FT, s="options", t="tell you what, I'll get you the upgraded model and knock fifty quid off for the hassle",
         m="O", v=["over_promise"]),
    dict(p=FT, s="options", t="I'll just refund you the full amount and you can buy one somewhere else", m="O",
         v=["over_promise"], n="a refund is outside what may be offered"),
    dict(p=FT, s="commitment", t="I've got the senior engineer down for thursday between twelve and four, he's "
         "bringing a loan machine, and his name'll come to you by text tonight", m="OC"),
    dict(p=FT, s="commitment", t="I'll make sure a supervisor rings you", m="",
         n="promise with no time: no commitment; a callback is not a remedy"),
    dict(p=FT, s="heard", t="you're shouting at the wrong person love, I don't fix them", m="", v=["calm_down",
         "dismissal"], n="scolds her for shouting and ducks the problem"),
    dict(p=FT, s="heard", t="I'm really sorry the callback never came", m="AE",
         n="apology that names what happened to her, as rule 14"),
    dict(p=FT, s="heard", t="these machines do go sometimes, it's just bad luck", m="", v=["dismissal"],
         n="minimising (rule 9)"),
    dict(p=FT, s="close", t="thank you kelly, you've been really patient with us considering", m="G"),
    dict(p=FT, s="heard", t="I hear you, I hear you. so which model is it?", m="Q",
         n="'I hear you' said straight into a details request is not acknowledge (rule 13); not premature at heard"),
    dict(p=FT, s="options", t="any good to you if I sent our senior engineer round this week? we'd leave a loan "
         "machine so you're not stuck", m="OIQ"),
    dict(p=FT, s="heard", t="I'd be at my wits end with little ones and no washer", m="AE"),
    dict(p=FT, s="heard", t="I'm not able to do a refund on the machine, I won't dress it up, that's beyond me. the "
         "replacement I can do though", m="O",
         n="hard negative for policy: honest obstacle (rule 11), then a real offer"),
    dict(p=FT, s="heard", t="any more repairs have to go through the booking line, I can't book them from here", m="",
         v=["policy"], n="a process wall, not an honest limit on what may be given"),
    dict(p=FT, s="commitment", t="kelly, thanks for your patience with all this. senior engineer's in for wednesday "
         "morning with a loan machine, and I promise you this will be the last time it ever breaks",
         m="OCG", v=["over_promise"], n="good reply spoilt by a guarantee"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="oh dear, I'm sorry. what's the email on the account?", m="EQ", v=["premature_details"]),
    dict(p=BE, s="heard", t="right, so after you'd cancelled we still took two payments, your bank then charged you "
         "for going overdrawn, and chat told you last week it was sorted when it wasn't. I'm so sorry margaret",
         m="AE"),
    dict(p=BE, s="heard", t="on a pension as well, that's the last thing you need. I'm really sorry", m="E",
         n="sympathy for the impact; no repeat-back of the complaint (as 'the last thing you needed' is E only)"),
    dict(p=BE, s="heard", t="the chat team should never have told you it was fixed, they get it wrong all the time",
         m="", v=["blame"], n="blames another team instead of owning it"),
    dict(p=BE, s="heard", t="it does say on the cancellation page it can take up to one billing cycle", m="",
         v=["correcting"]),
    dict(p=BE, s="heard", t="I'm looking at it now and I can only see the one payment", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="I'm sorry if you've been caused any distress", m="", v=["non_apology"]),
    dict(p=BE, s="options", t="both charges can come back to you and I'll pay back the overdraft fee too, plus a "
         "letter confirming the subscription's cancelled. is that alright?", m="OIQ",
         n="no time: offer, not commitment"),
    dict(p=BE, s="options", t="I'll get the bank to take the overdraft fee off, I'll ring them myself", m="O",
         v=["over_promise"], n="promises what her bank will do; reimbursing the fee ourselves would be allowed"),
    dict(p=BE, s="commitment", t="both refunds went through just now, they'll show in three to five working days, and "
         "the confirmation letter's going out first class today", m="OC"),
    dict(p=BE, s="commitment", t="I'll email you the cancellation confirmation before we hang up", m="OC",
         n="written confirmation is an allowed remedy; 'before we hang up' is a time"),
    dict(p=BE, s="heard", t="thanks for your patience with me. it can't be nice explaining all of it twice, after chat "
         "as well", m="EG", n="as the original labels 'not fun going through it all again': E + G"),
    dict(p=BE, s="heard", t="well you shouldn't really let your account get that low, should you", m="",
         v=["correcting", "insult"], n="lecturing and condescending; the tag is not a question"),
    dict(p=BE, s="heard", t="has the bank said anything else to you, any letters or anything?", m="Q"),
    dict(p=BE, s="close", t="is there anything else I can do for you today, margaret?", m="Q",
         n="ending check: question, not asks_input (rule 6)"),
    dict(p=BE, s="heard", t="you've every reason to be cross. you cancelled like you were supposed to and the money "
         "came out regardless", m="AE"),
    dict(p=BE, s="options", t="do you want the money back on the card it came from, or to another account?",
         m="OIQ"),
    dict(p=BE, s="heard", t="[sighs] fine, what's the reference then", m="Q", v=["insult"],
         n="sigh answers her in kind (rule 12); the details request is real and not premature at heard"),
    dict(p=BE, s="heard", t="go to the ombudsman if you like margaret, you'll be waiting months for them", m="",
         v=["threat_back"], n="dares her to carry out the threat"),
    dict(p=BE, s="heard", t="I'll need to see the bank's letter before I can accept your version of events", m="",
         v=["accusation"], n="asking for the letter would be fine; 'accept your version of events' is court-room"),
    dict(p=BE, s="heard", t="please don't get yourself worked up margaret, it's only a few pounds", m="",
         v=["calm_down", "insult"], n="as the original's 'relax, it's only money'"),
    dict(p=BE, s="commitment", t="I know you've been told it was fixed before, so I'm staying on this one. the refund "
         "for both charges is going through now and I'll phone you thursday at eleven to check it's there", m="AOC"),

    # --- generic ---
    dict(p=None, s="vent", t="whoa okay, take a breath", m="", v=["calm_down"]),
    dict(p=None, s="vent", t="hang on hang on, whats the order number first", m="Q", v=["premature_details"],
         n="interrupts the venting to ask for details"),
    dict(p=None, s="heard", t="that sounds miserable, honestly", m="E"),
    dict(p=None, s="heard", t="I understand", m="A", n="bare sincere 'I understand' (rule 1)"),
    dict(p=None, s="heard", t="your right, we should of rang you", m="A", n="'your', 'should of' mis-hearings"),
    dict(p=None, s="heard", t="I'm sorry, but that's the terms you signed up to", m="", v=["correcting"],
         n="'sorry, but' into correcting"),
    dict(p=None, s="heard", t="I'll have to put that through as a formal complaint, and they take twenty eight days",
         m="", v=["policy"], n="process wall; the time is not a commitment to a step of the agent's"),
    dict(p=None, s="heard", t="hang on, so you ordered on the third, paid extra for next day, and it's still not "
         "here? that's rubbish", m="AQ",
         n="check-back question; 'that's rubbish' judges the service, not the customer's feelings"),
    dict(p=None, s="heard", t="thanks for explaining it so clearly, it makes my job a lot easier", m="G"),
    dict(p=None, s="heard", t="apologies for any upset", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="keep that up and I'm transferring you straight back to the queue", m="",
         v=["threat_back"]),
    dict(p=None, s="heard", t="the evidence on our side says it was delivered to your neighbour", m="",
         v=["accusation", "doubt"], n="'evidence' against the customer's account of it"),
    dict(p=None, s="heard", t="so you're alleging the engineer was rude to you", m="", v=["accusation"]),
    dict(p=None, s="heard", t="I can't imagine dealing with that on top of everything else", m="E",
         n="'can't imagine' is sympathy (rule 8)"),
    dict(p=None, s="heard", t="uh so- so sorry, so that's twice now they've not turned up?", m="AEQ",
         n="false start; check-back question with a sincere apology"),
    dict(p=None, s="heard", t="I'm not going to tell you to calm down, you've got every right to be this angry",
         m="E", n="hard negative for calm_down: names it only to rule it out"),
    dict(p=None, s="heard", t="I'm not going anywhere, I'm here till we've got this sorted", m="",
         n="hard negative for threat_back; on-their-side phrase with no time or remedy"),
    dict(p=None, s="heard", t="sorry, just to check I heard you right, was it the eighth or the ninth?", m="Q",
         n="hard negative for doubt: a real clarifying question, not disbelief"),
    dict(p=None, s="heard", t="I'm a bit fed up with it myself to be honest, it's been like this all week", m="",
         n="the agent's own feelings, not empathy"),
    dict(p=None, s="heard", t="(under breath) here we go again", m="", v=["insult"], n="muttered aside (rule 12)"),
    dict(p=None, s="heard", t="I'd never say any of this was your fault, because it wasn't", m="A",
         n="clears the customer, as 'none of this is your fault' does (rule 14)"),
    dict(p=None, s="heard", t="I'm sorry, that's genuinely not on. you were told twice it was sorted and it wasn't. "
         "thanks for giving us one more go at it", m="AEG"),
    dict(p=None, s="options", t="I could refund the postage, or get a fresh one dispatched to you tomorrow. which is "
         "better for you?", m="OIQ", n="'tomorrow' inside a choice is not a commitment (rule 3)"),
    dict(p=None, s="options", t="we can look at a few things", m="", n="vague: no concrete remedy"),
    dict(p=None, s="options", t="would it be alright if I talked you through what I can do?", m="IQ",
         n="asks permission; no remedy named yet"),
    dict(p=None, s="options", t="right so I can do a refund today, if you'd like that, or a replacement, but I can't "
         "do both", m="OI", n="choice of remedies with an honest limit; 'if you'd like' invites without a question"),
    dict(p=None, s="commitment", t="give me forty minutes and I'll ring you back, whatever I find", m="C",
         n="callback with a time: commitment only"),
    dict(p=None, s="commitment", t="I'll sort it, don't you worry", m="", n="no remedy, no time"),
    dict(p=None, s="commitment", t="you'll have the replacement by saturday and I'll email the tracking tonight",
         m="OC"),
    dict(p=None, s="close", t="thanks for your patience, have a good rest of your day", m="G"),
    dict(p=None, s="close", t="cheers for sticking with me on this. refund's going through tonight and I'll give you a "
         "ring monday to check it's arrived", m="OCG"),
    dict(p=None, s=None, t="I completely understand where you're coming from", m="A"),
    dict(p=None, s=None, t="that's just how the system works I'm afraid", m="", v=["policy"]),
    dict(p=None, s=None, t="you're right to complain, and thank you for doing it", m="AG"),
    dict(p=None, s=None, t="if it was me I'd be fuming", m="E"),
]

write_batch(ITEMS, "fz", Path(__file__).with_name("replies_extra181.jsonl"))
