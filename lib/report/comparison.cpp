// The comparison tables: the funder's, the technical one, who has what, and the glossary.

#include <fmt/format.h>

#include "passation/analysis.hpp"
#include "passation/report.hpp"
#include "report/phrases.hpp"

namespace passation {

using detail::speaker;

namespace {

report single_table(std::string kind, std::string title, const speaker& say, report_table table) {
  report r;
  r.kind = std::move(kind);
  r.title = std::move(title);
  r.subtitle = say.subtitle();
  r.sections.push_back({{}, {}, std::move(table), {}});
  return say.finish(std::move(r));
}

}  // namespace

report funder_report(const handover_case& c, const report_options& options) {
  const speaker say(c, options);
  report_table t;
  const bool who_takes = say.receivers_vary();
  t.columns = {{"scenario", std::string(say.w.col_scenario)},
               {"transferred", std::string(say.w.col_transferred)},
               {"kept", fmt::format(fmt::runtime(say.w.col_kept), say.keeper())}};
  if (who_takes) t.columns.push_back({"receivers", std::string(say.w.col_receivers)});
  t.columns.push_back({"contractor", std::string(say.w.col_contractor)});
  t.columns.push_back({"emergencies_after", std::string(say.w.col_answers_after)});
  for (const scenario* s : say.scenarios(options.scenarios)) {
    const assessment a = assess(c, split_of(c, *s));
    std::vector<std::string> moved = say.component_names(a.transferred);
    std::vector<std::string> kept = say.component_names(a.kept);
    if (a.kept.empty()) moved = {speaker::capitalised(std::string(say.w.everything))};
    if (a.transferred.empty()) moved = {speaker::capitalised(std::string(say.w.nothing))};
    if (a.kept.empty()) kept = {speaker::capitalised(std::string(say.w.nothing))};
    report_row row{s->id, {{say.scenario_label(*s)}, moved, kept}};
    if (who_takes) row.cells.push_back({say.receivers_text(a.parts)});
    row.cells.push_back(say.contractor(a));
    row.cells.push_back({say.answers_after(*s)});
    t.rows.push_back(std::move(row));
  }
  return single_table("funder", std::string(say.w.title_funder), say, std::move(t));
}

report technical_report(const handover_case& c, const report_options& options) {
  const speaker say(c, options);
  report_table t;
  const bool who_takes = say.receivers_vary();
  t.columns = {{"scenario", std::string(say.w.col_scenario)}};
  if (who_takes) t.columns.push_back({"receivers", std::string(say.w.col_receivers)});
  t.columns.push_back({"prerequisites", std::string(say.w.col_prerequisites)});
  t.columns.push_back({"profile", std::string(say.w.col_profile)});
  t.columns.push_back({"risks", std::string(say.w.col_risks)});
  t.columns.push_back({"advantages", std::string(say.w.col_advantages)});
  for (const scenario* s : say.scenarios(options.scenarios)) {
    const assessment a = assess(c, split_of(c, *s));
    std::vector<std::string> prerequisites;
    for (const prerequisite& p : a.prerequisites) prerequisites.push_back(say.prerequisite_line(p));
    report_row row{s->id, {{say.scenario_label(*s)}}};
    if (who_takes) row.cells.push_back({say.receivers_text(a.parts)});
    row.cells.push_back(say.or_dash(prerequisites));
    row.cells.push_back(say.contractor(a));
    row.cells.push_back(say.or_dash(say.texts(a.risks)));
    row.cells.push_back(say.or_dash(say.texts(a.advantages)));
    t.rows.push_back(std::move(row));
  }
  return single_table("technical", std::string(say.w.title_technical), say, std::move(t));
}

report matrix_report(const handover_case& c, const report_options& options) {
  const speaker say(c, options);
  const auto scenarios = say.scenarios(options.scenarios);
  report_table t;
  t.columns.push_back({"component", std::string(say.w.col_component)});
  std::vector<split> splits;
  for (const scenario* s : scenarios) {
    t.columns.push_back({s->id, say.scenario_label(*s)});
    splits.push_back(split_of(c, *s));
  }
  for (std::size_t i = 0; i < c.components.size(); ++i) {
    report_row row{c.components[i].id, {{say.component_name(i)}}};
    for (const split& parts : splits) {
      row.cells.push_back({say.destination(parts, i)});
    }
    t.rows.push_back(std::move(row));
  }
  return single_table("matrix", std::string(say.w.title_matrix), say, std::move(t));
}

report glossary_report(const handover_case& c, const report_options& options) {
  const speaker say(c, options);
  const bool technical = say.reader == audience::technical;
  report_table t;
  t.columns = {{"number", std::string(say.w.col_number)},
               {"item", std::string(say.w.col_item)},
               {"meaning", std::string(say.w.col_meaning)}};
  if (technical) t.columns.push_back({"notes", std::string(say.w.col_notes)});
  for (std::size_t i = 0; i < c.components.size(); ++i) {
    const component& co = c.components[i];
    report_row row{co.id, {{std::to_string(i + 1)}, {say.component_name(i)}, {co.meaning.for_audience(say.reader)}}};
    if (technical) row.cells.push_back({co.notes.only_for(audience::technical)});
    t.rows.push_back(std::move(row));
  }
  return single_table("glossary", std::string(say.w.title_glossary), say, std::move(t));
}

}  // namespace passation
