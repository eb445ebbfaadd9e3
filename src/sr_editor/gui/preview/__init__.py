"""gui/preview."""
