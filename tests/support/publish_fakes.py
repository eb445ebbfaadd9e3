"""Test doubles for publish/: a requests transport answering from a function, and a canned-response helper."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import requests
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict

Answer = tuple[int, Any, dict[str, str]]  # status, body (dict/list -> JSON, str -> text), headers


class FakeTransport(BaseAdapter):
    """Records every request and answers through `handler`, which may also raise requests exceptions."""

    def __init__(self, handler: Callable[[requests.PreparedRequest], Answer]) -> None:
        super().__init__()
        self.handler = handler
        self.requests: list[requests.PreparedRequest] = []

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        self.requests.append(request)
        self.last_timeout = kwargs.get("timeout")
        status, body, headers = self.handler(request)
        response = requests.Response()
        response.status_code = status
        if isinstance(body, (dict, list)):
            response._content = json.dumps(body).encode()
            headers = {"Content-Type": "application/json", **headers}
        else:
            response._content = str(body).encode()
            headers = {"Content-Type": "text/html", **headers}
        response.headers = CaseInsensitiveDict(headers)
        response.url = request.url or ""
        response.request = request
        response.encoding = "utf-8"
        return response

    def close(self) -> None:
        pass


def session_with(handler: Callable[[requests.PreparedRequest], Answer]) -> tuple[requests.Session, FakeTransport]:
    transport = FakeTransport(handler)
    session = requests.Session()
    session.mount("http://", transport)
    session.mount("https://", transport)
    return session, transport


def wp_error(status: int, code: str, message: str, **data: Any) -> Answer:
    return status, {"code": code, "message": message, "data": {"status": status, **data}}, {}


# ----- stand-ins for core/ (store, renderer, image preparation) -------------------------------------------
import hashlib  # noqa: E402
import html as html_lib  # noqa: E402
import io  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

from sr_editor.core.article.frontmatter import decode_article_bytes, parse_article, serialize_article  # noqa: E402
from sr_editor.core.errors import ExternalChangeError  # noqa: E402
from sr_editor.core.render.render import ImageRef  # noqa: E402

_IMG = re.compile(r'!\[([^\]]*)\]\(([^)\s]+)(?:\s+"([^"]*)")?\)(\{\.decorative\})?')


@dataclass(frozen=True)
class Loaded:
    bundle: Path
    article: Any
    disk_hash: str


class SimpleStore:
    """ArticleStore stand-in: hash-guarded atomic save of index.md (front matter via the real core parser)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.saves = 0

    def load(self, bundle: Path) -> Loaded:
        data = (bundle / "index.md").read_bytes()
        return Loaded(bundle, parse_article(decode_article_bytes(data, bundle / "index.md")),
                      hashlib.sha256(data).hexdigest())

    def save(self, bundle: Path, article: Any, expected_hash: str | None, reason: str = "save") -> str:
        path = bundle / "index.md"
        current = hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None
        if current != expected_hash:
            raise ExternalChangeError(path)
        data = serialize_article(article).encode("utf-8")
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
        self.saves += 1
        return hashlib.sha256(data).hexdigest()


def find_images(body: str) -> list[ImageRef]:
    refs = []
    for index, m in enumerate(_IMG.finditer(body)):
        line = body.count("\n", 0, m.start()) + 1
        decorative = bool(m.group(4))
        alt = m.group(1) if (m.group(1) or decorative) else None
        refs.append(ImageRef(m.group(2), alt, decorative, m.group(3) or "", line, index))
    return refs


def render_body(body: str, resolve: Any = None) -> str:
    def image(m: re.Match[str]) -> str:
        src, alt, caption = m.group(2), ("" if m.group(4) else m.group(1)), m.group(3) or ""
        target = resolve(src) if resolve else None
        url = getattr(target, "url", target) or src
        cls = f' class="wp-image-{target.media_id}"' if hasattr(target, "media_id") else ""
        cap = f"<figcaption>{html_lib.escape(caption)}</figcaption>" if caption else ""
        img = f'<img src="{html_lib.escape(url)}" alt="{html_lib.escape(alt)}"{cls}/>'
        return f'<figure class="wp-block-image">{img}{cap}</figure>'

    parts = []
    for block in re.split(r"\n\s*\n", body.strip()):
        if _IMG.fullmatch(block.strip()):
            parts.append(_IMG.sub(image, block.strip()))
        elif block.strip():
            parts.append(f"<p>{html_lib.escape(block.strip())}</p>")
    return "\n".join(parts) + "\n"


@dataclass(frozen=True)
class Prepared:
    data: bytes
    filename: str
    mime: str
    width: int
    height: int
    sha256: str


def prepare_image(path: Path, max_width: int) -> Prepared:
    from PIL import Image

    with Image.open(path) as img:
        img = img.convert("RGB")
        if img.width > max_width:
            img = img.resize((max_width, round(img.height * max_width / img.width)))
        out = io.BytesIO()
        img.save(out, "JPEG", quality=85)
    data = out.getvalue()
    return Prepared(data, path.stem + ".jpg", "image/jpeg", img.width, img.height, hashlib.sha256(data).hexdigest())


def fake_collaborators(problems: list[Any] | None = None) -> Any:
    from sr_editor.core.render.render import UploadedImage
    from sr_editor.publish.sync.flow import Collaborators

    return Collaborators(lambda a, b: list(problems or []), find_images, render_body, prepare_image, UploadedImage)


def make_photo(path: Path, color: tuple[int, int, int] = (200, 30, 30), size: tuple[int, int] = (64, 48)) -> Path:
    from PIL import Image

    Image.new("RGB", size, color).save(path, "JPEG")
    return path


def write_article(bundle: Path, front: str, body: str) -> Path:
    bundle.mkdir(parents=True, exist_ok=True)
    (bundle / "index.md").write_text(f"---\n{front.strip()}\n---\n{body}", encoding="utf-8")
    return bundle


def run_cli(capsys: Any, monkeypatch: Any, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    """Run `sr-editor ARGV` in-process with `stdin` as standard input; returns (exit code, stdout, stderr)."""
    import io

    from sr_editor.cli import main as cli

    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
