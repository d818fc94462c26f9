"""Source of `replies_extra7.jsonl`: a seventh batch of hand-written trainee replies (tune split only).

Written one at a time, after the first six extra batches, by someone who had not read the held-back
part of `replies.jsonl`. The aim of this batch is the judge's precision on acknowledgement: replies
that mention the customer's problem by its topic words (the refund, the parcel, the outage, the
washing machine) without saying back what happened to them, as in questions, offers, lookups,
explanations and small talk, next to acknowledgements that do restate it in plain words. It also
adds faults said in everyday words for the kinds the judge was weakest on (insult, correcting,
dismissal, policy, blame), and a few guards for empathy and options. Whisper-style text (lowercase,
fillers, run-ons, the odd mis-hearing) mixed with some properly punctuated lines. Nothing is
generated from a template. Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra7.jsonl` next to it (ids t0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- acknowledge positives
    dict(p=MT, s="heard", t="okay so you stayed in all morning, twice, and not one phone call from us", m="A"),
    dict(p=LE, s="heard", t="right so the parts were meant to be with your customer this morning and now they're not and he's on at you", m="A"),
    dict(p=EE, s="heard", t="so that's three outages in one quarter and every one of them stopped the warehouse", m="A"),
    dict(p=VC, s="heard", t="the transfer landed two days late and you very nearly lost the house. I've got all that", m="A"),
    dict(p=FT, s="heard", t="so it's been out of action two weeks now, with the kids and all the washing", m="A"),
    dict(p=BE, s="heard", t="so you cancelled, we still took it twice, and then your bank charged you on top", m="A"),
    dict(p=None, s="heard", t="you were promised a call back on tuesday and nobody rang you", m="A"),
    dict(p=MT, s="heard", t="um so the engineer never showed either time and nobody let you know", m="A"),
    dict(p=LE, s="heard", t="the tracking hasn't moved since it was collected and you've heard nothing from us", m="A"),
    dict(p=BE, s="heard", t="right, and the chat team told you last week it was sorted and it wasn't", m="A"),
    dict(p=EE, s="heard", t="and you had to email our chief exec just to get a response. that's on us honestly", m="A"),
    dict(p=FT, s="heard", t="seven months old and it's packed in twice, yeah, that's what you're dealing with", m="A"),
    dict(p=None, s="heard", t="okay. so the main thing is nobody's actually given you a straight answer", m="A"),
    dict(p=VC, s="heard", t="so you found out from the seller's solicitor rather than from us", m="A"),
    dict(p=None, s="heard", t="mm. so you've been on hold most of the afternoon", m="A"),
    dict(p=FT, s="heard", t="oh no I'm sorry, so the same leak came back after the second repair", m="AE"),
    dict(p=MT, s="heard", t="so you took leave for this both times. that's awful, I'm sorry", m="AE"),

    # ---------------------------------------------------------------- topic words, not acknowledgement
    dict(p=LE, s="options", t="I can refund the express fee today, would you like me to do that?", m="OIQ"),
    dict(p=LE, s="heard", t="is this about the overnight order from tuesday?", m="Q"),
    dict(p=LE, s="heard", t="okay the express parcels all go through our midlands hub", m=""),
    dict(p=MT, s="heard", t="let me just pull up the appointment details", m=""),
    dict(p=MT, s="options", t="so for the missed appointment I can put a credit on the account", m="O"),
    dict(p=EE, s="heard", t="the outage report is with our engineering team at the moment", m=""),
    dict(p=VC, s="heard", t="can I ask which account the transfer went out from?", m="Q"),
    dict(p=FT, s="heard", t="what model is the washing machine, do you know?", m="Q"),
    dict(p=BE, s="options", t="I'll refund both of the charges now and put the overdraft fee back as well", m="OC"),
    dict(p=None, s="heard", t="okay. and when did you first notice it?", m="Q"),
    dict(p=LE, s="heard", t="right, the parcel. give me one second", m=""),
    dict(p=EE, s="heard", t="the SLA, okay, let me find the contract", m=""),
    dict(p=VC, s="heard", t="and the property completion, what date was that set for?", m="Q"),
    dict(p=FT, s="heard", t="and the engineer who came out the second time, did he leave a job sheet?", m="Q"),
    dict(p=None, s="heard", t="alright, so what would you like to happen?", m="IQ"),
    dict(p=VC, s="options", t="for the transfer fees I can reverse those and set you up with a direct line to a senior banker", m="O"),
    dict(p=FT, s="options", t="with the washing machine I can send a senior engineer out this week or replace it with the same model, which would suit you better?", m="OIQ"),
    dict(p=EE, s="options", t="about the outages, I can arrange a root cause report and a named account manager for you", m="O"),
    dict(p=None, s="heard", t="I'm looking at your account now", m=""),
    dict(p=None, s="heard", t="yep. go on", m=""),
    dict(p=None, s="heard", t="I see, okay, and then what happened?", m="Q"),
    dict(p=BE, s="heard", t="the double charge, yes, I've got the two payments up on my screen here", m="", n="finding it on screen is not saying back what happened to her"),
    dict(p=MT, s="heard", t="the technician, was that the morning slot or the afternoon?", m="Q"),
    dict(p=LE, s="options", t="the trace on the lost parcel I can open right now for you, if you want", m="OI"),
    dict(p=BE, s="close", t="so the refund for both charges will show in three to five working days", m="OC", n="confirming the remedy, with a time"),
    dict(p=EE, s="heard", t="and the report you mentioned, who was that going to?", m="Q"),
    dict(p=FT, s="heard", t="let me have a look at the history on the machine", m=""),

    # ---------------------------------------------------------------- empathise
    dict(p=None, s="heard", t="ugh that's horrible, honestly", m="E"),
    dict(p=FT, s="heard", t="god I'd be fuming if it was my washing machine", m="E"),
    dict(p=VC, s="heard", t="that must've been so stressful with the deadline hanging over you", m="E"),
    dict(p=None, s="heard", t="I'm really sorry, you shouldn't have had to chase us for any of this", m="AE"),
    dict(p=None, s="heard", t="sorry, that's genuinely rubbish", m="E"),
    dict(p=None, s="heard", t="sorry, could you spell the surname for me?", m="Q"),
    dict(p=EE, s="options", t="I'm sorry, compensation for the downtime isn't something I'm able to authorise", m="", n="sorry for a refusal; an honest limit, not a wall"),
    dict(p=None, s="heard", t="I'm frustrated with it as well to be honest, this system is so slow", m="", n="the agent's own feeling"),
    dict(p=None, s="heard", t="sorry, one sec, my screen's frozen", m=""),

    # ---------------------------------------------------------------- options
    dict(p=LE, s="options", t="what I can do is get a courier out to you today with replacement parts, at our cost", m="O"),
    dict(p=MT, s="options", t="we could pop a credit on your account for the month and waive the call out fee", m="O"),
    dict(p=LE, s="options", t="how about I open a trace on it while we sort the replacement?", m="OIQ"),
    dict(p=FT, s="options", t="there's a couple of things I can do here, either a repair this week by our senior engineer or a replacement of the same model", m="O"),
    dict(p=BE, s="options", t="I'll put the double charge back on your card", m="O"),
    dict(p=LE, s="options", t="there's no option to refund the value of the goods I'm afraid", m=""),
    dict(p=None, s="options", t="I'll look into it and see", m=""),
    dict(p=None, s="options", t="I'll pass this on to my manager", m=""),
    dict(p=None, s="options", t="let me see what options there are", m=""),

    # ---------------------------------------------------------------- insult
    dict(p=None, s="heard", t="wow okay, someone's not had their coffee this morning", m="", v=["insult"]),
    dict(p=None, s="heard", t="you're not the only customer I've got you know", m="", v=["insult"]),
    dict(p=FT, s="heard", t="that's a bit dramatic isn't it", m="", v=["insult"]),
    dict(p=None, s="heard", t="honestly mate you're not making this easy", m="", v=["insult"]),
    dict(p=None, s="vent", t="are you done?", m="", v=["insult"]),
    dict(p=None, s="heard", t="well if you'd let me get a word in", m="", v=["insult"]),
    dict(p=None, s="heard", t="you sound like you enjoy complaining", m="", v=["insult"]),
    dict(p=None, s="heard", t="okay genius, what would you do then", m="", v=["insult"]),
    dict(p=EE, s="heard", t="with respect, you're acting like nobody else has ever had an outage", m="", v=["insult", "dismissal"]),
    dict(p=None, s="heard", t="yeah yeah, heard it all before", m="", v=["insult", "dismissal"]),

    # ---------------------------------------------------------------- correcting
    dict(p=LE, s="heard", t="the tracking does say it can take up to seventy two hours, it's on the website", m="", v=["correcting"]),
    dict(p=MT, s="heard", t="well technically the window runs till twelve so he wasn't actually late at eleven", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="the cancellation only kicks in at the end of the billing month, that's how subscriptions work", m="", v=["correcting", "policy"]),
    dict(p=None, s="heard", t="you do have to read the small print on these", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="an outage isn't the same thing as a breach, the SLA defines them differently", m="", v=["correcting"]),
    dict(p=FT, s="heard", t="if you'd registered the warranty it would've been covered", m="", v=["correcting"]),
    dict(p=VC, s="heard", t="just so you know, transfers after two pm go the next working day", m="", v=["correcting"]),
    dict(p=FT, s="heard", t="you should've rung us the first time it leaked", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="it's not actually a refund, it's a credit, there's a difference", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="no no, that's not what happened, the payment went out before you cancelled", m="", v=["correcting", "doubt"]),

    # ---------------------------------------------------------------- dismissal
    dict(p=LE, s="heard", t="these things just happen with couriers, it's nobody's fault really", m="", v=["dismissal"]),
    dict(p=FT, s="heard", t="it's only a washing machine though", m="", v=["dismissal"]),
    dict(p=BE, s="heard", t="that's really one for the billing team, not me", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="I'm just the person on the phone, I don't make the decisions", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="honestly there's not a lot I can do from here", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="it happens to loads of customers, you're not the only one", m="", v=["dismissal"]),
    dict(p=VC, s="heard", t="well it got there in the end, so no harm done", m="", v=["dismissal"]),
    dict(p=LE, s="heard", t="you'd have to take that up with the courier directly", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="it's out of my hands I'm afraid", m="", v=["dismissal"]),
    dict(p=VC, s="heard", t="I mean two days isn't that long in the grand scheme of things", m="", v=["dismissal"]),

    # ---------------------------------------------------------------- policy
    dict(p=None, s="heard", t="that's the procedure, I have to follow it", m="", v=["policy"]),
    dict(p=None, s="options", t="the system just won't let me put a refund over fifty through", m="", v=["policy"]),
    dict(p=None, s="heard", t="I can't go off the script on this one", m="", v=["policy"]),
    dict(p=MT, s="options", t="our terms don't allow compensation for missed appointments, full stop", m="", v=["policy"]),
    dict(p=None, s="heard", t="you'd need to email that in to the complaints address", m="", v=["policy"]),
    dict(p=None, s="heard", t="we have to go through the proper channels with this", m="", v=["policy"]),
    dict(p=None, s="heard", t="I'm only allowed to do what it says on my screen", m="", v=["policy"]),
    dict(p=None, s="heard", t="complaints have to be in writing, I can't take them over the phone", m="", v=["policy"]),
    dict(p=None, s="options", t="company rules, sorry", m="", v=["policy"]),
    dict(p=None, s="heard", t="it has to go through the standard twenty eight day investigation", m="", v=["policy"]),

    # ---------------------------------------------------------------- blame
    dict(p=LE, s="heard", t="the courier firm we use is honestly hopeless", m="", v=["blame"]),
    dict(p=VC, s="heard", t="that's the receiving bank's side, they're the ones who held it", m="", v=["blame"]),
    dict(p=MT, s="heard", t="the engineer you had is a contractor, he's not one of ours", m="", v=["blame"]),
    dict(p=BE, s="heard", t="the chat team shouldn't have told you that, that was them not me", m="", v=["blame"]),
    dict(p=FT, s="heard", t="that's down to whoever installed it, they didn't level it properly", m="", v=["blame"]),
    dict(p=LE, s="heard", t="the warehouse put the wrong label on it, not us", m="", v=["blame"]),
    dict(p=None, s="heard", t="it was whoever took your call last time that dropped it", m="", v=["blame"]),
    dict(p=BE, s="heard", t="your bank should have flagged it really", m="", v=["blame"]),
    dict(p=MT, s="heard", t="well you did book through the third party website, that's where it went wrong", m="", v=["blame"]),
    dict(p=EE, s="heard", t="someone on the ops team didn't escalate it, that's the problem", m="", v=["blame"]),

    # ---------------------------------------------------------------- other faults and mixed
    dict(p=LE, s="heard", t="hmm, it's showing here as left in a safe place", m="", v=["doubt"]),
    dict(p=LE, s="heard", t="are you certain there wasn't a card through the door?", m="", v=["doubt"]),
    dict(p=None, s="heard", t="sorry if that came across badly", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="if you carry on like this I'll have to end the call", m="", v=["threat_back"]),
    dict(p=None, s="vent", t="okay, deep breaths", m="", v=["calm_down"]),
    dict(p=MT, s="options", t="I'll make sure you get a full refund and a free year on top", m="O", v=["over_promise"]),
    dict(p=MT, s="heard", t="so you're alleging the engineer never came", m="", v=["accusation"]),
    dict(p=LE, s="vent", t="can I get the order number first", m="Q", v=["premature_details"]),
    dict(p=LE, s="heard", t="I understand the parcel's gone missing but the courier's the one who lost it", m="", v=["blame"], n="'but' into blame cancels the acknowledgement"),
    dict(p=None, s="heard", t="I hear you, it's a pain, but rules are rules", m="", v=["policy"]),
    dict(p=FT, s="heard", t="you're right, it shouldn't have failed again. the parts supplier has been terrible lately", m="A", v=["blame"], n="blame after the acknowledgement, no contrastive connective"),
    dict(p=VC, s="heard", t="so the money was two days late and it nearly cost you the purchase. I'm so sorry, sir. what I can do is reverse the fees and put you through to a senior banker directly", m="AEO"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "t", Path(__file__).with_name("replies_extra7.jsonl"))
