"""What one preview render takes and gives, where it runs, and the renderer the program uses. No Qt here: the
render child imports this module and nothing of the window.

The live preview, from a keystroke to the paint: the controller (`gui/window/controller.py`) asks the
`PreviewPipeline` (`worker.py`) for a render; the pipeline debounces and sends one `PreviewRequest` to its worker
thread, which renders it in the render child (`render_child.py`) or in the thread itself (`RenderIn`); the
`PreviewResult` comes back, stale ones are dropped, and `PreviewView` (`gui/preview/preview.py`) patches the pieces
that changed (`gui/preview/patch.py`). `html.py` adapts the HTML for QTextBrowser, off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from sr_editor.core.render.extension import ImageResolver

# the whole body HTML, or pieces that joined with BLOCK_SEPARATOR are it
RenderResult = str | Sequence[str]
# body, resolve_image -> body HTML, or its pieces (core.render.render.render_body, IncrementalRenderer().render_pieces)
RenderFunction = Callable[[str, Callable[[str], object]], RenderResult]
RendererFactory = Callable[[], RenderFunction]


class RenderIn(Enum):
    """Where the preview's Markdown is rendered."""

    CHILD_PROCESS = "child process"  # the program: Python-Markdown holds the GIL ~370 ms on 50k words, not here
    WORKER_THREAD = "worker thread"  # tests and tools: no child to start; typing may stall during a render


@dataclass(frozen=True, slots=True)
class PreviewRequest:
    """One render: the text and the article folder (the only place its images may come from). `generation`
    tells the newest request from stale ones."""

    generation: int
    body: str
    bundle: Path | None


@dataclass(frozen=True, slots=True)
class PreviewResult:
    """The answer to the request of the same `generation`: the body HTML (for "Open in browser" and the checks),
    and its pieces adapted for QTextBrowser (the view patches those that changed)."""

    generation: int
    html: str
    pieces: list[str]


def preview_renderer() -> RenderFunction:
    """The program's renderer, built inside the render child: the incremental renderer (same HTML as
    render_body, fast after small edits), giving pieces so the preview patches only those that changed; real
    shortcode blocks, which only the site can run, show as labelled placeholders."""
    from sr_editor.core.blocks.text import preview_placeholders
    from sr_editor.core.render.incremental import IncrementalRenderer

    render = IncrementalRenderer().render_pieces

    def render_preview(body: str, resolve_image: Callable[[str], object] | None = None) -> list[str]:
        resolver = cast("ImageResolver | None", resolve_image)  # html.local_image_resolver: what the renderer takes
        return [preview_placeholders(piece) for piece in render(body, resolver)]

    return render_preview
