"""The workspace seen from the window: listing and checking on a thread, changes on disk noticed."""
