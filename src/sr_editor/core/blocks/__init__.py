"""core/blocks."""
