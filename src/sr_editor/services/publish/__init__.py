"""services/publish."""
