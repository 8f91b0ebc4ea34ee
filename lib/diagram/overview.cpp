#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "diagram/flowchart_parts.hpp"
#include "passation/flowchart.hpp"
#include "passation/process.hpp"
#include "words/words.hpp"

namespace passation {

namespace {

// The overview is built on template nodes (indices in handover_case::process). A node every
// scenario has is drawn once, as itself. The nodes only some scenarios have form regions (those
// linked to each other, or entered from or left to the same shared node); each region becomes a
// diamond with one branch per scenario: to a box listing that scenario's steps there, or, for a
// scenario with none, straight to where it goes on. The first region's diamond is the funder's
// choice, and its boxes sum each scenario up. A shared box only says what holds in every scenario:
// who does it and who holds emergencies are said per scenario when they differ.

using scenario_set = std::set<std::size_t>;  // indices in handover_case::scenarios

struct template_edge {
  std::size_t from, to;
  std::string label;
  bool closes_loop;
  friend auto operator<=>(const template_edge&, const template_edge&) = default;
};

// A union-find over template nodes, to group the nodes some scenarios lack into regions.
struct regions_of {
  std::vector<std::size_t> parent;
  explicit regions_of(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t root(std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }
  void join(std::size_t a, std::size_t b) { parent[root(a)] = root(b); }
};

class overview_builder {
 public:
  overview_builder(const handover_case& c, const flowchart_options& options)
      : c_(c), a_(options.reader), lang_(options.lang.value_or(c.lang)), w_(detail::words_for(lang_)) {}

  diagram build() {
    d_.title = c_.title.for_audience(a_);
    d_.subtitle = fmt::format("{} — {}", w_.overview, a_ == audience::plain ? w_.plain_view : w_.technical_view);
    d_.legend_title = std::string(w_.legend);
    if (c_.scenarios.empty()) return detail::typeset(std::move(d_), lang_);
    gather();
    find_regions();
    draw_nodes();
    draw_edges();
    detail::add_kind_legend(d_, w_);
    d_.legend.push_back({diagram_node_kind::summary, no_tone, std::string(w_.summary), {}});
    for (std::size_t i = 0; i < tones_.size(); ++i) {
      d_.legend.push_back(
          {diagram_node_kind::step, i, std::string(w_.step), fmt::format(fmt::runtime(w_.emergencies), tones_[i])});
    }
    if (depends_drawn_) {
      d_.legend.push_back({diagram_node_kind::step, no_tone, std::string(w_.step),
                           fmt::format(fmt::runtime(w_.emergencies), w_.depends)});
    }
    return detail::typeset(std::move(d_), lang_);
  }

 private:
  // Every scenario's process, which template nodes each has, and the edges between them.
  void gather() {
    for (const scenario& s : c_.scenarios) processes_.push_back(build_process(c_, s));
    const std::size_t count = c_.process.size();
    in_.assign(count, {});
    state_.assign(processes_.size(), std::vector<std::optional<process_graph::vertex>>(count));
    for (std::size_t s = 0; s < processes_.size(); ++s) {
      const process_graph& p = processes_[s];
      for (auto v : boost::make_iterator_range(boost::vertices(p.graph))) {
        in_[p.graph[v].node].insert(s);
        state_[s][p.graph[v].node] = v;
      }
      // In reading order, each state's transitions as written: a decision's answers keep their order.
      for (auto v : p.reading_order()) {
        for (auto e : boost::make_iterator_range(boost::out_edges(v, p.graph))) {
          const template_edge te{p.graph[v].node, p.graph[boost::target(e, p.graph)].node,
                                 p.graph[e].label.for_audience(a_), p.graph[e].closes_loop};
          const auto [at, fresh] = edge_index_.emplace(te, edges_.size());
          if (fresh) edges_.push_back({te, {}});
          edges_[at->second].second.insert(s);
        }
      }
    }
    // One reading order for all: the first scenario's, each later scenario's own nodes inserted
    // after the node they follow in it.
    for (const auto& process : processes_) {
      std::size_t after = 0;
      for (auto v : process.reading_order()) {
        const std::size_t i = process.graph[v].node;
        auto at = std::find(order_.begin(), order_.end(), i);
        if (at == order_.end())
          at = order_.insert(order_.begin() + static_cast<std::ptrdiff_t>(std::min(after, order_.size())), i);
        after = static_cast<std::size_t>(at - order_.begin()) + 1;
      }
    }
  }

