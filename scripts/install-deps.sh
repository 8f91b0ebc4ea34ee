#!/usr/bin/env bash
# Installs the Debian 12 packages passation needs, and only those that are missing.
# Idempotent: when everything is there it only asks dpkg, which takes well under a second.
#
#   scripts/install-deps.sh          build and run dependencies
#   scripts/install-deps.sh --test   the same, plus what the test suite needs
#   scripts/install-deps.sh --bench  the same, plus what bench/compare.sh needs
set -euo pipefail

packages=(
  # toolchain
  g++ cmake ninja-build pkg-config
  # the foundations (see README, "Dependencies")
  libgraphviz-dev libboost-graph-dev libfmt-dev libyaml-cpp-dev libcli11-dev nlohmann-json3-dev libzip-dev libpng-dev
  liblitehtml-dev libpango1.0-dev libcairo2-dev librsvg2-dev
  # a sans-serif font: Graphviz measures text with it, and it carries the French accents
  fonts-dejavu-core
)
if [[ "${1:-}" == "--bench" ]]; then
  # Google Benchmark; the Graphviz command, python3 (the synthetic cases) and GNU time, for bench/compare.sh
  packages+=(libbenchmark-dev graphviz python3 time)
fi
if [[ "${1:-}" == "--test" ]]; then
  packages+=(
    catch2       # Catch2 2.13, the test framework
    clang-format # the code's format, checked by scripts/check-format.sh
    clang-tidy   # the checks of .clang-tidy, run by scripts/check-tidy.sh in CI
    libxml2-dev  # the tests parse every SVG we write as XML
    python3      # runs bench/synthetic_case.py, whose cases the tests check
    python3-jsonschema python3-yaml  # validate the case files against docs/case.schema.json
    doxygen      # the API reference (the `docs` target), checked by a test
    groff-base   # the man page, checked by a test
    # The programs the meeting pack is opened with (tests/clients/check_clients.sh)
    chromium librsvg2-bin poppler-utils libreoffice-impress libreoffice-writer
    plantuml  # draws the PlantUML export (tests/exports/check_exports.sh)
    # pdflatex and Beamer (which needs PGF, in texlive-pictures) for tests/slides: 64 MB to fetch
    texlive-latex-recommended texlive-pictures
  )
  # Node.js for marp-cli and Playwright: the machine's own when it has one, else Debian's.
  command -v npm >/dev/null || packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "installed" ]] || missing+=("$p")
done
install_clients() {
  # marp-cli, playwright-core, mermaid-cli, bpmn-js and bpmn-moddle, at the versions of
  # tests/clients/package-lock.json (no install scripts: the tests use Debian's Chromium).
  [[ "${1:-}" == "--test" ]] || return 0
  local clients
  clients="$(cd "$(dirname "$0")/.." && pwd)/tests/clients"
  if [[ ! -f "$clients/node_modules/.installed" || "$clients/package-lock.json" -nt "$clients/node_modules/.installed" ]]; then
    echo "install-deps: installing the test clients from the npm registry" >&2
    (cd "$clients" && npm ci --no-audit --no-fund --ignore-scripts >/dev/null && touch node_modules/.installed)
  fi
}

if [[ ${#missing[@]} -eq 0 ]]; then
  install_clients "${1:-}"
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root (or install sudo) to install ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists only when an install fails without it: a fresh machine
# may have none, a warm one does not need the round trip.
if ! "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
install_clients "${1:-}"
