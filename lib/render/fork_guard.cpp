#include "fork_guard.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

#include <string>
#include <string_view>
#include <thread>

namespace passation::detail {

thread_count count_threads() {
  thread_count count;
  DIR* tasks = ::opendir("/proc/self/task");
  if (!tasks) return count;  // no /proc: nothing to learn, nothing to wait for
  while (const dirent* entry = ::readdir(tasks)) {
    if (entry->d_name[0] == '.') continue;
    ++count.all;
    // g_thread_new names its threads; the kernel keeps the first 15 bytes of the name.
    const std::string path = std::string("/proc/self/task/") + entry->d_name + "/comm";
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) continue;  // the thread ended meanwhile
    char name[32] = {};
    const ssize_t n = ::read(fd, name, sizeof name - 1);
    ::close(fd);
    if (n > 0 && std::string_view(name, static_cast<std::size_t>(n)).starts_with("[pango]")) ++count.font_lookups;
  }
  ::closedir(tasks);
  return count;
}

bool wait_for_font_lookups(std::chrono::milliseconds limit, std::size_t at_most) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  for (;;) {
    const thread_count now = count_threads();
    if (now.font_lookups == 0 && now.all <= at_most) return true;
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::microseconds(500));
  }
}

void end_with_parent(int parent_pid) noexcept {
  try {
    std::thread([parent_pid] {
      while (::getppid() == parent_pid) std::this_thread::sleep_for(std::chrono::milliseconds(100));
      ::_exit(1);
    }).detach();
  } catch (...) {
    // No thread: the child still ends when its pipe closes, once its current drawing is done.
  }
}

}  // namespace passation::detail
