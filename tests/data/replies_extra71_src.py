"""Source of `replies_extra71.jsonl`: batch 71, hand-written tuning replies on ACKNOWLEDGE (tune split only).

142 trainee replies, written cold: from the label definitions and rules in README.md, the method in
/work/shared/METHOD.md and the six persona files alone, without reading any labelled reply or any of
the judge's code, and without running the judge on them. Each was written one at a time as a different
trainee on a different day. The theme is acknowledgement seen from both sides. About half the replies
acknowledge in real spoken shapes: saying this persona's own facts back in the trainee's words,
summarising, naming what it cost the customer (wages, the laundromat bill, the bounced rent, her name
in front of her board), owning it ("that's on us"), recognising it is the second or third time, and
checking a fact back ("have I got that right?"). The other half sound close but do not: fillers
("okay", "right, I see", "understood", "noted"), reading data off the screen, repeating the customer's
insult, restating the company's side (records, terms, clauses), an acknowledgement cancelled by a
"but"/"however"/"though" that leads into a violation, a dismissive "I hear you, anyway", asking for the
facts instead of saying them back, and sarcastic echoes. Empathy, options, commitments, thanks and
faults are mixed in where a real trainee would put them. About half are styled like Whisper
transcripts (lowercase, fillers, false starts, run-ons of 30 to 60 words, "your"/"should of"), the
rest properly punctuated. All six personas and generic replies, every stage.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra71.jsonl` next to it (ids bt0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician (Bernadette) ---
    dict(p=MT, s="vent", t="so hang on you waited in the whole eight til twelve, nobody turned up, nobody rang you, and this is the second time its happened", m="A"),
    dict(p=MT, s="heard", t="um so thats two full mornings youve had to take off work for us and we didnt even have the decency to phone you, I- I'm really sorry Bernadette thats not good enough", m="AE"),
    dict(p=MT, s="heard", t="And because you're paid by the hour, those two mornings were wages you just didn't get. That's real money, and that's on us.", m="A", n="names the cost and owns it; no feeling named and no apology, so not empathise"),
    dict(p=MT, s="vent", t="right I see. can I just grab your account number while your talking", m="Q", v=["premature_details"]),
    dict(p=MT, s="heard", t="I hear you're upset about the appointment, but the technitions are contractors, they plan their own routes, it's not us", m="", v=["blame"], n="'I hear you're upset' cancelled: the but leads straight into blaming the contractors"),
    dict(p=MT, s="heard", t="it says here the visit was completed on the twelfth, the engineer's marked it as attended", m="", v=["doubt"], n="reads the record against her account of events"),
    dict(p=MT, s="options", t="so youve taken two days off already and you cant do a third, I get that, so what id like to do is book you the eight am slot, first job of the day, guaranteed, waive the installation fee and put a months credit on the account, would that work", m="AOIQ"),
    dict(p=MT, s="commitment", t="Right, just to check back with you: it was the eight-to-twelve slot both times, the Tuesday and then last Friday? I'll put the new booking in for this Thursday at eight, and I'll ring you by five today with the technician's name.", m="AOCQ", n="checking a fact back is acknowledge and a real question; the rebooked slot is options"),
    dict(p=MT, s="heard", t="a full morning, twice, and not one phone call. yeah. thats- yeah. youd think someone could pick up a phone wouldnt you. im sorry", m="AE"),
    dict(p=MT, s="heard", t="so what happened exactly, did the technician not turn up or", m="Q", n="asks for the facts instead of saying them back"),
    dict(p=MT, s="options", t="I understand you want the whole lot refunded, and after losing two mornings no wonder you're fuming, so I'll refund everything you've paid us since you signed up", m="AEO", v=["over_promise"], n="a full refund is beyond the allowed remedies; no time so no commitment"),
    dict(p=MT, s="heard", t="You took unpaid time off, twice, and we didn't even have the courtesy to ring. You're right to be angry about that.", m="AE"),
    dict(p=MT, s="close", t="thanks for bearing with me bernadette, so thats thursday eight oclock, fee waived, credit on the account, and ill give you a ring thursday afternoon after hes been", m="GOC", n="sums up the fix, not her complaint, so not acknowledge"),
    dict(p=MT, s="heard", t="look I get that youre annoyed but youre not the only one whose install got moved this week", m="", v=["dismissal"], n="'I get that you're annoyed' cancelled by but + minimising"),
    dict(p=MT, s="vent", t="no call the first time and then no call again the second time, on days youd booked off work, yeah no, thats not okay, im with you", m="A"),
    dict(p=MT, s="heard", t="the technition should of been there. we messed up. twice.", m="A", n="owning it, no apology"),
    dict(p=MT, s="heard", t="yeah so the booking system shows the slot was rescheduled by the customer on the tenth", m="", v=["accusation", "correcting"], n="insisting on her error through the record (rule 10)"),
    dict(p=MT, s="heard", t="Look, I'm not going to read you a script. Two mornings off work, two no-shows, no phone call either time. That's a failure on our end, plain and simple.", m="A"),

    dict(p=MT, s="heard", t="thank you for telling me all that, so its- your supervisors already said something about the time off and you cant risk another morning, yeah, that changes things, we have to get this right first go", m="AG"),

    # --- lost-express (Marcus) ---
    dict(p=LE, s="vent", t="so you paid for next day, the compressor and the board never showed up, and the tracking hasnt moved since it was collected", m="A"),
    dict(p=LE, s="vent", t="yeah its showing collected on the ninth, last scan at the hub", m="", n="reads the screen; does not say back his complaint"),
    dict(p=LE, s="heard", t="and now its your name on the line with the restaurant, not ours, which is the bit that really stinks. im sorry marcus", m="AE"),
    dict(p=LE, s="heard", t="Parcels do go missing from time to time, I'm afraid. It's just one of those things with express.", m="", v=["dismissal"]),
    dict(p=LE, s="heard", t="I hear you, the parcel's gone missing, but you'd need to take that up with the courier, they're a separate company", m="", v=["blame", "dismissal"], n="acknowledgement cancelled by but into passing it to the courier"),
    dict(p=LE, s="options", t="So the restaurant's still waiting on those parts, and that's what matters most right now. I can get a same-day courier to take replacements straight to them at our cost, refund your express fee, and open a trace on the original. Shall I book the courier first?", m="AOIQ"),
    dict(p=LE, s="commitment", t="Courier's booked for a two o'clock collection, I'll text you the driver's details in the next ten minutes, and the express fee is refunded today.", m="OC"),
    dict(p=LE, s="heard", t="right so what was actually in the parcel?", m="Q", n="asks for a fact he has already given instead of saying it back"),
    dict(p=LE, s="vent", t="whats the tracking number on it", m="Q", v=["premature_details"]),
    dict(p=LE, s="heard", t="Yeah. You paid extra for overnight precisely so this wouldn't happen, and it happened anyway. And now your client's taking it out on you. That's rotten.", m="AE"),
    dict(p=LE, s="heard", t="you keep saying lost but its only been two days, its probably just sat in the network somewhere", m="", v=["doubt", "correcting"]),
    dict(p=LE, s="options", t="I cant cover the business you might lose with the restaurant, I'll be straight with you, but what I can do is refund the express and get a courier out with new parts today at our cost", m="O", n="honest obstacle, not a policy wall; an offer, so no commitment"),
    dict(p=LE, s="heard", t="so its just you and your nephew, and this restaurant group is what, a third of your work, yeah I can see why this is keeping you up at night", m="AE"),
    dict(p=LE, s="options", t="and dont worry, I'll make sure youre compensated for any work you lose with them", m="O", v=["over_promise"]),
    dict(p=LE, s="close", t="Thank you for being so patient with me, Marcus. I know this has left you looking bad in front of a good client, and that's on us, not you.", m="GA"),
    dict(p=LE, s="heard", t="I understand, sir, I understand. Now, the claim form needs the declared value of the goods.", m="Q", n="doubled 'I understand. Now,' brushes past him (dismissive), so not acknowledge; the detail request is a question, fine at heard"),
    dict(p=LE, s="heard", t="Sorry, just so I'm clear, it was collected Monday afternoon and there's been nothing on the tracking since?", m="AQ", n="checks a fact back; 'sorry' is politeness"),
    dict(p=LE, s="heard", t="oh so the restaurants angry with you, and thats our problem how exactly", m="", v=["insult", "dismissal"], n="sarcastic echo of his complaint"),
    dict(p=LE, s="vent", t="so overnight express, paid for, never turned up, and your customers going spare at you. got it. keep going im listening", m="A"),

    dict(p=LE, s="options", t="youve lost a day already and so has your client, so rather than sit waiting on the trace let me get a same day courier out with fresh parts, on us, is that ok?", m="AOIQ"),

    # --- escalated-exec (Eleanor) ---
    dict(p=EE, s="vent", t="Three outages in one quarter, every one of them outside the SLA, and the last one stopped your warehouses. I understand why you went straight to our chief executive.", m="A"),
    dict(p=EE, s="vent", t="Noted.", m="", n="filler"),
    dict(p=EE, s="heard", t="so you stood up in front of your board and backed us, and we've made you look- we've put you in a really difficult spot with them, I'm sorry, thats not fair on you", m="AE"),
    dict(p=EE, s="heard", t="I'd just point out the second incident was actually within the SLA window if you read clause seven", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="I appreciate you feel strongly about this, however I'd ask that you keep the language professional", m="", v=["calm_down"]),
    dict(p=EE, s="options", t="You've been down three times this quarter, so the credit isn't really the point, I know that. But I can apply the full SLA credit, assign you a named account manager, and get you a written root-cause report by the twentieth. Which of those matters most to your board?", m="AOIQ", n="the date sits inside the offer: options, not commitment"),
    dict(p=EE, s="heard", t="for the record the outage on the fourth was caused by a third party DNS provider not by our platform", m="", v=["accusation", "blame"]),
    dict(p=EE, s="options", t="I can release you from the contract with no exit penalty, I'll get that signed off today", m="OC", v=["over_promise"]),
    dict(p=EE, s="heard", t="yes I can see your email to the CEO came in on the third, it's been logged against the account", m="", n="reads the record; bureaucratic, not a saying-back of her complaint"),
    dict(p=EE, s="heard", t="i know this is the third time this quarter and i know you shouldnt of had to email our ceo just to get someone to listen", m="A"),
    dict(p=EE, s="heard", t="Mm. And your warehouse was down for how long?", m="Q", n="asks about the impact instead of saying it back"),
    dict(p=EE, s="vent", t="i hear you i hear you, okay so can I just take your contract reference", m="Q", v=["premature_details"], n="'i hear you i hear you, okay so' is a brush-past, not acknowledge"),
    dict(p=EE, s="heard", t="And with your board already asking whether you should stay with us, this outage couldn't have landed at a worse moment for you. I'd be livid.", m="AE"),
    dict(p=EE, s="heard", t="yeah three outages, I know, but the platform team's been understaffed all quarter, its not been easy for us either", m="", v=["blame"], n="acknowledgement cancelled by but into blaming another team; agent's own hardship is not empathy"),
    dict(p=EE, s="close", t="Thank you for giving us the chance to put this right, Ms Ashcombe. I'll call you on the twenty-first, once you've read the report, to check it answers your board's questions.", m="GC"),
    dict(p=EE, s="options", t="I can't release you from the contract, that's not something I can authorise, but I can put the full SLA credit on this quarter and get you a root-cause report in writing. Would you want both?", m="OIQ", n="honest obstacle, not a policy wall"),
    dict(p=EE, s="commitment", t="I know you've heard promises before, three outages' worth of them, so here's a date: the root-cause report will be in your inbox by Friday the twentieth, and I'll email you a summary of today's call by five.", m="AOC"),
    dict(p=EE, s="heard", t="um so basically your operations just stopped, like dead, and our status page was showing green the whole time? yeah. thats- I'd be furious, honestly", m="AE", n="said back with a rising tone; not a real question, so no Q"),
    dict(p=EE, s="heard", t="I can guarantee you there won't be another outage this quarter", m="", v=["over_promise"]),

    dict(p=EE, s="heard", t="Three SLA breaches this quarter, I understand. The third one was down to the network supplier though, not us.", m="", v=["blame"], n="contrastive 'though' leads into blame, cancelling the acknowledgement"),

    # --- vip-client (Julian) ---
    dict(p=VC, s="vent", t="so the funds for the completion landed two days late and the first you heard of it was from the sellers solicitor, not from us", m="A"),
    dict(p=VC, s="vent", t="I see, sir.", m=""),
    dict(p=VC, s="heard", t="Having to ring the seller yourself and ask her to hold on, that's not something you should ever have been put in the position of doing. I'm sorry, Mr Fairclough.", m="AE"),
    dict(p=VC, s="heard", t="international transfers can take up to three working days sir, its in the terms", m="", v=["correcting"]),
    dict(p=VC, s="heard", t="with respect sir I'm sure the completion wasnt actually at risk, solicitors always build in a bit of slack", m="", v=["doubt", "correcting"]),
    dict(p=VC, s="options", t="Two days late on a completion, nearly losing the house, I'd want more than a sorry too. What I can do is reverse the transfer fees, give you a direct line to a named senior banker, and put your transfers on same-day priority. Which would you like first?", m="AEOIQ"),
    dict(p=VC, s="options", t="I'll waive all the fees on your accounts for the next year, that's the least we can do", m="O", v=["over_promise"]),
    dict(p=VC, s="heard", t="right, so... um.. the transfer, you said the transfer went when exactly?", m="Q", n="asks again for facts already given"),
    dict(p=VC, s="heard", t="so you're saying the bank caused the delay", m="", v=["accusation"], n="'you're saying' echo, court-room, not a real question"),
    dict(p=VC, s="commitment", t="The transfer fees will be reversed by close of business today, and Claire Davenport from our senior team will ring you by ten tomorrow with her direct line.", m="OC"),
    dict(p=VC, s="heard", t="you found out from the other sides solicitor. honestly thats the bit id be angriest about, and your right to be", m="AE"),
    dict(p=VC, s="vent", t="sir I'm going to need you to lower your voice please", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="i understand the transfer was late and i am sorry, however thats our standard processing time for international wires", m="", v=["policy"], n="acknowledge and apology both cancelled by however into a policy wall"),
    dict(p=VC, s="heard", t="two days late, the deal nearly gone, nobody picking up the phone to you, yeah its no wonder youre thinking about taking the portfolio elsewhere", m="AE"),
    dict(p=VC, s="heard", t="Mr Fairclough, what I'm hearing is that the delay itself was bad, but finding out from the seller's side was worse. Have I got that right?", m="AQ", n="'but' here does not lead into a violation"),
    dict(p=VC, s="heard", t="yes sir I'm aware you're a very important client, you have mentioned it", m="", v=["insult"], n="sarcastic echo"),
    dict(p=VC, s="options", t="and I'll get the chief exec to ring you personally tomorrow to apologise", m="OC", v=["over_promise"], n="a CEO apology is beyond the remedies; stated with a time"),
    dict(p=VC, s="heard", t="okay so um, you had a completion date, the money didnt arrive, and uh you had to go cap in hand to the seller, which for someone in your position, I mean, I- I can only imagine, that must of been humiliating, im really sorry", m="AE"),
    dict(p=VC, s="heard", t="Right. Two days. Okay. Let me see what I can find.", m="", n="bare echo of one fact plus filler; no sign the complaint was understood, no concrete step"),

    dict(p=VC, s="vent", t="Two days. On a completion. Understood, sir, and I want to hear all of it.", m="A", n="says back the two main facts; 'understood' alone would be filler"),

    # --- failed-twice (Kelly) ---
    dict(p=FT, s="vent", t="so its seven months old, its been repaired and its gone again twice since, and the supervisor who was meant to call you monday never did", m="A"),
    dict(p=FT, s="heard", t="Two weeks with no washing machine, a toddler and a baby. I honestly don't know how you've managed. I'm so sorry we left you hanging on that callback.", m="AE"),
    dict(p=FT, s="heard", t="ninety dollars at the laundromat, lugging bags about with the stroller, thats money and time you shouldnt of had to spend, we let you down there", m="A", n="names the cost and owns it; 'we let you down' without an apology or a feeling is not empathise"),
    dict(p=FT, s="heard", t="did you use the right detergent though? too much of it can bring the same fault back", m="", v=["blame", "correcting"], n="fault-finding question, not a real one"),
    dict(p=FT, s="options", t="I can swap it for a brand new upgraded model, the next one up, no charge", m="O", v=["over_promise"]),
    dict(p=FT, s="options", t="so this is the third time youve had to ring us about the same machine, and I dont want to send another engineer and have it go again, so I can replace it with a new one, same model, with a two year extended warranty, or if youd rather a senior engineer can come out this week with a loan machine, what would suit you better", m="AOIQ"),
    dict(p=FT, s="heard", t="I mean, machines do break down sometimes, that's what the warranty's for", m="", v=["dismissal"]),
    dict(p=FT, s="commitment", t="okay so ive ordered the replacement, itll be with you saturday between eight and twelve, and ill text you the warranty details within the hour", m="OC"),
    dict(p=FT, s="heard", t="so you were promised a call back and it never came. right. whats the model number on the machine", m="AQ", n="says back the main point flatly, then asks for a detail (fine at heard)"),
    dict(p=FT, s="heard", t="i can see theres two repair jobs logged on the account, one in march and one in may", m="", n="reads the records; not her complaint said back"),
    dict(p=FT, s="heard", t="You'll have to bear with us, the supervisors are really busy this week.", m="", v=["dismissal"]),
    dict(p=FT, s="close", t="Thanks Kelly, and I'm sorry again about Monday, nobody should have to chase a call they were promised. I'll ring you myself Friday at four.", m="GAEC"),
    dict(p=FT, s="heard", t="Kelly, I promise you this machine will never break down on you again", m="", v=["over_promise"]),
    dict(p=FT, s="heard", t="yeah the callback, that was the other agent, he should of logged it properly", m="", v=["blame"]),
    dict(p=FT, s="heard", t="Um okay, right, so, um, let me just... yeah. right.", m=""),
    dict(p=FT, s="heard", t="Honestly, a machine that's seven months old shouldn't be on its third breakdown, and you shouldn't be the one chasing us. Thank you for ringing back, because you didn't have to give us another go.", m="AG"),
    dict(p=FT, s="heard", t="okay so youve been without it two weeks, yeah, and with little ones I mean I can hear how worn out you are, I'm sorry, can I ask how you've been managing with the washing", m="AEQ"),

    dict(p=FT, s="heard", t="so its broken twice since the repair and nobody rang you monday, im sorry. to be honest these models are a bit known for it", m="AE", v=["dismissal"], n="no connective, so the marks stand beside the minimising"),

    # --- billing-error (Margaret) ---
    dict(p=BE, s="vent", t="So you'd already cancelled, we took the payment twice anyway, it pushed you into your overdraft, and then our chat told you last week it was all sorted. Have I got that right?", m="AQ"),
    dict(p=BE, s="heard", t="and the rent bounced because of it, after forty years of never once being late, oh margaret im so sorry, thats awful", m="AE"),
    dict(p=BE, s="heard", t="I can see the cancellation request on the system but it wasn't processed until the fifth, so technically both charges were valid", m="", v=["accusation", "correcting"], n="insisting through the record that she is wrong (rule 10)"),
    dict(p=BE, s="heard", t="you were told it was fixed and it wasnt. thats on us, not you. and im sorry you had to ring twice", m="AE"),
    dict(p=BE, s="options", t="I'll refund both charges and reimburse the overdraft fee, and I'll add three months free for the trouble", m="O", v=["over_promise"]),
    dict(p=BE, s="options", t="I understand how frustrating it is to be told something's fixed and then find it isn't. Here's what I can do: refund both charges, cover the overdraft fee, and send you written confirmation of the cancellation. Would you like that by email or by post?", m="AEOIQ"),
    dict(p=BE, s="heard", t="Sorry you've had such a stressful week.", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="what did the chat person actually say to you", m="Q", n="asks for the facts instead of saying them back"),
    dict(p=BE, s="heard", t="well the chat team arent billing, they wouldnt of been able to fix it anyway", m="", v=["blame"]),
    dict(p=BE, s="commitment", t="Both refunds and the overdraft fee will be back in your account by Thursday, and the cancellation letter goes in the post this afternoon.", m="OC"),
    dict(p=BE, s="heard", t="so thats nine years youve been with us and this is how we treat you, charging you twice for something you'd cancelled, yeah I would be livid", m="AE"),
    dict(p=BE, s="options", t="and I'll make sure your bank takes the overdraft fee off as well", m="O", v=["over_promise"], n="promises what her bank will do"),
    dict(p=BE, s="close", t="Thank you for your patience, Margaret, and for telling us about the chat. It means the next person won't be told the same thing.", m="G"),
    dict(p=BE, s="heard", t="oh you were told it was fixed, were you", m="", v=["doubt", "insult"], n="sarcastic echo"),
    dict(p=BE, s="heard", t="two charges. after you cancelled. yeah. no, that should never have happened to you, not once let alone twice", m="A"),
    dict(p=BE, s="vent", t="and youve got the email saying you cancelled so theres no question about that, right, go on, im listening", m="A"),
    dict(p=BE, s="heard", t="um yeah I- I understand, um, it was two charges wasn't it, yeah, but like if you look at the statement the first one is actually the final bill for the last month you had", m="", v=["correcting"], n="the echo is cancelled by but into educating her on the bill"),
    dict(p=BE, s="heard", t="so on a pension, with the rent going out the same week, two charges like that would knock anyone sideways. I'm really sorry, Margaret. Can I ask, has the bank said anything to you about the fee yet?", m="AEQ"),

    dict(p=BE, s="heard", t="Just so I've got it right, it was our chat team last week who told you it was sorted, and you've since found it wasn't?", m="AQ"),

    # --- generic ---
    dict(p=None, s="vent", t="okay.", m=""),
    dict(p=None, s="heard", t="I hear you.", m="A"),
    dict(p=None, s="heard", t="yeah. no. i get it. i do.", m="A", n="sincere bare 'I get it' (rule 1)"),
    dict(p=None, s="heard", t="right I see", m=""),
    dict(p=None, s="heard", t="So just to play it back to you: it's happened before, you were told it was sorted, and here we are again. That's not good enough.", m="A"),
    dict(p=None, s="heard", t="your right, that shouldnt of happened, and it definitely shouldnt of happened twice", m="A"),
    dict(p=None, s="heard", t="I understand you're upset but there's really nothing I can do from here", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="sorry you feel that way", m="", v=["non_apology"]),
    dict(p=None, s=None, t="I understand completely, and I'm sorry, and I'm going to be the one who sorts this out for you.", m="AE", n="no time, so no commitment"),
    dict(p=None, s="heard", t="so you're saying it's our fault", m="", v=["accusation"]),
    dict(p=None, s="heard", t="useless, am I? okay, well this useless person is the only one who can help you right now", m="", v=["insult"], n="repeats the customer's insult back"),
    dict(p=None, s="heard", t="I hear you. Anyway, can I get your postcode?", m="Q", n="dismissive 'I hear you. Anyway' is not acknowledge; postcode at heard is no violation"),
    dict(p=None, s="heard", t="Let me make sure I've got this right, because I don't want you to have to say it a third time.", m="A"),
    dict(p=None, s="heard", t="If you speak to me like that again I'm ending the call.", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="um I- I totally get it, youve been let down more than once and nobodys called you back, its- yeah id be fed up too", m="AE"),
    dict(p=None, s="heard", t="understood.", m="", n="filler (rule 1)"),
    dict(p=None, s="vent", t="whats your account number", m="Q", v=["premature_details"]),
    dict(p=None, s="heard", t="So what I'm hearing is this isn't really about the money, it's that nobody has kept a single promise they made you. Is that fair?", m="AQ"),
    dict(p=None, s="heard", t="That sounds really stressful, I'm sorry. But it's company policy that we can't discuss compensation over the phone.", m="", v=["policy"], n="empathy cancelled by but into a policy wall"),
    dict(p=None, s="heard", t="Okay. So you're not happy. Got it.", m="", n="bored, says back no facts; 'got it' as filler"),
    dict(p=None, s="options", t="I can't do a full refund, I'm sorry, but here's what I can do: I can credit the fee back today. Would that help?", m="OIQ", n="sorry apologises for a refusal; offer with today is options not commitment"),
    dict(p=None, s="heard", t="honestly im fed up with it too, I get calls like this all day", m="", v=["dismissal"], n="agent's own feeling, and minimising"),
    dict(p=None, s="heard", t="right so basically its been a disaster from start to finish, youve had to chase us every step of the way, and youve had enough. fair. id of had enough too", m="AE"),
    dict(p=None, s=None, t="Thank you for staying on the line with me, I know you've been passed from pillar to post today and I'm sorry for that.", m="GAE"),
    dict(p=None, s="vent", t="like- okay so it sounds like, um, you've been waiting weeks, you've rung three times, and every time someone's told you a different story, is- is that about right", m="AQ"),
    dict(p=None, s="heard", t="I'm not here to argue about whose fault it was, I just need the facts, so talk me through it from the start", m="Q", n="asks for the facts rather than saying any back; not acknowledge"),
]

write_batch(ITEMS, "bt", Path(__file__).with_name("replies_extra71.jsonl"))
