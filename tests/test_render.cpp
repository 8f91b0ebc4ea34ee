// Drawing through Graphviz in this process: SVG structure, formats, determinism, hostile text.

#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>
#include <set>

#include "passation/error.hpp"
#include "passation/flowchart.hpp"
#include "passation/gantt.hpp"
#include "passation/timeline.hpp"
#include "passation/load.hpp"
#include "passation/render.hpp"
#include "support.hpp"

using namespace passation;
using testing::svg_document;

namespace {

process_graph process_of(const std::string& scenario) {
  return build_process(default_case(), *default_case().find_scenario(scenario));
}

std::string svg_of(const diagram& d) { return render(d, {.format = output_format::svg}).bytes; }

}  // namespace

TEST_CASE("the SVG is well-formed, with one node per state and one cluster per lane", "[render]") {
  for (const char* id : {"A", "B1", "B2"}) {
    for (audience a : all_audiences) {
      INFO(id << " " << to_string(a));
      const process_graph p = process_of(id);
      const diagram d = make_flowchart(p, {.reader = a});
      const svg_document svg(svg_of(d));
      const auto states = static_cast<int>(boost::num_vertices(p.graph));
      // Graphviz writes each node as <g class="node"><title>its name</title>: ours are n1, n2…
      CHECK(svg.count("//s:g[@class='node'][starts-with(s:title, 'n')]") == states);
      CHECK(svg.count("//s:g[@class='cluster'][starts-with(s:title, 'cluster_lane_')]") ==
            static_cast<int>(d.lanes.size()));
      CHECK(svg.count("//s:g[@class='node'][starts-with(s:title, 'lane')]") == static_cast<int>(d.lanes.size()));
      CHECK(svg.count("//s:g[@class='node'][starts-with(s:title, 'legend')]") == static_cast<int>(d.legend.size()));
      CHECK(svg.count("//s:g[@class='edge']") == static_cast<int>(boost::num_edges(p.graph)));
      CHECK(svg.count("//s:foreignObject") == 0);
    }
  }
}

TEST_CASE("French accents reach the SVG as they are", "[render]") {
  const svg_document svg(svg_of(make_flowchart(process_of("B1"), {.reader = audience::technical})));
  const auto texts = svg.texts();
  auto has = [&](const std::string& s) { return std::find(texts.begin(), texts.end(), s) != texts.end(); };
  CHECK(has("Réception"));
  CHECK(has("confirmée\u202F?"));  // a decision's text wraps at 18 characters
  CHECK(has("Pointage DNS vers le nouvel"));
  CHECK(has("Compléments de documentation\u00A0*"));  // an assumed step, marked
  CHECK(has("Légende"));
}

TEST_CASE("rendering twice in one process gives the same bytes", "[render]") {
  const diagram d = make_flowchart(process_of("B1"), {.reader = audience::technical});
  const diagram overview = make_overview(default_case(), {});
  for (output_format f : {output_format::svg, output_format::dot, output_format::png, output_format::pdf}) {
    INFO(to_string(f));
    const render_options options{.format = f};
    const std::string first = render(d, options).bytes;
    (void)render(overview, options);  // something else in between
    CHECK(render(d, options).bytes == first);
  }
}

TEST_CASE("PNG, PDF and DOT come out whole", "[render]") {
  const diagram d = make_flowchart(process_of("B2"), {.reader = audience::plain});
  const std::string png = render(d, {.format = output_format::png, .dpi = 96}).bytes;
  REQUIRE(png.size() > 24);
  CHECK(png.substr(0, 8) == "\x89PNG\r\n\x1a\n");
  auto width_of = [](const std::string& bytes) {
    const auto b = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
    return (b(16) << 24) | (b(17) << 16) | (b(18) << 8) | b(19);
  };
  const std::string png2x = render(d, {.format = output_format::png, .dpi = 192}).bytes;
  CHECK(width_of(png2x) == Approx(2 * width_of(png)).margin(2));

  const std::string pdf = render(d, {.format = output_format::pdf}).bytes;
  CHECK(pdf.rfind("%PDF-", 0) == 0);
  CHECK(pdf.find("%%EOF") != std::string::npos);

  const std::string dot = render(d, {.format = output_format::dot}).bytes;
  CHECK(dot.rfind("digraph passation {", 0) == 0);
  CHECK(dot.find("layout=nop2") != std::string::npos);
  CHECK(dot.find("Réunion de validation ARS") != std::string::npos);
}

