"""publish/alt."""
