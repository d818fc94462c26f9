"""Source of `replies_extra26.jsonl`: a twenty-sixth batch of hand-written trainee replies (tune split only).

A cross-section written as if from whole calls, in the style and labelling habits of the tune part
of `replies.jsonl`: for each of the six personas, three to five different trainees (nervous,
scripted, blunt, chatty, defensive, excellent) take a call from the vent to the close, and their
replies are written turn by turn with the stage set accordingly; a few generic replies (persona
None) sit beside them. Roughly a quarter of the replies acknowledge, a quarter empathise and a
quarter offer options, and about a third carry a violation, spread over all twelve kinds. Options
come in many forms (remedies offered without the word "option", choices as questions, a single
concrete offer, "what I can do is..."), next to their hard negatives: promising to look into it,
escalating, explaining what happened, a hedged "I could maybe see about...", and offering what the
persona forbids (over_promise).

Written one at a time by someone who had not read the held-back part of `replies.jsonl`, the
judge's code, or any other batch except `replies_extra8_src.py` (for the format). Whisper-style
text (lowercase, fillers, false starts, the odd mis-hearing) for about half, properly punctuated
for the rest. Nothing is generated from a template. Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from
tests/data writes `replies_extra26.jsonl` next to it (ids l0001…, split "tune") and prints
per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ================================================================ missed-technician (Bernadette)
    # ---------------------------------------------------------------- trainee: nervous
    dict(p=MT, s="vent", t="oh- okay. okay yeah, go on", m=""),
    dict(p=MT, s="vent", t="um sorry can I just grab the um account number off you first so I can bring it up", m="Q",
         v=["premature_details"], n="'sorry' is a politeness marker; a details request while she is still venting"),
    dict(p=MT, s="heard", t="I'm- I'm really sorry, that's two whole mornings you sat in for nothing", m="AE"),
    dict(p=MT, s="heard", t="oh god, and your supervisor's already made a comment about it. I'm so sorry, that's a horrible worry on top of everything", m="AE"),
    dict(p=MT, s="heard", t="what um what would help the most right now", m="IQ", n="asks her preference; no question mark"),
    dict(p=MT, s="options", t="um I'm honestly not sure what I'm allowed to do, I'd have to ask my team leader and get back to you", m="",
         n="no remedy and no time: a hedge, not an offer; honest, so not labelled dismissal"),
    dict(p=MT, s="options", t="okay so I've checked and I can take the installation fee off and put a months credit on your account. is that um, is that okay?", m="OIQ"),
    dict(p=MT, s="commitment", t="so that's uh eight o'clock tuesday, first slot, and I'll text the confirmation over in the next ten minutes", m="OC",
         n="confirming the rebooked first slot is a remedy; the text has a time"),
    # ---------------------------------------------------------------- trainee: defensive
    dict(p=MT, s="vent", t="our records show the technician did attend, at eleven forty", m="", v=["doubt", "accusation"],
         n="contradicts her with the records while she vents"),
    dict(p=MT, s="heard", t="I'm sorry nobody rang, but to be fair the app did say he was running late, if you'd had notifications on you'd of seen it", m="",
         v=["correcting"], n="'but' leads into correcting and cancels the apology; 'you'd of' mis-hearing"),
    dict(p=MT, s="heard", t="look I get that you're upset but it was the scheduling team that messed this up, not me", m="", v=["blame"],
         n="'but' leads into blame and cancels 'I get that you're upset'"),
    dict(p=MT, s="options", t="I can't refund everything, I'll be upfront about that. what I can do is waive the installation fee and book you first slot", m="O",
         n="honest obstacle, not a policy wall"),
    dict(p=MT, s="commitment", t="fine, it's booked, thursday eight am. if he doesn't show again that's between you and the contractor", m="OC",
         v=["dismissal"], n="booked slot with a time, then ducks any future miss onto her and the contractor"),
    # ---------------------------------------------------------------- trainee: excellent
    dict(p=MT, s="vent", t="Mm. And nobody rang you either time. Go on, I'm listening.", m="A", n="restates one main point while letting her vent"),
    dict(p=MT, s="heard", t="So you took two days off, sat through the whole eight-to-twelve window both times, and not one call or text from us. I'd be fuming. I'm really sorry.", m="AE"),
    dict(p=MT, s="heard", t="Thank you for going through it all again. Can I ask, were those days paid or unpaid for you?", m="GQ"),
    dict(p=MT, s="heard", t="That's two days' wages, then, on top of everything else. No wonder you're angry.", m="AE"),
    dict(p=MT, s="options", t="Here's what I'd like to do. I'll waive the installation fee, put a month's credit on your account, and book you the eight o'clock slot, first job of the day, so there's no window to sit through. Which day suits you?", m="OIQ",
         n="'I'll' inside a proposal with no time: options, not commitment"),
    dict(p=MT, s="commitment", t="Right, Friday at eight is booked and flagged as guaranteed. The fee's off from today, and I'll ring you by five tomorrow with the engineer's name. Thanks for bearing with me while I sorted it.", m="OCG"),
    dict(p=MT, s="close", t="Thank you for giving us another go, Bernadette. I'll call you on Friday afternoon to make sure everything's working. Is there anything else I can help with?", m="CGQ",
         n="ending check is a question, not asks_input"),
    # ---------------------------------------------------------------- trainee: blunt and chatty
    dict(p=MT, s="heard", t="yeah no that's rubbish, I'd be well annoyed if I'd booked two days off for that", m="AE"),
    dict(p=MT, s="heard", t="shouting at me isn't going to get him round any quicker is it", m="", v=["calm_down"], n="rhetorical; tells her to stop shouting"),
    dict(p=MT, s="options", t="look, you've been mucked about twice and that's on us, sorry. the fee's gone, there's a month's credit going on, and I'll get you eight o'clock first job. what day", m="AEOIQ",
         n="'what day' asks her preference; no time on the steps, so no commitment"),
    dict(p=MT, s="options", t="right I can do a saturday, so you're not taking more time off, or a weekday at eight, first job. up to you", m="OI",
         n="choice of visits; 'up to you' invites her preference without a question"),
    # ---------------------------------------------------------------- trainee: chatty
    dict(p=MT, s="options", t="tell you what I'll just refund you everything you've paid and do the install for nothing, how's that", m="OIQ",
         v=["over_promise"], n="full refund is beyond the bargain"),

    # ================================================================ lost-express (Marcus)
    # ---------------------------------------------------------------- trainee: scripted
    dict(p=LE, s="vent", t="Thank you for calling. Before we begin, could I take the consignment number, please?", m="GQ", v=["premature_details"],
         n="scripted 'thank you for calling' kept as gratitude, as in the tune part; details while he vents"),
    dict(p=LE, s="heard", t="I do apologise for any inconvenience the delay to your parcel may have caused.", m="", v=["non_apology"]),
    dict(p=LE, s="heard", t="I understand that your parcel has not arrived and that the tracking has not updated since it was collected.", m="A",
         n="stiff, but it says the complaint back"),
    dict(p=LE, s="heard", t="I'm sorry, Mr Adeyemi. I can hear how much pressure your client is putting on you.", m="AE"),
    dict(p=LE, s="options", t="I can raise an investigation with the depot for you. These usually take up to five working days.", m="O",
         n="an investigation on the lost parcel is the trace; the five days describe the process, not a commitment"),
    dict(p=LE, s="options", t="Unfortunately, loss of business is excluded under our terms and conditions.", m="", v=["policy"],
         n="the terms used as a wall, with nothing offered"),
    dict(p=LE, s="commitment", t="I've opened the investigation now, and the reference will be emailed to you within the hour.", m="OC"),
    # ---------------------------------------------------------------- trainee: excellent
    dict(p=LE, s="vent", t="mm. collected and then nothing. okay, keep going", m="A", n="restates the main point while he vents"),
    dict(p=LE, s="heard", t="so you paid for overnight so your client would have his parts this morning and now hes on at you and your stuck with nothing to tell him. that's a horrible spot, I'm really sorry", m="AE",
         n="'your stuck' mis-hearing"),
    dict(p=LE, s="heard", t="how's the restaurant coping right now, are they okay for today", m="Q"),
    dict(p=LE, s="heard", t="what do you need most right now, the parts there or something you can tell the chef", m="IQ",
         n="asks his priority; names no remedy"),
    dict(p=LE, s="options", t="okay so what I can do is get a same day courier to take a replacement compressor and board to the restaurant at our cost, refund your express fee, and open a trace on the original. do you want me to get the courier booked first", m="OIQ"),
    dict(p=LE, s="commitment", t="right that's booked, the courier collects from your unit at one and I'll text you the drivers details in the next quarter of an hour. and honestly I'm sorry again you've been put in this spot with him", m="EOC",
         n="'sorry you've been put in this spot' is about the actual event: sincere"),
    dict(p=LE, s="close", t="thanks for sticking with me marcus, honestly. I'll ring you at four with where the trace is at", m="CG"),
    # ---------------------------------------------------------------- trainee: blunt
    dict(p=LE, s="vent", t="sir sir can you stop shouting for a second", m="", v=["calm_down"]),
    dict(p=LE, s="heard", t="are you sure it was express you paid for, cause it's showing standard on here", m="", v=["doubt"]),
    dict(p=LE, s="heard", t="the courier's a third party firm so honestly the loss is on them not us", m="", v=["blame"]),
    dict(p=LE, s="options", t="I can refund the express fee. the parts you'd have to claim for, and that only goes up to the liability limit", m="O",
         n="honest limit, not a policy wall"),
    dict(p=LE, s="heard", t="if you want to go to trading standards go for it mate", m="", v=["threat_back"]),
    dict(p=LE, s="options", t="look I'm sorry marcus, you trusted us with your clients parts and we've left you looking bad. what I can do is get replacements out to him today by courier, on us. want me to do that", m="AEOIQ",
         n="the same trainee recovering later in the call; 'I can ... today' is an offer"),
    # ---------------------------------------------------------------- trainee: chatty
    dict(p=LE, s="heard", t="aw no I'd be gutted. with the chef ringing you every twenty minutes as well, I'd be pulling my hair out", m="AE"),
    dict(p=LE, s="options", t="don't you worry, we'll cover whatever you lose with the restaurant, and I'll make sure the replacement's there by five on the dot", m="OC",
         v=["over_promise"], n="lost business and a delivery time the courier controls"),
    dict(p=LE, s="heard", t="thank you so much for being patient with me, I'm a bit slow on this system", m="G"),
    dict(p=LE, s="commitment", t="I'll get someone to look into where it's gone and they'll get back to you", m="", n="vague promise: no remedy, no time"),

    # ================================================================ escalated-exec (Eleanor)
    # ---------------------------------------------------------------- trainee: scripted
    dict(p=EE, s="heard", t="We regret that you have experienced service disruption this quarter.", m="", v=["non_apology"]),
    dict(p=EE, s="heard", t="Thank you for raising this. I'm afraid contract exit is handled by our legal team, and you'd need to put the request to them in writing.", m="G",
         v=["policy"], n="'put it in writing' wall; the thanks before it stands"),
    dict(p=EE, s="heard", t="Which of the three incidents hit your operation hardest?", m="Q"),
    dict(p=EE, s="options", t="Under the SLA you're entitled to a service credit for the quarter, and I can apply that today.", m="O",
         n="'I can ... today' is an offer"),
    dict(p=EE, s="commitment", t="I will raise this with my manager.", m="", n="escalation with no time"),
    # ---------------------------------------------------------------- trainee: excellent
    dict(p=EE, s="vent", t="Understood. Three outages, three breaches. Please go on.", m="A", n="'understood' alone would be a filler; the restatement makes it acknowledgement"),
    dict(p=EE, s="heard", t="And you had to write to our chief executive just to be taken seriously. That should never have been necessary, and I'm sorry it was.", m="AE"),
    dict(p=EE, s="heard", t="I'm sorry. Six hours with your pickers standing idle, and a status page telling everyone it was fine. That's indefensible.", m="AE"),
    dict(p=EE, s="heard", t="What has your board been saying to you about it?", m="Q"),
    dict(p=EE, s="heard", t="So it's your name on the line as well, having argued for us over the incumbent. I'd feel exactly the same in your position.", m="AE"),
    dict(p=EE, s="options", t="I can't release you from the contract or pay damages, and I won't pretend otherwise. What I can do is apply the full SLA service credit for the quarter, give you a named account manager, and get you a written root-cause report by a date we agree. Which of those matters most to your board?", m="OIQ",
         n="honest obstacle, then the allowed remedies"),
    dict(p=EE, s="commitment", t="The root-cause report will be with you by Friday the twenty-first. Your account manager is Tom Reyes, and he'll call you before noon tomorrow. Does that timing work before your board meets?", m="OCIQ"),
    dict(p=EE, s="close", t="Thank you for giving us the chance to fix this rather than walking away. I'll confirm everything by email before five today.", m="CG"),
    # ---------------------------------------------------------------- trainee: nervous
    dict(p=EE, s="vent", t="I'm really sorry about that. um, sorry, which which contract is it, have you got the number there", m="EQ",
         v=["premature_details"], n="sincere apology, then a premature details request; the second 'sorry' is politeness"),
    dict(p=EE, s="heard", t="I- I totally understand, three outages in one quarter is is a lot, it's really not good enough. I'm so sorry", m="AE"),
    dict(p=EE, s="heard", t="um so the first one was I think a power issue at the data centre and then the second one was a uh a software update that went wrong", m="",
         n="explains what happened; does not say her complaint back and blames no one"),
    dict(p=EE, s="options", t="I could um I could maybe see about a service credit? I'd have to check with someone first", m="",
         n="hedged 'see about' pending a check: no concrete offer"),
    dict(p=EE, s="commitment", t="I'll- I'll get my manager to call you back by three today, I promise", m="C", n="escalation with a time: commitment only"),
    # ---------------------------------------------------------------- trainee: blunt and defensive
    dict(p=EE, s="heard", t="the ninety-nine point nine is measured over the year not the quarter, so technically we're still inside it", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="if your lawyers want to get involved that's your call, the exit penalties are pretty clear", m="", v=["threat_back"]),
    dict(p=EE, s="options", t="look, I'll guarantee you personally there won't be another outage this year", m="", v=["over_promise"],
         n="bare guarantee of zero downtime, no remedy"),
    dict(p=EE, s="heard", t="so what you're alleging is that all three were down to us", m="", v=["accusation"]),
    dict(p=EE, s="heard", t="are you done?", m="", v=["insult"], n="rude rhetorical question"),

    # ================================================================ vip-client (Julian)
    # ---------------------------------------------------------------- trainee: excellent
    dict(p=VC, s="vent", t="I understand. Please go on, Mr Fairclough.", m="A", n="sincere bare 'I understand'"),
    dict(p=VC, s="heard", t="So the money for your completion arrived two days late, the purchase very nearly collapsed, and you heard about it from the seller's solicitor rather than from us. I'm very sorry.", m="AE"),
    dict(p=VC, s="heard", t="How did you manage to keep the seller on board in the end?", m="Q"),
    dict(p=VC, s="heard", t="Having to ring her yourself and plead, after eleven years with us. I'd have been furious.", m="AE"),
    dict(p=VC, s="options", t="I can't offer a year without fees, and I won't pretend I can. What I can do is reverse the fees on this transfer, give you a direct line to a named senior relationship banker, and set your accounts up for same-day transfers from now on. Would that be a fair start?", m="OIQ"),
    dict(p=VC, s="commitment", t="I'm reversing the fees now. Claire Davenport will ring you at ten tomorrow with her direct line, and same-day processing will be live on your accounts tonight.", m="OC"),
    dict(p=VC, s="close", t="Thank you for staying with us, Mr Fairclough, and for being so frank. Is there anything else I can do for you today?", m="GQ"),
    # ---------------------------------------------------------------- trainee: defensive
    dict(p=VC, s="vent", t="before we go into it sir, can I take the last four digits of the account", m="Q", v=["premature_details"]),
    dict(p=VC, s="heard", t="well sir, if the instruction went in after the cut-off it would naturally go the next working day", m="", v=["correcting"]),
    dict(p=VC, s="heard", t="the hold-up was actually on the receiving bank's side, sir, not ours", m="", v=["blame"]),
    dict(p=VC, s="heard", t="so you're alleging the bank was negligent, sir?", m="", v=["accusation"], n="court-room question, not a real one"),
    dict(p=VC, s="heard", t="I'm sorry you feel the bank has let you down.", m="", v=["non_apology"]),
    dict(p=VC, s="options", t="I'm afraid I can't offer anything for the property itself, sir. I can reverse the transfer fee.", m="O",
         n="'afraid' goes with a refusal; honest limit, then one concrete offer"),
    dict(p=VC, s="options", t="Would you rather I reversed the fees today, or set you up with same-day transfers first? I can do both; I'd just like you to choose the order.", m="OIQ"),
    # ---------------------------------------------------------------- trainee: chatty
    dict(p=VC, s="heard", t="oh gosh, I- honestly I'd have been a wreck, with the sellers waiting and everything", m="E",
         n="'the sellers waiting' is too thin to count as saying the complaint back"),
    dict(p=VC, s="heard", t="I'm so so sorry sir that you had to hear it from the sellers solicitor, that's not how we should ever treat you", m="AE",
         n="'sorry that you had to' + the actual event: sincere"),
    dict(p=VC, s="options", t="right so what I'm gonna do is waive all your fees for the next year and get our chief exec to give you a ring personally", m="O",
         v=["over_promise"], n="both halves of his demand are beyond the bargain"),
    dict(p=VC, s="commitment", t="I'll get that all sorted for you first thing tomorrow", m="C",
         n="declared step with a time; what 'that' is lies in earlier turns, so no options or over_promise here"),
    # ---------------------------------------------------------------- trainee: blunt
    dict(p=VC, s="heard", t="well if you're so happy with sterling and marsh, move your money there then", m="", v=["threat_back"]),
    dict(p=VC, s="heard", t="alright, alright, I don't need the lecture", m="", v=["insult"]),
    # ---------------------------------------------------------------- trainee: nervous
    dict(p=VC, s="heard", t="I- I can see it landed on the friday, yeah, I'm so sorry, that's really not okay", m="AE",
         n="the lookup alone would not count; 'that's really not okay' admits the fault"),
    dict(p=VC, s="options", t="would it help if I set you up with a direct line to one of our senior bankers?", m="OIQ"),

    # ================================================================ failed-twice (Kelly)
    # ---------------------------------------------------------------- trainee: excellent
    dict(p=FT, s="vent", t="seven months old and broken down again. right. go on", m="A"),
    dict(p=FT, s="heard", t="so it's been fixed twice, it's gone again both times, and then the supervisor never called you back on monday like they promised. I'd be fuming honestly", m="AE"),
    dict(p=FT, s="heard", t="how've you been managing with the washing in the meantime", m="Q"),
    dict(p=FT, s="heard", t="with a toddler and a baby, two weeks with no machine must be an absolute nightmare. thank you for telling me that", m="AEG"),
    dict(p=FT, s="options", t="okay so I can't do an upgrade or a refund, I'll be straight with you, but I can either replace it with a brand new one same model and two extra years warranty, or get a senior engineer to you this week with a loan machine so you can wash in the meantime. which would you rather", m="OIQ",
         n="times inside a choice are not commitments"),
    dict(p=FT, s="commitment", t="brilliant. the replacement's ordered, it'll be with you saturday between eight and twelve, and I'll text you the confirmation within the hour. does saturday morning work for you", m="OCIQ"),
    dict(p=FT, s="close", t="thank you for sticking with us kelly. I'll call you friday at four to make sure saturday's still good. anything else I can do for you", m="CGQ"),
    # ---------------------------------------------------------------- trainee: defensive
    dict(p=FT, s="heard", t="are you definitely not overloading it? because that's usually what causes the leaking", m="", v=["doubt", "correcting"]),
    dict(p=FT, s="heard", t="the engineer's report says the repair was completed and tested fine", m="", v=["doubt"]),
    dict(p=FT, s="heard", t="the callback would've come from the supervisors' team, that's a different department from us", m="", v=["dismissal"]),
    dict(p=FT, s="options", t="well we can't just give you a new one, the warranty says it has to be repaired first", m="", v=["policy"]),
    dict(p=FT, s="options", t="okay. I can book a senior engineer for this week. that's the best I can do", m="O", n="single concrete offer; curt but no violation"),
    # ---------------------------------------------------------------- trainee: nervous
    dict(p=FT, s="vent", t="oh no I'm so sorry, um, okay. sorry. go on", m="E", n="sincere sympathy while letting her vent"),
    dict(p=FT, s="heard", t="oh you poor thing, hand washing in the bath for two weeks. I'm so sorry", m="AE"),
    dict(p=FT, s="heard", t="I- I really am sorry, you shouldn't have been left waiting on that callback", m="AE"),
    dict(p=FT, s="options", t="um I think I could probably get you the newer model? the nine kilo one? I'd have to check but I think so", m="O",
         v=["over_promise"], n="tentative, but it offers the upgrade she may not be given"),
    dict(p=FT, s="heard", t="sorry if the last engineer didn't do a great job", m="", v=["non_apology"]),
    # ---------------------------------------------------------------- trainee: blunt
    dict(p=FT, s="heard", t="alright, fair enough, you've had two repairs and a callback that never came, I'd be fed up too", m="AE"),
    dict(p=FT, s="heard", t="you don't have to take that tone with me, I'm trying to help", m="", v=["calm_down"]),
    dict(p=FT, s="heard", t="if you keep shouting at me I'm going to end the call", m="", v=["threat_back"]),
    dict(p=FT, s="options", t="shall I just get an engineer booked then? he can do wednesday morning", m="OIQ",
         n="a repair visit offered with permission asked; the day is part of the offer; less than allowed, so not over_promise"),

    # ================================================================ billing-error (Margaret)
    # ---------------------------------------------------------------- trainee: excellent
    dict(p=BE, s="vent", t="I'm listening, Mrs Ellison. Take your time.", m=""),
    dict(p=BE, s="heard", t="So you cancelled, we took the payment twice anyway, your bank charged you an overdraft fee because of it, and our chat told you last week it was sorted. That's on us, and I'm so sorry.", m="AE"),
    dict(p=BE, s="heard", t="Your rent bounced because of this. After forty years of never once being late, that must have been mortifying. Thank you for telling me.", m="AEG"),
    dict(p=BE, s="options", t="Here's what I can do. I'll refund both charges, reimburse the overdraft fee, and send you written confirmation that the subscription is cancelled. Would you like that by email or by post?", m="OIQ"),
    dict(p=BE, s="commitment", t="Both refunds and the fee reimbursement are going through now, so they'll be in your account by Thursday. The letter goes in this afternoon's post.", m="OC"),
    dict(p=BE, s="close", t="Thank you for your patience, Margaret, and for telling us about the chat. I'll ring you on Thursday afternoon to check it's all arrived.", m="CG"),
    # ---------------------------------------------------------------- trainee: scripted and defensive
    dict(p=BE, s="vent", t="can I just take the postcode on the account please", m="Q", v=["premature_details"]),
    dict(p=BE, s="heard", t="ok so on our side its showing the cancellation went through on the twelfth, so the charges would of been before that", m="",
         v=["accusation", "correcting"], n="insists on her error through the records (README rule 10); 'would of' mis-hearing"),
    dict(p=BE, s="heard", t="I understand how distressing it must be to be charged after cancelling, Mrs Ellison.", m="AE"),
    dict(p=BE, s="heard", t="I'm sorry you've been upset by this", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="we can't be held responsible for the overdraft, that's between you and your bank", m="", v=["blame", "dismissal"],
         n="puts the fee on her bank and ducks it"),
    dict(p=BE, s="options", t="I can put a refund through for the two charges, that takes three to five working days", m="O",
         n="an offer; the processing time is not a commitment"),
    dict(p=BE, s="commitment", t="right, the refund for both charges is done now, it should show in a few days", m="OC", n="completed step 'now'"),
    # ---------------------------------------------------------------- trainee: chatty
    dict(p=BE, s="heard", t="oh margaret that's awful, honestly my nan's on a pension and she'd be beside herself", m="E"),
    dict(p=BE, s="options", t="I'll tell you what I'll do, I'll refund both of them and pop three months free on there for all your trouble", m="O", v=["over_promise"]),
    dict(p=BE, s="options", t="and I'll give your bank a ring and get them to take that overdraft fee off for you", m="O", v=["over_promise"],
         n="a promise about what her bank will do"),
    dict(p=BE, s="close", t="thanks ever so much for being so lovely about it", m="G"),
    # ---------------------------------------------------------------- trainee: blunt
    dict(p=BE, s="heard", t="honestly it's twenty quid, I don't know why you're making such a drama of it", m="", v=["insult", "dismissal"]),
    dict(p=BE, s="heard", t="madam, please, getting upset isn't going to speed anything up", m="", v=["calm_down"]),
    dict(p=BE, s="commitment", t="fine. the refund will be back in your account by friday", m="OC"),
    # ---------------------------------------------------------------- trainee: nervous but decent
    dict(p=BE, s="heard", t="oh- I'm so sorry, so you'd already cancelled and it still came out twice? that's, that's not right at all", m="AEQ",
         n="check-back question"),
    dict(p=BE, s="heard", t="has the money gone back above zero yet, or are you still overdrawn with them", m="Q"),
    dict(p=BE, s="heard", t="I can see you were charged twice after cancelling, and I'm sorry. I'll refund both charges today. the overdraft fee I can't touch, the system won't let me", m="AEOC",
         v=["policy"], n="no 'but': the marks stand beside the system wall"),

    # ================================================================ generic (no persona)
    dict(p=None, s="heard", t="I hear you. and honestly, you shouldn't have had to ring us three times about it", m="A"),
    dict(p=None, s="heard", t="what would make this right for you?", m="IQ"),
    dict(p=None, s="heard", t="I'm going to be honest with you, I don't know what happened yet, but I'm going to find out", m="",
         n="promise to look into it: no remedy, no time"),
    dict(p=None, s="heard", t="I'm really sorry. you've done everything right here and still ended up chasing us. thank you for not giving up on it", m="AEG"),
    dict(p=None, s="close", t="thanks for your patience today, really. you've been great", m="G"),
    dict(p=None, s="options", t="I can do a refund or a straight exchange, whichever you'd prefer", m="OI", n="choice of remedies without a question"),
    dict(p=None, s="heard", t="you're being completely unreasonable", m="", v=["insult"]),
    dict(p=None, s="commitment", t="give me till four. I'll ring you at four either way, even if it's just to say where it's up to", m="C"),
    dict(p=None, s="heard", t="god, and all that on top of everything else going on for you. I'm so sorry", m="E"),
    dict(p=None, s="options", t="if there's something you'd rather I did instead, tell me and I'll see if I can make it happen", m="I",
         n="imperative invitation; no remedy named"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "l", Path(__file__).with_name("replies_extra26.jsonl"))
