// The pack is all old or all new, whatever stops it: a failed write, a full disk, SIGTERM, SIGINT or
// SIGKILL at any point, a second run into the same folder (lib/pack/write_pack.cpp).

#include <catch2/catch.hpp>

#include <sys/mount.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <future>
#include <map>
#include <optional>
#include <thread>

#include <fmt/format.h>

#include "support.hpp"

using namespace passation::testing;

namespace {

using snapshot = std::map<std::string, std::string>;

// Every file under `folder`, by path, with its bytes; symbolic links as "-> target".
snapshot files_in(const std::filesystem::path& folder) {
  snapshot s;
  for (const auto& e : std::filesystem::recursive_directory_iterator(folder)) {
    const std::string relative = std::filesystem::relative(e.path(), folder).generic_string();
    if (e.is_symlink())
      s[relative] = "-> " + std::filesystem::read_symlink(e.path()).string();
    else if (e.is_regular_file())
      s[relative] = slurp(e.path());
  }
  return s;
}

// What is beside the pack's folder besides the case files: staging folders left behind.
std::vector<std::string> leftovers(const std::filesystem::path& parent) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(parent)) {
    const std::string name = e.path().filename().string();
    if (name != "pack" && name.find(".yaml") == std::string::npos) out.push_back(name);
  }
  return out;
}

struct environment_variable {
  environment_variable(const char* name, const std::string& value) : name_(name) { ::setenv(name, value.c_str(), 1); }
  ~environment_variable() { ::unsetenv(name_); }
  environment_variable(const environment_variable&) = delete;
  environment_variable& operator=(const environment_variable&) = delete;
  const char* name_;
};

// Two versions of a small case: the second has one more scenario (so 29 more files) and another title.
struct two_packs {
  std::filesystem::path parent, folder, old_case, new_case;
  snapshot old_pack, new_pack;
};

two_packs make_two_packs(const std::string& name) {
  two_packs t;
  t.parent = fresh_folder(name);
  t.folder = t.parent / "pack";
  t.old_case = t.parent / "old.yaml";
  t.new_case = t.parent / "new.yaml";
  std::string yaml = slurp(source_path("tests/cases/valid/minimal.yaml"));
  std::ofstream(t.old_case, std::ios::binary) << yaml;
  yaml.replace(yaml.find("title: Minimal handover"), 23, "title: Minimal handover, second version");
  const std::string scenario = "  code_only: {title: Code only, transfers: [code]}\n";
  yaml.insert(yaml.find(scenario) + scenario.size(), "  data_only: {title: Data only, transfers: [data]}\n");
  std::ofstream(t.new_case, std::ios::binary) << yaml;
  REQUIRE(run_cli({"pack", t.new_case.string(), "-o", t.folder.string()}).exit_code == 0);
  t.new_pack = files_in(t.folder);
  std::filesystem::remove_all(t.folder);
  REQUIRE(run_cli({"pack", t.old_case.string(), "-o", t.folder.string()}).exit_code == 0);
  t.old_pack = files_in(t.folder);
  REQUIRE(t.old_pack != t.new_pack);
  REQUIRE(t.new_pack.size() > t.old_pack.size());
  return t;
}

}  // namespace

TEST_CASE("a pack over another, stopped at any point, leaves the old one byte for byte and nothing beside it",
          "[pack][transaction]") {
  const two_packs t = make_two_packs("transaction");
  const std::size_t writes = t.new_pack.size() + 1;  // each file, then the swap
  // Ten points, from the first file to the swap.
  std::vector<std::size_t> points;
  for (std::size_t k = 0; k < 10; ++k) points.push_back(1 + k * (writes - 1) / 9);
  for (std::size_t at : points) {
    for (const char* how : {"write", "signal:TERM", "signal:INT"}) {
      const std::string kind(how);
      if (kind == "signal:INT" && at != points[4]) continue;  // SIGINT takes the way SIGTERM takes
      const std::string spec =
          kind == "write" ? fmt::format("write:{}", at) : fmt::format("signal:{}:{}", at, kind.substr(7));
      INFO(spec);
      command_result r;
      {
        const environment_variable fault("PASSATION_FAULT", spec);
        r = run_cli({"pack", t.new_case.string(), "-o", t.folder.string()});
      }
      INFO(r.err);
      CHECK(r.exit_code == (kind == "write" ? 3 : kind == "signal:TERM" ? 143 : 130));
      CHECK(r.err.find("left as it was") != std::string::npos);
      CHECK(files_in(t.folder) == t.old_pack);
      CHECK(leftovers(t.parent).empty());
    }
  }
  // SIGKILL cannot be caught: the staging folder stays until the next run, which removes it.
  for (std::size_t at : {std::size_t{1}, writes / 2, writes}) {
    INFO("KILL at " << at);
    {
      const environment_variable fault("PASSATION_FAULT", fmt::format("signal:{}:KILL", at));
      CHECK(run_cli({"pack", t.new_case.string(), "-o", t.folder.string()}).exit_code == 128 + 9);
    }
    CHECK(files_in(t.folder) == t.old_pack);
  }
  CHECK_FALSE(leftovers(t.parent).empty());
  REQUIRE(run_cli({"pack", t.new_case.string(), "-o", t.folder.string()}).exit_code == 0);
  CHECK(files_in(t.folder) == t.new_pack);
  CHECK(leftovers(t.parent).empty());
  // Back to the old case: the deleted scenario's files are gone with it.
  REQUIRE(run_cli({"pack", t.old_case.string(), "-o", t.folder.string()}).exit_code == 0);
  CHECK(files_in(t.folder) == t.old_pack);
}

