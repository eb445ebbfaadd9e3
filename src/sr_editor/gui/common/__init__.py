"""gui/common."""
