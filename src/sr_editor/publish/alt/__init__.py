"""The alt-text engine: a site's media library fetched, descriptions written to media items and posts."""
