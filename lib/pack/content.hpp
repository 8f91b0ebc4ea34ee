#pragma once
// What the pack is made of, built once and used by the page, the slides and the manifest.

#include <string>
#include <vector>

#include "passation/analysis.hpp"
#include "passation/pack.hpp"
#include "passation/report.hpp"
#include "passation/timeline.hpp"
#include "words/words.hpp"

namespace passation::detail {

/// A diagram, drawn in every format, and where its files go.
struct drawn {
  std::string name;   ///< the file name without extension: "scenario-A-plain"
  std::string title;  ///< what it shows
  std::string svg;
  std::string png;    ///< at the screen resolution
  double width = 0;   ///< points, from the SVG
  double height = 0;
};

struct scenario_part {
  const scenario* s = nullptr;
  drawn plain, technical, gantt;
  assessment assessed;
  schedule plan;
  std::vector<std::string> plan_plain;      ///< the end date and the deadline, in plain words
  std::vector<std::string> plan_technical;
  report prerequisites, raci, timeline;
};

struct pack_content {
  const handover_case& c;
  language lang;
  const words& w;
  drawn tree, overview_plain, overview_technical;
  report glossary, funder, technical, matrix, explored;
  std::vector<scenario_part> scenarios;
};

/// index.html: one page, every picture inline.
std::string pack_page(const pack_content& content);
/// The deck as Marp Markdown; pictures are referenced in ../diagrams/.
std::string marp_deck(const pack_content& content);
/// The deck as a PowerPoint file (.pptx).
std::string pptx_deck(const pack_content& content);

/// The size in points that an SVG written by Graphviz declares.
void read_svg_size(const std::string& svg, double& width, double& height);

}  // namespace passation::detail
