"""Source of `replies_extra201.jsonl`: batch 201, in the original set's style (tune split only).

Written by hand, one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is
acknowledgement both ways at every stage (vent, heard, options, commitment, close): replies that say
the customer's trouble back, whether a key fact ("nothing on the tracking since it was picked up"),
what it cost them ("it's your wages that took the hit both times"), what we failed to do ("we
dropped the ball on that callback") or an echo question ("your rent bounced because of this?"),
set against replies that only sound attentive: back-channels and fillers ("understood", "noted"),
"I hear you" said straight into a request for details, warm verdicts that name nothing ("how
absolutely awful"), feelings put as the agent's own hypothetical ("I'd be livid if my own board..."),
questions about the customer's facts ("where've you been doing the washing?"), recaps of the remedy
at the close, and thanks. A sincere bare "I understand" is labelled acknowledge, as README rule 1
and the original set do. A few replies repeat the trouble back and then cancel it with "but" or
"though" into a fault, or say it back impatiently. Every persona, the generic `None`, and every
stage appear; about half are styled like a Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra201.jsonl next to it (ids gt0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="mm. okay.", m="", n="back-channel while she vents: neither mark"),
    dict(p=MT, s="vent", t="so that's twice now you've sat in all morning for nobody. god. go on, I'm listening", m="A",
         n="says a key fact back while letting her vent; the back-channel after it does not cancel it"),
    dict(p=MT, s="vent", t="I hear you I hear you, can I just get the account number off you first", m="Q",
         v=["premature_details"], n="'I hear you' straight into a details request is not acknowledge (rule 13)"),
    dict(p=MT, s="vent", t="oh no. honestly, I'm sorry. keep going", m="E",
         n="sincere sorry while she vents; says nothing of her trouble back"),
    dict(p=MT, s="heard", t="two mornings booked off work, sat in from eight till twelve, and not so much as a text "
         "from us either time. that's on us", m="A", n="key facts said back and the failure owned; no feeling word"),
    dict(p=MT, s="heard", t="oh that's terrible. honestly that's terrible", m="E",
         n="warm verdict that names none of her trouble: empathise only"),
    dict(p=MT, s="heard", t="I understand.", m="A", n="bare sincere 'I understand' counts (rule 1)"),
    dict(p=MT, s="heard", t="um, did you, was it unpaid? the days you took off", m="Q",
         n="question about her facts, not a repeat-back: like the original's unpaid-leave question"),
    dict(p=MT, s="heard", t="sorry, let me check I've followed you. he didn't show on tuesday, he didn't show "
         "yesterday, and nobody rang you either time?", m="AQ", n="echo question; 'sorry' is a politeness marker"),
    dict(p=MT, s="heard", t="you've lost a days wages each time because we couldn't turn up, or even pick up the "
         "phone to say so. I'm so sorry Bernadette", m="AE"),
    dict(p=MT, s="heard", t="mm I hear you. what time was the booking for originally", m="Q",
         n="'I hear you' straight into a question (rule 13); not premature after venting"),
    dict(p=MT, s="heard", t="yeah, no, you've been stood up twice and nobody from here could be bothered to ring you. "
         "that's poor from us, really poor", m="A"),
    dict(p=MT, s="heard", t="yes, I've got it, the engineer didn't come, twice, you've said", m="", v=["insult"],
         n="the facts are said back impatiently: answering in kind, not acknowledge (like 'yeah yeah I hear you')"),
    dict(p=MT, s="heard", t="I understand you waited in, but the second slot was booked as all day, not mornings",
         m="", v=["correcting"], n="'but' into a correction cancels the acknowledgement"),
    dict(p=MT, s="heard", t="look I get that you're annoyed but they've got like forty jobs a day, stuff slips",
         m="", v=["dismissal"], n="'but' into minimising cancels the acknowledgement"),
    dict(p=MT, s="heard", t="I'd be raging too if I'd lost a days pay waiting in for somebody who never came", m="E",
         n="her facts put as the agent's own hypothetical ('if I'd'): empathise only, as the original labels "
           "'I'd be really angry too if I saw money going out...'"),
    dict(p=MT, s="heard", t="sorry if the missed appointments caused you any inconvenience", m="",
         v=["non_apology"], n="names the event but inside a non-apology: no acknowledge, no empathise"),
    dict(p=MT, s="options", t="um since it's your wages that took the hit both times, I don't want you booking a third "
         "day off. I can waive the installation fee and do saturday at eight, first job. would that work", m="AOIQ",
         n="says what it cost her; the time sits inside a proposal, so no commitment; no question mark"),
    dict(p=MT, s="options", t="thank you for bearing with me while I looked. I can take the installation fee off and "
         "put a months credit on your account. would that help at all?", m="OGIQ",
         n="thanks and an offer; nothing of her trouble said back"),
    dict(p=MT, s="options", t="so just to go over it, fee waived, a months credit, and the first slot at eight. yeah?",
         m="OIQ", n="recap of the remedy, not of her trouble: no acknowledge"),
    dict(p=MT, s="options", t="I get that you've lost real money here, I do. um, a full refund's beyond me, honestly, "
         "but I can waive the fee and credit your account for the wages. what do you reckon", m="AOIQ",
         n="honest obstacle, not a policy wall"),
    dict(p=MT, s="commitment", t="you've told me you can't lose another shift, so I've put you in for saturday eight "
         "am, first job, and I'll text you the engineer's name by six tonight", m="AOC"),
    dict(p=MT, s="commitment", t="right, that's you booked in thursday, eight o'clock, and I'll phone wednesday before "
         "five to make sure nothing's moved", m="OC", n="remedy and times only: no acknowledge"),
    dict(p=MT, s="close", t="so that's you sorted, fee's gone and the credit's on. and honestly you should never of "
         "had to burn two days off work to get here. thanks for sticking with us", m="AOG",
         n="close-stage repeat-back of what it cost her; 'should never of' mis-hearing; no time, no commitment"),
    dict(p=MT, s="close", t="lovely. sorry again for all the bother with the engineer, have a good rest of your day",
         m="E", n="close apology naming the visit: empathise only, like the original's close apology for the "
                  "last two visits"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="okay", m=""),
    dict(p=LE, s="vent", t="nothing on the tracking since it was picked up. right. go on", m="A",
         n="vent-stage repeat-back of a key fact"),
    dict(p=LE, s="vent", t="yep yep I'm with you, what's the tracking number", m="Q", v=["premature_details"]),
    dict(p=LE, s="vent", t="that's awful, I'm really sorry. carry on", m="E"),
    dict(p=LE, s="heard", t="um so the compressor and the, uh, the control board went overnight express, "
         "there's been no scan at all since collection, and the restaurant's still waiting on them. have I got "
         "that right?", m="AQ"),
    dict(p=LE, s="heard", t="honestly that sounds like an absolute nightmare", m="E",
         n="warm verdict, nothing said back"),
    dict(p=LE, s="heard", t="you paid us extra so it'd be there first thing and it's not even showing on the system. "
         "course you're livid", m="AE"),
    dict(p=LE, s="heard", t="what's the restaurant said to you?", m="Q", n="question about his facts, not a repeat-back"),
    dict(p=LE, s="heard", t="I understand. I really do.", m="A"),
    dict(p=LE, s="heard", t="I understand it's late, but parcels do go astray sometimes, it'll most likely turn up "
         "tomorrow", m="", v=["dismissal"], n="'but' into minimising cancels the acknowledgement"),
    dict(p=LE, s="heard", t="cheers for telling me it's for a restaurant job, that moves it right up my list", m="AG",
         n="thanks that names his situation: acknowledge + gratitude, as the original labels thanks naming a fact"),
    dict(p=LE, s="heard", t="really appreciate you going through all of that with me", m="G",
         n="thanks that says nothing back"),
    dict(p=LE, s="heard", t="your client's been on the phone to you every hour and you've got nothing to tell them. "
         "I'd be mortified", m="AE"),
    dict(p=LE, s="heard", t="I'd be so embarrassed if a customer of mine was chasing me like that", m="E",
         n="hypothetical about the agent: empathise only, like the original's 'if my customer was on my back'"),
    dict(p=LE, s="heard", t="so you're alleging it never left the depot", m="", v=["accusation"]),
    dict(p=LE, s="heard", t="right, I can see it hasn't been scanned once since pickup. you definitely got a "
         "collection receipt, yeah?", m="A", v=["doubt"],
         n="paraphrase stands with no 'but'; the question after it doubts him (like the label-printing one)"),
    dict(p=LE, s="options", t="you've already had to ring the restaurant once with bad news. I can get new parts out "
         "to them today on a same-day courier, at our cost, and give you the overnight fee back. shall I go "
         "ahead?", m="AOIQ"),
    dict(p=LE, s="options", t="I'm sorry, truly. I can put the express charge back on your card and get a trace "
         "started, if you'd like?", m="EOIQ", n="apology + offer; nothing of his trouble said back"),
    dict(p=LE, s="options", t="I can courier the replacement straight to your customer today", m="O",
         n="his customer is only the delivery address: not acknowledge; 'I can ... today' is an offer"),
    dict(p=LE, s="options", t="I hear you, you're out of pocket and your name's mud with the restaurant. I'll cover "
         "the lost work as well, whatever it comes to", m="AO", v=["over_promise"]),
    dict(p=LE, s="commitment", t="I know the restaurant can't like, run the kitchen properly without that compressor, so "
         "the courier's booked to collect at two, and I'll ring you as soon as it's signed for", m="AOC"),
    dict(p=LE, s="commitment", t="the replacement parts go to the restaurant on the two o'clock courier and I'll text "
         "you the tracking by half past", m="OC", n="the restaurant is only the destination: no acknowledge"),
    dict(p=LE, s="close", t="so trace open, express fee back, courier's on the way. thanks Marcus, and sorry again",
         m="OEG", n="close recap + thanks + sorry again: no acknowledge"),
    dict(p=LE, s="close", t="and the restaurant thinking it was you that let them down, that's down to us, not you. if "
         "it'd help I'll write to them and say so", m="AO",
         n="owns the failure at the close; offering to write to his client is a remedy, like offering to ring them"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood. please, carry on", m="", n="'understood' as a filler: neither (rule 1)"),
    dict(p=EE, s="vent", t="three outages this quarter, I'm- I'm not going to argue with you on that. go on", m="A"),
    dict(p=EE, s="vent", t="sorry to cut in, can I take the contract reference while I've got you", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="heard", t="three outages in one quarter, each one outside the SLA, your warehouses stood still, and "
         "you had to write to our chief executive before anyone picked up the phone. that's a failure on our side, "
         "full stop", m="A"),
    dict(p=EE, s="heard", t="that must put you in a really difficult position", m="E"),
    dict(p=EE, s="heard", t="okay, noted", m="", n="'noted' is a filler like 'understood'"),
    dict(p=EE, s="heard", t="how long were the warehouses down this last time, roughly?", m="Q",
         n="question about her facts, not a repeat-back"),
    dict(p=EE, s="heard", t="so, just to check, this is the third time since january and every one of them's put you "
         "below the uptime in the contract?", m="AQ"),
    dict(p=EE, s="heard", t="with your board asking why you ever signed with us, I'd want heads to roll too, honestly",
         m="AE", n="her situation stated as fact, then the feeling: like the original's 'with a family and no "
                   "washing machine'"),
    dict(p=EE, s="heard", t="I'd be livid if my own board was on at me about a supplier", m="E",
         n="hypothetical about the agent: empathise only"),
    dict(p=EE, s="heard", t="you emailed the CEO because nobody at my level gave you a straight answer. I'd have done "
         "exactly the same. thank you for still talking to us", m="AEG"),
    dict(p=EE, s="heard", t="I hear you, but emailing the CEO wasn't really the right route for this", m="",
         v=["correcting"], n="'but' into correcting cancels the acknowledgement"),
    dict(p=EE, s="heard", t="I understand there were three incidents, though strictly speaking the second was "
         "planned maintenance", m="", v=["correcting"],
         n="contrastive 'though' into a correction cancels the acknowledgement"),
    dict(p=EE, s="heard", t="I- I understand. and I know me saying that doesn't get your warehouses moving again",
         m="A"),
    dict(p=EE, s="heard", t="thank you for talking it through with me before anything goes to the lawyers", m="G"),
    dict(p=EE, s="heard", t="I understand you're upset about the outages, but if you want to bring lawyers into it, "
         "go ahead", m="", v=["threat_back"], n="'but' into a dare cancels the acknowledgement"),
    dict(p=EE, s="heard", t="honestly I'm as fed up with this platform as anyone, it drives us mad in here too", m="",
         n="agent's own feelings, not empathy, and nothing of hers said back: no mark, as in the original"),
    dict(p=EE, s="options", t="you need something you can put in front of the board. I can give you the SLA credit for "
         "the quarter, your own account manager, and a root-cause report with a firm date on it. is that something "
         "you can take back to them?", m="AOIQ"),
    dict(p=EE, s="options", t="thanks for your patience. so, the service credit, or an account manager, or both. which "
         "would you like?", m="OGIQ"),
    dict(p=EE, s="options", t="I understand completely. what I'll do is release you from the contract with no penalty, "
         "today", m="AOC", v=["over_promise"],
         n="acknowledgement stands (no 'but'); release from the contract is beyond the allowance"),
    dict(p=EE, s="commitment", t="I've put the service credit through now, and the root-cause report's in your inbox by "
         "friday the twelfth", m="OC"),
    dict(p=EE, s="commitment", t="because it's the third time and all you've had so far is vague answers, I won't be "
         "vague. Tom, your account manager, rings you at ten tomorrow, and the root cause report lands by the "
         "twentieth", m="AOC"),
    dict(p=EE, s="close", t="so, credit applied, account manager named, report by the twentieth. thank you Eleanor",
         m="OCG", n="remedy recap and thanks: no acknowledge"),
    dict(p=EE, s="close", t="and for what its worth, you shouldn't have had to go over anyone's head to get this far. "
         "I'll check in with you on the twenty-first once the report's landed", m="AC"),
    dict(p=EE, s="close", t="you were right to push this as hard as you did. thank you", m="AG",
         n="'you were right' acknowledges, like 'you're absolutely right to hold us to the standard'"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="mm-hm", m=""),
    dict(p=VC, s="vent", t="you heard it from the seller's solicitor. that's dreadful. please, go on", m="AE"),
    dict(p=VC, s="vent", t="of course, sir. may I just confirm your date of birth first", m="Q",
         v=["premature_details"]),
    dict(p=VC, s="heard", t="so your completion money sat with us two days longer than it should have, the purchase "
         "very nearly went, and nobody here told you. you heard it from the other side. is that fair?", m="AQ"),
    dict(p=VC, s="heard", t="how absolutely awful", m="E"),
    dict(p=VC, s="heard", t="I quite understand, sir.", m="A", n="bare sincere understanding (rule 1)"),
    dict(p=VC, s="heard", t="did the solicitor ring you directly, or did it come via your own people?", m="Q",
         n="choice question about his facts: neither options nor acknowledge"),
    dict(p=VC, s="heard", t="a client of twenty-odd years shouldn't be finding out about his own money from the "
         "seller's lawyers. I'm sorry, sir", m="AE", n="names what we failed to do"),
    dict(p=VC, s="heard", t="I'm so sorry, sir. that simply isn't the standard you should expect from us", m="E",
         n="warm verdict with none of his trouble in it: empathise only, like the original's 'a client of your "
           "standing shouldn't have to chase us'"),
    dict(p=VC, s="heard", t="thank you for your patience with us, Mr Fairclough", m="G"),
    dict(p=VC, s="heard", t="I can't imagine sitting there on completion day with the keys on hold and no money "
         "arriving", m="AE", n="'can't imagine' + his situation: sympathy (rule 8) that says the trouble back"),
    dict(p=VC, s="heard", t="I'd have been beside myself", m="E"),
    dict(p=VC, s="heard", t="I understand your frustration, however the delay was at the correspondent bank, not with "
         "us", m="", v=["blame"], n="contrastive 'however' into blame cancels both marks"),
    dict(p=VC, s="heard", t="sir, with respect, a compliance hold is normal on a sum that size", m="",
         v=["correcting"]),
    dict(p=VC, s="heard", t="so the money for the house went two days late, yes, I see that. are you certain the "
         "instruction went in before the cut-off?", m="A", v=["doubt"],
         n="paraphrase stands with no connective; the question after it doubts him"),
    dict(p=VC, s="heard", t="I'm really sorry it's dragged on this long", m="E",
         n="'sorry it's...' not 'sorry you've had to...': empathise only, like the original's 'sorry it's taken "
           "this long'"),
    dict(p=VC, s="options", t="given how close you came to losing the house, I'd like to reverse the transfer fees and "
         "set you up with your own senior banker on a direct number. would that be acceptable?", m="AOIQ"),
    dict(p=VC, s="options", t="I'd like to reverse the fees and have your transfers expedited from now on. shall I set "
         "that up?", m="OIQ"),
    dict(p=VC, s="options", t="I'll make every transfer you ever make free of charge, and I give you my word it'll "
         "never be late again", m="O", v=["over_promise"]),
    dict(p=VC, s="commitment", t="I understand the worst part was hearing it from someone else first, so from today "
         "you'll have Priya's direct line, and she'll call you before five this afternoon to introduce herself",
         m="AOC"),
    dict(p=VC, s="commitment", t="fees reversed as of now, and priority processing is live on your accounts from "
         "tomorrow morning", m="OC"),
    dict(p=VC, s="close", t="thank you, sir, and once again my apologies for the delay", m="EG",
         n="close apology naming only 'the delay': empathise, not acknowledge"),
    dict(p=VC, s="close", t="so the fee's reversed and James is yours from now on. and sir, you should have heard about "
         "the delay from us, not the seller's solicitor. I'm sorry", m="AEO"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="okay. okay.", m=""),
    dict(p=FT, s="vent", t="and the supervisor never called you back. right. sorry, carry on", m="A",
         n="vent-stage repeat-back; 'sorry' is a politeness marker here"),
    dict(p=FT, s="vent", t="oh god that's rubbish. go on", m="E"),
    dict(p=FT, s="vent", t="can I grab the model number off you quickly", m="Q", v=["premature_details"]),
    dict(p=FT, s="heard", t="right so it's like seven months old, it's been repaired, it's packed up twice since, the "
         "supervisor who was supposed to ring you monday never did, and you've been down the laundrette for two "
         "weeks. I'd be climbing the walls", m="AE"),
    dict(p=FT, s="heard", t="aw, you poor thing", m="E"),
    dict(p=FT, s="heard", t="where've you been doing the washing, the laundrette?", m="Q",
         n="question about her facts, not a repeat-back"),
    dict(p=FT, s="heard", t="so the supervisor was meant to ring you monday and never did, is that right?", m="AQ"),
    dict(p=FT, s="heard", t="I get it.", m="A"),
    dict(p=FT, s="heard", t="I get it, I get it, what's your postcode", m="Q",
         n="rule 13: straight into a details request; not premature after venting"),
    dict(p=FT, s="heard", t="we dropped the ball on that callback, plain and simple. I'm sorry, Kelly", m="AE"),
    dict(p=FT, s="heard", t="no machine for a fortnight and it's not even a year old. honestly I'd lose it", m="AE"),
    dict(p=FT, s="heard", t="I get that, but are you sure you're not overloading it?", m="",
         v=["doubt", "correcting"], n="'but' into doubt cancels; rhetorical question"),
    dict(p=FT, s="heard", t="I'm sorry you feel let down by the machine", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="when you say it's broken again is it the same fault as before?", m="Q",
         n="'when you say' sets up a question about her facts, like the original's 'when you say you took the "
           "day off': question only"),
    dict(p=FT, s="heard", t="I understand it's been two weeks, but we can't book a senior engineer without a fresh "
         "repair ticket, that's the process", m="", v=["policy"]),
    dict(p=FT, s="heard", t="I'm sorry you were left chasing a callback that should've come on monday", m="AE",
         n="'sorry you were left' + what happened to her: both (rule 14)"),
    dict(p=FT, s="options", t="you've already waited two weeks, I don't want you hanging on for another repair. so either "
         "a brand new one, same model, warranty extended by two years, or our senior engineer comes this week. "
         "what's best for you?", m="AOIQ"),
    dict(p=FT, s="options", t="I'm so sorry. would a replacement help? same model, longer warranty", m="EOIQ"),
    dict(p=FT, s="options", t="I'll just upgrade you to the newer model, no charge, you've earned it", m="O",
         v=["over_promise"]),
    dict(p=FT, s="commitment", t="cause the last call you were promised never came, I'm not leaving it to anyone "
         "else. senior engineer's booked for wednesday morning, and I'll ring you myself at four tomorrow", m="AOC"),
    dict(p=FT, s="commitment", t="I'll give you a ring at four tomorrow. thanks for your patience", m="CG"),
    dict(p=FT, s="close", t="so the new machine's coming thursday and your warranty's been extended. thanks for "
         "hanging in their, Kelly", m="OCG", n="recap of the remedy: no acknowledge; 'their' mis-hearing"),
    dict(p=FT, s="close", t="and I know it was the callback that finished you off, so thank you for giving us one "
         "more go", m="AG"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="mm.", m=""),
    dict(p=BE, s="vent", t="twice, after you'd cancelled. oh Margaret. go on", m="A"),
    dict(p=BE, s="vent", t="sorry, can you give me the email on the account", m="Q", v=["premature_details"],
         n="'sorry' is a politeness marker"),
    dict(p=BE, s="heard", t="so you'd cancelled, we took it twice anyway, that pushed you overdrawn, the bank's charged "
         "you on top, and then our chat team told you last week it was sorted when it wasn't. I'm so sorry", m="AE"),
    dict(p=BE, s="heard", t="what did the chat team say to you last week, exactly?", m="Q"),
    dict(p=BE, s="heard", t="your rent bounced because of this? oh Margaret, I'm so sorry", m="AEQ",
         n="echo question with a sincere apology"),
    dict(p=BE, s="heard", t="I understand completely, can I take the last four digits of the card", m="Q",
         n="rule 13: straight into a details request"),
    dict(p=BE, s="heard", t="you know, you're on a pension, you did all the right things, and we've left you "
         "overdrawn and out of pocket. that isn't fair", m="A"),
    dict(p=BE, s="heard", t="thank you for ringing back after the chat didn't sort it, plenty of people would've "
         "given up", m="AG", n="thanks that names what we failed to do"),
    dict(p=BE, s="heard", t="thank you for ringing us", m="G"),
    dict(p=BE, s="heard", t="two payments out after you'd already cancelled, and an overdraft fee because of it. I'd be "
         "in bits", m="AE"),
    dict(p=BE, s="heard", t="the two payments went out on the fifth and the sixth. I'm only seeing the one on my "
         "screen", m="A", v=["doubt"], n="no connective: the repeat-back stands next to the doubt (rule 2)"),
    dict(p=BE, s="heard", t="the terms do say a cancellation takes a full billing cycle to go through", m="",
         v=["correcting"]),
    dict(p=BE, s="heard", t="I'm sorry, but it's your bank that charged you the fee, not us", m="", v=["blame"],
         n="'sorry, but' into blame"),
    dict(p=BE, s="heard", t="I know you've been charged twice, Margaret, but there's no need to shout at me", m="",
         v=["calm_down"], n="'but' into calm-down cancels the acknowledgement"),
    dict(p=BE, s="heard", t="I'm sorry you've been landed with all of this", m="E",
         n="generic 'sorry you've been landed with this' names nothing: empathise only (rule 14)"),
    dict(p=BE, s="options", t="the chat team already told you once it was fixed, so I'm not going to just say it again. "
         "I'll put both payments back and cover the overdraft fee and send you a letter confirming the "
         "cancellation. does that sound alright?", m="AOIQ"),
    dict(p=BE, s="options", t="would you like the money back on your card or straight into your bank?", m="OIQ"),
    dict(p=BE, s="options", t="I'll refund the double charge and give you six months free on top, for your trouble",
         m="O", v=["over_promise"]),
    dict(p=BE, s="commitment", t="I know being told it was sorted and then it weren't is the worst bit, so I'm staying "
         "on the line while the refund goes through, and the cancellation letter goes out first class today",
         m="AOC"),
    dict(p=BE, s="commitment", t="refund's processing now, you'll have an email in five minutes", m="OC"),
    dict(p=BE, s="close", t="thank you Margaret, and sorry again for the worry", m="EG"),
    dict(p=BE, s="close", t="that's everything done, and honestly none of this was your doing. is there anything else "
         "I can help with?", m="AQ",
         n="clearing the customer acknowledges (rule 14); the ending check is a question, not asks_input"),
    dict(p=BE, s="close", t="has your landlord been alright about the rent?", m="Q",
         n="follow-up question about her facts: question only"),
    dict(p=BE, s="heard", t="and then to be told on the chat it was all sorted. honestly.", m="A"),

    # --- generic ---
    dict(p=None, s="vent", t="uh huh", m=""),
    dict(p=None, s="vent", t="so that's three times you've rung already. okay. keep going", m="A"),
    dict(p=None, s="vent", t="I'm listening", m="", n="back-channel (rule 13)"),
    dict(p=None, s="heard", t="I understand, and you're right.", m="A"),
    dict(p=None, s="heard", t="I hear you.", m="A"),
    dict(p=None, s="heard", t="what happened when you rang the second time?", m="Q"),
    dict(p=None, s="heard", t="so three calls, three different answers, and nothing fixed at the end of it. that's us, "
         "not you", m="A"),
    dict(p=None, s="heard", t="I'm sorry you feel that way", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="okay I hear you, but that's just how the system works", m="", v=["policy"]),
    dict(p=None, s="heard", t="I understand your frustration", m="AE",
         n="understanding + the feeling: both (rule 1)"),
    dict(p=None, s="heard", t="right, hang on, let me just be sure I've understood you properly", m="A",
         n="signals understanding, like 'let me make sure I've got this right' in the label definitions"),
    dict(p=None, s="heard", t="ugh, that's so frustrating", m="E", n="warm verdict with nothing said back"),
    dict(p=None, s="options", t="you've been bounced round every department this week, so let me just fix it here. I "
         "can refund the fee now or send a replacement out today, which would you rather?", m="AOIQ",
         n="times inside a choice: no commitment"),
    dict(p=None, s="commitment", t="I'll call you back at three", m="C"),
    dict(p=None, s="commitment", t="you've been promised call backs before that never come, so I'm giving you a time. half "
         "ten tomorrow, I'll ring, whatever I've found", m="AC"),
    dict(p=None, s="close", t="is there anything else at all?", m="Q", n="ending check: question, not asks_input"),
    dict(p=None, s="close", t="thanks so much for bearing with me. take care now", m="G"),
    dict(p=None, s="close", t="have a good afternoon", m=""),
    dict(p=None, s=None, t="I get why you're cross. you've been messed about", m="AE"),
    dict(p=None, s=None, t="yeah yeah, I get it, you're upset. so what do you actually want", m="", v=["insult"],
         n="dismissive 'I get it': no acknowledge; the question is hostile, not asks_input"),
]

write_batch(ITEMS, "gt", Path(__file__).with_name("replies_extra201.jsonl"))
