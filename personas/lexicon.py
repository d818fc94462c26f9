"""The judge's phrase lexicon: how trainees actually say each move of the method, and each fault.

Each entry is a regular expression over `SpokenText.norm` (lowercase words separated by spaces,
`|` where a sentence ended, fillers removed, "gonna" expanded). `W` is any one word. Entries are
grouped by mark; the judge decides negation, "but" and sarcasm around them, so these lists only say
what the words look like.
"""

from __future__ import annotations

import re

W = r"[^ |]+"
_I = r"(?:i|i'm|i am|we|we're|we are)"
_AM = r"(?:i'm|i am|we're|we are)"
_WILL = (
    r"(?:i'll|i will|we'll|we will|i'm going to|i am going to|we're going to|we are going to|"
    r"i'm about to|let me|i'm gonna)"
)
_YOU_ARE = r"(?:you're|you are|your|ur)"
_INTENS = (
    r"(?:so |really |very |truly |terribly |incredibly |deeply |genuinely |sincerely |"
    r"extremely |awfully |just |completely |totally |absolutely |honestly |hugely |ever so )*"
)
_FEEL = (
    r"(?:frustrat\w*|annoy\w*|stress\w*|upset\w*|angry|anger|furious|livid|infuriat\w*|awful|"
    r"terrible|horrible|horrendous|exhaust\w*|madden\w*|disappoint\w*|worr\w*|scar\w*|"
    r"embarrass\w*|humiliat\w*|unacceptable|nightmare|difficult|hard|rough|tough|draining|"
    r"inconvenien\w*|unfair|painful|distress\w*|overwhelm\w*|anxious|mad|fed up|let down|"
    r"hurt\w*|gutted|rubbish|miserable|a pain|a nightmare|a mess|a disaster|awkward|"
    r"aggravat\w*|irritat\w*|upsetting|outrag\w*|shock\w*|crazy|had enough|sick (?:to death )?of|"
    r"mortif\w*)"
)


SENTENCE_START = r"(?:(?<=^ )|(?<=\| ))"
"""Put before an entry that only counts at the start of a sentence ("relax, ...", "anyway ...")."""


def rx(*patterns: str) -> tuple[re.Pattern[str], ...]:
    """Compile entries so they only ever match whole words."""
    # A literal leading space (not a look-behind) lets `re` scan fast for where a match can start;
    # the judge drops that space from every span.
    return tuple(re.compile(rf" (?:{p.rstrip()})(?= )") for p in patterns)


_OWNED_FAILURE = (
    r"(?:the|that|this) (?:delay|mistake|error|fault|problem|failure|mix-up|mix up|hold-up|hold "
    r"up)s? (?:here |there )?(?:was|were|is) (?:all |entirely |completely )?(?:ours|on us|"
    r"our fault|our doing|down to us)"
)
"""Owning what went wrong ("the delay was ours") acknowledges it, and makes blame beside it an
explanation (OWNERSHIP)."""
_NOT_HOW_IT_SHOULD_GO = (
    r"not how (?:it|this|that|things|any of (?:this|it)) (?:should|was supposed to|were supposed "
    r"to|ought to|is supposed to)(?: have| of|'ve)? (?:gone|go|been|happened|work|worked)"
)
"""Saying it went wrong on our side ("that's not how any of it was supposed to go"): it
acknowledges, and owns the failure (OWNERSHIP)."""
_OURS = (
    r"(?:that's|that is|it's|it is|it was|that was|it really was|that really was|(?:the|that|this) "
    r"[^ |]+ was) "
    r"(?:all |entirely |really )?(?:ours|our mess|our doing|our cock.up)(?= \||(?= $)| to| not| "
    r"and| full)|(?:my|our) (?:problem|job|responsibility|mess) to (?:sort|fix|answer for|put "
    r"right)|(?:it's|it is|it was|that's) our (?:process|system|team|side|end) "
    r"(?:(?:that|which)(?:'s| is| was) )?(?:broken|at fault|wrong|failed|to blame)|"
    r"(?:we|i) should(?:'ve| have| of) (?:fixed|caught|spotted|sorted|stopped|flagged|dealt with) "
    r"(?:it|this|that)|(?:nobody|no one|there's nobody|there is nobody) else to (?:point at|"
    r"blame)|because we did(?= \||(?= $)| not)|we'd no (?:right|business) to|(?:we|i)(?: "
    r"haven't| have not| didn't| did not|'ve not) (?:held up|hold up|kept|keep|done|do) (?:our|my) "
    r"(?:end|side|promise|word|part)|(?:we've|we have|we|i've|i) (?:obviously |clearly |really "
    r"|completely |badly )?(?:mishandled|bungled|botched|fumbled|mucked up|fluffed) (?:it|this|"
    r"that|your|the)"
)
"""Saying the failure is ours ("that's ours", "our problem to sort out, not yours", "we haven't
kept our side", "we've mishandled it"): it acknowledges, and owns it (OWNERSHIP)."""
_FAILURE_ON_US = (
    r"(?:not happening|not turning up|not showing up|not arriving|not ringing|not calling|going "
    r"missing|mix-up|mix up|mistake|delay|failure|no-show|no show) (?:is|was) (?:all |entirely |"
    r"completely |totally |squarely )?on (?:us|me)"
)
"""What went wrong named and put on us ("the callback not happening is on us"): it acknowledges,
and owns it (OWNERSHIP)."""
_UNDERSTOOD_FEELING = (
    r"(?:understand|appreciate|get|see) (?:the|your|all the|how much) (?:frustration|upset|"
    r"stress|anger|worry|annoyance|distress)|i (?:do |really |totally |fully |completely )?"
    r"(?:appreciate|recognise|recognize|realise|realize) (?:that )?(?:this|it|all this|all of "
    rf"this)(?:'s| is| has| must| was| must have)? (?:{W} ){{0,3}}{_FEEL}|(?:sounds|it sounds|"
    rf"seems|it seems) like (?:you're|you are) {_INTENS}(?:{_FEEL}|sick|tired)"
)
"""README rule 1: understanding their feeling ("I understand the frustration this has caused",
"I appreciate this has been stressful", "sounds like you're fed up") both acknowledges and
empathises."""

_NOT_THEIR_FAULT = (
    r"(?:you're|you are|your) not doing anything wrong|you (?:haven't|didn't) do(?:ne)? anything "
    r"wrong|"
    r"(?:not|none of (?:this|it|that)(?: is| was|'s)?|nothing (?:about|of) (?:this|it|that)(?: is| "
    r"was)?) (?:even |at all |in any way )?(?:your|you're) (?:own )?(?:fault|doing)|none of "
    r"(?:this|it|that)(?: is| was|'s) down to you|none of (?:this|it|that) (?:should|should've|"
    r"should have|ought to) (?:have )?(?:landed on|fallen on|been on) you|none of "
    r"(?:this|it|that)(?: is| was|'s) on you|(?:nothing|"
    r"none of it) (?:you did|you've done|you have done) (?:was )?wrong|you (?:did|have done|'ve "
    r"done) nothing wrong|you (?:cancelled|did it|booked|paid) (?:properly|correctly|right|on time)"
)
"""Clearing the customer ("none of this is your fault") acknowledges what happened to them, and
the blame words inside it are not blame (EXONERATION)."""
EXONERATION = rx(_NOT_THEIR_FAULT)

CHECKING_ON_THEM = rx(
    r"(?:are|were) you sure (?:you're|you are) (?:okay|ok|happy|alright|all right|fine) "
    r"(?:to|with)",
    r"(?:are|were) you sure you (?:don't|do not|wouldn't|would not) (?:want|like|prefer|rather)",
)
"""Making sure of their choice ("are you sure you're okay to hold?"): care, not doubt."""

ACKNOWLEDGE = rx(
    r"(?:records?|notes|logs?|history|system|screen|tracking|account)(?: history)? (?:completely "
    r"|fully |all )?(?:confirms? (?:everything|what|all) you(?:'ve| have)?|backs? you up|back you "
    r"up|bears? you out|agrees? with you|matches what you)",
    r"point taken|(?:you're|you are) dead right|i am understand(?:ing)?",
    r"(?:you're|you are) not wrong",
    r"you (?:shouldn't|should not|should never) (?:have|'ve) (?:needed|had) to",
    r"(?:isn't|is not|not|wasn't|was not) (?:at all |remotely |exactly )?fair on you",
    r"i can (?:really |totally |honestly )?tell (?:this|that|how|you're|you are|it's|it has)",
    r"(?:can't|cannot) (?:honestly )?believe (?:nobody|no one|no-one|they|we|he|she|it|you|"
    r"that|the)",
    r"(?:can't|cannot) (?:even )?imagine (?:how|what|having|being|trying|the)",
    _NOT_THEIR_FAULT,
    r"(?:for|because of|due to|over|after) our (?:own )?(?:mistake|error|failure|fault|cock.up|"
    r"mess.up|delay|mix.up|screw.up|blunder)",
    r"(?:just )?to (?:check|confirm|make sure) (?:i've|i have) got (?:it|this|that|everything)",
    r"correct me if (?:i'm|i am) wrong",
    r"if i(?:'ve| have)? (?:followed|understood|heard) (?:you|that|this|it|all that)",
    r"is that (?:about )?the (?:size|long and short|gist) of it",
    r"i (?:totally |completely |really |fully |definitely |absolutely )?hear (?:you|what|that|how|"
    r"where|your)",
    rf"i (?:do |totally |really |fully |absolutely )*know (?:just )?how (?:[^ |]+ )?(?:{_FEEL}|"
    r"important|much)",
    r"i (?:do |totally |completely |really |fully |definitely |absolutely |now |can )*"
    r"(?:understand|understood|gather) (?:what|why|how|where|your|you|completely|totally|fully)",
    r"(?<!way )(?<!so )i (?:do |totally |completely |really |fully |definitely |absolutely |now |"
    r"can )*(?:get|see) (?:what|why|how|where|where you're|your point)",
    r"(?<!so )(?<!so that )(?<!help )(?<!helps )(?<!make sure )i (?:do |totally |completely |"
    r"really |fully |definitely |absolutely )*understand(?! (?:the|that|it|this|it's|that's) "
    r"(?!\|))",
    r"i (?:totally |completely |really |fully |definitely |absolutely |genuinely |honestly |truly "
    r"|do )*get it",
    r"(?:so |okay so |right so )?if i (?:understand|heard|hear|got|have|'ve got|understood) "
    r"(?:you|this|that|it|everything|things) (?:right|correctly)",
    r"(?:let me|i want to|i'd like to|can i|let me just) (?:just )?(?:make sure|recap|"
    r"summari[sz]e|repeat|play back|go over) (?:i|that i|i've|we|what|this|that|"
    r"everything|the details|back)(?! (?:got|have|got up|have up|pulled up|found|brought up|on) "
    r"(?:the right|the correct|your|the) (?:account|details|record|file|booking|order|customer|"
    r"person|policy|case))",
    r"(?:let me|i want to|i'd like to|can i|let me just) (?:just )?(?:check|confirm) (?:that )?"
    r"(?:i|i've|i have|we|we've|back)(?= |$)",
    r"(?<!that's )(?<!it's )(?<!is )(?<!entirely )(?<!completely )(?<!totally )(?<!absolutely )"
    r"(?<!perfectly )(?<!within )(?:you're|you are|you were|your) (?:absolutely |completely |"
    r"totally |quite |so |100 percent )?right(?! to (?:be|feel))",
    r"(?:that|this|it) (?:should not|shouldn't|should never|never should) (?:have|be) "
    r"happen(?:ed)?",
    r"(?:should never|never should|should not ever|shouldn't ever) (?:have|'ve|of) happened",
    r"(?:we've|we have|we|i've|i have|i) (?:really |completely )?made (?:a |an )?(?:right |real "
    r"|complete |total |proper |absolute |bit of a )?(?:mess|hash|pig's ear|dog's dinner|shambles|"
    r"muddle) of",
    r"(?:i know|i'm sure|i bet) you(?:'ve| have) heard (?:that|this|it)(?: one| line| one before|"
    r" all)? before",
    r"(?:that|this|it)(?:'s| is|s) not (?:on(?= at all| \||(?= $))|okay|acceptable|good enough|"
    r"right|fair|what you (?:expected|were promised|paid for|signed up for|deserve))",
    r"(?:that's|it's|this's|is|was|are|were) (?:just |really |completely |totally |absolutely |"
    r"frankly |honestly "
    r"|simply |the part that's )?(?:unacceptable|unforgivable|inexcusable|indefensible|plain wrong|"
    r"just plain wrong|so wrong|flat out wrong)",
    r"(?:that|this|it) (?:is|was|'s|wasn't|isn't) (?:not )?(?:the service|the experience) you",
    r"(?:that|this|it)(?:'s| is| was|s) (?:completely |totally |entirely |absolutely )?"
    r"(?:our|my) (?:mistake|fault|error|bad|responsibility|failure)",
    r"(?:we|i)(?:'ve| have)? (?:really |completely )?(?:messed up|dropped the ball|let you down|"
    r"got (?:it|this) wrong|made a mistake|failed you|should have|should've)",
    r"(?<!so )i can (?:see|tell) (?:that )?(?:the |both |two |three |all (?:the |three )?)?"
    r"(?:missed|failed|cancelled|double|duplicate|extra|second) (?:appointments?|visits?|charges?|"
    r"payments?|deliver(?:y|ies)|calls?|transfers?)",
    r"(?:what i'm hearing|what i hear|let me (?:just )?play (?:that|this|it) back|so if i've got "
    r"(?:this|that|it) right|if i've got (?:this|that|it) right|have i got that right)",
    r"(?<!so )i can see (?:why|how|what|where)",
    r"(?<!so )i (?:can )?(?:hear|see|realise|realize) (?:how much|how|that you|you've|you have|"
    r"you're|you are|this isn't|this is|it's been|what|your(?! (?:account|details|booking|order|"
    r"file|records?|notes|profile|postcode|address|name|number|card|information|info)(?: (?:here|"
    r"now|up|there|on (?:the|my) (?:screen|system)))?(?= \||(?= $)| (?:and|so|let|can|what|if|give|"
    r"hold|bear|one|just|okay|right))))",
    r"(?<!that )(?<!i know )i know(?= \|| $)",
    r"(?<!so )i know (?:that )?(?:you want|you need|how much|how close (?:that|it|you|this) came|"
    r"what you(?:'re| are) after|what you (?:want|need|were hoping for|expected))",
    r"i (?:heard|caught|took in|got|noted) (?:exactly )?what you (?:said|told me|were saying|"
    r"mentioned|said about)",
    r"(?:you've|you have) (?:made it|been) (?:very |really |perfectly |crystal )?(?:plain|clear) "
    r"(?:that |what |how )?(?:you|your|this|it|the)|(?:you've|you have) told me what (?:your|you|"
    r"the|this)",
    r"(?:not going to|won't|will not|can't|cannot|couldn't) argue with (?:that|any of (?:that|it)|"
    r"a (?:word|single word|thing) of (?:that|it)|you)",
    r"(?:where|how|what) we went wrong",
    r"(?:found out|learned|learnt|had to find out|heard)(?: about it| it| that)? (?:the hard way|"
    r"from (?:your|"
    r"the) (?:own )?(?:staff|team|customer|client|neighbours?|bank|floor|board))",
    r"(?:we|i) (?:had|have|'d) no (?:right|business|reason) to (?:take|charge|keep|cancel|close)",
    r"(?:that's|that is|that was|it's|it is) (?:real |actual )?(?:lost (?:business|money|time|"
    r"revenue|sales|income|wages|pay|orders)|money (?:out of your pocket|you've lost))",
    r"(?:thinks?|blames?|blaming|thought) (?:it's|it was|its|it is) you (?:that|who)|when "
    r"(?:it's|it was|its|it is) (?:us|our fault|our doing)(?= \||(?= $)| not you)",
    r"(?:took|taken|taking) you (?:ringing|calling|phoning|chasing|complaining|writing|coming "
    r"back|shouting|escalating)",
    _NOT_HOW_IT_SHOULD_GO,
    _OURS,
    _FAILURE_ON_US,
    r"(?:shouldn't|should not|shouldnt) (?:be |have to |have had to )?(?:pay|paying|paid|suffer|"
    r"suffering|lose|losing|foot the bill) (?:anything )?for (?:our|my) (?:mistake|error|fault|"
    r"mess|failure|cock-up)",
    r"(?:you're|you are|you've been) the one (?:who|that)(?:'s| has|'ll| will)? (?:has to |had to "
    r"|having to |got to |left to |now )?(?:answer|explain|deal|face|pick up|sort|carry|pay)",
    SENTENCE_START + r"(?:so |okay |ok |right |and |now )?(?:you said|you mentioned|you told me|"
    r"you've said|you've told me|you've mentioned)(?: that)? (?:your|you|you're|you'd|you've|it|"
    r"it's|the|they|he|she|nobody|no one|no-one)",
    r"i (?:do |totally |completely |really )*get that(?= (?:\||$))",
    r"(?:sounds|it sounds|seems|it seems|looks) like (?:it's (?:just |really |honestly )?been|"
    r"nobody's|no one's|you've|you have|you were|you had|"
    r"this has|they|we|nobody|no one|it was)(?!(?: had)? (?:such |quite )?(?:a |an )?(?:really |"
    r"truly |absolutely |pretty )?(?:horrendous|horrible|rough|awful|terrible|tough|hard|"
    r"stressful|nightmare|dreadful|miserable|bad|difficult|rotten|shocking|exhausting)\b)",
    r"(?:it was|it's|that was) (?:us|our fault|our mistake|our error|down to us)",
    r"(?:that's|that is|it's|it is|this is|(?:that|this) one(?:'s| is)) (?:really |entirely |"
    r"completely |all )?on (?:us|me)",
    r"(?:it's|it was|that's) (?:us|our side|me) (?:that|who) (?:messed|let|got|dropped|failed)",
    r"(?<!have )(?:you've|you have|you) (?:now |already |even )?(?:been|had to) (?:waiting|left|"
    r"let down|"
    r"charged|passed|bounced|shunted|fobbed|trying|chasing|stuck|calling|taking|waiting|without|"
    r"dealing|put|forced|going|kept|strung|made to (?:look|feel)|hit with (?:a|an|the|two) "
    r"(?:[^ |]+ ){0,2}(?:fee|charge|bill|penalty|fine))",
    r"(?<!sorry )(?<!sorry that )(?<!have )(?:you've|you have|you) (?:now |already |even )?had to "
    r"(?:chase|ring|call|phone|wait|take|"
    r"explain|deal with|go|repeat|email|escalate|sit|stay|cancel|borrow|tell|write)",
    r"sorry (?:that )?you (?:got|were) (?:bounced|passed|pushed|shunted|fobbed|handed) (?:around|"
    r"about|from|between|off|on|round)",
    r"(?:handed|passed|bounced|shunted) you (?:on|around|about|from|between|round)|being "
    r"(?:bounced|passed|shunted|fobbed|pushed) (?:round|around|about|between|from|off)",
    r"sorry (?:that )?(?:we|i|we've|i've) (?:made|had|left) you (?:chase|chasing|ring|ringing|call|"
    r"calling|phone|phoning|wait|waiting|come back|coming back)",
    r"(?:making|made|having|had) you (?:go through|explain|repeat|tell|say) (?:it|this|that|"
    r"everything|the whole thing|your story)(?: all)?(?: over)? again",
    r"(?:the|all the|all that|all this) (?:running (?:about|around)|chasing|back and forth|"
    r"phoning|ringing|calls|hassle|legwork) (?:you've|you have|you) had to",
    r"(?:nobody|no one|no-one) (?:here |on our side |at our end |our side )?(?:was|were|has been|"
    r"had been|is) (?:actually |really |properly )?listening",
    r"(?:i realise|i know|i'm aware|i am aware|i can see) (?:that )?(?:this has|it has|it's|"
    r"this's) happened (?:before|again)",
    r"sorry (?:that )?(?:you've|you have|you) had to (?:chase|ring|call|phone|wait|take|explain|"
    r"repeat|email|escalate|sit|stay|cancel|borrow|tell|write|fight|plead|beg|battle|push|find "
    r"out|hear it|learn)",
    r"(?:okay |right )?got it(?: so| you)",
    r"(?:i take|take|i accept) (?:the|your) point",
    r"(?:we|i) (?:haven't|have not|weren't|were not) (?:been )?(?:good enough|up to scratch|"
    r"there for you)",
    r"you (?:should|shouldn't|should not) (?:have )?(?:heard|had to|been|known|found)",
    r"(?:you were|you've been|you have been) (?:badly |really |completely )?(?:let down|messed "
    r"around|failed)",
    r"you(?:'d| had|'ve| have)? (?:did|done) (?:everything|it all|all of it) (?:right|properly|"
    r"by the book)|you did (?:exactly |just |precisely )?what you (?:were supposed to|were meant "
    r"to|should have|should've|were asked to|were told to)|you did (?:all|everything) (?:we|you "
    r"were|you'd been) asked",
    r"(?:was|were) (?:meant|supposed|due|promised) to (?:arrive|come|turn up|be there|be delivered|"
    r"land|be fixed|be with you|be here|go out|reach you|clear|be sorted) (?:[^ |]+ ){0,4}?(?:and|"
    r"but) (?:it's|it is|it|they|he|she|nobody|no one|never|still)(?= (?:nowhere|never|didn't|"
    r"did not|hasn't|has not|wasn't|isn't|still|not|missing|lost|gone|no))",
    r"(?:this is|that's|it's|that is|it is) (?:now |actually |already )?the (?:second|third|fourth|"
    r"fifth) time(?! (?:i've|i have|i|i'm|we've|we have|you've asked|of asking))",
    r"(?:a|the|two|three|a whole|another|the whole|whole) (?:days?|mornings?|afternoons?|weeks?) "
    r"(?:off )?wasted",
    r"(?<!about the )(?<!for the )(?:two|three|2|3|back to back) no.shows?",
    r"(?:that|this|it|which) (?:really |just |simply |honestly |frankly )(?:isn't|is not|wasn't|"
    r"was not) (?:acceptable|okay|good enough|right|fair|on)",
    r"(?:taken|took|taking) (?:this|so|that) (?:much|many) (?:chasing|calls|phone calls|emails|"
    r"goes|attempts)",
    r"(?<!has )(?<!did )(?<!if )(?<!have )(?:we've|we have|we|this has|it has|this|it's|that's|"
    r"that has) (?:already |now |really )?cost you (?:[^ |]+ ){0,2}?(?:days?|wages|money|time|"
    r"mornings?|afternoons?|business|pay|sales|customers|a fortnight|a week|hours)",
    r"(?:your|their) (?:own )?(?:reputation|name|credibility|neck|standing)(?: with(?: [^ |]+)"
    r"{1,3}?)?(?: is| was|'s| that's| being)? (?:now |really )?(?:at stake|on the line)",
    r"(?:it|this|that) (?:should|shouldn't) (?:of|have) been",
    r"(?:you're|you are|you were) (?:absolutely |completely |totally |quite |so |perfectly )?"
    r"correct(?! me)",
    r"(?:that's a |that is a |a )?fair (?:point|comment|complaint|criticism|question)",
    r"(?:that's|that is|it's|it is|this is) (?:really |just |simply |frankly )?not (?:good "
    r"enough|acceptable|okay|on(?! (?:the|your|our|my|a|an|it|its|that|this|there|here|time|"
    r"track|record|board|file|hold|screen|list)))",
    r"(?:because of|thanks to|down to) us|of our (?:own )?making",
    r"(?:we|i) (?:have |'ve )?(?:wasted|messed up|ruined|cost you) your (?:time|day|days|morning|"
    r"mornings|week|money)",
    r"expect(?:ed)? (?:better|more) (?:from|of) us",
    r"(?:not|isn't|wasn't) how you (?:should|ought to) (?:be|have been) treated",
    r"(?:i'm|i am) with you(?= completely| totally| on)",
    r"(?:i'm|i am) hearing (?:that|you|how|what)",
    r"i take (?:that|this|it|your (?:complaint|point|concern)) (?:very )?seriously",
    r"what you're describing",
    r"(?:a )?(?:reasonable|fair) thing to (?:ask|be asking|expect|want)",
    r"(?:the money|your money|the funds|your funds|the transfer|the wire|it) (?:sat|was sitting|"
    r"was stuck|got stuck|sat there|was held|got held) (?:with us|in our|at our|on our)",
    r"(?:hit|stung|landed|slapped) you with (?:an|a|the|their) (?:[^ |]+ )?(?:overdraft|fee|charge|"
    r"bill|penalty)",
    r"(?:leaves|left|leaving|makes|made|making) you look(?:ing)? (?:really |so )?(?:bad|terrible|"
    r"awful|stupid|silly|unprofessional|incompetent|unreliable|like)",
    r"(?:it's|it has|this has|this's|that's|that has) (?:obviously |clearly |really |been )?"
    r"(?:been )?(?:mishandled|bungled|botched|badly handled|handled badly)",
    r"(?:problem|issue|disaster|failure|fault|delay|mistake|let.down) after (?:problem|issue|"
    r"disaster|failure|fault|delay|mistake|let.down)|one thing after another",
    r"(?:we've|we have|we) (?:messed|mucked|screwed) (?:[^ |]+ ){0,3}?up",
    r"(?:we've|we have) made (?:this|things|it|your [^ |]+) (?:really |so |very )?(?:hard|"
    r"difficult)",
    r"(?:everything|what) you(?:'ve| have)? (?:said|told me|described) (?:checks out|is right|"
    r"is correct|adds up|is true)",
    r"(?:haven't|have not|didn't|did not) (?:done|treated you) right by you",
    r"(?:that's|that is|it's|this is) no way to (?:be treated|treat)",
    r"(?:you |and |(?<=^ )|(?<=\| ))having to (?:chase|ring|call|phone|take|wait|explain|deal "
    r"with|go to|go over|"
    r"tell|sit|stay|repeat|escalate|email|cancel|borrow|use|pay|keep)",
    r"(?:it|that|this) (?:shouldn't|should not|should never) (?:have|'ve) (?:taken|happened|needed|"
    r"come to)",
    r"(?:there's|there is|that's|that is) no excuse for (?:that|it|this|what)",
    _OWNED_FAILURE,
    r"(?:we've|we have|we|i've|i) (?:really )?(?:messed|mucked) (?:you )?(?:about|around)",
    r"you (?:should|should've|should have) (?:have )?had (?:a|an) (?:call|text|update|message|"
    r"warning|visit|reply|answer)",
    _UNDERSTOOD_FEELING,
)

RESTATEMENT = rx(
    SENTENCE_START + r"(?:(?:right|okay|mhm|yeah|and) )?(?:so )?what happened (?:is|was)",
    r"i (?:do |totally |completely |really |fully |definitely |absolutely |now |can )*"
    r"(?:understand|understood|gather) (?:that|the|this|it|it's|that's)(?= [^|])",
    r"(?<!word )(?:so |okay so |right so )?(?:what )?(?:you're|you are) (?:saying|telling me)",
    r"(?:so |and |okay so |right so |because |since |seeing as |given )(?:you've|you have|you had|"
    r"you've had|you were|you got|"
    r"you waited|you paid|you lost|you spent|you called|you've been|you've called|you booked|"
    r"you ordered|you've waited|you've paid|you cancelled|you canceled|you never|you didn't|"
    r"you did everything|you did all|you've done|you rang|you've rung|you've lost|you've had to|"
    r"you had to|you've chased|you've spent|you've taken|you took (?!the time))"
    r"(?!(?: been)? (?:with us|a customer|loyal))(?: [^ |]+){1,6}",
    SENTENCE_START + r"(?:you (?:paid|waited|lost|took|rang|called|booked|ordered|cancelled|"
    r"canceled|did everything|were charged|got charged|were told|were promised|were left)|"
    r"you've (?:paid|waited|lost|rung|called|been charged|been told|been promised|been left|been "
    r"passed|been chasing|had to chase|had to wait|taken two|taken a))(?: [^ |]+){1,6}",
    r"(?<!so )i know (?:that )?(?:you've|you have|you were|you can't|you cannot|this isn't|this is|"
    r"this "
    r"has|it's been|your|you're|you are|the(?! (?:rule|rules|policy|process|procedure|usual|"
    r"normal|system|terms))|last)",
    r"(?:you|you've|you have) (?:already |now |just |even )?(?:took|taken|waited|lost|paid|spent|"
    r"missed|wasted) (?:a|the|two|"
    r"your|all|half|an|hours|days|money|another|both|extra|for)(?! time)",
    r"i can see (?:that|you|this|it|it's|that's)",
    r"(?<!way )i (?:do |totally |completely |really |fully |definitely |absolutely |now |can )*"
    r"(?:get|see) (?:that|it)",
    r"is that (?:right|fair|correct)",
)
"""Frames that introduce a restatement ("so you've…", "I understand the…", "I know you've…", "I can
see it…"). They acknowledge only when what follows says what went wrong for the customer (see
TROUBLE): the same frames also start detail questions ("you booked it online?"), lookups ("I can
see it on here"), information ("I understand the engineer's booked") and small talk ("I know
you've got a busy day")."""

TROUBLE = rx(
    rf"{_FEEL}",
    r"never|didn't|did not|hasn't|has not|haven't|have not|wasn't|weren't|isn't|aren't|"
    r"doesn't|don't|couldn't|wouldn't|won't|can't|cannot|not|no|nobody|nobody's|no one|"
    r"no one's|nothing|none",
    r"twice|again|still|late|delay\w*|missing|lost|los(?:e|ing)|gone|vanish\w*|broke|broken|"
    r"fail\w*|fault\w*|charged|double|wasted|waited|waiting|wait|hours|days|weeks|all (?:day|"
    r"morning|afternoon|week)|for nothing|let down|let you down|promised|off work|day off|"
    r"days off|chas\w*|stuck|passed|missed|outages?|breach\w*|leak\w*|down|wrong|mess\w*|"
    r"on hold|overdraft|bounced|looking bad|packed in|stopped|cost you|out of pocket|blank|sorted|"
    r"badly|mistake|error|problem|issue|ignored|cut off|hung up|three times|every time|"
    r"each time|both times|either time|over and over|whole|without|damaged|faulty|cracked|"
    r"(?:a few|several|so many|too many|umpteen|multiple|many) times|riding on (?:this|it|that)|"
    r"(?:second|third|fourth) (?:go|time|attempt|call|try)",
)
"""Words that say something went wrong, for the restatement frames above."""

