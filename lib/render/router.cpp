#include "router.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <sstream>

#include <fmt/format.h>

namespace passation::detail {

namespace {

// Distances, in points.
constexpr double k_clearance = 4;       // between an edge and a box it passes by
constexpr double k_track = 6;           // between two parallel runs of different edges
constexpr double k_stub = 6;            // the first run out of a port, at least
constexpr double k_arrow = 7;           // the arrowhead (arrowsize 0.7 × Graphviz's 10 pt)
constexpr double k_last = k_arrow + 4;  // the last run into a port, at least: the arrowhead and a stem
constexpr double k_border = 3;          // a vertical run keeps this far from a lane's border
constexpr double k_label_gap = 4;       // between a label and its edge
constexpr double k_in_line = 24;        // two runs on one line closer than this end to end read as one
constexpr double k_window = 400;        // how far beside its ends an edge may go round
constexpr double k_reach = 200;         // how far a loop may run out of a side before it turns

// What a path costs beyond its length.
constexpr double k_bend_cost = 25;
constexpr double k_crossing_cost = 250;
constexpr double k_unclear_cost = 10000;  // a path along another edge, or through a box
// The paths checked for an edge, at most, before taking the best found: in a crowded drawing, an
// edge with no clear path would otherwise be checked against every track.
constexpr std::size_t k_most_checks = 3000;

enum class side { top, bottom, left, right };

point outward(side s) {
  switch (s) {
    case side::top: return {0, 1};
    case side::bottom: return {0, -1};
    case side::left: return {-1, 0};
    case side::right: return {1, 0};
  }
  return {0, 0};
}

struct port {
  point at;
  side on = side::bottom;
};

struct segment {
  point a, b;
  std::size_t edge = 0;  // whose run it is
  [[nodiscard]] bool horizontal() const { return a.y == b.y; }
  [[nodiscard]] double low() const { return horizontal() ? std::min(a.x, b.x) : std::min(a.y, b.y); }
  [[nodiscard]] double high() const { return horizontal() ? std::max(a.x, b.x) : std::max(a.y, b.y); }
  [[nodiscard]] double level() const { return horizontal() ? a.y : a.x; }
};

rect inflated(const rect& r, double by) { return {r.left - by, r.bottom - by, r.right + by, r.top + by}; }

// Whether the segment goes through the inside of `r` (touching its border is not going through).
bool crosses(const segment& s, const rect& r) {
  if (s.horizontal()) {
    return s.a.y > r.bottom && s.a.y < r.top && s.high() > r.left && s.low() < r.right;
  }
  return s.a.x > r.left && s.a.x < r.right && s.high() > r.bottom && s.low() < r.top;
}

// Two runs of different edges along each other, closer than a track, or end to end on one line:
// they would read as one edge (end to end, as one line with an arrowhead at each end).
bool runs_along(const segment& s, const segment& t) {
  if (s.horizontal() != t.horizontal()) return false;
  if (std::abs(s.level() - t.level()) >= k_track - 0.5) return false;
  return std::min(s.high(), t.high()) - std::max(s.low(), t.low()) > -k_in_line;
}

bool cross_each_other(const segment& s, const segment& t) {
  if (s.horizontal() == t.horizontal()) return false;
  const segment& h = s.horizontal() ? s : t;
  const segment& v = s.horizontal() ? t : s;
  return v.a.x > h.low() && v.a.x < h.high() && h.a.y > v.low() && h.a.y < v.high();
}

enum class role { forward_out, forward_in, loop_out, loop_in, flat_out, flat_in };

// One end of an edge at a node.
struct attachment {
  std::size_t edge = 0;
  role as = role::forward_out;
  point other;           // the centre of the node at the edge's other end
  std::size_t node = 0;  // that node
};

bool is_out(role r) { return r == role::forward_out || r == role::loop_out || r == role::flat_out; }

// How many bends an end attached at `s` is likely to cost; a diamond's four vertices are shared out
// by the least total.
double vertex_cost(const attachment& a, const rect& box, side s) {
  const point centre{(box.left + box.right) / 2, (box.bottom + box.top) / 2};
  const double dx = a.other.x - centre.x;
  // Leaving by a side only saves bends when the other end lies beyond that vertex.
  const bool beyond = std::abs(dx) > box.width() / 2;
  const bool aligned = std::abs(dx) < 1;
  const side facing = dx < 0 ? side::left : side::right;
  // Leaving by the side towards a far row runs down beside the rows between: the nearer end
  // takes the side, the farther one the bottom.
  const double far = std::abs(a.other.y - centre.y) / 1000;
  switch (a.as) {
    case role::forward_out:
      if (s == side::bottom) return aligned ? 0 : 2;
      if (s == side::top) return 6;
      return aligned || !beyond ? 2.5 : (s == facing ? 1 + far : 3);
    case role::forward_in:
      // Into a decision from the top, as flowcharts are read, unless the top is taken.
      if (s == side::top) return aligned ? 0 : 1;
      if (s == side::bottom) return 6;
      return aligned || !beyond ? 2.5 : (s == facing ? 2 + far : 3);
    case role::loop_out:
    case role::loop_in:
      if (s == side::top) return a.as == role::loop_out ? 3 : 6;
      if (s == side::bottom) return a.as == role::loop_in ? 3 : 4;
      if (aligned) return s == side::right ? 2 : 2.5;
      return s == facing ? 2 : 3.5;
    case role::flat_out:
    case role::flat_in:
      if (s == (dx < 0 ? side::left : side::right)) return 0;
      return 4;
  }
  return 9;
}

struct router {
  const diagram& d;
  const measures& m;
  const placement& p;
  const bool thorough;
  const std::size_t most_checks;

