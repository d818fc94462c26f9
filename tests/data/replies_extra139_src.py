"""Source of `replies_extra139.jsonl`: a fresh cross-section in the original set's style, written from
its tune part only (tune split only).

Batch 139 is one more unseen check of how the judge generalises to new replies written the way the
original labelled set (`replies.jsonl`) is written. Its writer read only the tune part of that set
(its 510 replies, labels and notes), the label definitions and decided rules in README.md, the
method, and the six persona files; not the held-back part, not the judge's code and not its commit
messages, and did not run the judge on these replies. Each reply was written one at a time, as a
different trainee on a different day, in new words and at new moments of the calls (no reply shares a
run of more than four words with a tune reply, beyond stock phrases). The mix follows the original's
own: about a third of replies carry a violation, spread over all twelve kinds, beside
acknowledgements, empathy, offers, commitments, thanks, back-channels and questions, at every stage.
It leans on the failed-twice and billing-error personas and on generic replies (p=None), with the
other four personas in smaller numbers. About half are styled like a Whisper transcript (lowercase,
fillers, false starts, "should of", missing apostrophes), the rest properly punctuated.

Keys: p persona, s stage, t text, m marks (A acknowledge, E empathise, O options, C commitment,
G gratitude, I asks_input, Q question), v violations, n note. Running this file writes
`replies_extra139.jsonl` next to it (ids ej0001…, split "tune") and prints per-label counts.
"""

from __future__ import annotations

from pathlib import Path

from reply_batch import BE, EE, FT, LE, MT, VC, write_batch

