"""The desktop entry and AppStream metainfo pass the freedesktop validators (installed in CI)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing in CI; .ci/run installs it from packaging/debian-packages.txt")
        pytest.skip(f"{name} not installed (apt-get install desktop-file-utils appstream)")
    return path


def test_desktop_entry_is_valid() -> None:
    tool = _tool("desktop-file-validate")
    out = subprocess.run([tool, str(PACKAGING / "org.sr_editor.SrEditor.desktop")], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == "", out.stdout + out.stderr


def test_metainfo_is_valid() -> None:
    tool = _tool("appstreamcli")
    xml = PACKAGING / "org.sr_editor.SrEditor.metainfo.xml"
    out = subprocess.run([tool, "validate", "--no-net", str(xml)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


ROOT = PACKAGING.parent
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_the_icon_the_desktop_entry_names_ships_as_svg_and_every_png_size() -> None:
    import tomllib

    from PIL import Image

    entry = (PACKAGING / "org.sr_editor.SrEditor.desktop").read_text(encoding="utf-8")
    name = next(line.split("=", 1)[1] for line in entry.splitlines() if line.startswith("Icon="))
    hicolor = ROOT / "resources" / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / f"{name}.svg").is_file()
    for size in ICON_SIZES:
        with Image.open(hicolor / f"{size}x{size}" / "apps" / f"{name}.png") as image:
            assert image.size == (size, size)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data_files = project["tool"]["setuptools"]["data-files"]
    installed = {Path(f).name for files in data_files.values() for f in files}
    assert {f"{name}.svg", f"{name}.png", "org.sr_editor.SrEditor.desktop"} <= installed
    assert len(data_files) >= len(ICON_SIZES) + 3
    assert '(str(root / "resources"), "resources")' in (PACKAGING / "sr-editor.spec").read_text(encoding="utf-8")


def test_the_window_icon_is_the_app_icon_in_every_size() -> None:
    from PySide6.QtWidgets import QApplication

    from sr_editor import app

    _qt = QApplication.instance() or QApplication([])
    icon = app.load_app_icon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= set(ICON_SIZES)


def _setup_commands() -> list[str]:
    readme = (PACKAGING.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Set up and run", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in section.split("```sh")[1:] for block in [block.split("```", 1)[0]]]


def test_readme_shows_exactly_two_set_up_commands_that_run_the_app_and_the_tests() -> None:
    commands = _setup_commands()
    assert len(commands) == 2 and all("\n" not in c for c in commands), commands
    assert commands[0].endswith(".venv/bin/sr-editor") and commands[1].endswith(".venv/bin/pytest")
    assert all(c.startswith("sh packaging/setup.sh ") for c in commands)


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (PACKAGING.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert _setup_commands()[1] + " " in ci


def test_setup_script_refuses_an_unknown_target_with_usage() -> None:
    out = subprocess.run(["sh", str(PACKAGING / "setup.sh"), "everything"], capture_output=True, text=True)
    assert out.returncode == 2 and "usage" in out.stderr


# ----- resources/ ships inside the package, so `pip install .` (not editable) has them ---------------------------
def _setuptools_config() -> dict[str, object]:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    config: dict[str, object] = project["tool"]["setuptools"]
    return config


def test_every_package_and_the_resources_are_listed_for_the_wheel() -> None:
    from setuptools import find_packages

    config = _setuptools_config()
    assert sorted(config["packages"]) == sorted([*find_packages(str(ROOT / "src")), "sr_editor.resources"])  # type: ignore[call-overload]
    assert config["package-dir"] == {"": "src", "sr_editor.resources": "resources"}


def test_every_resource_the_program_reads_matches_the_package_data() -> None:
    patterns = _setuptools_config()["package-data"]["sr_editor.resources"]  # type: ignore[index]
    resources = ROOT / "resources"
    shipped = {p for pattern in patterns for p in resources.glob(pattern) if p.is_file()}
    wanted = {p for p in resources.rglob("*") if p.is_file() and p.suffix != ".ts"}  # .ts: translators' sources
    assert wanted - shipped == set()


def test_an_installed_copy_reads_its_resources_from_inside_the_package(tmp_path: Path) -> None:
    """The layout `pip install .` makes (site-packages/sr_editor/resources), with no source tree around."""
    import sys

    import sr_editor

    site = tmp_path / "site-packages"
    shutil.copytree(Path(sr_editor.__file__).parent, site / "sr_editor", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "resources", site / "sr_editor" / "resources")
    script = ("from sr_editor.paths import resources_dir; from sr_editor.core.article.regions import load_vocabulary; "
              "load_vocabulary(); print(resources_dir())")
    out = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": str(site)})
    assert out.returncode == 0, out.stderr
    assert Path(out.stdout.strip()) == site / "sr_editor" / "resources"


@pytest.mark.slow
def test_the_built_wheel_holds_the_translations_icons_and_regions(tmp_path: Path) -> None:
    import sys
    import zipfile

    out = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
                         capture_output=True, text=True, timeout=300)
    if out.returncode != 0 and "No matching distribution" in out.stderr:
        pytest.skip("the build backend cannot be installed here (no package index)")
    assert out.returncode == 0, out.stderr
    [wheel] = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for wanted in ("regions.yaml", "preview.css", "translations/sr_editor_es.qm", "translations/sr_editor_core_es.qm",
                   "icons/check.svg", "icons/hicolor/48x48/apps/org.sr_editor.SrEditor.png", "spelling/names.txt"):
        assert f"sr_editor/resources/{wanted}" in names