  std::vector<rect> boxes;
  std::vector<bool> diamond;
  std::vector<port> out_port, in_port;             // per edge
  std::vector<double> tracks_y;                    // where horizontal runs may go
  std::vector<int> track_gap;                      // the free band each of tracks_y is in
  std::vector<double> tracks_x;                    // where vertical runs may go, beside the boxes
  std::vector<std::vector<attachment>> node_ends;  // per node
  // Every run of the edges routed so far, horizontal and vertical apart, each sorted by the
  // height or abscissa it runs at, so that a path is checked against the runs near it only.
  std::vector<segment> across_runs, upright_runs;
  std::vector<std::size_t> boxes_by_bottom;  // indices of boxes, lowest first
  // For each abscissa a vertical run was checked at, the boxes across it, lowest first: a long
  // vertical run is checked against those only.
  mutable std::map<double, std::vector<std::size_t>> boxes_across;
  double tallest = 0;
  std::vector<rect> labels;                    // every label placed so far
  std::vector<std::size_t> label_edge;         // whose label each is
  std::vector<std::vector<point>> paths;       // per edge
  std::vector<std::optional<point>> label_at;  // per edge

  router(const diagram& diagram_, const measures& measures_, const placement& placement_, bool thorough_)
      : d(diagram_),
        m(measures_),
        p(placement_),
        thorough(thorough_),
        most_checks(thorough_ ? k_most_checks : k_most_checks / 10) {
    for (std::size_t i = 0; i < d.nodes.size(); ++i) {
      const point c = p.node_at[i];
      const extent e = m.node_size[i];
      boxes.push_back({c.x - e.width / 2, c.y - e.height / 2, c.x + e.width / 2, c.y + e.height / 2});
      diamond.push_back(d.nodes[i].kind == diagram_node_kind::decision);
    }
    for (std::size_t i = 0; i < boxes.size(); ++i) {
      boxes_by_bottom.push_back(i);
      tallest = std::max(tallest, boxes[i].height());
    }
    std::stable_sort(boxes_by_bottom.begin(), boxes_by_bottom.end(),
                     [&](std::size_t a, std::size_t b) { return boxes[a].bottom < boxes[b].bottom; });
    find_tracks();
    attach_ends();
  }

  const std::vector<std::size_t>& across(double x) const {
    auto known = boxes_across.find(x);
    if (known != boxes_across.end()) return known->second;
    std::vector<std::size_t>& found = boxes_across[x];
    for (std::size_t i : boxes_by_bottom) {
      if (x > boxes[i].left - k_clearance && x < boxes[i].right + k_clearance) found.push_back(i);
    }
    return found;
  }

  // Calls f(i) for every box that may reach between heights lo and hi.
  template <class F>
  bool any_box_near(double lo, double hi, F f) const {
    auto first = std::lower_bound(boxes_by_bottom.begin(), boxes_by_bottom.end(), lo - tallest - 1,
                                  [&](std::size_t i, double y) { return boxes[i].bottom < y; });
    for (auto it = first; it != boxes_by_bottom.end() && boxes[*it].bottom <= hi + 1; ++it) {
      if (f(*it)) return true;
    }
    return false;
  }

  // Whether f holds for a run of `runs` at a level from lo to hi.
  template <class F>
  static bool any_run_at(const std::vector<segment>& runs, double lo, double hi, F f) {
    auto first =
        std::lower_bound(runs.begin(), runs.end(), lo, [](const segment& r, double v) { return r.level() < v; });
    for (auto it = first; it != runs.end() && it->level() <= hi; ++it) {
      if (f(*it)) return true;
    }
    return false;
  }

  void add_run(const segment& r) {
    std::vector<segment>& runs = r.horizontal() ? across_runs : upright_runs;
    auto at =
        std::upper_bound(runs.begin(), runs.end(), r.level(), [](double v, const segment& t) { return v < t.level(); });
    runs.insert(at, r);
  }

  [[nodiscard]] bool drawable(const diagram_edge& e) const { return e.from < d.nodes.size() && e.to < d.nodes.size(); }

