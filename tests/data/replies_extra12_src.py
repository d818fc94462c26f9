"""Source of `replies_extra12.jsonl`: a twelfth batch of hand-written trainee replies (tune split only).

Written one at a time, after batch 11, by someone who had not read the held-back part of
`replies.jsonl` and had not opened the judge's code, its word lists or its model. It imitates the
style and labelling habits of the original author of the tuning items in `replies.jsonl` (studied
from about 350 of those tuning items; the other batch files were not used as models). The aim is
acknowledgement and empathy that carry the customer's own situation. Positives: empathy that names
what happened to this customer ("having to ring the chef and tell him…"), restatements of one or
several key points, admissions ("you did everything right, it's us that…"), short sincere "I know" /
"I hear you" forms, restatements inside replies that also offer or commit, and the situation
mentioned in passing before an offer. Empathy without acknowledgement (feelings named with no
complaint said back, hypotheticals about the agent "if I'd…", hidden facts such as the board or the
children) sits beside its hard negatives: non-apologies, "sorry" as politeness or for a refusal,
sarcasm, the agent's own feelings, negated empathy, empathy cancelled by "but" + a fault. Hard
negatives for acknowledgement: topic words inside offers ("refund the double charge"), questions
about what happened, information about the case, bare fillers, "I understand / I hear you" leading
into a fault with "but" / "however", a brushed-off "I hear you", hypotheticals about the agent, and
commitments that name the problem. Whisper-style text (lowercase, fillers, false starts, no
punctuation, the odd mis-hearing) mixed with properly punctuated lines. Nothing is generated from a
template. Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra12.jsonl` next to it (ids n0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- empathy that carries the customer's situation
    dict(p=LE, s="heard", t="having to ring the chef and tell him his compressor's gone walkabout, after you'd promised him overnight. I'd want the ground to swallow me up", m="AE"),
    dict(p=MT, s="heard", t="I'd be livid too, sat in all morning with the sofa pulled out and no van, and then doing the whole thing again the next week", m="AE"),
    dict(p=BE, s="heard", t="I'd be upset as well, being told by our chat that it was all sorted and then opening your statement to find it wasn't", m="AE"),
    dict(p=VC, s="heard", t="finding out from the seller's solicitor rather than from us. I'd have been mortified, Mr Fairclough. I'm sorry", m="AE"),
    dict(p=EE, s="heard", t="I'd be furious in your position. three outages in one quarter, every one outside the SLA, and forty lorries sat at your docks on monday", m="AE"),
    dict(p=FT, s="heard", t="oh god two weeks with no washer and two little ones I'd be losing my mind honestly", m="AE"),
    dict(p=BE, s="heard", t="right so on a pension, two charges like that and then the overdraft fee on top, I- I can completely see why you're upset", m="AE"),
    dict(p=VC, s="heard", t="Standing in an empty hallway while someone else held the keys must have been awful. I'm so sorry we put you there.", m="AE"),
    dict(p=FT, s="heard", t="I'm so sorry. you've had to tell the whole story from scratch every single time you ring, and that's exhausting on its own", m="AE"),
    dict(p=LE, s="heard", t="Marcus I'm so sorry. your client, your nephew, your name with them, all riding on a box we've lost", m="AE", n="nephew is a hidden fact, but the lost box and the client are the complaint"),
    dict(p=EE, s="heard", t="I can see why you went straight to our chief executive. I'd have done exactly the same", m="AE"),
    dict(p=MT, s="heard", t="that's not on, is it. you cleared your morning for us twice and we couldn't even pick up a phone. I'm sorry", m="AE", n="'is it' tag is not a question"),
    dict(p=None, s="heard", t="I'm really sorry. you were told it was on its way and it hadn't even left the warehouse", m="AE"),
    dict(p=BE, s="heard", t="nine years with us, and this is how we treat you when you leave. I'm sorry, Margaret", m="AE", n="'charged after leaving' said back in passing; nine years is a hidden fact"),
    dict(p=LE, s="heard", t="you're right to be fuming. you paid extra for overnight and we've lost it and can't even tell you where it is", m="AE"),
    dict(p=None, s="heard", t="you're right, and I'm sorry. that should've been sorted the first time you called", m="AE"),
    dict(p=BE, s="heard", t="I'm genuinely sorry. you shouldn't have to ring twice about one cancellation", m="AE"),
    dict(p=MT, s="heard", t="I hear you. and being paid by the hour on top, that's two mornings' money gone as well. I'm so sorry", m="AE"),
    dict(p=FT, s="vent", t="oh no, broken again after both repairs? that's awful, I'm sorry, go on", m="AE", n="restatement said as an exclamation, not a real question"),

    # ---------------------------------------------------------------- restatements, one or several key points
    dict(p=MT, s="vent", t="so that's two mornings, eight till twelve, and not one call to say he wasn't coming. go on", m="A"),
    dict(p=LE, s="heard", t="right so you paid for the overnight, it's not turned up and the trackings not moved since we collected it yeah I've got that", m="A"),
    dict(p=EE, s="vent", t="Three breaches, the warehouse at a standstill, and a status page that stayed green the whole time. Noted. Please carry on.", m="A"),
    dict(p=VC, s="heard", t="so the wire was two days late um the completion nearly went and nobody here even picked up the phone to warn you", m="A"),
    dict(p=FT, s="heard", t="so it was repaired, it broke, it got repaired again, and it's broken again, and the supervisor who was meant to ring you monday never did. I've got all that", m="A"),
    dict(p=BE, s="vent", t="mm so you'd already cancelled and we charged you twice after. okay. go on", m="A"),
    dict(p=LE, s="vent", t="mm. and the tracking's said nothing since collection. okay, keep going", m="A"),
    dict(p=VC, s="vent", t="Two days late, a completion missed, and not a word from us. I understand. Please go on.", m="A"),
    dict(p=FT, s="vent", t="okay so its packed in again after both repairs yeah im listening", m="A"),
    dict(p=EE, s="heard", t="yeah no I hear you, it's- it's the third time this quarter and every time your operation grinds to a halt", m="A"),
    dict(p=None, s="heard", t="I hear you, you've been promised a call back three times now and not one of them came", m="A"),
    dict(p=None, s="heard", t="so you've paid twice, you've waited three weeks, and you still don't have it. have I got that right?", m="AQ", n="check-back question"),
    dict(p=VC, s="heard", t="uh yes no I understand mr fairclough it should have been there wednesday and it got there friday", m="A"),
    dict(p=EE, s="heard", t="it's not the first time, it's the third, and I know that changes everything for you", m="A"),
    dict(p=FT, s="heard", t="I hear you. it's the whole week going sideways because of one machine", m="A"),
    dict(p=None, s="heard", t="so it's the waiting as much as the fault itself. I get that", m="A"),
    dict(p=BE, s="heard", t="I hear you. Kevin on the chat told you it was sorted and it wasn't", m="A"),
    dict(p=MT, s="heard", t="let me just make sure I've got all that. first one was the tuesday, second was last friday, both the morning slot, and nobody rang either time?", m="AQ", n="check-back question"),
    dict(p=LE, s="heard", t="so on top of the parcel going missing the restaurant's now got a freezer full of fish on bags of ice. yeah", m="A"),
    dict(p=None, s="heard", t="sounds like every time you've rung you've been told something different", m="A"),

    # ---------------------------------------------------------------- admissions
    dict(p=BE, s="heard", t="You cancelled, you had the email to prove it, and we still took the money twice. You did everything right, Margaret. It's us that got it wrong.", m="A"),
    dict(p=MT, s="heard", t="you did everything right, you booked it, you took the time off, you were in. it's us that didn't turn up", m="A"),
    dict(p=FT, s="heard", t="you're right, you were promised a call back within a day and nobody called. that's us dropping the ball, not you", m="A"),
    dict(p=EE, s="heard", t="you're right. we let you down three times and then left you to chase it all the way to the top", m="A", n="admission: acknowledgement, no feeling named"),
    dict(p=LE, s="heard", t="you told your client trust me it'll be there overnight, and we're the ones who made you look bad. that's on us, Marcus", m="A"),
    dict(p=VC, s="heard", t="that's our failure, not yours. your instruction was in on time and we sat on it", m="A"),
    dict(p=None, s="heard", t="yeah no you're right you shouldn't have to ring us four times to get one answer", m="A"),
    dict(p=MT, s="heard", t="honestly there's no excuse. two missed visits and not even a text, that's on us", m="A"),

    # ---------------------------------------------------------------- short "I know" / "I hear you"
    dict(p=MT, s="heard", t="I know. I know. two no-shows is two too many", m="A"),
    dict(p=FT, s="heard", t="I know, I know. seven months old and it's done this twice", m="A"),
    dict(p=None, s="heard", t="I know it's been weeks.", m="A"),
    dict(p=MT, s="vent", t="I hear you, I do.", m="A", n="sincere bare 'I hear you' (rule 1)"),
    dict(p=LE, s="heard", t="I get it. overnight means overnight", m="A"),
    dict(p=EE, s="heard", t="Understood. And I mean that. I understand exactly what that did to your operation.", m="A", n="'understood' alone would be a filler; the sentence after it is not"),
    dict(p=VC, s="heard", t="I know. eleven years with us and you're having to chase your own money", m="A"),
    dict(p=None, s="vent", t="I know.", m="A", n="sincere short 'I know' while the customer vents, like a bare 'I get it'"),
    dict(p=BE, s="heard", t="yes I do understand, truly", m="A"),

    # ---------------------------------------------------------------- restatements inside replies that offer or commit
    dict(p=MT, s="options", t="you've already given up two days for us, so I don't want you losing a third. I can put you on the first slot, eight o'clock, guaranteed, and waive the installation fee. does that work?", m="AOIQ"),
    dict(p=LE, s="options", t="your client's the one stuck without the parts, so let's get them moving first. I can send a same-day courier with the replacements at our cost, and refund your express fee. want me to book it?", m="AOIQ"),
    dict(p=EE, s="options", t="You've had three SLA breaches and you're the one answering for them. What I can offer is the SLA service credit for the quarter, a named account manager, and a written root-cause report. Would that give you something to take back?", m="AOIQ"),
    dict(p=VC, s="options", t="you found out from the other side's solicitor, and that can't happen again. I can give you a direct line to a named senior banker and reverse the fees on this transfer. shall I set that up?", m="AOIQ"),
    dict(p=FT, s="options", t="you've been hauling bags to the laundromat for two weeks so I don't want you waiting on a third repair. I can replace it with the same model and add a two year warranty, or get a senior engineer out this week with a loan machine. which is better for you?", m="AOIQ"),
    dict(p=BE, s="options", t="I know it's the overdraft fee that stings most. I can refund both charges and reimburse that fee, and send you written confirmation the subscription's cancelled. would you like the letter by post or email?", m="AOIQ"),
    dict(p=None, s="options", t="you've been without it since the tenth, so let's not make you wait any longer. I can send a replacement out today or refund you in full, whichever you'd rather", m="AOI", n="imperative invitation, no question mark; 'today' inside a choice is an offer"),
    dict(p=MT, s="commitment", t="since you've waited in twice already I've flagged this one as guaranteed. he'll be with you at eight on tuesday and I'll text you the engineer's name by six tonight", m="AOC"),
    dict(p=LE, s="commitment", t="I know you've got the chef on your back, so I'm booking the courier now and I'll text you the collection time within fifteen minutes", m="AOC"),
    dict(p=EE, s="commitment", t="I know this is the third time this quarter, so I'll give you dates rather than intentions. your root-cause report will be with you by thursday the twelfth, and I'll email you the account manager's name before five today", m="AOC"),
    dict(p=VC, s="commitment", t="Given you heard about the delay from the seller's side, I'm not leaving anything to chance. Same-day transfers will be switched on by five today, and I'll call you myself at ten tomorrow.", m="AOC"),
    dict(p=FT, s="commitment", t="since nobody rang you monday like they said they would, I'm doing it myself. I'll call you at half four today with the delivery slot", m="AC", n="callback with a time; no remedy named in this reply"),
    dict(p=BE, s="commitment", t="you were told last week it was fixed and it wasn't, so this time you'll have it in writing. the confirmation letter goes out in today's post and the refund will be in your account by friday", m="AOC"),
    dict(p=None, s="commitment", t="I know you've been passed around, so I'm keeping this one with me. I'll ring you back at three either way", m="AC"),
    dict(p=MT, s="close", t="so thats eight oclock thursday first job and yeah again im sorry you were left sat there twice with no phone call", m="AEOC", n="confirming the rebooked slot is options"),
    dict(p=FT, s="commitment", t="I'm sorry nobody rang you on monday. the senior engineer's booked for thursday morning with a loan machine, and I'll text you his name within the hour", m="AEOC"),
    dict(p=BE, s="close", t="thank you, Margaret. and again, you cancelled properly and we charged you anyway, that was our mistake and nobody else's", m="AG"),
    dict(p=None, s="close", t="thanks for sticking with me. I know you only rang about a simple refund and it's taken half the afternoon", m="AG"),
    dict(p=EE, s="close", t="thank you for giving us the chance to fix it. after three outages you had every reason not to", m="AEG", n="'every reason not to' validates her like 'you'd have every right'"),
    dict(p=LE, s="options", t="um yeah so because it's your client whos been let down I- I'd like to get replacement parts to them today by courier at our cost, and then refund your express fee on top, does that sound alright", m="AOIQ", n="'today' inside a proposal is an offer"),
    dict(p=VC, s="heard", t="I hear you. It was a house, not a parcel, and it very nearly slipped away because of us. What would you most like me to do first?", m="AIQ"),
    dict(p=EE, s="heard", t="thank you for laying it out so clearly. six hours with dead scanners and nothing to tell your own customers, I've got that", m="AG"),

    # ---------------------------------------------------------------- empathy without acknowledgement
    dict(p=FT, s="heard", t="with a toddler and a baby that must be a mountain of washing. I'd be at my wits' end", m="E", n="hidden fact (the children), no complaint point said back"),
    dict(p=None, s="heard", t="that must have been a long afternoon for you", m="E"),
    dict(p=MT, s="heard", t="you must be sick of the sight of us by now", m="E"),
    dict(p=EE, s="heard", t="That puts you in a very difficult spot with your board, and I'm sorry for that.", m="E", n="the board is a hidden fact, not the complaint"),
    dict(p=BE, s="heard", t="oh Margaret I'm so sorry. your rent bouncing after forty years, that must have been horrible", m="E", n="hidden fact (the rent), none of the complaint's points said back"),
    dict(p=None, s="heard", t="that sounds like a nightmare honestly", m="E"),
    dict(p=None, s="heard", t="aw you poor thing, honestly", m="E"),
    dict(p=LE, s="heard", t="I'm really sorry, Marcus.", m="E"),
    dict(p=None, s="vent", t="oh no. oh I'm sorry", m="E"),
    dict(p=FT, s="heard", t="god you must be exhausted", m="E"),
    dict(p=EE, s="heard", t="I'd be asking the same hard questions if I were you", m="E"),
    dict(p=None, s="heard", t="I'd be beside myself too", m="E"),
    dict(p=VC, s="heard", t="I'm sorry. a client who's been with us as long as you have deserved a great deal better", m="E"),
    dict(p=LE, s="vent", t="that's awful. sorry, carry on", m="E", n="the 'sorry' here is sympathy, not politeness"),
    dict(p=BE, s="heard", t="no wonder you're upset", m="E"),
    dict(p=MT, s="heard", t="honestly I dont blame you for being cross at all", m="E"),
    dict(p=None, s="heard", t="that would've really shaken me up as well", m="E"),
    dict(p=EE, s="heard", t="your frustration is completely fair", m="E"),
    dict(p=VC, s="heard", t="I'd have been pacing the floor if that were my house", m="E", n="hypothetical about the agent; nothing said back"),
    dict(p=BE, s="heard", t="if a company kept helping itself to my money after I'd left them I'd be spitting feathers", m="E", n="'if …' hypothetical about the agent, as the original set labels it"),
    dict(p=VC, s="options", t="I'm truly sorry. I can reverse the transfer fees today and set up same-day transfers on your accounts from now on. would you like both?", m="EOIQ", n="'I can … today' inside a proposal is an offer"),
    dict(p=FT, s="commitment", t="I really am sorry, Kelly. the loan machine's coming tomorrow between eight and ten", m="EOC"),
    dict(p=None, s="close", t="thanks again, and sorry it took so long", m="EG"),
    dict(p=MT, s="heard", t="thank you for bearing with us through all this, and I'm sorry, honestly", m="EG"),

    # ---------------------------------------------------------------- empathy hard negatives
    dict(p=BE, s="heard", t="I'm sorry you feel the chat team let you down", v=["non_apology"], m=""),
    dict(p=EE, s="heard", t="We apologise if the outages have caused any difficulties for Ferrow.", v=["non_apology"], m=""),
    dict(p=VC, s="heard", t="sorry for any inconvenience with the transfer sir", v=["non_apology"], m=""),
    dict(p=FT, s="heard", t="sorry if your not happy with the repair", v=["non_apology"], m="", n="'your' mis-hearing"),
    dict(p=None, s="heard", t="I'm sorry you're upset, but there's nothing more I can do", v=["non_apology", "dismissal"], m=""),
    dict(p=LE, s="heard", t="sorry you see it that way mate", v=["non_apology"], m=""),
    dict(p=BE, s="heard", t="sorry, could you spell Ellison for me", m="Q", n="'sorry' as politeness; detail request after venting is not premature"),
    dict(p=VC, s="vent", t="sorry sir, can I take your client reference before we go on", m="Q", v=["premature_details"], n="'sorry' is a politeness marker"),
    dict(p=LE, s="heard", t="sorry, hang on, my screen's gone blank", m="", n="politeness 'sorry'"),
    dict(p=EE, s="heard", t="sorry, I'm just going to pop you on hold for a second", m="", n="politeness 'sorry'"),
    dict(p=FT, s="options", t="I can't do a refund on it, I'm sorry. what I can do is a new one, same model, with two years warranty on top", m="O", n="'sorry' apologises for the refusal"),
    dict(p=BE, s="options", t="Sorry, free months aren't something I'm able to give. I can refund both charges and cover the overdraft fee.", m="O", n="'sorry' for a refusal; honest obstacle, not a policy wall"),
    dict(p=EE, s="options", t="um I can't release you from the contract sorry that's just not something I can sign off on, but I can do the service credit and get you a named account manager", m="O", n="sorry for a refusal; honest obstacle then an offer"),
    dict(p=None, s="heard", t="oh I'm so terribly sorry we've ruined your entire life", v=["insult"], m="", n="sarcastic apology"),
    dict(p=MT, s="heard", t="well I'm sorry the engineer didn't meet your high standards", v=["insult"], m="", n="sarcasm"),
    dict(p=VC, s="heard", t="my apologies sir, I forgot we're all here to serve you personally", v=["insult"], m="", n="sarcasm"),
    dict(p=None, s="heard", t="honestly I'm having a rubbish day as well so", m="", n="agent's own feelings"),
    dict(p=FT, s="heard", t="it drives me mad too when people don't ring back, honestly, it's the worst", m="", n="agent's own feelings about callbacks in general, not validating hers"),
    dict(p=EE, s="heard", t="I'm gutted about it myself to be honest, I was on shift for the last one", m="", n="agent's own feelings"),
    dict(p=LE, s="heard", t="I'm not saying you've got no reason to be annoyed", m="", n="negated empathy: no mark"),
    dict(p=None, s="heard", t="I wouldn't call it a disaster, it's one late delivery", v=["dismissal"], m="", n="minimising"),
    dict(p=MT, s="heard", t="I'm really sorry, but the booking confirmation does say they can run late", v=["correcting"], m="", n="'but' into a fault cancels the apology"),
    dict(p=LE, s="heard", t="that's rotten luck, but parcels go astray all the time", v=["dismissal"], m="", n="'but' into minimising cancels the sympathy"),
    dict(p=BE, s="heard", t="I do feel for you, however it's in the terms that charges can go out up to three days after you cancel", v=["correcting"], m="", n="contrastive 'however' into correcting cancels the empathy"),

    # ---------------------------------------------------------------- acknowledgement hard negatives: topic words in offers
    dict(p=LE, s="options", t="I can open a trace on the parcel and refund the express fee", m="O"),
    dict(p=BE, s="options", t="I can refund the double charge and reimburse the overdraft fee from your bank", m="O", n="names the problem only as the thing refunded"),
    dict(p=MT, s="options", t="so um what I can do is waive the installation fee and uh put a months credit on", m="O"),
    dict(p=EE, s="options", t="I can put the SLA service credit for this quarter on your account and get a named account manager assigned", m="O"),
    dict(p=VC, s="options", t="Would you like the fees on the delayed transfer reversed first, or would the direct line to a senior banker be more useful?", m="OIQ", n="'delayed transfer' names what is refunded, not what happened to him"),
    dict(p=FT, s="options", t="same model replacement with the two year warranty, or a senior engineer this week with a loan machine in the meantime. up to you", m="OI"),
    dict(p=None, s="options", t="I can refund the delivery charge on the missing order", m="O"),

    # ---------------------------------------------------------------- questions about what happened
    dict(p=MT, s="heard", t="what time did the second one say he'd be there?", m="Q"),
    dict(p=LE, s="heard", t="did the depot give you any reason when you rang them", m="Q"),
    dict(p=FT, s="heard", t="and the engineer the second time did he say what part he'd changed", m="Q"),
    dict(p=BE, s="heard", t="When did you first notice the second charge on your statement?", m="Q"),
    dict(p=EE, s="heard", t="how long was the warehouse down for on monday, roughly?", m="Q"),
    dict(p=VC, s="heard", t="was it the seller's solicitor who rang you, or did your own solicitor hear first?", m="Q"),
    dict(p=None, s="heard", t="so what happened when you rang the first time", m="Q"),
    dict(p=MT, s="heard", t="did anyone text you at all that morning even a late one", m="Q"),

    # ---------------------------------------------------------------- case information
    dict(p=LE, s="heard", t="okay I can see the collection scan from your unit, monday at ten past four", m=""),
    dict(p=BE, s="heard", t="right, I've got the cancellation here, dated the third of last month", m="", n="information found, no 'you're right'"),
    dict(p=EE, s="heard", t="The incident log has the third outage starting at six forty on Monday.", m=""),
    dict(p=FT, s="heard", t="there's two repair jobs on the system, one in march and one in may", m=""),
    dict(p=MT, s="heard", t="I've got both bookings on the screen here, both eight till twelve", m=""),
    dict(p=VC, s="heard", t="I understand the payments team have already flagged it as a complaint", m="", n="'I understand' introduces information"),
    dict(p=LE, s="heard", t="I understand a trace was already opened by my colleague yesterday", m="", n="'I understand' introduces information"),

    # ---------------------------------------------------------------- bare fillers
    dict(p=BE, s="vent", t="mmm", m=""),
    dict(p=EE, s="vent", t="Right. Yes.", m=""),
    dict(p=VC, s="vent", t="understood", m="", n="filler (rule 1)"),
    dict(p=None, s="vent", t="okay, okay", m=""),
    dict(p=FT, s="vent", t="yeah", m=""),
    dict(p=LE, s="vent", t="uh huh, yep", m=""),
    dict(p=MT, s="vent", t="I see, right", m=""),

    # ---------------------------------------------------------------- "I understand / I hear you" + but into a fault
    dict(p=BE, s="heard", t="I understand, but the charges went out before the cancellation had gone through", v=["correcting"], m="", n="explaining the billing to her after 'but'"),
    dict(p=MT, s="heard", t="I get that but the contractor books their own slots thats not us", v=["blame"], m=""),
    dict(p=EE, s="heard", t="I hear what you're saying, however the SLA does allow for scheduled maintenance windows", v=["correcting"], m=""),
    dict(p=VC, s="heard", t="I understand, Mr Fairclough, but the instruction did come in after the cut-off", v=["correcting"], m=""),
    dict(p=FT, s="heard", t="I know it's annoying but are you sure it's being loaded properly", v=["doubt"], m="", n="rhetorical doubting question"),
    dict(p=LE, s="heard", t="yeah I understand mate, but it's the courier that lost it, not us", v=["blame"], m=""),
    dict(p=None, s="heard", t="I get it, but shouting at me isn't going to help", v=["calm_down"], m=""),

    # ---------------------------------------------------------------- brushed-off "I hear you"
    dict(p=EE, s="heard", t="yep I hear you. anyway, moving on", m="", n="dismissive 'I hear you' brushed off with 'anyway'"),
    dict(p=LE, s="heard", t="yeah yeah I hear you, anyway, let's get it logged", m="", n="dismissive 'I hear you'"),
    dict(p=BE, s="heard", t="yes I hear you, anyway, can I take the postcode on the account", m="Q", n="dismissive 'I hear you'; postcode after venting is not premature"),

    # ---------------------------------------------------------------- hypotheticals about the agent
    dict(p=MT, s="heard", t="if I was in charge of scheduling I'd give everyone the eight o'clock slot", m=""),
    dict(p=VC, s="heard", t="if I had my way every transfer would go same day", m=""),
    dict(p=None, s="heard", t="if I could wave a magic wand I would believe me", m=""),

    # ---------------------------------------------------------------- commitments that name the problem
    dict(p=LE, s="commitment", t="I'll ring you by four with whatever the trace turns up", m="C"),
    dict(p=BE, s="commitment", t="I'll call you on thursday afternoon to check both refunds have gone through", m="C"),
    dict(p=EE, s="commitment", t="You'll have the root-cause report by Friday the twentieth.", m="OC"),
    dict(p=FT, s="commitment", t="ill get the supervisor to ring you before five today", m="C"),
    dict(p=MT, s="commitment", t="I'll call you back within the hour with a confirmed slot", m="C"),
    dict(p=VC, s="commitment", t="I'll have an answer from the payments desk for you by two o'clock", m="C"),

    # ---------------------------------------------------------------- other near misses
    dict(p=None, s="heard", t="let me just have a look at what's happened here", m=""),
    dict(p=None, s="heard", t="can you tell me a bit more about what happened?", m="Q"),
    dict(p=MT, s="vent", t="can I take the account number please", m="Q", v=["premature_details"]),
    dict(p=LE, s="vent", t="whats the consignment number", m="Q", v=["premature_details"]),
    dict(p=EE, s="heard", t="I'll make sure your feedback gets passed on", m=""),
    dict(p=BE, s="heard", t="have you got the bank statement in front of you", m="Q"),
    dict(p=None, s="heard", t="I don't get why it's such a big deal, it's two days", v=["dismissal"], m="", n="negated acknowledgement that minimises"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "n", Path(__file__).with_name("replies_extra12.jsonl"))
