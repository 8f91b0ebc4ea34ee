#include "geometry.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace passation::detail {

namespace {

rect empty_rect() {
  constexpr double inf = std::numeric_limits<double>::infinity();
  return {inf, inf, -inf, -inf};
}

void include(rect& r, point at, extent size) {
  r.left = std::min(r.left, at.x - size.width / 2);
  r.right = std::max(r.right, at.x + size.width / 2);
  r.bottom = std::min(r.bottom, at.y - size.height / 2);
  r.top = std::max(r.top, at.y + size.height / 2);
}

void include(rect& r, const rect& other) {
  r.left = std::min(r.left, other.left);
  r.right = std::max(r.right, other.right);
  r.bottom = std::min(r.bottom, other.bottom);
  r.top = std::max(r.top, other.top);
}

bool is_empty(const rect& r) { return !(r.left <= r.right); }

// Two nodes that no diagram of an aligned set draws together (one scenario's step where another's
// is): they may share a column.
bool apart(const diagram& d, std::size_t a, std::size_t b) {
  const auto& in_a = d.nodes[a].drawn_in;
  const auto& in_b = d.nodes[b].drawn_in;
  if (in_a.empty() || in_b.empty()) return false;
  return std::none_of(in_a.begin(), in_a.end(),
                      [&](std::size_t k) { return std::find(in_b.begin(), in_b.end(), k) != in_b.end(); });
}

using cell_key = std::pair<std::size_t, long long>;  // a lane (or the lane-less column) and a row
using cell_columns = std::vector<std::vector<std::size_t>>;

double column_width(const std::vector<std::size_t>& column, const measures& m) {
  double w = 0;
  for (std::size_t i : column) w = std::max(w, m.slot_size[i].width);
  return w;
}

double cell_width(const cell_columns& cols, const measures& m, const spacing& s) {
  double total = 0;
  for (const auto& column : cols) total += column_width(column, m);
  return total + s.node_gap * static_cast<double>(cols.size() - 1);
}

// The cells of the grid, each a lane's row (dot gives every node of a rank the same y), holding
// its nodes side by side in dot's order, in columns; and each lane's inner width, as wide as its
// widest row or its header: a lane of small boxes stays narrow. Nodes without a lane get a column
// of their own, after the lanes. A version of a step (measures::anchor) takes its step's place.
struct lane_grid {
  std::map<cell_key, cell_columns> cells;
  std::vector<double> inner;
};

lane_grid grid_of(const diagram& d, const measures& m, const spacing& s) {
  const std::size_t lanes = d.lanes.size();
  std::map<cell_key, std::vector<std::size_t>> members_of;
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    const std::size_t column = d.nodes[i].lane < lanes ? d.nodes[i].lane : lanes;
    if (m.anchor[i] == i) members_of[{column, std::llround(m.node_at[i].y * 100)}].push_back(i);
  }
  lane_grid g;
  g.inner.assign(lanes + 1, 0);
  for (std::size_t j = 0; j < lanes && j < m.head_size.size(); ++j) g.inner[j] = m.head_size[j].width;
  for (auto& [key, members] : members_of) {
    std::sort(members.begin(), members.end(),
              [&](std::size_t a, std::size_t b) { return m.node_at[a].x < m.node_at[b].x; });
    cell_columns& cols = g.cells[key];
    for (std::size_t i : members) {
      auto shared = std::find_if(cols.begin(), cols.end(), [&](const std::vector<std::size_t>& column) {
        return std::all_of(column.begin(), column.end(), [&](std::size_t j) { return apart(d, i, j); });
      });
      if (shared != cols.end()) {
        shared->push_back(i);
      } else {
        cols.push_back({i});
      }
    }
    g.inner[key.first] = std::max(g.inner[key.first], cell_width(cols, m, s));
  }
  return g;
}

