"""What the composition root installs on a window, one typed field each: the controller and the features added
around the first paint (spelling, publishing, the site, the alt-text queue, the workspace menu). Features do not
find each other here: each is handed what it uses when it is installed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # each is imported by the step that installs it, after the first paint
    from sr_editor.gui.alt.queue_ui import QueueUi
    from sr_editor.gui.common.host import ArticleNavigator
    from sr_editor.gui.publish.publish_ui import PublishUi
    from sr_editor.gui.site.site_ui import SiteUi
    from sr_editor.gui.spelling.spelling_ui import SpellingUI
    from sr_editor.gui.workspace.workspace_menu import WorkspaceMenu


@dataclass
class WindowFeatures:
    """None until installed; the window's own parts (layout, focus cycle, preferences) are its Qt children."""

    controller: ArticleNavigator | None = None
    spelling: SpellingUI | None = None
    publish_ui: PublishUi | None = None
    site_ui: SiteUi | None = None
    queue_ui: QueueUi | None = None
    workspace_menu: WorkspaceMenu | None = None
