#include "passation/load.hpp"

// Generated at build time from cases/starter.*.yaml (see lib/CMakeLists.txt).
extern const char passation_starter_case_fr[];
extern const unsigned long passation_starter_case_fr_size;
extern const char passation_starter_case_en[];
extern const unsigned long passation_starter_case_en_size;

namespace passation {

std::string_view starter_case_source(language lang) noexcept {
  if (lang == language::en) return {passation_starter_case_en, passation_starter_case_en_size};
  return {passation_starter_case_fr, passation_starter_case_fr_size};
}

}  // namespace passation