OWNERSHIP = rx(
    r"no question (?:that |it )?(?:was|it's|that's|it was) (?:us|on us|our (?:fault|doing|"
    r"mistake))",
    _FAILURE_ON_US,
    r"(?:that's|that is|it's|it is|this is|that was|(?:that|this) one(?:'s| is| was)) (?:really |"
    r"entirely |completely |all |honestly )?on (?:us|me)",
    r"(?:our|my) (?:own )?(?:fault|mistake|error|failure|bad|responsibility)",
    r"on our part(?= \||(?= $))",
    r"(?:we|i) (?:really |completely )?(?:messed up|dropped the ball|let you down|got (?:it|this) "
    r"wrong|made a mistake|failed you)",
    r"(?:we've|we have|i've|i have) (?:really )?let you down",
    r"(?:that's|that is|it's) no excuse",
    r"should (?:have|'ve|of) (?:[^ |]+ ){1,6}and (?:it|we) (?:didn't|"
    r"did not|never|wasn't|was not|hasn't)",
    r"(?:i'm|i am|i'll) (?:taking|take) (?:it|this) on myself",
    _OURS,
    _NOT_HOW_IT_SHOULD_GO,
    r"(?:we|i) (?:were|was) (?:wrong|at fault|in the wrong)",
    r"(?:it was (?:us|me)|it's us|it is us|we were the ones|we're the ones|we are the ones)"
    r"(?= who| that)",
    _OWNED_FAILURE,
)
"""Owning the failure: blame or doubt in the same breath is only explaining it ("our courier
dropped the ball, and honestly that's on us")."""

RECAP = rx(
    r"(?:to recap|to summari[sz]e|so to be clear|just so i'm clear|so just to be clear|to sum up|"
    r"just so i've (?:understood|got) (?:it|this|that|everything)(?: right| properly| correctly)?|"
    r"to (?:repeat|read) (?:it|that|this|all that|everything) back)",
    r"(?:let me|i want to|i'd like to|can i) (?:just )?(?:be sure|make sure|check) (?:that )?"
    r"(?:i've|i have) (?:understood|got) (?:you|it|this|that|everything)(?: right| properly| "
    r"correctly)?",
)
"""A recap acknowledges when what it goes on to list is what went wrong ("just to recap, you
were double billed…"), not the offer ("so, to recap: refund today, a call on Friday")."""

RESTATED_EVENT = rx(
    SENTENCE_START + r"(?:(?:right|okay|mhm|yeah|and|oh) )?so (?:the|your|he|she|they|it|it's|"
    r"nobody|nobody's|no one|no one's|that's|there's|both|two|three) ",
    SENTENCE_START + r"(?:so )?that's (?:a|an|two|three|four|five|six|several|[0-9]+) "
    r"(?:[^ |]+ )?(?:days?|weeks?|fortnight|months?|hours?|mornings?|visits?|times?|outages?|"
    r"repairs?|charges?|calls?|breaches|breach|failures?|payments?|no.shows?)",
)
"""Frames that tell the event back without "you" ("so the parcel never came", "that's a fortnight
without a washer"). Like RESTATEMENT they need a word of trouble in their clause, and their sentence
must be a plain statement that commits no fault."""

EMPATHISE = rx(
    r"(?<!then )(?<!then yeah )(?:that's|that is|thats|it's|its) (?:really |just |so |definitely )?"
    r"(?:not good|no good|not great)(?! enough)",
    rf"i can (?:see|tell|hear) (?:that )?(?:this|it) (?:has been|'s been|was|is) {_INTENS}"
    rf"(?:{_FEEL})",
    r"(?:i'm|i am) (?:so |really |just )?(?:frustrated|angry|gutted|upset|livid|furious|cross) "
    r"for you",
    r"(?:i'd|i would) (?:probably |definitely |honestly )?feel (?:exactly )?the same",
    r"(?:i'd|i would) (?:probably |definitely |honestly )?(?:have )?(?:feel|felt) (?:just "
    r"|exactly )?(?:like you do|as you do|the way you do|just like that|the same way|physically "
    r"(?:ill|sick)|sick to my stomach)",
    r"(?:nobody|no one|no-one) (?:could|would|could've|would've|could have|would have) "
    r"(?:possibly )?(?:blame|blamed) you",
    r"(?:can't|cannot) (?:even |begin to )?imagine (?:the|how) (?:[^ |]+ )?(?:irritation|"
    r"frustration|stress|worry|anger|upset|annoyance|hassle|embarrassment|panic|shock|"
    r"aggravation)",
    r"(?:that's|that is|it's|how) (?:really |so |just |absolutely )?(?:horrid|the worst|"
    r"hair.raising)",
    r"what a (?:palaver|carry on|faff|worry)",
    r"(?:that's|that is) (?:really |so |just )bad(?= \||(?= $)| news)",
    r"(?:a|such a|what a) (?:horrible|awful|terrible|rotten|sinking|dreadful) feeling",
    r"(?:such|what) a (?:worry|shock|headache|blow)",
    r"(?:i'd|i would)(?: have)? lost my (?:rag|temper|head|mind)",
    r"(?:no wonder|of course|i'm not surprised) you(?:'ve| have)? (?:had enough|lost patience|lost "
    r"faith|lost your temper|given up|had it up to here)",
    r"(?:i|we) can only apologi[sz]e",
    r"(?:i'd|i would) hate (?:that|it)(?= \||(?= $)| honestly| too| as well| if)",
    r"(?:i'd|i would)(?: not|n't) be (?:too |very )?best pleased",
    r"apologies,? (?:truly|sincerely|really|genuinely)",
    rf"(?:i'm|i am|we're|we are) {_INTENS}mortified",
    r"(?:i|we) owe you (?:an|a proper|a big|a real|an honest) apology",
    r"i (?:can't|cannot|wouldn't|couldn't) (?:say i |really )?blame you",
    r"(?:what a|such a) (?:rubbish|horrible|awful|terrible|rotten|miserable|lousy|crap|rough|"
    r"grim) (?:way|start|end) to",
    r"enough to (?:make|drive|send|push) (?:anyone|anybody|someone|a saint)",
    r"(?:you're|you are|you'd be|you were|you've been) (?:quite |completely |totally )?"
    r"understandably (?:frustrated|upset|angry|annoyed|cross|fed up|worried|stressed|furious|"
    r"livid|disappointed|concerned)",
    r"(?:(?:what|how) (?:a )?big (?:a )?deal|how much) (?:this|that|it|yesterday|the [^ |]+) "
    r"(?:was|is|meant) (?:for|to) you",
    SENTENCE_START + r"(?:oh |oh no |oh dear )(?:i'm |i am )?(?:so |really |very |terribly )?"
    r"sorry(?= \||(?= $)| to hear| about that)",
    r"(?:(?:you|nobody|no one)(?: didn't| don't| doesn't| did not| do not| does not|'d never) "
    r"deserve|(?:nobody|no one) deserves) (?:that|this|to be|any of (?:that|this)|to have)",
    r"(?:nobody|no one) (?:wants|needs) (?:that|this)(?= \||(?= $)| on| in| when)",
    r"(?:i'd|i would) be in (?:a right|such a|a real|a total|a) (?:state|panic|flap|mess)",
    r"how much (?:[^ |]+ ){1,3}?(?:matters|mattered|means|meant) to you",
    r"(?:really |truly )(?:mattered|matters|meant|means) (?:so much |a lot |a great deal |"
    r"everything )?to you",
    r"sorry (?:about|for) how (?:the|it|things|that|this|your) ",
    r"(?:it's|it is|that's|that is|this is|it's been|it has been|is|was) (?:no fun|not much fun|"
    r"not fun)",
    r"(?:see|understand|get) why you (?:don't|wouldn't|can't|no longer|do not) (?:trust|believe|"
    r"want|have (?:any )?faith)",
    r"(?:that's|that is|it's) (?:a lot of|so much|such a lot of) (?:pressure|worry|stress|strain)",
    rf"(?:sounds|sounded|seems|must have been) like (?:a|an|such a) {_INTENS}(?:{_FEEL}|awful|"
    rf"horrible|rough|tough|stressful|long)",
    r"(?:i'd|i would)(?: have)? (?:hit the roof|lost it|gone spare|gone mad|blown my top|been "
    r"fuming)",
    r"(?:hard|hardest|difficult) to swallow|knock (?:anybody|anyone|you) sideways",
    r"kick in the teeth",
    rf"(?:anyone|anybody|everyone|most people) would (?:be|have been) {_INTENS}(?:{_FEEL})",
    r"imagine (?:standing|being|having|sitting|waiting|going|dealing|finding|explaining|telling)",
    r"(?:must|would|will) (?:make|have made) (?:this|it|that|all this) (?:feel )?(?:so |even |"
    r"a lot )?(?:much )?worse",
    r"sorry (?:again |once more |once again )?for the (?:worry|stress|hassle|trouble|upset|"
    r"inconvenience) (?:it|this|that|we|it's|this has) (?:caused|put you through|has caused)",
    r"(?:i )?(?:don't|do not) know how you(?:'ve| have)? (?:managed|coped|done it|kept going)",
    r"sorry (?:again |once more )?(?:that )?it took (?:so long|three|two|four|that long|this long)",
    r"(?:i'd|i would)(?: have)? (?:be|been) (?:losing my mind|spitting feathers|pacing|climbing "
    r"the walls|tearing my hair out|at my wits' end|beside myself|raising my voice)",
    r"(?:i'd|i would) want the ground to swallow me",
    r"(?:that|it) (?:sounds|sounded|seems|must have been) like (?:a|an|such a|an absolute) "
    r"(?:nightmare|ordeal|disaster|mess|headache|shambles)",
    r"your (?:frustration|anger|upset|annoyance) is (?:completely |totally |entirely )?(?:fair|"
    r"understandable|justified|valid|reasonable)",
    r"must have been (?:a |such a )?(?:long|tough|rough|hard|horrible|stressful|worrying|awful) "
    r"(?:afternoon|morning|day|week|wait|few days|couple of days|shift|night)",
    r"sorry (?:it|this|that)(?: has|'s)? (?:took|taken) so long",
    r"i (?:do |really |completely |totally )?(?:understand|appreciate|know) how (?:serious|hard|"
    r"difficult|stressful|worrying|upsetting|important|frightening|scary|awful|much (?:this|that|"
    r"it) (?:matters|meant|means))",
    r"(?:i can )?(?:only )?imagine the (?:pressure|stress|worry|strain|panic|embarrassment|"
    r"frustration)",
    r"i can (?:see|tell|hear) (?:that )?(?:you've|you have) (?:really |just )?had enough",
    rf"{_AM} {_INTENS}sorry(?! (?:you feel|that you feel|you're feeling|if|you think|that you "
    rf"think|you see|you're upset|that you're upset|you are upset|you were upset|for any|but|to "
    rf"interrupt|to bother|i don't|i can't|we can't|we don't|for the inconvenience|you're "
    rf"unhappy|you are unhappy|you feel|you found|you've found|you felt))",
    rf"{_INTENS}sorry (?:about|for|that|this|to hear|again)(?! (?:any inconvenience|the "
    rf"inconvenience|you feel|you think|if))",
    r"(?:i|we) (?:do |really |truly |sincerely |deeply |genuinely )?apologi[sz]e(?! (?:for any|if|"
    r"for the inconvenience|that you feel|but))",
    r"(?:my|our) (?:sincere |deepest |genuine |heartfelt )?apologies(?! (?:for any|if|for the "
    r"inconvenience|but))",
    rf"(?:that|this|it|which|what you've been through) (?:must|would|has got to|has to|must've|"
    rf"would've|could) (?:have |of )?(?:be|been|feel|felt|make you feel|have made you feel|"
    rf"have been) (?:a |an |such a |such an )?{_INTENS}(?:{_FEEL})",
    rf"(?:that|it|this) (?:sounds|sounded|seems|seemed|looks) {_INTENS}(?:{_FEEL})",
    SENTENCE_START + rf"(?:oh |god |gosh |wow |blimey )?sounds {_INTENS}(?:{_FEEL})",
    rf"(?:sounds|seems) like (?:(?:it's|its|it has|that's|this has) been|you've had|you have had) "
    rf"(?:a |an |such a )?{_INTENS}(?:{_FEEL})",
    rf"(?<!you're )(?<!you are )(?<!why )(?:how|so|that's so|what a) {_INTENS}(?:{_FEEL})"
    rf"(?: for you| that must| situation|(?= $)| \|)",
    r"what a (?:nightmare|mess|headache|pain|disaster|ordeal|day|week|rough|horrible|terrible|"
    r"awful)",
    rf"(?:i'd|i would|i'd have|i would have|anyone would|anybody would|anyone'd|who wouldn't) "
    rf"(?:be|have been|feel|be feeling) {_INTENS}(?:{_FEEL}|the same|exactly the same|just as|"
    rf"livid|fuming|beside myself|upset|angry)",
    r"(?:in|if i were in|if i was in|if i were|if i was|put myself in) your (?:position|shoes|"
    r"place|situation)",
    r"(?:i'd|i would|i'd have|i would have|i'd've) (?:be|have been|feel|be "
    r"feeling|want|have done|be going|go) (?:[^ |]+ ){0,3}?(?:too|as well|the same|either|"
    r"myself|mortified|panicking|spare|incandescent|seething|fuming|sick|tether|livid|angry|"
    r"upset|furious|gutted|raging|mad|embarrassed|anxious|worried|frustrated|annoyed|"
    r"devastated|stressed|distraught|beside|one too|the same thing)",
    r"i (?:wouldn't|would not) be (?:happy|pleased|impressed|okay) either",
    r"(?:that|it|this) would (?:make|get|drive) me (?:[^ |]+ ){0,2}?(?:anxious|mad|angry|"
    r"crazy|furious|upset|worried|nervous|livid|up the wall|too)",
    r"(?:must|would|will) (?:be|have been|feel|have felt) (?:under )?(?:a lot of|so much|huge|"
    r"such|an incredibly|an awful|a really|a horrible|a terrible|a very|incredibly|so) "
    r"(?:[^ |]+ ){0,2}?(?:pressure|stress|stressful|worry|worrying|blow|shock|strain|nerve\S*|"
    r"time|position|spot|situation|experience|day|week)",
    r"(?:puts|put|leaves|left) you in (?:a|an|such a) (?:horrible|awful|terrible|difficult|"
    r"impossible|tough|hard|rotten|bad|really)",
    r"(?:a|an|such a) (?:horrible|awful|terrible|difficult|impossible|tough|rotten|dreadful) "
    r"(?:position|spot|situation|place)",
    r"(?:really |so |just |absolutely )?(?:rotten|disrespectful|gutting|"
    r"heartbreaking|soul destroying)",
    r"i can (?:only )?(?:hear|imagine|tell) (?:how|what|that you're|you're)",
    r"(?<!if )i can (?:only |just |well )?imagine(?! (?:a|that|if|why|we) )",
    r"i (?:know|appreciate) (?:it's|it is|this is|that's) not (?:fun|easy|nice|great|pleasant)",
    r"i (?:really |truly |genuinely )?am (?:so |really |very |truly |terribly )?sorry",
    r"(?:you'd|you would|you'd have|you have|you've got) every right",
    r"sorry (?:again )?for (?:the|all the|this|that) (?:hassle|trouble|mess|mix up|mix-up|delay|"
    r"wait|stress|upset|bother|runaround|run around)",
    r"(?:if i were|if i was) you i(?:'d| would)",
    r"(?:no wonder|small wonder|(?:i'm|i am) not (?:at all )?surprised|it's no surprise|(?:it's|"
    r"it is|that's) (?:hardly|not) (?:surprising|a surprise)(?: that)?) (?:you|you're|you are|"
    r"you feel)",
    r"(?:makes|it makes|that makes) (?:total |complete |perfect |so much |absolute )?sense (?:that "
    r")?(?:you're|you are|you feel|you'd be|you would be|you're so) (?:so |really |this |that )?"
    rf"(?:{_FEEL}|angry|upset|cross|annoyed)",
    r"(?:well |perfectly |completely |entirely )?within your rights to (?:be|feel|complain|want|"
    r"expect|ask|demand|pull|cancel|leave|go|walk|move)|(?:you'd|you would) be (?:well |perfectly "
    r"|completely |entirely )?within your rights",
    r"(?:you've|you have|you've had|you had|you've been having) (?:had )?(?:a|such a|one hell of "
    r"a) (?:rough|tough|horrible|awful|terrible|rotten|nightmare|miserable) (?:time|week|few days|"
    r"couple of (?:days|weeks)|month|morning|day)",
    r"(?:and |my |our )?(?:sincere |sincerest |deepest |real |huge )?apologies (?:again |once "
    r"more |once again )for (?:the|this|that|all)",
    SENTENCE_START + r"(?:my |our )?(?:sincere |sincerest |deepest |real |huge )?apologies for "
    r"(?:the|this|that|all)",
    r"(?:understand|appreciate|can see|can hear|know) (?:that )?(?:you're|you are) "
    r"(?:really |very |so )?(?:upset|angry|frustrated|annoyed|fuming|cross|furious|livid|worried|"
    r"stressed|disappointed)",
    SENTENCE_START + r"(?:so |really |very |terribly )?sorry (?:that )?(?:you've|you have|youve|"
    r"you were|you had|you'd)(?! (?:feel|felt|see|think|perceive|had a bad|been upset|been (?:so )?"
    r"put out))",
    r"(?:that's|that is|what) a (?:proper |real |right |total |absolute )?(?:nightmare|"
    r"shocker|stinker) of a (?:week|day|month|morning|time)",
    r"(?:you've|you have|you've got|you have got|you got) every right to",
    r"(?:you've|you have|you've got|you have got|you got) every reason to (?:be|feel)",
    rf"{_YOU_ARE} (?:absolutely |completely |totally |perfectly |fully )?(?:right|entitled|"
    rf"justified) to (?:be|feel)",
    r"i (?:don't|do not) blame you",
    r"(?:it's|it is|that's|that is) (?:completely |totally |perfectly |entirely )?"
    r"(?:understandable|fair enough|natural|reasonable) (?:that |to |you )",
    rf"i (?:can |can't |cannot |can only |could |do )?(?:totally |completely |really |only |just |"
    rf"fully |absolutely |definitely |even )?(?:understand|see|get|imagine|appreciate|know|"
    rf"hear) (?:exactly |just )?(?:why|how|that) (?:{W} ){{0,4}}(?:{_FEEL}|feel|felt|annoyed|upset|"
    rf"angry|cross|"
    rf"furious|frustrated|stressful|worried|let down|fed up|mad|livid|disappointed|hurt|"
    rf"lost (?:faith|patience|trust|confidence))",
    r"(?:i can't|i cannot|can't|cannot) (?:even )?imagine (?:how|what)",
    r"(?:i|we) (?:really |completely |totally )?(?:feel|felt) (?:for )?(?:you|your|terrible|awful|"
    r"bad)(?: about| for| that)?",
    r"(?:that|this|it)(?:'s| is| was|s) (?:really |so |just |absolutely |completely )?(?:awful|"
    r"terrible|horrible|not fair|unfair|a nightmare|rubbish|appalling|shocking|"
    r"dreadful|frustrating|so frustrating|stressful|worrying|upsetting|infuriating|"
    r"maddening|exhausting|disheartening|galling|scary|frightening|nerve.wracking)",
    rf"(?:you|you've|you have) (?:been|felt|must feel|must be|must have been) {_INTENS}"
    rf"(?:{_FEEL})",
    rf"{_YOU_ARE} (?:feeling )?{_INTENS}(?:{_FEEL})(?: and| about| that| because| with| |$)",
    r"(?:you|that|this|it) (?:deserve|deserved|deserves) (?:better|more)",
    r"(?:you|you've|you have) (?:been|were) (?:badly )?(?:let down|messed around|mucked about|"
    r"treated badly|failed)",
    r"(?:must|would) (?:be|have been|of been) (?:so |really |incredibly )?(?:hard|tough|difficult|"
    r"rough|awful|frustrating|stressful|worrying|upsetting|infuriating|maddening|exhausting)",
    r"the last thing you (?:need|needed|want|wanted)",
    r"(?:my heart goes out|i hate that (?:this|that|it|you))",
    r"i feel (?:terrible|awful|bad|dreadful|horrible|so bad) (?:about|that|for)",
    r"i can (?:see|tell|hear) (?:you're|you are|how) (?:[^ |]+ )?(?:upset|frustrated|angry|"
    r"annoyed|stressed|worried|fed up|disappointed|livid|furious|let down|hurt)",
    r"(?:that's|that is|this is|it's) (?:really |so |absolutely |just )?(?:rough|tough|"
    r"infuriating|maddening|gutting|exhausting|awful|horrible|dreadful|unfair)",
    r"(?<!it )(?<!this )(?<!that )(?<!system )(?<!team )(?:drive|drives|driving|drove|driven) "
    r"(?:anyone|anybody|me|you|people) (?:up the wall|mad|crazy|round the bend|spare|nuts)",
    r"(?:climbing|up) the walls?",
    r"sick to the back teeth",
    r"(?:at|reached|come to) the end of (?:your|my) (?:rope|tether)",
    r"(?:no wonder|of course) you've had enough",
    r"gutted for you",
    r"(?:in tears|beside myself|pulling my hair out)",
    r"(?:frustration|anger|upset|reaction|feelings?|annoyance) (?:makes|make) (?:complete |total "
    r"|perfect |a lot of )?sense",
    r"(?:that's|that is|it's|it is) (?:really |so |absolutely |just )?(?:awful|shocking|appalling)",
    r"i (?:can't|cannot|honestly can't) believe",
    r"i can here how",
    r"(?:of course|course|naturally|understandably) (?:you're|you are|you'd be|you were|you feel|"
    r"you're feeling)",
    r"(?:completely |totally |perfectly |entirely |so )?(?:understandable|reasonable|natural) "
    r"(?:that )?(?:you're|you are|you'd be|you feel|to be|to feel)",
    r"entitled to (?:be|feel)",
    r"(?:anyone|anybody|everyone|any of us) would (?:be|feel|have been)|would make anyone",
    r"i'd (?:be|have been) (?:losing it|climbing the walls|tearing my hair out|at my wits)",
    r"(?:oh |aw |aww |ah )?you poor (?:thing|love)",
    r"i (?:really |do |truly |honestly )*(?:feel for you|feel for ya)",
    r"(?:been|is|was) (?:a |an |such a |an absolute |a total |a real )?(?:nightmare|ordeal) for "
    r"you",
    r"(?:anyone|anybody|everyone) (?:[^ |]+ ){0,6}?(?:would|'d) (?:be|have been) (?:just as |as |"
    r"just )?(?:angry|upset|furious|livid|fuming|annoyed|frustrated|cross|mad)",
    r"(?:it's|it has|this has|that's|that has) been (?:really |so |just )?(?:awful|horrible|"
    r"terrible|a nightmare|dreadful|rotten|miserable)",
    r"(?:i'm|i am|i feel|i'm feeling|i am feeling) (?:so |really |very |truly )?sad for you",
    _UNDERSTOOD_FEELING,
    r"(?:is|it's|that's|this is|what a) (?:a )?(?:very|really|so|such a) bad situation",
    r"i'd (?:have )?(?:lost (?:patience|my temper|it)|have lost patience)",
)

_SEND = (
    r"send(?! (?:you )?(?:a |an |the |over )?(?:text|email|e-mail|message|confirmation|update|"
    r"reminder|link|sms|note))"
)
"""Sending is a remedy when it is the thing itself (a replacement), not the note about it."""

