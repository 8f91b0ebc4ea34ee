#include "passation/report.hpp"
#include "report/writers.hpp"

namespace passation {

std::string_view to_string(report_format f) noexcept {
  switch (f) {
    case report_format::markdown: return "md";
    case report_format::html: return "html";
    case report_format::csv: return "csv";
    case report_format::json: return "json";
  }
  return "?";
}

std::optional<report_format> parse_report_format(std::string_view name) noexcept {
  if (name == "md" || name == "markdown") return report_format::markdown;
  if (name == "html") return report_format::html;
  if (name == "csv") return report_format::csv;
  if (name == "json") return report_format::json;
  return std::nullopt;
}

std::string_view file_extension(report_format f) noexcept {
  switch (f) {
    case report_format::markdown: return ".md";
    case report_format::html: return ".html";
    case report_format::csv: return ".csv";
    case report_format::json: return ".json";
  }
  return "";
}

std::string write_report(const report& r, const write_options& options) {
  switch (options.format) {
    case report_format::markdown: return detail::write_markdown(r);
    case report_format::html: return detail::write_html(r, options.lang);
    case report_format::csv: return detail::write_csv(r, options.csv_separator);
    case report_format::json: return detail::write_json(r);
  }
  return {};
}

}  // namespace passation
