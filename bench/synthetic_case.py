#!/usr/bin/env python3
"""Writes a synthetic handover case file (YAML) that `passation check` accepts.

    bench/synthetic_case.py [--components N] [--steps S] [--seed K] [-o FILE]

Python 3 standard library only; the same arguments always give the same bytes.

What it makes:

- Components, skills, profiles, rules and couplings exactly as bench/synthetic_case.cpp (the case
  the Google benchmark explores) draws them, with the same splitmix64 sequence from the same seed:
  N components held by the current team; six skills of four levels; four profiles, profile p
  bringing level p in every skill and p + 1 in one; one rule per component (transferring it
  requires a skill at a level from 1 to 3); a rule for every third pair (one transferred, the
  other kept: a requirement and a risk); one `together` coupling per 12 components and one `needs`
  per 8. So for the same N and seed, `passation explore` on this file counts and ranks the same
  splits as the benchmark's case. Names and labels are French; ids are those of the C++ case
  (c0, s0, l0, p0…).
- Four actors, one lane each: the current team (who holds emergencies at the start), the
  contractor, the funder, and the users' referents.
- Up to three scenarios that respect the couplings: everything moves; the team keeps one
  component (and what the couplings tie to it); the team keeps about a third of them.
- A process of S steps (kind `step`; S must be at least N + 2), plus the start, the end and the
  decisions: one step per component hands it over; the other steps are general work spread over
  the lanes, about 70% before the receipt and 30% after it. About every 18 steps the process
  branches: a decision whose two answers run one to five steps each in two other lanes, then
  join. The case format has no parallel gateway (a step has one successor; only decisions
  branch), so these branches are alternatives rather than simultaneous work; timelines schedule
  them as parallel branches are (the longer one counts). About every 15 steps a check decision
  sends its 'non' answer back two to five steps: loops only ever pass through a decision. Then
  the receipt decision (role: receipt; 'non' sends missing pieces and asks again), a milestone
  where the contractor takes emergencies over, the post-receipt work, and the funder's
  validation (role: validation) before the end.

With 430 steps and 24 components the file has about 480 process nodes (the limit is 500)
and 60 KB; `passation check` reads and checks it in a few hundredths of a second.
"""

import argparse
import json
import sys

MASK = (1 << 64) - 1


class Sequence:
    """splitmix64, as bench/synthetic_case.cpp's `sequence`: the same numbers for the same seed."""

    def __init__(self, seed):
        self.state = seed & MASK

    def below(self, n):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return (z ^ (z >> 31)) % n

    def pick(self, items):
        return items[self.below(len(items))]


SKILLS = 6
LEVELS = 4
PROFILES = 4

COMPONENT_NAMES = [
    "le code du portail", "la base des adhérents", "l'hébergement du site", "le nom de domaine",
    "l'assistance aux utilisateurs", "la correction des anomalies", "les évolutions fonctionnelles",
    "les sauvegardes nocturnes", "la messagerie transactionnelle", "le module de paiement",
    "l'annuaire des structures", "les statistiques de fréquentation", "le certificat de sécurité",
    "le dépôt de sources", "l'intégration continue", "la documentation technique",
    "les comptes d'administration", "le formulaire d'inscription", "la carte interactive",
    "l'export vers le tableur", "la lettre d'information", "le tableau de bord",
    "les traductions du site", "l'application mobile", "l'espace des partenaires",
    "le moteur de recherche", "les flux de données ouvertes", "l'agenda des événements",
    "la supervision de l'hébergement", "le pare-feu applicatif", "la médiathèque du portail",
    "l'authentification unique",
]
SKILL_LABELS = ["Développement PHP", "Administration système", "Bases de données",
                "Assistance aux utilisateurs", "Noms de domaine et DNS", "Sécurité et RGPD"]
LEVEL_LABELS = ["Aucun", "Notions", "Confirmé", "Expert"]
PROFILE_NAMES = ["Développeur indépendant", "Petite agence web", "Agence web avec hébergement",
                 "Infogérant spécialisé"]

