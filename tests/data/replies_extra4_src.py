"""Source of `replies_extra4.jsonl`: a fourth batch of hand-written trainee replies (tune split only).

Written one at a time, after the first three extra batches, by someone who had not read the held-back
part of `replies.jsonl`. The aim of this batch is phrasing the judge had not been tuned on: violations
said in other words than the stock ones, acknowledgements that restate the complaint without a fixed
opener, empathy that names a feeling in passing, remedies offered without "I can offer", and hard
negatives for each. Whisper-style text (lowercase, fillers, run-ons, the odd mis-hearing) mixed with
some properly punctuated lines. Nothing is generated from a template. Labels follow
tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra4.jsonl` next to it (ids w0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- acknowledge: restating in own words
    dict(p=MT, s="heard", t="okay so just so I've got it, Tuesday nobody came, Friday nobody came, and both days you'd booked off work", m="A"),
    dict(p=MT, s="vent", t="two missed slots. right. and no phone call either time", m="A", n="echoes the key facts while he vents"),
    dict(p=LE, s="heard", t="so the box left on monday night, should've been with you tuesday morning, and there's been nothing since", m="A"),
    dict(p=LE, s="heard", t="and the worst bit is you've had to tell your own customer it's not coming", m="A"),
    dict(p=EE, s="heard", t="so this is the third outage since march, each one took your ordering system down, and nobody from our side called you first", m="A"),
    dict(p=EE, s="heard", t="you found out about the outages from your own staff before we told you, that's the part that stings", m="A"),
    dict(p=VC, s="heard", t="the funds were meant to land on thursday, they didn't land until saturday, and the seller nearly pulled out", m="A"),
    dict(p=VC, s="heard", t="eleven years with us and this is how a simple transfer gets handled, I understand why that grates", m="AE"),
    dict(p=FT, s="heard", t="right so it's the same fault for the third time now, water on the floor again, after two engineers said it was fixed", m="A"),
    dict(p=FT, s="heard", t="you were promised a call back on monday and you sat waiting for it all day", m="A"),
    dict(p=BE, s="heard", t="so you cancelled back in april, we still took the money, twice, and your bank charged you for going overdrawn", m="A"),
    dict(p=BE, s="heard", t="and because of that the rent payment bounced, after forty odd years of never missing one", m="A"),
    dict(p=None, s="heard", t="let me check I've understood. the item arrived broken, you sent it back, and the refund still hasn't shown up", m="A"),
    dict(p=None, s="heard", t="I follow you completely, you've been bounced between three departments", m="A"),
    dict(p=None, s="heard", t="right, I'm with you. nobody's taken ownership of this and you're left chasing", m="A"),
    dict(p=MT, s="heard", t="you're absolutely correct, that appointment should have been kept", m="A"),
    dict(p=LE, s="heard", t="fair point, and you're right to be asking", m="A"),
    dict(p=EE, s="heard", t="point taken, we should have been on the phone to you the moment it went down", m="A"),
    dict(p=FT, s="heard", t="I hear you. it's not fixed, and you've lost faith in us fixing it", m="A"),
    dict(p=BE, s="heard", t="I can see exactly what's happened on the account, and it's our error, not yours", m="A"),
    dict(p=VC, s="heard", t="that's a fair complaint, sir, and I'd have raised it too", m="AE"),
    dict(p=MT, s="heard", t="so basically we wasted two of your days off. yeah.", m="A"),
    dict(p=LE, s="heard", t="if I've got this right the tracking hasn't moved since the collection scan", m="A"),
    dict(p=None, s="heard", t="mm, okay, so it's the second time this has happened and you were told it wouldn't be", m="A"),
    dict(p=FT, s="heard", t="I get that you just want a machine that works, that's not much to ask", m="A"),
    dict(p=EE, s="heard", t="I appreciate the board's been asking you questions you can't answer, and that's down to us", m="A", n="'appreciate' as understanding"),
    dict(p=BE, s="heard", t="that makes complete sense, you told us and we ignored it", m="A"),
    dict(p=VC, s="heard", t="you had every reason to expect better from us", m="A"),

    # ---------------------------------------------------------------- acknowledge: hard negatives
    dict(p=MT, s="vent", t="okay. mm. yep.", m=""),
    dict(p=LE, s="vent", t="uh huh. go on.", m=""),
    dict(p=EE, s="heard", t="I don't quite see why this needs to go to your board to be honest", m="", v=["dismissal"]),
    dict(p=FT, s="heard", t="I know, I know, but these machines do need looking after", m="", v=["correcting"], n="'but' into correcting"),
    dict(p=BE, s="heard", t="right. so what is it you actually want from me today?", m="Q", n="real question, flat but not hostile"),
    dict(p=None, s="heard", t="I hear you but I've got other customers waiting", m="", v=["dismissal"], n="'but' into dismissal"),
    dict(p=VC, s="heard", t="yes sir. one moment.", m=""),
    dict(p=MT, s="heard", t="I see. and which postcode is the property?", m="Q"),
    dict(p=LE, s="options", t="I'll see what I can do about the delivery charge", m="", n="vague"),
    dict(p=FT, s="heard", t="so you're saying it's our fault it broke?", m="", v=["accusation"], n="cross-examining, not a real question"),

    # ---------------------------------------------------------------- empathise
    dict(p=MT, s="heard", t="I'd be climbing the walls if that happened to me", m="E"),
    dict(p=LE, s="heard", t="that's mortifying for you with a customer on the other end, I'm really sorry", m="E"),
    dict(p=EE, s="heard", t="I'm genuinely sorry, you've been put in an impossible position with your board", m="AE"),
    dict(p=VC, s="heard", t="I'm sorry, sir, that's the last thing you needed in the middle of buying a home", m="E"),
    dict(p=FT, s="heard", t="oh that's so disheartening, you must be sick of it", m="E"),
    dict(p=BE, s="heard", t="that must have been awful, opening a letter like that from your landlord", m="AE"),
    dict(p=None, s="heard", t="honestly I'd feel exactly the same in your shoes", m="E"),
    dict(p=None, s="heard", t="that sounds really stressful, I'm sorry you've had to deal with it", m="E"),
    dict(p=MT, s="heard", t="course you're fed up, who wouldn't be", m="E"),
    dict(p=LE, s="heard", t="you're entitled to be angry about this, it's a mess of our making", m="AE"),
    dict(p=EE, s="heard", t="I can only apologise, it's been a miserable few weeks for your team because of us", m="AE"),
    dict(p=FT, s="heard", t="what a pain, honestly, I'm sorry", m="E"),
    dict(p=BE, s="heard", t="my apologies Margaret, truly, that's not how you should be treated", m="AE"),
    dict(p=VC, s="heard", t="it's completely reasonable to be furious about that", m="E"),
    dict(p=MT, s="heard", t="I'm so sorry we wasted your time like that", m="AE"),
    dict(p=None, s="heard", t="I'm sorry, that's really not good enough from us", m="AE"),
    dict(p=LE, s="heard", t="that's a horrible spot to be in, being the one who has to explain it to the restaurant", m="AE"),
    dict(p=FT, s="heard", t="no one should have to mop their kitchen floor three times over the same fault, I'm sorry", m="AE"),

    # ---------------------------------------------------------------- empathise: hard negatives
    dict(p=MT, s="heard", t="sorry, could you hold for a second", m="", n="politeness"),
    dict(p=LE, s="options", t="I'm sorry but I can't send a replacement until the trace finishes", m="", n="sorry for a refusal; honest obstacle"),
    dict(p=EE, s="heard", t="look I'm not saying it's been easy for you", m="", n="negated"),
    dict(p=FT, s="heard", t="I'm gutted too to be honest, I hate these machines", m="", n="agent's own feeling"),
    dict(p=BE, s="heard", t="oh dear, what a tragedy", m="", v=["insult"], n="sarcasm"),
    dict(p=VC, s="heard", t="I understand you're upset but the transfer did go through in the end", m="", v=["dismissal"], n="'but' into minimising"),
    dict(p=None, s="heard", t="sorry you feel so strongly about it", m="", v=["non_apology"]),
    dict(p=MT, s="heard", t="sorry, just to confirm, that's the flat on Rowan Street?", m="Q"),

    # ---------------------------------------------------------------- options
    dict(p=MT, s="options", t="the install fee's gone, I've taken it off, and I've put a credit on the account for your trouble", m="O"),
    dict(p=MT, s="options", t="I can get an engineer to you first thing friday, he'll be there at eight, or monday if that's easier", m="OI"),
    dict(p=LE, s="options", t="I'm refunding the express charge now and arranging a same day courier for a replacement", m="OC"),
    dict(p=LE, s="options", t="one thing I can do is start a trace on the parcel and send a replacement out on a courier at our cost", m="O"),
    dict(p=EE, s="options", t="there'd be a service credit for the three outages, and a named account manager for you from now on", m="O"),
    dict(p=VC, s="options", t="the transfer fee comes off, sir, and you'll have a senior banker's direct number from today", m="OC"),
    dict(p=FT, s="options", t="we could swap the machine for the same model with an extended warranty, or get a senior engineer out this week, your call", m="OI"),
    dict(p=BE, s="options", t="I've refunded the second charge and I'll cover what your bank charged you", m="O"),
    dict(p=None, s="options", t="I could send you a prepaid label and a replacement at the same time, so you're not without it", m="O"),
    dict(p=None, s="options", t="would a replacement or your money back suit you better?", m="OIQ"),
    dict(p=EE, s="options", t="on top of the credit I can commit to a root-cause report by the end of next week", m="O"),
    dict(p=FT, s="options", t="let me book the senior engineer for wednesday, she's the one who deals with repeat faults", m="OC"),

    # ---------------------------------------------------------------- options: hard negatives
    dict(p=MT, s="options", t="I'll have to get back to you about a refund", m=""),
    dict(p=LE, s="options", t="I'll speak to my team leader about what we can offer", m=""),
    dict(p=EE, s="options", t="we're reviewing how we handle outages generally", m=""),
    dict(p=FT, s="options", t="I'm not able to offer a replacement on this one I'm afraid", m=""),
    dict(p=BE, s="options", t="hopefully we can sort something out for you", m=""),
    dict(p=VC, s="options", t="there are a few options, let me think about it", m=""),
    dict(p=None, s="options", t="what would you like to happen next?", m="IQ"),

    # ---------------------------------------------------------------- violations in other words
    dict(p=MT, s="heard", t="in fairness the engineer can't help it if the van breaks down", m="", v=["dismissal"]),
    dict(p=MT, s="heard", t="that's the subcontractor's doing, we just pass the jobs on", m="", v=["blame"]),
    dict(p=LE, s="heard", t="you chose the cheaper cover when you booked, so the parts aren't insured", m="", v=["correcting"]),
    dict(p=LE, s="vent", t="what's the consignment number on your receipt", m="Q", v=["premature_details"]),
    dict(p=EE, s="heard", t="your IT people were told about the maintenance window weeks ago", m="", v=["correcting", "blame"]),
    dict(p=EE, s="heard", t="threatening us with lawyers isn't going to speed anything up", m="", v=["threat_back"], n="reacts to the threat instead of the issue"),
    dict(p=VC, s="heard", t="the bank can't be held responsible for delays at the receiving end, sir", m="", v=["blame", "dismissal"]),
    dict(p=VC, s="heard", t="sir, you really need to stop talking over me", m="", v=["calm_down"]),
    dict(p=FT, s="heard", t="hold on, the engineer's notes say it was working fine when he left", m="", v=["doubt"]),
    dict(p=FT, s="heard", t="I'm sure it's not as bad as you're making out", m="", v=["dismissal", "doubt"]),
    dict(p=BE, s="heard", t="we did send you a letter about this in may, it's not like you weren't told", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="Margaret I'm going to need you to stop interrupting me", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="look, I didn't write the rules, I just follow them", m="", v=["policy", "dismissal"]),
    dict(p=None, s="heard", t="nobody else seems to have a problem with it", m="", v=["doubt", "dismissal"]),
    dict(p=None, s="heard", t="honestly mate you're wasting both our time", m="", v=["insult"]),
    dict(p=None, s="heard", t="if you'd rather go to a competitor that's your choice", m="", v=["threat_back"]),
    dict(p=MT, s="heard", t="unfortunately missed appointments aren't something we compensate for", m="", v=["policy"]),
    dict(p=LE, s="heard", t="sorry for any delay to your delivery", m="", v=["non_apology"]),
    dict(p=EE, s="heard", t="we'll have to agree to disagree on how serious it was", m="", v=["dismissal", "doubt"]),
    dict(p=VC, s="heard", t="I'm sure you'll agree that two days isn't unreasonable for an international payment", m="", v=["correcting", "dismissal"]),
    dict(p=FT, s="options", t="I'll replace it with our newest premium model and give you five years' cover free", m="O", v=["over_promise"]),
    dict(p=BE, s="options", t="I'll pay your rent for this month as well to make up for it", m="O", v=["over_promise"]),
    dict(p=EE, s="options", t="we'll let you out of the contract today with no penalties and refund the whole year", m="O", v=["over_promise"]),
    dict(p=MT, s="vent", t="sorry, can I get your account number before you go on", m="Q", v=["premature_details"]),
    dict(p=LE, s="heard", t="I totally get it, though parcels do go missing now and then, it happens", m="", v=["dismissal"], n="'though' into dismissal cancels it"),
    dict(p=FT, s="heard", t="wow, okay, there's no need to take that tone with me", m="", v=["calm_down"]),
    dict(p=BE, s="heard", t="Margaret, with your permission, that's exactly the kind of thing you should check before cancelling", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="I'd question whether three brief outages really justify cancelling a five year contract", m="", v=["doubt"]),
    dict(p=VC, s="heard", t="noted sir. so you are claiming the delay cost you the property?", m="", v=["accusation"]),
    dict(p=MT, s="heard", t="I'm sorry, I am, but nobody can guarantee an exact time, the engineers are human", m="", v=["dismissal"], n="'but' into dismissal cancels the apology"),
    dict(p=LE, s="heard", t="you're not the first person this week to lose a parcel with that depot", m="", v=["dismissal"]),

    # ---------------------------------------------------------------- mixed and complete
    dict(p=MT, s="options", t="you lost two days because of us and I'm sorry. I'll waive the call out fee and book the first slot on thursday, would that help?", m="AEOIQ"),
    dict(p=LE, s="heard", t="I understand, and I'm so sorry, your customer's waiting on parts that haven't moved since collection. can I ask what time they need them by?", m="AEQ"),
    dict(p=EE, s="commitment", t="you'll have the root-cause report by the fifteenth, I'll call you on monday at ten to walk you through the credit, and thank you for giving us the chance", m="OCG"),
    dict(p=BE, s="heard", t="I'm sorry Margaret, we should have stopped the payments when you cancelled. the thing is the system runs the billing automatically", m="AE", v=["blame"], n="no contrastive connective: marks stand beside the excuse"),
    dict(p=FT, s="options", t="I'm so sorry it's let you down again. I can't refund the two repairs, but I can replace it with the same model and extend the warranty. how does that sound?", m="EOIQ", n="honest obstacle, then a remedy"),
    dict(p=VC, s="close", t="thank you for your patience with us, Mr Fairclough, and for telling us about this directly", m="G"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "w", Path(__file__).with_name("replies_extra4.jsonl"))
