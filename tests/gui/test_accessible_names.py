"""Every input of the main window, the alt-text queue and every dialog has an accessible name and description
(what a screen reader announces when the control takes focus)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from a11y_walk import inputs_of, unnamed_inputs
from PIL import Image
from pubgui_fakes import ClientFactory
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from sr_editor.core.article.article import Article
from sr_editor.core.review.compare import compare_articles
from sr_editor.core.review.merge3 import merge_hunks
from sr_editor.core.storage import workspace as workspace_module

BODY = "Crowds filled the streets.\n\n![](crowd.jpg)\n\n![A march](march.jpg)\n"


def image_workspace(root: Path) -> Path:
    bundle = root / "haiti"
    bundle.mkdir(parents=True)
    (bundle / "index.md").write_text(
        "---\ntitle: Haiti\nexcerpt: Crowds.\nregions: [Latin America]\nstatus: draft\nfeatured_image: crowd.jpg\n"
        f"---\n{BODY}", encoding="utf-8")
    for name in ("crowd.jpg", "march.jpg"):
        Image.new("RGB", (320, 200), (40, 90, 160)).save(bundle / name)
    return root


def test_every_input_of_the_main_window_is_named_and_described(make_window: Any, tmp_path: Path,
                                                                qtbot: Any) -> None:
    window = make_window(image_workspace(tmp_path / "ws"))
    qtbot.waitUntil(lambda: "Crowds" in window.preview.toPlainText(), timeout=5000)
    qtbot.waitUntil(lambda: window.findChild(QWidget, "imageAltEdit0") is not None, timeout=5000)
    assert len(inputs_of(window)) > 30  # the walk reaches the docks, the list, the editor and the image rows
    problems = unnamed_inputs(window)
    assert not problems, "\n".join(problems)


def open_queue(qtbot: Any, tmp_path: Path) -> QWidget:
    """The alt-text queue window on a real workspace, showing its first image."""
    from sr_editor.core.storage.store import ArticleStore
    from sr_editor.gui.alt.queue_controller import QueueController
    from sr_editor.gui.alt.queue_window import QueueWindow
    from sr_editor.publish.alt.engine import AltEngine

    root = image_workspace(tmp_path / "ws")
    store = ArticleStore(root, keep_history=False)
    engine = AltEngine(root, store, lambda: sorted(p.parent for p in root.glob("*/index.md")))
    controller = QueueController(engine, None)
    window = QueueWindow(controller, ["production"])
    qtbot.addWidget(window)
    window.show()
    controller.reload()
    qtbot.waitUntil(lambda: controller.current() is not None, timeout=5000)
    return window


def test_every_input_of_the_alt_text_queue_is_named_and_described(qtbot: Any, tmp_path: Path) -> None:
    window = open_queue(qtbot, tmp_path)
    problems = unnamed_inputs(window)
    assert not problems, "\n".join(problems)


@dataclass
class Snapshot:
    bundle: Path
    saved_at: float
    text: str
    base_hash: str | None


class PublishHooks:
    def prepare(self) -> str | None:
        return None

    def __getattr__(self, name: str) -> Callable[..., None]:
        return lambda *args, **kwargs: None


def _preferences(tmp: Path) -> QDialog:
    from sr_editor.gui.common.settings import Settings
    from sr_editor.gui.dialogs.preferences_dialog import Preferences, PreferencesDialog

    return PreferencesDialog(Preferences.from_settings(Settings(tmp)))


def _session(tmp: Path) -> Any:
    from sr_editor.publish.sync.session import PublishSession
    from sr_editor.publish.wordpress.credentials import MemoryCredentialStore
    from sr_editor.publish.wordpress.sites import SiteProfile, SiteRegistry

    registry = SiteRegistry(tmp / "config" / "sites.json")
    session = PublishSession(registry, tmp / "ws", open_store=lambda: (MemoryCredentialStore(), None),
                             make_client=ClientFactory())  # type: ignore[arg-type]
    registry.add(SiteProfile("production", "https://news.example.org", "ana"))
    return session


def _sites(tmp: Path) -> QDialog:
    from sr_editor.gui.publish.sites_dialog import SitesDialog

    return SitesDialog(_session(tmp))


def _add_site(tmp: Path) -> QDialog:
    from sr_editor.gui.publish.sites_dialog import AddSiteDialog
    from sr_editor.services.publish.worker import BackgroundCalls

    return AddSiteDialog(_session(tmp), BackgroundCalls())


def _publish(tmp: Path) -> QDialog:
    from sr_editor.gui.publish.publish_dialog import PublishDialog
    from sr_editor.publish.wordpress.sites import SiteProfile

    profiles = [SiteProfile("production", "https://news.example.org", "ana"),
                SiteProfile("staging", "https://staging.example.org", "ana")]
    return PublishDialog(PublishHooks(), "Haiti", profiles, "production")  # type: ignore[arg-type]


def _real_workspace(tmp: Path) -> tuple[Any, Path]:
    root = tmp / "ws"
    root.mkdir(exist_ok=True)
    workspace = workspace_module.Workspace(root)  # type: ignore[call-arg]
    bundle = workspace.create_article("Strike", [], [])
    loaded = workspace.store.load(bundle)
    article: Article = loaded.article
    article.body = "Second version.\n"
    workspace.store.save(bundle, article, loaded.disk_hash)
    return workspace, bundle


def _history(tmp: Path) -> QDialog:
    from sr_editor.gui.dialogs.history_dialog import HistoryDialog

    workspace, bundle = _real_workspace(tmp)
    return HistoryDialog(workspace.history, workspace.store, bundle)


def _trash(tmp: Path) -> QDialog:
    from sr_editor.gui.dialogs.trash_dialog import TrashDialog

    workspace, bundle = _real_workspace(tmp)
    workspace.trash(bundle)
    return TrashDialog(workspace)


def _recovery(tmp: Path) -> QDialog:
    from sr_editor.gui.dialogs.recovery_dialog import RecoveryDialog

    return RecoveryDialog([Snapshot(tmp / "strike", 1_764_000_000.0, "---\ntitle: Strike\n---\nText.\n", None)])


def _insert_image(tmp: Path) -> QDialog:
    from sr_editor.core.images.files import import_image
    from sr_editor.gui.dialogs.image_dialog import InsertImageDialog

    bundle = image_workspace(tmp / "ws") / "haiti"
    source = tmp / "photo.jpg"
    Image.new("RGB", (640, 400), (40, 90, 140)).save(source)
    return InsertImageDialog(bundle, source, 2000, importer=import_image)


def _external_change(tmp: Path) -> QDialog:
    from sr_editor.gui.dialogs.conflict_dialog import ExternalChangeDialog

    return ExternalChangeDialog(tmp / "strike" / "index.md", "Mine.\n", "Theirs.\n")


def _site_conflict(tmp: Path) -> QDialog:
    from sr_editor.gui.publish.site_conflict_dialog import SiteConflictDialog
    from sr_editor.publish.errors import ConflictError, ConflictInfo

    local = Article(meta={"title": "Strike"}, body="Teachers march today.\n")
    site = Article(meta={"title": "Strike"}, body="Teachers march on Monday.\n")
    info = ConflictInfo("Ana", "2026-11-24T11:00:00", "-<p>x</p>\n+<p>y</p>", tuple(compare_articles(local, site)))
    return SiteConflictDialog(ConflictError("haiti/index.md", "production", info), "production")


def _compare(tmp: Path) -> QDialog:
    from sr_editor.gui.site.compare_dialog import CompareDialog

    local = Article(meta={"title": "Strike"}, body="Teachers march today.\n")
    site = Article(meta={"title": "Strike"}, body="Teachers march on Monday.\n")
    return CompareDialog(compare_articles(local, site), "haiti", "production")


def _merge(tmp: Path) -> QDialog:
    from sr_editor.gui.site.merge_dialog import MergeDialog

    return MergeDialog(merge_hunks("a\nb\nc\n", "a\nmine\nc\n", "a\ntheirs\nc\n"), "production")


DIALOGS: dict[str, Callable[[Path], QDialog]] = {
    "preferences": _preferences, "sites": _sites, "add_site": _add_site, "publish": _publish,
    "history": _history, "trash": _trash, "recovery": _recovery, "insert_image": _insert_image,
    "external_change": _external_change, "site_conflict": _site_conflict, "compare": _compare, "merge": _merge,
}


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_input_of_each_dialog_is_named_and_described(name: str, qtbot: Any, tmp_path: Path) -> None:
    dialog = DIALOGS[name](tmp_path)
    qtbot.addWidget(dialog)
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert inputs_of(dialog), f"the {name} dialog has no inputs: the walk missed it"
    problems = unnamed_inputs(dialog)
    assert not problems, "\n".join(problems)
