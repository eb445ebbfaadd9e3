"""Publishing in the window: the Publish menu, the publish and sites dialogs."""
