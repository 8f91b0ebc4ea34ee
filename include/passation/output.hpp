#pragma once
/// \file
/// Writing output files so that a reader never sees a half-written one.

#include <filesystem>
#include <cstddef>
#include <string>
#include <string_view>

namespace passation {

/// How an output file may replace the one already there.
struct file_write_options {
  /// Replace a file that has no write permission for anyone (`chmod a-w`): false refuses it, as a
  /// file someone protected on purpose (the command's `--force` sets it).
  bool replace_read_only = false;
};

/// Writes `bytes` to `file` through a temporary file in the same folder, renamed over `file`
/// once complete. Creates the missing parent folders. A file it replaces keeps its permissions;
/// a read-only one is refused (unless `options.replace_read_only`). Only writes regular files: a
/// device, a pipe, a link or a folder at `file` is an io_error. Throws io_error, leaving `file`
/// as it was.
void write_file_atomically(const std::filesystem::path& file, std::string_view bytes,
                           const file_write_options& options = {});

/// True when `file` is a regular file (not a link) that holds exactly `bytes`.
[[nodiscard]] bool file_holds(const std::filesystem::path& file, std::string_view bytes);

/// As write_file_atomically(), unless `file` already holds exactly `bytes`: then it is left as it
/// is, modification time included. True when the file was written.
bool write_file_if_changed(const std::filesystem::path& file, std::string_view bytes,
                           const file_write_options& options = {});

/// Reads a whole file, or its first `max_bytes` bytes (a device such as /dev/zero never ends).
/// Throws io_error.
[[nodiscard]] std::string read_file(const std::filesystem::path& file, std::size_t max_bytes = std::size_t(-1));

}  // namespace passation
