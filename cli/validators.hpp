#pragma once
// Checks of arguments shared by several subcommands; a value they refuse is a usage error (exit 2).

#include <cmath>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

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

}  // namespace passation::cli
