"""The preview pipeline with its render child: kill -9 mid-render, a stuck child and quitting mid-render."""

from __future__ import annotations

import importlib.util
import os
import signal
from pathlib import Path
from typing import Any

import pytest

from sr_editor.services.preview.renderer import RenderIn
from sr_editor.services.preview.worker import PreviewPipeline

HERE = Path(__file__).resolve().parents[2] / "support"  # render_factories.py


@pytest.fixture(autouse=True)
def _factories_importable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(HERE))


def _pipeline(timeout: float = 60.0) -> PreviewPipeline:
    """The child imports `render_factories` from PYTHONPATH; here it is loaded by file (tests are no package)."""
    spec = importlib.util.spec_from_file_location("render_factories", HERE / "render_factories.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return PreviewPipeline(module.slow_on_demand, render_in=RenderIn.CHILD_PROCESS, timeout=timeout)


def _rendering_slowly(qtbot: Any) -> tuple[PreviewPipeline, Any]:
    """A pipeline whose child has rendered once and is now in the middle of a 30 s render, and that child."""
    pipeline = _pipeline()
    with qtbot.waitSignal(pipeline.htmlReady, timeout=15000):
        pipeline.request("warm", None, immediate=True)
    process = pipeline._worker.process
    assert process is not None
    pipeline.request("slow", None, immediate=True)
    return pipeline, process


def test_kill_9_of_the_child_mid_render_fails_that_render_and_the_next_one_works(qtbot: Any) -> None:
    pipeline, process = _rendering_slowly(qtbot)
    qtbot.wait(500)
    with qtbot.waitSignal(pipeline.renderFailed, timeout=15000):
        os.kill(process.pid, signal.SIGKILL)
    with qtbot.waitSignal(pipeline.htmlReady, timeout=15000) as after:
        pipeline.request("again", None, immediate=True)
    assert after.args[0].html == "<p>again</p>"
    assert pipeline._worker.process is not None and pipeline._worker.process.pid != process.pid
    pipeline.shutdown()


def test_a_stuck_child_is_replaced_after_the_timeout(qtbot: Any) -> None:
    pipeline = _pipeline(timeout=1.0)
    with qtbot.waitSignal(pipeline.renderFailed, timeout=15000) as failed:
        pipeline.request("slow", None, immediate=True)
    assert "longer than 1 seconds" in failed.args[0]
    with qtbot.waitSignal(pipeline.htmlReady, timeout=15000) as after:
        pipeline.request("next", None, immediate=True)
    assert after.args[0].html == "<p>next</p>"
    pipeline.shutdown()


def test_quitting_in_the_middle_of_a_render_does_not_wait_for_it(qtbot: Any) -> None:
    pipeline, process = _rendering_slowly(qtbot)
    qtbot.wait(300)
    pipeline.shutdown()
    # killed, not waited for: a child that had finished its 30 s render would have ended on its own (exit 0)
    assert process._process.wait(5) == -signal.SIGKILL
    assert pipeline._worker.process is None
    with pytest.raises(ProcessLookupError):
        os.kill(process.pid, 0)


def test_quitting_when_idle_lets_the_child_end_by_itself(qtbot: Any) -> None:
    pipeline = _pipeline()
    with qtbot.waitSignal(pipeline.htmlReady, timeout=15000):
        pipeline.request("warm", None, immediate=True)
    process = pipeline._worker.process
    assert process is not None
    pipeline.shutdown()
    assert process._process.returncode == 0  # closed its pipe and it exited, rather than being killed
