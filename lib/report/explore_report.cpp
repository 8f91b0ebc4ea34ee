// Every split, ranked: the counts, the best ones, the named scenarios among them, which profiles
// fit each, and the variants by scope of the named scenarios.

#include <fmt/format.h>

#include "passation/analysis.hpp"
#include "passation/report.hpp"
#include "report/phrases.hpp"

namespace passation {

using detail::speaker;

namespace {

std::vector<std::size_t> indices(const split& parts, bool transferred) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < parts.transferred.size(); ++i) {
    if (parts.is_transferred(i) == transferred) out.push_back(i);
  }
  return out;
}

std::string names_or(const speaker& say, const std::vector<std::size_t>& which, std::string_view empty) {
  return which.empty() ? speaker::capitalised(std::string(empty)) : say.join(say.component_names(which));
}

std::string profile_or_none(const speaker& say, const std::optional<std::size_t>& p) {
  return p ? say.profile_name(*p) : std::string(say.w.explore_none);
}

// The id of the named scenario a split is, or nothing; its label, or a dash.
std::string scenario_id(const handover_case& c, const explored_split& e) {
  return e.scenario ? c.scenarios[*e.scenario].id : std::string{};
}

std::string scenario_or_dash(const speaker& say, const handover_case& c, const explored_split& e) {
  return e.scenario ? say.scenario_label(c.scenarios[*e.scenario]) : std::string(say.w.dash);
}

report_section summary_section(const speaker& say, const handover_case& c, const exploration& explored) {
  report_section summary;
  summary.paragraphs.push_back(fmt::format(fmt::runtime(say.w.explore_summary), explored.splits));
  for (std::size_t p = 0; p < explored.by_profile.size(); ++p) {
    const std::string who = p < c.profiles.size() ? say.profile_name(p) : std::string(say.w.explore_none);
    summary.bullets.push_back(fmt::format(fmt::runtime(say.w.explore_by_profile), who, explored.by_profile[p]));
  }
  return summary;
}

// The trade-offs between profile and dependence, among every split, listed in the ranking or not.
report_table pareto_table(const speaker& say, const handover_case& c, const exploration& explored) {
  report_table pareto;
  pareto.title = fmt::format(fmt::runtime(say.w.explore_pareto), say.keeper());
  pareto.columns = {{"rank", std::string(say.w.col_rank)},
                    {"profile", std::string(say.w.col_profile)},
                    {"dependence", fmt::format(fmt::runtime(say.w.col_pareto_dependence), say.keeper())},
                    {"transferred", std::string(say.w.col_transferred)},
                    {"kept", fmt::format(fmt::runtime(say.w.col_dependence), say.keeper())},
                    {"scenario", std::string(say.w.col_scenario)}};
  for (const explored_split& e : explored.pareto) {
    pareto.rows.push_back({scenario_id(c, e),
                           {{std::to_string(e.rank)},
                            {profile_or_none(say, e.profile)},
                            {std::to_string(e.dependence)},
                            {names_or(say, indices(e.parts, true), say.w.nothing)},
                            {names_or(say, indices(e.parts, false), say.w.nothing)},
                            {scenario_or_dash(say, c, e)}}});
  }
  return pareto;
}

// The best splits; which profiles fit each (the cell says what a profile lacks); and both in one
// table, the report's flat form.
struct ranked_tables {
  report_table ranked, fit, flat;
};

