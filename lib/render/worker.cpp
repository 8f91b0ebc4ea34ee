#include "passation/worker.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <mutex>

#include <fmt/format.h>

#include "fork_guard.hpp"
#include "graphviz.hpp"
#include "passation/error.hpp"
#include "wire.hpp"

namespace passation {

namespace {

// Messages are a 4-byte length, then the bytes. send() with MSG_NOSIGNAL: a child that died must
// give the parent an error, not a SIGPIPE that would kill it.
bool send_all(int fd, const std::string& bytes) {
  const std::uint32_t length = static_cast<std::uint32_t>(bytes.size());
  std::string framed(reinterpret_cast<const char*>(&length), sizeof length);
  framed += bytes;
  for (std::size_t done = 0; done < framed.size();) {
    const ssize_t n = ::send(fd, framed.data() + done, framed.size() - done, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

enum class received { ok, closed, timed_out };

// Reads one framed message, waiting at most until `deadline` (none when it is max()).
received receive(int fd, std::string& out, std::chrono::steady_clock::time_point deadline) {
  auto read_exact = [&](char* into, std::size_t size) -> received {
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
  };
  std::uint32_t length = 0;
  if (const received r = read_exact(reinterpret_cast<char*>(&length), sizeof length); r != received::ok) return r;
  out.assign(length, '\0');
  return read_exact(out.data(), length);
}

// The child: answers requests until its parent closes the socket or it has drawn `budget` times.
// AddressSanitizer reserves terabytes of address space for its shadow memory: under it, a limit
// on the address space would stop every drawing, so the limit is left out (and its test with it).
#if defined(__SANITIZE_ADDRESS__)
constexpr bool k_limit_address_space = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool k_limit_address_space = false;
#else
constexpr bool k_limit_address_space = true;
#endif
#else
constexpr bool k_limit_address_space = true;
#endif

[[noreturn]] void serve(int fd, unsigned budget, std::size_t memory_limit_mb) {
  if (k_limit_address_space) {
    const rlim_t bytes = static_cast<rlim_t>(memory_limit_mb) * 1024 * 1024;
    const rlimit limit{bytes, bytes};
    ::setrlimit(RLIMIT_AS, &limit);
  }
  for (unsigned i = 0; i < budget; ++i) {
    std::string request;
    if (receive(fd, request, std::chrono::steady_clock::time_point::max()) != received::ok) break;
    if (!send_all(fd, detail::answer_request(request))) break;
  }
  ::_exit(0);  // never run the parent's atexit handlers or flush its buffers
}

}  // namespace

struct render_worker::state {
  worker_options options;
  std::mutex mutex;
  pid_t child = -1;
  int fd = -1;
  unsigned drawn = 0;  // by the current child
  unsigned started = 0;

  void stop(bool kill) {
    if (fd >= 0) ::close(fd);
    fd = -1;
    if (child > 0) {
      if (kill) ::kill(child, SIGKILL);
      int status = 0;
      while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
      }
    }
    child = -1;
    drawn = 0;
  }

  void start() {
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
      throw io_error(fmt::format("cannot start a render worker: {}", std::strerror(errno)));
    }
    // Forked while holding Graphviz's lock, so that no other thread of this process is inside
    // Graphviz: the child's copy of the lock is then free to take.
    auto lock = detail::lock_graphviz();
    // Not while Pango looks a font up in a thread of its own: the child would wait for it forever.
    if (!detail::wait_for_font_lookups(options.time_limit)) {
      ::close(fds[0]);
      ::close(fds[1]);
      throw io_error("cannot start a render worker: font lookups of this process did not end");
    }
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
      const int err = errno;
      ::close(fds[0]);
      ::close(fds[1]);
      throw io_error(fmt::format("cannot start a render worker: {}", std::strerror(err)));
    }
    if (pid == 0) {
      lock.unlock();
      ::close(fds[0]);
      detail::end_with_parent(parent);
      serve(fds[1], options.renders_per_worker, options.memory_limit_mb);
    }
    ::close(fds[1]);
    child = pid;
    fd = fds[0];
    drawn = 0;
    ++started;
  }

  rendering draw(const std::string& request) {
    std::lock_guard<std::mutex> guard(mutex);
    if (child > 0 && drawn >= options.renders_per_worker) stop(false);  // recycled: it exits on its own
    if (child < 0) start();
    ++drawn;
    std::string answer;
    const auto deadline = std::chrono::steady_clock::now() + options.time_limit;
    received r = send_all(fd, request) ? receive(fd, answer, deadline) : received::closed;
    if (r == received::ok) return detail::decode_answer(answer);
    if (r == received::timed_out) {
      stop(true);
      throw render_error(
          fmt::format("drawing took longer than {} ms: the worker was stopped", options.time_limit.count()));
    }
    // The child is gone: say how it ended.
    int status = 0;
    ::close(fd);
    fd = -1;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    child = -1;
    drawn = 0;
    if (WIFSIGNALED(status)) {
      throw render_error(
          fmt::format("Graphviz crashed while drawing (signal {}: {}); the next drawing starts a new worker",
                      WTERMSIG(status), strsignal(WTERMSIG(status))));
    }
    throw render_error(fmt::format("the render worker stopped while drawing (exit code {}): out of memory?",
                                   WIFEXITED(status) ? WEXITSTATUS(status) : -1));
  }
};

render_worker::render_worker(worker_options options) : state_(std::make_unique<state>()) { state_->options = options; }

render_worker::~render_worker() {
  std::lock_guard<std::mutex> guard(state_->mutex);
  state_->stop(false);
}

rendering render_worker::render(const diagram& d, const render_options& options) {
  return state_->draw(detail::encode_request(d, options));
}

rendering render_worker::render(const gantt_chart& g, const render_options& options) {
  return state_->draw(detail::encode_request(g, options));
}

unsigned render_worker::workers_started() const {
  std::lock_guard<std::mutex> guard(state_->mutex);
  return state_->started;
}

}  // namespace passation
