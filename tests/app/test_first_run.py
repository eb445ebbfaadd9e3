"""What the README's run command opens: the sample workspace on first run, then the last workspace used."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sr_editor import app


def test_a_missing_workspace_opens_with_the_sample_articles(tmp_path: Path) -> None:
    root = tmp_path / "Documents" / "sr-editor"
    workspace = app.open_workspace(root, app.load_vocabulary())
    assert len(workspace.list_articles()) == 5


def test_an_existing_empty_workspace_gets_no_samples(workspace_dir: Path) -> None:
    workspace = app.open_workspace(workspace_dir, app.load_vocabulary())
    assert workspace.list_articles() == []


def test_an_explicit_workspace_wins(tmp_path: Path) -> None:
    assert app.choose_workspace(tmp_path / "given", tmp_path / "last") == tmp_path / "given"


def test_the_environment_variable_wins_over_the_last_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SR_EDITOR_WORKSPACE", str(tmp_path / "env"))
    assert app.choose_workspace(None, tmp_path / "last") == tmp_path / "env"


def test_the_last_workspace_reopens_when_nothing_is_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SR_EDITOR_WORKSPACE")
    assert app.choose_workspace(None, tmp_path / "last") == tmp_path / "last"


def test_the_documents_folder_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SR_EDITOR_WORKSPACE")
    assert app.choose_workspace(None, None) == Path.home() / "Documents" / "sr-editor"


def test_an_article_given_on_the_command_line_is_the_one_shown(
    make_window: Any, sample_workspace: Path, qtbot: Any
) -> None:
    from sr_editor import app

    window = make_window(sample_workspace, start=False)
    bundle = sample_workspace / "brazil-forest"
    app.start_window(window, bundle)
    assert window.context.document.bundle == bundle
