"""Source of `replies_extra105.jsonl`: hand-written, hand-labelled trainee replies (tune split only).

Batch 105, theme "polite on the surface". About a third of the replies hide a fault under polite or
professional wording: passive-aggressive sarcasm, condescension, "with all due respect", exaggerated
courtesy, veiled digs at the customer, faint praise, brush-offs dressed up as help, backhanded
apologies, polite calls to calm down and quiet threats back. About twenty more carry blunt faults.
The rest are polite, clean replies (formal, warm or brisk), several of them hard negatives that use
the same polite formulas sincerely ("with respect to the fees", "for the record, you were right",
"you can relax about the overdraft fee", "if you'd rather have it in writing"). All six personas and
generic replies, every stage, roughly half styled like a Whisper transcript. Written cold, one item
at a time, from the label definitions in README.md, /work/shared/METHOD.md and the persona files
alone, without reading any labelled reply or the judge's code.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra105.jsonl` next to it (ids db0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician (Bernadette Kowalski) ---
    dict(p=MT, s="vent", t="mm-hm", m=""),
    dict(p=MT, s="vent", t="okay okay, if we could just, um, bring the temperature down a little bit mrs kowalski",
         m="", v=["calm_down"], n="polite 'bring the temperature down' is still telling her to calm down"),
    dict(p=MT, s="vent", t="So you waited in the whole morning, eight till twelve, twice, and not one phone call "
         "either time. That's awful. Please, go on.", m="AE"),
    dict(p=MT, s="heard", t="i- i do hear you mrs kowalski and im sorry if the wait was, um, frustrating for you",
         m="A", v=["non_apology"],
         n="'sorry if' is a backhanded apology; no contrastive connective, so 'I do hear you' keeps acknowledge (rule 2)"),
    dict(p=MT, s="heard", t="two mornings off work for nothing. if id lost two days pay waiting in for someone who "
         "never came id be livid too, im really sorry", m="AE"),
    dict(p=MT, s="heard", t="im so sorry mrs kowalski, the technicians are contractors so its really their "
         "scheduling thats let you down here", m="E", v=["blame"],
         n="apology comes first with no 'but', so it stands next to the blame on the contractors (rule 2)"),
    dict(p=MT, s="options", t="I'll be honest with you, I can't refund everything. What I can do is waive the "
         "installation fee, put a month's credit on the account, and book you the very first slot, 8 am. "
         "How does that sound?", m="OIQ", n="honest obstacle, not a policy wall (rule 11)"),
    dict(p=MT, s="options", t="I really do understand. That said, a full refund isn't something our procedures "
         "allow, I'm afraid. Rules are rules.", m="", v=["policy"],
         n="'that said' is contrastive and leads straight into the wall, so no acknowledge"),
    dict(p=MT, s="options", t="ill do you a full refund and a free year of broadband on top, sorted", m="O",
         v=["over_promise"]),
    dict(p=MT, s="commitment", t="ok so thats the fee waived, the credits going on today, and youre booked for "
         "eight am on thursday, first slot, ill text you the confirmation in the next ten minutes", m="OC"),
    dict(p=MT, s="heard", t="Mrs Kowalski, you're of course very welcome to take your broadband elsewhere if "
         "that's what you'd prefer.", m="", v=["threat_back"],
         n="courteous wording of 'move your account then'"),
    dict(p=MT, s="close", t="Thank you for sticking with us through this, Mrs Kowalski. I'll ring you Thursday "
         "afternoon to check it's all working.", m="GC"),
    dict(p=MT, s="vent", t="calm down.", m="", v=["calm_down"]),
    dict(p=MT, s="heard", t="are you sure you were actually in tho", m="", v=["doubt"]),
    dict(p=MT, s="heard", t="You're right, and I won't pretend otherwise. Nobody rang you, and that shouldn't "
         "have happened.", m="A"),
    dict(p=MT, s="options", t="so with respect to the appointment um i can get you the first slot, eight am, "
         "would tuesday or wednesday suit you better", m="OIQ",
         n="'with respect to' is a plain preposition here, not 'with all due respect'"),
    dict(p=MT, s="vent", t="oh god, twice? and no one rang? im so sorry, carry on", m="AE",
         n="the echoed 'twice?' is not a question put to her"),
    dict(p=MT, s="heard", t="I can hear how stressful this has been, especially with work.", m="AE",
         n="'I can hear how…' counts as both (rule 1)"),
    dict(p=MT, s="options", t="would an 8am first slot work for you? i'll also waive the installation fee",
         m="OIQ"),

    # --- lost-express (Marcus Adeyemi) ---
    dict(p=LE, s="vent", t="I'm terribly sorry to hear that, Mr Adeyemi. Before we go any further, could I take "
         "the tracking number?", m="EQ", v=["premature_details"],
         n="sincere apology, then a details request while he is still venting"),
    dict(p=LE, s="vent", t="parcels do go astray now and then sir, im afraid its just one of those things", m="",
         v=["dismissal"], n="minimising, softened with 'I'm afraid'"),
    dict(p=LE, s="heard", t="So you paid extra for overnight, the parts never turned up, and now it's your name on "
         "the line with the restaurant. I'm really sorry, that's a horrible spot to be in.", m="AE"),
    dict(p=LE, s="heard", t="I do completely sympathise, Mr Adeyemi, but in fairness it's the courier's depot "
         "that's lost it, not us.", m="", v=["blame"], n="'but' leads into blame, so the sympathy is cancelled"),
    dict(p=LE, s="options", t="I'd be very happy to look at it, sir, but I should gently point out that you chose "
         "not to take the enhanced cover.", m="", v=["correcting"],
         n="educates him about his own choice under a courteous opener"),
    dict(p=LE, s="options", t="Here's what I can do. I'll refund the express fee, open a trace on the parcel, and "
         "if you can get me the part numbers, I'll book a same-day courier for replacements, on us. Does that work "
         "for you?", m="OIQ", n="no time on the steps, so no commitment; part numbers is a request for details"),
    dict(p=LE, s="options", t="sorry, to book the same day courier i just need the address its going to, is it "
         "the restaurant on- on kings road?", m="OQ",
         n="'sorry' is a politeness marker; details asked at options stage are fine"),
    dict(p=LE, s="commitment", t="The express fee's refunded as of now, and the same-day courier's booked for this "
         "afternoon. I'll ring you at four with an update on the trace.", m="OC"),
    dict(p=LE, s="commitment", t="Please don't worry about your client, sir. We'll cover whatever business you lose "
         "over this, I promise.", m="O", v=["over_promise"], n="lost business is beyond what may be offered"),
    dict(p=LE, s="close", t="thanks marcus, honestly, thanks for giving us the chance to sort it. ill call you "
         "tomorrow at nine about the trace", m="GC"),
    dict(p=LE, s="heard", t="that's the courier's fault not ours mate", m="", v=["blame"]),
    dict(p=LE, s="heard", t="I appreciate your frustration, sir, but your relationship with your client really "
         "isn't something we can take responsibility for.", m="", v=["dismissal"],
         n="courteous brush-off of the impact on his business"),
    dict(p=LE, s="heard", t="I'm sure you packaged it perfectly, sir, but just to rule things out, was the label "
         "definitely on securely?", m="", v=["doubt"],
         n="doubting question under a compliment; not a real question"),
    dict(p=LE, s="heard", t="I'm sorry you've been left with a client shouting at you over something we lost, "
         "Mr Adeyemi.", m="AE", n="'sorry you' + the actual event is sincere (rule 7)"),
    dict(p=LE, s="options", t="i cant promise a delivery time, i'll be straight with you, but i can book a same day "
         "courier at our cost and refund the express fee, would that help?", m="OIQ",
         n="honest obstacle, then help"),
    dict(p=LE, s="heard", t="yeah no, youre right, you paid for overnight and you got nothing, not even a tracking "
         "update. thats on us", m="A"),
    dict(p=LE, s="options", t="would it help if i opened a trace right now while were talking", m="OIQ",
         n="'right now' inside a proposal is an offer, not a commitment (rule 3)"),
    dict(p=LE, s="close", t="Is there anything else at all I can do for you, Mr Adeyemi?", m="Q",
         n="ending check: question, not asks_input (rule 6)"),

    # --- escalated-exec (Eleanor Ashcombe) ---
    dict(p=EE, s="vent", t="I'm listening, Ms Ashcombe. Please go on.", m="", n="back-channel (rule 13)"),
    dict(p=EE, s="vent", t="Ms Ashcombe, I'm going to have to ask you to let me speak for a moment.", m="",
         v=["calm_down"], n="formal 'stop talking'"),
    dict(p=EE, s="heard", t="Three outages in one quarter, each one over the SLA, and your warehouses standing "
         "still every time. I understand completely why you went to our CEO. I'd have done the same.", m="AE"),
    dict(p=EE, s="heard", t="With respect, Ms Ashcombe, going over my head to the CEO doesn't actually speed "
         "anything up. It just adds a step.", m="", v=["correcting"],
         n="'with respect' opening a lecture on how she should escalate"),
    dict(p=EE, s="heard", t="We do regret any inconvenience the service interruptions may have caused your team.",
         m="", v=["non_apology"]),
    dict(p=EE, s="heard", t="I'm sure a Director of Operations appreciates that no platform can promise a hundred "
         "percent uptime.", m="", v=["correcting", "insult"],
         n="educates her about uptime, wrapped in a condescending compliment"),
    dict(p=EE, s="heard", t="Just so I can note it accurately, you're alleging three separate breaches this "
         "quarter?", m="", v=["accusation"], n="'you're alleging…?' is court-room language, not a real question"),
    dict(p=EE, s="options", t="I can't release you from the contract, and I won't pretend I can. What I can do is "
         "apply the SLA service credit for the whole quarter, assign you a named account manager, and send a "
         "written root-cause report. Which of those matters most to you?", m="OIQ"),
    dict(p=EE, s="options", t="I'd genuinely love to help, Ms Ashcombe, but outages really aren't my department. "
         "Your account contact would be the best person.", m="", v=["dismissal"],
         n="'not my department' dressed as a helpful referral"),
    dict(p=EE, s="options", t="I would just note that early termination does carry the penalty set out in your "
         "agreement.", m="", v=["correcting", "threat_back"],
         n="quiet threat back at her cancellation threat, citing the terms"),
    dict(p=EE, s="commitment", t="right so um daniel price will be your account manager, hell call you before five "
         "today, and youll have the root cause report in writing by friday the twentieth", m="OC"),
    dict(p=EE, s="commitment", t="Our legal team would be more than happy to hear from yours, Ms Ashcombe.", m="",
         v=["threat_back"], n="courteous 'go ahead, sue us'"),
    dict(p=EE, s="close", t="Thank you for giving us the chance to put this right, Ms Ashcombe. I know your board "
         "is watching, and I'll make sure Daniel has everything before he rings you.", m="GA",
         n="'before he rings you' is no time, so no commitment; the board line shows she was heard"),
    dict(p=EE, s="heard", t="are you finished", m="", v=["insult"]),
    dict(p=EE, s="heard", t="Go ahead and call your lawyer then.", m="", v=["threat_back"]),
    dict(p=EE, s="commitment", t="absolutely um ms ashcombe i'll make sure this is the last outage you ever have "
         "with us", m="", v=["over_promise"], n="guarantee of zero downtime, no remedy"),
    dict(p=EE, s="heard", t="Your allegation has been noted.", m="", v=["accusation"]),
    dict(p=EE, s="heard", t="Just so I understand the impact, how long were the warehouses down this last time?",
         m="Q"),
    dict(p=EE, s="heard", t="if i was in your shoes, um, with the board asking questions, i'd feel exactly the same",
         m="AE"),
    dict(p=EE, s="commitment", t="youll have the root cause report from me in writing by wednesday the eighteenth, um, "
         "signed off by our head of engineering", m="OC"),

    # --- vip-client (Julian Fairclough) ---
    dict(p=VC, s="vent", t="Of course, Mr Fairclough. I'm sure at Sterling and Marsh they'd have sorted it before "
         "you'd finished your sentence.", m="", v=["insult"], n="sarcasm behind 'of course'"),
    dict(p=VC, s="vent", t="Of course, sir. For security, could you confirm your date of birth?", m="Q",
         v=["premature_details"]),
    dict(p=VC, s="vent", t="Two days late on a house completion, and you heard about it from the seller's "
         "solicitor rather than from us. I understand. Please carry on.", m="A"),
    dict(p=VC, s="heard", t="with all due respect sir youre not our only client and international transfers do take "
         "a couple days sometimes", m="", v=["insult", "dismissal"],
         n="a dig at the customer plus minimising the delay"),
    dict(p=VC, s="heard", t="I completely understand, sir, but delays like this are simply part and parcel of "
         "international wires.", m="", v=["dismissal"], n="'but' into minimising cancels acknowledge"),
    dict(p=VC, s="heard", t="if i may sir the cut off for same day wires is like two pm, which is probably where "
         "the, uh, the confusion came in", m="", v=["correcting"]),
    dict(p=VC, s="heard", t="Our records show the wire left us on time, sir, so I do wonder whether the hold-up was "
         "at the receiving bank's end.", m="", v=["doubt", "blame"],
         n="records used to deny our delay (doubt) and pin it on the other bank (blame); not the customer's error"),
    dict(p=VC, s="heard", t="mr fairclough i- i cant imagine standing in that hallway watching the deal almost go, "
         "and hearing it from the sellers solicitor first. im so sorry", m="AE", n="rule 8"),
    dict(p=VC, s="options", t="Should you wish to move your portfolio, sir, I can certainly arrange the transfer "
         "paperwork for you today.", m="", v=["threat_back"],
         n="helpful-sounding 'move your accounts then'; not a remedy"),
    dict(p=VC, s="options", t="I can reverse the fees on that transfer, give you a direct line to Claire Davenport, "
         "one of our senior relationship bankers, and put same-day priority on all your transfers from now on. "
         "Would you like all three?", m="OIQ"),
    dict(p=VC, s="options", t="With respect to the fees, Mr Fairclough, I reversed them this morning before you "
         "rang.", m="OC", n="'with respect to' is sincere; a done step with a time counts as commitment"),
    dict(p=VC, s="commitment", t="Leave it with me, sir. I'll arrange for our chief executive to call you "
         "personally this week.", m="OC", v=["over_promise"],
         n="CEO apology is beyond the limits; step has a deadline"),
    dict(p=VC, s="commitment", t="so claire will ring you at ten tomorrow morning with her direct line, and the fee "
         "reversal's going through this afternoon, you'll see it by end of day", m="OC"),
    dict(p=VC, s="close", t="Certainly, Mr Fairclough. Whatever you say, Mr Fairclough. Will there be anything "
         "else, Mr Fairclough?", m="", v=["insult"],
         n="exaggerated courtesy as sarcasm; the closing question is not sincere"),
    dict(p=VC, s="close", t="Thank you for your patience today, Mr Fairclough, and for telling us how it landed. "
         "I'll check in with you on Friday to make sure everything's in place.", m="GC"),
    dict(p=VC, s="heard", t="sorry you feel that way", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="You're being ridiculous now, sir.", m="", v=["insult"]),
    dict(p=VC, s="options", t="the system wont let me reverse it so", m="", v=["policy"]),
    dict(p=VC, s="heard", t="mr fairclough your right, you should of heard it from us not from the other side", m="A"),
    dict(p=VC, s="options", t="what would matter most to you going forward sir, speed on the transfers or having "
         "one person you can ring directly", m="OIQ", n="choice between two remedies, no '?'"),
    dict(p=VC, s="vent", t="Please, take your time, Mr Fairclough. I want to hear all of it.", m="",
         n="sincere invitation to keep venting; no calm_down, no mark"),

    # --- failed-twice (Kelly Brennan) ---
    dict(p=FT, s="vent", t="okay. um, yeah, im listening", m=""),
    dict(p=FT, s="vent", t="mm im sorry your having a bad day ma'am", m="", v=["non_apology"]),
    dict(p=FT, s="vent", t="So it's been fixed twice and it's broken again, and the supervisor who was meant to "
         "call you on Monday never did. I'm so sorry, Mrs Brennan.", m="AE"),
    dict(p=FT, s="heard", t="ma'am i totally get it but i would just ask you take a breath for me real quick", m="",
         v=["calm_down"], n="'but' into calm_down cancels 'I totally get it'"),
    dict(p=FT, s="heard", t="okay so just so you know for next time, the callback window is actually one to three "
         "working days, not one day", m="", v=["correcting"]),
    dict(p=FT, s="heard", t="okay so your saying the machine just, stopped, with no, um, misuse or anything on your "
         "end", m="", v=["accusation", "doubt"], n="'you're saying' plus insinuated misuse"),
    dict(p=FT, s="heard", t="Thank you for your patience, Mrs Brennan. Two weeks without a washing machine is "
         "really hard, and you should've had that callback on Monday.", m="GAE"),
    dict(p=FT, s="options", t="so what i can do is um give you the number for customer relations and theyll be super "
         "happy to help you with that", m="", v=["dismissal"], n="brush-off dressed as help; no remedy"),
    dict(p=FT, s="options", t="ok so i cant do a refund but i can do two things, a brand new machine same model with "
         "an extra two year warranty, or a senior engineer out this week with a loan machine while its fixed. "
         "whichd you prefer", m="OIQ", n="'this week' sits inside a choice, so no commitment (rule 3)"),
    dict(p=FT, s="options", t="Mrs Brennan, you have my personal guarantee this machine will never let you down "
         "again.", m="", v=["over_promise"], n="bare guarantee (rule 5)"),
    dict(p=FT, s="options", t="fine, I'll upgrade you to the new model, no charge.", m="O", v=["over_promise"]),
    dict(p=FT, s="commitment", t="so thats the replacement ordered, itll be delivered thursday between eight and one, "
         "we'll take the old one away and the two year warranty starts same day", m="OC"),
    dict(p=FT, s="close", t="thank you kelly, really, and i'll call you thursday afternoon just to make sure its all "
         "installed ok", m="GC"),
    dict(p=FT, s="heard", t="these machines break. thats just what they do", m="", v=["dismissal"]),
    dict(p=FT, s="heard", t="ill put the phone down on you im not joking", m="", v=["threat_back"]),
    dict(p=FT, s="heard", t="I'd never tell you to calm down, Mrs Brennan. You've every right to be furious.",
         m="E", n="negated calm_down said in her favour; the validation is sincere"),
    dict(p=FT, s="heard", t="can i ask like how youve been managing with the washing in the meantime", m="Q"),
    dict(p=FT, s="heard", t="seven months old and its broke twice since the repair, id be at the end of my rope too "
         "honestly",
         m="AE"),
    dict(p=FT, s="commitment", t="ok the senior engineers booked for wednesday morning and ill get a loan machine to "
         "you tomorrow by midday", m="OC"),

    # --- billing-error (Margaret Ellison) ---
    dict(p=BE, s="vent", t="Oh, Mrs Ellison, charged twice after you'd cancelled. I'm so sorry. Please, tell me "
         "everything.", m="AE"),
    dict(p=BE, s="vent", t="oh dear, well, at least its only the two charges and not more eh", m="",
         v=["dismissal"], n="minimising"),
    dict(p=BE, s="vent", t="whats your account number", m="Q", v=["premature_details"]),
    dict(p=BE, s="heard", t="Mrs Ellison, I do appreciate that you'd want everything explained step by step, so "
         "I'll go nice and slowly for you.", m="", v=["insult"], n="condescension in courteous wording"),
    dict(p=BE, s="heard", t="I apologise for any confusion our chat colleague may have caused.", m="",
         v=["non_apology"]),
    dict(p=BE, s="heard", t="Just so you're aware, Mrs Ellison, cancellations only take effect at the end of the "
         "billing cycle. It's all in the terms.", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="For the record, the first cancellation request we have on file is dated the twelfth.",
         m="", v=["accusation", "correcting"], n="rule 10"),
    dict(p=BE, s="heard", t="It's odd, because I'm showing the refund as already processed on our side. Might it "
         "just not have reached your statement yet?", m="", v=["doubt"],
         n="'it says here everything went fine'; the question doubts her"),
    dict(p=BE, s="heard", t="Thank you for telling me about the rent, Mrs Ellison. I'm so sorry, having your "
         "landlord ring you over something we caused must have been awful.", m="GAE"),
    dict(p=BE, s="heard", t="i- i hear you, you cancelled, we took it twice anyway, and then chat told you it was "
         "sorted when it wasnt. thats not ok", m="A"),
    dict(p=BE, s="options", t="I can refund both charges, reimburse the overdraft fee, and send you written "
         "confirmation that the subscription is cancelled. Would you like the confirmation by post or email?",
         m="OIQ"),
    dict(p=BE, s="options", t="What I'd suggest is popping your complaint in writing to our customer relations "
         "address, and they'll review it in due course.", m="", v=["policy"],
         n="'put it in writing' framed as a helpful suggestion"),
    dict(p=BE, s="options", t="To make up for it, I've added three free months to your account, with our "
         "compliments.", m="O", v=["over_promise"]),
    dict(p=BE, s="options", t="If you'd rather have it in writing, I'm happy to post you the confirmation today.",
         m="O", n="written confirmation is an allowed remedy; an offer, so no commitment; not a policy wall"),
    dict(p=BE, s="commitment", t="so both charges are going back today, the overdraft fee ill reimburse today too, "
         "and the letter confirming the cancellation goes out first class tomorrow", m="OC"),
    dict(p=BE, s="commitment", t="You can relax about the overdraft fee, Mrs Ellison. It's being reimbursed today, "
         "along with both charges.", m="OC", n="'relax' as reassurance after the fix, not telling her to calm down"),
    dict(p=BE, s="commitment", t="I'm more than happy to keep going, Mrs Ellison, but I will have to end the call if "
         "the tone continues.", m="", v=["threat_back"]),
    dict(p=BE, s="close", t="Thank you, Mrs Ellison. Nine years is a long time, and I'm grateful you gave us the "
         "chance to put it right. Is there anything else I can help with today?", m="GQ"),
    dict(p=BE, s="heard", t="you should of read the terms before cancelling", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="well who told you it was fixed cos it wasnt me", m="", v=["blame", "dismissal"],
         n="hunting the colleague at fault and 'not me' ducking"),
    dict(p=BE, s="heard", t="im so sorry mrs ellison, you did everything right and we still, we still got it wrong",
         m="AE"),
    dict(p=BE, s="close", t="thank you mrs ellison, you've been ever so patient with me", m="G"),

    # --- generic ---
    dict(p=None, s="vent", t="I can hear you're very passionate about this, which is lovely, but if you could lower "
         "your voice slightly I'll be able to help.", m="", v=["calm_down"],
         n="patronising opener, 'but' into calm_down"),
    dict(p=None, s="heard", t="I'm sure it feels like the end of the world right now.", m="", v=["insult"],
         n="condescending about the feeling"),
    dict(p=None, s="close", t="We're sorry that our service didn't meet your expectations on this occasion.", m="",
         v=["non_apology"], n="corporate apology for their expectations, not for what happened"),
    dict(p=None, s="heard", t="I'd hate for us to have to end the call early, so let's keep it respectful, shall we?",
         m="", v=["threat_back", "calm_down"], n="'shall we?' is not a real question"),
    dict(p=None, s="heard", t="Thank you so much for that lecture, it was very informative.", m="", v=["insult"],
         n="sarcastic thanks"),
    dict(p=None, s="options", t="I'd genuinely love to do that for you, but I'm afraid the system just won't let me "
         "override it.", m="", v=["policy"]),
    dict(p=None, s="vent", t="mm-hm. sorry whats the order number", m="Q", v=["premature_details"]),
    dict(p=None, s="heard", t="*sighs* right.", m="", v=["insult"], n="rule 12"),
    dict(p=None, s="options", t="put it in writing.", m="", v=["policy"]),
    dict(p=None, s="vent", t="stop talking and let me check", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="I understand.", m="A", n="rule 1"),
    dict(p=None, s="options", t="Thank you for bearing with me while I checked that.", m="G"),
    dict(p=None, s="heard", t="ok, so just so i've got this right, it happened again this morning?", m="AQ"),
    dict(p=None, s="heard", t="honestly i'd be fuming too", m="E"),
    dict(p=None, s="options", t="what would, um, what would put this right for you", m="IQ"),
    dict(p=None, s="heard", t="im really sorry we let you down, um, let me be the one to sort this out for you ok",
         m="E"),
    dict(p=None, s="heard", t="For the record, you were right and we were wrong.", m="A",
         n="'for the record' said in the customer's favour; no court-room stance"),
    dict(p=None, s="heard", t="Technically it should never have got this far, and that's on us. I'm sorry.",
         m="AE", n="'technically' conceding, not correcting"),
    dict(p=None, s="options", t="uh would you rather i refund it or send a replacement out", m="OIQ"),
    dict(p=None, s="commitment", t="I'll call you back by four o'clock today with an answer either way.", m="C"),
    dict(p=None, s="heard", t="look im not saying your wrong, im just saying most people manage to read the email",
         m="", v=["correcting", "insult"], n="veiled dig that corrects her"),
    dict(p=None, s="heard", t="I can see why you're upset.", m="AE", n="rule 1"),
    dict(p=None, s="options", t="Shall I go ahead and set that up for you?", m="IQ"),
    dict(p=None, s="vent", t="Okay.", m=""),
    dict(p=None, s="close", t="Thanks so much for calling in about this, it really does help us fix things.",
         m="G"),
    dict(p=None, s=None, t="with respect, that's not actually what the email said", m="", v=["correcting"],
         n="'with respect' leading into contradicting her"),
    dict(p=None, s=None, t="of course. and thank you, genuinely, for being so patient while we sorted it", m="G"),
]

write_batch(ITEMS, "db", Path(__file__).with_name("replies_extra105.jsonl"))
