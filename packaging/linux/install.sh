#!/bin/sh
# Add Hotseat to the desktop's application menu, or take it out again.
#
#   ./install.sh                 for you: ~/.local/share (menu entry, icons, metainfo), ~/.local/bin
#   sudo ./install.sh --system   for everyone: /usr/local/share, /usr/local/bin
#   ./install.sh --prefix DIR    under DIR/share and DIR/bin
#   ./install.sh --uninstall     (with the same --system / --prefix) removes what it added
#
# The application itself is the hotseat/ folder beside this script (or --bundle DIR): it is not
# copied. Move that folder where it should live (e.g. ~/Applications/hotseat or /opt/hotseat for
# --system) before running this; run it again after moving the folder, it only rewrites its files.
# The menu entry starts that folder's `hotseat` by its absolute path, and `hotseat` on PATH is a
# symbolic link to it. Nothing here needs a network connection; neither does Hotseat.
set -eu

APP_ID=app.hotseat.Hotseat
ICON_DIRS="16x16 24x24 32x32 48x48 64x64 128x128 256x256 512x512 scalable"

say() { printf '%s\n' "$*"; }
die() { printf 'install.sh: %s\n' "$*" >&2; exit 1; }

usage() {
    sed -n '2,13s/^# \{0,1\}//p' "$0"
    exit "${1:-0}"
}

HERE=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
MODE=install
PREFIX=
SYSTEM=0
BUNDLE=$HERE/hotseat

while [ $# -gt 0 ]; do
    case $1 in
        --uninstall) MODE=uninstall ;;
        --system) SYSTEM=1 ;;
        --prefix) [ $# -ge 2 ] || die "--prefix needs a folder"; PREFIX=$2; shift ;;
        --prefix=*) PREFIX=${1#--prefix=} ;;
        --bundle) [ $# -ge 2 ] || die "--bundle needs a folder"; BUNDLE=$2; shift ;;
        --bundle=*) BUNDLE=${1#--bundle=} ;;
        -h|--help) usage 0 ;;
        *) printf 'install.sh: unknown option %s\n\n' "$1" >&2; usage 2 ;;
    esac
    shift
done

if [ -n "$PREFIX" ]; then
    DATA=$PREFIX/share
    BIN=$PREFIX/bin
elif [ "$SYSTEM" = 1 ]; then
    DATA=/usr/local/share
    BIN=/usr/local/bin
else
    [ -n "${HOME:-}" ] || die "HOME is not set: say where with --prefix DIR"
    DATA=${XDG_DATA_HOME:-$HOME/.local/share}
    BIN=$HOME/.local/bin
fi

# The files to copy: the tarball's share/ tree, or this folder in a source checkout.
if [ -f "$HERE/share/applications/$APP_ID.desktop" ]; then
    SRC_DESKTOP=$HERE/share/applications/$APP_ID.desktop
    SRC_METAINFO=$HERE/share/metainfo/$APP_ID.metainfo.xml
    SRC_ICONS=$HERE/share/icons/hicolor
else
    SRC_DESKTOP=$HERE/$APP_ID.desktop
    SRC_METAINFO=$HERE/$APP_ID.metainfo.xml
    SRC_ICONS=$HERE/icons/hicolor
fi

refresh_caches() {
    # Menus and icon themes notice new files by themselves on most desktops; these make it
    # immediate where the tools exist. Failures here never matter.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA/applications" 2>/dev/null || true
    fi
    if [ -d "$DATA/icons/hicolor" ]; then
        touch "$DATA/icons/hicolor" 2>/dev/null || true
        if [ -f "$DATA/icons/hicolor/index.theme" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
            gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" 2>/dev/null || true
        fi
    fi
}

# An Exec= argument: bare when it is plain, else double-quoted with the desktop entry
# specification's escapes ("`$\ inside quotes, then \ again for the string value; % doubled).
exec_arg() {
    case $1 in
        *[!A-Za-z0-9/._+-]*)
            escaped=$(printf '%s' "$1" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g')
            printf '"%s"' "$escaped"
            ;;
        *) printf '%s' "$1" ;;
    esac
}

