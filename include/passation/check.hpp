#pragma once
/// \file
/// Checking a whole case, however it was made (loaded from a file or built in C++).

#include <vector>

#include "passation/case.hpp"
#include "passation/diagnostic.hpp"

namespace passation {

/// Checks everything: ids defined twice; references to unknown actors, components, skills,
/// levels and nodes; required parts missing; scenarios that break a coupling; and the process of
/// every scenario (check_process in passation/process.hpp). Returns every problem found, sorted
/// by position. A case with no error in it is safe to draw.
[[nodiscard]] std::vector<diagnostic> check_case(const handover_case& c);

/// Throws case_error when check_case finds an error; returns the warnings otherwise.
std::vector<diagnostic> require_valid(const handover_case& c);

}  // namespace passation
