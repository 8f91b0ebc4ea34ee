#!/usr/bin/env python3
"""Writes case files at the limits of include/passation/limits.hpp, for bench/limits.sh and
docs/reliability.md ("Bounded work"): every count a case may reach, each case as large as the
limits let it be in one direction.

    bench/limit_cases.py OUTPUT_FOLDER

Python 3 standard library only; the same bytes every time. Each case passes `passation check`.

- everything.yaml: every collection at its limit at once: 64 actors, 256 components, 128 skills,
  64 profiles, 1,000 rules, 32 scenarios, 500 process nodes (a pack of it is refused up front);
- scenarios.yaml: the most scenarios, each with the process of a real case (50 nodes);
- pack-scenarios.yaml: the most scenarios of 50 nodes that a pack draws (limits::pack_drawings);
- process.yaml: the longest process, with the scenarios a pack of it draws;
- explore.yaml: 25 components that move on their own, 1,000 rules, 128 skills and 64 profiles:
  the largest exploration explore() accepts; explore-over.yaml: 30 of them, refused up front.
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIMITS = open(os.path.join(HERE, "..", "include", "passation", "limits.hpp"), encoding="utf-8").read()


def limit(name):
    m = re.search(r"inline constexpr (?:std::size_t|double) %s = ([0-9' *e]+);" % name, LIMITS)
    return eval(m.group(1).replace("'", ""))  # "1024 * 1024", "1'000'000"


def case(name, actors, components, skills, profiles, rules, scenarios, steps, groups=None):
    """A case file's text. `groups`: how many groups of components move together (couplings);
    None: every component on its own."""
    out = []
    w = out.append
    w(f"case: {name}")
    w(f"title: Cas aux limites ({name})")
    w("language: fr")
    w("actors:")
    sides = ["current", "next", "funder"] + ["other"] * (actors - 3)
    for a in range(actors):
        w(f"  a{a}: {{name: Acteur {a}, side: {sides[a]}}}")
    w("components:")
    for c in range(components):
        w(f"  c{c}: {{name: Élément {c}, holder: a0}}")
    w("skills:")
    for s in range(skills):
        levels = ", ".join(f"{{id: l{k}, label: Niveau {k}}}" for k in range(4))
        w(f"  s{s}: {{label: Compétence {s}, levels: [{levels}]}}")
    w("profiles:")
    for p in range(profiles):
        brings = ", ".join(f"s{s}: l{(p + s) % 4}" for s in range(skills))
        w(f"  - {{id: p{p}, name: Profil {p}, skills: {{{brings}}}}}")
    w("rules:")
    for r in range(rules):
        w(f"  - {{when: {{transferred: [c{r % components}]}}, require: {{s{r % skills}: l{1 + r % 3}}}}}")
    if groups is not None and groups < components:
        w("couplings:")
        size = -(-components // groups)
        for g in range(groups):
            members = [f"c{c}" for c in range(g * size, min(components, (g + 1) * size))]
            if len(members) > 1:
                w(f"  - {{together: [{', '.join(members)}], reason: Groupe {g}}}")
    w("scenarios:")
    for s in range(scenarios):
        if s == 0:
            w("  s0: {title: Tout, transfers: all}")
        else:
            kept = s % components
            if groups is not None and groups < components:
                size = -(-components // groups)
                group = kept // size
                kept_list = [f"c{c}" for c in range(group * size, min(components, (group + 1) * size))]
            else:
                kept_list = [f"c{kept}"]
            w(f"  s{s}: {{title: Scénario {s}, keeps: [{', '.join(kept_list)}]}}")
    w("emergencies: {held_by: a0}")
    w("process:")
    w("  - {id: start, kind: start, actor: a2, label: Début}")
    # One step per component hands it over; the others are general work, spread over three lanes.
    lanes = ["a0", "a1", "a3" if actors > 3 else "a2"]
    for k in range(steps):
        if k < components:
            w(f"  - {{id: h{k}, actor: a0, label: Transmettre l'élément {k}, hands_over: [c{k}], duration: 1}}")
        else:
            w(f"  - {{id: w{k}, actor: {lanes[k % 3]}, label: Travail {k}, duration: 1}}")
    w("  - id: receipt")
    w("    kind: decision")
    w("    role: receipt")
    w("    actor: a1")
    w("    label: Tout est reçu ?")
    w("    next: {oui: switch, non: more}")
    w("  - {id: more, actor: a0, label: Compléments, next: receipt}")
    w("  - {id: switch, kind: milestone, actor: a1, label: Le prestataire prend les urgences, emergencies: a1}")
    w("  - {id: ok, role: validation, actor: a2, label: Validation}")
    w("  - {id: end, kind: end, actor: a2, label: Fin}")
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    nodes = limit("process_nodes") - 6  # start, receipt, more, switch, ok, end
    budget = limit("pack_drawings")
    most_scenarios = budget // (50 + 300)  # scenarios of 50 nodes that a pack draws
    cases = {
        # Every count at its limit: pack refuses it up front (limits::pack_drawings).
        "everything": case("everything", limit("actors"), limit("components"), limit("skills"), limit("profiles"),
                           limit("rules"), limit("scenarios"), nodes, groups=16),
        # The most scenarios, each with the process of a real case (50 nodes): pack refuses it too.
        "scenarios": case("scenarios", 4, 8, 6, 4, 24, limit("scenarios"), 44),
        # The most scenarios of 50 nodes a pack draws.
        "pack-scenarios": case("pack-scenarios", 4, 8, 6, 4, 24, most_scenarios, 44),
        # The longest process, with the most scenarios a pack then draws.
        "process": case("process", 4, 8, 6, 4, 24, budget // (nodes + 6 + 300), nodes),
        # The largest exploration explore() accepts with 1,000 rules (2^25 splits), and one over it.
        "explore": case("explore", 4, 25, limit("skills"), limit("profiles"), limit("rules"), 3, 35),
        "explore-over": case("explore-over", 4, 30, limit("skills"), limit("profiles"), limit("rules"), 3, 40),
    }
    for name, text in cases.items():
        with open(os.path.join(folder, name + ".yaml"), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


if __name__ == "__main__":
    main()
