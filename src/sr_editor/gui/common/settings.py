"""One typed settings object over an INI file in the user's config folder; window state lives in a second file.

Preferences (what the user chose) and window state (where the window was) are kept apart so resetting one
never loses the other. Every value has a default and a type; a hand-edited bad value falls back to the default.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar, cast, overload

from PySide6.QtCore import QByteArray, QSettings

from sr_editor import paths
from sr_editor.core.images.files import MAX_IMAGE_WIDTH

DEFAULT_AUTOSAVE_MS = 1000
DEFAULT_MAX_IMAGE_WIDTH = MAX_IMAGE_WIDTH
DEFAULT_FONT_FAMILY = "Noto Sans Mono"
DEFAULT_FONT_SIZE = 11
DEFAULT_LANGUAGE = "en"
RECENT_LIMIT = 8
THEMES = ("system", "light", "dark")

T = TypeVar("T")  # bool, int or str


def _ini(name: str, config_dir: Path | None) -> QSettings:
    folder = config_dir or paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / name), QSettings.Format.IniFormat)


class Setting(Generic[T]):
    """One preference of `Settings`, declared as a class attribute: its INI key, its default (whose type is the
    value's), a `clean` step for what is read, and a `valid` test; a value that is unreadable or not valid, such as
    a hand-edited one, reads as the default."""

    def __init__(self, key: str, default: T, valid: Callable[[T], bool] = lambda _value: True,
                 clean: Callable[[T], T] = lambda value: value) -> None:
        self.key, self.default, self.valid, self.clean = key, default, valid, clean

    @overload
    def __get__(self, settings: None, owner: type) -> Setting[T]: ...

    @overload
    def __get__(self, settings: Settings, owner: type) -> T: ...

    def __get__(self, settings: Settings | None, owner: type) -> Setting[T] | T:
        if settings is None:
            return self
        try:
            value = self.clean(_typed(settings._qs.value(self.key, self.default), self.default))
        except (TypeError, ValueError):
            return self.default
        return value if self.valid(value) else self.default

    def __set__(self, settings: Settings, value: T) -> None:
        settings._qs.setValue(self.key, _typed(value, self.default))


def _typed(value: object, default: T) -> T:
    """`value` as the type of `default` (bool, int or str): INI files give strings ("true", "11")."""
    converted: object
    if isinstance(default, bool):
        converted = value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
    elif isinstance(default, int):
        converted = value if isinstance(value, int) else int(str(value))
    else:
        converted = str(value)
    return cast(T, converted)


class Settings:
    """User preferences: workspace, preview visibility, editor font, autosave, image width, last article. Each is
    a `Setting` in the table below: read and written as an attribute (`settings.theme = "dark"`)."""

    last_article = Setting("workspace/last_article", "")  # folder name of the article open at quit
    preview_visible = Setting("view/preview_visible", True)
    editor_font_family = Setting("editor/font_family", DEFAULT_FONT_FAMILY)
    editor_font_size = Setting("editor/font_size", DEFAULT_FONT_SIZE, lambda size: 6 <= size <= 48)
    autosave_enabled = Setting("saving/autosave", True)
    autosave_delay_ms = Setting("saving/autosave_delay_ms", DEFAULT_AUTOSAVE_MS, lambda ms: 100 <= ms <= 60_000)
    max_image_width = Setting("images/max_width", DEFAULT_MAX_IMAGE_WIDTH, lambda width: 200 <= width <= 20_000)
    spell_check_enabled = Setting("spelling/enabled", True)
    # the language of articles without `lang:` in their front matter ('en', 'es', 'pt-BR')
    spelling_language = Setting("spelling/default_language", DEFAULT_LANGUAGE, bool, str.strip)
    theme = Setting("view/theme", "system", lambda value: value in THEMES)  # 'system' follows the desktop
    dark_preview = Setting("view/dark_preview", False)  # off: in a dark theme the preview keeps the site's look
    interface_language = Setting("view/interface_language", "", clean=str.strip)  # '': the system locale's

    def __init__(self, config_dir: Path | None = None) -> None:
        self._qs = _ini("settings.ini", config_dir)

    @property
    def file_path(self) -> Path:
        return Path(self._qs.fileName())

    @property
    def workspace_path(self) -> Path | None:
        value = str(self._qs.value("workspace/path", "") or "")
        return Path(value) if value else None

    @workspace_path.setter
    def workspace_path(self, value: Path | None) -> None:
        self._qs.setValue("workspace/path", str(value) if value else "")

    @property
    def recent_workspaces(self) -> list[Path]:
        """Workspaces opened before, newest first (File > Recent workspaces)."""
        value = self._qs.value("workspace/recent", [])
        items: list[object] = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        return [Path(str(item)) for item in items if str(item).strip()][:RECENT_LIMIT]

    def remember_workspace(self, root: Path) -> None:
        """Make `root` the workspace to reopen and the first of the recent ones."""
        self.workspace_path = root
        others = [p for p in self.recent_workspaces if p != root]
        self._qs.setValue("workspace/recent", [str(p) for p in [root, *others][:RECENT_LIMIT]])

    def forget_workspace(self, root: Path) -> None:
        self._qs.setValue("workspace/recent", [str(p) for p in self.recent_workspaces if p != root])

    def sync(self) -> None:
        self._qs.sync()


class WindowState:
    """Geometry, dock layout and splitter sizes, stored apart from preferences."""

    def __init__(self, config_dir: Path | None = None) -> None:
        self._qs = _ini("window-state.ini", config_dir)

    def load(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save(self, key: str, value: QByteArray) -> None:
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()
