"""The layout-quality figures of one drawing (see bench/layout_quality's help for definitions).

Every function takes a layout_svg.Drawing. Tolerances are named constants so that the report can
quote them.
"""

import math

import layout_geometry as geo

BOX_INSET = 1.0          # through: an edge must enter a box shrunk by this much
LABEL_INSET = 0.5        # touched: a label's estimated text box is shrunk by this much first
TEXT_OVERLAP = 0.5       # overlaps: two text boxes must overlap by more than this both ways...
STACKED_LINES = 0.2      # ...and lines of one node by more than this x font size vertically
END_CLEARANCE = 1.0      # crossings: not within this distance of an end of either edge
SHARED_MIN = 2.0         # shared: collinear overlap longer than this
SHARED_DISTANCE = 0.5    # shared: at most this far apart...
SHARED_ANGLE = 1.0       # ...and at most this many degrees apart
BEND_ANGLE = 5.0         # bends: a turn of more than this many degrees
NOISE_ANGLE = 0.1        # bends: turns below this are flattening noise
ORTHO_ANGLE = 1.0        # orthogonal: each straight piece within this of horizontal or vertical
SLIDE = (960.0, 540.0)   # min_text_pt: the drawing scaled to fit this slide


def measure(d, process_boxes=None, details=None):
    """All figures of a drawing. `process_boxes` overrides the count of boxes used by
    area_per_box (the same process's node count for every drawer). When `details` is a dict, it
    receives, per counted metric, a line for each offence (which edge, box or text)."""
    n_boxes = process_boxes if process_boxes is not None else d.process_boxes
    if details is None:
        details = {}
    for k in ("through", "touched", "overlaps", "crossings", "shared"):
        details[k] = []
    return {
        "through": through(d, details["through"]),
        "touched": touched(d, details["touched"]),
        "overlaps": overlaps(d, details["overlaps"]),
        "crossings": crossings(d, details["crossings"]),
        "shared": shared(d, details["shared"]),
        "bends": bends(d),
        "orthogonal": orthogonal(d),
        "area_per_box": (d.width * d.height / n_boxes) if n_boxes else None,
        "min_text_pt": min_text_pt(d),
        "edges": len(d.edges),
        "boxes": len(d.boxes),
        "width": d.width,
        "height": d.height,
    }


def through(d, found=None):
    """(edge, box) pairs where the edge passes through a box that is neither of its two ends.
    Where the drawing does not name an edge's ends (PlantUML), its ends are the boxes its first and
    last points touch."""
    count = 0
    for e in d.edges:
        for b in d.boxes:
            if b.name in (e.tail, e.head) or not geo.bbox_overlap(e.bbox, b.bbox):
                continue
            if any(geo.segment_enters(b.planes, p, q, BOX_INSET) for p, q in _near(e, b.bbox)):
                count += 1
                _note(found, f"{e.name} through {b.name}")
    return count


def _note(found, text):
    if found is not None:
        found.append(text)


def _rect_planes(r, inset=0.0):
    x0, y0, x1, y1 = r[0] + inset, r[1] + inset, r[2] - inset, r[3] - inset
    hull = geo.rect_polygon(x0, y0, x1, y1)
    return hull, geo.half_planes(hull)


def touched(d, found=None):
    """Edge labels that an edge (their own included: that strikes them through) or a box
    touches."""
    count = 0
    for t in d.texts:
        if not t.is_label:
            continue
        hull, planes = _rect_planes(t.rect, LABEL_INSET)
        if not planes:
            continue
        r = geo.bbox(hull)
        hit = next((e.name for e in d.edges if geo.bbox_overlap(e.bbox, r)
                    and any(geo.segment_enters(planes, p, q) for p, q in _near(e, r))), None)
        hit = hit or next((b.name for b in d.boxes if geo.bbox_overlap(b.bbox, r)
                           and geo.convex_overlap(planes, hull, b.planes, b.hull)), None)
        if hit:
            count += 1
            _note(found, f"label {t.content!r} of {_owner(t)} touched by {hit}")
    return count


def _owner(t):
    return t.owner[1] if t.owner and t.owner[1] else "-"


def overlaps(d, found=None):
    """Pairs of texts whose estimated boxes overlap. Lines stacked in one node may touch."""
    count = 0
    texts = sorted(d.texts, key=lambda t: t.rect[0])
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            if b.rect[0] >= a.rect[2]:
                break  # sorted by left side: no later text reaches back
            w = min(a.rect[2], b.rect[2]) - max(a.rect[0], b.rect[0])
            h = min(a.rect[3], b.rect[3]) - max(a.rect[1], b.rect[1])
            same_node = a.owner is not None and a.owner == b.owner and a.owner[0] == "node"
            h_min = STACKED_LINES * min(a.size, b.size) if same_node else TEXT_OVERLAP
            if w > TEXT_OVERLAP and h > h_min:
                count += 1
                _note(found, f"{a.content!r} ({_owner(a)}) / {b.content!r} ({_owner(b)})")
    return count


