// No user text can change the structure of any output: every hostile label, in every format, stays
// one piece of text in one place.

#include <catch2/catch.hpp>

#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <nlohmann/json.hpp>

#include "passation/flowchart.hpp"
#include "passation/load.hpp"
#include "passation/render.hpp"
#include "passation/report.hpp"
#include "support.hpp"

using namespace passation;

namespace {

const std::vector<std::string>& hostile_texts() {
  static const std::vector<std::string> texts{"<script>alert(1)</script>",
                                              "\" onmouseover=\"alert(1)",
                                              "</text></g></svg><svg onload=alert(1)>",
                                              "]]><x/>",
                                              "\\N \\G \\E \\l \\\\",
                                              "{a|b} <port>",
                                              "&amp; &lt;b&gt;",
                                              "javascript:alert(1)",
                                              "=HYPERLINK(\"http://x\")",
                                              "+1",
                                              "-1",
                                              "@SUM(A1)",
                                              "| a | b |",
                                              "[x](javascript:alert(1))",
                                              "# heading",
                                              "a\nb\r\nc",
                                              "a,b;c\"d",
                                              "\xE2\x80\xAE"
                                              "fdp.exe",
                                              "\xF0\x9F\x9A\x91",
                                              "x\x01y\x7Fz",
                                              "<!-- -->",
                                              "}\n];{",
                                              "'); DROP TABLE x; --"};
  return texts;
}

// A case whose every text a reader sees is one of the hostile ones.
handover_case hostile_case() {
  handover_case c = load_case_file(testing::source_path("tests/cases/valid/minimal.yaml"));
  const auto& t = hostile_texts();
  for (std::size_t i = 0; i < c.components.size(); ++i) c.components[i].name = t[i % t.size()];
  for (std::size_t i = 0; i < c.actors.size(); ++i) c.actors[i].name = t[(i + 3) % t.size()];
  for (std::size_t i = 0; i < c.process.size(); ++i) {
    if (c.process[i].kind != node_kind::start && c.process[i].kind != node_kind::end)
      c.process[i].label = t[(i + 5) % t.size()];
  }
  c.scenarios[0].title = t[10];
  c.scenarios[1].title = t[11];
  c.title = t[12];
  return c;
}

// The CSV as records of fields, read as RFC 4180 says.
std::vector<std::vector<std::string>> read_csv(const std::string& csv, char separator) {
  std::vector<std::vector<std::string>> records{{}};
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const char ch = csv[i];
    if (quoted) {
      if (ch == '"' && i + 1 < csv.size() && csv[i + 1] == '"')
        field += csv[++i];
      else if (ch == '"')
        quoted = false;
      else
        field += ch;
    } else if (ch == '"') {
      quoted = true;
    } else if (ch == separator) {
      records.back().push_back(std::move(field));
      field.clear();
    } else if (ch == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
      records.back().push_back(std::move(field));
      field.clear();
      records.emplace_back();
      ++i;
    } else {
      field += ch;
    }
  }
  if (!records.back().empty() || !field.empty()) records.back().push_back(field);
  if (records.back().empty()) records.pop_back();
  return records;
}

int html_count(const std::string& html, const char* xpath) {
  htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), "r.html", "UTF-8",
                                  HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  REQUIRE(doc);
  xmlXPathContextPtr context = xmlXPathNewContext(doc);
  xmlXPathObjectPtr result = xmlXPathEvalExpression(BAD_CAST xpath, context);
  const int n = result && result->nodesetval ? result->nodesetval->nodeNr : 0;
  xmlXPathFreeObject(result);
  xmlXPathFreeContext(context);
  xmlFreeDoc(doc);
  return n;
}

}  // namespace

TEST_CASE("hostile texts in every drawing format", "[safe-text]") {
  const handover_case c = hostile_case();
  const process_graph p = build_process(c, c.scenarios[0]);
  const diagram d = make_flowchart(p, {.reader = audience::technical});

  const testing::svg_document svg(render(d, {.format = output_format::svg}).bytes);
  CHECK(svg.count("//s:script") == 0);
  CHECK(svg.count("//s:foreignObject") == 0);
  CHECK(svg.count("//@*[starts-with(name(), 'on')]") == 0);
  CHECK(svg.count("//@*[local-name() = 'href']") == 0);
  // One node element per state, one cluster per lane: no text added or removed an element.
  CHECK(svg.count("//s:g[@class='node'][starts-with(s:title, 'n')]") == static_cast<int>(boost::num_vertices(p.graph)));
  CHECK(svg.count("//s:g[@class='cluster']") == static_cast<int>(d.lanes.size()) + 1);
  CHECK(svg.count("//s:svg") == 1);

  // DOT: every user text inside an HTML-like label, escaped; the graph's own syntax untouched.
  const std::string dot = render(d, {.format = output_format::dot}).bytes;
  CHECK(dot.find("<port>") == std::string::npos);  // an actor's name, drawn as a lane title
  CHECK(dot.find("&lt;port&gt;") != std::string::npos);
  CHECK(std::count(dot.begin(), dot.end(), '{') == std::count(dot.begin(), dot.end(), '}'));
  for (const char* raw : {"onload=alert", "\\N \\G"}) {
    INFO(raw);
    const auto at = dot.find(raw);
    if (at != std::string::npos) CHECK(dot.rfind("label=<", at) != std::string::npos);  // inside a label
  }
  CHECK_NOTHROW(render(d, {.format = output_format::png, .dpi = 30}));
  CHECK_NOTHROW(render(d, {.format = output_format::pdf}));
}

