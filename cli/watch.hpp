#pragma once
// --watch: build, then build again each time the case file is saved.

#include <chrono>
#include <functional>
#include <string>

namespace passation::cli {

/// Runs `build` now, then each time `case_file` is saved (Linux inotify, on the file's folder, so
/// that editors that save by renaming a new file over the old one are seen), until Ctrl-C or
/// SIGTERM. A failed build is reported as the command would report it, and the watch goes on.
/// After each build, a line says when, how long it took from the save, and the result. `build`
/// prints what it wrote. Returns 0 when stopped, or 3 when the folder cannot be watched.
int watch_case(const std::string& case_file, const std::function<int()>& build);

/// Marks, for its lifetime, the part of a build that writes files. Ctrl-C or SIGTERM under
/// watch_case waits for that part to end; anywhere else in a build (which only computes, in
/// memory, and in drawing processes that end with it) the command ends at once, so that it stops
/// within a second whatever is building.
class writing_files {
 public:
  writing_files() noexcept;
  ~writing_files();
  writing_files(const writing_files&) = delete;
  writing_files& operator=(const writing_files&) = delete;
};

/// During a build under watch_case: the time since the save that started it, for builds that
/// report a first part of their work early.
[[nodiscard]] std::chrono::milliseconds since_save();

/// "[HH:MM:SS]", the local time at the start of watch_case's lines.
[[nodiscard]] std::string watch_clock();

}  // namespace passation::cli