def _near_end(p, e):
    return any(math.dist(p, q) < END_CLEARANCE for q in e.ends)


def crossings(d, found=None):
    """Pairs of edges whose routes properly cross somewhere other than at an end of either."""
    count = 0
    for i, a in enumerate(d.edges):
        for b in d.edges[i + 1:]:
            if not geo.bbox_overlap(a.bbox, b.bbox):
                continue
            if _edges_cross(a, b):
                count += 1
                _note(found, f"{a.name} x {b.name}")
    return count


def _near(e, box, margin=0.0):
    """The segments of e whose bounding box meets `box`: the only ones worth testing."""
    return [s for s, sb in zip(e.segments, e.segment_boxes) if geo.bbox_overlap(sb, box, margin)]


def _edges_cross(a, b):
    near_b = [(s, geo.bbox(s)) for s in _near(b, a.bbox)]
    for p1, p2 in _near(a, b.bbox):
        ba = geo.bbox((p1, p2))
        for (q1, q2), bb in near_b:
            if not geo.bbox_overlap(ba, bb):
                continue
            x = geo.proper_intersection(p1, p2, q1, q2)
            if x and not _near_end(x, a) and not _near_end(x, b):
                return True
    return False


def shared(d, found=None):
    """Pairs of edges that run on top of each other for more than SHARED_MIN in total."""
    count = 0
    for i, a in enumerate(d.edges):
        for b in d.edges[i + 1:]:
            if not geo.bbox_overlap(a.bbox, b.bbox, SHARED_DISTANCE):
                continue
            total = 0.0
            near_b = [(s, geo.bbox(s)) for s in _near(b, a.bbox, SHARED_DISTANCE)]
            for p1, p2 in _near(a, b.bbox, SHARED_DISTANCE):
                ba = geo.bbox((p1, p2))
                for (q1, q2), bb in near_b:
                    if geo.bbox_overlap(ba, bb, SHARED_DISTANCE):
                        total += geo.collinear_overlap(p1, p2, q1, q2, SHARED_ANGLE, SHARED_DISTANCE)
            if total > SHARED_MIN:
                count += 1
                _note(found, f"{a.name} / {b.name} ({total:.0f})")
    return count


def edge_bends(e):
    """Bends of one edge. The flattened route turns at vertices; consecutive turns the same way
    along a curve make one bend (a spline's gentle arc, a rounded corner), and a straight piece
    ends a bend, so an orthogonal Z has two bends and an S-shaped spline two as well. A bend counts
    when its total turn exceeds BEND_ANGLE."""
    total = 0
    for sp in e.subpaths:
        # Flattened pieces, each marked straight or curved.
        pieces = []
        for prim in sp:
            pts = geo.flatten_primitive(prim)
            straight = geo.is_straight(prim)
            for k in range(len(pts) - 1):
                if math.dist(pts[k], pts[k + 1]) > 1e-6:
                    pieces.append((pts[k], pts[k + 1], straight))
        run, run_sign = 0.0, 0
        for k in range(1, len(pieces)):
            a = geo.turn(geo.direction(*pieces[k - 1][:2]), geo.direction(*pieces[k][:2]))
            if abs(a) < NOISE_ANGLE:
                a = 0.0
            sign = (a > 0) - (a < 0)
            # A turn joins the current bend when the piece before it is curved (not a straight
            # stretch) and it turns the same way.
            joins = not pieces[k - 1][2] and (sign == run_sign or sign == 0 or run_sign == 0)
            if not joins:
                total += abs(run) > BEND_ANGLE
                run, run_sign = 0.0, 0
            run += a
            run_sign = run_sign or sign
        total += abs(run) > BEND_ANGLE
    return total


def bends(d):
    """Mean bends per edge."""
    return sum(edge_bends(e) for e in d.edges) / len(d.edges) if d.edges else 0.0


def edge_is_orthogonal(e):
    for sp in e.subpaths:
        for prim in sp:
            if not geo.is_straight(prim):
                return False
            p, q = prim[1], prim[-1]
            if math.dist(p, q) < 0.01:
                continue
            a = abs(math.degrees(geo.direction(p, q))) % 90
            if min(a, 90 - a) > ORTHO_ANGLE:
                return False
    return True


def orthogonal(d):
    """Share of edges whose every piece is horizontal or vertical, in percent."""
    if not d.edges:
        return 100.0
    return 100.0 * sum(edge_is_orthogonal(e) for e in d.edges) / len(d.edges)


def min_text_pt(d):
    """The smallest font size once the drawing is scaled to fit the slide."""
    if not d.texts or not d.width or not d.height:
        return None
    scale = min(SLIDE[0] / d.width, SLIDE[1] / d.height)
    return min(t.size for t in d.texts) * scale
