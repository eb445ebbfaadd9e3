"""What the render process loads: it renders every preview, so it stays small. BeautifulSoup (~5 MiB) is loaded
only when a kept unit has to be shown as a box, never for an article without one."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[3] / "src"
RENDER = """
import json, sys
import sr_editor.services.preview.render_child
from sr_editor.services.preview.html import render_for_preview
from sr_editor.services.preview.renderer import PreviewRequest, preview_renderer
result = render_for_preview(preview_renderer(), PreviewRequest(0, sys.stdin.read(), None), {})
print(json.dumps({"bs4": "bs4" in sys.modules, "html": result.html, "modules": sorted(sys.modules)}))
"""
COVER = ('<!-- wp:cover {"url":"https://img.example.org/dawn.jpg"} -->\n<div class="wp-block-cover" '
         'style="min-height:300px"><p>Marchers at dawn</p></div>\n<!-- /wp:cover -->\n')


def _render_in_fresh_process(body: str) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-c", RENDER], input=body, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"}, timeout=60)
    return dict(json.loads(out.stdout))


def test_rendering_an_article_without_kept_units_never_loads_beautifulsoup() -> None:
    answer = _render_in_fresh_process("# Title\n\nSome *text* with a [link](https://example.org).\n\n> A quote.\n")
    assert "<em>text</em>" in str(answer["html"])
    assert answer["bs4"] is False


def test_a_kept_unit_shown_as_a_box_still_gets_its_text() -> None:
    answer = _render_in_fresh_process(f"Before the cover.\n\n{COVER}\nAfter it.\n")
    assert 'class="sr-kept-unit"' in str(answer["html"])
    assert "https://img.example.org/dawn.jpg Marchers at dawn" in str(answer["html"])


def test_the_render_process_loads_neither_openssl_nor_a_process_launcher_nor_a_code_highlighter() -> None:
    answer = _render_in_fresh_process("# Title\n\n![A march](march.jpg)\n\n```python\nprint(1)\n```\n")
    assert '<pre class="wp-block-code language-python"><code>print(1)</code></pre>' in str(answer["html"])
    loaded = set(answer["modules"])  # type: ignore[call-overload]
    assert loaded.isdisjoint({"hashlib", "_hashlib", "ssl", "uuid", "subprocess", "pygments"})


def test_pygments_stays_importable_after_the_renderer_hid_it_while_loading() -> None:
    pytest.importorskip("pygments")
    script = ("import sr_editor.core.render.render, sys\nassert 'pygments' not in sys.modules\nimport pygments\n"
              "print(pygments.__name__)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"}, timeout=60)
    assert out.stdout.strip() == "pygments"
