// The exports for other tools (Mermaid, PlantUML, BPMN), as text: their structures and their
// escaping. tests/exports/check_exports.sh opens them in the tools themselves.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "passation/error.hpp"
#include "passation/flowchart.hpp"
#include "passation/load.hpp"
#include "passation/process.hpp"
#include "passation/render.hpp"
#include "support.hpp"

using namespace passation;

namespace {

struct arrow {
  std::size_t from, to;
  std::string answer;
};

// A process drawn by hand: node k is "Step nk", in one lane; `decisions` are diamonds; the first
// node starts it and the nodes without an arrow out end it.
diagram process(const std::set<std::size_t>& decisions, const std::vector<arrow>& arrows, std::size_t nodes) {
  diagram d;
  d.lanes = {{"Lane", ""}};
  for (std::size_t k = 1; k <= nodes; ++k) {
    const auto kind = decisions.contains(k) ? diagram_node_kind::decision : diagram_node_kind::step;
    d.nodes.push_back({"n" + std::to_string(k), kind, "Step n" + std::to_string(k), {}, "", 0});
  }
  for (const arrow& a : arrows) d.edges.push_back({a.from - 1, a.to - 1, a.answer});
  return d;
}

std::vector<std::string> trimmed_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    const auto first = line.find_first_not_of(' ');
    lines.push_back(first == std::string::npos ? "" : line.substr(first));
  }
  return lines;
}

std::string plantuml(const diagram& d) { return render(d, {.format = output_format::plantuml}).bytes; }

// Every scenario's flowchart of `c`, drawn on one grid as render draws them.
std::vector<diagram> flowcharts(const handover_case& c, audience reader) {
  std::vector<process_graph> processes;
  for (const scenario& s : c.scenarios) processes.push_back(build_process(c, s));
  return make_aligned_flowcharts(processes, {.reader = reader});
}

bool has_line(const std::string& text, const std::string& wanted) {
  const auto lines = trimmed_lines(text);
  return std::find(lines.begin(), lines.end(), wanted) != lines.end();
}

}  // namespace

TEST_CASE("the PlantUML export writes decisions, loops and ends as PlantUML's structures", "[exports]") {
  struct conversion {
    const char* name;
    diagram d;
    std::vector<std::string> lines;
  };
  const std::vector<conversion> conversions{
      {"if/else that meets again",
       process({2}, {{1, 2, ""}, {2, 3, "oui"}, {2, 4, "non"}, {3, 4, ""}, {4, 5, ""}}, 5),
       {"start", "if (Step n2) then (oui)", "else (non)", "endif", "stop", "|Lane|"}},
      {"while: an answer's path comes back to the decision",
       process({2}, {{1, 2, ""}, {2, 3, "non"}, {3, 2, ""}, {2, 4, "oui"}}, 4),
       {"while (Step n2) is (non)", "endwhile (oui)"}},
      {"repeat: an answer goes back to an earlier step",
       process({3}, {{1, 2, ""}, {2, 3, ""}, {3, 2, "non"}, {3, 4, "oui"}}, 4),
       {"repeat", "repeat while (Step n2) is (non) not (oui)"}},
      {"three answers: a chain of elseif",
       process({2}, {{1, 2, ""}, {2, 3, "A"}, {2, 4, "B"}, {2, 5, "C"}, {3, 6, ""}, {4, 6, ""}, {5, 6, ""}}, 6),
       {"if (Step n2) then (A)", "elseif ( ) then (B)", "else (C)", "endif"}},
      {"a tree: nested ifs ending in stop",
       process({2, 4}, {{1, 2, ""}, {2, 3, "oui"}, {2, 4, "non"}, {4, 5, "oui"}, {4, 6, "non"}}, 6),
       {"if (Step n2) then (oui)", "if (Step n4) then (oui)", "stop"}},
  };
  for (const conversion& c : conversions) {
    INFO(c.name);
    const std::string text = plantuml(c.d);
    INFO(text);
    CHECK(text.rfind("@startuml\n", 0) == 0);
    CHECK(has_line(text, "@enduml"));
    for (const std::string& wanted : c.lines) {
      // repeat while names the decision's text: n3 in the diagram above
      const std::string line =
          std::regex_replace(wanted, std::regex("repeat while \\(Step n2\\)"), "repeat while (Step n3)");
      CHECK(has_line(text, line));
    }
  }
}

TEST_CASE(
    "the PlantUML export writes again a step reached by paths that do not meet, and refuses a loop without a decision",
    "[exports]") {
  // n6 is reached from n3 and from n4, which do not meet at n2's end: written on each path.
  const diagram jump = process(
      {2, 3}, {{1, 2, ""}, {2, 3, "a"}, {2, 4, "b"}, {3, 5, "x"}, {3, 6, "y"}, {4, 6, ""}, {5, 7, ""}, {6, 7, ""}}, 7);
  const std::string text = plantuml(jump);
  const auto lines = trimmed_lines(text);
  INFO(text);
  CHECK(std::count_if(lines.begin(), lines.end(), [](const std::string& l) { return l.ends_with(":Step n6;"); }) == 2);

  const diagram loop = process({}, {{1, 2, ""}, {2, 3, ""}, {3, 2, ""}}, 3);
  CHECK_THROWS_WITH(plantuml(loop), Catch::Contains("does not pass through a decision"));
}