  bool shared(std::size_t i) const { return in_[i].size() == processes_.size(); }
  bool present(std::size_t i) const { return !in_[i].empty(); }
  bool everywhere(const scenario_set& s) const { return s.size() == processes_.size(); }

  // Regions: the nodes only some scenarios have, linked to each other or sharing a way in or out.
  void find_regions() {
    regions_of groups(c_.process.size());
    std::map<std::size_t, std::size_t> first_in, first_out;  // shared node -> a region node it leads to / from
    for (const auto& [e, scenarios] : edges_) {
      const bool from_own = present(e.from) && !shared(e.from), to_own = present(e.to) && !shared(e.to);
      if (from_own && to_own) groups.join(e.from, e.to);
      if (!from_own && to_own && !e.closes_loop) {
        if (auto [it, fresh] = first_in.emplace(e.from, e.to); !fresh) groups.join(it->second, e.to);
      }
      if (from_own && !to_own && !e.closes_loop) {
        if (auto [it, fresh] = first_out.emplace(e.to, e.from); !fresh) groups.join(it->second, e.from);
      }
    }
    region_of_.assign(c_.process.size(), none);
    for (std::size_t i : order_) {
      if (shared(i)) continue;
      const std::size_t r = groups.root(i);
      auto known = std::find(region_roots_.begin(), region_roots_.end(), r);
      if (known == region_roots_.end()) known = region_roots_.insert(region_roots_.end(), r);
      region_of_[i] = static_cast<std::size_t>(known - region_roots_.begin());
    }
    regions_ = region_roots_.size();
    entered_from_.assign(c_.process.size(), none);
    for (const auto& [e, scenarios] : edges_) {
      if (!e.closes_loop && region_of_[e.to] != none && entered_from_[e.from] == none)
        entered_from_[e.from] = region_of_[e.to];
    }
  }

  // What differs from one scenario to another, said once when it is the same everywhere, else
  // per scenario ("A, B1 : …" ; "B2 : …"); empty texts are left out.
  std::string per_scenario(const std::vector<std::string>& texts) const {
    std::vector<std::pair<std::string, std::string>> groups;  // text, scenario ids
    for (std::size_t s = 0; s < texts.size(); ++s) {
      auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == texts[s]; });
      if (it == groups.end()) it = groups.insert(groups.end(), {texts[s], {}});
      it->second += (it->second.empty() ? "" : std::string(w_.list_separator)) + c_.scenarios[s].id;
    }
    if (groups.size() == 1) return groups.front().first;
    std::string out;
    for (const auto& [text, ids] : groups) {
      if (text.empty()) continue;
      out +=
          (out.empty() ? "" : std::string(w_.share_separator)) + fmt::format(fmt::runtime(w_.per_scenario), ids, text);
    }
    return out;
  }

  // A colour per holder of emergencies; none where it depends on the scenario (a colour would
  // read as one of the holders).
  std::size_t tone_of(const std::string& holding) {
    if (holding.empty()) return no_tone;
    if (holding == w_.depends) {
      depends_drawn_ = true;
      return no_tone;
    }
    auto it = std::find(tones_.begin(), tones_.end(), holding);
    if (it == tones_.end()) it = tones_.insert(tones_.end(), holding);
    return static_cast<std::size_t>(it - tones_.begin());
  }

  std::string holding_in(std::size_t s, process_graph::vertex v) const {
    return detail::emergencies_text(c_, processes_[s].graph[v].emergency_shares(), a_, w_);
  }

