#!/bin/sh
# Builds the companion plugin's installable zip (Plugins > Add New > Upload Plugin in wp-admin):
#   sh packaging/wordpress/build-zip.sh [OUT_DIR]      -> OUT_DIR/sr-editor-companion-<version>.zip (default: dist/)
# The zip holds one folder, sr-editor-companion/, as WordPress expects; every PHP file is checked with `php -l`
# first when PHP is installed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/../../dist}
version=$(sed -n 's/^ \* Version: *//p' "$here/sr-editor-companion/sr-editor-companion.php")
if command -v php >/dev/null 2>&1; then
  for file in $(find "$here/sr-editor-companion" -name '*.php'); do php -l "$file" >/dev/null; done
fi
mkdir -p "$out"
zip="$out/sr-editor-companion-$version.zip"
rm -f "$zip"
python3 - "$here" "$zip" <<'PY'
import sys, zipfile
from pathlib import Path
here, target = Path(sys.argv[1]), sys.argv[2]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
    for path in sorted((here / "sr-editor-companion").rglob("*")):
        if path.is_file():
            archive.write(path, path.relative_to(here).as_posix())
PY
echo "$zip"
