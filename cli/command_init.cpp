// passation init: writes a commented starter case to begin from.

#include <filesystem>
#include <memory>
#include <string>
#include <system_error>

#include <fmt/format.h>

#include "commands.hpp"
#include "console.hpp"
#include "exit_codes.hpp"
#include "passation/diagnostic.hpp"
#include "passation/load.hpp"
#include "passation/output.hpp"

namespace passation::cli {

namespace {

struct init_request {
  std::string file = "case.yaml";
  std::string language_name = "fr";
  bool force = false;
};

// Where the case file's JSON Schema is on this machine: beside an installed `passation`
// (<prefix>/share/passation), else in the source tree this one was built from; empty if neither.
std::filesystem::path installed_schema() {
  std::error_code ec;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const auto beside = self.parent_path().parent_path() / PASSATION_INSTALL_DATADIR / "passation" / "case.schema.json";
    if (std::filesystem::is_regular_file(beside, ec)) return beside.lexically_normal();
  }
  std::filesystem::path source = PASSATION_SOURCE_SCHEMA;
  if (std::filesystem::is_regular_file(source, ec)) return source;
  return {};
}

// The starter with its first line (the schema comment, relative to cases/ in the sources)
// pointing to the schema on this machine, or without it when there is none, and the commands of
// its opening comment naming `file`.
std::string starter_text(language lang, const std::string& file) {
  std::string text(starter_case_source(lang));
  const std::size_t first_line_end = text.find('\n') + 1;
  const std::filesystem::path schema = installed_schema();
  const std::string comment =
      schema.empty() ? "" : fmt::format("# yaml-language-server: $schema={}\n", schema.string());
  text.replace(0, first_line_end, comment);
  const std::string name = std::filesystem::path(file).filename().string();
  if (file != "-" && name != "case.yaml" && name.find_first_of(" #'\"") == std::string::npos) {
    const std::size_t header_end = text.find("\n\n");
    for (std::size_t at = text.find("case.yaml"); at < header_end; at = text.find("case.yaml", at + name.size())) {
      text.replace(at, 9, name);
    }
  }
  return text;
}

int run(const init_request& r) {
  const language lang = r.language_name == "en" ? language::en : language::fr;
  const std::string text = starter_text(lang, r.file);
  if (r.file == "-") {
    say("{}", text);
    return exit_ok;
  }
  std::error_code ec;
  if (std::filesystem::exists(r.file, ec) && !r.force) {
    throw usage_error(fmt::format("{} already exists: choose another name, or pass --force to replace it", r.file));
  }
  write_file_atomically(r.file, text);
  const std::string quoted = r.file.find(' ') == std::string::npos ? r.file : fmt::format("'{}'", r.file);
  say("passation: wrote a starter case to {}\n", terminal_safe(r.file));
  say("Next:\n  passation check {0}\n  passation render {0} -o out --watch\n  passation pack {0} -o pack\n",
      terminal_safe(quoted));
  return exit_ok;
}

}  // namespace

command add_init_command(CLI::App& app) {
  auto request = std::make_shared<init_request>();
  CLI::App* sub = app.add_subcommand("init", "Write a commented starter case to begin from");
  sub->add_option("FILE", request->file, "Where to write it ('-': standard output)")->capture_default_str();
  sub->add_option("--lang", request->language_name, "Language of the case (fr, en)")
      ->check(CLI::IsMember({"fr", "en"}))
      ->capture_default_str();
  sub->add_flag("--force", request->force, "Replace FILE if it exists");
  sub->footer(
      "The starter has three actors, three components, two scenarios and a short process; it passes\n"
      "`passation check` as it is. Its first line tells editors with the YAML language server where\n"
      "the case file's JSON Schema is, for completion and checking as you type.");
  return {sub, [request] { return run(*request); }};
}

}  // namespace passation::cli
