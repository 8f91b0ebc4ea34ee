// CSV as RFC 4180 says: CRLF line ends, fields quoted when they hold the separator, a quote or a
// line break, quotes doubled.

#include "model/safe_text.hpp"
#include "report/writers.hpp"

namespace passation::detail {

namespace {

std::string field(const std::vector<std::string>& lines, char separator) {
  std::string value;
  for (const std::string& line : lines) {
    if (!value.empty()) value += '\n';
    value += clean_text(line);
  }
  // A spreadsheet runs a cell that starts like a formula: make it plain text.
  if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@')) {
    value.insert(value.begin(), '\'');
  }
  const bool quote = value.find_first_of(std::string("\"\n\r") + separator) != std::string::npos;
  if (!quote) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

const report_table* table_of(const report& r) {
  if (r.flat) return &*r.flat;
  for (const report_section& s : r.sections) {
    if (s.table) return &*s.table;
  }
  return nullptr;
}

}  // namespace

std::string write_csv(const report& r, char separator) {
  std::string out;
  // With ';', the file is for a spreadsheet in French: the byte order mark makes it read UTF-8.
  if (separator == ';') out += "\xEF\xBB\xBF";
  const report_table* t = table_of(r);
  if (!t) return out;
  auto write_row = [&](const std::vector<std::vector<std::string>>& cells) {
    for (std::size_t i = 0; i < t->columns.size(); ++i) {
      if (i) out += separator;
      out += i < cells.size() ? field(cells[i], separator) : std::string{};
    }
    out += "\r\n";
  };
  std::vector<std::vector<std::string>> header;
  for (const report_column& c : t->columns) header.push_back({c.label});
  write_row(header);
  for (const report_row& row : t->rows) write_row(row.cells);
  return out;
}

}  // namespace passation::detail
