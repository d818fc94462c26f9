"""Source of `replies_extra10.jsonl`: a tenth batch of hand-written trainee replies (tune split only).

Written one at a time by someone who had not read the held-back part of `replies.jsonl` nor the
judge's code (judge, lexicon, patterns, learned model). It is an unseen check of how the judge
generalises on VIOLATIONS said in everyday words, the way a stressed trainee really slips: blame
pushed onto the courier, the depot, an engineer, another team, the customer's bank or "the system";
policy walls in plain words; quiet disbelief ("that's odd, I've got him down as attended"); lecturing
("just so you know for next time", "you should of rang us"); sarcasm, condescension and snapping;
minimising and passing the customer to another team; threatening back. Many carry none of the
obvious keywords, some sit next to a sincere mark (an apology, then a blame) and some hold two
kinds. Beside them are hard negatives: replies with words that look like faults but are fine
(honest limits, "that's on us", "no need to apologise", "I won't let this drop", "that's odd" about
our own tracking, asking for details once the customer has been heard), and plain good replies.
Whisper-style text (lowercase, fillers, run-ons, the odd mis-hearing) mixed with properly
punctuated lines. Nothing is generated from a template. Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra10.jsonl` next to it (ids p0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- blame
    dict(p=LE, s="heard", t="look once it leaves our depot the courier's responsible for it, so really it's them that's lost it", m="", v=["blame"]),
    dict(p=MT, s="heard", t="yeah so the um the tech is actually from an outside firm, we just do the bookings, so it's them that didn't turn up really", m="", v=["blame"]),
    dict(p=BE, s="heard", t="I'm so sorry. Kevin on the chat obviously didn't put the cancellation through properly, that one's his mistake", m="E", v=["blame"], n="sincere apology first, no 'but': empathy stands beside the blame on another agent"),
    dict(p=EE, s="heard", t="um the one on the fourteenth was our data centre provider, their power went down, it wasn't actually our software", m="", v=["blame"]),
    dict(p=FT, s="heard", t="honestly it sounds like whoever came out the second time just didn't know what he was doing", m="", v=["blame"], n="fault-finding against an engineer, no keyword"),
    dict(p=VC, s="heard", t="The hold-up was on the receiving bank's side, sir. They sat on the funds for two days.", m="", v=["blame"]),
    dict(p=None, s="heard", t="that'll be the system, it just does that every now and then, it's not something any of us did", m="", v=["blame", "dismissal"], n="blames 'the system' and brushes it off as something that happens"),
    dict(p=BE, s="heard", t="the overdraft fee though, that's your bank that's charged you that, not us", m="", v=["blame"]),
    dict(p=LE, s="options", t="I'll refund the express fee today, it's the least we can do when the depot's lost it. they're always losing stuff over there", m="OC", v=["blame"], n="'I'll ... today' is a commitment; running down the depot is blame"),
    dict(p=EE, s="heard", t="I hear you, but your own IT team picked that upgrade window, so some of the downtime is on your side", m="", v=["blame"], n="'but' into blaming the customer cancels the acknowledgement"),
    dict(p=MT, s="heard", t="I'm really sorry nobody rang you. dispatch are supposed to ring ahead and they just didn't bother", m="E", v=["blame"], n="apology then blame on another team, no contrastive connective"),
    dict(p=BE, s="heard", t="to be fair you did cancel right on top of the billing date, so it's partly your end as well", m="", v=["blame", "correcting"]),

    # ---------------------------------------------------------------- policy
    dict(p=BE, s="heard", t="once it's been through the billing run it has to go to the refunds team and they take ten working days, there's no way round that", m="", v=["policy"]),
    dict(p=FT, s="heard", t="i'm really sorry but we can't send anyone else out until the first job's been closed off on the system", m="", v=["policy"], n="'sorry but' into a system wall: no empathy"),
    dict(p=LE, s="heard", t="you'd have to wait the full five working days before we can class it as lost, that's just the procedure", m="", v=["policy"]),
    dict(p=VC, s="heard", t="I do understand, sir, though every instruction goes through the same compliance queue whoever the client is.", m="", v=["policy"], n="contrastive 'though' into a policy wall cancels the acknowledgement"),
    dict(p=EE, s="heard", t="anything about the contract has to come in through the formal disputes address, I can't take it over the phone", m="", v=["policy"]),
    dict(p=MT, s="options", t="the fee's automatic I'm afraid, the system just adds it on and I can't take it off manually", m="", v=["policy"]),
    dict(p=None, s="heard", t="sorry, it's company policy. I don't make the rules", m="", v=["policy", "dismissal"]),
    dict(p=BE, s="commitment", t="I've put the refund request in. you'll need to email us a copy of your bank statement before it can be released though, that's how it works", m="O", v=["policy"], n="refund is a remedy; no time so no commitment; paperwork wall is policy"),
    dict(p=FT, s="heard", t="I understand, I do, and I'm sorry. the callback requests all go into a queue and I can't jump it for anyone", m="AE", v=["policy"], n="no 'but': marks stand beside the wall"),
    dict(p=LE, s="options", t="so I can only do the refund on the express bit if you fill in the claim form online, I can't do it from here", m="O", v=["policy"]),
    dict(p=BE, s="heard", t="thank you for waiting. the overdraft fee's between you and your bank, we're not allowed to pay back third party charges", m="G", v=["policy"], n="reimbursing the overdraft fee is allowed, so this is a wall"),

    # ---------------------------------------------------------------- doubt
    dict(p=MT, s="heard", t="that's odd, I've got a note here saying the technician attended and left a card", m="", v=["doubt"]),
    dict(p=LE, s="heard", t="hm. it's showing as delivered on my screen, signed for at ten past nine", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="are you definitely looking at two charges? sometimes one of them's just a pending one that drops off", m="", v=["doubt", "correcting"], n="disbelief plus explaining the customer's supposed misreading"),
    dict(p=VC, s="heard", t="Really? Two days? Because on our side it shows as sent on the Tuesday.", m="", v=["doubt"]),
    dict(p=EE, s="heard", t="I've only actually got one outage logged this quarter, not three", m="", v=["doubt"]),
    dict(p=FT, s="heard", t="it's a really solid machine that one, we hardly ever see them come back", m="", v=["doubt"], n="implies the fault is unlikely: 'it's never happened' type"),
    dict(p=None, s="heard", t="hmm that's not usually how it works, you sure it was us you spoke to and not your bank", m="", v=["doubt"], n="rhetorical 'you sure', not a real question"),
    dict(p=BE, s="vent", t="really? we don't normally charge anyone after they've cancelled", m="", v=["doubt"]),
    dict(p=MT, s="heard", t="I'd be surprised if nobody rang, they always ring ahead when they're running late", m="", v=["doubt"]),
    dict(p=LE, s="heard", t="I'm sorry, I know it's stressful. are you sure it wasn't left with a neighbour or something", m="E", v=["doubt"], n="'are you sure' is doubting, not a real question; the apology stands"),
    dict(p=VC, s="heard", t="with respect, the payment shows as released on time at our end, so I'm not sure where a delay would have come from", m="", v=["doubt"]),
    dict(p=FT, s="heard", t="I hear how frustrating that is. it's strange though, the engineer's notes say it was running fine when he left", m="", v=["doubt"], n="contrastive 'though' leads into doubt: acknowledgement and empathy cancelled"),

    # ---------------------------------------------------------------- correcting
    dict(p=BE, s="heard", t="just so you know for next time, cancelling doesn't stop a payment that's already been scheduled", m="", v=["correcting"]),
    dict(p=LE, s="heard", t="overnight's not actually guaranteed, it does say on the booking page it's next day where possible", m="", v=["correcting"]),
    dict(p=MT, s="heard", t="you should of rang us when he was an hour late, we could of chased it up then", m="", v=["correcting"], n="'should of' mis-hearing"),
    dict(p=EE, s="heard", t="As stated in section four of the agreement, planned maintenance doesn't count towards the SLA.", m="", v=["correcting"]),
    dict(p=FT, s="heard", t="I'm sorry it's gone again. but you're meant to run a drum clean every month or so, it's all in the manual", m="", v=["correcting"], n="'but' into a lecture cancels the apology"),
    dict(p=None, s="heard", t="okay but if you'd read the confirmation email it does explain all of this", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="technically you were billed for a month you'd already started, so it's not really a double charge as such", m="", v=["correcting"]),
    dict(p=LE, s="vent", t="well for parts that pricey you'd normally take out the extra cover", m="", v=["correcting"]),
    dict(p=EE, s="options", t="I can get the service credit applied. in future though it'd really help if your team logged a ticket first rather than going straight to the CEO", m="O", v=["correcting"], n="offer stands; then a lecture"),
    dict(p=BE, s="heard", t="thanks for explaining all that. just so you're aware, you'd have needed to cancel before the fifth for it to stop", m="G", v=["correcting"]),

    # ---------------------------------------------------------------- accusation
    dict(p=LE, s="heard", t="so you're alleging the parcel was never actually collected", m="", v=["accusation"]),
    dict(p=BE, s="heard", t="For the record, the cancellation reached us on the sixth, which was after the billing date.", m="", v=["accusation", "correcting"], n="insisting on the customer's error through the record (README rule 10)"),
    dict(p=VC, s="heard", t="you're saying we were negligent then, is that what you're putting to me", m="", v=["accusation"], n="court-room question, not a real one"),
    dict(p=EE, s="heard", t="we'd need to see proof of the operational losses you're claiming before this goes any further", m="", v=["accusation"]),
    dict(p=FT, s="heard", t="you did sign the job sheet to say you were happy, so on paper you accepted the repair", m="", v=["accusation", "correcting"]),
    dict(p=MT, s="heard", t="okay i'll just note down your version of events then", m="", v=["accusation"], n="'your version of events' is court-room language"),
    dict(p=None, s="heard", t="what exactly is it you're accusing me of", m="", v=["accusation"], n="hostile question"),

    # ---------------------------------------------------------------- calm_down
    dict(p=FT, s="vent", t="okay okay, deep breaths", m="", v=["calm_down"]),
    dict(p=BE, s="vent", t="Margaret, I need you to stop for a second and let me talk.", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="there's really no call to get worked up sir", m="", v=["calm_down"]),
    dict(p=EE, s="vent", t="can we keep this civil please", m="", v=["calm_down"], n="request, not a real question"),
    dict(p=LE, s="heard", t="mate, just take it down a notch yeah", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="I hear you, I really do, but shouting at me won't make it turn up any faster", m="", v=["calm_down"], n="'but' cancels the acknowledgement"),
    dict(p=MT, s="heard", t="I'm so sorry about both mornings. just try and relax a bit and we'll get it sorted", m="E", v=["calm_down"], n="apology stands; 'we'll get it sorted' is vague"),

    # ---------------------------------------------------------------- insult
    dict(p=BE, s="heard", t="right, and I suppose you've never made a mistake in your life", m="", v=["insult"], n="sarcasm"),
    dict(p=EE, s="heard", t="wow okay, must be nice having the CEO's email address", m="", v=["insult"], n="sarcasm"),
    dict(p=MT, s="vent", t="yeah you've said that. like three times now", m="", v=["insult"], n="snapping"),
    dict(p=VC, s="heard", t="I'm sure the other bank will roll out the red carpet for you, sir.", m="", v=["insult"], n="sarcastic jab at the competitor threat"),
    dict(p=LE, s="heard", t="I'm not a magician, I can't just make your parcel appear out of thin air", m="", v=["insult", "dismissal"]),
    dict(p=None, s="heard", t="okay, do you want to let me speak or do you want to keep going", m="", v=["insult"], n="hostile question like 'are you finished?'; not a question or asks_input"),
    dict(p=BE, s="heard", t="sweetheart it's two charges, it's not rocket science to put them back", m="", v=["insult"], n="condescension; no concrete offer made"),
    dict(p=EE, s="heard", t="I'll try and use small words then. the outage was upstream, not us", m="", v=["insult", "blame"]),
    dict(p=FT, s="heard", t="maybe have a look at the manual before ringing in next time", m="", v=["insult", "correcting"]),
    dict(p=VC, s="vent", t="mm-hm. are we done?", m="", v=["insult"]),
    dict(p=None, s="heard", t="thanks for your patience, genuinely. not that you've shown much of it", m="", v=["insult"], n="the thanks is undercut into sarcasm: no gratitude"),

    # ---------------------------------------------------------------- threat_back
    dict(p=BE, s="heard", t="you can go to the ombudsman if you like, they'll only tell you the same thing", m="", v=["threat_back"]),
    dict(p=LE, s="heard", t="if you're going to talk to me like that I will put the phone down", m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="if Ferrow want to walk that's your call, but the exit clause is pretty clear on penalties", m="", v=["threat_back", "correcting"], n="meets the cancellation threat with the penalty clause"),
    dict(p=VC, s="heard", t="feel free to take the portfolio elsewhere sir, nobody's stopping you", m="", v=["threat_back"]),
    dict(p=FT, s="heard", t="post whatever you like online, it won't change what the warranty covers", m="", v=["threat_back"]),
    dict(p=MT, s="vent", t="one more word like that and this call's over", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="keep it up and i'll be putting a note on your account", m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="a lawyer's fine honestly, we've got plenty of our own", m="", v=["threat_back"]),
    dict(p=None, s=None, t="I understand you're angry, and I want to help, but if you threaten me again I'm ending the call", m="", v=["threat_back"], n="'but' into a threat cancels acknowledge and empathise"),

    # ---------------------------------------------------------------- non_apology
    dict(p=MT, s="heard", t="sorry that it's been such a frustrating experience for you", m="", v=["non_apology"], n="apologises for the experience as felt, not for the missed visits"),
    dict(p=LE, s="heard", t="we do regret the inconvenience, obviously", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="I'm sorry if it came across like we hadn't cancelled it", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="Apologies if our communication wasn't quite the standard you're used to.", m="", v=["non_apology"]),
    dict(p=EE, s="heard", t="I'm sorry you see it that way, we really do value the partnership", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="aw sorry you're having a rough week with it", m="", v=["non_apology"], n="'bad day' type"),
    dict(p=None, s="heard", t="well I'm sorry you're unhappy, I really am", m="", v=["non_apology"]),
    dict(p=None, s="options", t="sorry for any confusion there, I'll get that refund processed for you today", m="OC", v=["non_apology"]),

    # ---------------------------------------------------------------- dismissal
    dict(p=FT, s="heard", t="I mean it's a washing machine, it's not the end of the world", m="", v=["dismissal"], n="minimising"),
    dict(p=LE, s="heard", t="honestly a few a week go walkabout, it's just one of them things", m="", v=["dismissal"], n="minimising"),
    dict(p=BE, s="heard", t="the refunds side is a different team, you'd have to ring them on the other number", m="", v=["dismissal"]),
    dict(p=EE, s="heard", t="I'm only on the support desk, contract stuff is way above me", m="", v=["dismissal"]),
    dict(p=VC, s="heard", t="two days isn't actually unusual for a transfer that size", m="", v=["dismissal"], n="minimising the delay"),
    dict(p=MT, s="heard", t="yeah they do run late sometimes, there's not much I can do about the engineers", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="I mean it's only a few quid, isn't it", m="", v=["dismissal"], n="tag is not a question"),
    dict(p=LE, s="options", t="there's not a lot more I can offer you to be honest", m="", v=["dismissal"]),
    dict(p=FT, s="heard", t="I get it, but I can't do anything about the callback, that's the supervisors", m="", v=["dismissal"], n="'but' into deflecting to another team"),
    dict(p=EE, s="heard", t="thanks for flagging it, but outages aren't something customer services can really comment on", m="G", v=["dismissal"], n="'but' cancels only acknowledge and empathise, not gratitude"),
    dict(p=None, s=None, t="that's not really on me, I'm afraid", m="", v=["dismissal"]),

    # ---------------------------------------------------------------- over_promise
    dict(p=MT, s="options", t="look I'll just refund the whole lot, everything you've paid since day one, you've earned it", m="O", v=["over_promise"]),
    dict(p=LE, s="commitment", t="the replacement's going on a same day courier and it will be with your client by three, guaranteed", m="OC", v=["over_promise"], n="courier is allowed; a guaranteed time the courier controls is not"),
    dict(p=BE, s="options", t="I'll refund both charges and the overdraft fee, and I'll pop three months free on as well to say sorry", m="O", v=["over_promise"]),
    dict(p=EE, s="options", t="I can speak to legal and get you released from the contract with no penalty, leave that with me", m="O", v=["over_promise"]),
    dict(p=VC, s="options", t="I'll have our chief executive ring you personally to apologise", m="O", v=["over_promise"]),
    dict(p=FT, s="heard", t="I promise you this one won't break down again, I'll make sure of it", m="", v=["over_promise"], n="bare guarantee: no options"),
    dict(p=None, s="options", t="whatever you want honestly, name it and it's yours", m="OI", v=["over_promise"], n="'name it' invites their preference; no question asked"),
    dict(p=EE, s="commitment", t="you'll have the root-cause report by friday, and I can guarantee you won't see another outage this year", m="OC", v=["over_promise"]),
    dict(p=FT, s="options", t="you've been so patient. tell you what, I can swap it for the nine kilo one, the model up from yours, no charge", m="O", v=["over_promise"], n="upgraded model is beyond the allowed remedies"),

    # ---------------------------------------------------------------- premature_details (vent only)
    dict(p=MT, s="vent", t="sorry to stop you, can I grab the postcode for the install", m="Q", v=["premature_details"]),
    dict(p=LE, s="vent", t="okay and have you got the tracking number there", m="Q", v=["premature_details"]),
    dict(p=VC, s="vent", t="Before we go any further I'll need to verify a couple of security details.", m="Q", v=["premature_details"], n="request for details phrased as a statement"),
    dict(p=EE, s="vent", t="right, can you give me the account ID so I can pull up the incident", m="Q", v=["premature_details"]),
    dict(p=BE, s="vent", t="I'm so sorry to hear that. what's the email address on the subscription", m="EQ", v=["premature_details"]),
    dict(p=FT, s="vent", t="uh huh, and the serial number on the back?", m="Q", v=["premature_details"]),
    dict(p=None, s="vent", t="mhm. date of birth please", m="Q", v=["premature_details"]),
    dict(p=LE, s="vent", t="I understand. can I just get your order reference first", m="AQ", v=["premature_details"]),

    # ---------------------------------------------------------------- hard negatives and good replies
    dict(p=LE, s="heard", t="our courier dropped the ball on this one and honestly that's on us, not you", m="A", n="names the courier but owns the failure: not blame"),
    dict(p=MT, s="options", t="I can't authorise a full refund, I'll be upfront about that, but I can waive the installation fee and put a month's credit on. would that go some way?", m="OIQ", n="honest limit, not a policy wall"),
    dict(p=None, s="heard", t="oh no need to apologise at all, you've every right to be cross", m="E"),
    dict(p=FT, s="heard", t="I'm so sorry you've had to go through all this with a machine that's barely seven months old", m="AE", n="'sorry you' + the actual event is sincere"),
    dict(p=BE, s="heard", t="I won't let this drop, Margaret. you cancelled, you got charged twice anyway, and that's our mistake", m="A", n="'won't let this drop' has no time: no commitment"),
    dict(p=VC, s="heard", t="you should have heard from us the moment it was held up, and you didn't. I'm sorry", m="AE", n="'should have' is about us, not correcting"),
    dict(p=EE, s="commitment", t="could I take the contract reference now so I can attach it to the report? you'll have the report by the twentieth", m="OCQ", n="asking for details after the vent is fine"),
    dict(p=MT, s="heard", t="are you okay to give me the postcode now, just so I can find the booking", m="Q", n="details after the vent; 'are you okay' is a real question"),
    dict(p=LE, s="heard", t="that's odd, the tracking hasn't moved at all since collection. I'm opening a trace on it right now", m="AOC", n="'that's odd' about our own tracking, not doubting the customer"),
    dict(p=BE, s="heard", t="I can see both charges here on the sixth, so you're absolutely right", m="A", n="a lookup that confirms the customer: not doubt"),
    dict(p=FT, s="heard", t="the system shows the callback was booked for tuesday and nobody made it, that's a failure on our part", m="A", n="'the system' used to own the mistake"),
    dict(p=None, s="heard", t="I'm not going to pretend that's okay, because it isn't", m="A", n="negation that agrees with the customer"),
    dict(p=EE, s="heard", t="I'm not here to argue the SLA with you. three breaches is three breaches, and I'm sorry", m="AE"),
    dict(p=VC, s="options", t="I'm not able to waive fees for a year, that's beyond me, but I can reverse the transfer fees today and put you straight through to a senior banker. shall I do both?", m="OIQ", n="honest limit then offer"),
    dict(p=MT, s="heard", t="honestly I'd be furious, and there's nothing unreasonable about what you're asking", m="E"),
    dict(p=None, s="close", t="thank you for sticking with it today, I know you didn't need another phone call", m="G"),
    dict(p=LE, s="heard", t="I bet your client's been giving you an earful, and that's down to us, not you", m="A"),
    dict(p=FT, s="options", t="there's no point sending the same engineer again. I can get a senior engineer out this week with a loan machine, or a like for like replacement, which would you rather", m="OIQ"),
    dict(p=BE, s="commitment", t="both charges and the overdraft fee are going back to you today, and you don't need to do a thing", m="OC"),
    dict(p=EE, s="heard", t="you shouldn't have had to email our CEO to get a straight answer. that's on us", m="A"),
    dict(p=VC, s="heard", t="sorry, I'm just pulling your transfer up now, bear with me", m="", n="'sorry' as a politeness marker"),
    dict(p=MT, s="vent", t="mm. go on", m=""),
    dict(p=LE, s="vent", t="okay. take your time", m=""),
    dict(p=BE, s="heard", t="you must be sick of explaining it by now. I'm sorry you've had to go over it all again", m="E"),
    dict(p=FT, s="close", t="I really hope that's the last you'll need to hear from us about it. thanks Kelly", m="G", n="a hope, not a guarantee"),
    dict(p=None, s="heard", t="I can't promise what the courier'll do, I'll be straight with you, but I'll ring you as soon as it's scanned", m="", n="honest limit; 'as soon as' is not a time"),
    dict(p=EE, s="options", t="I can't release you from the contract, that's not mine to give. what I can do is the service credit for the quarter and a named account manager. where would you like me to start?", m="OIQ", n="honest limit, not a policy wall"),
    dict(p=MT, s="options", t="so um would you want the eight o'clock first slot or is a saturday better for you", m="OIQ", n="rebooking choice"),
    dict(p=VC, s="heard", t="you're absolutely right to be angry about hearing it from the seller's solicitor first", m="AE"),
    dict(p=LE, s="heard", t="I've no reason to doubt you at all, the tracking says exactly what you've told me", m="A"),
    dict(p=BE, s="heard", t="no no don't be sorry, you did everything right, you cancelled it properly", m="A"),
    dict(p=FT, s="heard", t="you've been really calm about it, but I can tell this has pushed you to your limit", m="AE", n="'calm' describes the customer; 'but' leads into empathy"),
    dict(p=None, s="heard", t="thank you for being so honest with me about how bad it's been", m="G"),
    dict(p=MT, s="commitment", t="I know the last two were missed, so I've booked you the eight o'clock first slot on tuesday and I'll call you monday by five to confirm", m="AOC"),
    dict(p=EE, s="close", t="Thanks for hearing me out, Eleanor. The report's due with you on the twelfth, and I'll check in on the tenth.", m="OCG"),
    dict(p=LE, s="options", t="i know you wanted something for the client and I can't cover that, but I can refund the express fee and courier new parts over today at our cost, does that help at all", m="OIQ"),
    dict(p=VC, s="commitment", t="I've reversed the fees this minute, and Helen Crane, one of our senior bankers, will ring you before noon with her direct line.", m="OC"),
    dict(p=BE, s="heard", t="so it's not just the money, it's our chat telling you it was sorted when it wasn't. I completely understand", m="A"),
    dict(p=FT, s="heard", t="how many weeks has it been now without a working machine, if you don't mind me asking", m="Q"),
    dict(p=None, s="heard", t="I won't pass you on to anyone else, I'll deal with this myself", m="", n="promise without a time"),
    dict(p=EE, s="heard", t="I'm not going to make excuses for the third outage. it stopped your warehouses and it shouldn't have happened", m="A"),
    dict(p=LE, s="heard", t="god I'd hate to be in your shoes with that client on the phone", m="E"),
    dict(p=MT, s="options", t="i- I can take the fee off and um put a month's credit on as well, and get you the first slot, would that be alright", m="OIQ"),
    dict(p=BE, s="close", t="Thank you for your patience, Margaret, and I'm sorry again that it took two calls.", m="EG"),
    dict(p=VC, s="heard", t="I'm not saying this to fob you off, the senior team need to know about this, so I'll raise it with them by end of day", m="C", n="escalation with a time: commitment only"),
    dict(p=FT, s="heard", t="I understand you've got the two little ones, that's a mountain of washing without a machine", m="A"),
    dict(p=None, s="vent", t="mm-hm, I'm here", m=""),
    dict(p=EE, s="options", t="I'm not authorised to talk damages and I won't pretend otherwise. I can do the SLA credit and a root-cause report by the fifteenth. would that be a start?", m="OIQ", n="the date sits inside an offer"),
    dict(p=LE, s="commitment", t="right your express fee's been refunded just now and the trace is open, and I'll call you tomorrow at ten with an update", m="OC"),
    dict(p=MT, s="heard", t="I don't blame you for being fed up, two mornings lost is a lot", m="AE", n="'blame' word, no fault-finding"),
    dict(p=BE, s="heard", t="sorry, can I just check the last four digits of the card they came off", m="Q", n="politeness 'sorry'; details after the vent"),
    dict(p=None, s="heard", t="honestly that's a fair point, and I'm taking it on board", m="A"),
    dict(p=FT, s="commitment", t="I'm not going to promise it'll never break again, but the senior engineer's booked for thursday and you'll have a loan machine by wednesday", m="OC", n="refusing to guarantee is not over_promise"),
    dict(p=VC, s="heard", t="I'd feel exactly the same if my completion had been put at risk like that", m="AE"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "p", Path(__file__).with_name("replies_extra10.jsonl"))
