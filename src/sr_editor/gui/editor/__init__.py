"""gui/editor."""
