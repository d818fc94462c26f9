"""Source of `replies_extra14.jsonl`: a fourteenth batch of hand-written trainee replies (split "tune" in
the file, but see below: it is a validation set, not tuning data).

KEPT OUT OF TRAINING AND TUNING. This batch is a validation set in the original set's style: it must
not be named in `scripts/train_judge_model.py`'s `TRAINING`, must not be used to tune the judge, the
lexicon or the personas, and was not scored by its writer (`hotseat bench judge` was never run on it).
The judge's author scores it as an unseen check beside the held-back part of `replies.jsonl`.

Written one at a time by someone who had not read the held-back part of `replies.jsonl` nor the
judge's code (judge, lexicon, patterns, learned model), and who took as a model only the tune items
of `replies.jsonl` (not the other batch files). It imitates that original author's style, content mix
and labelling habits as a cross-section of whole calls: short lines, mostly lowercase with light
punctuation and no final full stop, the odd "um", false start or mis-hearing ("technition",
"shouldn't of", "your" for "you're"); all six personas plus generic replies, every stage; about a
quarter each with acknowledgement, empathy and options; about a third with a violation (all twelve
kinds in near-equal numbers, premature_details only while venting), some of them beside a mark, with
"but"/"though" cancelling a mark only when it leads into the violation; about a fifth good replies
with three or more marks; commitments with and without a real time, thanks, questions; and the
original author's kinds of hard negatives (bare listening noises, vague promises, lookups, "I
understand the…" information, the agent's own feelings, sarcastic thanks, rhetorical and hostile
questions, "sorry" as politeness or for a refusal, honest limits before an offer, a check-back
question, declining thanks). Nothing is generated from a template. Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra14.jsonl` next to it (ids k0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- missed-technician (Bernadette)
    dict(p=MT, s="vent", t="yeah... no, keep going, I'm here", m="", n="listening noise while venting"),
    dict(p=MT, s="vent", t="can you just confirm the first line of the address and the postcode for me", m="Q", v=["premature_details"]),
    dict(p=MT, s="heard", t="so you booked the eight till twelve, sat in the whole morning, nobody came, and then the exact same thing happened on the rebooked one", m="A"),
    dict(p=MT, s="heard", t="two days of annual leave gone and not even a phone call to say he wasn't coming. I'd be livid.", m="AE"),
    dict(p=MT, s="heard", t="oh that's rotten. I'm really sorry.", m="E"),
    dict(p=MT, s="heard", t="was it um the same booking both times or did you have to rebook it yourself after the first one", m="Q"),
    dict(p=MT, s="heard", t="I'm really sorry about that, the engineers are subcontracted though, and it's them that keep missing these", m="", v=["blame"], n="contrastive 'though' leads straight into blame: cancels the apology"),
    dict(p=MT, s="heard", t="I know you waited in all morning but the window's only an estimate, it says so on your confirmation", m="", v=["correcting"], n="'but' leads into correcting: cancels the acknowledgement"),
    dict(p=MT, s="heard", t="I know, I know, you've been let down twice, I get it. but there's no need to shout at me about it", m="", v=["calm_down"], n="'but' leads into calm_down: cancels the acknowledgement"),
    dict(p=MT, s="heard", t="thanks for going through all that. our notes do say the technition turned up the second time and left a card though", m="G", v=["doubt"], n="thanks stand beside the doubt; 'technition' mis-hearing"),
    dict(p=MT, s="options", t="um so what I can do is wipe the installation charge and pop a months credit on your bill, and then get you the eight o'clock slot so you're first on his list. how does that sound", m="OIQ"),
    dict(p=MT, s="options", t="look I'll just refund the lot, everything you've paid since you signed up, and we'll cover the wages you lost on both days too", m="O", v=["over_promise"], n="full refund and lost wages are beyond the allowed remedies"),
    dict(p=MT, s="options", t="do you want me to book the eight am slot, he'd be the first job of the day so there's no sitting around, or is there a day that's easier with work", m="OIQ"),
    dict(p=MT, s="commitment", t="right, that's booked, tuesday at eight, first call of the day, and the fee's come off as of now", m="OC"),
    dict(p=MT, s="commitment", t="I'm going to ring the area manager myself once we're off the phone and I'll text you his name by three.", m="C"),
    dict(p=MT, s="close", t="thanks so much Bernadette. I'll give you a ring monday evening just to make sure tuesday's still on", m="CG"),
    dict(p=MT, s="heard", t="thank you for explaining all that. you took two days off, you waited all morning both times, and nobody even had the decency to ring you. I'm so sorry.", m="AEG"),
    dict(p=MT, s="heard", t="so that's twice now you've rearranged work around us for nothing. how's your boss been about it", m="AQ"),
    dict(p=MT, s="heard", t="our apologies if the engineer visits put you out at all", m="", v=["non_apology"], n="'apologies if…'"),
    dict(p=MT, s="heard", t="it's a broadband install, not open heart surgery, you'll survive another week", m="", v=["insult", "dismissal"], n="put-down that also minimises the problem"),
    dict(p=MT, s="options", t="I'm really sorry, you shouldn't of had to lose a day's pay twice over this. I can waive the install fee, add a month's credit and get you the first slot, eight sharp. shall I go ahead and book it", m="AEOIQ", n="'shouldn't of' mis-hearing"),
    dict(p=MT, s="heard", t="keep talking to me like that and I'll put a note on your account and you can wait for someone else to call you", m="", v=["threat_back"]),

    # ---------------------------------------------------------------- lost-express (Marcus)
    dict(p=LE, s="vent", t="right. and that was tuesday night you sent it?", m="Q", n="clarifying question while venting, not a request for account details"),
    dict(p=LE, s="vent", t="ah no, I'm sorry Marcus, that's awful. have you got the consignment number there", m="EQ", v=["premature_details"]),
    dict(p=LE, s="vent", t="okay... yep, still here, go on", m=""),
    dict(p=LE, s="heard", t="you paid extra for overnight so your customer wasn't left with a dead fridge, and it's just vanished. that's gutting.", m="AE"),
    dict(p=LE, s="heard", t="so like nothing on the tracking since the driver picked it up, and your client's been on at you ever since", m="A"),
    dict(p=LE, s="heard", t="what was actually in the box, was it just the compressor or the control board as well", m="Q"),
    dict(p=LE, s="heard", t="okay I've got the booking up, collected monday at ten past four from your unit", m="", n="lookup, not a restatement"),
    dict(p=LE, s="heard", t="the evidence I've got says it left the depot intact", m="", v=["accusation"]),
    dict(p=LE, s="heard", t="mate, take a breath, shouting at me won't bring the parcel back", m="", v=["calm_down"]),
    dict(p=LE, s="options", t="I can get a same day courier to pick up new parts from you and run them straight to the restaurant, on us. want me to set that up", m="OIQ"),
    dict(p=LE, s="options", t="I'll have the replacement parts at the restaurant by eleven tomorrow morning, guaranteed", m="OC", v=["over_promise"], n="a replacement is allowed, a guaranteed delivery time is not; the step has a time"),
    dict(p=LE, s="commitment", t="the trace is live now, and I've booked the courier to collect from your unit at two", m="OC"),
    dict(p=LE, s="commitment", t="I'm sorry again. I'll chase the hub manager and ring you back before half four with whatever they've found", m="EC"),
    dict(p=LE, s="close", t="cheers for your patience Marcus. the refund on the express should land in three to five days and I'll update you on the trace by noon tomorrow", m="OCG"),
    dict(p=LE, s="heard", t="that's put you in an awful spot with the restaurant hasn't it, they'll be thinking it's you that's let them down. have they given you a deadline?", m="AEQ", n="tag 'hasn't it' is no question; the deadline question is"),
    dict(p=LE, s="heard", t="I really appreciate you giving me all the detail on the box, that'll help the depot find it", m="G"),
    dict(p=LE, s="heard", t="I'll get a claim started for the parts. for something that pricey you'd really want the extra cover next time though, standard liability doesn't go far", m="O", v=["correcting"], n="a claim up to the limit is allowed; the lecture comes after the offer"),
    dict(p=LE, s="heard", t="I'm sorry if the delivery wasn't up to what you expected", m="", v=["non_apology"]),
    dict(p=LE, s="heard", t="I'm so sorry Marcus, that's a disaster for you. the courier's obviously lost it, they're hopeless", m="E", v=["blame"], n="no 'but': the apology stands beside the blame"),
    dict(p=LE, s="heard", t="I'm so sorry Marcus. you paid for overnight and it's gone missing with a customer waiting on you. I can refund the express charge and get new parts couriered to the restaurant today at our cost. would that get you out of the hole?", m="AEOIQ", n="'today' inside an offer: not a commitment"),
    dict(p=LE, s="options", t="I can't pay out for work you might lose, that's not something I'm able to sign off, but I can put a claim in for the parts and get a trace going. want me to do both?", m="OIQ", n="honest limit, not a policy wall; refusing lost business is no over-promise"),
    dict(p=LE, s="commitment", t="cheers for hanging on. I'm on to the depot now and you'll hear back from me before two", m="CG"),
    dict(p=LE, s="options", t="I know it's your name on the line with that restaurant. I can get the replacement couriered straight to them today, on us, and refund your express fee. does that work?", m="AOIQ"),

    # ---------------------------------------------------------------- escalated-exec (Eleanor Ashcombe)
    dict(p=EE, s="vent", t="I'm listening, Ms Ashcombe", m=""),
    dict(p=EE, s="vent", t="before we get into it could I take your client ID and the contract reference", m="Q", v=["premature_details"]),
    dict(p=EE, s="heard", t="three outages in one quarter, every one of them over the SLA, and your warehouses at a standstill each time. I've got that.", m="A"),
    dict(p=EE, s="heard", t="and you've had to go all the way to our chief exec to get anyone to listen. I'm sorry, that should never have been necessary.", m="AE"),
    dict(p=EE, s="heard", t="uh how long were the sites actually down for on the last one", m="Q"),
    dict(p=EE, s="heard", t="our monitoring only shows two incidents that breached, are you sure about the third?", m="", v=["doubt"], n="'are you sure' is not a real question"),
    dict(p=EE, s="heard", t="the records show your team pushed a config change on the twelfth, and that's what triggered the last outage", m="", v=["accusation", "correcting"], n="README rule 10: the customer's error insisted on through records"),
    dict(p=EE, s="heard", t="go to your lawyer if you like, but the exit penalties will hurt you a lot more than us", m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="any exit has to follow the notice process in the master agreement, that's the process for every client", m="", v=["policy"]),
    dict(p=EE, s="options", t="what I can put on the table today is the full SLA credit for the quarter and a named account manager who owns your account end to end. is that something you'd be willing to take back to your team?", m="OIQ"),
    dict(p=EE, s="commitment", t="I know you've had enough of promises from us, so here it is plainly. the service credit for the quarter goes on today, and your root-cause report will be with you by friday the twentieth", m="OC"),
    dict(p=EE, s="options", t="I can promise you there won't be a fourth outage", m="", v=["over_promise"], n="bare guarantee: over_promise without options"),
    dict(p=EE, s="commitment", t="your named account manager is tom reyes, and he'll call you tomorrow at nine to go through the credit", m="OC"),
    dict(p=EE, s="commitment", t="thank you for giving me the chance. I'll have our head of platform call you before five today", m="CG", n="a callback with a time is a commitment, not options"),
    dict(p=EE, s="close", t="thanks for your time eleanor. I'll email you a summary of everything we've agreed within the hour. anything else you need from me before then?", m="CGQ", n="ending check: question, not asks_input"),
    dict(p=EE, s="heard", t="I appreciate you being this direct with me. three outages in a quarter is three too many, and having to email our CEO just to be heard is on us. I'm sorry", m="AEG"),
    dict(p=EE, s="heard", t="that's a horrible position to be put in, three times in one quarter, with your own board watching", m="AE"),
    dict(p=EE, s="heard", t="thanks ever so much for the threats, very constructive", m="", v=["insult"], n="sarcastic thanks: not gratitude"),
    dict(p=EE, s="heard", t="I'm sorry, I really am, but outages happen on any platform, it's the nature of it", m="", v=["dismissal"], n="'but' leads into dismissal: cancels the apology"),
    dict(p=EE, s="options", t="I know the credit doesn't give you back the lost shifts. alongside it I'd like to give you a named account manager and a root cause report by end of next week. which of those matters more to you?", m="AOIQ", n="the date sits inside an offer: not a commitment"),
    dict(p=EE, s="heard", t="you're right, three outages is unacceptable. the last two were down to our hosting provider, not us directly", m="A", v=["blame"], n="no contrastive connective: the acknowledgement stands beside the blame"),
    dict(p=EE, s="heard", t="I'm sorry you feel we haven't taken this seriously enough", m="", v=["non_apology"]),
    dict(p=EE, s="heard", t="I'm frustrated as well, I've been chasing engineering all week about this", m="", n="the agent's own feelings, not empathy"),
    dict(p=EE, s="heard", t="your whole operation runs on us and we've stopped it dead three times since january. I'd be furious as well.", m="AE"),

    # ---------------------------------------------------------------- vip-client (Julian Fairclough)
    dict(p=VC, s="vent", t="mr fairclough, if you could just lower your voice a little", m="", v=["calm_down"]),
    dict(p=VC, s="vent", t="of course. go on", m=""),
    dict(p=VC, s="heard", t="so the funds were meant to land wednesday for completion, they turned up friday afternoon, and you only found out because the seller's solicitor rang you", m="A"),
    dict(p=VC, s="heard", t="hearing it from the other side of the deal must have been mortifying. I'm so sorry.", m="AE"),
    dict(p=VC, s="heard", t="that's an awful few days to have had", m="E"),
    dict(p=VC, s="heard", t="Did the completion go through in the end?", m="Q"),
    dict(p=VC, s="heard", t="large transfers are held for compliance checks, that's the process and I can't change it", m="", v=["policy"]),
    dict(p=VC, s="heard", t="so your position is that the instruction went in on time", m="", v=["accusation"], n="restatement framed as a claim"),
    dict(p=VC, s="heard", t="well if Sterling and Marsh are so marvellous, don't let us keep you", m="", v=["threat_back", "insult"], n="sarcastic answer to a competitor threat"),
    dict(p=VC, s="options", t="I'd like to reverse the fees on that transfer and put you in touch with one of our senior relationship bankers, with her own direct number. would that help?", m="OIQ"),
    dict(p=VC, s="close", t="Thank you for bearing with me, sir. The fees are reversed and your same-day transfers are live from tomorrow morning.", m="OCG"),
    dict(p=VC, s="options", t="I'm so sorry. I'll waive all the fees on your accounts for the year and have the chief executive ring you himself", m="EO", v=["over_promise"], n="a year of free banking and a CEO call are beyond the allowed remedies"),
    dict(p=VC, s="commitment", t="the fee reversal's done, you'll see it tonight, and alistair grant from the senior team will ring you tomorrow before ten with his direct line", m="OC"),
    dict(p=VC, s="commitment", t="I'm putting it in front of the head of payments this afternoon and I'll call you back at four with her answer", m="C"),
    dict(p=VC, s="close", t="thank you for being so patient with me, sir, and I'm sorry again about wednesday.", m="EG"),
    dict(p=VC, s="heard", t="you trusted us with the biggest purchase of your life and we nearly lost it for you. I'm truly sorry. what would you need from us to feel confident again?", m="AEIQ"),
    dict(p=VC, s="heard", t="I appreciate you calling us rather than just moving your money elsewhere", m="G"),
    dict(p=VC, s="heard", t="I only look after the private client line I'm afraid, payments is a separate team", m="", v=["dismissal"]),
    dict(p=VC, s="heard", t="and the worst bit is nobody here picked up the phone to warn you", m="A"),
    dict(p=VC, s="heard", t="the correspondent bank held it for a day, that's where it went wrong. I'll reverse the transfer fee for you though", m="O", v=["blame"], n="the offer after the blame stands"),
    dict(p=VC, s="options", t="before I suggest anything, what would matter most to you from here?", m="IQ"),
    dict(p=VC, s="heard", t="you're right, you should have heard it from us first, not from the seller's solicitor. I'm going to find out exactly where it stalled and ring you back by five", m="AC"),
    dict(p=VC, s="options", t="You had a completion date and we made you miss it. Going forward I can put all your transfers on same-day priority so they're never sat in a queue. Shall I set that up?", m="AOIQ"),

    # ---------------------------------------------------------------- failed-twice (Kelly Brennan)
    dict(p=FT, s="vent", t="can I just grab the serial number off the machine first", m="Q", v=["premature_details"]),
    dict(p=FT, s="vent", t="oh no, not again. I'm so sorry", m="E"),
    dict(p=FT, s="heard", t="so it's been fixed, broke, fixed again, broke again, and the supervisor who was meant to ring you monday never did", m="A"),
    dict(p=FT, s="heard", t="two weeks of lugging everything to the launderette for a machine that's barely seven months old, I'd be tearing my hair out", m="AE"),
    dict(p=FT, s="heard", t="um what's it doing this time, is it not draining or is it not spinning", m="Q"),
    dict(p=FT, s="heard", t="you were told on monday you'd hear back within a day and you heard nothing, right?", m="AQ", n="check-back question"),
    dict(p=FT, s="heard", t="those drums don't like being overloaded, might be worth doing smaller loads", m="", v=["correcting"]),
    dict(p=FT, s="heard", t="has it actually broken, or could the child lock just be on", m="", v=["doubt"], n="doubting question, not a real one"),
    dict(p=FT, s="heard", t="I mean it's a washing machine, it's hardly the end of the world.", m="", v=["dismissal"], n="minimising"),
    dict(p=FT, s="heard", t="Kelly, shouting isn't going to get it fixed any quicker", m="", v=["calm_down"]),
    dict(p=FT, s="options", t="I can either swap it for a brand new one, same model, with another two years warranty on top, or get a senior engineer out to you this week and leave you a loan machine while it's sorted. which would you prefer", m="OIQ"),
    dict(p=FT, s="options", t="I'll send you out the newer model instead, it's a better machine anyway, no charge", m="O", v=["over_promise"], n="an upgrade is beyond the allowed remedies"),
    dict(p=FT, s="options", t="we can only do like for like, that's the rule, so it'll be the same model with an extended warranty", m="O", v=["policy"], n="a policy wall beside a real offer"),
    dict(p=FT, s="commitment", t="your senior engineer's booked for thursday morning and the loan machine's coming wednesday afternoon", m="OC"),
    dict(p=FT, s="commitment", t="I'm sorry nobody rang you monday. the replacement's ordered, it'll be with you saturday, and I'll call friday evening to confirm the time", m="AEOC", n="'sorry' + the actual event"),
    dict(p=FT, s="close", t="thanks Kelly, you've been a lot more patient than I would have been. I'll ring you saturday afternoon to check it's in and working", m="CG"),
    dict(p=FT, s="heard", t="if you're going to be abusive I'll just close this complaint and then nobody will be calling you", m="", v=["threat_back"]),
    dict(p=FT, s="heard", t="thanks for keeping at it with us Kelly. seven months old, two repairs, still packing in, and then the callback you were promised monday never came. I'm really sorry.", m="AEG"),
    dict(p=FT, s="heard", t="thank you for bearing with us this long, honestly I'm so sorry", m="EG"),
    dict(p=FT, s="options", t="I'm really sorry Kelly. would you rather a new machine or a repair?", m="EOIQ", n="choice between remedies"),
    dict(p=FT, s="heard", t="so according to you nobody's contacted you since monday", m="", v=["accusation"]),
    dict(p=FT, s="commitment", t="I'll get the supervisor to call you back as soon as they're free", m="", n="no time: not a commitment"),
    dict(p=FT, s="commitment", t="I'm flagging this to the supervisor's manager now, and I'll ring you back at half three today", m="C"),
    dict(p=FT, s="options", t="you've been without a machine for two weeks because of us, and I'm sorry for that. I can get a senior engineer to you this week and drop a loan machine round before then. would that help in the meantime?", m="AEOIQ"),

    # ---------------------------------------------------------------- billing-error (Margaret Ellison)
    dict(p=BE, s="vent", t="yes, I'm following you", m=""),
    dict(p=BE, s="vent", t="could I take the postcode on the account first please, Mrs Ellison", m="Q", v=["premature_details"]),
    dict(p=BE, s="heard", t="so you cancelled, two payments still went out after that, and the chat told you last week it was sorted when it wasn't", m="A"),
    dict(p=BE, s="heard", t="on a pension an overdraft fee isn't small change, I completely understand why you're upset", m="AE", n="README rule 1"),
    dict(p=BE, s="heard", t="that must have been such a shock seeing that on your statement", m="E"),
    dict(p=BE, s="heard", t="has your bank said anything about whether they'd take the fee back?", m="Q"),
    dict(p=BE, s="heard", t="I'm sorry you're so upset about the charges", m="", v=["non_apology"], n="sorry you are upset: README rule 7"),
    dict(p=BE, s="heard", t="you'd have been billed for the month you gave notice in, you see, the notice period is explained when you sign up", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="are you sure it was cancelled? there's nothing on here showing a cancellation", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="I heard you the first time, there's no need to keep repeating yourself", m="", v=["insult"]),
    dict(p=BE, s="options", t="what I'd like to do is put both payments back and pay the overdraft fee your bank took. do you want the cancellation confirmed in writing too?", m="OIQ", n="no time on the refund: an offer, not a commitment"),
    dict(p=BE, s="options", t="I'll refund both charges and stick three months free on the account for all the bother", m="O", v=["over_promise"]),
    dict(p=BE, s="heard", t="so Kevin on the chat told you it was all sorted?", m="AQ", n="check-back question"),
    dict(p=BE, s="commitment", t="both refunds have gone through now and the overdraft fee will be back in your account by thursday", m="OC"),
    dict(p=BE, s="commitment", t="thank you, Margaret. the confirmation letter will go out in tonight's post", m="OCG", n="written confirmation is an allowed remedy"),
    dict(p=BE, s="close", t="you've been very gracious, Margaret, thank you. and sorry again that you had to ring us twice", m="AEG", n="'sorry' + the actual event (README rule 7)"),
    dict(p=BE, s="heard", t="thank you for explaining it so clearly. you cancelled in good time, still got billed twice, and then got told it was fixed. I'm very sorry.", m="AEG"),
    dict(p=BE, s="heard", t="that's the payments team's mess, not mine, they should've stopped the direct debit the day you cancelled", m="", v=["blame"], n="pointing at another team, not owning it"),
    dict(p=BE, s="options", t="would you like the refund to go back onto your debit card, or as a cheque? and I can reimburse the overdraft fee in the same go", m="OIQ"),
    dict(p=BE, s="heard", t="I- I'm so sorry about this, Mrs Ellison. the refund can't be raised until the payment's fully settled, the system won't let me", m="E", v=["policy"], n="no 'but': the apology stands beside the policy wall"),
    dict(p=BE, s="heard", t="for the record, you're saying you cancelled on the third", m="", v=["accusation"]),
    dict(p=BE, s="heard", t="what would put your mind at rest, Margaret?", m="IQ"),
    dict(p=BE, s="options", t="I'm so sorry it's been such a worry, and on a fixed income too. I can refund both charges today and reimburse the overdraft fee. shall I do that now?", m="EOIQ", n="'today' inside an offer"),
    dict(p=BE, s="options", t="you shouldn't be out of pocket for something you'd already cancelled, so I'm refunding both charges and the overdraft fee, I'm so sorry about all of it", m="AEO", n="no time: options, not commitment"),
    dict(p=BE, s="commitment", t="I'll ring you on friday morning to make sure both refunds and the fee have landed", m="C"),

    # ---------------------------------------------------------------- generic
    dict(p=None, s="vent", t="uh-huh", m=""),
    dict(p=None, s="vent", t="sorry to cut in, what's the account number", m="Q", v=["premature_details"], n="'sorry' as politeness"),
    dict(p=None, s="vent", t="okay, enough, stop yelling and let me speak", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="okay so you've rung three times, been promised a callback every time and nobody's ever rung you back", m="A"),
    dict(p=None, s="heard", t="I can hear how fed up you are with all this", m="AE", n="README rule 1"),
    dict(p=None, s="heard", t="ugh, that's such a horrible thing to happen.", m="E"),
    dict(p=None, s="heard", t="when did you first notice something wasn't right?", m="Q"),
    dict(p=None, s="heard", t="thank you for letting us know, genuinely, a lot of people just don't bother", m="G"),
    dict(p=None, s=None, t="well, I'm sorry you see it that way", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="oh no, so the engineer left it worse than before? I'm so sorry. is it usable at all right now?", m="AEQ"),
    dict(p=None, s="heard", t="I'd love to help but the system just won't let me override it", m="", v=["policy"]),
    dict(p=None, s="heard", t="honestly, do you speak to everyone like this or is it just me", m="", v=["insult"], n="hostile question, not a real one"),
    dict(p=None, s=None, t="if you want to take it to the ombudsman, be my guest.", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="you've been messed about from start to finish, no wonder you've had enough", m="AE"),
    dict(p=None, s="heard", t="hm, that's a new one, that's never happened to anyone else I've spoken to", m="", v=["doubt"]),
    dict(p=None, s="heard", t="I understand the courier's running a bit behind today", m="", n="information that starts 'I understand': not acknowledgement"),
    dict(p=None, s="options", t="I'm sorry it's dragged on like this. it's up to you, I can put the money back on your card or get a fresh one sent out, whichever suits", m="EOI", n="imperative invitation: asks_input without a question"),
    dict(p=None, s="options", t="uh what I can do is, um, refund the delivery charge and get a new one out to you on the next day service. would that be okay?", m="OIQ"),
    dict(p=None, s="options", t="is there something specific you had in mind that'd make this right?", m="IQ"),
    dict(p=None, s="options", t="I'll put a credit on the account for the month you were without it", m="O"),
    dict(p=None, s="options", t="there's not really an option for me to do any more than that, sorry", m="", v=["dismissal"], n="'option' without an offer; 'sorry' apologises for the refusal"),
    dict(p=None, s="commitment", t="I'm emailing the team the second we hang up and I'll update you by lunchtime tomorrow", m="C"),
    dict(p=None, s="commitment", t="the credit's gone on just now and your going to get an email confirming it within ten minutes", m="OC", n="'your' for 'you're'"),
    dict(p=None, s="commitment", t="someone from the team will be in touch shortly", m="", n="vague: no time"),
    dict(p=None, s="commitment", t="I've put it through as urgent and you'll get a call from the depot before six tonight", m="C"),
    dict(p=None, s="close", t="anything else on the account you want me to look at while I've got you?", m="Q", n="ending check: question, not asks_input"),
    dict(p=None, s="close", t="really appreciate you sticking with us through all this. you'll have the confirmation email within the hour", m="CG"),
    dict(p=None, s="close", t="no no, no need to thank me, it's what I'm here for", m="", n="declining thanks is not gratitude"),
    dict(p=None, s=None, t="god, if that happened to me I'd be straight on the phone too", m="E"),
    dict(p=None, s=None, t="I'll have a word with someone about it", m="", n="vague, no remedy, no time"),
    dict(p=None, s="heard", t="I'm really sorry, that's three weeks you've been waiting and chasing. what would be the best outcome for you now?", m="AEIQ"),
    dict(p=None, s="heard", t="thanks for bearing with me. so the box turned up crushed and whatever was inside was smashed, yeah?", m="AGQ", n="check-back question"),
    dict(p=None, s="heard", t="sorry, do you mind if I pop you on hold for a sec while I pull your notes up", m="IQ", n="'sorry' as politeness; asks permission"),
    dict(p=None, s="heard", t="right, so it arrived broken and the replacement never came either. that's really poor, I'm sorry. I'll send another one out on the express service at no charge", m="AEO"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "k", Path(__file__).with_name("replies_extra14.jsonl"))
