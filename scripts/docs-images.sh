#!/usr/bin/env bash
# Draws the pictures of the README and of docs/ again with the built passation (after a change to
# how it draws), so that the docs show what the command draws today. Look at each before committing.
#   scripts/docs-images.sh            (PASSATION=path/to/passation to use another build)
set -euo pipefail
cd "$(dirname "$0")/.."
passation=${PASSATION:-build/dev/cli/passation}
images=docs/images
tutorial=tests/docs/tutorial
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Quiet unless it fails: the tutorial's cases carry the warnings the tutorial teaches.
drawn=0
draw() {
  "$passation" "$@" --force >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  drawn=$((drawn + 1))
}
draw render -s B1 -a plain -f png --dpi 110 -o "$images/sport-sante-B1-plain.png"
draw render -s B1 -a technical -f png --dpi 110 -o "$images/sport-sante-B1-technical.png"
draw render --overview -a plain -f png --dpi 96 -o "$images/sport-sante-overview-plain.png"
draw decide -f png --dpi 72 -o "$images/cli-decide.png"
draw timeline -s B1 --dpi 72 -o "$images/cli-timeline-B1.png"
draw render "$tutorial/my-case.yaml" -s keep-address -a plain -f png --dpi 72 -o "$images/tutorial-keep-address-plain.png"
draw render "$tutorial/mon-cas.yaml" -s adresse-gardee -a plain -f png --dpi 72 -o "$images/tutoriel-adresse-gardee-plain.png"

# The top of each tutorial pack's landing page, as its reader opens it.
chromium=$(command -v chromium || command -v chromium-browser)
for pair in "my-case.yaml tutorial-pack.png" "mon-cas.yaml tutoriel-dossier.png"; do
  set -- $pair
  "$passation" pack "$tutorial/$1" -o "$work/${1%.yaml}" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,740 \
    --screenshot="$images/$2" "file://$work/${1%.yaml}/index.html" 2>/dev/null
  drawn=$((drawn + 1))
done
echo "docs-images: drew $drawn pictures in $images; look at them before committing"