  // The free bands between rows, and tracks in each from its middle outwards; the channels beside
  // every box and along every lane's sides.
  void find_tracks() {
    std::vector<std::pair<double, double>> spans;
    for (const rect& b : boxes) spans.push_back({b.bottom - k_clearance, b.top + k_clearance});
    std::sort(spans.begin(), spans.end());
    std::vector<std::pair<double, double>> merged;
    for (const auto& s : spans) {
      if (!merged.empty() && s.first <= merged.back().second) {
        merged.back().second = std::max(merged.back().second, s.second);
      } else {
        merged.push_back(s);
      }
    }
    for (std::size_t i = 1; i < merged.size(); ++i) {
      const double lo = merged[i - 1].second, hi = merged[i].first;
      const double middle = (lo + hi) / 2;
      for (int k = 0; middle + k * k_track <= hi - 1; ++k) {
        tracks_y.push_back(middle + k * k_track);
        track_gap.push_back(static_cast<int>(i));
        if (k > 0) {
          tracks_y.push_back(middle - k * k_track);
          track_gap.push_back(static_cast<int>(i));
        }
      }
    }

    double left = std::numeric_limits<double>::infinity(), right = -left;
    for (const rect& b : boxes) {
      left = std::min(left, b.left);
      right = std::max(right, b.right);
    }
    if (!p.lanes.empty()) {
      left = std::min(left, p.lanes.front().left);
      right = std::max(right, p.lanes.back().right);
    }
    left = std::max(left, p.bounds.left) + k_border;
    right = std::min(right, p.bounds.right) - k_border;
    std::vector<double> xs;
    for (const rect& b : boxes) {
      for (int k = 0; k < 4; ++k) {
        xs.push_back(b.left - k_clearance - k * k_track);
        xs.push_back(b.right + k_clearance + k * k_track);
      }
    }
    for (const rect& lane : p.lanes) {
      for (int k = 0; k < 3; ++k) {
        xs.push_back(lane.left + k_border + 2 + k * k_track);
        xs.push_back(lane.right - k_border - 2 - k * k_track);
      }
    }
    for (double x : xs) {
      if (x < left || x > right) continue;
      const bool on_border = std::any_of(p.lanes.begin(), p.lanes.end(), [&](const rect& lane) {
        return std::abs(x - lane.left) < k_border || std::abs(x - lane.right) < k_border;
      });
      const bool between_lanes =
          !p.lanes.empty() && std::none_of(p.lanes.begin(), p.lanes.end(),
                                           [&](const rect& lane) { return x > lane.left && x < lane.right; });
      if (on_border || between_lanes) continue;
      tracks_x.push_back(std::round(x * 4) / 4);
    }
    std::sort(tracks_x.begin(), tracks_x.end());
    tracks_x.erase(std::unique(tracks_x.begin(), tracks_x.end()), tracks_x.end());
  }

  // Which way each edge goes: down, back up (a loop), or across a row.
  [[nodiscard]] role out_role(const diagram_edge& e) const {
    const double from = p.node_at[e.from].y, to = p.node_at[e.to].y;
    if (e.closes_loop || to > from + 1) return role::loop_out;
    if (std::abs(to - from) <= 1) return role::flat_out;
    return role::forward_out;
  }

  static role in_role(role out) {
    switch (out) {
      case role::loop_out: return role::loop_in;
      case role::flat_out: return role::flat_in;
      default: return role::forward_in;
    }
  }

  // Gives every end of every edge its side of its node, then its point on that side.
  void attach_ends() {
    std::vector<std::vector<attachment>>& at = node_ends;
    at.assign(d.nodes.size(), {});
    for (std::size_t i = 0; i < d.edges.size(); ++i) {
      const diagram_edge& e = d.edges[i];
      if (!drawable(e)) continue;
      const role r = out_role(e);
      at[e.from].push_back({i, r, p.node_at[e.to], e.to});
      at[e.to].push_back({i, in_role(r), p.node_at[e.from], e.from});
    }
    out_port.assign(d.edges.size(), {});
    in_port.assign(d.edges.size(), {});
    for (std::size_t n = 0; n < d.nodes.size(); ++n) {
      const std::vector<side> sides = diamond[n] ? vertex_sides(n) : box_sides(n, at[n]);
      spread(n, at[n], sides);
    }
  }

  [[nodiscard]] std::vector<side> box_sides(std::size_t n, const std::vector<attachment>& ends) const {
    std::vector<side> sides;
    const point c = p.node_at[n];
    for (const attachment& a : ends) {
      const double dx = a.other.x - c.x;
      switch (a.as) {
        case role::forward_out: sides.push_back(side::bottom); break;
        case role::forward_in: sides.push_back(side::top); break;
        case role::loop_out:
        case role::loop_in: {
          // Up beside the steps it skips, on the right as a reader expects a way back, unless the
          // other end lies wholly on the left.
          const rect& other = boxes[a.node];
          sides.push_back(other.right < boxes[n].left ? side::left : side::right);
          break;
        }
        case role::flat_out:
        case role::flat_in: sides.push_back(dx < 0 ? side::left : side::right); break;
      }
    }
    return sides;
  }

