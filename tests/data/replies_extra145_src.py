"""Source of `replies_extra145.jsonl`: batch 145, in the original set's style (tune split only).

Batch 145 was written by hand, one reply at a time, each as a different trainee, in the style of the
original set, learned from a copy of its tune part alone, without reading the judge's code or any
other labelled batch (and without running the judge). It is weighted to one theme: acknowledgement
and its hard negatives. On one side, replies that look like acknowledging but are not under the
README and the original author's habits: bare fillers while the customer vents ("okay... okay",
"understood, understood", "got it. got it.", "Noted."), back-channels ("I'm with you. take your
time", "Please, continue. I'm listening.", "yeah I know, I know. go on"), "I hear you" said straight
into a request for details ("I hear you, I hear you. so what's the postcode at the property"),
dismissive "yeah yeah, I get it, two days off. anyway…", negated forms ("I don't understand how it's
broken again"), an acknowledgement followed by "but", "however" or "though" into a violation,
restating the facts in order to doubt, correct, blame or put them on trial ("so you're saying its
broken down twice since, and that's definately not how you're loading it?", "So, according to your
email…"), questions that only ask what happened ("what did the chat team tell you exactly?"), and
sarcastic "oh I totally understand". On the other side, sincere acknowledgements said in many
everyday ways: playing the failure back in the trainee's own words, "you're right, that shouldn't of
happened", "let me make sure I've understood", owning the failure ("we dropped the ball, sir, plain
and simple", "that's on us, full stop"), "I'm sorry you've had to ring us twice", check-back
questions, and acknowledgements mixed with other marks or standing next to a fault that no
contrastive connective cancels (rule 2). The rest is the usual mix of marks, stages and violation
kinds. Every persona, the generic `None`, and every stage appear.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra145.jsonl next to it (ids ep0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="okay... okay", m="", n="bare filler while she vents: neither acknowledge nor empathise"),
    dict(p=MT, s="vent", t="right, I see, yeah", m="", n="'I see' and 'right' as fillers (rule 1)"),
    dict(p=MT, s="vent", t="I hear you. no honestly, keep going, I want the whole picture before I touch anything", m="A",
         n="sincere 'I hear you' with no details request, as the original's 'I hear you. take your time, tell me everything'"),
    dict(p=MT, s="vent", t="understood. and, sorry, the account number?", m="Q", v=["premature_details"],
         n="'understood' is a filler; 'sorry' is politeness; details while venting"),
    dict(p=MT, s="vent", t="I'm with you. take your time, honestly", m="", n="back-channel (rule 13): no acknowledgement"),
    dict(p=MT, s="vent", t="and then what happened, the second time, when nobody turned up?", m="Q",
         n="only asks what happened: a real question, no restatement of what went wrong yet; not premature"),
    dict(p=MT, s="heard",
         t="so you took a day off, waited eight till twelve, nobody came, nobody rang, and then the exact same "
           "thing happened again this week. that's, yeah. that's shocking", m="A",
         n="plays the failure back; 'that's shocking' judges the service, not her feeling"),
    dict(p=MT, s="heard", t="you're right, that shouldn't of happened. not once, and definitely not twice", m="A",
         n="'shouldn't of' mis-hearing"),
    dict(p=MT, s="heard", t="I hear you, I hear you. so what's the postcode at the property", m="Q",
         n="'I hear you' said straight into a details request (rule 13): not acknowledge; after venting, not premature"),
    dict(p=MT, s="heard",
         t="I hear you, two visits missed and not a single call from us. can you give me the postcode so I can pull "
           "the booking up?", m="AQ", n="said back with what went wrong (rule 13), then a details request"),
    dict(p=MT, s="heard", t="so you're saying the technician never turned up at all? because on my screen he's marked as attended",
         m="", v=["doubt"], n="restates her account only to doubt it; rhetorical question"),
    dict(p=MT, s="heard", t="I understand you're annoyed but the window on the booking was eight till six, not eight till twelve",
         m="", v=["correcting"], n="'but' leads into correcting: cancels the acknowledgement"),
    dict(p=MT, s="heard", t="oh I totally understand, what a week you've had, waiting in for the broadband man", m="",
         v=["insult"], n="sarcastic 'I totally understand': answers in kind, no acknowledgement"),
    dict(p=MT, s="heard", t="yeah yeah, I get it, two days off. anyway can I just confirm the address", m="Q",
         n="dismissive run-through ending in 'anyway': not acknowledge (README), the address request is a real question"),
    dict(p=MT, s="heard", t="honestly we let you down there. twice. and you only found out by sitting at the window all morning. I'm sorry",
         m="AE"),
    dict(p=MT, s="heard", t="just so I've got it straight, the first no-show was the tuesday and the second was this monday, both "
         "morning slots?", m="AQ", n="check-back question"),
    dict(p=MT, s="heard", t="I'm sorry you've had to lose two days' work over us, that's really not on", m="AE",
         n="'sorry you've had to' + what she went through (rule 14)"),
    dict(p=MT, s="heard", t="I see what you mean but it's the contractor that does our installs, not us", m="", v=["blame"],
         n="'but' into blame: the acknowledgement is cancelled"),
    dict(p=MT, s="heard", t="I- I don't understand why nobody rang you. that's, that's not how it's meant to go at all", m="A",
         n="not the negated 'I don't understand why you're upset': it agrees nobody rang and that it was wrong, like "
           "rule 8's 'I can't believe they didn't call you back'"),
    dict(p=MT, s="heard", t="I hear you, I do, and no-one's refunding a whole installation over a missed slot, that's not how it works",
         m="A", v=["policy"], n="'and', not 'but': the acknowledgement stands beside the policy wall (rule 2)"),
    dict(p=MT, s="options",
         t="you're right that you shouldn't be out of pocket for our mistake. a full refund's beyond me, I won't pretend "
           "otherwise, but I'm able to scrap the installation fee, put a month's credit on the account and book you the eight am slot. "
           "is that something you'd go for?", m="AOIQ",
         n="honest obstacle, not a wall"),
    dict(p=MT, s="options", t="look I get you want a full refund and honestly I see why. full refund it is, plus a credit for both days you lost",
         m="AO", v=["over_promise"]),
    dict(p=MT, s="commitment",
         t="you can't keep losing days off work over us, I know that. so it's saturday, eight o'clock, first on the list, "
           "and the confirmation text will be with you inside the hour", m="AOC"),
    dict(p=MT, s="commitment", t="right, first slot, eight am friday, that's locked in, and I'll ring you thursday teatime to check nothing's moved",
         m="OC", n="confirmed rebooking is a remedy (rule 4)"),
    dict(p=MT, s="close", t="thanks for not giving up on us Bernadette. after two no-shows you'd have every reason to", m="AEG",
         n="names the failure; 'every reason to' validates, as the original's 'you'd have every right'"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="got it. got it.", m="", n="note-taking filler like 'understood', not the sincere 'I get it'"),
    dict(p=LE, s="vent", t="I hear you. what's the tracking number?", m="Q", v=["premature_details"],
         n="'I hear you' straight into a details request while he vents (rule 13)"),
    dict(p=LE, s="vent", t="I understand, I understand, I'll need the consignment number off you first though", m="Q",
         v=["premature_details"], n="acknowledgement said straight into a details request while venting"),
    dict(p=LE, s="vent", t="oh no. so your client's just sat there waiting on the parts?", m="AQ",
         n="check-back question restating the impact; not a details request"),
    dict(p=LE, s="heard",
         t="so you paid the overnight rate, it got collected, and since then, nothing, not one scan. and now your restaurant "
           "client's on at you about it", m="A"),
    dict(p=LE, s="heard", t="right, so you're telling me it was collected and then it just vanished into thin air", m="",
         v=["doubt"], n="restating the facts in order to doubt them"),
    dict(p=LE, s="heard", t="well it's showing as collected so technically it's in our network, it's not what we'd call lost yet",
         m="", v=["correcting"]),
    dict(p=LE, s="heard", t="you're right, overnight means overnight, and we didn't deliver on that. I'm sorry it's landed on you with your client",
         m="AE"),
    dict(p=LE, s="heard", t="I understand, but parcels go astray every day of the week mate, it's not the end of the world", m="",
         v=["dismissal"], n="'but' into minimising: no acknowledgement"),
    dict(p=LE, s="heard", t="I can hear you're under pressure with your customer and that's fair enough, you forked out for the faster service to avoid exactly this",
         m="AE"),
    dict(p=LE, s="heard", t="what was actually in the parcel?", m="Q", n="only asks what happened"),
    dict(p=LE, s="heard",
         t="hang on, let me get this straight, you paid extra for express, and the first you heard it was missing was from your own customer?",
         m="AQ", n="sincere check-back, not incredulous"),
    dict(p=LE, s="heard", t="so it was the subcontractor's van that collected it. well that's where it's gone wrong then, that's them, not us",
         m="", v=["blame"], n="restates the facts to pin the blame on the subcontractor"),
    dict(p=LE, s="heard", t="so what you're alleging is we never actually picked it up", m="", v=["accusation"],
         n="repeat-back framed as an allegation"),
    dict(p=LE, s="heard", t="okay I see, I see. um, and which depot did it go out from?", m="Q",
         n="fillers, then a question about what happened; no acknowledgement"),
    dict(p=LE, s="heard", t="so tracking's shown nothing since it was collected, okay. you definitely had the right address on the label?",
         m="A", v=["doubt"], n="paraphrase stands (no 'but'), then doubt, as the original's label question"),
    dict(p=LE, s="heard", t="honestly? that's embarrassing for us. you paid for the overnight service and you've got nothing to show for it, not even a scan",
         m="A"),
    dict(p=LE, s="heard", t="I'm sorry you had to find out from your own customer. that should have been us ringing you", m="AE"),
    dict(p=LE, s="heard", t="sorry for any inconvenience caused with your delivery", m="", v=["non_apology"]),
    dict(p=LE, s="heard", t="I hear what you're saying about the lost business, I do, but we don't pay out for that, that's the terms of carriage",
         m="", v=["policy"], n="'but' into a policy wall"),
    dict(p=LE, s="heard", t="mate I understand, I do, but if you shout at me one more time I'll end this call", m="",
         v=["threat_back"], n="'but' into a threat cancels the acknowledgement"),
    dict(p=LE, s="options",
         t="that's on us, full stop. so, I'll get the express fee back to you, start a trace, and I can have a same-day courier take "
           "fresh parts to the restaurant. do you want me to go ahead?", m="AOIQ",
         n="owns the failure; no time on the refund, so no commitment"),
    dict(p=LE, s="options",
         t="you're right, you paid the next-day price and you've had nothing for it, but the lost job's not something I can "
           "cover, I'll be honest with you. I can get the express fee back to you and a courier heading to your client today", m="AO",
         n="'but' into an honest obstacle (rule 11), not a violation: the acknowledgement stands; 'I can ... today' is an offer"),
    dict(p=LE, s="options", t="would you rather the replacement parts went straight to the restaurant, or to your unit so you can fit them yourself?",
         m="OIQ"),
    dict(p=LE, s="options", t="you've paid for a service and not got it, I completely get that. I'll refund the full value and cover whatever you lose on the job",
         m="AO", v=["over_promise"]),
    dict(p=LE, s="commitment",
         t="the trace is logged, the courier's collecting the replacement compressor and board from our warehouse at one, and I'll "
           "text you the driver's details by half twelve", m="OC"),
    dict(p=LE, s="close", t="thanks Marcus, genuinely, for letting us have another go at this. I'll ring you tomorrow at ten with whatever the trace turns up",
         m="CG"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="I see. Understood.", m="", n="fillers while she vents"),
    dict(p=EE, s="vent", t="Please, continue. I'm listening.", m="", n="back-channel (rule 13)"),
    dict(p=EE, s="vent", t="Noted.", m="", n="flat filler; not acknowledgement"),
    dict(p=EE, s="vent", t="I'm so sorry, Ms Ashcombe. Could I just take your contract number before you carry on?", m="EQ",
         v=["premature_details"], n="sincere apology, then a details request while she is venting"),
    dict(p=EE, s="heard",
         t="Three outages this quarter, every one of them a breach, and it took an email to our CEO before anyone gave you a "
           "proper answer. You're right, that isn't acceptable.", m="A"),
    dict(p=EE, s="heard", t="With respect, I don't understand why this went to the CEO when your account team could have dealt with it",
         m="", v=["correcting"], n="negated form that tells her she went the wrong way"),
    dict(p=EE, s="heard", t="I understand the frustration, however the SLA's measured across the whole quarter and we're still within tolerance",
         m="", v=["correcting"], n="'however' into correcting cancels acknowledge and empathise"),
    dict(p=EE, s="heard", t="So, according to your email, all three outages breached the SLA. Is that your position?", m="",
         v=["accusation"], n="restatement put as a claim; hostile question, not a real one"),
    dict(p=EE, s="heard",
         t="I hear you. Three times now your warehouses have gone dark because of us, and it's your name attached to choosing us. "
           "That's a rotten place to be put in.", m="AE"),
    dict(p=EE, s="heard", t="Let me make sure I've understood. The outages were the fourth, the nineteenth and last Thursday, and each "
         "time your pickers were stood idle?", m="AQ"),
    dict(p=EE, s="heard", t="Right. And what actually happened on your side during the last one?", m="Q",
         n="only asks what happened"),
    dict(p=EE, s="heard", t="oh I completely understand, you're the only client we've got, obviously", m="", v=["insult"],
         n="sarcasm"),
    dict(p=EE, s="heard", t="We've let you down three times and I'm not going to dress that up. I'm sorry.", m="AE"),
    dict(p=EE, s="heard", t="that's on us. not your team, and not bad luck either", m="A", n="owns the failure in so many words"),
    dict(p=EE, s="heard", t="Three outages in one quarter, I hear that. Our hosting provider let us down badly on all three.", m="A",
         v=["blame"], n="no contrastive connective: the acknowledgement stands beside the blame (rule 2)"),
    dict(p=EE, s="heard", t="I understand, and I'm sorry. It was our upstream provider that failed though, not our own platform.",
         m="", v=["blame"], n="contrastive 'though' leads into blame: cancels both marks (rule 2)"),
    dict(p=EE, s="heard", t="Yes, yes, I hear you. If you want to bring lawyers into it that's your call, we have our own.", m="",
         v=["threat_back"], n="dismissive 'yes, yes, I hear you' into a counter-threat"),
    dict(p=EE, s="heard", t="I'm sorry you've had to go to our chief executive just to get someone to pick this up", m="AE",
         n="rule 14"),
    dict(p=EE, s="heard", t="I get why you went to the CEO. If I'd been fobbed off twice I'd have done exactly the same.", m="AE"),
    dict(p=EE, s="heard", t="Three outages? Our status page only shows two for this quarter.", m="", v=["doubt"],
         n="repeats her figure to doubt it"),
    dict(p=EE, s="heard", t="Understood. Next thing, what's the contract reference?", m="Q",
         n="'understood' as a filler into a details request; after venting, not premature"),
    dict(p=EE, s="options",
         t="You've sat through three breaches with us already. Today I can give you the service credit for the quarter, your own "
           "dedicated account manager, and a full root-cause report by the twenty-first. Is that enough for you to go back to "
           "your board with?", m="AOIQ", n="date inside an offer: not yet a commitment"),
    dict(p=EE, s="options", t="I hear you. We'll let you out of the contract with no penalty and pay your losses, whatever it takes.",
         m="AO", v=["over_promise"]),
    dict(p=EE, s="options",
         t="The service credit goes on for every one of the three, of course. Mind you, the second was planned "
           "maintenance and it was up on the status page.", m="O", v=["correcting"],
         n="the offer comes before the contrastive 'mind you' and stands"),
    dict(p=EE, s="commitment",
         t="Tom Okafor is your account manager from today; expect his call before five this afternoon, and the root-cause "
           "report lands in your inbox on Friday the twelfth.", m="OC"),
    dict(p=EE, s="close",
         t="Thank you, Eleanor. I know three outages in a quarter have tested your patience, and I appreciate you staying on to work it through. "
           "You'll have my summary email before six.", m="ACG",
         n="names the failure, as the original's 'I know you've been on hold ages already'"),
    dict(p=EE, s="close", t="I'll be in touch on Monday at ten to confirm the report's on track. Thank you for staying with us on this.",
         m="CG"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="Of course. Of course, sir.", m="", n="filler while he vents"),
    dict(p=VC, s="vent", t="I understand, sir. Before we go further, could you confirm your client reference for me?", m="Q",
         v=["premature_details"], n="acknowledgement said straight into a details request (rule 13)"),
    dict(p=VC, s="heard",
         t="So the funds were due for completion, they arrived two days late, the purchase very nearly fell over, and you heard "
           "about it from the seller's solicitor rather than from us. That's not the service you pay for, and I'm sorry.",
         m="AE"),
    dict(p=VC, s="heard", t="sir I do hear you, but I'm not the one who delayed your transfer", m="", v=["dismissal"],
         n="'but' into ducking it"),
    dict(p=VC, s="heard", t="You're right. You should never have had to learn about it from the other side's solicitor.", m="A"),
    dict(p=VC, s="heard", t="I see, sir. And when did the solicitor actually contact you?", m="Q", n="only asks what happened"),
    dict(p=VC, s="heard", t="oh I understand perfectly sir, a two day delay must be terribly hard on someone in your position", m="",
         v=["insult"], n="sarcastic 'I understand perfectly'"),
    dict(p=VC, s="heard", t="Let me be sure I've understood you correctly, sir. The instruction went in on the Monday and the funds didn't land until Wednesday?",
         m="AQ"),
    dict(p=VC, s="heard",
         t="I understand, sir, and I'm sorry. The transfer was held by compliance as every transfer that size is, that's the regulation.",
         m="AE", v=["policy"], n="no contrastive connective: both marks stand beside the wall, as the original's 'put it in writing' reply"),
    dict(p=VC, s="heard", t="to be clear, it was the correspondent bank that held the payment, not sterling and marsh", m="", v=["blame"]),
    dict(p=VC, s="heard", t="Sir, that's on us. We held your money and then left you to hear about it from somebody else.", m="A"),
    dict(p=VC, s="heard", t="we dropped the ball, sir, plain and simple. and thank you for letting me answer for it", m="AG",
         n="owns the failure"),
    dict(p=VC, s="heard", t="it must have been awful, standing there not knowing if the keys would be handed over", m="AE",
         n="'must have been' + the actual event, as the original's 'sitting there all morning watching the clock'"),
    dict(p=VC, s="heard", t="I'm sorry you feel the completion wasn't handled as you'd have liked, sir", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="you're claiming we didn't tell you about the delay, sir?", m="", v=["accusation"],
         n="accusatory question"),
    dict(p=VC, s="heard", t="speak to me like that again, sir, and this call is over", m="", v=["threat_back"]),
    dict(p=VC, s="heard", t="I hear you, sir. Two days late, and you found out from the seller's side. But let me tell you what I can do about it.",
         m="A", n="'but' leads into help: acknowledgement stands; no remedy named yet"),
    dict(p=VC, s="heard", t="I understand. I really do, sir.", m="A", n="bare sincere 'I understand' (rule 1)"),
    dict(p=VC, s="options", t="I understand how close you came to losing the property. Let me start by taking the transfer fees off and giving "
         "you one senior banker on a direct number from now on. Is that a fair place to begin?", m="AOIQ",
         n="'how close you came' names what happened, not a feeling: acknowledge only"),
    dict(p=VC, s="options",
         t="Which would be more use to you, sir, a named senior banker with a direct line, or having your transfers moved onto the "
           "same-day desk? You can have both, of course.", m="OIQ"),
    dict(p=VC, s="options", t="I can see this nearly cost you the house. I'll waive every fee on your accounts permanently and guarantee same-day on every transfer, no exceptions",
         m="AO", v=["over_promise"]),
    dict(p=VC, s="commitment", t="Your fees come off by five o'clock today, and Ms Hartley, your new relationship banker, will "
         "telephone you tomorrow at half past nine.", m="OC"),
    dict(p=VC, s="close", t="Sir, before you go, is everything clear? The reversal is done and your direct line is live from tomorrow morning.",
         m="OCQ", n="ending check is a question, not asks_input"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="I'm so sorry. I hear you, keep going", m="AE",
         n="sincere apology and 'I hear you' with no details request (the original's 'I hear you. take your time…')"),
    dict(p=FT, s="vent", t="okay I hear you, can you read me the serial off the back of the machine", m="Q", v=["premature_details"],
         n="'I hear you' said into a details request while she vents"),
    dict(p=FT, s="vent", t="mm-hm... yeah... I understand", m="A",
         n="the sincere 'I understand' counts under rule 1, unlike the mm-hm around it"),
    dict(p=FT, s="heard",
         t="so the engineers have had it apart, it's gone again twice since, and the supervisor who was supposed to ring you monday never did. "
           "I'd be climbing the walls", m="AE"),
    dict(p=FT, s="heard", t="you're right. we said a supervisor would ring you within a day and nobody did. that's our failure, not yours",
         m="A"),
    dict(p=FT, s="heard", t="I understand, but you'll need to book another repair through the website, I can't do it over the phone",
         m="", v=["policy"], n="'but' into a process wall"),
    dict(p=FT, s="heard", t="I don't understand how it's broken again, the engineer signed it off as fixed", m="", v=["doubt"],
         n="negated form; disbelief"),
    dict(p=FT, s="heard", t="what did the engineer actually do last time?", m="Q", n="only asks what happened"),
    dict(p=FT, s="heard", t="so you're saying its broken down twice since, and that's definately not how you're loading it?", m="",
         v=["doubt", "correcting"], n="restates to doubt and hint at her error; rhetorical; 'its', 'definately' mis-spellings"),
    dict(p=FT, s="heard", t="I get it, I do, I'd be fuming without a washer with kids in the house. I'm so sorry", m="AE"),
    dict(p=FT, s="heard", t="oh I totally get it, it's a washing machine, not the end of the world though is it", m="",
         v=["insult", "dismissal"], n="sarcastic 'I totally get it' and minimising: not acknowledge; the tag is no question"),
    dict(p=FT, s="heard", t="I'm sorry you've been sat by the phone since monday for a supervisor who never rang", m="AE", n="rule 14"),
    dict(p=FT, s="heard",
         t="the callback lot are a separate team, I can't answer for them. but you're right, someone should of rung you monday and nobody did",
         m="A", v=["dismissal"], n="the acknowledgement comes after the violation and is not cancelled (rule 2)"),
    dict(p=FT, s="heard", t="sorry if the repairs haven't been up to scratch", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="if you'd registered the warranty online the callback would have been automatic", m="", v=["correcting"]),
    dict(p=FT, s="heard", t="thank you for ringing back after all that, it can't have been easy picking the phone up to us again", m="EG",
         n="validates the feeling; names no failure"),
    dict(p=FT, s="heard", t="will you stop shouting for one second and let me speak", m="", v=["calm_down"]),
    dict(p=FT, s="options",
         t="it's been fixed twice and it's died on you again, I'm really sorry. an upgrade's beyond what I can sign off, but I've "
           "got two things for you: a new machine, same model, warranty extended by two years, or the senior engineer round "
           "before friday with a loan machine till it's sorted. what's best for you?",
         m="AEOIQ"),
    dict(p=FT, s="options", t="I hear you, two repairs and still leaking. I'll get you the newer model, upgraded, and refund both repairs on top",
         m="AO", v=["over_promise"]),
    dict(p=FT, s="commitment",
         t="the senior engineer is booked for thursday between eight and twelve, he's bringing a loan machine, and you'll get a call "
           "from me on wednesday before four to confirm", m="OC"),
    dict(p=FT, s="close", t="so the replacement comes saturday morning and the warranty's two years longer. anything else I can help with while I've got you?",
         m="OCQ"),
    dict(p=FT, s="close", t="thanks kelly, you didn't have to give us one more go and you have. I'll ring you friday afternoon to see if the new one's behaving",
         m="CG"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="understood, understood", m="", n="'understood' as a filler (rule 1)"),
    dict(p=BE, s="vent", t="I understand. can I get the email you signed up with first", m="Q", v=["premature_details"],
         n="straight into a details request while she vents"),
    dict(p=BE, s="heard",
         t="right, so your cancellation went in, we still took two payments after it, your account's gone overdrawn because of "
           "that, and our chat team told you last week it was all sorted when it wasn't. have I missed anything?", m="AQ"),
    dict(p=BE, s="heard", t="you're right margaret, you shouldn't of been charged at all after cancelling, let alone twice", m="A"),
    dict(p=BE, s="heard", t="I understand, but the cancellation wouldn't have gone through till the end of the month, it's all in the terms",
         m="", v=["correcting"]),
    dict(p=BE, s="heard", t="I'm sorry you've had to ring us twice about the same thing after being told it was fixed", m="AE",
         n="rule 14"),
    dict(p=BE, s="heard", t="so are you saying you definitely cancelled before the fifth? because I've got nothing showing", m="",
         v=["doubt"]),
    dict(p=BE, s="heard", t="ah I see what's happened. the cancellation went in, billing never picked it up, and we've charged you twice since. that's our mistake",
         m="A", n="'I see' here introduces the restatement, not a filler"),
    dict(p=BE, s="heard", t="oh I totally understand madam, thirty pound is a fortune", m="", v=["insult"], n="sarcasm"),
    dict(p=BE, s="heard", t="the overdraft fee was your bank, not us, so you'd have to take that up with them", m="",
         v=["blame", "dismissal"]),
    dict(p=BE, s="heard", t="what did the chat team tell you exactly?", m="Q", n="only asks what happened"),
    dict(p=BE, s="heard", t="I hear you, okay, okay. date of birth?", m="Q",
         n="'I hear you' straight into a details request (rule 13); after venting, not premature"),
    dict(p=BE, s="heard", t="I'm sorry for any confusion over your cancellation", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="oh my goodness, and that was your pension money? I'm so sorry, that's awful", m="AEQ",
         n="check-back on what it cost her, as the original's 'you waited in all day?'"),
    dict(p=BE, s="heard", t="madam there's no need to take that tone with me", m="", v=["calm_down"]),
    dict(p=BE, s="heard", t="you're right, we shouldn't have charged you twice. the first one was legitimately due though, that was before you cancelled",
         m="", v=["correcting"], n="contrastive 'though' into correcting cancels the acknowledgement (rule 2)"),
    dict(p=BE, s="options",
         t="you'd done everything properly and we charged you regardless, I'm sorry. what I can do is put both payments back and "
           "pay you the fee the bank took. okay for me to do that?", m="AEOIQ"),
    dict(p=BE, s="options", t="I'd like to put both charges back and cover the bank's fee. is it alright if I do that right now while I've got you?",
         m="OIQ", n="'now' inside a request for permission: an offer, not a commitment"),
    dict(p=BE, s="commitment",
         t="I know the chat team told you it was fixed and it wasn't, so I'm not leaving it to them. I've processed the refund myself "
           "just now and you'll have an email confirming it in five minutes", m="AOC"),
    dict(p=BE, s="commitment", t="both charges are going back to your card today, and I'm putting the overdraft reimbursement through separately, it'll be with you by friday",
         m="OC"),
    dict(p=BE, s="close", t="you've been very patient with us today margaret, thank you. the written confirmation goes in the post tomorrow", m="CG"),

    # --- generic ---
    dict(p=None, s="vent", t="okay, yep, I'm here", m="", n="back-channel"),
    dict(p=None, s="vent", t="I'm listening. carry on", m="", n="back-channel (rule 13)"),
    dict(p=None, s="vent", t="yeah I know, I know. go on", m="", n="murmured back-channel; names nothing"),
    dict(p=None, s="heard", t="you're right. that never should've happened, and it's on us to fix it", m="A"),
    dict(p=None, s="heard", t="I hear you but there's honestly nothing more I can do today", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="sounds like you've been bounced round every department we've got", m="A"),
    dict(p=None, s="heard", t="I don't really get what the problem is, the order's showing as delivered", m="", v=["doubt"],
         n="negated form and doubt"),
    dict(p=None, s="heard", t="so what actually happened when it arrived?", m="Q", n="only asks what happened"),
    dict(p=None, s="heard", t="I understand you're upset, and for the record nobody here has done anything wrong", m="AE",
         v=["accusation"], n="'and', not 'but': the marks stand beside the court-room language (rule 2)"),
    dict(p=None, s="heard", t="oh I completely understand. everyone's always out to get you, aren't they", m="", v=["insult"],
         n="sarcasm; the tag is not a question"),
    dict(p=None, s="heard", t="I'm sorry, truly. we messed this up from start to finish", m="AE", n="owns the failure"),
    dict(p=None, s="heard",
         t="you waited all weekend for a call that never came, and then had to ring us yourself. that's not good enough and I'm sorry",
         m="AE"),
    dict(p=None, s="heard", t="yeah yeah I understand, can we just get to the point", m="", v=["insult"],
         n="dismissive 'I understand' into impatience"),
    dict(p=None, s="heard", t="I'm sorry if you feel you weren't listened to", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="I do understand, and honestly, if you speak to me like that again I'm hanging up", m="A",
         v=["threat_back"], n="no contrastive connective: the acknowledgement stands beside the threat (rule 2)"),
    dict(p=None, s="heard", t="I can't see anything wrong on our end, so I'm not sure what you want me to do", m="",
         v=["doubt", "dismissal"]),
    dict(p=None, s="heard", t="alright, settle down a minute and I'll have a look", m="", v=["calm_down"],
         n="telling them to settle down"),
    dict(p=None, s="heard", t="I see where you're coming from but the system won't let me refund it", m="", v=["policy"]),
    dict(p=None, s="options",
         t="I hear you, you'd like a refund and you'd like it today. I can put the money back on your card now or swap the item "
           "for a new one, whichever you'd rather", m="AOI", n="imperative-style invitation: asks_input without a question"),
    dict(p=None, s="commitment",
         t="I understand you've had promises before that went nowhere, so here's mine: I'll call you at eleven tomorrow, with or "
           "without news", m="AC"),
    dict(p=None, s="close", t="I appreciate your patience. three weeks you've been waiting on us, I know", m="AG"),
    dict(p=None, s=None, t="let me make sure I've got this right before I do anything", m="A",
         n="README's own example of an acknowledging signal"),
    dict(p=None, s=None, t="uh huh, got it", m="", n="filler"),
    dict(p=None, s=None, t="let me just make sure I've got the right account up, what's the postcode?", m="Q",
         n="checks the account, not the complaint: not acknowledge"),
]

write_batch(ITEMS, "ep", Path(__file__).with_name("replies_extra145.jsonl"))
