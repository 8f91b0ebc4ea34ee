#!/usr/bin/env python3
"""How long `passation pack --watch` (and `render --watch`) takes from a save of the case file to
its files, for three kinds of edit of the Sport Santé case:

  tables    a risk's wording: tables and page only, no drawing changes
  one       a step that only scenario B2 has: its flowchart and its Gantt chart change
  all       a step every scenario has: every flowchart and Gantt chart changes

Each edit is saved RUNS times (alternating two wordings) and timed from the write to the line the
command prints when its files are written: for the pack, the quick part (page, tables, SVG) and the
whole pack. Medians, in milliseconds. Exits 1 when the pack's quick part misses 200 ms.

    bench/watch_latency.py build/release/cli/passation [RUNS]
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import queue

HERE = os.path.dirname(os.path.abspath(__file__))
CASE = os.path.join(HERE, "..", "cases", "sport-sante.yaml")
EDITS = {
    "tables": ("(renouvellement, changements)", "(renouvellement, modifications)"),
    "one": ("Accès au serveur du CREAI pour le prestataire", "Accès au serveur du CREAI pour le titulaire"),
    "all": ("label: Formation courte", "label: Formation courte (2 h)"),
}
TARGET_MS = 200


def reader(stream, lines):
    for line in stream:
        lines.put((time.monotonic(), line.rstrip("\n")))


def wait_for(lines, marker, timeout=120):
    """The time of the next line holding `marker`, and every line seen meanwhile."""
    seen = []
    deadline = time.monotonic() + timeout
    while True:
        at, line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
        seen.append(line)
        if marker in line:
            return at, seen


def start(cli, command, case, out):
    args = [cli, command, case, "-o", out, "--watch"]
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, bufsize=1)
    lines = queue.Queue()
    threading.Thread(target=reader, args=(process.stdout, lines), daemon=True).start()
    wait_for(lines, "built ok")
    return process, lines


def copy_case():
    work = tempfile.mkdtemp(prefix="passation-watch-")
    case = os.path.join(work, "case.yaml")
    shutil.copy(CASE, case)
    text = open(case, encoding="utf-8").read()
    for name, (before, _) in EDITS.items():
        if before not in text:
            sys.exit(f"watch_latency: the edit '{name}' does not find its text in {CASE}: update EDITS")
    return work, case, text


def save(case, text):
    saved = time.monotonic()
    with open(case, "w", encoding="utf-8") as f:
        f.write(text)
    return saved


def measure(cli, command, runs, quick_marker=None):
    """Per edit: the median time from the save to the quick part's line (when quick_marker is
    given) and to the end of the rebuild."""
    work, case, text = copy_case()
    process, lines = start(cli, command, case, os.path.join(work, "out"))
    try:
        results = {}
        for name, (before, after) in EDITS.items():
            quick, whole = [], []
            for run in range(runs):
                old, new = (before, after) if run % 2 == 0 else (after, before)
                text = text.replace(old, new, 1)
                saved = save(case, text)
                if quick_marker:
                    first_at, _ = wait_for(lines, quick_marker)
                    quick.append((first_at - saved) * 1000)
                done, seen = wait_for(lines, "rebuilt ")
                if "rebuilt ok" not in seen[-1]:
                    sys.exit(f"watch_latency: {command} after edit '{name}' failed: {seen}")
                whole.append((done - saved) * 1000)
                time.sleep(0.2)
            results[name] = (statistics.median(quick) if quick else None, statistics.median(whole))
        return results
    finally:
        process.terminate()
        process.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    cli = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 6
    pack = measure(cli, "pack", runs, quick_marker="page, tables and SVG drawings")
    render = measure(cli, "render", runs)
    print(f"save -> files, median of {runs} saves (ms)")
    print(f"{'edit':8} {'pack: page+tables+SVG':>22} {'pack: whole':>12} {'render (SVG)':>13}")
    missed = False
    for name in EDITS:
        quick, whole = pack[name]
        missed |= quick > TARGET_MS
        print(f"{name:8} {quick:22.0f} {whole:12.0f} {render[name][1]:13.0f}")
    print(f"target: the pack's page, tables and SVG drawings within {TARGET_MS} ms of the save: "
          + ("MISSED" if missed else "met"))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
