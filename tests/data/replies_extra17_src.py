"""Source of `replies_extra17.jsonl`: a seventeenth batch of hand-written trainee replies (tune split only).

Written one at a time by someone who had not read the held-back part of `replies.jsonl` nor the
judge's code (judge, lexicon, patterns, learned model). It imitates the style and the labelling
habits of the original author of the tune items in `replies.jsonl`. Its focus is empathy and
acknowledgement said in everyday words rather than the textbook ones ("I'd be spitting feathers",
"no wonder you've had enough of us", "that's on us", "so twice now you've...", "please accept my
apologies"), often with the customer's own details, mixed with offers and commitments; and hard
negatives beside them: "sorry" as politeness or before a refusal, the agent's own feelings,
sarcasm, negated empathy, non-apologies, and the topic's words inside questions or offers.
Whisper-style text (lowercase, fillers, false starts, the odd mis-hearing) for about half, properly
punctuated for the rest. Nothing is generated from a template. Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra17.jsonl` next to it (ids g0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- missed-technician
    dict(p=MT, s="vent", t="mm. yeah. that's two mornings gone. go on", m="A", n="says a main point back while letting her vent"),
    dict(p=MT, s="heard", t="you sat in all morning, twice, and not so much as a text from us. that's really poor and I won't pretend otherwise", m="A", n="judges the service, names no feeling and makes no apology"),
    dict(p=MT, s="heard", t="honestly if I'd burned two days holiday on that I'd be spitting feathers", m="AE"),
    dict(p=MT, s="heard", t="uh I- I owe you an apology, a proper one. we booked you in and then just didn't turn up", m="AE"),
    dict(p=MT, s="heard", t="no wonder you've had enough of us", m="E"),
    dict(p=MT, s="options", t="What I can do is take the installation fee off completely and get you the eight o'clock slot, first job of the day. Does that sound fair?", m="OIQ"),
    dict(p=MT, s="options", t="full refund on the lot and the engineer can come whenever you like, evenings weekends whatever suits", m="O", v=["over_promise"]),
    dict(p=MT, s="commitment", t="right the month's credit's gone on now and you're booked tuesday at eight, you'll get a text confirming it in the next ten minutes", m="OC"),
    dict(p=MT, s="vent", t="sorry to jump in, what's the postcode on the account", m="Q", v=["premature_details"], n="'sorry' as politeness"),
    dict(p=MT, s="heard", t="tbh I'm having a shocker of a day myself, it's been one of those", m="", n="the agent's own feelings, not empathy"),
    dict(p=MT, s="heard", t="what did you end up telling work the second time?", m="Q"),
    dict(p=MT, s="close", t="thanks for giving us another go, really. eight o'clock thursday it is, and sorry again that it took three tries", m="EOCG"),
    dict(p=MT, s="heard", t="sorry when you say nobody rang do you mean the day before as well or just on the morning", m="Q", n="politeness 'sorry' before a detail question"),
    dict(p=MT, s="heard", t="I'm not saying you're wrong to be annoyed, but the van broke down, there's not a lot anyone could do about that", m="", v=["dismissal"], n="negated empathy, then 'but' into ducking"),
    dict(p=MT, s="heard", t="okay so just so I've got it straight. booked eight till twelve both times, took the day off both times, and no call either time", m="A"),
    dict(p=MT, s="heard", t="Two days' pay down the drain because of us. You've every right to be cross, and I'm sorry.", m="AE"),
    dict(p=MT, s="heard", t="I'd be upset too if I hadn't read the confirmation email properly", m="", v=["correcting"], n="empathy phrase turned into a correction; no mark"),
    dict(p=MT, s="options", t="I'm gonna waive the fee for you, and would you like the credit on this month's bill or next month's", m="OIQ"),
    dict(p=MT, s="commitment", t="I know you can't lose a third day, so you're down as the first job monday, eight sharp, and I'll ring you sunday evening by six to check it's still good", m="AOC"),
    dict(p=MT, s="heard", t="was it the same technician booked both times or a different one?", m="Q", n="topic words in a detail question, no restatement"),

    # ---------------------------------------------------------------- lost-express
    dict(p=LE, s="heard", t="right so you paid extra for overnight, nothing's turned up, the tracking's blank and your customer's ringing you every hour. that's a horrible spot to be in", m="AE"),
    dict(p=LE, s="heard", t="you must be absolutely mortified with that restaurant", m="E"),
    dict(p=LE, s="heard", t="that's on us, not you, and I'm genuinely sorry your customer's taken it out on you", m="AE"),
    dict(p=LE, s="options", t="sorry, I can't pay out for the lost work. what I can do is refund the express charge and get a courier to take new parts straight to the restaurant today, at our cost. would that help?", m="OIQ", n="'sorry' apologises for the refusal; honest obstacle, not policy"),
    dict(p=LE, s="options", t="I'll get a new compressor couriered over today and I promise you it'll be there by two", m="OC", v=["over_promise"], n="promises a delivery time the courier controls"),
    dict(p=LE, s="heard", t="well tracking only updates when it gets scanned so it's not actually lost as such", m="", v=["correcting", "doubt"]),
    dict(p=LE, s="commitment", t="Trace is open now, the reference is on its way to your email, and I'll ring you back before three with whatever the depot says.", m="OC"),
    dict(p=LE, s="heard", t="how's the restaurant taking it, have they said they'll go somewhere else?", m="Q"),
    dict(p=LE, s="vent", t="sorry can I just grab the tracking number quickly", m="Q", v=["premature_details"]),
    dict(p=LE, s="heard", t="parcels do go walkabout now and then I'm afraid, it's the courier's network really not ours", m="", v=["dismissal", "blame"]),
    dict(p=LE, s="close", t="thanks for your patience Marcus, honestly, and I'm sorry we put you in that position with your customer", m="AEG"),
    dict(p=LE, s="heard", t="I'm so sorry to hear that", m="E"),
    dict(p=LE, s="heard", t="ugh that's the worst, paying for next day and getting nothing. I'd be tearing my hair out", m="AE"),
    dict(p=LE, s="heard", t="I mean I'm sure your customer will get over it", m="", v=["dismissal"], n="minimises; not empathy"),
    dict(p=LE, s="options", t="would you rather I send the replacement parts to you or direct to your client", m="OIQ", n="topic words inside an offer, no restatement"),
    dict(p=LE, s="heard", t="um yeah look, the express fee you paid, it's, uh, it's refundable, if that's what you're after", m="O", n="a hesitant but concrete offer of the express refund; naming what he paid is not a restatement"),
    dict(p=LE, s="heard", t="You were let down twice over: by the parcel, and by tracking that told you nothing. I can only apologise.", m="AE"),
    dict(p=LE, s="heard", t="did you happen to keep the collection receipt?", m="Q"),
    dict(p=LE, s="heard", t="oh great, another one shouting about a parcel", m="", v=["insult"], n="sarcasm"),

    # ---------------------------------------------------------------- escalated-exec
    dict(p=EE, s="heard", t="three outages in one quarter isn't okay, and you shouldn't have had to email our chief executive to get a proper response", m="A"),
    dict(p=EE, s="heard", t="I can't blame you for being livid, it's your name on this contract internally", m="AE"),
    dict(p=EE, s="heard", t="that's a lot of pressure to carry into a board meeting", m="E"),
    dict(p=EE, s="options", t="I can put the service credit for the quarter on your account and give you a named account manager from monday. would you want the root cause report by the end of next week?", m="OIQ", n="date inside a question: offer, not commitment"),
    dict(p=EE, s="options", t="we'll let you out of the contract with no penalty if that's what it takes", m="O", v=["over_promise"]),
    dict(p=EE, s="heard", t="for the record the agreement says ninety nine point five and we hit ninety nine point three, so it's hardly a huge miss", m="", v=["accusation", "correcting", "dismissal"]),
    dict(p=EE, s="commitment", t="you'll have the root cause report from me by friday the twelfth, and tom, your account manager, will ring you at ten tomorrow", m="OC"),
    dict(p=EE, s="heard", t="I'm sorry, I don't have access to the incident logs from here, I'd only be guessing if I told you", m="", n="'sorry' for an honest obstacle; not empathy, not a policy wall"),
    dict(p=EE, s="vent", t="right. three this quarter. okay", m="A", n="repeats the main point while she vents"),
    dict(p=EE, s="heard", t="if you want to go to your lawyers, that's entirely your call", m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="it must have been a long shift for your warehouse team, with everything stood still for six hours", m="AE"),
    dict(p=EE, s="heard", t="Please accept my apologies. Your operation stopped three times on our watch, and nobody picked up the phone to you first.", m="AE"),
    dict(p=EE, s="heard", t="is the warehouse fully back up now, or are you still catching up on orders?", m="Q"),
    dict(p=EE, s="heard", t="I'm gutted about this too honestly, I only started on your account last month", m="", n="the agent's own feelings"),
    dict(p=EE, s="options", t="I hear the board wants damages. I can't do damages, I'll be straight. I can do the SLA credit, a named account manager and a written root cause. which of those matters most to your board?", m="AOIQ", n="choice of remedies; honest obstacle"),
    dict(p=EE, s="heard", t="um and you had to find out from your own floor staff rather than from us, which, yeah, is not good enough", m="A"),
    dict(p=EE, s="close", t="thank you for giving us the chance to put this right, Eleanor. your report's due on the twentieth and I'll call you the day before", m="OCG", n="confirming the dated report is a remedy; the call has a time"),

    # ---------------------------------------------------------------- vip-client
    dict(p=VC, s="heard", t="four million sat in limbo with a completion date hanging over it, I'd have been beside myself", m="AE"),
    dict(p=VC, s="heard", t="and you heard it from the seller's solicitor before you heard a word from us, which is frankly embarrassing on our part", m="A", n="'embarrassing' is about us, not his feeling"),
    dict(p=VC, s="heard", t="Please accept my apologies, sir. You should never have had to find that out from the other side.", m="AE"),
    dict(p=VC, s="options", t="I'd like to reverse the transfer fees and give you a direct number for a senior relationship banker. would that go some way towards it?", m="OIQ"),
    dict(p=VC, s="options", t="I'll reverse the fees and scrap all your account charges for the next two years", m="O", v=["over_promise"]),
    dict(p=VC, s="heard", t="with respect sir the delay sat with the correspondent bank, we sent it on time", m="", v=["blame"]),
    dict(p=VC, s="vent", t="of course sir. sorry, which account was the transfer from?", m="Q", v=["premature_details"]),
    dict(p=VC, s="commitment", t="The fee reversal goes through this afternoon, and James Whitlock will call you personally at nine tomorrow with his direct line.", m="OC"),
    dict(p=VC, s="heard", t="I'm sorry you feel we've treated you like any other customer", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="did the sellers agree to hold on, or is the purchase still at risk?", m="Q"),
    dict(p=VC, s="heard", t="I'm afraid that's the compliance procedure sir, every large transfer gets held, no exceptions", m="", v=["policy"]),
    dict(p=VC, s="heard", t="that sounds like a genuinely awful couple of days", m="E"),
    dict(p=VC, s="heard", t="honestly it nearly cost you the house, and that's not a small thing, I really am sorry", m="AE"),
    dict(p=VC, s="heard", t="oh dear, what a tragedy, a rich man's money was late", m="", v=["insult"], n="sarcasm"),
    dict(p=VC, s="options", t="we can make every transfer from your accounts same-day from now on, if you'd like that set up", m="OI", n="offer with permission; no question mark and not a real question"),
    dict(p=VC, s="close", t="thank you for your patience sir and for staying with us. I know how close it came with the completion", m="AG"),

    # ---------------------------------------------------------------- failed-twice
    dict(p=FT, s="heard", t="seven months old, two repairs, and you're still doing your washing at the launderette. that's dreadful, it really is", m="AE"),
    dict(p=FT, s="heard", t="and then on top of everything the supervisor never rang you back. that's on us, completely", m="A"),
    dict(p=FT, s="heard", t="you must be sick to death of us by now", m="E"),
    dict(p=FT, s="options", t="Sorry, an upgrade's not something I can sign off. I can swap it for a brand new one, same model, with the warranty extended two years, or get a senior engineer out to you this week with a loan machine. Which would you rather?", m="OIQ", n="'sorry' before a refusal is not empathy"),
    dict(p=FT, s="options", t="I'll refund the full price and send you a new machine as well, it's the least we can do", m="O", v=["over_promise"]),
    dict(p=FT, s="heard", t="are you definitely using the right programme on it?", m="", v=["doubt", "correcting"]),
    dict(p=FT, s="commitment", t="senior engineer's booked for thursday between eight and ten and the loan machine comes with him, I'm texting you the booking now", m="OC"),
    dict(p=FT, s="vent", t="sorry you're having such a bad week", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="so you've been doing the washing by hand with two kids in the house, that sounds miserable", m="AE"),
    dict(p=FT, s="heard", t="I'm really really sorry about the callback, that should've happened on monday and it didn't", m="AE"),
    dict(p=FT, s="close", t="thanks for sticking with me kelly, and for being straight about how bad it's been", m="G"),
    dict(p=FT, s="heard", t="I'd have hit the roof if nobody called me back after they promised", m="AE", n="feeling tied to her own detail, the missing callback"),
    dict(p=FT, s="heard", t="how long have you been without it this time?", m="Q"),
    dict(p=FT, s="heard", t="yeah yeah, it broke again, I got that the first time", m="", v=["insult"], n="dismissive repeat-back; not acknowledgement"),
    dict(p=FT, s="heard", t="I wouldn't say it's worth getting this worked up about a washing machine", m="", v=["dismissal"], n="negated validation, minimising"),
    dict(p=FT, s="options", t="I'm sorry it's let you down again. would a like for like replacement with two extra years warranty help, or would you rather a senior engineer have one more look this week?", m="EOIQ"),
    dict(p=FT, s="heard", t="what did the engineer say was wrong with it the last time", m="Q"),

    # ---------------------------------------------------------------- billing-error
    dict(p=BE, s="heard", t="you cancelled, we kept taking money anyway, and then your bank charged you for it. that's a rotten thing to happen to anyone on a pension", m="AE"),
    dict(p=BE, s="heard", t="We got that wrong, and then we told you it was fixed when it wasn't. I apologise, properly.", m="AE"),
    dict(p=BE, s="heard", t="no wonder you're upset, you did everything you were supposed to", m="AE"),
    dict(p=BE, s="options", t="I can refund both payments and cover the overdraft fee your bank charged. shall I put that through for you?", m="OIQ", n="topic words inside an offer"),
    dict(p=BE, s="options", t="I'll refund the lot and give you six months free on top to make up for it", m="O", v=["over_promise"]),
    dict(p=BE, s="vent", t="I'm sorry, could you confirm the last four digits of the card first", m="Q", v=["premature_details"], n="politeness 'sorry'"),
    dict(p=BE, s="heard", t="are you sure it was cancelled? it doesn't always go through if you don't click confirm at the end", m="", v=["doubt", "correcting"]),
    dict(p=BE, s="commitment", t="both refunds are going back today, the overdraft fee too, and the written confirmation that it's cancelled will be in the post to you by friday", m="OC"),
    dict(p=BE, s="heard", t="sorry if our chat team gave you the wrong impression", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="was the overdraft fee the only charge from your bank, or were there others?", m="Q"),
    dict(p=BE, s="close", t="thank you for being so patient with us Mrs Ellison, you've been far kinder about this than we deserve", m="G"),
    dict(p=BE, s="heard", t="oh that's horrible, opening your statement and seeing it twice. and then being told it was sorted", m="AE"),
    dict(p=BE, s="heard", t="um I- I'm ever so sorry, honestly, that shouldn't have happened to you", m="E"),
    dict(p=BE, s="heard", t="well the bank's the one that charged you the fee, so really you'd need to take that up with them", m="", v=["blame", "dismissal"]),
    dict(p=BE, s="heard", t="Sorry, I'll need to put you on hold for a moment while I pull up the payments.", m="", n="politeness 'sorry'"),
    dict(p=BE, s="heard", t="right, okay, so just to play it back. cancelled in march, charged in april, charged again in may", m="A"),
    dict(p=BE, s="options", t="I'm sorry, I can't give you extra on top for the trouble, but the refund of both charges and the overdraft fee I can do today. would that be alright?", m="OIQ", n="'sorry' for the refusal; honest obstacle; offer with 'today' inside a proposal"),

    # ---------------------------------------------------------------- generic
    dict(p=None, s=None, t="god what a nightmare", m="E"),
    dict(p=None, s="heard", t="right so two weeks of this, and every time you ring you get told something different", m="A"),
    dict(p=None, s="heard", t="I'd be fuming too, honestly", m="E"),
    dict(p=None, s="heard", t="anyone would be fed up after being passed around that many times", m="AE"),
    dict(p=None, s="heard", t="oh I'm sure it's very upsetting for you", m="", v=["insult"], n="sarcasm, not empathy"),
    dict(p=None, s="heard", t="I'm not going to apologise for something I didn't do", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="look, apologies for any inconvenience, okay", m="", v=["non_apology"]),
    dict(p=None, s="close", t="is there anything else I can help you with while you're on?", m="Q"),
    dict(p=None, s="options", t="would you rather have a refund or a replacement sent out?", m="OIQ"),
    dict(p=None, s="heard", t="how did that leave you feeling", m="Q", n="asks about the feeling without naming or validating it"),
    dict(p=None, s="heard", t="sorry bear with me one sec the system's being slow", m="", n="politeness 'sorry'; not a policy wall"),
    dict(p=None, s="heard", t="that's fair, you shouldn't have had to chase us for any of it", m="A"),
    dict(p=None, s="heard", t="I don't blame you one bit for being angry", m="E"),
    dict(p=None, s="heard", t="I'd be angry too, but that's just the policy I'm afraid", m="", v=["policy"], n="'but' into a policy wall cancels the empathy"),
    dict(p=None, s="heard", t="well that's unfortunate, but it happens", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="I'm sorry that's how you see it", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="Nobody's saying you aren't annoyed. Can we just get on with it?", m="", v=["insult"], n="negated empathy, then a curt rhetorical request"),
    dict(p=None, s="heard", t="sorry you're breaking up a bit, can you say that last bit again", m="", n="politeness 'sorry' and a request to repeat; not about their situation"),
    dict(p=None, s="heard", t="we messed up. plain and simple. I'm sorry", m="AE"),
    dict(p=None, s="heard", t="Honestly, what a rotten few days you've had. Thank you for not giving up on us.", m="EG"),
    dict(p=None, s="commitment", t="I'll email you everything we've agreed by five today so you've got it in writing", m="C"),
    dict(p=None, s="heard", t="so let me see if I've got it. it came broken, you sent it back, and the second one came broken too", m="A"),
    dict(p=None, s="heard", t="you poor thing, that sounds exhausting", m="E"),
    dict(p=None, s="vent", t="mhm. and when was this? what's your order number", m="Q", v=["premature_details"]),
    dict(p=None, s="heard", t="oh my word, honestly, I'd have lost it by now", m="E"),
    dict(p=None, s="heard", t="what would you like to see happen from here?", m="IQ"),
    dict(p=None, s="heard", t="you don't need to get so worked up, it's only a delivery", m="", v=["calm_down", "dismissal"]),
    dict(p=None, s="options", t="ok I've been a bit useless so far, I'm sorry. let me refund the delivery charge now and send a new one out. is that okay with you?", m="EOIQ", n="apology for our own handling; offer waiting for an answer"),
    dict(p=None, s="heard", t="you're dead right, that should never have been left like that", m="A"),
    dict(p=None, s="close", t="thank you for putting up with us today, and, um, sorry it took so long to get here", m="EG"),
    dict(p=VC, s="vent", t="I- yes sir. two days on a transfer that size, that's not on. go on", m="A"),
    dict(p=EE, s="commitment", t="I'm sorry we've made you fight this hard. Your SLA credit goes on this month's invoice, and I'll send the root cause report over by the twenty-eighth.", m="EOC"),
    dict(p=FT, s="vent", t="oh kelly that's awful. carry on, I'm listening", m="E"),
    dict(p=None, s=None, t="sorry, what was your name again?", m="Q", n="politeness 'sorry'; a details request outside venting"),

    # ---------------------------------------------------------------- more everyday acknowledgement and empathy
    dict(p=MT, s="heard", t="that's no way to treat anyone, waiting in for a no-show with your boss on the phone asking where you are. honestly I'd be raging", m="AE"),
    dict(p=LE, s="options", t="you paid for a service you didn't get and your customer's the one suffering for it. so first thing I'll refund the express fee right now, and then I'd like to get a courier out to them with fresh parts. is that alright?", m="AOCIQ", n="'right now' attached to a declared step; the courier is an offer awaiting his answer"),
    dict(p=EE, s="heard", t="Three breaches, a warehouse at a standstill, and an email to our CEO you should never have needed to send. I'd be questioning the whole relationship too.", m="AE"),
    dict(p=VC, s="heard", t="the fact nobody picked up the phone to warn you, that's the bit I'd find hardest to swallow", m="AE"),
    dict(p=FT, s="commitment", t="I'm sorry you've been stuck with a machine that keeps failing you. The replacement's booked for Saturday morning and I'll phone you Friday by four to confirm the driver's slot.", m="AEOC"),
    dict(p=BE, s="heard", t="honestly that would knock anybody sideways, money going out twice when you'd already cancelled", m="AE"),
    dict(p=None, s="heard", t="you've had a rough ride with us and that's not fair on you", m="E"),
    dict(p=None, s="heard", t="ah that's a real kick in the teeth after you'd waited all that time", m="AE"),
    dict(p=MT, s="heard", t="so what you're telling me is you rang twice to check and both times they told you he was on his way", m="A"),
    dict(p=LE, s="heard", t="mate I'd be fuming, I really would. what's the restaurant saying to you now", m="EQ"),
    dict(p=VC, s="options", t="You shouldn't have been chasing your own money, sir. I can reverse the fees and put you straight through to a senior banker from today. Shall I arrange that?", m="AOIQ"),
    dict(p=BE, s="heard", t="that's a lot of worry you didn't need mrs ellison, and it was our doing", m="AE"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "g", Path(__file__).with_name("replies_extra17.jsonl"))
