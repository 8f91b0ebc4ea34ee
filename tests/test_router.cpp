// The orthogonal router: every edge of every Sport Santé diagram is drawn with horizontal and
// vertical runs only, through no box but its own two, along no other edge, from a port no other
// edge uses. (bench/layout_quality measures the same on the drawn SVGs, against PlantUML and dot.)

#include <catch2/catch.hpp>

#include <cmath>
#include <set>

#include "passation/flowchart.hpp"
#include "passation/load.hpp"
#include "render/draw.hpp"
#include "render/router.hpp"

using namespace passation;
using passation::detail::edge_route;
using passation::detail::extent;
using passation::detail::graphviz_session;
using passation::detail::measures;
using passation::detail::placement;
using passation::detail::rect;
using passation::detail::route_corners;
using pt = passation::detail::point;  // Graphviz's headers have a `point` of their own

namespace {

struct routed {
  diagram d;
  measures m;
  placement p;
  std::vector<edge_route> routes;
};

routed route(const diagram& d) {
  routed r{d, {}, {}, {}};
  {
    graphviz_session session;
    r.m = passation::detail::measure(session, d, render_options{});
  }
  r.p = passation::detail::place(d, r.m);
  r.routes = passation::detail::route_drawn_edges(d, r.m, r.p, true);
  return r;
}

rect node_box(const routed& r, std::size_t i) {
  const pt c = r.p.node_at[i];
  const extent e = r.m.node_size[i];
  return {c.x - e.width / 2, c.y - e.height / 2, c.x + e.width / 2, c.y + e.height / 2};
}

// Whether the run from a to b goes through the inside of `b` (its border excluded).
bool through(pt a, pt b, const rect& r) {
  const double lo_x = std::min(a.x, b.x), hi_x = std::max(a.x, b.x);
  const double lo_y = std::min(a.y, b.y), hi_y = std::max(a.y, b.y);
  return hi_x > r.left + 0.5 && lo_x < r.right - 0.5 && hi_y > r.bottom + 0.5 && lo_y < r.top - 0.5;
}

void check_routes(const routed& r) {
  REQUIRE(r.routes.size() == r.d.edges.size());
  struct run {
    pt a, b;
    std::size_t edge;
  };
  std::vector<run> runs;
  std::set<std::pair<long long, long long>> starts, ends;
  for (std::size_t i = 0; i < r.routes.size(); ++i) {
    const diagram_edge& e = r.d.edges[i];
    INFO("edge " << r.d.nodes[e.from].key << " -> " << r.d.nodes[e.to].key);
    if (e.ghost) {
      CHECK(r.routes[i].pos.empty());  // another scenario's arrow is not drawn
      continue;
    }
    const std::vector<pt> c = route_corners(r.routes[i]);
    REQUIRE(c.size() >= 2);
    // Every run is horizontal or vertical.
    for (std::size_t k = 1; k < c.size(); ++k) {
      CHECK((std::abs(c[k].x - c[k - 1].x) < 0.01 || std::abs(c[k].y - c[k - 1].y) < 0.01));
      runs.push_back({c[k - 1], c[k], i});
    }
    // It goes through no other box.
    for (std::size_t n = 0; n < r.d.nodes.size(); ++n) {
      if (n == e.from || n == e.to || r.d.nodes[n].ghost) continue;
      for (std::size_t k = 1; k < c.size(); ++k) {
        INFO("box " << r.d.nodes[n].key);
        CHECK_FALSE(through(c[k - 1], c[k], node_box(r, n)));
      }
    }
    // It starts and ends on its own boxes' borders, at a point no other edge uses.
    const rect from = node_box(r, e.from), to = node_box(r, e.to);
    CHECK((std::abs(c.front().x - from.left) < 0.6 || std::abs(c.front().x - from.right) < 0.6 ||
           std::abs(c.front().y - from.bottom) < 0.6 || std::abs(c.front().y - from.top) < 0.6));
    CHECK((std::abs(c.back().x - to.left) < 0.6 || std::abs(c.back().x - to.right) < 0.6 ||
           std::abs(c.back().y - to.bottom) < 0.6 || std::abs(c.back().y - to.top) < 0.6));
    CHECK(starts.insert({std::llround(c.front().x * 10), std::llround(c.front().y * 10)}).second);
    CHECK(ends.insert({std::llround(c.back().x * 10), std::llround(c.back().y * 10)}).second);
    if (!e.label.empty()) CHECK_FALSE(r.routes[i].lp.empty());
  }
  // No two edges run along each other.
  for (std::size_t x = 0; x < runs.size(); ++x) {
    for (std::size_t y = x + 1; y < runs.size(); ++y) {
      const run& s = runs[x];
      const run& t = runs[y];
      if (s.edge == t.edge) continue;
      const bool s_across = std::abs(s.a.y - s.b.y) < 0.01, t_across = std::abs(t.a.y - t.b.y) < 0.01;
      if (s_across != t_across) continue;
      const double level = s_across ? s.a.y - t.a.y : s.a.x - t.a.x;
      const double overlap = s_across ? std::min(std::max(s.a.x, s.b.x), std::max(t.a.x, t.b.x)) -
                                            std::max(std::min(s.a.x, s.b.x), std::min(t.a.x, t.b.x))
                                      : std::min(std::max(s.a.y, s.b.y), std::max(t.a.y, t.b.y)) -
                                            std::max(std::min(s.a.y, s.b.y), std::min(t.a.y, t.b.y));
      INFO("edges " << s.edge << " and " << t.edge);
      CHECK_FALSE((std::abs(level) < 2 && overlap > 2));
    }
  }
}

}  // namespace

