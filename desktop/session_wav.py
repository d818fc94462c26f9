"""The session's audio tracks: 16 kHz mono PCM16 WAV files written in place, while the call runs.

Samples are written where they belong in time (``os.pwrite`` at ``44 + 2 * index``), so a gap is
a hole the file system reads as zeros: silence for free. The header's two sizes are rewritten now
and then; after a crash :func:`repair_wav` sets them from the file's size, which is always right
because samples reach the file in whole frames.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

import numpy as np

SAMPLE_RATE = 16000
HEADER_BYTES = 44
_BYTES = 2  # PCM16 mono


class WavError(Exception):
    pass


def _header(data_bytes: int) -> bytes:
    return (
        b"RIFF"
        + struct.pack("<I", 36 + data_bytes)
        + b"WAVEfmt "
        + struct.pack("<IHHIIHH", 16, 1, 1, SAMPLE_RATE, SAMPLE_RATE * _BYTES, _BYTES, 16)
        + b"data"
        + struct.pack("<I", data_bytes)
    )


def open_track(path: Path) -> int:
    """Create (or reopen) a track readable by the user only; returns the file descriptor."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.fchmod(fd, 0o600)
    if os.fstat(fd).st_size < HEADER_BYTES:
        os.pwrite(fd, _header(0), 0)
    return fd


def write_at(fd: int, index: int, pcm: np.ndarray) -> int:
    """Write PCM16 samples starting at sample ``index``; returns the index after them."""
    if index < 0:
        pcm = pcm[-index:]
        index = 0
    if len(pcm):
        os.pwrite(fd, pcm.astype("<i2", copy=False).tobytes(), HEADER_BYTES + index * _BYTES)
    return index + len(pcm)


def samples_in(fd: int) -> int:
    return max(0, os.fstat(fd).st_size - HEADER_BYTES) // _BYTES


def extend_to(fd: int, samples: int) -> None:
    """Pad the track with silence up to ``samples`` long (never shortens it)."""
    if samples_in(fd) < samples:
        os.ftruncate(fd, HEADER_BYTES + samples * _BYTES)


def zero_range(fd: int, start: int, end: int) -> None:
    """Silence samples ``start`` to ``end`` (clipped to the track)."""
    start, end = max(0, start), min(end, samples_in(fd))
    if end > start:
        write_at(fd, start, np.zeros(end - start, np.int16))


def update_header(fd: int) -> None:
    size = os.fstat(fd).st_size
    if size % _BYTES:  # a torn sample cannot be played: drop it
        size -= 1
        os.ftruncate(fd, size)
    os.pwrite(fd, _header(max(0, size - HEADER_BYTES)), 0)


def repair_wav(path: Path) -> int:
    """Make the header match the file (after a crash); returns the number of samples."""
    fd = open_track(path)
    try:
        update_header(fd)
        os.fsync(fd)
        return samples_in(fd)
    finally:
        os.close(fd)


def read_wav(path: Path, start: int = 0, count: int | None = None) -> np.ndarray:
    """A track's samples as int16 (the data chunk as far as the file goes), or ``count`` of
    them from sample ``start`` (reading only those)."""
    with open(path, "rb") as file:
        head = file.read(HEADER_BYTES)
        if len(head) < HEADER_BYTES or head[:4] != b"RIFF" or head[8:16] != b"WAVEfmt ":
            raise WavError(f"{path.name}: not a Hotseat track (no RIFF/WAVE header)")
        (channels,) = struct.unpack("<H", head[22:24])
        (rate,) = struct.unpack("<I", head[24:28])
        (bits,) = struct.unpack("<H", head[34:36])
        if channels != 1 or rate != SAMPLE_RATE or bits != 16:
            raise WavError(f"{path.name}: expected 16 kHz mono 16-bit PCM")
        file.seek(HEADER_BYTES + max(0, start) * _BYTES)
        data = file.read() if count is None else file.read(max(0, count) * _BYTES)
    return np.frombuffer(data[: len(data) // _BYTES * _BYTES], "<i2").astype(np.int16)


def to_pcm16(samples: np.ndarray) -> np.ndarray:
    """Float samples in -1..1 as PCM16 (clipped)."""
    floats = np.clip(np.asarray(samples, np.float32), -1.0, 1.0)
    return np.round(floats * 32767).astype(np.int16)


def resample(samples: np.ndarray, rate: int) -> np.ndarray:
    """Float samples at ``rate`` Hz as float32 at 16 kHz (low-passed first when downsampling)."""
    samples = np.asarray(samples, np.float32)
    if rate == SAMPLE_RATE or not len(samples):
        return samples
    if rate > SAMPLE_RATE:
        cutoff = 0.45 * SAMPLE_RATE / rate  # cycles per input sample, below the new Nyquist
        taps = np.arange(-32, 33)
        kernel = 2 * cutoff * np.sinc(2 * cutoff * taps) * np.hamming(len(taps))
        kernel /= kernel.sum()
        samples = np.convolve(samples, kernel, mode="same").astype(np.float32)
    count = round(len(samples) * SAMPLE_RATE / rate)
    positions = np.arange(count) * (rate / SAMPLE_RATE)
    return np.interp(positions, np.arange(len(samples)), samples).astype(np.float32)
