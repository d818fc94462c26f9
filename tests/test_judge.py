"""The reply judge: evidence is exact, the grammar of the method holds, quality does not regress."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.bench_judge import DEFAULT_SET, _judge_labels, evaluate, load_set
from personas import judge as judge_module
from personas.judge import MARKS, JudgeContext, judge
from personas.learned import Model
from personas.library import find_persona

SET = load_set(DEFAULT_SET)


def test_the_labelled_set_is_big_split_and_documented() -> None:
    assert len(SET) >= 300
    held = [i for i in SET if i["split"] == "held"]
    assert abs(len(held) - len(SET) / 3) <= 1
    assert (Path(DEFAULT_SET).parent / "README.md").exists()


def test_every_evidence_is_the_exact_span_of_the_text_as_given() -> None:
    for item in SET:
        text = item["text"]
        persona = find_persona(item["persona"]) if item["persona"] else None
        data = judge(text, JudgeContext(persona, item["stage"])).as_json()
        spans = [data[m] for m in (*MARKS, "question") if data[m]["hit"]] + data["violations"]
        for span in spans:
            assert span["evidence"], item["id"]
            assert text[span["start"] : span["end"]] == span["evidence"], item["id"]


@pytest.mark.parametrize(
    ("text", "mark", "expected"),
    [
        # negation
        ("I don't understand why you're upset", "acknowledge", False),
        ("I don't understand why you're upset", "empathise", False),
        ("i cant imagine how stressful that was", "empathise", True),
        ("no wonder you're livid", "empathise", True),
        ("honestly I don't blame you one bit", "empathise", True),
        # the but rule
        ("I understand, but it's company policy", "acknowledge", False),
        ("I'm so sorry but there's nothing I can do", "empathise", False),
        ("I understand, but here's what I can do: refund the fee today", "acknowledge", True),
        # non-apologies and sarcasm
        ("I'm sorry you feel that way", "empathise", False),
        ("oh I'm soooo sorry your life is so hard", "empathise", False),
        ("thanks a lot for shouting at me", "gratitude", False),
        ("thanks so much for your patience", "gratitude", True),
        # options without the word, and the word without options
        ("what I can do is get a new one out to you tomorrow", "options", True),
        ("would a credit on the account help at all?", "options", True),
        ("how about we waive the fee and rebook you?", "options", True),
        ("you'll see both charges credited by friday", "options", True),
        ("I can get you in for the first slot on monday", "options", True),
        ("I'll call on friday to make sure both refunds have gone through", "options", False),
        ("would you rather have a refund or a replacement", "options", True),
        ("we've got no options left, sorry", "options", False),
        # commitment needs a time
        ("I'll call you back by four today", "commitment", True),
        ("I'll try and get back to you at some point", "commitment", False),
        ("it's been three days already", "commitment", False),
        # Whisper-style text
        (
            "um so like the engineer didnt show up twice and you took the day off yeah",
            "acknowledge",
            True,
        ),
        ("im gonna refund the call out fee for you right now", "options", True),
    ],
)
def test_the_grammar_of_the_method(text: str, mark: str, expected: bool) -> None:
    assert judge(text).marks[mark].hit is expected, judge(text).as_json()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("whose fault is this then", "blame"),
        ("it's not our policy to refund call-outs", "policy"),
        ("are you sure you were in all morning", "doubt"),
        ("and you're quite certain it went out as next-day?", "doubt"),
        ("whatever, fine", "insult"),
        ("your solicitor's more than welcome to ring ours", "threat_back"),
        ("go on then, name it and it's yours", "over_promise"),
        ("I'll see to it you never have to chase us again", "over_promise"),
        ("honestly, most firms would be glad of uptime like that", "correcting"),
        ("going to the chief executive just slows it all down", "correcting"),
        ("you can report us to whoever you like", "threat_back"),
        ("you're entitled to your opinion", "insult"),
        ("oh great, that's just what I needed today", "insult"),
        ("because everything is always our fault, isn't it", "insult"),
        ("right, thanks for the running commentary", "insult"),
        ("the contract does allow for some downtime each quarter", "correcting"),
        ("I wouldn't say it's entirely fair to suggest we lost the sale for you", "correcting"),
        ("honestly you'd have been better off ringing the account team", "correcting"),
        ("you've said that twice already", "insult"),
        ("oh so it's all our fault now, is it", "insult"),
        ("the delay was the courier's problem rather than ours", "blame"),
        ("cheers for all the swearing", "insult"),
        ("[exhales] fine, go on", "insult"),
        ("really appreciate the tone, thanks", "insult"),
        ("the hold-up at their end was beyond our control", "blame"),
        ("honestly, your bank should never have charged that", "blame"),
        ("whoever you talked to in the shop got it wrong", "blame"),
        ("there's no compensation for a late parcel, I'm afraid", "policy"),
        ("swear once more and I'm ending this call", "threat_back"),
        ("oh come on, it's only one visit, mate", "insult"),
        ("no system is perfect, that's just the reality", "dismissal"),
        ("the terms cap it at fifty pounds, which you'd have agreed to at checkout", "correcting"),
        ("in future if you use the app you'll get the driver updates", "correcting"),
        ("and had you paid it in before the cut-off?", "correcting"),
        ("I'm not convinced copying in the chairman was the fastest way", "correcting"),
        ("I have to say, with respect, we did email you on the day", "correcting"),
        ("I'll get the managing director to phone you himself", "over_promise"),
        ("I can get our CEO to ring you tonight", "over_promise"),
        ("sorry, the agreement won't let you leave early, that's just how it's written", "policy"),
        ("a refund for lost wages isn't something our terms provide for", "policy"),
        ("I'm not really able to get into that with you", "dismissal"),
        ("you're the third caller today with this", "dismissal"),
        ("I guarantee the engineer will be there this time", "over_promise"),
        ("there's a forty-eight hour window on cancellations", "policy"),
        ("so I don't know that a callback was ever promised", "doubt"),
        ("shout at me once more and I'm putting the phone down", "threat_back"),
        ("I can't really comment on what the engineer did", "dismissal"),
        ("you'll need to chase the courier yourself for that one", "dismissal"),
        ("about the claims made in your letter", "accusation"),
        ("so you're calling us liars now", "accusation"),
        ("hand on heart, I promise it won't happen a third time", "over_promise"),
        ("I guarantee this'll be the last time you ring us about it", "over_promise"),
        ("you shouldn't really let your balance get that low", "correcting"),
        ("actually you didn't read the terms", "correcting"),
        ("regarding your allegation that we never called", "accusation"),
        ("ok calm down sir", "calm_down"),
        ("don't be ridiculous", "insult"),
        ("oh please. some of us have actual work to do", "insult"),
        ("well that's charming", "insult"),
        ("you could try being polite, manners cost nothing", "insult"),
        ("you're being silly now", "insult"),
        ("have you quite finished", "insult"),
        ("don't take that tone with me, I'm not paid to be shouted at", "insult"),
        ("thanks for nothing", "insult"),
        ("do you want me to help or not", "insult"),
        ("sorry, I can't make an exception just because it's you", "policy"),
        ("we don't offer compensation for a late delivery", "policy"),
        ("everybody has to wait the full fortnight", "policy"),
        ("I think you've misunderstood the statement", "correcting"),
        ("you were notified about the price change in march", "correcting"),
        ("the booking email would've told you all of that", "correcting"),
        ("the form was filled in wrongly, that's why it bounced", "correcting"),
        ("I'll give you a minute until you've cooled down", "calm_down"),
        ("ring back when you're ready to talk calmly", "calm_down"),
        ("you really should've gone for the tracked option", "correcting"),
        ("you must have ticked the wrong box", "correcting"),
        ("no one's going to take you to court over a late delivery", "dismissal"),
        ("your client will get over it, I'm sure", "dismissal"),
        ("deliveries do get held up from time to time", "dismissal"),
        ("couriers make mistakes, it's one of those things", "dismissal"),
        ("sure, you're right, whatever", "insult"),
        ("so why didn't you phone us when he hadn't turned up?", "blame"),
        ("I can't undo what's already happened", "dismissal"),
        ("I really don't know what you expect me to do here", "dismissal"),
        ("apologies again if the forms were confusing", "non_apology"),
        ("sorry again if today's been a pain", "non_apology"),
        ("I'm being as patient as I can with you", "insult"),
        ("he's logged no access, were you maybe upstairs when he knocked?", "doubt"),
        ("there's no record of that call, which is odd", "doubt"),
        ("strictly speaking it's only delayed, not lost", "correcting"),
        ("with respect, that's not really how refunds work", "correcting"),
        ("you should really have told us within the month", "correcting"),
        ("go on then, cancel, see if I care", "threat_back"),
        ("it left us on time, so the delay was further down the line", "blame"),
        ("you'd be amazed how many people forget to plug it in", "doubt"),
        ("that was a mistake on their part, frankly", "blame"),
        ("honestly, what were the night team playing at", "blame"),
        ("the agent you spoke to, he clearly didn't check the notes", "blame"),
        ("the refund side isn't really my end of things", "dismissal"),
        ("I'd have thought you would know the cut-off by now", "insult"),
        ("you're making a mountain out of a molehill", "insult"),
        ("if you keep swearing I'll hang up on you", "threat_back"),
        ("we apologise for any inconvenience caused", "non_apology"),
        ("that's not my department", "dismissal"),
        ("I'll give you a full refund and a free year on top", "over_promise"),
        ("right and I suppose that's my fault as well is it", "insult"),
        ("the last two were down to our hosting provider", "blame"),
        ("the exit terms are in the contract and they are what they are", "policy"),
        ("it's showing as collected on my end", "doubt"),
        ("you really should have got in touch sooner", "correcting"),
        ("right, so your position is that the item was never delivered", "accusation"),
        ("I'd ask you not to shout at me", "calm_down"),
        ("I'm sorry if you've been kept waiting", "non_apology"),
        ("honestly that's between you and the depot now", "dismissal"),
        ("I'll make sure your bank takes the overdraft fee off as well", "over_promise"),
        (
            "three incidents in a quarter is honestly pretty normal for a platform this size",
            "dismissal",
        ),
        ("is it possible your phone was on silent?", "doubt"),
        ("sorry, do you actually want help or do you just want someone to shout at", "insult"),
        ("great, lovely talking to you too", "insult"),
        ("look, I didn't make the mistake, I'm just the one who picked up the phone", "dismissal"),
        ("The funds sat with the correspondent bank for two days, sir.", "blame"),
        ("sorry I didn't realise I was speaking to royalty", "insult"),
        ("unfortunately a refund isn't available on installation bookings", "policy"),
        ("if your lawyers want to get involved that's your prerogative", "threat_back"),
        ("fine, I'll refund it, if that'll stop you going on about it", "insult"),
        ("okay no need to get snippy with me", "calm_down"),
        ("i get that, it's just not something i can fix from this team", "dismissal"),
        (
            "whatever your customer ends up charging you for the delay, we'll cover that too",
            "over_promise",
        ),
        ("listen, I haven't got all day here", "insult"),
        ("I've apologised about four times now, what more do you expect from me", "insult"),
        ("ok I'll explain it again slowly then", "insult"),
        ("I'm not about to beg you to stay with us", "insult"),
        ("I really don't appreciate the attitude", "insult"),
        ("you don't get a discount just because you shouted the loudest", "insult"),
        ("right. what else.", "insult"),
        ("sure, if you say so", "insult"),
        ("okay darling, let's get this sorted", "insult"),
        ("in future maybe double check the address before you order", "correcting"),
        ("your own accounts team could have chased it", "blame"),
        ("go on then, ring trading standards", "threat_back"),
        ("careful what you say, this line is recorded", "threat_back"),
        ("hang on, you're telling me it never came? cause my screen says signed for", "doubt"),
        ("that's really about all we can do from here", "dismissal"),
        ("our CEO will ring you himself tonight", "over_promise"),
        ("yes, I understood the point the first time", "insult"),
        ("would you like me to fly it over personally as well?", "insult"),
        ("oh, how tragic.", "insult"),
        ("sounds like a lovely day you're having", "insult"),
        ("no need to talk to me like I'm a child", "insult"),
        ("are we going round in circles here", "insult"),
        ("I swear this will never happen to you again", "over_promise"),
        ("the parts will be there by noon, guaranteed", "over_promise"),
        ("you can put the complaint to our legal team in writing", "policy"),
        ("leaving now would trigger the early exit fee, just so you know", "threat_back"),
        ("I'm sorry you've formed that impression of us", "non_apology"),
        ("we don't admit liability on the phone", "accusation"),
        ("that's not a fault we usually see on that model", "doubt"),
        ("I've had dozens of these today", "dismissal"),
        ("if you'd opted for the tracked service it would have been covered", "correcting"),
        ("mm. yes. the first time.", "insult"),
        ("I'm making a note of the language you've used on this call", "threat_back"),
        ("the engineer on your patch is new, so that's probably why", "blame"),
        ("the depot were three drivers short that day", "blame"),
        ("the night team's useless at picking those up", "blame"),
        ("honestly a three day delay isn't unheard of", "dismissal"),
        ("engineers get held up on jobs, it happens", "dismissal"),
        ("the money did get there in the end though", "dismissal"),
        ("whoa, okay, easy", "calm_down"),
        ("language, please.", "calm_down"),
        ("you don't need to swear", "calm_down"),
        ("I'm not convinced it was down for six hours", "doubt"),
        ("sorry it's been such a long day for you", "non_apology"),
        ("so you're alleging the driver never knocked", "accusation"),
        ("whoever fitted it last time obviously didn't tighten it", "blame"),
        ("the email went to an old address of yours", "blame"),
        ("you'll need to send the claim in writing", "policy"),
        ("I promise you the parts will be there by noon", "over_promise"),
        ("you won't get another outage, I promise", "over_promise"),
        ("I'll put something extra on for the wages you lost", "over_promise"),
        ("I can assure you there won't be another delay like it", "over_promise"),
        ("it won't go wrong on you again, I can guarantee it", "over_promise"),
        ("so you admit the address was wrong", "accusation"),
        ("the terms you signed do set all that out", "correcting"),
        ("the system will only let me book next week", "policy"),
        ("yep, heard it the first three times", "insult"),
        ("the engineer should have rung you and he didn't", "blame"),
        ("I'm sorry if it's come across that way", "non_apology"),
        ("finished now? good.", "insult"),
        ("we've all got bills to pay, sir", "insult"),
        ("anything else you'd like to shout about?", "insult"),
        ("you finished yet?", "insult"),
        ("apologies if that wasn't clear", "non_apology"),
        ("honestly everyone who rings this line is cross", "dismissal"),
        ("we've had loads of calls about the same thing", "dismissal"),
        ("it went via a correspondent bank, so that's probably where it got stuck", "blame"),
        ("the driver clearly messed up", "blame"),
        ("huh, that's a new one on me", "doubt"),
        ("I need it in an email before I can do anything", "policy"),
        ("these checks take as long as they take", "policy"),
        ("maybe watch your statements going forward", "correcting"),
        ("most people build in a few days", "correcting"),
        ("I'm not psychic, I can't magic it back", "insult"),
        ("oh so it's my own fault, isn't it", "insult"),
        ("I do apologise if that's how it came over", "non_apology"),
        ("I can tell you there won't be a third outage", "over_promise"),
        ("three days? I'm showing it arrived on the Monday", "doubt"),
        ("the log here says it left the same afternoon", "doubt"),
        ("when it happens, that's up to the back office", "dismissal"),
        ("the billing team never tell us anything", "blame"),
        ("the compensation side would go to legal in writing", "policy"),
        ("that part's out of warranty now", "correcting"),
        ("the bank had every right to hold it", "correcting"),
        ("your account is that it never arrived", "accusation"),
        ("I'm only seeing two charges, not three", "doubt"),
        ("I think the whole building heard you", "insult"),
        ("okay, got it all out?", "insult"),
        ("you could of booked the morning slot", "correcting"),
        ("I've gone through this twice now. I don't know how much clearer I can make it", "insult"),
        ("ha, that's a good one", "insult"),
        ("the depot messed it up, not you", "blame"),
        ("and that's your position, is it?", "accusation"),
        ("have you got any proof of that?", "accusation"),
        ("the courier will be there by ten, you have my word", "over_promise"),
        ("you've got that wrong, that's not what a direct debit is", "correcting"),
        ("I don't follow how the driver could have missed you", "doubt"),
        ("are you sure you're checking the right account?", "doubt"),
        ("refunds aren't something our team deals with", "dismissal"),
        ("that's not really our doing, the bank sets the fee", "blame"),
        ("so who made the mistake then, the bank or you?", "blame"),
        ("you're equally to blame, to be fair", "blame"),
        ("whoever you spoke to before obviously didn't log it", "blame"),
        ("okay okay, cool it", "calm_down"),
        ("keep that up and the contract's gone", "threat_back"),
        ("keep on with the abuse and I'll end this call", "threat_back"),
        ("I'm closing your complaint down now", "threat_back"),
        ("your calls are being flagged as aggressive", "threat_back"),
        ("plaster it across twitter if you want", "threat_back"),
        ("honestly I could not care less", "insult"),
        ("we'll pay you triple what you spent", "over_promise"),
        ("it'll all be refunded, and something extra on top", "over_promise"),
        ("no way did that happen, the van logged it at nine", "doubt"),
        ("right, thanks for the attitude", "insult"),
        ("sorry if you've got the wrong end of the stick", "non_apology"),
        ("that'd be a first, I've never known it", "doubt"),
        ("funny how many customers forget to update their address", "doubt"),
        ("nine times out of ten it's the postcode on the label", "correcting"),
        ("you definitely ticked the right box, did you?", "doubt"),
        ("sorry to hear you've had a bad experience", "non_apology"),
        ("the minute the papers get involved, I'm done talking", "threat_back"),
        ("and you won't be charged for delivery ever again", "over_promise"),
        ("refunds are outside my remit", "dismissal"),
        ("sorry, my hands are tied", "dismissal"),
        ("oh lovely to be shouted at on a Monday", "insult"),
        ("I think you're blowing it a bit out of proportion", "insult"),
        ("thanks for the sermon", "insult"),
        ("cheers for the grammar lesson", "insult"),
        ("each outage was resolved within the agreed recovery window", "correcting"),
        ("I'm sorry, but I did explain this to you last time", "correcting"),
        ("we regret any disruption experienced", "non_apology"),
        ("we take all feedback very seriously", "non_apology"),
        ("for your information I've noted your language on the account", "threat_back"),
        ("the termination clause is in section twelve", "threat_back"),
        ("I'd think very carefully before threatening people, sir", "threat_back"),
        ("I'd remind you this line is recorded", "threat_back"),
        ("so now we're the worst company in the world, got it", "insult"),
        ("can we wrap this up, I've got people queuing", "insult"),
        ("well, that was colourful", "insult"),
        ("lovely. pleasure as always [laughs]", "insult"),
        ("maybe next time don't lead with the threats", "insult"),
        ("you don't see me ringing up screaming", "insult"),
        ("yes, I heard you the first time", "insult"),
        ("have a lovely day, if that's possible for you", "insult"),
        ("is there a question in there or are you just venting", "insult"),
        ("yeah, you're angry, join the club", "insult"),
        ("I think we should all just take a minute", "calm_down"),
        ("a little less volume would help", "calm_down"),
        ("that's a field team thing, they only take complaints by email", "dismissal"),
        ("unfortunately this kind of thing does happen now and again", "dismissal"),
        ("I can't action anything off a phone call", "policy"),
        ("you'll still need to email billing about it", "policy"),
        ("we've been told not to offer anything on these calls", "policy"),
        ("we'll need the complaint in writing first", "policy"),
        ("it's not exactly life or death, is it", "dismissal"),
        ("oh well, worse things happen at sea", "dismissal"),
        ("somebody got out of bed on the wrong side", "insult"),
        ("sorry your week's been a bit rough", "non_apology"),
        ("so who slipped up there, you or the bank?", "blame"),
        ("we'll refund you twice what you were charged", "over_promise"),
        ("you'd need to write in to customer relations", "policy"),
        ("hmm, I've got something different on my screen", "doubt"),
        ("that's really childish behaviour", "insult"),
        ("oh I'm so sorry that life is so terribly hard for you", "insult"),
        ("not once in ten years have I seen that happen", "doubt"),
        ("I don't get paid enough for this", "dismissal"),
        ("did you definitely post it first class?", "doubt"),
        ("sorry for any confusion", "non_apology"),
        ("that's usually what's gone wrong with these", "correcting"),
        ("all I can say is sit tight and see if it turns up", "dismissal"),
        ("I'm afraid there are no exceptions", "policy"),
        ("those checks apply to every customer", "policy"),
        ("whatever business it costs you, we'll cover it", "over_promise"),
        ("there's no way it took a week, they go out same day", "doubt"),
        ("everything looks perfectly normal from our end", "doubt"),
        ("head office needs the complaint in writing", "policy"),
        ("I'm going to put this call down as abusive", "threat_back"),
        ("all this fuss over a parcel?", "insult"),
        ("aw, life's treating you so badly isn't it", "insult"),
        ("that's way above what I'm paid to deal with", "dismissal"),
        ("best thing is to wait and hope it turns up", "dismissal"),
        ("I'm sorry our service left you feeling let down", "non_apology"),
        ("and the next twelve months are on us", "over_promise"),
        ("honestly the couriers have been useless lately", "blame"),
        ("I've already said sorry, what more do you want from me", "insult"),
        ("did you not see the text we sent?", "doubt"),
        ("the driver may have knocked and you didn't hear", "doubt"),
        ("did you go for the tracked option?", "doubt"),
        ("the contract allows for a certain amount of downtime", "correcting"),
        ("you could've bought a more reliable model", "correcting"),
        ("I can't go into that until you pass security", "policy"),
        ("every other courier would be just as slow", "dismissal"),
        ("I'm only seeing the one payment", "doubt"),
        ("the depot at the other end clearly never scanned it", "blame"),
        ("the driver really should have rung ahead", "blame"),
        ("the dispatch lot are terrible at ringing people", "blame"),
        ("our couriers have been a bit hit and miss lately", "blame"),
        ("the network team knew about that bug for weeks", "blame"),
        ("nothing you've sent me proves the outage was ours", "doubt"),
        ("I'm sorry if that's the impression you've got", "non_apology"),
        ("sorry that's your view of it", "non_apology"),
        ("there's no need to make such a fuss", "insult"),
        ("that's more than most banks would bother doing", "insult"),
        ("well you've made your views very clear", "insult"),
        ("could we cut to the point", "insult"),
        ("ugh, here we go again", "insult"),
        ("I've got my lunch in five minutes", "insult"),
        ("if you post that review I'll be withdrawing the credit", "threat_back"),
        ("I'll personally guarantee that", "over_promise"),
        ("I can only go by what the driver logged", "doubt"),
        ("we'll pay the fee back twice over", "over_promise"),
        ("have three months of broadband on us", "over_promise"),
        ("and a year's membership on the house", "over_promise"),
        ("I promise you nothing like this will ever happen again", "over_promise"),
        ("I'll make absolutely sure this never happens again", "over_promise"),
        ("you'll never see an outage like that again", "over_promise"),
        ("we're sorry to hear you've been unhappy with the service", "non_apology"),
        ("sorry the experience wasn't quite what you expected", "non_apology"),
        ("to be honest some people just like a good moan", "insult"),
        ("well what do you expect me to do about it", "dismissal"),
        ("I can see how it might look that way to you", "doubt"),
        ("you really should have kept the receipt", "correcting"),
        ("so what is it you actually want me to do", "dismissal"),
        ("I've dealt with people with far worse problems today", "insult"),
        ("please don't take it out on me", "calm_down"),
        ("I'm afraid that all sits with the payments team", "dismissal"),
        ("that's not something I can discuss over the phone", "policy"),
        ("that's not something we'd normally see on a new machine", "doubt"),
        ("have you checked your junk folder?", "correcting"),
        ("that's what caught you out, the thirty days' notice", "correcting"),
        ("shouting at me won't make the engineer any quicker", "calm_down"),
        ("oh so it's my fault now, is it", "insult"),
        ("whose bright idea was that", "blame"),
        ("then put everything through your solicitor from now on", "threat_back"),
        ("that's all the system lets me offer", "policy"),
        ("sorry if today wasn't what you hoped for", "non_apology"),
        ("it'll be there by four, guaranteed, you have my word", "over_promise"),
        ("oh I totally understand, what a tragedy", "insult"),
        ("it's just bad luck I'm afraid", "dismissal"),
        ("loads of them pack up after a year", "dismissal"),
        ("that kind of thing happens from time to time", "dismissal"),
        ("I'll have to transfer you, hold on", "dismissal"),
    ],
)
def test_faults_are_named_with_their_words(text: str, kind: str) -> None:
    kinds = judge(text).violation_kinds
    assert kind in kinds, judge(text).as_json()


@pytest.mark.parametrize(
    "text",
    [
        "can I take your account number please",
        "what's the name on the booking?",
        "have you got your order confirmation handy?",
        "hang on, your name and DOB?",
        "sorry, what's the best number to get hold of you on?",
        "and the account holder's name?",
        "which email address is it registered to, sorry, what email was it under?",
    ],
)
def test_asking_for_details_is_only_premature_while_they_vent(text: str) -> None:
    assert "premature_details" in judge(text, JudgeContext(stage="vent")).violation_kinds
    assert judge(text, JudgeContext(stage="options")).violation_kinds == ()
    assert judge(text, JudgeContext(stage="options")).question.hit


def test_a_request_for_details_phrased_as_a_statement_is_premature_too() -> None:
    text = "let me just take a few details first"
    assert "premature_details" in judge(text, JudgeContext(stage="vent")).violation_kinds
    assert judge(text, JudgeContext(stage="options")).violation_kinds == ()


def test_persona_facts_bargains_and_limits() -> None:
    persona = find_persona("missed-technician")
    context = JudgeContext(persona, "vent")
    said_back = judge("so the engineer missed your appointment twice", context)
    assert said_back.marks["acknowledge"].hit and said_back.key_facts
    offer = judge("I can waive the call-out fee for you", JudgeContext(persona, "options"))
    assert offer.marks["options"].hit and offer.bargains
    too_much = judge(
        "fine, I'll refund everything you've ever paid us", JudgeContext(persona, "options")
    )
    assert "over_promise" in too_much.violation_kinds
    honest = judge(
        "I can't give you a full refund, but I can waive the fee", JudgeContext(persona, "options")
    )
    assert "over_promise" not in honest.violation_kinds


def test_questions_real_and_hostile() -> None:
    assert judge("how did that affect your week?").question.hit
    assert judge("what time did the engineer say he'd come").question.hit
    assert not judge("are you sure?").question.hit
    assert not judge("what I can do is refund the fee").question.hit
    assert judge("sorry, what was the reference again").question.hit
    assert judge("um sorry and did he ring at all").question.hit


def test_empty_and_huge_replies() -> None:
    assert not any(judge("").marks[m].hit for m in MARKS)
    long = "I'm so sorry. " * 800
    assert judge(long).marks["empathise"].evidence == "I'm so sorry"


def test_quality_on_the_whole_set_does_not_regress() -> None:
    """A floor well under today's figures (see `hotseat bench judge`), to catch breakage."""
    for split, counts in evaluate(SET, _judge_labels).items():
        for name in ("acknowledge", "empathise", "options", "any_violation"):
            assert counts[name].scores()["f1"] >= 0.6, (split, name)


