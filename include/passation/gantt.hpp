#pragma once
/// \file
/// A Gantt chart of a scheduled process: one row per step, bars on a time axis in working days,
/// the critical path marked, the deadline drawn. Rendered by render() in passation/render.hpp.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "passation/flowchart.hpp"
#include "passation/timeline.hpp"

namespace passation {

struct gantt_row {
  std::string label;
  std::string who;  ///< the actor, drawn under the label
  double start = 0;  ///< working days from the start
  double finish = 0;
  bool milestone = false;  ///< drawn as a diamond at `start`
  bool critical = false;
  std::size_t tone = 0;
};

struct gantt_mark {
  double at = 0;  ///< working days from the start
  std::string label;
};

struct gantt_chart {
  std::string title;
  std::string subtitle;
  std::vector<gantt_row> rows;
  std::vector<gantt_mark> ticks;         ///< dates along the axis
  std::optional<gantt_mark> deadline;    ///< drawn as a red line
  std::vector<std::string> notes;        ///< lines under the chart (end date, deadline, loops)
  bool deadline_missed = false;
  std::string critical_label;            ///< legend: "Chemin critique"
  std::string step_label;                ///< legend: "Étape"
  std::string milestone_label;           ///< legend: "Jalon"
};

/// The Gantt chart of `s`, the schedule of process `p`, in the words of `options`.
[[nodiscard]] gantt_chart make_gantt(const process_graph& p, const schedule& s, const flowchart_options& options = {});

/// Sentences about a schedule: when it starts and ends, against the deadline (with a warning when
/// it slips), and what one more round of each loop adds.
[[nodiscard]] std::vector<std::string> describe_schedule(const process_graph& p, const schedule& s,
                                                         const flowchart_options& options = {});

}  // namespace passation
