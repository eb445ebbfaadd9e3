"""services/preview."""
