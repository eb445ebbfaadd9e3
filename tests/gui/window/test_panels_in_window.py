"""The panels and dialogs inside the real window: featured image alt text saved, image insert made safe."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget


def _photo_with_gps(path: Path, width: int, height: int) -> Path:
    image = Image.new("RGB", (width, height), (40, 90, 140))
    exif = Image.Exif()
    exif[0x010F] = "Camera maker"
    exif[0x8825] = {1: "N", 2: (18.0, 32.0, 0.0)}
    image.save(path, exif=exif.tobytes())
    return path


def test_featured_alt_text_typed_in_the_panel_lands_in_the_saved_file(
    make_window: Any, sample_workspace: Path, qtbot: Any
) -> None:
    window = make_window(sample_workspace)
    bundle = sample_workspace / "haiti-protests"
    _photo_with_gps(bundle / "crowd.jpg", 400, 300)
    window.features.controller.open_article(bundle)
    from sr_editor.core.article.article import FeaturedImage

    window.context.document.set_featured_image(FeaturedImage(src="crowd.jpg"))
    alt = window.findChild(QLineEdit, "featuredAltEdit")
    assert alt is not None and alt.isEnabled()
    alt.setFocus()
    qtbot.keyClicks(alt, "Protesters fill a street in Port-au-Prince")
    window.features.controller.save_now()
    saved = (bundle / "index.md").read_text(encoding="utf-8")
    assert "alt: Protesters fill a street in Port-au-Prince" in saved


def _answer_image_dialog(alt: str) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.objectName() == "insertImageDialog" and widget.isVisible():
            widget.findChild(QLineEdit, "imageAltEdit").setText(alt)
            widget.accept()
            return
    QTimer.singleShot(20, lambda: _answer_image_dialog(alt))


def test_inserting_an_image_copies_downscales_and_strips_exif(
    make_window: Any, sample_workspace: Path, tmp_path: Path, qtbot: Any
) -> None:
    window = make_window(sample_workspace)
    bundle = sample_workspace / "kenya-elections"
    window.features.controller.open_article(bundle)
    window.context.settings.max_image_width = 800
    source = _photo_with_gps(tmp_path / "IMG 0001.JPG", 2400, 1600)
    QTimer.singleShot(20, lambda: _answer_image_dialog("Voters queue outside a school"))
    window.features.controller.images.insert_image(source)
    text = window.editor.toPlainText()
    assert "![Voters queue outside a school](" in text
    copies = [p for p in bundle.iterdir() if p.suffix.lower() in (".jpg", ".jpeg")]
    assert len(copies) == 1 and copies[0].name in text
    with Image.open(copies[0]) as image:
        assert image.width == 800
        assert not image.getexif()
    with Image.open(source) as original:
        assert original.width == 2400  # the user's file is untouched


def test_clicking_a_problem_focuses_its_field(make_window: Any, sample_workspace: Path) -> None:
    from sr_editor.core.checks.lint import Problem, Severity

    window = make_window(sample_workspace)
    window.features.controller.jump_to_problem(Problem("title-missing", Severity.ERROR, "Add a title.", field="title"))
    assert window.focusWidget() is window.findChild(QWidget, "titleEdit")


def test_clicking_a_body_problem_moves_the_cursor_to_its_line(make_window: Any, sample_workspace: Path) -> None:
    from sr_editor.core.checks.lint import Problem, Severity

    window = make_window(sample_workspace)
    window.features.controller.open_article(sample_workspace / "haiti-protests")
    window.features.controller.jump_to_problem(Problem("alt-missing", Severity.ERROR, "Describe it.", line=3))
    assert window.editor.textCursor().blockNumber() == 2


def test_every_named_input_exists_with_an_accessible_name(make_window: Any, sample_workspace: Path) -> None:
    window = make_window(sample_workspace)
    names = ["articleList", "articleFilter", "editor", "preview", "titleEdit", "slugEdit", "excerptEdit",
             "statusCombo", "regionList", "tagEdit", "featuredImageButton", "featuredAltEdit",
             "featuredDecorativeCheck", "featuredCaptionEdit", "featuredCreditEdit", "imagesPanel", "problemsPanel"]
    for name in names:
        widget = window.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName() or name in ("imagesPanel", "problemsPanel"), name
