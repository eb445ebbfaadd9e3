"""The image being described, as large as the pane allows; Ctrl+wheel or +/- zooms, 0 fits again."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

ZOOM_STEP = 1.25
ZOOM_MAX = 8.0


class ImageView(QWidget):
    """Paints one QImage fitted to the widget (zoom 1.0 = fit); a text instead when there is no image."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueImage")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 180)
        self._image = QImage()
        self._text = ""
        self.zoom = 1.0

    def sizeHint(self) -> QSize:
        return QSize(720, 540)

    @property
    def image(self) -> QImage:
        return self._image

    def set_image(self, image: QImage) -> None:
        self._image, self._text, self.zoom = image, "", 1.0
        self.setAccessibleDescription(self.tr("Image %1 × %2 pixels").replace("%1", str(image.width()))
                                      .replace("%2", str(image.height())))
        self.update()

    def set_text(self, text: str) -> None:
        self._image, self._text, self.zoom = QImage(), text, 1.0
        self.update()

    def zoom_by(self, factor: float) -> None:
        self.zoom = min(ZOOM_MAX, max(1.0, self.zoom * factor))
        self.update()

    def fit(self) -> None:
        self.zoom = 1.0
        self.update()

    def target_rect(self) -> QRectF:
        """Where the image is drawn: fitted, then zoomed about the centre."""
        if self._image.isNull():
            return QRectF()
        scale = min(self.width() / self._image.width(), self.height() / self._image.height()) * self.zoom
        w, h = self._image.width() * scale, self._image.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
            return
        super().wheelEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#2b2b2b"))
        if self._image.isNull():
            painter.setPen(QColor("#dddddd"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._text)
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self.target_rect(), self._image)
