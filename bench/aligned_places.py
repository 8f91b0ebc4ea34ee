#!/usr/bin/env python3
"""Where each step of aligned flowcharts is on the page, and whether the scenarios agree.

Reads the SVGs passation writes (one per scenario, same audience), finds every node by its
title (n1, n2… : the same place in every aligned flowchart) and its position on the page (its
first point, moved by the graph's translate), and prints the steps that two SVGs draw at
different places. Exit 1 if any. Usage: aligned_places.py A.svg B1.svg B2.svg
"""
import re
import sys


def places(path):
    text = open(path, encoding="utf-8").read()
    shift = re.search(r'class="graph" transform="[^"]*translate\(([-\d.]+) ([-\d.]+)\)', text)
    dx, dy = float(shift.group(1)), float(shift.group(2))
    found = {}
    for m in re.finditer(r'<g id="node\d+" class="node">\s*<title>(n\d+)</title>(.*?)</g>', text, re.S):
        xs = [float(v) for v in re.findall(r'(?<![\w#])x="(-?[\d.]+)"', m.group(2))]
        ys = [float(v) for v in re.findall(r'(?<![\w#])y="(-?[\d.]+)"', m.group(2))]
        pts = re.findall(r'(-?[\d.]+),(-?[\d.]+)', m.group(2))
        if pts:
            xs += [float(a) for a, _ in pts]
            ys += [float(b) for _, b in pts]
        # The centre of the node's box, on the page.
        found[m.group(1)] = (round((min(xs) + max(xs)) / 2 + dx, 1), round((min(ys) + max(ys)) / 2 + dy, 1))
    return found


def main(paths):
    drawn = {p: places(p) for p in paths}
    moved = 0
    shared = set.intersection(*(set(d) for d in drawn.values()))
    for key in sorted(shared, key=lambda k: int(k[1:])):
        seen = {drawn[p][key] for p in paths}
        if len(seen) > 1:
            moved += 1
            print(f"{key}: " + "  ".join(f"{p}={drawn[p][key]}" for p in paths))
    print(f"{len(shared)} steps drawn in every SVG, {moved} at different places")
    return 1 if moved else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
