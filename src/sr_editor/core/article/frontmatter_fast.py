"""A fast reader for the front matter almost every article has, giving exactly what the safe YAML loader gives.

Listing a cold workspace of 50,000 articles spent most of its time in the YAML loader (~0.25 ms a file, with our
strict constructor). Most front matters are a few `key: value` lines, flow lists of names and one nested mapping
(`featured_image:`). This reader accepts only that: plain values that YAML resolves to text, true/false or empty,
quoted text without escapes, `[a, b]` lists of plain names, one level of nesting, blank and comment lines.
Anything else -- an anchor, a tag, a date, a number, a tab, a control character, a key written twice, a
continuation line -- returns NOT_SIMPLE and the caller uses the full YAML loader, which keeps every validation
and every one-sentence error. Never a guess: when in doubt, NOT_SIMPLE.
"""

from __future__ import annotations

import re
from typing import Any, Final

import yaml

NOT_SIMPLE: Final = object()  # "use the YAML loader"

# A whole line: `key: value` (indented or not; the value without its trailing spaces), or blank, or a comment.
_LINE = re.compile(r"((?: *#[^\n]*| *)\n|( *)([A-Za-z_][A-Za-z0-9_]*):(?: +([^\n]*?))? *\n)")
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")
_UNSAFE_PLAIN = re.compile(r": | #|:$")  # a mapping inside the value, a comment, a key
_FLOW_FORBIDDEN = frozenset("[]{}:#'\"")
_STR = "tag:yaml.org,2002:str"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_resolver = yaml.resolver.Resolver()
_BOOLS: dict[str, bool] = yaml.constructor.SafeConstructor.bool_values
# First characters for which YAML may resolve a plain value to something other than text (ask the resolver)
_RESOLVED_FIRST = frozenset(yaml.resolver.Resolver.yaml_implicit_resolvers)


def load_simple(front: str) -> Any:
    """The front matter's mapping when it is of the simple kind (same value as the safe YAML loader), else
    NOT_SIMPLE. An empty front matter (only blank or comment lines) is an empty mapping."""
    if "\r" in front or "\t" in front:
        return NOT_SIMPLE
    if not front.endswith("\n"):
        front += "\n"
    lines = _LINE.findall(front)
    if sum(len(whole) for whole, _, _, _ in lines) != len(front):
        return NOT_SIMPLE  # a line that is neither `key: value`, blank nor a comment
    data: dict[str, Any] = {}
    nested: dict[str, Any] | None = None  # the mapping indented lines go to
    pending: str | None = None  # a top-level key with no value yet: None, or a mapping if indented lines follow
    indent = ""  # the nested lines' indentation, set by the first of them
    for _, depth, key, rest in lines:
        if not key:
            continue  # blank or comment line
        if key[0] in _RESOLVED_FIRST and _resolve(key) is not _STR_MARK:
            return NOT_SIMPLE
        if not depth:
            target = data
            nested = None
        elif pending is not None and nested is None:
            nested, indent = {}, depth
            data[pending] = nested
            target = nested
        elif nested is not None and depth == indent:
            target = nested
        else:
            return NOT_SIMPLE
        pending = None
        if key in target:
            return NOT_SIMPLE  # the YAML loader says which line holds it twice
        if not rest:
            target[key] = None
            if not depth:
                pending = key
            continue
        first = rest[0]
        if first == "'" or first == '"':
            value = _quoted(rest)
        elif first == "[":
            value = _flow_list(rest)
        else:
            value = _plain(rest, flow=False)
        if value is NOT_SIMPLE:
            return NOT_SIMPLE
        target[key] = value
    return data


_STR_MARK: Final = object()


def _quoted(text: str) -> Any:
    quote = text[0]
    if len(text) < 2 or text[-1] != quote or not text.isprintable():
        return NOT_SIMPLE
    inner = text[1:-1]
    if quote == '"':
        return NOT_SIMPLE if '"' in inner or "\\" in inner else inner
    if "'" in inner.replace("''", ""):
        return NOT_SIMPLE
    return inner.replace("''", "'")


def _flow_list(text: str) -> Any:
    if text[-1] != "]":
        return NOT_SIMPLE
    inner = text[1:-1].strip(" ")
    if not inner:
        return []
    items: list[Any] = []
    for part in inner.split(","):
        item = part.strip(" ")
        if not item or _FLOW_FORBIDDEN.intersection(item):
            return NOT_SIMPLE
        value = _plain(item, flow=True)
        if value is NOT_SIMPLE or value is None:
            return NOT_SIMPLE
        items.append(value)
    return items


def _plain(text: str, flow: bool) -> Any:
    """A plain (unquoted) value on one line, as YAML resolves it when that is text, true/false or empty."""
    if text[0] in _INDICATORS or not text.isprintable() or _UNSAFE_PLAIN.search(text) is not None:
        return NOT_SIMPLE
    if flow and _FLOW_FORBIDDEN.intersection(text):
        return NOT_SIMPLE
    if text[0] not in _RESOLVED_FIRST:
        return text
    resolved = _resolve(text)
    if resolved is _STR_MARK:
        return text
    if resolved == _BOOL:
        return _BOOLS[text.lower()]
    if resolved == _NULL:
        return None
    return NOT_SIMPLE


_resolved: dict[str, object] = {}  # keys and short values repeat across articles (statuses, authors, names)


def _resolve(text: str) -> object:
    found = _resolved.get(text)
    if found is None:
        tag = _resolver.resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
        found = _STR_MARK if tag == _STR else tag
        if len(text) <= 40 and len(_resolved) < 10_000:
            _resolved[text] = found
    return found