ITEMS = [
    # failed-twice: Kelly Brennan, washing machine
    dict(p=FT, s="vent", t="oh no, im so sorry to hear that. could i get your postcode first so i can pull "
         "the machine up", m="EQ", v=["premature_details"],
         n="sincere apology, then details asked while she is still venting"),
    dict(p=FT, s="vent", t="oh gosh, thats rough. sorry, keep going", m="E",
         n="sincere sympathy while letting her vent"),
    dict(p=FT, s="heard", t="So it's only seven months old, it's been repaired, and it's broken down twice since. "
         "And the supervisor who was meant to ring you on Monday never did.", m="A"),
    dict(p=FT, s="heard", t="with a toddler and a baby and no washer for two weeks, honestly i dont know how "
         "youre keeping up. im so sorry", m="AE"),
    dict(p=FT, s="heard", t="nobody called you back when we said they would. we dropped the ball there and "
         "I'm really sorry", m="AE"),
    dict(p=FT, s="heard", t="Those drums are only rated for a certain load. If it's being overfilled, that "
         "would explain the breakdowns.", m="", v=["correcting"], n="implies the customer caused it"),
    dict(p=FT, s="heard", t="i mean its a washing machine, they do break down from time to time", m="",
         v=["dismissal"], n="minimising (rule 9)"),
    dict(p=FT, s="heard", t="honestly the supervisor you spoke to monday should of rung you, thats on him "
         "not me", m="", v=["blame"], n="'should of' mis-hearing; blames another agent"),
    dict(p=FT, s="heard", t="Right, I get that, but nobody can go out until the fault's sat on the system for "
         "forty-eight hours. That's how it works.", m="", v=["policy"],
         n="'but' leads into a policy wall: acknowledgement cancelled"),
    dict(p=FT, s="heard", t="madam can you stop shouting for one second so i can actually look at this", m="",
         v=["calm_down"], n="a demand, not a real question"),
    dict(p=FT, s="heard", t="I'm sorry if the repair wasn't up to your standards.", m="", v=["non_apology"]),
    dict(p=FT, s="heard", t="For the record, you're stating the engineer failed to fix it on two occasions.",
         m="", v=["accusation"], n="repeat-back in court-room framing: not acknowledgement"),
    dict(p=FT, s="options", t="okay so two choices. a brand new one, same model, with the warranty taken out "
         "to two years, or i get our senior engineer round this week and drop a loan machine off so you can "
         "keep on top of the washing. which suits you", m="OIQ",
         n="choice of remedies, no question mark; 'this week' inside a choice is not a commitment"),
    dict(p=FT, s="options", t="I can't do a refund, I'm afraid, that's not something I'm able to sign off. "
         "I can offer a same-model replacement with two more years of warranty on it, though. How does "
         "that sound?", m="OIQ", n="honest obstacle, not a policy wall"),
    dict(p=FT, s="options", t="right, i'll get you the newer model, the upgraded one, no charge, and pay back "
         "what you spent at the laundrette too", m="O", v=["over_promise"],
         n="upgrade and compensation are both beyond what may be offered"),
    dict(p=FT, s="options", t="I promise you, this one won't break down again. You have my word on that.",
         m="", v=["over_promise"], n="bare guarantee: over_promise without options"),
    dict(p=FT, s="options", t="sorry, the warranty only covers repairs, we cant swap machines, thats the "
         "policy", m="", v=["policy"], n="'sorry' for a refusal is not empathy"),
    dict(p=FT, s="commitment", t="ok so our senior engineer is coming thursday between one and five, and "
         "the loan machine gets dropped off tomorrow morning before ten", m="OC"),
    dict(p=FT, s="commitment", t="I'm putting the replacement order through now, and you'll get a delivery "
         "text by six tonight.", m="OC"),
    dict(p=FT, s="commitment", t="i'll chase the supervisor myself and make sure someone calls you, um, yeah",
         m="", n="promise with no time: no commitment; a callback is not a remedy"),
    dict(p=FT, s="close", t="thats everything set up, new machine comes saturday morning. thanks so much for "
         "sticking with us kelly, honestly", m="OCG", n="confirms the replacement with a day"),
    dict(p=FT, s="heard", t="Thanks for being honest about that. How many trips to the laundrette "
         "has it been, roughly? I'd like it on the notes.", m="GQ"),
    dict(p=FT, s="heard", t="you've every right to feel fobbed off. we promised you a call and it just never "
         "came", m="AE"),
    dict(p=FT, s="vent", t="uh huh... and then what happened", m="Q",
         n="invites more venting; not a details request"),
    dict(p=FT, s="heard", t="i- im really sorry. like, two weeks with a baby and no washing machine, thats "
         "awful", m="AE", n="false start; names what she is living with"),
    dict(p=FT, s="options", t="What would suit you better right now, getting it repaired properly or getting a "
         "new one?", m="OIQ", n="choice question that names remedies"),
    dict(p=FT, s="heard", t="[sighs] okay. go on then", m="", v=["insult"], n="transcribed sigh (rule 12)"),
    dict(p=FT, s="heard", t="if youre going to swear at me i'll just put the phone down, simple as", m="",
         v=["threat_back"]),
    dict(p=FT, s="options", t="I get why you'd want a refund, honestly I'd feel the same. That's not one I can "
         "do, but I can send you the same model, brand new, and extend the warranty. Would that be alright?", m="AEOIQ",
         n="'but' leads into help, so the marks stand"),
    dict(p=FT, s="heard", t="thanks for your patience. honestly though those models are usually really solid, "
         "ive never known one pack in three times", m="G", v=["doubt"],
         n="'though' cancels only acknowledge/empathise; the thanks stands beside the doubt"),
    dict(p=FT, s="heard", t="so you've been dragging everything to the laundrette with two little ones in "
         "tow. thats so much extra work, im sorry. thank you for telling me", m="AEG"),
    dict(p=FT, s="options", t="Here's what I'd suggest: our senior engineer out this week, with a loan machine "
         "until it's fixed, so you're not stuck without one. Shall I get that booked in?", m="OIQ",
         n="'this week' belongs to the offer; waiting for her answer"),

    dict(p=FT, s="heard", t="I'm so sorry, Kelly. Seven months old, packed in twice since the repair, and then "
         "no call either. Can I ask how you've been getting the washing done with the little ones?", m="AEQ"),
    dict(p=FT, s="commitment", t="right so thats the replacement ordered, same model, and the two year warranty's "
         "on it already. delivery's friday between eight and twelve, ill text you tonight to confirm. honestly, "
         "thanks for your patience with all this", m="OCG"),
    dict(p=FT, s="options", t="you've had two repairs that didn't hold, so I don't want to send you a third one "
         "blind. I can do a brand new machine, same model, with two years extra warranty. Or, if you want to give "
         "it one more go, a senior engineer this week with a loaner. Which would you prefer?", m="AOIQ"),
    # billing-error: Margaret Ellison, double charge after cancelling
    dict(p=BE, s="vent", t="mhm. yes.", m="", n="back-channel"),
    dict(p=BE, s="vent", t="could i take your full name and the postcode on the account first please", m="Q",
         v=["premature_details"]),
    dict(p=BE, s="vent", t="Oh dear. That shouldn't have happened. Please, carry on.", m="A",
         n="'that shouldn't have happened' owns the problem (README's acknowledge example); no apology, so "
         "no empathise"),
    dict(p=BE, s="heard", t="so you cancelled, we took the money twice after that, your bank charged you for "
         "going overdrawn, and then the chat told you last week it was sorted when it wasnt", m="A"),
    dict(p=BE, s="heard", t="im so sorry you were told it was fixed and it wasnt", m="AE",
         n="'sorry you' + the actual event (rules 7 and 14)"),
    dict(p=BE, s="heard", t="Has it affected anything else, like other bills coming out of that account?",
         m="Q"),
    dict(p=BE, s="heard", t="thank you for being so clear about it all, it makes this a lot easier for me",
         m="G"),
    dict(p=BE, s="heard", t="It's only showing one payment on my side. Are you sure you're looking at the "
         "right statement?", m="", v=["doubt"], n="rhetorical doubting question"),
    dict(p=BE, s="heard", t="Kevin on the chat gets things wrong all the time, he's the one you want to be "
         "cross with.", m="", v=["blame"]),
    dict(p=BE, s="heard", t="sorry for any inconvenience, mrs ellison", m="", v=["non_apology"]),
    dict(p=BE, s="heard", t="look its twenty odd quid, its hardly the end of the world is it", m="",
         v=["insult", "dismissal"], n="minimising and rude; tag 'is it' is not a question"),
    dict(p=BE, s="heard", t="madam please, theres no need to get so worked up about it", m="",
         v=["calm_down"]),
    dict(p=BE, s="heard", t="If you want to go to the ombudsman, go ahead. It'll take months, mind.", m="",
         v=["threat_back"]),
    dict(p=BE, s="options", t="I'll refund both payments, pay back the overdraft fee, and confirm the "
         "cancellation in writing. Would you like that by post or by email?", m="OIQ",
         n="'I'll' with no time: no commitment"),
    dict(p=BE, s="options", t="and I'll make sure your bank takes the overdraft fee off too, they always do when "
         "we ring them", m="O", v=["over_promise"],
         n="promises what her bank will do; we may reimburse the fee, not promise its reversal"),
    dict(p=BE, s="options", t="What would put this right for you, do you think?", m="IQ"),
    dict(p=BE, s="options", t="um so i can definitely refund the two charges. and the overdraft fee, if you "
         "tell me how much it was i can put that back as well. is that okay", m="OIQ"),
    dict(p=BE, s="commitment", t="Both refunds are going through now. They'll be back with you within three "
         "working days, and the cancellation letter goes out in today's post.", m="OC"),
    dict(p=BE, s="commitment", t="i'll ring you friday morning just to make sure its all landed", m="C",
         n="callback with a time: commitment only"),
    dict(p=BE, s="close", t="Thank you, Margaret, and thank you for telling us about the chat. We'll feed that "
         "back. Anything else I can help with today?", m="GQ", n="ending check: question, not asks_input"),
    dict(p=BE, s="close", t="right thats all done. the moneys back by thursday and the letters in the post "
         "tonight. sorry again for all of this", m="EOC"),
    dict(p=BE, s="heard", t="I- I'm so sorry. You did cancel, it's right there on my screen, and we went and "
         "took it twice regardless.", m="AE", n="false start"),
    dict(p=BE, s="heard", t="nine years with us and this is how we treat you. im mortified, honestly", m="AE"),
    dict(p=BE, s="heard", t="and the rent bounced because of it. oh Margaret, I'm so sorry", m="AE"),
    dict(p=BE, s="heard", t="sorry, what's the account number again?", m="Q",
         n="politeness 'sorry'; not premature after venting"),
    dict(p=BE, s="heard", t="Sorry if the chat agent gave you the wrong impression.", m="",
         v=["non_apology"]),
    dict(p=BE, s="heard", t="well you wouldve had a confirmation email, did you not check it", m="",
         v=["correcting"], n="rhetorical; implies her error"),
    dict(p=BE, s="options", t="I'll refund it. Both of them.", m="O"),
    dict(p=BE, s="heard", t="I'm really sorry about this. You'll have to send us a copy of your bank statement "
         "by post before I can touch the overdraft fee.", m="E", v=["policy"],
         n="no 'but': the apology stands next to the policy wall (rule 2)"),
    dict(p=BE, s="heard", t="you must be so worn out having to explain it all again. can i ask how long youve "
         "been with us", m="EQ"),
    dict(p=BE, s="options", t="Thanks for holding while I checked. I can see both charges landed after you "
         "cancelled, so I can refund them and put the overdraft fee back too. Shall I go ahead?", m="AGOIQ",
         n="confirms her account of it: acknowledgement"),
    dict(p=BE, s="commitment", t="ive done the refund on both charges just now, and the cancellation "
         "confirmation will be in your inbox within ten minutes so youve got it in writing", m="OC"),

    dict(p=BE, s="heard", t="You cancelled, you did everything properly, and we still took two payments, then "
         "the bank hit you with a fee. I'm so sorry, Margaret. What's the overdraft fee come to, do you know?",
         m="AEQ", n="details request after venting: not premature"),
    dict(p=BE, s="options", t="im sorry, i know its been a rotten week. heres what i can do. both charges back, "
         "the overdraft fee reimbursed, and a letter confirming youre cancelled. does that sound fair to you",
         m="EOIQ"),
    dict(p=BE, s="commitment", t="I understand you want it in writing this time, and you're right to. The refund's "
         "gone through now and you'll have the letter by Wednesday.", m="AOC"),
    # generic replies
    dict(p=None, s="vent", t="I'm with you. keep going", m="", n="back-channel (rule 13)"),
    dict(p=None, s="vent", t="before anything else, can you give me the reference number from your letter",
         m="Q", v=["premature_details"]),
    dict(p=None, s="vent", t="listen, relax, shouting isnt gonna get it done any faster", m="",
         v=["calm_down"]),
    dict(p=None, s="heard", t="so youve rung four times, every time someone said they'd ring you back, and "
         "nobody did", m="A"),
    dict(p=None, s="heard", t="I can hear how fed up you are with all of this.", m="AE", n="rule 1"),
    dict(p=None, s="heard", t="Actually, that's not how it works. The charge is always taken in advance.", m="",
         v=["correcting"]),
    dict(p=None, s="heard", t="with respect, your complaint has been noted for the record", m="",
         v=["accusation"]),
    dict(p=None, s="heard", t="you're honestly being unreasonable now", m="", v=["insult"]),
    dict(p=None, s="heard", t="*sighs* right. fine.", m="", v=["insult"], n="transcribed sigh (rule 12)"),
    dict(p=None, s="heard", t="If you speak to me like that again, this call is over.", m="",
         v=["threat_back"]),
    dict(p=None, s="heard", t="sorry you see it that way", m="", v=["non_apology"]),
    dict(p=None, s="heard", t="thats not my department to be honest, you want customer relations for that",
         m="", v=["dismissal"]),
    dict(p=None, s="heard", t="The system won't let me change it once it's processed, sorry.", m="",
         v=["policy"]),
    dict(p=None, s="options", t="so i can refund you today or send a replacement out, whichever you'd rather",
         m="OI", n="imperative invitation, no question; 'today' inside a choice is not a commitment"),
    dict(p=None, s="options", t="Would a credit on your account help while we get the rest sorted?",
         m="OIQ"),
    dict(p=None, s="commitment", t="I'm escalating it to my team leader right now, and she'll phone you before five.",
         m="C", n="escalation with a time: commitment, not options (rule 4)"),
    dict(p=None, s="commitment", t="ill send the confirmation over by email within half an hour", m="C"),
    dict(p=None, s=None, t="I hear you. Honestly, I do.", m="A", n="sincere bare 'I hear you' (rule 1)"),
    dict(p=None, s=None, t="I'll sort it for you.", m="", n="no remedy named and no time"),
    dict(p=None, s="heard", t="Let me just check I've understood. The refund was promised, it never came, and "
         "you were told twice it was on its way?", m="AQ", n="check-back question"),
    dict(p=None, s="heard", t="that sounds so stressful. what can i do to make it easier for you", m="EIQ"),
    dict(p=None, s="heard", t="uh so basically you got charged, nothing turned up, and then the chat guy just "
         "closed it on you. yeah thats not okay. im sorry", m="AE"),
    dict(p=None, s="heard", t="I really appreciate you going through it again, I know you've had to do it a "
         "few times now.", m="AG"),
    dict(p=None, s="heard", t="the delays down to the warehouse, not us. but i'll get a refund processed for "
         "you today", m="OC", v=["blame"], n="marks after the violation stand (rule 2)"),
    dict(p=None, s="heard", t="You're dead right, and I'm sorry. That should've been sorted the first "
         "time you rang. Would a refund to your card be okay?", m="AEOIQ"),
    dict(p=None, s="options", t="um, i could do a partial refund or, like, post a new one out, or if you've got "
         "something else in mind im all ears", m="OI", n="imperative invitation: asks_input without question"),
    dict(p=None, s="commitment", t="Right. I've put the refund through, and I'll ring you at ten tomorrow to "
         "make sure it's arrived. Thanks for sticking with it.", m="OCG"),
    dict(p=None, s="close", t="Sorry once more for the hassle, and thanks for your patience. You'll get an "
         "email confirming everything by tonight.", m="ECG"),

    dict(p=None, s="heard", t="okay so three weeks you've been waiting, chasing it yourself every few days. "
         "thats really not fair on you, and im sorry. what would you like me to sort first", m="AEIQ"),
    dict(p=None, s="commitment", t="im so sorry about all of this. ive booked the replacement and it'll be with "
         "you thursday, and ill call you wednesday evening to double check. thanks for bearing with us",
         m="EOCG"),
    dict(p=None, s="heard", t="so sorry you've been left chasing us week after week. thank you for not giving up "
         "on us", m="AEG", n="'sorry you've been left' + what they went through (rule 14)"),
    # missed-technician: Bernadette Kowalski, broadband install
    dict(p=MT, s="vent", t="whats the account number, just quick", m="Q", v=["premature_details"]),
    dict(p=MT, s="heard", t="Two mornings off work and nobody even bothered to ring you. I'd be raging.",
         m="AE"),
    dict(p=MT, s="options", t="I can knock off the installation fee, put a month's credit on, and get you the "
         "eight o'clock slot so you're not sat waiting all morning. Shall I book that?", m="OIQ"),
    dict(p=MT, s="commitment", t="right thats booked, eight a.m. tuesday, first on his list, and the credit will "
         "be on your account by tonight", m="OC"),
    dict(p=MT, s="heard", t="they'd have put a card through the door though, did you not see one?", m="",
         v=["doubt"], n="rhetorical; doubts she was in"),
    dict(p=MT, s="close", t="Thanks for giving us one more go, Bernadette. I'll ring you Tuesday at nine to "
         "check he's turned up.", m="GC"),
    dict(p=MT, s="heard", t="i hear you, i hear you. so whats the postcode", m="Q",
         n="'I hear you' straight into a details request is not acknowledgement (rule 13)"),

    dict(p=MT, s="heard", t="you lost two mornings off work waiting on us and we didnt even have the decency to call. im sorry. "
         "what would make this right for you?", m="AEIQ"),
    # lost-express: Marcus Adeyemi, lost parcel of parts
    dict(p=LE, s="vent", t="whats the tracking number on it?", m="Q", v=["premature_details"]),
    dict(p=LE, s="heard", t="so it got collected, it never arrived, the tracking's been blank ever since, and "
         "your restaurant client's waiting on those parts", m="A"),
    dict(p=LE, s="heard", t="That's a horrible spot, your own customer having a go at you over something we "
         "did. Sorry.", m="AE"),
    dict(p=LE, s="options", t="I'll refund the overnight fee, open a trace on the lost parcel, and courier "
         "replacement parts out today, on us. Does that help with your client?", m="OCIQ",
         n="'I'll … today' is a commitment (rule 3), and the check is asks_input"),
    dict(p=LE, s="options", t="i'll get the replacement parts out by courier and i guarantee they'll be with "
         "your client by nine tomorrow", m="OC", v=["over_promise"],
         n="guarantees a delivery time the courier controls"),
    dict(p=LE, s="heard", t="honestly parcels go missing every day, its just one of those things", m="",
         v=["dismissal"]),
    dict(p=LE, s="heard", t="I'm sorry it's gone missing. That's down to the courier, they're a separate firm, "
         "we just book them.", m="E", v=["blame"], n="no 'but': the apology stands beside the blame"),
    dict(p=LE, s="heard", t="noted. and you're alleging it never left the depot, yes?", m="",
         v=["accusation"], n="court-room framing; not a real question"),
    dict(p=LE, s="commitment", t="trace is logged, the reference is on its way to your email now, and I'll call "
         "you by three with whatever the depot says", m="OC"),

    # escalated-exec: Eleanor Ashcombe, third outage
    dict(p=EE, s="heard", t="Three outages in a single quarter, each one past the SLA, and your warehouses "
         "idle every time. Frankly I'm not surprised you wrote to the CEO.", m="A",
         n="repeats the points back; 'not surprised you wrote' validates her action, not a feeling"),
    dict(p=EE, s="heard", t="three times this quarter, and each time you're the one explaining it to your board. "
         "that cant be an easy conversation, and im sorry we put you there", m="AE"),
    dict(p=EE, s="heard", t="Our monitoring actually shows uptime within tolerance for two of those three.",
         m="", v=["doubt", "correcting"], n="contradicts her count with our figures"),
    dict(p=EE, s="options", t="What I'd put forward is this quarter's SLA credit, an account manager assigned "
         "to you by name, and a root-cause report in writing. What would you add to that?", m="OIQ"),
    dict(p=EE, s="commitment", t="youll get the root cause write-up by wednesday the eighteenth, and tom, your "
         "account manager, rings you tomorrow at ten", m="OC"),
    dict(p=EE, s="heard", t="if your lawyers want to get involved thats up to you, we'll see you in court", m="",
         v=["threat_back"]),
    dict(p=EE, s="heard", t="Thank you for coming to us before walking away. I don't take that for granted.",
         m="G"),
    dict(p=EE, s="options", t="i cant release you from the contract, ill be upfront, thats not mine to give. but "
         "the SLA credit, an account manager with your name on them, and the written root cause by friday "
         "week, those i can do. would that help with your board", m="OIQ",
         n="honest obstacle, not a policy wall; date inside the offer is not a commitment"),

    # vip-client: Julian Fairclough, late wire
    dict(p=VC, s="heard", t="And you had to hear it from the seller's solicitor rather than from us. That's not "
         "acceptable, and I'm sorry.", m="AE"),
    dict(p=VC, s="heard", t="im so sorry, that must have been a horrible afternoon. was the purchase able to complete in "
         "the end", m="EQ"),
    dict(p=VC, s="options", t="i can reverse the transfer fees and set you up with a senior banker you can ring "
         "direct. would you like both of those", m="OIQ"),
    dict(p=VC, s="options", t="I'll arrange for our chief executive to call you personally with an apology, and "
         "we'll waive all your fees for the year.", m="O", v=["over_promise"]),
    dict(p=VC, s="heard", t="sir, i'd ask you to moderate your tone please", m="", v=["calm_down"]),
    dict(p=VC, s="heard", t="I'm sorry for the delay, sir. Transfers of that size are always held for checks. "
         "You'd have been told that when you opened the account.", m="E", v=["correcting"],
         n="no contrastive connective, so the apology stands (rule 2)"),
    dict(p=VC, s="commitment", t="the fees are reversed as of now, and your senior banker, helen okafor, will "
         "ring you at ten tomorrow with her direct number", m="OC"),
    dict(p=VC, s="heard", t="So noted, sir. Your accusation of negligence is on file.", m="",
         v=["accusation"]),
    dict(p=VC, s="close", t="Thank you for your patience, Mr Fairclough, and for letting us keep your business "
         "after all this.", m="G"),
]

write_batch(ITEMS, "ej", Path(__file__).with_name("replies_extra139.jsonl"))
