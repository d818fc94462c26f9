"""Source of `replies_extra24.jsonl`: a twenty-fourth batch of hand-written trainee replies (tune split only).

Written one at a time, after batch 23, by someone who had read only the tune part of
`replies.jsonl` (for style and labelling habits), the label rules in tests/data/README.md and the
persona files; not the held-back part and not the judge's code. It is about faults said the way
real trainees say them, everyday and often subtle: responding in kind (snapping back, sarcasm,
"with respect, you're being…", condescension, "I'm not going to be spoken to like that" said
rudely), blame (on the courier, a colleague, a contractor, the bank, "the system", the customer,
often inside a polite explanation), policy walls (procedure, "the terms", "that's how it works"),
and doubt ("our records show", "it says here it was delivered", "are you sure it wasn't…"), with
a few of every other kind. Faults often sit inside otherwise good replies (an apology and then a
blame; an offer and then a wall), and every mark on them is labelled too. About two fifths are
clean replies that sit close to a fault but are not one by the README rules: honest explanations
that own the failure, an honest limit followed by what can be done, detail checks once the
venting is over, restatements of the customer's own complaint about a third party, lookups that
back the customer up, and limits named kindly. Whisper-style text (lowercase, fillers, false
starts, the odd mis-hearing) mixed with properly punctuated lines. Nothing is generated from a
template. Labels follow tests/data/README.md.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file from
tests/data writes `replies_extra24.jsonl` next to it (ids e0001…, split "tune") and prints
per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # ---------------------------------------------------------------- responding in kind
    dict(p=EE, s="heard", t="with respect, you're being a bit ridiculous now. nobody's lawyering up over a few hours of downtime", m="", v=["insult", "dismissal"], n="'with respect' into rudeness; 'a few hours' minimises"),
    dict(p=LE, s="heard", t="okay well shouting at me isn't gonna make the parcel turn up any quicker is it", m="", v=["insult", "calm_down"], n="sarcastic jab that also tells him to stop shouting; tag is rhetorical"),
    dict(p=BE, s="heard", t="I'm not going to be spoken to like that, alright? I'm not one of your pupils.", m="", v=["insult"], n="boundary said rudely, with a jibe"),
    dict(p=MT, s="heard", t="right and I suppose the broadband not working is my fault as well is it", m="", v=["insult"], n="sarcastic rhetorical question"),
    dict(p=FT, s="heard", t="yep. heard you the first time. and the second", m="", v=["insult"]),
    dict(p=VC, s="heard", t="I'm sorry sir, I didn't realise the whole bank revolved around your house purchase", m="", v=["insult"], n="sarcastic 'sorry': not empathy"),
    dict(p=None, s="heard", t="do you want me to help you or do you just wanna keep yelling at me cause I can't do both", m="", v=["insult"], n="hostile either-or, not a real question"),
    dict(p=EE, s="heard", t="Ms Ashcombe, I've been doing this job for eight years. I think I know what an outage looks like.", m="", v=["insult"], n="condescension"),
    dict(p=LE, s="heard", t="it's a compressor mate, not a kidney, your client'll survive", m="", v=["insult", "dismissal"]),
    dict(p=BE, s="heard", t="oh I'm sure you were a lovely teacher but you don't need to talk down to me", m="", v=["insult"], n="sarcastic compliment into a retort"),
    dict(p=MT, s="heard", t="I'm sorry the technician didn't show, honestly I am. and yes I heard the sarcasm, very funny", m="E", v=["insult"], n="no 'but': the apology stands beside the sarcastic retort"),
    dict(p=EE, s="options", t="I can put the service credit through for the quarter and get you a named account manager. if you'd stop interrupting me for ten seconds I could actually explain it", m="O", v=["insult"], n="offer then snapping"),
    dict(p=LE, s="commitment", t="right, the courier's booked and your express fee's been refunded as of today. happy now?", m="OC", v=["insult"], n="sarcastic 'happy now?' is not a question"),
    dict(p=FT, s="heard", t="honestly? most people would just be grateful it's still under warranty", m="", v=["insult"], n="condescending; the 'honestly?' is not a question"),

    # ---------------------------------------------------------------- blame, blunt and polite
    dict(p=LE, s="heard", t="the express side is run by a partner courier so honestly it's them that's lost it not us", m="", v=["blame"]),
    dict(p=BE, s="heard", t="I'm so sorry about that. the chat team are mostly temps at the minute and they don't always check the billing side", m="E", v=["blame"], n="sincere apology, then blames colleagues; no 'but'"),
    dict(p=VC, s="heard", t="The hold-up was at the receiving bank's end, sir. It cleared our side on the Monday.", m="", v=["blame"]),
    dict(p=MT, s="heard", t="so the installs are all done by a contractor, so when they don't show we're kind of in the dark as much as you are", m="", v=["blame"], n="starts like a restatement but shifts it onto the contractor"),
    dict(p=EE, s="heard", t="the last two were down to our hosting provider, which I know isn't what you want to hear", m="", v=["blame"], n="'I know it isn't what you want to hear' is not empathy"),
    dict(p=BE, s="heard", t="It's your bank that's charged the overdraft fee though, not us.", m="", v=["blame"]),
    dict(p=FT, s="heard", t="to be fair the engineer who did your second repair doesn't actually work for us anymore", m="", v=["blame"]),
    dict(p=LE, s="heard", t="sometimes it's reception at the other end, they sign for stuff and stick it in a back room and forget about it", m="", v=["blame", "doubt"], n="implies it was delivered and the client lost it"),
    dict(p=MT, s="heard", t="what's happened is the booking system auto assigns the slots so it's the system that double booked him, it's not like a person did it", m="", v=["blame"], n="blames 'the system' to take it off the company"),
    dict(p=FT, s="heard", t="that callback would've been down to the supervisor, I honestly don't know why they didn't ring you", m="", v=["blame"]),
    dict(p=EE, s="heard", t="I'm sorry, I really am. your IT team did take quite a while to report the first one to us though", m="", v=["blame"], n="contrastive 'though' leads into blaming the customer's team: apology cancelled"),
    dict(p=VC, s="options", t="I'll reverse the fees this afternoon. In fairness though, if the payments desk had flagged it to us we'd have called you.", m="OC", v=["blame"], n="'though' cancels only acknowledge/empathy; the offer and commitment stand"),
    dict(p=BE, s="options", t="um I'll put both charges back today, and I'm sorry. the chat agent should have escalated it and he didn't, that's him not you", m="EOC", v=["blame"], n="marks before the blame stand (no 'but')"),
    dict(p=LE, s="heard", t="I completely understand how frustrating that is, but the delay's happened at the depot which is out of our hands", m="", v=["blame", "dismissal"], n="'but' into blame cancels the acknowledgement and empathy"),

    # ---------------------------------------------------------------- policy walls
    dict(p=LE, s="heard", t="for a lost parcel I've got to wait the full five working days before I can even open a claim, that's the procedure", m="", v=["policy"]),
    dict(p=BE, s="heard", t="I can't refund it over the phone. You'll need to email billing with a copy of your statement.", m="", v=["policy"]),
    dict(p=MT, s="options", t="refunds on installs aren't something we do, it's in the terms and conditions", m="", v=["policy", "correcting"], n="wall plus 'it's in the terms'"),
    dict(p=EE, s="heard", t="any service credit has to be claimed in writing through your contract portal, I can't raise it from here", m="", v=["policy"]),
    dict(p=VC, s="heard", t="I'm afraid fee reversals go to a committee, sir. I can't just do it on a call, that's the process.", m="", v=["policy"]),
    dict(p=FT, s="heard", t="I understand. the warranty only allows a replacement after three failed repairs though, that's the rule", m="", v=["policy"], n="contrastive 'though' into a wall cancels 'I understand'"),
    dict(p=FT, s="options", t="I'm really sorry it's broken again Kelly. we're only allowed to send a loan machine if the repair's gonna take more than ten days", m="E", v=["policy"], n="apology about the event stands (no 'but'); then a rule"),
    dict(p=MT, s="heard", t="we can't book a specific time, only windows, that's just how the diary works", m="", v=["policy"]),
    dict(p=BE, s="heard", t="it has to go through the disputes team I'm afraid, they're the only ones who can touch refunds", m="", v=["policy", "dismissal"]),
    dict(p=VC, s="heard", t="I hear you, Mr Fairclough. Compliance checks are mandatory on anything that size and I can't change that.", m="A", v=["policy"], n="no contrastive connective: 'I hear you' stands beside the wall"),
    dict(p=EE, s="options", t="I'll get the root cause report to you by Friday the twentieth. the exit terms though are in the MSA, and they are what they are", m="OC", v=["policy"]),
    dict(p=LE, s="options", t="I can refund the express fee. The parts themselves, we go by the liability limit on the consignment note, and that's that I'm afraid.", m="O", v=["policy"], n="the limit is real but said as a wall with nothing after it"),
    dict(p=MT, s="heard", t="I'm sorry you've been left waiting, I know it's awful, but you'll need to rebook online yourself, we can't do it over the phone", m="", v=["policy"], n="'but' into a wall cancels acknowledgement and apology"),

    # ---------------------------------------------------------------- doubting the account
    dict(p=LE, s="heard", t="it's showing as delivered at ten forty two and signed for by a K Patel", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="hmm that's odd, we very rarely get double charges these days", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="Are you sure one of them wasn't just a pending payment that's since dropped off?", m="", v=["doubt"], n="doubting question: not a real question"),
    dict(p=MT, s="heard", t="our records show the technician attended at eleven and got no answer at the door", m="", v=["doubt"]),
    dict(p=EE, s="heard", t="I've got the status dashboard up here and it's green for most of Tuesday", m="", v=["doubt"]),
    dict(p=FT, s="heard", t="really? cause the engineer's notes say it was running fine when he left", m="", v=["doubt"]),
    dict(p=MT, s="heard", t="um and you were definitely in the whole morning, like you didn't pop out at all", m="", v=["doubt"], n="insinuating check on her account, not a real question"),
    dict(p=FT, s="heard", t="I can see a callback attempt logged on Monday at two, did you maybe miss it?", m="", v=["doubt"], n="rhetorical, suggests she missed it"),
    dict(p=BE, s="heard", t="the chat transcript actually says it could take up to ten days, not that it was fixed", m="", v=["doubt", "correcting"]),
    dict(p=LE, s="heard", t="I'm so sorry. the tracking does have it at the restaurant's address on Tuesday though, so it might be worth them having a look round", m="", v=["doubt", "blame"], n="'though' into doubt cancels the apology; then puts it on the client"),
    dict(p=VC, s="options", t="I'll reverse the fees today. it's very unusual though, I've never known a wire sit that long", m="OC", v=["doubt"], n="offer and commitment stand; 'never known it' is doubt"),
    dict(p=FT, s="heard", t="it's quite rare for that model to go twice, to be honest", m="", v=["doubt"]),
    dict(p=BE, s="heard", t="I've only got the one charge on your account, could you have another look at your statement", m="", v=["doubt"], n="request that doubts her, not a detail question"),
    dict(p=EE, s="heard", t="I hear you, and I'm sorry. our uptime for the quarter is still ninety nine point six though", m="", v=["doubt", "correcting"], n="'though' into the violation cancels both marks"),

    # ---------------------------------------------------------------- a few of every other kind
    dict(p=LE, s="heard", t="just so you know for next time, overnight express means next working day, so it wasn't technically late till Monday", m="", v=["correcting"]),
    dict(p=BE, s="heard", t="Technically the cancellation only kicks in at the end of the billing month, which is why you saw the first one.", m="", v=["correcting"]),
    dict(p=EE, s="heard", t="the SLA's measured monthly so strictly speaking the February one didn't breach", m="", v=["correcting"]),
    dict(p=MT, s="heard", t="to be fair the window runs till twelve so it wasn't actually missed till after twelve", m="", v=["correcting"]),
    dict(p=VC, s="heard", t="wires over a certain amount always need a verification call sir, it's in your account agreement", m="", v=["correcting", "policy"]),
    dict(p=FT, s="heard", t="so your allegation is that nobody rang you on Monday", m="", v=["accusation"]),
    dict(p=MT, s="heard", t="for the record, our system shows the engineer did turn up", m="", v=["accusation", "doubt"]),
    dict(p=VC, s="heard", t="You're alleging we didn't notify you at any point.", m="", v=["accusation"]),
    dict(p=None, s="vent", t="okay okay deep breath, let's just take it down a notch", m="", v=["calm_down"]),
    dict(p=FT, s="heard", t="hey hey don't get yourself all worked up, I'll get it sorted", m="", v=["calm_down"], n="promise with no time or remedy"),
    dict(p=VC, s="heard", t="I do understand the delay was serious. I'd just appreciate not being called incompetent every other sentence, sir.", m="A", v=["calm_down"], n="polite rebuke of his tone; no 'but', so the acknowledgement stands"),
    dict(p=BE, s="heard", t="there's really no need for the sarcasm Mrs Ellison, we're both adults here", m="", v=["calm_down", "insult"]),
    dict(p=EE, s="heard", t="go ahead and call your lawyer, our legal team deal with this kind of thing all the time", m="", v=["threat_back"]),
    dict(p=BE, s="heard", t="you can go to the ombudsman if you like, they'll only tell you the same thing", m="", v=["threat_back"]),
    dict(p=None, s="vent", t="carry on like that and you'll be talking to the dial tone", m="", v=["threat_back"]),
    dict(p=MT, s="heard", t="I'm sorry you feel the engineer let you down", m="", v=["non_apology"]),
    dict(p=LE, s="heard", t="Apologies for any inconvenience the delay may have caused you and your client.", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="sorry if it seemed like nobody cared", m="", v=["non_apology"]),
    dict(p=LE, s="heard", t="parcels do go missing sometimes, it's just one of those things", m="", v=["dismissal"]),
    dict(p=VC, s="heard", t="that's one for the payments team really, I can't see transfers from here", m="", v=["dismissal"]),
    dict(p=None, s="heard", t="there's not a lot more I can do today to be honest with you", m="", v=["dismissal"]),
    dict(p=BE, s="options", t="leave the bank to me, I'll get them to take that overdraft fee off", m="O", v=["over_promise"], n="promises what her bank will do"),
    dict(p=FT, s="options", t="and we'll cover what you've spent at the laundromat as well, just send me the receipts", m="O", v=["over_promise"]),
    dict(p=EE, s="commitment", t="I can promise you there won't be a fourth outage", m="", v=["over_promise"]),
    dict(p=LE, s="vent", t="sorry to jump in, have you got the tracking number there", m="Q", v=["premature_details"]),
    dict(p=VC, s="vent", t="mm, and what's the account number sir?", m="Q", v=["premature_details"]),
    dict(p=BE, s="vent", t="I'm so sorry Mrs Ellison. could I just grab your postcode before you go on", m="EQ", v=["premature_details"]),

    # ---------------------------------------------------------------- clean: explanations that own the failure
    dict(p=FT, s="heard", t="The supervisor was meant to call you on Monday and didn't, and there's no excuse for that. I'm sorry.", m="AE"),
    dict(p=VC, s="heard", t="what happened is your wire sat in our own compliance queue for two days and nobody picked up the phone to tell you. that's on us sir", m="A", n="names the internal cause and owns it: not blame"),
    dict(p=BE, s="heard", t="I've found it. our system didn't pick up your cancellation so it billed you twice after you'd cancelled. that's our mistake, nobody else's", m="A", n="'our system' owned, not blamed"),
    dict(p=LE, s="heard", t="it was collected Monday and hasn't been scanned since, which means we've lost it somewhere in our network. I'm really sorry Marcus", m="AE", n="lookup that backs him up: not doubt"),
    dict(p=MT, s="heard", t="so what's happened is um the technician got booked on two jobs at once both times and nobody picked up on it, which is on us, and then nobody rang you which is worse", m="A"),
    dict(p=EE, s="heard", t="The root cause of the last one was a change we pushed ourselves without enough testing. I'm not going to dress it up.", m="A", n="honest explanation owning the failure"),
    dict(p=None, s="heard", t="I won't pass the buck on this, it was our job to get it right and we didn't", m="A"),

    # ---------------------------------------------------------------- clean: honest limit, then what can be done
    dict(p=EE, s="options", t="I can't let you out of the contract, I'd be lying if I said I could. What I can do is the full service credit for the quarter and a named account manager from tomorrow. Is that a starting point?", m="OIQ", n="honest obstacle, not a wall; time inside an offer is not a commitment"),
    dict(p=LE, s="options", t="the parts themselves I- I can only claim up to the standard limit I'll be honest with you, but what I can do is get a courier out to your client today with the replacements at our cost", m="O", n="'but' leads into help"),
    dict(p=FT, s="options", t="I can't do the upgraded model, that's outside what I can authorise. the same model brand new with two years extra warranty, that I can do. shall I set it up?", m="OIQ"),
    dict(p=VC, s="options", t="A call from the chief executive isn't something I can arrange, honestly. What I can give you is a named senior banker with a direct line, someone who'll actually answer.", m="O"),
    dict(p=BE, s="options", t="I can't promise what your bank will do, but I can pay you back the overdraft fee they charged you, so you're not out of pocket for it", m="O", n="honest limit about the bank, not blame"),
    dict(p=MT, s="options", t="lost wages I cant cover im sorry thats not something im allowed to do but um I can waive the install fee put a months credit on and get you the eight o clock slot so your first job", m="O", n="'sorry' for the refusal is not empathy; 'your' for 'you're'"),
    dict(p=LE, s="options", t="I can't tell you exactly when the courier will get there cause they set the times not me. I can book it now and text you the moment it's picked up", m="O", n="offer ('I can … now'), not a commitment; honest limit"),
    dict(p=EE, s="commitment", t="I won't promise you zero downtime, because nobody honestly can. What I will do is have the root cause report with you by Friday the twentieth.", m="OC"),
    dict(p=FT, s="options", t="nobody can promise it'll never break again and I won't pretend they can. a brand new one with two extra years warranty though, that's something I can actually give you", m="O", n="'though' leads into help"),
    dict(p=MT, s="options", t="I can't refund the whole thing, I'm sorry, but I don't want you out of pocket either. I'll waive the installation fee and put a month's credit on today.", m="OC"),
    dict(p=BE, s="options", t="I know you were hoping for something for the trouble, and I get why. I can't add extra on top, but both charges and the overdraft fee, all of that comes back to you", m="AO"),
    dict(p=VC, s="options", t="I'd love to say a year with no fees, but that's not mine to give. reversing the fees on this transfer and switching you to same-day transfers, that I can do today. which would you like me to start with?", m="OIQ", n="limit named kindly; 'today' inside an offer"),
    dict(p=EE, s="heard", t="damages aren't something I can agree on a call like this, I'll be straight with you. I don't want to fob you off either, so tell me what your board needs to see from us", m="I", n="honest limit, then an imperative asking for her input"),

    # ---------------------------------------------------------------- clean: rules and process that help
    dict(p=FT, s="options", t="normally it'd be another repair first but honestly after two goes I'm not putting you through that, I'll just replace it with the same model", m="O", n="mentions the usual process but sets it aside; no time"),
    dict(p=BE, s="options", t="The good news is the rules are on your side here: anything taken after a cancellation comes back in full. I'll refund both today.", m="OC"),
    dict(p=MT, s="options", t="I've checked and you're entitled to the fee being waived, so I've done that as of today, and I'll add a month's credit on top", m="OC"),
    dict(p=VC, s="heard", t="I've been through the process notes and honestly the process failed you here, nobody called when they should have", m="A"),
    dict(p=EE, s="options", t="I'll be honest about how it works, the service credit lands on the next invoice rather than straight away. I'll put it through today so it's definitely on there", m="OC"),
    dict(p=BE, s="commitment", t="right so the refund's going through now um it usually shows in three to five days, and I'll ring you friday to check it's landed", m="OC", n="honest timing, not a wall"),

    # ---------------------------------------------------------------- clean: checking a detail once the venting is over
    dict(p=LE, s="heard", t="could you read me the tracking number off your receipt for me", m="Q"),
    dict(p=BE, s="heard", t="do you remember roughly what day you cancelled it, just so I find the right charges", m="Q", n="detail check after the venting, not doubt"),
    dict(p=MT, s="options", t="what's the best number to get you on, in case the engineer's running early?", m="Q"),
    dict(p=LE, s="commitment", t="and your client's restaurant, is that the address that was on the original order?", m="Q"),
    dict(p=EE, s="heard", t="which of the three hit your warehouses hardest? I want the report to deal with that one properly", m="Q"),
    dict(p=VC, s="heard", t="When did you first hear from the seller's solicitor? Was it the Wednesday?", m="Q"),
    dict(p=FT, s="heard", t="uh when the engineer came the second time did he leave you like a job sheet or anything", m="Q"),
    dict(p=BE, s="commitment", t="and is it still the same account the refund should go back to, the one ending four one nine?", m="Q"),
    dict(p=None, s="heard", t="was it two charges you saw or three", m="Q", n="plain detail question, not 'are you sure'"),

    # ---------------------------------------------------------------- clean: the customer's own complaint about someone else, said back
    dict(p=LE, s="heard", t="so the driver picked it up Monday, nobody's seen it since, and now your client's giving you grief for something we did", m="A"),
    dict(p=BE, s="heard", t="so your bank's charged you an overdraft fee on top and that's all because of our two payments", m="A"),
    dict(p=VC, s="heard", t="And it was the seller's solicitor who told you, not us. That's awful.", m="AE"),
    dict(p=FT, s="heard", t="the engineer told you it was fixed and a week later it packed in again", m="A", n="restates her complaint about the engineer: not blame"),
    dict(p=MT, s="heard", t="so the contractor didnt turn up either time and then no one from our side rang you to say", m="A"),
    dict(p=BE, s="heard", t="so the chap on the chat told you it was all sorted last week, and it wasn't", m="A", n="her complaint about our colleague, said back"),
    dict(p=EE, s="heard", t="and it was your own warehouse staff telling you it was down, while our status page said everything was fine", m="A", n="mentions the status page to back her up, not to doubt her"),

    # ---------------------------------------------------------------- clean: near-misses for the other faults
    dict(p=None, s="heard", t="ha honestly I'd be swearing at me too", m="E"),
    dict(p=BE, s="heard", t="you don't need to apologise for being cross, you've every reason to be", m="E"),
    dict(p=VC, s="heard", t="You've told this story three times now, you shouldn't have to tell it a fourth. I've got it.", m="A"),
    dict(p=EE, s="heard", t="you're not being unreasonable. you were sold a level of service and we haven't delivered it", m="A"),
    dict(p=None, s="vent", t="no go on, take your time, I'm not going anywhere", m="", n="letting them vent; not calm_down"),
    dict(p=BE, s="heard", t="I believe you, and I can see it, two payments on the fifth, both after your cancellation", m="A", n="lookup that confirms her account"),
    dict(p=MT, s="heard", t="It says here both visits were booked eight till twelve and neither one was attended. I'm so sorry.", m="AE", n="'it says here' backing her up, not doubt"),
    dict(p=EE, s="heard", t="our logs say the same as yours, three breaches, so I'm not gonna argue the numbers with you", m="A"),
    dict(p=LE, s="heard", t="I'm not going to blame the courier. you paid us for express, so it's ours to sort", m="A"),
    dict(p=BE, s="heard", t="I'd rather not hide behind the chat team. we told you it was fixed and it wasn't, that's on all of us", m="A"),
    dict(p=VC, s="commitment", t="transfers are handled by a different desk, so I'm going to stay on the line with them right now and get yours flagged as same-day", m="OC", n="names another team without ducking; expedited transfers now"),
    dict(p=MT, s="heard", t="i'm sorry you were sat in all morning waiting for someone who never came. twice", m="AE", n="'sorry you' + the event: sincere"),
    dict(p=FT, s="commitment", t="I'm ordering the replacement now, same model, and you'll have the warranty details by text within the hour", m="OC"),
    dict(p=None, s=None, t="honestly it's not me you want, it's whoever set your account up in the first place", m="", v=["blame", "dismissal"]),
    dict(p=None, s=None, t="that shouldn't have happened to you, and I'm going to find out why", m="A", n="promise with no time: no commitment"),
    dict(p=None, s=None, t="you're right, and I'm not going to argue with you about it", m="A"),
    dict(p=None, s="close", t="thanks for hanging in there with me, I know it's not been a fun call", m="G"),
    dict(p=LE, s="close", t="Thank you for giving us the chance to fix it rather than just going elsewhere. I'll ring you at nine tomorrow with where the trace has got to.", m="GC", n="callback with an update is a commitment, not an option"),
]


if __name__ == "__main__":
    write_batch(ITEMS, "e", Path(__file__).with_name("replies_extra24.jsonl"))
