"""Where things live: resources, the user's config folder and the default workspace (env vars override)."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """`resources/`: shipped inside the package by `pip install .` (sr_editor/resources), else the source
    tree's (editable installs, tests), or a frozen build's."""
    override = os.environ.get("SR_EDITOR_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return _package_resources()


@functools.cache
def _package_resources() -> Path:
    """Where this copy of the package keeps them; found once (resolving the path costs ~0.2 ms a call, and the
    window's first paint asks a dozen times)."""
    here = Path(__file__).resolve().parent
    installed = here / "resources"
    return installed if (installed / "regions.yaml").is_file() else here.parents[1] / "resources"


def config_dir() -> Path:
    """User settings (site profiles, window settings); never inside a workspace."""
    override = os.environ.get("SR_EDITOR_CONFIG_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "sr-editor"


def default_workspace() -> Path:
    """`SR_EDITOR_WORKSPACE`, else `~/Documents/sr-editor` (XDG documents folder when set)."""
    override = os.environ.get("SR_EDITOR_WORKSPACE")
    if override:
        return Path(override).expanduser()
    docs = os.environ.get("XDG_DOCUMENTS_DIR")
    base = Path(docs).expanduser() if docs else Path.home() / "Documents"
    return base / "sr-editor"


def cache_dir() -> Path:
    """Files made again when lost (the British spelling list): `SR_EDITOR_CACHE_DIR`, else
    `$XDG_CACHE_HOME/sr-editor`."""
    override = os.environ.get("SR_EDITOR_CACHE_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sr-editor"


def data_dir() -> Path:
    """User data (the personal spelling word list): `SR_EDITOR_DATA_DIR`, else `$XDG_DATA_HOME/sr-editor`."""
    override = os.environ.get("SR_EDITOR_DATA_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "sr-editor"
