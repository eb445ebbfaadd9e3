"""gui/workspace."""
