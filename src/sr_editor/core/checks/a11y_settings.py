"""The accessibility checks' thresholds, per workspace: `.sr-editor/accessibility.json`, every key optional.

    {"section_words": 400, "caps_share": 0.7, "caps_min_words": 3, "bold_heading_chars": 120}

Missing, unreadable or out-of-range values fall back to the defaults (with a line in the log): a hand-edited
file never stops the checks.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, fields, replace
from pathlib import Path

log = logging.getLogger(__name__)

SETTINGS_NAME = "accessibility.json"
STATE_DIR = ".sr-editor"
MAX_FILE_BYTES = 64 * 1024


@dataclass(frozen=True)
class A11ySettings:
    section_words: int = 400  # words under one heading (or before the first) before a subheading is asked for
    caps_share: float = 0.7  # share of a paragraph's words written in capitals that makes it "mostly capitals"
    caps_min_words: int = 3  # fewer words of four letters or more in capitals than this are never flagged
    bold_heading_chars: int = 120  # a bold-only paragraph longer than this is emphasis, not a heading


_BOUNDS: dict[str, tuple[float, float]] = {
    "section_words": (50, 100_000),
    "caps_share": (0.1, 1.0),
    "caps_min_words": (1, 1_000),
    "bold_heading_chars": (10, 10_000),
}


def settings_path(workspace_root: Path) -> Path:
    return workspace_root / STATE_DIR / SETTINGS_NAME


def load_settings(workspace_root: Path | None) -> A11ySettings:
    """The workspace's thresholds, defaults for what it does not set (or sets wrongly)."""
    settings = A11ySettings()
    if workspace_root is None:
        return settings
    path = settings_path(workspace_root)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return settings
    except OSError as exc:
        log.warning("accessibility settings %s unreadable: %s", path, exc)
        return settings
    try:
        data = json.loads(raw.decode("utf-8")) if len(raw) <= MAX_FILE_BYTES else None
    except (UnicodeDecodeError, ValueError) as exc:
        log.warning("accessibility settings %s are not JSON: %s", path, exc)
        return settings
    if not isinstance(data, dict):
        log.warning("accessibility settings %s: expected an object of thresholds", path)
        return settings
    return _apply(settings, data, path)


def _apply(settings: A11ySettings, data: dict[object, object], path: Path) -> A11ySettings:
    chosen: dict[str, int | float] = {}
    for spec in fields(A11ySettings):
        value = data.get(spec.name)
        if value is None:
            continue
        low, high = _BOUNDS[spec.name]
        if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
            log.warning("accessibility settings %s: %s must be a number from %s to %s", path, spec.name, low, high)
            continue
        chosen[spec.name] = float(value) if spec.name == "caps_share" else int(value)
    return replace(settings, **chosen)  # type: ignore[arg-type]


def find_workspace_root(bundle: Path) -> Path | None:
    """The nearest folder above the article holding `.sr-editor/`, else the article's parent folder."""
    for folder in bundle.parents:
        if (folder / STATE_DIR).is_dir():
            return folder
    return bundle.parent if bundle.parent != bundle else None
