"""The images panel: every image in the body with a thumbnail and an alt-text field that writes into the Markdown.

Rows are reused and updated in place when the body changes, so a row the writer is typing in is never rebuilt
under their fingers; alt edits go back through core.render.render.set_image_alt as one undoable document edit.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sr_editor.gui.panels.field_widgets import (
    ERROR_COLOUR,
    MUTED_COLOUR,
    CounterLabel,
    LintLabel,
    Thumb,
    ThumbnailLoader,
    check_alt,
    set_background,
    set_text_colour,
    small_font,
)
from sr_editor.import_guard import try_import
from sr_editor.services.document.document import ArticleDocument

if TYPE_CHECKING:
    from sr_editor.core.images.in_source import ImageRef

# core.images.in_source (it imports python-markdown, ~70 ms) is imported when the panel first reads the body: the
# window's first paint does not wait for it.

ALT_LIMIT = 150
THUMB_SIZE = QSize(96, 72)
REFRESH_DELAY_MS = 300
IMPORT_RETRY_MS = 50
ROWS_PER_TURN = 4  # ~5 ms each: a long article's rows are built a few per turn, never blocking typing long
ROWS_LATER = 1  # per turn after the first ones: they share their turns with the highlighter's and spelling's
WRITE_DELAY_MS = 600


def _is_remote(src: str) -> bool:
    return src.startswith(("http://", "https://", "//", "data:"))


class ImageRow(QFrame):
    """One image of the body: thumbnail, file name, caption, alt field with decorative check and live lint."""

    altCommitted = Signal(int, str, bool)  # index, alt, decorative
    nextRequested = Signal(int)  # Enter in the alt field: go on to the next image

    def __init__(self, index: int, thumbnails: ThumbnailLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.ref: ImageRef | None = None
        self._thumbnails = thumbnails
        self._updating = False
        self.missing = False
        self.setObjectName("imageRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._build()
        self._write_timer = QTimer(self)
        self._write_timer.setSingleShot(True)
        self._write_timer.setInterval(WRITE_DELAY_MS)
        self._write_timer.timeout.connect(self.commit)

    def _build(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        self.thumbnail = QLabel()
        self.thumbnail.setFixedSize(THUMB_SIZE)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_background(self.thumbnail, "#eef0f3")
        grid.addWidget(self.thumbnail, 0, 0, 4, 1, Qt.AlignmentFlag.AlignTop)
        self.srcLabel = QLabel()
        self.srcLabel.setObjectName("imageSrc")
        self.srcLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.srcLabel.setWordWrap(True)
        grid.addWidget(self.srcLabel, 0, 1, 1, 2)
        self.captionLabel = QLabel()
        self.captionLabel.setObjectName("imageCaption")
        self.captionLabel.setWordWrap(True)
        set_text_colour(self.captionLabel, MUTED_COLOUR)
        small_font(self.captionLabel, italic=True)
        grid.addWidget(self.captionLabel, 1, 1, 1, 2)
        self.altEdit = QLineEdit()
        self.altEdit.setObjectName(f"imageAltEdit{self.index}")
        self.altEdit.setPlaceholderText(self.tr("Describe the image"))
        self.altEdit.setAccessibleDescription(
            self.tr("Describes the image for readers who cannot see it; Enter moves to the next image."))
        self.altEdit.textEdited.connect(self._on_alt_edited)
        self.altEdit.editingFinished.connect(self.commit)
        self.altEdit.returnPressed.connect(lambda: self.nextRequested.emit(self.index))
        grid.addWidget(self.altEdit, 2, 1, 1, 2)
        self.decorativeCheck = QCheckBox(self.tr("Decorative"))
        self.decorativeCheck.setObjectName(f"imageDecorativeCheck{self.index}")
        self.decorativeCheck.setAccessibleDescription(
            self.tr("Tick when the image adds nothing to the text; it is then published without a description."))
        self.decorativeCheck.toggled.connect(self._on_decorative_toggled)
        self.counter = CounterLabel(ALT_LIMIT)
        under = QHBoxLayout()
        under.addWidget(self.decorativeCheck, 1)
        under.addWidget(self.counter)
        grid.addLayout(under, 3, 1, 1, 2)
        self.lint = LintLabel()
        grid.addWidget(self.lint, 4, 0, 1, 3)
        grid.setColumnStretch(1, 1)

    # ----- showing --------------------------------------------------------------------------------
    def show_ref(self, ref: ImageRef, bundle: Path | None, force: bool = False) -> None:
        """Show `ref`; leaves the alt field alone while the writer is editing it, unless another article opened."""
        if not force and self.ref is not None and ref != self.ref and replace(ref, line=self.ref.line) == self.ref:
            self.ref = ref  # only moved (Enter typed above it): nothing on screen changes
            return
        self.ref = ref
        self._updating = True
        if force:
            self._write_timer.stop()  # pending text belonged to the article that was open before
        try:
            editing = not force and (self.altEdit.hasFocus() or self._write_timer.isActive())
            if not editing:
                alt = ref.alt or ""
                if self.altEdit.text() != alt:
                    self.altEdit.setText(alt)
                self.decorativeCheck.setChecked(ref.decorative)
            self.captionLabel.setText(ref.caption)
            self.captionLabel.setVisible(bool(ref.caption))
            self._show_file(ref, bundle)
            self.altEdit.setAccessibleName(self.tr("Alt text of image {0}, {1}").format(ref.index + 1, ref.src))
            self.decorativeCheck.setAccessibleName(self.tr("Image {0} is decorative").format(ref.index + 1))
        finally:
            self._updating = False
        self._update_feedback()

    def _show_file(self, ref: ImageRef, bundle: Path | None) -> None:
        line = self.tr("line {0}").format(ref.line)
        name = f"<b>{ref.src}</b>"
        where = f" <span style='color:{MUTED_COLOUR}'>· {line}</span>"
        if _is_remote(ref.src) or bundle is None:
            self.missing = False
            self._set_thumbnail_text(self.tr("remote"), error=False)
            self.srcLabel.setText(name + where)
            return
        state = self._thumbnails.lookup(bundle / ref.src)
        self.missing = state is Thumb.MISSING
        if isinstance(state, QPixmap):
            set_background(self.thumbnail, "#eef0f3")
            self.thumbnail.setPixmap(state)
            self.srcLabel.setText(name + where)
            return
        problem = {
            Thumb.MISSING: self.tr("file not found in the article folder"),
            Thumb.UNREADABLE: self.tr("not a readable image"),
        }.get(state)
        label = {Thumb.MISSING: self.tr("missing"), Thumb.UNREADABLE: self.tr("unreadable")}.get(state, "…")
        self._set_thumbnail_text(label, error=problem is not None)
        if problem is None:
            self.srcLabel.setText(name + where)
        else:
            self.srcLabel.setText(f"{name} <span style='color:{ERROR_COLOUR}'>· {problem}</span>{where}")

    def _set_thumbnail_text(self, text: str, error: bool) -> None:
        self.thumbnail.setPixmap(QPixmap())
        self.thumbnail.setText(text)
        background, colour = ("#fbe9e7", ERROR_COLOUR) if error else ("#eef0f3", MUTED_COLOUR)
        set_background(self.thumbnail, background)
        set_text_colour(self.thumbnail, colour)

    # ----- editing --------------------------------------------------------------------------------
    def _on_alt_edited(self, _text: str) -> None:
        self._update_feedback()
        self._write_timer.start()

    def _on_decorative_toggled(self, _checked: bool) -> None:
        self._update_feedback()
        if not self._updating:
            self.commit()

    def commit(self) -> None:
        """Send the field's alt text to the body now (on Enter, focus loss, decorative, or typing pause)."""
        self._write_timer.stop()
        if self.ref is None or self._updating:
            return
        alt, decorative = self.altEdit.text().strip(), self.decorativeCheck.isChecked()
        if (alt, decorative) == ((self.ref.alt or "").strip(), self.ref.decorative):
            return
        self.altCommitted.emit(self.index, alt, decorative)

    def _update_feedback(self) -> None:
        decorative = self.decorativeCheck.isChecked()
        self.altEdit.setEnabled(not decorative)
        self.altEdit.setPlaceholderText(
            self.tr("Decorative: published without a description") if decorative else self.tr("Describe the image")
        )
        alt = self.altEdit.text()
        self.counter.update_count(len(alt.strip()))
        self.counter.setVisible(not decorative)
        ref = self.ref
        if ref is None:
            return
        self.lint.show_problems(check_alt(alt.strip() or None, decorative, ref.caption, ref.src))


