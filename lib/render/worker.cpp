#include "passation/worker.hpp"

#include <sys/resource.h>
#include <sys/wait.h>

#include <mutex>

#include <fmt/format.h>

#include "child_process.hpp"
#include "passation/error.hpp"
#include "wire.hpp"

namespace passation {

namespace {

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

void serve(int fd, unsigned budget, std::size_t memory_limit_mb) {
  if (k_limit_address_space) {
    const rlim_t bytes = static_cast<rlim_t>(memory_limit_mb) * 1024 * 1024;
    const rlimit limit{bytes, bytes};
    ::setrlimit(RLIMIT_AS, &limit);
  }
  for (unsigned i = 0; i < budget; ++i) {
    std::string request;
    if (detail::receive_frame(fd, request, std::chrono::steady_clock::time_point::max()) != detail::received::ok) break;
    if (!detail::send_frame(fd, detail::answer_request(request))) break;
  }
}

}  // namespace

struct render_worker::state {
  worker_options options;
  std::mutex mutex;
  detail::child_process child;
  unsigned drawn = 0;  // by the current child
  unsigned started = 0;

  void stop(bool kill) {
    (void)detail::reap(child, kill);
    drawn = 0;
  }

  void start() {
    detail::fork_window window(options.time_limit);
    if (!window.open()) throw io_error("cannot start a render worker: font lookups of this process did not end");
    child = window.fork([this](int fd) { serve(fd, options.renders_per_worker, options.memory_limit_mb); });
    drawn = 0;
    ++started;
  }

  rendering draw(const std::string& request) {
    std::lock_guard<std::mutex> guard(mutex);
    if (child.pid > 0 && drawn >= options.renders_per_worker) stop(false);  // recycled: it exits on its own
    if (child.pid < 0) start();
    ++drawn;
    std::string answer;
    const auto deadline = std::chrono::steady_clock::now() + options.time_limit;
    const detail::received r = detail::send_frame(child.fd, request) ? detail::receive_frame(child.fd, answer, deadline)
                                                                     : detail::received::closed;
    if (r == detail::received::ok) return detail::decode_answer(answer);
    if (r == detail::received::timed_out) {
      stop(true);
      throw render_error(
          fmt::format("drawing took longer than {} ms: the worker was stopped", options.time_limit.count()));
    }
    // The child is gone: say how it ended.
    const int status = detail::reap(child, false);
    drawn = 0;
    throw render_error(detail::how_it_ended(status, "the render worker") +
                       (WIFSIGNALED(status) ? "; the next drawing starts a new worker" : ": out of memory?"));
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

unsigned render_worker::workers_started() const {
  std::lock_guard<std::mutex> guard(state_->mutex);
  return state_->started;
}

}  // namespace passation
