#pragma once
/// \file
/// Who holds what, during the handover and after it: for each component and for emergencies, who
/// is Responsible (does the work), Accountable (answers for it: exactly one), Consulted and
/// Informed. Derived from the case:
///
/// - a component handed over: during the handover, Responsible is the actor of the step that hands
///   it over, Accountable its holder, Consulted the next team; after it, the next team is
///   Responsible and Accountable, and the former holder is Consulted;
/// - a component kept: its holder is Responsible and Accountable, during and after; the next team is
///   Consulted;
/// - emergencies: their first holder during the handover, the holder at the end after it; the other
///   one is Consulted;
/// - everyone else (the funder, other actors) is Informed.

#include <cstddef>
#include <string>
#include <vector>

#include "passation/case.hpp"
#include "passation/diagnostic.hpp"
#include "passation/process.hpp"

namespace passation {

/// The letters of one actor on one row: any of R, A, C, I.
struct raci_cell {
  bool responsible = false;  ///< R: does the work
  bool accountable = false;  ///< A: answers for it (exactly one per row)
  bool consulted = false;    ///< C: asked before
  bool informed = false;     ///< I: told after

  /// "R, A", "C", "" …
  [[nodiscard]] std::string letters() const;
};

/// One row: a component, or emergencies.
struct raci_row {
  std::string item;   ///< a component id, or "emergencies"
  text label;         ///< the component's name, or the word for emergencies
  std::vector<raci_cell> during;  ///< one cell per actor of the case, in its order
  std::vector<raci_cell> after;   ///< one cell per actor of the case, in its order
};

/// Who is Responsible, Accountable, Consulted and Informed, during the handover and after it.
struct raci_matrix {
  std::vector<raci_row> rows;  ///< the components in the case's order, then emergencies
};

/// Who holds what in the process `p` (a scenario's).
[[nodiscard]] raci_matrix make_raci(const process_graph& p);

/// Checks that every row has exactly one Accountable, during and after.
[[nodiscard]] std::vector<diagnostic> check_raci(const handover_case& c, const raci_matrix& m);

}  // namespace passation