  // A shared node: who does it and who holds emergencies, said per scenario where they differ.
  diagram_node shared_node(std::size_t i) {
    const process_node& n = c_.process[i];
    diagram_node dn;
    dn.key = n.id;
    dn.kind = detail::drawn_kind(n.kind);
    dn.label = detail::node_label(n, a_, w_);
    std::vector<std::string> doers, holdings;
    for (std::size_t s = 0; s < processes_.size(); ++s) {
      const auto v = *state_[s][i];
      const std::string& who = processes_[s].graph[v].actor;
      doers.push_back(who.empty() ? std::string{} : detail::actor_name(c_, who, a_));
      holdings.push_back(holding_in(s, v));
    }
    if (n.kind != node_kind::start && n.kind != node_kind::end) {
      if (std::string doer = per_scenario(doers); !doer.empty()) dn.details.push_back(std::move(doer));
    }
    const bool same =
        std::all_of(holdings.begin(), holdings.end(), [&](const std::string& h) { return h == holdings.front(); });
    const std::string holding = same ? holdings.front() : std::string(w_.depends);
    dn.tone = tone_of(holding);
    if ((n.kind == node_kind::step || n.kind == node_kind::milestone) && !holding.empty()) {
      dn.badge = fmt::format(fmt::runtime(w_.emergencies), holding);
    }
    return dn;
  }

  // The steps scenario `s` has in region `r`, in its reading order.
  std::vector<std::string> own_steps(std::size_t s, std::size_t r) const {
    std::vector<std::string> steps;
    for (auto v : processes_[s].reading_order()) {
      const std::size_t i = processes_[s].graph[v].node;
      if (region_of_[i] == r) steps.push_back(detail::node_label(c_.process[i], a_, w_));
    }
    return steps;
  }

  // One line per item: a list reads better than a sentence of names. `heading` is the line's
  // start ("Transféré :"), or the whole line when `all` ("tout", "rien") stands for the list.
  static void add_list(diagram_node& box, std::string heading, const std::vector<std::string>& items) {
    while (!heading.empty() && heading.back() == ' ') heading.pop_back();
    box.details.push_back(std::move(heading));
    for (const std::string& item : items) box.details.push_back("• " + item);
  }

  // The box of scenario `s` in region `r`; the first region's also sums the scenario up.
  diagram_node scenario_box(std::size_t s, std::size_t r) {
    const scenario& sc = c_.scenarios[s];
    const process_graph& p = processes_[s];
    diagram_node box;
    box.key = r == 0 ? "scenario-" + sc.id : fmt::format("scenario-{}-{}", sc.id, r + 1);
    box.kind = diagram_node_kind::summary;
    box.label = fmt::format(fmt::runtime(w_.scenario), sc.id, sc.title.for_audience(a_));
    if (r == 0) {
      std::vector<std::string> moved, kept;
      for (std::size_t k = 0; k < c_.components.size(); ++k) {
        (p.parts.is_transferred(k) ? moved : kept).push_back(c_.components[k].name.for_audience(a_));
      }
      const std::string keeper = detail::keeper_name(c_, a_, w_);
      if (kept.empty() || moved.empty()) {
        box.details.push_back(fmt::format(fmt::runtime(w_.transferred), kept.empty() ? w_.everything : w_.nothing));
      } else {
        add_list(box, fmt::format(fmt::runtime(w_.transferred), ""), moved);
      }
      if (kept.empty()) {
        box.details.push_back(fmt::format(fmt::runtime(w_.kept), keeper, w_.nothing));
      } else {
        add_list(box, fmt::format(fmt::runtime(w_.kept), keeper, ""), kept);
      }
      if (receivers_differ_) {
        if (const auto takers = receiver_shares(c_, p.parts); !takers.empty()) {
          box.details.push_back(
              fmt::format(fmt::runtime(w_.taken_over_by), detail::emergencies_text(c_, takers, a_, w_)));
        }
      }
      if (endings_differ_) {
        for (auto v : p.reading_order()) {
          if (p.node(v).kind != node_kind::end) continue;
          box.details.push_back(fmt::format(fmt::runtime(w_.then_emergencies), holding_in(s, v)));
          break;
        }
      }
    }
    if (const auto steps = own_steps(s, r); !steps.empty()) {
      add_list(box, fmt::format(fmt::runtime(w_.scenario_steps), ""), steps);
    }
    return box;
  }

  // Does scenario `s` have a box in region `r`: always in the first, else when it has steps there.
  bool has_box(std::size_t s, std::size_t r) const { return r == 0 || !own_steps(s, r).empty(); }