def test_judge_json_shape_matches_the_cli_contract() -> None:
    data = json.loads(json.dumps(judge("thank you, I hear you").as_json()))
    assert set(data) >= {"text", *MARKS, "violations", "tips"}
    assert all(set(data[m]) >= {"hit", "evidence"} for m in MARKS)


def test_the_fast_lexicon_pass_finds_exactly_what_running_every_entry_finds() -> None:
    """The judge skips entries whose required words are absent; that must never hide a match."""
    from personas import lexicon as lx
    from personas.judge import _Reply

    groups = [
        v for v in vars(lx).values() if isinstance(v, tuple) and v and hasattr(v[0], "finditer")
    ]
    assert len(groups) >= 15
    texts = [i["text"] for i in SET] + ["", "ok.", "I'm so sorry. " * 40, "whose fault is it?"]
    for text in texts:
        reply = _Reply(text, JudgeContext())
        for group in groups:
            every = {(m.start() + 1, m.end()) for p in group for m in p.finditer(reply.norm)}
            assert set(reply.find(group)) == every, text
            assert reply.matches(group) == bool(every), text


@pytest.mark.parametrize(
    ("text", "mark", "expected"),
    [
        # a choice of how or when, with no remedy in it, offers nothing
        (
            "would you rather I stay on the line while I sort it, or ring you back?",
            "options",
            False,
        ),
        (
            "I can refund it now while you're on the phone, or ring you back once it's done",
            "options",
            True,
        ),
        # README rule 5: a guarantee it won't happen again offers nothing to choose
        ("I guarantee you won't see another outage this quarter", "options", False),
        ("a full refund and a new machine on top, I promise", "options", True),
        # understatement, and how bad it sounds said on its own
        ("sounds exhausting, honestly", "empathise", True),
        ("it sounds like it's been a really tough month", "empathise", True),
        ("I'd hate that, if I'm honest", "empathise", True),
        ("I'd not be best pleased either", "empathise", True),
        ("no wonder you've had it up to here with us", "empathise", True),
        ("we let you down badly, and I can only apologise", "empathise", True),
        ("I'm sorry for the disruption to your depots", "empathise", True),
        ("I apologise for the outages.", "empathise", True),
        ("I'm sorry the transfer was late", "empathise", True),
        ("we apologise for the disruption this may have caused", "empathise", False),
        # a restatement inside an accusation or a non-apology does not acknowledge
        ("so you're claiming we lost it twice?", "acknowledge", False),
        ("sorry if you think we messed it up", "acknowledge", False),
        # admissions and validation in other words
        ("fair point, you're absolutely correct, we should have rung you", "acknowledge", True),
        # a restatement frame counts only when it says what went wrong
        ("so you've been waiting all week and nobody rang", "acknowledge", True),
        ("you booked it online or over the phone", "acknowledge", False),
        ("I can see it on here, it was scanned at the hub last night", "acknowledge", False),
        ("I know you've got a busy day so I'll keep this quick", "acknowledge", False),
        ("of course you're fed up, anyone would be", "empathise", True),
        # words that only look like faults
        ("I'm sorry you've had to deal with all this", "empathise", True),
        ("you poor thing, that sounds exhausting", "empathise", True),
        # an apology that is the frame of a jibe or a non-apology is not one
        ("Oh, I'm so sorry we didn't drop everything just for you.", "empathise", False),
        ("I'm sorry this quarter hasn't lived up to your expectations.", "empathise", False),
        # "I know" + what went wrong says it back
        (
            "I know you can't lose another morning, so I've booked the first slot",
            "acknowledge",
            True,
        ),
        ("it shouldn't have taken you two calls to get this put right", "acknowledge", True),
        ("I can do a refund or a straight exchange, whichever you'd prefer", "options", True),
        # judging what happened says it was heard; it names no feeling
        ("so nobody rang you, twice. that's really not on", "acknowledge", True),
        ("so nobody rang you, twice. that's really not on", "empathise", False),
        ("oh I do feel for you, I really do", "empathise", True),
        ("no that's fair, we messed you about", "acknowledge", True),
        ("I fully understand the frustration this has caused", "empathise", True),
        ("id be livid, honestly", "empathise", True),
        ("I'll take the installation fee off for you", "options", True),
        ("honestly you should have had a text to say he wasn't coming", "acknowledge", True),
        ("yep yep I hear you. so. tracking number?", "acknowledge", False),
        ("anyone with forty lorries stood idle would be just as angry", "empathise", True),
        # judging what happened acknowledges it; it names no feeling
        ("two no-shows in a row is frankly unacceptable", "acknowledge", True),
        ("two no-shows in a row is frankly unacceptable", "empathise", False),
        # clearing the customer says what happened to them; a brush-off said twice is one
        ("none of this was your fault, Margaret", "acknowledge", True),
        ("i understand i understand anyway what's the postcode", "acknowledge", False),
        # owning it in the perfect tense, and the records confirming it, say it was heard
        ("that's the second time we've dropped the ball with you", "acknowledge", True),
        ("I can see both failed deliveries here on your account", "acknowledge", True),
        ("I can see your account here, give me one second", "acknowledge", False),
        ("I can see your account was charged twice", "acknowledge", True),
        ("I heard what you said about the laptop being for work", "acknowledge", True),
        ("you've made it very clear the board wants it in writing", "acknowledge", True),
        ("I appreciate this has all been really stressful", "empathise", True),
        ("I appreciate this has all been really stressful", "acknowledge", True),
        ("I appreciate it, thank you", "empathise", False),
        ("honestly I can't argue with a word of that", "acknowledge", True),
        ("you said the laptop is the one you use for work, so I'll start", "acknowledge", True),
        ("I'm sorry it took you chasing us twice to get an answer", "acknowledge", True),
        ("that's not how any of it was supposed to go", "acknowledge", True),
        ("and you're the one who's got to explain it to the client", "acknowledge", True),
        ("have you had to take more time off since?", "acknowledge", False),
        ("and now your boss thinks it was you who messed up, when it was us", "acknowledge", True),
        ("so you learned it from your own staff, not from us", "acknowledge", True),
        ("we had no right to take that money", "acknowledge", True),
        ("eight hours of downtime, that's lost revenue for you", "acknowledge", True),
        ("it sounds like you're sick of being passed around", "empathise", True),
        ("you've got every reason to be cross", "empathise", True),
        ("I can tell this has been the final straw", "acknowledge", True),
        ("i can't believe nobody rang you back", "acknowledge", True),
        ("that's not on at all", "acknowledge", True),
        ("charged after you'd cancelled, that's just plain wrong", "acknowledge", True),
        ("you should never have needed to ring twice", "acknowledge", True),
        ("honestly that isn't fair on you", "acknowledge", True),
        # "unfortunately" is not a "but": every author keeps the mark before it
        ("I hear you. Unfortunately that has to go through the online form", "acknowledge", True),
        # "anyway" closing a sentence is an adverb, not a turn away
        ("so you cancelled and we charged you twice anyway.", "acknowledge", True),
        ("yeah I get it. anyway. anything else?", "acknowledge", False),
        # sorry for what they went through names it (README rule 14); a vague one does not
        ("honestly I'm sorry you had to phone us four times", "acknowledge", True),
        ("I honestly get it", "acknowledge", True),
        (
            "a payment going out after you'd closed the account should never have happened",
            "acknowledge",
            True,
        ),
        ("we've made a right pig's ear of your booking", "acknowledge", True),
        ("it's not surprising you're fed up", "empathise", True),
        ("it makes complete sense you're frustrated", "empathise", True),
        ("you'd be perfectly within your rights", "empathise", True),
        (
            "it's been just one thing after another, it seems like it's really been a nightmare",
            "acknowledge",
            True,
        ),
        ("we've not kept our end of it", "acknowledge", True),
        ("your name with the board is on the line now", "acknowledge", True),
        ("that's cost you a week of sales", "acknowledge", True),
        ("has this cost you any money?", "acknowledge", False),
        ("we've badly mishandled your booking", "acknowledge", True),
        ("better that I know", "acknowledge", False),
        ("and I can't say I blame you", "empathise", True),
        ("it's no fun repeating it all", "empathise", True),
        ("our booking system drives me mad too", "empathise", False),
        ("that would drive me mad as well", "empathise", True),
        ("the engineer never came and that honestly isn't good enough", "acknowledge", True),
        ("I'm sorry it's taken so many calls", "acknowledge", True),
        ("you've been shunted from one team to the next", "acknowledge", True),
        ("so to read it back: paid, never delivered, ticket closed", "acknowledge", True),
        ("thanks, and apologies once again for the hassle", "empathise", True),
        ("honestly I'd be in a right panic", "empathise", True),
        ("I know how much that order meant to you", "empathise", True),
        ("the overdraft fee's getting reversed as we speak", "options", True),
        ("you'll still get your full refund, don't worry", "options", True),
        ("shall I check the account's fully closed so nothing else comes out?", "options", True),
        ("I can shut the subscription down completely for you", "options", True),
        ("it was supposed to be there by noon and it still hasn't come", "acknowledge", True),
        ("and now you're getting it in the neck over our mix-up", "acknowledge", True),
        ("sounds like no one's told you a thing", "acknowledge", True),
        ("and it's now the third time", "acknowledge", True),
        ("that's the third time I've said it", "acknowledge", False),
        ("two mornings off wasted", "acknowledge", True),
        ("three no-shows in a row", "acknowledge", True),
        ("such a miserable end to the week", "empathise", True),
        ("that'd be enough to drive anyone round the bend", "empathise", True),
        ("you're understandably fed up", "empathise", True),
        ("honestly, nobody deserves to be treated like that", "empathise", True),
        ("nobody needs that when they're moving house", "empathise", True),
        ("honestly, none of this is on you", "acknowledge", True),
        ("I'd have felt sick to my stomach", "empathise", True),
        ("no one would have blamed you", "empathise", True),
        ("I can't imagine the stress of it", "empathise", True),
        ("I'd feel the way you do", "empathise", True),
        ("so we could swap it out for a brand new one", "options", True),
        ("I'll send you a text once it's gone through", "options", False),
        ("I'm opening a trace on it now", "options", True),
        ("I'm putting the refund through while we talk", "options", True),
        ("having to ring round every depot yourself, that's awful", "acknowledge", True),
        ("it's been one thing after another for you", "acknowledge", True),
        ("that would've driven me up the wall", "empathise", True),
        ("I understand why you don't trust the engineers any more", "empathise", True),
        ("waiting in all day is no fun", "empathise", True),
        ("sorry you got passed around between teams", "acknowledge", True),
        ("two departments have handed you on already", "acknowledge", True),
        ("I know it's happened before", "acknowledge", True),
        ("I'd feel just like that", "empathise", True),
        ("oh dear, sorry. go on", "empathise", True),
        ("I know what a big deal this was for you", "empathise", True),
        ("I'm sorry for the confusion", "empathise", True),
        ("your refund will still go through", "options", True),
        ("shall I get you a first-slot appointment?", "options", True),
        ("that leaves you looking unprofessional in front of your boss", "acknowledge", True),
        ("it's clearly been badly handled", "acknowledge", True),
        ("I can tell this trip really meant a lot to you", "empathise", True),
        ("I'm genuinely sorry about how the first visit went", "empathise", True),
        ("it was the courier who lost it, not us. I'm sorry though", "empathise", True),
        ("I'm sorry though, the courier lost it", "empathise", False),
        ("that's two SLA breaches in a month", "acknowledge", True),
        ("I'm putting both charges back today", "options", True),
        ("I'm doing your refund as we speak", "options", True),
        ("you paid us, so it's ours to answer for", "acknowledge", True),
        ("wherever it went wrong is my problem to sort out, not yours", "acknowledge", True),
        ("it really was our mess, not yours", "acknowledge", True),
        ("none of this was down to you", "acknowledge", True),
        # README rule 13: a bare "I hear you" straight into a request for details
        ("I hear you. what's the serial number on the back?", "acknowledge", False),
        ("okay, I totally get it. can I take the order reference?", "acknowledge", False),
        ("I hear you, Mr Fairclough. could I take the account number?", "acknowledge", False),
        ("I hear you, two visits and nobody came. what's the postcode?", "acknowledge", True),
        # README rule 14: sorry for what they went through, but not after a fault
        ("the courier lost it, not us. sorry you've had to chase it though", "acknowledge", False),
        ("your money was stuck with us for a whole day", "acknowledge", True),
        ("and then the bank stung you with a fee on top", "acknowledge", True),
        ("I can wipe the call-out charge for you", "options", True),
        ("I'll get rid of that installation fee", "options", True),
        ("the fee's coming off today", "options", True),
        ("I can put an extra year of warranty on it", "options", True),
        ("the bank might take the fee off if you ask", "options", False),
        ("sorry you've been bounced between teams all week", "acknowledge", True),
        ("I'm sorry you've had to deal with all of it", "acknowledge", False),
        ("I'm so sorry you've been hit with that", "acknowledge", False),
    ],
)
def test_credit_in_other_words(text: str, mark: str, expected: bool) -> None:
    assert judge(text).marks[mark].hit is expected, judge(text).as_json()


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry you've had to deal with all this",
        "you're entitled to be angry about it",
        "it's the same fault as last time, I'm so sorry",
        # an honest limit with help after it, a promise refused, an apology beside a jibe
        "I'm afraid I can't offer anything for the house itself. I can reverse the fee.",
        "nobody can promise it'll never break again and I won't pretend they can",
        "It says here the wire went on Friday afternoon, which is exactly what you've told me.",
        "technically you've done nothing wrong here, it's all on our side",
        "actually, you know what, I'm going to reimburse the overdraft fee as well",
        "i get it, you've been on hold forever and then it just cut you off",
        "a full refund of everything since you signed isn't something I can sign off, sorry",
        "I know you've told it twice already and I'm sorry you had to",
        "I've read the CEO email you sent and I can see why you wrote it",
        "I'm going to go away and find out, and I'll ring you back by four",
        "writing to the chairman makes perfect sense after three outages",
        "the app should've warned you about the delay and it didn't, I'm sorry",
        "I'm not going to tell you to calm down, you've every right to be angry",
        "I'll keep calm and get this sorted for you",
        "that's put you in an awful position and none of it was your doing",
        "I know hanging up would've been easier, so thank you for staying on",
        "thanks, I appreciate you putting it so clearly",
        "I'm logging it as a formal complaint for you now",
        "what did the message say, word for word if you have it?",
        "so he never came, and there wasn't so much as a text?",
        "lovely, thanks for your time, bye now",
        "thanks for the detail on the warehouse side, that helps",
        "not our finest quarter, and I won't pretend otherwise",
        "having to ring the seller yourself to beg for more time, that's awful",
        "I can see why you're so angry.",
        "for what it's worth, I'm truly sorry about all of this",
        "nothing about this is your fault",
        "it's not your fault at all",
        "you're not doing anything wrong with it",
        "perfect, so the refund's on its way and the fee's waived",
        "I'm so sorry, you've had an awful week of it",
        "I'll send the cancellation confirmation in writing today",
        "I could of course refund the fee today",
        "you've been going round in circles with us for weeks, I'm sorry",
        "I'll have my manager call you by three today, I promise",
        "and now your client thinks it's your fault, that's awful",
        "what's the balance on the bank statement now?",
        "the booking email should have told you the window and it didn't, I'm sorry",
        "we entered your details wrong, that's on us",
        "I can't change what's happened but I can make sure it's put right today",
        "you paid for next day and got nothing for it",
        "I'll book the first slot, before you'd normally leave for work",
        "I'd rather be honest with you than promise something that won't happen",
        "you're right, and our records say the same. it should have been fixed",
        "just so you know how it'll work from now on, your transfers go same day",
        "I'm not allowed to share my own number, what I can give you is a direct line",
        "go on, get it all out, I'm listening",
        "I can't make all of it go away, but here's what I can do",
        "and the status page all green while your warehouse was down",
        "and you heard it from the buyer's agent, not from us",
        "hearing that from your landlord must have been hard",
        "can I take your sort code so I can reverse the fee?",
        "it's your name on the line with that client, not ours",
        "and now it's your name they're angry with, not ours",
        "while the status page said everything was green",
        "you must feel like an idiot in front of your boss, and that's on us",
        "we were the ones who got it wrong, not you",
        "oh I'm really sorry about that, I'll look into it now",
        "thanks for letting me fix this before you take your business elsewhere",
        "so you paid and nothing was delivered",
        "I know it's happened before, and I'm sorry",
        "shall I shut it down fully so nothing else goes out?",
        "you'll have it all in writing by Friday",
        "I won't pretend it wasn't our fault",
        "I'm not going to tell you it's the courier's problem",
        "I can't do a full refund, but I can waive the fee and credit the account",
        "I'm sorry things have been tough for you",
        "two days' wages because of us, that shouldn't happen",
        "honestly I'm so sorry, it's us who messed up",
        "I can deal with it right now while you're on the line",
        "how has it hit you on your end?",
        # an "anyway" that moves on is no fault in itself (as the original set labels its own)
        "I understand, I do. anyway, can I take the contract reference?",
        "I'm sorry. our engineer should have been at your door, and he wasn't",
        "I'm not going to hang up on you, whatever you say",
        "normally a reversal goes to a committee, but I'm not making you wait on them",
        "I'm not going to fob you off with 'that's policy'",
        "We use a contractor in your area, but they work for us, so that's our failure. Full stop.",
        "We pushed a change on Tuesday and didn't test it well enough, and that's ours.",
        "that's not my department, but I'm keeping it, you've been passed round enough",
        "you're not the first customer this week, and I'm not saying that to play it down",
        "it's only a parcel to some people, but I know what this one means to you",
        "just so you know what's happening, I'm putting you on hold for a minute",
        "I'm so sorry for the distress this has caused you",
        "for future reference, here's my direct line",
        "we can spread it over twelve months interest free",
        "I've logged it as a formal complaint and my manager will ring you at four",
        "I'm not going to sit here blaming the drivers, it was us",
        "you cancelled when you were meant to and we still charged you, I'm sorry",
        "so did they or anyone else call you that morning?",
        "what's your client doing in the meantime?",
    ],
)
def test_ordinary_words_are_not_faults(text: str) -> None:
    assert judge(text).violation_kinds == (), judge(text).as_json()


