"""Reads a drawing (SVG) into boxes, edges and texts for bench/layout_quality.

Two dialects:

- Graphviz (passation's drawings and `dot -Tsvg`): `<g class="node">`, `<g class="edge">`,
  `<g class="cluster">` groups, named by their `<title>`. A node's box is the convex hull of every
  shape in its group (passation's nodes are HTML tables drawn as several rounded rectangles). An
  edge is the paths and polylines of its group; its polygons and ellipses are arrowheads and left
  out. Its texts are its labels. Clusters (lanes, legend frame) are not boxes.
- PlantUML (activity diagrams, 1.2020): every element is flat in one `<g>`. Rectangles, ellipses
  and polygons are boxes, except arrowheads (polygons of at most four corners, at most 12 units
  across) ; long black vertical lines are swimlane separators; the other lines are pieces of edges,
  chained end to end into one edge per connector (a chain stops where three pieces meet). A text
  inside a box belongs to it; a text above every box is a lane title; any other is an edge label.

Texts get an estimated box: width = characters x 0.6 x font size, from the baseline 0.8 x size up
and 0.2 x size down, placed by text-anchor; a node's texts are then cut at its box's left and right
sides.
"""

import math
import re
import xml.etree.ElementTree as ET

import layout_geometry as geo

SVG = "{http://www.w3.org/2000/svg}"
CHAR_WIDTH = 0.6   # estimated advance of one character, in font sizes
ASCENT = 0.8       # estimated height above the baseline, in font sizes
DESCENT = 0.2      # estimated depth below the baseline, in font sizes
ARROWHEAD_SIZE = 12.0  # PlantUML: a polygon this small with 3-4 corners is an arrowhead


class Box:
    def __init__(self, name, kind, points):
        self.name = name
        self.kind = kind  # 'process' (nK), 'header', 'legend', 'other'
        self.hull = geo.convex_hull(points)
        self.planes = geo.half_planes(self.hull)
        self.bbox = geo.bbox(self.hull)

    def __repr__(self):
        return f"Box({self.name}, {self.kind}, {self.bbox})"


class Edge:
    def __init__(self, name, tail=None, head=None):
        self.name = name
        self.tail, self.head = tail, head  # box names, when the drawing says
        self.subpaths = []  # lists of primitives
        self.lines = []     # flattened polylines, one per subpath

    def finish(self):
        self.lines = [geo.flatten(sp) for sp in self.subpaths if sp]
        self.segments = [s for line in self.lines for s in geo.segments(line)]
        self.segment_boxes = [geo.bbox(s) for s in self.segments]
        pts = [p for line in self.lines for p in line]
        self.bbox = geo.bbox(pts) if pts else (0, 0, 0, 0)
        self.ends = [p for line in self.lines if line for p in (line[0], line[-1])]

    def __repr__(self):
        return f"Edge({self.name}, {self.tail}->{self.head})"


class Text:
    def __init__(self, content, x, y, size, anchor, matrix, owner):
        self.content = content
        self.size = size * geo.linear_scale(matrix)
        self.owner = owner  # ('node', name), ('edge', name), ('label', None), ('cluster', n) or None
        width = len(content) * CHAR_WIDTH * size
        x0 = x - width / 2 if anchor == "middle" else x - width if anchor == "end" else x
        corners = [geo.apply(matrix, p) for p in
                   ((x0, y - ASCENT * size), (x0 + width, y + DESCENT * size))]
        xs, ys = [p[0] for p in corners], [p[1] for p in corners]
        self.rect = (min(xs), min(ys), max(xs), max(ys))

    @property
    def is_label(self):
        return self.owner is not None and self.owner[0] in ("edge", "label")

    def __repr__(self):
        return f"Text({self.content!r}, {self.rect}, {self.owner})"


class Drawing:
    def __init__(self, source):
        self.source = source
        self.width = self.height = 0.0
        self.boxes, self.edges, self.texts = [], [], []
        self.process_boxes = 0  # boxes that are process nodes (area per box)
        self.dialect = None


def local(tag):
    return tag.split("}", 1)[-1]


