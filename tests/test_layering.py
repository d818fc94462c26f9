"""The domain (personas/) and audio (audio/) layers must never import Qt.

Three independent checks, so the guarantee holds even if one tool is missing or fooled:
import-linter's contracts (pyproject ``[tool.importlinter]``), a static AST scan of the sources,
and a real import of every module in a fresh interpreter.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT_FREE_PACKAGES = ("personas", "audio")
FORBIDDEN_TOP_LEVEL = {"PySide6", "shiboken6", "PySide2", "shiboken2", "PyQt4", "PyQt5", "PyQt6"}


def _is_forbidden(module: str) -> bool:
    return module.split(".")[0] in FORBIDDEN_TOP_LEVEL


def forbidden_imports(source: str, filename: str = "<source>") -> list[tuple[int, str]]:
    """(line, module) for every Qt import in ``source``, including dynamic string imports."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if _is_forbidden(a.name)]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module and _is_forbidden(node.module):
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            arg = node.args[0]
            if (
                name in {"import_module", "__import__"}
                and isinstance(arg, ast.Constant)
                and isinstance(arg.value, str)
                and _is_forbidden(arg.value)
            ):
                found.append((node.lineno, arg.value))
    return found


def test_import_linter_contracts_hold() -> None:
    lint_imports = Path(sys.executable).parent / "lint-imports"
    if not lint_imports.exists():
        pytest.skip(f"import-linter not installed next to {sys.executable}")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"import-linter failed:\n{result.stdout}\n{result.stderr}"


def test_ast_scan_finds_no_qt_imports() -> None:
    offenders = []
    files = [f for pkg in QT_FREE_PACKAGES for f in sorted((ROOT / pkg).rglob("*.py"))]
    assert files, "no sources found to scan"
    for path in files:
        for line, module in forbidden_imports(path.read_text(encoding="utf-8"), str(path)):
            offenders.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    assert not offenders, "Qt imported in a Qt-free layer:\n" + "\n".join(offenders)


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6",
        "from PySide6.QtCore import QObject",
        "import os, PyQt6.QtWidgets as w",
        "def f():\n    import shiboken6",
        "import importlib\nimportlib.import_module('PySide6.QtGui')",
        "__import__('PyQt5')",
    ],
)
def test_ast_scan_catches_qt_imports(source: str) -> None:
    assert forbidden_imports(source)


@pytest.mark.parametrize("source", ["import os", "from . import PySide6", "import PySide6x"])
def test_ast_scan_ignores_other_imports(source: str) -> None:
    assert forbidden_imports(source) == []


_IMPORT_EVERYTHING = """
import importlib, json, pkgutil, sys
errors = []
for top in {packages!r}:
    pkg = importlib.import_module(top)
    for info in pkgutil.walk_packages(pkg.__path__, top + "."):
        try:
            importlib.import_module(info.name)
        except Exception as exc:
            errors.append(f"{{info.name}}: {{type(exc).__name__}}: {{exc}}")
qt = sorted(m for m in sys.modules if m.split(".")[0] in {forbidden!r})
print(json.dumps({{"qt": qt, "errors": errors}}))
"""


def test_importing_every_module_loads_no_qt() -> None:
    code = _IMPORT_EVERYTHING.format(
        packages=QT_FREE_PACKAGES, forbidden=sorted(FORBIDDEN_TOP_LEVEL)
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        },
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["errors"] == [], "modules failed to import:\n" + "\n".join(report["errors"])
    assert report["qt"] == [], f"importing {QT_FREE_PACKAGES} loaded Qt modules: {report['qt']}"
