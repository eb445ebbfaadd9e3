"""Moving articles between workspace and site: publish, pull, conflicts, the agreed base and the session."""
