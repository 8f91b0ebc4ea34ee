#include "passation/raci.hpp"

#include <algorithm>
#include <optional>

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

// One row: Responsible and Accountable given, and who is Consulted; everyone else is Informed.
std::vector<raci_cell> row_of(std::size_t actors, std::size_t responsible, std::size_t accountable,
                              const std::vector<std::size_t>& consulted) {
  std::vector<raci_cell> cells(actors);
  if (responsible < actors) cells[responsible].responsible = true;
  if (accountable < actors) cells[accountable].accountable = true;
  for (std::size_t who : consulted) {
    if (who < actors && who != responsible && who != accountable) cells[who].consulted = true;
  }
  for (raci_cell& cell : cells) {
    if (!cell.responsible && !cell.accountable && !cell.consulted) cell.informed = true;
  }
  return cells;
}

// The state where the handover ends: the first end in reading order, else the last state read.
std::optional<process_graph::vertex> end_state(const process_graph& p) {
  const auto order = p.reading_order();
  for (auto v : order) {
    if (p.node(v).kind == node_kind::end) return v;
  }
  if (order.empty()) return std::nullopt;
  return order.back();
}

std::optional<process_graph::vertex> start_state(const process_graph& p) {
  for (auto v : p.reading_order()) {
    if (p.node(v).kind == node_kind::start) return v;
  }
  return std::nullopt;
}

}  // namespace

raci_matrix make_raci(const process_graph& p) {
  const handover_case& c = *p.owner;
  const std::size_t n = c.actors.size();
  const std::size_t current = first_on_side(c, actor_side::current);
  std::vector<std::size_t> receivers;
  for (const std::string& id : receivers_of(c, p.parts)) receivers.push_back(index_of(c, id));
  raci_matrix m;

  for (std::size_t k = 0; k < c.components.size(); ++k) {
    const component& co = c.components[k];
    const std::size_t holder = co.holder.empty() ? current : index_of(c, co.holder);
    raci_row row{co.id, co.name, {}, {}, {}};
    if (p.parts.is_transferred(k)) {
      const std::size_t receiver = index_of(c, receiver_of(c, p.parts, k));
      // Who does the handing over: the actor of the step that hands it over.
      std::size_t doer = holder;
      for (auto v : p.reading_order()) {
        const auto& over = p.node(v).hands_over;
        if (std::find(over.begin(), over.end(), co.id) != over.end()) {
          doer = index_of(c, p.graph[v].actor);
          break;
        }
      }
      row.during = row_of(n, doer, holder, {receiver});
      row.after = row_of(n, receiver, receiver, {holder});
    } else {
      row.during = row_of(n, holder, holder, receivers);
      row.after = row.during;
    }
    m.rows.push_back(std::move(row));
  }

  // Emergencies, piece by piece: who holds them when the handover starts, and when it ends.
  const auto first = start_state(p), last = end_state(p);
  auto holder_in = [&](std::optional<process_graph::vertex> v, std::size_t k) {
    const std::string id =
        v && k < p.graph[*v].emergency_holders.size() ? p.graph[*v].emergency_holders[k] : c.emergency_holder;
    return index_of(c, id);
  };
  std::vector<std::pair<std::size_t, std::size_t>> ways;  // (during, after), in the order first met
  std::vector<std::vector<std::string>> pieces;
  for (std::size_t k = 0; k < c.components.size(); ++k) {
    const std::pair way{holder_in(first, k), holder_in(last, k)};
    auto it = std::find(ways.begin(), ways.end(), way);
    if (it == ways.end()) {
      ways.push_back(way);
      pieces.emplace_back();
      it = ways.end() - 1;
    }
    pieces[static_cast<std::size_t>(it - ways.begin())].push_back(c.components[k].id);
  }
  if (ways.empty()) {  // a case without components still has someone on call
    ways.emplace_back(index_of(c, c.emergency_holder), index_of(c, c.emergency_holder));
    pieces.emplace_back();
  }
  for (std::size_t g = 0; g < ways.size(); ++g) {
    const auto [during, after] = ways[g];
    std::string item = "emergencies";
    if (ways.size() > 1) {
      item += ':';
      for (std::size_t i = 0; i < pieces[g].size(); ++i) item += (i ? "+" : "") + pieces[g][i];
    }
    // Emergencies that stay where they are concern the teams that take the rest over, as the
    // pieces kept do.
    const std::vector<std::size_t> asked = during == after ? receivers : std::vector<std::size_t>{};
    std::vector<std::size_t> during_asks = asked, after_asks = asked;
    during_asks.push_back(after);
    after_asks.push_back(during);
    m.rows.push_back({std::move(item), text{}, ways.size() > 1 ? pieces[g] : std::vector<std::string>{},
                      row_of(n, during, during, during_asks), row_of(n, after, after, after_asks)});
  }
  return m;
}

std::vector<diagnostic> check_raci(const handover_case& c, const raci_matrix& m) {
  std::vector<diagnostic> out;
  for (const raci_row& row : m.rows) {
    for (const auto* period : {&row.during, &row.after}) {
      const auto accountable =
          std::count_if(period->begin(), period->end(), [](const raci_cell& cell) { return cell.accountable; });
      if (accountable != 1) {
        const component* co = c.find_component(row.item);
        out.push_back({severity::error, c.source, co ? co->where : c.where,
                       fmt::format("'{}' has {} accountable actors {} the handover, instead of exactly one: give it a "
                                   "'holder' (or add an actor with 'side: current')",
                                   row.item, accountable, period == &row.during ? "during" : "after")});
      }
    }
  }
  return out;
}

}  // namespace passation
