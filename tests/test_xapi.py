"""xAPI statements of real calls, each checked against the xAPI 1.0.3 spec's required fields."""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from datetime import datetime
from typing import Any

import pytest

from desktop.xapi import VERBS, Actor, duration, statements
from personas.call import Call
from tests.session_testkit import GOOD, HOSTILE, RUDE, play

# -- a validator for the parts of xAPI 1.0.3 (Data section) that statements must satisfy -------

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
IRI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s]+$")
LANG_RE = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")
DURATION_RE = re.compile(
    r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$"
)
TIMESTAMP_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
STATEMENT_KEYS = {
    "id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority",
    "version", "attachments",
}  # fmt: skip
AGENT_KEYS = {"objectType", "name", "mbox", "mbox_sha1sum", "openid", "account"}
IFI_KEYS = ("mbox", "mbox_sha1sum", "openid", "account")
RESULT_KEYS = {"score", "success", "completion", "response", "duration", "extensions"}
CONTEXT_KEYS = {
    "registration", "instructor", "team", "contextActivities", "revision", "platform",
    "language", "statement", "extensions",
}  # fmt: skip
DEFINITION_KEYS = {
    "name", "description", "type", "moreInfo", "extensions", "interactionType",
    "correctResponsesPattern", "choices", "scale", "source", "target", "steps",
}  # fmt: skip
INTERACTION_TYPES = {
    "true-false", "choice", "fill-in", "long-fill-in", "matching", "performance",
    "sequencing", "likert", "numeric", "other",
}  # fmt: skip


