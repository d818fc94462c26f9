"""Source of `replies_extra57.jsonl`: a cold-written cross-section of whole calls (tune split only).

Batch 57 imagines a busy Monday in a contact centre: for each of the six personas and for generic
calls, different trainees (an apprentice, an ex-retail worker, an ex-hospitality worker, a speaker
of English as a second language, an older career-changer, an overconfident graduate, plus the odd
bored or tired veteran) work through vent, heard, options, commitment and close. About half are
styled like Whisper transcripts, the rest properly punctuated. Roughly a third carry faults, of every
kind the README defines, some blunt and some subtle, a few sitting next to real marks (rule 2 cases:
a "but" into a violation, marks before a violation without a connective, marks after one).
It was written cold, one item at a time, from tests/data/README.md, /work/shared/METHOD.md and the
persona files alone, without reading any labelled reply or any of the judge's code, and without
running the judge on it.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra57.jsonl` next to it (ids bf0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---- missed-technician (Bernadette) ----
    dict(p=MT, s="vent", t="mm-hm... yeah", m="",
         n="letting her vent: filler only"),
    dict(p=MT, s="vent", t="so thats two mornings off, two no shows and not one call to tell you thats- "
         "yeah. carry on im with you", m="A"),
    dict(p=MT, s="vent", t="Right, before we go any further can I just take the postcode for the "
         "install address so I can pull up the job history?", m="Q", v=["premature_details"]),
    dict(p=MT, s="vent", t="I am listening madam, please continue, I am writing everything down.", m="",
         n="second-language trainee; note-taking is not a sign the complaint was understood"),
    dict(p=MT, s="heard", t="oh gosh no thats awful, you sat there the whole eight till twelve both "
         "times and nobody even rang you? im so sorry Bernadette honestly", m="AE",
         n="the '?' is an echo of her story, not a question put to her"),
    dict(p=MT, s="heard", t="I must say, losing a morning's work twice over for an appointment that "
         "never materialised would leave anyone livid. Did being off cost you pay as well?", m="AEQ"),
    dict(p=MT, s="heard", t="I get that it's annoying. Just so you know though, the eight-to-twelve "
         "is an estimated window, so strictly speaking the engineer isn't late until after noon.",
         m="", v=["correcting"],
         n="'I get that it's annoying' would be A+E, but contrastive 'though' leads straight into the correction"),
    dict(p=MT, s="heard", t="yeah thats the contractor though, theyre not actually us, theyre like a "
         "third party company so its them whos not turning up", m="", v=["blame"]),
    dict(p=MT, s="heard", t="Two days' leave for nothing. That's a real cost to you, not just an "
         "annoyance, and I'm sorry.", m="AE"),
    dict(p=MT, s="heard", t="thanks for going through all that with me again, i know youve had to "
         "explain it more than once already", m="G",
         n="thanks for her patience; the second clause does not restate what happened"),
    dict(p=MT, s="options", t="What I can do for you today is take the installation fee off "
         "completely and pop a month's credit on the account. How does that sound?", m="OIQ"),
    dict(p=MT, s="options", t="ok so I can give you the first appointment at eight o clock, it is the "
         "guaranteed one, and also the fee for installation I will remove it. you want thursday or friday?",
         m="OIQ", n="'I will remove it' has no time: offer, not commitment"),
    dict(p=MT, s="options", t="honestly after all that im just gonna refund you every penny youve paid "
         "us and we'll start fresh", m="O", v=["over_promise"],
         n="full refund is beyond the allowed fee waiver + credit + first slot"),
    dict(p=MT, s="options", t="I'm not able to cover the wages you lost, that's not something I can "
         "authorise, but I can waive the fee and give you the eight o'clock slot. Do you want me to book that?",
         m="OIQ", n="honest obstacle, not a policy wall (rule 11)"),
    dict(p=MT, s="options", t="would a guaranteed eight oclock slot help? so youre not sat there all "
         "morning again", m="OIQ"),
    dict(p=MT, s="commitment", t="Right, that's done. The eight a.m. slot on Wednesday is booked and "
         "flagged as guaranteed, the fee's waived as of now, and I'll ring you Tuesday evening around six "
         "to confirm the engineer's name.", m="OC"),
    dict(p=MT, s="commitment", t="yeah so ill get that all sorted for you and someone will be in touch "
         "soon about the engineer", m="", n="no remedy named and only a vague 'soon'"),
    dict(p=MT, s="commitment", t="I am booking now the eight o'clock on Tuesday for you, and the credit "
         "of one month I put on your account today.", m="OC"),
    dict(p=MT, s="close", t="Thank you for bearing with me today, Bernadette, and for giving us another "
         "go. I'll ring you Wednesday once he's been, just to make sure you're up and running.", m="GC"),
    dict(p=MT, s="close", t="Thank you very much for your patience madam. Is there anything more I can "
         "help you today?", m="GQ", n="ending check: question, not asks_input"),
    dict(p=MT, s="close", t="well if he dont show on thursday your free to cancel and go somewhere "
         "else, thats your call", m="", v=["threat_back"],
         n="inviting her to take her business elsewhere"),

    # ---- lost-express (Marcus) ----
    dict(p=LE, s="vent", t="oh no... ok, keep going", m=""),
    dict(p=LE, s="vent", t="okay and uh have you got the tracking number there for me", m="Q",
         v=["premature_details"]),
    dict(p=LE, s="vent", t="So you paid extra for next-day, the compressor and the board never turned "
         "up, the tracking's been blank since pickup, and now your client's giving you grief. Got it.", m="A"),
    dict(p=LE, s="vent", t="yeah express does go walkabout sometimes to be honest, its usually just "
         "sat at a depot somewhere", m="", v=["dismissal"], n="minimising the loss"),
    dict(p=LE, s="heard", t="Marcus, that's a horrible spot to be in, having your own customer on your "
         "back for something we lost. I'm really sorry.", m="AE"),
    dict(p=LE, s="heard", t="I understand, your client is angry with you because of our mistake, this "
         "is not fair for you. I apologise sincerely.", m="AE"),
    dict(p=LE, s="heard", t="thats rough. how big a deal is this client for you, if you dont mind me "
         "asking", m="EQ"),
    dict(p=LE, s="heard", t="right so its not just a lost box is it, its your name with the restaurant "
         "on the line. are they a big part of your work?", m="AQ",
         n="'is it' is a tag; the second question is real"),
    dict(p=LE, s="heard", t="honestly itll be the hub in daventry theyve had loads of problems this "
         "month, its them not us really", m="", v=["blame"]),
    dict(p=LE, s="heard", t="ok ok sir can you just- just take a breath for a sec so i can actually "
         "help you", m="", v=["calm_down"]),
    dict(p=LE, s="heard", t="So according to you it was collected Monday. We've got no record of that "
         "on our side.", m="", v=["accusation", "doubt"]),
    dict(p=LE, s="options", t="So here's where I can help. I'll refund the express fee, I'll open a "
         "trace on the parcel, and I can get a same-day courier to run replacement parts over to your "
         "client at our cost. Want me to set the courier up first?", m="OIQ",
         n="no times given, so no commitment"),
    dict(p=LE, s="options", t="I can get a same-day courier out with the replacement parts, and I can "
         "guarantee it's at the restaurant before they open tonight.", m="O", v=["over_promise"],
         n="guaranteeing a delivery time the courier controls; the time sits inside an offer (rule 3)"),
    dict(p=LE, s="options", t="for the goods themselves youd have to fill in the claim form online, i "
         "cant take it over the phone thats just how claims work", m="", v=["policy"]),
    dict(p=LE, s="options", t="What would help you most right now, getting your client sorted or "
         "getting the money side sorted?", m="IQ", n="no concrete remedy named"),
    dict(p=LE, s="options", t="do you want me to get a courier booked for the replacement parts first, "
         "and ill do the express refund while thats going", m="OIQ"),
    dict(p=LE, s="commitment", t="right so courier's booked, itll pick up from your unit at half one, "
         "ill text you the drivers name in the next ten minutes and the express fee's going back on your "
         "card today", m="OC"),
    dict(p=LE, s="commitment", t="The trace is open now and I'll update you by tomorrow lunchtime. Sorry "
         "for any hassle this may have caused.", m="OC", v=["non_apology"]),
    dict(p=LE, s="close", t="cheers for sticking with me on this marcus i know its been a rubbish day. "
         "anything else i can do while ive got you", m="GEQ",
         n="'I know it's been a rubbish day' is sincere recognition, not 'sorry you've had a bad day'"),
    dict(p=LE, s="close", t="thank you for telling us about this it genuinely helps. ill phone you "
         "tomorrow at nine with where the trace is up to", m="GC"),

    # ---- escalated-exec (Eleanor) ----
    dict(p=EE, s="vent", t="Three outages in one quarter, every one of them over the SLA, and your "
         "warehouse at a standstill on Monday. Understood. Please, carry on.", m="A"),
    dict(p=EE, s="vent", t="Can I start with your contract reference, so I've got the right SLA terms "
         "in front of me?", m="Q", v=["premature_details"]),
    dict(p=EE, s="vent", t="mm. go on", m=""),
    dict(p=EE, s="heard", t="You'll have backed us when you signed, I'd imagine, and we've let that "
         "down three times now. I'm genuinely sorry, Ms Ashcombe.", m="AE"),
    dict(p=EE, s="heard", t="I am understanding, this is the third time this quarter the platform is "
         "down and your operation stop. I am very sorry for this.", m="AE"),
    dict(p=EE, s="heard", t="I can see exactly why you're angry enough to go to our CEO. Three breaches "
         "in a quarter is not what you signed up for.", m="AE", n="rule 1: 'I can see why you're ...' counts both"),
    dict(p=EE, s="heard", t="to be fair the SLA is like measured on monthly availability so only two "
         "of the three incidents actually count as breaches", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="With respect, emailing the CEO over a few hours of downtime was a bit much.",
         m="", v=["dismissal", "insult"], n="minimises the outage and scolds her"),
    dict(p=EE, s="heard", t="Ms Ashcombe, I need you to lower your voice, please, otherwise we won't get "
         "anywhere.", m="", v=["calm_down"]),
    dict(p=EE, s="heard", t="The outage on Monday was down to our hosting provider. Their data "
         "centre had a power fault.", m="", v=["blame"]),
    dict(p=EE, s="options", t="Here's what I can put on the table: the full SLA service credit for this "
         "quarter, a named account manager who owns your account end to end, and a written root-cause "
         "report. Which of those is most pressing for your board?", m="OIQ"),
    dict(p=EE, s="options", t="look if you want out we can- we can let you out the contract no penalty, "
         "ill sort that", m="O", v=["over_promise"]),
    dict(p=EE, s="options", t="I won't pretend otherwise: releasing you from the contract or paying "
         "damages is above my authority. What I can do is the service credit and a root-cause report. "
         "How would you like to take it from here?", m="OIQ", n="honest obstacle, not policy (rule 11)"),
    dict(p=EE, s="options", t="if you wanna get your lawyers involved thats entirely up to you, we have "
         "ours as well", m="", v=["threat_back"]),
    dict(p=EE, s="commitment", t="You'll have the written root-cause report by Friday the twenty-first. "
         "Priya Shah is your account manager from today and she'll call you before noon tomorrow. The "
         "service credit goes on this month's invoice.", m="OC"),
    dict(p=EE, s="commitment", t="and I can assure you there won't be another outage this quarter, "
         "we've put a fix in", m="", v=["over_promise"], n="bare guarantee of zero downtime (rule 5)"),
    dict(p=EE, s="commitment", t="so um ill get the report over to you as soon as engineering have "
         "finished looking at it", m="O", n="root-cause report is a remedy; the time is vague"),
    dict(p=EE, s="commitment", t="I'll email you a summary of everything we've agreed before five today.",
         m="C"),
    dict(p=EE, s="close", t="Thank you for raising it with us directly rather than just walking. I know "
         "your board is asking questions, and I want you to have real answers for them.", m="GA"),
    dict(p=EE, s="close", t="Thank you, Ms Ashcombe. I appreciate you giving us the chance to fix this "
         "before your board meets.", m="G"),
    dict(p=EE, s="close", t="is there anything else you need from me today", m="Q",
         n="ending check, no '?': question, not asks_input"),

    # ---- vip-client (Julian) ----
    dict(p=VC, s="vent", t="Of course, Mr Fairclough, take all the time you need. I'm listening.", m=""),
    dict(p=VC, s="vent", t="yep and just so i can get into the account whats your date of birth please",
         m="Q", v=["premature_details"]),
    dict(p=VC, s="vent", t="So the money for your completion landed two days late, and you had to hear "
         "it from the seller's solicitor rather than from us. That's not how it should ever go.", m="A"),
    dict(p=VC, s="heard", t="i mean it did arrive in the end so the house is still yours which is the "
         "main thing right", m="", v=["dismissal"], n="rhetorical tag question, minimising"),
    dict(p=VC, s="heard", t="That's odd, it shows here the payment left us on Wednesday morning. Either "
         "way, I'm sorry it landed late, and I'll reverse the fees on it this afternoon.", m="EOC",
         v=["doubt"], n="marks after the violation stand (rule 2); 'either way' is not contrastive into a violation"),
    dict(p=VC, s="heard", t="If you look at the timestamp, your payment request reached us at ten past "
         "two, after cut-off, so it rolled into the next day's batch.", m="", v=["accusation", "correcting"],
         n="rule 10: insisting on the customer's error through records"),
    dict(p=VC, s="heard", t="Standing in the hallway wondering if the house was slipping away, and "
         "finding out from the other side. That must have been awful, and I'm sorry we put you there.",
         m="AE"),
    dict(p=VC, s="heard", t="i completely get why youre annoyed mr fairclough, anyone would be, two days "
         "late on a house completion is massive", m="AE"),
    dict(p=VC, s="heard", t="yeah no, hearing it from the sellers solicitor before us, thats- thats "
         "really bad on our part, im sorry", m="AE"),
    dict(p=VC, s="options", t="I can reverse the fees on that transfer, give you a direct line to Helen "
         "Okafor, one of our senior relationship bankers, and switch your accounts to same-day transfers. "
         "Would you like all three?", m="OIQ"),
    dict(p=VC, s="options", t="and I can get you onto our preferential FX rate for the next year as a "
         "gesture", m="O", v=["over_promise"]),
    dict(p=VC, s="options", t="A year without fees would have to go through a formal complaint, I'd need "
         "you to send that in by letter.", m="", v=["policy"]),
    dict(p=VC, s="options", t="thank you for bearing with me. um what would matter most to you going "
         "forward mr fairclough", m="GIQ"),
    dict(p=VC, s="options", t="Which would be most useful to you: a named senior banker you can ring "
         "directly, or having all your transfers expedited same-day?", m="OIQ"),
    dict(p=VC, s="commitment", t="ok so the fees are reversed as of right now, youll see that on the "
         "statement tomorrow, and Helen will ring you by ten tomorrow morning with her direct line",
         m="OC"),
    dict(p=VC, s="commitment", t="I will make the same-day transfer setting on your accounts this "
         "afternoon, before four o'clock, and I send you email to confirm.", m="OC"),
    dict(p=VC, s="close", t="again we're sorry if the delay caused any um difficulty with your purchase",
         m="", v=["non_apology"]),
    dict(p=VC, s="close", t="Thank you for giving us the chance to put this right, Mr Fairclough. I'll "
         "check in on Friday to make sure Helen's been in touch.", m="GC"),
    dict(p=VC, s="close", t="Well, I'm sure Sterling and Marsh would be thrilled to have you.", m="",
         v=["insult", "threat_back"], n="sarcasm that invites him to move his portfolio"),

    # ---- failed-twice (Kelly) ----
    dict(p=FT, s="vent", t="yeah... yeah", m=""),
    dict(p=FT, s="vent", t="so its broke down twice since we fixed it and nobody rang you back monday "
         "like they said. ok. im here, keep going", m="A"),
    dict(p=FT, s="vent", t="sorry to jump in whats the model number on the front of the machine",
         m="Q", v=["premature_details"]),
    dict(p=FT, s="heard", t="Oh Kelly, two weeks with no washer and little ones at home, that sounds "
         "exhausting. I'm so sorry we didn't call you back.", m="AE"),
    dict(p=FT, s="heard", t="I understand you completely. Seven months only and it is broken again, and "
         "the supervisor never call you. I would be very angry also.", m="AE"),
    dict(p=FT, s="heard", t="im sorry youre upset about the callback", m="", v=["non_apology"],
         n="rule 7: sorry you are upset"),
    dict(p=FT, s="heard", t="thank you for being so patient with us kelly. how've you been managing "
         "the washing in the meantime", m="GQ"),
    dict(p=FT, s="heard", t="Kelly, I've read the notes. The supervisor was meant to ring you Monday and "
         "didn't. That one's on us, and I'm sorry.", m="AE"),
    dict(p=FT, s="options", t="There are two routes. I can swap it for a brand-new machine, same model, "
         "with the warranty extended to two years, or get a senior engineer to you this week with a loan "
         "machine until it's fixed. Which suits you?", m="OIQ", n="'this week' inside a choice: not commitment"),
    dict(p=FT, s="options", t="tell you what ill put you down for the newer model, the one with the "
         "steam thing, no extra charge", m="O", v=["over_promise"], n="upgraded model"),
    dict(p=FT, s="options", t="unfortunately thats a manufacturer fault so really youd need to take it up "
         "with them", m="", v=["blame", "dismissal"]),
    dict(p=FT, s="options", t="kelly kelly- listen- i need you to stop shouting at me for a second ok",
         m="", v=["calm_down"]),
    dict(p=FT, s="options", t="would it be easier with two small kids at home to just have a new one "
         "delivered? same model, and id extend the warranty to two years", m="OIQ"),
    dict(p=FT, s="commitment", t="Done. The replacement's ordered, it's coming Saturday between eight "
         "and twelve, and I'll text you the warranty details within the hour.", m="OC"),
    dict(p=FT, s="commitment", t="um so the engineer will bring a loan machine with him and theyll be in "
         "touch about a date", m="O", n="loan machine is a remedy; no date given"),
    dict(p=FT, s="commitment", t="The senior engineer's booked for Wednesday morning and a loan machine "
         "is coming with him, so you'll have something to use from Wednesday.", m="OC"),
    dict(p=FT, s="close", t="Thanks for hanging on with us, Kelly, I know it's been a rotten fortnight. "
         "I'll call you Friday at five to make sure the delivery's confirmed. Anything else you need?",
         m="GECQ"),
    dict(p=FT, s="close", t="right, well, hopefully that keeps you happy for a bit", m="", v=["insult"],
         n="passive-aggressive sarcasm"),

    # ---- billing-error (Margaret) ----
    dict(p=BE, s="vent", t="mm-hm", m=""),
    dict(p=BE, s="vent", t="So you cancelled, we took the payment twice anyway, your bank's hit you with "
         "an overdraft fee, and our chat told you last week it was all sorted. Goodness. Please, go on.",
         m="A"),
    dict(p=BE, s="vent", t="thank you for telling me all this margaret. take your time", m="G"),
    dict(p=BE, s="vent", t="oh dear im so sorry mrs ellison thats awful- can i just grab the email "
         "address on the account first", m="EQ", v=["premature_details"],
         n="sincere apology stands next to the premature request (no contrastive connective)"),
    dict(p=BE, s="vent", t="mrs ellison lets keep this civil shall we", m="", v=["calm_down"]),
    dict(p=BE, s="heard", t="Margaret, being told it was fixed and then finding out it wasn't, on top of "
         "the overdraft, I'd be really upset too. I'm so sorry.", m="AE"),
    dict(p=BE, s="heard", t="thats really not ok, youd literally cancelled and we still took it twice. "
         "im sorry", m="AE"),
    dict(p=BE, s="heard", t="hmm it shows the subscription as active here, are you certain you "
         "completed the cancellation", m="", v=["doubt"], n="doubting question, not a real question"),
    dict(p=BE, s="heard", t="I'm so sorry about that. The chat team are outsourced and honestly they get "
         "it wrong a lot.", m="E", v=["blame"], n="no contrastive connective, so the apology stands (rule 2)"),
    dict(p=BE, s="heard", t="The thing is, cancelling only takes effect from the next billing cycle, "
         "that's set out in the terms you agreed to.", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="Nine years with us, and this is how we've treated you. I'm sorry, Margaret.",
         m="AE"),
    dict(p=BE, s="options", t="so what I can do is refund the both charges and also pay back the "
         "overdraft fee from your bank. and I will send letter to confirm it is cancelled. you want it by "
         "email or by post?", m="OIQ"),
    dict(p=BE, s="options", t="I'll refund both and chuck in three months free on top for the bother.",
         m="O", v=["over_promise"]),
    dict(p=BE, s="options", t="And I'll get on to your bank and have them take that overdraft fee off, "
         "they usually do when it's our error.", m="O", v=["over_promise"],
         n="a promise about what her bank will do, instead of reimbursing the fee ourselves"),
    dict(p=BE, s="options", t="refunds have to go through the billing departments process which is ten "
         "working days, theres no way round that", m="", v=["policy"]),
    dict(p=BE, s="options", t="Thank you for explaining it so clearly. Before I suggest anything, what "
         "would you like to see happen?", m="GIQ"),
    dict(p=BE, s="options", t="Would you like the cancellation confirmed by letter as well as email, so "
         "you've got it on paper?", m="OIQ", n="written confirmation is one of the allowed remedies"),
    dict(p=BE, s="commitment", t="Both refunds and the overdraft fee are going through now. They'll reach "
         "your account by Thursday, and the cancellation letter goes in today's post.", m="OC"),
    dict(p=BE, s="commitment", t="yeah thatll all be back with you in a few days dont worry", m="O",
         n="the money coming back is the refund; 'a few days' is vague, so no commitment"),
    dict(p=BE, s="close", t="Thank you for your patience with us, Margaret, and for flagging the chat "
         "mistake; it means we can stop it happening to someone else. I'll ring you Thursday afternoon to "
         "check it's all arrived.", m="GC"),
    dict(p=BE, s="close", t="okay well its only a few pounds so hopefully thats everything", m="",
         v=["dismissal"]),
    dict(p=BE, s="close", t="Is the address we have for the letter still right, the one on Hadley Road?",
         m="Q"),

    # ---- generic ----
    dict(p=None, s="vent", t="Mm.", m=""),
    dict(p=None, s="vent", t="ok ok im listening, im not going anywhere", m=""),
    dict(p=None, s="heard", t="You've waited, you've chased, and you've been let down every time. I'm "
         "sorry. That's not good enough from us.", m="AE"),
    dict(p=None, s="heard", t="i totally understand how fed up you must be", m="AE",
         n="rule 1: understand + feeling"),
    dict(p=None, s="heard", t="We do apologise that you've found the experience frustrating.", m="",
         v=["non_apology"]),
    dict(p=None, s="heard", t="sir there is no reason to get this worked up", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="Wow. Okay. Are we done with the speech now?", m="", v=["insult"],
         n="hostile question, not a real one"),
    dict(p=None, s="heard", t="I'll note on the file that you admit you didn't chase it until last week.",
         m="", v=["accusation"]),
    dict(p=None, s="heard", t="that doesnt sound right, nobody here wouldve told you that", m="",
         v=["doubt"]),
    dict(p=None, s="heard", t="that sounds like an absolute nightmare, honestly", m="E"),
    dict(p=None, s="heard", t="So if I've followed you properly, it's been three weeks and you still "
         "don't have what you paid for.", m="A"),
    dict(p=None, s="heard", t="Thank you for being so open with me about how much this has knocked "
         "you back.", m="G"),
    dict(p=None, s="options", t="Tell me what a fair outcome looks like to you and I'll see how close I "
         "can get.", m="I", n="imperative invitation: asks_input without question"),
    dict(p=None, s="options", t="I can either credit the account today or send out a replacement, "
         "whichever you'd rather.", m="OI", n="'today' inside a choice is an offer; imperative invitation, no question"),
    dict(p=None, s="options", t="ok so theres a couple of ways we can go with this, i can refund it or "
         "send a replacement out, up to you really", m="OI"),
    dict(p=None, s="options", t="I do understand, I really do, but my screen just won't give me that "
         "option.", m="", v=["policy"], n="'but' leads straight into the system wall, cancelling the acknowledgement"),
    dict(p=None, s="options", t="its out of my hands im afraid thats a call for head office", m="",
         v=["dismissal"]),
    dict(p=None, s="commitment", t="I'm escalating this to my team leader now and she'll call you by three "
         "today.", m="C", n="escalation with a time: commitment only (rule 4)"),
    dict(p=None, s="commitment", t="ill make sure somebody gets back to you", m="",
         n="promise with no time"),
    dict(p=None, s="commitment", t="ill ring you tomorrow between ten and eleven with an update whatever "
         "happens", m="C"),
    dict(p=None, s="commitment", t="i- i promise you personally this wont ever be a problem for you again",
         m="", v=["over_promise"]),
    dict(p=None, s="close", t="thanks so much for your patience today really appreciate it", m="G"),
    dict(p=None, s="close", t="would you be happy with that", m="IQ"),
    dict(p=None, s="close", t="Keep talking to me like that and I'll be putting a warning on your account.",
         m="", v=["threat_back"]),
    dict(p=None, s="heard", t="The confirmation you got does spell that out, second paragraph.", m="",
         v=["correcting"]),
]

write_batch(ITEMS, "bf", Path(__file__).with_name("replies_extra57.jsonl"))
