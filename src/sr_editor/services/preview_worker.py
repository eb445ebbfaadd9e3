"""Live preview rendering off the GUI thread: debounce, one render in flight, rerun once, drop stale results.

Python-Markdown costs ~370 ms on 50k words, so rendering on the GUI thread would freeze typing. The renderer is
built inside the worker thread (one Markdown instance per thread); only signals cross threads.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from sr_editor.services.preview_html import adapt_for_text_browser, local_image_resolver

# body, resolve_image -> body HTML (core.render.render_body or IncrementalRenderer().render)
RenderFunction = Callable[[str, Callable[[str], object]], str]
RendererFactory = Callable[[], RenderFunction]


def debounce_ms(text_length: int) -> int:
    """Pause after typing before a render: short for short texts, longer for long ones (as ghostwriter does)."""
    return min(350, 40 + text_length // 2500)


class _RenderWorker(QObject):
    """Lives in the worker thread; turns (generation, body, bundle) into HTML."""

    done = Signal(int, str, str)  # generation, body HTML, HTML adapted for QTextBrowser
    failed = Signal(int, str)

    def __init__(self, factory: RendererFactory) -> None:
        super().__init__()
        self._factory = factory
        self._render: RenderFunction | None = None

    @Slot(int, str, str)
    def render(self, generation: int, body: str, bundle: str) -> None:
        try:
            if self._render is None:
                self._render = self._factory()
            resolver = local_image_resolver(Path(bundle) if bundle else None)
            body_html = self._render(body, resolver)
            self.done.emit(generation, body_html, adapt_for_text_browser(body_html))
        except Exception as error:  # a renderer bug must not kill the preview thread
            self.failed.emit(generation, f"The preview could not be rendered: {error}")


class PreviewPipeline(QObject):
    """GUI-side half: collects requests, debounces them and accepts only the newest result."""

    htmlReady = Signal(str, str)  # body HTML, adapted HTML
    renderFailed = Signal(str)
    _dispatch_signal = Signal(int, str, str)

    def __init__(self, factory: RendererFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("preview-render")
        self._worker = _RenderWorker(factory)
        self._worker.moveToThread(self._thread)
        self._dispatch_signal.connect(self._worker.render)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._dispatch)
        self._body = ""
        self._bundle = ""
        self._generation = 0  # bumps on every request; a result is current only if it carries the latest
        self._in_flight = False
        self.last_body_html = ""

    @property
    def busy(self) -> bool:
        return self._in_flight or self._timer.isActive()

    def request(self, body: str, bundle: Path | None, immediate: bool = False) -> None:
        self._body, self._bundle = body, str(bundle) if bundle else ""
        self._generation += 1
        self._timer.start(0 if immediate else debounce_ms(len(body)))

    def _dispatch(self) -> None:
        if self._in_flight:
            return  # rerun once when the current render returns
        self._in_flight = True
        self._dispatch_signal.emit(self._generation, self._body, self._bundle)

    @Slot(int, str, str)
    def _on_done(self, generation: int, body_html: str, adapted: str) -> None:
        self._in_flight = False
        if generation != self._generation:
            if not self._timer.isActive():
                self._dispatch()  # text changed while rendering: one more render, this result is stale
            return
        self.last_body_html = body_html
        self.htmlReady.emit(body_html, adapted)

    @Slot(int, str)
    def _on_failed(self, generation: int, message: str) -> None:
        self._in_flight = False
        if generation == self._generation:
            self.renderFailed.emit(message)
        elif not self._timer.isActive():
            self._dispatch()

    def shutdown(self) -> None:
        self._timer.stop()
        self._thread.quit()
        self._thread.wait(5000)
