"""The queue's decoded images: what is kept ahead is bounded by count and by bytes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import QSize

from sr_editor.gui.alt import prefetch
from sr_editor.gui.alt.prefetch import ImagePrefetcher


def test_the_decoded_images_kept_stay_within_the_byte_budget(qtbot: Any, tmp_path: Path,
                                                            monkeypatch: Any) -> None:
    monkeypatch.setattr(prefetch, "CACHE_BYTES", 3 * 400 * 300 * 4)  # three fitted images
    fetcher = ImagePrefetcher()
    fetcher.fit_size = QSize(400, 300)
    paths = []
    for number in range(8):
        path = tmp_path / f"p{number}.jpg"
        Image.new("RGB", (800, 600), (number * 20, 0, 0)).save(path)
        paths.append(str(path))
    for path in paths:
        fetcher.request([path])
        qtbot.waitUntil(lambda path=path: fetcher.get(path) is not None, timeout=5000)
    kept = [p for p in paths if fetcher.get(p) is not None]
    assert kept == paths[-3:]  # the newest, not all eight (fewer than the count limit of twelve)
    fetcher.deleteLater()
