// A diagram as BPMN 2.0 XML, so that process teams can open and edit it in bpmn.io or Camunda
// Modeler: a collaboration whose pool holds one lane per lane of the diagram, tasks for steps,
// exclusive gateways for decisions, start, end and intermediate (milestone) events, and sequence
// flows named by their answers. Its BPMNDI carries passation's own layout: every position and every
// orthogonal route as passation draws them (in points, y turned to grow downwards).

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "export.hpp"
#include "router.hpp"
#include "model/safe_text.hpp"
#include "passation/version.hpp"
#include "passation/error.hpp"

namespace passation::detail {

namespace {

constexpr double k_event = 36;      // an event's circle, as BPMN tools draw it
constexpr double k_pool_band = 30;  // the pool's name, beside its lanes

std::string num(double v) { return fmt::format("{:.1f}", std::abs(v) < 0.05 ? 0.0 : v); }

const char* element_of(diagram_node_kind kind) {
  switch (kind) {
    case diagram_node_kind::start: return "startEvent";
    case diagram_node_kind::end: return "endEvent";
    case diagram_node_kind::decision: return "exclusiveGateway";
    case diagram_node_kind::milestone: return "intermediateThrowEvent";
    case diagram_node_kind::step:
    case diagram_node_kind::summary:
    case diagram_node_kind::text:  // the kinds of a pinned diagram, which render() does not export
    case diagram_node_kind::bar:
    case diagram_node_kind::marker:
    case diagram_node_kind::rule: break;
  }
  return "task";
}

bool is_event(diagram_node_kind kind) {
  return kind == diagram_node_kind::start || kind == diagram_node_kind::end || kind == diagram_node_kind::milestone;
}

// passation's frame (y up, origin at the bottom) turned into BPMN's (y down, origin at the top).
struct frame {
  double top;
  point operator()(point p) const { return {p.x, top - p.y}; }
};

struct box {
  double x, y, width, height;  // BPMN's: the top left corner
  [[nodiscard]] point centre() const { return {x + width / 2, y + height / 2}; }
};

std::string bounds(const box& b) {
  return fmt::format("<dc:Bounds x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" />", num(b.x), num(b.y), num(b.width),
                     num(b.height));
}

// The end of a route moved from passation's box onto an event's circle, along the route's last
// run, so that the arrow meets the circle BPMN tools draw.
void onto_circle(point& end, const point& before, const point& centre) {
  const double r = k_event / 2;
  if (std::abs(end.x - before.x) < 0.5 && std::abs(end.x - centre.x) < r) {  // a vertical run
    const double dy = std::sqrt(r * r - (end.x - centre.x) * (end.x - centre.x));
    end.y = before.y < centre.y ? centre.y - dy : centre.y + dy;
  } else if (std::abs(end.y - before.y) < 0.5 && std::abs(end.y - centre.y) < r) {  // a horizontal run
    const double dx = std::sqrt(r * r - (end.y - centre.y) * (end.y - centre.y));
    end.x = before.x < centre.x ? centre.x - dx : centre.x + dx;
  }
}

class bpmn_writer {
 public:
  explicit bpmn_writer(const export_input& in)
      : d_(in.d),
        m_(*in.measured),
        p_(*in.placed),
        routes_(*in.routes),
        ids_(export_ids(in.d)),
        to_bpmn_{in.placed->bounds.top} {
    for (std::size_t i = 0; i < d_.nodes.size(); ++i) shapes_.push_back(shape_of(i));
  }

  std::string write() {
    out_ = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out_ += fmt::format(
        "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
        "xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" "
        "xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" id=\"definitions\" "
        "targetNamespace=\"https://passation.invalid/bpmn\" exporter=\"passation\" exporterVersion=\"{}\">\n",
        passation::version);
    out_ += "  <bpmn:collaboration id=\"collaboration\">\n";
    out_ += fmt::format("    <bpmn:participant id=\"pool\" name=\"{}\" processRef=\"process\" />\n",
                        xml_escape(pool_name()));
    out_ += "  </bpmn:collaboration>\n";
    write_process();
    write_diagram();
    out_ += "</bpmn:definitions>\n";
    return out_;
  }

 private:
  std::string pool_name() const { return d_.subtitle.empty() ? d_.title : d_.title + " — " + d_.subtitle; }
  bool drawn(std::size_t i) const { return !d_.nodes[i].ghost; }
  bool drawn_edge(const diagram_edge& e) const {
    return !e.ghost && e.from < d_.nodes.size() && e.to < d_.nodes.size() && drawn(e.from) && drawn(e.to);
  }

  // The node's shape in BPMN's frame: passation's box for a task or a gateway, a circle at the
  // box's centre for an event.
  box shape_of(std::size_t i) const {
    const point c = to_bpmn_(p_.node_at[i]);
    const extent s = m_.node_size[i];
    if (is_event(d_.nodes[i].kind)) return {c.x - k_event / 2, c.y - k_event / 2, k_event, k_event};
    return {c.x - s.width / 2, c.y - s.height / 2, s.width, s.height};
  }

