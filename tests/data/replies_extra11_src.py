"""Source of `replies_extra11.jsonl`: an eleventh batch of hand-written trainee replies (tune split only).

Written one at a time by someone who had not read the held-back part of `replies.jsonl` nor the
judge's code (judge, lexicon, patterns, learned model). It is a realistic cross-section of what
trainees say over a WHOLE call, in roughly the proportions of the original tuning replies: letting
the customer vent, saying the complaint back, apologising and naming the feeling, offering remedies
and choices, committing to times, thanking, asking about impact and details, closing; about a third
slip into one of the twelve faults, in everyday words as well as the textbook ones; about a fifth are
good replies with three or more marks. Hard negatives sit among them: negated faults and negated
empathy, "but"/"though" into a fault, non-apologies, sarcastic thanks, offers refused honestly,
"sorry" as politeness, promises with no time, "option" with no remedy. All six personas, generic
replies and every stage. Whisper-style text (lowercase, fillers, false starts, run-ons, the odd
mis-hearing) mixed with properly punctuated lines. Nothing is generated from a template. Labels
follow tests/data/README.md.

This batch is kept out of the model's training so it stays an unseen check; see
scripts/train_judge_model.py TRAINING. It was not scored while it was written.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra11.jsonl` next to it (ids o0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- missed-technician (Bernadette)
    dict(p=MT, s="vent", t="mm okay. take your time, I'm not going anywhere", m="", n="letting her vent; no restatement"),
    dict(p=MT, s="vent", t="yeah yeah I hear you, anyway can I get the account number", m="Q", v=["premature_details"], n="dismissive 'I hear you, anyway' is not acknowledgement"),
    dict(p=MT, s="heard", t="so you waited in all morning on two different days and not one phone call. that's not good enough from us", m="A"),
    dict(p=MT, s="heard", t="I'm so sorry. taking two days off for an install that never even happened, that's awful", m="AE"),
    dict(p=MT, s="heard", t="it's um, it's showing on my end that the engineer attended both visits", m="", v=["doubt"], n="quoting the system against her"),
    dict(p=MT, s="heard", t="did you lose pay for those days or were you able to work from home", m="Q"),
    dict(p=MT, s="heard", t="honestly the installers are contractors, they're not our staff, so I can't really answer for them", m="", v=["blame", "dismissal"]),
    dict(p=MT, s="heard", t="okay so I- I just want to make sure I've got it right you booked the eight to twelve slot, took the day off, nobody turned up, nobody rang, and then the exact same thing happened the second time and honestly if that was me I'd have been on the phone screaming so I'm really sorry, what would help you most right now", m="AEIQ"),
    dict(p=MT, s="heard", t="I wouldn't blame you if you never wanted to hear from us again, honestly", m="E", n="the word 'blame' validates her; no fault-finding"),
    dict(p=MT, s="heard", t="Two mornings, two no-shows, and nobody picked up the phone. I'd have lost my temper long before now.", m="AE"),
    dict(p=MT, s="heard", t="so what you're saying is the engineer never showed, either time", m="A", n="restatement frame, not court-room language"),
    dict(p=MT, s="heard", t="according to you the engineer never showed up at all, is that correct", m="", v=["accusation"], n="'according to you' casts her account as a claim; not a real question"),
    dict(p=MT, s="heard", t="I'm really sorry Bernadette, you took two days off for us and we didn't even have the decency to ring. can I ask how it's left you with work?", m="AEQ"),
    dict(p=MT, s="options", t="what I can do is waive the installation fee, put a month's credit on, and book you the eight o'clock slot, which is the first one of the day. is there a day that's easiest for you", m="OIQ"),
    dict(p=MT, s="options", t="okay look I'll just refund you everything you've paid since you signed up, would that sort it", m="OIQ", v=["over_promise"], n="a full refund is more than allowed"),
    dict(p=MT, s="options", t="we don't refund for missed appointments I'm afraid, that's company policy", m="", v=["policy"]),
    dict(p=MT, s="options", t="I can waive the fee and get you the eight o'clock slot. I mean you could of rung us to check he was coming, but anyway", m="O", v=["correcting"], n="mis-hearing 'could of'; the offer stands beside the lecture"),
    dict(p=MT, s="options", t="you've lost two mornings already so I don't want you losing a third. I can book the eight o'clock slot on a saturday, waive the fee and put a month's credit on. does saturday work or would a weekday be better?", m="AOIQ"),
    dict(p=MT, s="commitment", t="right that's you booked, thursday the twelfth, eight a.m., first job of the day, and the fee's already been taken off", m="OC"),
    dict(p=MT, s="commitment", t="I'll get someone to call you about the credit", m="", n="callback with no time, and no remedy offered"),
    dict(p=MT, s="commitment", t="okay so I've waived the fee just now, the credit'll show on your next bill, and I'll ring you at half four today to confirm the engineer's name. does that all sound alright?", m="OCIQ"),
    dict(p=MT, s="close", t="thanks for sticking with us through all that Bernadette, I know we haven't made it easy", m="G", n="'we haven't made it easy' is too vague to say back what happened"),
    dict(p=MT, s="close", t="so that's the fee waived, a month's credit on the account, and Dave booked for eight o'clock Thursday. thank you for giving us another chance, and I'm sorry again about the last two mornings", m="EOCG"),
    dict(p=MT, s="heard", t="uh you've basically burned two days off work waiting on us, I'm- yeah I'm really sorry about that", m="AE"),

    # ---------------------------------------------------------------- lost-express (Marcus)
    dict(p=LE, s="vent", t="I- I'm so sorry Mr Adeyemi, that's really, really bad", m="E"),
    dict(p=LE, s="vent", t="can I take the tracking number off you first", m="Q", v=["premature_details"]),
    dict(p=LE, s="heard", t="so the compressor and the control board never turned up and now your restaurant client's having a go at you, right, that's a nightmare", m="AE", n="'right' is a tag, not a question"),
    dict(p=LE, s="heard", t="have you been able to tell your client what's happened yet", m="Q"),
    dict(p=LE, s="heard", t="I'm sorry if the delay's caused you any problems with your client", m="", v=["non_apology"]),
    dict(p=LE, s="heard", t="Right, so you paid extra for overnight, got nothing, and the tracking hasn't moved since it was collected. Have I got that right?", m="AQ"),
    dict(p=LE, s="heard", t="god, that puts you in an awful spot with your client, and that's our fault, not yours. have they given you a deadline?", m="AEQ", n="owning the fault is not blame"),
    dict(p=LE, s="heard", t="I'm really sorry it's gone missing. to be fair though the courier's been a nightmare all week, it's not just you", m="", v=["blame", "dismissal"], n="'though' leads into blame: the apology is cancelled"),
    dict(p=LE, s="heard", t="I've made a note of your claim that the tracking hasn't updated", m="", v=["accusation"]),
    dict(p=LE, s="heard", t="I'm not going to hang up on you, I promise, I'm staying on till this is sorted", m="", n="negated threat; 'till this is sorted' is no time"),
    dict(p=LE, s="heard", t="um so, the parts were meant to get to your restaurant client first thing and they never showed, and you're the one taking the heat for it. I'm really sorry. what do they need most urgently?", m="AEQ"),
    dict(p=LE, s="options", t="I can get a same day courier to take new parts to your client at our cost, and refund the express, do you want me to set that up", m="OIQ"),
    dict(p=LE, s="options", t="I'll send replacement parts by courier and I promise you they'll be with your client by two, guaranteed", m="OC", v=["over_promise"], n="guarantees a delivery time the courier controls"),
    dict(p=LE, s="options", t="I mean there's no option to claim for lost business, so... yeah", m="", n="'option' with no remedy; a flat refusal, no wall or dismissal words"),
    dict(p=LE, s="options", t="I'm really sorry, Marcus. Right now I'm booking a same-day courier to get new parts to your client at our cost, I'm refunding the express fee and opening a trace on the original, and I'll text you the driver's details in the next fifteen minutes.", m="EOC"),
    dict(p=LE, s="options", t="I'll refund the express fee now and open a trace. as for the lost business, that's between you and your customer really", m="OC", v=["dismissal"]),
    dict(p=LE, s="commitment", t="the trace is open now, and I'll ring you by three with whatever the depot tells me", m="OC"),
    dict(p=LE, s="commitment", t="no no, no need to thank me. I'll text you the collection time within ten minutes", m="C", n="'no need to thank me' is not gratitude"),
    dict(p=LE, s="commitment", t="okay the courier's booked, they're collecting from your unit at one, and the express fee refund went through a minute ago. thanks for bearing with me Marcus", m="OCG"),
    dict(p=LE, s="close", t="thanks Marcus, I appreciate you hanging on while I sorted the courier out", m="G"),
    dict(p=LE, s="heard", t="that's not just a late parcel, that's your name with a customer on the line. I'd be gutted, honestly. what would help most, getting new parts over to them or sorting the refund first?", m="AEOIQ", n="a choice between remedies while hearing him out"),
    dict(p=LE, s="close", t="I really am sorry about the mess with the parcel, and thank you for giving us the chance to sort it. I'll call you tomorrow at nine to check your client got everything", m="ECG"),

    # ---------------------------------------------------------------- escalated-exec (Eleanor)
    dict(p=EE, s="vent", t="mm. right. please go on", m=""),
    dict(p=EE, s="vent", t="before we get into it could you confirm the contract reference for Ferrow", m="Q", v=["premature_details"]),
    dict(p=EE, s="heard", t="Three outages in one quarter, every one of them outside the SLA, and your warehouses stood still each time. I understand why you went to our CEO.", m="A"),
    dict(p=EE, s="heard", t="for the record, our uptime this quarter is still above ninety-nine percent", m="", v=["accusation", "correcting"]),
    dict(p=EE, s="heard", t="if you want to bring lawyers into it that's up to you, we've got ours as well", m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="your board must be asking some hard questions, how are you holding up with all this", m="EQ"),
    dict(p=EE, s="heard", t="look I get that you're angry but every platform goes down now and then, we're not the only ones", m="", v=["dismissal"], n="'but' into minimising cancels 'I get that you're angry'"),
    dict(p=EE, s="heard", t="I understand, three outages is a lot. but you did sign off on the maintenance windows", m="", v=["correcting"], n="'but' into correcting cancels the acknowledgement"),
    dict(p=EE, s="heard", t="nothing's come up on my side about an outage on the ninth, are you sure that was us", m="", v=["doubt"]),
    dict(p=EE, s="heard", t="I won't insult you by reading out the contract terms, you know them better than I do", m="", n="mentions the terms without lecturing"),
    dict(p=EE, s="heard", t="I'm so sorry, Eleanor. You chose us, and we've let you down three times in one quarter.", m="AE"),
    dict(p=EE, s="heard", t="Thank you for staying on the line with me. Three SLA breaches in a quarter is not acceptable, and I'm sorry you had to go to our CEO to get anyone's attention.", m="AEG", n="'sorry you had to go to our CEO' names the event: sincere"),
    dict(p=EE, s="options", t="I can apply the full SLA credit for the quarter and assign you a named account manager, and I'll commit to a written root cause report. would that be a fair place to start", m="OIQ", n="the report has no date, so no commitment"),
    dict(p=EE, s="options", t="I can guarantee you won't see any more downtime this year", m="", v=["over_promise"], n="bare guarantee, no remedy"),
    dict(p=EE, s="options", t="I can't release you from the contract, that's beyond what I can sign off, I'll be honest. What I can do is the full service credit for the quarter and a named account manager starting tomorrow. Would that help?", m="OIQ", n="honest obstacle, not policy; 'starting tomorrow' sits inside the offer"),
    dict(p=EE, s="options", t="there's no option to leave early without the penalty I'm afraid", m="", n="honest limit; the word 'option' offers nothing"),
    dict(p=EE, s="options", t="uh what I'd like to do is put the full service credit on this quarter's invoice, get you a named account manager, and have the root cause report written up for you. is there anything your board would want added to that?", m="OIQ"),
    dict(p=EE, s="commitment", t="your root cause report will be with you by friday the twentieth, and priya shah, your account manager, will ring you by noon tomorrow", m="OC"),
    dict(p=EE, s="commitment", t="I'll get the root-cause report to you in writing by Thursday the nineteenth, and I'll call you Friday morning to take you through it. Does that timing work for your board?", m="OCIQ"),
    dict(p=EE, s="commitment", t="the account manager will call you by midday tomorrow. and just so we're clear, damages aren't something you're entitled to under the contract", m="OC", v=["correcting"], n="confirms the account manager (a remedy) with a time; no 'but', so the marks stand beside the lecture"),
    dict(p=EE, s="close", t="thank you for taking this to the top, honestly, it's made us look properly at what went wrong", m="G"),
    dict(p=EE, s="vent", t="I'm sorry. I'm listening, please carry on", m="E", n="a sincere apology while she vents, no restatement"),
    dict(p=EE, s="heard", t="I can hear how much pressure this has put you under, and you're right, we should have called you the moment the first one went down", m="AE"),

    # ---------------------------------------------------------------- vip-client (Julian)
    dict(p=VC, s="vent", t="yes sir. I'm listening.", m=""),
    dict(p=VC, s="vent", t="may I take your client number and date of birth please, just for security", m="Q", v=["premature_details"]),
    dict(p=VC, s="heard", t="you found out from the seller's solicitor before you heard a word from us. that's not how you should be treated, and I'm sorry", m="AE"),
    dict(p=VC, s="heard", t="with respect Mr Fairclough, if you're that unhappy you're welcome to take it to Sterling and Marsh", m="", v=["threat_back"]),
    dict(p=VC, s="heard", t="was anything lost on the purchase in the end, or did it still go through", m="Q"),
    dict(p=VC, s="heard", t="Oh, I'm sure the chairman will be thrilled to hear from you.", m="", v=["insult"], n="sarcasm"),
    dict(p=VC, s="heard", t="I understand how serious this was, a house completion isn't something that can slip", m="A"),
    dict(p=VC, s="heard", t="I'm sorry, sir, but frankly a two-day delay on an international wire isn't unusual", m="", v=["dismissal"], n="'but' into minimising cancels the apology"),
    dict(p=VC, s="heard", t="I'm not doubting you for a second, sir. The money should have landed on Wednesday and it didn't, and that's on us.", m="A", n="negated doubt; says back what went wrong"),
    dict(p=VC, s="heard", t="you nearly lost a house because of us and nobody even picked up the phone to warn you, I'd be livid, what can I do that'd actually make a difference for you now", m="AEIQ"),
    dict(p=VC, s="heard", t="it'll have been held up at the correspondent bank, they're very slow with large amounts", m="", v=["blame"]),
    dict(p=VC, s="heard", t="so the money was late, the completion nearly collapsed, and you heard it from the seller's solicitor first. that must have been humiliating, and I'm sorry. may I ask where things stand with the house now?", m="AEQ"),
    dict(p=VC, s="options", t="I can reverse the transfer fees and give you a direct line to a named senior relationship banker. which would you like me to set up first", m="OIQ"),
    dict(p=VC, s="options", t="and I'll have the chief exec ring you personally to apologise", m="O", v=["over_promise"]),
    dict(p=VC, s="options", t="I'm sorry, Mr Fairclough, you should never have had to hear it from the other side. I can reverse the fees today and give you a direct line to a senior banker, so there's always someone who picks up. Shall I arrange both?", m="AEOIQ", n="'today' inside a proposal: offer, not commitment"),
    dict(p=VC, s="options", t="I can't promise you a call from the chief executive, that's not in my gift. I can give you a direct line to a senior banker though, would that be worth having?", m="OIQ", n="refuses the over-promise; honest limit"),
    dict(p=VC, s="commitment", t="Your transfer fees will be reversed by close of business today, and Claire from the senior team will call you at nine tomorrow with her direct line.", m="OC"),
    dict(p=VC, s="close", t="thank you for staying with us Mr Fairclough, I know you've had other offers", m="G"),
    dict(p=VC, s="close", t="Thank you, Mr Fairclough, for giving us the chance to fix this. The fees are reversed as of now, and I'll ring you on Friday to make sure the same-day transfers are working.", m="OCG"),
    dict(p=VC, s="commitment", t="I'm sorry, you shouldn't have to chase us for a name. Claire Davenport will ring you at ten tomorrow with her direct line, and the fee reversal goes through this afternoon. Does that work for you?", m="EOCIQ"),

    # ---------------------------------------------------------------- failed-twice (Kelly)
    dict(p=FT, s="vent", t="okay. mm-hm. keep going", m=""),
    dict(p=FT, s="heard", t="seven months old and it's packed in twice since we fixed it, and then the supervisor never rang you back, I'd be fuming", m="AE"),
    dict(p=FT, s="heard", t="how have you been managing the washing with the little ones", m="Q"),
    dict(p=FT, s="heard", t="are you sure it's not being overloaded? a lot of these faults come from overloading the drum", m="", v=["doubt", "correcting"], n="doubting question, not a real one"),
    dict(p=FT, s="heard", t="the engineer who fixed it last time clearly didn't do his job properly", m="", v=["blame"]),
    dict(p=FT, s="heard", t="I'm not going to sit here and be shouted at, if you carry on I'll end the call", m="", v=["threat_back", "calm_down"], n="'not going to be shouted at' works as 'no need to shout'"),
    dict(p=FT, s="heard", t="two weeks with no washing machine and little ones at home, I honestly can't imagine how you've coped", m="AE", n="'can't imagine' is sympathy"),
    dict(p=FT, s="heard", t="that's ridiculous, we promised you a callback and nobody rang. I'm so sorry, I'd be furious. let me be the one who sorts this out for you today", m="AE", n="'ridiculous' is about us; 'sorts this out today' is no concrete step"),
    dict(p=FT, s="heard", t="I totally get how frustrating it's been, and I'm sorry. engineers have to be booked through the online portal, that's just how it works", m="AE", v=["policy"], n="no contrastive connective: the marks stand beside the wall"),
    dict(p=FT, s="heard", t="you should of called us the minute it started leaking, it probably wouldn't have got this bad", m="", v=["correcting"], n="mis-hearing 'should of'"),
    dict(p=FT, s="options", t="I can swap it for a brand new one of the same model with a two year warranty, or get a senior engineer out this week with a loan machine. which sounds better to you", m="OIQ", n="'this week' inside a choice"),
    dict(p=FT, s="options", t="sorry, we don't do refunds on machines after thirty days, that's the rule", m="", v=["policy"], n="'sorry' for a refusal"),
    dict(p=FT, s="options", t="I'd give you a refund if I could, but I can't, sorry", m="", n="offer refused; sorry for a refusal; honest, no wall"),
    dict(p=FT, s="options", t="I'm so sorry Kelly, you've been let down twice and then left hanging on a callback. I can get a senior engineer to you on thursday with a loan machine, or send a brand new one of the same model. what would suit you?", m="AEOIQ"),
    dict(p=FT, s="commitment", t="the senior engineer's booked for wednesday between eight and twelve and the loan machine'll be dropped off tomorrow morning", m="OC"),
    dict(p=FT, s="commitment", t="I'll make sure the supervisor actually calls you this time, I promise", m="", n="promise with no time"),
    dict(p=FT, s="commitment", t="thank you for hanging on. the replacement's ordered, it'll be with you saturday morning between eight and twelve, and I'll text you the warranty details within the hour", m="OCG"),
    dict(p=FT, s="close", t="thank you Kelly, and thank you for being so patient with us, genuinely", m="G"),
    dict(p=FT, s="close", t="you're welcome, and thank you for letting us put it right. I'll ring you friday at four like I said", m="CG"),
    dict(p=FT, s="options", t="I know you've been waiting on us for two weeks, so rather than another repair I'd suggest the new machine, same model, with the two year warranty, and I can have it out to you this saturday. would you like me to go ahead?", m="AOIQ", n="'I can ... this saturday' inside a proposal: offer"),

    # ---------------------------------------------------------------- billing-error (Margaret)
    dict(p=BE, s="vent", t="mm. I'm here, carry on", m=""),
    dict(p=BE, s="vent", t="could you read me the long number on the front of your card please", m="Q", v=["premature_details"]),
    dict(p=BE, s="heard", t="So you cancelled, we then charged you twice, and your bank hit you with an overdraft fee on top. And the chat told you it was sorted. I'm so sorry, Margaret.", m="AE"),
    dict(p=BE, s="heard", t="our chat team wouldn't have told you it was fixed unless it showed as fixed on the system", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="We're not responsible for your bank's charges, madam. You'd need to take that up with them.", m="", v=["blame", "dismissal"]),
    dict(p=BE, s="heard", t="you've been with us a long time haven't you. how long's it been now", m="Q", n="'haven't you' is a tag; the second part is a real question"),
    dict(p=BE, s="heard", t="I'm sorry you feel we've let you down", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="please don't raise your voice at me, madam", m="", v=["calm_down"]),
    dict(p=BE, s="heard", t="has this left you short for anything else this month, like bills or the rent", m="Q"),
    dict(p=BE, s="heard", t="I understand how worrying it is when you're on a pension and money's gone out that shouldn't have", m="AE"),
    dict(p=BE, s="heard", t="I'm sorry about the charges, Margaret. When did you cancel? Only sometimes people think they have and it hasn't gone through.", m="EQ", v=["doubt"], n="no 'but': the apology stands; the date question is real, the insinuation is doubt"),
    dict(p=BE, s="heard", t="oh well thanks a lot for the lecture", m="", v=["insult"], n="sarcastic thanks"),
    dict(p=BE, s="heard", t="apologies for any confusion the chat may have caused", m="", v=["non_apology"]),
    dict(p=BE, s="options", t="I can refund both charges and pay back the overdraft fee, and I'll send a letter confirming the cancellation. would you like that by post or email", m="OIQ"),
    dict(p=BE, s="options", t="you cancelled and we still took your money twice, that's on us. I can refund both charges, cover the overdraft fee and put the cancellation in writing for you. would that put things right?", m="AOIQ"),
    dict(p=BE, s="options", t="I'll ring your bank and get them to cancel that overdraft fee, don't worry", m="O", v=["over_promise"], n="promises what her bank will do"),
    dict(p=BE, s="options", t="I'll refund the two charges today. sorry if the chat gave you the wrong idea", m="OC", v=["non_apology"]),
    dict(p=BE, s="commitment", t="both refunds are going through right now and you'll see them back in your account by thursday, and I'll post the letter today", m="OC"),
    dict(p=BE, s="commitment", t="I've put both refunds through while we've been talking, and the overdraft fee is being reimbursed too. You'll have it all back by Wednesday. Thank you for being so patient, Margaret.", m="OCG"),
    dict(p=BE, s="close", t="thanks ever so much for your patience Margaret, you've been lovely about it", m="G"),
    dict(p=BE, s="close", t="thank you for telling us about the chat, it means we can stop it happening to someone else", m="G"),
    dict(p=BE, s="heard", t="being told it was fixed and then finding out it wasn't, that's the bit that would upset me most too", m="AE"),

    # ---------------------------------------------------------------- generic
    dict(p=None, s="vent", t="sorry what's your date of birth", m="Q", v=["premature_details"], n="'sorry' as politeness"),
    dict(p=None, s="vent", t="uh huh... yeah... mm", m=""),
    dict(p=None, s="heard", t="I hear you, and you've every right to be annoyed", m="AE"),
    dict(p=None, s="heard", t="okay sir, just relax for a second and let me look", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="you need to stop talking and let me actually help you", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="hey hey hey, let's just bring it down a notch yeah", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="wow. are you done?", m="", v=["insult"], n="hostile question"),
    dict(p=None, s="heard", t="I've already explained this to you twice now", m="", v=["insult"], n="snapping back"),
    dict(p=None, s="heard", t="I'm sorry if that came across badly", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="I can only go by what the system tells me, I'm afraid", m="", v=["policy"]),
    dict(p=None, s="heard", t="it's got to go through the proper channels, there's no way round it", m="", v=["policy"]),
    dict(p=None, s="heard", t="that'll be the new system, it's been playing up all week", m="", v=["blame"], n="blaming the system"),
    dict(p=None, s="heard", t="so what you're alleging is that nobody got back to you at all", m="", v=["accusation"]),
    dict(p=None, s="heard", t="I'm gonna have to put a note on your account about how you've spoken to me", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="look I'm trying to help you here but if you swear at me one more time I'm putting the phone down", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="so what happened next, after they told you it was sorted?", m="Q"),
    dict(p=None, s="heard", t="thank you for telling me all that, I know it's not easy going over it again", m="EG", n="validates how hard it is to retell"),
    dict(p=None, s="heard", t="sorry, can you spell the surname for me", m="Q", n="'sorry' as politeness; details after venting are fine"),
    dict(p=None, s="heard", t="I totally get why you're upset, I'd be the same", m="AE"),
    dict(p=None, s="heard", t="thanks, that's really helpful", m="G"),
    dict(p=None, s="heard", t="I'm sorry, I really am, that's not how it's supposed to go", m="AE", n="'that's not how it's supposed to go' owns what happened"),
    dict(p=None, s="heard", t="I'm not going to pretend I know exactly how you feel", m="", n="negated empathy"),
    dict(p=None, s="heard", t="sorry, one sec, my screen's just frozen", m="", n="'sorry' as politeness"),
    dict(p=None, s="heard", t="I'm not telling you to calm down, you've got every reason to be angry", m="E", n="negated 'calm down'; validates the anger"),
    dict(p=None, s="heard", t="that's not your fault at all, you did everything right", m="A", n="sides with the customer on what happened"),
    dict(p=None, s="heard", t="I'm so sorry you've been bounced around like this. Let me make sure I've got it all, and then we'll sort it. When did this first start?", m="AEQ", n="'sorry you' + the event is sincere"),
    dict(p=None, s="heard", t="oh no, that's so frustrating, being promised a call and then nothing", m="AE"),
    dict(p=None, s="heard", t="you're absolutely right to be angry, we messed up", m="AE"),
    dict(p=None, s="options", t="what would you like to happen now?", m="IQ"),
    dict(p=None, s="options", t="if there's something else that'd help just tell me, I'm open to it", m="I", n="imperative invitation; no question"),
    dict(p=None, s="options", t="I can refund it today or put it on as credit on your account, whichever you'd rather", m="OI", n="'today' inside a choice; imperative preference"),
    dict(p=None, s="close", t="is there anything else at all I can help you with today", m="Q", n="ending check: not asks_input"),
    dict(p=None, s="close", t="no worries at all, thanks for calling in", m="G"),
    dict(p=None, s="close", t="thanks so much for your patience today, I'll call you tomorrow at ten to check it's all gone through", m="CG"),
    dict(p=None, s="close", t="thanks again for your patience, I've logged everything and I'll email you a summary before five today. is there anything else I can do for you?", m="CGQ"),
    dict(p=None, s=None, t="nope", m=""),
    dict(p=None, s=None, t="oh great, another one", m="", v=["insult"], n="muttered, heard by the customer"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "o", Path(__file__).with_name("replies_extra11.jsonl"))