def test_the_patterns_read_a_remedy_under_way_and_the_agents_own_claim() -> None:
    """Without the model: a refund going through is offered; "claim" said of the agent's own
    claim, or of helping with theirs, is not court-room language, nor rules on their side policy."""
    for text in ("both refunds go through now", "the refund's going through now"):
        assert judge(text, learned=False).marks["options"].hit, text
    for text in (
        "the parts I can only claim up to the standard limit",
        "I'll help you put that claim in for the parts",
        "The good news is the rules are on your side here, I'll refund both today.",
    ):
        assert judge(text, learned=False).violation_kinds == (), text


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("so you paid twice and nobody refunded it", "so you paid twice and nobody refunded it"),
        ("I understand the parcel never turned up", "I understand the parcel never"),
        ("two visits missed and nobody rang, I get that", "I get that"),
    ],
)
def test_a_restatement_frame_saying_what_went_wrong_acknowledges_without_the_model(
    text: str, evidence: str
) -> None:
    mark = judge(text, learned=False).marks["acknowledge"]
    assert mark.hit and mark.evidence == evidence
    assert text[mark.start : mark.end] == evidence


@pytest.mark.parametrize(
    "text",
    [
        "I understand the engineer's booked for Tuesday, no need to wait in",
        "I hear what you're saying but the outages were within the contract terms",
    ],
)
def test_a_restatement_frame_needs_the_trouble_in_its_own_clause(text: str) -> None:
    assert not judge(text, learned=False).marks["acknowledge"].hit


