// Approval files: text outputs compared with files under tests/golden, reviewed like code.
// After a reviewed change, regenerate them with PASSATION_UPDATE_GOLDEN=1 (docs/testing.md).

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cstdlib>
#include <fstream>

#include "passation/explore.hpp"
#include "passation/flowchart.hpp"
#include "passation/report.hpp"
#include "passation/load.hpp"
#include "support.hpp"

using namespace passation;

namespace {

void approve(const std::string& name, const std::string& actual) {
  const auto file = testing::source_path("tests/golden/" + name);
  if (std::getenv("PASSATION_UPDATE_GOLDEN")) {
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << actual;
    WARN("updated " << file.string());
    return;
  }
  REQUIRE(std::filesystem::exists(file));
  const std::string expected = testing::slurp(file);
  INFO("compare with " << file.string() << " (PASSATION_UPDATE_GOLDEN=1 rewrites it)");
  CHECK(actual == expected);
}

std::string_view kind_name(diagram_node_kind k) {
  switch (k) {
    case diagram_node_kind::start: return "start";
    case diagram_node_kind::end: return "end";
    case diagram_node_kind::step: return "step";
    case diagram_node_kind::decision: return "decision";
    case diagram_node_kind::milestone: return "milestone";
    case diagram_node_kind::summary: return "summary";
  }
  return "?";
}

const char* mark_name(diagram_mark m) {
  switch (m) {
    case diagram_mark::none: return "none";
    case diagram_mark::only_some: return "only some";
    case diagram_mark::added: return "added";
    case diagram_mark::dropped: return "dropped";
    case diagram_mark::changed: return "changed";
  }
  return "?";
}

// A diagram as text: what is drawn, independent of fonts and of Graphviz.
std::string dump(const diagram& d) {
  std::string out = fmt::format("title: {}\nsubtitle: {}\n", d.title, d.subtitle);
  for (std::size_t i = 0; i < d.lanes.size(); ++i) {
    out += fmt::format("lane {}: {} | {}\n", i, d.lanes[i].title, d.lanes[i].subtitle);
  }
  for (const diagram_node& n : d.nodes) {
    out += fmt::format("node {} [{}] lane={} tone={}: {}\n", n.key, kind_name(n.kind),
                       n.lane == no_lane ? std::string("-") : std::to_string(n.lane),
                       n.tone == no_tone ? std::string("-") : std::to_string(n.tone), n.label);
    for (const std::string& detail : n.details) out += fmt::format("    detail: {}\n", detail);
    if (!n.badge.empty()) out += fmt::format("    badge: {}\n", n.badge);
    if (n.mark != diagram_mark::none) out += fmt::format("    mark: {} | {}\n", mark_name(n.mark), n.tag);
    if (n.ghost) out += "    ghost\n";
    if (!n.drawn_in.empty()) out += fmt::format("    drawn in: {}\n", fmt::join(n.drawn_in, ", "));
  }
  for (const diagram_edge& e : d.edges) {
    out += fmt::format("edge {} -> {}{}{}{}{}\n", d.nodes[e.from].key, d.nodes[e.to].key,
                       e.label.empty() ? "" : " [" + e.label + "]", e.closes_loop ? " (loop)" : "",
                       e.mark == diagram_mark::none ? "" : fmt::format(" ({})", mark_name(e.mark)),
                       e.ghost ? " (ghost)" : "");
  }
  out += fmt::format("legend: {}\n", d.legend_title);
  for (const legend_entry& l : d.legend) {
    out += fmt::format("  [{}] {}{}{}\n", kind_name(l.kind), l.label, l.badge.empty() ? "" : " / " + l.badge,
                       l.mark == diagram_mark::none ? "" : fmt::format(" ({} | {})", mark_name(l.mark), l.tag));
  }
  return out;
}

}  // namespace

TEST_CASE("golden: the Sport Santé flowcharts as diagrams", "[golden]") {
  const handover_case& c = default_case();
  for (const scenario& s : c.scenarios) {
    for (audience a : all_audiences) {
      approve(fmt::format("flowchart-{}-{}.txt", s.id, to_string(a)),
              dump(make_flowchart(build_process(c, s), {.reader = a})));
    }
  }
  std::vector<process_graph> processes;
  for (const scenario& s : c.scenarios) processes.push_back(build_process(c, s));
  const std::vector<diagram> aligned = make_aligned_flowcharts(processes, {.reader = audience::plain});
  for (std::size_t i = 0; i < aligned.size(); ++i) {
    approve(fmt::format("aligned-{}-plain.txt", c.scenarios[i].id), dump(aligned[i]));
  }
  approve("flowchart-diff-A-B2-plain.txt",
          dump(make_flowchart_diff(processes[0], processes[2], {.reader = audience::plain})));
  approve("overview-plain.txt", dump(make_overview(c, {.reader = audience::plain})));
  approve("overview-technical-en.txt", dump(make_overview(c, {.reader = audience::technical, .lang = language::en})));
}

TEST_CASE("golden: the Sport Santé tables in both languages and every format", "[golden]") {
  const handover_case& c = default_case();
  const exploration explored = explore(c, {.limit = 12});
  for (language lang : {language::fr, language::en}) {
    const std::vector<std::pair<std::string, report>> reports{
        {"funder", funder_report(c, {.reader = audience::plain, .lang = lang})},
        {"technical", technical_report(c, {.reader = audience::technical, .lang = lang})},
        {"matrix", matrix_report(c, {.reader = audience::plain, .lang = lang})},
        {"glossary", glossary_report(c, {.reader = audience::plain, .lang = lang})},
        {"prerequisites", prerequisites_report(c, {.reader = audience::technical, .lang = lang})},
        {"diff-A-B2", diff_report(c, "A", "B2", {.reader = audience::technical, .lang = lang})},
        {"explore", explore_report(c, explored, {.reader = audience::technical, .lang = lang})},
    };
    for (const auto& [name, r] : reports) {
      for (report_format f : {report_format::markdown, report_format::html, report_format::csv, report_format::json}) {
        const std::string file = fmt::format("tables/{}-{}{}", name, to_string(lang), file_extension(f));
        approve(file, write_report(r, {.format = f, .csv_separator = lang == language::fr ? ';' : ',', .lang = lang}));
      }
    }
  }
}

TEST_CASE("golden: a case with two possible receivers", "[golden]") {
  const handover_case c = load_case_file(testing::source_path("cases/rendez-vous.yaml"));
  approve("rendez-vous/overview-plain.txt", dump(make_overview(c, {.reader = audience::plain})));
  approve("rendez-vous/flowchart-mixte-technical.txt",
          dump(make_flowchart(build_process(c, *c.find_scenario("mixte")), {.reader = audience::technical})));
  approve("rendez-vous/raci-mixte.md",
          write_report(raci_report(build_process(c, *c.find_scenario("mixte")), {.reader = audience::technical})));
  approve("rendez-vous/funder.md", write_report(funder_report(c, {.reader = audience::plain})));
}

TEST_CASE("golden: passation list", "[golden]") {
  const testing::command_result r = testing::run_cli({"list"});
  REQUIRE(r.exit_code == 0);
  approve("list-technical.txt", r.out);
}
