"""Source of `replies_extra196.jsonl`: batch 196, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is a
cross-section (the original set's own mix of stages, personas, marks and faults) with extra weight
on the options, commitment and close stages: real offers and choices ("option one, I waive the fee
and put you first on the list… what do you reckon"), confirmed next steps with a time ("the fee
reversal is going through now, and edward will ring you… at ten tomorrow"), and sign-offs that thank
or follow up, set beside their hard negatives: hedged or vague promises ("leave it with me and
I'll chase it up", "someone senior will be in touch with you about the report"), escalations
without a remedy, times inside a choice, "sorry" that apologises for a refusal, ending checks that
are questions but not asks_input, and offers that go past the persona's allowance ("I can promise
you it'll be in the restaurant by three"). Every persona, the generic `None`, and every stage
appear; about half the replies are styled like a Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra196.jsonl next to it (ids go0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="mm-hm", m="", n="back-channel while she vents"),
    dict(p=MT, s="vent", t="that's horrible, honestly. go on, I'm still here", m="E",
         n="sincere sympathy while letting her vent; 'go on' is a back-channel"),
    dict(p=MT, s="vent", t="right can I just get the account holder's name first", m="Q",
         v=["premature_details"]),
    dict(p=MT, s="heard",
         t="So you booked the eight till twelve, took the day off, nobody came and nobody rang. And then "
           "the exact same thing happened again.", m="A"),
    dict(p=MT, s="heard", t="I'm so sorry you had to burn two days holiday waiting in for us", m="AE",
         n="'sorry you had to' + what she went through: acknowledge and empathise (rule 14)"),
    dict(p=MT, s="heard",
         t="To be fair the first appointment was moved by text the night before, it should be on your phone.",
         m="", v=["correcting"]),
    dict(p=MT, s="heard", t="Honestly the installers are subcontracted, so it's them not turning up, not us.",
         m="", v=["blame"]),
    dict(p=MT, s="heard",
         t="That's two lots of wages gone because we didn't show, and nobody even had the decency to ring "
           "you. I'd be raging. What would put it right for you?", m="AEIQ"),
    dict(p=MT, s="heard", t="Are you paid by the hour, is that why the days off hit so hard?", m="Q",
         n="real question about the impact"),
    dict(p=MT, s="heard", t="yeah I hear you I hear you. so, the account number?", m="Q",
         n="'I hear you' said straight into a details request is not acknowledge (rule 13); after venting, "
           "not premature"),
    dict(p=MT, s="options",
         t="a full refund on the install isn't something I'm able to do, honestly, but I can knock the "
           "installation fee off completely, put a month's credit on the account, and get you booked as "
           "the very first job of the day. how does that sound", m="OIQ",
         n="honest obstacle, not a policy wall (rule 11)"),
    dict(p=MT, s="options",
         t="so, option one, I waive the fee and put you first on the list at eight on tuesday. option two, "
           "saturday morning instead if that's easier with work. what do you reckon", m="OIQ",
         n="times inside a choice are not a commitment (rule 3)"),
    dict(p=MT, s="options", t="um, let me have a think about what I could maybe look at for you",
         m="", n="promises to think; names no remedy"),
    dict(p=MT, s="options",
         t="look I'll refund the lot and pay you back for both days off, whatever you lost, just send me "
           "your payslips", m="O", v=["over_promise"],
         n="full refund and lost wages are beyond the allowance; 'send me your payslips' is not a real "
           "question, as the original's 'just email me the figures'"),
    dict(p=MT, s="options", t="I can wave the installation fee for you and put you down for the first slot "
                              "thursday, would that be alright", m="OIQ",
         n="'wave' mis-hearing for waive; offer with a day inside a proposal"),
    dict(p=MT, s="options", t="would you want the credit taking off your next bill or spreading over a couple "
                              "of months?", m="OIQ"),
    dict(p=MT, s="commitment",
         t="okay so that's- that's done. fee's gone, credit's on, and you're first job monday, eight o'clock sharp. "
           "I'll ring you sunday evening to double check", m="OC"),
    dict(p=MT, s="commitment", t="I'll make sure someone calls you about the new date", m="",
         n="promise with no time"),
    dict(p=MT, s="commitment", t="I'm putting the first-slot booking through as we speak", m="OC",
         n="'as we speak' attached to a declared step counts as a time; a rebooking is a remedy (rule 4)"),
    dict(p=MT, s="commitment",
         t="I know you can't afford another day off, so I've booked Saturday at eight, no charge, and you'll "
           "get a confirmation text within ten minutes.", m="AOC"),
    dict(p=MT, s="close",
         t="right so that's you sorted for tuesday at eight and the fee's waived. thanks for bearing with "
           "me bernadette, and again I'm sorry about the two no-shows", m="EOCG",
         n="'sorry about the two no-shows' is an apology, not a restatement: empathise only, as the "
           "original's close 'sorry about the last two visits'"),
    dict(p=MT, s="close", t="Is there anything else I can do for you today?", m="Q",
         n="ending check: question, not asks_input (rule 6)"),
    dict(p=MT, s="close", t="ok well sorry for any inconvenience and have a good rest of your day", m="",
         v=["non_apology"]),
    # --- lost-express ---
    dict(p=LE, s="vent", t="right and what's the tracking number on it", m="Q", v=["premature_details"]),
    dict(p=LE, s="heard",
         t="So he was expecting a compressor and a control board first thing, and the tracking hasn't moved "
           "since we picked it up.", m="A"),
    dict(p=LE, s="heard", t="hmm it's showing out for delivery on my screen, are you sure nobody signed for it?",
         m="", v=["doubt"], n="rhetorical doubting question, not a real question"),
    dict(p=LE, s="heard", t="Parcels do go walkabout now and then, it's the nature of it.", m="",
         v=["dismissal"], n="minimising (rule 9)"),
    dict(p=LE, s="heard", t="oh that's grim. has the restaurant had to shut the kitchen?", m="EQ"),
    dict(p=LE, s="heard",
         t="you paid the overnight rate so you wouldn't look bad to your client, and we've made you look "
           "bad anyway. no wonder you're fuming", m="AE"),
    dict(p=LE, s="heard", t="We hand it to a third party courier, once it leaves us it's really down to them.",
         m="", v=["blame"]),
    dict(p=LE, s="heard",
         t="I appreciate you keeping your cool with me, honestly, when your restaurant's chasing you at the "
           "same time",
         m="AG", n="thanks that names his situation, as the original's 'customer on the other line'"),
    dict(p=LE, s="heard", t="alright there's no need for the sarcasm", m="", v=["calm_down"],
         n="like 'no need to shout'"),
    dict(p=LE, s="heard", t="you can take us to the small claims court if you like, we'll defend it", m="",
         v=["threat_back"]),
    dict(p=LE, s="heard", t="We do apologise if the service fell short on this occasion.", m="",
         v=["non_apology"]),
    dict(p=LE, s="options",
         t="I'll be honest, the lost business isn't something I can cover. What I can do is refund the "
           "overnight charge, get a trace started, and send a same-day courier with new parts at our "
           "expense. Shall I get that moving?", m="OIQ", n="honest obstacle then offer"),
    dict(p=LE, s="options", t="I'll get a courier out and I can promise you it'll be in the restaurant by three",
         m="OC", v=["over_promise"],
         n="the courier controls the delivery time: promising one is more than he may be given; a dated "
           "promise, so commitment too, as the original's 'apology from the CEO by tomorrow'"),
    dict(p=LE, s="options", t="Where's best for the new parts to go, your unit or the restaurant itself?",
         m="OIQ", n="choice about where the replacement goes: offers it"),
    dict(p=LE, s="options", t="honestly best thing is just give it another day, they usually turn up", m="",
         v=["dismissal"], n="asks him to wait and minimises; no remedy"),
    dict(p=LE, s="options",
         t="I'm really sorry, I- your client's breathing down your neck, I know. I can get new parts to them "
           "today on a same-day courier and give you the express fee back. want me to sort that now?", m="AEOIQ",
         n="'I can … today' inside a proposal is an offer, not a commitment"),
    dict(p=LE, s="options", t="um, I'll need to ask my supervisor what we can do about the parts", m="",
         n="escalation with no time and no remedy"),
    dict(p=LE, s="commitment",
         t="um so the trace has been opened now, reference ends four two nine, and the courier's booked to "
           "collect from our "
           "depot at one. I'll ring you at half three with where it's up to", m="OC"),
    dict(p=LE, s="commitment", t="I'm chasing the depot the second we hang up and you'll hear from me by four, "
                                 "either way", m="C", n="chasing is not a remedy; a callback with a time"),
    dict(p=LE, s="commitment", t="leave it with me and I'll chase it up", m="", n="no time, no remedy"),
    dict(p=LE, s="commitment",
         t="your express fee's been refunded this morning, you'll see it in three to five working days. and "
           "for the record the driver did attempt delivery", m="OC", v=["accusation", "correcting"],
         n="marks before the violation stand; 'for the record' + insisting on the attempt"),
    dict(p=LE, s="close",
         t="right marcus, express fee's refunded, the trace is running, and the parts are on the same-day "
           "courier. thanks for sticking with me through this, I'll text you the trace number by five",
         m="OCG"),
    dict(p=LE, s="close", t="did the parts make it to the restaurant in the end?", m="Q", n="follow-up check"),
    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="filler while she vents"),
    dict(p=EE, s="vent", t="could you confirm the account ID for Ferrow before we go on", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="heard",
         t="Three outages in one quarter, every one of them over the SLA, and your warehouse floor stood "
           "still each time.", m="A"),
    dict(p=EE, s="heard",
         t="if my operation had gone down three times in a quarter I'd be emailing the CEO too. I'm sorry it "
           "came to that", m="AE"),
    dict(p=EE, s="heard",
         t="Just to clarify, the second incident was planned maintenance. It was announced on the status "
           "page.", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="For the record, we don't accept that we've been negligent.", m="",
         v=["accusation"]),
    dict(p=EE, s="heard",
         t="if you want to bring lawyers into it that's your call, the contract's pretty clear on "
           "termination", m="", v=["threat_back"],
         n="answers her legal threat with the contract, as the original's 'termination fees are on you'"),
    dict(p=EE, s="heard", t="Outages are above my level unfortunately, I just look after billing queries.", m="",
         v=["dismissal"]),
    dict(p=EE, s="heard", t="[exhales] right. go on then, what else", m="", v=["insult"],
         n="transcribed sigh answers in kind (rule 12)"),
    dict(p=EE, s="heard",
         t="That sounds like an awful position to be in with your board. What are they asking you for?",
         m="EQ"),
    dict(p=EE, s="heard",
         t="I'm grateful you came straight to the top with this, honestly. it means it's landed with "
           "someone who can act on it", m="G"),
    dict(p=EE, s="heard",
         t="our monitoring only shows two incidents that breached, I'm not sure where the third one's coming "
           "from", m="", v=["doubt"]),
    dict(p=EE, s="heard",
         t="I- I understand. your people were stood around for six hours, again, and you're the one who has to "
           "explain it upstairs. how much did it cost you?", m="AQ"),
    dict(p=EE, s="options",
         t="what I can put in front of you today is the service credit for the whole quarter, an "
           "account manager assigned to you by name from monday, and a written report on the root cause. "
           "is that enough to take to your "
           "board?", m="OIQ", n="'from monday' inside an offer: not yet a commitment"),
    dict(p=EE, s="options", t="I'll let you out of the contract with no penalty, that's the least we owe you",
         m="O", v=["over_promise"], n="release from the contract is beyond the allowance"),
    dict(p=EE, s="options", t="and I can guarantee you, hand on heart, you won't see another outage", m="",
         v=["over_promise"], n="bare guarantee: over_promise without options (rule 5)"),
    dict(p=EE, s="options", t="I can take it to my director and see what's on the table.", m="",
         n="escalation, no remedy, no time"),
    dict(p=EE, s="options",
         t="you need something solid for the board, not more apologies. so, the SLA credit for the quarter, "
           "an account manager who's yours by name, and a root cause report with dates in it. would that do "
           "as a starting point", m="AOIQ"),
    dict(p=EE, s="options", t="there are remedies under the contract, but that's one for legal, not me", m="",
         v=["dismissal"], n="mentions remedies, offers none and hands it off ('not me'); unlike the original's "
                             "'need to talk to legal before I can tell you', which only delays"),
    dict(p=EE, s="commitment",
         t="thank you for your patience with all this. the quarter's service credit goes on your next invoice, "
           "tom hughes is your account manager and he's ringing you tomorrow at ten, and you'll have the "
           "root cause report in writing by the twelfth", m="OCG"),
    dict(p=EE, s="commitment", t="I'll have our head of platform email you personally by close of business",
         m="C", n="escalation with a time: commitment, not options (rule 4)"),
    dict(p=EE, s="commitment",
         t="um so I've, I've logged it as a priority one, and someone senior will be in touch with you about "
           "the report", m="", n="no time, no remedy"),
    dict(p=EE, s="close",
         t="Thank you for hearing me out today, Eleanor. I'll send the written summary of what we've agreed "
           "before six tonight.", m="CG"),
    dict(p=EE, s="close", t="before I let you go, have I missed anything you wanted covered?", m="Q",
         n="ending check: not asks_input"),
    # --- vip-client ---
    dict(p=VC, s="vent", t="of course, sir.", m=""),
    dict(p=VC, s="vent", t="before anything else I'll need to verify you, can you give me your security word",
         m="Q", v=["premature_details"]),
    dict(p=VC, s="heard",
         t="You found out your own transfer was late from the seller's solicitor, not from us. That's "
           "embarrassing for us, and it must have been mortifying for you.", m="AE"),
    dict(p=VC, s="heard", t="two days late on a completion, the whole purchase hanging by a thread, and not one "
                            "call from us", m="A"),
    dict(p=VC, s="heard",
         t="all high value payments get held for compliance checks, that's regulatory, there's no way round "
           "it", m="", v=["policy"]),
    dict(p=VC, s="heard", t="I'm sorry you were left with that impression of us", m="", v=["non_apology"],
         n="sorry about how he sees it, not about the event (rule 7)"),
    dict(p=VC, s="heard", t="our records show the instruction reached us after the cut-off, sir", m="",
         v=["accusation", "correcting"], n="evidence against the customer (rule 10)"),
    dict(p=VC, s="heard", t="with respect sir, if you'd rather bank elsewhere we won't stand in your way", m="",
         v=["threat_back"]),
    dict(p=VC, s="heard", t="Did the sellers charge you anything for the delay? Any kind of penalty?", m="Q"),
    dict(p=VC, s="heard", t="Sir, if you could just lower your tone slightly.", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="I'm really sorry. and thank you for staying with us despite all this", m="EG"),
    dict(p=VC, s="heard", t="I do have other clients, sir", m="", v=["insult"],
         n="rude impatience in kind"),
    dict(p=VC, s="heard",
         t="I can hear how close you came to losing that house, and I'm so sorry. what would help you trust "
           "us with the next one?", m="AEIQ", n="'I can hear how…' counts as both (rule 1)"),
    dict(p=VC, s="options",
         t="What I'd propose is this: the transfer fees reversed, a named senior banker on a direct line, and "
           "same-day processing on everything you send us from now on. Shall I put that in place?",
         m="OIQ"),
    dict(p=VC, s="options", t="I'll waive every fee on your accounts for the next two years.", m="O",
         v=["over_promise"]),
    dict(p=VC, s="options",
         t="the fees I can reverse today, and I can also give you edward's direct number, he's one of our "
           "senior relationship bankers. which would you like me to do first?", m="OIQ",
         n="'I can … today' inside a choice: options, not commitment"),
    dict(p=VC, s="options",
         t="I'm afraid I can't offer compensation for the delay, I'm sorry, but I can reverse the fees and "
           "set up expedited transfers. would that be acceptable?", m="OIQ",
         n="'sorry' apologises for the refusal: not empathise"),
    dict(p=VC, s="commitment",
         t="The fee reversal is going through now, and Edward will ring you from his direct line at ten "
           "tomorrow.", m="OC"),
    dict(p=VC, s="commitment",
         t="I'm flagging your accounts for same-day transfers this afternoon, and you'll have written "
           "confirmation by email before five.", m="OC"),
    dict(p=VC, s="commitment",
         t="I'm reversing the fee now, and I'll put a thousand pounds into your account for the stress", m="OC",
         v=["over_promise"], n="compensation on top is beyond fee reversal, a direct line and expedited transfers"),
    dict(p=VC, s="close", t="Thank you, Mr Fairclough, for giving us the opportunity to put this right.",
         m="G"),
    dict(p=VC, s="close", t="thank you for your patience sir, and I'm sorry again about the completion",
         m="EG"),
    # --- failed-twice ---
    dict(p=FT, s="vent", t="can I take the serial number off the machine quickly", m="Q",
         v=["premature_details"]),
    dict(p=FT, s="heard",
         t="so it's been, um, repaired, it's broken down twice since, and the supervisor who was meant to call you "
           "monday never did", m="A"),
    dict(p=FT, s="heard",
         t="seven months old and you've had more engineer visits than washes out of it, I'd be tearing my "
           "hair out", m="AE"),
    dict(p=FT, s="heard", t="I'm sorry you've been left ringing round for a callback that should've come days ago",
         m="AE", n="'sorry you've been left…' + what she went through (rule 14)"),
    dict(p=FT, s="heard", t="are you overloading it at all? that's usually what kills the drain pump", m="",
         v=["doubt", "correcting"], n="implies her error; not a real question"),
    dict(p=FT, s="heard", t="the supervisor should of rung you, that's on him not me", m="", v=["blame"],
         n="'should of' mis-hearing"),
    dict(p=FT, s="heard", t="sorry that you feel let down by the product", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="Honestly, washing machines do break. It's just one of those things.", m="",
         v=["dismissal"]),
    dict(p=FT, s="heard", t="Oh that's hard with little ones. Where are you doing the washing at the minute?",
         m="EQ"),
    dict(p=FT, s="heard", t="I can only go by what the warranty covers. That's the procedure.", m="",
         v=["policy"]),
    dict(p=FT, s="heard", t="Thanks for not giving up on us Kelly, I mean that.", m="G"),
    dict(p=FT, s="heard", t="there's no point screaming at me, I didn't break it", m="",
         v=["calm_down", "dismissal"]),
    dict(p=FT, s="options",
         t="I can't do a refund or a newer model, I'll be upfront, but I can swap it for a new machine, "
           "same model, with two years extra warranty, or get a senior engineer round before friday. thanks "
           "for waiting while I looked into it. which sounds better?", m="OGIQ"),
    dict(p=FT, s="options", t="Tell you what, I'll upgrade you to the next model up at no extra cost.", m="O",
         v=["over_promise"]),
    dict(p=FT, s="options", t="I could look at getting someone out, maybe, I'd have to check", m="",
         n="hedged, like the original's 'it depends. I'd have to check': offers nothing yet"),
    dict(p=FT, s="options",
         t="you've been really patient and we keep letting you down, I'm sorry. a same model replacement "
           "with an extended warranty, delivered this week, would that help?", m="AEOIQ"),
    dict(p=FT, s="options", t="what would you like us to do, honestly? I'm listening", m="IQ"),
    dict(p=FT, s="commitment",
         t="right, it's done. matt, one of our senior engineers, is with you wednesday morning, and I'll call "
           "you tomorrow lunchtime myself, no supervisor, just me", m="OC"),
    dict(p=FT, s="commitment", t="I'm going to ring the supervisor's manager now and get back to you inside the "
                                 "hour", m="C"),
    dict(p=FT, s="commitment",
         t="I'll get the replacement ordered today kelly and the extended warranty added, you'll get both "
           "confirmations by email, is your email still the hotmail one?", m="OCQ",
         n="details after venting: a real question, not premature"),
    dict(p=FT, s="close",
         t="So that's the new machine coming Thursday with the extra warranty on it, and I'll check in "
           "Friday morning. Thanks for giving us one more go, Kelly.", m="OCG"),
    dict(p=FT, s="close", t="Was there anything else you wanted to ask about the warranty?", m="Q"),
    # --- billing-error ---
    dict(p=BE, s="vent", t="what's the email address the subscription's under", m="Q", v=["premature_details"]),
    dict(p=BE, s="vent", t="oh that's awful, I'm sorry. have you got your customer reference there?", m="EQ",
         v=["premature_details"]),
    dict(p=BE, s="heard",
         t="so like, you cancelled, we took two payments anyway, the bank hit you with a fee, and then live chat "
           "told you it was sorted when it wasn't", m="A"),
    dict(p=BE, s="heard",
         t="On a pension, an overdraft fee really hurts, and it was our mistake that caused it. I'm truly "
           "sorry, Margaret.", m="AE"),
    dict(p=BE, s="heard",
         t="the cancellation only kicks in at the end of the billing cycle, so the first payment was "
           "technically due", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="Whoever you spoke to on live chat should never have told you that.", m="",
         v=["blame"], n="fault-finding against another agent; not an acknowledgement"),
    dict(p=BE, s="heard", t="margaret shouting at me won't get it refunded any faster", m="",
         v=["calm_down"]),
    dict(p=BE, s="heard", t="I've got no record of a cancellation here, are you sure you completed it?", m="",
         v=["doubt"]),
    dict(p=BE, s="heard",
         t="thank you for ringing back, even though you were already told once that it was fixed", m="AG",
         n="thanks that names what she went through, as the original's 'on hold ages already'"),
    dict(p=BE, s="heard", t="it's twelve pound, it's hardly the end of the world", m="", v=["insult"],
         n="like the original's 'it's only money': belittling in kind"),
    dict(p=BE, s="heard",
         t="I'm so sorry, you shouldn't be out of pocket for our mistake, I'm refunding both payments right "
           "now", m="AEOC", n="owns the failure: acknowledge; 'right now' attached to the refund"),
    dict(p=BE, s="heard",
         t="I'm sorry, I hear you. but your contract says thirty days notice to cancel", m="",
         v=["correcting"], n="'but' into correcting cancels both marks"),
    dict(p=BE, s="options",
         t="I'll refund both payments and pay back the overdraft fee your bank charged, and I can email a "
           "letter confirming the subscription's cancelled. Does that cover it for you?", m="OIQ",
         n="'I'll' with no time: options, not commitment"),
    dict(p=BE, s="options", t="I'll refund both charges and add three months free for the trouble.", m="O",
         v=["over_promise"], n="free months are not allowed"),
    dict(p=BE, s="options", t="your bank will definitely take the overdraft fee off once they see our letter",
         m="", v=["over_promise"], n="a promise about what her bank will do; offers nothing we control"),
    dict(p=BE, s="options",
         t="shall I send the money back to the card you paid with, or would a bank transfer be better for "
           "you?", m="OIQ"),
    dict(p=BE, s="options", t="you could always go through the formal complaints process if you're not happy",
         m="", v=["policy"], n="points her at a process instead of helping"),
    dict(p=BE, s="commitment",
         t="Both refunds are going through now. You should see them within three to five working days, and "
           "I'll post the cancellation letter today.", m="OC"),
    dict(p=BE, s="commitment", t="I'll ring you Friday at eleven to check it's all landed in your account.", m="C"),
    dict(p=BE, s="commitment", t="it'll be sorted, I promise you", m="", n="promise with no time or remedy"),
    dict(p=BE, s="commitment",
         t="I'll have the confirmation letter in the post to you today, is the address we've got still "
           "right?", m="OCQ", n="written confirmation is an allowed remedy; address check after venting"),
    dict(p=BE, s="close", t="thanks for being so patient margaret, and sorry again for the worry it's caused",
         m="EG"),
    dict(p=BE, s="close", t="right that's everything. apologies for any inconvenience caused", m="",
         v=["non_apology"]),
    # --- generic ---
    dict(p=None, s="vent", t="uh huh", m=""),
    dict(p=None, s="vent", t="sorry to stop you, what's the postcode", m="Q", v=["premature_details"]),
    dict(p=None, s="vent", t="okay alright alright, deep breaths", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="So the order turned up broken, and when you rang about it, you got cut off twice.",
         m="A"),
    dict(p=None, s="heard", t="That's a rubbish way to be treated, and I'm sorry it happened with us.", m="E"),
    dict(p=None, s="heard", t="Sorry you've had such a stressful week.", m="", v=["non_apology"],
         n="'sorry you've had a bad week' names no event (rule 7)"),
    dict(p=None, s="heard", t="mate, I'm not the one who broke it", m="", v=["dismissal"],
         n="like the original's 'I didn't do it'"),
    dict(p=None, s="heard",
         t="Four calls to get this far. That's four too many. What would you want me to do now?", m="AIQ"),
    dict(p=None, s="heard", t="that would have wound me right up", m="E"),
    dict(p=None, s="heard", t="That doesn't add up, the system says it was delivered at ten past two.", m="",
         v=["doubt"]),
    dict(p=None, s="heard", t="so you're alleging our driver threw it over the fence", m="", v=["accusation"]),
    dict(p=None, s="heard",
         t="I get that it's frustrating, and I'll sort the refund today. just for the record, the courier did "
           "try twice", m="AEOC", v=["accusation", "correcting"],
         n="'I get that it's frustrating' is both (rule 1); no 'but', so the marks stand before the "
           "violation (rule 2)"),
    dict(p=None, s="heard", t="I'm not being funny but your not the only one waiting on a delivery", m="",
         v=["insult", "dismissal"], n="'your' mis-hearing; rude like the original's 'not the only customer "
                                      "I've got', and minimising like 'parcels go missing all the time'"),
    dict(p=None, s="options", t="I can send a replacement out or refund you in full, totally your call, which "
                                "would you rather", m="OIQ"),
    dict(p=None, s="options", t="I can put twenty quid credit on there to make up for it.", m="O",
         n="offer with no question and no time"),
    dict(p=None, s="options", t="delivery's free for you forever, from now on, that's a promise", m="O",
         v=["over_promise"]),
    dict(p=None, s="options", t="I can only refund once the item's been returned, that's how the system works.",
         m="", v=["policy"]),
    dict(p=None, s="options", t="apologies if it's been a hassle. I can send a replacement out if you'd like?",
         m="OIQ", v=["non_apology"], n="non-apology first, then a real offer"),
    dict(p=None, s="options",
         t="I'm so sorry you've been messed about. I could do a full refund, or a replacement sent out "
           "next day, it's up to you", m="AEOI",
         n="'sorry you've been messed about' names what happened to them (rule 14); 'it's up to you' is an "
           "imperative invitation: asks_input without a question"),
    dict(p=None, s="commitment", t="I'll phone you at four. On the dot.", m="C"),
    dict(p=None, s="commitment",
         t="The refund's gone through this minute, and you'll get the email confirming it before you've even "
           "put the phone down.", m="OC"),
    dict(p=None, s="commitment", t="I'm escalating it to my team leader right now.", m="C",
         n="escalation with 'right now': commitment, not options (rule 4)"),
    dict(p=None, s="commitment", t="I'll call you back shortly with an update", m="",
         n="'shortly' is vague, like 'soon'"),
    dict(p=None, s="commitment",
         t="The replacement's gone on priority dispatch, and you'll have a text with the courier's slot by "
           "nine tomorrow. Thank you for bearing with us.", m="OCG"),
    dict(p=None, s="close", t="Thanks ever so much for being so nice about it.", m="G"),
    dict(p=None, s="close", t="okay, bye now, take care", m=""),
    dict(p=None, s="close", t="yeah cheers for all the shouting, bye", m="", v=["insult"],
         n="sarcastic thanks"),
    dict(p=None, s="close", t="so you'll get your refund, and I'm sorry again about the hassle", m="EO",
         n="confirms the remedy with no time: no commitment"),
    dict(p=None, s=None, t="I'm on your side here, honestly", m="", n="on-their-side phrase: no mark"),
    dict(p=None, s=None, t="whatever, leave a review then", m="", v=["threat_back", "insult"]),
    dict(p=None, s=None, t="You're right, that's not on, and I'm sorry.", m="AE"),
    dict(p=None, s=None, t="honestly I'm on it, right now, you've got my word", m="",
         n="'right now' with no concrete step, as the original's 'let me see what I can do': no commitment"),
]

write_batch(ITEMS, "go", Path(__file__).with_name("replies_extra196.jsonl"))