def test_key_facts_beside_empathy_are_told_back_but_supposed_ones_are_not() -> None:
    context = JudgeContext(find_persona("billing-error"), "heard")
    told = judge(
        "honestly I'd be livid too, an overdraft fee for something you'd already cancelled",
        context,
        learned=False,
    )
    assert told.marks["acknowledge"].hit, told.as_json()
    technician = JudgeContext(find_persona("missed-technician"), "heard")
    supposed = judge(
        "if i'd been promised a call and sat in all morning i'd be livid", technician, learned=False
    )
    assert not supposed.marks["acknowledge"].hit, supposed.as_json()


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("it's been three days already, I know", "acknowledge"),
        ("mm-hm. are we done", "insult"),
        ("that was the warehouse, not me", "dismissal"),
    ],
)
def test_an_entry_that_ends_a_sentence_also_ends_an_unpunctuated_reply(
    text: str, mark: str
) -> None:
    result = judge(text, learned=False)
    assert result.marks[mark].hit if mark in result.marks else mark in result.violation_kinds


def test_a_negation_does_not_reach_into_the_next_clause() -> None:
    result = judge("so your parcel never arrived because the warehouse lost it", learned=False)
    assert result.violation_kinds == ("blame",)


def test_the_complaint_given_as_the_reason_for_an_offer_is_said_back() -> None:
    context = JudgeContext(find_persona("lost-express"), "options")
    reason = "because your customer's waiting on those parts, I can get a courier out today"
    assert judge(reason, context, learned=False).marks["acknowledge"].hit
    offer_only = "I can get a courier to your customer today"
    assert not judge(offer_only, context, learned=False).marks["acknowledge"].hit
    apology = "I'm so sorry your customer's still waiting on those parts, I can get a courier out"
    assert judge(apology, context, learned=False).marks["acknowledge"].hit


