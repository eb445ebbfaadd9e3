"""core/alt."""
