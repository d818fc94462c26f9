"""Voice activity detection with Silero, one 32 ms frame at a time.

Why this model: it already ships inside faster-whisper (``faster_whisper/assets/silero_vad*.onnx``),
so Hotseat gets a good VAD without another download. faster-whisper only runs it in batch over a
whole file; for live turn-taking we run it statefully instead: each call takes one row of
64 samples of context (the tail of the previous frame) plus 512 new samples at 16 kHz, and carries
the LSTM state to the next call. The result is the same speech probability the batch call gives
for that frame (``tests/test_vad.py`` checks this), at about 0.1 ms per frame on one thread.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np

from audio.install_hints import reinstall

SAMPLE_RATE = 16_000
FRAME_SAMPLES = 512  # 32 ms at 16 kHz: the frame size the 16 kHz Silero model expects
CONTEXT_SAMPLES = 64


class VadError(Exception):
    """The voice-activity model cannot be used; the message says why and what to do."""


def bundled_model_path() -> Path:
    """The Silero ONNX model inside the installed faster-whisper package (newest version)."""
    spec = importlib.util.find_spec("faster_whisper")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise VadError(
            "The voice detector needs the faster-whisper package, which is not installed. "
            f"{reinstall()}."
        )
    assets = Path(next(iter(spec.submodule_search_locations))) / "assets"
    found = sorted(assets.glob("silero_vad*.onnx"))
    if not found:
        raise VadError(
            f"The voice detector model (silero_vad*.onnx) is missing from {assets}. {reinstall()}."
        )
    return found[-1]


class SileroVad:
    """Streaming Silero VAD: :meth:`prob` of one 512-sample frame, state carried between calls.

    Not thread-safe: give each listening thread its own instance (they are cheap, ~2 MB).
    """

    def __init__(self, model_path: str | Path | None = None) -> None:
        import onnxruntime  # imported here: loading it costs ~100 ms and most callers never need it

        path = Path(model_path) if model_path is not None else bundled_model_path()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1  # one frame is tiny; more threads only add overhead
        options.inter_op_num_threads = 1
        options.log_severity_level = 4
        try:
            self._session = onnxruntime.InferenceSession(
                str(path), sess_options=options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # onnxruntime raises its own untyped errors for bad files
            raise VadError(
                f"The voice detector model {path} could not be loaded ({exc}). "
                f"{reinstall()}."
            ) from exc
        inputs = {item.name: item for item in self._session.get_inputs()}
        if "h" in inputs and "c" in inputs:
            self._state_names: tuple[str, ...] = ("h", "c")  # v6 as bundled: separate LSTM h, c
            self._state_shape = tuple(inputs["h"].shape)
        elif "state" in inputs:
            self._state_names = ("state",)  # v5 layout: one [2, 1, 128] tensor
            self._state_shape = tuple(inputs["state"].shape)
        else:
            raise VadError(
                f"The voice detector model {path} has unexpected inputs {sorted(inputs)}. "
                f"{reinstall()}."
            )
        self._needs_sr = "sr" in inputs
        self._output_names = [item.name for item in self._session.get_outputs()]
        self.model_path = path
        self.reset()

    def reset(self) -> None:
        """Forget the audio heard so far (start of a new, unrelated stream)."""
        shape = tuple(d if isinstance(d, int) else 1 for d in self._state_shape)
        self._state = [np.zeros(shape, dtype=np.float32) for _ in self._state_names]
        self._row = np.zeros((1, CONTEXT_SAMPLES + FRAME_SAMPLES), dtype=np.float32)

    def prob(self, frame: np.ndarray) -> float:
        """Speech probability (0..1) of the next 512 samples (float32, 16 kHz mono)."""
        if frame.shape != (FRAME_SAMPLES,):
            raise ValueError(f"a VAD frame is {FRAME_SAMPLES} samples, got shape {frame.shape}")
        row = self._row
        row[0, :CONTEXT_SAMPLES] = row[0, -CONTEXT_SAMPLES:]  # previous frame's tail
        row[0, CONTEXT_SAMPLES:] = frame
        feeds: dict[str, np.ndarray] = {"input": row}
        feeds.update(zip(self._state_names, self._state, strict=True))
        if self._needs_sr:
            feeds["sr"] = np.array(SAMPLE_RATE, dtype=np.int64)
        outputs = self._session.run(self._output_names, feeds)
        self._state = list(outputs[1:])
        return float(outputs[0].reshape(-1)[0])

    def probs(self, audio: np.ndarray) -> np.ndarray:
        """Probabilities of every whole frame of ``audio``, continuing the current state."""
        count = len(audio) // FRAME_SAMPLES
        samples = np.asarray(audio, dtype=np.float32)
        return np.array(
            [self.prob(samples[i * FRAME_SAMPLES : (i + 1) * FRAME_SAMPLES]) for i in range(count)],
            dtype=np.float32,
        )
