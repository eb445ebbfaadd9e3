"""The alt-text queue window: the image large on the left, everything a describer needs on the right.

Keyboard first: the description field keeps the focus; Enter saves and shows the next image, Ctrl+Enter skips,
Ctrl+D marks the image decorative, Alt+Left goes back; Ctrl+wheel, Ctrl++ and Ctrl+- zoom, Ctrl+0 fits.
Images are decoded ahead on worker threads (see prefetch), so the next one is usually on screen at once.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sr_editor.core.alt.queue import LOCAL, AltItem, QueueFilter, alt_problems
from sr_editor.core.checks.lint import ALT_MAX
from sr_editor.core.visible_text import visible
from sr_editor.gui.alt.image_view import ImageView
from sr_editor.gui.alt.prefetch import ImagePrefetcher
from sr_editor.gui.alt.queue_controller import QueueController
from sr_editor.gui.alt.queue_writes import WORK_DELAY_MS
from sr_editor.gui.common.shown_words import status_text

PREFETCH_AHEAD = 3


def _named(widget: _W, name: str) -> _W:
    widget.setObjectName(name)
    return widget


def _label(name: str) -> QLabel:
    label = _named(QLabel(), name)
    label.setWordWrap(True)
    return label
_W = TypeVar("_W", bound=QWidget)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class AltEdit(QLineEdit):
    """The description field; it turns the queue's keys into signals before QLineEdit's own bindings."""

    submitted = Signal()
    skipped = Signal()
    decorative = Signal()
    back = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._signal_for(event):
            event.accept()  # ours, not a window shortcut nor QLineEdit's Ctrl+D (delete)
            return True
        return super().event(event)

    def _signal_for(self, event: QKeyEvent) -> SignalInstance | None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if key in _ENTER:
            return self.skipped if mods == Qt.KeyboardModifier.ControlModifier else (
                self.submitted if mods == Qt.KeyboardModifier.NoModifier else None)
        if key == Qt.Key.Key_D and mods == Qt.KeyboardModifier.ControlModifier:
            return self.decorative
        if key == Qt.Key.Key_Left and mods == Qt.KeyboardModifier.AltModifier:
            return self.back
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        signal = self._signal_for(event)
        if signal is not None:
            signal.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class QueueWindow(QWidget):
    def __init__(self, controller: QueueController, sites: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("altQueueWindow")
        self.setWindowTitle(self.tr("Alt-text queue"))
        self.controller = controller
        self.sites = sites
        self.prefetcher = ImagePrefetcher(self)
        self.prefetcher.ready.connect(self._on_image_ready)
        self._shown_path = ""
        self._prefetch_timer = QTimer(self, singleShot=True, interval=WORK_DELAY_MS)
        self._prefetch_timer.timeout.connect(self._prefetch)
        self._build()
        self._connect()
        self.resize(1280, 760)

    # ----- layout -------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.image = ImageView()
        side = QWidget()
        side.setMinimumWidth(380)
        column = QVBoxLayout(side)
        self.counter = _named(QLabel(), "queueProgress")
        self.counter.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title = _label("queueItemTitle")
        self.caption = _label("queueCaption")
        self.context = _named(QTextBrowser(), "queueContext")
        self.context.setOpenLinks(False)
        self.context.setAccessibleName(self.tr("Text around the image"))
        self.context.setAccessibleDescription(self.tr("The paragraphs of the article before and after the image."))
        self.current_alt = _label("queueCurrentAlt")
        self.edit = _named(AltEdit(), "queueAltEdit")
        self.edit.setPlaceholderText(self.tr("Describe what the image shows…"))
        self.edit.setAccessibleDescription(self.tr("The alt text of the image shown. Enter saves it and moves to "
                                                   "the next image; Ctrl+Enter skips; Ctrl+D marks it decorative."))
        self.lint = _label("queueLint")
        self.state = _label("queueState")
        for widget in (self.counter, self.title, self.caption, self.context, self.current_alt):
            column.addWidget(widget)
        prompt = QLabel(self.tr("&Description:"))
        prompt.setBuddy(self.edit)
        column.addWidget(prompt)
        column.addWidget(self.edit)
        column.addWidget(self.lint)
        column.addLayout(self._buttons())
        column.addWidget(self.state)
        splitter = QSplitter()
        splitter.addWidget(self.image)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.status = _label("queueStatus")
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    def _buttons(self) -> QGridLayout:
        grid = QGridLayout()
        self.save_button = QPushButton(self.tr("Save && next (Enter)"))
        self.skip_button = QPushButton(self.tr("Skip (Ctrl+Enter)"))
        self.decorative_button = QPushButton(self.tr("Decorative (Ctrl+D)"))
        self.back_button = QPushButton(self.tr("Back (Alt+←)"))
        buttons = (self.save_button, self.skip_button, self.decorative_button, self.back_button)
        for index, button in enumerate(buttons):
            # a click leaves the keyboard in the description field; Tab still reaches the buttons
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            grid.addWidget(button, index // 2, index % 2)
        return grid

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.source_filter = _named(QComboBox(), "queueSourceFilter")
        self.region_filter = _named(QComboBox(), "queueRegionFilter")
        self.status_filter = _named(QComboBox(), "queueStatusFilter")
        self.published_filter = _named(QCheckBox(self.tr("Used in published posts")), "queuePublishedFilter")
        self.sync_button = _named(QPushButton(self.tr("S&ync")), "queueSync")
        self.cancel_button = _named(QPushButton(self.tr("Cancel sync")), "queueCancelSync")
        self.cancel_button.setEnabled(False)
        for combo in (self.source_filter, self.region_filter, self.status_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.source_filter.setAccessibleDescription(self.tr("List only the images from this source."))
        self.region_filter.setAccessibleDescription(self.tr("List only the images of articles of this region."))
        self.status_filter.setAccessibleDescription(self.tr("List only the images of articles with this status."))
        self.published_filter.setAccessibleDescription(
            self.tr("List only the images used in posts already published on the site."))
        for label, widget in ((self.tr("Source:"), self.source_filter), (self.tr("Region:"), self.region_filter),
                              (self.tr("Status:"), self.status_filter)):
            buddy = QLabel(label)
            buddy.setBuddy(widget)
            row.addWidget(buddy)
            row.addWidget(widget)
        row.addWidget(self.published_filter)
        row.addStretch(1)
        row.addWidget(self.sync_button)
        row.addWidget(self.cancel_button)
        return row

    def _connect(self) -> None:
        c = self.controller
        c.currentChanged.connect(self.show_current)
        self.image.resized.connect(self._on_pane_resized)
        c.pictureReady.connect(self._on_picture_ready)
        self.image.zoomed.connect(lambda: self.prefetcher.request_full(self._shown_path))
        self.prefetcher.fullReady.connect(self._on_full_ready)
        c.listChanged.connect(self._fill_filters)
        c.itemStateChanged.connect(lambda _id: self._show_counter())
        c.message.connect(self.status.setText)
        c.progress.connect(lambda text, done, total: self.status.setText(text))
        c.syncingChanged.connect(self._on_syncing)
        self.edit.submitted.connect(self.save)
        self.edit.skipped.connect(c.skip)
        self.edit.decorative.connect(self.mark_decorative)
        self.edit.back.connect(c.back)
        self.edit.textChanged.connect(self._live_lint)
        self.save_button.clicked.connect(self.save)
        self.skip_button.clicked.connect(c.skip)
        self.decorative_button.clicked.connect(self.mark_decorative)
        self.back_button.clicked.connect(c.back)
        self.sync_button.clicked.connect(self.sync)
        self.cancel_button.clicked.connect(c.cancel_sync)
        for combo in (self.source_filter, self.region_filter, self.status_filter):
            combo.activated.connect(lambda _i: self._apply_filter())
        self.published_filter.toggled.connect(lambda _on: self._apply_filter())
        for keys, slot in (("Ctrl+Return", c.skip), ("Ctrl+D", self.mark_decorative), ("Alt+Left", c.back),
                           ("Ctrl++", lambda: self.image.zoom_by(1.25)), ("Ctrl+=", lambda: self.image.zoom_by(1.25)),
                           ("Ctrl+-", lambda: self.image.zoom_by(0.8)), ("Ctrl+0", self.image.fit)):
            QShortcut(QKeySequence(keys), self, slot)

    # ----- actions ------------------------------------------------------------------------------------------------
    def save(self) -> None:
        if self.controller.save(self.edit.text()):
            self.edit.setFocus()

    def mark_decorative(self) -> None:
        self.controller.save("", decorative=True)

    def sync(self) -> None:
        chosen = self.source_filter.currentData()
        sites = [chosen] if chosen and chosen != LOCAL else list(self.sites)
        if not sites:
            self.status.setText(self.tr("No site yet: add one under Publish ▸ Sites…"))
            return
        self.controller.sync(sites)

    def _on_syncing(self, busy: bool) -> None:
        self.sync_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    # ----- showing ------------------------------------------------------------------------------------------------
    def show_current(self) -> None:
        item = self.controller.current()
        self._show_counter()
        if item is None:
            self._show_empty()
            return
        self._show_image(item)
        article, name = item_heading(item)
        small = _shown(name if article else "")
        self.title.setText(f"<b>{_shown(article or name)}</b> <small>{small}</small>")
        self._enable_answers(True)
        credit = " — " + self.tr("Credit: %1").replace("%1", _shown(item.credit)) if item.credit else ""
        self.caption.setText(self.tr("Caption: %1").replace("%1", _shown(item.caption) or "—") + credit)
        self.context.setHtml(context_html(item))
        self._show_current_alt(item)
        self.edit.setText(starting_text(item))
        self.edit.setEnabled(item.fixable)
        self.edit.setFocus()
        self._show_state(item)
        self._prefetch_timer.start()  # after this image is painted: decoding competes for the GIL

    def _show_empty(self) -> None:
        loading = self.controller.loading
        self.image.set_text(self.tr("Loading the queue…") if loading else self.tr("No image left to describe here."))
        for label in (self.title, self.caption, self.current_alt, self.lint, self.state):
            label.clear()
        self.context.clear()
        self.edit.clear()
        self._enable_answers(False)

    def _enable_answers(self, enabled: bool) -> None:
        """Nothing to describe ("0 of 0 left"): the field and the answer buttons say so by being off."""
        for widget in (self.edit, self.save_button, self.skip_button, self.decorative_button, self.back_button):
            widget.setEnabled(enabled)

    def _show_image(self, item: AltItem) -> None:
        self._shown_path = item.image
        if not item.image:
            self.image.set_text(self.tr("No picture kept for this image yet: it is fetched when the site answers."))
            return
        found = self.prefetcher.get(item.image)
        if found is None:
            self.image.set_text(self.tr("Loading the image…"))
            self.prefetcher.request([item.image])
        elif found.isNull():
            self.image.set_text(self.tr("This image file cannot be shown."))
        else:
            self.image.set_image(found)

    def _on_image_ready(self, path: str) -> None:
        if path == self._shown_path:
            current = self.controller.current()
            if current is not None:
                self._show_image(current)

    def _prefetch(self) -> None:
        upcoming = self.controller.upcoming(PREFETCH_AHEAD)
        current = self.controller.current()
        self.controller.fetch_pictures(([current] if current is not None else []) + upcoming)
        self.prefetcher.request([i.image for i in upcoming])

    def _on_picture_ready(self, item_id: str) -> None:
        current = self.controller.current()
        if current is not None and current.id == item_id:
            self._show_image(current)
        else:
            self._prefetch()

    def _on_pane_resized(self, size: QSize) -> None:
        """Images decoded for the old size are decoded again for the new one (the shown one keeps painting)."""
        self.prefetcher.fit_size = size * self.image.devicePixelRatio()
        self.prefetcher.forget()
        current = self.controller.current()
        if current is not None:
            self.prefetcher.request([current.image] + [i.image for i in self.controller.upcoming(PREFETCH_AHEAD)])

    def _on_full_ready(self, path: str) -> None:
        full = self.prefetcher.get_full(path)
        if path == self._shown_path and full is not None:
            self.image.set_full(full)

    def _show_counter(self) -> None:
        c = self.controller
        self.counter.setText(self.tr("%1 of %2 left").replace("%1", str(c.left())).replace("%2", str(c.total())))

    def _show_current_alt(self, item: AltItem) -> None:
        if item.decorative:
            text = self.tr("Marked decorative.")
        elif item.alt:
            text = self.tr("Current alt: “%1” — %2").replace("%1", _shown(item.alt)).replace(
                "%2", _shown(item.message))
        else:
            text = _shown(item.message) or self.tr("No alt text.")
        self.current_alt.setText(text)

    def _show_state(self, item: AltItem) -> None:
        state = self.controller.states.get(item.id, "")
        reason = self.controller.reasons.get(item.id, "")
        texts = {"waiting": self.tr("Waiting to be sent (sync when online)."), "sent": self.tr("Sent."),
                 "saving": self.tr("Saving…"), "saved": self.tr("Saved.")}
        text = texts.get(state, "")
        if state == "failed":
            text = self.tr("Not sent: ") + visible(reason)
        elif state == "waiting" and reason:  # a post refused it: retried by the next sync, said until it succeeds
            text = self.tr("Waiting to be sent again: ") + visible(reason)
        if not item.fixable:
            text = item.reason
        self.state.setText(text)

    def _live_lint(self, text: str) -> None:
        item = self.controller.current()
        if item is None:
            return
        problems = alt_problems(text, False, item.caption, item.name or "image", item.nearby())
        count = f"{len(text.strip())} / {ALT_MAX}"
        verdict = problems[0].message if problems and text.strip() else (
            self.tr("Looks good.") if text.strip() else "")
        self.lint.setText(f"{count}  {verdict}")

    # ----- filters ------------------------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        items = self.controller.items
        sources = sorted({i.source for i in items} | set(self.sites))
        regions = sorted({r for i in items for r in i.regions() if r})
        statuses = sorted({u.status for i in items for u in i.used_in if u.status})
        for combo, values, everything in ((self.source_filter, sources, self.tr("All")),
                                          (self.region_filter, regions, self.tr("All regions")),
                                          (self.status_filter, statuses, self.tr("Any status"))):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                shown = status_text(value) if combo is self.status_filter else value
                combo.addItem(self.tr("Local articles") if value == LOCAL else shown, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def _apply_filter(self) -> None:
        source = self.source_filter.currentData() or ""
        cache = self.controller.engine.cache(source) if source and source != LOCAL else None
        if cache is not None and cache.user_id:
            self.status.setText(cache.abilities())
        self.controller.set_filter(QueueFilter(
            source=self.source_filter.currentData() or "", region=self.region_filter.currentData() or "",
            status=self.status_filter.currentData() or "", published_only=self.published_filter.isChecked()))


def item_heading(item: AltItem) -> tuple[str, str]:
    """(the title of the article using the image, the image's file name) for a person; never the queue's id."""
    article = next((u.title for u in item.used_in if u.title), "")
    name = item.name or (Path(item.file).name if item.file else "")
    if not name and item.media_id is not None:
        name = _tr("image %1 of the media library").replace("%1", str(item.media_id))
    return article, name


def starting_text(item: AltItem) -> str:
    """The current alt to improve on, unless it is a file name (then the volunteer starts afresh)."""
    if item.decorative or not item.alt or item.problem == "alt-filename":
        return ""
    return item.alt


def context_html(item: AltItem) -> str:
    """Each article using the image: title, regions, status, and the paragraphs around the image."""
    parts: list[str] = []
    for usage in item.used_in:
        regions = ", ".join(r for r in usage.regions if r)
        where = _tr("featured image") if usage.where == "featured" else _tr("in the text")
        head = f"<b>{_shown(usage.title)}</b> — {_shown(regions or _tr('no region'))} · " \
               f"{_shown(status_text(usage.status))} · {where}"
        if not usage.editable:
            head += f"<br><i>{_shown(usage.reason)}</i>"
        before = f"<p style='color:#555'>{_shown(usage.before)}</p>" if usage.before else ""
        after = f"<p style='color:#555'>{_shown(usage.after)}</p>" if usage.after else ""
        parts.append(f"<p>{head}</p>{before}<p><b>{_tr('[ the image ]')}</b></p>{after}<hr>")
    return "".join(parts) or f"<p><i>{_tr('Not used in any article.')}</i></p>"


def _shown(text: str) -> str:
    """Site text for a rich-text label: control characters, escapes and bidi overrides visible, markup escaped."""
    return html.escape(visible(text))


def _tr(text: str) -> str:
    return QCoreApplication.translate("QueueWindow", text)


# the words context_html shows, for the catalogue
_CONTEXT_WORDS = (QT_TRANSLATE_NOOP("QueueWindow", "featured image"), QT_TRANSLATE_NOOP("QueueWindow", "in the text"),
                  QT_TRANSLATE_NOOP("QueueWindow", "no region"), QT_TRANSLATE_NOOP("QueueWindow", "[ the image ]"),
                  QT_TRANSLATE_NOOP("QueueWindow", "Not used in any article."),
                  QT_TRANSLATE_NOOP("QueueWindow", "image %1 of the media library"))
