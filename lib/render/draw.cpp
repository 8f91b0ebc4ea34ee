#include "draw.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "node_style.hpp"
#include "router.hpp"
#include "passation/limits.hpp"
#include "passation/error.hpp"
#include "style.hpp"

namespace passation::detail {

namespace {

constexpr double points_per_inch = 72.0;

std::string number(double v) { return fmt::format("{:.2f}", v); }

Agnode_t* new_node(Agraph_t* parent, const std::string& name) {
  return agnode(parent, const_cast<char*>(name.c_str()), 1);
}

extent size_of(Agnode_t* n) { return {ND_width(n) * points_per_inch, ND_height(n) * points_per_inch}; }

// The edges of `d`, in its order (nullptr for an edge whose ends are not drawn, and drawing, for a
// ghost: ghosts are only ranked).
std::vector<Agedge_t*> add_edges(Agraph_t* g, const diagram& d, const std::vector<Agnode_t*>& nodes, bool for_ranking) {
  std::vector<Agedge_t*> edges;
  for (const diagram_edge& de : d.edges) {
    if (de.from >= nodes.size() || de.to >= nodes.size() || !nodes[de.from] || !nodes[de.to] ||
        (de.ghost && !for_ranking)) {
      edges.push_back(nullptr);
      continue;
    }
    Agedge_t* e = agedge(g, nodes[de.from], nodes[de.to], nullptr, 1);
    edges.push_back(e);
    if (!de.label.empty()) set_html_attribute(g, e, "label", html_lines(de.label, 20, 3));
    // A loop back must not push the states it returns to further down. (Ports that would make it
    // leave from the top when drawing are not set: Graphviz 2.42's router loops forever on some.)
    if (for_ranking && de.closes_loop) set_attribute(e, "constraint", "false");
  }
  return edges;
}

}  // namespace

bool budgeted(const diagram& d, const render_options& options) {
  switch (options.budget) {
    case layout_budget::always: return true;
    case layout_budget::never: return false;
    case layout_budget::automatic: break;
  }
  return d.nodes.size() > limits::layout_budget_above;
}

namespace {

const char* spline_kind(const diagram& d, const render_options& options) {
  // Routing edges around nodes costs more than linearly: large drawings get straight edges.
  return budgeted(d, options) ? "line" : "true";
}

std::string bounding_box(const placement& p) {
  return fmt::format("0,0,{},{}", number(p.bounds.right), number(p.bounds.top));
}

void pin(Agnode_t* n, point at) { set_attribute(n, "pos", fmt::format("{},{}!", number(at.x), number(at.y))); }

// Graphviz's node for each diagram node: its own, or for a version of a step, its step's.
std::vector<std::size_t> anchors_of(const diagram& d) {
  std::vector<std::size_t> anchor(d.nodes.size());
  std::map<std::string, std::size_t> first;
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    anchor[i] = i;
    const diagram_node& n = d.nodes[i];
    if (n.key.empty()) continue;
    const auto [at, added] = first.emplace(n.key, i);
    // Only a ghost is another version of a step; two drawn nodes with one key stay two nodes.
    if (!added && n.ghost) anchor[i] = at->second;
  }
  return anchor;
}

// What is measured alone, away from the flow: the nodes that have versions and their versions
// (a step's place is as large as its largest version, whichever is drawn), the lane headers and
// the legend's samples. Kept out of the ranking graph, where dot would put them on the first row
// and move the rows by their heights: aligned diagrams, whose legends differ, would not agree.
struct alone_sizes {
  std::map<std::size_t, extent> versions;  // by node
  std::vector<extent> heads;
  std::vector<extent> samples;
  extent legend_title;
};

alone_sizes measure_alone(graphviz_session& session, const diagram& d, const render_options& options,
                          const std::vector<std::size_t>& anchor) {
  std::vector<bool> versioned(d.nodes.size(), false);
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    if (anchor[i] != i) versioned[i] = versioned[anchor[i]] = true;
  }
  const style::type_sizes& type = style::type_of(d);
  alone_sizes sizes;
  graph_ptr graph = open_graph("alone");
  Agraph_t* g = graph.get();
  declare_defaults(g, options, type);
  set_attribute(g, "splines", "none");
  std::map<std::size_t, Agnode_t*> nodes;
  std::vector<Agnode_t*> heads, samples;
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    if (!versioned[i]) continue;
    nodes[i] = new_node(g, fmt::format("v{}", i + 1));
    style_node(g, nodes[i], d.nodes[i], 0, type);
  }
  for (std::size_t i = 0; i < d.lanes.size(); ++i) {
    heads.push_back(new_node(g, fmt::format("lane{}_head", i + 1)));
    style_lane_head(g, heads.back(), d.lanes[i], drawn_across(d), type);
  }
  for (std::size_t i = 0; i < d.legend.size(); ++i) {
    samples.push_back(new_node(g, fmt::format("legend{}", i + 1)));
    style_node(g, samples.back(), legend_sample(d.legend[i]), 0, style::legend_type(type));
  }
  Agnode_t* title = nullptr;
  if (!d.legend.empty()) {
    title = new_node(g, "legend_title");
    set_attribute(title, "shape", "plain");
    set_html_attribute(g, title, "label", legend_title_html(d.legend_title, type));
  }
  if (nodes.empty() && heads.empty() && samples.empty()) return sizes;
  if (gvLayout(session.context(), g, "dot") != 0) {
    throw render_error("Graphviz could not measure the diagram: " + session.describe_messages());
  }
  layout_guard layout(session.context(), g);
  for (const auto& [i, n] : nodes) sizes.versions[i] = size_of(n);
  for (Agnode_t* n : heads) sizes.heads.push_back(size_of(n));
  for (Agnode_t* n : samples) sizes.samples.push_back(size_of(n));
  if (title) sizes.legend_title = size_of(title);
  return sizes;
}