OPTIONS = rx(
    r"(?:courier|replacement|refund|credit|loan machine|engineer|voucher|discount|visit)(?: "
    r"[^ |]+){0,3}(?: \|)? (?:on us|at our cost|our cost|on the house|free of charge)",
    r"(?<!you )(?<!they )(?<!he )(?<!she )(?:want|fancy) (?:a |an |the )?(?:[^ |]+ )?(?:courier|"
    r"replacement|refund|credit|loan machine|engineer visit|voucher)",
    r"that's (?:the|your) (?:[^ |]+ )?(?:courier|replacement|refund|credit|engineer|"
    r"visit|slot|appointment) (?:booked|sorted|arranged|ordered|on its way|done)",
    r"(?:i|we) can (?:do|give|get|offer|book|put) you (?:in )?(?:for )?(?:the|a|an) (?:[^ |]+ "
    r"){0,3}(?:slot|appointment|visit)",
    r"(?:new|rebooked) (?:appointment|slot|visit|booking)(?:'s| is)? (?:sorted|booked|confirmed|"
    r"in|done)",
    r"(?:would|could|will) (?:a|an|the|some) (?:[^ |]+ ){0,3}(?:refund|credit|replacement|repair|"
    r"courier|discount|voucher|waiver|reversal|rebook|visit|account manager) (?:be|help|work|suit|"
    r"do)",
    r"how about (?:a |an |the |no |some |we )?(?:[^ |]+ ){0,4}(?:refund|credit|fees|replacement|"
    r"repair|courier|discount|voucher|waive|reverse|rebook|slot|visit|engineer|account manager)",
    r"(?:you'll|you will) (?:get|have|see) (?:the|your|both|that|those) (?:[^ |]+ ){0,2}(?:back|"
    r"refunded|reversed|credited|waived)",
    r"(?:report|refund|credit|replacement|parts|machine|money)(?:'s| is| are) yours",
    r"(?:driver|courier|van)(?:'s| is) (?:due|booked|coming|on (?:his|its|her) way|going) to "
    r"(?:collect|pick up|deliver|drop)",
    r"(?:coming|going|being sent|sent|paid|go|be paid|be sent|be put|come) (?:straight |right )?"
    r"back to you",
    r"(?<!you )(?<!they )(?:knock|strike|wipe|scrap|drop|remove|write off|get rid of|cancel) "
    r"(?:the|that|your|this) (?:[^ |]+ ){0,2}?(?:fee|charge|cost|payment)s?(?! (?:still|stands|"
    r"applies))",
    r"(?:fee|charge|payment|cost)s?(?:'s| is| are) (?:coming|going|being taken|being knocked) off",
    r"(?:add|put|give you|extend (?:it|the warranty) (?:by|with)) (?:on )?(?:an? )?(?:extra|"
    r"further|additional|another) (?:[^ |]+ ){0,2}?(?:cover|warranty|guarantee|years?)",
    r"(?:won't|will not|don't|do not) (?:have to )?pay a (?:penny|thing|single penny)",
    r"(?:pay|paying) you back",
    r"(?:refund|refund's|refunds|money|money's|credit|credit's) (?:has |have |'s )?(?:gone|"
    r"been put) back",
    r"(?:that's|that is) (?:the|your|both) (?:[^ |]+ )?(?:refund|refunds|credit|fee|replacement|"
    r"charges)s? (?:processed|done|sorted|booked|through|gone through|reversed|waived)",
    r"(?:i've|i have) made sure (?:the|your) (?:[^ |]+ )?(?:subscription|account|direct debit)",
    r"(?:i'd|i would) like to (?:put|give|send|get) (?:the|a|an|you) (?:[^ |]+ )?(?:[^ |]+ )?"
    r"(?:credit|refund|replacement|courier|engineer|account manager)",
    r"(?:are|is|[^ |]+'s) (?:being|getting) (?:refunded|reversed|processed|credited|waived|sent|"
    r"booked|couriered|replaced|reimbursed)",
    r"(?:you'll|you will) (?:still )?(?:get|have|receive) (?:your|the|a|a full) (?:[^ |]+ )?"
    r"(?:refund|replacement|credit)",
    r"(?:make sure|check|ensure) (?:that )?(?:it's|it is|the account's|the account is|your account "
    r"is|it gets|the account gets) (?:completely |fully |properly |totally )?(?:closed|shut down|"
    r"shut|cancelled)",
    r"(?:shut|close) (?:it|the account|that|the subscription|your account) (?:down )?(?:fully|"
    r"completely|properly)",
    r"(?:i'm|i am|we're|we are) (?:just |now |currently |already )?(?:booking|submitting|"
    r"processing|arranging|sending|putting through|refunding|waiving|crediting|reversing|ordering|"
    r"setting up|applying|issuing|couriering|rebooking|organi[sz]ing|expediting|reimbursing|"
    r"replacing)",
    r"(?:the |your |a )?(?:account manager|direct line|warranty|extended warranty|loan machine|"
    r"senior banker|banker)(?:'s| is| has been| will be|'ll be) (?:already |now |all )?(?:booked|"
    r"confirmed|set up|arranged|sorted|active|live|assigned|on its way|going out)",
    r"(?:the )?first (?:job|slot|appointment|visit)(?: of the day)? (?:at|on|tomorrow|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|in the morning)",
    r"what i (?:can|could) (?:do|offer|pass on|give you|arrange|set up|sort out)(?: [^ |]+){0,2}? "
    r"is",
    r"here's what (?:i|we) (?:can|could)",
    r"here is what (?:i|we) (?:can|could)",
    r"(?:would|do|will) you (?:prefer|rather|like|want|be happy|be okay|be ok|be open) (?:"
    rf"{W} ){{0,12}}or ",
    r"either (?:[^ |]+ ){1,12}or ",
    r"(?:one|another|an|the other|a couple of|two|some|a few) (?:option|options|alternative|"
    r"alternatives|choice|choices|possibilit\w+|ways?)(?: would be| is| are|s for you| here|"
    r" i can| we can| i have| we have| for| you)",
    r"(?:you|you'd|you would) (?:can|could|may|might) (?:choose|pick|have|go for|get|opt)",
    r"you can (?:choose|pick|have|go for|opt|decide)",
    r"(?:how|what) about (?:if )?(?:i|we|a|an|getting|having|sending|me)",
    r"what if (?:i|we)",
    r"(?:i'm|i am|we're|we are) (?:just |now )?(?:raising|opening|starting|logging|putting) (?:a "
    r"|the |your )(?:trace|booking|refund|claim|replacement|order|credit)(?! (?:request|form))",
    r"(?:putting|put|paying|pay) (?:the|your|that|both) (?:[^ |]+ )?(?:charges?|fees?|money|"
    r"payments?) back",
    r"(?:i'm|i am|we're|we are) (?:doing|making|sorting) (?:the|your) (?:booking|refund|"
    r"replacement|order|rebooking)",
    r"(?:refund|replacement|credit|money)(?:'ll| will) still (?:get done|go through|happen|be "
    r"processed|be paid|come through)",
    r"(?:a |the )?(?:first.slot|priority|first thing|first of the day) (?:appointment|visit|slot|"
    r"booking)",
    r"(?:we |i )?swap (?:it |that |the machine |the unit )?(?:out )?for (?:a|the|another|a new|a "
    r"brand new) ",
    r"(?:i|we) (?:could|can|can also|could also|will|'ll|am able to|are able to|'m able to) "
    rf"(?:also )?(?:offer|refund|waive|credit|{_SEND}|arrange|book|schedule|"
    r"replace|reimburse|reverse|expedite|upgrade|courier|cover|compensate|give you(?! a "
    r"(?:quick )?(?:ring|call|bell|buzz|shout))|get you|put a|put you|set up|organi[sz]e|"
    r"ship|swap|exchange|provide|extend|open a|apply|issue|fast track|"
    r"fast-track|rebook|re-book|reship|re-send|resend|redeliver|deliver|dispatch|assign|add a|"
    r"take off|knock off|pay for|pay you|have a|have an|have someone|get someone|get a|get an|"
    r"prioriti[sz]e|bump|move you|lock in|fix|repair|sort|get this|get that|loan you|lend you|"
    r"cancel the|waive the|void|absorb|match)",
    r"(?:i'll|i will|we'll|we will|i'm going to|we're going to|let me|i'd like to|i would like "
    r"to|i'd be happy to|i would be happy to|i want to|allow me to|i'm happy to|i am happy to|"
    r"happy to) (?:go ahead and |personally |also |immediately |right now )?(?:offer|refund|waive|"
    r"credit|arrange|book|schedule|replace|reimburse|reverse|expedite|upgrade|courier|cover|"
    r"compensate|give you(?! a (?:quick )?(?:ring|call|bell|buzz|shout))|get you|put a|put you|"
    r"set up|organi[sz]e|ship|swap|exchange|provide|"
    r"extend|open a|apply|issue|fast track|fast-track|rebook|re-book|reship|"
    r"resend|re-send|redeliver|dispatch|assign|take off|knock off|pay for|prioriti[sz]e|bump|"
    r"fix (?:the|your|it|that|this)|"
    r"move you|lock in|loan you|lend you|send (?:a|an|you a|you an|someone|out|over|a new|the|"
    r"a replacement|a courier)|get (?:a|an|someone|the|this|that) (?:[^ |]+ )?(?:replac|sent|"
    r"out|courier|engineer|technician|fixed|sorted|booked|refund|credit)\w*)",
    r"(?:there's|there is|there are) (?:a couple of |two |some |a few )?(?:things|ways|options) "
    r"(?:i|we) (?:can|could)",
    r"(?:i've|i have|we've|we have|i just|we just|i've just|we've just|i've already|i already) "
    r"(?:gone ahead and )?(?:refunded|booked|put|arranged|credited|processed|sorted|ordered|"
    r"waived|reversed|applied|done the|rebooked|re-booked|sent|raised|scheduled|expedited|"
    r"cancelled|canceled|reimbursed|issued|added|organised|organized|"
    r"taken off|knocked off|upgraded)",
    r"(?<!check )(?<!sure )(?<!check the )(?<!sure the )(?<!check your )(?<!sure your )(?<!check "
    r"both )(?<!sure both )(?:the |your |a |both )?(?:fee|fees|refund|refunds|credit|replacement|"
    r"engineer|technician|courier|visit|appointment|slot|reimbursement|reversal|trace|report|"
    r"transfer|money|new one|new machine)(?:'s| is| has been| was| are| have been| will be|'ll be|"
    r"s are|'s been|s been) "
    r"(?:already |now |all )?(?:booked|ordered|processed|done|sorted|arranged|reversed|"
    r"refunded|waived|applied|on its way|going out|credited|confirmed|set up|open|opened|"
    r"raised|flagged|expedited|packed|through|issued|sent|put through)",
    r"(?:you're|you are|that's|it's|we're) all (?:booked|set|sorted|arranged)",
    r"(?:would|will|does|could) it help if (?:i|we)",
    r"(?:do|would) you (?:want|like) me to (?:go ahead and )?(?:send|book|arrange|refund|call|"
    r"email|get|put|sort|"
    r"set|cancel|close|raise|escalate|courier|reverse|waive|credit|replace|schedule|write|"
    r"confirm|double check|check|look)",
    r"(?:shall|should|can|could|may) i (?:go ahead and |just )?(?:arrange|book|set|send|get|put|"
    r"organi[sz]e|process|refund|raise|schedule|sort|reverse|apply|courier)",
    r"(?:we|i)(?:'ll| will)? (?:replace|refund|credit|reimburse|waive|reverse|courier) "
    r"(?:it|them|you|that|this|the|your|both)",
    r"(?:i'll|i will|we'll|we will|i'm going to|i'm gonna|i am going to|we're going to) "
    rf"(?:also |just |personally |happily |gladly )?(?:throw in|add|{_SEND}|make sure (?:the|your|"
    r"you get|you're|every)|sort|process|put (?:through|a|you|the|your)|take care|look after|"
    r"get (?:you|your|the|a|an|someone|him|her|them)|have (?:it|the|a|an|someone|your) "
    r"(?:[^ |]+ )?(?:delivered|sent|fixed|booked|couriered|replaced|collected|processed|"
    r"refunded|looked|reversed))",
    r"(?:a|an|one|another|the other|other) (?:possibility|alternative|idea|suggestion)",
    r"(?:i'd|i would) (?:suggest|propose|recommend)",
    r"(?:i|we) (?:can|could) (?:either|offer you|give you)",
    r"which (?:would|do|will) you (?:prefer|rather|like better|choose|want)",
    r"(?:a|an|the) (?:full |partial |immediate )?(?:refund|credit|replacement|reimbursement|"
    r"discount|voucher|waiver|goodwill|courier|engineer visit) (?:of|for|on|to|would|is|today|"
    r"right|straight|this|as)",
    r"(?:your|the) money back",
    r"(?:free of charge|at no cost|at our cost|on the house|no charge)",
    r"(?:how|what) would you (?:feel|think) about",
    r"(?:one|another|the other|the first|the second) (?:thing|option) (?:i|we) (?:can|could)",
    r"(?:the best|the most) (?:i|we) (?:can|could|'m able to|am able to) (?:do|offer)",
    r"(?:i'm|i am|we're|we are) (?:able|happy|willing|prepared|allowed) to (?:offer|refund|waive|"
    r"credit|give|send|arrange|book|replace|cover|reimburse|reverse|put|get|upgrade|courier|"
    r"provide|extend|set)",
    r"(?:i|we) (?:can|could) (?:also |definitely |certainly )?(?:look at|set up|put in|get "
    r"(?:you|your|a|an|the|someone|it|them)|organi[sz]e|make sure)",
    r"what (?:i'll|i will|we'll|we will|i'm going to|i can) do is",
    r"(?:i|we) (?:can|could) (?:go ahead and|just) (?:waive|refund|credit|book|send|arrange|"
    r"replace|reverse|set|put|get|sort|cancel|expedite|upgrade)",
    r"(?:going forward|from now on|from today) (?:i|we) (?:can|could|will|'ll)",
    r"would (?:a|an|one|the|some) [^ |]+ (?:[^ |]+ ){0,5}?help",
    r"(?:is|would) (?:a|an|the) [^ |]+ (?:[^ |]+ ){0,3}?something (?:that )?(?:would|you)",
    r"i'm thinking (?:a|an|the|we|i|maybe|service|about)",
    r"those i can do",
    r"(?:i|we) (?:can|could|'ll|will) (?:also )?do (?:you )?(?:a|an|the) (?:[^ |]+ )?(?:refund|"
    r"replacement|exchange|swap|credit|repair|reversal)",
    r"process (?:the|your|both|a|that|those|these) (?:[^ |]+ )?(?:refunds?|credits?|"
    r"reimbursements?|reversals?|replacements?)",
    r"(?:refund|refunds|credit|reimbursement|reversal|money|payment|payments)(?:'s| is| are)? "
    r"(?:going|go|goes) through",
    r"(?:refund|refunds|money|credit)(?:'ll| will) be (?:back )?(?:on|in|with) (?:your|you're)",
    r"(?:letter|written confirmation|email) (?:confirming|to confirm) (?:the |your )?cancellation",
    r"would (?:a|an|the) [^ |]+ (?:[^ |]+ ){0,2}?(?:work|suit) (?:better )?(?:for )?you",
    r"(?:i'll|i will|we'll|we will|i can|we can|let me|i could) take (?:the|your|that|this) "
    r"(?:[^ |]+ ){0,2}?(?:fee|charge|charges|cost) off",
)

COMMIT_ACTION = (
    rf"(?:{_WILL}|you'll|you will|you're going to|you are going to|he'll|she'll|they'll|it'll|"
    r"he will|she will|they will|it will|the (?:technician|engineer|courier|driver|refund|credit|"
    r"money|report|replacement|parcel|package|team|manager|account manager|banker) (?:will|"
    r"is going to|'ll))"
)
TIME = (
    r"(?:by|before|at|around|until|no later than) (?:\d+|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|noon|midday|lunch|lunchtime|tonight|tomorrow|today|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|the end|end|close|eod|cob|this|next|half|"
    r"quarter|the close|first thing)"
    r"|within (?:the|an|a|one|two|three|four|five|six|seven|ten|twelve|fifteen|twenty|thirty|"
    r"\d+|24|48|the next|half|a couple) ?(?:[^ |]+ )?(?:hour|hours|minutes|mins|days|business|"
    r"working|week|day|next)?|(?:later |first thing |early )?(?:today|tonight|tomorrow)"
    r"|this (?:afternoon|morning|evening|week|friday|monday|tuesday|wednesday|thursday)"
    r"|(?:on |next |this coming )(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)"
    r"|first thing"
    r"|(?:in|within) (?:the next |an |a |one |two |three |five |ten |fifteen |twenty |thirty |"
    r"\d+ |half an |a couple of |a few )(?:hour|hours|minutes|mins|days|working days|business "
    r"days|weeks)|end of (?:the )?(?:day|business|week|today|play)"
    r"|\d+ ?(?:am|pm|o'clock|:\d\d)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve) (?:o'clock|am|pm|thirty|fifteen|forty five)"
    r"|right (?:now|away)|straight away|immediately|asap|as soon as we hang up|before we hang up|"
    r"while you're on the line|while we're on the phone|within the hour|now"
    r"|(?:on |by |this |next |until )?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)(?: morning| afternoon| evening| night)?"
    r"|(?:by |on |before )?the (?:first|second|third|fourth|fifth|tenth|twelfth|fourteenth|"
    r"fifteenth|twentieth|\w+teenth|\w+th|\d+(?:st|nd|rd|th))"
    r"|(?:this|tomorrow|tonight|today) (?:morning|afternoon|evening)|tomorrow morning"
    r"|(?:in|within) (?:the next )?(?:an |a |one |two |three |five |ten |fifteen |twenty |thirty |"
    r"forty eight |\d+ |half an |a couple of |a few )?(?:hour|hours|minutes|mins|days|working "
    r"days|business days|weeks)|(?:your|the|my) next (?:bill|statement|invoice)"
    r"|while you're on the phone|as soon as (?:we|i) (?:hang up|finish|get off)"
)
_SCHEDULED = (
    r"[^ |]+(?:'ll| will| is going to| are going to|'s going to) (?:be|call|ring|phone|email|text|"
    r"arrive|come|go|show|land|reach|visit|contact|get|have|send|deliver|confirm|update|follow)"
    r"|(?:i'm|we're|i am|we are) (?:[^ |]+ )?(?:booking|raising|processing|submitting|"
    r"escalating|sending|arranging|chasing|calling|ringing|putting|refunding|reversing|doing)"
    r"|(?:it's|that's|you're|they're|he's|she's|it is|you are|that is|it'll be|it will be|"
    r"[^ |]+'s) (?:all )?(?:booked|set|scheduled|arranged|confirmed|due|coming|arriving|going "
    r"out|agreed|down)|(?:booked|set|scheduled|down) for"
    r"|[^ |]+ (?:arrives|goes through|goes out|will be|'ll be|gets|comes)"
)
COMMITMENT = (
    re.compile(rf" (?:{COMMIT_ACTION}|{_SCHEDULED})(?: [^ |]+){{0,14}}? (?:{TIME})(?= )"),
)

GRATITUDE = rx(
    r"thank you|thanks|thank u",
    r"(?:i|we) (?:really |truly |do |genuinely |honestly )*(?:appreciate|value) (?:you|your|it|"
    r"that|this|the|how|everything|hearing)",
    r"(?:i'm|i am|we're|we are) (?:really |so |very |truly )?grateful",
    r"(?:appreciate|appreciated) (?:you|your|it)",
    r"much appreciated",
)

ASKS_INPUT = rx(
    r"(?:what|how|which) would (?:you|u) (?:like|prefer|want|rather|choose|suggest|say)",
    r"(?:which|what) (?:do|would|will) you (?:prefer|rather|choose|want|like|think|need|suggest)",
    r"would you (?:prefer|rather|like|be happy|be okay|be ok|want)",
    r"what (?:would|will|could|can|might) (?:make|put|set) (?:this|it|things|that) right",
    r"what (?:would|will|could|can|might) (?:help|work|be best|be fair|suit|make (?:you|this))",
    r"what (?:do|would|will) you (?:think|need|want|suggest|feel would|reckon|have in mind)",
    r"how (?:should|shall|can|could|would|do) (?:we|i) (?:best )?(?:handle|proceed|fix|resolve|"
    r"sort|move|go|make|put|deal|approach|do)",
    r"(?:what's|what is) (?:most |more )?important to you",
    r"(?:do|would) you have (?:a|any) (?:preference|thoughts|ideas|suggestions)",
    r"(?:what are|any) your thoughts",
    r"(?:how|what) (?:does|do) (?:that|this|those) (?:sound|work)",
    r"(?:does|would|will) (?:that|this|either|one of those|any of those|either of those) (?:work|"
    r"sound|suit|help)",
    r"how would you like (?:me|us|to)",
    r"(?:is there|are there) (?:anything|something|any) (?:else )?(?:that )?(?:i|we) can",
    r"(?:tell me|let me know) (?:what|which|how) (?:you|would)",
    r"what (?:outcome|result|resolution) (?:would|are|do)",
    r"(?:your|you) (?:call|choice|decision)",
    r"up to you",
    r"what would (?:a good|a fair|the right) (?:outcome|result|resolution)",
    r"how can (?:i|we) (?:make|put|fix|help)",
    r"(?:would|does|do|will|is|could) (?:that|this|it|either|those|these|either of those|one of "
    r"those) (?:[^ |]+ ){0,6}?(?:work|suit|help|sound|seem|feel|be okay|be ok|be alright|be "
    r"fair|fair|okay|ok|alright|right|acceptable|go some way|be a|give you|restore|get you|make "
    r"a difference|something you'd|what you need)",
    r"(?:sound|sounds) (?:good|fair|okay|ok|alright|like a plan)",
    r"how(?:'s| is| does) that",
    r"which (?:[^ |]+ ){0,3}?(?:suits|suit|works|work|is easier|is better|would be|matters|"
    r"would you|do you|should i|is best|would work|of those)",
    r"(?:shall|should) i (?:go ahead|set|arrange|book|do|put|get|send|start)",
    r"(?:do|would) you (?:want|like|prefer|need) (?:me|them|us|it|the|a|an|to)",
    r"(?:is|are) there (?:anything|something) (?:specific |else |particular )?(?:you|that you)",
    r"what (?:matters|would matter) (?:most|more) to you",
    r"(?:tell me|let me know) what you(?:'d| would)? (?:need|want|like|prefer)",
    r"whatever (?:works|suits) (?:best )?(?:for )?you",
    r"if you (?:like|want|prefer|'d like|would like)(?= \|)",
    r"(?:is that|would that be) something you",
    r"(?:you|you'd|you would) (?:tell me|choose|decide|pick) (?:which|what)",
)

# -- faults ----------------------------------------------------------------------------------------

_THIRD = (
    r"(?:the|your|our|that) (?:courier|couriers|technician|technicians|engineer|engineers|driver|"
    r"bank|banks|warehouse|contractor|contractors|subcontractor|subcontractors|delivery company|"
    r"delivery partner|partner|other department|other team|system|computer|manufacturer|supplier|"
    r"depot|post office|carrier|team|third party|it department|billing team|billing department|"
    r"field team|dispatch|dispatcher|scheduling team|installer|installers|rep|agent|guy|guys|"
    r"front desk|reception|housekeeping)|they|them|he|she"
)
BLAME = rx(
    r"(?:that's|that is|that was|which is|which was|it's|it was) (?:outside|beyond) (?:of )?our "
    r"control",
    r"(?:your|the) bank (?:shouldn't|should not|should never) (?:have|of|'ve) charged",
    r"whoever (?:told you|you spoke to|you talked to)(?: [^ |]+){0,4}? (?:got it wrong|got that "
    r"wrong|was wrong|didn't|did not|never|should)",
    r"whose (?:bright )?(?:idea|decision) was (?:it|that)",
    rf"(?:{_THIRD})(?: [^ |]+){{0,4}}? (?:clearly|obviously) (?:never|didn't|did not|forgot|"
    rf"failed)",
    rf"(?:{_THIRD})(?: [^ |]+){{0,4}}? (?:really )?(?:should have|should've|should of|could've|"
    rf"could have|could of) (?:scanned|rung|called|checked|given|sent|done|told|caught|tested|"
    rf"fixed|flagged|picked|spotted|noticed|allowed)",
    rf"(?:{_THIRD}|(?:the|our|that) [^ |]+ (?:lot|team|department|desk))(?: [^ |]+){{0,3}}?(?:'s|s|"
    rf" is| are| has| have)?(?: been)? (?:like |really |a bit )?(?:dropped the ball|hit and miss|"
    rf"terrible at|useless at|hopeless at|rubbish at|awful at)",
    rf"(?:{_THIRD}|(?:the|our|that) [^ |]+ (?:lot|team|department|desk)) knew about (?:it|(?:that|"
    rf"this|the)(?: [^ |]+)?) for",
    r"(?:(?:the|our|that) (?:courier|couriers|driver|drivers|contractor|contractors|subcontractor|"
    r"depot|supplier|installers?|engineers?|technicians?|delivery (?:company|partner)|bank)(?:'s|"
    r"s)?|they|they're|they've) (?:been |are |is |have been |has been )?(?:a (?:total |complete "
    r"|real |bit of a )?(?:nightmare|joke|shambles)|(?:really |so |totally |completely "
    r")?(?:useless|"
    r"hopeless|rubbish|unreliable|all over the place))",
    r"(?:further|somewhere|higher) (?:down|up|along) the (?:chain|line)",
    r"what (?:they|he|she|the [^ |]+(?: team)?) (?:was|were|are|is) (?:playing at|thinking)|what "
    r"(?:was|were|is|are) (?:they|he|she|the [^ |]+(?: team)?) (?:playing at|thinking)",
    r"(?:failing|failure|mistake|error|oversight|negligence) on (?:his|her|their) part",
    r"(?:he|she|they|whoever (?:[^ |]+ ){1,5}?) (?:clearly|obviously) (?:didn't|did not|never|"
    r"couldn't|wasn't|weren't|forgot|failed|hadn't|can't)",
    r"why (?:didn't|did not|wouldn't|couldn't) you (?:just )?(?:ring|call|phone|contact|"
    r"tell|let us know|check|report|chase|email)",
    r"(?:he's|she's|they're|hes|shes) (?:well )?known for (?:that|it|doing that|this)",
    r"(?:faulty|bad|dodgy|duff) (?:batch|part|parts|component|pump) from (?:the|our) "
    r"(?:manufacturer|supplier|factory)",
    r"(?:that's|that is|it's) (?:more|really|mostly|all|squarely) on them",
    r"overload(?:ed|ing)?",
    r"(?:team|department|they|office) never (?:tell|tells|told|let|lets|update|updates) us",
    r"(?:that's|that is) (?:most likely |probably |likely )?where (?:the (?:fault|problem|blame) "
    r"(?:lies|sits|is)|it (?:sat|got stuck|went wrong|was held|got lost|went missing))",
    r"(?:engineer|technician|driver|agent|colleague|guy|team)(?: [^ |]+)? (?:clearly |obviously "
    r")?(?:botched|bodged|messed up|screwed up|cocked up)",
    r"(?:the|that|my|our) (?:supervisor|manager|engineer|driver|agent|colleague|team leader|"
    r"technician|courier) should (?:have|of) (?:rung|called|phoned|told|sent|booked|come|checked)",
    r"(?:the|our) (?:warehouse|depot|courier|driver|engineer|contractor|chat|billing|system|bank|"
    r"other|night|dispatch|field|install|installs)(?: team)? (?:messed|screwed|cocked|mucked) "
    r"(?:this |it |that |things )?up",
    r"whoever (?:went out|came out|did|fitted|handled|dealt with|took|was on)(?: [^ |]+){0,5} "
    r"(?:clearly |obviously )?(?:didn't|did not|never|messed|got it wrong|dropped|should be "
    r"ashamed)",
    r"(?!(?:we|i|you|someone|somebody|they) )[^ |]+ should (?:have|of) actually (?:checked|tested|"
    r"called|rung|looked|fixed|read|listened)",
    r"(?:had|has|having|'s had) (?:real |a lot of |loads of |big )?(?:trouble|problems|issues) "
    r"with (?:its|their|his|her) (?:drivers|staff|engineers|team|systems)",
    r"an old (?:one|address|email|number|card) of yours",
    r"(?:driver|engineer|agent|technician|guy|lad|girl|colleague|advisor|adviser|he|she)(?: "
    r"[^ |]+){0,3}?(?:'s| is| was) (?:only |quite |really |brand )?new(?= \||(?= $)| so| and| "
    r"which| to the| on the)",
    r"(?:were|was) (?:two|three|four|a few|a couple of|several) (?:people|staff|engineers|drivers|"
    r"agents|men|members) (?:down|short)",
    r"[^ |]+(?:'s| is| are|'re) (?:absolutely |completely |just |so |really )?(?:hopeless|useless|"
    r"clueless|incompetent|rubbish) (?:with|at)",
    r"your own (?:[^ |]+ ){1,2}(?:could|should|might|ought to) (?:have|of) (?:just |maybe |also )?"
    r"(?:chased|checked|called|rung|phoned|sent|read|contacted|followed up|noticed|told|asked)",
    r"whoever (?:[^ |]+ ){0,3}?should (?:of|have|'ve) (?:logged|done|checked|told|rung|put|sent|"
    r"flagged|booked)",
    r"(?:that's|that is|it's|it is) not (?:really )?on us",
    r"(?:annoyed|angry|furious|fed up|cross|livid) with (?:our|the) (?:[^ |]+ )?(?:team|department|"
    r"engineers?|couriers?|depot|warehouse)",
    r"(?:has been|have been|keeps|keep|are|is) (?:[^ |]+ )?(?:dropping the ball|messing (?:it |"
    r"things |this )?up|losing (?:stuff|things|parcels|them))",
    r"if (?:your|the) (?:own )?(?:solicitor|bank|lawyer|builder|agent|client|team|staff|it team|"
    r"it lot|it people|lot|people|guys|engineers|network|side) (?:had|'d)",
    r"(?:was|were|is|are|been|went|go) (?:off|out) sick",
    r"(?:he's|she's|they're|he is|she is|they are) (?:still |only )?(?:in training|still learning|"
    r"a trainee|trainees)",
    r"(?:after|because|cause|cos|since|when) you (?:put|had|loaded|stuffed|crammed|overloaded) "
    r"(?:a |the |in )?(?:full|heavy|big|whole|too much)",
    r"(?:not|isn't|wasn't|is not|was not) (?:really |actually |strictly )?down to (?:us|me|our|my)",
    r"the (?:last|previous|other|first) (?:guy|bloke|lad|engineer|technician|agent|person|advisor|"
    r"adviser|one|fella|girl|lady|woman|man|driver|colleague) (?:clearly |obviously |just |really "
    r"|probably )?(?:didn't|did not|couldn't|could not|never|messed|got it wrong|should've|should "
    r"have|was useless|had no idea)",
    r"(?:have you been|are you|were you|you've been) (?:overloading|overfilling|misusing|"
    r"overusing)",
    r"did (?:the|your|our) [^ |]+ (?:team |department )?give you the wrong",
    r"(?:he's|she's|they're|he is|she is|they are) (?:only |still |brand )?new"
    r"(?: \||(?= $)| starters?)",
    r"(?:he|she|they) (?:shouldn't|should not) have (?:said|told|promised|done|left)",
    r"(?:didn't|did not) know what (?:he was|she was|they were) doing",
    r"on the (?:receiving|other|sending) bank's (?:side|end)",
    r"(?<!about )(?<!matter )(?<!over )(?<!care )whose fault",
    r"who(?:'s| is| was|s) (?:to blame|responsible|at fault)",
    r"who (?:messed|screwed) (?:up|this up)",
    r"(?<!ones )(?<!one )(?<!people )(?<!person )who (?:got (?:it|this|that) wrong|made (?:the|a|"
    r"this) (?:mistake|mess|error)|dropped the ball|slipped up)(?: here| there)?(?= was it| "
    r"then| you or| us or| me or| \||(?= $))",
    r"(?:you're|you are|you were|you're also|you) (?:also |partly |partially |equally |at least "
    r"partly |a bit |somewhat |just as )(?:responsible|to blame|at fault)",
    r"whoever you (?:spoke|talked|dealt|had)(?: to| with| on the (?:phone|line))?(?: [^ |]+){0,3} "
    r"(?:clearly |obviously |really |properly )?(?:made a (?:mess|hash|pig's ear)|messed|got it "
    r"wrong|dropped the ball|didn't|did not|never|should have|should've|mucked)",
    rf"(?<!thinks )(?<!think )(?<!says )(?<!like )(?<!reckons )(?:it's|it is|its|that's|that is|"
    rf"thats|that was|this is|this was|it was) "
    rf"(?:really |totally |"
    rf"entirely |actually |all |completely |technically )?(?:{_THIRD}|your|their|his|her)(?:'s)? "
    rf"(?:own )?(?:fault|mistake|problem|error|doing|issue|responsibility|screw up|mess)",
    rf"(?:{_THIRD})(?:'s)? (?:fault|mistake|error)",
    r"(?:not|isn't|wasn't|nothing to do with) (?:really |exactly |entirely |strictly )?(?:our|my|"
    r"us|me)(?: fault| mistake| doing| problem|(?! (?:department|job|team|area|remit|"
    r"responsibility|place|call|decision|side|shift|role|finest|best|proudest|greatest)))",
    r"(?:nothing|not anything) to do with (?:us|me|our)",
    rf"(?<!here )(?<!sit )(?:blame|blaming|blamed) (?:the|them|it|that|your|on|him|her|our|"
    rf"{_THIRD})",
    rf"(?!our [^ |]+ (?:should|should've))(?:{_THIRD}) (?:messed up|screwed up|dropped the ball|"
    rf"lost it|got it wrong|made a mistake|"
    rf"made the mistake|made an error|didn't do|did not do|failed|are to blame|is to blame|"
    rf"should have|should've)",
    r"(?:you|you've|you have) (?:only )?(?:got|have) yourself to blame",
    r"(?<!thinks it's )(?<!thinks its )(?<!says it's )(?<!think it's )(?<!like it's )(?:your|"
    r"you're) (?:own )?fault",
    r"(?:the|this) (?:fault|blame) (?:lies|is|sits) with",
    r"whose (?:mistake|error|fault|problem)",
    r"(?:it's|it is|that's|that'll be|that will be|it was|that was) (?:really |actually |all )?"
    r"(?:them|the (?:courier|bank|driver|engineer|technician|warehouse|contractor|subcontractor|"
    r"supplier|depot|manufacturer|system|other team|chat team|agency|sender|installer)(?:'s)?|"
    r"your bank|a third party) (?:who|that|you want|you should)",
    r"(?:caused|done|triggered|made|lost) by (?:the|our|a|their|your) (?:[^ |]+ ){0,3}?"
    r"(?:provider|party|bank|bank's|courier|team|engineer|contractor|supplier|depot|agent|"
    r"department|partner|system|check|warehouse)",
    r"(?:not|wasn't|isn't) (?:us|our network|our system|our side|our end|our doing)",
    r"(?:that's|it's|that is|it is|this is) (?:really |all |partly |also )?on (?:them|you|(?:your|"
    r"the) (?!(?:website|site|app|screen|phone|line|way|list|form|page|email|letter|faq|terms|"
    r"account|record|file|case|call|system|invoice|statement|bill|receipt|house|me|us) )"
    r"[^ |]+|him|her)",
    r"(?:someone|somebody|they|the last agent|the last person|your bank|the bank|the courier) "
    r"(?:[^ |]+ ){0,4}?(?:dropped the ball|messed (?:this |it |that )?up|screwed up|should (?:of|"
    r"have|'ve) (?:flagged|checked|caught|told|done))",
    r"(?:part|some) of this is on you",
    r"(?:we're|we are|i'm|i am) not (?:responsible|liable|accountable) for",
    r"(?<!what's )(?<!what is )(?<!whats )(?:the|your|their) (?!(?:same|original|recurring|"
    r"underlying|actual|known|technical|"
    r"electrical|whole|first|second|third|other|real|main|new|old|exact|one|ones) )[^ |]+(?:'s)? "
    r"(?:fault|mistake|error|doing|responsibility|problem)(?! (?:not|isn't))",
    r"(?:down to|because of|(?<!detail )(?<!details )(?<!update )(?<!information )(?<!info )on(?! "
    r"the (?:[^ |]+ )?floor| the system)) (?:the|your|their) "
    r"(?:courier|bank|driver|engineer|technician|"
    r"warehouse|contractor|supplier|partner|depot|other team|system|provider|post office|carrier)"
    r"(?!s? (?:and|but) (?:us|we))(?! (?:statement|account|app|website|card|details|records?|"
    r"transfer|form|holiday|screen|side of))",
    r"(?:they're|they are|he's|she's|(?:the|your|that) [^ |]+(?:'s| is| are| was| were)) the "
    r"(?:ones?|people|person) (?:(?:who|that) (?:[^ |]+ )?"
    r"(?:messed|lost|dropped|let|didn't|did not|failed|caused|broke|got|forgot|should|made|"
    r"screwed|cocked|botched|held|delayed|kept|sat|missed|sent)|to blame|responsible)",
    r"(?<!deadline )(?<!date )(?<!time )(?<!timing )(?<!you )(?<!affected )(?<!things )(?:(?:on|"
    r"at) "
    r"(?:their|your) end|on their side)",
    r"(?:nothing|not) (?:we|i) (?:did|caused|could have)",
    r"(?:should|could) have (?:been )?(?:caught|flagged|spotted|stopped) (?:by|it) (?:them|the|"
    r"your)",
    r"(?<!and )not (?:by |with )?(?:us|our (?:billing|engineers|team|side|end|network|system|staff|"
    r"people|company|lot|doing))",
    r"rather than (?:us|ours|our|with us)",
    r"(?:fault|problem|issue|delay|blame) (?:really )?(?:lies|sat|sits|is|was) with (?:them|the|"
    r"your|their|him|her)",
    r"(?:that one's|that one is|which is|that'd be|that would be|that'll be) (?:on|down to) "
    r"(?:him|her|them|the|your|their)",
    r"(?<!did )(?:someone|somebody|they|he|she|whoever) (?:there |over there |in [^ |]+ )?"
    r"(?:didn't "
    r"bother|didn't do (?:it|their job|his job|her job)|obviously didn't|done the|did the)",
    r"(?:the|our|your|that) [^ |]+ (?:[^ |]+ )?(?:has been|have been|are|is|were|was) (?:an "
    r"absolute |a complete |totally |so |completely |just )?(?:shambles|hopeless|useless|"
    r"incompetent|rubbish|a joke|a nightmare|clueless)",
    r"(?:pushed|caused|triggered|done|made|processed) (?:it )?(?:by|at) (?:a|the|our|your) "
    r"(?:third party|third-party|upstream|vendor|supplier|hosting|bank|correspondent)",
    r"(?:your|the) (?:solicitor|bank|lawyer|builder|landlord|neighbour|employer) (?:didn't|did "
    r"not|should|processed|must have(?! been)|forgot|never)",
    r"(?:who|that's who|they're the ones who) (?:dropped|messed|screwed)",
    r"(?:on|at) the (?:sender's|sender|courier's|bank's|customer's) (?:end|side)",
    r"if you (?:ran|run|had run|managed|organised|organized) (?:your|the) [^ |]+ (?:properly|"
    r"better)",
    r"(?<!appreciate )(?<!for )(?:you|you've been|were you) (?:overloading|overloaded|putting|"
    r"misusing|using it wrong)",
    r"(?:losing|lose|lost) (?:stuff|things|parcels) (?:left right and centre|all the time|all "
    r"week)",
    r"(?:that's|it's|that is|it is) down to (?:the|your|their|a|whoever|whoever's|him|her|them)",
    r"(?:is|are|it's|they're) outsourced",
    r"they (?:get|got) (?:things|it|stuff) wrong",
    r"(?:probably|must have|must've) (?:fitted|installed|wired|connected|loaded)",
    r"(?:the new lads|the agency|was agency|were agency|new starters)",
    r"(?:it's|it is) (?:usually |normally |always )?the sender",
    r"the system (?:double|messed|lost|did|does that|glitched|crashed|broke)",
    r"your own (?:network|it|engineers|systems|solicitor) (?:team|took|was|were|didn't|did)",
    r"(?<!can )(?<!to )(?:install|fit|set up) it yourself",
    r"that's the (?:supervisors|courier|bank|other team|engineers|warehouse|depot)(?! booked| "
    r"sorted| arranged| ordered| confirmed| on (?:its|his|her) way)",
    r"(?:the|that|your|their) (?:[^ |]+ ){0,3}?(?:courier|supplier|warehouse|depot|contractor|"
    r"installer|bank|driver|partner|firm|agency|manufacturer|subcontractor|carrier)s? "
    r"(?:[^ |]+ ){0,3}?(?:is|are|has been|have been|was|were) (?:[^ |]+ )?(?:hopeless|useless|"
    r"terrible|awful|appalling|dreadful|rubbish|shocking|incompetent|a shambles|a nightmare|"
    r"a joke|a disaster|clueless)",
    r"(?:that's|that is|it's|it is) (?:on )?(?:the|their|your) (?:[^ |]+ )?[^ |]+'s (?:side|end)",
    r"(?<!restaurant )(?<!client )(?<!customer )(?<!customers )(?<!chef )(?<!board )(?<!with )"
    r"(?:not|isn't|wasn't|he's not|she's not|they're not) (?:one of )?(?:ours|our (?:own )?"
    r"(?:staff|people|engineers|employees|lads|team))",
    r"(?:is|was|were|are) (?:a |an )?(?:contractor|contractors|subcontractor|subcontractors|"
    r"third party|agency (?:staff|worker|engineer))",
    r"(?:that was|it was|that's|it's) (?:them|him|her),? not (?:me|us)",
    r"(?:that's|that is|this is) where (?:it|things|they|he|she) (?:went|go|goes|all went) wrong",
    r"whoever (?:[^ |]+ ){0,5}?(?:dropped|messed|screwed|lost|forgot|broke|botched|didn't|"
    r"did not|got it wrong)",
    r"(?:someone|somebody) (?:on|in|from|at) (?:the|our|that) (?:[^ |]+ )?(?:team|department|"
    r"desk|office|depot|warehouse) (?:didn't|did not|never|forgot|failed|messed|dropped)",
    r"(?:was|were|would've been|would have been|is|are) (?:all )?down to (?:the|our|their|a) "
    r"(?!team|fault)[^ |]+(?: [^ |]+)? (?:provider|supervisor|supplier|partner|courier|"
    r"contractor|team|bank|depot|manager|agent|engineer|department|host)",
    r"that's (?:him|her|them),? not (?:you|us|me)",
    r"(?:it was|it's|it is) the (?:[^ |]+ ){0,2}?(?:bank|courier|courier's|depot|contractor|"
    r"supplier|warehouse|manufacturer|hub|provider)(?: [^ |]+){0,3}? (?:that|who|which)(?:'s| has|"
    r" had)? (?:held|lost|caused|delayed|messed|missed|broke|didn't|sat)",
    r"(?:hold-up|hold up|delay|problem|issue|fault) (?:came|come|comes) from (?:the|their|your) ",
    r"(?:they've|they have|they're|they are|he's|she's|he has|she has|courier's|couriers have|"
    r"depot's|bank's|engineers have|installers have|contractors have) been (?:a nightmare|"
    r"useless|hopeless|terrible|awful|rubbish|a shambles)",
    r"(?:sat|was stuck|were stuck|got stuck|was held|were held) (?:with|at) (?:the|their|your) "
    r"(?:[^ |]+ )?(?:bank|courier|depot|hub|warehouse)",
    r"(?:his|her|their) work (?:was|is) (?:a bit |pretty |really )?(?:hit and miss|sloppy|poor|"
    r"shoddy|rubbish|patchy)",
    r"(?:our|the|their) (?:[^ |]+ )?(?:provider|supplier|contractor|courier|partner|depot) "
    r"(?:caused|was behind|is to blame for|were behind)",
)

