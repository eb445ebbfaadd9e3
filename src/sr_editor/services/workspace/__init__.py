"""services/workspace."""
