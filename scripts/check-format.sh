#!/usr/bin/env bash
# Fails when a C++ file of passation is not formatted as .clang-format says (Debian 12's
# clang-format 14, which install-deps.sh --test installs). Run by scripts/test.sh.
#
#   scripts/check-format.sh          check, and name the files that differ
#   scripts/check-format.sh --fix    format them in place
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find lib cli include tests -path tests/clients/node_modules -prune -o \
                       \( -name '*.cpp' -o -name '*.hpp' \) -print | sort)
if [[ "${1:-}" == "--fix" ]]; then
  clang-format -i "${files[@]}"
  exit 0
fi
if ! clang-format --dry-run -Werror "${files[@]}" 2>/tmp/check-format.$$; then
  grep -o '^[^:]*\.[ch]pp' /tmp/check-format.$$ | sort -u | sed 's/^/  /' >&2
  rm -f /tmp/check-format.$$
  echo "check-format: these files are not formatted as .clang-format says: scripts/check-format.sh --fix" >&2
  exit 1
fi
rm -f /tmp/check-format.$$
echo "check-format: ${#files[@]} files formatted as .clang-format says"
