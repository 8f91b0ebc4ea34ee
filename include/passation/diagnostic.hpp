#pragma once
/// \file
/// Problems found in a case, located in the case file the way compilers locate them.

#include <string>
#include <vector>

namespace passation {

/// A place in a case file. Lines and columns count from 1; 0 means "unknown".
struct position {
  int line = 0;    ///< from 1; 0: unknown
  int column = 0;  ///< from 1; 0: unknown

  /// True when the line is known.
  [[nodiscard]] bool known() const noexcept { return line > 0; }
  /// Same line and column.
  friend bool operator==(const position&, const position&) = default;
  /// By line, then column.
  friend auto operator<=>(const position&, const position&) = default;
};

/// How bad a problem is: an error makes a case invalid, a warning does not (unless `check --werror`).
enum class severity {
  error,    ///< the case cannot be used
  warning,  ///< the case can be used, but something looks wrong
  note      ///< information, printed as `note:`
};

/// One problem: printed as `file:line:col: error: message`, so that editors can jump to it.
struct diagnostic {
  severity level = severity::error;  ///< error, warning or note
  std::string file;                  ///< the case file, or "" (a case built in C++)
  position where;                    ///< where in the file, or unknown
  std::string message;               ///< e.g. "unknown key 'lable' in a process node (did you mean 'label'?)"

  /// `file:line:col: error: message` (the parts that are unknown are left out).
  [[nodiscard]] std::string format() const;
  /// Every member equal.
  friend bool operator==(const diagnostic&, const diagnostic&) = default;
};

/// True when at least one diagnostic is an error.
[[nodiscard]] bool has_errors(const std::vector<diagnostic>& diagnostics) noexcept;
/// How many diagnostics have severity `level`.
[[nodiscard]] std::size_t count(const std::vector<diagnostic>& diagnostics, severity level) noexcept;
/// Sorts by file, line and column (stable, so that problems found at one place keep their order).
void sort_by_position(std::vector<diagnostic>& diagnostics);

}  // namespace passation
