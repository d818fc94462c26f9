"""Source of `replies_extra5.jsonl`: a fifth batch of hand-written trainee replies (tune split only).

Written one at a time, after the first four extra batches, by someone who had not read the held-back
part of `replies.jsonl`. The aim of this batch is phrasing the judge had not been tuned on: violations
said in other words than the stock ones, acknowledgements that restate the complaint without a fixed
opener, empathy that names a feeling in passing, remedies offered without "I can offer", and hard
negatives for each. Whisper-style text (lowercase, fillers, run-ons, the odd mis-hearing) mixed with
some properly punctuated lines. Nothing is generated from a template. Labels follow
tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra5.jsonl` next to it (ids v0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- acknowledge positives
    dict(p=MT, s="heard", t="so you took Tuesday off, stayed in all morning, and the engineer never showed and never called. that's the whole of it, isn't it", m="A"),
    dict(p=MT, s="heard", t="I'm hearing that this isn't just about the fee, it's the two days you lost", m="A"),
    dict(p=MT, s="heard", t="yeah you've been messed about twice now and that's not on", m="A"),
    dict(p=LE, s="heard", t="okay I've got it. express paid, parcel gone, customer angry, tracking useless", m="A"),
    dict(p=LE, s="heard", t="you're completely right, an overnight parcel should not go missing for three days", m="A"),
    dict(p=LE, s="vent", t="mm. so it never turned up at all.", m="A", n="short read-back while he vents"),
    dict(p=EE, s="heard", t="you've told us three times and three times we've let it happen again, I accept that", m="A"),
    dict(p=EE, s="heard", t="what you're describing is a pattern, not a one-off, and I take that seriously", m="A"),
    dict(p=EE, s="heard", t="so the real damage here is with your board, more than the hours of downtime", m="A"),
    dict(p=VC, s="heard", t="so as I understand it, the wire left your account on thursday and didn't clear until the weekend", m="A"),
    dict(p=VC, s="heard", t="you're right, sir, a client of eleven years should never have had to chase us like this", m="A"),
    dict(p=FT, s="heard", t="so we've been out twice, charged you nothing but fixed nothing, and it's leaking again", m="A"),
    dict(p=FT, s="heard", t="the promise of a call back on Monday was broken, I see that on the notes and I'm not going to defend it", m="A"),
    dict(p=BE, s="heard", t="you did the right thing by cancelling and we still charged you, that's the crux of it", m="A"),
    dict(p=BE, s="heard", t="okay, so two payments of the same amount, both after you'd cancelled", m="A"),
    dict(p=None, s="heard", t="I completely get where you're coming from", m="A"),
    dict(p=None, s="heard", t="that is a reasonable thing to be asking for", m="A"),
    dict(p=None, s="heard", t="you've made your point really clearly and I've taken it on board", m="A"),
    dict(p=None, s="heard", t="I won't make excuses, we got it wrong", m="A"),
    dict(p=MT, s="heard", t="that's two appointments we didn't keep, and I'm sorry", m="AE"),

    # ---------------------------------------------------------------- acknowledge hard negatives
    dict(p=MT, s="vent", t="mhm", m=""),
    dict(p=LE, s="heard", t="right, and what was in the parcel?", m="Q"),
    dict(p=EE, s="heard", t="I hear what you're saying but the outages were within the contract terms", m="", v=["policy", "correcting"], n="'but' into a wall"),
    dict(p=VC, s="heard", t="I understand sir. however the delay was caused by the receiving bank", m="", v=["blame"], n="'however' into blame"),
    dict(p=FT, s="heard", t="okay I get it, anyway what's the model number", m="Q", n="brushed-off 'I get it'"),
    dict(p=BE, s="heard", t="I don't understand how you didn't notice the first payment", m="", v=["correcting"]),
    dict(p=None, s="heard", t="are you saying we did it on purpose?", m="", v=["accusation"], n="hostile question"),
    dict(p=None, s="heard", t="yeah, I know, you said", m="", v=["dismissal"], n="impatient"),
    dict(p=LE, s="heard", t="so you're telling me you didn't take out insurance?", m="", v=["correcting"], n="cross-examining"),
    dict(p=MT, s="heard", t="I see what you mean but the slot was a four hour window", m="", v=["correcting"]),

    # ---------------------------------------------------------------- empathise
    dict(p=MT, s="heard", t="that's so frustrating, honestly, I'd have been fuming", m="E"),
    dict(p=LE, s="heard", t="I'm really sorry, that's put you in an awful spot with your customer", m="AE"),
    dict(p=EE, s="heard", t="I can imagine how uncomfortable that board meeting must have been", m="E"),
    dict(p=VC, s="heard", t="I'm truly sorry, sir, for the worry this caused you and your family", m="E"),
    dict(p=FT, s="heard", t="that's exhausting, dealing with the same problem over and over", m="AE"),
    dict(p=BE, s="heard", t="oh Margaret, I'm so sorry. that must have been such a shock", m="E"),
    dict(p=None, s="heard", t="it's no fun being let down like that, I'm sorry", m="E"),
    dict(p=None, s="heard", t="you sound worn out with it all, and I don't blame you", m="E"),
    dict(p=MT, s="heard", t="I'm sorry we've messed your week up like this", m="AE"),
    dict(p=EE, s="heard", t="please accept our apology, we've made things really hard for you", m="AE"),

    # ---------------------------------------------------------------- empathise hard negatives
    dict(p=LE, s="heard", t="sorry, is that the address on the label or a different one?", m="Q"),
    dict(p=VC, s="options", t="I'm afraid I can't waive a year of fees, I'm sorry about that", m="", n="sorry for a refusal"),
    dict(p=FT, s="heard", t="sorry you're disappointed with the repair", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="I'm sorry but we did send an email confirming the charges", m="", v=["correcting"]),
    dict(p=None, s="heard", t="I'm not sure it's worth getting this upset about", m="", v=["dismissal"]),
    dict(p=EE, s="heard", t="awful for you I'm sure", m="", v=["insult"], n="sarcasm"),

    # ---------------------------------------------------------------- options
    dict(p=MT, s="options", t="here's what I'm going to do, the fee's waived, there's a credit on your account, and you're booked in first thing friday", m="O"),
    dict(p=LE, s="options", t="a replacement can go out on a courier today at our expense, and I'll refund the express fee", m="O"),
    dict(p=EE, s="options", t="I'd suggest a service credit and a dedicated account manager, and we send you the root-cause analysis", m="O"),
    dict(p=VC, s="options", t="I can reverse the fees and put you through to a senior banker who'll be your direct contact", m="O"),
    dict(p=FT, s="options", t="so option one is a replacement machine, same model, with the warranty extended. option two is a senior engineer this week. what would you like?", m="OIQ"),
    dict(p=BE, s="options", t="the duplicate payment will be refunded and we'll reimburse your overdraft charge", m="O"),
    dict(p=None, s="options", t="I can reship it today or give you store credit, whichever you'd prefer", m="OI"),
    dict(p=MT, s="options", t="the soonest I can get you is the eight o'clock slot thursday, and the fee's on us", m="O"),

    # ---------------------------------------------------------------- options hard negatives
    dict(p=LE, s="options", t="the refund team will be in touch at some point", m=""),
    dict(p=EE, s="options", t="I've noted your request for compensation", m=""),
    dict(p=FT, s="options", t="if it happens again just give us another ring", m="", v=["dismissal"]),
    dict(p=VC, s="options", t="there's no option for a fee-free year, I'm sorry", m=""),
    dict(p=BE, s="options", t="I'd like to help, let me see what's possible", m=""),

    # ---------------------------------------------------------------- violations
    dict(p=MT, s="heard", t="those engineers are run off their feet, you can't expect them to be on time every time", m="", v=["dismissal", "correcting"]),
    dict(p=MT, s="vent", t="could you give me the name the account's under", m="Q", v=["premature_details"]),
    dict(p=LE, s="heard", t="your label had the flat number missing, so the driver couldn't find it", m="", v=["blame", "correcting"]),
    dict(p=LE, s="heard", t="it's really a matter for the courier now, not us", m="", v=["blame", "dismissal"]),
    dict(p=EE, s="heard", t="I'd hardly call a few minutes of slowness an outage", m="", v=["doubt", "dismissal"]),
    dict(p=EE, s="heard", t="cancel if you want, the notice period still applies", m="", v=["threat_back", "policy"]),
    dict(p=VC, s="heard", t="sir, raising your voice won't get this sorted any faster", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="our compliance team doesn't make exceptions for anybody, whoever they are", m="", v=["policy"]),
    dict(p=FT, s="heard", t="are you sure it's the same leak and not a different one", m="", v=["doubt"]),
    dict(p=FT, s="heard", t="it'll be the hose, they always go, nothing to do with the repair", m="", v=["dismissal", "blame"]),
    dict(p=BE, s="heard", t="the charges are correct according to our system", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="you'll need to contact your bank about the overdraft fee, we can't do anything about that", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="you're really not making this easy for me", m="", v=["insult"]),
    dict(p=None, s="heard", t="I apologise for any frustration", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="you can escalate it if you like but you'll get the same answer", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="I'm going to have to end the call if the language continues", m="", v=["threat_back"]),
    dict(p=MT, s="options", t="I'll refund your install, your line rental for the year and give you the next upgrade free", m="O", v=["over_promise"]),
    dict(p=LE, s="options", t="I'll personally guarantee your next ten parcels arrive on time", m="", v=["over_promise"]),
    dict(p=EE, s="heard", t="for clarity, our records show the first incident was resolved within the SLA", m="", v=["correcting", "accusation"]),
    dict(p=VC, s="heard", t="I'm sorry you feel the bank has let you down, sir", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="hmm. two years old you say? are you sure it's still under warranty", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="Margaret, please, let me speak", m="", v=["calm_down"]),
    dict(p=LE, s="heard", t="that is just the risk with couriers, things go astray", m="", v=["dismissal"]),
    dict(p=MT, s="heard", t="honestly it's the booking system, it double books the engineers all the time", m="", v=["blame"]),

    # ---------------------------------------------------------------- mixed / complete
    dict(p=LE, s="commitment", t="I'm sorry about all of this. the courier's booked for one, the parts will be with your customer by four, and I'll call you at five to make sure they arrived", m="EOC"),
    dict(p=BE, s="options", t="you're right, we shouldn't have taken either payment. I'll refund both today and cover your bank's fee. is there anything else that happened because of it?", m="AOCQ"),
    dict(p=EE, s="heard", t="I hear you, and I'm sorry. can you tell me what the board needs from us to rebuild some confidence?", m="AEIQ"),
    dict(p=FT, s="heard", t="I'm so sorry, that's rotten luck and our fault, not yours. rules say I can only offer a repair though", m="AE", v=["policy"], n="apology and admission stand before the wall; 'though' sits after it"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "v", Path(__file__).with_name("replies_extra5.jsonl"))
