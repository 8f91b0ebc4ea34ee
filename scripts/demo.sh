#!/usr/bin/env bash
# The README's first command: installs what is missing, builds passation, and writes the meeting
# pack of the embedded Sport Santé case into a folder (default: out/sport-sante): index.html,
# every flowchart, the decision tree, the timelines, the tables and the slides.
#
#   scripts/demo.sh [OUTPUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
output="${1:-out/sport-sante}"

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
build/release/cli/passation pack --output "$output"
