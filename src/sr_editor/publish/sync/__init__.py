"""publish/sync."""
