"""The saved report of a session: self-contained HTML and a PDF printed by Qt, from real calls."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from audio.delivery import Delivery
from desktop.report import FAULT_LABELS, build_report
from desktop.session_report import BAD, mood_chart_svg, report_html, report_pdf
from personas.call import Call
from personas.library import find_persona
from tests.session_testkit import GOOD, HOSTILE, RUDE, play

NOTES = [
    {"turn": "t4", "text": "Good paraphrase <script>alert(1)</script>", "author": "Coach Kim"},
    {"at_s": 42.0, "text": "Slow down here."},
    {"turn": "t2", "mark": "acknowledge", "override": True, "reason": "She said it back."},
    "A plain note & no turn",
]


@pytest.fixture(scope="module")
def resolved() -> Call:
    call = play(GOOD, trainee="<b>Sam</b>", take_back_first="Calm down. " + HOSTILE)
    assert call.outcome == "resolved"
    return call


@pytest.fixture(scope="module")
def walked_out() -> Call:
    call = play(RUDE)
    assert call.outcome == "walked_out"
    return call


@pytest.fixture(scope="module")
def page(resolved: Call) -> str:
    return report_html(resolved.record(), resolved.persona, NOTES)


VOID = frozenset({"meta", "br", "img", "hr", "link", "input", "col", "source", "wbr"})


class TagBalance(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        pass

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def test_html_is_a_well_formed_document(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>")
    checker = TagBalance()
    checker.feed(page)
    checker.close()
    assert checker.errors == [] and checker.stack == []


def test_html_shows_outcome_score_and_the_sum(resolved: Call, page: str) -> None:
    report = build_report(resolved.record(), resolved.persona)
    assert "Resolved" in page
    assert re.search(rf'class="score"[^>]*>{report.score.total}</div>', page)
    assert "score out of 100" in page
    assert f"Total: {report.score.arithmetic}" in page
    assert "How every call is scored: moves earned once each" in page


def test_html_cites_the_words_that_earned_each_point(resolved: Call, page: str) -> None:
    report = build_report(resolved.record(), resolved.persona)
    earned = report.score.earned_rows
    assert len(earned) >= 4
    for row in earned:
        assert row.evidence
        assert f"<b>{_escaped(row.evidence)}</b>" in page, row.label
        assert row.label in page
    assert "Thank them" in page  # the one move missed, with its model reply
    missed = report.missed[0]
    assert _escaped(missed.model_reply.split(missed.highlight or "\0")[0][:20]) in page


def test_html_escapes_every_piece_of_user_text(page: str) -> None:
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page  # a taken-back reply
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # a coach note
    assert "&lt;b&gt;Sam&lt;/b&gt;" in page  # the trainee's name
    assert "<b>Sam</b>" not in page
    assert "caf\u00e9 \U0001f600" in page  # unicode kept as it is
    assert "A plain note &amp; no turn" in page


def test_html_is_self_contained(page: str) -> None:
    lowered = page.lower()
    for needle in ("<script", "<link", "<iframe", "<object", "@import", "url(", " src=", "href="):
        assert needle not in lowered, needle
    links = re.findall(r"https?://[^\s\"'<>]+", page)
    assert set(links) <= {"http://www.w3.org/2000/svg"}
    assert "<style>" in page


def test_html_mood_chart_is_inline_svg(resolved: Call, page: str) -> None:
    svg = page[page.index("<svg") : page.index("</svg>") + len("</svg>")]
    root = ET.fromstring(svg)  # well-formed XML
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg"
    moods = resolved.record()["mood"]
    points = [c for c in root.iter(f"{ns}circle") if c.get("r") == "5"]
    assert len(points) == len(moods)
    rings = [c for c in root.iter(f"{ns}circle") if c.get("fill") == "none"]
    assert len(rings) == 2  # best and worst
    assert root.find(f"{ns}polyline") is not None
    labels = {t.text for t in root.iter(f"{ns}text")}
    assert {"hot", "warm", "cool", "0", "10", "start"} <= labels
    assert "on a scale of 0 calm to 10 walking out" in page


def test_chart_of_a_call_with_no_replies() -> None:
    call = Call(find_persona("lost-express"), seed=1)
    call.start()
    call.hang_up()
    page = report_html(call.record(), call.persona)
    assert "<svg" in page and "Nothing was said" not in page  # the opening line is there
    ET.fromstring(mood_chart_svg(build_report(call.record(), call.persona)))
    assert "The call ended before you said anything." in page


def test_transcript_lists_every_turn_with_marks_and_faults_in_red(walked_out: Call) -> None:
    record = walked_out.record()
    page = report_html(record, walked_out.persona)
    transcript = page[page.index("<h2>Transcript</h2>") :]
    for turn in record["turns"]:
        assert _escaped(turn["text"]) in transcript
    faults = [v for t in record["turns"] for v in t.get("violations", [])]
    assert faults
    for fault in faults:
        label = _escaped(FAULT_LABELS[fault["kind"]])
        assert re.search(rf'class="chip chip-bad" style="color:{BAD};[^"]*">&nbsp;{label}', page)
        assert f'{label}: <span class="quote">\u201c{_escaped(fault["evidence"])}' in page
    assert "Walked out" in page and "Reply 2" in transcript


def test_transcript_shows_marks_with_evidence_and_earlier_attempts(page: str) -> None:
    transcript = page[page.index("<h2>Transcript</h2>") :]
    assert 'class="chip chip-good"' in transcript
    assert 'Acknowledged what happened: <span class="quote">\u201cSo you paid' in transcript
    assert "Earlier (taken back)" in transcript
    assert "mood 9.0 \u2192" in transcript


def test_coach_notes_appear_at_their_turn_and_in_their_own_section(page: str) -> None:
    section = page[page.index("<h2>Coach notes</h2>") :]
    transcript = page[page.index("<h2>Transcript</h2>") : page.index("<h2>Coach notes</h2>")]
    assert "Good paraphrase" in transcript and "<b>Coach Kim:</b>" in transcript
    assert "Acknowledged: counted by the coach" in transcript
    assert "She said it back." in transcript
    for text in ("Good paraphrase", "Slow down here.", "At 0:42", "On reply 2", "A plain note"):
        assert text in section, text
    assert "About the whole call" in section


def test_notes_as_the_session_notes_module_gives_them(resolved: Call, tmp_path: Path) -> None:
    from desktop.session_notes import add_note, override_mark, report_notes

    add_note(tmp_path, "Nice paraphrase <i>", turn_id="t4")
    add_note(tmp_path, "Breathe here", at_s=12.5, author="Kim")
    override_mark(tmp_path, "t2", "acknowledge", False, "Too vague.")
    page = report_html(resolved.record(), resolved.persona, report_notes(tmp_path))
    transcript = page[page.index("<h2>Transcript</h2>") : page.index("<h2>Coach notes</h2>")]
    assert "<b>Coach:</b> Nice paraphrase &lt;i&gt;" in transcript
    assert "Acknowledged: not counted by the coach" not in transcript  # reply 1 made no such mark
    section = page[page.index("<h2>Coach notes</h2>") :]
    assert "At 0:12 (Kim, " in section and "Breathe here" in section
    assert "On reply 1 \u00b7 did not count \u201cAcknowledged\u201d" in section
    assert "Too vague." in section


def test_no_notes_no_notes_section(resolved: Call) -> None:
    assert "Coach notes" not in report_html(resolved.record(), resolved.persona)


def test_best_worst_and_delivery_of_a_spoken_call() -> None:
    deliveries = [
        Delivery(150.0, 0.5, {"um": 2}, latency_ms=800.0, words=30, speaking_s=12.0),
        Delivery(190.0, 7.0, {"like": 1, "um": 1}, latency_ms=-400.0, interrupted=True),
        Delivery(130.0, -1.0, {}, latency_ms=1600.0),
    ]
    call = Call(find_persona("lost-express"), seed=1, mode="voice")
    call.start()
    for text, delivery in zip(GOOD[1:4], deliveries, strict=True):
        call.reply(text, interrupted=delivery.interrupted, extra={"delivery": delivery.to_dict()})
    call.hang_up()
    page = report_html(call.record(), call.persona)
    assert "150 wpm" in page and "um \u00d73" in page and "Over 3 spoken replies." in page
    assert "Interrupted" in page  # the chip on the reply that talked over them
    assert "Best reply" in page
    assert "spoken call" in page


def test_typed_call_says_delivery_needs_a_spoken_call(page: str) -> None:
    assert "A typed call: pace, loudness" in page


# -- PDF ---------------------------------------------------------------------------------------


def _pdf_text(path: Path) -> str | None:
    if shutil.which("pdftotext") is None:
        return None
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_pdf_is_a_valid_pdf_with_the_report_text(
    resolved: Call, tmp_path: Path, qapp: object
) -> None:
    path = report_pdf(resolved.record(), resolved.persona, tmp_path / "out" / "r.pdf", NOTES)
    assert path == tmp_path / "out" / "r.pdf"
    data = path.read_bytes()
    assert data.startswith(b"%PDF-1.") and data.rstrip().endswith(b"%%EOF")
    assert len(data) > 20_000
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert 2 <= pages <= 8
    assert b"/Subtype /Image" in data or b"/Subtype/Image" in data  # the mood chart
    text = _pdf_text(path)
    if text is None:
        pytest.skip("pdftotext is not installed; checked the file's structure only")
    report = build_report(resolved.record(), resolved.persona)
    flat = " ".join(text.split())
    assert "Resolved" in flat
    assert str(report.score.total) in flat
    assert "score out of 100" in flat
    assert "So you paid for overnight express" in flat
    assert "<script>alert(1)</script>" in flat  # shown as text, never interpreted
    assert "<b>Sam</b>" in flat
    assert f"Page 1 of {pages}" in flat
    assert "Transcript" in flat and "Coach notes" in flat


def test_pdf_without_an_application_creates_one(walked_out: Call, tmp_path: Path) -> None:
    """In a fresh process with no QGuiApplication and no screen (the command line over SSH)."""
    path = tmp_path / "cli.pdf"
    script = (
        "import sys\n"
        "from tests.session_testkit import RUDE, play\n"
        "from desktop.session_report import report_pdf\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "assert QGuiApplication.instance() is None\n"
        "call = play(RUDE)\n"
        f"report_pdf(call.record(), call.persona, {str(path)!r})\n"
    )
    root = Path(__file__).resolve().parents[1]
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    subprocess.run([sys.executable, "-c", script], cwd=root, env=env, check=True, timeout=120)
    assert path.read_bytes().startswith(b"%PDF-")
    text = _pdf_text(path)
    if text is not None:
        assert "Walked out" in text


def _escaped(text: str) -> str:
    import html

    return html.escape(text, quote=True)