POLICY = rx(
    r"(?:isn't|is not|not) something (?:our|the) (?:terms|policy|contract|rules) (?:provide|allow|"
    r"cover)s? for|(?:our|the) (?:terms|policy|rules) (?:don't|do not|doesn't|does not) (?:provide|"
    r"allow) for",
    r"(?:that's|that is|it's|it is) (?:just )?how (?:it's|it is) (?:written|worded|set up)|(?:the "
    r"|your )(?:contract|terms|agreement) (?:doesn't|does not|won't|will not) (?:let|allow) you",
    r"(?:there's|there is|there isn't|there is not) (?:no|any) compensation for",
    r"(?:there's|there is) an? (?:[^ |]+ ){1,3}(?:hour|day|working day)s? (?:window|period|cut off|"
    r"cutoff|cut-off) (?:on|for) (?:cancellations|refunds|claims|returns|complaints|changes)",
    r"(?:all|as far as|as much as) the system (?:will )?(?:let|lets|allow|allows) me",
    r"(?:isn't|is not|not) something i can (?:get into|go into|comment on|discuss)",
    r"(?:can't|cannot|can not) action (?:anything|it|that|this) (?:off|over|from|on) (?:a|the) "
    r"(?:phone|call)",
    r"(?:you'll|you will) (?:still )?(?:need|have) to (?:email|write to|contact|ring|call) "
    r"(?:billing|claims|the [^ |]+ team|customer relations|complaints|head office)",
    r"(?:we've|we have|i've|i have) been told (?:not to|to not) (?:offer|give|refund|do|agree)",
    r"(?:can't|cannot|not able to|unable to) (?:discuss|talk about|go into|look at|do) (?:that|"
    r"this|"
    r"it|anything) (?:without|until|before) (?:security|verification|the checks|checks|passing "
    r"security|you pass)",
    r"(?:there's|there is|there are|there can be|we make|i can make|i'm able to make) no "
    r"exceptions?",
    r"(?:applies|apply) (?:to )?(?:all|every|each) (?:of )?(?:our )?(?:clients|customers|accounts|"
    r"client|customer)(?: equally)?",
    SENTENCE_START + r"(?:just |please )?(?:put|pop) (?:it|that|this|your complaint) in writing",
    r"(?:popping|putting|pop|put) your complaint in writing",
    r"(?:need|needs|require|requires|want|wants) (?:the|your|a) (?:complaint|request|claim) (?:put "
    r")?in writing",
    r"write in to (?:customer relations|complaints|the complaints (?:team|department)|head office|"
    r"customer services)",
    r"(?:i'll|we'll|i will|we will|i'm going to|we're going to|i|we|they|it) (?:need|needs|"
    r"require|requires) (?:to have )?(?:that|it|this|the complaint|your complaint|the request|"
    r"your request|everything) (?:put |sent )?in writing",
    r"(?:to|through) (?:legal|the legal team|our legal team|head office|the complaints team) "
    r"(?:[^ |]+ )?in writing",
    r"before (?:i|we) can do anything",
    r"(?:takes?|take) as long as (?:they|it) takes?",
    r"system(?:'ll| will)? only (?:let|allow)s? me",
    r"(?:the|my) (?:screen|system|computer) (?:won't|doesn't|will not|does not) "
    r"(?:actually |even )?let me",
    r"(?:aren't|isn't|are not|is not) something (?:we|the company) (?:do|offer|allow)",
    r"(?:there's|there is) no (?:way|getting) (?:round|around) (?:that|it|this)",
    r"(?:our|the|company|company's|it's|its|it is|that's|that is|against|by|per|under|strict) "
    r"(?:\w+ )?polic(?:y|ies)",
    r"polic(?:y|ies) (?:says|states|is|are|doesn't|does not|won't|forbids|prevents|won't let)",
    r"rules are rules|(?:those|these) are the rules|the rules (?:say|are(?! on your side)|state)|"
    r"i don't make the rules|i didn't make the rules|rules is rules",
    r"(?:you'll|you will|you'd|you would|you|you're going to|you are going to) (?:have|need|"
    r"has) to (?:(?:put|send|submit|email) (?:it|that|this|them|the|your|a)(?: [^ |]+){0,3} in "
    r"writing|write (?:to|in|us|a|"
    r"it)|send (?:us )?(?:a|an|in a|in an) (?:letter|email|written|formal)|fill (?:in|out)|"
    r"submit|complete (?:a|the)|go through (?:the|our|a|official|proper)|use (?:the|our) "
    r"(?:online|web|form|portal|app|website))",
    r"(?:you'll|you will|you|you'd|you would|you need to|you have to|you must) "
    r"(?:need to |have to )?put (?:it|that|this|your complaint|a complaint) in writing",
    r"(?:that's|that is|it's|it is) (?:just |simply )?(?:how it is|the way it is|the way things "
    r"are)",
    r"(?:that's|that is|it's|it is|this is) (?:just |simply )?(?:how|the way) (?:the system|our "
    r"system|it|things|the process|we) (?:works?|do things|operate|is set up|are done)",
    r"the system (?:just |simply |really )?(?:won't|doesn't|does not|will not|can't|cannot|"
    r"wouldn't) (?:let|allow|permit)",
    r"(?:(?:i'm|i am|we're|we are) not (?:allowed|permitted|authori[sz]ed) to)",
    r"(?:that's|that is|it's|it is) not (?:really )?how (?:it|this|things|that) works",
    r"(?:that's|that is|it's|it is) (?:just )?(?:the|our) process",
    r"(?:proper|official|right) channels",
    r"the (?:computer|system|software|screen) (?:won't|doesn't|does not|will not|can't|cannot) "
    r"(?:let|allow)",
    r"(?:can|could) only do what (?:the|our) (?:warranty|terms|policy|contract|rules|system) "
    r"(?:says|allows|lets)",
    r"(?:our|the) (?:procedure|protocol|process|terms|regulations) (?:says|say|states|state|"
    r"requires|require|is|are|doesn't|don't|does not)",
    r"(?:procedure|protocol) is (?:procedure|protocol)",
    r"(?:we|i) (?:can't|cannot|can not|don't|do not) (?:make|do) exceptions",
    r"no exceptions",
    r"(?:it's|it is|that's|that is) (?:just )?(?:company|standard|our) (?:procedure|practice|"
    r"process|protocol|rules)",
    r"(?:there's|there is) (?:a|an) (?:process|procedure|protocol) (?:for|you)",
    r"(?:out|outside) of (?:our|the) (?:terms|policy|guidelines|process)",
    r"(?:as per|according to) (?:our|the) (?:policy|terms|guidelines|rules|procedure)",
    r"(?:against|breaks?|outside|not within) (?:the|our|company) (?:rules|guidelines|terms|"
    r"regulations|procedures?)",
    r"(?:company|our|the) (?:guidelines|rules|regulations|terms of service|procedures) "
    r"(?:say|state|don't|do not|won't|require|are(?! on your side)|mean)",
    r"(?:we|i) (?:don't|do not|never) (?:do|offer|give|make|issue|allow) (?:refunds|"
    r"exceptions|credits|cash)(?: here| as a rule| as standard| on that)?",
    r"(?:i'm|i am|we're|we are) not (?:authori[sz]ed|permitted|allowed) to (?:do|give|"
    r"offer|make|issue|change|approve|refund|override)",
    r"(?:standard|normal|usual) (?:procedure|practice|process|policy)",
    r"(?:those|that's|these are|them's) the (?:rules|terms|conditions)",
    r"(?:terms and conditions|t's and c's|terms of service) (?:say|state|are|don't|do not|apply)",
    r"(?:you'll|you will|you) (?:need|have) to (?:go|log|apply|request|submit|raise|file|make) "
    r"(?:online|through|via|a formal|it formally|a claim|a request|a ticket|a form)",
    r"(?:it|that|this) (?:has|needs|'s got) to go through (?:the|a|our|proper)",
    r"(?<!never )(?:has|have|need|needs|must) to (?:come|go|be made|be submitted|be put|be raised) "
    r"(?:in )?(?:as|via|by|formally|through|in writing|a written|in)",
    r"(?<!as a )(?<!raised a )(?<!logged a )(?<!opened a )(?:written|formal|signed) (?:request|"
    r"complaint|application|letter)",
    r"(?:through|via|on) (?:the|our) (?:portal|ticketing|ticket queue|queue|complaints address|"
    r"contracts portal|online form)",
    r"(?:can|could) only (?:be requested|be done|take|accept|do|process|deal with|be made)",
    r"(?:not|isn't|aren't|is not) covered (?:under|by) (?:our|the)",
    r"(?:procedures|rules|policy|process|compliance|regulations) (?:are|is) (?:procedures|rules|"
    r"policy|process|compliance|regulations)",
    r"(?:only )?(?:releases|allows|lets me|permits)(?: [^ |]+){0,3} (?:hours|days|out|in advance)",
    r"how (?:our|the) (?:system|process|tool|booking system|sla process)(?:'s| is)? (?:set up|"
    r"runs|works|designed)",
    r"(?:can't|cannot|can not|unable to) (?:go into|discuss|do|process|accept) (?:that|this|"
    r"them|it|refunds|complaints) (?:over the phone|on a call|on the phone|by phone)",
    r"i'm afraid (?:i|we) (?:can only|only|can't|cannot)",
    r"(?:it|that) has to (?:come|go) (?:out of|from|through) (?:the|a)",
    r"(?:the|our) (?:booking tool|system|computer|process|portal) (?:only|won't|doesn't|will only)",
    r"computer says no",
    r"first in,? first out|(?:dealt with|handled|worked|processed) in (?:strict |date |queue "
    r")+order",
    r"(?:isn't|is not|not) something (?:we|i) (?:give out|disclose|share|can share|can give out)",
    r"in line with (?:the|our) (?:complaints |standard |usual )?(?:procedure|process|policy)",
    r"(?:that's|that is|it's|it is) the (?:rule|rules|procedure|process|policy)",
    r"under (?:our|the) (?:terms|rules|policy|contract|agreement)",
    r"(?:have|has) to be (?:raised|made|submitted|reported|logged|requested) (?:within|before|"
    r"by|in)",
    r"(?:i'll|i will|we'll|we will|we) need (?:proof|a letter|evidence|documentation|photos|"
    r"receipts)",
    r"(?:uploaded|upload) (?:to|via|through) the (?:portal|website|app)",
    r"headed paper",
    r"(?:i'm|i am|we're|we are) (?:required|obliged|obligated) to",
    r"the only way (?:complaints|it|that|they|this|we) (?:get|gets|can|is|are)(?! better| to "
    r"improve| to learn)",
    r"first come,? first served",
    r"(?:goes|go|has to go) to (?:a|the) (?:committee|panel|board|review team)",
    r"(?:governed|handled|covered) by (?:schedule|clause|section|the contracts|our terms)",
    r"(?:aren't|isn't|are not|is not) something (?:we|the company) (?:compensate|refund|"
    r"offer|cover|pay)",
    r"(?:that's|that is) how (?:it's|it has|things have) always been",
    r"(?:go|going|deviate|stray|step) (?:off|from|outside) (?:the |my |our )?script",
    r"(?:company|house) (?:rules|policy|procedure)",
    r"(?:has|have|need|needs|must|got) to be (?:put |made |done |submitted )?in writing",
    r"(?:you'd|you'll|you|you would|you will) (?:need to|have to|must) (?:email|write|send|post) "
    r"(?:[^ |]+ ){0,2}?(?:in|into|to) (?:the|our) (?:complaints|customer relations|head office)",
    r"(?:i'm|i am|we're|we are) only (?:allowed|permitted|authori[sz]ed) to",
    r"(?:that's|that is|it's|it is|this is) (?:just |simply )?(?:how|the way) (?:[^ |]+ ){1,2}?"
    r"(?:works?|operates?)",
    r"(?:they|the terms|the rules|those|the limits) are what they are",
    r"as a written (?:claim|complaint|request)",
    r"(?:and )?that's that(?= \||(?= $)| i'm afraid| really| unfortunately)",
    r"(?:has|have|needs?|need) to (?:come|be|go) (?:to us |through )?in writing",
    r"(?:isn't|is not|aren't|are not|not) available (?:on|for|with) (?:[^ |]+ )?(?:bookings|"
    r"accounts|orders|transfers|contracts|installations|this)",
    r"(?:i'm|i am|we're|we are) (?:bound|governed|restricted|limited|tied) by (?:the|our|a|my) "
    r"(?:[^ |]+ ){0,3}?(?:policy|policies|rules|schedule|terms|procedures?|guidelines|regulations|"
    r"process|tariff)",
    r"(?:can|could) only (?:offer|do|give|go by|work with) what(?:'s| is) (?:on|in) (?:my|the|our) "
    r"(?:screen|system)",
    r"(?:that's|that is|it's|it is) (?:just )?(?:our|the) standard (?:processing|delivery|response|"
    r"turnaround|clearing|waiting) (?:time|times|window|period)",
    r"(?:can't|cannot|won't|will not|don't|do not|couldn't) (?:make|do|give|allow) (?:an |any )?"
    r"exceptions?",
    r"(?:we|the company) (?:don't|do not|doesn't|does not|never) (?:offer|give|pay|do) "
    r"(?:any )?compensation",
    r"(?:everyone|everybody|all (?:our )?customers) (?:has|have) to (?:wait|go through|follow|fill|"
    r"put|send)",
)

DOUBT = rx(
    r"(?:don't|do not|can't|cannot) (?:say i |really )?know (?:that |if |whether )?(?:it|that|this|"
    r"one|anyone|anybody|a callback|a call) (?:was )?ever (?:promised|booked|arranged|said|agreed|"
    r"happened|offered)",
    r"not (?:something|a thing|a fault|a problem) (?:we'd|we would|we|you'd|you would) (?:normally|"
    r"usually|often|typically|ever) see",
    r"(?:i can see|i understand|i get|i appreciate) how (?:it|this|that) (?:might|may|could|would) "
    r"(?:look|seem|appear|come across)",
    r"(?:i|we) can only (?:go|work) (?:by|on|off) what (?:the|our|his|her|their|it|my) ",
    r"(?:you're|you are) (?:saying|telling me)(?: is)?(?: that)?(?: [^ |]+){0,12} (?:vanish\w*|"
    r"disappear\w*) (?:into|in) thin air",
    r"(?:nothing|none of what|none of the [^ |]+) (?:you've|you have|you) (?:sent|forwarded|shown|"
    r"given|provided|sent over|attached|supplied)(?: me| us)? (?:proves|shows|backs|supports|"
    r"confirms)",
    r"(?:can only see|can see only|only see|only seeing|can only find|i see only) (?:the )?(?:one|"
    r"two|a single) (?:charge|payment|visit|appointment|transaction|outage|call|transfer)s?(?! "
    r"(?:twice|again|too))",
    r"did you not (?:get|receive|see|read|check|notice)",
    r"(?:might|may|must|could) (?:well )?have (?:knocked|rung|called|come|been|tried) and you "
    r"(?:didn't|did not|just didn't|weren't|missed)",
    r"did you (?:pay for|choose|select|pick|opt for|go for|book) (?:the )?(?:tracked|signed|"
    r"insured|"
    r"express|next.day|premium)",
    r"did (?:you|the [^ |]+|your [^ |]+) definitely",
    r"(?:not once|never once) (?:have|has|did|in [^ |]+ years have) (?:i|we) (?:ever )?(?:seen|"
    r"known|heard of|had) (?:that|it|this|one)",
    r"(?:i've|i have|i've got|i'm seeing|it's showing) (?:got )?something (?:else|different) "
    r"(?:here|on (?:my|the) (?:screen|system))",
    r"(?:amazing|surprising|funny|incredible|unbelievable) how (?:many|often) (?:people|customers|"
    r"clients|callers|folk|folks) (?:put|get|type|enter|give|make|forget|don't|do|mix|misread|"
    r"miss)",
    r"(?:that's|that is|that'd be|that would be) a first(?= \||(?= $)| for| i| to be| honestly)",
    r"never known (?:it|that|this|one|them)(?: to (?:happen|break|fail|go wrong|do that)| happen| "
    r"before|(?= \||(?= $)))",
    r"(?:the|your) (?:bill|charge|reading|statement) should be (?:right|correct|accurate|fine)",
    r"(?:it|they|these|transfers|wires|payments|parcels|deliveries) (?:normally|usually|always) "
    r"(?:clears?|arrives?|goes through|go through|turns? up|gets? there|lands?)(?: same day| next "
    r"day| overnight| on time| fine)",
    r"(?:i'm|i am) showing (?:it|that|the|your) (?:[^ |]+ )?(?:landed|arrived|went|left|"
    r"cleared|was|were)",
    r"(?:log|logs|records?|system|screen) (?:here )?(?:says?|shows?) (?:it|that|the|your) (?:[^ |"
    r"]+ )?(?:went|left|landed|arrived|cleared)",
    r"(?:i'm|i am) (?:only )?(?:seeing|showing) (?:just |only )?(?:one|two|three|four|a single)"
    r"(?! (?:thing|moment|second|minute))",
    r"(?:that's|that is) a new one(?: on me)?|we never (?:get|see|have) that",
    r"(?<!i'm )(?<!i am )(?<!we're )(?:looking at|checking|reading) the (?:right|correct) "
    r"(?:statement|account|email|page|parcel|tracking|invoice|number|card)",
    r"(?:i'm|i am) not (?:entirely |totally |fully )?convinced",
    r"(?:not seeing|can't see|cannot see|don't see) (?:[^ |]+ ){0,4}?(?:logged|recorded|listed)",
    r"not (?:something|a fault|an issue|a problem) (?:that )?we (?:normally|usually|often|ever|"
    r"typically|generally) see",
    r"(?:because|cause|cos|but) (?:this|it|my screen|the system|our system|mine) (?:shows|says|"
    r"has (?:it|you) (?:down )?as|has got (?:it|you) as)",
    r"hang on(?: a (?:sec|second|minute|moment))? (?:so )?you're (?:saying|telling me)",
    r"(?:dashboard|monitoring|log|system|screen)(?:'s| is)? (?:showing|shows|says) (?:that )?"
    r"(?:most|all|it|they|he|she|the|your|everything)",
    r"(?:i've|i have) (?:only )?got (?:one|two|three|[0-9]+) (?:[^ |]+ )?on (?:the|my|our) (?:log|"
    r"system|screen|records)",
    r"(?:don't|do not|can't|cannot) (?:quite )?(?:understand|see|follow) how (?:it|that|this|the "
    r"[^ |]+|they|he|she|you) (?:could've|would've|(?:could|would) (?:of|have))",
    r"(?:our |the )?system(?:'s| is)? (?:showing|shows|says) (?:that )?(?:he|she|they|it|you) "
    r"(?:did|was|were|has|had)",
    r"(?:not seeing|can't see|cannot see|don't see) (?:[^ |]+ ){0,4}?(?:on here|at all|on my "
    r"(?:side|screen|end))",
    r"(?:the first|first time) (?:i've|i have) (?:ever )?heard of (?:that|this|it)",
    r"(?:someone|somebody|he|she|they|the engineer|the driver|the courier) did (?:call|ring|phone|"
    r"come|turn up|knock|deliver|try)",
    r"(?:you were|were you|you did|did you|this was|that was|it was|you're|are you) definitely",
    r"(?:you've|you have|you) definitely (?:been|done|used|put|sent|checked|plugged|switched)",
    r"(?:not seeing|can't see|cannot see|don't see) (?:[^ |]+ ){0,4}?anywhere",
    r"(?:they're|they are|he's|she's) saying (?:they|he|she) (?:rang|called|came|knocked|delivered|"
    r"tried)",
    r"our (?:[^ |]+ )?(?:transfers|deliveries|engineers|payments|parcels|systems?) (?:normally|"
    r"usually|always) (?:clear|arrive|go through|turn up|work|get there)",
    r"(?:i|we) (?:can't|cannot|don't|do not) see (?:any|a|no) (?:record|trace|sign|note|mention|"
    r"second|other|extra|double|evidence)",
    r"on our (?:side|end) it (?:shows|says)",
    r"(?:are|were) you (?:sure|certain|positive|absolutely sure|quite sure|really sure)",
    r"(?:are|were) you sure about",
    r"(?:that's|that is|thats|it's|it is|how|very|that seems|that sounds) (?:very |really |a bit |"
    r"quite |pretty |kind of |kinda )?(?:strange|odd|weird|unusual|unlikely|surprising|"
    r"suspicious|funny)",
    r"(?<!so )(?<!so that )(?<!sure )(?:(?:it|this|thing|things|stuff|they|he|she|these|those|one|"
    r"ones) "
    r"(?:never|doesn't usually|"
    r"does not usually|hardly ever|rarely|doesn't|does not|don't|do not|never really) "
    r"(?:happens?|happened|occur|occurs)|(?:that|which) (?:never|doesn't usually|does not usually|"
    r"hardly ever|rarely|doesn't|does not|don't|do not|never really) (?:happens?|occur|"
    r"occurs))(?: before| to| like| with|(?= $)| \|)",
    SENTENCE_START + r"that (?:never|never really|hardly ever) happened(?: before| to| like| with|"
    r"(?= $)| \|)",
    r"(?:that|this|it)(?:'s never|'s not| has never| never| hasn't| has not|'s ever| has ever) "
    r"(?:ever )?happened "
    r"(?:[^ |]+ ){0,4}?before",
    r"no way (?:did|does|would|could|was|is|has) (?:it|that|this|the [^ |]+) (?:take|took|been|be|"
    r"happen|cost)",
    r"(?:there's|there is) no way (?:that|it|this|the [^ |]+) (?:took|happened|cost|was|could|"
    r"would|went)",
    r"(?:looks|seems|appears|is) (?:all |completely |perfectly )?(?:normal|fine|okay|ok|correct|"
    r"right) (?:from|on|at) (?:our|my) (?:end|side)",
    r"i (?:find|found) (?:that|it|this) (?:really |quite |very |a bit |a little )?(?:hard|"
    r"difficult) to believe",
    r"(?:hard|difficult) to believe",
    r"(?:that|this|it) (?:can't|cannot|couldn't|can not) be (?:right|true|correct|the case)",
    r"(?:i'm|i am) not (?:sure|convinced|certain) (?:that's|that is|that|about that|it|this|you|"
    r"what)",
    r"(?:our|my|the system's|according to our) (?:records?|system|logs?|screen|notes?|data) "
    r"(?:shows?|says?|"
    r"indicates?|tells? me|suggests?|has|have|don't show|doesn't show|does not show) (?:that|"
    r"otherwise|you|it|the|no|nothing|a|something|different)",
    r"(?:did|have|are|were) you (?:actually|really|definitely|even) (?:check|checked|look|looked|"
    r"call|called|read|try|tried|wait|waited|there|home|in|receive|see)",
    r"(?:if|assuming) (?:that's|that is|this is|it's|it is|what you say is|what you're saying is)"
    r" (?:true|the case|right|correct|accurate|(?:really |actually )?what happened)",
    r"(?:make sure|check|just make sure) (?:that )?(?:someone's|someones|somebody's|someone is|"
    r"somebody is|"
    r"you're|you are) (?:actually )?(?:in|home|in the house|answering) (?:this time|next time)",
    SENTENCE_START + r"oh (?:so )?(?:you|he|she|they|it) (?:were|was|are|is|have|had|did|got|said|"
    r"told|saw|paid|rang|called|cancelled|sent|put) (?:[^ |]+ ){0,8}(?:were|was|are|is|have|had|"
    r"did|do|does) (?:you|he|she|they|it)(?= \||(?= $))",
    r"(?:i|we) (?:doubt|question) (?:that|it|this|whether|if|very)",
    r"i doubt",
    r"(?:supposedly|apparently|allegedly)",
    r"are you (?:certain|positive) (?:that|it|about|you)",
    r"(?:you|u) (?:sure|certain) (?:about that|that|it|you)",
    r"(?<!if )(?<!as long as )(?:you're|youre|you are) (?:absolutely |completely |totally |quite |"
    r"a hundred percent |100 percent )?(?:sure|certain|positive)(?= (?:about|that|it|you|the|this|"
    r"of|no|nobody|they|he|she|there|\|)|$)",
    r"(?:maybe|perhaps|could it be that|is it possible that|might) you (?:missed|didn't|did not|"
    r"weren't|were not|misread|forgot|made|got|entered|typed|put|misunderstood|were out|weren't "
    r"home|were not home|didn't hear|gave)",
    r"(?:doesn't|does not|don't|do not) (?:sound|seem|look) right",
    r"(?:it|our system|the system|my screen) (?:says|shows) (?:here )?(?:that )?(?:everything|it|"
    r"the|your|you|we|a|no|nothing) (?:[^ |]+ ){0,3}?(?:went|was|were|is|fine|through|delivered|"
    r"sent|completed|correct)",
    r"i (?:can't|cannot|don't) see how (?:that|this|it) (?:happened|could|would|is possible)",
    r"(?:that's|that is) not what (?:i'm|i am) seeing",
    r"(?:it's|that's|it is|that is) (?:impossible|not possible) (?:that|for)",
    r"you'd be (?:surprised|amazed|shocked|astonished) how (?:often|many)",
    r"were you (?:maybe|perhaps|possibly|definitely) (?:out|in the|upstairs|downstairs|asleep|on "
    r"the phone|away|at)",
    r"which is (?:a bit |very |really |rather )?(?:odd|strange|weird|unusual|curious)",
    r"did you (?:try|think to|remember to|check) (?:turning|switching|plugging|unplugging|"
    r"restarting|resetting|checking|looking)",
    r"how often (?:clients|customers|people) (?:get|make|forget|enter)",
    r"(?:that|it) (?:doesn't|does not|don't) (?:add up|make sense|sound likely|seem likely|"
    r"ring true)",
    r"(?:i've|i have) never (?:heard|seen|known) (?:of )?(?:that|this|it|anything like)",
    r"(?:that|it) (?:sounds|seems|looks) (?:a bit |rather |quite |very |pretty )?(?:unlikely|"
    r"far fetched|far-fetched|doubtful|fishy|suspicious|implausible|odd|strange)",
    r"(?:i'd|i would) be (?:very |really )?surprised if",
    r"(?:you must|you might|you may|you probably|surely you) (?:have|be) (?:mistaken|"
    r"misremembering|confused|wrong|got|made|missed|entered|forgotten|misread)",
    r"(?:can|could) you prove",
    r"(?:i'm|i am) (?:not|not really) (?:sure|convinced|buying|seeing) (?:about )?(?:that|this|it)",
    r"i don't (?:think|believe) (?:that's|that is|that|it|this|it's) (?:right|true|correct|what|"
    r"possible|the case|happened)",
    r"(?:you|you're|you are) (?:sure|certain|positive) (?:about that|of that)",
    r"(?:are you|you) (?:absolutely )?(?:sure|certain|positive)(?= \|)",
    r"(?:i've only got|i only have|i can only see|i've got a note|i have a note|(?<!so )i've got "
    r"it down|(?<!so )we've got it down|it says here|my notes say|the notes say|i've got here)(?! "
    r"(?:that )?you(?:'ve| have) been (?:without|waiting|charged|left|chasing|passed))",
    r"(?:not sure|not convinced|not certain) (?:that|the|three|it's|this|whether|if|about)(?!(?: "
    r"[^ |]+){1,4} (?:is|are|would be|will be|goes far) enough)",
    r"(?:seem|seems|sounds|looks) (?:a bit |quite |rather |pretty |a little )?unlikely",
    r"(?:i'm|i am) (?:a bit |quite |rather |really |slightly )?surprised",
    r"(?:don't|do not|doesn't|does not) (?:usually|normally|generally|typically|ever)",
    r"(?:definitely|you sure you|sure you|certain you) (?:put|sent|entered|did|had|gave|wrote|"
    r"were|typed|printed|ticked|booked|filled|posted|attached|selected|clicked|used|plugged)",
    r"i (?:do )?wonder (?:whether|if)",
    r"(?:might|may|could) (?:well )?be (?:sitting|with|at) (?:a|your|the) (?:neighbour|"
    r"neighbor|porch|door|reception|safe place)",
    r"(?<!you )(?<!nothing )(?<!none of it )(?<!nobody )(?:was|were) (?:handed over|delivered|"
    r"signed for|left)(?= )",
    r"(?:come on now|come off it|pull the other one)",
    r"(?:can't|cannot|couldn't|doesn't|didn't|don't) (?:have )?(?:just )?(?:vanish\w*|"
    r"disappear\w*) into thin air",
    r"(?:you're|you are|you) sure (?:it's|it is|it was|that|you)",
    r"assuming (?:someone|you|it|that|this|they)",
    r"once we've (?:established|confirmed|verified)",
    r"(?:says|saying|shows|showing|marked) (?:here )?(?:as )?(?:delivered|signed for|no answer|"
    r"completed|attended|left)",
    r"(?:there's|there is|i've got|i have) a note (?:here )?(?:saying|that says|that)",
    r"did you (?:maybe|perhaps|possibly)",
    r"(?:could|might|would) (?:the|it|that|this) (?:second|first|other) (?:one|charge|payment) be",
    r"seems (?:a bit |quite |rather )?(?:high|a lot|excessive|much)",
    r"(?:our|the) (?:incident|call|activity|system) log(?! in front of me)",
    r"(?:diagnostics|line test|tests?|checks?)(?: on (?:the|your) line)? (?:came back|come back|"
    r"are showing|show) (?:clean|clear|fine|normal)",
    r"(?:isn't|is not|wasn't) (?:actually |really )?(?:a|any) fault (?:showing|on (?:the|our|your) "
    r"(?:line|end|side|system))",
    r"if (?:it|they|you) (?:was|were|did) (?:actually|really|genuinely)",
    r"(?:genuine|real|actual) (?:outages|faults|complaints|problems)",
    r"(?:nobody|no one|no-one) else (?:seems to|has|'s|ever|complains|complained|has ever)",
    r"(?:i'd|i would|i) (?:question|query) (?:whether|if|that)",
    r"(?:i'd|i would) hardly call",
    r"(?:showing|shows|says|has it|had it) (?:as )?(?:collected|delivered|signed for|attended|"
    r"completed|done|fine|working|up|running) (?:on|at|from) (?:my|our) (?:end|side|screen|system)",
    r"(?:monitoring|dashboard|system|status page|logs) (?:had|has|shows?|showed|says|said) "
    r"(?:the|it|your|everything) (?:[^ |]+ )?(?:up|fine|green|working|running|online) (?:the "
    r"whole|all|for most)",
    r"(?<!said )(?<!saying )(?<!says )(?<!page )(?<!page was )(?<!page is )(?:it's|it was|it is|"
    r"showing|shows|everything's|everything was|everything is) (?:all )?green",
    r"(?:report|notes|records?|job sheet) (?:do |does |did )?(?:says|say|shows?|showed) (?:that "
    r")?(?:the|it|"
    r"everything|your) (?:[^ |]+ ){0,3}?(?:was|were|went) (?:completed|fine|done|attended|"
    r"working|tested|successful)",
    r"did you (?:actually|definitely) ",
    r"is it possible (?:your|you|that you|that your|the parcel|it was)",
    r"(?:that's|that is) not how we (?:work|operate|do things)",
)

