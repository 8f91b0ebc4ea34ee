// A diagram as a Mermaid flowchart: one subgraph per lane, so that a process can live in a README,
// a wiki or an issue that renders Mermaid. Mermaid lays it out itself; passation's positions are
// not carried.

#include <string>
#include <string_view>

#include <fmt/format.h>

#include "export.hpp"
#include "style.hpp"

namespace passation::detail {

namespace {

// Text inside a quoted Mermaid label: Mermaid's entity codes for what would end the label or be
// read as markup ('#' first, since the codes start with it).
std::string escaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '#': out += "#35;"; break;
      case '"': out += "#quot;"; break;
      case '<': out += "#lt;"; break;
      case '>': out += "#gt;"; break;
      case '&': out += "#amp;"; break;
      case '`': out += "#96;"; break;
      case '\n': out += "<br/>"; break;
      case '\r': break;
      default: out += c;
    }
  }
  return out;
}

// Every line a node draws: its tag, its label, its details and its badge, the secondary ones smaller.
std::string node_text(const diagram_node& n) {
  std::string text;
  if (!n.tag.empty()) text += "<i>" + escaped(n.tag) + "</i><br/>";
  text += escaped(n.label);
  for (const std::string& line : n.details) text += "<br/><small>" + escaped(line) + "</small>";
  if (!n.badge.empty()) text += "<br/><small>" + escaped(n.badge) + "</small>";
  return text;
}

// The node's shape, around its quoted text.
std::string shaped(diagram_node_kind kind, const std::string& text) {
  switch (kind) {
    case diagram_node_kind::start:
    case diagram_node_kind::end: return "([\"" + text + "\"])";
    case diagram_node_kind::decision: return "{\"" + text + "\"}";
    case diagram_node_kind::milestone: return "{{\"" + text + "\"}}";
    case diagram_node_kind::step:
    case diagram_node_kind::summary:
    case diagram_node_kind::text:  // the kinds of a pinned diagram, which render() does not export
    case diagram_node_kind::bar:
    case diagram_node_kind::marker:
    case diagram_node_kind::rule: break;
  }
  return "[\"" + text + "\"]";
}

std::string class_of(const diagram_node& n) {
  if (n.mark == diagram_mark::dropped) return "dropped";
  switch (n.kind) {
    case diagram_node_kind::start:
    case diagram_node_kind::end: return "terminal";
    case diagram_node_kind::decision: return "decision";
    default: break;
  }
  return n.tone == no_tone ? "neutral" : fmt::format("tone{}", n.tone % style::tones.size());
}

void write_classes(std::string& out) {
  auto line = [&](std::string_view name, std::string_view fill, std::string_view stroke, std::string_view rest) {
    out += fmt::format("  classDef {} fill:{},stroke:{},color:{}{}\n", name, fill, stroke, style::ink, rest);
  };
  for (std::size_t t = 0; t < style::tones.size(); ++t) {
    line(fmt::format("tone{}", t), style::tones[t].fill, style::tones[t].border, "");
  }
  line("neutral", style::neutral.fill, style::neutral.border, "");
  line("decision", style::decision_fill, style::decision_border, "");
  out +=
      fmt::format("  classDef terminal fill:{},stroke:{},color:#FFFFFF\n", style::terminal_fill, style::terminal_fill);
  line("dropped", style::dropped_fill, style::dropped_look.colour, ",stroke-dasharray:5 3");
}

// How a marked node stands out, over the colours of its class: its border.
std::string mark_style(diagram_mark m) {
  const style::mark_look* look = style::look_of(m);
  if (!look) return {};
  return fmt::format("stroke:{},stroke-width:{}px{}", look->colour, look->border,
                     look->dashed ? ",stroke-dasharray:5 3" : "");
}

std::string arrow(const diagram_edge& e) {
  const std::string head = e.mark == diagram_mark::dropped ? "-.->" : e.mark == diagram_mark::added ? "==>" : "-->";
  return e.label.empty() ? head : head + "|\"" + escaped(e.label) + "\"|";
}

}  // namespace

std::string write_mermaid(const export_input& in) {
  const diagram& d = in.d;
  const std::vector<std::string> ids = export_ids(d);
  std::string out;
  if (!d.title.empty()) {
    // The front matter is YAML: the title goes in double quotes, with its own quotes escaped.
    std::string title = d.title + (d.subtitle.empty() ? "" : " — " + d.subtitle);
    std::string quoted;
    for (const char c : title)
      quoted += c == '"' || c == '\\' ? std::string("\\") + c : c == '\n' ? " " : std::string(1, c);
    out += "---\ntitle: \"" + quoted + "\"\n---\n";
  }
  out += d.direction == diagram_direction::left_to_right ? "flowchart LR\n" : "flowchart TB\n";
  auto write_node = [&](std::size_t i, std::string_view indent) {
    out += fmt::format("{}{}{}:::{}\n", indent, ids[i], shaped(d.nodes[i].kind, node_text(d.nodes[i])),
                       class_of(d.nodes[i]));
  };
  std::vector<bool> lane_used(d.lanes.size(), false);
  for (const diagram_node& n : d.nodes) {
    if (!n.ghost && n.lane < d.lanes.size()) lane_used[n.lane] = true;
  }
  for (std::size_t l = 0; l < d.lanes.size(); ++l) {
    // Mermaid draws an empty subgraph as a box of its own: a lane nobody acts in is left out.
    if (!lane_used[l]) continue;
    std::string head = "<b>" + escaped(d.lanes[l].title) + "</b>";
    if (!d.lanes[l].subtitle.empty()) head += "<br/><small>" + escaped(d.lanes[l].subtitle) + "</small>";
    out += fmt::format("  subgraph lane{}[\"{}\"]\n", l, head);
    for (std::size_t i = 0; i < d.nodes.size(); ++i) {
      if (!d.nodes[i].ghost && d.nodes[i].lane == l) write_node(i, "    ");
    }
    out += "  end\n";
  }
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    if (!d.nodes[i].ghost && d.nodes[i].lane >= d.lanes.size()) write_node(i, "  ");
  }
  for (const diagram_edge& e : d.edges) {
    if (e.ghost || e.from >= ids.size() || e.to >= ids.size() || ids[e.from].empty() || ids[e.to].empty()) continue;
    out += fmt::format("  {} {} {}\n", ids[e.from], arrow(e), ids[e.to]);
  }
  for (std::size_t l = 0; l < d.lanes.size(); ++l) {
    if (lane_used[l])
      out += fmt::format("  style lane{} fill:{},stroke:{}\n", l, style::lane_fills[l % style::lane_fills.size()],
                         style::lane_border);
  }
  for (std::size_t i = 0; i < d.nodes.size(); ++i) {
    if (!ids[i].empty() && d.nodes[i].mark != diagram_mark::none)
      out += fmt::format("  style {} {}\n", ids[i], mark_style(d.nodes[i].mark));
  }
  write_classes(out);
  return out;
}

}  // namespace passation::detail
