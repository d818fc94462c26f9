"""Source of `replies_extra8.jsonl`: an eighth batch of hand-written trainee replies (tune split only).

Written one at a time, after batch 7, by someone who had not read the held-back part of
`replies.jsonl`. It adds hard negatives for acknowledgement found while cross-validating the judge
on the tuning replies: detail questions that start like a restatement ("you booked it online or
over the phone?"), lookups ("let me check what the system says", "I can see it on here"), offers
that name what the customer paid, small talk with "I know you've…", information that starts "I
understand the…", and empathy that names the feeling without saying back what happened. A few
plain acknowledgements sit beside them. Whisper-style text (lowercase, fillers, no punctuation,
the odd mis-hearing) mixed with some properly punctuated lines. Nothing is generated from a
template. Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra8.jsonl` next to it (ids s0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- detail questions, not restatements
    dict(p=LE, s="heard", t="you booked it online or um over the phone", m="Q", n="detail question that starts like a restatement"),
    dict(p=BE, s="heard", t="and you paid by card is that right", m="Q", n="checking a detail, not saying the complaint back"),
    dict(p=MT, s="heard", t="so you got the confirmation text for both of them yeah", m="Q"),
    dict(p=FT, s="heard", t="you bought it from us directly or from one of the shops", m="Q"),
    dict(p=LE, s="heard", t="when you say it was for a customer was that um a one off order or", m="Q"),
    dict(p=VC, s="heard", t="you called the branch first was it or the main line", m="Q"),
    dict(p=EE, s="heard", t="so you're saying the monday one was the longest is that the one your board is asking about", m="Q", n="a detail question about which outage, not a restatement"),
    dict(p=BE, s="heard", t="you cancelled online yeah do you remember roughly what date", m="Q"),

    # ---------------------------------------------------------------- lookups and information
    dict(p=LE, s="heard", t="let me just check what the system's saying for that one", m=""),
    dict(p=MT, s="heard", t="let me confirm your address first just so I'm on the right account", m="Q"),
    dict(p=LE, s="heard", t="okay I can see it on here it was scanned at the midlands hub on tuesday night", m=""),
    dict(p=FT, s="heard", t="i can see the last job was logged by an engineer called dave", m=""),
    dict(p=MT, s="commitment", t="I understand the next slot's been booked for thursday, eight o'clock", m="O", n="confirming a rebooked appointment is options; not acknowledgement"),
    dict(p=EE, s="heard", t="I understand the engineering team are putting the incident report together now", m=""),
    dict(p=None, s="heard", t="right I've got your account up now", m=""),

    # ---------------------------------------------------------------- offers naming what they paid
    dict(p=LE, s="options", t="I can refund everything you paid for the express so you're not out of pocket", m="O"),
    dict(p=BE, s="options", t="um what I'll do is put back what you paid twice and the bank fee on top", m="O"),
    dict(p=MT, s="options", t="I can credit the account for the days you took off, would that help", m="OIQ"),

    # ---------------------------------------------------------------- small talk with "I know"
    dict(p=None, s="heard", t="I know you've got a busy day so I'll keep this quick", m=""),
    dict(p=None, s="close", t="i know you've got to get back to work so thanks for staying on", m="G"),
    dict(p=EE, s="heard", t="I know you're in meetings all afternoon, is now still okay to talk", m="Q"),

    # ---------------------------------------------------------------- empathy without saying it back
    dict(p=None, s="heard", t="oh that must have been so stressful", m="E"),
    dict(p=VC, s="heard", t="I can only imagine how anxious you must have been, I'm so sorry", m="E"),
    dict(p=FT, s="heard", t="ugh honestly I'd be at the end of my tether too", m="E"),
    dict(p=None, s="heard", t="I'm so sorry, that's horrible", m="E"),
    dict(p=BE, s="heard", t="you must have been worried sick", m="E"),

    # ---------------------------------------------------------------- plain acknowledgements beside them
    dict(p=LE, s="heard", t="so you paid for express and it still hasn't turned up, and your customer's waiting on it", m="A"),
    dict(p=BE, s="heard", t="right so you cancelled last month and we still took two payments off you", m="A"),
    dict(p=MT, s="heard", t="okay let me make sure I've got this right, two booked mornings and nobody came either time", m="A"),
    dict(p=FT, s="heard", t="so the same machine's broken down again after two repairs", m="A"),
    dict(p=EE, s="heard", t="I hear you, three outages and you found out from your own staff", m="A"),
    dict(p=VC, s="heard", t="so the money went two days late and the sale nearly fell through, I'm so sorry", m="AE"),
    dict(p=None, s="heard", t="i get it, you've been passed from one department to the next all week", m="A"),
    dict(p=None, s="heard", t="you're right, nobody should have told you it was sorted when it wasn't", m="A"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "s", Path(__file__).with_name("replies_extra8.jsonl"))
