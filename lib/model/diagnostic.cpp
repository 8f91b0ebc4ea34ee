#include "passation/diagnostic.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "model/safe_text.hpp"
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

std::string terminal_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const std::size_t len = detail::utf8_sequence_length(text, i);
    if (len == 0 || (len == 1 && (byte(i) < 0x20 || byte(i) == 0x7F))) {
      out += fmt::format("\\x{:02X}", byte(i));  // C0, DEL, and bytes that are not UTF-8
    } else if (detail::is_c1_control(text, i, len)) {
      out += fmt::format("\\u{:04X}", byte(i + 1));  // 8-bit CSI, OSC...
    } else if (detail::is_direction_control(text, i, len)) {
      const unsigned cp = 0x2000u | ((byte(i + 1) & 0x3Fu) << 6) | (byte(i + 2) & 0x3Fu);
      out += fmt::format("\\u{:04X}", cp);
    } else {
      out.append(text.substr(i, len));
    }
    i += len == 0 ? 1 : len;
  }
  return out;
}

std::string diagnostic::format() const {
  std::string out;
  if (!file.empty()) out += terminal_safe(file) + ":";
  if (where.known()) {
    out += fmt::format("{}:", where.line);
    if (where.column > 0) out += fmt::format("{}:", where.column);
  }
  if (!out.empty()) out += " ";
  out += fmt::format("{}: {}", severity_name(level), terminal_safe(message));
  return out;
}

bool has_errors(const std::vector<diagnostic>& diagnostics) noexcept { return count(diagnostics, severity::error) > 0; }

std::size_t count(const std::vector<diagnostic>& diagnostics, severity level) noexcept {
  return static_cast<std::size_t>(
      std::count_if(diagnostics.begin(), diagnostics.end(), [level](const diagnostic& d) { return d.level == level; }));
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
