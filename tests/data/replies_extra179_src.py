"""Source of `replies_extra179.jsonl`: batch 179, in the original set's style (tune split only).

Written by hand, one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. The theme is a plain
cross-section: the same mix of personas, stages, lengths and qualities as the original tune part
(good, mediocre and bad replies, with every kind of violation), leaning slightly towards polished,
well-punctuated replies from confident trainees, some excellent ("A full refund isn't something I
can do, but I can waive the fee, put a month's credit on your account, and book you the guaranteed
eight a.m. slot. Does that feel like a fair start?") and some subtly wrong ("I completely
understand. Strictly speaking, though, the second incident fell inside the maintenance window", "I
appreciate the frustration; however, large transfers are subject to additional checks", "and I can
promise you this one won't give you any trouble"). About half are styled like a Whisper transcript
(lowercase, fillers, false starts, the odd mis-hearing); every persona, the generic `None`, and
every stage appear.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra179.jsonl next to it (ids fx0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="Mm-hm. No, go on, I'm not rushing you.", m="",
         n="back-channel while she vents: neither acknowledge nor empathise (rule 13)"),
    dict(p=MT, s="vent", t="right okay, and just so I can pull it up what's the postcode for the installation",
         m="Q", v=["premature_details"]),
    dict(p=MT, s="heard", t="Two mornings off work, two no-shows, and not so much as a phone call. Bernadette, I'd "
         "be beside myself.", m="AE"),
    dict(p=MT, s="heard", t="so you waited in twice, eight till twelve, and both times nobody came and nobody rang. "
         "honestly the not ringing is the bit I'd struggle with", m="AE",
         n="'the bit I'd struggle with' validates the feeling in her shoes, as the original's 'the bit that would "
           "get me'"),
    dict(p=MT, s="heard", t="I'm so sorry about Tuesday. Though in fairness, the confirmation does say the engineer "
         "can arrive any time up to six.", m="", v=["correcting"],
         n="'though' leads straight into correcting her: the apology is cancelled"),
    dict(p=MT, s="heard", t="hm. the system's showing that first visit as completed, so I'm not sure what's gone on "
         "there", m="", v=["doubt"],
         n="'it says here it went fine' against her account"),
    dict(p=MT, s="options", t="I'm really sorry, Bernadette, you've given up two days for us and got nothing back. A "
         "full refund isn't something I can do, but I can waive the fee, put a month's credit on your account, and "
         "book you the guaranteed eight a.m. slot. Does that feel like a fair start?", m="AEOIQ",
         n="honest limit before the offer, not a policy wall (rule 11)"),
    dict(p=MT, s="options", t="Here's my plan: installation fee gone, six months of broadband on the house, and "
         "Thursday's eight o'clock slot is yours. How's that?", m="OIQ", v=["over_promise"],
         n="six free months goes well past the one account credit allowed"),
    dict(p=MT, s="commitment", t="Right, that's booked: Friday, eight a.m., first job of the day. The fee's come "
         "off, and a confirmation text is on its way to you within five minutes.", m="OC"),
    dict(p=MT, s="heard", t="did anyone from us contact you at all afterwards? even a text?", m="Q"),
    dict(p=MT, s="heard", t="Honestly, the engineers are subcontracted, so the no-shows are down to them rather than "
         "us. I'm really sorry, though.", m="E", v=["blame"],
         n="the apology comes after the blame, so it is not cancelled (rule 2)"),
    dict(p=MT, s="heard", t="Bernadette, I do want to help you, but I need you to lower your voice for me.",
         m="", v=["calm_down"]),
    dict(p=MT, s="heard", t="Thank you for explaining all that so clearly. Two missed windows, no call either time, "
         "I've got it all down.", m="AG"),
    dict(p=MT, s="close", t="So you're all set: Wednesday at eight, the fee's waived and the credit's on your "
         "account. Thank you for hanging in there with us; I'll phone you Tuesday evening to double-check.", m="OCG"),
    dict(p=MT, s="heard", t="we're sorry for any inconvenience with your installation madam",
         m="", v=["non_apology"]),
    dict(p=MT, s="heard", t="I mean it's a broadband install, not a heart transplant", m="", v=["insult"],
         n="sarcastic minimising, labelled insult as the original's 'it's one morning'"),
    dict(p=MT, s="vent", t="oh, that's rotten. sorry, carry on", m="E",
         n="sincere sympathy while letting her vent"),
    dict(p=MT, s="options", t="if I take the installation fee off and get the credit on today, would you be willing "
         "to give us one more go at the install?", m="OIQ",
         n="'today' sits inside a proposal waiting for her answer: an offer, not a commitment (rule 3)"),
    dict(p=MT, s="heard", t="ugh, that's miserable. what did you do with the rest of the day, once you knew he "
         "wasn't coming?", m="EQ"),
    dict(p=MT, s="heard", t="Thanks for your patience. I promise you, nothing like this will happen on your account "
         "again.", m="G", v=["over_promise"],
         n="bare guarantee: over_promise without options (rule 5)"),
    dict(p=MT, s="commitment", t="I'm going to ring the field team the minute we're done, and I'll phone you back "
         "before four with your engineer's name.", m="C"),
    dict(p=MT, s="heard", t="Just for the record, the engineer's log says he attempted the visit.",
         m="", v=["accusation", "doubt"],
         n="'for the record' plus a log set against her account, as the original's 'the evidence we have shows it "
           "was delivered'"),
    dict(p=MT, s="commitment", t="You've lost enough time to us already, so the installation fee's waived and a "
         "month's credit is on your account, both done now. I'll text you the engineer's name by five tonight.",
         m="AOC"),
    dict(p=MT, s="options", t="um so I've got eight a.m. monday or eight a.m. thursday, both guaranteed first job. "
         "which is better for you", m="OIQ",
         n="a rebooked first-slot visit is a remedy (rule 4); choice question without '?'"),
    # --- lost-express ---
    dict(p=LE, s="vent", t="okay, okay. I'm here", m=""),
    dict(p=LE, s="vent", t="Sorry to stop you, Mr Adeyemi, have you got the consignment number to hand?",
         m="Q", v=["premature_details"],
         n="'sorry' as a politeness marker"),
    dict(p=LE, s="heard", t="You paid for overnight so your client would have those parts first thing, and they've "
         "just vanished. I'd be furious, and embarrassed on top of it.", m="AE"),
    dict(p=LE, s="heard", t="so the compressor and the control board both went in the one box, and the tracking "
         "hasn't moved since it was picked up. have I got that right?", m="AQ",
         n="check-back question"),
    dict(p=LE, s="heard", t="parcels do go astray now and then unfortunately, it usually turns up within the week",
         m="", v=["dismissal"]),
    dict(p=LE, s="heard", t="Just to be clear, it's classed as delayed rather than lost until the trace has run for "
         "forty-eight hours.", m="", v=["correcting"],
         n="educating him on the classification, like the original's 'it's not lost exactly'"),
    dict(p=LE, s="options", t="I'm so sorry. Your client's waiting, and it's your reputation with them taking the "
         "hit. Let me book a same-day courier with new parts, on us, refund your express fee, and open a trace on "
         "the missing parcel. Shall I set all that going?", m="AEOIQ"),
    dict(p=LE, s="commitment", t="the trace is live as of now, and the courier's booked to collect the replacement "
         "parts from our depot at one", m="OC"),
    dict(p=LE, s="heard", t="I really appreciate you ringing us straight off rather than sitting on it.", m="G"),
    dict(p=LE, s="heard", t="you're alleging it was never collected, but the driver's scan says otherwise",
         m="", v=["accusation", "doubt"]),
    dict(p=LE, s="heard", t="Lost-parcel claims have to be submitted through the website, I'm afraid; I can't take "
         "them over the phone.", m="", v=["policy"],
         n="a process wall, not an honest limit on a remedy"),
    dict(p=LE, s="heard", t="that depot's had staffing issues for weeks, honestly they're the ones you should be "
         "having a go at", m="", v=["blame"]),
    dict(p=LE, s="heard", t="That's a horrible spot to be in. Has your client given you any sort of deadline?",
         m="EQ"),
    dict(p=LE, s="options", t="I could send the replacement parts straight to the restaurant, so your client has "
         "them this afternoon. would that help?", m="OIQ",
         n="time inside an offer: not a commitment"),
    dict(p=LE, s="close", t="Has the courier been? And did the restaurant get everything they needed?", m="Q",
         n="follow-up check"),
    dict(p=LE, s="heard", t="[sighs] right, well, shouting at me won't make the van go any faster",
         m="", v=["insult", "calm_down"],
         n="transcribed sigh (rule 12) and a rebuke about his shouting"),
    dict(p=LE, s="heard", t="I'm sorry you're upset, but there's not a lot I can do from here.",
         m="", v=["non_apology", "dismissal"]),
    dict(p=LE, s="commitment", t="I know every hour counts with your client, and I'm sorry. I'm on to the depot "
         "manager now, and you'll hear back from me within forty-five minutes, whatever they say.", m="AEC"),
    dict(p=LE, s="options", t="Overnight was what you paid for, and nothing turned up. I'll refund the express fee, "
         "get replacements out today, and I guarantee they'll be with your client by noon.",
         m="AOC", v=["over_promise"],
         n="the guarantee of a delivery time the courier controls is over_promise; the rest is allowed and timed"),
    dict(p=LE, s="heard", t="which is more urgent for you right now, the parts getting to your client or the money "
         "back?", m="OIQ",
         n="a choice between remedies (courier, refund), as the original's 'refund the charges or sort the overdraft "
           "fee?'"),
    dict(p=LE, s="heard", t="uh, I- I can hear you're worried about losing them as a customer, and that's completely "
         "fair", m="AE",
         n="names the worry and validates it: both marks (rule 1)"),
    dict(p=LE, s="options", t="Paying for business you might lose is beyond what I can do, honestly. What I can do "
         "is give you the express fee back and courier new parts to your client, all at our expense. Does that help "
         "you hold on to them?", m="OIQ",
         n="honest limit first, not a policy wall (rule 11)"),
    # --- escalated-exec ---
    dict(p=EE, s="vent", t="Understood.", m="",
         n="'understood' as a filler while she vents (rule 1)"),
    dict(p=EE, s="vent", t="Before we go into it, could you confirm the contract reference for Ferrow?",
         m="Q", v=["premature_details"]),
    dict(p=EE, s="heard", t="Three outages in one quarter, each past the SLA, and your warehouses standing still "
         "every time. I'm sorry, Ms Ashcombe. That's a failure on our part, plainly.", m="AE"),
    dict(p=EE, s="heard", t="Nobody should have to email a chief executive to get taken seriously by us. That's on "
         "us.", m="A",
         n="owns the failure (rule 14)"),
    dict(p=EE, s="heard", t="Thank you for putting it so plainly. You backed us to your board, and we've made that "
         "look like a mistake. I'd be angry too.", m="AEG"),
    dict(p=EE, s="heard", t="I completely understand. Strictly speaking, though, the second incident fell inside the "
         "maintenance window, so it doesn't count against the SLA.", m="", v=["correcting"],
         n="'though' leads into correcting: the acknowledgement is cancelled"),
    dict(p=EE, s="heard", t="If you do decide to involve lawyers, I'd just remind you the contract runs until next "
         "March.", m="", v=["threat_back"],
         n="polite wording, but it answers her threat with the contract"),
    dict(p=EE, s="options", t="Today I can offer you three things: the quarter's SLA credit, an account manager "
         "named to you from Monday, and a root-cause report in writing by Friday week. Is that something you could "
         "take to your board?", m="OIQ",
         n="dates inside an offer, not yet a commitment (rule 3)"),
    dict(p=EE, s="options", t="if you'd rather walk away I'll waive the exit penalty entirely, no questions asked",
         m="O", v=["over_promise"],
         n="releasing her from the contract is beyond what she may be offered"),
    dict(p=EE, s="commitment", t="Tom Reyes is now your account manager, and he'll ring you at ten tomorrow. You'll "
         "have the root-cause report by Friday the eighteenth.", m="OC"),
    dict(p=EE, s="heard", t="Ms Ashcombe, threatening litigation on the first call isn't going to get us anywhere. "
         "Let's keep this professional.", m="", v=["calm_down"]),
    dict(p=EE, s="heard", t="roughly how many shifts were hit across the three outages?", m="Q"),
    dict(p=EE, s="heard", t="Contract terms are really a matter for your account team; I handle service incidents.",
         m="", v=["dismissal"]),
    dict(p=EE, s="close", t="I appreciate you giving this the time today. I'll email over a note of everything we've "
         "agreed before six this evening.", m="CG"),
    dict(p=EE, s="heard", t="I'm sorry if the outages have been disruptive for your operation.",
         m="", v=["non_apology"]),
    dict(p=EE, s="heard", t="It's obvious how much heat this has brought on you from your own leadership, and I'm "
         "sorry. What would have to happen this week for you to feel we're treating it seriously?", m="AEIQ"),
    dict(p=EE, s="heard", t="I'm sorry. To be honest, the third outage came from our hosting partner, not our own "
         "platform.", m="E", v=["blame"],
         n="no contrastive connective: the apology stands beside the blame (rule 2)"),
    dict(p=EE, s="commitment", t="you're right, this needs to go higher. I'm briefing our director of service "
         "straight after this call and she'll phone you before five today", m="AC",
         n="escalation with a time: commitment, not options (rule 4)"),
    dict(p=EE, s="heard", t="With respect, that we concealed the outage reports is quite an allegation to make.",
         m="", v=["accusation"]),
    dict(p=EE, s="options", t="I can offer the full quarter's service credit and an account manager who's yours by "
         "name. Would you also want the root-cause report presented to your board in person?", m="OIQ"),
    dict(p=EE, s="heard", t="I'm grateful you've given us the chance to answer before you make a decision on the "
         "contract.", m="G"),
    dict(p=EE, s="close", t="Right, so that's agreed: the quarter's credit applied this week, Tom as your account "
         "manager, and the root-cause report in your hands by the eighteenth. Thank you for hearing me out, Ms "
         "Ashcombe.", m="OCG"),
    dict(p=EE, s="heard", t="When you say the warehouses stood still, was that all three sites, or just the one at "
         "Daventry?", m="Q",
         n="asks about the impact; the echo of her words is lead-in to the question, as the original's 'when you say "
           "you took the day off…' (question only)"),
    # --- vip-client ---
    dict(p=VC, s="vent", t="Of course. Please, go on.", m=""),
    dict(p=VC, s="vent", t="Certainly, Mr Fairclough. For security, may I just take the first line of your address?",
         m="Q", v=["premature_details"]),
    dict(p=VC, s="heard", t="Hearing about the delay from the seller's solicitor rather than from us, that's "
         "unacceptable, and I'm very sorry.", m="AE"),
    dict(p=VC, s="heard", t="The completion very nearly fell through because of a two-day delay on our side. That "
         "must have been an extraordinarily stressful week. Is the purchase secure now?", m="AEQ"),
    dict(p=VC, s="heard", t="that's odd, same-day transfers very rarely take more than a few hours",
         m="", v=["doubt"]),
    dict(p=VC, s="heard", t="I appreciate the frustration; however, large transfers are subject to additional "
         "checks, which the account terms do set out.", m="", v=["correcting"],
         n="'however' leads into correcting him: the acknowledgement is cancelled"),
    dict(p=VC, s="options", t="I'm sorry. You should never have been left to find out from the other side. Let me "
         "reverse the fees, put you with a named senior banker on his own number from now on, and switch your "
         "accounts to expedited same-day handling. May I go ahead?", m="AEOIQ"),
    dict(p=VC, s="options", t="I'll reverse the fees and waive transfer charges on your accounts permanently, sir, "
         "it's the least you deserve.", m="O", v=["over_promise"]),
    dict(p=VC, s="commitment", t="I'm grateful for your patience, Mr Fairclough. The fees were reversed this "
         "afternoon, and Catherine Hale, your senior banker, is phoning you at nine tomorrow morning.", m="OCG"),
    dict(p=VC, s="heard", t="I'm sorry you feel the service fell short of your expectations.",
         m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="of course, sir, that's entirely your prerogative, there are plenty of private banks "
         "that'd be glad of your business", m="", v=["threat_back"],
         n="answers his threat to leave by inviting him to go"),
    dict(p=VC, s="heard", t="It must have been agonising, sitting by the phone with the sellers ready to walk away.",
         m="E"),
    dict(p=VC, s="heard", t="so the instruction was with us in good time, the money took two days to arrive, and no "
         "one from the bank told you. is that right?", m="AQ"),
    dict(p=VC, s="heard", t="With the greatest respect, sir, this bank does have other clients.", m="", v=["insult"]),
    dict(p=VC, s="commitment", t="I'll speak to the head of payments personally this afternoon and confirm in "
         "writing what went wrong by close of business.", m="C"),
    dict(p=VC, s="options", t="shall I set up expedited same-day processing on all your accounts, so nothing you "
         "send sits in a queue again?", m="OIQ"),
    dict(p=VC, s="heard", t="Thank you for telling me what was at stake. It helps to know.", m="G"),
    dict(p=VC, s="heard", t="I understand, sir. If we could just keep our voices down, I'm sure we can resolve this.",
         m="A", v=["calm_down"],
         n="no 'but': the sincere 'I understand' stands beside the calm-down (rule 2)"),
    dict(p=VC, s="heard", t="the hold-up was at the receiving bank's end sir, I can assure you it wasn't us",
         m="", v=["blame"]),
    dict(p=VC, s="close", t="Thank you for bearing with us, Mr Fairclough, and once again, my sincere apologies for "
         "the distress this caused.", m="EG"),
    dict(p=VC, s="heard", t="I- yes. you're right. it's your money and we left you hunting for it", m="A"),
    dict(p=VC, s="options", t="You've asked for a bank that tells you before the other side does. That's what I want "
         "to set up for you: your own senior banker, on a number that rings straight through, and expedited same-day "
         "transfers as standard. Does that sound right?", m="AOIQ"),
    # --- failed-twice ---
    dict(p=FT, s="vent", t="yeah. yeah, okay", m=""),
    dict(p=FT, s="vent", t="okay can I just get the serial number off the machine first",
         m="Q", v=["premature_details"]),
    dict(p=FT, s="heard", t="Seven months old, repaired twice, and it's given up again, with a family to wash for. "
         "I'm so sorry, Kelly.", m="AE"),
    dict(p=FT, s="heard", t="I'm sorry you were told a supervisor would ring on Monday and then nobody did.", m="AE",
         n="'sorry you were' + what happened to her: acknowledge and empathise (rule 14)"),
    dict(p=FT, s="heard", t="have you been overloading it by any chance? cause that's normally what causes the drum "
         "fault", m="", v=["correcting"],
         n="insinuates her error; rhetorical, not a real question"),
    dict(p=FT, s="options", t="I know you've had enough of repairs. I can swap it for a brand-new one of the same "
         "model, plus two extra years of warranty, or get a senior engineer out this week with a loan machine while "
         "yours is fixed. Which of those sounds better to you?", m="AOIQ"),
    dict(p=FT, s="options", t="Given everything, I'm happy to upgrade you to the newer model at no extra cost.",
         m="O", v=["over_promise"]),
    dict(p=FT, s="options", t="You'll get a brand-new machine, same model, with the warranty extended, and I can "
         "promise you this one won't give you any trouble.", m="O", v=["over_promise"],
         n="allowed remedy plus a guarantee she may not be given"),
    dict(p=FT, s="commitment", t="Thursday, between eight and twelve, our senior engineer's coming out to you, and "
         "he's bringing a loan machine.", m="OC"),
    dict(p=FT, s="heard", t="have you had to use a launderette while it's been out of action?", m="Q"),
    dict(p=FT, s="heard", t="any complaint about the supervisor not calling would need to go through the online "
         "complaints form", m="", v=["policy"]),
    dict(p=FT, s="heard", t="I can't really comment on what the supervisor did or didn't do.", m="", v=["dismissal"]),
    dict(p=FT, s="heard", t="Kelly, I've heard you the first three times.", m="", v=["insult"],
         n="impatient put-down, not acknowledgement"),
    dict(p=FT, s="heard", t="I'm glad you chased it, thank you. A call within a day was promised and it never came, "
         "and that shouldn't have been left to you.", m="AG"),
    dict(p=FT, s="heard", t="I'm sorry but washing machines do break down from time to time", m="", v=["dismissal"],
         n="'but' into a brush-off cancels the apology"),
    dict(p=FT, s="close", t="So the new machine's coming Saturday morning, the old one goes back with the driver, "
         "and your warranty's extended by two years. Thank you for trusting us one more time, Kelly. I'll call "
         "Monday to check it's running okay.", m="OCG"),
    dict(p=FT, s="commitment", t="The callback not happening is on us, and I'm sorry. I'm putting a note on your "
         "account now and I'll ring you myself at half three today.", m="AEC",
         n="owns the missed callback (rule 14)"),
    dict(p=FT, s="heard", t="you've done everything right and we've let you down three times now. I'd be fed up too. "
         "what would feel like a fair outcome to you?", m="AEIQ"),
    dict(p=FT, s="heard", t="If you're going to swear at me, Kelly, I will end the call.", m="", v=["threat_back"]),
    dict(p=FT, s="heard", t="So your position is that our engineers caused the second breakdown?",
         m="", v=["accusation"],
         n="court-room framing; a hostile question, not a real one"),
    dict(p=FT, s="options", t="I'm sorry we're even talking about a third visit. would a replacement with the "
         "extended warranty suit you better than another repair?", m="EOIQ"),
    dict(p=FT, s="heard", t="mm. that's really not good enough, is it. a supervisor said he'd ring and then just "
         "didn't", m="A",
         n="tag 'is it' is not a question"),
    dict(p=FT, s="commitment", t="thanks for your patience Kelly. I've ordered the replacement, same model, it'll "
         "come tuesday, and the two year warranty extension is on your account already", m="OCG"),
    # --- billing-error ---
    dict(p=BE, s="vent", t="Oh, Mrs Ellison, that's awful. Please, go on.", m="E"),
    dict(p=BE, s="vent", t="could you give me the email on the account, or the account number, whichever's easier",
         m="Q", v=["premature_details"]),
    dict(p=BE, s="heard", t="You'd cancelled, the two payments came out regardless, and the bank's hit you with a "
         "fee on top. On a pension that's a real worry, and I'm so sorry.", m="AE"),
    dict(p=BE, s="heard", t="I'm so sorry you've been told it was fixed last week, when it wasn't.", m="AE",
         n="rule 14: 'sorry you've been told' names what happened to her"),
    dict(p=BE, s="heard", t="the cancellation would only have kicked in after the notice period, which is why the "
         "charges went through", m="", v=["correcting"]),
    dict(p=BE, s="options", t="You shouldn't be out of pocket for our mistake, and I'm sorry. What I can do is put "
         "both charges back, cover the overdraft fee, and send you written confirmation the subscription's closed. "
         "Would that put things right?", m="AEOIQ"),
    dict(p=BE, s="options", t="Both charges back, the overdraft fee covered, and I'll put fifty pounds on top for "
         "the stress.", m="O", v=["over_promise"]),
    dict(p=BE, s="commitment", t="Both refunds have gone through now, and the overdraft fee will be returned to you "
         "by Thursday.", m="OC"),
    dict(p=BE, s="commitment", t="I'll post the written confirmation first class today, so you should have it by "
         "Saturday.", m="C",
         n="written confirmation with a time: commitment, as the original labels its letter for the bank"),
    dict(p=BE, s="heard", t="Whoever you had on chat shouldn't have closed it. That was his mistake, not mine.",
         m="", v=["blame"]),
    dict(p=BE, s="heard", t="I'm only seeing the one charge on my screen Mrs Ellison. are you sure the second one "
         "wasn't from a different company?", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="Thank you for being so patient. I know this has made for a horrible week.", m="EG"),
    dict(p=BE, s="heard", t="has the bank said whether they'll take their fee back once our refund lands?", m="Q"),
    dict(p=BE, s="heard", t="Mrs Ellison, please, there's no need to get so worked up about it.",
         m="", v=["calm_down"]),
    dict(p=BE, s="close", t="That's both refunds done and the overdraft fee reimbursed. I really appreciate how kind "
         "you've been on the phone today, Mrs Ellison.", m="OG"),
    dict(p=BE, s="options", t="I can put both payments back and cover the overdraft charge. would you like it on the "
         "card you paid with?", m="OIQ"),
    dict(p=BE, s="heard", t="okay I hear you. can you give me the last four digits of the card", m="Q",
         n="'I hear you' straight into a details request is not acknowledgement (rule 13); not premature at heard"),
    dict(p=BE, s="heard", t="overdraft fees are really between you and your bank, we don't get involved in those",
         m="", v=["dismissal"],
         n="ducks the overdraft fee she may be reimbursed"),
    dict(p=BE, s="heard", t="You trusted us when we said it was fixed, and it wasn't. That's on us, and I'm truly "
         "sorry. Thank you for letting me have a proper go at fixing it.", m="AEG"),
    dict(p=BE, s="heard", t="it's twelve pounds Mrs Ellison, I'm sure you'll survive", m="", v=["insult"],
         n="sarcastic minimising, labelled insult as the original's 'you're being a bit dramatic, it's one morning'"),
    dict(p=BE, s="heard", t="For the record, our system shows the cancellation came in after the billing date.",
         m="", v=["accusation", "correcting"],
         n="insisting on her error through the records (rule 10)"),
    dict(p=BE, s="commitment", t="you're right and I'm sorry, we should never of told you it was fixed. I'm putting "
         "both refunds through as we speak, and you'll have the overdraft fee back by friday", m="AEOC",
         n="'should never of' mis-hearing"),
    # --- generic ---
    dict(p=None, s="vent", t="mm.", m=""),
    dict(p=None, s="vent", t="hey, hey, let's all just take it down a notch, okay?", m="", v=["calm_down"],
         n="a request to settle, not a real question"),
    dict(p=None, s="vent", t="Before anything else, what's the postcode on the account?",
         m="Q", v=["premature_details"]),
    dict(p=None, s="vent", t="god, that sounds like a nightmare. I'm so sorry. keep going", m="E"),
    dict(p=None, s="heard", t="You've been waiting a fortnight, you've chased it four times, and nobody's actually "
         "fixed anything. I'd be livid too.", m="AE"),
    dict(p=None, s="heard", t="okay so the thing that's really got to you isn't even the fault, it's being promised "
         "a call and then silence", m="A"),
    dict(p=None, s="heard", t="thanks for bearing with me through all that. it's been broken promise after broken "
         "promise and I'm sorry", m="AEG"),
    dict(p=None, s="heard", t="If you could choose how this ends, what would it look like?", m="IQ"),
    dict(p=None, s="options", t="I can offer you a full refund, or a replacement sent out next day. Which would suit "
         "you?", m="OIQ"),
    dict(p=None, s="options", t="Can I run through what I'm able to do, and you stop me if any of it isn't right for "
         "you?", m="IQ",
         n="asks permission; no remedy named yet"),
    dict(p=None, s="options", t="there's a few routes we could go down here, it really depends", m="",
         n="vague: no concrete remedy offered"),
    dict(p=None, s="commitment", t="I'll call you back at quarter past three, and if I haven't got an answer by then "
         "I'll tell you exactly why.", m="C"),
    dict(p=None, s="commitment", t="leave it with me and I'll get back to you shortly", m="",
         n="'shortly' is too vague for a commitment"),
    dict(p=None, s="commitment", t="Your refund went through a moment ago. It should clear in three working days, "
         "and I'm emailing you the confirmation right now.", m="OC"),
    dict(p=None, s="close", t="You've been really patient today, thank you. Anything else I can help with while I've "
         "got you?", m="GQ",
         n="ending check: question, not asks_input (rule 6)"),
    dict(p=None, s="heard", t="I'm sorry you've had a frustrating experience with us.", m="", v=["non_apology"],
         n="generic 'sorry you've had a … experience' names no event (rule 7)"),
    dict(p=None, s="heard", t="honestly that's one for the accounts department, not me", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="Unfortunately the system just won't let me override that.", m="", v=["policy"]),
    dict(p=None, s="heard", t="are you going to let me speak or shall I just wait till you're done",
         m="", v=["insult"],
         n="hostile rhetorical question, not a real question"),
    dict(p=None, s="heard", t="Keep talking to me like that and this call ends now.", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="I've noted your accusation, and it will be investigated.", m="", v=["accusation"]),
    dict(p=None, s="heard", t="that'll be the warehouse again, they've been a nightmare all month",
         m="", v=["blame"]),
    dict(p=None, s=None, t="I totally understand where you're coming from.", m="A",
         n="bare sincere 'I understand' (rule 1)"),
    dict(p=None, s=None, t="We value your feedback and apologise for any inconvenience.", m="", v=["non_apology"]),
    dict(p=None, s=None, t="I really appreciate you telling me this.", m="G"),
    dict(p=None, s="heard", t="Right, so the refund you were promised on the first still isn't there, and you've had "
         "to ring three times. I'm sorry. I'll chase finance myself and call you by four. Is this still the best "
         "number?", m="AECQ",
         n="number check after venting is a real question, not premature"),
    dict(p=None, s="heard", t="really? I've never known that to happen", m="", v=["doubt"]),
    dict(p=None, s="heard", t="yeah I know, I know. anyway, let's crack on", m="",
         n="dismissive 'I know' brushing past the complaint: not acknowledgement, as the original's 'yeah yeah I "
           "hear you, anyway'"),
    dict(p=None, s="heard", t="I completely understand, and I'm sorry; unfortunately, that's simply the process we "
         "have to follow.", m="AE", v=["policy"],
         n="'unfortunately' is not 'but/though/however': the marks stand beside the policy wall, as the original's "
           "'I understand, and I'm sorry. you'll need to put your complaint in writing'"),
    dict(p=None, s=None, t="I'd have lost my temper long before now, honestly.", m="E"),
    dict(p=None, s="heard", t="I know it's cost you money and time, and I want to help. I'll refund your postage "
         "today. The rest, I'm afraid, you'd need to put in writing to our complaints team.", m="AOC", v=["policy"],
         n="no 'but': the acknowledgement and the timed refund stand beside the policy wall"),
    dict(p=None, s="heard", t="look, I'll sort your refund today, and I'm sorry it's been such a faff. but if you "
         "post about my colleague by name we'll have to take that further", m="OC", v=["threat_back"],
         n="'but' leads straight into the threat and cancels the apology; the timed refund before it stands"),
    dict(p=None, s="commitment", t="Thanks for hanging on. I've reissued your order, next-day and free of charge, "
         "and the tracking link will be in your inbox within ten minutes.", m="OCG"),
]

write_batch(ITEMS, "fx", Path(__file__).with_name("replies_extra179.jsonl"))