TEST_CASE("hostile texts in every table format", "[safe-text]") {
  const handover_case c = hostile_case();
  const report r = funder_report(c, {.reader = audience::plain});
  const report_table& t = *r.sections.front().table;

  const std::string html = write_report(r, {.format = report_format::html});
  CHECK(html_count(html, "//script") == 0);
  CHECK(html_count(html, "//*[@onload or @onmouseover or @onerror]") == 0);
  CHECK(html_count(html, "//a") == 0);
  CHECK(html_count(html, "//table") == 1);
  CHECK(html_count(html, "//tbody/tr") == static_cast<int>(t.rows.size()));

  const std::string md = write_report(r, {.format = report_format::markdown});
  std::istringstream lines(md);
  int table_lines = 0;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("|", 0) != 0) continue;
    ++table_lines;
    // Unescaped '|' separate the cells: one more than the columns, on every line.
    int separators = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '\\')
        ++i;
      else if (line[i] == '|')
        ++separators;
    }
    INFO(line);
    CHECK(separators == static_cast<int>(t.columns.size()) + 1);
    CHECK(line.find("<script") == std::string::npos);
    CHECK(line.find("](javascript") == std::string::npos);
  }
  CHECK(table_lines == static_cast<int>(t.rows.size()) + 2);

  for (char separator : {',', ';'}) {
    std::string csv = write_report(r, {.format = report_format::csv, .csv_separator = separator});
    if (separator == ';') csv.erase(0, 3);  // the byte order mark
    const auto records = read_csv(csv, separator);
    CHECK(records.size() == t.rows.size() + 1);
    for (const auto& record : records) {
      CHECK(record.size() == t.columns.size());
      for (const std::string& field : record) {
        INFO(field);
        CHECK((field.empty() || (field[0] != '=' && field[0] != '+' && field[0] != '-' && field[0] != '@')));
      }
    }
  }

  const auto json = nlohmann::json::parse(write_report(r, {.format = report_format::json}));
  const auto& rows = json["sections"][0]["table"]["rows"];
  REQUIRE(rows.size() == t.rows.size());
  // The texts come back as they were, only control characters replaced.
  CHECK(json["title"] == r.title);
  CHECK(rows[0]["cells"]["scenario"][0] == "all — -1");
}

TEST_CASE("Graphviz escapes in a label are drawn as typed, not expanded", "[safe-text]") {
  handover_case c = load_case_file(testing::source_path("tests/cases/valid/minimal.yaml"));
  std::size_t labelled = 0;
  for (auto& step : c.process) {
    if (step.kind == node_kind::start || step.kind == node_kind::end) continue;
    step.label = "\\N \\G \\L";
    ++labelled;
  }
  REQUIRE(labelled > 0);
  const process_graph p = build_process(c, c.scenarios[0]);
  const testing::svg_document svg(
      render(make_flowchart(p, {.reader = audience::technical}), {.format = output_format::svg}).bytes);
  // Expanded, \N would have become the node's name (n1, n2…) and \G the graph's.
  CHECK(svg.count("//s:text[. = '\\N \\G \\L']") >= 1);
  for (const std::string& text : svg.texts()) {
    INFO(text);
    CHECK(text.find("\\\\") == std::string::npos);  // drawn once, not doubled
  }
}

TEST_CASE("messages show control characters in user text as escapes", "[safe-text]") {
  const diagnostic d{severity::error, "case\x1B[2J.yaml", {3, 4}, "unknown key '\x1B[31mred\n\xC2\x9B'"};
  CHECK(d.format() == "case\\x1B[2J.yaml:3:4: error: unknown key '\\x1B[31mred\\x0A\\u009B'");
}

TEST_CASE("a 2000-character label is drawn as six lines ending with an ellipsis", "[safe-text]") {
  handover_case c = load_case_file(testing::source_path("tests/cases/valid/minimal.yaml"));
  std::string text;
  for (int i = 0; i < 400; ++i) text += "word ";
  auto step = std::find_if(c.process.begin(), c.process.end(), [](const process_node& n) { return n.id == "code"; });
  REQUIRE(step != c.process.end());
  step->label = text;
  const process_graph p = build_process(c, c.scenarios[0]);
  const testing::svg_document svg(
      render(make_flowchart(p, {.reader = audience::technical}), {.format = output_format::svg}).bytes);
  int word_lines = 0, ellipses = 0;
  for (const std::string& line : svg.texts()) {
    if (line.rfind("word", 0) != 0) continue;
    ++word_lines;
    if (line.size() >= 3 && line.compare(line.size() - 3, 3, "\xE2\x80\xA6") == 0) ++ellipses;
  }
  CHECK(word_lines == 6);
  CHECK(ellipses == 1);
}
