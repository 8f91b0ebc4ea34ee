#pragma once
// The Graphviz passes of a render: measuring (dot decides the rows and gives every size), then
// drawing with every position and every route given (router.hpp routes the edges in between).

#include "geometry.hpp"
#include "graphviz.hpp"
#include "passation/diagram.hpp"
#include "passation/render.hpp"

namespace passation::detail {

/// Whether `d` is laid out under a budget (Graphviz's iterations bounded, edges routed quickly).
bool budgeted(const diagram& d, const render_options& options);

/// Builds the measuring graph, lays it out with dot and reads positions and sizes.
measures measure(graphviz_session& session, const diagram& d, const render_options& options);

/// One edge's route, as Graphviz writes it ("pos": its spline, "lp": where its label goes).
struct edge_route {
  std::string pos;
  std::string lp;
};

/// What a layout of `d` depends on, as a string: everything but its title and subtitle, which
/// only the last pass draws, and the font and the budget of `options`. Two diagrams with the same
/// key have the same layout.
std::string layout_key(const diagram& d, const render_options& options);

/// Builds the graph to draw: every node, header, lane, legend and edge route where `p` and
/// `routes` put them, each box as wide as `m` says; ghosts are left out.
graph_ptr build_pinned_graph(const diagram& d, const render_options& options, const measures& m, const placement& p,
                             const std::vector<edge_route>& routes);

/// The routes of the edges drawn (ghosts left out: they get an empty route), found in the frame
/// where the diagram flows down (see transposed()).
std::vector<edge_route> route_drawn_edges(const diagram& d, const measures& m, const placement& p, bool thorough);

}  // namespace passation::detail
