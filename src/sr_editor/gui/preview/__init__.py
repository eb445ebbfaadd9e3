"""The live preview widget and the piece-by-piece patching of its document."""