class ImagesPanel(QWidget):
    """All images of the open article's body; alt edits are written back into the Markdown."""

    def __init__(self, document: ArticleDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imagesPanel")
        self.setAccessibleName(self.tr("Images in the article"))
        self.document = document
        self.rows: list[ImageRow] = []
        self.thumbnails = ThumbnailLoader(THUMB_SIZE, self)
        self.thumbnails.ready.connect(self._on_thumbnail_ready)
        self._build()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._stale = False
        self._stale_force = False
        self._force_from: int | None = None  # the rows from this one on are to be shown afresh (another article)
        self._scanned: tuple[tuple[int, int], list[ImageRef]] | None = None  # (revision, its images)
        self._more = QTimer(self)  # the rows of a long article are built a few per event-loop turn
        self._more.setSingleShot(True)
        self._more.setInterval(0)
        self._more.timeout.connect(self._more_rows)
        document.bodyChanged.connect(self._on_body_changed)
        document.loaded.connect(self._on_loaded)
        document.slices.finished.connect(self._on_all_loaded)
        document.readOnlyChanged.connect(lambda _ro: self.refresh())
        self.refresh()

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setObjectName("imagesSummary")
        set_text_colour(self.summary, MUTED_COLOUR)
        self.summary.setContentsMargins(4, 2, 4, 2)
        self._rows_box = QWidget()
        self._rows_layout = QVBoxLayout(self._rows_box)
        self._rows_layout.setContentsMargins(4, 4, 4, 4)
        self._rows_layout.setSpacing(6)
        self._rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._rows_box)
        self._scroll = scroll
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the alt fields
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)

    def _on_body_changed(self) -> None:
        """A hidden panel (a tab behind the problems list) only notes the change; showing it catches up."""
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def _on_loaded(self) -> None:
        """Another article: a hidden panel waits until it is shown (opening a long article builds no rows)."""
        if self.isVisible():
            self.refresh(force=True)
        else:
            self._stale, self._stale_force = True, True

    def _on_all_loaded(self) -> None:
        """The last slice of a long article is in: the rows that waited for it are built from the next turn with
        room (the window's `TurnBudget`); the last slice's turn has the whole text's word count and catch-up."""
        if not (self._stale and self.isVisible()):
            return
        if self.document.turns is None:
            self.refresh(force=self._stale_force)
            return
        if self._stale_force:
            self._force_from = 0
        self._more.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh(force=self._stale_force)

    def refresh(self, force: bool = False, rows: int = ROWS_PER_TURN) -> None:
        """Bring the rows in line with the body: update in place, add or drop rows only at the end.

        `force` (another article opened) also overwrites fields being edited, whose text belonged to the old one.
        At most `rows` new rows are built per call; the rest follow on the next event-loop turns, ROWS_LATER each.
        While another thread is importing (at start-up: python-markdown, for the checks), it asks again shortly
        instead of waiting for that import on the GUI thread. While a long article goes into the editor a slice
        per turn, its rows wait for the last slice (`_on_all_loaded`): a few rows of ~5 ms each in the same turns
        as the slices made each turn long; the rows shown meanwhile, the last article's, take no typing."""
        if self.document.slices.active:
            self._stale, self._stale_force = True, self._stale_force or force
            for row in self.rows:
                row.setEnabled(False)
            return
        if self.document.bundle is not None and try_import("sr_editor.core.images.in_source") is None:
            QTimer.singleShot(IMPORT_RETRY_MS, self, lambda: self.refresh(force))
            return
        self._refresh_timer.stop()
        self._more.stop()
        self._stale = self._stale_force = False
        refs = self._refs() if self.document.bundle is not None else []
        bundle = self.document.bundle
        self.thumbnails.retain({bundle / ref.src for ref in refs} if bundle is not None else set())
        for _ in range(min(len(refs) - len(self.rows), rows)):
            row = ImageRow(len(self.rows), self.thumbnails, self._rows_box)
            row.altCommitted.connect(self._write_alt)
            row.nextRequested.connect(self._focus_after)
            self._rows_layout.insertWidget(len(self.rows), row)
            self.rows.append(row)
        while len(self.rows) > len(refs):
            row = self.rows.pop()
            row.hide()
            row.deleteLater()
        if force:
            self._force_from = 0
        if not self._show_rows(refs, rows):
            self._more.start()
        self._show_summary(refs)
        if len(self.rows) < len(refs):
            self._more.start()

    def _show_rows(self, refs: list[ImageRef], at_least: int) -> bool:
        """Bring the rows up to `refs`: at least `at_least` of those that change, then as many as the turn has room
        for (the window's `TurnBudget`; without one, all). False when some are left for a later turn."""
        turns, enabled, changed = self.document.turns, not self.document.read_only, 0
        for index, (row, ref) in enumerate(zip(self.rows, refs, strict=False)):
            force = self._force_from is not None and index >= self._force_from
            if force or row.ref != ref:  # unchanged rows cost nothing: a keystroke in a 50k-word text touches none
                if changed >= at_least and turns is not None and turns.spent():
                    if force:
                        self._force_from = index
                    return False  # another article's 50 rows at once were ~60 ms of the GUI thread
                row.show_ref(ref, self.document.bundle, force)
                changed += 1
            if row.isEnabled() != enabled:
                row.setEnabled(enabled)
        self._force_from = None
        return True

    def _more_rows(self) -> None:
        """The next rows of a long article, once the turn has room (the window's `TurnBudget`, which the
        editor's and the preview's slices share)."""
        turns = self.document.turns
        if turns is not None and not turns.may_start("images"):
            self._more.start()
            return
        self.refresh(rows=ROWS_LATER)

    @property
    def complete(self) -> bool:
        """Every image of the body has its row (False while a long article's rows are still being built)."""
        return not self._more.isActive() and not self._stale

    def _focus_after(self, index: int) -> None:
        """Type, Enter, next: the next image still needing words gets the caret (or simply the next one)."""
        later = self.rows[index + 1 :]
        target = next((r for r in later if r.altEdit.isEnabled() and not r.altEdit.text().strip()), None)
        target = target or next((r for r in later if r.altEdit.isEnabled()), None)
        if target is not None:
            self._scroll.ensureWidgetVisible(target)
            target.altEdit.setFocus(Qt.FocusReason.TabFocusReason)

    def _on_thumbnail_ready(self, path: str) -> None:
        bundle = self.document.bundle
        if bundle is None:
            return
        for row in self.rows:
            if row.ref is not None and str(bundle / row.ref.src) == path:
                row.show_ref(row.ref, bundle)

    def _show_summary(self, refs: list[ImageRef]) -> None:
        if not refs:
            self.summary.setText(self.tr("No images in the text."))
            return
        undescribed = sum(1 for r in refs if not r.decorative and not (r.alt or "").strip())
        text = self.tr("{0} images").format(len(refs)) if len(refs) != 1 else self.tr("1 image")
        if undescribed:
            text += " · " + self.tr("{0} without alt text").format(undescribed)
        self.summary.setText(text)

    def _refs(self) -> list[ImageRef]:
        """The images to show, of the text as it is now: scanned once per revision (the panel refreshes on other
        occasions too: shown, read-only toggled, the rows of a long article built a few per turn)."""
        text = self.document.text
        if self._scanned is None or self._scanned[0] != text.revision:
            self._scanned = (text.revision, _find_images(text.live()))
        return self._scanned[1]

    def _write_alt(self, index: int, alt: str, decorative: bool) -> None:
        if self.document.read_only:
            return
        body = self.document.text.exact()  # LF line ends, so replace_body touches only the changed alt text
        target = self._current_index(_find_images(body), self.rows[index].ref)
        if target is None:  # the image was edited away meanwhile; the field shows the body again
            self.refresh()
            return
        from sr_editor.core.images.in_source import set_image_alt

        new_body = set_image_alt(body, target, alt, decorative)
        if new_body != body:
            self.document.replace_body(new_body)

    @staticmethod
    def _current_index(refs: list[ImageRef], shown: ImageRef | None) -> int | None:
        """Where the row's image is in `refs`, the images of the text as it is now: the body may have changed
        since the row was shown (images added above), and a position found in an older text is never used."""
        if shown is None:
            return None
        if shown.index < len(refs) and refs[shown.index].src == shown.src:
            return shown.index
        same = [ref.index for ref in refs if ref.src == shown.src]
        if len(same) == 1:
            return same[0]
        return min(same, key=lambda i: abs(refs[i].line - shown.line), default=None)


def _find_images(body: str) -> list[ImageRef]:
    from sr_editor.import_guard import guard

    with guard("sr_editor.core.images.in_source"):  # python-markdown: once there is an article to read
        from sr_editor.core.images.in_source import find_images

    return find_images(body)
