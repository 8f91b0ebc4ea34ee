#pragma once
// A case reduced to bit masks, for exploring millions of splits: components are bits, groups of
// components that move together are blocks, rules are masks and small arrays.

#include <cstdint>
#include <vector>

#include "passation/case.hpp"

namespace passation::detail {

using mask = std::uint64_t;

struct compiled_rule {
  mask transferred = 0;                                              ///< every one of these must be transferred
  mask kept = 0;                                                     ///< every one of these must be kept
  std::vector<std::pair<std::uint32_t, std::uint8_t>> requirements;  ///< (skill, level)
};

struct compiled_case {
  std::size_t components = 0;
  std::size_t skills = 0;
  std::size_t profiles = 0;
  /// The blocks: components that must move together (`together` couplings, merged), each a mask.
  std::vector<mask> blocks;
  /// `needs` couplings between blocks: when `subject` blocks are in, all of `needed` must be.
  struct need {
    std::uint64_t subject = 0;  ///< block mask (one block)
    std::uint64_t needed = 0;   ///< block mask
  };
  std::vector<need> needs;
  std::vector<compiled_rule> rules;
  /// For skill s and level l: the set of profiles (bit p) that bring at least l.
  std::vector<std::vector<std::uint64_t>> covering;
  /// Components held by the current team.
  mask current_team = 0;

  /// The component mask of a block mask.
  [[nodiscard]] mask components_of(std::uint64_t blocks_in) const;
  /// True when a block mask satisfies every `needs`.
  [[nodiscard]] bool closed(std::uint64_t blocks_in) const;
};

/// Throws error when the case is too large to be reduced to masks.
compiled_case compile(const handover_case& c);

mask mask_of(const split& parts);
split split_of_mask(const compiled_case& cc, mask m);

}  // namespace passation::detail
