"""Speech to text for a trainee's turn: faster-whisper on the CPU, fast enough to answer at once.

Why not just ``WhisperModel.transcribe()``: it pads every call to a 30-second window, so a
2-second reply costs a full 30-second encoder pass. The CTranslate2 model underneath accepts a
shorter log-mel window; measured on natural-sounding replies of 1-14 s, a window of the utterance
plus 10 s keeps the word error rate of the 30-s window and cuts decode time by more than half,
while utterance plus 5 s nearly triples the error rate. :class:`Transcriber` decodes that way
(greedy, English, no previous-text conditioning, no timestamps) and rebuilds on top what
``transcribe()`` would have given: the ``hotwords`` prompt, built as faster-whisper builds it, and
the guard against text invented from silence or noise (too little voice heard by Silero VAD, or
Whisper's own no-speech probability with a low average log-probability, or runaway repetition).
:meth:`Transcriber.transcribe_naive` keeps faster-whisper's default path as the benchmark baseline.

:class:`SpeculativeTranscriber` owns the model on one worker thread and lets the call start
decoding while the trainee pauses, so the text is ready when the end-of-turn silence is over.

No Qt, and nothing from ``personas`` or ``desktop``: callers pass plain values.
"""

from __future__ import annotations

import math
import re
import threading
import time
import zlib
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from audio.install_hints import reinstall
from audio.speech_model import ENV_VAR, ResolvedModel, SpeechModelError, resolve_model

if TYPE_CHECKING:
    from faster_whisper import WhisperModel
    from faster_whisper.tokenizer import Tokenizer

SAMPLE_RATE = 16_000
MAX_WINDOW_S = 30.0  # Whisper's encoder was trained on 30-s windows; never feed it more
FRAMES_PER_S = 100  # log-mel frames per second (hop of 160 samples at 16 kHz)
MAX_LENGTH = 448  # Whisper's decoder context, prompt included
VAD_FRAME = 512  # Silero frame: 32 ms at 16 kHz
REPETITIVE = "repetitive text, likely invented"  # the one rejection worth a retry