bool drawn_as_box(diagram_node_kind k) {
  return k == diagram_node_kind::step || k == diagram_node_kind::milestone || k == diagram_node_kind::summary;
}

// One width for every box of a lane: the widest of them (ghosts and versions included, so that
// aligned scenarios agree). Not across: there, dot spaced the columns for each box's own width.
void equalise_box_widths(const diagram& d, measures& m) {
  m.box_width.assign(d.nodes.size(), 0);
  if (drawn_across(d)) return;
  std::vector<double> widest(d.lanes.size(), 0);
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    const diagram_node& n = d.nodes[i];
    if (n.lane < d.lanes.size() && drawn_as_box(n.kind))
      widest[n.lane] = std::max(widest[n.lane], m.slot_size[i].width);
  }
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    const diagram_node& n = d.nodes[i];
    if (!(n.lane < d.lanes.size() && drawn_as_box(n.kind))) continue;
    m.box_width[i] = widest[n.lane];
    m.node_size[i].width = m.slot_size[i].width = widest[n.lane];
  }
}

}  // namespace

measures measure(graphviz_session& session, const diagram& d, const render_options& options) {
  const std::vector<std::size_t> anchor = anchors_of(d);
  const alone_sizes alone = measure_alone(session, d, options, anchor);
  const std::map<std::size_t, extent>& version_sizes = alone.versions;
  std::map<std::size_t, extent> slot;
  for (const auto& [i, size] : version_sizes) {
    extent& room = slot[anchor[i]];
    room.width = std::max(room.width, size.width);
    room.height = std::max(room.height, size.height);
  }

  const style::type_sizes& type = style::type_of(d);
  graph_ptr graph = open_graph("measure");
  Agraph_t* g = graph.get();
  declare_defaults(g, options, type);
  set_attribute(g, "rankdir", drawn_across(d) ? "LR" : "TB");
  set_attribute(g, "nodesep", "0.3");
  set_attribute(g, "ranksep", "0.34");
  // Only the rows and the sizes are read from this pass: dot need not route its edges.
  set_attribute(g, "splines", "none");
  if (budgeted(d, options)) {
    // A budget for dot's network simplex and crossing minimisation: a large process is laid out
    // in seconds rather than minutes (measured: 1,000 nodes, 77 s without, 2.7 s with).
    set_attribute(g, "nslimit", "2");
    set_attribute(g, "nslimit1", "2");
    set_attribute(g, "mclimit", "0.2");
    set_attribute(g, "searchsize", "20");
  }

  std::vector<Agnode_t*> nodes(d.nodes.size(), nullptr);
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    if (anchor[i] != i) continue;
    Agnode_t* n = new_node(g, fmt::format("n{}", i + 1));
    if (const auto room = slot.find(i); room != slot.end()) {
      // Ranked at the size of its largest version: its place is the same whichever is drawn.
      // Only its size counts here (measured alone): a box without a label, or Graphviz warns
      // that a fixed size is too small for a label that fits.
      auto inches = [](double points) { return number(std::ceil(points / points_per_inch * 100) / 100); };
      set_attribute(n, "shape", "box");
      set_attribute(n, "label", "");
      set_attribute(n, "fixedsize", "true");
      set_attribute(n, "width", inches(room->second.width));
      set_attribute(n, "height", inches(room->second.height));
    } else {
      style_node(g, n, d.nodes[i], 0, type);
    }
    nodes[i] = n;
  }
  std::vector<Agnode_t*> ends(d.nodes.size());
  for (std::size_t i = 0; i < d.nodes.size(); ++i) ends[i] = nodes[anchor[i]];
  const std::vector<Agedge_t*> edges = add_edges(g, d, ends, true);

  if (gvLayout(session.context(), g, "dot") != 0) {
    throw render_error("Graphviz could not lay the diagram out: " + session.describe_messages());
  }
  layout_guard layout(session.context(), g);
  measures m;
  m.anchor = anchor;
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    Agnode_t* n = nodes[anchor[i]];
    m.node_at.push_back({ND_coord(n).x, ND_coord(n).y});
    const auto own = version_sizes.find(i);
    m.node_size.push_back(own != version_sizes.end() ? own->second : size_of(n));
    const auto room = slot.find(anchor[i]);
    m.slot_size.push_back(room != slot.end() ? room->second : m.node_size.back());
  }
  m.head_size = alone.heads;
  m.legend_size = alone.samples;
  // Graphviz draws the title inside the cluster's corner, after 8 points.
  m.legend_title_size = {alone.legend_title.width + 8, alone.legend_title.height};
  for (Agedge_t* e : edges) {
    m.label_size.push_back(e && ED_label(e) ? extent{ED_label(e)->dimen.x, ED_label(e)->dimen.y} : extent{});
  }
  equalise_box_widths(d, m);
  return m;
}

