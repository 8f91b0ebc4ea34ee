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

}  // namespace

rendering render(const diagram& d, const render_options& options) {
  if (options.format == output_format::png && !(options.dpi >= 10 && options.dpi <= 2400)) {
    throw render_error(fmt::format("a PNG needs between 10 and 2400 dots per inch, not {}", options.dpi));
  }
  detail::graphviz_session session;
  rendering result;

  // Pass 1: dot decides the rows and measures everything. Pass 2: the edges routed around the
  // steps. Pass 3: every position and route given, Graphviz draws. Lanes are placed by passation
  // rather than by dot's clusters, because dot orders clusters to cut crossings and would not keep
  // the lanes in the case's order.
  const detail::measures measured = detail::measure(session, d, options);
  const detail::placement placed = detail::place(d, measured);
  // DOT leaves the edges to route: whoever draws the file may move a node, and dot re-routes.
  const std::vector<detail::edge_route> routes =
      options.format == output_format::dot ? std::vector<detail::edge_route>{} : detail::route(session, d, options, placed);
  detail::graph_ptr g = detail::build_pinned_graph(d, options, placed, routes);

  if (options.format == output_format::dot) {
    result.bytes = detail::write_dot(g.get());
  } else {
    if (gvLayout(session.context(), g.get(), "nop2") != 0) {
      throw render_error("Graphviz could not draw the diagram: " + session.describe_messages());
    }
    detail::layout_guard layout(session.context(), g.get());
    result.bytes = detail::render_data(session, g.get(), options.format);
    if (options.format == output_format::svg) detail::fit_svg(result.bytes, options.fit_width, options.fit_height);
  }
  result.messages = session.take_messages();
  return result;
}

}  // namespace passation