TEST_CASE("the table of diagram formats names each once and drives parsing, file names and the command line",
          "[render]") {
  const auto formats = diagram_formats();
  REQUIRE_FALSE(formats.empty());
  std::set<std::string_view> names, extensions;
  const std::vector<std::string> listed = format_name_list();
  const diagram d = make_flowchart(process_of("A"), {.reader = audience::plain});
  for (std::size_t i = 0; i < formats.size(); ++i) {
    const format_info& f = formats[i];
    INFO(f.name);
    CHECK(static_cast<std::size_t>(f.format) == i);
    CHECK(&info(f.format) == &f);
    CHECK(names.insert(f.name).second);
    CHECK(extensions.insert(f.extension).second);
    CHECK(f.extension.size() > 1);
    CHECK(f.extension.front() == '.');
    CHECK(format_of_extension(f.extension) == f.format);
    CHECK(parse_output_format(f.name) == f.format);
    CHECK(to_string(f.format) == f.name);
    CHECK(file_extension(f.format) == f.extension);
    CHECK_FALSE(f.description.empty());
    CHECK(std::count(listed.begin(), listed.end(), std::string(f.name)) == 1);
    // Every format draws; only a painted one goes through a Graphviz renderer, so only it can be
    // raster.
    CHECK_FALSE(render(d, {.format = f.format}).bytes.empty());
    if (f.raster) CHECK(f.painted);
    // A Gantt chart is drawn in every format that says so, and refused in the others.
    const process_graph a = process_of("A");
    const diagram chart = make_gantt(a, make_schedule(a, date{2026, 1, 5}));
    if (f.pinned) {
      CHECK_FALSE(render(chart, {.format = f.format}).bytes.empty());
    } else {
      CHECK_THROWS_AS(render(chart, {.format = f.format}), render_error);
    }
  }
  CHECK_FALSE(parse_output_format("jpeg"));
  CHECK_FALSE(format_of_extension("svg"));  // an extension has its dot
  CHECK_FALSE(parse_output_format(""));
}

TEST_CASE("hostile labels stay text in every format", "[render]") {
  const std::vector<std::string> hostile{"<script>alert(1)</script>",
                                         "\" onload=\"alert(1)",
                                         "a\\Nb\\G\\l",
                                         "{|}<>",
                                         "]]> <![CDATA[",
                                         "x\x01y\x7F",
                                         "\xE2\x80\xAE"
                                         "droite-à-gauche",
                                         "\xF0\x9F\x9A\x91 urgence",
                                         std::string(3000, 'w')};
  diagram d;
  d.title = "Titre <b>gras</b>";
  d.lanes = {{"<lane>", "&amp;"}};
  for (std::size_t i = 0; i < hostile.size(); ++i) {
    d.nodes.push_back({"k" + std::to_string(i),
                       i % 2 ? diagram_node_kind::decision : diagram_node_kind::step,
                       hostile[i],
                       {hostile[i]},
                       hostile[i],
                       0,
                       i});
    if (i > 0) d.edges.push_back({i - 1, i, hostile[i], false});
  }
  d.legend = {{diagram_node_kind::step, 0, "<i>", "</i>"}};
  const std::string svg = svg_of(d);
  const svg_document doc(svg);  // throws if not well-formed
  CHECK(doc.count("//s:script") == 0);
  CHECK(doc.count("//*[@onload]") == 0);
  CHECK(doc.count("//s:a") == 0);
  CHECK(svg.find("<script") == std::string::npos);
  const std::string dot = render(d, {.format = output_format::dot}).bytes;
  CHECK(dot.find("<script>") == std::string::npos);
  CHECK(dot.find("&lt;script&gt;") != std::string::npos);
  CHECK_NOTHROW(render(d, {.format = output_format::png, .dpi = 48}));
  CHECK_NOTHROW(render(d, {.format = output_format::pdf}));
}

TEST_CASE("an empty diagram and a diagram without lanes render", "[render]") {
  CHECK_NOTHROW(svg_document(svg_of(diagram{})));
  diagram d;
  d.nodes = {{"a", diagram_node_kind::start, "Start", {}, {}, no_lane, 0},
             {"b", diagram_node_kind::end, "End", {}, {}, no_lane, 0}};
  d.edges = {{0, 1, "", false}};
  const svg_document svg(svg_of(d));
  CHECK(svg.count("//s:g[@class='node']") == 2);
  CHECK(svg.count("//s:g[@class='cluster']") == 0);
}

TEST_CASE("a PNG resolution out of range is refused", "[render]") {
  CHECK_THROWS_AS(render(diagram{}, {.format = output_format::png, .dpi = 5000}), render_error);
}
