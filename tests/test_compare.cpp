// Flowcharts that compare scenarios: drawn on one grid (a shared step at the same place in every
// scenario's SVG), what only some scenarios have marked, and one picture of a difference.

#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <set>

#include "passation/flowchart.hpp"
#include "passation/load.hpp"
#include "passation/render.hpp"

using namespace passation;

namespace {

std::vector<process_graph> processes_of(const handover_case& c) {
  std::vector<process_graph> out;
  for (const scenario& s : c.scenarios) out.push_back(build_process(c, s));
  return out;
}

bool has_step(const process_graph& p, const std::string& key) {
  for (auto v : boost::make_iterator_range(boost::vertices(p.graph))) {
    if (p.node(v).id == key) return true;
  }
  return false;
}

// Where the SVG draws each node (n1, n2…), on the page: the middle of its shape's points, moved
// by the graph's translation (Graphviz puts the origin at the bottom of the drawing).
std::map<std::string, std::pair<double, double>> page_places(const std::string& svg) {
  std::map<std::string, std::pair<double, double>> places;
  std::smatch shift;
  REQUIRE(
      std::regex_search(svg, shift, std::regex(R"(class="graph" transform="[^"]*translate\(([-\d.]+) ([-\d.]+)\))")));
  const double dx = std::stod(shift[1]), dy = std::stod(shift[2]);
  // Each node's group, found by plain search: a lazy regex over a whole SVG recurses once per
  // character in libstdc++.
  const std::regex pair(R"((-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?))");
  for (std::size_t at = svg.find("class=\"node\">"); at != std::string::npos;
       at = svg.find("class=\"node\">", at + 1)) {
    const std::size_t title = svg.find("<title>", at), title_end = svg.find("</title>", at), end = svg.find("</g>", at);
    if (title == std::string::npos || title_end == std::string::npos || end == std::string::npos) break;
    const std::string name = svg.substr(title + 7, title_end - title - 7);
    if (name.empty() || name[0] != 'n' || name.find_first_not_of("0123456789", 1) != std::string::npos) continue;
    const std::string body = svg.substr(title_end, end - title_end);
    double left = 1e9, right = -1e9, top = 1e9, bottom = -1e9;
    for (auto p = std::sregex_iterator(body.begin(), body.end(), pair); p != std::sregex_iterator(); ++p) {
      const double x = std::stod((*p)[1]), y = std::stod((*p)[2]);
      left = std::min(left, x), right = std::max(right, x), top = std::min(top, y), bottom = std::max(bottom, y);
    }
    if (left <= right) places[name] = {(left + right) / 2 + dx, (top + bottom) / 2 + dy};
  }
  return places;
}

// How many steps that every SVG draws are drawn at different places.
std::size_t moved_steps(const std::vector<std::string>& svgs, std::size_t& shared) {
  std::vector<std::map<std::string, std::pair<double, double>>> all;
  for (const std::string& svg : svgs) all.push_back(page_places(svg));
  std::size_t moved = 0;
  shared = 0;
  for (const auto& [name, at] : all.front()) {
    bool everywhere = true, same = true;
    for (const auto& places : all) {
      const auto found = places.find(name);
      if (found == places.end()) {
        everywhere = false;
        break;
      }
      same =
          same && std::abs(found->second.first - at.first) < 0.05 && std::abs(found->second.second - at.second) < 0.05;
    }
    if (!everywhere) continue;
    ++shared;
    if (!same) ++moved;
  }
  return moved;
}

}  // namespace

TEST_CASE("aligned flowcharts hold every scenario's steps, each drawn only where the scenario has it", "[compare]") {
  const handover_case& c = default_case();
  const std::vector<process_graph> ps = processes_of(c);
  const std::vector<diagram> aligned = make_aligned_flowcharts(ps, {.reader = audience::plain});
  REQUIRE(aligned.size() == 3);
  std::size_t specific = 0;
  for (std::size_t k = 0; k < aligned.size(); ++k) {
    INFO(c.scenarios[k].id);
    CHECK(aligned[k].lanes.size() == aligned[0].lanes.size());
    bool marked_here = false;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < aligned[k].nodes.size(); ++i) {
      const diagram_node& n = aligned[k].nodes[i];
      // A key met again is another version of a step (only room), after every step.
      if (!seen.insert(n.key).second) {
        CHECK(n.ghost);
        continue;
      }
      CHECK(n.key == aligned[0].nodes[i].key);  // every diagram has its steps in one order
      INFO(n.key);
      // A ghost exactly where the scenario's process lacks the step.
      const bool in_all = std::all_of(ps.begin(), ps.end(), [&](const process_graph& p) { return has_step(p, n.key); });
      if (n.ghost) CHECK_FALSE(has_step(ps[k], n.key));
      // Marked exactly when some scenario lacks it, with the scenarios that have it.
      CHECK((n.mark == diagram_mark::only_some) == !in_all);
      if (!in_all) {
        const bool names_one = std::any_of(c.scenarios.begin(), c.scenarios.end(),
                                           [&](const scenario& s) { return n.tag.find(s.id) != std::string::npos; });
        CHECK(names_one);
        if (!n.ghost) marked_here = true, ++specific;
      }
    }
    // The legend says what the mark means, when something is marked.
    const bool legend = std::any_of(aligned[k].legend.begin(), aligned[k].legend.end(),
                                    [](const legend_entry& l) { return l.mark == diagram_mark::only_some; });
    CHECK(legend == marked_here);
  }
  CHECK(specific >= 3);  // A, B1 and B2 differ by a few steps each
}

