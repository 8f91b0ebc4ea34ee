#include "io/staged_folder.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fmt/format.h>

#include "passation/error.hpp"

namespace passation::detail {

namespace {

[[noreturn]] void fail(const std::filesystem::path& where, std::string_view what, int err) {
  throw io_error(fmt::format("{}: {}: {}", where.string(), what, std::strerror(err)));
}

// Removes a tree without following symbolic links (std::filesystem::remove_all does not follow
// them either); errors are ignored: this only cleans up.
void remove_quietly(const std::filesystem::path& p) noexcept {
  std::error_code ec;
  std::filesystem::remove_all(p, ec);
}

// The prefix of the staging folders of `target`: ".<name>.staging-", in the same parent.
std::string staging_prefix(const std::filesystem::path& target) {
  return "." + target.filename().string() + ".staging-";
}

}  // namespace

staged_folder::staged_folder(const std::filesystem::path& target)
    : target_(std::filesystem::absolute(target).lexically_normal()) {
  // "out/" and "out/." name the folder "out": its staging folder goes beside it, in its parent.
  if (!target_.has_filename()) target_ = target_.parent_path();
  if (target_ == target_.root_path()) throw io_error("/: passation does not replace the root folder; choose a folder");
  std::error_code ec;
  const auto status = std::filesystem::symlink_status(target_, ec);
  if (std::filesystem::is_symlink(status)) {
    throw io_error(
        fmt::format("{}: is a symbolic link; passation replaces a pack's folder whole, so give the folder "
                    "it points to",
                    target_.string()));
  }
  if (std::filesystem::exists(status) && !std::filesystem::is_directory(status)) {
    throw io_error(fmt::format("{}: is not a folder", target_.string()));
  }
  created_ = !std::filesystem::exists(status);
  std::filesystem::create_directories(target_, ec);
  if (ec) throw io_error(fmt::format("{}: cannot create the folder: {}", target_.string(), ec.message()));

  // The lock is taken on the folder itself. A writer that opened it before another swapped it
  // away holds the old folder: it checks, once locked, that the name still leads to what it locked.
  lock_fd_ = ::open(target_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
  if (lock_fd_ < 0) fail(target_, "cannot open the folder", errno);
  if (::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
    const int err = errno;
    ::close(lock_fd_);
    lock_fd_ = -1;
    if (err == EWOULDBLOCK) {
      throw io_error(
          fmt::format("{}: another passation is writing a pack into this folder; run again once it has "
                      "ended (or choose another folder)",
                      target_.string()));
    }
    fail(target_, "cannot lock the folder", err);
  }
  struct stat locked {
  }, named{};
  if (::fstat(lock_fd_, &locked) != 0 || ::stat(target_.c_str(), &named) != 0 || locked.st_ino != named.st_ino ||
      locked.st_dev != named.st_dev) {
    ::close(lock_fd_);
    lock_fd_ = -1;
    throw io_error(fmt::format("{}: another passation has just replaced this folder; run again", target_.string()));
  }

  // Staging folders left by a run that was killed before its end: nobody else writes them while
  // the lock is held.
  const std::filesystem::path parent = target_.parent_path();
  const std::string prefix = staging_prefix(target_);
  for (const auto& entry : std::filesystem::directory_iterator(parent, ec)) {
    if (entry.path().filename().string().rfind(prefix, 0) == 0) remove_quietly(entry.path());
  }
  staging_ = parent / (prefix + std::to_string(::getpid()));
  remove_quietly(staging_);
  if (::mkdir(staging_.c_str(), 0777) != 0) fail(staging_, "cannot create the staging folder", errno);
  // The new folder keeps the permissions of the one it replaces.
  struct stat old {};
  if (::stat(target_.c_str(), &old) == 0) ::chmod(staging_.c_str(), old.st_mode & 07777);
}

staged_folder::~staged_folder() {
  if (!committed_ && !staging_.empty()) remove_quietly(staging_);
  if (!committed_ && created_) ::rmdir(target_.c_str());  // as it was: no folder (rmdir: only if still empty)
  if (lock_fd_ >= 0) ::close(lock_fd_);
}

void staged_folder::commit() {
  // One rename swaps the two names: the target holds the whole new content, the staging name the
  // whole old one. Filesystems without RENAME_EXCHANGE get two renames, the old content moved
  // back if the second fails.
  if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, target_.c_str(), RENAME_EXCHANGE) != 0) {
    const int err = errno;
    if (err != EINVAL && err != ENOSYS && err != ENOTSUP) fail(target_, "cannot put the new pack in place", err);
    const std::filesystem::path aside = staging_.string() + "-old";
    if (::rename(target_.c_str(), aside.c_str()) != 0) fail(target_, "cannot put the new pack in place", errno);
    if (::rename(staging_.c_str(), target_.c_str()) != 0) {
      const int second = errno;
      ::rename(aside.c_str(), target_.c_str());
      fail(target_, "cannot put the new pack in place", second);
    }
    committed_ = true;
    remove_quietly(aside);
    return;
  }
  committed_ = true;
  remove_quietly(staging_);  // now the old content
}

}  // namespace passation::detail
