"""`sr-editor alt` on local articles (the site side runs against the real WordPress in tests/publish/alt)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sr_editor.cli import main as cli


def run(capsys: Any, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    bundle = tmp_path / "ws" / "march"
    bundle.mkdir(parents=True)
    (bundle / "index.md").write_text("---\ntitle: March\nregions: [Africa]\n---\nText.\n\n![DSC_0042](crowd.jpg)\n",
                                     encoding="utf-8")
    (bundle / "crowd.jpg").write_bytes(b"\xff\xd8")
    return tmp_path / "ws"


def test_list_json_has_the_documented_fields(capsys: Any, workspace: Path) -> None:
    code, out, _ = run(capsys, "alt", "list", "--local", "--json", "--workspace", str(workspace))
    [item] = json.loads(out)
    assert code == 0
    assert {k: item[k] for k in ("id", "source", "file", "alt", "problem")} == {
        "id": "local:march/crowd.jpg", "source": "local", "file": "march/crowd.jpg", "alt": "DSC_0042",
        "problem": "alt-filename"}
    assert item["used_in"][0]["title"] == "March" and item["used_in"][0]["before"] == "Text."


def test_list_prints_one_line_per_image(capsys: Any, workspace: Path) -> None:
    code, out, err = run(capsys, "alt", "list", "--workspace", str(workspace))
    assert code == 0 and out.count("\n") == 1 and out.startswith("local:march/crowd.jpg\talt-filename")
    assert "1 image(s) need a description." in err


def test_set_writes_the_article_and_the_image_leaves_the_queue(capsys: Any, workspace: Path) -> None:
    code, out, _ = run(capsys, "alt", "set", "local:march/crowd.jpg", "A crowd fills the square",
                       "--workspace", str(workspace))
    assert code == 0 and "saved" in out
    assert "![A crowd fills the square](crowd.jpg)" in (workspace / "march" / "index.md").read_text()
    assert json.loads(run(capsys, "alt", "list", "--json", "--workspace", str(workspace))[1]) == []


def test_set_decorative(capsys: Any, workspace: Path) -> None:
    assert run(capsys, "alt", "set", "local:march/crowd.jpg", "--decorative", "--workspace", str(workspace))[0] == 0
    assert "![](crowd.jpg){.decorative}" in (workspace / "march" / "index.md").read_text()


def test_set_needs_exactly_one_of_text_and_decorative(capsys: Any, workspace: Path) -> None:
    code, _, err = run(capsys, "alt", "set", "local:march/crowd.jpg", "x", "--decorative",
                       "--workspace", str(workspace))
    assert code == 2 and "either" in err
    assert run(capsys, "alt", "set", "local:march/crowd.jpg", "--workspace", str(workspace))[0] == 2


def test_an_unknown_id_is_named(capsys: Any, workspace: Path) -> None:
    code, _, err = run(capsys, "alt", "set", "prod:media:12", "x", "--workspace", str(workspace))
    assert code == 3 and '"prod:media:12"' in err and "alt sync --site prod" in err


def test_a_site_without_a_copy_says_to_sync(capsys: Any, workspace: Path) -> None:
    code, out, err = run(capsys, "alt", "list", "--site", "prod", "--workspace", str(workspace))
    assert code == 0 and out == "" and "alt sync --site prod" in err


def test_a_missing_workspace_is_an_input_error(capsys: Any, tmp_path: Path) -> None:
    code, _, err = run(capsys, "alt", "list", "--workspace", str(tmp_path / "nope"))
    assert code == 3 and "nope" in err


def test_set_with_text_that_fails_a_check_is_kept_and_warned_like_the_window(capsys: Any, workspace: Path) -> None:
    code, out, err = run(capsys, "alt", "set", "local:march/crowd.jpg", "image of a crowd",
                         "--workspace", str(workspace))
    assert code == 0 and "saved" in out and "check it" in err
    assert "![image of a crowd](crowd.jpg)" in (workspace / "march" / "index.md").read_text()


@pytest.mark.parametrize("control", ["\x00", "\x07", "\x1b", "\x7f", "\x9b"])
def test_set_refuses_a_description_with_a_control_character_and_writes_nothing(
    capsys: Any, workspace: Path, control: str,
) -> None:
    before = (workspace / "march" / "index.md").read_bytes()
    code, _, err = run(capsys, "alt", "set", "local:march/crowd.jpg", f"A crowd{control} in the square",
                       "--workspace", str(workspace))
    assert code != 0 and "control character" in err and f"U+{ord(control):04X}" in err
    assert (workspace / "march" / "index.md").read_bytes() == before


def test_set_keeps_tabs_and_line_breaks_as_spaces(capsys: Any, workspace: Path) -> None:
    code, _, _ = run(capsys, "alt", "set", "local:march/crowd.jpg", "A crowd\tin the\r\nsquare",
                     "--workspace", str(workspace))
    assert code == 0
    assert "![A crowd in the square](crowd.jpg)" in (workspace / "march" / "index.md").read_text()


def test_set_describes_every_use_of_the_image_in_the_article(capsys: Any, tmp_path: Path) -> None:
    bundle = tmp_path / "ws" / "march"
    bundle.mkdir(parents=True)
    (bundle / "index.md").write_text("---\ntitle: March\nregions: [Africa]\nfeatured_image:\n  src: a.jpg\n---\n"
                                     "Text.\n\n![](a.jpg)\n\nMore.\n\n![a.jpg](a.jpg)\n\n![A map](map.jpg)\n",
                                     encoding="utf-8")
    (bundle / "a.jpg").write_bytes(b"\xff\xd8")
    (bundle / "map.jpg").write_bytes(b"\xff\xd8")
    code, _, err = run(capsys, "alt", "set", "local:march/a.jpg#2", "A crowd in the square",
                       "--workspace", str(tmp_path / "ws"))
    assert code == 0, err
    text = (bundle / "index.md").read_text()
    assert text.count("![A crowd in the square](a.jpg)") == 2 and "![A map](map.jpg)" in text
    assert "alt: A crowd in the square" in text
    code, out, _ = run(capsys, "alt", "list", "--local", "--workspace", str(tmp_path / "ws"))
    assert "a.jpg" not in out
