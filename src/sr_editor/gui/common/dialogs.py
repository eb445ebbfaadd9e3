"""The dialogs and docked panels the window opens, as one injected object of callables.

The composition root gives every window a `Dialogs` (`lazy_dialogs()`); a test replaces one of its callables
(`monkeypatch.setattr(window.context.dialogs, "ask_external_change", ...)`) so that no modal dialog blocks it.
Each default imports its module on first call: the dialogs' modules cost ~150 ms of start-up, the panels' ~50 ms,
and the first paint of the window needs none of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # what mypy sees; the modules themselves are imported on first call
    from sr_editor.core.article.article import Article
    from sr_editor.core.storage.recovery import RecoverySnapshot
    from sr_editor.core.storage.workspace import Workspace
    from sr_editor.gui.dialogs.conflict_dialog import ExternalChangeChoice
    from sr_editor.gui.dialogs.new_article_dialog import NewArticle
    from sr_editor.gui.panels.images_panel import ImagesPanel
    from sr_editor.gui.panels.metadata_panel import MetadataPanel
    from sr_editor.gui.panels.metadata_widgets import Vocabulary
    from sr_editor.gui.panels.problems_panel import ProblemsPanel
    from sr_editor.services.document.document import ArticleDocument


@dataclass
class Dialogs:
    """What the window asks and shows; each callable takes the parent widget first when it opens a dialog."""

    ask_external_change: Callable[[QWidget | None, Path, str, str], ExternalChangeChoice]
    ask_restore_snapshots: Callable[[QWidget | None, list[RecoverySnapshot]], list[RecoverySnapshot]]
    ask_insert_image: Callable[[QWidget | None, Path, Path, int], str | None]
    show_trash: Callable[[QWidget | None, Workspace], None]
    show_history: Callable[[QWidget | None, Workspace, Path], bool]  # True: a version was restored
    metadata_panel: Callable[[ArticleDocument, Vocabulary], MetadataPanel]
    images_panel: Callable[[ArticleDocument], ImagesPanel]
    problems_panel: Callable[[ArticleDocument], ProblemsPanel]
    show_screen_reader: Callable[[QWidget | None, Callable[[], Article], Path], None]  # not modal
    ask_new_article: Callable[[QWidget | None, Vocabulary | None], NewArticle | None]


def lazy_dialogs() -> Dialogs:
    """The real dialogs and panels, each module imported when first used."""
    return Dialogs(_ask_external_change, _ask_restore_snapshots, _ask_insert_image, _show_trash, _show_history,
                   _metadata_panel, _images_panel, _problems_panel, _show_screen_reader,
                   _ask_new_article)


def _ask_external_change(parent: QWidget | None, path: Path, mine: str, disk: str) -> ExternalChangeChoice:
    from sr_editor.gui.dialogs.conflict_dialog import ask_external_change

    return ask_external_change(parent, path, mine, disk)


def _ask_restore_snapshots(parent: QWidget | None, snapshots: list[RecoverySnapshot]) -> list[RecoverySnapshot]:
    from sr_editor.gui.dialogs.recovery_dialog import ask_restore_snapshots

    return ask_restore_snapshots(parent, snapshots)


def _ask_insert_image(parent: QWidget | None, bundle: Path, source: Path, max_width: int) -> str | None:
    from sr_editor.gui.dialogs.image_dialog import ask_insert_image

    return ask_insert_image(parent, bundle, source, max_width)


def _show_trash(parent: QWidget | None, workspace: Workspace) -> None:
    from sr_editor.gui.dialogs.trash_dialog import TrashDialog

    TrashDialog(workspace, parent).exec()


def _show_history(parent: QWidget | None, workspace: Workspace, bundle: Path) -> bool:
    from sr_editor.gui.dialogs.history_dialog import HistoryDialog

    return bool(HistoryDialog(workspace.history, workspace.store, bundle, parent).exec())


def _metadata_panel(document: ArticleDocument, vocabulary: Vocabulary) -> MetadataPanel:
    from sr_editor.gui.panels.metadata_panel import MetadataPanel

    return MetadataPanel(document, vocabulary, None)


def _images_panel(document: ArticleDocument) -> ImagesPanel:
    from sr_editor.gui.panels.images_panel import ImagesPanel

    return ImagesPanel(document, None)


def _problems_panel(document: ArticleDocument) -> ProblemsPanel:
    from sr_editor.gui.panels.problems_panel import ProblemsPanel

    return ProblemsPanel(document, None)


def _show_screen_reader(parent: QWidget | None, article: Callable[[], Article], root: Path) -> None:
    from PySide6.QtCore import Qt

    from sr_editor.gui.dialogs.screen_reader_dialog import ScreenReaderDialog

    dialog = ScreenReaderDialog(article, root, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()


def _ask_new_article(parent: QWidget | None, vocabulary: Vocabulary | None) -> NewArticle | None:
    from sr_editor.gui.dialogs.new_article_dialog import ask_new_article

    return ask_new_article(parent, vocabulary)
