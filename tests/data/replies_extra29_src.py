"""Source of `replies_extra29.jsonl`: a twenty-ninth batch of hand-written trainee replies (tune split only).

Written one at a time, after batch 28, in the style and labelling habits of the tune part of
`replies.jsonl`, by someone who had not read the held-back part of `replies.jsonl` nor the judge's
code (judge, lexicon, learned model, patterns). It is meant as an unseen check of how the judge
generalises. About half the replies carry a fault, spread evenly over all twelve kinds (five to
seven of each; premature_details only while the customer vents), many of them inside otherwise
decent replies, said politely, put as a question, or dressed up as an explanation. The other half
are clean replies of every kind, among them hard negatives that mention the courier, the records,
a policy, the agent's limits or the customer's own slip without being a fault by the README rules.
Whisper-style text (lowercase, fillers, false starts, the odd mis-hearing) mixed with properly
punctuated lines. Nothing is generated from a template. Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra29.jsonl` next to it (ids ad0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- blame
    dict(p=LE, s="heard", t="right so I've had a look and it's the courier's depot in leicester that's lost track of it, honestly they've been a nightmare this month. I'm really sorry though, and I'm opening a trace on it now", m="EOC", v=["blame"], n="blame first; the apology, the trace and 'now' after it stand"),
    dict(p=BE, s="heard", t="was it kevin on the chat that told you it was sorted? he's quite new and he's been getting a few of these wrong", m="", v=["blame"], n="the question only serves to pin it on a colleague: not a real question"),
    dict(p=VC, s="heard", t="I completely understand how stressful that was, Mr Fairclough. The hold-up came from the correspondent bank in Frankfurt; they sat on it for a day over a compliance check.", m="AE", v=["blame"], n="no 'but': the acknowledgement and empathy stand beside the blame"),
    dict(p=MT, s="heard", t="um so the technicians are actually subcontracted it's a separate company, and they're meant to ring you if their not coming so that's really on them not us", m="", v=["blame"], n="'their' mis-hearing"),
    dict(p=FT, s="heard", t="looking at the notes whoever did the second repair didn't do a proper job of it, it's a bit of a bodge to be honest", m="", v=["blame"], n="blames a colleague"),
    dict(p=EE, s="heard", t="to be fair a lot of the last outage was down to your own team not flagging it to us, we didn't even hear about it for forty minutes", m="", v=["blame"]),

    # ---------------------------------------------------------------- policy
    dict(p=BE, s="heard", t="I'm really sorry, Margaret. Refunds over fifty pounds have to be requested in writing, so I'll need you to send us a letter.", m="E", v=["policy"], n="no 'but': the apology stands next to the wall"),
    dict(p=LE, s="options", t="I can refund the express fee today, but for the goods themselves you'd have to fill in the claims form and post it off, that's just how claims work", m="O", v=["policy"], n="'but' cancels only acknowledge/empathise; the offer stands"),
    dict(p=VC, s="heard", t="have you got that request in writing, sir? fee reversals need a signed instruction from the account holder before I can even look at them", m="", v=["policy"], n="asks for a letter as a precondition: a wall, not a real question"),
    dict(p=EE, s="heard", t="the SLA credit's worked out automatically at quarter end, the system does it, there's no way for me to override it", m="", v=["policy"]),
    dict(p=FT, s="options", t="uh the system only lets me book a standard engineer, it won't let me pick a senior one, sorry", m="", v=["policy"], n="'sorry' for a refusal is not empathy"),
    dict(p=None, s="heard", t="I hear you I do but rules are rules and I'd get in trouble if I bent them for one person", m="", v=["policy"], n="'but' into a wall cancels the acknowledgement"),

    # ---------------------------------------------------------------- doubt
    dict(p=BE, s="heard", t="are you sure both of those are from us? could one of them be something else maybe", m="", v=["doubt"], n="doubting questions, not real ones"),
    dict(p=LE, s="heard", t="I'm sorry, it's just that on my screen it's showing as delivered and signed for at the restaurant yesterday at nine", m="", v=["doubt"], n="'I'm sorry' hedges a contradiction: not empathy"),
    dict(p=MT, s="heard", t="I'm really sorry about this. I'm just looking at the booking and it says the engineer rang at nine and got no answer, is it possible your phone was on silent? either way I'll waive the fee", m="EO", v=["doubt"], n="apology before the doubt is not cancelled (no 'but'); 'is it possible' is doubt, not a real question; no time on the waiver"),
    dict(p=FT, s="heard", t="seven months and it's gone twice? that's really unusual for that model, we hardly ever see them come back", m="", v=["doubt"]),
    dict(p=EE, s="heard", t="I've got the uptime dashboard in front of me and it's showing ninety nine point nine for the quarter, so I'm not sure the third one counts as an outage", m="", v=["doubt"]),
    dict(p=VC, s="heard", t="and you're certain the instruction went in before the cut-off on the tuesday?", m="", v=["doubt"], n="questions the client's account: not a real question"),

    # ---------------------------------------------------------------- correcting
    dict(p=BE, s="heard", t="so the way billing works is the cancellation only kicks in at the end of the cycle, that's why it still went out, it does explain that in the confirmation email", m="", v=["correcting"], n="an explanation that educates her"),
    dict(p=LE, s="heard", t="just so you know for next time overnight isn't actually a guarantee it's a target, so if it's urgent it's always worth going for the timed option", m="", v=["correcting"]),
    dict(p=MT, s="heard", t="I do understand, and I'm sorry, but the window was actually eight till one, not eight till twelve", m="", v=["correcting"], n="'but' into a correction cancels both marks"),
    dict(p=EE, s="heard", t="with respect the SLA's measured month by month, so technically it's two breaches this quarter not three", m="", v=["correcting"]),
    dict(p=FT, s="heard", t="you're meant to run the drum clean cycle once a month, it's in the manual, and that's most likely why it keeps tripping", m="", v=["correcting"]),
    dict(p=VC, s="heard", t="Thank you for explaining all that, and I'm sorry. Just so you're aware, the cut-off for same-day wires is two o'clock, so anything after that rolls over. I'll reverse the fee for you today.", m="EOCG", v=["correcting"], n="no 'but': thanks and apology stand; the lesson is still a correction"),

    # ---------------------------------------------------------------- accusation
    dict(p=BE, s="heard", t="okay so just so I can get your allegation down properly, you're saying the chat agent told you it was fixed last week?", m="", v=["accusation"], n="check-back framed as an allegation: no acknowledgement or question credit"),
    dict(p=MT, s="heard", t="so for the record you're stating nobody knocked on the door either time", m="", v=["accusation"]),
    dict(p=EE, s="heard", t="I'd need to see evidence of the losses you're alleging before this goes any further", m="", v=["accusation"]),
    dict(p=VC, s="heard", t="so you're claiming nobody from the bank contacted you at any point", m="", v=["accusation"]),
    dict(p=FT, s="heard", t="the evidence in the engineer's report points to overloading, so I can't really accept it's a fault with the machine", m="", v=["accusation", "correcting"], n="README rule 10: insisting on the customer's error through the records"),
    dict(p=BE, s="commitment", t="I'm so sorry about the rent, that's awful. I've noted your allegation about the chat agent, and I'll refund both charges today.", m="EOC", v=["accusation"], n="apology before, remedy after; 'allegation' is still court-room language"),

    # ---------------------------------------------------------------- calm_down
    dict(p=BE, s="vent", t="Margaret, I'm going to need you to calm down a little so I can follow what happened.", m="", v=["calm_down"]),
    dict(p=LE, s="heard", t="I totally get that you're stressed, I do. if you could just lower your voice a bit I'll be able to sort this a lot quicker", m="AE", v=["calm_down"], n="no 'but': the acknowledgement stands beside the request to lower his voice"),
    dict(p=EE, s="heard", t="let's all just take a breath here, Eleanor, there's no need for this to get heated", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="could you maybe just relax for a second and let me explain?", m="", v=["calm_down"], n="a request, not a real question"),
    dict(p=FT, s="vent", t="okay okay deep breaths, it's only a washing machine", m="", v=["calm_down", "dismissal"]),
    dict(p=None, s="heard", t="I'd really appreciate it if you didn't shout at me", m="", v=["calm_down"], n="'appreciate' here is not gratitude"),

    # ---------------------------------------------------------------- insult
    dict(p=MT, s="heard", t="wow you really don't let anyone get a word in do you", m="", v=["insult"], n="tag question, sarcastic"),
    dict(p=BE, s="heard", t="I'll go through it again nice and slowly for you, Margaret, so it sinks in this time", m="", v=["insult"], n="condescension"),
    dict(p=LE, s="heard", t="do you want me to actually fix this or do you just want to keep shouting at me", m="", v=["insult"], n="hostile question, not asking for input"),
    dict(p=EE, s="heard", t="I think you'll find most clients are a bit more patient than this", m="", v=["insult"]),
    dict(p=MT, s="options", t="fine, I'll waive the fee and stick you in the eight o'clock slot, happy now?", m="O", v=["insult"], n="sarcastic tag; the offer still counts"),
    dict(p=None, s=None, t="wow okay, someone's in a mood today", m="", v=["insult"]),

    # ---------------------------------------------------------------- threat_back
    dict(p=EE, s="heard", t="if Ferrow want to go down the legal route that's your call, but the contract's very clear and our legal team will hold you to every penalty in it", m="", v=["threat_back"]),
    dict(p=VC, s="heard", t="Of course, sir. If you feel Sterling and Marsh would look after you better, I can send the transfer-out forms over today.", m="", v=["threat_back"], n="polite, but it invites him to move his accounts; the forms are not a remedy"),
    dict(p=BE, s="heard", t="if you want to go to the ombudsman go ahead, I can give you the address now", m="", v=["threat_back"]),
    dict(p=LE, s="options", t="I'm trying to get your parts to your customer Marcus, I can have a courier at yours this afternoon, but if you swear at me again I'll have to hang up", m="O", v=["threat_back"]),
    dict(p=FT, s="heard", t="do you want me to put a note on your account that you were abusive? because I can", m="", v=["threat_back"], n="hostile question"),
    dict(p=None, s="heard", t="keep talking to me like that and you'll be waiting a lot longer for your refund", m="", v=["threat_back"]),

    # ---------------------------------------------------------------- non_apology
    dict(p=MT, s="heard", t="I'm sorry if the engineer not turning up caused you any inconvenience", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="I apologise for any confusion our chat team may have caused", m="", v=["non_apology"]),
    dict(p=EE, s="heard", t="I'm sorry you feel the outages weren't handled well", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="I'm sorry if you've felt let down, and thank you for ringing back. I can book a senior engineer out for thursday, would that suit?", m="OGIQ", v=["non_apology"], n="non-apology inside an otherwise decent reply; Thursday sits inside an offer"),
    dict(p=VC, s="heard", t="I'm sorry you see it that way, Mr Fairclough, I really am", m="", v=["non_apology"]),
    dict(p=None, s="close", t="um anyway sorry for any inconvenience and uh have a good rest of your day", m="", v=["non_apology"]),

    # ---------------------------------------------------------------- dismissal
    dict(p=LE, s="heard", t="parcels do go missing now and then, it's like one in a few thousand, you've just been unlucky", m="", v=["dismissal"]),
    dict(p=BE, s="heard", t="the overdraft fee's really between you and your bank, I can't do anything about that side of it", m="", v=["dismissal"], n="reimbursing the overdraft fee is allowed, so this ducks it"),
    dict(p=EE, s="heard", t="every cloud platform has outages, even the big ones, it's kind of the nature of the thing", m="", v=["dismissal"], n="minimising, put as an explanation"),
    dict(p=VC, s="heard", t="what do you want me to do, I'm not in payments, I can't even see what happened to the wire", m="", v=["dismissal"], n="hostile question, not asking for input"),
    dict(p=FT, s="heard", t="thanks for bearing with me. honestly these machines do break down sometimes, it happens with every brand. I can get an engineer booked in for you though", m="GO", v=["dismissal"], n="thanks before the brush-off stands; the offer after it counts"),
    dict(p=MT, s="heard", t="I just answer the phones, I don't get any say over where the engineers go", m="", v=["dismissal"]),

    # ---------------------------------------------------------------- over_promise
    dict(p=MT, s="options", t="I'll refund everything you've paid, installation, first month, the lot, and I'll put your two days wages on as credit as well", m="O", v=["over_promise"], n="full refund and lost wages are beyond what may be offered"),
    dict(p=BE, s="options", t="how about I refund both charges, cover the overdraft fee and give you three months free on top? would that make up for it?", m="OIQ", v=["over_promise"]),
    dict(p=EE, s="options", t="I'll apply the SLA credit for the quarter, and honestly if you want out of the contract I can waive the exit penalty for you", m="O", v=["over_promise"]),
    dict(p=VC, s="commitment", t="I'll have our chief executive ring you personally tomorrow morning to apologise", m="OC", v=["over_promise"], n="a CEO apology is beyond what may be offered; offered as a remedy with a time"),
    dict(p=FT, s="heard", t="I promise you it won't break down again, this time it's properly fixed", m="", v=["over_promise"], n="bare guarantee: no options"),
    dict(p=LE, s="options", t="I'm so sorry Marcus. I'll refund the express fee, and whatever your customer ends up charging you for the delay, we'll cover that too", m="EO", v=["over_promise"], n="paying for his lost business is over the limit"),

    # ---------------------------------------------------------------- premature_details (vent)
    dict(p=BE, s="vent", t="oh dear, I'm sorry. could I just take the email address on the account while you tell me?", m="EQ", v=["premature_details"]),
    dict(p=LE, s="vent", t="sorry to jump in have you got the tracking number there", m="Q", v=["premature_details"], n="'sorry to jump in' is politeness, not an apology"),
    dict(p=VC, s="vent", t="Before we get into it, sir, may I take your date of birth for security?", m="Q", v=["premature_details"]),
    dict(p=EE, s="vent", t="mm. and what's the contract reference on your side", m="Q", v=["premature_details"]),
    dict(p=FT, s="vent", t="yeah no that's rubbish um can you read me the serial number off the back of it", m="EQ", v=["premature_details"], n="'that's rubbish' is sympathy here"),
    dict(p=MT, s="vent", t="I hear you, and um what's the postcode for the installation address", m="Q", v=["premature_details"], n="bare 'I hear you' straight into a request for details is not acknowledge (rule 13); details asked while she vents"),

    # ---------------------------------------------------------------- hard negatives: courier, records, policy, limits, customer's slip
    dict(p=LE, s="heard", t="I'm not going to sit here and blame the courier. You booked it with us, so it's ours to put right. I'm really sorry, Marcus.", m="AE", n="mentions the courier only to take ownership: not blame; owning it acknowledges (README rule 14)"),
    dict(p=LE, s="options", t="so the same-day courier's a different firm to the overnight lot, I can have one of their drivers collect the replacement parts from you this afternoon at our cost, would that help", m="OIQ", n="the courier is the remedy; 'this afternoon' inside an offer"),
    dict(p=BE, s="heard", t="I've pulled up your records and you're completely right, the cancellation went through on the third and both charges came after it", m="A", n="records back the customer: not doubt"),
    dict(p=BE, s="commitment", t="our policy's actually on your side here. anything taken after a cancellation comes back in full, so I'm refunding both charges now", m="OC", n="a policy that grants the remedy is not a wall"),
    dict(p=EE, s="options", t="I can't release you from the contract, that's not something I'm able to authorise, but I can apply the full SLA credit for the quarter and assign you a named account manager. Would that be a starting point?", m="OIQ", n="honest limit (rule 11), not policy or dismissal"),
    dict(p=EE, s="heard", t="I won't promise you zero downtime, I don't think anyone honestly could. what I will promise is that you'll get a straight answer from me", m="", n="declines to over-promise; the promise names no remedy and no time"),
    dict(p=VC, s="heard", t="The receiving bank did flag it, yes, but that doesn't let us off. We should have rung you the moment it stalled, and we didn't. I'm sorry.", m="AE", n="names the other bank but takes the fault: not blame"),
    dict(p=MT, s="heard", t="I'm not going to argue with you about what the job sheet says. you sat in two mornings and nobody came, that's on us", m="A", n="refuses to use the records against her: not doubt"),
    dict(p=LE, s="commitment", t="the parts themselves are covered up to the standard liability limit, and I've started that claim for you now alongside the express refund. you'll have the claim reference by email within the hour", m="OC", n="liability limit stated plainly and acted on: not a policy wall; the agent's own 'claim' is not accusation"),
    dict(p=BE, s="heard", t="no no you didn't do anything wrong margaret, you cancelled it properly and we still took the money, twice", m="A"),
    dict(p=VC, s="options", t="I can't pay anything towards the property side, I'll be honest with you, but I can reverse the transfer fees today and give you a direct line to a senior banker. which would you like me to set up first?", m="OIQ", n="honest obstacle, then offer (rule 11)"),
    dict(p=None, s="heard", t="it doesn't matter who dropped the ball honestly, it got dropped and you're the one left without it. I'm sorry", m="AE", n="refuses to look for someone to blame"),
    dict(p=None, s="options", t="honestly a typo in the email address is an easy thing to do, it doesn't change the fact we should've caught it. I'll fix the address and resend your order today", m="OC", n="the customer's own slip mentioned without correcting her; 'today' attached to a declared step"),
    dict(p=EE, s="commitment", t="I've been through the incident records for all three outages and they line up with everything you've said. the root-cause report will be with you by friday the twelfth", m="AOC", n="records confirm her account"),
    dict(p=LE, s="heard", t="yeah no the tracking's not moved since tuesday, I'm seeing exactly what you're seeing, so I'm not gonna tell you it's on its way", m="A", n="the record agrees with the customer"),
    dict(p=BE, s="close", t="I've put a note on your file so the chat team can see exactly what happened this time. Thank you for telling us, it genuinely helps.", m="G", n="a note on file is not a threat"),
    dict(p=FT, s="options", t="I'm not allowed to offer an upgraded model, I won't pretend otherwise. What I can do is a brand new one, same model, with two extra years on the warranty. Does that sound okay?", m="OIQ", n="honest limit, not a policy wall"),
    dict(p=None, s="heard", t="take your time, there's no rush, I'm not going anywhere", m="", n="patience, not calm_down or threat_back"),
    dict(p=VC, s="commitment", t="I'm putting a note on your accounts now so every transfer you send from today goes through same-day, and you'll have the confirmation by email before five", m="OC"),
    dict(p=EE, s="heard", t="three breaches in one quarter, of course you went to our CEO. honestly I'd have done exactly the same", m="AE"),
    dict(p=MT, s="options", t="so the missed appointment policy lets me waive your installation fee and put a months credit on, and I'd like to do both, plus get you the eight am slot. what day's best for you", m="OIQ", n="a policy that enables the remedy is not a wall"),
    dict(p=LE, s="heard", t="please don't apologise for shouting, Marcus. you've every right to be fed up", m="E", n="mentions shouting without telling him to calm down"),
    dict(p=None, s="heard", t="I know there's something in the terms about it but honestly that's not what matters right now, what matters is you've been a week without it", m="A", n="mentions the terms without correcting"),
    dict(p=BE, s="options", t="I can't promise what your bank will do about their fee, but I can reimburse it from our side so you're not out of pocket either way. Shall I do that along with the two refunds?", m="OIQ", n="honest limit, not dismissal; 'but' leads into help"),
    dict(p=VC, s="heard", t="the cut-off had nothing to do with it, you sent it in plenty of time. the delay was ours", m="A", n="mentions the cut-off to clear the client: not correcting"),
    dict(p=FT, s="heard", t="it's not your fault the callback never came kelly, and I'm sorry you've had to chase us for it", m="AE", n="'sorry you' + the actual event (rule 7)"),
    dict(p=LE, s="heard", t="could you read me the tracking number off your receipt?", m="Q", n="details after venting: not premature"),
    dict(p=VC, s="close", t="Before I let you go, could I just confirm the mobile number your senior banker should ring?", m="Q", n="detail request at close: a question, not asks_input"),
    dict(p=EE, s="heard", t="what's the contract number on your side? I just want to make sure I'm looking at the right incidents", m="Q", n="details after venting: not premature"),
    dict(p=FT, s="heard", t="the engineer's notes say it was the pump both times, which tells me the first repair never fixed the real problem. that's on us, not you", m="A", n="records used to side with the customer; the company owns the fault, no one is blamed"),

    # ---------------------------------------------------------------- plain clean replies
    dict(p=MT, s="vent", t="mm-hm", m=""),
    dict(p=EE, s="vent", t="right... yeah", m=""),
    dict(p=None, s="vent", t="right, yeah, carry on", m=""),
    dict(p=VC, s="vent", t="I- I'm so sorry sir, please, go on", m="E"),
    dict(p=LE, s="vent", t="oh no. so nothing since it was picked up, and your customer's sat there waiting on it. go on", m="A", n="restates while letting him vent; a bare 'oh no' is not counted as empathy"),
    dict(p=FT, s="heard", t="so hang on its been fixed twice and it's still doing it, and then nobody rang you back on monday like they said", m="A"),
    dict(p=MT, s="heard", t="Two whole mornings off work and not even a phone call. I'd be livid, honestly.", m="AE"),
    dict(p=BE, s="heard", t="that must have been such a horrible shock, seeing your account overdrawn like that", m="AE"),
    dict(p=EE, s="heard", t="you stood up for us in front of your board and we've made that harder for you. I'm sorry", m="AE"),
    dict(p=VC, s="heard", t="what did the seller's side actually say to you when it didn't land?", m="Q"),
    dict(p=None, s="heard", t="I'm really sorry, that's not the service you should've had from us", m="E"),
    dict(p=LE, s="options", t="okay so what I can do right now is um refund the express fee, get a trace going on the original, and send the replacement out by same day courier on us. which do you want me to start with", m="OIQ", n="'right now' inside a proposal: options, not commitment (rule 3)"),
    dict(p=MT, s="commitment", t="Right, that's the fee waived and the credit's on. Your engineer's booked for eight o'clock on Tuesday, first job, and I'll ring you Monday evening to confirm.", m="OC"),
    dict(p=BE, s="commitment", t="both refunds are going through now and the overdraft fee with them. you'll see all three back in your account by wednesday, and the cancellation letter goes in tonight's post", m="OC"),
    dict(p=EE, s="options", t="I'd like to put three things on the table: the full service credit for this quarter, a named account manager, and a written root-cause report. What would your board most want to see first?", m="OIQ"),
    dict(p=VC, s="options", t="um so I can reverse the fees on that transfer and um, set you up so everything goes same day from now on, or I can put you straight through to a senior banker with a direct line, whichever you'd rather", m="OI", n="imperative-style invitation, no question"),
    dict(p=FT, s="commitment", t="okay the senior engineer's booked for thursday between eight and twelve and the loan machine's coming wednesday afternoon, I'll text you both confirmations in the next ten minutes", m="OC"),
    dict(p=LE, s="close", t="thanks for bearing with me marcus. I'll ring you at nine tomorrow with whatever the trace turns up", m="CG"),
    dict(p=None, s="close", t="was there anything else at all while I've got you", m="Q", n="ending check: question, not asks_input"),
    dict(p=MT, s="close", t="Thank you for giving us another go, Bernadette. I really am sorry about the last two mornings.", m="EG"),
    dict(p=EE, s="close", t="thank you for being so direct with me today, it's exactly what we needed to hear. I'll call you on the thirteenth once you've had the report", m="CG"),
    dict(p=VC, s="close", t="Thank you, Mr Fairclough. I'll check in with you on Friday to make sure the direct line's working as it should.", m="CG", n="a follow-up on a remedy already agreed: commitment, not a new offer"),
    dict(p=None, s="options", t="would a refund to your card suit you best, or would you rather have store credit you can use straight away?", m="OIQ"),
    dict(p=None, s="commitment", t="I'll chase the warehouse myself this afternoon and ring you back before five either way", m="C"),
    dict(p=FT, s="heard", t="Seven months old, two weeks without it, and a callback that never came. That's not good enough, and I'm sorry.", m="AE"),
    dict(p=BE, s="heard", t="and we told you on the chat it was sorted and it wasn't, so really you've been let down twice", m="A"),
    dict(p=VC, s="heard", t="To hear it from the seller's solicitor before you heard it from us, that must have felt humiliating.", m="AE"),
    dict(p=MT, s="heard", t="can I ask um did you lose pay for those mornings or was it holiday you used", m="Q", n="asks about the impact; choice about her, not options"),
    dict(p=BE, s="options", t="would you like the cancellation confirmed by email, or shall I put a letter in the post?", m="OIQ", n="written confirmation is an allowed remedy"),
    dict(p=FT, s="options", t="so it's either a new one same model with the two year warranty, or the senior engineer out this week with a loan machine till its fixed, whichever's easier for you with the kids", m="OI", n="'this week' inside a choice; invitation without a question"),
    dict(p=None, s="heard", t="I'm genuinely grateful you gave us a chance to fix this rather than just leaving", m="G"),
    dict(p=EE, s="commitment", t="Your named account manager is Tom Ridley. He'll call you at ten tomorrow, and the service credit will be on this month's invoice.", m="OC"),
    dict(p=None, s=None, t="I get it. I'd want answers too.", m="AE"),
    dict(p=VC, s="heard", t="so the money went in on time from your end and it still sat with us two days and nobody picked up the phone to you", m="A"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "ad", Path(__file__).with_name("replies_extra29.jsonl"))
