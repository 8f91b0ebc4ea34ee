"""Plane geometry for bench/layout_quality: SVG paths and transforms, curve flattening, convex
shapes, segment tests. Python 3 standard library only.

Coordinates are SVG user units after every transform (Graphviz and PlantUML both use points there).
A path is kept as a list of *primitives*: ('L', p0, p1) for a straight piece and
('C', p0, c1, c2, p3) for a cubic Bézier, so that the metrics can tell a straight piece drawn as a
degenerate curve (Graphviz writes every piece as C) from a real curve.
"""

import math
import re

# A Bézier whose control points lie within this distance of its chord is a straight piece.
STRAIGHT_TOLERANCE = 0.25
# A curved Bézier is cut into this many chords (enough for sub-point accuracy on these drawings).
CURVE_PIECES = 16


# ---------------------------------------------------------------------------------------------
# Affine transforms, as SVG's matrix(a b c d e f): x' = a x + c y + e, y' = b x + d y + f.

IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def compose(m, n):
    """The transform that applies n first, then m."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + c * b2, b * a2 + d * b2,
            a * c2 + c * d2, b * c2 + d * d2,
            a * e2 + c * f2 + e, b * e2 + d * f2 + f)


def parse_transform(text):
    """An SVG transform attribute (translate, scale, rotate, matrix, in any order) as one matrix."""
    m = IDENTITY
    for name, args in re.findall(r"(\w+)\s*\(([^)]*)\)", text or ""):
        v = [float(x) for x in re.split(r"[\s,]+", args.strip()) if x]
        if name == "translate":
            t = (1, 0, 0, 1, v[0], v[1] if len(v) > 1 else 0.0)
        elif name == "scale":
            t = (v[0], 0, 0, v[1] if len(v) > 1 else v[0], 0, 0)
        elif name == "rotate":
            r = math.radians(v[0])
            t = (math.cos(r), math.sin(r), -math.sin(r), math.cos(r), 0, 0)
            if len(v) == 3:  # rotate about (cx, cy)
                t = compose(compose((1, 0, 0, 1, v[1], v[2]), t), (1, 0, 0, 1, -v[1], -v[2]))
        elif name == "matrix" and len(v) == 6:
            t = tuple(v)
        else:
            continue
        m = compose(m, t)
    return m


def apply(m, p):
    a, b, c, d, e, f = m
    return (a * p[0] + c * p[1] + e, b * p[0] + d * p[1] + f)


def linear_scale(m):
    """How much the transform enlarges lengths (for font sizes)."""
    return math.sqrt(abs(m[0] * m[3] - m[1] * m[2]))


# ---------------------------------------------------------------------------------------------
# Paths

_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def parse_path(d):
    """SVG path data as subpaths, each a list of primitives (see the module's docstring).
    Quadratic curves become cubics; arcs become straight chords (none of the drawers writes one)."""
    tokens = _TOKEN.findall(d or "")
    subpaths, current = [], []
    pos = start = (0.0, 0.0)
    last_ctrl = None
    cmd = None
    i = 0

    def number():
        nonlocal i
        v = float(tokens[i])
        i += 1
        return v

    def point(relative):
        x, y = number(), number()
        return (pos[0] + x, pos[1] + y) if relative else (x, y)

    while i < len(tokens):
        if tokens[i].isalpha():
            cmd = tokens[i]
            i += 1
            if cmd in "Zz":
                if current and pos != start:
                    current.append(("L", pos, start))
                pos = start
                if current:
                    subpaths.append(current)
                current = []
                continue
        elif cmd is None:
            break
        rel = cmd.islower()
        c = cmd.upper()
        if c == "M":
            if current:
                subpaths.append(current)
            current = []
            pos = start = point(rel)
            cmd = "l" if rel else "L"  # further pairs are implicit line-tos
            last_ctrl = None
        elif c == "L":
            p = point(rel)
            current.append(("L", pos, p))
            pos, last_ctrl = p, None
        elif c == "H":
            x = number()
            p = (pos[0] + x if rel else x, pos[1])
            current.append(("L", pos, p))
            pos, last_ctrl = p, None
        elif c == "V":
            y = number()
            p = (pos[0], pos[1] + y if rel else y)
            current.append(("L", pos, p))
            pos, last_ctrl = p, None
        elif c == "C":
            c1, c2, p = point(rel), point(rel), point(rel)
            current.append(("C", pos, c1, c2, p))
            pos, last_ctrl = p, c2
        elif c == "S":
            c1 = (2 * pos[0] - last_ctrl[0], 2 * pos[1] - last_ctrl[1]) if last_ctrl else pos
            c2, p = point(rel), point(rel)
            current.append(("C", pos, c1, c2, p))
            pos, last_ctrl = p, c2
        elif c in "QT":
            q = point(rel) if c == "Q" else pos
            p = point(rel)
            c1 = (pos[0] + 2 / 3 * (q[0] - pos[0]), pos[1] + 2 / 3 * (q[1] - pos[1]))
            c2 = (p[0] + 2 / 3 * (q[0] - p[0]), p[1] + 2 / 3 * (q[1] - p[1]))
            current.append(("C", pos, c1, c2, p))
            pos, last_ctrl = p, None
        elif c == "A":
            for _ in range(5):
                number()
            p = point(rel)
            current.append(("L", pos, p))
            pos, last_ctrl = p, None
        else:
            i += 1
    if current:
        subpaths.append(current)
    return subpaths


def transform_primitive(m, prim):
    return (prim[0],) + tuple(apply(m, p) for p in prim[1:])


def distance_to_line(p, a, b):
    """Distance from p to the infinite line through a and b (to a if they coincide)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy)
    if length < 1e-9:
        return math.hypot(p[0] - a[0], p[1] - a[1])
    return abs(dx * (p[1] - a[1]) - dy * (p[0] - a[0])) / length


