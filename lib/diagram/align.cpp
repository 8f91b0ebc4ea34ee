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

}  // namespace

aligned_diagrams align(const std::vector<diagram>& ds) {
  // A step is its key in its lane: one key drawn in two lanes is two places.
  using step_id = std::pair<std::string, std::string>;
  auto id_of = [](const diagram& d, const diagram_node& n) { return step_id{n.key, lane_title(d, n.lane)}; };

  std::vector<std::string> lanes;
  std::vector<step_id> steps;
  for (const diagram& d : ds) {
    std::vector<std::string> titles;
    for (const diagram_lane& l : d.lanes) titles.push_back(l.title);
    merge_in(lanes, titles);
    std::vector<step_id> ids;
    for (const diagram_node& n : d.nodes) ids.push_back(id_of(d, n));
    merge_in(steps, ids);
  }
  std::map<step_id, std::size_t> place_of;
  for (std::size_t i = 0; i < steps.size(); ++i) place_of[steps[i]] = i;
  // The key every diagram gives a place: unique, even when one key is in two lanes.
  std::vector<std::string> keys(steps.size());
  std::map<std::string, std::size_t> key_uses;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const std::size_t uses = key_uses[steps[i].first]++;
    keys[i] = uses == 0 ? steps[i].first : steps[i].first + "@" + steps[i].second;
  }

  // Each place's versions, in the diagrams' order, and which diagram draws which.
  std::vector<std::vector<diagram_node>> versions(steps.size());
  std::vector<std::vector<std::size_t>> version_in(ds.size(), std::vector<std::size_t>(steps.size(), SIZE_MAX));
  const auto lane_index = [&](const std::string& title) {
    return static_cast<std::size_t>(std::find(lanes.begin(), lanes.end(), title) - lanes.begin());
  };
  for (std::size_t k = 0; k < ds.size(); ++k) {
    for (const diagram_node& n : ds[k].nodes) {
      const std::size_t i = place_of.at(id_of(ds[k], n));
      diagram_node v = n;
      v.key = keys[i];
      v.lane = n.lane < ds[k].lanes.size() ? lane_index(ds[k].lanes[n.lane].title) : no_lane;
      v.ghost = false;
      auto& known = versions[i];
      const auto same =
          std::find_if(known.begin(), known.end(), [&](const diagram_node& o) { return looks(o) == looks(v); });
      version_in[k][i] = static_cast<std::size_t>(same - known.begin());
      if (same == known.end()) known.push_back(std::move(v));
    }
  }

  // The arrows of any of them, by their ends' places and their label.
  using arrow_id = std::tuple<std::size_t, std::size_t, std::string>;
  std::vector<arrow_id> arrows;
  std::map<arrow_id, bool> loops;
  std::vector<std::vector<arrow_id>> arrows_of(ds.size());
  for (std::size_t k = 0; k < ds.size(); ++k) {
    for (const diagram_edge& e : ds[k].edges) {
      if (e.from >= ds[k].nodes.size() || e.to >= ds[k].nodes.size()) continue;
      const arrow_id a{place_of.at(id_of(ds[k], ds[k].nodes[e.from])), place_of.at(id_of(ds[k], ds[k].nodes[e.to])),
                       e.label};
      arrows_of[k].push_back(a);
      loops[a] = loops[a] || e.closes_loop;
    }
    merge_in(arrows, arrows_of[k]);
  }

  // Which diagrams draw each place (empty: all).
  std::vector<std::vector<std::size_t>> drawn_in(steps.size());
  for (std::size_t i = 0; i < steps.size(); ++i) {
    for (std::size_t k = 0; k < ds.size(); ++k) {
      if (version_in[k][i] != SIZE_MAX) drawn_in[i].push_back(k);
    }
    if (drawn_in[i].size() == ds.size()) drawn_in[i].clear();
  }

  aligned_diagrams out;
  out.places = steps.size();
  for (std::size_t k = 0; k < ds.size(); ++k) {
    diagram d = ds[k];
    d.lanes.clear();
    for (const std::string& title : lanes) {
      const auto own =
          std::find_if(ds[k].lanes.begin(), ds[k].lanes.end(), [&](const diagram_lane& l) { return l.title == title; });
      if (own != ds[k].lanes.end()) {
        d.lanes.push_back(*own);
        continue;
      }
      // A lane this diagram lacks: as another diagram writes it.
      for (const diagram& other : ds) {
        const auto theirs = std::find_if(other.lanes.begin(), other.lanes.end(),
                                         [&](const diagram_lane& l) { return l.title == title; });
        if (theirs != other.lanes.end()) {
          d.lanes.push_back(*theirs);
          break;
        }
      }
    }
    d.nodes.clear();
    for (std::size_t i = 0; i < steps.size(); ++i) {
      const bool drawn = version_in[k][i] != SIZE_MAX;
      diagram_node n = versions[i][drawn ? version_in[k][i] : 0];
      n.ghost = !drawn;
      n.drawn_in = drawn_in[i];
      d.nodes.push_back(std::move(n));
    }
    for (std::size_t i = 0; i < steps.size(); ++i) {
      const std::size_t own = version_in[k][i] == SIZE_MAX ? 0 : version_in[k][i];
      if (versions[i].size() < 2) continue;
      for (std::size_t v = 0; v < versions[i].size(); ++v) {
        if (v == own) continue;
        diagram_node room = versions[i][v];
        room.ghost = true;
        room.drawn_in = drawn_in[i];
        d.nodes.push_back(std::move(room));
      }
    }
    d.edges.clear();
    for (const arrow_id& a : arrows) {
      diagram_edge e;
      e.from = std::get<0>(a);
      e.to = std::get<1>(a);
      e.label = std::get<2>(a);
      e.closes_loop = loops[a];
      e.ghost = std::find(arrows_of[k].begin(), arrows_of[k].end(), a) == arrows_of[k].end();
      d.edges.push_back(std::move(e));
    }
    out.diagrams.push_back(std::move(d));
  }
  return out;
}

}  // namespace passation::detail
