#pragma once
// The two Graphviz passes of a render: measuring (dot decides the rows and gives every size),
// then drawing with every position pinned (Graphviz's "nop2" engine routes the edges).

#include "geometry.hpp"
#include "graphviz.hpp"
#include "passation/diagram.hpp"
#include "passation/render.hpp"

namespace passation::detail {

/// Builds the measuring graph, lays it out with dot and reads positions and sizes.
measures measure(graphviz_session& session, const diagram& d, const render_options& options);

/// Builds the graph to draw: every node, header, lane and legend where `p` puts it.
graph_ptr build_pinned_graph(const diagram& d, const render_options& options, const placement& p);

}  // namespace passation::detail
