// --watch, as a user lives it: the command builds, then rebuilds on every save, says what it
// rewrote, survives a broken save, and stops cleanly on Ctrl-C.

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "support.hpp"

extern char** environ;

using namespace passation::testing;

namespace {

// The command running in the background, its standard output read line by line.
class watching {
 public:
  explicit watching(std::vector<std::string> arguments) {
    int fds[2];
    REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 2);
    arguments.insert(arguments.begin(), PASSATION_CLI);
    std::vector<char*> argv;
    for (std::string& a : arguments) argv.push_back(a.data());
    argv.push_back(nullptr);
    REQUIRE(posix_spawn(&pid_, PASSATION_CLI, &actions, nullptr, argv.data(), environ) == 0);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    fd_ = fds[0];
  }
  ~watching() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
    ::close(fd_);
  }
  watching(const watching&) = delete;
  watching& operator=(const watching&) = delete;

  // Everything printed until a line holding `marker` (included); fails after a minute.
  std::string until(const std::string& marker) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(1);
    std::string seen;
    for (;;) {
      const std::size_t line_end = buffer_.find('\n');
      if (line_end != std::string::npos) {
        const std::string line = buffer_.substr(0, line_end + 1);
        buffer_.erase(0, line_end + 1);
        seen += line;
        if (line.find(marker) != std::string::npos) return seen;
        continue;
      }
      const auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      INFO("waiting for '" << marker << "'; seen:\n" << seen << buffer_);
      REQUIRE(left.count() > 0);
      pollfd p{fd_, POLLIN, 0};
      REQUIRE(::poll(&p, 1, static_cast<int>(left.count())) >= 0);
      char chunk[4096];
      const ssize_t n = ::read(fd_, chunk, sizeof chunk);
      REQUIRE(n > 0);
      buffer_.append(chunk, static_cast<std::size_t>(n));
    }
  }

  [[nodiscard]] pid_t pid() const noexcept { return pid_; }

  // Ctrl-C, then the exit code.
  int interrupt() {
    ::kill(pid_, SIGINT);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }

 private:
  pid_t pid_ = -1;
  int fd_ = -1;
  std::string buffer_;
};

void save(const std::filesystem::path& file, const std::string& text) { std::ofstream(file, std::ios::binary) << text; }

