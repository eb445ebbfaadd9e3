"""Gutenberg block markup both ways: our body as the block editor writes it, and a post's content back to Markdown."""