  // Every way of giving a decision's ends (at most four) one vertex each, the likeliest first by
  // the bends each end is expected to cost.
  [[nodiscard]] std::vector<std::pair<double, std::vector<side>>> vertex_assignments(std::size_t n) const {
    const std::vector<attachment>& at = node_ends[n];
    const std::array<side, 4> all{side::bottom, side::left, side::right, side::top};
    std::vector<std::pair<double, std::vector<side>>> options;
    std::vector<side> current(at.size());
    std::array<bool, 4> used{};
    auto enumerate = [&](auto&& self, std::size_t k, double cost) -> void {
      if (k == at.size()) {
        options.push_back({cost, current});
        return;
      }
      for (std::size_t v = 0; v < all.size(); ++v) {
        if (used[v]) continue;
        used[v] = true;
        current[k] = all[v];
        self(self, k + 1, cost + vertex_cost(at[k], boxes[n], all[v]));
        used[v] = false;
      }
    };
    if (at.size() <= all.size()) enumerate(enumerate, 0, 0);
    std::stable_sort(options.begin(), options.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return options;
  }

  // A diamond's vertices, one per end, the likeliest assignment; ends beyond four share the vertex
  // each prefers.
  [[nodiscard]] std::vector<side> vertex_sides(std::size_t n) const {
    const std::vector<attachment>& at = node_ends[n];
    if (at.size() <= 4) return vertex_assignments(n).front().second;
    std::vector<side> best(at.size(), side::bottom);
    for (std::size_t i = 0; i < at.size(); ++i) {
      double least = std::numeric_limits<double>::infinity();
      for (side s : {side::bottom, side::left, side::right, side::top}) {
        const double cost = vertex_cost(at[i], boxes[n], s);
        if (cost < least) {
          least = cost;
          best[i] = s;
        }
      }
    }
    return best;
  }

  // Puts the ends that share a side of a box apart, in the order of their other ends, so that
  // their runs neither cross nor merge there; an end whose other node is straight across keeps
  // the middle, so that a straight edge stays straight.
  // The point of side `s` of box `n`, `offset` from its middle (rightwards, or downwards).
  [[nodiscard]] point point_on(std::size_t n, side s, double offset) const {
    const rect& b = boxes[n];
    const point c = p.node_at[n];
    switch (s) {
      case side::top: return {c.x + offset, b.top};
      case side::bottom: return {c.x + offset, b.bottom};
      case side::left: return {b.left, c.y - offset};
      case side::right: return {b.right, c.y - offset};
    }
    return c;
  }

  void spread(std::size_t n, const std::vector<attachment>& ends, const std::vector<side>& sides) {
    const rect& b = boxes[n];
    const point c = p.node_at[n];
    for (side s : {side::top, side::bottom, side::left, side::right}) {
      std::vector<std::size_t> here;
      for (std::size_t i = 0; i < ends.size(); ++i) {
        if (sides[i] == s) here.push_back(i);
      }
      if (here.empty()) continue;
      const bool across = s == side::top || s == side::bottom;
      auto along = [&](const attachment& a) { return across ? a.other.x : -a.other.y; };
      std::stable_sort(here.begin(), here.end(),
                       [&](std::size_t x, std::size_t y) { return along(ends[x]) < along(ends[y]); });
      const double length = across ? b.width() : b.height();
      const double count = static_cast<double>(here.size());
      const double step = diamond[n] ? 0 : std::min(24.0, (length - 12) / std::max(1.0, count));
      double first = -(count - 1) / 2 * step;
      for (std::size_t k = 0; k < here.size(); ++k) {
        const attachment& a = ends[here[k]];
        if (across && std::abs(a.other.x - c.x) < 1) {
          const double shifted = -static_cast<double>(k) * step;
          if (std::abs(shifted) + (count - 1) * step <= length / 2 - 6 || count == 1) first = shifted;
        }
      }
      for (std::size_t k = 0; k < here.size(); ++k) {
        const double offset = std::clamp(first + static_cast<double>(k) * step, -length / 2 + 6, length / 2 - 6);
        const point at = point_on(n, s, offset);
        const attachment& a = ends[here[k]];
        (is_out(a.as) ? out_port : in_port)[a.edge] = {at, s};
      }
    }
  }

  // --- Paths --------------------------------------------------------------------------------

  struct candidate {
    std::vector<point> corners;
    double cost = 0;
  };

  static double length_of(const std::vector<point>& c) {
    double total = 0;
    for (std::size_t i = 1; i < c.size(); ++i) total += std::abs(c[i].x - c[i - 1].x) + std::abs(c[i].y - c[i - 1].y);
    return total;
  }

  // Checks the path's shape: its first run leaves along the port's side, its last run arrives
  // into the other port, and no run has no length.
  static bool well_formed(const std::vector<point>& c, point out_dir, point in_dir) {
    if (c.size() < 2) return false;
    for (std::size_t i = 1; i < c.size(); ++i) {
      const double dx = c[i].x - c[i - 1].x, dy = c[i].y - c[i - 1].y;
      if ((dx != 0) == (dy != 0)) return false;  // not axis-aligned, or no length
      if (i >= 2) {
        const double px = c[i - 1].x - c[i - 2].x;
        if ((px != 0) == (dx != 0)) return false;  // two runs in a row along one axis
      }
    }
    auto along = [](point a, point b, point dir) { return (b.x - a.x) * dir.x + (b.y - a.y) * dir.y; };
    const double first = along(c[0], c[1], out_dir);
    const double last = along(c[c.size() - 2], c.back(), in_dir);
    if (c.size() == 2) return first >= k_last && last >= k_last;
    return first >= k_stub && last >= k_last;
  }

  [[nodiscard]] std::vector<std::size_t> nearest_gaps(double from, double to, int how_many) const {
    // The gaps between `from` and `to`, nearest to `from` first.
    std::vector<std::pair<double, int>> found;
    for (std::size_t i = 0; i < tracks_y.size(); ++i) {
      const double y = tracks_y[i];
      if ((y - from) * (to - from) <= 0 || (y - to) * (from - to) <= 0) continue;
      found.push_back({std::abs(y - from), track_gap[i]});
    }
    std::sort(found.begin(), found.end());
    std::vector<std::size_t> gaps;
    for (const auto& f : found) {
      if (gaps.size() == static_cast<std::size_t>(how_many)) break;
      if (std::find(gaps.begin(), gaps.end(), static_cast<std::size_t>(f.second)) == gaps.end()) {
        gaps.push_back(static_cast<std::size_t>(f.second));
      }
    }
    return gaps;
  }

  [[nodiscard]] std::vector<double> ys_in(const std::vector<std::size_t>& gaps) const {
    std::vector<double> ys;
    for (std::size_t i = 0; i < tracks_y.size(); ++i) {
      if (std::find(gaps.begin(), gaps.end(), static_cast<std::size_t>(track_gap[i])) != gaps.end())
        ys.push_back(tracks_y[i]);
    }
    return ys;
  }

  [[nodiscard]] std::vector<double> ys_between(double a, double b) const {
    std::vector<double> ys;
    for (double y : tracks_y) {
      if (y > std::min(a, b) && y < std::max(a, b)) ys.push_back(y);
    }
    return ys;
  }

  // The paths of `runs` runs from one port to the other, on the tracks.
  std::vector<candidate> candidates(const port& from, const port& to, std::size_t runs) const {
    const point e = from.at, n = to.at;
    const point out_dir = outward(from.on);
    const point in_dir{-outward(to.on).x, -outward(to.on).y};
    const bool out_vertical = out_dir.x == 0, in_vertical = in_dir.x == 0;
    std::vector<candidate> found;
    auto offer = [&](std::vector<point> c, double extra) {
      if (c.size() != runs + 1 || !well_formed(c, out_dir, in_dir)) return;
      found.push_back({std::move(c), extra});
    };
    // Bands far above or below both ends are never the cheapest, as channels far beside them.
    const double low = std::min(e.y, n.y) - k_window, high = std::max(e.y, n.y) + k_window;
    const std::vector<double> all_ys = ys_between(low, high);
    // Channels far from both ends are never the cheapest: left out, so that a large drawing
    // costs as much per edge as a small one.
    std::vector<double> xs;
    for (double x : tracks_x) {
      if (x > std::min(e.x, n.x) - k_window && x < std::max(e.x, n.x) + k_window) xs.push_back(x);
    }

    if (out_vertical && in_vertical) {
      if (std::abs(e.x - n.x) < 0.01) offer({e, n}, 0);
      for (double y : all_ys) offer({e, {e.x, y}, {n.x, y}, n}, std::abs(y - e.y) * 0.01);
      const std::vector<double> near_e = ys_in(nearest_gaps(e.y, e.y + out_dir.y * 1e6, 2));
      const std::vector<double> near_n = ys_in(nearest_gaps(n.y, n.y - in_dir.y * 1e6, 2));
      for (double y1 : runs == 5 ? near_e : std::vector<double>{}) {
        for (double x : xs) {
          for (double y2 : near_n) offer({e, {e.x, y1}, {x, y1}, {x, y2}, {n.x, y2}, n}, 0);
        }
      }
    } else if (!out_vertical && !in_vertical) {
      if (std::abs(e.y - n.y) < 0.01) offer({e, n}, 0);
      for (double x : xs) offer({e, {x, e.y}, {x, n.y}, n}, 0);
      for (double x1 : runs == 5 ? xs : std::vector<double>{}) {
        const double ahead = (x1 - e.x) * out_dir.x;
        if (ahead < k_stub || ahead > k_reach) continue;
        for (double y : all_ys) {
          for (double x2 : xs) {
            const double before = (n.x - x2) * in_dir.x;
            if (before < k_last || before > k_reach) continue;
            offer({e, {x1, e.y}, {x1, y}, {x2, y}, {x2, n.y}, n}, 0);
          }
        }
      }
    } else if (out_vertical) {
      offer({e, {e.x, n.y}, n}, 0);
      for (double y : runs == 4 ? all_ys : std::vector<double>{}) {
        for (double x : xs) offer({e, {e.x, y}, {x, y}, {x, n.y}, n}, 0);
      }
    } else {
      offer({e, {n.x, e.y}, n}, 0);
      for (double x : runs == 4 ? xs : std::vector<double>{}) {
        for (double y : all_ys) offer({e, {x, e.y}, {x, y}, {n.x, y}, n}, 0);
      }
    }
    for (candidate& c : found) {
      c.cost += length_of(c.corners) + k_bend_cost * static_cast<double>(c.corners.size() - 2);
    }
    return found;
  }

  static std::vector<segment> runs_of(const std::vector<point>& c, std::size_t edge = 0) {
    std::vector<segment> runs;
    for (std::size_t i = 1; i < c.size(); ++i) runs.push_back({c[i - 1], c[i], edge});
    return runs;
  }

  // Whether the path goes through no box (its own ends included), along no other edge's run and
  // through no label.
  [[nodiscard]] bool clear(const std::vector<point>& c, std::size_t from, std::size_t to, bool strict) const {
    for (const segment& s : runs_of(c)) {
      auto through = [&](std::size_t i) {
        const bool own = i == from || i == to;
        return crosses(s, own ? inflated(boxes[i], -0.5) : inflated(boxes[i], k_clearance - 0.5));
      };
      if (!s.horizontal()) {
        const std::vector<std::size_t>& column = across(s.a.x);
        auto first = std::lower_bound(column.begin(), column.end(), s.low() - tallest - k_clearance,
                                      [&](std::size_t i, double y) { return boxes[i].bottom < y; });
        for (auto it = first; it != column.end() && boxes[*it].bottom <= s.high() + k_clearance; ++it) {
          if (through(*it)) return false;
        }
      } else {
        const double lo = s.horizontal() ? s.a.y : s.low(), hi = s.horizontal() ? s.a.y : s.high();
        if (any_box_near(lo - k_clearance, hi + k_clearance, through)) return false;
      }
      if (!strict) continue;
      const std::vector<segment>& same = s.horizontal() ? across_runs : upright_runs;
      if (any_run_at(same, s.level() - k_track, s.level() + k_track,
                     [&](const segment& t) { return runs_along(s, t); })) {
        return false;
      }
      for (const rect& l : labels) {
        if (crosses(s, inflated(l, 1))) return false;
      }
    }
    return true;
  }

  [[nodiscard]] int crossings(const std::vector<point>& c) const {
    int count = 0;
    for (const segment& s : runs_of(c)) {
      any_run_at(s.horizontal() ? upright_runs : across_runs, s.low(), s.high(), [&](const segment& t) {
        count += cross_each_other(s, t) ? 1 : 0;
        return false;
      });
    }
    return count;
  }

  candidate route_edge(std::size_t i) {
    const diagram_edge& e = d.edges[i];
    const port& from = out_port[i];
    const port& to = in_port[i];
    // No path is shorter than this, and each run beyond the first adds a bend: paths of more
    // runs are only looked at while they could still cost less than the best found.
    const double shortest = std::abs(from.at.x - to.at.x) + std::abs(from.at.y - to.at.y);
    constexpr std::size_t most_runs = 5;
    // The cheapest clear path, crossings counted; a crossing only adds, so the search stops at a
    // path that costs less than the next one before its crossings.
    for (bool strict : {true, false}) {
      std::size_t checked = 0;
      std::optional<candidate> best;
      double best_cost = std::numeric_limits<double>::infinity();
      for (std::size_t runs = 1; runs <= most_runs; ++runs) {
        if (best_cost <= shortest + k_bend_cost * static_cast<double>(runs - 1)) break;
        std::vector<candidate> found = candidates(from, to, runs);
        std::stable_sort(found.begin(), found.end(),
                         [](const candidate& a, const candidate& b) { return a.cost < b.cost; });
        for (candidate& c : found) {
          if (c.cost >= best_cost || checked == most_checks) break;
          ++checked;
          if (!clear(c.corners, e.from, e.to, strict)) continue;
          const double total = c.cost + k_crossing_cost * crossings(c.corners);
          if (total < best_cost) {
            best_cost = total;
            best = std::move(c);
          }
        }
      }
      if (best) return {best->corners, best_cost + (strict ? 0 : k_unclear_cost)};
    }
    // Nothing clear: the shortest well-formed path, or straight across.
    for (std::size_t runs = 1; runs <= most_runs; ++runs) {
      std::vector<candidate> found = candidates(from, to, runs);
      if (found.empty()) continue;
      const auto cheapest = std::min_element(found.begin(), found.end(),
                                             [](const candidate& a, const candidate& b) { return a.cost < b.cost; });
      return {cheapest->corners, cheapest->cost + 2 * k_unclear_cost};
    }
    return {manhattan(from, to), 3 * k_unclear_cost};
  }

  // Out of one port and into the other, with horizontal and vertical runs whatever is in the way:
  // the path of last resort is still drawn as the others are.
  static std::vector<point> manhattan(const port& from, const port& to) {
    const point out_dir = outward(from.on), back = outward(to.on);
    const point e1{from.at.x + out_dir.x * k_stub, from.at.y + out_dir.y * k_stub};
    const point n1{to.at.x + back.x * k_last, to.at.y + back.y * k_last};
    const point turn = out_dir.x == 0 ? point{n1.x, e1.y} : point{e1.x, n1.y};
    std::vector<point> corners;
    for (const point q : {from.at, e1, turn, n1, to.at}) {
      if (!corners.empty() && corners.back().x == q.x && corners.back().y == q.y) continue;
      // A corner between two runs along one line is no corner.
      if (corners.size() >= 2) {
        const point a = corners[corners.size() - 2], b = corners.back();
        if ((a.x == b.x && b.x == q.x) || (a.y == b.y && b.y == q.y)) corners.pop_back();
      }
      corners.push_back(q);
    }
    return corners;
  }

  // A label goes at the start of its edge, beside its first run, where no box, run or label is.
  std::optional<point> place_label(std::size_t i, const std::vector<point>& c) {
    if (d.edges[i].label.empty() || c.size() < 2) return std::nullopt;
    const extent size = i < m.label_size.size() ? m.label_size[i] : extent{30, 12};
    const point a = c[0], b = c[1];
    const double w = size.width, h = size.height, g = k_label_gap;
    std::vector<rect> options;
    if (a.x == b.x) {
      const double dir = b.y < a.y ? -1 : 1;
      const double y0 = dir < 0 ? a.y - g - h : a.y + g;
      options = {{a.x + g, y0, a.x + g + w, y0 + h}, {a.x - g - w, y0, a.x - g, y0 + h}};
      const double y1 = y0 + dir * (h + g);
      options.push_back({a.x + g, y1, a.x + g + w, y1 + h});
      options.push_back({a.x - g - w, y1, a.x - g, y1 + h});
    } else {
      const double dir = b.x < a.x ? -1 : 1;
      const double x0 = dir < 0 ? a.x - g - w : a.x + g;
      options = {{x0, a.y + g, x0 + w, a.y + g + h}, {x0, a.y - g - h, x0 + w, a.y - g}};
      const double x1 = x0 + dir * (w + g);
      options.push_back({x1, a.y + g, x1 + w, a.y + g + h});
      options.push_back({x1, a.y - g - h, x1 + w, a.y - g});
    }
    auto free = [&](const rect& r) {
      if (any_box_near(r.bottom, r.top, [&](std::size_t k) {
            const rect& b2 = boxes[k];
            return r.left < b2.right && r.right > b2.left && r.bottom < b2.top && r.top > b2.bottom;
          })) {
        return false;
      }
      for (const rect& l : labels) {
        if (r.left < l.right && r.right > l.left && r.bottom < l.top && r.top > l.bottom) return false;
      }
      const rect wider = inflated(r, 1);
      auto hits = [&](const segment& t) { return crosses(t, wider); };
      return !any_run_at(across_runs, wider.bottom, wider.top, hits) &&
             !any_run_at(upright_runs, wider.left, wider.right, hits);
    };
    rect chosen = options.front();
    for (const rect& r : options) {
      if (free(r)) {
        chosen = r;
        break;
      }
    }
    labels.push_back(chosen);
    label_edge.push_back(i);
    return point{(chosen.left + chosen.right) / 2, (chosen.bottom + chosen.top) / 2};
  }

  // Straight edges first (their ports leave them no choice), then the short ones, loops last:
  // the long and the looping edges find their way around what is already there.
  [[nodiscard]] std::vector<std::size_t> order() const {
    std::vector<std::size_t> edges;
    for (std::size_t i = 0; i < d.edges.size(); ++i) {
      if (drawable(d.edges[i])) edges.push_back(i);
    }
    auto rank = [&](std::size_t i) {
      const port& a = out_port[i];
      const port& b = in_port[i];
      const bool straight = std::abs(a.at.x - b.at.x) < 0.01 || std::abs(a.at.y - b.at.y) < 0.01;
      const bool loop = out_role(d.edges[i]) == role::loop_out;
      return std::make_tuple(loop ? 2 : (straight ? 0 : 1), std::abs(a.at.y - b.at.y) + std::abs(a.at.x - b.at.x));
    };
    std::stable_sort(edges.begin(), edges.end(), [&](std::size_t x, std::size_t y) { return rank(x) < rank(y); });
    return edges;
  }

  // Routes edge `i` among what is placed and places it; returns what its path costs.
  double lay(std::size_t i) {
    const candidate c = route_edge(i);
    for (const segment& r : runs_of(c.corners, i)) add_run(r);
    paths[i] = c.corners;
    label_at[i] = place_label(i, c.corners);
    return c.cost;
  }

  void unlay(std::size_t i) {
    std::erase_if(across_runs, [&](const segment& r) { return r.edge == i; });
    std::erase_if(upright_runs, [&](const segment& r) { return r.edge == i; });
    for (std::size_t k = labels.size(); k-- > 0;) {
      if (label_edge[k] != i) continue;
      labels.erase(labels.begin() + static_cast<std::ptrdiff_t>(k));
      label_edge.erase(label_edge.begin() + static_cast<std::ptrdiff_t>(k));
    }
    paths[i].clear();
    label_at[i].reset();
  }

  [[nodiscard]] port vertex_port(std::size_t n, side s) const {
    const rect& b = boxes[n];
    const point c = p.node_at[n];
    switch (s) {
      case side::top: return {{c.x, b.top}, s};
      case side::bottom: return {{c.x, b.bottom}, s};
      case side::left: return {{b.left, c.y}, s};
      case side::right: return {{b.right, c.y}, s};
    }
    return {c, s};
  }

  // The vertices a first guess gave a decision's ends may not be the best once the edges around
  // are drawn: each likely assignment is tried by routing the decision's edges again, and the
  // cheapest kept.
  void improve_decisions(const std::vector<std::size_t>& order_of_edges) {
    for (std::size_t n = 0; n < d.nodes.size(); ++n) {
      const std::vector<attachment>& at = node_ends[n];
      if (!diamond[n] || at.size() < 2 || at.size() > 4) continue;
      std::vector<std::pair<double, std::vector<side>>> options = vertex_assignments(n);
      if (options.size() > 6) options.resize(6);

      std::vector<std::size_t> mine;
      for (std::size_t e : order_of_edges) {
        if (std::any_of(at.begin(), at.end(), [&](const attachment& a) { return a.edge == e; })) mine.push_back(e);
      }
      auto attempt = [&](const std::vector<side>& sides) {
        for (std::size_t e : mine) unlay(e);
        for (std::size_t k = 0; k < at.size(); ++k) {
          (is_out(at[k].as) ? out_port : in_port)[at[k].edge] = vertex_port(n, sides[k]);
        }
        double total = 0;
        for (std::size_t e : mine) total += lay(e);
        return total;
      };
      std::vector<side> kept(at.size());
      for (std::size_t k = 0; k < at.size(); ++k) {
        kept[k] = (is_out(at[k].as) ? out_port : in_port)[at[k].edge].on;
      }
      double least = attempt(kept);
      std::vector<side> best = kept;
      for (const auto& option : options) {
        if (option.second == kept) continue;
        const double cost = attempt(option.second);
        if (cost < least - 0.01) {
          least = cost;
          best = option.second;
        }
      }
      attempt(best);
    }
  }

  // A port on side `s` of box `n` that no other end of the box uses: its middle, or the nearest
  // point along the side at least a track from every other end.
  [[nodiscard]] std::optional<port> free_port(std::size_t n, side s) const {
    const rect& b = boxes[n];
    const bool across = s == side::top || s == side::bottom;
    const double half = (across ? b.width() : b.height()) / 2 - 6;
    for (double offset : {0.0, 12.0, -12.0, 24.0, -24.0, 36.0, -36.0}) {
      if (std::abs(offset) > half) continue;
      const point at = point_on(n, s, offset);
      bool used = false;
      for (const attachment& a : node_ends[n]) {
        const port& q = (is_out(a.as) ? out_port : in_port)[a.edge];
        if (q.on == s && std::abs(q.at.x - at.x) + std::abs(q.at.y - at.y) < k_track * 2) used = true;
      }
      if (!used) return port{at, s};
    }
    return std::nullopt;
  }

  // An edge that found no clear path from the sides its ends were given (it would go through a
  // box or along another edge) tries the other sides of its boxes, and keeps the cheapest.
  void repair_unclear(const std::vector<std::size_t>& edges, std::vector<double>& cost) {
    for (std::size_t i : edges) {
      if (cost[i] < k_unclear_cost) continue;
      const diagram_edge& e = d.edges[i];
      const port kept_out = out_port[i], kept_in = in_port[i];
      double least = cost[i];
      port best_out = kept_out, best_in = kept_in;
      const std::array<side, 4> all{side::bottom, side::left, side::right, side::top};
      // A decision's vertices were tried already: its end stays where it is.
      for (side so : all) {
        if (diamond[e.from] && so != kept_out.on) continue;
        for (side si : all) {
          if (diamond[e.to] && si != kept_in.on) continue;
          const std::optional<port> a = so == kept_out.on ? std::optional<port>(kept_out) : free_port(e.from, so);
          const std::optional<port> b = si == kept_in.on ? std::optional<port>(kept_in) : free_port(e.to, si);
          if (!a || !b || (so == kept_out.on && si == kept_in.on)) continue;
          unlay(i);
          out_port[i] = *a;
          in_port[i] = *b;
          const double c = lay(i);
          if (c < least - 0.01) {
            least = c;
            best_out = *a;
            best_in = *b;
          }
        }
      }
      unlay(i);
      out_port[i] = best_out;
      in_port[i] = best_in;
      cost[i] = lay(i);
    }
  }

  std::vector<edge_route> run(bool turn_back) {
    paths.assign(d.edges.size(), {});
    label_at.assign(d.edges.size(), std::nullopt);
    const std::vector<std::size_t> edges = order();
    std::vector<double> cost(d.edges.size(), 0);
    for (std::size_t i : edges) cost[i] = lay(i);
    if (thorough) improve_decisions(edges);
    repair_unclear(edges, cost);
    std::vector<edge_route> routes(d.edges.size());
    auto placed = [turn_back](point q) { return turn_back ? transposed(q) : q; };
    for (std::size_t i : edges) {
      std::vector<point> corners = paths[i];
      for (point& q : corners) q = placed(q);
      routes[i].pos = spline_of(corners);
      if (label_at[i]) {
        const point at = placed(*label_at[i]);
        routes[i].lp = fmt::format("{:.2f},{:.2f}", at.x, at.y);
      }
    }
    return routes;
  }

  // As Graphviz reads "pos": the arrow's tip, then a Bézier whose every piece is a straight run
  // (its control points on the run), ending where the arrowhead begins.
  static std::string spline_of(std::vector<point> c) {
    const point tip = c.back();
    point& last = c.back();
    const point before = c[c.size() - 2];
    const double run = std::abs(tip.x - before.x) + std::abs(tip.y - before.y);
    if (run > k_arrow) {
      last.x -= (tip.x - before.x) / run * k_arrow;
      last.y -= (tip.y - before.y) / run * k_arrow;
    }
    auto at = [](point q) { return fmt::format("{:.2f},{:.2f}", q.x, q.y); };
    std::string pos = "e," + at(tip) + ' ' + at(c[0]);
    for (std::size_t i = 1; i < c.size(); ++i) {
      const point a = c[i - 1], b = c[i];
      pos += ' ' + at({a.x + (b.x - a.x) / 3, a.y + (b.y - a.y) / 3});
      pos += ' ' + at({a.x + 2 * (b.x - a.x) / 3, a.y + 2 * (b.y - a.y) / 3});
      pos += ' ' + at(b);
    }
    return pos;
  }
};

}  // namespace

std::vector<edge_route> route_orthogonal(const diagram& d, const measures& m, const placement& p, bool thorough,
                                         bool turn_back) {
  if (d.nodes.empty() || d.edges.empty()) return std::vector<edge_route>(d.edges.size());
  router r(d, m, p, thorough);
  return r.run(turn_back);
}

std::vector<point> route_corners(const edge_route& r) {
  std::vector<point> spline;
  point tip{};
  bool has_tip = false;
  std::istringstream in(r.pos);
  std::string word;
  while (in >> word) {
    const bool is_tip = word.rfind("e,", 0) == 0;
    if (is_tip || word.rfind("s,", 0) == 0) word = word.substr(2);
    const std::size_t comma = word.find(',');
    if (comma == std::string::npos) continue;
    const point q{std::stod(word.substr(0, comma)), std::stod(word.substr(comma + 1))};
    if (is_tip) {
      tip = q;
      has_tip = true;
    } else {
      spline.push_back(q);
    }
  }
  std::vector<point> corners;
  for (std::size_t i = 0; i < spline.size(); i += 3) corners.push_back(spline[i]);
  if (has_tip && !corners.empty()) corners.back() = tip;
  return corners;
}

}  // namespace passation::detail
