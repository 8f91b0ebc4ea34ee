#include "passation/batch.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdint>
#include <cstring>
#include <optional>
#include <thread>
#include <unordered_map>

#include <fmt/format.h>

#include "draw.hpp"
#include "drawing_cache_access.hpp"
#include "fork_guard.hpp"
#include "graphviz.hpp"
#include "passation/error.hpp"
#include "wire.hpp"

namespace passation {

namespace {

// A child's frames: item index, output index or one of the two marks below, length, then the
// encoded answer (for k_finished: nothing, the length is the number of outputs).
constexpr std::uint32_t k_started = 0xFFFFFFFF;   // "now drawing this item"
constexpr std::uint32_t k_finished = 0xFFFFFFFE;  // "every output of this item was sent"

bool write_all(int fd, const char* data, std::size_t size) {
  for (std::size_t done = 0; done < size;) {
    const ssize_t n = ::write(fd, data + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

bool send_frame(int fd, std::uint32_t diagram, std::uint32_t output, const std::string& answer) {
  std::uint32_t header[3] = {diagram, output, static_cast<std::uint32_t>(answer.size())};
  return write_all(fd, reinterpret_cast<const char*>(header), sizeof header) &&
         write_all(fd, answer.data(), answer.size());
}

// A child: takes the next item nobody took, draws it, sends every output, until none is left.
[[noreturn]] void draw_share(int fd, std::atomic<std::size_t>& next, std::size_t count, const drawing& draw) {
  for (std::size_t i = next.fetch_add(1); i < count; i = next.fetch_add(1)) {
    const auto index = static_cast<std::uint32_t>(i);
    if (!send_frame(fd, index, k_started, {})) ::_exit(1);
    std::vector<std::string> answers;
    try {
      for (const rendering& r : draw(i)) answers.push_back(detail::encode_answer(r));
    } catch (const std::exception& e) {
      answers.assign(1, detail::encode_failure(e.what()));
    }
    for (std::size_t k = 0; k < answers.size(); ++k) {
      if (!send_frame(fd, index, static_cast<std::uint32_t>(k), answers[k])) ::_exit(1);
    }
    std::uint32_t header[3] = {index, k_finished, static_cast<std::uint32_t>(answers.size())};
    if (!write_all(fd, reinterpret_cast<const char*>(header), sizeof header)) ::_exit(1);
  }
  ::_exit(0);  // never run the parent's atexit handlers or flush its buffers
}

// A small drawing in each of `formats`, made in this process before forking: Graphviz's context,
// fontconfig (a few milliseconds of reading its configuration), pango and cairo are set up once,
// and every worker starts with them.
void warm_up(const std::vector<output_format>& formats) {
  diagram d;
  d.title = "Passation";
  d.lanes = {{"Équipe", "actuelle"}};
  d.nodes = {{"start", diagram_node_kind::start, "Début", {}, {}, 0, 0},
             {"step", diagram_node_kind::step, "Étape", {"détail"}, "Urgences", 0, 0},
             {"choice", diagram_node_kind::decision, "Reçu ?", {}, {}, 0, 0}};
  d.edges = {{0, 1, "", false}, {1, 2, "oui", false}};
  d.legend = {{diagram_node_kind::step, 0, "Étape", "Urgences"}};
  for (output_format f : formats) (void)render(d, {.format = f, .dpi = 10});
}

struct child {
  pid_t pid = -1;
  int fd = -1;
  std::string pending;                          // bytes read and not yet made into frames
  std::optional<std::uint32_t> drawing;         // the diagram it said it was drawing
  std::chrono::steady_clock::time_point since;  // when it said so
  bool stopped = false;                         // killed for taking too long
};

// The counter the children share, in memory that fork does not copy.
class shared_counter {
 public:
  shared_counter() {
    static_assert(std::atomic<std::size_t>::is_always_lock_free, "the counter is shared between processes");
    memory_ =
        ::mmap(nullptr, sizeof(std::atomic<std::size_t>), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (memory_ == MAP_FAILED)
      throw io_error(fmt::format("cannot share work between processes: {}", std::strerror(errno)));
    counter_ = new (memory_) std::atomic<std::size_t>(0);
  }
  ~shared_counter() { ::munmap(memory_, sizeof(std::atomic<std::size_t>)); }
  shared_counter(const shared_counter&) = delete;
  shared_counter& operator=(const shared_counter&) = delete;
  std::atomic<std::size_t>& get() { return *counter_; }

 private:
  void* memory_ = nullptr;
  std::atomic<std::size_t>* counter_ = nullptr;
};

}  // namespace

namespace {

std::vector<std::vector<rendering>> run_batch(std::size_t count, const drawing& draw, const batch_options& options,
                                              const std::vector<output_format>& warm_formats) {
  std::vector<std::vector<rendering>> results(count);
  if (count == 0) return results;
  const unsigned cores = std::max(1U, std::thread::hardware_concurrency());
  const std::size_t processes = std::min<std::size_t>(options.processes ? options.processes : cores, count);
  const auto tell = [&](std::size_t done) {
    if (options.progress) options.progress(done, count);
  };
  const auto draw_here = [&] {
    for (std::size_t i = 0; i < count; ++i) {
      results[i] = draw(i);
      tell(i + 1);
    }
    return results;
  };
  if (processes <= 1) return draw_here();
  // The threads this process had before drawing anything: once the warm-up's font lookups have
  // ended, it has no more (see fork_guard.hpp).
  const detail::thread_count before = detail::count_threads();
  warm_up(warm_formats);

  shared_counter next;
  std::vector<child> children;
  std::string start_error;
  {
    // Forked while holding Graphviz's lock, so that no other thread of this process is inside
    // Graphviz: each child's copy of the lock is then free to take.
    auto lock = detail::lock_graphviz();
    if (!detail::wait_for_font_lookups(options.fork_wait, before.all - before.font_lookups)) {
      // Threads that do not end (the host's own): forking could leave a child waiting forever.
      lock.unlock();
      return draw_here();
    }
    for (std::size_t p = 0; p < processes; ++p) {
      int fds[2];
      if (::pipe2(fds, O_CLOEXEC) != 0) {
        start_error = std::strerror(errno);
        break;
      }
      const pid_t parent = ::getpid();
      const pid_t pid = ::fork();
      if (pid < 0) {
        start_error = std::strerror(errno);
        ::close(fds[0]);
        ::close(fds[1]);
        break;
      }
      if (pid == 0) {
        lock.unlock();
        ::close(fds[0]);
        detail::end_with_parent(parent);
        draw_share(fds[1], next.get(), count, draw);
      }
      ::close(fds[1]);
      children.push_back({pid, fds[0], {}, {}});
    }
  }
  if (children.empty()) throw io_error("cannot start a drawing process: " + start_error);

  // Every item's answers, as they come; an item is done when its k_finished frame has come.
  std::vector<std::vector<std::string>> answers(count);
  std::vector<bool> finished(count, false);
  std::vector<std::string> lost(count);  // why an item has no answer: its worker died
  std::size_t open = children.size();
  std::size_t done = 0;
  std::vector<char> buffer(1 << 16);
  while (open > 0) {
    std::vector<pollfd> watched;
    std::vector<child*> owners;
    for (child& c : children) {
      if (c.fd >= 0) {
        watched.push_back({c.fd, POLLIN, 0});
        owners.push_back(&c);
      }
    }
    // Wake up when the drawing that started first runs out of time.
    int timeout = -1;
    const auto now = std::chrono::steady_clock::now();
    for (child* c : owners) {
      if (!c->drawing || finished[*c->drawing] || c->stopped) continue;
      const auto left = std::chrono::ceil<std::chrono::milliseconds>(c->since + options.time_limit - now).count();
      if (left <= 0) {
        ::kill(c->pid, SIGKILL);  // its pipe closes: the loop below reports it
        c->stopped = true;
        continue;
      }
      const int ms = static_cast<int>(std::min<long long>(left, INT_MAX));
      timeout = timeout < 0 ? ms : std::min(timeout, ms);
    }
    if (::poll(watched.data(), watched.size(), timeout) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (std::size_t w = 0; w < watched.size(); ++w) {
      if (!(watched[w].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      child& c = *owners[w];
      const ssize_t n = ::read(c.fd, buffer.data(), buffer.size());
      if (n < 0 && errno == EINTR) continue;
      if (n > 0) {
        c.pending.append(buffer.data(), static_cast<std::size_t>(n));
        constexpr std::size_t header = 3 * sizeof(std::uint32_t);
        std::size_t used = 0;
        while (c.pending.size() - used >= header) {
          std::uint32_t h[3];
          std::memcpy(h, c.pending.data() + used, header);
          const std::size_t length = h[1] == k_finished ? 0 : h[2];
          if (c.pending.size() - used < header + length) break;
          if (h[0] < count) {
            if (h[1] == k_started) {
              c.drawing = h[0];
              c.since = std::chrono::steady_clock::now();
            } else if (h[1] == k_finished) {
              finished[h[0]] = answers[h[0]].size() == h[2];
              tell(++done);
            } else
              answers[h[0]].push_back(c.pending.substr(used + header, length));
          }
          used += header + length;
        }
        c.pending.erase(0, used);
        continue;
      }
      // The child closed its end: it finished, or died.
      ::close(c.fd);
      c.fd = -1;
      --open;
      int status = 0;
      while (::waitpid(c.pid, &status, 0) < 0 && errno == EINTR) {
      }
      c.pid = -1;
      if (c.drawing && !finished[*c.drawing]) {
        lost[*c.drawing] =
            c.stopped
                ? fmt::format("it took longer than {} ms, and its process was stopped", options.time_limit.count())
            : WIFSIGNALED(status) ? fmt::format("Graphviz crashed while drawing (signal {}: {})", WTERMSIG(status),
                                                strsignal(WTERMSIG(status)))
                                  : fmt::format("the drawing process stopped while drawing (exit code {})",
                                                WIFEXITED(status) ? WEXITSTATUS(status) : -1);
      }
    }
  }
  for (child& c : children) {
    if (c.fd >= 0) ::close(c.fd);
    if (c.pid > 0) {
      ::kill(c.pid, SIGKILL);
      while (::waitpid(c.pid, nullptr, 0) < 0 && errno == EINTR) {
      }
    }
  }

  // In the items' order, so that the same batch reports the same first error.
  for (std::size_t i = 0; i < count; ++i) {
    if (!finished[i]) {
      throw render_error(fmt::format("drawing {} of {} was not made: {}", i + 1, count,
                                     lost[i].empty() ? "every drawing process stopped before it" : lost[i]));
    }
    for (const std::string& answer : answers[i]) results[i].push_back(detail::decode_answer(answer));
  }
  return results;
}

// The diagrams in every output, each family of diagrams with one layout laid out once.
std::vector<std::vector<rendering>> render_diagrams(std::span<const diagram> diagrams,
                                                    std::span<const render_options> outputs,
                                                    const batch_options& options) {
  std::vector<output_format> formats;
  for (const render_options& o : outputs) {
    if (info(o.format).painted && std::find(formats.begin(), formats.end(), o.format) == formats.end()) {
      formats.push_back(o.format);
    }
  }
  // Diagrams with the same layout (they differ in their title or subtitle only) go to one worker,
  // which lays them out once (render remembers the layouts it made).
  std::vector<std::vector<std::size_t>> families;
  {
    std::unordered_map<std::string, std::size_t> family_of;
    const render_options first = outputs.empty() ? render_options{} : outputs.front();
    for (std::size_t i = 0; i < diagrams.size(); ++i) {
      const auto [at, added] = family_of.try_emplace(detail::layout_key(diagrams[i], first), families.size());
      if (added) families.emplace_back();
      families[at->second].push_back(i);
    }
  }
  const auto drawn = run_batch(
      families.size(),
      [&](std::size_t f) {
        std::vector<rendering> all;
        for (std::size_t i : families[f]) {
          for (rendering& r : render(diagrams[i], outputs)) all.push_back(std::move(r));
        }
        return all;
      },
      options, formats);
  std::vector<std::vector<rendering>> results(diagrams.size());
  for (std::size_t f = 0; f < families.size(); ++f) {
    for (std::size_t m = 0; m < families[f].size(); ++m) {
      for (std::size_t k = 0; k < outputs.size(); ++k)
        results[families[f][m]].push_back(drawn[f].at(m * outputs.size() + k));
    }
  }
  return results;
}

}  // namespace

std::vector<std::vector<rendering>> render_batch(std::span<const diagram> diagrams,
                                                 std::span<const render_options> outputs,
                                                 const batch_options& options) {
  if (!options.cache) return render_diagrams(diagrams, outputs, options);
  // Only the diagrams that changed since the last batch are drawn.
  std::vector<std::string> keys;
  for (const diagram& d : diagrams) keys.push_back(detail::drawing_key(d, outputs));
  return detail::draw_with_cache(*options.cache, keys, [&](const std::vector<std::size_t>& missing) {
    std::vector<diagram> changed;
    for (std::size_t i : missing) changed.push_back(diagrams[i]);
    return render_diagrams(changed, outputs, options);
  });
}

std::vector<std::vector<rendering>> render_batch(std::size_t count, const drawing& draw, const batch_options& options) {
  std::vector<output_format> painted;
  for (const format_info& f : diagram_formats()) {
    if (f.painted) painted.push_back(f.format);
  }
  return run_batch(count, draw, options, painted);
}

}  // namespace passation
