"""The article itself: the model, `index.md`'s front matter and body, slugs, statuses and the region vocabulary."""
