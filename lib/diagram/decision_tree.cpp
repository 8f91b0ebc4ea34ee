#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "diagram/flowchart_parts.hpp"
#include "passation/analysis.hpp"
#include "passation/explore.hpp"
#include "passation/flowchart.hpp"
#include "words/words.hpp"

namespace passation {

namespace {

// What the tree ends on: a named scenario, or an explored split without a name.
struct outcome {
  split parts;
  std::optional<std::size_t> scenario;
  std::uint64_t rank = 0;
};

// "L'adresse internet" → "l'adresse internet", but "SMS" stays: only a capital followed by a
// lower-case letter or an apostrophe is lowered (the words of a name inside a question).
std::string in_question(std::string name) {
  if (name.size() >= 2 && name[0] >= 'A' && name[0] <= 'Z' && !(name[1] >= 'A' && name[1] <= 'Z')) {
    name[0] = static_cast<char>(name[0] - 'A' + 'a');
  }
  return name;
}

class tree_builder {
 public:
  tree_builder(const handover_case& c, audience a, const detail::words& w, diagram& d)
      : c_(c), a_(a), w_(w), d_(d), keeper_(detail::keeper_name(c, a, w)) {}

  // Adds the subtree that tells `group` apart; returns its root.
  std::size_t build(const std::vector<outcome>& group) {
    if (group.size() == 1) return leaf(group.front());
    // The component whose answer splits the group most evenly (ties: the case's order).
    std::optional<std::size_t> best;
    std::size_t best_size = group.size();
    for (std::size_t k = 0; k < c_.components.size(); ++k) {
      const auto kept = static_cast<std::size_t>(
          std::count_if(group.begin(), group.end(), [&](const outcome& o) { return !o.parts.is_transferred(k); }));
      if (kept == 0 || kept == group.size()) continue;
      const std::size_t larger = std::max(kept, group.size() - kept);
      if (larger < best_size) {
        best_size = larger;
        best = k;
      }
    }
    if (!best) return ask_who_takes_over(group);
    // Components that every outcome of the group moves or keeps together are asked about together
    // ("Garder les données et l'hébergement chez le CREAI ?").
    std::vector<std::string> names;
    for (std::size_t k = 0; k < c_.components.size(); ++k) {
      const bool same = std::all_of(group.begin(), group.end(), [&](const outcome& o) {
        return o.parts.is_transferred(k) == o.parts.is_transferred(*best);
      });
      if (same) names.push_back(in_question(c_.components[k].name.for_audience(a_)));
    }
    std::string asked;
    for (std::size_t i = 0; i < names.size(); ++i) {
      asked += (i == 0                  ? ""
                : i + 1 == names.size() ? std::string(w_.list_and)
                                        : std::string(w_.list_separator)) +
               names[i];
    }
    std::vector<outcome> keep, move;
    for (const outcome& o : group) (o.parts.is_transferred(*best) ? move : keep).push_back(o);
    const std::size_t question = d_.nodes.size();
    d_.nodes.push_back({fmt::format("keep-{}-{}", c_.components[*best].id, question),
                        diagram_node_kind::decision,
                        fmt::format(fmt::runtime(w_.keep_question), asked, keeper_),
                        {},
                        {},
                        no_lane,
                        no_tone});
    // What each answer implies for the funder: who stays responsible, and the contractor it takes.
    d_.nodes[question].details.push_back(implication(w_.tree_yes_keeps, keep));
    d_.nodes[question].details.push_back(implication(w_.tree_no_moves, move));
    const std::size_t yes = build(keep);
    const std::size_t no = build(move);
    d_.edges.push_back({question, yes, std::string(w_.yes), false});
    d_.edges.push_back({question, no, std::string(w_.no), false});
    return question;
  }

  // Outcomes that move the same components can still go to different teams: ask who takes over,
  // one answer per team (or teams) in the order they first come; the same split under several
  // names and the same receivers ends on the first of them.
  std::size_t ask_who_takes_over(const std::vector<outcome>& group) {
    std::vector<std::pair<std::string, std::vector<outcome>>> answers;
    for (const outcome& o : group) {
      std::string who;
      for (const std::string& id : receivers_of(c_, o.parts)) {
        const actor* a = c_.find_actor(id);
        who += (who.empty() ? "" : " + ") + (a ? a->name.for_audience(a_) : id);
      }
      auto it = std::find_if(answers.begin(), answers.end(), [&](const auto& answer) { return answer.first == who; });
      if (it == answers.end()) it = answers.insert(answers.end(), {who, {}});
      it->second.push_back(o);
    }
    if (answers.size() == 1) return leaf(group.front());
    const std::size_t question = d_.nodes.size();
    d_.nodes.push_back({fmt::format("who-takes-over-{}", question),
                        diagram_node_kind::decision,
                        std::string(w_.who_takes_over),
                        {},
                        {},
                        no_lane,
                        no_tone});
    for (const auto& [who, outcomes] : answers) d_.edges.push_back({question, build(outcomes), who, false});
    return question;
  }