// The lanes' boxes and headers, around the content; returns the box of both.
rect place_lane_boxes(const diagram& d, const measures& m, const spacing& s, const std::vector<double>& centres,
                      const std::vector<double>& inner, const rect& content, placement& p) {
  double head_height = 0;
  for (const extent& head : m.head_size) head_height = std::max(head_height, head.height);
  const double top_row = is_empty(content) ? 0 : content.top;
  const double bottom_row = is_empty(content) ? 0 : content.bottom;
  const double head_y = top_row + s.head_gap + head_height / 2;
  rect all = is_empty(content) ? rect{0, 0, 0, 0} : content;
  for (std::size_t j = 0; j < d.lanes.size(); ++j) {
    const double centre = centres[j];
    p.head_at[j] = {centre, head_y};
    p.head_size[j] = {inner[j], head_height};
    const double half = (inner[j] + 2 * s.lane_padding) / 2;
    const rect lane{centre - half, bottom_row - s.bottom_padding, centre + half,
                    head_y + head_height / 2 + s.lane_padding};
    p.lanes[j] = lane;
    include(all, lane);
  }
  return all;
}

// Places the diagram's nodes in their lanes; returns the box of the content (lanes included).
// Every place is as large as the largest version of its step.
rect place_lanes(const diagram& d, const measures& m, const spacing& s, placement& p) {
  const std::size_t lanes = d.lanes.size();
  const lane_grid g = grid_of(d, m, s);
  auto width_of_lane = [&](std::size_t column) { return g.inner[column] + 2 * s.lane_padding; };
  std::vector<double> centres;
  double left = 0;
  for (std::size_t j = 0; j <= lanes; ++j) {
    centres.push_back(left + width_of_lane(j) / 2);
    left += width_of_lane(j) + s.lane_gap;
  }
  for (const auto& [key, cols] : g.cells) {
    double x = centres[key.first] - cell_width(cols, m, s) / 2;
    for (const auto& column : cols) {
      const double w = column_width(column, m);
      for (std::size_t i : column) p.node_at[i] = {x + w / 2, m.node_at[i].y};
      x += w + s.node_gap;
    }
  }
  for (std::size_t i = 0; i < d.nodes.size(); ++i) p.node_at[i] = p.node_at[m.anchor[i]];

  rect content = empty_rect();
  for (std::size_t i = 0; i < d.nodes.size(); ++i) include(content, p.node_at[i], m.slot_size[i]);
  if (lanes == 0) return content;
  return place_lane_boxes(d, m, s, centres, g.inner, content, p);
}

// Lays the legend's samples out in rows under the content, as wide as the content.
void place_legend(const diagram& d, const measures& m, const spacing& s, const rect& content, placement& p) {
  if (d.legend.empty()) return;
  const double available = std::max(content.width(), s.min_legend_width) - 2 * s.legend_padding;
  std::vector<std::vector<std::size_t>> rows(1);
  double row_width = 0;
  for (std::size_t i = 0; i < d.legend.size(); ++i) {
    const double w = m.legend_size[i].width;
    if (!rows.back().empty() && row_width + s.legend_spacing + w > available) {
      rows.emplace_back();
      row_width = 0;
    }
    row_width += (rows.back().empty() ? 0 : s.legend_spacing) + w;
    rows.back().push_back(i);
  }
  // As wide as its widest row, or its title.
  double widest = m.legend_title_size.width;
  for (const auto& row : rows) {
    double w = 0;
    for (std::size_t i : row) w += m.legend_size[i].width;
    w += s.legend_spacing * static_cast<double>(row.size() - 1);
    widest = std::max(widest, w);
  }
  // The legend starts at the content's left edge: the content keeps its place whatever the legend
  // holds (aligned scenarios have different legends).
  const double centre = content.left + s.legend_padding + widest / 2;
  double y = content.bottom - s.legend_gap - s.legend_padding - s.legend_title;
  for (const auto& row : rows) {
    double height = 0;
    for (std::size_t i : row) height = std::max(height, m.legend_size[i].height);
    // Rows are left-aligned within the legend.
    double x = centre - widest / 2;
    for (std::size_t i : row) {
      p.legend_at[i] = {x + m.legend_size[i].width / 2, y - height / 2};
      x += m.legend_size[i].width + s.legend_spacing;
    }
    y -= height + s.legend_spacing / 2;
  }
  const double bottom = y + s.legend_spacing / 2 - s.legend_padding;
  p.legend = {centre - widest / 2 - s.legend_padding, bottom, centre + widest / 2 + s.legend_padding,
              content.bottom - s.legend_gap};
  p.has_legend = true;
}

