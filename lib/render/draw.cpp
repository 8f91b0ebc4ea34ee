#include "draw.hpp"

#include <fmt/format.h>

#include "node_style.hpp"
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

// The edges of `d`, in its order (nullptr for an edge whose ends are not drawn).
std::vector<Agedge_t*> add_edges(Agraph_t* g, const diagram& d, const std::vector<Agnode_t*>& nodes, bool for_ranking) {
  std::vector<Agedge_t*> edges;
  for (const diagram_edge& de : d.edges) {
    if (de.from >= nodes.size() || de.to >= nodes.size()) {
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

}  // namespace

measures measure(graphviz_session& session, const diagram& d, const render_options& options) {
  graph_ptr graph = open_graph("measure");
  Agraph_t* g = graph.get();
  declare_defaults(g, options);
  set_attribute(g, "rankdir", "TB");
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

  std::vector<Agnode_t*> nodes, heads, samples;
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    Agnode_t* n = new_node(g, fmt::format("n{}", i + 1));
    style_node(g, n, d.nodes[i]);
    nodes.push_back(n);
  }
  const std::vector<Agedge_t*> edges = add_edges(g, d, nodes, true);
  // Headers and legend samples are only measured: they stand alone, away from the flow.
  for (std::size_t i = 0; i < d.lanes.size(); ++i) {
    Agnode_t* n = new_node(g, fmt::format("lane{}_head", i + 1));
    style_lane_head(g, n, d.lanes[i]);
    heads.push_back(n);
  }
  for (std::size_t i = 0; i < d.legend.size(); ++i) {
    Agnode_t* n = new_node(g, fmt::format("legend{}", i + 1));
    style_node(g, n, legend_sample(d.legend[i]));
    samples.push_back(n);
  }

  if (gvLayout(session.context(), g, "dot") != 0) {
    throw render_error("Graphviz could not lay the diagram out: " + session.describe_messages());
  }
  layout_guard layout(session.context(), g);
  measures m;
  for (Agnode_t* n : nodes) {
    m.node_at.push_back({ND_coord(n).x, ND_coord(n).y});
    m.node_size.push_back(size_of(n));
  }
  for (Agnode_t* n : heads) m.head_size.push_back(size_of(n));
  for (Agnode_t* n : samples) m.legend_size.push_back(size_of(n));
  for (Agedge_t* e : edges) {
    m.label_size.push_back(e && ED_label(e) ? extent{ED_label(e)->dimen.x, ED_label(e)->dimen.y} : extent{});
  }
  return m;
}

graph_ptr build_pinned_graph(const diagram& d, const render_options& options, const placement& p,
                             const std::vector<edge_route>& routes) {
  graph_ptr graph = open_graph("passation");
  Agraph_t* g = graph.get();
  declare_defaults(g, options);
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
    set_attribute(cluster, "bb", fmt::format("{},{},{},{}", number(r.left), number(r.bottom), number(r.right),
                                             number(r.top)));
  };

  // Lanes first, so that they are drawn under everything else.
  std::vector<Agraph_t*> lanes;
  for (std::size_t i = 0; i < d.lanes.size(); ++i) {
    const std::string name = fmt::format("cluster_lane_{}", i + 1);
    Agraph_t* lane = agsubg(g, const_cast<char*>(name.c_str()), 1);
    set_attribute(lane, "style", "filled");
    set_attribute(lane, "fillcolor", style::lane_fills[i % 2]);
    set_attribute(lane, "color", style::lane_border);
    set_attribute(lane, "penwidth", "1");
    set_attribute(lane, "label", "");  // the header carries the actor's name; clusters would inherit the title
    box(lane, p.lanes[i]);
    Agnode_t* head = new_node(lane, fmt::format("lane{}_head", i + 1));
    style_lane_head(g, head, d.lanes[i]);
    set_attribute(head, "width", number(p.head_width / points_per_inch));
    pin(head, p.head_at[i]);
    lanes.push_back(lane);
  }

  std::vector<Agnode_t*> nodes;
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    Agraph_t* parent = d.nodes[i].lane < lanes.size() ? lanes[d.nodes[i].lane] : g;
    Agnode_t* n = new_node(parent, fmt::format("n{}", i + 1));
    style_node(g, n, d.nodes[i]);
    pin(n, p.node_at[i]);
    nodes.push_back(n);
  }
  const std::vector<Agedge_t*> edges = add_edges(g, d, nodes, false);
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
    set_html_attribute(g, legend, "label", legend_title_html(d.legend_title));
    box(legend, p.legend);
    for (std::size_t i = 0; i < d.legend.size(); ++i) {
      Agnode_t* n = new_node(legend, fmt::format("legend{}", i + 1));
      style_node(g, n, legend_sample(d.legend[i]));
      pin(n, p.legend_at[i]);
    }
  }
  return graph;
}

}  // namespace passation::detail
