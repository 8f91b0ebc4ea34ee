#pragma once
/// \file
/// Problems found in a case, located in the case file the way compilers locate them.

#include <optional>
#include <string>
#include <string_view>
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

/// `text` made safe to show on one terminal line: control characters (C0, DEL, C1, line breaks),
/// characters that reverse the text's direction (U+202A-U+202E, U+2066-U+2069) and bytes that are
/// not UTF-8 are shown escaped (`\x1B`, `\u009B`, `\u202E`), so that a case's text or a path can
/// neither drive the terminal nor forge a line of output. Every message of the command that shows
/// user text goes through it.
[[nodiscard]] std::string terminal_safe(std::string_view text);

/// The candidate closest to `word` (a misspelt key, id or subcommand) by edit distance, when it is
/// close enough to be a plausible typo; nothing otherwise. Makes the "did you mean" of messages.
[[nodiscard]] std::optional<std::string> closest_match(std::string_view word,
                                                       const std::vector<std::string>& candidates);

/// True when at least one diagnostic is an error.
[[nodiscard]] bool has_errors(const std::vector<diagnostic>& diagnostics) noexcept;
/// How many diagnostics have severity `level`.
[[nodiscard]] std::size_t count(const std::vector<diagnostic>& diagnostics, severity level) noexcept;
/// Sorts by file, line and column (stable, so that problems found at one place keep their order).
void sort_by_position(std::vector<diagnostic>& diagnostics);

}  // namespace passation
