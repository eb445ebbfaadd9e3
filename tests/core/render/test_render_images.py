"""Finding images in the Markdown source and rewriting one alt text without touching anything else."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sr_editor.core.render.render import ImageRef, find_images, render_body, set_image_alt

BODY = """# Title

Intro with ![inline *one*](a.jpg) here.

![Crowd in the street](crowd.jpg "Port-au-Prince")

![](ornament.png){.decorative}

![](missing.jpg)

`![code span](not.jpg)`

```
![fenced](not-either.jpg)
```

![Bracket \\] inside](<my photo.jpg> 'Single quoted')
"""


def test_find_images_reports_every_image_outside_code_in_order() -> None:
    assert [i.src for i in find_images(BODY)] == ["a.jpg", "crowd.jpg", "ornament.png", "missing.jpg", "my photo.jpg"]


def test_find_images_gives_alt_caption_line_and_index() -> None:
    crowd = find_images(BODY)[1]
    assert crowd == ImageRef("crowd.jpg", "Crowd in the street", False, "Port-au-Prince", line=5, index=1)


def test_empty_alt_is_missing_unless_decorative() -> None:
    images = find_images(BODY)
    assert images[2].alt == "" and images[2].decorative
    assert images[3].alt is None and not images[3].decorative


def test_escaped_bracket_in_alt_is_unescaped() -> None:
    assert find_images(BODY)[4].alt == "Bracket ] inside"
    assert find_images(BODY)[4].caption == "Single quoted"


def test_image_inside_unclosed_fence_is_ignored() -> None:
    assert find_images("```\n![x](y.jpg)\n") == []


def test_tilde_fences_are_code_too() -> None:
    assert find_images("~~~~\n![x](y.jpg)\n~~~~\n![z](w.jpg)")[0].src == "w.jpg"


def test_set_image_alt_changes_only_that_image() -> None:
    new = set_image_alt(BODY, 3, "A broken window", decorative=False)
    assert new == BODY.replace("![](missing.jpg)", "![A broken window](missing.jpg)")


def test_set_image_alt_keeps_title_and_angle_src() -> None:
    new = set_image_alt(BODY, 4, "New", decorative=False)
    assert "![New](<my photo.jpg> 'Single quoted')" in new


def test_set_image_alt_decorative_writes_marker_and_empty_alt() -> None:
    new = set_image_alt(BODY, 1, "ignored", decorative=True)
    assert '![](crowd.jpg "Port-au-Prince"){.decorative}' in new


def test_set_image_alt_removes_marker_when_described() -> None:
    new = set_image_alt(BODY, 2, "Red ornament", decorative=False)
    assert "![Red ornament](ornament.png)\n" in new


def test_set_image_alt_escapes_brackets_and_backslashes() -> None:
    new = set_image_alt("![](a.jpg)", 0, "a]b[c\\d", decorative=False)
    assert new == "![a\\]b\\[c\\\\d](a.jpg)"
    assert find_images(new)[0].alt == "a]b[c\\d"
    assert 'alt="a]b[c\\d"' in render_body(new)


def test_set_image_alt_puts_a_multiline_alt_on_one_line() -> None:
    assert set_image_alt("![](a.jpg)", 0, "two\nlines", decorative=False) == "![two lines](a.jpg)"


def test_set_image_alt_with_bad_index_raises() -> None:
    with pytest.raises(IndexError):
        set_image_alt(BODY, 9, "x", decorative=False)


def test_crlf_body_keeps_its_line_endings() -> None:
    body = "a\r\n\r\n![](x.jpg)\r\n\r\nb\r\n"
    assert set_image_alt(body, 0, "X", False) == "a\r\n\r\n![X](x.jpg)\r\n\r\nb\r\n"
    assert find_images(body)[0].line == 3


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), max_size=30)
_alt = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)


@st.composite
def _bodies(draw: st.DrawFn) -> tuple[str, int]:
    parts: list[str] = []
    count = draw(st.integers(1, 4))
    for i in range(count):
        parts.append(draw(_text).replace("![", "").replace("`", "").replace("~~~", ""))
        parts.append(f"\n\n![alt {i}](img{i}.jpg \"cap {i}\")\n\n")
    parts.append(draw(_text).replace("![", "").replace("`", ""))
    return "".join(parts), draw(st.integers(0, count - 1))


@given(_bodies(), _alt, st.booleans())
def test_set_image_alt_round_trips_and_leaves_the_rest_identical(case: tuple[str, int], alt: str, deco: bool) -> None:
    body, index = case
    before = find_images(body)
    new = set_image_alt(body, index, alt, deco)
    after = find_images(new)
    assert len(after) == len(before)
    expected_alt = "" if deco else " ".join(alt.split())
    assert after[index].decorative == deco
    assert (after[index].alt or "") == expected_alt
    for old, cur in zip(before, after, strict=True):
        if old.index != index:
            assert cur == old
    old_match = f"![alt {index}](img{index}.jpg \"cap {index}\")"
    start = body.index(old_match)
    assert new[:start] == body[:start]
    assert new.endswith(body[start + len(old_match):])


def test_resolver_receives_the_same_src_that_find_images_reports() -> None:
    seen: list[str] = []

    def resolver(src: str) -> None:
        seen.append(src)

    render_body(BODY, resolver)
    assert seen == [image.src for image in find_images(BODY)]


@pytest.mark.parametrize("body", [
    "![a [nested] alt](n.jpg)",
    "![a](<with space.jpg> \"t\")",
    "![a](paren_(1).jpg)",
    "![a](t.jpg (Paren title))",
    "![a\\]b](e.jpg)",
    "Two ![x](1.jpg) and ![y](2.jpg) inline.",
    "[![linked](l.jpg)](https://x.example)",
    "> ![quoted](q.jpg 'Cap')",
    "- ![listed](li.jpg)",
    "| ![cell](c.jpg) |\n|---|\n| x |",
    "![](d.jpg){.decorative} and `![code](no.jpg)`",
])
def test_find_images_sees_exactly_the_images_the_renderer_resolves(body: str) -> None:
    seen: list[str] = []

    def resolver(src: str) -> None:
        seen.append(src)

    render_body(body, resolver)
    assert [image.src for image in find_images(body)] == seen


@pytest.mark.parametrize("body", ["![a](my photo.jpg)", "![a](my photo.jpg \"T\")", "![a]( spaced.jpg )"])
def test_sources_with_spaces_are_found_like_the_renderer_reads_them(body: str) -> None:
    test_find_images_sees_exactly_the_images_the_renderer_resolves(body)


REFERENCE_BODY = """Intro.

