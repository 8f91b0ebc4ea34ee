// Approval files: text outputs compared with files under tests/golden, reviewed like code.
// After a reviewed change, regenerate them with PASSATION_UPDATE_GOLDEN=1 (docs/testing.md).

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <type_traits>
#include <vector>

#include "passation/explore.hpp"
#include "passation/flowchart.hpp"
#include "passation/gantt.hpp"
#include "passation/report.hpp"
#include "passation/load.hpp"
#include "render/fields.hpp"
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
    case diagram_node_kind::text: return "text";
    case diagram_node_kind::bar: return "bar";
    case diagram_node_kind::marker: return "marker";
    case diagram_node_kind::rule: return "rule";
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
    case diagram_mark::alert: return "alert";
    case diagram_mark::met: return "met";
  }
  return "?";
}

std::string enum_text(diagram_node_kind k) { return std::string(kind_name(k)); }
std::string enum_text(diagram_mark m) { return mark_name(m); }
std::string enum_text(diagram_direction d) { return d == diagram_direction::top_down ? "top down" : "left to right"; }
std::string enum_text(diagram_anchor a) {
  return a == diagram_anchor::left ? "left" : a == diagram_anchor::right ? "right" : "center";
}

template <class S>
void dump_struct(std::string& out, const S& s, const std::string& first, const std::string& rest);

// One field's value after its name; items of a list on lines of their own, numbered, so that an
// edge's `from` and `to` can be looked up among the nodes.
template <class V>
void dump_value(std::string& out, const V& value, const std::string& indent) {
  if constexpr (std::is_same_v<V, std::string>) {
    out += fmt::format(": {}\n", value);
  } else if constexpr (std::is_same_v<V, bool>) {
    out += value ? ": yes\n" : ": no\n";
  } else if constexpr (std::is_enum_v<V>) {
    out += fmt::format(": {}\n", enum_text(value));
  } else if constexpr (std::is_same_v<V, std::size_t>) {
    out += value == no_lane ? std::string(": none\n") : fmt::format(": {}\n", value);  // no_lane is no_tone
  } else if constexpr (std::is_arithmetic_v<V>) {
    out += fmt::format(": {}\n", value);
  } else if constexpr (detail::is_described<V>) {
    out += ":\n";
    dump_struct(out, value, indent + "  ", indent + "  ");
  } else if constexpr (std::is_same_v<V, std::vector<std::string>>) {
    out += ":\n";
    for (const std::string& line : value) out += fmt::format("{}  - {}\n", indent, line);
  } else if constexpr (std::is_arithmetic_v<typename V::value_type>) {
    out += fmt::format(": {}\n", fmt::join(value, ", "));
  } else {
    out += ":\n";
    for (std::size_t i = 0; i < value.size(); ++i) {
      const std::string number = fmt::format("[{}] ", i);
      dump_struct(out, value[i], indent + "  " + number, indent + "  " + std::string(number.size(), ' '));
    }
  }
}

// Every described field (lib/render/fields.hpp) that differs from its default (a list: that has
// items), one per line.
template <class S>
void dump_struct(std::string& out, const S& s, const std::string& first, const std::string& rest) {
  static const S blank{};
  bool any = false;
  detail::for_each_field(s, [&](const auto& f, const auto& member) {
    if constexpr (detail::is_vector<std::remove_cvref_t<decltype(member)>>::value) {
      if (member.empty()) return;
    } else if (member == blank.*(f.member)) {
      return;
    }
    out += any ? rest : first;
    any = true;
    out += f.name;
    dump_value(out, member, rest);
  });
  if (!any) out += first + "(all defaults)\n";
}

// A diagram as text: what is drawn, independent of fonts and of Graphviz. Every field the renderer
// gets is there, as the fields' description walks them.
std::string dump(const diagram& d) {
  std::string out;
  dump_struct(out, d, "", "");
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
  // A Gantt chart is a diagram too: every node pinned where its dates put it.
  const schedule plan = make_schedule(processes[1], start_of(c));
  approve(fmt::format("gantt-{}-plain.txt", c.scenarios[1].id),
          dump(make_gantt(processes[1], plan, {.reader = audience::plain})));
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
