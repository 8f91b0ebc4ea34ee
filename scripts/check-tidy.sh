#!/usr/bin/env bash
# Fails when clang-tidy (Debian 12's clang-tidy 14, which install-deps.sh --test installs) finds
# anything that .clang-tidy asks for in lib/ and cli/: every finding is an error. It reads the
# compile commands of the dev build, so run it after `cmake --build --preset dev`; .ci/run does.
#
#   scripts/check-tidy.sh                 every source of lib/ and cli/
#   scripts/check-tidy.sh lib/render/...  only these files
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/dev
if [[ ! -f "$build/compile_commands.json" ]]; then
  echo "check-tidy: $build/compile_commands.json is missing: run cmake --preset dev && cmake --build --preset dev" >&2
  exit 1
fi
if (($# > 0)); then
  files=("$@")
else
  mapfile -t files < <(find lib cli -name '*.cpp' | sort)
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# One clang-tidy per core; its output goes to the log, and only the findings are shown.
if ! run-clang-tidy -p "$build" -j "$(nproc)" -quiet "${files[@]/#/$PWD/}" >"$log" 2>&1; then
  grep -E '(warning|error): ' "$log" | sed 's/\x1b\[[0-9;]*m//g' | sort -u >&2 || cat "$log" >&2
  echo "check-tidy: clang-tidy found the problems above (.clang-tidy says which checks, and why some are off)" >&2
  exit 1
fi
echo "check-tidy: ${#files[@]} files pass the checks of .clang-tidy"
