#pragma once
/// \file
/// Writing output files so that a reader never sees a half-written one.

#include <filesystem>
#include <string_view>

namespace passation {

/// Writes `bytes` to `file` through a temporary file in the same folder, renamed over `file`
/// once complete. Creates the missing parent folders. Throws io_error, leaving `file` as it was.
void write_file_atomically(const std::filesystem::path& file, std::string_view bytes);

/// Reads a whole file. Throws io_error.
[[nodiscard]] std::string read_file(const std::filesystem::path& file);

}  // namespace passation
