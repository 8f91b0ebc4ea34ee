#include "passation/gantt.hpp"

#include <algorithm>
#include <cmath>

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

namespace {

// The chart's frame, in points (y up): day 0 of the axis at x = 0, the step names right-aligned
// before it, the rows going down from y = 0, the dates and the deadlines' names above.
constexpr double row_height = 26;
constexpr double bar_height = 14;
constexpr double milestone_size = 12;
constexpr double label_gap = 14;     // between the step names and day 0
constexpr double axis_height = 24;   // room for the dates above the rows
constexpr double chart_width = 620;  // the time axis
constexpr double line_height = 16;   // one line of text, for the deadlines' names and the notes
constexpr double notes_gap = 14;     // between the last row and the first note
// A text's width is only estimated here (the renderer measures texts in the drawing's font): a
// character is about 0.62 em wide in the fonts passation draws with. The dates are drawn at 9 pt,
// the deadlines' names at 11 pt (the renderer's small and text sizes).
constexpr double em = 0.62;
constexpr double date_character_width = em * 9;
constexpr double name_character_width = em * 11;

// How many characters `s` has (UTF-8: every byte but the continuation bytes starts one).
double code_points(std::string_view s) {
  return static_cast<double>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// The tone of an actor: colours by side, as in the flowcharts (the current team orange, the next
// team green).
std::size_t tone_of(const handover_case& c, const std::string& id) {
  const actor* who = c.find_actor(id);
  if (!who) return no_tone;
  switch (who->side) {
    case actor_side::current: return 0;
    case actor_side::next: return 1;
    case actor_side::funder: return 2;
    case actor_side::other: return 3;
  }
  return no_tone;
}

// One step of the plan drawn as a row.
struct gantt_row {
  std::string label, who;
  double start = 0, finish = 0;
  bool critical = false;
  std::size_t tone = no_tone;
  [[nodiscard]] bool milestone() const { return finish <= start; }
};

// One date along the axis, or one deadline.
struct axis_mark {
  double at = 0;
  std::string label;
  bool missed = false;
};

class gantt_builder {
 public:
  gantt_builder(const process_graph& p, const schedule& s, const flowchart_options& options)
      : p_(p),
        c_(*p.owner),
        s_(s),
        a_(options.reader),
        lang_(options.lang.value_or(c_.lang)),
        w_(detail::words_for(lang_)) {}

  // `notes` are already typeset (describe_schedule()); every other text is typeset as it is read.
  diagram build(std::vector<std::string> notes) {
    d_.title = typeset(c_.title.for_audience(a_), lang_);
    const scenario* sc = c_.find_scenario(p_.scenario);
    d_.subtitle = typeset(sc ? fmt::format(fmt::runtime(w_.timeline_of), sc->id, sc->title.for_audience(a_))
                             : std::string(w_.title_timeline),
                          lang_);
    read_rows();
    read_axis();
    for (const gantt_row& r : rows_) days_ = std::max(days_, r.finish);
    for (const axis_mark& d : deadlines_) days_ = std::max(days_, d.at);
    days_ += 1;
    scale_ = chart_width / days_;
    d_.pinned = true;
    draw_grid();
    draw_rows();
    draw_deadlines();
    for (std::size_t i = 0; i < notes.size(); ++i) {
      const bool warning = notes[i].starts_with("\u26A0");
      add(fmt::format("note{}", i + 1), diagram_node_kind::text,
          {.x = 0,
           .y = rows_bottom() - notes_gap - line_height * (static_cast<double>(i) + 0.5),
           .anchor = diagram_anchor::left},
          std::move(notes[i]), {}, warning ? diagram_mark::alert : diagram_mark::none);
    }
    write_legend();
    return std::move(d_);
  }

 private:
  [[nodiscard]] double x_of(double day) const { return day * scale_; }
  [[nodiscard]] double rows_bottom() const { return -row_height * static_cast<double>(rows_.size()); }

  diagram_node& add(std::string key, diagram_node_kind kind, diagram_pin pin, std::string label = {},
                    std::vector<std::string> details = {}, diagram_mark mark = diagram_mark::none) {
    diagram_node n;
    n.key = std::move(key);
    n.kind = kind;
    n.pin = pin;
    n.label = std::move(label);
    n.details = std::move(details);
    n.mark = mark;
    n.tone = no_tone;
    return d_.nodes.emplace_back(std::move(n));
  }

  void read_rows() {
    for (const scheduled_step& step : s_.steps) {
      const process_node& n = p_.node(step.state);
      if (n.kind == node_kind::start || n.kind == node_kind::decision || step.in_loop) continue;
      const std::string& who = p_.graph[step.state].actor;
      rows_.push_back({typeset(detail::node_label(n, a_, w_), lang_),
                       who.empty() ? std::string{} : typeset(detail::actor_name(c_, who, a_), lang_), step.start,
                       step.finish, step.critical, tone_of(c_, who)});
    }
  }

  // A date on each Monday, or every other one, or fewer: never more than about 16, however far the
  // deadline or long the plan; with the year once the axis spans more than a year.
  void read_axis() {
    const double axis_end = std::max(
        s_.total_days, s_.deadline ? static_cast<double>(s_.calendar.working_days_until(s_.start, *s_.deadline)) : 0.0);
    constexpr long most_ticks = 16;
    const long weeks = static_cast<long>(axis_end) / 5 + 1;
    const long step = axis_end > 80 ? 10 * ((weeks + 2 * most_ticks - 1) / (2 * most_ticks)) : 5;
    const std::string_view tick_format = axis_end > 260 ? w_.date_format : w_.tick_format;
    for (long day = 0; day <= static_cast<long>(axis_end) + 1; day += step) {
      const date d = s_.calendar.plus_working_days(s_.start, day);
      ticks_.push_back(
          {static_cast<double>(day), typeset(fmt::format(fmt::runtime(tick_format), d.year, d.month, d.day), lang_)});
    }
    for (const deadline_check& d : s_.deadlines) {
      const std::string label = d.label.for_audience(a_);
      deadlines_.push_back(
          {static_cast<double>(s_.calendar.working_days_until(s_.start, d.day)),
           typeset(label.empty() ? fmt::format("{} {}", w_.deadline_mark, detail::format_date(d.day, w_))
                                 : fmt::format("{} — {}", label, detail::format_date(d.day, w_)),
                   lang_),
           !d.met()});
    }
  }

  // The week lines first, so under the bars; each with its date above the axis, or only one in
  // `stride` when the dates would overlap.
  void draw_grid() {
    double widest = 0;
    for (const axis_mark& t : ticks_) widest = std::max(widest, date_character_width * code_points(t.label));
    const double spacing = ticks_.size() > 1 ? x_of(ticks_[1].at) - x_of(ticks_[0].at) : widest + 1;
    const auto stride = static_cast<std::size_t>(std::ceil((widest + 6) / std::max(spacing, 1.0)));
    for (std::size_t i = 0; i < ticks_.size(); ++i) {
      add(fmt::format("grid{}", i + 1), diagram_node_kind::rule,
          {.x = x_of(ticks_[i].at), .y = rows_bottom() / 2, .width = 0.8, .height = -rows_bottom()});
    }
    for (std::size_t i = 0; i < ticks_.size(); i += std::max<std::size_t>(stride, 1)) {
      add(fmt::format("date{}", i + 1), diagram_node_kind::text, {.x = x_of(ticks_[i].at), .y = axis_height / 2}, {},
          {ticks_[i].label});
    }
  }

  // Each step's name and actor, right-aligned before the axis, and its bar (a marker for a milestone).
  void draw_rows() {
    for (std::size_t i = 0; i < rows_.size(); ++i) {
      gantt_row& r = rows_[i];
      const double y = -row_height * (static_cast<double>(i) + 0.5);
      add(fmt::format("step{}", i + 1), diagram_node_kind::text,
          {.x = -label_gap, .y = y, .anchor = diagram_anchor::right}, r.label,
          r.who.empty() ? std::vector<std::string>{} : std::vector<std::string>{r.who});
      const diagram_pin pin =
          r.milestone() ? diagram_pin{.x = x_of(r.start), .y = y, .width = milestone_size, .height = milestone_size}
                        : diagram_pin{.x = x_of((r.start + r.finish) / 2),
                                      .y = y,
                                      .width = (r.finish - r.start) * scale_,
                                      .height = bar_height};
      diagram_node& bar =
          add(fmt::format("bar{}", i + 1), r.milestone() ? diagram_node_kind::marker : diagram_node_kind::bar, pin, {},
              {}, r.critical ? diagram_mark::alert : diagram_mark::none);
      bar.tone = r.tone;
    }
  }

  // Each deadline a line across the rows, its name above the dates, one line per deadline (the
  // latest on top), ending at the line (or starting at day 0, when it would reach before it).
  void draw_deadlines() {
    for (std::size_t i = 0; i < deadlines_.size(); ++i) {
      const axis_mark& d = deadlines_[i];
      const diagram_mark mark = d.missed ? diagram_mark::alert : diagram_mark::met;
      add(fmt::format("deadline{}", i + 1), diagram_node_kind::rule,
          {.x = x_of(d.at), .y = rows_bottom() / 2, .width = 1.6, .height = -rows_bottom() + 8}, {}, {}, mark);
      const double y = axis_height + line_height * (static_cast<double>(i) + 0.5);
      const bool fits_before = x_of(d.at) >= name_character_width * code_points(d.label);
      add(fmt::format("deadline{}_label", i + 1), diagram_node_kind::text,
          {.x = fits_before ? x_of(d.at) : 0,
           .y = y,
           .anchor = fits_before ? diagram_anchor::right : diagram_anchor::left},
          d.label, {}, mark);
    }
  }

  // A sample for each actor, then the critical path, the milestones and the deadlines.
  void write_legend() {
    const auto words = [&](std::string_view w) { return typeset(w, lang_); };
    d_.legend_title = words(w_.legend);
    for (const gantt_row& r : rows_) {
      const bool listed =
          std::any_of(d_.legend.begin(), d_.legend.end(), [&](const legend_entry& e) { return e.label == r.who; });
      if (!r.who.empty() && !listed) d_.legend.push_back({diagram_node_kind::bar, r.tone, r.who, {}});
    }
    d_.legend.push_back({diagram_node_kind::bar, no_tone, words(w_.critical_path), {}, diagram_mark::alert});
    if (std::any_of(rows_.begin(), rows_.end(), [](const gantt_row& r) { return r.milestone(); }))
      d_.legend.push_back({diagram_node_kind::marker, no_tone, words(w_.milestone), {}});
    if (!deadlines_.empty())
      d_.legend.push_back({diagram_node_kind::rule, no_tone, words(w_.deadline_mark), {}, diagram_mark::met});
  }

  const process_graph& p_;
  const handover_case& c_;
  const schedule& s_;
  audience a_;
  language lang_;
  const detail::words& w_;
  std::vector<gantt_row> rows_;
  std::vector<axis_mark> ticks_, deadlines_;
  double days_ = 1;   // the axis spans the longer of the plan and the last deadline, and a day
  double scale_ = 1;  // points per day
  diagram d_;
};

}  // namespace

diagram make_gantt(const process_graph& p, const schedule& s, const flowchart_options& options) {
  return gantt_builder(p, s, options).build(describe_schedule(p, s, options));
}

}  // namespace passation
