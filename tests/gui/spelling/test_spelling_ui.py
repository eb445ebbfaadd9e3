"""Spelling in the real window (built through app.py): underlines, the editor's menu, word lists, language."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication

from sr_editor.core.article.regions import load_vocabulary
from sr_editor.core.spelling.checker import SpellingUnavailableError
from sr_editor.gui.spelling import spell_pass, spelling_ui

BAD = {"wrold", "teh", "recieve", "Ayiti"}


class FakeDictionary:
    """Every word is right except those in BAD; Spanish also rejects 'the'. Records what it was asked."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.asked: list[str] = []

    def check(self, word: str) -> bool:
        self.asked.append(word)
        return word not in BAD and not (self.language == "es" and word == "the")

    def suggest(self, word: str) -> list[str]:
        return {"wrold": ["world", "wold"], "teh": ["the"]}.get(word, [])


@pytest.fixture
def dictionaries(monkeypatch: pytest.MonkeyPatch) -> dict[str, FakeDictionary]:
    made: dict[str, FakeDictionary] = {}

    def factory(language: str) -> FakeDictionary:
        if language == "pt-BR":
            raise SpellingUnavailableError(language, "hunspell-pt-br")
        made.setdefault(language, FakeDictionary(language))
        return made[language]

    monkeypatch.setattr(spelling_ui, "open_enchant", factory)
    return made


def spelt_window(make_window: Any, root: Path, article_writer: Any, body: str, **meta: Any) -> Any:
    article_writer(root, "aaa-spelling", "Spelling", body, **meta)
    window = make_window(root)
    window.features.controller.open_article(root / "aaa-spelling")
    return window


def settle(window: Any) -> None:
    """Let the sweep, the highlighter's catch-up and the background worker finish: idle on three checks in a row,
    since a last turn of events may start more (20 s at most: a loaded CI machine gives the GUI thread a fraction
    of a core)."""
    deadline = time.monotonic() + 20
    idle = 0
    while idle < 3 and time.monotonic() < deadline:
        QApplication.processEvents()
        idle = idle + 1 if not window.features.spelling.busy() else 0
        time.sleep(0.002)


def underlined_words(window: Any) -> list[str]:
    """The underlined words, once checking has settled."""
    settle(window)
    found = []
    block = window.editor.document().firstBlock()
    while block.isValid():
        for item in block.layout().formats():
            if item.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                found.append(block.text()[item.start:item.start + item.length])
        block = block.next()
    return found


def menu_pos(window: Any, word: str) -> Any:
    cursor = window.editor.document().find(word)
    cursor.setPosition(cursor.selectionStart() + 1)
    return window.editor.cursorRect(cursor).center()


def test_misspelt_prose_words_are_underlined_and_markdown_code_and_urls_are_not(
    make_window: Any, workspace_dir: Path, article_writer: Any, dictionaries: Any
) -> None:
    body = "Hello wrold, **teh** end.\n\n`wrold` and https://x.org/wrold\n\n```\nteh recieve\n```\n"
    window = spelt_window(make_window, workspace_dir, article_writer, body)
    assert underlined_words(window) == ["wrold", "teh"]


def test_a_keystroke_rechecks_only_its_block(
    make_window: Any, workspace_dir: Path, article_writer: Any, dictionaries: Any, qtbot: Any
) -> None:
    body = "\n\n".join(f"Paragraph {i} holds some words." for i in range(300))
    window = spelt_window(make_window, workspace_dir, article_writer, body)
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    settle(window)
    assert not window.features.spelling.busy()
    before = window.editor.highlighter.blocks_highlighted
    qtbot.keyClicks(window.editor, " teh")
    assert window.editor.highlighter.blocks_highlighted - before == 4  # one block per key
    assert underlined_words(window) == ["teh"]


