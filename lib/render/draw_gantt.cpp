// A Gantt chart drawn with Graphviz: a first pass only measures the texts (dot), then every box is
// pinned where the time axis puts it and drawn by the nop2 engine, as the flowcharts are.

#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "geometry.hpp"
#include "graphviz.hpp"
#include "render/svg_size.hpp"
#include "label.hpp"
#include "node_style.hpp"
#include "passation/error.hpp"
#include "passation/gantt.hpp"
#include "passation/render.hpp"
#include "style.hpp"

namespace passation {

namespace {

using detail::escape_html;
using detail::set_attribute;
using detail::set_html_attribute;
using detail::shorten;

constexpr double points_per_inch = 72.0;
constexpr double row_height = 26;  // points
constexpr double bar_height = 14;
constexpr double label_gap = 14;     // between the step names and the chart
constexpr double axis_height = 24;   // room for the dates above the rows
constexpr double chart_width = 620;  // the time axis
constexpr const char* late_colour = "#B3261E";
constexpr const char* met_colour = "#2E7D32";  // a deadline the plan meets
constexpr const char* grid_colour = "#E3E8EE";

std::string num(double v) { return fmt::format("{:.2f}", v); }

std::string font(double size, const char* colour, const std::string& body) {
  return fmt::format(R"(<FONT POINT-SIZE="{}" COLOR="{}">{}</FONT>)", size, colour, body);
}

std::string row_label(const gantt_row& r) {
  std::string html =
      font(detail::style::text_size, detail::style::ink, escape_html(shorten(r.label, detail::style::line_characters)));
  if (!r.who.empty()) {
    html += "<BR ALIGN=\"RIGHT\"/>" + font(detail::style::small_size, detail::style::muted_ink,
                                           escape_html(shorten(r.who, detail::style::line_characters)));
  }
  return html + "<BR ALIGN=\"RIGHT\"/>";
}

std::string note_label(const std::string& line, bool warning) {
  return font(detail::style::small_size + 1, warning ? late_colour : detail::style::ink,
              escape_html(shorten(line, 3 * detail::style::line_characters))) +
         "<BR ALIGN=\"LEFT\"/>";
}

// The legend: a swatch and a name for each actor, the critical path, milestones and the deadline.
std::string legend_label(const gantt_chart& g) {
  std::vector<std::pair<std::size_t, std::string>> actors;
  for (const gantt_row& r : g.rows) {
    if (r.who.empty()) continue;
    if (std::none_of(actors.begin(), actors.end(), [&](const auto& a) { return a.second == r.who; })) {
      actors.emplace_back(r.tone, r.who);
    }
  }
  auto swatch = [](const char* fill, const char* border) {
    return fmt::format(R"(<TD WIDTH="18" HEIGHT="10" FIXEDSIZE="TRUE" BGCOLOR="{}" COLOR="{}" BORDER="1"></TD>)", fill,
                       border);
  };
  auto name = [](const std::string& text) {
    return fmt::format(R"(<TD ALIGN="LEFT">{}</TD><TD WIDTH="10"></TD>)",
                       font(detail::style::small_size, detail::style::ink,
                            escape_html(shorten(text, detail::style::line_characters))));
  };
  std::string cells;
  for (const auto& [tone, who] : actors) {
    const auto& t = detail::style::tone(tone);
    cells += swatch(t.fill, t.border) + name(who);
  }
  cells += swatch("#FFFFFF", late_colour) + name(g.critical_label);
  if (!g.deadlines.empty()) cells += swatch(met_colour, met_colour) + name(g.deadline_label);
  return fmt::format(R"(<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2"><TR>{}</TR></TABLE>)", cells);
}

struct measured {
  std::vector<detail::extent> rows, ticks, notes;
  std::vector<detail::extent> deadlines;
  detail::extent legend;
};

detail::extent size_of(Agnode_t* n) { return {ND_width(n) * points_per_inch, ND_height(n) * points_per_inch}; }

Agnode_t* text_node(Agraph_t* g, const std::string& name, const std::string& html) {
  Agnode_t* n = agnode(g, const_cast<char*>(name.c_str()), 1);
  set_attribute(n, "shape", "plaintext");
  set_attribute(n, "margin", "0");
  set_attribute(n, "width", "0");
  set_attribute(n, "height", "0");
  set_html_attribute(g, n, "label", html);
  return n;
}

// Every text of the chart, as the nodes that will carry it.
struct texts {
  std::vector<Agnode_t*> rows, ticks, notes;
  std::vector<Agnode_t*> deadlines;
  Agnode_t* legend = nullptr;
};

texts add_texts(Agraph_t* g, const gantt_chart& chart) {
  texts t;
  for (std::size_t i = 0; i < chart.rows.size(); ++i)
    t.rows.push_back(text_node(g, fmt::format("row{}", i + 1), row_label(chart.rows[i])));
  for (std::size_t i = 0; i < chart.ticks.size(); ++i) {
    t.ticks.push_back(
        text_node(g, fmt::format("tick{}", i + 1),
                  font(detail::style::small_size, detail::style::muted_ink, escape_html(chart.ticks[i].label))));
  }
  for (std::size_t i = 0; i < chart.notes.size(); ++i) {
    const bool warning = chart.notes[i].starts_with("\u26A0");
    t.notes.push_back(text_node(g, fmt::format("note{}", i + 1), note_label(chart.notes[i], warning)));
  }
  for (std::size_t i = 0; i < chart.deadlines.size(); ++i) {
    const gantt_deadline& d = chart.deadlines[i];
    t.deadlines.push_back(text_node(
        g, fmt::format("deadline{}_label", i + 1),
        font(detail::style::small_size, d.missed ? late_colour : met_colour, "<B>" + escape_html(d.label) + "</B>")));
  }
  t.legend = text_node(g, "legend", legend_label(chart));
  return t;
}

measured measure(detail::graphviz_session& session, const gantt_chart& chart, const render_options& options) {
  detail::graph_ptr graph = detail::open_graph("measure");
  Agraph_t* g = graph.get();
  detail::declare_defaults(g, options);
  const texts t = add_texts(g, chart);
  if (gvLayout(session.context(), g, "dot") != 0) {
    throw render_error("Graphviz could not measure the chart: " + session.describe_messages());
  }
  detail::layout_guard layout(session.context(), g);
  measured m;
  for (Agnode_t* n : t.rows) m.rows.push_back(size_of(n));
  for (Agnode_t* n : t.ticks) m.ticks.push_back(size_of(n));
  for (Agnode_t* n : t.notes) m.notes.push_back(size_of(n));
  for (Agnode_t* n : t.deadlines) m.deadlines.push_back(size_of(n));
  m.legend = size_of(t.legend);
  return m;
}

void pin(Agnode_t* n, double x, double y) { set_attribute(n, "pos", fmt::format("{},{}!", num(x), num(y))); }

Agnode_t* box(Agraph_t* g, const std::string& name, double x, double y, double width, double height) {
  Agnode_t* n = agnode(g, const_cast<char*>(name.c_str()), 1);
  set_attribute(n, "shape", "box");
  set_attribute(n, "fixedsize", "true");
  set_attribute(n, "label", "");
  set_attribute(n, "width", num(std::max(width, 0.5) / points_per_inch));
  set_attribute(n, "height", num(std::max(height, 0.5) / points_per_inch));
  set_attribute(n, "style", "filled");
  pin(n, x, y);
  return n;
}

// Where things go: the time axis's scale and origin, and the heights of the parts, from the
// bottom up (notes and legend, then the rows, then the axis).
struct frame {
  double days = 1;    // the chart spans the longer of the plan and the last deadline
  double scale = 1;   // points per day
  double labels = 0;  // the widest step name
  double left = 0;    // x of day 0
  std::vector<double> note_y;
  double legend_y = 0, rows_bottom = 0, rows_top = 0, axis_y = 0;

