#pragma once
// Options every report command shares (audience, language, format, output) and writing the result.

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "passation/report.hpp"

namespace passation::cli {

struct report_output {
  std::string audience_name;
  std::string format_name;
  std::string language_name;
  std::string separator = ",";
  std::string output;
  bool force = false;  ///< --force: replace a read-only output

  /// Adds --audience, --lang, --format, --separator, -o and --force to `command`.
  void add_to(CLI::App& command, std::string_view default_audience,
              const std::vector<std::string>& formats = {"md", "markdown", "html", "csv", "json"});
  /// The options of the report for `c`.
  [[nodiscard]] report_options options(const handover_case& c) const;
  /// Writes `r` to -o (atomically, never over the case file) or to standard output.
  void write(const report& r, const handover_case& c, const std::string& case_file = {}) const;

 private:
  std::string default_audience_;
  std::string known_formats_;  ///< "md, html, csv or json", for --help and messages
};

}  // namespace passation::cli
