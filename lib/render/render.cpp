#include "passation/render.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "draw.hpp"
#include "field_key.hpp"
#include "export.hpp"
#include "geometry.hpp"
#include "router.hpp"
#include "graphviz.hpp"
#include "render/svg_size.hpp"
#include "passation/error.hpp"

namespace passation {

namespace {

// A diagram's layout: its sizes, its placement, its routes, and what Graphviz said making them.
struct layout {
  detail::measures measured;
  detail::placement placed;
  std::vector<detail::edge_route> routes;
  bool routed = false;
  std::vector<diagnostic> messages;
};

// The layouts of the last diagrams drawn in this process, by layout_key. A layout depends on
// neither the title nor the subtitle (drawn in the last pass only): the flowcharts of a batch that
// differ only there (the explored splits whose processes are the same, say) are laid out once.
// Only used under the Graphviz lock.
std::unordered_map<std::string, layout>& remembered_layouts() {
  static std::unordered_map<std::string, layout> memo;
  return memo;
}
constexpr std::size_t k_remembered_layouts = 256;

}  // namespace

std::string detail::layout_key(const diagram& d, const render_options& options) {
  detail::key_writer w(detail::field_use::layout);
  w.add(options);
  w.add(d);
  return std::move(w).take();
}

namespace {

// Lays `d` out once for the outputs of `group` (which share a font and a layout budget, the only
// options a layout depends on) and renders each of them into `results`.
void draw_group(const diagram& d, std::span<const render_options> outputs, const std::vector<std::size_t>& group,
                std::vector<rendering>& results) {
  detail::graphviz_session session;
  // The graph is built without a resolution: each PNG sets its own before it is rendered.
  render_options layout_options = outputs[group.front()];
  layout_options.format = output_format::svg;
  auto any_output = [&](auto&& wanted) {
    return std::any_of(group.begin(), group.end(), [&](std::size_t i) { return wanted(outputs[i].format); });
  };
  // Painted formats and exports with coordinates need the routes; DOT is the graph before them.
  const bool wants_drawing =
      any_output([](output_format f) { return info(f).painted || detail::writer_of(f).needs_layout; });
  const bool wants_dot =
      any_output([](output_format f) { return !info(f).painted && detail::writer_of(f).graphviz_device; });

  // Pass 1: dot decides the rows and measures everything. Pass 2: the edges routed around the
  // steps. Pass 3: every position and route given, Graphviz draws. Lanes are placed by passation
  // rather than by dot's clusters, because dot orders clusters to cut crossings and would not keep
  // the lanes in the case's order.
  std::unordered_map<std::string, layout>& memo = remembered_layouts();
  const std::string key = detail::layout_key(d, layout_options);
  auto known = memo.find(key);
  if (known == memo.end() || (wants_drawing && !known->second.routed)) {
    if (memo.size() >= k_remembered_layouts) memo.clear();
    layout made;
    made.measured = detail::measure(session, d, layout_options);
    made.placed = detail::place(d, made.measured);
    if (wants_drawing) {
      made.routes = detail::route_drawn_edges(d, made.measured, made.placed, !detail::budgeted(d, layout_options));
      made.routed = true;
    }
    made.messages = session.take_messages();
    known = memo.insert_or_assign(key, std::move(made)).first;
  }
  const detail::placement& placed = known->second.placed;
  const std::vector<diagnostic> layout_messages = known->second.messages;

  // DOT leaves the edges to route: whoever draws the file may move a node, and dot re-routes.
  if (wants_dot) {
    detail::graph_ptr unrouted = detail::build_pinned_graph(d, layout_options, known->second.measured, placed, {});
    const std::string dot = detail::write_dot(unrouted.get());
    for (std::size_t i : group) {
      if (!info(outputs[i].format).painted && detail::writer_of(outputs[i].format).graphviz_device)
        results[i].bytes = dot;
    }
  }
  for (std::size_t i : group) {
    if (const detail::format_writer& w = detail::writer_of(outputs[i].format); w.write) {
      results[i].bytes = w.write({d, &known->second.measured, &placed, &known->second.routes});
    }
  }
  if (any_output([](output_format f) { return info(f).painted; })) {
    detail::graph_ptr g =
        detail::build_pinned_graph(d, layout_options, known->second.measured, placed, known->second.routes);
    if (gvLayout(session.context(), g.get(), "nop2") != 0) {
      throw render_error("Graphviz could not draw the diagram: " + session.describe_messages());
    }
    detail::layout_guard layout(session.context(), g.get());
    for (std::size_t i : group) {
      const render_options& o = outputs[i];
      if (!info(o.format).painted) continue;
      // The resolution only scales the picture: set on the laid-out graph, as Graphviz reads it.
      GD_drawing(g.get())->dpi = info(o.format).raster ? detail::bitmap_dpi(g.get(), o, results[i].messages) : 0.0;
      results[i].bytes = detail::render_data(session, g.get(), o.format);
      if (o.format == output_format::svg) detail::fit_svg(results[i].bytes, o.fit_width, o.fit_height);
    }
  }
  std::vector<diagnostic> messages = layout_messages;
  for (diagnostic& m : session.take_messages()) messages.push_back(std::move(m));
  for (std::size_t i : group) results[i].messages.insert(results[i].messages.begin(), messages.begin(), messages.end());
}

}  // namespace

namespace {

// A pinned diagram (a Gantt chart) has no flow for an export of a process to follow.
void check_pinned_format(const diagram& d, const render_options& options) {
  if (!d.pinned || info(options.format).pinned) return;
  std::string drawn_as;
  for (const format_info& f : diagram_formats()) {
    if (f.pinned) drawn_as += (drawn_as.empty() ? "" : ", ") + std::string(f.name);
  }
  throw render_error(
      fmt::format("a Gantt chart is not drawn as {}; it is drawn as {}", to_string(options.format), drawn_as));
}

}  // namespace

std::vector<rendering> render(const diagram& d, std::span<const render_options> outputs) {
  for (const render_options& o : outputs) {
    detail::check_png_resolution(o);
    check_pinned_format(d, o);
  }
  std::vector<rendering> results(outputs.size());
  std::vector<bool> done(outputs.size(), false);
  // An export that carries no coordinates is written from the diagram alone, without Graphviz.
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    const detail::format_writer& w = detail::writer_of(outputs[i].format);
    if (w.write && !w.needs_layout) {
      results[i].bytes = w.write({d});
      done[i] = true;
    }
  }
  for (std::size_t first = 0; first < outputs.size(); ++first) {
    if (done[first]) continue;
    std::vector<std::size_t> group;
    for (std::size_t i = first; i < outputs.size(); ++i) {
      if (!done[i] && outputs[i].font == outputs[first].font && outputs[i].budget == outputs[first].budget) {
        group.push_back(i);
        done[i] = true;
      }
    }
    draw_group(d, outputs, group, results);
  }
  return results;
}

rendering render(const diagram& d, const render_options& options) {
  return std::move(render(d, std::span<const render_options>(&options, 1)).front());
}

}  // namespace passation
