"""Source of `replies_extra6.jsonl`: a sixth batch of hand-written trainee replies (tune split only).

Written one at a time, after the first five extra batches, by someone who had not read the held-back
part of `replies.jsonl`. The aim of this batch is phrasing the judge had not been tuned on: violations
said in other words than the stock ones, acknowledgements that restate the complaint without a fixed
opener, empathy that names a feeling in passing, remedies offered without "I can offer", and hard
negatives for each. Whisper-style text (lowercase, fillers, run-ons, the odd mis-hearing) mixed with
some properly punctuated lines. Nothing is generated from a template. Labels follow
tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra6.jsonl` next to it (ids u0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- acknowledge positives
    dict(p=MT, s="heard", t="so the first time he didn't turn up, and the second time you rang at noon and were told he was running late, and he still never came", m="A"),
    dict(p=MT, s="heard", t="okay so this has cost you two days' pay on top of the hassle", m="A"),
    dict(p=LE, s="heard", t="what I'm taking from this is the fee matters less than getting the parts to your customer", m="A"),
    dict(p=LE, s="heard", t="right, so you've got a chef with no parts and a kitchen that can't open", m="A"),
    dict(p=EE, s="heard", t="three incidents, no proactive contact, and you've had to escalate to get anyone's attention. I've got that", m="A"),
    dict(p=EE, s="heard", t="you're right that we should have called you first, not the other way round", m="A"),
    dict(p=VC, s="heard", t="so the delay nearly cost you the purchase, and nobody here picked up the phone when you called", m="A"),
    dict(p=VC, s="heard", t="understood sir, the money sat with us for two days when it should have gone the same day", m="A"),
    dict(p=FT, s="heard", t="so after two repairs it's doing exactly what it did in the first place", m="A"),
    dict(p=FT, s="heard", t="okay, a leak again, the third time, and no call back on monday. yeah.", m="A"),
    dict(p=BE, s="heard", t="you cancelled, you got a confirmation, and then two payments went out anyway. that's what I've got", m="A"),
    dict(p=BE, s="heard", t="I've read through the notes and everything you've said checks out", m="A"),
    dict(p=None, s="heard", t="just so I know I'm with you, it's the second missed delivery this month", m="A"),
    dict(p=None, s="heard", t="that's on me to sort out, you shouldn't be chasing anyone", m="A"),
    dict(p=None, s="heard", t="yeah we haven't done right by you here", m="A"),

    # ---------------------------------------------------------------- acknowledge hard negatives
    dict(p=MT, s="heard", t="so what time did the engineer say he'd come?", m="Q"),
    dict(p=LE, s="heard", t="I understand, but the courier has a forty eight hour window to find it", m="", v=["policy"], n="'but' into a wall"),
    dict(p=EE, s="heard", t="I get that, though the contract does set out what counts as an outage", m="", v=["correcting"]),
    dict(p=VC, s="heard", t="yes I hear you sir, anyway, shall we move on to the next thing", m="", v=["dismissal"], n="brushed off"),
    dict(p=FT, s="heard", t="I see. and was the door closed properly when you ran it?", m="", v=["doubt"], n="insinuating question"),
    dict(p=BE, s="heard", t="okay. right. uh huh.", m=""),
    dict(p=None, s="heard", t="I know what you mean but that's how it's always been", m="", v=["policy", "dismissal"]),
    dict(p=None, s="heard", t="and what's the date on the order please?", m="Q"),

    # ---------------------------------------------------------------- empathise
    dict(p=MT, s="heard", t="ah that's so annoying, two mornings wasted", m="AE"),
    dict(p=LE, s="heard", t="sorry, that's a really rotten thing to happen on a big job", m="E"),
    dict(p=EE, s="heard", t="I'm sorry you've had to go over our heads just to be heard", m="AE"),
    dict(p=VC, s="heard", t="that must have been a sleepless couple of nights, I'm sorry", m="E"),
    dict(p=FT, s="heard", t="honestly I'd be at the end of my rope with it too", m="E"),
    dict(p=BE, s="heard", t="you must have been so worried when the rent didn't go out", m="AE"),
    dict(p=None, s="heard", t="I'm really sorry, that's no way to be treated", m="AE"),

    # ---------------------------------------------------------------- options
    dict(p=MT, s="options", t="I'll wipe the call out charge and add a credit, and you can have the first appointment on friday if you want it", m="OI"),
    dict(p=LE, s="options", t="what if I refund the express and get a courier to take replacement parts straight to the restaurant this afternoon?", m="OIQ"),
    dict(p=EE, s="options", t="I can put a credit through for all three incidents and assign you a named manager", m="O"),
    dict(p=FT, s="options", t="a brand new machine of the same model, with the warranty extended, is something I can do today", m="O"),
    dict(p=BE, s="options", t="let me refund both payments and the bank fee, that puts you back where you should be", m="O"),
    dict(p=None, s="options", t="we can either repair it under warranty or swap it for a new one", m="O"),

    # ---------------------------------------------------------------- options hard negatives
    dict(p=MT, s="options", t="I'll make a note on the account", m=""),
    dict(p=EE, s="options", t="I'm afraid compensation isn't something I can look at today", m=""),
    dict(p=FT, s="options", t="I'll raise it with the warranty team and see what they say", m=""),

    # ---------------------------------------------------------------- violations
    dict(p=MT, s="heard", t="well you did book the cheapest slot, those always get bumped first", m="", v=["correcting", "dismissal"]),
    dict(p=MT, s="heard", t="the engineer says he knocked and nobody came, so", m="", v=["doubt"]),
    dict(p=LE, s="heard", t="it's not our job to chase the courier for you", m="", v=["dismissal"]),
    dict(p=LE, s="heard", t="if it mattered that much you should have paid for the tracked service", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="we've had far bigger clients than you deal with worse and not make this much noise", m="", v=["insult"]),
    dict(p=EE, s="heard", t="all complaints go through our formal process, I can't skip steps", m="", v=["policy"]),
    dict(p=VC, s="heard", t="I really don't think that's the bank's problem, sir", m="", v=["dismissal"]),
    dict(p=VC, s="heard", t="every client gets the same service, there's no special treatment", m="", v=["policy", "dismissal"]),
    dict(p=FT, s="heard", t="oh come on, it's a bit of water, it's not a flood", m="", v=["dismissal", "insult"]),
    dict(p=FT, s="heard", t="the repair would have been fine if it had been installed properly in the first place", m="", v=["blame"]),
    dict(p=BE, s="heard", t="Margaret, the letter explained all of this, I'm not sure why you missed it", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="the overdraft is really a matter between you and your bank, we can't get involved", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="I'd appreciate it if you didn't swear at me", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="right, well, that's your opinion", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="you clearly didn't read the confirmation email", m="", v=["correcting"]),
    dict(p=None, s="heard", t="there's a procedure for this and I have to follow it", m="", v=["policy"]),
    dict(p=None, s="heard", t="I'm sorry for the inconvenience caused", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="oh wonderful, another one", m="", v=["insult"]),
    dict(p=LE, s="vent", t="hang on, first I'll need the sender's postcode", m="Q", v=["premature_details"]),
    dict(p=EE, s="heard", t="do what you want with your lawyers, it won't change anything", m="", v=["threat_back", "dismissal"]),
    dict(p=MT, s="options", t="I'll refund every bill since you joined and cover the wages you lost", m="O", v=["over_promise"]),
    dict(p=VC, s="heard", t="the system has no record of you calling on friday, sir", m="", v=["doubt"]),

    # ---------------------------------------------------------------- mixed
    dict(p=MT, s="heard", t="you're right, it's not good enough and I'm sorry. the engineers are stretched thin right now, it's the time of year", m="AE", v=["dismissal"], n="excuse after the marks, no contrastive connective"),
    dict(p=BE, s="options", t="I'm so sorry Margaret. I'll refund both charges today and write to your bank about the fee. would that help?", m="EOCIQ"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "u", Path(__file__).with_name("replies_extra6.jsonl"))
