"""A process read from passation's DOT (bench/dot_process.py) as a PlantUML activity diagram, new
syntax, one swimlane per lane, for bench/layout_quality.

    start / stop          the start node (no incoming edge) and the end nodes (no outgoing edge);
                          their own text is kept as an activity, so that both drawings carry the
                          same texts
    :text;                a step
    if/else/endif         a decision whose answers meet again (at the decision's immediate
                          post-dominator), or end separately (trees: each branch ends in stop)
    switch/case           a decision with three answers or more
    while ... endwhile    an answer's path comes back to the decision
    repeat ... repeat while   a decision's answer goes back to an earlier node

A graph that these cannot express (a node reached by two paths that do not meet at a decision's
end, a loop that does not pass through a decision, a step with several successors) raises
Unstructured with the reason.

Fonts follow passation's: DejaVu Sans, 11 pt texts, 9 pt answers, 12 pt lane titles, and a
line's own size from the HTML label (<size:9>...), so that sizes compare.
"""

import re


class Unstructured(Exception):
    pass


EXIT = "<exit>"

HEADER = """@startuml
skinparam defaultFontName "DejaVu Sans"
skinparam defaultFontSize 11
skinparam ArrowFontSize 9
skinparam SwimlaneTitleFontSize 12
skinparam TitleFontSize 16
skinparam shadowing false
"""


def escape(text):
    """Text safe inside :...; and if (...): creole markers and parentheses neutralised."""
    text = text.replace("~", "~~")
    for marker in ("//", "**", "__", "--", '""', "^^", "=="):
        text = text.replace(marker, marker[0] + "~" + marker[1])
    text = text.replace("(", "&#40;").replace(")", "&#41;")
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    return text


def rich(lines, base=11.0):
    """Lines of (text, size, bold) as one PlantUML label, lines joined by \\n."""
    out = []
    for text, size, bold in lines:
        t = escape(text)
        if bold:
            t = f"<b>{t}</b>"
        if size and abs(size - base) > 0.01:
            t = f"<size:{size:g}>{t}</size>"
        out.append(t)
    return "\\n".join(out)


