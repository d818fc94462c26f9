"""The group report of a workshop: the room's scoreboard and every call, as HTML or PDF.

Same look as the one-call report (desktop/session_report.py: its CSS and colours), printed to
PDF the same way (a QTextDocument onto a QPdfWriter, Qt imported only when printing).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.report import FAULT_LABELS, MOVE_LABELS
from desktop.session_report import CSS, GOOD, e
from desktop.workshop import ROTATION_LABELS, LoggedCall, ScoreLine

OUTCOME_WORDS = {
    "resolved": "resolved",
    "walked_out": "walked out",
    "hung_up": "hung up",
    "ended": "ended",
    "interrupted": "interrupted",
    "in_progress": "in progress",
}


BOARD_CSS = """
.board td, .board th { white-space: nowrap; }
.board .name { white-space: nowrap; width: 30%; }
.board .num { width: auto; }
"""


def _outcomes(outcomes: list[str]) -> str:
    counts: dict[str, int] = {}
    for outcome in outcomes:
        counts[outcome] = counts.get(outcome, 0) + 1
    return (
        ", ".join(
            f"{n}\u00d7 {OUTCOME_WORDS.get(o, o.replace('_', ' '))}"
            if n > 1
            else OUTCOME_WORDS.get(o, o.replace("_", " "))
            for o, n in counts.items()
        )
        or "\u2014"
    )


def _scoreboard_table(lines: Sequence[ScoreLine]) -> str:
    rows = []
    for i, line in enumerate(lines):
        bg = ' style="background:#f5f6f8"' if i % 2 else ""
        best = "\u2014" if line.best_score is None else str(line.best_score)
        bad = ' class="bad"' if line.violations else ""
        rows.append(
            f'<tr{bg}><td class="name"><b>{e(line.trainee)}</b></td>'
            f'<td class="num">{line.calls}</td>'
            f'<td>{e(_outcomes(line.outcomes))}</td><td class="num">{line.replies}</td>'
            f'<td class="num good">{line.marks}</td><td class="num"><span{bad}>'
            f'{line.violations}</span></td><td class="num">{line.interruptions}</td>'
            f'<td class="num">{best}</td></tr>'
        )
    head = (
        "<tr><th>Trainee</th><th>Calls</th><th>Outcomes</th><th>Replies</th>"
        "<th>Marks</th><th>Faults</th><th>Interrupted</th><th>Best</th></tr>"
    )
    return f'<table class="points board">{head}{"".join(rows)}</table>'


def _call_card(index: int, call: LoggedCall) -> str:
    record = call.record
    persona = (record.get("persona") or {}).get("name", "")
    trainees = ", ".join(record.get("trainees") or [record.get("trainee") or ""])
    outcome = OUTCOME_WORDS.get(record.get("outcome") or "ended", record.get("outcome"))
    score = (record.get("score") or {}).get("total", 0)
    rotation = ROTATION_LABELS.get(call.rotation, call.rotation).lower()
    session = f" \u00b7 session {e(call.session_id)}" if call.session_id else ""
    replies = []
    for turn in record.get("turns", []):
        if turn.get("speaker") != "trainee":
            continue
        marks = [
            label
            for m, label in MOVE_LABELS.items()
            if ((turn.get("marks") or {}).get(m) or {}).get("hit")
        ]
        faults = [
            FAULT_LABELS.get(v.get("kind", ""), v.get("kind", "").replace("_", " "))
            for v in turn.get("violations") or []
        ]
        chips = "".join(f' <span class="chip chip-good">{e(m)}</span>' for m in marks)
        chips += "".join(f' <span class="chip chip-bad">{e(f)}</span>' for f in faults)
        said = turn.get("text") or "(said nothing)"
        replies.append(
            f'<tr><td class="who">{e(turn.get("trainee"))}</td>'
            f'<td class="rule">\u201c{e(said)}\u201d{chips}</td></tr>'
        )
    body = "".join(replies) or '<tr><td class="muted">No replies.</td></tr>'
    return (
        f"<h3>Call {index}: {e(persona)} \u2014 {e(outcome)}, {score}/100</h3>"
        f'<p class="muted small">{e(trainees)} \u00b7 {e(rotation)}{session}</p>'
        f'<table class="turns">{body}</table>'
    )


def _controls(controls: Sequence[dict[str, Any]]) -> str:
    if not controls:
        return '<p class="muted">None.</p>'
    items = []
    for c in controls:
        what = {
            "nudge": f"Mood {'+' if c.get('delta', 0) > 0 else ''}{c.get('delta', 0):g}",
            "skip": f"Skipped to {c.get('stage', '')}",
            "take_back": "Took back a reply",
            "repeat": "Repeated the customer\u2019s line",
        }.get(c.get("kind", ""), c.get("kind", ""))
        reason = f": {e(c['reason'])}" if c.get("reason") else ""
        who = f" ({e(c['trainee'])} in the seat)" if c.get("trainee") else ""
        items.append(f"<li>{e(what)}{reason}{who}</li>")
    return f"<ul>{''.join(items)}</ul>"


def group_report_html(
    calls: Sequence[LoggedCall],
    lines: Sequence[ScoreLine],
    controls: Sequence[dict[str, Any]] = (),
    *,
    title: str = "Workshop",
    when: datetime | None = None,
) -> str:
    """The whole group report as one self-contained HTML document."""
    when = when or datetime.now(UTC)
    personas = sorted({(c.record.get("persona") or {}).get("name", "") for c in calls} - {""})
    about = (" \u00b7 " + e(", ".join(personas))) if personas else ""
    resolved = sum(1 for c in calls if c.record.get("outcome") == "resolved")
    header = (
        '<p class="kicker">Hotseat \u00b7 group report</p>'
        f"<h1>{e(title)}</h1>"
        f'<p class="muted">{e(when.strftime("%d %B %Y"))} \u00b7 {len(lines)} trainees \u00b7 '
        f'{len(calls)} calls \u00b7 <span style="color:{GOOD}"><b>{resolved} resolved</b></span>'
        f"{about}</p>"
    )
    parts = [
        header,
        f"<h2>Scoreboard</h2>{_scoreboard_table(lines)}",
        '<p class="muted small">Marks earned: moves of the method each trainee made in their own '
        "replies (in calls passed around the room, each reply counts for whoever said it). Best "
        "score: of the calls a trainee played alone.</p>",
        "<h2>Calls</h2>" + "".join(_call_card(i + 1, c) for i, c in enumerate(calls)),
        f"<h2>Facilitator\u2019s interventions</h2>{_controls(controls)}",
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="generator" content="Hotseat">\n'
        f"<title>{e(title)} \u2014 group report</title>\n<style>\n{CSS}{BOARD_CSS}</style>\n"
        "</head>\n"
        f'<body>\n<div class="page">\n{"".join(parts)}\n</div>\n</body>\n</html>\n'
    )


def group_report_pdf(markup: str, path: Path) -> Path:
    """Print the group report's HTML to an A4 PDF at ``path``."""
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        argv = ["hotseat"]
        if not os.environ.get("QT_QPA_PLATFORM"):
            argv += ["-platform", "offscreen"]
        _keep.append(QApplication(argv))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 14, 15, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle("Hotseat workshop: group report")
    writer.setCreator("Hotseat")
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(markup)
    scale = writer.logicalDpiX() / 96.0
    document.setPageSize(QSizeF(writer.width() / scale, writer.height() / scale))
    document.print_(writer)
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"could not write the PDF to {path}")
    return path


_keep: list[Any] = []
