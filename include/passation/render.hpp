#pragma once
/// \file
/// Drawing a diagram with Graphviz, in this process (never by running `dot`).
///
/// Safe to call from several threads: every call into Graphviz is serialised behind one lock,
/// because Graphviz keeps global state.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "passation/diagnostic.hpp"
#include "passation/diagram.hpp"

namespace passation {

/// The formats a diagram is drawn in. A new one gets its row in the table of formats
/// (lib/render/formats.cpp, checked at compile time), which says how it is written.
enum class output_format {
  svg,       ///< vector, text stays text
  png,       ///< pixels, at render_options::dpi
  pdf,       ///< vector, for documents
  dot,       ///< the Graphviz graph, for programs and hand edits
  mermaid,   ///< a Mermaid flowchart, one subgraph per lane (for a README or a wiki)
  plantuml,  ///< a PlantUML activity diagram, one swimlane per lane
  bpmn,      ///< BPMN 2.0 XML with passation's layout (for bpmn.io or Camunda Modeler)
};

/// Whether Graphviz's layout gets a budget (fewer network-simplex and crossing-minimisation
/// iterations, straight edges): by default above limits::layout_budget_above nodes.
enum class layout_budget {
  automatic,  ///< above limits::layout_budget_above nodes
  always,     ///< always
  never       ///< never
};

/// What passation knows of one diagram format, in one place: parsing, file names, the command
/// line's choices and help, the messages about an output's extension and the batch's warm-up all
/// read diagram_formats(), so that a new format is a new row (and a case in the renderer), not a
/// hunt through the callers.
struct format_info {
  output_format format;          ///< which format this row describes
  std::string_view name;         ///< as written after --format, and in messages: "svg"
  std::string_view extension;    ///< the file extension, with its dot: ".svg"
  std::string_view description;  ///< what it is for, in a few words
  bool raster = false;           ///< drawn in pixels, at render_options::dpi
  bool painted = true;           ///< painted by a Graphviz renderer (false: the graph written as text)
  bool pinned = true;            ///< draws a pinned diagram too, a Gantt chart (an export of a process does not)
};

/// Every diagram format, in the order of output_format.
std::span<const format_info> diagram_formats() noexcept;
/// The row of `f` in diagram_formats().
const format_info& info(output_format f) noexcept;
/// The formats' names, in order: for a command line's choices and messages.
std::vector<std::string> format_name_list();

/// "svg", "png", "pdf" or "dot" (info(f).name).
std::string_view to_string(output_format f) noexcept;
/// The format named `name` in diagram_formats(); nothing for anything else.
std::optional<output_format> parse_output_format(std::string_view name) noexcept;
/// The file extension, with its dot (info(f).extension).
std::string_view file_extension(output_format f) noexcept;
/// The format whose file extension is `extension` (with its dot: ".mmd"); nothing for any other.
std::optional<output_format> format_of_extension(std::string_view extension) noexcept;

/// How to draw: the format, and what depends on it.
struct render_options {
  output_format format = output_format::svg;  ///< the output format
  double dpi = 96;                            ///< PNG only: pixels per inch
  /// PNG only: cairo paints at most 32,767 pixels a side. A drawing that would be larger at `dpi`
  /// is a render_error that names the largest resolution it can have; with `dpi_at_most`, it is
  /// drawn at that resolution instead, and a warning of the rendering says so.
  bool dpi_at_most = false;
  /// SVG only: when not 0, the size the SVG declares is scaled down (never up) to fit a box of this
  /// many points, keeping its proportions; 960 × 540 fits a 16:9 slide. The drawing itself (its
  /// viewBox) is unchanged, text stays text.
  double fit_width = 0;
  double fit_height = 0;                            ///< see fit_width
  layout_budget budget = layout_budget::automatic;  ///< see layout_budget
  /// The font family, with fallbacks, as a CSS-like list.
  std::string font = "DejaVu Sans,Arial,Helvetica,sans-serif";
};

/// The bytes of the rendered diagram, and what Graphviz said on the way (as warnings).
struct rendering {
  std::string bytes;                 ///< the file's content
  std::vector<diagnostic> messages;  ///< Graphviz's warnings, if any
};

/// Lays out and renders `d`. DOT gives the graph passation hands to Graphviz, before layout (a
/// pinned diagram: with every node pinned). Throws render_error when Graphviz fails, and for a
/// pinned diagram in a format that does not draw one (format_info::pinned).
[[nodiscard]] rendering render(const diagram& d, const render_options& options = {});

/// Lays `d` out once and renders it in every one of `outputs` (say SVG, PNG at two resolutions
/// and PDF): one result per output, in their order. The layout depends on the font and the
/// budget only; outputs that differ in those are laid out apart. Throws render_error when Graphviz fails.
[[nodiscard]] std::vector<rendering> render(const diagram& d, std::span<const render_options> outputs);

}  // namespace passation
