"""The reply judge: which moves of the method a reply makes, which faults it commits, and the words.

A transparent pattern-and-grammar judge. It finds the phrases of each move (the lexicon), then
applies the grammar a listener would: negation ("I don't understand why you're upset" is not
empathy), the "but" rule (credit followed by "but" and a fault is cancelled), sarcasm, hostile
questions, and the persona's own facts, bargains and limits. Every mark cites the smallest exact
span of the text as given.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from personas import lexicon as lx
from personas.learned import Model, clauses, features, load_model, reply_words
from personas.model import VIOLATION_KINDS, Persona
from personas.patterns import required_literals
from personas.text import BOUNDARY, SpokenText, Token

MARKS = ("acknowledge", "empathise", "options", "commitment", "gratitude", "asks_input")
CORE_MARKS = ("acknowledge", "empathise", "options")

_VIOLATION_LEXICON: dict[str, tuple[re.Pattern[str], ...]] = {
    "blame": lx.BLAME,
    "policy": lx.POLICY,
    "doubt": lx.DOUBT,
    "correcting": lx.CORRECTING,
    "accusation": lx.ACCUSATION,
    "calm_down": lx.CALM_DOWN,
    "insult": lx.INSULT,
    "threat_back": lx.THREAT_BACK,
    "non_apology": lx.NON_APOLOGY,
    "dismissal": lx.DISMISSAL,
    "over_promise": lx.OVER_PROMISE,
    "premature_details": lx.PREMATURE_DETAILS,
}
_MARK_LEXICON: dict[str, tuple[re.Pattern[str], ...]] = {
    "acknowledge": lx.ACKNOWLEDGE,
    "empathise": lx.EMPATHISE,
    "options": lx.OPTIONS,
    "commitment": lx.COMMITMENT,
    "gratitude": lx.GRATITUDE,
    "asks_input": lx.ASKS_INPUT,
}
_NEGATION_WINDOW = 3
_HEDGES = frozenset({"try", "hopefully", "maybe", "might", "probably", "possibly", "perhaps"})

TIPS = {
    "blame": "Leave fault-finding out of it; the customer needs a fix, not a culprit.",
    "policy": "Don't hide behind policy or process; say what you can do instead.",
    "doubt": "Don't question their account; take what happened as real for them.",
    "correcting": "This is not the moment to correct them; acknowledge first.",
    "accusation": "Drop the court-room words (claim, allegation, evidence).",
    "calm_down": "Never tell an angry customer to calm down; acknowledge the feeling instead.",
    "insult": "Don't respond in kind; keep your voice low and steady.",
    "threat_back": "Don't threaten back; steer back to the problem.",
    "non_apology": '"Sorry you feel that way" is not an apology; apologise for what happened.',
    "dismissal": 'Don\'t duck it; be the one who helps ("let me be the one to sort this").',
    "over_promise": "You offered more than you may give; relent only within your limits.",
    "premature_details": "Let them finish venting before asking for account numbers.",
    "acknowledge": "Repeat back what happened in your own words, so they know you heard it.",
    "empathise": 'Name the feeling: "I\'d be furious too", "that must have been exhausting".',
    "options": "Offer a choice of outcomes and let them pick; choice gives back control.",
    "commitment": 'Say exactly what you will do and by when ("I\'ll call you by four today").',
    "gratitude": "Thank them for raising it; it helps you get better.",
    "but": 'Your "but" cancelled the credit before it; drop the "but" or what follows it.',
}

_NEXT_MOVE = {
    "vent": ("acknowledge", "empathise"),
    "heard": ("empathise",),
    "options": ("options",),
    "commitment": ("commitment",),
    "close": ("gratitude",),
}


@dataclass(frozen=True)
class JudgeContext:
    """What the judge may know besides the words: the persona and where the call is."""

    persona: Persona | None = None
    stage: str | None = None


@dataclass(frozen=True)
class Mark:
    hit: bool
    evidence: str | None = None
    start: int | None = None
    end: int | None = None
    note: str | None = None

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"hit": self.hit, "evidence": self.evidence}
        if self.hit:
            data["start"], data["end"] = self.start, self.end
        if self.note:
            data["note"] = self.note
        return data


@dataclass(frozen=True)
class Violation:
    kind: str
    evidence: str
    start: int
    end: int

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "evidence": self.evidence, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Judgement:
    text: str
    marks: dict[str, Mark]
    violations: tuple[Violation, ...]
    question: Mark
    key_facts: tuple[str, ...] = ()
    bargains: tuple[str, ...] = ()
    tips: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    def hit(self, mark: str) -> bool:
        return self.marks[mark].hit

    @property
    def violation_kinds(self) -> tuple[str, ...]:
        return tuple(v.kind for v in self.violations)

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"text": self.text}
        for name in MARKS:
            data[name] = self.marks[name].as_json()
        data["question"] = self.question.as_json()
        data["violations"] = [v.as_json() for v in self.violations]
        data["key_facts"] = list(self.key_facts)
        data["bargains"] = list(self.bargains)
        data["tips"] = list(self.tips)
        return data


Span = tuple[int, int]


class _Reply:
    """One reply being judged: its text, sentences and the spans found so far."""

    def __init__(self, text: str, context: JudgeContext):
        self.st = SpokenText.of(text)
        self.context = context
        self.norm = self.st.norm
        self.boundaries = [m.start() for m in re.finditer(re.escape(f" {BOUNDARY} "), self.norm)]
        self._found: dict[int, list[Span]] = {}
        self.persona_found: dict[int, list[tuple[Any, Span]]] = {}
        self._grams: set[str] | None = None

    @cached_property
    def clauses(self) -> list[tuple[int, int]]:
        """Token ranges of the reply's clauses (see `learned.clauses`), worked out once."""
        return clauses(self.st)

    def sentence_bounds(self, pos: int) -> Span:
        start = max((b + 2 for b in self.boundaries if b + 2 <= pos), default=0)
        end = min((b for b in self.boundaries if b >= pos), default=len(self.norm))
        return start, end

    def sentence_text(self, pos: int) -> str:
        """The sentence at `pos`, with the spaces around it that the lexicon's patterns expect."""
        start, end = self.sentence_bounds(pos)
        return self.norm[max(0, start - 1) : end + 1]

    def next_sentence_end(self, pos: int) -> int:
        """Where the sentence after the one at `pos` ends (or that one, if it is the last)."""
        end = self.sentence_bounds(pos)[1]
        return self.sentence_bounds(end + 2)[1] if end + 2 < len(self.norm) else end

    def negated(self, span: Span, window: int = _NEGATION_WINDOW) -> bool:
        """Is there a negator within a few words before the span, in the same clause?"""
        tokens = self.st.tokens
        i = self.st.token_index(span[0])
        for _ in range(window):
            if i >= len(tokens) or tokens[i].comma_before or i == 0:
                return False
            i -= 1
            if tokens[i].word == BOUNDARY or tokens[i].word in _CLAUSE_JOINS:
                return False
            if tokens[i].word in lx.NEGATORS and not _interjected(tokens, i):
                return True
        return False

    def clause_bounds(self, pos: int) -> Span:
        """The clause around a position: its sentence, cut at the commas the speaker paused on."""
        start, end = self.sentence_bounds(pos)
        for i, token in enumerate(self.st.tokens):
            if not token.comma_before:
                continue
            at = self.st.norm_start(i)
            if start < at <= pos:
                start = at
            elif pos < at < end:
                end = at - 1
                break
        return start, end

    def norm_span(self, start: int, end: int) -> Span:
        """The normalised span of the tokens within original offsets [start, end)."""
        inside = [i for i, t in enumerate(self.st.tokens) if start <= t.start and t.end <= end]
        if not inside:
            return 0, 0
        last = inside[-1]
        return self.st.norm_start(inside[0]), self.st.norm_start(last) + len(
            self.st.tokens[last].word
        )

    def words_before(self, span: Span, count: int) -> list[str]:
        """Up to `count` words before the span, in the same sentence."""
        start, _ = self.sentence_bounds(span[0])
        return self.norm[start : span[0]].split()[-count:]

    def find(self, patterns: tuple[re.Pattern[str], ...]) -> list[Span]:
        """Spans of every match of the entries (without their leading space), in order."""
        key = id(patterns)
        found = self._found.get(key)
        if found is None:
            norm = self.norm
            if self._grams is None:
                self._grams = {norm[i : i + _GRAM] for i in range(len(norm) - _GRAM + 1)}
            group = _group(patterns)
            # only entries whose key (a piece of a string every match contains) occurs can match
            todo = set(group.always)
            for gram in group.index.keys() & self._grams:
                todo.update(group.index[gram])
            spans = set()
            for i in todo:
                for m in group.patterns[i].finditer(norm):
                    spans.add((m.start() + 1, m.end()))
            found = self._found[key] = sorted(spans, key=lambda s: (s[0], s[0] - s[1]))
        return list(found)

    def matches(self, patterns: tuple[re.Pattern[str], ...], text: str | None = None) -> bool:
        """Does any entry match `text` (a part of the normalised reply; all of it by default)?"""
        text = self.norm if text is None else text
        group = _group(patterns)
        for p, needles in zip(group.patterns, group.needles, strict=True):
            if needles and not any(n in text for n in needles):
                continue
            if p.search(text):
                return True
        return False

    def original(self, span: Span) -> tuple[str, int, int]:
        start, end = self.st.span(*span)
        return self.st.original[start:end], start, end


_GRAM = 4
_CLAUSE_JOINS = frozenset(
    {"because", "cause", "cos", "and", "but", "so", "since", "when", "while", "though", "until"}
)
"""Words that start a new clause: a negation before them does not reach past them ("it never
arrived because the warehouse lost it")."""
_CLAUSE_OPENERS = frozenset(
    {"i", "i'm", "we", "we're", "you", "you're", "that", "that's", "it", "it's", "oh", "no"}
)


