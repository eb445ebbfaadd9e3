"""The alt-text volunteers' queue window: one image at a time, keyboard first, working offline."""
