"""Comparing and merging two versions of an article: word diff and three-way merge."""
