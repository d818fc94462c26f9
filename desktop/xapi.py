"""xAPI 1.0.3 statements for a session, for a training department's learning record store.

`statements(record, actor=...)` turns a call record (`personas.call.Call.record()`) into:

- one statement per reply: the trainee *responded* to the persona's line (the line is an
  interaction activity, its text the description; the reply is ``result.response``; the marks it
  earned, with the trainee's words as evidence, its faults, the mood before and after are
  ``result.extensions``; ``result.success`` says it made at least one move and no fault), and
- one statement for the call: *completed* when it ended (``result.success`` is whether the
  customer was satisfied), *attempted* when it was interrupted, with the score (0-100, scaled to
  0-1), completion and duration, and the score breakdown as an extension.

The persona is the activity (``https://hotseat.invalid/personas/<id>`` unless another base IRI is
given); every statement of a session shares one registration UUID. Ids are UUIDs derived from the
session id and the statement's index, so exporting twice gives the same statements (an LRS
treats a re-sent statement with the same id and content as a no-op).

The actor must carry an identifier, not just a name: an account on a home page (`Actor(name,
account_homepage=..., account_name=...)`) or an email (`Actor(name, mbox="mailto:...")`).

No Qt, no network: the statements are plain JSON for the user to hand over.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

XAPI_VERSION = "1.0.3"
DEFAULT_BASE_IRI = "https://hotseat.invalid"
DEFAULT_LANGUAGE = "en"

VERBS = {
    "attempted": "http://adlnet.gov/expapi/verbs/attempted",
    "completed": "http://adlnet.gov/expapi/verbs/completed",
    "responded": "http://adlnet.gov/expapi/verbs/responded",
}
ACTIVITY_TYPES = {
    "simulation": "http://adlnet.gov/expapi/activities/simulation",
    "interaction": "http://adlnet.gov/expapi/activities/cmi.interaction",
}
_NAMESPACE = uuid.UUID("5f0b5e1c-8d0e-4b55-9a51-6f1c2b7a9e11")
"""Fixed namespace for Hotseat's deterministic statement and registration UUIDs."""
_MAILTO = re.compile(r"^mailto:[^@\s]+@[^@\s]+$")
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:\S+$")


@dataclass(frozen=True)
class Actor:
    """The person the statements are about, with exactly one identifier.

    ``account_homepage`` + ``account_name`` (an account on the training department's system,
    e.g. ``https://lms.example.com`` and the employee id), or ``mbox`` (``mailto:`` + email; a
    bare address is accepted and prefixed), or ``mbox_sha1sum`` (the SHA-1 of the ``mailto:``
    IRI, for who may not share the address itself), or ``openid``.
    """

    name: str
    account_homepage: str | None = None
    account_name: str | None = None
    mbox: str | None = None
    mbox_sha1sum: str | None = None
    openid: str | None = None

    def __post_init__(self) -> None:
        if self.mbox and not self.mbox.startswith("mailto:"):
            object.__setattr__(self, "mbox", f"mailto:{self.mbox}")
        has_account = bool(self.account_homepage or self.account_name)
        given = [
            has_account,
            bool(self.mbox),
            bool(self.mbox_sha1sum),
            bool(self.openid),
        ]
        if sum(given) != 1:
            raise ValueError(
                "an xAPI actor needs exactly one identifier: an account (home page and name), "
                "an email (mbox), its SHA-1 (mbox_sha1sum) or an OpenID"
            )
        if has_account and not (self.account_homepage and self.account_name):
            raise ValueError("an account needs both its home page and the name on it")
        if has_account and not _IRI.match(self.account_homepage or ""):
            raise ValueError(f"the account home page must be an IRI: {self.account_homepage!r}")
        if self.mbox and not _MAILTO.match(self.mbox):
            raise ValueError(f"not an email address: {self.mbox!r}")
        if self.mbox_sha1sum and not re.fullmatch(r"[0-9a-f]{40}", self.mbox_sha1sum):
            raise ValueError("mbox_sha1sum must be 40 lowercase hex digits")
        if self.openid and not _IRI.match(self.openid):
            raise ValueError(f"openid must be a URI: {self.openid!r}")

    @classmethod
    def hashed_email(cls, name: str, email: str) -> Actor:
        """An actor identified by the SHA-1 of their email, not the address itself."""
        mbox = email if email.startswith("mailto:") else f"mailto:{email}"
        return cls(name, mbox_sha1sum=hashlib.sha1(mbox.encode("utf-8")).hexdigest())

    def to_json(self) -> dict[str, Any]:
        agent: dict[str, Any] = {"objectType": "Agent"}
        if self.name:
            agent["name"] = self.name
        if self.account_homepage:
            agent["account"] = {"homePage": self.account_homepage, "name": self.account_name}
        elif self.mbox:
            agent["mbox"] = self.mbox
        elif self.mbox_sha1sum:
            agent["mbox_sha1sum"] = self.mbox_sha1sum
        else:
            agent["openid"] = self.openid
        return agent


