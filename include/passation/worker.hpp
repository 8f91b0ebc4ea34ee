#pragma once
/// \file
/// Drawing in a separate process, for hosts that run for a long time or draw untrusted cases.
///
/// Graphviz 2.42 keeps some memory after every layout and can crash or loop on some inputs. A
/// render_worker draws in a child process that it starts on first use and replaces every
/// `renders_per_worker` drawings, so the memory Graphviz keeps is given back; a drawing that takes
/// longer than `time_limit`, or needs more memory than `memory_limit_mb`, is stopped; a crash of
/// the child is reported as a render_error, and the next drawing starts a new child.

#include <chrono>
#include <cstddef>
#include <memory>

#include "passation/render.hpp"

namespace passation {

/// The limits of a render_worker's child process.
struct worker_options {
  unsigned renders_per_worker = 200;            ///< drawings before the child is replaced
  std::chrono::milliseconds time_limit{30000};  ///< the longest one drawing may take
  std::size_t memory_limit_mb = 2048;           ///< the child's address space, in MiB
};

/// Draws in a child process (see the top of this file).
class render_worker {
 public:
  /// No child is started before the first drawing.
  explicit render_worker(worker_options options = {});
  ~render_worker();
  render_worker(const render_worker&) = delete;
  render_worker& operator=(const render_worker&) = delete;

  /// As passation::render, in the worker. Throws render_error when the worker crashes, takes too
  /// long or runs out of memory, and io_error when it cannot be started. Safe from several threads
  /// (drawings are made one at a time).
  [[nodiscard]] rendering render(const diagram& d, const render_options& options = {});

  /// How many child processes were started so far.
  [[nodiscard]] unsigned workers_started() const;

 private:
  struct state;
  std::unique_ptr<state> state_;
};

}  // namespace passation
