"""Source of `replies_extra18.jsonl`: an eighteenth batch of hand-written trainee replies (tune split only).

Written one at a time by someone who had not read the held-back part of `replies.jsonl` nor the
judge's code (judge, lexicon, patterns, learned model), nor the other extra batches. It imitates the
style and the labelling habits of the original author of the tune items in `replies.jsonl` (short
lines, mostly lowercase, light punctuation, about half looser Whisper-like run-ons with fillers,
false starts and the odd mis-hearing) and concentrates on VIOLATIONS as a stressed trainee really
slips, in everyday words rather than the textbook phrases: about seven of each of the twelve kinds
(premature_details only while venting), often beside an apology or acknowledgement, some inside
questions, a few with two kinds. Beside them sit hard negatives that share words with faults but
are fine: owning the mistake, honest limits followed by an offer, reassurance, details asked after
the venting is over. All six personas and generic replies. Nothing is generated from a template.
Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra18.jsonl` next to it (ids f0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- blame
    dict(p=LE, s="heard", t="honestly that depot's been a nightmare all month, the drivers over there just chuck stuff in the back of the van", m="", v=["blame"]),
    dict(p=FT, s="heard", t="I'm sorry it's gone again. the engineer you had last time was an agency guy, they don't really know these machines", m="E", v=["blame"], n="no 'but': the apology stands beside the blame"),
    dict(p=BE, s="heard", t="ah that'll be kevin on chat, he's new, he's forever telling people stuff's sorted when it isn't", m="", v=["blame"], n="points at a colleague; not said back as her complaint"),
    dict(p=VC, s="heard", t="The hold-up was at the correspondent bank's end, sir. They sat on it for two days, not us.", m="", v=["blame"]),
    dict(p=EE, s="heard", t="I do understand, but that outage came from our hosting provider, their data centre went down, it wasn't anything we did", m="", v=["blame"], n="'but' leads into blame: acknowledgement cancelled"),
    dict(p=MT, s="heard", t="so the thing is um the engineers are subcontracted, they're not even our staff, so it's really them you wanna be cross with", m="", v=["blame"]),
    dict(p=None, s="heard", t="who was it you spoke to last time? cos whoever it was should of logged it properly", m="Q", v=["blame"], n="a real question, but asked to find someone to blame"),
    dict(p=FT, s="options", t="the callback, yeah, that's the supervisors, they're hopeless at ringing back. anyway I can get a senior engineer out to you this week, that alright?", m="OIQ", v=["blame"]),

    # ---------------------------------------------------------------- policy
    dict(p=BE, s="heard", t="I'm sorry Mrs Ellison but refunds have to go through the online form, I can't put them through over the phone", m="", v=["policy"], n="'but' leads into the wall: apology cancelled"),
    dict(p=LE, s="heard", t="we can't open a trace till it's been ten working days, that's just the way the courier side runs it", m="", v=["policy"]),
    dict(p=VC, s="heard", t="I hear you, sir. Any fee reversal needs a signed request from you, in writing, before we're allowed to touch it.", m="A", v=["policy"], n="no 'but': 'I hear you' stands beside the policy wall"),
    dict(p=EE, s="options", t="the contract's the contract I'm afraid, it says what it says, I can't just tear it up because there's been a few problems", m="", v=["policy", "dismissal"], n="'a few problems' minimises three outages"),
    dict(p=MT, s="heard", t="um the computer only lets me book from next wednesday onwards so that's, that's the earliest I've got", m="", v=["policy"]),
    dict(p=FT, s="options", t="I'm really sorry, I know it's rubbish. it has to fail a third time before anyone'll sign off a replacement, that's the rule on warranty claims", m="E", v=["policy"]),
    dict(p=None, s="heard", t="have you filled the complaint form in yet? cos without that there's no way for me to move it on", m="Q", v=["policy"], n="real question about their situation; the form is still a wall"),

    # ---------------------------------------------------------------- doubt
    dict(p=LE, s="heard", t="hm that's weird cos on mine it's showing as signed for at eight forty this morning", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="I'm looking at your account now and I can only see the one payment going out, just the one", m="", v=["doubt"]),
    dict(p=MT, s="heard", t="and you were definitely in all morning? you didn't like pop out to the shop or anything", m="", v=["doubt"], n="doubting question, not a real question"),
    dict(p=FT, s="heard", t="That's odd. We hardly ever get that model back, they're normally really solid.", m="", v=["doubt"]),
    dict(p=VC, s="heard", t="our side shows it leaving on the monday sir, so I'm not quite sure where the two days have come from", m="", v=["doubt"]),
    dict(p=EE, s="heard", t="three? I've only got two logged against your account for this quarter", m="", v=["doubt"]),
    dict(p=None, s="heard", t="I'm so sorry, that sounds awful. and this was definitely us you ordered from, yeah?", m="E", v=["doubt"], n="the check is doubting, so not a question; the apology before it stands"),

    # ---------------------------------------------------------------- correcting
    dict(p=BE, s="heard", t="so the chat team can only log it, it's billing that actually does refunds, so it was never gonna get fixed through chat", m="", v=["correcting"]),
    dict(p=LE, s="heard", t="overnight express is next working day by six, not first thing, just so you know for next time", m="", v=["correcting"]),
    dict(p=VC, s="heard", t="sir big transfers always go through extra checks, your banker should of explained that when you set the account up", m="", v=["correcting", "blame"], n="educates him and blames the banker"),
    dict(p=FT, s="heard", t="if the filter's not cleaned out every month they do pack in, it's all in the little booklet that came with it", m="", v=["correcting"]),
    dict(p=MT, s="heard", t="I understand you took the day off and I'm sorry. for future reference though you don't need to be in for the whole window, we text you when they're half an hour away", m="", v=["correcting"], n="'though' leads into correcting: acknowledgement and apology cancelled"),
    dict(p=EE, s="heard", t="for what it's worth the SLA's measured over the month, not per incident, so it's really just the one breach on paper", m="", v=["correcting"]),
    dict(p=None, s="heard", t="did you not read the email we sent? it was all in there", m="", v=["correcting"], n="hostile question, not a real one"),

    # ---------------------------------------------------------------- accusation
    dict(p=LE, s="heard", t="so what you're telling me is you handed it over and then it just vanished into thin air", m="", v=["accusation"], n="sneering 'what you're telling me': court-room framing, not acknowledgement"),
    dict(p=BE, s="heard", t="okay just so it's on the record you're saying you cancelled on the fourth", m="", v=["accusation"], n="'on the record' + 'you're saying': not a real question"),
    dict(p=VC, s="heard", t="The paperwork we hold says your instruction reached us after the cut-off, sir.", m="", v=["accusation", "correcting"], n="insisting on the customer's error through records"),
    dict(p=EE, s="heard", t="noted. I'll put down that you're saying all three were down to us", m="", v=["accusation"]),
    dict(p=FT, s="heard", t="the engineer's notes say the door seal had been forced, so that would point to misuse really", m="", v=["accusation", "correcting"]),
    dict(p=MT, s="heard", t="right so your version of it is nobody turned up at all, okay", m="", v=["accusation"]),
    dict(p=None, s="heard", t="and you can prove that can you", m="", v=["accusation", "doubt"], n="hostile question"),

    # ---------------------------------------------------------------- calm_down
    dict(p=MT, s="vent", t="okay okay, deep breaths, let's just take it down a notch", m="", v=["calm_down"]),
    dict(p=VC, s="vent", t="Sir, please, if you could just lower your voice a little.", m="", v=["calm_down"]),
    dict(p=BE, s="heard", t="alright there's no need to get all worked up mrs ellison, we'll get there", m="", v=["calm_down"]),
    dict(p=EE, s="vent", t="can I- can you just let me get a word in for one second", m="", v=["calm_down"], n="telling her to stop talking while she vents"),
    dict(p=LE, s="heard", t="I'm sorry about the parcel, really. just chill a bit yeah, shouting at me won't find it", m="E", v=["calm_down"], n="no 'but': the apology stands"),
    dict(p=FT, s="heard", t="would it help to maybe take a minute and, you know, breathe?", m="", v=["calm_down"], n="not a real question nor a request for input"),
    dict(p=None, s="vent", t="hey hey hey easy, easy", m="", v=["calm_down"]),

    # ---------------------------------------------------------------- insult
    dict(p=BE, s="heard", t="oh wow a whole eleven pounds, shall I ring the papers", m="", v=["insult"], n="sarcasm; hostile question"),
    dict(p=VC, s="heard", t="must be nice having four million to move about", m="", v=["insult"]),
    dict(p=EE, s="heard", t="you're not our only client, you do know that", m="", v=["insult"]),
    dict(p=FT, s="vent", t="blimey, you don't half go on", m="", v=["insult"]),
    dict(p=LE, s="heard", t="mate it's a compressor, not a kidney", m="", v=["insult"]),
    dict(p=MT, s="heard", t="I'm sorry, I really am, but you'd think nobody else had ever waited in for a plumber", m="", v=["insult"], n="'but' leads into sarcasm: apology cancelled"),
    dict(p=None, s="heard", t="yeah brilliant, cheers for that, super helpful", m="", v=["insult"], n="sarcastic thanks: no gratitude"),

    # ---------------------------------------------------------------- threat_back
    dict(p=EE, s="heard", t="if you want to bring lawyers into it that's up to you, ours are pretty good too", m="", v=["threat_back"]),
    dict(p=VC, s="heard", t="well if sterling and marsh are so wonderful sir nobody's stopping you", m="", v=["threat_back", "insult"], n="'move your accounts then' with sarcasm"),
    dict(p=MT, s="vent", t="I'm gonna have to end the call if the language carries on", m="", v=["threat_back"]),
    dict(p=BE, s="heard", t="you can go to the ombudsman if you like, they'll only tell you the same thing", m="", v=["threat_back"]),
    dict(p=FT, s="heard", t="keep talking to me like that and you'll be waiting a lot longer than a week for an engineer", m="", v=["threat_back"]),
    dict(p=LE, s="heard", t="stick it online then, see if I care", m="", v=["threat_back", "insult"]),
    dict(p=None, s="heard", t="I'm sorry, I do want to help. but one more word like that and you're going on hold", m="", v=["threat_back"], n="'but' leads into a threat: apology cancelled"),

    # ---------------------------------------------------------------- non_apology
    dict(p=LE, s="heard", t="sorry if the delivery wasn't quite what you expected", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="I'm sorry you're upset, Mrs Ellison.", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="it's unfortunate the timing didn't work out for you sir and we do regret that", m="", v=["non_apology"], n="regret for the timing not 'working out': no ownership"),
    dict(p=EE, s="heard", t="I'm sorry if it came across like we didn't care", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="aw sorry you've had such a rotten week of it", m="", v=["non_apology"], n="'sorry you've had a bad week', not the event"),
    dict(p=MT, s="heard", t="sorry if that's been annoying, so what day suits you for the next visit?", m="OIQ", v=["non_apology"], n="asking which day for a rebooked visit: options + asks_input"),
    dict(p=None, s="heard", t="I'm sorry that's how it's come across to you", m="", v=["non_apology"]),

    # ---------------------------------------------------------------- dismissal
    dict(p=LE, s="heard", t="parcels do go walkabout now and then, it's one of those things unfortunately", m="", v=["dismissal"]),
    dict(p=BE, s="heard", t="I wouldn't know what the chat people said, I'm on a different team", m="", v=["dismissal"]),
    dict(p=VC, s="heard", t="payments look after all of that sir, I'm only front desk really", m="", v=["dismissal"]),
    dict(p=EE, s="heard", t="outages are kind of part and parcel of running a platform, every provider has them", m="", v=["dismissal"]),
    dict(p=FT, s="heard", t="I'm really sorry, I am. I don't have any say over when the supervisors ring people though", m="", v=["dismissal"], n="'though' leads into dismissal: apology cancelled"),
    dict(p=MT, s="heard", t="what am I supposed to do about the technician from here", m="", v=["dismissal"], n="hostile question"),
    dict(p=None, s="heard", t="I get that you're annoyed, and it's rubbish. that one's above my pay grade, sorry", m="AE", v=["dismissal"], n="no contrastive word: the acknowledgement and empathy stand; the trailing 'sorry' only apologises for the refusal"),

    # ---------------------------------------------------------------- over_promise
    dict(p=BE, s="options", t="I'll refund both charges and the overdraft fee and stick three free months on there for all the hassle", m="O", v=["over_promise"]),
    dict(p=LE, s="options", t="don't worry about your customer, whatever they knock off your bill we'll make it up to you", m="O", v=["over_promise"]),
    dict(p=VC, s="commitment", t="I'll have the chief executive ring you personally, by tomorrow lunchtime", m="OC", v=["over_promise"]),
    dict(p=EE, s="options", t="look if it goes down again this quarter you can walk, no penalty, I'll make sure of that myself", m="O", v=["over_promise"]),
    dict(p=FT, s="heard", t="I'm sorry, honestly. it won't happen again, the next one'll be bulletproof", m="E", v=["over_promise"], n="bare promise that it won't fail again, no remedy; no 'but', so the apology stands"),
    dict(p=MT, s="commitment", t="I'll get the whole lot refunded today, installation, first month, all of it", m="OC", v=["over_promise"]),
    dict(p=None, s="options", t="I'll sort you out a full refund and a little something on top, leave it with me", m="O", v=["over_promise"]),
    dict(p=VC, s="options", t="and I could lock you in on a better rate for the next twelve months, would that help at all?", m="OIQ", v=["over_promise"]),

    # ---------------------------------------------------------------- premature_details (vent only)
    dict(p=BE, s="vent", t="mm and what's the email address on the account", m="Q", v=["premature_details"]),
    dict(p=LE, s="vent", t="okay so can I grab the consignment number off you", m="Q", v=["premature_details"]),
    dict(p=VC, s="vent", t="Before you go on, sir, could you confirm your sort code for me?", m="Q", v=["premature_details"]),
    dict(p=EE, s="vent", t="sorry to jump in, what's your customer ID there", m="Q", v=["premature_details"], n="'sorry' is politeness"),
    dict(p=FT, s="vent", t="oh I'm sorry to hear that. can I take the serial number off the back of the machine", m="EQ", v=["premature_details"]),
    dict(p=MT, s="vent", t="right and your postcode is", m="Q", v=["premature_details"], n="request without a question mark"),
    dict(p=None, s="vent", t="I hear you. first thing though I'll need your date of birth", m="Q", v=["premature_details"], n="'though' leads into the violation: acknowledgement cancelled"),

    # ---------------------------------------------------------------- hard negatives: owning it
    dict(p=BE, s="heard", t="that one's on us, completely. chat told you it was fixed and it wasn't", m="A", n="owning the fault, not blaming"),
    dict(p=LE, s="heard", t="it's our fault not the courier's, you paid us for overnight and we didn't deliver", m="A", n="names the courier only to take the fault ourselves"),
    dict(p=VC, s="heard", t="Nobody rang you, and that's our mistake, sir, nobody else's. I'm sorry.", m="AE"),
    dict(p=EE, s="heard", t="I'm not going to make excuses or point at our supplier. three outages is three too many", m="A", n="refuses to blame"),
    dict(p=MT, s="heard", t="I'm sorry, I- I don't know why nobody rang you either time. that's not okay", m="AE", n="'I don't know' is honest, not ducking"),
    dict(p=VC, s="heard", t="there's no excuse for the silence sir, we should of rung you the minute it got held up", m="A"),
    dict(p=LE, s="heard", t="you've done your bit, you paid for overnight. chasing it's my job now not yours", m="A"),
    dict(p=BE, s="heard", t="you did exactly what you were meant to, you cancelled, and we still took it twice. I'm so sorry", m="AE"),
    dict(p=EE, s="heard", t="that's fair criticism, and I'd rather hear it than not, so thank you", m="AG", n="'fair criticism' concedes the point: acknowledgement"),
    dict(p=FT, s="heard", t="you don't have to prove anything to me, I believe you, it's broken and it shouldn't be", m="A", n="shares words with doubt/accusation but reassures"),
    dict(p=LE, s="heard", t="I'm not doubting you for a second, it's not moved since collection, I can see that", m="A"),
    dict(p=VC, s="heard", t="you're right sir, and I won't hide behind the rules on this one. you should have heard it from us first", m="A", n="mentions rules only to refuse to use them"),
    dict(p=None, s="heard", t="you're not being difficult at all, you're asking for what you paid for", m="A"),
    dict(p=None, s="heard", t="I'm not going to ask you to settle down, you've every reason to be cross", m="E", n="negated calm_down phrase, then validation"),

    # ---------------------------------------------------------------- hard negatives: honest limits then an offer
    dict(p=EE, s="options", t="I can't release you from the contract, that's beyond what I'm allowed, but I can put the SLA credit through for the quarter and get you a named account manager. would that be a start?", m="OIQ"),
    dict(p=FT, s="options", t="I'm not able to do a refund on it, I won't pretend otherwise. what I can do is swap it for a new one, same model, with two extra years warranty", m="O"),
    dict(p=BE, s="options", t="I can't tell you what your bank'll do about their fee, I'd only be guessing. but I can pay you back what they charged you", m="O", n="honest limit, then the allowed reimbursement"),
    dict(p=LE, s="options", t="I can't promise you what time the courier gets there, that's out of my hands, but I can book a same-day courier at our cost and send you the tracking link the moment it's booked", m="O", n="'out of my hands' leads into help, not a duck"),
    dict(p=MT, s="options", t="I can't refund the whole thing, I wish I could, but I can waive the installation fee, put a month's credit on and get you the eight o'clock slot. which day's best for you?", m="OIQ"),
    dict(p=VC, s="options", t="I won't be able to do a year's free banking, I'll be upfront. I can reverse the transfer fees and give you a direct line to a senior banker. shall I set that up?", m="OIQ"),
    dict(p=None, s="heard", t="I'll be honest I don't know yet why it happened, but I'm going to find out and ring you back by five", m="C"),
    dict(p=None, s="heard", t="I can't fix it from this desk but I know who can, and I'm putting you straight through to them now", m="C", n="escalation with a time: commitment only"),

    # ---------------------------------------------------------------- hard negatives: reassurance and good replies
    dict(p=MT, s="heard", t="I'll make sure you're not sat waiting all morning again, we'll do the first slot at eight and you'll be the first job on the list", m="O", n="first-slot visit is allowed: not over_promise; no date"),
    dict(p=MT, s="heard", t="I'd be livid. two mornings gone and not so much as a text", m="AE"),
    dict(p=BE, s="heard", t="thank you for being so clear about it, honestly, you've made it really easy to follow", m="G"),
    dict(p=LE, s="commitment", t="the express fee's going back on your card now, and I'll ring you at three with whatever the trace has turned up", m="OC"),
    dict(p=EE, s="commitment", t="your root-cause report will be with you by the fifteenth, in writing, and I'll put my own name to it", m="OC", n="'in writing' is the remedy here, not a policy wall"),
    dict(p=VC, s="commitment", t="I've reversed the fees this morning and your new banker, hannah price, will ring you by two. I'll send you her direct number as well", m="OC"),
    dict(p=BE, s="close", t="Thank you for bearing with us, Mrs Ellison. You'll have the cancellation confirmed in writing, by post, on Thursday.", m="OCG"),
    dict(p=FT, s="heard", t="have you been managing with the washing at all? two weeks without it must be a nightmare", m="AEQ"),
    dict(p=EE, s="heard", t="so, third outage this quarter, all three over the SLA, and your warehouses stood still each time. have I got that right?", m="AQ", n="check-back question"),
    dict(p=FT, s="options", t="would you rather a replacement or the senior engineer this week? either's fine by me, it's your call", m="OIQ"),
    dict(p=FT, s="commitment", t="I'm booking the senior engineer for wednesday and there'll be a loan machine with you tomorrow so you're not stuck", m="OC"),
    dict(p=MT, s="close", t="thanks for sticking with it, thursday eight sharp, first on the list", m="OCG"),
    dict(p=None, s="heard", t="I hear how stressful this has been and I'm not going to rush you", m="AE"),
    dict(p=BE, s="vent", t="oh no. oh that's awful", m="E"),
    dict(p=MT, s="vent", t="okay. go on, I'm listening", m="", n="letting her vent; no acknowledgement of what happened yet"),
    dict(p=VC, s="vent", t="I see. please, carry on", m=""),

    # ---------------------------------------------------------------- hard negatives: details asked after venting
    dict(p=EE, s="heard", t="could you give me the incident numbers for all three, so I'm pulling the right logs", m="Q", n="details after venting: not premature"),
    dict(p=VC, s="heard", t="could I take your account reference, just so I can see exactly when the transfer moved", m="Q"),
    dict(p=BE, s="options", t="what's the account the money went out of? I'll put both charges back on it today", m="OCQ"),
    dict(p=FT, s="heard", t="when did the engineer last come out, roughly? and was it the same fault both times", m="Q"),
    dict(p=LE, s="heard", t="who's the restaurant, are they one of your regulars? I want to know exactly who we're getting the parts to", m="Q"),
    dict(p=BE, s="heard", t="can I ask how much the bank charged you for going overdrawn?", m="Q"),
    dict(p=MT, s="heard", t="um what's the best number to reach you on, just so the engineer can ring ahead this time", m="Q"),
    dict(p=None, s="close", t="is there anything else you need from me today?", m="Q"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "f", Path(__file__).with_name("replies_extra18.jsonl"))
