"""Source of `replies_extra188.jsonl`: batch 188, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is a plain
cross-section: the same mix of personas, stages, lengths and qualities as the original set's tune
part, good, mediocre and bad replies side by side, with every violation kind ("you don't have to take
that tone with me", "parcels do go walkabout now and then", "according to our logs your instruction
reached us after the cut-off"), hard negatives that sound like a mark but are not ("I hear you. can
you just confirm the last four digits", "I'll sort something out for you later on", "lost business
isn't something I can pay out on, sorry, but..."), back-channels while the customer vents, and full replies that
say the trouble back, own it, offer what the persona allows and name a time. About half are styled
like a Whisper transcript (lowercase, fillers, false starts, "your" for "you're", "should of").

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra188.jsonl next to it (ids gg0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="uh huh.", m="", n="back-channel while she vents"),
    dict(p=MT, s="vent", t="right sorry to jump in can I just take the postcode for the installation",
         m="Q", v=["premature_details"], n="'sorry' is politeness; a details request while she vents"),
    dict(p=MT, s="vent", t="ugh, that's horrible. sorry, keep going", m="E",
         n="sincere sympathy while letting her vent"),
    dict(p=MT, s="heard", t="so you booked the morning slot, eight till twelve, took a days leave, and nobody came. "
         "and then the exact same thing the second time, and nobody rang to tell you", m="A"),
    dict(p=MT, s="heard", t="oh I'd be raging. two days holiday gone for an install that never even happened",
         m="AE"),
    dict(p=MT, s="heard", t="did you definitely book the morning one? I've got nothing on here saying so", m="",
         v=["doubt"], n="'definitely' question is rhetorical: doubts her account"),
    dict(p=MT, s="heard", t="and was that unpaid both times, or did work let you make the hours up?", m="Q",
         n="impact question"),
    dict(p=MT, s="options", t="okay so um I can't give you the whole lot back, I'm being honest with you, but I "
         "can wipe "
         "the installation fee, put a month's credit on the account and book you in at eight, first job of the day. "
         "how does that sound", m="OIQ",
         n="honest limit, not a policy wall (rule 11); question without a question mark"),
    dict(p=MT, s="options", t="tell you what, I'll refund everything you've paid and give you six months broadband "
         "free for the trouble", m="O", v=["over_promise"]),
    dict(p=MT, s="options", t="would friday at eight suit you, or is monday better? either way you'd be his first job "
         "so no sitting round waiting", m="OIQ", n="rebooked slot offered as a choice (rule 4)"),
    dict(p=MT, s="commitment", t="okay that's you booked, eight am tuesday, first on his list. the month's "
         "credit is on "
         "as well so you'll see it on the next bill, and I'll text you by six tonight with the engineers name",
         m="OC"),
    dict(p=MT, s="close", t="brilliant, thank you Bernadette, and I'm sorry again you lost two days over us. tuesday "
         "at eight it is then", m="AEOCG",
         n="'sorry you lost two days' names what happened (rule 14); the confirmed slot with its time is options "
         "and commitment, as 'you're all booked, eight o'clock friday'"),
    dict(p=MT, s="heard", t="it's not us that do the installs, it's an outside firm, so the no shows are really down "
         "to them", m="", v=["blame"]),
    dict(p=MT, s="heard", t="you don't have to take that tone with me", m="", v=["calm_down"],
         n="like 'there's no need to be rude to me'"),
    dict(p=MT, s="heard", t="on behalf of the company, apologies for any inconvenience caused by the missed visits",
         m="", v=["non_apology"]),
    dict(p=MT, s="heard", t="sorry, who was it you spoke to when you rang after the first one, did they give you a "
         "name?", m="Q", n="asks a detail after the venting, about her situation; not hunting for someone to blame"),
    dict(p=MT, s="vent", t="I- okay. okay.", m="", n="stammered back-channel"),
    dict(p=MT, s="heard", t="honestly, thanks for not giving up on us after all that", m="G"),
    dict(p=MT, s="heard", t="thanks for telling me all that. two mornings sat in waiting and not so much as a text, "
         "I'd be spitting feathers", m="AEG"),
    dict(p=MT, s="heard", t="you're right, you shouldn't have to lose another day off over this. what would work "
         "best for you from here", m="AIQ"),
    dict(p=MT, s="options", t="I'm sorry, two missed visits just isn't good enough. I can do you a saturday eight "
         "o'clock so there's no more time off, and knock the fee off, whatever suits you best", m="AEOI",
         n="'whatever suits you' invites her choice without a question"),
    dict(p=MT, s="heard", t="well I can't exactly magic an engineer out of thin air can I", m="", v=["insult"],
         n="sarcasm; the tag is not a real question"),
    dict(p=MT, s="heard", t="and nobody rang you either time to say he wasn't coming? honestly that's shocking, "
         "I'm sorry", m="AEQ", n="check-back question"),
    dict(p=MT, s="commitment", t="I've just waived the installation fee, that's done now, and I'll ring you tomorrow "
         "by twelve to confirm the new slot", m="OC"),
    # --- lost-express ---
    dict(p=LE, s="vent", t="can you give me the consignment number so I can pull it up", m="Q",
         v=["premature_details"]),
    dict(p=LE, s="heard", t="so it's a compressor and a control board, it was meant to be at the restaurant first "
         "thing, and there's been no tracking update since we collected it", m="A"),
    dict(p=LE, s="heard", t="so your client's kitchen has been without a working fridge since yesterday? god, what "
         "a nightmare for you", m="AEQ", n="check-back question"),
    dict(p=LE, s="heard", t="I mean parcels do go walkabout now and then, it'll most likely turn up in a day or "
         "two", m="",
         v=["dismissal"], n="minimising (rule 9)"),
    dict(p=LE, s="heard", t="the couriers are subcontracted and honestly they're hopeless, it's them that's lost it "
         "not us", m="", v=["blame"]),
    dict(p=LE, s="heard", t="just so we're clear, you're alleging it was collected on monday evening", m="",
         v=["accusation"], n="repeat-back framed as an allegation"),
    dict(p=LE, s="options", t="you'll get the express fee back, and whatever your client ends up losing in "
         "business, we'll pay that as well", m="O", v=["over_promise"]),
    dict(p=LE, s="options", t="so my suggestion, a courier today, same day, taking new parts to the restaurant on us, "
         "plus the overnight charge back to you. want me to set that going?", m="OIQ"),
    dict(p=LE, s="options", t="lost business isn't something I can pay out on, sorry, but a trace and the overnight "
         "charge refunded I can definitely do. do you want the replacement parts couriered today as well?", m="OIQ",
         n="'sorry' attached to a refusal is not empathy; 'today' inside an offer is not a commitment"),
    dict(p=LE, s="commitment", t="right, trace is logged, reference ends four nine two, and the courier's booked to "
         "collect at one. I'll ring you at half four to confirm it's been dropped off", m="OC"),
    dict(p=LE, s="heard", t="honestly mate I'd be fuming, you paid extra so it should of got there and its just "
         "vanished",
         m="AE", n="'should of' mis-hearing"),
    dict(p=LE, s="heard", t="thanks for holding on there. I've had a look, and it's not been scanned anywhere "
         "since the van picked it up", m="AG",
         n="confirms his complaint back to him, as 'so it left us monday night and there's been no scan since'"),
    dict(p=LE, s="heard", t="it's showing at the depot, so it isn't technically lost, it's just delayed a bit", m="",
         v=["correcting"]),
    dict(p=LE, s="heard", t="sorry, is the restaurant still able to open at the minute, or have they had to shut?",
         m="Q", n="'sorry' is politeness; real impact question"),
    dict(p=LE, s="close", t="cheers Marcus, thanks for sticking with me. the replacement's on the van and you'll have "
         "the trace result off me by friday", m="OCG"),
    dict(p=LE, s="heard", t="I hear you, but we're only liable up to the standard limit, it's all in the terms you "
         "agreed to", m="", v=["correcting"],
         n="'but' leads into 'it's in the terms': correcting, and the acknowledgement is cancelled"),
    dict(p=LE, s="heard", t="ugh, I'm sorry, and you're the one who has to phone them and explain. what have they said "
         "so far", m="AEQ"),
    dict(p=LE, s="heard", t="you need to stop swearing at me, sir", m="", v=["calm_down"]),
    dict(p=LE, s="options", t="I'm so sorry Marcus, you paid for next-morning delivery and it never turned up. let me "
         "send a courier today with a new compressor and control board at our expense, and put the express fee back "
         "on your account. would that help with your client?", m="AEOIQ"),
    dict(p=LE, s="close", t="thanks Marcus. so the parts were dropped at the restaurant at ten past three, the express "
         "fee's back on your card, and I'll chase the trace again first thing tomorrow", m="OCG"),
    dict(p=LE, s="heard", t="I get it. that restaurant's going to judge you on this, not us", m="A"),
    dict(p=LE, s="commitment", t="I'm raising the trace as we speak, and the trace number will be in your inbox in "
         "five minutes", m="OC"),
    dict(p=LE, s="heard", t="what's the worst case for you with this client, are we talking about losing them "
         "altogether?", m="Q"),
    # --- escalated-exec ---
    dict(p=EE, s="vent", t="Understood.", m="", n="filler while she vents (rule 1)"),
    dict(p=EE, s="vent", t="Before you go on, could I take the account ID so I have the right contract in front of "
         "me?", m="Q", v=["premature_details"]),
    dict(p=EE, s="heard", t="Three outages in one quarter, every one of them outside the SLA, and your warehouses at "
         "a standstill each time. I can see exactly how it ended up in the CEO's inbox.", m="A"),
    dict(p=EE, s="heard", t="That's a dreadful position to be put in with your own board, and I'm sorry.", m="E",
         n="validates the feeling; names no part of the complaint"),
    dict(p=EE, s="heard", t="With respect, Ms Ashcombe, two of those incidents fell inside the scheduled maintenance "
         "window, so they don't count against the SLA.", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="the outages were down to our hosting provider, not our platform team", m="",
         v=["blame"]),
    dict(p=EE, s="heard", t="If you want to involve your lawyers that's your prerogative, but I'd point you to the "
         "termination clause first.", m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="I'm afraid contractual matters have to go through legal, formally, in writing. I can't "
         "discuss them on a call.", m="", v=["policy"]),
    dict(p=EE, s="options", t="What I can put forward today is the full quarter's service credit, one account manager "
         "who's yours by name, and a written root-cause analysis with a firm date on it. Is that something you "
         "could take to your "
         "board?", m="OIQ"),
    dict(p=EE, s="options", t="I'll release you from the contract with no penalty, honestly it's the least we owe "
         "you", m="O", v=["over_promise"], n="release from the contract is beyond what may be offered"),
    dict(p=EE, s="commitment", t="Your account manager is Tom Reeves. He'll phone you at ten tomorrow, and "
         "you'll get the "
         "root-cause findings in writing no later than Friday the sixteenth.", m="OC"),
    dict(p=EE, s="heard", t="thank you for going straight to the top. it's put this on my desk with the priority it "
         "should have had after the first outage", m="AG",
         n="admits it was mishandled, as 'it's clearly been handled badly'"),
    dict(p=EE, s="heard", t="how many sites went down each time, and did any of your own customers' deliveries "
         "miss?", m="Q"),
    dict(p=EE, s="heard", t="I'm sorry you feel the SLA hasn't been honoured.", m="", v=["non_apology"]),
    dict(p=EE, s="options", t="I'm sorry. Three breaches in a quarter is indefensible. My proposal: the quarter's "
         "service credit, a dedicated account manager, and the root-cause findings in writing by the twentieth. Is "
         "that a fair place to start?", m="AEOIQ", n="date inside an offer: not yet a commitment (rule 3)"),
    dict(p=EE, s="heard", t="are you done? because I do actually have a solution if you'd let me speak", m="",
         v=["insult"], n="like 'are you finished?'"),
    dict(p=EE, s="close", t="Thank you, Eleanor, genuinely. Everything we've agreed will be in your inbox, in "
         "writing, before five today.", m="CG"),
    dict(p=EE, s="heard", t="so you had to go over everyone's heads to our chief executive before anyone even "
         "called you back. that "
         "should never have been necessary", m="A"),
    dict(p=EE, s="heard", t="I won't defend three breaches in a quarter, Eleanor. They shouldn't have happened and "
         "I'm sorry. What does your board need from us first?", m="AEIQ"),
    dict(p=EE, s="heard", t="Regarding the allegations in your email to our chief executive.", m="",
         v=["accusation"]),
    dict(p=EE, s="heard", t="that must be putting you under huge pressure internally. what's your board asking you "
         "for?", m="EQ"),
    dict(p=EE, s="heard", t="I do understand and I apologise, but anything touching the contract has to be raised "
         "formally in writing", m="", v=["policy"],
         n="'but' leads into a policy wall: no acknowledgement or empathy"),
    dict(p=EE, s="commitment", t="You'll have the root-cause findings by the twelfth. And, for the record, we did "
         "post the outage on the status page within ten minutes.", m="C", v=["accusation", "correcting"],
         n="the commitment stands; 'for the record' and the correction come after it"),
    dict(p=EE, s="heard", t="you championed us inside Ferrow, and now it's your credibility taking the hit. that's the "
         "part I'd find hardest", m="AE"),
    # --- vip-client ---
    dict(p=VC, s="vent", t="Of course, Mr Fairclough. Please, go on.", m="", n="polite back-channel"),
    dict(p=VC, s="vent", t="I'll need to take you through security first, sir. Could I have your full name and the "
         "first line of your address?", m="Q", v=["premature_details"]),
    dict(p=VC, s="heard", t="So the funds arrived two days late, the completion nearly fell through, and you heard "
         "about it from the seller's solicitor rather than from us. That's simply unacceptable.", m="A"),
    dict(p=VC, s="heard", t="hearing it from the other side's solicitor must have been mortifying. I'm very sorry",
         m="AE"),
    dict(p=VC, s="heard", t="The compliance check is a legal requirement on a transfer of that size, sir. It isn't "
         "something we can skip for anyone.", m="", v=["policy"]),
    dict(p=VC, s="heard", t="according to our logs your instruction reached us after the cut-off, sir", m="",
         v=["accusation", "correcting"], n="insists on the client's error through evidence (rule 10)"),
    dict(p=VC, s="heard", t="Frankly, sir, if you'd rather take your business elsewhere, nobody's stopping you.",
         m="", v=["threat_back"]),
    dict(p=VC, s="options", t="Let me reverse the fees on this transfer and set up same-day processing on your "
         "accounts from now on. Shall I do both?", m="OIQ"),
    dict(p=VC, s="options", t="I'll refund every fee you've paid us this year, and the bank will cover any penalty "
         "the sellers charge you", m="O", v=["over_promise"]),
    dict(p=VC, s="commitment", t="I've reversed the fee this minute, you'll see it on the account by this evening, "
         "and Catherine Hale from our senior team will ring you at ten tomorrow with her direct number.", m="OC"),
    dict(p=VC, s="heard", t="I'm grateful you came to us first, sir, before moving any of your business.", m="G"),
    dict(p=VC, s="heard", t="did the completion date have to move in the end, or did the sellers hold firm?", m="Q"),
    dict(p=VC, s="heard", t="I'm sorry if the service fell short of your expectations, sir.", m="",
         v=["non_apology"]),
    dict(p=VC, s="heard", t="With the greatest respect, sir, raising your voice at me won't get the money there any "
         "faster.", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="You're entirely right. A client of twenty years shouldn't be learning about his own "
         "transfer from a solicitor.", m="A"),
    dict(p=VC, s="close", t="Thank you for your patience this afternoon, Mr Fairclough. Catherine will call you at "
         "ten, and the fee reversal will show tonight.", m="OCG"),
    dict(p=VC, s="heard", t="I'd be livid as well sir, with a deal that size hanging by a thread", m="E",
         n="feeling only, as 'I'd have been sick to my stomach, waiting on a transfer that size'"),
    dict(p=VC, s="options", t="would it help to have one named banker you can call directly, rather than going "
         "through the general line?", m="OIQ"),
    dict(p=VC, s="heard", t="hmm, that's odd, on my screen the wire went out the same morning", m="", v=["doubt"]),
    dict(p=VC, s="heard", t="transfers are handled by the payments team sir, I can only pass a message on", m="",
         v=["dismissal"]),
    dict(p=VC, s="options", t="Thank you for telling me, sir. I'll reverse the fee tonight. In fairness though, a "
         "compliance hold on that amount is completely standard.", m="OCG", v=["correcting"],
         n="marks before the correction stand; 'though' cancels only acknowledge and empathise (rule 2)"),
    dict(p=VC, s="heard", t="you're right, sir, and you've every reason to be angry. we left you exposed on the "
         "most important transaction of "
         "your year. what would restore your confidence in us?", m="AEIQ"),
    dict(p=VC, s="commitment", t="I understand how close you came to losing the property. I've raised it with the "
         "head of payments myself, and she'll call you before three today.", m="AC",
         n="'I understand how close you came' names no feeling; escalation with a time is commitment only (rule 4)"),
    # --- failed-twice ---
    dict(p=FT, s="vent", t="yeah, go on", m=""),
    dict(p=FT, s="vent", t="what's the serial number off the back of the machine, love?", m="Q",
         v=["premature_details"]),
    dict(p=FT, s="heard", t="so we've repaired it, it's packed up twice since, and the supervisor who was meant to "
         "ring you on monday never did", m="A"),
    dict(p=FT, s="heard", t="oh Kelly that's rubbish, you know, a washing machine that keeps dying with kids in "
         "the house, I'd "
         "be tearing my hair out", m="AE"),
    dict(p=FT, s="heard", t="I'm really sorry nobody called you back on monday, that was our mess, not yours", m="AE",
         n="'sorry nobody called you back' names what happened and owns it (rule 14)"),
    dict(p=FT, s="heard", t="the engineer's report says it was overloaded both times, so that could be what's "
         "causing it", m="", v=["accusation", "correcting"], n="insists on her error through evidence (rule 10)"),
    dict(p=FT, s="options", t="right, two choices. we swap it for a new one of the same model and stick two more "
         "years of warranty on it, or I send the senior engineer round this week with a loan machine till it's "
         "fixed. what do you fancy?", m="OIQ"),
    dict(p=FT, s="options", t="I'll get you the upgraded model with the bigger drum, no charge, and give you your "
         "repair costs back", m="O", v=["over_promise"]),
    dict(p=FT, s="commitment", t="I've got the senior engineer down for wednesday morning, the loan machine's coming "
         "tomorrow between twelve and four, and I'll phone you tonight at seven to run through it", m="OC"),
    dict(p=FT, s="heard", t="thanks for ringing back in after we let you down on monday, you didn't have to", m="AG",
         n="'after we let you down' owns the failure (rule 14)"),
    dict(p=FT, s="heard", t="I can't promise you anything on a new machine I'm afraid, that's not down to me, you'd "
         "need the warranty team", m="", v=["dismissal"], n="not-my-department, not an honest limit with help"),
    dict(p=FT, s="heard", t="are you sure it was a supervisor that said they'd ring? cause I can't see any note of "
         "it", m="", v=["doubt"]),
    dict(p=FT, s="heard", t="sorry if the service hasn't been up to what you expected", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="so what are you doing about clothes right now, are you having to use a launderette?",
         m="Q"),
    dict(p=FT, s="heard", t="ok ok, there's no need for language like that, I'm trying to help you", m="",
         v=["calm_down"]),
    dict(p=FT, s="options", t="I'm so sorry, you've been without a machine on and off for weeks. an upgrade's not "
         "something I'm allowed to offer, but swapping it for the same model with another two years of warranty I "
         "can do. "
         "would that help?", m="AEOIQ", n="honest limit (rule 11), then an offer"),
    dict(p=FT, s="heard", t="I'll guarantee you personally this one won't break down again", m="",
         v=["over_promise"], n="bare guarantee: over_promise without options (rule 5)"),
    dict(p=FT, s="close", t="is that everything for today, Kelly? anything else I can help with?", m="Q",
         n="ending check: a question, not asks_input (rule 6)"),
    dict(p=FT, s="heard", t="[sighs] right. again. okay go on", m="", v=["insult"], n="transcribed sigh (rule 12)"),
    dict(p=FT, s="options", t="I'm sorry it's gone again. I can get a senior engineer out to you thursday. have you "
         "checked it's level on the floor? they play up on a slope", m="EO", v=["correcting"],
         n="apology and offer stand (no 'but'); 'have you checked' implies her error, like the postcode-label "
         "reply; 'I can ... thursday' is an offer, not a commitment"),
    dict(p=FT, s="heard", t="that's so stressful on top of everything else. how long have you been without it this "
         "time?", m="EQ"),
    dict(p=FT, s="commitment", t="I'm so sorry for all this. the replacement's confirmed for friday, same model, two "
         "years extra warranty, and I'll ring you saturday morning to check it's plumbed in and working. I "
         "appreciate you hanging in there with us", m="EOCG"),
    # --- billing-error ---
    dict(p=BE, s="vent", t="right, I'm following.", m=""),
    dict(p=BE, s="vent", t="sorry to interrupt Margaret, what's the email address you used for the account?", m="Q",
         v=["premature_details"]),
    dict(p=BE, s="heard", t="right, you cancelled, we took two payments after that anyway, your account went "
         "overdrawn, "
         "and then live chat told you it was sorted when it wasn't", m="A"),
    dict(p=BE, s="heard", t="and on a pension as well, that overdraft fee really hurts. I'm so sorry Margaret",
         m="AE"),
    dict(p=BE, s="heard", t="the cancellation only takes effect at the end of the month, so the first charge was "
         "actually correct", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="well live chat's a completely separate team, I can't answer for what they told you",
         m="", v=["dismissal"]),
    dict(p=BE, s="heard", t="did you actually get a cancellation email though? cause if not it probably never went "
         "through", m="", v=["doubt"], n="rhetorical, like 'are you sure you didn't just miss the email'"),
    dict(p=BE, s="options", t="I'm able to put both charges back and repay the overdraft fee your bank took. "
         "would you want "
         "it back to the same card?", m="OIQ"),
    dict(p=BE, s="options", t="I'll refund both, cover the overdraft, and pop three months free on for your trouble",
         m="O", v=["over_promise"]),
    dict(p=BE, s="commitment", t="thanks for waiting. that's both charges refunded now, written confirmation of "
         "the cancellation will be "
         "in your email within the hour, and the overdraft fee goes back to you tomorrow", m="OCG"),
    dict(p=BE, s="heard", t="thank you for ringing back in, Margaret. after being told last week it was fixed, you'd "
         "be well within your rights to give up on us", m="AEG",
         n="names what happened (told it was fixed) and validates her, as the original's 'you'd have every right'"),
    dict(p=BE, s="heard", t="I'm sorry you feel the chat team misled you", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="the overdraft fee is your bank's charge, not ours, you'd need to take that up with them",
         m="", v=["blame", "dismissal"]),
    dict(p=BE, s="heard", t="roughly how far overdrawn did it leave you, and has anything else bounced because of "
         "it?", m="Q"),
    dict(p=BE, s="heard", t="oh Margaret, I'd be so cross. you did everything your supposed to and we still got it "
         "wrong", m="AE", n="'your' mis-hearing"),
    dict(p=BE, s="heard", t="look, it's thirty quid, you'll get it back, there's no need to get so worked up about "
         "it", m="", v=["calm_down", "insult"], n="like 'you need to relax, it's only money'"),
    dict(p=BE, s="close", t="thank you for your patience Margaret, and I'm sorry again that you had to chase us "
         "twice", m="AEG", n="'sorry you had to chase' (rule 14)"),
    dict(p=BE, s="heard", t="I hear you. can you just confirm the last four digits of the card for me", m="Q",
         n="'I hear you' straight into a details request is not acknowledgement (rule 13); not premature after "
         "venting"),
    dict(p=BE, s="options", t="so what would you like me to sort first, refunding both charges or getting your "
         "overdraft fee back?", m="OIQ"),
    dict(p=BE, s="heard", t="if you want to take it to the ombudsman, fine, go ahead, it'll be months before you hear "
         "anything", m="", v=["threat_back"]),
    dict(p=BE, s="options", t="I'm really sorry, you'd cancelled and two payments went out regardless. both of "
         "those can come "
         "back to you today, and the overdraft fee with them. shall I go ahead?", m="AEOIQ",
         n="'I can ... today' inside a proposal is an offer (rule 3)"),
    dict(p=BE, s="commitment", t="you're quite right Margaret, and I apologise. the refund's going through this minute "
         "and you'll have written confirmation by email before five", m="AEOC"),
    # --- generic ---
    dict(p=None, s="vent", t="mm.", m=""),
    dict(p=None, s=None, t="you're right, that should've been done the first time you asked. I'll chase it myself and "
         "call you back by four", m="AC", n="a callback with a time is commitment; no remedy named"),
    dict(p=None, s="heard", t="I'm sorry it's been such a mess, I'll get it refunded today. and if you want to go to "
         "the papers, be my guest", m="EOC", v=["threat_back"], n="marks before the threat stand (rule 2)"),
    dict(p=None, s="commitment", t="um so I- I've, uh, booked the collection for thursday, between nine and one, "
         "and your refund goes back on the card the same day. sorry again, and thanks for putting up with me", m="EOCG",
         n="false starts"),
    dict(p=None, s="vent", t="what's your order number please", m="Q", v=["premature_details"]),
    dict(p=None, s="heard", t="so you've waited three weeks, chased it twice, and each time someone's told you it's "
         "on its way. it's no surprise you're angry", m="AE"),
    dict(p=None, s="heard", t="I'm glad you rang us about it instead of just posting a review, thank you", m="G"),
    dict(p=None, s="options", t="I can either refund the delivery charge or get a replacement to you tomorrow, "
         "entirely your call", m="OI", n="imperative invitation; 'tomorrow' inside a choice is not a commitment"),
    dict(p=None, s="commitment", t="I'm putting a note on your account now and a manager will ring you tomorrow "
         "before eleven", m="C", n="escalation with a time: commitment only (rule 4)"),
    dict(p=None, s="commitment", t="I'll sort something out for you later on", m="", n="vague time"),
    dict(p=None, s="heard", t="honestly it's nothing to do with me, I've only just come on shift", m="",
         v=["dismissal"]),
    dict(p=None, s="heard", t="okay, can you stop talking for one second and let me explain", m="", v=["calm_down"],
         n="'stop talking' is calm_down; a request, not a real question"),
    dict(p=None, s="heard", t="I don't see how that's possible, to be honest", m="", v=["doubt"]),
    dict(p=None, s="heard", t="for the record, I never said we wouldn't refund you", m="", v=["accusation"]),
    dict(p=None, s="heard", t="well if that's your attitude I'll just end the call", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="yeah, you and everyone else today", m="", v=["insult"], n="sarcastic brush-off"),
    dict(p=None, s="close", t="thanks ever so much for waiting, and you'll have an email from me by five confirming "
         "all of it", m="CG"),
    dict(p=None, s="heard", t="okay so just to check I've got it, it came tuesday, it was broken in the box, and "
         "nobody's answered either of your emails?", m="AQ", n="check-back question"),
    dict(p=None, s="heard", t="what would put this right for you, do you think?", m="IQ"),
    dict(p=None, s=None, t="I understand completely, leave it with me", m="A", n="promise with no time or remedy"),
    dict(p=None, s=None, t="rules are there for a reason, I can't just bend them because you're upset", m="",
         v=["policy"]),
    dict(p=None, s="heard", t="I'm so sorry you've been made to explain this three separate times. once should have "
         "been enough", m="AE", n="rule 14"),
    dict(p=None, s="options", t="here's what I'm thinking. I refund the full amount today and we collect the broken "
         "one whenever suits you. does that sound okay?", m="OIQ"),
    dict(p=None, s="commitment", t="done, the refund's gone through now, you'll get a confirmation text in the next "
         "few minutes", m="OC"),
    dict(p=None, s="heard", t="that sounds exhausting. has anything made it worse, like having to take time off?",
         m="EQ"),
    dict(p=None, s="heard", t="right so basically you want everything for free", m="", v=["insult"]),
    dict(p=None, s="options", t="refunds aren't available on sale items, I'm afraid that's the policy", m="",
         v=["policy"]),
    dict(p=None, s="heard", t="I've no idea why they told you that, the warehouse lot are a shambles honestly, but "
         "I'll get a replacement sent out today", m="OC", v=["blame"],
         n="blame first; the offer after it is not cancelled"),
    dict(p=None, s="options", t="I'm so sorry, that's twice now we've let you down. a replacement by next day "
         "delivery, "
         "or your money back in full, whichever you'd rather. which way do you want to go?", m="AEOIQ"),
    dict(p=None, s="heard", t="thanks for being honest with me about how much this has upset you. you were promised "
         "a call back twice and nobody rang, I'd be angry too", m="AEG"),
]

write_batch(ITEMS, "gg", Path(__file__).with_name("replies_extra188.jsonl"))
