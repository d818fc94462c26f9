"""`.hotseat` bundles: export→import round trips exactly; each hostile bundle is refused."""

from __future__ import annotations

import hashlib
import io
import json
import stat
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from desktop import session_bundle
from desktop.session_bundle import (
    KIND,
    SCHEMA_VERSION,
    BundleError,
    export_bundle,
    read_bundle,
    read_manifest,
)
from tests.session_testkit import GOOD, RUDE, play, read_wav, write_session

NOTES = json.dumps([{"turn": "t3", "note": "Good <b>save</b> \u2014 caf\u00e9"}]).encode()


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sessions") / "s-0001"
    call = play(GOOD, take_back_first="Calm down, sir.")
    assert call.outcome == "resolved" and call.undone
    write_session(folder, call, extra_files={"notes.json": NOTES})
    return folder


@pytest.fixture(scope="module")
def bundle(session: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export_bundle(session, tmp_path_factory.mktemp("out") / "call.hotseat")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- round trip --------------------------------------------------------------------------------


def test_export_then_import_keeps_every_journal_line_and_audio_sample(
    session: Path, bundle: Path, tmp_path: Path
) -> None:
    out = read_bundle(bundle, tmp_path / "imported")
    assert out == tmp_path / "imported"
    original = (session / "journal.jsonl").read_text(encoding="utf-8").splitlines()
    copied = (out / "journal.jsonl").read_text(encoding="utf-8").splitlines()
    assert copied == original
    assert [json.loads(line) for line in copied] == [json.loads(line) for line in original]
    assert {json.loads(line)["type"] for line in copied} == {"turn", "undone", "end"}
    for name in ("trainee.wav", "persona.wav"):
        before, after = read_wav(session / name), read_wav(out / name)
        assert after.dtype == before.dtype and len(after) == len(before) == 24000
        assert np.array_equal(before, after)
    manifest = read_manifest(bundle)
    for name, entry in manifest["files"].items():
        assert sha256(session / name) == sha256(out / name) == entry["sha256"]
        assert (out / name).stat().st_size == entry["size"]
    assert json.loads((out / "meta.json").read_text()) == json.loads(
        (session / "meta.json").read_text()
    )


def test_manifest_describes_the_session(bundle: Path) -> None:
    manifest = read_manifest(bundle)
    assert manifest["schema_version"] == SCHEMA_VERSION == 1
    assert manifest["kind"] == KIND == "hotseat.bundle"
    assert manifest["app_version"]
    assert manifest["session"]["id"] == "s-0001"
    assert manifest["session"]["persona"]["id"] == "lost-express"
    assert manifest["session"]["trainees"] == ["Sam"]
    assert manifest["session"]["started_at"]
    assert sorted(manifest["files"]) == [
        "journal.jsonl",
        "meta.json",
        "notes.json",
        "persona.wav",
        "trainee.wav",
    ]
    with zipfile.ZipFile(bundle) as zf:
        for info in zf.infolist():
            assert stat.S_ISREG(info.external_attr >> 16)


def test_typed_session_without_audio_round_trips(tmp_path: Path) -> None:
    folder = tmp_path / "typed"
    write_session(folder, play(RUDE), audio=False, session_id="typed-1")
    path = export_bundle(folder, tmp_path)
    assert path == tmp_path / "typed-1.hotseat"
    out = read_bundle(path, tmp_path / "back")
    assert sorted(p.name for p in out.iterdir()) == ["journal.jsonl", "meta.json"]
    assert (out / "journal.jsonl").read_bytes() == (folder / "journal.jsonl").read_bytes()


def test_export_skips_links_folders_and_hidden_files_and_never_overwrites(
    session: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "linked"
    write_session(folder, play(RUDE), audio=False)
    (folder / "elsewhere").symlink_to("/etc/passwd")
    (folder / ".writer.lock").write_text("123")
    (folder / "sub").mkdir()
    (folder / "sub" / "x.json").write_text("{}")
    path = export_bundle(folder, tmp_path / "a.hotseat")
    assert sorted(read_manifest(path)["files"]) == ["journal.jsonl", "meta.json"]
    with pytest.raises(FileExistsError):
        export_bundle(folder, path)
    assert export_bundle(folder, path, overwrite=True) == path
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".export-")] == []