def _interjected(tokens: Sequence[Token], i: int) -> bool:
    """ "oh no, I'm so sorry": a "no" that opens a clause is an exclamation, not a negation; so is
    the negator of "don't worry, I'll refund it all" and "no worries"."""
    if i + 1 >= len(tokens):
        return False
    if tokens[i + 1].word in _REASSURED:
        return True
    if tokens[i].word != "no":
        return False
    return tokens[i + 1].word in _CLAUSE_OPENERS or (i > 0 and tokens[i - 1].word == "oh")


_REASSURED = frozenset({"worry", "worries", "panic", "stress", "fret"})


@dataclass(frozen=True)
class _Group:
    """A lexicon list indexed for speed: which entries can possibly match a given reply.

    Every match of an entry contains one of its `needles` (see `required_literals`), so it can only
    match a reply that contains some 4-character piece of each. `index` maps one such piece per
    needle to the entries; entries without a needle that long are in `always`. The regexes still
    decide every match, so the marks are exactly those of running every entry.
    """

    patterns: tuple[re.Pattern[str], ...]
    needles: tuple[tuple[str, ...], ...]
    index: dict[str, tuple[int, ...]]
    always: tuple[int, ...]


_GROUPS: dict[int, _Group] = {}


def _group(patterns: tuple[re.Pattern[str], ...]) -> _Group:
    group = _GROUPS.get(id(patterns))
    if group is not None and group.patterns is patterns:
        return group
    needles = tuple(required_literals(p) for p in patterns)
    common: dict[str, int] = {}
    for ns in needles:
        for n in ns:
            for i in range(len(n) - _GRAM + 1):
                common[n[i : i + _GRAM]] = common.get(n[i : i + _GRAM], 0) + 1
    index: dict[str, list[int]] = {}
    always = []
    for k, ns in enumerate(needles):
        if not ns or min(map(len, ns)) < _GRAM:
            always.append(k)
            continue
        for n in ns:
            pieces = [n[i : i + _GRAM] for i in range(len(n) - _GRAM + 1)]
            index.setdefault(min(pieces, key=lambda g: (common[g], g.count(" "))), []).append(k)
    group = _Group(patterns, needles, {g: tuple(ks) for g, ks in index.items()}, tuple(always))
    _GROUPS[id(patterns)] = group
    return group


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def judge(text: str, context: JudgeContext | None = None, *, learned: bool = True) -> Judgement:
    """Mark one reply. Pure and fast: no I/O; `learned` adds the n-gram second opinion."""
    context = context or JudgeContext()
    reply = _Reply(text or "", context)
    persona = context.persona
    sarcasm = reply.find(lx.SARCASM)

    # faults first: credit that a fault follows ("but") or overlaps is cancelled
    bargain_spans = _persona_spans(reply, persona.bargains if persona else ())
    violations: list[tuple[str, Span]] = []
    for kind in VIOLATION_KINDS:
        if kind == "premature_details" and context.stage != "vent":
            continue
        spans = [
            s for s in reply.find(_VIOLATION_LEXICON[kind]) if not _starts_negated(reply, s, kind)
        ]
        if kind == "doubt":
            spans += [s for s in reply.find(lx.DOUBTING_QUESTION) if _in_question(reply, s)]
        spans = [s for s in spans if not _cleared(reply, kind, s)]
        if kind == "over_promise":
            spans = [s for s in spans if not _not_an_offer(reply, s)]
            spans = [s for s in spans if not any(_overlaps(s, b) for _, b in bargain_spans)]
            if persona is None:
                # with no persona there are no remedy limits: money back in full is allowed
                spans = [s for s in spans if not _just_money_back(reply.norm[s[0] : s[1]])]
            spans += _offered_beyond_limits(reply, persona.over_promises if persona else ())
        if kind == "insult":
            spans += [s for s in sarcasm if _sarcasm_is_mockery(reply, s)]
        if spans:
            violations.append((kind, min(spans, key=lambda s: (s[0], s[1] - s[0]))))
    violation_spans = [span for _, span in violations]
    # a request for details next to a restatement does not take it back (README rule 2)
    told_back_against = [span for kind, span in violations if kind != "premature_details"]

    marks: dict[str, Mark] = {}
    for name in MARKS:
        candidates = reply.find(_MARK_LEXICON[name])
        if name == "acknowledge":
            # "how long have you been without it?" asks; it says nothing back
            candidates = [
                s
                for s in candidates
                if not _opens_a_wh_question(reply, s[0])
                and not _sorry_after_fault(reply, s, violation_spans)
                and not _bare_into_details(reply, s)
                and not _idle_i_know(reply, s)
                and not _only_listening(reply, s)
                and not _disbelieved(reply, s, told_back_against)
                and not _what_we_would_tell_them(reply, s)
            ]
            candidates += [
                r
                for s in reply.find(lx.RESTATEMENT)
                if not _asks_in_place(reply, s[0])
                and not _quoted_to_ask(reply, s[0])
                and not _so_that(reply, s)
                and not _disbelieved(reply, s, violation_spans)
                and (r := _restates(reply, s, persona))
            ]
            candidates += [
                r
                for s in reply.find(lx.RESTATED_EVENT)
                if _tells_back(reply, s[0], told_back_against)
                and not _offers(reply, s[0])
                and not _REMEDY.search(reply.norm, *reply.sentence_bounds(s[0]))
                and (r := _restates(reply, s, None))
            ]
            candidates += [
                r
                for s in reply.find(lx.RECAP)
                if (r := _recaps(reply, s, persona, told_back_against))
            ]
        if name == "acknowledge" and persona:
            candidates += [s for _, s in _said_back(reply, persona, told_back_against)]
        if name == "options":
            # "a full refund is what you were hoping for, I can't do that" names it, turned down
            candidates = [
                s
                for s in candidates
                if not _REFUSED_AFTER.search(reply.norm[s[1] :])
                and not _choice_of_process(reply, s)
            ]
            candidates += [s for _, s in bargain_spans if _offered(reply, s, violation_spans)]
            candidates += [
                s for k, s in violations if k == "over_promise" and not _promise_not_offer(reply, s)
            ]
        over = [s for k, s in violations if k == "over_promise"]
        hedged = [
            s
            for k, s in violations
            if k in _HEDGING_FAULTS.get(name, ()) and not (k == "insult" and _aside(reply, s))
        ]
        marks[name] = _best_credit(
            reply, name, sorted(candidates), violation_spans, sarcasm, over, hedged
        )

    key_facts = tuple(
        dict.fromkeys(fact.id for fact, s in _said_back(reply, persona, violation_spans) if persona)
    )
    bargains = tuple(dict.fromkeys(b.id for b, s in bargain_spans if not reply.negated(s)))
    question = _question(reply, violation_spans)
    found = tuple(Violation(kind, *reply.original(span)) for kind, span in violations)
    model = load_model() if learned and reply.st.tokens else None
    if model is not None:
        marks, found = _second_opinion(model, reply, marks, found, violation_spans, context.stage)
    tips = _tips(marks, found, context.stage)
    return Judgement(text, marks, found, question, key_facts, bargains, tips)


_NEGATION_PROOF = frozenset({"policy", "non_apology", "accusation", "premature_details"})
"""Faults a negator does not undo: "it's not our policy" is still a policy wall."""


def _second_opinion(
    model: Model,
    reply: _Reply,
    marks: dict[str, Mark],
    found: tuple[Violation, ...],
    violation_spans: list[Span],
    stage: str | None,
) -> tuple[dict[str, Mark], tuple[Violation, ...]]:
    """The n-gram model reads the whole reply: it may add a fault or a mark the lexicon missed
    (citing the clause it scores highest), and veto a lexicon mark it finds very unlikely.

    Faults come first, so that credit the model adds keeps clear of every fault, whoever found it.
    """
    marks = dict(marks)
    feats = features(reply_words(reply.st))
    violation_spans = list(violation_spans)
    asks_details = reply.matches(lx.PREMATURE_DETAILS)
    unsure = not found and not (asks_details and stage != "vent")
    cues = reply.find(lx.FAULT_CUE) if unsure else []
    if cues or (
        unsure and model.probability("any_violation", feats) > model.threshold["any_violation"]
    ):
        if cues:  # the clause the cue opens, or the sentence it closes, is the fault
            s_start, s_end = reply.sentence_bounds(cues[0][0])
            c_start = reply.clause_bounds(cues[0][0])[0]
            if len(reply.norm[c_start:s_end].split()) > 4:
                s_start = c_start
            _, start, end = reply.original((s_start, s_end))
        else:
            best = model.best_clause("any_violation", reply.st)
            start, end = (best[1], best[2]) if best else (0, len(reply.st.original))
        words = SpokenText.of(reply.st.original[start:end]).words()
        kind = model.kind_of(words, exclude=() if stage == "vent" else ("premature_details",))
        clause = reply.norm_span(start, end)
        if (
            kind == "over_promise"
            or _cleared(reply, kind, clause, whole_clause=True)
            or any(_overlaps(e, clause) for e in reply.find(lx.EXONERATION))
            or (
                kind in _DISOWNED_BY_OWNING
                and any(_owns_it(reply, e) for e in reply.find(lx.OWNERSHIP))
            )
            or _honest_limit(reply, clause, _CANNOT)
            or (kind == "non_apology" and _plain_apology(reply, clause))
        ):
            # what may be offered is the persona's to say (its limits), not the model's; context
            # that clears a fault the lexicon finds clears it whoever hears it; and clearing the
            # customer ("it's not your fault at all") is no fault of any kind, and a reply that
            # owns the failure in earnest ("that's our failure, full stop") is read as owning it
            return _second_opinion_marks(model, reply, marks, found, violation_spans, feats)
        found = (Violation(kind, reply.st.original[start:end], start, end),)
        violation_spans.append(clause)
        # the fault's first words: "let me be clear though, …" leads into it as "but" does
        lead = [" ".join(reply.st.original[start:end].split()[:5])]
        for name in ("acknowledge", "empathise"):
            mark = marks[name]
            if not mark.hit or mark.start is None or mark.end is None:
                continue
            if kind in _HEDGING_FAULTS[name] and _same_sentence(
                reply, reply.norm_span(mark.start, mark.end), clause
            ):
                marks[name] = Mark(
                    False, note="said in the same breath as a fault that takes it back"
                )
            elif name == "acknowledge" and mark.start < end and start < mark.end:
                # a restatement inside a fault says the complaint back without accepting it; an
                # apology next to one still stands (README rule 2)
                marks[name] = Mark(False, note="said inside a fault")
            elif mark.end <= start and (
                _contrast_between(reply, mark.end, start, *lead)
                or _trailing_though(reply, reply.norm_span(mark.start, mark.end), clause)
            ):
                marks[name] = Mark(False, note='cancelled by a "but" that leads into a fault')
            elif (
                name == "acknowledge"
                and mark.end <= start
                and _in_question(reply, reply.norm_span(mark.start, mark.end))
            ):
                # as with the lexicon's faults (`_echo_question`): disbelief, not acknowledgement
                marks[name] = Mark(False, note="an echo question followed by a fault")
    return _second_opinion_marks(model, reply, marks, found, violation_spans, feats)


