"""What a front matter's values may be: the shapes of the known keys, and values YAML builds but we cannot use.

Every value a safe YAML loader can build ends here as either accepted or a BrokenArticleError naming the key,
its line and the reason: an impossible date, a number too long to print, a set where a list of names belongs.
Nothing is guessed: a wrong type is never silently converted (`regions: Latin America` is not a list).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from sr_editor.core.errors import BrokenArticleError
from sr_editor.core.i18n import translate

# Python refuses to print an int of more than 4,300 decimal digits (sys.int_max_str_digits); hex and binary
# YAML ints are exempt from that limit when read, so check the size of what was built.
MAX_INT_BITS = 14_000

_TEXT_KEYS = ("title", "slug", "excerpt", "status", "author")
_LIST_KEYS = ("regions", "tags")
_IMAGE_TEXT_KEYS = ("src", "alt", "caption", "credit")
def _tag_name(short: str) -> str:
    """What a YAML tag means, for a sentence (built when needed, in the interface language)."""
    names = {
        "timestamp": translate("frontmatter", "a date"), "float": translate("frontmatter", "a number"),
        "int": translate("frontmatter", "a whole number"), "bool": translate("frontmatter", "true or false"),
        "binary": translate("frontmatter", "base64 data"), "null": translate("frontmatter", "an empty value"),
        "str": translate("frontmatter", "text"),
    }
    return names.get(short) or translate("frontmatter", "a valid {0}").format(short)


class ValueProblem(yaml.constructor.ConstructorError):
    """A scalar YAML parsed but its tag cannot build: `2021-02-30`, `!!float abc`, a 5000-digit number."""


def value_problem(node: yaml.Node, exc: Exception) -> ValueProblem:
    """The sentence for a value the constructor refused, pointing at the node."""
    tag = str(node.tag)
    short = tag.rsplit(":", 1)[-1] if tag.startswith("tag:yaml.org,2002:") else tag
    if isinstance(node, yaml.ScalarNode):
        text = str(node.value)
        shown = text if len(text) <= 40 else f"{text[:37]}..."
        if "digits" in str(exc) or "int_max_str_digits" in str(exc):
            reason = translate("frontmatter", "the number on this line has {0} digits, more than can be used").format(
                len(text))
        else:
            reason = translate("frontmatter", "'{0}' is not {1}{2}").format(shown, _tag_name(short), _detail(exc))
    else:
        reason = translate("frontmatter", "this {0} value cannot be read{1}").format(short, _detail(exc))
    return ValueProblem(None, None, reason, node.start_mark)


def _detail(exc: Exception) -> str:
    """' (day is out of range for month)' when Python's reason helps; '' for internal lookups that failed."""
    text = str(exc).strip()
    if isinstance(exc, KeyError | AttributeError | IndexError) or not text:
        return ""
    return f" ({text.splitlines()[0][:120]})"


def check_values(data: dict[str, Any], front: str, path: Path | str, numbers: bool = True) -> None:
    """Known keys have their documented shapes, and no value anywhere is unusable; BrokenArticleError if not.
    `numbers=False` skips looking for numbers too long to use (the caller knows `data` holds none)."""
    for key, value in data.items():
        if numbers and _has_huge_int(value):
            raise BrokenArticleError(path, translate("frontmatter", "'{0}' holds a number too long to use").format(
                key), key_line(front, key))
    for key in _TEXT_KEYS:
        if key in data and not _text_like(data[key]):
            raise BrokenArticleError(path, translate(
                "frontmatter", "'{0}' must be a single value (text), not {1}").format(key, _kind(data[key])),
                key_line(front, key))
    for key in _LIST_KEYS:
        _check_names(key, data.get(key), front, path)
    _check_date(data.get("date"), front, path)
    _check_featured_image(data.get("featured_image"), front, path)
    remote = data.get("remote")
    if remote is not None and not isinstance(remote, dict):
        raise BrokenArticleError(path, translate(
            "frontmatter", "'remote' must be a mapping (key: value lines), not {0}").format(_kind(remote)),
            key_line(front, "remote"))


