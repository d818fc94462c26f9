"""Source of `replies_extra37.jsonl`: batch 37 of hand-written trainee replies (tune split only).

A cross-section in the style and labelling habits of the tune part of `replies.jsonl`, meant as an
unseen check of how well the judge generalises. Each persona gets three whole calls, vent to
close, by trainees of mixed skill (one mostly weak, one mostly strong, one in between), about
eighteen replies per persona, plus about twenty generic replies. Roughly a third of the replies
carry a fault, spread over all twelve kinds (some beside marks, some cancelling a mark through
'but'); about a fifth are good replies with three or more marks; a few carry no mark and no fault.
About half are Whisper-style (lowercase, fillers, false starts, the odd mis-hearing), the rest
properly punctuated.

Written one at a time, by someone who had not read the held-back part of `replies.jsonl`, the
judge's code (`personas/judge.py`, `lexicon.py`, `learned.py`, `patterns.py`) or its models, and no
other batch than `replies_extra8_src.py` (for the format). Nothing is generated from a template.
Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from tests/data
writes `replies_extra37.jsonl` next to it (ids al0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ================================================================ missed-technician
    # ---------------------------------------------------------------- call 1: shaky start, recovers
    dict(p=MT, s="vent", t="ok um before you go on can I get the postcode on the account", m="Q", v=["premature_details"]),
    dict(p=MT, s="vent", t="mm-hm... yeah... okay", m=""),
    dict(p=MT, s="heard", t="well the technicians are run by a contractor so it's them that didn't turn up really, not us. I'm sorry about that though",
         m="E", v=["blame"], n="blame first; the apology after it is not cancelled"),
    dict(p=MT, s="heard", t="look I- I hear you, you sat in all morning twice and nobody even rang you, that's not on", m="A"),
    dict(p=MT, s="options", t="I really am sorry about all this. so what i can do is um waive the installation fee and get you booked in first slot at eight, does that sound alright", m="EOIQ"),
    dict(p=MT, s="commitment", t="okay so that's booked for friday eight am and I'll text you the confirmation in the next ten minutes. thanks for being patient with me",
         m="OCG", n="confirming the rebooked slot is options; the text with a time is commitment"),
    dict(p=MT, s="close", t="thanks for bearing with me bernadette, and sorry again about both mornings. I'll ring you thursday after he's been to check it's all working",
         m="EGC"),

    # ---------------------------------------------------------------- call 2: skilled
    dict(p=MT, s="vent", t="So that's the second time he hasn't turned up, and no call either time. Go on, I'm listening.", m="A"),
    dict(p=MT, s="heard", t="You took two days off for this and we wasted both of them. I'd be absolutely livid. I'm so sorry.", m="AE"),
    dict(p=MT, s="heard", t="Can I ask, were those mornings unpaid for you?", m="Q"),
    dict(p=MT, s="heard", t="So that's two mornings' wages gone because of us. I'm really sorry, and thank you for telling me that.", m="AEG"),
    dict(p=MT, s="options",
         t="I'll be honest, I can't refund everything you've paid. What I can do is waive the installation fee, put a month's credit on the account, and give you a guaranteed eight o'clock slot. Which day would be easiest for you?",
         m="OIQ", n="honest limit, not a policy wall"),
    dict(p=MT, s="commitment",
         t="Right, Thursday at eight is locked in as the first job, the fee's waived as of now, and I'll ring you by five today with the engineer's name. Does that work for you?",
         m="OCIQ"),

    # ---------------------------------------------------------------- call 3: uneven
    dict(p=MT, s="vent", t="right. uh huh. that's- yeah that's terrible", m="E", n="sympathy while letting her vent"),
    dict(p=MT, s="heard", t="alright alright I heard you the first time", m="", v=["insult"], n="impatient, not an acknowledgement"),
    dict(p=MT, s="heard", t="i'm sorry if you felt like nobody was taking it seriously", m="", v=["non_apology"]),
    dict(p=MT, s="heard", t="are you sure it was the eight til twelve slot you booked? cause some of them are twelve til four", m="", v=["doubt"],
         n="doubting question, not a real one"),
    dict(p=MT, s="heard", t="you're right to be annoyed. nobody should have to take a day off and then not even get a phone call. let me get you the first slot, eight am, on whatever day suits",
         m="AEOI", n="'whatever day suits' invites her preference without a question"),
    dict(p=MT, s="options", t="tell you what, I'll do you a full refund on everything and pay you back for the days you missed at work, no problem", m="O",
         v=["over_promise"]),
    dict(p=MT, s="commitment", t="so I've put you down for the eight o'clock slot on tuesday, and I'll text the confirmation over before you're off the phone", m="OC",
         n="'before you're off the phone' is a time attached to a declared step"),
    dict(p=MT, s="close", t="is there anything else i can help with today", m="Q", n="ending check: question, not asks_input"),

    # ================================================================ lost-express
    # ---------------------------------------------------------------- call 1: weak
    dict(p=LE, s="vent", t="god, overnight and still nothing. I'm sorry, carry on", m="AE", n="short restatement and a sincere apology while he vents"),
    dict(p=LE, s="heard", t="I mean parcels do go astray now and then, it's kind of part and parcel of shipping stuff", m="", v=["dismissal"]),
    dict(p=LE, s="heard", t="just so I've got your complaint down properly, you're alleging the parcel was never delivered", m="", v=["accusation"],
         n="restating as an allegation is not acknowledgement"),
    dict(p=LE, s="heard", t="I'm sorry for any inconvenience caused. I'll open a trace on it now", m="OC", v=["non_apology"],
         n="'any inconvenience' is a non-apology; the trace with 'now' is still an offer and a commitment"),
    dict(p=LE, s="options", t="I can put a trace on it for you, do you want me to do that?", m="OIQ"),

    # ---------------------------------------------------------------- call 2: strong
    dict(p=LE, s="vent", t="Okay. Overnight express, paid for, and nothing on the tracking since it was picked up. Keep going.", m="A"),
    dict(p=LE, s="heard", t="and your client's having a go at you for something that was our fault. I'd be mortified, I'm really sorry", m="AE"),
    dict(p=LE, s="heard", t="how much of your work is that restaurant, if you don't mind me asking?", m="Q"),
    dict(p=LE, s="heard", t="a third of your work, that's huge. thank you for being upfront about it, it helps me know what we're dealing with", m="AG"),
    dict(p=LE, s="options",
         t="So here's what I'd suggest. I send replacement parts to your client today by same-day courier, on us, refund the express fee, and open a trace on the original. Want me to start with the courier?",
         m="OIQ", n="'today' inside a proposal awaiting his answer: offer, not commitment"),
    dict(p=LE, s="commitment", t="courier's booked, collecting from you at one, and I'll text you the driver's details within fifteen minutes. the express fee refund goes through this afternoon. sorry again about all this",
         m="EOC"),
    dict(p=LE, s="close", t="thanks marcus. I'll give you a ring tomorrow morning to check the parts got there. anything else you need from me?", m="GCQ"),

    # ---------------------------------------------------------------- call 3: in between
    dict(p=LE, s="vent", t="yeah", m=""),
    dict(p=LE, s="heard", t="that's odd though, our overnight service basically never loses anything", m="", v=["doubt"]),
    dict(p=LE, s="heard", t="I'm sorry it's gone missing. thats the courier partners fault not ours, we just hand it over to them", m="E", v=["blame"],
         n="the apology comes before the blame with no 'but' leading into it, so it stands"),
    dict(p=LE, s="heard", t="look mate if you're that unhappy you're free to use a different courier next time", m="", v=["threat_back"]),
    dict(p=LE, s="options",
         t="i completely get why you want compensation. i can't cover the business side but i can refund the express fee and get replacement parts to your client same day at our cost. would that help?",
         m="AOIQ", n="honest limit then help: no policy wall"),
    dict(p=LE, s="options", t="anything over the liability limit has to go in writing to head office, that's the process", m="", v=["policy"]),
    dict(p=LE, s="commitment", t="the replacement parts will be with your client by five today, I guarantee it", m="OC", v=["over_promise"],
         n="guarantees a delivery time the courier controls"),

    # ================================================================ escalated-exec
    # ---------------------------------------------------------------- call 1: weak
    dict(p=EE, s="vent", t="mm. right", m=""),
    dict(p=EE, s="heard", t="technically the SLA allows ninety minutes a month so the first one didn't actually breach it", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="You're threatening legal action, which I'll have to note for the record.", m="", v=["accusation"]),
    dict(p=EE, s="heard", t="I'm sorry, but any request to leave the contract has to come through in writing to our legal team.", m="", v=["policy"],
         n="'sorry, but' into a policy wall: no empathy"),
    dict(p=EE, s="options",
         t="I- I can't release you from the contract, that's not something I'm able to authorise, sorry. what I can do is put the service credit through for this quarter",
         m="O", n="honest limit; 'sorry' for the refusal is not empathy"),
    dict(p=EE, s="close", t="ok well, thanks for calling", m="G", n="flat, but plain thanks to the customer, not sarcastic"),

    # ---------------------------------------------------------------- call 2: strong
    dict(p=EE, s="vent", t="Third outage this quarter, every one over the SLA, and your warehouses sat idle. I understand. Please, go on.", m="A"),
    dict(p=EE, s="heard", t="I'm sorry. You've had to go to our chief executive just to get this taken seriously, and that should never have been necessary.",
         m="AE"),
    dict(p=EE, s="heard", t="can I ask what your board's said to you about it", m="Q"),
    dict(p=EE, s="heard", t="so it's your own name on the line, because you argued for us. I'd be asking exactly the same questions in your seat", m="AE"),
    dict(p=EE, s="options",
         t="Here's what's within my gift. The full service credit for this quarter, a named account manager, and a written root-cause report with a date on it. Is there anything you'd add to that?",
         m="OIQ"),
    dict(p=EE, s="commitment",
         t="the root cause report will be with you by wednesday the eighteenth and your account manager, tom, will call you before noon tomorrow. thank you for your patience with me",
         m="OCG"),
    dict(p=EE, s="close", t="thank you for pushing on this, honestly. I'll check in friday that the credit's landed. is there anything your board will need from us before then?",
         m="GCIQ", n="asks what she needs from us: asks_input as well as a question, not a bare ending check"),

    # ---------------------------------------------------------------- call 3: in between
    dict(p=EE, s="vent", t="sorry can I take your contract reference before we start", m="Q", v=["premature_details"],
         n="'sorry' as a politeness marker"),
    dict(p=EE, s="heard", t="keep talking to me like that and this call is over", m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="three outages, I know, and I'm sorry. but our infrastructure provider caused two of them", m="", v=["blame"],
         n="'but' leads into blame: acknowledgement and apology cancelled"),
    dict(p=EE, s="heard", t="what would you need to see from us to feel confident taking this back to your board?", m="IQ"),
    dict(p=EE, s="options", t="and I can promise you there won't be another outage, we've fixed it for good this time", m="", v=["over_promise"],
         n="bare guarantee: no remedy offered"),
    dict(p=EE, s="commitment", t="Right. The service credit will be on this month's invoice, and you'll have the root-cause report by the twenty-fifth.", m="OC"),

    # ================================================================ vip-client
    # ---------------------------------------------------------------- call 1: weak
    dict(p=VC, s="vent", t="could I just take your date of birth for security please", m="Q", v=["premature_details"]),
    dict(p=VC, s="heard", t="I'm so sorry, sir. Your completion was held up and you had to find out from the other side.", m="AE"),
    dict(p=VC, s="heard", t="I'm sorry you see it that way, Mr Fairclough.", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="um the cut off for same day is two pm, it's in your terms and conditions", m="", v=["correcting"]),
    dict(p=VC, s="options", t="we'll waive all your fees for the next year and I'll get the chief executive to give you a call personally", m="O",
         v=["over_promise"]),
    dict(p=VC, s="commitment", t="someone from payments will call you back by end of day", m="C", n="callback with a time: commitment, not options"),

    # ---------------------------------------------------------------- call 2: strong
    dict(p=VC, s="vent", t="Two days late on a completion. Go on, I'm with you.", m="A"),
    dict(p=VC, s="heard", t="And you heard it from the seller's solicitor rather than from us. I'm genuinely sorry, that's not how we should treat anyone.", m="AE"),
    dict(p=VC, s="heard", t="I can only imagine having to ring the seller yourself and ask her for more time", m="AE"),
    dict(p=VC, s="options",
         t="What I can do today is reverse the transfer fees and set your accounts up for same-day transfers. I'd also like to give you a direct line to a named senior banker. How does that sound?",
         m="OIQ"),
    dict(p=VC, s="commitment", t="the fees'll be reversed this afternoon and claire davenport will ring you at ten tomorrow with her direct line. thank you for your patience sir",
         m="OCG"),
    dict(p=VC, s="close", t="Thank you for giving us the chance to put it right, Mr Fairclough. Is there anything else I can do for you today?", m="GQ"),

    # ---------------------------------------------------------------- call 3: in between
    dict(p=VC, s="vent", t="okay... okay", m=""),
    dict(p=VC, s="heard", t="I understand you're upset, sir, but there's really no need to take that tone with me", m="", v=["calm_down"],
         n="'but' leads into calm_down: acknowledgement cancelled"),
    dict(p=VC, s="heard", t="id be livid. your money, your house, and nobody here thought to pick up the phone. what did it end up costing you?", m="AEQ"),
    dict(p=VC, s="heard", t="well if sterling and marsh are so wonderful maybe you should go to them", m="", v=["threat_back", "insult"]),
    dict(p=VC, s="options", t="you should never have had to chase us for it. I can reverse the transfer fees for you, I'll have that done in the next hour", m="AOC"),
    dict(p=VC, s="heard", t="what would rebuilding your trust in us actually look like for you?", m="IQ"),
    dict(p=VC, s="commitment", t="I'll make sure someone gets back to you", m="", n="promise with no time"),

    # ================================================================ failed-twice
    # ---------------------------------------------------------------- call 1: strong
    dict(p=FT, s="vent", t="can you read me the order number off your receipt", m="Q", v=["premature_details"]),
    dict(p=FT, s="heard",
         t="so it's broken down again after two repairs, and the supervisor never called you back like they said on monday. I'm so sorry, that's just not good enough",
         m="AE"),
    dict(p=FT, s="heard", t="How have you been managing with the washing in the meantime?", m="Q"),
    dict(p=FT, s="heard", t="ninety dollars at the laundromat with a toddler and a baby in tow. that sounds exhausting, and thank you for telling me", m="AEG"),
    dict(p=FT, s="options",
         t="I can't do the upgraded model, but I can replace it with a brand-new one of the same model and add a two-year extended warranty, or get a senior engineer out this week with a loan machine. Which would you rather?",
         m="OIQ", n="'but' into help keeps the offer; honest limit"),
    dict(p=FT, s="commitment", t="the new machine's coming saturday between eight and twelve and I'll text you the warranty details within the hour. sorry again kelly", m="EOC"),
    dict(p=FT, s="close", t="thanks for sticking with us. I'll call you friday at four to confirm", m="GC"),

    # ---------------------------------------------------------------- call 2: weak
    dict(p=FT, s="vent", t="ok ok calm down, we'll get there", m="", v=["calm_down"]),
    dict(p=FT, s="heard", t="were you using the right detergent though? a lot of these faults come from that", m="", v=["correcting"],
         n="implies customer error; not a real question"),
    dict(p=FT, s="heard", t="the callback isn't my department that's the supervisors team, but I can book you a senior engineer this week myself", m="O",
         v=["dismissal"]),
    dict(p=FT, s="heard", t="apologies if the callback didn't happen", m="", v=["non_apology"]),
    dict(p=FT, s="options", t="honestly I'll just refund the whole thing and you can go buy whatever machine you like", m="O", v=["over_promise"]),
    dict(p=FT, s="heard", t="I- sorry. you're right, it's seven months old and it's packed in twice, that's not on", m="AE"),

    # ---------------------------------------------------------------- call 3: in between
    dict(p=FT, s="vent", t="oh that sounds like a nightmare. go on", m="E"),
    dict(p=FT, s="heard", t="two weeks without a washer and on top of that nobody called you. I get it, I'm so sorry", m="AE"),
    dict(p=FT, s="heard", t="I hear you, I do, but the engineer's notes say it was working fine when he left", m="", v=["doubt"],
         n="'but' leads into doubt: acknowledgement cancelled"),
    dict(p=FT, s="options", t="I know you just want this over with. would you prefer a same model replacement with an extra two years warranty, or a senior engineer out this week?", m="AOIQ"),
    dict(p=FT, s="commitment", t="okay I've booked the senior engineer for wednesday morning and the loan machine will be dropped off tomorrow before twelve. does that work?",
         m="OCIQ"),

    # ================================================================ billing-error
    # ---------------------------------------------------------------- call 1: strong
    dict(p=BE, s="vent", t="So you cancelled, and then we charged you twice anyway. I've got that. Please, carry on.", m="A"),
    dict(p=BE, s="heard", t="and the chat told you last week it was fixed when it wasn't. margaret, I'm so sorry, that must have been really upsetting", m="AE"),
    dict(p=BE, s="heard", t="Has the overdraft caused you any other problems?", m="Q"),
    dict(p=BE, s="heard", t="your rent bounced because of our mistake. that's awful, and I'm really sorry. thank you for telling me", m="AEG"),
    dict(p=BE, s="options",
         t="Here's what I can do. I'll refund both charges, reimburse the overdraft fee, and send you a letter confirming the cancellation. Would you like that by post or by email?",
         m="OIQ"),
    dict(p=BE, s="commitment",
         t="both refunds and the overdraft fee will be back in your account by thursday, and the letter goes in today's post. I'll ring you thursday afternoon to make sure it's all there, is that alright?",
         m="OCIQ"),
    dict(p=BE, s="close", t="Thank you for your patience, and for telling us about the chat, Margaret.", m="G"),

    # ---------------------------------------------------------------- call 2: weak
    dict(p=BE, s="vent", t="go on I'm listening", m=""),
    dict(p=BE, s="heard", t="our system shows the cancellation didn't go through until the sixth, so technically the first charge was valid", m="",
         v=["accusation", "correcting"], n="insisting on her error through the records (README rule 10)"),
    dict(p=BE, s="heard", t="the overdraft fee's between you and your bank, that's not really us", m="", v=["dismissal"]),
    dict(p=BE, s="heard", t="you need to stop interrupting me so I can explain", m="", v=["calm_down"]),
    dict(p=BE, s="options", t="I'll refund it and um give you three months free for the bother", m="O", v=["over_promise"]),
    dict(p=BE, s="heard", t="well the chat agent clearly didn't know what they were doing. I'm sorry about that, I'll refund both charges today", m="EOC", v=["blame"],
         n="apology and refund after the blame are not cancelled"),

    # ---------------------------------------------------------------- call 3: in between
    dict(p=BE, s="vent", t="mm... yes... mm-hm", m=""),
    dict(p=BE, s="heard", t="I understand, you were told it was sorted and it wasn't. that's not fair on you. what would help most right now?", m="AIQ"),
    dict(p=BE, s="heard", t="nine years with us and this is how we treat you. I'd be cross too", m="AE"),
    dict(p=BE, s="options",
         t="I can refund both charges today. I'm afraid I can't offer anything on top of that, but I can also cover the overdraft fee. does that sound fair?",
         m="OIQ", n="'today' inside an offer awaiting her answer; honest limit"),
    dict(p=BE, s="heard", t="honestly margaret you're making this a lot harder than it needs to be", m="", v=["insult"]),
    dict(p=BE, s="commitment", t="you'll have both charges back by tuesday and an email confirming the cancellation within the hour", m="OC"),

    # ================================================================ generic
    dict(p=None, s="heard", t="I'm really sorry you've been passed around like this", m="AE", n="'sorry you' + the actual event"),
    dict(p=None, s="heard", t="honestly that would drive me up the wall as well", m="E"),
    dict(p=None, s="heard", t="stop. just stop for a second and breathe", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="that's just how the system works, I can't override it", m="", v=["policy"]),
    dict(p=None, s="heard", t="are you absolutely certain it was us that sent that?", m="", v=["doubt"]),
    dict(p=None, s="heard", t="thank you for your patience with this", m="G"),
    dict(p=None, s=None, t="what would a fair outcome look like to you?", m="IQ"),
    dict(p=None, s="heard", t="i get it. you've been let down and you want someone to own it. that's me, and i'm sorry. what do you need from me?", m="AEIQ"),
    dict(p=None, s="options", t="I can either get that refunded straight away or credit it to your account, which would you prefer?", m="OIQ",
         n="'straight away' inside a choice: not a commitment"),
    dict(p=None, s="commitment", t="thanks for holding, I know you've been waiting ages for this. I'll call you back by half three with an update, whatever happens", m="ACG"),
    dict(p=None, s="heard", t="you're not listening to a word I'm saying are you", m="", v=["insult"], n="rhetorical"),
    dict(p=None, s="heard", t="oh no, that's the last thing you needed this week", m="E"),
    dict(p=None, s="heard", t="so your allegation is that nobody rang you back", m="", v=["accusation"]),
    dict(p=None, s="close", t="is there anything else I can do for you?", m="Q"),
    dict(p=None, s="heard", t="no wonder you're at the end of your tether, three calls and it's still not sorted", m="AE"),
    dict(p=None, s=None, t="i'm just a temp, i don't know anything about that", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="um yeah so basically the order got stuck, the refund never came, and then nobody called you back. did I get that right?", m="AQ"),
    dict(p=None, s="heard", t="go ahead and complain then, see where it gets you", m="", v=["threat_back"]),
    dict(p=None, s="options", t="what I can do right now is refund the delivery charge and send a replacement out today, if that works for you", m="OI",
         n="offer with an invitation to accept ('if that works for you'): asks_input without a question"),
    dict(p=None, s="heard", t="I hear you. unfortunately refunds have to be requested through the online form, that's the process", m="A", v=["policy"],
         n="no contrastive connective: the acknowledgement stands beside the policy wall"),
    dict(p=None, s="options", t="I can see why you're frustrated, I would be too. let me refund the postage today and send a new one out, is that okay with you?",
         m="AEOIQ"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "al", Path(__file__).with_name("replies_extra37.jsonl"))
