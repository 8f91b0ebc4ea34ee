#include "report_output.hpp"

#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "case_input.hpp"
#include "console.hpp"
#include "validators.hpp"
#include "watch.hpp"
#include "passation/diagnostic.hpp"
#include "passation/output.hpp"

namespace passation::cli {

void report_output::add_to(CLI::App& command, std::string_view default_audience,
                           const std::vector<std::string>& formats) {
  default_audience_ = std::string(default_audience);
  command
      .add_option("-a,--audience", audience_name,
                  fmt::format("plain (the funder) or technical (the contractor); default: {}", default_audience))
      ->check(CLI::IsMember({"plain", "technical"}));
  // "md, html, csv or json": every name but the long spelling of md.
  std::vector<std::string> shown;
  for (const std::string& f : formats) {
    if (f != "markdown") shown.push_back(f);
  }
  known_formats_ = alternatives(shown);
  command
      .add_option("-f,--format", format_name, fmt::format("{}; default: from -o's extension, or md", known_formats_))
      ->check(CLI::IsMember(formats));
  command.add_option("--lang", language_name, "Language of passation's own words (fr, en); default: the case's")
      ->check(CLI::IsMember({"fr", "en"}));
  command.add_option("--separator", separator, "CSV separator: ',' (RFC 4180) or ';' (French spreadsheets)")
      ->capture_default_str()
      ->check(CLI::IsMember({",", ";"}));
  command.add_option("-o,--output", output, "Output file; default: standard output")->type_name("FILE");
  command.add_flag("--force", force, "Replace the output even when it is read-only");
}

report_options report_output::options(const handover_case& c) const {
  report_options o;
  o.reader = *parse_audience(audience_name.empty() ? default_audience_ : audience_name);
  o.lang = language_name.empty() ? std::optional<language>{} : parse_language(language_name);
  (void)c;
  return o;
}

void report_output::write(const report& r, const handover_case& c, const std::string& case_file) const {
  std::optional<report_format> format;
  if (!format_name.empty()) format = parse_report_format(format_name);
  case_input{case_file}.protect_from(output);  // before the extension: the case file is the graver mistake
  format = output_format_of(output, format, parse_report_format, known_formats_);
  write_options w;
  w.format = format.value_or(report_format::markdown);
  w.csv_separator = separator.empty() ? ',' : separator[0];
  w.lang = language_name.empty() ? c.lang : *parse_language(language_name);
  const std::string text = write_report(r, w);
  if (output.empty() || output == "-") {
    write_out(text);
  } else {
    const writing_files writing;  // Ctrl-C under --watch waits for the file
    if (write_file_if_changed(output, text, {.replace_read_only = force}))
      warn("passation: wrote {}\n", terminal_safe(output));
    else
      warn("passation: {} is up to date\n", terminal_safe(output));
  }
}

}  // namespace passation::cli
