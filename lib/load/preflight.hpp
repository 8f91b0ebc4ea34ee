#pragma once
// What is checked on the bytes of a case file before YAML sees them.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "passation/diagnostic.hpp"
#include "passation/limits.hpp"

namespace passation::detail {

/// Strips a UTF-8 byte order mark, and reports a file that is too large or not valid UTF-8
/// (with the line and column of the first bad byte). Returns the text to parse, with old Mac line
/// ends (a lone CR, which yaml-cpp does not read as one) made LF; empty and an error when it
/// cannot be parsed.
std::string preflight(std::string_view bytes, const std::string& file, std::vector<diagnostic>& out);

}  // namespace passation::detail
