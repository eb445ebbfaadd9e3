"""Image files of an article: where a source points, preparing photos, and images in the Markdown source."""
