"""What the preview and the "Open in browser" page may load: the article's own image files and nothing else
(raw HTML once made the preview read any image on the disk, and the browser page fetch remote ones)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument

from sr_editor.core.render.render import render_body
from sr_editor.gui.preview.preview import PreviewView
from sr_editor.services.preview.html import full_page, local_image_resolver, local_images_only, preview_may_load

IMAGE = QTextDocument.ResourceType.ImageResource.value


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """(article folder with crowd.png 40x30, a secret.png 41x31 outside it)."""
    bundle = tmp_path / "workspace" / "story"
    bundle.mkdir(parents=True)
    Image.new("RGB", (40, 30), (200, 0, 0)).save(bundle / "crowd.png")
    Image.new("RGB", (41, 31), (0, 0, 200)).save(tmp_path / "secret.png")
    return bundle, tmp_path / "secret.png"


@pytest.fixture
def preview(qtbot: Any, folders: tuple[Path, Path]) -> PreviewView:
    view = PreviewView("p { color: #123456; }")
    view.resize(500, 300)
    qtbot.addWidget(view)
    view.set_article_folder(folders[0])
    return view


def size_of(image: Any) -> tuple[int, int]:
    assert isinstance(image, QImage)
    return image.width(), image.height()


# ----- the policy -------------------------------------------------------------------------------------------------
def test_only_files_inside_the_article_folder_may_be_loaded(folders: tuple[Path, Path], tmp_path: Path) -> None:
    bundle, secret = folders
    (bundle / "escape.png").symlink_to(secret)
    inside = (bundle / "crowd.png").resolve()
    assert preview_may_load(inside.as_uri(), bundle) == inside
    refused = [secret.as_uri(), (bundle / "escape.png").as_uri(), f"file://{bundle}/../../secret.png",
               str(secret), "crowd.png", "/etc/passwd", "https://example.org/x.png", "qrc:/icon.png",
               f"file://otherhost{inside}", (bundle / "missing.png").as_uri(), bundle.as_uri()]
    assert [url for url in refused if preview_may_load(url, bundle) is not None] == []
    assert preview_may_load(inside.as_uri(), None) is None


# ----- the preview widget -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("how", ["absolute-path", "file-url", "relative-escape"])
def test_raw_html_image_outside_the_article_is_not_read(
    preview: PreviewView, folders: tuple[Path, Path], how: str
) -> None:
    secret = folders[1]
    url = {"absolute-path": str(secret), "file-url": secret.as_uri(), "relative-escape": "../../secret.png"}[how]
    assert size_of(preview.loadResource(IMAGE, QUrl(url))) != (41, 31)
    assert url in preview.blocked_urls or QUrl(url).toString() in preview.blocked_urls


def test_the_articles_own_image_is_shown(preview: PreviewView, folders: tuple[Path, Path]) -> None:
    src = local_image_resolver(folders[0])("crowd.png")
    assert src is not None
    assert size_of(preview.loadResource(IMAGE, QUrl(src))) == (40, 30)


def test_no_other_resource_kind_is_loaded(preview: PreviewView, folders: tuple[Path, Path]) -> None:
    css = folders[0] / "x.css"
    css.write_text("p { color: red }")
    assert preview.loadResource(QTextDocument.ResourceType.StyleSheetResource.value, QUrl(css.as_uri())) is None


# ----- the browser page -------------------------------------------------------------------------------------------
def test_browser_page_keeps_only_the_articles_images(folders: tuple[Path, Path]) -> None:
    bundle, secret = folders
    body = ('![Crowd](crowd.png)\n\nText <img src="https://tracker.example/pixel.gif" alt="t"> and '
            f'<img alt="s" src="{secret}"> end.\n\n![Remote](https://example.org/a.jpg)\n')
    page = full_page(render_body(body, local_image_resolver(bundle)), "", "Title", bundle)
    assert (bundle / "crowd.png").resolve().as_uri() in page
    assert "tracker.example" not in page and str(secret) not in page and "example.org/a.jpg" not in page
    assert 'alt="t"' in page and 'alt="s"' in page  # the images stay, without a source
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_rewriting_image_sources_leaves_everything_else_byte_for_byte(folders: tuple[Path, Path]) -> None:
    bundle = folders[0]
    kept = (bundle / "crowd.png").resolve().as_uri()
    body = (f'<p>a &amp; b<br />\n<img alt="x" src="{kept}" /></p>\n<!-- wp:image -->\n'
            '<p>c <img src="http://t.example/p.gif" alt="&quot;q&quot;"> d</p>')
    out = local_images_only(body, bundle)
    assert out == body.replace('<img src="http://t.example/p.gif" alt="&quot;q&quot;">', '<img alt="&quot;q&quot;" />')


def test_open_in_browser_applies_the_same_rule(
    preview: PreviewView, folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    body = '<p><img src="https://tracker.example/pixel.gif" alt="t" /></p>'
    preview.show_html(body, body, "T")
    page = preview.open_in_browser(tmp_path).read_text(encoding="utf-8")
    assert "tracker.example" not in page and 'alt="t"' in page


def test_images_of_articles_no_longer_shown_are_not_kept(preview: PreviewView, tmp_path: Path) -> None:
    for number in range(5):
        bundle = tmp_path / "workspace" / f"story-{number}"
        bundle.mkdir()
        Image.new("RGB", (40, 30), (number, 0, 0)).save(bundle / "crowd.png")
        preview.set_article_folder(bundle)
        src = local_image_resolver(bundle)("crowd.png")
        assert src is not None
        assert size_of(preview.loadResource(IMAGE, QUrl(src))) == (40, 30)
    assert len(preview._images) == 1  # the open article's image only, not one per article seen
