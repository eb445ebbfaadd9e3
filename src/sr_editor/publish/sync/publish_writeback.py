"""A publish's write-back step: this site's `remote:` entry in the front matter and the synced version.

`Record` holds the article as the job loaded it and writes back what the site answered (post id, link, status,
modified_gmt), the media records as each upload lands, and the article as sent (the base of the next "what
changed"). Only the front matter is ever rewritten; each write re-reads the file and saves with the hash just read.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, cast

from sr_editor.core.article.article import Article
from sr_editor.core.article.remote import RemoteEntry
from sr_editor.core.blocks.keep import SiteBase
from sr_editor.core.errors import ExternalChangeError
from sr_editor.core.i18n import translate
from sr_editor.core.storage.store import StoreLike
from sr_editor.publish import errors
from sr_editor.publish.sync import synced
from sr_editor.publish.sync.publish_parts import WRITE_BACK_ATTEMPTS, PublishResult


class Record:
    """One article's record of one site: read from and written to the front matter, guarded."""

    def __init__(self, store: StoreLike, bundle: Path, site: str) -> None:
        self.store = store
        self.bundle = bundle
        self.site = site
        self.article = Article()
        self.hash: str | None = None

    @property
    def path(self) -> str:
        return str(self.bundle / "index.md")

    def load(self) -> None:
        loaded = self.store.load(self.bundle)
        self.article, self.hash = loaded.article, loaded.disk_hash

    def workspace(self) -> Path | None:
        root = getattr(self.store, "root", None)
        return Path(root) if root is not None else None

    def remote(self) -> dict[str, Any]:
        return dict(self.article.remote_for(self.site))

    def save_remote(self, entry: dict[str, Any], reason: str = "publish", status: str | None = None) -> None:
        """Merge this site's `remote:` entry (and the site's `status`, when given) into the file as it is now and
        write it, guarded.

        The job works on the article as loaded at its start; the writer may keep typing (the window autosaves)
        or edit in another program meanwhile. So each write-back re-reads the file, sets only this site's
        entry, and saves with the hash just read; a write that slips in between makes it try again."""
        first: tuple[str, ...] = ("uid", "post_id", "link", "status", "modified_gmt")
        ordered: dict[str, Any] = {k: entry[k] for k in first if k in entry}
        ordered.update({k: v for k, v in entry.items() if k not in ordered})
        self.article.set_remote_for(self.site, cast(RemoteEntry, ordered))
        for _ in range(WRITE_BACK_ATTEMPTS):
            loaded = self.store.load(self.bundle)
            current: Article = loaded.article
            current.set_remote_for(self.site, cast(RemoteEntry, copy.deepcopy(ordered)))
            if status:
                current.status = status
            try:
                self.hash = self.store.save(self.bundle, current, loaded.disk_hash, reason=reason)
                return
            except ExternalChangeError:
                continue
        raise errors.PublishError(translate("PublishJob", "{0} kept changing while the publish wrote its post id "
                                            "back; publish again to record it.").format(self.path))

    def write_back(self, answer: Any, result: PublishResult) -> None:
        if not isinstance(answer, dict) or not isinstance(answer.get("id"), int) or answer["id"] <= 0:
            raise errors.UnexpectedAnswer(self.site, translate("UnexpectedAnswer", "the post request"),
                                          translate("UnexpectedAnswer", "a post with an id"))
        entry = self.remote()
        entry.pop("pending", None)
        entry.update({"post_id": int(answer["id"]), "link": str(answer.get("link", "")),
                      "status": str(answer.get("status", "")), "modified_gmt": str(answer.get("modified_gmt", ""))})
        status = str(answer["status"]) if answer.get("status") else None
        if status:
            self.article.status = status  # the front matter says what the site says
        self.save_remote(entry, status=status)
        workspace = self.workspace()
        if workspace is not None:  # written just now, so in its modified second: a racy record (see synced.py)
            synced.remember_racy(workspace, self.site, answer, racy=True)
        result.post_id, result.link = int(answer["id"]), str(answer.get("link", ""))
        result.status, result.modified_gmt = str(answer.get("status", "")), str(answer.get("modified_gmt", ""))

    def save_base(self, post_id: int, content: str | None) -> None:
        """The article as sent is the new synced version; when the body went, the site's content as it stored
        it is kept with it (one block for each block of our rendering)."""
        workspace = self.workspace()
        if workspace is not None:
            synced.save_base(workspace, self.site, post_id, self.article)
            if content:
                synced.save_site_base(workspace, self.site, post_id, self.article.body, SiteBase(content))
