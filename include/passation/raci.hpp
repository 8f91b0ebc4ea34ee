#pragma once
/// \file
/// Who holds what, during the handover and after it: for each component and for emergencies, who
/// is Responsible (does the work), Accountable (answers for it: exactly one), Consulted and
/// Informed. Derived from the scenario's process (docs/case-file.md, "Who answers for what"):
///
/// - a component handed over: during the handover, Responsible is the actor of the step that hands
///   it over, Accountable its holder, Consulted its receiver; after it, its receiver is Responsible
///   and Accountable, and the former holder is Consulted;
/// - a component kept: its holder is Responsible and Accountable, during and after; the teams that
///   take something over in the scenario are Consulted;
/// - emergencies, piece by piece: during the handover, whoever holds them when it starts; after
///   it, whoever holds them when it ends; the other one is Consulted (the teams that take
///   something over, when both are the same). Pieces whose emergencies go the same way share a
///   row; one row when they all do;
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

/// One row: a component, or the emergencies of some components.
struct raci_row {
  /// A component id; "emergencies" when one row holds every piece's emergencies; else
  /// "emergencies:" and the ids of its pieces joined by '+' ("emergencies:hosting+data").
  std::string item;
  text label;  ///< the component's name; empty for emergencies
  /// For emergencies: the ids of the components whose emergencies the row is about.
  std::vector<std::string> pieces;
  std::vector<raci_cell> during;  ///< one cell per actor of the case, in its order
  std::vector<raci_cell> after;   ///< one cell per actor of the case, in its order
};

/// Who is Responsible, Accountable, Consulted and Informed, during the handover and after it.
struct raci_matrix {
  std::vector<raci_row> rows;  ///< the components in the case's order, then emergencies (one row or more)
};

/// Who holds what in the process `p` (a scenario's).
[[nodiscard]] raci_matrix make_raci(const process_graph& p);

/// Checks that every row has exactly one Accountable, during and after: a piece nobody answers for
/// (no holder, no receiver) or that two answer for.
[[nodiscard]] std::vector<diagnostic> check_raci(const handover_case& c, const raci_matrix& m);

}  // namespace passation
