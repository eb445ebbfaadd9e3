"""The alt-text queue without Qt: its items, what it keeps offline, and rewriting one alt inside post content."""
