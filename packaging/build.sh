#!/usr/bin/env bash
# Build the standalone CMDesk (PyInstaller, one folder) and smoke-test the result.
#
#   bash packaging/build.sh            # with the python on PATH (activate the venv first)
#   PYTHON=/path/to/python bash packaging/build.sh
#
# Output: dist/CMDesk/ (git-ignored, like build/). Runs on Linux, and on Windows in
# Git Bash; see packaging/README.md. Exits non-zero when the build or a check fails.
set -euo pipefail

# PyInstaller and PySide6 are pinned together: PyInstaller's Qt hooks follow PySide6's
# layout, and a PySide6 newer than the PyInstaller release can build a bundle that
# only fails when it starts. Change the three together, after a build whose smoke
# test passed (README.md, "Pinning").
PYINSTALLER_VERSION="6.22.3"
HOOKS_CONTRIB_VERSION="2026.9"
PYSIDE6_TESTED="6.11"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python}"
cd "$ROOT"

say() { printf '\n== %s\n' "$*"; }

say "checking the PySide6 the app is built with"
pyside_version="$("$PYTHON" -c 'import PySide6; print(PySide6.__version__)')"
echo "PySide6 ${pyside_version} (this recipe is tested with ${PYSIDE6_TESTED}.x)"
case "$pyside_version" in
    "${PYSIDE6_TESTED}".*) ;;
    *) echo "warning: PySide6 ${pyside_version} is not the tested ${PYSIDE6_TESTED}.x;" \
            "check the smoke test below and the PyInstaller changelog before shipping." >&2 ;;
esac

say "installing PyInstaller ${PYINSTALLER_VERSION} (a build tool, not a dependency of CMDesk)"
"$PYTHON" -m pip install --quiet \
    "pyinstaller==${PYINSTALLER_VERSION}" "pyinstaller-hooks-contrib==${HOOKS_CONTRIB_VERSION}"

say "parsing the catalog files, so that the bundle ships them parsed (start-up need not)"
# cmdesk.catalog.read_catalog_file keeps each parsed file in resources/catalog/__pycache__,
# keyed by the file's size and CRC-32, so the copies in the bundle stay valid.
"$PYTHON" -c 'from cmdesk.catalog import read_catalog_file; from cmdesk.paths import catalog_dir
for path in sorted(catalog_dir().glob("*.toml")): read_catalog_file(None, path.name)'

say "compiling the translations (resources/translations/*.qm, which the window loads)"
"$PYTHON" packaging/translations.py --compile-only

say "building dist/CMDesk"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build" "$ROOT/packaging/cmdesk.spec"

BUNDLE="$ROOT/dist/CMDesk"
CLI="$BUNDLE/cmdesk-cli"
GUI="$BUNDLE/CMDesk"

say "smoke test"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# Keep the user's real CMDesk settings and data out of it (Linux; Windows ignores these).
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"

check() {  # check "what" command...: run it, show its output, stop on failure
    local what="$1"; shift
    echo "-- $what: $*"
    if ! "$@" >"$WORK/out.txt" 2>&1; then
        cat "$WORK/out.txt"
        echo "FAILED: $what" >&2
        exit 1
    fi
    cat "$WORK/out.txt"
}

check "version" "$CLI" --version
check "command help" "$CLI" info --help
check "create the demo database" "$CLI" demo --db "$WORK/x.cmdesk" --user smoke-test
check "read it back" "$CLI" info --db "$WORK/x.cmdesk" --user smoke-test
grep -q "DEMO" "$WORK/out.txt" || { echo "FAILED: info does not say DEMO" >&2; exit 1; }
grep -q "2024" "$WORK/out.txt" || { echo "FAILED: info does not list 2024" >&2; exit 1; }
check "integrity" "$CLI" check-db --db "$WORK/x.cmdesk" --user smoke-test
check "in Khmer" "$CLI" --lang km info --db "$WORK/x.cmdesk" --user smoke-test
grep -q "ការិយាល័យ" "$WORK/out.txt" || { echo "FAILED: info --lang km is not in Khmer" >&2; exit 1; }
[ -f "$BUNDLE/_internal/resources/translations/cmdesk_km.qm" ] \
    || [ -f "$BUNDLE/resources/translations/cmdesk_km.qm" ] \
    || { echo "FAILED: the bundle has no cmdesk_km.qm" >&2; exit 1; }

if [ "$(uname -s)" = "Linux" ]; then
    # The window: it must start (Qt plugins found, every module bundled) and stay up.
    # With no way to close it from outside, "still running after 15 s" is the pass.
    echo "-- the window stays up for 15 s (offscreen)"
    # A user name already set (ui/settings.py's file), so the "who are you" dialog stays shut.
    mkdir -p "$XDG_CONFIG_HOME/CMAA/CMDesk"
    printf '[user]\nname=smoke-test\n' >"$XDG_CONFIG_HOME/CMAA/CMDesk/cmdesk.ini"
    status=0
    QT_QPA_PLATFORM=offscreen timeout 15 "$GUI" --db "$WORK/x.cmdesk" >"$WORK/gui.txt" 2>&1 \
        || status=$?
    if [ "$status" -ne 124 ]; then
        cat "$WORK/gui.txt"
        echo "FAILED: the window exited with status $status before 15 s" >&2
        exit 1
    fi
fi

say "smoke test passed"
du -sh "$BUNDLE"
