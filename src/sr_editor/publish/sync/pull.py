"""`PullJob`: posts of a site -> bundles in the workspace, each reported created/updated/unchanged/conflict.

- Who sees what: an Editor or Administrator (`edit_others_posts`) pulls everyone's posts; an Author or Contributor
  only their own (the listing is filtered by their user id, and asking for another writer is refused with a
  sentence). A post the account may not read is reported with a sentence and the others go on.
- Paging: 100 posts a request (WordPress's maximum), progress after each post, `cancel()` between posts. Each
  post is written completely (images first, then `index.md` atomically) before the next one starts, so a
  cancelled or cut pull resumes by running it again: what was pulled is `unchanged` (no download) and the rest
  follows. A cancel also abandons the work running ahead; a post whose image download it stopped is not written.
- The network overlaps (a site is usually far away): ids and times are listed first, the pages after the first
  a few at once once the first told how many (paging.py, never past that count); the whole posts only of those
  changed, two pages at once and two pages ahead of the one being written (read_ahead.py); the images of new
  posts four at a time, a few files ahead (download_ahead.py); the workspace is read while the listing starts,
  the terms and writers beside the first page with a changed post (a pull with nothing changed reads neither);
  pulling again, the listing and the pages the last pull listed beside the account (`_listing_and_account`).
  Each helper thread has its own client (`WordPressClient.twin`).
- Pulling again: a post whose `modified_gmt` equals the recorded one is unchanged, unless it was read in the
  very second it was modified (the server's `Date` header says so): `modified_gmt` has 1-second resolution, so
  such a "racy" post is fetched whole next time and its content compared with a fingerprint kept in
  `.sr-editor/sites/<site>/synced/racy.json`, and an edit made in that same second is seen. One changed on the
  site while the article is unchanged since the last sync is updated (the local text goes to history first);
  when both changed it is a conflict: the local article stays, the site's version goes into local history and
  waits in `.sr-editor/sites/<site>/incoming/` for the three-way merge (base: the last synced version, see
  synced.py).
"""

from __future__ import annotations

import threading
from collections.abc import Generator, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sr_editor.core.article.frontmatter import serialize_article
from sr_editor.core.article.slugs import unique_slug
from sr_editor.core.article.status import STATUSES
from sr_editor.core.errors import SrEditorError
from sr_editor.core.i18n import translate
from sr_editor.core.pacing import Progress
from sr_editor.core.storage.site_names import ensure_inside, safe_folder_name
from sr_editor.core.storage.store import StoreLike
from sr_editor.core.storage.workspace import occupied_names
from sr_editor.core.visible_text import visible
from sr_editor.publish import errors
from sr_editor.publish.sync import synced
from sr_editor.publish.sync.download_ahead import DownloadAhead
from sr_editor.publish.sync.pull_index import PullIndex
from sr_editor.publish.sync.pull_post import PostBuilder, make_durable_now, merge_into, plain, write_files
from sr_editor.publish.sync.read_ahead import Ahead, read_ahead
from sr_editor.publish.wordpress import paging
from sr_editor.publish.wordpress.client import WordPressClient
from sr_editor.publish.wordpress.parallel import Twins, map_ahead
from sr_editor.publish.wordpress.terms import TermCache, sync_terms

OUTCOMES = ("created", "updated", "unchanged", "conflict")
POST_FIELDS = ("id,date_gmt,modified_gmt,slug,generated_slug,status,title,excerpt,content,author,categories,tags,"
               "featured_media,link")
LIST_STATUSES = STATUSES  # every status: core.article.status holds the one list
PER_PAGE = paging.PER_PAGE
LISTING_WORKERS = 4  # pages of ids and times fetched at once, after the first
POST_WORKERS = 2  # pages of whole posts fetched at once (a WordPress serves a few requests at once)
PAGES_AHEAD = 2  # pages of whole posts ready ahead of the one being written

@dataclass
class PullOptions:
    statuses: list[str] = field(default_factory=lambda: ["any"])
    author: str | None = None  # a login (user slug) on the site
    region: str | None = None
    since: datetime | None = None  # only posts modified after this moment
    ids: list[int] = field(default_factory=list)
    per_page: int = PER_PAGE
    take_site: bool = False  # "Keep the site's version": replace a locally changed article too (it goes to history)


