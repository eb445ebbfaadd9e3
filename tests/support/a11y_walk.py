"""What a screen reader gets from a widget tree: every input's accessible name and description, read through
Qt's accessibility interface (so a QLabel buddy, a button's text and a tooltip count, as they do for Orca/NVDA).

`unnamed_inputs(root)` lists the inputs that would be announced without a name or without a description.
Qt-internal parts (scroll bars, the line edit inside a combo or spin box, item-view headers, dock title buttons,
the toolbar's overflow button) are not ours to name and are skipped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractButton, QAbstractSpinBox,
          QAbstractItemView, QAbstractSlider)
# Qt builds these inside its own widgets; their owner carries the name.
QT_INTERNAL_NAMES = ("qt_toolbar_ext_button", "qt_dockwidget_closebutton", "qt_dockwidget_floatbutton",
                     "qt_spinbox_lineedit", "qt_scrollarea_hcontainer", "qt_scrollarea_vcontainer")
QT_INTERNAL_TYPES = (QScrollBar, QHeaderView, QTabBar)
QT_INTERNAL_CLASSES = ("QTableCornerButton", "QComboBoxListView", "QCalendarView", "QLineEditIconButton")


def is_qt_internal(widget: QWidget) -> bool:
    if isinstance(widget, QT_INTERNAL_TYPES) or widget.objectName().startswith("qt_"):
        return True
    if widget.metaObject().className() in QT_INTERNAL_CLASSES:
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar)):
            return True  # the combo's line edit and popup, the spin box's line edit, the tab bar's scroll arrows
        parent = parent.parentWidget()
    return False


def spoken(widget: QWidget) -> tuple[str, str]:
    """The (name, description) an assistive technology reads for WIDGET: its accessible name, else the text of
    the QLabel whose buddy it is, else (a button) its own text. The description must be set explicitly (Qt would
    fall back to the tooltip, which a sighted mouse user sees but a keyboard user may never hear). A combo box's
    current item is its value, not its name (on Linux), so it needs one of the first two."""
    description = widget.accessibleDescription().strip()
    name = widget.accessibleName().strip() or buddy_text(widget)
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text().replace("&", "").strip()
        action = widget.defaultAction() if isinstance(widget, QToolButton) else None
        if not name and action is not None:
            name = action.text().replace("&", "").strip()
    return name, description


def buddy_text(widget: QWidget) -> str:
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text().replace("&", "").strip()
    return ""


def needs_description(widget: QWidget) -> bool:
    """A push button with words says what it does; an input, a check box and an icon-only button need more."""
    if isinstance(widget, QToolButton) and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly \
            and not widget.icon().isNull():
        return True  # a toolbar button shows only its icon, whatever its action's text
    if isinstance(widget, (QPushButton, QToolButton)) and not widget.isCheckable():
        return not widget.text().replace("&", "").strip()
    return True


def inputs_of(root: QWidget) -> list[QWidget]:
    found = [root] if isinstance(root, INPUTS) else []
    found += [w for w in root.findChildren(QWidget) if isinstance(w, INPUTS)]
    return [w for w in found if not is_qt_internal(w)]


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '?'}) under {_path(widget)}"


def _path(widget: QWidget) -> str:
    names = []
    parent = widget.parentWidget()
    while parent is not None and len(names) < 4:
        names.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    return "/".join(names)


def unnamed_inputs(root: QWidget) -> list[str]:
    """One line per input that a screen reader would announce without a name or a description."""
    problems = []
    for widget in inputs_of(root):
        name, description = spoken(widget)
        if not name:
            problems.append(f"no name: {describe(widget)}")
        elif needs_description(widget) and not description:
            problems.append(f"no description: {describe(widget)} named {name!r}")
    return problems


def unreachable_inputs(root: QWidget) -> list[str]:
    """One line per input that Tab can never reach. The toolbar's buttons are left out: every command on the
    toolbar is in the menus too, with its shortcut."""
    problems = []
    for widget in inputs_of(root):
        parent = widget.parentWidget()
        if isinstance(parent, QToolBar):
            continue
        if not widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value:
            problems.append(f"not reachable by Tab: {describe(widget)}")
    return problems
