#include "quotes.hpp"

#include <algorithm>
#include <cctype>

namespace passation::detail {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

// A line that reads as a key of a map or an entry of a list: "  label: x", "- id: y", "actors:".
bool looks_like_key(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  std::size_t i = 0;
  while (i < line.size() && is_space(line[i])) ++i;
  if (i + 1 < line.size() && line[i] == '-' && line[i + 1] == ' ') {
    i += 2;
    while (i < line.size() && is_space(line[i])) ++i;
  }
  const std::size_t start = i;
  while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '_' || line[i] == '-'))
    ++i;
  return i > start && i < line.size() && line[i] == ':' && (i + 1 == line.size() || line[i + 1] == ' ');
}

// Where a value of a block scalar ends its line ("description: |", "- >-"): the lines below that
// are indented more than `indent` are text, not YAML.
bool opens_block_scalar(std::string_view rest) {
  while (!rest.empty() && is_space(rest.back())) rest.remove_suffix(1);
  const std::size_t last = rest.find_last_of("|>");
  if (last == std::string_view::npos) return false;
  for (std::size_t k = last + 1; k < rest.size(); ++k) {
    if (rest[k] != '-' && rest[k] != '+' && !std::isdigit(static_cast<unsigned char>(rest[k]))) return false;
  }
  std::size_t before = last;
  while (before > 0 && is_space(rest[before - 1])) --before;
  return before == 0 || rest[before - 1] == ':' || rest[before - 1] == '-';
}

}  // namespace

std::optional<runaway_quote> find_runaway_quote(std::string_view yaml) {
  const auto line_end = [&](std::size_t from) { return std::min(yaml.find('\n', from), yaml.size()); };
  int line = 1;
  std::size_t line_start = 0, content_end = std::string_view::npos;
  int indent = 0, block_indent = -1;  // block_indent: in a block scalar, the indentation of its key
  char previous = '\0';               // the last character on this line that is not a space
  bool space_before = true;
  int flow = 0;  // depth of [...] and {...}
  std::size_t i = 0;
  while (i < yaml.size()) {
    if (i == line_start) {
      const std::string_view text = yaml.substr(i, line_end(i) - i);
      const std::size_t first = text.find_first_not_of(" \t\r");
      indent = first == std::string_view::npos ? -1 : static_cast<int>(first);
      if (block_indent >= 0 && (indent < 0 || indent > block_indent)) {  // a line of the block's text
        i = line_end(i) + 1;
        line_start = i;
        ++line;
        continue;
      }
      block_indent = -1;
      previous = '\0';
      space_before = true;
      content_end = std::string_view::npos;
    }
    const char c = yaml[i];
    if (c == '\n') {
      const std::size_t end = std::min(content_end, i);
      if (flow == 0 && opens_block_scalar(yaml.substr(line_start, end - line_start)))
        block_indent = std::max(indent, 0);
      line_start = ++i;
      ++line;
      continue;
    }
    if (c == '#' && space_before) {  // a comment, to the end of the line
      content_end = i;
      i = line_end(i);
      continue;
    }
    const bool token_start = previous == '\0' || previous == '[' || previous == '{' || previous == ',' ||
                             ((previous == ':' || previous == '-' || previous == '?') && (space_before || flow > 0));
    if ((c == '"' || c == '\'') && token_start) {
      runaway_quote q{{line, static_cast<int>(i - line_start) + 1}, c, false, 0};
      bool swallowed_key = false;
      std::size_t k = i + 1;
      for (; k < yaml.size(); ++k) {
        if (yaml[k] == '\n') {
          ++line;
          line_start = k + 1;
          if (looks_like_key(yaml.substr(k + 1, line_end(k + 1) - k - 1))) swallowed_key = true;
        } else if (c == '"' && yaml[k] == '\\') {
          ++k;  // an escaped character, \" among them
        } else if (yaml[k] == c) {
          if (c == '\'' && k + 1 < yaml.size() && yaml[k + 1] == '\'') {  // '' is a quote inside '...'
            ++k;
            continue;
          }
          break;
        }
      }
      if (k >= yaml.size()) return q;  // the file ends inside it
      if (swallowed_key) {
        q.closed = true;
        q.closed_line = line;
        return q;
      }
      i = k + 1;  // on, after the quote that closes it
      previous = c;
      space_before = false;
      continue;
    }
    if (c == '[' || c == '{') ++flow;
    if ((c == ']' || c == '}') && flow > 0) --flow;
    if (!is_space(c)) previous = c;
    space_before = is_space(c);
    ++i;
  }
  return std::nullopt;
}

}  // namespace passation::detail
