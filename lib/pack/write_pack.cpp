// Writing a pack: all old or all new, whatever happens (docs/reliability.md, "The pack").

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>
#include <set>
#include <thread>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "io/staged_folder.hpp"
#include "passation/error.hpp"
#include "passation/output.hpp"
#include "passation/pack.hpp"

namespace passation {

namespace {

namespace fs = std::filesystem;

// The tests' fault injection (docs/testing.md): PASSATION_FAULT=write:N makes the pack's Nth write
// fail as on a full disk; signal:N:TERM (INT, KILL) raises that signal just before it; hold:N:PATH
// creates the file PATH there and waits until someone removes it (a test then knows for sure that
// this run holds the folder's lock, however slow the machine). A pack of F files has F + 1 writes:
// each file, then the swap.
struct fault {
  bool write = false;
  int signal = 0;
  std::string hold;
  std::size_t at = 0;
};

fault fault_from_environment() {
  const char* text = std::getenv("PASSATION_FAULT");
  if (!text) return {};
  const std::string spec(text);
  fault f;
  if (spec.rfind("write:", 0) == 0) {
    f.write = true;
    f.at = std::strtoul(spec.c_str() + 6, nullptr, 10);
  } else if (spec.rfind("signal:", 0) == 0) {
    char* end = nullptr;
    f.at = std::strtoul(spec.c_str() + 7, &end, 10);
    const std::string name = end && *end == ':' ? std::string(end + 1) : "TERM";
    f.signal = name == "KILL" ? SIGKILL : name == "INT" ? SIGINT : SIGTERM;
  } else if (spec.rfind("hold:", 0) == 0) {
    char* end = nullptr;
    f.at = std::strtoul(spec.c_str() + 5, &end, 10);
    if (end && *end == ':') f.hold = end + 1;
  }
  return f;
}

void reach_write_point(const fault& f, std::size_t n, const fs::path& file) {
  if (n != f.at) return;
  if (f.signal != 0) std::raise(f.signal);
  if (!f.hold.empty()) {
    std::ofstream(f.hold) << "held\n";
    // Bounded, so that a test that fails before removing the file does not hang its run.
    for (int waited = 0; fs::exists(f.hold) && waited < 6000; ++waited)
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  if (f.write)
    throw io_error(
        fmt::format("{}: cannot write: {} (injected by PASSATION_FAULT)", file.string(), std::strerror(ENOSPC)));
}

// The paths an earlier pack's manifest lists, or nothing when `folder` holds no pack's manifest.
std::optional<std::set<std::string>> files_of_pack_in(const fs::path& folder) {
  std::ifstream in(folder / "manifest.json", std::ios::binary);
  if (!in) return std::nullopt;
  const nlohmann::json manifest = nlohmann::json::parse(in, nullptr, false);
  if (!manifest.is_object() || manifest.value("format", "").rfind("passation-pack/", 0) != 0) return std::nullopt;
  std::set<std::string> paths{"manifest.json"};
  if (manifest.contains("files") && manifest["files"].is_array()) {
    for (const auto& f : manifest["files"]) {
      if (f.is_object() && f.contains("path") && f["path"].is_string()) paths.insert(f["path"].get<std::string>());
    }
  }
  return paths;
}

// A file of the old folder kept as it is in the new one: a second name for it, so that its bytes,
// its modification time and its permissions are those it had; a copy where links are not allowed.
void keep(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::create_directories(to.parent_path(), ec);
  if (::link(from.c_str(), to.c_str()) == 0) return;
  fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec);
  if (ec) throw io_error(fmt::format("{}: cannot write: {}", to.string(), ec.message()));
}

// passation writes no file through a symbolic link: a link at a file's place, or at one of its
// folders, would send it somewhere else.
void refuse_links_on_the_way(const fs::path& folder, const std::string& relative) {
  fs::path at = folder;
  for (const fs::path& part : fs::path(relative)) {
    at /= part;
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(at, ec))) {
      throw io_error(
          fmt::format("{}: is a symbolic link; passation writes no file through a link: remove it, or "
                      "choose another folder",
                      at.string()));
    }
  }
}

bool cancelled(const pack_write_options& options) { return options.cancel && options.cancel->load(); }

[[noreturn]] void stop_cancelled(const fs::path& folder) {
  throw io_error(fmt::format("{}: interrupted; the folder is left as it was", folder.string()));
}

std::vector<std::string> write_in_place(const pack& p, const fs::path& folder) {
  std::vector<std::string> written;
  for (const pack_file& f : p.files) {
    refuse_links_on_the_way(folder, f.path);
    if (write_file_if_changed(folder / f.path, f.bytes)) written.push_back(f.path);
  }
  return written;
}

}  // namespace

std::vector<std::string> write_pack(const pack& p, const fs::path& folder, const pack_write_options& options) {
  if (options.in_place) return write_in_place(p, folder);
  for (const pack_file& f : p.files) refuse_links_on_the_way(folder, f.path);

  detail::staged_folder stage(folder);  // locked from here: the folder read below stays as read
  const fs::path& old = stage.target();
  std::error_code ec;
  const std::optional<std::set<std::string>> listed = files_of_pack_in(old);
  if (!listed && !fs::is_empty(old, ec)) {
    throw io_error(
        fmt::format("{}: holds files and no pack of passation (no manifest.json); a pack replaces its "
                    "folder whole: choose a new or empty folder",
                    folder.string()));
  }
  const std::set<std::string> old_files = listed.value_or(std::set<std::string>{});
  const fault injected = fault_from_environment();
  std::size_t point = 0;
  std::set<std::string> new_files;
  std::vector<std::string> written;
  for (const pack_file& f : p.files) {
    const fs::path to = stage.staging() / f.path, before = old / f.path;
    try {
      reach_write_point(injected, ++point, before);
      if (cancelled(options)) stop_cancelled(old);
      new_files.insert(f.path);
      if (file_holds(before, f.bytes)) {
        keep(before, to);
        continue;
      }
      write_file_atomically(to, f.bytes);
    } catch (const io_error& e) {
      // Named as the user knows it: the file of the folder, not of the staging folder.
      std::string what = e.what();
      const std::string staging = stage.staging().string();
      if (const auto at = what.find(staging); at != std::string::npos) what.replace(at, staging.size(), old.string());
      if (what.find("left as it was") == std::string::npos) what += fmt::format("; {} is left as it was", old.string());
      throw io_error(what);
    }
    struct stat previous {};
    if (::lstat(before.c_str(), &previous) == 0 && S_ISREG(previous.st_mode))
      ::chmod(to.c_str(), previous.st_mode & 07777);
    written.push_back(f.path);
  }
  // What someone added to the folder by hand (notes, a logo) stays; what the previous pack had and
  // this one has not (the files of a scenario since deleted) goes.
  for (auto it = fs::recursive_directory_iterator(old, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file(ec) || it->is_symlink(ec)) continue;
    const std::string relative = fs::relative(it->path(), old, ec).generic_string();
    if (old_files.count(relative) || new_files.count(relative)) continue;
    keep(it->path(), stage.staging() / relative);
  }
  try {
    reach_write_point(injected, ++point, old);
  } catch (const io_error& e) {
    throw io_error(fmt::format("{}; {} is left as it was", e.what(), old.string()));
  }
  if (cancelled(options)) stop_cancelled(old);
  stage.commit();
  return written;
}

}  // namespace passation
