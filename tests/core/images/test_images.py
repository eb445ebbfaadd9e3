"""Preparing photos: metadata (GPS!) gone, upright, downscaled, safe unique names, clear errors for bad files."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageCms

from sr_editor.core.images.files import (
    ImageError,
    ImagePlace,
    import_image,
    locate_image,
    prepare_image,
    safe_image_name,
)

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def _photo(path: Path, size: tuple[int, int] = (400, 200), orientation: int | None = None, gps: bool = True,
           fmt: str = "JPEG", mode: str = "RGB", icc: bool = False) -> Path:
    image = Image.new(mode, size, "red" if mode != "RGBA" else (255, 0, 0, 128))
    image.paste("blue" if mode != "RGBA" else (0, 0, 255, 255), (0, 0, size[0] // 4, size[1]))  # blue on the left
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0131] = "Camera firmware"
    if gps:
        exif[GPS_IFD] = {1: "N", 2: (18.0, 32.0, 40.0), 3: "W", 4: (72.0, 20.0, 10.0)}
    if orientation:
        exif[ORIENTATION] = orientation
    kwargs: dict[str, object] = {"exif": exif.tobytes()}
    if icc:
        kwargs["icc_profile"] = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    if fmt == "PNG":
        kwargs["pnginfo"] = None
    image.save(path, fmt, **kwargs)
    return path


def _reopen(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_gps_and_all_exif_are_gone(tmp_path: Path) -> None:
    source = _photo(tmp_path / "protest.jpg")
    assert Image.open(source).getexif().get_ifd(GPS_IFD)  # the fixture really carries GPS
    prepared = prepare_image(source)
    out = _reopen(prepared.data)
    assert len(out.getexif()) == 0
    assert "exif" not in out.info and "xmp" not in out.info and "icc_profile" not in out.info
    assert b"PhoneMaker" not in prepared.data and b"Exif" not in prepared.data


def test_png_text_chunks_and_exif_are_gone(tmp_path: Path) -> None:
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "taken at 18.5N 72.3W")
    source = tmp_path / "shot.png"
    Image.new("RGB", (50, 50), "green").save(source, "PNG", pnginfo=info)
    prepared = prepare_image(source)
    assert prepared.mime == "image/png"
    assert b"18.5N" not in prepared.data and _reopen(prepared.data).text == {}


def test_icc_profile_is_converted_and_dropped(tmp_path: Path) -> None:
    prepared = prepare_image(_photo(tmp_path / "p.jpg", icc=True))
    assert "icc_profile" not in _reopen(prepared.data).info


def test_exif_orientation_is_applied_before_stripping(tmp_path: Path) -> None:
    source = _photo(tmp_path / "sideways.jpg", size=(400, 200), orientation=6)  # rotate 90 degrees clockwise
    prepared = prepare_image(source)
    assert (prepared.width, prepared.height) == (200, 400)
    out = _reopen(prepared.data).convert("RGB")
    r, _g, b = out.getpixel((100, 20))  # the blue left strip is now at the top
    assert b > 200 and r < 60


def test_wide_images_are_downscaled_keeping_aspect_ratio(tmp_path: Path) -> None:
    prepared = prepare_image(_photo(tmp_path / "wide.jpg", size=(3000, 1500)), max_width=2000)
    assert (prepared.width, prepared.height) == (2000, 1000)


def test_small_images_keep_their_size(tmp_path: Path) -> None:
    prepared = prepare_image(_photo(tmp_path / "small.jpg", size=(640, 480)), max_width=2000)
    assert (prepared.width, prepared.height) == (640, 480)


def test_prepared_image_reports_mime_name_and_sha256(tmp_path: Path) -> None:
    import hashlib

    prepared = prepare_image(_photo(tmp_path / "Protesta en Haití.JPEG"))
    assert prepared.mime == "image/jpeg" and prepared.filename == "protesta-en-haiti.jpg"
    assert prepared.sha256 == hashlib.sha256(prepared.data).hexdigest()
    assert "bytes" in repr(prepared) and len(repr(prepared)) < 200


def test_transparent_png_stays_png_with_alpha(tmp_path: Path) -> None:
    source = tmp_path / "logo.png"
    Image.new("RGBA", (30, 30), (0, 0, 0, 0)).save(source)
    prepared = prepare_image(source)
    assert prepared.mime == "image/png" and _reopen(prepared.data).mode == "RGBA"


def test_webp_becomes_jpeg(tmp_path: Path) -> None:
    source = tmp_path / "x.webp"
    Image.new("RGB", (30, 30), "blue").save(source, "WEBP")
    assert prepare_image(source).mime == "image/jpeg"


def test_text_file_is_refused_naming_the_file(tmp_path: Path) -> None:
    source = tmp_path / "notes.jpg"
    source.write_text("not an image")
    with pytest.raises(ImageError, match=r"notes\.jpg.*not an image"):
        prepare_image(source)


def test_svg_is_refused_with_a_reason(tmp_path: Path) -> None:
    source = tmp_path / "drawing.svg"
    source.write_text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    with pytest.raises(ImageError, match=r"drawing\.svg.*SVG"):
        prepare_image(source)


def test_truncated_jpeg_is_refused(tmp_path: Path) -> None:
    full = _photo(tmp_path / "full.jpg", size=(800, 600)).read_bytes()
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(full[: len(full) // 3])
    with pytest.raises(ImageError, match=r"broken\.jpg"):
        prepare_image(broken)


def test_decompression_bomb_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "bomb.png"
    Image.new("1", (12_000, 12_000)).save(source, "PNG")  # tiny file, 144 megapixels
    assert source.stat().st_size < 1_000_000
    with pytest.raises(ImageError, match=r"bomb\.png.*too large"):
        prepare_image(source)


def test_missing_file_is_an_image_error(tmp_path: Path) -> None:
    with pytest.raises(ImageError, match=r"gone\.jpg.*cannot be read"):
        prepare_image(tmp_path / "gone.jpg")


@pytest.mark.parametrize(("name", "ext", "expected"), [
    ("IMG 1234.JPG", ".jpg", "img-1234.jpg"),
    ("Moïse à Port-au-Prince!.jpeg", ".jpg", "moise-a-port-au-prince.jpg"),
    ("日本.png", ".png", "image.png"),
    ("../../etc/passwd", ".jpg", "passwd.jpg"),
    ("index.md", ".jpg", "index.jpg"),
    ("", ".png", "image.png"),
])
def test_safe_image_names_are_ascii_slugs(name: str, ext: str, expected: str) -> None:
    assert safe_image_name(name, ext) == expected


def test_import_image_copies_a_clean_file_into_the_bundle(tmp_path: Path) -> None:
    bundle = tmp_path / "story"
    bundle.mkdir()
    name = import_image(bundle, _photo(tmp_path / "Protesta 1.jpg", size=(2500, 1000)), max_width=2000)
    assert name == "protesta-1.jpg"
    stored = Image.open(bundle / name)
    assert stored.width == 2000 and len(stored.getexif()) == 0
    assert [p.name for p in bundle.iterdir()] == [name]  # no temp file left


def test_import_image_picks_unique_names(tmp_path: Path) -> None:
    bundle = tmp_path / "story"
    bundle.mkdir()
    source = _photo(tmp_path / "crowd.jpg")
    names = [import_image(bundle, source) for _ in range(3)]
    assert names == ["crowd.jpg", "crowd-2.jpg", "crowd-3.jpg"]


def test_import_failure_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "story"
    bundle.mkdir()
    source = _photo(tmp_path / "crowd.jpg")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("sr_editor.core.images.files.os.fsync", broken_fsync)
    with pytest.raises(ImageError, match="No space left"):
        import_image(bundle, source)
    assert list(bundle.iterdir()) == []


def test_import_without_hard_links_still_works(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "story"
    bundle.mkdir()

    def no_links(src: object, dst: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr("sr_editor.core.images.files.os.link", no_links)
    assert import_image(bundle, _photo(tmp_path / "a.jpg")) == "a.jpg"
    assert [p.name for p in bundle.iterdir()] == ["a.jpg"]


def test_locate_image_classifies_sources(tmp_path: Path) -> None:
    (tmp_path / "a.jpg").write_bytes(b"x")
    assert locate_image(tmp_path, "a.jpg").place is ImagePlace.FILE
    assert locate_image(tmp_path, "a.jpg").path == (tmp_path / "a.jpg").resolve()
    assert locate_image(tmp_path, "b.jpg").place is ImagePlace.MISSING
    assert locate_image(tmp_path, "../a.jpg").place is ImagePlace.OUTSIDE
    assert locate_image(tmp_path, "https://x.example/a.jpg").place is ImagePlace.REMOTE
    assert locate_image(tmp_path, "//x.example/a.jpg").place is ImagePlace.REMOTE


def test_preview_resolver_gives_file_urls_only_inside_the_bundle(tmp_path: Path) -> None:
    from sr_editor.core.images.files import preview_resolver

    bundle = tmp_path / "story"
    bundle.mkdir()
    (bundle / "a b.jpg").write_bytes(b"x")
    (tmp_path / "secret.jpg").write_bytes(b"x")
    resolve = preview_resolver(bundle)
    assert resolve("a%20b.jpg") == (bundle / "a b.jpg").resolve().as_uri()
    assert resolve("missing.jpg") is None
    assert resolve("../secret.jpg") == ""
    assert resolve("/etc/passwd") == ""
    assert resolve("https://tracker.example/pixel.gif") == ""
    assert preview_resolver(None)("a.jpg") == ""
