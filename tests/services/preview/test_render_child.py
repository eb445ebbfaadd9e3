"""The preview's render process is a plain child process: it renders, reports errors, dies cleanly and is
replaced, and never outlives the window's process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from sr_editor.services.preview.render_child import FLAG, RenderProcess, child_command, factory_spec
from sr_editor.services.preview.renderer import PreviewRequest

HERE = Path(__file__).resolve().parents[2] / "support"  # render_factories.py
SRC = HERE.parents[1] / "src"
SPEC = "render_factories:slow_on_demand"


@pytest.fixture(autouse=True)
def _factories_importable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(HERE))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] if Path(f"/proc/{pid}").exists() else ""
    return state != "Z"


def _gone_within(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.05)
    return False


def test_the_child_renders_the_real_markdown_and_its_preview_pieces() -> None:
    process = RenderProcess("sr_editor.services.preview.renderer:preview_renderer")
    try:
        result = process.render(PreviewRequest(7, "Some *emphasis*.\n\n> quoted", None))
    finally:
        process.close()
    assert result.generation == 7
    assert "<em>emphasis</em>" in result.html
    assert any('class="quote"' in piece for piece in result.pieces)  # adapted for QTextBrowser in the child


def test_a_renderer_error_is_reported_and_the_child_keeps_serving() -> None:
    process = RenderProcess(SPEC)
    try:
        with pytest.raises(RuntimeError, match="ValueError: the renderer broke"):
            process.render(PreviewRequest(0, "boom", None))
        assert process.render(PreviewRequest(0, "fine", None)).html == "<p>fine</p>"
    finally:
        process.close()


def test_output_printed_by_the_renderer_does_not_corrupt_the_replies() -> None:
    process = RenderProcess(SPEC)
    try:
        assert process.render(PreviewRequest(0, "print", None)).html == "<p>print</p>"
        assert process.render(PreviewRequest(0, "after", None)).html == "<p>after</p>"
    finally:
        process.close()


def test_kill_9_in_the_middle_of_a_render_fails_that_render_with_eof() -> None:
    process = RenderProcess(SPEC)
    errors: list[BaseException] = []

    def render() -> None:
        try:
            process.render(PreviewRequest(0, "slow", None))
        except BaseException as error:
            errors.append(error)

    thread = threading.Thread(target=render)
    thread.start()
    time.sleep(0.5)
    os.kill(process.pid, signal.SIGKILL)
    thread.join(10)
    process.close()
    assert not thread.is_alive()
    assert len(errors) == 1 and isinstance(errors[0], EOFError)


def test_a_stuck_child_is_killed_after_the_timeout() -> None:
    process = RenderProcess(SPEC, timeout=1.0)
    with pytest.raises(TimeoutError):
        process.render(PreviewRequest(0, "slow", None))
    assert _gone_within(process.pid, 5)
    assert process._process.wait(5) == -signal.SIGKILL  # killed by the timeout, not done with its 30 s render
    process.close()


def test_the_child_exits_by_itself_when_its_pipe_closes() -> None:
    command, env = child_command(SPEC)
    child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
    assert child.stdin is not None and child.stdout is not None
    child.stdin.close()
    assert child.wait(10) == 0  # ended on its own, not killed
    child.stdout.close()


def test_the_child_does_not_outlive_a_killed_window_process(tmp_path: Path) -> None:
    parent_code = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(SRC)!r})
        from sr_editor.services.preview.render_child import RenderProcess
        process = RenderProcess({SPEC!r})
        from sr_editor.services.preview.renderer import PreviewRequest
        print(process.render(PreviewRequest(0, "up", None)).html, process.pid, flush=True)
        time.sleep(60)
    """)
    parent = subprocess.Popen([sys.executable, "-c", parent_code], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    line = parent.stdout.readline().split()
    assert line[0] == "<p>up</p>"
    parent.kill()
    parent.wait(5)
    parent.stdout.close()
    assert _gone_within(int(line[1]), 10)


def test_the_frozen_program_starts_itself_as_the_child(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/sr-editor/sr-editor")
    command, _env = child_command(SPEC)
    assert command == ["/opt/sr-editor/sr-editor", FLAG, SPEC]


def test_the_program_entry_with_the_flag_is_the_child_and_not_the_window() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), str(HERE)])}
    out = subprocess.run([sys.executable, "-m", "sr_editor", FLAG, SPEC], input=b"", capture_output=True, env=env,
                         timeout=30)
    assert out.returncode == 0 and out.stdout == b"", out.stderr


def test_only_module_level_factories_can_run_in_the_child() -> None:
    def local() -> Any:
        return None

    assert factory_spec(factory_spec) == "sr_editor.services.preview.render_child:factory_spec"
    with pytest.raises(ValueError):
        factory_spec(local)
    with pytest.raises(ValueError):
        factory_spec(lambda: None)


def test_a_source_tree_goes_on_the_childs_path_and_an_installed_copy_does_not(monkeypatch: pytest.MonkeyPatch) -> None:
    import site

    _command, env = child_command(SPEC)
    assert env["PYTHONPATH"].split(os.pathsep)[0] == str(SRC)
    monkeypatch.setattr(site, "getsitepackages", lambda: [str(SRC)])
    _command, env = child_command(SPEC)
    assert env["PYTHONPATH"] == str(HERE)  # as the test set it: site-packages is not put before the stdlib


def _long_body(edit: str = "") -> str:
    return "".join(f"## Part {n}\n\n" + f"Paragraph {n} of a long article, words and more words. " * 60 + "\n\n"
                   for n in range(30)) + edit


