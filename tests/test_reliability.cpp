// The command under conditions users do not choose: standard streams that fail, user text that
// would drive a terminal, arguments it does not understand, other time zones (docs/reliability.md).

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

#include <fmt/format.h>

#include "passation/error.hpp"
#include "passation/flowchart.hpp"
#include "passation/load.hpp"
#include "passation/process.hpp"
#include "passation/render.hpp"

#include "support.hpp"

using namespace passation;
using namespace passation::testing;

namespace {

std::string minimal_case() { return source_path("tests/cases/valid/minimal.yaml").string(); }

// One run of every subcommand, on the small case, each writing what it writes by default.
std::vector<std::vector<std::string>> every_subcommand(const std::filesystem::path& folder) {
  const std::string c = minimal_case(), out = (folder / "out").string();
  return {{"pack", c, "-o", out + "-pack"},
          {"render", c, "-o", out + "-render/"},
          {"table", c},
          {"table", c, "-o", out + "-table.md"},
          {"prereqs", c},
          {"explore", c},
          {"diff", c, "all", "code_only"},
          {"timeline", c, "--start", "2027-01-04"},
          {"decide", c, "-o", out + "-tree.svg"},
          {"raci", c},
          {"check", c},
          {"check", source_path("tests/hostile/syntax_unclosed_list.yaml").string()},
          {"list", c},
          {"init", out + "-init.yaml"},
          {"table", c, "-s", "ZZ"},
          {"--help"},
          {"render", "--help"}};
}

std::string joined(const std::vector<std::string>& args) {
  std::string s;
  for (const std::string& a : args) s += a + " ";
  return s;
}

}  // namespace

TEST_CASE(
    "closed or full standard streams: exit code 3 for a lost result, the command's own for lost messages, never "
    "an abort",
    "[cli][streams]") {
  const auto folder = fresh_folder("streams");
  for (const std::vector<std::string>& args : every_subcommand(folder)) {
    INFO(joined(args));
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    const command_result normal = run_cli(args);
    INFO("normal run: exit " << normal.exit_code << ", stderr: " << normal.err);
    REQUIRE(normal.exit_code < 128);
    // What was lost on standard output is an I/O failure; a command that writes nothing there
    // keeps its code.
    const int lost_out = normal.out.empty() ? normal.exit_code : 3;
    for (stream_state s : {stream_state::closed, stream_state::full}) {
      INFO((s == stream_state::closed ? "closed" : "full"));
      std::filesystem::remove_all(folder);
      std::filesystem::create_directories(folder);
      const command_result no_out = run_cli(args, {}, s, stream_state::captured);
      CHECK(no_out.exit_code == lost_out);
      if (lost_out == 3 && normal.exit_code == 0) {
        CHECK(no_out.err.find("cannot write to standard output") != std::string::npos);
      }
      std::filesystem::remove_all(folder);
      std::filesystem::create_directories(folder);
      const command_result no_err = run_cli(args, {}, stream_state::captured, s);
      CHECK(no_err.exit_code == normal.exit_code);
      CHECK(no_err.out == normal.out);
    }
  }
}

TEST_CASE("a file written while standard output is closed cannot take its place", "[cli][streams]") {
  // With descriptor 1 closed, the first file opened would get it, and the "wrote" line would land
  // inside the table: the command opens /dev/null there first.
  const auto folder = fresh_folder("streams-fd1");
  const auto table = folder / "t.md";
  const command_result r = run_cli({"table", minimal_case(), "-o", table.string()}, {}, stream_state::closed);
  CHECK(r.exit_code == 0);
  const std::string written = slurp(table);
  CHECK(written.find("passation: wrote") == std::string::npos);
  CHECK(written == run_cli({"table", minimal_case()}).out);
}