def statements(
    record: dict[str, Any],
    *,
    actor: Actor,
    platform: str = "Hotseat",
    session_id: str | None = None,
    base_iri: str = DEFAULT_BASE_IRI,
    language: str = DEFAULT_LANGUAGE,
    model_id: str | None = None,
    status: str | None = None,
    actors: Mapping[str, Actor] | None = None,
    persona_description: str | None = None,
) -> list[dict[str, Any]]:
    """The xAPI statements of one call record: one per reply, then one for the call.

    ``session_id`` names the session (its registration and statement ids derive from it; by
    default from the persona, seed and start time). ``status`` is the session's ("complete" or
    "interrupted"); by default a call with an outcome is complete. In a workshop, ``actors`` maps
    trainee names to their own actors for the replies they gave; ``actor`` is used for the rest
    and for the call statement. ``model_id`` and the record's ``app_version`` go in the context.
    """
    base = base_iri.rstrip("/")
    persona = record.get("persona") or {}
    persona_id = str(persona.get("id") or "unknown")
    sid = session_id or _default_session_id(record)
    registration = str(uuid.uuid5(_NAMESPACE, f"registration/{sid}"))
    activity = _persona_activity(base, persona, language, persona_description)
    ext = f"{base}/xapi/extensions"
    context_ext = _drop_none(
        {
            f"{ext}/session-id": sid,
            f"{ext}/app-version": record.get("app_version"),
            f"{ext}/model-id": model_id or record.get("model_id"),
            f"{ext}/persona-version": persona.get("version"),
            f"{ext}/seed": record.get("seed"),
            f"{ext}/mode": record.get("mode"),
        }
    )
    started = _timestamp(record.get("started_at"))
    ended = _timestamp(record.get("ended_at"))
    out: list[dict[str, Any]] = []

    def context(parent: bool) -> dict[str, Any]:
        ctx: dict[str, Any] = {
            "registration": registration,
            "platform": platform,
            "language": language,
            "extensions": dict(context_ext),
        }
        if parent:
            ctx["contextActivities"] = {
                "parent": [{"id": activity["id"], "objectType": "Activity"}]
            }
        return ctx

    turns = list(record.get("turns") or [])
    last_line: dict[str, Any] | None = None
    for turn in turns:
        if turn.get("speaker") == "persona":
            last_line = turn
            continue
        if turn.get("speaker") != "trainee":
            continue
        who = (actors or {}).get(str(turn.get("trainee")), actor)
        statement = {
            "id": _statement_id(sid, len(out)),
            "actor": who.to_json(),
            "verb": _verb("responded", language),
            "object": _line_activity(base, persona_id, last_line, language),
            "result": _reply_result(turn, ext),
            "context": context(parent=True),
            "timestamp": _timestamp(turn.get("at") or turn.get("timestamp")) or started or _now(),
        }
        out.append(statement)

    out.append(
        {
            "id": _statement_id(sid, len(out)),
            "actor": actor.to_json(),
            "verb": _verb(_call_verb(record, status), language),
            "object": activity,
            "result": _call_result(record, status, started, ended, ext),
            "context": context(parent=False),
            "timestamp": ended or started or _now(),
        }
    )
    return out


# -- pieces ------------------------------------------------------------------------------------


def _verb(name: str, language: str) -> dict[str, Any]:
    return {"id": VERBS[name], "display": {language: name}}


def _persona_activity(
    base: str, persona: dict[str, Any], language: str, description: str | None
) -> dict[str, Any]:
    persona_id = str(persona.get("id") or "unknown")
    name = str(persona.get("name") or persona_id)
    definition: dict[str, Any] = {
        "name": {language: f"Hotseat call: {name}"},
        "description": {
            language: description
            or f"A role-played call with {name}, a furious customer, scored on how it was handled."
        },
        "type": ACTIVITY_TYPES["simulation"],
    }
    if persona.get("version") is not None:
        definition["extensions"] = {f"{base}/xapi/extensions/persona-version": persona["version"]}
    return {
        "objectType": "Activity",
        "id": f"{base}/personas/{_iri_segment(persona_id)}",
        "definition": definition,
    }


def _line_activity(
    base: str, persona_id: str, line: dict[str, Any] | None, language: str
) -> dict[str, Any]:
    """The persona's line the trainee answered, as a long fill-in interaction."""
    line_id = str((line or {}).get("line_id") or (line or {}).get("id") or "line")
    text = str((line or {}).get("text") or "")
    definition: dict[str, Any] = {
        "name": {language: f"Answer: {_shorten(text, 60)}" if text else "Answer the customer"},
        "type": ACTIVITY_TYPES["interaction"],
        "interactionType": "long-fill-in",
    }
    if text:
        definition["description"] = {language: text}
    return {
        "objectType": "Activity",
        "id": f"{base}/personas/{_iri_segment(persona_id)}/lines/{_iri_segment(line_id)}",
        "definition": definition,
    }


