"""The command line speaks the language of the environment (es, pt_BR), English otherwise, from the shipped
catalogues; English loads no Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import sr_editor
from sr_editor.cli.language import install_language, language_from_environment
from sr_editor.cli.main import main
from sr_editor.core import i18n
from sr_editor.core.storage.samples import create_sample_workspace

SRC = Path(sr_editor.__file__).resolve().parents[1]


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANG": "es_ES.UTF-8"}, "es"),
    ({"LANG": "es_MX"}, "es"),
    ({"LANG": "pt_BR.UTF-8"}, "pt_BR"),
    ({"LC_MESSAGES": "pt_BR.utf8", "LANG": "en_US.UTF-8"}, "pt_BR"),
    ({"LANGUAGE": "fr:es", "LANG": "en_US.UTF-8"}, "es"),
    ({"LC_ALL": "es_ES.UTF-8@euro", "LANG": "en_US.UTF-8"}, "es"),
])
def test_the_first_language_variable_set_chooses_spanish_or_brazilian_portuguese(
    environ: dict[str, str], expected: str
) -> None:
    assert language_from_environment(environ) == expected


@pytest.mark.parametrize("environ", [
    {}, {"LANG": "C"}, {"LANG": "C.UTF-8"}, {"LANG": "POSIX"}, {"LANG": "en_GB.UTF-8"}, {"LANG": "fr_FR.UTF-8"},
    {"LANG": "pt_PT.UTF-8"},  # European Portuguese has no catalogue: English, not the Brazilian one
    {"LC_ALL": "C", "LANG": "es_ES.UTF-8"},  # LC_ALL outranks LANG
    {"LANGUAGE": "", "LC_ALL": "", "LANG": "de_DE.UTF-8"},
])
def test_any_other_environment_keeps_english(environ: dict[str, str]) -> None:
    assert language_from_environment(environ) is None


def test_installing_spanish_makes_core_sentences_spanish_until_english_is_asked_for_again() -> None:
    assert install_language({"LANG": "es_ES.UTF-8"}) == "es"
    assert i18n.translate("lint", "The article has no title: add one.") == "El artículo no tiene título: añada uno."
    assert install_language({"LANG": "C"}) is None
    assert i18n.translate("lint", "The article has no title: add one.") == "The article has no title: add one."


def test_a_missing_catalogue_leaves_english(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("sr_editor.paths.resources_dir", lambda: tmp_path)
    assert install_language({"LANG": "pt_BR.UTF-8"}) is None
    assert i18n.translate("lint", "The article has no title: add one.") == "The article has no title: add one."


def test_check_in_a_spanish_environment_prints_spanish_sentences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    create_sample_workspace(tmp_path / "ws")
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    code = main(["check", "--workspace", str(tmp_path / "ws")])
    out, err = capsys.readouterr()
    assert code == 1
    assert "No hay ninguna región etiquetada: elija al menos una." in out
    assert "[region-missing]" in out  # check ids stay as they are
    assert "artículo(s) comprobado(s)" in err


def test_an_error_in_a_brazilian_environment_is_one_portuguese_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    create_sample_workspace(tmp_path / "ws")
    monkeypatch.setenv("LANG", "pt_BR.UTF-8")
    code = main(["render", "--workspace", str(tmp_path / "ws"), "no-such-article"])
    _, err = capsys.readouterr()
    assert code == 3
    assert "não há artigo aqui" in err and "no-such-article" in err


def _run(env_lang: str, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG=env_lang, PYTHONPATH=str(SRC))
    return subprocess.run([sys.executable, "-m", "sr_editor", *argv], capture_output=True, text=True, env=env,
                          timeout=60, check=False)


def test_the_installed_command_speaks_spanish_with_lang_es_and_english_with_lang_c(tmp_path: Path) -> None:
    missing = str(tmp_path / "ws" / "nowhere")
    (tmp_path / "ws").mkdir()
    spanish = _run("es_ES.UTF-8", "render", "--workspace", str(tmp_path / "ws"), missing)
    english = _run("C", "render", "--workspace", str(tmp_path / "ws"), missing)
    assert spanish.returncode == english.returncode == 3
    assert "aquí no hay ningún artículo" in spanish.stderr
    assert "no article here (expected a folder holding index.md" in english.stderr


def test_help_is_translated_but_command_names_and_options_are_not() -> None:
    result = _run("es_ES.UTF-8", "--help")
    assert result.stdout.startswith("uso: sr-editor [-h] [--workspace DIR]")
    assert "códigos de salida:" in result.stdout and "mostrar este mensaje de ayuda y salir" in result.stdout
    assert "--workspace DIR" in result.stdout and "publish" in result.stdout


def test_a_subcommands_help_has_one_options_section_in_the_language() -> None:
    result = _run("pt_BR.UTF-8", "check", "--help")
    assert result.stdout.count("opções:") == 1 and "options:" not in result.stdout
    assert "a pasta do espaço de trabalho" in result.stdout


def test_wrong_usage_says_error_in_the_language_and_exits_2() -> None:
    result = _run("es_ES.UTF-8", "publish")
    assert result.returncode == 2
    assert "sr-editor publish: error:" in result.stderr and result.stderr.startswith("uso: ")


def test_english_does_not_import_qt() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG="C.UTF-8", PYTHONPATH=str(SRC))
    probe = ("import sys, atexit\n"
             "atexit.register(lambda: print('QT' if 'PySide6.QtCore' in sys.modules else 'NOQT', file=sys.stderr))\n"
             "from sr_editor.cli.main import main\nmain(['--version'])\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60,
                            check=False)
    assert result.stderr.strip().endswith("NOQT")


def test_an_accounts_abilities_are_whole_sentences_in_the_interface_language() -> None:
    from sr_editor.publish.sync.session import Account

    account = Account("Ana", ("author",), {"publish_posts": True, "upload_files": False})
    assert account.ability_sentences()[:2] == [
        (True, "Can publish posts."), (False, "Cannot upload images.")]
    install_language({"LANG": "pt_BR.UTF-8"})
    assert account.ability_sentences()[1] == (False, "Não pode enviar imagens.")


@pytest.mark.parametrize(("lang", "argv", "said", "english"), [
    ("es_ES.UTF-8", ["list", "--status", "nonsense"], "opción no válida: 'nonsense'", "invalid choice"),
    ("pt_BR.UTF-8", ["list", "--status", "nonsense"], "opção inválida: 'nonsense'", "invalid choice"),
    ("es_ES.UTF-8", ["publish"], "faltan estos argumentos obligatorios: PATH, --site", "are required"),
    ("pt_BR.UTF-8", ["list", "--bogus"], "argumentos não reconhecidos: --bogus", "unrecognized"),
    ("es_ES.UTF-8", ["pull", "--site", "x", "abc"], "argumento ID: valor int no válido: 'abc'", "invalid int"),
], ids=["es-choice", "pt-choice", "es-required", "pt-unrecognized", "es-type"])
def test_argparses_own_errors_are_in_the_language_too(
    tmp_path: Path, lang: str, argv: list[str], said: str, english: str
) -> None:
    result = _run(lang, *argv, "--workspace", str(tmp_path))
    assert result.returncode == 2 and said in result.stderr and english not in result.stderr, result.stderr


def test_argparses_words_are_english_again_after_a_translated_parse(tmp_path: Path) -> None:
    import argparse

    install_language({"LANG": "es_ES.UTF-8"})
    with pytest.raises(SystemExit):
        main(["list", "--status", "nonsense", "--workspace", str(tmp_path)])
    install_language({"LANG": "C"})
    assert argparse._("invalid choice: %(value)r (choose from %(choices)s)").startswith("invalid choice")  # type: ignore[attr-defined]


def test_check_says_error_and_warning_in_the_language_and_keeps_the_ids(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    create_sample_workspace(tmp_path / "ws")
    monkeypatch.setenv("LANG", "pt_BR.UTF-8")
    main(["check", "--workspace", str(tmp_path / "ws")])
    out = capsys.readouterr().out
    assert ": erro [" in out and ": error [" not in out and "[region-missing]" in out
