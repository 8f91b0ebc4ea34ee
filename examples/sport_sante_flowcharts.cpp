// Writes one SVG flowchart per scenario and audience of the embedded Sport Santé case.
//
//   sport_sante_flowcharts [OUTPUT_DIR]      (default: sport-sante-svg)

#include <filesystem>
#include <iostream>

#include "passation/passation.hpp"

int main(int argc, char** argv) {
  const std::filesystem::path folder = argc > 1 ? argv[1] : "sport-sante-svg";
  try {
    const passation::handover_case& c = passation::default_case();
    for (const passation::scenario& s : c.scenarios) {
      const passation::process_graph process = passation::build_process(c, s);
      for (passation::audience reader : passation::all_audiences) {
        const passation::diagram chart = passation::make_flowchart(process, {.reader = reader});
        const passation::rendering svg = passation::render(chart, {.format = passation::output_format::svg});
        const auto file = folder / (s.id + "-" + std::string(passation::to_string(reader)) + ".svg");
        passation::write_file_atomically(file, svg.bytes);
        std::cout << file.string() << '\n';
      }
    }
  } catch (const passation::error& e) {
    std::cerr << "sport_sante_flowcharts: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
