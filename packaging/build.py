"""Build Hotseat's one-folder bundle for the platform this runs on, and on Linux its tarball.

    .venv/bin/python packaging/build.py   # dist/hotseat/, dist/hotseat-<v>-linux-<arch>.tar.gz
    .venv/bin/python packaging/build.py --dist /tmp/out --no-archive

PyInstaller (pinned in requirements.lock) does the freezing from packaging/hotseat.spec; this
script supplies the version (from pyproject.toml, the one place it is written), keeps the build
folders out of the source tree when asked, and packs the Linux tarball with the desktop entry,
icons, AppStream metainfo and install.sh beside the bundle. docs/packaging.md says how to go on
to the Windows installer and the macOS app.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "app.hotseat.Hotseat"


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def windows_version_file(version: str, work: Path) -> Path | None:
    """The version resource for the .exe files, filled from the template when there is one."""
    template = PACKAGING / "windows" / "version_info.txt"
    if not template.exists():
        return None
    numbers = [*(int(part) for part in version.split(".")[:3] if part.isdigit()), 0, 0, 0][:4]
    text = template.read_text(encoding="utf-8")
    text = text.replace("{VERSION}", version).replace("{VERSION_TUPLE}", str(tuple(numbers)))
    out = work / "version_info.txt"
    out.write_text(text, encoding="utf-8")
    return out


def freeze(dist: Path, work: Path, version: str) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder."""
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, HOTSEAT_VERSION=version)
    if sys.platform == "win32":
        version_file = windows_version_file(version, work)
        if version_file is not None:
            env["HOTSEAT_WINDOWS_VERSION_FILE"] = str(version_file)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={dist}",
        f"--workpath={work}",
        str(PACKAGING / "hotseat.spec"),
    ]
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    return dist / "hotseat"


def linux_tarball(bundle: Path, dist: Path, version: str) -> Path:
    """hotseat-<version>-linux-<arch>.tar.gz: the bundle, its desktop integration and install.sh."""
    linux = PACKAGING / "linux"
    name = f"hotseat-{version}-linux-{platform.machine()}"
    archive = dist / f"{name}.tar.gz"
    extras = {
        "install.sh": linux / "install.sh",
        f"share/applications/{APP_ID}.desktop": linux / f"{APP_ID}.desktop",
        f"share/metainfo/{APP_ID}.metainfo.xml": linux / f"{APP_ID}.metainfo.xml",
        "share/icons": linux / "icons",
        "README.md": ROOT / "docs" / "packaging.md",
    }
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"{name}/hotseat")
        for arcname, source in extras.items():
            if source.exists():
                tar.add(source, arcname=f"{name}/{arcname}")
    return archive


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's scratch"
    )
    parser.add_argument("--no-archive", action="store_true", help="skip the Linux tarball")
    args = parser.parse_args(argv)
    version = project_version()
    started = time.perf_counter()
    bundle = freeze(args.dist.resolve(), args.work.resolve(), version)
    built_s = time.perf_counter() - started
    size_mb = folder_size(bundle) / 1e6
    print(f"bundle: {bundle}  ({size_mb:.0f} MB, built in {built_s:.0f} s, version {version})")
    if sys.platform.startswith("linux") and not args.no_archive:
        archive = linux_tarball(bundle, args.dist.resolve(), version)
        print(f"tarball: {archive}  ({archive.stat().st_size / 1e6:.0f} MB)")
    elif sys.platform == "win32":
        print(f"next: makensis /DVERSION={version} packaging\\windows\\hotseat.nsi")
    shutil.rmtree(args.work.resolve() / "hotseat", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
