"""The alt-text queue window: the image large, its context, the description, next."""
