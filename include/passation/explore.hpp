#pragma once
/// \file
/// Every way of splitting the components that respects the couplings, assessed and ranked:
/// the least demanding profile first, then the least left depending on the current team.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "passation/analysis.hpp"
#include "passation/case.hpp"

namespace passation {

/// One split among those explored.
struct explored_split {
  split parts;                          ///< what it transfers
  std::optional<std::size_t> profile;   ///< minimum profile (index), or nothing when none covers it
  std::size_t dependence = 0;           ///< kept components the current team holds
  std::optional<std::size_t> scenario;  ///< the named scenario this split is, if any
  std::uint64_t rank = 0;               ///< 1 for the best split
};

/// What explore() keeps, and how many threads it uses.
struct explore_options {
  /// How many of the best splits to list (0: all of them). Counts always cover every split.
  std::size_t limit = 0;
  /// Threads to use (0: one per core).
  unsigned threads = 0;
  /// Told in the calling thread, about ten times a second, how many splits are checked of how
  /// many (a command shows it on a terminal); it must not throw.
  std::function<void(std::uint64_t done, std::uint64_t count)> progress;
};

/// What explore() found.
struct exploration {
  std::uint64_t splits = 0;  ///< splits that respect the couplings (handing over at least one component)
  /// How many splits have each profile as their minimum (one entry per profile), and how many
  /// no profile covers (last entry).
  std::vector<std::uint64_t> by_profile;
  std::vector<explored_split> ranked;  ///< the best `limit` splits, best first
  /// Every named scenario, with its rank among all splits (0 when it breaks a coupling).
  std::vector<explored_split> scenarios;
  /// The Pareto front on (profile, dependence), over every split whatever `limit`: the pairs
  /// (profile, dependence) of splits that no other split dominates, i.e. no split has a profile
  /// at most as demanding and a dependence at most as large, one of the two strictly smaller.
  /// A split no profile covers counts as worse than every profile, as in the ranking: it is on
  /// the front only when it leaves less with the current team than every split a profile covers.
  /// One entry per such pair: the best-ranked split with that pair (the fewest components kept,
  /// then the ranking's last tie-break), with its rank among all splits. So at most one entry per
  /// profile, in the order of profiles (least demanding first) and of strictly decreasing
  /// dependence; the first entry is the best-ranked split of all.
  std::vector<explored_split> pareto;
};

/// The most components exploration handles (splits are bit masks) and the most independent groups
/// of components (2^groups splits are examined).
inline constexpr std::size_t max_explored_components = 64;
inline constexpr std::size_t max_explored_groups = 30;  ///< see max_explored_components

/// Explores every split of `c`. Throws error when the case has more than
/// max_explored_components components or max_explored_groups groups that can move on their own.
[[nodiscard]] exploration explore(const handover_case& c, const explore_options& options = {});

/// A variant by scope of a split: the same split with one more group of components transferred, or
/// one group fewer, still respecting the couplings.
struct scope_variant {
  std::vector<std::size_t> added;    ///< components now transferred
  std::vector<std::size_t> removed;  ///< components now kept
  assessment result;                 ///< the variant, assessed
};

/// The variants by scope of `parts`, in the case's order of components.
[[nodiscard]] std::vector<scope_variant> scope_variants(const handover_case& c, const split& parts);

}  // namespace passation
