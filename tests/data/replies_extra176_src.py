"""Source of `replies_extra176.jsonl`: batch 176, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its tune
part alone, without reading the judge's code or any other labelled batch. Its theme is the faults that
are hardest to tell from honest replies, each set beside a hard negative that sounds close but is not a
fault: sarcasm and insults said politely ("I'm sure your customer will survive one day without a
compressor, sir", "thank you for the running commentary") against sincere thanks and warmth; gentle
correcting ("just so you know, the booking confirmation does say eight till six") against a "just so you
know" that confirms the customer was right; policy walls ("the terms are the terms I'm afraid") against
honest limits that go straight on to help; dismissal ("that sits with another team") against an honest
hand-over with an owner and a time; blame ("that part was theirs rather than ours") against explaining
the cause while owning it ("that's our system and our error"); and doubt ("were you definitely in?")
against a genuine check ("can I check, did anyone from us text or ring you?"). About half the replies
are an ordinary cross-section of good and faulty replies, so the mix stays natural. Every persona, the
generic `None`, and every stage appear; about half are styled like a Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra176.jsonl next to it (ids fu0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="right, okay, go on", m="", n="back-channel while she vents"),
    dict(p=MT, s="vent", t="oh no that's rubbish, I'm sorry. keep going", m="E",
         n="sincere sympathy while letting her vent"),
    dict(p=MT, s="vent", t="can you confirm the first line of your address for me", m="Q",
         v=["premature_details"]),
    dict(p=MT, s="heard",
         t="just so you know, the booking confirmation does say eight till six for the second visit, "
           "so technically he wasn't actually late yet",
         m="", v=["correcting"], n="gentle 'just so you know' still educates her on the booking terms"),
    dict(p=MT, s="heard",
         t="just so you know, I've pulled up the booking and you're right, both visits were down as eight to "
           "twelve. there's no question that was us",
         m="A", n="hard negative: 'just so you know' confirms the customer's account; a genuine check, not correcting"),
    dict(p=MT, s="heard",
         t="I do understand madam but honestly, it's a broadband install, we don't need quite this much theatre over it",
         m="", v=["insult"],
         n="polite register, still a sneer ('being a bit dramatic'); 'but' leads into it so no acknowledgement"),
    dict(p=MT, s="heard",
         t="you've every reason to be angry honestly, two mornings gone and not so much as a phone call from us",
         m="AE"),
    dict(p=MT, s="heard",
         t="so um what's happened there is the installs are done by a subcontractor and they never updated the job, "
           "so it's really a them problem more than an us problem",
         m="", v=["blame"], n="explaining the cause by pushing it onto the contractor"),
    dict(p=MT, s="heard",
         t="what's happened is our scheduling system dropped your job off the technician's list both times and "
           "nobody on our side caught it. that's our mistake, not yours",
         m="A", n="hard negative: explains the cause while owning it; not blame, and no apology so no empathise"),
    dict(p=MT, s="heard",
         t="hmm, the technician's notes say he knocked at half ten and got no answer. were you definately in?",
         m="", v=["doubt"], n="rhetorical doubting question, not a real question; 'definately' mis-hearing"),
    dict(p=MT, s="heard",
         t="can I check, did anyone from us like text or ring you at all on either morning? I want to know how far "
           "the breakdown went on our end",
         m="Q", n="hard negative: a genuine check about what we failed to do, not doubting her"),
    dict(p=MT, s="heard", t="what time did you give up waiting the second time?", m="Q"),
    dict(p=MT, s="heard",
         t="so you've had two wasted mornings, two days off work you won't get back, and not one call from us to "
           "say he wasn't coming. have I got that right?",
         m="AQ", n="check-back question"),
    dict(p=MT, s="heard", t="I- I'm really sorry you've had to use up two days holiday just to sit and wait for us", m="AE",
         n="rule 14: 'sorry you've had to' + what happened"),
    dict(p=MT, s="heard",
         t="I'm sorry about the wait. though to be fair, the text we sent did say the window could run over",
         m="", v=["correcting"], n="'though' works like 'but': cancels the apology"),
    dict(p=MT, s="heard",
         t="okay, thank you for the running commentary, can we get to the booking now",
         m="", v=["insult"], n="sarcastic thanks; not gratitude, and an impatient request rather than a question"),
    dict(p=MT, s="heard",
         t="honestly the engineers diaries are nothing to do with me, I just book them in",
         m="", v=["dismissal"]),
    dict(p=MT, s="heard",
         t="I won't pretend I can refund the lot, that's more than I'm allowed to sign off. let me have a look at "
           "what I can put together for you",
         m="", n="hard negative: honest limit moving on to help (rule 11); unlike 'above my pay grade' it does "
                 "not duck the problem; no remedy named yet"),
    dict(p=MT, s="options",
         t="I can't give you the full refund, I'd be lying if I said I could. but I'm able to knock off the "
           "installation fee, put a month's credit on the account and hold the 8am slot just for you. is that "
           "something you could live with?",
         m="OIQ", n="honest obstacle then offer: not a policy wall"),
    dict(p=MT, s="options",
         t="refunds for missed appointments just aren't something we do, it's a set process I'm afraid. I can "
           "rebook you though",
         m="O", v=["policy"], n="policy wall; the rebooking after it still counts as options (rule 4)"),
    dict(p=MT, s="options",
         t="look I'll just refund the full installation cost and chuck in three months free on top, how's that sound",
         m="OIQ", v=["over_promise"]),
    dict(p=MT, s="options",
         t="um, so would saturday be easier for you, like then you don't lose another day's work, and the "
           "call-out fee's coming off either way",
         m="OIQ", n="the fee coming off has no time: options, not commitment"),
    dict(p=MT, s="commitment",
         t="the field team can tell us why he never turned up, so I'm sending it to their manager now and she'll "
           "ring you before five today with an answer",
         m="C", n="hard negative: hand-over with an owner and a time is a commitment, not dismissal"),
    dict(p=MT, s="commitment",
         t="right, done. eight am monday, you're his first job, and I'll text you the technition's name by six "
           "tonight",
         m="OC", n="mis-hearing 'technition'"),
    dict(p=MT, s="close",
         t="so your booked in for eight on friday, there's no fee to pay and the credit's already on. thanks for "
           "sticking with us Bernadette",
         m="OCG", n="'your' mis-hearing"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="oh no. that's the last thing you need. go on", m="E"),
    dict(p=LE, s="vent", t="what was the tracking number on it", m="Q", v=["premature_details"]),
    dict(p=LE, s="heard",
         t="just so you're aware, overnight express is a next working day service, so technically it wouldn't "
           "count as late till tonight",
         m="", v=["correcting"], n="polite, but educates him on the service terms"),
    dict(p=LE, s="heard",
         t="I've got the tracking up now and I'm seeing exactly what you're seeing. collected monday and then "
           "nothing. that's not right",
         m="A", n="hard negative: a genuine check that backs the customer up"),
    dict(p=LE, s="heard",
         t="uh it's showing as out for delivery on my screen so it might well turn up later, has anyone at your "
           "customer's checked there goods in",
         m="", v=["doubt"], n="'it says here' doubt; the question implies the customer's side missed it"),
    dict(p=LE, s="heard",
         t="the depot's run by a partner firm, and between us they lose stuff all the time. it's them you should "
           "really be complaining to",
         m="", v=["blame"]),
    dict(p=LE, s="heard",
         t="from what I can see it was never loaded onto the trunk on monday night. that's our side of the "
           "operation, and I'm not going to pass the buck on it",
         m="A", n="hard negative: explaining the cause while owning it; not blame"),
    dict(p=LE, s="heard",
         t="the night run to the depot is done by a subcontractor, but they're our subcontractor and you paid us, "
           "so it's our job to fix it, not yours to chase them",
         m="A", n="names the link that failed but takes ownership ('ours to put right', rule 14); the 'but' leads "
                  "to ownership, not a violation"),
    dict(p=LE, s="heard",
         t="I'm sure your customer will survive one day without a compressor, sir",
         m="", v=["insult"], n="polite sneer; like 'don't be silly, nobody's going to sue you over a parcel'"),
    dict(p=LE, s="heard",
         t="so you paid for overnight, the compressor and the control board never turned up, and now your "
           "customer's restaurant is stuck without its cold room. I'd be beside myself",
         m="AE"),
    dict(p=LE, s="heard", t="is your customer able to keep trading today at all or are they shut till the parts come?",
         m="Q"),
    dict(p=LE, s="heard", t="we apologise if the service fell short of your expectations", m="",
         v=["non_apology"]),
    dict(p=LE, s="heard",
         t="thanks for ringing us first rather than just going elsewhere, it gives me a chance to put it right",
         m="G"),
    dict(p=LE, s="heard",
         t="lost parcels go to investigations, it's not really something the front desk handles",
         m="", v=["dismissal"]),
    dict(p=LE, s="heard",
         t="I do hear you. the only thing I'd say is the parts themselves are capped at the liability limit, it's "
           "in the small print when you book",
         m="A", v=["correcting"],
         n="no contrastive connective, so the acknowledgement stands (rule 2); pointing him to the small print "
           "is correcting"),
    dict(p=LE, s="heard",
         t="right and your customer's blaming you for something that was our doing. how are you getting on with "
           "them at the moment?",
         m="AQ"),
    dict(p=LE, s="options",
         t="I should be honest with you about one thing, the goods themselves are only covered up to the standard "
           "liability limit. but the express fee comes back in full, and I can courier replacement parts today",
         m="O", n="hard negative: honest limit without pointing at the terms, then help; not correcting or policy"),
    dict(p=LE, s="options",
         t="I'll be upfront, lost business isn't something I can pay out on. what I can do though, I can give "
           "you the express fee back and send a courier over to your customer today with new parts, our cost. "
           "want me to set that up?",
         m="OIQ", n="honest obstacle, not a policy wall"),
    dict(p=LE, s="options",
         t="claims for loss of business have to go through the claims form, I can't take them over the phone, "
           "sorry",
         m="", v=["policy"], n="'sorry' for a refusal is not empathy"),
    dict(p=LE, s="options",
         t="how about I get the replacement compressor and board out on a same day courier this afternoon at our "
           "cost, and refund your express fee while I'm at it? would that help you with your customer?",
         m="OIQ"),
    dict(p=LE, s="options",
         t="I'll make sure you're paid back for the job you lose, just send me over what it was worth",
         m="O", v=["over_promise"]),
    dict(p=LE, s="options",
         t="I can't promise the courier will be there by a set time cause they control that. what I can promise "
           "is I'll book it the minute we're off the phone",
         m="OC", n="honest limit that avoids over-promising; 'the minute we're off the phone' is an immediate time"),
    dict(p=LE, s="commitment",
         t="investigations own the trace, so I've opened it in your name, flagged it urgent, and I'll ring you "
           "myself at four with whatever they've found",
         m="OC", n="hand-over kept in the agent's hands with a time: not dismissal"),
    dict(p=LE, s="commitment",
         t="refund's gone through now and the courier's booked to collect at one. I'll text you the drivers "
           "details within the hour",
         m="OC"),
    dict(p=LE, s="close",
         t="right, fee's back with you, the trace is live and the parts left at twelve. I'll ring friday "
           "morning once the trace has come back, and thanks for keeping your cool with me",
         m="OCG"),

    dict(p=LE, s="close",
         t="before I let you go, is your customer back up and running with the new board? I want to be sure "
           "we've actually fixed it for them",
         m="Q", n="follow-up check"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="filler while she vents"),
    dict(p=EE, s="vent", t="before we start, can you give me the account reference", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="heard",
         t="with the greatest respect, Ms Ashcombe, emailing the chief executive over an outage is quite a big "
           "step",
         m="", v=["correcting"], n="polite lecture on how she escalated, like 'going over my head wasn't really "
                                   "necessary'"),
    dict(p=EE, s="heard",
         t="just to give you the full picture, the second one was actually a planned maintenance window and it "
           "did go up on the status page",
         m="", v=["correcting"], n="'just to give you the full picture' educates her on her misunderstanding"),
    dict(p=EE, s="heard",
         t="I've gone through all three incidents and you're right, every one of them went past the SLA "
           "threshold. there's no argument from me on that",
         m="A", n="hard negative: the check confirms the customer"),
    dict(p=EE, s="heard",
         t="I- I've only got one of those logged as a full breach, I'd need to see your figures on the other two",
         m="", v=["doubt"]),
    dict(p=EE, s="heard",
         t="so I get the numbers right in the report, have you got the times your warehouses went down on the "
           "third one?",
         m="Q", n="hard negative: detail request after venting, for her benefit; not doubt"),
    dict(p=EE, s="heard",
         t="all three outages go back to our hosting provider, so in fairness the fault really sits with them",
         m="", v=["blame"]),
    dict(p=EE, s="heard",
         t="the root cause all three times was a failover on our side that didn't kick in. we should have caught "
           "that after the first one, and we didn't",
         m="A", n="hard negative: explains the cause and owns it"),
    dict(p=EE, s="heard",
         t="the data centre we use did have a power fault, but picking them and building in resilience is our "
           "job, so this one is ours to answer for",
         m="A", n="names the cause but takes ownership; the 'but' leads to ownership, not blame"),
    dict(p=EE, s="heard",
         t="I'm sure it's very frustrating being a director when things don't go your way",
         m="", v=["insult"], n="sarcastic 'empathy': not empathise"),
    dict(p=EE, s="heard",
         t="I completely understand the board's reaction, but in fairness the SLA does allow for some downtime "
           "each quarter",
         m="", v=["correcting"], n="'but' leads into correcting: acknowledgement cancelled"),
    dict(p=EE, s="heard",
         t="three outages in one quarter, each one over the SLA, and it took an email to our CEO before anyone "
           "picked it up. I'd be livid sat where you are",
         m="AE"),
    dict(p=EE, s="heard",
         t="thank you for laying out all three incidents like that, it means I've got real detail to take "
           "upstairs",
         m="G"),
    dict(p=EE, s="heard", t="I'm sorry if our service hasn't met your expectations this quarter", m="",
         v=["non_apology"]),
    dict(p=EE, s="heard",
         t="contract disputes go to legal, so I'm not really able to get into that with you",
         m="", v=["dismissal"]),
    dict(p=EE, s="heard",
         t="if you want to take it to your lawyers that's entirely your call, Ms Ashcombe",
         m="", v=["threat_back"], n="polite 'go ahead, sue us'"),
    dict(p=EE, s="options",
         t="releasing you from the contract isn't possible, the terms are the terms I'm afraid",
         m="", v=["policy"]),
    dict(p=EE, s="options",
         t="I'll be straight, I can't release you from the contract or pay damages, that's outside what I can "
           "authorise. what I can put in writing today is the quarter's service credit, an account manager "
           "with a name you can call, and a root-cause report dated the fifteenth. is that worth talking through?",
         m="OIQ", n="honest limit then offer; the date sits inside the offer, so not yet a commitment"),
    dict(p=EE, s="options", t="I can guarantee you there'll be no more outages this year", m="",
         v=["over_promise"], n="bare guarantee: over_promise without options (rule 5)"),
    dict(p=EE, s="commitment",
         t="I'm not the right person to renegotiate the contract, so I've asked our commercial director to call "
           "you and she's confirmed she'll ring at three this afternoon",
         m="C", n="hard negative: honest limit plus a named hand-over with a time; not 'not my department'"),
    dict(p=EE, s="commitment",
         t="Tom, who'll be your account manager, is going to phone tomorrow before ten to set up a first call, "
           "and you'll have the root-cause report in your inbox by friday the twelfth",
         m="OC"),
    dict(p=EE, s="close",
         t="so, to recap. the quarter's credit, Tom looking after your account, the report by the twelfth. thank "
           "you for hearing me out when I know you'd rather be cancelling",
         m="OCG"),

    dict(p=EE, s="close",
         t="right, well, I hope the rest of your day's a bit less stressful, Ms Ashcombe. for all of us",
         m="", v=["insult"], n="the tail turns a polite sign-off into a dig"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="of course, sir.", m=""),
    dict(p=VC, s="vent", t="before we continue sir can I just run through security with you", m="Q",
         v=["premature_details"]),
    dict(p=VC, s="heard",
         t="just so you know for the future, sir, transfers over a certain size do get a compliance review, so "
           "sending the instruction the day before gives a bit more room",
         m="", v=["correcting"], n="polite advice that still educates the client"),
    dict(p=VC, s="heard",
         t="I've looked at the instruction and it came in well before the cut-off, so it should have gone the same "
           "day. the delay was ours",
         m="A", n="hard negative: genuine check; it finds in the client's favour and owns it"),
    dict(p=VC, s="heard",
         t="forgive me sir but our records show the funds left us on tuesday, so the hold up may well have been "
           "at the receiving end",
         m="", v=["doubt", "blame"], n="'it says here everything went fine' plus pointing at the other bank"),
    dict(p=VC, s="heard",
         t="may I ask when you first heard from the seller's solicitor? I'd like to know how long you were left "
           "in the dark",
         m="Q"),
    dict(p=VC, s="heard",
         t="the correspondent bank sat on it for a day, sir, that part was theirs rather than ours",
         m="", v=["blame"]),
    dict(p=VC, s="heard",
         t="the payment sat in our compliance queue for a day and nobody picked it up or told you. that's our "
           "failure entirely, and I'm sorry",
         m="AE", n="hard negative: explains the cause and owns it"),
    dict(p=VC, s="heard",
         t="the delay happened because it was flagged for a manual check and then sat over the weekend. that's "
           "no excuse, we should have picked it up",
         m="A", n="cause given, then owned ('that's no excuse'): not blame or dismissal"),
    dict(p=VC, s="heard",
         t="I'm afraid payments operations is a separate team, sir, I can only pass your comments on",
         m="", v=["dismissal"]),
    dict(p=VC, s="heard",
         t="I'm afraid compliance holds are mandatory and we're not permitted to tell clients when one's applied",
         m="", v=["policy"]),
    dict(p=VC, s="heard",
         t="I appreciate you're used to a certain level of service sir, but our other clients wait their turn as "
           "well",
         m="", v=["insult"], n="'I appreciate' here is not gratitude; a polite put-down"),
    dict(p=VC, s="heard",
         t="you heard it from the seller's solicitor before you heard a word from us. no client should "
           "ever find out like that",
         m="A"),
    dict(p=VC, s="heard",
         t="thank you for telling me about the solicitor's call, sir. I hadn't known that and it matters",
         m="G"),
    dict(p=VC, s="heard", t="we regret that you feel the process let you down", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="sir, if we could just keep this civil", m="", v=["calm_down"],
         n="polite 'no need to be rude to me'"),
    dict(p=VC, s="options",
         t="I can't override a compliance review, nobody at the bank can, but I can make sure your transfers are "
           "expedited from now on and give you a senior banker's direct line, so you hear from us first and not "
           "the solicitor. would that help?",
         m="OIQ", n="hard negative: honest limit then help; 'but' leads into help"),
    dict(p=VC, s="options",
         t="I'd like to reverse the fees on that transfer and set up same day processing on your accounts from now "
           "on. shall I arrange both?",
         m="OIQ"),
    dict(p=VC, s="options",
         t="and naturally we'll cover anything the sellers charged you for the delay",
         m="O", v=["over_promise"]),
    dict(p=VC, s="commitment",
         t="the payments team will need to explain where it stalled, so I've asked their head to call you "
           "directly, and he'll do that before two today",
         m="C", n="hard negative: hand-over with a time, not dismissal"),
    dict(p=VC, s="commitment",
         t="your fees are reversed as of this afternoon, and Helen Marsh, your senior banker, will call you at half "
           "nine tomorrow with her direct number",
         m="OC"),
    dict(p=VC, s="close", t="is there anything else on the accounts you'd like me to look at while I have you?",
         m="Q", n="ending check: question, not asks_input"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="yeah. yeah.", m=""),
    dict(p=FT, s="vent", t="have you got the serial number off the back there", m="Q",
         v=["premature_details"]),
    dict(p=FT, s="heard",
         t="those drain pumps hardly ever go, are you sure it's not just a blocked filter?",
         m="", v=["doubt", "correcting"], n="like 'those machines are really reliable, are you sure it's been "
                                            "loaded properly?'"),
    dict(p=FT, s="heard",
         t="when it stopped this time was it the same as before, leaking from underneath, or something new? I want "
           "the engineer bringing the right parts",
         m="Q", n="hard negative: real diagnostic question tied to the fix, not doubt"),
    dict(p=FT, s="heard",
         t="just so you know, the callback's meant to be within three working days, not one, so it's not "
           "technically overdue yet",
         m="", v=["correcting"]),
    dict(p=FT, s="heard",
         t="just so you know, I can see the note from monday saying a supervisor would ring you within a day. "
           "nobody did. that's on us",
         m="A", n="hard negative: 'just so you know' confirms her account and owns the failure"),
    dict(p=FT, s="heard",
         t="to be honest the engineers are agency staff so the quality can be hit and miss, that's really down to "
           "the agency",
         m="", v=["blame"]),
    dict(p=FT, s="heard",
         t="so uh looking at the job notes, the pump was replaced but nobody checked the hose behind it, which is "
           "probably why it went again. we missed that and it's ours to own",
         m="A", n="hard negative: explains the cause while owning it (rule 14)"),
    dict(p=FT, s="heard",
         t="I just want to be sure we're talking about the same machine, because I've only got the one repair "
           "logged here",
         m="", v=["doubt"], n="sounds like a check but casts doubt on her two repairs"),
    dict(p=FT, s="heard",
         t="I can only see one of the repairs on this, um, on this screen, which tells me our records have let you down as "
           "well. could you give me the date of the other one so I can add it?",
         m="Q", n="hard negative: the gap is put down to our records, not her memory; a real request"),
    dict(p=FT, s="heard",
         t="the callback would've been the supervisors, I don't have any contact with them",
         m="", v=["dismissal"]),
    dict(p=FT, s="heard", t="oh great, that's just what I needed this morning", m="", v=["insult"],
         n="sarcastic aside said to the customer"),
    dict(p=FT, s="heard",
         t="I know it's upsetting but shouting at me isn't going to get your washing machine fixed any faster",
         m="", v=["calm_down"], n="'but' cancels the empathy; like 'threatening us isn't going to help'"),
    dict(p=FT, s="heard",
         t="no washer for weeks with the kids uniforms piling up, and then the supervisor never even rang. I'm so "
           "sorry",
         m="AE"),
    dict(p=FT, s="heard",
         t="thank you for giving us one more chance, honestly, I wouldn't have blamed you if you hadn't",
         m="G"),
    dict(p=FT, s="options",
         t="upgrades aren't allowed on warranty claims, it's the same rule for everyone",
         m="", v=["policy"]),
    dict(p=FT, s="options",
         t="I can't do a newer model, I won't pretend otherwise. it's either the same model again with the "
           "warranty extended two years, or the senior engineer round to you by thursday. which would you go for?",
         m="OIQ", n="honest limit, then a choice"),
    dict(p=FT, s="options",
         t="what if we swap it for a brand new one, same model, and I add two years to the warranty? would that "
           "put your mind at rest?",
         m="OIQ"),
    dict(p=FT, s="options", t="I'll get you the newer model, the better one, and refund the repairs as well", m="O",
         v=["over_promise"]),
    dict(p=FT, s="commitment",
         t="I've sent it to the supervisor team myself and marked it urgent, and Dan from there is going to ring "
           "you at twelve today. if he hasn't by ten past, ring me back on this number",
         m="C", n="hard negative: hand-over owned by the agent with a time"),
    dict(p=FT, s="commitment",
         t="the new machine's booked for wednesday morning and they'll take the old one away. I'll phone "
           "on wednesday after lunch to check it's plumbed in and running",
         m="OC"),
    dict(p=FT, s="close",
         t="all sorted, the engineer's in for thursday. sorry again about the callback Kelly, that one's on us",
         m="AEOC", n="confirmed booking with a day, like 'you're all booked, eight o'clock friday'"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="mm. right.", m=""),
    dict(p=BE, s="vent", t="oh dear, I'm so sorry. go on, I'm here", m="E"),
    dict(p=BE, s="heard",
         t="just so you know for next time, cancellations need to be in thirty days before the billing date, it's "
           "in the terms",
         m="", v=["correcting"]),
    dict(p=BE, s="heard",
         t="oh um, I can see your cancellation right here, dated before both of the charges, so you've done nothing wrong "
           "at all",
         m="A", n="hard negative: genuine check that confirms her"),
    dict(p=BE, s="heard",
         t="I'm so sorry about the charges. just so you know, the cancellation only stops payments from the end of "
           "the month",
         m="E", v=["correcting"], n="no contrastive connective: the apology stands beside the correcting (rule 2)"),
    dict(p=BE, s="heard",
         t="I'm only showing the one payment on our end, it might be a pending one on your statement",
         m="", v=["doubt"], n="'it says here' doubt"),
    dict(p=BE, s="heard",
         t="could you read me the amounts and dates off the statement so I can match both of them up on my side?",
         m="Q", n="hard negative: detail request after venting, for the refund; not doubt"),
    dict(p=BE, s="heard", t="the overdraft fee's your bank's doing though, not ours", m="", v=["blame"]),
    dict(p=BE, s="heard",
         t="what's happened is the cancellation went through on your account but the payment run never picked it "
           "up, so it charged you twice. that's our system and our error",
         m="A", n="hard negative: cause explained and owned; 'our system' here is not 'the system won't let me'"),
    dict(p=BE, s="heard",
         t="whoever you spoke to on chat clearly never put the refund through, I'm afraid",
         m="", v=["blame"], n="fault-finding against another agent"),
    dict(p=BE, s="heard",
         t="you were told on chat last week that it was fixed, and it wasn't. we got that wrong and I'm sorry",
         m="AE", n="hard negative: same facts as the blame reply, owned as 'we'"),
    dict(p=BE, s="heard",
         t="overdraft charges are between you and your bank, I can't really get involved on that side",
         m="", v=["dismissal"]),
    dict(p=BE, s="heard",
         t="I'm sure the bank will understand Mrs Ellison, they deal with this sort of thing all the time",
         m="", v=["dismissal"], n="polite minimising that brushes the problem off"),
    dict(p=BE, s="heard",
         t="bless you, I know the online statements can be a bit confusing",
         m="", v=["insult", "correcting"], n="condescending, and implies she misread it"),
    dict(p=BE, s="heard",
         t="right, you cancelled, then we took money twice after that, your account went overdrawn and the "
           "bank hit you with a fee for it. and then our chat team told you it was sorted when it wasn't",
         m="A"),
    dict(p=BE, s="heard", t="I'd be so cross, specially on a pension where every pound counts", m="E"),
    dict(p=BE, s="heard", t="apologies for any confusion with your account", m="", v=["non_apology"]),
    dict(p=BE, s="options",
         t="refunds go back within ten working days, that's the process, I can't speed it up",
         m="", v=["policy"]),
    dict(p=BE, s="options",
         t="extra compensation isn't something I'm able to give, I'll be honest with you. I can put both charges "
           "back though, and cover what your bank took off you for the overdraft. shall I do that for you?",
         m="OIQ", n="honest limit, not a wall"),
    dict(p=BE, s="options", t="I'll refund it all and give you six months free for the trouble", m="O",
         v=["over_promise"]),
    dict(p=BE, s="commitment",
         t="the overdraft fee needs a manager's sign off, so I've asked mine and she'll approve it by three today",
         m="OC", n="hard negative: an honest obstacle handled with a time, not 'the system won't let me'"),
    dict(p=BE, s="commitment",
         t="the refunds team process it, but I've put it through as urgent under my name and I'll phone "
           "tomorrow by eleven to let you know it's left us",
         m="OC", n="'but' leads into help"),
    dict(p=BE, s="close",
         t="so both charges are on their way back to you and the overdraft fee as well. thank you for your "
           "patience Mrs Ellison, and I'm sorry again",
         m="EOG", n="no time given for the refund: options, not commitment"),

    dict(p=BE, s="close",
         t="just to check before you go, has the overdraft fee actually come back into your account? I'd rather "
           "know now than find out later it hasn't",
         m="Q", n="hard negative: a genuine follow-up check, not doubt"),

    # --- generic ---
    dict(p=None, s="vent", t="mm-hm.", m=""),
    dict(p=None, s="heard", t="right, well, thanks for your patience, I'm sure", m="", v=["insult"],
         n="sarcastic thanks: not gratitude"),
    dict(p=None, s="heard", t="thank you for your patience, I mean that, I know this has been a long call",
         m="G", n="hard negative: sincere thanks"),
    dict(p=None, s="heard", t="I'm going to have to ask you to let me finish, if that's not too much trouble",
         m="", v=["calm_down", "insult"], n="polite 'stop talking' with a sarcastic tail"),
    dict(p=None, s="heard",
         t="just to clarify, the confirmation email does say delivery can take up to five working days",
         m="", v=["correcting"]),
    dict(p=None, s="heard",
         t="just to be clear, I've checked and the date you were given was yesterday, so you're right to be "
           "chasing it",
         m="A", n="hard negative: 'just to be clear' confirms the customer"),
    dict(p=None, s="heard", t="that's odd, I've not seen that happen with anyone else", m="", v=["doubt"]),
    dict(p=None, s="heard",
         t="what did the message you got actually say, word for word if you've still got it? I want to see "
           "what we told you",
         m="Q", n="hard negative: a genuine check on what we said, not doubt"),
    dict(p=None, s="heard", t="is it possible it went to a different address maybe?", m="", v=["doubt"],
         n="doubts that it is lost at all; not a real question (unlike 'did you put the right postcode', "
                 "it names no customer error, so not correcting)"),
    dict(p=None, s="heard", t="unfortunately the system only lets me do one refund per order", m="",
         v=["policy"]),
    dict(p=None, s="heard",
         t="I'm not able to refund the entire order from here, I'll be honest, but the delivery charge I can put "
           "back today and get a replacement sent. would you like that?",
         m="OIQ", n="honest limit, then help"),
    dict(p=None, s="heard", t="I'd love to help but that sits with another team", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="I'm only the front desk, I don't set the charges", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="I'll pass this on to the right team and they'll be in touch", m="",
         n="vague hand-over with no time; not ducking outright, like 'I'll look into it and be in touch'"),
    dict(p=None, s="commitment",
         t="that's handled by our returns team, so I've passed it over with everything you've told me and they'll "
           "call you by four today. if they don't, I will",
         m="C", n="hard negative: hand-over with an owner and a time"),
    dict(p=None, s="heard", t="the warehouse sent out the wrong one, that's where it all went wrong", m="",
         v=["blame"]),
    dict(p=None, s="heard",
         t="you know what, our warehouse picked the wrong item, that's our mistake, and I'm sorry it's cost you a week",
         m="AE", n="hard negative: same cause, owned"),
    dict(p=None, s="heard", t="of course sir, because everything is always our fault", m="", v=["insult"],
         n="sarcasm in a polite register"),
    dict(p=None, s="heard", t="sorry but I did explain that twice already", m="", v=["insult"],
         n="'sorry, but' into impatience"),
    dict(p=None, s="heard", t="that sounds exhausting, honestly", m="E"),
    dict(p=None, s="heard", t="I get it, you've explained this more times than you should of had to", m="A",
         n="'should of' mis-hearing"),
    dict(p=None, s="heard", t="please accept our apologies for any inconvenience caused", m="",
         v=["non_apology"]),
    dict(p=None, s=None, t="honestly, you're not wrong", m="A"),
    dict(p=None, s=None, t="I completely understand, but I'm not going to be spoken to like that", m="",
         v=["calm_down"], n="'but' leads into a telling-off; like 'no need to be rude to me'"),
    dict(p=None, s="options",
         t="I can stick some credit on the account or get a replacement straight out to you, whichever you'd "
           "rather",
         m="OI", n="invites preference without a question"),
]

write_batch(ITEMS, "fu", Path(__file__).with_name("replies_extra176.jsonl"))
