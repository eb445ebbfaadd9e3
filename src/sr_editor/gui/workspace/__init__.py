"""The article list and the workspace menu."""
