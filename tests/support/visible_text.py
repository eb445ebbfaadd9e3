"""What a reader sees in a window, and which of it is cut off: the text of labels, buttons, group boxes,
placeholders, combo boxes, tabs, headers, menus, tool tips and accessible names, for the every-language test.

`Texts` maps each text to where it was seen (for the failure message); `cut_off` lists the texts wider than their
widget. Only widgets that are shown count: a hidden page or tab is visited by the tour, not read here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFontComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

SLACK = 2  # pixels of rounding a text may overflow by without being cut


@dataclass
class Seen:
    """Every text seen (with where), and the texts that do not fit their widget."""

    texts: dict[str, set[str]] = field(default_factory=dict)
    cut_off: list[str] = field(default_factory=list)
    clashes: list[str] = field(default_factory=list)  # two entries of one menu with the same Alt+letter

    def add(self, text: str, where: str) -> None:
        text = " ".join(text.split())
        if text:
            self.texts.setdefault(text, set()).add(where)

    def cut(self, text: str, where: str, need: int, have: int) -> None:
        self.cut_off.append(f"{where}: {text!r} needs {need} px, has {have}")


def plain(text: str) -> str:
    """A label's text as read: rich text without its tags and entities."""
    if not GuiQt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '-'})"


def _mnemonic_free(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def read_window(root: QWidget, seen: Seen) -> None:
    """Everything shown in `root` (a window or dialog) and its menus."""
    seen.add(root.windowTitle(), f"{_name(root)} title")
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isVisible() and widget.window() is root:
            read_widget(widget, seen)
    if isinstance(root, QMainWindow):
        read_menu_bar(root, seen)


def read_widget(widget: QWidget, seen: Seen) -> None:
    where = _name(widget)
    for text, kind in ((widget.toolTip(), "tool tip"), (widget.accessibleName(), "accessible name"),
                       (widget.accessibleDescription(), "accessible description")):
        seen.add(plain(text), f"{where} {kind}")
    if isinstance(widget, QLabel):
        _label(widget, seen)
    elif isinstance(widget, QAbstractButton):
        _button(widget, seen)
    elif isinstance(widget, QGroupBox):
        seen.add(_mnemonic_free(widget.title()), f"{where} title")
        _fits(widget, seen, _mnemonic_free(widget.title()))
    elif isinstance(widget, QLineEdit):
        _placeholder(widget, seen)
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        seen.add(widget.placeholderText(), f"{where} placeholder")
    elif isinstance(widget, QComboBox) and not isinstance(widget, QFontComboBox):  # font names are not ours
        _combo(widget, seen)
    elif isinstance(widget, QTabBar):
        _tabs(widget, seen)
    elif isinstance(widget, QHeaderView):
        _header(widget, seen)
    elif isinstance(widget, QDockWidget):
        seen.add(widget.windowTitle(), f"{where} title")
    elif isinstance(widget, QListWidget):
        for row in range(widget.count()):  # our own words there are placeholders, which cannot be selected
            item = widget.item(row)
            if item is not None and item.flags() == Qt.ItemFlag.NoItemFlags:
                seen.add(item.text(), f"{where} placeholder item")
    for action in widget.actions():
        _action(action, seen, f"{where} action")


def _label(label: QLabel, seen: Seen) -> None:
    where = _name(label)
    text = plain(label.text())
    if label.buddy() is not None:
        text = _mnemonic_free(text)
    seen.add(text, where)
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return
    room = label.contentsRect()
    if label.wordWrap():
        need = label.heightForWidth(room.width())
        if need > room.height() + SLACK:
            seen.cut(text, f"{where} (height)", need, room.height())
        return
    if GuiQt.mightBeRichText(label.text()):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(label.text())
        width = int(document.idealWidth())
    else:
        metrics = QFontMetrics(label.font())
        width = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    have = room.width() - 2 * label.margin() - max(0, label.indent())
    if width > have + SLACK:
        seen.cut(text, where, width, have)


def _button(button: QAbstractButton, seen: Seen) -> None:
    text = _mnemonic_free(button.text())
    seen.add(text, _name(button))
    if text.strip() and not (isinstance(button, QToolButton) and
                             button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly):
        _fits(button, seen, text)


def _fits(widget: QWidget, seen: Seen, text: str) -> None:
    """A widget given less than its minimum width shows its text cut (the layout could not make room)."""
    need = max(widget.minimumSizeHint().width(), 0)
    if text.strip() and widget.width() + SLACK < need:
        seen.cut(text, _name(widget), need, widget.width())


def _placeholder(edit: QLineEdit, seen: Seen) -> None:
    text = edit.placeholderText()
    seen.add(text, f"{_name(edit)} placeholder")
    if not text or edit.text():
        return
    side = sum(b.width() for b in edit.findChildren(QToolButton) if b.isVisible())  # clear button, actions
    margins = edit.textMargins()
    have = edit.width() - side - margins.left() - margins.right() - 12  # frame and the text's own margin
    need = QFontMetrics(edit.font()).horizontalAdvance(text)
    if need > have + SLACK:
        seen.cut(text, f"{_name(edit)} placeholder", need, have)


def _combo(combo: QComboBox, seen: Seen) -> None:
    where = _name(combo)
    for row in range(combo.count()):
        seen.add(combo.itemText(row), f"{where} item")
    text = combo.currentText()
    if not text or combo.isEditable():
        return
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field_rect = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                              QStyle.SubControl.SC_ComboBoxEditField, combo)
    need = QFontMetrics(combo.font()).horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    if need > field_rect.width() + SLACK:
        seen.cut(text, where, need, field_rect.width())


