#pragma once
// Making user text safe and readable inside Graphviz HTML-like labels.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace passation::detail {

/// `s` as text for an HTML-like label: XML special characters escaped, invalid UTF-8 and control
/// characters replaced, so that no user text can add markup or make the SVG ill-formed, and
/// backslashes doubled, so that Graphviz does not read "\N" or "\G" as its own escapes.
std::string escape_html(std::string_view s);

/// Splits `s` into lines of at most `width` characters (code points), breaking at spaces; a word
/// longer than `width` is cut. Line breaks already in `s` are kept.
std::vector<std::string> wrap(std::string_view s, std::size_t width);

/// Number of code points in valid UTF-8 text.
std::size_t display_length(std::string_view s);

}  // namespace passation::detail