ACTORS = [
    ("equipe", "L'équipe actuelle", "l'équipe actuelle", "Développe et fait tourner le portail", "current"),
    ("prestataire", "Le prestataire", "le prestataire", "Reprend le portail", "next"),
    ("financeur", "Le financeur", "le financeur", "Finance et choisit le scénario", "funder"),
    ("referents", "Les référents utilisateurs", "les référents", "Testent et relaient les usagers", "other"),
]

# What the general steps say, by lane: {c} is a component's name, {dc} the same after "de".
STEPS = {
    "equipe": ["Rédiger la documentation d'exploitation", "Présenter l'architecture au prestataire",
               "Exporter les journaux d'erreurs récents", "Décrire la procédure de mise en production",
               "Rassembler les contrats des fournisseurs", "Préparer un jeu de données anonymisé",
               "Documenter l'exploitation {dc}", "Inventorier les accès {dc}", "Présenter {c} au prestataire",
               "Lister les anomalies connues {dc}", "Décrire la mise en production {dc}",
               "Vérifier les sauvegardes {dc}", "Recenser les licences {dc}", "Révoquer les accès inutiles {dc}",
               "Mettre à jour la documentation {dc}"],
    "prestataire": ["Installer un environnement de recette", "Rejouer les tests de non-régression",
                    "Restaurer une sauvegarde de la base", "Mettre en place la supervision",
                    "Proposer un calendrier de bascule", "Relire la documentation {dc}", "Installer {c} en recette",
                    "Rejouer les tests {dc}", "Analyser les journaux {dc}", "Auditer la sécurité {dc}",
                    "Reproduire les anomalies {dc}", "Chiffrer les évolutions {dc}",
                    "Proposer un plan de reprise {dc}"],
    "referents": ["Recenser les demandes des usagers", "Informer les usagers du changement",
                  "Valider les parcours d'inscription", "Tester {c} avec les usagers",
                  "Recenser les demandes sur {c}", "Signaler les anomalies {dc}", "Relire les textes {dc}"],
    "financeur": ["Réunir le comité de pilotage", "Signer l'avenant au contrat", "Arbitrer le budget {dc}",
                  "Approuver le calendrier {dc}", "Suivre l'avancement sur {c}"],
}
# What the checks are about.
OBJECTS = [
    "la documentation d'exploitation", "les accès à l'hébergement", "le plan de reprise",
    "les sauvegardes de la base", "le registre des incidents", "les tests de non-régression",
    "la liste des anomalies connues", "les comptes d'administration", "le calendrier de bascule",
    "la procédure de mise en production", "les journaux d'erreurs", "les modèles de courriels",
    "l'inventaire des licences", "le schéma d'architecture",
]
HANDOVER_VERBS = {
    "equipe": ["Transmettre {}", "Remettre {} au prestataire", "Transférer la responsabilité {}",
               "Confier {} au prestataire"],
    "prestataire": ["Récupérer {}", "Reprendre en main {}", "Prendre en charge {}"],
}
CHECKS = ["Relecture {} satisfaisante\u00a0?", "Tests {} concluants\u00a0?", "Contrôle {} réussi\u00a0?",
          "Reprise {} validée\u00a0?"]
FORKS = [
    ("Une formation sur site est-elle demandée\u00a0?", "oui", "non"),
    ("Reprise des données en une fois\u00a0?", "en une fois", "par lots"),
    ("Accompagnement sur place ou à distance\u00a0?", "sur place", "à distance"),
    ("Bascule pendant les vacances scolaires\u00a0?", "oui", "non"),
]


def de(name):
    """'de' before a name with its article: du, de la, de l', des."""
    if name.startswith("le "):
        return "du " + name[3:]
    if name.startswith("les "):
        return "des " + name[4:]
    return "de " + name


def capital(text):
    return text[:1].upper() + text[1:]


def words(label):
    return len(label.split())


def component_name(i):
    base = COMPONENT_NAMES[i % len(COMPONENT_NAMES)]
    return base if i < len(COMPONENT_NAMES) else f"{base} (lot {i // len(COMPONENT_NAMES) + 1})"


