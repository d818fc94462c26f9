"""The platform integration files under packaging/, checked with the tools that work offline.

desktop-file-validate (desktop-file-utils), appstreamcli (appstream), makensis (nsis),
flatpak-builder and rsvg-convert (librsvg2-bin) come from scripts/setup.sh; a test skips, naming
the missing package, only where one is absent.
"""

from __future__ import annotations

import importlib.util
import json
import os
import plistlib
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "app.hotseat.Hotseat"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MANIFEST = LINUX / f"{APP_ID}.yml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MIC_TEXT = "Hotseat listens to your replies and transcribes them on this Mac; nothing leaves it."


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian package {package}; scripts/setup.sh adds it)")
    return path


def run(*command: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, cwd=cwd, timeout=60
    )


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def desktop_entry(path: Path) -> dict[str, str]:
    entry: dict[str, str] = {}
    group = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            group = line.strip("[]")
        elif group == "Desktop Entry" and "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            entry[key] = value
    return entry


# --- desktop entry and AppStream ------------------------------------------------------------


def test_desktop_entry_validates_and_matches_the_app():
    result = run(tool("desktop-file-validate", "desktop-file-utils"), DESKTOP)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # not even a hint
    entry = desktop_entry(DESKTOP)
    assert entry["Exec"] == "hotseat"
    assert entry["Icon"] == APP_ID
    assert entry["Categories"].split(";")[0] == "Education"
    assert "customer service" in entry["Keywords"]
    # Qt names the X11 window class after QApplication.applicationName()
    app_source = (ROOT / "desktop" / "ui" / "app.py").read_text(encoding="utf-8")
    assert f'setApplicationName("{entry["StartupWMClass"]}")' in app_source


def test_metainfo_validates_offline():
    result = run(tool("appstreamcli", "appstream"), "validate", "--no-net", "--pedantic", METAINFO)
    assert result.returncode == 0, result.stdout + result.stderr
    # the one pedantic remark left: the reverse-DNS id has capitals, as Flatpak ids do
    remarks = [line for line in result.stdout.splitlines() if line[:3] in ("E: ", "W: ", "I: ")]
    assert remarks == []


def test_metainfo_content():
    text = METAINFO.read_text(encoding="utf-8")
    for needle in (
        f"<id>{APP_ID}</id>",
        "<project_license>MIT</project_license>",
        '<release version="0.1.0"',
        "<binary>hotseat</binary>",
        "<internet>offline-only</internet>",
        "<control>voice</control>",
        '<content_rating type="oars-1.1">',
        f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>',
    ):
        assert needle in text
    # every screenshot is one that `make screenshots` saves, under the documented base URL
    shots = [line.split(">")[1].split("<")[0] for line in text.splitlines() if "<image" in line]
    assert shots
    screenshot_script = (ROOT / "scripts" / "screenshots.py").read_text(encoding="utf-8")
    for url in shots:
        assert url.startswith("https://hotseat.app/screenshots/")
        name = url.rsplit("/", 1)[1].removesuffix("-light-100.png")
        assert f'shot("{name}"' in screenshot_script, url
    assert "https://hotseat.app/screenshots/" in (ROOT / "docs" / "packaging.md").read_text()


# --- icons ----------------------------------------------------------------------------------


@pytest.mark.parametrize("size", ICON_SIZES)
def test_hicolor_png_has_its_size(size):
    path = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert png_size(path.read_bytes()) == (size, size)


def test_scalable_icon_is_the_app_icon():
    svg = LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    source = ROOT / "desktop" / "ui" / "assets" / "hotseat.svg"
    assert svg.read_bytes() == source.read_bytes()
    assert source.read_text(encoding="utf-8").startswith("<svg")


def test_windows_icon_holds_every_size():
    data = (PACKAGING / "windows" / "hotseat.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, _height, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        side = width or 256
        assert png_size(data[offset : offset + length]) == (side, side)
        sizes.append(side)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]


