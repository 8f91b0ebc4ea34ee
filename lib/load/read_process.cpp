#include <algorithm>

#include <fmt/format.h>

#include "passation/limits.hpp"

#include "read_case.hpp"

namespace passation::detail {

namespace {

node_kind parse_kind(const std::string& s) {
  if (s == "start") return node_kind::start;
  if (s == "decision") return node_kind::decision;
  if (s == "milestone") return node_kind::milestone;
  if (s == "end") return node_kind::end;
  return node_kind::step;
}

node_role parse_role(const std::string& s) {
  if (s == "receipt") return node_role::receipt;
  if (s == "validation") return node_role::validation;
  return node_role::none;
}

void read_next(yaml_reader& r, const mapping& m, process_node& n, const std::string& what) {
  const YAML::Node next = m.get("next");
  const position at = m.value_where("next");
  if (n.kind == node_kind::decision) {
    if (!next.IsMap()) {
      r.error(at, fmt::format("the 'next' of {} must map each answer to a node, e.g. {{oui: a, non: b}}", what));
      return;
    }
    if (!r.within(next.size(), limits::answers, fmt::format("answers in {}", what), at)) return;
    // The answers are texts drawn on the arrows ("oui", "pas encore"…), not identifiers.
    for (auto it = next.begin(); it != next.end(); ++it) {
      const position key_at = yaml_reader::where(it->first, yaml_reader::where(it->second, at));
      const position value_at = yaml_reader::where(it->second, key_at);
      auto answer = r.scalar(it->first, fmt::format("an answer of {}", what), key_at);
      if (!answer) continue;
      if (answer->find_first_not_of(" \t") == std::string::npos) {
        r.error(key_at, fmt::format("an answer of {} is empty: write the answer, e.g. oui or non", what));
        continue;
      }
      const auto same = std::find_if(n.next.begin(), n.next.end(),
                                     [&](const branch& b) { return b.label.for_audience(audience::plain) == *answer; });
      if (same != n.next.end()) {
        r.error(key_at, fmt::format("the answer '{}' is written twice in {} (first at line {})", *answer, what,
                                    same->where.line));
        continue;
      }
      if (auto target = r.identifier(it->second, "a node id", value_at))
        n.next.push_back({text(*answer), *target, value_at});
    }
    return;
  }
  if (n.kind == node_kind::end) {
    r.error(at, fmt::format("{} is an end: it has no 'next'", what));
    return;
  }
  if (!next.IsScalar()) {
    r.error(at, fmt::format("the 'next' of {} must be the id of one node (only decisions have several)", what));
    return;
  }
  if (auto target = r.identifier(next, "a node id", at)) n.next.push_back({text{}, *target, at});
}

}  // namespace

std::vector<process_node> read_process(yaml_reader& r, const YAML::Node& node, position fallback) {
  std::vector<process_node> nodes;
  if (!node.IsSequence()) {
    r.error(yaml_reader::where(node, fallback), "'process' must be a list of steps, decisions and milestones");
    return nodes;
  }
  for (const YAML::Node& item : node) {
    const position at = yaml_reader::where(item, fallback);
    mapping m(r, item, "a process node",
              {"id", "kind", "role", "actor", "label", "detail", "when", "hands_over", "emergencies", "duration",
               "estimate", "next"},
              at);
    if (!m.valid()) continue;
    process_node n;
    n.where = at;
    m.require("id", "a process node");
    m.read_identifier("id", n.id, "a node id");
    if (m.has("kind")) {
      if (auto k = r.choice(m.get("kind"), "the kind of a node", {"start", "step", "decision", "milestone", "end"},
                            m.value_where("kind"))) {
        n.kind = parse_kind(*k);
      }
    }
    const std::string what = fmt::format("{} '{}'", to_string(n.kind), n.id);
    if (m.has("role")) {
      if (auto role = r.choice(m.get("role"), "the role of a node", {"receipt", "validation"}, m.value_where("role"))) {
        n.role = parse_role(*role);
      }
    }
    m.read_identifier("actor", n.actor, what + " actor");
    m.read_text("label", n.label, what + " label");
    m.read_text("detail", n.detail, what + " detail");
    if (m.has("when")) n.when = read_condition(r, m.get("when"), m.value_where("when"));
    if (m.has("hands_over")) {
      for (auto& [id, pos] : r.identifiers(m.get("hands_over"), "a component", m.value_where("hands_over"))) {
        n.hands_over.push_back(id);
      }
    }
    if (m.has("emergencies")) {
      if (auto a = r.identifier(m.get("emergencies"), what + " holder of emergencies", m.value_where("emergencies"))) {
        n.emergencies = *a;
        n.emergencies_where = m.value_where("emergencies");
      }
    }
    if (m.has("duration")) {
      n.duration_days = r.days(m.get("duration"), what + " duration", limits::step_days, m.value_where("duration"));
    }
    if (m.has("estimate")) {
      if (auto e = r.choice(m.get("estimate"), what + " estimate", {"duration", "step"}, m.value_where("estimate"))) {
        n.estimate = *e == "step" ? estimate_kind::step : estimate_kind::duration;
      }
    }
    if (m.has("next")) read_next(r, m, n, what);
    nodes.push_back(std::move(n));
  }
  return nodes;
}

}  // namespace passation::detail