def check_no_nulls(value: Any, where: str = "statement") -> None:
    if value is None:
        raise AssertionError(f"{where} is null")
    if isinstance(value, dict):
        for key, item in value.items():
            check_no_nulls(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            check_no_nulls(item, f"{where}[{index}]")


def check_language_map(value: Any, where: str) -> None:
    assert isinstance(value, dict) and value, f"{where} must be a non-empty language map"
    for tag, text in value.items():
        assert LANG_RE.match(tag), f"{where}: {tag!r} is not an RFC 5646 tag"
        assert isinstance(text, str), f"{where}[{tag}] must be a string"


def check_extensions(value: Any, where: str) -> None:
    assert isinstance(value, dict), f"{where} must be an object"
    for key in value:
        assert IRI_RE.match(key), f"{where}: key {key!r} is not an IRI"


def check_agent(agent: Any, where: str = "actor") -> None:
    assert isinstance(agent, dict)
    assert set(agent) <= AGENT_KEYS, f"{where}: unknown keys {set(agent) - AGENT_KEYS}"
    assert agent.get("objectType", "Agent") == "Agent"
    ifis = [key for key in IFI_KEYS if key in agent]
    assert len(ifis) == 1, f"{where} must have exactly one identifier, has {ifis}"
    if "name" in agent:
        assert isinstance(agent["name"], str)
    if "mbox" in agent:
        assert re.match(r"^mailto:[^@\s]+@[^@\s]+$", agent["mbox"])
    if "mbox_sha1sum" in agent:
        assert re.fullmatch(r"[0-9a-f]{40}", agent["mbox_sha1sum"])
    if "openid" in agent:
        assert IRI_RE.match(agent["openid"])
    if "account" in agent:
        account = agent["account"]
        assert set(account) == {"homePage", "name"}
        assert IRI_RE.match(account["homePage"]) and isinstance(account["name"], str)


def check_activity(activity: Any, where: str) -> None:
    assert isinstance(activity, dict)
    assert set(activity) <= {"objectType", "id", "definition"}
    assert activity.get("objectType", "Activity") == "Activity"
    assert IRI_RE.match(activity["id"]), f"{where}.id is not an IRI"
    definition = activity.get("definition")
    if definition is not None:
        assert set(definition) <= DEFINITION_KEYS
        for key in ("name", "description"):
            if key in definition:
                check_language_map(definition[key], f"{where}.definition.{key}")
        if "type" in definition:
            assert IRI_RE.match(definition["type"])
        if "interactionType" in definition:
            assert definition["interactionType"] in INTERACTION_TYPES
        if "extensions" in definition:
            check_extensions(definition["extensions"], f"{where}.definition.extensions")


def check_timestamp(value: Any, where: str) -> None:
    assert isinstance(value, str) and TIMESTAMP_RE.match(value), f"{where}: {value!r}"
    datetime.fromisoformat(value.replace("Z", "+00:00"))


def validate(statement: dict[str, Any]) -> None:
    """Raise AssertionError where ``statement`` breaks an xAPI 1.0.3 requirement."""
    check_no_nulls(statement)
    assert set(statement) <= STATEMENT_KEYS, f"unknown keys {set(statement) - STATEMENT_KEYS}"
    for required in ("actor", "verb", "object"):
        assert required in statement, f"{required} is required"
    assert UUID_RE.match(statement["id"]), "id must be a UUID"
    check_agent(statement["actor"])
    verb = statement["verb"]
    assert set(verb) <= {"id", "display"}
    assert IRI_RE.match(verb["id"]), "verb.id must be an IRI"
    assert "display" in verb, "verb.display: Hotseat always names its verbs"
    check_language_map(verb["display"], "verb.display")
    check_activity(statement["object"], "object")
    if "result" in statement:
        result = statement["result"]
        assert set(result) <= RESULT_KEYS
        if "score" in result:
            score = result["score"]
            assert set(score) <= {"scaled", "raw", "min", "max"}
            if "scaled" in score:
                assert -1 <= score["scaled"] <= 1
            if "min" in score and "max" in score:
                assert score["min"] < score["max"]
            if "raw" in score:
                assert score.get("min", score["raw"]) <= score["raw"] <= score.get("max", 1e99)
        for flag in ("success", "completion"):
            if flag in result:
                assert isinstance(result[flag], bool)
        if "response" in result:
            assert isinstance(result["response"], str)
        if "duration" in result:
            assert DURATION_RE.match(result["duration"]), result["duration"]
        if "extensions" in result:
            check_extensions(result["extensions"], "result.extensions")
    if "context" in statement:
        context = statement["context"]
        assert set(context) <= CONTEXT_KEYS
        if "registration" in context:
            assert UUID_RE.match(context["registration"])
        if "platform" in context:
            assert isinstance(context["platform"], str)
        if "language" in context:
            assert LANG_RE.match(context["language"])
        for kind, activities in context.get("contextActivities", {}).items():
            assert kind in {"parent", "grouping", "category", "other"}
            for activity in activities if isinstance(activities, list) else [activities]:
                check_activity(activity, f"context.contextActivities.{kind}")
        if "extensions" in context:
            check_extensions(context["extensions"], "context.extensions")
    if "timestamp" in statement:
        check_timestamp(statement["timestamp"], "timestamp")
    json.dumps(statement)  # plain JSON


def test_the_validator_catches_broken_statements() -> None:
    """The checks above are not vacuous."""
    good = statements(play(["Okay, I see."]).record(), actor=SAM)[-1]
    validate(good)
    broken = [
        lambda s: s["actor"].update(mbox="mailto:sam@example.com"),  # two identifiers
        lambda s: s["actor"].pop("account"),  # none
        lambda s: s.update(id="not-a-uuid"),
        lambda s: s["verb"].update(id="completed"),
        lambda s: s["verb"].pop("display"),
        lambda s: s["object"].update(id="lost express"),
        lambda s: s["result"]["score"].update(scaled=1.5),
        lambda s: s.update(timestamp="yesterday"),
        lambda s: s["result"].update(duration="3 minutes"),
        lambda s: s["context"].update(registration="x"),
        lambda s: s["result"].update(extensions={"no-iri": 1}),
        lambda s: s["result"].update(response=None),
        lambda s: s.update(extra=1),
    ]
    for breaking in broken:
        statement = json.loads(json.dumps(good))
        breaking(statement)
        with pytest.raises(AssertionError):
            validate(statement)


# -- the statements ----------------------------------------------------------------------------

SAM = Actor("Sam", account_homepage="https://lms.example.com", account_name="emp-0042")


@pytest.fixture(scope="module")
def resolved() -> Call:
    call = play(GOOD)
    assert call.outcome == "resolved"
    return call


def test_every_statement_of_a_resolved_call_is_valid(resolved: Call) -> None:
    record = resolved.record()
    found = statements(record, actor=SAM, session_id="s-1", model_id="tiny.en")
    replies = [t for t in record["turns"] if t["speaker"] == "trainee"]
    assert len(found) == len(replies) + 1
    for statement in found:
        validate(statement)
    assert len({s["id"] for s in found}) == len(found)
    assert len({s["context"]["registration"] for s in found}) == 1


def test_call_statement_carries_score_success_completion_duration(resolved: Call) -> None:
    record = resolved.record()
    record["started_at"], record["ended_at"] = (
        "2026-11-23T10:00:00+00:00",
        "2026-11-23T10:03:25+00:00",
    )
    call = statements(record, actor=SAM, session_id="s-1")[-1]
    assert call["verb"] == {"id": VERBS["completed"], "display": {"en": "completed"}}
    assert call["object"]["id"] == "https://hotseat.invalid/personas/lost-express"
    assert call["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/simulation"
    name = record["persona"]["name"]
    assert call["object"]["definition"]["name"] == {"en": f"Hotseat call: {name}"}
    total = record["score"]["total"]
    assert call["result"]["score"] == {"scaled": total / 100, "raw": total, "min": 0, "max": 100}
    assert call["result"]["success"] is True
    assert call["result"]["completion"] is True
    assert call["result"]["duration"] == "PT3M25S"
    assert call["timestamp"] == "2026-11-23T10:03:25.000Z"
    ext = call["result"]["extensions"]
    assert ext["https://hotseat.invalid/xapi/extensions/outcome"] == "resolved"
    breakdown = ext["https://hotseat.invalid/xapi/extensions/score-breakdown"]
    assert sum(item["points"] for item in breakdown) == record["score"]["raw"]


def test_context_names_platform_language_versions(resolved: Call) -> None:
    found = statements(
        resolved.record(), actor=SAM, session_id="s-1", model_id="tiny.en", platform="Hotseat 0.1"
    )
    for statement in found:
        context = statement["context"]
        assert context["platform"] == "Hotseat 0.1"
        assert context["language"] == "en"
        assert uuid.UUID(context["registration"]).version == 5
        ext = context["extensions"]
        assert ext["https://hotseat.invalid/xapi/extensions/app-version"] == "0.1.0"
        assert ext["https://hotseat.invalid/xapi/extensions/model-id"] == "tiny.en"
        assert ext["https://hotseat.invalid/xapi/extensions/session-id"] == "s-1"
        assert ext["https://hotseat.invalid/xapi/extensions/persona-version"] == (
            resolved.persona.version
        )


def test_each_reply_is_a_responded_statement_with_its_marks_and_evidence(resolved: Call) -> None:
    record = resolved.record()
    found = statements(record, actor=SAM, session_id="s-1")
    replies = [t for t in record["turns"] if t["speaker"] == "trainee"]
    for reply, statement in zip(replies, found, strict=False):
        assert statement["verb"]["id"] == VERBS["responded"]
        assert statement["result"]["response"] == reply["text"]
        ext = statement["result"]["extensions"]
        marks = ext["https://hotseat.invalid/xapi/extensions/marks"]
        for name, mark in reply["marks"].items():
            assert marks[name]["hit"] == mark["hit"]
            if mark["hit"]:
                assert marks[name]["evidence"] == mark["evidence"]
                assert mark["evidence"] in reply["text"]
        assert ext["https://hotseat.invalid/xapi/extensions/mood-after"] == reply["mood_after"]
        obj = statement["object"]
        assert obj["id"].startswith("https://hotseat.invalid/personas/lost-express/lines/")
        assert obj["definition"]["interactionType"] == "long-fill-in"
        parent = statement["context"]["contextActivities"]["parent"]
        assert parent == [
            {"id": "https://hotseat.invalid/personas/lost-express", "objectType": "Activity"}
        ]
    acknowledged = found[1]["result"]["extensions"]
    assert "acknowledge" in acknowledged["https://hotseat.invalid/xapi/extensions/marks-made"]


def test_the_line_answered_is_the_object(resolved: Call) -> None:
    record = resolved.record()
    found = statements(record, actor=SAM)
    opening = record["turns"][0]
    assert found[0]["object"]["definition"]["description"]["en"] == opening["text"]
    assert found[0]["object"]["id"].endswith("/lines/" + opening["line_id"])


def test_walked_out_call_is_completed_without_success() -> None:
    call = play(RUDE)
    assert call.outcome == "walked_out"
    found = statements(call.record(), actor=SAM)
    for statement in found:
        validate(statement)
    final = found[-1]
    assert final["verb"]["id"] == VERBS["completed"]
    assert final["result"]["success"] is False and final["result"]["completion"] is True
    faults = [
        f
        for s in found[:-1]
        for f in s["result"]["extensions"]["https://hotseat.invalid/xapi/extensions/faults"]
    ]
    assert {"doubt", "premature_details"} <= {f["kind"] for f in faults}
    for statement in found[:-1]:
        ext = statement["result"]["extensions"]
        if ext["https://hotseat.invalid/xapi/extensions/faults"]:
            assert statement["result"]["success"] is False


def test_interrupted_session_is_attempted_not_completed() -> None:
    call = Call(play([]).persona, seed=3, trainee="Sam")
    call.start()
    call.reply("Okay, I see.")
    record = call.record()  # no outcome: the machine died mid-call
    found = statements(record, actor=SAM, status="interrupted")
    for statement in found:
        validate(statement)
    final = found[-1]
    assert final["verb"] == {"id": VERBS["attempted"], "display": {"en": "attempted"}}
    assert final["result"]["completion"] is False
    assert "success" not in final["result"]
    assert final["timestamp"]  # the start, as it never ended


def test_statements_are_deterministic_for_a_session(resolved: Call) -> None:
    record = resolved.record()
    first = statements(record, actor=SAM, session_id="s-1")
    again = statements(record, actor=SAM, session_id="s-1")
    other = statements(record, actor=SAM, session_id="s-2")
    assert first == again
    assert {s["id"] for s in first}.isdisjoint(s["id"] for s in other)


def test_hostile_text_stays_plain_data() -> None:
    call = play(["Okay, I see. " + HOSTILE])
    found = statements(call.record(), actor=Actor("Zo\u00eb <b>", mbox="zoe@example.com"))
    for statement in found:
        validate(statement)
    assert found[0]["result"]["response"].endswith(HOSTILE)
    assert found[0]["actor"]["name"] == "Zo\u00eb <b>"
    assert json.loads(json.dumps(found)) == found


def test_actor_identifiers() -> None:
    email = Actor("Sam", mbox="sam@example.com").to_json()
    assert email == {"objectType": "Agent", "name": "Sam", "mbox": "mailto:sam@example.com"}
    account = SAM.to_json()
    assert account["account"] == {"homePage": "https://lms.example.com", "name": "emp-0042"}
    hashed = Actor.hashed_email("Sam", "sam@example.com").to_json()
    assert hashed["mbox_sha1sum"] == hashlib.sha1(b"mailto:sam@example.com").hexdigest()
    assert Actor("", openid="https://id.example.com/sam").to_json() == {
        "objectType": "Agent",
        "openid": "https://id.example.com/sam",
    }
    for agent in (email, account, hashed):
        check_agent(agent)


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"mbox": "sam@example.com", "account_homepage": "https://x", "account_name": "s"},
        {"account_homepage": "https://lms.example.com"},
        {"account_name": "emp-1"},
        {"account_homepage": "lms.example.com", "account_name": "emp-1"},
        {"mbox": "mailto:not-an-address"},
        {"mbox_sha1sum": "abc"},
    ],
)
def test_an_actor_needs_exactly_one_identifier(kwargs: dict[str, str]) -> None:
    with pytest.raises(ValueError):
        Actor("Sam", **kwargs)


