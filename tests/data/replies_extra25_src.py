"""Source of `replies_extra25.jsonl`: a twenty-fifth batch of hand-written trainee replies (tune split only).

Written one at a time by someone who had not read the held-back part of `replies.jsonl` nor the
judge's code (judge.py, lexicon.py, learned.py, patterns.py, the model), imitating the style and
labelling habits of the tune part of `replies.jsonl`. Its focus is ACKNOWLEDGEMENT as the README
defines it, across all six personas, generic replies and every stage, with every mark and violation
labelled on every item, so it is also a mixed check.

Positives in many forms: the customer's specifics said back in the trainee's own words (short and
long, with and without "so", "right", "okay so", "let me make sure I've got this"), admissions that
name what went wrong ("we dropped the ball on that callback"), acknowledgement folded into an apology,
an offer or a commitment, check-back questions, and run-on Whisper-style restatements with fillers.
Hard negatives: fillers ("I see", "understood", "got it", "noted", "mm-hm"), dismissive "I hear you,
anyway…", restating only to argue or doubt, reading account or consignment details off the screen,
acknowledgement cancelled by "but" / "though" / "however" leading into a violation, restatements of
things the customer never said, questions about the facts that do not say them back, empathy or
apology with nothing said back, and recaps of the remedy rather than the complaint. Following the
README's rule 1, a sincere bare "I hear you" / "I understand" is labelled acknowledge. About half
the items are positive on acknowledge.

Whisper-style text (lowercase, fillers, false starts, no punctuation, the odd mis-hearing such as
"should of", "your" for "you're") mixed with properly punctuated lines. Nothing is generated from a
template. Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra25.jsonl` next to it (ids i0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- plain restatements
    dict(p=MT, s="heard", t="okay so let me make sure I've got this. you booked the morning slot, eight till twelve, you stayed in, nobody turned up, and then it happened all over again the next time", m="A"),
    dict(p=MT, s="vent", t="so that's two mornings off work and not so much as a text from us", m="A"),
    dict(p=MT, s="heard", t="um right so you- you sat in all morning twice and no one even rang to say he wasn't coming, yeah that's, that's really not on", m="A",
         n="'really not on' judges our conduct; no feeling named, so no empathise"),
    dict(p=LE, s="heard", t="Right, so you paid extra for overnight, the parts never made it to the restaurant, and the tracking hasn't moved since collection.", m="A"),
    dict(p=LE, s="heard", t="so uh the compressor and the- the control board, they were meant to be there first thing and they just never showed, and now the restaurant's on your back about it", m="A"),
    dict(p=EE, s="vent", t="Right. Third time this quarter. I've got that.", m="A"),
    dict(p=VC, s="heard", t="so you found out from the other side's solicitor not from us, that's- yeah that's a terrible way to find out", m="AE",
         n="'a terrible way to find out' is sympathy, like 'that's awful'"),
    dict(p=FT, s="vent", t="two weeks with no washer, right", m="A", n="trailing 'right' is a tag, not a question"),
    dict(p=FT, s="heard", t="so your still without a washer and its been two weeks now", m="A", n="'your' mis-hearing for 'you're'"),
    dict(p=BE, s="heard", t="right so kevin on the chat told you last week it was all sorted and um it clearly wasn't", m="A"),
    dict(p=BE, s="vent", t="Two charges after you'd cancelled. And a bank fee on top.", m="A", n="restatement with no 'so'"),
    dict(p=None, s="heard", t="okay so let me just get this straight you rang on the tenth they said someone'd call you back and nobody ever did", m="A",
         n="'let me get this straight' used to restate, not to argue"),
    dict(p=EE, s="heard", t="and on top of all that your board's now asking whether you should still be with us", m="A", n="says back the hidden fact once revealed"),
    dict(p=LE, s="heard", t="and that restaurant group's a third of your work, so this isn't just one parcel to you", m="A"),

    # ---------------------------------------------------------------- admissions that name what went wrong
    dict(p=MT, s="heard", t="We let you down on the first visit, and then we did exactly the same thing on the second.", m="A"),
    dict(p=FT, s="heard", t="we dropped the ball on that callback, plain and simple, you shouldn't of had to chase us", m="A", n="'shouldn't of' mis-hearing"),
    dict(p=EE, s="heard", t="Our status page told your team everything was operational when it wasn't. That's our failure, not yours.", m="A"),
    dict(p=VC, s="heard", t="we should have rung you the moment that wire was held up, and we didn't. you heard it from the wrong side of the deal", m="A"),
    dict(p=BE, s="heard", t="our chat team told you it was fixed and it wasn't, that's our mistake, not yours", m="A"),
    dict(p=VC, s="vent", t="You should have heard it from us, sir.", m="A", n="short admission of the missing warning"),

    # ---------------------------------------------------------------- acknowledgement inside an apology
    dict(p=MT, s="heard", t="I'm so sorry, you took two days off for us and we couldn't even ring you", m="AE"),
    dict(p=LE, s="heard", t="I'm really sorry we've put you in that position with your customer, that's the last thing you need when you're running your own firm", m="AE"),
    dict(p=EE, s="heard", t="I'm sorry. Three outages in one quarter, and you had to go all the way to our chief executive before anyone listened.", m="AE"),
    dict(p=VC, s="heard", t="mr fairclough I'm- I'm truly sorry, you had a completion date and the money turns up two days after it, that should never happen", m="AE"),
    dict(p=FT, s="heard", t="oh kelly I'm so sorry, two weeks without a washing machine and we couldn't even manage one phone call", m="AE"),
    dict(p=BE, s="heard", t="Margaret, I'm so sorry. You'd cancelled properly, we still charged you twice, and now you're out of pocket to your bank as well.", m="AE"),
    dict(p=None, s="heard", t="sorry, you've had to explain this three times now and you're still no further on", m="AE",
         n="'sorry' here apologises for the situation, not a politeness marker"),
    dict(p=MT, s="heard", t="right okay so just so I've- so I've got it, first time you booked the morning, eight to twelve, took the day off, nobody, then you rebooked, took another day off, same again, nobody, and neither time did anyone pick up the phone to tell you. yeah I'd be fuming", m="AE"),

    # ---------------------------------------------------------------- acknowledgement inside an offer or commitment
    dict(p=MT, s="options", t="since you've already lost two mornings to us, I'd like to waive the installation fee and book you the eight o'clock slot so you're not sat waiting again. would that help?", m="AOIQ"),
    dict(p=LE, s="options", t="you paid for overnight and got nothing, so the least I can do is refund that express fee and get a same-day courier out with the replacement parts, at our cost", m="AO",
         n="'same-day' names the service; no declared step with a time, so no commitment"),
    dict(p=EE, s="options", t="Given this is the third breach this quarter, I can apply the full SLA service credit and assign you a named account manager. Would that be a reasonable place to start?", m="AOIQ"),
    dict(p=VC, s="options", t="because the transfer came two days late I can reverse the fees on it and um set you up with same day transfers going forward", m="AO"),
    dict(p=FT, s="options", t="You've gone a fortnight without a machine, so I don't want you waiting any longer than you have to. I can send a new one, same model, with the warranty extended to two years, or have a senior engineer out to you this week with a loan machine. Which would you prefer?", m="AOIQ",
         n="'this week' inside a choice is not a commitment"),
    dict(p=BE, s="options", t="you were charged twice after cancelling and it cost you an overdraft fee, so I'll refund both charges and cover that fee as well", m="AO", n="'I'll refund' with no time: options, not commitment"),
    dict(p=VC, s="options", t="you should've heard about the delay from us, not from the seller's solicitor. I can give you a named senior banker with a direct line, so you've always got someone who picks up. tell me if there's anything else you'd want on top", m="AOI",
         n="imperative invitation: asks_input without a question"),
    dict(p=BE, s="commitment", t="so that's both charges and the overdraft fee, all back in your account by thursday", m="OC",
         n="recap of the remedy, not of the complaint: no acknowledgement"),
    dict(p=MT, s="commitment", t="So, because you've already lost two mornings, I've booked the eight o'clock slot on Friday and I'll ring you at quarter to eight that morning to say he's on his way.", m="AOC"),
    dict(p=LE, s="commitment", t="I know your customer's been sat there with no parts since yesterday so I'm booking the same day courier right now and I'll text you the driver's details within half an hour", m="AOC"),
    dict(p=EE, s="commitment", t="You've had three breaches and no explanation for any of them, so you'll have the written root-cause report from me by Friday the fourteenth.", m="AOC"),
    dict(p=VC, s="commitment", t="you heard it from the solicitor last time, so this time you'll hear it from me first. I'll ring you at ten tomorrow once the fees are reversed", m="AOC"),
    dict(p=FT, s="commitment", t="no callback on monday, I know, so I'm not leaving it to anyone else this time. I'll ring you myself at four tomorrow", m="AC"),
    dict(p=BE, s="commitment", t="Last week you were told it was sorted and it wasn't, so I'm going to stay on the line while I process both refunds right now.", m="AOC"),

    # ---------------------------------------------------------------- run-on restatements with fillers
    dict(p=EE, s="heard", t="right so uh what I'm hearing is this is the third time your warehouses have gone down this quarter and um every time it's broken the SLA and you've had to like go over our heads to get anyone to take it seriously", m="A"),
    dict(p=VC, s="heard", t="so um just to play it back the wire was for the house, it went two days late, you nearly lost the property and uh the first you knew was from the seller's solicitor", m="A"),
    dict(p=FT, s="heard", t="so like the machine's not even a year old and it's- it's been fixed and then broke down again and then again, and you were promised a call back monday and, yeah, nothing", m="A"),
    dict(p=BE, s="heard", t="okay so um you cancelled, then two payments came out, your bank charged you for going overdrawn, and then the chat said they'd sorted it and they hadn't, have I got that right", m="AQ",
         n="check-back question without a question mark"),
    dict(p=EE, s="heard", t="Let me make sure I've got all of it. This is the third outage since January, every one of them outside the SLA, and on Monday your docks were full of lorries going nowhere while our status page said green. And you only got our attention by writing to our chief executive. Is that a fair summary?", m="AQ"),

    # ---------------------------------------------------------------- fillers and bare understanding
    dict(p=MT, s="vent", t="mm-hm", m=""),
    dict(p=LE, s="vent", t="I see, yeah.", m="", n="'I see' as a filler"),
    dict(p=EE, s="vent", t="Understood.", m="", n="'understood' as a filler (README rule 1)"),
    dict(p=VC, s="heard", t="right, I see", m="", n="filler even at the heard stage"),
    dict(p=FT, s="vent", t="okay, yep, got it", m="", n="'got it' as a filler, like 'understood'"),
    dict(p=BE, s="vent", t="okay. and what happened next?", m="Q", n="invites more venting; asks about the facts without saying them back"),
    dict(p=None, s="heard", t="noted.", m=""),
    dict(p=None, s="heard", t="yep, still here, go on", m=""),
    dict(p=EE, s="heard", t="Right. I've made a note of all of that.", m="", n="taking notes is not saying anything back"),
    dict(p=FT, s="vent", t="I hear you.", m="A", n="sincere bare 'I hear you' counts (README rule 1)"),
    dict(p=None, s="heard", t="I understand, honestly I do.", m="A", n="sincere bare 'I understand' counts (README rule 1)"),
    dict(p=EE, s="heard", t="sure, I hear you. anyway, which site was it, the leeds one?", m="Q", n="dismissive 'I hear you… anyway': no acknowledgement"),
    dict(p=None, s="heard", t="I don't really see how that's our problem", m="", v=["dismissal"]),
    dict(p=LE, s="heard", t="honestly I can't understand how it's gone missing, it's showing as collected on my end", m="", v=["doubt"],
         n="negated understanding plus the screen against him"),
    dict(p=None, s=None, t="okay, and?", m="", v=["insult"], n="curt brush-off"),

    # ---------------------------------------------------------------- restating only to argue or doubt
    dict(p=MT, s="heard", t="so you're saying nobody came at all, both days? because the engineer's notes say he knocked and got no answer", m="", v=["doubt"],
         n="restates only to contradict; rhetorical, not a real question"),
    dict(p=LE, s="heard", t="so you paid for express, right, but did you book it before the cut off cause if not it wouldn't of gone overnight anyway", m="", v=["correcting"],
         n="'but' into correcting; the question implies his error, not a real question"),
    dict(p=EE, s="heard", t="Three outages, you say. I've only got two that breached the SLA; the third was scheduled maintenance and we did notify you.", m="", v=["doubt", "correcting"]),
    dict(p=VC, s="heard", t="so the money was two days late, yes, but the instruction did come in after the cut-off, sir", m="", v=["correcting"]),
    dict(p=FT, s="heard", t="broken twice since the repair, okay, but are you sure it's not being overloaded? that's usually what it is with these", m="", v=["doubt", "correcting"]),
    dict(p=BE, s="heard", t="Two charges, I can see that. Though, to be fair, cancellations have to go in before the billing date. It's in the terms.", m="", v=["correcting"],
         n="contrastive 'though' into correcting cancels"),
    dict(p=None, s="heard", t="right, so your position is that the item was never delivered", m="", v=["accusation"], n="court-room framing of the restatement"),
    dict(p=LE, s="heard", t="so basically one parcel's a day late and it's the end of the world", m="", v=["insult", "dismissal"],
         n="sarcastic, minimising restatement"),

    # ---------------------------------------------------------------- acknowledgement cancelled by a contrastive connective
    dict(p=MT, s="heard", t="I get that you took time off work, but you did pick the morning slot yourself, you could of gone for the all day one", m="", v=["correcting"]),
    dict(p=LE, s="heard", t="I know your client's furious with you, but honestly that's between you and the depot now", m="", v=["dismissal"]),
    dict(p=EE, s="heard", t="I understand the outages have hurt your operation; however, two of them were caused by our upstream provider.", m="", v=["blame"]),
    dict(p=VC, s="heard", t="I completely understand it arrived late, but the correspondent bank held it, not us", m="", v=["blame"]),
    dict(p=FT, s="heard", t="yeah I know nobody called you back but the supervisors are swamped, that's just how it is at the minute", m="", v=["dismissal"]),
    dict(p=BE, s="heard", t="I do understand you were told it was fixed, but the chat team aren't billing, they shouldn't have told you that", m="", v=["blame"]),
    dict(p=None, s="heard", t="yeah I get it you're annoyed but there's no need to take that tone with me", m="", v=["calm_down"]),
    dict(p=EE, s="heard", t="Third outage this quarter, yes, I've got that. I'd ask you not to shout at me though.", m="", v=["calm_down"],
         n="contrastive 'though' into calm_down cancels (like 'rules are rules though')"),
    dict(p=MT, s="heard", t="I hear you, and that's on us. but if you want to complain formally you'll have to put it in writing", m="", v=["policy"],
         n="'but' leads into a policy wall: cancels"),
    dict(p=None, s=None, t="I understand that's frustrating, but there's nothing more I can do today", m="", v=["dismissal"]),
    dict(p=EE, s="options", t="outages are happening right across the industry at the minute, it's not just us, but I can apply the SLA credit for this quarter", m="O", v=["dismissal"],
         n="'but' leads into help; the minimising before it is still a violation"),

    # ---------------------------------------------------------------- acknowledgement beside a violation, no contrastive connective
    dict(p=FT, s="heard", t="two breakdowns since the repair, yep, I've got that. and there's no need to shout at me", m="A", v=["calm_down"],
         n="'and', not 'but': acknowledgement stands (README rule 2)"),
    dict(p=VC, s="heard", t="You're right, nobody rang you about the delay. Sorry if that caused any inconvenience.", m="A", v=["non_apology"]),
    dict(p=FT, s="heard", t="seven months and it's gone twice yeah, I mean these machines do break sometimes", m="A", v=["dismissal"],
         n="no contrastive connective, so the restatement stands next to the minimising (rule 2)"),
    dict(p=LE, s="heard", t="okay, the parcel never turned up and your client's left waiting, I've got that. you'll need to fill in the claim form online, that's the process.", m="A", v=["policy"],
         n="no 'but': acknowledgement stands beside the policy wall"),
    dict(p=LE, s="heard", t="so the parcel's gone and your client's furious, I understand. can I just grab the consignment number", m="AQ",
         n="details asked after venting: not premature"),
    dict(p=LE, s="vent", t="so it just says collected and nothing since, right, what's the tracking number", m="AQ", v=["premature_details"]),
    dict(p=BE, s="vent", t="right so you cancelled and you still got charged twice, can I take your postcode please", m="AQ", v=["premature_details"]),
    dict(p=BE, s="options", t="you were charged twice after cancelling, that's awful, so I'll refund it all and give you three months free for the trouble", m="AEO", v=["over_promise"]),
    dict(p=EE, s="options", t="three outages in one quarter is unacceptable, so if you want out of the contract I'll release you with no penalty", m="AO", v=["over_promise"]),
    dict(p=MT, s="options", t="you've lost two days' wages because of us, so I'll make sure those get paid back to you", m="AO", v=["over_promise"]),

    # ---------------------------------------------------------------- restating things the customer never said
    dict(p=MT, s="heard", t="so the engineer came out but couldn't get in, and then never rebooked", m="",
         n="says back facts she never gave (nobody came): not the complaint heard"),
    dict(p=LE, s="heard", t="right so the parcel turned up damaged and your client sent it back", m="", n="wrong facts: the parcel never arrived"),
    dict(p=FT, s="heard", t="okay so it's been leaking since the day it arrived and nobody's been out to look at it", m="",
         n="wrong facts: engineers did come, it broke down after repairs"),
    dict(p=BE, s="heard", t="so you never managed to cancel and now you've been charged for another year", m="", n="wrong facts: she did cancel and was charged twice"),
    dict(p=EE, s="heard", t="So this is the first time you've had an outage with us, and you'd like it looked into.", m="", n="wrong facts: third outage"),
    dict(p=VC, s="heard", t="So the transfer went to the wrong account and you'd like it recalled.", m="", n="wrong facts: it went to the right place two days late"),

    # ---------------------------------------------------------------- reading account details off the screen
    dict(p=MT, s="heard", t="okay I've got the account up, broadband install, two bookings on here, morning slots, the fourteenth and the twenty first", m="",
         n="reading bookings off the screen, not saying her complaint back"),
    dict(p=LE, s="heard", t="right I've got consignment uh four seven two nine, overnight express, collected tuesday four fifteen pm and um that's the last scan", m="",
         n="consignment details read out"),
    dict(p=BE, s="heard", t="I can see the two payments here, nine ninety-nine each, both on the third of the month.", m="",
         n="reading the payments off the account, not saying her complaint back"),
    dict(p=VC, s="heard", t="Your transfer reference ends four four one; instructed Wednesday at eleven oh five, value date Friday.", m=""),

    # ---------------------------------------------------------------- asking about the facts without saying them back
    dict(p=MT, s="heard", t="what time did you ring in after the first one?", m="Q"),
    dict(p=LE, s="heard", t="what was actually in the parcel?", m="Q"),
    dict(p=EE, s="heard", t="Which of your sites was hit hardest on Monday?", m="Q"),
    dict(p=VC, s="heard", t="when did the solicitor actually let you know", m="Q"),
    dict(p=FT, s="heard", t="which day was it the supervisor was meant to call you back", m="Q"),
    dict(p=BE, s="heard", t="and when did you speak to the chat team, roughly?", m="Q"),
    dict(p=MT, s="vent", t="which days were they meant to come", m="Q", n="a question about what happened, not a details request: not premature"),
    dict(p=FT, s="heard", t="sorry, which engineer was it that came out, do you know?", m="Q", n="'sorry' as a politeness marker"),
    dict(p=VC, s="heard", t="okay so, um, what would you like to happen?", m="IQ", n="'okay so' with nothing said back"),

    # ---------------------------------------------------------------- acknowledgement with empathy, questions, input
    dict(p=LE, s="heard", t="so your client's left with a freezer full of stock and no parts, that must be awful for you, how are they taking it?", m="AEQ"),
    dict(p=BE, s="heard", t="oh margaret so you've gone overdrawn because of us, that's- I'm so sorry, has it caused you any other problems with the bank", m="AEQ"),
    dict(p=EE, s="heard", t="You argued for us in front of your board, and now you're the one answering for our outages. I can see why you're so angry. What do you need from me before your next board meeting?", m="AEIQ"),
    dict(p=None, s="heard", t="I understand, I do, you were promised a call and it never came. I'm not going to argue with that.", m="A"),
    dict(p=BE, s="heard", t="thank you for spelling that out. you'd already cancelled and you've been charged twice regardless, that's as clear as day", m="AG"),

    # ---------------------------------------------------------------- empathy or thanks with nothing said back
    dict(p=MT, s="heard", t="that must have been so frustrating", m="E"),
    dict(p=VC, s="heard", t="I'd be livid too, honestly", m="E"),
    dict(p=FT, s="heard", t="oh I'm so sorry kelly", m="E"),
    dict(p=BE, s="heard", t="thank you for ringing back about this, I know it's not easy", m="EG"),
    dict(p=None, s=None, t="you've every right to be annoyed about that", m="E", n="validates the feeling; says nothing back about what happened"),

    # ---------------------------------------------------------------- offers and commitments with no acknowledgement
    dict(p=MT, s="options", t="I can waive the installation fee and put a month's credit on the account. would you like me to do that?", m="OIQ"),
    dict(p=LE, s="options", t="so what I can do is um refund the express and open a trace, does that sound alright", m="OIQ"),
    dict(p=EE, s="commitment", t="Your account manager will be Sunita Rao, and she'll call you before noon tomorrow.", m="OC"),
    dict(p=VC, s="options", t="I can give you a direct line to a named senior banker, or set up same-day transfers on all your accounts. Which matters more to you?", m="OIQ"),
    dict(p=FT, s="options", t="look I'll just get you the upgraded model, no charge, and refund the last repair on top", m="O", v=["over_promise"]),
    dict(p=MT, s="options", t="I can book you the first slot at eight, guaranteed, would that suit?", m="OIQ", n="a guaranteed first slot is allowed: not over_promise"),

    # ---------------------------------------------------------------- close
    dict(p=MT, s="close", t="right so you've lost two days over this already, I really am sorry, and you're booked for thursday at eight, first job. thanks for giving us another go", m="AEOCG"),
    dict(p=LE, s="close", t="thanks for bearing with me Marcus. I know this has left you looking bad in front of your customer, so I'll ring you by nine tomorrow to make sure the parts got there", m="ACG"),
    dict(p=EE, s="close", t="thank you for sticking with this. you put your name on the line for us with your board and we let you down, I won't forget that", m="AG",
         n="'I won't forget that' has no step and no time"),
    dict(p=VC, s="close", t="Thank you, Mr Fairclough. Nobody warned you last time, and that's exactly what we've fixed today. Is there anything else I can do for you?", m="AGQ",
         n="ending check: question, not asks_input"),
    dict(p=FT, s="close", t="okay so that's the new one coming saturday and I know you've been hauling everything to the laundromat for two weeks so um thank you for hanging in there with us", m="AOCG"),
    dict(p=BE, s="close", t="thank you for telling me about the chat, Margaret. it shouldn't have taken you two calls to get this put right", m="AG"),

    # ---------------------------------------------------------------- generic
    dict(p=None, s=None, t="right so you've been charged, the refund never came, and nobody's rung you back", m="A"),
    dict(p=None, s=None, t="yeah that's- yeah we messed up there, you ordered the blue one and we sent the wrong one twice", m="A"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "i", Path(__file__).with_name("replies_extra25.jsonl"))
