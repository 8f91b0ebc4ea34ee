#include "label.hpp"

#include "model/safe_text.hpp"

namespace passation::detail {

std::string escape_html(std::string_view s) {
  // Graphviz still reads \N, \G, \L… in the text of HTML-like labels (after decoding entities, so
  // &#92; does not help): every backslash is doubled, which Graphviz reads back as one.
  std::string out;
  for (char c : xml_escape(s)) {
    if (c == '\\') out += '\\';
    out += c;
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
      const std::string_view following =
          paragraph.substr(end + 1, (next == std::string_view::npos ? paragraph.size() : next) - end - 1);
      if (following != "?" && following != "!" && following != ":" && following != ";" && following != "\xC2\xBB")
        break;
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

std::vector<std::string> wrap(std::string_view s, std::size_t width, std::size_t most_lines) {
  std::vector<std::string> lines;
  if (width == 0) width = 1;
  std::size_t start = 0;
  while (start <= s.size() && lines.size() <= most_lines) {
    std::size_t end = s.find('\n', start);
    if (end == std::string_view::npos) end = s.size();
    wrap_paragraph(s.substr(start, end - start), width, lines);
    start = end + 1;
  }
  if (lines.size() > most_lines && most_lines > 0) {
    lines.resize(most_lines);
    std::string& last = lines.back();
    if (display_length(last) + 1 > width) last.resize(offset_of(last, width - 1));
    last += "\u2026";
  }
  return lines;
}

std::string shorten(std::string_view s, std::size_t most) {
  if (most == 0 || display_length(s) <= most) return std::string(s);
  return std::string(s.substr(0, offset_of(s, most - 1))) + "\u2026";
}

}  // namespace passation::detail
