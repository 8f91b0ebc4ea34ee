#pragma once
// What the command says when a run fails, and its exit code: shared by main() and by --watch,
// which prints the same and goes on waiting.

#include <exception>

namespace passation::cli {

/// Prints why `failure` happened on standard error; returns the exit code it deserves.
int report_failure(const std::exception_ptr& failure) noexcept;

}  // namespace passation::cli
