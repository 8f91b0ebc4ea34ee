#pragma once
// The one way passation forks a drawing process, talks to it and learns how it ended: the batch
// (several children, each drawing a share of the items) and the render worker (one child answering
// requests) both go through it.
//
// A child is forked while this process holds Graphviz's lock, so that no other thread of it is
// inside Graphviz (the child's copy of the lock is then free to take), and only once Pango's font
// lookups have ended (see fork_guard.hpp). It talks over a socket pair, in frames: a 4-byte length,
// then the bytes. It ends with its parent, and never runs the parent's atexit handlers.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace passation::detail {

/// A drawing process: its pid and this process's end of the socket to it (-1 once closed).
struct child_process {
  int pid = -1;
  int fd = -1;
};

/// Holds Graphviz's lock while children are forked: no other thread draws meanwhile.
class fork_window {
 public:
  /// Takes the lock, then waits at most `wait` for Pango's font lookups to end and for this process
  /// to have at most `at_most_threads` threads (see wait_for_font_lookups).
  fork_window(std::chrono::milliseconds wait, std::size_t at_most_threads = SIZE_MAX);
  /// False when the lookups (or a host's own threads) did not end: forking could hang a child.
  [[nodiscard]] bool open() const { return open_; }
  /// Forks a child that runs `body` with its end of the socket, then exits (status 0). Throws
  /// io_error when no socket or process can be made; call it only when open().
  [[nodiscard]] child_process fork(const std::function<void(int fd)>& body);

 private:
  std::unique_lock<std::mutex> lock_;
  bool open_ = false;
};

/// Sends one frame; false when the other end is gone (never a SIGPIPE).
[[nodiscard]] bool send_frame(int fd, std::string_view bytes);

/// How waiting for a frame ended.
enum class received { ok, closed, timed_out };

/// Reads one whole frame into `out`, waiting at most until `deadline` (max(): no limit).
[[nodiscard]] received receive_frame(int fd, std::string& out, std::chrono::steady_clock::time_point deadline);

/// Frames cut out of bytes read as they come, for a parent that polls several children.
class frame_reader {
 public:
  /// Reads what `fd` has (one read): false when the child closed its end or the read failed.
  [[nodiscard]] bool read_from(int fd);
  /// The next whole frame read, if any.
  [[nodiscard]] std::optional<std::string> next();

 private:
  std::string pending_;
  std::size_t used_ = 0;
};

/// Closes the socket and waits for the child to end, killing it first when `kill`; returns its
/// wait status (0 for a child already reaped). Leaves `c` empty.
int reap(child_process& c, bool kill);

/// How a child that stopped before its answer ended, from its wait status: "Graphviz crashed while
/// drawing (signal 11: Segmentation fault)" or "<who> stopped while drawing (exit code 1)".
[[nodiscard]] std::string how_it_ended(int status, std::string_view who);

}  // namespace passation::detail