_HEDGED = re.compile(
    r" (?:if|feel|feels|felt|expectations|frustrat\w*|upset|unhappy|happy|disappoint\w*|"
    r"inconvenien\w*|concern|any|regret\w*|that way|confus\w*|experience|you've had|you're having|"
    r"disruptive|hassle|bother|trouble|stress\w*|annoy\w*|impression|idea|came across|time of it|"
    r"such a|upsetting|that's how)(?= )"
)


def _plain_apology(reply: _Reply, clause: Span) -> bool:
    """ "I apologise for the outages", "I'm sorry the transfer was late": an apology for what
    happened, with none of the hedges a non-apology is made of ("if", "you feel", "any
    inconvenience", "your experience"), is no non-apology, whatever the model hears."""
    words = reply.norm[max(0, clause[0] - 1) : clause[1] + 1]
    return bool(_APOLOGY.search(words)) and not _HEDGED.search(words)


_APOLOGY = re.compile(r" (?:sorry|apologi[sz]e|apologies)(?= )")

_DISOWNED_BY_OWNING = frozenset({"blame", "correcting", "doubt", "accusation", "insult"})
"""Faults a reply cannot commit while it owns the failure in earnest: pinning it on someone,
putting the customer right, doubting them. A policy wall or a threat can still sit beside it."""


def _second_opinion_marks(
    model: Model,
    reply: _Reply,
    marks: dict[str, Mark],
    found: tuple[Violation, ...],
    violation_spans: list[Span],
    feats: set[str],
) -> tuple[dict[str, Mark], tuple[Violation, ...]]:
    """The model's credit the lexicon missed, clear of every fault, and its vetoes."""
    later_faults = [v.start for v in found]
    for name in ("acknowledge", "empathise", "options"):
        p = model.probability(name, feats)
        if marks[name].hit:
            if p < model.veto.get(name, 0.0):
                marks[name] = Mark(False, note="the wording does not read as this move")
            continue
        # the grammar outranks the model: credit the lexicon found and cancelled (a "but" into a
        # fault, sarcasm, sorry for a refusal...) is not given back
        if p > model.threshold[name] and not marks[name].note:
            # the fault's own words ("sorry you're unhappy") earn no credit
            best = model.best_clause(name, reply.st, avoid=[(v.start, v.end) for v in found])
            if best is None:
                continue
            start, end = best[1], best[2]
            if name != "options" and any(
                start < v and _contrast_between(reply, start, v) for v in later_faults
            ):
                continue
            if name == "acknowledge" and not _model_may_acknowledge(
                reply, start, end, marks, violation_spans
            ):
                continue
            marks[name] = Mark(True, reply.st.original[start:end], start, end, "learned")
    return marks, found


def _model_may_acknowledge(
    reply: _Reply, start: int, end: int, marks: dict[str, Mark], violations: list[Span]
) -> bool:
    """May the model's clause (original offsets) be credited as a restatement the lexicon missed?

    Chosen by cross-validation on the tuning replies: only in a sentence that tells the complaint
    back (see `_tells_back`), and not the thanks. A negated "I understand" leaves a note on the
    mark, which keeps the model off it.
    """
    first = next(i for i, t in enumerate(reply.st.tokens) if t.start >= start)
    if not _tells_back(reply, reply.st.norm_start(first), violations):
        return False
    clause = reply.norm_span(start, end)
    if (
        _calling_about(reply, clause)
        or _BARE_APOLOGY.fullmatch(reply.norm[clause[0] : clause[1]].strip())
        or any(
            _overlaps(s, clause) and _only_listening(reply, s) for s in reply.find(lx.ACKNOWLEDGE)
        )
    ):
        return False
    thanks = marks["gratitude"]
    thanks_span = (thanks.start, thanks.end)
    return not (
        thanks.hit and None not in thanks_span and _overlaps((start, end), thanks_span)  # type: ignore[arg-type]
    )


_BARE_APOLOGY = re.compile(
    r"(?:oh |yeah |look )?(?:i'm|i am|im|we're|we are) (?:so |really |very |truly |terribly |"
    r"deeply |genuinely )*sorry(?: [^ |]+)?"
)
"""The model's clause that is only an apology ("I'm really sorry, Marcus") says nothing back."""


def _tells_back(reply: _Reply, pos: int, violations: list[Span]) -> bool:
    """Is the sentence at `pos` a statement that commits no fault? A restatement inside a
    question, a blame, a correction or an accusation says the complaint back without accepting it.
    """
    start, end = reply.sentence_bounds(pos)
    if _is_interrogative(reply, start, end) and not _echo_question(reply, start, pos, violations):
        return False
    # what follows a "but" after the fault stands ("no platform's immune, but three in a quarter
    # is too many"), README rule 2
    return not any(
        start <= v[0] < end and not (v[1] <= pos and _BUT.search(reply.norm, v[1] - 1, pos))
        for v in violations
    )


_BUT = re.compile(r" (?:but|however) ")
"""Narrower than `_YES_BUT`: a "though" after a fault usually carries it on ("strictly speaking
though, the window runs till one"), where "but" turns away from it."""


def _echo_question(reply: _Reply, start: int, pos: int, violations: list[Span]) -> bool:
    """ "Two weeks? With a baby?" says the complaint back in surprise: the clause saying it (from
    the sentence at `start`) has no question word or inverted verb to ask anything ("was it two
    charges or three?" asks). Followed by a fault ("three outages? I've only got two logged") it
    is disbelief, not acknowledgement; quoted to ask about it ("when you say nobody rang, do you
    mean…") it is a question."""
    if any(v[0] >= start for v in violations) or _quoted_to_ask(reply, pos):
        return False
    at = reply.st.token_index(pos)
    opening = reply.st.token_index(start)
    # the clause saying the fact asks nothing, not even with a question word left in place ("and
    # your warehouse was down for how long?"), and no clause before it in the sentence opens a
    # question ("and how have you been managing, with the little ones?")
    for first, last in reply.clauses:
        if last <= opening:
            continue
        said = " ".join(t.word for t in reply.st.tokens[first:last])
        if first <= at < last:
            # nor is it the subject of a request for details ("ticket number for the outage?")
            c_start, c_end = reply.st.norm_start(first), reply.st.norm_start(last - 1)
            return not (
                lx.INTERROGATIVE_START.match(said)
                or _asks_in_place(reply, pos)
                or any(c_start <= d[0] <= c_end for d in reply.find(lx.PREMATURE_DETAILS))
            )
        if _WH_QUESTION.match(said):
            return False
    return True


_WHEN_YOU_SAY = re.compile(r" when you (?:say|said|mention|mentioned|talk about) ")


def _quoted_to_ask(reply: _Reply, pos: int) -> bool:
    """ "when you say you took the day off, was that unpaid?": the fact quoted to ask about it."""
    start, end = reply.sentence_bounds(pos)
    return _is_interrogative(reply, start, end) and bool(
        _WHEN_YOU_SAY.search(reply.norm, max(0, start - 1), pos + 1)
    )


def _disbelieved(reply: _Reply, span: Span, violations: list[Span]) -> bool:
    """ "so you're saying nothing since collection? are you sure it's the right number": said back
    as a question and followed by a fault, it is disbelief (as in `_echo_question`)."""
    return _in_question(reply, span) and any(v[0] >= span[1] for v in violations)


def _asks_in_place(reply: _Reply, pos: int) -> bool:
    """Does the clause at `pos` end on a question word, in a question ("and you waited for how
    long?", "you paid how much?")? It asks for the fact instead of saying it back."""
    at = reply.st.token_index(pos)
    first, last = next(((a, b) for a, b in reply.clauses if a <= at < b), (at, at))
    ending = {t.word for t in reply.st.tokens[max(first, last - 2) : last]}
    return bool(_IN_PLACE_QUESTION & ending) and _in_question(reply, (pos, pos + 1))


def _sorry_after_fault(reply: _Reply, span: Span, violations: list[Span]) -> bool:
    """README rule 14: "sorry you've had to chase us" acknowledges, but not said after a fault
    ("the courier dropped the ball, not us. sorry you've been left out of pocket though")."""
    sorry = reply.norm[span[0] : span[1]].startswith("sorry") or "sorry" in reply.words_before(
        span, 3
    )
    return sorry and any(v[1] <= span[0] for v in violations)


_FILLERS = (
    *("okay", "ok", "right", "yeah", "yep", "yup", "yes", "oh", "look", "mm", "mhm", "um", "uh"),
    *("god", "gosh", "blimey", "dear", "no", "sorry", "please"),
)
"""Words said around an "I hear you", an "I know" or a "that's not on" that add nothing to it."""
_FILLER = "(?:" + "|".join(_FILLERS) + ") "

_I_HEAR_YOU = (
    r"i (?:do |totally |completely |really |fully |absolutely )*(?:hear (?:you|ya|ye)|understand|"
    r"get it|know)"
)
_BARE_ACK = re.compile(rf"(?:{_FILLER})*{_I_HEAR_YOU}(?: {_I_HEAR_YOU})*")


