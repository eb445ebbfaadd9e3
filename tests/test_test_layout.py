"""The tests mirror the source package by package: every package under src/sr_editor has the folder of the same
path under tests/ with tests in it, and every folder under tests/ names a package, so the test of any module is
found by its path. tests/support/ is the one exception: helpers, fixtures and child scripts, and no tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

import sr_editor

PACKAGE = Path(sr_editor.__file__).resolve().parent
TESTS = Path(__file__).resolve().parent
SUPPORT = "support"
NOT_FOLDERS = {"__pycache__", "node_modules"}


def _walk(root: Path, skip: set[str]) -> Iterator[tuple[PurePosixPath, list[str]]]:
    """(folder relative to root, its file names), leaving out caches, hidden folders and the names in skip."""
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if d not in NOT_FOLDERS | skip and not d.startswith("."))
        yield PurePosixPath(Path(folder).relative_to(root).as_posix()), files


def packages(source: Path) -> set[PurePosixPath]:
    return {folder for folder, files in _walk(source, set()) if "__init__.py" in files}


def _is_test(name: str) -> bool:
    return name.startswith("test_") and name.endswith(".py")


def untested_packages(source: Path, tests: Path) -> list[str]:
    """Packages whose folder under tests/ is missing or holds no test file, even in its subfolders."""
    tested = {folder for folder, files in _walk(tests, {SUPPORT}) if any(map(_is_test, files))}
    return sorted(str(package) for package in packages(source)
                  if not any(folder == package or package in folder.parents for folder in tested))


def stray_folders(source: Path, tests: Path) -> list[str]:
    """Folders under tests/ (but tests/support/) with no package of the same path."""
    return sorted(str(folder) for folder, _ in _walk(tests, {SUPPORT}) if folder not in packages(source))


def support_test_files(tests: Path) -> list[str]:
    return sorted(str(folder / name) for folder, files in _walk(tests / SUPPORT, set()) for name in files
                  if _is_test(name))


def test_every_source_package_has_a_test_folder_with_tests() -> None:
    assert untested_packages(PACKAGE, TESTS) == [], "add tests/<package path>/test_*.py for these packages"


def test_every_folder_under_tests_names_a_source_package() -> None:
    assert stray_folders(PACKAGE, TESTS) == [], "move these tests to the folder of the package they test"


def test_the_support_folder_holds_helpers_and_no_tests() -> None:
    assert support_test_files(TESTS) == [], "tests/support is on sys.path for helpers; move these tests out"


def test_a_package_without_tests_and_a_folder_without_a_package_are_both_named(tmp_path: Path) -> None:
    source, tests = tmp_path / "sr_editor", tmp_path / "tests"
    for package in ("", "core", "core/render", "core/spelling"):
        (source / package).mkdir(parents=True, exist_ok=True)
        (source / package / "__init__.py").touch()
    for test in ("test_layers.py", "core/render/test_render.py", "core/spelling/helpers.py", "blocks/test_form.py"):
        (tests / test).parent.mkdir(parents=True, exist_ok=True)
        (tests / test).touch()
    (tests / SUPPORT).mkdir()
    assert untested_packages(source, tests) == ["core/spelling"]
    assert stray_folders(source, tests) == ["blocks"]
