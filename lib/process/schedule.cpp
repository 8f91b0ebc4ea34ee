#include <algorithm>
#include <cmath>
#include <optional>

#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/topological_sort.hpp>
#include <fmt/format.h>

#include "passation/error.hpp"
#include "passation/timeline.hpp"

namespace passation {

namespace {

using vertex = process_graph::vertex;
using edge = process_graph::edge;

// The process without the transitions that close a loop: a DAG.
struct forward_only {
  const process_graph_type* g = nullptr;
  bool operator()(edge e) const { return !(*g)[e].closes_loop; }
};

double duration_of(const process_graph& p, vertex v) {
  const process_node& n = p.node(v);
  if (n.kind == node_kind::step) return n.duration_days.value_or(0);
  return 0;  // starts, ends, decisions and milestones take no time
}

using forward_graph = boost::filtered_graph<process_graph_type, forward_only>;

// The states that only happen when a loop is taken (the documentation sent again when receipt is
// not confirmed): without the transitions that close loops, they lead to no end. The others are
// the plan: every state on a way from the start to an end.
std::vector<bool> only_in_loops(const process_graph& p, const forward_graph& dag) {
  const std::size_t n = boost::num_vertices(p.graph);
  std::vector<bool> in_loop(n, true);
  std::vector<vertex> todo;
  for (vertex v = 0; v < n; ++v) {
    if (p.node(v).kind == node_kind::end) todo.push_back(v);
  }
  if (todo.empty()) in_loop.assign(n, false);  // no end (check_process says so): nothing is left out
  while (!todo.empty()) {
    const vertex u = todo.back();
    todo.pop_back();
    if (!in_loop[u]) continue;
    in_loop[u] = false;
    for (auto e : boost::make_iterator_range(boost::in_edges(u, dag))) todo.push_back(boost::source(e, dag));
  }
  return in_loop;
}

// The critical path: back from the last state, through predecessors that finish exactly when it starts.
std::vector<bool> critical_path(const forward_graph& dag, std::optional<vertex> last,
                                const std::vector<double>& earliest, const std::vector<double>& finish) {
  std::vector<bool> critical(earliest.size(), false);
  if (!last) return critical;
  vertex v = *last;
  critical[v] = true;
  for (bool moved = true; moved;) {
    moved = false;
    for (auto e : boost::make_iterator_range(boost::in_edges(v, dag))) {
      const vertex u = boost::source(e, dag);
      if (std::abs(finish[u] - earliest[v]) < 1e-9) {
        v = u;
        critical[v] = true;
        moved = true;
        break;
      }
    }
  }
  return critical;
}

// The case's deadlines, earliest first, with the working days left after the plan's end.
void check_deadlines(schedule& s, const handover_case& c) {
  for (const deadline& d : c.deadlines) {
    const auto day = date::parse(d.day);
    if (!day) continue;
    // Working days left after the end, up to and including the deadline (negative: days late).
    s.deadlines.push_back({d.label, *day, s.calendar.working_days_until(s.end, *day)});
  }
  std::sort(s.deadlines.begin(), s.deadlines.end(),
            [](const deadline_check& a, const deadline_check& b) { return a.day < b.day; });
  if (!s.deadlines.empty()) {
    s.deadline = s.deadlines.back().day;
    s.margin = s.deadlines.back().margin;
  }
}

}  // namespace

work_calendar calendar_of(const handover_case& c) {
  std::string country = c.country;
  if (country.empty()) country = c.lang == language::fr ? "fr" : "none";
  std::vector<date> closed;
  for (const std::string& day : c.closed) {
    if (auto d = date::parse(day)) closed.push_back(*d);
  }
  return work_calendar(std::move(country), std::move(closed));
}

date start_of(const handover_case& c) {
  if (auto d = date::parse(c.start)) return *d;
  // Nothing can start before the funder has chosen a scenario: the day after the meeting.
  if (auto d = date::parse(c.decision.day)) return calendar_of(c).next_working_day_after(*d);
  return today();
}

schedule make_schedule(const process_graph& p, const date& start) {
  const process_graph_type& g = p.graph;
  const forward_only keep{&g};
  const forward_graph dag(g, keep);
  std::vector<vertex> reversed_order;
  try {
    boost::topological_sort(dag, std::back_inserter(reversed_order));
  } catch (const boost::not_a_dag&) {
    throw error("the process loops without a decision: it cannot be scheduled (passation check says where)");
  }

  const std::size_t n = boost::num_vertices(g);
  const std::vector<bool> in_loop = only_in_loops(p, dag);

  // Earliest start: the latest finish of the states before (after a decision, the longer answer).
  std::vector<double> earliest(n, 0), finish(n, 0);
  const std::vector<vertex> order(reversed_order.rbegin(), reversed_order.rend());
  for (const vertex v : order) {
    for (auto e : boost::make_iterator_range(boost::in_edges(v, dag))) {
      earliest[v] = std::max(earliest[v], finish[boost::source(e, dag)]);
    }
    finish[v] = earliest[v] + duration_of(p, v);
  }

  // The plan is what happens without taking a loop: a state inside one does not make it longer,
  // however long it takes (loop_cost says what a round adds).
  schedule s;
  s.calendar = calendar_of(*p.owner);
  s.start = s.calendar.plus_working_days(start, 0);
  std::optional<vertex> last;
  for (vertex v = 0; v < n; ++v) {
    if (in_loop[v]) continue;
    if (!last || finish[v] > s.total_days || (finish[v] == s.total_days && p.node(v).kind == node_kind::end)) last = v;
    s.total_days = std::max(s.total_days, finish[v]);
    if (p.node(v).estimate != estimate_kind::none && duration_of(p, v) > 0) s.estimated = true;
  }

  // Day `i` of the plan is the i-th working day from the start: counted once, looked up after.
  const std::vector<date> days =
      s.calendar.working_days(s.start, static_cast<std::size_t>(std::ceil(s.total_days)) + 2);
  auto day_at = [&](double offset) {
    const auto i = static_cast<std::size_t>(std::max(0.0, std::ceil(offset - 1e-9)));
    return i < days.size() ? days[i] : s.calendar.plus_working_days(s.start, static_cast<long>(i));
  };

  const std::vector<bool> critical = critical_path(dag, last, earliest, finish);

  for (vertex v : p.reading_order()) {
    scheduled_step step{v, earliest[v], finish[v], critical[v] && !in_loop[v], in_loop[v], {}, {}};
    if (finish[v] > earliest[v]) {
      step.first_day = day_at(earliest[v]);
      step.last_day = day_at(finish[v] - 1);
    } else {
      // Reached at the end of the day before (or on the first day, at the very start).
      step.first_day = step.last_day = day_at(std::max(0.0, earliest[v] - 1));
    }
    s.steps.push_back(step);
  }
  s.end = s.total_days > 0 ? day_at(s.total_days - 1) : s.start;

  check_deadlines(s, *p.owner);

  // One more round of each loop: from the state it returns to, to the end of the state it leaves.
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    if (!g[e].closes_loop) continue;
    const vertex from = boost::source(e, g), to = boost::target(e, g);
    s.loops.push_back({from, to, std::max(0.0, finish[from] - earliest[to])});
  }
  return s;
}

}  // namespace passation
