"""Source of `replies_extra51.jsonl`: hand-written, hand-labelled trainee replies (tune split only).

Batch 51, written cold: without reading any labelled replies or the judge's code, only the label
definitions in tests/data/README.md, /work/shared/METHOD.md and the persona files. It sits mostly at
the heard and options stages (with some commitment, close and a few vent items), where the trainee
should show the complaint was heard and then put remedies on the table. Saying the complaint back
comes in many shapes: in passing, as the reason for an offer, as a surprised echo, as a summary with
or without a check, owning it ("that's on us"), judging it ("that's a shambles"). Offering comes as a
choice, a single offer, something already done, a conditional ("if Thursday's no good..."), or folded
into a sentence. Beside them sit the hard negatives: fillers, reading the screen, vague promises,
escalations, honest refusals, over-offers, and asking what the customer wants without offering
anything; and just under a third carry a fault of some kind, several beside a mark. All six personas and generic replies; about
half styled like a Whisper transcript. Each item was written one at a time by hand.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra51.jsonl` next to it (ids az0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="heard", t="so hang on he didnt turn up either time and nobody even rang you? thats- honestly thats shocking", m="A",
         n="surprised echo of the points plus a judgement; the echo is exclamation, not a question; no feeling named"),
    dict(p=MT, s="options", t="Because you've already lost two mornings to us, I'm not going to ask you to gamble a third. What I'd like to do is book you the eight o'clock slot, first job of the day, guaranteed, and waive the installation fee on top.", m="AO",
         n="the complaint given as the reason for the offer; 'eight o'clock' is the appointment time with no day, an offer not a commitment"),
    dict(p=MT, s="heard", t="um yeah no i- i get it, two days off work for nothing, id be livid", m="AE"),
    dict(p=MT, s="options", t="i can put a months credit on the account or waive the install fee which would you rather", m="OIQ"),
    dict(p=MT, s="options", t="tell you what, I'll refund everything you've paid and stick a free year on top, how's that", m="OIQ", v=["over_promise"],
         n="full refund and a free year are both beyond the allowed remedies; 'how's that' checks acceptance"),
    dict(p=MT, s="heard", t="Right. Okay.", m="", n="fillers"),
    dict(p=MT, s="heard", t="i understand you were waiting in but its showing on my end that the engineer did attend the second time", m="", v=["doubt"],
         n="'but' into doubting her account cancels the acknowledgement"),
    dict(p=MT, s="commitment", t="Okay, that's all done: the fee's waived, the month's credit is on your account as of right now, and your engineer is booked for eight a.m. Thursday, first on his list.", m="OC"),
    dict(p=MT, s="options", t="so what is it youd like us to do for you", m="IQ", n="asks what she wants without offering anything"),
    dict(p=MT, s="options", t="ill have a word with the scheduling team and see what we can do about getting someone out to you", m="",
         n="vague promise: no concrete remedy, no time"),
    dict(p=MT, s="heard", t="That's on us. We sent you nobody, twice, and didn't even have the decency to ring. I'm sorry.", m="AE"),
    dict(p=MT, s="options", t="if thursdays no good i can do the same 8am slot on the saturday instead whichever fits round work better", m="OI",
         n="conditional rebooking is a remedy; 'whichever fits better' invites her preference without a question"),
    dict(p=MT, s="heard", t="I'm sorry you feel we've wasted your time.", m="", v=["non_apology"]),
    dict(p=MT, s="heard", t="yeah im sorry he didnt show, theyre really stretched at the moment to be fair, missed slots happen a lot this time of year", m="AE", v=["dismissal"],
         n="sincere apology for the event stands (no contrastive connective), then minimises the misses as routine"),
    dict(p=MT, s="options", t="Right, so to sum up where we are: two missed installs, two days' leave gone, and not one phone call. What I can do about it is waive the installation fee, put a month's credit on, and get you the first slot of the day so you're not sat waiting all morning. Does that sound fair?", m="AOIQ"),
    dict(p=MT, s="close", t="thanks for giving us another go bernadette honestly, and ill ring you thursday once the engineers been", m="GC",
         n="'Thursday once the engineer's been' is a day for the callback"),
    dict(p=MT, s="heard", t="god two whole mornings, and youre paid by the hour as well? so thats actual wages gone. im so sorry", m="AE",
         n="surprise echo ('as well?') is not a real question"),
    dict(p=MT, s="options", t="I can't refund what you've paid for the package, I'm afraid.", m="",
         n="honest refusal, no remedy offered; 'I'm afraid' is not an apology for the event"),
    dict(p=MT, s="options", t="we dont pay out for lost wages, its company policy, but the installation fee can be waived", m="O", v=["policy"],
         n="policy wall, then a real remedy"),
    dict(p=MT, s="heard", t="Two no-shows and not so much as a text. That's a shambles, plain and simple.", m="A",
         n="restates and judges it; no feeling named, no apology"),

    dict(p=MT, s="heard", t="You cleared the morning, you sat by the window the whole eight till twelve, and then you did it all again the next time. I'm really sorry, Bernadette. That's a miserable way to spend two days off.", m="AE"),
    dict(p=MT, s="options", t="right so firstly im really sorry, and secondly what i wanna do is get that installation fee wiped and a months credit on there for you, would that help", m="EOIQ"),

    dict(p=MT, s="options", t="Two missed visits is two too many, so the installation fee's gone. That's the least we owe you.", m="AO",
         n="owning it and offering in one breath; the fee waiver is stated, with no time"),
    dict(p=MT, s="commitment", t="Because nobody rang you either time, I'm going to ring you myself at half seven on Thursday morning to confirm he's on his way.", m="AC",
         n="a callback with a time is commitment, not a remedy"),

    # --- lost-express ---
    dict(p=LE, s="heard", t="So the compressor and the board never turned up, the tracking's been blank since it was collected, and now your restaurant client's on your back. That's an awful spot to be put in.", m="AE"),
    dict(p=LE, s="options", t="I'm sorry, Marcus. What I can do straight away is get a same-day courier to run replacement parts over to the restaurant, on us. Do you want me to book that?", m="EOIQ",
         n="'straight away' sits inside an offer awaiting his answer: options, not commitment"),
    dict(p=LE, s="options", t="yeah so ill refund the express fee obviously cos you paid for overnight and didnt get it, and ill get a trace going on the parcel as well", m="AO",
         n="the complaint folded in as the reason; no time, so no commitment"),
    dict(p=LE, s="heard", t="You paid for overnight and it's just... vanished? Honestly.", m="A",
         n="surprised echo, rhetorical rather than a question"),
    dict(p=LE, s="options", t="im really sorry about the restaurant, well cover whatever business you lose with them so you wont be out of pocket", m="EO", v=["over_promise"],
         n="paying for lost business is beyond the limits"),
    dict(p=LE, s="heard", t="yeah unfortunately thats the subcontracted driver, theyve been a nightmare this month, its not us", m="", v=["blame"]),
    dict(p=LE, s="options", t="I'll get a courier out with the replacement parts and I can promise you they'll be at the restaurant by two o'clock.", m="OC", v=["over_promise"],
         n="promises a delivery time the courier controls; the arrival time makes it a (too big) commitment"),
    dict(p=LE, s="heard", t="okay ive noted all that down", m="",
         n="taking notes is not showing the complaint was heard: nothing said back"),
    dict(p=LE, s="options", t="What would you need from us to put things right with your client?", m="IQ", n="asks without offering"),
    dict(p=LE, s="commitment", t="Right, the courier's booked. It's collecting the new parts from your unit at one, and the express fee refund went through this morning.", m="OC"),
    dict(p=LE, s="heard", t="honestly mate id be pulling my hair out, its your name on the line with that client not ours", m="AE"),
    dict(p=LE, s="options", t="before i do anything are you sure the address on the label was right", m="", v=["doubt"],
         n="'are you sure' is doubt and not a real question"),
    dict(p=LE, s="options", t="I can't pay for the business side of it, I'll be straight with you, that's above me. But I can refund the express fee and get replacement parts to your client today by same-day courier at our cost. Which would you like me to start on?", m="OIQ",
         n="honest obstacle, not a policy wall"),
    dict(p=LE, s="close", t="Thanks for bearing with me, Marcus. I'll call you by four with whatever the trace turns up.", m="GC"),
    dict(p=LE, s="heard", t="just so you know express is a target time not a guarantee, its all in the terms", m="", v=["correcting"]),
    dict(p=LE, s="heard", t="okay so ive got the consignment up here, collected tuesday sixteen forty two from your unit, weight six point two kilos", m="",
         n="reading the screen back, not the complaint"),
    dict(p=LE, s="options", t="I'm sorry, that's a rotten position to be in. Let me at least get your express fee back to you.", m="EO"),
    dict(p=LE, s="options", t="well put a trace on it and hopefully itll turn up at some point", m="O",
         n="a trace is a concrete remedy; 'at some point' is no time"),

    dict(p=LE, s="heard", t="so your chefs been ringing you every twenty minutes and youve had nothing to tell him, thats horrible, im sorry marcus", m="AE"),
    dict(p=LE, s="options", t="You told your client it'd be there overnight and we made you look bad, so let's fix that end first: I can have a same-day courier take replacement parts straight to the restaurant, at our cost.", m="AO"),

    dict(p=LE, s="heard", t="Overnight express that turns into nowhere-at-all express. That's a disgrace, and I'm sorry you're the one who's had to face the chef about it.", m="AE"),
    dict(p=LE, s="heard", t="i hear you, youve got a walk in freezer full of fish and nothing to fix it with", m="A"),

    # --- escalated-exec ---
    dict(p=EE, s="heard", t="Three outages in one quarter, each one outside the SLA, and a warehouse standing idle for six hours while our status page said everything was fine. You're right to be angry.", m="AE"),
    dict(p=EE, s="heard", t="We promised you ninety-nine point nine and we haven't come close this quarter. That's our failure, full stop.", m="A",
         n="owning it; no apology or feeling named"),
    dict(p=EE, s="options", t="After three breaches in one quarter you're owed more than words. What I can put on the table is the full SLA service credit for this quarter, a named account manager from next week, and a written root-cause report. Where would you like me to start?", m="AOIQ",
         n="'from next week' is inside an offer"),
    dict(p=EE, s="options", t="If you want to walk away, I can release you from the contract with no penalty.", m="O", v=["over_promise"]),
    dict(p=EE, s="options", t="and i can personally guarantee you there wont be another outage", m="", v=["over_promise"], n="bare guarantee"),
    dict(p=EE, s="heard", t="ok ok lets all just take a breath here, getting worked up isnt gonna fix the servers", m="", v=["calm_down"]),
    dict(p=EE, s="heard", t="If you'd like to bring your lawyer into it that's your call, but then this conversation is over and it all goes through legal.", m="", v=["threat_back"]),
    dict(p=EE, s="commitment", t="You'll have the root-cause report in writing by Friday the twentieth, and Priya Shah will be your account manager. She'll call you before noon tomorrow.", m="OC"),
    dict(p=EE, s="options", t="so um what would it take to keep you with us", m="IQ", n="asks without offering"),
    dict(p=EE, s="heard", t="With respect, the allegation that our platform stopped your operations isn't something I can confirm at this stage.", m="", v=["accusation", "doubt"]),
    dict(p=EE, s="heard", t="i- yeah. three times this quarter, and you had to go to our ceo just to get heard. im sorry, that shouldnt have been necessary", m="AE"),
    dict(p=EE, s="options", t="Damages aren't something I can sign off. What I can do is get you the service credit and a root-cause report by the end of next week.", m="O",
         n="honest obstacle; 'what I can do is ... by the end of next week' is still an offer, not a declared step"),
    dict(p=EE, s="heard", t="I'll make sure this gets looked at properly this time.", m="", n="vague promise, no remedy, no time"),
    dict(p=EE, s="close", t="Thank you for being so direct with us, Eleanor. It's the only way we get better. I'll call you once you've had a chance to read the report.", m="G",
         n="'once you've read it' is not a time or deadline"),
    dict(p=EE, s="options", t="I'm sorry about Monday. The outage was actually on our hosting provider's side, so the credit would really have to come from them, but I can assign you an account manager.", m="EO", v=["blame"],
         n="the apology comes before the blame with no contrastive connective, so it stands"),
    dict(p=EE, s="heard", t="Can I just check I've got this right? This is the third outage this quarter, the last one took your warehouse down for six hours, and you heard nothing from us while it was happening.", m="AQ",
         n="checking understanding is a real question about her situation"),
    dict(p=EE, s="options", t="if a named contact would help at all i can put someone on your account whos yours, like, one person you ring", m="O", n="conditional single offer"),
    dict(p=EE, s="vent", t="before we go any further can i take the contract reference", m="Q", v=["premature_details"]),
    dict(p=EE, s="options", t="Honestly, after having to argue for us in front of your board, you deserve more than an apology, so I'd like to put three things in place: the quarter's SLA credit, a named account manager, and a root-cause report with a date on it. Would that go some way?", m="AOIQ",
         n="'you deserve more than an apology' is not itself an apology or a named feeling"),
    dict(p=EE, s="options", t="i'm going to have to escalate this to my team lead", m="", n="escalation alone is not a remedy"),

    dict(p=EE, s="heard", t="Forty lorries waiting at your docks and a status page telling everyone we were fine. I'd be furious, and I'm sorry.", m="AE"),
    dict(p=EE, s="heard", t="I'm sorry, Eleanor, three breaches in a quarter is awful. Outages do happen across the whole industry, though.", m="", v=["dismissal"],
         n="contrastive 'though' leads straight into minimising, which cancels the apology and the acknowledgement"),

    dict(p=EE, s="options", t="so youre having to answer to your board for our outages which isnt fair on you, so what i want to do is get you a named account manager and the sla credit for the quarter, does that sound like a start", m="AOIQ",
         n="'isn't fair on you' judges the situation rather than naming a feeling"),
    dict(p=EE, s="heard", t="I can only imagine what that Monday was like on your floor.", m="E", n="sympathy, not doubt"),

    # --- vip-client ---
    dict(p=VC, s="heard", t="Mr Fairclough, you found out your own money was late from the seller's solicitor. That should never have happened, and I'm sorry it did.", m="AE"),
    dict(p=VC, s="options", t="I can reverse the fees on that transfer today, and give you a direct line to a named senior relationship banker. Would you like both?", m="OIQ"),
    dict(p=VC, s="options", t="Given the circumstances, I'm happy to waive every fee on your accounts for the next twelve months.", m="O", v=["over_promise"]),
    dict(p=VC, s="options", t="I'll arrange for our chief executive to call you personally.", m="O", v=["over_promise"],
         n="a CEO call is his own demand and beyond what may be offered"),
    dict(p=VC, s="heard", t="with respect sir we're not sterling and marsh so maybe go bank with them then", m="", v=["threat_back"],
         n="'move your accounts then'"),
    dict(p=VC, s="heard", t="A house, a seller with someone else waiting in the wings, and two days of nobody here telling you a thing. I'd have been beside myself.", m="AE"),
    dict(p=VC, s="options", t="I've gone ahead and reversed the transfer fees, and I've flagged your accounts for same-day transfers from here on.", m="O",
         n="done already, but no time or deadline is stated, so no commitment"),
    dict(p=VC, s="heard", t="im really sorry about the house sir, the cut off for same day international wires is two pm so if it went in after that itd roll to the next working day", m="E", v=["correcting"],
         n="apology stands; then a lecture on cut-off times"),
    dict(p=VC, s="options", t="and i could look at getting you a preferential rate on your savings by way of apology", m="O", v=["over_promise"]),
    dict(p=VC, s="heard", t="I do apologise for any inconvenience the delay may have caused.", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="gosh. that must have been horrendous, honestly", m="E", n="names the feeling; nothing said back"),
    dict(p=VC, s="commitment", t="Claire Davenport will ring you by ten tomorrow with her direct line, and the fee reversal will show on your statement by Friday.", m="OC"),
    dict(p=VC, s="heard", t="i mean the money did get there in the end and the sale went through so", m="", v=["dismissal"], n="minimising"),
    dict(p=VC, s="options", t="Since you heard about this from the other side before you ever heard it from us, the least I can do is make sure there's a person here you can reach directly: a senior banker, named, with a direct line.", m="AO"),
    dict(p=VC, s="options", t="Unfortunately fee waivers across all your accounts go against our pricing policy, sir. Rules are rules.", m="", v=["policy"]),
    dict(p=VC, s="close", t="thank you for giving us the chance to put it right mr fairclough, i know you didnt have to", m="G"),
    dict(p=VC, s="options", t="ok so first off im really sorry nobody here warned you, i could do either the fee reversal or um set you up with priority same day transfers going forward, or both if you want, whats most useful to you", m="AEOIQ"),
    dict(p=VC, s="heard", t="hold on, the sellers solicitor told you before we did?", m="A",
         n="surprised echo; he has already said so, so it is not a request for information"),

    dict(p=VC, s="options", t="I'm sorry you had to ring the seller yourself and plead. Nobody should be put in that position by their own bank. What I'd like to offer is a named senior banker with a direct line. Would that help?", m="AEOIQ",
         n="'sorry you' + the actual event is sincere"),
    dict(p=VC, s="heard", t="with the greatest respect sir the world doesnt revolve around your house purchase", m="", v=["insult"]),

    dict(p=VC, s="heard", t="Let me make sure I understand. The transfer was due for your completion on Wednesday, it arrived two days late, and the first you knew was a call from the seller's solicitor.", m="A"),

    # --- failed-twice ---
    dict(p=FT, s="heard", t="seven months old and its packed in twice since the repair, and then the supervisor never rang you back, thats- no thats not ok", m="A"),
    dict(p=FT, s="heard", t="Two weeks, with a toddler and a baby, and no washing machine. I honestly don't know how you've coped. I'm so sorry.", m="AE"),
    dict(p=FT, s="options", t="I can either send you a brand new one, same model, with the warranty extended to two years, or get a senior engineer out to you this week with a loan machine while yours is fixed. Which works better for you?", m="OIQ",
         n="'this week' is inside a choice"),
    dict(p=FT, s="options", t="tell you what ill upgrade you to the newer model free of charge", m="O", v=["over_promise"]),
    dict(p=FT, s="options", t="Honestly, after two breakdowns I'd want my money back too, so I'll just refund you the full amount and you can buy one elsewhere.", m="AEO", v=["over_promise"],
         n="a full refund is not allowed"),
    dict(p=FT, s="heard", t="Somebody promised you a supervisor would call within a day, and nobody did. That one's on us, not you.", m="A"),
    dict(p=FT, s="heard", t="So you're claiming the engineer didn't fix it properly?", m="", v=["accusation"], n="'you're claiming' is not a real question"),
    dict(p=FT, s="options", t="If you've had enough of this one, and after two breakdowns I really wouldn't blame you, I can swap it for a new machine of the same model with a two-year warranty.", m="AEO",
         n="conditional offer; 'I wouldn't blame you' validates how she feels"),
    dict(p=FT, s="heard", t="yeah the engineers that came out are contractors so honestly thats on them not us", m="", v=["blame"]),
    dict(p=FT, s="commitment", t="Okay, I've ordered the replacement, same model, and it'll be delivered and fitted on Saturday morning between eight and twelve. I'll text you the warranty details within the hour.", m="OC"),
    dict(p=FT, s="options", t="ill pass it on to the repairs team and theyll be in touch", m="", n="vague hand-off, no remedy, no time"),
    dict(p=FT, s="options", t="I'll send you a new machine, same model, and I promise you this one won't break.", m="O", v=["over_promise"]),
    dict(p=FT, s="heard", t="How have you been managing with the washing in the meantime?", m="Q", n="real question about the impact"),
    dict(p=FT, s="close", t="Thanks so much for sticking with us through all this, Kelly.", m="G"),
    dict(p=FT, s="options", t="look im offering you a brand new machine here its not like youre being hard done by", m="O", v=["dismissal"],
         n="the offer is allowed; 'not like you're hard done by' brushes her complaint off"),
    dict(p=FT, s="options", t="would a loan machine tide you over while a senior engineer sorts yours out this week", m="OIQ", n="offer folded into a question"),
    dict(p=FT, s="heard", t="thank you for telling me all that, and im really sorry about the callback, you shouldnt have had to chase us", m="AEG"),
    dict(p=FT, s="options", t="i'll get a senior engineer booked in for you this week and drop a loan machine round, that way you've got something to wash with", m="OC",
         n="a declared step with 'this week' as its deadline"),

    dict(p=FT, s="heard", t="so youve been hand washing in the bath for two weeks with two little ones, god, id be in tears honestly", m="AE"),
    dict(p=FT, s="heard", t="I'm sorry. You were promised a call and left sitting by the phone, and that's after two breakdowns. You've had a rotten fortnight.", m="AE"),

    dict(p=FT, s="options", t="seeing as its let you down twice now id rather not send another engineer at it, id rather just get you a new one, same model, with two years warranty on it", m="AO"),
    dict(p=FT, s="heard", t="You shouldn't have had to tell the whole story from the start every time you rang. I'm sorry we made you.", m="AE"),

    # --- billing-error ---
    dict(p=BE, s="heard", t="So you'd already cancelled, we took the payment twice anyway, your bank charged you an overdraft fee, and our chat told you last week it was sorted. Have I got that right?", m="AQ"),
    dict(p=BE, s="heard", t="oh margaret im so sorry, on a pension as well, thats the last thing you need", m="E",
         n="the pension is a detail, not the complaint itself: empathise only"),
    dict(p=BE, s="options", t="I can refund both charges today and cover the overdraft fee your bank charged you. Would you like the cancellation confirmed by email or by post?", m="OIQ"),
    dict(p=BE, s="options", t="and ill add three months free on top for all the trouble", m="O", v=["over_promise"]),
    dict(p=BE, s="options", t="I'll refund it, and your bank will definitely cancel the overdraft fee once they see that.", m="O", v=["over_promise"],
         n="promises what her bank will do"),
    dict(p=BE, s="heard", t="hmm im only seeing the one charge on here actually", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="Cancellations take one billing cycle to go through, which is why the charge came out. It's in the terms you agreed to.", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="Our chat team told you it was fixed and it wasn't. That's not good enough, and it's our mistake, not yours.", m="A"),
    dict(p=BE, s="commitment", t="Both refunds and the overdraft fee are going back to your account today, you'll see them by Thursday, and I'm posting the cancellation letter this afternoon.", m="OC"),
    dict(p=BE, s="options", t="i can refund the charges but overdraft fees are between you and your bank, thats just how it works", m="O", v=["policy"]),
    dict(p=BE, s="options", t="How would you like me to put this right?", m="IQ", n="asks without offering"),
    dict(p=BE, s="heard", t="Mrs Ellison, there's really no need to get upset, it's only a few pounds.", m="", v=["calm_down", "dismissal"]),
    dict(p=BE, s="close", t="thank you for your patience margaret, and for telling us about the chat, ill ring you thursday afternoon to check its all landed", m="GC"),
    dict(p=BE, s="options", t="so ive already put through the refund for both of the charges and ive done the overdraft fee as well", m="O",
         n="done already, no time stated"),
    dict(p=BE, s="heard", t="sorry if the chat team gave you the wrong idea", m="", v=["non_apology"],
         n="'sorry if' is a non-apology; it hints she misunderstood, but corrects nothing outright"),
    dict(p=BE, s="options", t="Because that second charge is what tipped you into your overdraft, I'll reimburse the bank fee as well as refunding both payments.", m="AO"),
    dict(p=BE, s="heard", t="ugh honestly our billing system drives me mad too", m="",
         n="the agent's own feeling; not empathy, and not blaming anyone outside"),
    dict(p=BE, s="vent", t="okay can i just get your date of birth and the postcode on the account", m="Q", v=["premature_details"]),
    dict(p=BE, s="heard", t="did the chat team give you a reference number last week at all", m="Q", n="details at the heard stage are not premature"),
    dict(p=BE, s="heard", t="You cancelled, we kept charging you, and then we told you it was fixed when it wasn't. I'd be cross too, Margaret.", m="AE"),

    dict(p=BE, s="heard", t="You did everything right. You cancelled, you checked, you got in touch, and we still took your money twice. I'm so sorry, Margaret.", m="AE"),
    dict(p=BE, s="options", t="im really sorry about your rent bouncing thats awful, what i can do is refund both charges and reimburse your overdraft fee", m="AEO"),

    dict(p=BE, s="heard", t="we told you it was fixed? oh no. im sorry margaret, we really shouldnt have said that", m="AE",
         n="surprised echo, not a question"),
    dict(p=BE, s="heard", t="I can see you cancelled on the third and we still charged you twice. You'll need to put the refund request in writing to billing.", m="A", v=["policy"],
         n="no contrastive connective, so the acknowledgement stands beside the policy wall"),

    # --- generic ---
    dict(p=None, s="heard", t="I hear you.", m="A"),
    dict(p=None, s="heard", t="yeah i totally understand where youre coming from", m="A"),
    dict(p=None, s="options", t="Would a refund of the fee help at all?", m="OIQ"),
    dict(p=None, s="options", t="Im going to escalate this to my manager and she'll call you back before five today", m="C",
         n="escalation with a time: commitment only"),
    dict(p=None, s="heard", t="What you've described is exactly the kind of thing we should never let happen, and I'm sorry we did.", m="AE"),
    dict(p=None, s="options", t="I'll give you whatever you want, just name it.", m="I", v=["over_promise"],
         n="open-ended over-offer, nothing concrete; 'just name it' invites her idea"),
    dict(p=None, s="heard", t="I just take the calls, I don't make the decisions.", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="Honestly? You've every right to be angry.", m="E"),
    dict(p=None, s="options", t="if itd help i can pop a credit on the account while we sort the rest out", m="O"),
    dict(p=None, s="heard", t="yeah yeah i hear you, anyway whats the account number", m="Q",
         n="dismissive 'I hear you, anyway' is not acknowledgement; the detail request is fine at this stage"),
    dict(p=None, s=None, t="So let me get this straight, you were promised a call back and nobody called. That's not on.", m="A"),
    dict(p=None, s=None, t="Would you rather I refund it or replace it?", m="OIQ"),
    dict(p=None, s="heard", t="Being told it'd be sorted and then having to chase it yourself. That's exhausting, I'm sorry.", m="AE"),
    dict(p=None, s="options", t="Okay, so that's been charged wrongly and it's on us. I'll take it off your bill.", m="AO"),
    dict(p=None, s="heard", t="I'd be fuming if that happened to me.", m="E"),
    dict(p=None, s="heard", t="that sounds so stressful, im sorry youve been going round in circles with us", m="AE"),
    dict(p=None, s="heard", t="i know, i know, you've said", m="", v=["dismissal"], n="brushes her off"),
]

write_batch(ITEMS, "az", Path(__file__).with_name("replies_extra51.jsonl"))