def test_a_trailing_though_takes_back_the_acknowledgement_before_it() -> None:
    result = judge("i totally get it, the parcel never showed. calm down though", learned=False)
    assert not result.marks["acknowledge"].hit
    assert [v.kind for v in result.violations] == ["calm_down"]


def _model_that_hears_a_fault_in(word: str) -> Model:
    """A stand-in second opinion: any reply containing `word` reads as a blame, nothing else."""
    targets = ("any_violation", "acknowledge", "empathise", "options")
    kinds = ("blame", "policy")
    weights = {t: [0.0] for t in targets} | {f"kind:{k}": [0.0] for k in kinds}
    weights["any_violation"], weights["kind:blame"] = [40.0], [5.0]
    bias = {name: -20.0 for name in weights}
    threshold = {t: 0.7 for t in targets}
    return Model({word: 0}, weights, bias, threshold, kinds, {})


def test_a_fault_the_model_hears_cancels_a_restatement_inside_it_but_not_an_apology(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        judge_module, "load_model", lambda: _model_that_hears_a_fault_in("warehouse")
    )
    context = JudgeContext(find_persona("lost-express"), "heard")
    result = judge("I'm so sorry the warehouse sent your parcel to the wrong depot", context)
    assert result.violation_kinds == ("blame",)
    assert result.marks["empathise"].hit  # an apology beside a fault stands (no "but")
    told = judge("so your parcel never arrived and the warehouse sent it to Leeds", context)
    assert told.violation_kinds == ("blame",)
    assert not told.marks["acknowledge"].hit
    assert told.marks["acknowledge"].note == "said inside a fault"


def _model_that_hears_acknowledgement_in(word: str) -> Model:
    """A stand-in second opinion: any reply containing `word` reads as acknowledging."""
    targets = ("any_violation", "acknowledge", "empathise", "options")
    weights = {t: [0.0] for t in targets}
    weights["acknowledge"] = [40.0]
    return Model({word: 0}, weights, {t: -20.0 for t in targets}, {t: 0.7 for t in targets}, (), {})


def test_the_models_score_does_not_depend_on_the_order_it_reads_the_words_in() -> None:
    # a plain float sum over a set rounds differently as the set's order changes with the hash
    # seed: 1e16 + 1 - 1e16 is 0 one way round and 1 the other
    model = Model({"a": 0, "b": 1, "c": 2}, {"x": [1e16, 1.0, -1e16]}, {"x": -1.0}, {}, (), {})
    assert model.probability("x", {"a", "b", "c"}) == 0.5


def test_the_judge_names_the_same_fault_whatever_the_hash_seed() -> None:
    """A near-tie between two fault kinds used to go either way from one process to the next."""
    code = (
        "from personas.judge import JudgeContext, judge; from personas.library import "
        "find_persona; print(judge('you keep saying lost but its only been two days, its "
        "probably just sat in the network somewhere', JudgeContext(find_persona('lost-express'), "
        "'heard')).violation_kinds)"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).resolve().parent.parent,
        ).stdout
        for seed in ("0", "5", "9")
    }
    assert len(runs) == 1 and "'" in runs.pop()


def test_the_model_does_not_credit_an_exclamation_said_while_they_go_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        judge_module, "load_model", lambda: _model_that_hears_acknowledgement_in("right")
    )
    passing = judge("oh dear, that's not right at all. I'm sorry. you go on")
    assert not passing.marks["acknowledge"].hit, passing.as_json()
    said = judge("a week without heating, that's not right at all. you go on")
    assert said.marks["acknowledge"].hit, said.as_json()


def test_to_be_fair_brings_a_fault_the_model_names() -> None:
    for text in (
        "it was only forty minutes each time, to be fair",
        "to be fair, the depot did try to deliver it on Monday",
    ):
        assert judge(text).violations, text
    assert not judge("you're not wrong, to be fair").violations


