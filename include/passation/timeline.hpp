#pragma once
/// \file
/// When the handover of a scenario would end: earliest start and finish of every step from their
/// durations, the critical path, and the end date against the case's deadline.
///
/// How the process is counted: durations are working days (Monday to Friday, less the public
/// holidays of the case's country and its closed days: see passation/calendar.hpp); decisions, starts, ends and milestones take no time; after a decision, the longer
/// answer counts (the plan must hold whatever the answer); a loop is not taken (receipt is
/// confirmed the first time): the steps only a round of it goes through are not part of the plan,
/// however long they take, and each loop's cost is given apart: one more round of it. The planned
/// end is the end of the last step of the plan.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "passation/calendar.hpp"
#include "passation/date.hpp"
#include "passation/process.hpp"

namespace passation {

/// One state of the process, scheduled.
struct scheduled_step {
  process_graph::vertex state = 0;  ///< the state in the process graph
  double start = 0;                 ///< working days from the start of the handover
  double finish = 0;                ///< start + duration
  bool critical = false;            ///< on the critical path: a delay here delays the end
  /// Inside a loop (e.g. the documentation sent again when receipt is not confirmed): it only
  /// happens when the loop is taken, so it is not part of the plan; loop_cost says what it adds.
  bool in_loop = false;
  date first_day;  ///< the working day it starts
  date last_day;   ///< the working day it ends; for a step that takes no time, the day it is reached
};

/// One more round of a loop: what it would add.
struct loop_cost {
  process_graph::vertex from = 0;  ///< the state the loop goes back from
  process_graph::vertex to = 0;    ///< the state it goes back to
  double days = 0;                 ///< working days one more round adds
};

/// One of the case's deadlines, against the planned end.
struct deadline_check {
  text label;  ///< e.g. "T1 2026"; empty for an unlabelled deadline
  date day;    ///< the deadline
  /// Working days between the end and the deadline: positive when it is met with room to spare,
  /// negative when it slips.
  long margin = 0;
  /// True when the end is not after the deadline.
  [[nodiscard]] bool met() const noexcept { return margin >= 0; }
};

/// When each step of a process would take place, from make_schedule().
struct schedule {
  std::vector<scheduled_step> steps;      ///< in the process's reading order
  double total_days = 0;                  ///< working days from the start to the end
  date start;                             ///< the first day of the handover
  date end;                               ///< the last working day of the handover
  std::vector<deadline_check> deadlines;  ///< the case's deadlines, earliest first
  std::optional<date> deadline;           ///< the case's last deadline, if it has one
  /// Working days between the end and the last deadline: positive when it is met with room to
  /// spare, negative when it slips.
  std::optional<long> margin;
  std::vector<loop_cost> loops;  ///< what one more round of each loop adds
  work_calendar calendar;        ///< the working days it counts in
  /// True when a step of the plan has a duration, or is a step, that the case marks as an estimate.
  bool estimated = false;

  /// True when there is no deadline, or the end is not after the last one.
  [[nodiscard]] bool meets_deadline() const { return !margin || *margin >= 0; }
};

/// Schedules the process from `start`, in the working days of the case's calendar. Throws error
/// when the process (without its loops) is not a DAG, which check_process reports anyway.
[[nodiscard]] schedule make_schedule(const process_graph& p, const date& start);

/// The working days of a case: its country's public holidays (the case's `country`, else France
/// for a French case) and its closed days are skipped.
[[nodiscard]] work_calendar calendar_of(const handover_case& c);

/// The start of a case's handover: its `start` date; else the first working day after the
/// decision meeting; else today.
[[nodiscard]] date start_of(const handover_case& c);

}  // namespace passation
