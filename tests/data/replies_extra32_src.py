"""Source of `replies_extra32.jsonl`: a thirty-second batch of hand-written trainee replies (tune split only).

Written one at a time, after batch 31, by someone who had not read the held-back part of
`replies.jsonl` nor the judge's code (`personas/judge.py`, `lexicon.py`, `learned.py`,
`patterns.py`, the models), and who read only batch 8's source for the format. It imitates the
style and labelling habits of the tune part of `replies.jsonl`. About 55% of the replies carry a
fault, weighted towards the kinds trainees commit most quietly: blame said as an explanation
(the courier, the correspondent bank, the chat agent, the scheduling system, the customer's own IT
team), policy walls ("that's the procedure", "the system won't let me", "in writing"), doubt ("it's
showing on mine", "are you sure it was overnight"), insult (sarcasm, mock sympathy, condescension,
"happy now?"), dismissal (minimising, "not my team") and correcting ("for next time", "technically",
"you should've"), about ten of each, plus a few of the other kinds; many sit inside otherwise
decent replies. The rest are clean, many of them hard negatives by the README rules: failures
explained while owned ("that's on us"), an honest limit named before the help, records that back
the customer, details asked after the venting stage, and "actually", "you should have", "in
writing", "are you sure" used without fault. Whisper-style text mixed with properly punctuated
lines. Nothing is generated from a template. Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra32.jsonl` next to it (ids ag0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- blame, often as an explanation
    dict(p=LE, s="heard", t="oh no I'm so sorry, honestly the overnight courier we use has been a nightmare, they've lost three this month", m="E", v=["blame"], n="apology first with no 'but': it stands beside the blame"),
    dict(p=VC, s="heard", t="The funds sat with the correspondent bank for two days, sir. They never sat with us.", m="", v=["blame"]),
    dict(p=BE, s="heard", t="right so the chat agent closed it as fixed without actually putting the refund through, that one's really on him not us", m="A", v=["blame"], n="says back the 'told it was fixed' fact (acknowledge, no 'but'), then pins it on a colleague"),
    dict(p=MT, s="heard", t="what happened is the scheduling software double booked him, so it's not the technician as such, it's the system", m="", v=["blame"], n="blaming 'the system' as an explanation"),
    dict(p=FT, s="heard", t="the supervisors team have been really short this month so callbacks just haven't been getting done, that's where it fell down", m="", v=["blame"]),
    dict(p=EE, s="heard", t="To be fair, the second outage came straight after your IT team pushed a configuration change on their side.", m="", v=["blame"], n="blames the customer's own team"),
    dict(p=BE, s="heard", t="the overdraft fee's your bank's decision though, they didn't have to charge you that", m="", v=["blame"]),
    dict(p=LE, s="heard", t="yeah no I totally get it, it's the birmingham depot, they've had loads of problems lately um but I'll get a trace opened on it right now", m="AOC", v=["blame"], n="acknowledge before the blame stands (no 'but'); the 'but' after it leads into help"),
    dict(p=None, s="heard", t="whoever you spoke to last time clearly didn't log it properly, so that's where it went wrong", m="", v=["blame"]),
    dict(p=MT, s="heard", t="so um the technicians are actually subcontracted so they don't, like, they don't use our phone system, that's why nobody rang you", m="", v=["blame"], n="explanation that puts it on the contractor; 'actually' here explains rather than corrects"),
    dict(p=FT, s="heard", t="I'm really sorry. The second repair was done by an engineer who's since left us, and honestly his work was a bit hit and miss.", m="E", v=["blame"]),
    dict(p=MT, s="heard", t="I completely understand, and I'm sorry nobody rang. the installers are an outside firm and they're terrible at calling ahead. but I'll waive the fee and get you the eight o'clock slot", m="AEO", v=["blame"], n="marks before the blame stand; 'but' after it leads into help"),

    # ---------------------------------------------------------------- policy walls
    dict(p=BE, s="options", t="I can refund both charges today. the overdraft fee though, you'd have to post us a copy of the bank statement, that's the procedure for those", m="O", v=["policy"]),
    dict(p=EE, s="heard", t="I understand, and I'm really sorry. Anything about the contract has to come from your legal contact, in writing, to ours.", m="AE", v=["policy"], n="no 'but': acknowledgement and apology stand beside the wall"),
    dict(p=VC, s="options", t="the system won't let me expedite anything over a million without a signed form from you, I'm afraid", m="", v=["policy"]),
    dict(p=LE, s="heard", t="we can't open a trace till it's been five working days since dispatch, it's just how the process is set up", m="", v=["policy"]),
    dict(p=FT, s="options", t="i hear you i really do but anything other than a repair has to go through the warranty team first, that's how it works", m="", v=["policy"], n="'but' into a wall cancels the acknowledgement"),
    dict(p=MT, s="commitment", t="I've booked you the eight o'clock slot on Thursday. For the refund you'll need to email the complaints team, I can't take that over the phone.", m="OC", v=["policy"], n="rebooked slot with a day: options + commitment; sending her to write in is a wall"),
    dict(p=FT, s="heard", t="under our terms it's three repairs before we look at a replacement, so it'd be one more visit first", m="", v=["policy"], n="terms used as a wall against her, not to educate her: policy"),
    dict(p=EE, s="options", t="I can apply the SLA credit for the quarter. anything about ending the contract has to go in writing to our contracts team, that's the process", m="O", v=["policy"]),
    dict(p=VC, s="heard", t="um yeah so for a complaint about a wire the system needs you to fill in the online form, i can't actually log it from my side", m="", v=["policy"]),
    dict(p=None, s="heard", t="I hear you, and thanks for staying on the line. anything flagged by the transfer team has to sit forty eight hours, that's just how it is, but I can take the fee off today", m="AGO", v=["policy"], n="no 'but' before the wall; the 'but' after it leads into an offer"),

    # ---------------------------------------------------------------- doubt
    dict(p=BE, s="heard", t="I've only got the one payment showing here, not two. could the other one be something else, maybe?", m="", v=["doubt"], n="suggests she has misread her statement; not a real question"),
    dict(p=MT, s="heard", t="that's strange, it's showing on mine that he turned up just after nine", m="", v=["doubt"]),
    dict(p=LE, s="heard", t="That's odd, express hardly ever goes missing. Are you sure it was booked as overnight and not standard?", m="", v=["doubt"]),
    dict(p=EE, s="heard", t="I'm only seeing two incidents logged against your account this quarter, not three.", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="okay and just to check it was definitely us that took it and not like a different subscription or something", m="", v=["doubt"], n="'just to check' that doubts her account of it; not counted as a question"),
    dict(p=None, s="heard", t="I mean that's what you're telling me but I can't see any of that on here", m="", v=["doubt"]),
    dict(p=MT, s="heard", t="oh I'm so sorry, you did book the morning slot though yeah? cause mine's showing all day", m="", v=["doubt"], n="'though' leads straight into doubt and cancels the apology; rhetorical check, not a question"),
    dict(p=FT, s="heard", t="The engineer's notes say it was running fine when he left, both times.", m="", v=["doubt"]),
    dict(p=EE, s="options", t="I can apply the service credit. I'd want to double check the outage times though, our monitoring has the third one at under ten minutes", m="O", v=["doubt"]),
    dict(p=FT, s="options", t="I'm really sorry. it does say here the engineer closed it as fixed so I'm a bit confused, but let's get the senior engineer out to you this week", m="EO", v=["doubt"], n="apology before the doubt stands; the 'but' after it leads into help"),

    # ---------------------------------------------------------------- insult: sarcasm, condescension, mock sympathy
    dict(p=BE, s="heard", t="okay margaret, I'll go nice and slowly for you then", m="", v=["insult"], n="condescension"),
    dict(p=EE, s="heard", t="I'm sure your board will cope, they're all grown-ups.", m="", v=["insult"]),
    dict(p=FT, s="heard", t="oh no, two whole weeks without a washing machine, however did you manage", m="", v=["insult"], n="mock sympathy"),
    dict(p=None, s="heard", t="wow. okay. someone's having a day", m="", v=["insult"]),
    dict(p=MT, s="heard", t="right, well, I'll let the technician know how much you missed him", m="", v=["insult"]),
    dict(p=None, s="heard", t="sorry, do you actually want help or do you just want someone to shout at", m="", v=["insult"], n="hostile rhetorical question"),
    dict(p=BE, s="options", t="fine, I'll refund the both of them. happy now?", m="O", v=["insult"], n="still an offer; 'happy now?' is snapping back, not a question"),
    dict(p=EE, s="options", t="I can do the service credit. miracles I can't do, sadly", m="O", v=["insult"]),
    dict(p=LE, s="heard", t="it's a compressor mate, not a heart transplant. your client'll live", m="", v=["insult", "dismissal"]),
    dict(p=None, s="close", t="great, lovely talking to you too", m="", v=["insult"], n="sarcastic sign-off"),
    dict(p=VC, s="heard", t="I'm sure Sterling and Marsh would be thrilled to have you, sir.", m="", v=["insult", "threat_back"], n="sarcastic; invites him to move his accounts"),
    dict(p=FT, s="options", t="okay, I've heard you the first three times. I can book the senior engineer this week or swap it for a new one, same model, which do you want", m="OIQ", v=["insult"], n="snapping back inside an otherwise proper choice"),

    # ---------------------------------------------------------------- dismissal: minimising, not my team
    dict(p=VC, s="heard", t="a two day delay isn't the end of the world, sir, the purchase did go through in the end", m="", v=["dismissal"]),
    dict(p=LE, s="heard", t="these things do go missing now and again, it's a big network", m="", v=["dismissal"]),
    dict(p=MT, s="heard", t="I'm really sorry, but technicians do run late, it's just one of those things", m="", v=["dismissal"], n="'but' into minimising cancels the apology"),
    dict(p=BE, s="heard", t="It's only a few pounds though, and it will come back to you.", m="", v=["dismissal"]),
    dict(p=EE, s="heard", t="the contract side's not really anything to do with me, you'd want your account team for that", m="", v=["dismissal"]),
    dict(p=None, s=None, t="look, I didn't make the mistake, I'm just the one who picked up the phone", m="", v=["dismissal"]),
    dict(p=EE, s="heard", t="Outages are part of running any platform, to be fair. Every provider has them.", m="", v=["dismissal"]),
    dict(p=LE, s="heard", t="yeah yeah I hear you. not a lot I can do till it turns up though", m="", v=["dismissal"], n="dismissive 'yeah yeah I hear you' is not acknowledgement"),
    dict(p=BE, s="heard", t="um yeah the bank fee side isn't really something we deal with, that's between you and them", m="", v=["dismissal"]),
    dict(p=VC, s="heard", t="I'm sorry you found out from the seller's solicitor, that's awful. I don't handle wires myself, I'm general enquiries.", m="AE", v=["dismissal"], n="'sorry you' + the actual event, saying back a key fact; no 'but', so both marks stand"),
    dict(p=BE, s="options", t="thank you for being so patient. honestly it's a small fee in the grand scheme of things, but I'll put it back for you today", m="GOC", v=["dismissal"], n="minimising inside a decent reply; 'I'll ... today' is a commitment"),

    # ---------------------------------------------------------------- correcting: for next time, technically, you should have
    dict(p=BE, s="heard", t="just so you know for next time, online cancellations can take up to five working days to go through", m="", v=["correcting"]),
    dict(p=LE, s="heard", t="actually overnight means next working day, not next morning, so technically it's only a day late", m="", v=["correcting"]),
    dict(p=VC, s="heard", t="Well, sir, a Wednesday completion really needed the instruction in by Monday. That's standard across the industry.", m="", v=["correcting"]),
    dict(p=MT, s="heard", t="I'm sorry about both mornings. in future it's worth ringing us around ten if nobody's shown, we can usually chase them", m="E", v=["correcting"], n="apology stands (no 'but'); advice for next time educates her"),
    dict(p=FT, s="heard", t="you should've rung us the first time it leaked, not left it", m="", v=["correcting"]),
    dict(p=None, s="heard", t="You do need to keep the reference, it's on your confirmation email. That's what it's there for.", m="", v=["correcting"]),
    dict(p=BE, s="commitment", t="I'm refunding the two charges right now. for future reference though the chat can't actually cancel anything, only the billing line can", m="OC", v=["correcting"]),
    dict(p=LE, s="options", t="so um I can refund the express fee today and like with the parts, you could've taken the extra cover when you booked, that would've covered it", m="O", v=["correcting"]),
    dict(p=FT, s="heard", t="yeah so the thing with these is you gotta run a maintenance wash every month or the pump packs in", m="", v=["correcting"]),
    dict(p=BE, s="options", t="I'm so sorry Margaret, you should never have been charged after cancelling. I'll refund both today. just for next time, it's always worth asking for a cancellation number", m="AEOC", v=["correcting"], n="decent reply with a lesson tacked on the end"),

    # ---------------------------------------------------------------- a few of the other kinds
    dict(p=EE, s="heard", t="for the record, I've noted that you're alleging three separate breaches", m="", v=["accusation"]),
    dict(p=MT, s="heard", t="bernadette I- I need you to let me get a word in here", m="", v=["calm_down"]),
    dict(p=LE, s="vent", t="alright alright, no need to shout, I can hear you", m="", v=["calm_down"], n="'I can hear you' here is literal, not acknowledgement"),
    dict(p=LE, s="heard", t="you're welcome to take us to small claims, we've got a whole legal team for that", m="", v=["threat_back"]),
    dict(p=FT, s="heard", t="I'm sorry that you're not happy with the machine", m="", v=["non_apology"]),
    dict(p=VC, s="heard", t="We regret that the timing wasn't convenient for you.", m="", v=["non_apology"]),
    dict(p=EE, s="options", t="leave it with me, I'll get the penalty waived so you can walk away from the contract whenever you like", m="O", v=["over_promise"]),
    dict(p=BE, s="options", t="I'll refund both charges and pop a couple of free months on as well for all the bother", m="O", v=["over_promise"]),
    dict(p=MT, s="options", t="and um I'll get your wages back for both mornings as well, that's the least we can do", m="O", v=["over_promise"]),
    dict(p=FT, s="vent", t="sorry, before you go on, what's the model number on the front?", m="Q", v=["premature_details"]),
    dict(p=LE, s="vent", t="um can I just grab the tracking number off you real quick", m="Q", v=["premature_details"]),

    # ---------------------------------------------------------------- clean: explaining while owning it
    dict(p=VC, s="heard", t="The wire was held by our own compliance check, and nobody picked up the phone to tell you. That's on us, not on you.", m="A", n="explanation that owns the failure: not blame"),
    dict(p=LE, s="heard", t="what's happened is our depot never scanned it in after collection, that's why your tracking's blank. that's our failure and I'm sorry", m="AE", n="explains and owns it"),
    dict(p=BE, s="heard", t="so the cancellation went through, but our billing run didn't pick it up and charged you anyway, twice. that's our mistake entirely", m="A", n="'but' inside the explanation, no violation follows"),
    dict(p=FT, s="heard", t="I can see the supervisor callback was logged on Monday and never given to anyone, so it just sat there. I'm really sorry, that should never have happened.", m="AE", n="records that back her; owning it"),
    dict(p=EE, s="heard", t="all three were ours. the last one was a database update that failed, and we should have caught it before it went live", m="A", n="'we should have' about us is not correcting"),
    dict(p=MT, s="heard", t="the technician got pulled to an emergency job and nobody updated your booking or rang you, and that's not good enough. I'm sorry", m="AE"),
    dict(p=BE, s="heard", t="the person on chat told you it was sorted, and it wasn't. that's on us, and I'm sorry you've had to ring again", m="AE", n="the colleague is named without pinning it on him: not blame"),

    # ---------------------------------------------------------------- clean: an honest limit, then help
    dict(p=EE, s="options", t="I won't pretend I can release you from the contract, that's not in my gift. What I can do is apply the SLA credit for this quarter and get you a named account manager by tomorrow. Would that be a start?", m="OIQ", n="honest obstacle, not a wall; 'by tomorrow' sits inside a proposal"),
    dict(p=LE, s="options", t="i- I can't pay for the lost business, I'd be lying if I said I could, but I can get a courier out with the replacement parts today at our cost and refund the express fee, do you want me to book that", m="OIQ"),
    dict(p=VC, s="options", t="I'm not able to give you a year without fees, I'll be honest with you. I can reverse the transfer fee and put you through to a named senior banker from now on. Shall I arrange that?", m="OIQ"),
    dict(p=FT, s="options", t="an upgrade isn't something I can sign off, sorry. but a new one, same model, with two years extra warranty, I can do that today. does that work?", m="OIQ", n="'sorry' apologises for the refusal: not empathy"),
    dict(p=BE, s="options", t="I can't promise what your bank will do about its own charges, but I can reimburse the overdraft fee they took, so you're not out of pocket. Is that alright?", m="OIQ"),
    dict(p=MT, s="options", t="a full refund's beyond what I can do honestly, but I'll waive the installation fee, add a month's credit, and get you the eight o'clock slot. which day suits?", m="OIQ", n="'I'll' with no time: no commitment"),

    # ---------------------------------------------------------------- clean: records that back the customer
    dict(p=BE, s="heard", t="yes, I can see it here, cancelled on the second and then two charges on the ninth. you're completely right", m="A"),
    dict(p=MT, s="heard", t="I've got both bookings on screen, eight till twelve, and no call logged either time. I'm so sorry.", m="AE"),
    dict(p=LE, s="heard", t="I'm looking at the tracking now and you're right, nothing at all since the collection scan", m="A"),
    dict(p=EE, s="heard", t="our own logs say exactly what yours do, three incidents this quarter and all of them over the SLA threshold", m="A"),
    dict(p=FT, s="heard", t="yeah no it's all here, repaired in may, repaired again in july, and the callback from monday with nobody on it, so I- I can see exactly what you mean", m="A"),
    dict(p=VC, s="heard", t="It says here the wire was due out Wednesday at nine and went on Friday afternoon, which is exactly what you've told me.", m="A", n="'it says here' backing the customer: not doubt"),

    # ---------------------------------------------------------------- clean: details asked after the venting
    dict(p=BE, s="options", t="so I can get both refunds going for you, could I just take your account number now", m="OQ"),
    dict(p=LE, s="heard", t="could you read me the tracking number when you're ready", m="Q", n="details at the heard stage: not premature"),
    dict(p=MT, s="commitment", t="and what's the best number to get you on thursday morning?", m="Q"),
    dict(p=FT, s="options", t="what's your postcode, just so I can check the senior engineer's diary for this week", m="Q"),
    dict(p=EE, s="heard", t="Would you mind sending me the incident numbers your team logged, so nothing gets missed?", m="Q"),

    # ---------------------------------------------------------------- clean: trigger words used without fault
    dict(p=BE, s="options", t="actually, you know what, I'm going to reimburse the overdraft fee as well, it's only right", m="O", n="'actually' as a filler, correcting nothing"),
    dict(p=MT, s="heard", t="you should have had a call the minute he was running late, both times", m="A", n="'you should have had' is about us, not correcting her"),
    dict(p=FT, s="heard", t="are you okay to hold for two minutes while I check the engineer diary?", m="IQ", n="asks permission; not doubt"),
    dict(p=None, s="heard", t="technically you've done nothing wrong here, it's all on our side", m="A", n="'technically' without correcting; owning it"),
    dict(p=VC, s="heard", t="I'll put everything we've discussed in writing to you tonight, so you've got it for your solicitors", m="C", n="'in writing' offered by us, not a wall"),
    dict(p=BE, s="commitment", t="your cancellation confirmation goes out in writing, first class, this afternoon, so you'll have it by thursday", m="OC", n="written confirmation is an allowed remedy"),
    dict(p=BE, s="options", t="once you've got the statement showing the bank's fee, send me a copy and I'll reimburse it the same day", m="OC", n="asking for the statement as a step, not a wall; 'the same day' is a time"),
    dict(p=VC, s="commitment", t="my colleague in payments is reversing the fee as we speak, and I'll confirm it's gone through by five", m="OC", n="a colleague mentioned without blame"),
    dict(p=LE, s="options", t="you don't need to wait five days or fill anything in, I'm opening the trace right now", m="OC", n="denies a wall rather than putting one up"),
    dict(p=LE, s="heard", t="that should never happen with something you've paid express for", m="A"),

    # ---------------------------------------------------------------- clean: venting, hearing, feeling
    dict(p=MT, s="vent", t="mm. go on", m=""),
    dict(p=VC, s="vent", t="I'm listening, sir. Please, carry on.", m="", n="invites more venting; 'I'm listening' is not acknowledgement"),
    dict(p=EE, s="vent", t="okay. okay, yeah", m=""),
    dict(p=FT, s="heard", t="oh my god with a toddler and a baby and no washer for two weeks i'd be losing my mind honestly", m="AE"),
    dict(p=LE, s="heard", t="and this is a client who's a big chunk of your work, so it's not just one parcel to you, is it", m="A", n="tag 'is it' is not a question"),
    dict(p=EE, s="heard", t="You put your own name on the line with your board for us, and we've made that harder for you. I'm sorry.", m="AE"),
    dict(p=VC, s="heard", t="having to ring the seller yourself and ask for more time, I can't imagine how that felt", m="AE", n="'can't imagine' is sympathy"),
    dict(p=MT, s="heard", t="paid by the hour and two mornings gone, so that's real money out of your pocket, not just a nuisance", m="A"),
    dict(p=BE, s="heard", t="oh no your rent bounced as well? oh margaret I'm so sorry", m="AE", n="echoing the new fact in surprise, not a real question"),
    dict(p=EE, s="heard", t="you shouldn't have had to email our CEO to get a straight answer out of us", m="A"),
    dict(p=None, s="heard", t="yeah no that's- that's not okay at all, i'm sorry", m="AE"),

    # ---------------------------------------------------------------- clean: questions, options, commitments, thanks
    dict(p=LE, s="heard", t="how are things with the restaurant group now? are they still talking to you?", m="Q"),
    dict(p=MT, s="heard", t="has your supervisor said anything about the time off? I don't want this landing you in trouble", m="Q"),
    dict(p=None, s="options", t="what would make this right for you?", m="IQ"),
    dict(p=BE, s="options", t="would you like the confirmation by email or in the post?", m="OIQ", n="choice over an allowed remedy"),
    dict(p=EE, s="options", t="so what i'd suggest is um the SLA credit for the whole quarter and a named account manager from this week, and then the root cause report, would that work as a starting point", m="OIQ"),
    dict(p=FT, s="options", t="Would you rather have a new one, same model, with the warranty extended, or the senior engineer out this week with a loan machine while he fixes yours?", m="OIQ", n="times inside a choice are not commitments"),
    dict(p=FT, s="commitment", t="the senior engineer's booked for wednesday morning and the loan machine's coming tuesday afternoon, I'll text you both times within the hour", m="OC"),
    dict(p=EE, s="commitment", t="You'll have the root-cause report by Friday the twenty-first, and Tom Reyes, your account manager, will ring you before five today.", m="OC"),
    dict(p=VC, s="commitment", t="okay so the fee's reversed as of now and your senior banker's gonna call you at eleven tomorrow with her direct line", m="OC"),
    dict(p=None, s="commitment", t="I'll call you back by half two with an answer either way", m="C"),
    dict(p=LE, s="close", t="thanks marcus, really appreciate you bearing with me. I'll ring you at four with where the trace is up to", m="GC"),
    dict(p=MT, s="close", t="that's you booked, eight o'clock tuesday, first job. thank you for giving us another go", m="OCG"),
    dict(p=BE, s="close", t="Is there anything else at all I can help with today?", m="Q", n="ending check: question, not asks_input"),
    dict(p=None, s="heard", t="I really do appreciate you telling us about this", m="G"),
    dict(p=EE, s="heard", t="I'm grateful you've given us the chance to answer before your board decides anything", m="G"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "ag", Path(__file__).with_name("replies_extra32.jsonl"))
