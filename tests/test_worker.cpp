// Drawing in a worker process: the same bytes, recycled workers, and a crash or a hang that stays
// an error instead of taking the host down.

#include <catch2/catch.hpp>

#include "passation/error.hpp"
#include "passation/flowchart.hpp"
#include "passation/gantt.hpp"
#include "passation/load.hpp"
#include "passation/worker.hpp"

using namespace passation;

namespace {
diagram b1() { return make_flowchart(build_process(default_case(), *default_case().find_scenario("B1")), {}); }
}  // namespace

TEST_CASE("a worker draws the same bytes as this process", "[worker]") {
  render_worker worker;
  for (output_format f : {output_format::svg, output_format::dot, output_format::pdf}) {
    INFO(to_string(f));
    CHECK(worker.render(b1(), {.format = f}).bytes == render(b1(), {.format = f}).bytes);
  }
  const handover_case& c = default_case();
  const process_graph p = build_process(c, c.scenarios[0]);
  const diagram g = make_gantt(p, make_schedule(p, start_of(c)));
  CHECK(worker.render(g).bytes == render(g).bytes);
  CHECK(worker.workers_started() == 1);
}

TEST_CASE("workers are replaced every N drawings", "[worker]") {
  render_worker worker({.renders_per_worker = 3});
  const diagram d = b1();
  for (int i = 0; i < 7; ++i) CHECK_FALSE(worker.render(d, {.format = output_format::dot}).bytes.empty());
  CHECK(worker.workers_started() == 3);  // 3 + 3 + 1
}

TEST_CASE("a drawing that needs too much memory is an error, and the worker recovers", "[worker]") {
  render_worker worker({.renders_per_worker = 50, .memory_limit_mb = 400});
  // 1300 dpi: about 17,000 x 31,000 pixels (within the 32,767 a side cairo paints, past which the
  // drawing is refused before any painting), some 2 GB: far more than 400 MB.
  CHECK_THROWS_AS(worker.render(b1(), {.format = output_format::png, .dpi = 1300}), render_error);
  CHECK(worker.render(b1(), {.format = output_format::svg}).bytes ==
        render(b1(), {.format = output_format::svg}).bytes);
  CHECK(worker.workers_started() == 2);
}

TEST_CASE("a drawing that takes too long is stopped", "[worker]") {
  render_worker slow({.time_limit = std::chrono::milliseconds(1)});
  CHECK_THROWS_WITH(slow.render(b1(), {.format = output_format::png, .dpi = 600}),
                    Catch::Contains("took longer than 1 ms"));
  render_worker patient;
  CHECK_NOTHROW(patient.render(b1(), {.format = output_format::svg}));
}
