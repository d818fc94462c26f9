"""Source of `replies_extra104.jsonl`: batch 104, a whole shift at a contact centre (tune split only).

A realistic cross-section of one day's calls, as if heard across a whole team on the floor: trainees
of every ability (nervous, scripted, bored, defensive, warm, clumsy, veteran, tired) replying to all
six personas and to generic callers, at every stage in roughly the proportions a real call has them
(many said while the customer is being heard, then options, some while venting, commitment and
close). About a third carry a fault, with every one of the twelve kinds present at least four times
(some beside a real mark, some cancelled by "but"), about a quarter are very good replies
(acknowledge + empathise + options, with a commitment or asking for the customer's input), and the
rest are ordinary. About half are styled like a Whisper transcript.

Written cold, one item at a time, from the label definitions and rules in README.md, the method and
the persona files alone, without reading any labelled reply, any other batch's source, or the
judge's code, and without running the judge on it.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra104.jsonl` next to it (ids da0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- early shift ---
    dict(p=MT, s="vent", t="mm okay. okay im listening", m="",
         n="back-channels while she vents: neither acknowledge nor empathise (rule 13)"),
    dict(p=MT, s="vent", t="Can I just grab your account number before we go any further?", m="Q",
         v=["premature_details"], n="a request for details is still a question; asked while venting"),
    dict(p=MT, s="heard",
         t="So you booked the eight to twelve slot, you waited in the whole morning, twice, and nobody even rang you. "
           "I'm so sorry, that's two days off work gone for nothing.", m="AE"),
    dict(p=MT, s="heard",
         t="yeah no i- i completely get it, id be fuming too honestly if i took two days off for someone who didnt show",
         m="AE"),
    dict(p=MT, s="options",
         t="What I can do is waive the installation fee altogether, put a month's credit on the account, and book you "
           "the very first slot, eight a.m., so you're not sat waiting all morning. Would Thursday or Friday suit you better?",
         m="OIQ"),
    dict(p=MT, s="options", t="look ill just refund the whole thing for you, everything youve paid, thats fine", m="O",
         v=["over_promise"], n="a full refund is beyond the fee waiver + credit + first slot"),
    dict(p=MT, s="heard",
         t="honestly thats the contractor, theyre a separate company and theyre always doing this to us", m="",
         v=["blame"]),
    dict(p=MT, s="commitment",
         t="Right, Bernadette, I know you've lost two mornings' pay over this, and I'm really sorry. I've waived the "
           "installation fee and the month's credit has gone on just now. You're booked for eight o'clock Thursday, first "
           "slot, and I'll ring you at five today with the engineer's name.", m="AEOC"),
    dict(p=MT, s="heard", t="okay okay just calm down a sec and we'll sort it", m="", v=["calm_down"],
         n="'we'll sort it' is vague, no remedy"),
    dict(p=MT, s="vent", t="right so they didnt show, again, and no one phoned you", m="A",
         n="says the two main points back while she is still venting"),
    dict(p=LE, s="vent", t="okay. mm-hm.", m="", n="letting him vent"),
    dict(p=LE, s="vent", t="can i take the tracking number first please", m="Q", v=["premature_details"]),
    dict(p=LE, s="heard",
         t="So you paid for overnight, the compressor and the board never turned up, tracking's been blank since "
           "collection, and now your restaurant client's on your back. That's a horrible spot to be put in, and I'm sorry.",
         m="AE"),
    dict(p=LE, s="heard",
         t="yeah thats the depot, the night depots been a nightmare this month, nothing to do with us really", m="",
         v=["blame", "dismissal"], n="points at the depot and disowns the problem"),
    dict(p=LE, s="options",
         t="I'm really sorry, Marcus, I know your client's relying on you for those parts. Here's what I can do: book a "
           "same-day courier to get replacement parts to the restaurant at our cost, refund the express fee, and open a "
           "trace on the original parcel. Want me to start with the courier?", m="AEOIQ"),
    dict(p=LE, s="options",
         t="and obviously well cover any business you lose off the back of this, dont worry about that", m="O",
         v=["over_promise"], n="paying for his lost business is not allowed"),
    dict(p=LE, s="options",
         t="I'll book the same-day courier now, and I can guarantee it'll be with your client before lunch.", m="OC",
         v=["over_promise"], n="courier booked now = commitment; the delivery time is the courier's, so guaranteeing it over-promises"),
    dict(p=LE, s="heard",
         t="to be fair, overnight express isnt actually a guaranteed service, it does say that when you book", m="",
         v=["correcting"]),
    dict(p=LE, s="commitment",
         t="right so im booking the courier right now, youll get a text with the drivers details in like fifteen minutes, "
           "and ill ring you before four with wherever the trace has got to", m="OC"),
    dict(p=LE, s="heard", t="Well, I'm sure your client will survive one day without a compressor.", m="",
         v=["insult", "dismissal"], n="sarcastic and minimising"),
    dict(p=EE, s="vent", t="Understood.", m="", n="'understood' as a filler (rule 1)"),
    dict(p=EE, s="vent", t="Before we go on, could you confirm your company's account reference for me?", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="heard",
         t="Ms Ashcombe, three outages in one quarter, each one breaching the SLA, and your warehouses standing still. "
           "I understand exactly why you wrote to our CEO. I'm sorry; you trusted us with your operation and we've let you down.",
         m="AE"),
    dict(p=EE, s="heard",
         t="With respect, the allegation that all three breached the SLA isn't something I can confirm yet.", m="",
         v=["accusation", "doubt"], n="'the allegation' is court-room language and it questions her account"),
    dict(p=EE, s="options",
         t="I know this is the third time, and that your board is watching, and I'm sorry it's come to this. Here's what I "
           "can put forward: the full SLA service credit for the quarter, a named account manager who'll own your account, "
           "and a written root-cause report. Which of those matters most to you?", m="AEOIQ"),
    dict(p=EE, s="options", t="i- i think we can let you out of the contract, no penalty, if thats what you want", m="O",
         v=["over_promise"], n="release from the contract is outside what may be offered; 'if that's what you want' is not asking"),
    dict(p=EE, s="options", t="I can guarantee you there'll be no more downtime, full stop.", m="", v=["over_promise"],
         n="bare guarantee: over_promise without options (rule 5)"),
    dict(p=EE, s="heard", t="If you want to take it to your lawyers, that's your call. We've got ours too.", m="",
         v=["threat_back"]),
    dict(p=EE, s="commitment",
         t="You'll have the written root-cause report by Friday the twentieth, and your new account manager, Priya, will "
           "call you by noon tomorrow. The service credit goes on this month's invoice.", m="OC"),
    dict(p=EE, s="heard", t="so, any damages claim would have to go through our legal team in writing, thats the process",
         m="", v=["policy"]),
    # --- mid morning ---
    dict(p=EE, s="heard", t="yeah i can hear how frustrated you are, three outages is- thats a lot", m="AE",
         n="'I can hear how frustrated' is both (rule 1), and it says the outages back"),
    dict(p=EE, s="close", t="Thank you for raising this directly with us, Ms Ashcombe. It genuinely helps.", m="G"),
    dict(p=EE, s="heard",
         t="Just so you know, the SLA only covers unplanned downtime, so technically the second one wouldn't count.",
         m="", v=["correcting"]),
    dict(p=EE, s="heard", t="outages do happen on any platform unfortunately", m="", v=["dismissal"],
         n="minimising: brushes the problem off"),
    dict(p=VC, s="vent", t="mhm. yep.", m=""),
    dict(p=VC, s="vent", t="Sorry, can I just get the account number the transfer came from?", m="Q",
         v=["premature_details"], n="'sorry' here is a politeness marker, not empathy"),
    dict(p=VC, s="heard",
         t="So the completion was Wednesday, the money landed Friday afternoon, the deal nearly fell through, and you had "
           "to hear it from the seller's solicitor rather than from us. That's not acceptable, Mr Fairclough, and I'm sorry.",
         m="AE"),
    dict(p=VC, s="heard", t="well if sterling and marsh are so wonderful, feel free to move your money there", m="",
         v=["threat_back", "insult"], n="'move your accounts then', said sarcastically"),
    dict(p=VC, s="options",
         t="Mr Fairclough, I hear you, and in your position I'd be livid. What I can do today is reverse the transfer fees, "
           "give you a direct line to a named senior relationship banker, and switch your accounts to same-day transfers. "
           "Which would you like me to set up first?", m="AEOIQ"),
    dict(p=VC, s="options", t="we could do no fees on any of your accounts for a year, i think i can get that signed off",
         m="O", v=["over_promise"]),
    dict(p=VC, s="heard", t="the delay was on the correspondent banks side not ours", m="", v=["blame"]),
    dict(p=VC, s="heard",
         t="so the thing is the payment went in after the two oclock cut off so it rolled over to the next working day",
         m="", v=["correcting"], n="explaining cut-off times to him"),
    dict(p=VC, s="commitment",
         t="I'll reverse the transfer fees this afternoon, and Claire Davenport from our senior team will call you by ten "
           "tomorrow with her direct line.", m="OC"),
    dict(p=VC, s="heard", t="sir, sir, theres no need to take that tone with me", m="", v=["calm_down"],
         n="a 'no need to shout' variant"),
    dict(p=VC, s="close",
         t="Thank you for giving us the chance to put this right, Mr Fairclough. I'll check in with you on Friday to make "
           "sure everything's in place.", m="GC"),
    dict(p=VC, s="heard", t="I'm so sorry. Standing in that hallway with no keys must have been awful.", m="AE",
         n="says back the hallway he described, and names the feeling"),
    dict(p=FT, s="vent", t="oh no. okay, keep going, im here", m="",
         n="'oh no' and 'I'm here' are back-channels, not a say-back or a named feeling"),
    dict(p=FT, s="vent", t="ok can i get the um the serial number off the machine", m="Q", v=["premature_details"]),
    dict(p=FT, s="heard",
         t="seven months old and its broke down twice since the repair, and then the supervisor never called you back on "
           "monday. id be furious, honestly, im so sorry", m="AE"),
    dict(p=FT, s="options",
         t="Kelly, I know you've been two weeks without a washer with two little ones, and I'm sorry we dropped the ball on "
           "that callback. I can either replace it with a brand new machine of the same model and extend your warranty to "
           "two years, or send a senior engineer out this week with a loan machine so you can wash in the meantime. Which "
           "would suit you better?", m="AEOIQ"),
    dict(p=FT, s="options", t="ill upgrade you to the newer model at no cost, the one with the uh bigger drum", m="O",
         v=["over_promise"], n="upgraded model is not allowed"),
    dict(p=FT, s="heard",
         t="Are you sure it's been plumbed in properly? Sometimes it's the plumbing that's the problem, not the machine.",
         m="", v=["doubt", "blame"], n="'are you sure' is not a real question; the plumbing line puts it on her"),
    dict(p=FT, s="heard", t="im sorry you feel like youve been let down", m="", v=["non_apology"]),
    dict(p=FT, s="commitment",
         t="I've ordered the replacement just now. It'll be delivered and fitted on Saturday between eight and twelve, and "
           "I'll text you the warranty details within the hour.", m="OC"),
    dict(p=FT, s="heard", t="if youre gonna keep swearing at me im gonna have to end the call", m="", v=["threat_back"]),
    dict(p=FT, s="heard", t="[sighs] right. okay. the washing machine.", m="", v=["insult"], n="transcribed sigh (rule 12)"),
    dict(p=FT, s="close", t="thank you kelly, really, for sticking with us. is there anything else i can help with today",
         m="GQ", n="ending check: question, not asks_input (rule 6)"),
    dict(p=FT, s="heard",
         t="Two weeks with no washer, and a toddler and a baby? That's a mountain of laundry. No wonder you're at the end of "
           "your tether.", m="AE", n="the '?' repeats her situation back; not a real question"),
    dict(p=FT, s="heard", t="machines do break down sometimes its just one of those things you know", m="", v=["dismissal"]),
    # --- late morning ---
    dict(p=BE, s="vent", t="I see. Go on, Mrs Ellison.", m=""),
    dict(p=BE, s="vent", t="Can I take your date of birth and the first line of your address, please?", m="Q",
         v=["premature_details"]),
    dict(p=BE, s="heard",
         t="So you cancelled, we took the money twice anyway, it tipped you into your overdraft, and our chat told you last "
           "week it was sorted. I'm so sorry, Margaret. I'd be upset too.", m="AE"),
    dict(p=BE, s="options",
         t="okay so- so what i can do, i can refund both of those charges today and ill reimburse the overdraft fee your "
           "bank charged you, and send you something in writing saying the subscriptions cancelled. is that alright? and "
           "again im really sorry you were told it was fixed when it wasnt", m="AEOIQ",
         n="'I can refund today' inside the proposal is an offer (rule 3); 'I'll reimburse' has no time"),
    dict(p=BE, s="options", t="And I'll add three free months onto your account for all the trouble.", m="O",
         v=["over_promise"]),
    dict(p=BE, s="options", t="ill also get your bank to take that overdraft fee off, ill ring them myself", m="O",
         v=["over_promise"], n="promising what her bank will do"),
    dict(p=BE, s="heard",
         t="If you look at the email we sent, it does say cancellations take effect at the end of the billing cycle.",
         m="", v=["correcting"]),
    dict(p=BE, s="heard", t="For the record, our chat team logged this as resolved on the fourteenth.", m="",
         v=["accusation", "doubt"], n="'for the record' + the company's log set against what she says"),
    dict(p=BE, s="commitment",
         t="Both refunds and the overdraft fee are going through right now; they'll be back in your account by Thursday. "
           "The cancellation letter goes out in this afternoon's post.", m="OC"),
    dict(p=BE, s="heard", t="well im sorry if the chat person gave you the wrong idea", m="",
         v=["non_apology", "blame"], n="'sorry if' + puts it on the chat agent (and hints she misunderstood)"),
    dict(p=BE, s="close",
         t="Thank you for your patience, Margaret, and for telling us about the chat. It helps us fix it for other people.",
         m="G"),
    dict(p=BE, s="heard", t="mrs ellison please, lets all just- lets just take a breath here", m="", v=["calm_down"]),
    dict(p=BE, s="heard", t="nine years with us and this is how we treat you, i- yeah. im sorry, i really am", m="AE",
         n="says back her nine years and owns how she was treated"),
    dict(p=None, s="heard", t="Unfortunately, I'd need you to put your complaint in writing to our customer relations team.",
         m="", v=["policy"]),
    dict(p=None, s="heard", t="are you done? can i talk now", m="", v=["insult"], n="hostile questions, not real ones"),
    dict(p=None, s="heard", t="madam i need you to um lower your voice", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="look i just work here, i dont make the decisions", m="", v=["dismissal"]),
    dict(p=None, s="vent", t="Okay.", m=""),
    dict(p=None, s="heard", t="I completely understand, and I'm really sorry you've had to chase this.", m="AE",
         n="'sorry you' + the event is sincere (rule 7)"),
    dict(p=None, s="close", t="Is there anything else I can help you with today?", m="Q"),
    dict(p=None, s="heard", t="keep talking to me like that and this calls over", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="You're claiming nobody contacted you at all?", m="", v=["accusation"],
         n="'you're claiming…?' is not a real question"),
    dict(p=None, s="heard", t="sorry youve had such a rough day", m="", v=["non_apology"]),
    # --- lunchtime ---
    dict(p=None, s="options", t="what would make this right for you", m="IQ"),
    dict(p=None, s="commitment", t="ill call you back by four oclock today with an update", m="C",
         n="a callback alone is commitment, not options (rule 4)"),
    dict(p=None, s="heard", t="That's on us, and I'm sorry.", m="AE",
         n="owning the fault with an apology acknowledges, as the original set's 'honestly that's on us, and I'm sorry' does"),
    dict(p=None, s="heard", t="to be honest the last agent shouldnt of told you that, they werent trained properly", m="",
         v=["blame"]),
    dict(p=None, s="heard", t="Actually, if you'd read the confirmation email, it explains all of this.", m="",
         v=["correcting"]),
    dict(p=None, s="vent", t="yep yep, whats the order number", m="Q", v=["premature_details"]),
    dict(p=None, s="heard", t="hm thats strange, our system doesnt show any calls from you", m="", v=["doubt"]),
    dict(p=None, s="close", t="alright well thanks for calling, have a good one", m="G",
         n="scripted sign-off, but it thanks the caller"),
    dict(p=MT, s="options",
         t="I'm really sorry, I know you've lost two mornings. I can waive the installation fee, but a full refund's just not "
           "something the system will let me do.", m="AEO", v=["policy"],
         n="the 'but' follows the offer, not the apology, so A and E stand; 'the system won't let me' is a wall"),
    dict(p=BE, s="commitment",
         t="I understand, Margaret, I really do, but refunds always take five to seven working days, that's just how it works.",
         m="", v=["policy"], n="'but' leads straight into a policy wall: acknowledgement cancelled"),
    dict(p=LE, s="heard", t="I'm sorry about the parcel. Now, you're alleging the tracking hasn't updated since it was collected?",
         m="E", v=["accusation"], n="apology stands (before the fault); 'you're alleging…?' is not a real question"),
    dict(p=EE, s="heard", t="Ms Ashcombe, the evidence shows the second outage stayed under the SLA threshold.", m="",
         v=["accusation", "correcting"], n="insisting through evidence that she is wrong (rule 10)"),
    dict(p=MT, s="heard", t="i mean i dont deal with the engineers side of it, thats a different team", m="",
         v=["dismissal"], n="not my department"),
    dict(p=MT, s="heard", t="really? both times? thats odd, theyre normally pretty reliable round your way", m="",
         v=["doubt"], n="hostile 'really? both times?' is not a question"),
    dict(p=MT, s="options", t="I can only do what the system lets me, and it won't let me touch the installation fee.", m="",
         v=["policy"]),
    dict(p=LE, s="heard", t="I apologise for any inconvenience this may have caused you and your business.", m="",
         v=["non_apology"]),
    dict(p=LE, s="vent", t="oh god, and that was for a client too? okay, go on", m="A",
         n="repeats back that the parcel was for his client; the '?' is an echo, not a question"),
    # --- afternoon ---
    dict(p=MT, s="options",
         t="oh thats- honestly thats terrible, two mornings off work and no one even rang you. im really sorry. so what i "
           "can do is waive the install fee and pop a months credit on your account, and get you the eight oclock slot so "
           "youre first on the list. does that sound ok?", m="AEOIQ"),
    dict(p=MT, s="commitment",
         t="I completely understand why you're angry, being stood up twice. I'm sorry. I've booked you the eight a.m. slot "
           "this Thursday, the installation fee's waived, and I'll phone you by five today with your engineer's name.",
         m="AEOC"),
    dict(p=MT, s="options",
         t="Right, Bernadette, you're paid by the hour and you've lost two mornings' wages waiting in for us. I'd be livid. "
           "I can't give the whole bill back, I'll be straight with you, but I can waive the installation fee, put a month's "
           "credit on, and guarantee you the eight o'clock first slot. Would that help?", m="AEOIQ",
         n="honest obstacle, not policy (rule 11); the guaranteed 8 am first slot is allowed for her"),
    dict(p=LE, s="options",
         t="marcus i hear you, youve paid for overnight and youre the one getting it in the neck from your client, that must "
           "be so stressful. let me get a same day courier out with replacement parts on us, and ill put a trace on the "
           "original. shall i book that now", m="AEOIQ", n="'shall I book that now' asks permission; the 'now' is inside the question, not a commitment"),
    dict(p=LE, s="commitment",
         t="I'm so sorry, Marcus, I know your client's been chasing you all morning. The same-day courier's booked now and "
           "you'll get a text with the driver's details within fifteen minutes. I've refunded the express fee, and I'll call "
           "you at four with an update on the trace.", m="AEOC"),
    dict(p=LE, s="options",
         t="That's a third of your work riding on this restaurant group, no wonder you're worried. Would it help if I sent "
           "replacement parts out by same-day courier at our cost, and refunded the express fee as well?", m="AEOIQ"),
    dict(p=EE, s="options",
         t="i understand, three outages, your warehouse down each time, and youve had to go to our ceo just to get heard. "
           "im sorry, genuinely. what i can offer is the full service credit for the quarter and a named account manager, "
           "and a written root cause report. what would you want to see in that report", m="AEOIQ",
         n="asks what she wants in the report: her input"),
    dict(p=EE, s="commitment",
         t="You stood up in front of your board for us, and we've let you down three times. I'm sorry. You'll have the "
           "root-cause report by Friday the twentieth, the quarter's service credit will be on this month's invoice, and "
           "I'll email all of this to you before five today.", m="AEOC"),
    dict(p=EE, s="options",
         t="I can see why you'd want out; I'd be asking the same questions in your shoes. I can't release you from the "
           "contract, but I can put the SLA credit for the quarter on your account and get you a named account manager. "
           "How does that sound as a start?", m="AEOIQ",
         n="'I can see why' is both (rule 1); the honest 'can't' is followed by help, not a fault"),
    dict(p=VC, s="commitment",
         t="mr fairclough i understand, you nearly lost the house and you heard it from the other side first, thats- im "
           "sorry. ive reversed the transfer fees just now and claire davenport will ring you by ten tomorrow with her "
           "direct line", m="AEOC"),
    dict(p=VC, s="options",
         t="I'm genuinely sorry. A four-million completion two days late, and not one call from us; that should never have "
           "happened. I can reverse the fees, move you to same-day priority transfers, and give you a named senior banker "
           "on a direct line. Would you like all three set up?", m="AEOIQ"),
    dict(p=VC, s="heard",
         t="id be furious too honestly, you had to ring the seller yourself and beg. so let me give you a direct line to a "
           "senior banker, someone who actually picks up. is that something youd want", m="AEOIQ"),
    dict(p=FT, s="commitment",
         t="okay kelly, i- i get it, two weeks no washer with a toddler and a baby, im so sorry. so ive ordered the new "
           "machine, same model, its coming saturday eight till twelve, and ill text you the two year warranty stuff within "
           "the hour", m="AEOC"),
    dict(p=FT, s="options",
         t="You've been dragging laundry to the laundromat with a double stroller. That's exhausting, and I'm sorry we left "
           "you waiting on that callback. I can send a senior engineer this week and drop off a loan machine in the "
           "meantime, or replace it with a new one of the same model plus a two-year warranty. What would work better for you?",
         m="AEOIQ", n="'this week' is inside the choice: not a commitment (rule 3)"),
    dict(p=FT, s="heard",
         t="Seven months old and broken twice since the repair. I'd be at my wits' end too. Let me be the one who sorts it "
           "for you: would a replacement, same model, with a two-year warranty work?", m="AEOIQ"),
    dict(p=BE, s="commitment",
         t="Margaret, I understand, and I'm sorry. You were told it was fixed and it wasn't. Both refunds and the overdraft "
           "fee reimbursement are going through now; they'll be in your account by Thursday. I'll post the cancellation "
           "letter this afternoon.", m="AEOC"),
    dict(p=BE, s="options",
         t="im so sorry about your rent bouncing, that must have been horrible, specially after forty years never being "
           "late. i can refund both charges and cover the overdraft fee, and put the cancellation in writing for you. would "
           "you like that by email or post", m="AEOIQ"),
    dict(p=BE, s="heard",
         t="You cancelled to cut back and ended up further behind. I can hear how upsetting that is. I'll refund both "
           "charges and reimburse the overdraft fee today. Is that okay with you?", m="AEOCIQ",
         n="'I'll … today' is a declared step with a time; then it checks she accepts"),
    # --- mid afternoon ---
    dict(p=None, s="options",
         t="I understand, and I'm so sorry you've been passed from pillar to post. I can refund that charge today or put it "
           "as a credit on your account. Which would you prefer?", m="AEOIQ"),
    dict(p=None, s="commitment",
         t="yeah no youre right, that shouldnt have happened, and im sorry. ive put the refund through just now and ill "
           "email you the confirmation in the next ten minutes", m="AEOC"),
    dict(p=None, s="heard",
         t="i hear you, three calls and still no answer id be fed up too. heres what ill do, ill escalate it to my team "
           "leader and call you back by three", m="AEC",
         n="escalation + timed callback is commitment, not options (rule 4)"),
    dict(p=None, s="options",
         t="So you ordered it for your daughter's birthday and it never came. Honestly, I'd be just as annoyed. I can send a "
           "replacement out on tomorrow's van, or refund you in full, your call.", m="AEOI",
         n="'your call' is an imperative invitation: asks_input without a question"),
    dict(p=MT, s="close",
         t="I know you've lost two mornings over this, and I'm sorry, Bernadette. Thank you for giving us another go. "
           "You're booked in for eight on Thursday, the fee's waived, and I'll ring you Thursday afternoon to check it's "
           "all working.", m="AEGOC"),
    dict(p=EE, s="options",
         t="so so sorry, i know your boards asking whether to stay with us and thats your name on the line. i can do the "
           "service credit for the quarter, give you a named account manager, and get you a root cause report in writing. "
           "would friday the twentieth work for the report", m="AEOIQ", n="a date inside a question is not a commitment"),
    dict(p=LE, s="close",
         t="Thanks for bearing with me, Marcus, and I'm sorry again that your client's parts went missing. The courier's "
           "booked, the fee's refunded, and I'll ring you first thing tomorrow to check the parts reached the restaurant.",
         m="AEGOC"),
    dict(p=None, s="heard",
         t="oh god im so sorry, so you were charged and the items never arrived and youve been on hold an hour. let me "
           "refund that for you right now, is that ok", m="AEOIQ",
         n="'right now' inside an offer awaiting her yes: options, not commitment"),
    dict(p=VC, s="heard",
         t="You're right, Mr Fairclough. Finding out from the seller's solicitor is not how a private client should be "
           "treated, and I'm sorry. Let me give you a named senior banker with a direct line, so you hear from us first. "
           "Shall I set that up today?", m="AEOIQ"),
    dict(p=FT, s="commitment",
         t="I completely understand, Kelly, and I'm sorry nobody rang you on Monday. The senior engineer's booked for "
           "Wednesday morning and the loan machine's going out with him. I'll call you Tuesday at four to confirm.",
         m="AEOC"),
    dict(p=BE, s="close",
         t="I'm so sorry for all of this, Margaret, and thank you for your patience. The refunds and the overdraft fee will "
           "be back in your account by Thursday, and I'll ring you Thursday afternoon to make sure it's all arrived.",
         m="EGOC"),
    dict(p=EE, s="heard",
         t="I hear you, Ms Ashcombe. Three breaches, a warehouse at a standstill and a status page saying green. I'd be "
           "furious. I'm sorry. Here's where I'd start: a named account manager and the full service credit for the "
           "quarter. Would that be a fair starting point?", m="AEOIQ"),
    dict(p=LE, s="commitment",
         t="god yeah im so sorry marcus, youre stuck in the middle with your client over something we lost. ok so the "
           "express fees refunded, the trace is open, and ive booked a same day courier for the replacement parts, youll "
           "get the drivers details by text in the next fifteen minutes", m="AEOC"),
    dict(p=MT, s="options",
         t="i hear you, you waited all morning twice and nobody called, im so sorry. so i can waive the fee and put a "
           "months credit on and get you the first slot at eight, or if youd rather just the credit and pick a day later "
           "thats fine too, what works best for you", m="AEOIQ"),
    # --- late shift, ordinary ---
    dict(p=MT, s="heard", t="how has all this um affected you, like with work and everything", m="Q"),
    dict(p=FT, s="heard", t="how long have you been without it now, like two weeks?", m="Q"),
    dict(p=EE, s="heard", t="What did your board say when the warehouse went down?", m="Q"),
    dict(p=LE, s="options", t="i can refund the express fee", m="O"),
    dict(p=VC, s="heard", t="yeah.", m=""),
    dict(p=None, s="options", t="I could look into it for you, see what I can find.", m="",
         n="vague 'look into it' is not a remedy"),
    dict(p=EE, s="vent", t="Go ahead, I'm listening.", m="", n="back-channel"),
    dict(p=FT, s="options", t="um so theres a few things i can do", m="", n="no concrete remedy named yet"),
    dict(p=MT, s="heard", t="Thank you for explaining all that, and for bearing with me while I looked it up.", m="G"),
    dict(p=None, s="commitment", t="ill get someone to call you back", m="", n="no time: not a commitment"),
    dict(p=BE, s="heard", t="Oh, Margaret. That's awful.", m="E"),
    dict(p=VC, s="vent", t="so the money landed friday and completion was wednesday, right, okay", m="A",
         n="says the two dates back while he vents"),
    dict(p=LE, s="heard", t="so sorry about that", m="E"),
    dict(p=None, s="heard", t="im sorry about that, can i take your account number so i can look into it", m="EQ",
         n="details asked after the vent: no violation"),
    dict(p=EE, s="commitment", t="I'll have your account manager's name over to you by the end of today.", m="OC"),
    dict(p=FT, s="close", t="Brilliant, you're all sorted then. Take care, Kelly.", m=""),
    dict(p=MT, s="options", t="would you rather a morning or- well we only do the eight oclock, would thursday or friday be better",
         m="OIQ", n="offers the rebooked first slot and a choice of day"),
    dict(p=None, s="heard", t="I understand.", m="A", n="bare sincere 'I understand' (rule 1)"),
    dict(p=BE, s="heard", t="and that was after youd cancelled? right. gosh.", m="A",
         n="echoes the key point back; not a real question"),
    dict(p=VC, s="options", t="what would you like to see happen here", m="IQ"),
    dict(p=LE, s="vent", t="Parcel never arrived, tracking's blank. Got it.", m="A"),
    dict(p=None, s="options", t="postcode?", m="Q", n="details asked after the vent: a question, no violation"),
    dict(p=None, s=None, t="I'm really sorry we let you down today. Thanks for giving us the chance to fix it.", m="EG"),
]

write_batch(ITEMS, "da", Path(__file__).with_name("replies_extra104.jsonl"))