def test_export_refuses_a_folder_that_is_not_a_session(tmp_path: Path) -> None:
    with pytest.raises(BundleError, match=r"has no meta\.json"):
        export_bundle(tmp_path, tmp_path / "x.hotseat")


def test_export_refuses_what_the_import_would_refuse(tmp_path: Path) -> None:
    """A torn last journal line (a crash mid-write the store has not repaired) is caught at
    export, not by whoever receives the bundle."""
    folder = tmp_path / "torn"
    write_session(folder, play(RUDE), audio=False)
    with (folder / "journal.jsonl").open("a") as journal:
        journal.write('{"type": "turn", "tu')
    with pytest.raises(BundleError, match=r"has a malformed journal\.jsonl: line \d+ is not JSON"):
        export_bundle(folder, tmp_path / "torn.hotseat")
    assert not (tmp_path / "torn.hotseat").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".export-")] == []


def test_overlong_journal_line(
    bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(session_bundle, "MAX_JSON_BYTES", 1000)
    long_line = b'{"type": "turn", "text": "' + b"x" * 2000 + b'"}\n'
    path = hostile(tmp_path, bundle, replace={"journal.jsonl": long_line})
    refused(path, tmp_path, r"has a journal\.jsonl whose line 1 is too long\.$")


def test_import_never_overwrites_an_existing_folder(bundle: Path, tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.mkdir()
    (target / "keep.txt").write_text("mine")
    with pytest.raises(FileExistsError, match="never overwrites"):
        read_bundle(bundle, target)
    assert (target / "keep.txt").read_text() == "mine"
    assert sorted(p.name for p in target.iterdir()) == ["keep.txt"]


def test_imported_files_are_private(bundle: Path, tmp_path: Path) -> None:
    out = read_bundle(bundle, tmp_path / "private")
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    assert stat.S_IMODE((out / "trainee.wav").stat().st_mode) == 0o600


# -- hostile bundles ---------------------------------------------------------------------------


@dataclass
class Member:
    name: str
    data: bytes
    mode: int | None = stat.S_IFREG | 0o644
    compress: int = zipfile.ZIP_DEFLATED


def members_of(bundle: Path) -> list[Member]:
    with zipfile.ZipFile(bundle) as zf:
        return [
            Member(i.filename, zf.read(i), compress=i.compress_type)
            for i in zf.infolist()
            if i.filename != "manifest.json"
        ]


def manifest_for(members: list[Member], **changes: object) -> dict[str, object]:
    manifest: dict[str, object] = {
        "schema_version": 1,
        "kind": "hotseat.bundle",
        "app_version": "0.1.0",
        "session": {"id": "x", "persona": {"id": "lost-express"}, "trainees": ["Sam"]},
        "files": {
            m.name: {"sha256": hashlib.sha256(m.data).hexdigest(), "size": len(m.data)}
            for m in members
        },
    }
    manifest.update(changes)
    return manifest


def write_zip(path: Path, members: list[Member], manifest: object | bytes | None) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        entries = list(members)
        if manifest is not None:
            raw = manifest if isinstance(manifest, bytes) else json.dumps(manifest).encode()
            entries.insert(0, Member("manifest.json", raw))
        for m in entries:
            info = zipfile.ZipInfo(m.name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = m.compress
            if m.mode is not None:
                info.create_system = 3
                info.external_attr = m.mode << 16
            zf.writestr(info, m.data)
    return path


def hostile(
    tmp_path: Path,
    bundle: Path,
    *,
    add: list[Member] = (),  # type: ignore[assignment]
    drop: tuple[str, ...] = (),
    replace: dict[str, bytes] | None = None,
    list_extra: bool = True,
    **manifest_changes: object,
) -> Path:
    """The good bundle rebuilt with changes; the manifest lists what is in it unless told."""
    members = [m for m in members_of(bundle) if m.name not in drop]
    for m in members:
        if replace and m.name in replace:
            m.data = replace[m.name]
    listed = members + (list(add) if list_extra else [])
    manifest = manifest_for(listed, **manifest_changes)
    return write_zip(tmp_path / "hostile.hotseat", members + list(add), manifest)


def refused(path: Path, into: Path, message: str) -> BundleError:
    with pytest.raises(BundleError, match=message) as caught:
        read_bundle(path, into / "imported")
    assert not (into / "imported").exists()
    assert [p for p in into.iterdir() if p.name.startswith(".import-")] == []
    text = str(caught.value)
    assert text.endswith(".") and "\n" not in text
    return caught.value


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "notes.hotseat"
    path.write_bytes(b"just some text, not a zip at all\n" * 10)
    refused(path, tmp_path, r"^notes\.hotseat is not a Hotseat bundle: it is not a zip file\.$")


def test_truncated_zip(bundle: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.hotseat"
    path.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    refused(path, tmp_path, "it is not a zip file")


def test_corrupt_member_data(bundle: Path, tmp_path: Path) -> None:
    data = bytearray(bundle.read_bytes())
    with zipfile.ZipFile(bundle) as zf:
        info = zf.getinfo("trainee.wav")
    assert info.compress_type == zipfile.ZIP_STORED
    at = info.header_offset + 30 + len(info.filename) + 2000  # inside the samples
    data[at : at + 8] = bytes(8 - i for i in range(8))
    path = tmp_path / "flipped.hotseat"
    path.write_bytes(bytes(data))
    refused(path, tmp_path, r"is damaged: 'trainee\.wav' cannot be read \(Bad CRC-32")


def test_missing_manifest(bundle: Path, tmp_path: Path) -> None:
    path = write_zip(tmp_path / "b.hotseat", members_of(bundle), None)
    refused(path, tmp_path, r"^b\.hotseat is not a Hotseat bundle: it has no manifest\.json\.$")


def test_unknown_kind(bundle: Path, tmp_path: Path) -> None:
    path = hostile(tmp_path, bundle, kind="something.else")
    refused(path, tmp_path, r"is not a Hotseat bundle \(its manifest's kind is 'something\.else'\)")


def test_unknown_schema_version(bundle: Path, tmp_path: Path) -> None:
    path = hostile(tmp_path, bundle, schema_version=2)
    refused(path, tmp_path, r"has bundle schema version 2, which this Hotseat cannot read")


def test_schema_version_not_a_number(bundle: Path, tmp_path: Path) -> None:
    path = hostile(tmp_path, bundle, schema_version="1")
    refused(path, tmp_path, "malformed manifest.json: schema_version is not a number")


@pytest.mark.parametrize("name", ["../evil.txt", "notes/../../evil.txt", "..\\evil.txt"])
def test_path_traversal(bundle: Path, tmp_path: Path, name: str) -> None:
    path = hostile(tmp_path, bundle, add=[Member(name, b"gotcha")])
    refused(path, tmp_path, "a path that leads outside the session folder")
    assert not (tmp_path / "evil.txt").exists()


@pytest.mark.parametrize("name", ["/tmp/evil.txt", "\\evil.txt"])
def test_absolute_path(bundle: Path, tmp_path: Path, name: str) -> None:
    path = hostile(tmp_path, bundle, add=[Member(name, b"gotcha")])
    refused(path, tmp_path, "an absolute path .*; members must be relative")


@pytest.mark.parametrize("name", ["C:evil.txt", "c:/windows/evil.txt", "D:\\evil.txt"])
def test_drive_letter(bundle: Path, tmp_path: Path, name: str) -> None:
    path = hostile(tmp_path, bundle, add=[Member(name, b"gotcha")])
    refused(path, tmp_path, "a path with a drive letter")


def test_symlink_member(bundle: Path, tmp_path: Path) -> None:
    link = Member("notes2.json", b"/etc/passwd", mode=stat.S_IFLNK | 0o777)
    path = hostile(tmp_path, bundle, add=[link])
    refused(path, tmp_path, r"contains a symbolic link \('notes2\.json'\)")


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        (stat.S_IFIFO | 0o644, "which is not a regular file"),
        (stat.S_IFCHR | 0o644, "which is not a regular file"),
        (stat.S_IFBLK | 0o644, "which is not a regular file"),
        (stat.S_IFDIR | 0o755, "a folder entry"),
    ],
)
def test_other_non_regular_members(bundle: Path, tmp_path: Path, mode: int, message: str) -> None:
    path = hostile(tmp_path, bundle, add=[Member("odd", b"", mode=mode)])
    refused(path, tmp_path, message)


def test_folder_entry(bundle: Path, tmp_path: Path) -> None:
    path = hostile(tmp_path, bundle, add=[Member("extra/", b"", mode=stat.S_IFDIR | 0o755)])
    refused(path, tmp_path, "a folder entry")


def test_hard_link_members_sharing_data(bundle: Path, tmp_path: Path) -> None:
    """Two directory entries pointing at the same bytes: zip's hard link, and the overlapping
    zip bomb's trick."""
    aa = Member("aa.json", b"{}")
    bb = Member("bb.json", b"{}")
    path = hostile(tmp_path, bundle, add=[aa, bb])
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        offset_a = zf.getinfo("aa.json").header_offset
    central_b = data.find(b"PK\x01\x02", data.find(b"PK\x01\x02"))
    while data[central_b + 46 : central_b + 46 + 7] != b"bb.json":
        central_b = data.find(b"PK\x01\x02", central_b + 4)
    struct.pack_into("<I", data, central_b + 42, offset_a)
    path.write_bytes(bytes(data))
    refused(path, tmp_path, "members that share their data")


def test_duplicate_names(bundle: Path, tmp_path: Path) -> None:
    with pytest.warns(UserWarning, match="Duplicate name"):
        path = hostile(tmp_path, bundle, add=[Member("meta.json", b"{}")], list_extra=False)
    refused(path, tmp_path, r"contains 'meta\.json' more than once")


def test_duplicate_names_differing_only_in_case(bundle: Path, tmp_path: Path) -> None:
    path = hostile(tmp_path, bundle, add=[Member("META.json", b"{}")])
    refused(path, tmp_path, r"contains 'META\.json' more than once")


def test_member_not_in_manifest(bundle: Path, tmp_path: Path) -> None:
    path = hostile(tmp_path, bundle, add=[Member("payload.bin", b"\x00" * 10)], list_extra=False)
    refused(path, tmp_path, r"contains 'payload\.bin', which its manifest does not list\.$")


def test_listed_member_missing(bundle: Path, tmp_path: Path) -> None:
    members = [m for m in members_of(bundle) if m.name != "persona.wav"]
    manifest = manifest_for(members_of(bundle))
    path = write_zip(tmp_path / "b.hotseat", members, manifest)
    refused(
        path, tmp_path, r"is incomplete: its manifest lists 'persona\.wav', which is missing\.$"
    )


def test_required_file_missing_from_manifest(bundle: Path, tmp_path: Path) -> None:
    path = hostile(tmp_path, bundle, drop=("journal.jsonl",))
    refused(path, tmp_path, "is not a complete session: its manifest has no journal.jsonl")


def test_member_in_a_subfolder(bundle: Path, tmp_path: Path) -> None:
    path = hostile(tmp_path, bundle, add=[Member("coach/t3.json", b"{}")])
    refused(
        path, tmp_path, r"a member in a subfolder \('coach/t3\.json'\); session folders are flat"
    )


def test_too_many_members(bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(session_bundle, "MAX_MEMBERS", 5)  # the bundle has 6
    refused(bundle, tmp_path, r"has 6 members, more than the 5 a bundle may have")


def test_oversized_member_declared(
    bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(session_bundle, "MAX_MEMBER_BYTES", 40_000)
    refused(bundle, tmp_path, r"is too large: '.*\.wav' would unpack to more than")


def test_oversized_total_declared(
    bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(session_bundle, "MAX_TOTAL_BYTES", 60_000)
    refused(bundle, tmp_path, r"is too large: it would unpack to more than")


def test_zip_bomb_lying_about_its_size(bundle: Path, tmp_path: Path) -> None:
    """A member that says 100 bytes but inflates to 20 MB: never more than 100 bytes are read."""
    bomb = Member("bomb.json", b"[" + b" " * 20_000_000 + b"]")
    path = hostile(tmp_path, bundle, add=[bomb])
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("bomb.json")
    assert info.compress_size < 100_000
    struct.pack_into("<I", data, info.header_offset + 22, 100)  # local header
    central = 0
    while True:
        central = data.find(b"PK\x01\x02", central + 1)
        length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + length] == b"bomb.json":
            break
    struct.pack_into("<I", data, central + 24, 100)  # central directory
    # the manifest is not rewritten: it says 20 MB, the zip says 100 bytes
    path.write_bytes(bytes(data))
    refused(path, tmp_path, r"is inconsistent: 'bomb\.json' is 100 bytes in the zip")


def test_zip_bomb_lying_consistently(bundle: Path, tmp_path: Path) -> None:
    """Manifest and zip agree on 100 bytes; the data inflates to 20 MB and is cut off."""
    big = b"[" + b" " * 20_000_000 + b"]"
    small = big[:100]
    members = [*members_of(bundle), Member("bomb.json", big)]
    manifest = manifest_for([*members_of(bundle), Member("bomb.json", small)])
    path = write_zip(tmp_path / "bomb.hotseat", members, manifest)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("bomb.json")
    struct.pack_into("<I", data, info.header_offset + 22, 100)
    central = 0
    while True:
        central = data.find(b"PK\x01\x02", central + 1)
        length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + length] == b"bomb.json":
            break
    struct.pack_into("<I", data, central + 24, 100)
    path.write_bytes(bytes(data))
    refused(path, tmp_path, r"is damaged: 'bomb\.json' cannot be read \(Bad CRC-32")


def test_bad_checksum(bundle: Path, tmp_path: Path) -> None:
    members = members_of(bundle)
    manifest = manifest_for(members)
    manifest["files"]["journal.jsonl"]["sha256"] = "0" * 64  # type: ignore[index]
    path = write_zip(tmp_path / "b.hotseat", members, manifest)
    refused(path, tmp_path, r"the checksum of 'journal\.jsonl' does not match its manifest\.$")


def test_altered_content_with_the_old_checksum(bundle: Path, tmp_path: Path) -> None:
    members = members_of(bundle)
    manifest = manifest_for(members)
    for m in members:
        if m.name == "meta.json":
            m.data = m.data.replace(b'"Sam"', b'"Max"')
    path = write_zip(tmp_path / "b.hotseat", members, manifest)
    refused(path, tmp_path, r"the checksum of 'meta\.json' does not match")


def test_malformed_manifest_json(bundle: Path, tmp_path: Path) -> None:
    path = write_zip(tmp_path / "b.hotseat", members_of(bundle), b'{"kind": "hotseat.bundle",')
    refused(path, tmp_path, r"has a malformed manifest\.json: .* at line 1, column \d+\.$")


def test_manifest_not_an_object(bundle: Path, tmp_path: Path) -> None:
    path = write_zip(tmp_path / "b.hotseat", members_of(bundle), b"[1, 2, 3]")
    refused(path, tmp_path, r"has a malformed manifest\.json: it is not a JSON object\.$")


def test_manifest_entry_without_checksum(bundle: Path, tmp_path: Path) -> None:
    members = members_of(bundle)
    manifest = manifest_for(members)
    manifest["files"]["meta.json"] = {"size": 3}  # type: ignore[index]
    path = write_zip(tmp_path / "b.hotseat", members, manifest)
    refused(path, tmp_path, r"the entry for 'meta\.json' needs a sha256 and a size")


def test_malformed_meta_json(bundle: Path, tmp_path: Path) -> None:
    path = hostile(tmp_path, bundle, replace={"meta.json": b"{not json"})
    refused(path, tmp_path, r"has a malformed meta\.json: .* at line 1")


def test_meta_not_an_object(bundle: Path, tmp_path: Path) -> None:
    path = hostile(tmp_path, bundle, replace={"meta.json": b'"a string"'})
    refused(path, tmp_path, r"has a malformed meta\.json: it is not a JSON object\.$")


def test_malformed_journal_line(bundle: Path, tmp_path: Path) -> None:
    journal = b'{"type": "turn", "turn": {}}\n{"type": "turn", "tu\n'
    path = hostile(tmp_path, bundle, replace={"journal.jsonl": journal})
    refused(path, tmp_path, r"has a malformed journal\.jsonl: line 2 is not JSON")


def test_journal_line_without_type(bundle: Path, tmp_path: Path) -> None:
    path = hostile(tmp_path, bundle, replace={"journal.jsonl": b'{"turn": {}}\n'})
    refused(path, tmp_path, r"journal\.jsonl: line 1 is not an entry with a type")


def test_malformed_notes_json(bundle: Path, tmp_path: Path) -> None:
    path = hostile(tmp_path, bundle, replace={"notes.json": b"\xff\xfe not utf-8"})
    refused(path, tmp_path, r"has a malformed notes\.json: it is not UTF-8 text\.$")


def test_audio_that_is_not_wav(bundle: Path, tmp_path: Path) -> None:
    path = hostile(tmp_path, bundle, replace={"trainee.wav": b"ID3\x03\x00 an mp3, really"})
    refused(path, tmp_path, r"has an audio file that is not valid WAV \(trainee\.wav: ")


def test_audio_in_an_unexpected_format(bundle: Path, tmp_path: Path) -> None:
    buf = io.BytesIO()
    with __import__("wave").open(buf, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(1)
        wav.setframerate(16000)
        wav.writeframes(b"\x80" * 100)
    path = hostile(tmp_path, bundle, replace={"persona.wav": buf.getvalue()})
    refused(path, tmp_path, r"audio file in a format Hotseat does not use \(persona\.wav: 1 ")


def test_encrypted_member(bundle: Path, tmp_path: Path) -> None:
    path = hostile(tmp_path, bundle)
    data = bytearray(path.read_bytes())
    central = data.find(b"PK\x01\x02")
    flags = struct.unpack_from("<H", data, central + 8)[0]
    struct.pack_into("<H", data, central + 8, flags | 0x1)
    path.write_bytes(bytes(data))
    refused(path, tmp_path, r"is encrypted \('.*'\); bundles never are")


def test_unsupported_compression(bundle: Path, tmp_path: Path) -> None:
    path = hostile(tmp_path, bundle, add=[Member("x.json", b"{}", compress=zipfile.ZIP_LZMA)])
    refused(path, tmp_path, r"unsupported compression method for 'x\.json'")


def test_odd_member_names(bundle: Path, tmp_path: Path) -> None:
    path = hostile(tmp_path, bundle, add=[Member(".hidden", b"{}")])
    refused(path, tmp_path, r"a member name Hotseat does not accept \('\.hidden'\)")


def test_a_good_bundle_still_imports_after_the_hostile_ones(bundle: Path, tmp_path: Path) -> None:
    """The checks are strict, not broken: a bundle built by hand the same way is accepted."""
    members = members_of(bundle)
    path = write_zip(tmp_path / "b.hotseat", members, manifest_for(members))
    out = read_bundle(path, tmp_path / "fine")
    assert (out / "meta.json").is_file()


# -- with the real session store ---------------------------------------------------------------


def test_store_recording_exported_and_adopted_by_another_store_is_identical(
    tmp_path: Path,
) -> None:
    """A call recorded by SessionStore (both voices, time-aligned) → bundle → import → adopted
    by another store: the same record, journal bytes, every sample of both tracks, offsets."""
    from desktop.session_store import SessionStore
    from personas.call import Call
    from personas.library import find_persona
    from tests.session_testkit import tone

    store = SessionStore(tmp_path / "a")
    call = Call(find_persona("lost-express"), seed=5, trainee="Sam", mode="voice")
    t = 1000.0
    writer = store.create({**call.record(), "model_id": "tiny.en"}, t0=t)
    voice = tone(1.0, 300.0, 1).astype(np.float32) / 32768
    opening = call.start()
    writer.persona_audio(voice, t, turn_id=opening["id"])
    writer.turn({**opening, "played_s": 1.0})
    t += 1.2
    for text in GOOD[:3]:
        mic = tone(0.8, 200.0, 2).astype(np.float32) / 32768
        for i in range(0, len(mic), 512):
            writer.trainee_audio(mic[i : i + 512], t + i / 16000)
        timings = {"first_voiced_at": t, "last_voiced_at": t + 0.8}
        result = call.reply(text, extra={"timings": timings})
        writer.turn(result.trainee_turn)
        t += 1.0
        for turn in result.persona_turns:
            writer.persona_audio(voice, t, turn_id=turn["id"])
            writer.turn({**turn, "played_s": 1.0})
            t += 1.1
    call.hang_up()
    writer.finish(call.record())
    folder = store.root / writer.id

    bundle = export_bundle(folder, tmp_path)
    assert bundle == tmp_path / f"{writer.id}.hotseat"
    imported = read_bundle(bundle, tmp_path / "imported")
    other = SessionStore(tmp_path / "b")
    new_id = other.adopt(imported)
    before, after = store.get(writer.id), other.get(new_id)
    assert after.record == before.record
    assert after.offsets == before.offsets and before.offsets
    assert (other.root / new_id / "journal.jsonl").read_bytes() == (
        folder / "journal.jsonl"
    ).read_bytes()
    for track in ("trainee", "persona"):
        samples = before.read_track(track)
        assert len(samples) > 16000 and np.abs(samples).max() > 10000
        assert np.array_equal(after.read_track(track), samples)
        name = f"{track}.wav"
        assert sha256(other.root / new_id / name) == read_manifest(bundle)["files"][name]["sha256"]