def _bare_into_details(reply: _Reply, span: Span) -> bool:
    """README rule 13: a bare "I hear you" said straight into a request for details ("I hear you.
    what's the serial number?") is a preamble to the form, not an acknowledgement."""
    if not _BARE_ACK.fullmatch(reply.norm[span[0] : span[1]]):
        return False
    end = reply.sentence_bounds(span[0])[1]
    # "I hear you, Ms Ashcombe. could you…", "I know, I know. okay. what's the reference"
    for _ in range(2):
        if len(reply.norm[span[1] : end].split()) > 2 or end >= len(reply.norm) - 2:
            break
        end = reply.next_sentence_end(end - 1)
    if any(span[1] <= d[0] <= end for d in reply.find(lx.PREMATURE_DETAILS)):
        return True
    # "mm, I hear you. and when did you first notice?": straight into a question, nothing said back
    # (into an offer put as a question, "what I can do is refund it today, would that work?", the
    # "I hear you" stands)
    last = reply.sentence_bounds(max(span[1], end - 1))
    return (
        last[0] >= span[1]
        and not reply.norm[last[1] :].strip(" |")
        and _is_interrogative(reply, *last)
        and not _offers(reply, last[0])
    )


_NOT_ON = re.compile(
    r"(?:that's|thats|that is|it's|this is) (?:really |just |so |totally )?not (?:on|acceptable|"
    r"okay|ok|good enough|right)(?: at all)?"
)
_BACK_CHANNEL = re.compile(
    rf" (?:{_FILLER})*(?:you )?(?:go on|keep going|carry on|i'm "
    r"listening|i'm with you|take your time|take all the time you need|go ahead)(?: please)? "
    r"(?:\| )?$"
)
_INTERJECTIONS = frozenset({*_FILLERS, "|", "that's", "thats"})


def _only_listening(reply: _Reply, span: Span) -> bool:
    """ "oh god, that's really not on. sorry. keep going": an exclamation on its own, said while
    letting them go on, is sympathy in passing (README rule 13); said after what went wrong ("two
    days on a transfer that size, that's not on. go on") it acknowledges."""
    if not _NOT_ON.fullmatch(reply.norm[span[0] : span[1]]):
        return False
    start = reply.sentence_bounds(span[0])[0]
    before = reply.norm[start : span[0]].split()
    return all(w in _INTERJECTIONS for w in before) and bool(_BACK_CHANNEL.search(reply.norm))


_REPORTING = frozenset({"explaining", "explain", "explained", "saying", "say", "confirming"})


def _what_we_would_tell_them(reply: _Reply, span: Span) -> bool:
    """ "I can send you a letter explaining it was our error", "would it help if I rang them and
    explained the delay was down to us?": what an offered letter or call would say, not said to
    them."""
    return bool(_REPORTING & set(reply.words_before(span, 3))) and _offers(reply, span[0])


def _idle_i_know(reply: _Reply, span: Span) -> bool:
    """ "it's been a long call, I know": a tag "I know" acknowledges what its sentence says went
    wrong ("it's been three days already, I know"), and nothing when it says nothing went wrong."""
    if reply.norm[span[0] : span[1]] != "i know":
        return False
    start = reply.sentence_bounds(span[0])[0]
    said = set(reply.norm[start : span[0]].split()) - _INTERJECTIONS - {"i", "know"}
    return bool(said) and not any(start <= t[0] < span[0] for t in reply.find(lx.TROUBLE))


def _opens_a_wh_question(reply: _Reply, pos: int) -> bool:
    start, end = reply.sentence_bounds(pos)
    return bool(_WH_QUESTION.match(reply.norm[start:end].strip()))


_IN_PLACE_QUESTION = frozenset({"what", "when", "where", "which", "who", "how", "whose"})
_WH_QUESTION = re.compile(
    r"(?:(?:and|so|but|okay|right|well) )*(?:(?:and )?then )?(?:(?:how(?: long| many times| "
    r"often)?|what|when|where|why) (?:have|has|had|did|do|does|is|are|was|were|will|would|can|"
    r"could|should)\b|what (?:happened|went on|went wrong)\b(?! (?:is|was|there)\b)"
    r"|(?:can|could|may|might) i (?:just )?ask(?: you)?\b(?! (?:you )?(?:to|for|that)\b)"
    r"|(?:are|were|have|had|did|do|is|was) (?:you|they|he|she|anyone|anybody|someone|somebody)\b)"
)
"""A sentence that opens by asking: a question word and its verb, "can I ask", or a verb before
"you" ("can I ask how long you've been waiting?", "are you having to use the launderette?" ask
for the fact they name)."""


def _contrast_between(reply: _Reply, start: int, end: int, then: str = "") -> bool:
    """Is there a "but" (or however…) in the original text between two offsets, or is `then`
    (the first word of what follows) one?"""
    return bool(
        re.search(
            r"\b(?:but|however|though|although)\b",
            f"{reply.st.original[start:end]} {then}",
            re.IGNORECASE,
        )
    )


def _starts_negated(reply: _Reply, span: Span, kind: str) -> bool:
    first = reply.norm[span[0] : span[1]].split()[0]
    if first in lx.NEGATORS or kind in _NEGATION_PROOF:
        return False
    # "I'm not going to ask you to cool off": an instruction is negated further back
    return reply.negated(span, window=6 if kind == "calm_down" else _NEGATION_WINDOW)


_REPORTED = re.compile(
    r"\b(?:(?<!if )(?:you|you've|you have|you're|you are|you were) (?:said|say|want|wanted|"
    r"asked|asking|mentioned|demanded|demand|are asking|'re asking|were promised|told|after|"
    r"hoping for|expecting|holding out for|set on)|(?<!if )(?<!whatever )you'd (?:like|want)|"
    r"(?<!if )you would (?:like|want)|(?:can't|cannot|won't|not|unable to|no way))\b"
)


_WISHED = re.compile(
    r"\b(?:i'd|i would) (?:love|like) to (?:say|tell you|offer|promise)\b|\bi wish\b"
)
"""What we would like to offer but can't ("I'd love to say we'll pay for the lost job") is no
offer."""

_REFUSED_AFTER = re.compile(
    r"^ (?:[^ |]+ ){0,6}?(?:(?:isn't|aren't|wasn't|not) (?:something|possible|an "
    r"option|on the table|what i can|in my gift|mine to give|up to me|(?:within|in) my "
    r"(?:authority|remit|power|gift))|(?:i|we) (?:can't|cannot|won't) (?:do|offer|give|"
    r"authori[sz]e|promise)|(?:i|we) (?:can't|cannot)(?: and| i'm afraid| i'm "
    r"(?:really |so |very )?sorry| sorry| \||(?= $)))"
    r"|^ (?:[^ |]+ ){0,6}?(?:is|[^ |]+'s|are|[^ |]+'re) (?:(?:beyond|above|outside|over) (?:what "
    r"i can|what i'm (?:allowed|able)|my (?:sign off|sign-off|authority|limit|pay grade)|me)|out "
    r"of my hands)"
    r"|^ (?:[^ |]+ ){0,6}?\| (?:can't|cannot|no can do|not possible|no chance)(?: \||(?= $)| i'm "
    r"afraid)"
    r"|^ (?:(?:is|was|'s) )?(?:what|all) you(?:'re| are| were|'d| would)? (?:hoping|asking|after|"
    r"want|wanted|looking|expecting)"
)


def _not_an_offer(reply: _Reply, span: Span) -> bool:
    """ "I can't give you a full refund", "a full refund isn't something I can do", "you said
    full refund" and "a full refund is what you were hoping for" are not over-promises. A "no"
    right before it is part of the offer ("no fees for a year")."""
    first = reply.norm[span[0] : span[1]].split()[0]
    if first in _CHARGES and reply.words_before(span, 1) == ["no"]:
        span = (span[0] - len(" no"), span[1])
    if reply.negated(span, window=8):
        return True
    # "an upgrade's above my sign-off": refused in the words that found it, or after them
    if _REFUSED_AFTER.search(reply.norm[span[1] :]) or _REFUSED_AFTER.search(
        reply.norm[span[0] - 1 :]
    ):
        return True
    before = " ".join(reply.words_before(span, 6))
    if _CALLBACK.search(before) and first in _TIME_WORDS:
        # "I'll ring you back before six, you have my word" pledges our own next step
        return True
    return bool(_REPORTED.search(before) or _WISHED.search(before))


_CALLBACK = re.compile(
    r"(?:i'll|i will|ill|i'm going to|i am going to|i'm gonna) (?:personally )?(?:call|ring|"
    r"phone|email|text|message|get back to|update)(?= |$)"
)
_TIME_WORDS = frozenset({"by", "before", "within", "first"})


def _just_money_back(words: str) -> bool:
    """ "refund you in full", with nothing on top of it."""
    return bool(_FULL_REFUND.search(words)) and not _ON_TOP.search(words)


_FULL_REFUND = re.compile(r"\b(?:refund|money back|in full)\b")
_ON_TOP = re.compile(r"\b(?:and|plus|on top|too|as well|double|twice)\b")

_CHARGES = frozenset({"fee", "fees", "charge", "charges", "penalty", "penalties", "cost", "costs"})

_CANNOT = re.compile(
    r" (?:i|we) (?:can't|cannot|can not|won't be able to|'m not able to|am not able to|'m unable "
    r"to|am unable to) (?:do|give|offer|promise|authori[sz]e|agree to|refund|go to|stretch to) "
)
_LIMIT = re.compile(
    r"not (?:allowed|authori[sz]ed|permitted|able)|out of my hands|afraid (?:i|we) (?:can't|cannot)"
    r"|(?:i'll|i will|i'm going to) be (?:honest|straight|upfront)|(?:i|we) (?:can't|cannot) "
    r"(?:change|alter|override) (?:that|it|this)|beyond my (?:authority|remit|powers)"
)


def _honest_limit(reply: _Reply, span: Span, limit: re.Pattern[str] = _LIMIT) -> bool:
    """README rule 11: "I'm not allowed to sign that off, but I can refund the fee" names a limit
    and then helps; it is not hiding behind policy ("I can't do anything about your bank's fee,
    I'll be honest, but I can refund it" too). The model's clauses are read with the plainer
    `_CANNOT` ("I can't do a full refund, but I can waive the fee")."""
    if not limit.search(reply.norm, max(0, span[0] - 1), reply.sentence_bounds(span[0])[1]):
        return False
    rest = reply.norm[span[1] - 1 :]
    return bool(_HELP_AFTER_BUT.search(rest)) and reply.matches(_OFFERING, rest)