def test_the_model_does_not_credit_a_bare_apology_as_acknowledgement(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reply = "I'm truly sorry, Mr Patel. The van left your parcel at the wrong address."
    hears = _model_that_hears_acknowledgement_in
    monkeypatch.setattr(judge_module, "load_model", lambda: hears("sorry"))
    bare = judge(reply)
    assert bare.marks["empathise"].hit and not bare.marks["acknowledge"].hit, bare.as_json()
    monkeypatch.setattr(judge_module, "load_model", lambda: hears("parcel"))
    said = judge(reply).marks["acknowledge"]
    assert said.hit and said.evidence is not None and "parcel" in said.evidence


def test_a_failure_owned_in_the_same_breath_is_not_blame_even_when_the_model_hears_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(judge_module, "load_model", lambda: _model_that_hears_a_fault_in("bank"))
    context = JudgeContext(find_persona("vip-client"), "heard")
    owned = judge("the receiving bank had nothing to do with it, the delay was ours", context)
    assert owned.violation_kinds == ()
    assert owned.marks["acknowledge"].hit
    assert judge("the receiving bank held it up for a day", context).violation_kinds == ("blame",)


def test_clearing_the_customer_is_not_a_fault_even_when_the_model_hears_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(judge_module, "load_model", lambda: _model_that_hears_a_fault_in("fault"))
    cleared = judge("honestly none of this is your fault")
    assert cleared.violation_kinds == ()
    assert cleared.marks["acknowledge"].hit
    assert judge("well that part was your fault").violation_kinds == ("blame",)


def test_the_bench_reports_the_judge_beside_its_patterns_alone_and_the_naive_baseline(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop.bench_judge import run_judge_bench

    small = DEFAULT_SET.with_name("replies_extra8.jsonl")
    assert run_judge_bench(small, as_json=True) == 0
    report = json.loads(capsys.readouterr().out)
    acknowledge = report["splits"]["tune"]["acknowledge"]
    assert acknowledge["positives"] == sum(1 for i in load_set(small) if i["acknowledge"])
    for column in ("f1", "patterns_f1", "naive_f1"):
        assert 0.0 <= acknowledge[column] <= 1.0
    assert report["replies_per_second"] > 0


def test_no_lexicon_entry_ends_in_an_optional_group_or_a_look_around_after_a_space() -> None:
    """ "not us (?:fault)?" could never match "not us", nor "between you and (?!me)" anything: the
    match must be followed by a space, and the space before the empty group was already taken."""
    from personas import lexicon

    dead = [
        f"{name}: {p.pattern[-60:]}"
        for name, value in vars(lexicon).items()
        if isinstance(value, tuple) and value and isinstance(value[0], re.Pattern)
        for p in value
        if re.search(r" (?:\((?:\?:)?[^()]*\)\?|\(\?<?[!=][^()]*\))\)\(\?= \)$", p.pattern)
    ]
    assert dead == []


def test_a_word_said_twice_is_one_word_to_the_lexicon() -> None:
    assert judge("hey hey hey easy, easy", learned=False).violation_kinds == ("calm_down",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("you took two mornings off? and nobody even rang you? that's awful", True),
        ("two mornings? I've only got one missed visit on here", False),
        ("was it the second visit where nobody rang you?", False),
        ("and you took the day off for how long?", False),
        ("so how are you managing, with two mornings off?", False),
        ("nobody rang? at all? the system normally texts", False),
        ("when you say nobody rang, was that on both mornings?", False),
        ("when you said you'd booked two days off, were they both unpaid?", False),
        ("two no-shows? that's not like us. you sure it was the right day?", False),
        ("could I ask, has it put you out at work, having to take the time off?", False),
        ("may I just ask how long you've been waiting on him now?", False),
        ("can I ask you to bear with me? you took two days off and nobody came", True),
        ("sorry, and was it unpaid both times?", False),
        ("mm. two mornings, and not one phone call. carry on", True),
        ("and he didn't even phone? honestly", True),
        ("did anyone at least text you, or was it silence both times?", False),
    ],
)
def test_an_echo_question_says_the_complaint_back_unless_it_asks_or_disbelieves(
    text: str, expected: bool
) -> None:
    context = JudgeContext(find_persona("missed-technician"), "heard")
    assert judge(text, context).marks["acknowledge"].hit is expected, judge(text, context).as_json()


@pytest.mark.parametrize(
    ("persona_id", "text"),
    [
        ("escalated-exec", "we can let you out the contract, no penalty"),
        ("escalated-exec", "send me an invoice for the lost shifts and we'll get it paid"),
        ("missed-technician", "I'll see you get paid back for the wages"),
        ("vip-client", "I can put you on a preferential exchange rate"),
        ("vip-client", "no fees on either of your accounts for six months"),
        ("failed-twice", "let me bump you up a model"),
        ("failed-twice", "and a bit towards what the laundromat cost you"),
        ("lost-express", "the replacement parts will be with your chef by one, you have my word"),
        ("lost-express", "any work you lose over this, we'll cover it"),
        ("missed-technician", "and the wages you lost, I'll sort those too"),
        ("billing-error", "I'll ring your bank and make sure they cancel the fee"),
        ("escalated-exec", "I'll get you damages for the downtime"),
        ("vip-client", "I'll take off every fee for the next six months"),
        ("lost-express", "we'll pay you for any business you lose"),
        ("escalated-exec", "we could have you released from the agreement"),
        ("escalated-exec", "and if we paid your damages as well?"),
        ("lost-express", "I'll cover whatever the chef's lost you, just send a figure"),
        ("lost-express", "I'll see you're paid back for the work you lose"),
        ("escalated-exec", "you can leave the contract, there'd be no penalty"),
        ("missed-technician", "tell you what, I'll refund every penny"),
        ("lost-express", "we'll make sure you're compensated for any jobs you lose"),
        ("missed-technician", "oh don't worry, I'll refund you every penny"),
        ("missed-technician", "I can put three months' credit on the account"),
        ("lost-express", "I'll make sure your parcel arrives by tomorrow lunchtime"),
        ("escalated-exec", "I can promise you there won't be another outage"),
        ("billing-error", "and the late fee from your landlord, we'll pay that as well"),
        ("vip-client", "we'll pay whatever this ends up costing you"),
        ("vip-client", "no fees on your accounts for a year"),
        ("vip-client", "if the house purchase cost you anything we'd cover it"),
        ("failed-twice", "I'll refund the laundrette money as well"),
        ("missed-technician", "I'll get you the whole lot back"),
        ("lost-express", "whatever you lose on that job, we'll cover"),
        ("billing-error", "and a bit extra for the rent trouble"),
        ("vip-client", "I can do you a year without any fees"),
        ("vip-client", "we can pay the costs this caused on the house purchase"),
        ("failed-twice", "and some vouchers for the launderette while you wait"),
        ("billing-error", "I'll get them to reverse the overdraft fee"),
        ("lost-express", "we'll make up whatever you lose on that job"),
        ("vip-client", "and we'll cover any penalty the seller's solicitors charge"),
        ("vip-client", "from now on you won't be charged a single fee, sir"),
        ("failed-twice", "I can swap it for the one with the bigger drum"),
        ("lost-express", "if the job falls through, send me their invoice and we'll cover it"),
        ("vip-client", "and I'll add five hundred pounds to your account for the stress"),
        ("billing-error", "your bank will definitely knock that fee off once they see it"),
    ],
)
def test_each_persona_names_what_is_too_much_to_offer(persona_id: str, text: str) -> None:
    context = JudgeContext(find_persona(persona_id), "options")
    assert "over_promise" in judge(text, context).violation_kinds, judge(text, context).as_json()


def test_not_my_department_ducks_the_problem_without_blaming_anyone() -> None:
    assert judge("well it's not really my department, sorry").violation_kinds == ("dismissal",)
    assert judge("it's not my fault, the courier lost it").violation_kinds == ("blame",)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("(sighs) right. what's the account number", "insult"),
        ("mate, I'm not deaf", "insult"),
        ("thank you so much for the lecture", "insult"),
        ("we're all busy, sir", "insult"),
        ("oh for gods sake", "insult"),
        ("I can do it all myself then, shall I", "insult"),
        ("the lady who was meant to ring you was off sick that day", "blame"),
        ("if your IT people had joined the call sooner it'd have been fixed", "blame"),
        ("the last engineer clearly didn't read the notes", "blame"),
        ("I'm bound by our refund policy", "policy"),
        ("that's our standard processing time I'm afraid", "policy"),
        ("I can only give you what's on my screen", "policy"),
        ("I get calls like yours all day", "dismissal"),
        ("and that's my problem how", "dismissal"),
        ("and you definitely sent it to the right address?", "doubt"),
        ("oh, you paid for express, did you", "doubt"),
        ("and do make sure someone's actually in this time", "doubt"),
        ("put a reminder in your calendar next time", "correcting"),
        ("if the address had been complete it would have arrived", "correcting"),
        ("do you want my help or not", "insult"),
        ("thanks for reminding me how important you are", "insult"),
        ("online banking can be very confusing at your age", "insult"),
        ("look, I'm not the one who lost it", "dismissal"),
        ("I'm sorry you felt the need to complain", "non_apology"),
        ("just so I've got it on record, you say you were home", "accusation"),
        ("for the avoidance of doubt, the box was sealed when it left", "accusation"),
        ("steady on, you'll give yourself a heart attack", "calm_down"),
        ("can I get a word in at all", "calm_down"),
        ("ha, welcome to my world", "dismissal"),
        ("it'll turn up when it turns up", "dismissal"),
        ("move your accounts elsewhere then", "threat_back"),
        ("you should count yourself lucky", "insult"),
        ("so for the third time, the answer is no", "insult"),
        ("please do read the email this time", "insult"),
        ("she's still in training, sorry about her", "blame"),
        ("it broke because you put a full load in it", "blame"),
        ("you'll never see another mistake from us", "over_promise"),
        ("you won't have any more problems ever", "over_promise"),
        ("I'm sorry you were made to feel that way", "non_apology"),
        ("im sorry your upset", "non_apology"),
        ("you'd be surprised how many people ring about this", "dismissal"),
        ("delays do happen from time to time, I'm afraid", "dismissal"),
        ("shall I wash your car while I'm there as well?", "insult"),
        ("shall I carry the box round myself?", "insult"),
        ("not that anything's ever good enough for you lot", "insult"),
        ("the job notes do say it was working fine", "doubt"),
        ("hmm, they usually arrive next day", "doubt"),
    ],
)
def test_faults_slipped_in_on_a_hard_day(text: str, kind: str) -> None:
    assert kind in judge(text).violation_kinds, judge(text).as_json()


@pytest.mark.parametrize(
    "text",
    [
        "it's definitely the same fault as last time, and that's on us",
        "I've been doing this nine years and that's not on",
        "I'm with you completely, that should never have happened",
        "let me talk to the team and see if there's anything more we can do",
        "two days off work for a visit that never happened, I'm so sorry",
        "you've had to explain the whole thing again, I'm sorry",
        "I won't argue about whose fault it was, it's ours",
        "is there anything you need urgently?",
        "when you're on your own with a baby that's so hard",
        "the status page was showing green the whole time while your sites were down",
        "what was in it, just so i've got it down right",
        "technically speaking, there's nothing you did wrong",
        "for what it's worth, I think you're right to be angry",
        "so you did the whole thing again the week after",
    ],
)
def test_close_to_a_fault_but_not_one(text: str) -> None:
    assert judge(text, learned=False).violations == (), judge(text, learned=False).as_json()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I hear you, I hear you. Now, can I take the reference?", False),
        ("i understand madam i understand, so whats the order number", False),
        ("Go on, I'm with you.", False),
        ("if you want to complain, that's completely your right", False),
        ("i'm sorry, that shouldnt of happened", True),
        ("it should not be happen like this, I am sorry", True),
        ("I know you've heard that line before, so I'll call you myself on Friday", True),
        ("I know how upsetting this has been", True),
        ("so just to recap, you were charged twice after you'd cancelled", True),
        ("okay so to recap: the refund today and a call from me on Friday", False),
        ("just so I'm clear, was the outage on the ninth?", False),
        ("so just to be clear, was the first visit on the Tuesday?", False),
        ("so you're saying nobody came? are you sure you were in", False),
        ("I know, I know. Right. Can I grab the account number?", False),
        ("sorry to keep you, it's a busy line today I know", False),
        ("sorry, I can't understand a word you're saying", False),
        ("I've put the credit through, so you've got that confirmed in writing", False),
        ("I'm so sorry you've been kept waiting on the line", True),
        ("sorry for all the chasing you've had to do", True),
        ("and now I'm making you explain it all over again", True),
        ("honestly nobody here was listening to you", True),
        ("I know you've had to ring a few times now", True),
        ("I know what you're after is the full amount back", True),
        ("oh I totally understand, what a tragedy", False),
        ("let me make sure I've got the right account up", False),
        ("let me be sure I've got you right. the engineer never came, twice?", True),
        ("I know, I know. I'm sorry", False),
        ("I'm sorry we made you chase this", True),
        ("you'd done it all by the book", True),
        ("this one's on us, no arguments", True),
        ("you've been made to look bad in front of your own customers", True),
        ("the engineer not turning up was on us", True),
        ("oh no, that's really not on. sorry. go on", False),
        ("three days without power, that's not on. go on", True),
        ("I'm sorry you've been hit with a late payment fee over this", True),
        ("You did exactly what you were supposed to. The mistake here is ours.", True),
        ("I'm so sorry about the two missed visits, I really am", False),
        ("I know this is your third go at getting it fixed", True),
        ("I know how close that came, and I'm sorry", True),
        ("being passed round three departments just isn't right", True),
        ("because you've now waited a fortnight, I'll send it next-day at no charge", True),
        ("because you've been with us for years, I'll add a credit", False),
        ("you shouldn't be paying for our mistake", True),
        ("I'm sorry you had to plead with them yourself", True),
        ("I'm sorry you've had to deal with all that", False),
        ("you did everything we asked and still nobody came", True),
        ("that charge was our doing, not yours", True),
        ("you'd cancelled, and we took the money anyway, I'm sorry", True),
        ("so the fee's gone and Tuesday at nine is locked in", False),
        ("so you've got the reference number and the refund's gone back", False),
        ("yep I hear you. name on the account?", False),
        ("what a week you've had, and I'm sorry we've made it worse", False),
        ("we've made this really hard for you, and I'm sorry", True),
        ("okay so nobody's rung you back once in all that time", True),
        ("so no one got back to you, even though you were promised a call? I'm sorry", True),
        ("so the site went down and nothing but a text from us", True),
        ("so nobody rang, even though you were promised a call", True),
        ("you're not wrong, we made a mess of it", True),
        ("the refund's done, and you've got the email confirming you cancelled", False),
        ("so both charges are on their way back to you", False),
        ("thanks for holding on, I know it's been a rotten week", False),
        ("I know it's been a rotten week of missed calls and no engineer", True),
        ("sounds like you've been sent round in circles all week", True),
        ("it sounds like you've had a really rough week of it", False),
        ("seems like it's been a nightmare, I'm sorry", False),
    ],
)
def test_what_says_it_was_heard_and_what_only_sounds_like_it(text: str, expected: bool) -> None:
    assert judge(text).marks["acknowledge"].hit is expected, judge(text).as_json()


