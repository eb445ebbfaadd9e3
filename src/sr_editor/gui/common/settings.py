"""One typed settings object over an INI file in the user's config folder; window state lives in a second file.

Preferences (what the user chose) and window state (where the window was) are kept apart so resetting one
never loses the other. Every value has a default and a type; a hand-edited bad value falls back to the default.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from sr_editor import paths
from sr_editor.core.images.files import MAX_IMAGE_WIDTH

DEFAULT_AUTOSAVE_MS = 1000
DEFAULT_MAX_IMAGE_WIDTH = MAX_IMAGE_WIDTH
DEFAULT_FONT_FAMILY = "Noto Sans Mono"
DEFAULT_FONT_SIZE = 11
DEFAULT_LANGUAGE = "en"
RECENT_LIMIT = 8


def _ini(name: str, config_dir: Path | None) -> QSettings:
    folder = config_dir or paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / name), QSettings.Format.IniFormat)


class Settings:
    """User preferences: workspace, preview visibility, editor font, autosave, image width, last article."""

    def __init__(self, config_dir: Path | None = None) -> None:
        self._qs = _ini("settings.ini", config_dir)

    def _get(self, key: str, default: Any, kind: type) -> Any:
        value = self._qs.value(key, default)
        try:
            if kind is bool:
                return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
            return kind(value)
        except (TypeError, ValueError):
            return default

    def _set(self, key: str, value: Any) -> None:
        self._qs.setValue(key, value)

    @property
    def file_path(self) -> Path:
        return Path(self._qs.fileName())

    @property
    def workspace_path(self) -> Path | None:
        value = self._get("workspace/path", "", str)
        return Path(value) if value else None

    @workspace_path.setter
    def workspace_path(self, value: Path | None) -> None:
        self._set("workspace/path", str(value) if value else "")

    @property
    def last_article(self) -> str:
        """Folder name of the article open at quit, relative to the workspace."""
        return str(self._get("workspace/last_article", "", str))

    @last_article.setter
    def last_article(self, value: str) -> None:
        self._set("workspace/last_article", value)

    @property
    def preview_visible(self) -> bool:
        return bool(self._get("view/preview_visible", True, bool))

    @preview_visible.setter
    def preview_visible(self, value: bool) -> None:
        self._set("view/preview_visible", bool(value))

    @property
    def editor_font_family(self) -> str:
        return str(self._get("editor/font_family", DEFAULT_FONT_FAMILY, str))

    @editor_font_family.setter
    def editor_font_family(self, value: str) -> None:
        self._set("editor/font_family", value)

    @property
    def editor_font_size(self) -> int:
        size = int(self._get("editor/font_size", DEFAULT_FONT_SIZE, int))
        return size if 6 <= size <= 48 else DEFAULT_FONT_SIZE

    @editor_font_size.setter
    def editor_font_size(self, value: int) -> None:
        self._set("editor/font_size", int(value))

    @property
    def autosave_enabled(self) -> bool:
        return bool(self._get("saving/autosave", True, bool))

    @autosave_enabled.setter
    def autosave_enabled(self, value: bool) -> None:
        self._set("saving/autosave", bool(value))

    @property
    def autosave_delay_ms(self) -> int:
        delay = int(self._get("saving/autosave_delay_ms", DEFAULT_AUTOSAVE_MS, int))
        return delay if 100 <= delay <= 60_000 else DEFAULT_AUTOSAVE_MS

    @autosave_delay_ms.setter
    def autosave_delay_ms(self, value: int) -> None:
        self._set("saving/autosave_delay_ms", int(value))

    @property
    def max_image_width(self) -> int:
        width = int(self._get("images/max_width", DEFAULT_MAX_IMAGE_WIDTH, int))
        return width if 200 <= width <= 20_000 else DEFAULT_MAX_IMAGE_WIDTH

    @max_image_width.setter
    def max_image_width(self, value: int) -> None:
        self._set("images/max_width", int(value))

    @property
    def recent_workspaces(self) -> list[Path]:
        """Workspaces opened before, newest first (File > Recent workspaces)."""
        value = self._qs.value("workspace/recent", [])
        items: list[Any] = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        return [Path(str(item)) for item in items if str(item).strip()][:RECENT_LIMIT]

    def remember_workspace(self, root: Path) -> None:
        """Make `root` the workspace to reopen and the first of the recent ones."""
        self.workspace_path = root
        others = [p for p in self.recent_workspaces if p != root]
        self._set("workspace/recent", [str(p) for p in [root, *others][:RECENT_LIMIT]])

    def forget_workspace(self, root: Path) -> None:
        self._set("workspace/recent", [str(p) for p in self.recent_workspaces if p != root])

    @property
    def spell_check_enabled(self) -> bool:
        return bool(self._get("spelling/enabled", True, bool))

    @spell_check_enabled.setter
    def spell_check_enabled(self, value: bool) -> None:
        self._set("spelling/enabled", bool(value))

    @property
    def spelling_language(self) -> str:
        """The language of articles without `lang:` in their front matter ('en', 'es', 'pt-BR')."""
        return str(self._get("spelling/default_language", DEFAULT_LANGUAGE, str)).strip() or DEFAULT_LANGUAGE

    @spelling_language.setter
    def spelling_language(self, value: str) -> None:
        self._set("spelling/default_language", value)

    @property
    def theme(self) -> str:
        """'system' (follow the desktop), 'light' or 'dark'."""
        value = str(self._get("view/theme", "system", str))
        return value if value in ("system", "light", "dark") else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._set("view/theme", value)

    @property
    def dark_preview(self) -> bool:
        """Dark preview in a dark theme; off: the preview keeps the site's light look."""
        return bool(self._get("view/dark_preview", False, bool))

    @dark_preview.setter
    def dark_preview(self, value: bool) -> None:
        self._set("view/dark_preview", bool(value))

    @property
    def interface_language(self) -> str:
        """'' follows the system locale; else a language code such as 'es' or 'pt-BR'."""
        return str(self._get("view/interface_language", "", str)).strip()

    @interface_language.setter
    def interface_language(self, value: str) -> None:
        self._set("view/interface_language", value)

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
