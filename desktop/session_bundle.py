"""Portable session bundles (`.hotseat`): export a session folder, and import one safely.

A bundle is a zip holding ``manifest.json`` and the files of one session folder
(``meta.json``, ``journal.jsonl``, ``trainee.wav``, ``persona.wav`` and whatever else the folder
keeps, such as coach notes). The manifest names every file with its size and SHA-256::

    {"schema_version": 1, "kind": "hotseat.bundle", "app_version": "0.1.0",
     "session": {"id": ..., "persona": {...}, "trainees": [...], "started_at": ...},
     "files": {"meta.json": {"sha256": "...", "size": 123}, ...}}

Imported bundles are untrusted. `read_bundle` checks the archive before it writes a byte
(member names, member kinds, counts and declared sizes, the manifest), then streams each member
into a temporary folder counting the bytes actually produced (so a zip bomb that lies about its
sizes is stopped at the limit, not after filling the disk), checks every checksum, parses the
JSON files and the WAV headers, and only then renames the folder into place. Anything wrong is
a `BundleError` with one sentence saying what. An import never overwrites anything.

No Qt here: the command line and the window both use it.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import shutil
import stat
import tempfile
import time
import wave
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1
KIND = "hotseat.bundle"
SUFFIX = ".hotseat"
MANIFEST = "manifest.json"
META = "meta.json"
JOURNAL = "journal.jsonl"
AUDIO_FILES = ("trainee.wav", "persona.wav")
REQUIRED_FILES = (META, JOURNAL)

MAX_MEMBERS = 10_000
"""Members in one bundle, the manifest included."""
MAX_TOTAL_BYTES = 2 * 1024**3
"""Uncompressed bytes of all members together (about 9 hours of both voices at 16 kHz)."""
MAX_MEMBER_BYTES = 2 * 1024**3
"""Uncompressed bytes of any one member."""
MAX_MANIFEST_BYTES = 4 * 1024**2
MAX_JSON_BYTES = 256 * 1024**2
"""A JSON file, or one line of the journal, is parsed whole: at most this big."""
MAX_NAME_LENGTH = 255
MAX_DEPTH = 1
"""Folder levels a member name may have: session folders are flat (the store adopts only
plain files), so a bundle's members are plain names."""

_CHUNK = 1024 * 1024
_SAFE_PART = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\- ]*$")
_DRIVE = re.compile(r"^[A-Za-z]:")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_ALLOWED_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


class BundleError(ValueError):
    """A bundle that cannot be exported or imported; the message is one sentence saying why."""


# -- export ------------------------------------------------------------------------------------


