"""Source of `replies_extra101.jsonl`: 'short and sharp' replies, written cold (tune split only).

Batch 101: quick lines, mostly 1 to 15 words, of the kind a stressed trainee blurts out. About a
third carry a fault, each fault said in everyday British or American wording rather than the
textbook phrase: insult (sarcasm, snark, rhetorical jabs, patronising asides, a transcribed sigh),
calm_down, threat_back, dismissal (ducking, minimising), doubt and correcting, with a few marks sitting
beside a fault. The rest are clean: short genuine say-backs, short apologies, short offers and choices,
short questions and requests for details after the vent, bare callbacks with a time, thanks, fillers
and back-channels (no mark), and hard negatives that sound curt but are fine ('take your time',
'no rush', 'don't apologise, you're allowed to be angry', 'are you okay to hold?', 'your call',
'no excuses from me', honest refusals that go straight to what can be done). All six personas and
generic, every stage; about half styled like a Whisper transcript.

Written cold: from the label definitions in README.md, /work/shared/METHOD.md and the persona
files alone, without reading any labelled reply or the judge's code, and without running the judge.
Each reply was written one at a time, as a different trainee on a different day.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra101.jsonl` next to it (ids cx0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---- insult: sarcasm, snark, jabs, patronising ----
    dict(p=MT, s="vent", t="Are you done?", m="", v=["insult"],
         n="'are you finished?' family: rhetorical, not a question"),
    dict(p=None, s=None, t="wow. okay. anything else you wanna yell about", m="", v=["insult"],
         n="rhetorical jab, not a real question"),
    dict(p=BE, s="heard", t="Bless. It's only twelve quid though, isn't it?", m="",
         v=["insult", "dismissal"], n="patronising 'bless' plus minimising the fee; tag is not a question"),
    dict(p=LE, s="vent", t="yeah i got that the first three times mate", m="", v=["insult"]),
    dict(p=VC, s="heard", t="Goodness, someone's used to getting their way.", m="", v=["insult"]),
    dict(p=FT, s="vent", t="*sighs*", m="", v=["insult"], n="transcribed sigh (rule 12)"),
    dict(p=None, s="vent", t="cool story", m="", v=["insult"], n="sarcastic brush-off"),
    dict(p=MT, s="heard", t="oh no, not a whole morning, how will you ever survive", m="", v=["insult"],
         n="sarcasm: mock sympathy, not empathise"),
    dict(p=FT, s="options", t="Shocking. A washing machine that breaks. Who'd have thought.", m="",
         v=["insult"], n="sarcasm"),
    dict(p=BE, s="vent", t="Okay, let me explain it nice and slowly for you.", m="", v=["insult"],
         n="patronising to a retired teacher; nothing is corrected yet"),
    dict(p=None, s=None, t="(under breath) oh here we go", m="", v=["insult"], n="aside (rule 12)"),
    dict(p=EE, s="heard", t="lovely speech. did you rehearse that for the CEO", m="", v=["insult"],
         n="sarcastic, rhetorical"),

    # ---- calm_down ----
    dict(p=MT, s="vent", t="Calm down.", m="", v=["calm_down"]),
    dict(p=LE, s="vent", t="whoa whoa easy, easy", m="", v=["calm_down"]),
    dict(p=FT, s="vent", t="ok ok deep breaths", m="", v=["calm_down"]),
    dict(p=BE, s="heard", t="keep your hair on mrs ellison", m="", v=["calm_down"],
         n="British 'calm down'"),
    dict(p=VC, s="vent", t="No need to raise your voice, sir.", m="", v=["calm_down"]),
    dict(p=EE, s="options", t="let's all just take it down a notch yeah", m="", v=["calm_down"],
         n="tag 'yeah' is not a question"),
    dict(p=FT, s="heard", t="ma'am, ma'am, if you could just stop talking for one sec", m="",
         v=["calm_down"], n="'stop talking'"),
    dict(p=None, s="vent", t="relax its not the end of the world", m="", v=["calm_down", "dismissal"],
         n="relax + minimising"),
    dict(p=LE, s="heard", t="i hear you but you gotta cool it", m="", v=["calm_down"],
         n="'but' leads straight into calm_down: no acknowledge"),
    dict(p=FT, s="options", t="Calm down. I'll get a senior engineer out this week.", m="OC",
         v=["calm_down"], n="remedy with a deadline after the fault: options + commitment stand"),

    # ---- threat_back ----
    dict(p=MT, s="vent", t="Keep swearing and I'm hanging up.", m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="call your lawyer then go on", m="", v=["threat_back"]),
    dict(p=VC, s="options", t="Move the portfolio, then. Your choice.", m="", v=["threat_back"],
         n="a dare, so 'your choice' is not asks_input"),
    dict(p=LE, s="vent", t="post it on facebook if you want, i honestly dont care", m="",
         v=["threat_back", "insult"], n="daring the threat + rude 'don't care'"),
    dict(p=BE, s="heard", t="ombudsman? be my guest", m="", v=["threat_back"]),
    dict(p=FT, s="options", t="one more like that and this call's over", m="", v=["threat_back"]),
    dict(p=EE, s="options", t="Cancel, then. See how that goes for you.", m="", v=["threat_back"]),

    # ---- dismissal ----
    dict(p=LE, s="heard", t="Parcels go missing. Happens.", m="", v=["dismissal"]),
    dict(p=MT, s="vent", t="not my department sorry", m="", v=["dismissal"],
         n="'sorry' on a brush-off is not empathise"),
    dict(p=BE, s="options", t="theres nothing i can do im afraid", m="", v=["dismissal"]),
    dict(p=VC, s="heard", t="Honestly? Above my pay grade.", m="", v=["dismissal"]),
    dict(p=None, s=None, t="dunno what to tell you", m="", v=["dismissal"]),
    dict(p=LE, s="options", t="It is what it is, mate.", m="", v=["dismissal"]),
    dict(p=MT, s="heard", t="it's only broadband though, you'll live", m="", v=["dismissal", "insult"],
         n="minimising + snark"),
    dict(p=VC, s="heard", t="yes yes I hear you. anyway", m="", v=["dismissal"],
         n="dismissive 'I hear you, anyway': not acknowledge; brushes the complaint aside"),

    # ---- doubt ----
    dict(p=BE, s="vent", t="you sure you cancelled", m="", v=["doubt"], n="'are you sure' family: not a question"),
    dict(p=LE, s="heard", t="hm, tracking says it's out for delivery", m="", v=["doubt"],
         n="'it says here' against what he reports"),
    dict(p=MT, s="vent", t="Twice? That's weird, they're normally really good.", m="", v=["doubt"]),
    dict(p=FT, s="heard", t="is it definitely plugged in", m="", v=["doubt"],
         n="doubting her, not a real question"),
    dict(p=EE, s="vent", t="Three? I've only got two logged.", m="", v=["doubt"]),
    dict(p=VC, s="heard", t="Two days? I find that hard to believe, sir.", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="i mean, that doesnt sound like something chat would say", m="", v=["doubt"]),
    dict(p=None, s=None, t="really? never heard of that happening before", m="", v=["doubt"],
         n="'that's strange, it's never happened' family"),

    # ---- correcting ----
    dict(p=MT, s="heard", t="technically the windows eight till one", m="", v=["correcting"]),
    dict(p=LE, s="options", t="Well, express isn't guaranteed. It's in the terms.", m="", v=["correcting"]),
    dict(p=VC, s="vent", t="Actually, cut-off is two p.m., sir.", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="if youd cancelled before the billing date this wouldnt of happened", m="",
         v=["correcting"], n="'if you'd checked…' family"),
    dict(p=FT, s="heard", t="It's a washer-dryer, actually. Not a washing machine.", m="", v=["correcting"],
         n="pedantic correction"),
    dict(p=EE, s="heard", t="Strictly speaking, that was degraded service, not an outage.", m="",
         v=["correcting"]),
    dict(p=LE, s="heard", t="just so you know you should always insure parts like that", m="",
         v=["correcting"], n="educating him mid-complaint"),
    dict(p=None, s=None, t="uh, small thing, it's a fee, not a fine", m="", v=["correcting"]),

    # ---- clean: short say-backs ----
    dict(p=MT, s="vent", t="twice. and no call. right.", m="A", n="terse but says back the two main points"),
    dict(p=None, s=None, t="I hear you.", m="A", n="rule 1"),
    dict(p=LE, s="vent", t="so nothing on tracking since pickup. got it.", m="A"),
    dict(p=BE, s="heard", t="Charged twice, after you'd cancelled. That's wrong.", m="A"),
    dict(p=EE, s="vent", t="Third outage this quarter. Understood.", m="A",
         n="'understood' alone is a filler; here it follows a say-back"),
    dict(p=VC, s="heard", t="You heard it from the seller's solicitor. Not from us. That's on us.", m="A"),
    dict(p=FT, s="vent", t="seven months old and broke twice already. yeah.", m="A"),
    dict(p=None, s="heard", t="i get it", m="A", n="rule 1, said straight"),
    dict(p=MT, s="heard", t="your right, that shouldnt of happened", m="A"),
    dict(p=LE, s="heard", t="and your client's on at you for something that wasn't even your fault", m="A"),
    dict(p=FT, s="heard", t="Promised a callback Monday and nobody rang. Yeah.", m="A"),
    dict(p=BE, s="heard", t="Nine years with us. And this is how we treat you.", m="A",
         n="says back the revealed fact and that it's wrong; no feeling named"),

    # ---- clean: fillers and back-channels ----
    dict(p=None, s=None, t="understood.", m="", n="filler (rule 1)"),
    dict(p=VC, s="vent", t="mm. okay.", m=""),
    dict(p=MT, s="vent", t="go on", m="", n="back-channel (rule 13)"),
    dict(p=EE, s="vent", t="I'm listening.", m="", n="back-channel (rule 13)"),
    dict(p=None, s=None, t="...", m=""),
    dict(p=MT, s="vent", t="mm-hm, i'm with you", m="", n="back-channel (rule 13)"),
    dict(p=VC, s="heard", t="I hear you, I hear you. so what's the account number", m="Q",
         n="rule 13: 'I hear you' into a details request is not acknowledge; heard stage, so no premature_details"),
    dict(p=None, s=None, t="um", m=""),
    dict(p=EE, s="vent", t="sorry, sorry, go on", m="", n="sorry for talking over her: politeness, not empathise"),

    # ---- clean: short empathy ----
    dict(p=None, s=None, t="im so sorry", m="E"),
    dict(p=FT, s="heard", t="Honestly? I'd be livid.", m="E", n="'Honestly?' is rhetorical, not doubt, not a question"),
    dict(p=LE, s="heard", t="no wonder your fuming", m="E"),
    dict(p=MT, s="heard", t="god, that's awful, I'm sorry", m="E"),
    dict(p=EE, s="heard", t="That's a horrible spot to be in with your board.", m="AE",
         n="board worry said back + feeling validated"),
    dict(p=FT, s="heard", t="two weeks with no washer and a baby? thats brutal. im sorry", m="AE",
         n="echo with '?' is not a question"),
    dict(p=BE, s="heard", t="You've every right to be cross.", m="E"),
    dict(p=LE, s="vent", t="ugh. I'm sorry, that's rubbish.", m="E"),
    dict(p=MT, s="heard", t="i would be too", m="E", n="reply to 'I'm furious': = 'I'd be furious too'"),
    dict(p=VC, s="vent", t="That must've been a horrible afternoon.", m="E"),
    dict(p=FT, s="heard", t="You've had a rough couple of weeks, haven't you.", m="E",
         n="tag, not a question"),
    dict(p=MT, s="heard", t="I- I'm sorry, that's- yeah, that's not okay", m="AE",
         n="apology + agreeing it was wrong"),

    # ---- clean: curt-sounding hard negatives ----
    dict(p=FT, s="vent", t="No, no, don't apologise. You're allowed to be angry.", m="E",
         n="'don't' here reassures; validates the feeling"),
    dict(p=None, s=None, t="Take your time.", m="", n="not calm_down: no instruction to calm"),
    dict(p=BE, s="heard", t="no rush, Margaret", m="", n="not calm_down"),
    dict(p=VC, s="heard", t="No excuses from me. We got it wrong.", m="A",
         n="'no excuses' is owning it, not dismissal"),
    dict(p=LE, s="heard", t="nope. not your fault. ours", m="A", n="curt, but takes the blame, no blame of him"),
    dict(p=MT, s="heard", t="Not good enough. I know.", m="A", n="agrees with her complaint"),
    dict(p=None, s="heard", t="You're not being difficult. At all.", m="E",
         n="validates her reaction; negation is reassurance"),
    dict(p=FT, s="options", t="Are you okay to hold for two minutes?", m="IQ",
         n="asks permission; care, not doubt"),
    dict(p=None, s=None, t="are you alright?", m="Q", n="care, not 'are you sure'"),
    dict(p=LE, s="heard", t="Stop me if I've got this wrong: parcel gone, client livid.", m="A",
         n="'stop me' is not calm_down; checks understanding"),
    dict(p=VC, s="heard", t="Shout at me all you like. You're right to.", m="E",
         n="sounds like a jab, but validates him"),
    dict(p=MT, s="vent", t="dont stop, tell me all of it", m="", n="invitation to vent; not calm_down"),
    dict(p=BE, s="options", t="Straight answer? Yes. I can refund both.", m="O",
         n="'Straight answer?' rhetorical; offer"),
    dict(p=EE, s="options", t="Damages, no. Credit, report, account manager, yes.", m="O",
         n="honest obstacle (rule 11), not policy or dismissal"),
    dict(p=VC, s="options", t="Free banking for a year? Can't. But the fees on this transfer, gone.", m="O",
         n="honest obstacle then fee reversal; no time, so no commitment"),
    dict(p=FT, s="options", t="An upgrade I can't do. Same model plus a two-year warranty, I can.", m="O",
         n="honest obstacle"),
    dict(p=None, s="close", t="No thanks needed.", m="", n="not gratitude"),
    dict(p=MT, s="close", t="Don't thank me yet. Thursday, eight sharp, and I'll ring you after the visit.",
         m="OC", n="confirms the rebooked first slot (rule 4) + callback tied to the visit"),
    dict(p=EE, s="options", t="Your call.", m="I",
         n="after setting out the options: imperative invitation, no question mark, not a question"),
    dict(p=LE, s="options", t="Courier. Today. Our cost. Yes?", m="OIQ",
         n="curt offer + acceptance check; 'today' inside a proposal is not commitment"),

    # ---- clean: short offers ----
    dict(p=MT, s="options", t="I can waive the fee.", m="O"),
    dict(p=LE, s="options", t="want a same-day courier on us?", m="OIQ"),
    dict(p=BE, s="options", t="Both charges back, and the overdraft fee. Okay?", m="OIQ"),
    dict(p=EE, s="options", t="I can get you a named account manager.", m="O"),
    dict(p=VC, s="options", t="direct line to a senior banker. would that help", m="OIQ"),
    dict(p=FT, s="options", t="replacement, or an engineer out this week... which?", m="OIQ",
         n="time inside a choice is not commitment"),
    dict(p=MT, s="options", t="First slot, eight a.m., guaranteed. Want it?", m="OIQ",
         n="guaranteed first slot is allowed for this persona: no over_promise"),
    dict(p=FT, s="options", t="um, loan machine? while the engineer sorts yours?", m="OIQ"),
    dict(p=BE, s="options", t="email or post, for the cancellation letter?", m="OIQ",
         n="written confirmation is one of her remedies; choice of form"),
    dict(p=MT, s="options", t="Thursday, eight a.m. slot. Would that work?", m="OIQ",
         n="rebooked appointment offered (rule 4)"),

    # ---- clean: short questions ----
    dict(p=EE, s="heard", t="How bad was it for the warehouse?", m="Q"),
    dict(p=LE, s="heard", t="when does your client need the parts by", m="Q"),
    dict(p=MT, s="options", t="postcode?", m="Q", n="details after the vent: fine"),
    dict(p=None, s="options", t="What would put this right for you?", m="IQ"),
    dict(p=None, s="close", t="anything else", m="Q", n="ending check: not asks_input (rule 6)"),
    dict(p=VC, s="heard", t="What would you like to see happen?", m="IQ"),
    dict(p=BE, s="options", t="sorry, which card was it taken from?", m="Q", n="polite 'sorry', not empathise"),

    # ---- clean: short commitments ----
    dict(p=BE, s="commitment", t="Refund's going through now.", m="OC"),
    dict(p=EE, s="commitment", t="Root-cause report, in writing, by Friday the twentieth.", m="OC"),
    dict(p=LE, s="commitment", t="uh ill call you by four", m="C", n="callback with a time: commitment only (rule 4)"),
    dict(p=MT, s="commitment", t="booked, thursday eight oclock, and ill ring you at five today to confirm",
         m="OC"),
    dict(p=FT, s="commitment", t="I'll text you the delivery slot within the hour.", m="C"),
    dict(p=VC, s="commitment", t="fees reversed this afternoon, sir", m="OC"),
    dict(p=None, s="commitment", t="I'll sort it.", m="", n="promise without a time, nothing concrete"),
    dict(p=LE, s="commitment", t="Courier's booked. Driver's details to you in fifteen minutes.", m="OC"),
    dict(p=BE, s="commitment", t="I'll look into it.", m="", n="vague: no options, no commitment"),
    dict(p=BE, s="commitment", t="Done. Both refunded, fee too, back in your account by Thursday.", m="OC"),
    dict(p=None, s="commitment", t="back to you by five, promise", m="C",
         n="callback with a time; 'promise' of a callback is not a guarantee"),

    # ---- clean: thanks and closes ----
    dict(p=BE, s="close", t="Thanks for your patience, Margaret.", m="G"),
    dict(p=LE, s="close", t="cheers for bearing with me", m="G"),
    dict(p=EE, s="close", t="Thank you for raising it this directly.", m="G"),
    dict(p=FT, s="close", t="thank you for not hanging up on me honestly", m="G"),
    dict(p=VC, s="close", t="I appreciate you giving us another chance, sir.", m="G"),
    dict(p=MT, s="options", t="thanks, got it", m="",
         n="after she gives her postcode: polite receipt, not gratitude or acknowledge"),
    dict(p=None, s="close", t="Anything else I can help with today?", m="Q", n="rule 6"),
    dict(p=LE, s="close", t="cheers marcus, speak at four", m="C",
         n="'cheers' as goodbye is not gratitude; talking again at four = callback with a time"),
    dict(p=None, s=None, t="thanks for, uh, telling me", m="G"),
]

write_batch(ITEMS, "cx", Path(__file__).with_name("replies_extra101.jsonl"))
