"""ImagesPanel: one row per body image; alt edits land in the Markdown as one undoable edit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from sr_editor.core.render.render import find_images
from sr_editor.gui.panels import images_panel
from sr_editor.gui.panels.images_panel import ImagesPanel
from sr_editor.services.document.document import ArticleDocument


def make_panel(qtbot: Any, document: ArticleDocument) -> ImagesPanel:
    panel = ImagesPanel(document)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_lists_every_body_image_with_its_caption(qtbot: Any, document: ArticleDocument) -> None:
    panel = make_panel(qtbot, document)
    assert len(panel.rows) == 3
    assert "steps.jpg" in panel.rows[0].srcLabel.text()
    assert panel.rows[0].captionLabel.text() == "Union delegates waited on the steps."
    assert panel.rows[0].altEdit.text() == "Teachers on the ministry steps"
    assert panel.rows[1].decorativeCheck.isChecked()


def test_missing_file_is_flagged(qtbot: Any, document: ArticleDocument) -> None:
    panel = make_panel(qtbot, document)
    assert panel.rows[2].missing
    assert "not found" in panel.rows[2].srcLabel.text()
    assert not panel.rows[0].missing


def test_thumbnail_is_loaded_off_the_gui_thread_and_small(qtbot: Any, document: ArticleDocument) -> None:
    panel = make_panel(qtbot, document)
    panel.thumbnails.wait_idle()
    pixmap = panel.rows[0].thumbnail.pixmap()
    assert not pixmap.isNull()
    assert pixmap.width() <= 96 and pixmap.height() <= 72


def test_unreadable_image_is_flagged(qtbot: Any, document: ArticleDocument, bundle: Path) -> None:
    (bundle / "missing.jpg").write_bytes(b"not a jpeg")
    panel = make_panel(qtbot, document)
    panel.thumbnails.wait_idle()
    assert not panel.rows[2].missing
    assert "not a readable image" in panel.rows[2].srcLabel.text()


def test_alt_edit_rewrites_only_that_image(qtbot: Any, document: ArticleDocument) -> None:
    panel = make_panel(qtbot, document)
    before = document.body()
    row = panel.rows[2]
    row.altEdit.setFocus()
    qtbot.keyClicks(row.altEdit, "A closed school gate")
    qtbot.keyClick(row.altEdit, Qt.Key.Key_Return)
    after = document.body()
    assert '![A closed school gate](missing.jpg "No description yet")' in after
    assert after.replace("A closed school gate", "", 1) == before


def test_alt_edit_is_one_undo_step(qtbot: Any, document: ArticleDocument) -> None:
    panel = make_panel(qtbot, document)
    before = document.body()
    row = panel.rows[2]
    row.altEdit.setText("A closed school gate")
    row.commit()
    assert document.body() != before
    document.text_document.undo()
    assert document.body() == before


def test_decorative_check_writes_the_decorative_marker(qtbot: Any, document: ArticleDocument) -> None:
    panel = make_panel(qtbot, document)
    panel.rows[2].decorativeCheck.click()
    assert "{.decorative}" in document.body().split("\n")[-2]
    assert not panel.rows[2].altEdit.isEnabled()


def test_live_lint_flags_missing_alt(qtbot: Any, document: ArticleDocument) -> None:
    panel = make_panel(qtbot, document)
    assert panel.rows[2].lint.messages
    assert not panel.rows[0].lint.messages


def test_body_change_adds_a_row_after_the_pause(qtbot: Any, document: ArticleDocument) -> None:
    panel = make_panel(qtbot, document)
    document.replace_body(document.body() + "\n![Kids in class](class.jpg)\n")
    qtbot.waitUntil(lambda: len(panel.rows) == 4)
    assert panel.rows[3].altEdit.text() == "Kids in class"


def test_refresh_leaves_the_field_being_typed_in_alone(qtbot: Any, document: ArticleDocument) -> None:
    panel = make_panel(qtbot, document)
    row = panel.rows[0]
    row.altEdit.setFocus()
    qtbot.keyClicks(row.altEdit, " at noon")  # typing pause timer is running, not yet committed
    document.replace_body("Intro line.\n" + document.body())
    panel.refresh()
    assert panel.rows[0] is row
    assert row.altEdit.text() == "Teachers on the ministry steps at noon"
    assert row.ref is not None and row.ref.line == 4


def test_read_only_document_disables_rows(qtbot: Any, bundle: Path) -> None:
    document = ArticleDocument()
    document.load_broken(bundle, "bad YAML", "![x](steps.jpg)\n")
    panel = make_panel(qtbot, document)
    assert panel.rows and not panel.rows[0].isEnabled()


def test_alt_goes_to_the_right_image_after_one_was_added_above(qtbot: Any, document: ArticleDocument) -> None:
    panel = make_panel(qtbot, document)
    row = panel.rows[2]  # missing.jpg
    row.altEdit.setFocus()
    qtbot.keyClicks(row.altEdit, "A closed school gate")
    document.replace_body("![Head](head.jpg)\n\n" + document.body())  # no refresh yet: rows are stale
    row.commit()
    refs = {ref.src: ref.alt for ref in find_images(document.body())}
    assert refs["missing.jpg"] == "A closed school gate"
    assert refs["head.jpg"] == "Head"


def test_opening_another_article_drops_unsent_alt_text(qtbot: Any, document: ArticleDocument, bundle: Path) -> None:
    from sr_editor.core.article.article import Article
    from sr_editor.core.storage.store import LoadedArticle

    panel = make_panel(qtbot, document)
    row = panel.rows[0]
    row.altEdit.setFocus()
    qtbot.keyClicks(row.altEdit, " extra")  # typing pause timer running
    document.load(LoadedArticle(bundle, Article(meta={}, body="![Other](steps.jpg)\n"), "2" * 64))
    assert row.altEdit.text() == "Other"
    row.commit()
    assert document.body() == "![Other](steps.jpg)\n"


def test_hidden_panel_catches_up_when_shown(qtbot: Any, document: ArticleDocument) -> None:
    panel = make_panel(qtbot, document)
    panel.hide()
    document.replace_body(document.body() + "\n![Kids in class](class.jpg)\n")
    assert len(panel.rows) == 3
    panel.show()
    assert len(panel.rows) == 4


def test_enter_moves_on_to_the_next_image_without_alt_text(qtbot: Any, document: ArticleDocument) -> None:
    panel = make_panel(qtbot, document)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.rows[0].altEdit.setFocus()
    qtbot.keyClick(panel.rows[0].altEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(panel.rows[2].altEdit.hasFocus)  # row 1 is decorative, its field is off


def _article_with_images(article: Any, count: int) -> Any:
    from dataclasses import replace

    body = "\n\n".join(f"Paragraph {i}.\n\n![Photo {i}](steps.jpg)" for i in range(count))
    return replace(article, body=body)


def test_a_long_articles_rows_are_built_a_few_per_event_loop_turn(
    qtbot: Any, document: ArticleDocument, bundle: Path, article: Any
) -> None:
    from sr_editor.core.storage.store import LoadedArticle
    from sr_editor.gui.panels.images_panel import ROWS_PER_TURN

    panel = make_panel(qtbot, document)
    document.load(LoadedArticle(bundle=bundle, article=_article_with_images(article, 20), disk_hash="1" * 64))
    assert len(panel.rows) == 3 + ROWS_PER_TURN < 20  # the 3 rows of the article shown before are reused
    assert "20 images" in panel.summary.text()
    qtbot.waitUntil(lambda: panel.complete, timeout=5_000)
    assert [row.altEdit.text() for row in panel.rows] == [f"Photo {i}" for i in range(20)]


def test_a_hidden_panel_builds_no_rows_until_it_is_shown(
    qtbot: Any, document: ArticleDocument, bundle: Path, article: Any
) -> None:
    from sr_editor.core.storage.store import LoadedArticle

    panel = make_panel(qtbot, document)
    panel.hide()
    document.load(LoadedArticle(bundle=bundle, article=_article_with_images(article, 5), disk_hash="1" * 64))
    assert not panel.complete
    assert panel.rows[0].altEdit.text() == "Teachers on the ministry steps"  # still the old article's rows
    panel.show()
    qtbot.waitUntil(lambda: panel.complete, timeout=5_000)
    assert [row.altEdit.text() for row in panel.rows] == [f"Photo {i}" for i in range(5)]


def test_a_line_typed_above_the_images_moves_their_refs_without_redrawing_the_rows(
    qtbot: Any, document: ArticleDocument, monkeypatch: Any
) -> None:
    panel = make_panel(qtbot, document)
    redrawn: list[int] = []
    for row in panel.rows:
        monkeypatch.setattr(row, "_show_file", lambda ref, bundle, i=row.index: redrawn.append(i))
    lines = [row.ref.line for row in panel.rows]
    cursor = document.text_document.find(document.body().splitlines()[0])
    cursor.movePosition(cursor.MoveOperation.StartOfBlock)
    cursor.insertText("A new first line.\n")
    panel.refresh()
    assert [row.ref.line for row in panel.rows] == [line + 1 for line in lines]
    assert redrawn == []


def test_the_body_is_scanned_for_images_once_per_revision(
    qtbot: Any, document: ArticleDocument, monkeypatch: Any
) -> None:
    panel = make_panel(qtbot, document)
    scans: list[str] = []
    real = images_panel._find_images
    monkeypatch.setattr(images_panel, "_find_images", lambda body: scans.append(body) or real(body))
    QTextCursor(document.text_document).insertText("A new first line.\n\n")
    panel.refresh()
    panel.refresh()  # shown again, read-only toggled, more rows to build: the same text is not scanned again
    assert len(scans) == 1


def test_alt_is_written_at_the_image_of_the_text_as_it_is_now_not_as_last_shown(
    qtbot: Any, document: ArticleDocument
) -> None:
    panel = make_panel(qtbot, document)
    row = panel.rows[2]  # missing.jpg, shown before the edit below
    cursor = QTextCursor(document.text_document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("\n![A new last image](missing.jpg)\n")  # a second missing.jpg; the panel has not refreshed
    cursor.setPosition(0)
    cursor.insertText("![Added above](banner.png)\n\n")  # and one above: every position the panel knew is stale
    row.altEdit.setText("A closed school gate")
    row.commit()
    body = document.body()
    assert '![A closed school gate](missing.jpg "No description yet")' in body
    assert "![A new last image](missing.jpg)" in body and "![Added above](banner.png)" in body


def test_while_another_thread_imports_the_panel_asks_again_instead_of_waiting(
        qtbot: Any, document: ArticleDocument, monkeypatch: Any) -> None:
    from sr_editor.gui.panels import images_panel as module

    busy = [True]  # another thread holds the import guard (at start-up: the checks importing python-markdown)
    real = module.try_import
    monkeypatch.setattr(module, "try_import", lambda name: None if busy[0] else real(name))
    panel = ImagesPanel(document)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.rows == []
    busy[0] = False
    qtbot.waitUntil(lambda: len(panel.rows) == 3, timeout=5_000)


def test_a_long_articles_rows_wait_for_its_last_slice_and_the_old_rows_take_no_typing(
    qtbot: Any, document: ArticleDocument, bundle: Path, article: Any
) -> None:
    from dataclasses import replace

    from sr_editor.core.storage.store import LoadedArticle

    panel = make_panel(qtbot, document)
    padding = "".join(f"Paragraph {number} of a long story.\n\n" for number in range(3_000))
    long_article = replace(article, body=padding + _article_with_images(article, 2).body)
    document.load(LoadedArticle(bundle=bundle, article=long_article, disk_hash="1" * 64))
    assert document.slices.active  # the test's premise: the body goes in slice by slice
    assert not panel.complete
    assert not any(row.isEnabled() for row in panel.rows)
    qtbot.waitUntil(lambda: not document.slices.active and panel.complete, timeout=10_000)
    assert [row.altEdit.text() for row in panel.rows] == ["Photo 0", "Photo 1"]
    assert all(row.isEnabled() for row in panel.rows)


def test_after_the_first_rows_a_long_article_gets_one_row_per_event_loop_turn(
    qtbot: Any, document: ArticleDocument, bundle: Path, article: Any, qapp: Any
) -> None:
    from sr_editor.core.storage.store import LoadedArticle
    from sr_editor.gui.panels.images_panel import ROWS_LATER, ROWS_PER_TURN

    panel = make_panel(qtbot, document)
    document.load(LoadedArticle(bundle=bundle, article=_article_with_images(article, 20), disk_hash="1" * 64))
    first = len(panel.rows)
    assert first == 3 + ROWS_PER_TURN
    qapp.processEvents()  # one turn of the event loop
    assert len(panel.rows) == first + ROWS_LATER == first + 1
    qtbot.waitUntil(lambda: panel.complete, timeout=5_000)
    assert [row.altEdit.text() for row in panel.rows] == [f"Photo {i}" for i in range(20)]


def test_thumbnails_of_articles_no_longer_open_are_not_kept(qtbot: Any, document: ArticleDocument,
                                                            tmp_path: Path) -> None:
    from PIL import Image

    from sr_editor.core.article.article import Article
    from sr_editor.core.storage.store import LoadedArticle

    panel = make_panel(qtbot, document)
    for number in range(4):
        other = tmp_path / f"other-{number}"
        other.mkdir()
        Image.new("RGB", (40, 30), (number, 0, 0)).save(other / "photo.png")
        document.load(LoadedArticle(other, Article(meta={}, body="![A photo](photo.png)\n"), f"{number}" * 64))
        panel.thumbnails.wait_idle()
        assert not panel.rows[0].thumbnail.pixmap().isNull()
    assert len(panel.thumbnails._done) == 1  # the open article's one image, not one per article opened


def test_another_articles_rows_are_shown_a_few_per_turn_when_the_turn_has_no_room(
    qtbot: Any, bundle: Path, article: Any
) -> None:
    from dataclasses import replace

    from sr_editor.core.storage.store import LoadedArticle
    from sr_editor.gui.panels.images_panel import ROWS_PER_TURN
    from sr_editor.services.runtime.turns import TurnBudget

    turns = TurnBudget(seconds=0.0, clock=lambda: 0.0, cpu=lambda: 0.0)  # never room: the fewest rows per turn
    document = ArticleDocument(turns=turns)
    document.load(LoadedArticle(bundle=bundle, article=_article_with_images(article, 20), disk_hash="1" * 64))
    panel = make_panel(qtbot, document)
    qtbot.waitUntil(lambda: panel.complete, timeout=10_000)
    other = replace(article, body="\n\n".join(f"Line {i}.\n\n![Other {i}](steps.jpg)" for i in range(20)))
    document.load(LoadedArticle(bundle=bundle, article=other, disk_hash="2" * 64))
    shown = [row.altEdit.text() for row in panel.rows]
    assert shown[:ROWS_PER_TURN] == [f"Other {i}" for i in range(ROWS_PER_TURN)]
    assert shown[ROWS_PER_TURN:] == [f"Photo {i}" for i in range(ROWS_PER_TURN, 20)]  # for the next turns
    assert not panel.complete
    qtbot.waitUntil(lambda: panel.complete, timeout=10_000)
    assert [row.altEdit.text() for row in panel.rows] == [f"Other {i}" for i in range(20)]
