#pragma once
/// \file
/// A neutral picture: nodes in lanes, labelled edges and a legend, with every text already
/// written for one audience. Flowcharts, overviews and Gantt charts are built as a diagram; one
/// renderer (passation/render.hpp) draws any diagram. A flowchart is laid out by the renderer; a
/// chart on a time axis pins each of its nodes where its dates put it (diagram::pinned).

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

namespace passation {

/// What a node is, which decides its shape.
enum class diagram_node_kind {
  start,      ///< rounded, dark
  end,        ///< rounded, dark
  step,       ///< rounded box
  decision,   ///< diamond
  milestone,  ///< box with cut corners
  summary,    ///< a box of several lines (the overview's scenarios)
  text,       ///< words without a box: the label, then the details smaller (a chart's captions)
  bar,        ///< a filled box of its pin's size, without words (a task on a time axis)
  marker,     ///< a small diamond of its pin's size (a milestone on a time axis)
  rule,       ///< a thin filled box of its pin's size (a date line on a time axis)
};

/// How a node or an edge stands out from the others, when several processes are compared.
enum class diagram_mark {
  none,       ///< drawn as usual
  only_some,  ///< a step that only some of the compared scenarios have: an accent border and its tag
  added,      ///< in a difference, what the second scenario adds: green, bold
  dropped,    ///< in a difference, what the second scenario drops: red, dashed, faded
  changed,    ///< in a difference, a step both have, written differently (who holds emergencies, say): amber
  alert,      ///< red, bold: on the critical path, a deadline missed, a warning
  met,        ///< green, bold: a deadline that the plan meets
};

/// Which point of a pinned node is at its pin: a text right-aligned before an axis is pinned by
/// its right end, whatever its width turns out to be in the drawing's font.
enum class diagram_anchor {
  center,  ///< the middle of the node
  left,    ///< the middle of its left side
  right,   ///< the middle of its right side
};

/// Where a node of a pinned diagram is drawn, in points, y going up (Graphviz's frame). The
/// renderer moves the whole drawing so that it starts at (0, 0).
struct diagram_pin {
  double x = 0;                                    ///< across
  double y = 0;                                    ///< up
  double width = 0;                                ///< a bar's, a marker's or a rule's size; a text takes its own
  double height = 0;                               ///< see width
  diagram_anchor anchor = diagram_anchor::center;  ///< which point of the node is at (x, y)
  /// Two pins at the same place, of the same size, by the same anchor.
  bool operator==(const diagram_pin&) const = default;
};

/// The lane of a node drawn outside every lane (the decision tree has no lanes).
inline constexpr std::size_t no_lane = std::numeric_limits<std::size_t>::max();
/// The tone of a node drawn in neutral colours.
inline constexpr std::size_t no_tone = std::numeric_limits<std::size_t>::max();

/// A box of the diagram.
struct diagram_node {
  std::string key;  ///< stable and unique within the diagram, for programs; never drawn
  diagram_node_kind kind = diagram_node_kind::step;  ///< its shape
  std::string label;                                 ///< the text in the box
  std::vector<std::string> details;                  ///< further lines, drawn smaller
  std::string badge;                                 ///< a short line drawn in a band, e.g. "Urgences : le CREAI"
  std::size_t lane = no_lane;                        ///< index in diagram::lanes
  std::size_t tone = 0;                    ///< colour of the node, an index in the renderer's palette, or no_tone
  diagram_mark mark = diagram_mark::none;  ///< how it stands out, when processes are compared
  std::string tag;  ///< a short line above the label in the mark's colour ("Seulement B1"), or empty
  /// Laid out but not drawn: a step of another scenario, which keeps its place so that the steps
  /// the scenarios share are drawn at the same place in each. Several nodes may share a key: the
  /// first is where edges attach; the others are the same step as other scenarios write it, and
  /// only reserve room for it.
  bool ghost = false;
  /// In a set of aligned diagrams (make_aligned_flowcharts()), the diagrams of the set that draw
  /// this step, by index; empty: all of them. Two steps that no diagram draws together may share
  /// a place.
  std::vector<std::size_t> drawn_in;
  /// Where it is drawn, in a pinned diagram (diagram::pinned); not read otherwise.
  diagram_pin pin;
};

/// An arrow of the diagram.
struct diagram_edge {
  std::size_t from = 0;                    ///< index in diagram::nodes
  std::size_t to = 0;                      ///< index in diagram::nodes
  std::string label;                       ///< drawn on the arrow (a decision's answer), or empty
  bool closes_loop = false;                ///< goes back up: drawn without pushing the layout around
  diagram_mark mark = diagram_mark::none;  ///< added or dropped, in a difference
  bool ghost = false;  ///< laid out but not drawn (an edge of another scenario), as diagram_node::ghost
};

/// Which way the process flows.
enum class diagram_direction {
  top_down,       ///< lanes are columns, the flow goes down (a page)
  left_to_right,  ///< lanes are horizontal bands, the flow goes right, as BPMN pools (a slide)
};

/// A swimlane: a column headed by its actor.
struct diagram_lane {
  std::string title;     ///< the actor's name
  std::string subtitle;  ///< its role, drawn smaller, or empty
};

/// One sample of the legend: a node drawn as in the diagram, with a label that says what it means.
struct legend_entry {
  diagram_node_kind kind = diagram_node_kind::step;  ///< the shape of the sample
  std::size_t tone = 0;                              ///< its colour, as diagram_node::tone
  std::string label;                                 ///< what it means
  std::string badge;                                 ///< a band, as diagram_node::badge, or empty
  diagram_mark mark = diagram_mark::none;            ///< as diagram_node::mark
  std::string tag;                                   ///< as diagram_node::tag
};

/// What is drawn, independent of any format: make_flowchart() and its kin build it, render()
/// draws it.
struct diagram {
  std::string title;                 ///< drawn on top, e.g. the case's title
  std::string subtitle;              ///< drawn under the title, e.g. the scenario and the audience
  std::vector<diagram_lane> lanes;   ///< left to right; none for a diagram without lanes
  std::vector<diagram_node> nodes;   ///< the boxes
  std::vector<diagram_edge> edges;   ///< the arrows
  std::string legend_title;          ///< e.g. "Légende"
  std::vector<legend_entry> legend;  ///< drawn under the diagram; empty: no legend
  diagram_direction direction = diagram_direction::top_down;  ///< which way the process flows
  /// Every text drawn at 12 pt or more at the diagram's own size: for a slide, where the diagram is
  /// shown at that size or larger (make_flowchart_parts()).
  bool large_type = false;
  /// Every node drawn at its pin instead of being laid out (a Gantt chart); lanes and ghosts are
  /// not drawn, the legend goes under the nodes. Only the formats whose format_info::pinned says
  /// so draw it: the exports of a process (Mermaid, PlantUML, BPMN) need a flow.
  bool pinned = false;
};

}  // namespace passation
