#pragma once
/// \file
/// Problems found in a case, located in the case file the way compilers locate them.

#include <string>
#include <vector>

namespace passation {

/// A place in a case file. Lines and columns count from 1; 0 means "unknown".
struct position {
  int line = 0;
  int column = 0;

  [[nodiscard]] bool known() const noexcept { return line > 0; }
  friend bool operator==(const position&, const position&) = default;
  friend auto operator<=>(const position&, const position&) = default;
};

enum class severity { error, warning, note };

/// One problem: printed as `file:line:col: error: message`, so that editors can jump to it.
struct diagnostic {
  severity level = severity::error;
  std::string file;
  position where;
  std::string message;

  /// `file:line:col: error: message` (the parts that are unknown are left out).
  [[nodiscard]] std::string format() const;
  friend bool operator==(const diagnostic&, const diagnostic&) = default;
};

/// True when at least one diagnostic is an error.
[[nodiscard]] bool has_errors(const std::vector<diagnostic>& diagnostics) noexcept;
/// How many diagnostics have severity `level`.
[[nodiscard]] std::size_t count(const std::vector<diagnostic>& diagnostics, severity level) noexcept;
/// Sorts by file, line and column (stable, so that problems found at one place keep their order).
void sort_by_position(std::vector<diagnostic>& diagnostics);

}  // namespace passation
