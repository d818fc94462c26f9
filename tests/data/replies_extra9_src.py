"""Source of `replies_extra9.jsonl`: a ninth batch of hand-written trainee replies (tune split only).

Written one at a time, after batch 8, by someone who had not read the held-back part of
`replies.jsonl` and had not opened the judge's code, its word lists or its model. The aim of this
batch is acknowledgement as real trainees say it, and its hard negatives. Positives: saying the
complaint back in the trainee's own words (one key point only, or with the customer's impact),
"you're saying …", "if I've understood you …", "so what happened is …", "correct me if I'm wrong
but …", "you're right, …" admissions, sincere "I hear you" / "I understand", counts such as "that's
two missed visits", read-backs with mis-hearings and no punctuation, read-backs of the customer's own
customer, board or boss being angry, and read-backs inside longer replies that also apologise, offer
or commit. Hard negatives: bare fillers, negated forms, a dismissive "yeah yeah I hear you", an
acknowledgement followed by "but" / "however" / "though" into a fault, detail questions and
questions about what happened that name the topic, information about the case, offers and
commitments that name the problem, sarcasm, "I understand" as a preface to a policy, and empathy
that names a feeling without saying anything back. The rest mix marks and violations. Whisper-style
text (lowercase, fillers, false starts, no punctuation, the odd mis-hearing) mixed with some
properly punctuated lines. Nothing is generated from a template. Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra9.jsonl` next to it (ids q0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- saying it back: missed-technician
    dict(p=MT, s="vent", t="mm so nobody rang you either time", m="A", n="partial read-back of one key point while she vents"),
    dict(p=MT, s="heard", t="If I've understood you, he was due between eight and twelve, and you didn't so much as get a text to say he wasn't coming.", m="A"),
    dict(p=MT, s="heard", t="correct me if I'm wrong but this is the second time we've booked you in and then just not turned up", m="A", n="'correct me if I'm wrong' is a hedge opener, not a question put to her"),
    dict(p=MT, s="heard", t="you're right. two no-shows and not one phone call, that's just not acceptable", m="A"),
    dict(p=MT, s="heard", t="that's two mornings you gave up for us and we didn't show either time. I'm really sorry", m="AE"),
    dict(p=MT, s="heard", t="so your saying you sat in from eight till twelve and nobody turned up and nobody called and this is the second time", m="A", n="'your' mis-hearing for 'you're'"),
    dict(p=MT, s="heard", t="so the technition never showed and you've lost a days pay twice over", m="A", n="mis-hearing 'technition'"),
    dict(p=MT, s="heard", t="I can hear you've really had enough of us", m="AE", n="like 'I can hear how upset you are': signals understanding and names her state"),
    dict(p=MT, s="options", t="I hear you, you can't keep taking mornings off. what I can do is get you the eight o'clock slot, first job of the day, and take the installation fee off. would that help?", m="AOIQ"),
    dict(p=MT, s="heard", t="so what happened is the app said he was on his way at half eleven and then he just never arrived", m="A"),

    # ---------------------------------------------------------------- saying it back: lost-express
    dict(p=LE, s="vent", t="right so overnight express and still nothing", m="A", n="read-back of one point, mid-vent"),
    dict(p=LE, s="heard", t="so what happened is you paid for next morning, the box never got there, and the tracking's just sat on collected ever since", m="A"),
    dict(p=LE, s="heard", t="and now you're the one getting it in the neck from your customer, that's what I'm hearing", m="A", n="reads back his own customer being angry"),
    dict(p=LE, s="heard", t="okay so if I've got this right it's a compressor and a control board and the restaurant's been waiting on them since first thing", m="A", n="names the parts but also what it means for his client: a read-back, not a detail check"),
    dict(p=LE, s="heard", t="You're right. You paid for overnight and we didn't deliver overnight, simple as that. I'm sorry.", m="AE"),
    dict(p=LE, s="heard", t="um so the parcels not turned up the trackings blank and your client's saying he'll go elsewhere is that about the size of it", m="AQ", n="check-back question without a question mark"),
    dict(p=LE, s="options", t="I know it's your name on the line with that restaurant, not ours, so let's get them sorted first. I can send replacement parts by same-day courier at our cost, want me to book that?", m="AOIQ"),

    # ---------------------------------------------------------------- saying it back: escalated-exec
    dict(p=EE, s="heard", t="So what you're telling me is the warehouse was down for six hours on Monday while our status page said everything was fine.", m="A"),
    dict(p=EE, s="heard", t="you went to our chief exec because nobody else was listening, I understand that", m="A"),
    dict(p=EE, s="heard", t="and it's your board asking the questions, and you were the one who picked us, so it all lands on you", m="A", n="reads back the pressure from her own board"),
    dict(p=EE, s="heard", t="you're right, one outage is bad enough, three in a quarter is a pattern, and that's on us", m="A"),
    dict(p=EE, s="heard", t="uh yeah so the- the pickers were stood in the aisles with dead scanners and your customers were ringing and you had nothing to tell them, I mean that's, yeah I'd be livid", m="AE"),
    dict(p=EE, s="commitment", t="I know your board wants something in front of them by the end of the week. I'll have the root-cause report to you in writing by thursday at five", m="AOC", n="the report is an allowed remedy; the date makes it a commitment"),
    dict(p=EE, s="vent", t="forty lorries idle at your docks. okay, I've got that", m="A"),
    dict(p=EE, s="heard", t="I understand the position this has put you in with your board", m="A", n="understanding of her position; no feeling named"),

    # ---------------------------------------------------------------- saying it back: vip-client
    dict(p=VC, s="heard", t="Mr Fairclough, if I've followed you, completion was Wednesday, the funds didn't land until Friday, and nobody here picked up the phone to tell you.", m="A"),
    dict(p=VC, s="heard", t="so you heard it from the seller's solicitor before you heard a word from us", m="A"),
    dict(p=VC, s="heard", t="you're absolutely right sir, you shouldn't have had to find out from the other side", m="A"),
    dict(p=VC, s="heard", t="the seller had another buyer waiting and you had to ring her yourself to keep it alive. I understand, and I'm sorry you had to do that", m="AE", n="'sorry you had to' + the actual event: sincere (rule 7)"),
    dict(p=VC, s="options", t="You've banked with us eleven years and never once had to chase your own money, I hear that. I can reverse the fees on that transfer and give you a direct line to a named senior banker. Would that be a start?", m="AOIQ"),
    dict(p=VC, s="heard", t="so the wire come through two days late and the sellers nearly walked", m="A", n="'come' for 'came': transcript slip"),

    # ---------------------------------------------------------------- saying it back: failed-twice
    dict(p=FT, s="vent", t="and it's only seven months old, yeah", m="A", n="one key point said back while she vents"),
    dict(p=FT, s="heard", t="so you were told a supervisor would ring you back within a day, that was monday, and nobody's rung", m="A"),
    dict(p=FT, s="heard", t="two weeks with no washing machine and two little ones in the house, I get it, that's a mountain of washing", m="A"),
    dict(p=FT, s="heard", t="you're dead right. on monday someone told you a supervisor would call, and it never happened. we dropped the ball there", m="A"),
    dict(p=FT, s="heard", t="okay so um it's leaking again and you've been dragging it all to the laundrette with the kids twice a week is that right", m="AQ", n="check-back with no question mark"),
    dict(p=FT, s="heard", t="let me just say it back so I know I've got it. bought seven months ago, repaired, broke, repaired again, broke again, and now no callback", m="A"),
    dict(p=FT, s="options", t="I completely understand you don't want another repair on the same machine. I can replace it with a brand new one, same model, and extend the warranty to two years. How does that sound?", m="AOIQ"),
    dict(p=FT, s="heard", t="that's a fortnight without a washer. I'm so sorry", m="AE"),

    # ---------------------------------------------------------------- saying it back: billing-error
    dict(p=BE, s="vent", t="so you'd already cancelled. okay.", m="A"),
    dict(p=BE, s="heard", t="right so the subscription was cancelled and we still charged you, not once but twice, and then your bank charged you on top for going overdrawn", m="A"),
    dict(p=BE, s="heard", t="You're right, Mrs Ellison. You did everything properly, and we're the ones who got it wrong.", m="A"),
    dict(p=BE, s="heard", t="so um the first charge and the second charge both went out after you'd cancelled and then your rent bounced because of it, that's awful", m="AE"),
    dict(p=BE, s="commitment", t="I understand you want it in writing after last week, so both refunds are going through now and the cancellation confirmation will be in your inbox within five minutes", m="AOC"),
    dict(p=BE, s="heard", t="Margaret, I've got it. Cancelled, charged twice, overdrawn, and told it was fixed when it wasn't.", m="A"),
    dict(p=BE, s="heard", t="your right we should of stopped it when you cancelled", m="A", n="'your' and 'should of' mis-hearings"),

    # ---------------------------------------------------------------- saying it back: generic
    dict(p=None, s="heard", t="okay I understand", m="A", n="sincere bare 'I understand' (rule 1)"),
    dict(p=None, s="heard", t="Correct me if I'm wrong, you were promised a call back on Friday and it's now Wednesday?", m="AQ", n="asked as a check-back with a question mark"),
    dict(p=None, s="heard", t="you're right, you shouldn't have to ring four times to get a straight answer out of us", m="A"),
    dict(p=None, s="heard", t="yeah no I- I get it, you just want someone to actually sort it instead of passing you round", m="A"),
    dict(p=None, s="heard", t="so you've been on hold an hour today after being cut off twice yesterday. that's really poor, I'm sorry", m="AE"),
    dict(p=None, s="vent", t="mhm so they just left it on the doorstep in the rain", m="A"),
    dict(p=None, s="heard", t="if I've got this right, your boss is now asking you why it was down and you've got nothing from us to give him", m="A", n="reads back the customer's boss being on at them"),
    dict(p=None, s="heard", t="you're saying the engineer left without fixing it and never told anyone", m="A", n="'you're saying' without court-room framing"),
    dict(p=None, s="heard", t="and now your own customers are cancelling on you because of our delay", m="A"),
    dict(p=None, s="heard", t="that's three times you've rung us about the same thing", m="A"),
    dict(p=None, s=None, t="so basically you did everything right and we still messed it up", m="A"),

    # ---------------------------------------------------------------- bare fillers
    dict(p=MT, s="vent", t="right", m=""),
    dict(p=LE, s="vent", t="okay okay", m=""),
    dict(p=EE, s="vent", t="I see, yes.", m="", n="bare 'I see' while she vents"),
    dict(p=FT, s="vent", t="mm", m=""),
    dict(p=VC, s="vent", t="yes. mm-hm.", m=""),
    dict(p=None, s="vent", t="okay, understood", m="", n="'understood' as a filler (rule 1)"),
    dict(p=MT, s="heard", t="hmm okay. bear with me one sec", m=""),

    # ---------------------------------------------------------------- negated forms
    dict(p=None, s="heard", t="I don't really understand what you want me to do about it", m="", v=["dismissal"], n="negated; ducks the problem"),
    dict(p=LE, s="heard", t="i don't understand what the problem is, it says on here it's been delivered", m="", v=["doubt"]),
    dict(p=BE, s="vent", t="I can't see a second charge on here at all", m="", v=["doubt"]),
    dict(p=FT, s="heard", t="I can't see any record of anyone promising you a callback", m="", v=["doubt"]),
    dict(p=EE, s="heard", t="I don't see how one bad morning means you need to leave the contract", m="", v=["dismissal"], n="negated; minimises the outages"),

    # ---------------------------------------------------------------- dismissive 'I hear you'
    dict(p=FT, s="heard", t="yeah yeah I hear you but the engineer signed it off as working both times", m="", v=["doubt"]),
    dict(p=EE, s="heard", t="yeah, I hear you, I hear you. but platforms go down, that's just the nature of it", m="", v=["dismissal"]),
    dict(p=EE, s="heard", t="I understand, I do. anyway, can I take the contract reference?", m="Q", n="'anyway' brushes the acknowledgement aside; details after the vent are not premature"),
    dict(p=LE, s="heard", t="sure, sure. so what's the consignment number", m="Q"),
    dict(p=None, s="heard", t="i hear you i hear you, can we move on now", m="", v=["dismissal"]),

    # ---------------------------------------------------------------- acknowledgement + contrastive connective into a fault
    dict(p=LE, s="heard", t="I get it but you should've paid for the insurance if it was that valuable", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="I understand, but you'll have to take the overdraft up with your bank, it's nothing to do with us", m="", v=["dismissal"]),
    dict(p=BE, s="heard", t="I understand why you'd think that, but the chat agent did cancel it, it's the renewal that went through", m="", v=["correcting"]),
    dict(p=VC, s="heard", t="I hear what you're saying sir but our records show the instruction came in after the two o'clock cut-off", m="", v=["accusation", "correcting"], n="insisting on his error through the records (rule 10)"),
    dict(p=MT, s="heard", t="I understand you're frustrated but shouting at me isn't going to get him there any faster", m="", v=["calm_down"]),
    dict(p=EE, s="heard", t="I get where you're coming from, but three outages a quarter is actually about normal for the industry", m="", v=["correcting", "dismissal"]),
    dict(p=FT, s="heard", t="I hear you. I do. but honestly all machines have their off days", m="", v=["dismissal"]),
    dict(p=BE, s="heard", t="I understand you were charged twice, and I'm sure it's stressful, however you should have asked the chat for a cancellation reference", m="", v=["correcting"], n="'however' into the correction cancels both the read-back and the empathy"),
    dict(p=BE, s="heard", t="so you cancelled and got charged twice, I understand. for the record though, the chat log shows you were told it could take a billing cycle", m="", v=["accusation", "correcting"], n="contrastive 'though' leads straight into the violation: acknowledgement cancelled"),

    # ---------------------------------------------------------------- 'I understand' as a preface to a policy
    dict(p=FT, s="heard", t="I understand, however our policy is we repair before we replace", m="", v=["policy"]),
    dict(p=VC, s="heard", t="I understand, but all international wires get screened and there's no way round that", m="", v=["policy"]),
    dict(p=MT, s="heard", t="i understand but the system just won't let me book a guaranteed slot", m="", v=["policy"]),
    dict(p=VC, s="heard", t="You heard from the seller's solicitor before us, I understand, and I'm sorry. Anything over a million goes through compliance checks, that's the rule I'm afraid.", m="AE", v=["policy"], n="no contrastive connective: read-back and apology stand next to the policy wall (rule 2)"),

    # ---------------------------------------------------------------- questions that name the topic / ask what happened
    dict(p=MT, s="heard", t="did he not ring you at all?", m="Q", n="asks about what happened; says nothing back"),
    dict(p=LE, s="heard", t="what time was it picked up from you?", m="Q"),
    dict(p=VC, s="heard", t="which solicitor was it that rang you, the seller's?", m="Q"),
    dict(p=EE, s="heard", t="which of the three outages hit you hardest?", m="Q", n="question about impact; not a read-back"),
    dict(p=BE, s="heard", t="what date did you cancel, roughly?", m="Q", n="details after the vent are not premature"),
    dict(p=None, s="heard", t="so what happened?", m="Q"),
    dict(p=None, s="heard", t="how has all this affected you?", m="Q"),
    dict(p=LE, s="vent", t="can I grab the tracking number off you", m="Q", v=["premature_details"]),
    dict(p=EE, s="heard", t="so, what would you like us to do?", m="IQ"),

    # ---------------------------------------------------------------- information about the case
    dict(p=LE, s="heard", t="it's showing at the Daventry depot, it got scanned in there last night", m=""),
    dict(p=BE, s="heard", t="the second payment went out on the fourteenth", m=""),
    dict(p=VC, s="heard", t="the transfer went through a correspondent bank in Frankfurt", m=""),
    dict(p=BE, s="heard", t="I understand the refund was actually requested by the chat team last week", m="", n="'I understand the…' as information, not saying back what happened to her"),

    # ---------------------------------------------------------------- offers and commitments that name the problem
    dict(p=LE, s="options", t="I can refund the express fee", m="O"),
    dict(p=BE, s="options", t="I can refund the double charge for you", m="O"),
    dict(p=MT, s="options", t="i can waive the installation fee and get you in at eight o'clock first thing", m="O"),
    dict(p=FT, s="options", t="what I can do is get a senior engineer out to you this week with a loan machine", m="O"),
    dict(p=EE, s="options", t="I can put the SLA credit for this quarter on your account", m="O"),
    dict(p=VC, s="commitment", t="I'll reverse the transfer fee by the end of today", m="OC"),
    dict(p=MT, s="commitment", t="I'll call you back before five with the engineer's name", m="C"),
    dict(p=LE, s="commitment", t="the trace goes in now and I'll ring you at two with whatever they find", m="OC"),
    dict(p=BE, s="heard", t="I'll look into the double charge for you", m="", n="vague promise, no time, no remedy"),
    dict(p=LE, s="options", t="okay so do you want the refund or the trace", m="OIQ"),

    # ---------------------------------------------------------------- sarcasm
    dict(p=BE, s="heard", t="oh I'm sure you understand it perfectly, Mrs Ellison, better than the rest of us clearly", m="", v=["insult"]),
    dict(p=LE, s="heard", t="wow, a parcel got held up, stop the presses", m="", v=["insult", "dismissal"]),
    dict(p=EE, s="heard", t="oh I totally hear you, a whole six hours, however did you survive", m="", v=["insult"], n="sarcastic 'I hear you': no acknowledgement"),

    # ---------------------------------------------------------------- empathy only
    dict(p=None, s="heard", t="I'm so sorry, that sounds exhausting", m="E"),
    dict(p=FT, s="heard", t="you must be sick to death of it", m="E"),
    dict(p=EE, s="heard", t="I can imagine how angry you must be", m="E"),
    dict(p=VC, s="heard", t="that must have been an awful couple of days", m="E"),
    dict(p=BE, s="heard", t="oh you poor thing", m="E"),
    dict(p=VC, s="heard", t="I'm sorry you feel we've let you down", m="", v=["non_apology"]),

    # ---------------------------------------------------------------- mixed replies
    dict(p=None, s="close", t="thanks for bearing with me. so just to recap, you were double billed, I've refunded it, and you'll see it back in three to five working days", m="AOCG", n="the recap says the complaint back; a working-day window is a time"),
    dict(p=EE, s="close", t="Thank you for being so direct with us, Ms Ashcombe. You've had three outages this quarter and that's not the service you signed up for. I'll call you on Friday once you've read the report.", m="ACG"),
    dict(p=FT, s="commitment", t="So the machine's let you down twice and we let you down on the callback. I'm booking the senior engineer for Wednesday morning, and you'll have a loan machine by tomorrow evening.", m="AOC"),
    dict(p=VC, s="close", t="thank you mr fairclough. you shouldn't have had to hear it from the sellers side and I've made sure that won't ever happen again", m="AG", v=["over_promise"], n="a guarantee with no remedy"),
    dict(p=MT, s="vent", t="so he didn't come again? what's your account number", m="AQ", v=["premature_details"], n="the check-back stands; the account number while venting is premature"),
    dict(p=LE, s="heard", t="right so overnight express, nothing turned up, and your chef's going mad. look, calm down a sec and I'll sort it", m="A", v=["calm_down"], n="no contrastive connective: the read-back stands"),
    dict(p=EE, s="heard", t="I hear you, three outages, and I'll be honest, if I were you I'd be looking elsewhere too. what would help most right now?", m="AEIQ"),
    dict(p=None, s="heard", t="sorry if that came across badly earlier. so, you were promised a refund and it never arrived?", m="AQ", v=["non_apology"]),
    dict(p=VC, s="heard", t="You're right, nobody should be finding out about their own transfer from the other side's solicitor. I'd have been livid. Thank you for bringing it straight to me.", m="AEG"),
    dict(p=MT, s="options", t="you're right it's not on, two mornings off and nothing. I'll get you the 8am slot and it'll never happen again, I promise", m="AO", v=["over_promise"], n="allowed remedy plus a guarantee"),
    dict(p=FT, s="heard", t="I get it, you're on your own with two kids and no washer. what's the model number on the front?", m="AQ"),
    dict(p=BE, s="options", t="you were told it was fixed and it wasn't, so I don't blame you for not trusting us. I can refund both charges and the overdraft fee, and send written confirmation that it's cancelled. is that alright?", m="AEOIQ", n="'I don't blame you for not trusting us' validates her feeling"),
    dict(p=EE, s="options", t="I understand you want out of the contract, and damages on top. That's not something I can authorise, I'll be straight with you. What I can put forward is the SLA credit for the quarter and a named account manager. Would that be worth talking through?", m="AOIQ", n="honest obstacle, not a policy wall (rule 11)"),
    dict(p=None, s="heard", t="I hear you, you've been bounced between three departments, and I'm afraid you'll need to ring billing for this one too, it's not my team", m="A", v=["dismissal"], n="no contrastive connective: the read-back stands next to the dismissal"),
    dict(p=FT, s="options", t="i totally get it twice broken and nobody called, I'll get you a new one, the upgraded model, no charge", m="AO", v=["over_promise"]),
    dict(p=MT, s="options", t="you've lost two days' pay over us, you're right to be fuming. I'll refund everything you've paid since you signed up", m="AEO", v=["over_promise"], n="full refund is more than allowed; no time so no commitment"),
    dict(p=BE, s="heard", t="so you were charged twice after cancelling, and I can see the chat agent told you it was fixed. he shouldn't have said that, he's new", m="A", v=["blame"]),
    dict(p=LE, s="heard", t="so the parcel's vanished and your customer's fuming, I get that, and honestly the courier firm we use has been awful lately", m="A", v=["blame"]),
]


if __name__ == "__main__":
    write_batch(ITEMS, "q", Path(__file__).with_name("replies_extra9.jsonl"))
