#!/usr/bin/env bash
# Hands the meeting pack to the programs people open it with, and fails on anything they reject:
#   the landing page, the funder's brief, the contractor's dossier and the Marp deck in headless
#   Chromium (no console error, every picture drawn, no network), every SVG through rsvg-convert
#   (no warning), the PowerPoint deck and the editable brief (DOCX) through LibreOffice (their text must
#   survive into the PDF), every PDF through pdftotext; the brief in every form holds no technical
#   word; its PDF has at most 4 pages, the first holding the criteria; and the pack must come out
#   byte for byte the same twice. The Sport Santé case and the food bank's go through it.
#
#   check_clients.sh PASSATION_BINARY WORK_FOLDER
set -euo pipefail
passation=$1
work=$2
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
rm -rf "$work"
mkdir -p "$work"
export HOME="$work/home"  # LibreOffice and Chromium write their profiles there
mkdir -p "$HOME"

fail() { echo "check_clients: $*" >&2; exit 1; }
for tool in chromium rsvg-convert libreoffice pdftotext pdfinfo node; do
  command -v "$tool" >/dev/null || fail "$tool is missing: run scripts/install-deps.sh --test"
done
[[ -x "$here/node_modules/.bin/marp" ]] || fail "marp-cli is missing: run scripts/install-deps.sh --test"

"$passation" pack -o "$work/sport-sante" >/dev/null
"$passation" pack -o "$work/again" >/dev/null
diff -r "$work/sport-sante" "$work/again" >/dev/null || fail "two packs of the same case differ"
"$passation" pack "$source_dir/cases/foodbank.yaml" -o "$work/foodbank" >/dev/null

# Words a funder must never read, whatever the language: the list passation check warns about in
# a case's plain texts (lib/check/check_plain_words.cpp), looked for here in what the funder gets.
jargon=(DNS MySQL PHP SSL Git WordPress registrar SFTP SSH RACI Gantt Pareto sysadmin helpdesk debug plugin config
        Django PostgreSQL VPS nginx)
no_jargon() {  # FILE_OF_TEXT WHAT [EXTRA WORDS…]
  local file=$1 what=$2
  shift 2
  for word in "${jargon[@]}" "$@"; do
    if grep -qiw -- "$word" "$file"; then
      fail "$what holds the technical word \"$word\": $(grep -iow -m1 -- "$word" "$file")"
    fi
  done
}

pages=()
for case in sport-sante foodbank; do
  pack="$work/$case"
  extra=()
  [[ $case == sport-sante ]] && extra=(serveur)

  # Every file the manifest lists is there, and nothing else.
  (cd "$pack" && find . -type f ! -name manifest.json | sed 's|^\./||' | sort) > "$work/found"
  node -e 'const m = require(process.argv[1]); for (const f of m.files) console.log(f.path)' "$pack/manifest.json" | sort > "$work/listed"
  diff "$work/listed" "$work/found" || fail "$case: the manifest does not list exactly the files of the pack"

  for svg in "$pack"/diagrams/*.svg; do
    messages=$(rsvg-convert "$svg" -o "$work/rsvg.png" 2>&1) || fail "rsvg-convert cannot read $svg: $messages"
    [[ -z "$messages" ]] || fail "rsvg-convert warns about $svg: $messages"
  done
  for pdf in "$pack"/diagrams/*.pdf "$pack"/funder/brief.pdf "$pack"/contractor/dossier.pdf; do
    [[ -n "$(pdftotext "$pdf" - 2>/dev/null | tr -d '[:space:]')" ]] || fail "$pdf has no text"
  done

  # The brief: at most 4 A4 pages, the first holding the synthesis and the criteria; plain words only.
  count=$(pdfinfo "$pack/funder/brief.pdf" | awk '/^Pages:/ { print $2 }')
  (( count <= 4 )) || fail "$case: the brief's PDF has $count pages (at most 4)"
  pdfinfo "$pack/funder/brief.pdf" | grep -q "595.* x 841" || fail "$case: the brief's PDF is not A4"
  pdftotext -f 1 -l 1 "$pack/funder/brief.pdf" "$work/$case-brief-page1.txt"
  grep -qE "Critères de choix|Criteria" "$work/$case-brief-page1.txt" || fail "$case: page 1 of the brief lacks the criteria grid"
  grep -qE "À décider|To decide" "$work/$case-brief-page1.txt" || fail "$case: page 1 of the brief lacks the decision"
  pdftotext "$pack/funder/brief.pdf" "$work/$case-brief.txt"
  no_jargon "$work/$case-brief.txt" "$case: the brief's PDF" "${extra[@]}"
  sed -e 's/<[^>]*>/ /g' "$pack/funder/brief.html" > "$work/$case-brief-html.txt"
  no_jargon "$work/$case-brief-html.txt" "$case: the brief's page" "${extra[@]}"
  no_jargon "$pack/funder/slides.marp.md" "$case: the funder's Marp slides" "${extra[@]}"

  (cd "$pack/funder" && "$here/node_modules/.bin/marp" --html=false slides.marp.md -o slides.html >/dev/null 2>&1) ||
    fail "marp-cli cannot build the $case Marp deck"
  pages+=("$pack/index.html" "$work/$case-index.png" "$pack/funder/brief.html" "$work/$case-brief.png"
          "$pack/contractor/dossier.html" "$work/$case-dossier.png" "$pack/funder/slides.html" "$work/$case-marp.png")
done
pdftotext "$work/sport-sante/diagrams/scenario-B1-technical.pdf" - | grep -q "Pointage DNS" || fail "the B1 PDF lost its text"
node "$here/check_page.mjs" "${pages[@]}"

# LibreOffice once for every office file: its start costs seconds.
mkdir -p "$work/office"
for case in sport-sante foodbank; do
  cp "$work/$case/funder/slides.pptx" "$work/office/$case-slides.pptx"
  cp "$work/$case/funder/brief.docx" "$work/office/$case-brief.docx"
done
timeout 300 libreoffice --headless --convert-to pdf --outdir "$work/office" "$work"/office/*.pptx "$work"/office/*.docx \
  >/dev/null 2>&1 || fail "LibreOffice cannot convert the PowerPoint decks and the editable briefs"
for case in sport-sante foodbank; do
  [[ -f "$work/office/$case-brief.pdf" ]] || fail "LibreOffice could not open the $case editable brief"
  pdftotext "$work/office/$case-brief.pdf" "$work/docx.txt"
  grep -qE "Critères de choix|Criteria" "$work/docx.txt" || fail "the $case editable brief lost its criteria"
  extra=()
  [[ $case == sport-sante ]] && extra=(serveur)
  no_jargon "$work/docx.txt" "$case: the editable brief" "${extra[@]}"
done
text=$(pdftotext "$work/office/sport-sante-slides.pdf" -)
for expected in "Passation du portail Sport Santé" "Critères de choix" "Prestataire autonome" "Scénario B1" \
                "Calendrier de la passation" "T1 2026"; do
  grep -qF "$expected" <<<"$text" || fail "the PowerPoint deck converted by LibreOffice lost \"$expected\""
done
pdftotext "$work/office/sport-sante-slides.pdf" "$work/slides.txt"
no_jargon "$work/slides.txt" "the funder's PowerPoint slides" serveur
pdftotext "$work/office/foodbank-slides.pdf" "$work/slides.txt"
no_jargon "$work/slides.txt" "the food bank's PowerPoint slides"
echo "check_clients: the pages, the brief (page, PDF, slides), the dossier, every SVG and PDF and the decks pass, for both cases"
