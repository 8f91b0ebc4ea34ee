"""bench/layout_quality --self-test: the metrics on tiny hand-made drawings whose right answers are
known, so that every metric is seen to fail when it should. No tool is run. (The PlantUML drawings
are passation's own export, whose structures tests/test_exports.cpp checks.)
"""

import os
import sys
import tempfile

import layout_metrics as lm
import layout_svg

# ---------------------------------------------------------------------------------------------
# Graphviz-style drawings: y grows upwards inside a translate(4 H) group, as dot writes them.

ARROW = '<polygon points="{x0},{y0} {x1},{y1} {x2},{y2} {x0},{y0}"/>'


def node(name, x0, y0, x1, y1, texts=()):
    body = f'<polygon points="{x0},{y0} {x1},{y0} {x1},{y1} {x0},{y1} {x0},{y0}"/>'
    for x, y, size, content in texts:
        body += f'<text text-anchor="start" x="{x}" y="{y}" font-size="{size}">{content}</text>'
    return f'<g class="node"><title>{name}</title>{body}</g>'


def edge(tail, head, d, arrow=None, label=None):
    body = f'<path fill="none" d="{d}"/>'
    if arrow:
        body += ARROW.format(**arrow)
    if label:
        x, y, content = label
        body += f'<text text-anchor="middle" x="{x}" y="{y}" font-size="9">{content}</text>'
    return f'<g class="edge"><title>{tail}&#45;&gt;{head}</title>{body}</g>'


def graphviz(width, height, *parts):
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}pt" height="{height}pt" '
            f'viewBox="0 0 {width} {height}"><g id="graph0" class="graph" '
            f'transform="scale(1 1) rotate(0) translate(4 {height - 4})"><title>t</title>'
            + "".join(parts) + "</g></svg>")


# Three boxes in a column: n1 on top, n2 in the middle, n3 at the bottom; n4 to the right.
COLUMN = [node("n1", 0, -200, 40, -180), node("n2", 0, -120, 40, -100), node("n3", 0, -40, 40, -20),
          node("n4", 100, -120, 140, -100)]

CASES = [
    ("a straight edge through a box",
     graphviz(200, 220, *COLUMN, edge("n1", "n3", "M20,-180C20,-140 20,-90 20,-47",
                                      arrow=dict(x0=17, y0=-47, x1=23, y1=-47, x2=20, y2=-40))),
     {"through": 1, "crossings": 0, "shared": 0, "orthogonal": 100.0, "bends": 0.0}),
    ("an edge passing beside a box, 2 pt away",
     graphviz(200, 220, *COLUMN, edge("n1", "n3", "M42,-180C42,-140 42,-90 42,-40")),
     {"through": 0}),
    ("two crossing edges",
     graphviz(200, 220, *COLUMN,
              edge("n2", "n3", "M40,-100L120,-40 40,-30"), edge("n4", "n3", "M100,-100L40,-40")),
     {"crossings": 1, "orthogonal": 0.0}),
    ("two edges meeting at the same end point, from two directions",
     graphviz(200, 220, *COLUMN,
              edge("n2", "n3", "M20,-100L20,-40"), edge("n4", "n3", "M100,-100L20,-40")),
     {"crossings": 0, "shared": 0}),
    ("a shared segment (30 pt on one vertical before the target)",
     graphviz(200, 220, *COLUMN,
              edge("n2", "n3", "M20,-100L20,-40"), edge("n4", "n3", "M120,-100L120,-70 20,-70 20,-40")),
     {"shared": 1, "crossings": 0, "orthogonal": 100.0}),
    ("an orthogonal L edge (straight pieces drawn as degenerate curves, as dot does)",
     graphviz(200, 220, *COLUMN,
              edge("n1", "n4", "M40,-190C60,-190 80,-190 120,-190C120,-170 120,-140 120,-120")),
     {"orthogonal": 100.0, "bends": 1.0, "through": 0}),
    ("an orthogonal Z edge and a spline S edge",
     graphviz(200, 220, *COLUMN,
              edge("n2", "n3", "M40,-110L70,-110 70,-30 40,-30"),
              edge("n1", "n4", "M40,-190C120,-190 40,-120 120,-120")),
     {"orthogonal": 50.0, "bends": 2.0}),
    ("a gentle curve (under 5 degrees) has no bend",
     graphviz(200, 220, *COLUMN, edge("n1", "n3", "M45,-180C47,-130 47,-90 45,-40")),
     {"bends": 0.0, "orthogonal": 0.0}),
    ("a label struck through by its own edge, and one clear of it",
     graphviz(200, 220, *COLUMN,
              edge("n2", "n3", "M20,-100L20,-40", label=(20, -70, "oui")),
              edge("n4", "n1", "M120,-120L120,-190 40,-190", label=(140, -150, "non"))),
     {"touched": 1}),
    ("a label touching a box",
     graphviz(200, 220, *COLUMN, edge("n1", "n4", "M40,-190L120,-190 120,-120",
                                      label=(40, -102, "oui"))),
     {"touched": 1}),
    ("an arrowhead lying across another edge is not a crossing",
     graphviz(200, 220, *COLUMN,
              edge("n4", "n2", "M100,-110L47,-110", arrow=dict(x0=47, y0=-104, x1=47, y1=-116, x2=40, y2=-110)),
              edge("n1", "n3", "M45,-180L45,-40")),
     {"crossings": 0, "shared": 0}),
    ("texts of two boxes overlapping; lines stacked in one box touching (1 pt of estimate slop)",
     graphviz(200, 220,
              node("n1", 0, -200, 80, -160, [(5, -185, 12, "CREAI"), (5, -176.4, 9, "Porteur actuel")]),
              node("n2", 60, -200, 140, -160, [(62, -176, 11, "Un texte qui déborde")])),
     {"overlaps": 1}),
    ("min_text_pt and area_per_box on a 1920 x 1080 drawing",
     graphviz(1920, 1080, node("n1", 0, -200, 40, -180, [(2, -185, 10, "a")]),
              node("n2", 100, -200, 140, -180, [(102, -185, 8, "b")]),
              node("lane1_head", 0, -1000, 200, -980)),
     {"min_text_pt": 4.0, "area_per_box": 1920 * 1080 / 2}),
]

