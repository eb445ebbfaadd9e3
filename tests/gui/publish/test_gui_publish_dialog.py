"""End to end: the Publish dialog of the real window publishes to the local WordPress, and the open document
shows the post id afterwards. (Lives here to share the session's WordPress; owned by the pubgui helper.)"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest
import requests

from sr_editor import app
from sr_editor.core.article.article import Article
from sr_editor.core.article.frontmatter import serialize_article
from sr_editor.publish.sync.session import PublishSession
from sr_editor.publish.wordpress.credentials import MemoryCredentialStore
from sr_editor.publish.wordpress.sites import SiteProfile, SiteRegistry

pytestmark = pytest.mark.wordpress  # the real site of tests/support/wordpress_fixtures.py


def test_publish_dialog_publishes_to_wordpress_and_the_window_shows_the_post_id(
    wordpress: Any, unique: str, qtbot: Any, tmp_path: Path
) -> None:
    root = tmp_path / "workspace"
    bundle = root / f"haiti-{unique}"
    bundle.mkdir(parents=True)
    title = f"Haití: “protests” & a general strike — {unique}"
    article = Article(meta={"title": title, "slug": f"haiti-{unique}", "excerpt": "Crowds demand change.",
                            "status": "ready", "regions": ["Latin America"], "tags": [f"Haiti {unique}"]},
                      body="Crowds filled the streets of Port-au-Prince.\n")
    (bundle / "index.md").write_text(serialize_article(article), encoding="utf-8")
    vocabulary = app.load_vocabulary()
    window = app.build_window(app.build_context(app.open_workspace(root, vocabulary), vocabulary,
                                                config_dir=tmp_path / "config"), restore=False)
    qtbot.addWidget(window)
    window.show()
    window.features.controller.open_article(bundle)
    author = wordpress.user("author")
    session = PublishSession(SiteRegistry(tmp_path / "sites.json"), root,
                             open_store=lambda: (MemoryCredentialStore(), None))
    session.add_site(SiteProfile("local", wordpress.url, author.login), author.app_password)
    window.context.publishing = session

    dialog = window.features.publish_ui.open_publish()
    qtbot.waitUntil(lambda: dialog.problems is not None, timeout=10_000)
    assert not dialog.checklist.blocking_problems(), dialog.problems
    dialog.statusCombo.setCurrentIndex(dialog.statusCombo.findData("publish"))
    dialog.createTagsCheck.setChecked(True)  # the article's country is no tag on this fresh site yet: an explicit yes
    dialog.publishButton.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None or dialog.error is not None, timeout=60_000)
    assert dialog.error is None, dialog.error
    post_id = dialog.outcome.post_id
    assert f"?p={post_id}&amp;preview=true" in dialog.outcomeText.text()
    remote = window.context.document.meta("remote")["local"]
    assert remote["post_id"] == post_id and not window.context.document.is_dirty
    post = requests.get(f"{wordpress.url}/wp-json/wp/v2/posts/{post_id}", params={"context": "edit"},
                        auth=(author.login, author.app_password), timeout=10).json()
    assert html.unescape(post["title"]["raw"]) == title  # authors lack unfiltered_html: & is stored as &amp;
    assert post["status"] == "publish"
    assert post["categories"] == [wordpress.categories["Latin America"]]
    window.close()
