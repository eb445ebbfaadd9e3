"""core/render."""
