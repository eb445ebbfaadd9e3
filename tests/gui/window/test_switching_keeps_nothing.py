"""Switching articles all day long: nothing of an article no longer shown stays alive in the window."""

from __future__ import annotations

import gc
from collections import Counter
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from sr_editor.core.article.article import Article

WATCHED = ("Article", "QMenu", "QAction", "QActionGroup", "QSyntaxHighlighter", "MarkdownHighlighter", "Future",
           "QTextDocument", "PreviewResult", "RenderResult")


def _alive() -> Counter[str]:
    for _ in range(3):  # as the program's event loop does: what was given to deleteLater() goes
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    return Counter(type(o).__name__ for o in gc.get_objects() if type(o).__name__ in WATCHED)


def test_switching_articles_fifty_times_keeps_no_old_document_menu_or_check_alive(real_window: Any,
                                                                                  qtbot: Any) -> None:
    controller, model = real_window.features.controller, real_window.article_list.model
    bundles = [model.summary(row).bundle for row in range(model.rowCount())]
    checks = real_window.context.checks._executor

    def switch(times: int) -> None:
        for number in range(times):
            controller.open_article(bundles[number % len(bundles)])
            qtbot.wait(5)
        qtbot.waitUntil(lambda: checks._work_queue.empty(), timeout=20_000)
        qtbot.wait(200)

    switch(len(bundles) * 2)
    before = _alive()
    earlier = {id(o) for o in gc.get_objects() if isinstance(o, Article)}  # other tests' too, in a full run
    switch(50)
    after = _alive()
    grown = {name: after[name] - before[name] for name in WATCHED if after[name] - before[name] > 2}
    assert grown == {}
    made_by_the_switches = [o for o in gc.get_objects() if isinstance(o, Article) and id(o) not in earlier]
    assert len(made_by_the_switches) < 20
