"""The workspace on disk: bundles, atomic saves, history, recovery snapshots, the listing cache and the lock."""