CORRECTING = rx(
    r"you(?:'d| would) have (?:agreed|signed up|accepted|consented) to",
    r"(?:in future|next time) if you (?:give|gave|use|used|send|sent|put|keep|let|book|check)",
    r"(?:did|had) you (?:send|sent|submit|submitted|put|drop|dropped|book|booked|pay|paid) (?:[^ "
    r"|]+ ){0,3}before the cut ?off",
    r"(?:i'm not sure|i don't think|i'm not convinced) (?:emailing|going (?:straight )?to|writing "
    r"to|contacting|copying in|ringing) (?:[^ |]+ ){1,3}(?:was|is) the (?:quickest|best|fastest|"
    r"right) (?:route|way|option)",
    r"(?:i will|i'll|i have to|i must|i do have to) say,? with respect",
    r"(?:i don't think|i do not think|i wouldn't say|i would not say) (?:it's|it is|that's|that "
    r"is) (?:quite |entirely |really |strictly |totally )?(?:fair|right|accurate|true) to (?:say|"
    r"suggest|claim)",
    r"you(?:'d| would) have (?:got|gotten|had) (?:further|a quicker|a faster|a better|it sorted)|"
    r"you(?:'d| would) have been better off",
    r"(?:you|you really) (?:shouldn't|should not) (?:really )?(?:let|have let|leave|have left) "
    r"(?:your|the|it)",
    r"(?:sla|contract|agreement|terms)(?: does| do)? (?:allow|allows|permit|permits|provide for|"
    r"provides for) (?:for )?(?:some|a (?:certain|bit of|small amount of)|an? (?:amount|level) of)",
    r"(?:emailing|going (?:straight )?to|writing to|escalating (?:it )?to|ringing|contacting|"
    r"copying in) (?:the|our) (?:ceo|chief executive|md|managing director|chairman|board)(?: "
    r"[^ |]+){0,3}? (?:has |have |'s |will |tends to |just )?(?:(?:made|makes|make)(?! (?:complete "
    r"|perfect |total |good |a lot of )?sense)|slowed|slows|slow|held|holds|hold|delayed|delays|"
    r"delay)",
    r"(?:most|plenty of|other|a lot of|lots of) (?:companies|customers|people|clients|businesses|"
    r"firms) would (?:be (?:happy|glad|delighted|grateful|pleased|thrilled)|kill for|love)",
    r"(?:did you|have you|you did|you have) (?:check|checked|look in|looked in|try|tried) (?:your |"
    r"the )?(?:spam|junk)",
    r"(?:that's|that is|which is) what (?:caught you out|tripped you up|caught you)",
    r"(?:resolved|fixed|restored|back up) within (?:the |our )?(?:contractual|agreed|sla|service "
    r"level|recovery)",
    r"(?:i|we) did (?:explain|tell you|mention|say|go through) (?:all )?(?:this|that|it)",
    r"(?:the|our|your) (?:sla|contract|terms|agreement|warranty|policy|service level) (?:only )?"
    r"(?:allows|permits|allow|permit) (?:for )?(?:some|a certain|up to|a bit of|a little|an "
    r"amount)",
    r"(?:you should have|you should've|you could have|you could've|i'd have|i would have) (?:just "
    r")?"
    r"(?:bought|gone for|chosen|picked|got) a (?:better|different|more reliable|dearer)",
    r"(?:that's|that is|it's|which is) (?:normally|usually|nearly always|almost always|generally) "
    r"(?:what's gone wrong|what goes wrong|the problem|the issue|what happens|the reason)",
    r"nine times out of ten (?:that's|that is|it's|it is|that'll be|it'll be|the problem is|it "
    r"turns out)",
    r"out of warranty",
    r"(?:had|have|has) every right to (?:hold|charge|refuse|stop|block|cancel|freeze|check)",
    r"(?:keep an eye on|check|watch) your (?:[^ |]+ ){0,2}(?:going forward|in future|from now on)",
    r"most people (?:build in|allow|leave|give themselves|send it|send the|pay)",
    r"(?:does|do|did) (?:spell|set|lay) (?:that|it|this|all that) out",
    r"(?:you've|you have) got (?:it|that|this) (?:all )?wrong|that's not what (?:a|an|the) "
    r"[^ |]+(?: [^ |]+)? (?:is|means|does)",
    r"(?:next time|in future|in the future)(?: round)? (?:maybe |perhaps |just |please |you "
    r"(?:might|may|could|should|will|'ll) (?:want to |need to )?|it's (?:best|better|worth|wise) "
    r"to |(?:it's|it is) worth |try to |try and |remember to )?"
    r"(?:send|sent|check|read|keep an eye|make sure|allow|leave|pay|double check|give yourself|"
    r"get|choose|opt for|pick|go for|select|(?:ringing|calling|checking|sending|leaving|allowing|"
    r"getting))",
    r"(?:keep an eye on|check|read|double check|look at) (?:your|the) (?:[^ |]+ ){0,2}next time",
    r"(?:a bit of )?a misunderstanding|wouldn't (?:of|have) been covered",
    r"you did (?:go for|pick|choose|select|book|agree to|tick|sign up for|opt for)",
    r"(?:using|use|used) the (?:right|wrong|correct) (?:powder|detergent|settings?|plug|programme|"
    r"program|cycle)",
    r"(?:i'd|i would|can i|let me|i'll|i'll just|i just want to|i must) (?:just )?(?:gently |"
    r"kindly |politely )?point out",
    r"actually (?:you(?! know what)|your|if|according|technically|it says|the terms|the contract)",
    r"technically(?!(?: speaking)? (?:you(?:'ve| have) done nothing|you're (?:right|entitled|"
    r"correct)|there's nothing you|you did nothing|none of (?:this|it)|(?:sir |madam )?(?:you're "
    r"owed|you are owed|we should|we shouldn't|we should've|it was (?:us|our)|that's on us)))",
    r"(?:if|had) you(?:'d)? (?:had )?(?:read|checked|looked|called|followed|paid attention|"
    r"bothered|listened|rung|gone for|chosen|picked|booked|opted|sent|paid for|ordered|selected)",
    r"(?<!nothing )(?<!anything )you (?:really |honestly |probably |just )?(?:should|should've|"
    r"should have|shoulda|ought to|ought to have|could have|could've|needed to|were supposed to) "
    r"(?:have )?(?:really |just )?(?:read|checked|called|cancelled|canceled|confirmed|"
    r"followed|noticed|looked|known|told|said|done|contacted|booked|sent|kept|taken|paid|asked|"
    r"waited|rung|rang|phoned|emailed|reported|registered|let us know|mentioned|chased|been(?! "
    r"(?:told|called|contacted|kept|warned|given|informed|offered|refunded|rung|phoned|sent|"
    r"updated|notified|sorted|fixed)))",
    r"you (?:didn't|did not|never|haven't|have not|failed to) (?:read|check|follow|call|cancel|"
    r"confirm|pay attention|look at|notice|update|tell|inform|give|provide|respond)",
    r"(?:it's|it is|that's|that is|it was|this is|it's all|it was all|all) "
    r"(?:clearly |very clearly "
    r"|all )?(?:stated|written|explained|spelled out|spelt out|mentioned|listed|outlined|in the)"
    r" (?:in|on|clearly)",
    r"as (?:stated|explained|mentioned|outlined|written|it says) (?:in|on)",
    r"the (?:terms|small print|fine print|contract|agreement|t's and c's|terms and conditions) "
    r"(?:clearly )?(?:says?|states?|explains?|mentions?|makes? clear|covers?|specif\w+|do|does)",
    r"you (?:agreed|signed|accepted|consented) to",
    r"to be fair (?:you|to us|it)",
    r"you (?:misunderstood|misread|got (?:it|that) wrong|are mistaken|are wrong|were wrong|"
    r"have it wrong|have got it wrong|seem to think|may have misunderstood)|you(?:'ve| have) "
    r"(?:misread|misunderstood|misheard|got (?:it|that|this) wrong|mixed (?:it|them|that|things|"
    r"the \w+) up|got (?:mixed up|confused))",
    r"(?:you're|you are) (?:mistaken|wrong|confused|misunderstanding|incorrect|not quite right)",
    r"(?:that's|that is|it's|it is|that isn't|it isn't) not (?:quite )?(?:true|correct|accurate|"
    r"what happened)",
    r"(?:isn't|is not|wasn't|was not) (?:quite |entirely |strictly )?(?:accurate|correct|true)",
    r"with (?:all )?due respect",
    r"(?:let me|i need to|i have to|i must|i should) (?:correct(?! something i| what i| myself)|"
    r"explain|clarify|point out|remind you)",
    r"(?:just )?(?:to|for) (?:clarify|correct)",
    r"in (?:fact|reality) (?:you|it|the|we)",
    r"(?:the|your) (?:window|appointment|slot|booking|delivery|contract) (?:was|is) actually",
    r"(?:as|like) i (?:said|explained|told you|mentioned) (?:before|already|earlier)",
    r"(?:that's|that is|which is) (?:on|down to) you",
    r"(?<!blamed you )(?<!blame you )if you(?:'d| had) (?:[^ |]+ ){0,2}?(?:checked|submitted|read|"
    r"looked|called|sent|told|"
    r"cancelled|canceled|paid|booked|been|followed|used|updated|registered|rung|phoned|emailed|"
    r"reported|kept|chosen|picked|ticked|selected|opted|noticed|mentioned|asked)",
    r"you(?:'d| would) have known",
    r"(?:you could've|you could have) (?:just )?(?:called|come|rung|emailed|asked|told|waited|"
    r"contacted)",
    r"(?:it's|it is|that's|that is|all) (?:in|covered in|explained in) (?:the|our) (?:terms|"
    r"contract|agreement|small print|fine print|faq|t's and c's)",
    r"(?:doesn't|does not|didn't|did not) take effect until",
    r"not (?:lost|broken|late|missing|faulty|cancelled) (?:exactly|as such|technically)",
    r"(?:wasn't|was not|isn't|is not) (?:really |strictly )?(?:necessary|needed|called for)",
    r"(?:was|is) (?:a bit|a little|rather|slightly) (?:much|over the top|excessive|dramatic)",
    r"(?:got|have|get) the wrong end of the stick",
    r"are you using (?:the|a) (?:right|correct|proper|recommended)",
    r"(?:that's|that is|this is) (?:usually|normally|often|generally|typically) what causes",
    r"it happens (?:at|with|to) (?:every|all|any)",
    r"(?:we|i) (?:did|definitely|clearly|already) (?:send|sent|tell|told|email|emailed|explain|"
    r"explained|inform|informed|text|texted|notify|notified) (?:you|it|this|that)",
    r"(?:it was|that was|that's|it's|it is) (?:your|the customer's) (?:responsibility|job|duty)",
    r"(?:you|you'll) (?:need|have) to (?:read|check|look at) (?:the|your|our) (?:terms|contract|"
    r"email|confirmation|small print|agreement)",
    r"(?:if you (?:look|read|check)|as you can see|as you'll see|as you know)",
    r"(?:you|you'll) (?:did|do) (?:agree|sign|accept)",
    r"(?:per|as per) (?:the|our|my) (?:email|letter|message|terms|contract)",
    r"(?:you must have|you probably|you might have|you may have) (?:missed|misread|forgot|"
    r"forgotten|misunderstood|entered|typed|ignored|overlooked|clicked|pressed|ticked|selected|"
    r"chosen|booked|ordered)",
    r"(?:only|just) an? (?:estimate|guide|target|guideline)",
    r"(?:a|it's a) (?:target|estimate),? not a (?:guarantee|promise)",
    r"(?:set out|stated|written|explained|covered|listed) in (?:the|your|our)(?! (?:report|letter|"
    r"email|call|meeting|review))",
    r"working days,? mind|weekends (?:don't|do not) count",
    r"so you (?:were|have been|was|had been) (?:informed|notified|made aware|warned)|you (?:were|"
    r"had been) (?:informed|notified|made aware|advised|warned) (?:of|about|that|when|at|in)",
    r"(?:confirmation|email|text|letter|terms|contract|website|booking|leaflet|app) (?:[^ |]+ )?"
    r"(?:would have|would've) (?:said|told you|explained|mentioned|shown|"
    r"made (?:it|that|this) clear)",
    r"(?:filled|filled in|filled out|entered|typed|completed) (?:in |out )?(?:incorrectly|wrongly|"
    r"wrong)",
    SENTENCE_START + r"(?:just )?(?:for|to be) (?:accuracy|accurate)|just (?:for|to be) "
    r"(?:accuracy|accurate)|just to correct (?:one|a|you on one) thing|"
    r"(?:if|can|let) (?:i|me) (?:just )?correct you",
    r"(?<!what )(?<!everything )(?<!like )(?<!as )(?<!when )(?:you're|you are|you were) (?:meant|"
    r"supposed|"
    r"required|expected|obliged) to",
    r"strictly speaking|not (?:quite |really |exactly )?how (?:it|this|that|things|refunds|it all) "
    r"works?",
    r"(?:it's|it is|it was) in the (?:manual|terms|contract|confirmation|email|small print|"
    r"agreement|instructions)",
    r"(?:(?<!voucher )(?<!discount )(?<!credit )(?<!code )for next time|just so you know|just so "
    r"you understand|for future reference|for your "
    r"information)(?!(?: [^ |]+)?(?: exactly what| what happens| what'll happen| what's "
    r"happening| what is happening| what i'm doing| what we're doing| this is my| here's my| "
    r"you'll (?:have|get)| (?:there's|there is) nothing (?:you|for you)| how (?:it'll|it "
    r"will|it's going to|this will|this'll) work| you (?:don't|"
    r"won't|do not|will not) need| it was (?:us|our)| we | i'll| i will| i've))",
    r"(?:isn't|is not|wasn't|was not) the same (?:as|thing)",
    r"make sure (?:someone's|someone is|you're|you are|somebody's) (?:in|home|there|available)",
    r"with (?:the greatest|great|all) respect",
    r"with respect(?=,| sir| madam| ma'am| mr| mrs| ms)",
    r"(?:a lot of|most|many) (?:people|customers) (?:don't|do not) (?:realise|realize|know|"
    r"understand)",
    r"(?:like|as) (?:it|we) (?:said|says|explained|mentioned|stated) in",
    r"the (?:booking|confirmation|terms|contract|manual|agreement|email) (?:does |clearly )?"
    r"(?:says?|states?|said|mentions)",
    r"(?:are|were|is) there to protect you",
    r"(?:you can't|you cannot|you shouldn't) (?:run|use|put|leave) (?:it|them|the)",
    r"(?:you see|thing is),? the thing with",
    r"if (?:it|you|the [^ |]+) had (?:gone|been|come|arrived|got)",
    r"what you (?:have|need|'ve got) to understand",
    r"(?:doesn't|does not|don't) update (?:live|in real time|instantly)",
    r"that's why it (?:looks|shows|says|seems)",
    r"(?:it's|it is) always worth (?:checking|looking)",
    r"(?:isn't|is not|wasn't|aren't) (?:instant|immediate|automatic)",
    r"(?:just )?how (?:swift|banking|it|shipping|the network|payments) works",
    r"you(?:'ll| will)? need to stop",
    r"(?<!before )(?<!when )(?<!than )(?<!while )(?<!after )(?<!as )(?<!time )you(?:'d| would) "
    r"(?:normally|usually|typically)",
    r"(?:doesn't|does not|won't|will not) actually (?:speed|help|make|change|do)",
    r"for what it's worth(?! (?:i'm|i am|we're|we are) (?:so |really |very |truly |deeply |"
    r"genuinely )?sorry| i'd| i would| you're right| i agree| i think you're right| i think "
    r"you've got a point)",
    r"you (?:chose|picked|selected|opted for|went for|ticked) the (?:cheaper|standard|"
    r"basic|wrong|economy)",
    r"you (?:do |really |always )?(?:should|need to|have to|must|'ve got to|got to) (?:always )?"
    r"(?:check|read|look at) (?:that|this|these|the|your|it)",
    r"(?:i'm|i am) sure you'll (?:agree|appreciate|understand) that",
    r"you (?:can't|cannot|couldn't) (?:really )?expect (?:them|us|me|him|her|an engineer|a "
    r"courier|anyone) to",
    r"(?:how|why) you (?:didn't|did not|never|wouldn't have) (?:notice|see|check|read|spot)",
    r"(?:we|i) did (?:send|sent|email|post|text) (?:you )?(?:an?|the|out)",
    r"(?:there's|there is) a (?:big |real )?difference",
    r"(?:it's|that's|it is|that is|this is) not actually (?:a|an|the|what|how|our)",
    r"(?:it's|it is|that's|that is|all) (?:on|in) (?:the|our) (?:website|site|app|faq|"
    r"confirmation|booking)",
    r"can take up to",
    r"you (?:really |probably |might )?should(?: really| probably)?(?: have|'ve| of) (?:got in "
    r"touch|called|rung|"
    r"contacted|told us|checked|read|let us know|come to us|paid for|bought|taken out|ticked|"
    r"chosen|ordered|booked|insured|gone for|asked for|noticed)",
    r"if you(?:'d| had) (?:[^ |]+ ){1,6}?(?:it|this|that|they) (?:would|wouldn't|would've|would "
    r"have|wouldn't have)",
    r"the thing (?:with|about) (?:these|those|them|it|this) is(?: that)? (?:you|they)",
    r"(?<!away )(?<!up )(?<!off )would(?:'ve| have) been (?:a lot |much )?(?:quicker|faster|"
    r"easier)",
    r"if (?:the|your) (?:label|address|postcode|form|paperwork|details|booking|order|parcel) had "
    r"(?:been|had|the|included|said|got|a|your)",
    r"(?:pop|put|set|make|keep) (?:a |yourself a )?(?:reminder|note)(?: of it)? (?:in|on) your "
    r"(?:diary|calendar|phone)",
)

ACCUSATION = rx(
    r"(?:regarding|about|re|concerning) the claims? (?:in|made in|you(?:'ve| have)? made)",
    r"(?:you're|you are) (?:basically )?(?:(?:saying|suggesting) (?:we're|we are|i'm|i am)|"
    r"calling (?:us|me)) (?:liars?|lying)",
    r"according to (?:you|your (?:email|emails|letter|message|complaint|version|story|account of))",
    r"(?:your|the customer's) (?:account|version|story) (?:is|was) that",
    r"for the purposes of (?:the|my|our|this) (?:investigation|record|file|report|complaint)",
    r"(?:cancellation|payment|call|email|booking|complaint)s? you say you (?:made|did|sent|had|"
    r"placed)",
    r"you (?:admit|admitted|concede|conceded|accept|accepted) (?:that )?(?:you|it|the)",
    r"(?:that's|that is|is that) your position",
    r"(?:do you have|have you got|can you provide|you got|got any) (?:any )?(?:evidence|proof)",
    r"(?:you're|you are) (?:stating|alleging|asserting|contending)|you (?:state|allege|assert) "
    r"that",
    r"(?:not )?(?:accepting|admitting|accept|admit) (?:any )?liability",
    r"(?:are you|you're|you are) (?:formally |actually |now )?(?:alleging|claiming|accusing)",
    r"(?:notes|log|logs) (?:say|says|show|shows) (?:that )?(?:the(?! same)|it|you|your)",
    r"point(?:s)? to misuse|your version(?: of (?:it|events|things))?",
    r"(?:log|logs|records?|system|screen|notes?) (?:shows?|says) (?:that )?you (?:picked|chose|"
    r"selected|booked|agreed|signed|ticked|asked|cancelled|opted)",
    r"(?:down|note|noted|noting|record|recorded|recording) word for word",
    r"(?:quite|a big|a serious|a strong) thing to (?:put on|lay at|say about|accuse)",
    r"lay at our door",
    r"(?:what )?(?:you're|you are) putting to me",
    r"(?:your|this|the|that|these|those|such|an|any) (?:accusation|accusations|allegation|"
    r"allegations)",
    r"(?:your|this|that|such a|these) claims?(?! (?:in|form|for|through|on|with|off|up)\b)",
    r"(?:you're|you are|you were|you've been|you have been) (?:claiming|alleging|accusing|"
    r"insinuating|implying)",
    r"(?:you |so you )(?:claim(?! in| for)|allege|alleged|accuse|insinuate)|allege|alleged|accuse|"
    r"insinuate",
    r"the evidence",
    r"(?:according to|based on) (?:you|your (?:version|story|account))",
    r"(?:your|you) (?:version|side) of (?:events|the story|things)",
    r"(?:we|i) (?:deny|reject|dispute) (?:that|this|it|the|your|any)",
    r"(?:no|there is no|there's no) (?:proof|evidence)",
    r"(?:prove|proof) (?:it|that|this)",
    r"(?:with|without) (?:proof|evidence)",
    r"(?:for the record|on the record|(?:got|have|put|keep) (?:it|this|that) on record|for the "
    r"avoidance of doubt|(?:as per|read back|from) your statement|your (?:allegation|claim)'s)",
    r"what (?:evidence|proof) do you have",
    r"(?:what|which) (?:exactly )?(?:are you|you're) accusing",
    r"(?:serious|these|such|those) (?:allegations|accusations|claims)",
    r"let the record show",
    r"(?:your|you're|so your|so you're) (?:claiming|alleging|alleged)",
    r"the onus (?:is|lies) on you",
    r"(?:your|the customer's) statement (?:that|of|says|claims|isn't|is not|doesn't|does not)",
    r"by your own (?:testimony|admission|account|statement)",
    r"pending (?:verification|investigation|proof)",
    r"prove (?:what|that|it|this)",
    r"your position (?:is|being)",
)

