#include "passation/drawing_cache.hpp"

#include <mutex>

#include "field_key.hpp"
#include "render/drawing_cache_access.hpp"

namespace passation {

struct drawing_cache::state {
  mutable std::mutex mutex;
  detail::drawing_cache_access::drawings drawings;
  statistics last;
};

drawing_cache::drawing_cache() : state_(std::make_unique<state>()) {}
drawing_cache::~drawing_cache() = default;

drawing_cache::statistics drawing_cache::last_build() const {
  std::lock_guard lock(state_->mutex);
  return state_->last;
}

std::size_t drawing_cache::size() const {
  std::lock_guard lock(state_->mutex);
  return state_->drawings.size();
}

namespace detail {

std::optional<std::vector<rendering>> drawing_cache_access::find(const drawing_cache& cache, const std::string& key) {
  std::lock_guard lock(cache.state_->mutex);
  const auto found = cache.state_->drawings.find(key);
  if (found == cache.state_->drawings.end()) return std::nullopt;
  return found->second;
}

void drawing_cache_access::replace(drawing_cache& cache, drawings kept, drawing_cache::statistics made) {
  std::lock_guard lock(cache.state_->mutex);
  cache.state_->drawings = std::move(kept);
  cache.state_->last = made;
}

std::vector<std::vector<rendering>> draw_with_cache(drawing_cache& cache, const std::vector<std::string>& keys,
                                                    const draw_missing& draw) {
  std::vector<std::vector<rendering>> drawn(keys.size());
  std::vector<std::size_t> missing;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (auto kept = drawing_cache_access::find(cache, keys[i]))
      drawn[i] = std::move(*kept);
    else
      missing.push_back(i);
  }
  std::vector<std::vector<rendering>> made = draw(missing);
  for (std::size_t m = 0; m < missing.size(); ++m) drawn[missing[m]] = std::move(made.at(m));
  drawing_cache_access::drawings kept;
  for (std::size_t i = 0; i < keys.size(); ++i) kept.emplace(keys[i], drawn[i]);
  drawing_cache_access::replace(cache, std::move(kept),
                                {.reused = keys.size() - missing.size(), .drawn = missing.size()});
  return drawn;
}

// Every field of the diagram and of each output: any of them may change the bytes drawn.
std::string drawing_key(const diagram& d, std::span<const render_options> outputs) {
  key_writer w(field_use::drawing_only);
  w.add(d);
  for (const render_options& o : outputs) w.add(o);
  return std::move(w).take();
}

}  // namespace detail

}  // namespace passation
