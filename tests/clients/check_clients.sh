#!/usr/bin/env bash
# Hands the meeting pack to the programs people open it with, and fails on anything they reject:
#   index.html and the Marp deck in headless Chromium (no console error, every picture drawn, no
#   network), every SVG through rsvg-convert (no warning), the PowerPoint deck through
#   LibreOffice (its text must survive into the PDF), every PDF through pdftotext; and the pack
#   must come out byte for byte the same twice.
#
#   check_clients.sh PASSATION_BINARY WORK_FOLDER
set -euo pipefail
passation=$1
work=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work"
mkdir -p "$work"
export HOME="$work/home"  # LibreOffice and Chromium write their profiles there
mkdir -p "$HOME"

fail() { echo "check_clients: $*" >&2; exit 1; }
for tool in chromium rsvg-convert libreoffice pdftotext node; do
  command -v "$tool" >/dev/null || fail "$tool is missing: run scripts/install-deps.sh --test"
done
[[ -x "$here/node_modules/.bin/marp" ]] || fail "marp-cli is missing: run scripts/install-deps.sh --test"

"$passation" pack -o "$work/pack" >/dev/null
"$passation" pack -o "$work/again" >/dev/null
diff -r "$work/pack" "$work/again" >/dev/null || fail "two packs of the same case differ"
pack="$work/pack"

# Every file the manifest lists is there, and nothing else.
(cd "$pack" && find . -type f ! -name manifest.json | sed 's|^\./||' | sort) > "$work/found"
node -e 'const m = require(process.argv[1]); for (const f of m.files) console.log(f.path)' "$pack/manifest.json" | sort > "$work/listed"
diff "$work/listed" "$work/found" || fail "the manifest does not list exactly the files of the pack"

node "$here/check_page.mjs" "$pack/index.html" "$work/index.png"

for svg in "$pack"/diagrams/*.svg; do
  messages=$(rsvg-convert "$svg" -o "$work/rsvg.png" 2>&1) || fail "rsvg-convert cannot read $svg: $messages"
  [[ -z "$messages" ]] || fail "rsvg-convert warns about $svg: $messages"
done

for pdf in "$pack"/diagrams/*.pdf; do
  [[ -n "$(pdftotext "$pdf" - 2>/dev/null | tr -d '[:space:]')" ]] || fail "$pdf has no text"
done
pdftotext "$pack/diagrams/scenario-B1-technical.pdf" - | grep -q "Pointage DNS" || fail "the B1 PDF lost its text"

(cd "$pack/slides" && "$here/node_modules/.bin/marp" --html=false deck.marp.md -o deck.html >/dev/null 2>&1) ||
  fail "marp-cli cannot build the Marp deck"
node "$here/check_page.mjs" "$pack/slides/deck.html" "$work/marp.png"

timeout 300 libreoffice --headless --convert-to pdf --outdir "$work/impress" "$pack/slides/deck.pptx" >/dev/null 2>&1 ||
  fail "LibreOffice cannot convert the PowerPoint deck"
text=$(pdftotext "$work/impress/deck.pdf" -)
for expected in "Passation du portail Sport Santé" "Ce que comprend la passation" "Le site internet visible par les utilisateurs" \
                "Prestataire autonome" "Scénario B1" "Calendrier de la passation"; do
  grep -qF "$expected" <<<"$text" || fail "the PowerPoint deck converted by LibreOffice lost \"$expected\""
done
echo "check_clients: index.html, the Marp deck, every SVG and PDF and the PowerPoint deck pass"
