"""A process read from passation's DOT (bench/dot_process.py) as a plain DOT graph for `dot`:
the "naive clusters" baseline of bench/layout_quality.

No positions and no nop2: dot lays it out itself, top to bottom, each lane a cluster labelled with
its header, nodes with passation's HTML labels and shapes, edges with their answers, spline edges.
The legend and the lane header nodes are left out (the header is the cluster's label). The
parser has already merged passation's node and edge defaults (fonts, colours) into every node and
edge, so they are written on each.
"""

# Node and graph attributes that pin or describe passation's own layout: not carried over.
LAYOUT_ATTRS = {"pos", "bb", "layout", "splines", "lp", "rects", "_draw_", "_ldraw_"}


def quote(value):
    if getattr(value, "html", False):
        return f"<{value}>"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def attr_list(attrs, skip=()):
    items = [f"{k}={quote(v)}" for k, v in attrs.items() if k not in LAYOUT_ATTRS and k not in skip]
    return f" [{', '.join(items)}]" if items else ""


def to_dot(process):
    g = process.graph_attrs
    out = ["digraph baseline {"]
    graph = {k: v for k, v in g.items() if k in ("bgcolor", "fontname", "label", "labelloc", "pad")}
    graph.update(rankdir="TB", splines="true")
    out.append("  graph" + attr_list(graph) + ";")
    lanes = {j: header for j, _, header in process.lanes}
    for j, title, header in process.lanes:
        cluster = {"label": header.get("label", title), "style": "filled",
                   "fillcolor": "#F6F8FA" if j % 2 else "#EDF1F5", "color": "#B0BEC5"}
        out.append(f"  subgraph cluster_lane_{j} {{")
        out.append("    graph" + attr_list(cluster) + ";")
        for n in process.nodes.values():
            if n.lane == j:
                out.append(f"    {n.name}" + attr_list(n.attrs, skip=("width",)) + ";")
        out.append("  }")
    for n in process.nodes.values():
        if n.lane not in lanes:
            out.append(f"  {n.name}" + attr_list(n.attrs, skip=("width",)) + ";")
    for a, b, _, attrs in process.edges:
        out.append(f"  {a} -> {b}" + attr_list(attrs) + ";")
    out.append("}")
    return "\n".join(out) + "\n"
