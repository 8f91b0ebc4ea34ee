// The hostile corpus (tests/hostile, written by make_corpus.py): every file attacks one thing and
// announces the diagnostic it must produce. Each must give it, positioned, with exit code 1 and
// no output written; legal ones must render, safely. The huge ones are made here.

#include <catch2/catch.hpp>

#include <fstream>
#include <regex>

#include "passation/limits.hpp"
#include "passation/load.hpp"
#include "support.hpp"

using namespace passation;
using namespace passation::testing;

namespace {

struct expectation {
  bool ok = false;
  int line = 0, column = 0;
  std::string level, message;
};

std::vector<expectation> expectations_in(const std::string& text) {
  static const std::regex positioned(R"(^# expect: (\d+):(\d+): (error|warning): (.*)$)");
  std::vector<expectation> out;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (line == "# expect: ok")
      out.push_back({true, 0, 0, {}, {}});
    else if (std::regex_match(line, m, positioned))
      out.push_back({false, std::stoi(m[1]), std::stoi(m[2]), m[3], m[4]});
  }
  return out;
}

std::vector<std::filesystem::path> corpus() {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(source_path("tests/hostile"))) {
    if (e.path().extension() == ".yaml") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<expectation> expectations_of(const std::filesystem::path& file) {
  auto sidecar = file;
  sidecar.replace_extension(".expect");
  return expectations_in(slurp(std::filesystem::exists(sidecar) ? sidecar : file));
}

bool has_error(const std::vector<expectation>& expected) {
  return std::any_of(expected.begin(), expected.end(),
                     [](const expectation& e) { return !e.ok && e.level == "error"; });
}

// What passation says about `file`, and the CLI's answer to drawing it.
void check_file(const std::filesystem::path& file, const std::vector<expectation>& expected) {
  INFO(file.filename().string());
  REQUIRE_FALSE(expected.empty());
  const std::string name = file.filename().string();
  const load_result r = parse_case(slurp(file), name);
  std::string all;
  for (const diagnostic& d : r.diagnostics) all += d.format() + "\n";
  INFO("diagnostics:\n" << all);
  for (const expectation& e : expected) {
    if (e.ok) {
      CHECK(r.ok());
      CHECK(r.diagnostics.empty());
      continue;
    }
    const bool found = std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const diagnostic& d) {
      return d.where.line == e.line && d.where.column == e.column &&
             (d.level == severity::error) == (e.level == "error") && d.message.rfind(e.message, 0) == 0;
    });
    INFO("expected " << e.line << ":" << e.column << ": " << e.level << ": " << e.message);
    CHECK(found);
  }

  // Through the command: exit code 1 and nothing written on error; safe drawings otherwise.
  const auto folder = fresh_folder("hostile-" + file.stem().string());
  const auto out = folder / "out";
  const command_result run = run_cli({"render", file.string(), "-a", "plain", "-o", out.string()});
  INFO("stderr: " << run.err);
  if (has_error(expected)) {
    CHECK(run.exit_code == 1);
    CHECK_FALSE(std::filesystem::exists(out));
    CHECK(run.err.find(file.string() + ":") != std::string::npos);
  } else {
    REQUIRE(run.exit_code == 0);
    for (const auto& e : std::filesystem::directory_iterator(out)) {
      // Well-formed, and no element or attribute that a browser would run or follow.
      const svg_document svg(slurp(e.path()));
      CHECK(svg.count("//s:script") == 0);
      CHECK(svg.count("//s:foreignObject") == 0);
      CHECK(svg.count("//@*[starts-with(name(), 'on')]") == 0);
      CHECK(svg.count("//@*[local-name() = 'href']") == 0);
    }
  }
}

}  // namespace

TEST_CASE("the hostile corpus: each file gives its diagnostic, and nothing is written on error", "[hostile]") {
  const auto files = corpus();
  REQUIRE(files.size() >= 60);
  for (const auto& file : files) check_file(file, expectations_of(file));
}

TEST_CASE("huge files: each is refused with a positioned error, fast", "[hostile]") {
  const auto folder = fresh_folder("hostile-huge");
  auto make = [&](const std::string& name, const std::string& content) {
    const auto path = folder / name;
    std::ofstream(path, std::ios::binary) << content;
    return path;
  };
  const std::string head = "case: huge\ntitle: Huge\n";
  // 10 MB of text.
  check_file(make("ten_megabytes.yaml", head + "description: " + std::string(10 * 1024 * 1024, 'x') + "\n"),
             {{false, 1, 1, "error", "the file is larger than 1048576 bytes (1 MiB)"}});
  // 10,000 levels of nesting, in brackets and in dashes.
  check_file(make("deep_brackets.yaml", head + "process: " + std::string(10000, '[') + std::string(10000, ']') + "\n"),
             {{false, 3, 74, "error", "the file nests maps and lists more than 64 levels deep"}});
  std::string dashes;
  for (int i = 0; i < 10000; ++i) dashes += "- ";
  check_file(make("deep_dashes.yaml", head + "process:\n  " + dashes + "x\n"),
             {{false, 4, 131, "error", "the file nests maps and lists more than 64 levels deep"}});
  // 100,000 components: more than 1 MiB; 300 fit in the file but not in the limit.
  std::string many = head + "components:\n";
  for (int i = 0; i < 100000; ++i) many += "  c" + std::to_string(i) + ": {name: C}\n";
  check_file(make("components_100000.yaml", many), {{false, 1, 1, "error", "the file is larger than 1048576 bytes"}});
  std::string some = head + "components:\n";
  for (int i = 0; i < 300; ++i) some += "  c" + std::to_string(i) + ": {name: C}\n";
  check_file(make("components_300.yaml", some),
             {{false, 3, 1, "error", "the case has 300 components; it may have at most 256"}});
  // A label of 100,000 characters.
  check_file(make("label_100000.yaml", head + "description: " + std::string(100000, 'y') + "\n"),
             {{false, 3, 14, "error", "the description has 100000 characters; a text may have at most 2000"}});
}
