// Who holds what, during the handover and after it.

#include <fmt/format.h>

#include "passation/error.hpp"
#include "passation/raci.hpp"
#include "passation/report.hpp"
#include "diagram/flowchart_parts.hpp"
#include "report/phrases.hpp"

namespace passation {

using detail::speaker;

report raci_report(const process_graph& p, const report_options& options) {
  const handover_case& c = *p.owner;
  const speaker say(c, options);
  const raci_matrix m = make_raci(p);
  if (auto problems = check_raci(c, m); has_errors(problems)) throw case_error(std::move(problems));

  report r;
  r.kind = "raci";
  const scenario* s = c.find_scenario(p.scenario);
  r.title = s ? fmt::format(fmt::runtime(say.w.raci_title), s->id, s->title.for_audience(say.reader)) : std::string{};
  r.subtitle = say.subtitle();
  r.sections.push_back({{}, {std::string(say.w.raci_key)}, std::nullopt, {}});

  // Emergencies that go different ways are one row per way, named by their pieces.
  auto item_name = [&](const raci_row& row) {
    if (!row.item.starts_with("emergencies")) return row.label.for_audience(say.reader);
    if (row.pieces.empty()) return std::string(say.w.emergencies_item);
    std::vector<std::string> names;
    for (const std::string& id : row.pieces) {
      if (const component* co = c.find_component(id))
        names.push_back(detail::in_list(co->name.for_audience(say.reader)));
    }
    return fmt::format(fmt::runtime(say.w.emergencies_of), say.join(names));
  };
  report_table flat;
  flat.columns = {{"item", std::string(say.w.col_item)}, {"period", std::string(say.w.col_period)}};
  for (const actor& a : c.actors) flat.columns.push_back({a.id, a.name.for_audience(say.reader)});
  for (const bool during : {true, false}) {
    report_table t;
    t.columns.push_back({"item", std::string(say.w.col_item)});
    for (const actor& a : c.actors) t.columns.push_back({a.id, a.name.for_audience(say.reader)});
    const std::string period(during ? say.w.raci_during : say.w.raci_after);
    for (const raci_row& row : m.rows) {
      report_row out{row.item, {{item_name(row)}}};
      report_row flat_row{row.item, {{item_name(row)}, {period}}};
      for (const raci_cell& cell : during ? row.during : row.after) {
        out.cells.push_back({cell.letters()});
        flat_row.cells.push_back({cell.letters()});
      }
      t.rows.push_back(std::move(out));
      flat.rows.push_back(std::move(flat_row));
    }
    r.sections.push_back({period, {}, std::move(t), {}});
  }
  r.flat = std::move(flat);
  return say.finish(std::move(r));
}

}  // namespace passation
