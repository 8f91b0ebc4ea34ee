#include "passation/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <algorithm>
#include <cstring>
#include <fstream>
#include <random>
#include <string>

#include <fmt/format.h>

#include "passation/error.hpp"

namespace passation {

namespace {
std::string describe_errno(int err) { return std::strerror(err); }

// A name no other writer uses: the target's name, the process id and a random number.
std::filesystem::path temporary_beside(const std::filesystem::path& file) {
  static thread_local std::mt19937_64 random{std::random_device{}()};
  return file.parent_path() /
         fmt::format(".{}.{}.{:x}.tmp", file.filename().string(), static_cast<long>(::getpid()), random());
}
}  // namespace

// No fsync: the rename makes the file appear whole or not at all if passation stops half-way;
// surviving a power cut is not worth a disk flush per diagram.
void write_file_atomically(const std::filesystem::path& file, std::string_view bytes,
                           const file_write_options& options) {
  std::error_code ec;
  const std::filesystem::path parent = file.parent_path();
  if (!parent.empty()) {
    std::filesystem::create_directories(parent, ec);
    if (ec) throw io_error(fmt::format("{}: cannot create the folder: {}", parent.string(), ec.message()));
  }
  const auto status = std::filesystem::symlink_status(file, ec);
  if (std::filesystem::is_directory(status)) throw io_error(fmt::format("{}: is a folder, not a file", file.string()));
  if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
    // Renaming over a device or a pipe would replace it: passation only writes regular files.
    throw io_error(fmt::format(
        "{}: is not a regular file (a device, a pipe or a link); passation only writes regular files", file.string()));
  }
  // The file it replaces keeps its permissions (a 600 file stays 600); one nobody may write was
  // protected on purpose, and is only replaced when asked.
  struct stat previous {};
  const bool replaces = ::lstat(file.c_str(), &previous) == 0 && S_ISREG(previous.st_mode);
  if (replaces && (previous.st_mode & 0222) == 0 && !options.replace_read_only) {
    throw io_error(
        fmt::format("{}: is read-only; passation does not replace it: make it writable (chmod u+w), or "
                    "pass --force",
                    file.string()));
  }
  const std::filesystem::path tmp = temporary_beside(file);
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) throw io_error(fmt::format("{}: cannot write: {}", file.string(), describe_errno(errno)));
  if (replaces) ::fchmod(fd, previous.st_mode & 07777);
  auto fail = [&](int err) {
    ::close(fd);
    ::unlink(tmp.c_str());
    throw io_error(fmt::format("{}: cannot write: {}", file.string(), describe_errno(err)));
  };
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(errno);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    throw io_error(fmt::format("{}: cannot write: {}", file.string(), describe_errno(err)));
  }
  if (::rename(tmp.c_str(), file.c_str()) != 0) {
    const int err = errno;
    ::unlink(tmp.c_str());
    throw io_error(fmt::format("{}: cannot write: {}", file.string(), describe_errno(err)));
  }
}

std::string read_file(const std::filesystem::path& file, std::size_t max_bytes) {
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec)) {
    throw io_error(fmt::format("{}: is a folder; give the path of a case file", file.string()));
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) throw io_error(fmt::format("{}: cannot open: {}", file.string(), describe_errno(errno)));
  std::string bytes;
  char buffer[65536];
  while (in && bytes.size() < max_bytes) {
    in.read(buffer, static_cast<std::streamsize>(std::min(sizeof buffer, max_bytes - bytes.size())));
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) throw io_error(fmt::format("{}: cannot read", file.string()));
  return bytes;
}

bool file_holds(const std::filesystem::path& file, std::string_view bytes) {
  std::error_code ec;
  // Only a regular file of the same size is worth reading.
  if (!std::filesystem::is_regular_file(std::filesystem::symlink_status(file, ec)) ||
      std::filesystem::file_size(file, ec) != bytes.size() || ec) {
    return false;
  }
  std::ifstream in(file, std::ios::binary);
  std::string present(bytes.size(), '\0');
  return in.read(present.data(), static_cast<std::streamsize>(present.size())) && present == bytes;
}

bool write_file_if_changed(const std::filesystem::path& file, std::string_view bytes,
                           const file_write_options& options) {
  if (file_holds(file, bytes)) return false;  // anything else goes through write_file_atomically's checks
  write_file_atomically(file, bytes, options);
  return true;
}

}  // namespace passation