TEST_CASE("shared steps are drawn at the same place in every scenario's SVG", "[compare]") {
  const handover_case& c = default_case();
  const std::vector<process_graph> ps = processes_of(c);
  for (audience a : all_audiences) {
    INFO(to_string(a));
    std::vector<std::string> aligned_svgs, own_svgs;
    for (const diagram& d : make_aligned_flowcharts(ps, {.reader = a})) {
      aligned_svgs.push_back(render(d, {.format = output_format::svg}).bytes);
    }
    std::size_t shared = 0;
    CHECK(moved_steps(aligned_svgs, shared) == 0);
    CHECK(shared >= 10);
    // The check tells: each scenario on its own grid, shared steps move.
    for (const process_graph& p : ps)
      own_svgs.push_back(render(make_flowchart(p, {.reader = a}), {.format = output_format::svg}).bytes);
    std::size_t own_shared = 0;
    CHECK(moved_steps(own_svgs, own_shared) > 0);
  }
}

TEST_CASE("a difference draws what the second scenario adds, drops and changes", "[compare]") {
  const handover_case& c = default_case();
  const std::vector<process_graph> ps = processes_of(c);
  const diagram d = make_flowchart_diff(ps[0], ps[2], {.reader = audience::plain});
  CHECK(d.subtitle.find("Ce qui change de A à B2") == 0);
  std::size_t added = 0, dropped = 0, changed = 0;
  for (const diagram_node& n : d.nodes) {
    INFO(n.key);
    CHECK_FALSE(n.ghost);  // one picture: everything in it is drawn
    const bool in_a = has_step(ps[0], n.key), in_b2 = has_step(ps[2], n.key);
    switch (n.mark) {
      case diagram_mark::added:
        CHECK((!in_a && in_b2));
        ++added;
        CHECK(n.tag == "+ Ajouté par B2");
        break;
      case diagram_mark::dropped:
        CHECK((in_a && !in_b2));
        ++dropped;
        CHECK(n.tag == "− Retiré par B2");
        break;
      case diagram_mark::changed:
        CHECK((in_a && in_b2));
        ++changed;
        REQUIRE_FALSE(n.details.empty());
        CHECK(n.details.back().rfind("Dans A", 0) == 0);  // how A wrote it
        break;
      default: CHECK(in_a == in_b2); break;
    }
  }
  CHECK(added == 1);    // B2 gives the provider access to the CREAI's hosting
  CHECK(dropped == 3);  // the move to a new host, the data transfer, the address transfer
  CHECK(changed >= 1);  // who holds emergencies after receipt
  std::size_t marked_edges = 0;
  for (const diagram_edge& e : d.edges) {
    CHECK_FALSE(e.ghost);
    if (e.mark != diagram_mark::none) ++marked_edges;
  }
  CHECK(marked_edges == 6);
  auto in_legend = [&](diagram_mark m) {
    return std::any_of(d.legend.begin(), d.legend.end(), [m](const legend_entry& l) { return l.mark == m; });
  };
  CHECK(in_legend(diagram_mark::added));
  CHECK(in_legend(diagram_mark::dropped));
  CHECK(in_legend(diagram_mark::changed));
  // Drawn: the marks reach the SVG in their colours.
  const std::string svg = render(d, {.format = output_format::svg}).bytes;
  CHECK(svg.find("+ Ajouté par B2") != std::string::npos);
  CHECK(svg.find("stroke-dasharray") != std::string::npos);
}

