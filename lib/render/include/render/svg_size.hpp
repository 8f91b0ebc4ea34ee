#pragma once
// The size an SVG written by Graphviz declares.

#include <string>

namespace passation::detail {

/// Scales the width and height an SVG written by Graphviz declares (in points) so that they fit
/// `width` × `height` points (0: no limit); never scales up. The viewBox, so the drawing, is kept.
void fit_svg(std::string& svg, double width, double height);

}  // namespace passation::detail
