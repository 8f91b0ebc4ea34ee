#!/usr/bin/env bash
# Opens passation's exports in the tools people use them with, and fails on anything they reject:
#   mermaid    every flowchart, overview, difference and decision tree of four cases (the three of
#              cases/ and tests/exports/hostile.yaml), drawn by Mermaid's library (open_exports.mjs:
#              no error, as many boxes drawn as the export declares); each case's difference also by
#              mermaid-cli.
#   plantuml   the same drawings as PlantUML activity diagrams, drawn by Debian's plantuml (no
#              exception, no syntax error).
#   bpmn       the same drawings as BPMN 2.0, read by bpmn-moddle and imported by bpmn-js in the same
#              Chromium, with no warning from either (open_exports.mjs).
#
#   check_exports.sh PASSATION_BINARY WORK_FOLDER
set -euo pipefail
passation=$1
work=$2
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
clients="$source_dir/tests/clients/node_modules"
rm -rf "$work"
mkdir -p "$work"
export HOME="$work/home"  # Chromium writes its profile there
mkdir -p "$HOME"

fail() { echo "check_exports: $*" >&2; exit 1; }
command -v chromium >/dev/null || fail "chromium is missing: run scripts/install-deps.sh --test"
[[ -x "$clients/.bin/mmdc" ]] || fail "mermaid-cli is missing: run scripts/install-deps.sh --test"

# Every drawing of a case in FORMAT, into FOLDER: the flowcharts and the overview (both audiences),
# a difference between its first and last scenarios, the decision tree and a flowchart left to right.
export_case() {  # CASE_FILE_OR_EMPTY FORMAT EXTENSION FOLDER
  local case=$1 format=$2 ext=$3 folder=$4
  local args=()
  [[ -n $case ]] && args=("$case")
  "$passation" render "${args[@]}" --format "$format" -o "$folder/" >/dev/null
  mapfile -t ids < <("$passation" list "${args[@]}" --only scenarios | awk '/^  [^ ]/ {print $1}')
  # PlantUML draws structured flows only: a difference, which joins two processes, may not be one.
  [[ $format == plantuml ]] || "$passation" render "${args[@]}" --diff "${ids[0]}" "${ids[-1]}" -a plain -o "$folder/diff$ext" >/dev/null
  "$passation" decide "${args[@]}" -o "$folder/decide$ext" >/dev/null
  # Left to right: lanes as horizontal bands (BPMN's horizontal pool); PlantUML has no direction.
  [[ $format == plantuml ]] || "$passation" render "${args[@]}" -s "${ids[0]}" -a plain --direction LR \
    -o "$folder/across$ext" >/dev/null
}
cases=("" "$source_dir/cases/foodbank.yaml" "$source_dir/cases/rendez-vous.yaml" "$here/hostile.yaml")
names=(sport-sante foodbank rendez-vous hostile)

exports="$work/exports"
for i in "${!cases[@]}"; do
  export_case "${cases[$i]}" mermaid .mmd "$exports/${names[$i]}"
  export_case "${cases[$i]}" bpmn .bpmn "$exports/${names[$i]}"
  export_case "${cases[$i]}" plantuml .puml "$exports/${names[$i]}/plantuml"
done
mapfile -t files < <(ls "$exports"/*/*.mmd "$exports"/*/*.bpmn)
[[ ${#files[@]} -ge 88 ]] || fail "only ${#files[@]} Mermaid and BPMN exports were written"

# PlantUML: every activity diagram drawn by Debian's plantuml, in one Java run.
command -v plantuml >/dev/null || fail "plantuml is missing: run scripts/install-deps.sh --test"
mapfile -t diagrams < <(ls "$exports"/*/plantuml/*.puml)
[[ ${#diagrams[@]} -ge 36 ]] || fail "only ${#diagrams[@]} PlantUML exports were written"
output=$(plantuml -tsvg -nbthread 1 "${diagrams[@]}" 2>&1) || fail "plantuml rejects an export: $output"
if grep -q 'Exception\|Error' <<< "$output"; then fail "plantuml fails on an export: $output"; fi
for file in "${diagrams[@]}"; do
  svg="${file%.puml}.svg"
  [[ -s $svg ]] || fail "plantuml drew nothing for $file"
  if grep -q 'Syntax Error' "$svg"; then fail "plantuml drew a syntax error for $file"; fi
done

# Every export opened by the libraries behind the tools, in one Chromium (open_exports.mjs).
node "$here/open_exports.mjs" "$work" "${files[@]}" || fail "an export was rejected (see above)"

# mermaid-cli itself, which starts a Chromium page per drawing (seconds each): each case's
# difference, the hostile case's flowcharts among them, in one Markdown file.
echo '{"executablePath": "/usr/bin/chromium", "args": ["--no-sandbox", "--disable-gpu"]}' > "$work/puppeteer.json"
markdown="$work/mermaid.md"
: > "$markdown"
for name in "${names[@]}"; do
  { echo '```mermaid'; cat "$exports/$name/diff.mmd"; echo '```'; echo; } >> "$markdown"
done
output=$("$clients/.bin/mmdc" -p "$work/puppeteer.json" -i "$markdown" -o "$work/mermaid-drawn.md" 2>&1) ||
  fail "mermaid-cli rejects an export: $output"
for k in "${!names[@]}"; do
  svg="$work/mermaid-drawn-$((k + 1)).svg"
  [[ -s $svg ]] || fail "mermaid-cli drew nothing for ${names[$k]}'s difference"
  if grep -q 'Syntax error' "$svg"; then fail "mermaid-cli drew a syntax error for ${names[$k]}'s difference"; fi
done
echo "check_exports: ${#diagrams[@]} drawn by plantuml, ${#files[@]} opened in Chromium, ${#names[@]} by mermaid-cli"