  void draw_nodes() {
    // Said in the first boxes only when it tells the scenarios apart.
    std::set<std::vector<std::string>> receiver_sets;
    std::set<std::string> endings;
    for (std::size_t s = 0; s < processes_.size(); ++s) {
      const process_graph& p = processes_[s];
      receiver_sets.insert(receivers_of(c_, p.parts));
      for (auto v : p.reading_order()) {
        if (p.node(v).kind == node_kind::end) {
          endings.insert(holding_in(s, v));
          break;
        }
      }
    }
    receivers_differ_ = receiver_sets.size() > 1 || std::any_of(receiver_sets.begin(), receiver_sets.end(),
                                                                [](const auto& r) { return r.size() > 1; });
    endings_differ_ = endings.size() > 1;

    // Without a region, the funder's choice comes right after the start.
    const bool choice_first = regions_ == 0;
    diamond_.assign(std::max<std::size_t>(regions_, 1), none);
    boxes_.assign(std::max<std::size_t>(regions_, 1), std::vector<std::size_t>(processes_.size(), none));
    index_of_.assign(c_.process.size(), none);
    std::vector<bool> region_drawn(diamond_.size(), false);
    auto draw_region = [&](std::size_t r) {
      if (region_drawn[r]) return;
      region_drawn[r] = true;
      diamond_[r] = d_.nodes.size();
      d_.nodes.push_back({r == 0 ? "scenario-choice" : fmt::format("scenario-choice-{}", r + 1),
                          diagram_node_kind::decision,
                          std::string(r == 0 ? w_.which_scenario : w_.depending),
                          {},
                          {},
                          no_lane,
                          no_tone});
      for (std::size_t s = 0; s < processes_.size(); ++s) {
        if (!has_box(s, r)) continue;
        boxes_[r][s] = d_.nodes.size();
        d_.nodes.push_back(scenario_box(s, r));
      }
    };
    for (std::size_t i : order_) {
      if (shared(i)) {
        index_of_[i] = d_.nodes.size();
        d_.nodes.push_back(shared_node(i));
        if (choice_first && c_.process[i].kind == node_kind::start) draw_region(0);
      } else {
        draw_region(region_of_[i]);
      }
    }
    if (choice_first) draw_region(0);
  }

  void add_edge(std::size_t from, std::size_t to, const std::string& label, bool loop) {
    if (from == none || to == none) return;
    if (added_.emplace(from, to, label).second) d_.edges.push_back({from, to, label, loop});
  }

  std::string ids(const scenario_set& scenarios) const {
    std::string out;
    for (std::size_t s : scenarios) out += (out.empty() ? "" : std::string(w_.list_separator)) + c_.scenarios[s].id;
    return out;
  }

  // The region a shared node leads into in some scenarios, if any (worked out in find_regions).
  std::size_t region_entered_from(std::size_t from) const { return entered_from_[from]; }