TEST_CASE("list and check show no control character of a case raw: ESC, BEL, line breaks, C1, bidi",
          "[cli][terminal]") {
  const auto folder = fresh_folder("terminal");
  std::string yaml = slurp(source_path("tests/cases/valid/minimal.yaml"));
  auto replace = [&](const std::string& from, const std::string& to) {
    const auto at = yaml.find(from);
    REQUIRE(at != std::string::npos);
    yaml.replace(at, from.size(), to);
  };
  // YAML's double-quoted escapes: \e ESC, \a BEL, \n a line break, \u009B the 8-bit CSI, \u202E RLO.
  replace("{name: Team,", R"({name: "Team\e]0;owned\a\e[2J", role: "two\nlines",)");
  replace("{name: Agency,", R"({name: "Agency\u009B2J and \u202Ereversed",)");
  replace("label: Code handed over", R"(label: "Code\x1b[31m red")");
  const auto file = folder / "controls.yaml";
  std::ofstream(file, std::ios::binary) << yaml;

  const command_result list = run_cli({"list", file.string()});
  REQUIRE(list.exit_code == 0);
  INFO(list.out);
  CHECK(list.out.find('\x1b') == std::string::npos);
  CHECK(list.out.find('\x07') == std::string::npos);
  CHECK(list.out.find("\xC2\x9B") == std::string::npos);
  CHECK(list.out.find("\xE2\x80\xAE") == std::string::npos);
  CHECK(list.out.find("Team\\x1B]0;owned\\x07\\x1B[2J") != std::string::npos);
  CHECK(list.out.find("Agency\\u009B2J and \\u202Ereversed") != std::string::npos);
  CHECK(list.out.find("two\\x0Alines") != std::string::npos);
  // No forged line: the listing has one line per actor, and "lines" starts none of them.
  CHECK(list.out.find("\nlines") == std::string::npos);

  const command_result check = run_cli({"check", file.string()});
  INFO(check.err);
  CHECK(check.err.find("actor 'agency' name holds control characters") != std::string::npos);
  CHECK(check.err.find('\x1b') == std::string::npos);
  CHECK(check.out.find('\x1b') == std::string::npos);
}

TEST_CASE("paths shown by the command are escaped too", "[cli][terminal]") {
  const auto folder = fresh_folder("terminal-paths");
  const auto out = folder / "a\x1b[2Jb\nc.md";
  const command_result r = run_cli({"table", minimal_case(), "-o", out.string()});
  REQUIRE(r.exit_code == 0);
  CHECK(std::filesystem::exists(out));
  CHECK(r.err.find('\x1b') == std::string::npos);
  CHECK(r.err.find("a\\x1B[2Jb\\x0Ac.md") != std::string::npos);
}

TEST_CASE("arguments that are not understood are named, with what was probably meant", "[cli][usage]") {
  struct expected {
    std::vector<std::string> args;
    int code;
    std::string says;
  };
  const std::vector<expected> cases{
      {{"frobnicate"}, 2, "unknown subcommand 'frobnicate'"},
      {{"rendr"}, 2, "unknown subcommand 'rendr'; did you mean 'render'?"},
      {{"--bogus"}, 2, "unknown option '--bogus'"},
      {{"render", "--audiance", "plain"},
       2,
       "unknown option '--audiance' for 'passation render'; did you mean '--audience'?"},
      {{"check", ""}, 2, "CASE: empty: name a case file"},
      {{"render", "--dpi", "nan", "-o", "x.png"}, 2, "not 'nan'"},
      {{"render", "--dpi", "inf", "-o", "x.png"}, 2, "not 'inf'"},
      {{}, 2, "a subcommand is required"},
  };
  for (const expected& e : cases) {
    INFO(joined(e.args));
    const command_result r = run_cli(e.args);
    CHECK(r.exit_code == e.code);
    CHECK(r.err.find(e.says) != std::string::npos);
    INFO(r.err);
  }
}

TEST_CASE("a collection over its limit gives one error, not one per reference to it", "[load][limits]") {
  std::string yaml = slurp(source_path("tests/cases/valid/minimal.yaml"));
  std::string more;
  for (int i = 0; i < 70; ++i) more += "  extra" + std::to_string(i) + ": {name: Extra, side: other}\n";
  const std::string anchor = "components:\n";
  yaml.insert(yaml.find(anchor), more);
  const auto file = fresh_folder("limits-cascade") / "many-actors.yaml";
  std::ofstream(file, std::ios::binary) << yaml;
  const command_result r = run_cli({"check", file.string()});
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("the case has 73 actors; it may have at most 64") != std::string::npos);
  CHECK(r.err.find("1 error,") != std::string::npos);
}

