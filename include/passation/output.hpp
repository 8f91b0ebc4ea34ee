#pragma once
/// \file
/// Writing output files so that a reader never sees a half-written one.

#include <filesystem>
#include <cstddef>
#include <string>
#include <string_view>

namespace passation {

/// Writes `bytes` to `file` through a temporary file in the same folder, renamed over `file`
/// once complete. Creates the missing parent folders. Only writes regular files: a device, a pipe
/// or a folder at `file` is an io_error. Throws io_error, leaving `file` as it was.
void write_file_atomically(const std::filesystem::path& file, std::string_view bytes);

/// As write_file_atomically(), unless `file` already holds exactly `bytes`: then it is left as it
/// is, modification time included. True when the file was written.
bool write_file_if_changed(const std::filesystem::path& file, std::string_view bytes);

/// Reads a whole file, or its first `max_bytes` bytes (a device such as /dev/zero never ends).
/// Throws io_error.
[[nodiscard]] std::string read_file(const std::filesystem::path& file, std::size_t max_bytes = std::size_t(-1));

}  // namespace passation
