#include "align.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <tuple>

namespace passation::detail {

namespace {

// Merges `items` into `order`, keeping both orders: an item not yet there goes right after the
// item before it in `items` (or first), so that the union reads as each of them does.
template <typename T>
void merge_in(std::vector<T>& order, const std::vector<T>& items) {
  std::size_t after = 0;  // where the next new item goes
  for (const T& item : items) {
    const auto at = std::find(order.begin(), order.end(), item);
    if (at != order.end()) {
      after = static_cast<std::size_t>(at - order.begin()) + 1;
    } else {
      order.insert(order.begin() + static_cast<std::ptrdiff_t>(after), item);
      ++after;
    }
  }
}

// What a step looks like, apart from where it is: two versions that look the same are one.
auto looks(const diagram_node& n) { return std::tie(n.kind, n.label, n.details, n.badge, n.tag, n.tone, n.mark); }

std::string lane_title(const diagram& d, std::size_t lane) {
  return lane < d.lanes.size() ? d.lanes[lane].title : std::string();
}

// A step is its key in its lane: one key drawn in two lanes is two places.
using step_id = std::pair<std::string, std::string>;
step_id id_of(const diagram& d, const diagram_node& n) { return {n.key, lane_title(d, n.lane)}; }

// An arrow of any of the diagrams, by its ends' places and its label.
using arrow_id = std::tuple<std::size_t, std::size_t, std::string>;

// The union of the diagrams: their lanes, places, each place's versions and their arrows.
class grid {
 public:
  explicit grid(const std::vector<diagram>& ds) : ds_(ds), version_in_(ds.size()), arrows_of_(ds.size()) {
    gather_places();
    gather_versions();
    gather_arrows();
  }

  std::size_t places() const { return steps_.size(); }

  // Diagram k on the grid: its lanes, the places (its own versions, ghosts for the others'), and
  // every arrow, a ghost where it lacks it.
  diagram drawn(std::size_t k) const {
    diagram d = ds_[k];
    d.lanes.clear();
    for (const std::string& title : lanes_) d.lanes.push_back(lane_as_written(k, title));
    d.nodes.clear();
    for (std::size_t i = 0; i < steps_.size(); ++i) {
      const bool drawn = version_in_[k][i] != SIZE_MAX;
      diagram_node n = versions_[i][drawn ? version_in_[k][i] : 0];
      n.ghost = !drawn;
      n.drawn_in = drawn_in_[i];
      d.nodes.push_back(std::move(n));
    }
    for (std::size_t i = 0; i < steps_.size(); ++i) {
      const std::size_t own = version_in_[k][i] == SIZE_MAX ? 0 : version_in_[k][i];
      if (versions_[i].size() < 2) continue;
      for (std::size_t v = 0; v < versions_[i].size(); ++v) {
        if (v == own) continue;
        diagram_node room = versions_[i][v];
        room.ghost = true;
        room.drawn_in = drawn_in_[i];
        d.nodes.push_back(std::move(room));
      }
    }
    d.edges.clear();
    for (const arrow_id& a : arrows_) {
      diagram_edge e;
      e.from = std::get<0>(a);
      e.to = std::get<1>(a);
      e.label = std::get<2>(a);
      e.closes_loop = loops_.at(a);
      e.ghost = std::find(arrows_of_[k].begin(), arrows_of_[k].end(), a) == arrows_of_[k].end();
      d.edges.push_back(std::move(e));
    }
    return d;
  }

 private:
  // The lanes and steps of all of them, each in their order, and the key each place gets: unique,
  // even when one key is in two lanes.
  void gather_places() {
    for (const diagram& d : ds_) {
      std::vector<std::string> titles;
      for (const diagram_lane& l : d.lanes) titles.push_back(l.title);
      merge_in(lanes_, titles);
      std::vector<step_id> ids;
      for (const diagram_node& n : d.nodes) ids.push_back(id_of(d, n));
      merge_in(steps_, ids);
    }
    for (std::size_t i = 0; i < steps_.size(); ++i) place_of_[steps_[i]] = i;
    std::map<std::string, std::size_t> key_uses;
    for (const step_id& step : steps_) {
      const std::size_t uses = key_uses[step.first]++;
      keys_.push_back(uses == 0 ? step.first : step.first + "@" + step.second);
    }
  }

