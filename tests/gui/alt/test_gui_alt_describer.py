"""The queue window for a volunteer on the real WordPress with the companion plugin: a Contributor account with the
Image describer role is offered an image another user uploaded, shown in another user's published post, and its
description reaches the media item and that post through the plugin's alt-only routes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import companion_site
import pytest
import wpsite
from alt_wp import make_scene, media_alt, post_state
from PySide6.QtCore import Qt
from queue_helpers import queue_at

from sr_editor.core.storage.store import ArticleStore
from sr_editor.publish.alt.engine import AltEngine
from sr_editor.publish.wordpress.client import WordPressClient

pytestmark = pytest.mark.wordpress


@pytest.fixture(scope="module")
def volunteer(wordpress: wpsite.WordPressSite) -> Iterator[companion_site.Describer]:
    with companion_site.companion_active(wordpress) as active:
        yield companion_site.add_account(wordpress, ["contributor", "sr_image_describer"], "Volunteer Val")
    assert active.errors.read_text() == ""


def test_a_volunteer_describes_anothers_image_in_a_published_post_from_the_queue(
    qtbot: Any, client_as: Any, wordpress: wpsite.WordPressSite, volunteer: companion_site.Describer, unique: str,
    tmp_path: Path,
) -> None:
    editor = client_as("editor")
    scene = make_scene(editor, unique)
    before = post_state(editor, scene.inline_post["id"])

    def connect(site: str) -> WordPressClient:
        return WordPressClient(wordpress.url, volunteer.login, volunteer.password, site_name=site)

    engine = AltEngine(tmp_path, ArticleStore(tmp_path), lambda: [], connect)
    engine.sync("local", pictures=False)
    controller, window = queue_at(engine, qtbot, scene.media_id)
    wanted = f"local:media:{scene.media_id}"
    item = controller.current()
    assert item is not None and item.id == wanted and item.fixable and window.edit.isEnabled()
    qtbot.keyClicks(window.edit, "Volunteers sort donated books")
    qtbot.keyClick(window.edit, Qt.Key.Key_Return)
    assert controller.wait(60_000)
    qtbot.waitUntil(lambda: controller.states.get(wanted) == "sent", timeout=10_000)
    assert media_alt(editor, scene.media_id) == "Volunteers sort donated books"
    after = post_state(editor, scene.inline_post["id"])
    assert after["content"] == before["content"].replace(
        'alt="" class="wp-image-', 'alt="Volunteers sort donated books" class="wp-image-', 1)
    assert {k for k in before if before[k] != after[k]} - {"modified_gmt"} == {"content"}