TEST_CASE("two runs into one folder: the second says so, and the folder holds one whole pack", "[pack][transaction]") {
  const two_packs t = make_two_packs("transaction-concurrent");
  // The first run announces that it holds the folder (it is writing its fifth file) by creating
  // `held`, and waits there until the test removes it: no guess at how long a build takes.
  const auto held = t.parent / "held";
  auto hold = std::make_optional<environment_variable>("PASSATION_FAULT", "hold:5:" + held.string());
  auto first = std::async(std::launch::async, [&] {
    return run_cli({"pack", t.new_case.string(), "-o", t.folder.string()});
  });
  for (int waited = 0; !std::filesystem::exists(held) && waited < 3000; ++waited) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  hold.reset();  // the first run has its environment; the second runs without the fault
  REQUIRE(std::filesystem::exists(held));
  const command_result second = run_cli({"pack", t.old_case.string(), "-o", t.folder.string()});
  std::filesystem::remove(held);
  const command_result one = first.get();
  INFO(one.err << second.err);
  CHECK(one.exit_code == 0);
  CHECK(second.exit_code == 3);
  CHECK(second.err.find("another passation is writing a pack into this folder") != std::string::npos);
  CHECK(files_in(t.folder) == t.new_pack);
  CHECK(leftovers(t.parent).empty());
}

TEST_CASE("a pack never writes through a link, nor over a folder that holds no pack", "[pack][transaction]") {
  const two_packs t = make_two_packs("transaction-links");
  // Files someone added by hand stay.
  std::ofstream(t.folder / "notes.txt") << "mine";
  // A symbolic link at the place of a sub-folder: refused, nothing written where it points.
  const auto elsewhere = t.parent / "elsewhere";
  std::filesystem::create_directories(elsewhere);
  std::filesystem::rename(t.folder / "diagrams", t.parent / "diagrams-aside");
  std::filesystem::create_directory_symlink(elsewhere, t.folder / "diagrams");
  const snapshot before = files_in(t.folder);
  const command_result linked = run_cli({"pack", t.new_case.string(), "-o", t.folder.string()});
  CHECK(linked.exit_code == 3);
  CHECK(linked.err.find("is a symbolic link") != std::string::npos);
  CHECK(files_in(t.folder) == before);
  CHECK(std::filesystem::is_empty(elsewhere));
  std::filesystem::remove(t.folder / "diagrams");
  std::filesystem::rename(t.parent / "diagrams-aside", t.folder / "diagrams");
  REQUIRE(run_cli({"pack", t.new_case.string(), "-o", t.folder.string()}).exit_code == 0);
  CHECK(slurp(t.folder / "notes.txt") == "mine");
  // The folder itself a link: refused.
  const auto link = t.parent / "link";
  std::filesystem::create_directory_symlink(t.folder, link);
  CHECK(run_cli({"pack", t.old_case.string(), "-o", link.string()}).exit_code == 3);
  std::filesystem::remove(link);
  // A folder of other files, with no pack in it: refused, untouched.
  const auto documents = t.parent / "documents";
  std::filesystem::create_directories(documents);
  std::ofstream(documents / "report.odt") << "keep me";
  const command_result foreign = run_cli({"pack", t.old_case.string(), "-o", documents.string()});
  CHECK(foreign.exit_code == 3);
  CHECK(foreign.err.find("holds files and no pack of passation") != std::string::npos);
  CHECK(files_in(documents) == snapshot{{"report.odt", "keep me"}});
  // A first pack that fails leaves no folder behind, as there was none.
  const auto fresh = t.parent / "fresh";
  {
    const environment_variable fault("PASSATION_FAULT", "write:3");
    CHECK(run_cli({"pack", t.old_case.string(), "-o", fresh.string()}).exit_code == 3);
  }
  CHECK_FALSE(std::filesystem::exists(fresh));
}

TEST_CASE("a real full disk: the old pack stays whole", "[pack][transaction]") {
  const two_packs t = make_two_packs("transaction-full-disk");
  std::size_t old_bytes = 0;
  for (const auto& [path, bytes] : t.old_pack) old_bytes += bytes.size();
  // A tmpfs just large enough for the old pack: the new one's changed files do not fit beside it.
  const auto disk = fresh_folder("transaction-tmpfs");
  const std::string options = fmt::format("size={}k", old_bytes / 1024 + 256);
  if (::mount("tmpfs", disk.c_str(), "tmpfs", 0, options.c_str()) != 0) {
    WARN("cannot mount a tmpfs here (not root, or no CAP_SYS_ADMIN): the full disk is only injected");
    return;
  }
  const auto folder = disk / "pack";
  const command_result old_run = run_cli({"pack", t.old_case.string(), "-o", folder.string()});
  const command_result new_run = run_cli({"pack", t.new_case.string(), "-o", folder.string()});
  const snapshot after = files_in(folder);
  std::vector<std::string> beside;
  for (const auto& e : std::filesystem::directory_iterator(disk)) beside.push_back(e.path().filename().string());
  ::umount(disk.c_str());
  REQUIRE(old_run.exit_code == 0);
  INFO(new_run.err);
  CHECK(new_run.exit_code == 3);
  CHECK(new_run.err.find("No space left on device") != std::string::npos);
  CHECK(after == t.old_pack);
  CHECK(beside == std::vector<std::string>{"pack"});
}
