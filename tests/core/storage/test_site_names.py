"""Names from a site made safe before they touch the disk, and targets proven inside the workspace."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sr_editor.core.images.files import safe_image_name
from sr_editor.core.storage.site_names import UnsafePathError, ensure_inside, is_reserved, safe_folder_name


@pytest.mark.parametrize("slug", ["../../x", "..", ".", "/etc/passwd", ".sr-editor", "a/b", "..\\..\\x", "a\x00b",
                                  "\x1b[2J", "x" * 5000, "CON", "nul", "Com1", "lpt9", "%2e%2e%2f", "", " "])
def test_a_hostile_slug_becomes_a_plain_bounded_folder_name(slug: str) -> None:
    name = safe_folder_name(slug, fallback="post-7")
    assert name and len(name) <= 80 and not name.startswith(".") and not is_reserved(name)
    assert all(c.isascii() and (c.isalnum() or c == "-") for c in name)


def test_a_slug_without_letters_falls_back_to_the_title_then_the_fallback() -> None:
    assert safe_folder_name("..", "A title") == "a-title"
    assert safe_folder_name("..", "…", fallback="post-7") == "post-7"


def test_a_percent_encoded_slug_is_decoded_before_folding() -> None:
    assert safe_folder_name("%c3%a1frica-hoy") == "africa-hoy"


def test_a_good_slug_is_kept() -> None:
    assert safe_folder_name("haiti-fight-against-dictatorship") == "haiti-fight-against-dictatorship"


@pytest.mark.parametrize("name", ["CON.jpg", "aux.png", "nul"])
def test_an_image_named_like_a_windows_device_gets_another_name(name: str) -> None:
    assert not is_reserved(safe_image_name(name, ".jpg"))


def test_a_target_inside_the_workspace_is_accepted(tmp_path: Path) -> None:
    assert ensure_inside(tmp_path, tmp_path / "a" / "index.md") == (tmp_path / "a" / "index.md").resolve()


@pytest.mark.parametrize("relative", ["../x", "a/../../x", ".sr-editor/x", "/etc/x"])
def test_a_target_outside_the_workspace_or_in_its_state_folder_is_refused(tmp_path: Path, relative: str) -> None:
    with pytest.raises(UnsafePathError):
        ensure_inside(tmp_path, tmp_path / relative)


def test_a_folder_linked_to_outside_the_workspace_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    workspace = tmp_path / "ws"
    outside.mkdir()
    workspace.mkdir()
    os.symlink(outside, workspace / "linked")
    with pytest.raises(UnsafePathError) as info:
        ensure_inside(workspace, workspace / "linked" / "index.md")
    assert "not inside the workspace" in str(info.value)
