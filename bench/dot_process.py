"""Reads the DOT that `passation render -f dot` writes back into a process: nodes, lanes, edges.

    n3 [label=<<TABLE ...>...</TABLE>>, pos="128,1200!", shape=plain];   a step, inside
    subgraph cluster_lane_1 { lane1_head [label=<<B>Title</B><BR/>...>]; ... }  a lane
    n4 -> n5 [label=<oui>];                                              an answer

Only what bench/layout_quality needs: a small DOT parser (IDs, quoted and HTML strings,
attribute lists, subgraphs, edge chains) and HTML labels turned into lines of plain text.
"""

import html
import re


class DotError(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# DOT text to a graph

_PUNCT = ("->", "--", "{", "}", "[", "]", "=", ";", ",", ":")


def tokenize(text):
    """Tokens: ('p', punctuation), ('id', text), ('html', inner text)."""
    tokens, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif text.startswith("//", i) or (c == "#" and (i == 0 or text[i - 1] == "\n")):
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
        elif c == '"':
            j, buf = i + 1, []
            while j < n and text[j] != '"':
                if text[j] == "\\" and j + 1 < n and text[j + 1] in '"\n':
                    if text[j + 1] == '"':
                        buf.append('"')
                    j += 2
                    continue
                buf.append(text[j])
                j += 1
            tokens.append(("id", "".join(buf)))
            i = j + 1
        elif c == "<":
            depth, j = 0, i
            while j < n:
                if text[j] == "<":
                    depth += 1
                elif text[j] == ">":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            tokens.append(("html", text[i + 1:j]))
            i = j + 1
        elif any(text.startswith(p, i) for p in _PUNCT):
            p = next(p for p in _PUNCT if text.startswith(p, i))
            tokens.append(("p", p))
            i += len(p)
        else:
            m = re.match(r"[A-Za-z_\x80-\uffff0-9.\-]+", text[i:])
            if not m:
                raise DotError(f"unexpected character {c!r} at offset {i}")
            tokens.append(("id", m.group(0)))
            i += len(m.group(0))
    return tokens


class Value(str):
    """An attribute value; .html is True for <...> strings."""
    html = False


def _value(tok):
    v = Value(tok[1])
    v.html = tok[0] == "html"
    return v


class Graph:
    def __init__(self):
        self.attrs = {}
        self.nodes = {}        # name -> attrs
        self.node_order = []
        self.node_cluster = {}  # name -> innermost cluster name
        self.clusters = {}     # name -> attrs
        self.edges = []        # (tail, head, attrs)


def parse(text):
    toks = tokenize(text)
    g = Graph()
    pos = 0

    def peek(k=0):
        return toks[pos + k] if pos + k < len(toks) else (None, None)

    def take(expected=None):
        nonlocal pos
        t = peek()
        if t[0] is None or (expected and t != ("p", expected)):
            raise DotError(f"expected {expected or 'a token'}, got {t[1]!r}")
        pos += 1
        return t

    def attr_list():
        attrs = {}
        while peek() == ("p", "["):
            take("[")
            while peek() != ("p", "]"):
                k = take()[1]
                v = Value("true")
                if peek() == ("p", "="):
                    take("=")
                    v = _value(take())
                attrs[k] = v
                if peek() in (("p", ","), ("p", ";")):
                    take()
            take("]")
        return attrs

    def node_id():
        name = take()[1]
        if peek() == ("p", ":"):  # a port: ignored
            take(":")
            take()
            if peek() == ("p", ":"):
                take(":")
                take()
        return name

    def add_node(name, attrs, scope):
        if name not in g.nodes:
            g.nodes[name] = dict(scope["node"])
            g.node_order.append(name)
        g.nodes[name].update(attrs)
        if scope["cluster"] and name not in g.node_cluster:
            g.node_cluster[name] = scope["cluster"]

    def stmt_list(scope):
        take("{")
        while peek() != ("p", "}"):
            stmt(scope)
            if peek() == ("p", ";"):
                take(";")
        take("}")

    def subgraph(scope):
        name = None
        if peek() == ("id", "subgraph"):
            take()
            if peek()[0] == "id":
                name = take()[1]
        inner = {"node": dict(scope["node"]), "edge": dict(scope["edge"]),
                 "cluster": name if name and name.startswith("cluster") else scope["cluster"]}
        if name and name.startswith("cluster"):
            g.clusters.setdefault(name, {})
        members_before = set(g.nodes)
        stmt_list(inner)
        return [n for n in g.node_order if n not in members_before] or []

    def stmt(scope):
        t = peek()
        if t == ("id", "subgraph") or t == ("p", "{"):
            subgraph(scope)
            return
        if t[0] != "id" and t[0] != "html":
            raise DotError(f"unexpected {t[1]!r}")
        if t[1] in ("graph", "node", "edge") and peek(1) == ("p", "["):
            take()
            attrs = attr_list()
            if t[1] == "graph":
                if scope["cluster"] and scope is not root_scope:
                    g.clusters[scope["cluster"]].update(attrs)
                else:
                    g.attrs.update(attrs)
            else:
                scope[t[1]].update(attrs)
            return
        if peek(1) == ("p", "="):
            k = take()[1]
            take("=")
            v = _value(take())
            if scope["cluster"] and scope is not root_scope:
                g.clusters[scope["cluster"]][k] = v
            else:
                g.attrs[k] = v
            return
        chain = [node_id()]
        while peek() in (("p", "->"), ("p", "--")):
            take()
            if peek() == ("id", "subgraph") or peek() == ("p", "{"):
                raise DotError("edges to subgraphs are not supported")
            chain.append(node_id())
        attrs = attr_list()
        if len(chain) == 1:
            add_node(chain[0], attrs, scope)
        else:
            for name in chain:
                add_node(name, {}, scope)
            for a, b in zip(chain, chain[1:]):
                g.edges.append((a, b, {**scope["edge"], **attrs}))

    if peek() == ("id", "strict"):
        take()
    if peek()[1] not in ("graph", "digraph"):
        raise DotError("not a DOT graph")
    take()
    if peek()[0] == "id":
        take()
    root_scope = {"node": {}, "edge": {}, "cluster": None}
    stmt_list(root_scope)
    return g


# ---------------------------------------------------------------------------------------------
# HTML labels to text

def label_lines(label):
    """An HTML-like label as lines of (text, font size or None, bold): <BR/> and the ends of table
    rows and cells end lines; tags are dropped and entities decoded."""
    lines, current = [], []
    sizes, bold = [], 0
    for tag, text in re.findall(r"<([^>]*)>|([^<]+)", label or ""):
        if text:
            t = html.unescape(text)
            if t.strip() or current:
                current.append((t, sizes[-1] if sizes else None, bold > 0))
            continue
        name = tag.strip().split()[0].rstrip("/").upper() if tag.strip() else ""
        closing = name.startswith("/")
        name = name.lstrip("/")
        if name == "BR" or (closing and name in ("TR", "TD")):
            lines.append(current)
            current = []
        elif name == "FONT":
            if closing:
                if sizes:
                    sizes.pop()
            else:
                m = re.search(r'POINT-SIZE="([\d.]+)"', tag, re.I)
                sizes.append(float(m.group(1)) if m else (sizes[-1] if sizes else None))
        elif name == "B":
            bold += -1 if closing else 1
    lines.append(current)
    out = []
    for chunks in lines:
        text = " ".join("".join(c[0] for c in chunks).split())
        if text:
            size = next((c[1] for c in chunks if c[0].strip() and c[1]), None)
            is_bold = all(c[2] for c in chunks if c[0].strip())
            out.append((text, size, is_bold))
    return out


def plain_text(value):
    """A label, HTML or not, as plain text with newlines."""
    if value is None:
        return ""
    if getattr(value, "html", False):
        return "\n".join(t for t, _, _ in label_lines(value))
    return value.replace("\\n", "\n").replace("\\l", "\n").replace("\\r", "\n").strip()


# ---------------------------------------------------------------------------------------------
# Graph to process

class Node:
    def __init__(self, name, attrs, lane):
        self.name = name
        self.attrs = attrs
        self.lane = lane  # lane number J, or None
        self.lines = label_lines(attrs["label"]) if getattr(attrs.get("label"), "html", False) \
            else [(plain_text(attrs.get("label", name)), None, False)]
        shape = attrs.get("shape", "ellipse")
        self.is_decision = shape == "diamond" or (shape == "polygon" and attrs.get("sides") == "4")

    @property
    def text(self):
        return "\n".join(t for t, _, _ in self.lines)

    def __repr__(self):
        return f"Node({self.name}, lane={self.lane}, {self.text!r})"


class Process:
    def __init__(self):
        self.title = []   # lines of (text, size, bold)
        self.lanes = []   # (J, title, header attrs), in order
        self.nodes = {}   # process nodes nK, in DOT order
        self.edges = []   # (tail, head, label text or None, attrs)
        self.graph_attrs = {}

    def successors(self, name):
        return [(b, label) for a, b, label, _ in self.edges if a == name]

    def predecessors(self, name):
        return [a for a, b, _, _ in self.edges if b == name]


def read_process(text):
    """The process nodes (nK), lanes (cluster_lane_J with its laneJ_head) and edges of a DOT."""
    g = parse(text)
    p = Process()
    p.graph_attrs = g.attrs
    if "label" in g.attrs:
        p.title = label_lines(g.attrs["label"]) if g.attrs["label"].html \
            else [(plain_text(g.attrs["label"]), None, False)]
    lanes = {}
    for name in g.node_order:
        m = re.fullmatch(r"lane(\d+)_head", name)
        if m:
            lines = label_lines(g.nodes[name].get("label", ""))
            lanes[int(m.group(1))] = (lines[0][0] if lines else f"Lane {m.group(1)}", g.nodes[name])
    p.lanes = [(j, title, attrs) for j, (title, attrs) in sorted(lanes.items())]
    for name in g.node_order:
        if not re.fullmatch(r"n\d+", name):
            continue
        cluster = g.node_cluster.get(name) or ""
        m = re.fullmatch(r"cluster_lane_(\d+)", cluster)
        p.nodes[name] = Node(name, g.nodes[name], int(m.group(1)) if m else None)
    for a, b, attrs in g.edges:
        if a in p.nodes and b in p.nodes:
            label = plain_text(attrs["label"]) if "label" in attrs else None
            p.edges.append((a, b, label or None, attrs))
    return p
