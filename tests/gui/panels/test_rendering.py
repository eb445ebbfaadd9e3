"""Every panel and dialog paints with a sample article (offscreen grab), so a paint-time error shows up here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sr_editor.core.checks.lint import Problem, Severity
from sr_editor.gui.dialogs.conflict_dialog import ExternalChangeDialog
from sr_editor.gui.dialogs.image_dialog import InsertImageDialog
from sr_editor.gui.panels.images_panel import ImagesPanel
from sr_editor.gui.panels.metadata_panel import MetadataPanel
from sr_editor.gui.panels.problems_panel import ProblemsPanel
from sr_editor.services.document.document import ArticleDocument


def grab_size(qtbot: Any, widget: Any) -> tuple[int, int]:
    qtbot.addWidget(widget)
    widget.resize(420, 600)
    widget.show()
    image = widget.grab().toImage()
    return image.width(), image.height()


def test_panels_paint(qtbot: Any, document: ArticleDocument, vocabulary: Any) -> None:
    document.set_problems([Problem("alt-missing", Severity.ERROR, "Describe it.", line=3, image="a.jpg")])
    for widget in (MetadataPanel(document, vocabulary), ImagesPanel(document), ProblemsPanel(document)):
        assert grab_size(qtbot, widget) == (420, 600)


def test_dialogs_paint(qtbot: Any, bundle: Path, importer: Any) -> None:
    dialogs = [
        InsertImageDialog(bundle, bundle / "march.jpg", 2000, importer=importer),
        ExternalChangeDialog(bundle / "index.md", "mine\n", "disk\n"),
    ]
    dialogs[1].show_comparison(True)
    for dialog in dialogs:
        width, height = grab_size(qtbot, dialog)
        assert width > 0 and height > 0
