"""The main window: its shell, controller, article list, editor and preview."""