  // Each place's versions, in the diagrams' order, which diagram draws which, and which diagrams
  // draw each place (empty: all).
  void gather_versions() {
    versions_.resize(steps_.size());
    for (std::size_t k = 0; k < ds_.size(); ++k) {
      version_in_[k].assign(steps_.size(), SIZE_MAX);
      for (const diagram_node& n : ds_[k].nodes) {
        const std::size_t i = place_of_.at(id_of(ds_[k], n));
        diagram_node v = n;
        v.key = keys_[i];
        v.lane = n.lane < ds_[k].lanes.size() ? lane_index(ds_[k].lanes[n.lane].title) : no_lane;
        v.ghost = false;
        auto& known = versions_[i];
        const auto same =
            std::find_if(known.begin(), known.end(), [&](const diagram_node& o) { return looks(o) == looks(v); });
        version_in_[k][i] = static_cast<std::size_t>(same - known.begin());
        if (same == known.end()) known.push_back(std::move(v));
      }
    }
    drawn_in_.resize(steps_.size());
    for (std::size_t i = 0; i < steps_.size(); ++i) {
      for (std::size_t k = 0; k < ds_.size(); ++k) {
        if (version_in_[k][i] != SIZE_MAX) drawn_in_[i].push_back(k);
      }
      if (drawn_in_[i].size() == ds_.size()) drawn_in_[i].clear();
    }
  }

  void gather_arrows() {
    for (std::size_t k = 0; k < ds_.size(); ++k) {
      const diagram& d = ds_[k];
      for (const diagram_edge& e : d.edges) {
        if (e.from >= d.nodes.size() || e.to >= d.nodes.size()) continue;
        const arrow_id a{place_of_.at(id_of(d, d.nodes[e.from])), place_of_.at(id_of(d, d.nodes[e.to])), e.label};
        arrows_of_[k].push_back(a);
        loops_[a] = loops_[a] || e.closes_loop;
      }
      merge_in(arrows_, arrows_of_[k]);
    }
  }

  std::size_t lane_index(const std::string& title) const {
    return static_cast<std::size_t>(std::find(lanes_.begin(), lanes_.end(), title) - lanes_.begin());
  }

  // The lane titled `title` as diagram k writes it, or as the first other diagram that has it does.
  diagram_lane lane_as_written(std::size_t k, const std::string& title) const {
    const auto titled = [&](const diagram_lane& l) { return l.title == title; };
    const auto own = std::find_if(ds_[k].lanes.begin(), ds_[k].lanes.end(), titled);
    if (own != ds_[k].lanes.end()) return *own;
    for (const diagram& other : ds_) {
      const auto theirs = std::find_if(other.lanes.begin(), other.lanes.end(), titled);
      if (theirs != other.lanes.end()) return *theirs;
    }
    diagram_lane named;  // not reached: every title comes from some diagram
    named.title = title;
    return named;
  }

  const std::vector<diagram>& ds_;
  std::vector<std::string> lanes_;
  std::vector<step_id> steps_;
  std::map<step_id, std::size_t> place_of_;
  std::vector<std::string> keys_;
  std::vector<std::vector<diagram_node>> versions_;
  std::vector<std::vector<std::size_t>> version_in_;  // [diagram][place]: its version, SIZE_MAX: none
  std::vector<std::vector<std::size_t>> drawn_in_;
  std::vector<arrow_id> arrows_;
  std::map<arrow_id, bool> loops_;
  std::vector<std::vector<arrow_id>> arrows_of_;
};

}  // namespace

aligned_diagrams align(const std::vector<diagram>& ds) {
  const grid union_of(ds);
  aligned_diagrams out;
  out.places = union_of.places();
  for (std::size_t k = 0; k < ds.size(); ++k) out.diagrams.push_back(union_of.drawn(k));
  return out;
}

}  // namespace passation::detail