 private:
  std::size_t leaf(const outcome& o) {
    diagram_node n;
    n.kind = diagram_node_kind::summary;
    if (o.scenario) {
      const scenario& s = c_.scenarios[*o.scenario];
      n.key = "scenario-" + s.id;
      n.label = fmt::format(fmt::runtime(w_.scenario), s.id, s.title.for_audience(a_));
    } else {
      n.key = fmt::format("split-{}", o.rank);
      n.label = fmt::format(fmt::runtime(w_.split_number), o.rank);
      std::vector<std::string> kept;
      for (std::size_t k = 0; k < c_.components.size(); ++k) {
        if (!o.parts.is_transferred(k)) kept.push_back(c_.components[k].name.for_audience(a_));
      }
      std::string list;
      for (const std::string& item : kept) list += (list.empty() ? "" : ", ") + item;
      n.details.push_back(fmt::format(fmt::runtime(w_.kept), keeper_, kept.empty() ? std::string(w_.nothing) : list));
    }
    // What the scenario means for the funder: what stays, the contractor to find and how hard it
    // is, the first risk.
    const assessment a = assess(c_, o.parts);
    if (o.scenario) {
      std::vector<std::string> kept;
      for (std::size_t k = 0; k < c_.components.size(); ++k) {
        if (!o.parts.is_transferred(k)) kept.push_back(detail::in_list(c_.components[k].name.for_audience(a_)));
      }
      std::string list;
      for (const std::string& item : kept) list += (list.empty() ? "" : std::string(w_.list_separator)) + item;
      n.details.push_back(fmt::format(fmt::runtime(w_.kept), keeper_, kept.empty() ? std::string(w_.nothing) : list));
    }
    if (a.profile) n.details.push_back(contractor_of(*a.profile));
    n.details.push_back(a.risks.empty()
                            ? std::string(w_.brief_no_risk)
                            : fmt::format(fmt::runtime(w_.risks_line), a.risks.front().what.for_audience(a_)));
    const std::size_t index = d_.nodes.size();
    d_.nodes.push_back(std::move(n));
    return index;
  }

  // "Agence web … — plus difficile à trouver": the profile's name and where it stands in the case's
  // list, least demanding first.
  std::string contractor_of(std::size_t p) const {
    std::string name = c_.profiles[p].name.for_audience(a_);
    if (c_.profiles.size() < 2) return name;
    const std::string_view ease = p == 0                        ? w_.tree_easier
                                  : p + 1 == c_.profiles.size() ? w_.tree_harder
                                                                : w_.tree_middle;
    return fmt::format("{} — {}", name, ease);
  }

  // "Oui : le CREAI en reste responsable ; prestataire moins spécialisé possible".
  std::string implication(std::string_view head, const std::vector<outcome>& branch) const {
    std::string line = fmt::format(fmt::runtime(head), keeper_);
    // When every outcome of the answer needs the same kind of contractor, it is said.
    std::optional<std::optional<std::size_t>> needed;
    bool same = true;
    for (const outcome& o : branch) {
      const std::optional<std::size_t> p = assess(c_, o.parts).profile;
      if (!needed) needed = p;
      same = same && *needed == p;
    }
    if (same && needed && *needed)
      line += std::string(w_.share_separator) + c_.profiles[**needed].name.for_audience(a_);
    return line;
  }

  const handover_case& c_;
  audience a_;
  const detail::words& w_;
  diagram& d_;
  std::string keeper_;
};

}  // namespace

diagram make_decision_tree(const handover_case& c, const decision_tree_options& options) {
  const audience a = options.reader;
  const detail::words& w = detail::words_for(options.lang.value_or(c.lang));
  diagram d;
  d.title = c.title.for_audience(a);
  d.subtitle = std::string(w.tree_title);
  d.legend_title = std::string(w.legend);

  std::vector<outcome> outcomes;
  for (std::size_t s = 0; s < c.scenarios.size(); ++s) {
    const split parts = split_of(c, c.scenarios[s]);
    if (broken_couplings(c, parts).empty()) outcomes.push_back({parts, s, 0});
  }
  if (options.with_variants) {
    for (const explored_split& e : explore(c, {.limit = options.variants}).ranked) {
      if (!e.scenario) outcomes.push_back({e.parts, std::nullopt, e.rank});
    }
  }
  if (outcomes.empty()) return detail::typeset(std::move(d), options.lang.value_or(c.lang));

  d.nodes.push_back({"start", diagram_node_kind::start, std::string(w.choose), {}, {}, no_lane, no_tone});
  tree_builder builder(c, a, w, d);
  const std::size_t root = builder.build(outcomes);
  d.edges.push_back({0, root, {}, false});

  detail::add_kind_legend(d, w);
  d.legend.push_back({diagram_node_kind::summary, no_tone, std::string(w.outcome), {}});
  return detail::typeset(std::move(d), options.lang.value_or(c.lang));
}

}  // namespace passation
