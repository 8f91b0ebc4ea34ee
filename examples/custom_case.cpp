// Builds a small handover case in C++ (no YAML file), checks it and draws its flowchart.
//
//   custom_case [OUTPUT_FILE]      (default: custom-case.svg; .png and .pdf work too)

#include <filesystem>
#include <iostream>

#include "passation/passation.hpp"

using namespace passation;

namespace {

handover_case make_case() {
  handover_case c;
  c.id = "newsletter";
  c.title = "Handover of the newsletter service";
  c.lang = language::en;
  c.actors = {
      {.id = "team", .name = "In-house team", .side = actor_side::current},
      {.id = "agency", .name = "Agency", .side = actor_side::next},
      {.id = "board", .name = "Board", .side = actor_side::funder},
  };
  c.components = {
      {.id = "code", .name = text::per_audience("The service", "Mailer code"), .holder = "team"},
      {.id = "list", .name = text::per_audience("The subscribers", "Subscriber database"), .holder = "team"},
  };
  c.scenarios = {
      {.id = "all", .title = "Everything moves", .transfers_all = true},
      {.id = "code-only", .title = "The team keeps the subscribers", .transfers = {"code"}, .transfers_given = true},
  };
  c.emergency_holder = "team";
  c.process = {
      {.id = "start", .kind = node_kind::start, .actor = "board", .label = "Board picks a scenario"},
      {.id = "docs", .actor = "team", .label = "Runbook delivered"},
      {.id = "code", .actor = "team", .label = "Repository handed over", .hands_over = {"code"}},
      {.id = "list", .actor = "team", .label = "Subscribers exported", .hands_over = {"list"}},
      {.id = "receipt", .kind = node_kind::decision, .role = node_role::receipt, .actor = "agency",
       .label = "Everything received?", .next = {{"yes", "switch"}, {"no", "more"}}},
      {.id = "more", .actor = "team", .label = "Missing pieces sent", .next = {{{}, "receipt"}}},
      {.id = "switch", .kind = node_kind::milestone, .actor = "agency", .label = "Agency on call",
       .emergencies = "agency"},
      {.id = "ok", .role = node_role::validation, .actor = "board", .label = "Board signs off"},
      {.id = "end", .kind = node_kind::end, .actor = "board", .label = "Done"},
  };
  return c;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string file = argc > 1 ? argv[1] : "custom-case.svg";
  try {
    const handover_case c = make_case();
    for (const diagnostic& d : require_valid(c)) std::cerr << d.format() << '\n';  // warnings only
    const process_graph process = build_process(c, *c.find_scenario("code-only"));
    const diagram chart = make_flowchart(process, {.reader = audience::plain});
    const std::string extension = std::filesystem::path(file).extension().string();
    const auto format = parse_output_format(extension.empty() ? "svg" : extension.substr(1));
    write_file_atomically(file, render(chart, {.format = format.value_or(output_format::svg)}).bytes);
    std::cout << file << '\n';
  } catch (const case_error& e) {
    for (const diagnostic& d : e.diagnostics()) std::cerr << d.format() << '\n';
    return 1;
  } catch (const error& e) {
    std::cerr << "custom_case: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
