#include "passation/flowchart.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "diagram/flowchart_parts.hpp"
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

std::string keeper_name(const handover_case& c, audience a, const words& w) {
  const actor* current = c.first_on(actor_side::current);
  return current ? current->called().for_audience(a) : std::string(w.current_team);
}

std::string format_number(double value) {
  return value == static_cast<double>(static_cast<long long>(value)) ? fmt::format("{}", static_cast<long long>(value))
                                                                     : fmt::format("{:.1f}", value);
}

std::string format_days(double days, const words& w) { return fmt::format(fmt::runtime(w.days), format_number(days)); }

std::string format_date(const date& d, const words& w) {
  return fmt::format(fmt::runtime(w.date_format), d.year, d.month, d.day);
}

std::string in_list(std::string name) {
  // A name that starts with an article reads as part of the sentence: "le serveur", "the server".
  for (std::string_view article : {"Le ", "La ", "Les ", "L'", "L’", "The "}) {
    if (name.starts_with(article)) {
      name[0] = static_cast<char>(name[0] - 'A' + 'a');
      break;
    }
  }
  return name;
}

std::string emergencies_text(const handover_case& c, const std::vector<emergency_share>& shares, audience a,
                             const words& w, bool by_name) {
  if (shares.empty()) return {};
  // How a sentence names each holder: "le CREAI", "Thibaud".
  auto holder_name = [&](const std::string& id) {
    const actor* who = c.find_actor(id);
    return who ? (by_name ? who->name : who->called()).for_audience(a) : id;
  };
  if (shares.size() == 1) return holder_name(shares.front().holder);
  // The largest share reads "the rest" when it is larger than every other one.
  std::size_t largest = 0;
  for (std::size_t i = 1; i < shares.size(); ++i) {
    if (shares[i].components.size() > shares[largest].components.size()) largest = i;
  }
  bool rest = shares[largest].components.size() > 1;
  for (std::size_t i = 0; i < shares.size(); ++i) {
    if (i != largest && shares[i].components.size() >= shares[largest].components.size()) rest = false;
  }
  std::string out;
  auto add = [&](const emergency_share& share, bool as_rest) {
    std::string pieces;
    if (as_rest) {
      pieces = std::string(w.the_rest);
    } else {
      for (std::size_t k : share.components) {
        pieces += (pieces.empty() ? "" : std::string(w.list_separator)) + in_list(c.components[k].name.for_audience(a));
      }
    }
    if (!out.empty()) out += w.share_separator;
    out += fmt::format(fmt::runtime(w.share), holder_name(share.holder), pieces);
  };
  for (std::size_t i = 0; i < shares.size(); ++i) {
    if (!(rest && i == largest)) add(shares[i], false);
  }
  if (rest) add(shares[largest], true);
  return out;
}

diagram typeset(diagram d, language lang) {
  auto set = [&](std::string& s) { s = passation::typeset(s, lang); };
  set(d.title);
  set(d.subtitle);
  set(d.legend_title);
  for (diagram_lane& l : d.lanes) set(l.title), set(l.subtitle);
  for (diagram_node& n : d.nodes) {
    set(n.label);
    set(n.badge);
    set(n.tag);
    for (std::string& line : n.details) set(line);
  }
  for (diagram_edge& e : d.edges) set(e.label);
  for (legend_entry& l : d.legend) set(l.label), set(l.badge), set(l.tag);
  return d;
}

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
  // The milestone's sample is drawn as the first milestone is: in its colours.
  const auto milestone = std::find_if(d.nodes.begin(), d.nodes.end(),
                                      [](const diagram_node& n) { return n.kind == diagram_node_kind::milestone; });
  if (milestone != d.nodes.end()) {
    d.legend.push_back({diagram_node_kind::milestone, milestone->tone, std::string(w.milestone), {}});
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
    if (!p.graph[u].actor.empty()) return p.graph[u].actor;
    if (p.node(v).kind == node_kind::end) {
      for (auto e : boost::make_iterator_range(boost::in_edges(u, p.graph))) todo.push_back(boost::source(e, p.graph));
    } else {
      for (auto e : boost::make_iterator_range(boost::out_edges(u, p.graph))) todo.push_back(boost::target(e, p.graph));
    }
  }
  return {};
}

std::string flowchart_subtitle(const process_graph& p, const flowchart_options& options, const detail::words& w) {
  const handover_case& c = *p.owner;
  const audience a = options.reader;
  const std::string_view view = a == audience::plain ? w.plain_view : w.technical_view;
  if (const scenario* s = c.find_scenario(p.scenario)) {
    return fmt::format("{} — {}", fmt::format(fmt::runtime(w.scenario), s->id, s->title.for_audience(a)), view);
  }
  if (options.split_rank) {
    return fmt::format("{} — {}", fmt::format(fmt::runtime(w.split_number), *options.split_rank), view);
  }
  return std::string(view);
}

