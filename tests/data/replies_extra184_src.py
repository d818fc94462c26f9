"""Source of `replies_extra184.jsonl`: batch 184, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is a
cross-section: the same mix of personas, stages, lengths and qualities as the original tune part
(good, mediocre and bad replies, with violations of every kind), leaning a little towards the
generic persona and towards the missed-technician and escalated-exec callers. Examples: "so you
booked the eight to twelve slot, twice, sat in all morning both times, and not one phone call…",
"For the record, the status page was updated within fifteen minutes each time.", "I could maybe
look at some kind of goodwill gesture?", "I'm sorry you've been bounced between departments, but
that's the way the phone system's set up". Hard negatives sit beside the good replies:
back-channels, vague promises, "right now" with no step, the word "options" with no offer,
politeness "sorry", and apologies cancelled by a "but".

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra184.jsonl next to it (ids gc0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="yeah... yeah, no, keep going", m="",
         n="back-channel while she vents: neither acknowledge nor empathise (rule 13)"),
    dict(p=MT, s="vent", t="right before you carry on can I get the postcode for the installation address", m="Q",
         v=["premature_details"]),
    dict(p=MT, s="vent", t="oh that's- that's rubbish, honestly. sorry, sorry, carry on", m="E",
         n="sincere sympathy while letting her vent; second 'sorry' is for interrupting"),
    dict(p=MT, s="heard",
         t="so you booked the eight to twelve slot, twice, sat in all morning both times, and not one "
           "phone call from us to say he wasn't coming", m="A"),
    dict(p=MT, s="heard", t="I'm so sorry Bernadette. Two mornings of wages gone, and that's down to us.", m="AE",
         n="owns the failure and names the loss"),
    dict(p=MT, s="heard",
         t="um, was it definitely the eight till twelve you booked? cause on here it's got it as an afternoon",
         m="", v=["doubt"], n="questions her account of the booking: doubt, not a real question"),
    dict(p=MT, s="heard",
         t="the engineers are subcontracted, so honestly it's the subcontractor that let you down not us",
         m="", v=["blame"]),
    dict(p=MT, s="heard",
         t="gosh, and you're paid by the hour as well? so each of those mornings came straight out of your wages",
         m="AQ", n="check-back question on the impact; 'gosh' alone names no feeling"),
    dict(p=MT, s="heard", t="I'd be climbing the walls. Two mornings stood at the window for a van that never came.",
         m="AE"),
    dict(p=MT, s="heard", t="I'm so sorry, that's such an unfair position for you. does your supervisor know what's been going on? "
           "has it caused you any bother at work?", m="EQ"),
    dict(p=MT, s="heard",
         t="two mornings, both times nobody phoned, and now your supervisor's on at you about it. I'm so sorry "
           "Bernadette, and thanks for not giving up on us. would a saturday or an evening visit take the pressure "
           "off at work?", m="AEOGIQ", n="a rebooked visit offered as a choice counts as options (rule 4)"),
    dict(p=MT, s="heard", t="I'm sorry you feel the engineer let you down.", m="", v=["non_apology"]),
    dict(p=MT, s="heard", t="cheers for sticking it out with us honestly, plenty of people would've walked by now",
         m="G"),
    dict(p=MT, s="heard",
         t="okay so the technician no-showed twice, nobody rang you, and you've lost two days' work. I hear you. what's "
           "the account number so I can pull it all up", m="AQ",
         n="'I hear you' said back with what went wrong is acknowledgement (rule 13); details after venting"),
    dict(p=MT, s="heard", t="yes, got it, I hear you. can you read me the account number", m="Q",
         n="'I hear you' straight into a details request: not acknowledgement (rule 13)"),
    dict(p=MT, s="heard", t="That's just how the booking system works. It gives the engineer a window and he does his best.",
         m="", v=["policy"]),
    dict(p=MT, s="heard", t="[sighs] okay, yes, two missed appointments, I've got it", m="A", v=["insult"],
         n="transcribed sigh is insult (rule 12); the repeat-back has no 'but' so it stands (rule 2)"),
    dict(p=MT, s="heard",
         t="so your saying nobody came, even though the engineer's marked it as attempted at ten past nine",
         m="", v=["accusation", "doubt"], n="'your saying' mis-hearing; repeat-back framed as a claim, then the record"),
    dict(p=MT, s="options",
         t="so a full refund on the install I can't do, but I can wipe the call-out fee, stick a month's credit on "
           "the account and lock you in for eight am as first job. does that sound fair?", m="OIQ",
         n="honest obstacle, then an offer within the allowance"),
    dict(p=MT, s="options",
         t="what I'll do is refund the entire install and pay you for both days you missed, how does that sound",
         m="OIQ", v=["over_promise"]),
    dict(p=MT, s="options",
         t="Would an eight o'clock start suit you better, so you're not giving up the whole morning? Or is there a "
           "day you're not working at all?", m="OIQ", n="a rebooked appointment offered as a choice (rule 4)"),
    dict(p=MT, s="options",
         t="um the credit, I can do a month's credit, and uh waive the fee. and first slot. do you want me to book that in",
         m="OIQ"),
    dict(p=MT, s="options", t="and I promise you, hand on heart, it won't happen a third time", m="",
         v=["over_promise"], n="bare guarantee: over_promise without options (rule 5)"),
    dict(p=MT, s="commitment",
         t="right that's you booked, tuesday eight am, first on his list. you'll get a text from me tonight by seven "
           "with the engineer's name, and the fee's come off already", m="OC"),
    dict(p=MT, s="commitment", t="I'll get someone to ring you about it", m="", n="no time: not a commitment"),
    dict(p=MT, s="commitment",
         t="Apologies that it's come to a third call. The month's credit is on now, and I'll ring you at half seven that "
           "morning to confirm he's left the depot.", m="EOC",
         n="apology for the event without saying what she went through: empathise only"),
    dict(p=MT, s="close",
         t="brilliant so that's friday eight o'clock, fee waived, credit applied. thank you for bearing with us "
           "Bernadette, I know it's been a rotten couple of weeks", m="EOCG"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="I'm listening, Ms Ashcombe. Carry on.", m="", n="back-channel (rule 13)"),
    dict(p=EE, s="vent",
         t="sorry can I just confirm the company name and your contract reference before we get into it", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="vent", t="okay, okay, can we just take the temperature down a bit", m="", v=["calm_down"],
         n="a 'calm down' in other words; not a real question"),
    dict(p=EE, s="heard",
         t="third outage this quarter, every one of them outside the SLA, and your warehouses stood idle for hours "
           "each time. I completely see why the CEO got that email.", m="A"),
    dict(p=EE, s="heard",
         t="I'm genuinely sorry. you stood up for us in front of your board and we've made that look like a bad call",
         m="AE"),
    dict(p=EE, s="heard", t="with respect I think cancelling the whole contract would be a bit of an overreaction",
         m="", v=["insult"]),
    dict(p=EE, s="heard",
         t="the last outage was actually a DNS problem at our hosting partner, so that one's really down to them",
         m="", v=["blame"]),
    dict(p=EE, s="heard", t="For the record, the status page was updated within fifteen minutes each time.", m="",
         v=["accusation", "correcting"], n="court-room phrase plus evidence against her account (rule 10)"),
    dict(p=EE, s="heard",
         t="you'll need to go through the formal contract dispute route, I can't discuss termination on this line",
         m="", v=["policy"]),
    dict(p=EE, s="heard",
         t="if you want to bring lawyers in that's your call, but the contract's pretty clear on penalties", m="",
         v=["threat_back"], n="answers the legal threat with the termination penalties"),
    dict(p=EE, s="heard", t="how did your board take it after the last one? I want to understand what's at stake for you",
         m="Q"),
    dict(p=EE, s="heard",
         t="I'd be absolutely livid. you've got lorries sat in the yard and nobody here giving you a proper answer",
         m="AE"),
    dict(p=EE, s="heard",
         t="I'm glad you brought it to me, thank you. I know you've had to push very hard just to get anyone's "
           "attention.", m="AG"),
    dict(p=EE, s="heard",
         t="were all three really outside the SLA though? I thought february was within tolerance", m="",
         v=["doubt"], n="doubting question, not a real one"),
    dict(p=EE, s="heard", t="Apologies for the inconvenience to you and the team.", m="", v=["non_apology"],
         n="apologises for 'the inconvenience', not for the outages: the stock non-apology"),
    dict(p=EE, s="heard",
         t="You argued for us in front of your board and we've left you exposed. I'm sorry. And thank you for having "
           "this conversation with me rather than just sending a lawyer's letter. What would you want in hand by "
           "Friday for them?", m="AEGIQ"),
    dict(p=EE, s="heard",
         t="so um if I'm following you, it's not only the downtime, it's that nobody's explained why, and you're the "
           "one left answering for it upstairs. is that about right?", m="AQ"),
    dict(p=EE, s="heard", t="that must have been a horrible board meeting to sit through", m="E"),
    dict(p=EE, s="heard", t="what would it take, from your side, for this relationship to feel worth keeping?", m="IQ"),
    dict(p=EE, s="heard", t="let me just pull up the incident log right now", m="",
         n="'right now' with no remedy and nothing for her: no mark"),
    dict(p=EE, s="options",
         t="I can't release you from the contract or pay damages, I won't pretend otherwise. What I'm able to offer "
           "is the full SLA credit for the quarter, an account manager who knows your name, and a root-cause report "
           "in writing by a date I'll stand behind. Is that enough to keep us talking?", m="OIQ",
         n="honest obstacle (rule 11), then the allowed remedies"),
    dict(p=EE, s="options",
         t="we'll let you out of the contract with no penalty and cover your losses, that's no problem", m="O",
         v=["over_promise"]),
    dict(p=EE, s="options",
         t="so there's the service credit, and I could get a dedicated account manager assigned. or would a root "
           "cause report matter more to you right now?", m="OIQ"),
    dict(p=EE, s="options",
         t="I hear that you want out. I can't do that, but the quarter's service credit and a dedicated "
           "account manager I can arrange this week. which of those is the priority for you?", m="AOIQ",
         n="'this week' inside an offer is not a commitment (rule 3)"),
    dict(p=EE, s="options", t="there are a few options we could maybe explore further down the line", m="",
         n="'options' with nothing offered"),
    dict(p=EE, s="commitment",
         t="you'll have the root-cause report in your inbox by close of play on the twelfth, and Tom Hale is your "
           "account manager from today, he'll email you this afternoon", m="OC"),
    dict(p=EE, s="commitment",
         t="leave it with me. your account manager's name will be in your inbox before three, and I appreciate you "
           "holding on while I sorted that", m="OCG", n="assigning a named account manager is an allowed remedy"),
    dict(p=EE, s="close",
         t="Right: credit's applied, Tom's your account manager, report lands on the twelfth. I'll be in touch next "
           "Monday to check it's all arrived. Thank you, genuinely, for staying with us on it.", m="OCG"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="right, okay, and then what happened", m="Q", n="invites more venting, not a details request"),
    dict(p=LE, s="vent", t="do you have the consignment number there", m="Q", v=["premature_details"]),
    dict(p=LE, s="heard",
         t="so you paid the overnight rate, the compressor and the board never turned up, the tracking's dead since "
           "collection, and your restaurant client's blaming you", m="A"),
    dict(p=LE, s="heard",
         t="That's brutal. A third of your work comes from that group and it's on the line because of us. I'm really "
           "sorry.", m="AE"),
    dict(p=LE, s="heard", t="parcels do go astray sometimes, it's a busy network", m="", v=["dismissal"]),
    dict(p=LE, s="heard", t="are you certain it was booked on overnight and not standard? because the label says standard",
         m="", v=["doubt"], n="doubting question citing the record; no court-room wording"),
    dict(p=LE, s="heard", t="we only cover goods up to the standard liability limit, that's in the terms you agreed to",
         m="", v=["correcting"], n="lectures him on the terms"),
    dict(p=LE, s="heard", t="it's the process I'm afraid, the trace has to run five working days before we can do anything else",
         m="", v=["policy"]),
    dict(p=LE, s="heard",
         t="thanks for keeping so calm with me Marcus. I know your client's been chewing your ear off all morning",
         m="AG"),
    dict(p=LE, s="heard", t="I'm sorry if the delay has caused problems with your client.", m="", v=["non_apology"]),
    dict(p=LE, s="heard", t="I mean, what did you expect me to do, drive it over myself?", m="", v=["insult"],
         n="sarcastic rhetorical question"),
    dict(p=LE, s="heard", t="mate, relax, it's a parcel", m="", v=["calm_down", "insult"]),
    dict(p=LE, s="heard", t="which bit's been worse for you, the money or how your client's treating you?", m="Q",
         n="choice question about him, not about remedies"),
    dict(p=LE, s="options",
         t="so, the overnight charge back, a trace opened today, and replacement parts sent same day by courier, we "
           "pay. the business you might lose I can't pay for, I'd be lying if I said otherwise. shall I get the "
           "courier booked?", m="OIQ"),
    dict(p=LE, s="options", t="do you want the replacement to go to the restaurant direct? I can have a same day courier on it",
         m="OIQ"),
    dict(p=LE, s="options", t="I'll compensate you for the contract if they drop you, you've got my word", m="O",
         v=["over_promise"]),
    dict(p=LE, s="commitment",
         t="I'm so sorry again about the restaurant. courier's booked, collection at one, and I'll ring you the minute it's signed for. trace reference is "
           "going to your email now", m="EOC"),
    dict(p=LE, s="commitment",
         t="I'm putting the express fee back on your card as we speak, you'll see it within three to five working days.",
         m="OC"),
    dict(p=LE, s="close", t="thanks Marcus. sorry again it came to this, and I hope the restaurant's back on side by tonight",
         m="EG"),

    dict(p=LE, s="heard",
         t="I'm really sorry Marcus. you paid extra so it would get there, it didn't, and now your nephew's been "
           "fielding calls from the restaurant all morning. I appreciate you staying so patient with me", m="AEG"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="Of course, Mr Fairclough. Please, go on.", m=""),
    dict(p=VC, s="vent", t="I'm sorry to hear that sir. can I take the last four digits of the account while we talk", m="EQ",
         v=["premature_details"]),
    dict(p=VC, s="heard",
         t="The wire went two days late, the completion nearly fell through, and you heard it from the seller's "
           "solicitor rather than from us. That's not acceptable, and I'm sorry.", m="AE"),
    dict(p=VC, s="heard", t="having to ring the seller and plead with her, I can only imagine how that felt", m="AE"),
    dict(p=VC, s="heard", t="we do process thousands of transfers a day sir, the odd one will get held", m="",
         v=["dismissal"], n="minimising"),
    dict(p=VC, s="heard", t="the hold was placed by the receiving bank, so strictly speaking that wasn't our delay", m="",
         v=["blame", "correcting"], n="'strictly speaking' corrects him as 'technically' does"),
    dict(p=VC, s="heard", t="sir, talk to me like that once more and I'll put you through to the complaints line and leave it there", m="",
         v=["threat_back"]),
    dict(p=VC, s="heard", t="thank you for your loyalty over the years, it genuinely matters to us", m="G"),
    dict(p=VC, s="heard", t="are the other bank talking to you about the whole portfolio? I'd rather hear it from you now",
         m="Q"),
    dict(p=VC, s="heard", t="I'm sorry you feel the service has slipped.", m="", v=["non_apology"]),
    dict(p=VC, s="heard",
         t="I hear you completely. I'd expect a phone call from my own bank long before a solicitor rang me", m="AE"),
    dict(p=VC, s="heard", t="sorry, bear with me one second while I pull that up", m="",
         n="politeness 'sorry' before a hold: no mark, no violation"),
    dict(p=VC, s="heard", t="I- I'm not, um, I'm not sure that's quite how it happened, sir", m="", v=["doubt"]),
    dict(p=VC, s="heard", t="regarding your complaint about the delay, I have noted your allegations", m="",
         v=["accusation"]),
    dict(p=VC, s="options",
         t="may I reverse the transfer fees for you, give you the direct number of a senior banker, and have same "
           "day transfers switched on for all your accounts?", m="OIQ"),
    dict(p=VC, s="options", t="I'll waive all your fees permanently and guarantee every transfer lands same day, whatever happens",
         m="O", v=["over_promise"]),
    dict(p=VC, s="options", t="Tell me what you'd want from us, sir. I'd rather hear it from you than guess.", m="I",
         n="imperative invitation: asks_input without a question"),
    dict(p=VC, s="commitment",
         t="Mr Fairclough, the fees are reversed as of this morning, and Catherine Doyle, your new relationship "
           "banker, will ring you by four this afternoon.", m="OC"),
    dict(p=VC, s="close",
         t="thank you, sir, for bearing with us through all this. I'll personally ring on friday and check the "
           "direct line's live", m="CG"),

    dict(p=VC, s="options",
         t="I'm sorry, truly, that you heard it from the seller's solicitor first. The fees I can reverse this "
           "afternoon, and I can switch on same day transfers across all your accounts, with a senior banker reachable "
           "on a direct line. Shall I go ahead?", m="AEOIQ", n="'sorry that you heard it from...' names what happened (rule 14); 'today' inside an offer"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="oh no. okay, okay, I'm listening", m="", n="back-channel"),
    dict(p=FT, s="vent", t="what's the serial number, it's on a sticker inside the door", m="Q", v=["premature_details"]),
    dict(p=FT, s="heard",
         t="seven months old, two repairs, broken again, and then a supervisor promises to call you within a day and "
           "nobody does. I'd be fuming", m="AE"),
    dict(p=FT, s="heard", t="With a toddler and a baby in the house? I'm so sorry, that's a mountain of washing every day.",
         m="AE", n="echo with a question mark is not a real question"),
    dict(p=FT, s="heard", t="how much have you had to spend at the laundrette so far?", m="Q"),
    dict(p=FT, s="heard", t="it's the engineer who signed it off, he shouldn't have, that's on him not you", m="",
         v=["blame"], n="clearing her comes inside the blame: no acknowledgement (rule 14)"),
    dict(p=FT, s="heard", t="to be honest they're not built for that many loads a day, that'll be why", m="",
         v=["correcting"]),
    dict(p=FT, s="heard", t="We dropped the ball on the callback, plain and simple. I'm sorry.", m="AE"),
    dict(p=FT, s="heard", t="I'm not in the callback team so I can't tell you why they never rang", m="",
         v=["dismissal"]),
    dict(p=FT, s="heard", t="thank you Kelly. for keeping at us, I mean. a lot of folk would've given up", m="G"),
    dict(p=FT, s="heard", t="okay calm down, you'll wake the baby", m="", v=["calm_down"]),
    dict(p=FT, s="heard", t="ninety dollars at the laundromat. that's outrageous, I'm so sorry", m="AE"),
    dict(p=FT, s="options",
         t="upgrades and refunds I can't do, sorry. what I can do is one of two things. a new machine, same model, "
           "plus two more years of warranty, or a senior engineer round this week who'll bring a loan machine till "
           "yours is fixed. which is better with the kids?", m="OIQ", n="'sorry' for the refusal is not empathy"),
    dict(p=FT, s="options", t="I'll upgrade you to the new model, no charge, and refund the repairs on top", m="O",
         v=["over_promise"]),
    dict(p=FT, s="options", t="I can send a senior engineer.", m="O", n="curt, but a concrete allowed remedy"),
    dict(p=FT, s="commitment",
         t="new machine's ordered, it'll be with you thursday between seven and one, old one goes back on the same "
           "van. and I'll ring you friday morning myself", m="OC"),
    dict(p=FT, s="commitment", t="The senior engineer is booked for Wednesday and he'll bring a loan machine with him. That's confirmed. "
           "Thank you for your patience, Kelly.", m="OCG"),
    dict(p=FT, s="close", t="that's everything sorted. anything else I can do for you before you go?", m="Q",
         n="no remedy named; ending check is a question only"),

    dict(p=FT, s="heard",
         t="a toddler, a baby, no washer, and lugging bags down the laundrette. honestly I don't know how you've kept "
           "your cool. thank you for giving us one more go", m="AEG",
         n="'don't know how you've kept your cool' validates her, not a negation"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="yes. yes. I'm here", m=""),
    dict(p=BE, s="vent", t="sorry to stop you, what's the postcode linked to the account", m="Q",
         v=["premature_details"]),
    dict(p=BE, s="heard",
         t="you'd cancelled, two payments came out regardless, the overdraft bounced your rent, and then our chat "
           "team told you it was sorted when it wasn't. Margaret I'm so sorry", m="AE"),
    dict(p=BE, s="heard", t="nine years with us and this is how we treat you. I'd be seething in your shoes", m="AE"),
    dict(p=BE, s="heard", t="the overdraft fee is the bank's charge, you'd need to take that up with them", m="",
         v=["dismissal"], n="ducks the overdraft fee, which is hers to reimburse"),
    dict(p=BE, s="heard", t="are you absolutely certain you cancelled? sometimes the confirmation email doesn't go through",
         m="", v=["doubt"]),
    dict(p=BE, s="heard", t="I see. and did the chat team give you any kind of ticket number?", m="Q",
         n="'I see' is a filler; detail request after venting"),
    dict(p=BE, s="heard", t="sorry if we've confused things", m="", v=["non_apology"]),
    dict(p=BE, s="heard",
         t="whatever the chat agent told you wasn't right, they shouldn't have said it was fixed, that one's on them",
         m="", v=["blame"]),
    dict(p=BE, s="heard", t="That must have been so frightening, seeing your rent come back unpaid.", m="AE"),
    dict(p=BE, s="heard", t="I understand, and I'm sorry, but the cancellation only takes effect from the next billing date",
         m="", v=["correcting"], n="'but' leads into a correction: cancels acknowledge and empathise (rule 2)"),
    dict(p=BE, s="heard", t="if you're going to shout at me I'll just put you on hold", m="", v=["threat_back"]),
    dict(p=BE, s="heard", t="has the bank said anything about getting the rent back through?", m="Q"),
    dict(p=BE, s="options",
         t="I'll refund both the charges and reimburse your overdraft fee, and I'll send you written confirmation "
           "that the subscription's cancelled. would that put things right?", m="OIQ",
         n="proposal with no time: options, not commitment"),
    dict(p=BE, s="options", t="I'll refund everything and give you six months free as an apology", m="O",
         v=["over_promise"]),
    dict(p=BE, s="options", t="the bank's fee I can't touch I'm afraid, the system won't let me add it", m="",
         v=["policy"]),
    dict(p=BE, s="commitment",
         t="both refunds are going through right now, and the letter confirming the cancellation will be in the post tomorrow",
         m="OC"),
    dict(p=BE, s="commitment", t="I'll have a word with the chat team.", m="", n="no remedy, no time"),
    dict(p=BE, s="close",
         t="Thank you for your patience, Margaret, and for nine years with us. I'll ring you Thursday to check the "
           "refund's landed.", m="CG"),

    dict(p=BE, s="commitment",
         t="I understand, and I'm so sorry about the rent. both refunds are through, plus the overdraft fee, you'll "
           "have the money by friday, and I'll phone monday to make sure nothing's missing",
         m="AEOC"),

    # --- generic ---
    dict(p=None, s=None, t="yeah well that's life isn't it", m="", v=["dismissal"]),
    dict(p=None, s=None, t="I totally hear you and I want to fix this for you", m="A", n="no remedy or time yet"),
    dict(p=None, s=None, t="Honestly, I'd have lost my temper long before now.", m="E"),
    dict(p=None, s=None, t="thank you for being honest with me about how this has affected you", m="G"),
    dict(p=None, s="vent", t="uh-huh", m=""),
    dict(p=None, s="vent", t="I'm so sorry. that's- no, that's not okay. take all the time you need", m="E"),
    dict(p=None, s="vent", t="oh no. oh that's horrible", m="E"),
    dict(p=None, s="heard",
         t="so you've phoned four times now and every time someone's said they'd ring back and nobody has. I'm "
           "sorry, that's not how it should be", m="AE"),
    dict(p=None, s="heard", t="I understand your frustrated but there's no need to swear at me", m="", v=["calm_down"],
         n="'your' mis-hearing; 'but' into a calm-down cancels the acknowledgement"),
    dict(p=None, s="heard", t="I'm sorry you've been bounced between departments, but that's the way the phone system's set up", m="",
         v=["policy"], n="'but' leads into a policy wall: the apology is cancelled (rule 2)"),
    dict(p=None, s="heard", t="I'm sorry you had to wait on hold that long.", m="AE", n="rule 14"),
    dict(p=None, s="heard", t="okay but like, did you actually read the email we sent?", m="", v=["correcting"],
         n="hostile rhetorical question"),
    dict(p=None, s="heard", t="have you been able to use it at all since it arrived?", m="Q"),
    dict(p=None, s="heard", t="it's not my fault, I only started on monday", m="", v=["dismissal"]),
    dict(p=None, s="heard",
         t="cheers for hanging on, really. I know a friday afternoon on the phone to us isn't what you had planned", m="G"),
    dict(p=None, s="heard", t="look if you'd rather go elsewhere there's nothing stopping you", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="you're right. we've made a mess of this from start to finish", m="A",
         n="owns the failure, names no feeling and makes no apology"),
    dict(p=None, s="heard", t="according to our notes you were told about the delay on the third", m="",
         v=["accusation", "correcting"], n="rule 10"),
    dict(p=None, s="heard", t="um I- I'm really sorry. I just, I don't know what to say. that's awful", m="E"),
    dict(p=None, s="heard", t="sorry for any inconvenience", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="so basically you're saying we're liars", m="", v=["accusation"]),
    dict(p=None, s="heard", t="What would make the biggest difference for you right now?", m="IQ"),
    dict(p=None, s="heard", t="I can see this has really knocked your confidence in us, and I don't blame you", m="AE"),
    dict(p=None, s="heard", t="can you just, like, slow down a bit, I'm trying to type", m="", v=["calm_down"],
         n="tells the customer to slow down: a request, not a real question"),
    dict(p=None, s="heard", t="(mutters) here we go", m="", v=["insult"], n="rule 12"),
    dict(p=None, s="options", t="I could do you a refund, or a replacement, your call", m="OI",
         n="imperative invitation: asks_input without a question"),
    dict(p=None, s="options",
         t="what I'd suggest is a full refund today, and I'll flag your account so this doesn't happen again. how does "
           "that sound?", m="OIQ", n="'today' inside a proposal; flagging the account is not a guarantee"),
    dict(p=None, s="options", t="I could, um, I could maybe look at some kind of goodwill gesture? I'd need to ask", m="",
         n="nothing concrete offered; not a question to the customer"),
    dict(p=None, s="options",
         t="There's two ways we can go. I can credit the account now, or have a replacement with you next week. "
           "Which do you prefer?", m="OIQ", n="times inside a choice: not commitment (rule 3)"),
    dict(p=None, s="commitment",
         t="I'm really sorry, that's three weeks you've been waiting. I've sent the order out again on next-day, "
           "it's on tomorrow morning's van, and the tracking number comes to you by text before six tonight. thanks for bearing with us",
         m="AEOCG"),
    dict(p=None, s="options",
         t="I'm sorry this has dragged on. I can give you the delivery charge back now, or send the replacement by courier "
           "today, whichever you'd prefer, and I'll confirm it all by email within the hour", m="EOCI",
         n="times inside the choice are offers; the email within the hour is a separate declared step"),
    dict(p=None, s="commitment", t="I've escalated it to my team leader and she'll call you before five tonight", m="C",
         n="escalation with a time: commitment, not options (rule 4)"),
    dict(p=None, s="commitment", t="I'll sort it", m=""),
    dict(p=None, s="commitment", t="refund's done, you'll have the confirmation text within five minutes or so",
         m="OC"),
    dict(p=None, s="close", t="really appreciate your patience today, and thank you for letting us put it right. the written "
           "confirmation'll be with you by tomorrow lunchtime", m="CG"),
    dict(p=None, s="close", t="is there anything else at all?", m="Q"),
]

write_batch(ITEMS, "gc", Path(__file__).with_name("replies_extra184.jsonl"))
