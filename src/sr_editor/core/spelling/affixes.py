"""The word forms a Hunspell dictionary accepts, from its .dic (roots and flags) and .aff (prefix and suffix rules).

Used to list British-only spellings once, off the window (core/spelling/british_child.py), so the window need not
keep en_GB's Hunspell object. Expands single and cross-product affixes, one level of continuation classes (a
suffix on a suffix), flag types char/UTF-8/long/num and flag aliases (AF); leaves out what Hunspell would refuse
alone (NEEDAFFIX, ONLYINCOMPOUND, FORBIDDENWORD) and what has case rules of its own (KEEPCASE) or needs both ends
(CIRCUMFIX). Compounds are not listed. Forms are candidates: the child still asks Hunspell about each one.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

MAX_FILE_BYTES = 64 * 1024 * 1024  # a dictionary file larger than this is not a Hunspell dictionary we know
_EXCLUDING_KEYS = ("NEEDAFFIX", "PSEUDOROOT", "ONLYINCOMPOUND", "FORBIDDENWORD", "KEEPCASE", "CIRCUMFIX")


class AffixFileError(ValueError):
    """A dictionary file we cannot read as Hunspell's format (the caller keeps Hunspell itself)."""


@dataclass(frozen=True)
class Affix:
    """One PFX/SFX rule line: remove `strip`, add `add` where `condition` matches the root's start (PFX) or end."""

    flag: str
    prefix: bool
    cross: bool
    strip: str
    add: str
    condition: re.Pattern[str] | None
    continuation: frozenset[str]

    def apply(self, word: str) -> str | None:
        """The affixed form, or None where the rule does not apply (Hunspell keeps at least one letter of the
        root: the stripped part must be shorter than the word)."""
        if len(word) <= len(self.strip):
            return None
        if self.prefix:
            if not word.startswith(self.strip) or (self.condition and not self.condition.match(word)):
                return None
            return self.add + word[len(self.strip):]
        if not word.endswith(self.strip) or (self.condition and not self.condition.search(word)):
            return None
        return word[:len(word) - len(self.strip)] + self.add


@dataclass
class AffixRules:
    """What an .aff file says about word forms."""

    encoding: str = "utf-8"
    flag_type: str = "char"
    aliases: list[frozenset[str]] = field(default_factory=list)
    prefixes: dict[str, list[Affix]] = field(default_factory=dict)
    suffixes: dict[str, list[Affix]] = field(default_factory=dict)
    special: dict[str, str] = field(default_factory=dict)  # NEEDAFFIX, ONLYINCOMPOUND, ... -> their flag

    def flags(self, text: str) -> frozenset[str]:
        """A flag field ('SMG', 'AaBb' for long, '12,7' for num, '3' as an AF alias number)."""
        if self.aliases and text.isdigit():
            index = int(text) - 1
            return self.aliases[index] if 0 <= index < len(self.aliases) else frozenset()
        if self.flag_type == "long":
            return frozenset(text[i:i + 2] for i in range(0, len(text) - len(text) % 2, 2))
        if self.flag_type == "num":
            return frozenset(part.strip() for part in text.split(",") if part.strip())
        return frozenset(text)

    def excluding(self) -> frozenset[str]:
        """Flags whose roots or affixes are never listed."""
        return frozenset(self.special[key] for key in _EXCLUDING_KEYS if key in self.special)


def read_text(path: Path, encoding: str = "utf-8") -> str:
    with path.open("rb") as stream:
        data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise AffixFileError(f"{path} is larger than {MAX_FILE_BYTES} bytes")
    return data.decode(encoding, errors="replace").lstrip("\ufeff")


def _encoding(text: str) -> str:
    match = re.search(r"^SET\s+(\S+)", text, re.MULTILINE)
    name = match.group(1) if match else "ISO8859-1"
    try:
        return codecs.lookup(name.replace("microsoft-", "")).name
    except LookupError as exc:
        raise AffixFileError(f"unknown encoding {name}") from exc


def parse_affixes(path: Path) -> AffixRules:
    """The rules of an .aff file, decoded in the encoding its SET line names."""
    raw = read_text(path, "latin-1")
    rules = AffixRules(encoding=_encoding(raw))
    text = read_text(path, rules.encoding)
    headers: dict[tuple[str, str], bool] = {}
    for line in text.splitlines():
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        key = parts[0]
        if key == "FLAG" and len(parts) > 1:
            rules.flag_type = parts[1].lower().replace("utf-8", "char")
        elif key == "AF" and len(parts) > 1 and not parts[1].isdigit():
            rules.aliases.append(rules.flags(parts[1]))
        elif key in _EXCLUDING_KEYS and len(parts) > 1:
            rules.special[key] = parts[1]
        elif key in ("PFX", "SFX") and len(parts) >= 4:
            _affix_line(rules, key == "PFX", parts, headers)
    return rules