def _check_names(key: str, value: Any, front: str, path: Path | str) -> None:
    if value is None:
        return
    if not isinstance(value, list):
        raise BrokenArticleError(path, translate(
            "frontmatter", "'{0}' must be a list of names like [{1}], not {2}").format(
                key, "Latin America" if key == "regions" else "Haiti", _kind(value)), key_line(front, key))
    for number, item in enumerate(value, start=1):
        if item is not None and not isinstance(item, str) and not _plain_int(item):
            raise BrokenArticleError(path, translate(
                "frontmatter", "'{0}' must be a list of names; entry {1} is {2}").format(key, number, _kind(item)),
                key_line(front, key))


def _check_date(value: Any, front: str, path: Path | str) -> None:
    if value is None or isinstance(value, date):
        return
    if isinstance(value, str):
        text = value.strip()
        if not text or _iso_datetime(text):
            return
    raise BrokenArticleError(path, translate(
        "frontmatter", "'date' must be a date like 2021-02-28 or 2021-02-28T10:00:00Z, not {0}").format(_kind(value)),
        key_line(front, "date"))


def _iso_datetime(text: str) -> bool:
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return False
    return True


def _check_featured_image(value: Any, front: str, path: Path | str) -> None:
    if value is None or isinstance(value, str):
        return  # `featured_image: photo.jpg` is a documented shorthand
    if isinstance(value, dict) and all(_text_like(value.get(sub)) for sub in _IMAGE_TEXT_KEYS) and isinstance(
            value.get("decorative", False), bool | None):
        return  # the usual case, without looking for the line
    line = key_line(front, "featured_image")
    if not isinstance(value, dict):
        raise BrokenArticleError(path, translate(
            "frontmatter", "'featured_image' must be a mapping (key: value lines) or a file name, not {0}").format(
                _kind(value)), line)
    for sub in _IMAGE_TEXT_KEYS:
        if sub in value and not _text_like(value[sub]):
            raise BrokenArticleError(path, translate(
                "frontmatter", "'featured_image.{0}' must be a single value (text), not {1}").format(
                    sub, _kind(value[sub])), line)
    decorative = value.get("decorative")
    if decorative is not None and not isinstance(decorative, bool):
        raise BrokenArticleError(path, translate(
            "frontmatter", "'featured_image.decorative' must be true or false, not {0}").format(_kind(decorative)),
            line)


def _text_like(value: Any) -> bool:
    """A scalar that reads as text: str, number, date; None means empty. Not bytes, sets, lists, mappings."""
    return value is None or isinstance(value, str | int | float | date)


def _plain_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _has_huge_int(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, int):
            if item.bit_length() > MAX_INT_BITS:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            stack.extend(item)
    return False


def _kind(value: Any) -> str:
    """'the text "x"', 'a number', 'a list'... for a sentence."""
    if value is None:
        return translate("frontmatter", "empty")
    if isinstance(value, bool):
        return translate("frontmatter", "'{0}' (true or false)").format(str(value).lower())
    if isinstance(value, str):
        shown = value if len(value) <= 40 else f"{value[:37]}..."
        return translate("frontmatter", "the text '{0}'").format(shown)
    if isinstance(value, int | float):
        return translate("frontmatter", "a number")
    names = {dict: translate("frontmatter", "a mapping"), list: translate("frontmatter", "a list"),
             set: translate("frontmatter", "a set"), tuple: translate("frontmatter", "a pair"),
             bytes: translate("frontmatter", "binary data")}
    for kind, name in names.items():
        if isinstance(value, kind):
            return name
    if isinstance(value, date):
        return translate("frontmatter", "a date")
    return translate("frontmatter", "a {0}").format(type(value).__name__)


def key_line(front: str, key: str) -> int | None:
    """The file line (1-based, counting the opening '---') where a top-level key is written."""
    for number, line in enumerate(front.splitlines(), start=2):
        if line.startswith(f"{key}:") or line.startswith((f'"{key}":', f"'{key}':")):
            return number
    return None
