"""Source of `replies_extra21.jsonl`: a twenty-first batch of hand-written trainee replies (tune split only).

Written one at a time by someone who had not read the held-back part of `replies.jsonl` nor the
judge's code (judge.py, lexicon.py, learned.py, patterns.py, models/). It imitates the style and
labelling habits of the tune part of `replies.jsonl` and concentrates on acknowledgement (the
complaint said back with the customer's own specifics, often inside an apology or an offer),
empathy (feelings named, sincere apologies in everyday words) and remedies (offered, proposed,
confirmed, done), in the combinations heard in real calls, plus hard negatives for those three
marks: fillers, lookups, detail questions that start like a restatement, politeness "sorry",
"sorry" for a refusal, the agent's own feelings, non-apologies, the word "option" with no remedy,
vague promises and escalations, and marks cancelled by "but" into a violation. All six personas
plus generic replies, all stages. About half Whisper-style (lowercase, fillers, false starts,
run-ons, the odd mis-hearing), the rest properly punctuated. Nothing is generated from a template.
Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra21.jsonl` next to it (ids b0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- missed-technician
    dict(p=MT, s="heard", t="so you sat in from eight till twelve, twice, and not one phone call to say he wasn't coming. I'm really sorry", m="AE"),
    dict(p=MT, s="heard", t="oh god that's two days of holiday gone just waiting for us. I'd be livid", m="AE"),
    dict(p=MT, s="heard", t="um yeah I- I completely get it, you booked the morning off and nobody showed, again", m="A"),
    dict(p=MT, s="heard", t="that's rotten, honestly. you shouldn't have had to chase us for any of it", m="AE", n="'you shouldn't have had to chase us' says back what happened; 'that's rotten' validates"),
    dict(p=MT, s="options", t="I'm so sorry about both mornings. what I can do is take the installation fee off completely, put a month's credit on, and get you the eight o'clock slot so you're first on his list. how does that sound?", m="EOIQ"),
    dict(p=MT, s="options", t="so would you rather have the first slot on monday or wednesday, both are eight am", m="OIQ", n="choice of rebooked slots: options + asks_input; no question mark"),
    dict(p=MT, s="options", t="you took two days off for nothing so the least I can do is waive the fee and credit your account for a month", m="AO"),
    dict(p=MT, s="commitment", t="right that's the fee gone, it'll say zero on your next bill, and you're booked first thing tuesday at eight", m="OC"),
    dict(p=MT, s="heard", t="let me just pull up the booking notes for both of them", m="", n="lookup, not acknowledgement"),
    dict(p=MT, s="vent", t="mm okay", m=""),
    dict(p=MT, s="vent", t="sorry can I just get the account holder's name", m="Q", v=["premature_details"], n="politeness 'sorry' is not empathy"),
    dict(p=MT, s="heard", t="was that the eight to twelve slot both times or was one of them the afternoon", m="Q", n="detail question that names the window; not a restatement"),
    dict(p=MT, s="heard", t="I'm sorry but the technicians do ring ahead, maybe it went to voicemail", m="", v=["doubt"], n="'but' into doubt cancels the apology"),
    dict(p=MT, s="heard", t="I hear you, I do. but the engineers are a separate company so honestly that's on them", m="", v=["blame"]),
    dict(p=MT, s="options", t="I can give you a full refund on everything and pay you for both days off work, that's no problem", m="O", v=["over_promise"]),
    dict(p=MT, s="close", t="so that's the credit on, fee waived, eight o'clock thursday. thanks for bearing with me and again I'm really sorry about the two no-shows", m="EOCG", n="confirmed booking with a day and time is options + commitment, as in the original set; apology names the event"),
    dict(p=MT, s="heard", t="I know, I know. I'm sorry", m="E", n="'I know, I know' as soothing filler; apology sincere"),
    dict(p=MT, s="heard", t="uh there's not really an option for refunds on installs, I'll see what I can do though", m="", n="'option' word, no remedy; vague promise. Not quite a policy wall (no rule cited)"),

    # ---------------------------------------------------------------- lost-express
    dict(p=LE, s="heard", t="you paid for overnight, it never turned up, and now your restaurant's ringing you instead of us. I'm so sorry", m="AE"),
    dict(p=LE, s="heard", t="that's mortifying, being made to look bad in front of your own customer when it wasn't even you", m="AE"),
    dict(p=LE, s="heard", t="so the tracking's just sat there since it was collected yeah, nothing at all", m="AQ", n="check-back restatement with a tag; counted as checking understanding"),
    dict(p=LE, s="heard", t="what was actually in the parcel, was it the compressor and the board together", m="Q", n="detail question, not a restatement"),
    dict(p=LE, s="options", t="here's what I'd like to do. refund the express fee, open a trace today, and get the replacement parts to the restaurant by same day courier, on us. is that alright?", m="OIQ", n="'today' inside a proposal awaiting an answer: offer, not commitment"),
    dict(p=LE, s="options", t="um I can do the express refund or- or actually both, the refund and a trace, do you want me to start with the trace", m="OIQ"),
    dict(p=LE, s="commitment", t="okay the trace is opened, reference ends four seven two, and the courier's picking up the replacement from you at two this afternoon", m="OC"),
    dict(p=LE, s="options", t="I'm really sorry you've been left in the dark on this. I can refund the express fee straight away if that helps", m="AEO", n="'sorry you've been left in the dark' is about the event (rule 7); 'if that helps' is a hedge, not a question; 'I can ... straight away' is an offer, not commitment"),
    dict(p=LE, s="heard", t="parcels do go missing now and then, it's a big network", m="", v=["dismissal"]),
    dict(p=LE, s="heard", t="I'm sorry if there's been any inconvenience with the delivery", m="", v=["non_apology"]),
    dict(p=LE, s="options", t="we'll pay for the lost job as well, just tell me what your customer's invoice was and I'll match it", m="OQ", v=["over_promise"], n="'just tell me what the invoice was' is a request for a detail: question, not asks_input"),
    dict(p=LE, s="heard", t="honestly that's awful, I'd be fuming if I'd paid extra for that", m="E", n="'paid extra' is part of the hypothetical, not a restatement of his complaint; empathy only"),
    dict(p=LE, s="vent", t="right okay. yeah", m=""),
    dict(p=LE, s="heard", t="the courier's system is terrible to be fair, I'm sorry, it's them not us", m="", v=["blame"], n="the 'sorry' is wedged between two blame clauses and apologises for the courier: not counted as sincere empathy"),
    dict(p=LE, s="heard", t="I get that you're annoyed but you did tick the standard liability box when you booked", m="", v=["correcting"], n="'but' into correcting cancels the acknowledgement"),
    dict(p=LE, s="close", t="thank you for sticking with me, Marcus. the trace results will be with you by email tomorrow before ten", m="CG"),

    # ---------------------------------------------------------------- escalated-exec
    dict(p=EE, s="heard", t="three outages in one quarter, each one over the SLA, and your warehouses stood idle for hours. I understand why you went straight to our CEO", m="A"),
    dict(p=EE, s="heard", t="I'm genuinely sorry. your people were stood around while your customers waited, and that's on us", m="AE"),
    dict(p=EE, s="heard", t="that must be an awful position, explaining this to your own board for the third time", m="AE"),
    dict(p=EE, s="options", t="What I can put in place today is the full SLA service credit for this quarter, a named account manager, and a written root-cause report with a date I'll commit to. Would that be a reasonable starting point?", m="OIQ", n="offer awaiting an answer; no concrete date yet, so not commitment"),
    dict(p=EE, s="commitment", t="The service credit has been applied, your account manager is Priya Shah, and the root-cause report will be with you by Friday the twentieth.", m="OC"),
    dict(p=EE, s="options", t="I'll release you from the contract with no penalty, that's fine", m="O", v=["over_promise"]),
    dict(p=EE, s="heard", t="I see. and which of the three incidents hit the Coventry site", m="Q", n="bare 'I see' then a detail question"),
    dict(p=EE, s="heard", t="honestly I'm as frustrated as you are, I've been chasing the platform team all week", m="", n="agent's own feelings, not empathy"),
    dict(p=EE, s="heard", t="I'll escalate it to my manager", m="", n="escalation without a time: neither options nor commitment"),
    dict(p=EE, s="heard", t="I understand the incident team has the logs for all three", m="", n="information starting 'I understand the', not acknowledgement"),
    dict(p=EE, s="heard", t="with respect the status page did show the outage within twenty minutes", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="thank you for putting it so clearly. you've had three SLA breaches and nobody's owned it, and I'm sorry for that", m="AEG"),
    dict(p=EE, s="options", t="so um would you prefer the account manager to be someone from your region or uh someone who's been on the platform side longer", m="OIQ", n="choice between two forms of the allowed remedy"),
    dict(p=EE, s="vent", t="can you give me the contract reference please", m="Q", v=["premature_details"]),

    # ---------------------------------------------------------------- vip-client
    dict(p=VC, s="heard", t="the transfer landed two days late, the purchase almost fell through, and you heard it from the seller's solicitor rather than from us. That's not good enough and I'm sorry.", m="AE"),
    dict(p=VC, s="heard", t="I can only imagine how that call from the solicitor felt", m="AE", n="sympathy (rule 8) that names his specific event (hearing it from the solicitor)"),
    dict(p=VC, s="heard", t="you're quite right, you should have heard it from us first", m="A"),
    dict(p=VC, s="options", t="What I'd like to offer is a reversal of the transfer fees, a direct line to a senior relationship banker, and same-day expedited transfers on your accounts from now on.", m="O"),
    dict(p=VC, s="options", t="um would it help if I reversed the fees and got you a direct number for uh for a senior banker", m="OIQ"),
    dict(p=VC, s="commitment", t="the fees are reversed as of this afternoon and I've flagged every account for expedited same-day processing, that's live from tomorrow morning", m="OC"),
    dict(p=VC, s="heard", t="sorry you feel we let you down, sir", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="the transfer was held by compliance, that's the standard process for any amount over a million", m="", v=["policy"]),
    dict(p=VC, s="heard", t="I'm very sorry, but I'd need to check whether the instruction was received before the cut-off", m="", v=["doubt"], n="apology then 'but' into implied doubt of the client; cancelled"),
    dict(p=VC, s="options", t="I'll waive all your fees for the next year and make sure nothing is ever delayed again", m="O", v=["over_promise"]),
    dict(p=VC, s="heard", t="that's a horrible thing to go through on completion day, I'm so sorry", m="E", n="'completion day' is setting, not a restatement of what went wrong"),
    dict(p=VC, s="heard", t="right. and the seller's solicitor, was that on the tuesday or the wednesday?", m="Q"),
    dict(p=VC, s="close", t="thank you for your patience today, Mr Fairclough, and once again I'm sorry it came so close to costing you the house", m="AEG"),

    # ---------------------------------------------------------------- failed-twice
    dict(p=FT, s="heard", t="so it's seven months old, it's been repaired and it's broken again twice, and you were promised a supervisor would call monday and nobody did", m="A"),
    dict(p=FT, s="heard", t="ugh I'm so sorry, two weeks without a washer with kids is just exhausting", m="AE", n="'two weeks without a washer' is her complaint said back"),
    dict(p=FT, s="heard", t="no wonder you've had enough", m="E"),
    dict(p=FT, s="heard", t="you're right, we dropped the ball on that callback and I'm sorry", m="AE"),
    dict(p=FT, s="options", t="so there's two ways we can go. a brand new one, same model, with an extra two years warranty, or our senior engineer out this week with a loan machine while he fixes it. which would you rather?", m="OIQ"),
    dict(p=FT, s="options", t="I can get a loan machine to you while it's being sorted if that'd help", m="O", n="'if that'd help' is a hedge, not a question; loan machine is part of the allowed repair option"),
    dict(p=FT, s="commitment", t="okay so the replacement's ordered, same model, two year extended warranty on it, delivery's thursday between eight and one, and I'll ring you friday morning to check it's all working", m="OC"),
    dict(p=FT, s="options", t="I'll get you the newer model instead, it's a better machine anyway", m="O", v=["over_promise"]),
    dict(p=FT, s="heard", t="washing machines do break sometimes, it's just bad luck", m="", v=["dismissal"]),
    dict(p=FT, s="heard", t="are you definitely using the right detergent because that can block the pump", m="", v=["doubt", "correcting"], n="rhetorical suggestion the customer caused it; not a real question"),
    dict(p=FT, s="heard", t="I totally understand, however the warranty doesn't cover repeat faults after a repair", m="", v=["policy"], n="'however' into a policy wall cancels the acknowledgement"),
    dict(p=FT, s="heard", t="thank you for ringing back again, I know it's the last thing you want to be doing", m="EG", n="like the original set: 'I know it's the last thing you want' validates the feeling"),
    dict(p=FT, s="heard", t="sorry what was the model number again", m="Q"),
    dict(p=FT, s="vent", t="uh-huh", m=""),

    # ---------------------------------------------------------------- billing-error
    dict(p=BE, s="heard", t="You cancelled, we took two payments anyway, and your bank charged you an overdraft fee because of it. And then chat told you it was sorted. I'm so sorry, Mrs Ellison.", m="AE"),
    dict(p=BE, s="heard", t="oh no, on a pension as well, that must have been such a worry", m="E", n="'on a pension' is her situation, not the complaint said back; empathy only"),
    dict(p=BE, s="heard", t="I'm really sorry. you did everything right and we still got it wrong", m="AE"),
    dict(p=BE, s="options", t="What I can do right now is refund both charges and reimburse the overdraft fee. Shall I go ahead with that?", m="OIQ", n="'right now' inside an offer awaiting permission: options, not commitment"),
    dict(p=BE, s="options", t="I can put both payments back and send you written confirmation the subscription's cancelled, would that put your mind at rest", m="OIQ"),
    dict(p=BE, s="commitment", t="both charges have been refunded, the overdraft fee's on its way back to you too, and you'll get the confirmation letter in the post by thursday", m="OC"),
    dict(p=BE, s="heard", t="unfortunately we can't control what your bank charges", m="", v=["dismissal"], n="ducking the overdraft fee"),
    dict(p=BE, s="heard", t="I'm sorry you've had a bad experience with billing", m="", v=["non_apology"], n="vague 'bad experience' apology, rule 7 sorry-you-had-a-bad-day family"),
    dict(p=BE, s="heard", t="it does say on the website that cancellations take up to two billing cycles", m="", v=["correcting"]),
    dict(p=BE, s="options", t="I'll refund both and give you three months free as well for the trouble", m="O", v=["over_promise"]),
    dict(p=BE, s="heard", t="sorry, just bear with me, the screen's loading", m="", n="politeness 'sorry'"),
    dict(p=BE, s="heard", t="can I ask did the chat person give you a reference when they said it was fixed", m="Q", n="detail question naming the chat; not a restatement"),
    dict(p=BE, s="heard", t="I understand completely, and thank you for being so patient with us when we've made such a mess of it", m="AG", n="'made such a mess of it' admits the fault; no feeling named"),
    dict(p=BE, s="vent", t="oh dear. I'm so sorry", m="E"),

    # ---------------------------------------------------------------- generic
    dict(p=None, s="heard", t="so you've rung four times, been cut off twice and nobody's rung you back once. I'd be tearing my hair out", m="AE"),
    dict(p=None, s="heard", t="that sounds exhausting, honestly", m="E"),
    dict(p=None, s="heard", t="I hear you, and I'm sorry it's taken this many calls", m="AE"),
    dict(p=None, s="heard", t="I don't get why you're this angry over a delivery", m="", v=["insult"], n="negated understanding, belittling"),
    dict(p=None, s="heard", t="I'm not saying it's your fault", m="", n="no mark: neither empathy nor acknowledgement"),
    dict(p=None, s="options", t="I can send a replacement out next day or refund it, whichever you'd prefer", m="OI", n="imperative-style invitation, no question"),
    dict(p=None, s="options", t="there are a few options but I'd have to check with my team lead first", m="", n="'options' with no remedy named"),
    dict(p=None, s="options", t="we'll look into it and see what we can do", m="", n="vague promise: not options"),
    dict(p=None, s="commitment", t="I've put the refund through just now, it'll show in three to five working days, and I'll email you the confirmation before I finish today", m="OC"),
    dict(p=None, s="close", t="thanks so much for being patient with me, and sorry again for all the back and forth", m="EG", n="'all the back and forth' is the event: sincere apology"),
    dict(p=None, s="heard", t="okay let me make sure I've got it. it arrived broken, you sent photos, and you've heard nothing since", m="A"),
    dict(p=None, s="heard", t="yeah no I understand. anyway what's your order number", m="Q", n="dismissive 'I understand, anyway': not acknowledgement; detail request after venting is fine"),
    dict(p=None, s="heard", t="I'm sorry you see it that way", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="right", m=""),
    dict(p=None, s="heard", t="gosh, I'm sorry, that's a nightmare", m="E"),
    dict(p=None, s="options", t="I'm so sorry this keeps happening. let me get a new one sent out to you and you won't pay a penny for it", m="AEO", n="'this keeps happening' says back the repeated problem; 'let me get ... sent' is an offer without time"),
    dict(p=None, s="heard", t="I really appreciate you telling me all this. it sounds like you've been fobbed off at every turn", m="AG"),
    dict(p=None, s="heard", t="um you know I'd probably feel the same if I were you, I really would", m="E"),
    dict(p=None, s="heard", t="I can see from the notes someone did call you on the sixth", m="", v=["doubt"], n="contradicting the customer from the records"),
    dict(p=None, s="vent", t="sorry, sorry, can I take your postcode", m="Q", v=["premature_details"], n="politeness 'sorry'"),
    dict(p=None, s="heard", t="I'm sorry there's nothing I can do about that", m="", v=["dismissal"], n="'sorry' apologises for a refusal"),
    dict(p=None, s="commitment", t="I'll pass it on to the right team", m="", n="no time, no remedy"),
    dict(p=None, s="heard", t="you've been let down, simple as that, and I'm sorry. what's been the worst part of it for you?", m="AEQ"),
    dict(p=None, s="options", t="would a refund of the delivery charge go some way to putting it right?", m="OIQ"),
    dict(p=None, s="heard", t="listen if you keep swearing I'll have to end the call", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="I understand, I really do. but raising your voice won't get it here any faster", m="", v=["calm_down"], n="'but' into a calm-down cancels the acknowledgement"),
    dict(p=None, s="options", t="I can't do a full refund, I'll be honest with you, but I can take the delivery charge off and send a replacement today. would that help at all?", m="OIQ", n="honest obstacle, then offer"),
    dict(p=None, s="heard", t="that shouldn't have happened. full stop. I'm sorry", m="AE"),
    dict(p=None, s="heard", t="I'm sorry, that's on us. you were told one thing and we did another", m="AE"),
    dict(p=MT, s="options", t="if it's easier I can book the technician for a saturday, first job, so you don't lose another work day", m="AO", n="'another work day' says back the lost days; conditional offer, no question"),
    dict(p=EE, s="heard", t="okay. noted", m="", n="bare filler"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "b", Path(__file__).with_name("replies_extra21.jsonl"))
