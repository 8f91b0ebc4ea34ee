// The prerequisite list of each scenario, and the difference between two scenarios.

#include <algorithm>

#include <fmt/format.h>

#include "passation/analysis.hpp"
#include "passation/error.hpp"
#include "passation/report.hpp"
#include "report/phrases.hpp"

namespace passation {

using detail::speaker;

report prerequisites_report(const handover_case& c, const report_options& options) {
  const speaker say(c, options);
  report r;
  r.kind = "prerequisites";
  r.title = std::string(say.w.title_prerequisites);
  r.subtitle = say.subtitle();
  report_table flat;
  flat.columns = {{"scenario", std::string(say.w.col_scenario)},
                  {"kind", std::string(say.w.col_kind)},
                  {"item", std::string(say.w.col_skill)},
                  {"level", std::string(say.w.col_level)},
                  {"why", std::string(say.w.col_why)}};
  for (const scenario* s : say.scenarios(options.scenarios)) {
    const assessment a = assess(c, split_of(c, *s));
    report_section section;
    section.heading = fmt::format(fmt::runtime(say.w.title_prerequisites_of), s->id, s->title.for_audience(say.reader));
    report_table t;
    t.columns = {{"skill", std::string(say.w.col_skill)},
                 {"level", std::string(say.w.col_level)},
                 {"why", std::string(say.w.col_why)}};
    for (const prerequisite& p : a.prerequisites) {
      t.rows.push_back(
          {c.skills[p.skill].id, {{say.skill_name(p.skill)}, {say.level_text(p.skill, p.level)}, say.reasons(p)}});
      flat.rows.push_back({s->id,
                           {{s->id},
                            {std::string(say.w.col_prerequisites)},
                            {say.skill_name(p.skill)},
                            {say.level_text(p.skill, p.level)},
                            say.reasons(p)}});
    }
    if (t.rows.empty())
      section.paragraphs.push_back(std::string(say.w.no_prerequisite));
    else
      section.table = std::move(t);

    const std::vector<std::string> contractor = say.contractor(a);
    section.bullets.push_back(fmt::format(fmt::runtime(say.w.profile_line), contractor.front()));
    for (std::size_t i = 1; i < contractor.size(); ++i) section.bullets.push_back(contractor[i]);
    flat.rows.push_back({s->id, {{s->id}, {std::string(say.w.col_profile)}, contractor, {}, {}}});
    for (const finding& f : a.risks) {
      section.bullets.push_back(fmt::format(fmt::runtime(say.w.risks_line), f.what.for_audience(say.reader)));
      flat.rows.push_back(
          {s->id, {{s->id}, {std::string(say.w.col_risks)}, {f.what.for_audience(say.reader)}, {}, {}}});
    }
    for (const finding& f : a.advantages) {
      section.bullets.push_back(fmt::format(fmt::runtime(say.w.advantages_line), f.what.for_audience(say.reader)));
      flat.rows.push_back(
          {s->id, {{s->id}, {std::string(say.w.col_advantages)}, {f.what.for_audience(say.reader)}, {}, {}}});
    }
    if (a.risks.empty()) section.bullets.push_back(std::string(say.w.no_risk));
    r.sections.push_back(std::move(section));
  }
  r.flat = std::move(flat);
  return say.finish(std::move(r));
}

report diff_report(const handover_case& c, std::string_view from, std::string_view to, const report_options& options) {
  const speaker say(c, options);
  const auto pair = say.scenarios({std::string(from), std::string(to)});
  const scenario& a_s = *pair[0];
  const scenario& b_s = *pair[1];
  const assessment a = assess(c, split_of(c, a_s));
  const assessment b = assess(c, split_of(c, b_s));

  report_table t;
  t.columns = {
      {"item", std::string(say.w.col_item)}, {"from", say.scenario_label(a_s)}, {"to", say.scenario_label(b_s)}};
  // What changes hands, or goes to someone else.
  for (std::size_t i = 0; i < c.components.size(); ++i) {
    const std::string in_a = say.destination(a.parts, i), in_b = say.destination(b.parts, i);
    if (in_a == in_b) continue;
    t.rows.push_back({c.components[i].id, {{say.component_name(i)}, {in_a}, {in_b}}});
  }
  // Which prerequisites change.
  auto level_in = [](const assessment& x, std::size_t s) -> std::optional<std::size_t> {
    for (const prerequisite& p : x.prerequisites) {
      if (p.skill == s) return p.level;
    }
    return std::nullopt;
  };
  for (std::size_t s = 0; s < c.skills.size(); ++s) {
    const auto la = level_in(a, s), lb = level_in(b, s);
    if (la == lb) continue;
    t.rows.push_back({c.skills[s].id,
                      {{say.skill_name(s)},
                       {la ? say.level_text(s, *la) : std::string(say.w.none)},
                       {lb ? say.level_text(s, *lb) : std::string(say.w.none)}}});
  }
  if (a.profile != b.profile) {
    t.rows.push_back({"profile", {{std::string(say.w.col_profile)}, say.contractor(a), say.contractor(b)}});
  }
  if (const std::string after_a = say.answers_after(a_s), after_b = say.answers_after(b_s); after_a != after_b) {
    t.rows.push_back({"emergencies_after", {{std::string(say.w.col_answers_after)}, {after_a}, {after_b}}});
  }
  // Risks and advantages only one of them has.
  auto only_in = [&](const std::vector<finding>& mine, const std::vector<finding>& theirs) {
    std::vector<std::string> out;
    for (const finding& f : mine) {
      const bool shared = std::any_of(theirs.begin(), theirs.end(),
                                      [&](const finding& g) { return g.rule == f.rule && g.what == f.what; });
      if (!shared) out.push_back(f.what.for_audience(say.reader));
    }
    return out;
  };
  const auto risks_a = only_in(a.risks, b.risks), risks_b = only_in(b.risks, a.risks);
  if (!risks_a.empty() || !risks_b.empty()) {
    t.rows.push_back({"risks", {{std::string(say.w.col_risks)}, say.or_dash(risks_a), say.or_dash(risks_b)}});
  }
  const auto adv_a = only_in(a.advantages, b.advantages), adv_b = only_in(b.advantages, a.advantages);
  if (!adv_a.empty() || !adv_b.empty()) {
    t.rows.push_back({"advantages", {{std::string(say.w.col_advantages)}, say.or_dash(adv_a), say.or_dash(adv_b)}});
  }

  report r;
  r.kind = "diff";
  r.title = fmt::format(fmt::runtime(say.w.title_diff), a_s.id, b_s.id);
  r.subtitle = say.subtitle();
  report_section section;
  if (t.rows.empty())
    section.paragraphs.push_back(std::string(say.w.diff_same));
  else
    section.table = std::move(t);
  r.sections.push_back(std::move(section));
  return say.finish(std::move(r));
}

}  // namespace passation
