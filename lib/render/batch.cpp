#include "passation/batch.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
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

#include "child_process.hpp"
#include "draw.hpp"
#include "render/drawing_cache_access.hpp"
#include "fork_guard.hpp"
#include "passation/error.hpp"
#include "wire.hpp"

namespace passation {

namespace {

// A child's frames: item index, output index or one of the two marks below, a count, then the
// encoded answer (k_finished's count is the number of outputs sent).
constexpr std::uint32_t k_started = 0xFFFFFFFF;   // "now drawing this item"
constexpr std::uint32_t k_finished = 0xFFFFFFFE;  // "every output of this item was sent"
constexpr std::size_t k_frame_head = 3 * sizeof(std::uint32_t);

bool send(int fd, std::uint32_t item, std::uint32_t output, std::uint32_t count, const std::string& answer = {}) {
  const std::uint32_t head[3] = {item, output, count};
  std::string frame(reinterpret_cast<const char*>(head), k_frame_head);
  frame += answer;
  return detail::send_frame(fd, frame);
}

// A child: takes the next item nobody took, draws it, sends every output, until none is left.
void draw_share(int fd, std::atomic<std::size_t>& next, std::size_t count, const drawing& draw) {
  for (std::size_t i = next.fetch_add(1); i < count; i = next.fetch_add(1)) {
    const auto item = static_cast<std::uint32_t>(i);
    if (!send(fd, item, k_started, 0)) ::_exit(1);
    std::vector<std::string> answers;
    try {
      for (const rendering& r : draw(i)) answers.push_back(detail::encode_answer(r));
    } catch (const std::exception& e) {
      answers.assign(1, detail::encode_failure(e.what()));
    }
    for (std::size_t k = 0; k < answers.size(); ++k) {
      if (!send(fd, item, static_cast<std::uint32_t>(k), 0, answers[k])) ::_exit(1);
    }
    if (!send(fd, item, k_finished, static_cast<std::uint32_t>(answers.size()))) ::_exit(1);
  }
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
  detail::child_process process;
  detail::frame_reader frames;
  std::optional<std::uint32_t> drawing;         // the item it said it was drawing
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

// Forks up to `processes` children sharing the items; none when this process's threads do not
// settle within options.fork_wait (the host's own threads: a child could wait forever).
std::optional<std::vector<child>> start_children(std::size_t processes, std::size_t threads_before,
                                                 std::atomic<std::size_t>& next, std::size_t count, const drawing& draw,
                                                 const batch_options& options) {
  detail::fork_window window(options.fork_wait, threads_before);
  if (!window.open()) return std::nullopt;
  std::vector<child> children;
  for (std::size_t p = 0; p < processes; ++p) {
    try {
      children.push_back({window.fork([&](int fd) { draw_share(fd, next, count, draw); })});
    } catch (const io_error&) {
      if (children.empty()) throw;
      break;  // fewer processes draw
    }
  }
  return children;
}

// Gathers the children's frames until every child has ended, in items' order.
class collector {
 public:
  collector(std::size_t count, const batch_options& options)
      : answers_(count), finished_(count), lost_(count), options_(options) {}

  void run(std::vector<child>& children) {
    std::size_t open = children.size();
    while (open > 0) {
      std::vector<pollfd> watched;
      std::vector<child*> owners;
      for (child& c : children) {
        if (c.process.fd < 0) continue;
        watched.push_back({c.process.fd, POLLIN, 0});
        owners.push_back(&c);
      }
      if (::poll(watched.data(), watched.size(), timeout(owners)) < 0) {
        if (errno == EINTR) continue;
        break;
      }
      for (std::size_t w = 0; w < watched.size(); ++w) {
        if (!(watched[w].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        if (owners[w]->frames.read_from(owners[w]->process.fd)) {
          take_frames(*owners[w]);
        } else {
          ended(*owners[w]);
          --open;
        }
      }
    }
    for (child& c : children) (void)detail::reap(c.process, true);
  }

  // Every item's renderings; throws for the first item, in the items' order, that has none.
  std::vector<std::vector<rendering>> results() const {
    const std::size_t count = answers_.size();
    std::vector<std::vector<rendering>> results(count);
    for (std::size_t i = 0; i < count; ++i) {
      if (!finished_[i]) {
        throw render_error(fmt::format("drawing {} of {} was not made: {}", i + 1, count,
                                       lost_[i].empty() ? "every drawing process stopped before it" : lost_[i]));
      }
      for (const std::string& answer : answers_[i]) results[i].push_back(detail::decode_answer(answer));
    }
    return results;
  }

 private:
  // How long poll may wait: until the drawing that started first runs out of time. Kills the
  // children whose drawing already has (their socket closes, and ended() reports them).
  int timeout(const std::vector<child*>& owners) {
    int timeout = -1;
    const auto now = std::chrono::steady_clock::now();
    for (child* c : owners) {
      if (!c->drawing || finished_[*c->drawing] || c->stopped) continue;
      const auto left = std::chrono::ceil<std::chrono::milliseconds>(c->since + options_.time_limit - now).count();
      if (left <= 0) {
        ::kill(c->process.pid, SIGKILL);
        c->stopped = true;
        continue;
      }
      const int ms = static_cast<int>(std::min<long long>(left, INT_MAX));
      timeout = timeout < 0 ? ms : std::min(timeout, ms);
    }
    return timeout;
  }

  void take_frames(child& c) {
    while (const std::optional<std::string> frame = c.frames.next()) {
      if (frame->size() < k_frame_head) continue;
      std::uint32_t head[3];
      std::memcpy(head, frame->data(), k_frame_head);
      const auto [item, output, outputs] = head;
      if (item >= answers_.size()) continue;
      if (output == k_started) {
        c.drawing = item;
        c.since = std::chrono::steady_clock::now();
      } else if (output == k_finished) {
        finished_[item] = answers_[item].size() == outputs;
        if (options_.progress) options_.progress(++done_, answers_.size());
      } else {
        answers_[item].push_back(frame->substr(k_frame_head));
      }
    }
  }

  // The child closed its end: it finished, or died while drawing.
  void ended(child& c) {
    const int status = detail::reap(c.process, false);
    if (!c.drawing || finished_[*c.drawing]) return;
    lost_[*c.drawing] =
        c.stopped ? fmt::format("it took longer than {} ms, and its process was stopped", options_.time_limit.count())
                  : detail::how_it_ended(status, "the drawing process");
  }

  std::vector<std::vector<std::string>> answers_;  // every item's answers, as they come
  std::vector<bool> finished_;                     // an item is done when its k_finished frame has come
  std::vector<std::string> lost_;                  // why an item has no answer: its worker died
  std::size_t done_ = 0;
  const batch_options& options_;
};

std::vector<std::vector<rendering>> run_batch(std::size_t count, const drawing& draw, const batch_options& options,
                                              const std::vector<output_format>& warm_formats) {
  std::vector<std::vector<rendering>> results(count);
  if (count == 0) return results;
  const unsigned cores = std::max(1U, std::thread::hardware_concurrency());
  const std::size_t processes = std::min<std::size_t>(options.processes ? options.processes : cores, count);
  const auto draw_here = [&] {
    for (std::size_t i = 0; i < count; ++i) {
      results[i] = draw(i);
      if (options.progress) options.progress(i + 1, count);
    }
    return results;
  };
  if (processes <= 1) return draw_here();
  // The threads this process had before drawing anything: once the warm-up's font lookups have
  // ended, it has no more (see fork_guard.hpp).
  const detail::thread_count before = detail::count_threads();
  warm_up(warm_formats);

  shared_counter next;
  std::optional<std::vector<child>> children =
      start_children(processes, before.all - before.font_lookups, next.get(), count, draw, options);
  if (!children) return draw_here();
  collector answers(count, options);
  answers.run(*children);
  return answers.results();
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
