#pragma once
// Forking a process that draws text. Pango 1.50 looks fonts up in short-lived threads
// ("[pango] FcFontSetMatch", "[pango] FcFontSetSort", "[pango] FcInit"), and the thread that asked
// waits on a condition variable for their answer. A child forked while one of them runs has a copy
// of the waiting side and none of the thread: the first text that needs a fallback font (an emoji,
// a script the main font lacks) then waits forever. CI saw it: the hostile corpus hung on a fresh
// machine, whose cold font caches make the sort slow; tests/fork_slow_sort.c reproduces it.
// So the fork sites wait until those threads have ended.

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace passation::detail {

/// The threads of this process now: all of them, and those of Pango's font lookups.
struct thread_count {
  std::size_t all = 0;
  std::size_t font_lookups = 0;
};
[[nodiscard]] thread_count count_threads();

/// Waits, for at most `limit`, until no font lookup runs and the process has at most `at_most`
/// threads: true when so. A thread that Pango has just created may not carry its name yet, so a
/// caller that knows how many threads it had before drawing gives that number, which counts it.
/// Call it holding the Graphviz lock, so that no new lookup starts meanwhile.
[[nodiscard]] bool wait_for_font_lookups(std::chrono::milliseconds limit, std::size_t at_most = SIZE_MAX);

/// Called in a drawing child just after fork(): it ends within 100 ms of its parent, even in the
/// middle of a layout that would run on for seconds with a gigabyte (a thread watches the parent's
/// pid). PR_SET_PDEATHSIG would fire when the parent's forking thread ends, not the process, and
/// a render worker outlives the thread that started it.
void end_with_parent(int parent_pid) noexcept;

}  // namespace passation::detail