def _tabs(bar: QTabBar, seen: Seen) -> None:
    where = _name(bar)
    metrics = QFontMetrics(bar.font())
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for index in range(bar.count()):
        text = _mnemonic_free(bar.tabText(index))
        seen.add(text, f"{where} tab")
        need = metrics.horizontalAdvance(text) + space // 2
        place = bar.tabRect(index)
        have = min(place.width(), bar.width() - place.left())  # a tab past the bar's end hides behind its arrows
        if need > have + SLACK:
            seen.cut(text, f"{where} tab", need, have)


def _header(header: QHeaderView, seen: Seen) -> None:
    model = header.model()
    if model is None:
        return
    where = _name(header)
    metrics = QFontMetrics(header.font())
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    view = header.parentWidget()
    sorting = isinstance(view, QAbstractItemView) and getattr(view, "isSortingEnabled", lambda: False)()
    arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) if sorting else 0
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        seen.add(text, f"{where} section")
        if header.orientation() != Qt.Orientation.Horizontal or not text:
            continue
        need = metrics.horizontalAdvance(text) + 2 * margin
        need += arrow if header.sortIndicatorSection() == section else 0
        have = header.sectionSize(section)
        if need > have + SLACK:
            seen.cut(text, f"{where} section", need, have)


def _action(action: QAction, seen: Seen, where: str) -> None:
    if action.isSeparator() or not action.isVisible():
        return
    name = action.objectName() or _mnemonic_free(action.text())
    seen.add(_mnemonic_free(action.text()), f"{where} {name}")
    if action.toolTip() != _mnemonic_free(action.text()):  # Qt's default tool tip is the text itself
        seen.add(action.toolTip(), f"{where} {name} tool tip")
    seen.add(action.statusTip(), f"{where} {name} status tip")


def mnemonic(text: str) -> str:
    """The letter after the single '&' of a menu text ('' when none)."""
    cleaned = text.replace("&&", "")
    place = cleaned.find("&")
    return cleaned[place + 1].casefold() if 0 <= place < len(cleaned) - 1 else ""


def _clashes(actions: list[QAction], seen: Seen, where: str) -> None:
    taken: dict[str, str] = {}
    for action in actions:
        letter = mnemonic(action.text()) if action.isVisible() and not action.isSeparator() else ""
        if letter and letter in taken:
            seen.clashes.append(f"{where}: {taken[letter]!r} and {action.text()!r} both use Alt+{letter}")
        taken.setdefault(letter, action.text())


def read_menu(menu: QMenu, seen: Seen, where: str) -> None:
    seen.add(_mnemonic_free(menu.title()), f"{where} menu")
    _clashes(menu.actions(), seen, f"{where} ▸ {_mnemonic_free(menu.title())}")
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            read_menu(submenu, seen, f"{where} ▸ {_mnemonic_free(menu.title())}")
        else:
            _action(action, seen, f"{where} ▸ {_mnemonic_free(menu.title())}")


def read_menu_bar(window: QMainWindow, seen: Seen) -> None:
    """Every menu and action; a menu title pushed off the bar's end (into the » extension) counts as cut."""
    bar = window.menuBar()
    _clashes(bar.actions(), seen, "menu bar")
    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            read_menu(menu, seen, "menu bar")
        place = bar.actionGeometry(action)
        if bar.isVisible() and (place.isEmpty() or place.right() > bar.width()):
            seen.cut(_mnemonic_free(action.text()), "menu bar", place.right(), bar.width())


def fold(texts: Iterable[str]) -> set[str]:
    return {" ".join(t.split()) for t in texts}
