"""Source of `replies_extra144.jsonl`: batch 144, in the original set's style (tune split only).

Written by hand, one reply at a time, in the style of the original set (`replies.jsonl`), learned
from a copy of its tune part alone, without reading the judge's code or any other labelled batch.
It is weighted to one theme: correcting, doubting and blaming (the customer, a colleague, the
courier, the contractor, the bank, the cloud provider) said in many everyday ways, often softly,
as an aside or in the middle of an otherwise helpful sentence ("in fairness", "just so you know for
next time", "mine's saying it's at the hub", "the depot clearly never scanned it"). Against them
sit hard negatives that use the same nouns without the fault-finding: owning the failure, naming a
cause while taking responsibility for it ("we use a contractor, but they work for us, so it's our
failure"), clearing the customer ("none of this was down to you"), and checking facts in a way
that does not doubt them ("what's the error code? not doubting you, it tells the engineer which
part to bring"). The rest is the usual mix of marks, stages and the other violation kinds, so
every persona and every stage is represented. About half are styled like a Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra144.jsonl` next to it (ids eo0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # missed-technician
    dict(p=MT, s="vent", t="mm, thats- thats odd though, they normally text if theyre running late", m="",
         v=["doubt"], n="soft doubt slipped in while she vents"),
    dict(p=MT, s="vent", t="right. and nobody rang you either time. okay, keep going", m="A",
         n="restates a main point while letting her vent"),
    dict(p=MT, s="heard", t="did you have your phone on silent maybe? cause he'd of rung before he left", m="",
         v=["doubt"], n="questions her 'nobody called'; rhetorical, not a real question; 'he'd of' mis-hearing"),
    dict(p=MT, s="heard", t="No, you did everything you were meant to. You were in, you waited the whole window. "
         "The no-show is ours, and it's got nothing to do with anything you did.", m="A",
         n="clears the customer and owns the failure: acknowledgement, no violation"),
    dict(p=MT, s="heard", t="The engineer's put 'no access' on the job sheet. You were sat in all morning, so that "
         "note is wrong, and I apologise that it's been put against your name.", m="AE",
         n="reads out the record but sides with her: not doubt"),
    dict(p=MT, s="heard", t="to be fair the install window's eight till one, not eight till twelve. but still, yeah", m="",
         v=["correcting"]),
    dict(p=MT, s="heard", t="honestly it's the contractor we use round your way, they've been shocking lately", m="",
         v=["blame"]),
    dict(p=MT, s="heard", t="We do use a contractor for installs in your area, but they're working on our behalf, so "
         "when they don't turn up, that's our failure. Full stop.", m="A",
         n="names the cause but takes responsibility: not blame; 'but' leads into owning it"),
    dict(p=MT, s="options", t="so um I cant do the full refund, but I'm able to waive the install fee, stick a months "
         "credit on your account, and get you the eight oclock slot so your the first one he sees. would that do you?",
         m="OIQ", n="honest obstacle, not a policy wall; 'your' mis-hearing"),
    dict(p=MT, s="options", t="look I'll just refund the lot and pay you back for both days off, its only fair", m="O",
         v=["over_promise"], n="full refund and lost wages are beyond what may be offered"),
    dict(p=MT, s="commitment", t="Okay, Monday at eight is booked and flagged as the first job, and I'll ring you on "
         "Sunday by six to tell you the engineer's name.", m="OC"),
    dict(p=MT, s="close", t="and honestly, none of this was down to you. thank you for hanging in there with us",
         m="AG", n="clearing the customer counts as acknowledgement"),
    dict(p=MT, s="heard", t="if it helps for next time, you can follow the engineer in the app, it shows you when he's "
         "on his way", m="", v=["correcting"], n="friendly tip that implies she should have checked"),
    dict(p=MT, s="heard", t="I mean the booking had your old mobile number on it, and, you know, that came from your side", m="",
         v=["blame"], n="fault put on the customer"),
    dict(p=MT, s="heard", t="I'm so sorry, the dispatch lot are terrible at ringing people. I'll chase them myself now "
         "and ring you back before eleven", m="EC", v=["blame"],
         n="no 'but': the apology stands beside the blame; chasing is a step, not a remedy"),
    dict(p=MT, s="heard", t="I'm sorry, though in fairness he did try to ring you, it shows two calls on the job", m="",
         v=["doubt"], n="'though' leads into contradicting her, so the apology is cancelled"),
    dict(p=MT, s="heard", t="bernadette I need you to bring it down a notch for me, okay", m="", v=["calm_down"]),
    dict(p=MT, s="heard", t="sorry you feel like we've wasted your time", m="", v=["non_apology"]),
    dict(p=MT, s="commitment", t="You've lost two mornings to us already, so I'm not asking you for a third. I've booked "
         "Saturday at eight, the fee's waived, and the confirmation text will reach you within five minutes.",
         m="AOC"),
    dict(p=MT, s="heard", t="just so I get it right this time, is it the flat above the shop or the house round the side? "
         "I want him actually finding you", m="Q", n="checks a detail without doubting her; not premature at heard"),
    dict(p=MT, s="commitment", t="right so youre booked in monday, first thing, eight oclock, and um, I mean if someone "
         "had been in the first time we'd not be here, but anyway you'll get a text tonight", m="OC",
         v=["doubt", "correcting"], n="a dig in the middle of a booking: implies she was out; marks stand"),

    # lost-express
    dict(p=LE, s="vent", t="oh no. nothing at all since it was picked up?", m="AQ",
         n="check-back without doubt; about his situation, not a details request"),
    dict(p=LE, s="heard", t="hm, see, mine's saying it's at the hub in, uh, daventry, so it's not lost lost", m="",
         v=["doubt", "correcting"], n="contradicts his account with the screen and tells him it isn't lost"),
    dict(p=LE, s="heard", t="yeah the overnight courier we use have been like really hit and miss, I'd be having words "
         "with them if I were you", m="", v=["blame"]),
    dict(p=LE, s="heard", t="We hand overnight parcels to a partner courier, but you paid us, so wherever it went wrong "
         "is my problem to sort out, not yours.", m="A", n="cause named, responsibility owned: not blame"),
    dict(p=LE, s="heard", t="and for future, express is only overnight if it's in before the three o'clock cut off", m="",
         v=["correcting"]),
    dict(p=LE, s="heard", t="was it maybe handwritten, the label? the scanners really struggle with those", m="",
         v=["correcting"], n="implies customer error; not a real question"),
    dict(p=LE, s="options", t="I'll put the express fee back on your card, get a trace started, and I can have replacement "
         "parts sent out same day to your customer, our cost. Shall I book that in?", m="OIQ"),
    dict(p=LE, s="options", t="and dont worry about the parts themselves, you'll get the full value of that "
         "compressor back from us, whatever it came to", m="O", v=["over_promise"], n="beyond the standard liability limit"),
    dict(p=LE, s="commitment", t="Courier's booked. They're picking up from your unit at one, and you'll have the "
         "driver's name by text in ten minutes.", m="OC"),
    dict(p=LE, s="heard", t="I- I'm really sorry. the depot at the other end clearly never scanned it in. I'm opening a "
         "trace for you now", m="EOC", v=["blame"], n="no 'but': apology stands next to the blame"),
    dict(p=LE, s="close", t="thanks for trusting us with the resend after all that. and if your customer wants to hear "
         "from us that it wasn't your fault, I'm happy to give them a ring", m="AOG",
         n="clears him; offering to call his customer is a remedy"),
    dict(p=LE, s="vent", t="really? nothing? it- it normally at least shows as collected", m="", v=["doubt"]),
    dict(p=LE, s="heard", t="you paid for overnight, so you had every right to expect it overnight. none of that's "
         "your doing", m="A", n="clearing the customer"),
    dict(p=LE, s="heard", t="I know it went missing somewhere in the courier network, but you booked it with us, so "
         "the express fee's coming back to you now and I'll get a trace opened this morning", m="AOC",
         n="says where it went missing but owns it: not blame; 'but' leads into help"),
    dict(p=LE, s="heard", t="and they've got 'address not found', which, um. is the address definitely right on the "
         "booking?", m="", v=["doubt"], n="rhetorical; doubts the customer"),
    dict(p=LE, s="heard", t="anything over the liability limit, that's just the process, I can't change that", m="",
         v=["policy"]),
    dict(p=LE, s="vent", t="sorry, whats the consignment number, I'll look it up while you talk", m="Q",
         v=["premature_details"]),
    dict(p=LE, s="heard", t="You're saying it was never collected, but the driver's signed for it at your unit.", m="",
         v=["accusation", "doubt"]),
    dict(p=LE, s="heard", t="it'll probably turn up to be honest, they usually do", m="", v=["dismissal"],
         n="minimising"),
    dict(p=LE, s="heard", t="Thanks for staying so calm with me, honestly, you've every reason not to be. It went out "
         "with us and it never arrived, and that's ours to fix.", m="AEG"),
    dict(p=LE, s="commitment", t="trace is open, I've flagged it, the depot really should have scanned it on the night, "
         "and you'll have an update from me by three", m="OC", v=["blame"],
         n="blame tucked in mid-sentence; the trace and the time still count"),

    # escalated-exec
    dict(p=EE, s="heard", t="Just to clarify, the second one was during planned maintenance, so it wouldn't actually "
         "count against the SLA.", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="I'm showing two incidents this quarter rather than three, but I'll double check", m="",
         v=["doubt"], n="soft doubt; promising to check doesn't undo it"),
    dict(p=EE, s="heard", t="Three outages, and you shouldn't be the one counting them for us. We should have been on "
         "the phone to you each time.", m="A"),
    dict(p=EE, s="heard", t="the last two came from a bad patch at our cloud provider, so its not really our platform "
         "thats failing you", m="", v=["blame"]),
    dict(p=EE, s="heard", t="The root cause looks like a change we pushed on the Tuesday. We pushed it, we didn't test "
         "it well enough, and that's ours.", m="A", n="explains the cause while owning it"),
    dict(p=EE, s="heard", t="um, going to the CEO tends to slow things down a bit, honestly, it's quicker to come "
         "through your account contact", m="", v=["correcting"]),
    dict(p=EE, s="options", t="What I can put forward is the full service credit for this quarter, a named account "
         "manager from Monday, and a report in writing on the root cause. Is that enough for you to take into your board?",
         m="OIQ", n="'from Monday' inside an offer: not yet a commitment"),
    dict(p=EE, s="commitment", t="The written analysis of the root cause lands in your inbox by Thursday the twelfth, and I'll "
         "email over your account manager's name and number before five today.", m="OC"),
    dict(p=EE, s="heard", t="for the record, the logs have us back up inside forty minutes, not the six hours you "
         "mentioned", m="", v=["accusation", "correcting"], n="insisting on her error through evidence (rule 10)"),
    dict(p=EE, s="heard", t="you went out on a limb for us with your board and we've let you down three times over. "
         "I'm sorry, I really am", m="AE"),
    dict(p=EE, s="close", t="Thanks for staying at the table with us. You'd have been well within your rights to leave.", m="EG"),
    dict(p=EE, s="heard", t="outages like that are an infrastructure thing, it's not really something my team controls",
         m="", v=["dismissal"]),
    dict(p=EE, s="heard", t="I won't hide behind our provider. They had a fault, yes, but you bought our platform, not "
         "theirs, so it's ours to answer for.", m="A", n="'but' leads into owning it, not into a violation"),
    dict(p=EE, s="heard", t="the network team knew about that bug for weeks honestly", m="", v=["blame"]),
    dict(p=EE, s="heard", t="in fairness we did post updates on the status page, not sure if your team saw them", m="",
         v=["correcting"]),
    dict(p=EE, s="heard", t="Could you send me the times your team logged for each outage? I want your figures in the "
         "report right next to ours.", m="Q", n="asks for her record to include it, not to test it"),
    dict(p=EE, s="vent", t="god. six hours with the whole floor stood still. I'm sorry. go on", m="AE"),
    dict(p=EE, s="heard", t="if you want to get your lawyers in, thats up to you, but then I can't discuss any of this "
         "with you", m="", v=["threat_back"]),
    dict(p=EE, s="options", t="I'll get you released from the contract, no penalty, leave that with me", m="O",
         v=["over_promise"]),
    dict(p=EE, s="options", t="so we can do the service credit, which, honestly, you'd have got anyway without going to "
         "the CEO, and a named account manager. would that help?", m="OIQ", v=["correcting"],
         n="correction tucked in mid-offer; the offer still counts"),
    dict(p=EE, s="close", t="I'll ring you on the thirteenth, once you've had a day with the report, and if anything in it "
         "doesn't add up, tell me. Anything else for today?", m="CQ", n="ending check: question, not asks_input"),

    # vip-client
    dict(p=VC, s="heard", t="it was actually held up by the correspondent bank abroad. we released it on time from our "
         "side", m="", v=["blame"]),
    dict(p=VC, s="heard", t="It sat in a compliance queue here, and no one rang you to say so. That failure "
         "sits with us, Mr Fairclough, entirely.", m="A", n="cause explained, responsibility taken"),
    dict(p=VC, s="heard", t="I'd be surprised if it was two full days, sir, ours normally clear within the day", m="",
         v=["doubt"]),
    dict(p=VC, s="heard", t="your solicitor might have been a little quick to panic, in fairness", m="", v=["blame"],
         n="fault-finding at his own side"),
    dict(p=VC, s="options", t="I can reverse the transfer fees, set you up with a named senior banker on a direct number, "
         "and put same-day handling on your accounts. Shall I arrange all three?", m="OIQ"),
    dict(p=VC, s="commitment", t="The fee reversal is being done as we speak, and your senior banker, Priyanka Shah, "
         "will ring you directly at half past ten tomorrow.", m="OC"),
    dict(p=VC, s="heard", t="what date was completion set for? I'd like the file to be exact, that's all", m="Q",
         n="detail check, no doubt"),
    dict(p=VC, s="heard", t="As I understand your allegation, the bank failed to notify you of the delay.", m="",
         v=["accusation"]),
    dict(p=VC, s="heard", t="Hearing it from the seller's solicitor before you heard it from us. That's the part I'd "
         "find hardest to swallow. Thank you for letting us answer for it.", m="AEG"),
    dict(p=VC, s="vent", t="I understand. please, carry on", m="A", n="bare sincere 'I understand' (rule 1)"),
    dict(p=VC, s="heard", t="whoever was covering your account on wednesday should've flagged it, frankly", m="",
         v=["blame"]),
    dict(p=VC, s="heard", t="the instruction came in after the cut-off on tuesday, so technically wednesday was the first "
         "day it could go", m="", v=["correcting"], n="corrects him, but without evidence language: not accusation"),
    dict(p=VC, s="heard", t="Plainly, the hold was ours. Our team held it, and our team didn't call "
         "you. There's nobody else to point at.", m="A"),
    dict(p=VC, s="heard", t="with respect, sir, most clients manage a two-day delay without all this", m="",
         v=["insult"]),
    dict(p=VC, s="heard", t="the seller's side could've given you a bit more slack on the deadline, couldn't they", m="",
         v=["blame"], n="rhetorical tag, fault put on the seller"),
    dict(p=VC, s="options", t="and I'll see to it there are no fees on any of your accounts for the next year", m="O",
         v=["over_promise"]),
    dict(p=VC, s="close", t="Thank you for staying with us, Mr Fairclough. The fees are reversed as of this afternoon, "
         "and Priyanka will be in touch at ten tomorrow.", m="OCG"),
    dict(p=VC, s="vent", t="mm. yes. I'm listening, sir", m="", n="back-channel (rule 13)"),
    dict(p=VC, s="heard", t="so you were stood in that hallway waiting on money we were sitting on. how did you finally "
         "find out where it was?", m="AQ"),
    dict(p=VC, s="heard", t="Thanks for bringing it to me, sir. For future reference, same-day only applies before noon.",
         m="G", v=["correcting"]),
    dict(p=VC, s="heard", t="if Sterling and Marsh are so wonderful, sir, perhaps move your money there", m="",
         v=["threat_back"]),
    dict(p=VC, s="options", t="I can put the fee back, and, though the receiving bank were slow too, I'll get you a "
         "senior banker's own number. shall I?", m="OIQ", v=["blame"], n="blame slipped into the middle of an offer"),

    # failed-twice
    dict(p=FT, s="heard", t="it might be worth running a drum clean every month or so, they can get a bit clogged with "
         "heavy loads", m="", v=["correcting"], n="a tip that implies she caused it"),
    dict(p=FT, s="heard", t="the supervisor who was supposed to ring you back, yeah, he's like dropped the ball there", m="",
         v=["blame"]),
    dict(p=FT, s="heard", t="You were promised a call back on Monday and it never came. We dropped that, not you, and "
         "I'm sorry.", m="AE"),
    dict(p=FT, s="heard", t="and its definitely the same fault both times? cause normally once theyve done the pump thats "
         "it", m="", v=["doubt"], n="rhetorical; doubts her"),
    dict(p=FT, s="heard", t="Is it showing the same error code both times? Not doubting you at all, it just tells the "
         "engineer which part to bring.", m="Q", n="fact check that does not doubt her"),
    dict(p=FT, s="options", t="I can get a new machine out, same model, with the warranty taken up to two years, or I send our "
         "most senior engineer round this week with a loan machine while he fixes yours. whats easier for you with everything "
         "going on?", m="OIQ"),
    dict(p=FT, s="options", t="tell you what, I'll bump you up to the next model, no charge", m="O",
         v=["over_promise"]),
    dict(p=FT, s="commitment", t="right, senior engineers booked thursday, eight till twelve, he'll bring a loan machine "
         "with him, and his name'll be on your phone by text before four today", m="OC"),
    dict(p=FT, s="heard", t="whoever did that repair obviously didnt replace the bearing properly", m="", v=["blame"]),
    dict(p=FT, s="heard", t="Looking at the notes, the first repair never fixed the actual fault. That's our engineer "
         "and our repair, so it's on us to put right.", m="A", n="cause explained and owned: not blame"),
    dict(p=FT, s="close", t="thanks so much kelly, honestly. and sorry again that you've had to chase us for all this",
         m="AEG", n="rule 14"),
    dict(p=FT, s="heard", t="I mean it's a washing machine, it's not the end of the world", m="", v=["dismissal"],
         n="brushes the problem off; could be read as insult too"),
    dict(p=FT, s="heard", t="The callback was meant to come from a supervisor here. It didn't, and I'm not going to make "
         "excuses for that.", m="A", n="says who was meant to ring, without fault-finding; owns it"),
    dict(p=FT, s="heard", t="the warranty does only cover the original fault though, so if its a different part thats a "
         "new job really", m="", v=["correcting"]),
    dict(p=FT, s="heard", t="the callback teams swamped at the minute, so its kind of understandable they missed you", m="",
         v=["dismissal"], n="excuses the miss and brushes it off rather than finding fault"),
    dict(p=FT, s="vent", t="can I grab the serial number off the back first, it's on a sticker", m="Q",
         v=["premature_details"]),
    dict(p=FT, s="heard", t="sorry if it's all been a bit frustrating", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="god, two weeks with no washer, I'd be like climbing the walls", m="AE"),
    dict(p=FT, s="commitment", t="I'm sorry, it's not on you to keep chasing. The replacement, same model, is ordered and "
         "due Wednesday, and I'll ring you Tuesday evening to confirm the slot.", m="AEOC"),
    dict(p=FT, s="options", t="thanks for sticking it out with us kelly. would a same model replacement with the two "
         "year warranty suit you, or would you rather the senior engineer this week?", m="GOIQ"),
    dict(p=FT, s="heard", t="I'm so sorry kelly, two weeks is a long time, especially when the, um, the first engineer "
         "clearly didn't know what he was doing", m="AE", v=["blame"],
         n="no 'but': apology and restatement stand; blame at the end"),

    # billing-error
    dict(p=BE, s="vent", t="hmm. and you definitely cancelled before it renewed?", m="", v=["doubt"],
         n="doubting question while she vents; not a real question"),
    dict(p=BE, s="heard", t="Cancelling stops things from the next billing month, not straight away. That's likely where "
         "the confusion's come from.", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="I can see your cancellation here on the fourth, and both charges after it. So you've got it "
         "exactly right.", m="A", n="checks the record and confirms her: not doubt"),
    dict(p=BE, s="heard", t="the chap on chat, he should never of told you it was fixed, hes not meant to say that", m="",
         v=["blame"]),
    dict(p=BE, s="heard", t="What you were told on the chat was wrong, and that's on us as a company. I'm sorry it's "
         "taken you two goes.", m="AE", n="owns the chat's error without pointing at anyone"),
    dict(p=BE, s="heard", t="the overdraft fee's your bank's charge though, you'd really need to take that up with them",
         m="", v=["blame", "dismissal"], n="pushes the fee onto the bank and sends her away"),
    dict(p=BE, s="options", t="The overdraft only happened because we took money we'd no right to take, so I'll "
         "reimburse that fee along with both charges.", m="AO", n="explains the bank's fee and owns it: not blame"),
    dict(p=BE, s="options", t="I'm able to refund both charges, cover the overdraft fee, and send you a letter confirming "
         "it's cancelled. Would you like that by post or by email, Margaret?", m="OIQ"),
    dict(p=BE, s="commitment", t="both refunds went through just now, the overdraft fee will reach you by friday, "
         "and the cancellation letter's going in tonight's post", m="OC"),
    dict(p=BE, s="heard", t="just a tip, if you check your statement every month you'd catch these a lot sooner", m="",
         v=["correcting"]),
    dict(p=BE, s="heard", t="Could you tell me what the bank charged you for the overdraft? I'll take your figure, I "
         "just need it for the form.", m="Q", n="asks for a figure without doubting it"),
    dict(p=BE, s="close", t="thank you, margaret. and for what it's worth, you did everything right", m="AG"),
    dict(p=BE, s="heard", t="sorry if the chat gave you the wrong impression", m="", v=["non_apology", "correcting"],
         n="'sorry if', and implies she misunderstood"),
    dict(p=BE, s="options", t="and I'll pop three months free on the account for all the hassle", m="O",
         v=["over_promise"]),
    dict(p=BE, s="heard", t="im really sorry margaret. the chat agent clearly never put the refund through, so I'm "
         "doing it myself now", m="EOC", v=["blame"], n="blame of a colleague beside a sincere apology"),
    dict(p=BE, s="heard", t="you'll probably find it's one charge showing twice, that happens a lot with pending "
         "payments", m="", v=["doubt", "correcting"]),
    dict(p=BE, s="heard", t="it's the payment processor, they double up sometimes, nothing we did", m="", v=["blame"]),
    dict(p=BE, s="vent", t="I'll need the last four digits of the card before we carry on", m="Q",
         v=["premature_details"], n="request phrased as a statement"),
    dict(p=BE, s="heard", t="refunds have to be requested in writing I'm afraid, that's how billing does it", m="",
         v=["policy"]),
    dict(p=BE, s="heard", t="So the first one came out on the seventh and the second on the eighth, both after you'd "
         "cancelled on the fourth. Have I got that right?", m="AQ", n="check-back of the main points"),
    dict(p=BE, s="heard", t="for the record, you only mentioned the one charge when you spoke to chat", m="",
         v=["accusation", "correcting"]),
    dict(p=BE, s="close", t="You've nothing to apologise for. It's us who owe you one. The cancellation letter goes in "
         "the post tonight.", m="AOC", n="clears her; written confirmation is an allowed remedy, with a time"),
    dict(p=BE, s="options", t="I'll put both charges back and, well, your bank were quite quick to charge you, but I'll "
         "reimburse that fee too. does that sound fair?", m="OIQ", v=["blame"],
         n="a swipe at the bank mid-offer; 'but' here leads into help"),

    # generic
    dict(p=None, s="heard", t="that's weird, that shouldn't even be possible with our system", m="", v=["doubt"]),
    dict(p=None, s="heard", t="It's nothing you've done. It's our process that's broken, and I'm going to get it fixed "
         "for you.", m="A", n="no time, no named remedy"),
    dict(p=None, s="heard", t="I'm not going to pass you to another department. You rang us, so it's mine now.", m="",
         n="on-their-side line: no mark, and not blame or dismissal"),
    dict(p=None, s="heard", t="I'll take your word for it, but normally we'd have a record of that", m="", v=["doubt"],
         n="'but' into doubt"),
    dict(p=None, s="heard", t="when did you first notice something had gone wrong?", m="Q"),
    dict(p=None, s="heard", t="sounds like whoever you spoke to before didn't log it, which, yeah. I'm sorry. I'm logging "
         "it properly now", m="EC", v=["blame"]),
    dict(p=None, s="options", t="I'd like to credit your account for the whole thing, not because you got anything wrong, "
         "you didn't, but because we did. does that work for you?", m="AOIQ",
         n="clears the customer and owns it; 'but' leads into owning, not a violation"),
    dict(p=None, s="commitment", t="I'll call you back before twelve tomorrow with where we're at", m="C"),
    dict(p=None, s="close", t="Thanks for your patience with all this. And sorry again, it really was our mess, not "
         "yours.", m="AEG"),
    dict(p=None, s="vent", t="uh huh.", m=""),
    dict(p=None, s="vent", t="hang on, whats the postcode on the account first", m="Q", v=["premature_details"]),
    dict(p=None, s="heard", t="okay just- breathe for a sec, alright", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="sorry for any confusion on your end", m="", v=["non_apology", "correcting"],
         n="'any confusion' non-apology that puts the confusion on the customer"),
    dict(p=None, s="heard", t="honestly you know nine times out of ten its the bank not us", m="", v=["blame"]),
    dict(p=None, s="heard", t="I wouldn't have done it that way myself, but the last agent-", m="", v=["blame"],
         n="cut off mid-sentence, still pointing at a colleague"),
    dict(p=None, s="heard", t="mm, I've not heard of that happening before", m="", v=["doubt"]),
    dict(p=None, s=None, t="well somebody upstairs decided that, not me", m="", v=["blame", "dismissal"]),
    dict(p=None, s="heard", t="Can you walk me through the dates? I believe you, I just need them on the file.", m="Q",
         n="detail request that does not doubt them"),
    dict(p=None, s="heard", t="you did everything you were asked to do and we still let it slip, im sorry", m="AE"),
    dict(p=None, s="heard", t="[sighs] right. what is it you actually want", m="", v=["insult"],
         n="rule 12; hostile, not a real question"),
    dict(p=None, s="options", t="None of this should've landed on you. I can refund it today, or post a new "
         "one express. Which would you rather?", m="AOIQ", n="clearing the customer; 'today' inside a choice"),
    dict(p=None, s=None, t="you should've been told at the point of sale, but it is in the small print", m="",
         v=["correcting"], n="'but' leads into correcting and cancels the half-admission"),
    dict(p=None, s="heard", t="are we sure it was us that charged you and not another company?", m="", v=["doubt"],
         n="softened 'are you sure'"),
    dict(p=None, s="heard", t="You're right to pull us up on it, and thank you for doing it.", m="AG"),
    dict(p=None, s="heard", t="I'm sorry, but the system does that when people don't update their details", m="",
         v=["correcting"], n="'sorry, but' into correcting; not a policy wall"),
    dict(p=None, s="commitment", t="I've escalated it to my team leader, and she'll ring you before three.", m="C",
         n="escalation with a time: commitment only (rule 4)"),
    dict(p=None, s="close", t="glad its sorted. just check your spam folder next time, the emails do go out", m="",
         v=["correcting", "doubt"], n="implies the emails came and she missed them"),
]

write_batch(ITEMS, "eo", Path(__file__).with_name("replies_extra144.jsonl"))
