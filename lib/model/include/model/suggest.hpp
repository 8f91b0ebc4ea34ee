#pragma once
// "Did you mean …?": the closest known name to a misspelt one.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace passation::detail {

/// The candidate closest to `word` by edit distance (transpositions count as one edit), when it is
/// close enough to be a plausible typo; nothing otherwise.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

/// " (did you mean 'x'?)" when there is a close candidate, "" otherwise.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace passation::detail
