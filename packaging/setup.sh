#!/bin/sh
# All the set-up on a fresh Debian/Ubuntu machine, from a clone of the repository, in one step:
#   sh packaging/setup.sh app    Debian packages the app needs, then .venv with sr-editor
#   sh packaging/setup.sh test   the same plus what the tests need (WordPress, MariaDB, PHP, a Secret Service,
#                                Node.js packages of Gutenberg's block validator, a newer WordPress than
#                                Debian's), then .venv with the test extra
# Debian packages are installed with apt-get (through sudo when not root) only when some are missing, so it is
# safe and quick to run again. The README's two commands and .ci/run call this script.
set -eu
cd "$(dirname "$0")/.."

what=${1:-}
case "$what" in
  app) lists="packaging/debian-packages.txt"; extra="" ;;
  test) lists="packaging/debian-packages.txt packaging/test-debian-packages.txt"; extra="[test]" ;;
  *) echo "usage: sh packaging/setup.sh app|test" >&2; exit 2 ;;
esac

say() { echo "setup: $*" >&2; }

wanted() { grep -hv '^[[:space:]]*#' $lists | grep -v '^[[:space:]]*$' | sort -u; }

missing() {
  for package in $(wanted); do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    case "$status" in *" installed") ;; *) echo "$package" ;; esac
  done
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else say "these Debian packages are missing and there is no sudo to install them: $(missing | tr '\n' ' ')"; exit 1
  fi
}

install_debian_packages() {
  command -v dpkg-query >/dev/null 2>&1 || { say "not a Debian/Ubuntu system: install the packages in $lists yourself"; return 0; }
  todo=$(missing)
  [ -n "$todo" ] || return 0
  say "installing Debian packages: $(echo "$todo" | tr '\n' ' ')"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # shellcheck disable=SC2086
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $todo >/dev/null
}

install_python_packages() {
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/pip install -q --disable-pip-version-check -e ".$extra"
}

need_npm() {
  command -v npm >/dev/null 2>&1 && return 0
  say "installing Node.js and npm from Debian"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
}

install_node_packages() {
  # Gutenberg's own block validator runs under Node.js; its packages are pinned by a committed lockfile.
  validator=tests/support/validator
  [ -f "$validator/package-lock.json" ] || return 0
  need_npm
  if [ ! -f "$validator/node_modules/.package-lock.json" ] || \
     ! cmp -s "$validator/package-lock.json" "$validator/node_modules/.installed-lock.json"; then
    (cd "$validator" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    cp "$validator/package-lock.json" "$validator/node_modules/.installed-lock.json"
  fi
}

install_wordpress_builds() {
  # A newer WordPress line than Debian's 6.1.9 for tests/wordpress: the full PHP source of the 6.7 pre-release
  # in @wp-playground/wordpress-builds (pinned by a committed lockfile), unpacked to tests/support/builds/wp/
  # (gitignored). The copy of the lockfile in wp/ says what was unpacked, so a second run does nothing.
  builds=tests/support/builds
  [ -f "$builds/package-lock.json" ] || return 0
  if [ -f "$builds/wp/nightly/wp-load.php" ] && cmp -s "$builds/package-lock.json" "$builds/wp/.unpacked-lock.json"
  then return 0
  fi
  need_npm
  say "unpacking WordPress builds for the tests"
  (cd "$builds" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  rm -rf "$builds/wp" "$builds/wp.tmp"
  for line in nightly; do
    python3 -m zipfile -e "$builds/node_modules/@wp-playground/wordpress-builds/src/wordpress/wp-$line.zip" \
      "$builds/wp.tmp/$line"
  done
  cp "$builds/package-lock.json" "$builds/wp.tmp/.unpacked-lock.json"
  mv "$builds/wp.tmp" "$builds/wp"
}

install_debian_packages
install_python_packages
if [ "$what" = test ]; then
  install_node_packages
  install_wordpress_builds
fi
exit 0
