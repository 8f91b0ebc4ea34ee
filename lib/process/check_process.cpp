#include <algorithm>
#include <deque>

#include <boost/graph/depth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <fmt/format.h>

#include "passation/process.hpp"

namespace passation {

namespace {

using vertex = process_graph::vertex;
using edge = process_graph::edge;

// States reached from `roots`, never crossing an edge for which `blocked` is true.
template <class Graph, class Blocked>
std::vector<bool> reach(const Graph& g, const std::vector<vertex>& roots, Blocked blocked) {
  std::vector<bool> seen(boost::num_vertices(g), false);
  std::deque<vertex> queue;
  for (vertex r : roots) {
    if (!seen[r]) {
      seen[r] = true;
      queue.push_back(r);
    }
  }
  while (!queue.empty()) {
    const vertex u = queue.front();
    queue.pop_front();
    for (auto e : boost::make_iterator_range(boost::out_edges(u, g))) {
      const vertex v = boost::target(e, g);
      if (seen[v] || blocked(e)) continue;
      seen[v] = true;
      queue.push_back(v);
    }
  }
  return seen;
}

struct cycle_finder : boost::default_dfs_visitor {
  std::vector<std::pair<vertex, vertex>>* found;
  template <class E, class G>
  void back_edge(E e, const G& g) const {
    found->emplace_back(boost::source(e, g), boost::target(e, g));
  }
};

// Keeps every state but the decisions (a predicate for boost::filtered_graph, which needs it
// default-constructible and assignable).
struct not_a_decision {
  const process_graph* p = nullptr;
  bool operator()(vertex v) const { return p->node(v).kind != node_kind::decision; }
};

class process_checker {
 public:
  explicit process_checker(const process_graph& p) : p_(p), c_(*p.owner), g_(p.graph) {}

  std::vector<diagnostic> run() {
    for (vertex v : boost::make_iterator_range(boost::vertices(g_))) {
      switch (p_.node(v).kind) {
        case node_kind::start: starts_.push_back(v); break;
        case node_kind::end: ends_.push_back(v); break;
        default: break;
      }
      if (p_.node(v).role == node_role::receipt) receipts_.push_back(v);
    }
    check_start_and_end();
    check_loops();
    check_handovers();
    check_actors();
    check_emergencies_and_validation();
    return std::move(out_);
  }

 private:
  void error(position at, std::string message) { out_.push_back({severity::error, c_.source, at, std::move(message)}); }
  void warning(position at, std::string message) {
    out_.push_back({severity::warning, c_.source, at, std::move(message)});
  }
  position process_at() const { return c_.process_where.known() ? c_.process_where : c_.where; }

  void check_start_and_end() {
    if (starts_.empty()) {
      error(process_at(), "the process has no start: mark its first node 'kind: start'");
    } else if (starts_.size() > 1) {
      for (std::size_t i = 1; i < starts_.size(); ++i) {
        error(p_.node(starts_[i]).where,
              fmt::format("the process has {} starts; '{}' is another one (keep exactly one)", starts_.size(),
                          p_.node(starts_[i]).id));
      }
    }
    if (ends_.empty()) error(process_at(), "the process has no end: add a node with 'kind: end'");
    for (vertex s : starts_) {
      if (boost::in_degree(s, g_) > 0) {
        error(p_.node(s).where,
              fmt::format("start '{}' is entered again from another node: loop back to a later node", p_.node(s).id));
      }
    }

    const auto from_start = reach(g_, starts_, [](edge) { return false; });
    const boost::reverse_graph<process_graph_type> reversed(g_);
    std::vector<bool> to_end(boost::num_vertices(g_), false);
    {
      std::deque<vertex> queue(ends_.begin(), ends_.end());
      for (vertex e : ends_) to_end[e] = true;
      while (!queue.empty()) {
        const vertex u = queue.front();
        queue.pop_front();
        for (auto e : boost::make_iterator_range(boost::out_edges(u, reversed))) {
          const vertex v = boost::target(e, reversed);
          if (!to_end[v]) {
            to_end[v] = true;
            queue.push_back(v);
          }
        }
      }
    }
    for (vertex v : boost::make_iterator_range(boost::vertices(g_))) {
      const process_node& n = p_.node(v);
      if (!starts_.empty() && !from_start[v]) {
        error(n.where, fmt::format("{} '{}' cannot be reached from the start", to_string(n.kind), n.id));
      } else if (!ends_.empty() && !to_end[v]) {
        error(n.where, fmt::format("{} '{}' never reaches an end: give it a 'next' that leads to the end",
                                   to_string(n.kind), n.id));
      }
    }
  }

