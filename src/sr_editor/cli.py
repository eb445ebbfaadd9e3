"""Command line entry point (OWNER: lead)."""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    print("sr-editor: not built yet")
    return 0
