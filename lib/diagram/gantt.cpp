#include "passation/gantt.hpp"

#include <fmt/format.h>

#include "diagram/flowchart_parts.hpp"
#include "words/words.hpp"

namespace passation {

namespace {

std::string days_text(double days, const detail::words& w) {
  return fmt::format(fmt::runtime(w.working_days), detail::format_number(days));
}

}  // namespace

std::vector<std::string> describe_schedule(const process_graph& p, const schedule& s,
                                           const flowchart_options& options) {
  const handover_case& c = *p.owner;
  const audience a = options.reader;
  const detail::words& w = detail::words_for(options.lang.value_or(c.lang));
  std::vector<std::string> lines;
  lines.push_back(fmt::format(fmt::runtime(s.estimated ? w.starts_ends_estimated : w.starts_ends),
                              detail::format_date(s.start, w), detail::format_date(s.end, w),
                              detail::format_number(s.total_days)));
  if (s.deadlines.empty()) lines.emplace_back(w.no_deadline);
  for (const deadline_check& d : s.deadlines) {
    const std::string label = d.label.for_audience(a);
    if (label.empty()) {
      lines.push_back(d.met() ? fmt::format(fmt::runtime(w.deadline_met), detail::format_date(d.day, w), d.margin)
                              : fmt::format(fmt::runtime(w.deadline_missed), detail::format_date(d.day, w), -d.margin));
    } else {
      lines.push_back(
          d.met()
              ? fmt::format(fmt::runtime(w.named_deadline_met), label, detail::format_date(d.day, w), d.margin)
              : fmt::format(fmt::runtime(w.named_deadline_missed), label, detail::format_date(d.day, w), -d.margin));
    }
  }
  // The days off the plan skips, besides weekends: they move every date after them.
  std::string off;
  for (const public_holiday& h : s.calendar.days_off(s.start, s.end)) {
    off += (off.empty() ? "" : std::string(w.list_separator)) +
           fmt::format(fmt::runtime(w.day_off), h.name.empty() ? w.closed_day : h.name, detail::format_date(h.day, w));
  }
  if (!off.empty()) lines.push_back(fmt::format(fmt::runtime(w.days_off), off));
  for (const loop_cost& loop : s.loops) {
    lines.push_back(fmt::format(fmt::runtime(w.loop_round), detail::node_label(p.node(loop.from), a, w),
                                detail::node_label(p.node(loop.to), a, w), days_text(loop.days, w)));
  }
  for (std::string& line : lines) line = typeset(line, options.lang.value_or(c.lang));
  return lines;
}

gantt_chart make_gantt(const process_graph& p, const schedule& s, const flowchart_options& options) {
  const handover_case& c = *p.owner;
  const audience a = options.reader;
  const detail::words& w = detail::words_for(options.lang.value_or(c.lang));
  gantt_chart g;
  g.title = c.title.for_audience(a);
  if (const scenario* sc = c.find_scenario(p.scenario)) {
    g.subtitle = fmt::format(fmt::runtime(w.timeline_of), sc->id, sc->title.for_audience(a));
  } else {
    g.subtitle = std::string(w.title_timeline);
  }
  g.critical_label = std::string(w.critical_path);
  g.deadline_label = std::string(w.deadline_mark);
  g.step_label = std::string(w.step);
  g.milestone_label = std::string(w.milestone);

  // Colours by side, as in the flowcharts: the current team orange, the next team green.
  auto tone_of = [&](const std::string& id) -> std::size_t {
    const actor* who = c.find_actor(id);
    if (!who) return no_tone;
    switch (who->side) {
      case actor_side::current: return 0;
      case actor_side::next: return 1;
      case actor_side::funder: return 2;
      case actor_side::other: return 3;
    }
    return no_tone;
  };
  for (const scheduled_step& step : s.steps) {
    const process_node& n = p.node(step.state);
    if (n.kind == node_kind::start || n.kind == node_kind::decision || step.in_loop) continue;
    gantt_row row;
    row.label = detail::node_label(n, a, w);
    const std::string& who = p.graph[step.state].actor;
    row.who = who.empty() ? std::string{} : detail::actor_name(c, who, a);
    row.start = step.start;
    row.finish = step.finish;
    row.milestone = step.finish <= step.start;
    row.critical = step.critical;
    row.tone = tone_of(who);
    g.rows.push_back(std::move(row));
  }

  // A tick on each Monday, or every other one, or fewer: never more than about 16 ticks, however
  // far the deadline or long the plan; with the year once the axis spans more than a year.
  const double axis_end = std::max(
      s.total_days, s.deadline ? static_cast<double>(s.calendar.working_days_until(s.start, *s.deadline)) : 0.0);
  constexpr long most_ticks = 16;
  const long weeks = static_cast<long>(axis_end) / 5 + 1;
  const long step = axis_end > 80 ? 10 * ((weeks + 2 * most_ticks - 1) / (2 * most_ticks)) : 5;
  const std::string_view tick_format = axis_end > 260 ? w.date_format : w.tick_format;
  for (long day = 0; day <= static_cast<long>(axis_end) + 1; day += step) {
    const date d = s.calendar.plus_working_days(s.start, day);
    g.ticks.push_back({static_cast<double>(day), fmt::format(fmt::runtime(tick_format), d.year, d.month, d.day)});
  }
  for (const deadline_check& d : s.deadlines) {
    const std::string label = d.label.for_audience(a);
    g.deadlines.push_back({static_cast<double>(s.calendar.working_days_until(s.start, d.day)),
                           label.empty() ? fmt::format("{} {}", w.deadline_mark, detail::format_date(d.day, w))
                                         : fmt::format("{} — {}", label, detail::format_date(d.day, w)),
                           !d.met()});
  }
  g.deadline_missed = !s.meets_deadline();
  g.notes = describe_schedule(p, s, options);
  const language lang = options.lang.value_or(c.lang);
  auto set = [&](std::string& text) { text = typeset(text, lang); };
  set(g.title);
  set(g.subtitle);
  for (gantt_row& r : g.rows) set(r.label), set(r.who);
  for (gantt_mark& t : g.ticks) set(t.label);
  for (gantt_deadline& d : g.deadlines) set(d.label);
  set(g.critical_label);
  set(g.step_label);
  set(g.milestone_label);
  set(g.deadline_label);
  return g;
}

}  // namespace passation