def read_size(root):
    """Width and height in user units: the viewBox, or else the width/height attributes."""
    vb = root.get("viewBox")
    if vb:
        v = [float(x) for x in re.split(r"[\s,]+", vb.strip())]
        return v[2], v[3]

    def length(s):
        m = re.match(r"\s*([-+\d.eE]+)", s or "0")
        return float(m.group(1)) if m else 0.0
    return length(root.get("width")), length(root.get("height"))


def shape_points(el, matrix):
    """The outline points of a closed shape element, transformed."""
    tag = local(el.tag)
    pts = []
    if tag in ("polygon", "polyline"):
        nums = [float(v) for v in re.split(r"[\s,]+", (el.get("points") or "").strip()) if v]
        pts = list(zip(nums[0::2], nums[1::2]))
    elif tag == "path":
        for sp in geo.parse_path(el.get("d")):
            pts.extend(geo.flatten(sp))
    elif tag == "rect":
        x, y = float(el.get("x", 0)), float(el.get("y", 0))
        w, h = float(el.get("width", 0)), float(el.get("height", 0))
        pts = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
    elif tag in ("ellipse", "circle"):
        cx, cy = float(el.get("cx", 0)), float(el.get("cy", 0))
        rx = float(el.get("rx", el.get("r", 0)))
        ry = float(el.get("ry", el.get("r", 0)))
        pts = geo.ellipse_points(cx, cy, rx, ry)
    return [geo.apply(matrix, p) for p in pts]


def text_of(el):
    return "".join(el.itertext())


def font_size(el, inherited=14.0):
    v = el.get("font-size")
    if v is None:
        m = re.search(r"font-size:\s*([\d.]+)", el.get("style") or "")
        v = m.group(1) if m else None
    try:
        return float(re.sub(r"[a-z]+$", "", v)) if v is not None else inherited
    except ValueError:
        return inherited


def make_text(el, matrix, owner, inherited_size=14.0):
    content = text_of(el)
    if not content.strip():
        return None
    return Text(content, float(el.get("x", 0)), float(el.get("y", 0)), font_size(el, inherited_size),
                el.get("text-anchor", "start"), matrix, owner)


def load(path):
    root = ET.parse(path).getroot()
    d = Drawing(path)
    d.width, d.height = read_size(root)
    is_graphviz = any(g.get("class") in ("node", "edge", "graph") for g in root.iter(SVG + "g"))
    if is_graphviz:
        read_graphviz(root, d)
    else:
        read_plantuml(root, d)
    clip_node_texts(d)
    return d


def clip_node_texts(d):
    """A node's texts end at its box's sides: the node was sized to hold them, and the 0.6 x size
    estimate overshoots long lowercase lines, which would otherwise spill into the next node."""
    boxes = {b.name: b for b in d.boxes}
    for t in d.texts:
        if t.owner and t.owner[0] == "node" and t.owner[1] in boxes:
            x0, _, x1, _ = boxes[t.owner[1]].bbox
            r = t.rect
            t.rect = (max(r[0], x0), r[1], max(min(r[2], x1), max(r[0], x0)), r[3])


# ---------------------------------------------------------------------------------------------
# Graphviz

def box_kind(name):
    if re.fullmatch(r"n\d+", name):
        return "process"
    if re.fullmatch(r"lane\d+_head", name):
        return "header"
    if re.fullmatch(r"legend\d+", name):
        return "legend"
    return "other"


def edge_ends(title):
    """'n1->n2' (ports and the undirected '--' allowed) as ('n1', 'n2')."""
    m = re.fullmatch(r"\s*(.+?)\s*(->|--)\s*(.+?)\s*", title or "")
    if not m:
        return None, None
    return m.group(1).split(":")[0], m.group(3).split(":")[0]


