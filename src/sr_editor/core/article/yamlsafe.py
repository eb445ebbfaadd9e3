"""The one way we read YAML: safe loaders only (libyaml's when present), never `yaml.load` with a full loader."""

from __future__ import annotations

from typing import Any

import yaml

SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_safe(text: str, loader: type[yaml.SafeLoader] = SafeLoader) -> Any:
    """Parse one YAML document with a SafeLoader (sub)class; raises yaml.YAMLError like yaml.safe_load."""
    if not issubclass(loader, (yaml.SafeLoader, SafeLoader)):
        raise TypeError(f"{loader.__name__} is not a safe YAML loader")
    parser = loader(text)
    try:
        return parser.get_single_data()
    finally:
        parser.dispose()
