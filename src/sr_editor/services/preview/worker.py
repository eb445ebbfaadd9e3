"""Live preview rendering off the GUI thread: debounce, one render in flight, rerun once, drop stale results.

Python-Markdown costs ~370 ms on 50k words, so rendering on the GUI thread would freeze typing. The renderer is
built inside the worker thread (one Markdown instance per thread); only signals cross threads.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, QTimer, Signal, Slot

from sr_editor.core.i18n import translate
from sr_editor.services.preview.html import render_for_preview
from sr_editor.services.preview.render_child import RENDER_TIMEOUT_S, RenderProcess, factory_spec
from sr_editor.services.preview.renderer import (
    PreviewRequest,
    PreviewResult,
    RendererFactory,
    RenderFunction,
    RenderIn,
)


def debounce_ms(text_length: int) -> int:
    """Pause after typing before a render: short for short texts, longer for long ones (as ghostwriter does).
    The render runs in another process and the preview patches only what changed, so the pause stays short."""
    return min(150, 40 + text_length // 5000)


class _RenderWorker(QObject):
    """Lives in the worker thread; turns a PreviewRequest into a PreviewResult, in a child process or here."""

    # `object`, not str/list: a Qt-typed argument is converted to QString and back on every crossing, ~5 ms of
    # the GUI thread for a 100k-word article's HTML (its pieces as a list: ~8 ms); a Python object is passed as is
    done = Signal(object)  # PreviewResult
    failed = Signal(int, str)  # generation, the sentence for the status bar

    def __init__(self, factory: RendererFactory, render_in: RenderIn, timeout: float = RENDER_TIMEOUT_S) -> None:
        super().__init__()
        self._factory = factory
        self._in_child = render_in is RenderIn.CHILD_PROCESS
        self._spec = factory_spec(factory) if self._in_child else ""  # the child imports the factory by name
        self._timeout = timeout
        self._render: RenderFunction | None = None
        self._adapted: dict[str, str] = {}  # piece -> its QTextBrowser form, for the pieces of the last render
        self.process: RenderProcess | None = None

    @Slot()
    def warm_up(self) -> None:
        """Start the render process early, so the first preview does not wait for it."""
        if self._in_child and self.process is None:
            self.process = RenderProcess(self._spec, self._timeout)

    def _render_here(self, request: PreviewRequest) -> PreviewResult:
        if self._render is None:
            self._render = self._factory()
        return render_for_preview(self._render, request, self._adapted)

    @Slot(object)
    def render(self, request: PreviewRequest) -> None:
        try:
            if self._in_child:
                self.warm_up()
                assert self.process is not None
                try:
                    result = self.process.render(request)
                except (EOFError, OSError):  # died, killed or stuck (TimeoutError): a new one next time
                    self.process.close()
                    self.process = None
                    raise
            else:
                result = self._render_here(request)
            self.done.emit(result)
        except Exception as error:  # a renderer bug must not kill the preview thread
            message = translate("PreviewPipeline", "The preview could not be rendered: {0}").format(error)
            self.failed.emit(request.generation, message)

    @Slot()
    def stop(self) -> None:
        if self.process is not None:
            self.process.close()
            self.process = None


class PreviewPipeline(QObject):
    """GUI-side half: collects requests, debounces them and accepts only the newest result."""

    htmlReady = Signal(object)  # PreviewResult, the newest
    renderFailed = Signal(str)
    _dispatch_signal = Signal(object)  # PreviewRequest (an object: see `done`)
    _warm_signal = Signal()

    def __init__(self, factory: RendererFactory, parent: QObject | None = None,
                 render_in: RenderIn = RenderIn.WORKER_THREAD, timeout: float = RENDER_TIMEOUT_S) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("preview-render")
        self._worker = _RenderWorker(factory, render_in, timeout)
        self._worker.moveToThread(self._thread)
        self._dispatch_signal.connect(self._worker.render)
        self._warm_signal.connect(self._worker.warm_up)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()
        self._warm_signal.emit()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._dispatch)
        self._body: str | Callable[[], str] = ""
        self._bundle: Path | None = None
        self._generation = 0  # bumps on every request; a result is current only if it carries the latest
        self._in_flight = False
        self.last_body_html = ""

    @property
    def busy(self) -> bool:
        return self._in_flight or self._timer.isActive()

    def request(
        self, body: str | Callable[[], str], bundle: Path | None, immediate: bool = False, length: int | None = None
    ) -> None:
        """Ask for a render. `body` may be a function, read only when the render starts: copying a 50k-word
        text on every keystroke would cost more than the keystroke itself."""
        self._body, self._bundle = body, bundle
        self._generation += 1
        size = length if length is not None else (len(body) if isinstance(body, str) else 0)
        self._timer.start(0 if immediate else debounce_ms(size))

    def _dispatch(self) -> None:
        if self._in_flight:
            return  # rerun once when the current render returns
        self._in_flight = True
        if callable(self._body):
            self._body = self._body()
        self._dispatch_signal.emit(PreviewRequest(self._generation, self._body, self._bundle))

    @Slot(object)
    def _on_done(self, result: PreviewResult) -> None:
        self._in_flight = False
        if result.generation != self._generation:
            if not self._timer.isActive():
                self._dispatch()  # text changed while rendering: one more render, this result is stale
            return
        self.last_body_html = result.html
        self.htmlReady.emit(result)

    @Slot(int, str)
    def _on_failed(self, generation: int, message: str) -> None:
        self._in_flight = False
        if generation == self._generation:
            self.renderFailed.emit(message)
        elif not self._timer.isActive():
            self._dispatch()

    def shutdown(self) -> None:
        """Stop the render thread and process; a render in flight is not waited for (its process is killed)."""
        self._timer.stop()
        process = self._worker.process
        if self._in_flight and process is not None:
            process.kill()
        QMetaObject.invokeMethod(self._worker, "stop", Qt.ConnectionType.BlockingQueuedConnection)
        self._thread.quit()
        self._thread.wait(5000)
