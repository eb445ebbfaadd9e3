"""Every window, dialog and panel in every shipped language: no text left in English, none cut off.

The tour builds the real window (real core, the sample workspace) and opens what a writer, an editor and an alt-text
volunteer meet: the window with each dock, menus, the find bar, the region prompt, Preferences, Sites, Add a site,
Publish (set-up and outcome pages), the site conflict, History, Trash, Recovery, Insert image, the changed-on-disk
and compare/merge dialogs, the alt-text queue, the spelling menus and the questions asked through Qt's standard
dialogs. It runs once in English and once in the language: a text seen in both (not article data, not on the
allow-list) was not translated. Cut-off texts are measured in the language (visible_text).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QWidget
from visible_text import Seen, read_menu, read_window

from sr_editor import app
from sr_editor.core.images.in_source import find_images
from sr_editor.core.review.compare import compare_articles
from sr_editor.core.review.merge3 import merge_hunks
from sr_editor.core.storage.samples import create_sample_workspace
from sr_editor.gui.common.translations import install_translators, remove_translators
from sr_editor.gui.dialogs.conflict_dialog import ExternalChangeDialog
from sr_editor.gui.dialogs.history_dialog import HistoryDialog
from sr_editor.gui.dialogs.image_dialog import InsertImageDialog
from sr_editor.gui.dialogs.preferences_dialog import Preferences, PreferencesDialog
from sr_editor.gui.dialogs.recovery_dialog import RecoveryDialog
from sr_editor.gui.dialogs.trash_dialog import TrashDialog
from sr_editor.gui.publish.publish_dialog import PublishDialog
from sr_editor.gui.publish.site_conflict_dialog import SiteConflictDialog
from sr_editor.gui.publish.sites_dialog import AddSiteDialog
from sr_editor.gui.site.compare_dialog import CompareDialog
from sr_editor.gui.site.merge_dialog import MergeDialog
from sr_editor.gui.window.desk_layout import DeskLayout
from sr_editor.gui.window.preferences_ui import PreferencesUI
from sr_editor.gui.workspace.article_list import STATUS
from sr_editor.gui.workspace.workspace_menu import install_workspace_menu
from sr_editor.publish import errors
from sr_editor.publish.sync.flow import PublishResult
from sr_editor.publish.sync.session import PublishSession
from sr_editor.publish.sync.site_review import SitePost
from sr_editor.publish.wordpress.credentials import MemoryCredentialStore
from sr_editor.publish.wordpress.sites import SiteProfile, SiteRegistry
from sr_editor.services.preview.renderer import RenderIn

LANGUAGES = ("es", "pt_BR")
# The same in English and in the language: names, symbols, units, and words both languages share.
SAME_EVERYWHERE = {"sr-editor", "OK", "Markdown", "WordPress", "English", "Español", "Português (Brasil)", "Aa", "W",
                   ".*",
                   "↓", "↑", "✕", "…", "✓", "—", "production", "https://news.example.org",
                   "xxxx xxxx xxxx xxxx xxxx xxxx", "Slug", "S&lug", "%1: %2", "{0} of {1}"}
SAME_IN = {"es": {"No", "Total"},
           "pt_BR": {"Status", "Status:", "Tags", "Link", "Site", "Sites", "Sites…", "Slug"}}
UNITS = {"px", "pt", "ms", "KB", "MB", "UTC"}
SITE = SiteProfile("production", "https://news.example.org", "editor")


@dataclass
class Tour:
    window: Any
    root: Path
    seen: Seen
    data: set[str]  # article titles, teasers, folders, regions, countries: the writers' words, not ours


class AskedQuestions:
    """Qt's static dialogs (QInputDialog, QMessageBox, QFileDialog) answer 'cancel' and keep the text they were
    asked to show."""

    def __init__(self, seen: Seen, monkeypatch: pytest.MonkeyPatch, folder: Path, dialogs: Any) -> None:
        def text(_parent: Any, title: str, label: str, *_a: Any, **_k: Any) -> tuple[str, bool]:
            seen.add(title, "QInputDialog title")
            seen.add(label, "QInputDialog label")
            return "", False

        def question(_parent: Any, title: str, body: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
            seen.add(title, "QMessageBox title")
            seen.add(body, "QMessageBox text")
            return QMessageBox.StandardButton.Cancel

        def folder_dialog(_parent: Any, caption: str, *_a: Any, **_k: Any) -> str:
            seen.add(caption, "QFileDialog caption")
            return str(folder)

        def new_article(parent: Any, vocabulary: Any) -> None:
            from sr_editor.gui.dialogs.new_article_dialog import NewArticleDialog

            dialog = NewArticleDialog(vocabulary, parent)
            dialog.show()
            dialog.countriesEdit.setText("Atlantis")  # the note about a country not in the list shows too
            read_window(dialog, seen)
            dialog.close()
            dialog.deleteLater()

        monkeypatch.setattr(QInputDialog, "getText", staticmethod(text))
        monkeypatch.setattr(dialogs, "ask_new_article", new_article)
        for name in ("question", "warning", "information"):
            monkeypatch.setattr(QMessageBox, name, staticmethod(question))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder_dialog))


class StoppedPublish:
    """Publish hooks whose job waits until `go` is set, then stops as if cancelled (nothing reaches a site)."""

    go = threading.Event()

    def prepare(self) -> str | None:
        return None

    def make_job(self, request: Any, progress: Any) -> Any:
        StoppedPublish.go.wait(5)
        raise errors.PublishCancelled("index.md")

    def finished(self) -> None: ...
    def keep_site_version(self, site: str) -> Path: ...
    def open_url(self, url: str) -> None: ...
    def ask_password(self, site: str) -> bool:
        return False


class Opener:
    """The workspace menu's collaborator: nothing is opened by the tour."""

    def open(self, root: Path) -> bool:
        return False

    def create(self, root: Path, with_samples: bool) -> bool:
        return False

    def recent(self) -> list[Path]:
        return []


