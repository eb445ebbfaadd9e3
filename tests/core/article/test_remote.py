"""One site's `remote:` entry: read as the file has it (never trusted), written without losing what it holds."""

from __future__ import annotations

import pytest

from sr_editor.core.article.article import Article
from sr_editor.core.article.remote import RemoteEntry


@pytest.mark.parametrize("raw", ["just text", 12, ["post_id", 1], None])
def test_an_entry_that_is_not_a_mapping_reads_as_no_entry(raw: object) -> None:
    article = Article(meta={"remote": {"prod": raw}})
    assert article.remote_for("prod") == {}


def test_a_remote_that_is_not_a_mapping_reads_as_no_sites() -> None:
    assert Article(meta={"remote": "prod"}).remote == {}
    assert Article(meta={"remote": "prod"}).remote_for("prod") == {}


def test_setting_one_site_keeps_the_others_and_keys_sr_editor_does_not_know() -> None:
    article = Article(meta={"remote": {"staging": {"post_id": 9, "note": "kept"}}})
    entry: RemoteEntry = {"post_id": 12, "status": "draft"}
    article.set_remote_for("prod", entry)
    assert article.meta["remote"] == {"staging": {"post_id": 9, "note": "kept"}, "prod": entry}


def test_an_entry_keeps_the_values_of_the_file_for_its_readers_to_check() -> None:
    """Not converted on reading: a hand edit stays as it was until sr-editor writes that key itself."""
    article = Article(meta={"remote": {"prod": {"post_id": "twelve", "media": ["a.jpg"]}}})
    assert article.remote_for("prod") == {"post_id": "twelve", "media": ["a.jpg"]}

