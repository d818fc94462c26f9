"""Source of `replies_extra180.jsonl`: batch 180, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is saying
the customer's trouble back in unusual ways: idioms ("we've left you high and dry", "stood you up
twice", "sending you round in circles"), understatement ("not our finest quarter"), regional
phrasing ("them two mornings came straight out your pocket", "I'd be raging, so I would"),
fragments and lists ("two mornings. two days wages. not one phone call."), rhetorical echoes
("'it's fixed', the chat told you last week. and it wasn't."), and owning it in plain words ("you
did nothing wrong here, we did", "that's on us"). Beside them sit hard negatives that sound warm but say nothing
specific back: generic sympathy ("what a palaver. I'm sorry", empathise only), verdicts ("well
that's not good enough, is it", no mark), compliments ("you've been an absolute saint about it",
no mark), thanks (gratitude only) and hold-time asides ("sorry, bear with me, the screen's just
loading"; a remark about the wait the customer sat through before reaching us is acknowledge, as
in the original). About half the replies are an ordinary cross-section (violations of every kind, offers,
commitments, questions) so the mix stays natural. Every persona, the generic `None`, and every
stage appear; about half are styled like a Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra180.jsonl next to it (ids fy0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="okay. I'm here, keep going", m="", n="back-channel while she vents (rule 13)"),
    dict(p=MT, s="vent", t="sorry to cut in, can I just take the postcode first so I can pull the booking up",
         m="Q", v=["premature_details"], n="'sorry' is a politeness marker here"),
    dict(p=MT, s="heard", t="So we've stood you up twice. Twice! You sat in all morning both times and not so much as "
         "a text from us.", m="A",
         n="idiom plus an echo of the facts; no feeling named, so acknowledge only (cf. the plain restatement "
           "items)"),
    dict(p=MT, s="heard", t="two mornings. two days wages. not one phone call. honestly I'd be climbing the walls",
         m="AE", n="fragments repeat the points; 'climbing the walls' names the feeling"),
    dict(p=MT, s="heard", t="well that's not good enough, is it", m="",
         n="hard negative: bare verdict, repeats nothing and names no feeling; where the original pairs a "
           "verdict with a restatement the A comes from the restatement and there is still no E; the tag is not a "
           "question"),
    dict(p=MT, s="heard", t="you've been an absolute saint about it, honestly", m="",
         n="hard negative: compliment, not thanks or appreciation (the original gives 'you've been more than "
           "reasonable' no G); names no feeling"),
    dict(p=MT, s="heard", t="we let you down. both times, that was us, not you", m="A",
         n="owns the failure in plain words and clears her (rule 14)"),
    dict(p=MT, s="heard", t="oh you poor thing", m="E", n="generic sympathy: empathise without acknowledge"),
    dict(p=MT, s="heard", t="so your paid by the hour, so them two mornings came straight out your pocket really. can "
         "I ask, has work said anything about it?", m="AQ",
         n="'your' mis-hearing; regional 'them two mornings' restates the lost pay"),
    dict(p=MT, s="heard", t="right so its like, you done everything we asked, you stayed in, and we're the ones that "
         "never turned up. thats on us", m="A"),
    dict(p=MT, s="heard", t="the window's actually eight till one now on the new system, so strictly speaking he "
         "wasn't late the second time", m="", v=["correcting"]),
    dict(p=MT, s="options", t="um right, what I can do is, I'll take the installation fee off, pop a month's credit on "
         "the account, and get you the eight o'clock slot, first job of the day, so no sitting about. does that "
         "sound alright?", m="OIQ", n="no time on the steps: an offer awaiting her answer, not a commitment"),
    dict(p=MT, s="options", t="I can't refund everything, I'm being honest with you on that, but nobody should be two "
         "mornings out of pocket on our account. fee waived, a month's credit, and the first slot any day you like. "
         "which day?", m="AOIQ", n="honest obstacle, not a wall (rule 11); 'two mornings out of pocket' restates"),
    dict(p=MT, s="options", t="I'll refund the lot, every penny, and you can have the first year free on top",
         m="O", v=["over_promise"]),
    dict(p=MT, s="options", t="I can't put a credit on as well, the system only lets me do one adjustment per account",
         m="", v=["policy"], n="'the system only lets me' is a wall, not an honest limit"),
    dict(p=MT, s="commitment", t="that's the fee gone and the credit's on. you're first job, eight o'clock tuesday, "
         "and I'm texting you the confirmation the minute we hang up. thanks for letting us have one more crack at it",
         m="OCG"),
    dict(p=MT, s="commitment", t="I'll get somebody to have a look at the booking and come back to you", m="",
         n="no time and no remedy"),
    dict(p=MT, s="close", t="all done then, tuesday eight sharp, first on his list. thanks for sticking it out with "
         "me, Bernadette", m="OCG", n="confirms the rebooked slot with a time, as the original's close replies do"),
    dict(p=MT, s="heard", t="thank you for holding there, the system's been slow as anything this morning", m="G",
         n="hard negative: hold-time aside; thanks for holding is gratitude, but nothing of her trouble is "
           "said back; the remark about the system is not a wall"),
    dict(p=MT, s="heard", t="the routes are all planned by the contractor, so that's really their shout not ours",
         m="", v=["blame"]),
    dict(p=MT, s="heard", t="nobody rang you? not either time?", m="AQ",
         n="echo as a check-back question (cf. the original's 'is that right?' check-backs); no disbelief, so "
           "not doubt"),
    dict(p=MT, s="heard", t="that's a proper kick in the teeth, that. two days off for nothing", m="AE",
         n="regional idiom names the hurt; 'two days off for nothing' restates"),
    dict(p=MT, s="heard", t="oh Bernadette, I'm sorry. what's work been like about it, have they been funny with you?",
         m="EQ"),
    dict(p=MT, s="heard", t="I'm sorry you feel we wasted your time", m="", v=["non_apology"],
         n="'sorry you feel' (rule 7), even though it names the wasted time"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="mhm. right.", m=""),
    dict(p=LE, s="vent", t="tracking number?", m="Q", v=["premature_details"]),
    dict(p=LE, s="heard", t="So you're the one left with egg on your face at the restaurant, when it was our lot that "
         "lost it. I'd be spitting feathers.", m="AE", n="idioms carry both the restatement and the feeling"),
    dict(p=LE, s="heard", t="paid for overnight. got nothing. not one scan since we collected it. that's us, that is",
         m="A", n="fragments and plain ownership; no feeling named"),
    dict(p=LE, s="heard", t="what a morning you've had", m="E",
         n="hard negative for A: generic sympathy names no point of the complaint"),
    dict(p=LE, s="heard", t="thanks for ringing us about it", m="G", n="thanks only; says nothing back"),
    dict(p=LE, s="heard", t="these things happen with couriers unfortunately, a small percentage always go astray",
         m="", v=["dismissal"], n="minimising (rule 9)"),
    dict(p=LE, s="heard", t="it's a compressor and a control board for a kitchen that can't cook without them, isn't "
         "it. so the clock's ticking for you, I get that", m="A", n="tag 'isn't it' is not a question"),
    dict(p=LE, s="options", t="so, express fee back, a trace on the parcel, and a same day courier with new parts to "
         "the restaurant, on us. want me to crack on?", m="OIQ"),
    dict(p=LE, s="options", t="I'll cover whatever the restaurant job was worth to you and any work you lose off them, "
         "just send me a figure", m="O", v=["over_promise"]),
    dict(p=LE, s="commitment", t="Trace is in, the reference'll be in your inbox in the next five minutes, and the "
         "courier's collecting the replacement parts at one. Does that work for you?", m="OCIQ"),
    dict(p=LE, s="heard", t="with respect, the liability terms were on the booking page, you'd have ticked a box "
         "saying you'd read them", m="", v=["correcting"]),
    dict(p=LE, s="heard", t="it's just you and your nephew, so one client walking is a massive chunk of the business. "
         "no wonder you're stressed out", m="AE"),
    dict(p=LE, s="heard", t="and that's just not the standard we hold ourselves to", m="",
         n="hard negative: verdict on our standards; says no point of his complaint back and names no feeling"),
    dict(p=LE, s="heard", t="thanks for hanging on, I know you were on hold a good while before you got through to me",
         m="AG", n="the wait he sat through to reach us is part of his trouble; the original labels 'I know you've "
           "been on hold ages already' acknowledge too"),
    dict(p=LE, s="vent", t="god. sorry. carry on", m="E", n="sincere sympathy while he vents"),
    dict(p=LE, s="heard", t="look mate, shouting at me won't find your parcel any quicker", m="", v=["calm_down"],
         n="rebukes the shouting, as the original's 'no need to raise your voice' items"),
    dict(p=LE, s="close", t="courier's booked for two and the trace is running, and I'll ring you at five with where "
         "it's up to. cheers for your patience, Marcus", m="OCG"),
    dict(p=LE, s="heard", t="right. express paid for, parcel vanished, client on your back, and the tracking's been a "
         "blank page since collection. is that the lot?", m="AQ", n="list as a check-back"),
    dict(p=LE, s="heard", t="sorry for any inconvenience the delay has caused", m="", v=["non_apology"]),
    dict(p=LE, s="options", t="lost business isn't something I'm able to cover, I won't pretend otherwise. but I can "
         "get new parts to the restaurant today on our courier and give you the express fee back. or if there's "
         "something else that'd help more with them, say", m="OI",
         n="'today' inside an offer (rule 3); imperative invitation is asks_input without a question"),
    dict(p=LE, s="heard", t="you paid us good money to get it there first thing and we've left you high and dry",
         m="A", n="idiom owns the failure and restates it; no feeling named"),
    dict(p=LE, s="heard", t="overnight, you paid for. and what you got was a blank tracking page and a chef on the "
         "phone to you going spare", m="A", n="rhetorical echo of his own complaint"),
    dict(p=LE, s="options", t="any claim for the goods has to come in on the form, in writing, I can't take it over "
         "the phone", m="", v=["policy"], n="'put it in writing' wall"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="'understood' as a filler counts as neither (rule 1)"),
    dict(p=EE, s="vent", t="before anything else, what's the contract reference on your side?",
         m="Q", v=["premature_details"]),
    dict(p=EE, s="heard", t="Three outages in one quarter, every one of them outside the SLA, and you had to email our "
         "chief exec to get a straight answer. I won't dress it up, we've failed you.", m="A"),
    dict(p=EE, s="heard", t="three times your warehouse floor's ground to a halt on our watch. I'd be beside myself",
         m="AE"),
    dict(p=EE, s="heard", t="I appreciate you taking my call, Ms Ashcombe", m="G"),
    dict(p=EE, s="heard", t="you clearly run a very tight operation over there", m="",
         n="hard negative: compliment; no thanks, no point of her complaint, no feeling"),
    dict(p=EE, s="heard", t="the third incident was a fault at our upstream provider, strictly speaking it wasn't our "
         "platform that went down", m="", v=["blame"]),
    dict(p=EE, s="heard", t="And you'd stuck your neck out for us with your board. So it's not just downtime to you, "
         "it's your credibility.", m="A"),
    dict(p=EE, s="heard", t="So how did the board leave it? Are they asking you to look at other providers?", m="Q"),
    dict(p=EE, s="options", t="I can apply the quarter's SLA credit, put a named account manager in place by Monday, "
         "and commit to a written report on the root cause with a date on it, say the thirtieth. Is that something "
         "you could take to your board?", m="OIQ", n="dates inside an offer are not yet a commitment (rule 3)"),
    dict(p=EE, s="options", t="if it keeps things civil I'll let you out of the contract, no penalty",
         m="O", v=["over_promise"]),
    dict(p=EE, s="commitment", t="You'll have the root-cause report in writing by Friday the twelfth, and Tom Reeves, "
         "your account manager, is calling you at ten tomorrow.", m="OC"),
    dict(p=EE, s="heard", t="if you want to get lawyers involved that's your call, our legal team's more than ready",
         m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="I'd hate to think what the last few weeks have been like for you.", m="E"),
    dict(p=EE, s="heard", t="Not our finest quarter, I think that's fair to say. Three breaches of the SLA in as many "
         "months.", m="A", n="understatement plus restatement; no feeling named"),
    dict(p=EE, s="close", t="Thanks for hearing me out, Eleanor. So: the quarter's credit, Tom looking after your "
         "account, and the written report on the twelfth.", m="OCG",
         n="recap with a dated report, as in the original's closes"),
    dict(p=EE, s="heard", t="Are you certain all three breached? I've got one of them logged as within tolerance.",
         m="", v=["doubt"]),
    dict(p=EE, s="heard", t="So to be clear on your accusation, you're saying we concealed the incidents.",
         m="", v=["accusation"]),
    dict(p=EE, s="heard", t="honestly it's been a nightmare week on our side too", m="",
         n="hard negative: the agent's own side's feelings, not hers"),
    dict(p=EE, s="heard", t="you've got every reason to be this angry", m="E",
         n="validates the feeling (as 'you've every right to be annoyed'); repeats nothing"),
    dict(p=EE, s="heard", t="I'll be honest with you: three in a quarter is three too many, and that's on us. I'm "
         "taking it to our head of platform now, and you'll hear from her before five", m="AC"),
    dict(p=EE, s="options", t="what would you need to see from us, realistically, to stay?", m="IQ"),
    dict(p=EE, s="heard", t="three. in one quarter. each one through the SLA. I'm not going to argue with a word of "
         "that", m="A", n="rhetorical echo in fragments"),
    dict(p=EE, s="options", t="um so the, the quarter's credit is doable, and I can put a named person on your "
         "account, and uh, the incident write-up in writing by a set date. anything you'd want adding to that?",
         m="OIQ"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="of course, Mr Fairclough.", m="", n="polite filler while he vents"),
    dict(p=VC, s="vent", t="Just for security, sir, what's your date of birth please.", m="Q", v=["premature_details"]),
    dict(p=VC, s="heard", t="so you found out from the seller's solicitor. not from us. that's the part that would "
         "stick in my throat too", m="AE", n="echo of the facts; 'would stick in my throat too' shares his feeling"),
    dict(p=VC, s="heard", t="two days late, on a completion. I shudder to think", m="AE"),
    dict(p=VC, s="heard", t="All these years with us and you heard it secondhand. We should never be treating you like "
         "that.", m="A", n="restates and owns; no feeling named"),
    dict(p=VC, s="heard", t="we do appreciate your loyalty, sir", m="G",
         n="appreciation directed at him; says nothing back"),
    dict(p=VC, s="heard", t="you're a very valued client, sir, that goes without saying", m="",
         n="hard negative: compliment, no thanks, no feeling"),
    dict(p=VC, s="heard", t="It's simply not the standard you should expect from a private bank.", m="",
         n="hard negative: verdict with no restatement and no apology"),
    dict(p=VC, s="heard", t="the payment was held by compliance at the receiving bank. honestly there's only so much "
         "we can do about their checks", m="", v=["blame", "dismissal"]),
    dict(p=VC, s="options", t="My suggestion, sir: the fees on that transfer reversed, Helen Marsh's direct line, "
         "she's one of our senior relationship bankers, and your transfers set to go same day from now on. Would "
         "that help restore things?", m="OIQ"),
    dict(p=VC, s="options", t="I'll waive every fee on all your accounts for the next year, sir, consider it done",
         m="O", v=["over_promise"]),
    dict(p=VC, s="commitment", t="The fees are reversed as of this afternoon, and Helen will ring you at nine tomorrow "
         "morning. Is nine alright for you, sir?", m="OCIQ"),
    dict(p=VC, s="heard", t="If you'd like to move your portfolio, sir, that's entirely your decision, we won't stand "
         "in your way.", m="", v=["threat_back"]),
    dict(p=VC, s="heard", t="you had to ring the seller and practically plead with her to wait. I'm so sorry you were "
         "put in that position", m="AE", n="rule 14"),
    dict(p=VC, s="heard", t="I'm grateful you told me Sterling and Marsh are courting you. better I hear it from you",
         m="G"),
    dict(p=VC, s="heard", t="what would it take for you to feel confident leaving the portfolio with us?", m="IQ"),
    dict(p=VC, s="close", t="Thank you for your time this afternoon, sir. Helen calls at nine, and the fees are "
         "already back in your account.", m="OCG"),
    dict(p=VC, s="heard", t="well sir, I did ask you to calm down a moment ago", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="Sir, the SWIFT record shows the instruction reached us after the cut-off.",
         m="", v=["accusation", "correcting"], n="insisting on his error through evidence (rule 10)"),
    dict(p=VC, s="heard", t="we dropped the ball, plain and simple, and it very nearly cost you the house", m="A",
         n="owning it in plain words, with the near-loss said back"),
    dict(p=VC, s="heard", t="Late, on a completion, and you heard it from the other side's solicitor before you heard "
         "a word from us. There's no dressing that up.", m="A"),
    dict(p=VC, s="heard", t="I'm sure the house will survive, sir", m="", v=["insult"], n="sarcasm"),
    dict(p=VC, s="options", t="Would you rather Helen handled every transfer personally, or have them all go through "
         "the expedited desk automatically? The fee on this one comes back either way.", m="OIQ"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="whats the serial number on the back of the machine", m="Q", v=["premature_details"]),
    dict(p=FT, s="heard", t="seven months old and it's conked out twice since the repair, and then nobody rang when "
         "they said they would. with two little ones I'd be tearing my hair out", m="AE"),
    dict(p=FT, s="heard", t="so it's been laundrette runs every other day with a toddler and a baby in tow. that's a "
         "lot", m="AE",
         n="'that's a lot' understates but validates the strain, as the original's 'oh no, that's not good at "
           "all' is empathise"),
    dict(p=FT, s="heard", t="oh bless you, that sounds hard", m="E", n="generic sympathy"),
    dict(p=FT, s="heard", t="you've been more patient than I would've been, honestly", m="",
         n="hard negative: compliment, not thanks (cf. 'you've been more than reasonable' in the original)"),
    dict(p=FT, s="commitment", t="monday you were told a supervisor would ring within the day, and nobody did. that's "
         "our failing, not yours. I'll have the supervisor ring you by two today, and I'll be checking he does",
         m="AC"),
    dict(p=FT, s="heard", t="are you using the eco setting? cause that can make it look like it's stopped when it "
         "hasn't", m="", v=["doubt", "correcting"], n="rhetorical question implying user error"),
    dict(p=FT, s="options", t="an upgrade's beyond me, sorry, that's just not mine to give. what I've got is a new "
         "machine, same model, plus two more years warranty, or a senior engineer out this week with a loan machine "
         "while he sorts it. what'd suit you?", m="OIQ"),
    dict(p=FT, s="options", t="tell you what, I'll just refund the whole thing, I'll put it through now",
         m="OC", v=["over_promise"]),
    dict(p=FT, s="commitment", t="The new machine's booked in for Thursday between eight and twelve and they'll take "
         "the old one away. I'll give you a ring Thursday teatime to check it's in and working. Does Thursday suit?",
         m="OCIQ"),
    dict(p=FT, s="heard", t="I'm gonna level with you, we've made a right mess of this", m="A",
         n="owns the failure in plain words; no feeling named"),
    dict(p=FT, s="heard", t="honestly, cheers for not giving up on us", m="G"),
    dict(p=FT, s="heard", t="machines go wrong, that's just life I'm afraid", m="", v=["dismissal"]),
    dict(p=FT, s="heard", t="sorry if the callback thing caused any confusion", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="so that's ninety dollars on the laundromat so far? on top of all this?", m="AQ",
         n="echo as a check-back question"),
    dict(p=FT, s="close", t="so that's the engineer thursday morning with a loan machine. thanks ever so much for "
         "bearing with us, and sorry again about the whole saga", m="EOCG"),
    dict(p=FT, s="heard", t="you'll need to ring the warranty line for that, we don't deal with repairs on this team",
         m="", v=["dismissal"]),
    dict(p=FT, s="vent", t="oh no. oh that's rotten. go on", m="E"),
    dict(p=FT, s="heard", t="so, to sum up where you are: seven months old, repaired, broken twice since, no callback, "
         "and two weeks of hauling washing about. have I got that right?", m="AQ", n="list as a check-back"),
    dict(p=FT, s="options", t="like, if you want, I could, um, get the senior engineer to you wednesday with a loan "
         "machine so your not stuck in the meantime?", m="OIQ", n="'your' mis-hearing; day inside an offer"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="mm-hm", m=""),
    dict(p=BE, s="vent", t="can I have the last four digits of the card you paid with", m="Q", v=["premature_details"]),
    dict(p=BE, s="heard", t="You cancelled, fair and square, and we still helped ourselves twice. Then your bank stung "
         "you on top. I'm so sorry, Margaret.", m="AE"),
    dict(p=BE, s="heard", t="'it's fixed', the chat told you last week. and it wasn't. no wonder you've had it up to "
         "here with us", m="AE", n="rhetorical echo of what chat told her"),
    dict(p=BE, s="heard", t="so your rent bounced as well because of us. on a pension. that's dreadful, I'm so sorry",
         m="AE"),
    dict(p=BE, s="heard", t="nine years with us and this is how we treat you. that's not right", m="A",
         n="restates her nine years and owns it; the verdict adds no empathy"),
    dict(p=BE, s="heard", t="well it's not the end of the world, it'll all come back to you eventually",
         m="", v=["dismissal"], n="minimising"),
    dict(p=BE, s="heard", t="I'm sorry you feel let down by us", m="", v=["non_apology"]),
    dict(p=BE, s="options", t="I'm so sorry, Margaret. I'll refund both charges, pay back the overdraft fee, and send "
         "you a letter confirming the cancellation. Does that sound fair to you?", m="EOIQ"),
    dict(p=BE, s="options", t="I'll refund both, cover the overdraft, and put three months free on for your trouble",
         m="O", v=["over_promise"]),
    dict(p=BE, s="commitment", t="Both refunds are going through now, and the letter confirming your cancellation goes "
         "in tonight's post. Thank you for bearing with us, Margaret.", m="OCG"),
    dict(p=BE, s="heard", t="the cancellation only kicks in at the end of the billing month, so technically that first "
         "charge was correct", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="thank you, Margaret, you've been very kind", m="G",
         n="thanks with a compliment; nothing of her trouble said back"),
    dict(p=BE, s="heard", t="you've always been such a lovely customer", m="",
         n="hard negative: compliment alone, no thanks"),
    dict(p=BE, s="close", t="Lovely. So both refunds done, the overdraft fee's coming back to you, and the letter's on "
         "its way. Thanks for being so patient, and I'm sorry again.", m="EOG",
         n="reports what is done, with no time (the original's 'refund done ... being reimbursed' close is OG)"),
    dict(p=BE, s="heard", t="What did the live chat say to you exactly? Did they give you a ticket number or anything?",
         m="Q"),
    dict(p=BE, s="commitment", t="I'll be blunt: you did nothing wrong here, we did. I'm putting both refunds through "
         "right now", m="AOC", n="clears her and owns it (rule 14); 'right now' on a declared step"),
    dict(p=BE, s="heard", t="are you sure you cancelled and didn't just pause it? people mix the two up a lot",
         m="", v=["doubt"]),
    dict(p=BE, s="heard", t="double charged after you'd left, overdrawn, a bank fee, a bounced rent payment, and a "
         "chat agent saying it was sorted. that's a lot of mess from one mistake of ours", m="A",
         n="list, then owns it"),
    dict(p=BE, s="heard", t="so you're alleging we took the payment twice", m="", v=["accusation"]),
    dict(p=BE, s="options", t="um do you want it back on the card, or would a cheque be easier for you? and I'll do "
         "the overdraft fee the same way", m="OIQ"),

    # --- generic ---
    dict(p=None, s=None, t="I understand. I'm sorry.", m="AE", n="bare sincere 'I understand' (rule 1)"),
    dict(p=None, s="heard", t="I hear you.", m="A",
         n="warm and unspecific, but a bare sincere 'I hear you' acknowledges (rule 1)"),
    dict(p=None, s="heard", t="I understand how maddening that must be", m="AE", n="rule 1"),
    dict(p=None, s="heard", t="aw, that's no good at all", m="E",
         n="sympathetic exclamation, like the original's 'oh no, that's not good at all'; says nothing back"),
    dict(p=None, s="heard", t="that's unacceptable, frankly", m="",
         n="hard negative: bare verdict, no restatement, no feeling"),
    dict(p=None, s="heard", t="So three calls, three different answers, and still no refund. That's us sending you "
         "round in circles at your expense.", m="A"),
    dict(p=None, s="heard", t="thank you, truly, for your patience", m="G"),
    dict(p=None, s="heard", t="sorry, bear with me, the screen's just loading", m="",
         n="hard negative: hold-time aside; 'sorry' is a politeness marker, nothing said back"),
    dict(p=None, s="vent", t="okay so what's your account number", m="Q", v=["premature_details"]),
    dict(p=None, s="heard", t="listen, I'm not the one who lost your order", m="", v=["blame"]),
    dict(p=None, s="heard", t="right, so in short. ordered, paid, nothing turned up, and the chat closed your ticket "
         "on you. and you've been fairer to us through it than we deserve", m="A",
         n="list restates; the compliment adds no gratitude"),
    dict(p=None, s="options", t="I can refund it in full today or send a replacement out next day, up to you", m="OI",
         n="'up to you' invites her choice without a question"),
    dict(p=None, s="commitment", t="I'll ring you back by four today with an answer either way.", m="C"),
    dict(p=None, s="commitment", t="leave it with me", m="", n="no step and no time"),
    dict(p=None, s="close", t="Is there anything else at all I can help with today?", m="Q", n="ending check (rule 6)"),
    dict(p=None, s=None, t="at the end of the day rules are rules", m="", v=["policy"]),
    dict(p=None, s="heard", t="with all due respect, you should of read the email we sent you", m="", v=["correcting"],
         n="'should of' mis-hearing"),
    dict(p=None, s="heard", t="you're being completely unreasonable now", m="", v=["insult"]),
    dict(p=None, s="heard", t="*sighs* okay, what is it now", m="", v=["insult"], n="transcribed sigh (rule 12)"),
    dict(p=None, s="heard", t="keep talking to me like that and I'll put the phone down", m="", v=["threat_back"]),
    dict(p=None, s=None, t="I'm sorry for any trouble this may have caused", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="I'll make absolutely sure this never happens to you again, you have my word",
         m="", v=["over_promise"], n="bare guarantee (rule 5)"),
    dict(p=None, s="options", t="So what would put this right for you?", m="IQ"),
    dict(p=None, s="heard", t="That sounds really stressful, and I'm sorry you've been left to deal with it all on "
         "your own.", m="AE", n="'sorry you've been left to' + what happened (rule 14)"),
    dict(p=None, s="heard", t="I'm sorry you've been hit with all this", m="E",
         n="generic 'sorry you've been hit with' names nothing: empathise only (rule 14)"),
    dict(p=None, s="heard", t="ah that's a right pain, that", m="E", n="regional sympathy; says nothing back"),
    dict(p=None, s="heard", t="honestly? we should've done better. full stop.", m="A",
         n="owns the failure, as 'it should never have happened' does in the original; 'honestly?' is "
           "rhetorical"),
    dict(p=None, s="vent", t="take your time. I'm not going anywhere", m="", n="back-channel (rule 13)"),
    dict(p=None, s="heard", t="what a palaver. I'm sorry", m="E", n="generic sympathy"),
    dict(p=None, s="heard", t="it's been a long old road for you, this one, hasn't it", m="A",
         n="idiom sums up the drawn-out trouble, like the original's 'one thing after another'; tag not a "
           "question"),
    dict(p=None, s=None, t="I'd be raging, so I would", m="E", n="regional phrasing of 'I'd be furious'"),
    dict(p=None, s="commitment", t="I've flagged it urgent and you'll have a text with the new delivery date by six "
         "tonight, and I'm so sorry you had to chase this yourself", m="AEC", n="rule 14: 'sorry you had to chase us'"),
    dict(p=None, s="options", t="okay so um, I could send the replacement out today, or just refund it, and like if "
         "neither of those works tell me what would", m="OI"),
]

write_batch(ITEMS, "fy", Path(__file__).with_name("replies_extra180.jsonl"))