def settle(qtbot: Any, ms: int = 60) -> None:
    qtbot.wait(ms)


def look_at(tour: Tour, qtbot: Any, widget: QWidget, size: tuple[int, int] | None = None) -> None:
    """Show a window or dialog as a user would see it (its own size, or `size`), read it, close it."""
    qtbot.addWidget(widget)
    widget.show()
    if size is not None:
        widget.resize(*size)
    settle(qtbot)
    read_window(widget, tour.seen)
    widget.close()


def build(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seen: Seen) -> Tour:
    root = tmp_path / "workspace"
    create_sample_workspace(root)
    vocabulary = app.load_vocabulary()
    workspace = app.open_workspace(root, vocabulary)
    context = app.build_context(workspace, vocabulary, config_dir=tmp_path / "config", render_in=RenderIn.WORKER_THREAD)
    window = app.build_window(context, restore=False)
    qtbot.addWidget(window)
    window.context.publishing = PublishSession(SiteRegistry(tmp_path / "sites.json"), root,
                                               open_store=lambda: (MemoryCredentialStore(), None))
    install_workspace_menu(window, Opener())
    window.show()
    window.resize(1366, 740)  # the smallest screen the window must fit (1366x768 less a panel)
    app.start_window(window)
    AskedQuestions(seen, monkeypatch, tmp_path / "new-workspace", context.dialogs)
    summaries = workspace.list_articles()
    data = {root.name, SITE.name, SITE.url, "Kenya votes"} | article_words(workspace, [s.bundle for s in summaries])
    data |= set(getattr(vocabulary, "regions", ())) | set(vocabulary.country_names())
    with_images = next(s.bundle for s in summaries if any(s.bundle.glob("*.jpg")))
    window.features.controller.open_article(with_images)
    qtbot.waitUntil(lambda: window.context.document.bundle == with_images, timeout=5000)
    return Tour(window, root, seen, data)


def article_words(workspace: Any, bundles: list[Path]) -> set[str]:
    """What the writers wrote: titles, teasers, folders, regions, countries, image names, alt texts, captions."""
    words: set[str] = set()
    for bundle in bundles:
        article = workspace.store.load(bundle).article
        words |= {article.title, article.excerpt, bundle.name, *article.regions, *article.tags}
        featured = article.featured_image
        if featured is not None:
            words |= {featured.src, featured.alt or "", featured.caption, featured.credit}
        for image in find_images(article.body):
            words |= {image.src, image.alt or "", image.caption}
    return {w for w in words if w}


