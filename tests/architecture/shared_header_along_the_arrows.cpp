// Compiled as part of the pack stage, which links the renderer: what the renderer shares is found
// and compiles, so the two refused probes fail because of the rule, not because probes cannot build.
#include "render/svg_size.hpp"

#include <string>

inline void probe_fit(std::string& svg) { passation::detail::fit_svg(svg, 100, 100); }
