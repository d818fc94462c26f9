"""Source of `replies_extra30.jsonl`: a thirtieth batch of hand-written trainee replies (tune split only).

Written one at a time by someone who had not read the held-back part of `replies.jsonl` nor the
judge's code (judge.py, lexicon.py, learned.py, patterns.py, models/), after reading about 250 items
of the tune part of `replies.jsonl` for style and labelling habits. It is aimed at acknowledgement
and empathy: each is positive on a little under half the items, alone, together and beside options,
commitments and thanks, across all six personas, generic replies and every stage. Beside them sit
their hard negatives: fillers while the customer vents ("mm-hm", "I see", "understood"), negated
forms, non-apologies, sarcasm, an acknowledgement or apology followed by "but" / "though" /
"however" into a fault, "sorry" that apologises for a refusal or is only polite, the agent's own
feelings, restating only to argue, doubt or accuse, reading details off a screen, and small talk.
Lengths run from two words to long rambling Whisper-style run-ons; the trainees are nervous,
scripted, warm or clumsy. About a fifth carry a fault, so the batch is also a mixed check. Nothing
is generated from a template. Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from
tests/data writes `replies_extra30.jsonl` next to it (ids ae0001…, split "tune") and prints
per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- missed-technician (Bernadette)
    dict(p=MT, s="vent", t="oh gosh, I'm so sorry", m="E", n="short sincere apology while she vents"),
    dict(p=MT, s="vent", t="mm-hm... mm-hm", m="", n="filler while venting"),
    dict(p=MT, s="heard", t="so you took a day off work for each visit, sat in from eight till twelve both times, and not one phone call. I completely understand why you're fuming.", m="AE"),
    dict(p=MT, s="heard", t="I hear you", m="A", n="bare sincere 'I hear you' (rule 1)"),
    dict(p=MT, s="heard", t="two mornings off for nothing. I'd be livid, honestly.", m="AE"),
    dict(p=MT, s="heard", t="look I'm annoyed too, honestly, it's been one of those days on here", m="", n="the agent's own feelings, not hers"),
    dict(p=MT, s="options", t="I'm so sorry. I can waive the installation fee, put a month's credit on the account, and get you the eight o'clock first slot, whichever day's best for you", m="EOI", n="'whichever day's best for you' invites a preference without a question"),
    dict(p=MT, s="commitment", t="you said you can't take any more time off work, so I've put you in for eight o'clock saturday, first job of the day, and I'll ring you friday before five to confirm it", m="AOC", n="says back the impact she named"),
    dict(p=MT, s="vent", t="sorry can I just grab the account holder's name before you carry on", m="Q", v=["premature_details"], n="'sorry' is only polite"),
    dict(p=MT, s="heard", t="I- I'm really sorry, that- you shouldn't have had to chase us. we should've rung you both times", m="AE", n="false starts; admits nobody called"),
    dict(p=MT, s="heard", t="it does say on here the technician attended and got no answer at the door", m="", v=["doubt"], n="reading the screen to contradict her, like 'it says here everything went fine'"),
    dict(p=MT, s="close", t="thanks for bearing with me Bernadette, I really am sorry for all of this", m="EG"),
    dict(p=MT, s="heard", t="I understand you're upset but you'll need to ring the installs line for that, it's a different team", m="", v=["dismissal"], n="'but' into 'not my department' cancels acknowledge and empathise"),
    dict(p=MT, s="heard", t="that's rubbish, honestly, losing a day's pay each time", m="AE"),
    dict(p=MT, s="heard", t="okay so um, yeah, I- I'm just gonna say it back so I know I've got it right. you booked the eight to twelve, you um you took the day off, nobody came, nobody rang, and then you did the whole thing again the week after and the same thing happened, which is, like, honestly that's awful and I'm really sorry", m="AE", n="long rambling restatement"),
    dict(p=MT, s="heard", t="I'm sorry, I know the eight till twelve window's a pain but we can't give exact times, that's just how the bookings work", m="", v=["policy"], n="'but' into a policy wall cancels the apology"),
    dict(p=MT, s="heard", t="that's not okay. you waited in all morning, twice. what would help most right now?", m="AIQ"),
    dict(p=MT, s="heard", t="thank you for telling me about your supervisor, I know that must be a real worry for you", m="EG", n="names her worry; the supervisor comment is a side fact, not the complaint said back"),
    dict(p=MT, s="commitment", t="I'm so sorry again. the eight o'clock slot is booked for tuesday, and I'll ring you at quarter to eight that morning to say he's on his way", m="EOC"),

    # ---------------------------------------------------------------- lost-express (Marcus)
    dict(p=LE, s="vent", t="okay... okay", m="", n="filler while venting"),
    dict(p=LE, s="vent", t="god, that's awful, with your client sat waiting on it and all", m="AE"),
    dict(p=LE, s="heard", t="so you paid for overnight, the compressor and the board never turned up, and the tracking's been blank since we collected it", m="A"),
    dict(p=LE, s="heard", t="I'm really sorry, Marcus. You paid extra so it would be there first thing, and it wasn't.", m="AE"),
    dict(p=LE, s="heard", t="um I can see here it was collected at four fifteen from your unit on the... the twelfth", m="", n="reading a detail off the screen, not saying back the complaint"),
    dict(p=LE, s="heard", t="I totally get it. you told your client it'd be there overnight and now you're the one looking bad. that's on us, not you, and I'm sorry", m="AE"),
    dict(p=LE, s="options", t="the lost work isn't something I'm able to pay out on, sorry, but what I can do is get a same-day courier out with replacement parts at our cost and refund the express fee. would that help with your client?", m="OIQ", n="'sorry' for a refusal is not empathy; honest obstacle, not policy"),
    dict(p=LE, s="heard", t="I'm sorry if the delay's caused you any problems with your client", m="", v=["non_apology"], n="'sorry if'"),
    dict(p=LE, s="commitment", t="you've got a walk-in freezer full of fish sat on ice, so I'm booking the courier now and you'll have the driver's details by text within ten minutes", m="AOC"),
    dict(p=LE, s="heard", t="yeah that's, that's horrible. I'd be going spare", m="E"),
    dict(p=LE, s="heard", t="You're right. You paid for next morning and got nothing. That's not good enough.", m="A"),
    dict(p=LE, s="heard", t="so your nephew's job's riding on this as well. I'm so sorry, that's a lot of pressure to be carrying", m="AE", n="says back the hidden fact"),
    dict(p=LE, s="close", t="thank you for being patient with me, I know today's been a nightmare for you", m="EG"),
    dict(p=LE, s="heard", t="oh I do feel for you, I really do", m="E"),
    dict(p=LE, s="heard", t="I understand, I understand. but the tracking shows it went into the depot, so it's not lost as such, it's just delayed", m="", v=["doubt", "correcting"], n="'but' into contradicting him cancels the acknowledgement"),
    dict(p=LE, s="heard", t="I'm so sorry this has happened. the claim for the goods has to go through the online form though, that's the process", m="", v=["policy"], n="contrastive 'though' leads into a policy wall: cancels the apology"),
    dict(p=LE, s="options", t="honestly I'd be raging. you paid for it to be there overnight. okay, what I'll do, I'm booking a same-day courier for the replacement parts at our cost right now, and I'll text you the collection time within fifteen minutes", m="AEOC"),
    dict(p=LE, s="heard", t="so you're alleging the parcel was never collected at all?", m="", v=["accusation"], n="restating only to accuse; not a real question"),

    # ---------------------------------------------------------------- escalated-exec (Eleanor)
    dict(p=EE, s="vent", t="Understood.", m="", n="'understood' as a filler while venting"),
    dict(p=EE, s="vent", t="I'm listening. three outages this quarter, all of them past the SLA. please, go on", m="A"),
    dict(p=EE, s="heard", t="Ms Ashcombe, I'm sorry. You argued for us in front of your board, and we've made that very hard for you.", m="AE"),
    dict(p=EE, s="heard", t="I appreciate your frustration, however the SLA does allow for scheduled maintenance windows", m="", v=["correcting"], n="'however' into correcting cancels the acknowledgement"),
    dict(p=EE, s="heard", t="so six hours with forty lorries stood at the docks and the status page still showing green. I'd have been furious.", m="AE"),
    dict(p=EE, s="heard", t="right, I've got the incident ticket up, it was logged at six forty-two and closed at twelve fifty", m="", n="reading the ticket off the screen"),
    dict(p=EE, s="heard", t="I'm sorry you felt the need to go to our CEO", m="", v=["non_apology"], n="'sorry you felt': regret about her reaction, not our failure"),
    dict(p=EE, s="options", t="I understand you want out of the contract with no penalty. I can't do that part, I'll be honest, but I can apply the full SLA service credit for the quarter and give you a named account manager from this week. would that be a place to start?", m="AOIQ", n="honest obstacle then offer"),
    dict(p=EE, s="commitment", t="you'll have the root-cause report in writing by friday the twentieth, and I'm sorry it's taken this long to get you one", m="EOC"),
    dict(p=EE, s="heard", t="wow. okay. well I'm sorry our platform has ruined your entire life", m="", v=["insult"], n="sarcastic apology"),
    dict(p=EE, s="heard", t="with respect, three outages in a quarter isn't unusual for a platform this size", m="", v=["dismissal"], n="restates only to minimise"),
    dict(p=EE, s="heard", t="honestly going straight to the top was the right call. anyone with forty lorries stood idle would be just as angry", m="AE"),
    dict(p=EE, s="heard", t="I hear you, I do, but I can't just let you out of the contract, you signed it", m="", v=["correcting"], n="'but' into 'you signed it' cancels the acknowledgement"),
    dict(p=EE, s="close", t="thank you for staying with us through this, I know it's been a horrible quarter for you and your team", m="EG"),
    dict(p=EE, s="heard", t="I get that your board's asking hard questions. that's a horrible position to be put in", m="AE"),
    dict(p=EE, s="heard", t="okay um. so I- I've been reading back through the notes and like, three outages, each one breached the SLA, and on monday your status page was green the whole time while your pickers had nothing working. and you had to email our CEO just to get someone to take notice. I'm, yeah, I'm really sorry", m="AE"),
    dict(p=EE, s="heard", t="the last one was down to our hosting provider, not us. I'm sorry all the same, I know it stopped your warehouse dead", m="AE", v=["blame"], n="marks after the violation stand (rule 2)"),
    dict(p=EE, s="heard", t="I'd be furious too.", m="E"),
    dict(p=EE, s="heard", t="I understand you're angry but if you keep speaking to me like that I will end this call", m="", v=["threat_back"], n="'but' into a threat cancels the acknowledgement"),
    dict(p=EE, s="close", t="thank you for bearing with me, and for being so clear about what your board needs", m="G"),

    # ---------------------------------------------------------------- vip-client (Julian)
    dict(p=VC, s="vent", t="I see. go on, sir.", m="", n="bare 'I see' letting him vent"),
    dict(p=VC, s="vent", t="two days late on a completion. that's- that's dreadful, Mr Fairclough", m="AE"),
    dict(p=VC, s="heard", t="Mr Fairclough, I'm truly sorry. You heard it from the seller's solicitor when you should have heard it from us.", m="AE"),
    dict(p=VC, s="heard", t="I do apologise for any inconvenience caused", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="I can only imagine standing in that hallway while someone else held the keys. I'd have been beside myself.", m="AE", n="says back his detail and names the feeling"),
    dict(p=VC, s="heard", t="so the wire went two days late, the purchase nearly fell through, and nobody from here rang you. you're right to be angry about that", m="AE"),
    dict(p=VC, s="options", t="I'm sorry. I can reverse the transfer fees today and set you up with a direct line to a senior banker. which would you like first?", m="EOIQ"),
    dict(p=VC, s="heard", t="I understand, I do. and if it were my house I'd be livid", m="AE"),
    dict(p=VC, s="commitment", t="I know you had to hear it from the other side, and that's not how it should ever be. Claire Davenport, your senior banker, will ring you by ten tomorrow with her direct line.", m="AOC"),
    dict(p=VC, s="heard", t="honestly sir I'm having a nightmare of a day myself, the systems have been down all morning", m="", n="the agent's own feelings"),
    dict(p=VC, s="heard", t="I'm sorry, sir, I really am. that's an awful thing to go through on a purchase that size", m="E"),
    dict(p=VC, s="heard", t="eleven years with us and you've never once had to chase your own money before. I hear that.", m="A"),
    dict(p=VC, s="close", t="Thank you for your patience today, Mr Fairclough. I know this has been a dreadful week.", m="EG"),
    dict(p=VC, s="options", t="I'm sorry sir, a year without fees isn't in my gift. what I can do is reverse the fees on this transfer and set up same-day transfers from now on. would that be acceptable?", m="OIQ", n="'sorry' for a refusal is not empathy"),
    dict(p=VC, s="heard", t="sir I'm so sorry. I'll get our chief executive to call you personally, you have my word", m="EO", v=["over_promise"], n="apology stands; the CEO call is more than allowed"),
    dict(p=VC, s="heard", t="ah Sterling and Marsh, my cousin banks with them actually, nice offices", m="", n="small talk"),

    # ---------------------------------------------------------------- failed-twice (Kelly)
    dict(p=FT, s="vent", t="oh no, two weeks with no washer and a little one, god", m="AE"),
    dict(p=FT, s="heard", t="so it's seven months old, we've repaired it, it's gone again twice, and the supervisor never rang you back on monday", m="A"),
    dict(p=FT, s="heard", t="I'm so sorry Kelly. you shouldn't be hand washing in the bath, honestly", m="AE"),
    dict(p=FT, s="heard", t="ugh that's so stressful", m="E"),
    dict(p=FT, s="heard", t="I hear you, and honestly I'd be at my wits' end with a toddler and no washing machine", m="AE"),
    dict(p=FT, s="options", t="I'm really sorry we dropped the ball on that callback. I can get a senior engineer out this week with a loan machine, or replace it like for like with two years' extra warranty. which would suit you better?", m="AEOIQ"),
    dict(p=FT, s="heard", t="I'm sorry, but it's a mechanical item, they do break down sometimes", m="", v=["dismissal"], n="'sorry, but' into minimising"),
    dict(p=FT, s="heard", t="I do understand. I'm sorry. the upgraded model isn't something I can do though, I'll be honest with you", m="AE", n="'though' leads into an honest obstacle, not a violation: marks stand"),
    dict(p=FT, s="heard", t="I'm sorry you're upset Kelly", m="", v=["non_apology"], n="'sorry you are upset' (rule 7)"),
    dict(p=FT, s="commitment", t="so that's the same model coming on saturday between eight and twelve, and I'll text you the warranty details within the hour", m="OC"),
    dict(p=FT, s="heard", t="ha my two are the same, the washing never stops does it. anyway", m="", n="small talk; tag question"),
    dict(p=FT, s="vent", t="sorry, go on, I'm listening", m="", n="'sorry' is only polite"),
    dict(p=FT, s="heard", t="you say it broke down twice, but our engineer signed it off as working both times", m="", v=["doubt"], n="restates only to doubt her"),
    dict(p=FT, s="heard", t="that callback should have happened, full stop. I'm sorry it didn't", m="AE"),
    dict(p=FT, s="close", t="thanks Kelly, you've been so patient with us, more than we deserved honestly", m="G"),
    dict(p=FT, s="heard", t="that must be exhausting", m="E"),
    dict(p=FT, s="heard", t="oh my god okay so that's um, seven months old and it's broke twice since we fixed it and you've been without for two weeks with the kids and everything and nobody rang you back monday when they said they would, like, I would honestly be losing my mind", m="AE", n="long run-on"),
    dict(p=FT, s="heard", t="You're absolutely right to be cross about the callback, Kelly.", m="AE"),

    # ---------------------------------------------------------------- billing-error (Margaret)
    dict(p=BE, s="vent", t="oh dear. I'm so sorry, Margaret", m="E"),
    dict(p=BE, s="heard", t="so you cancelled, we took the payment twice anyway, and your bank's charged you an overdraft fee on top. and the chat told you it was sorted", m="A"),
    dict(p=BE, s="heard", t="I understand about the charges, but technically the cancellation only takes effect at the end of the billing period", m="", v=["correcting"], n="'but' into correcting cancels the acknowledgement"),
    dict(p=BE, s="options", t="I'm so sorry. I can refund both charges and reimburse your overdraft fee, and send the cancellation in writing. would you like that by email or by post?", m="EOIQ"),
    dict(p=BE, s="heard", t="being told it was fixed and then finding out it wasn't, that's the bit that stings, isn't it. I completely understand", m="AE", n="tag 'isn't it' is not a question"),
    dict(p=BE, s="heard", t="sorry I'm not- I'm not quite following, the charges were on which date?", m="Q", n="negated understanding and a polite 'sorry': no acknowledge, no empathy"),
    dict(p=BE, s="commitment", t="both refunds are going through now, you'll see them by thursday, and the overdraft fee's being reimbursed as well. I'm sorry again you had to ring twice", m="AEOC", n="says back that she had to ring twice; sincere 'sorry you' + the event (rule 7)"),
    dict(p=BE, s="heard", t="nine years with us, and you deserved a lot better than this. I'm sorry", m="AE"),
    dict(p=BE, s="heard", t="honestly the chat team drive me mad as well, they're always telling people things are fixed when they're not", m="", v=["blame"], n="agent's own feelings and fault-finding at colleagues"),
    dict(p=BE, s="close", t="thank you, Margaret, for being so patient and for telling us about the chat, it really does help", m="G"),
    dict(p=BE, s="heard", t="I can see two payments of fourteen ninety-nine on the third", m="", n="reading the screen"),
    dict(p=BE, s="heard", t="No wonder you're upset. You did everything right.", m="AE"),
    dict(p=BE, s="heard", t="your rent bounced because of us? oh Margaret I'm so sorry", m="AE", n="echo of the hidden fact, not a real question"),
    dict(p=BE, s="options", t="I'm so sorry. I'll refund both charges, cover the overdraft fee, and give you three months free for all the trouble", m="EO", v=["over_promise"], n="free months are beyond the bargain; apology stands"),

    # ---------------------------------------------------------------- generic
    dict(p=None, s="heard", t="I understand.", m="A", n="bare sincere 'I understand' (rule 1)"),
    dict(p=None, s="heard", t="I see.", m="", n="filler"),
    dict(p=None, s="heard", t="that sounds awful", m="E"),
    dict(p=None, s="heard", t="I get why you're angry", m="AE", n="like 'I can see why you're upset' (rule 1)"),
    dict(p=None, s="heard", t="I don't see why you'd be angry at me personally", m="", n="negated acknowledgement"),
    dict(p=None, s="heard", t="oh I'm sure that was just devastating for you", m="", v=["insult"], n="sarcasm"),
    dict(p=None, s="heard", t="I'm sorry, I really am. that should never have happened to you", m="AE"),
    dict(p=None, s="options", t="I'm sorry, we can't do a full refund, but I can refund the delivery charge or send a replacement, whichever you'd rather", m="OI", n="apology for a refusal; imperative invitation"),
    dict(p=None, s="heard", t="honestly this job gets to me some days, I hate giving people bad news", m="", n="the agent's own feelings"),
    dict(p=None, s="heard", t="let me just make sure I've got it. you were promised a call back on tuesday, it never came, and you've had to chase us three times since", m="A"),
    dict(p=None, s="heard", t="right, so, to recap, the order was placed on the fourth and you paid by card", m="", n="recaps account details, not the complaint"),
    dict(p=None, s="heard", t="yeah yeah I understand, anyway can we move on", m="", n="dismissive 'I understand'"),
    dict(p=None, s="heard", t="I'm sorry this has happened, and thank you for being so patient while I looked into it", m="EG"),
    dict(p=None, s="commitment", t="I understand how stressful this is, so I'll call you back before five today with an answer either way", m="AEC", n="rule 1: 'I understand how stressful' is both"),
    dict(p=None, s=None, t="please calm down. I understand, and I'm going to help you", m="A", v=["calm_down"], n="acknowledgement after the violation stands (rule 2)"),
    dict(p=None, s=None, t="I can hear how upset you are", m="AE", n="rule 1"),
    dict(p=None, s="heard", t="I'm not saying you're wrong to be angry", m="", n="negated validation"),
    dict(p=None, s="options", t="I really do understand. here's what I can do, I can refund the charge today or send a replacement out, which would you prefer?", m="AOIQ"),
    dict(p=None, s="heard", t="I completely understand why you're upset, and I'd feel exactly the same. let me sort this out for you", m="AE"),
    dict(p=None, s="heard", t="thank you for being honest with me about how this has affected you", m="G"),
    dict(p=None, s="heard", t="I'm really sorry. what's been the hardest part of all this for you?", m="EQ"),
    dict(p=None, s="heard", t="I hear you and I'm sorry, but complaints have to be put in writing, that's the rule", m="", v=["policy"], n="'but' into a policy wall"),
    dict(p=None, s="heard", t="you're right.", m="A", n="sincere agreement with the complaint"),
    dict(p=None, s="heard", t="sorry, could you spell the surname for me", m="Q", n="polite 'sorry', detail request after venting"),
    dict(p=None, s="close", t="no, you're right, it's been awful and I'm glad you rang us. thanks for sticking with it", m="AEG"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "ae", Path(__file__).with_name("replies_extra30.jsonl"))
