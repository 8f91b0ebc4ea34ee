#pragma once
// Text from a case (or from any caller of the library) made safe to put in an output: valid UTF-8
// without control characters, and escaped for XML/HTML.

#include <string>
#include <string_view>

namespace passation::detail {

/// Length of the valid UTF-8 sequence that starts at `s[i]`, or 0 when the bytes there are not one
/// (overlong forms, surrogates and code points above U+10FFFF are not valid).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

/// True when the valid UTF-8 sequence of `len` bytes at `s[i]` is a C1 control character
/// (U+0080-U+009F): a terminal acts on them as on C0 ones (U+009B is CSI).
bool is_c1_control(std::string_view s, std::size_t i, std::size_t len);

/// True when the valid UTF-8 sequence of `len` bytes at `s[i]` changes the direction of the text
/// after it (U+202A-U+202E, U+2066-U+2069): it can make a text read differently from what it is.
bool is_direction_control(std::string_view s, std::size_t i, std::size_t len);

/// `s` with invalid UTF-8, control characters (C0 and C1) and U+FFFE/U+FFFF replaced by U+FFFD;
/// tabs become spaces; line breaks are kept when `keep_newlines`, and become spaces otherwise.
std::string clean_text(std::string_view s, bool keep_newlines = false);

/// `s` cleaned, with & < > " ' escaped: safe as XML or HTML text and attribute values.
std::string xml_escape(std::string_view s);

}  // namespace passation::detail
