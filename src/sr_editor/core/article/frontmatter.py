"""Reading and writing `index.md`: YAML front matter between `---` lines, then the Markdown body.

Parsing never guesses: a file we cannot read exactly is reported as broken (path, line, reason) and the
caller must not rewrite it. Serializing is deterministic, and when the front matter was not changed since it
was parsed its original text is written back verbatim, so hand-written comments and quoting survive.
"""

from __future__ import annotations

import copy
import os
import re
from pathlib import Path
from typing import Any

import yaml

from sr_editor.core.article.article import Article
from sr_editor.core.article.frontmatter_check import ValueProblem, check_values, key_line, value_problem
from sr_editor.core.article.frontmatter_edit import edit_front_matter
from sr_editor.core.article.frontmatter_fast import NOT_SIMPLE, load_simple
from sr_editor.core.article.yamlsafe import load_safe
from sr_editor.core.errors import BrokenArticleError, UnwritableMetadataError
from sr_editor.core.i18n import translate

MAX_ARTICLE_BYTES = 20 * 1024 * 1024
DELIMITER = "---"
_BOM = "\ufeff"
# A front matter with more values than this (counting alias reuse) is refused: YAML aliases can make a tiny
# file expand into billions of values ("billion laughs"), which would hang comparisons and copies.
MAX_FRONT_MATTER_NODES = 100_000
_CLOSING = re.compile(r"^---\r*$", re.MULTILINE)  # a line that is '---' once its line end ('\r'... '\n') is cut

# libyaml's safe loader when available (about 10x faster on a cold workspace listing); same safe semantics.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SafeDumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


_CONSTRUCTOR_FAILURES = (ValueError, TypeError, KeyError, AttributeError, OverflowError, IndexError)


class _StrictLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    """The safe loader, refusing a key written twice in one mapping: PyYAML would silently keep the last one,
    and the first value would be lost on the next save."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        if not isinstance(node, yaml.MappingNode):  # `!!set 2021` tags a scalar as a mapping
            raise value_problem(node, TypeError(translate("frontmatter", "a mapping tag on a single value")))
        seen: dict[Any, yaml.Node] = {}
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = key_node.value
            if key in seen:
                first = seen[key].start_mark.line + 2
                raise yaml.constructor.ConstructorError(
                    None, None, translate("frontmatter", "the key '{0}' appears twice (first on line {1})").format(
                        key, first), key_node.start_mark
                )
            seen[key] = key_node
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        """A value the safe constructor cannot build (`2021-02-30`, `!!float abc`, `!!bool maybe`, a 5000-digit
        number) is a YAML error pointing at its line, not a Python exception escaping from the loader."""
        try:
            return super().construct_object(node, deep=deep)
        except yaml.YAMLError:
            raise
        except _CONSTRUCTOR_FAILURES as exc:
            raise value_problem(node, exc) from exc

    def construct_document(self, node: yaml.Node) -> Any:
        """Collections are filled after construct_object returns; a failure there points at the document."""
        try:
            return super().construct_document(node)
        except yaml.YAMLError:
            raise
        except _CONSTRUCTOR_FAILURES as exc:
            raise value_problem(node, exc) from exc

def _line_ending(line: str) -> str:
    if line.endswith("\r\n"):
        return "\r\n"
    if line.endswith("\n"):
        return "\n"
    return ""


def decode_article_bytes(data: bytes, path: Path | str) -> str:
    """Bytes to text, refusing what is too large, binary, or not UTF-8."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise BrokenArticleError(path, _too_large(len(data)))
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise BrokenArticleError(path, translate("frontmatter", "the file contains binary data (a NUL byte), not text"),
                                 line)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BrokenArticleError(path, translate(
            "frontmatter", "the file is not valid UTF-8 text (byte 0x{0} at offset {1})").format(
                f"{data[exc.start]:02x}", exc.start), line) from exc


