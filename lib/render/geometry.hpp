#pragma once
// Where everything goes. The first layout pass (dot) decides the rows: which nodes come before
// which, and how far apart. This file decides the columns: every lane is a column as wide as its
// widest row, in the lanes' order, each node centred in its lane; then the lane headers, the lane
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
  std::vector<point> node_at;     ///< where dot put each diagram node
  std::vector<extent> node_size;  ///< each diagram node's size, as drawn
  /// The room each node's place takes: the largest of the versions of its step (diagram_node::ghost),
  /// or its own size.
  std::vector<extent> slot_size;
  /// The node whose place each node takes: itself, or for a version of a step, the step's first node.
  std::vector<std::size_t> anchor;
  /// The width every box of a lane is drawn at (one width per lane), or 0 for a node drawn at its
  /// natural width (a decision, a start, a node outside the lanes).
  std::vector<double> box_width;
  std::vector<extent> head_size;    ///< each lane header's natural size
  std::vector<extent> legend_size;  ///< each legend sample's size
  extent legend_title_size;         ///< the legend's title
  std::vector<extent> label_size;   ///< each edge's label's size (zero without a label)
};

/// Where everything is drawn.
struct placement {
  std::vector<point> node_at;
  std::vector<point> head_at;
  std::vector<extent> head_size;  ///< each header spans its lane: across its column, or down its band
  std::vector<rect> lanes;
  std::vector<point> legend_at;
  rect legend;
  bool has_legend = false;
  rect bounds;  ///< everything above, with the origin at (0, 0)
};

/// Spacing, in points.
struct spacing {
  double lane_padding = 10;    ///< inside a lane, on each side
  double lane_gap = 6;         ///< between two lanes
  double node_gap = 18;        ///< between two nodes of one lane on one row
  double head_gap = 12;        ///< between a header and the first row
  double bottom_padding = 16;  ///< under the last row of a lane
  double legend_gap = 14;      ///< between the lanes and the legend
  double legend_padding = 10;
  double legend_title = 18;    ///< room for the legend's title
  double legend_spacing = 12;  ///< between two samples of the legend
  double min_legend_width = 420;
  double side_room = 24;  ///< beside a diagram without lanes, for edges that go round
};

/// Where everything goes. Left to right, the lanes are laid out as columns in a transposed frame
/// (see transposed()) and turned back into bands; the legend stays under the content. A pinned
/// diagram (diagram::pinned) keeps its pins, and has no lanes.
placement place(const diagram& d, const measures& m, const spacing& s = {});

/// The frame in which a left-to-right diagram is laid out and routed as a top-down one: x and y
/// swapped and negated, so that the flow going right becomes the flow going down and the bands
/// from top to bottom become the columns from left to right. Its own inverse.
point transposed(point at);
extent transposed(extent e);
rect transposed(const rect& r);
measures transposed(const measures& m);
/// Only what the router reads: the nodes, the lanes and the bounds.
placement transposed(const placement& p);

/// Whether `d` is drawn in the transposed frame (left to right, with lanes).
bool drawn_across(const diagram& d);

}  // namespace passation::detail
