#pragma once
/// \file
/// Drawings kept from one build to the next, for tools that rebuild on every save (`--watch`).

#include <cstddef>
#include <memory>

namespace passation {

namespace detail {
struct drawing_cache_access;
}

/// The drawings of the last build, by what they were drawn from: a diagram (or Gantt chart) whose
/// content and outputs did not change since is not drawn again, and the bytes are the same as a
/// new drawing's. Give one to passation::make_pack() (pack_options::cache) or to
/// passation::render_batch() (batch_options::cache), and the same one at each rebuild. It keeps
/// the drawings of the last build only, so its size follows the case. Safe from several threads.
class drawing_cache {
 public:
  /// An empty cache.
  drawing_cache();
  ~drawing_cache();
  drawing_cache(const drawing_cache&) = delete;
  drawing_cache& operator=(const drawing_cache&) = delete;

  /// What a build did with the cache.
  struct statistics {
    std::size_t reused = 0;  ///< pictures taken from the cache
    std::size_t drawn = 0;   ///< pictures drawn
  };
  /// What the last build did.
  [[nodiscard]] statistics last_build() const;

  /// How many pictures it holds (each in every output it was drawn in).
  [[nodiscard]] std::size_t size() const;

 private:
  friend struct detail::drawing_cache_access;
  struct state;
  std::unique_ptr<state> state_;
};

}  // namespace passation
