// JSON in the shape docs/json.md describes; keys in a fixed order, so that the same report gives
// the same bytes.

#include <nlohmann/json.hpp>

#include "model/safe_text.hpp"
#include "report/writers.hpp"

namespace passation::detail {

namespace {

using json = nlohmann::ordered_json;

json lines(const std::vector<std::string>& in) {
  json out = json::array();
  for (const std::string& line : in) out.push_back(clean_text(line));
  return out;
}

json table(const report_table& t) {
  json out;
  out["title"] = clean_text(t.title);
  out["columns"] = json::array();
  for (const report_column& c : t.columns) out["columns"].push_back({{"key", c.key}, {"label", clean_text(c.label)}});
  out["rows"] = json::array();
  for (const report_row& row : t.rows) {
    json cells = json::object();
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
      cells[t.columns[i].key] = i < row.cells.size() ? lines(row.cells[i]) : json::array();
    }
    out["rows"].push_back({{"id", row.id}, {"cells", std::move(cells)}});
  }
  return out;
}

}  // namespace

std::string write_json(const report& r) {
  json out;
  out["format"] = "passation-report/1";
  out["kind"] = r.kind;
  out["title"] = clean_text(r.title);
  out["subtitle"] = clean_text(r.subtitle);
  out["sections"] = json::array();
  for (const report_section& s : r.sections) {
    json section;
    section["heading"] = clean_text(s.heading);
    section["paragraphs"] = lines(s.paragraphs);
    section["table"] = s.table ? table(*s.table) : json(nullptr);
    section["bullets"] = lines(s.bullets);
    out["sections"].push_back(std::move(section));
  }
  return out.dump(2) + "\n";
}

}  // namespace passation::detail