TEST_CASE("no output depends on the time zone: PDFs keep one date, and stay valid", "[cli][determinism]") {
  const auto folder = fresh_folder("time-zones");
  const char* saved = std::getenv("TZ");
  const std::string before = saved ? saved : "";
  std::vector<std::string> pdfs;
  for (const char* zone : {"UTC", "Pacific/Kiritimati", "America/St_Johns"}) {
    INFO(zone);
    ::setenv("TZ", zone, 1);
    const auto file = folder / (std::string("tree-") + std::to_string(pdfs.size()) + ".pdf");
    const command_result r = run_cli({"decide", "-o", file.string()});
    REQUIRE(r.exit_code == 0);
    pdfs.push_back(slurp(file));
  }
  if (saved)
    ::setenv("TZ", before.c_str(), 1);
  else
    ::unsetenv("TZ");
  CHECK(pdfs[1] == pdfs[0]);
  CHECK(pdfs[2] == pdfs[0]);
  CHECK(pdfs[0].find("/CreationDate (D:20000101000000Z)") != std::string::npos);
  // The cross-reference table still points at each object: "N 0 obj" at every offset it gives.
  const std::size_t xref = pdfs[1].find("\nxref\n");
  REQUIRE(xref != std::string::npos);
  std::size_t entry = pdfs[1].find('\n', xref + 6) + 1;
  int checked = 0;
  for (int object = 0; pdfs[1].compare(entry, 7, "trailer") != 0; entry += 20, ++object) {
    if (pdfs[1][entry + 17] != 'n') continue;
    const std::size_t offset = std::stoul(pdfs[1].substr(entry, 10));
    CHECK(pdfs[1].compare(offset, std::to_string(object).size() + 6, std::to_string(object) + " 0 obj") == 0);
    ++checked;
  }
  CHECK(checked > 5);
  const std::size_t startxref = pdfs[1].rfind("startxref\n");
  CHECK(std::stoul(pdfs[1].substr(startxref + 10)) == xref + 1);
}

TEST_CASE("outputs: a rewritten file keeps its mode, a read-only one needs --force, the extension says the format",
          "[cli][files]") {
  const auto folder = fresh_folder("files");
  const auto table = folder / "t.md";
  REQUIRE(run_cli({"table", minimal_case(), "-o", table.string()}).exit_code == 0);
  std::filesystem::permissions(table, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  REQUIRE(run_cli({"table", minimal_case(), "-a", "technical", "-o", table.string()}).exit_code == 0);
  CHECK(std::filesystem::status(table).permissions() ==
        (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));

  std::filesystem::permissions(table, std::filesystem::perms::owner_read | std::filesystem::perms::group_read);
  const std::string before = slurp(table);
  const command_result refused = run_cli({"table", minimal_case(), "-a", "plain", "-o", table.string()});
  CHECK(refused.exit_code == 3);
  CHECK(refused.err.find("is read-only") != std::string::npos);
  CHECK(slurp(table) == before);
  CHECK(run_cli({"table", minimal_case(), "-a", "plain", "-o", table.string(), "--force"}).exit_code == 0);
  CHECK(slurp(table) != before);

  struct disagreement {
    std::vector<std::string> args;
    std::string says;
  };
  const std::string c = minimal_case();
  for (const disagreement& d : std::vector<disagreement>{
           {{"table", c, "-o", (folder / "t.docx").string()}, ".docx is not a format this command writes"},
           {{"table", c, "-f", "csv", "-o", (folder / "t.md").string()}, "-f csv and -o"},
           {{"render", c, "-s", "all", "-a", "plain", "-o", (folder / "x.jpeg").string()}, ".jpeg is not a format"},
           {{"render", c, "-s", "all", "-a", "plain", "-f", "png", "-o", (folder / "x.svg").string()}, "-f png and -o"},
           {{"decide", c, "-o", (folder / "tree.txt").string()}, ".txt is not a format"}}) {
    INFO(joined(d.args));
    const command_result r = run_cli(d.args);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(d.says) != std::string::npos);
  }
  CHECK_FALSE(std::filesystem::exists(folder / "t.docx"));
  CHECK_FALSE(std::filesystem::exists(folder / "x.jpeg"));

  // The same scenario asked twice is drawn once.
  const command_result twice =
      run_cli({"render", c, "-s", "all", "-s", "all", "-a", "plain", "-o", (folder / "twice/").string()});
  REQUIRE(twice.exit_code == 0);
  CHECK(twice.out.find("scenario-all-plain.svg") == twice.out.rfind("scenario-all-plain.svg"));
  CHECK(twice.out.find("wrote 1 svg") != std::string::npos);
}

