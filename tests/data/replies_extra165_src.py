"""Source of `replies_extra165.jsonl`: batch 165, in the original set's style (tune split only).

Batch 165 was written by hand, one reply at a time, in the style of the original set, learned from a
copy of its tune part alone, without reading the judge's code or any other labelled batch. Its theme
is acknowledgement, both ways: replies that truly restate or name the customer's own trouble ("so
you sat in from eight till twelve, twice, and not one phone call", "none of this is your fault,
it's ours to fix", "I'm sorry you've had to ring us again after being told it was fixed", a
check-back "have I got that right?") beside hard negatives that only look like it: bare apologies
("that's not on. I'm sorry", "I do apologise"), thanks for telling me, asides about the hold music
or the queue, polite commitments with no step or time ("leave it with me, I'll get it sorted"),
"I hear you" said straight into a details request, back-channels, and apologies whose only content
is the key fact ("sorry about the double charge"), which the original marks empathise only. Echoes
of disbelief ("it cut you off twice? while you were on hold?") are labelled as the original labels
its "you waited in all day?": acknowledge when sympathetic, doubt or insult when they turn on the
customer. About half the replies are an ordinary cross-section of the call so the mix stays natural.
Every persona, the generic `None`, and every stage appear; about half are styled like a Whisper
transcript.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
replies_extra165.jsonl next to it (ids fj0001…, split tune).
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # --- missed-technician ---
    dict(p=MT, s="vent", t="mhm... yeah", m="", n="back-channel while she vents"),
    dict(p=MT, s="vent", t="oh no, both times? and nobody even rang you?", m="A",
         n="sympathetic echo of disbelief restating the key facts, labelled like the original's 'you waited in "
           "all day?'; exclamatory, expects no answer, so not a question"),
    dict(p=MT, s="heard", t="so you sat in from eight till twelve, twice, and not one phone call to say he wasn't "
                            "coming. honestly I'd be spitting feathers", m="AE"),
    dict(p=MT, s="heard", t="I'm so sorry about the technician.", m="E",
         n="apology whose only content is the key fact: names nothing she went through (like 'I'm so sorry "
           "it's gone missing'), so empathise only"),
    dict(p=MT, s="heard", t="okay. thanks for explaining it all", m="G",
         n="thanks for telling, nothing restated: gratitude only"),
    dict(p=MT, s="heard", t="you took two days off, unpaid, and not one of us thought to ring you either time. "
                            "that's on us", m="A", n="restates and owns the failure; no apology or feeling"),
    dict(p=MT, s="heard", t="that's not on. I'm sorry", m="E",
         n="bare apology with a verdict: names nothing that happened and does not own it (unlike 'that's on "
           "us'), so empathise only"),
    dict(p=MT, s="heard", t="I hear you I hear you, okay so what's the account number", m="Q",
         n="rule 13: 'I hear you' said straight into a details request is not acknowledgement; after venting, "
           "not premature"),
    dict(p=MT, s="heard", t="I know, the queue's been murder this morning. right, let's get this sorted out for you",
         m="", n="aside about the queue, not her trouble; 'let's get this sorted' is a polite commitment with no "
                 "step or time"),
    dict(p=MT, s="heard", t="you were promised a morning slot, you gave up a mornings pay for it, twice, and nobody "
                            "picked up the phone. your entitled to be angry about that", m="AE",
         n="'your' for 'you're'"),
    dict(p=MT, s="heard", t="can I ask, has your supervisor said anything about the time off?", m="Q"),
    dict(p=MT, s="options", t="okay so a full refund on the install, that's beyond what I can sign off, I won't "
                              "pretend otherwise. but I can wipe the call out charge, stick a months credit on the account and "
                              "book you in at eight am, first on the list, so no more mornings lost. how's that sound?",
         m="OIQ", n="honest limit (rule 11), then an offer"),
    dict(p=MT, s="options", t="look I'll just refund the lot, and cover both days of your wages as well, that's "
                              "only fair", m="O", v=["over_promise"]),
    dict(p=MT, s="options", t="I know you can't lose another morning, so how about a saturday, first slot, and "
                              "I'll take the call-out fee off as well. would that do?", m="AOIQ"),
    dict(p=MT, s="options", t="would an account credit and the installation fee waived go some way, along with an "
                              "eight o'clock slot?", m="OIQ"),
    dict(p=MT, s="options", t="I'm sorry, the wages are one thing I genuinely can't pay out on. the call-out charge "
                              "though, I'll drop that, and you can have the eight o'clock any morning this week. which "
                              "day?",
         m="OIQ", n="'sorry' apologises for the refusal: not empathy"),
    dict(p=MT, s="commitment", t="right, eight am thursday, you're his first job, and you'll get the confirmation "
                                 "text within ten minutes", m="OC"),
    dict(p=MT, s="commitment", t="I'll make sure this gets sorted for you, I promise you that", m="",
         n="polite commitment: no remedy, no time"),
    dict(p=MT, s="heard", t="both times? that's odd. the system's showing he did attempt the visit", m="",
         v=["doubt"], n="echo that turns into doubt with the records ('it says here…'): no acknowledgement"),
    dict(p=MT, s="close", t="that's you booked for eight o'clock tuesday, first slot, and the credit's on your "
                            "account. thanks for hanging in there with us Bernadette", m="OCG",
         n="booking confirmed with a day and time: commitment, as in the original's close replies"),
    dict(p=MT, s="heard", t="I'm really sorry you lost two mornings off work sat waiting for nobody", m="AE",
         n="rule 14: sorry you had to + what she went through"),
    dict(p=MT, s="vent", t="sorry, could I get the postcode quickly so the booking's up on screen", m="Q",
         v=["premature_details"], n="'sorry' is a politeness marker"),
    dict(p=MT, s="heard", t="I get that your angry, but there's no need to take it out on me", m="",
         v=["calm_down"], n="'but' leads into telling her off: cancels the acknowledgement; 'your' mis-hearing"),
    dict(p=MT, s="heard", t="I understand.", m="A", n="rule 1: bare sincere 'I understand'"),
    dict(p=MT, s="heard", t="okay, so you can't lose another morning, and your supervisor's already had words. "
                            "what time of day actually works for you?", m="AIQ"),

    # --- lost-express ---
    dict(p=LE, s="vent", t="right. keep going, I'm getting it all down", m=""),
    dict(p=LE, s="vent", t="sorry to stop you, what's the consignment number", m="Q", v=["premature_details"]),
    dict(p=LE, s="heard", t="so you paid the overnight rate, nothing's scanned since it left your unit, and the "
                            "restaurant's ringing you every hour wanting to know where it is. what a nightmare",
         m="AE", n="'what a nightmare' validates how it feels, like 'that's so frustrating'"),
    dict(p=LE, s="heard", t="I'm sorry the parcel's gone astray", m="E",
         n="apology naming only the key fact, like the original's 'I'm so sorry it's gone missing': empathise, "
           "not acknowledge"),
    dict(p=LE, s="heard", t="thanks for letting me know", m="G", n="thanks for telling, nothing restated"),
    dict(p=LE, s="heard", t="hang on, it's not moved since collection? not once?", m="A",
         n="sympathetic echo of disbelief at our failure: restates the blank tracking (compare 'you waited in "
           "all day?'); no doubt voiced, not a real question"),
    dict(p=LE, s="heard", t="not moved at all? that can't be right, everything gets scanned at the depot", m="",
         v=["doubt"], n="echo that questions his account: doubt, no acknowledgement"),
    dict(p=LE, s="heard", t="a third of your work, riding on one parcel that we lost. I'm so sorry Marcus", m="AE"),
    dict(p=LE, s="options", t="right, here's my thinking. a courier today with a fresh compressor and control board, "
                              "on us, your express money back, and a trace opened on the missing one. want me to set "
                              "that up?", m="OIQ"),
    dict(p=LE, s="options", t="the replacement parts'll be with your client by three this afternoon, guaranteed, "
                              "you have my word on that", m="OC", v=["over_promise"],
         n="guarantees a delivery time the courier controls"),
    dict(p=LE, s="options", t="do you want the replacement going straight to the restaurant, or to you so you can "
                              "fit it yourself?", m="OIQ"),
    dict(p=LE, s="heard", t="honestly that depot's a shambles, it's them that lost it not us", m="", v=["blame"]),
    dict(p=LE, s="heard", t="thank you for telling me they're a third of your business, I hadn't realised they "
                            "mattered that much", m="AG",
         n="thanks that names the fact he shared, as the original's thanks for saying it was for a customer"),
    dict(p=LE, s="commitment", t="the trace is in, the reference is on its way to your inbox now, and the courier's "
                                 "booked to collect from our depot at one", m="OC"),
    dict(p=LE, s="heard", t="parcels go astray sometimes, it happens, it's not the end of the world", m="",
         v=["dismissal"], n="minimising"),
    dict(p=LE, s="heard", t="what have you been able to say to the restaurant so far?", m="Q"),
    dict(p=LE, s="close", t="right, courier's confirmed, trace opened, and your express fee's gone back. anything "
                            "else I can do while I've got you?", m="OQ",
         n="done steps with no time: options only; ending check is a question, not asks_input (rule 6)"),
    dict(p=LE, s="heard", t="thanks for holding on, I know it was a long wait to get through to me", m="AG",
         n="names the wait he went through, as the original's 'I know you've been on hold ages already' does"),
    dict(p=LE, s="heard", t="I hear you, it's gone and your client's fuming, but you'd need to put the claim in "
                            "writing, that's the only way it works", m="", v=["policy"],
         n="'but' into a policy wall cancels the restatement"),
    dict(p=LE, s="heard", t="okay, nothing since it was collected on monday. and you're certain it went as express?",
         m="A", v=["doubt"], n="paraphrase stands (no contrastive connective), then doubt"),
    dict(p=LE, s="heard", t="it was the courier that dropped it. I'm sorry though, and I'll have a replacement out to "
                            "your client today", m="EOC", v=["blame"],
         n="marks after the violation stand (rule 2)"),

    # --- escalated-exec ---
    dict(p=EE, s="vent", t="understood.", m="", n="filler"),
    dict(p=EE, s="heard", t="three outages in one quarter, every one of them a breach, and your warehouses stood idle "
                            "each time. you shouldn't have had to email our chief exec to be heard", m="A"),
    dict(p=EE, s="heard", t="I do apologise, Ms Ashcombe.", m="E", n="bare apology: names nothing"),
    dict(p=EE, s="heard", t="I appreciate you raising it with us", m="G", n="thanks only"),
    dict(p=EE, s="heard", t="I hear what you're saying and I'm taking it seriously", m="A",
         n="sincere generic 'I hear' (rule 1) though it names nothing; the promise has no step or time"),
    dict(p=EE, s="heard", t="three? in this quarter alone?", m="A",
         n="echo of disbelief restating the count, sympathetic; not a real question"),
    dict(p=EE, s="heard", t="so you're alleging that all three breached the SLA", m="", v=["accusation"],
         n="repeat-back framed as an allegation"),
    dict(p=EE, s="heard", t="you went out on a limb for us with your board, and we've left you exposed. I'm genuinely "
                            "sorry for that", m="AE"),
    dict(p=EE, s="options", t="three things I can put in place. the quarter's SLA credit applied in full, one named "
                              "person who owns your account, and a written root-cause analysis with a date I'll stand "
                              "behind. is that a basis we can work from?",
         m="OIQ"),
    dict(p=EE, s="options", t="if you decide to leave I'll waive the early termination penalty, you have my word",
         m="O", v=["over_promise"], n="releasing her from the contract is beyond what may be offered"),
    dict(p=EE, s="options", t="so, the quarter's service credit, an account lead with your name on their desk, and "
                              "a root-cause write-up. I'd rather you told me what's missing from that than I guess", m="OI",
         n="imperative invitation for her view, no question"),
    dict(p=EE, s="commitment", t="Tom Hale's looking after your account from today, he'll ring you before five, and "
                                 "the root-cause document lands with you on the twenty first", m="OC"),
    dict(p=EE, s="heard", t="we regret any disruption this may have caused to your operation", m="",
         v=["non_apology"]),
    dict(p=EE, s="heard", t="strictly speaking the second one was planned maintenance, so it doesn't count against "
                            "the SLA", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="that's on us. all three of them.", m="A",
         n="owns the failure in so many words (rule 14); no apology, so no empathy"),
    dict(p=EE, s="heard", t="what would you need to walk into your board with?", m="IQ"),
    dict(p=EE, s="commitment", t="I'll dig into it personally and come back to you", m="",
         n="polite commitment without a time"),
    dict(p=EE, s="commitment", t="I'll come back to you myself by nine tomorrow with the full incident timeline",
         m="C"),
    dict(p=EE, s="heard", t="if you want to take it to your lawyers that's your call, we'll defend it", m="",
         v=["threat_back"]),
    dict(p=EE, s="close", t="I appreciate your candour today, Eleanor. I'll send a written summary of everything "
                            "we've agreed by close of play.", m="CG"),
    dict(p=EE, s="heard", t="let me check I've understood. this is the third one this quarter and each time the warehouse "
                            "couldn't ship, correct?", m="AQ", n="check-back question"),
    dict(p=EE, s="heard", t="I can hear the board's breathing down your neck on this, and I'd be feeling it too",
         m="AE"),
    dict(p=EE, s="heard", t="um, yeah, I- I get why you're cross, though to be honest three outages in a quarter "
                            "isn't unusual for any provider", m="", v=["dismissal"],
         n="'though' leads into minimising: cancels the acknowledgement"),

    # --- vip-client ---
    dict(p=VC, s="vent", t="Of course, Mr Fairclough. Please, go on.", m=""),
    dict(p=VC, s="vent", t="I'll need to run through security first, may I have your date of birth", m="Q",
         v=["premature_details"]),
    dict(p=VC, s="heard", t="you heard about it from the seller's solicitor before you heard a word from us. that's a "
                            "failure on our part", m="A"),
    dict(p=VC, s="heard", t="I'm terribly sorry, sir.", m="E", n="bare apology"),
    dict(p=VC, s="heard", t="You're right. It should have been with them on the day.", m="A",
         n="'you're right' + what should have happened"),
    dict(p=VC, s="heard", t="two days late, on a completion? I- god. I'm sorry", m="AE",
         n="echo restating the delay, then a sincere apology"),
    dict(p=VC, s="commitment", t="I understand completely, sir, and I'll make sure it's dealt with", m="A",
         n="sincere 'I understand' (rule 1); the promise has no time or remedy"),
    dict(p=VC, s="heard", t="two days? our same-day wires don't take that long, sir. are you certain of the dates?",
         m="", v=["doubt"], n="disbelieving echo that doubts him; rhetorical"),
    dict(p=VC, s="heard", t="I'm grateful you told me about the cash buyer. I hadn't appreciated how close you came "
                            "to losing the house", m="AG"),
    dict(p=VC, s="options", t="I want to reverse the transfer fees and set you up with a named senior relationship "
                              "banker, with her direct line, so you're never chasing us again. would that be acceptable?",
         m="OIQ"),
    dict(p=VC, s="options", t="I'll waive every fee on your accounts for the next twelve months, no question", m="O",
         v=["over_promise"]),
    dict(p=VC, s="options", t="the fee, yes, that I can reverse, but expedited transfers aren't available on your tier of "
                              "account, those are the rules", m="O", v=["policy"]),
    dict(p=VC, s="commitment", t="the fees come off by four this afternoon, and Catherine Doyle will phone "
                                 "you at ten tomorrow as your dedicated banker", m="OC"),
    dict(p=VC, s="heard", t="I understand, sir, but compliance holds are mandatory, we can't skip them for anyone",
         m="", v=["policy"], n="'but' into a wall cancels the acknowledgement"),
    dict(p=VC, s="heard", t="having to ring the seller and plead with her while we sat on your money. I'd have been "
                            "mortified. I'm so sorry", m="AE"),
    dict(p=VC, s="heard", t="has completion gone through now, or is anything still hanging?", m="Q"),
    dict(p=VC, s="heard", t="with respect sir, shouting at me isn't going to get your money there any quicker", m="",
         v=["calm_down"], n="tells him to stop shouting, like 'there's no need to be rude to me'"),
    dict(p=VC, s="close", t="thank you, sir. I know you could have simply moved everything, and I'm grateful you "
                            "let us try", m="G",
         n="'I know you could have moved everything' names his option, not his trouble: gratitude only"),
    dict(p=VC, s="heard", t="I'm sorry you feel the bank hasn't lived up to your expectations", m="",
         v=["non_apology"]),
    dict(p=VC, s="heard", t="you've good reason to be angry with us, sir. nobody warned you, and somebody should have",
         m="AE"),
    dict(p=VC, s="heard", t="what would it take for you to feel confident keeping your portfolio with us?", m="IQ"),

    # --- failed-twice ---
    dict(p=FT, s="vent", t="mm-hm. yep.", m=""),
    dict(p=FT, s="vent", t="oh Kelly, I'm so sorry. carry on", m="E", n="sincere apology while she vents"),
    dict(p=FT, s="heard", t="so it was repaired, it's packed in twice since, and the supervisor who was meant to ring "
                            "you on monday never did", m="A"),
    dict(p=FT, s="heard", t="the callback. yeah. I'm sorry", m="E",
         n="apology whose only content is the key fact; the original's 'sorry about the callback. that should "
           "never have happened' gets its acknowledgement from the second sentence"),
    dict(p=FT, s="heard", t="twice?! since the repair? oh that's so frustrating", m="AE",
         n="sympathetic echo restating the failures, then validating the feeling"),
    dict(p=FT, s="heard", t="I'm sorry you've been dragging all the washing to the laundrette with a toddler and a "
                            "baby", m="AE", n="rule 14"),
    dict(p=FT, s="heard", t="the supervisor callback is within two working days, so technically it's not overdue yet",
         m="", v=["correcting"]),
    dict(p=FT, s="options", t="so option one, a new machine, same model, warranty stretched by a further two years. "
                              "option two, a senior engineer out this week with a loan machine while he fixes it. which would "
                              "suit you?", m="OIQ", n="times inside a choice: not a commitment"),
    dict(p=FT, s="options", t="I'll get the upgraded model out to you, no charge, and I promise it'll never break "
                              "down on you again", m="O", v=["over_promise"]),
    dict(p=FT, s="options", t="I hear you're after an upgrade. I can't authorise that one, but a new one of the same "
                              "model plus longer warranty, or the senior engineer before friday, either's yours. up "
                              "to you", m="AOI",
         n="choice with an invitation, no question"),
    dict(p=FT, s="options", t="I'm really sorry, an upgrade's above my sign-off, but swapping it for the same model "
                              "with extra warranty, that I can do today. would that work?", m="OIQ",
         n="'sorry' for the refusal; 'I can do today' inside a proposal is an offer, not a commitment"),
    dict(p=FT, s="commitment", t="right, wednesday first thing, senior engineer, and he's bringing a loan machine with "
                                 "him. I'll email it all over to you in the next half hour", m="OC"),
    dict(p=FT, s="commitment", t="leave it with me, I'll get it sorted", m="", n="polite commitment: no step, no time"),
    dict(p=FT, s="heard", t="callbacks are a different team, I wouldn't know anything about that", m="",
         v=["dismissal"]),
    dict(p=FT, s="heard", t="I get it.", m="A", n="rule 1"),
    dict(p=FT, s="heard", t="how are you coping for clean clothes with the little ones?", m="Q"),
    dict(p=FT, s="heard", t="seven months old and it's broken down again, with a baby in the house. no wonder you've "
                            "had enough", m="AE"),
    dict(p=FT, s="heard", t="[exhales] right, okay, anything else", m="Q", v=["insult"],
         n="transcribed exhale (rule 12); curt 'anything else' is still a question, as in the original"),
    dict(p=FT, s="close", t="that's the replacement ordered and your warranty's out to three years now. thanks for not "
                            "giving up on us, Kelly", m="OG", n="done, no time: no commitment"),
    dict(p=FT, s="heard", t="the first engineer was agency, to be honest, and they're always botching these", m="",
         v=["blame"]),
    dict(p=FT, s="heard", t="what would put this right for you, realistically?", m="IQ"),
    dict(p=FT, s="heard", t="nobody rang you monday like they promised, and that's our mess, not yours", m="A",
         n="restates and owns the failure (rule 14)"),

    # --- billing-error ---
    dict(p=BE, s="vent", t="right, go on Mrs Ellison", m=""),
    dict(p=BE, s="vent", t="oh I'm sorry to hear that. could you give me the email you signed up with", m="EQ",
         v=["premature_details"], n="sincere apology, then a details request while she vents"),
    dict(p=BE, s="heard", t="right, let me play it back. you cancelled, two payments went out after that anyway, "
                            "your account dipped into the red and the bank stung you for it, and then chat swore "
                            "last week it was fixed", m="A"),
    dict(p=BE, s="heard", t="sorry about the double charge", m="E",
         n="apology naming only the key fact: empathise, not acknowledge"),
    dict(p=BE, s="heard", t="thank you for telling me about the rent, I didn't know it had bounced", m="AG"),
    dict(p=BE, s="heard", t="nine years with us and this is how we treat you. I'm really sorry", m="AE"),
    dict(p=BE, s="heard", t="twice after cancelling? are you sure it wasn't your final bill and a cancellation charge",
         m="", v=["doubt"], n="echo turned into doubt"),
    dict(p=BE, s="options", t="so, both payments refunded, the overdraft charge covered, and a letter confirming "
                              "the subscription's closed. happy for me to do that?", m="OIQ"),
    dict(p=BE, s="options", t="and let's add three months free on top, for all the trouble", m="O", v=["over_promise"]),
    dict(p=BE, s="options", t="card or bank account, which is easier for the refund to go back to?", m="OIQ"),
    dict(p=BE, s="commitment", t="both refunds are going through now, they'll be back in your account within three "
                                 "working days, and the cancellation letter goes in the post today", m="OC"),
    dict(p=BE, s="heard", t="the chat team would of told you it was being processed, not fixed", m="",
         v=["correcting"], n="corrects her account of the chat; 'would of' mis-hearing"),
    dict(p=BE, s="heard", t="sorry for any confusion over the billing", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="you did exactly what you were meant to, you cancelled, and we've left you out of pocket. "
                            "none of that's on you", m="A", n="restates and clears her (rule 14); no apology"),
    dict(p=BE, s="heard", t="did the bank tell you how much the overdraft charge was?", m="Q"),
    dict(p=BE, s="close", t="is there anything else at all I can help with today?", m="Q",
         n="ending check: question, not asks_input (rule 6)"),
    dict(p=BE, s="heard", t="I'm sorry you've had to ring us again after being told it was fixed", m="AE",
         n="rule 14"),
    dict(p=BE, s="heard", t="Margaret, please, there's no need to get yourself in such a state", m="",
         v=["calm_down"]),
    dict(p=BE, s="commitment", t="I'll get it put right properly this time, Margaret", m="",
         n="polite commitment: no step, no time"),
    dict(p=BE, s="heard", t="on a pension, with the rent bouncing, I can only imagine how worrying that's been",
         m="AE"),
    dict(p=BE, s="heard", t="I do understand, and I'm so sorry. the bank letter has to come to us by post before I "
                            "can touch the overdraft fee, that's the process", m="AE", v=["policy"],
         n="no contrastive connective: the marks stand beside the policy wall (rule 2)"),

    # --- generic ---
    dict(p=None, s="vent", t="mm-hm", m=""),
    dict(p=None, s="heard", t="I hear you, honestly I do", m="A", n="rule 1: sincere, nothing asked after it"),
    dict(p=None, s="heard", t="yep I hear you. name on the account?", m="Q", n="rule 13"),
    dict(p=None, s="heard", t="it cut you off twice? while you were on hold?", m="A",
         n="echo of disbelief restating what happened, like 'you waited in all day?'; exclamatory, not a real "
           "question"),
    dict(p=None, s="heard", t="cut off? that's strange, our lines don't really drop calls", m="", v=["doubt"],
         n="the same echo turned into 'that's strange'"),
    dict(p=None, s="heard", t="I'm sorry.", m="E", n="bare apology"),
    dict(p=None, s="heard", t="thanks for telling me.", m="G", n="thanks only, nothing named"),
    dict(p=None, s="heard", t="I know, the hold music's awful isn't it", m="",
         n="aside about the hold music: names nothing that happened to them (contrast 'I know you've been on "
           "hold ages', which the original marks acknowledge); tag is not a question"),
    dict(p=None, s="heard", t="so you've been cut off twice, you had to start from scratch each time, and you still "
                              "haven't got an answer. I'm sorry", m="AE"),
    dict(p=None, s="heard", t="sorry you've had to explain it all three times over", m="AE", n="rule 14"),
    dict(p=None, s="heard", t="thanks for walking me through that. so the parcel never came, you chased it twice, and "
                              "nobody called you back", m="AG"),
    dict(p=None, s="commitment", t="I'll phone you at quarter to four with whatever I've found", m="C"),
    dict(p=None, s=None, t="okay, I'll have a look into it", m=""),
    dict(p=None, s=None, t="none of this is your fault, it's ours to fix", m="A",
         n="clears the customer and owns it (rule 14)"),
    dict(p=None, s="heard", t="so the refund was promised for monday and it's still not in your account, have I got "
                              "that right?", m="AQ", n="check-back question"),
    dict(p=None, s="options", t="I can either refund it today or send a replacement out tomorrow, it's up to you",
         m="OI", n="choice with an invitation, no question; times inside a choice are not commitments"),
    dict(p=None, s="options", t="would a refund of the delivery charge help at all?", m="OIQ"),
    dict(p=None, s="options", t="I'll give you the whole order free and a fifty pound voucher on top", m="O",
         v=["over_promise"]),
    dict(p=None, s="options", t="I'm sorry, it should never have got this far. I can put the delivery charge back and "
                                "resend it next day, if that works for you", m="AEOI",
         n="'should never have got this far' acknowledges, as 'it should never have happened, I'm sorry' does"),
    dict(p=None, s="options", t="can I run a couple of ideas past you?", m="IQ",
         n="asks permission; no remedy named yet"),
    dict(p=None, s="heard", t="oh here we go", m="", v=["insult"], n="muttered aside"),
    dict(p=None, s="heard", t="that's not something we deal with in this department, you want the returns line",
         m="", v=["dismissal"]),
    dict(p=None, s="heard", t="I understand your frustration, but I can only go by the process", m="", v=["policy"],
         n="'but' into a wall cancels acknowledgement and empathy"),
    dict(p=None, s="heard", t="okay, okay, deep breaths, no need to get worked up", m="", v=["calm_down"]),
    dict(p=None, s="heard", t="any more of that language and I'll end it here", m="", v=["threat_back"]),
    dict(p=None, s="heard", t="that'll be the warehouse, they're always mixing orders up", m="", v=["blame"]),
    dict(p=None, s="heard", t="for the record, you did agree to the delivery window when you booked", m="",
         v=["accusation", "correcting"]),
    dict(p=None, s="close", t="honestly, thanks for putting up with us today", m="G"),
    dict(p=None, s="close", t="the confirmation email will be with you within five minutes, and thanks again for "
                              "hanging on", m="CG"),
    dict(p=None, s="vent", t="wait, sorry, before you carry on can I take the order number", m="Q",
         v=["premature_details"]),
    dict(p=None, s="heard", t="I understand how maddening it is being passed from one person to the next", m="AE",
         n="rule 1: 'I understand how maddening' counts both"),
    dict(p=None, s="heard", t="seriously? you're ringing about this again?", m="", v=["insult"],
         n="hostile echo: answers in kind, restates nothing sympathetically"),
    dict(p=None, s="heard", t="you were promised a call back and it never came, I know", m="A",
         n="key fact restated with 'I know'"),
    dict(p=None, s="commitment", t="I've put the refund through just now, you'll see it in two to three days, and "
                                   "I'll email the receipt within the hour", m="OC"),
    dict(p=None, s="heard", t="okay so um, just so I'm getting this right, you ordered it on the third, it came broken, you sent it "
                              "back like they told you, and you've heard nothing since, not even an email. that's, "
                              "yeah, that's really poor, I'm sorry. what I can do is, um, refund you now or get a new "
                              "one sent out next day, whichever you'd rather", m="AEOI",
         n="choice offered with an invitation, no question; 'now' inside a choice is not a commitment"),
]

write_batch(ITEMS, "fj", Path(__file__).with_name("replies_extra165.jsonl"))
