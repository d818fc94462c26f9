"""Fix-it sentences suit the install: a checkout has `make run`, a bundle does not."""

from __future__ import annotations

import sys

import pytest

from audio.install_hints import reinstall, system_package


def test_from_a_checkout_make_run_is_offered() -> None:
    hint = system_package("espeak-ng", fedora="espeak-ng")
    assert "sudo apt install espeak-ng" in hint and "sudo dnf install espeak-ng" in hint
    assert "make run" in hint
    assert "make run" in reinstall()


def test_in_a_bundle_there_is_no_make(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    hint = system_package("libportaudio2", fedora="portaudio")
    assert "sudo apt install libportaudio2" in hint
    assert "make" not in hint
    assert "make" not in reinstall() and "download" in reinstall()
