"""The Markdown editor and what lives in it: highlighting, find and replace, word count, outline."""
