#pragma once
/// \file
/// A Gantt chart of a scheduled process: one row per step, bars on a time axis in working days,
/// the critical path marked, the deadlines drawn. It is a diagram whose every node is pinned
/// (diagram::pinned), drawn by render() in passation/render.hpp like any other.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "passation/diagram.hpp"
#include "passation/flowchart.hpp"
#include "passation/timeline.hpp"

namespace passation {

/// The Gantt chart of `s`, the schedule of process `p`, in the words of `options`: for each step of
/// the plan, its name and actor (a text right-aligned before the axis) and its bar (a marker for a
/// milestone, in the actor's side's tone, marked alert on the critical path); a rule for each date
/// and each deadline (marked met or alert), the dates above the axis, describe_schedule() under it.
[[nodiscard]] diagram make_gantt(const process_graph& p, const schedule& s, const flowchart_options& options = {});

/// Sentences about a schedule: when it starts and ends (an estimate when its durations are), against
/// each deadline (with a warning when it slips), and what one more round of each loop adds.
[[nodiscard]] std::vector<std::string> describe_schedule(const process_graph& p, const schedule& s,
                                                         const flowchart_options& options = {});

}  // namespace passation
