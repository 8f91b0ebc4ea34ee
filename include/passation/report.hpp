#pragma once
/// \file
/// Tables and lists about a case, ready to paste into a document or a slide: the funder's
/// comparison of the scenarios, the technical comparison, who keeps what, the glossary of what
/// can be handed over, the prerequisites of each scenario, the difference between two scenarios,
/// and every possible split. Each is built as a `report` (a neutral document), then written as
/// Markdown, HTML, CSV or JSON by write_report().

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "passation/case.hpp"
#include "passation/explore.hpp"
#include "passation/process.hpp"
#include "passation/timeline.hpp"
#include "passation/text.hpp"

namespace passation {

/// A column of a table.
struct report_column {
  std::string key;    ///< stable, in English (the JSON and CSV keys): "scenario", "profile"…
  std::string label;  ///< what the reader sees
};

/// A row of a table.
struct report_row {
  std::string id;  ///< the id of what the row is about (a scenario, a component…), or empty
  /// One cell per column; a cell is one line, or several (a list).
  std::vector<std::vector<std::string>> cells;
};

/// A table of a report.
struct report_table {
  std::string title;                   ///< drawn above the table, or empty
  std::vector<report_column> columns;  ///< left to right
  std::vector<report_row> rows;        ///< top to bottom
};

/// A part of a report: a heading, paragraphs, a table, then a list, each optional.
struct report_section {
  std::string heading;                  ///< or empty
  std::vector<std::string> paragraphs;  ///< before the table
  std::optional<report_table> table;    ///< the section's table, if any
  std::vector<std::string> bullets;     ///< after the table
};

/// A report, independent of any format: the *_report functions build it, write_report()
/// writes it as Markdown, HTML, CSV or JSON.
struct report {
  std::string
      kind;  ///< "funder", "technical", "matrix", "glossary", "prerequisites", "diff", "explore", "timeline", "raci"
  std::string title;                     ///< e.g. "Les scénarios possibles"
  std::string subtitle;                  ///< the case's title and the audience
  std::vector<report_section> sections;  ///< in reading order
  /// The report as one flat table, for CSV (when it has several tables or lists).
  std::optional<report_table> flat;
};

/// Whose words a report is written in, and which scenarios it covers.
struct report_options {
  audience reader = audience::plain;  ///< the funder (plain) or the contractor (technical)
  /// The language of passation's own words (headers, "oui / non"…). Default: the case's.
  std::optional<language> lang;
  /// The scenarios to include (ids), in this order; empty: every scenario.
  std::vector<std::string> scenarios;
};

/// The funder's comparison: scenario | what is transferred | what the current team keeps | kind of
/// contractor to find.
[[nodiscard]] report funder_report(const handover_case& c, const report_options& options = {});
/// The technical comparison: prerequisites, minimum profile, risks, advantages of each scenario.
[[nodiscard]] report technical_report(const handover_case& c, const report_options& options = {});
/// Components × scenarios: who has what in each scenario.
[[nodiscard]] report matrix_report(const handover_case& c, const report_options& options = {});
/// What the handover covers: each component and what it means.
[[nodiscard]] report glossary_report(const handover_case& c, const report_options& options = {});
/// Where the meeting pack (passation/pack.hpp) puts a comparison table, besides its files
/// tables/NAME.md, .csv and .html.
enum class pack_place {
  files_only,       ///< only its files
  dossier_opening,  ///< also in the contractor's dossier, before the scenarios
  dossier_annex,    ///< also in the contractor's dossier, after the scenarios
};

/// One kind of comparison table: a row of table_kinds(), which `passation table --kind` (its
/// choices, its help, what it calls) and the meeting pack read. A new kind is a builder and a row.
struct table_kind {
  std::string_view name;         ///< what `--kind` takes, and the pack's file name: "funder"
  std::string_view description;  ///< what it shows, for `--help`
  audience reader;               ///< whose words it is written in, unless asked otherwise
  pack_place place;              ///< where the meeting pack puts it
  /// Its builder.
  report (*build)(const handover_case& c, const report_options& options);
};

/// Every kind of comparison table, in the order the command lists them.
[[nodiscard]] std::span<const table_kind> table_kinds() noexcept;
/// The kind named `name`, or nullptr.
[[nodiscard]] const table_kind* find_table_kind(std::string_view name) noexcept;

/// The prerequisite list of each scenario: skill, level, why; minimum profile; risks; advantages.
[[nodiscard]] report prerequisites_report(const handover_case& c, const report_options& options = {});
/// What changes from scenario `from` to scenario `to`. Throws error for an unknown scenario.
[[nodiscard]] report diff_report(const handover_case& c, std::string_view from, std::string_view to,
                                 const report_options& options = {});
/// Every split, ranked, with the named scenarios among them, which profiles fit each, and the
/// variants by scope of the named scenarios.
[[nodiscard]] report explore_report(const handover_case& c, const exploration& explored,
                                    const report_options& options = {});

/// The timeline of a scenario as a list: each step with who does it, its first and last day, its
/// duration and whether it is on the critical path; then the end against the deadline.
[[nodiscard]] report timeline_report(const process_graph& p, const schedule& s, const report_options& options = {});

/// Who holds what during the handover and after it (see passation/raci.hpp). Throws case_error
/// when a row does not have exactly one Accountable.
[[nodiscard]] report raci_report(const process_graph& p, const report_options& options = {});

/// The formats a report is written in.
enum class report_format {
  markdown,  ///< GitHub's tables
  html,      ///< one self-contained, printable page
  csv,       ///< RFC 4180
  json       ///< see docs/json.md
};

/// "markdown", "html", "csv" or "json".
std::string_view to_string(report_format f) noexcept;
/// "md" (or "markdown"), "html", "csv", "json"; nothing for anything else.
std::optional<report_format> parse_report_format(std::string_view name) noexcept;
/// ".md", ".html", ".csv", ".json".
std::string_view file_extension(report_format f) noexcept;

/// How write_report() writes a report.
struct write_options {
  report_format format = report_format::markdown;  ///< the output format
  /// CSV only: ',' (RFC 4180) or ';' (what French spreadsheets expect).
  char csv_separator = ',';
  /// HTML only: the language of the page (`<html lang>`).
  language lang = language::fr;
};

/// The report as text in the chosen format. Markdown: GitHub tables. HTML: one self-contained,
/// printable page. CSV: RFC 4180, UTF-8 with a byte order mark so that spreadsheets read the
/// accents. JSON: see docs/json.md.
[[nodiscard]] std::string write_report(const report& r, const write_options& options = {});

}  // namespace passation
