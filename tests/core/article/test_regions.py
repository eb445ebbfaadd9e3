"""Region vocabulary: folding, aliases in several languages, and clear errors for a broken regions.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from sr_editor.core.article.regions import RegionVocabulary, VocabularyError, fold, load_vocabulary

UN_LATIN_AMERICA_AND_CARIBBEAN = [
    "Antigua and Barbuda", "Argentina", "Bahamas", "Barbados", "Belize", "Bolivia", "Brazil", "Chile", "Colombia",
    "Costa Rica", "Cuba", "Dominica", "Dominican Republic", "Ecuador", "El Salvador", "Grenada", "Guatemala",
    "Guyana", "Haiti", "Honduras", "Jamaica", "Mexico", "Nicaragua", "Panama", "Paraguay", "Peru",
    "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Suriname", "Trinidad and Tobago",
    "Uruguay", "Venezuela",
]


@pytest.fixture(scope="module")
def vocabulary() -> RegionVocabulary:
    return load_vocabulary()


def test_fold_ignores_case_accents_and_extra_spaces() -> None:
    assert fold("  Haití ") == "haiti"
    assert fold("República   Dominicana") == "republica dominicana"


def test_fold_unescapes_wordpress_html_entities() -> None:
    assert fold("Arts &amp; Culture") == fold("arts & culture")
    assert fold("C&ocirc;te d&#8217;Ivoire") == fold("Côte d'Ivoire")


def test_vocabulary_has_the_site_regions(vocabulary: RegionVocabulary) -> None:
    assert set(vocabulary.regions) == {
        "Africa", "Asia", "Europe", "Latin America", "Middle East", "North America", "Oceania",
    }


def test_every_un_latin_american_and_caribbean_state_maps_to_latin_america(vocabulary: RegionVocabulary) -> None:
    assert len(UN_LATIN_AMERICA_AND_CARIBBEAN) == 33
    for country in UN_LATIN_AMERICA_AND_CARIBBEAN:
        assert vocabulary.region_of(country) == "Latin America", country


def test_caribbean_territories_count_as_latin_america(vocabulary: RegionVocabulary) -> None:
    for territory in ("Puerto Rico", "Guadeloupe", "Martinique", "Curaçao", "Aruba"):
        assert vocabulary.region_of(territory) == "Latin America", territory


def test_at_least_a_hundred_countries(vocabulary: RegionVocabulary) -> None:
    assert len(vocabulary.countries) >= 100


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [("Haití", "Haiti"), ("Haïti", "Haiti"), ("Brasil", "Brazil"), ("Perú", "Peru"), ("México", "Mexico"),
     ("República Dominicana", "Dominican Republic"), ("haiti", "Haiti"), ("Estados Unidos", "United States")],
)
def test_aliases_resolve_to_the_canonical_country(vocabulary: RegionVocabulary, alias: str, canonical: str) -> None:
    assert vocabulary.canonical_country(alias) == canonical


def test_caribbean_is_an_alias_of_latin_america(vocabulary: RegionVocabulary) -> None:
    assert vocabulary.canonical_region("Caribbean") == "Latin America"
    assert vocabulary.canonical_region("América Latina") == "Latin America"


def test_unknown_names_give_none(vocabulary: RegionVocabulary) -> None:
    assert vocabulary.canonical_country("Atlantis") is None
    assert vocabulary.canonical_region("Narnia") is None
    assert vocabulary.region_of("Atlantis") is None


def test_country_names_are_canonical_and_sorted_ignoring_accents(vocabulary: RegionVocabulary) -> None:
    names = vocabulary.country_names()
    assert "Haiti" in names and "Haití" not in names
    assert names == sorted(names, key=fold)


def test_vocabulary_built_by_hand_without_aliases() -> None:
    vocab = RegionVocabulary(regions=("Europe",), countries={"France": "Europe"})
    assert vocab.region_of("FRANCE") == "Europe"


def test_missing_file_error_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    with pytest.raises(VocabularyError, match=r"nope\.yaml"):
        load_vocabulary(path)


def test_invalid_yaml_error_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "regions.yaml"
    path.write_text("regions:\n  Europe: [unclosed\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match=r"regions.yaml.*not valid YAML on line"):
        load_vocabulary(path)


def test_wrong_shape_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "regions.yaml"
    path.write_text("- Europe\n- Asia\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match="'regions' mapping"):
        load_vocabulary(path)


def test_countries_must_be_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "regions.yaml"
    path.write_text("regions:\n  Europe:\n    countries: [France]\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match="countries of region 'Europe'"):
        load_vocabulary(path)


def test_a_spelling_used_for_two_countries_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "regions.yaml"
    path.write_text(
        "regions:\n  Europe:\n    countries:\n      France: [Gaul]\n  Asia:\n    countries:\n      China: [gaul]\n",
        encoding="utf-8",
    )
    with pytest.raises(VocabularyError, match=r"'gaul'.*already used for country France"):
        load_vocabulary(path)


def test_non_utf8_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "regions.yaml"
    path.write_bytes(b"regions:\n  \xff\xfe: {}\n")
    with pytest.raises(VocabularyError, match="not UTF-8"):
        load_vocabulary(path)
