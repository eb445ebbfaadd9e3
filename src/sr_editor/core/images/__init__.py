"""core/images."""
