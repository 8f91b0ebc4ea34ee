#!/usr/bin/env bash
# The README's first command: installs what is missing, builds passation, and draws every
# flowchart of the embedded Sport Santé case into a folder (default: out/sport-sante).
#
#   scripts/demo.sh [OUTPUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
output="${1:-out/sport-sante}"

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
build/release/cli/passation render --output "$output"
echo "Done: open $(realpath "$output")"
