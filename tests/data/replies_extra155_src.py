"""Source of `replies_extra155.jsonl`: batch 155, in the original set's style (tune split only).

Written by hand one reply at a time, in the style of the original set, learned from a copy of its
tune part alone, without reading the judge's code or any other labelled batch. Its theme is a fresh
cross-section: the original set's own mix of personas, stages, marks and violation kinds (about a
third of replies carry a violation, about a quarter are good replies with three or more marks, a few
carry no mark at all), in entirely new wordings and situations. Most replies are styled as messy
Whisper transcripts: lowercase, little or no punctuation, fillers, false starts, run-ons and
mis-hearings ("your" for "you're", "should of", "shouldnt of", "technitions"). Example wordings: "so
hang on you booked the eight till twelve you sat in the whole morning and no one turned up",
"did you definitely book overnight though", "ok I hear you I hear you so whats the order number",
"*sighs* right okay sir", "and ill chuck in six months free as a goodwill gesture on top". Hard negatives
sit beside the faults: back-channels, honest limits, the agent's own frustration, vague promises,
a "sorry" that is only politeness, and "I hear you" said straight into a request for details.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra155.jsonl next to it (ids ez0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="mm-hm",
         m="", n="back-channel while she vents"),
    dict(p=MT, s="vent", t="ok so um before you carry on can i get the um the account holders name and the postcode",
         m="Q", v=["premature_details"]),
    dict(p=MT, s="vent", t="oh no thats- thats not on at all. sorry. carry on",
         m="E", n="sincere sympathy while letting her vent; 'carry on' is a back-channel"),
    dict(p=MT, s="heard",
         t="so hang on you booked the eight till twelve you sat in the whole morning and no one turned up and "
           "nobody even rang you and thats happened twice",
         m="A", n="repeat-back without a question mark or feeling word"),
    dict(p=MT, s="heard",
         t="god I would be fuming honestly. two mornings off work for nothing. im really sorry bernadette",
         m="AE"),
    dict(p=MT, s="heard",
         t="sorry about that bernadette but um our windows are actually eight till six on the booking "
           "confirmation so technically they werent late as such",
         m="", v=["correcting"], n="'sorry ... but' into correcting: the apology is cancelled"),
    dict(p=MT, s="heard",
         t="two days off work is a lot. are you paid by the hour then is that- like did you lose money both "
           "days",
         m="AQ"),
    dict(p=MT, s="heard",
         t="the technitions are all subcontracted to be fair so its really their scheduling thats gone wrong "
           "not ours. but ill get the installation fee waived for you",
         m="O", v=["blame"], n="'technitions' mis-hearing; the offer after 'but' follows the violation and stands"),
    dict(p=MT, s="options",
         t="right ok so I cant give you all your money back im not gonna pretend I can, but what I can do is "
           "take the installation fee off completely put a months credit on your account and book you in for "
           "eight am first slot so your not sat waiting. would that do it",
         m="OIQ", n="honest limit, not a policy wall; 'your' for 'you're'"),
    dict(p=MT, s="options", t="ill refund the lot and pay you for both the days you lost at work yeah no problem",
         m="O", v=["over_promise"]),
    dict(p=MT, s="commitment",
         t="thank you for your patience with me. thats booked, eight am tuesday first job of the day, and the "
           "installation fees gone. ill text the confirmation over in the next five minutes",
         m="OCG"),
    dict(p=MT, s="heard", t="yeah I hear ya but theres nothing I can do about the engineers diary",
         m="", v=["dismissal"], n="'but' into dismissal cancels the 'I hear ya'"),
    dict(p=MT, s="heard", t="if you keep talking to me like that im gonna have to end the call",
         m="", v=["threat_back"]),
    dict(p=MT, s="close",
         t="thanks for bearing with me today bernadette. your credits on and youve got the 8am slot on "
           "thursday, ill give you a ring wednesday teatime just to double check its all still going ahead",
         m="OCG", n="confirming the rebooked slot is a remedy; the Wednesday call is the commitment"),
    dict(p=MT, s="heard", t="sorry if the engineer not turning up has caused you any hassle",
         m="", v=["non_apology"]),
    dict(p=MT, s="heard",
         t="thank you for uh for sticking with us through two no shows honestly a lot of people would have "
           "walked by now",
         m="AG", n="'two no shows' names what happened"),
    dict(p=MT, s="heard",
         t="and did they um did the engineer or anyone text you at all on either day or was it just complete "
           "silence",
         m="Q", n="asks what happened to her; not doubting her"),
    dict(p=MT, s="options",
         t="how about this uh ill waive the install fee and you pick the day, whatever day is easiest for you "
           "to be home, and its the eight am slot",
         m="OI", n="imperative invitation 'you pick the day': asks_input without a question"),
    dict(p=MT, s="options",
         t="honestly thats not good enough from us, two days wages gone and not even a phone call im so "
           "sorry. let me get you the eight am slot first job any day you like this week, which day suits",
         m="AEOIQ"),
    dict(p=MT, s="commitment",
         t="im so sorry again. im putting the credit on now as we speak and um a supervisor from field ops "
           "will call you before six tonight with the engineers name",
         m="EOC"),
    dict(p=MT, s="heard",
         t="honestly bernadette thats on us two wasted mornings. ill get the install fee taken off today and "
           "ring you back at three with a proper slot",
         m="AOC"),
    dict(p=MT, s="heard", t="wow ok someones in a mood today", m="", v=["insult"]),
    dict(p=MT, s="heard", t="the installation fee is non refundable once the booking's made im afraid thats policy",
         m="", v=["policy"]),
    # --- lost-express ---
    dict(p=LE, s="vent", t="right ok", m=""),
    dict(p=LE, s="vent", t="oh no thats awful. whats the tracking number on it", m="EQ", v=["premature_details"]),
    dict(p=LE, s="vent", t="oh mate thats- thats a nightmare im sorry. keep going", m="E"),
    dict(p=LE, s="heard",
         t="so it was a compressor and a control board going out to your restaurant client, youd paid for the "
           "overnight service and the tracking hasnt moved since we collected it",
         m="A"),
    dict(p=LE, s="heard",
         t="so your restaurant lot are sat there with no fridge running is that it. how long can they hold "
           "out like that",
         m="AQ", n="check-back plus a real question about the impact"),
    dict(p=LE, s="heard", t="parcels go missing every day mate its one of those things", m="", v=["dismissal"]),
    dict(p=LE, s="heard", t="did you definitely book overnight though cause a lot of people pick standard by mistake",
         m="", v=["doubt"], n="rhetorical: doubts his account, not a real question"),
    dict(p=LE, s="options",
         t="ok im really sorry about this. so um I can give you your express fee back, get the lost one "
           "traced and get new parts couriered out to the restaurant same day at our expense. does that help "
           "you out with them",
         m="EOIQ"),
    dict(p=LE, s="options",
         t="we'll pay for every job you lose off the back of this no question just send us the invoices",
         m="O", v=["over_promise"]),
    dict(p=LE, s="commitment",
         t="the trace is logged, the reference will be emailed over to you within ten minutes, and the "
           "courier's collecting the replacement from the warehouse by one",
         m="OC"),
    dict(p=LE, s="heard", t="look the depots the one that lost it not us we just take the bookings",
         m="", v=["blame"]),
    dict(p=LE, s="heard", t="I get it, its you that looks bad in front of the restaurant, not us", m="A"),
    dict(p=LE, s="heard", t="uh huh yeah no, sorry that you feel let down by the service", m="", v=["non_apology"]),
    dict(p=LE, s="heard",
         t="thank you for ringing us so quick honestly the sooner the trace goes in the better chance weve got",
         m="G"),
    dict(p=LE, s="options",
         t="I cant do the lost business side im being straight with you there but the express fee back and "
           "new parts out by courier same day, both of those I can do. which do you want me to start on first",
         m="OIQ"),
    dict(p=LE, s="heard",
         t="so for the record the liability limit on the goods was in the terms you accepted at booking",
         m="", v=["accusation", "correcting"]),
    dict(p=LE, s="close",
         t="brilliant so thats the fee back on your card and the courier's picking up at two. thanks marcus "
           "really appreciate you bearing with us",
         m="OCG"),
    dict(p=LE, s="heard", t="woah woah theres no need for language like that", m="", v=["calm_down"]),
    dict(p=LE, s="heard", t="honestly id be gutted too. you paid extra so itd get there and its just vanished",
         m="AE"),
    dict(p=LE, s="commitment",
         t="I know your clients waiting so im gonna ring the depot manager myself right after this call and "
           "youll hear back from me before three whatever they say",
         m="AC"),
    dict(p=LE, s="options",
         t="do you wanna uh do you want the parts going straight to the restaurant or back to your unit first",
         m="OIQ", n="false start; choice of where to send the replacement"),
    dict(p=LE, s="heard",
         t="so nothing on the tracking since it left your unit, your restaurant clients waiting and your the "
           "one getting it in the neck. im really sorry. what have you had to tell them",
         m="AEQ", n="'your' for 'you're'"),
    dict(p=LE, s="commitment", t="ill chase it up and get back to you soon as",
         m="", n="promise without a time: not a commitment"),
    dict(p=LE, s="heard",
         t="im so sorry marcus. you paid the extra for overnight, and your customers been left with nothing, "
           "thats on us. shall I ring the restaurant myself and explain",
         m="AEOIQ", n="offer to call his client counts as a remedy, as in the original set"),
    # --- escalated-exec ---
    dict(p=EE, s="vent", t="I see ok", m=""),
    dict(p=EE, s="vent", t="before we get into it can you give me your contract reference",
         m="Q", v=["premature_details"]),
    dict(p=EE, s="heard",
         t="so thats three outages this quarter, every one over the SLA, and your warehouses sitting idle "
           "while its down. id be furious eleanor, truly",
         m="AE"),
    dict(p=EE, s="commitment",
         t="thank you for your patience eleanor. the SLA credit for the quarter goes on your account today "
           "and the report'll be with you by the nineteenth",
         m="OCG"),
    dict(p=EE, s="heard",
         t="well if you want to go down the legal route thats your call but our contracts pretty watertight",
         m="", v=["threat_back"]),
    dict(p=EE, s="options",
         t="right so on the table: the service credit for the whole quarter, an account manager whos named "
           "and yours, and a written report on the root cause, id aim for the end of next week. does that "
           "feel like a start",
         m="OIQ", n="a date inside an offer is not yet a commitment"),
    dict(p=EE, s="options",
         t="ill get you released from the contract no penalties and we'll sort out compensation for the "
           "downtime",
         m="O", v=["over_promise"]),
    dict(p=EE, s="commitment",
         t="im sorry it took an email to our CEO to get here. youll have the report on the root cause by "
           "friday the nineteenth, and tom okafor, your account manager, is gonna ring you tomorrow at ten",
         m="AEOC", n="'sorry it took an email to our CEO' names what she had to do (rule 14)"),
    dict(p=EE, s="heard",
         t="how many of your sites were actually stood down during the last one, and for how long roughly",
         m="Q"),
    dict(p=EE, s="heard", t="the outage came from our cloud provider not from our platform itself so",
         m="", v=["blame"]),
    dict(p=EE, s="heard",
         t="i hear you. three times in one quarter is not what you signed up for and its put you in a "
           "horrible position with your own leadership. what do you need to see from me today to take back to "
           "them",
         m="AEIQ"),
    dict(p=EE, s="heard", t="thank you for laying it out so clearly honestly it makes my job a lot easier", m="G"),
    dict(p=EE, s="heard",
         t="thank you for calling eleanor. we're aware there have been some issues and apologies for any "
           "inconvenience to your operation",
         m="G", v=["non_apology"], n="the thanks is sincere and stands; the regret is the stock non-apology"),
    dict(p=EE, s="heard", t="so your position is that we deliberately concealed the outages", m="", v=["accusation"]),
    dict(p=EE, s="close",
         t="ok so we're agreed then. credit for the quarter, tom as your account manager, report by the "
           "nineteenth. thanks for sticking it out with me eleanor I know it wasnt easy",
         m="OCG"),
    dict(p=EE, s="heard", t="what would it take, realistically, for you to feel like you could stay with us", m="IQ"),
    dict(p=EE, s="heard",
         t="um yeah uh so im just on the support desk I dont really have any say over contracts or anything "
           "like that",
         m="", v=["dismissal"]),
    dict(p=EE, s="options",
         t="I cant release you from the contract I want to be upfront about that, but the full SLA credit I "
           "can do, and a report that actually tells you why it keeps happening. would that be useful for "
           "your board",
         m="OIQ", n="honest limit before the offer: not a policy wall"),
    dict(p=EE, s="heard",
         t="that ones on us honestly, we should of rung you the minute it went down not left you to find out "
           "from your floor staff",
         m="A", n="owns the failure; no feeling word or apology; 'should of'"),
    dict(p=EE, s="commitment",
         t="im sorry youve had to go right to the top just to get listened to. im taking this up to our head "
           "of infrastructure now and she'll ring you before five today",
         m="AEC", n="escalation with a time: commitment, not options"),
    dict(p=EE, s="heard", t="oh here we go the lawyer threat again", m="", v=["insult"]),
    dict(p=EE, s="heard", t="eleanor I need you to lower your tone please", m="", v=["calm_down"]),
    # --- vip-client ---
    dict(p=VC, s="vent", t="that sounds incredibly stressful sir please go on", m="E"),
    dict(p=VC, s="vent",
         t="sorry to interrupt sir could I just take your date of birth and the first line of your address "
           "for security",
         m="Q", v=["premature_details"], n="'sorry to interrupt' is politeness"),
    dict(p=VC, s="heard",
         t="right so the wire landed two days late, the completion nearly fell apart, and the first you heard "
           "of it was from the sellers solicitor not from us. thats inexcusable",
         m="A"),
    dict(p=VC, s="heard", t="im so sorry sir, hearing it from the other sides solicitor must have been humiliating",
         m="AE"),
    dict(p=VC, s="heard",
         t="um, our records show the instruction came in after the cut off sir so it wouldnt have gone same "
           "day anyway",
         m="", v=["accusation", "correcting"], n="the customer's error by evidence (rule 10)"),
    dict(p=VC, s="heard", t="if youre that unhappy youre free to take your portfolio somewhere else sir",
         m="", v=["threat_back"]),
    dict(p=VC, s="options",
         t="you shouldnt have been left to hear it from a solicitor. id like to put the transfer fees back "
           "and set you up with a named senior bankers direct number so youre never waiting in a queue again. "
           "would that be acceptable",
         m="AOIQ"),
    dict(p=VC, s="options",
         t="ill refund the fees and we'll cover any extra costs from the delay on the house, legal fees, "
           "whatever they come to",
         m="O", v=["over_promise"]),
    dict(p=VC, s="commitment",
         t="thank you for your patience sir. the fees are reversed as of this afternoon and your relationship "
           "banker, catherine hale, will ring you at nine tomorrow morning with her direct number",
         m="OCG"),
    dict(p=VC, s="heard",
         t="I do apologise sir. large transfers are held for compliance checks its the same for everyone",
         m="E", v=["policy"], n="no 'but': the apology stands beside the wall"),
    dict(p=VC, s="heard", t="did the sellers solicitor give you any warning or did it just come out of nowhere",
         m="Q"),
    dict(p=VC, s="heard", t="*sighs* right okay sir",
         m="", v=["insult"], n="transcribed sigh (rule 12)"),
    dict(p=VC, s="close",
         t="thanks ever so much for your patience mr fairclough. the fees are back in your account as of "
           "today and youve got catherines direct number now, so no more queues",
         m="OCG"),
    dict(p=VC, s="heard", t="well I apologise if you feel our service fell short sir", m="", v=["non_apology"]),
    dict(p=VC, s="options",
         t="I could set up expedited same day processing on all your accounts going forward, and reverse the "
           "fees on this one. or if theres something else you'd rather I look at, tell me",
         m="OI", n="imperative invitation; no question asked"),
    dict(p=VC, s="heard",
         t="youre quite right sir you shouldnt have had to find out from the other side. thank you for "
           "bringing it straight to me",
         m="AG"),
    dict(p=VC, s="heard",
         t="that mustve been an awful two days sir watching the completion date slip away. what did it mean "
           "for you practically",
         m="AEQ"),
    dict(p=VC, s="heard",
         t="honestly if it was my house on the line id have been beside myself. what can I do to start "
           "putting it right",
         m="EIQ"),
    dict(p=VC, s="commitment",
         t="im sorry sir. ive escalated it to the head of payments just now and youll have it in writing from "
           "her by five today",
         m="EC"),
    dict(p=VC, s="heard", t="how is the purchase now sir, has it actually completed or is it still up in the air",
         m="Q"),
    dict(p=VC, s="heard",
         t="I understand sir and Im sorry we left you in the dark. I can reverse both fees today and put "
           "every transfer of yours through the same day desk from now on. shall I go ahead and do that",
         m="AEOIQ", n="'I can ... today' inside a proposal is an offer"),
    # --- failed-twice ---
    dict(p=FT, s="vent", t="oh no with a baby as well. im so sorry", m="E"),
    dict(p=FT, s="vent", t="oh im sorry. whats the serial number on the machine",
         m="EQ", v=["premature_details"], n="sincere apology, then details while she is still venting"),
    dict(p=FT, s="heard",
         t="right so its had the repair, packed up twice since, someone promised you a supervisor would call "
           "within a day and nobody did, and youve got a toddler and a baby and no washer. thats awful im "
           "really sorry",
         m="AE"),
    dict(p=FT, s="heard", t="are you definitely using the right powder cause the non bio stuff can clog the pump",
         m="", v=["doubt", "correcting"]),
    dict(p=FT, s="heard", t="you know the callbacks are handled by a different team so I cant really speak for them",
         m="", v=["dismissal"]),
    dict(p=FT, s="options",
         t="so I can do a brand new machine same model with two years extra warranty on it, or I can send a "
           "senior engineer round this week and leave you a loan machine while he fixes it. which would be "
           "better for you with the little ones",
         m="OIQ", n="'this week' inside a choice: not a commitment"),
    dict(p=FT, s="options",
         t="I know you wanted your money back and honestly id feel the same, but what I can actually do is a "
           "new one same model with two years added on the warranty. would you take that",
         m="AEOIQ", n="'but' leads into help, so the acknowledgement and empathy stand"),
    dict(p=FT, s="commitment",
         t="sorry youve been without it this long kelly. ive ordered the replacement, itll arrive thursday "
           "between eight and twelve and they'll take the old one away on the same visit",
         m="AEOC", n="'sorry you've been without it' names what she went through (rule 14)"),
    dict(p=FT, s="heard",
         t="honestly kelly we dropped the ball on the callback, that ones completely on us, and ill make sure "
           "a supervisor actually rings you by four today",
         m="AC", n="a callback with a time is a commitment, not a remedy (rule 4)"),
    dict(p=FT, s="heard", t="thank you for phoning back I know you shouldnt of had to",
         m="AG", n="'shouldn't of had to' phone back recognises the chasing; 'of' mis-hearing"),
    dict(p=FT, s="heard", t="howve you been managing the washing with the baby, have you been going to a launderette",
         m="Q"),
    dict(p=FT, s="heard", t="so what youre alleging is that our engineer didnt do the job properly",
         m="", v=["accusation"]),
    dict(p=FT, s="heard", t="please dont raise your voice at me im doing my best here", m="", v=["calm_down"]),
    dict(p=FT, s="options",
         t="a replacement with the extended warranty sorts it for good I reckon, do you want me to go ahead",
         m="OIQ"),
    dict(p=FT, s="heard",
         t="I know its just a washing machine to some people but with two little ones thats your whole week "
           "gone",
         m="A", n="'but' leads into recognising her situation, not a violation; no feeling word"),
    dict(p=FT, s="heard", t="I guarantee you this machine will never break down again",
         m="", v=["over_promise"], n="bare guarantee: over_promise without options"),
    dict(p=FT, s="close",
         t="thanks kelly for your patience. the senior engineers coming round wednesday morning with a loan "
           "machine and ill phone friday to check everythings working",
         m="OCG"),
    dict(p=FT, s="heard", t="im not being funny but its a washing machine its not the end of the world",
         m="", v=["insult"], n="rude minimising, labelled like 'you're being a bit dramatic'"),
    dict(p=FT, s="commitment",
         t="I know youve had enough of waiting in so im getting the senior engineer booked in for tomorrow "
           "afternoon right now and youll get a text confirming the slot within ten minutes",
         m="AOC"),
    dict(p=FT, s="heard",
         t="id be at my wits end too honestly, seven months old and its broken down twice. what would help "
           "most right now",
         m="AEIQ"),
    dict(p=FT, s="heard", t="whats annoyed you most, honestly, so I know where to start",
         m="Q", n="asks about her feelings, not her preference among remedies"),
    dict(p=FT, s="heard",
         t="we have to try the repair route first before a replacement even comes into it thats the procedure",
         m="", v=["policy"]),
    # --- billing-error ---
    dict(p=BE, s="vent", t="oh margaret thats horrible on a pension. go on", m="E"),
    dict(p=BE, s="vent", t="whats the email on the account first", m="Q", v=["premature_details"]),
    dict(p=BE, s="heard",
         t="so youd cancelled, then we took payment twice after that, it tipped you overdrawn, and then chat "
           "told you last week it was sorted when it wasnt. im so sorry margaret",
         m="AE"),
    dict(p=BE, s="heard", t="cancellations take up to thirty days to go through its in the ts and cs",
         m="", v=["correcting"]),
    dict(p=BE, s="heard", t="your bank charging you is between you and your bank really not us", m="", v=["blame"]),
    dict(p=BE, s="options",
         t="you did everything right margaret. both charges back to you and the overdraft fee paid back, and "
           "ill send you something in writing to say the subscriptions cancelled. would that put it right",
         m="AOIQ", n="no time given: options, not commitment"),
    dict(p=BE, s="options", t="and ill chuck in six months free as a goodwill gesture on top",
         m="O", v=["over_promise"]),
    dict(p=BE, s="commitment",
         t="really sorry for all this. both refunds are going through now and youll have the cancellation "
           "confirmation by email within the hour",
         m="EOC"),
    dict(p=BE, s="heard", t="id be worried sick seeing that go out of my account", m="E"),
    dict(p=BE, s="heard", t="has it caused any other knock on problems any bills bounced or anything", m="Q"),
    dict(p=BE, s="heard",
         t="thank you for being so patient with us margaret youve had to call more than once and you shouldnt "
           "have",
         m="AG"),
    dict(p=BE, s="heard", t="you sure its us that took it and not some other subscription", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="well you should of rung the bank yourself and asked them to stop it",
         m="", v=["correcting"], n="'should of' mis-hearing"),
    dict(p=BE, s="close",
         t="so thats both charges refunded and the overdraft fee back to you. thank you for calling in "
           "margaret and again im so sorry about the rent",
         m="EOG"),
    dict(p=BE, s="heard",
         t="sorry sorry yeah ive got the cancellation here on screen, youre absolutely right you did cancel",
         m="A", n="'sorry sorry' is a filler while she checks, not an apology"),
    dict(p=BE, s="heard",
         t="honestly the live chat team are useless they shouldnt have told you it was fixed. im so sorry "
           "margaret",
         m="E", v=["blame"], n="apology after the violation stands; it does not make the reply an acknowledgement"),
    dict(p=BE, s="heard", t="sorry for any confusion regarding your account", m="", v=["non_apology"]),
    dict(p=BE, s="options",
         t="im so sorry about this. I can put both payments back now while were talking or if youd rather I "
           "can send a cheque, up to you",
         m="EOI", n="'I can ... now' inside a choice is an offer; 'up to you' invites her preference"),
    dict(p=BE, s="heard", t="right, whats going on with the rent now, is your landlord ok about it", m="Q"),
    dict(p=BE, s="commitment",
         t="thank you margaret. ill call you back at eleven tomorrow morning to make sure the refunds landed",
         m="CG"),
    dict(p=BE, s="commitment",
         t="thats all done margaret, the refunds are on their way and the letter for the bank goes out first "
           "class tonight. thanks for your patience and im sorry it came to this",
         m="EOCG", n="a letter for her bank is the written confirmation she may be given: a remedy"),
    dict(p=BE, s="heard", t="stop stop stop can you just let me talk for a second", m="", v=["calm_down"]),
    dict(p=BE, s="heard", t="if you wanna go to the ombudsman go ahead itll take them months",
         m="", v=["threat_back"]),
    dict(p=BE, s="options",
         t="I cant add anything on top of the refunds margaret thats not something im able to authorise",
         m="", n="honest limit (rule 11): neither policy wall nor options"),
    # --- generic ---
    dict(p=None, s="vent", t="um", m=""),
    dict(p=None, s="vent", t="and then what, after they cut you off",
         m="Q", n="invites more venting; not a details request"),
    dict(p=None, s="heard", t="calm down please I cant understand a word youre saying", m="", v=["calm_down"]),
    dict(p=None, s=None, t="go on then report me see what happens", m="", v=["threat_back"]),
    dict(p=None, s="heard",
         t="so youve been charged, nothings turned up and the last person you spoke to put the phone down on "
           "you. id be seething too. whats the one thing you need sorted first",
         m="AEIQ"),
    dict(p=None, s="heard", t="im really sorry youve had to ring us four times about this",
         m="AE", n="'sorry you've had to' + what happened (rule 14)"),
    dict(p=None, s="heard", t="thats weird thats never happened to anyone else", m="", v=["doubt"]),
    dict(p=None, s="options",
         t="sorry for the hassle. i can refund it or send you a new one out, whichever youd prefer",
         m="EOI"),
    dict(p=None, s="commitment", t="ive put a note on it and ill call you back by twelve tomorrow with an answer",
         m="C"),
    dict(p=None, s="heard", t="what would make this right for you honestly", m="IQ"),
    dict(p=None, s=None, t="no youre entitled to be angry, id be exactly the same", m="E"),
    dict(p=None, s="heard", t="thanks so much for holding while I had a look", m="G"),
    dict(p=None, s="commitment",
         t="right ive logged it as a formal complaint and youll get a call from my team leader before four "
           "today",
         m="C", n="escalation with a time: commitment only"),
    dict(p=None, s="heard",
         t="oh thats rubbish im sorry, two weeks and not one reply to your emails. where do you want me to "
           "start with it",
         m="AEIQ"),
    dict(p=None, s="heard", t="so about this alleged missing payment", m="", v=["accusation"]),
    dict(p=None, s="heard", t="um I mean it says delivered on my screen so", m="", v=["doubt"]),
    dict(p=None, s="heard", t="the system just wont let me override it sorry", m="", v=["policy"]),
    dict(p=None, s="options", t="would you like a replacement sent out or your money back", m="OIQ"),
    dict(p=None, s="commitment",
         t="right the return label will be in your inbox in the next half hour and the refunds processed as "
           "soon as its back with us",
         m="OC"),
    dict(p=None, s="close", t="is there anything else i can help you with today",
         m="Q", n="ending check: a question, not asks_input"),
    dict(p=None, s="heard", t="honestly some customers just like to complain", m="", v=["insult"]),
    dict(p=None, s="heard", t="im sorry that happened, thats not the service you should get from us", m="AE"),
    dict(p=None, s="heard", t="can you walk me through what happened when the driver came", m="Q"),
    dict(p=None, s="heard", t="ok I hear you I hear you so whats the order number",
         m="Q",
         n="'I hear you' said straight into a details request is not acknowledge (rule 13); after venting, "
           "not premature"),
    dict(p=None, s="heard", t="ah well mistakes happen dont they",
         m="", v=["dismissal"], n="'dont they' is a tag, not a question"),
    dict(p=None, s="options",
         t="sorry youve been left chasing this. ill refund the postage today and post a replacement first "
           "class, would that work",
         m="AEOCIQ", n="'I'll ... today' is declared, then checked: options + commitment + asks_input"),
    dict(p=None, s="heard", t="thank you for telling me, genuinely. id rather know so we can fix it", m="G"),
    dict(p=None, s="close",
         t="perfect so the refunds gone through and youll get a confirmation text in a minute or two. thanks "
           "for your patience and apologies again for the back and forth",
         m="EOCG"),
    dict(p=None, s="heard",
         t="right so you ordered it on the third it still hasnt come and youve been told twice its on the "
           "way. can I ask what you need it for",
         m="AQ"),
    dict(p=None, s="heard", t="I get that youre annoyed but youre gonna have to put it in writing to complaints",
         m="", v=["policy"], n="'but' into a policy wall cancels the acknowledgement"),
    dict(p=None, s=None, t="thanks for waiting. ill email you the written summary of all this by end of day", m="CG"),
    dict(p=None, s=None, t="ill look into that for you",
         m="", n="vague promise, no remedy, no time"),
    dict(p=None, s="heard", t="ugh this system drives me up the wall too honestly its so slow",
         m="", n="the agent's own frustration, not empathy"),
]

write_batch(ITEMS, "ez", Path(__file__).with_name("replies_extra155.jsonl"))
