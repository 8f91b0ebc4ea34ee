// Ten lines that use passation: a scenario's flowchart as SVG (the embedded case, or CASE).
#include <passation/passation.hpp>

int main(int argc, char** argv) {  // usage: flowchart OUTPUT.svg [CASE.yaml]
  using namespace passation;
  const handover_case c = argc > 2 ? load_case_file(argv[2]) : default_case();
  const diagram chart = make_flowchart(build_process(c, c.scenarios.front()), {.reader = audience::plain});
  write_file_atomically(argv[1], render(chart, {.format = output_format::svg}).bytes);
}