CALM_DOWN = rx(
    r"(?:threatening|shouting|swearing|getting (?:angry|worked up|shirty|aggressive)|raising your "
    r"voice)(?: [^ |]+){0,3} (?:won't|will not|isn't going to|is not going to|doesn't|does not|"
    r"wouldn't) (?:speed|help|get|make|change)",
    r"(?:don't|do not) take it out on me",
    r"when you(?:'re| are) ready to (?:talk|speak|discuss (?:this|it)|listen|have a conversation) "
    r"(?:properly|calmly|sensibly|like an adult|reasonably|rationally)",
    r"(?:wait|hold on|hang on|give you a minute) (?:till|until|while) you(?:'ve| have)? (?:calmed|"
    r"cooled|settled) down",
    r"enough (?:with )?(?:the |all the )?(?:yelling|shouting|swearing|screaming)",
    r"(?:sir|madam|mate|love)(?: sir| madam)?,? relax",
    r"steady on|(?:give|giving) yourself a (?:heart attack|funny turn|coronary)|(?:can|could|may) "
    r"i (?:just )?get a word in",
    r"(?:okay|alright|hey|woah|whoa) easy|easy easy",
    SENTENCE_START + r"(?:hey |oi |whoa |woah )?language(?: please)?(?= \||(?= $))",
    r"(?:hey|whoa|woah|alright|mate|oi) easy|easy there",
    r"try (?:and |to )?(?:relax|settle down|calm down)",
    r"calm (?:down|yourself)",
    r"(?:you need to|please|just|can you|could you|try to) (?:relax|settle|breathe|chill|cool "
    r"it|cool off|cool down)",
    r"(?:settle|cool|chill) (?:down|out|off)",
    r"(?<!to )(?<!not )cool it(?= \||(?= $)| now| please| mate| sir| madam| okay| alright)",
    r"take (?:a|a deep|some deep) (?:breath|breaths)",
    r"(?:lower|keep down|watch) your (?:voice|tone)",
    r"(?:stop|quit) (?:shouting|yelling|screaming|raising your voice|being so|getting so)",
    r"(?:no need|there's no need|there is no need|(?:don't|do not) (?:need|have)) to (?:shout|yell|"
    r"scream|swear|raise|get "
    r"(?:so )?(?:upset|angry|worked up|emotional|aggressive|excited|snippy|shirty|stroppy|arsey|"
    r"nasty|personal)|be (?:so )?(?:rude|upset|angry|aggressive|dramatic|emotional)|get so)",
    r"(?:don't|do not) (?:shout|yell|scream|raise your voice|get (?:so )?(?:upset|angry|worked "
    r"up|emotional|excited))",
    r"(?:getting|get|being|be) (?:so |all |too )?(?:worked up|emotional|hysterical|excited|"
    r"overexcited|wound up|het up)",
    SENTENCE_START + r"(?:okay |ok |look |listen |right |now )?(?:relax|chill|easy)",
    r"(?:don't|do not) start (?:with )?(?:the )?(?:shouting|yelling|screaming|swearing|that)",
    r"(?:it's|its|it is) not (?:that|such a) big (?:a )?deal",
    r"(?:chill|relax) out",
    r"(?:take it|take things) easy",
    r"(?:simmer|quiet|pipe) down",
    r"(?:we should all|let's all|everyone|we all) (?:just )?(?:take|need to take|needs to take) a "
    r"(?:minute|moment|breath|second|beat)",
    r"(?:a (?:little|bit|touch) )?less (?:volume|noise|shouting)",
    r"(?:keep your hair on|hold your horses|cool your jets|easy tiger|deep breaths?|breathe)",
    r"(?:no|there's no|there is no) (?:reason|call|point) (?:to|for) (?:get|getting|be|being|"
    r"shout|shouting|yell|yelling|raise|raising)",
    r"(?:you|you don't|you do not) (?:need|have) to (?:get|be) (?:so |this |that )?(?:angry|upset|"
    r"worked up|aggressive|loud|emotional|mad|heated|irate|excited)",
    r"(?:lower|drop|watch|mind) your (?:voice|tone|language)",
    r"(?:stop|quit) (?:being|getting) (?:so )?(?:angry|upset|aggressive|emotional|heated|loud|"
    r"mad|irate|worked up)",
    r"(?<!why you're )(?<!why you are )(?:getting|get|so) (?:so )?(?:heated|irate|aggressive|angry)"
    r"(?= (?:about|over|with me|\|))",
    r"(?:let's|let us|can we|could we|shall we) (?:all )?(?:calm|cool|settle|relax|keep (?:it|"
    r"this) (?:civil|calm|down))",
    r"(?:speak|talk) to me (?:calmly|properly|nicely|in a calm)",
    r"(?:moderate|mind|watch|check|adjust) your (?:tone|language|voice|temper)",
    r"slow (?:down|it down)",
    r"stop talking",
    r"(?:try and|try to|please|just|you need to) (?:stay|keep|remain) calm",
    r"(?:stay|keep|remain) calm",
    r"(?:shouting|yelling|screaming|getting angry|losing your temper) (?:isn't|won't|doesn't|is "
    r"not|will not|does not) (?:going to )?(?:help|get|change|solve|fix)",
    r"(?:take|bring|dial|tone) it down",
    r"(?:keep|kept|keeping|leave|left) the emotion out",
    r"keep (?:this|it|things) (?:professional|civil|polite|calm)",
    r"bring the temperature down",
    r"(?:get|getting) (?:ourselves|yourself|themselves) (?:in|into) a state",
    r"be reasonable",
    r"(?:set|put|leave) (?:the )?emotions? aside",
    r"\bhush\b",
    r"(?:can|could|would) you (?:not|stop) (?:yell|yelling|shout|shouting|scream|screaming|swear|"
    r"swearing)",
    r"not yell",
    r"let me (?:speak|finish|talk|get a word in)(?! to| with| about)",
    r"(?:ask|asking|like) you (?:not to|to stop) (?:shout|yell|scream|swear|raise|interrupt)",
    r"(?:need|want|like) you to stop interrupting",
)

INSULT = rx(
    r"(?:it's|it is|it was|that's|that was) (?:only |just )?one (?:appointment|visit|morning|"
    r"parcel|delivery|outage|payment|charge|fee)(?= \||(?= $)| (?:they'll|it'll|we'll|you'll|"
    r"so|mate|love|sir|madam))",
    r"(?:you're|you are) (?:entitled|welcome) to your (?:opinion|view)",
    r"(?:it's|its) (?:my|all my|our|all our) fault(?: [^ |]+){0,8} (?:now |then )?is it"
    r"(?= \||(?= $)| brilliant| great)",
    r"(?<!know )(?<!sorry )(?:you've|you have) (?:already )?(?:told|said) (?:me )?(?:that|this|it) "
    r"(?:already|before|twice|three times|a (?:few|hundred|dozen) times|(?:loads|lots) of times)"
    r"(?: already| now)?(?= \||(?= $))",
    r"(?:people|customers|callers) with (?:far |much |way |a lot )?(?:worse|bigger) (?:problems|"
    r"issues|things)",
    r"some (?:customers|people|callers|folk) (?:just )?(?:like|love|enjoy) (?:to complain|"
    r"complaining|a moan|to moan|moaning|a good moan)",
    r"(?:worst [^ |]+ (?:on earth|in the world|ever)|going under because of (?:one|a single))",
    r"(?:i've|i have) got (?:people |a |other people )?(?:queu\w*|queue|other (?:calls|customers|"
    r"people) (?:waiting|to deal with))|(?:can we|let's|lets) wrap (?:this|it) up|quick decision "
    r"please",
    r"(?:been|was|is) (?:quite |very |rather )?colourful",
    r"no need to make (?:such )?a (?:song and dance|fuss|big deal|drama|scene|meal|mountain)",
    r"more than most (?:places|companies|firms|people|banks|couriers|shops|businesses) would "
    r"(?:bother|do|offer|give)",
    r"(?:you've|you have) (?:certainly|definitely|really|clearly|very much) made your (?:feelings|"
    r"point|views|opinion|position) (?:clear|known|plain)",
    r"(?:can we|could we|let's|lets) (?:skip|get|cut|fast forward|jump) (?:straight )?to "
    r"(?:what you (?:actually |really )?want|the point|the bit)",
    SENTENCE_START + r"(?:quietly |oh |ugh )?here we go(?: again)?(?= \||(?= $)| lord| another)",
    r"(?:hurry|rush) you (?:along|up)|(?:i've|i have) got my (?:break|lunch)",
    r"(?:i've|i have) got (?:three|four|five|ten|two|other|loads of|so many) (?:other )?(?:screens|"
    r"windows|tabs|things) open|you're my (?:[^ |]+th|[^ |]+st|[^ |]+nd|[^ |]+rd) call",
    r"(?:you're|you are) telling me this because|can we (?:just )?get on with it",
    r"(?:maybe |perhaps )?next time (?:don't|do not|try not to|try to not) ",
    r"you don't see me (?:ringing|calling|screaming|shouting|complaining|kicking off)",
    r"(?:heard|hear) you the first time",
    r"if (?:that's|that is) (?:possible|even possible) for you|if you can manage (?:that|it)",
    r"is there (?:a|an actual) question in there|(?:are you|you're) just venting",
    r"join the club",
    r"what (?:more|else) do you want (?:from me|me to (?:do|say)|(?= \|)|(?= $))",
    r"(?:i've|i have) (?:already )?said (?:i'm |i am )?sorry",
    r"all (?:this|that|the) (?:shouting|fuss|drama|noise|screaming|yelling|carry on) (?:over|about|"
    r"for) (?:that|this|nothing|a|one|some)",
    r"(?:life's|life is|the world's|the world is|everything's|everyone's) treating you (?:so )?"
    r"(?:badly|hard|harshly|unfairly)",
    r"(?:so |such |really )?sorry (?:that )?(?:everything's|everything is|life's|life is|things "
    r"are|it's all) so (?:terribly |awfully |very )?(?:hard|tough|difficult) for you",
    r"(?:very |really |quite |so |incredibly )?(?:childish|immature) (?:behaviour|behavior)",
    r"(?:you're|you are|you're being|being) (?:very |so |really |a bit |quite )?(?:childish|"
    r"immature)",
    r"(?:blowing|blown|blow) (?:this|it|that|things|the whole thing) (?:way |a bit |a little |"
    r"completely |totally |massively )?out of (?:all )?proportion",
    r"(?:i|i really) (?:couldn't|could not) care less",
    r"(?:talk|speak|go) (?:slower|more slowly)(?: then)?,? shall i",
    r"know how to make an entrance",
    r"(?:rather|prefer to) (?:shout|yell|scream|rant|swear) than (?:listen|talk)",
    r"anything else you(?: want to|'d like to| would like to) (?:shout|yell|scream|moan|complain|"
    r"rant)",
    SENTENCE_START + r"(?:(?:you|you're|are you) (?:done|finished)(?: now| yet)?|(?:done|finished) "
    r"(?:now|yet))(?= \||(?= $)| good)",
    r"we've all got (?:problems|our problems|our own problems|stuff going on|bills to pay)",
    r"(?:how much|any) (?:simpler|clearer|plainer|more simply|more clearly) (?:i can|can i|to) "
    r"(?:make|put|say|explain)",
    r"that's a good one(?= \||(?= $))",
    r"(?:with|given) (?:an|that|your) attitude like that",
    r"(?:i think|i reckon|i'm sure) the whole (?:building|office|company|street|world) (?:did|"
    r"knows|heard)",
    r"got it all out(?= \||(?= $)| of your system)",
    r"(?:got|get|getting|gotten) (?:all )?(?:that|it|this|everything) off your chest",
    r"(?:lovely|great|brilliant|fantastic|nice) way to start (?:a|the|my) (?:call|day|morning)",
    r"(?:alright|okay|ok|yes|thanks) (?:alright |okay )?(?:shakespeare|einstein|sherlock|"
    r"columbo|romeo)",
    SENTENCE_START + r"(?:yes |yeah |yep )?the first time(?= \||(?= $))",
    r"(?:heard|got|get|understood|caught) (?:you|that|it|the gist|the point|the message) the first "
    r"(?:time|(?:[^ |]+ ){1,2}times)",
    r"(?:(?:want|expect|like) me to|shall i) (?:drive|fly|walk|carry|deliver|bring|run|swim|go) "
    r"(?:[^ |]+ ){0,4}(?:myself|personally)",
    r"(?:i'll|shall i|should i) just (?:pop|nip|run|fly|drive|go) (?:upstairs|downstairs|over|"
    r"round|out|and fetch|and get)",
    SENTENCE_START + r"(?:oh |well |wow )?(?:how )?(?:tragic|devastating)(?= \||(?= $))",
    r"(?:honestly |god |oh |ugh )?the drama(?= \||(?= $))",
    r"(?:great|lovely|fun|fantastic|brilliant|wonderful) (?:week|day|time|morning|year) you're "
    r"having",
    r"like (?:i'm|i am) (?:a child|a kid|stupid|an idiot|thick|five|one of your|your)",
    r"(?:keep|make) (?:the|my) (?:sentences|words|explanation) (?:short|simple) for you",
    r"(?:are we|we're|we are|we keep|we just keep|we'll just keep|we'll keep) (?:just )?going "
    r"(?:round|around) in circles",
    r"for (?:goodness|god's|gods|heaven's|pete's|crying out loud) sake",
    r"(?:i've|i have) (?:explained|been through|gone through|gone over) (?:this|that|it) "
    r"(?:twice|three times|already|(?:[^ |]+ )?times)",
    r"good luck (?:finding|getting|with that)",
    r"(?:cause|because|cos) obviously i(?: personally)?",
    r"(?:don't|do not) half go on",
    r"(?:you've|you have|you) (?:said|told me|mentioned) (?:the same thing |that |this |it "
    r")?(?:about "
    r"|like )?(?:two|three|four|five|six|several|a few|a couple of|many|a hundred|ten) times",
    r"someone's (?:having a day|in a mood|got out of bed)",
    r"(?:nice and |really |very )slowly (?:for you|so you)",
    r"(?:your customer|you|he|she|they)(?:'ll| will) (?:live|survive|get over it)",
    r"with the money you've got",
    r"how(?:ever)? did you (?:survive|cope|manage)(?! to)",
    r"how (?:will|would|do|can) you (?:ever |possibly )?(?:survive|cope)(?= \||(?= $))",
    r"cool story(?: bro| mate)?",
    r"i suppose you've never",
    r"not that you've (?:shown|been|given|had)",
    r"are we (?:done|finished)(?= \||(?= $)| with)",
    r"(?:i'm|i am) not (?:a )?(?:magician|miracle worker|mind reader|psychic)|(?:can't|cannot) "
    r"magic (?:up|it)",
    rf"{_YOU_ARE} (?:being )?(?:really |so |very |just |quite |a bit |completely |totally |"
    rf"incredibly )*(?:ridiculous|stupid|unreasonable|rude|an idiot|idiot|crazy|insane|childish|"
    rf"pathetic|a joke|dramatic|hysterical|impossible|absurd|irrational|a nightmare|annoying|"
    rf"difficult|a child|a baby|dumb|thick|mental|nuts|a pain|delusional|paranoid|petty|silly|daft|"
    rf"entitled(?! to)|spoiled|spoilt|clueless|ignorant|obnoxious|out of line|way out of line|"
    rf"impossible to deal with|a piece of work)",
    r"don't be (?:so )?(?:stupid|ridiculous|silly|dramatic|childish|an idiot|a baby|daft|thick|"
    r"absurd|rude|pathetic)",
    r"(?<!feel like an )(?<!feel like a )(?<!look like an )(?<!look like a )(?:idiot|moron|stupid|"
    r"dumb|imbecile|loser|jerk|clown|muppet|numpty|twit|prat|cretin|dimwit|halfwit|airhead|karen)",
    r"(?:shut up|shut it(?! (?:down|off|fully|for|now|up))|get a life|grow up|get over it|get "
    r"over yourself|boo hoo|cry me a "
    r"river|poor you|(?<!a )(?<!how )(?<!such )big deal|(?<!to )(?<!can )(?<!i'll )(?<!will )(?<!i "
    r")(?<!we )(?<!me )(?<!could )deal with it|who cares|(?<!you )"
    r"whatever you say|give me a break|"
    r"give it a rest|spare me|get a grip|take a hike|get lost|piss off|bugger off|(?<!it "
    r")(?<!this )(?<!that )(?<!to )(?<!gonna )(?<!i'll )(?<!let me )go away)",
    r"(?:overreacting|over reacting|making (?:a|an awful lot of|a lot of|such a|a big|so much) "
    r"(?:fuss|scene))",
    r"(?:damn|bloody|hell|shit|crap|fuck\w*|freaking|frickin|friggin) (?:hell|ridiculous|"
    r"customers?|people|you|it|this|that|whining|complaining)",
    r"(?:what the (?:hell|heck|fuck))",
    r"(?:your|the) (?:whining|whinging|moaning|complaining|tantrum|attitude|rant|ranting)",
    r"(?:stop|quit) (?:whining|whinging|moaning|complaining|ranting|crying|being (?:so )?"
    r"(?:difficult|rude|ridiculous|dramatic))",
    r"(?:people|customers) like you",
    r"(?:must be nice|heaven forbid|my heart bleeds|la di da|whoop de doo|well excuse me|excuse "
    r"me for (?:breathing|living|existing)|sorry for (?:breathing|existing|living)|"
    r"sorry not sorry)",
    r"(?:your|you're) (?:life|day|world) (?:is|must be|sounds) (?:so |really |very )?(?:hard|"
    r"tough|difficult|terrible)",
    r"(?:oh|ooh|aww|aw) (?:dear |well )?(?:i'm |i am |we're |im )?(?:so|very|really|terribly) "
    r"sorry (?:that )?(?:your|you're|for you|you)",
    r"(?<!or )are you (?:finished|done)(?! with (?:it|the|that|this))",
    r"(?:acting|behaving) like a (?:child|baby|toddler|kid|brat|lunatic|maniac)",
    r"(?:yelling|shouting|screaming) at me (?:over|about|for) (?:this|that|nothing)",
    r"(?:you're|you are) not the only (?:customer|client|person|caller)",
    r"(?:speed|hurry) (?:this|it|things) up",
    r"(?:we've|we have) got better (?:ones|lawyers)",
    r"(?:oh )?(?:you )?poor (?:baby|you|dear|darling)",
    r"(?:get|got) (?:a )?(?:thicker skin|sense of humou?r)",
    r"(?:learn to|can't you|can you not|don't you) (?:read|listen|understand english)",
    r"(?:you people|your sort(?! code)|your type|people like you)",
    r"what(?:'s| is) wrong with you",
    r"(?:i'm|i am) not (?:paid|getting paid) (?:enough )?to (?:deal|put up|listen)",
    r"(?:unbelievable|pathetic|ridiculous|absurd|laughable)(?= \|| (?:honestly|really|mate|sir))",
    r"(?:get|got) (?:a )?grip",
    r"(?:are you|you) (?:deaf|stupid|thick|serious|kidding me|joking|for real|simple|slow)",
    r"(?:listen|look) (?:here|mate|lady|pal|buddy|sunshine|love)(?= )",
    r"(?:some|most|other) (?:people|customers) (?:actually|manage|can|don't|do)",
    r"(?:drama queen|diva|princess|entitled(?! to))",
    r"(?:cry|crying|whine|whinging|moan|moaning) (?:about|over) (?:it|this|nothing)",
    r"(?:a real|such a|what a) (?:tragedy|catastrophe|hardship|ordeal)",
    r"(?:the world|everything|it) (?:doesn't|does not) revolve around",
    r"(?:can't|cannot) (?:even )?read (?:her|his|your|their) own",
    r"(?:thanks|thank you)(?: (?:ever so|so|very) much)? for the (?:lecture|lesson|speech|sermon|"
    r"history lesson|life story|essay|running commentary|commentary)",
    r"(?:thanks|thank you|cheers)(?: so much| a lot| very much)? for (?:all )?(?:the |your |that )?"
    r"(?:abuse|earful|shouting|yelling|screaming|swearing|language)(?! (?:but|and) )",
    r"(?:really )?appreciate the (?:language|abuse|tone|attitude)",
    r"happy now",
    r"(?:barking|snapping|shouting) at me like",
    r"(?:clearly|obviously|evidently) (?:very |so )?(?:important|special|busy)",
    r"i'm the queen of",
    r"(?:seeing as|since) you're (?:clearly|so|obviously)",
    r"no offen[cs]e",
    r"bit rich",
    r"i'd have thought (?:a|an|you|you'd|you would|someone|somebody)",
    r"(?:do|please) try (?:to|not to)|try not to",
    r"(?:i'm|i am) (?:sure|certain) (?:your|you'd|they'd|you were|you are|you're|they would)",
    r"we've (?:established|gathered|heard)",
    r"(?<!doing )(?<!did )(?<!do )(?<!explain )(?<!explaining )(?<!explained )(?<!through "
    r")(?<!repeat )(?<!repeating )the whole (?:saga|story|speech|thing) again",
    r"(?:did|do) you want me to (?:come round|do your|hold your|wipe)",
    r"(?:do|does) (?:you|he|she) (?:speak|talk) to (?:everyone|people|everybody)",
    r"whatever (?:will|shall|would) we do",
    r"(?:not|isn't) (?:a|the) (?:kidney|brain|heart|organ) (?:transplant|surgery)",
    r"(?:it's|it is|this is|this isn't|it isn't) (?:not )?rocket science",
    r"only took (?:[^ |]+ ){1,3}(?:of )?(?:yelling|shouting|screaming|moaning|complaining)",
    r"(?:am i|i'm) just the lucky one",
    r"how much slower",
    r"(?:doesn't|won't|does not|will not) work on me",
    r"(?:would|will) (?:just )?love to have you",
    r"are we (?:nearly|almost) (?:at the end|done|finished|there)",
    r"(?:might|will|may) (?:actually )?hear you",
    r"(?:not gonna|not going to) sit here and",
    r"wasting (?:both )?(?:our|my) time",
    r"(?:not|aren't|isn't) making (?:this|it|my job|things) (?:very )?easy",
    r"(?:awful|terrible|hard|tough|dreadful|horrible) for you i'm sure",
    r"(?:bigger|better|more important|other) (?:clients|customers) than you",
    r"(?:that's|that is|bit|being|so|how) (?:a bit |so |rather |quite |very )?(?:melo)?dramatic",
    r"(?:enjoy|love|like) (?:complaining|moaning|whinging|a good moan|shouting|a moan|a rant)",
    r"(?:genius|einstein|sherlock|clever clogs|smart arse|smartarse|wise guy)",
    r"(?:someone's|somebody's|someone is|somebody is|someone has|somebody has) (?:in a (?:mood|"
    r"bad mood|strop)|not had (?:their|his|her) (?:coffee|morning coffee)|got out of)",
    r"wrong side of the bed|out of bed on the wrong side",
    r"(?:you're|you are) (?:acting|behaving|carrying on) (?:like|as if|as though)",
    r"heard (?:it|this|that) all before",
    r"(?:not going to|not gonna|won't|will not|refuse to) be (?:spoken|talked) to like th(?:at|is)",
    r"my (?:personal |own )?fault(?: as well| too)?,? (?:is it|isn't it)|i suppose (?:that's|it's|"
    r"that is|it is) my fault",
    r"(?:just |wanna |want to )?keep (?:yelling|shouting|screaming) at me",
    r"i think i (?:know|understand) (?:what|how)(?! you)",
    r"if you(?:'d| would) (?:just )?stop interrupting",
    r"(?:most|some|other|a lot of) (?:people|customers) would (?:just |actually )?be (?:grateful|"
    r"glad|happy|thankful|pleased)",
    SENTENCE_START + r"(?:okay |ok |right |so |yeah )?and(?= \||(?= $))",
    r"and (?:it's|that's|this is) the end of the world",
    r"(?:got|get|getting) (?:it|that|all that) (?:all )?out of your system",
    r"(?:didn't |did not |couldn't )?drop(?:ped)? everything (?:just )?for you",
    r"(?:i'm|i am) sure (?:[^ |]+ ){1,4}(?:was|were|is|are) (?:terribly|very|so|really|deeply) "
    r"(?:upset|sorry|worried|concerned|cut up) for you",
    r"(?:do you|you) (?:just )?want (?:someone|somebody) to (?:shout|yell|scream|have a go) at",
    r"(?:miracles|magic) (?:i|we) (?:can't|cannot|don't)|(?:can't|cannot|don't) (?:do|perform|"
    r"work) (?:miracles|magic)",
    r"lovely (?:talking|speaking|chatting|dealing) (?:to|with) you too",
    r"(?:somebody's|someone's|somebody is|someone is) (?:used to|not used to) (?:getting|having)",
    r"(?:speaking|talking) to royalty",
    r"ugh (?:\| )?here we go|here we go again",
    SENTENCE_START + r"happy(?= \||(?= $))",
    r"knock yourself out",
    r"come on(?= \||(?= $))",
    r"going on (?:and on )?about (?:it|this|that)",
    r"(?:haven't|have not|ain't|don't|do not) (?:got|have) all day",
    r"(?:you've |you have |you )?(?:said|told me|mentioned|repeated)(?: it| that| this)? (?:two|"
    r"three|four|five|six|ten|a hundred|a million|several|multiple|a few) times "
    r"(?:now|already)(?= \||(?= $))",
    r"(?:try|try and|try to) (?:actually|maybe|at least) (?:pick up|answer|listen|read|be in)",
    r"(?:got|have|had) nothing better to do (?:than|all day)",
    r"as (?:i've|i have|i) (?:already |just )?(?:explained|said|told you|mentioned)(?: (?:twice|"
    r"three times|several times|before|already))?(?= \||(?= $)| (?:mr|mrs|ms|miss|sir|madam|i'm|"
    r"i am|i'll|you))",
    r"such as (?:it|they) (?:was|were|is)(?= \||(?= $))",
    r"(?:like|about|literally|at least) (?:two|three|four|five|ten|a hundred|a million) times "
    r"(?:now|already)(?= \||(?= $))",
    r"(?:yes|yeah|yep)(?: sir| madam| [^ |]+)?,? i can (?:count|do (?:that |the )?(?:arithmetic|"
    r"maths|math|sums))|i can count to",
    r"(?:curtsy|curtsey|curtsies|curtseys|bow and scrape|roll out the red carpet|gift(?: |-)?wrap"
    r"\w*)",
    r"meets? with (?:sir's|madam's|miss's|your|her|his) (?:majesty's |ladyship's |lordship's "
    r"|highness's )?(?:approval|satisfaction)(?= \||(?= $))",
    r"your little (?:diary|book|notebook|list|notes|spreadsheet|rant|speech|story|complaint|"
    r"outburst|tantrum|performance)",
    r"(?:am i|is this|are we|is my help) (?:inconveniencing|bothering|keeping|boring|troubling) "
    r"you",
    r"(?:woke up|got up|came in) (?:this morning )?(?:and )?(?:decided|thought|planned|set out) to",
    r"(?:shall|should|do you want|want) (?:me to|i)(?: just)? (?:pop|come|nip|drive) (?:round|"
    r"over) (?:and|to) (?:do|hold|tuck|make|cook|fold|iron|wash|sort|read)",
    r"what (?:more|else) (?:do|does|did|would|could|can) you (?:want|expect) (?:from (?:me|us)|me "
    r"to|us to)",
    r"(?:i've|i have|we've|we have) (?:already )?(?:said sorry|said i'm sorry|apologi[sz]ed)(?: to "
    r"you)?(?: already)? (?:twice|three times|(?:several|a few|many|so many|[^ |]+) times|already|"
    r"enough|more than once)",
    r"(?:say|explain|put|go through) (?:it|this|that)(?: again)? (?:slowly|slower|more slowly|"
    r"simply|in (?:plain|simple) english)|spell it out|in (?:plain|simple) english",
    r"let's try (?:this|that) (?:one more time|again)",
    r"(?:not going to|won't|will not|refuse to|not about to) (?:grovel|beg)",
    r"(?:clearly|obviously|seem to|apparently|since you|as you) know (?:best|better|everything|it "
    r"all|my job)|knows? (?:my|our) job better",
    r"(?:don't|do not) (?:have|need) to keep (?:repeating|saying|telling|going on|banging on)",
    r"(?:don't|do not|didn't|did not) (?:appreciate|like|need|care for) (?:your|that|the) "
    r"(?:tone|attitude|language|manner)",
    r"(?:because|cause|cos|just because) you (?:shouted|yelled|screamed|kicked off|made a fuss|"
    r"shout|yell|scream|complained)(?: (?:the )?(?:loudest|louder|the most))?",
    r"(?:shouting|yelling|screaming|swearing|being rude) at (?:the|my|our|every|each) (?:last |"
    r"other |previous |first )?(?:agent|colleague|person|advisor|adviser|staff|rep|guy|girl|lady|"
    r"man|engineer|driver|technician)",
    SENTENCE_START + r"(?:fine |okay |right |alright )?(?:go on then|what else)(?= \||(?= $))",
    r"(?:fine|alright|okay) go on then",
    r"(?:yeah|sure|fine|okay|ok) whatever(?! (?:works|suits|you (?:need|want|prefer|decide|choose|"
    r"like)|is|you'd|would))|if you say so",
    r"some people(?= \||(?= $))",
    r"\b(?:sweetheart|sweetie|darling|dearie|missy|young lady|young man|my dear)\b",
    SENTENCE_START + r"dear(?= )",
    r"good luck(?= \||(?= $))",
    r"(?:sighs?|sighing|exhales?|exhaling|huffs|tuts?|tutting|groans?|scoffs?|mutters?|muttering|"
    r"laughs|chuckles|snorts|"
    r"snickers|under (?:my |his |her "
    r"|their )?breath|off mic|rolls (?:my |his |her |their )?eyes|eye ?rolls?)",
    r"your (?:majesty|highness|royal highness|lordship|ladyship)",
    r"(?:a thank you|a please|manners|a smile|a bit of patience) (?:wouldn't|would not|won't|will "
    r"not) kill (?:you|ya)|(?:wouldn't|would not|won't) kill you to",
    r"(?:we're|we are|everyone's|everybody's|everyone is|everybody is) all busy",
    r"(?:myself|personally)(?: then)? shall i(?= \||(?= $))",
    r"(?:don't|do not|no) need (?:to )?(?:give|tell) me (?:the|your) whole (?:saga|story|life "
    r"story|essay|history|speech)|(?:i've|i have) got the gist",
    r"(?:oh |jesus )?christ(?= \||(?= $)| alive| almighty| on a bike)",
    r"(?:i'm|i am) not (?:deaf|blind|stupid|thick|dumb|an idiot|simple|slow)(?= \||(?= $)| you| "
    r"mate| sir| madam)",
    r"bless your (?:heart|cotton socks)",
    r"(?:do you|you) want (?:my|our) help or not|want (?:me|us) to help(?: you)? or not",
    r"you do realise (?:that )?(?:i'm|i am|we're|we are|i|this)",
    r"how (?:very )?(?:important|special|busy) you are",
    r"finally good enough",
    r"being (?:so|that|this) (?:busy|important|special)",
    r"(?:money matters|these things|banking|online accounts|online banking|technology|computers) "
    r"can (?:get|be) (?:terribly |very |quite |a bit |so |awfully )?(?:complicated|confusing)",
    r"at your age",
    r"(?:shall|should) (?:i|we) (?:[^ |]+ ){1,10}while (?:i'm|he's|she's|we're|they're|i am) (?:at "
    r"it|there|round there|round)",
    r"(?:nothing's|nothing is|anything's|anything is) ever good enough|good enough for you lot",
    SENTENCE_START + r"(?:(?:so|look|okay|right|again) )?for the (?:second|third|fourth|fifth|"
    r"last|hundredth|millionth|umpteenth) time",
    r"(?:said|told you|explained|repeat|repeating|saying|telling you) (?:it |this |that )?for the "
    r"(?:second|third|fourth|fifth|last|hundredth|millionth|umpteenth) time",
    r"count yourself lucky",
    r"(?:do |please |actually )(?:read|listen|check)(?: [^ |]+){0,2} this time",
    r"i was only (?:reading|asking|trying|saying|checking)",
    r"no more (?:shouting|yelling|moaning|complaining|screaming)(?: at (?:us|me))?(?= \||(?= $)| "
    r"eh| yeah| okay| right| please)",
    r"i know (?:the internet|technology|computers|these things|it all) can be (?:a bit |quite "
    r"|very |rather )?(?:confusing|complicated|tricky|hard)",
    SENTENCE_START + r"(?:oh )?please(?= \||(?= $))",
    r"some of us (?:have|have got|'ve got|got) (?:actual |real |other )?(?:work|jobs|lives|things|"
    r"customers) to",
    SENTENCE_START + r"(?:well |oh )?(?:that's |how )?charming(?= \||(?= $))",
    r"(?:lovely|nice|great|charming|delightful|wonderful) (?:attitude|manners|tone)",
    r"(?:i|we) (?:don't|do not) need this (?:today|right now|now|on a monday|on a friday)",
    r"(?:could|might|should) (?:try|start) being (?:polite|nice|civil|reasonable|pleasant|patient|"
    r"respectful)|manners cost nothing",
    r"you sound (?:ridiculous|stupid|silly|hysterical|unhinged|crazy|mad|like a child)|"
    r"(?:ridiculous|stupid|silly|daft) thing to say",
    r"thanks for nothing",
    r"you think you've got it bad|try doing my job",
    r"(?:you've|you have) made your point (?:several|a few|many|three|ten|loads of) times",
    r"have you (?:quite )?(?:finished|done)(?= \||(?= $)| now)|quite finished",
    r"(?:don't|do not) take (?:that|this) tone",
    r"not (?:paid|here) to be (?:shouted|yelled|screamed|sworn|moaned) at",
    r"(?:don't|do not) get paid enough (?:for|to)",
    r"(?:you're|you are) not (?:even )?listening(?= to me| \||(?= $))",
    r"mountain out of a molehill",
    r"can i (?:speak|talk|say something|get a word in) now",
    r"(?:i'm|i am|i've been|i have been) (?:being )?(?:as patient as i can|(?:very|really|"
    r"extremely|more than) patient with you)",
    r"(?<!do )(?<!or )(?<!want )(?<!need )(?<!like )(?<!say )(?<!prefer )(?<!suits )(?<!and )"
    r"whatever(?= \||(?= $)| fine| then| mate)",
)

