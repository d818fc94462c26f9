"""Source of `replies_extra153.jsonl`: batch 153, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its tune
part alone, without reading the judge's code or any other labelled batch. Its theme is a fresh
cross-section: the original's own mix of personas, stages, marks and violation kinds (about a third of
replies carry a violation, about a quarter are good replies with three or more marks, a few carry no
mark at all), with new wordings and situations: "a whole day's wages each time, just sat by the
window", "that's couriers for you, stuff goes walkabout", "for the record we dispute that any damages
are owed", "sir, I'd ask you to moderate your tone", "are you sure it's not just the filter?", "on a
pension, an overdraft fee out of nowhere really hurts". Hard negatives sit beside them:
honest limits (rule 11), "whose name was the order under" as a real question, "for your records" in a
commitment, detail requests after the venting, done-statements with no time, hedged promises.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra153.jsonl next to it (ids ex0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="yep. yep, okay", m="", n="back-channel while she vents: no mark"),
    dict(p=MT, s="vent", t="hang on hang on, what's the name on the account before you carry on", m="Q",
         v=["premature_details"], n="interrupts the venting to ask for details"),
    dict(p=MT, s="vent", t="oh that's rotten. sorry, sorry, keep going", m="E",
         n="sincere sympathy while letting her vent, as the original's 'god that's awful. sorry, go on'"),
    dict(p=MT, s="heard",
         t="so you booked the morning slot took the day off nobody came and then the week after the exact same "
           "thing, and not one phone call", m="A", n="run-on repeat-back with no punctuation"),
    dict(p=MT, s="heard",
         t="a whole day's wages each time, just sat by the window waiting. I'd be spitting feathers", m="AE"),
    dict(p=MT, s="heard",
         t="right well it's showing on the booking screen that the engineer attended and got no answer so", m="",
         v=["doubt"], n="'it says here' style: the record set against her word"),
    dict(p=MT, s="heard",
         t="I'm sorry, that's just not on. did they at least text you to say they weren't coming, either time?",
         m="EQ"),
    dict(p=MT, s="heard",
         t="thank you for ringing us rather than just cancelling, I wouldn't of blamed you if you had", m="EG",
         n="'wouldn't of' mis-hearing; validating her right to leave is empathy, as the original's 'you'd have "
           "every right'"),
    dict(p=MT, s="heard", t="right, so it's your claim he never came to the door, either time", m="",
         v=["accusation"], n="repeat-back framed as a claim: not acknowledgement"),
    dict(p=MT, s="options",
         t="I can't refund the lot, I'll be upfront. but I'll wipe the installation fee, pop a month's credit on "
           "your account and make you the engineer's first job at eight. does that sound fair?", m="OIQ",
         n="proposal awaiting her answer: 'I'll' inside it and 'at eight' are not a commitment; honest limit is "
           "not policy"),
    dict(p=MT, s="options",
         t="would you like me to refund the whole install and give you three months broadband free for the trouble?",
         m="OIQ", v=["over_promise"]),
    dict(p=MT, s="commitment",
         t="okay that's you booked, tuesday the ninth, eight a.m., first on his list. and I'm sending a text to "
           "confirm in the next five minutes", m="OC"),
    dict(p=MT, s="commitment", t="I'll get the fee taken off at some stage this week hopefully", m="O",
         n="a remedy, but 'at some stage ... hopefully' hedges the time away: no commitment"),
    dict(p=MT, s="close",
         t="right, eight o'clock thursday it is, the fee's gone and the credit's on. thanks ever so much for "
           "sticking it out with us bernadette", m="OCG"),
    dict(p=MT, s="heard", t="yeah I hear ya its a pain. what's the postcode at the property then", m="Q",
         n="'I hear ya' said straight into a details request is not acknowledgement (rule 13); not vent, so not "
           "premature"),
    dict(p=MT, s="heard",
         t="honestly if you'd rung the morning of to check we could of told you he was running behind", m="",
         v=["correcting"], n="'could of' mis-hearing"),
    dict(p=MT, s="heard", t="listen I'm not the one who didn't turn up, so there's no need to take it out on me", m="",
         v=["calm_down", "dismissal"]),
    dict(p=MT, s="heard",
         t="I'm really sorry. you gave up two days for us and we didn't even have the decency to ring", m="AE"),
    dict(p=MT, s="heard",
         t="two wasted days is a lot to ask anyone to swallow. so what would put this right for you, within what I "
           "can actually do?", m="AIQ"),
    dict(p=MT, s="heard",
         t="you took two days' leave, sat in all morning both times, and nobody picked up a phone. I'm so sorry, "
           "that's shocking. and thanks for letting us have one more go at it", m="AEG"),
    dict(p=MT, s="options",
         t="I know a full refund's what you asked for and I understand why. I can't stretch to that, but the "
           "install fee's gone, there's a month's credit, and you'd be first job of the day. is that a fair shake?",
         m="AOIQ", n="'I understand why' + what she asked for is acknowledgement; the 'but' leads into help"),
    dict(p=MT, s="commitment",
         t="okay. I've booked you the eight a.m. slot on monday, and I'll ring you sunday evening at six to make "
           "sure you're still good for it", m="OC"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="right, and the tracking number is? I'll need that first", m="Q", v=["premature_details"]),
    dict(p=LE, s="vent", t="ah no. that's grim. sorry, you carry on", m="E"),
    dict(p=LE, s="heard",
         t="so the compressor and the control board went out overnight express, nothing on tracking since we "
           "collected it, and now your restaurant client's blaming you", m="A"),
    dict(p=LE, s="heard", t="their kitchen's down and they're looking at you for it. I'd feel sick about that", m="AE"),
    dict(p=LE, s="heard",
         t="that's couriers for you, stuff goes walkabout, it's not really something we can control", m="",
         v=["dismissal"], n="minimising 'parcels go missing' in other words"),
    dict(p=LE, s="heard", t="was it packed in one of our approved boxes? cause if not the cover's limited", m="",
         v=["correcting"], n="insinuates his packing was at fault; not a real question"),
    dict(p=LE, s="heard", t="cheers for hanging in there while I dug through the depot scans", m="G"),
    dict(p=LE, s="options",
         t="I can't cover the job you might lose, I'm being straight with you there. what I can do is refund the "
           "overnight charge, get a trace started and courier replacement parts to the restaurant today at our "
           "expense. want me to set that going?", m="OIQ", n="'today' inside an offer: not a commitment"),
    dict(p=LE, s="options",
         t="let's just pay you for the lost contract as well, whatever the job was worth, we'll sort it", m="O",
         v=["over_promise"]),
    dict(p=LE, s="options",
         t="would a same day courier straight to the restaurant help, or do you need the parts at your unit first "
           "so you can fit them yourself?", m="OIQ"),
    dict(p=LE, s="commitment",
         t="trace is raised, the reference is going to your inbox now, and I'll phone you by four with what the "
           "depot says", m="OC"),
    dict(p=LE, s="commitment",
         t="I know the restaurant's waiting on you, so the courier's booked for a one o'clock pickup today and "
           "I'll ring you the minute it's signed for", m="AOC"),
    dict(p=LE, s="heard",
         t="hold on, you paid extra for overnight and nothing's turned up at all? no way, that's got to be "
           "something on your end", m="", v=["doubt", "blame"],
         n="disbelief, then fault put on the customer; the question is rhetorical"),
    dict(p=LE, s="heard",
         t="I'm afraid liability's capped at the standard limit, that's in the small print you agreed to", m="",
         v=["correcting"], n="'it's in the terms'"),
    dict(p=LE, s="options", t="if you've got a better idea for getting your client sorted, I'm all ears", m="I",
         n="imperative invitation: asks input without a question"),
    dict(p=LE, s="heard", t="apologies for any delay this may have caused to your consignment", m="",
         v=["non_apology"], n="'any ... may have caused' pattern"),
    dict(p=LE, s="heard", t="mate I'm doing my best here, there's no need for that language", m="", v=["calm_down"]),
    dict(p=LE, s="heard",
         t="I'm sorry, genuinely. you paid extra to make sure it got there and we've let you and your client down",
         m="AE"),
    dict(p=LE, s="heard",
         t="I want to help you hang on to this customer. what would they need to see from you today?", m="IQ"),
    dict(p=LE, s="heard",
         t="this is more than a lost box, it's your name with that restaurant. I'm really sorry. how are they "
           "coping without the compressor?", m="AEQ"),
    dict(p=LE, s="options",
         t="you were promised it first thing and it never came. so my suggestion, if you're happy, refund the "
           "overnight fee, start a trace, and get replacement parts couriered to the restaurant this afternoon on "
           "us. would that help you with them?", m="AOIQ"),
    dict(p=LE, s="commitment",
         t="thanks for your patience marcus. the replacement compresser and board leave our depot at noon on a "
           "same day, and I'll text you the driver's details by half eleven", m="OCG", n="'compresser' mis-hearing"),
    dict(p=LE, s="heard",
         t="right, can I take the tracking number off you now, so I can see where it was last scanned?", m="Q",
         n="detail request after the venting: not premature"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="'understood' as a filler while she vents: neither mark (rule 1)"),
    dict(p=EE, s="vent", t="before you go on could you give me your customer ID so I can pull up the contract", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="heard",
         t="three outages in one quarter, every one outside the SLA, and you had to email our chief exec to get "
           "any traction. that's a failure on our part", m="A"),
    dict(p=EE, s="heard",
         t="your warehouses stood still and your people were looking to you for answers you didn't have. I'm "
           "sorry, that's a rotten place to be put in", m="AE"),
    dict(p=EE, s="heard",
         t="as I understand it the second incident was planned maintenance, so technically that one isn't a breach",
         m="", v=["correcting"], n="'as I understand it' introduces a correction: not acknowledgement"),
    dict(p=EE, s="heard", t="for the record, we dispute that any damages are owed", m="", v=["accusation"]),
    dict(p=EE, s="heard",
         t="if you want to get lawyers involved that's up to you, but our contract's pretty watertight", m="",
         v=["threat_back"]),
    dict(p=EE, s="heard",
         t="I'm grateful you came to us before deciding anything on the contract. you'll have a call from our head "
           "of service by noon tomorrow", m="CG", n="callback with a time: commitment only, no remedy (rule 4)"),
    dict(p=EE, s="heard", t="how many sites were hit on the last one, and for how long?", m="Q"),
    dict(p=EE, s="options",
         t="I can't release you from the contract, I won't pretend otherwise. what I'd propose is the full service "
           "credit for the quarter, a named account manager from monday, and a written root-cause report. could we "
           "start from there?", m="OIQ", n="'from monday' sits inside a proposal: not a commitment"),
    dict(p=EE, s="options",
         t="tell you what, I'll waive the termination penalty and you can walk away whenever you like", m="O",
         v=["over_promise"], n="release from the contract is beyond what may be offered"),
    dict(p=EE, s="commitment",
         t="I'm sorry this has dragged on so long. your account manager is tom reyes, he'll email you an "
           "introduction by five today, and the root-cause report will be on your desk by the twenty-first", m="EOC"),
    dict(p=EE, s="commitment", t="I'll escalate it upstairs", m="",
         n="escalation with no time: neither options nor commitment (rule 4)"),
    dict(p=EE, s="heard", t="we value your business and regret any disruption caused", m="", v=["non_apology"]),
    dict(p=EE, s="heard",
         t="if I'd had to explain three outages in a quarter to my own board I'd be furious too", m="AE"),
    dict(p=EE, s="heard",
         t="you've been made to look bad in front of your own board. what do they need to see from us this week?",
         m="AIQ"),
    dict(p=EE, s="heard",
         t="um, right, I- I'm not sure I'm the right person for contract stuff to be honest, that's more account "
           "management's side", m="", v=["dismissal"], n="'not my department'"),
    dict(p=EE, s="heard", t="I'm sorry. I'd want a straight answer too, and you haven't had one", m="AE"),
    dict(p=EE, s="options",
         t="you've been let down three times and I'm not going to dress that up. my proposal is the SLA credit for "
           "the quarter, an account manager with your name on their desk, and the root-cause write-up by whatever "
           "date you pick. what date suits your board?", m="AOIQ"),
    dict(p=EE, s="commitment",
         t="thanks for staying on with me. I've applied the credit today, it'll show on this month's invoice, and "
           "our engineers' root-cause findings land with you by the eighteenth", m="OCG"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="of course, mr fairclough. please, go on", m="", n="polite back-channel: no mark"),
    dict(p=VC, s="vent",
         t="I'll need to run through security with you first, sir, could you give me the first line of your address",
         m="Q", v=["premature_details"]),
    dict(p=VC, s="heard",
         t="you found out from the seller's solicitor before you'd heard a word from us. that should never have "
           "happened", m="A"),
    dict(p=VC, s="heard",
         t="two days late on a completion, with the keys hanging on it. I can only imagine how that felt", m="AE"),
    dict(p=VC, s="heard",
         t="with respect, sir, transfers over a certain amount are always reviewed, that's standard across the "
           "industry", m="", v=["correcting"], n="educating him on compliance"),
    dict(p=VC, s="heard", t="sir, I'd ask you to moderate your tone", m="", v=["calm_down"]),
    dict(p=VC, s="heard",
         t="you're welcome to take your portfolio elsewhere, sir, that is entirely your prerogative", m="",
         v=["threat_back"], n="answers his threat to leave in kind"),
    dict(p=VC, s="heard",
         t="thank you for raising this with me personally, mr fairclough, rather than leaving it with the branch",
         m="G"),
    dict(p=VC, s="options",
         t="what I can offer is to refund the transfer fees and introduce you to a named senior relationship "
           "banker, who you can ring directly. is that somewhere to start?", m="OIQ"),
    dict(p=VC, s="options",
         t="I'll reverse the fees and I'll personally make sure nothing of yours is ever delayed again", m="O",
         v=["over_promise"], n="remedy plus a guarantee"),
    dict(p=VC, s="options",
         t="going forward I can have your transfers set to same-day expedited as standard. shall I arrange that "
           "for you?", m="OIQ"),
    dict(p=VC, s="commitment",
         t="you shouldn't have had to hear it from the solicitor. the fees are reversed as of this afternoon, and "
           "catherine hale, your senior banker, will ring you at ten tomorrow morning", m="AOC"),
    dict(p=VC, s="close",
         t="I'm grateful for your patience today sir, and truly sorry we let you down on something that mattered "
           "so much. the fee reversal will show on your statement by tomorrow morning", m="EOCG"),
    dict(p=VC, s="heard", t="I'm sorry you've been made to feel like that, sir", m="", v=["non_apology"],
         n="'sorry you feel' in other words (rule 7)"),
    dict(p=VC, s="heard",
         t="I can see the instruction came in at ten past three, after the same-day cut off, so it rolled to the "
           "next day", m="", v=["accusation", "correcting"], n="insisting on his error through the record (rule 10)"),
    dict(p=VC, s="heard",
         t="I've no record of any delay on my system, sir. are you certain it's the right transfer?", m="",
         v=["doubt"]),
    dict(p=VC, s="heard", t="how would you like us to keep you informed about transfers from now on?", m="IQ"),
    dict(p=VC, s="heard", t="sir I'm not going to be spoken to like that. I can end this call", m="",
         v=["calm_down", "threat_back"]),
    dict(p=VC, s="heard",
         t="I understand completely. you trusted us with the most important transfer of your year and we fumbled "
           "it. you'll have a written explanation from payments by the end of today", m="AC"),
    dict(p=VC, s="heard", t="what would help restore your confidence in us?", m="IQ"),
    dict(p=VC, s="heard",
         t="I'm so sorry sir, that must have been a horrible afternoon. but you'll appreciate the payments team is "
           "a separate division, I've no say over what they do", m="", v=["dismissal"],
         n="'but' leads into dismissal and cancels the empathy"),
    dict(p=VC, s="heard",
         t="I'm so sorry sir. hearing it from the seller's solicitor and not from us must have been mortifying. "
           "I'm grateful you've let me try and make amends", m="AEG"),
    dict(p=VC, s="options",
         t="I understand how close you came to losing the house. the transfer fees can come off today, and I'll "
           "switch your accounts to same-day transfers. should I add a senior banker you can call directly, too?",
         m="AOIQ"),
    dict(p=VC, s="commitment",
         t="right sir, the fee reversal is done, from monday every transfer you send goes same day, and I'll call "
           "you monday afternoon myself to confirm the first one went through", m="OC"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="could you read me the serial number off the back of the machine", m="Q",
         v=["premature_details"]),
    dict(p=FT, s="vent", t="oh kelly I'm sorry, that sounds like a nightmare. keep going", m="E"),
    dict(p=FT, s="heard",
         t="so it's been fixed, it's broken again, twice now, and the supervisor who was meant to ring you on "
           "monday never did", m="A"),
    dict(p=FT, s="heard",
         t="trips to the laundrette with a machine you've paid for sat there broken. I'd be at my wits end", m="AE"),
    dict(p=FT, s="heard", t="that's the supervisors for you, they're hopeless at ringing people back", m="",
         v=["blame"], n="fault pinned on colleagues"),
    dict(p=FT, s="heard", t="sorry you've been left chasing us again after being promised a call", m="AE",
         n="'sorry you've been' + what she went through (rule 14)"),
    dict(p=FT, s="heard",
         t="sorry but you'll have to go through the complaints portal for that, I can't log it over the phone", m="",
         v=["policy"], n="'sorry, but' into a wall"),
    dict(p=FT, s="heard", t="what's it doing this time, is it the same fault as before or something new?", m="Q"),
    dict(p=FT, s="options",
         t="an upgrade's not something I'm allowed to give. what I can do is swap it for a brand new one, same "
           "model, with two more years of warrenty, or send our senior engineer out this week. which sounds better "
           "to you?", m="OIQ", n="'warrenty' mis-hearing; honest limit is not policy"),
    dict(p=FT, s="options",
         t="I'll get you the next model up, and throw in a refund of the repair costs on top", m="O",
         v=["over_promise"]),
    dict(p=FT, s="options", t="would a replacement with an extended warranty take the worry off?", m="OIQ"),
    dict(p=FT, s="commitment",
         t="I know you can't face another week of this. the senior engineer's down for thursday, eight till ten, "
           "and I'm ringing you myself at four tomorrow to check nothing's moved", m="AOC"),
    dict(p=FT, s="close",
         t="right, new machine's arriving friday morning and your warranty's been extended two years. thank you, "
           "honestly, you've been really patient with us", m="OCG"),
    dict(p=FT, s="heard", t="are you sure it's not just the filter? people forget to clean them all the time", m="",
         v=["doubt", "correcting"]),
    dict(p=FT, s="heard", t="honestly that's down to the engineer who came out, they're contractors, not us", m="",
         v=["blame"]),
    dict(p=FT, s="heard", t="put it all over facebook if you like, it won't get you a new machine any quicker", m="",
         v=["threat_back"], n="answers her social-media threat in kind"),
    dict(p=FT, s="heard",
         t="the callback not happening is on us, full stop. I'm really sorry. a supervisor will ring you before "
           "five today, I've made sure of it", m="AEC"),
    dict(p=FT, s="heard", t="thanks for letting us have another crack at it, after the week you've had", m="G"),
    dict(p=FT, s="heard", t="you're telling me it's broken twice in seven months? pull the other one", m="",
         v=["doubt", "insult"]),
    dict(p=FT, s="heard",
         t="I won't promise you a refund because I can't, but I won't leave you without a working machine either",
         m="", n="honest limit, no concrete remedy yet and no time: no mark and no violation"),
    dict(p=FT, s="heard",
         t="two breakdowns since the repair and a supervisor who never rang. I'm so sorry kelly. what are you "
           "doing for washing at the moment?", m="AEQ"),
    dict(p=FT, s="options",
         t="I'm sorry, you deserve better than another repair that doesn't hold. I can send a new one, same model, "
           "with the warranty extended by two years. shall I get that moving?", m="EOIQ"),
    dict(p=FT, s="commitment",
         t="thank you for hanging on kelly. the supervisor who should of called you is ringing you at two today, "
           "and the senior engineer is booked for wednesday at eight", m="OCG", n="'should of' mis-hearing"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="I just need your email address and the last four digits of the card, mrs ellison", m="Q",
         v=["premature_details"], n="details request phrased as a statement"),
    dict(p=BE, s="heard",
         t="right, you'd cancelled, two payments came out regardless, your account went overdrawn, and then our "
           "chat team told you it was sorted when it wasn't", m="A"),
    dict(p=BE, s="heard", t="on a pension, an overdraft fee out of nowhere really hurts. I'm so sorry", m="AE"),
    dict(p=BE, s="heard",
         t="I'm so sorry you've had to go over all this a second time after chat said it was done", m="AE",
         n="rule 14"),
    dict(p=BE, s="heard",
         t="well that'll be the chat team, they're outsourced and they get things wrong all the time", m="",
         v=["blame"]),
    dict(p=BE, s="heard",
         t="the cancellation only went through on the eighth, so the payment on the seventh was due", m="",
         v=["correcting"]),
    dict(p=BE, s="heard", t="sorry for any confusion mrs ellison", m="", v=["non_apology"]),
    dict(p=BE, s="heard",
         t="so the double charge tipped you overdrawn. how much did the bank take off you for it?", m="AQ"),
    dict(p=BE, s="options",
         t="I'll refund both of those charges and cover the overdraft fee your bank took, and I'll send you a "
           "letter confirming the cancellation for your records", m="O",
         n="'I'll' with no time: remedies, but no commitment"),
    dict(p=BE, s="options", t="I'll refund everything and give you a year free as a goodwill gesture", m="O",
         v=["over_promise"]),
    dict(p=BE, s="commitment",
         t="both refunds went through this morning and the overdraft fee will follow by friday. the confirmation "
           "letter goes in tonight's post", m="OC"),
    dict(p=BE, s="close",
         t="thank you for being so gracious about it margaret. is there anything else on the account you'd like me "
           "to check?", m="GQ", n="ending check: question but not asks_input (rule 6)"),
    dict(p=BE, s="heard",
         t="thank you for telling me about the chat conversation, that helps me see where it went wrong. I'll have "
           "the refund done before we hang up", m="OCG", n="'before we hang up' is an immediate deadline"),
    dict(p=BE, s="options", t="what would feel fair to you, mrs ellison?", m="IQ"),
    dict(p=BE, s="heard", t="right, so you're alleging we took it twice after you'd cancelled", m="",
         v=["accusation"]),
    dict(p=BE, s="heard",
         t="ah you see that's the problem, you cancelled by email and that's not accepted, it has to be done "
           "through your account page", m="", v=["correcting", "policy"]),
    dict(p=BE, s="heard",
         t="I'd be beside myself if it were my pension. you cancelled properly and it still happened", m="AE"),
    dict(p=BE, s="heard", t="look it's twelve pound, it's not the end of the world, you'll get it back", m="",
         v=["dismissal", "insult"], n="belittles her loss, as the original's 'it's only money'"),
    dict(p=BE, s="options",
         t="I'm sorry, you shouldn't be out of pocket at all. I can refund both charges and the overdraft fee "
           "today. shall I put it through for you now?", m="EOIQ", n="'today' inside a proposal: not a commitment"),
    dict(p=BE, s="heard",
         t="you'd cancelled, properly, and we still billed you double, and then your bank fined you for it. I'm so "
           "sorry margaret. thanks for ringing back in about it", m="AEG"),
    dict(p=BE, s="commitment",
         t="I'm sorry again for all this. the two refunds are going back to your card now, the overdraft fee "
           "reimbursement will be with you by wednesday, and I'll post the written confirmation tomorrow", m="EOC"),

    # --- generic ---
    dict(p=None, s=None, t="right.", m=""),
    dict(p=None, s="vent", t="okay, first things first, can you spell your surname for me", m="Q",
         v=["premature_details"]),
    dict(p=None, s="heard",
         t="that sounds like a miserable few weeks, I'm sorry. I'm going to chase the warehouse myself and ring "
           "you back before two", m="EC"),
    dict(p=None, s="heard",
         t="so they took your money, the order never turned up, and when you chased it you got cut off twice. have "
           "I got that right?", m="AQ", n="check-back question"),
    dict(p=None, s="heard", t="I get why you're cross. you were told one thing and then got another", m="AE",
         n="'I get why you're cross' counts as both (rule 1)"),
    dict(p=None, s="heard", t="thanks so much for explaining it so clearly, it makes my job a lot easier", m="G"),
    dict(p=None, s="heard", t="whose name was the order under, yours or your partner's?", m="Q",
         n="'whose' asks a real detail after the venting: not blame"),
    dict(p=None, s="heard", t="claims over fourteen days old need a written form, you'll have to post it in", m="",
         v=["policy"]),
    dict(p=None, s="heard", t="well I'm sorry it's upset you so much", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="are we done with the shouting now?", m="", v=["insult", "calm_down"],
         n="rude rhetorical question, as 'are you finished?', aimed at her shouting"),
    dict(p=None, s="heard",
         t="that sounds really stressful, and you shouldn't have had to deal with it on your own", m="AE",
         n="clears the customer, as 'none of this should have landed on you' (rule 14)"),
    dict(p=None, s="heard", t="which bit of this has hit you hardest?", m="Q"),
    dict(p=None, s="options",
         t="I could refund the delivery charge, or send the replacement out express at no cost. whichever suits you",
         m="OI", n="invites her preference without a question"),
    dict(p=None, s="options",
         t="I can't give you the full amount back, that's above what I can sign off. I can refund the postage and "
           "replace the item though", m="O", n="honest obstacle, not a policy wall (rule 11)"),
    dict(p=None, s="options", t="just tell me what you want and it's yours, no limit", m="OI", v=["over_promise"],
         n="open-ended giveaway; the imperative invitation also asks her input"),
    dict(p=None, s="commitment", t="I'll call you back tomorrow between nine and ten with an answer, I promise", m="C"),
    dict(p=None, s="commitment",
         t="I've flagged it to my team leader and she'll be in touch by three this afternoon", m="C",
         n="escalation with a time: commitment only (rule 4)"),
    dict(p=None, s=None, t="I just work here, love", m="", v=["dismissal"]),
    dict(p=None, s=None, t="I'm afraid there's a set procedure and I have to follow it", m="", v=["policy"]),
    dict(p=None, s=None, t="I'm sorry it's been such a slog, I really am", m="E"),
    dict(p=None, s="heard", t="I'd be annoyed too. could you tell me roughly when you placed the order?", m="EQ"),
    dict(p=None, s="heard", t="keep talking to me like that and you'll be waiting a lot longer for your refund", m="",
         v=["threat_back"]),
    dict(p=None, s="heard", t="[sighs] okay, fine, go on", m="", v=["insult"], n="transcribed sigh (rule 12)"),
    dict(p=None, s="heard",
         t="I hear you. you've done everything asked of you and we still haven't delivered. I'm sorry, and I'm "
           "grateful you've stuck it out with us. what would you like me to prioritise first?", m="AEGIQ"),
    dict(p=None, s="heard",
         t="I'm sorry, you've been bounced between three teams and nobody's owned it. I'm owning it now, and I'm "
           "not passing you on again", m="AE", n="no time and no remedy: not a commitment"),
    dict(p=None, s="options",
         t="I'm really sorry for the wait. I could refund the postage today, or get a fresh one posted out "
           "tomorrow, whichever's easier for you. which would you like?", m="EOIQ",
         n="times inside a choice: not a commitment"),
    dict(p=None, s="close",
         t="cheers for your patience, and I'm sorry it went so wrong. you'll have the confirmation email within "
           "the hour", m="ECG"),
    dict(p=None, s="commitment",
         t="okay the replacement's ordered, it's going out on tomorrow's van, and I'll text you the tracking by "
           "six tonight", m="OC"),
    dict(p=None, s="close", t="for your records, I'll email you a summary of this call by five", m="C",
         n="'for your records' is a courtesy, not court-room 'for the record'"),
    dict(p=None, s="heard",
         t="you've got every reason to be angry, and no, I'm not going to ask you to calm down. you're entitled to "
           "be", m="E", n="mentions calming down only to rule it out: not calm_down"),
]

write_batch(ITEMS, "ex", Path(__file__).with_name("replies_extra153.jsonl"))
