#pragma once
// What the command writes on its standard output and standard error. A write that fails (a closed
// stream, a full disk, /dev/full) never throws nor aborts: a failed standard output ends the run
// with exit code 3 (main() asks stdout_failed()), a failed standard error is let go, since there is
// nowhere left to say so, and the command keeps its own exit code.

#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

namespace passation::cli {

/// Makes sure file descriptors 0, 1 and 2 are open before anything else is: a closed one is
/// pointed to /dev/null opened the wrong way round, so that writes to it fail (and are seen to
/// fail) instead of landing in the first file the command opens, which would get that descriptor.
void guard_standard_streams() noexcept;

/// Writes `bytes` to standard output as they are (a drawing, a table, a line).
void write_out(std::string_view bytes) noexcept;
/// Writes `bytes` to standard error.
void write_err(std::string_view bytes) noexcept;

/// Flushes standard output; true when anything written to it was lost.
[[nodiscard]] bool stdout_failed() noexcept;

/// Formats and writes to standard output. User text and paths go in through terminal_safe().
template <typename... Args>
void say(fmt::format_string<Args...> format, Args&&... args) {
  write_out(fmt::format(format, std::forward<Args>(args)...));
}

/// Formats and writes to standard error. User text and paths go in through terminal_safe().
template <typename... Args>
void warn(fmt::format_string<Args...> format, Args&&... args) {
  write_err(fmt::format(format, std::forward<Args>(args)...));
}

}  // namespace passation::cli