THREAT_BACK = rx(
    r"one more (?:[^ |]+ ){1,2}and (?:i'm|i am|i'll|i will) (?:sticking|putting|ending|hanging|"
    r"cutting|terminating)",
    r"(?:swear|shout|yell|scream) at me (?:once more|one more time|again) and",
    r"(?:report|complain about|take) us to (?:whoever|whomever|anyone|anybody|who ever) you "
    r"(?:like|want|please)",
    r"(?:lawyer|lawyers|solicitor|solicitors|legal team|legal people)(?:'s| is| are) (?:more than "
    r"|very |most )?welcome to",
    r"(?:put|send|route) everything through (?:them|your (?:lawyers?|solicitors?|legal))",
    r"(?:i'll|we'll|i will|we will|i'd|we'd|i'm going to|we're going to) (?:be |have to )?"
    r"(?:cancel\w*|withdraw\w*|revers\w*|tak\w* back|pull\w*|stop\w*) (?:the|your|that|this) "
    r"(?:refund|credit|offer|discount|compensation|goodwill|gesture|waiver)",
    r"go on then,? (?:cancel|leave|sue|move|close|take|complain|report|go)",
    SENTENCE_START + r"(?:go on |fine |well )?move your (?:money|accounts?|business|savings) "
    r"(?:elsewhere )?then",
    r"(?:logging|noting|recording|flagging|reporting|log|note|record|flag|report|(?:making|make|"
    r"taking|take) a note of) (?:down )?(?:the|"
    r"your) (?:language|behaviour|behavior|abuse|tone|swearing)",
    r"(?:write|complain|go) to the ombudsman by all means",
    r"(?:would|will|'ll|'d) trigger the (?:termination|exit|cancellation|early exit) "
    r"(?:clause|fee|penalty|charges)",
    r"go (?:ahead|on) (?:and )?(?:email|e-mail|call|ring|write to|complain to|contact|tell|phone|"
    r"report (?:us|me) to|go to) (?:the ceo|your lawyer|a lawyer|the ombudsman|head office|the "
    r"press|twitter|my manager|management|whoever|anyone|who(?:ever)? you (?:like|want)|the "
    r"papers|the regulator|trading standards|the board|your solicitor)",
    r"(?:mind|careful|watch) what you say",
    r"(?:note|flag|marker) on your (?:file|account|record) (?:about|for) (?:the way|how|your)",
    r"keep (?:it|this|that) up and (?:you're|you'll|you will|you are|your|the)",
    r"(?:carry on|keep on|keep going|continue) (?:with )?(?:the |your |these |those |this |that )"
    r"(?:[^ |]+ ){0,2}?(?:threats?|abuse|shouting|swearing|language|tone|attitude) and ",
    r"(?:i'm|i am|i'll be|we're|we are) (?:shutting|closing) (?:this|the|your) (?:case|ticket|"
    r"complaint|call|account) down",
    r"(?:noted|logged|flagged|recorded) (?:your|the) (?:language|behaviour|behavior|tone|conduct|"
    r"abuse|swearing)",
    r"(?:the|your) (?:termination|exit|break) clause (?:is|'s|sits|in)",
    r"(?:i'd|i would|you'd|you might want to|you may want to|i'd be) (?:think|thinking) (?:very |"
    r"really )?carefully before",
    r"(?:this|the) (?:line|call) (?:is|'s) (?:being )?(?:recorded|monitored)",
    r"(?:reported|flagged|logged|marked|recorded|noted|mark|marking|flag|flagging|log|logging|note|"
    r"noting|record|recording|report|reporting|put|putting)(?: [^ |]+){0,3} (?:down )?as "
    r"(?:abusive|"
    r"aggressive|threatening|vexatious|hostile)",
    r"(?:keep (?:it|this|that) up|carry on (?:like (?:this|that) )?) and (?:i|i'll|we|we'll) ",
    r"(?:i'll|i will|i'm going to|i'm gonna|i am going to|i'm about to|i shall|i can|i could|i "
    r"might|we'll|we will|we can|we could|we might) (?:just )?(?:hang up|end (?:this|the) "
    r"(?:call|conversation)|disconnect|terminate|cut you off|put the phone down|report you|"
    r"ban you|block you|call security|call the police|close your|cancel your|suspend your|"
    r"terminate your|blacklist|put you on hold|stop talking|refuse|sue|take legal|"
    r"involve (?:our|the) (?:lawyers|legal)|press charges|charge you|bill you|send (?:this|you)"
    r" to (?:collections|debt))",
    r"if you (?:keep|don't stop|do not stop|continue|carry on|won't stop|will not stop|can't|"
    r"cannot|don't calm|don't lower|keep on|talk to me like|speak to me like|swear|use that) ",
    r"go ahead (?:and )?(?:sue|cancel|complain|call|post|leave|take|report|write|tweet|review|"
    r"escalate|try)",
    r"(?:sue|take us to court|call your lawyer|get a lawyer|call a lawyer|post it|tweet it|leave|"
    r"cancel|complain)(?: us)?(?: then| then| if you want| if you like| for all i care| see what "
    r"happens| be my guest)",
    r"be my guest",
    r"see you in court",
    r"(?:we're|we are|i'm|i am) done (?:talking|here|with this call)",
    r"the (?:moment|minute|second) (?:lawyers|solicitors|legal|the press|the papers) "
    r"(?:come|comes|get|gets|are|is)",
    r"(?:you'll|you will|you're going to|you are going to) (?:regret|be sorry|lose|be charged|"
    r"be banned|be blocked|be blacklisted|find yourself)",
    r"(?:our|we have|we've got) (?:lawyers|legal team|legal department) (?:will|would|can|are|is)",
    r"(?:we|i) (?:have|keep|record|recorded|log) (?:a )?(?:record|recording) of (?:this|you)",
    r"(?:this|the) call is (?:being )?recorded",
    r"(?:don't|do not) (?:threaten|make threats)",
    r"(?:threaten|threatening) (?:me|us)",
    r"(?:two|2) can play (?:at )?that game",
    r"(?:i'm|i am|i'll be|i will be|we'll be|we're) (?:ending|hanging|terminating|"
    r"flagging|reporting|marking|logging|recording) (?:this|the call|you|up|it)(?! (?:as (?:a |an |"
    r"your )?(?:formal |official )?complaint|properly|myself|for you))",
    r"putting the phone down",
    r"one more (?:word|comment|outburst|time)",
    r"(?:you're|you are) (?:welcome|free) to (?:move|leave|take|go|cancel|complain|sue|close)",
    r"(?:do|try) your worst",
    r"see if i care",
    r"(?:fine|then|go on) get one|get one then",
    r"(?:this|the) (?:conversation|call) (?:is|will be) over",
    r"if (?:lawyers|solicitors|legal) (?:get|gets|are|is) involved",
    r"last warning",
    r"(?:keep|carry on|continue) (?:that|this|like that|talking like that|shouting|swearing|"
    r"speaking to me like that) (?:up )?and (?:i'll|i will|i'm|we'll|you'll)",
    r"(?:we|i) (?:reserve|have) the right to",
    r"(?:you|your account) (?:could|can|will|may|might) (?:be|get) (?:banned|blocked|closed|"
    r"suspended|terminated|cut off|flagged|reported|charged)",
    r"(?:i'll|i will|i'm going to|we'll|we will|i'm gonna) (?:have to )?(?:end|terminate|close|"
    r"disconnect|report) (?:this|the|you|your)",
    r"(?:pass|send|refer|forward) (?:this|you|it) (?:on )?to (?:our|the) (?:legal|lawyers|"
    r"solicitors|police|security)",
    r"(?:you'll|you will) (?:be )?(?:charged|billed|hit with) (?:a|an|the) (?:cancellation|"
    r"termination|exit|early|late)",
    r"(?:good luck|best of luck) with (?:that|your (?:lawyer|complaint|review|court|solicitor))",
    r"(?:flag|suspend|close|review|terminate|cut off|cancel|restrict|freeze) (?:the|your) "
    r"(?:account|broadband|service|relationship|banking|contract|line)(?! (?:for|so|to get|as) )",
    r"(?:abusive|threatening|aggressive|rude) (?:clients|customers|callers|behaviour|behavior)",
    r"i'd be careful",
    r"any more of (?:that|this)",
    r"see how far (?:it|that) gets you",
    r"(?:you'll|you will) (?:end up|come out|get) (?:with )?(?:less|nothing|worse)",
    r"we will enforce",
    r"(?:post|email|ring|call|write to|complain to|tweet|report|contact|go to) (?:[^ |]+ ){0,4}?"
    r"(?:all you like|if you like|if you want|for all i care|see how far|you do that)",
    r"(?:i would|i'd|let me) remind you",
    r"(?:you do that|go on then|be my guest)(?=,| ring| call| post| complain| sue| tweet|(?= $))",
    r"(?<!rights to )(?<!right to )(?:take it|go) to (?:small claims|court|the ombudsman|trading "
    r"standards)(?: if)?",
    r"transfer.out (?:forms|paperwork)",
    r"(?:there's|there is|there'll be|you'll get|you'll pay) (?:a|an) (?:missed appointment|"
    r"cancellation|no.show) (?:charge|fee)",
    r"(?:put|post|stick|plaster|splash|spread) (?:it|this|that) (?:all )?(?:on|over|across) "
    r"(?:facebook|twitter|social media|tiktok|trustpilot|instagram|x|the internet|the papers)",
    r"(?:early termination|exit) (?:fee|fees|charge|charges|penalty|penalties)",
    r"void (?:the|your) (?:warranty|guarantee|contract)",
    r"serve notice",
    r"this or nothing",
    r"(?:i'm|i am|i'll be) (?:closing|cancelling|ending) (?:the|this|your) (?:ticket|case|call|"
    r"complaint)",
    r"keep going,? see",
    r"see where (?:that|it|this) gets you",
    r"(?:i|we) (?:don't|do not) have to (?:listen|put up|take)",
    r"i'll note (?:it|that|this) on the account",
    r"(?<!before you )(?<!if you )(?<!than you )(?<!they )(?<!they'll )(?<!he'll )(?<!she'll )"
    r"(?<!will )(?:go|move|switch|take (?:it|your [^ |]+)) "
    r"(?:to a competitor|to another (?:bank|"
    r"provider|company|supplier)|elsewhere|somewhere else)",
    r"(?:that's|that is) (?:entirely )?your prerogative",
)

NON_APOLOGY = rx(
    r"sorry (?:to hear )?(?:that )?you(?:'ve| have) been (?:unhappy|dissatisfied|disappointed|"
    r"displeased) with",
    r"sorry (?:that )?(?:the|your) experience (?:wasn't|was not|hasn't been|has not been|didn't|"
    r"did not) (?:what|quite what|up to|as|live up|meet)",
    r"(?:apologies|(?:i|we) (?:do )?apologi[sz]e) if",
    r"sorry (?:it's|it has|that's|that has|if it's|if it has|if that's) (?:come across|come over|"
    r"seemed|sounded|looked|felt)",
    r"sorry (?:it's been|it has been|you've had|you have had|you're having|you are having) "
    r"(?:such )?(?:a|an) (?:[^ |]+ )?(?:day|morning|week)(?! with| of)",
    r"sorry (?:you've|you have|you) (?:come away with|got|formed|been left with|are left with|"
    r"have) (?:that|the|this|a bad|a poor|a negative) (?:impression|view|idea|experience)",
    r"sorry (?:if |that )?(?:that's|that is|this is|it's) (?:the|your) (?:impression|view|"
    r"perception|take on it)",
    r"sorry (?:that )?you(?:'ve| have)? had (?:such )?a (?:rotten|horrible|awful|terrible|lousy|"
    r"crap|rubbish|bad|poor) (?:day|time|week|morning|experience)",
    r"sorry (?:that )?(?:you're|you are) in (?:such )?a (?:mood|state)",
    r"regret any (?:disruption|inconvenience|upset|issues?|distress|confusion)",
    r"(?:take|takes) (?:all )?(?:feedback|complaints|comments) (?:very )?seriously",
    r"sorry (?:that )?(?:our|the) (?:service|experience|call|product|team) (?:has )?(?:left|made) "
    r"you "
    r"(?:feel|feeling) (?:[^ |]+ )?(?:disappointed|unhappy|let down|dissatisfied|upset)",
    r"sorry (?:that )?your (?:day|morning|week|afternoon)(?:'s| has| is)(?: been)? (?:going "
    r"|gone )?(?:so |such a |a bit |really )?(?:rough|bad|badly|hard|tough|awful|rubbish|"
    r"stressful)",
    r"sorry to hear (?:that )?you(?:'ve| have)? had (?:such )?a (?:rough|bad|poor|negative|"
    r"difficult|tough) (?:time|experience)",
    r"sorry (?:that |if )?(?:you've|you have|you) (?:managed to |seem to have |somehow )?(?:get|"
    r"got|gotten|taken) (?:the )?wrong (?:idea|impression|end of the stick)",
    r"sorry (?:that )?you(?:'ve| have)? (?:ended up|got|gotten|become) (?:so |this |that |all )?"
    r"(?:stressed|upset|worked up|annoyed|angry|wound up)",
    r"regret (?:that )?you(?:'ve| have)? (?:been|are|were|feel) (?:unhappy|dissatisfied|upset|"
    r"disappointed)",
    r"(?:sorry|apologi[sz]e|apologies) if (?:we've|i've|it's|that's|we have|i have)",
    r"sorry (?:that )?you found (?:it|the|this|that) (?:[^ |]+ )?(?:inconvenient|frustrating|"
    r"annoying|upsetting|difficult|disappointing)",
    r"sorry (?:that )?(?:this|it|that)(?: has|'s)? upset you",
    r"sorry (?:that )?you (?:feel|felt|think|see it|see things|feel like)",
    r"sorry (?:that )?you(?:'ve| have)? (?:felt|feel) (?:the need|you (?:had|needed|have|need)) to",
    r"sorry (?:that )?you(?:'ve been| were| have been) made to feel",
    r"sorry (?:that )?(?:you're|your|you are|you were|you've been|you got|you get) (?:upset|"
    r"offended|unhappy|disappointed|feeling|annoyed|angry|frustrated|bothered|so upset|so angry|"
    r"dissatisfied|not happy|displeased)",
    r"(?:sorry|apologi[sz]e|apologies) if (?:you|this|that|we|i|it|anyone|any|there|there's|"
    r"there has)",
    r"sorry (?:that )?you(?:'ve| have)? (?:had|are having|'re having) (?:a|such a) (?:bad|rough|"
    r"tough|hard|difficult|frustrating|stressful) (?:day|time|week|morning)",
    r"sorry (?:that )?you (?:got|get|have got) the wrong",
    r"(?:for|about) (?:any|the(?! confusion)) (?:inconvenience|confusion|upset|issues?|"
    r"misunderstanding|distress|disruption|frustration)(?: (?:this|that|it) (?:may|might) "
    r"have|(?: that)? (?:you|this|it) (?:may|might))?(?<!the distress)(?<!the upset)"
    r"(?<!the frustration)(?<!the disruption)(?! (?:this|that|it|we've|we) (?:has |have )?caused "
    r"(?:you|your))",
    r"sorry you (?:see|saw) it (?:that|this) way",
    r"(?:if|where) (?:any )?(?:offen[cs]e|upset|harm) (?:was|has been|were) (?:caused|taken)",
    r"mistakes were made",
    r"(?:sorry|apologi[sz]e) for (?:how|the way) you (?:feel|felt|took|are feeling)",
    r"(?:sorry|regret) (?:that )?(?:you've|you have|you) (?:chosen|decided|taken it|taken this)",
    r"sorry (?:for )?your (?:feelings|frustration|perception)",
    r"i'm sorry but that's",
    r"sorry,? (?:but )?(?:that's|it's) (?:just )?(?:how|the way|life)",
    r"(?:i|we) regret any",
    r"(?:sorry|apologies|apologise|apologize|regret) (?:for|about) (?:any|whatever) "
    r"(?:[^ |]+ )?(?:inconvenience|trouble|upset|problems|issues|confusion|distress|"
    r"frustration|hassle|offence|offense)",
    r"(?:sorry|apologies|apologise|apologize) (?:that )?(?:you're|you are|you were|you feel|you "
    r"felt) (?:disappointed|unhappy|dissatisfied|let down|upset|annoyed|frustrated)"
    r"(?= (?:but|with|\|))",
    r"(?:we|i) (?:regret|are sorry|am sorry) (?:that )?you (?:feel|felt|were|are|have|think)",
    r"if (?:that|this|it|anything) (?:upset|offended|bothered|annoyed) you",
    r"sorry (?:that )?(?:you're|your|you are) having (?:such )?a (?:bad|rough|tough|hard|"
    r"difficult|stressful) (?:day|time|week)",
    r"sorry (?:that )?(?:the|it|this|our) (?:[^ |]+ )?(?:was|were|has been|came across) "
    r"(?:perceived|seen|taken|felt|experienced|interpreted|viewed)",
    r"sorry if (?:the|our|any|your) (?:[^ |]+ ){0,3}?(?:caused|may have|might have|has caused|"
    r"were|was)",
    r"(?:for|about) any (?:delay|delays|trouble|hassle|difficult\w*|problems?|"
    r"disappointment|stress)",
    r"(?:hasn't|has not|haven't|didn't|did not|hasn't quite|didn't quite) (?:lived|live) up to "
    r"your expectations",
    r"sorry if you(?:'ve| have)? (?:been|felt|were|had|got)",
    r"sorry if (?:today|this|that|it|the call|things|everything) (?:wasn't|was not|hasn't been|"
    r"didn't|did not|wasn't quite)",
    r"sorry (?:again|once again|once more) if(?! (?:i|i'm|i've))",
)

DISMISSAL = rx(
    r"no (?:platform|system|provider|network|service|company)(?:'s| is) (?:immune|perfect)|"
    r"(?:that's|that is) just the reality",
    r"(?:can't|cannot) (?:really )?comment on (?:what|that|him|her|them|the|his|their)",
    r"(?:you'll|you will|you'd|you would|you|you'll just) (?:have to|need to) (?:chase|contact|"
    r"ring|call|phone) (?:the [^ |]+|them|it) (?:up )?yourself",
    r"(?:(?:not (?:really )?able|unable) to|(?:can't|cannot)(?: really)?) get into (?:that|this|it)"
    r"(?= with| \||(?= $)| i'm| sorry)",
    r"(?:you're|your|you are) the (?:second|third|fourth|fifth|sixth|tenth|umpteenth|nth) "
    r"(?:person|customer|caller|one)(?: (?:today|this (?:week|morning)))?(?: (?:with|about|to "
    r"(?:ring|call)))",
    r"(?:that|it|this) (?:all |really )?sits with (?:the|our|a) (?:[^ |]+ )?(?:team|department|"
    r"people)",
    r"what (?:is it |exactly )?(?:do )?you (?:actually |really )?(?:expect|want) me to do"
    r"(?= \||(?= $)| exactly| about| then| magic)",
    r"(?:that's|thats|that is|it's|its) (?:a|an) (?:[^ |]+ )?(?:team|department|depot|billing|"
    r"courier|bank) (?:thing|problem|issue|matter)",
    r"(?:other|all the other|every other|any other) (?:banks?|couriers?|companies|company|"
    r"providers?|firms?|suppliers?|networks?) (?:are|is|do|does|would be|would do|'d be) (?:just "
    r"as|"
    r"the same|no better|worse|exactly the same)",
    r"(?:beyond|above|more than) what (?:i'm|i am|we're|we are) paid (?:to|for)",
    r"(?:wait|hang on|hold on|sit tight) and hope (?:it|they|the [^ |]+|for the best)",
    r"(?:hang on|wait|sit tight|hold on) and see (?:whether|if) (?:it|they|the [^ |]+) (?:shows?|"
    r"turns?|comes?)",
    r"(?:not|don't get) paid enough (?:to|for)",
    r"(?:outside|beyond|not within|not in|not really in|not part of) my remit",
    r"my hands are (?:tied|a bit tied|rather tied)",
    r"(?:can't|cannot|couldn't) (?:change|undo) what(?:'s| has)? (?:already )?happened(?! (?:but "
    r"(?:i|we|what)|i wish))",
    r"what (?:exactly )?(?:do )?you expect (?:me|us) to do(?: here| about (?:it|that|this))?"
    r"(?= \||(?= $))",
    r"(?:nobody's|nobody is|no one's|no one is|no-one's|you're not|you are not|you won't) (?:going "
    r"to |gonna )?(?:sue|get sued|be sued|take you to court)",
    r"(?:they'll|they will|he'll|she'll|your (?:customer|client|boss) will) (?:understand|get over "
    r"it|cope)(?: surely| i'm sure|,? won't (?:they|he|she))",
    r"(?:delays|these things|things|outages|faults|mistakes|mix-ups|(?:this|that) (?:kind|sort|"
    r"type) of thing|it) (?:do |does |can )?(?:happen|happens|occur|occurs) "
    r"(?:from time to time|now and then|now and again)",
    r"(?:you'd|you would) be surprised how many (?:people|customers|callers|of)",
    r"welcome to my world|(?:it'll|it will) (?:get there|arrive|turn up) when it (?:gets there|"
    r"arrives|turns up)",
    r"(?:i'm not|i am not|im not|i wasn't|i was not) (?:the one|the person|the guy) who (?:lost|"
    r"broke|missed|charged|delayed|sent|fitted|booked|messed|did)",
    r"(?:that's|it's|that is|it is) up to (?:the|them|our) (?:back office|other team|department|"
    r"[^ |]+ team)",
    r"everyone (?:who|that) (?:rings|calls|phones|comes through)(?: [^ |]+){0,3} (?:is|are|gets) "
    r"(?:angry|upset|annoyed|cross|the same)",
    r"(?:loads|lots|dozens|a lot|tons|hundreds) of (?:people|customers|calls|these|those|them)(?: "
    r"on| ringing| calling)? (?:about|with) (?:the same|this|that)",
    r"(?:not|isn't|aren't) (?:something|what|a thing) (?:my|our) (?:team|department|side|lot) "
    r"(?:deals with|handles|covers|does|deal with|handle|cover|do)",
    r"(?:isn't|is not|wasn't|was not|not) (?:exactly )?(?:unheard of|out of the ordinary)",
    r"(?:did|does|do) (?:get there|arrive|go through|turn up|complete|land|get paid) in the end",
    r"(?:get|got|gets) held up (?:on|at|with) (?:jobs|other jobs|the (?:previous|last|one before|"
    r"job before))",
    r"(?:i've|i have|we've|we have) had (?:loads|lots|dozens|a lot|tons|hundreds) of (?:these|"
    r"those|calls like this|them) today",
    r"no (?:lasting|real) harm",
    r"(?:do|does) get (?:held|delayed|lost|missed) (?:for [^ |]+ [^ |]+ )?(?:now and again|from "
    r"time to time|sometimes|occasionally)",
    r"within what (?:most|other|any) (?:[^ |]+ )?(?:platforms|companies|providers|banks|couriers) ",
    r"(?:that's|that is) (?:(?:about|pretty much|really|more or less|honestly) ){1,2}(?:all|the "
    r"most|as much as) (?:i|we) can do",
    r"i only do (?:the )?[^ |]+ (?:side|stuff|bit|part)",
    r"(?:i've|i have|we've|we have) (?:got )?no control over",
    r"part and parcel|what am i (?:supposed|meant) to do",
    r"(?:it'll|it will) (?:probably|likely|most likely|more than likely) turn up",
    r"go(?:es)? walkabout (?:sometimes|all the time|now and then)",
    r"(?:i|we) (?:don't|do not) (?:really )?(?:deal with|handle|do) (?:that|those|transfers|"
    r"refunds|billing|installs?|complaints|wires|payments|deliveries|repairs|that side)",
    r"can't (?:really )?touch (?:any of )?(?:that|it|this)",
    r"can't fix the whole|(?:i'm|i am) (?:just |only )?one person",
    r"(?:not|isn't) (?:really )?something (?:i|we) can (?:help|deal) with",
    r"(?:sort|fix|right|correct) (?:itself|themselves) out",
    r"can we (?:just )?(?:move on|get on)",
    r"(?:isn't|is not|not) (?:actually |really )?(?:that )?unusual",
    r"(?:that's|that is|it's|it is) not (?:really )?on me",
    r"(?<!if )(?<!whether )(?:there's|there is|there isn't|there is not|not) (?:really |honestly "
    r"|simply |just |much|anything|nothing|a lot)? ?(?:much |anything |nothing |more |else "
    r")?(?:more |else )?(?:i|we) (?:can|could|'re able to|are able to) (?:do|offer)",
    r"nothing (?:more |else |further )?(?:i|we) can (?:do|offer|help)",
    r"not (?:much|anything) (?:more )?(?:i|we) can",
    r"(?:i|we) (?:can't|cannot|can not|couldn't|won't|will not|am not able to|'m not able to|"
    r"aren't able to|are not able to|'re not able to) (?:really |actually |possibly )?(?:do "
    r"anything(?! extra| more on top| on top| beyond)|help you|help with that|help with this|do "
    r"much|do more|fix that|change that|do a "
    r"thing|help|assist|do nothing)(?! if| unless| until| while)",
    r"not (?:really )?my (?:department|job|problem|responsibility|call|area|decision|issue|"
    r"concern|remit|team)",
    r"(?:i'm|i am) (?:just|only) the messenger",
    r"(?:a lot of|lots of|many|plenty of|other) (?:customers|people|callers) (?:ahead of you|in "
    r"the queue before you|waiting before you)",
    r"how (?:exactly )?is (?:that|this|it) (?:my|our) (?:problem|fault|concern|responsibility)",
    r"(?:i )?(?:dunno|don't know|do not know) what (?:else )?(?:to|i can) (?:tell|say to) you",
    r"(?:not|isn't|is not) (?:really )?(?:something|anything) (?:we|i) can (?:control|help|do "
    r"anything about)",
    r"(?:lots|plenty|loads|millions) of (?:people|customers|folk|families|us) (?:have|get|deal "
    r"with|manage|cope with|go through|put up with) (?:kids|children|that|this|it|worse|the same)",
    r"not (?:our|the|this|my) (?:department|problem|concern|issue|responsibility|team's)",
    r"(?:i|we) (?:just|only|simply) (?:work here|answer (?:the )?phones?|take the calls|"
    r"follow orders|do what i'm told|handle|take calls)",
    r"(?:that's|that is|it's|it is) (?:honestly |really |just )?not something (?:i|we) (?:deal|"
    r"handle|do|cover|look after)",
    r"(?:isn't|is not) (?:really |honestly )?something (?:i|we) (?:deal with|handle|look after)",
    r"(?:that's|that is|it's|it is|this is) (?:really )?(?:one|a question|a job) for (?:legal|"
    r"the (?:[^ |]+ )?(?:team|department|people|lot|legal|lawyers|bank|courier))",
    r"(?:i'd|i would|i'll|i will) (?:have|need) to (?:transfer|pass|put) you (?:to|through|over)",
    r"(?:a|that's a|it's a) (?:separate|different) (?:department|team)",
    r"(?:can't|cannot) speak for (?:them|that team|that department|the)",
    r"(?:the )?only (?:option|thing) (?:i've got|i have|is|we have) (?:is )?to (?:tell|wait|ask)",
    r"none of (?:them|those|these) (?:are|is|will) (?:going to )?(?:help|work)",
    r"(?<!or )(?<!or just )wait and see",
    r"(?:you'll|you will|you'd|you would|you|you're going to|you are going to) (?:have|need|"
    r"has) to (?:call|contact|speak to|talk to|ring|phone|go to|email|take it up with|take that "
    r"up with|deal with|sort (?:it|that|this) out with|chase|get in touch with) (?:someone|"
    r"somebody|another|the other|a different|them|your bank|the courier|the bank|customer|"
    r"the [^ |]+ team|the [^ |]+ department|the [^ |]+ desk|"
    r"head office|the manufacturer|the technician|the engineer|the supplier|our|a manager|"
    r"the right|the relevant|the correct|that department|the sales|the billing|the other)",
    r"(?:take|taking) (?:it|that|this) up with (?:them|the|your|someone)",
    r"out of my hands|above my pay grade|beyond my control|beyond my powers|out of my control|"
    r"not up to me|above my head|not in my power",
    r"(?:that's|that is|it's|it is) (?:just |simply )?(?:life|how it goes|just one of those "
    r"things)",
    r"(?:that's|that is|it's|it is|it was|that was) (?:just |simply )?one of those (?:weeks|days|"
    r"months|years|things)|(?:it's|it is|that's|that is|it was) (?:just )?(?:bad|hard|rotten|"
    r"sheer) luck|(?:it's|that's|you were|you've been) just unlucky",
    r"(?:a lot of|lots of|loads of|plenty of|most of|half of) (?:them|these|those|the [^ |]+s) "
    r"(?:go|break|fail|die|pack in|pack up|give up|conk out|play up)",
    r"(?:i'll|i will|i'm going to|i'm gonna|i) (?:have|need|got) to (?:transfer|put) you(?: "
    r"(?:through|over|across|now))?(?= \||(?= $)| hold)",
    r"nothing to be done",
    r"(?:that's|that is|it's|it is|this is) (?:just |really |honestly )?not (?:something|anything) "
    r"(?:i|we) (?:can (?:do|help|change|fix)|deal|handle|do|cover)",
    r"(?:i|we) (?:don't|do not) (?:deal|handle) (?:with )?(?:that|those|this|these)",
    r"take it or leave it",
    r"not (?:my|our) (?:problem|concern|issue)",
    r"(?:i|we) (?:can't|cannot) (?:do|help) (?:anything|much|more) (?:about|with|for)",
    SENTENCE_START + r"(?:these|such) things happen|(?:stuff|shit) happens",
    r"(?:yeah yeah|yes yes|right right|okay okay) (?:i hear you|i get it|whatever)",
    r"(?:i'm|i am|we're|we are) (?:not|unable to|not able to) (?:going to |gonna )?(?:help|"
    r"do anything|assist)",
    r"(?:call|ring|try) (?:back|again) (?:later|tomorrow|another time|some other time)",
    r"(?:there's|there is) no (?:point|use) (?:in )?(?:complaining|shouting|getting)",
    r"(?:i|we) (?:wouldn't|would not|won't|will not) know",
    r"(?<!when )(?<!if )(?<!and )(?:you're|you are) (?:on your own|out of luck)",
    r"what do you (?:want|expect) me to (?:do|say)",
    r"(?:i|we) (?:have|'ve got|got) no idea",
    r"(?:i|we) (?:don't|do not) know what (?:to tell|else to tell|you want|else)",
    r"(?:you'll|you will|you'd|you) (?:just )?(?:have|need) to (?:wait|be patient|live with|put up "
    r"with|accept|deal with)",
    r"(?:it is what it is|tough luck|hard luck|(?<!really )(?<!so )too bad|unlucky|that's life|"
    r"c'est la vie)",
    r"(?:try|check|use|look at|go to|go on) (?:the|our) (?:website|app|faq|help centre|help center|"
    r"online form|portal)",
    r"(?:someone|somebody) else (?:deals|handles|looks after|will deal|does|can deal)",
    r"(?:i|we) (?:can't|cannot|won't|will not|can not) (?:help|assist) (?:with|you with) "
    r"(?:that|this|it)",
    r"(?:not|isn't|is not) (?:really )?(?:something|anything) (?:i|we) (?:get involved|deal) (?:in|"
    r"with)",
    r"(?:hardly|not) the end of the world",
    r"(?:hardly|not exactly|not|isn't|is not) (?:a matter of )?life (?:or|and) death",
    r"worse things happen at sea",
    r"(?:happen|happens|break|breaks|go wrong|goes wrong) (?:on|with|to|in) (?:any|every|all)",
    r"(?:it's|it is) (?:just |only )?a (?:machine|parcel|box|glitch|computer)",
    r"(?<!had to )(?<!have to )(?:chase|contact|ring|call) (?:them|it|the courier|the bank) "
    r"yourself",
    r"(?:i'm|i am|we're|we are) not in a position to",
    r"that's (?:for|up to) (?:your|the) (?:account team|bank|courier|manager|other)",
    r"not a lot (?:anyone|we|i|you) (?:could|can)",
    r"we (?:shift|send|ship|handle|process) (?:thousands|hundreds|millions)",
    r"(?:it's|it is) (?:only |just )?one (?:box|parcel|charge|fee|transfer|day)",
    r"not mine(?! to)",
    r"(?:it's|it is) logged now",
    r"(?:it's|it is) (?:only |just )?(?:twelve|ten|five|a few|\d+) (?:pounds|quid|dollars|euros)",
    r"nobody runs at",
    r"(?:parcels|machines|outages|packages|payments|engineers|deliveries|couriers|drivers|"
    r"transfers|appliances|systems|orders|mistakes|errors|glitches) (?:do |can |will "
    r"|sometimes |occasionally |often )?(?:go missing|happen|break|fail|get lost|run late|go wrong|"
    r"break down|get (?:delayed|held up|missed)|be (?:delayed|held up|late))",
    r"(?:banks|couriers|engineers|people|everyone|everybody|computers|systems) (?:make|makes) "
    r"mistakes",
    SENTENCE_START + r"it happens",
    r"it happens(?= unfortunately| sometimes| i'm afraid| \||(?= $))",
    r"(?:aren't|isn't|are not|is not) (?:really )?my (?:area|department|thing|remit|side of things|"
    r"end of things|responsibility)",
    r"in the grand scheme",
    r"(?:that's|that is) all (?:i|we) can do",
    r"not me(?= \||(?= $))",
    r"(?:you're|you are) not the (?:first|only) (?:person|customer|one|client)",
    r"agree to disagree",
    r"not as bad as (?:you're|you are) (?:making|saying)",
    r"(?:i've|i have) (?:got )?other (?:customers|calls|people|clients) (?:waiting|to "
    r"deal|on hold)",
    r"i (?:don't|do not) (?:quite |really )?(?:see|get) (?:why|what the (?:problem|issue|"
    r"big deal))",
    r"(?:that's|that is) (?:just )?your opinion",
    r"(?:these|such|those) things (?:just |do |can |sometimes |unfortunately |will )+happen",
    r"(?:it's|it is|that's|that is|it was) (?:nobody's|no one's|no-one's|noone's) fault",
    r"(?:it's|it is|it was|that's|that is) (?:just |only )(?:a |an |one )?(?:[^ |]+ )?"
    r"(?:machine|parcel|box|glitch|computer|delivery|payment|fee|charge|transfer|outage|"
    r"package|appointment|day|couple of days|few days|blip|hiccup)",
    r"(?:that's|that is|it's|it is|this is) (?:really |more |probably )?(?:one|something|a "
    r"question|a matter) for (?:the|our|your|another|a different) ",
    r"(?:i|we) (?:don't|do not) make the (?:decisions|calls?)",
    r"(?:i'm|i am) (?:just|only) (?:the|a) (?:(?:person|guy|girl|one|agent|voice) (?:on the "
    r"(?:phone|line)|answering|(?:who|that) (?:answers|answered|picked up|took|takes))|temp|"
    r"trainee|new starter)",
    r"no (?:real )?harm done",
    r"(?:isn't|is not|wasn't|was not|aren't) (?:really )?(?:that|all that|so) (?:long|bad|"
    r"serious|much(?! as)|big a deal)",
    r"heard (?:it|this|that) (?:all )?before",
    r"(?:get|take|handle|deal with) (?:hundreds|thousands) of (?:calls|complaints|parcels|these)",
    r"(?:usually|normally|generally|nearly always|almost always|tend to|always) turns? up",
    r"(?:i'm|i am) (?:just|only) saying",
    r"between you and(?! me )",
    r"(?:it's|it is|that's|that is) not just us|(?:happening|happen|happens) (?:right )?across "
    r"the (?:industry|sector|country|board)",
    r"(?:pretty|fairly|quite|perfectly|completely|totally) (?:normal|standard|common|typical)(?! "
    r"to (?:feel|be|want|get))",
    r"(?:i|we) (?:didn't|did not) make the mistake",
    r"(?:anyway|honestly|look|well) (?:these|such) things (?:do |just )?happen",
    r"(?:that's|that is|how's that|how is that) (?:our|my) (?:problem|fault|concern) how|how "
    r"(?:is|'s) that (?:our|my) (?:problem|fault|concern)",
    r"(?:i get|we get|i've had|we've had|i take|we take) (?:calls|complaints|people|customers) "
    r"like "
    r"(?:this|yours|you) all (?:day|the time|week)|(?:i get|we get) (?:this|that) all the time",
)

