"""Insert-image dialog: nothing copied until OK; OK imports a downscaled, EXIF-free copy and returns Markdown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from sr_editor.gui.dialogs import image_dialog
from sr_editor.gui.dialogs.image_dialog import InsertImageDialog, ask_insert_image


@pytest.fixture
def source(tmp_path: Path, photo: Any) -> Path:
    outside = tmp_path / "camera"
    outside.mkdir()
    return photo(outside / "IMG 2041.jpg", 3200, 1800, exif=True)


def open_dialog(qtbot: Any, bundle: Path, source: Path, importer: Any) -> InsertImageDialog:
    dialog = InsertImageDialog(bundle, source, 2000, importer=importer)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_cancel_copies_nothing(qtbot: Any, bundle: Path, source: Path, importer: Any) -> None:
    before = sorted(p.name for p in bundle.iterdir())
    dialog = open_dialog(qtbot, bundle, source, importer)
    dialog.altEdit.setText("Protesters")
    dialog.reject()
    assert dialog.markdown is None
    assert sorted(p.name for p in bundle.iterdir()) == before


def test_ok_copies_a_downscaled_exif_free_file(qtbot: Any, bundle: Path, source: Path, importer: Any) -> None:
    dialog = open_dialog(qtbot, bundle, source, importer)
    dialog.altEdit.setText("Protesters fill a street")
    dialog.captionEdit.setText("Port-au-Prince, Monday")
    dialog.okButton.click()
    name = dialog.imported_name
    assert name is not None and " " not in name
    with Image.open(bundle / name) as copied:
        assert copied.width == 2000
        assert not copied.getexif()
    assert dialog.markdown == f'![Protesters fill a street]({name} "Port-au-Prince, Monday")'


def test_decorative_choice_gives_the_decorative_form(
    qtbot: Any, bundle: Path, source: Path, importer: Any
) -> None:
    dialog = open_dialog(qtbot, bundle, source, importer)
    dialog.altEdit.setText("ignored")
    dialog.decorativeCheck.click()
    assert not dialog.altEdit.isEnabled()
    dialog.okButton.click()
    assert dialog.markdown == f"![]({dialog.imported_name}){{.decorative}}"


def test_alt_is_linted_live_with_a_counter(qtbot: Any, bundle: Path, source: Path, importer: Any) -> None:
    dialog = open_dialog(qtbot, bundle, source, importer)
    assert dialog.lint.messages  # no alt yet
    dialog.altEdit.setText("y" * 151)
    assert dialog.counter.over_limit
    dialog.altEdit.setText("Crowd on a street")
    assert not dialog.lint.messages


def test_import_failure_keeps_the_dialog_open(
    qtbot: Any, bundle: Path, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(bundle: Path, source: Path, max_width: int) -> str:
        raise OSError(28, "No space left on device")

    shown: list[str] = []
    monkeypatch.setattr(image_dialog.QMessageBox, "warning", lambda *a: shown.append(str(a[2])))
    dialog = open_dialog(qtbot, bundle, source, full_disk)
    dialog.altEdit.setText("Crowd")
    dialog.okButton.click()
    assert dialog.isVisible() and dialog.markdown is None
    assert "No space left" in shown[0]


def test_unreadable_file_is_refused_with_a_message(
    qtbot: Any, bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bogus = tmp_path / "notes.jpg"
    bogus.write_text("not an image")
    shown: list[str] = []
    monkeypatch.setattr(image_dialog.QMessageBox, "warning", lambda *a: shown.append(str(a[2])))
    assert ask_insert_image(None, bundle, bogus, 2000) is None
    assert shown and "notes.jpg" in shown[0]
    assert not (bundle / "notes.jpg").exists()


def test_markdown_reads_back_through_the_renderer(qtbot: Any, bundle: Path, source: Path, importer: Any) -> None:
    from sr_editor.core.render.render import find_images

    dialog = open_dialog(qtbot, bundle, source, importer)
    dialog.altEdit.setText("A sign reading [Pay us]")
    dialog.captionEdit.setText('The banner said "Pay us"')
    dialog.okButton.click()
    assert dialog.markdown is not None
    (ref,) = find_images(dialog.markdown)
    assert (ref.src, ref.alt, ref.caption, ref.decorative) == (
        dialog.imported_name, "A sign reading [Pay us]", 'The banner said "Pay us"', False
    )


def test_alt_text_with_a_control_character_is_said_and_not_inserted(
    qtbot: Any, bundle: Path, source: Path, importer: Any
) -> None:
    before = sorted(p.name for p in bundle.iterdir())
    dialog = open_dialog(qtbot, bundle, source, importer)
    dialog.altEdit.setText("Protesters\x00 fill a street")
    assert not dialog.okButton.isEnabled()
    dialog.accept()
    assert dialog.markdown is None and sorted(p.name for p in bundle.iterdir()) == before
    dialog.altEdit.setText("Protesters fill a street")
    assert dialog.okButton.isEnabled()
