#pragma once
// Orthogonal edge routing on the placed diagram, in plain arithmetic.
//
// Rows and lanes form a grid: every edge is drawn with horizontal and vertical segments only, as a
// process designer draws it. Each end is attached to a port (a diamond's vertex, a point on a
// box's side) that no other edge uses; horizontal runs go through the free bands between rows and
// vertical runs through the free channels beside the boxes, each run on a track no other edge
// runs along. Among the paths that go through no box and share no segment, the one with the
// fewest crossings, bends and length is kept. A loop back leaves its step by the side and goes up
// beside the steps it skips; a label is put at the start of its edge, where no edge and no box is.
//
// Graphviz's own orthogonal router was measured first (GRAPHVIZ.md): it ignores ports, lets the
// answers of a decision leave on one vertical and does not place labels.

#include <vector>

#include "draw.hpp"
#include "geometry.hpp"
#include "passation/diagram.hpp"

namespace passation::detail {

/// One route per edge of `d` (empty for an edge whose ends are not drawn), as Graphviz reads them.
/// Not `thorough` (a large drawing under a layout budget): fewer paths are tried per edge, and
/// the vertices of decisions are not tried again once every edge is drawn. With `turn_back`, `m`
/// and `p` are in the transposed frame of a left-to-right diagram (transposed()), and the routes
/// are turned back into the diagram's own.
std::vector<edge_route> route_orthogonal(const diagram& d, const measures& m, const placement& p, bool thorough = true,
                                         bool turn_back = false);

/// A route's polyline, read back from its "pos" (the spline's corners and the arrow's tip); for
/// tests and tools.
std::vector<point> route_corners(const edge_route& r);

}  // namespace passation::detail
