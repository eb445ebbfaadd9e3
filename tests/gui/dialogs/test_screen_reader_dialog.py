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
    qtbot.waitUntil(lambda: dialog.shown > 0, timeout=10_000)
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
    qtbot.waitUntil(lambda: dialog.shown == 2, timeout=10_000)
    assert _lines(dialog.reading_list) == ["Heading level 2: Two"]


def test_the_dialog_speaks_the_interface_language_and_reads_in_the_articles(qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from sr_editor.gui.common.translations import install_translators, remove_translators

    app = QApplication.instance()
    assert app is not None
    translators = install_translators(app, "pt_BR")
    try:
        dialog = _open(qtbot, Article(meta={"lang": "es"}, body="## Agua\n"))
        assert dialog.windowTitle() == "Ler como um leitor de tela"
        assert [dialog.tabs.tabText(i) for i in range(3)] == ["&Leitura", "&Títulos", "Lin&ks"]
        assert dialog.status.text().startswith("Lido em Español")
        assert _lines(dialog.reading_list) == ["Encabezado de nivel 2: Agua"]
    finally:
        remove_translators(app, translators)


def test_closing_the_dialog_while_it_reads_is_safe(qtbot: Any) -> None:
    import threading

    from PySide6.QtCore import Qt

    release = threading.Event()

    def slow(article: Article, root: Path | None) -> Reading:
        release.wait(5)
        return Reading("en")

    dialog = ScreenReaderDialog(lambda: Article(meta={}, body="x"), None, reader=slow)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.close()
    qtbot.wait(50)  # the dialog is deleted, the worker still reads
    release.set()
    qtbot.wait(200)  # its result arrives with nobody to show it to
