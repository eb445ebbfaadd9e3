"""The command line: each command's output, exit codes, and error sentences naming the file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import sr_editor
from sr_editor.cli.main import main
from sr_editor.core.storage.samples import create_sample_workspace

SRC = Path(sr_editor.__file__).resolve().parents[1]


@pytest.fixture
def samples(tmp_path: Path) -> Path:
    root = tmp_path / "samples"
    create_sample_workspace(root)
    return root


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_prints_the_bundle_path_and_writes_canonical_regions_and_tags(
    workspace_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "new", "Moïse and the Piñera Years", "--region", "latin america", "--tag", "Haití",
        "--workspace", str(workspace_dir),
    )
    assert code == 0
    bundle = Path(out.strip())
    assert bundle.parent == workspace_dir
    assert bundle.name == "moise-and-the-pinera-years"
    text = (bundle / "index.md").read_text(encoding="utf-8")
    assert "Latin America" in text
    assert "Haiti" in text and "Haití" not in text


def test_new_with_an_unknown_region_exits_2_naming_it(workspace_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--workspace", str(workspace_dir), "new", "T", "--region", "Atlantis")
    assert code == 2
    assert "Atlantis" in err
    assert list(workspace_dir.iterdir()) == []


def test_new_twice_with_the_same_title_gets_unique_folders(
    workspace_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = run(capsys, "new", "Same Title", "--workspace", str(workspace_dir))[1].strip()
    second = run(capsys, "new", "Same Title", "--workspace", str(workspace_dir))[1].strip()
    assert first != second


def test_list_json_shows_every_sample_with_problem_counts(samples: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "--json", "--workspace", str(samples))
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 5
    assert {"title", "status", "regions", "tags", "errors", "warnings", "updated", "path"} <= set(rows[0])
    assert any(r["errors"] > 0 for r in rows)


def test_list_filters_by_status_and_region(samples: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = json.loads(run(capsys, "list", "--json", "--status", "draft", "--region", "Africa",
                          "--workspace", str(samples))[1])
    assert [r["slug"] for r in rows] == ["nigeria-fuel-subsidy-protests"]


def test_check_exits_1_and_reports_file_lines_when_an_alt_is_missing(
    samples: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = samples / "chile-water-rights-referendum"
    code, out, _ = run(capsys, "check", str(bundle), "--workspace", str(samples))
    assert code == 1
    line = next(ln for ln in out.splitlines() if "[alt-missing]" in ln)
    path, number = line.split(": ", 1)[0].rsplit(":", 1)
    assert path == str(bundle / "index.md")
    file_lines = (bundle / "index.md").read_text(encoding="utf-8").splitlines()
    assert "wells.jpg" in file_lines[int(number) - 1]


def test_check_exits_0_for_a_clean_article(workspace_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bundle = workspace_dir / "clean"
    bundle.mkdir()
    (bundle / "index.md").write_text(
        "---\ntitle: Clean\nexcerpt: A short teaser.\nregions: [Africa]\ntags: [Nigeria]\n---\nJust text.\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "check", "--json", str(bundle), "--workspace", str(workspace_dir))
    assert code == 0, out
    assert json.loads(out)[0]["errors"] == 0


def test_check_reports_a_broken_file_with_its_line_and_leaves_it_untouched(
    workspace_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = workspace_dir / "broken"
    bundle.mkdir()
    raw = b"---\ntitle: [unclosed\n---\nbody\n"
    (bundle / "index.md").write_bytes(raw)
    code, out, _ = run(capsys, "check", str(bundle), "--workspace", str(workspace_dir))
    assert code == 1
    assert f"{bundle / 'index.md'}:" in out and "[file-broken]" in out
    assert (bundle / "index.md").read_bytes() == raw


def test_render_prints_a_figure_with_caption(samples: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "render", str(samples / "bolivia-lithium-assembly"), "--workspace", str(samples))
    assert code == 0
    assert "<figure" in out and "<figcaption" in out and "Evaporation ponds" in out


def test_render_of_a_missing_article_exits_3_naming_the_path(
    workspace_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = workspace_dir / "nope"
    code, _, err = run(capsys, "render", str(missing), "--workspace", str(workspace_dir))
    assert code == 3
    assert str(missing) in err


def test_first_run_of_list_says_how_to_create_the_workspace_and_creates_nothing(
    capsys: pytest.CaptureFixture[str]
) -> None:
    default = Path(os.environ["SR_EDITOR_WORKSPACE"])
    assert not default.exists()
    code, _, err = run(capsys, "list")
    assert code == 3 and str(default) in err and "sr-editor new" in err and err.count("\n") == 1
    assert not default.exists()


@pytest.mark.parametrize("argv", [["list"], ["check"], ["render", "x"], ["alt", "list"]])
def test_a_read_only_command_refuses_a_mistyped_workspace_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    mistyped = tmp_path / "workspce"
    code, out, err = run(capsys, *argv, "--workspace", str(mistyped))
    assert code == 3 and str(mistyped) in err and err.count("\n") == 1 and out == ""
    assert not mistyped.exists()


def test_new_creates_a_missing_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "new", "A title", "--workspace", str(tmp_path / "fresh"))
    assert code == 0 and (Path(out.strip()) / "index.md").is_file()


def test_python_dash_m_runs_the_same_command_line(workspace_dir: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    out = subprocess.run(
        [sys.executable, "-m", "sr_editor", "--workspace", str(workspace_dir), "list", "--json"],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == []


def test_help_documents_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "exit codes" in capsys.readouterr().out


def test_check_points_a_front_matter_problem_at_its_field_line(
    samples: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = samples / "chile-water-rights-referendum"
    _, out, _ = run(capsys, "check", str(bundle), "--workspace", str(samples))
    line = next(ln for ln in out.splitlines() if "[alt-filename]" in ln)
    number = int(line.split(": ", 1)[0].rsplit(":", 1)[1])
    file_lines = (bundle / "index.md").read_text(encoding="utf-8").splitlines()
    assert file_lines[number - 1].strip() == "alt: IMG_2041.jpg"


def test_new_folds_and_deduplicates_tags_and_adds_the_region_each_country_implies(
    workspace_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sr_editor.core.article.frontmatter import read_article_file

    code, out, _ = run(capsys, "new", "Two countries", "--tag", "chile", "--tag", "Chile", "--tag", "Chilé",
                       "--tag", "Haiti", "--tag", "Press  Freedom", "--tag", "press freedom",
                       "--workspace", str(workspace_dir))
    assert code == 0
    article, _ = read_article_file(Path(out.strip()) / "index.md")
    assert article.tags == ["Chile", "Haiti", "Press Freedom"]
    assert article.regions == ["Latin America"]


def _opened_with(monkeypatch: pytest.MonkeyPatch, *argv: str) -> tuple[int, dict[str, object]]:
    from sr_editor import app

    seen: dict[str, object] = {}

    def fake_run_gui(workspace: Path | None, argv: list[str] | None = None, open_bundle: Path | None = None) -> int:
        seen.update(workspace=workspace, bundle=open_bundle)
        return 0

    monkeypatch.setattr(app, "run_gui", fake_run_gui)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    return main(list(argv)), seen


def test_opening_an_article_file_finds_its_workspace_by_walking_up(
    samples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (samples / ".sr-editor").mkdir(exist_ok=True)
    index = next(samples.glob("*/index.md"))
    code, seen = _opened_with(monkeypatch, str(index))
    assert code == 0
    assert seen == {"workspace": samples, "bundle": index.parent}
    assert _opened_with(monkeypatch, str(index.parent))[1] == seen  # the article's folder opens it too


def test_an_article_outside_any_workspace_opens_in_its_parent_folder(
    workspace_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = workspace_dir / "loose"
    bundle.mkdir()
    (bundle / "index.md").write_text("---\ntitle: Loose\n---\nText.\n", encoding="utf-8")
    code, seen = _opened_with(monkeypatch, str(bundle / "index.md"))
    assert code == 0 and seen == {"workspace": workspace_dir, "bundle": bundle}


def test_opening_a_path_that_is_no_article_exits_3_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, seen = _opened_with(monkeypatch, str(tmp_path / "nothing.md"))
    assert code == 3 and seen == {}
    assert str(tmp_path / "nothing.md") in capsys.readouterr().err


def test_without_a_display_the_window_command_says_so_in_one_sentence(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(PYTHONPATH=str(SRC), SR_EDITOR_WORKSPACE=str(tmp_path / "ws"))
    result = subprocess.run([sys.executable, "-m", "sr_editor"], capture_output=True, text=True, env=env,
                            timeout=60)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "graphical session" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("words", [
    [], ["--workspace", "/tmp/ws"], ["--workspace=/tmp/ws"], ["--workspace=", "--workspace", "b"],
    ["--workspace", "a", "--workspace=b"], ["--workspace=--odd"],
])
def test_words_that_only_open_the_window_are_read_as_the_parser_reads_them(words: list[str]) -> None:
    from sr_editor.cli.main import _parse, window_only_args

    quick = window_only_args(words)
    assert quick is not None
    full = _parse(words)
    assert (quick.workspace, quick.open_paths) == (full.workspace, full.open_paths)
    assert not hasattr(full, "handler")


@pytest.mark.parametrize("words", [
    ["--workspace"], ["--workspace", "--workspace=x"], ["list"], ["--version"], ["-h"], ["story/index.md"],
    ["--workspace", "ws", "check"],
])
def test_any_other_words_go_to_the_parser(words: list[str]) -> None:
    from sr_editor.cli.main import window_only_args

    assert window_only_args(words) is None


def test_a_mistyped_command_is_named_with_the_commands_it_resembles_and_opens_no_window(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import sr_editor.cli.main as cli_main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(cli_main, "_run_window", lambda args: pytest.fail("the window opened"))
    with pytest.raises(SystemExit) as exited:
        main(["pul"])
    err = capsys.readouterr().err
    assert exited.value.code == 2 and "'pul'" in err and "'pull'" in err


def test_an_existing_file_given_alone_still_opens_in_the_window(
        monkeypatch: pytest.MonkeyPatch, samples: Path) -> None:
    import sr_editor.cli.main as cli_main

    opened: list[list[str]] = []
    monkeypatch.setattr(cli_main, "_run_window", lambda args: opened.append(args.open_paths) or 0)
    article = next(samples.glob("*/index.md"))
    assert main([str(article)]) == 0 and opened == [[str(article)]]