  double x_of(double day) const { return left + day * scale; }
};

frame frame_of(const gantt_chart& chart, const measured& m) {
  frame f;
  for (const gantt_row& r : chart.rows) f.days = std::max(f.days, r.finish);
  for (const gantt_deadline& d : chart.deadlines) f.days = std::max(f.days, d.at);
  f.days += 1;
  f.scale = chart_width / f.days;
  for (const detail::extent& e : m.rows) f.labels = std::max(f.labels, e.width);
  f.left = f.labels + label_gap;
  // The notes from the bottom up: the last is the lowest.
  double y = 0;
  f.note_y.assign(m.notes.size(), 0);
  for (std::size_t k = m.notes.size(); k-- > 0;) {
    f.note_y[k] = y + m.notes[k].height / 2;
    y += m.notes[k].height + 2;
  }
  f.legend_y = y + 8 + m.legend.height / 2;
  f.rows_bottom = f.legend_y + m.legend.height / 2 + 14;
  f.rows_top = f.rows_bottom + row_height * static_cast<double>(chart.rows.size());
  f.axis_y = f.rows_top + axis_height / 2;
  return f;
}

// The week lines, drawn first, so under the bars.
void draw_ticks(Agraph_t* g, const gantt_chart& chart, const frame& f) {
  const double grid_height = f.rows_top - f.rows_bottom;
  for (std::size_t i = 0; i < chart.ticks.size(); ++i) {
    Agnode_t* line = box(g, fmt::format("grid{}", i + 1), f.x_of(chart.ticks[i].at), f.rows_bottom + grid_height / 2,
                         0.8, grid_height);
    set_attribute(line, "color", grid_colour);
    set_attribute(line, "fillcolor", grid_colour);
  }
}

// Every week line's date; when the dates would overlap, only one in `stride` is written.
void place_tick_dates(const texts& t, const gantt_chart& chart, const measured& m, const frame& f) {
  double widest_tick = 0;
  for (const detail::extent& e : m.ticks) widest_tick = std::max(widest_tick, e.width);
  const double spacing =
      chart.ticks.size() > 1 ? f.x_of(chart.ticks[1].at) - f.x_of(chart.ticks[0].at) : widest_tick + 1;
  const auto stride = static_cast<std::size_t>(std::ceil((widest_tick + 6) / std::max(spacing, 1.0)));
  for (std::size_t i = 0; i < chart.ticks.size(); ++i) {
    pin(t.ticks[i], f.x_of(chart.ticks[i].at), f.axis_y);
    if (stride > 1 && i % stride != 0) set_attribute(t.ticks[i], "label", "");
  }
}

// Each step's name, right-aligned before the axis, and its bar (a diamond for a milestone).
void draw_rows(Agraph_t* g, const texts& t, const gantt_chart& chart, const measured& m, const frame& f) {
  for (std::size_t i = 0; i < chart.rows.size(); ++i) {
    const gantt_row& r = chart.rows[i];
    const double row_y = f.rows_top - row_height * (static_cast<double>(i) + 0.5);
    pin(t.rows[i], f.labels - m.rows[i].width / 2, row_y);
    const auto& tone = detail::style::tone(r.tone);
    Agnode_t* bar = nullptr;
    if (r.milestone) {
      bar = box(g, fmt::format("bar{}", i + 1), f.x_of(r.start), row_y, 12, 12);
      set_attribute(bar, "shape", "diamond");
    } else {
      bar = box(g, fmt::format("bar{}", i + 1), f.x_of((r.start + r.finish) / 2), row_y, (r.finish - r.start) * f.scale,
                bar_height);
    }
    set_attribute(bar, "fillcolor", tone.fill);
    set_attribute(bar, "color", r.critical ? late_colour : tone.border);
    set_attribute(bar, "penwidth", r.critical ? "2" : "1");
  }
}

// Each deadline a line, its label above the axis, one row of labels per deadline (latest on top).
// Returns the height of those labels.
double draw_deadlines(Agraph_t* g, const texts& t, const gantt_chart& chart, const measured& m, const frame& f) {
  const double grid_height = f.rows_top - f.rows_bottom;
  double labels_height = 0;
  for (std::size_t i = 0; i < chart.deadlines.size(); ++i) {
    const gantt_deadline& d = chart.deadlines[i];
    const char* colour = d.missed ? late_colour : met_colour;
    Agnode_t* line =
        box(g, fmt::format("deadline{}", i + 1), f.x_of(d.at), f.rows_bottom + grid_height / 2, 1.6, grid_height + 8);
    set_attribute(line, "color", colour);
    set_attribute(line, "fillcolor", colour);
    pin(t.deadlines[i], std::max(f.x_of(d.at) - m.deadlines[i].width / 2, f.left),
        f.rows_top + axis_height + labels_height + m.deadlines[i].height / 2);
    labels_height += m.deadlines[i].height + 2;
  }
  return labels_height;
}

// The placed graph in the asked format: DOT as it is, or drawn by nop2 (every node pinned).
rendering write_chart(detail::graphviz_session& session, Agraph_t* g, const render_options& options) {
  rendering result;
  if (!info(options.format).painted) {
    result.bytes = detail::write_dot(g);
  } else {
    if (gvLayout(session.context(), g, "nop2") != 0) {
      throw render_error("Graphviz could not place the chart: " + session.describe_messages());
    }
    detail::layout_guard layout(session.context(), g);
    if (info(options.format).raster) GD_drawing(g)->dpi = detail::bitmap_dpi(g, options, result.messages);
    result.bytes = detail::render_data(session, g, options.format);
    if (options.format == output_format::svg) detail::fit_svg(result.bytes, options.fit_width, options.fit_height);
  }
  for (diagnostic& said : session.take_messages()) result.messages.push_back(std::move(said));
  return result;
}

void refuse_other_formats(const render_options& options) {
  if (info(options.format).gantt) return;
  std::string drawn_as;
  for (const format_info& f : diagram_formats()) {
    if (f.gantt) drawn_as += (drawn_as.empty() ? "" : ", ") + std::string(f.name);
  }
  throw render_error(
      fmt::format("a Gantt chart is not drawn as {}; it is drawn as {}", to_string(options.format), drawn_as));
}

}  // namespace

rendering render(const gantt_chart& chart, const render_options& options) {
  refuse_other_formats(options);
  detail::check_png_resolution(options);
  detail::graphviz_session session;
  const measured m = measure(session, chart, options);
  const frame f = frame_of(chart, m);

  detail::graph_ptr graph = detail::open_graph("passation_timeline");
  Agraph_t* g = graph.get();
  detail::declare_defaults(g, options);
  agattr(g, AGNODE, const_cast<char*>("pos"), const_cast<char*>(""));
  set_attribute(g, "layout", "nop2");
  diagram titled;
  titled.title = chart.title;
  titled.subtitle = chart.subtitle;
  detail::set_title(g, titled);

  draw_ticks(g, chart, f);
  const texts t = add_texts(g, chart);
  place_tick_dates(t, chart, m, f);
  draw_rows(g, t, chart, m, f);
  const double labels_height = draw_deadlines(g, t, chart, m, f);
  pin(t.legend, f.left + m.legend.width / 2, f.legend_y);
  for (std::size_t i = 0; i < t.notes.size(); ++i) pin(t.notes[i], f.left + m.notes[i].width / 2, f.note_y[i]);

  const double top = f.rows_top + axis_height + (labels_height > 0 ? labels_height + 2 : 0);
  set_attribute(g, "bb",
                fmt::format("0,0,{},{}", num(std::max(f.x_of(f.days), f.left + m.legend.width) + 10), num(top)));
  return write_chart(session, g, options);
}

}  // namespace passation