_DISCLAIMED = re.compile(
    r"(?:won't|will not|not going to|not gonna|can't|cannot|wouldn't|would never|never) (?:try to "
    r")?(?:pretend|claim|make out|tell you|suggest|fob you off with|hide behind)(?: that)?"
    r"(?: it's| that's| it was| it| this| that)?$"
)
"""What we won't pretend ("I won't pretend it wasn't our fault") is the fault disowned."""


_USUALLY = re.compile(
    r" (?:normally|usually|ordinarily|the usual|strictly speaking|strictly|by the book|the process "
    r"says|officially) "
)
_BUT_NOT_TODAY = re.compile(
    r" but (?:honestly |frankly |look |actually |today )?(?:i|we)(?:'ll| will|(?:'m| am| are|'re)? "
    r"(?:just )?(?:not going to|won't|will not|can|could|going to|happy to|don't want to|not "
    r"making you|not having you|not putting you)) "
)
_NOT_PUTTING_YOU_THROUGH = re.compile(
    r" (?:so |but |and )?(?:i'm|i am|we're|we are) not (?:putting|making|going to (?:put|make)) "
    r"you "
)


def _waived(reply: _Reply, span: Span) -> bool:
    """ "Normally you'd have to fill in the claim form, but I can do it with you now", or "The
    usual process is a written request. I'm not putting you through that": a rule named only to
    set it aside for them is not a fault."""
    start, end = reply.sentence_bounds(span[0])
    usually = _USUALLY.search(reply.norm, max(0, start - 1), span[1] + 1)
    if not usually:
        return False
    but = _BUT_NOT_TODAY.search(reply.norm, usually.end() - 1, end + 1)
    if but and span[0] <= but.start() + 1:  # the fault is the rule, or the clause setting it aside
        return True
    after = reply.next_sentence_end(end) + 1
    return bool(_NOT_PUTTING_YOU_THROUGH.match(reply.norm, end + 2, after))


_KEEPING_IT = re.compile(
    r" but (?:[^ |]+ ){0,10}(?:i'm|i am|i'll|i will) (?:keeping (?:it|this|hold of it)|not "
    r"(?:going to |gonna )?(?:make|making|pass|passing|hand|handing|send|sending|bounce|bouncing) "
    r"you|"
    r"(?:taking|take) (?:it|this) (?:on|myself)|(?:sort|sorting|deal with|dealing with|handle|"
    r"handling|own|owning) (?:it|this) myself) "
)
_NOT_TO_MINIMISE = re.compile(
    r"^ (?:[^ |]+ ){0,12}not saying (?:that|this|it) to (?:make it (?:smaller|sound smaller|less)|"
    r"minimi[sz]e|excuse|brush|play it down|fob)"
)
_OTHERS_VIEW = re.compile(
    r" (?:to|for) (?:some people|some folk|other people|others|some(?= \||$| but| and))(?= |$)"
)


def _not_ducking(reply: _Reply, span: Span) -> bool:
    """ "that's not my department, technically, but I'm keeping it", "you're not the only one, and
    I'm not saying that to make it smaller", "it's only a washing machine to some people": the
    words that would duck it, said only to refuse to duck it."""
    end = reply.sentence_bounds(span[0])[1]
    return bool(
        _KEEPING_IT.search(reply.norm, span[1] - 1, end + 1)
        or _NOT_TO_MINIMISE.search(reply.norm[span[1] : end])
        or _OTHERS_VIEW.search(reply.norm, span[0], end + 1)
    )


def _cleared(reply: _Reply, kind: str, span: Span, *, whole_clause: bool = False) -> bool:
    """Is a fault's wording there but cleared by what surrounds it? One place for the lexicon's
    faults and the model's (`whole_clause`: the span is the clause the model scored)."""
    if kind in _EXPLAINED_IF_OWNED and _explained(reply, span, within=whole_clause):
        return True
    if kind != "over_promise" and _waived(reply, span):
        return True
    if _DISCLAIMED.search(" ".join(reply.words_before(span, 8))):
        return True
    if whole_clause:  # the model's clause may open with the disclaimer itself
        words = reply.norm[span[0] : span[1]].split()
        if any(_DISCLAIMED.search(" ".join(words[:n])) for n in range(3, min(len(words), 9))):
            return True
    if kind == "blame":
        return _on_you_not_us(reply, span)
    if kind == "doubt":
        return _backs_them(reply, span) or _checks_on_them(reply, span)
    if kind in ("policy", "dismissal", "correcting") and _not_ducking(reply, span):
        return True
    if kind in ("policy", "dismissal"):
        if _honest_limit(reply, span) and not _RULES_ARE_RULES.fullmatch(
            reply.norm[span[0] : span[1]]
        ):
            return True
        # "you're owed the credit under the contract": the rules cited on their side
        return kind == "policy" and bool(_ENTITLED.search(" ".join(reply.words_before(span, 4))))
    if kind == "threat_back":
        return _reported(reply, span)
    if kind == "calm_down":
        before = " ".join(reply.words_before(span, 6)) + " "
        own = reply.norm.startswith((" stay calm", " keep calm"), span[0] - 1)
        return bool(_NOT_TELLING.search(before) or (own and _OUR_OWN.search(before)))
    return False


_NOT_TELLING = re.compile(
    r"(?:(?:not|never) (?:going to|gonna)|won't|will not|nobody's going to|no one's going to|"
    r"nobody is going to) (?:tell|ask) you to $|i'm not (?:asking|telling) you to $"
)
_OUR_OWN = re.compile(r"(?:^| )(?:i'll|i will|i'm going to|let me|we'll|we will) $")
"""Calm named only to rule it out ("nobody's going to tell you to calm down on this call") or as
our own ("I'll stay calm and sort this for you"): no telling them to calm down."""


_ENTITLED = re.compile(r"\b(?:owed|entitled)\b")
_RULES_ARE_RULES = re.compile(
    r"(?:that's|that is|it's|it is) (?:just )?(?:the|our) (?:process|policy|rules?|procedure)"
)
""""That's the process, I can't change that" names no limit of ours: the rules are the reason."""

_EXPLAINED_IF_OWNED = ("blame", "doubt", "dismissal", "correcting", "accusation")
"""Faults that owning the failure in the same breath turns into an explanation."""


def _owned(reply: _Reply, span: Span, *, within: bool = False) -> bool:
    """Is the failure owned in the fault's sentence or the next one ("that's on us")? `within`:
    the span is a whole clause the model scored, so owning words inside it count too."""
    start = reply.sentence_bounds(span[0])[0]
    nxt = reply.next_sentence_end(span[0])
    return any(
        start <= o[0] < nxt and (within or not _overlaps(o, span)) and _owns_it(reply, o)
        for o in reply.find(lx.OWNERSHIP)
    )


def _owns_it(reply: _Reply, span: Span) -> bool:
    """Owning the failure in earnest: not denied ("I don't see how that's on us"), asked back
    ("are you saying it's our fault?") or put in the customer's mouth ("I suppose it's my fault
    as well")."""
    return (
        not reply.negated(span)
        and not _in_question(reply, span)
        and not _PUT_TO_US.search(" ".join(reply.words_before(span, 7)))
    )


def _on_you_not_us(reply: _Reply, span: Span) -> bool:
    """ "it's landed on you, not us", "it's you that looks bad to them, not us", "you heard it from
    the solicitor, not us": the contrast is with what it costs them, or with who told them, not a
    fault put on someone else."""
    if reply.norm[span[0] : span[1]].split()[0] != "not":
        return False
    before = reply.words_before(span, 8)
    you = {"you", "you're", "your"} & set(before)
    if you and _TOLD_BY.search(" ".join(before)):
        return True  # "you heard it from the solicitor, not us": we failed to tell them
    return bool(you) and not _SOMEONE_ELSE.search(" ".join(before))


_TOLD_BY = re.compile(r"\b(?:heard|found out|learned|learnt|had to hear|had to find out)\b")


_SOMEONE_ELSE = re.compile(
    r"\b(?:courier|couriers|bank|depot|engineer|engineers|technician|contractor|driver|warehouse|"
    r"supplier|manufacturer|solicitor|seller|team|they|them|he|she|(?<!that )(?<!the )job|fault|"
    r"responsibility|problem)(?:'s)?\b"
)
"""Words that put the fault on someone else, or name it as a fault, before the "not us" (their
job, not "your name on that job")."""

_PUT_TO_US = re.compile(
    r"\b(?:saying|say|said|think|thinks|claim|claiming|reckon|sure|certain|suppose|apparently|"
    r"according to you|proves?|proven|proof)\b"
)
"""Ownership put in our mouth ("so you're saying it's our fault"), or said to be unproven
("nothing you've sent proves the breach was ours"), is not ours."""


def _explained(reply: _Reply, span: Span, *, within: bool = False) -> bool:
    """Is the fault owned in the same breath ("that's on us"), or are its words part of clearing
    the customer ("none of this is your fault")? Either way it explains, it does not blame."""
    return _owned(reply, span, within=within) or any(
        _overlaps(e, span) for e in reply.find(lx.EXONERATION)
    )


_BACKS_THEM = re.compile(
    r" (?:(?:exactly |just )?(?:what|as|like) you(?:'ve| have)? (?:said|told me|described)|"
    r"you're (?:absolutely |quite |completely )?right|(?:backs|bears) you out|backs you up|"
    r"matches what you|same as (?:yours|you said)|i believe you|(?:say|says|show|shows) the same|"
    r"(?:i'm|i am) (?:going|siding) with you|(?:the )?(?:note|notes|record|records|log)(?:'s| is| "
    r"are) wrong|should(?:n't| not| never) have "
    r"(?:been|happened)|never should have|find out what went wrong|you (?:were|are|'re) (?:right|"
    r"correct)|(?:a promise|what) we (?:didn't|did not|never) (?:keep|deliver)|so (?:i'll|i will|"
    r"i can|we'll|we will) (?:take|refund|remove|reverse|credit|waive|sort|put))(?= )"
)


