#pragma once
/// \file
/// The handover process of one scenario as a directed graph of states (Boost.Graph), and the
/// checks that make sure it is a sound handover.

#include <cstddef>
#include <string>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "passation/case.hpp"
#include "passation/diagnostic.hpp"

namespace passation {

/// Components one actor holds: their emergencies (process_state::emergency_shares()), or what it
/// takes over (receiver_shares()).
struct emergency_share {
  std::string holder;                   ///< id of the actor, or empty for no one
  std::vector<std::size_t> components;  ///< indices in handover_case::components, in order
  friend bool operator==(const emergency_share&, const emergency_share&) = default;  ///< same holder, same pieces
};

/// A state of the process: one node of the template that takes place in the scenario.
struct process_state {
  std::size_t node = 0;  ///< index in handover_case::process
  /// Id of the actor who does it: the node's actor, with "the receiver" resolved for the
  /// scenario (see actor_of()); empty for a start or an end written without one.
  std::string actor;
  /// Who holds the emergencies of each component (indices as in handover_case::components) in
  /// this state; an empty id when no one does (a check fails).
  std::vector<std::string> emergency_holders;

  /// The holder of every component's emergencies when it is one actor; empty when they are split
  /// between several (or held by no one).
  [[nodiscard]] std::string sole_emergency_holder() const;
  /// The emergencies grouped by holder, in the order of each holder's first component.
  [[nodiscard]] std::vector<emergency_share> emergency_shares() const;
};

/// A transition between two states.
struct process_transition {
  text label;                ///< the decision's branch ("oui", "non"), empty after a step
  std::size_t branch = 0;    ///< index in the source node's `next`, or 0 for an implicit successor
  bool closes_loop = false;  ///< goes back to an earlier state (found by depth-first search)
};

/// The process graph: vertices are states, edges are transitions; `g[v]` and `g[e]` give the
/// bundled properties. Any Boost.Graph algorithm applies.
using process_graph_type =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, process_state, process_transition>;

/// The process of one scenario.
struct process_graph {
  using vertex = boost::graph_traits<process_graph_type>::vertex_descriptor;  ///< a state
  using edge = boost::graph_traits<process_graph_type>::edge_descriptor;      ///< a transition

  const handover_case* owner = nullptr;  ///< the case whose template the states point into; must outlive the graph
  std::string scenario;                  ///< id of the scenario, or empty for an arbitrary split
  split parts;                           ///< what the scenario transfers
  process_graph_type graph;              ///< states and transitions

  /// The template node of state `v`.
  [[nodiscard]] const process_node& node(vertex v) const { return owner->process[graph[v].node]; }
  /// The state of template node `id`, or nothing when it does not take place.
  [[nodiscard]] std::optional<vertex> find(std::string_view id) const;
  /// The states in an order that reads well: a depth-first order from the start that follows
  /// branches in the order they are written. States not reached from the start come last.
  [[nodiscard]] std::vector<vertex> reading_order() const;
};

/// Who takes what in `parts`: one share per receiver, the lead first (see receivers_of()).
[[nodiscard]] std::vector<emergency_share> receiver_shares(const handover_case& c, const split& parts);

/// Builds the process of `parts`: the template's nodes that take place, and the transitions
/// between them (a transition to a node that does not take place goes on to that node's
/// successor). Who does each state is resolved (`actor: receiver`), and emergency holders are
/// propagated from the start, piece by piece: a node with `emergencies: X` gives X the
/// emergencies of the components X takes over when X is a receiver of `parts` (`receiver`: every
/// receiver takes those of its own components), and of every component otherwise. Problems met on
/// the way (a chain of absent nodes that loops, contradictory holders) are appended to `problems`.
[[nodiscard]] process_graph build_process(const handover_case& c, const split& parts,
                                          std::vector<diagnostic>* problems = nullptr);

/// The process of scenario `s` of `c`.
[[nodiscard]] process_graph build_process(const handover_case& c, const scenario& s,
                                          std::vector<diagnostic>* problems = nullptr);

/// Checks the process of one scenario: exactly one start; every state reached from the start and
/// reaching an end; loops only through a decision; every transferred component handed over;
/// someone holds emergencies in every state, the next team only after receipt is confirmed, and
/// at the end each transferred component's emergencies are its receiver's (a warning); receipt
/// confirmed by a receiver (a warning); the funder validates only after receipt. Each problem
/// names the case file's line.
[[nodiscard]] std::vector<diagnostic> check_process(const process_graph& p);

}  // namespace passation
