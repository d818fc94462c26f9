"""`hotseat transcribe FILE...`: the text of recorded audio files, with the call's own decoder.

Why a command for this: it is how a user (or a bug report) checks what Hotseat hears in a recording,
and how tools measure the speech model outside a call. It uses exactly the fast path a call uses
(:meth:`audio.transcribe.Transcriber.transcribe`, with its guard against invented text), so what it
prints is what a call would have heard.

The model is loaded once for all files, and only when the first readable file needs it. A file
that cannot be read is one plain line on stderr naming it; the other files are still transcribed
and the exit code is 1 at the end. A missing or damaged model is one plain paragraph with the fix,
exit 1, never a traceback.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any, TextIO

from audio.speech_model import SpeechModelError, resolve_model
from audio.transcribe import AudioFileError, Transcriber, Transcript, load_audio_file

PROG = "hotseat transcribe"


def run_transcribe(
    files: Sequence[str],
    *,
    as_json: bool = False,
    model_dir: str | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    transcriber: Transcriber | None = None,
) -> int:
    """Transcribe each file in order; 0 if every file was read, 1 otherwise (or no model).

    ``model_dir`` overrides the model folder for this run (as the user's setting would), ahead of
    ``HOTSEAT_WHISPER_MODEL`` and the bundled model. Plain output is the text alone for one file,
    ``FILE: text`` per line for several; ``as_json`` prints one object per file per line.
    ``transcriber``: an already loaded model to reuse (then ``model_dir`` is ignored).
    """
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    if transcriber is None:
        try:
            # Resolved before any file is read: a wrong --model or env var is said at once.
            transcriber = Transcriber(resolve_model(model_dir))
        except SpeechModelError as exc:
            _error(err, exc.message)
            return 1
    failed = 0
    for name in files:
        try:
            with _native_stderr_silenced():
                samples = load_audio_file(name)
        except AudioFileError as exc:
            failed += 1
            _error(err, exc.message)
            _emit_failure(out, name, exc.message, as_json)
            continue
        except Exception as exc:  # anything the decoders raise beyond their documented errors
            failed += 1
            message = f"The audio file {name} cannot be read ({_detail(exc)})."
            _error(err, message)
            _emit_failure(out, name, message, as_json)
            continue
        try:
            if not transcriber.loaded:
                # warm_up: the first file's ms is then a real decode time, not a start-up cost
                transcriber.warm_up()
            transcript = transcriber.transcribe(samples)
        except SpeechModelError as exc:
            _error(err, exc.message)
            return 1
        _emit(out, err, name, transcript, as_json, several=len(files) > 1)
    if failed:
        _error(err, f"{failed} of {len(files)} file(s) could not be transcribed.")
    return 1 if failed else 0


def transcript_json(name: str, transcript: Transcript) -> dict[str, Any]:
    """The ``--json`` object of one transcribed file (the shape other tools rely on)."""
    return {
        "file": name,
        "text": transcript.text,
        "ms": round(transcript.ms, 1),
        "audio_s": round(transcript.audio_s, 3),
        "speech_s": None if transcript.speech_s is None else round(transcript.speech_s, 3),
        "rejected": transcript.rejected,
        "error": None,
    }


def _emit(
    out: TextIO, err: TextIO, name: str, transcript: Transcript, as_json: bool, several: bool
) -> None:
    if as_json:
        out.write(json.dumps(transcript_json(name, transcript), ensure_ascii=False) + "\n")
    else:
        out.write(f"{name}: {transcript.text}\n" if several else f"{transcript.text}\n")
        if transcript.rejected:
            # Not an error (silence is a fair input), but an empty line alone would puzzle.
            err.write(f"{PROG}: nothing kept from {name}: {transcript.rejected}\n")
    out.flush()


def _emit_failure(out: TextIO, name: str, message: str, as_json: bool) -> None:
    """In JSON mode every file gets its line, so a tool can pair results with its inputs."""
    if as_json:
        record = {
            "file": name,
            "text": None,
            "ms": None,
            "audio_s": None,
            "speech_s": None,
            "rejected": None,
            "error": message,
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()


@contextlib.contextmanager
def _native_stderr_silenced() -> Iterator[None]:
    """Mute file descriptor 2 while a file is decoded.

    Why: libmpg123 inside libsndfile writes "Note: Illegal Audio-MPEG-Header..." straight to fd 2
    while it probes a damaged file, and the one-line error printed after it says it better.
    """
    try:
        saved = os.dup(2)
    except OSError:  # no usable fd 2 (a windowed launcher): nothing to mute
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def _error(err: TextIO, message: str) -> None:
    err.write(f"{PROG}: {' '.join(message.split())}\n")
    err.flush()


def _detail(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


__all__ = ["run_transcribe", "transcript_json"]