def _backs_them(reply: _Reply, span: Span) -> bool:
    """ "It says here it went on Friday, which is exactly what you've told me": records cited to
    back the customer are not doubt, nor is "that doesn't sound right" followed by "you should
    never have been charged"."""
    return bool(_BACKS_THEM.search(reply.norm, span[0] - 1, reply.next_sentence_end(span[0]) + 1))


def _checks_on_them(reply: _Reply, span: Span) -> bool:
    """Is the span part of making sure of their choice ("are you sure you're okay to hold?")?"""
    return any(_overlaps(c, span) for c in reply.find(lx.CHECKING_ON_THEM))


_SAYS = re.compile(r" (?:saying|said|says|threatening|threatened|told you|reckons) ")


def _reported(reply: _Reply, span: Span) -> bool:
    """ "your client's saying he'll go elsewhere": someone else's threat, told back."""
    return bool(_SAYS.search(" " + " ".join(reply.words_before(span, 4)) + " "))


def _sarcasm_is_mockery(reply: _Reply, span: Span) -> bool:
    words = reply.norm[span[0] : span[1]]
    return not words.startswith(("thanks", "thank"))


_OFFERING = (*lx.OPTIONS, *lx.COMMITMENT, *lx.ASKS_INPUT)
_AGENT_ACTS = re.compile(
    r" (?:i|we)(?:'ll| will| can| could|'m going to| am going to|'m gonna|'ve| have|'d like) "
)


_OFFER_FRAME = re.compile(
    r" (?:(?:i|we) (?:can|could)|(?:i'd|i would|we'd) (?:like to|be happy to)|how about|what about|"
    r"would you like|happy to|(?:i'll|i will|we'll|we will|let me) (?:also )?(?:give|offer|refund|"
    r"waive|credit|send|arrange|book|put|get|set|assign|expedite|reverse|replace|cover|open|add|"
    r"courier|organi[sz]e|have))"
)


_PROCESS_CHOICE = re.compile(
    r" (?:(?:call|ring|phone) you back|a call ?back|time to think|think about it|stay on the line|"
    r"while you're on the (?:phone|line)|hold (?:on|the line))(?= |$)"
)


def _choice_of_process(reply: _Reply, span: Span) -> bool:
    """ "I can either sort this out now while you're on the phone, or call you back once it's all
    done": a choice of how or when, with no remedy named in it, offers nothing to choose between."""
    sentence = reply.sentence_text(span[0])
    return bool(_PROCESS_CHOICE.search(sentence)) and not _REMEDY.search(sentence)


_NEVER_AGAIN = re.compile(
    r" (?:never|won't|wont|will not|no more|zero|not (?:another|a single)|no further|another)(?= )"
)


def _promise_not_offer(reply: _Reply, span: Span) -> bool:
    """README rule 5: a guarantee that it will not happen again ("you won't see another outage, I
    promise"), or of what someone else will do ("your bank will definitely take the fee off"),
    over-promises without offering anything to choose."""
    return bool(
        _NEVER_AGAIN.search(reply.sentence_text(span[0]))
        or _THEY_WILL.match(reply.norm, max(0, span[0] - 1))
    )


_THEY_WILL = re.compile(r" (?:your |the )?(?:bank|they|seller|sellers)(?:'ll| will| would) ")


def _offered(reply: _Reply, span: Span, violations: list[Span]) -> bool:
    """A bargain's words count as an offer only in a sentence that offers something."""
    if reply.negated(span):
        return False
    start, end = reply.sentence_bounds(span[0])
    framed = bool(_OFFER_FRAME.search(reply.norm[max(0, start - 1) : end]))
    return framed or not (
        _is_interrogative(reply, start, end) or any(start <= v[0] < end for v in violations)
    )


_SUPPOSING = re.compile(
    r" if (?!i (?:have|'ve got|understand|understood|heard|followed) )(?:[^ |]+ ){0,10}$"
)
"""An "if" before the key fact in its sentence (and not "if I have this straight"): the fact is
supposed, not told back ("if I'd been promised a call I'd be livid")."""


_SPARING = re.compile(
    r" so (?:that )?(?:you|you're) (?:don't|do not|won't|will not|wouldn't|needn't|aren't|are not|"
    r"never)(?: [^ |]+){0,5} $"
)
"""What a remedy spares them ("so you don't have to book another day off") is its purpose, not
the complaint said back."""

_THEIR_FEELING = re.compile(r" how (?:your|the) \w+ feels ")

_REMEDY = re.compile(
    r" (?:refund\w*|reimburs\w*|credit\w*|replacement|waived?|rebooked|booked|booking|sorted|fixed|"
    r"on (?:its|their) way|done|locked in|all set|fee's gone|charge's gone)(?:'s)? "
)
"""Words of a fix: a sentence with them tells the remedy, not the complaint."""


def _offers(reply: _Reply, pos: int) -> bool:
    """Does the sentence at `pos` say what we do or offer ("so the refund will show by Friday")?"""
    sentence = reply.sentence_text(pos)
    return bool(_AGENT_ACTS.search(sentence)) or reply.matches(_OFFERING, sentence)


def _said_back(
    reply: _Reply, persona: Persona | None, violations: list[Span]
) -> list[tuple[Any, Span]]:
    """Key facts repeated back as a statement of what happened (not a topic word in an offer)."""
    if persona is None:
        return []
    found = []
    for fact, span in _persona_spans(reply, persona.key_facts):
        if _names_the_topic(reply, span) or reply.negated(span):
            continue
        if not _tells_back(reply, span[0], violations):
            continue
        start, end = reply.sentence_bounds(span[0])
        sentence = reply.sentence_text(span[0])
        if (_offers(reply, span[0]) or _remedied(reply, span)) and not _given_as_the_reason(
            reply, start, span
        ):
            continue
        lead = reply.norm[max(0, start - 1) : span[0]]
        if _SUPPOSING.search(lead) or _SPARING.search(lead) or _THEIR_FEELING.search(sentence):
            continue
        if _apology_topic(reply, start, end, span) or _thanked_for_loyalty(reply, lead, span):
            continue
        found.append((fact, span))
    return found


_THANKED_FOR = re.compile(
    r" (?:thank you|thanks|cheers)(?: (?:ever )?so much| very much)? for (?:[^ |]+ ){0,8}?"
    r"(?:and for (?:[^ |]+ ){0,4})?$"
)


def _thanked_for_loyalty(reply: _Reply, lead: str, span: Span) -> bool:
    """ "thank you for staying with us after nine years": how long they have been with us, as what
    we thank them for, is thanks; said as what we failed ("nine years, and this is how we treat
    you") it is said back."""
    return " years" in reply.norm[span[0] - 1 : span[1]] and bool(_THANKED_FOR.search(lead))


_PUT_RIGHT = frozenset(
    {
        *("refund", "refunded", "refunding", "reimburse", "reimbursed", "reimbursing", "reverse"),
        *("reversed", "credited", "cover", "covered", "waive", "waived", "replace", "replaced"),
        *("credit", "credits"),
    }
)
"""Words that put money or goods right, next to a key fact. Narrower than `_REMEDY`, whose
"booked", "fixed" and "sorted" also tell the complaint ("so you booked the morning off, twice")."""


def _remedied(reply: _Reply, span: Span) -> bool:
    """ "both charges back, the overdraft fee reimbursed", "the refund on both charges": the key
    fact is what the remedy puts right, not said back as what went wrong."""
    after = reply.norm[span[1] : span[1] + 30].split()[:2]
    return (
        bool(_PUT_RIGHT & {*reply.words_before(span, 4), *after})
        or after[:1] == ["back"]
        or bool(_ON_ITS_WAY_BACK.match(reply.norm, span[1]))
        or bool(_PUT_BACK.search(reply.norm, reply.sentence_bounds(span[0])[0] - 1, span[0]))
    )


_PUT_BACK = re.compile(r" (?:put|paid|given|sent|gone|going|coming|come) back ")
"""A remedy said before the facts it lists ("so that's everything put back, the two payments and
the bank fee")."""


_ON_ITS_WAY_BACK = re.compile(r" (?:is |are |'s )?on (?:its|their) way back")


_SORRY_ABOUT = re.compile(
    r" sorry (?:about |for |that )?(?:the |your |both |all |this |that )?(?:[^ |]+ ){0,2}$"
)


def _apology_topic(reply: _Reply, start: int, end: int, span: Span) -> bool:
    """ "I'm so sorry about the double charge", "I'm really sorry the parcel's gone missing": the
    key fact as all an apology is for names its topic; the original set labels these empathy
    only, and acknowledges when more of what happened is said back."""
    return bool(_SORRY_ABOUT.search(reply.norm, max(0, start - 1), span[0])) and (
        len(reply.norm[span[1] : end].split()) <= 3
    )


def _names_the_topic(reply: _Reply, span: Span) -> bool:
    """A key fact that is one word, or only a determiner and a noun ("the house", "your client"),
    names the topic; saying it back takes more words ("your customer's still waiting on them") or
    the harm done ("a horrible spot with your customer")."""
    words = [w for w in reply.norm[span[0] : span[1]].split() if w not in _DETERMINERS]
    if len(words) >= 2 or _IMPACT_ON.search(reply.norm, 0, span[0]):
        return False
    after = reply.norm[span[1] :].split()[:2]
    return not (
        words and words[-1].endswith("'s") and any(w.endswith("ing") or w == "been" for w in after)
    )


_IMPACT_ON = re.compile(
    r" (?:spot|position|situation|place|bind|fix|pickle|corner|trouble|hot water|mess|line|"
    r"disruption|upheaval|grief|stress|hassle|middle)(?: to be (?:put |left )?in)? (?:with|for) $"
    r"| (?:landed|left|put|pushed|tipped|sent|dropped) you (?:in|into) (?:your |the |an? )?$"
    r"| (?:losing|lose|risking|costing you|cost you) (?:your |the |an? )?$"
)
"""What the failure did to them, said before the topic: "that puts you in a horrible spot with
your customer", "it landed you in your overdraft", "nearly losing a house" say the complaint
back."""

