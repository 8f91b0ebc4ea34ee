// passation check: loads a case and runs every check on it.

#include <memory>

#include <fmt/format.h>

#include "case_input.hpp"
#include "commands.hpp"
#include "console.hpp"
#include "exit_codes.hpp"
#include "passation/check.hpp"
#include "passation/diagnostic.hpp"
#include "passation/limits.hpp"
#include "passation/load.hpp"
#include "passation/output.hpp"

namespace passation::cli {

namespace {

struct check_request {
  case_input input;
  bool warnings_are_errors = false;
};

int run(const check_request& r) {
  const std::string name = r.input.file.empty() ? std::string(default_case_name()) : r.input.file;
  const std::string bytes =
      r.input.file.empty() ? std::string(default_case_source()) : read_file(r.input.file, limits::file_bytes + 1);
  const load_result result = parse_case(bytes, name);
  for (const diagnostic& d : result.diagnostics) warn("{}\n", d.format());
  const std::size_t errors = count(result.diagnostics, severity::error);
  const std::size_t warnings = count(result.diagnostics, severity::warning);
  if (errors > 0 || (r.warnings_are_errors && warnings > 0)) {
    warn("{}: {} error{}, {} warning{}\n", terminal_safe(name), errors, errors == 1 ? "" : "s", warnings,
         warnings == 1 ? "" : "s");
    return exit_invalid;
  }
  const handover_case& c = *result.value;
  say("{}: ok: case '{}', {} actors, {} components, {} scenarios, {} process nodes{}\n", terminal_safe(name),
      terminal_safe(c.id), c.actors.size(), c.components.size(), c.scenarios.size(), c.process.size(),
      warnings ? fmt::format(", {} warning{}", warnings, warnings == 1 ? "" : "s") : "");
  return exit_ok;
}

}  // namespace

command add_check_command(CLI::App& app) {
  auto request = std::make_shared<check_request>();
  CLI::App* sub =
      app.add_subcommand("check", "Check a case: its file, its references, and the process of every scenario");
  request->input.add_to(*sub);
  sub->add_flag("--werror", request->warnings_are_errors, "Fail on warnings too");
  sub->footer("Problems are printed as file:line:col: error: message; the exit code is 1 when there is an error.");
  return {sub, [request] { return run(*request); }};
}

}  // namespace passation::cli
