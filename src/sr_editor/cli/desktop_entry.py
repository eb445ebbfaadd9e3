"""`sr-editor --install-desktop-entry`: the desktop entry, AppStream metainfo and icons for the user who runs it.

`pip install` puts them under the venv's `share/`, where no desktop looks; this copies them to the user's data
folder (`$XDG_DATA_HOME`, else ~/.local/share), with the entry's Exec pointing at this very program (a venv's bin/
is not on a desktop session's PATH). Nothing needs root; running it again replaces the files.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from sr_editor import paths
from sr_editor.core.i18n import translate

APP_ID = "org.sr_editor.SrEditor"


def user_data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def _shipped(folder: str, name: str) -> Path | None:
    """A file pip put in <prefix>/share/<folder>, else the source tree's packaging/ (editable installs)."""
    for candidate in (Path(sys.prefix) / "share" / folder / name, paths.resources_dir().parent / "packaging" / name):
        if candidate.is_file():
            return candidate
    return None


def program() -> str:
    """How a desktop starts this sr-editor: the `sr-editor` script beside this Python, else `python -m`."""
    given = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if given is not None and given.name == "sr-editor" and given.exists():
        return _quoted(str(given.resolve()))
    beside = Path(sys.executable).parent / "sr-editor"
    if beside.exists():
        return _quoted(str(beside))
    return f"{_quoted(sys.executable)} -m sr_editor"


def _quoted(path: str) -> str:
    """A path as the desktop entry spec wants it in Exec: double-quoted when it holds a space or a reserved
    character (with \\, ", ` and $ escaped)."""
    if not any(ch in path for ch in ' \t"\'\\><~|&;$*?#()`'):
        return path
    escaped = "".join("\\\\\\\\" if ch == "\\" else f"\\\\{ch}" if ch in '"`$' else ch for ch in path)
    return f'"{escaped}"'


def install(home: Path | None = None) -> list[Path]:
    """Write the entry, metainfo and icons under `home` (default: user_data_home()); the files written."""
    home = home or user_data_home()
    entry = _shipped("applications", f"{APP_ID}.desktop")
    if entry is None:
        raise FileNotFoundError(translate("cli", "the desktop entry {0}.desktop is not part of this copy of "
                                          "sr-editor").format(APP_ID))
    written: list[Path] = []
    lines = [f"Exec={program()} %F" if line.startswith("Exec=") else line
             for line in entry.read_text(encoding="utf-8").splitlines()]
    target = home / "applications" / f"{APP_ID}.desktop"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    written.append(target)
    metainfo = _shipped("metainfo", f"{APP_ID}.metainfo.xml")
    if metainfo is not None:
        written.append(_copy(metainfo, home / "metainfo" / metainfo.name))
    icons = paths.resources_dir() / "icons" / "hicolor"
    for icon in sorted(icons.glob(f"*/apps/{APP_ID}.*")):
        written.append(_copy(icon, home / "icons" / "hicolor" / icon.relative_to(icons)))
    _refresh_caches(home)
    return written


def _copy(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


def _refresh_caches(home: Path) -> None:
    """Best effort: menus pick up the entry sooner when the caches are rebuilt; without the tools they still do."""
    for command in (["update-desktop-database", "-q", str(home / "applications")],
                    ["gtk-update-icon-cache", "-q", "-t", str(home / "icons" / "hicolor")]):
        if shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True, timeout=30)


def cmd_install_desktop_entry() -> int:
    written = install()
    print(translate("cli", "Installed the desktop entry {0} (it starts {1}), its AppStream metainfo and {2} icons "
                    "under {3}; sr-editor now shows in the desktop's application menu (log out and back in if it "
                    "does not yet).").format(written[0], program(), sum(1 for p in written if "icons" in p.parts),
                                             user_data_home()))
    return 0
