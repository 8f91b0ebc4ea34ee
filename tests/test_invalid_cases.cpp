// Every file under tests/cases/invalid is a case with one fault, and says at its top which
// diagnostic it must produce: "# expect: LINE:COL: error: the start of the message".

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <regex>

#include "passation/load.hpp"
#include "support.hpp"

using namespace passation;

namespace {

struct expectation {
  int line = 0;
  int column = 0;
  std::string severity;
  std::string message;
};

std::vector<expectation> expectations_of(const std::string& text) {
  static const std::regex pattern(R"(^# expect: (\d+):(\d+): (error|warning): (.*)$)");
  std::vector<expectation> found;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (std::regex_match(line, m, pattern)) {
      found.push_back({std::stoi(m[1]), std::stoi(m[2]), m[3], m[4]});
    }
  }
  return found;
}

std::vector<std::filesystem::path> files_in(const std::string& folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(testing::source_path(folder))) {
    if (entry.path().extension() == ".yaml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Every file of `folder` gives the diagnostics it announces; `valid`: it loads all the same.
void check_announced(const std::string& folder, bool valid) {
  const auto files = files_in(folder);
  for (const auto& file : files) {
    const std::string text = testing::slurp(file);
    const auto expected = expectations_of(text);
    INFO(file.filename().string());
    REQUIRE_FALSE(expected.empty());
    const load_result result = parse_case(text, file.filename().string());
    CHECK(result.ok() == valid);
    for (const expectation& e : expected) {
      std::string all;
      bool found = false;
      for (const diagnostic& d : result.diagnostics) {
        all += d.format() + "\n";
        const std::string level = d.level == severity::error ? "error" : "warning";
        if (d.where.line == e.line && d.where.column == e.column && level == e.severity &&
            d.message.rfind(e.message, 0) == 0 && d.file == file.filename().string()) {
          found = true;
        }
      }
      INFO("expected " << e.line << ":" << e.column << ": " << e.severity << ": " << e.message << "\ngot:\n" << all);
      CHECK(found);
    }
  }
}

}  // namespace

TEST_CASE("every invalid case file gives the diagnostic it announces", "[load][check]") {
  REQUIRE(files_in("tests/cases/invalid").size() >= 20);
  check_announced("tests/cases/invalid", false);
}

TEST_CASE("every case file with a warning gives the warning it announces, and loads", "[load][check]") {
  REQUIRE(files_in("tests/cases/warnings").size() >= 2);
  check_announced("tests/cases/warnings", true);
}

TEST_CASE("every valid case file loads without error", "[load]") {
  for (const auto& file : files_in("tests/cases/valid")) {
    INFO(file.filename().string());
    const load_result result = parse_case(testing::slurp(file), file.string());
    for (const diagnostic& d : result.diagnostics) INFO(d.format());
    CHECK(result.ok());
  }
  const load_result shipped =
      parse_case(testing::slurp(testing::source_path("cases/sport-sante.yaml")), "sport-sante.yaml");
  CHECK(shipped.ok());
  CHECK(shipped.diagnostics.empty());
}
