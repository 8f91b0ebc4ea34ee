// The table of diagram formats: one row per output_format, which says what the format is (the
// public format_info) and how it is written (format_writer). Adding a format is an enum value in
// passation/render.hpp, a row here and, for an export, its exporter in a file of its own.

#include <array>

#include "export.hpp"
#include "png_device.hpp"
#include "passation/render.hpp"

namespace passation {

namespace detail {
// The exporters, each in a file of its own.
std::string write_mermaid(const export_input& in);   // mermaid.cpp
std::string write_plantuml(const export_input& in);  // plantuml.cpp
std::string write_bpmn(const export_input& in);      // bpmn.cpp
}  // namespace detail

namespace {

struct format_row {
  format_info info;
  detail::format_writer writer;
};

// One row per output_format, in its order (checked below, at compile time).
constexpr std::array k_rows{
    format_row{{output_format::svg, "svg", ".svg", "vector, text stays text", false, true, true}, {"svg"}},
    format_row{{output_format::png, "png", ".png", "pixels, at a resolution", true, true, true}, {detail::png_device}},
    format_row{{output_format::pdf, "pdf", ".pdf", "vector, for documents", false, true, true}, {"pdf:cairo"}},
    format_row{{output_format::dot, "dot", ".dot", "the Graphviz graph with its positions", false, false, true},
               {"dot"}},
    format_row{
        {output_format::mermaid, "mermaid", ".mmd", "a Mermaid flowchart, for a README or a wiki", false, false, false},
        {nullptr, detail::write_mermaid}},
    format_row{{output_format::plantuml, "plantuml", ".puml", "a PlantUML activity diagram with swimlanes", false,
                false, false},
               {nullptr, detail::write_plantuml}},
    format_row{{output_format::bpmn, "bpmn", ".bpmn",
                "BPMN 2.0 with passation's layout, for bpmn.io or Camunda Modeler", false, false, false},
               {nullptr, detail::write_bpmn, true}},
};

constexpr bool rows_are_whole() {
  for (std::size_t i = 0; i < k_rows.size(); ++i) {
    const format_row& row = k_rows[i];
    if (static_cast<std::size_t>(row.info.format) != i) return false;
    // Only Graphviz paints or draws pinned diagrams (Gantt charts). (Whether a row without a device has an exporter
    // is checked when it is drawn, and by the test that draws every row: GCC does not take the
    // address of a function of another file as a constant under -fsanitize=undefined.)
    const bool by_graphviz = row.writer.graphviz_device != nullptr;
    if (!by_graphviz && (row.info.painted || row.info.raster || row.info.pinned)) return false;
    if (by_graphviz && row.writer.needs_layout) return false;
  }
  return true;
}
static_assert(rows_are_whole(), "k_rows holds one row per output_format, in its order, only Graphviz's painted");

constexpr std::array<format_info, k_rows.size()> k_formats = [] {
  std::array<format_info, k_rows.size()> infos{};
  for (std::size_t i = 0; i < k_rows.size(); ++i) infos[i] = k_rows[i].info;
  return infos;
}();

std::size_t row_of(output_format f) noexcept {
  const auto i = static_cast<std::size_t>(f);
  return i < k_rows.size() ? i : 0;
}

}  // namespace

std::span<const format_info> diagram_formats() noexcept { return k_formats; }

const format_info& info(output_format f) noexcept { return k_formats[row_of(f)]; }

const detail::format_writer& detail::writer_of(output_format f) noexcept { return k_rows[row_of(f)].writer; }

std::vector<std::string> format_name_list() {
  std::vector<std::string> names;
  for (const format_info& f : k_formats) names.emplace_back(f.name);
  return names;
}

std::string_view to_string(output_format f) noexcept { return info(f).name; }

std::optional<output_format> parse_output_format(std::string_view name) noexcept {
  for (const format_info& f : k_formats) {
    if (f.name == name) return f.format;
  }
  return std::nullopt;
}

std::string_view file_extension(output_format f) noexcept { return info(f).extension; }

std::optional<output_format> format_of_extension(std::string_view extension) noexcept {
  for (const format_info& f : k_formats) {
    if (f.extension == extension) return f.format;
  }
  return std::nullopt;
}

}  // namespace passation
