"""Screenshots of the newsroom loop in the window, against a local WordPress with the companion plugin:
review-presence-notes.png (a writer holds the post: the banner above the editor with Take Over; their notes in the
Notes panel, the open note's passage highlighted beside the paragraph; also -800x600), review-compare.png (Compare
with the review actions; also -800x600), review-approve.png (Approve: now or at a time), review-revisions.png (the
site's revisions against the local text) and review-site-panel.png (also -800x600).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/take_review_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))
sys.path.insert(0, str(HERE.parents[1] / "tests" / "support"))

BODY = ("The water assembly in Sucre met for two days and postponed the vote on the new tariff.\n\n"
        "Delegates said the tariff would double what families pay, a figure the utility disputes.\n\n"
        "The next session is planned for March, after a public hearing in each district.\n")


def _wait(app: object, ready: object, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end and not ready():  # type: ignore[operator]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def _both_sizes(app: object, window: object, name: str) -> None:
    """The window at its normal size and at 800x600."""
    for suffix, size in (("", (1366, 768)), ("-800x600", (800, 600))):
        window.resize(*size)  # type: ignore[attr-defined]
        _wait(app, lambda: False, 1.0)
        window.grab().save(str(HERE / f"{name}{suffix}.png"))  # type: ignore[attr-defined]
    window.resize(1366, 768)  # type: ignore[attr-defined]


def main() -> int:
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import companion_site
    import wpsite
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication
    from take_screenshots import window_on_site
    from window_fixtures import write_article

    from sr_editor import app as composition
    from sr_editor.publish.errors import Operation
    from sr_editor.publish.review.lock import PostLock
    from sr_editor.publish.review.notes import CompanionNotes
    from sr_editor.publish.wordpress.client import WordPressClient

    qapp = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qapp, QApplication)
    qapp.setFont(QFont("Noto Sans", 10))
    if wpsite.missing_packages():
        print("no local WordPress (Debian packages missing): nothing taken")
        return 1
    with tempfile.TemporaryDirectory(prefix="sr-editor-review-shots-") as name:
        folder = Path(name)
        site = wpsite.start_wordpress(folder / "wp")
        try:
            with companion_site.companion_active(site):
                author = site.user("author")
                writer = WordPressClient(site.url, author.login, author.app_password, site_name="production")
                paragraphs = "".join(f"<!-- wp:paragraph --><p>{p}</p><!-- /wp:paragraph -->"
                                     for p in BODY.strip().split("\n\n"))
                post = writer.post("/wp/v2/posts", {"title": "Sucre postpones the water vote", "status": "pending",
                                                    "content": paragraphs}, op=Operation.CREATE_POST)
                post_id = int(post["id"])
                PostLock(writer, post_id).take()
                notes = CompanionNotes(writer)
                first = notes.add(post_id, "Which utility figure? Link the statement.", quote="a figure the "
                                  "utility disputes")
                notes.add(post_id, "Added the link in the second paragraph.", parent=first.id)
                notes.add(post_id, "Who confirmed this?", quote="The mayor resigned on Friday, his office said.")
                root = folder / "workspace"
                local = BODY.replace("two days", "three days")
                bundle = write_article(root, "sucre-water-vote", "Sucre postpones the water vote", local,
                                       excerpt="The tariff vote waits for March.", regions=["Latin America"],
                                       remote={"production": {"post_id": post_id}})
                window = window_on_site(folder, root, site, folder / "config")
                composition.start_window(window)
                window.features.controller.open_article(bundle)
                review = window.features.site_ui.review
                _wait(qapp, review.presence.banner.isVisible)
                window.commands["notes_panel"].trigger()
                _wait(qapp, lambda: review.panel.tree.topLevelItemCount() == 2)
                review.panel.tree.setCurrentItem(review.panel.tree.topLevelItem(0))
                _both_sizes(qapp, window, "review-presence-notes")
                window.resize(1366, 768)
                window.commands["compare_with_site"].trigger()
                _wait(qapp, lambda: window.features.site_ui.dialog is not None)
                dialog = window.features.site_ui.dialog
                for suffix, size in (("", (900, 560)), ("-800x600", (800, 600))):
                    dialog.resize(*size)
                    _wait(qapp, lambda: False, 0.8)
                    dialog.grab().save(str(HERE / f"review-compare{suffix}.png"))
                dialog.close()
                from sr_editor.gui.site.review_ui import ApproveDialog

                approve = ApproveDialog(f"post {post_id} on production", window)
                approve.later.setChecked(True)
                approve.show()
                _wait(qapp, lambda: False, 0.5)
                approve.grab().save(str(HERE / "review-approve.png"))
                approve.close()
                editor_client = WordPressClient(site.url, site.user("editor").login, site.user("editor").app_password,
                                                site_name="production")
                editor_client.post(f"/wp/v2/posts/{post_id}", {"content": paragraphs.replace(
                    "two days", "two long days")}, op=Operation.UPDATE_POST)
                window.features.site_ui.dialog = None
                window.commands["site_revisions"].trigger()
                _wait(qapp, lambda: window.features.site_ui.dialog is not None)
                revisions = window.features.site_ui.dialog
                _wait(qapp, lambda: False, 0.8)
                revisions.grab().save(str(HERE / "review-revisions.png"))
                revisions.close()
                window.commands["site_panel"].trigger()
                _wait(qapp, lambda: window.features.site_ui.panel.proxy.rowCount() >= 1)
                window.features.site_ui.panel.table.selectRow(0)
                _both_sizes(qapp, window, "review-site-panel")
                window.close()
        finally:
            site.stop()
    print(f"screenshots written to {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
