#pragma once
// Text from a case (or from any caller of the library) made safe to put in an output: valid UTF-8
// without control characters, and escaped for XML/HTML.

#include <string>
#include <string_view>

namespace passation::detail {

/// Length of the valid UTF-8 sequence that starts at `s[i]`, or 0 when the bytes there are not one
/// (overlong forms, surrogates and code points above U+10FFFF are not valid).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

/// `s` with invalid UTF-8, control characters (C0 and C1) and U+FFFE/U+FFFF replaced by U+FFFD;
/// tabs become spaces; line breaks are kept when `keep_newlines`, and become spaces otherwise.
std::string clean_text(std::string_view s, bool keep_newlines = false);

/// `s` cleaned, with & < > " ' escaped: safe as XML or HTML text and attribute values.
std::string xml_escape(std::string_view s);

}  // namespace passation::detail
