"""gui/alt."""
