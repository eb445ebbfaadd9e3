"""core/spelling."""
