"""Source of `replies_extra83.jsonl`: hand-written trainee replies from tired, defensive or irritated
trainees, labelled by hand (tune split only).

Batch 83 was written cold: from the label definitions and rules in README.md, the method in
/work/shared/METHOD.md and the six persona files alone, without reading any labelled reply or any
of the judge's code. Each reply was written one at a time, as a different trainee on a different
day, mostly worn-down ones: the fault slips in mid-sentence or sits next to a genuine mark. The
faults are mostly insult (answering in kind, sarcasm, condescension, mockery, exasperation,
transcribed sighs), blame (colleagues, the courier, contractors, the chat team, the customer),
correcting (what the customer should have done, "actually", explaining how things work at them)
and doubt (questioning their story, "our records show", "are you sure"), with a few of the other
kinds. About 55% carry a fault; the rest are hard negatives that are fine by the README: owning
the failure, neutral facts from the system that back the customer, gentle clarification at the
right stage, and honest limits. All six personas and generic replies, every stage; about half are
styled like Whisper transcripts, with vocabulary from different regions.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra83.jsonl` next to it (ids cf0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician -------------------------------------------------------------------
    dict(p=MT, s="vent", t="okay yeah i mean we did send a text the night before but uh go on",
         m="", v=["doubt"], n="contradicts her 'nobody told me' with a claim of our own"),
    dict(p=MT, s="heard", t="Two mornings off work, and both times nobody turned up or even rang you. "
         "That's on us, Ms Kowalski, and I'm sorry.", m="AE"),
    dict(p=MT, s="heard", t="i get it i do but honestly the techs are contractors so like its not "
         "really us who- who decides when they show", m="", v=["blame"],
         n="'but' leads into shifting fault to the contractors, so 'i get it' is cancelled"),
    dict(p=MT, s="options", t="look I've already said I can't refund everything, so um, for the third "
         "time, it's the fee waived, a month's credit and the eight a.m. slot", m="O", v=["insult"],
         n="remedies are real; 'for the third time' is exasperation thrown back"),
    dict(p=MT, s="commitment", t="I've booked you the eight o'clock slot on Thursday, first job of the "
         "day, and the fee's already off your account as of right now.", m="OC"),
    dict(p=MT, s="vent", t="[sighs] okay", m="", v=["insult"], n="rule 12: transcribed sigh"),
    dict(p=MT, s="heard", t="So the window was eight to twelve, you waited the whole four hours, twice. "
         "Just to check, did the booking confirmation come through by email or by text?", m="AQ",
         n="gentle clarification at the heard stage, not doubt"),
    dict(p=MT, s="close", t="yeah well hopefully the tech actually turns up this time, theyre not "
         "exactly reliable are they haha", m="", v=["blame"],
         n="runs down the technicians; 'are they' is a tag, not a question"),
    dict(p=MT, s="options", t="I can't do the full refund, that's not something I'm able to authorise, "
         "but what I can do is waive the installation fee, put a month's credit on your account and get "
         "you the first slot at eight. Would that help?", m="OIQ",
         n="honest limit, not a policy wall; 'sorry'-free refusal then remedies"),
    dict(p=MT, s="heard", t="I'm really sorry, two mornings is a lot. Although, to be fair, the first "
         "one was rescheduled by text, it's just the number on your account was an old one.", m="",
         v=["blame", "doubt"],
         n="contrastive 'although' leads into faulting her number and contradicting 'nobody called', "
           "so the apology is cancelled"),
    dict(p=MT, s="heard", t="you took two days off for this yeah? and youre on hourly? god thats- thats "
         "wages gone. im sorry", m="AEQ", n="'you're on hourly?' is a real question about her situation"),
    dict(p=MT, s="vent", t="maam shouting at me isnt gonna get the technician there any quicker",
         m="", v=["calm_down"]),
    dict(p=MT, s="heard", t="It says here he attended at ten forty though, ma'am.", m="", v=["doubt"]),
    dict(p=MT, s="options", t="I'll waive the fee and stick a month's credit on, and, honestly, next "
         "time maybe leave us a number we can actually reach you on.", m="O", v=["correcting"],
         n="genuine remedies, then tells her what she should do"),
    dict(p=MT, s="heard", t="I hear you. Two wasted mornings. That's- yeah, I'd be livid. Although in "
         "fairness it was the subcontractor both times, not our own engineers.", m="", v=["blame"],
         n="contrastive 'although' straight into blame cancels acknowledge and empathise"),
    dict(p=MT, s="heard", t="hold on, youre saying nobody rang at all? cos dispatch swear blind they "
         "called you", m="", v=["doubt"], n="'you're saying...?' is hostile, not a question"),
    dict(p=MT, s="heard", t="Our notes have the tech down as 'no access' both days, which is plainly "
         "wrong if you were home all morning, and I believe you. I'll get that taken off your record.",
         m="A", n="hard negative: the record is quoted to side with her, not to doubt her; no time, "
                  "no commitment"),

    # --- lost-express ------------------------------------------------------------------------
    dict(p=LE, s="vent", t="right so the tracking- sorry just, the tracking says it was scanned at "
         "the hub so its not like it vanished", m="", v=["doubt"]),
    dict(p=LE, s="heard", t="i mean to be fair thats the couriers fault not ours, we just hand it over "
         "to them", m="", v=["blame"]),
    dict(p=LE, s="heard", t="You paid for overnight, it never turned up, tracking's been blank since "
         "collection, and now your restaurant client's on your back. I'd be livid.", m="AE"),
    dict(p=LE, s="options", t="Okay, so I'll refund the express fee, open a trace, and if you want I can "
         "get a same-day courier out for replacement parts on us. Which would you like me to start "
         "with?", m="OIQ", n="'I'll refund' has no time, so no commitment"),
    dict(p=LE, s="options", t="Compensation for lost business? Yeah, that's not how courier liability "
         "works, sir. You'd want your own business insurance for that.", m="", v=["correcting"],
         n="explains how things work at him and what he should have"),
    dict(p=LE, s="vent", t="uh huh. uh huh. well honestly mate if it was that urgent you could of used "
         "the timed delivery", m="", v=["correcting"]),
    dict(p=LE, s="commitment", t="Trace is open as of now, the express fee's refunded, and I'll book the "
         "same-day courier for the replacement parts in the next ten minutes and text you the booking.",
         m="OC", n="no delivery time promised, so no over_promise"),
    dict(p=LE, s="heard", t="Look, I hear you, but you're not the only one whose parcel's gone missing "
         "this week, we're swamped.", m="", v=["dismissal"],
         n="minimising after 'but' cancels the 'I hear you'"),
    dict(p=LE, s="close", t="Thanks for sticking with me, Marcus, and for not hanging up on me earlier. "
         "I know you had every reason to.", m="GE",
         n="sincere thanks; 'every reason to' validates his anger"),
    dict(p=LE, s="heard", t="so- so youre saying nothing at all since collection? cause normally theres "
         "at least a depot scan, are you sure youre looking at the right tracking number", m="",
         v=["doubt"]),
    dict(p=LE, s="vent", t="yeah yeah i hear you, anyway whats the consignment number", m="Q",
         v=["premature_details"], n="dismissive 'I hear you' is not acknowledge; details while venting"),
    dict(p=LE, s="heard", t="Your client's furious with you over something we did, and that's not fair "
         "on you. Is there anything I can do to help smooth it over with them?", m="AEIQ"),
    dict(p=LE, s="options", t="i can do the refund on the express fee today, cant do the lost business "
         "stuff sorry thats above me, but the trace and a same day courier for the new parts, yeah i can "
         "do that, want me to set that up", m="OIQ",
         n="honest limit ('above me'), not dismissal; 'sorry' apologises for a refusal so no empathise"),
    dict(p=LE, s="vent", t="Sir. Sir. I need you to stop swearing at me or I'll have to end the call.",
         m="", v=["calm_down", "threat_back"]),
    dict(p=LE, s="heard", t="I'm sorry, that's rubbish for you. The depot in Leeds has been a nightmare "
         "all month, they lose everything.", m="E", v=["blame"],
         n="apology stands (no 'but'); then blames the depot"),
    dict(p=LE, s="options", t="refund on the express, a trace, and a same day courier for the new parts, "
         "all on us. you should count yourself lucky to be honest", m="O", v=["insult"]),
    dict(p=LE, s="heard", t="The tracking hasn't moved since the collection scan on Tuesday, so I'm "
         "seeing exactly what you're seeing.", m="A",
         n="hard negative: a neutral system fact that backs him"),
    dict(p=LE, s="options", t="before i refund anything, you did definitely pay for express and not "
         "standard? cos its showing standard on my end", m="", v=["doubt"],
         n="'are you sure' in other words; not a real question"),

    # --- escalated-exec ----------------------------------------------------------------------
    dict(p=EE, s="vent", t="With respect, Ms Ashcombe, emailing the CEO doesn't actually make it go "
         "any faster. It just comes straight back down to us.", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="Three outages in one quarter, every one of them past the SLA, and your "
         "warehouses stood still each time. I understand why you went straight to our CEO.", m="AE",
         n="'I understand why you...' validates her reaction"),
    dict(p=EE, s="heard", t="the second outage was actually caused by your sides firewall change, so "
         "strictly speaking its two not three", m="", v=["blame", "correcting"]),
    dict(p=EE, s="options", t="What I can offer is the SLA service credit for the quarter, a named "
         "account manager, and a written root-cause report by the twentieth. Releasing you from the "
         "contract isn't something I can do.", m="O",
         n="date inside an offer is not commitment; honest limit, not policy"),
    dict(p=EE, s="commitment", t="You'll have the root-cause report by Friday the fourteenth, and Priya "
         "Shah is your account manager from today. She'll call you before five.", m="OC"),
    dict(p=EE, s="heard", t="yeah look the infra team pushed a bad update, again, thats them not us, "
         "i'm on the support side", m="", v=["blame", "dismissal"]),
    dict(p=EE, s="vent", t="mm. okay.", m="", n="letting her vent"),
    dict(p=EE, s="heard", t="i- i understand you're angry and honestly you've every right to be, three "
         "outages is- it's not acceptable", m="AE"),
    dict(p=EE, s="close", t="Well, thanks for finally letting me get a word in.", m="", v=["insult"],
         n="sarcastic thanks"),
    dict(p=EE, s="heard", t="I'm sorry. I'd be raging too, especially after you'd stood up for us. Can I "
         "ask how it's landed with your board?", m="EQ"),
    dict(p=EE, s="options", t="Honestly, I'd love to let you out of the contract, but I can't, and nobody "
         "on this line can. What I can do is the service credit and a named account manager. Would that "
         "be a start?", m="OIQ", n="honest limit, not dismissal"),
    dict(p=EE, s="vent", t="Ms Ashcombe, these outages affect all our clients, not just Ferrow.", m="",
         v=["dismissal"], n="minimising"),
    dict(p=EE, s="heard", t="mm well ill be honest the ops team did email your IT contact about the "
         "maintenance window so", m="", v=["blame"], n="puts it on her own IT people"),
    dict(p=EE, s="close", t="i really appreciate you giving us the chance to fix this instead of going "
         "straight to the lawyers", m="G"),
    dict(p=EE, s="options", t="We can't guarantee zero downtime, nobody honestly can, but the service "
         "credit and a root-cause report by the twentieth, those I can commit to. How does that sound?",
         m="OIQ", n="offer waiting for her answer, so no commitment; honest limit"),
    dict(p=EE, s="heard", t="with respect you did sign off on the migration date, so the second ones "
         "partly on your team", m="", v=["blame"]),
    dict(p=EE, s="vent", t="[exhales] right. go on then.", m="", v=["insult"], n="rule 12"),
    dict(p=EE, s="options", t="Thank you for bearing with us. I can offer the SLA credit and an account "
         "manager. Frankly, the contract's pretty clear damages aren't on the table, you did sign it.",
         m="GO", v=["correcting"]),
    dict(p=EE, s="heard", t="You're right, three in a quarter is unacceptable. For what it's worth it "
         "wasn't the same fault each time, so it's not like nothing's been fixed.", m="A",
         v=["correcting"], n="no contrastive connective, so acknowledge stands; then sets her straight"),
    dict(p=EE, s="heard", t="Just so I've got it right, the third outage was the one on the twelfth, "
         "the one that took the Doncaster site down?", m="AQ",
         n="hard negative: checking the trainee's own understanding, not doubting her"),
    dict(p=EE, s="heard", t="Three? I've only got two logged against your account for this quarter, "
         "Ms Ashcombe.", m="", v=["doubt"]),

    # --- vip-client --------------------------------------------------------------------------
    dict(p=VC, s="vent", t="Sir, with the greatest respect, two days isn't unusual for an international "
         "wire. There are intermediary banks involved.", m="", v=["correcting", "dismissal"]),
    dict(p=VC, s="heard", t="You found out from the seller's solicitor rather than from us. That's the "
         "part I'd be angriest about, honestly. I'm sorry.", m="AE"),
    dict(p=VC, s="heard", t="Oh, I'm sure Sterling and Marsh would have done it in an hour, sir.", m="",
         v=["insult"], n="sarcasm"),
    dict(p=VC, s="options", t="I can reverse the fees on that transfer and set you up with a direct line "
         "to a senior banker. A year of free banking's not on the table, though.", m="O",
         n="'though' leads into an honest limit, no violation"),
    dict(p=VC, s="heard", t="the delay was at the correspondent bank sir not us, we sent it same day",
         m="", v=["blame"]),
    dict(p=VC, s="commitment", t="I'll reverse the transfer fees before we hang up, and your senior "
         "banker, James Okafor, will ring you by eleven tomorrow with his direct line.", m="OC"),
    dict(p=VC, s="vent", t="right. and the, uh, reference for the transfer?", m="Q",
         v=["premature_details"]),
    dict(p=VC, s="heard", t="our records show it was submitted after the cut off sir, four fifteen, so "
         "it went the next morning", m="", v=["accusation", "correcting"], n="rule 10"),
    dict(p=VC, s="close", t="Thank you for staying with us through all that, Mr Fairclough. I know it's "
         "been a rotten week.", m="GE"),
    dict(p=VC, s="options", t="what- what would actually make this right for you, within reason? the fee "
         "reversal, the direct line, same day transfers, those i can do today", m="OIQ"),
    dict(p=VC, s="vent", t="Mr Fairclough, if you could just let me get a word in.", m="",
         v=["calm_down"], n="telling him to stop talking while he vents"),
    dict(p=VC, s="heard", t="Two days late on a completion, the deal nearly fell through, and you had to "
         "hear it from their solicitor. That's a mess, sir, and it's ours.", m="A",
         n="owns it; no feeling named and no apology, so no empathise"),
    dict(p=VC, s="options", t="fine, ill reverse the fees. will that make his lordship happy", m="O",
         v=["insult"], n="mockery; the sarcastic question is not a question"),
    dict(p=VC, s="heard", t="I appreciate you've banked with us a long time, sir, but that doesn't change "
         "the cut-off times.", m="", v=["policy", "correcting"],
         n="not gratitude for anything he did; leads into a rules wall"),
    dict(p=VC, s="options", t="Would a direct line to a named senior banker help, so you never have to go "
         "through the switchboard again? Or expedited transfers. Or both, honestly.", m="OIQ"),
    dict(p=VC, s="close", t="thank you sir and um for what its worth im sorry you found out the way you "
         "did", m="GE", n="'sorry you' + the actual event"),
    dict(p=VC, s="heard", t="um so just to be clear was the completion due wednesday or thursday? i wanna "
         "get the timeline right for the complaint", m="Q", n="clarifying at the right time"),
    dict(p=VC, s="vent", t="yes, i heard you the first time, sir", m="", v=["insult"]),
    dict(p=VC, s="heard", t="sorry, whats the account number again", m="Q",
         n="heard stage, so not premature; 'sorry' is a politeness marker"),
    dict(p=VC, s="commitment", t="Right. Fees reversed as of now. Happy? Your banker will ring tomorrow "
         "at ten.", m="OC", v=["insult"], n="'Happy?' is sarcastic, not a question"),
    dict(p=VC, s="heard", t="Of course, Mr Fairclough. I'm sure a man of your experience knows wires can "
         "take a couple of days.", m="", v=["insult", "correcting"]),
    dict(p=VC, s="heard", t="It wasn't the correspondent bank and it wasn't you. It was us, and we "
         "should have rung you the minute it stalled.", m="A",
         n="hard negative: names the other bank only to take the fault ourselves"),

    # --- failed-twice ------------------------------------------------------------------------
    dict(p=FT, s="vent", t="are you sure its the same fault though? sometimes its the load balance like "
         "if you overfill it", m="", v=["doubt", "correcting"]),
    dict(p=FT, s="heard", t="Broke down twice since the repair, and nobody called you back on Monday like "
         "you were promised. That one's on us.", m="A", n="owning, no feeling or apology"),
    dict(p=FT, s="heard", t="yeah the supervisor was off sick monday so thats why no one rang, not much we "
         "could do", m="", v=["blame", "dismissal"]),
    dict(p=FT, s="options", t="I can send a new one, same model, with an extra two years' warranty, or "
         "get a senior engineer out this week with a loaner till it's fixed. Which would be easier with "
         "the little ones?", m="OIQ", n="'this week' inside a choice is not commitment"),
    dict(p=FT, s="options", t="An upgrade? Come on, it's a washing machine, not a car.", m="",
         v=["insult"]),
    dict(p=FT, s="commitment", t="The senior engineer's booked for Wednesday morning, and the loan machine "
         "goes on the van tomorrow, so you'll have it by tomorrow afternoon.", m="OC"),
    dict(p=FT, s="heard", t="I'm sorry, but honestly if you'd registered the warranty online we'd have had "
         "you on priority.", m="", v=["correcting"], n="'but' into correcting cancels the apology"),
    dict(p=FT, s="vent", t="i- okay. im listening, go on", m="", n="back-channel, rule 13"),
    dict(p=FT, s="heard", t="Two weeks without a washer with little ones in the house? I can't imagine.",
         m="AE", n="rhetorical '?', not a question; rule 8"),
    dict(p=FT, s="close", t="ok so thats the replacement sorted, um, try not to overload this one yeah",
         m="O", v=["correcting"], n="confirms the remedy, then lectures her"),
    dict(p=FT, s="heard", t="i know its frustrating but the engineer did fix it, it was working when he "
         "left", m="", v=["doubt"], n="'but' into doubt cancels A and E"),
    dict(p=FT, s="heard", t="ugh. okay. and what do you want me to do about it exactly", m="",
         v=["insult"], n="hostile, so neither asks_input nor question"),
    dict(p=FT, s="commitment", t="Okay Kelly, the replacement's ordered, same model, it'll be delivered "
         "Thursday between seven and one, and the two-year warranty's already on your account.", m="OC"),
    dict(p=FT, s="vent", t="look im not the one who broke your machine", m="", v=["dismissal"],
         n="ducking it, close to 'I just work here'"),
    dict(p=FT, s="close", t="thanks for being patient with me kelly honestly, i know youve been dragging "
         "laundry round town for two weeks", m="GA"),
    dict(p=FT, s="heard", t="I'm really sorry about the callback. Dave's lot are a shambles, to be honest.",
         m="E", v=["blame"]),
    dict(p=FT, s="heard", t="Honestly Kelly, seven months old and it's packed in twice? I'd want to throw "
         "it out the window.", m="AE", n="rhetorical '?'"),
    dict(p=FT, s="heard", t="ah sure look are you certain its the same machine we repaired? cos the "
         "serial's coming up different on mine", m="", v=["doubt"]),

    # --- billing-error -----------------------------------------------------------------------
    dict(p=BE, s="vent", t="yeah, Kevin's new, he shouldn't have told you it was fixed, he doesn't even "
         "have access to billing", m="", v=["blame"]),
    dict(p=BE, s="heard", t="You cancelled, we charged you twice anyway, it tipped you into your "
         "overdraft, and then our chat told you it was sorted when it wasn't. I'm so sorry, Mrs Ellison.",
         m="AE"),
    dict(p=BE, s="heard", t="technically the second one's just a pending authorisation, it would of "
         "dropped off on its own in a few days", m="", v=["correcting", "doubt"],
         n="'technically' corrects her and disputes that she was charged twice"),
    dict(p=BE, s="options", t="I can't promise your bank will give the overdraft fee back, but we'll "
         "reimburse it ourselves, so you won't be out of pocket.", m="O",
         n="honest limit, stays within the allowed remedies"),
    dict(p=BE, s="commitment", t="both refunds go back on your card today, the overdraft fee's reimbursed "
         "by friday, and im emailing the cancellation confirmation right now while were on the phone",
         m="OC"),
    dict(p=BE, s="vent", t="ok maam can i just get your account number first", m="Q",
         v=["premature_details"]),
    dict(p=BE, s="heard", t="Did you cancel through the app or by phone? Because if it was the app, it "
         "sometimes doesn't go through unless you hit confirm at the end.", m="Q", v=["correcting"],
         n="the question is real, but it leads into explaining her likely mistake"),
    dict(p=BE, s="close", t="Thank you for your patience, Mrs Ellison, and for giving us the chance to "
         "put it right after last week.", m="G"),
    dict(p=BE, s="heard", t="I'm looking at the chat log now and I can't actually see anywhere it says "
         "it was fixed.", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="Oh, you're a teacher? Then you'll appreciate that the billing cycle runs a "
         "month in arrears.", m="", v=["insult", "correcting"], n="condescending lesson"),
    dict(p=BE, s="options", t="Three free months isn't something I'm able to give, Mrs Ellison, I'll be "
         "honest with you. But both charges back and the overdraft fee covered, I can do that today. "
         "Shall I?", m="OIQ", n="'today' inside a proposal is an offer"),
    dict(p=BE, s="vent", t="mm-hm. mm-hm. take your time", m="", n="back-channel"),
    dict(p=BE, s="heard", t="Our system says the cancellation went through on the fourth, and the charges "
         "are dated the second and third.", m="", v=["accusation", "correcting"],
         n="rule 10: record used to insist the charges came before she cancelled"),
    dict(p=BE, s="heard", t="okay pet so chat said it was fixed and it wasnt, and now youre overdrawn on top "
         "of it. id be fuming. im sorry", m="AE"),
    dict(p=BE, s="options", t="i mean i can refund the two charges, the overdraft is really between you "
         "and your bank though", m="O", v=["dismissal"],
         n="ducks the overdraft fee we are allowed to reimburse"),
    dict(p=BE, s="close", t="thank you for ringing mrs ellison and sorry again for the hassle with kevin, "
         "hes still in training", m="GE", v=["blame"],
         n="marks stand (no 'but'); then puts it on a colleague"),
    dict(p=BE, s="heard", t="i get it, its annoying, but its only twelve ninety-nine, its hardly the end "
         "of the world", m="", v=["dismissal"], n="'but' into minimising cancels the marks"),
    dict(p=BE, s="options", t="so I can refund both charges and cover the overdraft fee, which, honestly, "
         "you could've avoided if you'd checked your statement sooner, but anyway, want me to go ahead?",
         m="OIQ", v=["correcting"]),
    dict(p=BE, s="vent", t="sorry- sorry mrs ellison can i just check, is it the card ending four two one "
         "one?", m="Q", v=["premature_details"]),
    dict(p=BE, s="heard", t="I can see both charges here, on the second and the third, and both after "
         "your cancellation on the first. So you're absolutely right.", m="A",
         n="hard negative: system record that backs her"),

    # --- generic ---------------------------------------------------------------------------
    dict(p=None, s=None, t="I'm not going to argue with you about whose fault it is. It's ours. Let's "
         "fix it.", m="A", n="owning the failure; 'I'm not going to argue' is not a violation"),
    dict(p=None, s="heard", t="I can hear how fed up you are, and you've every right to be.", m="AE"),
    dict(p=None, s=None, t="honestly it's all explained in the email we sent you when you signed up",
         m="", v=["correcting"]),
    dict(p=None, s=None, t="like i said like three times already, the system does it automatically", m="",
         v=["insult", "correcting"]),
    dict(p=None, s="heard", t="thats weird, nobody else has reported that", m="", v=["doubt"]),
    dict(p=None, s="heard", t="I can't change what already happened, I wish I could. Would it be okay if "
         "I asked a couple of questions about the account now?", m="IQ", n="asks permission"),
    dict(p=None, s="heard", t="That mistake was ours, not yours, and I'm sorry you had to ring back about "
         "it.", m="AE"),
    dict(p=None, s=None, t="yeah, sorry for any inconvenience", m="", v=["non_apology"]),
    dict(p=None, s=None, t="If you can bear with me two minutes, I'm going to check exactly what happened "
         "so I'm not guessing.", m="C", n="declared step with a time"),
    dict(p=None, s="heard", t="Honestly? I'd have lost my temper a lot sooner than you did.", m="E",
         n="'Honestly?' is not a question"),
    dict(p=None, s="vent", t="are you done?", m="", v=["insult"]),
    dict(p=None, s="heard", t="thats not what happened though is it, cause i can see the call log", m="",
         v=["doubt"]),
    dict(p=None, s="commitment", t="I'll call you back by half three with an answer, whichever way it "
         "goes.", m="C"),
    dict(p=None, s="heard", t="the other agent really shouldnt have promised you that", m="",
         v=["blame"]),
    dict(p=None, s="close", t="Is there anything else I can help with today?", m="Q"),
    dict(p=None, s=None, t="look, im doing my best here, i dont need the attitude", m="", v=["insult"]),
    dict(p=None, s="options", t="whatever works for you, I can ring you back tonight or we sort it now "
         "while you're on the line", m="I", n="callback choice is not a remedy; imperative invitation"),
    dict(p=None, s="vent", t="okay. okay. can i get a word in at some point or", m="", v=["insult", "calm_down"],
         n="exasperated 'stop talking' while they vent; not a real question"),
    dict(p=None, s="heard", t="you're right. you shouldn't have had to chase this. i'm sorry.", m="AE"),
    dict(p=None, s="heard", t="aye, thats no on, you shouldnae have had to phone back three times. "
         "im sorry about that", m="AE"),
    dict(p=None, s="heard", t="I understand, and I'm sorry, but you really should've kept the receipt.",
         m="", v=["correcting"], n="'but' into correcting cancels both marks"),
    dict(p=None, s="commitment", t="Right, I'll email you the case number in the next five minutes, and "
         "please do read it this time, because it explains the next steps.", m="C", v=["insult"],
         n="'this time' is a dig"),
]

write_batch(ITEMS, "cf", Path(__file__).with_name("replies_extra83.jsonl"))
