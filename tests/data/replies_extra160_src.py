"""Source of `replies_extra160.jsonl`: batch 160, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch (only the first lines
of one earlier source file, for its layout). Its theme is a fresh cross-section: the original set's
own mix of personas, stages, marks and violation kinds (about a third of replies with a violation,
about a quarter good replies with three or more marks, a few with no mark at all), in new wordings
and situations, with many long run-on replies that put good moves and slips side by side ("so you
booked the eight to twelve slot, took the morning off, and nobody rang... I'd be climbing the walls",
"thanks for holding... I'd be the same, but parcels do go astray now and then", "the engineer who
came out the second time was an agency guy"). Hard negatives sit beside them: honest limits that are
not policy walls, a third party named only to take ownership, "sorry you had to..." that names the
event, details asked for after the venting, and "I can't believe nobody rang you" as sympathy.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra160.jsonl next to it (ids fe0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="mm.", m="", n="bare back-channel while she vents"),
    dict(p=MT, s="vent", t="sorry can you just- can I get the account holder's name first", m="Q",
         v=["premature_details"], n="'sorry' is a politeness marker; a details request while venting"),
    dict(p=MT, s="vent", t="oh no, that's- god. I'm so sorry. keep going, I'm listening", m="E",
         n="sincere sympathy while letting her vent; 'I'm listening' is a back-channel"),
    dict(p=MT, s="heard",
         t="right so just so I've got it straight, you booked the eight to twelve slot, you took the morning "
           "off, nobody turned up, nobody rang, and then the exact same thing happened again last week, and "
           "honestly I'd be climbing the walls, I'm sorry",
         m="AE"),
    dict(p=MT, s="heard",
         t="to be fair the install team always send a text the morning of the visit, you probably just missed it",
         m="", v=["doubt", "correcting"], n="tells her how it works and doubts that nobody warned her"),
    dict(p=MT, s="options",
         t="I can't give you the whole refund, that's not something I'm able to sign off, but what I can do is "
           "knock the installation fee off completely, put a month's credit on the account, and get you the "
           "eight o'clock slot so you're first on his list. does any of that help",
         m="OIQ", n="honest obstacle, not a policy wall; question without a question mark"),
    dict(p=MT, s="options",
         t="look I'll refund the whole lot and pay you back for both the days you lost, I'll just put it through "
           "as goodwill", m="O", v=["over_promise"]),
    dict(p=MT, s="commitment",
         t="Okay, that's you booked: Friday the eighth, 8 a.m., first job of the day. I've put a note on it so "
           "if he's even five minutes late the dispatcher rings you, and you'll get the confirmation text in "
           "the next couple of minutes.",
         m="OC"),
    dict(p=MT, s="heard",
         t="I know it's only broadband to some people, but you're paid by the hour, so two mornings sat in "
           "waiting is real money gone. I get that", m="A",
         n="hard negative: the minimising phrase is raised only to be rejected; the 'but' leads into "
           "acknowledgement, not a violation"),
    dict(p=MT, s="heard",
         t="You took two days off work for us, and we didn't even have the decency to phone you. That's "
           "shocking. I'm sorry.", m="AE"),
    dict(p=MT, s="heard", t="how much did it actually cost you, the two days? are you paid by the hour?",
         m="Q", n="asks about the impact"),
    dict(p=MT, s="heard",
         t="thanks for being so clear about it honestly, with the dates and everything, makes it loads easier "
           "for me to chase", m="G", n="thanks without restating what happened: gratitude only"),
    dict(p=MT, s="heard",
         t="that's on us. not the subcontractor, not anyone else, we gave you the booking and we didn't turn "
           "up, twice. I'm sorry",
         m="AE", n="hard negative: the subcontractor is named only to take ownership, not to blame"),
    dict(p=MT, s="heard",
         t="I understand you want a refund, I do. refunds have to go through the complaints form online "
           "though, I can't do that over the phone", m="", v=["policy"],
         n="contrastive 'though' ties the policy wall to the acknowledgement and cancels it"),
    dict(p=MT, s="heard",
         t="so that's two mornings, two days wages, and not one phone call. I'd be raging. did your work give "
           "you any grief over the second day?", m="AEQ"),
    dict(p=MT, s="options",
         t="okay so you've been messed about twice and you shouldn't have to lose another day's work, so how about "
           "this, I take the installation fee off, and instead of a weekday I book you in for saturday at eight, "
           "first on his sheet, or if a weekday's better I can do that too, whichever's easier for you",
         m="AOI", n="choice of remedies put as an imperative invitation: asks_input without a question"),
    dict(p=MT, s="close",
         t="right, you're sorted, saturday eight a.m., installation fee gone, credit's on. thanks for putting "
           "up with us through all this Bernadette", m="OCG",
         n="confirms a booked slot with a time: options and commitment"),
    dict(p=MT, s="heard",
         t="I'm sorry you had to sit in all morning twice for nothing", m="AE",
         n="'sorry you had to' + what she went through: acknowledge and empathise (rule 14), not a non-apology"),
    dict(p=MT, s="commitment",
         t="thanks for holding Bernadette. I've spoken to the field manager while you were waiting, the "
           "technician's booked for eight sharp on tuesday, the fee's off your bill, and I'll ring you monday "
           "teatime to check it's all still on", m="OCG"),
    dict(p=MT, s="heard",
         t="I'm so sorry about both days. the engineer was double booked by the planning team, they messed up, "
           "I'll waive the fee today and get you in first slot",
         m="EOC", v=["blame"],
         n="apology before the blame has no 'but' and stands; the offer after it is not cancelled"),
    dict(p=MT, s="heard", t="what time did you give up waiting the second time?", m="Q"),
    dict(p=MT, s="options",
         t="honestly you've done everything right and we've let you down twice, so I'm not gonna make you "
           "fight for this. fee waived, a month's credit, and the first appointment of the day, eight o'clock, "
           "whatever day you pick. which day suits?",
         m="AOIQ"),
    # --- lost-express ---
    dict(p=LE, s="vent", t="right. right. and the tracking?", m="Q",
         n="invites more venting; not a details request"),
    dict(p=LE, s="vent", t="can you give me the consignment number off the label while you're at it", m="Q",
         v=["premature_details"]),
    dict(p=LE, s="vent", t="oh mate that's rough, sorry. what's the tracking number on it", m="EQ",
         v=["premature_details"], n="sincere sympathy, then a details request while he is still venting"),
    dict(p=LE, s="heard",
         t="So you've got a restaurant with no working fridges, waiting on a compressor that's vanished, and "
           "they're blaming you for it. That's a horrible position; I'd be doing my nut.",
         m="AE"),
    dict(p=LE, s="heard", t="hm, it's showing as collected, so it can't have just vanished into thin air", m="",
         v=["doubt"]),
    dict(p=LE, s="options",
         t="so here's where I'm at, I can't cover the work you might lose with the restaurant, I'm being "
           "straight with you, but I can refund the overnight charge, get a trace started on the box, and book a "
           "same day courier, on our account, to run a new compressor and board over to the restaurant. "
           "would you want me to start with the courier",
         m="OIQ", n="honest limit then offers; question without a question mark"),
    dict(p=LE, s="options",
         t="tell you what, send me an invoice for whatever the restaurant job was worth and I'll get it paid, "
           "plus the parts, plus the express fee", m="O", v=["over_promise"]),
    dict(p=LE, s="commitment",
         t="courier's booked, he's collecting from your unit at one, and I'll text you the driver's details and "
           "the tracking link before twelve", m="OC"),
    dict(p=LE, s="heard", t="there's no need to take that tone with me mate, I didn't lose your parcel", m="",
         v=["calm_down", "dismissal"]),
    dict(p=LE, s="heard",
         t="so it was collected tuesday evening, overnight, should of been there wednesday morning and there's "
           "been nothing on tracking since, have I got that right",
         m="AQ", n="check-back question; 'should of' mis-hearing"),
    dict(p=LE, s="heard", t="that's a nightmare honestly, the worst kind of call to have to make to a customer",
         m="E"),
    dict(p=LE, s="heard",
         t="appreciate you giving me the full picture with the restaurant, that helps me push it up the queue",
         m="AG", n="thanks that names what he told us (his client's job), as the original labels such thanks"),
    dict(p=LE, s="heard",
         t="the depot up there's had staffing problems all week, that's where it'll be stuck, and to be honest "
           "overnight's never a hundred percent, it says that when you book",
         m="", v=["blame", "correcting"]),
    dict(p=LE, s="heard",
         t="if you want to go to trading standards that's your call, it won't get your parcel back any quicker",
         m="", v=["threat_back"], n="dares the customer's threat"),
    dict(p=LE, s="options",
         t="I'm really sorry Marcus, the whole point of paying for overnight was that this couldn't happen, "
           "and here we are. would it help more right now to have me courier the replacement parts today, or get the "
           "trace going first and chase the original?",
         m="AEOIQ", n="'today' inside a choice: not a commitment"),
    dict(p=LE, s="close", t="did the parts make it to the restaurant alright in the end? is the chef talking to "
                           "you again?", m="Q", n="follow-up check"),
    dict(p=LE, s="heard",
         t="sorry if the delay's caused a problem with your client. I'll put the express refund through this "
           "afternoon anyway", m="OC", v=["non_apology"], n="'sorry if' non-apology, then a real timed step"),
    dict(p=LE, s="heard",
         t="I can't tell you where the box is yet, I won't guess, but I'm opening a trace on it now and I'll ring "
           "you by three with whatever the depot says",
         m="OC", n="hard negative: honest about what he can't see yet, then acts; not dismissal"),
    dict(p=LE, s="commitment",
         t="I know every hour counts with the restaurant, so I'm ringing the depot supervisor myself now and "
           "I'll be back to you in thirty minutes with where the box actually is",
         m="AC", n="chasing is a next step with a time, not a remedy"),
    dict(p=LE, s="options",
         t="do you want to fit the new board yourself, or shall I have the courier drop it straight at the "
           "restaurant's back door?", m="OIQ"),
    dict(p=LE, s="heard", t="just for the record, you're stating the box was packed and sealed properly by you",
         m="", v=["accusation"]),
    dict(p=LE, s="heard",
         t="thanks for holding, sorry, that took ages. so it left you tuesday, never got to the restaurant, and "
           "your guy there's threatening to go elsewhere, which I get, I'd be the same, but you know parcels do "
           "go astray now and then, it happens",
         m="G", v=["dismissal"],
         n="'but' leads into minimising and cancels the acknowledgement and empathy; the thanks stands"),
    dict(p=LE, s="commitment",
         t="cheers for staying on Marcus. so, your express fee's refunded as of now, the trace is logged with "
           "the depot, and a new compressor and control board leave us on a same day courier at two. I'm sorry "
           "you've had to firefight this with your client", m="AEOCG",
         n="'sorry you've had to' + what he went through: acknowledge and empathise (rule 14)"),
    dict(p=LE, s="heard", t="mate, shouting it louder won't make the van go any faster", m="", v=["insult"],
         n="sarcasm back at him"),
    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="filler while she vents"),
    dict(p=EE, s="vent", t="before we go any further I'll need the contract reference and your site ID", m="Q",
         v=["premature_details"]),
    dict(p=EE, s="heard",
         t="Three outages in one quarter, your warehouses at a standstill each time, and you had to go to our "
           "chief executive before anyone would listen. That's not acceptable and I'm sorry.",
         m="AE"),
    dict(p=EE, s="heard",
         t="with respect, the SLA does allow for planned maintenance windows, so strictly speaking only two of "
           "those count as breaches", m="", v=["correcting"]),
    dict(p=EE, s="options",
         t="I know an apology doesn't mean much on its own after three of these. what I'd like to put to you is "
           "the full service credit for the quarter, a named account manager with a direct number, and the "
           "root cause report in writing with a date on it. is that something you could show your board?",
         m="AOIQ"),
    dict(p=EE, s="options",
         t="one thing I can't do is let you out of the contract, I won't pretend otherwise. what I can do is "
           "credit you the full quarter under the SLA and get you the root cause report in writing before the "
           "end of next week. would that be enough to be going on with for now?",
         m="OIQ", n="honest limit, not a policy wall; the date sits inside an offer awaiting her answer"),
    dict(p=EE, s="heard",
         t="you're welcome to speak to your lawyer, ma'am, the contract's quite clear on termination", m="",
         v=["threat_back"]),
    dict(p=EE, s="commitment",
         t="Tom Reyes is your account manager from today, he'll email you by three to set up a call, and you'll "
           "get the root cause report on your desk by the twenty-first", m="OC"),
    dict(p=EE, s="heard",
         t="When the last one hit, how long were the pickers stood idle before things came back up?", m="Q"),
    dict(p=EE, s="heard",
         t="thank you for being this direct with me, honestly. I can't imagine the week you've had with your "
           "directors", m="EG", n="'can't imagine' is sympathy (rule 8)"),
    dict(p=EE, s="heard",
         t="our status page only shows two incidents this quarter, so I'm not sure where the third one's come "
           "from", m="", v=["doubt"]),
    dict(p=EE, s="commitment",
         t="you'll have the incident logs for all three outages by noon tomorrow, and the written root cause analysis "
           "by friday the fourteenth. and thank you, genuinely, for not walking away before we'd had this "
           "conversation", m="OCG"),
    dict(p=EE, s="heard",
         t="um contract stuff really isn't something I can get into, that all sits with the legal team", m="",
         v=["dismissal"]),
    dict(p=EE, s="heard",
         t="so from where you're sitting it's not only the downtime, it's that nobody from our side picked up "
           "the phone to you until you went over our heads", m="A"),
    dict(p=EE, s="heard",
         t="Ms Ashcombe, I'm going to ask you to lower your voice so we can have a sensible conversation", m="",
         v=["calm_down"]),
    dict(p=EE, s="options",
         t="before I put anything to you, what would you need to walk out of this call with for it to have been "
           "worth your time?", m="IQ"),
    dict(p=EE, s="heard",
         t="I can promise you personally there will not be a fourth outage, I'll make sure of it", m="",
         v=["over_promise"], n="bare guarantee: over_promise without options"),
    dict(p=EE, s="close",
         t="really appreciate you hearing me out today. the summary of everything we've agreed will be in your "
           "inbox before six", m="CG"),
    dict(p=EE, s="heard",
         t="we're sorry if the recent service interruptions have fallen short of your expectations", m="",
         v=["non_apology"]),
    dict(p=EE, s="options",
         t="I'm sorry, genuinely, three times in a quarter is not okay. I can't "
           "let you out of the contract or pay damages, that's beyond me, but I can credit the whole quarter's "
           "fees under the SLA and put a named account manager on your account from monday, and if there's "
           "something else that'd make this workable for you I want to hear it",
         m="AEOI", n="honest limit; imperative invitation counts as asks_input; 'from monday' inside the offer"),
    dict(p=EE, s="heard",
         t="I'd just note that your email to our CEO contained some fairly serious allegations", m="",
         v=["accusation"]),
    dict(p=EE, s="heard", t="fine. whatever. I'll have the report with you by friday, happy now?", m="C",
         v=["insult"], n="sarcastic, rhetorical 'happy now?'; the timed step still counts"),
    # --- vip-client ---
    dict(p=VC, s="vent", t="of course, sir.", m=""),
    dict(p=VC, s="vent",
         t="I'm so sorry to hear that Mr Fairclough, may I just take the last four digits of the account before "
           "you go on", m="EQ", v=["premature_details"]),
    dict(p=VC, s="heard",
         t="you found out from the seller's solicitor rather than from us, which frankly is embarrassing on our "
           "part, and I'm sorry", m="AE"),
    dict(p=VC, s="heard",
         t="transfers above a certain amount do get held for compliance checks, that's standard across the "
           "industry, it would've been in your account terms", m="", v=["correcting"]),
    dict(p=VC, s="options",
         t="I'd like to reverse every fee on that transfer and move all your future instructions onto same-day "
           "processing. would you like me to do both of those today?", m="OIQ",
         n="'today' inside a proposal awaiting his answer: an offer, not a commitment"),
    dict(p=VC, s="options",
         t="and for the trouble I'll waive all your account fees for the next twelve months and see if we can "
           "cover the solicitor's costs as well", m="O", v=["over_promise"]),
    dict(p=VC, s="commitment",
         t="The fee reversal has gone through while we've been speaking, and Catherine Hale, your senior "
           "relationship banker, will ring you at ten tomorrow with her direct line.", m="OC"),
    dict(p=VC, s="heard",
         t="that's odd, we'd normally flag a delay that size straight away, I'd be surprised if nobody called "
           "you", m="", v=["doubt"], n="time words, no commitment"),
    dict(p=VC, s="heard", t="with the greatest respect sir, we do have other clients too", m="", v=["insult"]),
    dict(p=VC, s="heard", t="if Sterling and Marsh can offer you better, sir, I won't stand in your way", m="",
         v=["threat_back"], n="answers the competitor threat in kind"),
    dict(p=VC, s="heard",
         t="were the seller's side able to give you any extra time, or was it right down to the wire?", m="Q",
         n="choice question about his situation, not options"),
    dict(p=VC, s="heard",
         t="thank you for your patience with this, I know it's been anything but a patient couple of days for "
           "you. two days late, the completion nearly lost, and hearing it from the other side's solicitor. I'd "
           "be absolutely livid", m="AEG"),
    dict(p=VC, s="heard",
         t="Unfortunately the payment system doesn't let us speed up a wire once it's sitting in the queue.", m="",
         v=["policy"]),
    dict(p=VC, s="heard",
         t="you're right, someone here should've picked the phone up to you the moment it stalled", m="A"),
    dict(p=VC, s="options",
         t="I know how close that came, and I'm truly sorry. what I can do, and I want to do it properly, is "
           "refund every fee on the transfer, set you up with same-day expedited transfers on all your accounts, "
           "and give you a named senior banker with a direct number so you're never left chasing again. how "
           "does that sit with you?", m="AEOIQ"),
    dict(p=VC, s="heard",
         t="so the funds were ready, the completion date was set, and the money sat with us two extra days while "
           "you heard nothing. I'm sorry. how did you leave things with the sellers in the end?", m="AEQ"),
    dict(p=VC, s="heard", t="I'm sorry you were left with that impression of us", m="", v=["non_apology"]),
    dict(p=VC, s="commitment",
         t="I'm opening a formal review of why the wire stalled, and you'll have the findings in writing from "
           "me by friday", m="C", n="a review is a next step, not one of his remedies"),
    dict(p=VC, s="close",
         t="thank you for your time this afternoon, Mr Fairclough. is there anything else at all I can do for you "
           "today?", m="GQ", n="ending check: question, not asks_input"),
    dict(p=VC, s="heard",
         t="our records show the instruction came through after the cut-off, so the delay wasn't on the bank's "
           "side", m="", v=["accusation", "correcting"], n="insists on the client's error through evidence (rule 10)"),
    dict(p=VC, s="heard", t="I'm afraid wires aren't really my area, I look after the deposit accounts", m="",
         v=["dismissal"]),
    dict(p=VC, s="options",
         t="I can reverse the fees and arrange a direct line to a senior banker, or if there's something else "
           "that'd restore your confidence in us, tell me and I'll see what I can do", m="OI"),
    # --- failed-twice ---
    dict(p=FT, s="vent", t="sorry to stop you, what's the serial number off the door", m="Q",
         v=["premature_details"], n="interrupts her venting for a detail; 'sorry' is politeness"),
    dict(p=FT, s="heard",
         t="seven months old, fixed twice and broken again, and the supervisor who was meant to ring you never "
           "did. with a toddler and a baby in the house I'd be losing my mind",
         m="AE"),
    dict(p=FT, s="heard",
         t="is it definately being used on the right programme? cos a lot of the time with the drain pump it's "
           "stuff left in pockets", m="", v=["doubt", "correcting"],
         n="rhetorical doubting question implying her error; 'definately' mis-spelling"),
    dict(p=FT, s="options",
         t="So what I can offer is a brand new machine, same model, with the warranty stretched by another two years, "
           "or a senior engineer at your door before Friday if you'd rather try one more repair. Which way would you "
           "want to go?", m="OIQ", n="times inside a choice are not commitments"),
    dict(p=FT, s="options",
         t="you know what, I'll upgrade you to the next model up at no extra charge, you've been through enough",
         m="EO", v=["over_promise"]),
    dict(p=FT, s="commitment",
         t="right, replacement's on order for thursday, morning slot, the old one goes back on the same van, and "
           "I'll give you a bell friday to see it's behaving. cheers for your patience Kelly",
         m="OCG"),
    dict(p=FT, s="heard",
         t="the engineer who came out the second time was an agency guy, they're not trained on that model, "
           "that's where it went wrong", m="", v=["blame"]),
    dict(p=FT, s="heard",
         t="ugh, a fortnight with no washer and two little ones, I don't know how you're coping honestly", m="AE"),
    dict(p=FT, s="heard",
         t="How old are the kids, if you don't mind me asking? I'm thinking about how quickly we need to move on "
           "this.", m="Q"),
    dict(p=FT, s="heard",
         t="a replacement only kicks in after a third failed repair, that's the warranty process I'm afraid",
         m="", v=["policy"]),
    dict(p=FT, s="heard", t="sorry if you've felt let down by the service", m="", v=["non_apology"]),
    dict(p=FT, s="heard",
         t="thank you for ringing back when nobody rang you like they promised, you'd be well within your rights to "
           "have written us off", m="AEG"),
    dict(p=FT, s="heard",
         t="honestly Kelly thank you for trusting us with one more try when you've every reason not to. the machine's let "
           "you down twice and so have we, with that callback, and I'm sorry", m="AEG"),
    dict(p=FT, s="heard", t="[sighs] right, okay, carry on then", m="", v=["insult"],
         n="transcribed sigh answers her in kind (rule 12)"),
    dict(p=FT, s="heard",
         t="I'm really sorry, honestly. supervisors are a different team, I don't have any say over when "
           "they ring", m="E", v=["dismissal"], n="no 'but': the apology stands beside the ducking"),
    dict(p=FT, s="options",
         t="I'm so sorry, it should never have needed a second repair, never mind a third. an upgrade's off the "
           "table, I'll be upfront about that, but I'd like to send you the same model brand new with the "
           "warranty extended two years. want me to get that ordered for you?", m="AEOIQ"),
    dict(p=FT, s="heard", t="Kelly, please, just breathe for a sec, we'll get there", m="", v=["calm_down"]),
    dict(p=FT, s="commitment",
         t="I'm sorry again about monday. I've got the supervisor's name in front of me and I'm putting you "
           "through to her right now, I'll stay on till she picks up",
         m="EC", n="escalation with 'right now': commitment, not options"),
    dict(p=FT, s="heard", t="so you're alleging the engineer didn't fix it properly either time", m="",
         v=["accusation"]),
    dict(p=FT, s="close", t="is the new one running okay now? no leaks?", m="Q", n="follow-up check"),
    dict(p=FT, s="heard", t="one more swear word and this call's over, Kelly", m="", v=["threat_back"]),
    dict(p=FT, s="options",
         t="I hear you, it's the broken promises as much as the washer, the supervisor who never rang, all of "
           "it, so listen, I'm sending you a brand new one and I give you my word it won't pack in again",
         m="AO", v=["over_promise"],
         n="the replacement is allowed; the guarantee is the over-promise; no time, so no commitment"),
    dict(p=FT, s="options",
         t="I can't stretch to a refund on it, that's not mine to give, but a new machine, same model, two more "
           "years warranty, that I can do, or the senior engineer this week if you'd rather, up to you",
         m="OI", n="honest limit; 'up to you' invites her choice without a question"),
    # --- billing-error ---
    dict(p=BE, s="vent", t="mm-hm... yes.", m=""),
    dict(p=BE, s="heard",
         t="right, let's get this sorted. could you give me the email the subscription was under?", m="Q",
         n="details asked for after the venting: not premature"),
    dict(p=BE, s="heard",
         t="so you cancelled, we still helped ourselves to two payments, the bank's charged you for going overdrawn, and "
           "then our chat team told you it was all sorted when it wasn't. Margaret I'm so sorry, that's appalling",
         m="AE"),
    dict(p=BE, s="heard",
         t="the cancellation only goes through once the notice period's up, that's why the payment still came "
           "out", m="", v=["correcting"]),
    dict(p=BE, s="options",
         t="What I'd like to do is refund both of those payments and reimburse the fee your bank charged, and "
           "I'll put in writing that the subscription's closed so you've got it on paper. Would that put things "
           "right for you?", m="OIQ"),
    dict(p=BE, s="options",
         t="where's best for the refund to go Margaret, the card it came off or your current account so the "
           "overdraft clears quicker?", m="OIQ"),
    dict(p=BE, s="commitment",
         t="both refunds are going through now, you'll see them in three to five working days, and the overdraft "
           "fee I'm reimbursing separately this afternoon", m="OC"),
    dict(p=BE, s="heard", t="live chat's outsourced, honestly they'll tell people anything to close the chat. I'll get both "
           "payments back to you today though", m="OC", v=["blame"],
         n="the refund comes after the blame and is not cancelled"),
    dict(p=BE, s="heard",
         t="oh Margaret, that's awful. has it caused you any other trouble, with bills going out or anything?",
         m="EQ"),
    dict(p=BE, s="heard",
         t="and the worst bit is you were told last week it was fixed, so you'd stopped worrying about it", m="A"),
    dict(p=BE, s="heard",
         t="I can't see any second charge on my screen, are you sure it wasn't a different subscription", m="",
         v=["doubt"], n="rhetorical doubting question"),
    dict(p=BE, s="heard", t="thank you for keeping hold of the bank statement, that makes it so much easier",
         m="G"),
    dict(p=BE, s="heard", t="I'm sorry you feel the chat team misled you", m="", v=["non_apology"]),
    dict(p=BE, s="heard",
         t="your rent bounced because of us? oh no. I'm so sorry. did your landlord charge you anything for it?",
         m="AEQ"),
    dict(p=BE, s="heard", t="Margaret, getting worked up isn't going to get your money back any quicker", m="",
         v=["calm_down"]),
    dict(p=BE, s="options",
         t="I can refund the two payments and pay back the overdraft fee, and I'll send you a letter confirming the "
           "cancellation so there's no argument about it again. shall I do all three?", m="OIQ",
         n="no time on the letter: not a commitment"),
    dict(p=BE, s="close", t="thanks ever so much for your patience today Margaret, and I am truly sorry about the rent",
         m="EG"),
    dict(p=BE, s="options",
         t="I can't do anything about what your bank decides, I don't want to promise that, but I can reimburse "
           "their fee to you directly. do you want it on the card or paid into your bank account?", m="OIQ",
         n="honest limit, not dismissal"),
    dict(p=BE, s="options",
         t="you've done nothing wrong here Margaret, and I'm sorry it's landed on you. I can give you back "
           "both payments and cover what the bank charged you, and I'd like to do both this morning if that's alright with "
           "you?", m="AEOIQ", n="'this morning' inside a proposal awaiting her answer; clearing her is acknowledgement"),
    dict(p=BE, s="heard", t="so according to you, the chat agent said it was resolved", m="", v=["accusation"]),
    dict(p=BE, s="commitment",
         t="thanks for hanging on there. I've flagged the chat transcript to my team leader and she'll ring you herself "
           "before four", m="CG"),
    dict(p=BE, s="heard",
         t="you're well within your rights to go to the ombudsman, Margaret, and I'll give you the reference if "
           "you want it, but I'd like a go at sorting it for you first. would you let me run through what's on the table?",
         m="IQ", n="hard negative: takes her threat calmly without daring her; the 'but' leads into help"),
    dict(p=BE, s="commitment",
         t="you've been nothing but patient and we've let you down twice over, I'm sorry. I'm refunding both "
           "charges as we speak and the confirmation that the account's cancelled will be in your email within "
           "the hour", m="AEOC"),
    # --- generic ---
    dict(p=None, s="vent", t="alright alright, easy, easy", m="", v=["calm_down"]),
    dict(p=None, s="vent", t="that sounds like a nightmare. go on, sorry, I didn't mean to cut in", m="E"),
    dict(p=None, s="heard",
         t="So you've been promised a callback three times and it hasn't happened once. That's really poor, and "
           "I'm sorry. What would make the biggest difference for you right now?", m="AEIQ"),
    dict(p=None, s="heard", t="Have you quite finished?", m="", v=["insult"], n="rude rhetorical question"),
    dict(p=None, s=None, t="I'd love to help but my hands are tied, that's the procedure", m="",
         v=["policy", "dismissal"], n="hands tied (ducking) plus a procedure wall, as the original labels both"),
    dict(p=None, s=None, t="I can't believe nobody rang you back after all that", m="AE",
         n="sympathy, not doubt (rule 8); names the missed callback"),
    dict(p=None, s="heard",
         t="thank you for explaining it again, I know you've already had to do that with two other people",
         m="AG"),
    dict(p=None, s="heard",
         t="honestly thank you for telling me, most people would just leave a one star review and never say a "
           "word", m="G"),
    dict(p=None, s="heard",
         t="okay so the order came, it was the wrong size, and when you rang to swap it you got cut off twice",
         m="A"),
    dict(p=None, s="heard", t="oh that's miserable, I'm so sorry", m="E"),
    dict(p=None, s="options",
         t="I can either refund it straight to your card or send a replacement out today, which is better for "
           "you?", m="OIQ"),
    dict(p=None, s="commitment",
         t="I'll phone the warehouse myself once we hang up, and you'll hear from me before five with an "
           "answer",
         m="C"),
    dict(p=None, s="heard", t="what happened when you rang the first time, what were you told?", m="Q"),
    dict(p=None, s="heard",
         t="I'll stay on this with you myself, I'm not handing you on to anyone else. I'll ring the warehouse now "
           "and call you back within twenty minutes", m="C",
         n="on-their-side phrase plus a timed step; no remedy named"),
    dict(p=None, s="heard", t="Sounds like whoever you spoke to last time didn't log it properly.", m="",
         v=["blame"]),
    dict(p=None, s="heard",
         t="the website says five to seven days, but that's no use to you when you needed it for the weekend, "
           "is it. let me see about getting it to you faster", m="A",
         n="hard negative: quotes the terms only to set them aside, no correcting; tag 'is it' is not a "
           "question; 'see about' is vague, no options"),
    dict(p=None, s=None, t="leave the review then, it's not going to change anything", m="", v=["threat_back"]),
    dict(p=None, s="heard",
         t="right, I've noted that the parcel never came and the driver marked it as left in a safe place, which "
           "it clearly wasn't. I'm sorry. I'll start a refund now and you'll have an email about it within the "
           "hour", m="AEOC",
         n="hard negative: 'noted' restates her account without court-room framing"),
    dict(p=None, s="heard", t="let me see what I can do for you", m="", n="vague: no remedy, no time"),
    dict(p=None, s=None,
         t="I'm sorry, that's a rotten experience. I can put a refund through for you right now if you'd like?",
         m="EOIQ", n="'right now' inside an offer awaiting the answer: not a commitment"),
    dict(p=None, s="heard",
         t="thank you for staying so patient with me when you've clearly had a rotten time of it, being bounced "
           "round four departments is just not on", m="AEG"),
    dict(p=None, s="heard", t="you're entitled to be angry about this, honestly, I would be", m="E",
         n="hard negative: mentions anger only to validate it; not calm_down"),
    dict(p=None, s="close",
         t="that's the refund processed, you'll have the email confirming it within a few minutes. thank you for "
           "being so reasonable with me", m="OCG"),
    dict(p=None, s="heard", t="can you read me the order number off the confirmation email?", m="Q",
         n="details after the venting: not premature"),
    dict(p=None, s="options",
         t="look I can hear how fed up you are, you've been chasing this for a fortnight and no one's come back to "
           "you, and that's wrong, so what I'd suggest is I refund the delivery charge and send the replacement "
           "out next day. does that sound fair, or would you rather just have the money back", m="AEOIQ"),
    dict(p=None, s="options",
         t="would it be alright if I walked you through the options I've got, and you pick?", m="IQ",
         n="asks permission; no remedy named yet"),
    dict(p=None, s="heard", t="I'm not sure I follow why you're so upset", m="",
         n="negated acknowledgement: no mark, no violation, like the original's 'don't understand why'"),
    dict(p=None, s="heard",
         t="I totally understand and I'm sorry, but without the receipt the system just won't let me process it",
         m="", v=["policy"], n="'but' into a policy wall cancels the acknowledgement and the apology"),
    dict(p=None, s=None, t="I'll see what I can do and get back to you", m="", n="vague promise, no time"),
    dict(p=None, s="commitment",
         t="sorry this has dragged on so long. the replacement went out by tracked courier this morning and you'll "
           "get the tracking number by text before lunch", m="EOC"),
    dict(p=None, s="close",
         t="you'll get a text confirming all of that in the next half hour. sorry again for the runaround, and "
           "thanks for letting me put it right", m="ECG"),
    dict(p=None, s="heard", t="sorry, what was the name of the person you spoke to?", m="Q",
         n="'sorry' as politeness"),
    dict(p=None, s="options",
         t="the way I see it there's two routes, a full refund today or a replacement with free next day "
           "delivery, I'm happy with either, it's your call", m="OI",
         n="choice put without a question; 'today' inside the choice"),
]

write_batch(ITEMS, "fe", Path(__file__).with_name("replies_extra160.jsonl"))