![Crowd at the port][port]

![Decorative line][orn]{.decorative}

![unknown][nothing-defined]

![Logo]

[port]: harbour.jpg "The harbour, 6 a.m."
[ORN]: <ornament.png>
[logo]: logo.png
"""


def test_reference_style_images_are_found_with_src_and_caption_from_the_definition() -> None:
    images = find_images(REFERENCE_BODY)
    assert [(i.src, i.caption, i.decorative) for i in images] == [
        ("harbour.jpg", "The harbour, 6 a.m.", False), ("ornament.png", "", True), ("logo.png", "", False)]


def test_reference_images_reach_the_resolver_like_find_images_reports() -> None:
    test_find_images_sees_exactly_the_images_the_renderer_resolves(REFERENCE_BODY)


def test_set_image_alt_on_reference_image_keeps_the_reference() -> None:
    new = set_image_alt(REFERENCE_BODY, 0, "Dock workers", decorative=False)
    assert "![Dock workers][port]\n" in new
    assert find_images(new)[0].src == "harbour.jpg"


def test_set_image_alt_on_short_reference_keeps_pointing_at_the_definition() -> None:
    new = set_image_alt(REFERENCE_BODY, 2, "The union's logo", decorative=False)
    assert "![The union's logo][Logo]\n" in new
    assert find_images(new)[2].src == "logo.png"
    assert 'alt="The union\'s logo"' in render_body(new)
