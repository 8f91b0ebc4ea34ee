#pragma once
/// \file
/// When the handover of a scenario would end: earliest start and finish of every step from their
/// durations, the critical path, and the end date against the case's deadline.
///
/// How the process is counted: durations are working days (Monday to Friday; public holidays are
/// not known); decisions, starts, ends and milestones take no time; after a decision, the longer
/// answer counts (the plan must hold whatever the answer); a loop is not taken (receipt is
/// confirmed the first time): the steps only a round of it goes through are not part of the plan,
/// however long they take, and each loop's cost is given apart: one more round of it. The planned
/// end is the end of the last step of the plan.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "passation/date.hpp"
#include "passation/process.hpp"

namespace passation {

/// One state of the process, scheduled.
struct scheduled_step {
  process_graph::vertex state = 0;  ///< the state in the process graph
  double start = 0;   ///< working days from the start of the handover
  double finish = 0;  ///< start + duration
  bool critical = false;  ///< on the critical path: a delay here delays the end
  /// Inside a loop (e.g. the documentation sent again when receipt is not confirmed): it only
  /// happens when the loop is taken, so it is not part of the plan; loop_cost says what it adds.
  bool in_loop = false;
  date first_day;     ///< the working day it starts
  date last_day;      ///< the working day it ends; for a step that takes no time, the day it is reached
};

/// One more round of a loop: what it would add.
struct loop_cost {
  process_graph::vertex from = 0;  ///< the state the loop goes back from
  process_graph::vertex to = 0;    ///< the state it goes back to
  double days = 0;                 ///< working days one more round adds
};

/// When each step of a process would take place, from make_schedule().
struct schedule {
  std::vector<scheduled_step> steps;  ///< in the process's reading order
  double total_days = 0;              ///< working days from the start to the end
  date start;                         ///< the first day of the handover
  date end;  ///< the last working day of the handover
  std::optional<date> deadline;       ///< the case's deadline, if it has one
  /// Working days between the end and the deadline: positive when it is met with room to spare,
  /// negative when it slips.
  std::optional<long> margin;
  std::vector<loop_cost> loops;  ///< what one more round of each loop adds

  /// True when there is no deadline, or the end is not after it.
  [[nodiscard]] bool meets_deadline() const { return !margin || *margin >= 0; }
};

/// Schedules the process from `start`. Throws error when the process (without its loops) is not
/// a DAG, which check_process reports anyway.
[[nodiscard]] schedule make_schedule(const process_graph& p, const date& start);

/// The start of a case's handover: its `start` date, else today.
[[nodiscard]] date start_of(const handover_case& c);

}  // namespace passation
