#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "flowchart_parts.hpp"
#include "passation/flowchart.hpp"
#include "passation/process.hpp"
#include "words/words.hpp"

namespace passation {

namespace {

// The overview is built on template nodes (indices in handover_case::process). Nodes every
// scenario has are drawn once; where the scenarios part ways, the funder's choice is a decision
// with one branch per scenario, each to a box that sums the scenario up; the branches meet again
// where the scenarios share their steps again.
struct template_edge {
  std::size_t from, to;
  std::string label;
  bool closes_loop;
  friend auto operator<=>(const template_edge&, const template_edge&) = default;
};

std::set<std::size_t> reach(const std::set<template_edge>& edges, const std::set<std::size_t>& roots, bool forward) {
  std::set<std::size_t> seen;
  std::deque<std::size_t> todo(roots.begin(), roots.end());
  while (!todo.empty()) {
    const std::size_t u = todo.front();
    todo.pop_front();
    for (const template_edge& e : edges) {
      if (e.closes_loop) continue;
      const std::size_t from = forward ? e.from : e.to;
      const std::size_t to = forward ? e.to : e.from;
      if (from == u && seen.insert(to).second) todo.push_back(to);
    }
  }
  return seen;
}

}  // namespace

diagram make_overview(const handover_case& c, const flowchart_options& options) {
  const audience a = options.reader;
  const detail::words& w = detail::words_for(options.lang.value_or(c.lang));

  diagram d;
  d.title = c.title.for_audience(a);
  d.subtitle = fmt::format("{} — {}", w.overview, a == audience::plain ? w.plain_view : w.technical_view);
  d.legend_title = std::string(w.legend);
  if (c.scenarios.empty()) return d;

  std::vector<process_graph> processes;
  for (const scenario& s : c.scenarios) processes.push_back(build_process(c, s));

  // Which template nodes each scenario has, and the edges between them.
  const std::size_t count = c.process.size();
  std::vector<std::size_t> present(count, 0);
  std::set<template_edge> edges;
  std::vector<std::set<template_edge>> edges_of(processes.size());
  std::map<std::size_t, std::string> holder_of;
  for (std::size_t s = 0; s < processes.size(); ++s) {
    const process_graph& p = processes[s];
    for (auto v : boost::make_iterator_range(boost::vertices(p.graph))) {
      ++present[p.graph[v].node];
      holder_of.emplace(p.graph[v].node, p.graph[v].emergency_holder);
    }
    for (auto e : boost::make_iterator_range(boost::edges(p.graph))) {
      template_edge te{p.graph[boost::source(e, p.graph)].node, p.graph[boost::target(e, p.graph)].node,
                       p.graph[e].label.for_audience(a), p.graph[e].closes_loop};
      edges.insert(te);
      edges_of[s].insert(te);
    }
  }
  std::set<std::size_t> common, specific;
  for (std::size_t i = 0; i < count; ++i) {
    if (present[i] == processes.size()) common.insert(i);
    else if (present[i] > 0) specific.insert(i);
  }

  // Before the scenarios part (P), after they meet again (Q), and shared steps in between (M).
  std::set<std::size_t> before, after;
  if (specific.empty()) {
    // No step depends on the scenario: the choice comes right after the start.
    for (std::size_t i : common) {
      if (c.process[i].kind == node_kind::start) before.insert(i);
      else after.insert(i);
    }
  } else {
    const auto downstream = reach(edges, specific, true);
    const auto upstream = reach(edges, specific, false);
    for (std::size_t i : common) {
      if (!downstream.count(i)) before.insert(i);
      else if (!upstream.count(i)) after.insert(i);
    }
  }
  auto drawn = [&](std::size_t i) { return before.count(i) || after.count(i); };

  // Nodes drawn as themselves, in the reading order of the first scenario.
  std::map<std::size_t, std::size_t> index_of;
  std::vector<std::string> holders;
  for (auto v : processes.front().reading_order()) {
    const std::size_t i = processes.front().graph[v].node;
    if (!drawn(i)) continue;
    const process_node& n = c.process[i];
    diagram_node dn;
    dn.key = n.id;
    dn.kind = detail::drawn_kind(n.kind);
    dn.label = detail::node_label(n, a, w);
    if (!n.actor.empty() && n.kind != node_kind::start && n.kind != node_kind::end) {
      dn.details.push_back(detail::actor_name(c, n.actor, a));
    }
    const std::string& holder = holder_of[i];
    auto known = std::find(holders.begin(), holders.end(), holder);
    if (known == holders.end() && !holder.empty()) known = holders.insert(holders.end(), holder);
    dn.tone = static_cast<std::size_t>(known - holders.begin());
    if ((n.kind == node_kind::step || n.kind == node_kind::milestone) && !holder.empty()) {
      dn.badge = fmt::format(fmt::runtime(w.emergencies), detail::actor_name(c, holder, a));
    }
    index_of[i] = d.nodes.size();
    d.nodes.push_back(std::move(dn));
  }

  // The funder's choice, and one summary box per scenario.
  const std::size_t choice = d.nodes.size();
  d.nodes.push_back(
      {"scenario-choice", diagram_node_kind::decision, std::string(w.which_scenario), {}, {}, no_lane, no_tone});
  const actor* current = c.first_on(actor_side::current);
  const std::string keeper = current ? current->called().for_audience(a) : std::string(w.current_team);
  std::vector<std::size_t> boxes;
  for (std::size_t s = 0; s < c.scenarios.size(); ++s) {
    const scenario& sc = c.scenarios[s];
    const process_graph& p = processes[s];
    std::vector<std::string> moved, kept, steps;
    for (std::size_t k = 0; k < c.components.size(); ++k) {
      (p.parts.is_transferred(k) ? moved : kept).push_back(c.components[k].name.for_audience(a));
    }
    for (auto v : p.reading_order()) {
      const std::size_t i = p.graph[v].node;
      if (!drawn(i)) steps.push_back(detail::node_label(c.process[i], a, w));
    }
    diagram_node box;
    box.key = "scenario-" + sc.id;
    box.kind = diagram_node_kind::summary;
    box.label = fmt::format(fmt::runtime(w.scenario), sc.id, sc.title.for_audience(a));
    // One line per item: a list reads better than a sentence of names. `heading` formats the
    // line's start from what follows it ("tout", "rien", or nothing before a list).
    auto add_list = [&](const auto& heading, const std::vector<std::string>& items, std::string_view all) {
      if (!all.empty()) {
        box.details.push_back(heading(all));
        return;
      }
      std::string head = heading("");
      while (!head.empty() && head.back() == ' ') head.pop_back();
      box.details.push_back(head);
      for (const std::string& item : items) box.details.push_back("• " + item);
    };
    add_list([&](std::string_view rest) { return fmt::format(fmt::runtime(w.transferred), rest); }, moved,
             kept.empty() ? w.everything : moved.empty() ? w.nothing : std::string_view{});
    add_list([&](std::string_view rest) { return fmt::format(fmt::runtime(w.kept), keeper, rest); }, kept,
             kept.empty() ? w.nothing : std::string_view{});
    if (!steps.empty()) {
      add_list([&](std::string_view rest) { return fmt::format(fmt::runtime(w.scenario_steps), rest); }, steps, {});
    }
    boxes.push_back(d.nodes.size());
    d.nodes.push_back(std::move(box));
    d.edges.push_back({choice, boxes.back(), sc.id, false});
  }

  // Edges: between drawn nodes as they are; into the part that differs, to the choice; out of it,
  // from each scenario's box to where that scenario joins the shared steps again.
  std::set<std::tuple<std::size_t, std::size_t, std::string>> added;
  auto add = [&](std::size_t from, std::size_t to, const std::string& label, bool loop) {
    if (added.emplace(from, to, label).second) d.edges.push_back({from, to, label, loop});
  };
  for (const template_edge& e : edges) {
    if (!drawn(e.from)) continue;
    if (drawn(e.to) && !(before.count(e.from) && after.count(e.to))) {
      add(index_of[e.from], index_of[e.to], e.label, e.closes_loop);
    } else if (before.count(e.from)) {
      add(index_of[e.from], choice, e.label, false);
    } else if (!drawn(e.to)) {
      add(index_of[e.from], choice, e.label, true);  // a loop back into the part that differs
    }
  }
  for (std::size_t s = 0; s < c.scenarios.size(); ++s) {
    for (const template_edge& e : edges_of[s]) {
      if (!drawn(e.from) && after.count(e.to)) add(boxes[s], index_of[e.to], {}, false);
      if (before.count(e.from) && after.count(e.to)) add(boxes[s], index_of[e.to], {}, false);
    }
  }

  detail::add_kind_legend(d, w);
  d.legend.push_back({diagram_node_kind::summary, no_tone, std::string(w.summary), {}});
  for (std::size_t i = 0; i < holders.size(); ++i) {
    d.legend.push_back({diagram_node_kind::step, i, std::string(w.step),
                        fmt::format(fmt::runtime(w.emergencies), detail::actor_name(c, holders[i], a))});
  }
  return d;
}

}  // namespace passation
