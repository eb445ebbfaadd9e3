"""Renders the app icon's PNG sizes from its SVG (run after editing the SVG; the PNGs are committed).

Usage: python packaging/make_icons.py  (offscreen Qt is enough: QT_QPA_PLATFORM=offscreen)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICON_ID = "org.sr_editor.SrEditor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
HICOLOR = Path(__file__).resolve().parents[1] / "resources" / "icons" / "hicolor"


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(HICOLOR / "scalable" / "apps" / f"{ICON_ID}.svg"))
    if not renderer.isValid():
        print("the SVG icon cannot be read", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = HICOLOR / f"{size}x{size}" / "apps" / f"{ICON_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target), "PNG")
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