def _affix_line(rules: AffixRules, prefix: bool, parts: list[str], headers: dict[tuple[str, str], bool]) -> None:
    flag = parts[1]
    if (parts[0], flag) not in headers:  # the header: PFX flag cross_product count
        headers[(parts[0], flag)] = parts[2] == "Y"
        return
    add, _, continuation = parts[3].partition("/")
    table = rules.prefixes if prefix else rules.suffixes
    table.setdefault(flag, []).append(Affix(
        flag=flag, prefix=prefix, cross=headers[(parts[0], flag)], strip="" if parts[2] == "0" else parts[2],
        add="" if add == "0" else add, condition=_condition(parts[4] if len(parts) > 4 else ".", prefix),
        continuation=rules.flags(continuation) if continuation else frozenset()))


def _condition(text: str, prefix: bool) -> re.Pattern[str] | None:
    """Hunspell's condition ('[^aeiou]y', '.') as an anchored regular expression; None for 'any'."""
    if text == ".":
        return None
    pieces: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "[":
            end = text.find("]", i + 1)
            if end < 0:
                raise AffixFileError(f"unclosed condition {text!r}")
            body = text[i + 1:end]
            negate = body.startswith("^")
            chars = "".join(re.escape(c) for c in (body[1:] if negate else body))
            pieces.append(f"[{'^' if negate else ''}{chars}]")
            i = end + 1
            continue
        pieces.append("." if char == "." else re.escape(char))
        i += 1
    pattern = "".join(pieces)
    return re.compile(("^" + pattern) if prefix else (pattern + "$"), re.DOTALL)


def read_roots(path: Path, rules: AffixRules) -> Iterator[tuple[str, frozenset[str]]]:
    """(root, flags) of each .dic entry; the first line (the count) and morphological fields are skipped."""
    lines = read_text(path, rules.encoding).splitlines()
    for line in lines[1:]:
        field_text = line.split(None, 1)[0] if line.strip() else ""
        if not field_text:
            continue
        word, flags = _split_entry(field_text)
        if word:
            yield word, rules.flags(flags) if flags else frozenset()


def _split_entry(text: str) -> tuple[str, str]:
    """'word/FLAGS' with '\\/' standing for a slash inside the word."""
    index = 0
    while True:
        slash = text.find("/", index)
        if slash <= 0:
            return text.replace("\\/", "/"), ""
        if text[slash - 1] != "\\":
            return text[:slash].replace("\\/", "/"), text[slash + 1:]
        index = slash + 1


def word_forms(aff: Path, dic: Path) -> Iterator[str]:
    """Every form the dictionary's roots and rules give (repeats possible); forbidden words left out."""
    rules = parse_affixes(aff)
    excluded = rules.excluding()
    needaffix = rules.special.get("NEEDAFFIX") or rules.special.get("PSEUDOROOT")
    forbidden_flag = rules.special.get("FORBIDDENWORD")
    roots = list(read_roots(dic, rules))
    forbidden = {word for word, flags in roots if forbidden_flag and forbidden_flag in flags}
    for word, flags in roots:
        if flags & excluded - ({needaffix} if needaffix else set()):
            continue
        forms = _root_forms(rules, word, flags, excluded)
        if not (needaffix and needaffix in flags):
            forms.insert(0, word)
        yield from (form for form in forms if form not in forbidden)


def _usable(affix: Affix, excluded: frozenset[str]) -> bool:
    return not (affix.continuation & excluded)


def _root_forms(rules: AffixRules, word: str, flags: frozenset[str], excluded: frozenset[str]) -> list[str]:
    forms: list[str] = []
    suffixed: list[tuple[Affix, str]] = []
    for flag in flags:
        for affix in rules.suffixes.get(flag, ()):
            form = affix.apply(word)
            if form is None:
                continue
            if _usable(affix, excluded):
                forms.append(form)
                suffixed.append((affix, form))
            forms += _second_suffixes(rules, affix, form, excluded)
    for flag in flags:
        for prefix in rules.prefixes.get(flag, ()):
            if not _usable(prefix, excluded):
                continue
            form = prefix.apply(word)
            if form is not None:
                forms.append(form)
            if prefix.cross:
                forms += [f for s, stem in suffixed if s.cross and (f := prefix.apply(stem)) is not None]
    return forms


def _second_suffixes(rules: AffixRules, first: Affix, form: str, excluded: frozenset[str]) -> list[str]:
    """A suffix on a suffix: the first one's continuation class names the second (Hunspell's twofold suffixes)."""
    forms: list[str] = []
    for flag in first.continuation - excluded:
        for affix in rules.suffixes.get(flag, ()):
            if _usable(affix, excluded) and (second := affix.apply(form)) is not None:
                forms.append(second)
    return forms
