"""A session's report as one self-contained HTML file, and the same report as a PDF.

`report_html(record, persona, notes)` writes what the report screen shows (outcome, the score
item by item with the words that earned each point and the sum, the mood chart, best and worst
replies, model replies for the moves missed, delivery) plus the whole transcript with each
reply's marks (faults in red) and the coach's notes. It is built from `desktop.report.build_report`,
so the numbers are the ones the trainee saw. The file needs nothing else: the CSS is inline,
the mood chart is inline SVG, there are no scripts, fonts, images or links to load. Every piece of
text from the record, the persona or the notes is escaped.

`report_pdf(record, persona, path, notes)` prints the same report with Qt's own text engine
(QTextDocument onto a QPdfWriter; no browser), with the chart drawn from the same SVG. It needs
a QGuiApplication and creates one if there is none (``QT_QPA_PLATFORM=offscreen`` works).

Coach notes are dicts (or plain strings): the text is ``text`` (or ``note``); ``turn`` (or
``turn_id``) attaches a note to a turn, ``at_s`` to a moment in the recording; ``author`` and
``created_at`` are shown when present; a note with ``mark`` and ``override`` records a coach's
override of a mark (``reason`` says why).
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.report import (
    FAULT_LABELS,
    MARK_CHIPS,
    MOVE_LABELS,
    CallReport,
    DeliverySummary,
    MissedMark,
    ScoreRow,
    TurnHighlight,
    build_report,
)
from personas.model import HOT_FROM, WARM_FROM, Persona

GOOD = "#1f8a4c"
BAD = "#c62828"
INFO = "#1565c0"
WARN = "#b26a00"
MUTED = "#5f6368"
RULE = "#d9dce1"
INK = "#1b1d21"
PAPER = "#ffffff"
SOFT = "#f5f6f8"
STRIPE = "#f5f6f8"

STAGE_WORDS = {
    "vent": "while they vent",
    "heard": "once they feel heard",
    "options": "when it is time for options",
    "commitment": "when it is time to commit",
    "close": "at the close",
}
CHART_WIDTH = 720
CHART_HEIGHT = 250
CHART_IMAGE = "hotseat-mood-chart"
"""The name the PDF's document gives the chart drawn from the SVG."""
MINUS = "\u2212"
PDF_DPI = 300


def e(value: Any) -> str:
    """Escaped text (quotes too, so it is safe in attributes)."""
    return html.escape("" if value is None else str(value), quote=True)


# -- HTML --------------------------------------------------------------------------------------


def report_html(record: dict[str, Any], persona: Persona, notes: list | None = None) -> str:
    """The whole report as one self-contained HTML document."""
    return _document(record, persona, notes or [], chart=_chart_svg, footer=True)


def _document(
    record: dict[str, Any], persona: Persona, notes: Sequence[Any], *, chart: Any, footer: bool
) -> str:
    report = build_report(record, persona)
    notes = [_note(n) for n in notes]
    first = _first(report.persona_name)
    title = f"Call with {report.persona_name} \u2014 {report.outcome_title}, {report.score.total}"
    parts = [
        _header(report, record),
        _section("How your score adds up", _breakdown(report)),
        _section(f"{first}\u2019s mood over the call", _mood(report, chart)),
    ]
    if report.replies:
        parts.append(_section("Moments that mattered", _moments(report)))
    parts.append(_section("What to say next time", _missed(report)))
    parts.append(_section("Your delivery", _delivery(report.delivery)))
    parts.append(_section("Transcript", _transcript(record, report, notes)))
    if notes:
        parts.append(_section("Coach notes", _notes_section(notes, record)))
    if footer:
        parts.append(_footer(record, persona))
    body = "\n".join(parts)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="Hotseat">\n'
        f"<title>{e(title)}</title>\n<style>\n{CSS}</style>\n</head>\n"
        f'<body>\n<div class="page">\n{body}\n</div>\n</body>\n</html>\n'
    )


