"""The command line: `sr-editor` sub-commands that run without a window."""
