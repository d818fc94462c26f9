"""Source of `replies_extra23.jsonl`: a twenty-third batch of hand-written trainee replies (tune split only).

Written one at a time by someone who had not read the held-back part of `replies.jsonl` nor the
judge's code (judge.py, lexicon.py, the learned model), after reading about 260 of the tune items of
`replies.jsonl` to imitate the style and labelling habits of their original author. About half the
items are subtle violations in everyday words, covering all twelve kinds (premature_details only at
stage vent), with the weight on doubt, correcting, insult, dismissal, blame and accusation said
politely or as questions. The other half are acknowledgements in varied forms (the customer's
specifics said back, admissions of fault, short forms, acknowledgement inside an offer) and their
hard negatives (fillers, detail checks, information starting "I understand the…", dismissive
"I hear you, anyway", acknowledgement cancelled by "but" into a violation). Whisper-style text
(lowercase, fillers, false starts, the odd mis-hearing) mixed with properly punctuated lines.
Nothing is generated from a template. Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra23.jsonl` next to it (ids z20001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- doubt, mostly polite or as questions
    dict(p=LE, s="heard", t="and you're certain it went to the right address? only we don't tend to lose the express ones", m="", v=["doubt"], n="doubting question, not a real question"),
    dict(p=BE, s="heard", t="hm I'm only seeing the one payment my side, could the second one be like a pending thing on the bank's end", m="", v=["doubt"], n="suggests the customer misread her statement"),
    dict(p=MT, s="heard", t="that's odd, the engineer's marked both visits as no answer at the door", m="", v=["doubt"], n="'it says here' doubting the customer"),
    dict(p=EE, s="heard", t="three? I've got, um, I've got two incidents on the log for this quarter. was the first one maybe back in the last quarter", m="", v=["doubt"]),
    dict(p=FT, s="vent", t="really? they're normally so reliable those models", m="", v=["doubt"]),
    dict(p=VC, s="heard", t="With respect, sir, wires don't usually take two days. Are we sure the instruction went in on the Monday?", m="", v=["doubt"]),
    dict(p=None, s="heard", t="hmm, that doesn't sound right to me", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="I do believe you, it's just strange, normally the system stops billing the second you cancel", m="", v=["doubt"], n="'I do believe you' is not acknowledgement when it leads into doubt"),
    dict(p=LE, s="heard", t="so you're saying nothing at all since it was collected? that's very unusual", m="", v=["doubt"], n="restatement framed as disbelief: no acknowledgement"),
    dict(p=BE, s="heard", t="I don't understand how it could of gone out twice honestly", m="", v=["doubt"], n="negated understanding, disbelief; 'could of' mis-hearing"),
    dict(p=LE, s="heard", t="I get that it hasn't turned up. is there any chance someone at the restaurant signed for it and just didn't tell you?", m="A", v=["doubt"], n="no 'but': acknowledgement stands, then a doubting question"),

    # ---------------------------------------------------------------- correcting
    dict(p=BE, s="heard", t="just so you know for next time, cancelling has to be done before the billing date or it still goes out", m="", v=["correcting"]),
    dict(p=MT, s="heard", t="the eight to twelve is more of an estimate really, it's not a fixed appointment as such", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="To be precise, two of those were partial outages, so strictly speaking only one breached the SLA.", m="", v=["correcting"]),
    dict(p=VC, s="heard", t="if the instruction had come in before the two o'clock cut off it would have gone same day", m="", v=["correcting"]),
    dict(p=FT, s="heard", t="I would just say, the manual does say not to overload the drum, so it's worth keeping an eye on that", m="", v=["correcting"]),
    dict(p=LE, s="heard", t="it's actually next working day not overnight as such, that's what express means on our side", m="", v=["correcting"]),
    dict(p=None, s="heard", t="I understand, though you did tick the box agreeing to the terms", m="", v=["correcting"], n="'though' leads into a correction: acknowledgement cancelled"),
    dict(p=BE, s="heard", t="so you were charged twice after you cancelled. did you cancel it in the app? because deleting the app doesn't cancel it", m="A", v=["correcting"], n="paraphrase stands (no 'but'); the question is there to educate, not a real question"),
    dict(p=EE, s="heard", t="three breaches, I understand. I would point out the last one was inside the maintenance window your team signed off on", m="A", v=["correcting"], n="no contrastive word: acknowledgement stands beside the correction"),

    # ---------------------------------------------------------------- insult, sarcasm, polite rudeness
    dict(p=None, s="heard", t="are you always this pleasant on the phone?", m="", v=["insult"], n="sarcastic, rhetorical"),
    dict(p=BE, s="heard", t="I'm sure your pupils loved being spoken to like this", m="", v=["insult"]),
    dict(p=EE, s="heard", t="Is the Director of Operations going to let me get a word in at some point?", m="", v=["insult"], n="sarcastic question, not a real one"),
    dict(p=VC, s="heard", t="I do appreciate you're a very important client sir, as you keep telling me", m="", v=["insult"], n="sarcastic appreciation: no gratitude"),
    dict(p=LE, s="heard", t="wow okay, someone's having a day", m="", v=["insult"]),
    dict(p=MT, s="heard", t="do you want to keep shouting or do you want it fixed, up to you", m="", v=["calm_down", "insult"], n="hostile choice, not asks_input"),
    dict(p=None, s="heard", t="lovely, thanks for that, really helpful", m="", v=["insult"], n="sarcastic thanks after being sworn at"),
    dict(p=FT, s="heard", t="I mean, it's not like you're the only person whose machine's broken", m="", v=["insult", "dismissal"]),

    # ---------------------------------------------------------------- dismissal
    dict(p=FT, s="heard", t="it's a washing machine at the end of the day, it's not the end of the world is it", m="", v=["dismissal"], n="minimising; tag question is not a question"),
    dict(p=LE, s="heard", t="parcels do go astray now and then unfortunately, it's just one of those things", m="", v=["dismissal"]),
    dict(p=EE, s="heard", t="The outages are an engineering matter, I'm really not the right person for any of that.", m="", v=["dismissal"]),
    dict(p=VC, s="heard", t="I'm afraid I only look after current accounts so the wire's not really something I can comment on", m="", v=["dismissal"]),
    dict(p=BE, s="heard", t="I can only go by what's on my screen, so the overdraft's something you'd have to take up with your bank", m="", v=["dismissal"]),
    dict(p=MT, s="heard", t="uh yeah I mean engineers do run late sometimes it happens", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="I hear you, but honestly there's not a lot I can do from here", m="", v=["dismissal"], n="'but' into a violation cancels the acknowledgement"),
    dict(p=LE, s="heard", t="I get that, but these things happen with couriers", m="", v=["dismissal"], n="'but' cancels acknowledgement"),

    # ---------------------------------------------------------------- blame
    dict(p=LE, s="heard", t="between you and me the courier they use up there is hopeless", m="", v=["blame"]),
    dict(p=MT, s="heard", t="was it the installer that didn't turn up, or did you maybe miss him?", m="", v=["blame", "doubt"], n="fault-finding question that also doubts her; not a real question"),
    dict(p=BE, s="heard", t="the chat team shouldn't of told you that, that's on them not me", m="", v=["blame"]),
    dict(p=VC, s="heard", t="The delay came from the correspondent bank, sir. We only pass the payment along.", m="", v=["blame"]),
    dict(p=EE, s="heard", t="to be fair the second outage was triggered by a change your own IT people pushed", m="", v=["blame"]),
    dict(p=FT, s="heard", t="whoever did the last repair clearly didn't do it properly. I'm sorry", m="E", v=["blame"], n="apology after the violation is not cancelled"),
    dict(p=None, s="heard", t="honestly that'll be the warehouse, they're always getting it wrong", m="", v=["blame"]),
    dict(p=BE, s="heard", t="I hear you but that's the bank's fee, not ours", m="", v=["blame"], n="'but' cancels acknowledgement"),

    # ---------------------------------------------------------------- accusation
    dict(p=BE, s="heard", t="so what you're alleging is that we took the money after you'd cancelled", m="", v=["accusation"]),
    dict(p=LE, s="heard", t="just for the record, are you stating the parcel was never collected?", m="", v=["accusation"], n="court-room question, not a real question"),
    dict(p=EE, s="heard", t="I've noted down your accusations about the status page, Ms Ashcombe", m="", v=["accusation"]),
    dict(p=VC, s="heard", t="can I ask on what basis you're claiming the bank caused the delay", m="", v=["accusation"], n="hostile question"),
    dict(p=FT, s="heard", t="the engineer's notes say it was working fine when he left, so I can't really see a case here", m="", v=["accusation", "correcting"], n="insisting on evidence against the customer (rule 10)"),
    dict(p=MT, s="heard", t="for the record I've got the engineer attending at ten forty on the first visit", m="", v=["accusation", "correcting"], n="rule 10: records against the customer"),

    # ---------------------------------------------------------------- calm_down
    dict(p=VC, s="vent", t="Sir, let's keep it civil, shall we.", m="", v=["calm_down"]),
    dict(p=BE, s="vent", t="okay deep breaths, we'll get there", m="", v=["calm_down"]),
    dict(p=EE, s="heard", t="there's no need to take that tone with me, I'm trying to help", m="", v=["calm_down"]),
    dict(p=LE, s="vent", t="alright mate easy, easy", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="I need you to lower your voice please, then we can talk", m="", v=["calm_down"]),

    # ---------------------------------------------------------------- threat_back
    dict(p=EE, s="heard", t="You're of course free to take it to your lawyers. The contract's very clear.", m="", v=["threat_back"]),
    dict(p=VC, s="heard", t="if you'd rather bank elsewhere sir I can have the closure forms sent out today", m="", v=["threat_back"], n="not an offer: responding in kind to the threat to leave"),
    dict(p=BE, s="heard", t="the ombudsman will only send it back to us anyway, so go ahead if you like", m="", v=["threat_back"]),
    dict(p=MT, s="heard", t="one more word like that and I will end the call", m="", v=["threat_back"]),
    dict(p=FT, s="heard", t="post your reviews if you want, it won't get your machine fixed any faster", m="", v=["threat_back"]),

    # ---------------------------------------------------------------- non_apology
    dict(p=None, s="heard", t="apologies for any inconvenience caused", m="", v=["non_apology"]),
    dict(p=LE, s="heard", t="I'm sorry if the delivery wasn't up to your expectations", m="", v=["non_apology"]),
    dict(p=EE, s="heard", t="I'm sorry you see it that way, Ms Ashcombe.", m="", v=["non_apology"]),
    dict(p=MT, s="heard", t="we're sorry if you were left waiting around", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="sorry you're not happy with the machine", m="", v=["non_apology"]),

    # ---------------------------------------------------------------- policy
    dict(p=BE, s="heard", t="refunds go back in the order they were taken, the system does it, I can't jump the queue I'm afraid", m="", v=["policy"]),
    dict(p=LE, s="heard", t="claims have to go through the online form, I can't take them over the phone", m="", v=["policy"]),
    dict(p=EE, s="heard", t="Anything about termination has to come from legal, in writing. That's the process.", m="", v=["policy"]),
    dict(p=VC, s="heard", t="I understand sir, but fees can't be reversed once the transfer's settled, it's a system rule", m="", v=["policy"], n="'but' cancels acknowledgement"),
    dict(p=MT, s="heard", t="we can't do anything till forty eight hours after the missed slot, that's just how it works", m="", v=["policy"]),

    # ---------------------------------------------------------------- over_promise
    dict(p=MT, s="options", t="I'll refund the whole installation and your two days wages, leave it with me", m="O", v=["over_promise"]),
    dict(p=LE, s="commitment", t="I'll have the replacement parts with your customer first thing tomorrow, guaranteed", m="OC", v=["over_promise"], n="delivery time the courier controls, guaranteed"),
    dict(p=EE, s="options", t="if it goes down once more I'll personally make sure you can walk away with no penalty", m="O", v=["over_promise"]),
    dict(p=VC, s="options", t="I can waive all your fees for the next twelve months, as a goodwill gesture", m="O", v=["over_promise"]),
    dict(p=BE, s="options", t="I'll refund both and pop three months free on there for your trouble", m="O", v=["over_promise"]),
    dict(p=FT, s="options", t="we'll swap it for the newer model, it's much better, no charge", m="O", v=["over_promise"]),

    # ---------------------------------------------------------------- premature_details (vent only)
    dict(p=EE, s="vent", t="could I just take your company's account reference before we go on", m="Q", v=["premature_details"]),
    dict(p=FT, s="vent", t="uh sorry to stop you, what's the serial number on the back of it", m="Q", v=["premature_details"], n="'sorry' as a politeness marker"),
    dict(p=BE, s="vent", t="right, first things first, last four digits of the card please", m="Q", v=["premature_details"]),
    dict(p=MT, s="vent", t="I'm sorry, that's rubbish. what's the postcode for the property?", m="EQ", v=["premature_details"]),
    dict(p=VC, s="vent", t="mm, and the sort code for the account you sent it from?", m="Q", v=["premature_details"]),
    dict(p=LE, s="heard", t="can I take the tracking number so I can open a trace for you", m="OQ", n="after venting: not premature; a trace is a remedy"),

    # ---------------------------------------------------------------- acknowledgement: specifics said back
    dict(p=MT, s="heard", t="so both times you waited in from eight till twelve and nobody showed up or even rang", m="A"),
    dict(p=LE, s="heard", t="right so you paid extra for overnight, the compressor and the board never got there, and now your restaurant client's on your back", m="A"),
    dict(p=EE, s="heard", t="Three outages in one quarter, each one over the SLA, and your warehouse stood still for hours. That's what I'm hearing.", m="A"),
    dict(p=VC, s="heard", t="so the funds landed two days late, and you heard about it from the seller's solicitor instead of from us", m="A"),
    dict(p=FT, s="heard", t="um so it's been fixed twice already, now it's gone again, and the supervisor never rang you back on monday", m="A"),
    dict(p=BE, s="heard", t="you cancelled, we took it twice anyway, and then the chat told you it was sorted when it wasn't", m="A"),
    dict(p=BE, s="vent", t="I'm listening. twice, after you'd cancelled. go on", m="A", n="saying back the main point while letting her vent"),

    # ---------------------------------------------------------------- acknowledgement: admissions
    dict(p=FT, s="heard", t="we dropped the ball on that callback, plain and simple", m="A"),
    dict(p=BE, s="heard", t="That's our mistake, not yours.", m="A"),
    dict(p=MT, s="heard", t="we let you down twice, there's no two ways about it", m="A"),
    dict(p=EE, s="heard", t="you're right, our status page should never have been showing green while you were down", m="A"),
    dict(p=VC, s="heard", t="You should have heard it from us first, not from the solicitor. That's on us.", m="A"),
    dict(p=LE, s="heard", t="yeah that's- that's not the service you paid for at all", m="A", n="false start"),

    # ---------------------------------------------------------------- acknowledgement: short forms
    dict(p=None, s="heard", t="i hear ya", m="A"),
    dict(p=MT, s="vent", t="mm I'm with you, go on", m="A", n="signals understanding while letting her vent"),
    dict(p=EE, s="heard", t="Understood. Three breaches, one quarter.", m="A", n="'understood' plus the points said back, not a filler"),
    dict(p=BE, s="heard", t="yes. I completely understand", m="A"),
    dict(p=FT, s="heard", t="fair enough, I get it", m="A"),

    # ---------------------------------------------------------------- acknowledgement inside offers and commitments
    dict(p=MT, s="options", t="since you've already lost two mornings to us I'd like to waive the installation fee and book you the first slot at eight. would monday suit?", m="AOIQ"),
    dict(p=LE, s="options", t="because your customer's waiting on those parts, I can get a same-day courier to take replacements straight to them at our cost. shall I arrange that?", m="AOIQ"),
    dict(p=BE, s="options", t="As you'd cancelled before either of those came out, I can refund both of them and cover the overdraft fee. Would you like the confirmation by email or post?", m="AOIQ"),
    dict(p=EE, s="commitment", t="given this is the third breach I've applied the service credit for the quarter, and you'll have the root cause report by the twentieth", m="AOC"),
    dict(p=VC, s="options", t="seeing as the delay nearly cost you the house I'd like to reverse the transfer fees and set up expedited transfers on your accounts, would that help?", m="AOIQ"),
    dict(p=FT, s="options", t="after two failed repairs I don't think a third repair's the answer, so I'd like to offer you a new machine, same model, with two extra years on the warranty", m="AO"),
    dict(p=VC, s="commitment", t="You told me the solicitor found out before you did, so I'll ring you myself the moment the fee's reversed, and that'll be by two o'clock today.", m="AOC"),
    dict(p=MT, s="commitment", t="I know you can't lose another morning, so you're booked first slot, eight sharp thursday, and the fee's gone", m="AOC"),

    # ---------------------------------------------------------------- acknowledgement with empathy, questions, thanks
    dict(p=VC, s="heard", t="so you nearly lost the property, and you found out from the other side's solicitor. I'd be mortified", m="AE"),
    dict(p=BE, s="heard", t="oh Margaret you did everything right and it's still cost you. I'm so sorry", m="AE"),
    dict(p=None, s="heard", t="I understand how maddening it is to be told it's fixed when it isn't", m="AE"),
    dict(p=LE, s="heard", t="so it never moved after collection. has your client given you a deadline?", m="AQ"),
    dict(p=MT, s="heard", t="two days off work for nothing. did you lose pay for both of them", m="AQ"),
    dict(p=EE, s="heard", t="You've had three of these this quarter. What's your board most worried about?", m="AQ"),
    dict(p=LE, s="heard", t="thanks for being straight with me about the client, I know that's put you in a hole", m="AG"),
    dict(p=EE, s="close", t="thank you for giving us the chance, I know after three breaches that wasn't a given", m="AG"),
    dict(p=None, s="close", t="I know this isn't how you wanted to spend your afternoon, so thank you for sticking with it", m="AG"),

    # ---------------------------------------------------------------- hard negatives for acknowledgement
    dict(p=None, s="heard", t="okay, right", m="", n="fillers"),
    dict(p=MT, s="vent", t="mm-hm", m=""),
    dict(p=LE, s="heard", t="I see. and what was in the parcel", m="Q", n="'I see' filler, then a detail question"),
    dict(p=EE, s="heard", t="yep yep I've got all that. so your account number?", m="Q", n="dismissive 'got all that'; details after venting are not premature"),
    dict(p=FT, s="heard", t="you bought it seven months ago, yes?", m="Q", n="detail check, not a restatement of the complaint"),
    dict(p=VC, s="heard", t="and the transfer was for the completion, was it", m="Q"),
    dict(p=MT, s="heard", t="I understand the installation was booked through our website", m="", n="information starting 'I understand the…', not acknowledgement"),
    dict(p=None, s="heard", t="understood.", m="", n="'understood' as a filler"),
    dict(p=VC, s="heard", t="I hear you sir, yeah, anyway, let's move on", m="", n="dismissive 'I hear you, anyway': no acknowledgement"),
    dict(p=LE, s="heard", t="let me just pull up the tracking", m=""),
    dict(p=EE, s="heard", t="I take your point about the outages, however the contract has a notice period you'd still be bound by", m="", v=["correcting"], n="'however' into a correction cancels the acknowledgement"),
    dict(p=EE, s="heard", t="I'm sorry, that's a lot", m="E", n="empathy without saying back what happened"),
    dict(p=VC, s="heard", t="that must have been a horrible couple of days", m="E"),
    dict(p=FT, s="heard", t="what a nightmare", m="E"),
    dict(p=BE, s="heard", t="thank you for explaining all that so clearly", m="G"),
    dict(p=LE, s="heard", t="right and the tracking number's on your receipt?", m="Q"),
    dict(p=EE, s="vent", t="mm. okay. I won't interrupt", m="", n="letting her vent: no mark"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "z2", Path(__file__).with_name("replies_extra23.jsonl"))
