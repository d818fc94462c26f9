"""Source of `replies_extra197.jsonl`: batch 197, in the original set's style (tune split only).

Written by hand, one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. The theme is a plain
cross-section: the original set's own mix of stages (most replies at `heard`), personas (all six and
the generic `None`), marks and faults. Good replies sit beside faulty ones and beside mixed ones where
a mark stands next to a violation, e.g. "so you'd cancelled, the money still came out twice, and then
chat told you last week it was sorted", "a refund or a different model I can't do, honestly, they're
off the table. what I can do is...", "that's not our fault, the engineer's from another firm. I'll put
a month's credit on for you today though", "I'm sorry if you were expecting a call", "mm-hm, mm-hm".
Hard negatives sit beside each mark: back-channels and an "I get it" said straight into a request for
details, "sorry" as politeness or for a refusal, a remedy with no time at the commitment stage, a
promise with no remedy, the agent's own frustration, a satisfaction check that is a question only.
About half are styled like a Whisper transcript (lowercase, fillers, false starts, the odd
mis-hearing), the rest properly punctuated.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra197.jsonl next to it (ids gp0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="sorry to cut in, could you just give me the account holder's name and the postcode first",
         m="Q", v=["premature_details"], n="'sorry' is politeness; details asked while she is still venting"),
    dict(p=MT, s="vent", t="oh no... that's horrible. sorry, keep going", m="E",
         n="sincere sympathy while letting her vent, no restatement"),
    dict(p=MT, s="heard",
         t="so you sat in from eight till twelve, twice, no technician and not even a phone call to say he "
           "wasn't coming. and a day's holiday gone each time. I'm really sorry", m="AE"),
    dict(p=MT, s="heard", t="yep yep I get it. so what's the account number then", m="Q",
         n="'I get it' said straight into a details request is not acknowledgement (rule 13); not vent, so "
           "not premature"),
    dict(p=MT, s="heard", t="two mornings stood up, that's rotten. was the day off paid, or did you actually lose money on it?",
         m="AEQ"),
    dict(p=MT, s="options",
         t="I'm not able to give you all your money back, I'll be honest with you there, but what I can do is "
           "knock the installation fee off, put a month's credit on the account and get you the eight a.m. slot "
           "so you're first on his list. how's that sound", m="OIQ",
         n="honest obstacle, not a policy wall (rule 11); checking acceptance without a question mark"),
    dict(p=MT, s="options", t="look I'll just refund everything and throw in six months free broadband, how's that",
         m="OIQ", v=["over_promise"]),
    dict(p=MT, s="commitment",
         t="okay that's done, the installation fee's off as of now and I'll ring you tomorrow before ten with "
           "the engineer's name", m="OC"),
    dict(p=MT, s="heard", t="I'm sorry if the engineer not turning up caused you any bother", m="",
         v=["non_apology"], n="'sorry if' is a non-apology even with the event named"),
    dict(p=MT, s="commitment",
         t="two missed visits and not a word from us, that's on us. I've logged both on your account, and a "
           "field manager's ringing you before two today to explain what went wrong", m="AC",
         n="owns the failure; a callback with a time is commitment, not options (rule 4)"),
    dict(p=MT, s="close",
         t="so you're booked, monday at eight, first job of the day, and the credit's on. thanks for sticking "
           "with me Bernadette", m="OCG"),
    dict(p=MT, s="heard",
         t="No one should have to burn two days' leave waiting in for us. That's our failing, not yours.", m="A",
         n="owns the failure in so many words; no apology or feeling named, so not empathise"),
    dict(p=MT, s="heard", t="honestly I'd be climbing the walls. two whole mornings, gone", m="AE"),
    dict(p=MT, s="options",
         t="would a saturday at eight suit you better, so you don't need more time off work? I'll take the fee "
           "off either way", m="OIQ",
         n="'I'll take the fee off' has no time: an offer, not a commitment"),
    dict(p=MT, s="heard",
         t="hang on, were you actually in? cause the notes here say he knocked at ten past nine", m="",
         v=["doubt"], n="rhetorical doubting question backed by the notes; not a real question"),
    dict(p=MT, s="heard", t="I'm so sorry your having to go through this again, you took the day of work for nothing",
         m="AE", n="'your' and 'day of' are mis-hearings"),
    dict(p=MT, s="heard", t="I appreciate you staying so calm about it, honestly, a lot of people wouldn't", m="G"),
    dict(p=MT, s="heard",
         t="thanks for telling me the second day was unpaid as well, I wouldn't have known that otherwise",
         m="AG", n="thanks that also repeats back what it cost her"),
    dict(p=MT, s="options", t="I understand, but our terms don't allow a full refund on installations", m="",
         v=["policy"], n="'but' leads into a policy wall: acknowledgement cancelled"),
    dict(p=MT, s="heard",
         t="that's not our fault, the engineer's from another firm. I'll put a month's credit on for you "
           "today though", m="OC", v=["blame"], n="remedy with a time after the blame is not cancelled"),
    dict(p=MT, s="commitment",
         t="Right, you're confirmed for Thursday at eight, first slot, and I'm texting you the booking "
           "reference now.", m="OC", n="confirmed rebooked slot is a remedy; 'now' attached to a declared step"),
    dict(p=MT, s="heard", t="noted. so your allegation is that nobody came out either time", m="", v=["accusation"],
         n="court-room framing of her complaint, not a check-back"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="uh-huh", m=""),
    dict(p=LE, s="vent", t="sorry sorry, can you give me the tracking number before you go on", m="Q",
         v=["premature_details"], n="interrupts the vent for a number; 'sorry' is politeness"),
    dict(p=LE, s="heard",
         t="so it's a compressor and a control board, the restaurant's waiting on them, and the tracking hasn't "
           "moved since we collected. that's a nightmare for you", m="AE"),
    dict(p=LE, s="heard", t="it'll turn up mate, they nearly always do. parcels go astray for a day or two all the time",
         m="", v=["dismissal"]),
    dict(p=LE, s="heard",
         t="have you checked with the kitchen staff at the restaurant, sometimes someone signs for it and "
           "doesn't tell anybody", m="", v=["doubt"],
         n="implies it was delivered; doubting, not a real question about him"),
    dict(p=LE, s="options",
         t="the overnight fee can come back to you today and I'll get a trace going, and if you want, a same-day "
           "van can run fresh parts over to the restaurant, we'll pay for it. want me to set that up?", m="OIQ",
         n="'today' inside a proposal: an offer, not a commitment (rule 3)"),
    dict(p=LE, s="options",
         t="I'll pay for whatever the restaurant job was worth, plus the parts, plus the express. just send me "
           "the figure", m="O", v=["over_promise"], n="lost business is beyond the allowance"),
    dict(p=LE, s="commitment",
         t="the trace is live now, reference ends four nine two, and the courier's collecting the replacement "
           "from our depot at one. you'll get a text once it's on the van", m="OC"),
    dict(p=LE, s="heard", t="that'll be the courier firm, they're rubbish, we've had no end of bother with them",
         m="", v=["blame"]),
    dict(p=LE, s="heard", t="what's the restaurant said to you so far", m="Q", n="real question without a '?'"),
    dict(p=LE, s="heard",
         t="I hear you. the restaurant's blaming you, not us, and it's your reputation that takes the hit. "
           "that's what really hurts", m="AE", n="says back what it means for him and validates the feeling"),
    dict(p=LE, s="heard",
         t="I'm so sorry it's left you in the lurch with the restaurant. We're not liable for lost business, "
           "it's in the conditions of carriage you agreed to.", m="AE", v=["correcting"],
         n="no contrastive connective, so the apology stands beside the lesson on the terms (rule 2)"),
    dict(p=LE, s="close",
         t="right, so the express fee's refunded and the courier's booked. thanks for bearing with me Marcus",
         m="OG", n="done remedies with no time ahead: not a commitment"),
    dict(p=LE, s="heard", t="I'm sorry you feel the service wasn't up to scratch", m="", v=["non_apology"]),
    dict(p=LE, s="options", t="do you want the trace done first or shall I get the replacement moving straight away",
         m="OIQ", n="choice between remedies; 'straight away' inside the choice is not a commitment"),
    dict(p=LE, s="vent", t="oh no, I'm so sorry. go on, I'm here", m="E"),
    dict(p=LE, s="heard", t="look mate, shouting at me won't get your parcel there any quicker", m="",
         v=["calm_down"]),
    dict(p=LE, s="commitment",
         t="I'm ringing the depot myself the minute we're done and I'll call you back by half three with "
           "whatever they tell me", m="C", n="a callback with a time: commitment only (rule 4)"),
    dict(p=LE, s="heard", t="that's awful, I'm sorry. is the restaurant open tonight, do they need the compressor for service?",
         m="EQ"),
    dict(p=LE, s="options",
         t="Mr Adeyemi, may I propose the following. We refund the express charge in full, we open an immediate "
           "trace on the consignment, and we courier new parts over to the restaurant the same day, at our "
           "expense. Would that be acceptable?", m="OIQ", n="over-formal; 'immediate' inside a proposal"),
    dict(p=LE, s="heard",
         t="really sorry about that, your client's waiting on you, I know. you should be aware though, the "
           "liability limit only covers the goods, you did tick that box", m="", v=["correcting"],
         n="contrastive 'though' leads into correcting: apology and acknowledgement cancelled"),
    dict(p=LE, s="commitment",
         t="I know you're the one getting it in the neck from the restaurant, and I'm sorry. the courier's been "
           "booked, they collect at noon and I'll text you the driver's details by quarter to", m="AEOC"),
    dict(p=LE, s="heard", t="I'll need some proof the parcel didn't arrive before we go any further with this", m="",
         v=["accusation"], n="demanding evidence, like 'what evidence do you have'"),
    dict(p=LE, s="heard", t="carry on talking to me like that and I'll mark this complaint as closed", m="",
         v=["threat_back"]),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="filler 'understood' counts as nothing (rule 1)"),
    dict(p=EE, s="vent", t="before we get into it, can I take your customer ID please", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="heard",
         t="three outages in one quarter and every one of them over the SLA. I wouldn't be giving us the "
           "benefit of the doubt either", m="AE"),
    dict(p=EE, s="heard",
         t="with respect, emailing the CEO doesn't speed anything up, it all comes back to this team anyway",
         m="", v=["correcting"], n="educating her on how escalation works"),
    dict(p=EE, s="heard", t="if you want to bring the lawyers in that's your call, we'll defend it", m="",
         v=["threat_back"]),
    dict(p=EE, s="options",
         t="Here's what's within my gift: the SLA credit for the quarter, an account manager with a name and a "
           "phone number, and a root-cause report in writing. I can't release you from the contract, I'll be "
           "upfront about that. Does that give you something to work with?", m="OIQ", n="honest obstacle inside the offer: not policy"),
    dict(p=EE, s="options", t="I'll let you out of the contract today, no penalties, and we'll look at damages too",
         m="OC", v=["over_promise"], n="release from contract is beyond the allowance; 'today' on a declared step"),
    dict(p=EE, s="commitment",
         t="you'll have the root-cause report in your inbox by close of play next wednesday, and tom okafor, "
           "who'll be your account manager, is ringing you tomorrow before ten", m="OC"),
    dict(p=EE, s="heard",
         t="so your warehouses just stopped, three times, and you've had to answer for it to your own board. "
           "I'm sorry. that's on us", m="AE"),
    dict(p=EE, s="heard",
         t="Thank you for being so direct with me. Three breaches in a quarter and a board breathing down your "
           "neck, honestly I'd want blood too.", m="AEG"),
    dict(p=EE, s="heard", t="how long were the warehouses actually down the last time?", m="Q"),
    dict(p=EE, s="heard", t="sorry, I don't make those calls, you'd need to take that up with your contract manager",
         m="", v=["dismissal"], n="'sorry' as a softener for ducking it"),
    dict(p=EE, s="close",
         t="thanks for hearing me out Eleanor. the credit's been applied and I'll send the report by friday "
           "the twelfth", m="OCG"),
    dict(p=EE, s="heard", t="I'm grateful you've let us respond rather than just walking.", m="G"),
    dict(p=EE, s="heard", t="what would you need to see in that report for your board to be satisfied?", m="IQ"),
    dict(p=EE, s="heard",
         t="um I mean the uptime's still ninety nine point something over the year so it's not as bad as it "
           "sounds", m="", v=["correcting", "dismissal"], n="corrects with a figure and minimises"),
    dict(p=EE, s="commitment", t="I'm escalating this to our VP of service right now and she'll email you before five today",
         m="C", n="escalation with a time: commitment only (rule 4)"),
    dict(p=EE, s="heard", t="we regret that you've experienced some service interruptions", m="",
         v=["non_apology"], n="corporate regret, same family as 'any inconvenience'"),
    dict(p=EE, s="heard",
         t="I- I completely get it. you put your name to us internally and we've made you look bad", m="A",
         n="says back what it cost her; no feeling named"),
    dict(p=EE, s="heard",
         t="thank you for escalating. but you have to understand, outages are part of running any platform",
         m="G", v=["dismissal"], n="the 'but' cancels only acknowledge/empathise; thanks before it stand"),
    dict(p=EE, s="options",
         t="so: credits covering all three breaches, an account manager assigned to you by name from monday, "
           "and the root-cause findings by the thirtieth. is that the sort of package your board would take seriously?",
         m="OIQ", n="dates inside an offer awaiting her answer: not a commitment"),
    dict(p=EE, s="heard", t="can we wrap this up, I have got other calls waiting", m="", v=["insult"]),
    dict(p=EE, s="heard",
         t="any change to the contract terms has to go through legal, in writing. that's the procedure", m="",
         v=["policy"]),

    # --- vip-client ---
    dict(p=VC, s="vent", t="I'm so sorry Mr Fairclough. could I just confirm your date of birth for security",
         m="EQ", v=["premature_details"]),
    dict(p=VC, s="heard",
         t="And you heard it from the seller's solicitor before you heard it from us. That's indefensible, and "
           "I'm sorry.", m="AE"),
    dict(p=VC, s="heard", t="the payment was held by the correspondent bank, so the delay wasn't on our side", m="",
         v=["blame"]),
    dict(p=VC, s="heard", t="our cut-off is clearly stated sir, instructions after two o'clock go the following day",
         m="", v=["correcting"]),
    dict(p=VC, s="options",
         t="My suggestion would be this. We reverse the transfer fees, you get a named senior banker you can "
           "reach directly, and every transfer on your accounts goes through same-day from now on. Shall I put "
           "that in place?",
         m="OIQ"),
    dict(p=VC, s="options",
         t="I'll reverse the fees and cover any penalty you paid on the completion, and you'll never pay for a "
           "transfer again", m="O", v=["over_promise"]),
    dict(p=VC, s="commitment",
         t="the fees come off by six this evening, and caroline hughes, your senior banker, is calling you at "
           "half nine tomorrow", m="OC"),
    dict(p=VC, s="heard",
         t="I'm terribly sorry, finding out from the seller's side first must have been mortifying. did the "
           "completion go through in the end?", m="AEQ"),
    dict(p=VC, s="heard", t="how close did it come, did the seller actually threaten to pull out?", m="Q"),
    dict(p=VC, s="heard", t="if you'd rather take your business elsewhere, that's of course your prerogative", m="",
         v=["threat_back"], n="answering his competitor threat in kind"),
    dict(p=VC, s="heard", t="Thank you for bringing it to me personally, sir. I'd far rather hear it than lose you.",
         m="G"),
    dict(p=VC, s="close", t="so that's everything in place. I'm grateful for your patience this morning, Mr "
                            "Fairclough, and I am sorry again", m="EG"),
    dict(p=VC, s="heard", t="that must have been a horrible morning, watching the completion slip away", m="AE"),
    dict(p=VC, s="heard", t="there's no call for that kind of language, sir", m="", v=["calm_down"]),
    dict(p=VC, s="commitment", t="I'll speak to our payments director myself and call you back before noon", m="C"),
    dict(p=VC, s="options",
         t="you should have heard it from us, not a solicitor, and I'm sorry. I can take the fees off today, and "
           "from now on you'd have a senior banker of your own, on a direct number. shall I arrange both?", m="AEOIQ"),
    dict(p=VC, s="heard",
         t="I understand, Mr Fairclough. Any complaint will have to come to us in writing, via the complaints team.",
         m="A", v=["policy"], n="no 'but': the acknowledgement stands beside the wall (rule 2)"),
    dict(p=VC, s="heard", t="I'm sorry, but I really can't see how it took two days, our wires go out same day", m="",
         v=["doubt"], n="'sorry, but' into disbelief"),
    dict(p=VC, s="heard",
         t="you're right, a client who's been with us as long as you have should never be finding things out "
           "from the other side's solicitor", m="A"),
    dict(p=VC, s="close", t="is there anything else at all I can do for you today, sir?", m="Q",
         n="ending check: question, not asks_input (rule 6)"),
    dict(p=VC, s="heard", t="Sir, I'd caution you against accusations of negligence without the facts.", m="",
         v=["accusation"]),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="yeah", m=""),
    dict(p=FT, s="vent", t="can I take the serial number off the machine while you're stood there", m="Q",
         v=["premature_details"]),
    dict(p=FT, s="heard",
         t="so it's broken down twice since we repaired it, and then a supervisor was meant to call you on "
           "monday and didn't. I'm so sorry", m="AE"),
    dict(p=FT, s="heard", t="a week with no washer and little ones in the house, I'd be at my wits end", m="AE"),
    dict(p=FT, s="heard", t="them drain pumps do go sometimes, it's just wear and tear", m="", v=["dismissal"],
         n="'they do break sometimes' (rule 9)"),
    dict(p=FT, s="heard", t="are you overloading it? cause that's usually why they fail", m="",
         v=["doubt", "correcting"], n="rhetorical question implying her error"),
    dict(p=FT, s="options",
         t="a refund or a different model I can't do, honestly, they're off the table. what I can do is swap it "
           "for a brand new one, same model, plus two more years of warranty, or send a senior engineer out "
           "before friday with a loan machine so you've got one while he fixes it. which would suit?", m="OIQ"),
    dict(p=FT, s="options", t="I'll get you the top of the range model and a full refund on the old one", m="O",
         v=["over_promise"]),
    dict(p=FT, s="commitment",
         t="the new machine comes friday between seven and eleven, they'll take the old one away, and I'll "
           "phone you saturday morning to check it's running", m="OC"),
    dict(p=FT, s="heard", t="I'm sorry if you were expecting a call", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="I'm really sorry you've had to chase us about a supervisor's call that just never happened", m="AE",
         n="'sorry you had to' + what happened (rule 14)"),
    dict(p=FT, s="heard", t="can I ask how you've been managing, have you been going to the launderette?", m="Q"),
    dict(p=FT, s="heard", t="[sighs] right. go on then", m="", v=["insult"], n="transcribed sigh (rule 12)"),
    dict(p=FT, s="close",
         t="thanks Kelly, you've been really patient, and the engineer's booked for thursday with a loan "
           "machine", m="OCG"),
    dict(p=FT, s="heard", t="You're right. We said someone would call you and nobody did. That's not good enough.",
         m="A"),
    dict(p=FT, s="heard", t="look I can only go by what the system says and it says the callback was made", m="",
         v=["doubt"]),
    dict(p=FT, s="options",
         t="I'm so sorry. would it help if our senior engineer came out before friday, and we left you a loan "
           "machine meanwhile?", m="EOIQ"),
    dict(p=FT, s="heard", t="there's no point shouting at me, I wasn't the one who didn't ring you", m="",
         v=["calm_down", "dismissal"]),
    dict(p=FT, s="options", t="um I mean we could maybe look at, like, a replacement? the same model", m="O",
         n="hesitant but concrete remedy; the rising '?' is not a question to her"),
    dict(p=FT, s="heard", t="what would you want to happen, ideally?", m="IQ"),
    dict(p=FT, s="heard",
         t="thank you for ringing back, honestly, after the week you've had with us I wouldn't blame you if you "
           "hadn't", m="EG", n="validates her right to give up; nothing said back"),
    dict(p=FT, s="commitment", t="I'll sort you out a new one, leave it with me", m="O",
         n="remedy named but no time: options, not commitment"),
    dict(p=FT, s="heard", t="replacements only get authorised after a third failed repair, them's the rules", m="",
         v=["policy"]),
    dict(p=FT, s="heard", t="you can go to watchdog if you want love, it won't change anything", m="",
         v=["threat_back"], n="daring her to take the threat further"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="mm-hm, mm-hm", m=""),
    dict(p=BE, s="vent", t="could I get the email you signed up with first, and then I'll hear the rest",
         m="Q", v=["premature_details"]),
    dict(p=BE, s="heard",
         t="so you'd cancelled, the money still came out twice, and then chat told you last week it was sorted "
           "and it wasn't. I'm really sorry Margaret", m="AE"),
    dict(p=BE, s="heard", t="and on a pension as well, that overdraft fee must have really hurt. I'd be upset too",
         m="AE"),
    dict(p=BE, s="heard",
         t="thank you for bearing with me Margaret. it does say on the website that cancellations can take a "
           "billing cycle to go through", m="G", v=["correcting"], n="sincere thanks stands beside the correction"),
    dict(p=BE, s="heard", t="the chat team probably just read it wrong, they're all new", m="", v=["blame"]),
    dict(p=BE, s="options",
         t="both charges can come back to you, I'll pay back the overdraft fee, and I'll send a letter "
           "confirming the subscription's closed. would that put things right?", m="OIQ"),
    dict(p=BE, s="options", t="I'll refund it all and give you a year free on top as an apology", m="O",
         v=["over_promise"]),
    dict(p=BE, s="commitment",
         t="both refunds are going through now, and you'll have the confirmation letter by email within the hour",
         m="OC"),
    dict(p=BE, s="options",
         t="I'm so sorry, Margaret. would you like me to refund both charges and cover the overdraft fee? and "
           "I'll pop a letter in the post confirming it's all cancelled", m="EOIQ",
         n="the letter has no date: still an offer, not a commitment"),
    dict(p=BE, s="heard", t="I really appreciate your patience with us, especially after last week", m="G"),
    dict(p=BE, s="heard", t="I'm sorry for any confusion caused by our billing", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="the overdraft's between you and your bank, that's out of my hands", m="",
         v=["dismissal"]),
    dict(p=BE, s="heard", t="How much did the bank charge you for going overdrawn?", m="Q"),
    dict(p=BE, s="commitment",
         t="I'm putting a note on your file now and a supervisor will check it's all gone through by tomorrow "
           "lunchtime", m="C"),
    dict(p=BE, s="heard",
         t="thank you for ringing again after chat let you down last week. I'm really sorry you've had to explain "
           "it all twice", m="AEG", n="'sorry you've had to' + what she went through (rule 14)"),
    dict(p=BE, s="heard", t="I do hear you. you cancelled properly and we still got it wrong, twice", m="A"),
    dict(p=BE, s="heard", t="ok well you're going to have to stop raising your voice at me", m="", v=["calm_down"]),
    dict(p=BE, s="options",
         t="I'm so sorry Margaret, you shouldn't be out of pocket for our mistake. shall I put the refund back "
           "on your card? and the overdraft charge, I'll cover that too", m="AEOIQ"),
    dict(p=BE, s="commitment",
         t="I've refunded the first charge now, the second one will reach you by thursday, and "
           "the letter's on its way", m="OC"),
    dict(p=BE, s="heard", t="I'm sorry, what was your postcode again?", m="Q",
         n="'sorry' as a politeness marker; not vent, so not premature"),
    dict(p=BE, s="heard", t="the system won't let me refund the second charge till the first one's cleared, sorry", m="",
         v=["policy"], n="'the system won't let me' is a wall; the closing 'sorry' is not an apology for what happened"),

    # --- generic ---
    dict(p=None, s="vent", t="hold on hold on, what's the order number", m="Q", v=["premature_details"]),
    dict(p=None, s="heard", t="I can hear how fed up you are, and honestly you've every reason to be", m="AE",
         n="'I can hear how ...' is both (rule 1)"),
    dict(p=None, s="heard", t="sorry, are you done? can I speak now?", m="", v=["insult"],
         n="hostile rhetorical questions"),
    dict(p=None, s="heard", t="I understand your frustration however that's how the process works", m="",
         v=["policy"], n="contrastive 'however' into a policy wall cancels acknowledge and empathise"),
    dict(p=None, s="heard", t="you've been let down twice now and I'm sorry. what would put it right for you?",
         m="AEIQ"),
    dict(p=None, s="options", t="I can do you a refund or a replacement, whichever you'd rather", m="OI",
         n="invites preference without a question"),
    dict(p=None, s="options", t="there's nothing really I can offer you I'm afraid", m="", v=["dismissal"]),
    dict(p=None, s="commitment", t="I'll call you back by four today either way", m="C"),
    dict(p=None, s="close", t="thank you, and apologies once more for the runaround you've had", m="EG"),
    dict(p=None, s=None, t="okay bear with me a sec", m=""),
    dict(p=None, s=None, t="you agreed to all that when you signed up, it's written in the T's and C's", m="",
         v=["correcting"]),
    dict(p=None, s=None, t="go on then, complain, nobody reads them anyway", m="", v=["threat_back", "insult"]),
    dict(p=None, s="heard",
         t="you've been on hold, cut off, and then told three different things. I'd be fuming as well", m="AE"),
    dict(p=None, s="heard",
         t="I'm not sure that's how it went, to be honest. I'm sorry you've been left waiting though, that part's "
           "definitely on us", m="AE", v=["doubt"],
         n="marks after the violation are not cancelled (rule 2); 'sorry you've been left waiting' (rule 14)"),
    dict(p=None, s="heard", t="um so let me check, you ordered on the third and there's still nothing?", m="AQ",
         n="check-back question"),
    dict(p=None, s="heard", t="I'll be the one who sorts it out, okay, you've got me now", m="",
         n="on-their-side phrase with no remedy: no mark"),
    dict(p=None, s="heard", t="for the record, we did email you twice about it", m="",
         v=["accusation", "correcting"]),
    dict(p=None, s="options", t="I promise you this will never happen again, you have my word", m="",
         v=["over_promise"], n="bare guarantee: over_promise without options (rule 5)"),
    dict(p=None, s="close", t="before I let you go, are you happy with where we've got to?", m="Q",
         n="satisfaction check at the close, no proposal on the table: question only"),
    dict(p=None, s="heard",
         t="I'm grateful you kept at it. three calls and nobody ringing back, I'd have lost my rag ages ago",
         m="AEG"),
    dict(p=None, s="options", t="do you want the delivery charge back first, or the replacement sent out first?",
         m="OIQ"),
    dict(p=None, s="commitment", t="I've put the refund through, you'll see it in three to five working days", m="OC"),
    dict(p=None, s="commitment", t="my manager's going to call you before the end of the day", m="C"),
    dict(p=None, s="heard", t="I understand you're angry, and I'm sorry, but you need to calm down", m="",
         v=["calm_down"], n="'but' into calm down cancels both marks"),
    dict(p=None, s="commitment",
         t="thanks so much for waiting. I've booked the replacement for tomorrow morning and I'll ring you at "
           "lunchtime to make sure it's arrived. does that work for you?", m="OCGIQ"),
    dict(p=None, s="heard", t="if you carry on swearing I will put the phone down", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="so your claiming nobody told you?", m="", v=["accusation"],
         n="'your' mis-hearing; accusatory question, not a real one"),
    dict(p=None, s="options",
         t="the full amount back isn't something I'm able to sign off, sorry. what I'm able to do is refund the "
           "delivery and have a fresh one sent tomorrow. does that help?", m="OIQ",
         n="'sorry' for the refusal is not empathy; honest limit, not policy"),
    dict(p=None, s="heard", t="right. so no one rang you like they said, and you've had to ring us yet again. that's on us", m="A"),
    dict(p=None, s="heard", t="I'm frustrated as well to be fair, the computers have been playing up all week", m="",
         n="the agent's own feelings, not empathy"),
    dict(p=None, s="heard", t="thanks, thanks a lot, really helpful", m="", v=["insult"], n="sarcastic thanks"),
    dict(p=None, s="options", t="can I run a couple of ideas past you, see what you think?", m="IQ",
         n="asks permission; no remedy named yet"),
    dict(p=None, s="heard", t="I hear you. what's the name on the account", m="Q",
         n="'I hear you' straight into a details request (rule 13)"),
]

write_batch(ITEMS, "gp", Path(__file__).with_name("replies_extra197.jsonl"))
