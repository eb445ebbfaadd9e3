"""The queue window against the real WordPress, driven by the keyboard: the description reaches the media item
and the post showing it; the other post and every other field stay as they were."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from alt_wp import make_scene, media_alt, post_state
from PySide6.QtCore import Qt
from queue_helpers import queue_at

from sr_editor.core.storage.store import ArticleStore
from sr_editor.publish.alt.engine import AltEngine

pytestmark = pytest.mark.wordpress  # the real site of tests/support/wordpress_fixtures.py


def test_describing_in_the_window_updates_the_media_item_and_both_posts(
    qtbot: Any, client_as: Any, unique: str, tmp_path: Path,
) -> None:
    editor = client_as("editor")
    scene = make_scene(editor, unique)
    inline_before = post_state(editor, scene.inline_post["id"])
    featured_before = post_state(editor, scene.featured_post["id"])
    engine = AltEngine(tmp_path, ArticleStore(tmp_path), lambda: [], lambda site: client_as("editor"))
    engine.sync("local", pictures=False)  # the window fetches the picture of the image it shows
    controller, window = queue_at(engine, qtbot, scene.media_id)
    wanted = f"local:media:{scene.media_id}"
    item = controller.current()
    assert item is not None and item.id == wanted
    assert {u.where for u in item.used_in} == {"inline", "featured"}
    qtbot.waitUntil(lambda: not window.image.image.isNull(), timeout=10_000)
    qtbot.keyClicks(window.edit, "Marchers carry a banner")
    qtbot.keyClick(window.edit, Qt.Key.Key_Return)
    assert controller.wait(60_000)
    qtbot.waitUntil(lambda: controller.states.get(wanted) == "sent", timeout=10_000)

    assert media_alt(editor, scene.media_id) == "Marchers carry a banner"
    inline_after = post_state(editor, scene.inline_post["id"])
    changed = {k for k in inline_before if inline_before[k] != inline_after[k]}
    assert changed - {"modified_gmt"} == {"content"}  # modified_gmt has 1-second resolution
    assert inline_after["content"] == inline_before["content"].replace(
        'alt="" class="wp-image-', 'alt="Marchers carry a banner" class="wp-image-', 1)
    assert post_state(editor, scene.featured_post["id"]) == featured_before
