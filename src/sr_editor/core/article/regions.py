"""Region vocabulary and country -> region map from resources/regions.yaml.

Writers type region and country names in several languages ("Haití", "Brasil", "Haïti") and WordPress returns
term names HTML-escaped ("Arts &amp; Culture"); every comparison goes through `fold()` so all of these meet.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from sr_editor.core.article.yamlsafe import load_safe
from sr_editor.core.errors import SrEditorError
from sr_editor.core.i18n import translate
from sr_editor.paths import resources_dir

_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2032": "'"})


class VocabularyError(SrEditorError):
    """regions.yaml cannot be used; names the file and the problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(translate("VocabularyError", "{0}: the region vocabulary cannot be used: {1}.").format(
            self.path, problem))


def fold(text: str) -> str:
    """Case-, accent- and space-insensitive key: 'Haití ' -> 'haiti'. Used for matching names everywhere."""
    text = html.unescape(text).translate(_QUOTES)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped.casefold()).strip()


@dataclass(frozen=True)
class RegionVocabulary:
    """Canonical regions, canonical countries with their region, and aliases of both (folded -> canonical)."""

    regions: tuple[str, ...]
    countries: dict[str, str] = field(default_factory=dict)  # canonical country -> canonical region
    region_aliases: dict[str, str] = field(default_factory=dict)  # any spelling -> canonical region
    country_aliases: dict[str, str] = field(default_factory=dict)  # any spelling -> canonical country
    _region_keys: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)
    _country_keys: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        regions = {fold(r): r for r in self.regions}
        regions.update({fold(alias): canon for alias, canon in self.region_aliases.items()})
        countries = {fold(c): c for c in self.countries}
        countries.update({fold(alias): canon for alias, canon in self.country_aliases.items()})
        object.__setattr__(self, "_region_keys", regions)
        object.__setattr__(self, "_country_keys", countries)

    def canonical_region(self, name: str) -> str | None:
        """'américa latina' -> 'Latin America'; None when the name is no region we know."""
        return self._region_keys.get(fold(name))

    def canonical_country(self, name: str) -> str | None:
        """Accepts aliases: 'Haití', 'Brasil' -> 'Haiti', 'Brazil'."""
        return self._country_keys.get(fold(name))

    def region_of(self, country: str) -> str | None:
        """The region a country (any spelling) belongs to on this site."""
        canonical = self.canonical_country(country)
        return (self.countries.get(canonical) or None) if canonical is not None else None

    def for_site(self, categories: Sequence[str]) -> RegionVocabulary:
        """This vocabulary narrowed to the regions a site has as categories (after a term sync): a country whose
        region the site lacks has no region here, so nothing offers or asks for it. Unchanged when the site has
        none of our regions (its categories are something else)."""
        kept = tuple(r for r in self.regions if r in {self.canonical_region(c) for c in categories})
        if not kept or kept == self.regions:
            return self
        return RegionVocabulary(
            kept, {c: (r if r in kept else "") for c, r in self.countries.items()},
            {a: r for a, r in self.region_aliases.items() if r in kept}, dict(self.country_aliases))

    def country_names(self) -> list[str]:
        """Canonical country names, sorted as a person expects (accents ignored), for completion."""
        return sorted(self.countries, key=fold)

    def country_spellings(self) -> dict[str, str]:
        """Every accepted spelling (canonical and aliases) -> canonical country, for completion with aliases."""
        spellings = {c: c for c in self.countries}
        spellings.update(self.country_aliases)
        return spellings


def load_vocabulary(path: Path | None = None) -> RegionVocabulary:
    """Defaults to resources_dir()/regions.yaml; raises VocabularyError naming the file and the problem."""
    path = path if path is not None else resources_dir() / "regions.yaml"
    try:
        data = load_safe(path.read_text(encoding="utf-8"))  # libyaml: ~11 ms instead of ~90 at start-up
    except OSError as exc:
        raise VocabularyError(path, translate("VocabularyError", "the file cannot be read ({0})").format(
            exc.strerror or exc)) from exc
    except UnicodeDecodeError as exc:
        raise VocabularyError(path, translate("VocabularyError", "the file is not UTF-8 text")) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        if mark is None:
            raise VocabularyError(path, translate("VocabularyError", "it is not valid YAML")) from exc
        raise VocabularyError(path, translate("VocabularyError", "it is not valid YAML on line {0}").format(
            mark.line + 1)) from exc
    return _build(data, path)


def _build(data: Any, path: Path) -> RegionVocabulary:
    if not isinstance(data, dict) or not isinstance(data.get("regions"), dict) or not data["regions"]:
        raise VocabularyError(path, translate("VocabularyError",
                                              "it needs a top-level 'regions' mapping of region names"))
    builder = _Builder(path)
    for region, spec in data["regions"].items():
        builder.add_region(region, spec)
    return RegionVocabulary(
        regions=tuple(builder.regions),
        countries=builder.countries,
        region_aliases=builder.region_aliases,
        country_aliases=builder.country_aliases,
    )


class _Builder:
    """Collects names while refusing duplicates, so one spelling never means two places."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.regions: list[str] = []
        self.countries: dict[str, str] = {}
        self.region_aliases: dict[str, str] = {}
        self.country_aliases: dict[str, str] = {}
        self._seen: dict[str, str] = {}

    def _claim(self, name: Any, owner: str) -> str:
        """`owner` is what the name stands for ('country Haiti'); the same spelling twice for it is harmless."""
        if not isinstance(name, str) or not name.strip():
            raise VocabularyError(self.path, translate("VocabularyError", "{0} (for {1}) is not a name").format(
                repr(name), owner))
        key = fold(name)
        if self._seen.get(key, owner) != owner:
            raise VocabularyError(self.path, translate("VocabularyError", "'{0}' (for {1}) is already used for {2}")
                                  .format(name, owner, self._seen[key]))
        self._seen[key] = owner
        return name.strip()

    def _names(self, value: Any, what: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise VocabularyError(self.path, translate("VocabularyError", "the aliases of {0} must be a list").format(
                what))
        return value

    def add_region(self, region: Any, spec: Any) -> None:
        name = self._claim(region, translate("VocabularyError", "region {0}").format(region))
        self.regions.append(name)
        spec = spec if spec is not None else {}
        if not isinstance(spec, dict):
            raise VocabularyError(self.path, translate(
                "VocabularyError", "region '{0}' must be a mapping with 'aliases' and 'countries'").format(name))
        for alias in self._names(spec.get("aliases"), translate("VocabularyError", "region '{0}'").format(name)):
            self.region_aliases[self._claim(alias, translate("VocabularyError", "region {0}").format(name))] = name
        countries = spec.get("countries") or {}
        if not isinstance(countries, dict):
            raise VocabularyError(self.path, translate(
                "VocabularyError", "the countries of region '{0}' must be a mapping").format(name))
        for country, aliases in countries.items():
            canonical = self._claim(country, translate("VocabularyError", "country {0}").format(country))
            self.countries[canonical] = name
            for alias in self._names(aliases, translate("VocabularyError", "country '{0}'").format(canonical)):
                self.country_aliases[self._claim(alias, translate("VocabularyError", "country {0}").format(
                    canonical))] = canonical
