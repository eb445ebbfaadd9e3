"""Start the real window on the sample workspace and save screenshots next to this script.

Run under Xvfb (`xvfb-run -s "-screen 0 1600x1000x24" python docs/screenshots/take_screenshots.py`) or offscreen
(`QT_QPA_PLATFORM=offscreen`); grab() gives the same pixels either way.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))


def _settle(app: object, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.01)


def main() -> int:
    if not os.environ.get("DISPLAY"):  # under xvfb-run Qt uses the X server; otherwise render offscreen
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from sr_editor import app as composition
    from sr_editor.core.samples import create_sample_workspace

    qapp = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(qapp, QApplication)
    qapp.setFont(QFont("Noto Sans", 10))
    with tempfile.TemporaryDirectory(prefix="sr-editor-shots-") as folder:
        root = Path(folder) / "workspace"
        create_sample_workspace(root)
        vocabulary = composition.load_vocabulary()
        workspace = composition.open_workspace(root, vocabulary)
        context = composition.build_context(workspace, vocabulary, config_dir=Path(folder) / "config")
        window = composition.build_window(context, restore=False)
        window.resize(1600, 1000)
        window.show()
        composition.start_window(window)
        summaries = sorted(workspace.list_articles(), key=lambda s: -len(s.title))
        target = next((s.bundle for s in summaries if "haiti" in s.slug), summaries[0].bundle)
        window.controller.open_article(target)
        _settle(qapp, 1.5)
        window.grab().save(str(HERE / "main-window.png"))
        window.find_bar.open(True)
        window.find_bar.find_edit.setText("protest")
        window.images_dock.raise_()
        _settle(qapp, 0.5)
        window.grab().save(str(HERE / "main-window-images.png"))
        _alt_queue_shot(qapp, window)
        window.close()
    print(f"screenshots written to {HERE}")
    return 0


def _alt_queue_shot(qapp: object, window: object) -> None:
    """Tools > Alt-text queue on the sample workspace, a description half typed so the live check shows."""
    queue = window.queue_ui.open()  # type: ignore[attr-defined]
    queue.resize(1366, 768)
    _settle(qapp, 1.5)
    queue.controller.skip()
    queue.edit.setText("People walk through a dry valley between brown hills")
    _settle(qapp, 1.0)
    queue.grab().save(str(HERE / "alt-queue.png"))
    queue.close()


if __name__ == "__main__":
    raise SystemExit(main())
