// One layout for several formats, many drawings on every core, and the PNG passation encodes.

#include <catch2/catch.hpp>

#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>

#include "passation/batch.hpp"
#include "passation/error.hpp"
#include "passation/flowchart.hpp"
#include "passation/load.hpp"
#include "passation/process.hpp"
#include "passation/render.hpp"

using namespace passation;

namespace {

// Every flowchart of the default case: each scenario and the overview, both audiences.
std::vector<diagram> sport_sante_flowcharts() {
  const handover_case& c = default_case();
  std::vector<diagram> out;
  for (audience a : all_audiences) {
    for (const scenario& s : c.scenarios) out.push_back(make_flowchart(build_process(c, s), {.reader = a}));
    out.push_back(make_overview(c, {.reader = a}));
  }
  return out;
}

std::uint32_t big_endian(const std::string& bytes, std::size_t at) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(bytes[at + i]);
  return v;
}

}  // namespace

TEST_CASE("one layout for several formats gives the bytes of one layout per format", "[render][batch]") {
  const diagram d = sport_sante_flowcharts().front();
  const std::vector<render_options> outputs = {{.format = output_format::svg, .fit_width = 960, .fit_height = 540},
                                               {.format = output_format::png, .dpi = 48},
                                               {.format = output_format::pdf},
                                               {.format = output_format::dot},
                                               {.format = output_format::png, .dpi = 72}};
  const std::vector<rendering> together = render(d, outputs);
  REQUIRE(together.size() == outputs.size());
  for (std::size_t k = 0; k < outputs.size(); ++k) {
    INFO("output " << k << ": " << to_string(outputs[k].format));
    CHECK(together[k].bytes == render(d, outputs[k]).bytes);
  }
  CHECK(together[1].bytes != together[4].bytes);  // each PNG at its own resolution
}

TEST_CASE("a batch gives the same bytes on one process and on several", "[render][batch]") {
  const std::vector<diagram> diagrams = sport_sante_flowcharts();
  const std::vector<render_options> outputs = {{.format = output_format::svg},
                                               {.format = output_format::png, .dpi = 36}};
  const auto alone = render_batch(diagrams, outputs, {.processes = 1});
  const auto shared = render_batch(diagrams, outputs, {.processes = 3});
  REQUIRE(alone.size() == diagrams.size());
  REQUIRE(shared.size() == diagrams.size());
  for (std::size_t i = 0; i < diagrams.size(); ++i) {
    INFO("diagram " << i);
    REQUIRE(shared[i].size() == outputs.size());
    for (std::size_t k = 0; k < outputs.size(); ++k) {
      CHECK(shared[i][k].bytes == alone[i][k].bytes);
      CHECK(shared[i][k].bytes == render(diagrams[i], outputs[k]).bytes);
    }
  }
  CHECK(render_batch(std::span<const diagram>{}, outputs).empty());
}

TEST_CASE("a drawing that fails or whose worker dies is reported, in the batch's order", "[render][batch]") {
  const pid_t parent = ::getpid();
  const auto draw = [&](std::size_t i) -> std::vector<rendering> {
    if (i == 5) throw render_error("drawing five is impossible");
    if (i == 3 && ::getpid() != parent) ::raise(SIGKILL);  // a worker dies as Graphviz would crash
    return {rendering{std::to_string(i), {}}};
  };
  try {
    (void)render_batch(8, draw, {.processes = 2});
    FAIL("the batch should have failed");
  } catch (const render_error& e) {
    // Drawing 4 (index 3) comes first in the batch's order: its worker's death is what is said.
    CHECK_THAT(e.what(), Catch::Contains("drawing 4 of 8 was not made") && Catch::Contains("signal 9"));
  }
  const auto failing_only = [&](std::size_t i) -> std::vector<rendering> {
    if (i == 5) throw render_error("drawing five is impossible");
    return {rendering{std::to_string(i), {}}};
  };
  CHECK_THROWS_WITH(render_batch(8, failing_only, {.processes = 2}), Catch::Contains("drawing five is impossible"));
  const auto drawn = render_batch(8,
                                  [](std::size_t i) {
                                    return std::vector<rendering>{{std::to_string(i), {}}};
                                  },
                                  {.processes = 2});
  for (std::size_t i = 0; i < drawn.size(); ++i) CHECK(drawn[i].at(0).bytes == std::to_string(i));
}

TEST_CASE("a drawing that takes longer than the batch allows is stopped and reported", "[render][batch]") {
  const pid_t parent = ::getpid();
  const auto draw = [&](std::size_t i) -> std::vector<rendering> {
    if (i == 2 && ::getpid() != parent) ::pause();  // as Graphviz looping on a graph: never returns
    return {rendering{std::to_string(i), {}}};
  };
  try {
    (void)render_batch(4, draw, {.processes = 2, .time_limit = std::chrono::milliseconds(300)});
    FAIL("the batch should have failed");
  } catch (const render_error& e) {
    CHECK_THAT(e.what(), Catch::Contains("drawing 3 of 4 was not made") && Catch::Contains("longer than 300 ms"));
  }
}

TEST_CASE("PNG drawings are RGB on white, with their resolution", "[render][png]") {
  const std::string png = render(sport_sante_flowcharts().front(), {.format = output_format::png, .dpi = 192}).bytes;
  REQUIRE(png.size() > 64);
  REQUIRE(png.compare(12, 4, "IHDR") == 0);
  CHECK(static_cast<unsigned char>(png[24]) == 8);  // bits per channel
  CHECK(static_cast<unsigned char>(png[25]) == 2);  // colour type: RGB
  const std::size_t phys = png.find("pHYs");
  REQUIRE(phys != std::string::npos);
  CHECK(big_endian(png, phys + 4) == 7559);                // 192 dots per inch, in dots per metre
  CHECK(static_cast<unsigned char>(png[phys + 12]) == 1);  // the unit is the metre
}

TEST_CASE("diagrams that differ only by their subtitle share a layout, and keep their own subtitle",
          "[render][batch]") {
  std::vector<diagram> diagrams = sport_sante_flowcharts();
  diagram twin = diagrams.front();
  twin.subtitle = "Découpage n° 7 — une autre version";
  diagrams.push_back(twin);
  diagram other_title = diagrams.front();
  other_title.title = "Un autre titre, bien plus long que le premier, pour voir";
  diagrams.push_back(other_title);
  const std::vector<render_options> outputs = {{.format = output_format::svg},
                                               {.format = output_format::png, .dpi = 30}};
  const auto shared = render_batch(diagrams, outputs, {.processes = 2});
  const auto alone = render_batch(diagrams, outputs, {.processes = 1});
  for (std::size_t i = 0; i < diagrams.size(); ++i) {
    INFO("diagram " << i);
    for (std::size_t k = 0; k < outputs.size(); ++k) {
      CHECK(shared[i][k].bytes == alone[i][k].bytes);
      CHECK(shared[i][k].bytes == render(diagrams[i], outputs[k]).bytes);
    }
  }
  const std::string& twin_svg = shared[shared.size() - 2][0].bytes;
  CHECK(twin_svg.find("Découpage n° 7") != std::string::npos);
  CHECK(twin_svg != shared.front()[0].bytes);
  CHECK(shared.back()[0].bytes.find("Un autre titre") != std::string::npos);
}
