"""The process itself: memory settings made once, and imports done ahead on a worker thread."""