class Converter:
    def __init__(self, process):
        self.p = process
        self.nodes = process.nodes
        self.succ = {n: [] for n in self.nodes}
        self.pred = {n: [] for n in self.nodes}
        for a, b, label, _ in process.edges:
            self.succ[a].append((b, label))
            self.pred[b].append(a)
        self.lane_titles = {j: title for j, title, _ in process.lanes}
        self.out = []
        self.depth = 0
        self.lane = None
        self.emitted = set()
        self.open_repeats = set()

    # -- analysis -----------------------------------------------------------------------------

    def analyse(self):
        starts = [n for n in self.nodes if not self.pred[n]]
        if len(starts) != 1:
            raise Unstructured(f"{len(starts)} nodes without an incoming edge (one start expected)")
        self.start = starts[0]
        self._find_back_edges()
        self._post_dominators()
        self.repeat_at, self.while_at = {}, {}
        for a, b in self.back_edges:
            if a == b:
                raise Unstructured(f"{a} loops onto itself")
            if self.nodes[a].is_decision:
                if b in self.repeat_at:
                    raise Unstructured(f"two loops go back to {b}")
                self.repeat_at[b] = a
            elif self.nodes[b].is_decision:
                self.while_at.setdefault(b, set()).add(a)
            else:
                raise Unstructured(f"the loop {a} -> {b} does not pass through a decision")

    def _find_back_edges(self):
        """Edges to a node still on the depth-first path from the start: the loops."""
        self.back_edges, state, order = set(), {}, []
        stack = [(self.start, iter(self.succ[self.start]))]
        state[self.start] = "open"
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                state[node] = "done"
                order.append(node)
                stack.pop()
                continue
            b = nxt[0]
            if state.get(b) == "open":
                self.back_edges.add((node, b))
            elif b not in state:
                state[b] = "open"
                stack.append((b, iter(self.succ[b])))
        unreachable = [n for n in self.nodes if n not in state]
        if unreachable:
            raise Unstructured(f"{', '.join(unreachable)} cannot be reached from the start")
        self.postorder = order

    def forward(self, n):
        return [b for b, _ in self.succ[n] if (n, b) not in self.back_edges]

    def _post_dominators(self):
        """Immediate post-dominators in the graph without its loops; EXIT past every dead end."""
        pdom = {EXIT: {EXIT}}
        for n in self.postorder:  # successors come first in post-order of a DAG
            sets = [pdom[s] for s in self.forward(n)] or [pdom[EXIT]]
            pdom[n] = {n} | set.intersection(*sets)
        self.ipdom = {}
        for n in self.nodes:
            others = pdom[n] - {n}
            best = max(others, key=lambda m: len(pdom[m]))  # post-dominators form a chain
            self.ipdom[n] = None if best == EXIT else best

    def reaches(self, a, targets):
        """Whether a forward path from a reaches one of targets."""
        seen, todo = set(), [a]
        while todo:
            n = todo.pop()
            if n in targets:
                return True
            if n in seen:
                continue
            seen.add(n)
            todo.extend(self.forward(n))
        return False

    # -- writing ------------------------------------------------------------------------------

    def write(self, line):
        self.out.append("  " * self.depth + line)

    def goto_lane(self, n):
        lane = self.nodes[n].lane
        if lane is not None and lane != self.lane and lane in self.lane_titles:
            self.write(f"|{self.lane_titles[lane]}|")
            self.lane = lane

    def mark(self, n):
        if n in self.emitted:
            raise Unstructured(f"{n} is reached by paths that do not meet at a decision's end")
        self.emitted.add(n)

    def activity(self, n):
        self.goto_lane(n)
        self.mark(n)
        self.write(f":{rich(self.nodes[n].lines)};")

    def sequence(self, u, stops):
        """Writes from u on until a node of `stops` (returned, not written) or the end (None)."""
        while True:
            if u in stops:
                return u
            node = self.nodes[u]
            if u in self.repeat_at and u not in self.open_repeats:
                u = self.repeat(u, stops)
            elif node.is_decision and len(self.succ[u]) >= 2:
                if u in self.while_at:
                    u = self.while_loop(u, stops)
                else:
                    u = self.branches(u, stops)
                if u is None:
                    return None
            elif not self.succ[u]:
                self.activity(u)
                self.write("stop")
                return None
            else:
                if len(self.succ[u]) > 1:
                    raise Unstructured(f"step {u} has {len(self.succ[u])} successors")
                self.activity(u)
                target, label = self.succ[u][0]
                if label:
                    self.write(f"-> {escape(label)};")
                u = target

    def answer(self, d, target):
        return escape(next(label for b, label in self.succ[d] if b == target) or "")

    def repeat(self, h, stops):
        d = self.repeat_at[h]
        self.open_repeats.add(h)
        self.goto_lane(h)
        self.write("repeat")
        self.depth += 1
        if self.sequence(h, stops | {d}) != d:
            raise Unstructured(f"the loop from {d} back to {h} is left before {d}")
        self.depth -= 1
        exits = [b for b, _ in self.succ[d] if b != h]
        if len(exits) != 1:
            raise Unstructured(f"{d} loops back with {len(exits)} other answers")
        self.goto_lane(d)
        self.mark(d)
        self.write(f"repeat while ({rich(self.nodes[d].lines)}) is ({self.answer(d, h)}) "
                   f"not ({self.answer(d, exits[0])})")
        return exits[0]

    def while_loop(self, d, stops):
        body = [b for b, _ in self.succ[d] if self.reaches(b, self.while_at[d])]
        exits = [b for b, _ in self.succ[d] if b not in body]
        if len(body) != 1 or len(exits) != 1:
            raise Unstructured(f"{d} is a loop with {len(body)} answers that loop and {len(exits)} that leave")
        self.goto_lane(d)
        self.mark(d)
        self.write(f"while ({rich(self.nodes[d].lines)}) is ({self.answer(d, body[0])})")
        self.depth += 1
        back = self.sequence(body[0], stops | {d})
        if back not in (d, None):
            raise Unstructured(f"the loop through {d} is left at {back}")
        self.depth -= 1
        self.write(f"endwhile ({self.answer(d, exits[0])})")
        return exits[0]

    def branches(self, d, stops):
        join = self.ipdom[d]
        inner = stops | ({join} if join else set())
        answers = list(self.succ[d])
        # An empty answer (straight to the join) goes last: PlantUML wants a 'then' branch.
        answers.sort(key=lambda a: a[0] == join)
        self.goto_lane(d)
        self.mark(d)
        text = rich(self.nodes[d].lines)
        results = set()
        if len(answers) == 2:
            self.write(f"if ({text}) then ({escape(answers[0][1] or '')})")
            for k, (target, label) in enumerate(answers):
                if k:
                    self.write(f"else ({escape(label or '')})")
                self.depth += 1
                results.add(self.sequence(target, inner))
                self.depth -= 1
            self.write("endif")
        else:
            self.write(f"switch ({text})")
            for target, label in answers:
                self.write(f"case ({escape(label or '')})")
                self.depth += 1
                results.add(self.sequence(target, inner))
                self.depth -= 1
            self.write("endswitch")
        results.discard(None)
        if join:
            if results - {join}:
                raise Unstructured(f"the answers of {d} leave before they meet at {join}")
            return join if results else None
        if len(results) > 1:
            raise Unstructured(f"the answers of {d} leave towards {sorted(results)}")
        return next(iter(results), None)

    def convert(self):
        self.analyse()
        self.out = [HEADER.rstrip("\n")]
        if self.p.title:
            self.out.append("title " + rich(self.p.title, base=16.0))
        for j, title, _ in self.p.lanes:  # declared in passation's order
            self.out.append(f"|{title}|")
        self.lane = self.p.lanes[-1][0] if self.p.lanes else None
        self.goto_lane(self.start)
        self.write("start")
        self.sequence(self.start, set())
        missing = [n for n in self.nodes if n not in self.emitted]
        if missing:
            raise Unstructured(f"{', '.join(missing)} not written")
        self.out.append("@enduml")
        return "\n".join(self.out) + "\n"


def to_plantuml(process):
    """The PlantUML text of a process; raises Unstructured when it cannot be expressed."""
    if not process.nodes:
        raise Unstructured("no process nodes")
    titles = [t for _, t, _ in process.lanes]
    if len(set(titles)) != len(titles):
        raise Unstructured("two lanes have the same title")
    if any(re.search(r"[|]", t) for t in titles):
        raise Unstructured("a lane title holds '|'")
    return Converter(process).convert()
