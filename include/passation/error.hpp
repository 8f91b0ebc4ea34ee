#pragma once
/// \file
/// The exceptions passation throws. The command-line tool maps each kind to an exit code.

#include <stdexcept>
#include <string>
#include <vector>

#include "passation/diagnostic.hpp"

namespace passation {

/// Base of every exception passation throws.
class error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The case is invalid: it carries every problem found, not just the first.
class case_error : public error {
 public:
  /// The problems found; what() is the first error, formatted, and how many more there are.
  explicit case_error(std::vector<diagnostic> diagnostics);
  /// Every problem found: errors, and the warnings found with them.
  [[nodiscard]] const std::vector<diagnostic>& diagnostics() const noexcept { return diagnostics_; }

 private:
  std::vector<diagnostic> diagnostics_;
};

/// A file could not be read or written.
class io_error : public error {
 public:
  using error::error;
};

/// Graphviz could not lay out or render a diagram; the message holds what Graphviz said.
class render_error : public error {
 public:
  using error::error;
};

}  // namespace passation
