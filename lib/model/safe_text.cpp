#include "model/safe_text.hpp"

namespace passation::detail {

namespace {
constexpr std::string_view k_replacement = "\xEF\xBF\xBD";  // U+FFFD

}  // namespace

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  std::size_t len = 0;
  unsigned cp = 0, min = 0;
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) {
    len = 2;
    cp = c & 0x1Fu;
    min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    cp = c & 0x0Fu;
    min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
    cp = c & 0x07u;
    min = 0x10000;
  } else
    return 0;
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

// U+FFFE and U+FFFF: not characters, and not allowed in XML.
bool is_noncharacter(std::string_view s, std::size_t i, std::size_t len) {
  return len == 3 && static_cast<unsigned char>(s[i]) == 0xEF && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
         (static_cast<unsigned char>(s[i + 2]) == 0xBE || static_cast<unsigned char>(s[i + 2]) == 0xBF);
}

bool is_c1_control(std::string_view s, std::size_t i, std::size_t len) {
  return len == 2 && static_cast<unsigned char>(s[i]) == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0;
}

bool is_direction_control(std::string_view s, std::size_t i, std::size_t len) {
  if (len != 3 || static_cast<unsigned char>(s[i]) != 0xE2) return false;
  const auto b = static_cast<unsigned char>(s[i + 1]), c = static_cast<unsigned char>(s[i + 2]);
  return (b == 0x80 && c >= 0xAA && c <= 0xAE) || (b == 0x81 && c >= 0xA6 && c <= 0xA9);  // E2 80 AA…, E2 81 A6…
}

std::string clean_text(std::string_view s, bool keep_newlines) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t len = utf8_sequence_length(s, i);
    if (len == 0) {
      out += k_replacement;
      ++i;
      continue;
    }
    if (len == 1) {
      const char c = s[i];
      if (c == '\t')
        out += ' ';
      else if (c == '\n')
        out += keep_newlines ? '\n' : ' ';
      else if (c == '\r')
        out += keep_newlines ? "" : " ";
      // Control characters are not allowed in XML 1.0, and have no business in a table.
      else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
        out += k_replacement;
      else
        out += c;
    } else if (is_noncharacter(s, i, len) || is_c1_control(s, i, len)) {
      out += k_replacement;
    } else {
      out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::string xml_escape(std::string_view s) {
  const std::string clean = clean_text(s);
  std::string out;
  out.reserve(clean.size() + clean.size() / 8);
  for (char c : clean) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace passation::detail