def read_graphviz(root, d):
    d.dialect = "graphviz"
    for group, matrix in _groups(root, geo.IDENTITY):
        cls = group.get("class")
        title_el = group.find(SVG + "title")
        title = text_of(title_el).strip() if title_el is not None else ""
        if cls == "node":
            points = []
            for el, m in _shapes(group, matrix):
                if local(el.tag) != "text" and not _invisible(el):
                    points.extend(shape_points(el, m))
            if points:
                box = Box(title, box_kind(title), points)
                d.boxes.append(box)
                d.process_boxes += box.kind == "process"
            _add_texts(group, matrix, ("node", title), d)
        elif cls == "edge":
            tail, head = edge_ends(title)
            edge = Edge(title, tail, head)
            for el, m in _shapes(group, matrix):
                tag = local(el.tag)
                # Polygons and ellipses in an edge group are its arrowheads: not part of the route.
                if tag == "path":
                    for sp in geo.parse_path(el.get("d")):
                        edge.subpaths.append([geo.transform_primitive(m, p) for p in sp])
                elif tag == "polyline":
                    pts = shape_points(el, m)
                    edge.subpaths.append([("L", pts[k], pts[k + 1]) for k in range(len(pts) - 1)])
            edge.finish()
            if edge.lines:
                d.edges.append(edge)
            _add_texts(group, matrix, ("edge", title), d)
        elif cls == "cluster":
            _add_texts(group, matrix, ("cluster", title), d)
        elif cls == "graph":
            # Texts directly in the graph group: the title.
            for el in group:
                if local(el.tag) == "text":
                    t = make_text(el, matrix, None)
                    if t:
                        d.texts.append(t)


def _groups(el, matrix):
    """Every <g> with a Graphviz class, with its accumulated transform."""
    for child in el:
        if local(child.tag) in ("g", "a", "svg"):
            m = geo.compose(matrix, geo.parse_transform(child.get("transform")))
            if local(child.tag) == "g" and child.get("class") in ("node", "edge", "cluster", "graph"):
                yield child, m
            if child.get("class") not in ("node", "edge", "cluster"):
                yield from _groups(child, m)


def _shapes(group, matrix):
    """Drawing elements under a group (through links and nested groups), with their transform."""
    for child in group:
        tag = local(child.tag)
        m = geo.compose(matrix, geo.parse_transform(child.get("transform")))
        if tag in ("g", "a"):
            yield from _shapes(child, m)
        elif tag in ("polygon", "polyline", "path", "rect", "ellipse", "circle", "text"):
            yield child, m


def _invisible(el):
    """A shape drawn with neither fill nor stroke (space kept around a node) is not its box."""
    def none(v):
        return (v or "").strip().lower() in ("none", "transparent")
    return none(el.get("fill")) and none(el.get("stroke"))


def _add_texts(group, matrix, owner, d):
    for el, m in _shapes(group, matrix):
        if local(el.tag) == "text":
            t = make_text(el, m, owner)
            if t:
                d.texts.append(t)


# ---------------------------------------------------------------------------------------------
# PlantUML

def _stroke(el):
    m = re.search(r"stroke:\s*([^;]+)", el.get("style") or "")
    return (m.group(1).strip() if m else el.get("stroke", "")).lower()


def _stroke_width(el):
    m = re.search(r"stroke-width:\s*([\d.]+)", el.get("style") or "")
    return float(m.group(1)) if m else float(el.get("stroke-width", 1) or 1)


