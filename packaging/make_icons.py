"""Render every icon file the installers use from the one drawing, desktop/ui/assets/hotseat.svg.

    python packaging/make_icons.py            # rewrites the files below
    python packaging/make_icons.py --check    # exit 1 if any file differs from a fresh rendering

Writes:
    packaging/linux/icons/hicolor/<N>x<N>/apps/app.hotseat.Hotseat.png   N = 16 … 512
    packaging/linux/icons/hicolor/scalable/apps/app.hotseat.Hotseat.svg  (a copy of the drawing)
    packaging/windows/hotseat.ico    PNG-compressed entries, 16 … 256 px (Windows Vista and later)
    packaging/macos/hotseat.icns     PNG entries, 16 … 1024 px (16@1x … 512@2x)

Needs only the standard library and `rsvg-convert` (Debian: librsvg2-bin), which draws the SVG;
the ICO and ICNS containers are plain PNGs behind a small header, written here directly, so no
Pillow or ImageMagick is involved and the result is the same on every run.
"""

from __future__ import annotations

import argparse
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "desktop" / "ui" / "assets" / "hotseat.svg"
APP_ID = "app.hotseat.Hotseat"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
ICO = ROOT / "packaging" / "windows" / "hotseat.ico"
ICNS = ROOT / "packaging" / "macos" / "hotseat.icns"

LINUX_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size; the @2x types reuse the larger renderings
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (raises ValueError if it is not a PNG)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def render(svg: Path, size: int, rsvg: str) -> bytes:
    data = subprocess.run(
        [rsvg, "--width", str(size), "--height", str(size), "--format", "png", str(svg)],
        check=True,
        capture_output=True,
    ).stdout
    if png_size(data) != (size, size):
        raise RuntimeError(f"rsvg-convert drew {png_size(data)} for {size} px")
    return data


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico whose entries are PNG images (ICONDIR, ICONDIRENTRY per image, then the data)."""
    sizes = sorted(pngs)
    offset = 6 + 16 * len(sizes)
    head = struct.pack("<HHH", 0, 1, len(sizes))
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return head + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def outputs(rsvg: str) -> dict[Path, bytes]:
    """Every file this script owns, with the bytes it should hold."""
    sizes = sorted({*LINUX_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render(SOURCE, size, rsvg) for size in sizes}
    files = {HICOLOR / f"{n}x{n}" / "apps" / f"{APP_ID}.png": pngs[n] for n in LINUX_SIZES}
    files[HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"] = SOURCE.read_bytes()
    files[ICO] = ico_bytes({n: pngs[n] for n in ICO_SIZES})
    files[ICNS] = icns_bytes(pngs)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only compare with a fresh rendering; write nothing"
    )
    args = parser.parse_args(argv)
    rsvg = shutil.which("rsvg-convert")
    if rsvg is None:
        print("rsvg-convert is missing: apt-get install librsvg2-bin", file=sys.stderr)
        return 2
    files = outputs(rsvg)
    if args.check:
        stale = [p for p, data in files.items() if not p.exists() or p.read_bytes() != data]
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        # write beside, then rename: a half-written icon never sits in the tree
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as tmp:
            tmp.write(data)
        Path(tmp.name).chmod(0o644)
        Path(tmp.name).replace(path)
        print(f"{path.relative_to(ROOT)}  {len(data):>7} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
