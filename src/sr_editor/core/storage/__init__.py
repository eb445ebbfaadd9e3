"""core/storage."""