# ----- the stops of the tour ------------------------------------------------------------------------------------
def main_window(tour: Tour, qtbot: Any) -> None:
    w = tour.window
    qtbot.waitUntil(lambda: w.context.document.problems is not None, timeout=5000)
    settle(qtbot, 200)
    if w.width() > 1366 or w.height() > 740:  # its parts' minimum sizes pushed the window past the screen
        tour.seen.cut("the main window", "window", w.width(), 1366)
    read_window(w, tour.seen)
    cells_fit(w.article_list.view, STATUS, tour.seen)
    for dock in (w.images_dock, w.findChild(DeskLayout).outline_dock, w.metadata_dock):
        dock.raise_()
        settle(qtbot)
        read_window(w, tour.seen)
    w.metadata_panel.add_tag("Kenya")  # offers to tick Africa: the region prompt
    w.commands["site_panel"].trigger()
    w.features.site_ui.panel.set_posts([SitePost(7, "Kenya votes", "editor", "2026-11-02T10:00:00",
                                                 "2026-11-02T10:00:00", "pending", ("Africa",), 1, 2, "pending")])
    w.find_bar.open(True)
    w.find_bar.find_edit.setText("the")
    settle(qtbot, 250)
    read_window(w, tour.seen)
    tour.seen.add(w.statusBar().currentMessage(), "status bar message")
    spelling = w.features.spelling
    read_menu(spelling.languageButton.menu(), tour.seen, "spelling language button")
    menu = spelling.context_menu(QPoint(10, 10))
    read_menu(menu, tour.seen, "editor context menu")
    menu.deleteLater()


def cells_fit(view: Any, column: int, seen: Seen) -> None:
    """A column of our words (the article list's statuses): each cell's text within the column."""
    model, metrics = view.model(), view.fontMetrics()
    for row in range(model.rowCount()):
        text = str(model.index(row, column).data() or "")
        need = metrics.horizontalAdvance(text) + 8  # the cell's own margins
        if need > view.columnWidth(column):
            seen.cut(text, f"{view.objectName()} column {column}", need, view.columnWidth(column))


def questions(tour: Tour, qtbot: Any) -> None:
    """What the window asks through Qt's standard dialogs (answered 'cancel' by AskedQuestions)."""
    commands = tour.window.commands
    for key in ("new", "rename", "new_workspace"):
        commands[key].trigger()
        settle(qtbot, 10)


def preferences(tour: Tour, qtbot: Any) -> None:
    settings = tour.window.findChild(PreferencesUI).settings
    look_at(tour, qtbot, PreferencesDialog(Preferences.from_settings(settings), tour.window))


def sites(tour: Tour, qtbot: Any) -> None:
    ui = tour.window.features.publish_ui
    dialog = ui.open_sites()
    qtbot.waitUntil(lambda: dialog.detailTitle.text() != "", timeout=3000)
    look_at(tour, qtbot, dialog)
    ui.session.registry.add(SITE)
    dialog = ui.open_sites()
    qtbot.waitUntil(lambda: dialog.siteList.count() == 1, timeout=3000)
    look_at(tour, qtbot, dialog)
    look_at(tour, qtbot, AddSiteDialog(ui.session, dialog.calls, tour.window))


def publish(tour: Tour, qtbot: Any) -> None:
    ui = tour.window.features.publish_ui
    dialog = ui.open_publish()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.problems is not None, timeout=5000)
    look_at(tour, qtbot, dialog)
    profiles = ui.session.profiles()
    dialog = PublishDialog(ui, "Kenya votes", profiles, SITE.name, "future", tour.window)
    dialog.set_problems(list(tour.window.context.document.problems) or None)
    dialog.checklist.confirm_force()
    look_at(tour, qtbot, dialog)
    dialog._on_succeeded(PublishResult(post_id=12, link="https://news.example.org/kenya", status="publish",
                                       forced=["alt-missing"]))
    look_at(tour, qtbot, dialog)
    running = PublishDialog(StoppedPublish(), "Kenya votes", profiles, SITE.name, "draft", tour.window)
    running.set_problems([])
    qtbot.addWidget(running)
    running.show()
    running.start()  # the progress page, until the job (held by StoppedPublish) is let go: then "stopped"
    settle(qtbot)
    read_window(running, tour.seen)
    StoppedPublish.go.set()
    qtbot.waitUntil(lambda: running.pages.currentIndex() == 2, timeout=5000)
    look_at(tour, qtbot, running)


