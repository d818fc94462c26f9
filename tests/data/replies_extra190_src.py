"""Source of `replies_extra190.jsonl`: batch 190, in the original set's style (tune split only).

Batch 190 was written by hand, one reply at a time, in the style of the original set, learned from a
copy of its tune part alone, without reading the judge's code or any other labelled batch. Its theme
is a cross-section: the original set's own mix of stages, personas, marks and faults. It has bare
back-channels while the customer vents ("mm.", "understood.", "of course, Mr Fairclough."), restatements
("so you booked the eight till twelve, sat in all morning, nobody came and nobody rang"), sincere and
non-apologies, offers and choices ("so two ways to go..."), commitments with and without a real time
("leave it with me, I'll sort it and get back to you"), thanks, and every kind of violation. Hard
negatives sit beside them: detail requests after venting, "sorry" as a politeness marker or for a
refusal, "option" with no offer, times inside a choice, "I hear you" said straight into a question,
sarcastic thanks and sympathy noises. Every persona, the generic `None`, and every stage appear, with
`heard` the most common; most are styled like a Whisper transcript, the rest properly punctuated.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra190.jsonl next to it (ids gi0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="mm.", m="", n="back-channel while she vents"),
    dict(p=MT, s="vent", t="god, that's rotten. sorry, keep going", m="E",
         n="sincere sympathy while letting her vent, as the original's 'god that's awful. sorry, go on'"),
    dict(p=MT, s="vent", t="can you just confirm the first line of the address for me", m="Q",
         v=["premature_details"]),
    dict(p=MT, s="vent", t="hang on, hang on, let me get a word in here", m="", v=["calm_down"],
         n="talking over her to make her stop: 'stop talking'"),
    dict(p=MT, s="heard",
         t="so you booked the eight till twelve, sat in all morning, nobody came and nobody rang. "
           "and then the exact same again the second time", m="A"),
    dict(p=MT, s="heard", t="that's two days holiday you've burned waiting on us. I'm really sorry Bernadette",
         m="AE"),
    dict(p=MT, s="heard", t="um so was it, was it the same engineer booked both times or", m="Q",
         n="trailing 'or' with no question mark: still a real question about her situation"),
    dict(p=MT, s="heard",
         t="to be fair the first visit was cancelled automatically by the system, it's not like someone "
           "just didn't bother", m="", v=["correcting"],
         n="explains the failure away to her: educating, not blame on a person"),
    dict(p=MT, s="heard", t="You took time off twice for an engineer who never showed. I'd be raging, honestly.",
         m="AE"),
    dict(p=MT, s="heard", t="I'm sorry you feel let down by our engineers", m="", v=["non_apology"]),
    dict(p=MT, s="heard",
         t="engineers work to a route, if a job overruns the next one slips, that's just how it works I'm afraid",
         m="", v=["policy"]),
    dict(p=MT, s="heard", t="yeah no that's, thats not on. the engineer should of rang you at the very least",
         m="A", n="'should of' mis-hearing; owns the failure without naming a feeling, so acknowledge only"),
    dict(p=MT, s="heard",
         t="Two mornings, two days' pay, and not one phone call from us. I'm so sorry, Bernadette. Thank you for "
           "giving us the chance to sort it instead of cancelling.", m="AEG"),
    dict(p=MT, s="heard", t="I'm sorry, I'm not being funny, but was it definitely booked for the morning?",
         m="", v=["doubt"], n="'sorry' as a politeness marker; the question is rhetorical doubt"),
    dict(p=MT, s="heard",
         t="okay so um let me just, let me get this straight, the first one was the eight to twelve, nobody "
           "came, and then the second one the same thing and you'd taken the day off again? I'm so sorry, "
           "honestly that's shocking", m="AEQ", n="check-back question, as the original's 'just so I'm clear'"),
    dict(p=MT, s="heard", t="honestly Bernadette it's one appointment, they'll get it right next time", m="",
         v=["dismissal"], n="minimising the missed visits; no name-calling, so dismissal rather than insult"),
    dict(p=MT, s="options",
         t="the full refund's not something I can authorise. the installation fee though, I can take that "
           "off, and put a month's credit on the account. is that a fair start?", m="OIQ",
         n="honest obstacle before the offer: not a policy wall (rule 11)"),
    dict(p=MT, s="options", t="so first slot, eight o'clock, any day this week or next. which day's good?",
         m="OIQ"),
    dict(p=MT, s="options", t="I'll refund the whole lot and pay your wages for both days, just send over your payslips",
         m="O", v=["over_promise"]),
    dict(p=MT, s="options", t="there's no compensation for missed appointments I'm afraid, that's the process",
         m="", v=["policy"]),
    dict(p=MT, s="options",
         t="I've- okay. I can waive the fee. and um, would a saturday be better, so you're not losing a work day again?",
         m="OIQ", n="mentions the lost work day only as a reason for the slot; no restatement, so no acknowledge"),
    dict(p=MT, s="commitment",
         t="Okay, that's done. The installation fee's off as of now, and you're first job Friday at eight. "
           "I'll text you the confirmation before I finish at five.", m="OC"),
    dict(p=MT, s="commitment", t="leave it with me, I'll sort it and get back to you", m="",
         n="promise with no time"),
    dict(p=MT, s="close",
         t="thanks Bernadette, and sorry again that you lost two days over us. so the engineer's with you "
           "friday, eight sharp", m="AEOCG",
         n="'sorry that you lost two days' names what happened (rule 14); confirmed slot with a time is O + C"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="right, and what did the tracking say after that?", m="Q",
         n="invites more of the story while he vents; not a details request"),
    dict(p=LE, s="vent", t="can you spell your surname for me", m="Q", v=["premature_details"]),
    dict(p=LE, s="vent", t="oh no, with your client waiting on it as well. I'm sorry, go on", m="AE",
         n="names the client waiting plus a sincere apology while letting him vent"),
    dict(p=LE, s="heard",
         t="so overnight, that's what you paid for, a compressor and a control board, and it's not moved since pickup. "
           "and the restaurant's sat there with no fridge", m="A"),
    dict(p=LE, s="heard", t="honestly parcels do go walkabout now and again, it'll probably turn up tomorrow", m="",
         v=["dismissal"], n="minimising; the time word is not a commitment"),
    dict(p=LE, s="heard",
         t="I can see it was collected but, um, there's nothing after that, which is. yeah. that's not good, I'm sorry",
         m="AE", n="'but' leads into the tracking facts, not into a violation, so nothing is cancelled"),
    dict(p=LE, s="heard", t="the courier's a separate firm so I can't really answer for what they've done with it",
         m="", v=["blame", "dismissal"]),
    dict(p=LE, s="heard", t="what's the restaurant saying, are they looking at other engineers?", m="Q"),
    dict(p=LE, s="heard", t="thanks for staying patient with me, I know every minute's costing you", m="AG",
         n="thanks plus what it is costing him, as the original's thanks for bearing with me + on hold ages"),
    dict(p=LE, s="heard",
         t="for the record, goods are only covered up to the liability limit, which you'd have agreed to when you booked",
         m="", v=["accusation", "correcting"]),
    dict(p=LE, s="heard", t="You paid extra for exactly this. Of course you're angry.", m="AE"),
    dict(p=LE, s="heard",
         t="your name's the one on the line with that restaurant, not ours, and that's a horrible spot to be in",
         m="AE"),
    dict(p=LE, s="heard", t="sorry for the delay with your parcel", m="E",
         n="understated, but a sincere apology for the actual event, not 'sorry you feel'"),
    dict(p=LE, s="heard", t="keep talking to me like that and you'll go straight back in the queue, pal", m="",
         v=["threat_back"]),
    dict(p=LE, s="commitment",
         t="I'm really sorry, Marcus. the express fee's back on your card as of now, and the courier'll have the "
           "parts at the restaurant by four. I'll ring you the minute they're signed for. thanks for sticking it "
           "out with me", m="EOCG"),
    dict(p=LE, s="heard", t="wow, thanks, really appreciate the language", m="", v=["insult"],
         n="sarcastic thanks is not gratitude"),
    dict(p=LE, s="options",
         t="what I can do is get replacement parts out to the restaurant by same-day courier, on us, and give "
           "you back the express charge. the lost business I can't touch. shall I get that moving?", m="OIQ"),
    dict(p=LE, s="options", t="I'll get a trace started on it", m="O",
         n="a trace is a remedy; no time, so no commitment"),
    dict(p=LE, s="options", t="we'll pay whatever the restaurant bills you, no questions asked", m="O",
         v=["over_promise"]),
    dict(p=LE, s="options",
         t="so two ways to go. I give you the express money back and we wait on the trace, or I courier replacements out "
           "this afternoon and keep chasing the original. what works best?", m="OIQ",
         n="'this afternoon' sits inside a choice: not a commitment (rule 3)"),
    dict(p=LE, s="options",
         t="okay so here's where I am. paying for business you might lose with the restaurant is beyond what I "
           "can do, I won't pretend otherwise, but replacement parts couriered out to them this afternoon at our "
           "cost, that I can do, and I'll put the express money back and open a trace on the original. does "
           "that help you with them at all?", m="OIQ",
         n="honest limit, not a wall; the time is inside 'I can', and the 'I'll' steps carry no time"),
    dict(p=LE, s="commitment",
         t="trace is logged, the reference is LX four nine two, and a courier's collecting the replacements "
           "from our depot at one", m="OC"),
    dict(p=LE, s="commitment", t="your express fee's being refunded as we speak, you'll see it in three to five days",
         m="OC", n="'as we speak' attached to a declared step counts as now"),
    dict(p=LE, s="close", t="cheers for bearing with me Marcus. the trace update'll be in your inbox by tomorrow lunchtime",
         m="CG"),
    dict(p=LE, s="close", t="hope the restaurant's happy with you again. take care", m="",
         n="warm sign-off: no thanks, no step, no mark"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="filler while she vents (rule 1)"),
    dict(p=EE, s="options",
         t="I'm sorry it took an email to our CEO to get this moving. I can put the service credit through for the "
           "quarter and get you a named account manager this week. would you want the root cause report before or "
           "after your board meets?", m="EOIQ",
         n="'sorry it took...' apologises for the event without naming what she went through: empathise only; "
           "'this week' sits inside an offer"),
    dict(p=EE, s="vent", t="before you go on, which site is this, is it the Ferrow warehouse account?", m="Q",
         v=["premature_details"], n="asking which account while she is still venting"),
    dict(p=EE, s="heard",
         t="three outages in one quarter, all three outside the SLA, and your warehouses stood idle every time",
         m="A"),
    dict(p=EE, s="heard", t="I'd be asking exactly the same questions if I were sitting where you are", m="E"),
    dict(p=EE, s="heard",
         t="with respect, emailing the CEO won't speed anything up, it all lands back on my desk anyway", m="",
         v=["correcting"], n="lecturing her on how to escalate, as the original's 'going over my head'"),
    dict(p=EE, s="heard",
         t="if legal's going to be involved then I'll have to end this call and pass you over to our solicitors",
         m="", v=["threat_back"]),
    dict(p=EE, s="heard",
         t="the third one was a power failure at the data centre, which is our hosting provider's problem rather than ours",
         m="", v=["blame"]),
    dict(p=EE, s="heard", t="which of the three hit you hardest, in terms of orders going out the door?", m="Q",
         n="choice question about her situation, not options"),
    dict(p=EE, s="heard", t="thank you for being this direct with me, genuinely, it makes my job easier", m="G"),
    dict(p=EE, s="heard", t="I appreciate you haven't walked already, and you'd be within your rights to", m="EG",
         n="validates her (as 'you'd have every right') and thanks her"),
    dict(p=EE, s="heard", t="three times now, and every single one you've had to chase us on. that's appalling from us",
         m="A"),
    dict(p=EE, s="heard", t="We're sorry for any inconvenience the recent outages have caused.", m="",
         v=["non_apology"]),
    dict(p=EE, s="heard", t="are you certain all three breached? the second one looks like it was inside the window",
         m="", v=["doubt"]),
    dict(p=EE, s="heard",
         t="yeah I mean its, I completely get it, youve got a board to answer to and were the reason your in that position",
         m="A", n="'were'/'your' mis-hearings; owns the cause, no feeling named"),
    dict(p=EE, s="heard", t="three outages, I know. I've got the log up in front of me", m="A",
         n="counts the outages back to her; no commitment"),
    dict(p=EE, s="options",
         t="On the table from me: the quarter's service credit, a dedicated account manager you can call by "
           "name, and a root cause analysis in writing. Releasing you from the contract isn't something I can "
           "do. Is that something you could take to your board?", m="OIQ"),
    dict(p=EE, s="options", t="I can let you out of the contract with no penalty if that's what you want", m="O",
         v=["over_promise"]),
    dict(p=EE, s="options", t="damages aren't something we pay, it's written in section twelve of your agreement",
         m="", v=["correcting"], n="pointing her to the contract is 'it's in the terms'"),
    dict(p=EE, s="options", t="would a monthly review with your account manager help, on top of the report?",
         m="OIQ"),
    dict(p=EE, s="commitment",
         t="your account manager's tom hale, he'll email you by end of today, and you'll get the root cause "
           "write-up on the twelfth at the latest", m="OC"),
    dict(p=EE, s="commitment", t="I'm taking this to my director straight after this call", m="C",
         n="escalation with a time: commitment only, not options (rule 4)"),
    dict(p=EE, s="close",
         t="Right. So to confirm: a service credit covering all three breaches goes on your next invoice, Tom Hale "
           "is your account manager from today and he'll call you tomorrow morning, and the root cause report "
           "lands in your inbox on Friday the twelfth. Thanks for letting us try to put it right.", m="OCG"),
    dict(p=EE, s="close", t="thanks for your time today, Eleanor. I'll let you get back to it", m="G"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="of course, Mr Fairclough.", m="", n="courteous back-channel"),
    dict(p=VC, s="vent", t="I do apologise. could you just confirm the sort code of the sending account?", m="EQ",
         v=["premature_details"], n="sincere apology, then a premature details request"),
    dict(p=VC, s="heard",
         t="you found out from the seller's solicitor before you'd heard a word from us. that's not how it should have gone",
         m="A"),
    dict(p=VC, s="heard", t="two days late on a completion. I can't imagine the calls you must have been making",
         m="AE", n="'can't imagine' is sympathy (rule 8)"),
    dict(p=VC, s="heard", t="oh come on, sir, it was a day or two, it's hardly the end of the world", m="",
         v=["insult"], n="sneering minimising said back to him: insult, as the original's "
                           "'a bit dramatic, it's one morning'"),
    dict(p=VC, s="heard", t="you're implying we held your funds deliberately", m="", v=["accusation"]),
    dict(p=VC, s="heard", t="sir, honestly, there's no call for language like that", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="how did the sellers take it, did you end up paying anything to keep the deal alive?",
         m="Q"),
    dict(p=VC, s="heard", t="I'm sorry you had to hear about it from their solicitor", m="AE", n="rule 14"),
    dict(p=VC, s="heard",
         t="I appreciate you're frustrated but you're not the only client with a completion this week", m="",
         v=["insult"], n="'but' into rudeness cancels the acknowledgement; insult, as the original's 'you're not "
                         "the only customer I've got today'"),
    dict(p=VC, s="heard",
         t="Mr Fairclough, I want to say first that this was a serious failure on our part. You had a completion "
           "deadline, you had the funds in place, and we held the transfer for two days without so much as a "
           "phone call. That isn't the service you should expect from us, and I'm sorry.", m="AE"),
    dict(p=VC, s="heard", t="um sorry, sorry, what was the um, the completion date again?", m="Q",
         n="'sorry' as a politeness marker; after venting, so not premature"),
    dict(p=VC, s="heard", t="our records show your instruction reached us after the cut-off, sir", m="",
         v=["accusation", "correcting"], n="evidence against the customer (rule 10)"),
    dict(p=VC, s="options",
         t="the fees on this transfer I can reverse straight away, and I'd like to give you a named senior banker "
           "with a direct line. shall I arrange both?", m="OIQ", n="'I can ... straight away' is an offer"),
    dict(p=VC, s="options", t="we'll refund the fees and cover whatever penalty the sellers charged you", m="O",
         v=["over_promise"]),
    dict(p=VC, s="options", t="it's simply not possible for me to bypass compliance, every client goes through the same checks",
         m="", v=["policy"]),
    dict(p=VC, s="options",
         t="the fee can come off today, or I move your next transfers onto priority handling from tomorrow, or "
           "both. what's your preference?", m="OIQ", n="times inside a choice: not a commitment"),
    dict(p=VC, s="commitment",
         t="the fee reversal's submitted, you'll see it by tomorrow, and Ms Okafor, who'll be your senior banker, "
           "rings you ten o'clock monday", m="OC"),
    dict(p=VC, s="commitment", t="I'll be sure to update you", m="", n="no time"),
    dict(p=VC, s="commitment",
         t="I'm flagging your accounts for expedited transfers as we speak, sir. it'll be live before you put the phone down",
         m="OC"),
    dict(p=VC, s="close", t="Thank you for your patience with us, Mr Fairclough, and for staying with the bank.",
         m="G"),
    dict(p=VC, s="close",
         t="so, fees reversed, expedited from tomorrow, and ms okafor on monday at ten. was there anything else at all?",
         m="OCQ", n="summary of dated steps; the ending check is a question, not asks_input (rule 6)"),
    dict(p=VC, s="heard",
         t="thank you for telling me about the solicitor's call, Mr Fairclough, I hadn't known that part. I'd have "
           "been mortified. what would you like to see from us now?", m="EGIQ",
         n="thanks for what he told us; no restatement of the failure, so no acknowledge"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="what's the serial number on the back of it", m="Q", v=["premature_details"]),
    dict(p=FT, s="vent", t="no. oh no, and with the kids. sorry, I'll let you finish", m="E"),
    dict(p=FT, s="vent", t="Kelly I need you to stop for a sec so I can find your record", m="", v=["calm_down"],
         n="telling her to stop talking; no detail asked for, so not premature_details"),
    dict(p=FT, s="heard",
         t="so it's had the repair, broken again, broken again, and the supervisor who was meant to ring you monday never did",
         m="A"),
    dict(p=FT, s="heard", t="I'm gonna be honest with you, I'd have thrown it out the window by now", m="E"),
    dict(p=FT, s="heard", t="the supervisors are a different department so I can't really say why they didn't ring",
         m="", v=["dismissal"]),
    dict(p=FT, s="heard", t="did you overload it at all? drum bearings go if it's overloaded", m="",
         v=["doubt", "correcting"], n="implies her error; not a real question"),
    dict(p=FT, s="heard",
         t="thanks for ringing back in. after how we've treated you I wouldn't have blamed you if you hadn't",
         m="EG", n="'wouldn't have blamed you' validates, as the original's 'I don't blame you'"),
    dict(p=FT, s="heard", t="Nobody rang you back. That's on us, full stop, and I'm sorry.", m="AE",
         n="owns the failure in so many words (rule 14)"),
    dict(p=FT, s="heard", t="I hear you. right, what's the model number on it?", m="Q",
         n="'I hear you' straight into a details request is not acknowledge (rule 13); after venting, not premature"),
    dict(p=FT, s="heard", t="it's a machine, love, they do pack up sometimes", m="", v=["dismissal"],
         n="minimising, as rule 9's 'they do break sometimes'"),
    dict(p=FT, s="heard",
         t="I'm sorry but I can't authorise a refund on that model. what I can do is get you a straight replacement",
         m="O", n="'sorry' for a refusal is not empathy; honest limit, not a wall (rule 11)"),
    dict(p=FT, s="heard",
         t="seven months old and it's been out of action more than it's worked. no wonder you've had enough", m="AE"),
    dict(p=FT, s="heard", t="I totally understand. but the engineer's report says it was fixed both times, so", m="",
         v=["doubt"], n="'but' into 'it says here' doubt cancels the acknowledgement"),
    dict(p=FT, s="heard",
         t="I know, I know, and I'm so sorry, I genuinely am, because you've done everything you were asked, you "
           "waited in for the engineer twice, you rang us when it went again, and then someone swore blind a "
           "supervisor would phone you and nobody did, and honestly in your shoes I'd be done with us", m="AE"),
    dict(p=FT, s="options",
         t="so it's either a new one of the same model plus two years' extra warranty, or the senior engineer "
           "comes out to you before friday. up to you", m="OI",
         n="'up to you' invites her choice without a question; the day sits inside the choice"),
    dict(p=FT, s="options", t="I could do you the newer model for the same money if you like?", m="OIQ",
         v=["over_promise"]),
    dict(p=FT, s="options", t="we only replace after a third failure, that's the rule I'm afraid", m="",
         v=["policy"]),
    dict(p=FT, s="options",
         t="Refund's a no from me, I won't mess you about. A like-for-like swap with the warranty extended though, "
           "that I can do. How's that sound?", m="OIQ"),
    dict(p=FT, s="commitment",
         t="okay so the senior engineer's booked wednesday between one and five, and I've put a note on for the "
           "supervisor to ring you tomorrow before ten", m="OC"),
    dict(p=FT, s="commitment", t="I'll personally make sure you get that callback this time", m="",
         n="'this time' is not a time or deadline"),
    dict(p=FT, s="commitment", t="the replacement's ordered. it comes thursday, and the old one goes back on the same van",
         m="OC"),
    dict(p=FT, s="close",
         t="thanks Kelly. new machine's coming thursday, and I'm really sorry it took three goes to get here",
         m="EOCG", n="'sorry it took three goes' apologises for the event without naming what she went through: "
                     "empathise only, as the original's 'sorry it's taken this long'"),
    dict(p=FT, s="options",
         t="I'm so sorry, Kelly. Broken twice since the repair, and then the supervisor's call on Monday never came. "
           "You shouldn't be the one chasing us. What would help most right now, a replacement or the senior "
           "engineer?", m="AEOIQ"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="oh dear. mm.", m="", n="listening noise, not naming her feeling"),
    dict(p=BE, s="vent", t="could I take the postcode on the account while you're telling me", m="Q",
         v=["premature_details"]),
    dict(p=BE, s="vent", t="That's dreadful, Mrs Ellison, I'm so sorry. Go on, take your time.", m="E"),
    dict(p=BE, s="heard",
         t="right, you'd cancelled, we took it twice after that anyway, and then chat told you last week it was "
           "all sorted when it wasn't",
         m="A"),
    dict(p=BE, s="heard", t="you'd cancelled, properly, and we took it anyway, twice, and you on a pension. I'm so sorry",
         m="AE"),
    dict(p=BE, s="heard", t="the chat team shouldn't have told you that, they're not trained on billing", m="",
         v=["blame"], n="fault-finding against another team, not ownership"),
    dict(p=BE, s="heard", t="well technically the second payment went out before your cancellation had processed",
         m="", v=["correcting"]),
    dict(p=BE, s="heard", t="hmm, I've got no record of you cancelling at all actually", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="I'm sorry if our billing caused any upset", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="I totally understand, and being told by chat it was fixed just makes it worse", m="A",
         n="understands and restates the chat failure; names no feeling, so acknowledge only"),
    dict(p=BE, s="heard", t="that's the bank's charge, not ours, you'd have to take it up with them", m="",
         v=["blame", "dismissal"]),
    dict(p=BE, s="heard", t="well if you'd rather go to the ombudsman, be my guest, it'll take them months", m="",
         v=["threat_back"], n="daring her to escalate: 'go ahead, sue us'"),
    dict(p=BE, s="heard", t="thank you for ringing again, I know you've already been through this once with chat",
         m="AG"),
    dict(p=BE, s="heard", t="on a pension that's a big chunk to lose. I'd be worried sick", m="AE"),
    dict(p=BE, s="commitment",
         t="I'm so sorry, Mrs Ellison. Both refunds are done, the overdraft fee's being paid back to you today, and "
           "I'll ring you on Thursday morning to check it's all landed.", m="EOC"),
    dict(p=BE, s="options",
         t="I can put both payments back and cover the bank's overdraft charge. would you like it back to the same card?",
         m="OIQ"),
    dict(p=BE, s="options", t="I'll refund it all and give you six months free on top for your trouble", m="O",
         v=["over_promise"]),
    dict(p=BE, s="options",
         t="I can't promise what your bank will do their end, but I can reimburse the fee myself. could you tell me "
           "roughly what they charged?", m="OQ", n="honest limit then offer; the question is a details request"),
    dict(p=BE, s="options", t="you'd need to pop that in writing to our complaints team, I'm afraid", m="",
         v=["policy"]),
    dict(p=BE, s="options",
         t="Right, Mrs Ellison, here's my suggestion, if that's alright with you. I'll put back both of the "
           "payments that went out after you cancelled, I'll pay you back the fee your bank charged, and I'll "
           "post you a letter confirming the subscription's finished so nothing more can leave your account. "
           "Would that put things right?", m="OIQ", n="'I'll' steps with no time: options, not commitment"),
    dict(p=BE, s="commitment",
         t="both refunds are going through now, and I'm posting a letter today confirming your subscription's closed",
         m="OC"),
    dict(p=BE, s="commitment", t="I'll sort the refund out for you later on", m="O",
         n="refund offered; 'later on' is not a time"),
    dict(p=BE, s="close", t="you've been ever so patient with me Mrs Ellison, thank you, you've been lovely about it", m="G"),
    dict(p=BE, s="close", t="sorry, can I just check your email for the confirmation letter?", m="Q",
         n="politeness 'sorry'; details at close are not premature"),

    # --- generic ---
    dict(p=None, s="vent", t="uh-huh", m=""),
    dict(p=None, s="vent", t="sorry to cut in, what's the best number to reach you on?", m="Q",
         v=["premature_details"]),
    dict(p=None, s="vent", t="please, just, just calm yourself a little", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="honestly, that's not good enough from us. I'm sorry", m="AE",
         n="owns the failure, as 'that's on us, and I'm sorry'"),
    dict(p=None, s=None, t="it sounds like nobody's taken ownership of this for you", m="A"),
    dict(p=None, s="heard", t="I get that you're annoyed, but shouting at me isn't going to fix it", m="",
         v=["calm_down"], n="'but' into 'no need to shout' cancels the acknowledgement"),
    dict(p=None, s="heard", t="right well if you'd read the email we sent, you'd have known about the change", m="",
         v=["correcting"]),
    dict(p=None, s="heard", t="I'd be up the wall too", m="E"),
    dict(p=None, s="heard", t="I really appreciate you hanging on with us through all this", m="G"),
    dict(p=None, s=None, t="I'm not being funny but you're the first person who's ever complained about this",
         m="", v=["doubt"]),
    dict(p=None, s="heard", t="*sighs* okay, go on, what else", m="", v=["insult"], n="transcribed sigh (rule 12)"),
    dict(p=None, s="heard",
         t="so, just so I've got it straight, you've been cut off three times and each time someone's said it's fixed?",
         m="AQ", n="check-back question"),
    dict(p=None, s="heard",
         t="I understand. look, I'll, I'll be honest, I don't know the answer yet but I'll find out", m="A",
         n="'but' leads into help, not a violation; no time, so no commitment"),
    dict(p=None, s="heard", t="no thanks needed, honestly, you've had a rotten time of it", m="E",
         n="'no thanks' is not gratitude; validating her bad time is empathy"),
    dict(p=None, s="options",
         t="there's a couple of things I could do, a credit on the account or a replacement sent out. which sounds "
           "better to you?", m="OIQ"),
    dict(p=None, s="options", t="what would seem fair to you?", m="IQ"),
    dict(p=None, s="options", t="I'll see what options there are", m="", n="'options' word, nothing offered"),
    dict(p=None, s="options", t="I can either refund it or, um, or we swap it. or if neither of those suit, tell me what would",
         m="OI", n="imperative invitation: asks_input without a question"),
    dict(p=None, s="options", t="I get it, and look, I can sort this for you now if you'll let me, refund or resend, your call",
         m="AOI", n="'I can ... now' inside an offer is not a commitment"),
    dict(p=None, s="commitment",
         t="I've logged it as a formal complaint and a team leader will ring you back before six tonight", m="C",
         n="callback with a time: commitment only (rule 4)"),
    dict(p=None, s="commitment",
         t="thank you for ringing about it, honestly. I've put the refund through just now and you'll get an email "
           "confirming it in the next half hour", m="OCG"),
    dict(p=None, s="close", t="is there anything else I can help with today?", m="Q", n="ending check (rule 6)"),
    dict(p=None, s="close", t="take care now, and thanks again for your patience", m="G"),
    dict(p=None, s=None, t="apologies for any inconvenience this may have caused", m="", v=["non_apology"]),
    dict(p=None, s=None, t="that's not something we deal with here", m="", v=["dismissal"]),
    dict(p=None, s=None, t="whatever", m="", v=["insult"]),
]

write_batch(ITEMS, "gi", Path(__file__).with_name("replies_extra190.jsonl"))
