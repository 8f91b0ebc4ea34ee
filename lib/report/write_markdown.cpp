// Markdown as GitHub renders it: headings, paragraphs, lists and pipe tables.

#include "model/safe_text.hpp"
#include "report/writers.hpp"

namespace passation::detail {

namespace {

// User text is never markup: every character Markdown (or the HTML it allows) would read is
// escaped, and entities are written as text.
std::string escape(std::string_view s) {
  std::string out;
  for (char c : clean_text(s)) {
    switch (c) {
      case '\\':
      case '|':
      case '*':
      case '_':
      case '`':
      case '[':
      case ']':
      case '#':
      case '~':
        out += '\\';
        out += c;
        break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string cell(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) {
    if (!out.empty()) out += "<br>";
    out += escape(line);
  }
  return out;
}

void write_table(const report_table& t, std::string& out) {
  if (!t.title.empty()) out += "**" + escape(t.title) + "**\n\n";
  out += "|";
  for (const report_column& c : t.columns) out += " " + escape(c.label) + " |";
  out += "\n|";
  for (std::size_t i = 0; i < t.columns.size(); ++i) out += " --- |";
  out += "\n";
  for (const report_row& row : t.rows) {
    out += "|";
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
      out += " " + (i < row.cells.size() ? cell(row.cells[i]) : std::string{}) + " |";
    }
    out += "\n";
  }
  out += "\n";
}

}  // namespace

std::string markdown_escape(std::string_view s) { return escape(s); }

std::string markdown_sections(const report& r, int level) {
  std::string out;
  for (const report_section& s : r.sections) {
    if (!s.heading.empty()) out += std::string(static_cast<std::size_t>(level), '#') + " " + escape(s.heading) + "\n\n";
    for (const std::string& p : s.paragraphs) out += escape(p) + "\n\n";
    if (s.table) write_table(*s.table, out);
    for (const std::string& b : s.bullets) out += "- " + escape(b) + "\n";
    if (!s.bullets.empty()) out += "\n";
  }
  return out;
}

std::string write_markdown(const report& r) {
  std::string out = "# " + escape(r.title) + "\n\n";
  if (!r.subtitle.empty()) out += "*" + escape(r.subtitle) + "*\n\n";
  out += markdown_sections(r, 2);
  while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
  return out;
}

}  // namespace passation::detail
