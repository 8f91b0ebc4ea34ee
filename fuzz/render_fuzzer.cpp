// Fuzzes the whole way from bytes to pictures and tables: load, check, build the process of each
// scenario, draw its flowchart through Graphviz, write every report. A case that loads must go
// through all of it without a crash and without an exception other than passation::error.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "passation/passation.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace passation;
  const load_result r = parse_case(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.yaml");
  if (!r.ok()) return 0;
  const handover_case& c = *r.value;
  try {
    for (const scenario& s : c.scenarios) {
      const process_graph p = build_process(c, s);
      for (audience a : all_audiences) (void)render(make_flowchart(p, {.reader = a}), {.format = output_format::svg});
      (void)render(make_gantt(p, make_schedule(p, date{2026, 1, 5})), {.format = output_format::svg});
      (void)write_report(raci_report(p), {.format = report_format::html});
    }
    (void)render(make_overview(c), {.format = output_format::dot});
    (void)render(make_decision_tree(c), {.format = output_format::svg});
    for (report_format f : {report_format::markdown, report_format::html, report_format::csv, report_format::json}) {
      (void)write_report(funder_report(c), {.format = f});
      (void)write_report(prerequisites_report(c), {.format = f});
    }
    if (c.components.size() <= 16) (void)write_report(explore_report(c, explore(c, {.limit = 20, .threads = 1})));
  } catch (const error&) {
    // A clear error is an acceptable answer; a crash or any other exception is not.
  }
  return 0;
}
