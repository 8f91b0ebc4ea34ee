#pragma once
// How a diagram looks: colours, sizes and fonts, in one place.

#include <array>
#include <cstddef>
#include <limits>

#include "passation/diagram.hpp"

namespace passation::detail::style {

/// Node colours for a tone: the fill, the band at the bottom (the emergencies line) and the border.
struct tone_colours {
  const char* fill;
  const char* band;
  const char* border;
};

// Soft fills, borders dark enough to read on a projector; tones 0 and 1 (the current and the next
// team, in a handover) are orange and green.
inline constexpr std::array<tone_colours, 6> tones{{
    {"#FDEBD3", "#F6C58F", "#C46A12"},
    {"#DFF1DD", "#A8D8A2", "#2E7D32"},
    {"#E1ECF8", "#A9C8EC", "#2759A5"},
    {"#EFE3F3", "#D2B4DE", "#7B3F93"},
    {"#FBE1E1", "#F0A9A9", "#B3261E"},
    {"#E0F2F1", "#9FD6D0", "#00796B"},
}};

inline constexpr tone_colours neutral{"#F4F6F8", "#DDE3E9", "#78909C"};

inline const tone_colours& tone(std::size_t index) {
  return index == std::numeric_limits<std::size_t>::max() ? neutral : tones[index % tones.size()];
}

inline constexpr const char* ink = "#263238";        // text
inline constexpr const char* muted_ink = "#546E7A";  // secondary text
inline constexpr const char* edge_colour = "#455A64";
inline constexpr const char* terminal_fill = "#37474F";  // start and end
inline constexpr const char* decision_fill = "#FFF4CC";
inline constexpr const char* decision_border = "#B08D12";
inline constexpr std::array<const char*, 2> lane_fills{"#F6F8FA", "#EDF1F5"};
inline constexpr const char* lane_border = "#B0BEC5";
inline constexpr const char* lane_head_fill = "#DDE3E9";

/// How a marked node or edge stands out (diagram_mark): its colour, its border and whether dashed.
struct mark_look {
  const char* colour;
  int border;
  bool dashed;
};
inline constexpr mark_look only_some_look{"#AD1457", 2, true};
inline constexpr mark_look added_look{"#1B5E20", 3, false};
inline constexpr mark_look dropped_look{"#B3261E", 2, true};
inline constexpr mark_look changed_look{"#E65100", 3, false};
inline constexpr mark_look alert_look{"#B3261E", 2, false};
inline constexpr mark_look met_look{"#2E7D32", 2, false};
inline constexpr const char* dropped_fill = "#FFFFFF";  // what a scenario drops is drawn faded
inline constexpr const char* grid_colour = "#E3E8EE";   // a rule without a mark (a week on a time axis)

inline const mark_look* look_of(diagram_mark m) {
  switch (m) {
    case diagram_mark::none: return nullptr;
    case diagram_mark::only_some: return &only_some_look;
    case diagram_mark::added: return &added_look;
    case diagram_mark::dropped: return &dropped_look;
    case diagram_mark::changed: return &changed_look;
    case diagram_mark::alert: return &alert_look;
    case diagram_mark::met: return &met_look;
  }
  return nullptr;
}

/// The sizes of a diagram's texts, in points.
struct type_sizes {
  double title;
  double subtitle;
  double text;   ///< a step's label
  double small;  ///< badges, details, edge labels, lane subtitles
  double lane_title;
  std::size_t step_wrap;      ///< characters per line in a step or a start
  std::size_t decision_wrap;  ///< characters per line in a decision
  int step_width;             ///< a step's minimum width, in points
};
/// On a page (or a screen), where a reader can come closer.
inline constexpr type_sizes page_type{16, 11, 11, 9, 12, 30, 18, 160};
/// On a slide, where nothing may be under 12 pt at the size the diagram is drawn
/// (diagram::large_type): narrower lines, so that a few steps fit across.
inline constexpr type_sizes slide_type{18, 13, 13, 12, 14, 18, 16, 110};
inline const type_sizes& type_of(const diagram& d) { return d.large_type ? slide_type : page_type; }
/// The legend's samples: the same texts, boxes only as wide as their texts and narrower lines, so
/// that a legend of seven samples stays one row under a four-lane flowchart (a second row cost up
/// to 70 pt of height, a tenth of a small flowchart).
constexpr type_sizes legend_type(type_sizes t) {
  t.step_wrap = t.step_wrap < 18 ? t.step_wrap : 18;
  t.step_width = t.step_width < 80 ? t.step_width : 80;
  return t;
}

inline constexpr double title_size = page_type.title;
inline constexpr double text_size = page_type.text;
inline constexpr double small_size = page_type.small;

/// Characters per line in a summary.
inline constexpr std::size_t summary_wrap = 44;
/// Lines of one text in a drawing; a longer text ends with "…" (the tables keep it whole).
inline constexpr std::size_t label_lines = 6;
/// Characters of a one-line text in a drawing (a row of a timeline, a lane in a legend).
inline constexpr std::size_t line_characters = 60;
/// Characters of a text node's label (diagram_node_kind::text), always one line: a sentence under a chart.
inline constexpr std::size_t text_characters = 3 * line_characters;

}  // namespace passation::detail::style