  void write_process() {
    out_ += "  <bpmn:process id=\"process\" isExecutable=\"false\">\n";
    if (!d_.lanes.empty()) {
      out_ += "    <bpmn:laneSet id=\"lanes\">\n";
      for (std::size_t l = 0; l < d_.lanes.size(); ++l) {
        out_ += fmt::format("      <bpmn:lane id=\"lane_{}\" name=\"{}\">\n", l, xml_escape(d_.lanes[l].title));
        for (std::size_t i = 0; i < d_.nodes.size(); ++i) {
          if (drawn(i) && d_.nodes[i].lane == l)
            out_ += fmt::format("        <bpmn:flowNodeRef>{}</bpmn:flowNodeRef>\n", ids_[i]);
        }
        out_ += "      </bpmn:lane>\n";
      }
      out_ += "    </bpmn:laneSet>\n";
    }
    for (std::size_t i = 0; i < d_.nodes.size(); ++i) {
      if (drawn(i)) write_node(i);
    }
    for (std::size_t e = 0; e < d_.edges.size(); ++e) {
      const diagram_edge& edge = d_.edges[e];
      if (!drawn_edge(edge)) continue;
      out_ += fmt::format("    <bpmn:sequenceFlow id=\"flow_{}\"{} sourceRef=\"{}\" targetRef=\"{}\" />\n", e,
                          edge.label.empty() ? "" : " name=\"" + xml_escape(edge.label) + "\"", ids_[edge.from],
                          ids_[edge.to]);
    }
    out_ += "  </bpmn:process>\n";
  }

  void write_node(std::size_t i) {
    const diagram_node& n = d_.nodes[i];
    const char* element = element_of(n.kind);
    out_ += fmt::format("    <bpmn:{} id=\"{}\" name=\"{}\">\n", element, ids_[i], xml_escape(n.label));
    // What passation writes around the label (the tag, the details, who holds emergencies) is
    // the element's documentation, which modelers show beside it.
    std::vector<std::string> notes;
    if (!n.tag.empty()) notes.push_back(n.tag);
    notes.insert(notes.end(), n.details.begin(), n.details.end());
    if (!n.badge.empty()) notes.push_back(n.badge);
    if (!notes.empty()) {
      std::string text;  // one line per note; each note's own line breaks become spaces
      for (const std::string& note : notes) text += (text.empty() ? "" : "\n") + xml_escape(note);
      out_ += fmt::format("      <bpmn:documentation>{}</bpmn:documentation>\n", text);
    }
    for (std::size_t e = 0; e < d_.edges.size(); ++e) {
      if (drawn_edge(d_.edges[e]) && d_.edges[e].to == i)
        out_ += fmt::format("      <bpmn:incoming>flow_{}</bpmn:incoming>\n", e);
    }
    for (std::size_t e = 0; e < d_.edges.size(); ++e) {
      if (drawn_edge(d_.edges[e]) && d_.edges[e].from == i)
        out_ += fmt::format("      <bpmn:outgoing>flow_{}</bpmn:outgoing>\n", e);
    }
    out_ += fmt::format("    </bpmn:{}>\n", element);
  }

  // The pool spans the lanes, with a band for its name on the side the lanes' names are.
  void write_diagram() {
    const bool across = d_.direction == diagram_direction::left_to_right;
    const char* horizontal = across ? "true" : "false";
    out_ +=
        "  <bpmndi:BPMNDiagram id=\"diagram\">\n    <bpmndi:BPMNPlane id=\"plane\" bpmnElement=\"collaboration\">\n";
    std::vector<box> lanes;
    for (const rect& r : p_.lanes) {
      const point top_left = to_bpmn_({r.left, r.top});
      lanes.push_back({top_left.x, top_left.y, r.width(), r.height()});
    }
    box pool{};
    if (lanes.empty()) {
      const point top_left = to_bpmn_({p_.bounds.left, p_.bounds.top});
      pool = {top_left.x - k_pool_band, top_left.y, p_.bounds.width() + k_pool_band, p_.bounds.height()};
    } else {
      double left = lanes[0].x, top = lanes[0].y, right = left, bottom = top;
      for (const box& b : lanes) {
        left = std::min(left, b.x), top = std::min(top, b.y);
        right = std::max(right, b.x + b.width), bottom = std::max(bottom, b.y + b.height);
      }
      // Lanes meet in BPMN: each one reaches the middle of the gap to the next.
      for (std::size_t l = 0; l < lanes.size(); ++l) {
        box& b = lanes[l];
        if (across) {
          const double start = l == 0 ? top : (lanes[l - 1].y + lanes[l - 1].height + b.y) / 2;
          const double end = l + 1 == lanes.size() ? bottom : (b.y + b.height + lanes[l + 1].y) / 2;
          b = {left, start, right - left, end - start};
        } else {
          const double start = l == 0 ? left : (lanes[l - 1].x + lanes[l - 1].width + b.x) / 2;
          const double end = l + 1 == lanes.size() ? right : (b.x + b.width + lanes[l + 1].x) / 2;
          b = {start, top, end - start, bottom - top};
        }
      }
      for (box& b : lanes) {
        if (across) {
          b.x = left;
          b.width = right - left;
        }
      }
      pool = across ? box{left - k_pool_band, top, right - left + k_pool_band, bottom - top}
                    : box{left, top - k_pool_band, right - left, bottom - top + k_pool_band};
    }
    out_ += fmt::format(
        "      <bpmndi:BPMNShape id=\"pool_di\" bpmnElement=\"pool\" isHorizontal=\"{}\">{}</bpmndi:BPMNShape>\n",
        lanes.empty() ? "true" : horizontal, bounds(pool));
    for (std::size_t l = 0; l < lanes.size(); ++l) {
      out_ += fmt::format(
          "      <bpmndi:BPMNShape id=\"lane_{}_di\" bpmnElement=\"lane_{}\" "
          "isHorizontal=\"{}\">{}</bpmndi:BPMNShape>\n",
          l, l, horizontal, bounds(lanes[l]));
    }
    for (std::size_t i = 0; i < d_.nodes.size(); ++i) {
      if (drawn(i)) write_shape(i);
    }
    for (std::size_t e = 0; e < d_.edges.size(); ++e) {
      if (drawn_edge(d_.edges[e])) write_edge(e);
    }
    out_ += "    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n";
  }

