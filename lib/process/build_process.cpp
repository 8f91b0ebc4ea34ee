#include <algorithm>
#include <deque>
#include <iterator>

#include <boost/graph/depth_first_search.hpp>
#include <fmt/format.h>

#include "passation/process.hpp"

namespace passation {

namespace {

constexpr std::size_t none = static_cast<std::size_t>(-1);

// The template node a branch of node `i` leads to, or `none`.
std::size_t target_index(const handover_case& c, const branch& b) {
  for (std::size_t i = 0; i < c.process.size(); ++i) {
    if (c.process[i].id == b.target) return i;
  }
  return none;
}

// The successors of template node `i`, as (label, branch index, template index); a step without
// `next` goes on to the node written after it.
struct successor {
  text label;
  std::size_t branch;
  std::size_t target;
};

std::vector<successor> successors_of(const handover_case& c, std::size_t i) {
  const process_node& n = c.process[i];
  std::vector<successor> out;
  if (n.kind == node_kind::end) return out;
  if (n.next.empty()) {
    if (i + 1 < c.process.size()) out.push_back({text{}, 0, i + 1});
    return out;
  }
  for (std::size_t b = 0; b < n.next.size(); ++b) {
    const std::size_t t = target_index(c, n.next[b]);
    if (t != none) out.push_back({n.next[b].label, b, t});
  }
  return out;
}

class back_edge_marker : public boost::default_dfs_visitor {
 public:
  explicit back_edge_marker(std::vector<process_graph::edge>& found) : found_(found) {}
  void back_edge(process_graph::edge e, const process_graph_type&) { found_.push_back(e); }

 private:
  std::vector<process_graph::edge>& found_;
};

// Who holds each component's emergencies once node `n` is reached, from who held them before.
std::vector<std::string> holders_after(const handover_case& c, const split& parts, const process_node& n,
                                       std::vector<std::string> holders) {
  if (n.emergencies.empty()) return holders;
  const std::vector<std::string> taking = receivers_of(c, parts);
  const bool receives = std::find(taking.begin(), taking.end(), n.emergencies) != taking.end();
  const actor* who = c.find_actor(n.emergencies);
  for (std::size_t i = 0; i < holders.size(); ++i) {
    const std::string receiver = receiver_of(c, parts, i);
    if (n.emergencies == the_receiver) {
      if (!receiver.empty()) holders[i] = receiver;
    } else if (receives) {
      if (receiver == n.emergencies) holders[i] = receiver;
    } else if (!who || who->side != actor_side::next) {
      // The current team, or anyone else who is no receiver here, takes every piece's emergencies.
      holders[i] = n.emergencies;
    }
  }
  return holders;
}

}  // namespace

std::string process_state::sole_emergency_holder() const {
  if (emergency_holders.empty()) return {};
  const std::string& first = emergency_holders.front();
  for (const std::string& h : emergency_holders) {
    if (h != first) return {};
  }
  return first;
}

std::vector<emergency_share> process_state::emergency_shares() const {
  std::vector<emergency_share> out;
  for (std::size_t i = 0; i < emergency_holders.size(); ++i) {
    auto it = std::find_if(out.begin(), out.end(),
                           [&](const emergency_share& s) { return s.holder == emergency_holders[i]; });
    if (it == out.end()) it = out.insert(out.end(), emergency_share{emergency_holders[i], {}});
    it->components.push_back(i);
  }
  return out;
}

std::vector<emergency_share> receiver_shares(const handover_case& c, const split& parts) {
  std::vector<emergency_share> out;
  for (const std::string& who : receivers_of(c, parts)) {
    emergency_share share{who, {}};
    for (std::size_t k = 0; k < c.components.size(); ++k) {
      if (receiver_of(c, parts, k) == who) share.components.push_back(k);
    }
    out.push_back(std::move(share));
  }
  return out;
}

std::optional<process_graph::vertex> process_graph::find(std::string_view id) const {
  for (vertex v : boost::make_iterator_range(boost::vertices(graph))) {
    if (node(v).id == id) return v;
  }
  return std::nullopt;
}

std::vector<process_graph::vertex> process_graph::reading_order() const {
  const std::size_t n = boost::num_vertices(graph);
  std::vector<vertex> order;
  std::vector<bool> seen(n, false);
  auto visit_from = [&](vertex root) {
    std::vector<vertex> stack{root};
    while (!stack.empty()) {
      const vertex v = stack.back();
      stack.pop_back();
      if (seen[v]) continue;
      seen[v] = true;
      order.push_back(v);
      // Pushed in reverse so that the first branch is read first.
      std::vector<vertex> next;
      for (auto e : boost::make_iterator_range(boost::out_edges(v, graph))) next.push_back(boost::target(e, graph));
      std::copy_if(next.rbegin(), next.rend(), std::back_inserter(stack), [&](vertex w) { return !seen[w]; });
    }
  };
  for (vertex v = 0; v < n; ++v) {
    if (node(v).kind == node_kind::start && !seen[v]) visit_from(v);
  }
  for (vertex v = 0; v < n; ++v) {
    if (!seen[v]) visit_from(v);
  }
  return order;
}

namespace {

// Says what is wrong with the case's process, when the caller asked to know.
struct problem_list {
  const handover_case& c;
  std::vector<diagnostic>* problems;
  void operator()(position at, std::string message) const {
    if (problems) problems->push_back({severity::error, c.source, at, std::move(message)});
  }
};

// The transitions between the nodes that take place: one to a node that does not take place goes
// on through that node's successor.
void add_transitions(process_graph& p, const std::vector<std::size_t>& vertex_of, const problem_list& report) {
  const handover_case& c = *p.owner;
  for (std::size_t i = 0; i < c.process.size(); ++i) {
    if (vertex_of[i] == none) continue;
    for (const successor& s : successors_of(c, i)) {
      std::size_t t = s.target;
      std::vector<std::size_t> skipped;
      while (t != none && vertex_of[t] == none) {
        if (std::find(skipped.begin(), skipped.end(), t) != skipped.end()) {
          report(c.process[i].where,
                 fmt::format("after '{}', the nodes that do not take place loop back on each other", c.process[i].id));
          t = none;
          break;
        }
        skipped.push_back(t);
        const auto further = successors_of(c, t);
        t = further.empty() ? none : further.front().target;
      }
      if (t == none) continue;
      boost::add_edge(vertex_of[i], vertex_of[t], process_transition{s.label, s.branch, false}, p.graph);
    }
  }
}

// Marks the transitions that close a loop, seen from the start in reading order.
void mark_loops(process_graph& p) {
  std::vector<process_graph::edge> back_edges;
  if (boost::num_vertices(p.graph) > 0) {
    std::vector<boost::default_color_type> colors(boost::num_vertices(p.graph), boost::white_color);
    auto color_map = boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, p.graph));
    back_edge_marker marker(back_edges);
    for (auto v : p.reading_order()) {
      if (colors[v] == boost::white_color) boost::depth_first_visit(p.graph, v, marker, color_map);
    }
  }
  for (auto e : back_edges) p.graph[e].closes_loop = true;
}