uninstall() {
    rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml"
    for dir in $ICON_DIRS; do
        rm -f "$DATA/icons/hicolor/$dir/apps/$APP_ID.png" "$DATA/icons/hicolor/$dir/apps/$APP_ID.svg"
        rmdir "$DATA/icons/hicolor/$dir/apps" "$DATA/icons/hicolor/$dir" 2>/dev/null || true
    done
    # the command on PATH only if it is our link (a file someone put there stays)
    if [ -L "$BIN/hotseat" ]; then
        case $(readlink "$BIN/hotseat") in
            */hotseat) rm -f "$BIN/hotseat" ;;
        esac
    fi
    refresh_caches
    say "Hotseat is out of the menu ($DATA). The application folder itself was left where it is."
}

install() {
    [ -d "$BUNDLE" ] || die "no application folder at $BUNDLE (unpack the whole tarball, or give --bundle DIR)"
    BUNDLE=$(CDPATH='' cd -- "$BUNDLE" && pwd)
    EXE=$BUNDLE/hotseat
    if [ ! -f "$EXE" ] || [ ! -x "$EXE" ]; then die "$EXE is missing or not executable"; fi
    [ -f "$SRC_DESKTOP" ] || die "missing $SRC_DESKTOP"

    mkdir -p "$DATA/applications" "$DATA/metainfo" "$BIN"
    # Exec and TryExec point at this bundle; everything else is the entry as shipped
    tmp=$DATA/applications/.$APP_ID.desktop.$$
    trap 'rm -f "$tmp"' EXIT
    exec_value=$(exec_arg "$EXE")
    tryexec_value=$(printf '%s' "$EXE" | sed -e 's/\\/\\\\/g')
    # values through the environment: awk -v would undo the backslashes
    EXEC_VALUE=$exec_value TRYEXEC_VALUE=$tryexec_value awk '
        /^Exec=/ { print "Exec=" ENVIRON["EXEC_VALUE"]; print "TryExec=" ENVIRON["TRYEXEC_VALUE"]; next }
        /^TryExec=/ { next }
        { print }
    ' "$SRC_DESKTOP" >"$tmp"
    chmod 644 "$tmp"
    mv -f "$tmp" "$DATA/applications/$APP_ID.desktop"
    trap - EXIT

    if [ -f "$SRC_METAINFO" ]; then
        cp -f "$SRC_METAINFO" "$DATA/metainfo/$APP_ID.metainfo.xml"
        chmod 644 "$DATA/metainfo/$APP_ID.metainfo.xml"
    fi
    for dir in $ICON_DIRS; do
        for ext in png svg; do
            src=$SRC_ICONS/$dir/apps/$APP_ID.$ext
            [ -f "$src" ] || continue
            mkdir -p "$DATA/icons/hicolor/$dir/apps"
            cp -f "$src" "$DATA/icons/hicolor/$dir/apps/$APP_ID.$ext"
            chmod 644 "$DATA/icons/hicolor/$dir/apps/$APP_ID.$ext"
        done
    done

    if [ -e "$BIN/hotseat" ] && [ ! -L "$BIN/hotseat" ]; then
        say "note: $BIN/hotseat already exists and is not a link from here: left as it is"
    else
        ln -sfn "$EXE" "$BIN/hotseat"
    fi
    refresh_caches

    say "Hotseat is in the application menu ($DATA/applications/$APP_ID.desktop)."
    say "It starts $EXE; \`hotseat\` on the command line is $BIN/hotseat."
    case ":${PATH:-}:" in
        *":$BIN:"*) ;;
        *) say "($BIN is not on your PATH: add it there to type \`hotseat\` in a terminal.)" ;;
    esac
    if [ "$SYSTEM" = 1 ]; then
        case $BUNDLE in
            /home/*|/tmp/*) say "note: the menu entry for everyone points into $BUNDLE; /opt/hotseat is the usual place" ;;
        esac
    fi
}

if [ "$MODE" = uninstall ]; then uninstall; else install; fi
