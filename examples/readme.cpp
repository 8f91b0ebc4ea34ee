// The example of the README (tests/test_docs.cpp keeps the two the same).
#include <passation/passation.hpp>

int main() {
  using namespace passation;
  const handover_case c = load_case_file("cases/sport-sante.yaml");  // or default_case()
  for (const scenario& s : c.scenarios) {
    const process_graph process = build_process(c, s);  // a Boost.Graph adjacency_list
    const diagram chart = make_flowchart(process, {.reader = audience::plain});
    const rendering png = render(chart, {.format = output_format::png, .dpi = 192});
    write_file_atomically("out/" + s.id + ".png", png.bytes);
  }
}
