"""The one renderer: article Markdown -> the HTML we publish (and the preview shows), with its bounds."""
