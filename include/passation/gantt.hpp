#pragma once
/// \file
/// A Gantt chart of a scheduled process: one row per step, bars on a time axis in working days,
/// the critical path marked, the deadlines drawn. Rendered by render() in passation/render.hpp.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "passation/flowchart.hpp"
#include "passation/timeline.hpp"

namespace passation {

/// One bar of the chart: a step (or a milestone) of the schedule.
struct gantt_row {
  std::string label;       ///< the step's label
  std::string who;         ///< the actor, drawn under the label
  double start = 0;        ///< working days from the start
  double finish = 0;       ///< working days from the start
  bool milestone = false;  ///< drawn as a diamond at `start`
  bool critical = false;   ///< on the critical path: drawn with a red outline
  std::size_t tone = 0;    ///< colour by the actor's side, as in the flowcharts, or no_tone
};

/// A date on the time axis.
struct gantt_mark {
  double at = 0;      ///< working days from the start
  std::string label;  ///< e.g. "02/02" or "Échéance 30/06/2026"
};

/// A deadline on the time axis.
struct gantt_deadline {
  double at = 0;        ///< working days from the start
  std::string label;    ///< e.g. "T1 2026 — 31/03/2026"
  bool missed = false;  ///< the plan ends after it: drawn red
};

/// A Gantt chart, independent of any format: make_gantt() builds it, render() draws it.
struct gantt_chart {
  std::string title;                      ///< the case's title
  std::string subtitle;                   ///< the scenario
  std::vector<gantt_row> rows;            ///< top to bottom, in the schedule's order
  std::vector<gantt_mark> ticks;          ///< dates along the axis
  std::vector<gantt_deadline> deadlines;  ///< drawn as vertical lines, earliest first
  std::vector<std::string> notes;  ///< lines under the chart (end date, deadlines, loops); "⚠" starts a warning
  bool deadline_missed = false;    ///< the end comes after the last deadline
  std::string critical_label;      ///< legend: "Chemin critique"
  std::string deadline_label;      ///< legend: "Échéance"
  std::string step_label;          ///< legend: "Étape"
  std::string milestone_label;     ///< legend: "Jalon"
};

/// The Gantt chart of `s`, the schedule of process `p`, in the words of `options`.
[[nodiscard]] gantt_chart make_gantt(const process_graph& p, const schedule& s, const flowchart_options& options = {});

/// Sentences about a schedule: when it starts and ends (an estimate when its durations are), against
/// each deadline (with a warning when it slips), and what one more round of each loop adds.
[[nodiscard]] std::vector<std::string> describe_schedule(const process_graph& p, const schedule& s,
                                                         const flowchart_options& options = {});

}  // namespace passation
