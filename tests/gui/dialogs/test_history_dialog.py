"""History dialog: versions listed newest first with a diff; Restore saves the old text through the store."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from sr_editor.core.article.article import Article
from sr_editor.core.article.frontmatter import decode_article_bytes, parse_article, serialize_article
from sr_editor.core.errors import ExternalChangeError
from sr_editor.gui.dialogs import history_dialog
from sr_editor.gui.dialogs.history_dialog import HistoryDialog

OLD = b"---\ntitle: Strike\n---\nTeachers marched on Monday.\n"
CURRENT = b"---\ntitle: Strike\n---\nTeachers marched on Tuesday.\nA new paragraph.\n"


@dataclass(frozen=True)
class Version:
    id: str
    time: float
    reason: str
    size: int


class FakeHistory:
    def __init__(self) -> None:
        self.data: dict[str, bytes] = {"v1": OLD}
        self.list = [Version("v1", 1_764_000_000.0, "autosave", len(OLD))]

    def versions(self, bundle: Path) -> list[Version]:
        return list(self.list)

    def read(self, bundle: Path, version_id: str) -> bytes:
        return self.data[version_id]

    def restore(self, store: FakeStore, bundle: Path, version_id: str, expected_hash: str | None) -> str:
        path = bundle / "index.md"
        article = parse_article(decode_article_bytes(self.read(bundle, version_id), path), path)
        return store.save(bundle, article, expected_hash, reason="restore")


class FakeStore:
    """Saves like ArticleStore: refuses on a hash mismatch, records the replaced file in history."""

    def __init__(self, history: FakeHistory) -> None:
        self.history = history

    def disk_hash(self, bundle: Path) -> str | None:
        return hashlib.sha256((bundle / "index.md").read_bytes()).hexdigest()

    def save(self, bundle: Path, article: Article, expected_hash: str | None, reason: str = "save") -> str:
        if expected_hash != hashlib.sha256((bundle / "index.md").read_bytes()).hexdigest():
            raise ExternalChangeError(bundle / "index.md")
        previous = (bundle / "index.md").read_bytes()
        vid = f"v{len(self.history.list) + 1}"
        self.history.data[vid] = previous
        self.history.list.insert(0, Version(vid, 1_764_000_100.0, reason, len(previous)))
        (bundle / "index.md").write_text(serialize_article(article), encoding="utf-8")
        return self.disk_hash(bundle) or ""


@pytest.fixture
def article_bundle(bundle: Path) -> Path:
    (bundle / "index.md").write_bytes(CURRENT)
    return bundle


def open_dialog(qtbot: Any, bundle: Path) -> tuple[HistoryDialog, FakeHistory]:
    history = FakeHistory()
    dialog = HistoryDialog(history, FakeStore(history), bundle)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, history


def test_lists_versions_with_reason_and_size(qtbot: Any, article_bundle: Path) -> None:
    dialog, _ = open_dialog(qtbot, article_bundle)
    assert dialog.versionList.count() == 1
    assert "autosave" in dialog.versionList.item(0).text()
    assert f"{len(OLD)} B" in dialog.versionList.item(0).text()


def test_selected_version_is_diffed_against_the_current_file(qtbot: Any, article_bundle: Path) -> None:
    dialog, _ = open_dialog(qtbot, article_bundle)
    assert "-Teachers marched on Monday." in dialog.diffView.lines
    assert "+A new paragraph." in dialog.diffView.lines


def test_restore_writes_the_old_version_and_records_the_replaced_one(qtbot: Any, article_bundle: Path) -> None:
    dialog, history = open_dialog(qtbot, article_bundle)
    with qtbot.waitSignal(dialog.restored) as blocker:
        dialog.restoreButton.click()
    assert blocker.args == [article_bundle]
    assert (article_bundle / "index.md").read_bytes() == OLD
    assert history.data["v2"] == CURRENT
    assert history.list[0].reason == "restore"
    assert dialog.result() == HistoryDialog.DialogCode.Accepted


def test_restore_refused_by_the_store_shows_why_and_writes_nothing(
    qtbot: Any, article_bundle: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog, _ = open_dialog(qtbot, article_bundle)
    (article_bundle / "index.md").write_bytes(CURRENT + b"edited in another editor\n")
    monkeypatch.setattr(dialog.store, "disk_hash", lambda bundle: "hash loaded before the other edit")
    shown: list[str] = []
    monkeypatch.setattr(history_dialog.QMessageBox, "warning", lambda *a: shown.append(str(a[2])))
    dialog.restoreButton.click()
    assert shown and "changed by another program" in shown[0]
    assert (article_bundle / "index.md").read_bytes() == CURRENT + b"edited in another editor\n"


def test_no_versions_disables_restore(qtbot: Any, article_bundle: Path) -> None:
    history = FakeHistory()
    history.list = []
    dialog = HistoryDialog(history, FakeStore(history), article_bundle)
    qtbot.addWidget(dialog)
    assert not dialog.restoreButton.isEnabled()


def test_unreadable_history_folder_is_reported_not_raised(
    qtbot: Any, article_bundle: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    history = FakeHistory()

    def broken(bundle: Path) -> list[Version]:
        raise PermissionError(13, "Permission denied", str(bundle / ".sr-editor" / "history"))

    monkeypatch.setattr(history, "versions", broken)
    dialog = HistoryDialog(history, FakeStore(history), article_bundle)
    qtbot.addWidget(dialog)
    assert "Permission denied" in dialog.statusLabel.text()
    assert not dialog.restoreButton.isEnabled()
