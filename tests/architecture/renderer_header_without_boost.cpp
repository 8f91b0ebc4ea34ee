// The renderer's public header, and the worker's, stay free of the process graph and of Boost: a
// program that only draws diagrams does not compile Boost.Graph.
#include "passation/render.hpp"
#include "passation/worker.hpp"

#ifdef BOOST_CONFIG_HPP
#error "passation/render.hpp or passation/worker.hpp includes a Boost header"
#endif

namespace passation {
// Would clash with passation/process.hpp's, had either header included it.
struct process_graph {};
}  // namespace passation

int probe_renderer_header() { return static_cast<int>(passation::diagram_formats().size()); }
