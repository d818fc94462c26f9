"""Source of `replies_extra152.jsonl`: batch 152, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is a fresh
cross-section: the original set's own mix of personas, stages, marks and violation kinds (about a
third of the replies carry a violation, about a quarter are good replies with three or more marks,
a few carry no mark at all), in new situations and new wordings drawn from the persona briefs: the
compressor and control board stuck somewhere between depot and restaurant ("a restaurant with no
fridges, no wonder they're breathing down your neck"), the seller's solicitor breaking the news of
the late wire, chat telling the pensioner it was all fixed, the loan machine while the senior
engineer comes out. A good share are mixed replies where a mark sits next to a violation, with a
"but" or "though" between them (the mark before it is cancelled when it leads into the violation;
marks after a violation stand) and without one ("I understand, I'd be upset too, and I'm sorry. if
you want it escalated you'll have to email the complaints team"). Hard negatives sit beside them:
bare fillers while venting, "sorry" for cutting across the customer, hedged promises with no time,
asking leave to suggest ideas before naming any remedy, an on-their-side phrase with nothing else.
Every persona, the generic `None`, and every stage appear; about half the replies are styled like a
Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra152.jsonl next to it (ids ew0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="okay sorry can I just stop you there and take the account holders name",
         m="Q", v=["premature_details"], n="interrupts for details while venting; 'sorry' is politeness"),
    dict(p=MT, s="heard", t="so you booked the morning slot, sat in from eight till twelve, took the day off "
         "for it, and then the exact same thing happened the second time. and nobody even rang you", m="A"),
    dict(p=MT, s="heard", t="Two days' holiday gone, on our account. I'm genuinely sorry, Bernadette.", m="AE"),
    dict(p=MT, s="heard", t="well to be fair the engineers are out on the road all day, a job runs over and it "
         "knocks everything else on", m="", v=["dismissal"],
         n="explains the no-show away: minimising, labelled like 'these things happen' (rule 9)"),
    dict(p=MT, s="heard", t="did they not even text you the morning of?", m="Q",
         n="sympathetic but real question about what happened"),
    dict(p=MT, s="heard", t="I'd be climbing the walls honestly, stuck by the window for four hours, twice", m="AE"),
    dict(p=MT, s="heard", t="[sighs] right okay and what time was it meant to be", m="Q", v=["insult"],
         n="transcribed sigh is insult (rule 12); the question after it is still real"),
    dict(p=MT, s="heard", t="thank you for ringing back in, a lot of people would've just given up on us", m="G"),
    dict(p=MT, s="heard", t="can I ask, is it the same address as the first booking? the ground floor flat?", m="Q",
         n="detail check after venting: not premature"),
    dict(p=MT, s="heard", t="I- I get that, I do. it's two days wages for you", m="A",
         n="restates the loss, names no feeling"),
    dict(p=MT, s="heard", t="you're right, we dropped the ball on the second visit. the first one though, the "
         "engineer says he knocked and nobody answered", m="", v=["doubt"],
         n="contrastive 'though' leads straight into doubt, so the acknowledgement is cancelled (rule 2)"),
    dict(p=MT, s="heard", t="that's not on me, that's the install team. but I'm sorry, and I'll add a months "
         "credit to your bill today", m="EOC", v=["blame"],
         n="violation first; the apology and dated credit after 'but' stand (rule 2)"),
    dict(p=MT, s="heard", t="oh bernadette, that's two mornings you'll never get back and not one phone call. "
         "I'm so sorry. what happened with work, did they dock your pay?", m="AEQ"),
    dict(p=MT, s="options", t="right so a full refund I can't do, I won't pretend I can. what I can do is wipe "
         "the installation fee, put a month's credit on the account and lock you in for eight am, first job of "
         "the day. how does that sit with you?", m="OIQ", n="honest obstacle then offer (rule 11)"),
    dict(p=MT, s="options", t="would you rather the first slot monday at eight or hang on for a saturday so "
         "you dont need another day off", m="OIQ", n="choice of rebooked visits, no question mark"),
    dict(p=MT, s="options", t="are you finished? right. I can take the installation fee off and book you the "
         "eight o'clock slot. which day?", m="OIQ", v=["insult"],
         n="rude opener; the offer and choice question after it stand"),
    dict(p=MT, s="commitment", t="Right, thanks for waiting. Okay, that's done. The installation fee's off, "
         "the month's credit goes on tonight, and your engineer is booked for eight sharp on Tuesday. You'll "
         "get a text with his name by four today.", m="OCG"),
    dict(p=MT, s="close", t="brilliant, so tuesday at eight, and I'll ring you monday teatime to double check. "
         "thanks for sticking with it bernadette, honestly", m="OCG",
         n="confirming the rebooked visit counts as options (rule 4)"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="Oh no. That's the last thing you need. Okay, I'm listening, keep going.", m="E",
         n="sincere sympathy while letting him vent"),
    dict(p=LE, s="vent", t="sorry, but I'm going to need the consignment number before I can look at anything",
         m="Q", v=["premature_details"], n="'sorry, but' is politeness here; request while venting"),
    dict(p=LE, s="heard", t="so it was a compressor and a control board, going to a restaurant, overnight, and "
         "the tracking hasn't moved since we collected it. and now the restaurant's on at you", m="A"),
    dict(p=LE, s="heard", t="a restaurant with no fridges, no wonder they're breathing down your neck. I'm so "
         "sorry Marcus", m="AE"),
    dict(p=LE, s="heard", t="I'm really sorry, Marcus. it's the courier firm that lost it, they've been "
         "useless all month", m="E", v=["blame"], n="no 'but': the apology stands beside the blame"),
    dict(p=LE, s="heard", t="I'm so sorry this has landed on your client. the claim for the lost business will "
         "need to go in writing to our claims team, that's how it's done", m="E", v=["policy"],
         n="no connective: apology stands next to the wall"),
    dict(p=LE, s="heard", t="how long can the restaurant hold out without the parts?", m="Q"),
    dict(p=LE, s="heard", t="cheers for holding while I had a look, I know the restaurant's probably ringing "
         "you every ten minutes", m="AG"),
    dict(p=LE, s="heard", t="you're claiming it was handed over on time, is that right", m="", v=["accusation"],
         n="'you're claiming' frames the repeat-back as an allegation; not a real question"),
    dict(p=LE, s="heard", t="I'd be fuming. you paid the premium for overnight and it hasn't moved an inch "
         "since collection", m="AE"),
    dict(p=LE, s="heard", t="don't take that tone with me, I'm trying to help you here", m="", v=["calm_down"],
         n="tells him to change how he speaks, like 'no need to be rude to me'"),
    dict(p=LE, s="heard", t="[sighs] fine. I'll refund the express fee and open a trace. anything else?",
         m="OQ", v=["insult"], n="sigh is insult; curt offer and ending question still count"),
    dict(p=LE, s="options", t="What I can do is refund the express fee, open a trace on the one that's gone "
         "missing, and send a same-day courier with a new compressor and board straight to the restaurant, at "
         "our cost. Would that keep you right with them?", m="OIQ"),
    dict(p=LE, s="options", t="compensation for the lost work isn't something I can give, I'm sorry, that's "
         "beyond me. but I can get replacement parts out on a same day courier. should they go to your "
         "workshop or direct to the restaurant?", m="OIQ",
         n="'sorry' for a refusal is not empathy; honest limit, not a wall"),
    dict(p=LE, s="options", t="I'm sorry, I know the restaurant's been on your back all morning. how about I "
         "refund the express fee, open a trace, and courier a new compressor and board to them this afternoon "
         "on us, does that work?", m="AEOIQ", n="'I know the restaurant's been on your back' restates the impact"),
    dict(p=LE, s="options", t="look I'll just pay whatever the restaurant's lost you, send me an invoice and "
         "it's done", m="O", v=["over_promise"]),
    dict(p=LE, s="options", t="I know your on the hook with this restaurant. I can get the replacement to them "
         "today by courier and refund your express fee, would that help?", m="AOIQ",
         n="'your' for 'you're'; 'I can ... today' inside a proposal is an offer"),
    dict(p=LE, s="commitment", t="sorry again marcus, that's a rotten position to be in. the trace is logged, "
         "reference ends four two nine, and I'll ring you back by half three with whatever the depot tells me",
         m="EOC"),
    dict(p=LE, s="commitment", t="Courier's booked for a one o'clock collection from our warehouse, and you'll "
         "have the driver's details by text within twenty minutes.", m="OC"),
    dict(p=LE, s="close", t="right so that's everything, refunds on its way back to your card and the parts "
         "are out. cheers for your patience marcus, you've been fair with me", m="OG", n="no time: not commitment"),
    dict(p=LE, s="close", t="did the restaurant get the parts alright in the end?", m="Q", n="follow-up check"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="filler while she vents (rule 1)"),
    dict(p=EE, s="heard", t="Three outages in one quarter, your warehouses standing still each time, and you "
         "had to email our CEO before anyone took notice. I'm sorry, Eleanor. That isn't what you signed up "
         "for. What do you need in your hands today before you face your board again?", m="AEIQ"),
    dict(p=EE, s="heard", t="for the record our status page did flag the second incident within twenty minutes",
         m="", v=["accusation", "correcting"], n="'for the record' plus evidence against her account (rule 10)"),
    dict(p=EE, s="heard", t="I'm sorry you've had to go right to the top to get a response out of us", m="AE",
         n="'sorry you've had to' + what she went through (rule 14)"),
    dict(p=EE, s="heard", t="what did the last outage actually cost your warehouses, in hours?", m="Q"),
    dict(p=EE, s="heard", t="if you want to bring lawyers into it that's your call, it won't change anything "
         "at my end", m="", v=["threat_back"]),
    dict(p=EE, s="heard", t="you're completely within your rights to be angry. we've broken the SLA three "
         "times this quarter", m="AE"),
    dict(p=EE, s="heard", t="outages happen on any platform to be honest, no one can promise a hundred percent",
         m="", v=["dismissal"], n="minimises the third breach; not an honest limit on an offer"),
    dict(p=EE, s="heard", t="thank you for letting me answer this before you take it any further. I don't take "
         "that lightly", m="G"),
    dict(p=EE, s="heard", t="I understand your frustration, however the SLA does allow for scheduled "
         "maintenance", m="", v=["correcting"], n="'however' leads into correcting: acknowledgement cancelled"),
    dict(p=EE, s="heard", t="thank you for flagging it, Eleanor, and I'm sorry. the SLA only covers unplanned "
         "downtime so technically the first one doesn't count", m="EG", v=["correcting"],
         n="no 'but': thanks and apology stand beside the correction"),
    dict(p=EE, s="heard", t="so you're saying it's our fault your warehouse missed its shipments",
         m="", v=["accusation"], n="repeat-back framed as her claim"),
    dict(p=EE, s="heard", t="honestly if the board were asking me why we picked a supplier like this, I'd want "
         "a proper answer to give them too", m="E",
         n="puts self in her place, as the original's 'I'd be looking at other suppliers too'"),
    dict(p=EE, s="heard", t="oh, thanks, very constructive, I'll be sure to pass that on", m="", v=["insult"],
         n="sarcastic thanks is not gratitude"),
    dict(p=EE, s="heard", t="Thank you for giving me ten minutes, Eleanor. I've read your email to our CEO and "
         "you're right on every point: three breaches, and no explanation. Where do you want me to start?", m="AGIQ"),
    dict(p=EE, s="options", t="Here is what I can put in writing today: a credit against this quarter's SLA "
         "breaches, an account manager with your name on their desk, and a written report on what caused each "
         "outage. Anything you'd want added before it goes to your board?", m="OIQ",
         n="'what I can put in writing today' is an offer, not a commitment"),
    dict(p=EE, s="options", t="we can release you from the contract, no penalty, if thats what it takes to put "
         "it right", m="O", v=["over_promise"]),
    dict(p=EE, s="options", t="I hear that you want out of the contract. I'll be straight with you, that's not "
         "mine to sign off. what I can do is credit the quarter and give you a named account manager. would "
         "that be worth talking through?", m="AOIQ", n="honest obstacle, not a policy wall (rule 11)"),
    dict(p=EE, s="commitment", t="You're right that you've waited long enough for answers. The root-cause "
         "report will be on your desk by Friday the twelfth, and your account manager, Tom Okafor, will phone "
         "you before ten tomorrow.", m="AOC"),
    dict(p=EE, s="commitment", t="I'm raising this with our service director this afternoon and she'll come "
         "back to you in writing by end of day", m="C", n="escalation with a time: commitment only (rule 4)"),
    dict(p=EE, s="commitment", t="go to your lawyer if you want. I'll still get the report on what went wrong "
         "over to you by the twenty-second", m="OC", v=["threat_back"],
         n="threat back first; the dated report after it stands"),
    dict(p=EE, s="close", t="thanks for working it through with me, I know it's not where you wanted to end "
         "up. I'll check in on monday that the credit's landed", m="CG"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="Of course, Mr Fairclough. Please, go on.", m="", n="back-channel"),
    dict(p=VC, s="vent", t="sorry sir, for security could I have the first line of your address and your date "
         "of birth to start with", m="Q", v=["premature_details"]),
    dict(p=VC, s="heard", t="so the transfer landed two days late, the completion very nearly went, and you "
         "had to hear about it from the seller's solicitor rather than from us. That last part alone is "
         "inexcusable.", m="A"),
    dict(p=VC, s="heard", t="finding out from the other side's solicitor must have been mortifying. I'm very "
         "sorry, sir", m="AE"),
    dict(p=VC, s="heard", t="that's odd, I've got it down as released on the tuesday", m="", v=["doubt"]),
    dict(p=VC, s="heard", t="did the purchase go through in the end, sir?", m="Q"),
    dict(p=VC, s="heard", t="I apologise if the delay caused you any difficulty", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="thank you for letting us try to keep your business, sir. I know you've other "
         "banks keen to have it", m="G"),
    dict(p=VC, s="heard", t="sir, lower your voice please or we won't get anywhere", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="you're absolutely right, we should have rung you the moment it was held, and we "
         "didn't. I'm sorry.", m="AE"),
    dict(p=VC, s="heard", t="frankly the correspondent bank sat on it for a day, sir, that's where the delay "
         "came from. I'll still reverse the fee today", m="OC", v=["blame"],
         n="blame, then a dated remedy that stands"),
    dict(p=VC, s="heard", t="I'd be upset as well, Mr Fairclough. with respect though, the instruction did "
         "come in after the cut off", m="", v=["correcting"],
         n="contrastive 'though' into correcting cancels the empathy"),
    dict(p=VC, s="options", t="Shall I put the fee back today and arrange a named senior banker's direct line, "
         "or is there something about future transfers you'd rather I looked at first?", m="OIQ"),
    dict(p=VC, s="options", t="I can reverse the fees, and every transfer you make after today goes same day "
         "through the expedited desk. it should never have come to this, I'm sorry", m="AEO",
         n="owning the failure is acknowledgement, as the original's 'it should never have happened, I'm sorry'"),
    dict(p=VC, s="options", t="You should never have heard it from the seller's solicitor, sir, and I'm sorry. "
         "I'd like to put the fees back in your account, and from here on you'd have a named senior banker on "
         "a direct line. Shall I arrange that?", m="AEOIQ"),
    dict(p=VC, s="commitment", t="I've made a note of your accusation, sir, and the relationship team will be "
         "in touch by midday tomorrow", m="C", v=["accusation"], n="court-room word beside a dated callback"),
    dict(p=VC, s="options", t="I'll waive all your fees for the next five years sir, and I personally "
         "guarantee it won't happen again", m="O", v=["over_promise"]),
    dict(p=VC, s="commitment", t="Sorry to keep you, sir, and thank you for waiting. I've reversed both fees "
         "while we've been talking, and Catherine Hale, your senior banker, will call you from her direct line "
         "at nine tomorrow.", m="OCG"),
    dict(p=VC, s="commitment", t="from tomorrow morning your accounts are on expedited same day, and you'll "
         "have written confirmation of it by five today", m="OC"),
    dict(p=VC, s="commitment", t="I'm sorry you feel that way sir. I'll reverse the fee this afternoon and "
         "your senior banker will ring you tomorrow", m="OC", v=["non_apology"],
         n="non-apology, then a real dated offer"),
    dict(p=VC, s="close", t="Thank you for your patience this afternoon, Mr Fairclough. Is there anything else "
         "at all I can help with?", m="GQ", n="ending check: question, not asks_input (rule 6)"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="oh kelly, that's rotten. sorry, carry on", m="E"),
    dict(p=FT, s="vent", t="can you give me the serial number off the back of the machine",
         m="Q", v=["premature_details"]),
    dict(p=FT, s="heard", t="right so it's been fixed, gone again, fixed again, gone again, and the supervisor "
         "who was meant to ring you on monday never did", m="A"),
    dict(p=FT, s="heard", t="I'm sorry you had to sit by the phone all tuesday for a supervisor who didn't "
         "ring", m="AE", n="'sorry you had to' + what happened to her (rule 14)"),
    dict(p=FT, s="heard", t="three kids and no washer for a fortnight, I'd be losing my mind", m="AE"),
    dict(p=FT, s="heard", t="have you been having to go to the laundrette in the meantime?", m="Q"),
    dict(p=FT, s="heard", t="that'll be the engineer really, he should of replaced the pump first time round",
         m="", v=["blame"], n="'should of' mis-hearing"),
    dict(p=FT, s="heard", t="I'm sorry you feel the repairs weren't up to standard", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="callbacks aren't something I deal with, you'd need the supervisors line for that",
         m="", v=["dismissal"]),
    dict(p=FT, s="heard", t="thank you for not just giving up on us, Kelly, I mean that", m="G"),
    dict(p=FT, s="heard", t="I totally get it and I'm sorry, it's been repaired twice and it's still leaking. "
         "but I can't do a refund, it's against policy", m="", v=["policy"],
         n="'but' leads into a policy wall: acknowledgement and apology cancelled"),
    dict(p=FT, s="heard", t="I'm so sorry nobody rang you, Kelly. but honestly you should've rung the engineer "
         "line, not the shop", m="", v=["correcting"], n="'but' into correcting cancels the apology"),
    dict(p=FT, s="heard", t="I understand but there's nothing more I can do about the callback now, it's been "
         "and gone", m="", v=["dismissal"]),
    dict(p=FT, s="heard", t="so you've had no washer since last week and the supervisor never rang. I'm sorry "
         "kelly, I'd be going up the wall. thank you for letting us have another try", m="AEG"),
    dict(p=FT, s="heard", t="what would make this right for you, realistically?", m="IQ"),
    dict(p=FT, s="options", t="So I can't offer an upgrade or a refund, honestly, but I can either swap it for "
         "a brand new one of the same model plus another two years on the warranty, or send the senior "
         "engineer round this week with a loan machine while he fixes it. Which would suit you?", m="OIQ",
         n="time inside a choice: not a commitment"),
    dict(p=FT, s="options", t="if it helps I'll get you the newer model, the one with the steam wash, no "
         "charge", m="O", v=["over_promise"]),
    dict(p=FT, s="options", t="the warranty doesn't stretch to a loan machine, that's the policy. I can get "
         "the senior engineer to you thursday though, would that help?", m="OIQ", v=["policy"],
         n="wall first; 'though' here leads into help after the violation, so the offer stands"),
    dict(p=FT, s="options", t="I promise you this will never happen again, you have my word on that",
         m="", v=["over_promise"], n="bare guarantee: over_promise without options (rule 5)"),
    dict(p=FT, s="commitment", t="I know you can't face another week of the laundrette, so. Our senior "
         "engineer's coming Thursday, between eight and twelve, he'll bring a loan machine with him, and I'll "
         "phone Wednesday evening, six at the latest, to make sure it's still on.", m="AOC"),
    dict(p=FT, s="commitment", t="I'll ring the supervisor myself now, and you'll hear from one of us before "
         "two o'clock", m="C"),
    dict(p=FT, s="close", t="brilliant, so the replacement comes friday and the warranty's on it. thanks "
         "kelly, and sorry again about monday", m="EOCG"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="Oh, Margaret, I'm so sorry. Could I just grab your email address as we go?",
         m="EQ", v=["premature_details"], n="sincere apology, then a details request while venting"),
    dict(p=BE, s="heard", t="right, so you'd cancelled, and after that we took two payments, your account went "
         "overdrawn, and then chat told you it was all fixed when it wasnt. I'm so sorry margaret. has the "
         "overdraft knocked anything else over, like a direct debit?", m="AEQ"),
    dict(p=BE, s="heard", t="and on a pension too, where every pound counts. that must have been a horrible "
         "shock", m="AE"),
    dict(p=BE, s="heard", t="chat should never have told you it was sorted. I'm really sorry, that's on us", m="AE"),
    dict(p=BE, s="heard", t="well our records don't show a cancellation from you I'm afraid", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="thank you for sticking with it Margaret, after last week you'd be forgiven for "
         "giving up on us", m="G"),
    dict(p=BE, s="heard", t="how much did the bank charge you for the overdraft, do you know?", m="Q",
         n="detail after venting: not premature"),
    dict(p=BE, s="heard", t="okay I hear you, but the bank fee is between you and your bank, we can't touch "
         "that", m="", v=["dismissal"], n="'but' into ducking the overdraft fee cancels 'I hear you'"),
    dict(p=BE, s="heard", t="I'm sorry if there's been a misunderstanding with chat", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="if you carry on shouting at me Margaret I'll have to end the call",
         m="", v=["threat_back"]),
    dict(p=BE, s="heard", t="I understand, I'd be upset too, and I'm sorry. if you want it escalated you'll "
         "have to email the complaints team", m="AE", v=["policy"],
         n="no 'but': the marks stand beside the wall (rule 2)"),
    dict(p=BE, s="heard", t="thank you for your patience. are you certain the cancellation actually went "
         "through on your end?", m="G", v=["doubt"], n="doubting question is not a real question; the thanks stands"),
    dict(p=BE, s="heard", t="right so two charges after you cancelled and an overdraft fee on top, I get it. "
         "whose system missed the cancellation, ours or the bank's?", m="A", v=["blame"],
         n="restatement stands (no 'but'); the fault-finding question is not a real question"),
    dict(p=BE, s="options", t="I'm going to refund both payments and cover the overdraft fee your bank "
         "charged. would you like the confirmation posted, or is email easier for you?", m="OIQ",
         n="no time: not commitment"),
    dict(p=BE, s="options", t="you shouldn't be a penny out of pocket for our mistake. I can put both charges "
         "back, pay the overdraft fee your bank took and send a letter confirming it's cancelled. would that "
         "put your mind at rest?", m="AOIQ", n="owning the mistake acknowledges it; 'I can' is an offer"),
    dict(p=BE, s="options", t="can I suggest refunding both charges back to your card and reimbursing the "
         "overdraft fee separately? would that put you right?", m="OIQ"),
    dict(p=BE, s="commitment", t="I'm sorry, Margaret, you should never have been put in this position. Both "
         "refunds are going through now, so you'll see them in three to five working days, and I'll post you a "
         "letter today confirming the subscription's cancelled.", m="AEOC"),
    dict(p=BE, s="commitment", t="relax margaret honestly, you'll get every penny. I'm putting both refunds "
         "and the overdraft fee through today", m="OC", v=["calm_down"]),
    dict(p=BE, s="commitment", t="I'll have the overdraft money back to you by tomorrow lunchtime, and I'll "
         "email you once it's gone", m="OC"),
    dict(p=BE, s="close", t="thanks ever so much for your patience margaret, and really sorry for all the "
         "worry", m="EG"),

    # --- generic ---
    dict(p=None, s="vent", t="hey hey, there's no need for that language, just calm yourself down",
         m="", v=["calm_down"]),
    dict(p=None, s="vent", t="so sorry to hear that, whats the postcode please", m="EQ", v=["premature_details"]),
    dict(p=None, s="heard", t="I get it, you've been promised a call three times now and not one of them came. "
         "that's not on, and I'm sorry. which bit do you want me to chase first?", m="AEIQ"),
    dict(p=None, s="heard", t="that sounds absolutely exhausting. I'm sorry", m="E"),
    dict(p=None, s="heard", t="I'm sorry your upset, but that's how the system works",
         m="", v=["non_apology", "policy"], n="'your' mis-hearing; sorry + feeling is a non-apology, then a wall"),
    dict(p=None, s="heard", t="sorry, sorry, go on, I cut across you there", m="",
         n="apologises for its own interruption: politeness, not empathy"),
    dict(p=None, s="heard", t="What would be the most useful thing I could do for you right now?", m="IQ",
         n="'right now' with no declared step: not commitment"),
    dict(p=None, s="heard", t="thank you for explaining it so clearly, it's really helped", m="G"),
    dict(p=None, s="heard", t="honestly? if that'd happened to me I'd have hit the roof", m="E",
         n="'honestly?' is not a question to the customer"),
    dict(p=None, s="heard", t="so the first refund bounced, the second one was never sent, and now you're two "
         "months in. have I got that right?", m="AQ", n="check-back question"),
    dict(p=None, s="heard", t="look, I'm on your side here. let's get this fixed together", m="",
         n="on-their-side phrase with no restatement, remedy or time: no mark"),
    dict(p=None, s="heard", t="I'd be raging too, I really would. what's it meant for you day to day?", m="EQ"),
    dict(p=None, s="heard", t="for the record you never mentioned any of this on your first call",
         m="", v=["accusation", "correcting"]),
    dict(p=None, s="heard", t="honestly this system does my head in too, I'm fed up with it myself", m="",
         n="the agent's own feelings, not empathy"),
    dict(p=None, s="heard", t="You've done everything right and we've let you down. I'm sorry, and thank you "
         "for trusting us with it again.", m="AEG"),
    dict(p=None, s="heard", t="sure, sure, I hear ya. so, the order number?", m="Q",
         n="'I hear ya' straight into a details request is not acknowledgement (rule 13)"),
    dict(p=None, s="heard", t="I understand you're angry, and I'm sorry. but if you threaten me with the "
         "newspapers again this call's over", m="", v=["threat_back"], n="'but' into a threat cancels both marks"),
    dict(p=None, s="heard", t="thank you for telling me. I'll be honest though, I don't believe a technician "
         "would just not turn up without ringing", m="G", v=["doubt"],
         n="'though' leads into doubt; gratitude is not cancelled by 'but' under rule 2"),
    dict(p=None, s="heard", t="I can hear how stressful it's been, but you'll have to settle down before I can "
         "do anything", m="", v=["calm_down"], n="'but' into calm_down cancels acknowledge and empathise"),
    dict(p=None, s="options", t="I hear you, but let me tell you what's possible. a refund today, or a fresh "
         "one posted out first class. which would you like?", m="AOIQ",
         n="'but' into help keeps the acknowledgement"),
    dict(p=None, s="options", t="I could refund it today or send a replacement out, whichever you'd rather", m="OI",
         n="imperative-style invitation without a question"),
    dict(p=None, s="options", t="would a full refund back to your card work for you?", m="OIQ"),
    dict(p=None, s="options", t="so there's a couple of ways we can go, I can give you the delivery charge "
         "back or put credit on your account for your next order. what feels fairer to you?", m="OIQ"),
    dict(p=None, s="options", t="tell you what, full refund, a hundred quid voucher, and I'll guarantee it "
         "next time. deal?", m="OIQ", v=["over_promise"]),
    dict(p=None, s="options", t="refunds aren't an option on this one I'm afraid, the system just won't let me",
         m="", v=["policy"], n="'option' word with no offer"),
    dict(p=None, s="options", t="I'm really sorry this happened. can I run a couple of ideas past you and you "
         "tell me what you think?", m="EIQ", n="asks permission; no remedy named yet"),
    dict(p=None, s="commitment", t="I've logged it as a formal complaint, and the case number will be in your "
         "inbox inside half an hour", m="C"),
    dict(p=None, s="commitment", t="I'll call you back tomorrow, morning probably, or afternoon", m="C",
         n="'tomorrow' is a day-level deadline on a declared step; the hour hedge does not undo it"),
    dict(p=None, s="commitment", t="I'll sort it asap and someone will be in touch shortly", m="",
         n="vague time words: no commitment"),
    dict(p=None, s="close", t="That's all sorted now. Thanks so much for sticking with me on this, and you'll "
         "have the email confirmation within ten minutes.", m="CG"),
    dict(p=None, s="close", t="so your refunds gone through, and I'll check on thursday that it's landed. "
         "thanks again for your patience, and sorry it took this long", m="EOCG",
         n="Whisper drops the apostrophes: 'your refunds' for 'your refund's'"),
    dict(p=None, s="close", t="is there anything else I can help you with today?", m="Q",
         n="ending check: question only (rule 6)"),
    dict(p=None, s=None, t="I'm really sorry, that sounds like it's been a nightmare from start to finish. "
         "thanks for being so patient, I'll ring you back by three today with a proper answer", m="ECG"),
    dict(p=None, s=None, t="I'm sorry, that should never have happened to you", m="AE"),
    dict(p=None, s=None, t="go on then, complain, I'm not bothered", m="", v=["threat_back", "insult"]),
]

write_batch(ITEMS, "ew", Path(__file__).with_name("replies_extra152.jsonl"))
