#pragma once
// Making user text safe and readable inside Graphviz HTML-like labels.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace passation::detail {

/// `s` as text for an HTML-like label: XML special characters escaped, invalid UTF-8 and control
/// characters replaced, so that no user text can add markup or make the SVG ill-formed, and
/// backslashes doubled, so that Graphviz does not read "\N" or "\G" as its own escapes.
std::string escape_html(std::string_view s);

/// Splits `s` into lines of at most `width` characters (code points), breaking at spaces; a word
/// longer than `width` is cut. Line breaks already in `s` are kept. Past `most_lines` lines, the
/// text is cut and the last line ends with "…": a drawing shows a label, not a whole document.
std::vector<std::string> wrap(std::string_view s, std::size_t width, std::size_t most_lines = SIZE_MAX);

/// `s`, or its first `most` − 1 characters and "…" when it is longer than `most` characters.
std::string shorten(std::string_view s, std::size_t most);

/// Number of code points in valid UTF-8 text.
std::size_t display_length(std::string_view s);

}  // namespace passation::detail
