"""What a window is built from: the settings and document it paints first (`ShellContext`), then every service of
its workspace (`WindowContext`), built once by the composition root (`sr_editor.app.composition`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sr_editor.gui.common.dialogs import Dialogs, lazy_dialogs
from sr_editor.gui.common.settings import Settings, WindowState
from sr_editor.services.document.document import ArticleDocument
from sr_editor.services.runtime.turns import TurnBudget

if TYPE_CHECKING:  # the workspace and the services are built after the first paint: not imported before it
    from sr_editor.core.article.regions import RegionVocabulary
    from sr_editor.core.storage.workspace import Workspace
    from sr_editor.publish.alt.engine import AltEngine
    from sr_editor.publish.sync.session import PublishSession
    from sr_editor.services.document.autosave import AutosaveService
    from sr_editor.services.document.checks import ChecksRunner
    from sr_editor.services.document.session import ArticleSession
    from sr_editor.services.preview.worker import PreviewPipeline
    from sr_editor.services.workspace.file_watch import FileWatchService
    from sr_editor.services.workspace.listing import ListingService


@dataclass
class ShellContext:
    """What the window needs to be built and painted: no workspace, vocabulary or service yet. The program's
    first window is built from this and shown at once; `MainWindow.attach` gives it the whole context."""

    settings: Settings
    window_state: WindowState
    document: ArticleDocument
    stylesheet: str
    turns: TurnBudget  # the room for background work per event-loop turn, shared by every slicer of the window


@dataclass
class WindowContext:
    """Everything the window needs, built once by the composition root. The services whose imports cost more
    than the first paint may wait for (publishing ~300 ms, the list's worker) are None until the start-up step
    that builds them."""

    settings: Settings
    window_state: WindowState
    workspace: Workspace
    vocabulary: RegionVocabulary
    document: ArticleDocument
    session: ArticleSession
    autosave: AutosaveService
    preview: PreviewPipeline
    checks: ChecksRunner
    watcher: FileWatchService
    stylesheet: str
    turns: TurnBudget  # the room for background work per event-loop turn, shared by every slicer of the window
    dialogs: Dialogs = field(default_factory=lazy_dialogs)
    listing: ListingService | None = None
    publishing: PublishSession | None = None  # one session: the Publish, Site and alt-text features share it
    alt_engine: AltEngine | None = None  # built when the alt-text queue is first opened (gui/alt/queue_ui.py)
