// The timeline of a scenario as a list.

#include <fmt/format.h>

#include "diagram/flowchart_parts.hpp"
#include "passation/gantt.hpp"
#include "passation/report.hpp"
#include "report/phrases.hpp"

namespace passation {

using detail::speaker;

report timeline_report(const process_graph& p, const schedule& s, const report_options& options) {
  const handover_case& c = *p.owner;
  const speaker say(c, options);
  report r;
  r.kind = "timeline";
  r.title = std::string(say.w.title_timeline);
  if (const scenario* sc = c.find_scenario(p.scenario)) {
    r.title = fmt::format(fmt::runtime(say.w.timeline_of), sc->id, sc->title.for_audience(say.reader));
  }
  r.subtitle = say.subtitle();
  const flowchart_options words_of{.reader = say.reader, .lang = say.lang};
  report_section summary;
  summary.bullets = describe_schedule(p, s, words_of);
  r.sections.push_back(std::move(summary));

  report_table t;
  t.columns = {{"step", std::string(say.w.step)},
               {"actor", std::string(say.w.col_actor)},
               {"start", std::string(say.w.col_start)},
               {"finish", std::string(say.w.col_finish)},
               {"duration", std::string(say.w.col_duration)},
               {"critical", std::string(say.w.col_critical)}};
  for (const scheduled_step& step : s.steps) {
    const process_node& n = p.node(step.state);
    if (n.kind == node_kind::decision || n.kind == node_kind::start || step.in_loop) continue;
    const std::string& who = p.graph[step.state].actor;
    t.rows.push_back(
        {n.id,
         {{detail::node_label(n, say.reader, say.w)},
          {who.empty() ? std::string(say.w.dash) : detail::actor_name(c, who, say.reader)},
          {detail::format_date(step.first_day, say.w)},
          {detail::format_date(step.last_day, say.w)},
          {n.estimate == estimate_kind::none
               ? detail::format_number(step.finish - step.start)
               : fmt::format("{} ({})", detail::format_number(step.finish - step.start), say.w.estimate_note)},
          {std::string(step.critical ? say.w.yes : say.w.no)}}});
  }
  r.sections.push_back({{}, {}, std::move(t), {}});
  return say.finish(std::move(r));
}

}  // namespace passation
