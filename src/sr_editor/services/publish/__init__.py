"""Publishing work off the GUI thread; progress and results come back as signals."""