# PlantUML-style: everything flat, y downwards; two swimlane separators the edges cross, an
# arrowhead polygon, a Z connector in three lines, and a connector ending on another (a join).
PLANTUML = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 300" width="300px" height="300px"><g>
<text font-size="11" x="20" y="20">Lane A</text><text font-size="11" x="170" y="20">Lane B</text>
<rect x="20" y="40" width="100" height="30" rx="12.5"/>
<rect x="170" y="200" width="100" height="30" rx="12.5"/>
<polygon points="60,120 70,110 80,120 70,130 60,120"/>
<line x1="70" y1="70" x2="70" y2="110" style="stroke: #A80036; stroke-width: 1.5;"/>
<polygon points="66,100 70,110 74,100 70,104" style="stroke: #A80036;"/>
<line x1="70" y1="130" x2="70" y2="160" style="stroke: #A80036; stroke-width: 1.5;"/>
<line x1="70" y1="160" x2="220" y2="160" style="stroke: #A80036; stroke-width: 1.5;"/>
<line x1="220" y1="160" x2="220" y2="200" style="stroke: #A80036; stroke-width: 1.5;"/>
<polygon points="216,190 220,200 224,190 220,194" style="stroke: #A80036;"/>
<line x1="250" y1="100" x2="250" y2="180" style="stroke: #A80036; stroke-width: 1.5;"/>
<line x1="250" y1="180" x2="220" y2="180" style="stroke: #A80036; stroke-width: 1.5;"/>
<text font-size="9" x="74" y="145">oui</text>
<line x1="10" y1="5" x2="10" y2="290" style="stroke: #000000; stroke-width: 2.0;"/>
<line x1="150" y1="5" x2="150" y2="290" style="stroke: #000000; stroke-width: 2.0;"/>
<line x1="290" y1="5" x2="290" y2="290" style="stroke: #000000; stroke-width: 2.0;"/>
</g></svg>"""
PLANTUML_EXPECT = {"edges": 3, "boxes": 3, "crossings": 0, "shared": 0, "orthogonal": 100.0,
                   "touched": 0, "through": 0}


def check(name, got, expected, failures):
    for k, want in expected.items():
        have = got[k]
        ok = abs(have - want) < 1e-6 if isinstance(want, float) else have == want
        print(f"  {'ok  ' if ok else 'FAIL'} {name}: {k} = {have} (expected {want})")
        if not ok:
            failures.append(f"{name}: {k} = {have}, expected {want}")


def main():
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        print("Metrics on hand-made Graphviz-style drawings")
        for k, (name, svg, expected) in enumerate(CASES):
            path = os.path.join(tmp, f"case{k}.svg")
            with open(path, "w", encoding="utf-8") as f:
                f.write(svg)
            check(name, lm.measure(layout_svg.load(path)), expected, failures)
        print("Metrics on a hand-made PlantUML-style drawing")
        path = os.path.join(tmp, "plantuml.svg")
        with open(path, "w", encoding="utf-8") as f:
            f.write(PLANTUML)
        d = layout_svg.load(path)
        check("separators, arrowheads, chained lines, a join", lm.measure(d, 3), PLANTUML_EXPECT, failures)
        check("the Z connector", {"bends": lm.edge_bends(max(d.edges, key=lambda e: len(e.segments)))},
              {"bends": 2}, failures)
    if failures:
        print(f"\n{len(failures)} failure(s):", file=sys.stderr)
        for f in failures:
            print(f"- {f}", file=sys.stderr)
        return 1
    print("\nself-test passed")
    return 0