@dataclass(frozen=True)
class PullItem:
    bundle: Path
    post_id: int
    outcome: str  # one of OUTCOMES
    notes: tuple[str, ...] = ()

    def line(self) -> str:
        return f"{self.bundle} {self.post_id} {self.outcome}"

    def to_json(self) -> dict[str, Any]:
        return {"path": str(self.bundle), "post_id": self.post_id, "outcome": self.outcome,
                "notes": list(self.notes)}


class PullJob:
    """Pull the posts the options select; `run()` returns one PullItem per post; failures go to `failures`."""

    def __init__(self, client: WordPressClient, site: str, store: StoreLike, terms: TermCache | None,
                 options: PullOptions | None = None, progress: Progress | None = None) -> None:
        self.client = client
        self.site = site
        self.store = store
        self.workspace = Path(store.root)
        self.terms = terms
        self.options = options or PullOptions()
        self._progress = progress
        self._cancel = threading.Event()
        self.items: list[PullItem] = []
        self.failures: list[str] = []
        self.downloads = 0
        self._index: dict[int, Path] = {}
        self._modified: dict[int, str] = {}  # post id -> modified_gmt recorded in the local article
        self._pulled = PullIndex(self.workspace, site)  # both, kept between pulls (pull_index.py)
        # post id -> (modified_gmt, content fingerprint) of posts read in their modified second (synced.load_racy)
        self._racy_before: dict[int, tuple[str, str]] = {}  # as the last pull or publish left them
        self._racy: dict[int, tuple[str, str]] = {}  # as this pull leaves them
        self._read_at: dict[int, str] = {}  # post id -> the server's Date when its whole post was read
        self._taken: set[str] | None = None  # names new bundles may not take (read once, then kept up to date)
        self._unsynced: list[Path] = []  # new files written without fsync, made durable once per page
        self._twins: Twins[WordPressClient] = Twins(client.twin)  # the clients of the helper threads
        self._local: Future[None] = Future()  # the workspace read (_read_local), done aside at the start
        self._aside = ThreadPoolExecutor(max_workers=3, thread_name_prefix="sr-pull-aside")
        self._aside_lock = threading.Lock()
        self._aside_reads: tuple[Future[TermCache] | None, Future[dict[int, str]]] | None = None
        self._me: dict[str, Any] = {}
        self._account: Future[dict[str, Any]] = Future()  # users/me, which the listings wait for
        self._query_used: dict[str, Any] = {}  # the listing's query, once the account said it
        self._expected = 0  # posts the last pull listed: the pages they fill are asked at once (paging.pages)
        self._listed = 0  # posts this pull listed
        self._post_builder: PostBuilder | None = None
        self._ahead = DownloadAhead(lambda url, stopped: client.download(url, stopped=stopped), site)

    def cancel(self) -> None:
        self._cancel.set()
        self._twins.cancel()  # the pages being read ahead are abandoned
        self._ahead.cancel()  # and the images being downloaded ahead

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    # ----- the run --------------------------------------------------------------------------------------
    def run(self) -> list[PullItem]:
        # The workspace is read while the listing starts; the terms and the writers too, once a post changed
        # (a pull with nothing changed needs neither).
        self._local = self._aside.submit(self._read_local)
        try:
            posts = self._listing_and_account()
        except BaseException:  # the account failed: what was asked early is abandoned
            self._aside.shutdown(wait=False)
            self._twins.cancel()
            raise
        try:
            for done, (post, total, page) in enumerate(posts, 1):
                if self._cancel.is_set():
                    raise errors.PublishCancelled(str(self.workspace))
                self._local.result()
                if page is not None:
                    self._listed += len(page)
                    self._make_durable()
                    fresh = [p for p in page if self._may_have_changed(p)]
                    new = {int(p["id"]) for p in fresh if int(p["id"]) not in self._index}
                    if fresh:
                        self._builder().prefetch(fresh, new)
                self._report(translate("pull", "Post {0}: {1}").format(
                    post.get("id"), visible(plain(post.get("title")), 60)), done, total)
                try:
                    item = self._pull_one(post)
                    self.items.append(item)
                    if item.outcome != "conflict":  # a conflict is seen again until it is merged
                        self._remember(item.post_id, post)
                except errors.RequestCancelled:
                    raise
                except _ONE_POST_FAILURES as exc:  # one bad post never stops the others
                    self.failures.append(translate("pull", "post {0}: {1}").format(post.get("id"), _reason(exc)))
            self._pulled.note_listing(int(self._me.get("id", 0)), _sees_all(self._me), self._listed)
        except errors.RequestCancelled:  # a helper's request, abandoned by cancel()
            if self._cancel.is_set():
                raise errors.PublishCancelled(str(self.workspace)) from None
            raise
        finally:
            posts.close()
            self._aside.shutdown(wait=False)
            self._ahead.cancel()
            self._twins.cancel()  # whatever is still in flight after an error is abandoned
            self._make_durable()
            if self._local.exception() is None:  # waits for the workspace read: it is on disk, it ends
                self._pulled.save()
                # only what this pull changed: a publish meanwhile keeps its records
                changed = {k: v for k, v in self._racy.items() if self._racy_before.get(k) != v}
                synced.update_racy(self.workspace, self.site, changed, set(self._racy_before) - set(self._racy))
        self.downloads = self._post_builder.downloads if self._post_builder is not None else 0
        return self.items

    def _listing_and_account(self) -> Generator[tuple[dict[str, Any], int, list[dict[str, Any]] | None]]:
        """The posts to pull. The account (users/me) decides the listing's query, but the last pull's account
        foretells it: that listing is asked at once, beside the account's request, and kept when the account
        answers as before (else dropped for the right one)."""
        last = None if self.options.ids or self.options.author or self.options.region else \
            PullIndex(self.workspace, self.site).last_listing()
        guess: dict[str, Any] | None = None
        early: Ahead[tuple[list[dict[str, Any]], int]] | None = None
        if last is not None:
            account, sees_all, self._expected = last
            guess = self._query({"id": account, "capabilities": {"edit_others_posts": sees_all}})
            early = read_ahead(lambda: self._pages(guess), depth=PAGES_AHEAD)
        try:
            me = self.client.me()
            self._me, self._query_used = me, self._query(me)
        except BaseException as exc:
            self._account.set_exception(exc)
            raise
        finally:
            if early is not None and self._query_used != guess:
                early.close()  # the account failed or answered otherwise: what was asked early is dropped
        self._account.set_result(me)
        return self._each_post(early) if early is not None and self._query_used == guess else \
            self._posts(self._query_used)

    def _read_local(self) -> None:
        """What the workspace holds of this site: the articles by post id, and the posts read in their second."""
        self._pulled = PullIndex(self.workspace, self.site).read()
        self._index, self._modified = self._pulled.bundles, self._pulled.modified
        self._racy_before = synced.load_racy(self.workspace, self.site)
        self._racy = dict(self._racy_before)

    def _read_aside(self, here: bool = False) -> tuple[Future[TermCache] | None, Future[dict[int, str]]]:
        """The terms (unless given) and the writers, read once, by whoever first needs them: on helper threads
        for a page with changed posts (while its posts come), or `here` on the pull's own client for the first
        post to build (so a cancel during it lets that post finish, as between any two posts)."""
        with self._aside_lock:
            if self._aside_reads is None and here:
                terms: Future[TermCache] | None = None
                if self.terms is None or self._needs_terms():
                    terms = Future()
                    terms.set_result(sync_terms(self.client, self.workspace, self.site))
                authors: Future[dict[int, str]] = Future()
                authors.set_result(self._authors(self._me))
                self._aside_reads = (terms, authors)
            elif self._aside_reads is None:
                terms = self._aside.submit(lambda: sync_terms(self._twins.new(), self.workspace, self.site)) \
                    if self.terms is None or self._needs_terms() else None
                self._aside_reads = (terms, self._aside.submit(self._authors, self._me, self._twins.new()))
            return self._aside_reads

    def _builder(self) -> PostBuilder:
        if self._post_builder is None:
            terms, authors = self._read_aside(here=True)
            if terms is not None:
                self.terms = terms.result()
            assert self.terms is not None
            self._post_builder = PostBuilder(self.client, self.site, self.terms, authors.result())
            self._post_builder.ahead = self._ahead
        return self._post_builder

    def _make_durable(self) -> None:
        if self._unsynced:
            make_durable_now(self._unsynced)
            self._unsynced.clear()

    def _may_have_changed(self, stub: dict[str, Any]) -> bool:
        """Another `modified_gmt` than recorded, or the same one on a post read in its modified second."""
        post_id = int(stub["id"])
        racy = self._racy_before.get(post_id)
        return self._modified.get(post_id) != stub.get("modified_gmt") or (
            racy is not None and racy[0] == stub.get("modified_gmt"))

    def _report(self, message: str, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(message, done, total)

    def _needs_terms(self) -> bool:
        return self.options.region is not None and self.terms is not None and \
            self.terms.find("categories", self.options.region) is None

    # ----- who may see what -----------------------------------------------------------------------------
    def _query(self, me: dict[str, Any]) -> dict[str, Any]:
        sees_all = _sees_all(me)
        statuses = [s for s in self.options.statuses if s != "any"] if "any" not in self.options.statuses else []
        query: dict[str, Any] = {"context": "edit", "status": ",".join(statuses) or ",".join(LIST_STATUSES),
                                 "orderby": "id", "order": "asc", "_fields": POST_FIELDS}
        if self.options.author:
            own = self.options.author.strip().lower() in (str(me.get("slug", "")).lower(), self.client.username.lower())
            if not sees_all and not own:
                raise errors.PermissionDenied(
                    self.site, translate("pull", "pull the posts of {0}").format(self.options.author),
                    translate("pull", "an Author or Contributor reads only their own posts; ask an Editor"))
            query["author"] = self._user_id(self.options.author, me)
        elif not sees_all:
            query["author"] = int(me.get("id", 0))
        if self.options.region:
            query["categories"] = self._category(self.options.region)
        if self.options.since is not None:
            moment = self.options.since if self.options.since.tzinfo else self.options.since.astimezone()
            query["modified_after"] = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return query

    def _category(self, region: str) -> int:
        cache = self.terms or sync_terms(self.client, self.workspace, self.site)
        self.terms = cache
        term = cache.find("categories", region) or sync_terms(self.client, self.workspace, self.site).find(
            "categories", region)
        if term is None:
            raise errors.PublishError(translate("pull", "{0} has no category \"{1}\".").format(self.site, region))
        return term.id

    def _user_id(self, login: str, me: dict[str, Any]) -> int:
        if login.strip().lower() == str(me.get("slug", "")).lower():
            return int(me.get("id", 0))
        for user_id, slug in self._authors(me).items():
            if slug.lower() == login.strip().lower():
                return user_id
        raise errors.PublishError(translate("pull", "{0} has no writer with the login \"{1}\".").format(
            self.site, login))

    def _authors(self, me: dict[str, Any], client: WordPressClient | None = None) -> dict[int, str]:
        found = {int(me.get("id", 0)): str(me.get("slug") or self.client.username)}
        try:
            for user in (client or self.client).get_all("/wp/v2/users", {"who": "authors", "_fields": "id,slug"}):
                found[int(user["id"])] = str(user.get("slug", ""))
        except (errors.PublishError, KeyError, TypeError, ValueError):
            pass  # Contributors may not list users: their own name is enough for their own posts
        return found

    # ----- listing ----------------------------------------------------------------------------------------
    def _posts(self, query: dict[str, Any]) -> Generator[tuple[dict[str, Any], int, list[dict[str, Any]] | None]]:
        """Each post with the total and, on a page's first post, the page; the listing starts at once."""
        if self.options.ids:
            ids = self.options.ids
            return ((post, len(ids), None) for post in map(self._one, ids) if post is not None)
        # The next pages are fetched while this one is written (read_ahead), by clients of their own.
        pages = read_ahead(lambda: self._pages(query), depth=PAGES_AHEAD)
        return self._each_post(pages)

    @staticmethod
    def _each_post(pages: Ahead[tuple[list[dict[str, Any]], int]]) -> Generator[
            tuple[dict[str, Any], int, list[dict[str, Any]] | None]]:
        try:
            for posts, total in pages:
                for number, post in enumerate(posts):
                    yield post, total, posts if number == 0 else None
        finally:
            pages.close()

    def _pages(self, query: dict[str, Any]) -> Iterator[tuple[list[dict[str, Any]], int]]:
        """Each page: a page of ids and times first (a few at once once the first told how many); the whole
        posts only for those changed since our copy, for a few pages at once."""
        listing = paging.pages(self._twins.new(), "/wp/v2/posts", {**query, "_fields": "id,modified_gmt"},
                               per_page=self.options.per_page, cancelled=self._cancel.is_set,
                               on_cancel=lambda: errors.PublishCancelled(str(self.workspace)),
                               workers=LISTING_WORKERS, twin=self._twins.new, expected=self._expected)

        def whole(page: paging.Page) -> tuple[paging.Page, list[dict[str, Any]]]:
            self._account.result()  # a listing asked before the account answered waits for it here
            if query != self._query_used:
                return page, []  # asked early for another account: dropped, nothing more read for it
            self._local.result()  # what is changed is known once the workspace is read
            if any(self._may_have_changed(stub) for stub in page.items):
                self._read_aside()  # the terms and writers come while the posts do
            return page, self._full_posts(self._twins.mine(), query, page.items)

        for page, posts in map_ahead(whole, listing, POST_WORKERS):
            for shown, why in page.skipped:
                self.failures.append(translate("pull", "post {0}: {1}; it was not pulled.").format(shown, why))
            yield posts, max(page.total or 0, len(page.items))

    def _full_posts(self, client: WordPressClient, query: dict[str, Any],
                    stubs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The stubs, with each changed one replaced by the whole post (one request for the page)."""
        ids = [paging.item_id(s["id"]) for s in stubs]
        for stub, post_id in zip(stubs, ids, strict=True):
            stub["id"] = post_id
        changed = [i for s, i in zip(stubs, ids, strict=True) if self._may_have_changed(s)]
        full: dict[int, dict[str, Any]] = {}
        if changed:
            found, date = client.get_dated("/wp/v2/posts", {**query, "include": ",".join(map(str, changed)),
                                                            "per_page": len(changed)})
            items, _skipped = paging.page_items(found, self.site)
            full = {paging.item_id(p["id"]): {**p, "id": paging.item_id(p["id"])} for p in items}
            self._read_at.update(dict.fromkeys(full, date))
        return [full.get(i, s) for s, i in zip(stubs, ids, strict=True) if i in full or i not in changed]

    def _one(self, post_id: int) -> dict[str, Any] | None:
        try:
            post, self._read_at[post_id] = self.client.get_dated(f"/wp/v2/posts/{post_id}",
                                                                 {"context": "edit", "_fields": POST_FIELDS})
        except errors.NotFound:
            self.failures.append(translate("pull", "post {0}: {1} has no post {0} (deleted, or never there).").format(
                post_id, self.site))
            return None
        except (errors.PermissionDenied, errors.AuthError, errors.ApiError) as exc:
            if isinstance(exc, errors.AuthError) and exc.code != "rest_forbidden_context":
                raise
            role = ", ".join(self.client.me().get("roles") or []) or translate("pull", "this account")
            self.failures.append(translate(
                "pull", "post {0}: your account on {1} ({2}) may not read post {0}: it belongs to another writer or "
                "is private; ask an Editor to pull it.").format(post_id, self.site, role))
            return None
        return post if isinstance(post, dict) else None

    # ----- one post ---------------------------------------------------------------------------------------
    def _pull_one(self, post: dict[str, Any]) -> PullItem:
        post_id = int(post["id"])
        bundle = self._index.get(post_id)
        if bundle is not None and self._unchanged(post_id, self._modified.get(post_id), post):
            return PullItem(bundle, post_id, "unchanged")
        if bundle is None:
            return self._create(post)
        loaded = self.store.load(bundle)
        entry = loaded.article.remote_for(self.site)
        if self._unchanged(post_id, str(entry.get("modified_gmt", "")), post):
            return PullItem(bundle, post_id, "unchanged")
        base = synced.load_base(self.workspace, self.site, post_id)
        built = self._builder().build(post, bundle, loaded.article)
        ensure_inside(self.workspace, bundle)
        write_files(self.workspace, bundle, built.files)
        if self.options.take_site or not synced.changed_parts(loaded.article, base):
            article = merge_into(loaded.article, built.article, self.site)
            reason = f"kept the site's version of {self.site}" if self.options.take_site else f"pull from {self.site}"
            self.store.save(bundle, article, loaded.disk_hash, reason=reason)
            self._pulled.note(bundle, post_id, str(post.get("modified_gmt", "")))
            synced.save_base(self.workspace, self.site, post_id, article)
            synced.save_site_base(self.workspace, self.site, post_id, article.body, built.site_base)
            synced.drop_incoming(self.workspace, self.site, post_id)
            return PullItem(bundle, post_id, "updated", tuple(built.notes))
        incoming = merge_into(loaded.article, built.article, self.site)
        if self.store.history is not None:
            self.store.history.record(bundle, serialize_article(incoming).encode("utf-8"),
                                      reason=f"site version {self.site}")
        synced.save_incoming(self.workspace, self.site, post_id, incoming)
        synced.save_site_base(self.workspace, self.site, post_id, incoming.body, built.site_base)
        note = translate("pull", "changed on {0} and here since the last sync: your text is kept; the site's version "
                         "is in the local history and waits for a merge").format(self.site)
        return PullItem(bundle, post_id, "conflict", (note, *built.notes))

    def _unchanged(self, post_id: int, recorded: str | None, post: dict[str, Any]) -> bool:
        """Same `modified_gmt` as recorded and, for a post last read in its modified second, the same content."""
        if self.options.take_site or recorded != str(post.get("modified_gmt", "")):
            return False
        before = self._racy_before.get(post_id)
        if before is None or before[0] != recorded or "content" not in post:
            return True
        return before[1] == synced.site_fingerprint(post)

    def _remember(self, post_id: int, post: dict[str, Any]) -> None:
        """Keep the fingerprint of a whole post read in the second it was modified; forget it once read later."""
        if "content" not in post:
            return
        if synced.read_in_modified_second(self._read_at.get(post_id, ""), str(post.get("modified_gmt", ""))):
            self._racy[post_id] = (str(post.get("modified_gmt", "")), synced.site_fingerprint(post))
        else:
            self._racy.pop(post_id, None)

    def _create(self, post: dict[str, Any]) -> PullItem:
        post_id = int(post["id"])
        # The site's slug never chooses where files go: made safe, and proven to stay in the workspace.
        name = safe_folder_name(str(post.get("slug") or ""), str(post.get("generated_slug") or ""),
                                plain(post.get("title")), fallback=f"post-{post_id}")
        if self._taken is None:
            self._taken = occupied_names(self.workspace)
        bundle = self.workspace / unique_slug(name, self._taken)
        ensure_inside(self.workspace, bundle)
        self._taken.add(bundle.name)
        built = self._builder().build(post, bundle, None)
        # New files, so nothing to lose: written without fsync and made durable together once per page.
        write_files(self.workspace, bundle, built.files, durable=False)
        self._unsynced += [bundle / name for name in built.files]
        self.store.save(bundle, built.article, None, reason=f"pull from {self.site}", durable=False)
        index = self.store.index_path(bundle)
        self._unsynced.append(index)
        # A new article has no layout of its own: its file is the base as synced.save_base would write it.
        synced.save_base_text(self.workspace, self.site, post_id, index.read_text(encoding="utf-8"), durable=False)
        self._unsynced.append(synced.base_path(self.workspace, self.site, post_id))
        synced.save_site_base(self.workspace, self.site, post_id, built.article.body, built.site_base, durable=False)
        self._unsynced.append(synced.site_base_path(self.workspace, self.site, post_id))
        self._index[post_id] = bundle
        self._pulled.note(bundle, post_id, str(post.get("modified_gmt", "")))
        return PullItem(bundle, post_id, "created", tuple(built.notes))


# What one post can raise without stopping the pull of the others: the site's refusals, files that cannot be
# written, and content the conversion cannot handle (odd types, text that is not valid Unicode, deep nesting).
_ONE_POST_FAILURES = (errors.PublishError, SrEditorError, OSError, ValueError, TypeError, KeyError, AttributeError,
                      RecursionError)


def _sees_all(me: dict[str, Any]) -> bool:
    """Whether the account lists every writer's posts (an Editor or Administrator)."""
    return isinstance(caps := me.get("capabilities"), dict) and bool(caps.get("edit_others_posts"))


def _reason(exc: BaseException) -> str:
    """One sentence for a post that failed; site text in it made visible and bounded."""
    if isinstance(exc, UnicodeError):
        return translate("pull", "its text holds characters that are not valid Unicode (such as a lone "
                         "surrogate); it was not pulled.")
    if isinstance(exc, RecursionError):
        return translate("pull", "its content is nested too deeply to convert; it was not pulled.")
    if isinstance(exc, SrEditorError | OSError):
        return visible(str(exc), 300)
    return translate("pull", "the site sent it in a form sr-editor cannot read ({0}); it was not pulled.").format(
        visible(f"{type(exc).__name__}: {exc}", 160))