namespace {

// The small case with `scenarios` scenarios and `extra` more steps, written to `file`.
std::filesystem::path grown_case(const std::filesystem::path& file, int scenarios, int extra) {
  std::string yaml = slurp(source_path("tests/cases/valid/minimal.yaml"));
  std::string more_scenarios, more_steps;
  for (int i = 2; i < scenarios; ++i)
    more_scenarios += fmt::format("  s{}: {{title: Scenario {}, keeps: [data]}}\n", i, i);
  for (int i = 0; i < extra; ++i) more_steps += fmt::format("  - {{id: w{}, actor: team, label: Work {}}}\n", i, i);
  const std::string scenario_anchor = "emergencies:";
  yaml.insert(yaml.find(scenario_anchor), more_scenarios);
  const std::string step_anchor = "  - {id: code,";
  yaml.insert(yaml.find(step_anchor), more_steps);
  std::ofstream(file, std::ios::binary) << yaml;
  return file;
}

}  // namespace

TEST_CASE("work that would take minutes is refused up front, naming its limit", "[cli][limits]") {
  const auto folder = fresh_folder("bounded-work");
  // 32 scenarios of a 30-node process: 32 x (30 + 300) > 3600 (limits::pack_drawings).
  const auto many = grown_case(folder / "many.yaml", 32, 22);
  REQUIRE(run_cli({"check", many.string()}).exit_code == 0);
  const command_result pack = run_cli({"pack", many.string(), "-o", (folder / "pack").string()});
  INFO(pack.err);
  CHECK(pack.exit_code == 1);
  CHECK(pack.err.find("a pack draws at most 3600") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(folder / "pack"));
  // Rendering them is cheap: allowed.
  CHECK(run_cli({"render", many.string(), "-a", "plain", "-o", (folder / "drawn/").string()}).exit_code == 0);

  // 2^30 splits against 1,000 rules: refused by explore, and the pack says why in its place.
  std::string yaml =
      "case: wide\ntitle: Wide\nlanguage: en\nactors:\n  team: {name: Team, side: current}\n"
      "  agency: {name: Agency, side: next}\n  board: {name: Board, side: funder}\ncomponents:\n";
  for (int i = 0; i < 30; ++i) yaml += fmt::format("  c{}: {{name: C{}, holder: team}}\n", i, i);
  yaml += "skills:\n  s: {label: S, levels: [{id: l0, label: L0}, {id: l1, label: L1}]}\nrules:\n";
  for (int i = 0; i < 1000; ++i)
    yaml += fmt::format("  - {{when: {{transferred: [c{}]}}, require: {{s: l1}}}}\n", i % 30);
  std::string everything;
  for (int i = 0; i < 30; ++i) everything += fmt::format("{}c{}", i ? ", " : "", i);
  yaml +=
      "scenarios:\n  all: {title: All, transfers: all}\nemergencies: {held_by: team}\nprocess:\n"
      "  - {id: start, kind: start, actor: board}\n  - {id: give, actor: team, label: Give, hands_over: [" +
      everything +
      "]}\n"
      "  - {id: receipt, kind: decision, role: receipt, actor: agency, label: Received, next: {yes: on, no: give}}\n"
      "  - {id: on, kind: milestone, actor: agency, label: On call, emergencies: agency}\n"
      "  - {id: ok, role: validation, actor: board, label: Signed}\n  - {id: end, kind: end, actor: board}\n";
  const auto wide = folder / "wide.yaml";
  std::ofstream(wide, std::ios::binary) << yaml;
  const command_result explored = run_cli({"explore", wide.string()});
  INFO(explored.err);
  CHECK(explored.exit_code == 1);
  CHECK(explored.err.find("more than the 4e+10 passation does within 2 minutes") != std::string::npos);
}