def is_straight(prim):
    """A line, or a Bézier whose control points sit on its chord (Graphviz draws lines that way)."""
    if prim[0] == "L":
        return True
    p0, c1, c2, p3 = prim[1:]
    return (distance_to_line(c1, p0, p3) <= STRAIGHT_TOLERANCE
            and distance_to_line(c2, p0, p3) <= STRAIGHT_TOLERANCE)


def bezier_point(p0, c1, c2, p3, t):
    u = 1 - t
    return (u * u * u * p0[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t * t * t * p3[0],
            u * u * u * p0[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t * t * t * p3[1])


def flatten_primitive(prim):
    """The points of a primitive, its first point included; a straight one gives two points."""
    if is_straight(prim):
        return [prim[1], prim[-1]]
    p0, c1, c2, p3 = prim[1:]
    return [bezier_point(p0, c1, c2, p3, k / CURVE_PIECES) for k in range(CURVE_PIECES + 1)]


def flatten(primitives):
    """A subpath as one polyline."""
    points = []
    for prim in primitives:
        pts = flatten_primitive(prim)
        points.extend(pts if not points else pts[1:])
    return points


def segments(points):
    return [(points[k], points[k + 1]) for k in range(len(points) - 1)
            if points[k] != points[k + 1]]


def bbox(points):
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))


def bbox_overlap(a, b, margin=0.0):
    return (a[0] <= b[2] + margin and b[0] <= a[2] + margin
            and a[1] <= b[3] + margin and b[1] <= a[3] + margin)


def ellipse_points(cx, cy, rx, ry, n=24):
    return [(cx + rx * math.cos(2 * math.pi * k / n), cy + ry * math.sin(2 * math.pi * k / n))
            for k in range(n)]


# ---------------------------------------------------------------------------------------------
# Convex shapes: a box is the convex hull of everything drawn for it (for a rectangle, its
# bounding box; for a diamond, the diamond, so that an edge passing near a diamond's empty corner
# does not count as passing through it).

def convex_hull(points):
    """Counter-clockwise (in a y-up frame; orientation does not matter below) hull, no repeats."""
    pts = sorted(set((round(x, 3), round(y, 3)) for x, y in points))
    if len(pts) <= 2:
        return pts

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower, upper = [], []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def rect_polygon(x0, y0, x1, y1):
    return convex_hull([(x0, y0), (x1, y0), (x1, y1), (x0, y1)])


