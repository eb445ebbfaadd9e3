"""Dialogs of the writer's desk: images, history, recovery, trash, conflicts."""