def test_a_key_fact_named_as_what_the_remedy_puts_right_is_not_said_back() -> None:
    billing = JudgeContext(find_persona("billing-error"), "options")
    offer = judge("both charges refunded and the overdraft fee covered, is that okay?", billing)
    assert not offer.marks["acknowledge"].hit, offer.as_json()
    told = judge("I can see both charges went out after you cancelled", billing)
    assert told.marks["acknowledge"].hit, told.as_json()


def test_a_key_fact_that_is_all_an_apology_is_for_names_its_topic() -> None:
    visits = JudgeContext(find_persona("missed-technician"), "heard")
    topic = judge("I'm so sorry about the two wasted mornings", visits)
    assert topic.marks["empathise"].hit and not topic.marks["acknowledge"].hit, topic.as_json()
    told = judge("I'm sorry about the two missed visits, that should never have happened", visits)
    assert told.marks["acknowledge"].hit, told.as_json()


def test_what_a_remedy_spares_them_is_its_purpose_not_the_complaint_said_back() -> None:
    visits = JudgeContext(find_persona("missed-technician"), "options")
    offer = judge("would Friday suit, so you don't have to take another day off?", visits)
    assert not offer.marks["acknowledge"].hit, offer.as_json()


def test_a_key_fact_that_only_names_the_topic_is_not_said_back() -> None:
    context = JudgeContext(find_persona("vip-client"), "heard")
    assert not judge("Well, you did get the house in the end.", context).marks["acknowledge"].hit
    said_back = judge("you nearly lost the house over this", context)
    assert said_back.marks["acknowledge"].hit, said_back.as_json()


@pytest.mark.parametrize(
    ("persona_id", "text", "kind"),
    [
        ("escalated-exec", "I'd love to let you out of the contract, but I can't, I'm sorry", None),
        ("billing-error", "no free months, I'm afraid, but both charges come back today", None),
        (
            "billing-error",
            "I can't do anything about your bank's fee, I'll be honest, but I can refund both "
            "charges today",
            None,
        ),
        (
            "vip-client",
            "I'll take the fees off, no charges on your account for a year",
            "over_promise",
        ),
        ("vip-client", "a year without fees isn't in my gift, but I can reverse these ones", None),
        (
            "vip-client",
            "compensation for the property purchase isn't within my authority, so I won't "
            "promise it. the fees I can reverse today",
            None,
        ),
        (
            "failed-twice",
            "a newer model's out of my hands, sorry, but I can replace it like for like",
            None,
        ),
        (
            "lost-express",
            "paying for the lost contract is beyond me, but I can refund the express fee today",
            None,
        ),
    ],
)
def test_a_refusal_or_an_honest_limit_is_not_the_fault_it_names(
    persona_id: str, text: str, kind: str | None
) -> None:
    result = judge(text, JudgeContext(find_persona(persona_id), "options"), learned=False)
    assert result.violation_kinds == ((kind,) if kind else ()), result.as_json()


@pytest.mark.parametrize(
    ("persona_id", "stage", "text", "expected"),
    [
        (
            "billing-error",
            "vent",
            "so charged twice after you'd cancelled, can I take your account number",
            True,
        ),
        ("escalated-exec", "vent", "okay, ticket number for the third outage?", False),
        ("vip-client", "heard", "hearing it from their solicitor must have been awful", True),
    ],
)
def test_a_request_for_details_beside_a_restatement_does_not_take_it_back(
    persona_id: str, stage: str, text: str, expected: bool
) -> None:
    result = judge(text, JudgeContext(find_persona(persona_id), stage), learned=False)
    assert result.marks["acknowledge"].hit is expected, result.as_json()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm sorry, could you read me the postcode", False),
        ("I do apologise, can I take the account number", False),
        ("I'm so sorry, can I take the account number", True),
        ("you shouldn't have to chase us for this", False),
        ("that mustve been awful for you", True),
        ("ah, that's no good at all", True),
        ("oh no, that's not great, is it", True),
        ("honestly that's not good enough from us", False),
        ("I can imagine the stress with the school run as well", True),
        ("I can imagine a few ways we could fix it", False),
    ],
)
def test_politeness_and_fairness_are_not_empathy(text: str, expected: bool) -> None:
    result = judge(text, learned=False)
    assert result.marks["empathise"].hit is expected, result.as_json()


@pytest.mark.parametrize(
    ("persona_id", "stage", "text", "kinds"),
    [
        (
            "lost-express",
            "options",
            "would you rather a courier now, or wait and see how the trace goes?",
            (),
        ),
        ("lost-express", "heard", "we'll just have to wait and see, I'm afraid", ("dismissal",)),
        ("lost-express", "commitment", "right, that's the courier booked for this afternoon", ()),
        ("lost-express", "heard", "that's the courier's fault, not ours", ("blame",)),
        (
            "missed-technician",
            "options",
            "I know you want a full refund, and you know what, full refund it is",
            ("over_promise",),
        ),
        (
            "escalated-exec",
            "options",
            "if you want out of the contract, I can let you go without a penalty",
            ("over_promise",),
        ),
        (
            "lost-express",
            "options",
            "whatever the job was worth, we'll cover it",
            ("over_promise",),
        ),
        (
            "lost-express",
            "options",
            "I'd love to say we'll cover the lost business, but I can't, I'm sorry",
            (),
        ),
        (
            "vip-client",
            "vent",
            "may I just run through security with you first?",
            ("premature_details",),
        ),
        (None, "heard", "just so you know, there's nothing you need to do now", ()),
        (
            None,
            "options",
            "shall I try another repair, or are you done with it and want a refund?",
            (),
        ),
        (
            None,
            "heard",
            "you're within your rights to go to the ombudsman, but I'd like to sort it first",
            (),
        ),
        (
            None,
            "heard",
            "it was crushed in our van, nothing you could have done anything about",
            (),
        ),
        (
            "lost-express",
            "commitment",
            "the refund's gone through and the courier's booked for the parts",
            (),
        ),
        (
            "escalated-exec",
            "close",
            "thanks for being blunt with us, it's the only way we get better",
            (),
        ),
        (None, "commitment", "I'll ring you back before five today, you have my word", ()),
        (
            "lost-express",
            "options",
            "I guarantee they'll reach your client by noon",
            ("over_promise",),
        ),
        ("vip-client", "heard", "well, glad you've got all that off your chest", ("insult",)),
        (
            "missed-technician",
            "options",
            "a full refund is what you're after, I know, and I can't do that, but I can waive it",
            (),
        ),
        (
            "billing-error",
            "options",
            "sorted, both refunds done. hope that meets with sir's approval?",
            ("insult",),
        ),
        (
            "missed-technician",
            "commitment",
            "I'll ring at nine. try and actually answer this time",
            ("insult",),
        ),
        (None, "heard", "yeah, you've said that about four times now", ("insult",)),
        ("billing-error", "close", "thanks for your patience. such as it was", ("insult",)),
        ("billing-error", "heard", "I'm sure you'll put it in your little notebook", ("insult",)),
        ("failed-twice", "heard", "sorry, am I boring you by trying to help", ("insult",)),
        ("failed-twice", "heard", "and how exactly is that my problem", ("dismissal",)),
        ("failed-twice", "heard", "plenty of people have kids and manage fine", ("dismissal",)),
        ("lost-express", "heard", "what's the deadline on their end, when do they need it by?", ()),
        (None, "options", "computer says no, I'm afraid", ("policy",)),
        (
            None,
            "commitment",
            "it's dealt with in strict date order, so I can't move it up",
            ("policy",),
        ),
        (
            "lost-express",
            "options",
            "normally you'd have to fill in a claim form yourself, but I can do it with you now",
            (),
        ),
        (None, "commitment", "are you sure you're okay to hold for two minutes?", ()),
        (
            "lost-express",
            "options",
            "are you sure you don't want it sent to your client instead?",
            (),
        ),
        (
            "lost-express",
            "heard",
            "are you sure you're reading the right tracking number?",
            ("doubt",),
        ),
        (
            "billing-error",
            "heard",
            "that doesn't sound right at all. you should never have been charged after cancelling",
            (),
        ),
        ("billing-error", "heard", "that doesn't sound right to me", ("doubt",)),
        (
            "vip-client",
            "options",
            "I'm not sure the fee reversal alone is enough, so I'll add more",
            (),
        ),
        ("escalated-exec", "close", "anything else you'd like covered in the report?", ()),
        (
            "failed-twice",
            "heard",
            "whoever did those repairs should be ashamed of themselves",
            ("blame",),
        ),
        (None, "vent", "cool story", ("insult",)),
        ("missed-technician", "heard", "a whole morning, how will you ever cope", ("insult",)),
        (None, "heard", "honestly I dunno what to tell you", ("dismissal",)),
        ("failed-twice", "vent", "is it definitely switched on at the wall?", ("doubt",)),
        (
            "vip-client",
            "options",
            "Free banking for life? Can't. But the fees on this one, gone.",
            (),
        ),
        ("billing-error", "heard", "just so you know what happens now: both refunds go today", ()),
        (
            "billing-error",
            "heard",
            "just so you know, the final payment is in the terms",
            ("correcting",),
        ),
        ("missed-technician", "heard", "technically, madam, we should have rung you", ()),
        ("failed-twice", "heard", "it was us who dropped the ball on the callback, not you", ()),
        ("escalated-exec", "options", "you're owed the credit under the contract anyway", ()),
        ("billing-error", "close", "I've logged it so it doesn't happen to anyone else", ()),
        (
            "escalated-exec",
            "heard",
            "for accuracy, the email was passed to us the same day",
            ("correcting",),
        ),
        (
            "failed-twice",
            "heard",
            "to be honest these faults nearly always come from overloading",
            ("blame",),
        ),
        (
            "escalated-exec",
            "heard",
            "the status page was updated at six, so you were notified",
            ("correcting",),
        ),
        (
            "escalated-exec",
            "heard",
            "I want the record to be accurate, so when was the deadline?",
            (),
        ),
        (
            "billing-error",
            "options",
            "just so I'm checking the right account, what's the postcode?",
            (),
        ),
        ("escalated-exec", "vent", "I've got the incident log in front of me: three outages", ()),
        ("missed-technician", "vent", "the line test came back clean this morning", ("doubt",)),
        (None, "options", "put it in writing.", ("policy",)),
        (
            "escalated-exec",
            "commitment",
            "I'll make sure this is the last outage you ever have",
            ("over_promise",),
        ),
        (
            "missed-technician",
            "heard",
            "the visits went to our contractor, so that's more on them",
            ("blame",),
        ),
        (
            "missed-technician",
            "options",
            "I've noted a full refund and your lost wages, you'll get it all back",
            ("over_promise",),
        ),
        ("vip-client", "heard", "for the record, you were right and we were wrong", ()),
        (
            "missed-technician",
            "heard",
            "according to our records it was us who pulled the engineer, not you",
            (),
        ),
        ("lost-express", "heard", "are you sure it was us that sent it?", ("doubt",)),
        ("failed-twice", "options", "the notes say you've been without one for a fortnight", ()),
        ("failed-twice", "heard", "it says here the engineer fixed it", ("doubt",)),
        (
            "missed-technician",
            "options",
            "it says here the fee's still on your bill, so I'll take that off",
            (),
        ),
        (
            "lost-express",
            "commitment",
            "it'll definitely be with your client by two",
            ("over_promise",),
        ),
        (
            "failed-twice",
            "options",
            "I'll swap it for the newer eight kilo model, no extra charge",
            ("over_promise",),
        ),
        ("failed-twice", "heard", "yeah that engineer, he's known for that", ("blame",)),
        ("failed-twice", "heard", "it's a faulty batch from the manufacturer", ("blame",)),
        ("vip-client", "heard", "well, you certainly know how to make an entrance", ("insult",)),
        ("escalated-exec", "options", "if you'd rather shout than listen, fine", ("insult",)),
        (
            "billing-error",
            "heard",
            "we've an actual reading, so the bill should be right",
            ("doubt",),
        ),
        ("lost-express", "heard", "sir, sir, relax, I've got it", ("calm_down",)),
        (
            None,
            "heard",
            "please understand there are a lot of customers ahead of you",
            ("dismissal",),
        ),
        (None, "options", "half back to your card and a voucher for next time?", ()),
        (
            "billing-error",
            "heard",
            "I'm sorry you feel let down by the chat team",
            ("non_apology",),
        ),
        ("missed-technician", "heard", "and then you had to chase it yourself, twice", ()),
        (
            "escalated-exec",
            "heard",
            "your warehouses stopped and we told you nothing for hours",
            (),
        ),
        ("billing-error", "heard", "I wouldn't have blamed you if you'd just cancelled on us", ()),
        ("billing-error", "options", "I can't do anything extra on top, but both charges back", ()),
        (
            "missed-technician",
            "commitment",
            "I'll make sure nothing like this ever happens to you again",
            ("over_promise",),
        ),
        ("lost-express", "vent", "hey, okay, enough with the yelling", ("calm_down",)),
        ("vip-client", "heard", "I'll talk slower then, shall I", ("insult",)),
        ("lost-express", "heard", "the depot lost it, that's where the fault lies", ("blame",)),
        (
            "lost-express",
            "options",
            "it'll be there by ten, guaranteed, and we'll cover anything you lose",
            ("over_promise",),
        ),
        (
            "billing-error",
            "vent",
            "sorry to jump in, which email did you sign up with?",
            ("premature_details",),
        ),
        (None, "options", "I can send a new one out or refund you in full, your call", ()),
        (
            None,
            "options",
            "a full refund and a little something on top for the trouble",
            ("over_promise",),
        ),
        ("lost-express", "heard", "so it's landed on you with your client, not us", ()),
        (
            "lost-express",
            "vent",
            "and the return reference, have you got it handy?",
            ("premature_details",),
        ),
        (
            "missed-technician",
            "options",
            "normally that needs a manager's sign-off but honestly I'm just going to do it now",
            (),
        ),
        (
            "vip-client",
            "options",
            "the usual route is a written claim. I'm not making you do that, I'll refund it now",
            (),
        ),
        (
            "lost-express",
            "options",
            "strictly speaking you'd fill in a claim form first but I'll do it for you now",
            (),
        ),
        (
            "lost-express",
            "options",
            "normally that'd be down to the courier but I'll sort it myself now",
            (),
        ),
        ("lost-express", "heard", "that's the courier's job, not ours", ("blame",)),
        ("lost-express", "heard", "do you think they'll go elsewhere over it?", ()),
        ("vip-client", "heard", "you found out from their solicitor, not us. I'm sorry", ()),
        ("missed-technician", "vent", "what's the address he's coming to?", ("premature_details",)),
        ("escalated-exec", "heard", "ending the contract isn't something I handle", ("dismissal",)),
        ("escalated-exec", "heard", "compensation, that's one for the legal team", ("dismissal",)),
        (
            "lost-express",
            "options",
            "it has to be missing two days first, that's the process, I can't change that. but I "
            "can courier new parts today",
            ("policy",),
        ),
        (
            "missed-technician",
            "options",
            "a full refund's above my sign-off, but I can take the fee off and book you at eight",
            (),
        ),
        (
            "missed-technician",
            "options",
            "full refund, I can't, I'm really sorry. what I can do is drop the fee",
            (),
        ),
        ("lost-express", "heard", "your name's the one on that job, not ours", ()),
        ("lost-express", "options", "or I send them to you so you can fit it yourself?", ()),
        ("failed-twice", "heard", "was it our fitter, or did you install it yourself?", ("blame",)),
        ("failed-twice", "close", "lovely, thank you for bearing with me today", ()),
        ("failed-twice", "heard", "oh brilliant, thanks for that", ("insult",)),
        ("vip-client", "heard", "a transfer that size should have had someone watching it", ()),
        ("failed-twice", "options", "the engineer will cool it down before he fits it", ()),
        ("failed-twice", "heard", "right, cool it, mate", ("calm_down",)),
        # the customer's wish named back is not our offer
        ("failed-twice", "heard", "I get that you're after a newer model, I would be too", ()),
        ("failed-twice", "heard", "I understand you'd like an upgraded one, and I can see why", ()),
        (
            "failed-twice",
            "options",
            "a replacement, or if you'd like an upgrade to the newer model",
            ("over_promise",),
        ),
        (
            "failed-twice",
            "options",
            "I can get you a newer model free of charge",
            ("over_promise",),
        ),
    ],
)
def test_fault_kinds_in_context(
    persona_id: str | None, stage: str, text: str, kinds: tuple[str, ...]
) -> None:
    persona = find_persona(persona_id) if persona_id else None
    result = judge(text, JudgeContext(persona, stage), learned=False)
    assert result.violation_kinds == kinds, result.as_json()


