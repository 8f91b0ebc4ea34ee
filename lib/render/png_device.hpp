#pragma once
// A Graphviz device that writes PNG with passation's own encoder, behind Graphviz's cairo
// renderer: cairo paints the picture as Graphviz always does, and this device encodes the pixels.
//
// Why: cairo encodes PNG with libpng's defaults (every row filter tried on every row, zlib level
// 6), which took three quarters of the time of a meeting pack, more than painting. Diagrams are
// flat colours on white: without filters and at zlib level 4, a 300 dpi flowchart is drawn 2.5
// times faster and its file is 13% smaller than with cairo's writer (see docs/performance.md).

#include <gvplugin.h>

namespace passation::detail {

/// The plugin library to give gvContextPlugins: device "png:cairo" of package "passation_png".
gvplugin_library_t& png_device_library();

/// The device name to give gvRenderData.
inline constexpr const char* png_device = "png:cairo:passation_png";

}  // namespace passation::detail