def conflicts(tour: Tour, qtbot: Any) -> None:
    doc = tour.window.context.document
    mine = doc.article()
    theirs = mine.copy()
    theirs.set("title", f"{mine.title} (edited)")
    diffs = compare_articles(mine, theirs)
    info = errors.ConflictInfo("editor", "2026-11-02T10:00:00", "-old line\n+new line", tuple(diffs))
    error = errors.ConflictError("index.md", SITE.name, info)
    look_at(tour, qtbot, SiteConflictDialog(error, SITE.name, tour.window))
    external = ExternalChangeDialog(doc.bundle / "index.md", "mine\n", "disk\n", tour.window)
    external.show_comparison(True)
    look_at(tour, qtbot, external)
    look_at(tour, qtbot, CompareDialog(diffs, doc.bundle.name, SITE.name, tour.window))
    hunks = merge_hunks("a\nb\n", "a\nmine\n", "a\ntheirs\n")
    look_at(tour, qtbot, MergeDialog(hunks, SITE.name, tour.window))


def article_dialogs(tour: Tour, qtbot: Any) -> None:
    w, workspace = tour.window, tour.window.context.workspace
    bundle = w.context.document.bundle
    w.editor.appendPlainText("\nOne more line.")
    w.features.controller.save_now()
    look_at(tour, qtbot, HistoryDialog(workspace.history, workspace.store, bundle, w))
    other = next(s.bundle for s in workspace.list_articles() if s.bundle != bundle)
    workspace.trash(other)
    look_at(tour, qtbot, TrashDialog(workspace, w))
    snapshot = type("Snapshot", (), {"bundle": bundle, "text": "Unsaved text", "saved_at": 1_764_000_000.0})()
    look_at(tour, qtbot, RecoveryDialog([snapshot], w))
    image = next(bundle.glob("*.jpg"))
    look_at(tour, qtbot, InsertImageDialog(bundle, image, 2000, w))


def alt_queue(tour: Tour, qtbot: Any) -> None:
    queue = tour.window.features.queue_ui.open()
    qtbot.waitUntil(lambda: not queue.controller.loading, timeout=10_000)
    settle(qtbot, 200)
    queue.resize(1366, 740)
    settle(qtbot)
    read_window(queue, tour.seen)
    queue.close()


STOPS: tuple[Callable[[Tour, Any], None], ...] = (main_window, questions, preferences, sites, publish, conflicts,
                                                  article_dialogs, alt_queue)


ENGLISH: list[Tour] = []  # the English tour's texts, shared by the tests of one run


@pytest.fixture
def take_tour(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], Tour]]:
    StoppedPublish.go.clear()
    tours: list[Tour] = []
    installed: list[Any] = []
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)

    def take(language: str) -> Tour:
        if language == "en" and ENGLISH:  # the same tour every time: taken once per run (~6 s)
            return ENGLISH[0]
        remove_translators(qapp, installed)
        installed[:] = install_translators(qapp, language) if language != "en" else []
        if language != "en":
            assert installed, f"the {language} catalogue did not load"
        tour = build(qtbot, tmp_path / language, monkeypatch, Seen())
        tours.append(tour)
        for stop in STOPS:
            stop(tour, qtbot)
        tour.window.close()
        if language == "en":
            ENGLISH.append(Tour(None, tour.root, tour.seen, tour.data))  # texts only: the window is gone
        return tour

    yield take
    remove_translators(qapp, installed)
    for tour in tours:
        tour.window.close()


