"""services/document."""
