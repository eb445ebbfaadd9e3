"""Spell checking in the main window: the article's language, the word lists, the context menu, the status bar.

`install_spelling(window)` is called by the composition root. It touches the editor only through its
highlighter's `second_pass` and an event filter on its viewport (the context menu), so the editor module knows
nothing of spelling.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QAction, QActionGroup, QContextMenuEvent, QTextBlock, QTextCursor
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from sr_editor import paths
from sr_editor.core.spelling.checker import (
    LANGUAGES,
    BackendFactory,
    SpellChecker,
    SpellingUnavailableError,
    WordList,
    normalise_language,
    open_enchant,
    personal_words_path,
    seed_words,
    workspace_language,
    workspace_words_path,
)
from sr_editor.gui.common.host import EditorHost
from sr_editor.gui.spelling.spell_pass import SpellingPass, misspelt_range_at
from sr_editor.gui.spelling.spell_sweep import SpellSweep, formats_only
from sr_editor.gui.spelling.spell_worker import SpellWorker

if TYPE_CHECKING:
    from sr_editor.core.article.regions import RegionVocabulary


class SpellingUI(QObject):
    """Keeps the highlighter's spelling pass on the open article's language and answers the editor's menu."""

    def __init__(self, window: EditorHost, factory: BackendFactory | None = None, data_dir: Path | None = None
                 ) -> None:
        super().__init__(window.window())
        self.window = window
        self.editor = window.editor
        self.document = window.context.document
        self.settings = window.context.settings
        self.factory = factory or open_enchant  # looked up at call time, so tests can put a fake in its place
        self.spell_pass = SpellingPass(self)
        self.spell_pass.enabled = self.settings.spell_check_enabled
        self.worker = SpellWorker(self.factory, self)
        self.sweep = SpellSweep(self.editor.highlighter, self.spell_pass, self.document.text_document, self)
        self.seed = frozenset(seed_words(_vocabulary_names(window.context.vocabulary),
                                         paths.resources_dir() / "spelling" / "names.txt"))
        self.personal = WordList(personal_words_path(data_dir or paths.data_dir()))
        root = Path(window.context.workspace.root)
        self.shared = WordList(workspace_words_path(root), self.seed)
        self.workspace_language = workspace_language(root)
        self._checkers: dict[str, SpellChecker | None] = {}
        self._told: set[str] = set()
        self.spell_pass.wordsPending.connect(self._send_pending)
        self.spell_pass.sweepNeeded.connect(self._sweep_skipped)
        self.worker.answered.connect(self._on_answered)
        self.document.loaded.connect(self.update_language)
        self.document.metaChanged.connect(self._on_meta_changed)
        self.document.readOnlyChanged.connect(self.update_language)
        self._viewport = self.editor.viewport()
        self._viewport.installEventFilter(self)
        window.closing.connect(self.worker.stop)
        window.closing.connect(self.sweep.stop)
        self.languageButton = QToolButton()  # in the status bar: the article's language, and the Spelling menu
        self.languageButton.setObjectName("spellLanguageButton")
        self.languageButton.setAutoRaise(True)
        self.languageButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.languageButton.setAccessibleName(self.tr("Spelling language of this article"))
        self.languageButton.setMenu(self._spelling_menu(self.languageButton))
        window.statusBar().addPermanentWidget(self.languageButton)
        self.editor.highlighter.second_pass = self.spell_pass
        self.update_language()

    # ----- language ----------------------------------------------------------------------------------
    def language(self) -> str:
        """The article's `lang:`, else the workspace's (.sr-editor/language.txt), else the writer's preference."""
        return normalise_language(self.document.meta("lang") or self.workspace_language
                                  or self.settings.spelling_language) or "en"

    def checker_for(self, language: str) -> SpellChecker | None:
        if language not in self._checkers:
            lists = tuple(wl for wl in (self.personal, self.shared) if wl is not None)
            try:
                self._checkers[language] = SpellChecker(self.factory(language), language, lists, self.seed)
            except SpellingUnavailableError as error:
                self._checkers[language] = None
                self._tell_once(error)
        return self._checkers[language]

    def update_language(self, *_signal_args: object) -> None:
        """The underlines and the status bar follow the article's language (also when it opens read-only)."""
        language = self.language()
        checker = self.checker_for(language) if self.spell_pass.enabled else None
        self._refresh_language_button(language, checker is not None or not self.spell_pass.enabled)
        if checker is self.spell_pass.checker:
            return
        self.worker.abandon()
        self.spell_pass.pending.clear()
        self.spell_pass.checker = checker
        self.rehighlight_all()

    def set_article_language(self, language: str) -> None:
        """Write `lang:` into the article (an explicit choice, kept with it); the underlines follow."""
        if self.document.bundle is None or self.document.read_only:
            return
        self.document.set_meta("lang", language)

    def set_enabled(self, enabled: bool) -> None:
        self.settings.spell_check_enabled = enabled
        self.spell_pass.enabled = enabled
        self.spell_pass.checker = None
        self.update_language()
        if not enabled:
            self.rehighlight_all()

    def _on_meta_changed(self, key: str) -> None:
        if key == "lang":
            self.update_language()

    def _tell_once(self, error: SpellingUnavailableError) -> None:
        if error.missing in self._told:
            return
        self._told.add(error.missing)
        self.window.statusBar().showMessage(str(error), 30_000)

    # ----- highlighting --------------------------------------------------------------------------------
    def busy(self) -> bool:
        """Still checking: blocks to sweep, words waiting for or at the worker (for tests and benchmarks)."""
        return (self.sweep.active or bool(self.spell_pass.pending) or self.worker.outstanding > 0
                or self.editor.highlighter.pending)

    def rehighlight_all(self) -> None:
        """Markdown formats at once; spelling through the sweep (visible blocks first)."""
        self.sweep.stop()
        with formats_only(self.document.text_document):
            self.editor.highlighter.rehighlight()
        if self.spell_pass.checker is not None and self.spell_pass.enabled:
            self._restart_sweep()

    def _restart_sweep(self) -> None:
        self.spell_pass.take_skipped()
        self.sweep.restart(block.blockNumber() for block in self._visible_blocks())

    def _sweep_skipped(self) -> None:
        """Only the blocks the pass left out (all of them after opening an article; a few after a paste)."""
        skipped = dict.fromkeys(self.spell_pass.take_skipped())
        visible = [b.blockNumber() for b in self._visible_blocks() if b.blockNumber() in skipped]
        self.sweep.add(visible, [n for n in skipped if n not in set(visible)])

    def rehighlight_words(self, words: Iterable[str]) -> None:
        """Re-highlight only the blocks holding one of these words, the visible ones first."""
        alternatives = sorted({re.escape(w) for w in words}, key=len, reverse=True)
        if not alternatives:
            return
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")
        numbers: dict[int, None] = {}
        for block in [*self._visible_blocks(), *_blocks(self.document.text_document)]:
            if pattern.search(block.text().replace("’", "'")):
                numbers[block.blockNumber()] = None
        self.sweep.push_urgent(numbers)

    def _visible_blocks(self) -> list[QTextBlock]:
        blocks: list[QTextBlock] = []
        block = self.editor.firstVisibleBlock()
        bottom = self.editor.viewport().height()
        while block.isValid() and len(blocks) < 200:
            if self.editor.blockBoundingGeometry(block).translated(self.editor.contentOffset()).top() > bottom:
                break
            blocks.append(block)
            block = block.next()
        return blocks

    def _send_pending(self) -> None:
        checker = self.spell_pass.checker
        words = self.spell_pass.take_pending()
        if checker is not None:
            self.worker.submit(checker.language, words)

    def _on_answered(self, language: str, answers: dict[str, bool]) -> None:
        checker = self._checkers.get(language)
        if checker is None:
            return
        checker.remember(answers)
        wrong = [word for word, correct in answers.items() if not correct]
        if wrong and checker is self.spell_pass.checker:
            self.rehighlight_words(wrong)

    # ----- word actions ------------------------------------------------------------------------------
    def add_word(self, word: str, shared: bool = False) -> None:
        word_list = self.shared if shared and self.shared is not None else self.personal
        try:
            word_list.add(word)
        except OSError as error:
            self.window.statusBar().showMessage(
                self.tr("Could not save the word list {0}: {1}").format(word_list.path, error.strerror), 15_000)
            return
        self.rehighlight_words([word])

    def ignore_word(self, word: str) -> None:
        for checker in self._checkers.values():
            if checker is not None:
                checker.ignore(word)
        self.rehighlight_words([word])

    def replace_word(self, block: QTextBlock, start: int, length: int, text: str) -> None:
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + start)
        cursor.setPosition(block.position() + start + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)  # one edit: one undo step

    # ----- menus -------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu and watched is self._viewport:
            assert isinstance(event, QContextMenuEvent)
            menu = self.context_menu(event.pos())
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return super().eventFilter(watched, event)

    def context_menu(self, pos: QPoint) -> QMenu:
        """The editor's own menu, with the spelling of the word under `pos` (viewport coordinates) on top."""
        menu: QMenu = self.editor.createStandardContextMenu(pos)
        first = menu.actions()[0] if menu.actions() else menu.addSeparator()
        cursor = self.editor.cursorForPosition(pos)
        block = cursor.block()
        found = misspelt_range_at(block.layout(), cursor.positionInBlock())
        checker = self.spell_pass.checker
        if found is not None and checker is not None:
            start, length = found
            word = block.text()[start:start + length]
            for action in self._word_actions(menu, checker, block, start, word):
                menu.insertAction(first, action)
            menu.insertSeparator(first)
        menu.addSeparator()
        menu.addMenu(self._spelling_menu(menu))
        return menu

    def _word_actions(self, menu: QMenu, checker: SpellChecker, block: QTextBlock, start: int,
                      word: str) -> list[QAction]:
        actions: list[QAction] = []
        editable = not self.editor.isReadOnly()
        for suggestion in checker.suggest(word) if editable else []:
            action = QAction(suggestion, menu)
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(lambda _c=False, s=suggestion: self.replace_word(block, start, len(word), s))
            actions.append(action)
        if editable and not actions:
            none = QAction(self.tr("No suggestions"), menu)
            none.setEnabled(False)
            actions.append(none)
        add = QAction(self.tr("Add “{0}” to my dictionary").format(word), menu)
        add.setObjectName("spellAddPersonal")
        add.triggered.connect(lambda: self.add_word(word))
        actions.append(add)
        if self.shared is not None:
            shared = QAction(self.tr("Add to the workspace's word list"), menu)
            shared.setObjectName("spellAddShared")
            shared.triggered.connect(lambda: self.add_word(word, shared=True))
            actions.append(shared)
        ignore = QAction(self.tr("Ignore “{0}”").format(word), menu)
        ignore.setObjectName("spellIgnore")
        ignore.triggered.connect(lambda: self.ignore_word(word))
        actions.append(ignore)
        return actions

    def _spelling_menu(self, parent: QObject) -> QMenu:
        menu = QMenu(self.tr("Spelling"), parent if isinstance(parent, QWidget) else None)  # owned: kept alive
        menu.setObjectName("spellingMenu")
        toggle = menu.addAction(self.tr("Check spelling as I type"))
        toggle.setObjectName("spellToggle")
        toggle.setCheckable(True)
        toggle.setChecked(self.spell_pass.enabled)
        toggle.toggled.connect(self.set_enabled)
        menu.addSeparator()
        group = QActionGroup(menu)
        current = self.language()
        for code, name in LANGUAGES.items():
            action = menu.addAction(name)
            action.setObjectName(f"spellLanguage_{code}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setEnabled(self.document.bundle is not None and not self.document.read_only)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, code=code: self.set_article_language(code))
        return menu

    def _refresh_language_button(self, language: str, available: bool) -> None:
        button = self.languageButton if hasattr(self, "languageButton") else None
        if button is None:
            return
        name = LANGUAGES.get(language, language)
        off = self.spell_pass.enabled and not available
        button.setText(self.tr("{0} (no dictionary)").format(name) if off else name)
        button.setToolTip(self.tr("Spelling language of this article: {0}. Click to change it.").format(name))
        old = button.menu()
        button.setMenu(self._spelling_menu(button))
        if old is not None:
            old.deleteLater()


def _blocks(document: Any) -> Iterable[QTextBlock]:
    block = document.firstBlock()
    while block.isValid():
        yield block
        block = block.next()


def _vocabulary_names(vocabulary: RegionVocabulary) -> list[str]:
    """Regions, countries and every spelling of them that core.article.regions.RegionVocabulary knows."""
    names = list(getattr(vocabulary, "regions", ()))
    names += list(getattr(vocabulary, "region_aliases", None) or {})
    spellings = getattr(vocabulary, "country_spellings", None)
    names += list(spellings()) if callable(spellings) else []
    countries = getattr(vocabulary, "country_names", None)
    names += list(countries()) if callable(countries) else []
    return names


def install_spelling(window: EditorHost, factory: BackendFactory | None = None) -> SpellingUI:
    """Underlines as you type in the window's editor; returns the behaviour (the composition root keeps it)."""
    return SpellingUI(window, factory)
