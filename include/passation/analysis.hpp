#pragma once
/// \file
/// What a split of the components asks of the next team, derived from the case's rules: the
/// prerequisites and why, the least demanding profile that covers them, the risks and advantages,
/// and what stays with the current team.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "passation/case.hpp"

namespace passation {

/// A skill a split requires, at the highest level any rule asks for.
struct prerequisite {
  std::size_t skill = 0;  ///< index in handover_case::skills
  std::size_t level = 0;  ///< index in that skill's levels
  /// Why: every rule that asks for this skill, with the level it asks for (indices in
  /// handover_case::rules and in the skill's levels), in the case's order.
  struct reason {
    std::size_t rule = 0;   ///< index in handover_case::rules
    std::size_t level = 0;  ///< the level it asks for, an index in the skill's levels
  };
  std::vector<reason> asked_by;  ///< every rule that asks for the skill
};

/// A risk or an advantage, and the rule it comes from.
struct finding {
  text what;             ///< the risk or the advantage, as the rule says it
  std::size_t rule = 0;  ///< index in handover_case::rules
};

/// Everything derived for one split.
struct assessment {
  split parts;                              ///< the split assessed
  std::vector<prerequisite> prerequisites;  ///< in the case's order of skills
  /// The least demanding profile (index in handover_case::profiles) that brings every
  /// prerequisite at its level; nothing when no profile does.
  std::optional<std::size_t> profile;
  /// Skills that no profile brings at the required level (indices in handover_case::skills).
  std::vector<std::size_t> uncovered;
  /// When no profile covers everything: the profile that misses the fewest skills, and those skills.
  std::optional<std::size_t> closest;
  std::vector<std::size_t> closest_misses;  ///< the skills `closest` lacks (indices in handover_case::skills)
  std::vector<finding> risks;               ///< of every rule that applies, in the case's order
  std::vector<finding> advantages;          ///< of every rule that applies, in the case's order
  std::vector<std::size_t> transferred;     ///< component indices, in the case's order
  std::vector<std::size_t> kept;            ///< component indices, in the case's order
  /// Kept components that the current team holds: what still depends on it.
  std::vector<std::size_t> dependence;
};

/// Derives everything for `parts`.
[[nodiscard]] assessment assess(const handover_case& c, const split& parts);

/// The skills (indices) that profile `p` lacks for assessment `a`: empty when it covers everything.
[[nodiscard]] std::vector<std::size_t> missing_skills(const handover_case& c, const assessment& a, std::size_t p);

/// The couplings `parts` breaks (indices in handover_case::couplings).
[[nodiscard]] std::vector<std::size_t> broken_couplings(const handover_case& c, const split& parts);

}  // namespace passation