def export_bundle(
    folder: Path,
    dest: Path,
    *,
    app_version: str | None = None,
    session_id: str | None = None,
    overwrite: bool = False,
) -> Path:
    """Write the session in ``folder`` to a ``.hotseat`` bundle and return its path.

    ``dest`` is the bundle's path, or an existing folder to write ``<session id>.hotseat`` into.
    The bundle is written next to its destination under a temporary name and renamed when
    complete, so a failed export leaves nothing half-written. An existing file is replaced only
    with ``overwrite=True``. Symbolic links in the session folder are skipped; a folder the
    importer would refuse (too big, too many files) is refused here too.
    """
    folder = Path(folder)
    if not (folder / META).is_file():
        raise BundleError(f"{folder} is not a session folder: it has no {META}.")
    meta = _load_json_file(folder / META)
    sid = session_id or str(meta.get("id") or folder.name)
    dest = Path(dest)
    if dest.is_dir():
        dest = dest / f"{_safe_file_stem(sid)}{SUFFIX}"
    if dest.exists() and not overwrite:
        raise FileExistsError(f"{dest} already exists; choose another name or overwrite it.")

    files = list(_session_files(folder))
    for name, _ in files:
        _check_name(name)
    missing = [name for name in REQUIRED_FILES if name not in {n for n, _ in files}]
    if missing:
        raise BundleError(f"{folder} is not a complete session folder: {missing[0]} is missing.")
    if len(files) + 1 > MAX_MEMBERS:
        raise BundleError(f"{folder} has more than {MAX_MEMBERS - 1} files to bundle.")
    # What the importer would refuse is refused here, where it can still be repaired.
    _check_contents(folder, [name for name, _ in files], f"The session in {folder}")

    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".export-", suffix=SUFFIX, dir=dest.parent)
    tmp = Path(tmp_name)
    try:
        listing: dict[str, dict[str, Any]] = {}
        total = 0
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", allowZip64=True) as zf:
            for name, path in files:
                info = _zip_info(name, path.stat().st_mtime)
                info.compress_type = (
                    zipfile.ZIP_STORED if name.endswith(".wav") else zipfile.ZIP_DEFLATED
                )
                digest, size = hashlib.sha256(), 0
                # The size is only known once the file is read (a live session may still grow).
                with path.open("rb") as src, zf.open(info, "w", force_zip64=True) as out:
                    while chunk := src.read(_CHUNK):
                        size += len(chunk)
                        total += len(chunk)
                        if size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
                            raise BundleError(
                                f"{folder} is too large to bundle "
                                f"(at most {_gib(MAX_TOTAL_BYTES)} in all)."
                            )
                        digest.update(chunk)
                        out.write(chunk)
                listing[name] = {"sha256": digest.hexdigest(), "size": size}
            manifest = {
                "schema_version": SCHEMA_VERSION,
                "kind": KIND,
                "app_version": app_version or _app_version(),
                "session": _session_summary(sid, meta),
                "files": listing,
            }
            data = json.dumps(manifest, indent=2, ensure_ascii=False).encode("utf-8")
            info = _zip_info(MANIFEST, time.time())
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
        os.chmod(tmp, 0o600)
        if overwrite:
            os.replace(tmp, dest)
        else:
            # link() refuses to replace an existing file, so a file that appeared meanwhile
            # is never clobbered.
            try:
                os.link(tmp, dest)
            except FileExistsError:
                raise FileExistsError(f"{dest} already exists; choose another name.") from None
            except OSError:  # file systems without hard links
                if dest.exists():
                    raise FileExistsError(f"{dest} already exists; choose another name.") from None
                os.replace(tmp, dest)
            tmp.unlink(missing_ok=True)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest


def _session_files(folder: Path) -> Iterable[tuple[str, Path]]:
    """(name in the bundle, path) of every regular file of the session folder, sorted.

    A session folder is flat; subfolders, links, hidden files (the writer's lock) are skipped.
    """
    found: list[tuple[str, Path]] = []
    for path in sorted(folder.iterdir()):
        name = path.name
        if name.startswith(".") or name == MANIFEST or path.is_symlink() or not path.is_file():
            continue
        found.append((name, path))
    return found


def _zip_info(name: str, mtime: float) -> zipfile.ZipInfo:
    stamp = time.localtime(max(mtime, 315532800.0))  # zip dates start in 1980
    info = zipfile.ZipInfo(name, date_time=stamp[:6])
    info.create_system = 3  # unix, so the mode below is read as one
    info.external_attr = (stat.S_IFREG | 0o600) << 16
    return info


def _session_summary(sid: str, meta: dict[str, Any]) -> dict[str, Any]:
    persona = meta.get("persona")
    if not isinstance(persona, dict):
        persona = {
            "id": meta.get("persona_id"),
            "version": meta.get("persona_version"),
            "name": meta.get("persona_name"),
        }
    trainees = meta.get("trainees")
    if not isinstance(trainees, list):
        trainee = meta.get("trainee")
        trainees = [trainee] if trainee else []
    return {
        "id": sid,
        "persona": {key: persona.get(key) for key in ("id", "version", "name")},
        "trainees": trainees,
        "started_at": meta.get("started_at"),
    }


def _app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("hotseat")
    except PackageNotFoundError:
        return "0+unknown"


def _safe_file_stem(text: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-.")
    return stem or "session"


def _gib(n: int) -> str:
    return f"{n / 1024**3:g} GB"


# -- import ------------------------------------------------------------------------------------


def read_manifest(path: Path) -> dict[str, Any]:
    """The manifest of a bundle, after every check that needs no extraction (see `read_bundle`)."""
    with _open_zip(Path(path)) as zf:
        return _checked(zf, Path(path).name)[0]


def read_bundle(path: Path, into: Path) -> Path:
    """Check an untrusted bundle and extract it to the new folder ``into``; return ``into``.

    ``into`` must not exist (its parent is created if needed). The files are extracted into a
    temporary folder beside it, checked, and the folder renamed to ``into`` only when all is well;
    on any failure nothing is left behind. Raises `BundleError` for a bundle that is not
    acceptable, and `FileExistsError` if ``into`` exists.
    """
    path, into = Path(path), Path(into)
    label = path.name
    if os.path.lexists(into):
        raise FileExistsError(f"{into} already exists; an import never overwrites anything.")
    with _open_zip(path) as zf:
        manifest, members = _checked(zf, label)
        into.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".import-", dir=into.parent))
        try:
            os.chmod(tmp, 0o700)
            total = 0
            for info in members:
                total = _extract(zf, info, manifest["files"][info.filename], tmp, label, total)
            _check_contents(tmp, manifest["files"], label)
            if os.path.lexists(into):
                raise FileExistsError(
                    f"{into} already exists; an import never overwrites anything."
                )
            os.rename(tmp, into)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    return into


