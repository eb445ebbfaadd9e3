"""publish/wordpress."""
