#include "passation/diagnostic.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "passation/error.hpp"

namespace passation {

namespace {
std::string_view severity_name(severity s) {
  switch (s) {
    case severity::error: return "error";
    case severity::warning: return "warning";
    case severity::note: return "note";
  }
  return "?";
}
}  // namespace

namespace {
// User text quoted in a message (an id, a key) must not drive the terminal (escape sequences) nor
// forge a line of its own: control characters are shown as \xNN.
std::string printable(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == 0x7F) {
      out += fmt::format("\\x{:02X}", c);
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0 &&
               static_cast<unsigned char>(s[i + 1]) >= 0x80) {
      out += fmt::format("\\u{:04X}", static_cast<unsigned char>(s[++i]));  // C1 controls
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}
}  // namespace

std::string diagnostic::format() const {
  std::string out;
  if (!file.empty()) out += printable(file) + ":";
  if (where.known()) {
    out += fmt::format("{}:", where.line);
    if (where.column > 0) out += fmt::format("{}:", where.column);
  }
  if (!out.empty()) out += " ";
  out += fmt::format("{}: {}", severity_name(level), printable(message));
  return out;
}

bool has_errors(const std::vector<diagnostic>& diagnostics) noexcept {
  return count(diagnostics, severity::error) > 0;
}

std::size_t count(const std::vector<diagnostic>& diagnostics, severity level) noexcept {
  return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                [level](const diagnostic& d) { return d.level == level; }));
}

void sort_by_position(std::vector<diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const diagnostic& a, const diagnostic& b) {
    if (a.file != b.file) return a.file < b.file;
    return a.where < b.where;
  });
}

namespace {
std::string summarise(const std::vector<diagnostic>& diagnostics) {
  const std::size_t errors = count(diagnostics, severity::error);
  for (const diagnostic& d : diagnostics) {
    if (d.level == severity::error) {
      return errors == 1 ? d.format() : fmt::format("{} (and {} more errors)", d.format(), errors - 1);
    }
  }
  return "invalid case";
}
}  // namespace

case_error::case_error(std::vector<diagnostic> diagnostics)
    : error(summarise(diagnostics)), diagnostics_(std::move(diagnostics)) {}

}  // namespace passation