def _too_large(size: int) -> str:
    return translate("frontmatter", "the file is {0} MB; articles over {1} MB are not opened").format(
        f"{size / 1e6:.1f}", MAX_ARTICLE_BYTES // 2**20)


def parse_article(text: str, path: Path | str = "index.md", keep_raw: bool = True) -> Article:
    """Split and parse; raises BrokenArticleError with a 1-based line number when it can point at one."""
    bom = text.startswith(_BOM)
    if bom:
        text = text[1:]
    first_end = text.find("\n")
    first = text if first_end < 0 else text[: first_end + 1]
    if first not in (DELIMITER, DELIMITER + "\n", DELIMITER + "\r\n"):
        # No front matter: a plain Markdown file is a valid article with empty metadata.
        return Article(meta={}, body=text, raw_front=None, raw_meta=None, newline=_detect_newline(text), bom=bom)
    newline = _line_ending(first) or "\n"
    closing = _find_closing(text, len(first))
    if closing is None:
        raise BrokenArticleError(path, translate(
            "frontmatter", "the front matter that starts on line 1 has no closing '---' line"), 1)
    front = text[len(first) : closing[0]]
    body = text[closing[1] :]
    meta = _load_front_matter(front, path)
    return Article(
        meta=meta, body=body, raw_front=front if keep_raw else None,
        raw_meta=copy.deepcopy(meta) if keep_raw else None, newline=newline, bom=bom
    )


def _find_closing(text: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the first line from `start` that is exactly '---'. Lines end in '\n' only: a form feed
    or U+2028 inside a YAML value does not end a line (str.splitlines would say it does)."""
    found = _CLOSING.search(text, start)
    if found is None:
        return None
    end = found.end()
    return found.start(), end + 1 if end < len(text) else end


def _detect_newline(text: str) -> str:
    first = text.find("\n")
    return "\r\n" if first > 0 and text[first - 1] == "\r" else "\n"


def _load_front_matter(front: str, path: Path | str) -> dict[str, Any]:
    data = load_simple(front)  # the common simple case without the YAML loader: text, true/false, lists of text
    if data is not NOT_SIMPLE and (len(front) < MAX_FRONT_MATTER_NODES or not _too_many_nodes(data)):
        check_values(data, front, path, numbers=False)  # no aliases, numbers or keys other than text in it
        return data  # type: ignore[no-any-return]  # (each value takes a character at least: few can be too many)
    data = _load_yaml(front, path)
    if data is None:
        return {}
    if _too_many_nodes(data):
        raise BrokenArticleError(path, translate(
            "frontmatter", "the front matter holds more than {0} values (repeated YAML aliases?)").format(
                MAX_FRONT_MATTER_NODES))
    if not isinstance(data, dict):
        kind = type(data).__name__
        raise BrokenArticleError(path, translate(
            "frontmatter", "the front matter must be a mapping of keys to values, not a {0}").format(kind), 2)
    for key in data:
        if not isinstance(key, str):
            raise BrokenArticleError(path, translate("frontmatter", "front matter key {0} is not text").format(
                repr(key)), key_line(front, str(key)))
    check_values(data, front, path)
    return data


def _load_yaml(front: str, path: Path | str) -> Any:
    try:
        return load_safe(front, _StrictLoader)
    except RecursionError as exc:
        raise BrokenArticleError(path, translate("frontmatter", "the front matter is nested too deeply to read")) \
            from exc
    except ValueProblem as exc:
        raise BrokenArticleError(path, exc.problem or translate("frontmatter", "a value cannot be read"),
                                 _mark_line(exc.problem_mark)) from exc
    except yaml.MarkedYAMLError as exc:
        if "quoted scalar" in str(exc.context or "") and exc.context_mark is not None:  # YAML stops at the end
            start = _mark_line(exc.context_mark)  # the line where the unclosed string starts, not where YAML gave up
            raise BrokenArticleError(path, translate(
                "frontmatter", "the quoted text that starts on line {0} is never closed (a missing closing quote)"
            ).format(start), start) from exc
        line = _mark_line(exc.problem_mark or exc.context_mark)
        problem = exc.problem or "invalid YAML"
        raise BrokenArticleError(path, _not_yaml(problem), line) from exc
    except yaml.reader.ReaderError as exc:
        line = front[: exc.position].count("\n") + 2
        char = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
        reason = translate("frontmatter", "the front matter contains a control character (U+{0}), which YAML does "
                           "not allow").format(f"{char:04X}")
        raise BrokenArticleError(path, reason, line) from exc
    except yaml.YAMLError as exc:
        raise BrokenArticleError(path, _not_yaml(exc)) from exc


def _not_yaml(problem: object) -> str:
    return translate("frontmatter", "the front matter is not valid YAML ({0})").format(problem)


def _unreadable(exc: OSError) -> str:
    return translate("frontmatter", "the file cannot be read ({0})").format(exc.strerror or exc)


def _mark_line(mark: yaml.Mark | None) -> int | None:
    return mark.line + 2 if mark is not None else None  # +1 for 1-based, +1 for the opening '---'


def _too_many_nodes(data: Any) -> bool:
    """Count values as a comparison would visit them (aliases counted each time), stopping at the limit."""
    budget = MAX_FRONT_MATTER_NODES
    stack = [data]
    while stack:
        budget -= 1
        if budget < 0:
            return True
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            stack.extend(item)
    return False


def dump_front_matter(meta: dict[str, Any], newline: str = "\n") -> str:
    """Deterministic YAML for the front matter: key order kept, no line folding, verified by reading it back.

    Unicode is written as is where PyYAML gets it right; when the read-back differs (PyYAML mangles NEL,
    U+0085, in plain scalars) it is written again with escapes. UnwritableMetadataError if neither works.
    """
    if not meta:
        return ""
    for allow_unicode in (True, False):
        try:
            front = yaml.dump(  # libyaml's emitter: the same YAML, 6x faster than PyYAML's (a pull writes thousands)
                meta, Dumper=_SafeDumper, sort_keys=False, allow_unicode=allow_unicode, default_flow_style=False,
                width=2**31 - 1,
            )
        except yaml.YAMLError as exc:
            raise UnwritableMetadataError(str(exc)) from exc
        if newline != "\n":
            front = front.replace("\n", newline)
        if same_value(load_safe(front, _SafeLoader), meta):
            return front
    raise UnwritableMetadataError(translate("frontmatter", "a value does not read back as written"))


def same_value(a: Any, b: Any) -> bool:
    """Equality that treats NaN as equal to NaN (a hand-written `.nan` must not make the file unwritable)."""
    if isinstance(a, float) and isinstance(b, float) and a != a and b != b:
        return True
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a.keys()) == list(b.keys()) and all(same_value(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b, strict=True))
    return bool(type(a) is type(b) and a == b) or (_numeric(a) and _numeric(b) and a == b)


def _numeric(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _edited_front(article: Article) -> str | None:
    """The writer's front matter with only the changed values rewritten (comments, order and quoting kept),
    when that reads back as exactly `article.meta`; None otherwise."""
    if article.raw_front is None or article.raw_meta is None or not article.meta:
        return None
    front = edit_front_matter(article.raw_front, article.raw_meta, article.meta, article.newline, same_value)
    if front is None:
        return None
    try:
        if same_value(load_safe(front, _StrictLoader), article.meta):
            return front
    except (yaml.YAMLError, RecursionError):
        pass
    return None


def serialize_article(article: Article) -> str:
    """Article to file text; the body is appended exactly as it is."""
    if article.raw_front is not None and article.raw_meta == article.meta:
        front = article.raw_front
    else:
        front = _edited_front(article) or dump_front_matter(article.meta, article.newline)
    nl = article.newline
    head = _BOM if article.bom else ""
    return f"{head}{DELIMITER}{nl}{front}{DELIMITER}{nl}{article.body}"


def refuse_link_outside(path: Path, workspace: Path) -> None:
    """BrokenArticleError, without reading it, when `path` sits in the workspace but is a link (or lies in a
    linked folder) leading to a file outside it: the app would show, and a save would replace, a file that
    is not the writer's article."""
    real, real_root = os.path.realpath(path), os.path.realpath(workspace)
    if _inside(real, real_root) or not _inside(os.path.abspath(path), os.path.abspath(workspace)):
        return
    raise BrokenArticleError(path, translate(
        "frontmatter", "it is a link to {0}, outside the workspace, so the app does not open it").format(real))


def _inside(path: str, folder: str) -> bool:
    try:
        return os.path.commonpath([path, folder]) == folder
    except ValueError:  # another drive
        return False


def read_article_file(path: Path, keep_raw: bool = True) -> tuple[Article, bytes]:
    """Read and parse a file; returns the article and the exact bytes read (for change detection)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BrokenArticleError(path, _unreadable(exc)) from exc
    if size > MAX_ARTICLE_BYTES:
        raise BrokenArticleError(path, _too_large(size))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BrokenArticleError(path, _unreadable(exc)) from exc
    return parse_article(decode_article_bytes(data, path), path, keep_raw), data


_HEAD_BYTES = 16 * 1024  # a front matter is rarely longer; a longer one is read in growing steps


def read_front_matter(path: Path | str, size: int) -> Article:
    """The article's front matter without reading its body (the listing): the file is read only up to the line
    that closes the front matter, and parsed like `read_article_file` (same errors, same sentences); the
    returned article's body is empty. A file without front matter, or whose front matter does not close, is
    read whole. `size` is the file's size from a stat already made."""
    if size > MAX_ARTICLE_BYTES:
        raise BrokenArticleError(path, _too_large(size))
    try:
        with open(path, "rb") as file:
            data = file.read(_HEAD_BYTES)
            while True:
                head = _through_closing(data)
                if head is not None:
                    return parse_article(decode_article_bytes(head, path), path, keep_raw=False)
                more = file.read(max(len(data), _HEAD_BYTES))
                if not more:
                    break
                data += more
    except OSError as exc:
        raise BrokenArticleError(path, _unreadable(exc)) from exc
    return parse_article(decode_article_bytes(data, path), path, keep_raw=False)


def _through_closing(data: bytes) -> bytes | None:
    """The bytes up to and with the line closing the front matter, when `data` holds it; None when it does not
    (or when the file has no front matter: then the whole file is the body, read whole)."""
    start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    first_end = data.find(b"\n", start)
    if first_end < 0 or data[start:first_end].rstrip(b"\r") != b"---" or data[start:first_end].count(b"\r") > 1:
        return None
    pos = first_end + 1
    while True:
        end = data.find(b"\n", pos)
        if end < 0:
            return None
        if data[pos:end].rstrip(b"\r") == b"---":
            return data[: end + 1]
        pos = end + 1

