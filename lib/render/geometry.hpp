#pragma once
// Where everything goes. The first layout pass (dot) decides the rows: which nodes come before
// which, and how far apart. This file decides the columns: every lane is a column of the same
// width, in the lanes' order, each node centred in its lane; then the lane headers, the lane
// boxes and the legend. Pure arithmetic on points (y grows upwards, as in Graphviz).

#include <cstddef>
#include <vector>

#include "passation/diagram.hpp"

namespace passation::detail {

struct point {
  double x = 0;
  double y = 0;
};

struct extent {
  double width = 0;
  double height = 0;
};

struct rect {
  double left = 0, bottom = 0, right = 0, top = 0;
  [[nodiscard]] double width() const { return right - left; }
  [[nodiscard]] double height() const { return top - bottom; }
};

/// What the first pass measured.
struct measures {
  std::vector<point> node_at;       ///< where dot put each diagram node
  std::vector<extent> node_size;    ///< each diagram node's size
  std::vector<extent> head_size;    ///< each lane header's natural size
  std::vector<extent> legend_size;  ///< each legend sample's size
  std::vector<extent> label_size;   ///< each edge's label's size (zero without a label)
};

/// Where everything is drawn.
struct placement {
  std::vector<point> node_at;
  std::vector<point> head_at;
  double head_width = 0;  ///< every header spans its lane
  std::vector<rect> lanes;
  std::vector<point> legend_at;
  rect legend;
  bool has_legend = false;
  rect bounds;  ///< everything above, with the origin at (0, 0)
};

/// Spacing, in points.
struct spacing {
  double lane_padding = 10;   ///< inside a lane, on each side
  double lane_gap = 6;        ///< between two lanes
  double node_gap = 18;       ///< between two nodes of one lane on one row
  double head_gap = 20;       ///< between a header and the first row
  double bottom_padding = 16; ///< under the last row of a lane
  double legend_gap = 22;     ///< between the lanes and the legend
  double legend_padding = 10;
  double legend_title = 18;   ///< room for the legend's title
  double legend_spacing = 16; ///< between two samples of the legend
  double min_legend_width = 420;
  double side_room = 24;      ///< beside a diagram without lanes, for edges that go round
};

placement place(const diagram& d, const measures& m, const spacing& s = {});

}  // namespace passation::detail