CSS = f"""
body {{ margin: 0; background: {PAPER}; color: {INK};
  font-family: "Segoe UI", "Helvetica Neue", "DejaVu Sans", Arial, sans-serif;
  font-size: 10.5pt; line-height: 1.45; }}
.page {{ max-width: 820px; margin: 0 auto; padding: 28px 32px 40px; }}
h1 {{ font-size: 22pt; margin: 2px 0 4px; font-weight: bold; }}
h2 {{ font-size: 13.5pt; margin: 26px 0 8px; padding-bottom: 3px;
  border-bottom: 1px solid {RULE}; font-weight: bold; }}
h3 {{ font-size: 11pt; margin: 0 0 4px; font-weight: bold; }}
p {{ margin: 4px 0; }}
table {{ border-collapse: collapse; }}
td, th {{ vertical-align: top; text-align: left; }}
.kicker {{ color: {MUTED}; font-size: 9pt; letter-spacing: 0.06em; text-transform: uppercase; }}
.muted {{ color: {MUTED}; }}
.small {{ font-size: 9pt; }}
.good {{ color: {GOOD}; }}
.bad {{ color: {BAD}; }}
.warn {{ color: {WARN}; }}
.info {{ color: {INFO}; }}
.score {{ font-size: 38pt; font-weight: bold; line-height: 1; text-align: right; }}
.outof {{ color: {MUTED}; font-size: 9pt; text-align: right; }}
.head td {{ padding: 0; }}
.card {{ width: 100%; background: {SOFT}; margin: 0 0 10px; }}
.card > tbody > tr > td, .card > tr > td {{ padding: 10px 14px; }}
.edge {{ width: 4px; padding: 0 !important; }}
.points {{ width: 100%; }}
.points th {{ color: {MUTED}; font-size: 9pt; font-weight: bold; padding: 4px 8px;
  border-bottom: 1px solid {RULE}; }}
.points td {{ padding: 6px 8px; }}
.points .num {{ text-align: right; white-space: nowrap; font-weight: bold; width: 52px; }}
.points .for {{ width: 190px; font-weight: bold; }}
.points .missed {{ color: {MUTED}; font-weight: normal; }}
.total {{ font-weight: bold; font-size: 11pt; margin-top: 8px; }}
.quote {{ font-style: normal; }}
.quote b {{ background: #fff3c4; }}
.chart {{ width: 100%; height: auto; display: block; }}
.turns {{ width: 100%; }}
.turns td {{ padding: 6px 8px; }}
.turns td.rule {{ border-top: 1px solid {RULE}; }}
.who {{ width: 92px; color: {MUTED}; font-size: 9pt; white-space: nowrap; }}
.persona-line {{ color: #3c4043; font-style: italic; }}
.chip {{ font-size: 8.5pt; font-weight: bold; padding: 1px 6px; border-radius: 9px;
  white-space: nowrap; }}
.chip-good {{ color: {GOOD}; background: #e3f3e9; }}
.chip-bad {{ color: {BAD}; background: #fde7e7; }}
.chip-note {{ color: {INFO}; background: #e4eefb; }}
.evidence {{ font-size: 9pt; color: {MUTED}; margin: 2px 0 0; }}
.evidence.bad {{ color: {BAD}; }}
.note {{ color: {INFO}; font-size: 9.5pt; margin-top: 3px; }}
.undone {{ color: {MUTED}; font-size: 9pt; text-decoration: line-through; }}
.tiles td {{ padding: 6px 14px 6px 0; width: 33%; }}
.value {{ font-size: 16pt; font-weight: bold; }}
.footer {{ margin-top: 30px; color: {MUTED}; font-size: 8.5pt; border-top: 1px solid {RULE};
  padding-top: 6px; }}
@media print {{ .page {{ max-width: none; padding: 0; }} h2 {{ break-after: avoid; }}
  tr {{ break-inside: avoid; }} }}
"""


def _section(title: str, body: str) -> str:
    return f"<h2>{e(title)}</h2>\n{body}"


def _card(body: str, accent: str | None = None) -> str:
    edge = f"border-left:5px solid {accent};" if accent else ""
    return (
        f'<table class="card" width="100%" cellspacing="0" cellpadding="10" bgcolor="{SOFT}" '
        f'style="border-collapse:collapse"><tr><td bgcolor="{SOFT}" '
        f'style="{edge}background:{SOFT};padding:10px 14px">{body}</td></tr></table>'
    )