void translate(placement& p, double dx, double dy) {
  auto move = [&](point& at) {
    at.x += dx;
    at.y += dy;
  };
  auto move_rect = [&](rect& r) {
    r.left += dx;
    r.right += dx;
    r.bottom += dy;
    r.top += dy;
  };
  for (point& at : p.node_at) move(at);
  for (point& at : p.head_at) move(at);
  for (point& at : p.legend_at) move(at);
  for (rect& r : p.lanes) move_rect(r);
  if (p.has_legend) move_rect(p.legend);
  move_rect(p.bounds);
}

// A pinned diagram: each node where its pin says, by the point its anchor names; no lanes.
rect place_pinned(const diagram& d, const measures& m, placement& p) {
  rect content = empty_rect();
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    const diagram_pin& pin = d.nodes[i].pin;
    const double half = m.node_size[i].width / 2;
    const double x = pin.anchor == diagram_anchor::left    ? pin.x + half
                     : pin.anchor == diagram_anchor::right ? pin.x - half
                                                           : pin.x;
    p.node_at[i] = {x, pin.y};
    include(content, p.node_at[i], m.node_size[i]);
  }
  return content;
}

}  // namespace

point transposed(point at) { return {-at.y, -at.x}; }
extent transposed(extent e) { return {e.height, e.width}; }
rect transposed(const rect& r) { return {-r.top, -r.right, -r.bottom, -r.left}; }

measures transposed(const measures& m) {
  measures t = m;
  for (point& at : t.node_at) at = transposed(at);
  for (auto* sizes : {&t.node_size, &t.slot_size, &t.head_size, &t.label_size}) {
    for (extent& e : *sizes) e = transposed(e);
  }
  return t;
}

placement transposed(const placement& p) {
  placement t;
  for (point at : p.node_at) t.node_at.push_back(transposed(at));
  for (point at : p.head_at) t.head_at.push_back(transposed(at));
  for (extent e : p.head_size) t.head_size.push_back(transposed(e));
  for (const rect& r : p.lanes) t.lanes.push_back(transposed(r));
  t.bounds = transposed(p.bounds);
  return t;
}

bool drawn_across(const diagram& d) { return d.direction == diagram_direction::left_to_right && !d.lanes.empty(); }

placement place(const diagram& d, const measures& m, const spacing& s) {
  placement p;
  p.node_at = m.node_at;
  const std::size_t lanes = d.pinned ? 0 : d.lanes.size();  // a pinned diagram draws no lane
  p.head_at.resize(lanes);
  p.head_size.resize(lanes);
  p.lanes.resize(lanes);
  p.legend_at.resize(d.legend.size());

  rect content = empty_rect();
  if (d.pinned) {
    content = place_pinned(d, m, p);
  } else if (d.lanes.empty()) {
    // Without lanes, dot's own positions are kept, with room on each side for an edge to go round.
    for (std::size_t i = 0; i < d.nodes.size(); ++i) include(content, p.node_at[i], m.slot_size[i]);
    if (!is_empty(content)) {
      content.left -= s.side_room;
      content.right += s.side_room;
    }
  } else if (drawn_across(d)) {
    // Left to right: laid out as columns in the transposed frame, then turned back into bands.
    placement frame;
    frame.node_at = p.node_at;
    frame.head_at.resize(d.lanes.size());
    frame.head_size.resize(d.lanes.size());
    frame.lanes.resize(d.lanes.size());
    content = transposed(place_lanes(d, transposed(m), s, frame));
    const placement back = transposed(frame);
    p.node_at = back.node_at;
    p.head_at = back.head_at;
    p.head_size = back.head_size;
    p.lanes = back.lanes;
  } else {
    content = place_lanes(d, m, s, p);
  }
  if (is_empty(content)) content = {0, 0, 0, 0};
  place_legend(d, m, s, content, p);

  p.bounds = content;
  if (p.has_legend) include(p.bounds, p.legend);
  translate(p, -p.bounds.left, -p.bounds.bottom);
  return p;
}

}  // namespace passation::detail