ranked_tables ranked_splits(const speaker& say, const handover_case& c, const exploration& explored) {
  ranked_tables t;
  t.ranked.title = fmt::format(fmt::runtime(say.w.explore_shown), explored.ranked.size(), say.keeper());
  t.ranked.columns = {{"rank", std::string(say.w.col_rank)},
                      {"transferred", std::string(say.w.col_transferred)},
                      {"kept", fmt::format(fmt::runtime(say.w.col_dependence), say.keeper())},
                      {"profile", std::string(say.w.col_profile)},
                      {"scenario", std::string(say.w.col_scenario)}};
  t.fit.title = std::string(say.w.explore_matrix);
  t.fit.columns = {{"rank", std::string(say.w.col_rank)}};
  for (std::size_t p = 0; p < c.profiles.size(); ++p) t.fit.columns.push_back({c.profiles[p].id, say.profile_name(p)});
  t.flat = t.ranked;
  t.flat.title.clear();
  for (std::size_t p = 0; p < c.profiles.size(); ++p) t.flat.columns.push_back({c.profiles[p].id, say.profile_name(p)});

  for (const explored_split& e : explored.ranked) {
    const std::string rank = std::to_string(e.rank);
    const std::string id = scenario_id(c, e);
    report_row row{id,
                   {{rank},
                    {names_or(say, indices(e.parts, true), say.w.nothing)},
                    {names_or(say, indices(e.parts, false), say.w.nothing)},
                    {profile_or_none(say, e.profile)},
                    {scenario_or_dash(say, c, e)}}};
    const assessment a = assess(c, e.parts);
    report_row fit_row{id, {{rank}}};
    report_row flat_row = row;
    for (std::size_t p = 0; p < c.profiles.size(); ++p) {
      const auto missing = missing_skills(c, a, p);
      std::vector<std::string> skills;
      for (std::size_t s : missing) skills.push_back(say.skill_name(s));
      const std::string cell =
          missing.empty() ? std::string(say.w.feasible) : fmt::format(fmt::runtime(say.w.missing), say.join(skills));
      fit_row.cells.push_back({cell});
      flat_row.cells.push_back({cell});
    }
    t.ranked.rows.push_back(std::move(row));
    t.fit.rows.push_back(std::move(fit_row));
    t.flat.rows.push_back(std::move(flat_row));
  }
  return t;
}

// Where each named scenario ranks, and its profile.
report_table named_table(const speaker& say, const handover_case& c, const exploration& explored) {
  report_table named;
  named.title = std::string(say.w.explore_named);
  named.columns = {{"scenario", std::string(say.w.col_scenario)},
                   {"rank", std::string(say.w.col_rank)},
                   {"profile", std::string(say.w.col_profile)}};
  for (const explored_split& e : explored.scenarios) {
    const scenario& s = c.scenarios[*e.scenario];
    named.rows.push_back({s.id,
                          {{say.scenario_label(s)},
                           {e.rank ? std::to_string(e.rank) : std::string(say.w.breaks_couplings)},
                           {profile_or_none(say, e.profile)}}});
  }
  return named;
}

// Variants by scope of a named scenario: one group more, or one fewer.
report_table variants_table(const speaker& say, const scenario& s, const explored_split& e) {
  report_table variants;
  variants.title = fmt::format(fmt::runtime(say.w.explore_variants), s.id);
  variants.columns = {{"variant", std::string(say.w.col_scenario)},
                      {"profile", std::string(say.w.col_profile)},
                      {"risks", std::string(say.w.col_risks)}};
  for (const scope_variant& v : scope_variants(say.c, e.parts)) {
    std::vector<std::string> change;
    if (!v.added.empty())
      change.push_back(fmt::format(fmt::runtime(say.w.variant_adds), say.join(say.component_names(v.added))));
    if (!v.removed.empty()) {
      change.push_back(fmt::format(fmt::runtime(say.w.variant_removes), say.join(say.component_names(v.removed))));
    }
    variants.rows.push_back({{}, {change, say.contractor(v.result), say.or_dash(say.texts(v.result.risks))}});
  }
  return variants;
}

}  // namespace

report explore_report(const handover_case& c, const exploration& explored, const report_options& options) {
  const speaker say(c, options);
  report r;
  r.kind = "explore";
  r.title = std::string(say.w.title_explore);
  r.subtitle = say.subtitle();
  r.sections.push_back(summary_section(say, c, explored));
  r.sections.push_back({{}, {}, pareto_table(say, c, explored), {}});
  ranked_tables ranked = ranked_splits(say, c, explored);
  r.sections.push_back({{}, {}, std::move(ranked.ranked), {}});
  r.sections.push_back({{}, {}, named_table(say, c, explored), {}});
  if (!c.profiles.empty()) r.sections.push_back({{}, {}, std::move(ranked.fit), {}});
  for (const explored_split& e : explored.scenarios) {
    if (!e.rank) continue;
    report_table variants = variants_table(say, c.scenarios[*e.scenario], e);
    if (!variants.rows.empty()) r.sections.push_back({{}, {}, std::move(variants), {}});
  }
  r.flat = std::move(ranked.flat);
  return say.finish(std::move(r));
}

}  // namespace passation
