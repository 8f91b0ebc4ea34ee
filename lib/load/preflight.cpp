#include "preflight.hpp"

#include <fmt/format.h>

namespace passation::detail {

namespace {
// Length of the valid UTF-8 sequence starting at `s[i]`, or 0.
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  std::size_t len = 0;
  unsigned min = 0;
  if ((c & 0xE0) == 0xC0) { len = 2; min = 0x80; }
  else if ((c & 0xF0) == 0xE0) { len = 3; min = 0x800; }
  else if ((c & 0xF8) == 0xF0) { len = 4; min = 0x10000; }
  else return 0;
  if (i + len > s.size()) return 0;
  unsigned cp = c & (0x7F >> len);
  for (std::size_t k = 1; k < len; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}
}  // namespace

std::string_view preflight(std::string_view bytes, const std::string& file, std::vector<diagnostic>& out) {
  if (bytes.size() > max_case_file_bytes) {
    out.push_back({severity::error, file, {1, 1},
                   fmt::format("the file has {} bytes; a case file may have at most {} (1 MiB)", bytes.size(),
                               max_case_file_bytes)});
    return {};
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  int line = 1, column = 1;
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t len = utf8_sequence(bytes, i);
    if (len == 0) {
      out.push_back({severity::error, file, {line, column},
                     fmt::format("the file is not valid UTF-8 (byte 0x{:02X}): save it as UTF-8",
                                 static_cast<unsigned char>(bytes[i]))});
      return {};
    }
    if (bytes[i] == '\0') {
      out.push_back({severity::error, file, {line, column}, "the file holds a NUL byte: is it a text file?"});
      return {};
    }
    if (bytes[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    i += len;
  }
  return bytes;
}

}  // namespace passation::detail
