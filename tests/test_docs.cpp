// What the documentation shows must be what the code does.

#include <catch2/catch.hpp>

#include "support.hpp"

using namespace passation::testing;

TEST_CASE("the README's example is examples/readme.cpp, which ctest builds and runs", "[docs]") {
  std::string example = slurp(source_path("examples/readme.cpp"));
  example = example.substr(example.find('\n') + 1);  // its first line says where it comes from
  CHECK(slurp(source_path("README.md")).find("```cpp\n" + example + "```") != std::string::npos);
}

TEST_CASE("the README gives the two commands, and CI runs the test one", "[docs]") {
  const std::string readme = slurp(source_path("README.md"));
  CHECK(readme.find("scripts/demo.sh") != std::string::npos);
  CHECK(readme.find("scripts/test.sh") != std::string::npos);
  CHECK(slurp(source_path(".ci/run")).find("bash scripts/test.sh\n") != std::string::npos);
}