class AudioFileError(Exception):
    """An audio file cannot be used; ``str(error)`` is a user-facing sentence naming the file."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Transcript:
    """What was heard in one turn. ``rejected`` says why the text was dropped (then it is empty)."""

    text: str
    ms: float  # wall time of the whole call: VAD, features, encoder and decoder
    audio_s: float
    no_speech_prob: float | None  # None when Whisper was not run (nothing to decode)
    avg_logprob: float | None
    rejected: str | None
    window_s: float  # length of the log-mel window the encoder saw
    speech_s: float | None = None  # seconds of voice (Silero, or as the caller measured it)
    dropped: str = ""  # what Whisper said when the text was rejected, for logs and records

    @property
    def accepted(self) -> bool:
        return self.rejected is None


def window_seconds(audio_s: float, pad_s: float = 10.0, floor_s: float = 10.0) -> float:
    """Encoder window for an utterance: its length plus ``pad_s``, at least ``floor_s``, at most 30.

    The window never cuts the utterance (a trimmed window makes Whisper loop on its last words).
    Rounded up to a whole 20 ms, i.e. an even number of mel frames (the encoder halves them).
    """
    seconds = min(MAX_WINDOW_S, max(floor_s, audio_s + pad_s, audio_s))
    return math.ceil(seconds * FRAMES_PER_S / 2) * 2 / FRAMES_PER_S


def speech_seconds(samples: np.ndarray) -> float:
    """Seconds of voice in 16 kHz mono audio: Silero VAD frames with speech probability >= 0.5.

    Uses the Silero ONNX model that ships inside faster-whisper (batched over the whole clip, about
    2 ms per second of audio here).
    """
    from faster_whisper.vad import get_vad_model

    if samples.size == 0:
        return 0.0
    padded = np.pad(samples.astype(np.float32), (0, -samples.size % VAD_FRAME))
    probabilities = get_vad_model()(padded)
    return float(np.count_nonzero(probabilities >= 0.5) * VAD_FRAME / SAMPLE_RATE)


def compression_ratio(text: str) -> float:
    """How well the text zips, as faster-whisper measures it: above ~2.4 it is a repetition loop."""
    data = text.encode("utf-8")
    return len(data) / len(zlib.compress(data)) if data else 0.0


def repeats_itself(text: str, times: int = 4) -> bool:
    """True if some run of 1-4 words comes ``times`` times in a row: Whisper's loop on short text.

    Compression ratio misses these when the text is short ("Hi. Hi. Hi. Hi. Hi." zips poorly).
    """
    found = re.findall(r"[a-z0-9']+", text.lower())
    for size in range(1, 5):
        for start in range(len(found) - size * times + 1):
            unit = found[start : start + size]
            if all(found[start + k * size : start + (k + 1) * size] == unit for k in range(times)):
                return True
    return False


class Transcriber:
    """A loaded faster-whisper model with a fast path for short turns.

    Meant to be driven by one worker thread (:class:`SpeculativeTranscriber` gives you one).
    Every method that touches the model takes an internal lock, so calls from other threads are
    safe but simply wait their turn; they never run in parallel.
    """

    def __init__(
        self,
        model: ResolvedModel | None = None,
        *,
        cpu_threads: int = 2,
        window_pad_s: float = 10.0,
        window_floor_s: float = 10.0,
        min_speech_s: float = 0.25,
        no_speech_threshold: float = 0.6,
        logprob_threshold: float = -1.0,
        no_speech_alone_threshold: float = 0.85,
        compression_ratio_threshold: float = 2.4,
    ) -> None:
        """Resolve the model now (a missing or damaged one raises SpeechModelError at once).

        ``min_speech_s``: less voice than this is not a turn (the turn detector needs ~250 ms to
        start one). ``no_speech_threshold``/``logprob_threshold``: Whisper's own silence rule, as in
        ``transcribe()``: dropped when no-speech probability is above the first AND the average
        log-probability is below the second. ``no_speech_alone_threshold``: dropped above this
        whatever the log-probability, because tiny.en says a confident "You" over digital silence
        (no-speech 0.94, log-prob -0.98). Measured with tiny.en: natural-voice replies of 1-15 s
        stay below 0.25 and one-word espeak replies ("Yes.", "Right.") below 0.7, while generated
        noise and near-silence forced past the VAD come out at 0.73-0.97.
        """
        self.model = model if model is not None else resolve_model()
        self.cpu_threads = cpu_threads
        self.window_pad_s = window_pad_s
        self.window_floor_s = window_floor_s
        self.min_speech_s = min_speech_s
        self.no_speech_threshold = no_speech_threshold
        self.logprob_threshold = logprob_threshold
        self.no_speech_alone_threshold = no_speech_alone_threshold
        self.compression_ratio_threshold = compression_ratio_threshold
        self._whisper: WhisperModel | None = None
        self._tokenizer: Tokenizer | None = None
        self._suppress: tuple[int, ...] = ()
        self._lock = threading.RLock()

    # -- loading ---------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self._whisper is not None

    def load(self) -> None:
        """Load the model (about a second); a model that will not load raises SpeechModelError."""
        with self._lock:
            if self._whisper is not None:
                return
            from faster_whisper import WhisperModel
            from faster_whisper.tokenizer import Tokenizer
            from faster_whisper.transcribe import get_suppressed_tokens

            try:
                whisper = WhisperModel(
                    str(self.model.path),
                    device="cpu",
                    compute_type="int8",
                    cpu_threads=self.cpu_threads,
                )
            except Exception as exc:  # CTranslate2 and tokenizers raise plain RuntimeErrors
                detail = (
                    str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                )
                raise SpeechModelError(
                    f"The speech model in {self.model.path} could not be loaded ({detail}). "
                    f"Point Hotseat at a working faster-whisper (CTranslate2) model folder with "
                    f"{ENV_VAR}. {reinstall()}."
                ) from None
            tokenizer = Tokenizer(
                whisper.hf_tokenizer,
                whisper.model.is_multilingual,
                task="transcribe",
                language="en",
            )
            self._suppress = tuple(get_suppressed_tokens(tokenizer, [-1]) or ())
            self._tokenizer = tokenizer
            self._whisper = whisper

    def warm_up(self) -> None:
        """Load, then run one short decode and the VAD once, so the first real turn is fast."""
        with self._lock:
            self.load()
            rng = np.random.default_rng(0)
            noise = (rng.standard_normal(SAMPLE_RATE) * 1e-3).astype(np.float32)
            speech_seconds(noise)
            self._decode(
                noise,
                window_seconds(1.0, self.window_pad_s, self.window_floor_s),
                self.prompt_tokens(),
            )

    def _ready(self) -> tuple[WhisperModel, Tokenizer]:
        self.load()
        assert self._whisper is not None and self._tokenizer is not None
        return self._whisper, self._tokenizer

    # -- prompts ---------------------------------------------------------------------------

    def prompt_tokens(self, hotwords: str | None = None) -> list[int]:
        """Decoder prompt, built as faster-whisper's ``get_prompt`` does with no previous text.

        With hotwords: ``<|startofprev|>``, the tokens of " " + hotwords (at most 223), then the
        start-of-transcript sequence and ``<|notimestamps|>``. Without: the last two only.
        """
        _, tokenizer = self._ready()
        prompt: list[int] = []
        if hotwords and hotwords.strip():
            prompt.append(tokenizer.sot_prev)
            hotword_tokens = tokenizer.encode(" " + hotwords.strip())
            if len(hotword_tokens) >= MAX_LENGTH // 2:
                hotword_tokens = hotword_tokens[: MAX_LENGTH // 2 - 1]
            prompt.extend(hotword_tokens)
        prompt.extend(tokenizer.sot_sequence)
        prompt.append(tokenizer.no_timestamps)
        return prompt

    # -- the fast path ---------------------------------------------------------------------

    def transcribe(
        self,
        samples: np.ndarray,
        *,
        hotwords: str | None = None,
        speech_s: float | None = None,
    ) -> Transcript:
        """Text of one turn (float32, 16 kHz, mono), or empty text with ``rejected`` set.

        ``speech_s``: seconds of voice the caller's VAD already counted; measured here if None.
        Turns longer than 30 s go through ``WhisperModel.transcribe`` (it seeks window by window)
        with the same settings and guard.
        """
        started = time.perf_counter()
        samples = _mono_float32(samples)
        audio_s = samples.size / SAMPLE_RATE
        with self._lock:
            self._ready()
            if speech_s is None:
                speech_s = speech_seconds(samples)
            text, no_speech, logprob, window, rejected = self._heard(samples, speech_s, hotwords)
        return Transcript(
            text="" if rejected else text,
            ms=(time.perf_counter() - started) * 1000,
            audio_s=audio_s,
            no_speech_prob=no_speech,
            avg_logprob=logprob,
            rejected=rejected,
            window_s=window,
            speech_s=speech_s,
            dropped=text if rejected else "",
        )

    def _heard(
        self, samples: np.ndarray, speech_s: float, hotwords: str | None
    ) -> tuple[str, float | None, float | None, float, str | None]:
        """Decode if there is a turn to decode: text, no-speech, log-prob, window, rejection."""
        if samples.size == 0:
            return "", None, None, 0.0, "no audio"
        if speech_s < self.min_speech_s:
            reason = (
                f"no speech heard ({speech_s:.2f} s of voice, a turn needs "
                f"{self.min_speech_s:.2f} s)"
            )
            return "", None, None, 0.0, reason
        if samples.size > MAX_WINDOW_S * SAMPLE_RATE:
            text, no_speech, logprob = self._decode_long(samples, hotwords)
            # transcribe() judged repetition window by window (the whole text may well repeat)
            rejected = self._judge(text, no_speech, logprob, runaway=False, repetition=False)
            return text, no_speech, logprob, MAX_WINDOW_S, rejected
        prompt = self.prompt_tokens(hotwords)
        window = window_seconds(samples.size / SAMPLE_RATE, self.window_pad_s, self.window_floor_s)
        text, no_speech, logprob, runaway = self._decode(samples, window, prompt)
        rejected = self._judge(text, no_speech, logprob, runaway)
        looped = rejected.startswith(REPETITIVE) if rejected else repeats_itself(text)
        if looped and window < MAX_WINDOW_S:
            # Speech that loops on a short window ("Hi. Hi. Hi. Hi." for a lone "Hi." on 10.6 s):
            # retry once on the 30-s window Whisper was trained on, and keep what it says.
            window = MAX_WINDOW_S
            text, no_speech, logprob, runaway = self._decode(samples, window, prompt)
            rejected = self._judge(text, no_speech, logprob, runaway)
        return text, no_speech, logprob, window, rejected

    def _judge(
        self,
        text: str,
        no_speech: float | None,
        logprob: float | None,
        runaway: bool,
        *,
        repetition: bool = True,
    ) -> str | None:
        """Why decoded text must not become a turn, or None to keep it."""
        if no_speech is not None and logprob is not None:
            silent = no_speech > self.no_speech_threshold and logprob < self.logprob_threshold
            if silent or no_speech > self.no_speech_alone_threshold:
                return (
                    f"Whisper heard no speech (no-speech probability {no_speech:.2f}, "
                    f"average log-probability {logprob:.2f})"
                )
        if not any(ch.isalnum() for ch in text):
            return "no words in the decoded text"
        ratio = compression_ratio(text) if repetition else 0.0
        if runaway or ratio > self.compression_ratio_threshold:
            return f"{REPETITIVE} (compression ratio {ratio:.1f})"
        return None

    def _decode(
        self, samples: np.ndarray, window_s: float, prompt: list[int]
    ) -> tuple[str, float, float, bool]:
        """One greedy decode of ``samples`` on a ``window_s`` mel window.

        Returns text, no-speech probability, average log-probability (as faster-whisper computes
        it) and whether the decoder ran out of tokens (a loop: real speech ends well before).
        """
        import ctranslate2
        from faster_whisper.audio import pad_or_trim

        whisper, tokenizer = self._ready()
        frames = round(window_s * FRAMES_PER_S)
        features = whisper.feature_extractor(samples)  # never pass chunk_length: it mutates state
        features = pad_or_trim(features[:, : features.shape[-1] - 1], frames)
        storage = ctranslate2.StorageView.from_array(np.ascontiguousarray(features[None]))
        audio_s = samples.size / SAMPLE_RATE
        max_new = min(int(24 + 8 * audio_s), MAX_LENGTH - len(prompt))
        generated = whisper.model.generate(
            storage,
            [prompt],
            beam_size=1,
            max_length=len(prompt) + max_new,
            return_scores=True,
            return_no_speech_prob=True,
            suppress_blank=True,
            suppress_tokens=list(self._suppress),
        )[0]
        tokens = generated.sequences_ids[0]
        avg_logprob = generated.scores[0] * len(tokens) / (len(tokens) + 1)
        text = tokenizer.decode(tokens).strip()
        return text, float(generated.no_speech_prob), float(avg_logprob), len(tokens) >= max_new

    def _decode_long(
        self, samples: np.ndarray, hotwords: str | None
    ) -> tuple[str, float | None, float | None]:
        """Audio over 30 s: faster-whisper's own windowing, with the fast path's settings."""
        whisper, _ = self._ready()
        segments, _ = whisper.transcribe(
            samples,
            language="en",
            beam_size=1,
            condition_on_previous_text=False,
            hotwords=hotwords or None,
            no_speech_threshold=self.no_speech_threshold,
            log_prob_threshold=self.logprob_threshold,
        )
        kept = list(segments)
        if not kept:
            return "", None, None
        text = " ".join(segment.text.strip() for segment in kept).strip()
        no_speech = min(segment.no_speech_prob for segment in kept)
        logprob = float(np.mean([segment.avg_logprob for segment in kept]))
        return text, no_speech, logprob

    # -- the baseline ----------------------------------------------------------------------

    def transcribe_naive(self, samples: np.ndarray) -> Transcript:
        """faster-whisper's default ``WhisperModel.transcribe()`` with default settings.

        The benchmark's baseline: 30-s windows, beam 5, temperature fallback, conditioning on
        previous text. Only its own no-speech rule applies; ``rejected`` says when it kept nothing.
        """
        started = time.perf_counter()
        samples = _mono_float32(samples)
        with self._lock:
            whisper, _ = self._ready()
            segments, _ = whisper.transcribe(samples)
            kept = list(segments)
        text = "".join(segment.text for segment in kept).strip()
        return Transcript(
            text=text,
            ms=(time.perf_counter() - started) * 1000,
            audio_s=samples.size / SAMPLE_RATE,
            no_speech_prob=min((s.no_speech_prob for s in kept), default=None),
            avg_logprob=float(np.mean([s.avg_logprob for s in kept])) if kept else None,
            rejected=None if text else "faster-whisper kept no text",
            window_s=MAX_WINDOW_S,
        )


class SpeculativeTranscriber:
    """One worker thread that owns a :class:`Transcriber`, for decoding ahead of the turn's end.

    When the trainee pauses, call :meth:`speculate` with the audio so far; the decode runs while
    the end-of-turn silence is still being timed. If the turn ends with no new speech,
    :meth:`confirm` returns that result (waiting only if it is still running); if the trainee
    resumes, :meth:`discard` drops it. A decode already running cannot be stopped mid-way, but its
    result is ignored; it costs a fraction of a second on the worker. All model work, including
    :meth:`preload`, runs on the one worker thread, in the order submitted.
    """

    def __init__(self, transcriber: Transcriber | None = None) -> None:
        self.transcriber = transcriber if transcriber is not None else Transcriber()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hotseat-transcribe")
        self._pending: Future[Transcript] | None = None
        self._guard = threading.Lock()

    def preload(self) -> Future[None]:
        """Load and warm up the model on the worker, in the background (call at start-up).

        The returned future raises SpeechModelError if the model cannot be loaded.
        """
        return self._executor.submit(self.transcriber.warm_up)

    def speculate(
        self,
        samples: np.ndarray,
        *,
        hotwords: str | None = None,
        speech_s: float | None = None,
    ) -> Future[Transcript]:
        """Start decoding the turn so far (copied now); replaces any earlier speculation.

        The returned future lets a caller act on the text early (e.g. prepare the persona's
        answer) while the end-of-turn silence is still being timed.
        """
        audio = np.array(samples, dtype=np.float32, copy=True)
        with self._guard:
            self._drop()
            pending = self._executor.submit(
                self.transcriber.transcribe, audio, hotwords=hotwords, speech_s=speech_s
            )
            self._pending = pending
        return pending

    @property
    def speculating(self) -> bool:
        """True between :meth:`speculate` and :meth:`confirm`/:meth:`discard`."""
        return self._pending is not None

    def confirm(self, timeout: float | None = None) -> Transcript:
        """The turn ended with no new speech: the speculative result (waits if still running).

        Raises RuntimeError if nothing was speculated, TimeoutError if ``timeout`` passes first
        (the speculation stays pending), or whatever the decode raised.
        """
        with self._guard:
            pending = self._pending
        if pending is None:
            raise RuntimeError("There is no speculative transcription to confirm.")
        result = pending.result(timeout=timeout)
        with self._guard:
            if self._pending is pending:
                self._pending = None
        return result

    def discard(self) -> None:
        """The trainee resumed: forget the speculation (cancelled if it has not started yet)."""
        with self._guard:
            self._drop()

    def transcribe(
        self, samples: np.ndarray, *, hotwords: str | None = None, speech_s: float | None = None
    ) -> Transcript:
        """Decode now on the worker and wait: for turns that ended without a speculation."""
        audio = np.array(samples, dtype=np.float32, copy=True)
        future = self._executor.submit(
            self.transcriber.transcribe, audio, hotwords=hotwords, speech_s=speech_s
        )
        return future.result()

    def close(self) -> None:
        """Drop any speculation and stop the worker once its current job is done."""
        self.discard()
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> SpeculativeTranscriber:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _drop(self) -> None:
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None


# -- audio files ---------------------------------------------------------------------------


def load_audio_file(path: str | Path) -> np.ndarray:
    """Read WAV, FLAC, MP3, OGG... as float32 16 kHz mono; AudioFileError names a bad file.

    libsndfile (soundfile) reads the common formats; anything it rejects is tried with PyAV (the
    decoder faster-whisper ships with), which also reads e.g. M4A and Opus.
    """
    import soundfile

    path = Path(path)
    if not path.exists():
        raise AudioFileError(f"The audio file {path} does not exist.")
    if path.is_dir():
        raise AudioFileError(f"{path} is a folder, not an audio file.")
    try:
        data, rate = soundfile.read(str(path), dtype="float32", always_2d=True)
        samples = to_mono_16k(data, rate)
    except soundfile.LibsndfileError as first:
        samples = _decode_with_av(path, first)
    except OSError as exc:
        raise AudioFileError(
            f"The audio file {path} cannot be read ({exc.strerror or exc})."
        ) from None
    if samples.size == 0:
        raise AudioFileError(f"The audio file {path} contains no audio.")
    return samples


transcribe_file = load_audio_file  # the name the voice issue's plan uses for this loader


def to_mono_16k(data: np.ndarray, rate: int) -> np.ndarray:
    """Mix ``(frames,)`` or ``(frames, channels)`` audio down to mono and resample to 16 kHz."""
    data = np.asarray(data, dtype=np.float32)
    mono = data.mean(axis=1) if data.ndim == 2 else data
    mono = np.ascontiguousarray(mono, dtype=np.float32)
    if rate == SAMPLE_RATE or mono.size == 0:
        return mono
    import av

    frame = av.AudioFrame.from_ndarray(mono[None, :], format="fltp", layout="mono")
    frame.sample_rate = int(rate)
    resampler = av.AudioResampler(format="fltp", layout="mono", rate=SAMPLE_RATE)
    frames = resampler.resample(frame) + resampler.resample(None)
    return np.concatenate([f.to_ndarray()[0] for f in frames]).astype(np.float32, copy=False)


def _decode_with_av(path: Path, first: Exception) -> np.ndarray:
    from faster_whisper.audio import decode_audio

    try:
        return decode_audio(str(path), sampling_rate=SAMPLE_RATE)
    except Exception:  # PyAV raises many error types; all mean "cannot decode this file"
        reason = str(first).strip().rstrip(".") or "unknown error"
        raise AudioFileError(
            f"The audio file {path} cannot be read: it is damaged or not in a supported format "
            f"(WAV, FLAC, MP3 or OGG work) ({reason})."
        ) from None


def _mono_float32(samples: np.ndarray) -> np.ndarray:
    audio = np.asarray(samples, dtype=np.float32)
    if audio.ndim != 1:
        raise ValueError(
            f"Expected mono audio as a 1-D array of 16 kHz samples, got shape {audio.shape}."
        )
    return audio