def test_workshop_replies_carry_each_trainees_own_actor() -> None:
    call = Call(play([]).persona, seed=1, trainee="Sam")
    call.start()
    call.reply(GOOD[0], trainee="Sam")
    call.reply(GOOD[1], trainee="Ali")
    call.hang_up()
    ali = Actor("Ali", account_homepage="https://lms.example.com", account_name="emp-7")
    found = statements(call.record(), actor=SAM, actors={"Ali": ali, "Sam": SAM})
    assert found[0]["actor"]["account"]["name"] == "emp-0042"
    assert found[1]["actor"]["account"]["name"] == "emp-7"
    assert found[-1]["actor"] == SAM.to_json()


def test_spoken_reply_has_its_duration() -> None:
    call = Call(play([]).persona, seed=1)
    call.start()
    call.reply("Okay, I see.", extra={"timings": {"voiced_ms": 2345.6}})
    call.hang_up()
    found = statements(call.record(), actor=SAM)
    validate(found[0])
    assert found[0]["result"]["duration"] == "PT2.35S"


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "PT0S"), (0.5, "PT0.5S"), (59.999, "PT1M"), (61, "PT1M1S"), (3723.25, "PT1H2M3.25S")],
)
def test_durations_are_iso_8601(seconds: float, text: str) -> None:
    assert duration(seconds) == text
    assert DURATION_RE.match(text)


def test_another_base_iri() -> None:
    found = statements(
        play(["Okay, I see."]).record(), actor=SAM, base_iri="https://lrs.acme.test/"
    )
    assert found[-1]["object"]["id"] == "https://lrs.acme.test/personas/lost-express"
    for statement in found:
        validate(statement)