  void draw_edges() {
    if (regions_ == 0) {
      draw_edges_without_regions();
      return;
    }
    // Into each diamond: from the shared nodes that lead into its region.
    for (const auto& [e, scenarios] : edges_) {
      if (region_of_[e.from] == none && region_of_[e.to] != none) {
        add_edge(index_of_[e.from], diamond_[region_of_[e.to]], e.label, e.closes_loop);
      }
    }
    // Out of each diamond: one branch per scenario, in the case's order, to its box, or where the
    // scenario goes on when it has nothing of its own there (scenarios that go the same way share it).
    for (std::size_t r = 0; r < regions_; ++r) {
      std::vector<std::pair<std::size_t, scenario_set>> onward;  // target, scenarios
      for (std::size_t s = 0; s < processes_.size(); ++s) {
        if (boxes_[r][s] != none) {
          add_edge(diamond_[r], boxes_[r][s], c_.scenarios[s].id, false);
          continue;
        }
        for (const auto& [e, scenarios] : edges_) {
          if (!scenarios.count(s) || everywhere(scenarios) || region_of_[e.from] != none || region_of_[e.to] != none ||
              e.closes_loop || region_entered_from(e.from) != r) {
            continue;
          }
          const std::size_t to = index_of_[e.to];
          auto it = std::find_if(onward.begin(), onward.end(), [to](const auto& o) { return o.first == to; });
          if (it == onward.end()) it = onward.insert(onward.end(), {to, {}});
          it->second.insert(s);
          bypassed_[e].insert(s);
        }
      }
      for (const auto& [target, scenarios] : onward) add_edge(diamond_[r], target, ids(scenarios), false);
    }
    // Out of the boxes, in the case's order: where each scenario goes from its steps there.
    for (std::size_t s = 0; s < processes_.size(); ++s) {
      for (const auto& [e, scenarios] : edges_) {
        if (region_of_[e.from] == none || region_of_[e.to] != none || !scenarios.count(s)) continue;
        add_edge(boxes_[region_of_[e.from]][s], index_of_[e.to], {}, e.closes_loop);
      }
    }
    // Between shared nodes: as they are when every scenario has them; else labelled with the
    // scenarios that take them, unless a diamond already says so.
    for (const auto& [e, scenarios] : edges_) {
      if (region_of_[e.from] != none || region_of_[e.to] != none) continue;
      if (everywhere(scenarios)) {
        add_edge(index_of_[e.from], index_of_[e.to], e.label, e.closes_loop);
        continue;
      }
      scenario_set left;  // the scenarios no diamond already sends this way
      for (std::size_t s : scenarios) {
        if (!bypassed_[e].count(s)) left.insert(s);
      }
      if (!left.empty()) {
        add_edge(index_of_[e.from], index_of_[e.to], e.label.empty() ? ids(left) : e.label + " (" + ids(left) + ")",
                 e.closes_loop);
      }
    }
  }

  // Every scenario has the same steps: the choice follows the start, each box leads to where the
  // start leads.
  void draw_edges_without_regions() {
    for (const auto& [e, scenarios] : edges_) {
      const bool from_start = c_.process[e.from].kind == node_kind::start;
      if (from_start) {
        add_edge(index_of_[e.from], diamond_[0], e.label, false);
        for (std::size_t s : scenarios) add_edge(boxes_[0][s], index_of_[e.to], {}, false);
      } else {
        add_edge(index_of_[e.from], index_of_[e.to],
                 everywhere(scenarios) ? e.label : e.label + " (" + ids(scenarios) + ")", e.closes_loop);
      }
    }
    for (std::size_t s = 0; s < processes_.size(); ++s) add_edge(diamond_[0], boxes_[0][s], c_.scenarios[s].id, false);
  }

  static constexpr std::size_t none = static_cast<std::size_t>(-1);

  const handover_case& c_;
  audience a_;
  language lang_;
  const detail::words& w_;
  diagram d_;
  std::vector<process_graph> processes_;
  std::vector<scenario_set> in_;                                          // template node -> scenarios
  std::vector<std::vector<std::optional<process_graph::vertex>>> state_;  // scenario, node -> state
  std::vector<std::pair<template_edge, scenario_set>> edges_;             // in the first scenario's reading order
  std::map<template_edge, std::size_t> edge_index_;                       // where each is in edges_
  std::vector<std::size_t> order_;      // template nodes that take place somewhere, in reading order
  std::vector<std::size_t> region_of_;  // template node -> region, or none for a shared node
  std::vector<std::size_t> region_roots_;
  std::vector<std::size_t> entered_from_;  // template node -> the region it leads into, or none
  std::size_t regions_ = 0;
  std::vector<std::size_t> index_of_;            // template node -> diagram node
  std::vector<std::size_t> diamond_;             // region -> diagram node
  std::vector<std::vector<std::size_t>> boxes_;  // region, scenario -> diagram node
  std::vector<std::string> tones_;
  std::set<std::tuple<std::size_t, std::size_t, std::string>> added_;
  std::map<template_edge, scenario_set> bypassed_;  // shared edges a diamond's branch already draws
  bool receivers_differ_ = false;
  bool endings_differ_ = false;
  bool depends_drawn_ = false;
};

}  // namespace

diagram make_overview(const handover_case& c, const flowchart_options& options) {
  return overview_builder(c, options).build();
}

}  // namespace passation
