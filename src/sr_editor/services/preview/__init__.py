"""The live preview pipeline: debounce, one render in flight in a child process, HTML adapted for Qt."""
