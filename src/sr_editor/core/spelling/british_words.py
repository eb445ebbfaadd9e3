"""The British-only word list: the forms en_GB's Hunspell accepts and en_US's rejects, kept in the user's cache.

On disk: a magic line, the key of the dictionaries it was made from (sizes and times of en_US's and en_GB's .dic
and .aff), the SHA-256 of the words, then the words (sorted UTF-8, one a line) compressed with zlib. The file is
untrusted on read: its size and the words' size are bounded, the digest and each word's shape are checked, and an
odd file is ignored (the caller keeps en_GB's Hunspell). In memory the words stay one `bytes` object (~1.4 MB for
~120k forms) with a small index of every ~1 KB stretch.
"""

from __future__ import annotations

import bisect
import logging
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from sr_editor.core.digest import sha256_hex
from sr_editor.core.storage.atomicfile import atomic_write_bytes, remove_stale_temp_files

log = logging.getLogger(__name__)

MAGIC = b"sr-editor british-only words 1\n"
MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_WORDS_BYTES = 16 * 1024 * 1024
LIST_NAME = "en_GB-only.words"
INDEX_STRIDE = 1024  # bytes of words between two entries of the in-memory index (~1,300 entries)
# A word the editor asks about: letters, with inner apostrophes (as prose_words finds them, after ICONV ’ -> ').
WORD_SHAPE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_MISSHAPEN = ("''", "\n'", "'\n", "\n\n")  # with str.isalpha over the rest: every line is a WORD_SHAPE word


def listable(word: str) -> bool:
    """Shaped like a word the editor asks about, in letters str.isalpha knows (what `decode_list` accepts)."""
    return bool(WORD_SHAPE.fullmatch(word)) and word.replace("'", "").isalpha()


class BritishListError(ValueError):
    """The cached list is not one we wrote for these dictionaries (stale, truncated, corrupt or too big)."""


class BritishWords:
    """Sorted words in one bytes object, one a line; `accepts` follows Hunspell's case rules.

    A small index (the first word after every INDEX_STRIDE bytes, ~90 KB) narrows a look-up to one stretch of
    ~1 KB, searched in C. Only a word that is in the file can be found, so an unsorted file could at worst miss
    words, never accept others."""

    def __init__(self, blob: bytes) -> None:
        self._blob = b"\n" + blob  # every line between two newlines
        self._starts: list[int] = []  # line starts (offsets in self._blob)
        self._firsts: list[bytes] = []  # the word at each start
        position = 1
        while position < len(self._blob):
            end = self._blob.find(b"\n", position)
            self._starts.append(position)
            self._firsts.append(self._blob[position:end])
            position = self._blob.find(b"\n", position + INDEX_STRIDE) + 1 or len(self._blob)

    def __len__(self) -> int:
        return self._blob.count(b"\n") - 1

    @property
    def nbytes(self) -> int:
        """Bytes held: the words, the index's words and its lists (objects' own overhead included)."""
        index = sum(sys.getsizeof(w) for w in self._firsts) + sys.getsizeof(self._firsts) * 2
        return sys.getsizeof(self._blob) + index + sys.getsizeof(0) * len(self._starts)

    def __contains__(self, word: str) -> bool:
        target = word.encode("utf-8")
        stretch = bisect.bisect_right(self._firsts, target) - 1
        if stretch < 0:
            return False
        start = self._starts[stretch] - 1  # the newline before the stretch's first word
        end = self._starts[stretch + 1] if stretch + 1 < len(self._starts) else len(self._blob)
        return self._blob.find(b"\n" + target + b"\n", start, end) >= 0

    def accepts(self, word: str) -> bool:
        """In the list as written, or as Hunspell allows: a lower-case entry also passes Capitalised and in
        capitals, a Capitalised one in capitals. Curly apostrophes count as straight ones (the .aff's ICONV)."""
        word = word.replace("’", "'")
        if not word:
            return False
        if word in self:
            return True
        first, rest = word[:1], word[1:]
        if first.isupper() and rest == rest.lower():  # Colour -> colour
            return (first.lower() + rest) in self
        if word.isupper() and len(word) > 1:  # COLOUR -> colour, Colour
            return word.lower() in self or (first + rest.lower()) in self
        return False


