#!/usr/bin/env bash
# Offline check of the Flatpak manifest (the GNOME runtime cannot be downloaded here).
#   check-manifest.sh MANIFEST APP_ID COMMAND
# Exit 0: fine; 1: the manifest does not match the build; 77: skipped (no flatpak-builder).
set -euo pipefail

if [ $# -ne 3 ]; then
  echo "usage: $0 MANIFEST APP_ID COMMAND" >&2
  exit 2
fi
manifest=$1
app_id=$2
command=$3

if ! command -v flatpak-builder >/dev/null 2>&1; then
  echo "SKIP: flatpak-builder not installed"
  exit 77
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "SKIP: python3 not installed"
  exit 77
fi

# flatpak-builder leaves a .flatpak-builder state folder in the current directory:
# work in a temporary one.
case $manifest in
  /*) ;;
  *) manifest=$PWD/$manifest ;;
esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
shown=$work/manifest.json
cd "$work"

# flatpak-builder parses the manifest as it would for a build and prints it back
# normalised; fatal-warnings turns unknown or mistyped properties into failures.
if ! G_DEBUG=fatal-warnings flatpak-builder --show-manifest "$manifest" >"$shown"; then
  echo "FAIL: flatpak-builder cannot read $manifest" >&2
  exit 1
fi

python3 - "$shown" "$app_id" "$command" <<'PY'
import json
import sys

path, app_id, command = sys.argv[1:4]
with open(path, encoding="utf-8") as f:
    manifest = json.load(f)

problems = []
found_id = manifest.get("app-id", manifest.get("id"))
if found_id != app_id:
    problems.append(f"app-id is {found_id!r}, expected {app_id!r}")
if manifest.get("command") != command:
    problems.append(f"command is {manifest.get('command')!r}, expected {command!r}")
for arg in manifest.get("finish-args", []):
    if arg == "--share=network":
        problems.append("finish-args grant network access (--share=network)")
    if arg.startswith("--filesystem"):
        problems.append(f"finish-args grant file system access ({arg})")
if not manifest.get("modules"):
    problems.append("no modules")
else:
    last = manifest["modules"][-1]
    if isinstance(last, dict) and last.get("buildsystem") != "meson":
        problems.append(f"module {last.get('name')!r} is not built with meson")

for p in problems:
    print(f"FAIL: {p}", file=sys.stderr)
if problems:
    sys.exit(1)
print(f"OK: {app_id}, command {command}, "
      f"finish-args {' '.join(manifest.get('finish-args', []))}")
PY
