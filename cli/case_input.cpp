#include "case_input.hpp"

#include <fmt/format.h>

#include "console.hpp"
#include "exit_codes.hpp"
#include "validators.hpp"
#include "watch.hpp"
#include "passation/error.hpp"
#include "passation/limits.hpp"
#include "passation/load.hpp"
#include "passation/output.hpp"

namespace passation::cli {

void case_input::add_to(CLI::App& command) {
  command.add_option("CASE", file, "Case file (YAML); without it, the embedded Sport Santé case")
      ->type_name("FILE")
      ->check(case_file_name());
}

void case_input::add_watch_to(CLI::App& command) {
  command.add_flag("-w,--watch", watch,
                   "Build again each time CASE is saved, until Ctrl-C; errors are printed and the watch goes on");
}

int case_input::run(const std::function<int()>& build) const {
  if (!watch) return build();
  if (file.empty()) throw usage_error("--watch watches a case file: give one (passation init writes a starter)");
  return watch_case(file, build);
}

void case_input::protect_from(const std::filesystem::path& output) const {
  if (file.empty() || output.empty() || output == "-") return;
  std::error_code ec;
  const bool same = std::filesystem::exists(output, ec)
                        ? std::filesystem::equivalent(file, output, ec)
                        : std::filesystem::weakly_canonical(file, ec) == std::filesystem::weakly_canonical(output, ec);
  if (same)
    throw usage_error(
        fmt::format("{} is the case file: passation never writes over it; choose another output", output.string()));
}

handover_case case_input::load() const {
  if (file.empty()) return default_case();
  const std::string bytes = read_file(file, limits::file_bytes + 1);
  load_result result = parse_case(bytes, file);
  if (!result.ok()) throw case_error(std::move(result.diagnostics));
  for (const diagnostic& d : result.diagnostics) warn("{}\n", d.format());
  return std::move(*result.value);
}

}  // namespace passation::cli