def test_a_refused_remedy_is_not_the_offer_cited() -> None:
    text = "a full refund is what you were hoping for, I know. I can waive the fee instead though"
    result = judge(text, JudgeContext(find_persona("missed-technician"), "options"), learned=False)
    assert result.marks["options"].evidence == "I can waive", result.as_json()


@pytest.mark.parametrize(
    ("text", "ack", "emp"),
    [
        ("no engineer and no call, twice. I'm not surprised you're fuming", True, True),
        ("I get it, you've told me about four times now", False, False),
        ("*sighs* right, so you were charged twice after you cancelled", True, False),
    ],
)
def test_an_insult_in_the_same_breath_takes_back_the_acknowledgement(
    text: str, ack: bool, emp: bool
) -> None:
    result = judge(text, JudgeContext(find_persona("missed-technician"), "heard"), learned=False)
    assert (result.marks["acknowledge"].hit, result.marks["empathise"].hit) == (ack, emp), (
        result.as_json()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("honestly that leaves you in a right bind with your client", True),
        ("that's put you in an awkward spot with your customer, hasn't it", True),
        ("is your client okay with a courier this afternoon?", False),
    ],
)
def test_the_harm_done_to_them_says_the_topic_back(text: str, expected: bool) -> None:
    result = judge(text, JudgeContext(find_persona("lost-express"), "heard"), learned=False)
    assert result.marks["acknowledge"].hit is expected, result.as_json()


def test_the_model_does_not_call_a_check_on_their_choice_doubt() -> None:
    text = "are you sure you're okay to hold for a couple of minutes while I get this booked?"
    result = judge(text, JudgeContext(None, "commitment"))
    assert "doubt" not in result.violation_kinds, result.as_json()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I understand you're upset.", True),
        ("sorry you've been billed twice, that isn't right", True),
        ("sorry you feel that way", False),
        ("honestly, what a nightmare of a week", True),
        ("I understand you're upset, but it's not really something we can control", False),
    ],
)
def test_understanding_their_upset_empathises(text: str, expected: bool) -> None:
    result = judge(text, JudgeContext(find_persona("billing-error"), "heard"), learned=False)
    assert result.marks["empathise"].hit is expected, result.as_json()


@pytest.mark.parametrize(
    ("persona_id", "text", "ack", "emp", "options"),
    [
        (
            "billing-error",
            "Hello, I understand you're calling about your account.",
            False,
            False,
            False,
        ),
        (
            "failed-twice",
            "Hi, I can see you've called before about the machine.",
            False,
            False,
            False,
        ),
        ("failed-twice", "how long have you been without it now?", False, False, False),
        (
            "lost-express",
            "you're stuck in the middle with your client over our mistake",
            True,
            False,
            False,
        ),
        ("missed-technician", "no wonder your fuming", False, True, False),
        (
            "missed-technician",
            "you've had a rough couple of weeks, haven't you",
            False,
            True,
            False,
        ),
        ("escalated-exec", "apologies for the downtime, truly", False, True, False),
        ("lost-express", "want a same-day courier on us?", False, False, True),
        ("lost-express", "right, that's the courier booked for the parts", False, False, True),
        ("lost-express", "you want a full refund? no", False, False, False),
        (
            "lost-express",
            "how many sites do you have? just so I understand what's at stake",
            False,
            False,
            False,
        ),
        ("lost-express", "okay so what your telling me is it arrived broken", True, False, False),
        ("lost-express", "oh no, and the restaurant's waiting on it too", True, False, False),
        ("lost-express", "a control board for a restaurant, of all things", True, False, False),
        ("billing-error", "thanks for staying with us for nine years", False, False, False),
        ("missed-technician", "mm, I hear you. and when did it first start?", False, False, False),
        (
            "escalated-exec",
            "roughly how many shifts did the three outages cost you?",
            False,
            False,
            False,
        ),
        ("billing-error", "I'm sorry it tipped you into your overdraft", True, True, False),
        ("vip-client", "nearly losing the house over our delay, I'm so sorry", True, True, False),
        (
            "escalated-exec",
            "so to recap: credits for all three outages and a named account manager",
            False,
            False,
            True,
        ),
        ("billing-error", "nine years with us and this is how we repay you", True, False, False),
        (
            "lost-express",
            "thanks for telling me the parts were for a customer of yours",
            True,
            False,
            False,
        ),
        (
            "billing-error",
            "the account history confirms everything you've said, and I'm sorry",
            True,
            True,
            False,
        ),
        (
            "billing-error",
            "right, that's all been paid back now, the two payments and the bank fee",
            False,
            False,
            False,
        ),
        (
            "billing-error",
            "thanks ever so much for your patience on the phone today, and for banking with us "
            "nine years",
            False,
            False,
            False,
        ),
        (
            "lost-express",
            "okay so the refund's gone through to your card this morning",
            False,
            False,
            False,
        ),
        (
            "missed-technician",
            "so you waited in both mornings and nobody rang. I'm really sorry. I have to say "
            "though, you should have checked your texts",
            False,
            False,
            False,
        ),
        (
            "billing-error",
            "I completely understand. however, what I can do is refund both charges today, would "
            "that help?",
            True,
            False,
            True,
        ),
        ("failed-twice", "are you having to take it all to the launderette?", False, False, False),
        (
            "escalated-exec",
            "no provider is perfect, that's just the reality, but three outages in one quarter is "
            "too many",
            True,
            False,
            False,
        ),
        (
            "billing-error",
            "don't worry, your bank will definitely take the fee off when they see our letter",
            False,
            False,
            False,
        ),
        (
            "billing-error",
            "I'll post a letter for your bank explaining it was our mistake",
            False,
            False,
            False,
        ),
    ],
)
def test_acknowledge_empathise_and_options_in_context(
    persona_id: str, text: str, ack: bool, emp: bool, options: bool
) -> None:
    result = judge(text, JudgeContext(find_persona(persona_id), "heard"), learned=False)
    got = tuple(result.marks[m].hit for m in ("acknowledge", "empathise", "options"))
    assert got == (ack, emp, options), result.as_json()
