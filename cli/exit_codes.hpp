#pragma once
// The exit codes of `passation`, one per kind of failure.

namespace passation::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_invalid = 1;  ///< invalid input, failed checks, a diagram Graphviz could not draw
inline constexpr int exit_usage = 2;    ///< wrong arguments
inline constexpr int exit_io = 3;       ///< a file could not be read or written

}  // namespace passation::cli
