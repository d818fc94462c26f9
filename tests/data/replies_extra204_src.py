"""Source of `replies_extra204.jsonl`: batch 204, in the original set's style (tune split only).

Written by hand, one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is the
faults the original author labels insult, correcting, policy, blame and dismissal, each said in
every register from blunt to polite ("you're being unreasonable now", "I'm sure a gentleman of your
experience understands that banking isn't instantaneous"; "technically the first appointment got
cancelled by the system"; "them's the rules", "would you mind popping that in an email to the
complaints address?"; "that's them not me", "I'm afraid the error originated with one of our
logistics partners"; "that's not my department", "decisions on the contract sit well above my
level"). Beside them sit honest replies in similar words that commit none: a contractor or supplier
named only to take the failure back ("we chose them, so that's on us"), the terms or the system
quoted to side with the customer or as an obstacle got round, honest limits (rule 11), "I don't
know yet" with a dated step, another team named while the agent keeps hold of the case, shouting or
difficulty mentioned only to validate it, and real questions that look like doubt. A few good
replies and other faults keep the mix. Every persona, the generic `None`, and every stage appear.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra204.jsonl next to it (ids gw0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="mm. yeah. no, go on, I'm not stopping you", m=""),
    dict(p=MT, s="vent", t="ok well in fairness we did text you the night before", m="", v=["correcting"],
         n="educates her mid-vent about a text she supposedly got"),
    dict(p=MT, s="vent", t="[sighs] right. and then what, the second time", m="Q", v=["insult"],
         n="transcribed sigh is insult (rule 12); 'and then what' still invites her to go on, a real question "
           "like 'so what happened after that?'"),
    dict(p=MT, s="heard",
         t="the installers are subcontracted honestly so it's them that never turned up, I'm only passing on "
           "what they tell us", m="", v=["blame", "dismissal"],
         n="blames the contractor, then ducks it as a messenger"),
    dict(p=MT, s="heard",
         t="The installers are an outside firm, but we chose them and you booked with us, so that's on us. "
           "I'm sorry you lost two days' pay over it.", m="AE",
         n="hard negative: names the contractor only to take the failure back (rule 14); no blame"),
    dict(p=MT, s="heard",
         t="technically the first appointment got cancelled by the system, not the technician, so it wasn't a "
           "no show as such", m="", v=["correcting"]),
    dict(p=MT, s="heard", t="a day off work twice? oh come on, couldn't a neighbour have let him in", m="",
         v=["insult", "correcting"],
         n="mocking disbelief plus telling her what she should have done; rhetorical, not a question"),
    dict(p=MT, s="heard",
         t="you were in both mornings, you did everything we asked, and we didn't even ring you. there's nothing "
           "you could of done differently", m="A",
         n="hard negative: 'nothing' clears the customer, it does not duck the problem; 'could of' mis-hearing"),
    dict(p=MT, s="heard", t="there's nothing I can do about the technicians, I don't run their diaries", m="",
         v=["dismissal"]),
    dict(p=MT, s="heard",
         t="I don't run the technicians' diaries myself, but I can get into the booking system and lock in an "
           "eight am slot for you. would that help?", m="OIQ",
         n="hard negative: honest limit in the same words as the duck, then a first-slot booking"),
    dict(p=MT, s="options",
         t="the most I can do is take off the installation fee, a full refund's not possible, sorry but that's "
           "the rule", m="O", v=["policy"],
         n="'that's the rule' is a wall; 'sorry' apologises for the refusal; the fee waiver before it still counts"),
    dict(p=MT, s="options",
         t="I'm not able to refund the whole thing, I won't pretend otherwise. I can take the "
           "installation fee off, add a month's credit, and get you in first thing at eight. how does that sit "
           "with you?", m="OIQ", n="honest obstacle (rule 11), not a wall"),
    dict(p=MT, s="options", t="full refund's a no, them's the rules, but the fee I can knock off for you", m="O",
         v=["policy"]),
    dict(p=MT, s="commitment",
         t="ok so that's you in for eight am tuesday, first slot, and I'll ring you monday by four so you're not "
           "left guessing this time", m="OC"),
    dict(p=MT, s="close", t="thanks bernadette. and sorry again it's taken three goes to get right", m="EG"),
    dict(p=MT, s="heard",
         t="With the greatest respect, Mrs Kowalski, a broadband installation is hardly the end of the world.",
         m="", v=["insult"], n="polite register, but it belittles her reaction like 'it's one morning'"),
    dict(p=MT, s="heard",
         t="I know it's only broadband to some people but it's cost you two days' wages, that's real money",
         m="A", n="hard negative: quotes the minimising view to reject it; 'but' leads into acknowledgement"),
    dict(p=MT, s="heard", t="whoever booked you in the first time obviously put the wrong address on it", m="",
         v=["blame"], n="blames another agent"),
    dict(p=MT, s="heard",
         t="I appreciate that, however compensation for time off work isn't something our terms provide for",
         m="", v=["policy"], n="wall in polite words; 'I appreciate that' is not thanks"),
    dict(p=MT, s="heard", t="your right, nobody rang either time, and that's the least we should of done", m="A",
         n="'your' and 'should of' mis-hearings"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="ok but just so you know the courier does the actual delivery, not us", m="",
         v=["blame"]),
    dict(p=LE, s="heard",
         t="the overnight network's run by a partner firm, and I'll be on at them, but you paid us, so it's ours "
           "to sort out", m="A",
         n="hard negative: the partner is named only to own the failure ('ours to sort out', rule 14)"),
    dict(p=LE, s="heard", t="look mate, parcels go astray, happens every day, it's not the end of the world", m="",
         v=["dismissal"], n="minimising the loss (rule 9)"),
    dict(p=LE, s="heard",
         t="an express parcel shouldn't just vanish, and yours has, with your client waiting on it. that's not "
           "good enough from us", m="A"),
    dict(p=LE, s="heard",
         t="did you actually book the express or the standard overnight, cause they're two different services",
         m="", v=["correcting"],
         n="implies he picked the wrong service, like the postcode-on-the-label question; not a real question"),
    dict(p=LE, s="heard", t="when was it collected, roughly? I want to see where the trail goes cold", m="Q"),
    dict(p=LE, s="heard", t="the goods are only covered up to the liability limit, that's all in the terms you agreed to",
         m="", v=["correcting"], n="'it's in the terms'"),
    dict(p=LE, s="options",
         t="I'll be upfront with you, the parts themselves are only covered up to our standard limit. what I can "
           "do on top is send replacements by courier today, on us. want me to set that up?", m="OIQ",
         n="hard negative: the limit told once as an honest obstacle, not thrown at him as 'you agreed to it'"),
    dict(p=LE, s="heard", t="once it's with the courier it's out of my hands honestly, you'd have to take that up with them",
         m="", v=["dismissal"], n="sends him elsewhere, like 'you'll have to call the other number'"),
    dict(p=LE, s="options",
         t="I can't give you an exact time for it landing, the courier sets that on the day, but I'm booking the "
           "same-day pickup now and you'll get the tracking link the minute it's collected", m="OC",
         n="honest limit on a time the courier controls, not blame; the booking 'now' is a commitment"),
    dict(p=LE, s="heard",
         t="to be fair if it was that urgent a same-day service would've been the better choice in the first place",
         m="", v=["correcting"]),
    dict(p=LE, s="heard", t="I'd have thought a business your size would be insured for this sort of thing", m="",
         v=["correcting"], n="lectures him on what he should have had, like 'you should have checked sooner'"),
    dict(p=LE, s="heard", t="no no, you carry on shouting, I'll wait", m="", v=["insult"], n="sarcasm"),
    dict(p=LE, s="heard",
         t="you're not shouting at me, you're shouting about a compressor that's gone missing while your client's "
           "kitchen's down. fair enough", m="AE",
         n="hard negative: shouting mentioned only to validate it; no calm_down, no insult"),
    dict(p=LE, s="options",
         t="how about this, I put the express fee back, start a trace, and get a courier out with the replacement "
           "this afternoon. would that cover the urgent bit for your client?", m="OIQ",
         n="a proposal waiting for his answer: times inside it are offers (rule 3)"),
    dict(p=LE, s="commitment",
         t="right, the trace reference will be in your inbox within five minutes and the courier's booked to "
           "collect at two", m="OC"),
    dict(p=LE, s="close", t="cheers for bearing with me marcus, honestly. the express fee'll be back with you by tomorrow",
         m="OCG"),
    dict(p=LE, s="heard",
         t="I do apologise. Regrettably the depot in question is run by a third party and it was their scan that "
           "failed.", m="E", v=["blame"],
         n="no contrastive connective, so the apology stands beside the blame (rule 2)"),
    dict(p=LE, s="heard", t="I'm sorry, but the depot's run by a third party so really the missing scan is down to them",
         m="", v=["blame"], n="'sorry, but' into blame cancels the apology"),
    dict(p=LE, s="heard",
         t="whose fault it was can wait. I'm getting a courier to your client with the parts this afternoon",
         m="OC", n="hard negative: raises fault only to set it aside; declared courier step with a time"),
    dict(p=LE, s="heard", t="what's your client said? are they still giving you the work", m="Q"),
    dict(p=LE, s="heard",
         t="ok so what happens is the parcel goes from us to the hub and then the hub hands it to the regional "
           "courier and it's really at that handover where things go walkabout so it's not something we on this "
           "desk have any control over if I'm honest", m="", v=["blame", "dismissal"],
         n="long run-on: blames the regional courier, then ducks it"),
    dict(p=LE, s="options",
         t="there's a process for lost parcels and I'm starting it for you now, the trace goes in this minute",
         m="OC", n="hard negative: 'process' is something the agent does for him, not a wall"),
    dict(p=LE, s="heard", t="a claim for the goods has to come in on the proper form, I can't take it over the phone, sorry",
         m="", v=["policy"], n="forms wall; 'sorry' goes with the refusal, not empathy"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood. I'm making notes as you go", m="",
         n="'understood' as a filler while she vents"),
    dict(p=EE, s="vent", t="With respect, Ms Ashcombe, emailing our chief executive does rather slow things down.",
         m="", v=["correcting"], n="educates her on how she should have escalated"),
    dict(p=EE, s="heard",
         t="the last two were caused by a cloud provider we rely on so it wasn't really a fault on our platform "
           "as such", m="", v=["blame"]),
    dict(p=EE, s="heard",
         t="Some of the root cause may well sit with a supplier, and the report will say so, but your contract is "
           "with us and these outages are ours to answer for.", m="A",
         n="hard negative: names the supplier but owns the failure; the report is mentioned, not offered"),
    dict(p=EE, s="heard",
         t="uptime was ninety nine point eight percent this quarter which is above industry average to be honest",
         m="", v=["correcting"], n="educating her with a figure against three breaches"),
    dict(p=EE, s="heard",
         t="releasing you from the contract isn't something I can discuss on a call, you'd need to send a formal "
           "written request to legal", m="", v=["policy"], n="'put it in writing' wall"),
    dict(p=EE, s="options",
         t="Releasing you from the contract isn't something I can agree to, I'll be straight with you. What I can "
           "offer you is the quarter's service credit and a dedicated account manager. Is that worth "
           "talking through?", m="OIQ",
         n="hard negative: an honest obstacle in nearly the same words as the wall above (rule 11), then an offer"),
    dict(p=EE, s="heard", t="I'd gently point out that the contract does allow for a certain amount of downtime", m="",
         v=["correcting"], n="polite register, still a lecture"),
    dict(p=EE, s="heard", t="you do realise every provider has outages, no platform's up a hundred percent of the time",
         m="", v=["correcting", "dismissal"], n="a lecture that also brushes the breaches off"),
    dict(p=EE, s="heard",
         t="I won't promise you zero downtime, nobody honestly could. but three breaches in one quarter is not "
           "acceptable from us", m="A",
         n="hard negative: honest limit on a guarantee, then owning the breaches; 'but' leads into acknowledgement"),
    dict(p=EE, s="heard",
         t="I've heard the bit about lawyers. shall we skip the theatrics and talk about the actual outages", m="",
         v=["insult"], n="'theatrics' answers her in kind; rhetorical, not a question; not an acknowledgement"),
    dict(p=EE, s="heard",
         t="you mentioned your lawyer, and that's entirely your call. I'd still like the chance to fix this "
           "properly first", m="", n="hard negative: takes the threat without reacting; no violation, no mark"),
    dict(p=EE, s="options",
         t="the quarter's service credit, an account manager who's yours by name, and the root-cause write-up by the "
           "fifteenth. damages or an exit I can't do, but those three I can", m="O",
         n="date inside an offer is not a commitment yet; honest limit, not a wall"),
    dict(p=EE, s="heard",
         t="I appreciate the strength of feeling, however decisions on the contract sit well above my level", m="",
         v=["dismissal"], n="'above my level' ducks it; 'I appreciate' is not thanks"),
    dict(p=EE, s="commitment",
         t="I'm getting the root cause report drafted and in your inbox by friday the twelfth, and your account "
           "manager tom will ring you tomorrow morning to introduce himself", m="OC"),
    dict(p=EE, s="heard", t="honestly the previous account team dropped this, they should've flagged the breaches months ago",
         m="", v=["blame"], n="blames colleagues"),
    dict(p=EE, s="heard",
         t="we should have flagged those breaches to you ourselves months ago, rather than you finding out from "
           "your warehouse floor", m="A", n="hard negative: the same facts, owned as 'we' instead of blamed"),
    dict(p=EE, s="close", t="Thank you, Eleanor. I know this wasn't the call you wanted to be making today.", m="G"),
    dict(p=EE, s="heard",
         t="your team's been sat idle three times this quarter and you've had to email our chief exec to get a reply. "
           "I'd be livid", m="AE"),
    dict(p=EE, s="heard",
         t="it's not really for me to say why the engineers didn't escalate, you'd need to ask network ops", m="",
         v=["dismissal"]),
    dict(p=EE, s="heard",
         t="I can't tell you yet why the engineers didn't escalate, I genuinely don't know. I'll have that answer "
           "for you by thursday", m="C", n="hard negative: honest 'I don't know' with a dated step; not dismissal"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="of course, sir", m=""),
    dict(p=VC, s="vent",
         t="sir the compliance team flagged it, that's their job, it's nothing to do with relationship banking",
         m="", v=["blame", "dismissal"], n="blames another team and says it isn't his side's concern"),
    dict(p=VC, s="heard",
         t="Large transfers are always subject to compliance checks, sir, as you'll have seen in your account terms.",
         m="", v=["correcting"]),
    dict(p=VC, s="heard",
         t="large transfers do get a compliance check, but two days is not what that check should take, and "
           "someone should of rung you before the solicitor did", m="A",
         n="hard negative: the check is explained without a lecture and the delay owned; 'but' leads into "
           "acknowledgement; 'should of'"),
    dict(p=VC, s="heard", t="I'm sure a gentleman of your experience understands that banking isn't instantaneous",
         m="", v=["insult", "correcting"], n="polite condescension plus a lecture"),
    dict(p=VC, s="heard", t="the settlement procedure applies to everybody sir, there's no exception I'm able to make",
         m="", v=["policy"]),
    dict(p=VC, s="heard",
         t="I can't undo what happened on tuesday, and I won't pretend the procedure served you well. It didn't.",
         m="A", n="hard negative: the procedure is named to admit it failed him, not as a wall"),
    dict(p=VC, s="options",
         t="I can have the fee reversed and set your future transfers to same-day. that said the correspondent "
           "bank caused most of the delay, so", m="O", v=["blame"],
         n="the offer comes first and stands; the blame trails after it"),
    dict(p=VC, s="heard", t="that'd be one for payments operations sir, I can give you their number", m="",
         v=["dismissal"], n="hands him off; giving a number is not a remedy"),
    dict(p=VC, s="heard",
         t="payments operations handle the wire itself, but I'm not handing you over. I'll speak to them myself "
           "and ring you back before three with what went wrong", m="C",
         n="hard negative: says who does what but keeps ownership, dated callback; not dismissal"),
    dict(p=VC, s="heard",
         t="you found out from the seller's solicitor rather than from us. that's embarrassing for us and a lot "
           "worse for you", m="A"),
    dict(p=VC, s="heard", t="oh of course sir, because your transfers matter more than everyone else's", m="",
         v=["insult"], n="sarcasm"),
    dict(p=VC, s="heard", t="your transfer should have mattered to us, and on tuesday it clearly didn't. I'm sorry.",
         m="AE"),
    dict(p=VC, s="commitment",
         t="Your fee reversal has been submitted and will show by close of business. Clare Denton, your "
           "relationship banker, will ring you at ten tomorrow with her direct line.", m="OC"),
    dict(p=VC, s="close", t="thank you for letting us have a go at making this right, Mr Fairclough", m="G"),
    dict(p=VC, s="heard",
         t="Just to clarify, sir, the fee was applied because the instruction arrived after the cut-off.", m="",
         v=["correcting"]),
    dict(p=VC, s="commitment",
         t="Just to clarify what happens next, sir: the fee comes off today, and your senior banker will call you "
           "first thing tomorrow.", m="OC", n="hard negative: 'just to clarify' our own steps, not correcting him"),
    dict(p=VC, s="heard",
         t="um, I wouldn't say nearly collapsed sir, the funds did arrive before completion in the end", m="",
         v=["correcting"], n="corrects his account of the impact"),
    dict(p=VC, s="heard",
         t="I'm afraid expedited processing is reserved for our premier tier, sir, and your account doesn't "
           "currently qualify", m="", v=["policy"], n="polite wall against a remedy he may have"),
    dict(p=VC, s="options",
         t="what I'd suggest is reversing the fee and putting you with a senior banker you can ring directly. I'd "
           "also put all your transfers on same-day handling. would you like me to do all three?", m="OIQ"),
    dict(p=VC, s="heard",
         t="Normally we'd ask for a complaint like this in writing, sir. I'm not going to make you do that; I'll "
           "write it up myself.", m="",
         n="hard negative: names the written route only to waive it; no policy wall; no time, no mark"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="oh for god's sake. fine, go on", m="", v=["insult"], n="exasperation aimed at her"),
    dict(p=FT, s="heard", t="the supervisor who promised you the call is off this week so it's not something I can chase",
         m="", v=["dismissal"]),
    dict(p=FT, s="heard",
         t="the supervisor who should've rung you monday is off this week, which doesn't excuse it at all. I'll "
           "ring you myself before five today", m="AC",
         n="hard negative: the absence is told and owned, not used to duck; names the missed callback"),
    dict(p=FT, s="heard", t="to be honest these machines don't like being overloaded, that's normally why the pump goes",
         m="", v=["correcting"]),
    dict(p=FT, s="heard", t="if you'd registered the warranty online you'd of had a priority repair", m="",
         v=["correcting"], n="'you'd of' mis-hearing"),
    dict(p=FT, s="heard", t="the first engineer obviously didn't fix it properly, he should've changed the pump first time round",
         m="", v=["blame"]),
    dict(p=FT, s="heard", t="the first repair clearly didn't hold and that one's on us, we're the ones who sent the engineer",
         m="A", n="hard negative: same repair, owned rather than blamed"),
    dict(p=FT, s="options", t="an upgrade's not on the table, that's company policy, but the same model I can replace for you",
         m="O", v=["policy"], n="the replacement after the wall still counts"),
    dict(p=FT, s="options",
         t="I can't stretch to an upgrade, that's beyond what I'm allowed, but I can swap it for the identical model "
           "with the warranty stretched two years, or get a senior engineer round before the weekend and lend you "
           "a machine till it's fixed. what suits you?", m="OIQ", n="honest limit (rule 11), not a policy wall"),
    dict(p=FT, s="heard", t="it's a washing machine, Mrs Brennan, there's a launderette on every high street", m="",
         v=["insult", "dismissal"], n="belittles her and brushes the problem off"),
    dict(p=FT, s="heard", t="three weeks of lugging the kids' washing to the launderette, I'd be at my wits' end",
         m="AE"),
    dict(p=FT, s="commitment",
         t="senior engineer's confirmed for thursday between one and five and he's bringing the loan machine with him",
         m="OC"),
    dict(p=FT, s="heard", t="I would just say, the engineer's report does note the filter hadn't been cleaned", m="",
         v=["accusation", "correcting"], n="insisting on her error through the record (rule 10)"),
    dict(p=FT, s="close", t="you're all set kelly, replacement comes thursday and the warranty's on it. thanks for sticking with us",
         m="OCG"),
    dict(p=FT, s="heard", t="callbacks aren't handled by this team unfortunately so I wouldn't know why nobody rang",
         m="", v=["dismissal"]),
    dict(p=FT, s="heard",
         t="I don't know yet why nobody rang you on monday and I'm not going to guess. I'll find out and let you "
           "know by tomorrow lunchtime", m="AC",
         n="hard negative: honest 'I don't know' with a dated step; names the missed call"),
    dict(p=FT, s="heard", t="you're not being difficult, you're asking for a machine that works", m="AE",
         n="hard negative: 'difficult' raised only to deny it; validates her"),
    dict(p=FT, s="heard", t="(under breath) here we go, another one after a free upgrade", m="", v=["insult"],
         n="muttered aside (rule 12)"),
    dict(p=FT, s="heard",
         t="I'm really sorry, but the callback was never a promise as such, it says one to three working days",
         m="", v=["correcting"], n="'but' cancels the apology; quotes the small print at her"),
    dict(p=FT, s="heard",
         t="yeah no I- I totally get it, so basically it's been fixed twice and it's gone again and you were told "
           "monday someone senior would ring and nobody did and meanwhile you've got kids and no washer, "
           "that's, honestly that's rubbish and I'm sorry", m="AE", n="long run-on with a false start"),
    dict(p=FT, s="options", t="No refunds on appliances after thirty days, that's the policy, I'm afraid.", m="",
         v=["policy"]),

    # --- billing-error ---
    dict(p=BE, s="vent", t="mm, right", m=""),
    dict(p=BE, s="vent", t="well the cancellation only kicks in at the end of the billing month", m="",
         v=["correcting"]),
    dict(p=BE, s="heard", t="the chat team shouldn't have told you it was fixed, that's them not me", m="",
         v=["blame"]),
    dict(p=BE, s="heard",
         t="our chat team told you it was sorted last week and it wasn't, that's us letting you down twice and "
           "I'm sorry", m="AE", n="hard negative: the chat team named as 'us'"),
    dict(p=BE, s="heard", t="the bank chose to charge the overdraft fee, so that's really between you and them", m="",
         v=["blame", "dismissal"]),
    dict(p=BE, s="heard",
         t="the bank only charged you because we took money we had no right to take, so I'll reimburse that fee",
         m="AO", n="hard negative: the bank is mentioned only to own the cause; no time, so no commitment"),
    dict(p=BE, s="heard", t="Strictly speaking, Mrs Ellison, the subscription terms do require thirty days' notice.",
         m="", v=["correcting"]),
    dict(p=BE, s="heard",
         t="I've checked, and you gave us your notice properly. those charges after it should never have gone out",
         m="A", n="hard negative: checking the record to side with her, not to correct her"),
    dict(p=BE, s="heard",
         t="I'm sure as a former teacher you appreciate how important it is to read the small print", m="",
         v=["insult", "correcting"], n="condescension plus a lecture"),
    dict(p=BE, s="heard", t="you should've phoned rather than use the chat, the chat team can't process refunds", m="",
         v=["correcting"]),
    dict(p=BE, s="options", t="the refund's no problem but the overdraft fee, the system won't let me touch that",
         m="O", v=["policy"], n="refund offered; 'the system won't let me' walls off a fee she may be paid back"),
    dict(p=BE, s="options",
         t="both charges back to you and the overdraft fee paid, that much I can do. anything beyond it I'm not "
           "able to give, I'm afraid. is it alright if I get started?", m="OIQ", n="'I'm afraid' goes with an honest limit: no empathy, no wall"),
    dict(p=BE, s="commitment",
         t="both refunds are going through now, and a letter confirming you're cancelled will be in the post to "
           "you tomorrow", m="OC"),
    dict(p=BE, s="close", t="thank you Mrs Ellison, you've been very kind about it all considering", m="G"),
    dict(p=BE, s="heard", t="sorry but it's a monthly subscription, it does say that when you sign up", m="",
         v=["correcting"], n="'sorry but' into a lecture"),
    dict(p=BE, s="heard", t="you cancelled, we kept on charging, that's the long and short of it, and it's wrong",
         m="A"),
    dict(p=BE, s="heard",
         t="I'll refund the two charges today. the overdraft fee though, that's your bank's doing, take it up with them",
         m="OC", v=["blame", "dismissal"], n="the refund comes first and stands; then blame and a hand-off"),
    dict(p=BE, s="heard",
         t="I can't promise what your bank will do, I don't want to mislead you. what I can do is send you a "
           "letter today saying the charges were our mistake", m="AO",
         n="hard negative: honest limit about the bank (persona brief); 'what I can do … today' is an offer; "
           "'our mistake' owns the failure, like offering to tell the client it was our fault"),
    dict(p=BE, s="vent", t="before you carry on can I take your account number", m="Q", v=["premature_details"]),
    dict(p=BE, s="options",
         t="the rules let me pay back both charges and the overdraft fee, so that's exactly what I'm doing, today",
         m="OC", n="hard negative: the rules are quoted as what allows the remedy, not as a wall"),

    # --- generic ---
    dict(p=None, s="heard", t="look, I don't write the policy, I just follow it", m="", v=["policy", "dismissal"]),
    dict(p=None, s="heard", t="that's not my department", m="", v=["dismissal"]),
    dict(p=None, s="heard",
         t="this normally sits with another team, but I'm keeping hold of it. you won't be passed round again",
         m="", n="hard negative: names another team only to keep ownership; a promise with no time or remedy"),
    dict(p=None, s=None, t="honestly I just work here", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="someone in the warehouse has messed this up, not me", m="", v=["blame"]),
    dict(p=None, s="heard",
         t="it wasn't me personally, but I'm the one you've got on the phone, so it's mine to put right now",
         m="A", n="hard negative: takes the failure on ('mine to put right', rule 14); 'it wasn't me' is not blame here"),
    dict(p=None, s="heard", t="you're being unreasonable now", m="", v=["insult"]),
    dict(p=None, s="heard", t="okay, and? what am I meant to do, magic it back?", m="", v=["insult", "dismissal"],
         n="hostile questions, not asking for input"),
    dict(p=None, s="heard",
         t="where would you like me to start? I want the right thing fixed, not just the quick thing",
         m="IQ"),
    dict(p=None, s="heard", t="it's all in the terms and conditions, page four", m="", v=["correcting"]),
    dict(p=None, s="heard",
         t="the terms say seven days, and honestly that's not good enough when you've been waiting three weeks",
         m="A", n="hard negative: quotes the terms to side with the customer, not to correct them"),
    dict(p=None, s="heard", t="right well the system is the system", m="", v=["policy"]),
    dict(p=None, s="commitment", t="the system kept bouncing the refund so I've put it through by hand, it's done",
         m="OC", n="hard negative: the system is an obstacle got round, not a wall"),
    dict(p=None, s="heard", t="well we can't read your mind can we", m="", v=["insult"],
         n="tag is rhetorical, not a question"),
    dict(p=None, s=None, t="it is what it is unfortunately", m="", v=["dismissal"]),
    dict(p=None, s="options", t="I'm afraid the only thing I can offer is to log it as a complaint", m="",
         v=["dismissal"], n="'offer' word, no remedy"),
    dict(p=None, s="options",
         t="the first thing I can offer is a refund of the fee, and if that doesn't feel like enough we'll talk "
           "about what else", m="O", n="a remedy; no question and no clear invitation to choose, so no asks_input"),
    dict(p=None, s="heard", t="if you'd rung us sooner we could have caught it before it went out", m="",
         v=["correcting"], n="'if you'd…' lecture"),
    dict(p=None, s="heard", t="in fairness you've got to take some of the responsibility here", m="", v=["blame"],
         n="blames the customer"),
    dict(p=None, s="heard", t="I'm afraid that's not something I can look into from this desk", m="",
         v=["dismissal"]),
    dict(p=None, s="heard",
         t="that's not something I'm able to authorise myself, so I'm taking it to my team leader now and I'll "
           "ring you with her answer by four", m="C",
         n="hard negative: honest limit (rule 11) and a dated escalation: commitment only (rule 4)"),
    dict(p=None, s="commitment", t="I'll put all of that in writing for you today so you've got it in black and white",
         m="C", n="hard negative: the agent writes it; not a 'put it in writing' wall"),
    dict(p=None, s="heard",
         t="would you mind popping that in an email to the complaints address? that's how we log them", m="",
         v=["policy"], n="'put it in writing' wall as a polite request; not a real question"),
    dict(p=None, s="heard",
         t="you can email it in as well if you want a formal record, but you don't need to, I've already logged "
           "everything you've told me", m="", n="hard negative: writing offered, not demanded; no policy, no mark"),
    dict(p=None, s="heard", t="(mutters) here we go again", m="", v=["insult"], n="aside (rule 12)"),
    dict(p=None, s="heard",
         t="is there anything else you want to tell me before I start on it? I'd rather have the whole picture",
         m="Q", n="hard negative: a genuine invitation, unlike the hostile 'are you finished?'"),
    dict(p=None, s="heard", t="oh thanks, that's lovely, really helpful", m="", v=["insult"], n="sarcastic thanks"),
    dict(p=None, s="heard", t="thank you for saying it straight, it's easier to fix when I know exactly what went wrong",
         m="G"),
    dict(p=None, s="heard", t="I'm not going to argue about whose fault it is. it's ours", m="A",
         n="hard negative: owns the failure (rule 14); fault is mentioned only to refuse to blame"),
    dict(p=None, s="heard", t="don't apologise for being annoyed, you've been messed about from start to finish",
         m="AE"),
    dict(p=None, s="heard", t="I hear what you're saying but that's just the way it works here", m="", v=["policy"],
         n="'but' into a wall cancels the acknowledgement"),
    dict(p=None, s="heard", t="I understand, but there's honestly not a lot I can do from my end", m="",
         v=["dismissal"], n="'but' into ducking it cancels the acknowledgement"),
    dict(p=None, s="heard",
         t="I get it, but here's the part that is in my hands: the refund, and a new one in the post today",
         m="AO", n="hard negative: 'but' leads into help, so acknowledgement stands; an offer, not a commitment"),
    dict(p=None, s="vent", t="yeah, yeah, got it, got it", m="",
         n="impatient back-channel while they vent; no mark, and not rude enough to be insult"),
    dict(p=None, s="heard", t="Please understand that I'm not the person who made this decision.", m="",
         v=["dismissal"], n="polite ducking"),
    dict(p=None, s="heard",
         t="I wasn't the one who made that call, but I'm the one who can change it, and I'm changing it now. the "
           "charge is coming off today", m="OC", n="hard negative: not ducking, takes it on; 'but' leads into help"),
    dict(p=None, s="heard", t="honestly mate you're overthinking this", m="", v=["insult"]),
    dict(p=None, s="vent", t="sorry, I don't mean to cut in, but what's the order number", m="Q",
         v=["premature_details"], n="'sorry' is politeness; details while they vent"),
    dict(p=None, s="heard", t="I'm afraid the error originated with one of our logistics partners", m="",
         v=["blame"], n="polite register, still blame"),
    dict(p=None, s="heard", t="oh grow up, it's a tenner", m="", v=["insult"]),
    dict(p=None, s=None, t="noted.", m="", n="bare filler"),
    dict(p=None, s="options",
         t="I could refund the postage or send a fresh one out tomorrow, whichever you'd rather", m="OI",
         n="choice of remedies with an invitation but no question; the time sits inside the choice"),
]

write_batch(ITEMS, "gw", Path(__file__).with_name("replies_extra204.jsonl"))