std::string quoted_names(const std::vector<std::string>& holders) {
  std::string out;
  for (const std::string& h : holders) {
    if (out.find("'" + h + "'") == std::string::npos) out += (out.empty() ? "'" : ", '") + h + "'";
  }
  return out;
}

// Who holds emergencies: the case's holder at the start, piece by piece, changed by nodes that say
// so. Two ways into one node that disagree are a problem of the case.
void hold_emergencies(process_graph& p, const problem_list& report) {
  const handover_case& c = *p.owner;
  std::vector<bool> reached(boost::num_vertices(p.graph), false);
  std::deque<process_graph::vertex> queue;
  const std::vector<std::string> at_start(c.components.size(), c.emergency_holder);
  for (auto v : p.reading_order()) {
    if (p.node(v).kind != node_kind::start) continue;
    p.graph[v].emergency_holders = holders_after(c, p.parts, p.node(v), at_start);
    reached[v] = true;
    queue.push_back(v);
  }
  while (!queue.empty()) {
    const auto u = queue.front();
    queue.pop_front();
    for (auto e : boost::make_iterator_range(boost::out_edges(u, p.graph))) {
      const auto v = boost::target(e, p.graph);
      const process_node& n = p.node(v);
      std::vector<std::string> holders = holders_after(c, p.parts, n, p.graph[u].emergency_holders);
      if (!reached[v]) {
        reached[v] = true;
        p.graph[v].emergency_holders = std::move(holders);
        queue.push_back(v);
      } else if (p.graph[v].emergency_holders != holders &&
                 std::none_of(holders.begin(), holders.end(), [](const std::string& h) { return h.empty(); })) {
        report(n.where, fmt::format("emergencies are held by {} on one way into '{}' and by {} on another: say who "
                                    "holds them with 'emergencies: <actor>' on this node",
                                    quoted_names(p.graph[v].emergency_holders), n.id, quoted_names(holders)));
      }
    }
  }
}

}  // namespace

process_graph build_process(const handover_case& c, const split& parts, std::vector<diagnostic>* problems) {
  const problem_list report{c, problems};
  process_graph p;
  p.owner = &c;
  p.parts = parts;
  std::vector<std::size_t> vertex_of(c.process.size(), none);
  for (std::size_t i = 0; i < c.process.size(); ++i) {
    if (takes_place(c, c.process[i], parts)) {
      vertex_of[i] = boost::add_vertex(process_state{i, actor_of(c, c.process[i], parts), {}}, p.graph);
    }
  }
  add_transitions(p, vertex_of, report);
  mark_loops(p);
  hold_emergencies(p, report);
  return p;
}

process_graph build_process(const handover_case& c, const scenario& s, std::vector<diagnostic>* problems) {
  process_graph p = build_process(c, split_of(c, s), problems);
  p.scenario = s.id;
  return p;
}

}  // namespace passation
