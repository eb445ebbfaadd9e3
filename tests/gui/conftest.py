"""Fixtures that build the real window through app.py on a temp workspace."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from sr_editor import app
from gui_fakes import FakeVocabulary, FakeWorkspace, fake_checker, markdown_renderer_factory, write_article


def _real_core_ready() -> bool:
    try:
        from sr_editor.core.workspace import Workspace

        return hasattr(Workspace, "list_articles")
    except ImportError:
        return False


@pytest.fixture
def sample_workspace(workspace_dir: Path) -> Path:
    write_article(workspace_dir, "haiti-protests", "Haiti: protests in Port-au-Prince",
                  "Crowds filled the streets.\n\nSecond paragraph.\n", excerpt="Crowds demand change.",
                  regions=["Latin America"])
    write_article(workspace_dir, "kenya-elections", "Kenya votes", "Polling stations opened early.\n",
                  excerpt="A calm election day.", regions=["Africa"], status="review")
    write_article(workspace_dir, "brazil-forest", "Brazil and the forest", "The Amazon burns.\n",
                  excerpt="Fires rise again.", regions=["Latin America"], status="ready")
    return workspace_dir


@pytest.fixture
def make_window(qtbot: Any, tmp_path: Path) -> Iterator[Callable[..., Any]]:
    windows: list[Any] = []

    def make(root: Path, start: bool = True) -> Any:
        workspace = FakeWorkspace(root)
        context = app.build_context(
            workspace, FakeVocabulary(), config_dir=tmp_path / "config",
            render_factory=markdown_renderer_factory, checker=fake_checker,
        )
        window = app.build_window(context)
        qtbot.addWidget(window)
        window.show()
        if start:
            app.start_window(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()
