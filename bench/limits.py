#!/usr/bin/env python3
"""The worst cases of the documented limits (docs/reliability.md, "Bounded work"): runs `check`,
`render`, `pack` and `explore` on each case of bench/limit_cases.py and reports the time and the
peak memory of the whole process tree (the sum of the PSS of the command and its drawing
processes, sampled every 50 ms), or that it was stopped after the time allowed.

    PASSATION=build/dev/cli/passation bench/limits.py [--timeout S] [--only NAME] [--json FILE]

Exits 1 when a run exceeds 120 s or 2 GB, or ends with a crash, so that the limits stay honest:
a run either finishes within both, or the command refuses the case up front (exit code 1 with a
message that names the limit), which counts as within them.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
LIMIT_SECONDS = 120
LIMIT_BYTES = 2 * 1024 ** 3


def pss_of(pid):
    """Proportional set size in bytes: resident memory, pages shared with other processes counted
    in part (the drawing processes share their parent's pages after fork: RSS would count them
    once per process)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def tree_rss(root):
    """Memory of `root` and its descendants, in bytes (from /proc): the sum of their PSS."""
    children = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            ppid = int(fields[1])
            children.setdefault(ppid, []).append(int(name))
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += pss_of(pid)
        todo.extend(children.get(pid, []))
    return total


def run(command, timeout):
    start = time.monotonic()
    p = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    peak = 0
    stopped = False
    while p.poll() is None:
        peak = max(peak, tree_rss(p.pid))
        if time.monotonic() - start > timeout:
            os.killpg(p.pid, 9)
            stopped = True
            break
        time.sleep(0.05)
    p.wait()
    seconds = time.monotonic() - start
    err = p.stderr.read().decode("utf-8", "replace").strip().splitlines()
    return {"seconds": round(seconds, 1), "peak_mb": round(peak / 1024 ** 2), "exit": p.returncode,
            "stopped": stopped, "said": err[-1] if err else ""}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--timeout", type=float, default=150)
    parser.add_argument("--only", help="only the cases whose name holds this")
    parser.add_argument("--json", help="write the results there too")
    args = parser.parse_args()
    cli = os.environ.get("PASSATION", os.path.join(HERE, "..", "build", "dev", "cli", "passation"))
    folder = tempfile.mkdtemp(prefix="passation-limits-")
    subprocess.run([sys.executable, os.path.join(HERE, "limit_cases.py"), folder], check=True)
    results = []
    print("| case | command | time | peak memory | result |")
    print("|---|---|---|---|---|")
    failed = False
    for name in ["everything", "scenarios", "pack-scenarios", "process", "explore", "explore-over"]:
        if args.only and args.only not in name:
            continue
        case = os.path.join(folder, name + ".yaml")
        for command in ["check", "render", "pack", "explore"]:
            out = os.path.join(folder, f"{name}-{command}")
            argv = [cli, command, case] + (["-o", out + "/"] if command in ("render", "pack") else [])
            r = run(argv, args.timeout)
            r.update(case=name, command=command)
            results.append(r)
            over = r["stopped"] or r["seconds"] > LIMIT_SECONDS or r["peak_mb"] * 1024 ** 2 > LIMIT_BYTES or r["exit"] < 0
            failed |= over
            if r["stopped"]:
                result = f"stopped after {args.timeout:.0f} s"
            elif r["exit"] == 0:
                result = "done"
            else:
                result = f"exit {r['exit']}: {r['said'][:140]}"
            print(f"| {name} | {command} | {r['seconds']} s | {r['peak_mb']} MB | {result}{' **over**' if over else ''} |",
                  flush=True)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
