"""Source of `replies_extra33.jsonl`: a thirty-third batch of hand-written trainee replies (tune split only).

Written one at a time by someone who had not read the held-back part of `replies.jsonl`, nor the
judge's code (personas/judge.py, lexicon.py, learned.py, patterns.py, models/), nor the other
batches' replies; only the tune part of `replies.jsonl` was read, for style and labelling habits.
It is an unseen check on ACKNOWLEDGE as tests/data/README.md defines it (with its rule 1): about
half the replies acknowledge, in the many forms trainees use: the customer's specifics said back
whole or in part, as a list or a fragment, with or without "so" / "right" / "okay so"; admissions
that name what went wrong; "you're right"; a short sincere "I hear you" / "I understand"; an
acknowledgement folded into an apology, a reason ("since you've already lost two days…") or an
offer. Beside them sit the near misses: fillers ("right.", "understood", "got it"), reading the
screen, restating only to doubt or argue, an acknowledgement that "but" turns into a fault, a
brushed-off "I hear you, anyway", questions about the facts that do not say them back, and
restatements of things the customer never said. About a fifth carry a fault. Whisper-style text
(lowercase, fillers, false starts, the odd mis-hearing) mixed with properly punctuated lines.
Nothing is generated from a template. Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from the repository
root writes `replies_extra33.jsonl` next to it (ids ah0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- missed-technician
    dict(p=MT, s="heard", t="so that's two mornings booked off, eight till twelve both times, and not so much as a phone call", m="A"),
    dict(p=MT, s="vent", t="two no-shows. no call. okay, I'm with you, keep going", m="A", n="fragment list said back while she vents"),
    dict(p=MT, s="heard", t="You're right. We should have rung you the minute we knew he wasn't coming.", m="A"),
    dict(p=MT, s="heard", t="yeah no that's- that's our fault, we left you sat there all morning", m="A", n="admission naming what went wrong, no apology word"),
    dict(p=MT, s="options", t="Since you've already lost two days to this, I'll waive the installation fee and put you in the eight o'clock slot, first job of the day. Does Thursday work?", m="AOIQ", n="'I'll waive' has no time; Thursday is asked, not promised"),
    dict(p=MT, s="heard", t="and you're paid by the hour so that's two mornings wages gone as well. I'm so sorry Bernadette", m="AE"),
    dict(p=MT, s="heard", t="I understand.", m="A", n="bare sincere 'I understand' (rule 1)"),
    dict(p=MT, s="heard", t="ugh, that's maddening. I'm sorry", m="E"),
    dict(p=MT, s="vent", t="okay", m=""),
    dict(p=MT, s="heard", t="I can see on here the engineer was booked in for the twelfth and the nineteenth", m="", n="reading the screen, not saying her complaint back"),
    dict(p=MT, s="heard", t="um it says here he knocked at ten fifteen and there was no answer", m="", v=["doubt"], n="screen-reading used against her account"),
    dict(p=MT, s="heard", t="I hear what you're saying, but a text would've gone out the night before, they're automatic", m="", v=["doubt"], n="'but' leads into contradicting 'nobody called': acknowledgement cancelled"),
    dict(p=MT, s="heard", t="so the engineer came out but couldn't get the router working", m="", n="restates something the customer never said (nobody came)"),
    dict(p=MT, s="heard", t="what time did you wait until the second time?", m="Q", n="asks about the facts without saying them back"),
    dict(p=MT, s="commitment", t="I get that you can't take another morning off, so I've booked the eight a.m. slot on Saturday and I'll text you Friday by six to confirm it.", m="AOC"),
    dict(p=MT, s="vent", t="two mornings off work and nobody came, got it. can I take your account number", m="AQ", v=["premature_details"], n="restatement stands; details request while venting"),
    dict(p=MT, s="heard", t="you're right, two no-shows is terrible. the contractor we use round your way has been awful lately honestly", m="A", v=["blame"], n="no contrastive connective: acknowledgement stands beside the blame"),
    dict(p=MT, s="heard", t="yes, I know, two mornings, you've told me about five times now", m="", v=["insult"], n="restating only to snap back"),
    dict(p=MT, s="close", t="okay so that's you booked, eight o'clock saturday and no fee. and again I'm sorry about the two wasted mornings", m="EOC", n="brief apology naming the topic, as the tune set labels 'sorry about the last two visits'"),
    dict(p=MT, s="vent", t="mm-hm", m=""),

    # ---------------------------------------------------------------- lost-express
    dict(p=LE, s="heard", t="So you paid for overnight, it never turned up, and now your restaurant client's on your back about it.", m="A"),
    dict(p=LE, s="heard", t="okay so the compressor and the control board, overnight, and the tracking's just- nothing since they picked it up", m="A", n="list of fragments"),
    dict(p=LE, s="heard", t="i get it, it's your name on the line with that restaurant not ours", m="A"),
    dict(p=LE, s="options", t="because you paid for overnight and got nothing, the express fee's coming back to you, and I can get a same day courier out with replacement parts. want me to book that", m="AOIQ", n="no time on the refund: not a commitment"),
    dict(p=LE, s="vent", t="mm-hm.", m=""),
    dict(p=LE, s="heard", t="right well the tracking says collected so it'll be in the network somewhere", m="", v=["correcting"], n="answers 'lost' with a lesson on the tracking"),
    dict(p=LE, s="heard", t="yep yep I hear you. so. tracking number?", m="Q", n="brushed-off 'I hear you'; details after venting are not premature"),
    dict(p=LE, s="heard", t="when was it collected?", m="Q"),
    dict(p=LE, s="options", t="I can refund the express fee and open a trace with the depot right now, or get replacement parts couriered out same day. which would help more?", m="OIQ", n="'right now' inside a choice: an offer, not a commitment"),
    dict(p=LE, s="heard", t="I know the restaurant group's a big part of your work, that's why I want to get this moving today", m="A", n="no concrete step declared, so no commitment"),
    dict(p=LE, s="heard", t="so the parcel turned up damaged and the parts are no good", m="", n="restates something the customer never said (it never arrived)"),
    dict(p=LE, s="options", t="I hear you, you can't sit around waiting on a trace. but what I can do is get replacement parts out to the restaurant today by courier, on us", m="AO", n="'but' leads into help; 'I can … today' is an offer"),
    dict(p=LE, s="heard", t="it never arrived? are you sure nobody at the restaurant signed for it", m="", v=["doubt"], n="echo used only to doubt; rhetorical question"),
    dict(p=LE, s="options", t="You're right, it's cost you the job. I'll cover whatever you lose with the restaurant, just send me the figure.", m="AO", v=["over_promise"]),
    dict(p=LE, s="heard", t="I'm really sorry the parts never reached your client and you've been the one taking the flak for it", m="AE", n="apology that names what happened"),
    dict(p=LE, s="heard", t="sorry about the parcel.", m="E", n="brief apology naming only the topic"),
    dict(p=LE, s="close", t="thanks for bearing with me Marcus. trace is open, fee's refunded, and I'll ring you tomorrow by ten with whatever the depot finds", m="OCG"),
    dict(p=LE, s="heard", t="what was in the box exactly", m="Q"),

    # ---------------------------------------------------------------- escalated-exec
    dict(p=EE, s="heard", t="Three outages in one quarter, every one of them over the SLA, and your warehouses stood idle each time. I understand.", m="A"),
    dict(p=EE, s="heard", t="okay so this is- this is the third time this quarter and you've had to email our CEO to get anyone to listen. yeah. that's fair", m="A"),
    dict(p=EE, s="heard", t="You were right to go to the CEO. Three breaches in one quarter, I'd have done exactly the same.", m="AE"),
    dict(p=EE, s="heard", t="so you're saying all three were breaches. the second one was planned maintenance and that was notified in advance", m="", v=["correcting"], n="restating only to argue"),
    dict(p=EE, s="heard", t="I've got the incident log open, there's three P1 tickets, the fourth, the seventeenth and the twenty ninth", m="", n="screen-reading, not acknowledgement"),
    dict(p=EE, s="options", t="I know it's the contract you want to talk about, and I can't release you from it, I'll be straight. What I can do is the SLA credit for this quarter, a named account manager, and a root-cause report by the twentieth. Would that give you something to take to your board?", m="AOIQ", n="honest obstacle, not policy; date inside an offer"),
    dict(p=EE, s="vent", t="sure", m=""),
    dict(p=EE, s="heard", t="yeah six hours with the pickers just standing about, I- I get why you're livid", m="AE"),
    dict(p=EE, s="heard", t="right, I hear you, I hear you. okay moving on, which sites were affected", m="Q", n="'I hear you' brushed off: no acknowledgement"),
    dict(p=EE, s="heard", t="how long was the floor down this time?", m="Q"),
    dict(p=EE, s="commitment", t="Your named account manager is Priya Shah. She'll ring you at nine tomorrow to introduce herself.", m="OC"),
    dict(p=EE, s="heard", t="so third outage this quarter and the warehouses were down for- was it six hours?", m="AQ"),
    dict(p=EE, s="heard", t="I understand, but the outages are outside my control, I just look after the accounts side", m="", v=["dismissal"]),
    dict(p=EE, s="heard", t="Three outages, I hear you, and you're right to be angry. If your team had raised it sooner the second one wouldn't have run to six hours.", m="AE", v=["correcting"], n="no contrastive connective: marks stand beside the 'if you had…' correction"),
    dict(p=EE, s="options", t="I understand three breaches is three too many. I'll guarantee you zero downtime for the rest of the contract.", m="A", v=["over_promise"], n="bare guarantee: over_promise without options"),
    dict(p=EE, s="heard", t="three outages this quarter, I do understand. we apologise for any inconvenience this may have caused", m="A", v=["non_apology"], n="restatement stands (no 'but'); the apology is a non-apology"),
    dict(p=EE, s="heard", t="I get that it's the third outage. if you want to bring your lawyers in go ahead, that's your call", m="A", v=["threat_back"], n="no 'but': acknowledgement stands beside the threat back"),
    dict(p=EE, s="heard", t="I get it.", m="A"),
    dict(p=EE, s="heard", t="so your systems lost data in the outage, is that the main concern", m="Q", n="restates something she never said; still a real question"),
    dict(p=EE, s="close", t="Thank you for sticking with us through three outages, Ms Ashcombe. The root-cause report will be with you by the twentieth.", m="AOCG", n="thanks that names what she has been through"),
    dict(p=EE, s="vent", t="understood.", m="", n="'understood' as a filler (rule 1)"),

    # ---------------------------------------------------------------- vip-client
    dict(p=VC, s="heard", t="So the completion was Wednesday, the money landed Friday afternoon, and you heard about it from the seller's solicitor rather than from us.", m="A"),
    dict(p=VC, s="heard", t="two days late on a house purchase and nobody here even picked up the phone to you. that's- yeah that's on us sir", m="A"),
    dict(p=VC, s="heard", t="You're quite right, Mr Fairclough. You shouldn't have had to hear it from the other side.", m="A"),
    dict(p=VC, s="heard", t="understood sir", m="", n="'understood' as a filler (rule 1)"),
    dict(p=VC, s="heard", t="I do understand how stressful that was, but transfers that size always go through a compliance check, any bank would have held it", m="", v=["correcting"], n="'but' cancels acknowledgement and empathy"),
    dict(p=VC, s="options", t="Because you very nearly lost the house over this, I'd like to reverse the transfer fees and put you through to a senior relationship banker directly from now on. Would that be a start?", m="AOIQ"),
    dict(p=VC, s="heard", t="I can't imagine having to ring the seller yourself and plead with her. I'm so sorry.", m="AE", n="rule 8: sympathy, not doubt"),
    dict(p=VC, s="heard", t="what time did the instruction go in on the wednesday?", m="Q"),
    dict(p=VC, s="heard", t="What would you need from us to feel this has been put right?", m="IQ"),
    dict(p=VC, s="vent", t="yes sir.", m=""),
    dict(p=VC, s="heard", t="the money was two days late and I'm sorry for that. for the record though the hold-up started at the correspondent bank", m="", v=["accusation", "blame"], n="'though' leads straight into the fault and cancels the restatement and apology, as in the tune set's 'to be fair though'"),
    dict(p=VC, s="heard", t="sorry if the timing was inconvenient for you, sir", m="", v=["non_apology"]),
    dict(p=VC, s="options", t="I hear you sir, completely. I'll get our chief executive to ring you personally to apologise.", m="AO", v=["over_promise"]),
    dict(p=VC, s="heard", t="So the deal nearly fell through. Did the seller give you any extra time in the end?", m="AQ"),
    dict(p=VC, s="heard", t="right the solicitor told you before we did", m="A"),
    dict(p=VC, s="heard", t="so the transfer bounced back and you had to send it again", m="", n="restates something the client never said"),
    dict(p=VC, s="commitment", t="and because you found out from the solicitor last time, I'll ring you myself the minute it's processed, by three today at the latest", m="AC"),
    dict(p=VC, s="heard", t="That must have been a horrible couple of days.", m="E"),

    # ---------------------------------------------------------------- failed-twice
    dict(p=FT, s="heard", t="So it's seven months old, it's been repaired, it's broken down twice since, and the supervisor who was meant to ring you on Monday never did.", m="A"),
    dict(p=FT, s="heard", t="oh god two weeks with no washer and a baby and a toddler. I'm so sorry Kelly", m="AE"),
    dict(p=FT, s="heard", t="You're right, somebody should have called you back on Monday and nobody did. That's our failure.", m="A"),
    dict(p=FT, s="heard", t="I'm sorry you've been dragging it all to the laundromat, that's- that's not on", m="AE", n="rule 7: 'sorry you' + the actual event"),
    dict(p=FT, s="heard", t="I get it, I do, but without the job reference I can't log anything, the system won't let me", m="", v=["policy"]),
    dict(p=FT, s="heard", t="twice since the repair? are you sure it's not the same fault, because the engineer signed it off", m="", v=["doubt"], n="echo used only to doubt"),
    dict(p=FT, s="options", t="Since the repairs clearly haven't held, I can replace it with a new one, same model, with a two-year warranty, or send a senior engineer this week with a loan machine. Which suits you better?", m="AOIQ", n="'this week' inside a choice"),
    dict(p=FT, s="heard", t="I hear you, but machines do break down sometimes, it's not unusual", m="", v=["dismissal"]),
    dict(p=FT, s="commitment", t="I know you were promised a callback and never got one, so I'm going to ring you myself tomorrow at ten with the engineer's time", m="AC"),
    dict(p=FT, s="heard", t="has it been leaking or just not draining", m="Q"),
    dict(p=FT, s="heard", t="honestly anyone would be fed up in your shoes", m="E"),
    dict(p=FT, s="heard", t="right so- so basically you've had no washing machine for a fortnight", m="A"),
    dict(p=FT, s="heard", t="I hear you, broken twice since the repair, that's rubbish. just take a breath and calm down and we'll sort it", m="A", v=["calm_down"]),
    dict(p=FT, s="heard", t="we dropped the ball with that callback there's no two ways about it", m="A"),
    dict(p=FT, s="vent", t="I understand, keep going Kelly, I'm here", m="A"),
    dict(p=FT, s="vent", t="okay, yep", m=""),
    dict(p=FT, s="heard", t="ninety dollars at the laundromat on top of everything, no wonder you've had enough. thank you for telling me that", m="AEG"),

    # ---------------------------------------------------------------- billing-error
    dict(p=BE, s="heard", t="So you cancelled, we took the payment twice after that, your bank charged you an overdraft fee, and our chat told you last week it was sorted.", m="A"),
    dict(p=BE, s="heard", t="I'm so sorry we told you it was fixed when it wasn't", m="AE"),
    dict(p=BE, s="heard", t="I understand, but the cancellation only takes effect at the end of the billing month, that's in the terms", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="okay I've got the account open, two payments of fourteen ninety nine on the third", m="", n="screen-reading"),
    dict(p=BE, s="heard", t="I can see both payments on here after your cancellation date, so you're right, you were charged twice.", m="A", n="screen plus 'you're right' and the fact said back"),
    dict(p=BE, s="options", t="Because that double charge pushed you into your overdraft, I'll refund both payments and reimburse the overdraft fee. Would you like the confirmation by email or by post?", m="AOIQ"),
    dict(p=BE, s="options", t="you cancelled, we charged you twice, I'm so sorry. I'll refund it all and give you three months free for the trouble", m="AEO", v=["over_promise"]),
    dict(p=BE, s="vent", t="right, and what's the email address on the account?", m="Q", v=["premature_details"]),
    dict(p=BE, s="heard", t="and the rent bounced on top of it all. oh Margaret I'm so sorry", m="AE"),
    dict(p=BE, s="heard", t="sorry you feel we let you down over the chat", m="", v=["non_apology"]),
    dict(p=BE, s="close", t="thank you for telling me the chat said it was fixed, that's something we need to sort out for other people too", m="AG"),
    dict(p=BE, s="vent", t="I'm so sorry, charged twice after you'd cancelled. could I have your postcode so I can find you?", m="AEQ", v=["premature_details"]),
    dict(p=BE, s="heard", t="I understand, you cancelled and got charged twice. You'll need to send us a copy of the bank statement by post before I can look at the fee.", m="A", v=["policy"], n="no contrastive connective: acknowledgement stands beside the policy wall"),
    dict(p=BE, s="heard", t="oh I understand, honestly I do", m="A"),
    dict(p=BE, s="options", t="would it help if I refunded both charges and the overdraft fee, seeing as we told you it was sorted and it wasn't?", m="AOIQ"),
    dict(p=BE, s="commitment", t="I know last week's promise had no date on it, so here's one. Both refunds and the overdraft fee will be back in your account by Thursday.", m="AOC"),
    dict(p=BE, s="heard", t="so you never actually managed to cancel and it's been charging you every month", m="", n="restates something she never said"),
    dict(p=BE, s="heard", t="oh that's awful, I'm sorry", m="E"),
    dict(p=BE, s="commitment", t="I've put both refunds through now, and the written confirmation goes out in tonight's post.", m="OC"),
    dict(p=BE, s="heard", t="thank you for being so patient with me Margaret", m="G"),

    # ---------------------------------------------------------------- generic
    dict(p=None, s="heard", t="I hear you.", m="A"),
    dict(p=None, s="heard", t="i get it. i really do", m="A"),
    dict(p=None, s="heard", t="you're right you're right, that shouldn't have happened", m="A"),
    dict(p=None, s="vent", t="uh-huh", m=""),
    dict(p=None, s="heard", t="right.", m=""),
    dict(p=None, s="heard", t="I see.", m=""),
    dict(p=None, s="heard", t="I hear you, anyway, let's get your details", m="Q", n="brushed off; request for details after venting"),
    dict(p=None, s="heard", t="I get that you're upset but there's no need to swear at me", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="I'm not sure I understand what the problem is", m="", n="negated acknowledgement"),
    dict(p=None, s="heard", t="Okay, so the first replacement came broken and the second one never came at all. Have I got that right?", m="AQ"),
    dict(p=None, s="heard", t="and when did you first notice it", m="Q"),
    dict(p=None, s="heard", t="how's it affected you, like day to day?", m="Q"),
    dict(p=None, s="close", t="Thank you for calling us about this. It really does help.", m="G"),
    dict(p=None, s="heard", t="so, you're alleging the driver never knocked", m="", v=["accusation"]),
    dict(p=None, s="heard", t="no that's fair, we messed you about", m="A"),
    dict(p=None, s="options", t="since you've already waited two weeks I'll refund it now rather than make you wait for the return. is that alright?", m="AOCIQ"),
    dict(p=None, s="heard", t="yeah I get it, it's annoying. anyway. was there anything else?", m="Q", v=["dismissal"], n="brushed-off acknowledgement, then closes the call on an unsolved problem"),
    dict(p=None, s="close", t="Thanks again for your patience. I know it's been a long couple of weeks for you.", m="AG"),
    dict(p=None, s="heard", t="that's on me, I should have rung you back yesterday like I said I would", m="A"),
    dict(p=None, s="heard", t="got it", m="", n="'got it' as a filler, like 'understood'"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "ah", Path(__file__).with_name("replies_extra33.jsonl"))
