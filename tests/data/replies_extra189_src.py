"""Source of `replies_extra189.jsonl`: batch 189, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its tune
part alone, without reading the judge's code or any other labelled batch. Its theme is acknowledgement
both ways at the vent and heard stages. On one side sit replies that truly say the customer's trouble
back in the trainee's own words: a full paraphrase ("so that's two mornings off, both unpaid, and nobody
rang either time"), a partial one ("collected and then nothing since, right. keep going"), a check-back
question ("your status page sat green the whole six hours?"), or one key fact plus what it cost them
("a whole day's wages, both times"). On the other sit replies that sound attentive and warm but say
nothing of the trouble back: back-channels ("I'm with you, take your time", "understood", "right,
okay"), bare sympathy ("that's not good, is it", "I'm so sorry about that", "you must be exhausted",
"sorry you've been let down"), and question-led replies that ask for new facts ("when you say you took
the day off, was it holiday or unpaid?") without restating any. Labels follow the README as the
original author applies it: a sincere bare "I hear you" / "I understand" still acknowledges (rule 1),
unless said straight into a details request (rule 13) or cancelled by a "but" into a violation; a
repeat-back framed as a claim is accusation, not acknowledgement. A few option, commitment and close
replies, and some other violations, keep the mix. Every persona, the generic `None`, and every stage
appear; about half are styled like a Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra189.jsonl next to it (ids gh0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician: vent ---
    dict(p=MT, s="vent", t="mm. twice now, and not a single phone call. go on", m="A",
         n="restates two key facts while letting her vent: acknowledgement, not a back-channel"),
    dict(p=MT, s="vent", t="okay, right. yeah", m="",
         n="fillers only; nothing of her trouble said back"),
    dict(p=MT, s="vent", t="oh dear. that's not good, is it", m="E",
         n="sympathy that names nothing; 'is it' is a tag, not a question (orig 'oh no, that's not good at all' is E)"),
    dict(p=MT, s="vent", t="so you moved the sofa, cleared the drive, all of it, and he never showed. I'm listening", m="A"),
    dict(p=MT, s="vent", t="I'm so sorry about that. carry on, please", m="E",
         n="warm apology, says nothing back: empathise only"),
    dict(p=MT, s="vent", t="I hear you, I hear you. can I take the account number so I can pull it up", m="Q",
         v=["premature_details"], n="'I hear you' said straight into a details request is not acknowledge (rule 13)"),
    dict(p=MT, s="vent", t="a whole day's wages. both times. yeah", m="A",
         n="one key fact plus what it cost her, said back"),
    dict(p=MT, s="vent", t="he didn't even ring? ugh", m="AQ",
         n="incredulous check-back of a fact she gave (orig 'you waited in all day?' is A + Q); not a details request"),
    dict(p=MT, s="vent", t="I'm so sorry Bernadette, that is really not on", m="E",
         n="'not on' validates but names nothing of what happened"),
    # --- missed-technician: heard ---
    dict(p=MT, s="heard", t="so that's two mornings off, both unpaid, sat there eight till twelve, and nobody rang either "
         "time to say he wasn't coming. that's really poor from us", m="A"),
    dict(p=MT, s="heard", t="I'm so sorry about that, honestly I am", m="E",
         n="apology with no say-back: empathise, not acknowledge"),
    dict(p=MT, s="heard", t="right okay. and what time did you actually give up waiting?", m="Q",
         n="question-led; asks for a new fact, restates none"),
    dict(p=MT, s="heard", t="that's no good at all, that", m="E",
         n="regional sympathy; says none of her trouble back"),
    dict(p=MT, s="heard", t="I'm really sorry you had to lose a second day's pay waiting in for us", m="AE",
         n="'sorry you had to + what she went through' names it (rule 14)"),
    dict(p=MT, s="heard", t="you must be so fed up with us", m="E",
         n="guesses her feeling, no fact said back (orig 'you must be so embarrassed...' is E only)"),
    dict(p=MT, s="heard", t="your app told you at half eleven he was on his way and then... nothing? that's worse than no "
         "message at all", m="AQ", n="check-back question on her own fact"),
    dict(p=MT, s="heard", t="I- I hear you. I do. and I'm sorry", m="AE",
         n="bare sincere 'I hear you' is acknowledge under rule 1 even with nothing restated"),
    dict(p=MT, s="heard", t="so on the days you stayed in, did you have to use holiday or did you just lose the pay?", m="Q",
         n="mentions her days off only to ask for a new fact (orig 'was that unpaid for you?' is Q only)"),
    dict(p=MT, s="heard", t="hoovered and everything, for nobody. I'd be spitting feathers", m="AE"),
    dict(p=MT, s="heard", t="that's, um. yeah. that's a lot. I'm sorry", m="E",
         n="'that's a lot' points at it but says nothing back; the apology is empathise"),
    dict(p=MT, s="heard", t="I understand you're paid by the hour, so every morning we've wasted has come straight out of "
         "your wages", m="A", n="key fact plus what it cost her"),
    dict(p=MT, s="heard", t="right so according to you he never turned up either time", m="", v=["accusation"],
         n="repeat-back framed as her claim: accusation, not acknowledge (orig 'so you're claiming...')"),
    dict(p=MT, s="heard", t="I get it, honestly. your supervisor's already said something, so another morning off just "
         "isn't on the table for you", m="A"),
    dict(p=MT, s="heard", t="I'd be livid. absolutely livid.", m="E"),
    dict(p=MT, s="heard", t="Two no-shows in a row and not even a text. There's no excuse for that on our side, "
         "Bernadette.", m="A"),
    dict(p=MT, s="heard", t="okay I get it, I get it, you're angry. what's the account number", m="Q",
         n="brushing 'I get it' said straight into a details request: not acknowledge (rule 13); "
         "details after vent are not premature"),
    dict(p=MT, s="heard", t="the thing that gets me is nobody rang you. that's the part I'd be angriest about as well", m="AE"),
    dict(p=MT, s="heard", t="I'm really sorry you had to book two days off. the technician's from a contractor though, so "
         "really it's them that let you down", m="", v=["blame"],
         n="'though' leads straight into blame, so the apology and the say-back are cancelled (rule 2)"),
    dict(p=MT, s="heard", t="sorry, I know. it's rubbish", m="E",
         n="'I know' plus 'rubbish': sympathy with nothing said back; not the bare 'I hear you' of rule 1"),
    # --- missed-technician: later stages ---
    dict(p=MT, s="options", t="this has cost you two mornings' pay already, so I don't want it costing you a third. I can book you a "
         "saturday at eight, first job, and waive the installation fee. would that work?", m="AOIQ"),
    dict(p=MT, s="options", t="I'm so sorry about all this. I can take the installation fee off and put a month's credit on "
         "the account, how does that sound", m="EOIQ", n="apology says nothing back; no question mark but a real question"),
    dict(p=MT, s="commitment", t="The eight o'clock slot's booked for Friday, and I'll text you the technician's name by four "
         "today.", m="OC"),
    dict(p=MT, s="close", t="thanks for sticking with us Bernadette, I know we've already cost you two mornings pay. "
         "you're first on the list friday at eight", m="AOCG",
         n="'I know we've cost you two mornings' names the cost (orig 'I know you've been on hold ages' is A)"),
    # --- lost-express: vent ---
    dict(p=LE, s="vent", t="okay. okay. I'm so sorry", m="E"),
    dict(p=LE, s="vent", t="collected and then nothing since, right. keep going", m="A", n="partial say-back of the tracking"),
    dict(p=LE, s="vent", t="right. and what was actually in the parcel?", m="Q",
         n="asks about his situation, not a details request: no premature_details"),
    dict(p=LE, s="vent", t="sorry, can I just grab the tracking number off you first", m="Q", v=["premature_details"],
         n="'sorry' is a politeness marker"),
    dict(p=LE, s="vent", t="mm-hm. yep. mm.", m=""),
    dict(p=LE, s="vent", t="so you've got the chef ringing you every twenty minutes and nothing to tell him. yeah.", m="A"),
    dict(p=LE, s="vent", t="a walk in freezer full of fish sat on ice. christ. okay, go on", m="A",
         n="key fact said back; the oath is surprise, not a named feeling"),
    # --- lost-express: heard ---
    dict(p=LE, s="heard", t="you paid the extra for next-day so it'd be there first thing, and it's just vanished after "
         "collection. and now it's you the restaurant's cursing, not us", m="A"),
    dict(p=LE, s="heard", t="I can hear how much pressure you're under with this client", m="AE",
         n="'I can hear how...' form (rule 1), and it names the client pressure"),
    dict(p=LE, s="heard", t="a compressor and a control board, for a restaurant with a freezer full of fish. yeah, that's not "
         "a parcel that can sit in a depot", m="A"),
    dict(p=LE, s="heard", t="right. okay. um. what's the postcode it was going to?", m="Q",
         n="question-led, nothing said back; not premature at heard"),
    dict(p=LE, s="heard", t="I'm sorry you've had to ring round chasing this yourself with a client breathing down your neck",
         m="AE", n="rule 14"),
    dict(p=LE, s="heard", t="you must be stressed out of your mind mate", m="E"),
    dict(p=LE, s="heard", t="it's not just a lost box for you is it, it's the job and maybe the client as well", m="A",
         n="'is it' is a tag, not a question"),
    dict(p=LE, s="heard", t="I hear you mate. I really do.", m="A", n="sincere bare 'I hear you' (rule 1)"),
    dict(p=LE, s="heard", t="yeah yeah I hear you. have you checked with your neighbours though? they often take them in",
         m="", v=["doubt"], n="dismissive 'I hear you' into a suggestion it was delivered: no acknowledge"),
    dict(p=LE, s="heard", t="so you told your client trust me, it's coming overnight, and now you look like the one who let "
         "them down when it was us. that's on us, Marcus", m="A"),
    dict(p=LE, s="heard", t="I'm really sorry the parcel didn't turn up", m="E",
         n="apology for the event without what it cost him; orig 'I'm so sorry it's gone missing' is E only"),
    dict(p=LE, s="heard", t="ugh, what a nightmare. and I bet the restaurant's been on at you all morning, haven't they", m="AE",
         n="names what it is costing him with his client (orig '...awkward position with your client hasn't it' is A); "
         "the tag is not a question"),
    dict(p=LE, s="heard", t="your customer's stood there waiting on parts you paid express for. I'd be livid an' all", m="AE"),
    # --- lost-express: later stages ---
    dict(p=LE, s="options", t="I'm sorry. here's what I can do: refund the overnight fee, start a trace, and courier "
         "replacement parts to the restaurant today at our cost. want me to go ahead?", m="EOIQ"),
    dict(p=LE, s="options", t="I know it's your name with that restaurant on the line, not just a box. so I'd like to get "
         "replacement parts to them today by courier, on us, and refund your express charge. shall I?", m="AOIQ"),
    dict(p=LE, s="commitment", t="trace is running, the courier's collecting at three, and I'll ring you the minute it's signed "
         "for, six at the latest", m="OC"),
    dict(p=LE, s="heard", t="I hear you, and we'll make up whatever you lose with that restaurant, don't worry about that",
         m="AO", v=["over_promise"], n="paying for lost business is beyond the allowance"),
    # --- escalated-exec: vent ---
    dict(p=EE, s="vent", t="understood.", m="", n="'understood' as a filler (rule 1)"),
    dict(p=EE, s="vent", t="three breaches in one quarter, yes. please, go on", m="A"),
    dict(p=EE, s="vent", t="Forty lorries at the docks and the status page saying everything's fine. I see.", m="A",
         n="the paraphrase carries it; the trailing 'I see' neither adds nor cancels"),
    dict(p=EE, s="vent", t="I see. please continue", m=""),
    dict(p=EE, s="vent", t="I'm very sorry, Ms Ashcombe.", m="E"),
    dict(p=EE, s="vent", t="sorry to cut in, do you have your customer ID to hand?", m="Q", v=["premature_details"]),
    dict(p=EE, s="vent", t="you're right, and I won't pretend otherwise", m="A",
         n="'you're right' said sincerely to her complaint (README example form)"),
    # --- escalated-exec: heard ---
    dict(p=EE, s="heard", t="So this is the third outage this quarter, each one outside the SLA, the last one stopped your "
         "warehouse for six hours, and it took an email to our CEO before anyone called you. Is that a fair summary?",
         m="AQ"),
    dict(p=EE, s="heard", t="I appreciate you explaining all that. it sounds very difficult", m="EG",
         n="thanks plus generic sympathy; nothing of the outages said back"),
    dict(p=EE, s="heard", t="I'm sorry. you'd expect far better than three breaches from a supplier, and you're right to",
         m="AE", n="names the breaches and concedes she is right (orig 'you'd expect better from us, and you're right to')"),
    dict(p=EE, s="heard", t="right. okay. and how many sites were affected?", m="Q"),
    dict(p=EE, s="heard", t="with your board asking whether you should stay with us, and you being the one who argued for us "
         "in the first place, I can see this is personal as well as operational", m="A"),
    dict(p=EE, s="heard", t="your status page sat green for the whole six hours? that's indefensible honestly", m="AQ",
         n="check-back question"),
    dict(p=EE, s="heard", t="that must be incredibly frustrating", m="E",
         n="'must be frustrating' names a feeling only; unlike 'I understand how frustrating', no acknowledge"),
    dict(p=EE, s="heard", t="I hear you, Eleanor, and you're right. three in a quarter is unacceptable", m="A"),
    dict(p=EE, s="heard", t="please accept my sincere apologies on behalf of the company", m="E",
         n="formal but sincere apology, no 'any inconvenience': empathise only"),
    dict(p=EE, s="heard", t="I'm sorry for any disruption this may have caused to your operation", m="",
         v=["non_apology"], n="'any disruption... may have caused' is a non-apology; mentions her operation but says nothing back"),
    dict(p=EE, s="heard", t="I hear you but the SLA credits are calculated automatically, there's nothing I can change there",
         m="", v=["policy", "dismissal"], n="'but' into a system wall cancels the acknowledgement"),
    dict(p=EE, s="heard", t="I understand. I'll need the contract number to look into it", m="Q",
         n="'I understand' straight into a details request (rule 13); not premature at heard"),
    dict(p=EE, s="heard", t="I'm sorry to hear that", m="E"),
    dict(p=EE, s="heard", t="forty lorries idle, drivers on the clock, and nothing from us but a green status page. I'd have "
         "written to the CEO as well", m="AE"),
    dict(p=EE, s="heard", t="um, you've basically stood up in front of your board for us and we've let you down three times "
         "since. I'm sorry", m="AE"),
    dict(p=EE, s="heard", t="that sounds like an awful quarter for you and your team, I'm sorry", m="E",
         n="'awful quarter' is an evaluation, not her facts said back (orig 'a horrendous week' is E only)"),
    # --- escalated-exec: later stages ---
    dict(p=EE, s="options", t="the SLA's been breached three times, and you had to write to our chief exec before anyone picked up "
         "the phone. that shouldn't have happened. so I can put forward the service credit for this quarter, an account "
         "manager with a name and a number, and the root-cause report in writing by the twelfth. is that something you "
         "could take to your board?", m="AOIQ", n="date inside an offer: not a commitment"),
    dict(p=EE, s="commitment", t="Tom Okafor's your account manager from today. He'll ring you at ten tomorrow, and you'll have the "
         "root-cause report in writing by Friday the sixteenth.", m="OC"),
    dict(p=EE, s="close", t="thank you for your time Ms Ashcombe, and for being so direct with me. I'll email you a note of "
         "everything we agreed before five today", m="CG"),
    # --- vip-client: vent ---
    dict(p=VC, s="vent", t="of course, Mr Fairclough. I'm listening", m="", n="back-channel (rule 13)"),
    dict(p=VC, s="vent", t="two days late, on a completion. yes.", m="A"),
    dict(p=VC, s="vent", t="that's dreadful. I'm terribly sorry", m="E"),
    dict(p=VC, s="vent", t="you heard it from the seller's solicitor rather than from us... I'm so sorry, please, do go on",
         m="AE"),
    dict(p=VC, s="vent", t="may I, erm, just take the last four digits of the account, sir", m="Q",
         v=["premature_details"]),
    dict(p=VC, s="vent", t="mm. I see. yes.", m=""),
    # --- vip-client: heard ---
    dict(p=VC, s="heard", t="The money was for a completion, it arrived two days late, the purchase very nearly fell through, "
         "and we didn't even have the courtesy to tell you. You had to hear it from the other side's solicitor. I'm very "
         "sorry, sir.", m="AE"),
    dict(p=VC, s="heard", t="I completely understand, sir", m="A", n="bare sincere 'I understand' (rule 1)"),
    dict(p=VC, s="heard", t="I see. and has the purchase gone through now?", m="Q"),
    dict(p=VC, s="heard", t="I'm so sorry about that, Mr Fairclough", m="E"),
    dict(p=VC, s="heard", t="eleven years with us and this is the first time you've had to chase your own money. I can "
         "understand why that stings", m="AE"),
    dict(p=VC, s="heard", t="I can imagine it was a very anxious few days", m="E",
         n="names a feeling, no fact said back (orig 'an incredibly stressful few hours' is E only)"),
    dict(p=VC, s="heard", t="hmm. that is unusual, we don't normally see delays on completions", m="", v=["doubt"]),
    dict(p=VC, s="heard", t="sorry you feel we've been slow", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="so it was a completion with a hard deadline and our delay nearly cost you the house. that's "
         "serious and I'm treating it that way", m="A"),
    dict(p=VC, s="heard", t="I'm sorry you had to ring the seller yourself and ask her for more time", m="AE",
         n="rule 14: names what he had to do"),
    dict(p=VC, s="heard", t="I do apologise, sir. it's not what we want for any of our clients", m="E",
         n="generic: nothing of his trouble said back"),
    dict(p=VC, s="heard", t="I completely understand, sir. however, the transfer was held by compliance, which is standard",
         m="", v=["policy"], n="contrastive 'however' into a wall cancels the acknowledgement"),
    dict(p=VC, s="heard", t="I'm sorry you found out from the seller's solicitor and not from us. that should never have "
         "happened", m="AE"),
    dict(p=VC, s="heard", t="I understand, I understand. what exactly did the solicitor say to you?", m="Q",
         n="'I understand' doubled straight into a question, nothing said back (rule 13)"),
    # --- vip-client: later stages ---
    dict(p=VC, s="options", t="I'm very sorry, sir. what I'd propose is reversing both transfer fees, and putting you in direct "
         "contact with a named senior relationship banker from now on. would that be acceptable?", m="EOIQ"),
    dict(p=VC, s="commitment", t="I understand how close you came to losing the house. the fees are reversed as of this "
         "afternoon, and Helen Rowe, your senior banker, will ring you by ten tomorrow", m="AEOC",
         n="orig 'I understand how serious yesterday was for you' is acknowledge + empathise"),
    dict(p=VC, s="heard", t="I completely understand, sir, and going forward you won't be charged a single fee on any of your "
         "accounts", m="AO", v=["over_promise"], n="free banking is beyond the allowance; the bare 'I understand' stands"),
    dict(p=VC, s="close", t="Thank you, sir, for your patience, and for letting me sort this out rather than walking. Is there "
         "anything else I can do for you?", m="GQ", n="ending check: question, not asks_input (rule 6)"),
    # --- failed-twice: vent ---
    dict(p=FT, s="vent", t="seven months old and broken twice since the repair. right.", m="A"),
    dict(p=FT, s="vent", t="okay. yeah.", m=""),
    dict(p=FT, s="vent", t="and the supervisor never rang you back on monday. okay, go on", m="A"),
    dict(p=FT, s="vent", t="I'm with you, I'm with you, take your time", m="", n="back-channel (rule 13)"),
    dict(p=FT, s="vent", t="ugh, that's horrible. sorry", m="E"),
    dict(p=FT, s="vent", t="sorry, I just need the order reference off you first and then you can tell me the rest", m="Q",
         v=["premature_details"]),
    # --- failed-twice: heard ---
    dict(p=FT, s="heard", t="so it's seven months old, the engineer's been out, it's broken down twice since, you've been "
         "without a machine for two weeks, and the supervisor who was meant to ring you on monday never did. have I missed "
         "anything?", m="AQ"),
    dict(p=FT, s="heard", t="I'm so sorry about all that, honestly", m="E",
         n="'all that' points at it but says nothing back"),
    dict(p=FT, s="heard", t="two weeks with a toddler and a baby and no machine, I genuinely don't know how you're "
         "coping", m="AE"),
    dict(p=FT, s="heard", t="oh that's not great. not great at all", m="E",
         n="sympathy only; nothing of her trouble said back"),
    dict(p=FT, s="heard", t="you've been dragging bags to the laundrette with a double buggy? oh my god. I'm so sorry",
         m="AEQ", n="check-back on her fact"),
    dict(p=FT, s="heard", t="I'm sorry you've been let down", m="E",
         n="generic 'let down' names nothing (rule 14's 'hit with that'; orig 'you've really been let down here' is E only)"),
    dict(p=FT, s="heard", t="you must be exhausted", m="E"),
    dict(p=FT, s="heard", t="every time you ring you've had to start the whole story from scratch. I get that, and I'm not "
         "going to make you do it again", m="A", n="promise with no time or remedy: no commitment, no options"),
    dict(p=FT, s="heard", t="it's a seven month old machine, it shouldn't be breaking at all, never mind twice", m="A"),
    dict(p=FT, s="heard", t="are you sure it's sat level on the floor? nine times out of ten that's what does it", m="",
         v=["doubt", "correcting"]),
    dict(p=FT, s="heard", t="I totally understand. can I get your postcode?", m="Q",
         n="'I understand' straight into a details request: not acknowledge (rule 13)"),
    dict(p=FT, s="heard", t="oh bless you. that sounds like a nightmare", m="E"),
    dict(p=FT, s="heard", t="So nobody called you back, even though they told you a supervisor would ring within a day? I'm "
         "so sorry.", m="AEQ", n="check-back question"),
    dict(p=FT, s="heard", t="I get that it's broke again, but you did only take the basic warranty, so", m="",
         v=["correcting"], n="'but' into correcting cancels the acknowledgement"),
    # --- failed-twice: later stages ---
    dict(p=FT, s="options", t="so there's two ways I can go. a new machine, same model, plus two extra years' warranty, or I send "
         "our senior engineer this week and leave you a loan machine till it's fixed. what suits you best?", m="OIQ"),
    dict(p=FT, s="commitment", t="the new machine's coming wednesday morning, they'll take the old one away with them, and I'll "
         "phone you wednesday evening to check it's running", m="OC"),
    dict(p=FT, s="close", t="thanks so much Kelly. I know two weeks without a machine with two little ones has been a "
         "nightmare, and I'm sorry. the new one's arriving wednesday", m="AEOCG"),
    # --- billing-error: vent ---
    dict(p=BE, s="vent", t="oh, Margaret, I'm so sorry", m="E"),
    dict(p=BE, s="vent", t="cancelled, and then charged twice anyway. mm. go on", m="A"),
    dict(p=BE, s="vent", t="right. right.", m=""),
    dict(p=BE, s="vent", t="so the chat told you last week it was sorted, and it wasn't. okay", m="A"),
    dict(p=BE, s="vent", t="I'm so sorry to hear that. can I take your postcode please?", m="EQ", v=["premature_details"],
         n="sincere apology stands; the request is premature"),
    dict(p=BE, s="vent", t="right, and kevin on the chat said it was all sorted. okay", m="A"),
    # --- billing-error: heard ---
    dict(p=BE, s="heard", t="you cancelled, we still took it twice, and because of that your account went overdrawn and the "
         "bank charged you. then our chat said it was fixed and it wasn't. I've got all that, and I'm sorry", m="AE"),
    dict(p=BE, s="heard", t="I'm sorry you're dealing with this", m="E",
         n="generic 'sorry you're dealing with this' names nothing: empathise only"),
    dict(p=BE, s="heard", t="that's awful, and on a pension as well", m="AE",
         n="picks up the key fact of what it costs her: on a fixed income"),
    dict(p=BE, s="heard", t="and your rent bounced because of the overdraft? oh, Margaret. that's the very last thing you need",
         m="AEQ", n="check-back question"),
    dict(p=BE, s="heard", t="I'm so sorry. how much was the overdraft fee?", m="EQ",
         n="asks about the fee; does not say her trouble back"),
    dict(p=BE, s="heard", t="I'm sorry you've had to explain it all again after being told it was sorted", m="AE"),
    dict(p=BE, s="heard", t="nine years you've been with us and this is how we repay you. that's not right", m="A"),
    dict(p=BE, s="heard", t="well the charge would've been in the pipeline before the cancellation went through", m="",
         v=["correcting"]),
    dict(p=BE, s="heard", t="I understand you're upset, Margaret", m="AE",
         n="like 'I can see why you're upset': acknowledge + empathise (rule 1)"),
    dict(p=BE, s="heard", t="I do understand, and you're quite right. you'd cancelled, so none of it should've come out", m="A"),
    dict(p=BE, s="heard", t="oh Margaret that's horrible. what did the bank say?", m="EQ"),
    dict(p=BE, s="heard", t="I'm sorry you feel you've been charged unfairly", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="I'm so sorry about that. I'll sort the refund and make sure your bank takes their fee off as well",
         m="EO", v=["over_promise"], n="apology names nothing; promising what her bank will do is over the limit"),
    # --- billing-error: later stages ---
    dict(p=BE, s="options", t="You shouldn't be a penny out of pocket when you'd cancelled properly. I can put both charges back, "
         "repay the overdraft fee, and confirm the cancellation in writing. Post or email, which is better for you?",
         m="AOIQ"),
    dict(p=BE, s="commitment", t="both refunds are going through now, you'll see them by thursday, and the letter confirming "
         "the cancellation goes in today's post", m="OC"),
    dict(p=BE, s="close", t="thank you Margaret, you've been ever so patient. is there anything else I can help with?", m="GQ"),
    # --- generic ---
    dict(p=None, s="heard", t="so you've been told three different things by three different people and none of them were "
         "true. that's where we are?", m="AQ"),
    dict(p=None, s="heard", t="I hear you", m="A", n="bare sincere 'I hear you' (rule 1)"),
    dict(p=None, s="heard", t="that sounds so stressful, I'm sorry", m="E"),
    dict(p=None, s=None, t="I understand completely", m="A"),
    dict(p=None, s=None, t="right, so nobody's called you back at any point. I see", m="A"),
    dict(p=None, s="heard", t="so what's happened then? start from the beginning", m="Q"),
    dict(p=None, s="heard", t="yeah I hear ya, I hear ya, so what's the order number", m="Q", n="rule 13"),
    dict(p=None, s="heard", t="I'm really sorry you've been stuck on hold this long", m="AE", n="rule 14"),
    dict(p=None, s="heard", t="I know it's frustrating but you have to go through the claims line for that", m="",
         v=["dismissal"], n="'but' into ducking cancels the acknowledgement and empathy"),
    dict(p=None, s="vent", t="I'm listening. take all the time you need", m="",
         n="back-channel: no 'I hear you', nothing said back"),
    dict(p=None, s="heard", t="I can see why you're upset", m="AE", n="rule 1"),
    dict(p=None, s="heard", t="okay so just to check I've understood. you ordered it on the third, it never came, and when you "
         "chased it the order showed as delivered?", m="AQ"),
    dict(p=None, s=None, t="you've paid for it, waited for it, chased it twice and you've still got nothing. I'd be fed up too",
         m="AE"),
    dict(p=None, s="heard", t="calm down, I hear you, alright? I hear you", m="", v=["calm_down"],
         n="'I hear you' wrapped round 'calm down' is not sincere acknowledgement"),
]

write_batch(ITEMS, "gh", Path(__file__).with_name("replies_extra189.jsonl"))
