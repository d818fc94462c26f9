"""Source of `replies_extra171.jsonl`: batch 171, in the original set's style (tune split only).

Written by hand, one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is a plain
cross-section: the same mix of personas, stages, lengths and qualities as the original tune part
(good, mediocre and bad replies, with every violation kind), leaning slightly towards the generic
persona (None) and towards the options, commitment and close stages. Examples: "so I can get the
express fee back to you today ... want me to go ahead with both?" (an offer, not yet a commitment),
"the root cause report will be in your inbox by five pm on the eighteenth" (a commitment), "I'll
pass your comments on to the scheduling team" (a hand-off with no remedy and no time), "I can do
the one refund, but the system won't let me reverse the second charge" (an offer beside a policy
wall), and "so he didn't show on the tenth or the seventeenth. funny, because his van tracker has
him on your street" (a repeat-back, then evidence against her). About half are styled like a
Whisper transcript (lowercase, fillers, false starts, the odd mis-hearing).

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra171.jsonl next to it (ids fp0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="mm. right. keep going", m="",
         n="back-channel while she vents: no mark"),
    dict(p=MT, s="vent", t="hang on hang on, what's the address the install was booked for", m="Q",
         v=["premature_details"], n="interrupts the venting to ask for the address"),
    dict(p=MT, s="heard", t="so you booked the eight til twelve slot, took the day off, nobody turned up and nobody "
         "rang. and then the exact same thing happened again. that's shocking, I'm sorry", m="AE"),
    dict(p=MT, s="heard", t="did anyone text you on either morning to say he wasn't coming?", m="Q",
         n="a real question about what happened, not doubt"),
    dict(p=MT, s="options", t="the whole lot back isn't something I'm able to sign off, I'll be honest. the most I "
         "can do is take the installation fee off altogether, put a month's credit on the account and book you in "
         "for eight, first job of the day. how would that be?", m="OIQ",
         n="honest limit, not a policy wall"),
    dict(p=MT, s="options", t="look I'll refund the full installation, your first three months of broadband, and pay "
         "you back for both days off. that sort you out?", m="OIQ", v=["over_promise"]),
    dict(p=MT, s="options", t="which morning's best for you next week? I'll make sure you're the first visit, eight on "
         "the dot", m="OIQ", n="'I'll make sure' sits inside a choice waiting on her answer: an offer, not a commitment"),
    dict(p=MT, s="commitment", t="right that's you booked, tuesday eight am, first call of the day. the installation "
         "fee's come off already and I'll ring you monday teatime to double check everything's still on", m="OC"),
    dict(p=MT, s="heard", t="you lost a day's wages twice for us and we didn't even have the decency to pick up the "
         "phone. I'd be spitting feathers", m="AE"),
    dict(p=MT, s="heard", t="thats the engineers fault not ours, we only take the bookings, he's the one that never "
         "turned up", m="", v=["blame"]),
    dict(p=MT, s="heard", t="well to be fair, the booking confirmation does say the window can change on the day",
         m="", v=["correcting"]),
    dict(p=MT, s="close", t="okay so that's all sorted, friday eight am, first slot. thanks so much for hanging in "
         "there with us Bernadette", m="OCG"),
    dict(p=MT, s="vent", t="oh that's- no, that's really not on. sorry, carry on", m="E",
         n="sincere sympathy while she vents; 'sorry, carry on' hands the floor back"),
    dict(p=MT, s="heard", t="so he didn't show on the tenth or the seventeenth. funny, because his van tracker has him "
         "on your street both mornings", m="A", v=["accusation", "correcting"],
         n="the repeat-back stands (no 'but'); then insisting on her error through evidence (rule 10)"),
    dict(p=MT, s="options", t="I'm so sorry. what I'd suggest is we waive the installation fee and book you in on a "
         "saturday, so there's no more time off work. or is a weekday first slot easier for you?", m="EOIQ",
         n="does not restate what happened, so no acknowledge"),
    dict(p=MT, s="options", t="right, yep, so what do you actually want me to do, I can't magic an engineer out of "
         "thin air", m="", v=["dismissal"], n="hostile question, not asking for her input"),
    dict(p=MT, s="heard", t="Honestly, I'd have been sat by the window all morning too, getting more and more wound "
         "up. What time did you give up waiting the second time?", m="AEQ"),
    dict(p=MT, s="options", t="I know you wanted a full refund and I understand why. I can't stretch to that, but I "
         "can waive the fee and credit you a month. would you take that?", m="AOIQ",
         n="'but' leads into help, so the acknowledgement stands"),
    dict(p=MT, s="options", t="a full refund's not something we do on installations I'm afraid, it's company policy",
         m="", v=["policy"]),
    dict(p=MT, s="heard", t="so your allegation is the engineer never came at all, either time", m="",
         v=["accusation"], n="repeat-back framed as an allegation: no acknowledge"),
    dict(p=MT, s="commitment", t="I'll pass your comments on to the scheduling team", m="",
         n="a hand-off with no remedy and no time: looks like a next step, is not a commitment"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="right before you go on can you spell your surname for me", m="Q",
         v=["premature_details"]),
    dict(p=LE, s="heard", t="so the compressor and the control board were meant to be at the restaurant first thing, "
         "the tracking hasn't budged since it was collected, and now your client's on at you. is that right?",
         m="AQ", n="check-back question"),
    dict(p=LE, s="heard", t="ugh, that's the worst, when your client's blaming you and it's not even "
         "your doing", m="AE"),
    dict(p=LE, s="heard", t="parcels go astray now and then, it's one in thousands, you've just been unlucky", m="",
         v=["dismissal"], n="minimising"),
    dict(p=LE, s="heard", t="the depot's been a shambles all week, honestly that's who's lost it, not us here", m="",
         v=["blame"]),
    dict(p=LE, s="options", t="so I can get the express fee back to you today, and I can have a same day courier run "
         "replacement parts round to the restaurant, on us. want me to go ahead with both?", m="OIQ",
         n="'today' inside a proposal: an offer, not a commitment"),
    dict(p=LE, s="options", t="I'll refund the express and cover whatever your client's lost on the job too, just "
         "send me a figure", m="O", v=["over_promise"]),
    dict(p=LE, s="options", t="I can't cover lost business, that's beyond what I'm allowed, I'll be upfront with you. "
         "but a refund on the express, a trace on the parcel, and replacement parts couriered over this afternoon, I "
         "can do all three. which do you want me to start with?", m="OIQ", n="honest obstacle, not a policy wall"),
    dict(p=LE, s="commitment", t="the trace is live now, reference ends in two nine, and the courier's booked to collect "
         "the new compressor by one. I'll ring you the minute it's signed for", m="OC"),
    dict(p=LE, s="heard", t="so according to you it was handed over on monday?", m="", v=["accusation"],
         n="framed as his claim; not a real question"),
    dict(p=LE, s="heard", t="I'm gutted for you honestly. you paid for it to get there overnight and it's just "
         "vanished", m="AE"),
    dict(p=LE, s="heard", t="thanks for getting straight on the phone to us, that gives me a head start on finding it",
         m="G"),
    dict(p=LE, s="heard", t="how's the restaurant managing without the part, can they still open tonight?", m="Q"),
    dict(p=LE, s="heard", t="mate, I've got a queue of calls, can we wrap this up", m="", v=["insult"],
         n="impatience; a rhetorical request, not a question"),
    dict(p=LE, s="options", t="Two things I can do straight off. I can put the express charge back on your card, and I "
         "can book a same-day courier for a second compressor and board at our expense. Shall I do both?", m="OIQ",
         n="'straight off' inside an offer awaiting his yes: not a commitment"),
    dict(p=LE, s="close", t="that's the replacement out the door, the refund's done, and the trace is open. thank you "
         "for staying so level with me today, you had every reason not to", m="EOG",
         n="validating his anger is empathise; no time given, so no commitment"),
    dict(p=LE, s="vent", t="oh no. that's really bad, I'm sorry", m="E"),
    dict(p=LE, s="heard", t="I don't think it's lost as such, it'll be sat in a cage at the depot somewhere, they always "
         "turn up", m="", v=["correcting", "dismissal"],
         n="corrects 'lost' as the original does ('not lost exactly'), then minimises"),
    dict(p=LE, s="commitment", t="I've refunded the express fee while we've been talking, you'll get the email for it in "
         "a few minutes, and the courier will have the parts at the restaurant by four", m="OC"),
    dict(p=LE, s="heard", t="keep talking to me like that and I'll stick you on hold", m="", v=["threat_back"]),
    dict(p=LE, s="commitment", t="I'll log it and someone from claims will be in touch in due course", m="",
         n="'in due course' is no time; logging is not a remedy"),
    dict(p=LE, s="options", t="I'm sorry, I know the restaurant's on your back. lost jobs aren't something I can cover, "
         "but I can get the express fee refunded and a courier out with new parts today. would that help you keep "
         "them?", m="AEOIQ", n="honest limit; 'I can ... today' inside a proposal"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="filler while she vents"),
    dict(p=EE, s="vent", t="and your customer ID with us is?", m="Q", v=["premature_details"]),
    dict(p=EE, s="heard", t="Three outages in one quarter, each one past the SLA, and your warehouses at a standstill "
         "every time. I'd be looking for the exit too, frankly.", m="AE"),
    dict(p=EE, s="heard", t="with respect, Ms Ashcombe, the contract's quite clear that anything under four hours "
         "doesn't count as a breach", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="for the record, we dispute that all three incidents breached the agreement", m="",
         v=["accusation", "doubt"]),
    dict(p=EE, s="options", t="I'd like to propose three things: we credit the full quarter under the SLA, you get one "
         "named person who owns your account, and you get a written root-cause analysis. Would that give you "
         "something to work with?", m="OIQ"),
    dict(p=EE, s="options", t="what if we paid damages for the downtime on top of the service credit? I really don't "
         "want to lose you", m="OIQ", v=["over_promise"], n="damages are beyond what she may be offered"),
    dict(p=EE, s="commitment", t="you'll have the root cause analysis in your inbox by five pm on the eighteenth, signed off by "
         "our CTO, and tom hadley starts as your account manager tomorrow, he'll ring you at ten", m="OC"),
    dict(p=EE, s="heard", t="I'd rather you heard it from me than anyone else. we let you down, three times, and that's "
         "on us", m="A", n="owns the failure (rule 14); no apology or feeling, so no empathise"),
    dict(p=EE, s="heard", t="The outages were down to a third-party data centre. It wasn't our platform as such.", m="",
         v=["blame"]),
    dict(p=EE, s="heard", t="your lawyer's welcome to call ours, they'll tell you the same thing", m="",
         v=["threat_back"]),
    dict(p=EE, s="options", t="would it be more useful to have the service credit taken off this quarter's invoice, or "
         "carried over to the next one?", m="OIQ"),
    dict(p=EE, s="close", t="so, the quarter's credit, your account manager, and the written report on the eighteenth. thank "
         "you for hearing me out today", m="OCG", n="dates confirmed at the close: commitment"),
    dict(p=EE, s="heard", t="I'm sorry for any disruption you may have experienced", m="", v=["non_apology"]),
    dict(p=EE, s="heard", t="three breaches in a quarter, and your warehouses stuck every time. I'm so sorry. what's it "
         "cost you so far?", m="AEQ"),
    dict(p=EE, s="commitment", t="I'm taking this to our COO myself, right now, and you'll get a call from her by three "
         "this afternoon", m="C", n="escalation with a time: commitment only, not options (rule 4)"),
    dict(p=EE, s="heard", t="I'm grateful you've let us respond before doing anything formal",
         m="G"),
    dict(p=EE, s="heard", t="um, that's, I'm not really the person for contract stuff, you'd want someone from the "
         "commercial team", m="", v=["dismissal"]),
    dict(p=EE, s="options", t="If it'd help, I can have your account manager and the engineer who writes the root-cause "
         "report come to your site and walk your board through it in person. Would that be better than a document?",
         m="OIQ"),
    dict(p=EE, s="heard", t="I understand you're angry but there's no call to take that tone with me", m="",
         v=["calm_down"], n="'but' into telling her to mind her tone cancels the acknowledgement"),
    dict(p=EE, s="commitment", t="consider the contract cancelled, no penalty, I'll have that in writing to you by "
         "friday", m="OC", v=["over_promise"], n="release from the contract is beyond the allowance"),
    dict(p=EE, s="heard", t="thank you for raising it with us. honestly though, emailing the CEO has made this harder to "
         "fix, not easier", m="G", v=["correcting"],
         n="the thanks stands; 'though' only cancels acknowledge or empathise"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="Of course, Mr Fairclough. Please, go on.", m="", n="back-channel: no mark"),
    dict(p=VC, s="vent", t="could you confirm the first line of your address for me please", m="Q",
         v=["premature_details"]),
    dict(p=VC, s="heard", t="You found out from the seller's solicitor before you heard a word from us. That's "
         "unacceptable, and I'm sorry.", m="AE"),
    dict(p=VC, s="heard", t="two days late on a completion, the whole purchase hanging by a thread. I can't begin to "
         "imagine the stress of that", m="AE", n="'can't begin to imagine' is sympathy (rule 8)"),
    dict(p=VC, s="heard", t="well, all international wires carry a risk of a compliance hold, it's explained when you "
         "open the account", m="", v=["correcting"]),
    dict(p=VC, s="heard", t="that's strange, our records have the payment leaving on the day you asked", m="",
         v=["doubt"]),
    dict(p=VC, s="options", t="I'd like to put the fees on that transfer back and put you in touch with Catherine Osei, "
         "one of our senior relationship bankers, on her direct number. Shall I arrange that?", m="OIQ"),
    dict(p=VC, s="options", t="I'll reverse the fees, cover your solicitor's extra costs, and waive charges on your "
         "accounts for the next two years", m="O", v=["over_promise"]),
    dict(p=VC, s="commitment", t="The fee reversal went through this morning, and Catherine will call you from her "
         "direct line at ten tomorrow.", m="OC"),
    dict(p=VC, s="heard", t="sir, if you want to take your portfolio elsewhere that's entirely your choice", m="",
         v=["threat_back"], n="answers his threat to leave in kind"),
    dict(p=VC, s="heard", t="I'm sorry that you feel the bank hasn't met your expectations", m="",
         v=["non_apology"]),
    dict(p=VC, s="heard", t="um. the correspondent bank held it, so, it was really on their side rather than ours",
         m="", v=["blame"]),
    dict(p=VC, s="close", t="Thank you, Mr Fairclough, for your patience and for staying with us. Your same-day "
         "transfers are active from tomorrow morning.", m="OCG"),
    dict(p=VC, s="heard", t="I appreciate you telling me exactly how it unfolded. it's not something we should ever "
         "have put you through", m="AG", n="owns what happened, as 'none of this should have landed on you' (rule 14)"),
    dict(p=VC, s="options", t="what would help you most going forward, a named banker you can ring directly, or every "
         "transfer going same-day as standard? or both?", m="OIQ"),
    dict(p=VC, s="heard", t="listen, I'm doing my best here, there's no need to talk down to me", m="",
         v=["calm_down"], n="like 'there's no need to be rude to me'"),
    dict(p=VC, s="commitment", t="I've flagged your accounts for expedited same-day processing, effective now, and I'll "
         "confirm it in writing before close of business", m="OC"),
    dict(p=VC, s="heard", t="with respect, the allegation that we sat on your transfer simply doesn't stand up", m="",
         v=["accusation", "correcting"]),
    dict(p=VC, s="heard", t="I'm so sorry, that's appalling. Nobody should find out about their own money from the "
         "other side's lawyer", m="AE"),
    dict(p=VC, s="commitment", t="Please just calm down, sir. Catherine will call you within the hour.", m="C",
         v=["calm_down"], n="the callback after the violation still counts; a callback alone is not options"),
    dict(p=VC, s="heard", t="I'm afraid every transfer over a certain amount has to go through compliance, there's no "
         "way round that", m="", v=["policy"]),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="what's the serial number on the back of the machine, it'll be on a sticker", m="Q",
         v=["premature_details"]),
    dict(p=FT, s="vent", t="[sighs] right", m="", v=["insult"], n="transcribed sigh (rule 12)"),
    dict(p=FT, s="heard", t="A baby, a toddler, and two weeks without a washer. I honestly don't know how you've "
         "coped. I'm so sorry.", m="AE"),
    dict(p=FT, s="heard", t="and then the supervisor was meant to ring you on monday and never did. that's just not "
         "good enough, that's on us", m="A", n="owns it, names no feeling: acknowledge only"),
    dict(p=FT, s="heard", t="are you overloading it at all? with little ones it's easy to stuff it too full", m="",
         v=["doubt", "correcting"], n="rhetorical, implies her error: not a real question"),
    dict(p=FT, s="heard", t="the engineer's from an outside firm so to be honest you'd need to take it up with them",
         m="", v=["blame", "dismissal"]),
    dict(p=FT, s="options", t="an upgrade or a refund aren't mine to give, I'm sorry, it's out of my hands. but I can swap "
         "it for a fresh one of the same model and add two years on the warranty, or send the most senior engineer we "
         "have this week, with a loan machine so you're not without. which suits you?", m="OIQ",
         n="'sorry' for the refusal is not empathy; honest limit, not a policy wall"),
    dict(p=FT, s="options", t="tell you what, I'll upgrade you to the newer model and refund what you paid for the "
         "repairs", m="O", v=["over_promise"]),
    dict(p=FT, s="commitment", t="the new machine's booked in for delivery thursday, between seven and eleven, they'll "
         "take the old one away too, and your extra warranty's already on the system", m="OC"),
    dict(p=FT, s="heard", t="what's the laundry situation like at the moment, are you having to go to a launderette?",
         m="Q"),
    dict(p=FT, s="heard", t="your well within your rights to be furious. we promised you a call and left you hanging",
         m="AE", n="'your' mis-hearing; 'left you hanging' names what happened (rule 14)"),
    dict(p=FT, s="heard", t="it says here the engineer signed it off as fully working, so", m="", v=["doubt"]),
    dict(p=FT, s="close", t="that's all booked, senior engineer friday morning, loan machine comes with him. thanks so "
         "much for giving us one more go Kelly", m="OCG"),
    dict(p=FT, s="heard", t="I'm sorry, but the warranty terms are what they are, I can't change them", m="",
         v=["policy"], n="'sorry, but' into a wall"),
    dict(p=FT, s="options", t="would you rather we swap it for a new one, same model, or have one more go at fixing it "
         "with the senior engineer and a loan machine in the meantime?", m="OIQ"),
    dict(p=FT, s="heard", t="look, you're not the only one with kids, everyone's busy", m="", v=["insult"]),
    dict(p=FT, s="heard", t="thanks for ringing back, I know you shouldn't of had to chase us after we promised to "
         "call you", m="AG", n="'shouldn't of' mis-hearing; names what she went through; no apology, so no empathise"),
    dict(p=FT, s="commitment", t="right, senior engineer's down for wednesday, eight till twelve, and I'm going to phone "
         "you myself tuesday evening to confirm, I won't let this one slip", m="OC"),
    dict(p=FT, s="options", t="I'll give you a new machine, and I promise you it won't break again", m="O",
         v=["over_promise"], n="the replacement is allowed; the guarantee is not"),
    dict(p=FT, s="heard", t="Kelly, I'm hearing you. Twice repaired, twice broken, and the one call we promised never "
         "came.", m="A"),
    dict(p=FT, s="options", t="um, so, would a loan machine help in the meantime, like while we sort the rest? I can get "
         "one to you tomorrow", m="OIQ", n="'I can ... tomorrow' is part of the offer, not a commitment"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="can you just confirm the last four digits of the card for me", m="Q",
         v=["premature_details"]),
    dict(p=BE, s="vent", t="oh, Margaret, that's horrible. I'm sorry. go on", m="E"),
    dict(p=BE, s="heard", t="so you cancelled, we took it twice anyway, you went overdrawn, and then the chat team told "
         "you last week it was all sorted when it wasn't. I'd be absolutely livid", m="AE"),
    dict(p=BE, s="heard", t="the chat team shouldn't have told you that, that was their mistake, not mine", m="",
         v=["blame"], n="faulting another agent"),
    dict(p=BE, s="heard", t="are you certain you cancelled? sometimes it doesn't go through if the form isn't submitted "
         "properly", m="", v=["doubt", "correcting"]),
    dict(p=BE, s="options", t="I'll pay back both payments and reimburse the overdraft charge, and I'll send you a letter "
         "confirming the subscription's closed. would that put things right for you?", m="OIQ",
         n="no time given: options, not commitment"),
    dict(p=BE, s="options", t="I'll give you both charges back, pay the overdraft fee, and throw in six months free on us",
         m="O", v=["over_promise"]),
    dict(p=BE, s="commitment", t="both refunds went through this minute, you'll see them within three to five working "
         "days, and I'm posting the cancellation letter to you today", m="OC"),
    dict(p=BE, s="heard", t="has being overdrawn affected anything else? direct debits, your rent, anything like that?",
         m="Q"),
    dict(p=BE, s="heard", t="oh no. so your rent bounced as well? that's a horrible knock-on, I'm so sorry",
         m="AEQ", n="check-back question"),
    dict(p=BE, s="heard", t="Please accept our apologies for any inconvenience caused.", m="", v=["non_apology"]),
    dict(p=BE, s="options", t="I can do the one refund, but the system won't let me reverse the second charge", m="O",
         v=["policy"], n="the offer stands; 'but' leads into a policy wall"),
    dict(p=BE, s="close", t="you're all sorted, Margaret. both charges back, the overdraft fee covered, and the "
         "cancellation confirmed in writing. thank you for staying so patient with us after nine years", m="OG",
         n="done, but no time given: no commitment"),
    dict(p=BE, s="close", t="thanks ever so much for letting us have another go, especially after we let you down last week",
         m="AG", n="'we let you down last week' owns the failure"),
    dict(p=BE, s="heard", t="honestly you should have just rung us instead of using the chat, chat's hopeless", m="",
         v=["correcting", "blame"]),
    dict(p=BE, s="options", t="I'm sorry. I can put the two charges back and cover the bank's fee. would you like the "
         "money back on your card, or sent to your account directly?", m="EOIQ"),
    dict(p=BE, s="heard", t="nine years you've been with us, and to be treated like this at the end is rotten. I'm sorry",
         m="AE"),
    dict(p=BE, s="commitment", t="I'm raising the overdraft reimbursement now, and I'll ring you friday morning to check "
         "it's landed in your account", m="OC"),
    dict(p=BE, s="heard", t="no need to get so worked up, it's only twenty odd quid", m="",
         v=["calm_down", "insult"]),
    dict(p=BE, s="options", t="Could I suggest we do the refund first while you're on the line, and then deal with the "
         "bank's charge? Or would you rather I did it the other way round?", m="OIQ"),
    dict(p=BE, s="heard", t="sorry, let me check I've followed, the chat team told you last week it was fixed?", m="AQ",
         n="hard negative: a check-back, not 'you're claiming'; 'sorry' is a politeness marker"),
    dict(p=BE, s="commitment", t="sorry if this has been stressful. the refund's going through today", m="OC",
         v=["non_apology"], n="'sorry if' is a non-apology; the refund with a time still counts"),
    dict(p=BE, s="heard", t="if you're going to the ombudsman anyway there's not much point me helping you, is there",
         m="", v=["threat_back"], n="withdraws help in answer to her threat; the tag is not a question"),

    # --- generic ---
    dict(p=None, s="vent", t="whats the name on the booking please", m="Q", v=["premature_details"]),
    dict(p=None, s="vent", t="can you stop talking for one second and let me get a word in", m="",
         v=["calm_down"], n="'stop talking' while they vent; a demand, not a question"),
    dict(p=None, s="heard", t="I'm hearing that you've rung four times, and each time you were promised someone "
         "would phone back and no one did. that's not on", m="A"),
    dict(p=None, s="heard", t="well, no one else has complained about it", m="", v=["doubt"]),
    dict(p=None, s="heard", t="is that the first time it's happened, or has this been going on a while?", m="Q",
         n="a question about their situation, not a remedy choice"),
    dict(p=None, s="heard", t="you're not the first to ring about this today, if that helps", m="", v=["dismissal"],
         n="meant as comfort, but minimises"),
    dict(p=None, s="heard", t="I can tell this has really knocked you for six", m="AE",
         n="like 'I can hear how upset you are' (rule 1)"),
    dict(p=None, s="heard", t="right. okay. so, what's your order number?", m="Q",
         n="after the venting, so not premature; bare 'okay' is not acknowledgement"),
    dict(p=None, s="options", t="Shall I put the full cost of the order back on your card, or get a fresh one to you "
         "by tomorrow? Either is fine by me.", m="OIQ"),
    dict(p=None, s="options", t="I can offer you a credit on the account, or swap the item for a new one, whatever suits "
         "you best", m="OI", n="invites a preference without a question"),
    dict(p=None, s="options", t="um so like there's a couple of ways we could go, I could refund the delivery or, um, or "
         "get it sent out again, up to you really", m="OI"),
    dict(p=None, s="options", t="I'll give you a full refund, you keep the item, and I'll add a voucher for your next "
         "five orders", m="O", v=["over_promise"]),
    dict(p=None, s="options", t="what I'd like to do is refund the delivery charge today. is that alright with you as a "
         "first step?", m="OIQ", n="'today' inside a proposal"),
    dict(p=None, s="options", t="before I suggest anything, what would a fair outcome look like to you?", m="IQ"),
    dict(p=None, s="options", t="I can't refund it until the item comes back, that's just the returns process", m="",
         v=["policy"]),
    dict(p=None, s="options", t="I'm sorry we've ended up here. I can send a replacement out today, or refund you in full, "
         "it's your call", m="EOI", n="'it's your call' invites a choice without a question"),
    dict(p=None, s="commitment", t="I'll chase the warehouse this afternoon and ring you by four with a dispatch date",
         m="C", n="chasing and a callback with a time: commitment, no remedy"),
    dict(p=None, s="commitment", t="the refund's been put through just now, and you'll have an email confirming it in "
         "the next half hour", m="OC"),
    dict(p=None, s="commitment", t="I've escalated it to my team leader and she's going to phone you before six "
         "tonight. sorry for the wait on this, honestly", m="EC"),
    dict(p=None, s="commitment", t="you have my word, this won't ever happen again, hand on heart", m="",
         v=["over_promise"], n="bare guarantee: over_promise without options (rule 5)"),
    dict(p=None, s="close", t="is there anything else I can do for you today?", m="Q",
         n="ending check: question, not asks_input (rule 6)"),
    dict(p=None, s="close", t="thanks for your patience, you've been really fair with me. you'll have the replacement by "
         "thursday", m="OCG"),
    dict(p=None, s="close", t="right, that's everything. cheers for bearing with me and sorry again it went the way it "
         "did", m="EG"),
    dict(p=None, s="close", t="Okay, bye then.", m="", n="curt, but no violation"),
    dict(p=None, s=None, t="that's not my problem", m="", v=["dismissal"]),
    dict(p=None, s=None, t="go on then, complain, see where it gets you", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="you're claiming you were never sent the confirmation email", m="", v=["accusation"]),
    dict(p=None, s="heard", t="I'm sorry if we've upset you", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="you've told me you've been waiting three weeks, you've had no updates, and you've had to "
         "put your plans on hold. I get it. thank you for explaining it so clearly", m="AG"),
    dict(p=None, s="heard", t="that's on the delivery company, they're contracted out, nothing to do with us", m="",
         v=["blame"]),
    dict(p=None, s="heard", t="okay look I hear you, honestly, and I'm sorry. let me make this right. would a refund "
         "today help, or have you got something else in mind?", m="AEOIQ"),
    dict(p=None, s="heard", t="oh bless you, that's awful. how long have you been without it?", m="EQ"),
    dict(p=None, s="options", t="I could knock the delivery charge off and get it to you by saturday, would that be any "
         "good?", m="OIQ", n="time inside an offer: not a commitment"),
    dict(p=None, s=None, t="whatever, fine", m="", v=["insult"], n="curt brush-off in kind"),
    dict(p=None, s="heard", t="I understand, and it's rubbish. but if you'd read the delivery email it did say it might "
         "be late", m="", v=["correcting"], n="'but' into correcting cancels acknowledge and empathise"),
    dict(p=None, s="heard", t="I- I'm so so sorry. you've been bounced from one department to the next and nobody's "
         "owned it. that stops with me", m="AE", n="'that stops with me' is an on-their-side phrase: no extra mark"),
    dict(p=None, s="commitment", t="I'm sending the replacement out on priority now, you'll have a tracking link by text "
         "before five, and thank you for bearing with us", m="OCG"),
    dict(p=None, s="options", t="I'm sorry you've had to keep chasing this. I can either refund it now or arrange a "
         "collection and exchange, which would you prefer?", m="AEOIQ",
         n="'sorry you've had to chase' is acknowledge and empathise (rule 14); 'now' inside a choice"),
]

write_batch(ITEMS, "fp", Path(__file__).with_name("replies_extra171.jsonl"))
