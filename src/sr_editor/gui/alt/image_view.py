"""The image being described, as large as the pane allows; Ctrl+wheel or +/- zooms, 0 fits again."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

ZOOM_STEP = 1.25
ZOOM_MAX = 8.0


class ImageView(QWidget):
    """Paints one QImage fitted to the widget (zoom 1.0 = fit); a text instead when there is no image."""

    resized = Signal(QSize)
    zoomed = Signal()  # zoomed in: a sharper copy than the fitted one is wanted

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueImage")
        self.setAccessibleName(self.tr("Image to describe"))
        self.setAccessibleDescription(self.tr("The image whose alt text is being written; + and - zoom, 0 fits."))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 180)
        self._image = QImage()
        self._fitted = QImage()  # the image already scaled to fit (by the prefetcher), painted without scaling
        self._text = ""
        self.zoom = 1.0

    def sizeHint(self) -> QSize:
        return QSize(720, 540)

    @property
    def image(self) -> QImage:
        return self._image

    def set_image(self, fitted: QImage) -> None:
        """The image as decoded for this pane's size; `set_full` adds a larger copy for zooming."""
        self._image, self._fitted, self._text, self.zoom = fitted, fitted, "", 1.0
        self.update()

    def set_full(self, image: QImage) -> None:
        if not image.isNull() and not self._fitted.isNull():
            self._image = image
            self.update()

    def set_text(self, text: str) -> None:
        self._image, self._fitted, self._text, self.zoom = QImage(), QImage(), text, 1.0
        self.update()

    def zoom_by(self, factor: float) -> None:
        self.zoom = min(ZOOM_MAX, max(1.0, self.zoom * factor))
        if self.zoom > 1.0:
            self.zoomed.emit()
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

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.resized.emit(self.size())
        super().resizeEvent(event)

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
        target = self.target_rect()
        fitted = self._fitted
        if self.zoom == 1.0 and not fitted.isNull() and abs(fitted.width() - target.width()) <= 1 \
                and abs(fitted.height() - target.height()) <= 1:
            painter.drawImage(target.topLeft(), fitted)  # 1:1, no scaling on the GUI thread
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self._image)
