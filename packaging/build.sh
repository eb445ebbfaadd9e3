#!/usr/bin/env bash
# Builds dist/sr-editor/ (one folder) with PyInstaller from a venv that has the app installed.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv-build
.venv-build/bin/pip install -e . pyinstaller
.venv-build/bin/pyinstaller --noconfirm packaging/sr-editor.spec
echo "Built dist/sr-editor/sr-editor"
