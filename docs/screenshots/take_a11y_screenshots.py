"""Screenshots of the accessibility checks in the Problems panel and of View > Read as a screen reader.

Run under Xvfb: `xvfb-run -a -s "-screen 0 1366x768x24" python docs/screenshots/take_a11y_screenshots.py`, and
again with `-screen 0 800x600x24` for the small-screen shots (`*-800x600.png`). An article with planted problems
(the test corpus, tests/core/a11y_corpus/planted_en.md) is opened in the real window at its first-start size
(it fits the screen); the reading of a clean Spanish article shows the dialog speaking the article's language.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "src"))


def _settle(app: object, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def main() -> int:
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from sr_editor import app as composition
    from sr_editor.core.article.frontmatter import read_article_file, serialize_article
    from sr_editor.core.storage.samples import create_sample_workspace
    from sr_editor.gui.dialogs.screen_reader_dialog import ScreenReaderDialog

    qapp = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qapp, QApplication)
    qapp.setFont(QFont("Noto Sans", 10))
    with tempfile.TemporaryDirectory(prefix="sr-editor-a11y-shots-") as folder:
        root = Path(folder) / "workspace"
        create_sample_workspace(root)
        article, _ = read_article_file(ROOT / "tests" / "core" / "a11y_corpus" / "planted_en.md")
        article.meta.update({"title": "Council budget: the vote", "excerpt": "The council voted.",
                             "regions": ["Europe"], "status": "draft"})
        bundle = root / "council-budget"
        bundle.mkdir()
        (bundle / "index.md").write_text(serialize_article(article), encoding="utf-8")
        vocabulary = composition.load_vocabulary()
        workspace = composition.open_workspace(root, vocabulary)
        context = composition.build_context(workspace, vocabulary, config_dir=Path(folder) / "config")
        window = composition.build_window(context, restore=False)
        window.show()
        composition.start_window(window)
        window.controller.open_article(bundle)
        _settle(qapp, 3.0)
        small = qapp.primaryScreen().size().width() < 1000
        suffix = "-800x600" if small else ""
        window.grab().save(str(HERE / f"a11y-window{suffix}.png"))
        dock = window.problems_dock
        dock.setFloating(True)
        dock.resize(760, 560) if small else dock.resize(1100, 520)
        _settle(qapp, 1.0)
        dock.grab().save(str(HERE / f"a11y-problems{suffix}.png"))
        dock.setFloating(False)
        dialog = ScreenReaderDialog(context.document.article, root, window)
        dialog.show()
        _settle(qapp, 2.0)
        dialog.grab().save(str(HERE / f"a11y-screen-reader{suffix}.png"))
        dialog.close()
        if not small:
            spanish, _ = read_article_file(ROOT / "tests" / "core" / "a11y_corpus" / "clean_es.md")
            reading = ScreenReaderDialog(lambda: spanish, root, window)
            reading.show()
            _settle(qapp, 2.0)
            reading.grab().save(str(HERE / "a11y-screen-reader-es.png"))
            reading.tabs.setCurrentIndex(2)
            _settle(qapp, 0.3)
            reading.grab().save(str(HERE / "a11y-screen-reader-es-links.png"))
            reading.close()
        window.close()
        _settle(qapp, 0.5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