_DETERMINERS = frozenset({"the", "a", "an", "your", "our", "my", "their", "this", "that"})

_BECAUSE = re.compile(
    r" (?:because|cause|cos|as|since|seeing as|given|after|you told me|you said|thinking about|"
    r"considering|what with) "
)
_SORRY_FOR = re.compile(r" sorry(?: about| that| for| to hear)? $")


def _so_that(reply: _Reply, span: Span) -> bool:
    """ "I've done the refund just now, so you've got it in writing", "so you've got the trace
    number, and the refund's gone back": "so" after what we did, or before what they now hold,
    says what it is for, not what happened to them."""
    if not reply.norm.startswith((" so ", " and "), span[0] - 1):
        return False
    return bool(
        _AGENT_ACTS.search(reply.norm, reply.sentence_bounds(span[0])[0] - 1, span[0])
        or _GIVEN_TO_KEEP.match(reply.norm, span[0] - 1)
    )


_GIVEN_TO_KEEP = re.compile(
    r" (?:so|and) you(?:'ve| have)? got (?:it|that|this|a copy|a record|everything|all|both|the "
    r"(?:[^ |]+ )?(?:number|reference|details|email|letter|confirmation))(?: for your records| in "
    r"writing)?"
    r"(?= \||$| and| the| for| saying| confirming| to say)"
)


def _given_as_the_reason(reply: _Reply, start: int, span: Span) -> bool:
    """ "Seeing as the delay nearly cost you the house, I'd like to reverse the fees": the complaint
    said back as the reason for the offer that follows it (or as what an apology before it is
    for) is still said back."""
    lead = reply.norm[max(0, start - 1) : span[0] + 1]
    if not (_BECAUSE.search(lead) or _SORRY_FOR.search(lead[:-1])):
        return False
    offer = _AGENT_ACTS.search(reply.norm, span[1] - 1)
    return offer is not None and not _AGENT_ACTS.search(lead)


_RELATIVE = frozenset({"what", "everything", "all", "whatever", "anything"})


def _restates(reply: _Reply, span: Span, persona: Persona | None) -> Span | None:
    """A restatement frame acknowledges only when its clause says what went wrong (a word of
    trouble, or one of the persona's key facts), and not as the object of an offer ("I can refund
    everything you paid"). Returns the frame through the words that say it, as evidence.

    Only the frame's own clause counts ("I understand the engineer's booked for Tuesday, no need
    to wait in" says nothing went wrong), and the clause before it when the frame closes its clause
    ("two visits missed, I get that")."""
    before = reply.words_before(span, 1)
    if before and before[0] in _RELATIVE:
        return None
    c_start = reply.clause_bounds(span[0])[0]
    c_end = reply.clause_bounds(max(span[0], span[1] - 1))[1]
    contrast = _YES_BUT.search(reply.norm, span[1] - 1, c_end)
    if contrast is not None:
        c_end = contrast.start()
    if c_end - span[1] <= 1:
        c_start = reply.sentence_bounds(span[0])[0]
    said = [
        s
        for s in reply.find(lx.TROUBLE)
        if c_start <= s[0] and s[1] <= c_end and not _HOW_BAD_A_TIME.match(reply.norm, s[1])
    ]
    said += [
        s
        for _, s in _persona_spans(reply, persona.key_facts if persona else ())
        if c_start <= s[0] < c_end
    ]
    if not said:
        return None
    after = [s for s in said if s[1] > span[1]]
    if after and not any(s[0] < span[1] for s in said):
        return span[0], min(s[1] for s in after)
    return span


_HOW_BAD_A_TIME = re.compile(
    r" (?:week|day|time|morning|afternoon|month|year|quarter|few (?:days|weeks)|couple of "
    r"(?:days|weeks|months)|experience)"
    r"(?: of it)?(?= |$)"
)
"""After a word of trouble, what only says how bad a time it has been ("I know this has made for a
horrible week"), not what went wrong."""


def _recaps(
    reply: _Reply, span: Span, persona: Persona | None, violations: list[Span]
) -> Span | None:
    """The recap through the first thing that went wrong it says back, in the rest of its
    sentence, as a statement or an echo ("just so I'm clear, it came broken twice?"); None when it
    recaps only the offer or asks for a detail ("just so I'm clear, was it the ninth?")."""
    end = reply.sentence_bounds(span[0])[1]
    if len(reply.norm[span[1] : end].split()) <= 2:  # "let me be sure I've got you right, sir. …"
        end = reply.next_sentence_end(span[0])
    if lx.INTERROGATIVE_START.match(reply.norm[span[1] : end].strip(" |")):
        return None
    said = [s for s in reply.find(lx.TROUBLE) if span[1] <= s[0] < end]
    said += [
        s
        for _, s in _persona_spans(reply, persona.key_facts if persona else ())
        if span[1] <= s[0] < end and not _names_the_topic(reply, s)
    ]
    said = [s for s in said if _tells_back(reply, s[0], violations) and not _remedied(reply, s)]
    return (span[0], min(s[1] for s in said)) if said else None


def _offered_beyond_limits(reply: _Reply, items: Sequence[Any]) -> list[Span]:
    """The first offer of each over-promise the persona names: later matches of the wording that
    found it are read when the first is no offer ("I get you want a full refund … full refund it
    is": the second one is)."""
    found = []
    for item in items:
        for pattern in item.patterns:
            span = pattern.search(reply.st)
            if span is None:
                continue
            while span is not None and _not_an_offer(reply, span):
                span = pattern.search(reply.st, span[1])
            if span is not None:
                found.append(span)
            break  # only the first wording that turns up is read, as `_persona_spans` does
    return found


def _persona_spans(reply: _Reply, items: Sequence[Any]) -> list[tuple[Any, Span]]:
    """The first match of each persona item (key fact, bargain, limit); cached per reply."""
    key = id(items)
    found = reply.persona_found.get(key)
    if found is None:
        found = []
        for item in items:
            for pattern in item.patterns:
                span = pattern.search(reply.st)
                if span:
                    found.append((item, span))
                    break
        reply.persona_found[key] = found
    return found


_HEDGING_FAULTS = {
    "acknowledge": frozenset({"accusation", "non_apology", "doubt", "insult"}),
    "empathise": frozenset({"non_apology", "insult"}),
}
"""Faults that turn a mark in the same sentence into its opposite: "so you're claiming the engineer
never came", "you're sure it was overnight you paid for?" and "sorry if you think we got it wrong"
say the complaint back without accepting it; "I get it, you've said it three times now" brushes it
off; "I'm so sorry we didn't drop everything just for you" is an apology only in form."""


_CALLING_ABOUT = re.compile(
    r" (?:you're|you are|you've|you have|you) (?:calling|ringing|phoning|called|rung|phoned|"
    r"getting in touch|been in touch|in touch)(?: before| previously| already)? (?:about|regarding|"
    r"re|in relation to|with regards? to) | this is (?:about|regarding|in relation to) "
)


def _calling_about(reply: _Reply, span: Span) -> bool:
    """ "I understand you're calling about your account", "I can see you've called before about
    the machine": the greeting's script names the topic; nothing is said back."""
    end = reply.sentence_bounds(span[0])[1]
    about = _CALLING_ABOUT.search(reply.norm, span[0] - 1, end + 1)
    return bool(about) and len(reply.norm[span[0] : about.start()].split()) <= 4


def _aside(reply: _Reply, span: Span) -> bool:
    """A transcribed "*sighs*" or "[mutters]" is a fault beside the words, not one that turns what
    is said in them into its opposite."""
    start = reply.original(span)[1]
    return start > 0 and reply.st.original[start - 1] in "*[("


def _best_credit(
    reply: _Reply,
    name: str,
    candidates: list[Span],
    violations: list[Span],
    sarcasm: list[Span],
    over_promises: list[Span],
    hedged: Sequence[Span] = (),
) -> Mark:
    note = None
    for span in candidates:
        if any(_same_sentence(reply, span, h) for h in hedged):
            note = "said in the same breath as a fault that takes it back"
            continue
        if reply.negated(span) and not _cue_is_negative_phrase(reply, span):
            if name == "acknowledge":  # "I don't understand why…" is not for the model to undo
                note = note or "negated: the reply says the opposite"
            continue
        if any(_overlaps(span, v) for v in violations) and not (
            name == "options" and span in over_promises
        ):
            continue
        if name == "empathise" and _apologising_for_a_refusal(reply, span):
            note = "sorry for a refusal is politeness, not empathy"
            continue
        if name == "empathise" and _sorry_to_ask(reply, span):
            note = '"sorry, can I take…" is politeness, not empathy'
            continue
        if name in ("empathise", "gratitude", "acknowledge") and any(
            _overlaps(span, s) or _same_sentence(reply, span, s) for s in sarcasm
        ):
            note = "sarcasm cancels it"
            continue
        if name == "commitment" and _HEDGES & set(reply.norm[span[0] : span[1]].split()):
            note = "a hedge (try, maybe) is not a commitment"
            continue
        if name == "gratitude" and _refusing_thanks(reply, span):
            continue
        if name == "acknowledge" and _calling_about(reply, span):
            note = "a scripted opening names the topic, it does not say it back"
            continue
        if name == "acknowledge" and _brushed_off(reply, span):
            note = 'a brushed-off "I hear you" is not acknowledgement'
            continue
        if name in ("acknowledge", "empathise") and _cancelled_by_but(reply, span, violations):
            note = 'cancelled by a "but" that leads into a fault'
            continue
        evidence, start, end = reply.original(span)
        return Mark(True, evidence, start, end)
    return Mark(False, note=note)


_REFUSAL = re.compile(
    r" (?:can't|cannot|can only|could only|isn't something|is not something|not able|unable|"
    r"no option|afraid|"
    r"beyond|won't be able|not possible|not something|nothing (?:i|we) can|no way(?! to "
    r"(?:be )?treat)) "
)