OVER_PROMISE = rx(
    r"(?:promise|guarantee|swear|hand on heart|my word)(?: you)?(?: [^ |]+){0,4}? (?:it|this|that) "
    r"(?:won't|will not|will never|never) (?:happen|break|go wrong)(?: [^ |]+)? (?:again|a "
    r"(?:second|third|fourth) time)",
    r"(?:promise|guarantee)(?: you)? (?:this|that|it)(?:'ll| will) be the last time",
    r"(?:guarantee|promise you|swear) (?:that )?(?:he|she|they|the engineer|the technician|"
    r"someone|somebody)(?:'ll| will) (?:definitely )?(?:be there|turn up|show up|arrive|come|"
    r"make it)",
    r"(?:see to it|make sure|ensure)(?: that)? (?:you|this|it) (?:never|won't ever|will never) "
    r"(?:have to|need to|pay|happens?|goes? wrong|breaks?)(?: [^ |]+){0,8}? again",
    r"name it(?: and)? (?:it's yours|it's done|you've got it|done)",
    r"(?:money|refund|it|that|cost|fee) back (?:twice over|twice|double)|double your money",
    r"(?:two|three|four|five|six|nine|twelve|eighteen|[0-9]+) months(?: of)?"
    r"(?: (?!interest)[^ |]+)? (?:free|on us|on the house|for free)",
    r"(?:the )?whole thing (?:free|for free|on us|on the house)",
    r"(?:a year's|a year of|a whole year's|twelve months') (?:[^ |]+ )?(?:free|on us|on the house)",
    r"(?:promise|guarantee|swear) (?:you )?(?:that )?(?:nothing|none) (?:[^ |]+ ){0,6}?(?:ever|"
    r"again)",
    r"(?:i'll|i will|i|we'll|we will|we) (?:personally )?guarantee (?:it|that|this)(?= \||(?= $)| "
    r"for| myself| personally| to you)",
    r"(?:it|they|the parts|that|he|she|the courier|the driver|the engineer)(?:'ll| will) "
    r"definitely (?:be|arrive|get|land) (?:[^ |]+ ){0,5}?by ",
    r"(?:newer|upgraded|better|bigger|premium|top of the range) (?:[^ |]+ ){0,3}(?:model|machine|"
    r"version|unit),? (?:no extra charge|at no extra cost|free|for free|on us|no charge)",
    r"the last (?:outage|time|problem|fault|delay|issue) you (?:ever )?(?:have|get|see|'ll have)",
    r"(?:you'll|you will) never (?:see|have|get) (?:another|a single|any more|any other)",
    r"(?:you'll|you will) never (?:see|have|get|suffer) (?:a|an|the|that|this) (?:[^ |]+ )?"
    r"(?:delay|outage|problem|fault|breakdown|issue)(?: [^ |]+){0,3} again",
    r"(?:won't|will not|wont|never) have any (?:more )?(?:problems|issues|trouble)(?: again)? ever",
    r"(?:promise|guarantee) you(?: that)? (?:[^ |]+ ){0,6}?(?:be|arrive|land|turn up|get there) "
    r"(?:[^ |]+ ){0,5}?by ",
    r"(?:won't|will not|never) (?:[^ |]+ ){0,6}?(?:again|another (?:outage|delay|fault|problem)|"
    r"break|fail|go wrong|happen)(?: [^ |]+){0,3} (?:i promise|i guarantee|i swear|you have my "
    r"word|you've got my word|i can promise|i can guarantee|i can assure you)",
    r"(?:something|money|compensation|extra)(?: on| in| back)? for (?:the|your) (?:wages|pay|"
    r"earnings|time off|lost (?:wages|pay|earnings|business))",
    r"(?<!than )(?<!not )(?<!won't )(?<!can't )(?:promise|guarantee|word|make (?:absolutely |"
    r"completely |totally |dead |double |100% )?sure|assure you|"
    r"swear|can tell you)(?: [^ |]+){0,4} (?:won't|will not|never|isn't going to|is not going to) "
    r"(?:[^ |]+ ){0,7}?(?:again|a second time|break|go wrong|"
    r"fail|happen|another|a (?:second|third|fourth|fifth) (?:outage|time|fault|breakdown|delay))",
    r"(?:by|before|first thing) (?:[^ |]+ ){0,4}(?:guaranteed|you have my word|i guarantee "
    r"it)(?= \||(?= $)| and| but| so| you have)",
    r"make sure you (?:get|are|'re) (?:paid back|compensated|reimbursed) for (?:the|your|all)",
    r"(?:chief exec|chief executive|ceo|managing director|the md|our director|company director) "
    r"(?:(?:will |'ll |to |can )(?:personally )?|personally )(?:ring|call|phone|email|write to|"
    r"contact|apologi[sz]e|give you a (?:ring|call|bell))",
    r"(?:have|get) (?:our |the )?(?:chief exec|chief executive|ceo|managing director|md|director) "
    r"(?:personally )?(?:ring|call|phone|email|write to|contact|apologi[sz]e)",
    r"(?:cover|pay for|pay|refund) (?:[^ |]+ ){0,3}?(?:whatever|anything) (?:[^ |]+ )?(?:you|extra|"
    r"else) (?:[^ |]+ ){0,2}?(?:lose|lost|charged|costs?|cost you)",
    r"(?:the last time|never again) (?:anything|something|this|it) (?:goes|will go|ever goes) "
    r"wrong",
    r"promise (?:you )?(?:won't|will not|never) have (?:a single|another|any)",
    r"(?:won't|will not|never) (?:let you down|break down|break|fail|go wrong|happen) again,? "
    r"(?:i|we) (?:can )?(?:promise|guarantee|swear)",
    r"(?:any|all|whatever) (?:business|money|wages|losses?|income) (?:this|it) (?:costs?|has cost|"
    r"cost) you,? (?:we'll|we will|i'll|i will) (?:pay|cover|refund|reimburse)",
    r"(?:the next|next) (?:twelve months|year|six months|few months|two years) (?:are|is|'s) (?:on "
    r"us|free|on the house)",
    r"(?:twice|double|three times|two times|triple) (?:what|the amount|everything|all) "
    r"(?:of what )?you(?:'ve| have)? (?:paid|spent|lost|were charged|got charged|been charged)",
    r"(?:paid|given|refunded|reimbursed|back to you)(?: [^ |]+){0,2},? (?:plus|and) (?:a bit |"
    r"something |some )?extra on top",
    r"(?:you'll|you will|you) never (?:pay|be charged|have to pay) (?:[^ |]+ ){0,5}?again",
    r"(?:you won't|you will not|you'll not) (?:pay|be charged|be billed|have to pay) (?:for )?"
    r"(?:[^ |]+ ){0,5}?(?:ever again|again ever|for the next (?:year|twelve months|six months))",
    r"(?:i|we) (?:can |will |'ll )?(?:personally )?(?:guarantee|promise|assure you|swear) (?:you "
    r"|that |this |it |you that )?(?:this |it |that |nothing like this |this kind of thing )?"
    r"(?:will never|won't ever|will not ever|never|won't|will not) (?:ever )?(?:happen|break|fail|"
    r"go wrong|be late|occur)",
    r"(?:never|won't|will not|wont) (?:ever )?happen (?:to you )?again",
    r"(?:guarantee|promise) (?:you )?(?:it'll|it will|that it will|they will|it's|it is)",
    r"(?:refund|reimburse|repay|pay back|give you back) (?:you )?(?:every|everything|all of it|all "
    r"your money|every penny|every cent|the whole|the entire|in full|it all|all of your)",
    r"(?:full|complete|total|100 percent|hundred percent) (?:refund|reimbursement|compensation)"
    r"(?: and| plus| as well| on top| too|,? plus)",
    r"(?:free|no charge|on the house|for nothing) (?:for )?(?:a year|the year|a whole year|life|"
    r"ever|forever|for life|for a year|for the rest|for the next (?:year|six months|twelve "
    r"months))",
    r"(?:a |an |the )?(?:free )?(?:year|years|twelve months|six months|three months|lifetime) "
    r"(?:of )?(?:free|for free|free of charge|on us|on the house|at no cost|no charge)",
    r"(?:whatever|anything) you (?:want|like|need|ask|ask for|demand)(?! to| urgently)",
    r"(?:i'll|i will|we'll|we will|i can|we can) (?:also )?(?:pay|cover|compensate|reimburse) "
    r"(?:you )?(?:for )?(?:your|all|every|the|any) (?:lost|loss|losses|wages|earnings|business|"
    r"income|damages|legal|time off|day off|days off)",
    r"(?:compensat\w+|pay) (?:you )?(?:for )?(?:your|the|all) (?:lost|loss|losses|damages|wages|"
    r"business|time|income|earnings|day off|days off|time off)",
    r"(?:brand new|top of the range|upgraded|better|newer|premium) (?:model|machine|one|"
    r"version|unit)(?: for free| free| at no| on us| at our cost| no charge)",
    r"(?:upgrade|upgraded) (?:you )?(?:to|for) (?:free|nothing|the (?:premium|top|best|latest))",
    r"(?:i'll|i will|we'll|we will) (?:make sure|ensure) (?:the bank|your bank|they|the ceo|"
    r"our ceo) (?:will |reverses|reverse|refunds|refund|calls|apologi)",
    r"(?:the|our) (?:ceo|chief executive|managing director|president) (?:will|'ll|is going to) "
    r"(?:personally )?(?:call|apologi\w+|write|ring|contact|email)",
    r"(?:waive|cancel|drop|void|scrap|terminate) (?:the|your|all|any) (?:entire |whole )?"
    r"(?:contract|penalt\w+|cancellation fees?|exit fees?|early termination)",
    r"(?:zero|no) (?:downtime|outages?|delays?) (?:ever|again|guaranteed)",
    r"(?:guarantee|promise) (?:zero|no) (?:downtime|outages?|delays?|problems|issues)",
    r"double (?:the|your) (?:money|refund|credit)",
    r"(?:refund|reimburse|repay) (?:you )?(?:for )?(?:the|your) (?:whole|entire|full) (?:order|"
    r"thing|job|amount|lot|contract|year|bill)",
    r"(?:refund|reimburse|give) (?:you )?(?:twice|double|two times)",
    r"(?:a hundred|\w+ hundred|fifty|\d+) (?:quid|pounds|dollars|euros|bucks) (?:for|on top|as)",
    r"(?:and then some|everything you're asking|everything you asked|everything you want)",
    r"(?:for the rest of the year|for the next year|for a whole year|for life|(?<!hold "
    r")(?<!waiting )(?<!waited )(?<!took )(?<!taken )forever)",
    r"(?:you'll|you will) never (?:pay|be charged|have)",
    r"(?:guarantee|promise) (?:you )?(?:there|it|this|that)(?:'ll| will)? (?:won't|will not|"
    r"never|not) (?:be|happen)",
    r"(?:throw in|chuck in) (?:a|an|some) (?:year|free|month|months)",
    r"(?:refund|reimburse) (?:you )?(?:twice|double)",
    r"(?:anything|whatever) (?:it takes|you need(?! to| urgently))",
    r"(?:i'll|i will|we'll|we will) (?:make sure|ensure|guarantee) (?:this|it|that) (?:never|"
    r"won't|will never)",
    r"(?:full|complete|total|entire) (?:refund|reimbursement) (?:of|for) (?:everything|the whole|"
    r"the entire|all)",
    r"(?:compensat\w+|reimburs\w+) (?:you )?(?:in full|fully|for everything|for all)",
    r"(?:free|no charge|(?<!got )(?<!get )(?<!getting )nothing) (?:for(?! it| hours| days| weeks|"
    r" ages| months| a (?:day|week|while))|"
    r"from now on|going forward|ever again)",
    r"release (?:you|[^ |]+) from (?:the|your) (?:contract|agreement)",
    r"(?:i|we) (?:can |'ll |will )?(?:absolutely |personally |100 percent )?guarantee (?:that )?"
    r"(?:the|your|it|they|this|you'll|it'll|they'll|delivery)",
    r"(?:make sure|get|ask|have) (?:your bank|the bank|they|them) (?:to )?(?:take|remove|wipe|"
    r"reverse|refund|waive|drop)",
    r"we always do,? i promise",
    r"(?:damages|compensation) (?:payment|payout|cheque|settlement)",
    r"rest assured",
    r"nothing like (?:this|that) (?:will (?:ever )?happen|(?:ever )?happens? (?:to you )?again)",
    r"(?:with no|without (?:any|a)?) (?:penalty|penalties|termination fee)",
    r"(?:make sure|get|ask) (?:your bank|the bank|them) (?:to )?(?:takes?|refunds?|removes?|"
    r"waives?|reverses?|drops?) ",
    r"(?:a little|a bit of|something) (?:something |bit )?extra (?:for|on top for) (?:the|all "
    r"the|your) (?:bother|trouble|hassle|inconvenience)",
    r"whatever (?:[^ |]+ ){1,10}?(?:we'll|we will|i'll|i will) (?:cover|pay)",
)

_DETAIL = (
    r"(?:account|order|reference|ref|booking|ticket|case|customer|tracking|policy|invoice|"
    r"membership|phone|mobile|contract|consignment|waybill|serial|model|claim|job|service|email|"
    r"transaction|client|member|customer id|account id|collection|parcel|return|payment|transfer)"
)
PREMATURE_DETAILS = rx(
    r"dob|account holder(?:'s|s)? (?:name|details)|best number to (?:reach|contact|call|ring|get "
    r"hold of) you(?: on)?",
    r"email(?: address)? (?:on|for|under) (?:the|your) account|(?:what|which) email(?: address)? "
    r"(?:was|is|were) (?:the|your|it|that) ",
    r"who (?:am i|i'm) (?:speaking|talking) (?:to|with)|(?:booked|registered|set up|held|put) "
    r"(?:in|under) your name or",
    r"(?:run|go|get) (?:you )?through (?:some |a bit of |the |our )?security|(?:pass|do|complete) "
    r"(?:some |a few |the |our )?security (?:checks|questions)",
    r"(?:what's|what is|whats) the name on the (?:account|booking|order|card)",
    r"(?:^|\| )(?:and |so |okay |right )?(?:the |your )?name on the (?:account|booking|order|card)"
    r"(?= \|)",
    r"(?:need to|have to|just|let me|can i|could i) (?:take|grab|get|go through) (?:some|a few|a "
    r"couple of|your) (?:details|information|info|security questions)",
    r"(?:do|have) you (?:have|got) (?:your|the) (?:[^ |]+ )?(?:confirmation|reference|receipt|"
    r"booking|order|tracking|invoice|statement)(?: number| email| code)?(?: there| handy| to hand|"
    r" on you| with you)",
    r"have you (?:got|get) (?:that|it|them|the [^ |]+|your [^ |]+) (?:handy|to hand|there with "
    r"you|nearby)",
    r"which email(?: address)? (?:you|did you) (?:signed up|sign up|registered|register|used|use)",
    r"(?:the|your) (?:beneficiary|payee|recipient|sender)(?:'s)? (?:name|details|account)",
    r"the date (?:the|your) (?:[^ |]+ ){1,2}(?:was|were) (?:initiated|made|placed|sent|booked|"
    r"ordered|set up)",
    r"(?:is (?:that|this|it)|am i speaking (?:to|with)|i'm speaking (?:to|with)) (?:mr|mrs|ms|"
    r"miss|dr|doctor) ",
    r"(?:account|booking|order)(?: is)? in the name of",
    rf"(?:can|could|may|might|would|will|shall) (?:i|you|we) (?:please |just |quickly |first )?"
    rf"(?:get|have|grab|take|confirm|tell me|give me|start with|ask for|ask you for|pop|read me|"
    rf"provide|verify|pass me) (?:me )?(?:your|the|an?) (?:{W} )?(?:{_DETAIL}|postcode|post code|"
    rf"zip|zip code|date of birth|dob|full name|name|email|address|card|details|number|"
    rf"reference|security|password|pin|last four|account details|billing address)",
    rf"(?:what's|what is|whats) (?:your|the) (?:{W} )?(?:{_DETAIL}|postcode|post code|zip|"
    rf"zip code|date of birth|email address|full name|reference|address)",
    rf"(?:your|the) (?:{_DETAIL}) (?:number|no|id|details|reference|code)",
    r"(?:i need|i'll need|i will need|i just need) (?:the|your) (?:[^ |]+ ){0,3}?(?:name|number|"
    r"details|postcode|address|reference|email|date of birth)",
    r"(?:date of birth|postcode|post code|zip code|last four digits|security question|sort code|"
    r"security details|first line of (?:your|the) address|account number|order number|"
    r"reference number|tracking number|booking reference|case number|ticket number|"
    r"invoice number|membership number|customer number|serial number|policy number)",
    r"(?:before (?:we|i) (?:go on|continue|start|proceed|do anything|can do anything|go any "
    r"further)),? (?:i need|can i|could i|i'll need)",
    r"(?:i need|i'll need|i will need|i'd need|i would need|i'm going to need|i just need) "
    r"(?:to (?:take|get|grab|have|confirm) )?(?:your|some|a few|the) (?:details|information|info"
    r"|number)",
    r"(?:verify|confirm) your (?:identity|details|account|security)",
    r"(?:read|spell|give|tell) (?:it|that|them|the [^ |]+|your [^ |]+|me) (?:out )?(?:for|to) me",
    r"(?:model|serial|order|account|reference|tracking|policy) numbers?",
    r"what (?:was|is) the (?:name|address|email|number) on (?:the|your)",
    rf"(?:which|what) (?:{W} )?(?:{_DETAIL}|email address|address|email|postcode|number|card) "
    rf"(?:did|do|was|is|are) (?:you|it|your)",
    r"spell (?:the|your) (?:surname|name|last name|first name|email|postcode)",
)

# -- the other sides of a reply -------------------------------------------------------------------

NEGATORS = frozenset(
    [
        "not",
        "no",
        "never",
        "don't",
        "doesn't",
        "didn't",
        "can't",
        "cannot",
        "won't",
        "wouldn't",
        "couldn't",
        "shouldn't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "hardly",
        "nor",
        "without",
        "haven't",
        "hasn't",
        "neither",
        "nobody",
        "none",
    ]
)
FAULT_CUE = rx(r"(?<!wrong )to be fair(?! to you| if i| i'd| i would| you've| you're)")
"""Words that in the labelled set nearly always bring a fault (128 of 133 replies with "to be fair"
have one), whose kind (blame, correcting, dismissal…) only the rest of the sentence tells: the
model names it."""

CONTRAST = re.compile(
    r"(?<= )(?:but|however|though|although|that said|having said that|except|yet|whereas|even "
    r"so|(?:it's|its|it is) just(?: that)?(?= to be fair| that))(?= )"
)

SARCASM = rx(
    r"super helpful|cheers for that|brilliant,? cheers",
    r"(?:cheers|thanks|ta|thank you) for the (?:tone|attitude|earful|abuse|language|grief|"
    r"language lesson|grammar lesson|lesson|speech|sermon|lecture|rant)",
    r"(?:that's|thats|that is) (?:just )?what i (?:needed|need|wanted)(?: today| this morning| "
    r"right now)?(?= \||(?= $))",
    r"everything(?:'s| is) always (?:our|my) fault",
    r"(?:lovely|nice|great|wonderful|brilliant) to be (?:yelled|shouted|screamed|sworn|barked) at",
    r"ruined your (?:entire |whole )?life",
    r"(?:we're|we are) all here to serve you",
    r"(?:oh|ooh|aww|aw|ah|well) (?:no |dear |well |my |boy |wow )?(?:i'm |i am |we're |im )?"
    r"(?:so |very |really |terribly |soo )?sorry(?: that)? (?:your|you|for|about your)",
    r"(?:thanks|thank you) (?:a lot|a bunch|so much|very much) for (?:nothing|shouting|yelling|"
    r"screaming|the attitude|ruining|wasting|being so|the abuse|your attitude|your patience "
    r"(?:not|lol))",
    r"(?:thanks|thank you) for (?:nothing|shouting|yelling|screaming|the attitude|ruining|"
    r"wasting my|being so (?!patient|understanding|kind|calm|reasonable|helpful|good|nice|"
    r"lovely)|the abuse|your attitude|making my day|the lecture)",
    r"(?:thanks|thank you) a lot(?= (?:\||for (?:nothing|that)|really|$))",
    r"(?:thanks|thank you) for (?:nothing|that lovely|that delightful|the lovely|your lovely)",
    r"(?:wow|oh wow|oh great|oh wonderful|oh brilliant|great|brilliant|wonderful|fantastic|"
    r"lovely|perfect) (?:just )?(?:another|more|so now|so you|what a|(?:thanks|thank you)(?= "
    r"(?:for that|a lot|for nothing|\||$)))",
    r"(?:must be nice|heaven forbid|my heart bleeds|la di da|boo hoo|cry me a river|poor you|"
    r"poor baby|sorry not sorry|whoop de doo|well excuse me)",
    r"(?:your|you're) (?:life|day|world) (?:is|must be|sounds) (?:so |really |very )?(?:hard|"
    r"tough|difficult|terrible)",
    r"(?:i'm|i am) (?:so |very |really )?(?:sure|certain) (?:you|it|that) (?:are|were|did|was|is|"
    r"have|had)",
    r"(?:yeah|yes|oh) (?:right|sure)(?= (?:\||$|because|like|of course|whatever|okay|ok))",
    r"(?:because|cause|cos) (?:that|this)(?:'s| is) (?:so )?(?:my|our) (?:fault|problem)",
    SENTENCE_START + r"oh (?:yes |yeah )?(?:i |we )?(?:totally|completely|perfectly|absolutely|"
    r"fully) (?:understand|get it|get that|hear you|see)",
    r"(?:understand|get it) perfectly(?= (?:sir|madam|mrs|mr|ms|miss|love|dear))",
)

DOUBTING_QUESTION = rx(
    r"(?:is it|it's|it is|was it|it was|is that|that's|you|you've|you have|they|he|she) "
    r"(?:definitely|actually|a hundred percent|100 percent) (?:got|had|did|sent|rang|called|"
    r"the same|not|showing|been|there|home|in|seen|received|cancelled|put|paid|plugged|switched|"
    r"turned|connected|on|installed|loaded)",
    r"(?:are you|you're|were you|you are) (?:reading|looking at|using|quoting|checking) "
    r"(?:it off |it from )?the (?:right|correct)",
)
"""Doubt that is only doubt when asked ("and you definitely got a cancellation email?"); said as
a statement ("it's definitely the same fault, I can see that") it agrees."""

INTERROGATIVE_START = re.compile(
    r"^(?:so |and |okay |ok |right |now |well |then |just |also |but |alright |sure |roughly |"
    r"approximately |about |sorry )*"
    r"(?:what|what's|whats|how|when|where|which|who|whom|why|whose|can|could|would|will|shall|"
    r"should|do|does|did|is|are|was|were|have|has|had|may|might|won't|wouldn't|don't|didn't|"
    r"isn't|aren't|can't|couldn't)\b"
)
HOSTILE_QUESTION = rx(
    r"(?:are|were) you (?:sure|certain|serious|kidding|joking|for real|listening|even)",
    r"whose fault",
    r"who(?:'s| is| was) (?:to blame|responsible)",
    r"what do you (?:want|expect) (?:me|us)",
    r"why (?:didn't|did not|don't|do not|can't|won't|wouldn't|couldn't) you",
    r"(?:did|have|do) you (?:even|actually|really) ",
    r"what(?:'s| is) your problem",
    r"who do you think",
    r"do you (?:know|realise|realize|understand) (?:who|how|what) (?:you're|you are|i am|i'm)",
    r"(?:what|how) (?:else )?(?:do|did|would|could) you expect",
    r"(?:can't|cannot|can) you (?:read|listen|understand)",
    r"(?:what|why) (?:are|is) (?:you|this) (?:so|getting)",
    r"is that (?:clear|understood)",
    r"(?:would|could|can|will) you (?:please )?(?:calm|relax|stop|lower|quit|settle|be quiet|"
    r"listen|just listen|let me finish)",
    r"how (?:many|often) times",
    r"what (?:part|bit) of",
    r"happy now",
)
