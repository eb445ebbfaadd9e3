"""Block-form fixtures: the corpus rendered in every form, validated once per session by each editor line."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import validator_run

from sr_editor.core.frontmatter import parse_article
from sr_editor.core.render import UploadedImage, render_body
from sr_editor.core.samples import create_sample_workspace

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
    return docs


@pytest.fixture(scope="session")
def sample_bodies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("samples")
    return {
        f"sample-{bundle.name}": parse_article((bundle / "index.md").read_text(encoding="utf-8")).body
        for bundle in create_sample_workspace(root)
    }


@pytest.fixture(scope="session")
def validated(sample_bodies: dict[str, str]) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """{line: {"<file>@<form>[@preview]": blocks}}: one Node process per line for everything."""
    validator_run.require_validator()
    docs = render_all({**corpus_bodies(), **sample_bodies})
    return {line: validator_run.validate(line, docs) for line in validator_run.LINES}