graph_ptr build_pinned_graph(const diagram& d, const render_options& options, const measures& m, const placement& p,
                             const std::vector<edge_route>& routes) {
  const style::type_sizes& type = style::type_of(d);
  graph_ptr graph = open_graph("passation");
  Agraph_t* g = graph.get();
  declare_defaults(g, options, type);
  agattr(g, AGNODE, const_cast<char*>("pos"), const_cast<char*>(""));
  // Written in the DOT output too, so that `dot -Tsvg` draws the file as passation does.
  set_attribute(g, "layout", "nop2");
  if (!routes.empty()) {
    agattr(g, AGEDGE, const_cast<char*>("pos"), const_cast<char*>(""));
    agattr(g, AGEDGE, const_cast<char*>("lp"), const_cast<char*>(""));
  }
  set_attribute(g, "splines", spline_kind(d, options));
  set_attribute(g, "bb", bounding_box(p));
  set_title(g, d);

  auto box = [](Agraph_t* cluster, const rect& r) {
    set_attribute(cluster, "bb",
                  fmt::format("{},{},{},{}", number(r.left), number(r.bottom), number(r.right), number(r.top)));
  };

  // Lanes first, so that they are drawn under everything else.
  std::vector<Agraph_t*> lanes;
  for (std::size_t i = 0; i < p.lanes.size(); ++i) {  // none in a pinned diagram
    const std::string name = fmt::format("cluster_lane_{}", i + 1);
    Agraph_t* lane = agsubg(g, const_cast<char*>(name.c_str()), 1);
    set_attribute(lane, "style", "filled");
    set_attribute(lane, "fillcolor", style::lane_fills[i % 2]);
    set_attribute(lane, "color", style::lane_border);
    set_attribute(lane, "penwidth", "1");
    set_attribute(lane, "label", "");  // the header carries the actor's name; clusters would inherit the title
    box(lane, p.lanes[i]);
    Agnode_t* head = new_node(lane, fmt::format("lane{}_head", i + 1));
    style_lane_head(g, head, d.lanes[i], drawn_across(d), type);
    set_attribute(head, "width", number(p.head_size[i].width / points_per_inch));
    set_attribute(head, "height", number(p.head_size[i].height / points_per_inch));
    pin(head, p.head_at[i]);
    lanes.push_back(lane);
  }

  // Ghosts (the steps of other scenarios) keep their place but are not drawn.
  std::vector<Agnode_t*> nodes;
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    if (d.nodes[i].ghost) {
      nodes.push_back(nullptr);
      continue;
    }
    Agraph_t* parent = d.nodes[i].lane < lanes.size() ? lanes[d.nodes[i].lane] : g;
    Agnode_t* n = new_node(parent, fmt::format("n{}", i + 1));
    style_node(g, n, d.nodes[i], m.box_width[i], type);
    pin(n, p.node_at[i]);
    nodes.push_back(n);
  }
  const std::vector<Agedge_t*> edges = add_edges(g, d, nodes, false);
  for (std::size_t i = 0; i < edges.size(); ++i) {
    if (edges[i]) style_edge(edges[i], d.edges[i]);
  }
  for (std::size_t i = 0; i < edges.size() && i < routes.size(); ++i) {
    if (!edges[i] || routes[i].pos.empty()) continue;
    set_attribute(edges[i], "pos", routes[i].pos);
    if (!routes[i].lp.empty()) set_attribute(edges[i], "lp", routes[i].lp);
  }

  if (p.has_legend) {
    Agraph_t* legend = agsubg(g, const_cast<char*>("cluster_legend"), 1);
    set_attribute(legend, "style", "rounded");
    set_attribute(legend, "color", style::lane_border);
    set_attribute(legend, "labeljust", "l");
    set_html_attribute(g, legend, "label", legend_title_html(d.legend_title, type));
    box(legend, p.legend);
    for (std::size_t i = 0; i < d.legend.size(); ++i) {
      Agnode_t* n = new_node(legend, fmt::format("legend{}", i + 1));
      style_node(g, n, legend_sample(d.legend[i]), 0, style::legend_type(type));
      pin(n, p.legend_at[i]);
    }
  }
  return graph;
}

