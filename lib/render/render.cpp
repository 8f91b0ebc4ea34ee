#include "passation/render.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "draw.hpp"
#include "geometry.hpp"
#include "graphviz.hpp"
#include "svg_size.hpp"
#include "passation/error.hpp"

namespace passation {

std::string_view to_string(output_format f) noexcept {
  switch (f) {
    case output_format::svg: return "svg";
    case output_format::png: return "png";
    case output_format::pdf: return "pdf";
    case output_format::dot: return "dot";
  }
  return "?";
}

std::optional<output_format> parse_output_format(std::string_view name) noexcept {
  for (output_format f : {output_format::svg, output_format::png, output_format::pdf, output_format::dot}) {
    if (to_string(f) == name) return f;
  }
  return std::nullopt;
}

std::string_view file_extension(output_format f) noexcept {
  switch (f) {
    case output_format::svg: return ".svg";
    case output_format::png: return ".png";
    case output_format::pdf: return ".pdf";
    case output_format::dot: return ".dot";
  }
  return "";
}

namespace {

void check_resolution(const render_options& options) {
  if (options.format == output_format::png && !(options.dpi >= 10 && options.dpi <= 2400)) {
    throw render_error(fmt::format("a PNG needs between 10 and 2400 dots per inch, not {}", options.dpi));
  }
}

// Lays `d` out once for the outputs of `group` (which share a font and a layout budget, the only
// options a layout depends on) and renders each of them into `results`.
void draw_group(const diagram& d, std::span<const render_options> outputs, const std::vector<std::size_t>& group,
                std::vector<rendering>& results) {
  detail::graphviz_session session;
  // The graph is built without a resolution: each PNG sets its own before it is rendered.
  render_options layout_options = outputs[group.front()];
  layout_options.format = output_format::svg;

  // Pass 1: dot decides the rows and measures everything. Pass 2: the edges routed around the
  // steps. Pass 3: every position and route given, Graphviz draws. Lanes are placed by passation
  // rather than by dot's clusters, because dot orders clusters to cut crossings and would not keep
  // the lanes in the case's order.
  const detail::measures measured = detail::measure(session, d, layout_options);
  const detail::placement placed = detail::place(d, measured);

  // DOT leaves the edges to route: whoever draws the file may move a node, and dot re-routes.
  const bool wants_drawing = std::any_of(group.begin(), group.end(),
                                         [&](std::size_t i) { return outputs[i].format != output_format::dot; });
  const bool wants_dot = std::any_of(group.begin(), group.end(),
                                     [&](std::size_t i) { return outputs[i].format == output_format::dot; });
  if (wants_dot) {
    detail::graph_ptr unrouted = detail::build_pinned_graph(d, layout_options, placed, {});
    const std::string dot = detail::write_dot(unrouted.get());
    for (std::size_t i : group) {
      if (outputs[i].format == output_format::dot) results[i].bytes = dot;
    }
  }
  if (wants_drawing) {
    const std::vector<detail::edge_route> routes = detail::route(session, d, layout_options, placed);
    detail::graph_ptr g = detail::build_pinned_graph(d, layout_options, placed, routes);
    if (gvLayout(session.context(), g.get(), "nop2") != 0) {
      throw render_error("Graphviz could not draw the diagram: " + session.describe_messages());
    }
    detail::layout_guard layout(session.context(), g.get());
    for (std::size_t i : group) {
      const render_options& o = outputs[i];
      if (o.format == output_format::dot) continue;
      // The resolution only scales the picture: set on the laid-out graph, as Graphviz reads it.
      GD_drawing(g.get())->dpi = o.format == output_format::png ? o.dpi : 0.0;
      results[i].bytes = detail::render_data(session, g.get(), o.format);
      if (o.format == output_format::svg) detail::fit_svg(results[i].bytes, o.fit_width, o.fit_height);
    }
  }
  const std::vector<diagnostic> messages = session.take_messages();
  for (std::size_t i : group) results[i].messages = messages;
}

}  // namespace

std::vector<rendering> render(const diagram& d, std::span<const render_options> outputs) {
  for (const render_options& o : outputs) check_resolution(o);
  std::vector<rendering> results(outputs.size());
  std::vector<bool> done(outputs.size(), false);
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
