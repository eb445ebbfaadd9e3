"""core/checks."""
