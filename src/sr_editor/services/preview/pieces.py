"""Which pieces of a render changed since the last one: the preview patches only those, and the render child
sends only those (a 100k-word article's reply was all its HTML twice, ~1.5 MB of JSON parsed under the
interpreter lock on every keystroke). No Qt, no Markdown: both processes import it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

BLOCK_SEPARATOR = "\n\n"  # between pieces, as core.render.incremental joins them (a test ties the two)
_STRIDE = 16_384  # characters compared at a time while looking for where two texts start to differ


def changed_range(old: Sequence[str], new: Sequence[str]) -> tuple[int, int, int]:
    """(start, old end, new end): pieces [start, old end) of `old` become [start, new end) of `new`."""
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    suffix = 0
    while suffix < limit - start and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]:
        suffix += 1
    return start, len(old) - suffix, len(new) - suffix


def delta(sent: Sequence[str], new: Sequence[str]) -> tuple[int, int]:
    """(pieces kept at the start, pieces kept at the end) of `sent` in `new`; new[start:len(new) - end] is what to
    send."""
    start, old_end, _new_end = changed_range(sent, new)
    return start, len(sent) - old_end


def apply_delta(kept: Sequence[str], start: object, end: object, changed: object) -> list[str] | None:
    """`kept` with the changed pieces between its first `start` and last `end`; None when the reply does not fit
    what was kept (then the caller starts over)."""
    if not (isinstance(start, int) and isinstance(end, int) and isinstance(changed, list)):
        return None
    if start < 0 or end < 0 or start + end > len(kept) or not all(isinstance(piece, str) for piece in changed):
        return None
    return [*kept[:start], *changed, *kept[len(kept) - end:]]


def common_ends(old: str, new: str) -> tuple[int, int]:
    """(characters `old` and `new` share at the start, characters they share at the end after those): the window
    sends the render child only what lies between (a keystroke in a 100k-word article was its whole 600 KB text,
    ~9 ms of JSON encoding under the interpreter lock on every render). Strides, then halving: each comparison
    is one C memcmp of a slice, so a 600 KB text costs well under a millisecond."""
    limit = min(len(old), len(new))
    start = _shared_length(old, new, limit, lambda text, at, size: text[at:at + size])
    room = limit - start
    end = _shared_length(old, new, room, lambda text, at, size: text[len(text) - at - size:len(text) - at])
    return start, end


def _shared_length(old: str, new: str, limit: int, part: Callable[[str, int, int], str]) -> int:
    """How many characters, up to `limit`, `part` finds equal in both texts, counted from its side."""
    shared = 0
    while shared < limit:
        size = min(_STRIDE, limit - shared)
        if part(old, shared, size) == part(new, shared, size):
            shared += size
            continue
        while size > 1:  # the first difference lies in [shared, shared + size): halve towards it
            half = size // 2
            if part(old, shared, half) == part(new, shared, half):
                shared += half
                size -= half
            else:
                size = half
        return shared
    return shared
