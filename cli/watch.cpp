#include "watch.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>

#include <fmt/format.h>

#include "console.hpp"
#include "exit_codes.hpp"
#include "failure.hpp"
#include "passation/diagnostic.hpp"
#include "passation/error.hpp"

namespace passation::cli {

namespace {

std::atomic<bool> stop_requested{false};
std::atomic<bool> building{false};
std::atomic<int> writing{0};
std::chrono::steady_clock::time_point saved_at = std::chrono::steady_clock::now();

extern "C" void request_stop(int) {
  stop_requested = true;
  if (building.load() && writing.load() == 0) {
    // Nothing is being written: end now rather than after a build of seconds (async-signal-safe).
    constexpr char said[] = "passation: stopped watching\n";
    [[maybe_unused]] const ssize_t n = ::write(STDOUT_FILENO, said, sizeof said - 1);
    ::_exit(exit_ok);
  }
}

// An inotify descriptor, closed on every path out.
struct inotify_handle {
  int fd = ::inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
  ~inotify_handle() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

writing_files::writing_files() noexcept { ++writing; }

writing_files::~writing_files() { --writing; }

std::chrono::milliseconds since_save() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - saved_at);
}

std::string watch_clock() {
  const std::time_t t = std::time(nullptr);
  std::tm local{};
  ::localtime_r(&t, &local);
  char text[16];
  std::strftime(text, sizeof text, "[%H:%M:%S]", &local);
  return text;
}

namespace {

// True when the events in `buffer` speak of the file named `name` in the watched folder: written
// and closed, renamed or created there (editors that save through a new file), or removed.
bool concerns(const char* buffer, ssize_t length, const std::string& name) {
  for (ssize_t at = 0; at < length;) {
    const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
    if (event->len > 0 && name == event->name) return true;
    at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
  }
  return false;
}

// Waits for events on `fd` for at most `timeout_ms` (-1: forever); reads them all. 1: some
// concern `name`; 0: none came (or none concern it); -1: interrupted by a signal.
int wait_for_save(int fd, const std::string& name, int timeout_ms) {
  pollfd watched{fd, POLLIN, 0};
  const int ready = ::poll(&watched, 1, timeout_ms);
  if (ready < 0) return errno == EINTR ? -1 : 0;
  if (ready == 0) return 0;
  alignas(inotify_event) std::array<char, 16384> buffer;
  bool seen = false;
  for (;;) {
    const ssize_t n = ::read(fd, buffer.data(), buffer.size());
    if (n <= 0) break;
    seen = concerns(buffer.data(), n, name) || seen;
  }
  return seen ? 1 : 0;
}

}  // namespace

int watch_case(const std::string& case_file, const std::function<int()>& build) {
  const std::filesystem::path file(case_file);
  const std::filesystem::path folder = file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path();
  const std::string name = file.filename().string();
  inotify_handle events;
  constexpr std::uint32_t k_saves = IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE;
  if (events.fd < 0 || ::inotify_add_watch(events.fd, folder.c_str(), k_saves) < 0) {
    // Said by report_failure(), as every failure is: the watch has not begun.
    throw io_error(fmt::format("cannot watch {}: {}", folder.string(), std::strerror(errno)));
  }
  // Ctrl-C ends the watch between two builds, cleanly; a build under way finishes first.
  struct sigaction on_stop {};
  on_stop.sa_handler = request_stop;
  ::sigemptyset(&on_stop.sa_mask);
  ::sigaction(SIGINT, &on_stop, nullptr);
  ::sigaction(SIGTERM, &on_stop, nullptr);

  saved_at = std::chrono::steady_clock::now();
  for (bool first = true; !stop_requested; first = false) {
    int code = exit_ok;
    building = true;
    try {
      code = build();
    } catch (...) {
      code = report_failure(std::current_exception());
    }
    building = false;
    const auto took = since_save();
    say("{} {} {} in {} ms; watching {} (Ctrl-C to stop)\n", watch_clock(), first ? "built" : "rebuilt",
        code == exit_ok ? "ok" : "with errors, nothing written", took.count(), terminal_safe(case_file));
    (void)stdout_failed();  // flushed: the line shows before the wait
    // The next save; then the burst of events an editor makes while saving (a write, a new file,
    // a rename) settles for 20 ms before the build starts.
    while (!stop_requested && wait_for_save(events.fd, name, -1) != 1) {
    }
    if (stop_requested) break;
    saved_at = std::chrono::steady_clock::now();
    while (!stop_requested && wait_for_save(events.fd, name, 20) == 1) {
    }
    if (!std::filesystem::exists(file)) {
      // Removed, or between an editor's delete and its new file: wait for it to come back.
      while (!stop_requested && !std::filesystem::exists(file)) wait_for_save(events.fd, name, 200);
      saved_at = std::chrono::steady_clock::now();
    }
  }
  say("{} stopped watching {}\n", watch_clock(), terminal_safe(case_file));
  return exit_ok;
}

}  // namespace passation::cli