  void write_shape(std::size_t i) {
    const diagram_node& n = d_.nodes[i];
    const box& b = shapes_[i];
    std::string label;
    if (is_event(n.kind) || n.kind == diagram_node_kind::decision) {
      // Modelers write an event's or a gateway's name outside it, where its label's bounds say:
      // beside an event's circle, within passation's box (under it, left to right); inside a
      // gateway's diamond, as passation does (without the X marker, which would cross the
      // question out).
      const extent s = m_.node_size[i];
      // Left to right, the flows leave an event by its sides: its name goes under it.
      const double wide = std::max(s.width, 90.0);
      const box text = n.kind == diagram_node_kind::decision
                           ? box{b.x + s.width / 4, b.y + s.height / 4, s.width / 2, s.height / 2}
                       : d_.direction == diagram_direction::left_to_right
                           ? box{b.x + b.width / 2 - wide / 2, b.y + b.height + 4, wide, 28}
                           : box{b.x + b.width + 4, b.y, std::max(s.width / 2 - k_event / 2 - 4, 90.0), b.height};
      label = "<bpmndi:BPMNLabel>" + bounds(text) + "</bpmndi:BPMNLabel>";
    }
    out_ += fmt::format("      <bpmndi:BPMNShape id=\"{}_di\" bpmnElement=\"{}\"{}>{}{}</bpmndi:BPMNShape>\n", ids_[i],
                        ids_[i], n.kind == diagram_node_kind::decision ? " isMarkerVisible=\"false\"" : "", bounds(b),
                        label);
  }

  void write_edge(std::size_t e) {
    const diagram_edge& edge = d_.edges[e];
    std::vector<point> corners = route_corners(routes_[e]);
    for (point& c : corners) c = to_bpmn_(c);
    if (corners.size() < 2) {  // no route (a budgeted layout's fallback): from centre to centre
      corners = {shapes_[edge.from].centre(), shapes_[edge.to].centre()};
    }
    if (is_event(d_.nodes[edge.from].kind)) onto_circle(corners.front(), corners[1], shapes_[edge.from].centre());
    if (is_event(d_.nodes[edge.to].kind))
      onto_circle(corners.back(), corners[corners.size() - 2], shapes_[edge.to].centre());
    out_ += fmt::format("      <bpmndi:BPMNEdge id=\"flow_{}_di\" bpmnElement=\"flow_{}\">\n", e, e);
    for (const point& c : corners)
      out_ += fmt::format("        <di:waypoint x=\"{}\" y=\"{}\" />\n", num(c.x), num(c.y));
    if (!edge.label.empty() && !routes_[e].lp.empty() && e < m_.label_size.size()) {
      const std::size_t comma = routes_[e].lp.find(',');
      if (comma != std::string::npos) {
        const point at =
            to_bpmn_({std::stod(routes_[e].lp.substr(0, comma)), std::stod(routes_[e].lp.substr(comma + 1))});
        // Modelers write labels a little larger than passation measured them: room for it.
        const extent s{m_.label_size[e].width + 12, m_.label_size[e].height + 4};
        out_ += "        <bpmndi:BPMNLabel>" + bounds({at.x - s.width / 2, at.y - s.height / 2, s.width, s.height}) +
                "</bpmndi:BPMNLabel>\n";
      }
    }
    out_ += "      </bpmndi:BPMNEdge>\n";
  }

  const diagram& d_;
  const measures& m_;
  const placement& p_;
  const std::vector<edge_route>& routes_;
  std::vector<std::string> ids_;
  frame to_bpmn_;
  std::vector<box> shapes_;
  std::string out_;
};

}  // namespace

std::string write_bpmn(const export_input& in) {
  if (!in.measured || !in.placed || !in.routes) throw render_error("a BPMN export needs the diagram's layout");
  return bpmn_writer(in).write();
}

}  // namespace passation::detail