TEST_CASE("left to right, lanes are bands headed on their left and the flow goes right", "[compare]") {
  const handover_case& c = default_case();
  diagram d = make_flowchart(build_process(c, *c.find_scenario("B1")), {.reader = audience::plain});
  const std::string down = render(d, {.format = output_format::svg}).bytes;
  d.direction = diagram_direction::left_to_right;
  const std::string across = render(d, {.format = output_format::svg}).bytes;
  const auto down_at = page_places(down), across_at = page_places(across);
  // The start is left of the end (and above it, top to bottom).
  auto index_of = [&](const std::string& key) {
    return "n" + std::to_string(
                     std::find_if(d.nodes.begin(), d.nodes.end(), [&](const diagram_node& n) { return n.key == key; }) -
                     d.nodes.begin() + 1);
  };
  const std::string first = index_of("choix_ars"), last = index_of("fin");
  CHECK(across_at.at(first).first < across_at.at(last).first);
  CHECK(down_at.at(first).second < down_at.at(last).second);
  // Two steps of one lane: side by side across, one above the other down.
  const std::string a = index_of("documentation"), b = index_of("tickets");
  CHECK(std::abs(across_at.at(a).second - across_at.at(b).second) < 0.5);
  CHECK(std::abs(down_at.at(a).first - down_at.at(b).first) < 0.5);
  // Wider than tall.
  std::smatch size;
  REQUIRE(std::regex_search(across, size, std::regex(R"svg(<svg width="(\d+)pt" height="(\d+)pt")svg")));
  CHECK(std::stod(size[1]) > 2 * std::stod(size[2]));
}

TEST_CASE("a flowchart in parts for slides: every step once, links between parts, large type", "[compare]") {
  const handover_case& c = default_case();
  const process_graph p = build_process(c, *c.find_scenario("B1"));
  const diagram whole = make_flowchart(p, {.reader = audience::plain});
  const std::vector<diagram> parts = make_flowchart_parts(p, {.reader = audience::plain}, 4);
  REQUIRE(parts.size() == (whole.nodes.size() + 3) / 4);
  std::map<std::string, std::size_t> part_of;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    const diagram& part = parts[k];
    CHECK(part.large_type);
    CHECK(part.direction == diagram_direction::left_to_right);
    CHECK(part.title.empty());  // the slide has one
    for (const diagram_node& n : part.nodes) {
      if (n.key.find("-link-") != std::string::npos) continue;
      CHECK(part_of.emplace(n.key, k).second);  // once
      CHECK(n.badge.empty());                   // the colour says it, and the legend whose colour is whose
    }
    // Only the lanes this part uses.
    for (std::size_t j = 0; j < part.lanes.size(); ++j) {
      CHECK(std::any_of(part.nodes.begin(), part.nodes.end(), [&](const diagram_node& n) { return n.lane == j; }));
    }
  }
  CHECK(part_of.size() == whole.nodes.size());
  // An arrow between two parts ends on a link to the other part, and starts again from one there.
  for (const diagram_edge& e : whole.edges) {
    const std::size_t from = part_of.at(whole.nodes[e.from].key), to = part_of.at(whole.nodes[e.to].key);
    if (from == to) continue;
    INFO(whole.nodes[e.from].key << " -> " << whole.nodes[e.to].key);
    auto has_link = [&](const diagram& part, const std::string& label) {
      return std::any_of(part.nodes.begin(), part.nodes.end(), [&](const diagram_node& n) { return n.label == label; });
    };
    CHECK(has_link(parts[from], "→\u00A0partie\u00A0" + std::to_string(to + 1)));
    CHECK(has_link(parts[to], "partie\u00A0" + std::to_string(from + 1) + "\u00A0→"));
  }
  // Every text at 12 pt or more, as drawn.
  const std::string svg = render(parts[1], {.format = output_format::svg}).bytes;
  const std::regex size(R"svg(font-size="([\d.]+)")svg");
  std::size_t sizes = 0;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), size); it != std::sregex_iterator(); ++it) {
    CHECK(std::stod((*it)[1]) >= 12);
    ++sizes;
  }
  CHECK(sizes > 5);
}
