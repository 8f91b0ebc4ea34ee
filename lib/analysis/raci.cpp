#include "passation/raci.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace passation {

std::string raci_cell::letters() const {
  std::string out;
  auto add = [&](bool on, const char* letter) {
    if (!on) return;
    if (!out.empty()) out += ", ";
    out += letter;
  };
  add(responsible, "R");
  add(accountable, "A");
  add(consulted, "C");
  add(informed, "I");
  return out;
}

namespace {

std::size_t index_of(const handover_case& c, const std::string& id) {
  for (std::size_t i = 0; i < c.actors.size(); ++i) {
    if (c.actors[i].id == id) return i;
  }
  return c.actors.size();
}

std::size_t first_on_side(const handover_case& c, actor_side side) {
  for (std::size_t i = 0; i < c.actors.size(); ++i) {
    if (c.actors[i].side == side) return i;
  }
  return c.actors.size();
}

// One row: Responsible, Accountable and Consulted given; everyone else is Informed.
std::vector<raci_cell> row_of(std::size_t actors, std::size_t responsible, std::size_t accountable, std::size_t consulted) {
  std::vector<raci_cell> cells(actors);
  if (responsible < actors) cells[responsible].responsible = true;
  if (accountable < actors) cells[accountable].accountable = true;
  if (consulted < actors && consulted != responsible && consulted != accountable) cells[consulted].consulted = true;
  for (raci_cell& cell : cells) {
    if (!cell.responsible && !cell.accountable && !cell.consulted) cell.informed = true;
  }
  return cells;
}

}  // namespace

raci_matrix make_raci(const process_graph& p) {
  const handover_case& c = *p.owner;
  const std::size_t n = c.actors.size();
  const std::size_t next = first_on_side(c, actor_side::next);
  const std::size_t current = first_on_side(c, actor_side::current);
  raci_matrix m;

  for (std::size_t k = 0; k < c.components.size(); ++k) {
    const component& co = c.components[k];
    const std::size_t holder = co.holder.empty() ? current : index_of(c, co.holder);
    raci_row row{co.id, co.name, {}, {}};
    if (p.parts.is_transferred(k)) {
      // Who does the handing over: the actor of the step that hands it over.
      std::size_t doer = holder;
      for (auto v : boost::make_iterator_range(boost::vertices(p.graph))) {
        const auto& over = p.node(v).hands_over;
        if (std::find(over.begin(), over.end(), co.id) != over.end()) {
          doer = index_of(c, p.node(v).actor);
          break;
        }
      }
      row.during = row_of(n, doer, holder, next);
      row.after = row_of(n, next, next, holder);
    } else {
      row.during = row_of(n, holder, holder, next);
      row.after = row.during;
    }
    m.rows.push_back(std::move(row));
  }

  // Emergencies: who holds them at the start, and at the end.
  std::size_t first = index_of(c, c.emergency_holder), last = first;
  for (auto v : boost::make_iterator_range(boost::vertices(p.graph))) {
    if (p.node(v).kind == node_kind::end) last = index_of(c, p.graph[v].emergency_holder);
  }
  m.rows.push_back({"emergencies", text{}, row_of(n, first, first, last), row_of(n, last, last, first)});
  return m;
}

std::vector<diagnostic> check_raci(const handover_case& c, const raci_matrix& m) {
  std::vector<diagnostic> out;
  for (const raci_row& row : m.rows) {
    for (const auto* period : {&row.during, &row.after}) {
      const auto accountable = std::count_if(period->begin(), period->end(), [](const raci_cell& cell) { return cell.accountable; });
      if (accountable != 1) {
        const component* co = c.find_component(row.item);
        out.push_back({severity::error, c.source, co ? co->where : c.where,
                       fmt::format("'{}' has {} accountable actors {} the handover, instead of exactly one: give it a "
                                   "'holder' (or an actor with 'side: current')",
                                   row.item, accountable, period == &row.during ? "during" : "after")});
      }
    }
  }
  return out;
}

}  // namespace passation
