"""Start the real window on the sample workspace and save screenshots next to this script.

Run under Xvfb (`xvfb-run -a -s "-screen 0 1366x768x24" python docs/screenshots/take_screenshots.py`) or offscreen
(`QT_QPA_PLATFORM=offscreen`); grab() gives the same pixels either way. The window takes the size it takes on a
first start (it fits the screen); English light, English dark, the Images tab with the find bar, Preferences, and
the main window in Spanish (main-window-es.png).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))


def _settle(app: object, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def _shoot_dark(qapp: object, window: object) -> None:
    from sr_editor.gui.dialogs.preferences_dialog import Preferences
    from sr_editor.gui.window.preferences_ui import PreferencesUI

    ui = window.findChild(PreferencesUI)  # type: ignore[attr-defined]
    values = Preferences.from_settings(ui.settings)
    values.theme = "dark"
    ui.apply(values)
    _settle(qapp, 1.5)
    window.grab().save(str(HERE / "main-window-dark.png"))  # type: ignore[attr-defined]
    values.theme = "light"
    ui.apply(values)
    _settle(qapp, 0.5)


def _shoot_preferences(qapp: object, window: object) -> None:
    from sr_editor.gui.dialogs.preferences_dialog import Preferences, PreferencesDialog
    from sr_editor.gui.window.preferences_ui import PreferencesUI

    ui = window.findChild(PreferencesUI)  # type: ignore[attr-defined]
    dialog = PreferencesDialog(Preferences.from_settings(ui.settings), window)  # type: ignore
    dialog.show()
    _settle(qapp, 0.5)
    dialog.grab().save(str(HERE / "preferences.png"))
    dialog.close()


def main() -> int:
    if not os.environ.get("DISPLAY"):  # under xvfb-run Qt uses the X server; otherwise render offscreen
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from sr_editor import app as composition
    from sr_editor.core.storage.samples import create_sample_workspace

    qapp = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qapp, QApplication)
    qapp.setFont(QFont("Noto Sans", 10))
    with tempfile.TemporaryDirectory(prefix="sr-editor-shots-") as folder:
        root = Path(folder) / "workspace"
        create_sample_workspace(root)
        vocabulary = composition.load_vocabulary()
        workspace = composition.open_workspace(root, vocabulary)
        context = composition.build_context(workspace, vocabulary, config_dir=Path(folder) / "config")
        window = composition.build_window(context, restore=False)
        window.show()
        composition.start_window(window)
        summaries = sorted(workspace.list_articles(), key=lambda s: -len(s.title))
        target = next((s.bundle for s in summaries if "haiti" in s.slug), summaries[0].bundle)
        window.features.controller.open_article(target)
        _settle(qapp, 2.5)
        window.grab().save(str(HERE / "main-window.png"))
        _shoot_dark(qapp, window)
        window.find_bar.open(True)
        window.find_bar.find_edit.setText("teachers")
        window.find_bar.find_next()
        window.images_dock.raise_()
        _settle(qapp, 0.5)
        window.grab().save(str(HERE / "main-window-images.png"))
        _alt_queue_shot(qapp, window)
        _shoot_preferences(qapp, window)
        window.close()
        _shoot_spanish(qapp, root, Path(folder) / "config-es", target)
        site_shots(qapp, Path(folder))
    print(f"screenshots written to {HERE}")
    return 0


def _shoot_spanish(qapp: object, root: Path, config: Path, article: Path) -> None:
    """main-window-es.png: the same workspace and article with the interface in Spanish."""
    from sr_editor import app as composition
    from sr_editor.gui.common.translations import install_translators, remove_translators

    translators = install_translators(qapp, "es")  # type: ignore[arg-type]
    try:
        vocabulary = composition.load_vocabulary()
        context = composition.build_context(composition.open_workspace(root, vocabulary), vocabulary, config_dir=config)
        window = composition.build_window(context, restore=False)
        window.show()
        composition.start_window(window)
        window.features.controller.open_article(article)
        _settle(qapp, 2.5)
        window.grab().save(str(HERE / "main-window-es.png"))
        window.close()
    finally:
        remove_translators(qapp, translators)  # type: ignore[arg-type]


def site_shots(qapp: object, folder: Path) -> None:
    """site-panel.png and compare.png: the Site panel and "Compare with the site" against a local WordPress."""
    sys.path.insert(0, str(HERE.parents[1] / "tests" / "support"))
    import wpsite
    from pull_helpers import create_post, upload

    from sr_editor.publish.errors import Operation
    from sr_editor.publish.wordpress.client import WordPressClient

    if wpsite.missing_packages():
        print("no local WordPress (Debian packages missing): site-panel.png and compare.png not taken")
        return
    site = wpsite.start_wordpress(folder / "wp")
    try:
        users = {r: site.user(r) for r in ("author", "contributor", "administrator")}
        clients = {r: WordPressClient(site.url, u.login, u.app_password, site_name="shots") for r, u in users.items()}
        photo = upload(clients["administrator"], "assembly.jpg", (40, 90, 150), "Delegates under a white tent")
        topics = [("author", "Sucre", "Latin America"), ("contributor", "Oruro", "Latin America"),
                  ("author", "Nairobi", "Africa"), ("contributor", "Manila", "Asia")]
        posts = [create_post(clients[role], f"{place}", "pending", [(photo, "Delegates under a white tent",
                                                                    "The assembly")], [site.categories[region]])
                 for role, place, region in topics]
        root = folder / "site-workspace"
        root.mkdir()
        window = window_on_site(folder, root, site, folder / "site-config")
        window.features.site_ui.checklist_on_open = False
        window.commands["site_panel"].trigger()
        _wait(qapp, lambda: window.features.site_ui.panel.proxy.rowCount() >= len(posts))
        window.features.site_ui.open_post("production", posts[0]["id"])
        _wait(qapp, lambda: window.context.document.bundle is not None)
        window.features.site_ui.panel.table.selectRow(1)
        _settle(qapp, 1.0)
        window.grab().save(str(HERE / "site-panel.png"))
        time.sleep(1.1)  # modified_gmt has 1-second resolution
        clients["administrator"].post(f"/wp/v2/posts/{posts[0]['id']}", {
            "title": "Assembly in Sucre postpones the water vote",
            "content": posts[0]["content"]["raw"].replace("met for <em>two days</em>", "met for <em>three days</em>")},
            op=Operation.UPDATE_POST)
        window.commands["compare_with_site"].trigger()
        _wait(qapp, lambda: window.features.site_ui.dialog is not None)
        dialog = window.features.site_ui.dialog
        dialog.resize(900, 620)
        _settle(qapp, 0.8)
        dialog.grab().save(str(HERE / "compare.png"))
        dialog.close()
        window.close()
    finally:
        site.stop()


def window_on_site(folder: Path, root: Path, site: object, config: Path) -> object:
    """The real window on the workspace `root`, its publishing session logged in to the test site as the editor
    under the profile `production`, shown at 1366x768 (the Sites dialog's job, done without its dialog)."""
    from sr_editor import app as composition
    from sr_editor.publish.sync.session import PublishSession
    from sr_editor.publish.wordpress.credentials import MemoryCredentialStore
    from sr_editor.publish.wordpress.sites import SiteProfile, SiteRegistry

    vocabulary = composition.load_vocabulary()
    context = composition.build_context(composition.open_workspace(root, vocabulary), vocabulary,
                                        config_dir=config)
    window = composition.build_window(context, restore=False)
    session = PublishSession(SiteRegistry(folder / "sites.json"), root,
                             open_store=lambda: (MemoryCredentialStore(), None))
    editor = site.user("editor")  # type: ignore[attr-defined]
    session.add_site(SiteProfile("production", site.url, editor.login), editor.app_password)  # type: ignore
    window.context.publishing = session
    window.resize(1366, 768)
    window.show()
    return window


def _wait(app: object, ready: object, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end and not ready():  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def _alt_queue_shot(qapp: object, window: object) -> None:
    """Tools > Alt-text queue on the sample workspace, a description half typed so the live check shows."""
    queue = window.features.queue_ui.open()  # type: ignore[attr-defined]
    queue.resize(1366, 768)
    _settle(qapp, 1.5)
    queue.controller.skip()
    queue.edit.setText("People walk through a dry valley between brown hills")
    _settle(qapp, 1.0)
    queue.grab().save(str(HERE / "alt-queue.png"))
    queue.close()


if __name__ == "__main__":
    raise SystemExit(main())
