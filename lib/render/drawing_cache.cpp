#include "passation/drawing_cache.hpp"

#include <mutex>

#include "draw.hpp"
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

namespace {

// Length-prefixed, so that no two different inputs give the same key.
struct key_writer {
  std::string key;
  void text(std::string_view t) {
    key += std::to_string(t.size());
    key += ':';
    key += t;
  }
  void number(double n) { text(std::to_string(n)); }
  void outputs(std::span<const render_options> all) {
    key += '|';
    for (const render_options& o : all) {
      number(static_cast<double>(o.format));
      number(o.dpi);
      number(o.dpi_at_most ? 1 : 0);
      number(o.fit_width);
      number(o.fit_height);
      number(static_cast<double>(o.budget));
      text(o.font);
    }
  }
};

}  // namespace

std::string drawing_key(const diagram& d, std::span<const render_options> outputs) {
  key_writer w;
  w.key = "diagram|";
  // The layout key leaves the titles out (they do not move anything): they are drawn, so they count.
  w.text(layout_key(d, outputs.empty() ? render_options{} : outputs.front()));
  w.text(d.title);
  w.text(d.subtitle);
  w.outputs(outputs);
  return std::move(w.key);
}

std::string drawing_key(const gantt_chart& g, std::span<const render_options> outputs) {
  key_writer w;
  w.key = "gantt|";
  w.text(g.title);
  w.text(g.subtitle);
  for (const gantt_row& r : g.rows) {
    w.text(r.label);
    w.text(r.who);
    w.number(r.start);
    w.number(r.finish);
    w.number(r.milestone ? 1 : 0);
    w.number(r.critical ? 1 : 0);
    w.number(static_cast<double>(r.tone));
  }
  w.key += '|';
  for (const gantt_mark& m : g.ticks) {
    w.number(m.at);
    w.text(m.label);
  }
  w.key += '|';
  for (const gantt_deadline& d : g.deadlines) {
    w.number(d.at);
    w.text(d.label);
    w.number(d.missed ? 1 : 0);
  }
  w.key += '|';
  for (const std::string& n : g.notes) w.text(n);
  w.number(g.deadline_missed ? 1 : 0);
  w.text(g.critical_label);
  w.text(g.deadline_label);
  w.text(g.step_label);
  w.text(g.milestone_label);
  w.outputs(outputs);
  return std::move(w.key);
}

}  // namespace detail

}  // namespace passation
