# Hotseat developer entry points. `make` alone = `make run`.
# Every target that needs the venv runs scripts/setup.sh first; it returns in well under a second
# when nothing changed, so there is no separate "install" step to remember.
.DEFAULT_GOAL := run

VENV := .venv
BIN  := $(VENV)/bin

.PHONY: run test lint lock setup screenshots bundle

setup:
	@bash scripts/setup.sh

## Set up everything, then open Hotseat.
run: setup
	$(BIN)/hotseat

## Set up everything, then run the whole test suite (extra args: make test PYTEST_ARGS="-k paths").
test: setup
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## Style and layering checks (ruff + import-linter contracts from pyproject.toml).
lint: setup
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-cache

## Regenerate requirements.lock from pyproject.toml in a fresh throwaway venv.
lock:
	bash scripts/lock.sh

## Save a PNG of every screen (light/dark, 100%/150%) under screenshots/, on a virtual screen.
screenshots: setup
	xvfb-run -a -s "-screen 0 1920x1200x24" $(BIN)/python scripts/screenshots.py --out screenshots

## Build the application bundle for this platform (dist/hotseat/; on Linux also the tarball).
bundle: setup
	$(BIN)/python packaging/build.py