// As an editor that writes a new file and renames it over the old one (vim, many IDEs).
void save_by_rename(const std::filesystem::path& file, const std::string& text) {
  const auto fresh = file.parent_path() / ".case.yaml.swp";
  save(fresh, text);
  std::filesystem::rename(fresh, file);
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("render --watch redraws what a save changed, survives a broken save, and stops on Ctrl-C", "[cli][watch]") {
  const auto folder = fresh_folder("watch-render");
  const auto file = folder / "case.yaml";
  REQUIRE(run_cli({"init", file.string(), "--lang", "en"}).exit_code == 0);
  const std::string original = slurp(file);
  const auto out = folder / "out";
  // Each scenario on its own grid: on the grid of all scenarios (the default), a step of one is
  // room in the others, and a change to it may move them all.
  watching w({"render", file.string(), "-o", out.string(), "-a", "plain", "--unaligned", "--watch"});

  const std::string first = w.until("built ok");
  CHECK_THAT(first, Catch::Contains("3 of 3 files rewritten (0 drawings reused, 3 drawn)"));
  const std::string keep_server = slurp(out / "scenario-keep-server-plain.svg");
  const std::string everything = slurp(out / "scenario-everything-plain.svg");

  // A step that only the keep-server scenario has: its flowchart and the overview (which lists
  // each scenario's own steps) are drawn again and rewritten; the other flowchart is left alone.
  const std::string edited =
      replaced(original, "The provider gets access to our server", "The provider gets a login on our server");
  save(file, edited);
  const std::string second = w.until("rebuilt ");
  CHECK_THAT(second, Catch::Contains("rebuilt ok"));
  CHECK_THAT(second, Catch::Contains("scenario-keep-server-plain.svg"));
  CHECK_THAT(second, !Catch::Contains("scenario-everything-plain.svg"));
  CHECK_THAT(second, Catch::Contains("overview-plain.svg"));
  CHECK_THAT(second, Catch::Contains("2 of 3 files rewritten (1 drawings reused, 2 drawn)"));
  CHECK_THAT(slurp(out / "scenario-keep-server-plain.svg"), Catch::Contains("login"));
  CHECK(slurp(out / "scenario-everything-plain.svg") == everything);

  // A broken save: the error, positioned; nothing written; the watch goes on.
  save(file, replaced(edited, "holder: team", "holder: nobody"));
  const std::string broken = w.until("rebuilt ");
  CHECK_THAT(broken, Catch::Contains("case.yaml:") && Catch::Contains("error") && Catch::Contains("nobody"));
  CHECK_THAT(broken, Catch::Contains("with errors, nothing written"));
  CHECK_THAT(slurp(out / "scenario-keep-server-plain.svg"), Catch::Contains("login"));

  // Repaired by an editor that renames a new file into place: seen too, and back to the start.
  save_by_rename(file, original);
  const std::string repaired = w.until("rebuilt ");
  CHECK_THAT(repaired, Catch::Contains("rebuilt ok"));
  CHECK(slurp(out / "scenario-keep-server-plain.svg") == keep_server);

  CHECK(w.interrupt() == 0);
}

TEST_CASE("pack --watch writes the page, the tables and the SVG first, then the rest", "[cli][watch]") {
  const auto folder = fresh_folder("watch-pack");
  const auto file = folder / "case.yaml";
  REQUIRE(run_cli({"init", file.string()}).exit_code == 0);
  const auto out = folder / "pack";
  watching w({"pack", file.string(), "-o", out.string(), "--watch"});
  const std::string first = w.until("built ok");
  CHECK_THAT(first, Catch::Contains("page, tables and SVG drawings"));
  CHECK(std::filesystem::exists(out / "funder" / "slides.pptx"));
  CHECK(std::filesystem::exists(out / "funder" / "brief.pdf"));
  CHECK(std::filesystem::exists(out / "manifest.json"));

  // A risk's wording: the tables, the brief and the decision tree (which says each scenario's
  // first risk) only; every other drawing is reused.
  save(file, replaced(slurp(file), "Notre équipe reste nécessaire", "Notre équipe reste indispensable"));
  const std::string second = w.until("rebuilt ");
  CHECK_THAT(second, Catch::Contains("rebuilt ok"));
  CHECK_THAT(second, Catch::Contains("1 drawn"));
  CHECK_THAT(slurp(out / "funder" / "brief.html"), Catch::Contains("Notre équipe reste indispensable"));
  CHECK(w.interrupt() == 0);
}

TEST_CASE("watching needs a case file", "[cli][watch]") {
  const command_result r = run_cli({"render", "--watch"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("--watch watches a case file"));
}

TEST_CASE("table --watch writes the table again when the case changes", "[cli][watch]") {
  const auto folder = fresh_folder("watch-table");
  const auto file = folder / "case.yaml";
  REQUIRE(run_cli({"init", file.string(), "--lang", "en"}).exit_code == 0);
  const auto table = folder / "funder.md";
  watching w({"table", file.string(), "--kind", "funder", "-o", table.string(), "--watch"});
  CHECK_THAT(w.until("built ok"), Catch::Contains("wrote " + table.string()));
  CHECK_THAT(slurp(table), Catch::Contains("We keep the server"));
  save(file, replaced(slurp(file), "We keep the server", "The server stays with us"));
  CHECK_THAT(w.until("rebuilt "), Catch::Contains("rebuilt ok"));
  CHECK_THAT(slurp(table), Catch::Contains("The server stays with us"));
  CHECK(w.interrupt() == 0);
}

namespace {

// The processes whose parent is `parent`, now (from /proc).
std::vector<pid_t> children_of(pid_t parent) {
  std::vector<pid_t> out;
  for (const auto& e : std::filesystem::directory_iterator("/proc")) {
    const std::string name = e.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    std::ifstream stat(e.path() / "stat");
    std::string line;
    std::getline(stat, line);
    const std::size_t close = line.rfind(')');
    if (close == std::string::npos) continue;
    std::istringstream rest(line.substr(close + 2));
    char state = 0;
    pid_t ppid = 0;
    rest >> state >> ppid;
    if (ppid == parent && state != 'Z') out.push_back(static_cast<pid_t>(std::stoi(name)));
  }
  return out;
}

// True while `pid` runs (not ended, not a zombie waiting to be reaped).
bool running(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  if (!std::getline(stat, line)) return false;
  const std::size_t close = line.rfind(')');
  return close != std::string::npos && close + 2 < line.size() && line[close + 2] != 'Z';
}

}  // namespace

TEST_CASE("Ctrl-C stops a watch within a second in the middle of a build, and its drawing processes with it",
          "[cli][watch]") {
  const auto folder = fresh_folder("watch-stop");
  const auto file = folder / "case.yaml";
  REQUIRE(run_cli({"init", file.string()}).exit_code == 0);
  watching w({"pack", file.string(), "-o", (folder / "pack").string(), "--watch"});
  // The quick part is written; the PNGs, PDFs and decks are being drawn, in processes of its own.
  w.until("page, tables and SVG drawings");
  std::vector<pid_t> drawing;
  const auto look_until = std::chrono::steady_clock::now() + std::chrono::seconds(3);
  while (drawing.empty() && std::chrono::steady_clock::now() < look_until) {
    drawing = children_of(w.pid());
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  const auto asked = std::chrono::steady_clock::now();
  CHECK(w.interrupt() == 0);
  const auto took = std::chrono::steady_clock::now() - asked;
  CHECK(took < std::chrono::seconds(1));
  // Each drawing process ends within a second of its parent.
  std::this_thread::sleep_for(std::chrono::milliseconds(1000));
  for (pid_t child : drawing) CHECK_FALSE(running(child));
  if (drawing.empty()) WARN("the build ended before a drawing process was seen: only the stop was timed");
}