// What the flowchart marks on its steps, for its legend to explain.
struct marks_used {
  bool assumed = false;    // a step the case only assumes
  bool estimated = false;  // a duration that is an estimate
};

// A state of the process as a box: its label, details and badge (who holds emergencies meanwhile,
// and for the contractor how long it takes). Its lane and tone are the caller's.
diagram_node box_of(const process_node& n, const std::string& holding, audience a, const detail::words& w,
                    marks_used& marks) {
  diagram_node dn;
  dn.key = n.id;
  dn.kind = detail::drawn_kind(n.kind);
  dn.label = detail::node_label(n, a, w);
  if (!n.detail.only_for(a).empty()) dn.details.push_back(n.detail.only_for(a));
  // A step the case only assumes is marked, for every reader; the legend says what the mark means.
  if (n.estimate == estimate_kind::step) {
    dn.label += w.assumed_mark;
    marks.assumed = true;
  }
  if ((n.kind != node_kind::step && n.kind != node_kind::milestone) || holding.empty()) return dn;
  dn.badge = fmt::format(fmt::runtime(w.emergencies), holding);
  if (a == audience::technical && n.duration_days) {
    const std::string days = detail::format_days(*n.duration_days, w);
    if (n.estimate == estimate_kind::none) {
      dn.badge += " · " + days;
    } else {
      dn.badge += " · " + fmt::format(fmt::runtime(w.estimated), days);
      marks.estimated = true;
    }
  }
  return dn;
}

// The lanes: the actors who do something, in the case's order. Returns their ids.
std::vector<std::string> add_lanes(diagram& d, const handover_case& c, const std::vector<std::string>& lane_of,
                                   audience a) {
  std::vector<std::string> lane_actors;
  for (const actor& who : c.actors) {
    if (std::find(lane_of.begin(), lane_of.end(), who.id) == lane_of.end()) continue;
    lane_actors.push_back(who.id);
    d.lanes.push_back({who.name.for_audience(a), who.role.only_for(a)});
  }
  return lane_actors;
}

}  // namespace

diagram make_flowchart(const process_graph& p, const flowchart_options& options) {
  const handover_case& c = *p.owner;
  const audience a = options.reader;
  const detail::words& w = detail::words_for(options.lang.value_or(c.lang));

  diagram d;
  d.title = c.title.for_audience(a);
  d.subtitle = flowchart_subtitle(p, options, w);
  d.legend_title = std::string(w.legend);

  const std::vector<vertex> order = p.reading_order();
  std::vector<std::string> lane_of(boost::num_vertices(p.graph));
  for (vertex v : order) lane_of[v] = lane_actor(p, v);
  const std::vector<std::string> lane_actors = add_lanes(d, c, lane_of, a);

  // Tones: one per way of holding emergencies (one actor, or pieces split between several), in
  // the order they first hold them.
  std::vector<std::string> holdings;
  std::vector<std::string> holding_of(boost::num_vertices(p.graph));
  for (vertex v : order) {
    holding_of[v] = detail::emergencies_text(c, p.graph[v].emergency_shares(), a, w);
    const std::string& h = holding_of[v];
    if (!h.empty() && std::find(holdings.begin(), holdings.end(), h) == holdings.end()) holdings.push_back(h);
  }

  std::vector<std::size_t> index_of(boost::num_vertices(p.graph));
  marks_used marks;
  for (vertex v : order) {
    diagram_node dn = box_of(p.node(v), holding_of[v], a, w, marks);
    const auto lane = std::find(lane_actors.begin(), lane_actors.end(), lane_of[v]);
    dn.lane = lane == lane_actors.end() ? no_lane : static_cast<std::size_t>(lane - lane_actors.begin());
    dn.tone = static_cast<std::size_t>(std::find(holdings.begin(), holdings.end(), holding_of[v]) - holdings.begin());
    index_of[v] = d.nodes.size();
    d.nodes.push_back(std::move(dn));
  }
  for (vertex v : order) {
    for (auto e : boost::make_iterator_range(boost::out_edges(v, p.graph))) {
      d.edges.push_back(
          {index_of[v], index_of[boost::target(e, p.graph)], p.graph[e].label.for_audience(a), p.graph[e].closes_loop});
    }
  }

  detail::add_kind_legend(d, w);
  for (std::size_t i = 0; i < holdings.size(); ++i) {
    // Each sample says what its colour means: two steps told apart by colour alone would not.
    d.legend.push_back({diagram_node_kind::step, i, std::string(w.step_by_holder),
                        fmt::format(fmt::runtime(w.emergencies), holdings[i])});
  }
  if (marks.assumed) d.legend.push_back({diagram_node_kind::step, no_tone, std::string(w.assumed_legend), {}});
  if (marks.estimated) d.legend.push_back({diagram_node_kind::step, no_tone, std::string(w.estimated_legend), {}});
  return detail::typeset(std::move(d), options.lang.value_or(c.lang));
}

}  // namespace passation
