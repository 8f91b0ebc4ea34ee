// The table of comparison tables: `passation table --kind` and the meeting pack read it.

#include <algorithm>
#include <array>

#include "passation/report.hpp"

namespace passation {

namespace {

constexpr std::array k_table_kinds{
    table_kind{"funder", "what moves, what stays, which contractor", audience::plain, pack_place::files_only,
               &funder_report},
    table_kind{"technical", "prerequisites, profile, risks", audience::technical, pack_place::dossier_opening,
               &technical_report},
    table_kind{"matrix", "components x scenarios", audience::plain, pack_place::dossier_annex, &matrix_report},
    table_kind{"glossary", "what each component is", audience::plain, pack_place::files_only, &glossary_report},
};

}  // namespace

std::span<const table_kind> table_kinds() noexcept { return k_table_kinds; }

const table_kind* find_table_kind(std::string_view name) noexcept {
  const auto* found =
      std::find_if(k_table_kinds.begin(), k_table_kinds.end(), [&](const table_kind& k) { return k.name == name; });
  return found == k_table_kinds.end() ? nullptr : found;
}

}  // namespace passation
