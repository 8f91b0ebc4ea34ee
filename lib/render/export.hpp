#pragma once
// How each diagram format is written: painted (or written as DOT) by Graphviz through one of its
// devices, or written by one of passation's exporters from the diagram and, when the format
// carries coordinates, from passation's own layout. Every row of lib/render/formats.cpp says which.

#include <string>
#include <vector>

#include "draw.hpp"
#include "geometry.hpp"
#include "passation/diagram.hpp"
#include "passation/render.hpp"

namespace passation::detail {

/// What an exporter reads: the diagram and, for a format that asks for it, its layout (the same
/// positions and routes passation draws, in Graphviz's frame: points, y growing upwards).
struct export_input {
  const diagram& d;
  const measures* measured = nullptr;               ///< the sizes; set when format_writer::needs_layout
  const placement* placed = nullptr;                ///< the positions; as measured
  const std::vector<edge_route>* routes = nullptr;  ///< the edges' routes; as measured
};

/// Writes a diagram as text in one format. Throws render_error when the diagram cannot be written
/// in it, saying why.
using exporter = std::string (*)(const export_input& in);

/// How one format is written: by Graphviz's `graphviz_device`, or by `write`.
struct format_writer {
  const char* graphviz_device = nullptr;  ///< "svg", "pdf:cairo"…, or null for an export
  exporter write = nullptr;               ///< passation's exporter, or null for Graphviz's formats
  bool needs_layout = false;              ///< an export that carries passation's coordinates
};

/// An identifier for each drawn node, made of its key (letters, digits and '_' only, prefixed with
/// "n_", so that no tool mistakes it for a keyword such as Mermaid's `end`), unique in the diagram;
/// empty for a ghost, which no export writes.
std::vector<std::string> export_ids(const diagram& d);

/// The writer of `f`, from its row in the table of formats.
const format_writer& writer_of(output_format f) noexcept;

}  // namespace passation::detail
