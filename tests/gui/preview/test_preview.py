"""The preview widget and its render pipeline."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument

from sr_editor.gui.preview.preview import PreviewView
from sr_editor.services.preview.html import adapt_for_text_browser, full_page, local_image_resolver
from sr_editor.services.preview.worker import PreviewPipeline, debounce_ms


@pytest.fixture
def preview(qtbot: Any) -> PreviewView:
    view = PreviewView("p { color: #123456; }")
    view.resize(500, 300)
    qtbot.addWidget(view)
    view.show()
    return view


def test_remote_images_are_never_fetched(preview: PreviewView) -> None:
    preview.show_html("", '<p><img src="https://example.org/tracker.png"></p>')
    image = preview.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("https://example.org/x.png"))
    assert "https://example.org/tracker.png" in preview.blocked_urls
    assert image is not None and not image.isNull()


def test_clicked_links_open_in_the_system_browser(preview: PreviewView, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    preview.anchorClicked.emit(QUrl("https://example.org/story"))
    assert [u.toString() for u in opened] == ["https://example.org/story"]
    assert preview.source().isEmpty()


def test_a_link_to_a_footnote_scrolls_the_preview_to_it_and_opens_nothing(
        preview: PreviewView, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    body = "".join(f"<p>Paragraph {i}</p>" for i in range(300)) + '<p><a name="fn-1"></a>The note.</p>'
    preview.show_html(body, body)
    preview.verticalScrollBar().setValue(0)
    preview.anchorClicked.emit(QUrl("#fn-1"))
    assert preview.verticalScrollBar().value() > preview.verticalScrollBar().maximum() // 2
    assert opened == []


def test_scroll_position_survives_an_update(preview: PreviewView, qtbot: Any) -> None:
    body = "".join(f"<p>Paragraph {i}</p>" for i in range(300))
    preview.show_html(body, body)
    bar = preview.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    preview.show_html(body + "<p>one more</p>", body + "<p>one more</p>")
    assert abs(bar.value() - kept) <= 2


def test_open_in_browser_writes_a_full_page_with_the_stylesheet(
    preview: PreviewView, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    preview.show_html("<p>Body text</p>", "<p>Body text</p>", "A title")
    page = preview.open_in_browser(tmp_path)
    text = page.read_text(encoding="utf-8")
    assert "#123456" in text and "<p>Body text</p>" in text and "A title" in text
    assert opened[0].toLocalFile() == str(page)


def test_figures_become_centred_paragraphs_with_a_caption() -> None:
    html = '<figure><img src="a.jpg" alt="x"><figcaption>The caption</figcaption></figure>'
    adapted = adapt_for_text_browser(html)
    assert "<figure" not in adapted and 'class="figcaption"' in adapted and "The caption" in adapted


def test_blockquotes_become_a_table_with_a_bar() -> None:
    adapted = adapt_for_text_browser("<blockquote><p>Said</p></blockquote>")
    assert "<blockquote" not in adapted and 'class="quotebar"' in adapted


def test_local_images_resolve_inside_the_bundle_only(tmp_path: Path) -> None:
    (tmp_path / "crowd.jpg").write_bytes(b"jpeg")
    resolve = local_image_resolver(tmp_path)
    assert resolve("crowd.jpg") == (tmp_path / "crowd.jpg").resolve().as_uri()
    assert resolve("../other/secret.jpg") == ""
    assert resolve("https://example.org/a.jpg") == ""


def test_full_page_escapes_the_title() -> None:
    assert "&lt;b&gt;" in full_page("", "", "<b>")


def test_debounce_grows_with_the_text_and_is_capped() -> None:
    assert debounce_ms(100) < debounce_ms(300_000) <= 150


def test_pipeline_drops_stale_results_and_reruns_once(qtbot: Any) -> None:
    gate = threading.Event()
    rendered: list[str] = []

    def factory() -> Any:
        def render(body: str, resolve: Any) -> str:
            if body == "first":
                gate.wait(5)
            rendered.append(body)
            return f"<p>{body}</p>"

        return render

    pipeline = PreviewPipeline(factory)
    shown: list[str] = []
    pipeline.htmlReady.connect(lambda result: shown.append(result.html))
    pipeline.request("first", None, immediate=True)
    qtbot.wait(50)
    pipeline.request("second", None, immediate=True)
    pipeline.request("third", None, immediate=True)
    qtbot.wait(50)
    gate.set()
    qtbot.waitUntil(lambda: shown == ["<p>third</p>"], timeout=3000)
    qtbot.wait(100)
    assert shown == ["<p>third</p>"]
    assert rendered == ["first", "third"]
    pipeline.shutdown()


def test_a_renderer_error_is_reported_and_the_pipeline_keeps_working(qtbot: Any) -> None:
    def factory() -> Any:
        def render(body: str, resolve: Any) -> str:
            if body == "bad":
                raise ValueError("boom")
            return body

        return render

    pipeline = PreviewPipeline(factory)
    with qtbot.waitSignal(pipeline.renderFailed) as failed:
        pipeline.request("bad", None, immediate=True)
    assert "boom" in failed.args[0]
    with qtbot.waitSignal(pipeline.htmlReady):
        pipeline.request("good", None, immediate=True)
    pipeline.shutdown()


def test_the_render_process_restarts_after_it_dies(qtbot: Any) -> None:
    from sr_editor.services.preview.renderer import RenderIn, preview_renderer

    pipeline = PreviewPipeline(preview_renderer, render_in=RenderIn.CHILD_PROCESS)
    with qtbot.waitSignal(pipeline.htmlReady, timeout=15000) as first:
        pipeline.request("*one*", None, immediate=True)
    assert "<em>one</em>" in first.args[0].html
    process = pipeline._worker.process
    assert process is not None
    os.kill(process.pid, signal.SIGKILL)
    with qtbot.waitSignal(pipeline.renderFailed, timeout=15000):
        pipeline.request("two", None, immediate=True)
    with qtbot.waitSignal(pipeline.htmlReady, timeout=15000) as third:
        pipeline.request("**three**", None, immediate=True)
    assert "<strong>three</strong>" in third.args[0].html
    pipeline.shutdown()


def test_a_page_arriving_in_a_turn_a_key_spent_is_shown_on_the_next_turn(qtbot: Any) -> None:
    from sr_editor.services.runtime.turns import TurnBudget

    turns = TurnBudget(clock=lambda: 0.0, cpu=lambda: 0.0)
    view = PreviewView("p { color: #123456; }", turns=turns)
    qtbot.addWidget(view)
    view.show_html("<p>First.</p>", "<p>First.</p>")
    turns.typed()
    view.show_html("<p>After a key.</p>", "<p>After a key.</p>")
    assert view.body_html == "<p>First.</p>"  # not in the key's turn
    qtbot.waitUntil(lambda: view.body_html == "<p>After a key.</p>")
    assert "After a key." in view.document().toPlainText()
