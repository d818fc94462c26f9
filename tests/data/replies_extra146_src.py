"""Source of `replies_extra146.jsonl`: batch 146, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is a fresh
cross-section: the original set's own mix of personas, stages, marks and violation kinds (about a
third of the replies carry a violation, about a quarter are good replies with three or more marks,
a few carry no mark at all), in entirely new wordings and situations. Examples: "on a pension as
well, that overdraft fee must have really stung" (acknowledge + empathise), "if coutts would look
after you better, nobody's stopping you, sir" (threat_back), "there's maybe an option to escalate
it, I'm not sure" (no mark: the word without an offer), "okay okay, deep breaths, it's a washing
machine not the end of the world" (calm_down + insult). Hard negatives sit beside the positives:
back-channels, fillers and "understood" while the customer vents, "I hear you" said straight into a
request for details, "sorry" as a politeness marker or for a refusal, vague promises, times inside
an offer, escalations, the word "option" with nothing offered, and tag or rhetorical questions.
About half are styled like a Whisper transcript; every persona, the generic `None`, and every stage
appear.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra146.jsonl next to it (ids eq0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician (Bernadette: broadband install missed twice, a day off each time) ---
    dict(p=MT, s="vent", t="yeah... yeah okay", m="", n="back-channel while she vents: no mark"),
    dict(p=MT, s="heard", t="so you booked the morning slot, took the day off, nobody came, and then the exact same "
         "thing happened the second time. and not one phone call. that's shocking, I'm sorry", m="AE"),
    dict(p=MT, s="heard", t="well the engineers do run over sometimes, that's just the nature of the job",
         m="", v=["dismissal"], n="minimising the no-show (rule 9)"),
    dict(p=MT, s="heard", t="two days off for nothing, that's awful. did you have to use holiday for the second one "
         "as well or was your boss okay about it", m="AEQ", n="asks about the impact; no question mark"),
    dict(p=MT, s="heard", t="to be fair that's the subcontractor's crew, they've been letting everyone down this "
         "month", m="", v=["blame"]),
    dict(p=MT, s="options", t="I can't hand back every penny of the installation, being honest with you. what I can "
         "do is knock the installation fee off altogether, pop a month's credit on the account, and put you in the "
         "eight o'clock slot, first job of the day. does that feel like a fair start?", m="OIQ",
         n="honest limit, not a policy wall (rule 11)"),
    dict(p=MT, s="options", t="ok so um full refund on everything plus I'll get you a free upgrade to the fastest "
         "package for a year, how's that", m="OIQ", v=["over_promise"]),
    dict(p=MT, s="commitment", t="right that's your eight a.m. slot on tuesday locked in, the installation fee's "
         "off, and I'll text you the engineer's name by six tonight", m="OC"),
    dict(p=MT, s="heard", t="for the record our system shows the engineer attended at eleven forty",
         m="", v=["accusation", "doubt"], n="contradicts her account with records: court-room framing and doubt"),
    dict(p=MT, s="heard", t="honestly I'd be fuming. you gave up two days wages and we didn't so much as ring you",
         m="AE"),
    dict(p=MT, s="heard", t="thank you for sticking with this after two no-shows, a lot of people would of just "
         "cancelled on us by now", m="AG", n="'would of' mis-hearing; 'no-shows' restates what happened"),
    dict(p=MT, s="heard", t="I'm not being spoken to like that, I'll put the phone down on you",
         m="", v=["threat_back"]),
    dict(p=MT, s="close", t="so that's you sorted for monday, eight o'clock, and the credits on your account "
         "already. thanks ever so much for bearing with me bernadette", m="OCG"),
    dict(p=MT, s="heard", t="I'm sorry if the engineer not turning up caused you any bother", m="", v=["non_apology"],
         n="'sorry if' makes it conditional"),
    dict(p=MT, s="heard", t="so that's two days' pay gone and you want every penny back. I get that, and I'm sorry, "
         "I would too. mind if I run through what I'm able to offer?", m="AEIQ",
         n="asks permission before offering; no remedy named yet"),
    dict(p=MT, s="options", t="would a saturday first slot suit you better? then work doesn't come into it. and I'd "
         "waive the fee on top", m="OIQ"),
    dict(p=MT, s="heard", t="you're sure it was the morning window you booked?", m="", v=["doubt"],
         n="rhetorical doubt, not a real question"),
    dict(p=MT, s="commitment", t="I know another day off work is out of the question for you. leave it with me, I'm "
         "onto the field team now, and you'll get a call from me before half four telling you exactly who's coming",
         m="AC", n="callback with a time: commitment, not a remedy"),
    dict(p=MT, s="heard", t="I'm so sorry bernadette. two mornings gone and not even a call. let me put it right, no "
         "installation fee, a month's credit, and our first slot at eight. tuesday or thursday?", m="AEOIQ"),
    dict(p=MT, s="heard", t="you've got to stop shouting at me for a sec, please. look I'm sorry it happened twice, "
         "and I'll waive the fee today", m="EOC", v=["calm_down"],
         n="marks after the violation are not cancelled (rule 2)"),

    # --- lost-express (Marcus: compressor and control board for a restaurant client, never arrived) ---
    dict(p=LE, s="vent", t="sorry to cut in, have you got the consignment number there",
         m="Q", v=["premature_details"], n="'sorry' is a politeness marker"),
    dict(p=LE, s="heard", t="so the compressor and the board were meant to be at the restaurant first thing, and the "
         "tracking's just sat there since we picked it up. that's really not on", m="A"),
    dict(p=LE, s="heard", t="ugh that's the worst, a restaurant with no fridges and there ringing you not us. I'm so "
         "sorry marcus", m="AE", n="'there' for 'they're'"),
    dict(p=LE, s="heard", t="so the restaurant's cold room is down because our parcel never turned up? like how long "
         "can they hold out without it", m="AQ", n="check-back, then a real question"),
    dict(p=LE, s="options", t="here's where I'm at. paying for work you might lose isn't something I can do, but "
         "I'll give you back the express charge, get a trace started, and book a courier today to run new parts out "
         "to the restaurant, our cost. want me to go ahead?", m="OIQ",
         n="proposal awaiting his answer: no time, so no commitment"),
    dict(p=LE, s="options", t="tell you what, I'll pay for the parts, the express, and whatever the restaurant's "
         "charging you for the hassle, just send me the invoice", m="O", v=["over_promise"]),
    dict(p=LE, s="commitment", t="the courier's booked, collection from your unit at one, and you'll have the "
         "driver's tracking link on your phone in the next few minutes", m="OC"),
    dict(p=LE, s="heard", t="thanks for ringing us straight away marcus, the sooner the trace starts the better "
         "chance we've got", m="G"),
    dict(p=LE, s="heard", t="look mate, shouting at me won't make the van go any faster",
         m="", v=["calm_down", "insult"], n="tells him to stop shouting, with a sarcastic jab"),
    dict(p=LE, s="heard", t="I know. your reputation's on the line with that restaurant and it's our parcel that's "
         "done it", m="A", n="owns the failure, no feeling named or apology: acknowledge only"),
    dict(p=LE, s="options", t="um do you want the replacement going direct to the restaurant or back to your "
         "workshop first so you can fit it", m="OIQ", n="choice question without a question mark"),
    dict(p=LE, s="heard", t="that's the courier company, they're contracted, I'd take it up with them honestly",
         m="", v=["blame", "dismissal"]),
    dict(p=LE, s="close", t="right, the express fee's back on your card, the trace is live, and the new parts are on "
         "the van. thank you for keeping your cool with me, and I'll ring you tomorrow at ten with whatever the "
         "trace turns up", m="OCG"),
    dict(p=LE, s="heard", t="I'm sorry for any inconvenience caused by the delay to your delivery",
         m="", v=["non_apology"]),
    dict(p=LE, s="commitment", t="I've flagged the trace as urgent with the depot, and you'll hear from me inside "
         "sixty minutes, trace result or no trace result", m="OC"),
    dict(p=LE, s="heard", t="a restaurant with no cold room on a friday night, that's horrible, honestly. have they "
         "threatened to go to someone else?", m="AEQ"),
    dict(p=LE, s="heard", t="I'm so sorry, marcus, honestly. but parcels get lost, it's one of those things",
         m="", v=["dismissal"], n="'but' leads into minimising: apology cancelled"),
    dict(p=LE, s="commitment", t="you've been brilliant about this, thank you. the express refund's gone through now "
         "and the trace reference will be in your email before three", m="OCG"),

    # --- escalated-exec (Eleanor, Ferrow Logistics: third SLA breach this quarter, went to the CEO) ---
    dict(p=EE, s="vent", t="understood", m="", n="'understood' as a filler while she vents (rule 1)"),
    dict(p=EE, s="vent", t="before you go on can I just get the client ID for ferrow", m="Q", v=["premature_details"]),
    dict(p=EE, s="heard", t="three outages in one quarter, every one of them outside the SLA, and your warehouses "
         "stood still each time. it makes complete sense that you went over everyone's head", m="A",
         n="understanding her action, not naming a feeling: acknowledge only"),
    dict(p=EE, s="heard", t="you must be sick of explaining three outages to people who then don't fix any of them. "
         "I'm sorry eleanor", m="AE"),
    dict(p=EE, s="heard", t="and um how many of your sites went down this last time, was it all of them", m="Q"),
    dict(p=EE, s="options", t="so what I can offer you today is the service credit for the whole quarter, a named "
         "account manager from this week, and the root-cause report in writing by the twelfth. is that enough to "
         "bring to your board meeting?", m="OIQ", n="dates inside an offer: not yet a commitment"),
    dict(p=EE, s="options", t="I'll tear up the contract, no exit fees, and we'll cover your losses, you have my word",
         m="O", v=["over_promise"]),
    dict(p=EE, s="heard", t="with respect, the uptime for the quarter is still within tolerance if you average it out",
         m="", v=["correcting"]),
    dict(p=EE, s="heard", t="if you want to cancel, fine, but the exit penalties apply in full and I'll make sure "
         "legal chases every penny", m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="I'm grateful you've picked up the phone to me before the lawyers get involved, I really "
         "am", m="G"),
    dict(p=EE, s="commitment", t="your account manager is tom okafor, he'll ring you at ten tomorrow, and you'll "
         "have the root-cause report in your inbox by friday the sixth", m="OC"),
    dict(p=EE, s="heard", t="I'll note your allegation that the outages were covered up", m="", v=["accusation"]),
    dict(p=EE, s="heard", t="I'm frankly not the person for contract stuff, that sits with commercial",
         m="", v=["dismissal"]),
    dict(p=EE, s="heard", t="you went out on a limb recommending us to your board and it's your neck on the block "
         "now. I'd be furious, honestly", m="AE"),
    dict(p=EE, s="close", t="thank you eleanor. I know we've got ground to make up. you'll hear from tom at ten "
         "tomorrow, and I'll check in with you myself on thursday", m="CG",
         n="calls from the already agreed account manager: commitment, no new remedy"),
    dict(p=EE, s="heard", t="we regret that you've been unhappy with the platform this quarter",
         m="", v=["non_apology"]),
    dict(p=EE, s="options", t="would it be more useful to have the root-cause report first, or the account manager "
         "in place first? I can start either today", m="OIQ", n="'I can ... today' inside a choice: offer"),
    dict(p=EE, s="heard", t="what's the knock-on been for your drivers, were loads sat waiting at the docks?", m="Q"),
    dict(p=EE, s="heard", t="sorry, I really am. three times is three times too many, and all you've had back is "
         "waffle. what does a good result look like for you by month end?", m="AEIQ"),
    dict(p=EE, s="commitment", t="I'll have a senior engineer call you by four today. though for future reference "
         "the outage line would've been quicker than emailing the CEO", m="C", v=["correcting"]),
    dict(p=EE, s="commitment", t="I'm sorry, eleanor, three breaches in a quarter is unacceptable. you'll have the "
         "root-cause report by wednesday noon, and your account manager will walk you through it that afternoon",
         m="AEOC"),
    dict(p=EE, s="options", t="I understand you want out of the contract. I can't release you from it, but I can "
         "apply the full quarter's SLA credit and give you a named account manager. would you be willing to look at "
         "that?", m="AOIQ", n="honest limit then an offer: acknowledgement stands"),
    dict(p=EE, s="heard", t="thank you for flagging it. for the record though, our monitoring had the outage at "
         "twenty minutes, not two hours", m="G", v=["accusation", "doubt"],
         n="thanks first is not cancelled; then disputes her figure with records"),

    # --- vip-client (Julian: completion wire two days late, heard it from the seller's solicitor) ---
    dict(p=VC, s="vent", t="of course, sir", m="", n="polite back-channel"),
    dict(p=VC, s="vent", t="sorry mr fairclough, for security, could I have the first line of your address",
         m="Q", v=["premature_details"]),
    dict(p=VC, s="heard", t="and to hear it from the seller's solicitor rather than from us, that must have been "
         "humiliating. I'm sorry", m="AE"),
    dict(p=VC, s="heard", t="the wire was two days late, the completion almost fell through, and nobody here picked "
         "up the phone to warn you. you've every reason to be angry", m="AE"),
    dict(p=VC, s="heard", t="I'm so sorry. did the sellers charge you anything for the late completion, interest or "
         "anything like that?", m="EQ"),
    dict(p=VC, s="options", t="let me reverse the fees on that transfer, and you'll get the direct number for a "
         "senior relationship banker, so it's one call and one person from now on. would that be acceptable to you?",
         m="OIQ"),
    dict(p=VC, s="options", t="I'll waive all fees on your accounts permanently and personally guarantee same day on "
         "every transfer, no exceptions", m="O", v=["over_promise"]),
    dict(p=VC, s="options", t="covering the solicitor's extra fees isn't something I can do, sorry, but the "
         "transfer fees I can reverse, and I can put you through to a senior banker direct. shall I do both?",
         m="OIQ", n="'sorry' for the refusal is not empathy; honest limit, not a policy wall"),
    dict(p=VC, s="heard", t="the transfer was held by the correspondent bank, not by us, sir", m="", v=["blame"]),
    dict(p=VC, s="heard", t="I'm sorry you feel we didn't keep you informed", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="mr fairclough, I'd ask you to moderate your tone please", m="", v=["calm_down"]),
    dict(p=VC, s="commitment", t="I understand how badly we let you down. I've reversed the fees this morning, and "
         "your senior banker, claire, will call you at two this afternoon with her direct line", m="AOC",
         n="owns the failure: acknowledge"),
    dict(p=VC, s="heard", t="thank you for staying with us, sir. I don't take twenty years of loyalty lightly", m="G"),
    dict(p=VC, s="heard", t="well, if coutts would look after you better, nobody's stopping you, sir",
         m="", v=["threat_back"], n="answers his threat to move banks in kind"),
    dict(p=VC, s="close", t="so the fees are reversed, claire's number is in your email, and every transfer from "
         "tomorrow is flagged same-day. thank you for your patience with me this morning, sir", m="OCG"),
    dict(p=VC, s="heard", t="what would restore your confidence in us, sir? I'd rather hear it from you than guess",
         m="IQ"),
    dict(p=VC, s="heard", t="I can hear how close this came to costing you the house", m="AE",
         n="'I can hear how...' counts as both (rule 1)"),
    dict(p=VC, s="options", t="would you rather I set up expedited transfers on all your accounts, or just the one "
         "you use for property?", m="OIQ"),
    dict(p=VC, s="vent", t="I- I'm so sorry sir, that's dreadful, please, go on", m="E", n="false start"),
    dict(p=VC, s="options", t="I'm so sorry, sir. learning about it from the seller's solicitor is not how any "
         "client should find out. would it help to have one senior banker you can ring directly, starting today?",
         m="AEOIQ"),
    dict(p=VC, s="options", t="of course the fee comes off today sir, though to be fair you did send the instruction "
         "after the cut off", m="OC", v=["correcting"], n="the offer comes before the 'though', so it stands"),
    dict(p=VC, s="heard", t="I do apologise most sincerely for the distress this caused you and your family", m="E",
         n="over-formal but sincere: names the distress, not 'any inconvenience'"),

    # --- failed-twice (Kelly: washing machine repaired, broke twice since; promised callback never came) ---
    dict(p=FT, s="vent", t="right can I get the serial number off the machine, it's on the inside of the door",
         m="Q", v=["premature_details"]),
    dict(p=FT, s="heard", t="so the engineers fixed it, it's packed up twice since, and on monday someone promised "
         "you a supervisor would ring within a day and nobody did. that's on us kelly, I'm sorry", m="AE"),
    dict(p=FT, s="heard", t="no machine with three kids in the house, that's hard. are the uniforms going to the "
         "launderette now? how are you coping", m="AEQ"),
    dict(p=FT, s="heard", t="I'd of lost it by now to be honest, like, three times with the same machine", m="AE"),
    dict(p=FT, s="options", t="I can't do you an upgrade, that's not one I'm allowed to give, I'll be upfront. but I "
         "can swap it for a brand new one of the same model with two years extra warranty, or send our senior "
         "engineer this week with a loan machine while he fixes it. which sounds better?", m="OIQ",
         n="honest limit, not a policy wall; times inside a choice"),
    dict(p=FT, s="options", t="I'll just refund you in full and you can buy whatever machine you like",
         m="O", v=["over_promise"]),
    dict(p=FT, s="heard", t="nine times out of ten it's overloading that does it, how big are your loads?",
         m="", v=["doubt", "correcting"], n="implies her error; the question is not a real one"),
    dict(p=FT, s="heard", t="thank you for ringing back again, honestly, you shouldn't have had to chase us", m="AG",
         n="names what she went through: acknowledge"),
    dict(p=FT, s="commitment", t="I've got the senior engineer down for wednesday morning, between eight and eleven, "
         "and he'll bring a loan machine with him. I'll ring you tuesday after five to confirm", m="OC"),
    dict(p=FT, s="heard", t="look, I can't magic a machine out of thin air, can I", m="", v=["insult"],
         n="sarcastic rhetorical"),
    dict(p=FT, s="heard", t="I'm sorry you're unhappy with the repair", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="you'll need to go through the warranty claims form like everyone else, that's how it's "
         "done", m="", v=["policy"]),
    dict(p=FT, s="close", t="okay so the new one's coming on friday, same model, two years extra on the warranty, "
         "and they'll take the old one away. thanks for giving us one last go kelly", m="OCG"),
    dict(p=FT, s="heard", t="what matters more to you right now, getting it working this week or knowing it won't "
         "happen again?", m="IQ"),
    dict(p=FT, s="heard", t="I'm really sorry about monday. you were told a day, and you got nothing", m="AE"),
    dict(p=FT, s="options", t="what if we stop repairing it altogether and I send you a new one, same model, with "
         "the warranty extended two years? that sit ok with you?", m="OIQ"),
    dict(p=FT, s="heard", t="okay okay, deep breaths, it's a washing machine not the end of the world",
         m="", v=["calm_down", "insult"]),
    dict(p=FT, s="commitment", t="I'm so sorry. I'll chase the supervisor myself the minute we're done, and I'll "
         "ring you before two today, whatever he says", m="EC"),
    dict(p=FT, s="commitment", t="thanks for your patience, kelly. I've booked the replacement, same model, with the "
         "two year warranty, for delivery on tuesday, and I'll ring you monday evening to confirm", m="OCG"),
    dict(p=FT, s="heard", t="I'm so sorry about the callback. but the engineer's notes say it was packed too full "
         "both times", m="", v=["accusation", "correcting"],
         n="evidence of her error (rule 10); 'but' cancels the apology"),

    # --- billing-error (Margaret: retired teacher, charged twice after cancelling, overdraft fee) ---
    dict(p=BE, s="vent", t="could I just take your postcode and the last four digits of the card",
         m="Q", v=["premature_details"]),
    dict(p=BE, s="vent", t="oh margaret, I'm sorry. take all the time you need", m="E"),
    dict(p=BE, s="heard", t="right, so the subscription was cancelled, the money came out twice anyway, your bank "
         "hit you with an overdraft fee, and then our chat team told you it was sorted when it wasn't. I'm really "
         "sorry", m="AE"),
    dict(p=BE, s="heard", t="on a pension as well, that overdraft fee must have really stung", m="AE"),
    dict(p=BE, s="heard", t="the chat team shouldn't have told you that, they're always getting it wrong",
         m="", v=["blame"], n="blames another team"),
    dict(p=BE, s="heard", t="well you'd have seen in the cancellation email that the final charge still goes out",
         m="", v=["correcting"]),
    dict(p=BE, s="options", t="I'm refunding both charges, and the overdraft fee, I'll pay that back to you too. "
         "would you like written confirmation the subscription's closed, for your records?", m="OIQ",
         n="no time attached: options, not commitment"),
    dict(p=BE, s="options", t="I'll refund everything, give you six months free, and I'll have a word with your bank "
         "about the fee", m="O", v=["over_promise"]),
    dict(p=BE, s="commitment", t="both charges are going back to your card today, and the letter confirming the "
         "cancellation goes in the post tonight, so you'll have it by thursday", m="OC"),
    dict(p=BE, s="heard", t="you're stating you cancelled before the charge, is that your claim?",
         m="", v=["accusation"], n="hostile check, not a real question"),
    dict(p=BE, s="heard", t="thank you for being so clear about the dates, it makes this much easier to put right. "
         "the cancellation went in on the ninth and we still took it twice", m="AG"),
    dict(p=BE, s="heard", t="has the bank said, uh, whether they'll take the fee off if we send them a letter?", m="Q"),
    dict(p=BE, s="heard", t="I'm afraid refunds over fifty pound have to be requested in writing", m="", v=["policy"]),
    dict(p=BE, s="heard", t="I can't see why the chat team would say it was fixed if it wasn't", m="", v=["doubt"],
         n="disbelief, not sympathy (contrast rule 8)"),
    dict(p=BE, s="close", t="so that's both charges back and the overdraft fee covered. thank you, margaret, for "
         "putting up with all this, and I'm sorry it took a second phone call", m="AEOG",
         n="'sorry it took a second phone call' names what she went through (rule 14)"),
    dict(p=BE, s="options", t="would you prefer the refund to the card you paid with or straight into your current "
         "account so the overdraft clears quicker?", m="OIQ"),
    dict(p=BE, s="heard", t="I'm really sorry. you did exactly what you were meant to, you cancelled, and we kept "
         "charging you", m="AE"),
    dict(p=BE, s="heard", t="sweetheart, honestly, don't get yourself so worked up", m="", v=["calm_down", "insult"],
         n="patronising as well as telling her to calm down"),
    dict(p=BE, s="commitment", t="I know money's tight on a pension, so I've put the refund through while we've been "
         "talking, you'll see it in three to five days, and I'll email the overdraft reimbursement over in the next "
         "ten minutes", m="AOC"),
    dict(p=BE, s="heard", t="what would put your mind at rest, margaret? tell me and I'll see what I can do", m="IQ"),
    dict(p=BE, s="options", t="thank you for explaining it so clearly. I can see both charges went out after the "
         "cancellation, you're absolutely right. shall I refund them for you now?", m="AOGIQ"),
    dict(p=BE, s="heard", t="I'm really sorry margaret. the overdraft part has to go in writing to our complaints "
         "team, that's the process", m="E", v=["policy"], n="no 'but': the apology stands beside the wall"),
    dict(p=BE, s="heard", t="I hear you, margaret, we charged you twice after you cancelled. but it's your bank's "
         "fee, not ours, so I can't touch that", m="", v=["blame"],
         n="'but' leads into blame: acknowledgement cancelled; refusing the allowed reimbursement"),

    # --- generic (no persona) ---
    dict(p=None, s=None, t="let me have a look and see what's gone on", m="", n="no time, no remedy"),
    dict(p=None, s=None, t="if that happened to my mum I'd be absolutely raging", m="E"),
    dict(p=None, s=None, t="apologies that you weren't happy with the service you received", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="well you're the one who ticked the box, not me", m="", v=["blame"],
         n="fault put on the customer"),
    dict(p=None, s="vent", t="uh huh", m=""),
    dict(p=None, s="vent", t="oh no I'm sorry to hear that, what's the order number so I can pull it up",
         m="EQ", v=["premature_details"], n="sincere apology, then a details request while venting"),
    dict(p=None, s="heard", t="so the sofa came with a rip down the back, the driver left before you'd even opened "
         "it, and now nobody's answering your emails. is that about right?", m="AQ", n="check-back question"),
    dict(p=None, s="heard", t="I'm really sorry you've had to wait in three days running for a delivery that never "
         "came", m="AE", n="rule 14"),
    dict(p=None, s="heard", t="with respect, you're being completely unreasonable now", m="", v=["insult"]),
    dict(p=None, s="heard", t="the terms say fourteen days, you rang on day sixteen, so technically your out of time",
         m="", v=["correcting"], n="'your' mis-hearing"),
    dict(p=None, s="heard", t="no, I hear you. your phone bill tripled because the roaming add-on never switched on. "
         "that's a horrible surprise to open", m="AE"),
    dict(p=None, s="options", t="I can take the roaming charges off in full, or if you'd rather, put them as credit "
         "against next month. which suits you?", m="OIQ"),
    dict(p=None, s="options", t="there's maybe an option to escalate it, I'm not sure", m="",
         n="the word 'option' with nothing offered; escalation is not a remedy"),
    dict(p=None, s="commitment", t="I'm sorry it's gone again after one repair already. I'll get the replacement "
         "part ordered today and ring you by friday lunchtime with a fitting date", m="AEOC"),
    dict(p=None, s="commitment", t="I'm going to speak to my team leader and get back to you this afternoon", m="C",
         n="escalation with a time: commitment only (rule 4)"),
    dict(p=None, s="heard", t="it means a lot that you've stuck with us long enough to let me fix this", m="G"),
    dict(p=None, s="heard", t="I hear you, I hear you. right, date of birth?", m="Q",
         n="'I hear you' straight into a details request is not acknowledge (rule 13); not venting, so not premature"),
    dict(p=None, s="heard", t="you've had a rotten week by the sound of it and we've made it worse. I'm sorry", m="E",
         n="labelled like the original's 'horrendous week ... sorry we've added to it': empathise only"),
    dict(p=None, s="heard", t="I'd be exactly the same, honestly, I'd have been straight on the phone too", m="E"),
    dict(p=None, s="heard", t="that's not a department I deal with, you'll need to ring the main switchboard",
         m="", v=["dismissal"]),
    dict(p=None, s="heard", t="okay if you're going to keep swearing I'm putting you on hold", m="", v=["threat_back"]),
    dict(p=None, s="options", t="I'm sorry this has dragged on. what would a fair outcome look like to you? then "
         "I'll tell you honestly what I can do", m="EIQ"),
    dict(p=None, s="close", t="that's the refund processed and the email confirming it should land within ten "
         "minutes. you've been really patient with me, thank you, and I'm sorry again it came to this", m="EOCG"),
    dict(p=None, s="heard", t="I understand, but the system just blocks me from doing a refund without the receipt",
         m="", v=["policy"], n="'but' leads into a policy wall: acknowledgement cancelled"),
    dict(p=None, s="heard", t="oh brilliant, another one who knows better than us", m="", v=["insult"]),
    dict(p=None, s="heard", t="so the store promised to ring you and didn't. has anyone been in touch with you at "
         "all since?", m="AQ"),
    dict(p=None, s="heard", t="thank you for telling me about your dad's hospital appointment, that explains why the "
         "missed delivery hit so hard. I'm so sorry", m="AEG"),
    dict(p=None, s="commitment", t="right I've booked the engineer for thursday between one and five, and you'll get "
         "a text the night before. thanks for sticking with me", m="OCG"),
    dict(p=None, s="options", t="I'm so sorry. I can get a replacement to you tomorrow on our own courier, or refund "
         "you in full today, your call", m="EOI", n="imperative invitation: asks_input without a question"),
    dict(p=None, s="heard", t="so just so I've understood, you were told the refund had gone through on the third "
         "and it still isn't in your account?", m="AQ"),
    dict(p=None, s="heard", t="I'm afraid that's just the way these things work", m="", v=["policy"]),
    dict(p=None, s="options", t="I'm sorry, that's really poor. I can collect the damaged table and swap it, or "
         "knock forty percent off if you'd rather keep it. what do you think?", m="EOIQ"),
    dict(p=None, s="heard", t="so you've been on hold for an hour twice this week just to get this far. I'd be "
         "furious. thank you for hanging in there. what would make the biggest difference for you today?", m="AEGIQ"),
    dict(p=None, s="close", t="so the new router's on its way and it'll be with you thursday, I've put it in writing "
         "too. thanks a million for your patience, really", m="OCG"),
    dict(p=None, s="heard", t="thank you for your patience. I'll knock the delivery charge off now. but if that "
         "review goes up I'll be cancelling the refund", m="OCG", v=["threat_back"],
         n="the 'but' leads into a threat; only acknowledge/empathise could be cancelled, so the thanks and refund "
         "stand"),
]

write_batch(ITEMS, "eq", Path(__file__).with_name("replies_extra146.jsonl"))
