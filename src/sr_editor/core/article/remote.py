"""One site's entry under `remote:` in the front matter: what sr-editor records about the post it made there.

```yaml
remote:
  production:
    uid: 3f2a...            # our marker in the post, so a retry finds a post whose create answer was lost
    post_id: 1234
    link: https://example.org/?p=1234
    status: publish         # the site's status at the last publish or pull
    modified_gmt: "2026-01-05T10:00:00"   # the site's copy at that moment (conflict detection)
    pending: 9c1e...        # a publish in flight: its retry token, gone once the post id is written back
    forced: [{by: ana, at: ..., rules: [alt-missing], reason: ...}]   # publishes past a blocking check
    media: {photo.jpg: {id: 77, sha256: ..., url: ..., alt: ..., caption: ..., credit: ...}}
```

The types say what sr-editor writes. An entry read from a file holds whatever the YAML held (a hand edit, another
tool, a crafted file): every reader still checks the value it uses (`media.meta_int` for ids,
`MediaRecord.from_meta` for a media record, `isinstance` for the rest), and keys it does not know are kept.
"""

from __future__ import annotations

from typing import TypedDict

__all__ = ["RemoteEntry"]


class RemoteEntry(TypedDict, total=False):
    """The keys sr-editor reads and writes in one site's `remote:` entry (see the module's example)."""

    uid: str
    post_id: int
    link: str
    status: str
    modified_gmt: str
    pending: str
    forced: list[dict[str, object]]  # by, at, rules, reason
    media: dict[str, dict[str, object]]  # image src -> a `publish.wordpress.media.MediaRecord` as meta
