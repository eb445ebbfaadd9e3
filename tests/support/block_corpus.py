"""The block corpus: articles covering every construct and the nasty cases, rendered in every block form."""

from __future__ import annotations

from pathlib import Path

from sr_editor.core.blocks.text import attach_marker
from sr_editor.core.render.render import UploadedImage, render_body

MARKER = "sr-editor:0123456789abcdef:fedcba987654"  # the publisher's hidden retry marker

CORPUS = Path(__file__).parent / "corpus"
CORPUS_FILES = sorted(p.name for p in CORPUS.glob("*.md"))
FORMS = {"unknown": "", "6.1": "6.1.9", "6.7": "6.7.1"}


def uploaded(src: str) -> UploadedImage:
    """As when publishing: every image uploaded, with a media id."""
    return UploadedImage(f"https://news.example/wp-content/uploads/{src}", 100 + len(src))


def corpus_bodies() -> dict[str, str]:
    """Each corpus file as written, and again with CRLF line ends (files saved on Windows)."""
    bodies: dict[str, str] = {}
    for name in CORPUS_FILES:
        text = (CORPUS / name).read_text(encoding="utf-8")
        bodies[name] = text
        bodies[f"crlf-{name}"] = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return bodies


def render_all(bodies: dict[str, str]) -> dict[str, str]:
    docs: dict[str, str] = {}
    for name, body in bodies.items():
        for form, version in FORMS.items():
            docs[f"{name}@{form}"] = render_body(body, uploaded, site_version=version)
            docs[f"{name}@{form}@preview"] = render_body(body, site_version=version)
        docs[f"{name}@unknown@marker"] = attach_marker(docs[f"{name}@unknown"], MARKER)
    return docs
