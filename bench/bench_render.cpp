// One flowchart through passation's API against the same drawing through a bare gvc loop, in one
// binary (the target (b): passation at most 1.15 times the bare loop).
//
//   passation:  the case's process of B1, its flowchart, the drawing as SVG (model, diagram,
//               escaping, measuring, routing, drawing: everything `passation render` does per
//               diagram);
//   bare gvc:   the DOT passation writes for that flowchart (every node placed, the edges left to
//               route), read by agmemread, laid out by gvLayout, written by gvRenderData, freed:
//               what a program that writes DOT and calls Graphviz itself would do, with one
//               context created once.
//
// Both draw the same picture (docs/cli.md: the DOT draws as passation does).

#include <benchmark/benchmark.h>

#include <gvc.h>

#include <string>

#include "passation/flowchart.hpp"
#include "passation/load.hpp"
#include "passation/process.hpp"
#include "passation/render.hpp"

namespace {

using namespace passation;

const scenario& b1() { return *default_case().find_scenario("B1"); }

// passation remembers the layouts it made (by everything but the title): drawing one diagram again
// and again would only lay it out once. Each iteration renames a node's key, which is never drawn,
// so that every iteration pays for the whole layout, as a host drawing a changed case does.
void passation_api_svg(benchmark::State& state) {
  const handover_case& c = default_case();
  std::size_t bytes = 0;
  std::size_t iteration = 0;
  for (auto _ : state) {
    diagram d = make_flowchart(build_process(c, b1()), {.reader = audience::technical});
    d.nodes.front().key += std::to_string(++iteration);
    const rendering r = render(d, {.format = output_format::svg});
    bytes = r.bytes.size();
    benchmark::DoNotOptimize(r.bytes.data());
  }
  state.counters["svg_bytes"] = static_cast<double>(bytes);
}

// The same diagram again: the layout remembered, only the last pass drawn.
void passation_api_svg_same_diagram(benchmark::State& state) {
  const handover_case& c = default_case();
  for (auto _ : state) {
    const diagram d = make_flowchart(build_process(c, b1()), {.reader = audience::technical});
    const rendering r = render(d, {.format = output_format::svg});
    benchmark::DoNotOptimize(r.bytes.data());
  }
}

void bare_gvc_svg(benchmark::State& state) {
  const handover_case& c = default_case();
  const std::string dot =
      render(make_flowchart(build_process(c, b1()), {.reader = audience::technical}), {.format = output_format::dot}).bytes;
  GVC_t* gvc = gvContext();
  std::size_t bytes = 0;
  for (auto _ : state) {
    Agraph_t* g = agmemread(dot.c_str());
    gvLayout(gvc, g, "nop2");
    char* data = nullptr;
    unsigned int length = 0;
    gvRenderData(gvc, g, "svg", &data, &length);
    bytes = length;
    benchmark::DoNotOptimize(data);
    gvFreeRenderData(data);
    gvFreeLayout(gvc, g);
    agclose(g);
  }
  gvFreeContext(gvc);
  state.counters["svg_bytes"] = static_cast<double>(bytes);
}

BENCHMARK(passation_api_svg)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(passation_api_svg_same_diagram)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(bare_gvc_svg)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