def q(text):
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def draw_model(n, seed):
    """Rules and couplings, drawn in bench/synthetic_case.cpp's order."""
    nxt = Sequence(seed)
    rules = []
    for i in range(n):
        rules.append({"id": f"r{i}", "transferred": [i], "kept": [],
                      "require": (nxt.below(SKILLS), 1 + nxt.below(LEVELS - 1)), "risk": None})
    for _ in range(n // 3):
        a, b = nxt.below(n), nxt.below(n)
        if a == b:
            continue
        skill, level = nxt.below(SKILLS), nxt.below(LEVELS)
        risk = f"{capital(component_name(b))} reste chez l'équipe actuelle, {component_name(a)} part"
        rules.append({"id": None, "transferred": [a], "kept": [b], "require": (skill, level), "risk": risk})
    together, needs = [], []
    for _ in range(n // 12):
        a, b = nxt.below(n), nxt.below(n)
        if a != b:
            together.append((a, b))
    for _ in range(n // 8):
        a, b = nxt.below(n), nxt.below(n)
        if a != b:
            needs.append((a, b))
    return rules, together, needs


def kept_closure(kept, together, needs):
    """The smallest set holding `kept` that a split may keep: together pairs stay together, and a
    component that needs a kept one is kept too."""
    kept = set(kept)
    changed = True
    while changed:
        changed = False
        for a, b in together:
            if (a in kept) != (b in kept):
                kept |= {a, b}
                changed = True
        for subject, needed in needs:
            if needed in kept and subject not in kept:
                kept.add(subject)
                changed = True
    return kept


class Process:
    """The process nodes, in template order; a node's default successor is the one after it."""

    def __init__(self, rnd):
        self.rnd = rnd
        self.nodes = []
        self.pending = []  # nodes whose 'next' is the next node written
        self.count = 0

    def add(self, node):
        for waiting in self.pending:
            waiting["next"] = node["id"]
        self.pending = []
        self.nodes.append(node)
        return node

    def new_id(self, prefix):
        self.count += 1
        return f"{prefix}-{self.count}"

    def general(self, actor, names):
        while True:
            name = self.rnd.pick(names)
            label = self.rnd.pick(STEPS[actor]).format(c=name, dc=de(name))
            if 3 <= words(label) <= 8:
                break
        return {"id": self.new_id("etape"), "actor": actor, "label": label,
                "duration": (1 + self.rnd.below(10)) / 2}


def lane(rnd):
    """Who does a general step: mostly the two teams."""
    r = rnd.below(20)
    return "equipe" if r < 8 else "prestataire" if r < 15 else "referents" if r < 18 else "financeur"


def write_segment(p, items, names, rnd):
    """Writes `items` (general steps as None, hand-overs as component indices) on the main line,
    with a branch that joins about every 18 steps and a check that loops back about every 15."""
    main_line = []  # general steps of this segment written on the main line: loop targets
    since_fork, since_check = 0, 0
    fork_every, check_every = 15 + rnd.below(8), 13 + rnd.below(5)
    i = 0
    while i < len(items):
        generals_ahead = 0
        while i + generals_ahead < len(items) and items[i + generals_ahead] is None:
            generals_ahead += 1
        if since_fork >= fork_every and generals_ahead >= 2:
            question, yes, no = rnd.pick(FORKS)
            fork = p.add({"id": p.new_id("choix"), "kind": "decision", "actor": rnd.pick(["prestataire", "financeur"]),
                          "label": question})
            size = min(generals_ahead, 2 + rnd.below(5))
            first = 1 + rnd.below(size - 1)
            lanes = [a for a in ("equipe", "prestataire", "referents") if a != fork["actor"]]
            one = [p.add(p.general(lanes[0], names)) for _ in range(first)]
            two = [p.add(p.general(lanes[1], names)) for _ in range(size - first)]
            fork["next"] = {yes: one[0]["id"], no: two[0]["id"]}
            # The second branch goes on to the node written after it, the join; the first jumps there.
            p.pending = [one[-1]]
            i += size
            since_fork, since_check = 0, since_check + size
            continue
        if since_check >= check_every and len(main_line) >= 3:
            target = main_line[-min(len(main_line), 2 + rnd.below(4))]
            check = p.add({"id": p.new_id("controle"), "kind": "decision",
                           "actor": rnd.pick(["prestataire", "referents", "financeur"]),
                           "label": rnd.pick(CHECKS).format(de(rnd.pick(OBJECTS)))})
            p.pending = [check]
            check["next_answers"] = ("oui", "non", target["id"])
            since_check = 0
            continue
        item = items[i]
        if item is None:
            main_line.append(p.add(p.general(lane(rnd), names)))
        else:
            actor = "equipe" if rnd.below(4) else "prestataire"
            p.add({"id": p.new_id("remise"), "actor": actor, "label": handover_label(rnd, actor, component_name(item)),
                   "hands_over": [item], "duration": (1 + rnd.below(6)) / 2})
        i += 1
        since_fork += 1
        since_check += 1


def handover_label(rnd, actor, name):
    while True:
        template = rnd.pick(HANDOVER_VERBS[actor])
        label = template.format(de(name) if "responsabilité" in template else name)
        if 3 <= words(label) <= 8:
            return label


def resolve_checks(p):
    """A check's 'oui' goes on to the node written after it, its 'non' back to its target."""
    for k, node in enumerate(p.nodes):
        if "next_answers" in node:
            yes, no, target = node.pop("next_answers")
            node["next"] = {yes: node.get("next") or p.nodes[k + 1]["id"], no: target}


def make_process(n, steps, rnd):
    generals = steps - n - 2  # less the hand-overs, the missing pieces sent and the validation
    before = round(generals * 0.7)
    prep = before // 4
    # Before the receipt: preparation, then the hand-overs spread over the rest.
    pre_items = [None] * prep
    rest = before - prep
    for k in range(n):
        pre_items += [None] * ((rest * (k + 1)) // n - (rest * k) // n) + [k]
    names = [component_name(i) for i in range(n)]
    p = Process(rnd)
    p.add({"id": "debut", "kind": "start", "actor": "financeur", "label": "Le financeur choisit un scénario"})
    write_segment(p, pre_items, names, rnd)
    receipt = p.add({"id": "reception", "kind": "decision", "role": "receipt", "actor": "prestataire",
                     "label": "Le prestataire a-t-il tout reçu\u00a0?"})
    p.add({"id": "complements", "actor": "equipe", "label": "Envoyer les éléments manquants au prestataire",
           "duration": 2, "next": "reception"})
    on_call = p.add({"id": "astreinte", "kind": "milestone", "actor": "prestataire",
                     "label": "Le prestataire assure désormais les urgences", "emergencies": "prestataire"})
    receipt["next"] = {"oui": on_call["id"], "non": "complements"}
    write_segment(p, [None] * (generals - before), names, rnd)
    p.add({"id": "validation", "role": "validation", "actor": "financeur",
           "label": "Le financeur valide la passation", "duration": 5})
    p.add({"id": "fin", "kind": "end", "actor": "financeur", "label": "Passation terminée"})
    resolve_checks(p)
    return p.nodes


def scenarios(n, together, needs, rnd):
    out = [("tout", "Tout est transféré au prestataire", None)]
    one = kept_closure({rnd.below(n)}, together, needs)
    if len(one) < n:
        names = ", ".join(component_name(i) for i in sorted(one)[:2])
        out.append(("garde-un", f"L'équipe garde {names}", sorted(one)))
    third = kept_closure({rnd.below(n) for _ in range(max(1, n // 3))}, together, needs)
    if len(third) < n and third != one:
        out.append(("garde-socle", "L'équipe garde le socle technique", sorted(third)))
    return out


def generate(n, steps, seed):
    if not 1 <= n <= 256:
        raise ValueError("--components must be between 1 and 256")
    if steps < n + 2:
        raise ValueError(f"--steps must be at least components + 2 = {n + 2} (one hand-over per component, "
                         "the missing pieces sent, the validation)")
    rules, together, needs = draw_model(n, seed)
    rnd = Sequence(seed ^ 0xA5A5A5A5A5A5A5A5)
    out = []
    w = out.append
    w(f"# Synthetic case written by bench/synthetic_case.py --components {n} --steps {steps} --seed {seed}")
    w(f"case: synthetique-{n}-{steps}-{seed}")
    title = f"Passation synthétique\u00a0: {n} éléments, {steps} étapes"
    w(f"title: {q(title)}")
    w("language: fr")
    w("actors:")
    for key, name, in_sentence, role, side in ACTORS:
        w(f"  {key}: {{name: {q(name)}, in_sentence: {q(in_sentence)}, role: {q(role)}, side: {side}}}")
    w("components:")
    for i in range(n):
        w(f"  c{i}: {{name: {q(capital(component_name(i)))}, holder: equipe}}")
    w("skills:")
    for s in range(SKILLS):
        w(f"  s{s}:")
        w(f"    label: {q(SKILL_LABELS[s])}")
        w("    levels:")
        for lv in range(LEVELS):
            w(f"      - {{id: l{lv}, label: {q(LEVEL_LABELS[lv])}}}")
    w("profiles:")
    for pr in range(PROFILES):
        levels = ", ".join(f"s{s}: l{min(LEVELS - 1, pr + (1 if s == pr % SKILLS else 0))}" for s in range(SKILLS))
        w(f"  - {{id: p{pr}, name: {q(PROFILE_NAMES[pr])}, skills: {{{levels}}}}}")
    w("rules:")
    for r in rules:
        when = f"transferred: [{', '.join(f'c{i}' for i in r['transferred'])}]"
        if r["kept"]:
            when += f", kept: [{', '.join(f'c{i}' for i in r['kept'])}]"
        skill, level = r["require"]
        line = f"  - {{{'id: ' + r['id'] + ', ' if r['id'] else ''}when: {{{when}}}, require: {{s{skill}: l{level}}}"
        if r["risk"]:
            line += f", risk: {q(r['risk'])}"
        w(line + "}")
    if together or needs:
        together_reason = q("Ces deux éléments ne vivent pas l'un sans l'autre")
        w("couplings:")
        for a, b in together:
            w(f"  - {{together: [c{a}, c{b}], reason: {together_reason}}}")
        for a, b in needs:
            w(f"  - {{component: c{a}, needs: [c{b}], reason: {q(f'{capital(component_name(a))} suppose {component_name(b)}')}}}")
    w("scenarios:")
    for key, title, kept in scenarios(n, together, needs, rnd):
        if kept is None:
            w(f"  {key}: {{title: {q(title)}, transfers: all}}")
        else:
            w(f"  {key}: {{title: {q(title)}, keeps: [{', '.join(f'c{i}' for i in kept)}]}}")
    w("emergencies: {held_by: equipe}")
    w("process:")
    for node in make_process(n, steps, rnd):
        fields = [f"id: {node['id']}"]
        if "kind" in node:
            fields.append(f"kind: {node['kind']}")
        if "role" in node:
            fields.append(f"role: {node['role']}")
        fields.append(f"actor: {node['actor']}")
        fields.append(f"label: {q(node['label'])}")
        if "hands_over" in node:
            fields.append(f"hands_over: [{', '.join(f'c{i}' for i in node['hands_over'])}]")
        if "emergencies" in node:
            fields.append(f"emergencies: {node['emergencies']}")
        if "duration" in node:
            fields.append(f"duration: {node['duration']:g}")
        if isinstance(node.get("next"), dict):
            fields.append("next: {" + ", ".join(f"{q(a)}: {t}" for a, t in node["next"].items()) + "}")
        elif "next" in node:
            fields.append(f"next: {node['next']}")
        w("  - {" + ", ".join(fields) + "}")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description="Writes a synthetic handover case file (YAML) for passation.")
    parser.add_argument("--components", type=int, default=8, help="components (default 8)")
    parser.add_argument("--steps", type=int, default=12, help="process steps (default 12; at least components + 2)")
    parser.add_argument("--seed", type=int, default=1, help="seed (default 1): the same seed gives the same file")
    parser.add_argument("-o", "--output", help="output file (default: standard output)")
    args = parser.parse_args()
    try:
        text = generate(args.components, args.steps, args.seed)
    except ValueError as e:
        parser.error(str(e))
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
