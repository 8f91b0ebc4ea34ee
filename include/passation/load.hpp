#pragma once
/// \file
/// Reading a case file (YAML). See docs/case-file.md for every key.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "passation/case.hpp"
#include "passation/diagnostic.hpp"

namespace passation {

/// What reading a case gives: the case when it has no error, and every diagnostic found
/// (errors and warnings), sorted by position.
struct load_result {
  std::optional<handover_case> value;   ///< the case, when it has no error
  std::vector<diagnostic> diagnostics;  ///< errors and warnings, sorted by position

  /// True when the case has no error.
  [[nodiscard]] bool ok() const noexcept { return value.has_value(); }
};

/// Reads a case from YAML text. `file_name` is only used in diagnostics. Never throws for bad
/// input: every problem is a diagnostic.
[[nodiscard]] load_result parse_case(std::string_view yaml, std::string file_name);

/// Reads a case file. Throws io_error when the file cannot be read, and case_error (with every
/// diagnostic) when the case is invalid.
[[nodiscard]] handover_case load_case_file(const std::filesystem::path& file);

/// Reads a case from YAML text; throws case_error when it is invalid.
[[nodiscard]] handover_case load_case_string(std::string_view yaml, std::string file_name);

/// The case compiled into the library (Sport Santé), already loaded and checked.
[[nodiscard]] const handover_case& default_case();
/// The YAML text of the default case, as shipped in cases/.
[[nodiscard]] std::string_view default_case_source() noexcept;
/// The name diagnostics give the default case.
[[nodiscard]] std::string_view default_case_name() noexcept;

/// A commented starter case in `lang` (cases/starter.fr.yaml or cases/starter.en.yaml): three
/// actors, three components, two scenarios and a short process, valid as it is. Its first line
/// is the editor's schema comment, `# yaml-language-server: $schema=../docs/case.schema.json`.
[[nodiscard]] std::string_view starter_case_source(language lang) noexcept;

}  // namespace passation