def test_choosing_a_suggestion_replaces_the_word_in_one_undo_step(
    make_window: Any, workspace_dir: Path, article_writer: Any, dictionaries: Any
) -> None:
    window = spelt_window(make_window, workspace_dir, article_writer, "Hello wrold today.\n")
    settle(window)
    menu = window.features.spelling.context_menu(menu_pos(window, "wrold"))
    texts = [a.text() for a in menu.actions()]
    assert texts[:2] == ["world", "wold"]
    menu.actions()[0].trigger()
    assert window.editor.toPlainText() == "Hello world today.\n"
    assert underlined_words(window) == []
    window.editor.undo()
    assert window.editor.toPlainText() == "Hello wrold today.\n"


def test_add_to_dictionary_keeps_the_word_in_the_personal_list_for_next_time(
    make_window: Any, workspace_dir: Path, article_writer: Any, dictionaries: Any, tmp_path: Path
) -> None:
    window = spelt_window(make_window, workspace_dir, article_writer, "Welcome to Ayiti.\n")
    assert underlined_words(window) == ["Ayiti"]
    menu = window.features.spelling.context_menu(menu_pos(window, "Ayiti"))
    next(a for a in menu.actions() if a.objectName() == "spellAddPersonal").trigger()
    assert underlined_words(window) == []
    assert "Ayiti" in window.features.spelling.personal.path.read_text(encoding="utf-8").splitlines()
    assert window.features.spelling.personal.path.is_relative_to(Path.home())  # the (test) user's data folder
    again = spelling_ui.SpellingUI(window)
    checker = again.checker_for("en")
    assert checker is not None and checker.check("Ayiti")


def test_add_to_the_workspace_list_shares_the_word_with_the_workspace(
    make_window: Any, workspace_dir: Path, article_writer: Any, dictionaries: Any
) -> None:
    window = spelt_window(make_window, workspace_dir, article_writer, "Welcome to Ayiti.\n")
    settle(window)
    menu = window.features.spelling.context_menu(menu_pos(window, "Ayiti"))
    next(a for a in menu.actions() if a.objectName() == "spellAddShared").trigger()
    shared = workspace_dir / ".sr-editor" / "words.txt"
    assert "Ayiti" in shared.read_text(encoding="utf-8").splitlines()
    assert underlined_words(window) == []


def test_ignore_hides_the_underline_for_this_session_without_writing_a_list(
    make_window: Any, workspace_dir: Path, article_writer: Any, dictionaries: Any
) -> None:
    window = spelt_window(make_window, workspace_dir, article_writer, "Hello wrold.\n")
    settle(window)
    menu = window.features.spelling.context_menu(menu_pos(window, "wrold"))
    next(a for a in menu.actions() if a.objectName() == "spellIgnore").trigger()
    assert underlined_words(window) == []
    assert not window.features.spelling.personal.path.exists()


