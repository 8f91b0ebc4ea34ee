#pragma once
/// \file
/// A neutral picture: nodes in lanes, labelled edges and a legend, with every text already
/// written for one audience. Flowcharts and overviews are built as a diagram; one renderer
/// (passation/render.hpp) draws any diagram.

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
};

inline constexpr std::size_t no_lane = std::numeric_limits<std::size_t>::max();
/// The tone of a node drawn in neutral colours.
inline constexpr std::size_t no_tone = std::numeric_limits<std::size_t>::max();

struct diagram_node {
  std::string key;  ///< stable and unique within the diagram, for programs; never drawn
  diagram_node_kind kind = diagram_node_kind::step;
  std::string label;
  std::vector<std::string> details;  ///< further lines, drawn smaller
  std::string badge;                 ///< a short line drawn in a band, e.g. "Urgences : le CREAI"
  std::size_t lane = no_lane;        ///< index in diagram::lanes
  std::size_t tone = 0;              ///< colour of the node, an index in the renderer's palette, or no_tone
};

struct diagram_edge {
  std::size_t from = 0;  ///< index in diagram::nodes
  std::size_t to = 0;
  std::string label;
  bool closes_loop = false;  ///< goes back up: drawn without pushing the layout around
};

/// A swimlane: a column headed by its actor.
struct diagram_lane {
  std::string title;
  std::string subtitle;
};

/// One sample of the legend: a node drawn as in the diagram, with a label that says what it means.
struct legend_entry {
  diagram_node_kind kind = diagram_node_kind::step;
  std::size_t tone = 0;
  std::string label;
  std::string badge;
};

struct diagram {
  std::string title;
  std::string subtitle;
  std::vector<diagram_lane> lanes;
  std::vector<diagram_node> nodes;
  std::vector<diagram_edge> edges;
  std::string legend_title;
  std::vector<legend_entry> legend;
};

}  // namespace passation
