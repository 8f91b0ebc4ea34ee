#!/usr/bin/env bash
# passation side by side with the Graphviz command and a bare gvc loop, on this machine, in one
# run: every ratio is measured here and now, never against a figure from another run.
#
#   bench/compare.sh                   everything (about ten minutes)
#   RUNS=3 DRAWINGS=2000 bench/compare.sh   quicker, rougher
#   ONLY="d e" bench/compare.sh       some parts only (a, a2, b, c, d, e)
#
# Prints each figure beside its target (issue 6) and exits 1 when one is missed.
# docs/performance.md says what dominates each figure.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}            # wall-time figures are the median of this many runs
DRAWINGS=${DRAWINGS:-10000}  # (c): drawings per memory run
ONLY=${ONLY:-a a2 b c d e}
wants() { [[ " $ONLY " == *" $1 "* ]]; }

scripts/install-deps.sh --bench
cmake --preset bench >/dev/null
cmake --build --preset bench >/dev/null
passation=build/bench/cli/passation
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

missed=0
results=()

# The wall time of a command in seconds, the median of RUNS runs (bash's clock: no fork to read it).
seconds() {
  local times=() start
  for _ in $(seq "$RUNS"); do
    start=$EPOCHREALTIME
    "$@" >/dev/null 2>&1 || true  # a failure shows as a missing output, checked by the caller
    times+=("$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.6f", b - a }')")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# report NAME VALUE UNIT TARGET-OP TARGET: one line, and whether the target is met.
report() {
  local name=$1 value=$2 unit=$3 op=$4 target=$5 ok
  ok=$(awk -v v="$value" -v t="$target" -v op="$op" 'BEGIN { print ((op == ">=" && v >= t) || (op == "<=" && v <= t)) ? "ok" : "MISSED" }')
  [[ $ok == ok ]] || missed=1
  results+=("$(printf '%-62s %10.3f %-4s target %s %s  %s' "$name" "$value" "$unit" "$op" "$target" "$ok")")
  echo "${results[-1]}"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
ms() { awk -v s="$1" 'BEGIN { printf "%.1f", s * 1000 }'; }

dot_each() { for f in "$1"/*.dot; do dot -Tsvg "$f" -o "${f%.dot}.svg"; done; }
dot_each_all_formats() { for f in "$1"/*.dot; do dot -Tsvg -Tpng -Tpdf -Gdpi=300 -O "$f"; done; }

echo "# $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); $(dot -V 2>&1); $RUNS runs per figure"

# The DOT passation writes for the case's flowcharts: what dot draws in (a) and (a2).
"$passation" render -f dot -o "$work/case-dot" >/dev/null
case_count=$(ls "$work/case-dot"/*.dot | wc -l)

# (a) The case's flowcharts as SVG: passation against dot, on the DOT passation writes.
if wants a; then
t_passation=$(seconds "$passation" render -o "$work/case-svg")
t_dot_each=$(seconds dot_each "$work/case-dot")
t_dot_once=$(seconds dot -Tsvg -O "$work/case-dot"/*.dot)
echo "(a) $case_count flowcharts: passation $(ms "$t_passation") ms, dot per diagram $(ms "$t_dot_each") ms, dot -O $(ms "$t_dot_once") ms"
report "(a) case: dot per diagram / passation" "$(ratio "$t_dot_each" "$t_passation")" "x" ">=" 4
report "(a) case: one dot -O for all / passation" "$(ratio "$t_dot_once" "$t_passation")" "x" ">=" 1.2

# The large batch: every split explore lists, both audiences.
"$passation" render --explored -f dot -o "$work/split-dot" >/dev/null
split_count=$(ls "$work/split-dot"/*.dot | wc -l)
t_passation=$(seconds "$passation" render --explored -o "$work/split-svg")
t_dot_each=$(seconds dot_each "$work/split-dot")
t_dot_once=$(seconds dot -Tsvg -O "$work/split-dot"/*.dot)
t_dot_two=$(seconds bash -c "ls '$work/split-dot'/*.dot | xargs -P 2 -n 30 dot -Tsvg -O")
echo "(a) $split_count explored flowcharts: passation $(ms "$t_passation") ms, dot per diagram $(ms "$t_dot_each") ms," \
     "dot -O $(ms "$t_dot_once") ms (dot -O on two processes: $(ms "$t_dot_two") ms)"
report "(a) explored: dot per diagram / passation" "$(ratio "$t_dot_each" "$t_passation")" "x" ">=" 10
report "(a) explored: one dot -O for all / passation" "$(ratio "$t_dot_once" "$t_passation")" "x" ">=" 2

fi

# (a2) Every format the pack writes (SVG, PNG at 192 and 300 dpi, PDF) against dot writing SVG,
# PNG at 300 dpi and PDF, one process per diagram.
if wants a2; then
t_passation=$(seconds "$passation" render -f svg -f png -f pdf --dpi 192 --dpi 300 -o "$work/case-all")
t_dot_each=$(seconds dot_each_all_formats "$work/case-dot")
echo "(a2) $case_count flowcharts in every format: passation $(ms "$t_passation") ms, dot per diagram $(ms "$t_dot_each") ms"
report "(a2) all formats: dot -Tsvg -Tpng -Tpdf per diagram / passation" "$(ratio "$t_dot_each" "$t_passation")" "x" ">=" 1.5

fi

# (b) One flowchart through passation's API against a bare gvc loop, in one benchmark binary.
if wants b; then
build/bench/bench/passation_bench_render --benchmark_format=json --benchmark_out="$work/b.json" \
  --benchmark_out_format=json >/dev/null
read -r t_api t_bare < <(python3 -c '
import json, sys
runs = {b["run_name"].split("/")[0]: b["real_time"] for b in json.load(open(sys.argv[1]))["benchmarks"]}
print(runs["passation_api_svg"], runs["bare_gvc_svg"])' "$work/b.json")
echo "(b) one flowchart: passation's API $(printf %.2f "$t_api") ms, bare gvc loop $(printf %.2f "$t_bare") ms"
report "(b) passation's API / bare gvc loop" "$(ratio "$t_api" "$t_bare")" "x" "<=" 1.15

fi

# (c) Resident memory over DRAWINGS drawings, in this process and through a recycled worker.
if wants c; then
growth() { awk -F, '/^[0-9]/ { if (!first) first = $2; last = $2 } END { printf "%.1f", (last - first) / 1024 }'; }
build/bench/bench/passation_rss in-process "$DRAWINGS" >"$work/rss-in.csv"
build/bench/bench/passation_rss worker "$DRAWINGS" >"$work/rss-worker.csv"
echo "(c) $DRAWINGS drawings: in-process RSS grows $(growth <"$work/rss-in.csv") MiB," \
     "with a worker $(growth <"$work/rss-worker.csv") MiB"
report "(c) worker mode: RSS growth over $DRAWINGS drawings" "$(growth <"$work/rss-worker.csv")" "MiB" "<=" 5

fi

# (d) Exploring synthetic cases: every split, the top 50 and the Pareto front, as JSON.
if wants d; then
for n in 8 16 20 24; do
  python3 bench/synthetic_case.py --components "$n" --steps 40 --seed 1 -o "$work/case-$n.yaml"
  t=$(seconds "$passation" explore "$work/case-$n.yaml" --limit 50 -f json -o "$work/explore-$n.json")
  kib=$(command time -f %M "$passation" explore "$work/case-$n.yaml" --limit 50 -f json -o "$work/explore-$n.json" 2>&1 >/dev/null | tail -1)
  # The report's first sentence starts with the number of splits ("4 718 592 découpages…").
  splits=$(python3 -c '
import json, re, sys
first = json.load(open(sys.argv[1]))["sections"][0]["paragraphs"][0]
print(re.sub(r"\D", "", re.match(r"[\d\s\u00a0\u202f]+", first).group()))' "$work/explore-$n.json")
  echo "(d) $n components: $splits splits in $(ms "$t") ms, peak RSS $((kib / 1024)) MiB"
  if [[ $n == 24 ]]; then
    report "(d) 24 components: explore, top 50 and Pareto front" "$t" "s" "<=" 1
    report "(d) 24 components: peak resident memory" "$(awk -v k="$kib" 'BEGIN { printf "%.1f", k / 1024 }')" "MiB" "<=" 100
  fi
done

fi

# (e) Laying out synthetic processes of 50 to 1,000 steps, with and without the layout budget.
if wants e; then
for steps in 50 200 500 1000; do
  python3 bench/synthetic_case.py --components 8 --steps "$steps" --seed 1 -o "$work/process-$steps.yaml"
  scenario=$("$passation" list "$work/process-$steps.yaml" | awk 'NR == 2 { print $1 }')  # its first scenario
  with=$(RUNS=1 seconds "$passation" render "$work/process-$steps.yaml" -s "$scenario" -a technical --layout-budget on \
         -o "$work/process-$steps-budget.svg")
  without=$(RUNS=1 seconds timeout 300 "$passation" render "$work/process-$steps.yaml" -s "$scenario" -a technical \
            --layout-budget off -o "$work/process-$steps-free.svg")
  [[ -s "$work/process-$steps-free.svg" ]] || without="over 300"
  echo "(e) $steps steps: $with s with the budget, $without s without"
  case $steps in
    500) report "(e) 500 steps with the budget" "$with" "s" "<=" 2 ;;
    1000) report "(e) 1,000 steps with the budget" "$with" "s" "<=" 5 ;;
  esac
done
fi

echo
echo "# summary"
printf '%s\n' "${results[@]}"
if [[ $missed -ne 0 ]]; then
  echo "compare: at least one target is missed" >&2
  exit 1
fi
echo "compare: every target is met"