def read_plantuml(root, d):
    d.dialect = "plantuml"
    elements = []  # (element, matrix) in document order

    def walk(el, m):
        for child in el:
            cm = geo.compose(m, geo.parse_transform(child.get("transform")))
            if local(child.tag) in ("g", "a"):
                walk(child, cm)
            elif local(child.tag) != "defs":
                elements.append((child, cm))
    walk(root, geo.IDENTITY)

    pieces, texts = [], []
    ellipses = []
    for el, m in elements:
        tag = local(el.tag)
        if tag == "rect":
            pts = shape_points(el, m)
            x0, y0, x1, y1 = geo.bbox(pts)
            if x1 - x0 >= 0.9 * d.width and y1 - y0 >= 0.9 * d.height:
                continue  # a background
            d.boxes.append(Box(f"b{len(d.boxes) + 1}", "process", pts))
        elif tag in ("ellipse", "circle"):
            pts = shape_points(el, m)
            # start/stop are two concentric circles: one box
            c = geo.bbox(pts)
            centre = ((c[0] + c[2]) / 2, (c[1] + c[3]) / 2)
            if any(math.dist(centre, e) < 1 for e in ellipses):
                continue
            ellipses.append(centre)
            d.boxes.append(Box(f"b{len(d.boxes) + 1}", "process", pts))
        elif tag == "polygon":
            pts = shape_points(el, m)
            distinct = {(round(x, 2), round(y, 2)) for x, y in pts}
            b = geo.bbox(pts)
            if len(distinct) <= 4 and max(b[2] - b[0], b[3] - b[1]) <= ARROWHEAD_SIZE:
                continue  # an arrowhead
            d.boxes.append(Box(f"b{len(d.boxes) + 1}", "process", pts))
        elif tag == "line":
            p = geo.apply(m, (float(el.get("x1", 0)), float(el.get("y1", 0))))
            q = geo.apply(m, (float(el.get("x2", 0)), float(el.get("y2", 0))))
            if _is_lane_separator(el, p, q, d):
                continue
            pieces.append([("L", p, q)])
        elif tag == "polyline":
            pts = shape_points(el, m)
            pieces.append([("L", pts[k], pts[k + 1]) for k in range(len(pts) - 1)])
        elif tag == "path":
            if (el.get("fill") or "none") not in ("none", "transparent"):
                continue
            for sp in geo.parse_path(el.get("d")):
                pieces.append([geo.transform_primitive(m, p) for p in sp])
        elif tag == "text":
            texts.append((el, m))

    for k, chain in enumerate(_chains(pieces)):
        edge = Edge(f"e{k + 1}")
        edge.subpaths.append(chain)
        edge.finish()
        edge.tail = _box_at(d.boxes, edge.lines[0][0])
        edge.head = _box_at(d.boxes, edge.lines[0][-1])
        d.edges.append(edge)

    top = min((b.bbox[1] for b in d.boxes), default=0.0)
    for el, m in texts:
        t = make_text(el, m, None)
        if not t:
            continue
        cx, cy = (t.rect[0] + t.rect[2]) / 2, (t.rect[1] + t.rect[3]) / 2
        inside = next((b for b in d.boxes if geo.segment_enters(
            b.planes, (cx - 0.01, cy), (cx + 0.01, cy))), None)
        if inside:
            t.owner = ("node", inside.name)
        elif t.rect[3] <= top + 1:
            t.owner = None  # a lane title or the diagram's title
        else:
            t.owner = ("label", None)
        d.texts.append(t)


def _is_lane_separator(el, p, q, d):
    """Swimlane separators: vertical, black, spanning most of the drawing's height."""
    vertical = abs(p[0] - q[0]) < 0.5
    return vertical and abs(p[1] - q[1]) >= 0.6 * d.height and _stroke(el) in ("#000000", "black")


def _key(p):
    return (round(p[0], 2), round(p[1], 2))


def _chains(pieces):
    """Joins pieces that meet end to end where exactly two pieces meet: one list of primitives per
    connector. PlantUML draws a connector as consecutive lines."""
    degree = {}
    for prims in pieces:
        for p in (prims[0][1], prims[-1][-1]):
            degree[_key(p)] = degree.get(_key(p), 0) + 1
    by_end = {}
    for i, prims in enumerate(pieces):
        for p in (prims[0][1], prims[-1][-1]):
            by_end.setdefault(_key(p), []).append(i)
    used = [False] * len(pieces)

    def reverse(prims):
        return [(p[0],) + tuple(reversed(p[1:])) for p in reversed(prims)]

    chains = []
    for i in range(len(pieces)):
        if used[i]:
            continue
        used[i] = True
        chain = list(pieces[i])
        for forward in (True, False):
            while True:
                end = chain[-1][-1] if forward else chain[0][1]
                k = _key(end)
                if degree.get(k) != 2:
                    break
                nxt = next((j for j in by_end[k] if not used[j]), None)
                if nxt is None:
                    break
                used[nxt] = True
                prims = pieces[nxt]
                if forward:
                    chain += prims if _key(prims[0][1]) == k else reverse(prims)
                else:
                    chain = (prims if _key(prims[-1][-1]) == k else reverse(prims)) + chain
        chains.append(chain)
    return chains


def _box_at(boxes, p, margin=3.0):
    """The box an edge end touches (within `margin`), by name."""
    for b in boxes:
        x0, y0, x1, y1 = b.bbox
        if x0 - margin <= p[0] <= x1 + margin and y0 - margin <= p[1] <= y1 + margin:
            if all(nx * p[0] + ny * p[1] <= c + margin for nx, ny, c in b.planes):
                return b.name
    return None
