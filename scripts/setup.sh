#!/usr/bin/env bash
# Set up everything Hotseat needs on Debian/Ubuntu: system packages, .venv, pinned Python deps.
#
# Idempotent and fast when nothing changed: a stamp inside .venv records a hash of the inputs
# (requirements.lock, pyproject.toml, this script), so a second run only compares that hash and
# exits. Deleting .venv (or changing any input) makes the next run do the work again.
#
# Environment knobs:
#   PYTHON=/path/to/python3.x   use this interpreter for the venv (must be 3.11+)
#   HOTSEAT_SKIP_APT=1          do not touch system packages (e.g. non-Debian machines)
set -euo pipefail

SCRIPT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"
ROOT="$(dirname "$(dirname "$SCRIPT")")"
cd "$ROOT"

VENV="$ROOT/.venv"
LOCK="$ROOT/requirements.lock"
STAMP="$VENV/.setup-stamp"

log() { printf '[setup] %s\n' "$*" >&2; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

[[ -f "$LOCK" ]] || die "requirements.lock is missing; regenerate it with 'make lock'."

# Everything whose change must trigger a re-run goes into the stamp key.
stamp_key() {
    cat "$LOCK" "$ROOT/pyproject.toml" "$SCRIPT" | sha256sum | cut -d' ' -f1
}
KEY="$(stamp_key)"

if [[ -x "$VENV/bin/python" && -f "$STAMP" && "$(cat "$STAMP")" == "$KEY" ]]; then
    exit 0  # fast path: already set up with exactly these inputs
fi

# ---------------------------------------------------------------------------------------------
# 1. System packages. "a|b" means: either one satisfies the need; install the first that the
#    distribution offers (Ubuntu 24.04 renamed several libraries with a t64 suffix).
# ---------------------------------------------------------------------------------------------
SYSTEM_PACKAGES=(
    # speech out / audio I/O / test audio tooling
    espeak-ng "libespeak-ng1|libespeak-ng1t64" "libportaudio2|libportaudio2t64"
    pulseaudio pulseaudio-utils libasound2-plugins alsa-utils
    sox libsox-fmt-all          # libsox-fmt-all: mp3 decoding used by tests
    # virtual screen for GUI checks; pdftotext reads the PDF reports back in tests
    xvfb xauth poppler-utils
    # shared libraries PySide6 6.x loads on a bare Debian/Ubuntu
    libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
    libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
    libxcb-xinerama0 libxcb-xkb1 "libdbus-1-3|libdbus-1-3t64" libfontconfig1
    "libglib2.0-0t64|libglib2.0-0" fonts-dejavu-core
    # packaging checks (tests/test_packaging_files.py): desktop entry, AppStream, Flatpak
    # manifest, the Windows installer script, install.sh, and rendering the icons from the SVG
    desktop-file-utils appstream flatpak-builder nsis shellcheck librsvg2-bin
)

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then SUDO=(sudo); else SUDO=(__no_root__); fi
fi

apt_updated=0
apt_update_once() {
    if [[ $apt_updated -eq 0 ]]; then
        log "apt-get update"
        "${SUDO[@]}" apt-get update -qq
        apt_updated=1
    fi
}

# Prints the names (among the arguments) that dpkg reports as installed.
installed_among() {
    dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "$@" 2>/dev/null | awk '$2 ~ /^ii/ {print $1}' || true
}

# Prints the names (among the arguments) that apt can install (have a candidate version).
installable_among() {
    apt-cache policy "$@" 2>/dev/null | awk '
        /^[^ ].*:$/ { name = substr($0, 1, length($0) - 1) }
        /^  Candidate:/ { if ($2 != "(none)") print name }'
}

apt_install() {
    [[ $# -gt 0 ]] || return 0
    if [[ ${SUDO[0]:-} == __no_root__ ]]; then
        die "these system packages are missing and installing them needs root (no sudo found): $*"
    fi
    apt_update_once
    log "apt-get install $*"
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_system_packages() {
    if [[ -n "${HOTSEAT_SKIP_APT:-}" ]]; then
        log "HOTSEAT_SKIP_APT set: not checking system packages"
        return
    fi
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        log "not a Debian/Ubuntu system: install the equivalents of these yourself: ${SYSTEM_PACKAGES[*]}"
        return
    fi
    local all=() spec
    for spec in "${SYSTEM_PACKAGES[@]}"; do IFS='|' read -r -a alts <<<"$spec"; all+=("${alts[@]}"); done
    local -A have=()
    local name
    while read -r name; do [[ -n "$name" ]] && have[$name]=1; done < <(installed_among "${all[@]}")

    local missing=()
    for spec in "${SYSTEM_PACKAGES[@]}"; do
        IFS='|' read -r -a alts <<<"$spec"
        local ok=0 a
        for a in "${alts[@]}"; do [[ -n "${have[$a]:-}" ]] && ok=1; done
        [[ $ok -eq 1 ]] || missing+=("$spec")
    done
    [[ ${#missing[@]} -gt 0 ]] || return 0

    apt_update_once
    local cand=()
    for spec in "${missing[@]}"; do IFS='|' read -r -a alts <<<"$spec"; cand+=("${alts[@]}"); done
    local -A avail=()
    while read -r name; do [[ -n "$name" ]] && avail[$name]=1; done < <(installable_among "${cand[@]}")

    local to_install=() unavailable=()
    for spec in "${missing[@]}"; do
        IFS='|' read -r -a alts <<<"$spec"
        local pick="" a
        for a in "${alts[@]}"; do
            if [[ -n "${avail[$a]:-}" ]]; then pick="$a"; break; fi
        done
        if [[ -n "$pick" ]]; then to_install+=("$pick"); else unavailable+=("$spec"); fi
    done
    if [[ ${#unavailable[@]} -gt 0 ]]; then
        log "WARNING: no installable candidate for: ${unavailable[*]} (continuing without them)"
    fi
    apt_install "${to_install[@]}"
}

# ---------------------------------------------------------------------------------------------
# 2. A Python 3.11+ that can create venvs.
# ---------------------------------------------------------------------------------------------
py_ok() { "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' >/dev/null 2>&1; }

find_python() {
    local c
    for c in ${PYTHON:-} python3 python3.13 python3.12 python3.11; do
        if command -v "$c" >/dev/null 2>&1 && py_ok "$c"; then command -v "$c"; return 0; fi
    done
    return 1
}

ensure_python() {
    PY="$(find_python)" || {
        apt_install python3 python3-venv
        PY="$(find_python)" || die "no Python 3.11+ found; install one and re-run (or set PYTHON=...)."
    }
    if ! "$PY" -c 'import venv, ensurepip' >/dev/null 2>&1; then
        local ver
        ver="$("$PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
        local -A avail=()
        local name
        apt_update_once
        while read -r name; do [[ -n "$name" ]] && avail[$name]=1; done \
            < <(installable_among "python${ver}-venv" python3-venv)
        if [[ -n "${avail[python${ver}-venv]:-}" ]]; then
            apt_install "python${ver}-venv"
        else
            apt_install python3-venv
        fi
        "$PY" -c 'import venv, ensurepip' >/dev/null 2>&1 \
            || die "$PY cannot create virtual environments (venv/ensurepip missing)."
    fi
}

# ---------------------------------------------------------------------------------------------
# 3. The venv with pinned dependencies, then Hotseat itself (editable, no dependency resolution).
# ---------------------------------------------------------------------------------------------
ensure_venv() {
    if [[ -d "$VENV" ]] && ! "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
            >/dev/null 2>&1; then
        log "existing .venv is broken or too old: recreating it"
        rm -rf "$VENV"
    fi
    if [[ ! -x "$VENV/bin/python" ]]; then
        log "creating .venv with $PY ($("$PY" --version 2>&1))"
        "$PY" -m venv "$VENV"
    fi
    local pip=("$VENV/bin/python" -m pip --disable-pip-version-check -q)
    log "installing pinned dependencies from requirements.lock"
    "${pip[@]}" install -r "$LOCK"
    log "installing hotseat (editable)"
    "${pip[@]}" install --no-deps -e "$ROOT"
}

start=$SECONDS
ensure_system_packages
ensure_python
ensure_venv
echo "$KEY" >"$STAMP"
log "done in $((SECONDS - start)) s"
