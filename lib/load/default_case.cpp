#include "passation/error.hpp"
#include "passation/load.hpp"

// Generated at build time from cases/sport-sante.yaml (see lib/CMakeLists.txt).
extern const char passation_default_case_yaml[];
extern const unsigned long passation_default_case_yaml_size;

namespace passation {

std::string_view default_case_source() noexcept {
  return {passation_default_case_yaml, passation_default_case_yaml_size};
}

std::string_view default_case_name() noexcept { return "builtin:sport-sante.yaml"; }

const handover_case& default_case() {
  // Loaded once, on first use; thread-safe by the rules of static initialisation.
  static const handover_case loaded = load_case_string(default_case_source(), std::string(default_case_name()));
  return loaded;
}

}  // namespace passation