std::vector<edge_route> route_drawn_edges(const diagram& d, const measures& m, const placement& p, bool thorough) {
  // The router sees only what is drawn: ghosts neither need a route nor stand in the way.
  diagram drawn;
  drawn.lanes = d.lanes;
  drawn.direction = d.direction;
  measures sizes;
  placement places;
  places.lanes = p.lanes;
  places.bounds = p.bounds;
  std::vector<std::size_t> index_of(d.nodes.size(), d.nodes.size());
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    if (d.nodes[i].ghost) continue;
    index_of[i] = drawn.nodes.size();
    drawn.nodes.push_back(d.nodes[i]);
    sizes.node_size.push_back(m.node_size[i]);
    places.node_at.push_back(p.node_at[i]);
  }
  std::vector<std::size_t> edge_of;
  for (std::size_t i = 0; i < d.edges.size(); ++i) {
    const diagram_edge& e = d.edges[i];
    if (e.ghost || e.from >= d.nodes.size() || e.to >= d.nodes.size() || d.nodes[e.from].ghost || d.nodes[e.to].ghost)
      continue;
    diagram_edge kept = e;
    kept.from = index_of[e.from];
    kept.to = index_of[e.to];
    drawn.edges.push_back(kept);
    sizes.label_size.push_back(m.label_size[i]);
    edge_of.push_back(i);
  }
  const bool across = drawn_across(d);
  const std::vector<edge_route> found =
      across ? route_orthogonal(drawn, transposed(sizes), transposed(places), thorough, true)
             : route_orthogonal(drawn, sizes, places, thorough);
  std::vector<edge_route> routes(d.edges.size());
  for (std::size_t k = 0; k < edge_of.size(); ++k) routes[edge_of[k]] = found[k];
  return routes;
}

}  // namespace passation::detail