def test_a_small_edit_brings_back_only_the_pieces_it_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The child keeps what it sent: after a one-paragraph edit its reply carries one piece, not the whole HTML."""
    import sr_editor.services.preview.render_child as render_child

    sizes: list[int] = []
    real = render_child.RenderProcess._read_exactly
    monkeypatch.setattr(render_child.RenderProcess, "_read_exactly",
                        lambda self, fd, size, deadline: sizes.append(size) or real(self, fd, size, deadline))
    process = RenderProcess("sr_editor.services.preview.renderer:preview_renderer")
    try:
        first = process.render(PreviewRequest(1, _long_body(), None))
        second = process.render(PreviewRequest(2, _long_body().replace("Paragraph 12 ", "Paragraph twelve "), None))
    finally:
        process.close()
    from sr_editor.core.render.render import render_body

    assert second.html == render_body(_long_body().replace("Paragraph 12 ", "Paragraph twelve "))
    assert len(second.pieces) == len(first.pieces) > 10
    assert sizes[3] < sizes[1] / 10  # the replies' bodies: the whole page, then one piece of it


def test_the_window_rebuilds_the_whole_page_from_the_kept_and_the_changed_pieces() -> None:
    process = RenderProcess("sr_editor.services.preview.renderer:preview_renderer")
    try:
        process.render(PreviewRequest(1, _long_body(), None))
        process.render(PreviewRequest(2, "## Part 0\n\nShort now.", None))
        third = process.render(PreviewRequest(3, _long_body("Last words."), None))
    finally:
        process.close()
    from sr_editor.core.render.render import render_body

    assert third.html == render_body(_long_body("Last words."))


def test_a_delta_that_does_not_fit_what_was_kept_is_refused() -> None:
    from sr_editor.services.preview.pieces import apply_delta

    assert apply_delta(["a", "b"], 1, 2, ["x"]) is None  # keeps more than there is
    assert apply_delta(["a", "b"], -1, 0, ["x"]) is None
    assert apply_delta(["a", "b"], 1, 0, [3]) is None
    assert apply_delta(["a", "b", "c"], 1, 1, ["x", "y"]) == ["a", "x", "y", "c"]


def test_the_pieces_separator_is_the_renderers() -> None:
    from sr_editor.core.render.incremental import BLOCK_SEPARATOR as RENDERER_SEPARATOR
    from sr_editor.services.preview.pieces import BLOCK_SEPARATOR

    assert BLOCK_SEPARATOR == RENDERER_SEPARATOR


def test_a_keystroke_sends_the_child_only_what_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    import sr_editor.services.preview.render_child as render_child

    sent: list[str] = []
    real = render_child.write_edit
    monkeypatch.setattr(render_child, "write_edit",
                        lambda stream, start, end, text, bundle: sent.append(text) or real(stream, start, end, text,
                                                                                          bundle))
    body = _long_body()
    edited = body.replace("Paragraph 12 ", "Paragraph 12x ", 1)
    process = RenderProcess("sr_editor.services.preview.renderer:preview_renderer")
    try:
        process.render(PreviewRequest(1, body, None))
        result = process.render(PreviewRequest(2, edited, None))
    finally:
        process.close()
    from sr_editor.core.render.render import render_body

    assert sent == [body, "x"]
    assert result.html == render_body(edited)


def _serve(*requests: bytes) -> list[Any]:
    """The child's loop on these raw requests: its replies."""
    import io
    import json
    import struct

    from sr_editor.services.preview.render_child import serve

    replies = io.BytesIO()
    serve("sr_editor.services.preview.renderer:preview_renderer", io.BytesIO(b"".join(requests)), replies)
    data, found = replies.getvalue(), []
    while data:
        (size,) = struct.unpack(">I", data[:4])
        found.append(json.loads(data[4:4 + size]))
        data = data[4 + size:]
    return found


def _edit(start: int, end: int, text: str) -> bytes:
    import io

    from sr_editor.services.preview.render_child import write_edit

    stream = io.BytesIO()
    write_edit(stream, start, end, text, "")
    return stream.getvalue()


def test_an_edit_out_of_step_with_the_childs_text_is_refused_and_the_next_whole_text_renders() -> None:
    replies = _serve(_edit(0, 0, "one"), _edit(2, 5, "x"), _edit(0, 0, "*two*"))
    assert replies[0][0] is True and replies[1][0] is False and "out of step" in replies[1][1]
    assert len(replies[2][3]) == 1 and "<p><em>two</em></p>" in replies[2][3][0]


@pytest.mark.parametrize("head", [b"not json", b"[1, 2]", b"7", b'["0", 0, ""]', b"[-1, 0, \"\"]", b"\xff\xfe"])
def test_a_malformed_request_is_refused_and_the_child_keeps_serving(head: bytes) -> None:
    import struct

    bad = struct.pack(">I", len(head)) + head + struct.pack(">I", 1) + b"x"
    replies = _serve(bad, _edit(0, 0, "fine"))
    assert replies[0][0] is False
    assert replies[1][:3] == [True, 0, 0] and "<p>fine</p>" in replies[1][3][0]


def test_text_that_is_not_utf8_is_refused() -> None:
    import json
    import struct

    head = json.dumps([0, 0, ""]).encode()
    bad = struct.pack(">I", len(head)) + head + struct.pack(">I", 2) + b"\xff\xfe"
    assert _serve(bad)[0][0] is False
