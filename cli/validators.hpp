#pragma once
// Checks of arguments shared by several subcommands; a value they refuse is a usage error (exit 2).

#include <cmath>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "exit_codes.hpp"
#include "passation/render.hpp"

namespace passation::cli {

/// A PNG resolution: a finite number of dots per inch in [10, 2400]. CLI::Range lets "nan" through
/// (every comparison with NaN is false).
inline CLI::Validator dpi_range() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        double value = 0;
        if (!CLI::detail::lexical_cast(text, value) || !std::isfinite(value) || value < 10 || value > 2400) {
          return fmt::format("a resolution is a number of dots per inch from 10 to 2400, not '{}'", text);
        }
        return {};
      },
      "DPI in [10, 2400]");
}

/// The CASE argument, when given, names a file: an empty one is a mistake (a variable that was not
/// set, say), not a way to ask for the embedded case.
inline CLI::Validator case_file_name() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        if (text.empty()) return "empty: name a case file, or leave CASE out for the embedded Sport Santé case";
        return {};
      },
      "");
}

/// `names` as a reader says them: "svg, png, pdf or dot" (for --help and messages).
inline std::string alternatives(const std::vector<std::string>& names) {
  std::string said;
  for (std::size_t i = 0; i < names.size(); ++i) {
    said += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
  }
  return said;
}

/// The diagram formats, as alternatives(): "svg, png, pdf or dot".
inline std::string diagram_format_names() { return alternatives(format_name_list()); }

/// The diagram formats' file extensions, as alternatives(): ".svg, .png, .pdf or .dot".
inline std::string diagram_extensions() {
  std::vector<std::string> extensions;
  for (const format_info& f : diagram_formats()) extensions.emplace_back(f.extension);
  return alternatives(extensions);
}

/// The diagram format an output file's extension names, without its dot ("mmd": mermaid).
inline std::optional<output_format> diagram_format_of_extension(std::string_view extension) {
  return format_of_extension("." + std::string(extension));
}

/// The format named by the extension of `output` ("t.md": "md"), or nothing when it has none (or
/// is standard output).
inline std::optional<std::string> extension_of(const std::string& output) {
  if (output.empty() || output == "-") return std::nullopt;
  const std::string ext = std::filesystem::path(output).extension().string();
  if (ext.size() < 2) return std::nullopt;
  return ext.substr(1);
}

/// The format to write `output` in: `asked` (-f) when given, else the one its extension names,
/// else nothing. Throws usage_error when the extension names no format the command writes
/// (`known` lists them: `t.docx`), or another one than `asked` (`-f png -o x.svg`): the file would
/// hold what its name does not say. `parse` reads a format's name (parse_output_format…).
template <typename Format, typename Parse>
std::optional<Format> output_format_of(const std::string& output, std::optional<Format> asked, Parse parse,
                                       std::string_view known) {
  const std::optional<std::string> ext = extension_of(output);
  if (!ext) return asked;
  const std::optional<Format> named = parse(*ext);
  if (!named) {
    throw usage_error(
        fmt::format("-o {}: .{} is not a format this command writes ({}); name the file with one of "
                    "these extensions",
                    output, *ext, known));
  }
  if (asked && *asked != *named) {
    throw usage_error(
        fmt::format("-f {} and -o {} disagree: the file would hold {} under a name that says {}; change "
                    "one of them",
                    to_string(*asked), output, to_string(*asked), to_string(*named)));
  }
  return named;
}

}  // namespace passation::cli
