// Resident memory over many drawings, in this process and through a render_worker: Graphviz keeps
// some memory after every layout, which a long-running host sees grow; a worker recycled every N
// drawings gives it back. Prints the resident set size every 1,000 drawings.
//
//   passation_rss in-process|worker [DRAWINGS] [RECYCLE_EVERY]      (defaults: 10000 and 200)
//
// One mode per run, so that each measures a process that did only that.

#include <cstdio>
#include <fstream>
#include <string>

#include <fmt/format.h>

#include "passation/passation.hpp"

namespace {

long resident_kib() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace passation;
  const std::string mode = argc > 1 ? argv[1] : "in-process";
  const int drawings = argc > 2 ? std::stoi(argv[2]) : 10000;
  const unsigned recycle = argc > 3 ? static_cast<unsigned>(std::stoul(argv[3])) : 200;
  const handover_case& c = default_case();
  diagram d = make_flowchart(build_process(c, *c.find_scenario("B1")), {.reader = audience::technical});
  const std::string key = d.nodes.front().key;
  const render_options svg{.format = output_format::svg};

  render_worker worker({.renders_per_worker = recycle});
  fmt::print("# {}: resident memory of this process, KiB (start: {})\ndrawings,rss_kib\n", mode, resident_kib());
  for (int i = 1; i <= drawings; ++i) {
    // A node's key is never drawn, but passation lays out again a diagram whose key changed: every
    // drawing pays for its whole layout, as a host drawing edited cases does.
    d.nodes.front().key = key + std::to_string(i);
    if (mode == "worker") (void)worker.render(d, svg);
    else (void)render(d, svg);
    if (i % 1000 == 0 || i == 1) {
      fmt::print("{},{}\n", i, resident_kib());
      std::fflush(stdout);
    }
  }
  if (mode == "worker") fmt::print("# {} workers started, one per {} drawings\n", worker.workers_started(), recycle);
  return 0;
}