def _header(report: CallReport, record: dict[str, Any]) -> str:
    colour = _outcome_colour(report.outcome)
    facts = [f"{report.replies} {'reply' if report.replies == 1 else 'replies'}"]
    if report.taken_back:
        facts.append(f"{report.taken_back} taken back and answered again")
    if report.corrected:
        facts.append(
            f"{report.corrected} transcript{'s' if report.corrected > 1 else ''} corrected"
        )
    facts.append("spoken call" if report.delivery else "typed call")
    when = _when(record.get("started_at"), record.get("ended_at"))
    trainees = [str(t) for t in record.get("trainees") or [report.trainee]]
    who = ", ".join(trainees)
    dot = " \u00b7 "
    when_text = dot + e(when) if when else ""
    left = (
        f'<div class="kicker">Hotseat call report</div>'
        f"<h1>{e(report.persona_name)}</h1>"
        f'<p class="muted">Trainee: <b>{e(who)}</b>{when_text}</p>'
        f'<p style="font-size:16pt;font-weight:bold;color:{colour};margin:10px 0 2px">'
        f"{e(report.outcome_title)}</p>"
        f"<p>{e(report.outcome_text)}</p>"
        f'<p class="muted small">{e(dot.join(facts))}</p>'
    )
    right = (
        f'<div class="score" style="font-size:38pt;font-weight:bold">{report.score.total}</div>'
        '<div class="outof">score out of 100</div>'
    )
    body = (
        '<table class="head" width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td>{left}</td><td width="140" align="right">{right}</td></tr></table>'
    )
    return _card(body, colour)


def _breakdown(report: CallReport) -> str:
    rows = [
        '<table class="points" width="100%" cellspacing="0" cellpadding="6">',
        '<tr><th class="num" align="right" width="56">Points</th>'
        '<th class="for" width="180">For</th><th>Your words</th></tr>',
    ]
    rows += [_score_row(row, striped=i % 2 == 0) for i, row in enumerate(report.score.rows)]
    rows.append("</table>")
    arithmetic = report.score.arithmetic
    return (
        "\n".join(rows)
        + f'<p class="total">Total: {e(arithmetic)}</p>'
        + f'<p class="muted small">How every call is scored: {e(report.score.formula)}.</p>'
    )


def _score_row(row: ScoreRow, *, striped: bool) -> str:
    colour = GOOD if row.points > 0 else (BAD if row.points < 0 else MUTED)
    points = _points(row.points)
    if row.kind == "missed" and row.available:
        points = f"0 / {row.available}"
    if row.reply_text:
        where = f"Reply {row.reply_number}" if row.reply_number else ""
        words = f'<span class="muted small">{e(where)}</span>&nbsp; ' + _quoted(
            row.reply_text, row.evidence
        )
    elif row.kind == "missed":
        words = '<span class="muted">Not made \u2014 see \u201cWhat to say next time\u201d.</span>'
    elif row.kind == "outcome":
        words = '<span class="muted">How the call ended.</span>'
    else:
        words = ""
    label_class = "for missed" if row.kind == "missed" else "for"
    label_style = f"color:{MUTED};font-weight:normal" if row.kind == "missed" else ""
    # Striped rows, not rules: Qt's text engine draws cell borders unevenly in the PDF.
    shade = f' bgcolor="{STRIPE}" style="background:{STRIPE}"' if striped else ""
    return (
        f'<tr{shade}><td class="num" align="right" style="color:{colour}{_bg(striped)}">'
        f"<b>{e(points)}</b></td>"
        f'<td class="{label_class}" style="{label_style}{_bg(striped)}">{e(row.label)}</td>'
        f'<td style="{_bg(striped).lstrip(";")}">{words}</td></tr>'
    )


def _bg(striped: bool) -> str:
    return f";background:{STRIPE}" if striped else ""


def _mood(report: CallReport, chart: Any) -> str:
    start, end = report.mood[0], report.mood[-1]
    summary = (
        f"From {start.mood:.1f} ({start.band}) at the start to {end.mood:.1f} ({end.band}) at the "
        "end, on a scale of 0 calm to 10 walking out."
    )
    rings = []
    if report.best is not None:
        rings.append("best reply (green)" if report.best.helped else "least harmful (green)")
    if report.worst is not None:
        rings.append("weakest (amber)" if report.worst.helped else "worst reply (red)")
    if rings:
        summary += f" Rings mark your {' and '.join(rings)}."
    return f'{chart(report)}<p class="muted small">{e(summary)}</p>'


def _chart_svg(report: CallReport) -> str:
    return mood_chart_svg(report)