TEST_CASE("every scenario's flowchart, overview and decision tree of the cases can be written in every export",
          "[exports]") {
  for (const char* file : {"", "cases/foodbank.yaml", "cases/rendez-vous.yaml"}) {
    INFO(file);
    const handover_case c = *file ? load_case_file(testing::source_path(file)) : default_case();
    std::vector<diagram> drawings = flowcharts(c, audience::technical);
    drawings.push_back(make_overview(c, {.reader = audience::plain}));
    for (const diagram& d : drawings) {
      for (const output_format f : {output_format::mermaid, output_format::plantuml, output_format::bpmn}) {
        INFO(to_string(f) << " " << d.subtitle);
        CHECK_FALSE(render(d, {.format = f}).bytes.empty());
      }
    }
  }
}

TEST_CASE("the Mermaid export declares each drawn step once, in its lane, and keeps every text as text", "[exports]") {
  const std::vector<diagram> drawings = flowcharts(default_case(), audience::plain);
  const diagram& d = drawings.front();
  const std::string text = render(d, {.format = output_format::mermaid}).bytes;
  INFO(text);
  const std::size_t drawn =
      std::count_if(d.nodes.begin(), d.nodes.end(), [](const diagram_node& n) { return !n.ghost; });
  const std::regex declared("^ +n_[A-Za-z0-9_]+[\\[({].*:::[a-z_0-9]+$");
  std::size_t found = 0;
  for (const std::string& line : trimmed_lines(text)) found += std::regex_search(" " + line, declared) ? 1 : 0;
  CHECK(found == drawn);
  CHECK(text.find("flowchart TB\n") != std::string::npos);

  diagram hostile = process({2}, {{1, 2, ""}, {2, 3, "a \"b\" | c"}, {2, 4, "d"}}, 4);
  hostile.nodes[0].label = "end \"quoted\" <b>x</b> #1 `code`";
  const std::string written = render(hostile, {.format = output_format::mermaid}).bytes;
  CHECK(written.find("<b>x</b>") == std::string::npos);
  CHECK(written.find("end #quot;quoted#quot; #lt;b#gt;x#lt;/b#gt; #35;1 #96;code#96;") != std::string::npos);
  CHECK(written.find("-->|\"a #quot;b#quot; | c\"|") != std::string::npos);
}

TEST_CASE("the BPMN export is a collaboration with one lane per lane, passation's positions and orthogonal flows",
          "[exports]") {
  const std::vector<diagram> drawings = flowcharts(default_case(), audience::technical);
  for (const diagram& d : drawings) {
    INFO(d.subtitle);
    const std::string xml = render(d, {.format = output_format::bpmn}).bytes;
    const testing::svg_document doc(xml);  // well-formed XML
    auto count = [&](const std::string& element) { return doc.count("//*[local-name()='" + element + "']"); };
    const long drawn = std::count_if(d.nodes.begin(), d.nodes.end(), [](const diagram_node& n) { return !n.ghost; });
    const long decisions = std::count_if(d.nodes.begin(), d.nodes.end(), [](const diagram_node& n) {
      return !n.ghost && n.kind == diagram_node_kind::decision;
    });
    CHECK(count("participant") == 1);
    CHECK(count("lane") == static_cast<int>(d.lanes.size()));
    CHECK(count("flowNodeRef") == drawn);
    CHECK(count("exclusiveGateway") == decisions);
    CHECK(count("startEvent") == 1);
    CHECK(count("endEvent") >= 1);
    CHECK(count("task") + count("exclusiveGateway") + count("startEvent") + count("endEvent") +
              count("intermediateThrowEvent") ==
          drawn);
    // Every flow's ends are elements of the file, and every element and flow has its shape or edge.
    CHECK(doc.count("//*[local-name()='sequenceFlow'][not(@sourceRef = //@id) or not(@targetRef = //@id)]") == 0);
    CHECK(count("BPMNShape") == drawn + static_cast<int>(d.lanes.size()) + 1);
    CHECK(count("BPMNEdge") == count("sequenceFlow"));
    // Each edge goes by horizontal and vertical runs only, as passation draws it.
    const std::regex edge("<bpmndi:BPMNEdge [^>]*>\\n((?:        <di:waypoint [^\\n]*\\n)+)");
    const std::regex point("x=\"([-0-9.]+)\" y=\"([-0-9.]+)\"");
    for (auto e = std::sregex_iterator(xml.begin(), xml.end(), edge); e != std::sregex_iterator(); ++e) {
      std::vector<std::pair<double, double>> points;
      const std::string block = (*e)[1];
      for (auto p = std::sregex_iterator(block.begin(), block.end(), point); p != std::sregex_iterator(); ++p) {
        points.emplace_back(std::stod((*p)[1]), std::stod((*p)[2]));
      }
      REQUIRE(points.size() >= 2);
      for (std::size_t k = 1; k < points.size(); ++k) {
        INFO(block);
        CHECK((std::abs(points[k].first - points[k - 1].first) < 0.11 ||
               std::abs(points[k].second - points[k - 1].second) < 0.11));
      }
    }
  }
}
