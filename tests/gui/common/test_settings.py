"""Typed settings with defaults; window state kept in its own file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray

from sr_editor.gui.common.settings import DEFAULT_AUTOSAVE_MS, DEFAULT_MAX_IMAGE_WIDTH, Settings, WindowState


def test_defaults_when_nothing_is_stored(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    assert settings.workspace_path is None
    assert settings.preview_visible is True
    assert settings.autosave_enabled is True
    assert settings.autosave_delay_ms == DEFAULT_AUTOSAVE_MS
    assert settings.max_image_width == DEFAULT_MAX_IMAGE_WIDTH


def test_values_survive_a_restart(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    settings.workspace_path = tmp_path / "ws"
    settings.preview_visible = False
    settings.editor_font_size = 14
    settings.max_image_width = 1600
    settings.last_article = "haiti"
    settings.sync()
    again = Settings(tmp_path)
    assert again.workspace_path == tmp_path / "ws"
    assert again.preview_visible is False
    assert again.editor_font_size == 14
    assert again.max_image_width == 1600
    assert again.last_article == "haiti"


def test_a_hand_edited_bad_value_falls_back_to_the_default(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text("[saving]\nautosave_delay_ms=soon\n[images]\nmax_width=5\n")
    settings = Settings(tmp_path)
    assert settings.autosave_delay_ms == DEFAULT_AUTOSAVE_MS
    assert settings.max_image_width == DEFAULT_MAX_IMAGE_WIDTH


def test_every_setting_read_from_text_has_its_type_and_an_unknown_word_reads_as_the_default(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text(
        "[view]\ntheme=purple\ndark_preview=yes\ninterface_language=\"  es \"\n"
        "[spelling]\nenabled=0\ndefault_language=\"   \"\n[editor]\nfont_size=12\n")
    settings = Settings(tmp_path)
    assert settings.theme == "system"
    assert settings.dark_preview is True
    assert settings.interface_language == "es"
    assert settings.spell_check_enabled is False
    assert settings.spelling_language == "en"
    assert settings.editor_font_size == 12


def test_settings_live_in_the_config_dir_by_default(tmp_path: Path, monkeypatch: object) -> None:
    import os

    settings = Settings()
    assert settings.file_path.parent == Path(os.environ["SR_EDITOR_CONFIG_DIR"])


def test_window_state_is_stored_apart_from_preferences(tmp_path: Path) -> None:
    state = WindowState(tmp_path)
    state.save("geometry", QByteArray(b"abc"))
    state.sync()
    assert WindowState(tmp_path).load("geometry") == QByteArray(b"abc")
    assert "geometry" not in (tmp_path / "settings.ini").read_text() if (tmp_path / "settings.ini").exists() else True


def test_preview_visibility_and_last_article_reopen(
    make_window: object, sample_workspace: Path, qtbot: object
) -> None:
    window = make_window(sample_workspace)  # type: ignore[operator]
    window.features.controller.open_article(sample_workspace / "brazil-forest")
    window.commands["toggle_preview"].trigger()
    assert not window.preview.isVisible()
    window.close()
    again = make_window(sample_workspace)  # type: ignore[operator]
    assert again.context.document.bundle == sample_workspace / "brazil-forest"
    assert not again.preview.isVisible()
