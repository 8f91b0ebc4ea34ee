#include "render/svg_size.hpp"

#include <algorithm>
#include <cstdlib>
#include <string_view>

#include <fmt/format.h>

namespace passation::detail {

void fit_svg(std::string& svg, double width, double height) {
  if (width <= 0 && height <= 0) return;
  const std::size_t root = svg.find("<svg ");
  if (root == std::string::npos) return;
  // Graphviz writes `width="862pt" height="1435pt"` on the root element.
  auto locate = [&](std::string_view name, std::size_t& begin, std::size_t& end) {
    begin = svg.find(std::string(name) + "=\"", root);
    if (begin == std::string::npos) return 0.0;
    begin += name.size() + 2;
    end = svg.find("pt\"", begin);
    if (end == std::string::npos) return 0.0;
    return std::atof(svg.substr(begin, end - begin).c_str());
  };
  std::size_t wb = 0, we = 0, hb = 0, he = 0;
  const double w = locate("width", wb, we), h = locate("height", hb, he);
  if (w <= 0 || h <= 0 || we > hb) return;
  double scale = 1;
  if (width > 0) scale = std::min(scale, width / w);
  if (height > 0) scale = std::min(scale, height / h);
  if (scale >= 1) return;
  // Height first: replacing it does not move the width.
  svg.replace(hb, he - hb, fmt::format("{:.2f}", h * scale));
  svg.replace(wb, we - wb, fmt::format("{:.2f}", w * scale));
}

}  // namespace passation::detail
