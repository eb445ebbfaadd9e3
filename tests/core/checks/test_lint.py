"""Checks: stable ids, severities, sentences that name what to fix, and where to jump."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image

from sr_editor.core.article.article import Article
from sr_editor.core.article.regions import RegionVocabulary, load_vocabulary
from sr_editor.core.checks.lint import RULES, Problem, Severity, check_alt_text, check_article, has_errors

DOCS = Path(__file__).resolve().parents[3] / "docs" / "rendering-and-checks.md"


@pytest.fixture(scope="module")
def vocabulary() -> RegionVocabulary:
    return load_vocabulary()


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "ws" / "story"
    folder.mkdir(parents=True)
    for name in ("crowd.jpg", "street.jpg"):
        Image.new("RGB", (8, 6), "gray").save(folder / name, "JPEG")
    return folder


def _good_meta() -> dict[str, object]:
    return {
        "title": "Haiti: the fight for democracy",
        "excerpt": "The president refuses to step down.",
        "status": "draft",
        "regions": ["Latin America"],
        "tags": ["Haiti"],
        "featured_image": {"src": "crowd.jpg", "alt": "Protesters fill a street in Port-au-Prince",
                           "decorative": False, "caption": "Port-au-Prince, 2021", "credit": "A. Photographer"},
    }


def _article(body: str = "Text.\n\n![A street at night](street.jpg)\n", **changes: object) -> Article:
    meta = _good_meta()
    for key, value in changes.items():
        if value is None:
            meta.pop(key, None)
        else:
            meta[key] = value
    return Article(meta=meta, body=body)


def _rules(problems: list[Problem]) -> list[str]:
    return [p.rule for p in problems]


def test_a_good_article_has_no_problems(bundle: Path, vocabulary: RegionVocabulary) -> None:
    assert check_article(_article(), bundle, vocabulary) == []


def test_missing_title_is_an_error_on_the_title_field(bundle: Path, vocabulary: RegionVocabulary) -> None:
    [problem] = check_article(_article(title="  "), bundle, vocabulary)
    assert (problem.rule, problem.severity, problem.field) == ("title-missing", Severity.ERROR, "title")


def test_missing_excerpt_is_an_error(bundle: Path, vocabulary: RegionVocabulary) -> None:
    assert _rules(check_article(_article(excerpt=None), bundle, vocabulary)) == ["excerpt-missing"]


def test_excerpt_over_300_characters_is_a_warning_with_the_count(bundle: Path, vocabulary: RegionVocabulary) -> None:
    [problem] = check_article(_article(excerpt="x" * 301), bundle, vocabulary)
    assert problem.rule == "excerpt-too-long" and problem.severity is Severity.WARNING
    assert "301" in problem.message


def test_excerpt_of_exactly_300_characters_is_fine(bundle: Path, vocabulary: RegionVocabulary) -> None:
    assert check_article(_article(excerpt="x" * 300), bundle, vocabulary) == []


def test_unknown_status_is_a_warning(bundle: Path, vocabulary: RegionVocabulary) -> None:
    assert _rules(check_article(_article(status="later"), bundle, vocabulary)) == ["status-unknown"]


def test_no_region_is_an_error(bundle: Path, vocabulary: RegionVocabulary) -> None:
    problems = check_article(_article(regions=[], tags=[]), bundle, vocabulary)
    assert _rules(problems) == ["region-missing"] and has_errors(problems)


def test_unknown_region_is_an_error_naming_it(bundle: Path, vocabulary: RegionVocabulary) -> None:
    problems = check_article(_article(regions=["Latin America", "Narnia"]), bundle, vocabulary)
    assert _rules(problems) == ["region-unknown"] and "Narnia" in problems[0].message


def test_region_in_another_language_is_accepted(bundle: Path, vocabulary: RegionVocabulary) -> None:
    assert check_article(_article(regions=["América Latina"]), bundle, vocabulary) == []


def test_country_without_its_region_suggests_the_region(bundle: Path, vocabulary: RegionVocabulary) -> None:
    problems = check_article(_article(tags=["Haití", "Brasil", "France"]), bundle, vocabulary)
    assert _rules(problems) == ["country-region-missing"]
    assert "add the region Europe" in problems[0].message and "France" in problems[0].message
    assert problems[0].severity is Severity.WARNING and problems[0].field == "regions"


def test_non_country_tags_are_ignored(bundle: Path, vocabulary: RegionVocabulary) -> None:
    assert check_article(_article(tags=["Elections", "Labour"]), bundle, vocabulary) == []


def test_no_featured_image_is_a_warning(bundle: Path, vocabulary: RegionVocabulary) -> None:
    problems = check_article(_article(featured_image=None), bundle, vocabulary)
    assert _rules(problems) == ["featured-image-missing"] and not has_errors(problems)


def test_featured_image_file_missing_is_an_error(bundle: Path, vocabulary: RegionVocabulary) -> None:
    fi = {**_good_meta()["featured_image"], "src": "gone.jpg"}  # type: ignore[dict-item]
    [problem] = check_article(_article(featured_image=fi), bundle, vocabulary)
    assert (problem.rule, problem.field, problem.image) == ("featured-image-file-missing", "featured_image.src",
                                                            "gone.jpg")


def test_featured_image_alt_missing_points_at_the_alt_field(bundle: Path, vocabulary: RegionVocabulary) -> None:
    fi = {k: v for k, v in _good_meta()["featured_image"].items() if k != "alt"}  # type: ignore[attr-defined]
    [problem] = check_article(_article(featured_image=fi), bundle, vocabulary)
    assert (problem.rule, problem.field) == ("alt-missing", "featured_image.alt")


def test_featured_image_without_credit_is_a_warning(bundle: Path, vocabulary: RegionVocabulary) -> None:
    fi = {**_good_meta()["featured_image"], "credit": ""}  # type: ignore[dict-item]
    [problem] = check_article(_article(featured_image=fi), bundle, vocabulary)
    assert (problem.rule, problem.severity, problem.field) == ("credit-missing", Severity.WARNING,
                                                               "featured_image.credit")


def test_body_image_problems_carry_line_and_src(bundle: Path, vocabulary: RegionVocabulary) -> None:
    body = "Para.\n\nMore.\n\n![](street.jpg)\n"
    [problem] = check_article(_article(body=body), bundle, vocabulary)
    assert (problem.rule, problem.line, problem.image, problem.field) == ("alt-missing", 5, "street.jpg", None)


def test_body_image_file_missing(bundle: Path, vocabulary: RegionVocabulary) -> None:
    problems = check_article(_article(body="![A broken window](nope.jpg)"), bundle, vocabulary)
    assert _rules(problems) == ["image-file-missing"]


@pytest.mark.parametrize("src", ["../other/crowd.jpg", "/etc/passwd", "sub/../../x.jpg", "C:/photos/a.jpg",
                                 "file:///etc/passwd", "%2e%2e/x.jpg", "\\\\server\\share\\a.jpg"])
def test_paths_leaving_the_bundle_are_errors(bundle: Path, vocabulary: RegionVocabulary, src: str) -> None:
    problems = check_article(_article(body=f"![A street]({src})"), bundle, vocabulary)
    assert _rules(problems) == ["image-outside-bundle"], src


def test_symlink_escaping_the_bundle_is_outside(bundle: Path, vocabulary: RegionVocabulary, tmp_path: Path) -> None:
    secret = tmp_path / "secret.jpg"
    secret.write_bytes(b"x")
    os.symlink(secret, bundle / "link.jpg")
    problems = check_article(_article(body="![A street](link.jpg)"), bundle, vocabulary)
    assert _rules(problems) == ["image-outside-bundle"]


def test_symlink_inside_the_bundle_is_fine(bundle: Path, vocabulary: RegionVocabulary) -> None:
    os.symlink(bundle / "street.jpg", bundle / "alias.jpg")
    assert check_article(_article(body="![A street](alias.jpg)"), bundle, vocabulary) == []


def test_image_in_a_subfolder_of_the_bundle_is_fine(bundle: Path, vocabulary: RegionVocabulary) -> None:
    (bundle / "img").mkdir()
    Image.new("RGB", (8, 6), "gray").save(bundle / "img" / "a b.jpg", "JPEG")
    assert check_article(_article(body="![A street](img/a%20b.jpg)"), bundle, vocabulary) == []


def test_remote_image_is_a_warning(bundle: Path, vocabulary: RegionVocabulary) -> None:
    problems = check_article(_article(body="![A street](https://example.com/a.jpg)"), bundle, vocabulary)
    assert _rules(problems) == ["image-remote"] and not has_errors(problems)


def test_images_in_code_are_not_checked(bundle: Path, vocabulary: RegionVocabulary) -> None:
    assert check_article(_article(body="```\n![](nope.jpg)\n```\n`![](x.jpg)`"), bundle, vocabulary) == []


@pytest.mark.parametrize("alt", ["IMG_1234.jpg", "IMG_1234", "DSC0042", "DSC_0042.JPG", "photo.png", "P1010203",
                                 "PXL_20210115_101010", "street.jpg", "street", "WhatsApp Image 2021-01-15"])
def test_alt_that_looks_like_a_file_name_is_an_error(alt: str) -> None:
    assert _rules(check_alt_text(alt, False, "", "street.jpg")) == ["alt-filename"]
    assert check_alt_text(alt, False, "", "street.jpg")[0].severity is Severity.ERROR


@pytest.mark.parametrize("alt", ["Image of a crowd", "photo of the president", "Picture of a march",
                                 "A photo of police", "Foto de la protesta", "Imagen de una marcha",
                                 "photograph showing a crowd"])
def test_redundant_prefix_is_a_warning(alt: str) -> None:
    assert _rules(check_alt_text(alt, False, "", "a.jpg")) == ["alt-redundant-prefix"]


@pytest.mark.parametrize("alt", ["Photographers at a march", "Imagination rally", "Pictures on a wall"])
def test_words_that_merely_start_like_a_prefix_are_fine(alt: str) -> None:
    assert check_alt_text(alt, False, "", "a.jpg") == []


@pytest.mark.parametrize("alt", ["photo", "Image", "foto"])
def test_generic_single_word_alt_is_a_warning(alt: str) -> None:
    assert _rules(check_alt_text(alt, False, "", "a.jpg")) == ["alt-generic"]


def test_alt_equal_to_caption_ignoring_case_and_accents() -> None:
    assert _rules(check_alt_text("Marcha en Haití", False, "marcha en haiti", "a.jpg")) == ["alt-equals-caption"]


def test_alt_over_150_characters_is_a_warning() -> None:
    assert _rules(check_alt_text("word " * 31, False, "", "a.jpg")) == ["alt-too-long"]
    assert check_alt_text("x" * 150, False, "", "a.jpg") == []


def test_missing_and_blank_alt_are_errors() -> None:
    for alt in (None, "", "   "):
        [problem] = check_alt_text(alt, False, "", "dir/a.jpg")
        assert problem.rule == "alt-missing" and "a.jpg" in problem.message


def test_decorative_image_needs_no_alt() -> None:
    assert check_alt_text(None, True, "", "a.jpg") == []
    assert check_alt_text("", True, "", "a.jpg") == []


def test_decorative_with_caption_is_a_warning() -> None:
    assert _rules(check_alt_text("", True, "A caption", "a.jpg")) == ["decorative-with-caption"]


def test_decorative_with_alt_is_a_warning() -> None:
    assert _rules(check_alt_text("A crowd", True, "", "a.jpg")) == ["decorative-with-alt"]


def test_every_problem_uses_a_rule_from_the_table() -> None:
    problems = check_alt_text("IMG_1.jpg", False, "IMG_1.jpg", "a.jpg")
    for problem in problems:
        assert problem.severity is RULES[problem.rule].severity


def test_rule_ids_are_stable_kebab_case_and_sentences_end_with_a_full_stop() -> None:
    for rule_id, rule in RULES.items():
        assert rule_id == rule_id.lower() and " " not in rule_id
        assert rule.sentence.endswith(".")


def test_required_rules_exist() -> None:
    required = {
        "title-missing", "excerpt-missing", "excerpt-too-long", "region-missing", "region-unknown",
        "featured-image-missing", "featured-image-file-missing", "image-file-missing", "image-outside-bundle",
        "alt-missing", "alt-filename", "alt-redundant-prefix", "alt-equals-caption", "alt-too-long",
        "decorative-with-caption", "country-region-missing", "credit-missing",
    }
    assert required <= RULES.keys()


def test_documentation_lists_every_rule_with_its_severity() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for rule_id, rule in RULES.items():
        row = next((line for line in text.splitlines() if line.startswith(f"| `{rule_id}` |")), None)
        assert row is not None, f"{rule_id} is not documented"
        assert row.split("|")[2].strip() == rule.severity.value, f"{rule_id}: documented severity differs"


def test_svg_in_the_bundle_is_an_unsupported_image(bundle: Path, vocabulary: RegionVocabulary) -> None:
    (bundle / "chart.svg").write_text("<svg/>")
    problems = check_article(_article(body="![A chart of votes](chart.svg)"), bundle, vocabulary)
    assert _rules(problems) == ["image-unsupported"] and has_errors(problems)


def _jpeg_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "teal").save(buffer, "JPEG")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "the file is empty"),
        (b"Hello, this is a text file\n", "not an image"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "SVG"),
        (_jpeg_bytes()[: len(_jpeg_bytes()) // 2], "cut short"),
        (_jpeg_bytes()[:200], "cut short"),
    ],
    ids=["zero bytes", "text named .jpg", "svg named .jpg", "truncated jpeg", "jpeg header only"],
)
def test_image_content_not_only_the_suffix_decides_image_unsupported(
    bundle: Path, vocabulary: RegionVocabulary, content: bytes, words: str
) -> None:
    (bundle / "crowd.jpg").write_bytes(content)
    article = Article(body="![A crowd at the square](crowd.jpg)\n")
    found = [p for p in check_article(article, bundle, vocabulary) if p.rule == "image-unsupported"]
    assert len(found) == 1 and words in found[0].message and found[0].line == 1


def test_a_truncated_png_and_a_png_named_jpg(bundle: Path, vocabulary: RegionVocabulary) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "teal").save(buffer, "PNG")
    (bundle / "cut.png").write_bytes(buffer.getvalue()[:-20])
    (bundle / "renamed.jpg").write_bytes(buffer.getvalue())
    article = Article(body="![A crowd](cut.png)\n\n![A street](renamed.jpg)\n")
    found = [p.image for p in check_article(article, bundle, vocabulary) if p.rule == "image-unsupported"]
    assert found == ["cut.png"]


@pytest.mark.parametrize("control", ["\x00", "\x01", "\x1b", "\x7f", "\x85\x00", "\x9f"])
def test_alt_text_with_a_control_character_is_an_error_naming_it(control: str) -> None:
    [problem] = check_alt_text(f"A march{control} downtown", False, "", "a.jpg")
    assert problem.rule == "alt-control-character" and problem.severity is Severity.ERROR
    assert "U+00" in problem.message


def test_alt_text_with_tabs_and_line_breaks_is_not_a_control_character_problem() -> None:
    assert check_alt_text("A march\tdown\ntown", False, "", "a.jpg") == []


def test_a_near_miss_of_a_country_is_a_warning_naming_it(bundle: Path, vocabulary: RegionVocabulary) -> None:
    problems = check_article(_article(tags=["Haiti", "Hai"]), bundle, vocabulary)
    assert _rules(problems) == ["country-unknown"]
    assert "'Hai'" in problems[0].message and "Haiti" in problems[0].message
    assert problems[0].severity is Severity.WARNING


def test_after_a_term_sync_no_region_the_site_lacks_is_asked_for(bundle: Path, vocabulary: RegionVocabulary) -> None:
    site = vocabulary.for_site(["Africa", "Asia", "Europe", "Latin America", "Middle East", "North America"])
    assert "Oceania" not in site.regions and site.region_of("Australia") is None
    assert check_article(_article(tags=["Australia"]), bundle, site) == []
    problems = check_article(_article(regions=["Latin America", "Oceania"]), bundle, site)
    assert _rules(problems) == ["region-unknown"] and "Oceania" not in problems[0].message.split("(")[1]


def test_a_site_with_none_of_our_regions_keeps_the_vocabulary(vocabulary: RegionVocabulary) -> None:
    assert vocabulary.for_site(["News", "Arts & Culture"]) is vocabulary
