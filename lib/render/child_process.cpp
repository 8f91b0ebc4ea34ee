#include "child_process.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "fork_guard.hpp"
#include "graphviz.hpp"
#include "passation/error.hpp"

namespace passation::detail {

fork_window::fork_window(std::chrono::milliseconds wait, std::size_t at_most_threads) : lock_(lock_graphviz()) {
  open_ = wait_for_font_lookups(wait, at_most_threads);
}

child_process fork_window::fork(const std::function<void(int fd)>& body) {
  int fds[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
    throw io_error(fmt::format("cannot start a drawing process: {}", std::strerror(errno)));
  }
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) {
    const int err = errno;
    ::close(fds[0]);
    ::close(fds[1]);
    throw io_error(fmt::format("cannot start a drawing process: {}", std::strerror(err)));
  }
  if (pid == 0) {
    lock_.unlock();
    ::close(fds[0]);
    end_with_parent(parent);
    body(fds[1]);
    ::_exit(0);  // never run the parent's atexit handlers or flush its buffers
  }
  ::close(fds[1]);
  return {pid, fds[0]};
}

bool send_frame(int fd, std::string_view bytes) {
  const auto length = static_cast<std::uint32_t>(bytes.size());
  std::string framed(reinterpret_cast<const char*>(&length), sizeof length);
  framed += bytes;
  for (std::size_t done = 0; done < framed.size();) {
    // MSG_NOSIGNAL: a child that died gives the parent an error, not a SIGPIPE that kills it.
    const ssize_t n = ::send(fd, framed.data() + done, framed.size() - done, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

namespace {

received read_exact(int fd, char* into, std::size_t size, std::chrono::steady_clock::time_point deadline) {
  for (std::size_t done = 0; done < size;) {
    if (deadline != std::chrono::steady_clock::time_point::max()) {
      const auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
      if (left <= 0) return received::timed_out;
      pollfd p{fd, POLLIN, 0};
      const int ready = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, 1 << 30)));
      if (ready < 0 && errno == EINTR) continue;
      if (ready == 0) return received::timed_out;
    }
    const ssize_t n = ::recv(fd, into + done, size - done, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return received::closed;
    done += static_cast<std::size_t>(n);
  }
  return received::ok;
}

}  // namespace

received receive_frame(int fd, std::string& out, std::chrono::steady_clock::time_point deadline) {
  std::uint32_t length = 0;
  if (const received r = read_exact(fd, reinterpret_cast<char*>(&length), sizeof length, deadline); r != received::ok) {
    return r;
  }
  out.assign(length, '\0');
  return read_exact(fd, out.data(), length, deadline);
}

bool frame_reader::read_from(int fd) {
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    pending_.erase(0, used_);
    used_ = 0;
    pending_.append(buffer, static_cast<std::size_t>(n));
    return true;
  }
}

std::optional<std::string> frame_reader::next() {
  std::uint32_t length = 0;
  if (pending_.size() - used_ < sizeof length) return std::nullopt;
  std::memcpy(&length, pending_.data() + used_, sizeof length);
  if (pending_.size() - used_ - sizeof length < length) return std::nullopt;
  std::string frame = pending_.substr(used_ + sizeof length, length);
  used_ += sizeof length + length;
  return frame;
}

int reap(child_process& c, bool kill) {
  if (c.fd >= 0) ::close(c.fd);
  c.fd = -1;
  int status = 0;
  if (c.pid > 0) {
    if (kill) ::kill(c.pid, SIGKILL);
    while (::waitpid(c.pid, &status, 0) < 0 && errno == EINTR) {
    }
  }
  c.pid = -1;
  return status;
}

std::string how_it_ended(int status, std::string_view who) {
  if (WIFSIGNALED(status)) {
    return fmt::format("Graphviz crashed while drawing (signal {}: {})", WTERMSIG(status), strsignal(WTERMSIG(status)));
  }
  return fmt::format("{} stopped while drawing (exit code {})", who, WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

}  // namespace passation::detail
