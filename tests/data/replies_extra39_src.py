"""Source of `replies_extra39.jsonl`: a thirty-ninth batch of hand-written trainee replies (tune split only).

A cross-section in the style and labelling habits of the tune part of `replies.jsonl`, meant as an
unseen check of how the judge generalises. Each reply is the trainee's answer to one particular line
a persona has just said (a vent line, a "heard" challenge, a demand, a "when exactly?", a hidden fact
coming out, a closing remark), so replies pick up specifics: the sofa moved for the engineer, the
fish on ice, the relentlessly green status page, the seller's solicitor, the bathtub, Kevin on the
chat. Nineteen replies for each of the six personas and twenty-one generic ones, all stages. Roughly
the tune part's proportions: about a quarter each with acknowledge, empathise and options; about
37% with a fault, spread over all twelve kinds (four to six each, counting second faults; a few
beside marks, after a mark, or cancelling one through "but"); about 22% good replies with three or
more marks; a handful with no mark and no fault. About half are styled like a Whisper transcript.

Written one at a time, by someone who had not read the held-back part of `replies.jsonl`, the other
`replies_extra*` batches (apart from batch 8, for the format) or the judge's code. Nothing is
generated from a template. Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from
tests/data writes `replies_extra39.jsonl` next to it (ids an0001…, split "tune") and prints
per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- missed-technician (Bernadette)
    dict(p=MT, s="vent", t="mm. all that getting ready, the sofa moved and everything, and nobody came. go on", m="A",
         n="says the main point back while letting her vent"),
    dict(p=MT, s="vent", t="if you carry on shouting at me like this I'm putting the phone down", m="", v=["threat_back"]),
    dict(p=MT, s="vent", t="mm-hm", m="", n="filler while she vents"),
    dict(p=MT, s="heard", t="okay no need to get snippy with me, I'm only reading back what you said", m="", v=["calm_down"],
         n="answer to the budgie jibe; telling her to tone it down, like 'no need to shout'"),
    dict(p=MT, s="heard", t="I- I am bothered honestly. two whole days off work and not so much as a text to say he wasnt coming, I'd be livid", m="AE"),
    dict(p=MT, s="heard", t="No, you're right, I'm not. It's your mornings and your wages that took the hit, and I'm really sorry about that.", m="AE"),
    dict(p=MT, s="heard", t="hm that's odd, it's showing on here that he attended both times", m="", v=["doubt"]),
    dict(p=MT, s="heard", t="um can I ask, did you get any grief from work for taking the second day", m="Q"),
    dict(p=MT, s="options", t="Right, here's what I can do. I'll take the installation fee off completely, put a month's credit on your account, and give you the eight o'clock slot so he's first job of the day. How does that sound?", m="OIQ",
         n="'I'll' inside a proposal waiting for her answer, no time: options, not commitment"),
    dict(p=MT, s="options", t="a full refund of everything since you signed isn't something I can sign off, I'll be honest. I can waive the install fee and put a months credit on though. would that go some way to putting it right", m="OIQ",
         n="honest obstacle, not a policy wall"),
    dict(p=MT, s="options", t="yeah look I'll just refund everything you've paid since day one and I'll sort out the wages you lost as well, leave it with me", m="O", v=["over_promise"]),
    dict(p=MT, s="commitment", t="It's me. I'm owning this. The engineer's booked for eight a.m. Thursday, first on his list, and I'll ring you Wednesday at five to make sure he's on the sheet.", m="OC"),
    dict(p=MT, s="commitment", t="he'll be with you at eight, first job, and if there's any hold up at all I'll ring you myself by quarter past. thank you for giving us one more go", m="OCG",
         n="confirming the first-slot appointment is options; 'by quarter past' a timed step"),
    dict(p=MT, s="close", t="that's fair enough, you've every right to still be cross. thanks for sticking with us, and the credit'll be on your account by tonight", m="EOCG"),
    dict(p=MT, s="heard", t="to be fair he'd probably got held up on the job before, it happens, they're run off their feet this time of year", m="", v=["dismissal"],
         n="excuses that brush the two missed visits off"),
    dict(p=MT, s="heard", t="the installs are done by contractors not our own staff, so really it's them who should have rung you. I'll put a credit on your account for it today though", m="OC", v=["blame"],
         n="the offer comes after the fault and stands"),
    dict(p=MT, s="heard", t="Oh god. Four hours jumping up every time a white van went by. That's miserable, I'm so sorry.", m="AE"),
    dict(p=MT, s="heard", t="so half eleven the app's telling you he's on his way and then nothing. that's maddening. did anyone get in touch at all after that", m="AEQ"),
    dict(p=MT, s="heard", t="We don't compensate for missed appointments, I'm afraid. That's just company policy.", m="", v=["policy"]),

    # ---------------------------------------------------------------- lost-express (Marcus)
    dict(p=LE, s="vent", t="oh no. so there's fish sat on ice at the restaurant waiting on this. okay. I'm listening", m="A"),
    dict(p=LE, s="vent", t="right what's the tracking number on it sorry", m="Q", v=["premature_details"],
         n="'sorry' is a politeness marker"),
    dict(p=LE, s="vent", t="you paid extra for express and it still didn't turn up. I'd be fuming, honestly", m="AE"),
    dict(p=LE, s="heard", t="I do. You told your client overnight, so now you're the one taking the chef's calls every twenty minutes. I'd feel like a mug too, and I'm sorry.", m="AE"),
    dict(p=LE, s="heard", t="you're claiming the tracking never updated, but I can see a scan from tuesday", m="", v=["accusation", "doubt"]),
    dict(p=LE, s="heard", t="and you're the one stuck in the middle with nothing to tell him. that's a horrible place to be. when does the chef need the parts by, realistically", m="AEQ"),
    dict(p=LE, s="heard", t="How big a customer is the restaurant for you, if you don't mind me asking?", m="Q"),
    dict(p=LE, s="options", t="okay something real. I'm booking a same day courier to collect the replacement parts from you, on us, and I'm refunding the express fee. you can tell the chef they're on their way this afternoon", m="OC",
         n="declared steps, not a proposal, with 'this afternoon': commitment; our own courier, so not a courier-controlled promise"),
    dict(p=LE, s="options", t="we'll cover the business you lose over this, no question, just send me what the job was worth", m="O", v=["over_promise"]),
    dict(p=LE, s="options", t="I can refund the express charge and get a trace going today, or if you don't want to wait on the trace I can send a courier with replacement parts at our cost. Which is more use to you right now?", m="OIQ",
         n="'today' inside a choice: not a commitment"),
    dict(p=LE, s="commitment", t="Two o'clock. I'll ring you at two with wherever the trace has got to, even if it's nothing new.", m="C",
         n="a callback with a time; says where the trace is, offers nothing new"),
    dict(p=LE, s="commitment", t="so the trace is open, your express fee's refunded as of now, and I'll text you the courier's details by half one. does that work for the chef", m="OCIQ"),
    dict(p=LE, s="heard", t="well I'm not a mind reader am I", m="", v=["insult"]),
    dict(p=LE, s="heard", t="look I didn't lose your parcel personally so there's no point shouting at me", m="", v=["dismissal", "calm_down"]),
    dict(p=LE, s="close", t="thank you for bearing with me. the trace reference is in your inbox now, and I'll ring you at three with an update either way", m="OCG",
         n="confirming the trace is open is a remedy"),
    dict(p=LE, s="heard", t="We apologise for any inconvenience caused to you and your client.", m="", v=["non_apology"]),
    dict(p=LE, s="heard", t="so it's not just this job, it's a third of your work and your nephew's job riding on it. that's a massive worry, I'm so sorry", m="AE"),
    dict(p=LE, s="heard", t="thanks for telling me about your nephew, it genuinely helps me see what's at stake", m="G"),
    dict(p=LE, s="heard", t="the tracking stopping at collected means the depot never scanned it in, that's on the courier's side not ours. I'm really sorry though, I know your client's waiting", m="E", v=["blame"],
         n="apology after the fault is not cancelled"),

    # ---------------------------------------------------------------- escalated-exec (Eleanor)
    dict(p=EE, s="vent", t="forty lorries at the docks, and the status page saying everything's fine. okay", m="A"),
    dict(p=EE, s="vent", t="Six hours of dead scanners. I'm sorry. Please, carry on.", m="AE"),
    dict(p=EE, s="heard", t="I do. pickers stood in the aisles with dead scanners, drivers on the clock, your customers ringing you. it must have been chaos and I'm sorry we put your team through that", m="AE"),
    dict(p=EE, s="heard", t="in fairness the monday one was a DNS fault at our cloud provider, it wasn't our platform as such", m="", v=["blame"]),
    dict(p=EE, s="heard", t="I hear you, but with respect the SLA is measured across the whole quarter, so technically only two of those count as breaches", m="", v=["correcting"],
         n="'but' leads into the correction: no acknowledgement"),
    dict(p=EE, s="heard", t="I've noted your claim that all three incidents were breaches.", m="", v=["accusation"]),
    dict(p=EE, s="heard", t="so your board's asking if they should stay with us, and you're the one who stood up and argued for us. that's an awful position to be put in, I'm sorry", m="AE"),
    dict(p=EE, s="options", t="I won't say that. What I can put on the table is the service credit for this quarter, a named account manager from Monday, and a written root-cause report by the twenty-eighth. Which of those matters most to your board?", m="OIQ",
         n="dates inside an offer: not yet a commitment"),
    dict(p=EE, s="options", t="we can let you out of the contract with no penalty, honestly that's the least we can do", m="O", v=["over_promise"]),
    dict(p=EE, s="options", t="I can't release you from the contract or talk damages, I'll be upfront about that. what I can do is the SLA credit and a root cause report with real dates in it. would that give you something to take back to the board", m="OIQ"),
    dict(p=EE, s="commitment", t="Your account manager is Hannah Price. She'll email you by five today, and the root-cause report will be with you by Friday the twelfth.", m="OC"),
    dict(p=EE, s="commitment", t="I'll send you the dates in writing before close of business today, copied to your chief executive like you asked. is there anyone else on your side you want copied in", m="CIQ",
         n="written confirmation is a timed step, not a remedy; asks her preference"),
    dict(p=EE, s="heard", t="lawyers? well if that's how you want to play it that's your call", m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="I'm sorry you feel the service hasn't met your expectations.", m="", v=["non_apology"]),
    dict(p=EE, s="close", t="thank you for giving us the chance to fix this. you'll have the summary in writing by five, with your account manager's details in it", m="OCG"),
    dict(p=EE, s="heard", t="how did your team handle the customers ringing in while it was down? I'm sorry, that can't have been easy for them", m="EQ"),
    dict(p=EE, s="heard", t="you're right, the status page stayed green the whole time and that's on us. I'm sorry", m="AE"),
    dict(p=EE, s="heard", t="I'd appreciate it if you kept your tone professional, Ms Ashcombe.", m="", v=["calm_down"]),
    dict(p=EE, s="heard", t="uh thank you for- for spelling out the numbers, that's really useful for me to take to the network team", m="G"),

    # ---------------------------------------------------------------- vip-client (Julian)
    dict(p=VC, s="vent", t="from the seller's solicitor, not from us. right", m="A"),
    dict(p=VC, s="vent", t="Certainly, Mr Fairclough. May I start with the last four digits of the account?", m="Q", v=["premature_details"]),
    dict(p=VC, s="heard", t="I'd imagine it felt humiliating honestly, hearing it from the other side of the deal. I'm so sorry", m="AE"),
    dict(p=VC, s="heard", t="transfers over a certain size do get held for checks sir, that's standard at every bank", m="", v=["correcting"]),
    dict(p=VC, s="heard", t="Well, with respect, perhaps Sterling and Marsh would suit you better, then.", m="", v=["threat_back"],
         n="'move your accounts then'"),
    dict(p=VC, s="heard", t="I'm not sure the delay was all on our side, the instruction may have come in after the cut off", m="", v=["doubt"],
         n="speculates the client was late; no evidence cited, so doubt rather than accusation"),
    dict(p=VC, s="heard", t="did the seller end up giving you a deadline?", m="Q"),
    dict(p=VC, s="heard", t="Fair enough. Plainly, then: eleven years with us, and you had to find out from the other side's solicitor. That isn't good enough, and I'm sorry.", m="AE"),
    dict(p=VC, s="options", t="i cant do a year without fees, I'll be straight with you. I can reverse the fees on this transfer, give you a direct line to a named senior banker, and put all your transfers on same day from now on. would that be a start", m="OIQ"),
    dict(p=VC, s="options", t="I'll get our chief executive to ring you personally, and I'll waive your fees for the year", m="O", v=["over_promise"]),
    dict(p=VC, s="commitment", t="your senior banker will be Tom Whitlock. he'll ring you by ten tomorrow with his direct line, and the fee reversal's already gone through. is ten convenient for you", m="OCIQ"),
    dict(p=VC, s="commitment", t="I'll look into it and someone will be in touch shortly", m="", n="vague: no time"),
    dict(p=VC, s="heard", t="thank you for staying on the line with me, Mr Fairclough. having to ring the seller yourself and plead, that should never have been on you, I'm sorry. what would you most like from us now?", m="AEGIQ"),
    dict(p=VC, s="options", t="would it help more to have a named banker you can ring directly, or every transfer expedited from now on? I can do both if you'd like", m="OIQ"),
    dict(p=VC, s="close", t="thank you, that's kind. and thank you for giving us the chance to keep your business, I'll ring you on friday to check everything's in place", m="CG"),
    dict(p=VC, s="heard", t="standing in an empty hallway while someone else had the keys. I can completely see why you're angry", m="AE"),
    dict(p=VC, s="heard", t="I'm sure Sterling and Marsh hang on your every word, sir", m="", v=["insult"], n="sarcasm"),
    dict(p=VC, s="vent", t="I see.", m="", n="filler"),
    dict(p=VC, s="heard", t="for the record sir, the bank hasn't admitted any fault here", m="", v=["accusation"]),

    # ---------------------------------------------------------------- failed-twice (Kelly)
    dict(p=FT, s="vent", t="seven months and it's already been repaired twice. yeah", m="A"),
    dict(p=FT, s="vent", t="okay what's the serial number on the back of it", m="Q", v=["premature_details"]),
    dict(p=FT, s="heard", t="hand washing in the bath for two weeks, that's- that's brutal on your back. I'm really sorry", m="AE"),
    dict(p=FT, s="heard", t="Ninety bucks at the laundromat, and dragging a double stroller there twice a week. That's awful. Thank you for telling me.", m="AEG"),
    dict(p=FT, s="heard", t="sounds like it might be getting overloaded, with all the washing you're doing for the kids", m="", v=["correcting"],
         n="puts it down to how she uses it"),
    dict(p=FT, s="heard", t="two weeks of this with a toddler and a baby, honestly I'd be in tears. I'm so sorry. what would help most right now, the quickest fix or the surest one", m="AEIQ",
         n="choice question with no concrete remedy named: not options"),
    dict(p=FT, s="heard", t="You're right. You were told a supervisor would call within a day, and nobody did. That's on us.", m="A"),
    dict(p=FT, s="heard", t="is it just you at home or have you got a houseful to wash for", m="Q"),
    dict(p=FT, s="options", t="I can't do a better model or a refund, sorry, but I can swap it for a brand new one, same model, with two extra years warranty, or get a senior engineer out this week with a loan machine. which suits you better", m="OIQ",
         n="'sorry' for the refusal is not empathy; 'this week' inside a choice"),
    dict(p=FT, s="options", t="tell you what, I'll upgrade you to the newer model, no charge", m="O", v=["over_promise"]),
    dict(p=FT, s="options", t="A third repair's all I can book from here, I'm afraid. The system won't let me put a replacement through.", m="", v=["policy"]),
    dict(p=FT, s="commitment", t="thursday. senior engineer between eight and ten, and he's bringing a loan machine with him. I'll text you the booking in the next ten minutes. does thursday work with the kids", m="OCIQ"),
    dict(p=FT, s="commitment", t="someone from the supervisor team will get back to you", m="", n="no time"),
    dict(p=FT, s="close", t="don't you dare apologise, you've been great. thank you for hanging in there with us", m="G"),
    dict(p=FT, s="heard", t="ok just calm down a sec so I can actually look at this", m="", v=["calm_down"]),
    dict(p=FT, s="vent", t="wow okay, someone's had a morning", m="", v=["insult"], n="sarcastic aside"),
    dict(p=FT, s="heard", t="God, and now you've had to tell the whole thing from the start again, to me. I'm sorry, that's exhausting.", m="AE"),
    dict(p=FT, s="options", t="what would make this right for you, within what I'm able to do?", m="IQ"),
    dict(p=FT, s="heard", t="I'm sorry but you'll have to fill in the standard complaints form, that's the process", m="", v=["policy"],
         n="'sorry but' into a wall"),

    # ---------------------------------------------------------------- billing-error (Margaret)
    dict(p=BE, s="vent", t="mm. of course", m="", n="filler while she vents"),
    dict(p=BE, s="vent", t="oh dear, I'm so sorry. what's the postcode on the account please", m="EQ", v=["premature_details"]),
    dict(p=BE, s="heard", t="I do. On a pension every penny's accounted for, and we took it twice after you'd already cancelled. I'm really sorry, Mrs Ellison. How are you managing this month?", m="AEQ"),
    dict(p=BE, s="heard", t="I understand, but the cancellation only kicks in from the next billing date so the first charge was actually correct", m="", v=["correcting"],
         n="'but' into a correction cancels the acknowledgement"),
    dict(p=BE, s="heard", t="kevin on the chat shouldn't have told you that, he's new, he gets stuff wrong", m="", v=["blame"]),
    dict(p=BE, s="heard", t="being told it was fixed and then finding out it wasn't, yeah. that's the bit that stings. you trusted us and we let you down", m="AE"),
    dict(p=BE, s="heard", t="did the overdraft knock anything else over, like any other payments that bounced", m="Q"),
    dict(p=BE, s="options", t="I can refund both charges and cover the overdraft fee. I can't do free months, I'm afraid. Shall I go ahead with the refund?", m="OIQ"),
    dict(p=BE, s="heard", t="your allegation that we ignored your cancellation will be passed on to the billing team", m="", v=["accusation"]),
    dict(p=BE, s="commitment", t="Thursday the sixteenth. Both refunds and the overdraft fee will be back in your account by then, and the cancellation letter goes in tonight's post.", m="OC"),
    dict(p=BE, s="close", t="ha, I'll take the gold star. thank you Margaret, for being so patient, and for telling us about the chat, it really helps", m="G"),
    dict(p=BE, s="heard", t="I'm sorry you feel the chat didn't help you", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="I'm going to have to ask you to stop with the sarcasm or I'll end the call", m="", v=["threat_back"]),
    dict(p=BE, s="heard", t="it's only a few pounds really, your bank should sort the overdraft side of it", m="", v=["dismissal"]),
    dict(p=BE, s="heard", t="I mind. honestly it's rotten, you did everything right and you still ended up out of pocket", m="AE"),
    dict(p=BE, s="heard", t="Thank you for going through it so clearly. It makes it much easier for me to put right.", m="G"),
    dict(p=BE, s="heard", t="I'm so sorry, that's really upsetting. can I just ask how much the bank charged you, so I can add it to the refund", m="EOQ",
         n="a detail request that carries the offer to reimburse the fee"),
    dict(p=BE, s="commitment", t="thank you for your patience Mrs Ellison. I've put both refunds through and the overdraft fee with them, it'll all be with you by friday", m="OCG"),
    dict(p=BE, s="heard", t="nine years with us, and this is how we treat you. I'm so sorry. would it help if I stayed on the line while I process the refund", m="AEOIQ",
         n="'this is how we treat you' owns what happened: acknowledgement"),

    # ---------------------------------------------------------------- generic
    dict(p=None, s="heard", t="I've noted your complaint, but the evidence we've got shows it was delivered", m="", v=["accusation", "doubt"]),
    dict(p=None, s="heard", t="that's just how the system works, I can't change it", m="", v=["policy"]),
    dict(p=None, s="vent", t="whoa whoa whoa, settle down", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="I do apologise for any inconvenience.", m="", v=["non_apology"]),
    dict(p=None, s=None, t="I just take the calls, the decisions get made upstairs", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="that's down to the warehouse, they messed it up, not us", m="", v=["blame"]),
    dict(p=None, s="vent", t="can I take your full name and date of birth first", m="Q", v=["premature_details"]),
    dict(p=None, s="heard", t="it's not rocket science is it, if you'd read the email you'd of seen it", m="", v=["insult", "correcting"],
         n="'you'd of' mis-hearing"),
    dict(p=None, s="heard", t="I completely understand, and I'm sorry you've had to ring us again about it. Let me put it right properly this time.", m="AE",
         n="'sorry you've had to ring us again' is about the event: sincere"),
    dict(p=None, s="heard", t="that's really rotten luck, I'm sorry", m="E"),
    dict(p=None, s="heard", t="what's the biggest worry for you right now", m="Q"),
    dict(p=None, s="options", t="would you like a refund or a replacement sending out? totally your call", m="OIQ"),
    dict(p=None, s="close", t="honestly thank you for sticking with me through all that", m="G"),
    dict(p=None, s="commitment", t="I'll call you back by half four with an update, whatever's happened by then.", m="C"),
    dict(p=None, s="heard", t="I hear you. You were promised a call back and it never came. That's not okay.", m="A"),
    dict(p=None, s=None, t="hm", m=""),
    dict(p=None, s="heard", t="uh so just so I'm clear it came broken and then the second one came broken as well?", m="AQ", n="check-back question"),
    dict(p=None, s="close", t="is there anything else I can help with today", m="Q", n="ending check: not asks_input"),
    dict(p=None, s="options", t="I'm really sorry, you've been messed about. I can refund it now or send a new one out today, what would you prefer?", m="EOIQ",
         n="'you've been messed about' sympathises without saying back what happened; times inside a choice"),
    dict(p=None, s="commitment", t="thanks for being so patient. I've got a replacement booked for tomorrow and I'll ring you at ten to check it's on the van", m="OCG"),
    dict(p=None, s="heard", t="that sounds so stressful, and you've had to chase us for every bit of it. can I ask what you'd like to happen next?", m="AEIQ"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "an", Path(__file__).with_name("replies_extra39.jsonl"))
