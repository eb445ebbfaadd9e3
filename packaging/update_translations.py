"""Refresh the Qt translation sources from the code and compile them (run after changing user-visible text).

    .venv/bin/python packaging/update_translations.py          # lupdate (keeps existing translations), lrelease
    .venv/bin/python packaging/update_translations.py --check  # exit 1 when a shipped .qm differs from its .ts

Two catalogues per language, so the window's text and the sentences of core/publish/cli are translated (and
reviewed) apart: resources/translations/sr_editor_<lang>.ts (gui/) and sr_editor_core_<lang>.ts (core/, publish/,
cli/, services/). Edit them with pyside6-linguist; compiled: the .qm beside them, shipped with the package data
and the PyInstaller build (resources/ is bundled whole).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("es", "pt_BR")


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this venv")
    return found


CATALOGUES = {"sr_editor": ("gui", "app"), "sr_editor_core": ("core", "publish", "cli", "services")}


def sources(catalogue: str = "sr_editor") -> list[str]:
    """The files whose tr() / i18n.translate() calls feed `catalogue`."""
    package = ROOT / "src" / "sr_editor"
    files: list[Path] = []
    for part in CATALOGUES[catalogue]:
        path = package / part
        files += [path] if path.suffix == ".py" else sorted(path.rglob("*.py"))
    return sorted(str(p.relative_to(ROOT)) for p in files)


def update() -> None:
    for catalogue in CATALOGUES:
        for language in LANGUAGES:
            ts = FOLDER / f"{catalogue}_{language}.ts"
            subprocess.run([tool("pyside6-lupdate"), *sources(catalogue), "-no-obsolete", "-target-language",
                            language, "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
            release(ts, ts.with_suffix(".qm"))


def release(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def check() -> int:
    stale = []
    with tempfile.TemporaryDirectory() as folder:
        for ts in sorted(FOLDER.glob("*.ts")):
            fresh = Path(folder) / ts.with_suffix(".qm").name
            release(ts, fresh)
            shipped = ts.with_suffix(".qm")
            if not shipped.exists() or shipped.read_bytes() != fresh.read_bytes():
                stale.append(shipped.name)
    if stale:
        print("out of date: " + ", ".join(stale) + " (run packaging/update_translations.py)")
    return 1 if stale else 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        raise SystemExit(check())
    update()
