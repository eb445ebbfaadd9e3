"""`sr-editor --install-desktop-entry`: the desktop entry, metainfo and icons in the user's data folder (where a
desktop finds them; pip leaves them in the venv's share/), the entry starting this very program."""

from __future__ import annotations

import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from sr_editor.cli.main import main

APP = "org.sr_editor.SrEditor"


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def test_install_desktop_entry_puts_entry_metainfo_and_icons_under_the_users_data_folder(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--install-desktop-entry"]) == 0
    entry = data_home / "applications" / f"{APP}.desktop"
    assert entry.is_file() and (data_home / "metainfo" / f"{APP}.metainfo.xml").is_file()
    assert (data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP}.svg").is_file()
    assert (data_home / "icons" / "hicolor" / "48x48" / "apps" / f"{APP}.png").is_file()
    assert str(entry) in capsys.readouterr().out


def test_the_installed_entry_starts_this_program_by_its_full_path(data_home: Path) -> None:
    main(["--install-desktop-entry"])
    text = (data_home / "applications" / f"{APP}.desktop").read_text(encoding="utf-8")
    [exec_line] = [line for line in text.splitlines() if line.startswith("Exec=")]
    command = shlex.split(exec_line.removeprefix("Exec="))
    assert Path(command[0]).is_absolute() and Path(command[0]).exists() and command[-1] == "%F"
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(data_home / "applications" / f"{APP}.desktop")],
                                 capture_output=True, text=True)
        assert checked.returncode == 0 and checked.stdout.strip() == "", checked.stdout


def test_installing_again_replaces_the_files(data_home: Path) -> None:
    main(["--install-desktop-entry"])
    entry = data_home / "applications" / f"{APP}.desktop"
    entry.write_text("stale", encoding="utf-8")
    assert main(["--install-desktop-entry"]) == 0 and entry.read_text(encoding="utf-8").startswith("[Desktop Entry]")


def test_a_frozen_build_installs_the_entry_it_carries_beside_its_resources(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PyInstaller's folder holds resources/ and packaging/ side by side (packaging/sr-editor.spec); no share/."""
    import sys

    from sr_editor import paths

    source = Path(__file__).resolve().parents[2]
    bundle = tmp_path / "dist" / "sr-editor" / "_internal"
    shutil.copytree(source / "resources" / "icons", bundle / "resources" / "icons")
    (bundle / "packaging").mkdir(parents=True)
    shutil.copy(source / "packaging" / f"{APP}.desktop", bundle / "packaging")
    monkeypatch.setattr(paths, "resources_dir", lambda: bundle / "resources")
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "no-share"))
    assert main(["--install-desktop-entry"]) == 0
    assert (data_home / "applications" / f"{APP}.desktop").is_file()
    spec = (source / "packaging" / "sr-editor.spec").read_text(encoding="utf-8")
    assert f"{APP}.desktop" in spec and f"{APP}.metainfo.xml" in spec


def test_readme_tells_how_to_get_the_menu_entry_and_how_big_the_bundle_is() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "sr-editor --install-desktop-entry" in readme and "~/.local/share" in readme
    assert "packaging/build.sh" in readme and " MB" in readme.split("packaging/build.sh", 1)[1][:300]
