#pragma once
// A folder replaced whole: its new content is written in a staging folder beside it, then swapped
// in by one rename, so that whatever happens before the swap (a full disk, a signal, a crash) the
// folder stays exactly as it was. The pack's writer (lib/pack/write_pack.cpp) uses it.

#include <filesystem>

namespace passation::detail {

class staged_folder {
 public:
  /// Locks `target` against other writers (flock; a second one gets an io_error that says so),
  /// removes what an earlier run killed before its end left beside it, and makes an empty staging
  /// folder. `target` is created (empty) when missing; a symbolic link there is refused.
  explicit staged_folder(const std::filesystem::path& target);
  /// Removes the staging folder unless commit() put it in place; releases the lock.
  ~staged_folder();
  staged_folder(const staged_folder&) = delete;
  staged_folder& operator=(const staged_folder&) = delete;

  /// The folder the new content is written into.
  [[nodiscard]] const std::filesystem::path& staging() const noexcept { return staging_; }
  /// The folder being replaced.
  [[nodiscard]] const std::filesystem::path& target() const noexcept { return target_; }

  /// Puts the staging folder in place of the target (an atomic exchange of the two names), then
  /// removes the previous content. Throws io_error, leaving the target as it was.
  void commit();

 private:
  std::filesystem::path target_, staging_;
  int lock_fd_ = -1;
  bool created_ = false;  ///< the target did not exist: an empty one made for the lock, removed if unused
  bool committed_ = false;
};

}  // namespace passation::detail
