#pragma once
// The checks of a case that need no process graph: ids, references, required parts, couplings.

#include <vector>

#include "passation/case.hpp"
#include "passation/diagnostic.hpp"

namespace passation::detail {

enum class check_scope {
  /// Everything: what the loader already reported about shape is checked again, for cases built
  /// in C++.
  full,
  /// Only what the loader cannot see (references, couplings): used after the loader found errors
  /// of shape, so that a part it could not read is not reported a second time as missing.
  references_only,
};

void check_model(const handover_case& c, check_scope scope, std::vector<diagnostic>& out);
/// Warns about a technical word (DNS, PHP… and the case's `jargon`) in a text the funder reads.
void check_plain_words(const handover_case& c, std::vector<diagnostic>& out);

}  // namespace passation::detail
