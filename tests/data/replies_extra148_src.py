"""Source of `replies_extra148.jsonl`: batch 148, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is the
policy wall and correcting or educating the customer ("that's the process", "you'll need to put it
in writing", "the system won't let me", "technically the window's a guide", "as per the terms",
"if you'd read the cancellation email", "for future reference"), and blame laid on colleagues,
couriers, contractors, banks or the customer, often said softly or tucked inside an otherwise
helpful sentence that also carries marks. Against them sit hard negatives that sound close but are
not faults: honest limits (rule 11: "that's not mine to sign off, but here's what I can do"),
helpful information that does not correct the customer ("for future reference, this is my direct
line"), owning a failure while naming its cause ("the label got torn in our sorting, that's our
network"), clearing the customer ("you did exactly what we asked"), and explaining the next step
of a process without hiding behind it. The rest is the usual mix of marks, stages and other
violation kinds. About half the replies are styled like a Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra148.jsonl next to it (ids es0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician (Bernadette, broadband install missed twice) ---
    dict(p=MT, s="vent", t="mm-hm. okay, I'm getting all of this down", m="",
         n="back-channel while she vents"),
    dict(p=MT, s="vent", t="right before you go on, the booking reference'll be in the confirmation email we sent, "
         "can you read it out for me", m="Q", v=["premature_details"],
         n="details request during the vent; where to find it is information, not correcting"),
    dict(p=MT, s="heard", t="so um technically the install window is more of a guide than a guaranteed time, it does "
         "say that on the booking page", m="", v=["correcting"]),
    dict(p=MT, s="heard", t="it was the subcontractor who didn't turn up, we only do the booking side of it. I'll "
         "pass your comments on to them", m="", v=["blame"],
         n="'pass your comments on' is not a remedy"),
    dict(p=MT, s="heard", t="the engineer we sent got double booked, that's our scheduling, not his fault and "
         "definitely not yours. and then nobody rang you, which is worse. I'm so sorry", m="AE",
         n="hard negative: names the cause but owns it ('our scheduling') and clears the customer; not blame"),
    dict(p=MT, s="heard", t="if you'd like to claim for the lost wages you'll need to put that in writing to the "
         "complaints team, I'm not able to take it over the phone", m="", v=["policy"]),
    dict(p=MT, s="options", t="lost wages isn't something I'm able to sign off, I'll be upfront with you. but the "
         "install fee, I can wipe that, and there's a month's credit I can put on the account. does that feel like "
         "a start?", m="OIQ",
         n="hard negative (rule 11): honest limit, then a real offer; not a policy wall"),
    dict(p=MT, s="heard", t="for future reference if nobody's turned up by twelve you can ring the missed "
         "appointments line and they'll chase the engineer for you", m="", v=["correcting"],
         n="'for future reference' teaches her what she should have done; helpful tone, still correcting"),
    dict(p=MT, s="heard", t="you waited in both times, you did exactly what we asked you to, and we didn't hold up "
         "our end", m="A", n="hard negative: clears the customer; acknowledgement"),
    dict(p=MT, s="options", t="I've got a first slot at eight on tuesday or thursday, and the install fee's waived "
         "whichever you pick. which one's better for you?", m="OIQ"),
    dict(p=MT, s="options", t="the system won't let me book an exact time, it only does mornings or afternoons, so "
         "I'll put you in for the morning again", m="O", v=["policy"],
         n="rebooking is a remedy (rule 4) but 'the system won't let me' is a wall; no contrastive, both stand"),
    dict(p=MT, s="commitment", t="okay so that's done. the fee's off, you'll see the credit on your account by "
         "monday, and the engineer's got you as his first job wednesday, eight sharp", m="OC"),
    dict(p=MT, s="heard", t="um did you, did you have your phone on you? cause the engineer's put down that he rang "
         "you twice", m="", v=["doubt"], n="rhetorical, casts doubt on her account; not a real question"),
    dict(p=MT, s="heard", t="I'm sorry, but you did pick the eight till twelve slot yourself online, so that was the "
         "window you chose", m="", v=["correcting"], n="'but' into correcting cancels the apology"),
    dict(p=MT, s="close", t="thanks for sticking with us Bernadette. you'll get a text tonight with the engineer's "
         "name and a photo so you know who to expect", m="CG"),
    dict(p=MT, s="heard", t="honestly our dispatch team should of called you, that's literally their whole job, I "
         "don't know what they were doing", m="", v=["blame"],
         n="blaming colleagues; 'should of' mis-hearing"),
    dict(p=MT, s="heard", t="someone on our side should have phoned you both mornings and nobody did. that one's on "
         "us", m="A", n="hard negative: owns the colleagues' failure as 'us' rather than pointing at them"),
    dict(p=MT, s="heard", t="the installation fee's non refundable once the job's been scheduled, I'm afraid that's "
         "just how it's set up", m="", v=["policy"]),
    dict(p=MT, s="options", t="I'll give you the whole installation back, three months free, and cover whatever "
         "you lost at work, just send me a payslip", m="O", v=["over_promise"]),
    dict(p=MT, s="heard", t="two days off work for nothing. were they both unpaid? I'm so sorry", m="AEQ"),
    dict(p=MT, s="heard", t="look I'll be honest the contractor's given us no end of grief too, half our "
         "complaints this month are them. anyway I'll get the fee waived", m="O", v=["blame"],
         n="blame on the contractor; the waiver after it still counts (no time, so no commitment)"),
    dict(p=MT, s="heard", t="keep speaking to me like that and I'll be putting you on hold", m="",
         v=["threat_back"]),

    # --- lost-express (Marcus, compressor and board for a restaurant client) ---
    dict(p=LE, s="vent", t="right. right, go on", m=""),
    dict(p=LE, s="vent", t="can you give me the tracking number so I can look it up while you're talking", m="Q",
         v=["premature_details"]),
    dict(p=LE, s="heard", t="it's with the courier now so really it's them you'd need to chase, they're the ones "
         "who've lost it", m="", v=["blame", "dismissal"]),
    dict(p=LE, s="heard", t="we picked the courier and you paid us, so whatever happened in their depot it's our "
         "problem to sort out, not yours", m="A",
         n="hard negative: the courier is named but the failure is owned; not blame"),
    dict(p=LE, s="heard", t="as per the terms of carriage express is a target not a guarantee, so technically it's "
         "not late, it's just delayed", m="", v=["correcting"]),
    dict(p=LE, s="heard", t="I'm really sorry. the lost business claim has to go in writing to our claims "
         "department, I can give you the address", m="E", v=["policy"],
         n="no contrastive: the apology stands beside the wall (like rule 2)"),
    dict(p=LE, s="heard", t="paying out for the restaurant job is beyond what I can sign off, and I'd "
         "rather tell you now than string you along. but I'll tell you exactly what I can do", m="",
         n="hard negative (rule 11): honest limit, no remedy named yet; no mark, no violation"),
    dict(p=LE, s="options", t="so I'll put the express fee back on your card, open a trace, and if you want, "
         "courier a replacement compressor and board out to the restaurant this afternoon at our cost. shall I book "
         "that in?", m="OIQ", n="times inside a proposal awaiting his yes: offer, not commitment"),
    dict(p=LE, s="heard", t="the parts themselves are only covered up to the standard limit, you really should've "
         "taken the extra cover if they were worth that much", m="", v=["correcting"],
         n="the limit itself is honest; 'you should've taken' is the correcting part"),
    dict(p=LE, s="heard", t="I'll be straight with you, the parts are covered up to our standard limit, not beyond. "
         "I'll put that claim in for you myself today so you're not the one chasing it", m="OC",
         n="hard negative: stating the liability limit honestly is not a wall or correcting (rule 11)"),
    dict(p=LE, s="heard", t="no scan at all since collection. we've let you down there and I'm sorry, your client's "
         "been left waiting on parts you paid to get there overnight", m="AE"),
    dict(p=LE, s="heard", t="mate, no one guaranteed it'd be there for nine, overnight means some time the next day",
         m="", v=["correcting"]),
    dict(p=LE, s="heard", t="thank you for flagging it this early, it gives the trace a much better shot at finding "
         "it", m="G"),
    dict(p=LE, s="options", t="I'd rather not promise you a time the courier might not hit. but a replacement on a same "
         "day courier, at our cost, and refunding the express fee, those I can do. which matters more to you right now?",
         m="OIQ", n="honest limit before 'but', then help; not a wall"),
    dict(p=LE, s="heard", t="the depot's saying the label was damaged, so, to be honest it might've been the way it "
         "was packed", m="", v=["blame"], n="soft blame on the customer's packing"),
    dict(p=LE, s="heard", t="the depot's told me the label got torn in their sorting machine, which is nothing you "
         "could've done anything about. I'm sorry, that's our network", m="AE",
         n="hard negative: names the cause, clears the customer and owns it ('our network'); not blame"),
    dict(p=LE, s="commitment", t="right, the trace is raised, the express fee's refunded as of now, and the courier "
         "collects your replacement from our warehouse at one", m="OC"),
    dict(p=LE, s="heard", t="hang on you did put the restaurant's postcode on it and not your own? because that's "
         "normally why", m="", v=["correcting"], n="implies his error; not a real question"),
    dict(p=LE, s="close", t="so you've got the trace number, the refund's gone back and the courier's booked. "
         "anything else before I let you get back to your client?", m="OQ",
         n="summary of remedies done; no time, so no commitment; ending check is a question, not asks_input"),
    dict(p=LE, s="heard", t="I know it's not the answer you want but there's no compensation for lost business, "
         "it's there in black and white", m="", v=["policy"]),
    dict(p=LE, s="options", t="I'll send the replacement out by courier and I guarantee it's at the restaurant by "
         "three, you've got my word on that", m="OC", v=["over_promise"],
         n="a delivery time the courier controls, guaranteed"),
    dict(p=LE, s="heard", t="so the whole point was to get it there overnight and your client's been stood there "
         "with a dead fridge since this morning. I'd be sick about it", m="AE"),
    dict(p=LE, s="heard", t="what did the restaurant say to you, are they threatening to take the work elsewhere?",
         m="Q"),

    # --- escalated-exec (Eleanor, third SLA breach, emailed the CEO) ---
    dict(p=EE, s="vent", t="understood. carry on", m="", n="'understood' as a filler (rule 1)"),
    dict(p=EE, s="vent", t="sorry, could I just get the contract reference before we go into the detail", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="heard", t="technically the SLA is measured across the whole quarter, so until the quarter closes "
         "there isn't a breach as such", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="the first two were actually down to our hosting partner rather than our platform. this "
         "latest one I'll hold my hands up to", m="", v=["blame"],
         n="owns one outage but lays the other two on a supplier"),
    dict(p=EE, s="heard", t="a configuration change on our side took it down, and we've now done that to you three "
         "times this quarter. I'm not going to dress it up", m="A",
         n="hard negative: cause named and owned; acknowledgement"),
    dict(p=EE, s="heard", t="any request to exit the contract has to come through legal in writing, I'm not able to "
         "discuss that on a call", m="", v=["policy"]),
    dict(p=EE, s="heard", t="letting you out of the contract isn't within my authority, and I won't pretend it is. "
         "what I can put in front of you today is the service credit for the quarter and a named account manager",
         m="O", n="hard negative (rule 11): honest limit then an offer; no question asked"),
    dict(p=EE, s="heard", t="I'd have preferred it if you'd come to me before emailing the CEO. for future reference "
         "I'm your first point of contact", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="for future reference, this is my direct line, and from monday you'll have a named "
         "account manager as well, so you've always got someone to ring who can actually act", m="OC",
         n="hard negative: 'for future reference' leads into a remedy, not a lesson; 'from monday' attached to it"),
    dict(p=EE, s="heard", t="I'm sorry. three outages in one quarter, each of them past the SLA, and your warehouses "
         "at a standstill every time", m="AE"),
    dict(p=EE, s="options", t="I can apply the full quarter's service credit, name you an account manager this "
         "week, and have a root cause report with you by the twelfth. does that give you something to take to your "
         "board?", m="OIQ", n="dates inside an offer: not yet a commitment"),
    dict(p=EE, s="heard", t="um our ops team, they um, they didn't escalate it fast enough, that's where it fell "
         "down. it wasn't on my shift", m="", v=["blame"]),
    dict(p=EE, s="heard", t="I've read your email to our chief exec, and you're right on every point in it", m="A"),
    dict(p=EE, s="heard", t="as per clause nine, consequential damages are excluded, so that one's off the table I'm "
         "afraid", m="", v=["policy"],
         n="citing the contract to refuse is a wall; labelled policy, not correcting"),
    dict(p=EE, s="heard", t="our lawyers will be happy to talk to yours, if that's the way you'd rather go", m="",
         v=["threat_back"]),
    dict(p=EE, s="commitment", t="you'll have the root cause report in your inbox by five on the twentieth, and Tom "
         "Okafor, your account manager, will ring you at ten tomorrow", m="OC"),
    dict(p=EE, s="heard", t="the status page did show it as a known incident at the time, if that's any help", m="",
         v=["correcting"], n="soft: implies she should have checked the status page"),
    dict(p=EE, s="heard", t="the full incident timeline's up on the status page now, and I'll send you a copy "
         "directly within the hour so you don't have to dig for it", m="C",
         n="hard negative: helpful pointer, no implication she missed it; incident log is not an allowed remedy"),
    dict(p=EE, s="heard", t="I'm sorry you feel our response hasn't been up to standard", m="",
         v=["non_apology"]),
    dict(p=EE, s="options", t="I'll waive the termination fees, you can walk away whenever you like, no penalty",
         m="O", v=["over_promise"]),
    dict(p=EE, s="heard", t="thank you for giving me the detail on each outage, it means the root cause report can "
         "answer the questions you actually have", m="G"),
    dict(p=EE, s="close", t="thank you Eleanor. the credit's applied, Tom calls you at ten tomorrow, and the report "
         "lands by the twentieth. I'll check in with you myself on the twenty first", m="OCG"),
    dict(p=EE, s="heard", t="what's it cost you so far, operationally? I want the real figure in front of our "
         "senior people, not an estimate from our side", m="Q"),

    # --- vip-client (Julian, wire two days late, heard it from the seller's solicitor) ---
    dict(p=VC, s="vent", t="of course, sir. please go on", m=""),
    dict(p=VC, s="vent", t="before anything else I'll need to take you through security. could I have your date of "
         "birth", m="Q", v=["premature_details"]),
    dict(p=VC, s="heard", t="the instruction reached us after the cut off, sir, which is why it rolled over to the "
         "next working day", m="", v=["correcting"], n="tells him the lateness was his; no 'records show', so "
         "correcting alone"),
    dict(p=VC, s="heard", t="honestly the hold up was at the receiving bank's end, they sat on it, there's only so "
         "much we can do from here", m="", v=["blame", "dismissal"]),
    dict(p=VC, s="heard", t="it sat in our payments queue for two days and nobody picked up the phone to you, you "
         "had to hear it from the seller's solicitor. that's our failure, no one else's", m="A",
         n="hard negative: owning the failure; acknowledgement"),
    dict(p=VC, s="heard", t="I do apologise, but a complaint of that nature does need to be submitted in writing to "
         "our complaints unit", m="", v=["policy"], n="'but' into the wall cancels the apology"),
    dict(p=VC, s="options", t="I'm not able to compensate you for the purchase itself, sir, I'll be candid. I can "
         "reverse both transfer fees today and put you straight through to a senior banker, James Whitlow, from now "
         "on. would you like that?", m="OIQ", n="hard negative (rule 11): honest limit, then an offer"),
    dict(p=VC, s="heard", t="the system automatically flags large transfers sir, it's not something any of us can "
         "override", m="", v=["policy"]),
    dict(p=VC, s="heard", t="just so you're aware for next time, sir, completion funds are best sent the day "
         "before", m="", v=["correcting"]),
    dict(p=VC, s="heard", t="so that it never happens to you again I'm setting your accounts up for same day "
         "expedited transfers, and that'll be live by tomorrow morning", m="OC",
         n="hard negative: looks like 'for next time' advice but is a remedy we take on"),
    dict(p=VC, s="heard", t="the relationship team should have rung you, that's not my desk sir, I'm payments",
         m="", v=["blame", "dismissal"]),
    dict(p=VC, s="heard", t="I'm mortified you heard it from the solicitor and not from us. you should never have "
         "been the last to know", m="AE"),
    dict(p=VC, s="heard", t="if you don't mind my asking, did the sellers agree to hold completion, or is it still "
         "up in the air?", m="Q"),
    dict(p=VC, s="commitment", t="the fees are reversed as of this afternoon, and James Whitlow will ring you by ten "
         "tomorrow with his direct number", m="OC"),
    dict(p=VC, s="heard", t="with respect sir, I've checked, and our side processed it within the standard "
         "timescale", m="", v=["doubt"], n="'our side was fine' doubts his account (like 'it says here...')"),
    dict(p=VC, s="heard", t="the bank regrets the inconvenience caused by the processing delay", m="",
         v=["non_apology"]),
    dict(p=VC, s="heard", t="thank you for staying with us sir, after this I'd have understood if you hadn't", m="EG",
         n="validates his wish to leave: empathy with the thanks"),
    dict(p=VC, s="options", t="I'll make sure every transfer you ever make lands within the hour, I'll personally "
         "guarantee it", m="O", v=["over_promise"]),
    dict(p=VC, s="heard", t="yes, well, sir, raising your voice at me won't make the money move any quicker", m="",
         v=["calm_down"]),
    dict(p=VC, s="heard", t="you put the instruction in in good time, sir. you did nothing wrong here", m="A",
         n="hard negative: clears the customer"),
    dict(p=VC, s="close", t="thank you for your patience this afternoon, sir. James will be in touch first thing "
         "tomorrow, and the fees will have cleared back to you by then", m="OCG"),
    dict(p=VC, s="heard", t="well, sir, to be fair any other bank would have run exactly the same compliance checks",
         m="", v=["correcting"]),
    dict(p=VC, s="heard", t="so um your funds were ready, the instruction was in, and you still found out from the "
         "other side's solicitor. I'd be livid, honestly", m="AE"),

    # --- failed-twice (Kelly, washing machine, no supervisor callback) ---
    dict(p=FT, s="vent", t="what's the serial number on the back of the machine, it's on a little sticker", m="Q",
         v=["premature_details"]),
    dict(p=FT, s="heard", t="the supervisor who promised you that callback isn't exactly known for it, honestly, "
         "you're not the first", m="", v=["blame"], n="soft dig at a colleague"),
    dict(p=FT, s="heard", t="the supervisor was off on tuesday and nobody picked up her calls, which is a failure on "
         "our part. you should have had that call", m="A",
         n="hard negative: the cause is named, the failure is owned; not blame"),
    dict(p=FT, s="heard", t="these machines need the filter cleaning out every month, it does say in the manual, "
         "nine times out of ten that's what it is", m="", v=["correcting"]),
    dict(p=FT, s="heard", t="the engineers that came out are an outside firm, so the repairs themselves aren't "
         "really down to us", m="", v=["blame"]),
    dict(p=FT, s="heard", t="two repairs by our engineers and it's failed both times, so clearly we haven't fixed it "
         "properly", m="A", n="hard negative: owns the repairs"),
    dict(p=FT, s="options", t="an upgrade's beyond me to sign off, I won't string you along. the two I'm able to give you "
         "are a new machine, identical model, plus a two year warranty extension, or a senior engineer out before "
         "friday with a loan machine while he fixes yours. any preference?", m="OIQ",
         n="hard negative (rule 11): honest limit, not a wall"),
    dict(p=FT, s="heard", t="I'm afraid any refund requires the machine to be inspected first, that's the "
         "procedure", m="", v=["policy"]),
    dict(p=FT, s="heard", t="if you'd rung the repair line instead of sales you'd have got your callback", m="",
         v=["correcting"]),
    dict(p=FT, s="heard", t="I'm so sorry about the callback. nobody rang, and you were left with a broken machine and "
         "a house full of washing", m="AE"),
    dict(p=FT, s="commitment", t="I've booked the senior engineer for thursday morning and a loan machine's coming "
         "with him. I'll text you the time slot by six tonight", m="OC"),
    dict(p=FT, s="heard", t="are you definitely using it on the right setting though", m="", v=["doubt"]),
    dict(p=FT, s="heard", t="how are you getting on with the kids washing, are you having to go to the launderette?",
         m="Q"),
    dict(p=FT, s="heard", t="it's not that I don't believe you, it's just our records say the callback was made",
         m="", v=["doubt"]),
    dict(p=FT, s="options", t="tell you what I'll get you the newer model and give you your repair money back",
         m="O", v=["over_promise"]),
    dict(p=FT, s="heard", t="so what happens now is I book the senior engineer, he brings a loan machine, and if he "
         "can't fix it on the day we go straight to a replacement, same model. I'll confirm the day with you before "
         "five", m="OC",
         n="hard negative: explains the process as a next step, not a wall"),
    dict(p=FT, s="heard", t="I appreciate you ringing back Kelly, you shouldn't of had to chase us for a callback "
         "we promised you", m="AEG",
         n="'shouldn't have had to' + what she went through: acknowledge and empathise (rule 14); 'of' mis-hearing"),
    dict(p=FT, s="heard", t="that's the third time it's gone on you. I get it, I'd of lost patience with us too",
         m="AE", n="'I'd of' mis-hearing"),
    dict(p=FT, s="heard", t="I can only go by what the engineer wrote on his report, which is that it was fixed",
         m="", v=["doubt"]),
    dict(p=FT, s="close", t="that's your replacement arriving monday with the extended warranty on it. thanks for "
         "sticking it out with us, Kelly", m="OCG"),
    dict(p=FT, s="heard", t="you'll have to contact the manufacturer directly about the warranty, we just sell them",
         m="", v=["dismissal"]),

    # --- billing-error (Margaret, cancelled, charged twice, overdraft fee) ---
    dict(p=BE, s="vent", t="and what's the email address on the account, Margaret", m="Q",
         v=["premature_details"]),
    dict(p=BE, s="heard", t="the chat agent last week shouldn't have told you it was fixed, they don't even have "
         "access to billing, I don't know why they said that", m="", v=["blame"]),
    dict(p=BE, s="heard", t="last week we told you it was sorted and it wasn't. that's on us as a company, and I'm "
         "sorry you've had to ring us again", m="AE",
         n="hard negative: the chat team's mistake owned as 'we'; rule 14"),
    dict(p=BE, s="heard", t="the cancellation doesn't go through till the next billing date, so the first charge "
         "was technically correct", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="you cancelled, you did it properly, and we charged you twice regardless", m="A",
         n="hard negative: clears the customer"),
    dict(p=BE, s="heard", t="if you'd read the cancellation email it does say one more payment may be taken", m="",
         v=["correcting"]),
    dict(p=BE, s="heard", t="I'm resending your cancellation email now, and it'll say in writing that nothing else "
         "will come out, so you've got it for your records", m="C",
         n="hard negative: mentions the email without saying she missed it; a written confirmation alone is "
         "commitment, not options (like the letter for the bank)"),
    dict(p=BE, s="heard", t="the overdraft fee is between you and your bank, we can't be held responsible for what "
         "they charge", m="", v=["blame"]),
    dict(p=BE, s="heard", t="your bank only charged you because we took money we shouldn't have, so that fee's ours "
         "to pay back, not yours", m="AO", n="hard negative: bank named, failure owned; offers the reimbursement"),
    dict(p=BE, s="options", t="both charges back, plus the overdraft fee. do you want that as one payment, or the "
         "overdraft part separately so it's easy to match up on your statement?", m="OIQ"),
    dict(p=BE, s="heard", t="I can only refund one of the charges, the system won't let me reverse the first one",
         m="O", v=["policy"], n="a partial refund is still an offer; the wall stands beside it"),
    dict(p=BE, s="heard", t="this screen only lets me do one refund at a time, so I'm putting the first through now "
         "and the second straight after, and you'll have both confirmed by email before we hang up", m="OC",
         n="hard negative: an honest obstacle with the way round it; not 'the system won't let me'"),
    dict(p=BE, s="commitment", t="both charges are refunded now, the overdraft fee will be back with you by friday, "
         "and I'll post the letter confirming your cancellation today", m="OC"),
    dict(p=BE, s="heard", t="apologies if you feel we've been unfair to you", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="a lot of people forget to cancel the direct debit at the bank end as well, so it's "
         "worth doing that", m="", v=["correcting"], n="helpful-sounding, but implies her oversight"),
    dict(p=BE, s="heard", t="that must be so worrying on a pension, seeing your account go overdrawn like that",
         m="AE"),
    dict(p=BE, s="heard", t="thank you for your patience Margaret, and for explaining it all so clearly", m="G"),
    dict(p=BE, s="heard", t="to be fair on us, the overdraft side is really one you'd need to take up with your bank",
         m="", v=["dismissal"]),
    dict(p=BE, s="options", t="I'll refund it all and give you six months free for your trouble", m="O",
         v=["over_promise"]),
    dict(p=BE, s="heard", t="I promise you it will never come out of your account again, hand on heart", m="",
         v=["over_promise"], n="bare guarantee: over_promise without options (rule 5)"),
    dict(p=BE, s="close", t="thank you ever so much for hanging on Margaret. the refund's done and you'll have "
         "the letter by thursday. is there anything else worrying you?", m="OCGQ"),

    # --- generic ---
    dict(p=None, s="heard", t="that's the process unfortunately, it has to go to the review team first", m="",
         v=["policy"]),
    dict(p=None, s="heard", t="I'm afraid you'll need to email that in, we can't action complaints over the phone",
         m="", v=["policy"]),
    dict(p=None, s="heard", t="you don't need to write in or fill anything out. I've logged it myself, and you'll "
         "have the complaint reference by email in the next ten minutes", m="C",
         n="hard negative: the opposite of 'put it in writing'; a logged complaint is not a remedy"),
    dict(p=None, s="heard", t="you've spoken to three of us already and no one's fixed it. I'm sorry", m="AE"),
    dict(p=None, s="heard", t="technically your outside the returns window, but I'll see what I can do", m="",
         v=["correcting"], n="'your' mis-hearing; 'see what I can do' is not an offer"),
    dict(p=None, s="options", t="that's not mine to authorise, honestly, but here's where I can help. the delivery "
         "charge, I can take that off now, and a replacement can go out to you tomorrow. would that help?", m="OIQ",
         n="hard negative (rule 11); 'I can ... now' inside a proposal is an offer"),
    dict(p=None, s="heard", t="the warehouse picked the wrong item, that's nothing to do with us on the phones", m="",
         v=["blame"]),
    dict(p=None, s="heard", t="the warehouse picked the wrong item, and that's still us, you ordered it from us. "
         "I'm sorry", m="AE", n="hard negative: the same cause, owned"),
    dict(p=None, s="heard", t="in fairness the email did tell you it would take ten working days", m="",
         v=["correcting"]),
    dict(p=None, s="heard", t="the system won't let me override that, I'm afraid", m="", v=["policy"]),
    dict(p=None, s="heard", t="I'm not able to waive that myself, it needs a team leader, so I'm putting you through "
         "to Sam now and I'll stay on the line till she picks up", m="C",
         n="hard negative: honest limit plus a next step with 'now'; escalation is commitment only (rule 4)"),
    dict(p=None, s="heard", t="um yeah that'll be the bank's doing not ours, they hold payments sometimes", m="",
         v=["blame"]),
    dict(p=None, s="heard", t="for future reference you can do all of this in the app, it's loads quicker", m="",
         v=["correcting"]),
    dict(p=None, s="heard", t="just so you know, there's nothing you need to do from here. I'll handle it, and I'll "
         "ring you before five", m="C",
         n="hard negative: 'nothing you need to do' takes work off the customer; not 'nothing I can do'"),
    dict(p=None, s="heard", t="sorry if there was any misunderstanding about the terms", m="", v=["non_apology"],
         n="'sorry if' non-apology (like 'any confusion with your billing'); not corrective enough for correcting"),
    dict(p=None, s="vent", t="hold on, hold on, just so I can pull you up, what's the reference", m="Q",
         v=["premature_details"]),
    dict(p=None, s="heard", t="I hear you, but the rules apply to everybody, I can't make an exception", m="",
         v=["policy"], n="'but' into the wall cancels 'I hear you'"),
    dict(p=None, s="options", t="I could put a credit on the account straight away, or get a new one sent out next "
         "day. up to you", m="OI", n="imperative invitation; no question mark, no real question"),
    dict(p=None, s="commitment", t="I've put the refund through, it'll show in three to five working days, and I'm "
         "emailing you the confirmation now", m="OC"),
    dict(p=None, s="close", t="thanks for bearing with me there, honestly, it's appreciated", m="G"),
    dict(p=None, s=None, t="that was never going to work, was it. you should've called us first", m="",
         v=["correcting"], n="tag 'was it' is not a question"),
    dict(p=None, s=None, t="I'm sorry we made you chase this", m="AE",
         n="'sorry' + what they went through (rule 14)"),
    dict(p=None, s="heard", t="just to explain what happens next, the claim goes to our review team today, they'll "
         "call you by wednesday, and I'll check in with them tuesday so there are no surprises", m="C",
         n="hard negative: explains the process and owns a step in it; not 'that's the process'"),
    dict(p=None, s="heard", t="the courier's left a card apparently. did you not get it?", m="", v=["doubt"],
         n="rhetorical disbelief, not a real question"),
    dict(p=None, s="vent", t="calm down a sec, I can't follow you when you're going this fast", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="I totally get it. you wanted it sorted first time, and it wasn't", m="A"),
    dict(p=None, s="options", t="what would put this right for you, given everything?", m="IQ"),
    dict(p=None, s="heard", t="[sighs] okay. what is it you actually want me to do", m="", v=["insult", "dismissal"],
         n="sigh (rule 12) then a hostile question, not asking for input"),
    dict(p=None, s="heard", t="for the record, you were told ten working days when you placed the order", m="",
         v=["accusation", "correcting"]),
    dict(p=None, s="heard", t="none of this is down to you. you've done everything you were asked, and then some",
         m="A", n="hard negative: clears the customer (rule 14)"),
    dict(p=None, s="heard", t="I- I'd be just as fed up, honestly. thank you for ringing rather than just giving up "
         "on us", m="EG"),
    dict(p=None, s="options", t="I know you wanted a full refund after being messed about like this, and fair enough. I can't go that far on my own, but I can "
         "take the delivery charge off and knock ten percent off the rest. is that something you'd be okay with?", m="AOIQ",
         n="honest limit (rule 11); names the demand and what she went through: acknowledge, as the original's "
         "'I know you said full refund, and I get why'"),
    dict(p=None, s="heard", t="sorry, can I just check, when did they tell you it would be fixed?", m="Q",
         n="'sorry' as politeness; a real question about her situation, not doubt"),
]

write_batch(ITEMS, "es", Path(__file__).with_name("replies_extra148.jsonl"))
