"""Source of `replies_extra154.jsonl`: batch 154, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is a fresh
cross-section: the original set's own mix of marks, stages, personas and violation kinds (about a
third of the replies carry a violation, about a quarter are good replies with three or more marks, a
few carry no mark at all), in new wordings and situations. It leans towards the `heard` stage and
towards replies that restate, own or apologise near the edge of acknowledge, labelled as the
original author labels them: "that's our mess, not yours" and "I'm sorry you had to hear it from
the other side's solicitor" acknowledge; "I'm sorry about the callback", "I'm sorry it's taken an
email to our CEO for anyone to pick this up" and "I'd be very upset too if that happened on my
pension" only empathise; "yes I understand, okay. can you read me the reference" and "yeah I get
it, but there's not a lot I can actually do" do not acknowledge at all. About half the replies are
styled like a Whisper transcript; every persona, the generic `None`, and every stage appear.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra154.jsonl next to it (ids ey0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="right. yep.", m="",
         n="back-channel while she vents: neither mark"),
    dict(p=MT, s="vent", t="oh god, that's- no, that's really not on. sorry. keep going", m="E",
         n="sincere sympathy while letting her vent, like the original's 'god that's awful. sorry, go on'"),
    dict(p=MT, s="vent", t="sorry to cut across you, can you just confirm the first line of the address for me",
         m="Q", v=["premature_details"],
         n="'sorry' is politeness; a details request while she is still venting"),
    dict(p=MT, s="heard", t="so you took the morning off, sat in from eight till twelve, nobody turned up and "
           "nobody rang, and then we went and did the exact same thing to you the second time. that's a disgrace "
           "honestly, I'm sorry", m="AE"),
    dict(p=MT, s="heard", t="I'd be climbing the walls if I'd lost two days wages sitting in for someone who never "
           "came", m="E",
         n="'I'd be X if I…' speaks of the agent's own hypothetical, like the original's 'I'd be fuming if I'd "
           "been pushed into my overdraft…': empathise only"),
    dict(p=MT, s="heard", t="I'm really sorry you've had to take time off work twice for us. that's not fair on "
           "you", m="AE",
         n="'sorry you've had to' + what she went through (rule 14)"),
    dict(p=MT, s="heard", t="that's our mess, not yours, and I'm not going to pretend otherwise", m="A",
         n="owns the failure in so many words (rule 14): acknowledge; no apology or feeling named"),
    dict(p=MT, s="heard", t="do you mind me asking, were those days paid or did you lose out on them", m="Q",
         n="asks about the impact; no question mark"),
    dict(p=MT, s="heard", t="it's not really a whole day off though is it, the window's only four hours, you could "
           "of gone in for the afternoon", m="", v=["correcting"],
         n="tells her how she should have used the day; 'could of' mis-hearing; the tag is not a question"),
    dict(p=MT, s="heard", t="if the language doesn't improve I'll be putting a note on the account and ending the "
           "call", m="", v=["threat_back"]),
    dict(p=MT, s="options", t="I know this has cost you two days wages, and I'm sorry. a full refund isn't "
           "something I can do, but I can take the installation fee off, add a month's credit, and book you the "
           "eight o'clock slot so your not sat waiting all morning. does that sound fair?", m="AEOIQ",
         n="honest limit then an offer inside the allowance; 'your' mis-hearing"),
    dict(p=MT, s="options", t="would a saturday at eight suit you better, or a weekday first thing? either way the "
           "installation fee's waived", m="OIQ"),
    dict(p=MT, s="options", t="look I'll just refund the lot and pay you back for both days you missed, it's only "
           "fair", m="O", v=["over_promise"]),
    dict(p=MT, s="commitment", t="okay the installation fee's gone, that's done as we speak, and your technician's "
           "booked for eight am tuesday, first on his list", m="OC"),
    dict(p=MT, s="commitment", t="I'll ring the field team the minute we're off the phone and you'll hear from me "
           "before half twelve with his name", m="C"),
    dict(p=MT, s="close", t="so that's tuesday at eight and the credit's on the account. thanks for sticking with "
           "us bernadette, honestly", m="OCG"),
    dict(p=MT, s="heard", t="thank you for holding on, I know you've already given up two mornings to us", m="AG",
         n="names what she gave up, like 'I know you've been on hold ages already': acknowledge"),
    dict(p=MT, s="heard", t="to be honest the installs are all done by a subcontractor now so it's them that "
           "didn't turn up, not us", m="", v=["blame"]),
    dict(p=MT, s="heard", t="so you're saying nobody rang either time? not even a text?", m="AQ",
         n="neutral check-back, not 'you're claiming': acknowledge + question"),
    dict(p=MT, s="heard", t="two mornings off work and not so much as a phone call. I'm sorry, and thank you for "
           "letting us put it right instead of just cancelling", m="AEG"),
    dict(p=MT, s="commitment", t="I understand you can't give up another morning, so I've booked you in for eight "
           "sharp on saturday, no fee, and I'll text you the technician's name by six tonight", m="AOC"),
    dict(p=MT, s="options", t="um so, I can hold the first slot on thursday, eight on the dot, and take the "
           "installation fee off. is thursday any good, or would another day be easier with work?", m="OIQ",
         n="a held slot inside a proposal: an offer, not yet a commitment"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="uh huh. okay, I'm getting all this down", m=""),
    dict(p=LE, s="vent", t="god, sorry. erm. have you got the consignment number there by any chance",
         m="EQ", v=["premature_details"],
         n="sincere 'god, sorry', then a details request while he is still venting"),
    dict(p=LE, s="heard", t="so the compressor and the control board were meant to be at your restaurant client's "
           "first thing, and instead there's nothing, not one scan since we collected it. I'm so sorry", m="AE"),
    dict(p=LE, s="heard", t="and you're the one getting it in the neck from the chef when it's us that lost it", m="A",
         n="restates the impact and owns the loss"),
    dict(p=LE, s="heard", t="I'm sorry you've been left staring at a tracking page that hasn't moved since "
           "collection", m="AE",
         n="'sorry you've been left' + what happened to him (rule 14)"),
    dict(p=LE, s="heard", t="I'm sorry it's gone missing, I really am", m="E",
         n="'sorry it's gone missing' is empathise only in the original"),
    dict(p=LE, s="heard", t="honestly they nearly always turn up, it's probably just sat in a cage at the depot",
         m="", v=["dismissal"],
         n="brushes the loss off (rule 9)"),
    dict(p=LE, s="heard", t="for the record, sir, our driver signed for a sealed box. what was in it we can't say",
         m="", v=["accusation", "doubt"],
         n="'for the record' plus a hint he never sent the parts"),
    dict(p=LE, s="heard", t="alright, alright, it's a compressor, not a heart transplant", m="", v=["insult"]),
    dict(p=LE, s="heard", t="so your client's restaurant is stuck without a working cold room until those parts "
           "land, is that where we are?", m="AQ",
         n="check-back question"),
    dict(p=LE, s="heard", t="has your client given you a deadline? like when do they actually need it up and "
           "running by", m="Q"),
    dict(p=LE, s="options", t="I know your name's on the line with this restaurant. I'll be honest, lost business "
           "isn't something I can cover, but I can put a same-day courier on replacement parts at our cost and get "
           "your express fee back to you. want me to set that going?", m="AOIQ",
         n="honest obstacle, not a policy wall"),
    dict(p=LE, s="options", t="I'll get your client compensated for any spoiled stock as well, whatever it comes "
           "to", m="O", v=["over_promise"]),
    dict(p=LE, s="options", t="there's two ways I can do it, the replacement can go straight to the restaurant or "
           "come to your unit first, and either way the express fee comes back to you", m="O",
         n="a choice laid out with no question or invitation: options only, like the original's two-remedy offer "
           "with no question"),
    dict(p=LE, s="commitment", t="right, the trace is live now, the reference is on its way to your email, and the "
           "courier's booked to collect the replacement from our warehouse at one", m="OC"),
    dict(p=LE, s="commitment", t="I'm getting the depot manager on the other line and you'll hear back from me "
           "inside forty minutes with what they've found", m="C"),
    dict(p=LE, s="close", t="thanks Marcus, really appreciate you bearing with me. refund's gone through, and I'll "
           "text you by four to confirm it's been dropped at the restaurant", m="OCG"),
    dict(p=LE, s="heard", t="any claim for the contents has to go in on the online claims form, I can't take it "
           "over the phone", m="", v=["policy"]),
    dict(p=LE, s="heard", t="the courier firm we use for express has been a shambles lately, honestly. I'll put "
           "the express fee back on your card today", m="OC", v=["blame"],
         n="blame first; the offer after it stands"),
    dict(p=LE, s="heard", t="if you want to take it to small claims, be my guest", m="", v=["threat_back"]),
    dict(p=LE, s="heard", t="you paid extra so it'd be there overnight and it's just vanished, and now your "
           "client's on your back. I'm really sorry. what have you been able to tell them so far", m="AEQ"),
    dict(p=LE, s="options", t="the express fee's coming back to you now and a trace is going on the parcel, and I "
           "can have replacement parts couriered to the restaurant this afternoon at our cost. want me to go "
           "ahead?", m="OCIQ",
         n="'coming back to you now' is a commitment; the courier is still an offer awaiting his yes"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="",
         n="filler 'understood' counts as neither (rule 1)"),
    dict(p=EE, s="vent", t="Ms Ashcombe, I'd ask you to keep this civil, please.", m="", v=["calm_down"]),
    dict(p=EE, s="heard", t="Three outages in one quarter, your warehouses at a standstill every time, and you had "
           "to email our chief executive to get anyone's attention. I'm sorry. That's no way to treat a client.",
         m="AE"),
    dict(p=EE, s="heard", t="the last two were down to our hosting partner, which I appreciate doesn't help you",
         m="", v=["blame"],
         n="'which I appreciate doesn't help you' names no feeling and no apology"),
    dict(p=EE, s="heard", t="With respect, the contract does allow for planned maintenance, and one of the three "
           "was scheduled.", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="you're free to cancel, of course, but the exit terms would still apply in full",
         m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="I don't deal with contracts at all, that's a legal team thing, you'd have to take it "
           "up with them", m="", v=["dismissal"]),
    dict(p=EE, s="heard", t="thank you for laying it all out so clearly. it's obvious we've let your operation "
           "down badly, three times over", m="AG"),
    dict(p=EE, s="heard", t="it shouldn't have taken going over anyone's head for you to be taken seriously", m="A",
         n="like the original's 'which frankly shouldn't have been necessary' about going to the CEO: acknowledge "
           "only"),
    dict(p=EE, s="heard", t="I'm sorry it's taken an email to our CEO for anyone to pick this up properly", m="E",
         n="the original labels 'sorry it's taken this long for anyone to take you seriously' empathise only"),
    dict(p=EE, s="heard", t="what does your board need to see from us by the end of the month to keep the contract "
           "on the table?", m="IQ"),
    dict(p=EE, s="heard", t="how long were the warehouses down this time, roughly, start to finish?", m="Q"),
    dict(p=EE, s="options", t="I understand you want out without a penalty, and I'll be straight, that isn't mine "
           "to give. what I can give you is the quarter's SLA credit, an account manager of your own from monday, "
           "and a root-cause report in writing. can we start there?", m="AOIQ",
         n="honest limit (rule 11), not a policy wall or dismissal"),
    dict(p=EE, s="options", t="would it be more use to have the root-cause report in a fortnight, or a short "
           "interim summary this friday and the full one after?", m="OIQ",
         n="times inside a choice: not a commitment"),
    dict(p=EE, s="commitment", t="tom reyes is going to be your account manager, he'll be on the phone to you by "
           "three today, and you'll have the root-cause report in your inbox by the nineteenth", m="OC"),
    dict(p=EE, s="commitment", t="I'm sorry this has dragged on. I'm taking it to our head of operations now, and "
           "she'll ring you herself before close of play today", m="EC",
         n="escalation with a time: commitment only, no options"),
    dict(p=EE, s="close", t="thank you for staying on with me, Eleanor. I'll email a written summary of everything "
           "we've agreed within the hour", m="CG"),
    dict(p=EE, s="heard", t="we're sorry to hear you've been unhappy with the platform's performance",
         m="", v=["non_apology"],
         n="apologises for her being unhappy, not for the outages"),
    dict(p=EE, s="heard", t="I hear you. your people stood idle three times, your customers noticed, and your own "
           "reputation inside the business is riding on it. I'd want answers too. what do you need to see in "
           "writing?", m="AEIQ"),
    dict(p=EE, s="options", t="three breaches, and I won't defend a single one of them, I'm sorry. I can credit "
           "the quarter under the SLA, give you one named person as your account manager, and put a root-cause "
           "report in writing by a date you choose. does that give you something for your board?", m="AEOIQ",
         n="'by a date you choose' is no deadline: not a commitment"),
    dict(p=EE, s="close", t="thank you, Eleanor. so that's the quarter's credit, sunita as your account manager, "
           "and the root-cause report on your desk by the twenty-first", m="OCG"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="Before we go on, Mr Fairclough, may I just run through security with you?",
         m="Q", v=["premature_details"]),
    dict(p=VC, s="vent", t="Of course. Please, go on.", m="",
         n="lets him vent: no mark"),
    dict(p=VC, s="heard", t="I'm sorry you had to hear it from the other side's solicitor", m="AE",
         n="'sorry you had to' + what happened to him (rule 14)"),
    dict(p=VC, s="heard", t="I do apologise for the delay, sir.", m="E",
         n="an apology for the event itself, not for 'any inconvenience': sincere, empathise only"),
    dict(p=VC, s="heard", t="I'm sorry the service didn't meet your expectations on this occasion",
         m="", v=["non_apology"],
         n="like 'sorry you were disappointed with our service'"),
    dict(p=VC, s="heard", t="our records show it left us on the tuesday, sir, so I'm not sure where the two days "
           "came from", m="", v=["doubt"],
         n="like 'it says here everything went through fine on our side'"),
    dict(p=VC, s="heard", t="every payment that size goes through compliance, sir, that's the procedure and I "
           "can't change it", m="", v=["policy"]),
    dict(p=VC, s="heard", t="Mr Fairclough, if we could just bring the volume down a little.", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="thank you for letting me speak with you before you make any decisions about the "
           "accounts", m="G"),
    dict(p=VC, s="heard", t="and the seller was ready to walk that afternoon? did it end up costing you anything "
           "on the completion?", m="AQ",
         n="check-back question, then a real question about the impact"),
    dict(p=VC, s="heard", t="what would you want from us so you never feel that exposed again?", m="IQ"),
    dict(p=VC, s="options", t="I'd like to reverse both transfer fees and give you a named senior banker with a "
           "direct line from now on. would you be happy with that?", m="OIQ"),
    dict(p=VC, s="options", t="you should never have been the last to know, and I'm sorry. I can set every "
           "transfer of yours to same-day processing and give you catherine doyle's direct line as your banker. "
           "shall I arrange both?", m="AEOIQ"),
    dict(p=VC, s="options", t="I'll make sure you're compensated for the solicitor's extra costs as well, and "
           "you'll never see a delay with us again", m="O", v=["over_promise"]),
    dict(p=VC, s="commitment", t="the fee reversal's through as of this afternoon, and starting tomorrow, anything "
           "you send us is flagged for same-day", m="OC"),
    dict(p=VC, s="commitment", t="I know you've no reason to take my word for anything after this week, so I'll "
           "call you at half nine tomorrow and put it all in writing", m="AC",
         n="'I know you've no reason to take my word' recognises what the delay did to his trust, like 'I know you "
           "need something to show your bank': acknowledge"),
    dict(p=VC, s="close", t="Thank you, sir, and once again, I'm sorry. Your direct line's active from nine "
           "tomorrow morning.", m="EOCG"),
    dict(p=VC, s="heard", t="with the greatest respect, sir, you're not the only client we have", m="", v=["insult"]),
    dict(p=VC, s="heard", t="I've logged your allegation of negligence, sir, and payments will respond to it by "
           "friday", m="C", v=["accusation"],
         n="court-room wording; the step with a deadline still counts"),
    dict(p=VC, s="heard", t="I understand how close you came to losing the property, sir, and I'm sorry. may I "
           "ask, has the completion now gone through?", m="AEQ"),
    dict(p=VC, s="options", t="I appreciate a fee reversal doesn't undo what you went through on the completion. "
           "even so, I'd still like to put the fees back and move your accounts onto same-day processing. would "
           "you allow me to do that?", m="AOIQ",
         n="recognises what the completion cost him: acknowledge; no apology or feeling named"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="[sighs] right, okay, go on", m="", v=["insult"],
         n="transcribed sigh (rule 12); the back-channel does not undo it"),
    dict(p=FT, s="vent", t="oh gosh, I'm sorry. sorry, can I grab the serial number off the machine first?",
         m="EQ", v=["premature_details"],
         n="first 'sorry' sincere, second a politeness marker; serial number while she vents"),
    dict(p=FT, s="heard", t="seven months old and it's packed in twice since the repair, and you've got a toddler "
           "and a baby and nothing to wash with. I'd be at my wits' end", m="AE"),
    dict(p=FT, s="heard", t="I'm so sorry you were left waiting by the phone on monday for a supervisor who never "
           "rang", m="AE",
         n="rule 14: names what she went through"),
    dict(p=FT, s="heard", t="I'm sorry about the callback", m="E",
         n="'sorry about the callback' alone names only the topic; 'that should never have happened' after it "
           "would have made it acknowledge"),
    dict(p=FT, s="heard", t="just so you know, none of that is on you, you've done nothing wrong, we're the ones "
           "who keep letting it break", m="A",
         n="clears her and owns the failure (rule 14)"),
    dict(p=FT, s="heard", t="the drain pump usually goes because of coins and hair clips in the filter, so it's "
           "worth checking that first", m="", v=["correcting"],
         n="implies her misuse; educates her"),
    dict(p=FT, s="heard", t="that's odd, that model hardly ever comes back to us", m="", v=["doubt"]),
    dict(p=FT, s="heard", t="Kelly I need you to stop shouting at me so I can actually hear what you're saying",
         m="", v=["calm_down"]),
    dict(p=FT, s="options", t="I can either swap it for a new machine, the identical model, with the warranty "
           "extended by two years, or send our senior engineer round this week and leave you a loan machine while "
           "he sorts it. what would work better with the kids?", m="OIQ"),
    dict(p=FT, s="options", t="I'll upgrade you to the newer model, no charge, and refund the repairs on top",
         m="O", v=["over_promise"]),
    dict(p=FT, s="options", t="sorry, refunds just aren't possible once you're past thirty days, that's the rule",
         m="", v=["policy"],
         n="'sorry' apologises for the refusal: no empathy"),
    dict(p=FT, s="commitment", t="the new machine's on order, same model, delivery's friday morning, and the two "
           "year warranty's already on your account", m="OC"),
    dict(p=FT, s="commitment", t="I'm going to speak to that supervisor myself after this call, and I'll phone you "
           "back before two o'clock today", m="C"),
    dict(p=FT, s="heard", t="what would make the biggest difference to you right now, getting it fixed fast or "
           "just having a machine you can trust again?", m="IQ",
         n="asks her priority; no concrete remedy named"),
    dict(p=FT, s="close", t="lovely, so the engineer's coming wednesday between eight and twelve with a loan "
           "machine. thanks for giving us one more go at this, Kelly", m="OCG"),
    dict(p=FT, s="heard", t="thank you for ringing back after the way monday went, I know nobody called you when "
           "they said they would", m="AG"),
    dict(p=FT, s="heard", t="machines do break down sometimes, it's just one of those things", m="", v=["dismissal"],
         n="minimising (rule 9)"),
    dict(p=FT, s="heard", t="I'm so sorry. two breakdowns, a promise on monday that nobody kept, and you're the "
           "one doing all the chasing. what would you like us to do first?", m="AEIQ"),
    dict(p=FT, s="options", t="I get why you'd want a different machine altogether after all this, I really do. I "
           "can't do an upgrade, but a new one, identical model, with the warranty extended two years, that I can "
           "do this week. how does that sound?", m="AOIQ",
         n="'I can't do an upgrade' is an honest limit; 'I really do' names no feeling"),
    dict(p=FT, s="commitment", t="thanks for bearing with me Kelly, and sorry again. our senior engineer is coming "
           "thursday morning and he'll have a loan machine with him", m="EOCG"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="yes. I'm listening, carry on", m="",
         n="back-channel (rule 13)"),
    dict(p=BE, s="heard", t="you cancelled, we took two payments off you anyway, the bank charged you for going "
           "overdrawn, and then live chat told you it was sorted when it wasn't. I'm so sorry, Mrs Ellison", m="AE"),
    dict(p=BE, s="heard", t="You did exactly what you were supposed to do. The mistake here is ours.", m="A",
         n="clears her and owns the error: acknowledge, no apology"),
    dict(p=BE, s="heard", t="I'd be very upset too if that happened on my pension", m="E",
         n="'if that happened' framing: empathise only"),
    dict(p=BE, s="heard", t="I'm sorry you've had to ring us again after being told it was fixed", m="AE",
         n="rule 14"),
    dict(p=BE, s="heard", t="I'm sorry you've been hit with an overdraft fee over this", m="AE",
         n="names the fee itself, unlike the generic 'sorry you've been hit with that' (rule 14)"),
    dict(p=BE, s="heard", t="sorry if our chat team gave you the wrong impression", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="the cancellation only takes effect from your next billing date, so the first payment "
           "was technically due", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="the overdraft fee's your bank's doing, you'd have to take that up with them",
         m="", v=["blame", "dismissal"]),
    dict(p=BE, s="heard", t="did the overdraft knock anything else over, like a direct debit or a bill going out?",
         m="Q"),
    dict(p=BE, s="heard", t="and it was last week the chat team told you it'd been sorted?", m="AQ",
         n="check-back question"),
    dict(p=BE, s="options", t="it's our mistake and I'm sorry for it. I can refund both payments, pay back the "
           "overdraft fee, and send you a letter confirming the subscription's closed. would that put things right "
           "for you?", m="AEOIQ"),
    dict(p=BE, s="options", t="where would you like the money to go, back onto the card you paid with or into your "
           "current account?", m="OIQ"),
    dict(p=BE, s="commitment", t="both refunds are going through now, and I'll post you written confirmation that "
           "you're cancelled, first class, today", m="OC"),
    dict(p=BE, s="close", t="thank you for your patience Mrs Ellison, and I'm sorry again about the rent", m="EG",
         n="'sorry again about the rent' names only the topic, like 'sorry for the hassle with your bank'"),
    dict(p=BE, s="heard", t="it's two charges, it's hardly the end of the world is it", m="", v=["insult"]),
    dict(p=BE, s="heard", t="thank you for telling me about the rent. that's a knock-on from our mistake, and it "
           "matters", m="AG",
         n="ties the bounced rent to our error: acknowledge"),
    dict(p=BE, s="heard", t="if you go to the ombudsman it'll be out of my hands and it'll take months, just so "
           "you know", m="", v=["threat_back"],
         n="veiled threat against her going to the ombudsman"),
    dict(p=BE, s="heard", t="Mrs Ellison, please, there's no need to get so worked up.", m="", v=["calm_down"]),
    dict(p=BE, s="heard", t="so the claim you're making is that you cancelled before the fourth",
         m="", v=["accusation"]),
    dict(p=BE, s="heard", t="that's strange, I can only see the one payment on here", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="thanks for waiting while I looked. the cancellation's right there on the third, so "
           "you're quite right, and I'm sorry we charged you after it", m="AEG"),
    dict(p=BE, s="commitment", t="you're quite right, and I apologise. I'm putting both refunds through while "
           "we're talking, I'm paying back the overdraft fee today as well, and I'll send the cancellation letter "
           "first class tonight", m="AEOC"),
    dict(p=BE, s="close", t="that's everything done, Mrs Ellison. refund and the overdraft fee back within three "
           "working days, and thank you for being so gracious about it", m="OCG"),
    dict(p=BE, s="options", t="I can refund both payments and the overdraft fee, and put the cancellation in "
           "writing for you. if there's anything else you'd need for the bank, just tell me", m="OI",
         n="imperative invitation: asks_input without a question"),

    # --- generic ---
    dict(p=None, s="vent", t="hey hey, easy, there's no need for that", m="", v=["calm_down"]),
    dict(p=None, s="vent", t="right, let's start with your account number and go from there",
         m="Q", v=["premature_details"]),
    dict(p=None, s="vent", t="okay, I hear you. keep going, I want the whole picture", m="A",
         n="sincere bare 'I hear you' while letting them vent (rule 1), like 'I hear you. take your time'"),
    dict(p=None, s="heard", t="I'm sorry you've been bounced between departments all week", m="AE",
         n="rule 14"),
    dict(p=None, s="heard", t="that's our fault, full stop, and I'm sorry", m="AE",
         n="owns the failure (rule 14), like 'honestly that's on us, and I'm sorry'"),
    dict(p=None, s="heard", t="got it.", m="",
         n="filler like 'understood': neither mark"),
    dict(p=None, s="heard", t="yes I understand, okay. can you read me the reference off the email", m="Q",
         n="'I understand' said straight into a details request (rules 1 and 13): not acknowledge; not vent stage, "
           "so not premature"),
    dict(p=None, s="heard", t="(under breath) here we go again", m="", v=["insult"],
         n="muttered aside (rule 12)"),
    dict(p=None, s="heard", t="so your version of events is that nobody called you at all", m="", v=["accusation"],
         n="repeat-back framed as their 'version of events', like 'you're claiming'"),
    dict(p=None, s="heard", t="I'm afraid this needs to go via the complaints procedure, I can't just do it for "
           "you", m="", v=["policy"]),
    dict(p=None, s="heard", t="oh, you poor thing. what's it done to the rest of your week?", m="EQ"),
    dict(p=None, s="heard", t="I appreciate you staying civil with me when you've every reason not to", m="EG",
         n="'you've every reason not to' validates the anger, like 'you'd have every right'"),
    dict(p=None, s="heard", t="so that's three promises and nothing delivered. I understand. what would put it "
           "right for you?", m="AIQ"),
    dict(p=None, s="options", t="I can refund it today or send a replacement out first class, your choice, which "
           "do you want?", m="OIQ",
         n="'I can … today' inside a choice: an offer, not a commitment"),
    dict(p=None, s="options", t="can I run a couple of ideas past you?", m="IQ",
         n="asks permission; no remedy named yet"),
    dict(p=None, s="options", t="I could cancel the order and refund you in full, or I could get it rebooked for "
           "the first delivery slot tomorrow. what suits?", m="OIQ",
         n="times inside a choice: not a commitment"),
    dict(p=None, s="commitment", t="you'll have an email from me before five with the case number and what happens "
           "next", m="C"),
    dict(p=None, s="commitment", t="leave it with me and I'll get it sorted", m="",
         n="promise with no time and no remedy"),
    dict(p=None, s="close", t="is there anything else on your mind before I let you go?", m="Q",
         n="ending check: question, not asks_input (rule 6)"),
    dict(p=None, s="close", t="really appreciate your patience. you'll have it confirmed in writing by lunchtime "
           "tomorrow", m="CG"),
    dict(p=None, s=None, t="if it were me I'd be livid too", m="E"),
    dict(p=None, s=None, t="those are the rules, I don't write them", m="", v=["policy", "dismissal"]),
    dict(p=None, s=None, t="I promise you this won't ever happen to you again", m="", v=["over_promise"],
         n="bare guarantee: over_promise without options (rule 5)"),
    dict(p=None, s="heard", t="okay. so the money's gone out twice. right.", m="A",
         n="terse, but repeats the main point back: acknowledge"),
    dict(p=None, s="heard", t="whoever you spoke to before should have sorted this, they've left it in a right "
           "mess. I'm sorry you've been left holding it", m="E", v=["blame"],
         n="blames the earlier agent; the apology after it stands but, after a violation, does not make the reply "
           "an acknowledgement (rule 14)"),
    dict(p=None, s="heard", t="we dropped the ball on this one. I'm not going to dress it up", m="A",
         n="owns the failure: acknowledge; no apology"),
    dict(p=None, s="heard", t="I hear you, and honestly, we let you down", m="A",
         n="owns it without 'sorry': acknowledge only; 'I'm really sorry we let you down' would add empathise"),
    dict(p=None, s="heard", t="I'm sorry you feel let down", m="", v=["non_apology"],
         n="'sorry you feel' (rule 7)"),
    dict(p=None, s="heard", t="yeah I get it, but there's not a lot I can actually do from this end",
         m="", v=["dismissal"],
         n="'but' into ducking cancels the acknowledgement"),
    dict(p=None, s="heard", t="I understand your frustration, however the terms are very clear on this",
         m="", v=["correcting"],
         n="contrastive 'however' into correcting cancels acknowledge and empathise (rule 2)"),
    dict(p=None, s="heard", t="okay, let me just make sure I've understood all this properly", m="A",
         n="the README lists 'let me make sure I've got this right' as acknowledge"),
    dict(p=None, s="heard", t="I'm sorry. so you've paid, you've waited a fortnight, and you've had to chase it "
           "twice. thank you for not giving up on us. what would help most right now?", m="AEGIQ"),
    dict(p=None, s="commitment", t="I can see why you're fed up, honestly. I've put the refund through this minute "
           "and you'll get the email confirming it within ten minutes", m="AEOC"),
    dict(p=None, s="options", t="you've been waiting a fortnight and that's not on, I'm sorry. would a full refund "
           "suit you better, or a replacement sent out next day?", m="AEOIQ"),
    dict(p=None, s="close", t="sorry again for the runaround. you'll have the written confirmation by text before "
           "six, and thanks for hanging on in there", m="ECG"),
]

write_batch(ITEMS, "ey", Path(__file__).with_name("replies_extra154.jsonl"))