def _reply_result(turn: dict[str, Any], ext: str) -> dict[str, Any]:
    marks = {
        name: _drop_none({"hit": bool(info.get("hit")), "evidence": info.get("evidence")})
        for name, info in (turn.get("marks") or {}).items()
    }
    faults = [
        _drop_none({"kind": v.get("kind"), "evidence": v.get("evidence")})
        for v in turn.get("violations") or []
    ]
    extensions = _drop_none(
        {
            f"{ext}/turn-id": turn.get("id"),
            f"{ext}/trainee": turn.get("trainee"),
            f"{ext}/stage": turn.get("stage"),
            f"{ext}/marks": marks,
            f"{ext}/marks-made": sorted(name for name, m in marks.items() if m["hit"]),
            f"{ext}/faults": faults,
            f"{ext}/mood-before": turn.get("mood_before"),
            f"{ext}/mood-after": turn.get("mood_after"),
            f"{ext}/interrupted": bool(turn.get("interrupted")),
            f"{ext}/corrected-from": turn.get("corrected_from"),
            f"{ext}/attempts": len(turn.get("attempts") or []) or None,
            f"{ext}/tips": list(turn.get("tips") or []) or None,
        }
    )
    result: dict[str, Any] = {
        "response": str(turn.get("text") or ""),
        "success": not faults and any(m["hit"] for m in marks.values()),
        "extensions": extensions,
    }
    spoken = (turn.get("timings") or {}).get("voiced_ms")
    if isinstance(spoken, int | float) and not isinstance(spoken, bool) and spoken >= 0:
        result["duration"] = duration(spoken / 1000)
    return result


def _call_verb(record: dict[str, Any], status: str | None) -> str:
    return "completed" if _complete(record, status) else "attempted"


def _complete(record: dict[str, Any], status: str | None) -> bool:
    if status is not None:
        return status == "complete"
    return record.get("outcome") is not None


def _call_result(
    record: dict[str, Any],
    status: str | None,
    started: str | None,
    ended: str | None,
    ext: str,
) -> dict[str, Any]:
    score = record.get("score") or {}
    total = score.get("total")
    result: dict[str, Any] = {"completion": _complete(record, status)}
    if isinstance(total, int | float) and not isinstance(total, bool):
        raw = max(0, min(100, round(total)))
        result["score"] = {"scaled": round(raw / 100, 4), "raw": raw, "min": 0, "max": 100}
    if record.get("outcome") is not None:
        result["success"] = record.get("outcome") == "resolved"
    if started and ended:
        seconds = (_parse(ended) - _parse(started)).total_seconds()
        if seconds >= 0:
            result["duration"] = duration(seconds)
    replies = [t for t in record.get("turns") or [] if t.get("speaker") == "trainee"]
    result["extensions"] = _drop_none(
        {
            f"{ext}/outcome": record.get("outcome"),
            f"{ext}/replies": len(replies),
            f"{ext}/mood": list(record.get("mood") or []) or None,
            f"{ext}/trainees": list(record.get("trainees") or []) or None,
            f"{ext}/score-breakdown": [
                _drop_none(dict(item)) for item in score.get("breakdown") or []
            ]
            or None,
            f"{ext}/score-formula": score.get("formula"),
        }
    )
    return result


# -- formats -----------------------------------------------------------------------------------


def duration(seconds: float) -> str:
    """ISO 8601 duration, e.g. ``PT1H2M3.5S`` (xAPI keeps 0.01 s precision)."""
    centis = max(0, round(seconds * 100))
    hours, rest = divmod(centis, 360000)
    minutes, centis = divmod(rest, 6000)
    secs = centis / 100
    text = "PT"
    if hours:
        text += f"{hours}H"
    if minutes:
        text += f"{minutes}M"
    if secs or text == "PT":
        text += f"{secs:.2f}".rstrip("0").rstrip(".") + "S"
    return text


def _timestamp(value: Any) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = _parse(value)
    except ValueError:
        return None
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _parse(value: str) -> datetime:
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _statement_id(session_id: str, index: int) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"statement/{session_id}/{index}"))


def _default_session_id(record: dict[str, Any]) -> str:
    persona = (record.get("persona") or {}).get("id")
    return str(record.get("id") or f"{persona}/{record.get('seed')}/{record.get('started_at')}")


def _iri_segment(text: str) -> str:
    """A safe IRI path segment (persona and line ids are slugs already; this makes sure)."""
    return quote(text, safe="") or "_"


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _drop_none(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


__all__ = ["ACTIVITY_TYPES", "VERBS", "XAPI_VERSION", "Actor", "duration", "statements"]