def _apologising_for_a_refusal(reply: _Reply, span: Span) -> bool:
    if "sorry" not in reply.norm[span[0] : span[1]]:
        return False
    start, end = reply.sentence_bounds(span[0])
    around = reply.norm[max(0, start - 1, span[0] - 60) : min(end, span[1] + 60)]
    return bool(_REFUSAL.search(around))


_PLAIN_SORRY = frozenset(
    {
        "sorry",
        "i'm sorry",
        "i am sorry",
        "i apologise",
        "i apologize",
        "i do apologise",
        "apologies",
    }
)
_ASKS_NEXT = re.compile(r"^ (?:[^ |]+ )?(?:can|could|may|would) (?:i|you) ")


def _sorry_to_ask(reply: _Reply, span: Span) -> bool:
    """ "I'm sorry, could you confirm the last four digits": a plain apology that runs straight
    into a request in the same sentence is politeness; "I'm so sorry" is not plain."""
    if reply.norm[span[0] : span[1]].strip() not in _PLAIN_SORRY:
        return False
    rest = reply.norm[span[1] : reply.sentence_bounds(span[0])[1] + 1]
    return bool(_ASKS_NEXT.match(rest))


_DOUBLED_FILLER = re.compile(r"\b(yeah|yes|yep|okay|ok|right|sure|mm)\W+\1\W*$", re.IGNORECASE)
"""The text, as said, ends in a filler said twice ("yeah yeah", "yep, yep"): the lexicon sees one
word there, so the doubling is read from the original."""


_MOVING_ON = re.compile(r"\bmov(?:e|ing) on\b")
_BETWEEN = frozenset({"sir", "madam", "ma'am", "maam", "mate", BOUNDARY})


def _brushed_off(reply: _Reply, span: Span) -> bool:
    """ "yeah yeah I hear you, anyway…", "I understand, I do. anyway…", "…can we move on"."""
    _, start, _ = reply.original(span)
    if _DOUBLED_FILLER.search(reply.st.original, 0, start):
        return True
    tokens = reply.st.tokens
    first = reply.st.token_index(span[1])
    if _said_twice_then_asks(reply, span):
        return True
    after = tokens[first : first + 6]
    if _MOVING_ON.search(" ".join(t.word for t in after)):
        return True
    # an "anyway" that opens the next clause or sentence turns away from what was said
    # ("we took it twice anyway." or "…anyway, I'm sorry" ends a clause on it: an adverb)
    return any(
        t.word == "anyway"
        and (
            t.comma_before
            or (k > 0 and after[k - 1].word == BOUNDARY)
            or (
                k == 0
                and k + 1 < len(after)
                and after[k + 1].word != BOUNDARY
                and not after[k + 1].comma_before
            )
        )
        for k, t in enumerate(after[:5])
    )


def _said_twice_then_asks(reply: _Reply, span: Span) -> bool:
    """ "i hear you, i hear you, okay so can I take the reference": a bare "I hear you" said twice
    and straight into a question or a "now…" hurries the customer on ("I know, I know, two
    no-shows is two too many" goes on to say it back)."""
    said = reply.norm[span[0] : span[1]].split()
    # "I know. I know." and "I understand, sir, I understand" are still saying it twice
    kept = [i for i, t in enumerate(reply.st.tokens) if t.word not in _BETWEEN]
    words = [reply.st.tokens[i].word for i in kept]
    begin = reply.st.token_index(span[0])
    if begin not in kept:
        return False
    at = kept.index(begin)
    n = len(said)
    if words[at + n : at + 2 * n] == said:
        rest = at + 2 * n
    elif at >= n and words[at - n : at] == said:
        rest = at + n
    else:
        return False
    if rest >= len(words) or words[rest] in _HURRY:
        return True
    start = reply.st.norm_start(kept[rest])
    return _is_interrogative(reply, start, reply.sentence_bounds(start)[1])


_HURRY = frozenset({"now", "so", "okay", "right", "anyway", "look"})


def _cue_is_negative_phrase(reply: _Reply, span: Span) -> bool:
    """Cues such as "no wonder" or "I don't blame you" carry their own negation."""
    words = reply.norm[span[0] : span[1]].split()
    return any(w in lx.NEGATORS for w in words[:3])


def _same_sentence(reply: _Reply, a: Span, b: Span) -> bool:
    return reply.sentence_bounds(a[0]) == reply.sentence_bounds(b[0])


def _refusing_thanks(reply: _Reply, span: Span) -> bool:
    before = reply.norm[max(0, span[0] - 4) : span[0]]
    after = reply.norm[span[1] : span[1] + 12]
    return before.endswith("no ") or after.startswith((" but no", " but we", " for nothing"))


def _cancelled_by_but(reply: _Reply, span: Span, violations: list[Span]) -> bool:
    for contrast in lx.CONTRAST.finditer(reply.norm, span[1]):
        if _no_contrast(reply, span, contrast.start(), contrast.end() + 1):
            continue
        if any(v[0] >= contrast.start() for v in violations):
            return True
    if any(_trailing_though(reply, span, v) for v in violations):
        return True
    _, end = reply.sentence_bounds(span[0])
    contrast = _YES_BUT.search(reply.norm, span[1], end)
    if (
        contrast is None
        or contrast.start() - span[1] > 24
        or _no_contrast(reply, span, contrast.start() + 1, contrast.end())
    ):
        return False
    if contrast.group() == " though " and violations and all(v[1] <= span[0] for v in violations):
        # "it was the supplier's fault. I am sorry though, …": "though" turns back on the fault
        return False
    rest = reply.norm[contrast.end() - 1 : end + 1]
    return not (_HELP_AFTER_BUT.search(rest) or reply.matches(_OFFERING, rest))


def _trailing_though(reply: _Reply, span: Span, fault: Span) -> bool:
    """ "I understand. rules are rules though": a trailing "though" turns the fault's sentence
    against the sentence just before it."""
    if fault[0] < span[1]:
        return False
    end = reply.sentence_bounds(span[0])[1]
    f_start, f_end = reply.sentence_bounds(fault[0])
    if f_start <= end + 2 and " though " in reply.norm[max(0, f_start - 1) : f_end + 1]:
        return True
    # "… I'm really sorry. I do have to say though, the email does say…": it leads into the fault
    return f_start > end and "though" in reply.norm[f_start : fault[1]].split()[:8]


_YES_BUT = re.compile(r" (?:but|however|though|although) ")
_NO_CONTRAST = re.compile(
    r" even though $| (?:nothing|nobody|no one|none|not a thing)(?: [^ |]+){0,3} but $"
)


def _no_contrast(reply: _Reply, span: Span, word: int, end: int) -> bool:
    """Not a "yes, but": "it arrived damaged even though the box looked fine" and "nothing from us
    but a status page" (but = except) go on telling what happened. `word` is where the contrast
    word starts, `end` just after the space that follows it."""
    return bool(_NO_CONTRAST.search(reply.norm, max(span[1] - 1, word - 31), end))


_HELP_AFTER_BUT = re.compile(
    r" (?:i|we) (?:can|could|will|'ll|am going to|'m going to|'m gonna|want to|'d like to|do|did) |"
    r" (?:let me|here's|what i can|i'll|we'll|i'm|sorry|apologi[sz]e|i've|we've|thank|thanks) |"
    r" (?:i|we) (?:really |honestly |also )?(?:need|want|would|should) "
)


def _in_question(reply: _Reply, span: Span) -> bool:
    start, end = reply.sentence_bounds(span[0])
    return _is_interrogative(reply, start, end)


def _is_interrogative(reply: _Reply, start: int, end: int) -> bool:
    sentence = reply.norm[start:end].strip()
    if not sentence:
        return False
    # a question mark in the original, right after this sentence
    orig_end = reply.st.span(start, end)[1]
    tail = reply.st.original[orig_end : orig_end + 3].lstrip(" \"')")
    if tail.startswith("?"):
        return True
    m = lx.INTERROGATIVE_START.match(sentence)
    if not m:
        return False
    rest = sentence[m.end() :].split()
    head = m.group(0).split()[-1]
    wh = head in {
        "what",
        "what's",
        "whats",
        "how",
        "when",
        "where",
        "which",
        "who",
        "whom",
        "why",
        "whose",
    }
    # "what I can do is ..." and "how you feel" are statements, not questions
    if (
        wh
        and rest
        and rest[0]
        in {
            "i",
            "we",
            "you",
            "they",
            "he",
            "she",
            "it",
            "i'm",
            "we're",
            "you're",
            "i'd",
            "we'd",
            "i'll",
            "we'll",
            "you've",
            "i've",
            "this",
            "that",
        }
    ):
        return False
    return bool(rest) or head in {"what", "why", "how", "really"}


def _question(reply: _Reply, violations: list[Span]) -> Mark:
    start = 0
    ends = [*reply.boundaries, len(reply.norm)]
    for end in ends:
        if _is_interrogative(reply, start, end):
            span = (start, end)
            hostile = reply.find(lx.HOSTILE_QUESTION)
            bare = reply.norm[start:end].strip() in {"really", "seriously", "really now", "what"}
            if (
                not bare
                and not any(_overlaps(span, h) for h in hostile)
                and not any(_overlaps(span, v) and not _is_detail(reply, v) for v in violations)
            ):
                evidence, s, e = reply.original(span)
                orig = reply.st.original
                if e < len(orig) and orig[e] == "?":
                    evidence, e = evidence + "?", e + 1
                return Mark(True, evidence, s, e)
        start = end + 2
    return Mark(False)


def _is_detail(reply: _Reply, span: Span) -> bool:
    return any(s[0] == span[0] for s in reply.find(lx.PREMATURE_DETAILS))


def _tips(
    marks: dict[str, Mark], violations: tuple[Violation, ...], stage: str | None
) -> tuple[str, ...]:
    tips: list[str] = []
    if any(m.note and "but" in m.note for m in marks.values()):
        tips.append(TIPS["but"])
    tips.extend(TIPS[v.kind] for v in violations)
    wanted = _NEXT_MOVE.get(stage or "", CORE_MARKS)
    tips.extend(TIPS[m] for m in wanted if not marks[m].hit)
    return tuple(dict.fromkeys(tips))[:3]
