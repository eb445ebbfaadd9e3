"""`sr-editor read`: the article as a screen reader announces it; `check --json` carries the accessibility rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sr_editor.cli.main import main

ARTICLE = """---
title: Agua
lang: es
---
Los datos están [aquí](https://example.org/datos).

### Cifras

![Una fila de pozos secos](pozos.jpg)

![](linea.png){.decorative}

- uno
- dos

| Año | Pozos |
|-----|------:|
| 2020 | 3 |
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    bundle = tmp_path / "ws" / "agua"
    bundle.mkdir(parents=True)
    (bundle / "index.md").write_text(ARTICLE, encoding="utf-8")
    return bundle


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_read_announces_the_article_in_its_own_language(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "read", str(article), "--workspace", str(article.parent))
    assert code == 0
    lines = out.splitlines()
    assert "Encabezado de nivel 3: Cifras" in lines
    assert "imagen: Una fila de pozos secos" in lines
    assert "(imagen decorativa, omitida)" in lines
    assert "Lista, 2 elementos" in lines and "Tabla, 2 filas, 2 columnas" in lines
    assert 'Los datos están enlace “aquí” (https://example.org/datos).' in lines
    assert lines[lines.index("Enlaces:") + 1] == "  aquí → https://example.org/datos"


def test_read_json_lists_headings_and_links(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "read", str(article), "--json", "--workspace", str(article.parent))
    data = json.loads(out)
    assert code == 0 and data["language"] == "es"
    assert data["headings"] == [{"level": 3, "text": "Cifras"}]
    assert data["links"] == [{"text": "aquí", "href": "https://example.org/datos"}]


def test_read_of_a_missing_article_exits_3_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "ws").mkdir()
    code, _, err = run(capsys, "read", str(tmp_path / "ws" / "nope"), "--workspace", str(tmp_path / "ws"))
    assert code == 3 and "nope" in err


def test_check_json_gives_rule_severity_line_message_and_help(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "check", str(article), "--json", "--workspace", str(article.parent))
    rows = {row["rule"]: row for row in json.loads(out)[0]["problems"]}
    vague, skipped = rows["link-vague-text"], rows["heading-skipped-level"]
    assert vague["severity"] == "warning" and vague["line"] == 5 and "aquí" in vague["message"]
    assert vague["message"].startswith("Line 5: ")  # the file's line, as in "line", not the body's (1)
    assert skipped["line"] == 7 and skipped["help"] == "docs/rendering-and-checks.md#heading-skipped-level"
    assert code == 1  # the article lacks its teaser and region: lint's errors, not these warnings
