#!/usr/bin/env bash
# Set up a development checkout on Debian/Ubuntu: the system libraries Qt needs, then
# CMDesk in .venv/ (editable). Safe to run again: it installs only what is missing.
#   bash packaging/setup-dev.sh          # to run CMDesk
#   bash packaging/setup-dev.sh --test   # to run the tests too (adds the test extra)
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
if [ "${1:-}" = "--test" ]; then extras="[test]"; fi

# Qt's runtime libraries (design.md, section 5), the xcb ones for a real window,
# poppler-utils to read and render the PDFs CMDesk writes, and a Khmer font.
system_packages=(
  libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libxkbcommon0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1
  poppler-utils fonts-khmeros
)

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for package in "${system_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "setup-dev: please install these system packages: ${missing[*]}" >&2; exit 1
    fi
    echo "setup-dev: installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extras}"
# The window loads the Khmer translation compiled (.qm); only its source (.ts) is in git.
.venv/bin/python packaging/translations.py --compile-only
echo "setup-dev: ready (.venv/bin/python)"
