#!/usr/bin/env bash
# The test suite once more under AddressSanitizer + UndefinedBehaviorSanitizer (but the tests of
# the docs' text, the schema, the installed package and the real clients, which the dev run
# covers and which exercise other programs), and the thread test under ThreadSanitizer (see
# docs/reliability.md). .ci/run runs it after scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan
cmake --preset tsan >/dev/null
# Only the thread tests run under ThreadSanitizer: only their binary is built.
cmake --build --preset tsan --target passation_thread_tests
ctest --preset tsan
