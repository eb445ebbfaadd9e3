"""Spell checking without Qt: Enchant over the system's Hunspell dictionaries, and the prose words of a line."""