def mood_chart_svg(report: CallReport, width: int = CHART_WIDTH, height: int = CHART_HEIGHT) -> str:
    """The mood over the call as an SVG element (0-10 axis, hot/warm/cool bands, a point per
    reply, rings on the best and worst replies)."""
    values = report.mood_values
    left, right, top, bottom = 44, 58, 12, 34
    plot_w, plot_h = width - left - right, height - top - bottom

    def y(mood: float) -> float:
        return top + plot_h * (1 - max(0.0, min(10.0, mood)) / 10)

    def x(index: int) -> float:
        if len(values) <= 1:
            return left + plot_w / 2
        return left + plot_w * index / (len(values) - 1)

    font = 'font-family="DejaVu Sans, Helvetica, Arial, sans-serif"'
    out = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" '
        f'aria-label="{e(_chart_label(report))}">',
        f"<title>{e(_chart_label(report))}</title>",
    ]
    for name, low, high, colour in (
        ("hot", HOT_FROM, 10.0, BAD),
        ("warm", WARM_FROM, HOT_FROM, WARN),
        ("cool", 0.0, WARM_FROM, GOOD),
    ):
        out.append(
            f'<rect x="{left}" y="{y(high):.1f}" width="{plot_w}" height="{y(low) - y(high):.1f}" '
            f'fill="{colour}" fill-opacity="0.09"/>'
        )
        out.append(
            f'<text x="{left + plot_w + 8}" y="{(y(low) + y(high)) / 2 + 4:.1f}" {font} '
            f'font-size="12" fill="{colour}">{name}</text>'
        )
    for mood in (0, 4, 7, 10):
        out.append(
            f'<line x1="{left}" y1="{y(mood):.1f}" x2="{left + plot_w}" y2="{y(mood):.1f}" '
            f'stroke="{RULE}" stroke-width="1"/>'
        )
        out.append(
            f'<text x="{left - 8}" y="{y(mood) + 4:.1f}" {font} font-size="12" fill="{MUTED}" '
            f'text-anchor="end">{mood}</text>'
        )
    step = max(1, -(-len(values) // 16))
    for index in range(len(values)):
        if index % step and index != len(values) - 1:
            continue
        label = "start" if index == 0 else str(index)
        out.append(
            f'<text x="{x(index):.1f}" y="{height - bottom + 18}" {font} font-size="12" '
            f'fill="{MUTED}" text-anchor="middle">{label}</text>'
        )
    out.append(
        f'<text x="{left + plot_w / 2:.1f}" y="{height - 3}" {font} font-size="11" '
        f'fill="{MUTED}" text-anchor="middle">reply</text>'
    )
    if len(values) > 1:
        points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(values))
        out.append(
            f'<polyline points="{points}" fill="none" stroke="{INFO}" stroke-width="2.5" '
            'stroke-linejoin="round" stroke-linecap="round"/>'
        )
    rings = {}
    if report.best is not None:
        rings[report.best.reply_number] = GOOD
    if report.worst is not None:
        rings[report.worst.reply_number] = WARN if report.worst.helped else BAD
    for index, mood in enumerate(values):
        colour = _band_colour(mood)
        if index in rings:
            out.append(
                f'<circle cx="{x(index):.1f}" cy="{y(mood):.1f}" r="10" fill="none" '
                f'stroke="{rings[index]}" stroke-width="2.5"/>'
            )
        out.append(
            f'<circle cx="{x(index):.1f}" cy="{y(mood):.1f}" r="5" fill="{colour}" '
            f'stroke="{PAPER}" stroke-width="1.5"><title>'
            f"{'Start' if index == 0 else f'After reply {index}'}: {mood:.1f}</title></circle>"
        )
    out.append("</svg>")
    return "\n".join(out)


def _chart_label(report: CallReport) -> str:
    values = ", ".join(f"{v:.1f}" for v in report.mood_values)
    return f"{_first(report.persona_name)}'s mood, 0 calm to 10 walking out: {values}"


def _moments(report: CallReport) -> str:
    cells = []
    first = _first(report.persona_name)
    if report.best:
        title = "Best reply" if report.best.helped else "Least harmful reply"
        cells.append((_moment(title, report.best, GOOD, first), GOOD))
    if report.worst:
        title = "Weakest reply" if report.worst.helped else "Worst reply"
        colour = WARN if report.worst.helped else BAD
        cells.append((_moment(title, report.worst, colour, first), colour))
    elif report.best and report.best.helped:
        cells.append(
            (
                f'<h3 style="color:{GOOD}">No weak moment</h3>'
                f"<p>Every reply cooled {e(first)} down; none made things worse.</p>",
                GOOD,
            )
        )
    if not cells:
        return '<p class="muted">No replies to compare.</p>'
    # One row of cells, so both cards are as tall as the taller one.
    gap = '<td width="12" style="padding:0"></td>'
    tds = gap.join(
        f'<td width="50%" bgcolor="{SOFT}" style="background:{SOFT};border-left:5px solid '
        f'{colour};padding:10px 14px">{body}</td>'
        for body, colour in cells
    )
    return (
        '<table class="moments" width="100%" cellspacing="0" cellpadding="10" '
        f'style="border-collapse:collapse"><tr>{tds}</tr></table>'
    )


def _moment(title: str, turn: TurnHighlight, colour: str, first: str) -> str:
    body = [f'<h3 style="color:{colour}">{e(title)} \u00b7 reply {turn.reply_number}</h3>']
    if turn.answering:
        body.append(f'<p class="muted small">{e(first)}: {_quoted(turn.answering)}</p>')
    body.append(f"<p><b>You:</b> {_quoted(turn.text or '(said nothing)')}</p>")
    if abs(turn.change) < 0.05 and turn.mood_after >= 10.0:
        change = "already at the limit"
    else:
        change = _signed(turn.change)
    cooled = turn.change < 0
    body.append(
        f'<p style="color:{GOOD if cooled else BAD}"><b>Mood {turn.mood_before:.1f} \u2192 '
        f"{turn.mood_after:.1f} ({e(change)})</b></p>"
    )
    body.append(f"<p>{e(turn.why)}</p>")
    if turn.reaction:
        body.append(f'<p class="muted small">{e(first)} replied: {_quoted(turn.reaction[0])}</p>')
    if turn.tip:
        body.append(f'<p class="info">Next time: {e(turn.tip)}</p>')
    return "".join(body)


def _missed(report: CallReport) -> str:
    if not report.missed:
        return _card(
            f'<p style="color:{GOOD}"><b>You made every move of the method in this call.</b></p>',
            GOOD,
        )
    first = _first(report.persona_name)
    intro = (
        f'<p class="muted">Moves you never made, with what {e(first)}\u2019s script suggests '
        "saying.</p>"
    )
    return intro + "".join(_missed_card(m, first) for m in report.missed)


def _missed_card(missed: MissedMark, first: str) -> str:
    title = f"{missed.label} (+{missed.points})" if missed.points else missed.label
    if missed.from_script:
        source = f"From {first}\u2019s script, {STAGE_WORDS.get(missed.stage, missed.stage)}."
    else:
        source = "An example of the move from the method."
    quote = _quoted(missed.model_reply, missed.highlight)
    return _card(
        f"<h3>{e(title)}</h3><p>{e(missed.why)}</p>"
        f'<p style="margin-left:14px;font-size:11pt">{quote}</p>'
        f'<p class="muted small">{e(source)}</p>',
        INFO,
    )


def _delivery(delivery: DeliverySummary | None) -> str:
    if delivery is None:
        return _card(
            '<p class="muted">A typed call: pace, loudness, filler words, interruptions and how '
            "quickly you answered are measured on spoken calls.</p>"
        )
    dash = "\u2014"
    fillers = (
        ", ".join(f"{word} \u00d7{count}" for word, count in delivery.fillers.items())
        if delivery.fillers
        else "none"
    )
    latency = (
        f"{delivery.median_latency_ms / 1000:.1f} s"
        if delivery.median_latency_ms is not None
        else dash
    )
    tiles = [
        (
            "Pace (median)",
            f"{delivery.median_wpm:.0f} wpm" if delivery.median_wpm is not None else dash,
            delivery.pace_note,
        ),
        (
            "Loudness vs your normal",
            f"{_signed(delivery.loudness_db)} dB" if delivery.loudness_db is not None else dash,
            delivery.loudness_note,
        ),
        ("Filler words", str(delivery.filler_count), fillers),
        (
            "Interruptions",
            str(delivery.interruptions),
            "You let them finish." if not delivery.interruptions else "Times you talked over them.",
        ),
        ("Time to answer (median)", latency, delivery.latency_note),
    ]
    cells = [
        f'<td width="33%"><div class="muted small">{e(name)}</div>'
        f'<div class="value" style="font-size:16pt;font-weight:bold">{e(value)}</div>'
        f'<div class="small">{e(note)}</div></td>'
        for name, value, note in tiles
    ]
    rows = ["".join(cells[i : i + 3]) for i in range(0, len(cells), 3)]
    table = (
        '<table class="tiles" width="100%" cellspacing="0" cellpadding="6">'
        + "".join(f"<tr>{r}</tr>" for r in rows)
        + "</table>"
    )
    turns = delivery.voice_turns
    return _card(
        table
        + f'<p class="muted small">Over {turns} spoken {"reply" if turns == 1 else "replies"}.'
        "</p>"
    )


# -- transcript --------------------------------------------------------------------------------


def _transcript(record: dict[str, Any], report: CallReport, notes: list[dict[str, Any]]) -> str:
    turns = list(record.get("turns") or [])
    if not turns:
        return '<p class="muted">Nothing was said.</p>'
    first = _first(report.persona_name)
    by_turn: dict[str, list[dict[str, Any]]] = {}
    for note in notes:
        if note.get("turn"):
            by_turn.setdefault(str(note["turn"]), []).append(note)
    several = len({t.get("trainee") for t in turns if t.get("speaker") == "trainee"}) > 1
    number = 0
    rows = ['<table class="turns" width="100%" cellspacing="0" cellpadding="6">']
    for turn in turns:
        if turn.get("speaker") == "persona":
            said = e(turn.get("text"))
            attached = _turn_notes(by_turn.get(str(turn.get("id")), []))
            rows.append(
                f'<tr><td class="who" width="92">{e(first)}</td>'
                f'<td class="persona-line" style="color:#3c4043"><i>{said}</i>'
                f"{attached}</td></tr>"
            )
            continue
        if turn.get("speaker") != "trainee":
            continue
        number += 1
        who = f"Reply {number}"
        if several:
            who += f"<br>{e(turn.get('trainee'))}"
        # A rule above each reply groups it with the customer's lines that answer it.
        rule = "" if len(rows) == 1 else " rule"
        reply = _reply(turn, by_turn.get(str(turn.get("id")), []))
        rows.append(
            f'<tr><td class="who" width="92"><b>{who}</b></td>'
            f'<td class="said{rule}">{reply}</td></tr>'
        )
    rows.append("</table>")
    return "\n".join(rows)


def _reply(turn: dict[str, Any], notes: list[dict[str, Any]]) -> str:
    text = str(turn.get("text") or "")
    parts = []
    for attempt in turn.get("attempts") or []:
        how = "corrected" if attempt.get("undone_by") == "correction" else "taken back"
        parts.append(
            f'<div class="small muted">Earlier ({how}): <span class="undone" '
            f'style="text-decoration:line-through">{e(attempt.get("text") or "(nothing)")}'
            "</span></div>"
        )
    said = f"<b>{e(text)}</b>" if text.strip() else '<span class="muted">(said nothing)</span>'
    parts.append(f"<div>{said}</div>")
    if turn.get("corrected_from") is not None:
        parts.append(
            f'<div class="small muted">Heard as: {_quoted(str(turn["corrected_from"]))}</div>'
        )
    chips = []
    evidence = []
    overrides = {n["mark"]: n for n in notes if n.get("mark")}
    for name, mark in (turn.get("marks") or {}).items():
        label = MARK_CHIPS.get(name, name.replace("_", " "))
        override = overrides.get(name)
        hit = bool(mark.get("hit"))
        if override is not None and override.get("override") is not None:
            changed = bool(override["override"])
            if changed != hit:
                verdict = "counted" if changed else "not counted"
                chips.append(_chip(f"{label}: {verdict} by the coach", "note"))
        if hit:
            chips.append(_chip(label, "good"))
            if mark.get("evidence"):
                evidence.append(
                    f'<div class="evidence">{e(MOVE_LABELS.get(name, label))}: '
                    f"{_quoted(str(mark['evidence']))}</div>"
                )
    for fault in turn.get("violations") or []:
        label = FAULT_LABELS.get(fault.get("kind"), str(fault.get("kind", "")).replace("_", " "))
        chips.append(_chip(label, "bad"))
        if fault.get("evidence"):
            evidence.append(
                f'<div class="evidence bad" style="color:{BAD}">{e(label)}: '
                f"{_quoted(str(fault['evidence']))}</div>"
            )
    if turn.get("interrupted"):
        chips.append(_chip("Interrupted", "bad"))
    mood_before, mood_after = turn.get("mood_before"), turn.get("mood_after")
    if isinstance(mood_before, int | float) and isinstance(mood_after, int | float):
        change = mood_after - mood_before
        colour = GOOD if change < 0 else (BAD if change > 0 else MUTED)
        chips.append(
            f'<span class="small" style="color:{colour}">mood {mood_before:.1f} \u2192 '
            f"{mood_after:.1f}</span>"
        )
    if chips:
        parts.append(f'<div style="margin-top:3px">{" ".join(chips)}</div>')
    parts += evidence
    for tip in turn.get("tips") or []:
        parts.append(f'<div class="small info" style="color:{INFO}">Tip: {e(tip)}</div>')
    parts.append(_turn_notes([n for n in notes if not n.get("mark")]))
    for note in notes:
        if note.get("mark") and note.get("reason"):
            parts.append(
                f'<div class="note" style="color:{INFO}">Coach on '
                f"{e(MARK_CHIPS.get(note['mark'], note['mark']))}: {e(note['reason'])}</div>"
            )
    return "".join(parts)


def _chip(text: str, kind: str) -> str:
    colours = {"good": (GOOD, "#e3f3e9"), "bad": (BAD, "#fde7e7"), "note": (INFO, "#e4eefb")}
    fg, bg = colours[kind]
    return (
        f'<span class="chip chip-{kind}" style="color:{fg};background-color:{bg}">'
        f"&nbsp;{e(text)}&nbsp;</span>"
    )


def _turn_notes(notes: Iterable[dict[str, Any]]) -> str:
    return "".join(
        f'<div class="note" style="color:{INFO}"><b>{e(_author(n))}:</b> {e(n["text"])}</div>'
        for n in notes
        if n.get("text")
    )


def _notes_section(notes: list[dict[str, Any]], record: dict[str, Any]) -> str:
    numbers = {}
    count = 0
    for turn in record.get("turns") or []:
        if turn.get("speaker") == "trainee":
            count += 1
            numbers[str(turn.get("id"))] = f"reply {count}"
        else:
            numbers[str(turn.get("id"))] = "the customer's line"
    items = []
    for note in notes:
        where = []
        if note.get("turn"):
            where.append(f"on {numbers.get(str(note['turn']), 'turn ' + str(note['turn']))}")
        if isinstance(note.get("at_s"), int | float):
            where.append(f"at {_clock(float(note['at_s']))}")
        if note.get("mark"):
            verdict = note.get("override")
            what = MARK_CHIPS.get(note["mark"], note["mark"])
            if verdict is not None:
                counted = "counted" if verdict else "did not count"
                where.append(f"{counted} \u201c{what}\u201d")
        head = " \u00b7 ".join(where) or "about the whole call"
        text = note.get("text") or note.get("reason") or ""
        top = f'<div class="muted small">{e(head[:1].upper() + head[1:])}{_by(note)}</div>'
        rule = "rule" if items else ""
        items.append(f'<tr><td class="{rule}">{top}<div>{e(text)}</div></td></tr>')
    return (
        '<table class="turns" width="100%" cellspacing="0" cellpadding="6">'
        + "".join(items)
        + "</table>"
    )


def _note(note: Any) -> dict[str, Any]:
    if isinstance(note, str):
        return {"text": note}
    if not isinstance(note, dict):
        return {"text": str(note)}
    out = dict(note)
    out["text"] = note.get("text") or note.get("note") or ""
    out["turn"] = note.get("turn") or note.get("turn_id")
    return out


def _author(note: dict[str, Any]) -> str:
    author = str(note.get("author") or "Coach").strip()
    return "Coach" if author.lower() == "coach" else author


def _by(note: dict[str, Any]) -> str:
    bits = []
    if note.get("author"):
        bits.append(_author(note))
    if note.get("created_at"):
        bits.append(_date(str(note["created_at"])))
    return f" ({e(', '.join(bits))})" if bits else ""


def _footer(record: dict[str, Any], persona: Persona) -> str:
    text = _footer_text(record, persona)
    return f'<div class="footer">{e(text)}. Recordings and this report stay on your machine.</div>'


def _footer_text(record: dict[str, Any], persona: Persona) -> str:
    bits = [
        f"Persona {persona.id} v{persona.version}",
        f"seed {record.get('seed')}" if record.get("seed") is not None else "",
        f"Hotseat {record.get('app_version')}" if record.get("app_version") else "Hotseat",
    ]
    return " \u00b7 ".join(b for b in bits if b)


# -- little formats ----------------------------------------------------------------------------


def _quoted(text: str, bold: str | None = None) -> str:
    if bold and bold in text:
        start = text.index(bold)
        body = e(text[:start]) + "<b>" + e(bold) + "</b>" + e(text[start + len(bold) :])
    else:
        body = e(text)
    return f'<span class="quote">\u201c{body}\u201d</span>'


def _points(points: int) -> str:
    return f"+{points}" if points > 0 else ("0" if points == 0 else f"{MINUS}{-points}")


def _signed(value: float) -> str:
    sign = "+" if value > 0 else (MINUS if value < 0 else "")
    return f"{sign}{abs(value):.1f}"


def _first(name: str) -> str:
    parts = name.split()
    return parts[0] if parts else "The customer"


def _outcome_colour(outcome: str | None) -> str:
    if outcome == "resolved":
        return GOOD
    if outcome == "walked_out":
        return BAD
    return WARN


def _band_colour(mood: float) -> str:
    if mood >= HOT_FROM:
        return BAD
    if mood >= WARM_FROM:
        return WARN
    return GOOD


def _parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _date(value: str) -> str:
    moment = _parse_time(value)
    return moment.strftime("%d %b %Y %H:%M") if moment else value


def _when(started: Any, ended: Any) -> str:
    start, end = _parse_time(started), _parse_time(ended)
    if start is None:
        return ""
    text = start.strftime("%d %b %Y, %H:%M")
    if start.tzinfo is not None and start.utcoffset() is not None and not start.utcoffset():
        text += " UTC"
    if end is not None and (end - start).total_seconds() >= 1:
        text += f" \u00b7 {_clock((end - start).total_seconds())} long"
    return text


def _clock(seconds: float) -> str:
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


# -- PDF ---------------------------------------------------------------------------------------


def report_pdf(
    record: dict[str, Any], persona: Persona, path: Path, notes: list | None = None
) -> Path:
    """Print the report to a PDF at ``path`` (A4) with Qt's text engine; returns ``path``."""
    from PySide6.QtCore import QByteArray, QMarginsF, QRectF, QSizeF, Qt, QUrl
    from PySide6.QtGui import (
        QColor,
        QFont,
        QGuiApplication,
        QImage,
        QPageLayout,
        QPageSize,
        QPainter,
        QPdfWriter,
        QTextDocument,
    )
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        # Printing needs no screen: without a platform chosen, use the offscreen one, so that
        # `hotseat sessions export --format pdf` works over SSH or in a terminal without X.
        argv = ["hotseat"]
        if not os.environ.get("QT_QPA_PLATFORM"):
            argv += ["-platform", "offscreen"]
        # A QApplication, not only a QGuiApplication: widgets may come later in this process
        # (the window, pytest-qt), and Qt cannot upgrade the application once it exists.
        from PySide6.QtWidgets import QApplication

        _keep.append(QApplication(argv))

    scale = 3
    svgs: list[str] = []

    def chart(report: CallReport) -> str:
        svgs.append(mood_chart_svg(report))
        return (
            f'<p align="center" style="line-height:100%"><img src="{CHART_IMAGE}" '
            f'width="{CHART_WIDTH * 0.86:.0f}" '
            f'height="{CHART_HEIGHT * 0.86:.0f}"></p>'
        )

    markup = _document(record, persona, notes or [], chart=chart, footer=False)
    image = QImage(CHART_WIDTH * scale, CHART_HEIGHT * scale, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    renderer = QSvgRenderer(QByteArray(svgs[0].encode("utf-8")))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    report = build_report(record, persona)
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 14, 15, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(f"Hotseat call report: {report.persona_name}")
    writer.setCreator("Hotseat")

    # Laid out at 96 dpi like a screen (so CSS sizes mean what they say), printed scaled up.
    scale = writer.logicalDpiX() / 96.0
    width = writer.width() / scale
    height = writer.height() / scale
    footer = 22.0
    footer_text = f"{report.persona_name} \u00b7 {_footer_text(record, persona)}"
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_IMAGE), image)
    document.setHtml(markup)
    document.setPageSize(QSizeF(width, height - footer))
    body = height - footer
    pages = document.pageCount()
    while pages > 1 and _blank_page(document, pages - 1, width, body):
        pages -= 1  # a trailing page holding only the end of a table's padding
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"could not write the PDF to {path}")
    try:
        painter.scale(scale, scale)
        font = QFont(painter.font())
        font.setPixelSize(11)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body)
            document.drawContents(painter, QRectF(0, page * body, width, body))
            painter.restore()
            painter.setFont(font)
            painter.setPen(QColor(MUTED))
            line = QRectF(0, height - footer + 6, width, footer - 6)
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft, footer_text)
            painter.drawText(line, Qt.AlignmentFlag.AlignRight, f"Page {page + 1} of {pages}")
    finally:
        painter.end()
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"could not write the PDF to {path}")
    return path


def _blank_page(document: Any, page: int, width: float, height: float) -> bool:
    """Does ``page`` of the laid-out document draw nothing at all?"""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    image = QImage(max(1, round(width)), max(1, round(height)), QImage.Format.Format_RGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.translate(0, -page * height)
    document.drawContents(painter, QRectF(0, page * height, width, height))
    painter.end()
    white = image.copy()
    white.fill(0xFFFFFFFF)
    return image == white


_keep: list[Any] = []
"""A QGuiApplication created here, kept alive for the rest of the process."""


__all__ = ["mood_chart_svg", "report_html", "report_pdf"]