def half_planes(hull):
    """The hull as half-planes (nx, ny, c): inside when nx*x + ny*y <= c, (nx, ny) a unit outward
    normal."""
    planes = []
    n = len(hull)
    if n < 3:
        return planes
    # Orientation: the hull from convex_hull() turns left; find the outward side from the centroid.
    cx = sum(p[0] for p in hull) / n
    cy = sum(p[1] for p in hull) / n
    for k in range(n):
        a, b = hull[k], hull[(k + 1) % n]
        nx, ny = b[1] - a[1], -(b[0] - a[0])
        length = math.hypot(nx, ny)
        if length < 1e-9:
            continue
        nx, ny = nx / length, ny / length
        c = nx * a[0] + ny * a[1]
        if nx * cx + ny * cy > c:  # the centroid must be inside
            nx, ny, c = -nx, -ny, -c
        planes.append((nx, ny, c))
    return planes


def segment_enters(planes, p, q, inset=0.0, min_length=0.0):
    """Whether segment pq has a part longer than min_length strictly inside the convex region
    shrunk by `inset` (Cyrus-Beck clipping)."""
    if not planes:
        return False
    t0, t1 = 0.0, 1.0
    dx, dy = q[0] - p[0], q[1] - p[1]
    for nx, ny, c in planes:
        num = c - inset - (nx * p[0] + ny * p[1])
        den = nx * dx + ny * dy
        if abs(den) < 1e-12:
            if num <= 0:
                return False
            continue
        t = num / den
        if den > 0:
            t1 = min(t1, t)
        else:
            t0 = max(t0, t)
        if t0 >= t1:
            return False
    return (t1 - t0) * math.hypot(dx, dy) > min_length


def convex_overlap(planes_a, hull_a, planes_b, hull_b, tolerance=0.0):
    """Separating-axis test: whether two convex shapes overlap by more than `tolerance`."""
    for planes, hull in ((planes_a, hull_b), (planes_b, hull_a)):
        for nx, ny, c in planes:
            if min(nx * x + ny * y for x, y in hull) >= c - tolerance:
                return False
    return True


# ---------------------------------------------------------------------------------------------
# Segment pairs

def _orient(a, b, c):
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def proper_intersection(p1, p2, q1, q2):
    """The point where segments p1p2 and q1q2 cross, each passing strictly from one side of the
    other to the other side; None when they only touch, are parallel or do not meet."""
    d1, d2 = _orient(q1, q2, p1), _orient(q1, q2, p2)
    d3, d4 = _orient(p1, p2, q1), _orient(p1, p2, q2)
    eps = 1e-9
    if ((d1 > eps and d2 < -eps) or (d1 < -eps and d2 > eps)) and \
       ((d3 > eps and d4 < -eps) or (d3 < -eps and d4 > eps)):
        t = d1 / (d1 - d2)
        return (p1[0] + t * (p2[0] - p1[0]), p1[1] + t * (p2[1] - p1[1]))
    return None


def collinear_overlap(p1, p2, q1, q2, angle_deg=1.0, distance=0.5):
    """Length along which two segments run on top of each other (nearly parallel, less than
    `distance` apart); 0 when they do not."""
    ux, uy = p2[0] - p1[0], p2[1] - p1[1]
    vx, vy = q2[0] - q1[0], q2[1] - q1[1]
    lu, lv = math.hypot(ux, uy), math.hypot(vx, vy)
    if lu < 1e-9 or lv < 1e-9:
        return 0.0
    ux, uy = ux / lu, uy / lu
    if abs(ux * vy / lv - uy * vx / lv) > math.sin(math.radians(angle_deg)):
        return 0.0
    if distance_to_line(q1, p1, p2) > distance or distance_to_line(q2, p1, p2) > distance:
        return 0.0
    a = (q1[0] - p1[0]) * ux + (q1[1] - p1[1]) * uy
    b = (q2[0] - p1[0]) * ux + (q2[1] - p1[1]) * uy
    lo, hi = max(0.0, min(a, b)), min(lu, max(a, b))
    return max(0.0, hi - lo)


def direction(p, q):
    return math.atan2(q[1] - p[1], q[0] - p[0])


def turn(d1, d2):
    """Signed angle from direction d1 to direction d2, in degrees, in (-180, 180]."""
    a = math.degrees(d2 - d1)
    while a <= -180:
        a += 360
    while a > 180:
        a -= 360
    return a
