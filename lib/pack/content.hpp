#pragma once
// What the pack is made of, built once and used by the page, the slides and the manifest.

#include <string>
#include <vector>

#include <optional>

#include "passation/analysis.hpp"
#include "passation/brief.hpp"
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
  std::string png;   ///< at the screen resolution
  double width = 0;  ///< points, from the SVG
  double height = 0;
};

struct scenario_part {
  const scenario* s = nullptr;
  drawn plain, technical, gantt;
  std::vector<drawn> slides;  ///< the plain flowchart in parts, left to right, for the funder's slides
  assessment assessed;
  schedule plan;
  std::vector<std::string> plan_plain;  ///< the end date and the deadline, in plain words
  std::vector<std::string> plan_technical;
  report prerequisites, raci, timeline;
};

struct pack_content {
  const handover_case& c;
  language lang;
  const words& w;
  drawn tree, overview_plain, overview_technical;
  std::vector<report> tables;  ///< the comparison tables, one per table_kinds(), in its order
  report explored;
  std::vector<std::string> constraints;  ///< technical constraints of the case, for the contractor
  std::vector<scenario_part> scenarios;
};

/// The box a picture alone on a slide gets, in points, in the PowerPoint deck (the slide less its
/// margins and title) and in the Marp deck (1180 × 500 px): the smaller of the two.
inline constexpr double slide_picture_width = 885;
inline constexpr double slide_picture_height = 375;

/// One slide: a title, then a table, a picture, bullets, or a picture with bullets beside it.
struct slide_item {
  std::string title;
  std::optional<report_table> table;  ///< a table filling the slide
  const drawn* picture = nullptr;     ///< a picture (left of the bullets, if any)
  std::vector<std::string> bullets;   ///< bullets (right of the picture, if any)
};

/// A deck: its title slide, then its slides, written as PowerPoint and as Marp from the same list.
struct deck_plan {
  std::string title;
  std::string subtitle;
  std::vector<slide_item> slides;
};

/// The funder's slides: the decision, the scenarios side by side, the criteria, the risks, the
/// decision tree, each scenario's plain flowchart, the calendar. Plain words only.
deck_plan funder_slides(const pack_content& content, const brief& b);

/// Whom a document of the pack is for, on the landing page.
enum class pack_reader { funder, contractor, anyone };

/// A document the landing page links: for whom, where, and how its link reads ("PDF"). The pack
/// adds one as it adds the file, so the page links exactly the files the pack holds, in its order.
struct offered_file {
  pack_reader reader;
  std::string path;
  std::string label;
};

/// index.html: a short landing page that links each reader's documents (`offered`, in order) and
/// every file.
std::string landing_page(const pack_content& content, const brief& b, const std::vector<offered_file>& offered);
/// The contractor's dossier as one page, every picture inline (SVG).
std::string dossier_page(const pack_content& content);
/// The same dossier for printing: pictures as <img src="NAME.svg"> that print_to_pdf draws.
std::string dossier_print_page(const pack_content& content, double content_width, double content_height);
/// A deck as Marp Markdown; pictures are referenced in ../diagrams/.
std::string marp_deck(const deck_plan& plan);
/// A deck as a PowerPoint file (.pptx).
std::string pptx_deck(const deck_plan& plan, language lang);

/// The size in points that an SVG written by Graphviz declares.
void read_svg_size(const std::string& svg, double& width, double& height);

}  // namespace passation::detail