  void check_loops() {
    // A loop that passes no decision can never be left: look for cycles once decisions are removed.
    const not_a_decision not_decision{&p_};
    boost::filtered_graph<process_graph_type, boost::keep_all, not_a_decision> without(g_, boost::keep_all{},
                                                                                       not_decision);
    std::vector<std::pair<vertex, vertex>> found;
    cycle_finder finder;
    finder.found = &found;
    std::vector<boost::default_color_type> colors(boost::num_vertices(g_), boost::white_color);
    auto color_map = boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, g_));
    for (vertex v : boost::make_iterator_range(boost::vertices(g_))) {
      if (not_decision(v) && colors[v] == boost::white_color) boost::depth_first_visit(without, v, finder, color_map);
    }
    for (auto [from, to] : found) {
      error(p_.node(from).where, fmt::format("'{}' goes back to '{}' without passing a decision: this loop never ends",
                                             p_.node(from).id, p_.node(to).id));
    }
  }

  void check_handovers() {
    for (std::size_t i = 0; i < c_.components.size(); ++i) {
      const component& co = c_.components[i];
      bool handed = false;
      for (vertex v : boost::make_iterator_range(boost::vertices(g_))) {
        const auto& over = p_.node(v).hands_over;
        if (std::find(over.begin(), over.end(), co.id) != over.end()) handed = true;
      }
      if (p_.parts.is_transferred(i) && !handed) {
        error(where_scenario(co.where),
              fmt::format("component '{}' is transferred but no step hands it over: add a step with 'hands_over: [{}]'",
                          co.id, co.id));
      }
    }
    for (vertex v : boost::make_iterator_range(boost::vertices(g_))) {
      const process_node& n = p_.node(v);
      for (const std::string& id : n.hands_over) {
        auto i = c_.component_index(id);
        if (i && !p_.parts.is_transferred(*i)) {
          error(n.where, fmt::format("{} '{}' hands over '{}', which is kept: split the step, or add "
                                     "'when: {{transferred: [{}]}}'",
                                     to_string(n.kind), n.id, id, id));
        }
      }
    }
  }

  // The actor ids of `holders`, each once, quoted: "'team', 'agency'".
  static std::string names(const std::vector<std::string>& holders) {
    std::string out;
    for (const std::string& h : holders) {
      if (!h.empty() && out.find("'" + h + "'") == std::string::npos) out += (out.empty() ? "'" : ", '") + h + "'";
    }
    return out;
  }

  void check_actors() {
    const std::vector<std::string> taking = receivers_of(c_, p_.parts);
    for (vertex v : boost::make_iterator_range(boost::vertices(g_))) {
      const process_node& n = p_.node(v);
      if (n.actor == the_receiver && g_[v].actor.empty()) {
        error(n.where, fmt::format("{} '{}' is done by the receiver, but nobody takes anything over here: give the "
                                   "scenario a 'receiver', or add an actor with 'side: next'",
                                   to_string(n.kind), n.id));
      }
      if (n.emergencies.empty() || n.emergencies == the_receiver) continue;
      const actor* who = c_.find_actor(n.emergencies);
      // (When nothing moves at all, there is nothing to hold: no one is wrong.)
      if (who && who->side == actor_side::next && !taking.empty() &&
          std::find(taking.begin(), taking.end(), who->id) == taking.end()) {
        error(n.emergencies_where.known() ? n.emergencies_where : n.where,
              fmt::format("'{}' takes emergencies at '{}' but takes nothing over here, where {} does: write "
                          "'emergencies: receiver' "
                          "so that whoever takes the pieces over holds their emergencies",
                          who->id, n.id, names(taking)));
      }
    }
  }

