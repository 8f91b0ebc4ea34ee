#pragma once
// Quoted texts of a case file found on its bytes, before YAML reads them: a quote that is never
// closed makes yaml-cpp either accept the file (on the last line) or fail far below, where the
// next quote is, with a message about something else.

#include <optional>
#include <string_view>

#include "passation/diagnostic.hpp"

namespace passation::detail {

/// A quoted text that runs away: never closed, or closed only lines below after swallowing lines
/// that look like keys of the case (`label: …`, `- id: …`).
struct runaway_quote {
  position opened;      ///< where its quote is
  char quote = '"';     ///< '"' or '\''
  bool closed = false;  ///< closed further down (false: never, the file ends inside it)
  int closed_line = 0;  ///< the line of the quote that closes it, when closed
};

/// The first quoted text of `yaml` that runs away, if any. Texts of block scalars (`|`, `>`) and
/// comments are skipped; a quote inside a plain text (`l'ARS`) is not the start of a quoted text.
std::optional<runaway_quote> find_runaway_quote(std::string_view yaml);

}  // namespace passation::detail