TEST_CASE("a PNG larger than cairo paints is refused with the largest resolution it can have", "[cli][files]") {
  const auto folder = fresh_folder("bitmap-size");
  const command_result r =
      run_cli({"render", "-s", "A", "-a", "plain", "--dpi", "2400", "-o", (folder / "a.png").string()});
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("more than the 32767 a PNG can be painted with; the most it can have is") != std::string::npos);
  CHECK(r.err.find("graph is too large") == std::string::npos);  // Graphviz's own message, raw
  CHECK_FALSE(std::filesystem::exists(folder / "a.png"));
}

TEST_CASE("a long command on a terminal says how far it is; redirected, it does not", "[cli][progress]") {
  const auto folder = fresh_folder("progress");
  // The Sport Santé pack takes about 4 s: on a terminal (util-linux's script gives it one), a line
  // says how many drawings are done, rewritten in place, and is erased before the last lines.
  const auto typescript = folder / "typescript";
  const std::string command = fmt::format("script -qec '{} pack -o {}' {} > /dev/null 2>&1", PASSATION_CLI,
                                          (folder / "pack").string(), typescript.string());
  REQUIRE(std::system(command.c_str()) == 0);
  const std::string seen = slurp(typescript);
  CHECK(seen.find("passation pack: drawn ") != std::string::npos);
  CHECK(seen.find("\r\x1b[2Kpassation: wrote the meeting pack") != std::string::npos);
  // Redirected to a file: none of it.
  const command_result redirected = run_cli({"pack", "-o", (folder / "again").string()});
  REQUIRE(redirected.exit_code == 0);
  CHECK(redirected.err.find("drawn") == std::string::npos);
  CHECK(redirected.out.find('\r') == std::string::npos);
}

TEST_CASE("a PNG too long for its resolution is drawn at the largest one that fits, and says so", "[render][files]") {
  // 200 more steps in one lane: about 11,000 points long, 46,000 pixels at 300 dpi.
  const auto file = grown_case(fresh_folder("bitmap-at-most") / "long.yaml", 2, 200);
  const handover_case c = load_case_file(file);
  const diagram d = make_flowchart(build_process(c, c.scenarios[0]));
  CHECK_THROWS_WITH(render(d, {.format = output_format::png, .dpi = 300}), Catch::Contains("the most it can have is"));
  const rendering drawn = render(d, {.format = output_format::png, .dpi = 300, .dpi_at_most = true});
  REQUIRE(drawn.bytes.size() > 24);
  // The PNG's height, from its header: within what cairo paints, so Graphviz did not scale it.
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(drawn.bytes[i]); };
  const unsigned height = (byte(20) << 24) | (byte(21) << 16) | (byte(22) << 8) | byte(23);
  CHECK(height <= 32767);
  CHECK(height > 32000);  // the largest resolution that fits, not far less
  REQUIRE(drawn.messages.size() == 1);
  CHECK_THAT(drawn.messages[0].message, Catch::StartsWith("a PNG drawn at ") && Catch::Contains("instead of 300"));
}
