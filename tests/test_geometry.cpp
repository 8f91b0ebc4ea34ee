// Where the renderer puts things: lanes as equal columns in order, nodes inside their lane.

#include <catch2/catch.hpp>

#include "render/geometry.hpp"

using namespace passation;
using namespace passation::detail;

namespace {

diagram three_lanes() {
  diagram d;
  d.lanes = {{"A", ""}, {"B", ""}, {"C", ""}};
  d.nodes = {{"a1", diagram_node_kind::step, "a1", {}, {}, 0, 0},
             {"c1", diagram_node_kind::step, "c1", {}, {}, 2, 0},
             {"b1", diagram_node_kind::step, "b1", {}, {}, 1, 0},
             {"b2", diagram_node_kind::step, "b2", {}, {}, 1, 0},
             {"a2", diagram_node_kind::step, "a2", {}, {}, 0, 0}};
  d.legend = {{diagram_node_kind::step, 0, "x", {}}, {diagram_node_kind::decision, no_tone, "y", {}}};
  return d;
}

// As dot would measure it: c1 dot put left of a1, b1 and b2 share a row.
measures measured() {
  measures m;
  m.node_at = {{300, 400}, {100, 400}, {200, 300}, {420, 300}, {50, 100}};
  m.node_size = {{190, 40}, {190, 40}, {190, 50}, {150, 50}, {250, 40}};
  m.head_size = {{120, 36}, {260, 36}, {100, 36}};
  m.legend_size = {{100, 30}, {80, 30}};
  // No step has versions: each is its own place, as large as itself.
  m.slot_size = m.node_size;
  m.anchor = {0, 1, 2, 3, 4};
  return m;
}

bool overlap(point a, extent sa, point b, extent sb) {
  return std::abs(a.x - b.x) * 2 < sa.width + sb.width && std::abs(a.y - b.y) * 2 < sa.height + sb.height;
}

}  // namespace

TEST_CASE("lanes are columns as wide as their widest row or header, side by side, in the diagram's order",
          "[geometry]") {
  const placement p = place(three_lanes(), measured());
  REQUIRE(p.lanes.size() == 3);
  // A: its widest node (a2, 250); B: the row of b1 and b2 (190 + 18 + 150); C: its node (190). Each
  // with its padding; every header spans its lane.
  CHECK(p.lanes[0].width() == Approx(250 + 20));
  CHECK(p.lanes[1].width() == Approx(358 + 20));
  CHECK(p.lanes[2].width() == Approx(190 + 20));
  CHECK(p.head_size[0].width == Approx(250));
  CHECK(p.head_size[1].width == Approx(358));
  CHECK(p.lanes[0].right < p.lanes[1].left);
  CHECK(p.lanes[1].right < p.lanes[2].left);
  for (const rect& lane : p.lanes) {
    CHECK(lane.top == Approx(p.lanes[0].top));
    CHECK(lane.bottom == Approx(p.lanes[0].bottom));
  }
}

TEST_CASE("each node sits inside its lane, at the height dot gave it", "[geometry]") {
  const diagram d = three_lanes();
  const measures m = measured();
  const placement p = place(d, m);
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    INFO(d.nodes[i].key);
    const rect& lane = p.lanes[d.nodes[i].lane];
    CHECK(p.node_at[i].x - m.node_size[i].width / 2 >= lane.left);
    CHECK(p.node_at[i].x + m.node_size[i].width / 2 <= lane.right);
    CHECK(p.node_at[i].y + m.node_size[i].height / 2 < p.head_at[d.nodes[i].lane].y);
  }
  // Rows keep their order from top to bottom.
  CHECK(p.node_at[0].y > p.node_at[2].y);
  CHECK(p.node_at[2].y > p.node_at[4].y);
  // A lone node is centred in its lane; two nodes on one row keep dot's left-to-right order.
  CHECK(p.node_at[0].x == Approx((p.lanes[0].left + p.lanes[0].right) / 2));
  CHECK(p.node_at[2].x < p.node_at[3].x);
}

TEST_CASE("nothing overlaps, and everything is inside the bounds", "[geometry]") {
  const diagram d = three_lanes();
  const measures m = measured();
  const placement p = place(d, m);
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    for (std::size_t j = i + 1; j < d.nodes.size(); ++j) {
      INFO(d.nodes[i].key << " / " << d.nodes[j].key);
      CHECK_FALSE(overlap(p.node_at[i], m.node_size[i], p.node_at[j], m.node_size[j]));
    }
  }
  REQUIRE(p.has_legend);
  CHECK(p.legend.top < p.lanes[0].bottom);
  CHECK(p.bounds.left == Approx(0));
  CHECK(p.bounds.bottom == Approx(0));
  CHECK(p.legend.bottom >= -0.001);
  for (const rect& lane : p.lanes) CHECK(lane.right <= p.bounds.right + 0.001);
}

TEST_CASE("a diagram without lanes keeps dot's positions", "[geometry]") {
  diagram d = three_lanes();
  d.lanes.clear();
  for (diagram_node& n : d.nodes) n.lane = no_lane;
  d.legend.clear();
  const measures m = measured();
  const placement p = place(d, m);
  CHECK_FALSE(p.has_legend);
  CHECK(p.node_at[1].x < p.node_at[0].x);  // as dot put them
  CHECK(p.node_at[0].x - p.node_at[1].x == Approx(200));
}