def test_a_word_list_that_cannot_be_written_says_so_and_keeps_the_underline(
    make_window: Any, workspace_dir: Path, article_writer: Any, dictionaries: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = spelt_window(make_window, workspace_dir, article_writer, "Hello wrold.\n")

    def refuse(word: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(window.features.spelling.personal, "add", refuse)
    window.features.spelling.add_word("wrold")
    assert "Permission denied" in window.statusBar().currentMessage()
    assert underlined_words(window) == ["wrold"]


def test_the_article_lang_picks_the_dictionary_and_the_menu_switches_it(
    make_window: Any, workspace_dir: Path, article_writer: Any, dictionaries: Any
) -> None:
    window = spelt_window(make_window, workspace_dir, article_writer, "Hola the mundo.\n", lang="es")
    assert underlined_words(window) == ["the"]
    menu = window.features.spelling.context_menu(menu_pos(window, "Hola"))
    spelling_menu = next(a.menu() for a in menu.actions() if a.menu() and a.menu().objectName() == "spellingMenu")
    next(a for a in spelling_menu.actions() if a.objectName() == "spellLanguage_en").trigger()
    assert window.context.document.meta("lang") == "en"
    assert underlined_words(window) == []
    assert window.features.spelling.languageButton.text() == "English"


def test_articles_without_lang_use_the_default_language_of_the_preferences(
    make_window: Any, workspace_dir: Path, article_writer: Any, dictionaries: Any
) -> None:
    article_writer(workspace_dir, "aaa-spelling", "Spelling", "Hola the mundo.\n")
    window = make_window(workspace_dir)
    window.context.settings.spelling_language = "es"
    window.features.spelling.update_language()  # what the preferences dialog calls after a change
    assert underlined_words(window) == ["the"]


def _workspace_language(root: Path, text: str) -> None:
    from sr_editor.core.spelling.checker import workspace_language_path

    path = workspace_language_path(root)
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_the_workspace_language_comes_before_the_writers_own_preference(
    make_window: Any, workspace_dir: Path, article_writer: Any, dictionaries: Any
) -> None:
    _workspace_language(workspace_dir, "# shared by the desk\nes\n")
    article_writer(workspace_dir, "aaa-spelling", "Spelling", "Hola the mundo.\n")
    window = make_window(workspace_dir)
    window.context.settings.spelling_language = "en"
    window.features.spelling.update_language()
    assert window.features.spelling.language() == "es"
    assert underlined_words(window) == ["the"]


def test_an_article_lang_comes_before_the_workspace_language(
    make_window: Any, workspace_dir: Path, article_writer: Any, dictionaries: Any
) -> None:
    _workspace_language(workspace_dir, "es\n")
    window = spelt_window(make_window, workspace_dir, article_writer, "Hello wrold.\n", lang="en")
    assert window.features.spelling.language() == "en"


def test_a_missing_dictionary_leaves_the_editor_working_and_says_once_what_to_install(
    make_window: Any, workspace_dir: Path, article_writer: Any, dictionaries: Any, qtbot: Any
) -> None:
    window = spelt_window(make_window, workspace_dir, article_writer, "Olá wrold.\n", lang="pt-BR")
    assert "hunspell-pt-br" in window.statusBar().currentMessage()
    assert underlined_words(window) == []
    window.statusBar().clearMessage()
    window.features.spelling.update_language()
    assert window.statusBar().currentMessage() == ""  # once, not on every change
    qtbot.keyClicks(window.editor, "still typing ")
    assert "still typing " in window.editor.toPlainText()


def test_without_the_library_there_are_no_underlines_and_one_message(
    make_window: Any, workspace_dir: Path, article_writer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_library(language: str) -> Any:
        raise SpellingUnavailableError(language, "libenchant-2-2 (and the Python package pyenchant)")

    monkeypatch.setattr(spelling_ui, "open_enchant", no_library)
    window = spelt_window(make_window, workspace_dir, article_writer, "Hello wrold.\n")
    assert "libenchant-2-2" in window.statusBar().currentMessage()
    assert underlined_words(window) == []


def test_turning_checking_off_removes_the_underlines(
    make_window: Any, workspace_dir: Path, article_writer: Any, dictionaries: Any
) -> None:
    window = spelt_window(make_window, workspace_dir, article_writer, "Hello wrold.\n")
    window.features.spelling.set_enabled(False)
    assert underlined_words(window) == []
    assert window.context.settings.spell_check_enabled is False
    window.features.spelling.set_enabled(True)
    assert underlined_words(window) == ["wrold"]


def test_a_long_article_is_checked_in_the_background_and_underlined_when_answers_arrive(
    make_window: Any, workspace_dir: Path, article_writer: Any, dictionaries: Any, qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(spell_pass, "SYNC_WORDS_PER_TURN", 5)
    body = "\n\n".join(f"Word{i} unique{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}x" for i in range(200))
    window = spelt_window(make_window, workspace_dir, article_writer, body + "\n\nlast wrold\n")
    assert underlined_words(window) == ["wrold"]
    asked_on_gui = dictionaries["en"].asked
    assert "wrold" in asked_on_gui  # the worker got its own dictionary object from the same factory...
    assert len(set(asked_on_gui)) > 5  # ...and checked what the budget of the GUI thread left over


def test_the_real_dictionary_accepts_region_and_people_names_of_the_site(
    make_window: Any, workspace_dir: Path, article_writer: Any
) -> None:
    try:
        spelling_ui.open_enchant("en")
    except SpellingUnavailableError as error:
        pytest.skip(str(error))
    body = "Piñera met Moïse in Haití and Brazil.\n\nThe goverment fell.\n"
    window = spelt_window(make_window, workspace_dir, article_writer, body)
    window.context.vocabulary = load_vocabulary()  # the real regions.yaml, as app.py loads it
    spelling_ui.install_spelling(window)
    assert underlined_words(window) == ["goverment"]


def underlined_blocks_now(window: Any) -> set[int]:
    numbers = set()
    block = window.editor.document().firstBlock()
    while block.isValid():
        if any(item.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
               for item in block.layout().formats()):
            numbers.add(block.blockNumber())
        block = block.next()
    return numbers


def test_opening_a_long_article_checks_in_slices_with_the_visible_blocks_first(
    make_window: Any, workspace_dir: Path, article_writer: Any, dictionaries: Any
) -> None:
    body = "\n".join(f"Line {i} has a wrold in it." for i in range(400))
    article_writer(workspace_dir, "long", "Long", body)
    article_writer(workspace_dir, "aaa-short", "Short", "Opened first.\n")
    window = make_window(workspace_dir)
    settle(window)
    window.features.controller.open_article(workspace_dir / "long")
    assert len(underlined_blocks_now(window)) <= spell_pass.BLOCKS_PER_TURN  # not all 400 in the opening call
    window.editor.verticalScrollBar().setValue(window.editor.verticalScrollBar().maximum())  # bottom in view
    window.features.spelling._restart_sweep()
    window.context.turns.next_turn()  # a turn of its own: the opening's work spent the last one's room
    window.features.spelling.sweep._slice()
    first_slice = underlined_blocks_now(window)
    assert max(first_slice) > 350 and len(first_slice) < 400  # the bottom (in view) before the middle
    settle(window)
    assert len(underlined_blocks_now(window)) == 400


def test_checking_a_long_article_never_marks_it_changed(
    make_window: Any, workspace_dir: Path, article_writer: Any, dictionaries: Any
) -> None:
    body = "\n".join(f"Line {i} has a wrold in it." for i in range(300))
    article_writer(workspace_dir, "long", "Long", body)
    article_writer(workspace_dir, "aaa-short", "Short", "Opened first.\n")
    window = make_window(workspace_dir)
    settle(window)
    changes: list[int] = []
    window.features.controller.open_article(workspace_dir / "long")  # loading says bodyChanged once, by design
    window.context.document.bodyChanged.connect(lambda: changes.append(1))
    window.features.spelling.set_enabled(False)
    window.features.spelling.set_enabled(True)
    assert len(underlined_words(window)) == 300
    assert changes == [] and not window.context.document.is_dirty
    assert not window.context.document.text_document.isModified()


def test_a_paste_rechecks_the_pasted_lines_not_the_whole_article(
    make_window: Any, workspace_dir: Path, article_writer: Any, dictionaries: Any
) -> None:
    body = "\n".join(f"Line {i} is fine." for i in range(400))
    window = spelt_window(make_window, workspace_dir, article_writer, body)
    settle(window)
    assert not window.features.spelling.busy()
    before = window.editor.highlighter.blocks_highlighted
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    window.editor.insertPlainText("\n" + "\n".join(f"Pasted {i} wrold" for i in range(20)))
    assert underlined_words(window) == ["wrold"] * 20
    assert window.editor.highlighter.blocks_highlighted - before < 100
