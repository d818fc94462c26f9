"""Source of `replies_extra60.jsonl`: hand-written, hand-labelled trainee replies from the back half
of a call (tune split only).

Batch 60 covers the options, commitment and close stages: single offers, choices between
remedies, remedies already carried out, conditional offers, next steps with and without a real
time, thanks, and asking the customer for their view. Beside them sit the hard cases: vague
promises ("leave it with me"), escalations with and without a time, honest refusals and
walled ones, offers that go past what each persona may be given, and asking what the customer
wants without putting anything on the table. A little over a third carry a fault. All six
personas appear, plus generic replies. Roughly half are styled as Whisper transcripts. The batch
was written cold, one reply at a time, from the label definitions in README.md, the method and
the persona files alone, without reading any labelled reply or the judge's code.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra60.jsonl` next to it (ids bi0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # missed-technician: fee waiver, one month's credit, guaranteed 8 am first slot
    dict(p=MT, s="options",
         t="okay so um what i can do is knock the installation fee off completely and uh pop a "
           "months credit on your account, and then get you the eight am slot, first one of the "
           "day. does that sound alright",
         m="OIQ"),
    dict(p=MT, s="options",
         t="Bernadette, you've already given up two mornings for us, and I'm not asking for a "
           "third. I can put you in at eight o'clock on Saturday if a weekend's easier, or "
           "Thursday at eight. Which day suits you?",
         m="AOIQ", n="days inside a choice are an offer, not a commitment"),
    dict(p=MT, s="commitment",
         t="right thats done, the fee's waived and the credits gone on just now, and im booking "
           "friday eight am as we speak",
         m="OC", n="remedies already carried out, with 'just now' / 'as we speak' tied to them"),
    dict(p=MT, s="options",
         t="look, i'll tell you what, i'll just refund everything you've paid us since you signed "
           "up, that's only fair after all this",
         m="O", v=["over_promise"], n="full refund is beyond the missed-technician limits"),
    dict(p=MT, s="options",
         t="I'm so sorry, losing two mornings' pay on top of everything is awful. I'll put a claim "
           "through to cover your wages for both days, and the fee's waived as well.",
         m="AEO", v=["over_promise"], n="lost wages are not allowed; the fee waiver is"),
    dict(p=MT, s="commitment",
         t="yeah we'll get someone back out to you as soon as we can, i'll make a note on the "
           "account",
         m="", n="vague: no slot, no time"),
    dict(p=MT, s="commitment",
         t="I'm going to pass this up to my team leader, and she'll ring you before six tonight.",
         m="C", n="escalation with a time: commitment only, not options"),
    dict(p=MT, s="options",
         t="a full refund isnt something the system lets me put through im afraid, it just "
           "wont go",
         m="", v=["policy"], n="'the system won't let me' wall"),
    dict(p=MT, s="options",
         t="I won't pretend I can refund everything, that's above what I'm allowed to sign off. "
           "What I can do is waive the installation fee and add a month's credit today.",
         m="O", n="honest obstacle, not policy; 'I can ... today' is an offer"),
    dict(p=MT, s="options", t="so what would you like to see happen here bernadette", m="IQ",
         n="asks what she wants without offering anything"),
    dict(p=MT, s="close",
         t="thank you for giving us another go, honestly. the engineers booked for eight on "
           "tuesday and i'll phone you tuesday afternoon to make sure you're up and running",
         m="GOC"),
    dict(p=MT, s="commitment", t="Trust me, it'll never happen to you again. You have my word.",
         m="", v=["over_promise"], n="bare guarantee"),
    dict(p=MT, s="options",
         t="we could do the first year free, how's that, on top of the credit",
         m="OIQ", v=["over_promise"], n="free year beyond limits; 'how's that' checks acceptance"),
    dict(p=MT, s="close",
         t="Right, that's your new appointment sorted. Sorry for any inconvenience this may have "
           "caused, and have a good rest of your day.",
         m="O", v=["non_apology"], n="confirming the rebooked visit is options; no time given"),
    dict(p=MT, s="options",
         t="That's on the contractor, they're the ones who keep not turning up. But I've waived "
           "your fee and the credit went on this morning.",
         m="OC", v=["blame"], n="marks after the violation stand"),
    dict(p=MT, s="options",
         t="to be fair the booking confirmation does say the window can change, its in the small "
           "print, but anyway i can do you the eight oclock slot",
         m="O", v=["correcting"]),
    dict(p=MT, s="options",
         t="I'm really sorry, two wasted days off work is a lot to ask of anyone. Do you want the "
           "month's credit put on now, or the fee taken off your final bill first?",
         m="AEOIQ", n="'now' sits inside a choice: no commitment"),
    dict(p=MT, s="commitment",
         t="whats the best mobile to get you on, so the engineer can text when hes on his way",
         m="Q", n="detail request after venting is a question, not a violation"),
    dict(p=MT, s="commitment",
         t="okay bernadette, so i've- i've put the month's credit on, you'll see it on tonights "
           "statement, and the eight oclock on wednesday is locked in. i know you cant lose "
           "another morning so ill ring you tuesday at five just to double check",
         m="AOC"),

    # lost-express: express fee refund, trace, same-day courier at our cost, claim up to limit
    dict(p=LE, s="options",
         t="so i can get a same day courier booked to run new parts out to your client, on us, "
           "and refund the express fee. um do you want me to get that moving",
         m="OIQ"),
    dict(p=LE, s="commitment",
         t="I'll have the replacement parts at the restaurant by two o'clock today, guaranteed, "
           "you've got my word.",
         m="OC", v=["over_promise"],
         n="guarantees a delivery time the courier controls; still a timed step"),
    dict(p=LE, s="options",
         t="and obviously we'll cover whatever work you lose with the restaurant over this, just "
           "send us the figures",
         m="O", v=["over_promise"], n="paying for lost business"),
    dict(p=LE, s="options",
         t="I'll be straight with you, compensating you for lost business isn't something I can "
           "approve.",
         m="", n="honest refusal with nothing offered: no mark, no violation"),
    dict(p=LE, s="options",
         t="I'm afraid that's our policy, we don't pay out for consequential loss, full stop.",
         m="", v=["policy"]),
    dict(p=LE, s="options",
         t="If you'd taken the enhanced cover when you booked you'd be able to claim the full "
           "value. Standard cover stops at the liability limit.",
         m="", v=["correcting"], n="explains the limit as a lesson; not an offer of the claim"),
    dict(p=LE, s="commitment",
         t="I've opened the trace now, the reference ends four four seven, and I'll ring you with "
           "whatever the depot says by half three.",
         m="OC"),
    dict(p=LE, s="commitment", t="leave it with me and ill chase the depot and get back to you",
         m="", n="vague promise, no time"),
    dict(p=LE, s="options",
         t="Your client's breathing down your neck and that's down to us, not you. I'm sorry. "
           "Can I get a van out with fresh parts today, at our cost?",
         m="AEOIQ", n="'today' inside a proposal"),
    dict(p=LE, s="options",
         t="honestly the firm we use for overnight has been a nightmare lately, its them not us, "
           "but i've refunded your express fee",
         m="O", v=["blame"]),
    dict(p=LE, s="close",
         t="Thanks for hanging on while I sorted all that, Marcus. The driver's due to collect at "
           "one, and I'll text his details over in the next ten minutes.",
         m="GOC"),
    dict(p=LE, s="options",
         t="okay so tell me what you need from us, like what outcome are you after here",
         m="IQ", n="asks without offering"),
    dict(p=LE, s="options",
         t="are you sure it was booked as overnight? it's coming up as standard on my screen",
         m="", v=["doubt"], n="'are you sure' is not a real question"),
    dict(p=LE, s="commitment", t="I'm gonna have to escalate this to a supervisor.", m="",
         n="escalation, no time"),
    dict(p=LE, s="options",
         t="If the trace hasn't turned anything up by lunchtime tomorrow, I can start a claim for "
           "the goods, up to the standard limit, so you're not left waiting on it forever.",
         m="O", n="conditional offer: options, not commitment"),
    dict(p=LE, s="options", t="there's no need to shout at me sir", m="", v=["calm_down"]),
    dict(p=LE, s="commitment",
         t="If you keep swearing at me I'm going to end this call, and then nobody's booking you "
           "a courier.",
         m="", v=["threat_back"]),
    dict(p=LE, s="options",
         t="I can either have a courier at your unit for the replacement parts in the next couple "
           "of hours, or if you'd rather wait on the trace first we can hold off till tomorrow. "
           "Up to you.",
         m="OI", n="'up to you' is an imperative invitation; times inside a choice"),
    dict(p=LE, s="close",
         t="i'm really sorry again that we left you in that spot with your client. you'll get "
           "the fee back by friday at the latest. anything else i can do while ive got you",
         m="AEOCQ", n="ending check: question, not asks_input"),
    dict(p=LE, s="options",
         t="Marcus, it's you and your nephew carrying that client, I get it, this isn't just a "
           "parcel to you. Shall we start with the courier so they've got parts today?",
         m="AOIQ", n="picks one of the remedies already offered and asks permission"),

    # escalated-exec: SLA credit for the quarter, named account manager, dated root-cause report
    dict(p=EE, s="options",
         t="What I can put on the table is the full service credit for this quarter and a "
           "written root-cause report covering all three outages. If a named account manager "
           "would help, I'll arrange that too.",
         m="O"),
    dict(p=EE, s="commitment",
         t="The root-cause report will be with you in writing by Wednesday the eleventh, and "
           "Priya Shah, your account manager, will call you tomorrow before ten.",
         m="OC"),
    dict(p=EE, s="options",
         t="Given everything, I'll waive the exit penalty if you decide to leave. That's the "
           "least we owe you.",
         m="O", v=["over_promise"], n="release from the contract is beyond the limits"),
    dict(p=EE, s="commitment",
         t="we'll make sure theres zero downtime from here on out, no more outages full stop",
         m="", v=["over_promise"], n="bare guarantee of zero downtime"),
    dict(p=EE, s="options",
         t="Send me an invoice for what the outages cost you and I'll get it paid.",
         m="O", v=["over_promise"], n="damages"),
    dict(p=EE, s="options",
         t="I can't release you from the contract, that's a decision well above me, and I'd "
           "rather be honest than string you along. What would your board need to see from us "
           "to feel confident again?",
         m="IQ", n="honest obstacle then asks for her ideas; nothing offered"),
    dict(p=EE, s="options",
         t="Contract exits go through legal. You'd need to put a formal request in writing to "
           "them.",
         m="", v=["policy"]),
    dict(p=EE, s="options",
         t="For the record, the second outage fell inside the maintenance window you were "
           "notified about.",
         m="", v=["accusation", "correcting"]),
    dict(p=EE, s="commitment",
         t="We're taking this very seriously and we'll be looking at what we can do going "
           "forward.",
         m="", n="vague"),
    dict(p=EE, s="close",
         t="Thank you for being so direct with us, it genuinely helps. Before I write up the "
           "root-cause report for you, is there anything your board specifically needs it to "
           "answer?",
         m="GOIQ", n="'before I write up the report for you' declares the remedy"),
    dict(p=EE, s="commitment",
         t="I'm escalating this to our Head of Service Delivery, and he'll email you personally "
           "by five today.",
         m="C", n="escalation with a time"),
    dict(p=EE, s="options",
         t="yeah no three outages in one quarter is- is not okay, and im sorry you've had to go "
           "to the ceo just to get heard. um so i can get the sla credit applied for this "
           "quarter and give you a named account manager, does that sound like a start",
         m="AEOIQ"),
    dict(p=EE, s="options",
         t="outages happen with any platform to be honest, we're no worse than anyone else",
         m="", v=["dismissal"]),
    dict(p=EE, s="options",
         t="I'm sorry you feel the platform hasn't lived up to your expectations. I can raise the "
           "service credit for you.",
         m="O", v=["non_apology"]),
    dict(p=EE, s="commitment",
         t="right so the root cause report, i'll have that to you by the end of next week, "
           "friday the, uh, the twenty first",
         m="OC"),
    dict(p=EE, s="options",
         t="so um honestly what would it take, from your side, to keep ferrow with us",
         m="IQ", n="asks without offering"),
    dict(p=EE, s="close",
         t="I appreciate you giving us the chance to fix this rather than just walking. I'll "
           "follow up with you on Monday morning to check everything's landed.",
         m="GC"),
    dict(p=EE, s="options",
         t="If you want to take it to your lawyer, that's your call. Go ahead.",
         m="", v=["threat_back"]),

    # vip-client         m="", v=["threat_back"]),
    dict(p=EE, s="close",
         t="Thank you, Ms Ashcombe. I know you went out on a limb for us with your board, and I'm "
           "sorry we made that harder. The report is yours by the twentieth.",
         m="GAEOC"),

    # vip-client: transfer fee reversal, named senior banker direct line, same-day transfers
    dict(p=VC, s="options",
         t="Mr Fairclough, I can reverse the fees on that transfer, and from today every "
           "transfer on your accounts can go same-day, at the front of the queue. Which would "
           "you like me to action first?",
         m="OIQ", n="'from today' inside an offer"),
    dict(p=VC, s="options",
         t="I'll get our chief executive to give you a call personally to apologise.",
         m="O", v=["over_promise"]),
    dict(p=VC, s="options",
         t="How about no fees on any of your accounts for the next twelve months?",
         m="OIQ", v=["over_promise"]),
    dict(p=VC, s="options",
         t="and i can get you onto our preferential fx rate going forward, as a gesture",
         m="O", v=["over_promise"]),
    dict(p=VC, s="commitment",
         t="Your senior relationship banker will be Tom Okafor. He'll call you at nine tomorrow "
           "morning with his direct number.",
         m="OC"),
    dict(p=VC, s="options",
         t="I'd be lying if I said I could get the chief executive on the phone for you. What I "
           "can do is give you a named senior banker with a direct line, someone who'll actually "
           "pick up.",
         m="O", n="honest refusal, then an allowed remedy"),
    dict(p=VC, s="options",
         t="with respect sir it was two days, and the house still went through didnt it",
         m="", v=["dismissal"], n="minimising; tag question is not a question"),
    dict(p=VC, s="commitment",
         t="We'll make sure your transfers are looked after better in future.",
         m="", n="vague, no concrete remedy"),
    dict(p=VC, s="options",
         t="so would you rather i start with the fee reversal or the same day transfers, either's "
           "fine by me",
         m="OIQ"),
    dict(p=VC, s="close",
         t="Thank you for staying with us through this, and for telling me about Sterling and "
           "Marsh. I appreciate the honesty.",
         m="G"),
    dict(p=VC, s="options",
         t="just so you know for next time, payments sent after the two pm cut off dont go out "
           "till the next working day",
         m="", v=["correcting"]),
    dict(p=VC, s="options",
         t="The delay actually came from the correspondent bank, not us. They held it for "
           "compliance checks.",
         m="", v=["blame"]),
    dict(p=VC, s="commitment",
         t="Hearing it from the seller's solicitor before you heard it from us, that's "
           "unforgivable, and I'm sorry. I reversed the transfer fees this morning, you'll see "
           "them credited by tomorrow.",
         m="AEOC"),
    dict(p=VC, s="options",
         t="I'm not permitted to discuss compensation over the phone. You'll need to write to our "
           "complaints team.",
         m="", v=["policy"]),
    dict(p=VC, s="commitment",
         t="I'll get the fee reversal done for you and someone will be in touch about the direct "
           "line.",
         m="O", n="remedies named but no time: no commitment"),
    dict(p=VC, s="close",
         t="good, so thats the fees reversed and priority transfers switched on. thank you mr "
           "fairclough, i know you didnt have to give us the time. you'll get an email confirming "
           "both before five",
         m="OGC"),
    dict(p=VC, s="options",
         t="well if Sterling and Marsh are so wonderful maybe you should move your money there "
           "then",
         m="", v=["threat_back", "insult"], n="sarcastic, and 'move your accounts then'"),
    dict(p=VC, s="options", t="What would you consider a fair outcome, Mr Fairclough?", m="IQ",
         n="asks without offering"),
    dict(p=VC, s="options",
         t="I'm sorry, Mr Fairclough. Having to ring the seller yourself and plead, that should "
           "never have been on you. From here I can set up same-day transfers on all your "
           "accounts. Would that help?",
         m="AEOIQ"),

    # failed-twice: same-model replacement + 2-year warranty, or senior engineer this week + loan
    dict(p=FT, s="options",
         t="so kelly i can either swap it for a brand new one, same model, and stick an extra two "
           "years warranty on it, or i can get a senior engineer out to you this week and drop "
           "off a loan machine in the meantime. which one's better for you with the kids",
         m="OIQ"),
    dict(p=FT, s="options",
         t="You know what, I'll bump you up to the next model, the nine kilo one, no charge.",
         m="O", v=["over_promise"], n="upgraded model"),
    dict(p=FT, s="options",
         t="And I'll throw in something towards what you've spent at the laundromat as well.",
         m="O", v=["over_promise"], n="compensation on top"),
    dict(p=FT, s="commitment", t="the new one wont break down, i can promise you that", m="",
         v=["over_promise"], n="bare guarantee"),
    dict(p=FT, s="commitment",
         t="I've ordered the replacement just now. It'll be delivered and fitted on Thursday "
           "between eight and one, and the two-year warranty will be on your account by tonight.",
         m="OC"),
    dict(p=FT, s="commitment",
         t="I'm so sorry nobody called you back on Monday, that should never have happened. I'm "
           "going to ring you myself tomorrow at ten, and it'll be me on the line, not a queue.",
         m="AEC", n="callback with a time: commitment, not options"),
    dict(p=FT, s="commitment", t="someone from the service team will be in touch about your machine",
         m="", n="vague"),
    dict(p=FT, s="options", t="what would you like us to do with the machine", m="IQ"),
    dict(p=FT, s="options",
         t="I can't do a refund on it, I'm sorry. It's not something I'm able to approve.",
         m="", n="sorry for a refusal is not empathy; honest obstacle, no violation"),
    dict(p=FT, s="options",
         t="A bigger model's not something I can sign off, I'll be upfront. But I can get you a "
           "new one of the same model with two extra years on the warranty. Does that help at "
           "all?",
         m="OIQ"),
    dict(p=FT, s="options",
         t="are you using the right detergent? cos a lot of these faults come from too much "
           "powder",
         m="", v=["correcting", "blame"], n="hostile question pinning it on her"),
    dict(p=FT, s="options",
         t="machines do break down sometimes unfortunately, nobody could have done anything "
           "about it",
         m="", v=["dismissal"]),
    dict(p=FT, s="close",
         t="thanks so much for bearing with us kelly honestly, i know its been a rubbish two "
           "weeks with all that washing. engineer's wednesday morning and the loan machine comes "
           "with him",
         m="AEGOC", n="confirmed visit with a day"),
    dict(p=FT, s="options", t="Kelly, I need you to take a breath and let me finish.", m="",
         v=["calm_down"]),
    dict(p=FT, s="commitment",
         t="ok so the replacement then. im putting the order through right now and you'll get a "
           "text with the delivery day in the next twenty minutes",
         m="OC"),
    dict(p=FT, s="options",
         t="In the meantime I can get a loan machine dropped round tomorrow while the senior "
           "engineer sorts yours out.",
         m="O"),
    dict(p=FT, s="commitment",
         t="Can you read me the serial number off the sticker inside the door?", m="Q"),
    dict(p=FT, s="close",
         t="appreciate you telling me about the laundromat, honestly, thats- thats ninety dollars "
           "you shouldnt have had to spend and im sorry. so thats the new machine saturday, and "
           "ill call you friday at four to confirm",
         m="GAEOC"),

    # billing-error: refund both charges, reimburse overdraft fee, written cancellation
    dict(p=BE, s="options",
         t="right so what i can do is put both payments back and pay you back the overdraft "
           "charge too, and ill get you something in writing saying the subscriptions properly "
           "cancelled. do you want that emailed or posted",
         m="OIQ"),
    dict(p=BE, s="options", t="And I'll add three free months on top, to say sorry.", m="O",
         v=["over_promise"]),
    dict(p=BE, s="options",
         t="Don't worry about the overdraft fee, your bank will reverse it once they see it was "
           "our mistake.",
         m="", v=["over_promise"], n="promise about what her bank will do"),
    dict(p=BE, s="options",
         t="I'm so sorry about your rent bouncing. I'll cover any late fee your landlord charged "
           "as well.",
         m="AEO", v=["over_promise"]),
    dict(p=BE, s="commitment",
         t="Both refunds are going through now, Mrs Ellison. They'll show in your account by "
           "Wednesday, and the confirmation letter goes out first class today.",
         m="OC"),
    dict(p=BE, s="commitment", t="that should all be sorted in a few days", m="",
         n="vague, no named step"),
    dict(p=BE, s="options",
         t="The person you spoke to on chat clearly didn't process it properly, that's where it "
           "went wrong.",
         m="", v=["blame"]),
    dict(p=BE, s="options",
         t="I'm sorry, I know you were hoping for something extra for the trouble, and I can't do "
           "that, I'll be honest. But the overdraft fee, I can reimburse that in full.",
         m="O", n="sorry attached to the refusal; honest obstacle"),
    dict(p=BE, s="close",
         t="Thank you, Margaret, for being so patient with us, and for ringing back when you'd "
           "every right not to. I'll call you on Thursday morning to check the money's landed.",
         m="GC"),
    dict(p=BE, s="options", t="What would you like to happen now, Mrs Ellison?", m="IQ"),
    dict(p=BE, s="options",
         t="the cancellation only takes effect at the end of the billing period, it does explain "
           "that in the terms",
         m="", v=["correcting"]),
    dict(p=BE, s="options",
         t="hmm, im only seeing the one charge on my end, are you sure it came out twice?",
         m="", v=["doubt"]),
    dict(p=BE, s="commitment",
         t="So that's two charges after you'd cancelled and an overdraft fee on top. I've put "
           "both charges back this afternoon and the fee reimbursement's going with them, it "
           "should reach you Friday.",
         m="AOC"),
    dict(p=BE, s="close",
         t="sorry if you've had a bad experience with us, the refunds been done anyway",
         m="O", v=["non_apology"]),
    dict(p=BE, s="options", t="there's really no need to get this upset over forty quid", m="",
         v=["calm_down", "dismissal"]),
    dict(p=BE, s="commitment", t="I'll put a note on and flag it to billing, they'll pick it up.",
         m="", n="hand-off, no time"),
    dict(p=BE, s="options",
         t="Oh Margaret, I'm so sorry, with your rent and everything. Would it help if I got the "
           "overdraft fee back to you first, today, and the two charges follow by the end of the "
           "week?",
         m="AEOIQ", n="times inside a proposal"),
    dict(p=BE, s="commitment",
         t="okay ive done it. both charges refunded at, uh, ten past two, and the overdraft fees "
           "reimbursement is, is on the same payment. youll have an email with all of it before "
           "half past",
         m="OC"),

    # generic         m="OC"),
    dict(p=BE, s="options", t="Nine years, and this is how we've treated you. I'm really sorry, "
           "Margaret.", m="AE"),

    # generic
    dict(p=None, s="options",
         t="I'm going to be honest, I can't make all of it go away. But let me tell you what I "
           "can do, and you tell me if it's enough.",
         m="I", n="lead-in with no remedy named yet; invitation counts as asks_input"),
    dict(p=None, s="close", t="thanks for your patience while I looked into that", m="G"),
    dict(p=None, s="commitment",
         t="I'll email you a full summary by five o'clock tonight so you've got it all in writing.",
         m="C", n="a summary is a next step, not a remedy"),
    dict(p=None, s="commitment", t="we'll sort something out for you dont worry", m="",
         n="vague"),
    dict(p=None, s="options", t="There's nothing more I can do from here, I'm afraid.", m="",
         v=["dismissal"]),
    dict(p=None, s="options",
         t="I can offer you a refund or a credit on your account, it's completely your call.",
         m="OI"),
    dict(p=None, s="options", t="How would you like me to handle it from here?", m="IQ"),
    dict(p=None, s="commitment", t="i'll get my manager to give you a call at some point", m="",
         n="escalation with a vague time"),
    dict(p=None, s="close",
         t="Thank you for bringing this to us instead of just leaving, honestly. It's helped me "
           "spot a problem we'd missed.",
         m="G"),
    dict(p=None, s="commitment",
         t="You'll have the replacement by Tuesday, and I'll ring you Tuesday evening to make "
           "sure it's all working.",
         m="OC"),
    dict(p=None, s="close", t="Is there anything else you need from me today?", m="Q",
         n="ending check"),
    dict(p=None, s="close",
         t="I appreciate you bearing with me, I know this call's gone on longer than it should "
           "have. I'm sorry about that.",
         m="GE"),
    dict(p=None, s="options", t="that's not really my area, you'd need to speak to accounts",
         m="", v=["dismissal"]),
    dict(p=None, s="options", t="would a partial refund be something you'd consider", m="OIQ"),
    dict(p=None, s="options", t="um so like, what are you hoping we can do", m="IQ"),
    dict(p=None, s="options",
         t="i can see youre frustrated but theres a process and we have to follow it",
         m="", v=["policy"], n="'but' into a wall cancels the acknowledgement"),
    dict(p=None, s="commitment",
         t="Right, I've logged it, I've credited your account, and you'll get a confirmation text "
           "in the next ten minutes. Thanks for sticking with me.",
         m="OCG"),
    dict(p=None, s="close", t="okay well if you're gonna be like that i'll just put the phone down",
         m="", v=["threat_back"]),
    dict(p=None, s="commitment",
         t="sorry, can i just take the postcode again, make sure it goes to the right address",
         m="Q", n="'sorry' as politeness; detail request after venting"),
    dict(p=None, s="options",
         t="I totally get why you're annoyed, and you're right, you shouldn't have had to call "
           "three times. Let me put a credit on the account now and phone you back at four to "
           "check it's showing.",
         m="AEOC"),
    dict(p=None, s="options",
         t="I'm not authorised to go beyond that, and I'd sooner tell you straight than promise "
           "something I can't deliver. What would you like to do?",
         m="IQ", n="honest obstacle, then asks for their view"),
    dict(p=None, s="close", t="we've all got problems love", m="", v=["insult", "dismissal"]),
    dict(p=None, s="options",
         t="ok so i understand the first fix didnt hold, and thats on us. i can either redo it "
           "tomorrow morning or refund you today, what suits",
         m="AOIQ"),
    dict(p=None, s="close",
         t="That's everything set up. Thanks again for your patience, and I'm sorry it took a "
           "second call to get here.",
         m="GE"),
]

write_batch(ITEMS, "bi", Path(__file__).with_name("replies_extra60.jsonl"))
