"""What every GUI package may use: settings, theme, translations, words for core codes, menus, shaping."""
