#include "passation/flowchart.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "flowchart_parts.hpp"
#include "words/words.hpp"

namespace passation {

namespace detail {

diagram_node_kind drawn_kind(node_kind k) {
  switch (k) {
    case node_kind::start: return diagram_node_kind::start;
    case node_kind::end: return diagram_node_kind::end;
    case node_kind::decision: return diagram_node_kind::decision;
    case node_kind::milestone: return diagram_node_kind::milestone;
    case node_kind::step: return diagram_node_kind::step;
  }
  return diagram_node_kind::step;
}

std::string node_label(const process_node& n, audience a, const words& w) {
  std::string label = n.label.for_audience(a);
  if (!label.empty()) return label;
  if (n.kind == node_kind::start) return std::string(w.start);
  if (n.kind == node_kind::end) return std::string(w.end);
  return n.id;
}

std::string actor_name(const handover_case& c, const std::string& id, audience a) {
  const actor* who = c.find_actor(id);
  return who ? who->name.for_audience(a) : id;
}

std::string format_number(double value) {
  return value == static_cast<double>(static_cast<long long>(value)) ? fmt::format("{}", static_cast<long long>(value))
                                                                     : fmt::format("{:.1f}", value);
}

std::string format_days(double days, const words& w) { return fmt::format(fmt::runtime(w.days), format_number(days)); }

void add_kind_legend(diagram& d, const words& w) {
  auto drawn = [&](diagram_node_kind k) {
    return std::any_of(d.nodes.begin(), d.nodes.end(), [k](const diagram_node& n) { return n.kind == k; });
  };
  if (drawn(diagram_node_kind::start) || drawn(diagram_node_kind::end)) {
    d.legend.push_back({diagram_node_kind::start, no_tone, std::string(w.start_end), {}});
  }
  if (drawn(diagram_node_kind::decision)) {
    d.legend.push_back({diagram_node_kind::decision, no_tone, std::string(w.decision), {}});
  }
  if (drawn(diagram_node_kind::milestone)) {
    d.legend.push_back({diagram_node_kind::milestone, no_tone, std::string(w.milestone), {}});
  }
}

}  // namespace detail

namespace {

using vertex = process_graph::vertex;

// The actor whose lane a node is drawn in: its own, or for a start or an end without one, the
// lane of the node next to it.
std::string lane_actor(const process_graph& p, vertex v) {
  std::vector<bool> seen(boost::num_vertices(p.graph), false);
  std::vector<vertex> todo{v};
  while (!todo.empty()) {
    const vertex u = todo.front();
    todo.erase(todo.begin());
    if (seen[u]) continue;
    seen[u] = true;
    if (!p.node(u).actor.empty()) return p.node(u).actor;
    if (p.node(v).kind == node_kind::end) {
      for (auto e : boost::make_iterator_range(boost::in_edges(u, p.graph))) todo.push_back(boost::source(e, p.graph));
    } else {
      for (auto e : boost::make_iterator_range(boost::out_edges(u, p.graph))) todo.push_back(boost::target(e, p.graph));
    }
  }
  return {};
}

}  // namespace

diagram make_flowchart(const process_graph& p, const flowchart_options& options) {
  const handover_case& c = *p.owner;
  const audience a = options.reader;
  const detail::words& w = detail::words_for(options.lang.value_or(c.lang));

  diagram d;
  d.title = c.title.for_audience(a);
  const std::string_view view = a == audience::plain ? w.plain_view : w.technical_view;
  if (const scenario* s = c.find_scenario(p.scenario)) {
    d.subtitle = fmt::format("{} — {}", fmt::format(fmt::runtime(w.scenario), s->id, s->title.for_audience(a)), view);
  } else if (options.split_rank) {
    d.subtitle = fmt::format("{} — {}", fmt::format(fmt::runtime(w.split_number), *options.split_rank), view);
  } else {
    d.subtitle = std::string(view);
  }
  d.legend_title = std::string(w.legend);

  const std::vector<vertex> order = p.reading_order();

  // Lanes: the actors who do something, in the case's order.
  std::vector<std::string> lane_of(boost::num_vertices(p.graph));
  for (vertex v : order) lane_of[v] = lane_actor(p, v);
  std::vector<std::string> lane_actors;
  for (const actor& who : c.actors) {
    if (std::find(lane_of.begin(), lane_of.end(), who.id) != lane_of.end()) lane_actors.push_back(who.id);
  }
  for (const std::string& id : lane_actors) {
    const actor& who = *c.find_actor(id);
    d.lanes.push_back({who.name.for_audience(a), who.role.only_for(a)});
  }

  // Tones: one per holder of emergencies, in the order they first hold them.
  std::vector<std::string> holders;
  for (vertex v : order) {
    const std::string& h = p.graph[v].emergency_holder;
    if (!h.empty() && std::find(holders.begin(), holders.end(), h) == holders.end()) holders.push_back(h);
  }
  auto tone_of = [&](const std::string& holder) {
    return static_cast<std::size_t>(std::find(holders.begin(), holders.end(), holder) - holders.begin());
  };

  std::vector<std::size_t> index_of(boost::num_vertices(p.graph));
  for (vertex v : order) {
    const process_node& n = p.node(v);
    diagram_node dn;
    dn.key = n.id;
    dn.kind = detail::drawn_kind(n.kind);
    dn.label = detail::node_label(n, a, w);
    if (!n.detail.only_for(a).empty()) dn.details.push_back(n.detail.only_for(a));
    const auto lane = std::find(lane_actors.begin(), lane_actors.end(), lane_of[v]);
    dn.lane = lane == lane_actors.end() ? no_lane : static_cast<std::size_t>(lane - lane_actors.begin());
    const std::string& holder = p.graph[v].emergency_holder;
    dn.tone = tone_of(holder);
    if ((n.kind == node_kind::step || n.kind == node_kind::milestone) && !holder.empty()) {
      dn.badge = fmt::format(fmt::runtime(w.emergencies), detail::actor_name(c, holder, a));
      if (a == audience::technical && n.duration_days) {
        dn.badge += " · " + detail::format_days(*n.duration_days, w);
      }
    }
    index_of[v] = d.nodes.size();
    d.nodes.push_back(std::move(dn));
  }

  for (vertex v : order) {
    for (auto e : boost::make_iterator_range(boost::out_edges(v, p.graph))) {
      d.edges.push_back({index_of[v], index_of[boost::target(e, p.graph)], p.graph[e].label.for_audience(a),
                         p.graph[e].closes_loop});
    }
  }

  detail::add_kind_legend(d, w);
  for (std::size_t i = 0; i < holders.size(); ++i) {
    d.legend.push_back({diagram_node_kind::step, i, std::string(w.step),
                        fmt::format(fmt::runtime(w.emergencies), detail::actor_name(c, holders[i], a))});
  }
  return d;
}

}  // namespace passation
