"""The queue window driven by the keyboard only, on a real workspace (core store, lint, images)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from sr_editor.core.alt.queue import QueueFilter
from sr_editor.core.storage.store import ArticleStore
from sr_editor.gui.alt.queue_controller import QueueController
from sr_editor.gui.alt.queue_window import QueueWindow
from sr_editor.publish.alt.engine import AltEngine

BODY = "Intro paragraph.\n\n![](one.jpg)\n\nMiddle paragraph.\n\n![IMG_0001.jpg](two.jpg)\n\n![](three.jpg)\n"


def make_article(root: Path, name: str, region: str, body: str = BODY) -> Path:
    bundle = root / name
    bundle.mkdir()
    (bundle / "index.md").write_text(f"---\ntitle: {name.title()}\nregions: [{region}]\nstatus: draft\n---\n{body}",
                                     encoding="utf-8")
    for i, image in enumerate(("one.jpg", "two.jpg", "three.jpg")):
        Image.new("RGB", (320, 200), (40 * i, 90, 160)).save(bundle / image)
    return bundle


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    root.mkdir()
    make_article(root, "haiti", "Latin America")
    return root


def open_queue(qtbot: Any, workspace: Path, document: Any = None) -> QueueWindow:
    store = ArticleStore(workspace, keep_history=False)
    engine = AltEngine(workspace, store, lambda: sorted(p.parent for p in workspace.glob("*/index.md")))
    controller = QueueController(engine, document)
    window = QueueWindow(controller, [])
    qtbot.addWidget(window)
    window.show()
    controller.reload()
    qtbot.waitUntil(lambda: controller.current() is not None, timeout=5000)
    return window


def type_and(qtbot: Any, window: QueueWindow, text: str, key: Qt.Key = Qt.Key.Key_Return,
             modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    window.edit.selectAll()
    if text:
        qtbot.keyClicks(window.edit, text)
    qtbot.keyClick(window.edit, key, modifier)


def index_text(workspace: Path) -> str:
    return (workspace / "haiti" / "index.md").read_text(encoding="utf-8")


def test_enter_saves_the_description_and_shows_the_next_image(qtbot: Any, workspace: Path) -> None:
    window = open_queue(qtbot, workspace)
    assert window.counter.text() == "3 of 3 left"
    assert window.controller.current().id == "local:haiti/one.jpg"  # type: ignore[union-attr]
    type_and(qtbot, window, "Protesters on a bridge")
    assert window.controller.current().id == "local:haiti/two.jpg"  # type: ignore[union-attr]
    assert window.counter.text() == "2 of 3 left"
    window.controller.wait()
    qtbot.waitUntil(lambda: "![Protesters on a bridge](one.jpg)" in index_text(workspace), timeout=5000)
    assert index_text(workspace).count("![](three.jpg)") == 1


def test_ctrl_enter_skips_and_alt_left_goes_back(qtbot: Any, workspace: Path) -> None:
    window = open_queue(qtbot, workspace)
    before = index_text(workspace)
    type_and(qtbot, window, "", Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.current().id == "local:haiti/two.jpg"  # type: ignore[union-attr]
    qtbot.keyClick(window.edit, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.controller.current().id == "local:haiti/one.jpg"  # type: ignore[union-attr]
    assert index_text(workspace) == before and window.counter.text() == "3 of 3 left"


def test_ctrl_d_marks_the_image_decorative(qtbot: Any, workspace: Path) -> None:
    window = open_queue(qtbot, workspace)
    qtbot.keyClick(window.edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    window.controller.wait()
    qtbot.waitUntil(lambda: "![](one.jpg){.decorative}" in index_text(workspace), timeout=5000)


def test_enter_with_an_empty_description_asks_for_one(qtbot: Any, workspace: Path) -> None:
    window = open_queue(qtbot, workspace)
    type_and(qtbot, window, "   ")
    assert window.controller.current().id == "local:haiti/one.jpg"  # type: ignore[union-attr]
    assert "decorative" in window.status.text()


def test_typing_shows_a_counter_and_live_lint(qtbot: Any, workspace: Path) -> None:
    window = open_queue(qtbot, workspace)
    qtbot.keyClicks(window.edit, "DSC_0042.jpg")
    assert window.lint.text().startswith("12 / 150") and "file name" in window.lint.text()
    window.edit.clear()
    qtbot.keyClicks(window.edit, "A girl holds a sign")
    assert "Looks good" in window.lint.text()


def test_the_item_shows_its_article_region_and_surrounding_paragraphs(qtbot: Any, workspace: Path) -> None:
    window = open_queue(qtbot, workspace)
    text = window.context.toPlainText()
    assert "Haiti" in text and "Latin America" in text and "Intro paragraph." in text and "Middle paragraph." in text


def test_region_filter_narrows_the_queue(qtbot: Any, workspace: Path) -> None:
    make_article(workspace, "kenya", "Africa")
    window = open_queue(qtbot, workspace)
    assert window.counter.text() == "6 of 6 left"
    window.region_filter.setCurrentIndex(window.region_filter.findData("Africa"))
    window.region_filter.activated.emit(window.region_filter.currentIndex())
    assert window.counter.text() == "3 of 3 left"
    assert window.controller.current().id.startswith("local:kenya/")  # type: ignore[union-attr]


def test_the_next_images_are_decoded_before_enter(qtbot: Any, workspace: Path) -> None:
    window = open_queue(qtbot, workspace)
    upcoming = [i.image for i in window.controller.upcoming(2)]
    qtbot.waitUntil(lambda: all(window.prefetcher.get(p) is not None for p in upcoming), timeout=5000)
    type_and(qtbot, window, "", Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not window.image.image.isNull() and window.image.image.width() == 320


def test_an_article_open_in_the_editor_gets_one_undoable_edit(qtbot: Any, workspace: Path) -> None:
    from sr_editor.services.document.document import ArticleDocument

    store = ArticleStore(workspace, keep_history=False)
    document = ArticleDocument()
    document.load(store.load(workspace / "haiti"))
    before_disk = index_text(workspace)
    window = open_queue(qtbot, workspace, document)
    type_and(qtbot, window, "Tear gas over the square")
    assert "![Tear gas over the square](one.jpg)" in document.body() and document.is_dirty
    assert index_text(workspace) == before_disk  # autosave's job, like any typing
    document.text_document.undo()
    assert document.body() == BODY


def test_an_unreadable_image_is_said_so(qtbot: Any, workspace: Path) -> None:
    (workspace / "haiti" / "one.jpg").write_bytes(b"not a jpeg")
    window = open_queue(qtbot, workspace)
    qtbot.waitUntil(lambda: "cannot be shown" in window.image._text, timeout=5000)


def test_zooming_in_asks_for_a_sharper_copy_and_ctrl_0_fits_again(qtbot: Any, workspace: Path) -> None:
    bundle = workspace / "haiti"
    Image.new("RGB", (3000, 2000), (200, 90, 10)).save(bundle / "one.jpg")
    window = open_queue(qtbot, workspace)
    qtbot.waitUntil(lambda: not window.image.image.isNull(), timeout=5000)
    fitted_width = window.image.image.width()
    assert fitted_width <= window.image.width()
    qtbot.keyClick(window.edit, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.image.zoom > 1.0
    qtbot.waitUntil(lambda: window.image.image.width() > fitted_width, timeout=5000)
    qtbot.keyClick(window.edit, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.image.zoom == 1.0


def site_item(fixable: bool = True, status: str = "publish") -> Any:
    from sr_editor.core.alt.queue import AltItem, Usage

    return AltItem(id="prod:media:7", source="prod", alt=None, problem="alt-missing", message="x has no alt text.",
                   media_id=7, fixable=fixable, name="x.jpg",
                   reason="" if fixable else "Another author uploaded this image; your account (author) may "
                                             "describe only its own.",
                   used_in=(Usage("Post", ("Asia",), status, post_id=3),))


def test_an_image_the_account_cannot_change_is_shown_as_such_and_not_written(qtbot: Any, workspace: Path) -> None:
    window = open_queue(qtbot, workspace)
    window.controller.set_items([site_item(fixable=False)])
    assert not window.edit.isEnabled() and "Another author" in window.state.text()
    window.controller.save("A description")
    assert window.controller.current() is not None and "Another author" in window.status.text()
    assert not (workspace / ".sr-editor" / "alt" / "outbox.json").exists()


def test_a_site_description_typed_offline_is_kept_waiting(qtbot: Any, workspace: Path) -> None:
    from sr_editor.core.alt.state import MediaInfo, Outbox, SiteCache, save_cache
    from sr_editor.publish import errors

    save_cache(workspace, SiteCache("prod", user_id=1, media={7: MediaInfo(7, file="x.jpg", author=1)}))
    window = open_queue(qtbot, workspace)

    def offline(site: str) -> Any:
        raise errors.SiteUnreachable(site)

    window.controller.engine.connect = offline
    window.controller.set_filter(QueueFilter("prod"))
    assert window.controller.current().id == "prod:media:7"  # type: ignore[union-attr]
    type_and(qtbot, window, "Typed on the bus")
    window.controller.wait()
    qtbot.waitUntil(lambda: window.controller.states.get("prod:media:7") == "waiting", timeout=5000)
    assert [(e.alt, e.state) for e in Outbox(workspace).entries] == [("Typed on the bus", "waiting")]


def test_quitting_right_after_enter_still_writes_the_description(qtbot: Any, workspace: Path) -> None:
    window = open_queue(qtbot, workspace)
    type_and(qtbot, window, "Written before quitting")
    assert window.controller.flush()
    qtbot.waitUntil(lambda: "![Written before quitting](one.jpg)" in index_text(workspace), timeout=5000)


def test_used_in_published_posts_filter(qtbot: Any, workspace: Path) -> None:
    window = open_queue(qtbot, workspace)
    window.controller.set_items([site_item(status="draft"), *window.controller.items])
    window.published_filter.setChecked(True)
    assert window.counter.text() == "0 of 0 left"
    window.controller.set_items([site_item(status="publish")])
    assert window.counter.text() == "1 of 1 left"


def test_the_featured_image_of_the_open_article_is_set_in_the_document(qtbot: Any, workspace: Path) -> None:
    from sr_editor.services.document.document import ArticleDocument

    index = workspace / "haiti" / "index.md"
    index.write_text(index.read_text().replace("status: draft\n", "status: draft\nfeatured_image:\n  src: one.jpg\n"))
    store = ArticleStore(workspace, keep_history=False)
    document = ArticleDocument()
    document.load(store.load(workspace / "haiti"))
    window = open_queue(qtbot, workspace, document)
    assert window.controller.current().id == "local:haiti/featured"  # type: ignore[union-attr]
    type_and(qtbot, window, "Front page photo")
    featured = document.featured_image()
    assert featured is not None and featured.alt == "Front page photo" and document.is_dirty
    assert "Front page photo" not in index.read_text()


def test_sync_while_offline_says_so_and_can_be_retried(qtbot: Any, workspace: Path) -> None:
    from sr_editor.publish import errors

    window = open_queue(qtbot, workspace)

    def offline(site: str) -> Any:
        raise errors.SiteUnreachable(site)

    window.controller.engine.connect = offline
    window.sites = ["prod"]
    qtbot.mouseClick(window.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot be reached" in window.status.text(), timeout=5000)
    qtbot.waitUntil(window.sync_button.isEnabled, timeout=5000)
    assert not window.cancel_button.isEnabled()


def test_a_description_with_a_control_character_is_refused_and_stays_in_the_field(
    qtbot: Any, workspace: Path,
) -> None:
    window = open_queue(qtbot, workspace)
    before = index_text(workspace)
    window.edit.setText("Protesters\x00 on a bridge")
    qtbot.keyClick(window.edit, Qt.Key.Key_Return)
    window.controller.wait()
    assert window.controller.current().id == "local:haiti/one.jpg"  # type: ignore[union-attr]
    assert "U+0000" in window.status.text() and window.edit.text() == "Protesters\x00 on a bridge"
    assert index_text(workspace) == before


def test_the_heading_names_the_article_and_the_file_not_the_queue_id(qtbot: Any, workspace: Path) -> None:
    window = open_queue(qtbot, workspace)
    assert "Haiti" in window.title.text() and "one.jpg" in window.title.text()
    assert "local:" not in window.title.text()
    window.controller.set_items([site_item()])
    assert "Post" in window.title.text() and "x.jpg" in window.title.text()
    assert "prod:media" not in window.title.text()


def test_with_nothing_left_the_field_and_answer_buttons_are_off(qtbot: Any, workspace: Path) -> None:
    window = open_queue(qtbot, workspace)
    window.controller.set_items([site_item(status="draft")])
    window.published_filter.setChecked(True)
    assert window.counter.text() == "0 of 0 left"
    assert not any(w.isEnabled() for w in (window.edit, window.save_button, window.skip_button,
                                            window.decorative_button, window.back_button))
    window.published_filter.setChecked(False)
    assert window.edit.isEnabled() and window.save_button.isEnabled()
