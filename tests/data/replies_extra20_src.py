"""Source of `replies_extra20.jsonl`: a twentieth batch of hand-written trainee replies (tune split only).

Written one at a time by someone who had not read the held-back part of `replies.jsonl` nor the
judge's code (personas/judge.py, lexicon.py, learned.py, patterns.py, models/). It imitates the style
and labelling habits of the tune part of `replies.jsonl`: whole replies of one to four sentences,
some Whisper-style (lowercase, fillers, false starts, the odd mis-hearing), the rest punctuated.
About seventy replies carry a violation (all twelve kinds, premature_details only at stage vent),
many of them beside credit (an apology, an acknowledgement, an offer, thanks), with or without a
"but"; about fifty are clean: good replies with two to four marks, and hard negatives. Meant as an
unseen check, scored before any tuning on it. Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra20.jsonl` next to it (ids c0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- blame
    dict(p=LE, s="heard", t="I'm really sorry it's not turned up. the courier firm we use up that way has been a nightmare lately, it's them dropping the ball not us", m="E", v=["blame"], n="apology first, no 'but': it stands beside the blame"),
    dict(p=MT, s="heard", t="so that's two mornings gone, I get it. the contractor we send out's meant to ring ahead and he just didn't, that's on him", m="A", v=["blame"]),
    dict(p=BE, s="heard", t="um that'll be the chat team, they're always closing stuff off that they haven't actually fixed", m="", v=["blame"]),
    dict(p=VC, s="heard", t="the hold up was at the correspondent bank sir, they sat on it for two days, it wasn't anything we did. I'll reverse the fee for you though", m="O", v=["blame"], n="offer after the blame; no time so no commitment"),
    dict(p=FT, s="heard", t="whoever fitted the pump last time clearly didn't know what they were doing", m="", v=["blame"]),
    dict(p=EE, s="heard", t="the one on the ninth was our hosting provider, not our engineers. I'm sorry though, genuinely, your warehouses shouldn't have been down at all", m="AE", v=["blame"], n="marks after the violation are not cancelled"),

    # ---------------------------------------------------------------- policy
    dict(p=BE, s="heard", t="I'm so sorry about the overdraft. the refund has to go through the billing queue though, that's just how it's set up, could be ten days", m="", v=["policy"], n="contrastive 'though' leads into the policy wall: apology cancelled"),
    dict(p=LE, s="options", t="yeah no I can't book a courier til the trace closes, the system won't let me", m="", v=["policy"]),
    dict(p=VC, s="heard", t="I hear you sir. you'd need to submit a formal complaint through the online portal for that", m="A", v=["policy"], n="no 'but': acknowledgement stands"),
    dict(p=MT, s="heard", t="any refund on an install has to be requested in writing, I don't make the rules", m="", v=["policy"]),
    dict(p=EE, s="heard", t="thank you for laying it all out so clearly. anything about the contract goes through legal, it's company procedure, so I can't get into it on this call", m="G", v=["policy"]),
    dict(p=FT, s="options", t="um so the procedure is the engineer has to come out a third time before we can even look at replacing it, that's the process", m="", v=["policy"]),

    # ---------------------------------------------------------------- doubt
    dict(p=MT, s="vent", t="hm. our system's showing he did turn up at ten forty", m="", v=["doubt"]),
    dict(p=LE, s="heard", t="that's odd, tracking normally updates within a couple of hours, you sure that's the right number?", m="", v=["doubt"], n="doubting question, not a real one"),
    dict(p=BE, s="heard", t="sorry, I'm just not seeing a second payment on here at all", m="", v=["doubt"], n="'sorry' as politeness"),
    dict(p=FT, s="heard", t="I'm so sorry you've been without it, two weeks is a long time. I'd be surprised if it's the same fault though, those pumps don't usually go twice", m="", v=["doubt"], n="contrastive 'though' into doubt cancels the apology and the restatement"),
    dict(p=VC, s="heard", t="two days? really? it says here it left us the same morning", m="", v=["doubt"]),
    dict(p=EE, s="heard", t="right, thank you. I have to say our monitoring's only logged two incidents this quarter, not three", m="G", v=["doubt"]),
    dict(p=None, s="heard", t="uh I dunno, that's the first I've ever heard of that happening", m="", v=["doubt"]),

    # ---------------------------------------------------------------- correcting
    dict(p=BE, s="heard", t="well you'd actually need to cancel thirty days before the billing date, it's in the terms", m="", v=["correcting"]),
    dict(p=LE, s="heard", t="just so you know overnight isn't like a guarantee, it's more of a target time", m="", v=["correcting"]),
    dict(p=VC, s="heard", t="I'm sorry sir, I do hear you. technically though a wire that size is always going to get a compliance check", m="", v=["correcting"], n="'though' into correcting: marks cancelled"),
    dict(p=MT, s="heard", t="so the eight till twelve is an estimate, it's not a fixed time, I think there's been a bit of a misunderstanding there. I'll waive the fee anyway", m="O", v=["correcting"]),
    dict(p=FT, s="heard", t="I- I'm sorry. um the warranty's actually on parts only so the labour wouldn't of been covered anyway", m="E", v=["correcting"], n="apology stands (no connective); 'wouldn't of' mis-hearing"),
    dict(p=EE, s="options", t="I'll get the SLA credit applied. for what it's worth, your contract does allow four hours of planned downtime a month, so not all of it counts", m="O", v=["correcting"]),
    dict(p=None, s="heard", t="if you'd read the confirmation email it did actually say that", m="", v=["correcting"]),

    # ---------------------------------------------------------------- accusation
    dict(p=LE, s="heard", t="okay so for the record you're saying the parcel was never collected", m="", v=["accusation"]),
    dict(p=BE, s="heard", t="your claim is that you cancelled on the fifth, I'll need to verify that", m="", v=["accusation", "doubt"]),
    dict(p=VC, s="heard", t="I appreciate you calling, sir. the evidence we have shows the instruction came in after the cut-off", m="G", v=["accusation", "correcting"], n="rule 10: insisting on customer's error through evidence"),
    dict(p=FT, s="heard", t="so you allege the engineer didn't fix it properly. both times", m="", v=["accusation"]),
    dict(p=MT, s="heard", t="noted. I'll log it as an alleged missed appointment and someone will call you by friday", m="C", v=["accusation"], n="callback with a day is commitment, not options"),
    dict(p=EE, s="heard", t="I understand, and I'm sorry. just to be clear, are you formally alleging a breach of contract?", m="AE", v=["accusation"], n="no 'but': marks stand; court-room question is not a real question"),

    # ---------------------------------------------------------------- calm_down
    dict(p=BE, s="heard", t="Margaret please, there's no need to get so worked up, it's only a refund", m="", v=["calm_down", "dismissal"], n="'it's only a refund' minimises"),
    dict(p=LE, s="vent", t="woah woah okay take a breath mate", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="sir if you could just lower your voice I'll be able to help you", m="", v=["calm_down"]),
    dict(p=FT, s="heard", t="okay I can hear you're upset but shouting at me isn't gonna get your washer fixed any quicker", m="", v=["calm_down"], n="'but' into the violation cancels acknowledge and empathise"),
    dict(p=EE, s="heard", t="let's all just cool down a bit. I'm sorry about the outages, I really am, and I'll have a root-cause report to you by the thirtieth", m="EOC", v=["calm_down"]),
    dict(p=MT, s="vent", t="okay okay chill, I'm listening", m="", v=["calm_down"]),
    dict(p=FT, s="heard", t="I'm really sorry about the callback, that one's on us. you don't need to be so nasty about it though", m="AE", v=["calm_down"], n="the 'though' sits after the marks and does not lead from them; 'that one's on us' admits what happened; like 'no need to be rude'"),

    # ---------------------------------------------------------------- insult
    dict(p=LE, s="heard", t="mate it's a compressor not a kidney, your customer will survive", m="", v=["insult", "dismissal"]),
    dict(p=BE, s="heard", t="oh for goodness sake, I've explained this twice already", m="", v=["insult"]),
    dict(p=VC, s="heard", t="with all respect sir, not everything revolves around your portfolio", m="", v=["insult"]),
    dict(p=EE, s="heard", t="wow. okay. good luck finding a provider with better uptime", m="", v=["insult"]),
    dict(p=MT, s="heard", t="yeah cause obviously I personally cancelled your engineer", m="", v=["insult"], n="sarcasm"),
    dict(p=None, s="heard", t="are you done? good. what's the account number", m="Q", v=["insult"], n="account number after venting is a real request, not premature"),

    # ---------------------------------------------------------------- threat_back
    dict(p=BE, s="heard", t="if you keep speaking to me like that I'll have to end the call", m="", v=["threat_back"]),
    dict(p=LE, s="heard", t="you want to take it to trading standards, be my guest", m="", v=["threat_back"]),
    dict(p=VC, s="heard", t="if you're that unhappy sir, you're very welcome to move your accounts elsewhere", m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="I do understand how serious this is. but if you terminate early there'll be penalties, I'd think about that", m="", v=["threat_back"], n="'but' into the threat cancels the acknowledgement"),
    dict(p=FT, s="heard", t="I'm sorry it's broken again, I really am. one more word like that and I'm putting the phone down", m="E", v=["threat_back"]),
    dict(p=MT, s="heard", t="look if you wanna cancel the broadband go ahead, I can put that through right now", m="", v=["threat_back"]),

    # ---------------------------------------------------------------- non_apology
    dict(p=LE, s="heard", t="we're sorry for any inconvenience with your delivery", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="sorry you're upset Margaret, I'll get both charges refunded today", m="OC", v=["non_apology"]),
    dict(p=VC, s="heard", t="I'm sorry if the timing wasn't quite what you expected", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="sorry you feel let down by us. I can send a senior engineer out thursday, does that suit?", m="OIQ", v=["non_apology"], n="time inside a proposal: offer, not commitment"),
    dict(p=EE, s="heard", t="apologies if the outages caused any disruption to your operations", m="", v=["non_apology"]),
    dict(p=MT, s="heard", t="um sorry if that's put you out at all", m="", v=["non_apology"]),

    # ---------------------------------------------------------------- dismissal
    dict(p=LE, s="heard", t="parcels do go walkabout sometimes, nine times out of ten it turns up", m="", v=["dismissal"]),
    dict(p=BE, s="heard", t="I'm sorry, that's a billing thing, I only do the technical side", m="", v=["dismissal"], n="'sorry' for not helping is not empathy"),
    dict(p=VC, s="heard", t="I'm afraid I've no control over what the receiving bank does", m="", v=["dismissal"]),
    dict(p=EE, s="heard", t="I get it, I do. but there's not a lot I can do about the outages from where I'm sitting", m="", v=["dismissal"], n="'but' into dismissal cancels the acknowledgement"),
    dict(p=FT, s="heard", t="thanks for waiting. it's a washing machine, they do go wrong, I'll see if someone can pop out", m="G", v=["dismissal"], n="'see if someone can pop out' is vague, not options"),
    dict(p=MT, s="heard", t="I'm really sorry nobody turned up, twice, that's awful. the engineer diary's a different team, I can't touch it", m="AE", v=["dismissal"], n="no connective: marks stand"),

    # ---------------------------------------------------------------- over_promise
    dict(p=LE, s="options", t="I'll refund the whole order and cover whatever you lose with the restaurant, just send me over the invoice", m="O", v=["over_promise"]),
    dict(p=BE, s="options", t="so I'll refund both charges and the overdraft fee and I'll give you three months free for the hassle", m="O", v=["over_promise"]),
    dict(p=VC, s="commitment", t="I'll reverse the fees, and I can guarantee nothing like this will ever happen on your account again, you have my word", m="O", v=["over_promise"]),
    dict(p=EE, s="options", t="we can let you out of the contract with no penalty if that's what you want, I'll sort it", m="O", v=["over_promise"]),
    dict(p=FT, s="options", t="I'll get you the newer model, the one with the steam setting, no extra cost. how does that sound?", m="OIQ", v=["over_promise"]),
    dict(p=MT, s="options", t="I'm so sorry. full refund on the installation, two months' credit and the first engineer slot, guaranteed", m="EO", v=["over_promise"]),
    dict(p=None, s="close", t="I promise you this will never happen again", m="", v=["over_promise"]),

    # ---------------------------------------------------------------- premature_details (vent only)
    dict(p=LE, s="vent", t="okay uh can I just get the tracking number off you", m="Q", v=["premature_details"]),
    dict(p=BE, s="vent", t="I'm so sorry Margaret. can you read me the last four digits of the card", m="EQ", v=["premature_details"]),
    dict(p=VC, s="vent", t="Mr Fairclough I'll need to take you through security first. your date of birth please", m="Q", v=["premature_details"]),
    dict(p=EE, s="vent", t="and what's the account ID for Ferrow", m="Q", v=["premature_details"]),
    dict(p=FT, s="vent", t="sorry to cut in, what's the serial number on the back of it", m="Q", v=["premature_details"], n="'sorry' is politeness"),
    dict(p=MT, s="vent", t="right I hear you, I do. what's the postcode for the install?", m="AQ", v=["premature_details"]),
    dict(p=None, s="vent", t="um before we go on whats your customer number", m="Q", v=["premature_details"]),

    # ---------------------------------------------------------------- clean good replies
    dict(p=MT, s="heard", t="two mornings you stayed in and nobody even phoned. I'm really sorry, that's not on", m="AE"),
    dict(p=MT, s="options", t="I can waive the installation fee, put a month's credit on, and get you the eight o'clock slot so you're not sat waiting. does that sound fair?", m="OIQ"),
    dict(p=MT, s="commitment", t="right that's you booked in for the eight a.m. slot on tuesday and I'll text you monday evening to confirm", m="OC"),
    dict(p=MT, s="close", t="thanks for hanging on with me Bernadette, I know it's been a rubbish week", m="GE", n="'I know it's been a rubbish week' validates the feeling"),
    dict(p=LE, s="heard", t="so you paid for overnight, the tracking's said nothing since it was picked up, and now your restaurant's on your back. I'd be fuming", m="AE"),
    dict(p=LE, s="options", t="what I can do is refund the express fee, open a trace now, and get a same day courier out with new parts at our cost. which do you want me to start with?", m="OIQ"),
    dict(p=LE, s="commitment", t="the trace is open and I'll ring you by three with where it's got to", m="OC"),
    dict(p=VC, s="heard", t="I'm very sorry, sir. you should have heard it from us, not from the seller's solicitor", m="AE"),
    dict(p=VC, s="options", t="I'd like to reverse the transfer fees and give you a direct line to a senior banker, so next time there's a named person you can reach. would that be acceptable?", m="OIQ"),
    dict(p=VC, s="commitment", t="the fees are reversed as of now, and your banker, Anna, will call you tomorrow at ten", m="OC"),
    dict(p=VC, s="heard", t="thank you for being so frank with me, it genuinely helps", m="G"),
    dict(p=EE, s="heard", t="three outages in one quarter, every one past the SLA, your warehouses stood still, and you had to go to our CEO to be heard. you're right to be angry", m="AE"),
    dict(p=EE, s="options", t="I can offer the SLA service credit for the quarter, a named account manager, and a root cause report. what date would you need the report by?", m="OIQ"),
    dict(p=EE, s="commitment", t="you'll have the root-cause report by friday the twelfth, and Tom, your account manager, will ring you this afternoon", m="OC"),
    dict(p=FT, s="heard", t="uh so it's been fixed twice and it's gone again and nobody called you back monday like they said they would. I'm so sorry Kelly", m="AE"),
    dict(p=FT, s="options", t="so I can either swap it for a brand new one, same model, with two extra years warranty, or get a senior engineer to you this week with a loan machine. what would suit you best?", m="OIQ"),
    dict(p=FT, s="commitment", t="the senior engineer's booked for thursday morning and the loan machine comes with him. I'll call you wednesday night to check it's all still on", m="OC"),
    dict(p=FT, s="heard", t="how have you been managing with the washing, like with the kids and that", m="Q"),
    dict(p=BE, s="heard", t="you cancelled, we took it twice anyway, the bank's charged you on top, and chat told you it was fixed. that's awful, I'm sorry", m="AE"),
    dict(p=BE, s="options", t="I'll refund both payments and pay back the overdraft fee, and send you written confirmation the subscription's closed. is that okay with you?", m="OIQ"),
    dict(p=BE, s="commitment", t="both refunds have gone through just now and the letter confirming your cancellation goes out today", m="OC"),
    dict(p=BE, s="heard", t="thank you for ringing back, I know you shouldn't have had to", m="GA"),
    dict(p=BE, s="heard", t="I'd be really worried too. on a pension that's a lot to have taken out of your account", m="AE"),
    dict(p=None, s="heard", t="I hear you, and I'm sorry", m="AE"),
    dict(p=None, s="options", t="would a refund or a replacement suit you better?", m="OIQ"),
    dict(p=None, s="commitment", t="I'll have someone from the team call you back by five today", m="C", n="callback alone: commitment, not options"),
    dict(p=None, s="heard", t="I can tell this has been really stressful for you", m="AE", n="like 'I can hear how upset you are'"),
    dict(p=FT, s="heard", t="seven months old and it's broken twice. no wonder you've had enough", m="AE"),
    dict(p=EE, s="close", t="thank you Eleanor. I'll email you a summary of everything we've agreed within the hour", m="GC"),
    dict(p=LE, s="close", t="thanks Marcus, really appreciate you bearing with me there", m="G"),
    dict(p=VC, s="vent", t="I understand, sir. please, go on", m="A"),
    dict(p=MT, s="heard", t="honestly I'm frustrated for you, that's two days of pay", m="AE", n="frustration on the customer's behalf, not the agent's own"),

    # ---------------------------------------------------------------- hard negatives
    dict(p=None, s="vent", t="mm", m=""),
    dict(p=MT, s="vent", t="okay... go on", m=""),
    dict(p=EE, s="vent", t="of course. I'm listening", m=""),
    dict(p=BE, s="heard", t="sorry can you just spell your surname for me", m="Q", n="polite 'sorry'; detail request after venting"),
    dict(p=LE, s="heard", t="I'm just bringing the consignment up now", m=""),
    dict(p=FT, s="heard", t="I know the drain pump on that model, it's usually the same part each time", m=""),
    dict(p=VC, s="heard", t="I'm not going to pretend that was acceptable, because it wasn't", m="A", n="admits it should not have happened"),
    dict(p=None, s="heard", t="there's a few options I could look at", m="", n="'options' word, no remedy"),
    dict(p=LE, s="options", t="we'll look into what's happened with it", m="", n="vague, not options"),
    dict(p=MT, s="commitment", t="I'll sort the booking out for you", m="", n="vague, no time"),
    dict(p=BE, s="close", t="no worries at all", m=""),
    dict(p=EE, s="heard", t="what's the impact been on your drivers and the warehouse floor", m="Q"),
    dict(p=VC, s="heard", t="did the seller's side give you any extra time in the end?", m="Q"),
    dict(p=FT, s="options", t="would you be okay if I put you on hold for a minute while I check the engineers' diary?", m="IQ", n="asks permission"),
    dict(p=None, s="heard", t="right", m=""),
    dict(p=MT, s="heard", t="I'm sorry, can I just check which day was the first one", m="Q", n="polite 'sorry'"),
    dict(p=None, s="close", t="is there anything else I can help with today?", m="Q", n="ending check: not asks_input"),
    dict(p=None, s="heard", t="sorry, one sec, my screen's frozen", m=""),
    dict(p=LE, s="heard", t="okay and the compressor and the board were they in the same box", m="Q"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "c", Path(__file__).with_name("replies_extra20.jsonl"))
