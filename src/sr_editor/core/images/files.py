"""Image files of an article: where an image source points, and preparing photos for the bundle and the site.

Photos of protests can endanger the people in them, so every image we copy or upload is re-encoded from its
pixels alone: EXIF (GPS, camera serial), XMP and IPTC never survive. Pillow only; no Qt here.
"""

from __future__ import annotations

import io
import itertools
import os
import re
import unicodedata
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from sr_editor.core.errors import SrEditorError
from sr_editor.core.i18n import translate
from sr_editor.core.visible_text import shown_path

# The widest image sent to a site or imported into an article, in pixels: the one default for the window, its
# Preferences and the command line (Preferences may change it for the window).
MAX_IMAGE_WIDTH = 2000

if TYPE_CHECKING:
    from PIL import Image as PILImage

MAX_PIXELS = 80_000_000  # ~ a 10,000 x 8,000 photo; more is a decompression bomb or not a photo
MAX_FILE_BYTES = 60 * 1024 * 1024
JPEG_QUALITY = 88
_FORMATS = {"JPEG": ("image/jpeg", ".jpg"), "PNG": ("image/png", ".png"), "WEBP": ("image/webp", ".webp")}
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


class ImageError(SrEditorError):
    """An image that cannot be used; the message names the file and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{shown_path(self.path)}: {reason}.")


# ----- where an image source points ---------------------------------------------------------------------------
class ImagePlace(StrEnum):
    FILE = "file"  # an existing file inside the bundle
    MISSING = "missing"  # inside the bundle, but no such file
    OUTSIDE = "outside"  # absolute, `..`, or a symlink leading out of the bundle
    REMOTE = "remote"  # a URL (http:, //host/...)


@dataclass(frozen=True)
class ImageLocation:
    place: ImagePlace
    path: Path | None = None  # resolved file for FILE and MISSING


def locate_image(bundle: Path, src: str) -> ImageLocation:
    """Classify an image source as written in the article; the publisher and preview must use only FILE paths."""
    src = src.strip()
    if src.lower().startswith("file:"):
        return ImageLocation(ImagePlace.OUTSIDE)
    if src.startswith("//") or (_SCHEME.match(src) and not re.match(r"^[A-Za-z]:[\\/]", src)):
        return ImageLocation(ImagePlace.REMOTE)
    relative = unquote(src.split("#", 1)[0].split("?", 1)[0])
    if not relative or "\x00" in relative:
        return ImageLocation(ImagePlace.MISSING)
    candidate = Path(relative)
    if candidate.is_absolute() or relative.startswith(("\\", "/")) or re.match(r"^[A-Za-z]:", relative):
        return ImageLocation(ImagePlace.OUTSIDE)
    if ".." in re.split(r"[\\/]", relative):
        return ImageLocation(ImagePlace.OUTSIDE)
    root = bundle.resolve()
    try:
        resolved = (root / candidate).resolve()
    except (OSError, RuntimeError):  # symlink loop
        return ImageLocation(ImagePlace.OUTSIDE)
    if not resolved.is_relative_to(root):
        return ImageLocation(ImagePlace.OUTSIDE)
    return ImageLocation(ImagePlace.FILE if resolved.is_file() else ImagePlace.MISSING, resolved)


SUPPORTED_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".gif", ".bmp", ".tif", ".tiff"})


def preview_resolver(bundle: Path | None) -> Callable[[str], str | None]:
    """Image resolver for the preview: bundle files -> file:// URLs; anything outside the bundle or remote -> ""
    (an empty src, so the preview never reads a file outside the article nor fetches from the network)."""

    def resolve(src: str) -> str | None:
        if bundle is None:
            return ""
        location = locate_image(bundle, src)
        if location.place is ImagePlace.FILE and location.path is not None:
            return location.path.as_uri()
        return None if location.place is ImagePlace.MISSING else ""

    return resolve


# ----- what a file holds -----------------------------------------------------------------------------------------
ACCEPTED_FORMATS = ("JPEG", "MPO", "PNG", "WEBP", "GIF", "BMP", "TIFF")
_TAIL_BYTES = 4096


def content_problem(path: Path) -> str | None:
    """Why the file is not a photo the site accepts, judged from its content: Pillow reads only the header
    (no pixels are decoded), and the end of the file shows whether it was cut short. None when it is fine."""
    from PIL import Image, UnidentifiedImageError

    try:
        size = path.stat().st_size
        if size == 0:
            return translate("images", "the file is empty")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                fmt, (width, height) = image.format or "", image.size
    except (UnidentifiedImageError, SyntaxError, ValueError, Image.DecompressionBombError):
        return _unreadable_reason(path)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError | PermissionError | IsADirectoryError):
            return _cannot_read(exc)
        return translate("images", "the file is damaged or cut short (an incomplete download or copy)")
    if fmt not in ACCEPTED_FORMATS:
        if not fmt:
            return translate("images", "it is an unknown image, not a JPEG, PNG, WebP, GIF, BMP or TIFF")
        return translate("images", "it is a {0} image, not a JPEG, PNG, WebP, GIF, BMP or TIFF").format(fmt)
    if width * height > MAX_PIXELS:
        return _too_many_pixels(width, height)
    if _cut_short(path, fmt, size):
        return translate("images", "the file is cut short (an incomplete download or copy)")
    return None


def _cut_short(path: Path, fmt: str, size: int) -> bool:
    """The end marker each format must have: JPEG's EOI, PNG's IEND chunk, GIF's trailer, WebP's RIFF size."""
    try:
        with path.open("rb") as handle:
            head = handle.read(12)
            handle.seek(max(0, size - _TAIL_BYTES))
            tail = handle.read()
    except OSError:
        return True
    if fmt in ("JPEG", "MPO"):
        return b"\xff\xd9" not in tail
    if fmt == "PNG":
        return b"IEND" not in tail[-64:]
    if fmt == "GIF":
        return not tail.rstrip(b"\x00").endswith(b";")
    if fmt == "WEBP":
        return int.from_bytes(head[4:8], "little") + 8 > size
    return False


# ----- preparing an image ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PreparedImage:
    """Re-encoded image bytes without metadata, ready to store in a bundle or upload."""

    data: bytes
    filename: str
    mime: str
    width: int
    height: int
    sha256: str

    def __repr__(self) -> str:  # the bytes are not worth printing
        return f"PreparedImage({self.filename!r}, {self.mime}, {self.width}x{self.height}, {len(self.data)} bytes)"


def _open(path: Path) -> PILImage.Image:
    from PIL import Image

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImageError(path, _cannot_read(exc)) from exc
    if size > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // 2**20
        raise ImageError(path, translate("images", "the file is {0} MB; images over {1} MB are refused").format(
            f"{size / 2**20:.0f}", limit))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(path)
            if image.width * image.height > MAX_PIXELS:
                raise ImageError(path, _too_many_pixels(image.width, image.height))
            image.load()
    except ImageError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageError(path, translate("images", "the image is too large to be a photo (decompression bomb)")) \
            from exc
    except OSError as exc:
        if isinstance(exc, FileNotFoundError | PermissionError | IsADirectoryError):
            raise ImageError(path, _cannot_read(exc)) from exc
        raise ImageError(path, _unreadable_reason(path)) from exc
    except (ValueError, SyntaxError) as exc:  # Pillow raises these on some corrupt files
        raise ImageError(path, translate("images", "the image file is damaged")) from exc
    return image


def _cannot_read(exc: OSError) -> str:
    return translate("images", "the file cannot be read ({0})").format(exc.strerror or exc)


def _too_many_pixels(width: int, height: int) -> str:
    return translate("images", "the image is {0}x{1} pixels, too large to be a photo").format(width, height)


def _unreadable_reason(path: Path) -> str:
    try:
        head = path.read_bytes()[:512].lstrip().lower()
    except OSError:
        head = b""
    if path.suffix.lower() in (".svg", ".svgz") or head.startswith((b"<?xml", b"<svg")) or b"<svg" in head:
        return translate("images", "SVG drawings are not accepted (they can carry scripts); export it as PNG")
    return translate("images", "the file is not an image we can use; use a JPEG, PNG or WebP photo")


def prepare_image(path: Path, max_width: int = MAX_IMAGE_WIDTH) -> PreparedImage:
    """Upright, at most `max_width` wide, pixels only: EXIF/GPS/XMP/IPTC dropped, colours converted to sRGB."""
    import hashlib  # OpenSSL (libcrypto, ~2 MiB): not in the render child, which imports this module for its paths

    from PIL import Image, ImageOps

    source = _open(path)
    fmt = source.format or ""
    if fmt not in ("JPEG", "PNG", "WEBP", "GIF", "MPO", "BMP", "TIFF"):
        raise ImageError(path, translate("images", "{0} images are not supported; use JPEG, PNG or WebP").format(
            fmt or translate("images", "these")))
    image = ImageOps.exif_transpose(source) or source
    image = _to_srgb(image, path)
    if max_width > 0 and image.width > max_width:
        height = max(1, round(image.height * max_width / image.width))
        image = image.resize((max_width, height), Image.Resampling.LANCZOS)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
    out_format = "PNG" if fmt in ("PNG", "GIF", "BMP") or has_alpha else "JPEG"
    clean = _pixels_only(image, keep_alpha=out_format == "PNG")
    buffer = io.BytesIO()
    if out_format == "JPEG":
        clean.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    else:
        clean.save(buffer, "PNG", optimize=True)
    data = buffer.getvalue()
    mime, ext = _FORMATS[out_format]
    return PreparedImage(
        data=data,
        filename=safe_image_name(path.name, ext),
        mime=mime,
        width=clean.width,
        height=clean.height,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _to_srgb(image: PILImage.Image, path: Path) -> PILImage.Image:
    """An embedded colour profile is applied, then dropped: sRGB is what browsers assume without one."""
    from PIL import ImageCms

    profile = image.info.get("icc_profile")
    if not profile or image.mode not in ("RGB", "RGBA", "CMYK"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        target = ImageCms.createProfile("sRGB")
        mode = "RGBA" if image.mode == "RGBA" else "RGB"
        converted = ImageCms.profileToProfile(image, source, target, outputMode=mode)
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image  # a broken profile: keep the pixels as they are rather than refuse the photo
    return converted if converted is not None else image


def _pixels_only(image: PILImage.Image, keep_alpha: bool) -> PILImage.Image:
    """A new image from the pixel data alone, so no info/EXIF/XMP/ICC entry can travel with it."""
    from PIL import Image

    if keep_alpha:
        mode = "RGBA" if image.mode not in ("RGB", "L", "LA") else image.mode
    else:
        mode = "RGB" if image.mode != "L" else "L"
    converted = image.convert(mode) if image.mode != mode else image
    clean = Image.new(mode, converted.size)
    clean.paste(converted)
    return clean


# ----- names and import into a bundle --------------------------------------------------------------------------
def safe_image_name(name: str, ext: str) -> str:
    """An ASCII, lower-case file name from the source name: 'Protesta Haití 1.JPG' -> 'protesta-haiti-1.jpg';
    never a Windows device name (`con.jpg` -> `con-image.jpg`)."""
    stem = Path(name).stem
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_stem).strip("-")[:60].strip("-") or "image"
    from sr_editor.core.storage.site_names import is_reserved  # imports the store: not before the first paint

    return f"{slug}-image{ext}" if is_reserved(slug) else f"{slug}{ext}"


def import_image(bundle: Path, source_path: Path, max_width: int = MAX_IMAGE_WIDTH) -> str:
    """Copy a prepared (upright, downscaled, metadata-free) image into the bundle; returns its relative name."""
    prepared = prepare_image(source_path, max_width)
    temp = bundle / f".import-{os.urandom(16).hex()}.part"
    try:
        with open(temp, "xb") as handle:
            handle.write(prepared.data)
            handle.flush()
            os.fsync(handle.fileno())
        return _claim_name(temp, bundle, prepared.filename)
    except OSError as exc:
        raise ImageError(bundle / prepared.filename, translate(
            "images", "the image cannot be saved in the article folder ({0})").format(exc.strerror or exc)) from exc
    finally:
        temp.unlink(missing_ok=True)


def _claim_name(temp: Path, bundle: Path, filename: str) -> str:
    """Links the finished file under the first free name; a hard link fails instead of overwriting."""
    stem, ext = Path(filename).stem, Path(filename).suffix
    for number in itertools.count(1):
        candidate = bundle / (filename if number == 1 else f"{stem}-{number}{ext}")
        if candidate.name.lower() == "index.md" or candidate.exists():
            continue
        try:
            os.link(temp, candidate)
        except FileExistsError:
            continue
        except OSError:  # file systems without hard links (FAT, some network shares)
            os.replace(temp, candidate)
        return candidate.name
    raise AssertionError("unreachable")
