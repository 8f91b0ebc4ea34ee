#!/usr/bin/env bash
# The README's second command: installs what is missing (with the test tools), checks the code's
# format (.clang-format), builds passation with warnings as errors, and runs the whole test suite
# through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test
scripts/check-format.sh
cmake --preset dev >/dev/null
cmake --build --preset dev
ctest --preset dev
