#pragma once
/// \file
/// Drawing many diagrams at once, on every core.
///
/// Graphviz is not thread-safe, so one process draws one diagram at a time; a batch is shared
/// among worker processes forked for it, after this process has set up Graphviz, fontconfig,
/// pango and cairo with a small drawing, so that each worker starts warm. The results are the
/// same bytes as passation::render's, whatever the number of processes.

#include <chrono>
#include <cstddef>
#include <functional>
#include <span>
#include <vector>

#include "passation/drawing_cache.hpp"
#include "passation/render.hpp"

namespace passation {

/// How render_batch() draws: how many processes, and how long each item may take.
struct batch_options {
  /// Processes drawing at once: 0 for one per core; 1 draws in this process, without forking.
  unsigned processes = 0;
  /// How long one item (a diagram in every output) may take in a worker before the worker is
  /// stopped and the item reported as an error: Graphviz can loop on some graphs.
  std::chrono::milliseconds time_limit{120000};
  /// How long to wait, before forking, for the font lookups that Pango runs in threads of its own
  /// to end; past it, the batch is drawn in this process (a child forked during a lookup can wait
  /// for it forever).
  std::chrono::milliseconds fork_wait{5000};
  /// Drawings kept from the last batch (watch mode): render_batch() of diagrams draws only those
  /// that changed, and keeps this batch's. Not used by the general form.
  drawing_cache* cache = nullptr;
  /// Told, in the calling thread, each time an item is done: how many are, of how many. A command
  /// shows it on a terminal; it must not throw.
  std::function<void(std::size_t done, std::size_t count)> progress;
};

/// Renders every diagram of `diagrams` in every one of `outputs`, each diagram laid out once:
/// `result[i][k]` is diagram `i` in output `k`. Throws render_error for the first diagram (in
/// their order) that could not be drawn, or whose worker crashed, and io_error when a worker
/// cannot be started.
[[nodiscard]] std::vector<std::vector<rendering>> render_batch(std::span<const diagram> diagrams,
                                                               std::span<const render_options> outputs,
                                                               const batch_options& options = {});

/// The general form, for anything drawn (diagrams, Gantt charts, several of each): `draw(i)`
/// renders item `i` of `count`, in a worker (or here, with one process), and `result[i]` is what
/// it returned. Throws as render_batch above.
using drawing = std::function<std::vector<rendering>(std::size_t)>;
/// Draws `count` items with `draw`, on every core (see above).
[[nodiscard]] std::vector<std::vector<rendering>> render_batch(std::size_t count, const drawing& draw,
                                                               const batch_options& options = {});

}  // namespace passation
