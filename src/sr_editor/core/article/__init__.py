"""core/article."""