def _open_zip(path: Path) -> zipfile.ZipFile:
    label = path.name
    if not path.is_file():
        raise BundleError(f"{label} is not a file.")
    try:
        return zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise BundleError(f"{label} is not a Hotseat bundle: it is not a zip file.") from None
    except (OSError, ValueError, EOFError) as error:
        raise BundleError(f"{label} is damaged and cannot be read ({error}).") from None


def _checked(zf: zipfile.ZipFile, label: str) -> tuple[dict[str, Any], list[zipfile.ZipInfo]]:
    """Every check before extraction: the members, then the manifest against them."""
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise BundleError(
            f"{label} has {len(infos)} members, more than the {MAX_MEMBERS} a bundle may have."
        )
    seen: dict[str, str] = {}
    total = 0
    for info in infos:
        name = info.orig_filename
        _check_name(name, label)
        _check_kind(info, label)
        key = name.casefold()
        if key in seen:
            raise BundleError(f"{label} contains {name!r} more than once.")
        seen[key] = name
        if info.flag_bits & 0x1:
            raise BundleError(f"{label} is encrypted ({name!r}); bundles never are.")
        if info.compress_type not in _ALLOWED_COMPRESSION:
            raise BundleError(f"{label} uses an unsupported compression method for {name!r}.")
        if info.file_size > MAX_MEMBER_BYTES:
            raise BundleError(
                f"{label} is too large: {name!r} would unpack to more than "
                f"{_gib(MAX_MEMBER_BYTES)}."
            )
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise BundleError(
                f"{label} is too large: it would unpack to more than {_gib(MAX_TOTAL_BYTES)}."
            )
    _check_overlaps(infos, label)

    manifest_info = next((i for i in infos if i.orig_filename == MANIFEST), None)
    if manifest_info is None:
        raise BundleError(f"{label} is not a Hotseat bundle: it has no {MANIFEST}.")
    if manifest_info.file_size > MAX_MANIFEST_BYTES:
        raise BundleError(f"{label} has a {MANIFEST} too large to be a real one.")
    raw = _read_small(zf, manifest_info, MAX_MANIFEST_BYTES, label)
    manifest = _parse_json(raw, MANIFEST, label)
    _check_manifest(manifest, label)

    listed: dict[str, dict[str, Any]] = manifest["files"]
    members = [i for i in infos if i.orig_filename != MANIFEST]
    present = {i.orig_filename for i in members}
    for info in members:
        if info.orig_filename not in listed:
            raise BundleError(
                f"{label} contains {info.orig_filename!r}, which its manifest does not list."
            )
    for name in listed:
        if name not in present:
            raise BundleError(
                f"{label} is incomplete: its manifest lists {name!r}, which is missing."
            )
    for info in members:
        declared = listed[info.orig_filename]["size"]
        if info.file_size != declared:
            raise BundleError(
                f"{label} is inconsistent: {info.orig_filename!r} is {info.file_size} bytes in "
                f"the zip but {declared} in the manifest."
            )
    return manifest, members


