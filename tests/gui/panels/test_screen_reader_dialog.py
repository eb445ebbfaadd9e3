"""View > Read as a screen reader: the reading, the headings and the links of the open article, read off the GUI
thread, in the article's language; a render that fails is said in the dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QListWidget

from sr_editor.core.article.article import Article
from sr_editor.core.checks.screen_reader import Reading
from sr_editor.gui.dialogs.screen_reader_dialog import ScreenReaderDialog

BODY = "## Agua\n\nLos datos están [aquí](https://example.org/datos).\n\n![](linea.png){.decorative}\n\n- uno\n- dos\n"


def _lines(widget: QListWidget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def _open(qtbot: Any, article: Article, **kwargs: Any) -> ScreenReaderDialog:
    dialog = ScreenReaderDialog(lambda: article, None, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "Reading the article" not in dialog.status.text(), timeout=10_000)
    return dialog


def test_the_dialog_reads_the_article_in_its_language(qtbot: Any) -> None:
    dialog = _open(qtbot, Article(meta={"lang": "es"}, body=BODY))
    reading = _lines(dialog.reading_list)
    assert reading[0] == "Encabezado de nivel 2: Agua"
    assert "(imagen decorativa, omitida)" in reading and "Lista, 2 elementos" in reading
    assert _lines(dialog.headings_list) == ["    Encabezado de nivel 2: Agua"]
    assert _lines(dialog.links_list) == ["aquí → https://example.org/datos"]
    assert "Español" in dialog.status.text()


def test_an_article_without_links_says_so_in_its_language(qtbot: Any) -> None:
    dialog = _open(qtbot, Article(meta={"lang": "pt-BR"}, body="Texto.\n"))
    assert _lines(dialog.links_list) == ["Nenhum link."]
    assert _lines(dialog.headings_list) == ["Nenhum título."]


def test_a_reading_that_fails_is_said_in_the_dialog(qtbot: Any) -> None:
    def broken(article: Article, root: Path | None) -> Reading:
        raise ValueError("the body is too deep")

    dialog = _open(qtbot, Article(meta={}, body="x"), reader=broken)
    assert "the body is too deep" in dialog.status.text()
    assert dialog.reading_list.count() == 0


def test_read_again_reads_the_text_as_it_is_now(qtbot: Any) -> None:
    article = Article(meta={}, body="## One\n")
    dialog = _open(qtbot, article)
    article.body = "## Two\n"
    dialog.refresh_button.click()
    qtbot.waitUntil(lambda: _lines(dialog.reading_list) == ["Heading level 2: Two"], timeout=10_000)