def ours(text: str, data: set[str]) -> bool:
    """Text the program wrote (not the writers' data) that holds a word."""
    rest = text
    for piece in sorted((d for d in data if d), key=len, reverse=True):
        rest = rest.replace(piece, " ")
    return any(len(word) > 1 and word.isalpha() and word not in UNITS for word in rest.replace("&", "").split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_window_is_translated_and_nothing_is_cut_off_or_clashing(
    take_tour: Callable[[str], Tour], language: str
) -> None:
    english = take_tour("en")
    translated = take_tour(language)
    allowed = SAME_EVERYWHERE | SAME_IN[language]
    data = english.data | translated.data
    left_in_english = sorted(
        f"{text!r} ({', '.join(sorted(translated.seen.texts[text])[:2])})"
        for text in translated.seen.texts.keys() & english.seen.texts.keys()
        if text not in allowed and ours(text, data)
    )
    cut_off = sorted(set(translated.seen.cut_off))
    clashes = sorted(set(translated.seen.clashes))
    assert not left_in_english and not cut_off and not clashes, (
        f"{len(left_in_english)} texts still in English:\n" + "\n".join(left_in_english)
        + f"\n{len(cut_off)} texts cut off:\n" + "\n".join(cut_off)
        + f"\n{len(clashes)} menu letters used twice:\n" + "\n".join(clashes))


def test_the_english_menus_use_each_letter_once_and_nothing_is_cut_off(take_tour: Callable[[str], Tour]) -> None:
    english = take_tour("en")
    assert not english.seen.clashes and not english.seen.cut_off, (
        "\n".join(sorted(set(english.seen.clashes)) + sorted(set(english.seen.cut_off))))


def test_the_tour_sees_every_part_of_the_window(take_tour: Callable[[str], Tour]) -> None:
    """The tour itself: it reaches the dialogs and panels the language test relies on (an early failure would
    make that test pass on nothing)."""
    seen = take_tour("en").seen.texts
    for expected in ("Preferences", "Sites", "Add a site", "Where and how", "Changed on the site", "Trash",
                     "Recover unsaved work", "Insert image", "File changed on disk", "Alt-text queue",
                     "Choose an empty folder for the new workspace", "Regions and countries", "Outline",
                     "Publish anyway?", "Whole words", "Publishing steps", "Which posts"):
        assert expected in seen, f"the tour did not reach {expected!r}"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_the_measure_catches_text_wider_than_its_widget(qtbot: Any) -> None:
    """The cut-off check itself, on a label, a check box, a group box, a placeholder and a tab squeezed too narrow."""
    from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QLineEdit, QTabWidget, QVBoxLayout

    window = QWidget()
    column = QVBoxLayout(window)
    label = QLabel("A label far too long for forty pixels")
    check = QCheckBox("A check box far too long")
    group = QGroupBox("A group title far too long")
    edit = QLineEdit()
    edit.setPlaceholderText("A placeholder far too long for the field")
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "A tab title far too long for the bar")
    tabs.addTab(QWidget(), "Another")
    for widget in (label, check, group, edit, tabs):
        widget.setMinimumWidth(0)
        widget.setMinimumSize(0, 0)
        column.addWidget(widget)
    qtbot.addWidget(window)
    window.show()
    for widget in (label, check, group, edit, tabs):
        widget.setFixedWidth(40)
    qtbot.wait(20)
    seen = Seen()
    read_window(window, seen)
    cut = "\n".join(seen.cut_off)
    for text in ("A label far", "A check box", "A group title", "A placeholder", "A tab title"):
        assert text in cut, f"{text!r} not reported as cut off:\n{cut}"


def test_the_menu_check_catches_one_letter_used_twice(qtbot: Any) -> None:
    from PySide6.QtWidgets import QMenu

    menu = QMenu("&File")
    menu.addAction("&Save")
    menu.addAction("&Quit")
    menu.addAction("&Settings…")
    menu.addAction("Sa&&ve && close")  # '&&' is a plain ampersand, no letter
    seen = Seen()
    read_menu(menu, seen, "test")
    assert seen.clashes == ["test ▸ File: '&Save' and '&Settings…' both use Alt+s"]