def _check_name(name: str, label: str | None = None) -> None:
    where = f"{label} contains" if label else "the session has"
    shown = repr(name)
    if not name:
        raise BundleError(f"{where} a member with no name.")
    if len(name) > MAX_NAME_LENGTH:
        raise BundleError(f"{where} a member whose name is too long.")
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        raise BundleError(f"{where} a member name with control characters ({shown}).")
    if name.startswith(("/", "\\")):
        raise BundleError(f"{where} an absolute path ({shown}); members must be relative.")
    if _DRIVE.match(name):
        raise BundleError(
            f"{where} a path with a drive letter ({shown}); members must be relative."
        )
    parts = re.split(r"[/\\]", name)
    if ".." in parts:
        raise BundleError(f"{where} a path that leads outside the session folder ({shown}).")
    if "\\" in name:
        raise BundleError(f"{where} a member name with a backslash ({shown}).")
    if name.endswith("/"):
        raise BundleError(f"{where} a folder entry ({shown}); bundles hold only files.")
    if len(parts) > MAX_DEPTH:
        raise BundleError(f"{where} a member in a subfolder ({shown}); session folders are flat.")
    if not all(_SAFE_PART.match(p) for p in parts):
        raise BundleError(f"{where} a member name Hotseat does not accept ({shown}).")


def _check_kind(info: zipfile.ZipInfo, label: str) -> None:
    """Only regular files: no links, folders, devices or pipes (read from the unix mode bits)."""
    name = info.orig_filename
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if info.is_dir() or kind == stat.S_IFDIR or info.external_attr & 0x10:
        raise BundleError(f"{label} contains a folder entry ({name!r}); bundles hold only files.")
    if kind == stat.S_IFLNK:
        raise BundleError(f"{label} contains a symbolic link ({name!r}); bundles hold only files.")
    if kind not in (0, stat.S_IFREG):
        raise BundleError(
            f"{label} contains {name!r}, which is not a regular file (a link, device or pipe)."
        )


def _check_overlaps(infos: list[zipfile.ZipInfo], label: str) -> None:
    """Members must not share data: entries pointing at the same bytes are how hard-link-like
    aliases and "overlapping" zip bombs are built."""
    spans = sorted(
        (i.header_offset, i.header_offset + 30 + len(i.orig_filename.encode()) + i.compress_size)
        for i in infos
    )
    for (start, end), (next_start, _) in itertools.pairwise(spans):
        if next_start < end or next_start == start:
            raise BundleError(
                f"{label} has members that share their data (a hard link or zip bomb trick)."
            )


def _check_manifest(manifest: Any, label: str) -> None:
    if not isinstance(manifest, dict):
        raise BundleError(f"{label} has a malformed {MANIFEST}: it is not a JSON object.")
    kind = manifest.get("kind")
    if kind != KIND:
        raise BundleError(f"{label} is not a Hotseat bundle (its manifest's kind is {kind!r}).")
    version = manifest.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BundleError(f"{label} has a malformed {MANIFEST}: schema_version is not a number.")
    if version != SCHEMA_VERSION:
        newer = " (made by a newer Hotseat?)" if version > SCHEMA_VERSION else ""
        raise BundleError(
            f"{label} has bundle schema version {version}, which this Hotseat cannot read "
            f"(it reads version {SCHEMA_VERSION}){newer}."
        )
    files = manifest.get("files")
    if not isinstance(files, dict):
        raise BundleError(f"{label} has a malformed {MANIFEST}: files is not an object.")
    for name, entry in files.items():
        _check_name(name, label)
        if name == MANIFEST:
            raise BundleError(f"{label} has a malformed {MANIFEST}: it lists itself.")
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("sha256"), str)
            or not _SHA256.match(entry["sha256"])
            or not isinstance(entry.get("size"), int)
            or isinstance(entry.get("size"), bool)
            or entry["size"] < 0
        ):
            raise BundleError(
                f"{label} has a malformed {MANIFEST}: the entry for {name!r} needs a sha256 "
                "and a size."
            )
    for name in REQUIRED_FILES:
        if name not in files:
            raise BundleError(f"{label} is not a complete session: its manifest has no {name}.")
    session = manifest.get("session")
    if session is not None and not isinstance(session, dict):
        raise BundleError(f"{label} has a malformed {MANIFEST}: session is not an object.")


def _read_small(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, label: str) -> bytes:
    out = bytearray()
    try:
        with zf.open(info) as src:
            while chunk := src.read(min(_CHUNK, limit + 1)):
                out += chunk
                if len(out) > limit or len(out) > info.file_size:
                    raise BundleError(
                        f"{label} is damaged or hostile: {info.orig_filename!r} unpacks to more "
                        "than it declares."
                    )
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
        if isinstance(error, BundleError):
            raise
        raise BundleError(
            f"{label} is damaged: {info.orig_filename!r} cannot be read ({error})."
        ) from None
    return bytes(out)


