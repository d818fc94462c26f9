"""Source of `replies_extra159.jsonl`: batch 159, in the original set's style (tune split only).

Written by hand one reply at a time, each as a different trainee, in the style of the original set,
learned from a copy of its tune part alone, without reading the judge's code, running it, or reading
any other labelled batch. It is weighted to acknowledgement as the original author labels it, both
ways: sincere apologies that say back what happened ("oh margaret. so you'd cancelled, we charged
you twice regardless…") against apologies that only name the topic ("I'm so sorry about the delay, sir",
"sorry again about both mornings": empathise only); owning the failure and clearing the customer
("that's on us, marcus", "you did everything you were meant to do") against on-their-side phrases
that own nothing ("let me take ownership of this for you"); a restatement given as the reason for an
offer ("seeing as we've had you off work twice for nothing, I'm taking the installation fee
off") against the remedy merely named; echo questions of disbelief ("three kids and the washer
dead? for the second time?"), which say the facts back and ask nothing, against real questions about what happened and
check-backs; "I hear you" / "I understand" said sincerely against said straight into a request for
details (rule 13) or brushed off ("yeah I know, I know, it's rubbish. anyway…"); and
acknowledgements cancelled by "but", "though", "however" or "that said" leading into a fault,
against ones that stand beside a fault with no connective, or whose "but" leads into help or an
honest limit. The usual mix of other marks and violation kinds keeps the batch close to the
original's. Every persona, the generic `None`, and every stage appear; about half are styled like a
Whisper transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra159.jsonl next to it (ids fd0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="mm. okay.", m="", n="bare filler while she vents"),
    dict(p=MT, s="vent", t="twice? and you'd booked the day off work both times? oh god, I'm sorry. go on, I'm listening",
         m="AE", n="echo of disbelief that says the two misses and the days off back, with sympathy; it asks "
                   "nothing, so no question"),
    dict(p=MT, s="vent", t="I hear you. before you go on though can I grab the account number", m="Q",
         v=["premature_details"], n="rule 13: 'I hear you' said straight into a details request, while she vents"),
    dict(p=MT, s="heard", t="I'm so sorry about the appointments.", m="E",
         n="apology that only names the topic: empathise, not acknowledge"),
    dict(p=MT, s="heard", t="I'm so sorry. you took the morning off, you sat in from eight till twelve, nobody came and "
                            "nobody rang, and then we went and did exactly the same thing to you a second time",
         m="AE", n="apology that says back what happened"),
    dict(p=MT, s="heard", t="that's two mornings off work we've cost you. that's on us, nobody else", m="A",
         n="owns the failure and says back what it cost her; no feeling named, so acknowledge only"),
    dict(p=MT, s="heard", t="um you didn't do anything wrong here, you were in, you were waiting, it's us that didn't "
                            "turn up", m="A", n="clears the customer and owns it (rule 14)"),
    dict(p=MT, s="options", t="so seeing as we've had you off work twice for nothing, I'm taking the installation fee off "
                              "completely and putting a months credit on your account. would that help at all?",
         m="AOIQ", n="restatement given as the reason for the offer: acknowledge; no time, so no commitment"),
    dict(p=MT, s="options", t="I'm able to knock off the installation fee and add a month's credit. how does that "
                              "sound?", m="OIQ", n="remedy merely named, nothing said back: no acknowledgement"),
    dict(p=MT, s="heard", t="okay and when you say it was twice, were both of those this month? and did you get a text "
                            "either time?", m="Q",
         n="real questions about what happened (cf the original's 'when you say you took the day off…'): question only"),
    dict(p=MT, s="heard", t="so both visits, eight till twelve, and no call from us either time, have I got that right?",
         m="AQ", n="check-back: says the points back and really asks for confirmation"),
    dict(p=MT, s="heard", t="I understand, I do, but the engineers are contractors so really it's them who let you down",
         m="", v=["blame"], n="'but' leads into blame and cancels the acknowledgement"),
    dict(p=MT, s="heard", t="I'm sorry you were left waiting both mornings. technically the slot was eight till one though",
         m="", v=["correcting"], n="'though' turns the apology into a correction and cancels it (cf the original's "
                                  "'technically though' reply)"),
    dict(p=MT, s="commitment", t="right, I've waived the installation fee as of now, the month's credit goes on tonight, and "
                                 "you're first job, eight am tuesday. I'll text you monday by six so you know it's still on",
         m="OC"),
    dict(p=MT, s="heard", t="I'm sorry you had to burn two days' leave on us, and that nobody even bothered to ring and "
                            "warn you", m="AE", n="rule 14: 'sorry you had to' + what she went through"),
    dict(p=MT, s="close", t="thanks ever so much for sticking with us bernadette, and sorry again about both mornings",
         m="EG", n="'sorry again about both mornings' names the topic only: empathise, not acknowledge"),
    dict(p=MT, s="heard", t="I get it, I do, but you're not the only one who's had a missed slot this week", m="",
         v=["dismissal"], n="'but' leads into minimising: the acknowledgement is cancelled"),
    dict(p=MT, s="options", t="I know you want the full refund and honestly after two lost days I don't blame you. a full "
                              "refund's beyond me, but I can scrap the fee, put a months credit on, and get you in "
                              "at eight, first job. is that something you could live with?",
         m="AEOIQ", n="honest limit (rule 11), and the 'but' leads into help, so nothing is cancelled"),
    dict(p=MT, s="vent", t="sorry. sorry, that's awful. carry on", m="E", n="sincere sympathy while letting her vent"),
    dict(p=MT, s="heard", t="yeah I know, I know, it's rubbish. anyway, which email do you want the confirmation to?",
         m="Q", n="brushed off with 'anyway' (cf 'yeah yeah I hear you, anyway…'): neither acknowledge nor empathise"),
    dict(p=MT, s="heard", t="I hear you, and I'd be the same, a days pay gone twice over for nothing", m="AE"),
    dict(p=MT, s="heard", t="really? nobody at all, both days? because the job sheet says he attempted it", m="",
         v=["doubt"], n="echo said in disbelief of her, into the record: doubt, not acknowledgement or a question"),
    dict(p=MT, s="commitment", t="I'm so sorry. I've booked you in for eight am on the ninth, first job, and I'll ring you "
                                 "the afternoon before to confirm", m="EOC", n="bare sincere apology: empathise only"),
    dict(p=MT, s="heard", t="if you want to put it all over facebook that's up to you, won't get your engineer there any "
                            "quicker", m="", v=["threat_back"], n="answers her threat in kind"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="god. I'm sorry marcus, carry on", m="E"),
    dict(p=LE, s="vent", t="okay I understand, can I just have the consignment number quick", m="Q",
         v=["premature_details"], n="rule 13: 'I understand' straight into a request; still venting"),
    dict(p=LE, s="heard", t="I'm sorry. you paid for it to be there first thing, nothing's been scanned since "
                            "collection, and now your restaurant's on at you for parts you haven't got", m="AE"),
    dict(p=LE, s="heard", t="a compressor and a control board? for a kitchen that's meant to be open tonight? oh that's a "
                            "nightmare", m="AE", n="echo of disbelief: says the facts back, asks nothing"),
    dict(p=LE, s="heard", t="what time were the parts meant to be fitted? had you already got an engineer booked in at the "
                            "restaurant?", m="Q", n="real question about what happened"),
    dict(p=LE, s="options", t="you paid a premium to have it there by nine and it never showed, so the express fee's coming "
                              "straight back to you, and I can get a courier out today with replacements at our cost. shall "
                              "I send them to you, or direct to the restaurant?",
         m="AOCIQ", n="restatement as the reason for the refund; 'coming straight back' is a declared step done now; "
                      "the courier 'today' sits inside a choice"),
    dict(p=LE, s="options", t="express fee back, trace opened on the missing one, same-day courier with new parts. that's "
                              "what I've got for you", m="O", n="remedies merely named"),
    dict(p=LE, s="heard", t="I understand, but once it's left our depot it's the courier's responsibility, not ours", m="",
         v=["blame"], n="'but' cancels the acknowledgement"),
    dict(p=LE, s="heard", t="I understand how bad this looks for you with your client. the tracking does show it was "
                            "collected though, so technically it isn't lost", m="", v=["correcting"],
         n="'though' leads into the correction and cancels the acknowledgement and empathy"),
    dict(p=LE, s="heard", t="cheers for spelling that out, honestly. the compressor, the board, and a chef waiting on both. "
                            "right. got it", m="AG", n="thanks, then the facts said back"),
    dict(p=LE, s="heard", t="I'm really sorry, your client must be giving you hell. it says on my screen it was left with "
                            "a neighbour", m="E", v=["doubt"],
         n="no contrastive connective, so the sympathy stands beside the doubt; it names his feeling without saying "
           "back what happened"),
    dict(p=LE, s="commitment", t="I've opened the trace while we've been talking, the reference is on its way to your inbox "
                                 "now, and I'll ring you by four with whatever the depot says", m="OC"),
    dict(p=LE, s="heard", t="yeah, I hear you mate, it happens a lot with overnight to be fair", m="", v=["dismissal"],
         n="'I hear you' brushed off into minimising"),
    dict(p=LE, s="heard", t="that's on us, marcus. you paid for a service and you didn't get it, simple as", m="A",
         n="owning phrase plus what happened"),
    dict(p=LE, s="options", t="I'm so sorry about the delay. you'll have your express charge back today and I'm sending a "
                              "courier round to the restaurant with new parts this afternoon", m="EOC",
         n="'sorry about the delay' names the topic only: empathise; declared steps with 'today' and 'this "
           "afternoon' are a commitment"),
    dict(p=LE, s="heard", t="I'm sorry if the parcel's caused you any problems with your client", m="",
         v=["non_apology"]),
    dict(p=LE, s="close", t="thanks for being so patient with me marcus, I know your heads been on your client the whole "
                            "time", m="AG", n="the 'I know' says his situation back (cf the original's thanks + "
                                              "'you've basically got your customer on the other line')"),
    dict(p=LE, s="options", t="I'll cover whatever you lose on the restaurant job, all of it, just send the invoice over "
                              "to me", m="O", v=["over_promise"]),
    dict(p=LE, s="heard", t="you'll have to put a claim in through the website, we can't do it over the phone, sorry",
         m="", v=["policy"], n="'sorry' tacked onto a wall is a politeness marker"),
    dict(p=LE, s="heard", t="I understand, it never turned up and your client's waiting on it. can I grab the tracking "
                            "number so I can get the trace started?", m="AQ",
         n="rule 13: said back with what went wrong, 'I understand' stands even before a request; not premature at heard"),
    dict(p=LE, s="vent", t="I understand, it's not turned up and you've got a client waiting. what's the tracking "
                           "number?", m="AQ", v=["premature_details"],
         n="said back with what went wrong, so acknowledge stands (rule 13), but the number is asked while he vents"),
    dict(p=LE, s="heard", t="don't take it out on me, I didn't lose your parcel", m="", v=["insult", "dismissal"]),
    dict(p=LE, s="commitment", t="because your client's waiting on these today, I'm booking a same-day courier for the "
                                 "replacement parts now, at our cost, and you'll have the driver's details within the half "
                                 "hour", m="AOC", n="restatement as the reason for the remedy"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="filler"),
    dict(p=EE, s="vent", t="I hear you, ms ashcombe. can I just confirm the contract reference before we go further",
         m="Q", v=["premature_details"], n="rule 13"),
    dict(p=EE, s="heard", t="three outages this quarter, three SLA breaches, your warehouses at a standstill each "
                            "time, and you had to go over everyone's head to our chief exec before anybody listened. "
                            "I'm sorry. truly.", m="AE"),
    dict(p=EE, s="heard", t="three? in one quarter? that's indefensible", m="A",
         n="echo of disbelief: says back the third outage and asks nothing; 'indefensible' judges our failure rather "
           "than naming her feeling"),
    dict(p=EE, s="heard", t="when the platform dropped last tuesday, how long were the warehouses actually stopped?",
         m="Q"),
    dict(p=EE, s="heard", t="that's on us. not your team, not your IT people. us.", m="A",
         n="owns it and clears her side"),
    dict(p=EE, s="heard", t="I completely understand your frustration. however the SLA does exclude scheduled maintenance, "
                            "and two of those windows were scheduled", m="", v=["correcting"],
         n="'however' leads into the correction: would have been acknowledge + empathise (rule 1), cancelled"),
    dict(p=EE, s="heard", t="I don't blame you one bit for emailing the CEO, I'd have done exactly that. you'll get straight "
                            "answers from me from here on", m="AE"),
    dict(p=EE, s="options", t="this is the third breach this quarter, not the first, so I want to put the full service "
                              "credit for the quarter on your account, assign you your own account manager, by "
                              "name, and get the root-cause write-up to you by the twenty-first. is that enough for you to "
                              "go back to the board with?",
         m="AOIQ", n="restatement as the reason; the date sits inside a proposal awaiting her answer"),
    dict(p=EE, s="options", t="I can apply a service credit and assign you an account manager", m="O",
         n="remedy merely named"),
    dict(p=EE, s="heard", t="I understand you're upset, though I'd point out the contract doesn't allow early termination "
                            "for this", m="", v=["correcting"], n="'though' cancels the acknowledgement"),
    dict(p=EE, s="commitment", t="you'll have the root-cause report in your inbox by five pm on the fourteenth, and tom hale, "
                                 "your account manager, is calling you before ten tomorrow", m="OC"),
    dict(p=EE, s="options", t="I'll make sure you can walk away from the contract with no penalty, you have my word on that",
         m="O", v=["over_promise"], n="release from the contract is beyond what she may be offered (rule 5)"),
    dict(p=EE, s="heard", t="I'm sorry you're unhappy with how the outages were handled", m="", v=["non_apology"]),
    dict(p=EE, s="heard", t="emailing the CEO was the right call, frankly. three breaches, and not one person on our side "
                            "had picked up the phone to you", m="A"),
    dict(p=EE, s="close", t="thank you for sticking it out with us instead of walking. I'll send the summary of "
                            "everything we've agreed by six tonight", m="CG"),
    dict(p=EE, s="heard", t="I hear you.", m="A", n="bare 'I hear you' said sincerely (rule 1)"),
    dict(p=EE, s="heard", t="with respect, I'm not going to be spoken to like that, and threatening lawyers won't make the "
                            "engineers work any faster", m="", v=["calm_down"]),
    dict(p=EE, s="heard", t="to be fair, the last one was the cloud provider's outage, not ours", m="", v=["blame"]),
    dict(p=EE, s="heard", t="so your board's asking why they ever signed with us. what are you going to need to tell them?",
         m="AQ"),
    dict(p=EE, s="heard", t="you've had three of these in one quarter and I'd rather not guess at what you need. what would "
                            "put it right for you?", m="AIQ", n="restatement given as the reason for asking her"),
    dict(p=EE, s="heard", t="look, I understand, alright? I understand. can we just get on with it", m="",
         v=["insult"], n="'I understand' said impatiently, into rudeness: not acknowledge"),
    dict(p=EE, s="heard", t="for the record, we did notify your team about the maintenance window on the first", m="",
         v=["accusation", "correcting"]),

    # --- vip-client ---
    dict(p=VC, s="vent", t="of course, sir. please, go on", m=""),
    dict(p=VC, s="vent", t="I'm terribly sorry, sir. take all the time you need", m="E"),
    dict(p=VC, s="vent", t="I understand completely. may I take the account number so I can bring it up?", m="Q",
         v=["premature_details"], n="rule 13"),
    dict(p=VC, s="heard", t="I'm so sorry about the delay, sir.", m="E",
         n="topic-only apology: empathise, not acknowledge"),
    dict(p=VC, s="heard", t="I'm so sorry. your funds reached the seller two days late, the purchase very nearly fell "
                            "through, and you found out from their solicitor rather than from us. that falls a long way "
                            "short of what you should expect from us", m="AE"),
    dict(p=VC, s="heard", t="from the seller's solicitor? not from us at all? that must have been mortifying", m="AE",
         n="echo, rhetorical"),
    dict(p=VC, s="heard", t="did the sellers say they'd actually walk, or was it more the solicitor pushing?", m="Q"),
    dict(p=VC, s="heard", t="this was our failure, sir, not yours. your instruction was in on time", m="A",
         n="owns the failure and clears the client"),
    dict(p=VC, s="heard", t="I do appreciate how serious this was, sir. however, transfers of that size are routinely "
                            "held for compliance checks", m="", v=["correcting"], n="'however' cancels"),
    dict(p=VC, s="heard", t="I'm sorry for the delay, sir, and I'll make sure the fee is reversed", m="EO",
         n="topic-only apology; no time, so no commitment"),
    dict(p=VC, s="options", t="given that your completion almost fell over on our account, I'd reverse the fees, give you a "
                              "named senior banker on a direct line, and put your transfers on same-day from now on. may "
                              "I set all that in motion?", m="AOIQ", n="restatement as the reason"),
    dict(p=VC, s="options", t="the fee can be reversed, sir, if you wish. shall I?", m="OIQ", n="remedy merely named"),
    dict(p=VC, s="commitment", t="the fee reversal went through this afternoon, and ms okafor, your senior banker, will call "
                                 "you at ten tomorrow to give you her direct line", m="OC"),
    dict(p=VC, s="heard", t="sir, I hear you, but I must ask you to moderate your language", m="", v=["calm_down"],
         n="'but' cancels"),
    dict(p=VC, s="heard", t="I hear you, sir, and I'm sorry. the cut-off for same-day is two o'clock, the system simply "
                            "won't release anything after that", m="AE", v=["policy"],
         n="no contrastive connective: acknowledge and apology stand beside the policy wall (rule 2)"),
    dict(p=VC, s="heard", t="I'm sorry you feel the bank has let you down, sir", m="", v=["non_apology"]),
    dict(p=VC, s="close", t="thank you for staying with us, sir. ms okafor will call at ten tomorrow as promised", m="CG"),
    dict(p=VC, s="heard", t="if you'd rather take your business to Sterling and Marsh, sir, that's entirely your decision",
         m="", v=["threat_back"]),
    dict(p=VC, s="heard", t="I'm so sorry to hear about the property, sir. it sounds like it very nearly cost you the house",
         m="AE", n="the apology names the topic, but the second sentence says back what nearly happened"),
    dict(p=VC, s="heard", t="well, I'd note the instruction reached us at four fifteen, after the cut-off", m="",
         v=["accusation", "correcting"], n="rule 10"),
    dict(p=VC, s="options", t="I'll waive every fee on your accounts for the next five years, sir, consider it done", m="O",
         v=["over_promise"]),
    dict(p=VC, s="options", t="you heard it from the other side's solicitor before you heard it from us, so I'm giving you "
                              "a named banker with a direct line, so next time you hear it from us first", m="AO",
         n="restatement as the reason; no time"),
    dict(p=VC, s="heard", t="I understand, sir. completely.", m="A", n="bare sincere 'I understand' (rule 1)"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="right, I get it, what's the serial on it", m="Q", v=["premature_details"],
         n="rule 13"),
    dict(p=FT, s="heard", t="I'm really sorry. it's been fixed, it's broken, it's been fixed again, it's broken again, and "
                            "the supervisor who was meant to ring you back by tuesday never did. I'd have run out of "
                            "patience long before now", m="AE"),
    dict(p=FT, s="heard", t="three kids and the washer dead? for the second time? oh that's grim", m="AE",
         n="echo of disbelief, rhetorical: no question"),
    dict(p=FT, s="heard", t="how long's it been out of action this time? have you been able to get to a launderette?",
         m="Q"),
    dict(p=FT, s="heard", t="you've done nothing wrong with it kelly. we fixed it badly, twice, and then we didn't ring you. "
                            "that's all on us", m="A", n="clears her and owns it"),
    dict(p=FT, s="heard", t="I'm sorry, but it might be worth checking you're not overloading it, that's usually what does "
                            "the pump in", m="", v=["correcting"], n="'but' cancels the apology"),
    dict(p=FT, s="options", t="seeing as it's packed in twice after being fixed, I don't want to put you through a third "
                              "repair. I can swap it for a new one, same model, and stick two more years of warranty on top. "
                              "would that suit?", m="AOIQ", n="restatement as the reason"),
    dict(p=FT, s="options", t="it's either a new machine, same model, or our top engineer round before friday", m="O",
         n="remedies named; no question"),
    dict(p=FT, s="commitment", t="done, our most senior engineer is yours thursday, first call of the day, with a loan machine "
                                 "in the van. I'll phone you wednesday, four at the latest, to check nothing's moved",
         m="OC"),
    dict(p=FT, s="heard", t="I hear you. honestly, I do. the callback not happening is the bit I'd be angriest about too",
         m="AE"),
    dict(p=FT, s="heard", t="yeah look I hear you but these machines do break, it's not unusual", m="",
         v=["dismissal"], n="'but' into minimising"),
    dict(p=FT, s="heard", t="the supervisor should of called you, that's the callback team dropping it, not me", m="",
         v=["blame"], n="'should of' mis-hearing"),
    dict(p=FT, s="options", t="I'll get you the newer model with the bigger drum, no charge, it's the least you deserve "
                              "after all this", m="O", v=["over_promise"]),
    dict(p=FT, s="heard", t="sorry it's packed up on you again", m="E",
         n="sorry + the bare event, like the original's 'sorry it's gone missing': empathise only"),
    dict(p=FT, s="heard", t="I'm sorry you've spent since monday waiting by the phone for a supervisor who never "
                            "rang", m="AE", n="rule 14: 'sorry you've' + what she went through"),
    dict(p=FT, s="close", t="thank you so much for giving us one more go, kelly", m="G"),
    dict(p=FT, s="heard", t="kelly, I'm trying to help you here, I'm not a punchbag", m="", v=["insult"]),
    dict(p=FT, s="heard", t="I'm sorry, kelly. that's rotten. can I just check, is it the same fault as last time, the "
                            "leaking?", m="EQ", n="sincere but topic-less apology; a real question"),
    dict(p=FT, s="heard", t="can't say I blame you for wanting your money back. two repairs and a phone call that "
                            "never came", m="AE"),
    dict(p=FT, s="heard", t="you're saying it broke twice, but the engineer's report says it was working when he left",
         m="", v=["accusation", "doubt"]),
    dict(p=FT, s="commitment", t="I'm sorry it's taken us this long. the replacement's on order, it'll be with you monday "
                                 "morning, and the old one goes back on the same van", m="EOC",
         n="'sorry it's taken us this long' names no event (cf the original's 'sorry it's taken this long'): "
           "empathise only"),
    dict(p=FT, s="options", t="if it really has broken twice then I can send our most senior engineer round before the "
                              "weekend", m="O",
         v=["doubt"], n="looks like a restated reason for the offer, but 'if it really has' doubts her"),
    dict(p=FT, s="heard", t="I'm really sorry, you were promised a supervisor would call and nobody did. honestly the "
                            "callback lot are a shambles", m="AE", v=["blame"],
         n="no connective: the apology and its restatement stand beside the blame"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="mm-hm", m=""),
    dict(p=BE, s="vent", t="I understand, can I take your postcode please", m="Q", v=["premature_details"],
         n="rule 13"),
    dict(p=BE, s="heard", t="I'm so sorry about the charges", m="E", n="topic only"),
    dict(p=BE, s="heard", t="oh margaret. so you'd cancelled, we charged you twice regardless, it's put your account "
                            "overdrawn, and then chat told you last week it was sorted when it wasn't. I'm so sorry",
         m="AE"),
    dict(p=BE, s="heard", t="after you'd already cancelled? and then a second time? oh margaret, that's dreadful", m="AE",
         n="echo, rhetorical"),
    dict(p=BE, s="heard", t="when the chat team said it was fixed, did you get a reference off them, or anything in writing?",
         m="Q"),
    dict(p=BE, s="heard", t="you did everything you were meant to do. the mistake is ours from start to finish", m="A",
         n="clears her and owns it"),
    dict(p=BE, s="heard", t="I'm sorry for the trouble, though the payment was taken before the cancellation had processed",
         m="", v=["correcting"], n="'though' cancels the apology"),
    dict(p=BE, s="options", t="you shouldn't be paying bank charges for our mistake, so I'll refund both payments and pay "
                              "back what the bank took off you. shall I put it back on the same card?", m="AOIQ",
         n="restatement as the reason; no time"),
    dict(p=BE, s="options", t="I can refund the charges", m="O", n="remedy merely named"),
    dict(p=BE, s="commitment", t="both refunds go back to your card today, and I'll post you a letter confirming the "
                                 "subscription's closed, it'll go out first class tomorrow", m="OC"),
    dict(p=BE, s="heard", t="I understand, margaret, but the overdraft fee is between you and your bank, there's nothing I "
                            "can do about that one", m="", v=["dismissal"], n="'but' cancels"),
    dict(p=BE, s="heard", t="I hear you margaret, I really do, and I'm sorry. you'll have to email billing with a copy of "
                            "your statement though", m="", v=["policy"],
         n="contrastive 'though' makes the wall the point and cancels what came before (cf the original's '…to be "
           "fair though, the terms…'); borderline"),
    dict(p=BE, s="heard", t="I'm sorry you've been charged twice and then had to chase us again after chat told you it was "
                            "fixed", m="AE", n="rule 14"),
    dict(p=BE, s="close", t="thank you for being so gracious about it, margaret. you've had every reason not to be",
         m="EG", n="validates her right to be angry (cf 'you'd have every right')"),
    dict(p=BE, s="options", t="I'll refund both and give you three months free for the bother", m="O",
         v=["over_promise"]),
    dict(p=BE, s="heard", t="according to our records the cancellation came in on the tenth, not the eighth", m="",
         v=["accusation", "correcting"], n="rule 10"),
    dict(p=BE, s="heard", t="I'm so sorry to hear that. could you spell your surname for me?", m="EQ",
         n="topic-less apology: empathise; a details request at heard is a question, not premature"),
    dict(p=BE, s="heard", t="on your pension as well. and then the bank charging you on top of our mess. I'm sorry",
         m="AE"),
    dict(p=BE, s="heard", t="I understand you're cross, but there's no need to take that tone with me", m="",
         v=["calm_down"], n="'but' cancels"),
    dict(p=BE, s="commitment", t="I've put both refunds through while we've been talking and the overdraft fee's going back "
                                 "to you by friday. thank you for bearing with me", m="OCG"),
    dict(p=BE, s="heard", t="I'm sorry you're upset about the charges, margaret", m="", v=["non_apology"],
         n="rule 7: 'sorry you're upset'"),
    dict(p=BE, s="heard", t="if you're going to talk to me like that, margaret, I'll just pop you back in the queue", m="",
         v=["threat_back"]),
    dict(p=BE, s="options", t="since you didn't read the cancellation terms properly, I'll refund it as a one-off", m="O",
         v=["correcting"], n="looks like a reason given for the offer, but the reason corrects her"),

    # --- generic ---
    dict(p=None, s="heard", t="I'm sorry. you were told twice it'd be there by friday, it wasn't, and nobody rang to say "
                              "so. that's not okay", m="AE"),
    dict(p=None, s="heard", t="cut off twice? while you were on hold? that's maddening", m="AE", n="echo, rhetorical"),
    dict(p=None, s="heard", t="what happened when you rang back the second time?", m="Q"),
    dict(p=None, s="heard", t="that one's on us, I'm not going to pretend otherwise", m="A", n="owning phrase"),
    dict(p=None, s="heard", t="none of this is on you, you've done everything right", m="A", n="clears the customer"),
    dict(p=None, s="heard", t="yeah, I hear you, I hear you. name on the account?", m="Q", n="rule 13"),
    dict(p=None, s="heard", t="I understand. and I am sorry. that said, you really should've kept the receipt", m="",
         v=["correcting"], n="'that said' is contrastive like 'though': cancels both"),
    dict(p=None, s="heard", t="I'm sorry it's been such a slog. you'll need to go through the online form, it's the only "
                              "way in", m="E", v=["policy"], n="no connective: the apology stands beside the wall"),
    dict(p=None, s="options", t="because you've now waited three weeks for it, I'll send the replacement out next-day at no "
                                "charge. does that help?", m="AOIQ", n="restatement as the reason"),
    dict(p=None, s="commitment", t="I'll ring you back by twelve tomorrow with an answer either way", m="C"),
    dict(p=None, s="close", t="is there anything else at all I can help with today?", m="Q", n="ending check (rule 6)"),
    dict(p=None, s=None, t="I'm sorry for your trouble", m="E"),
    dict(p=None, s=None, t="honestly, mistakes happen, it's not the end of the world", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="I understand you're angry, but if you swear at me one more time I will end this call", m="",
         v=["threat_back"], n="'but' cancels"),
    dict(p=None, s="heard", t="I get why you're angry, I really do, and I'm not going to argue with you about it", m="AE",
         n="rule 1: 'I can see why you're upset' type"),
    dict(p=None, s="vent", t="sorry, who am I speaking to?", m="Q", v=["premature_details"],
         n="name asked while venting; 'sorry' is politeness"),
    dict(p=None, s="heard", t="I'm sorry if we've fallen short", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="you shouldn't have had to ring four times before somebody listened. I'm listening now",
         m="A"),
    dict(p=None, s="close", t="thanks for your patience, genuinely", m="G"),
    dict(p=None, s=None, t="let me take ownership of this for you", m="",
         n="on-their-side phrase: owns the task, not the failure; no mark (cf 'let me be the one to sort this out')"),
    dict(p=None, s="heard", t="honestly that's our mess, not yours, and I'm sorry you got caught up in it", m="AE"),
    dict(p=None, s="heard", t="yes, I heard you the first time", m="", v=["insult"],
         n="'heard you' said back in irritation: not acknowledge"),
    dict(p=None, s="heard", t="I can see how it might look that way from where you're sitting", m="", v=["doubt"],
         n="sounds like acknowledgement but questions how they read it"),
    dict(p=None, s="heard", t="I'm sorry, but I can't give you all of it back. what I can do is refund the delivery and "
                              "post you another one", m="O", n="'sorry' apologises for a refusal; honest limit, no violation"),
    dict(p=None, s="options", t="I completely understand, but a full refund isn't something I'm able to authorise. what I "
                                "can do is credit the delivery charge today", m="AO",
         n="'but' leads into an honest limit and help: acknowledge stands (rules 2, 11); 'I can … today' is an offer"),
    dict(p=None, s=None, t="calm down, it's not that deep", m="", v=["calm_down", "dismissal"]),
    dict(p=None, s="heard", t="it's not your fault, it's the warehouse's, they're hopeless", m="A", v=["blame"],
         n="clearing the customer acknowledges (rule 14) and, with no connective, stands beside the blame (rule 2)"),
    dict(p=None, s="options", t="I hear you, you've waited long enough. I'll put a twenty pound credit on your account right "
                                "now, and would you like the replacement sent next day as well?", m="AOCIQ"),
    dict(p=None, s="commitment", t="I'm really sorry for all this. I've passed it to my team leader and she'll ring you "
                                   "before three today", m="EC", n="topic-only apology; escalation alone is no option"),
    dict(p=None, s=None, t="um I know, it's been three weeks and nobody's sorted it. that's not right", m="A"),
]

write_batch(ITEMS, "fd", Path(__file__).with_name("replies_extra159.jsonl"))