  void check_emergencies_and_validation() {
    for (vertex v : boost::make_iterator_range(boost::vertices(g_))) {
      const process_node& n = p_.node(v);
      const auto& holders = g_[v].emergency_holders;
      const bool nobody = std::any_of(holders.begin(), holders.end(), [](const std::string& h) { return h.empty(); });
      if (nobody && boost::in_degree(v, g_) + (n.kind == node_kind::start ? 1 : 0) > 0) {
        error(n.where, fmt::format("nobody holds emergencies during '{}': name a holder with 'emergencies: {{held_by: "
                                   "<actor>}}' at the top of the case",
                                   n.id));
      }
    }
    if (receipts_.empty()) {
      error(process_at(),
            "the process has no receipt confirmation: add a decision with 'role: receipt' where the next "
            "team confirms it has received everything (answers 'oui' / 'non')");
    }
    for (vertex r : receipts_) {
      const actor* who = c_.find_actor(g_[r].actor);
      if (who && who->side != actor_side::next) {
        warning(p_.node(r).where,
                fmt::format("'{}' (receipt) is confirmed by '{}', who takes nothing over: receipt is confirmed by the "
                            "team that receives (write 'actor: receiver', or an actor with 'side: next')",
                            p_.node(r).id, who->id));
      }
    }
    // Cut the "receipt confirmed" answers: whatever is still reached from the start happens before
    // receipt is confirmed.
    auto confirms = [this](edge e) {
      const vertex s = boost::source(e, g_);
      return p_.node(s).role == node_role::receipt && means_yes(g_[e].label);
    };
    const auto before_receipt = reach(g_, starts_, confirms);
    bool has_validation = false;
    for (vertex v : boost::make_iterator_range(boost::vertices(g_))) {
      const process_node& n = p_.node(v);
      if (before_receipt[v]) {
        std::vector<std::string> early;
        for (const std::string& h : g_[v].emergency_holders) {
          const actor* holder = c_.find_actor(h);
          if (holder && holder->side == actor_side::next) early.push_back(h);
        }
        if (!early.empty()) {
          error(n.emergencies_where.known() ? n.emergencies_where : n.where,
                fmt::format("{} holds emergencies during '{}', before receipt is confirmed: the next team takes "
                            "emergencies only after the receipt decision answers 'oui'",
                            names(early), n.id));
        }
      }
      if (n.role == node_role::validation) {
        has_validation = true;
        if (before_receipt[v]) {
          error(n.where, fmt::format("'{}' (validation) can happen before receipt is confirmed: the funder validates "
                                     "only after the receipt decision answers 'oui'",
                                     n.id));
        }
        const actor* who = c_.find_actor(g_[v].actor);
        if (who && who->side != actor_side::funder) {
          warning(n.where, fmt::format("'{}' (validation) is done by '{}', who is not the funder (side: funder)", n.id,
                                       who->id));
        }
      }
    }
    if (!has_validation) {
      warning(process_at(), "no node has 'role: validation': the funder never validates the handover");
    }
    check_emergencies_at_the_end();
  }

  // Once the handover is over, whoever took a piece over answers for its emergencies: a piece
  // whose emergencies stayed elsewhere would leave the RACI and the flowchart saying two things.
  void check_emergencies_at_the_end() {
    for (vertex e : ends_) {
      const auto& holders = g_[e].emergency_holders;
      std::vector<std::string> stranded;
      std::string holder, receiver;
      for (std::size_t i = 0; i < holders.size() && i < c_.components.size(); ++i) {
        const std::string r = receiver_of(c_, p_.parts, i);
        if (r.empty() || holders[i].empty() || holders[i] == r) continue;
        stranded.push_back(c_.components[i].id);
        holder = holders[i];
        receiver = r;
      }
      if (stranded.empty()) continue;
      warning(p_.node(e).where,
              fmt::format("when the handover ends, '{}' still holds the emergencies of {}, which '{}' takes "
                          "over: add 'emergencies: receiver' to the node where they move (after receipt)",
                          holder, names(stranded), receiver));
    }
  }

  position where_scenario(position fallback) const {
    if (const scenario* s = c_.find_scenario(p_.scenario)) return s->where;
    return fallback;
  }

  const process_graph& p_;
  const handover_case& c_;
  const process_graph_type& g_;
  std::vector<vertex> starts_, ends_, receipts_;
  std::vector<diagnostic> out_;
};

}  // namespace

std::vector<diagnostic> check_process(const process_graph& p) {
  if (!p.owner) return {};
  return process_checker(p).run();
}

}  // namespace passation