def _extract(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    entry: dict[str, Any],
    into: Path,
    label: str,
    total: int,
) -> int:
    """Stream one member to ``into``, counting real bytes and hashing; returns the new total."""
    name = info.orig_filename
    target = into.joinpath(*name.split("/"))
    if into.resolve() not in target.resolve().parents:  # belt and braces after _check_name
        raise BundleError(f"{label} contains a path that leads outside the session folder.")
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    declared = entry["size"]
    digest, size = hashlib.sha256(), 0
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o600)
        with os.fdopen(fd, "wb") as out, zf.open(info) as src:
            while chunk := src.read(_CHUNK):
                size += len(chunk)
                total += len(chunk)
                if size > declared or size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
                    raise BundleError(
                        f"{label} is hostile or damaged: {name!r} unpacks to more than the "
                        f"{declared} bytes it declares."
                    )
                digest.update(chunk)
                out.write(chunk)
    except BundleError:
        raise
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as error:
        raise BundleError(f"{label} is damaged: {name!r} cannot be read ({error}).") from None
    if size != declared:
        raise BundleError(
            f"{label} is damaged: {name!r} has {size} bytes, not the {declared} it declares."
        )
    if digest.hexdigest() != entry["sha256"]:
        raise BundleError(
            f"{label} is damaged or was altered: the checksum of {name!r} does not match its "
            "manifest."
        )
    return total


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _check_contents(folder: Path, names: Iterable[str], label: str) -> None:
    """The files mean what they claim: JSON parses, the journal's lines are objects, the audio
    is WAV."""
    for name in names:
        path = folder.joinpath(*name.split("/"))
        if name.endswith(".json"):
            if path.stat().st_size > MAX_JSON_BYTES:
                raise BundleError(f"{label} has a {name} too large to be read as JSON.")
            value = _parse_json(path.read_bytes(), name, label)
            if name == META and not isinstance(value, dict):
                raise BundleError(f"{label} has a malformed {META}: it is not a JSON object.")
        elif name.endswith(".jsonl"):
            _check_jsonl(path, name, label)
        elif name.endswith(".wav"):
            _check_wav(path, name, label)


def _parse_json(raw: bytes, name: str, label: str) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise BundleError(f"{label} has a malformed {name}: {_json_reason(error)}.") from None


def _json_reason(error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg} at line {error.lineno}, column {error.colno}"
    if isinstance(error, UnicodeDecodeError):
        return "it is not UTF-8 text"
    return "it is nested too deeply"


def _check_jsonl(path: Path, name: str, label: str) -> None:
    with path.open("rb") as lines:
        number = 0
        while line := lines.readline(MAX_JSON_BYTES + 1):
            number += 1
            if len(line) > MAX_JSON_BYTES:
                raise BundleError(f"{label} has a {name} whose line {number} is too long.")
            if not line.strip():
                continue
            try:
                value = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
                raise BundleError(
                    f"{label} has a malformed {name}: line {number} is not JSON "
                    f"({_json_reason(error)})."
                ) from None
            if not isinstance(value, dict) or not isinstance(value.get("type"), str):
                raise BundleError(
                    f"{label} has a malformed {name}: line {number} is not an entry with a type."
                )


def _check_wav(path: Path, name: str, label: str) -> None:
    try:
        with wave.open(str(path), "rb") as wav:
            channels, width, rate = wav.getnchannels(), wav.getsampwidth(), wav.getframerate()
    except (wave.Error, EOFError, OSError, ValueError) as error:
        raise BundleError(
            f"{label} has an audio file that is not valid WAV ({name}: {error})."
        ) from None
    if channels not in (1, 2) or width != 2 or not 8000 <= rate <= 192000:
        raise BundleError(
            f"{label} has an audio file in a format Hotseat does not use ({name}: {channels} "
            f"channel(s), {8 * width}-bit, {rate} Hz)."
        )


def _load_json_file(path: Path) -> dict[str, Any]:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BundleError(f"{path} is malformed: {_json_reason(error)}.") from None
    if not isinstance(value, dict):
        raise BundleError(f"{path} is malformed: it is not a JSON object.")
    return value


__all__ = [
    "KIND",
    "MAX_MEMBERS",
    "MAX_MEMBER_BYTES",
    "MAX_TOTAL_BYTES",
    "SCHEMA_VERSION",
    "SUFFIX",
    "BundleError",
    "export_bundle",
    "read_bundle",
    "read_manifest",
]
