#pragma once
// The CASE argument every subcommand takes: a case file, or the embedded default case.

#include <filesystem>
#include <functional>
#include <string>

#include <CLI/CLI.hpp>

#include "passation/case.hpp"

namespace passation::cli {

struct case_input {
  std::string file;    ///< empty: the embedded default case
  bool watch = false;  ///< --watch: build again on every save of the file

  /// Adds the optional CASE positional to `command`.
  void add_to(CLI::App& command);
  /// Loads and checks the case, printing warnings on stderr. Throws case_error or io_error.
  [[nodiscard]] handover_case load() const;
  /// Adds --watch to `command`.
  void add_watch_to(CLI::App& command);
  /// Runs `build` once, or, with --watch, again on every save of the case file (see watch.hpp).
  [[nodiscard]] int run(const std::function<int()>& build) const;
  /// Throws usage_error when writing `output` would overwrite the case file.
  void protect_from(const std::filesystem::path& output) const;
};

}  // namespace passation::cli
