// One self-contained HTML page: inline style, no script, no external resource; prints cleanly.

#include <fmt/format.h>

#include "model/safe_text.hpp"
#include "report/writers.hpp"

namespace passation::detail {

namespace {

constexpr std::string_view k_style = R"(
  :root { color-scheme: light; }
  body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #263238; margin: 2rem auto;
         max-width: 72rem; padding: 0 1rem; line-height: 1.4; }
  h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
  .subtitle { color: #546e7a; margin: 0 0 1.5rem; }
  h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; border-bottom: 1px solid #cfd8dc; padding-bottom: .2rem; }
  table { border-collapse: collapse; width: 100%; margin: .6rem 0 1.2rem; font-size: .92rem; }
  caption { text-align: left; font-weight: bold; padding: .3rem 0; }
  th, td { border: 1px solid #b0bec5; padding: .35rem .5rem; text-align: left; vertical-align: top; }
  thead th { background: #dde3e9; }
  tbody tr:nth-child(even) { background: #f6f8fa; }
  td ul { margin: 0; padding-left: 1.1rem; }
  @media print {
    body { margin: 0; max-width: none; font-size: 10pt; }
    @page { size: A4 landscape; margin: 12mm; }
    thead { display: table-header-group; }
    tr, li { page-break-inside: avoid; }
    h2 { page-break-after: avoid; }
  }
)";

std::string cell(const std::vector<std::string>& lines) {
  if (lines.size() == 1) return xml_escape(lines.front());
  std::string out = "<ul>";
  for (const std::string& line : lines) out += "<li>" + xml_escape(line) + "</li>";
  return out + "</ul>";
}

void write_table(const report_table& t, std::string& out) {
  out += "<table>\n";
  if (!t.title.empty()) out += "<caption>" + xml_escape(t.title) + "</caption>\n";
  out += "<thead><tr>";
  for (const report_column& c : t.columns) out += "<th scope=\"col\">" + xml_escape(c.label) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (const report_row& row : t.rows) {
    out += "<tr>";
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
      out += "<td>" + (i < row.cells.size() ? cell(row.cells[i]) : std::string{}) + "</td>";
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

}  // namespace

std::string_view html_style() { return k_style; }

std::string html_sections(const report& r, int level) {
  std::string out;
  for (const report_section& s : r.sections) {
    out += "<section>\n";
    if (!s.heading.empty()) out += fmt::format("<h{0}>{1}</h{0}>\n", level, xml_escape(s.heading));
    for (const std::string& p : s.paragraphs) out += "<p>" + xml_escape(p) + "</p>\n";
    if (s.table) write_table(*s.table, out);
    if (!s.bullets.empty()) {
      out += "<ul>\n";
      for (const std::string& b : s.bullets) out += "<li>" + xml_escape(b) + "</li>\n";
      out += "</ul>\n";
    }
    out += "</section>\n";
  }
  return out;
}

std::string write_html(const report& r, language lang) {
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" "
      "content=\"passation\">\n<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n",
      to_string(lang), xml_escape(r.title), k_style);
  out += "<h1>" + xml_escape(r.title) + "</h1>\n";
  if (!r.subtitle.empty()) out += "<p class=\"subtitle\">" + xml_escape(r.subtitle) + "</p>\n";
  out += html_sections(r, 2);
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace passation::detail
