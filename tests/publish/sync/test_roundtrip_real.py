"""The round-trip law on the real WordPress: an article published by us and pulled back gives the same Markdown
(written in the normal form documented in docs/article-format.md), and publishing the pulled copy sends nothing.
On each line (6.1.9 and the 6.7 pre-release), in the block form the app writes for that version, as the publish
dialog does with the site's recorded version.

The articles are written in the converter's normal form (typographic quotes, `-` bullets, `*em*`, ATX headings,
pipe tables, footnotes last), so equality is exact; what the normal form changes is documented, not hidden.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
import wp_fixture
import wpsite
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from publish_fakes import make_photo, write_article
from pull_helpers import publish, pull

from sr_editor.core.article.frontmatter import read_article_file

# Every test here runs on each WordPress line (Debian's 6.1.9 and the 6.7 pre-release), one site per line.
pytestmark = [pytest.mark.wordpress,
              pytest.mark.parametrize("wordpress", wp_fixture.LINE_PARAMS, indirect=True)]

NORMAL_BODY = """Voters in *Bolivia* rejected the plan on **Sunday**, said the court’s “final” count.[^src]

## What the vote means

- Water stays public
- A second vote comes in [March](https://example.org/march)

1. The assembly writes the law
2. The senate reads it

> We will not sell the rivers.

![Delegates seated in rows under a white tent](tent.jpg "The assembly met at Colchani.")

| Region | Votes |
| --- | --- |
| Potosí | 1200 |

```
turnout = 0.81
```

---

Closing words with `code` and a footnote.[^2]

[^src]: Court bulletin 14.

[^2]: Second note.
"""


def write(ws: Path, u: str, body: str, with_images: bool = True) -> Path:
    front = (f"title: Round trip {u}\nslug: round-trip-{u}\nexcerpt: A teaser for {u}.\nregions: [Latin America]\n"
             "tags: [Bolivia]\n")
    if with_images:
        front += ("featured_image:\n  src: lead.jpg\n  alt: A salt flat at noon\n  decorative: false\n"
                  "  caption: The Uyuni flat\n  credit: Ana Ruiz\n")
    bundle = write_article(ws / f"round-trip-{u}", front, body)
    if with_images:
        make_photo(bundle / "lead.jpg", (200, 180, 20), (320, 200))
        make_photo(bundle / "tent.jpg", (20, 40, 200), (320, 200))
    return bundle


def test_published_then_pulled_gives_the_same_markdown_and_front_matter(
    client_as: Any, workspace_dir: Path, tmp_path: Path, unique: str, wordpress: wpsite.WordPressSite,
) -> None:
    editor = client_as("editor")
    bundle = write(workspace_dir, unique, NORMAL_BODY)
    result = publish(editor, workspace_dir, bundle, site_version=wordpress.version)
    fresh = tmp_path / "elsewhere"
    fresh.mkdir()
    [item], _ = pull(editor, fresh, result.post_id)
    ours, _ = read_article_file(bundle / "index.md")
    theirs, _ = read_article_file(item.bundle / "index.md")
    assert theirs.body == ours.body
    for key in ("title", "slug", "excerpt", "status", "regions", "tags", "featured_image"):
        assert getattr(theirs, key) == getattr(ours, key), key
    assert sorted(p.name for p in item.bundle.glob("*.jpg")) == ["lead.jpg", "tent.jpg"]
    again = publish(editor, fresh, item.bundle, site_version=wordpress.version)
    assert again.nothing_to_send


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzáéñ", min_size=1, max_size=8)
SENTENCE = st.lists(WORD, min_size=1, max_size=8).map(lambda ws: " ".join(ws).capitalize() + ".")


@st.composite
def articles(draw: st.DrawFn) -> str:
    """Bodies in the normal form: paragraphs (some words emphasised), headings, bullet and numbered lists, quotes.

    A paragraph follows every other block: two quotes or two lists separated only by a blank line are one quote
    or one list in Markdown, a normalisation the converter rightly makes."""
    blocks: list[str] = []
    for _ in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["p", "p", "h2", "ul", "ol", "em", "quote"]))
        if kind == "p":
            blocks.append(draw(SENTENCE))
        elif kind == "em":
            blocks.append(f"{draw(SENTENCE)} *{draw(WORD)}* and **{draw(WORD)}** end.")
        elif kind == "h2":
            blocks.append("## " + draw(SENTENCE).rstrip("."))
        elif kind == "quote":
            blocks.append("> " + draw(SENTENCE))
        else:
            items = draw(st.lists(SENTENCE, min_size=1, max_size=3))
            blocks.append("\n".join(f"{'-' if kind == 'ul' else f'{n}.'} {t}" for n, t in enumerate(items, 1)))
        if kind in ("ul", "ol", "quote"):
            blocks.append(draw(SENTENCE))
    return "\n\n".join(blocks) + "\n"


# Each example publishes twice and pulls once on the real site (~3 s): a few examples, no long shrinking.
@settings(max_examples=5, deadline=None, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=articles())
def test_generated_articles_survive_publish_pull_publish(
    client_as: Any, tmp_path: Path, body: str, wordpress: wpsite.WordPressSite,
) -> None:
    editor = client_as("editor")
    u = uuid.uuid4().hex[:8]
    ws, fresh = tmp_path / f"a-{u}", tmp_path / f"b-{u}"
    ws.mkdir()
    fresh.mkdir()
    bundle = write(ws, u, body, with_images=False)
    result = publish(editor, ws, bundle, site_version=wordpress.version)
    [item], _ = pull(editor, fresh, result.post_id)
    pulled, _ = read_article_file(item.bundle / "index.md")
    assert pulled.body == body
    assert publish(editor, fresh, item.bundle, site_version=wordpress.version).nothing_to_send
