"""The open article as a Qt object: its text, autosave and recovery, opening and switching, its checks."""
