// passation pack: everything for the meeting in one folder.

#include <atomic>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "case_input.hpp"
#include "commands.hpp"
#include "console.hpp"
#include "exit_codes.hpp"
#include "progress.hpp"
#include "watch.hpp"
#include "passation/diagnostic.hpp"
#include "passation/drawing_cache.hpp"
#include "passation/pack.hpp"

namespace passation::cli {

namespace {

struct pack_request {
  case_input input;
  std::string output;
  std::string language_name;
  // With --watch, the drawings of the last builds, quick and whole: only those that changed are
  // drawn again.
  std::shared_ptr<drawing_cache> cache, quick_cache;
};

// Watching: first the page, the tables, the Marp deck and the SVG drawings, which take a few
// tens of milliseconds, so that the page open in a browser is fresh at once; then the rest.
void write_quick_part(const pack_request& r, const handover_case& c, pack_options options,
                      const std::filesystem::path& folder) {
  options.quick = true;
  options.cache = r.quick_cache.get();
  const pack p = make_pack(c, options);
  for (const pack_file& f : p.files) r.input.protect_from(folder / f.path);
  const std::vector<std::string> written = [&] {
    const writing_files writing;  // Ctrl-C under --watch waits for the files
    return write_pack(p, folder, {.in_place = true});
  }();
  say("{} page, tables and SVG drawings: {} of {} files rewritten in {} ms\n", watch_clock(), written.size(),
      p.files.size(), since_save().count());
  (void)stdout_failed();  // flushed: the line shows before the rest is built
}

// Ctrl-C or SIGTERM while the pack is written: the writer stops between two files and leaves the
// folder as it was, instead of dying with a staging folder beside it. Before the write (while the
// pack is built, in memory only) a signal ends the command at once, as usual.
std::atomic<bool> stop_writing{false};
std::atomic<int> stop_signal{0};
extern "C" void on_stop_writing(int signal) {
  stop_signal.store(signal);
  stop_writing.store(true);
}

// SIGINT and SIGTERM go to on_stop_writing while it lives; the handlers before are put back.
class stop_handlers {
 public:
  stop_handlers() {
    struct sigaction handler {};
    handler.sa_handler = on_stop_writing;
    ::sigemptyset(&handler.sa_mask);
    ::sigaction(SIGINT, &handler, &old_int_);
    ::sigaction(SIGTERM, &handler, &old_term_);
  }
  ~stop_handlers() {
    ::sigaction(SIGINT, &old_int_, nullptr);
    ::sigaction(SIGTERM, &old_term_, nullptr);
  }
  stop_handlers(const stop_handlers&) = delete;
  stop_handlers& operator=(const stop_handlers&) = delete;

 private:
  struct sigaction old_int_ {
  }, old_term_{};
};

std::vector<std::string> write_pack_unless_stopped(const pack& p, const std::filesystem::path& folder) {
  const stop_handlers catching;
  try {
    return write_pack(p, folder, {.cancel = &stop_writing});
  } catch (const std::exception& e) {
    if (!stop_writing.load()) throw;
    warn("passation: stopped: {}\n", terminal_safe(e.what()));
    throw stopped_by_signal{stop_signal.load()};
  }
}

int run(const pack_request& r) {
  const handover_case c = r.input.load();
  pack_options options;
  if (!r.language_name.empty()) options.lang = parse_language(r.language_name);
  options.cache = r.cache.get();
  const std::filesystem::path folder =
      r.output.empty() ? std::filesystem::path(c.id + "-pack") : std::filesystem::path(r.output);
  if (r.input.watch) write_quick_part(r, c, options, folder);
  const pack p = [&] {                         // everything built before anything is written
    progress_line progress("passation pack");  // erased before the lines that follow
    options.progress = progress.drawings();
    options.exploring = progress.splits();
    pack built = make_pack(c, options);
    options.progress = nullptr;
    options.exploring = nullptr;
    return built;
  }();
  for (const diagnostic& m : p.messages) warn("{}\n", m.format());
  for (const pack_file& f : p.files) r.input.protect_from(folder / f.path);
  const std::vector<std::string> written = [&] {
    if (!r.input.watch) return write_pack_unless_stopped(p, folder);
    const writing_files writing;  // Ctrl-C under --watch waits for the files
    return write_pack(p, folder, {.in_place = true});
  }();
  if (r.input.watch) {
    // What changed since the last save; the rest of the folder is left as it was.
    constexpr std::size_t k_named = 8;
    for (std::size_t i = 0; i < written.size() && i < k_named; ++i)
      say("{}\n", terminal_safe((folder / written[i]).string()));
    if (written.size() > k_named) say("… and {} more\n", written.size() - k_named);
    say("passation: {} of {} files of the pack rewritten ({} drawings reused, {} drawn)\n", written.size(),
        p.files.size(), r.cache->last_build().reused, r.cache->last_build().drawn);
    return exit_ok;
  }
  std::size_t bytes = 0;
  for (const pack_file& f : p.files) bytes += f.bytes.size();
  say("passation: wrote the meeting pack of '{}' ({} files, {:.1f} MB) to {}\n", terminal_safe(c.id), p.files.size(),
      static_cast<double>(bytes) / 1e6, terminal_safe(std::filesystem::absolute(folder).lexically_normal().string()));
  say("open {}\n", terminal_safe((std::filesystem::absolute(folder) / "index.html").lexically_normal().string()));
  return exit_ok;
}

}  // namespace

command add_pack_command(CLI::App& app) {
  auto r = std::make_shared<pack_request>();
  CLI::App* sub =
      app.add_subcommand("pack", "Everything for the meeting in one folder: index.html, diagrams, tables, slides");
  r->input.add_to(*sub);
  sub->add_option("-o,--output", r->output, "The folder (default: <case>-pack)")->type_name("DIR");
  sub->add_option("--lang", r->language_name, "Language of passation's own words (fr, en)")
      ->check(CLI::IsMember({"fr", "en"}));
  r->input.add_watch_to(*sub);
  sub->footer("Example: passation pack -o out     (the Sport Santé meeting pack)");
  return {sub, [r] {
            if (r->input.watch) {
              r->cache = std::make_shared<drawing_cache>();
              r->quick_cache = std::make_shared<drawing_cache>();
            }
            return r->input.run([r] { return run(*r); });
          }};
}

}  // namespace passation::cli
