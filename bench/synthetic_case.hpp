#pragma once
// Synthetic handover cases for benchmarks: N components, a few skills and profiles, rules and
// couplings drawn from a seed number, so that the same seed always gives the same case.

#include <cstdint>
#include <string>

#include "passation/case.hpp"

namespace passation::bench {

/// A case with `components` components, built from `seed`: one rule per component, a rule for
/// every third pair (one transferred, one kept), one `together` coupling per 12 components and one
/// `needs` per 8, six skills of four levels, four profiles from the least to the most demanding.
handover_case synthetic_case(std::size_t components, std::uint64_t seed = 1);

}  // namespace passation::bench