def test_macos_icon_holds_every_size():
    data = (PACKAGING / "macos" / "hotseat.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    found, at = {}, 8
    while at < len(data):
        kind, length = data[at : at + 4], struct.unpack(">I", data[at + 4 : at + 8])[0]
        found[kind] = png_size(data[at + 8 : at + length])[0]
        at += length
    assert found[b"icp4"] == 16 and found[b"ic09"] == 512 and found[b"ic10"] == 1024


def test_icons_are_what_make_icons_renders():
    tool("rsvg-convert", "librsvg2-bin")
    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    assert make_icons.main(["--check"]) == 0, "run: python packaging/make_icons.py"


# --- Flatpak --------------------------------------------------------------------------------


def test_flatpak_manifest_structure():
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert manifest["id"] == APP_ID
    assert manifest["command"] == "hotseat"
    assert manifest["runtime"] == "org.freedesktop.Platform"
    args = manifest["finish-args"]
    for needed in (
        "--socket=pulseaudio",
        "--socket=wayland",
        "--socket=fallback-x11",
        "--share=ipc",
        "--device=dri",
    ):
        assert needed in args
    assert not any("network" in arg for arg in args), "Hotseat is offline"
    assert not any(arg.startswith(("--filesystem=home", "--filesystem=host")) for arg in args)
    names = [module["name"] for module in manifest["modules"]]
    assert names[:2] == ["espeak-ng", "portaudio"]  # what the Python parts load at run time
    assert names.index("hotseat") > names.index("espeak-ng")
    for module in manifest["modules"]:
        for source in module["sources"]:
            if source["type"] == "dir":
                assert (LINUX / source["path"]).resolve().is_relative_to(ROOT)
            if source["type"] == "archive":
                assert "sha256" in source


def test_flatpak_builder_reads_the_manifest(tmp_path):
    builder = tool("flatpak-builder", "flatpak-builder")
    # its state folder (.flatpak-builder) goes in the working directory: keep it out of the tree
    result = run(builder, "--show-manifest", MANIFEST, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == APP_ID


# --- Windows --------------------------------------------------------------------------------


def test_nsis_installer_compiles_against_a_fake_bundle(tmp_path):
    makensis = tool("makensis", "nsis")
    bundle = tmp_path / "dist" / "hotseat"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "hotseat.exe").write_bytes(b"MZ fake")
    (bundle / "hotseat-cli.exe").write_bytes(b"MZ fake")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK fake")
    out = tmp_path / "hotseat-9.8.7-windows-installer.exe"
    result = run(
        makensis,
        "-V2",
        "-WX",  # warnings are errors
        "-DVERSION=9.8.7",
        f"-DDIST={bundle}",
        f"-DOUTFILE={out}",
        PACKAGING / "windows" / "hotseat.nsi",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"


def test_nsis_insists_on_a_version(tmp_path):
    makensis = tool("makensis", "nsis")
    result = run(
        makensis, "-V1", f"-DOUTFILE={tmp_path / 'x.exe'}", PACKAGING / "windows" / "hotseat.nsi"
    )
    assert result.returncode != 0
    assert "VERSION" in result.stdout + result.stderr


def test_windows_version_template_fills_in():
    text = (PACKAGING / "windows" / "version_info.txt").read_text(encoding="utf-8")
    assert "{VERSION}" in text and "{VERSION_TUPLE}" in text
    filled = text.replace("{VERSION}", "0.1.0").replace("{VERSION_TUPLE}", "(0, 1, 0, 0)")
    code = "\n".join(line for line in filled.splitlines() if not line.startswith("#"))
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct")
    names += ("VarFileInfo", "VarStruct")
    tree = eval(code, {name: (lambda *a, **k: (a, k)) for name in names})
    assert tree[1]["ffi"][1]["filevers"] == (0, 1, 0, 0)


# --- macOS ----------------------------------------------------------------------------------


def test_macos_info_plist_additions():
    info = json.loads((PACKAGING / "macos" / "info_plist.json").read_text(encoding="utf-8"))
    assert info["CFBundleIdentifier"] == APP_ID
    assert info["NSMicrophoneUsageDescription"] == MIC_TEXT
    assert info["NSHighResolutionCapable"] is True
    assert tuple(int(p) for p in info["LSMinimumSystemVersion"].split(".")) >= (11,)
    assert plistlib.loads(plistlib.dumps(info)) == info  # every value is plist-able


def test_macos_entitlements():
    with (PACKAGING / "macos" / "entitlements.plist").open("rb") as fh:
        entitlements = plistlib.load(fh)
    assert entitlements["com.apple.security.device.audio-input"] is True
    assert entitlements["com.apple.security.cs.allow-unsigned-executable-memory"] is True
    assert not any("network" in key for key in entitlements)


# --- install.sh -----------------------------------------------------------------------------


def fake_tarball(root: Path) -> Path:
    """The Linux tarball's layout (packaging/build.py) with a stand-in bundle."""
    top = root / "hotseat-0.1.0-linux-x86_64"
    (top / "hotseat").mkdir(parents=True)
    exe = top / "hotseat" / "hotseat"
    exe.write_text("#!/bin/sh\necho hotseat 0.1.0\n")
    exe.chmod(0o755)
    shutil.copy(LINUX / "install.sh", top / "install.sh")
    (top / "share" / "applications").mkdir(parents=True)
    (top / "share" / "metainfo").mkdir(parents=True)
    shutil.copy(DESKTOP, top / "share" / "applications")
    shutil.copy(METAINFO, top / "share" / "metainfo")
    shutil.copytree(LINUX / "icons", top / "share" / "icons")
    return top


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if not p.is_dir()}


def test_install_sh_installs_and_uninstalls_cleanly(tmp_path):
    top = fake_tarball(tmp_path / "My Apps")  # a space in the path, as in real home folders
    prefix = tmp_path / "prefix"
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path / "home")}

    def install(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["sh", str(top / "install.sh"), "--prefix", str(prefix), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )

    first = install()
    assert first.returncode == 0, first.stderr
    installed = files_under(prefix)
    entry = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    first_entry = entry.read_text()
    assert f"share/applications/{APP_ID}.desktop" in installed
    assert f"share/metainfo/{APP_ID}.metainfo.xml" in installed
    for size in ICON_SIZES:
        assert f"share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in installed
    assert f"share/icons/hicolor/scalable/apps/{APP_ID}.svg" in installed
    link = prefix / "bin" / "hotseat"
    assert link.is_symlink() and link.resolve() == (top / "hotseat" / "hotseat").resolve()
    assert subprocess.run([link], capture_output=True, text=True).stdout == "hotseat 0.1.0\n"

    fields = desktop_entry(entry)
    assert fields["Exec"] == f'"{top / "hotseat" / "hotseat"}"'  # quoted: the path has a space
    assert fields["TryExec"] == str(top / "hotseat" / "hotseat")
    if shutil.which("desktop-file-validate"):
        check = run("desktop-file-validate", entry)
        assert check.returncode == 0 and check.stdout == "", check.stdout
    if shutil.which("appstreamcli"):
        # the installed tree as a whole: metainfo, its desktop entry and the icons it names
        tree = run("appstreamcli", "validate-tree", "--no-net", prefix)
        assert tree.returncode == 0, tree.stdout + tree.stderr

    again = install()  # idempotent
    assert again.returncode == 0, again.stderr
    assert files_under(prefix) == installed
    assert entry.read_text() == first_entry

    gone = install("--uninstall")
    assert gone.returncode == 0, gone.stderr
    # only the menu cache update-desktop-database keeps for the folder may remain
    assert files_under(prefix) <= {"share/applications/mimeinfo.cache"}
    assert (top / "hotseat" / "hotseat").exists()  # the application folder is left alone
    assert install("--uninstall").returncode == 0  # and again: nothing to do is fine


def test_install_sh_refuses_without_a_bundle(tmp_path):
    top = fake_tarball(tmp_path)
    shutil.rmtree(top / "hotseat")
    result = subprocess.run(
        ["sh", str(top / "install.sh"), "--prefix", str(tmp_path / "prefix")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "no application folder" in result.stderr
    assert not (tmp_path / "prefix").exists()


def test_install_sh_is_posix_sh():
    result = run("sh", "-n", LINUX / "install.sh")
    assert result.returncode == 0, result.stderr
    assert os.access(LINUX / "install.sh", os.X_OK)
    if shutil.which("shellcheck"):
        check = run("shellcheck", "-s", "sh", LINUX / "install.sh")
        assert check.returncode == 0, check.stdout
