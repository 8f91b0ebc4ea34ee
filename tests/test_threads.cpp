// The public API from many threads at once: loading, checking, drawing and writing tables. Run
// under ThreadSanitizer by the tsan preset (.ci/run).

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

#include "passation/check.hpp"
#include "passation/flowchart.hpp"
#include "passation/load.hpp"
#include "passation/render.hpp"
#include "passation/report.hpp"
#include "support.hpp"

using namespace passation;

TEST_CASE("8 threads x 50 renders give what one thread gives", "[threads]") {
  const std::string yaml = testing::slurp(testing::source_path("tests/cases/valid/newsletter.yaml"));
  const handover_case reference = load_case_string(yaml, "newsletter.yaml");
  const process_graph process = build_process(reference, reference.scenarios[1]);
  const std::string expected_svg = render(make_flowchart(process, {}), {.format = output_format::svg}).bytes;
  const std::string expected_md = write_report(funder_report(reference), {.format = report_format::markdown});

  std::atomic<int> wrong{0}, done{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        // Each thread loads its own copy of the case, and every fifth round the embedded one.
        const handover_case c = load_case_string(yaml, "newsletter.yaml");
        if (i % 5 == t % 5) (void)default_case().scenarios.size();
        const process_graph p = build_process(c, c.scenarios[1]);
        if (render(make_flowchart(p, {}), {.format = output_format::svg}).bytes != expected_svg) ++wrong;
        if (write_report(funder_report(c), {.format = report_format::markdown}) != expected_md) ++wrong;
        ++done;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  CHECK(done == 400);
  CHECK(wrong == 0);
}
