// Fuzzes loading a case: whatever the bytes, parse_case must return diagnostics, never crash,
// hang or throw.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "passation/load.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const passation::load_result r =
      passation::parse_case(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.yaml");
  // A case without error must have what every later stage relies on.
  if (r.ok() && r.value->scenarios.empty()) __builtin_trap();
  return 0;
}
