"""Spell checking in the editor: the highlighter pass, the background worker, the menus."""
