"""The catalogues of core/publish/cli/services sentences (sr_editor_core_<lang>.ts): every sentence the code can
say is in them, finished, with the same {n} placeholders as the English."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import sr_editor

PACKAGE = Path(sr_editor.__file__).resolve().parent
FOLDER = PACKAGE.parents[1] / "resources" / "translations"
LANGUAGES = ("es", "pt_BR")
PARTS = ("core", "publish", "cli", "services")
PLACEHOLDER = re.compile(r"\{\d+\}")


def messages(language: str) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(FOLDER / f"sr_editor_core_{language}.ts").getroot()
    return {(context.findtext("name") or "", message.findtext("source") or ""): message
            for context in root.iter("context") for message in context.iter("message")}


def translate_calls() -> list[tuple[Path, ast.Call]]:
    found = []
    for part in PARTS:
        for path in sorted((PACKAGE / part).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "translate":
                    found.append((path, node))
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    unfinished = [source for (_, source), message in messages(language).items()
                  if (element := message.find("translation")) is None or element.get("type")
                  or not (element.text or "").strip()]
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_keeps_the_placeholders_of_its_source(language: str) -> None:
    wrong = [(source, message.findtext("translation")) for (_, source), message in messages(language).items()
             if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(message.findtext("translation") or ""))]
    assert wrong == []


def test_translate_is_only_called_with_literal_strings() -> None:
    """pyside6-lupdate extracts literals only: an f-string or a variable would never be translated."""
    calls = translate_calls()
    assert len(calls) > 300
    bad = [f"{path.relative_to(PACKAGE)}:{call.lineno}" for path, call in calls
           if len(call.args) != 2 or not all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                             for a in call.args)]
    assert bad == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sentence_in_the_code_is_in_the_catalogue(language: str) -> None:
    known = messages(language)
    missing = [f"{path.relative_to(PACKAGE)}:{call.lineno}" for path, call in translate_calls()
               if isinstance(call.args[0], ast.Constant) and isinstance(call.args[1], ast.Constant)
               and (call.args[0].value, call.args[1].value) not in known]
    assert missing == [], "run packaging/update_translations.py and translate the new sentences"