TEST_CASE("every scenario's flowchart is routed with horizontal and vertical runs, around the boxes", "[router]") {
  const handover_case& c = default_case();
  for (const scenario& s : c.scenarios) {
    for (audience a : {audience::plain, audience::technical}) {
      INFO("scenario " << s.id);
      check_routes(route(make_flowchart(build_process(c, s), {.reader = a})));
    }
  }
}

TEST_CASE("aligned flowcharts, a difference and left-to-right flowcharts are routed the same way", "[router]") {
  const handover_case& c = default_case();
  std::vector<process_graph> processes;
  for (const scenario& s : c.scenarios) processes.push_back(build_process(c, s));
  for (audience a : {audience::plain, audience::technical}) {
    for (diagram d : make_aligned_flowcharts(processes, {.reader = a})) {
      INFO(d.subtitle);
      check_routes(route(d));
      // Left to right: the same checks hold in the diagram's own coordinates, routes turned back.
      d.direction = diagram_direction::left_to_right;
      check_routes(route(d));
    }
    check_routes(route(make_flowchart_diff(processes[0], processes[2], {.reader = a})));
  }
}

TEST_CASE("the overview and the decision tree are routed the same way", "[router]") {
  const handover_case& c = default_case();
  check_routes(route(make_overview(c, {.reader = audience::plain})));
  check_routes(route(make_overview(c, {.reader = audience::technical})));
  check_routes(route(make_decision_tree(c)));
}

TEST_CASE("a decision's answers leave from different vertices, each labelled beside its start", "[router]") {
  const handover_case& c = default_case();
  const routed r = route(make_flowchart(build_process(c, *c.find_scenario("B1")), {.reader = audience::plain}));
  std::size_t answers = 0;
  for (std::size_t i = 0; i < r.d.edges.size(); ++i) {
    const diagram_edge& e = r.d.edges[i];
    if (r.d.nodes[e.from].kind != diagram_node_kind::decision) continue;
    ++answers;
    const std::vector<pt> corners = route_corners(r.routes[i]);
    const pt start = corners.front();
    const pt centre = r.p.node_at[e.from];
    const rect b = node_box(r, e.from);
    // A vertex: straight below, or level with the centre on a side.
    const bool bottom = std::abs(start.x - centre.x) < 0.01 && std::abs(start.y - b.bottom) < 0.01;
    const bool side = std::abs(start.y - centre.y) < 0.01 &&
                      (std::abs(start.x - b.left) < 0.01 || std::abs(start.x - b.right) < 0.01);
    CHECK((bottom || side));
    // The label is near the start, not somewhere down the edge.
    const auto comma = r.routes[i].lp.find(',');
    REQUIRE(comma != std::string::npos);
    const pt label{std::stod(r.routes[i].lp.substr(0, comma)), std::stod(r.routes[i].lp.substr(comma + 1))};
    CHECK(std::abs(label.x - start.x) + std::abs(label.y - start.y) < 60);
  }
  CHECK(answers == 4);  // two decisions, two answers each
}

TEST_CASE("route_corners reads back a route's polyline", "[router]") {
  const edge_route r{
      "e,10.00,0.00 0.00,20.00 0.00,16.67 0.00,13.33 0.00,10.00 3.33,10.00 6.67,10.00 10.00,10.00 10.00,8.33 "
      "10.00,6.67 10.00,7.00",
      ""};
  const std::vector<pt> c = route_corners(r);
  REQUIRE(c.size() == 4);
  CHECK(c[0].y == Approx(20));
  CHECK(c[1].x == Approx(0));
  CHECK(c[2].x == Approx(10));
  CHECK(c[3].y == Approx(0));  // the arrow's tip, not where its head begins
}
