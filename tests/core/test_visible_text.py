"""Text from a site shown in a terminal or a label: visible, never interpreted; paths in sentences bounded."""

from __future__ import annotations

from pathlib import Path

import pytest

from sr_editor.core.errors import ArticleWriteError, BrokenArticleError, WorkspaceOperationError
from sr_editor.core.visible_text import shown_path, visible


@pytest.mark.parametrize("char, shown", [("\x1b", "\\x1b"), ("\x07", "\\x07"), ("\x00", "\\x00"), ("\r", "\\x0d"),
                                         ("\u202e", "\\u202e"), ("\u2066", "\\u2066"), ("\u200b", "\\u200b"),
                                         ("\x9b", "\\x9b"), ("\ud800", "\\ud800")])
def test_control_escape_and_bidi_characters_are_shown_as_escapes(char: str, shown: str) -> None:
    assert visible(f"a{char}b") == f"a{shown}b"


def test_ordinary_text_in_any_script_is_unchanged() -> None:
    text = "Haïti — ¿Qué pasó? 日本語 العربية"
    assert visible(text) == text


def test_newlines_are_kept_only_when_asked() -> None:
    assert visible("a\nb") == "a\\x0ab" and visible("a\nb", keep_newlines=True) == "a\nb"


def test_a_limit_cuts_with_an_ellipsis() -> None:
    assert visible("x" * 50, 10) == "x" * 9 + "…"


def test_a_path_with_a_5000_character_name_is_shortened_in_the_middle() -> None:
    path = Path("/home/ana/news") / ("s" * 5000) / "index.md"
    shown = shown_path(path)
    assert len(shown) <= 120 and shown.endswith("index.md") and "…" in shown


@pytest.mark.parametrize("make", [lambda p: BrokenArticleError(p, "bad YAML", 3),
                                  lambda p: ArticleWriteError(p, "disk full"),
                                  lambda p: WorkspaceOperationError("rename", p, "busy")])
def test_errors_naming_a_long_path_stay_short(make: object) -> None:
    path = Path("/ws") / ("x" * 5000 + "\x1b[2J") / "index.md"
    message = str(make(path))  # type: ignore[operator]
    assert len(message) < 300 and "\x1b" not in message
