#include "label.hpp"

namespace passation::detail {

namespace {
constexpr std::string_view k_replacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the valid UTF-8 sequence at s[i], or 0.
std::size_t sequence_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  std::size_t len = 0;
  unsigned cp = 0, min = 0;
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1Fu; min = 0x80; }
  else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0Fu; min = 0x800; }
  else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07u; min = 0x10000; }
  else return 0;
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}
}  // namespace

std::string escape_html(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t len = sequence_length(s, i);
    if (len == 0) {
      out += k_replacement;
      ++i;
      continue;
    }
    const char c = s[i];
    if (len == 1) {
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        case '\t': out += ' '; break;
        default:
          // Control characters are not allowed in XML 1.0: they would make the SVG unreadable.
          if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            out += k_replacement;
          } else {
            out += c;
          }
      }
    } else {
      out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::size_t display_length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++n;
  }
  return n;
}

namespace {
// Byte offset of the code point number `count` in s (or s.size()).
std::size_t offset_of(std::string_view s, std::size_t count) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (seen == count) return i;
      ++seen;
    }
  }
  return s.size();
}

void wrap_paragraph(std::string_view paragraph, std::size_t width, std::vector<std::string>& lines) {
  std::string line;
  std::size_t line_length = 0;
  std::size_t i = 0;
  while (i <= paragraph.size()) {
    std::size_t end = paragraph.find(' ', i);
    if (end == std::string_view::npos) end = paragraph.size();
    // A lone mark that French sets after a space (":", "?", "!", ";", "»") stays with the word before.
    while (end < paragraph.size()) {
      const std::size_t next = paragraph.find(' ', end + 1);
      const std::string_view following = paragraph.substr(end + 1, (next == std::string_view::npos ? paragraph.size() : next) - end - 1);
      if (following != "?" && following != "!" && following != ":" && following != ";" && following != "\xC2\xBB") break;
      end = next == std::string_view::npos ? paragraph.size() : next;
    }
    std::string_view word = paragraph.substr(i, end - i);
    i = end + 1;
    if (word.empty()) continue;
    // Words longer than a line are cut into pieces of a line each.
    while (display_length(word) > width) {
      if (!line.empty()) {
        lines.push_back(std::move(line));
        line.clear();
        line_length = 0;
      }
      const std::size_t cut = offset_of(word, width);
      lines.emplace_back(word.substr(0, cut));
      word.remove_prefix(cut);
    }
    const std::size_t length = display_length(word);
    if (word.empty()) continue;
    if (line_length > 0 && line_length + 1 + length > width) {
      lines.push_back(std::move(line));
      line.clear();
      line_length = 0;
    }
    if (line_length > 0) {
      line += ' ';
      ++line_length;
    }
    line += word;
    line_length += length;
  }
  if (!line.empty()) lines.push_back(std::move(line));
}
}  // namespace

std::vector<std::string> wrap(std::string_view s, std::size_t width) {
  std::vector<std::string> lines;
  if (width == 0) width = 1;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find('\n', start);
    if (end == std::string_view::npos) end = s.size();
    wrap_paragraph(s.substr(start, end - start), width, lines);
    start = end + 1;
  }
  return lines;
}

}  // namespace passation::detail
