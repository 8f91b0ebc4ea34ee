#pragma once
// The exit codes of `passation`, one per kind of failure.

#include <stdexcept>
#include <string>

namespace passation::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_invalid = 1;  ///< invalid input, failed checks, a diagram Graphviz could not draw
inline constexpr int exit_usage = 2;    ///< wrong arguments
inline constexpr int exit_io = 3;       ///< a file could not be read or written

/// A run stopped by SIGINT or SIGTERM once it had said so: exit code 128 + the signal, as a shell
/// reports a command killed by it.
struct stopped_by_signal {
  int signal = 0;
};

/// Wrong arguments found after parsing (an output that would overwrite the case, a scenario the
/// case does not have…): exit code 2. Printed by report_failure(), as every failure is.
struct usage_error : std::runtime_error {
  using std::runtime_error::runtime_error;
  /// `subcommand` is named in the message: "passation render: error: …".
  usage_error(std::string subcommand, const std::string& what)
      : std::runtime_error(what), command(std::move(subcommand)) {}
  std::string command;
};

}  // namespace passation::cli
