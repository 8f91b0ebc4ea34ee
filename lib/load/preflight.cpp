#include "preflight.hpp"

#include <fmt/format.h>

#include "model/safe_text.hpp"

namespace passation::detail {

std::string preflight(std::string_view bytes, const std::string& file, std::vector<diagnostic>& out) {
  if (bytes.size() > limits::file_bytes) {
    out.push_back(
        {severity::error,
         file,
         {1, 1},
         fmt::format("the file is larger than {} bytes (1 MiB), the most a case file may have: is it the right file?",
                     limits::file_bytes)});
    return {};
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  int line = 1, column = 1;
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t len = utf8_sequence_length(bytes, i);
    if (len == 0) {
      out.push_back({severity::error,
                     file,
                     {line, column},
                     fmt::format("the file is not valid UTF-8 (byte 0x{:02X}): save it as UTF-8",
                                 static_cast<unsigned char>(bytes[i]))});
      return {};
    }
    if (bytes[i] == '\0') {
      out.push_back({severity::error, file, {line, column}, "the file holds a NUL byte: is it a text file?"});
      return {};
    }
    const bool lone_cr = bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n');
    if (bytes[i] == '\n' || lone_cr) {
      ++line;
      column = 1;
    } else {
      ++column;
    }
    i += len;
  }
  std::string text(bytes);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')) text[i] = '\n';
  }
  return text;
}

}  // namespace passation::detail
