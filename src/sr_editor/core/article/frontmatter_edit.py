"""Changing front-matter values in the writer's own text: comments, key order, quoting and layout survive.

When a value changes (the status, the regions, `remote:` written back by a publish), the front matter the
writer typed is loaded with ruamel.yaml's round-trip loader, only the changed values are replaced in that
tree, and it is written out again. Top-level keys whose values did not change are then put back as the exact
lines the writer typed (ruamel would normalise `key:   value` or `~`). The result must read back, with the
same safe PyYAML loader that validates every file, as exactly the new values; if it does not, the caller
falls back to a plain re-emission. ruamel only ever reads text that PyYAML's safe loader has already accepted,
and its round-trip constructor builds plain containers and scalars, never arbitrary Python objects.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

_INDENTED_SEQUENCE = re.compile(r"^( +)- ", re.MULTILINE)


class _CannotEdit(Exception):
    """The tree does not correspond to the values (merge keys, aliases, odd keys): use the plain dump."""


def edit_front_matter(
    raw_front: str, old: dict[str, Any], new: dict[str, Any], newline: str, same: Callable[[Any, Any], bool]
) -> str | None:
    """`raw_front` (which parsed as `old`) changed to hold `new`; None when that cannot be done faithfully.

    `same` compares two values as the caller does (NaN equal to NaN); the caller verifies the result."""
    try:
        return _edit(raw_front.replace("\r\n", "\n"), old, new, same).replace("\n", newline)
    except Exception as exc:  # any failure of the faithful path falls back to the plain, verified dump
        log.debug("front matter kept its layout only partly (%s: %s)", type(exc).__name__, exc)
        return None


def _yaml() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt", pure=True)
    yaml.preserve_quotes = True
    yaml.width = 2**31 - 1  # never fold a long line the writer kept on one line
    return yaml


def _edit(front: str, old: dict[str, Any], new: dict[str, Any], same: Callable[[Any, Any], bool]) -> str:
    yaml = _yaml()
    indented = _INDENTED_SEQUENCE.search(front)
    if indented:  # `tags:\n  - Haiti` stays indented like that
        offset = len(indented.group(1))
        yaml.indent(mapping=2, sequence=offset + 2, offset=offset)
    # ruamel's round-trip loader builds only its own containers and scalars (never Python objects), and `front`
    # was already accepted by PyYAML's safe loader before any edit reaches here.
    tree = yaml.load(front) if front.strip() else None
    if tree is None:
        from ruamel.yaml.comments import CommentedMap

        tree = CommentedMap()
    _patch_mapping(tree, old, new, same)
    out = io.StringIO()
    yaml.dump(tree, out)
    emitted = out.getvalue()
    if not old:
        return emitted
    return _keep_unchanged_lines(front, emitted, [k for k in new if k in old and same(old[k], new[k])])


def _patch_mapping(node: Any, old: dict[Any, Any], new: dict[Any, Any], same: Callable[[Any, Any], bool]) -> None:
    from ruamel.yaml.comments import CommentedMap

    if not isinstance(node, CommentedMap) or list(node.keys()) != list(old.keys()):
        raise _CannotEdit("the mapping's keys differ from the values read")
    for key in [k for k in old if k not in new]:
        del node[key]
    for position, (key, value) in enumerate(new.items()):
        if key not in old:
            node.insert(position, key, value)
        elif not same(old[key], value):
            node[key] = _patched(node[key], old[key], value, same)
    if list(node.keys()) != list(new.keys()):
        raise _CannotEdit("the keys would not be in the order asked for")


def _patched(node: Any, old: Any, new: Any, same: Callable[[Any, Any], bool]) -> Any:
    """The new value, in the container or quoting style the writer used for the old one."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import ScalarString

    if isinstance(old, dict) and isinstance(new, dict) and isinstance(node, CommentedMap):
        _patch_mapping(node, old, new, same)
        return node
    if isinstance(old, list) and isinstance(new, list) and isinstance(node, CommentedSeq) and len(node) == len(old):
        for index in range(min(len(old), len(new))):
            if not same(old[index], new[index]):
                node[index] = _patched(node[index], old[index], new[index], same)
        del node[len(new):]
        node.extend(new[len(old):])
        return node
    if isinstance(new, str) and isinstance(node, ScalarString) and "\n" not in new:
        return type(node)(new)  # "quoted" stays "quoted", 'single' stays 'single'
    return new


def _blocks(text: str) -> tuple[str, dict[Any, str]] | None:
    """The text before the first key, and each top-level key's lines (up to the next key); None if the
    layout is not one key per line at column 0 (a flow mapping, for instance)."""
    tree = _yaml().load(text)
    if not tree:
        return None
    lines = text.splitlines(keepends=True)
    starts: list[int] = []
    for key in tree:
        line, column = tree.lc.key(key)
        if column != 0 or (starts and line <= starts[-1]):
            return None
        starts.append(line)
    bounds = [*starts, len(lines)]
    blocks = {key: "".join(lines[bounds[i] : bounds[i + 1]]) for i, key in enumerate(tree)}
    return "".join(lines[: starts[0]]), blocks


def _keep_unchanged_lines(original: str, emitted: str, unchanged: list[Any]) -> str:
    before, after = _blocks(original), _blocks(emitted)
    if before is None or after is None:
        return emitted
    head, old_blocks = before
    _, new_blocks = after
    pieces = [head]
    for key, block in new_blocks.items():
        pieces.append(old_blocks[key] if key in unchanged and key in old_blocks else block)
    text = "".join(pieces)
    return text if text.endswith("\n") else text + "\n"
