#include "support.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

extern char** environ;

namespace passation::testing {

std::filesystem::path source_path(const std::string& relative) {
  return std::filesystem::path(PASSATION_SOURCE_DIR) / relative;
}

std::filesystem::path fresh_folder(const std::string& name) {
  const auto folder = std::filesystem::temp_directory_path() / ("passation-test-" + std::to_string(::getpid())) / name;
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  return folder;
}

std::string slurp(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + file.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

command_result run_cli(const std::vector<std::string>& arguments, const std::filesystem::path& cwd, stream_state out,
                       stream_state err) {
  // Each run its own capture folder: tests run commands from several threads at once.
  static std::atomic<int> runs{0};
  const auto folder = fresh_folder("cli-capture-" + std::to_string(runs++));
  const auto out_file = folder / "out", err_file = folder / "err";
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  const auto set_up = [&](int fd, stream_state state, const std::filesystem::path& file) {
    if (state == stream_state::closed)
      posix_spawn_file_actions_addclose(&actions, fd);
    else if (state == stream_state::full)
      posix_spawn_file_actions_addopen(&actions, fd, "/dev/full", O_WRONLY, 0);
    else
      posix_spawn_file_actions_addopen(&actions, fd, file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  };
  set_up(1, out, out_file);
  set_up(2, err, err_file);
  if (!cwd.empty()) posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
  std::vector<std::string> args{PASSATION_CLI};
  args.insert(args.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, PASSATION_CLI, &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) throw std::runtime_error("cannot run " + std::string(PASSATION_CLI));
  // A command that hangs fails its test within minutes, saying which one, rather than holding
  // the whole suite until CI's time runs out.
  int status = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(3);
  bool timed_out = false;
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      timed_out = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  command_result r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  if (out == stream_state::captured) r.out = slurp(out_file);
  if (err == stream_state::captured) r.err = slurp(err_file);
  if (timed_out) r.err += "\n[the test stopped this command after 3 minutes]\n";
  return r;
}

svg_document::svg_document(const std::string& bytes) {
  xmlDocPtr doc = xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), "diagram.svg", "UTF-8",
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (!doc) throw std::runtime_error("the SVG is not well-formed XML");
  doc_ = doc;
}

svg_document::~svg_document() { xmlFreeDoc(static_cast<xmlDocPtr>(doc_)); }

namespace {
template <class F>
void with_xpath(void* doc, const std::string& expression, F&& use) {
  xmlXPathContextPtr context = xmlXPathNewContext(static_cast<xmlDocPtr>(doc));
  xmlXPathRegisterNs(context, BAD_CAST "s", BAD_CAST "http://www.w3.org/2000/svg");
  xmlXPathObjectPtr result = xmlXPathEvalExpression(BAD_CAST expression.c_str(), context);
  if (!result) {
    xmlXPathFreeContext(context);
    throw std::runtime_error("bad XPath: " + expression);
  }
  use(result->nodesetval);
  xmlXPathFreeObject(result);
  xmlXPathFreeContext(context);
}
}  // namespace

int svg_document::count(const std::string& xpath) const {
  int n = 0;
  with_xpath(doc_, xpath, [&](xmlNodeSetPtr set) { n = set ? set->nodeNr : 0; });
  return n;
}

std::vector<std::string> svg_document::texts() const {
  std::vector<std::string> out;
  with_xpath(doc_, "//s:text", [&](xmlNodeSetPtr set) {
    for (int i = 0; set && i < set->nodeNr; ++i) {
      xmlChar* content = xmlNodeGetContent(set->nodeTab[i]);
      out.emplace_back(reinterpret_cast<const char*>(content));
      xmlFree(content);
    }
  });
  return out;
}

}  // namespace passation::testing
