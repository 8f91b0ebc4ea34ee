#pragma once
// Diagrams of one case laid on one grid: every step any of them has gets a place in all of them.

#include <vector>

#include "passation/diagram.hpp"

namespace passation::detail {

/// `ds` rewritten so that each holds the same places, in the same order: first one node per step
/// of any of them (a step is a key in a lane), the diagram's own version drawn and the others'
/// as a ghost; then, as ghosts, the other versions of every step whose text differs between them
/// (so that its place is as large as its largest version); the lanes of all of them, in order;
/// every edge of any of them, a ghost where the diagram lacks it. Node i < places() and edge i
/// are the same step and arrow in every diagram, and `ghost` says whether the diagram has it.
struct aligned_diagrams {
  std::vector<diagram> diagrams;
  std::size_t places = 0;  ///< the nodes that are steps (the rest are versions)
};
aligned_diagrams align(const std::vector<diagram>& ds);

}  // namespace passation::detail