def encode_list(key: str, words: Iterable[str]) -> bytes:
    """The file's bytes for these words (shaped like words the editor asks about; others are left out)."""
    kept = sorted({w.encode("utf-8") for w in words if listable(w)})
    blob = b"".join(w + b"\n" for w in kept)
    digest = sha256_hex(blob).encode("ascii")
    return MAGIC + key.encode("ascii") + b"\n" + digest + b"\n" + zlib.compress(blob, 9)


def decode_list(data: bytes, key: str) -> BritishWords:
    """The words of a file written by `encode_list` for `key`; BritishListError when it is anything else."""
    if len(data) > MAX_FILE_BYTES:
        raise BritishListError("larger than any list we write")
    if not data.startswith(MAGIC):
        raise BritishListError("not a British word list")
    header_key, _, rest = data[len(MAGIC):].partition(b"\n")
    digest, _, packed = rest.partition(b"\n")
    if header_key != key.encode("ascii"):
        raise BritishListError("made from other dictionaries")
    unpacker = zlib.decompressobj()
    try:
        blob = unpacker.decompress(packed, MAX_WORDS_BYTES + 1)
    except zlib.error as exc:
        raise BritishListError(f"corrupt: {exc}") from exc
    if len(blob) > MAX_WORDS_BYTES or not unpacker.eof or unpacker.unused_data:
        raise BritishListError("truncated or too large")
    if sha256_hex(blob).encode("ascii") != digest:
        raise BritishListError("its words do not match their digest")
    try:
        text = blob.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BritishListError("not UTF-8") from exc
    if not _well_shaped(text):
        raise BritishListError("holds something that is not a word")
    return BritishWords(blob)


def _well_shaped(text: str) -> bool:
    """One word a line, each ending in a newline (string methods: a regular expression takes 0.1 s here)."""
    if not text:
        return True
    if not text.endswith("\n") or text[0] in "'\n" or any(bad in text for bad in _MISSHAPEN):
        return False
    return text.replace("'", "").replace("\n", "").isalpha()


def read_list(path: Path, key: str) -> BritishWords | None:
    """The cached list when it is there and good for `key`; None otherwise (one log line when it is odd)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a folder or a pipe in its place: never wait on it
            raise OSError(f"{path} is not a file")
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("British word list %s unreadable: %s", path, exc)
        return None
    try:
        return decode_list(data, key)
    except BritishListError as exc:
        log.warning("British word list %s ignored: %s", path, exc)
        return None


def write_list(path: Path, key: str, words: Iterable[str]) -> int:
    """Replace the cached list atomically (two writers: the last one wins, each file whole); its size in bytes.
    OSError (a full disk) leaves the old file as it was."""
    data = encode_list(key, words)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temp_files(path.parent)  # a writer killed mid-write left its temp file
    atomic_write_bytes(path, data, durable=False)
    return len(data)


def list_path(cache_dir: Path) -> Path:
    return cache_dir / "spelling" / LIST_NAME


def dictionary_dirs() -> list[Path]:
    """Where Enchant's Hunspell provider looks for dictionaries: the user's enchant folder, then each system data
    folder's hunspell/ (and the older myspell/)."""
    dirs: list[Path] = []
    if os.environ.get("ENCHANT_CONFIG_DIR"):
        dirs.append(Path(os.environ["ENCHANT_CONFIG_DIR"]) / "hunspell")
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    dirs.append(Path(config) / "enchant" / "hunspell")
    for data in (os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share").split(os.pathsep):
        if data:
            dirs += [Path(data) / "hunspell", Path(data) / "myspell"]
    dirs += [Path("/usr/share/hunspell"), Path("/usr/share/myspell")]
    return list(dict.fromkeys(dirs))


def dictionary_files(tag: str, dirs: Sequence[Path] | None = None) -> tuple[Path, Path] | None:
    """(.aff, .dic) of the dictionary `tag` ('en_GB') in the first folder holding both; None when none does."""
    for folder in dictionary_dirs() if dirs is None else dirs:
        aff, dic = folder / f"{tag}.aff", folder / f"{tag}.dic"
        if aff.is_file() and dic.is_file():
            return aff, dic
    return None


def list_key(files: Sequence[Path]) -> str:
    """Changes when any of the files is replaced (a dictionary upgrade): their paths, sizes and times."""
    parts = [MAGIC]
    for file in files:
        info = file.stat()
        parts.append(f"{file.resolve()}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    return sha256_hex(b"".join(parts))
