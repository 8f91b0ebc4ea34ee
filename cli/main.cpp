// passation: plans the handover of a piece of software and draws it.

#include <cstdio>
#include <iostream>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "commands.hpp"
#include "console.hpp"
#include "exit_codes.hpp"
#include "failure.hpp"
#include "passation/diagnostic.hpp"
#include "passation/version.hpp"

namespace {

// CLI11 answers "A subcommand is required" to both `passation frobnicate` and `passation --bogus`,
// and "arguments were not expected" to a misspelt option: name what was not understood, and what
// was probably meant. Returns "" to leave CLI11's own message.
std::string what_was_not_understood(const CLI::App& app, const CLI::ParseError& e, int argc, char** argv) {
  using passation::closest_match;
  using passation::terminal_safe;
  const auto suggestion = [](const std::string& word, const std::vector<std::string>& known) {
    const auto match = closest_match(word, known);
    return match ? fmt::format("; did you mean '{}'?", *match) : std::string();
  };
  if (dynamic_cast<const CLI::RequiredError*>(&e) && app.get_subcommands().empty()) {
    std::vector<std::string> names;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
      names.push_back(sub->get_name());
    for (int i = 1; i < argc; ++i) {
      const std::string word = argv[i];
      if (word.empty() || word[0] != '-') {
        return fmt::format("unknown subcommand '{}'{} (the subcommands: {})", terminal_safe(word),
                           suggestion(word, names), fmt::join(names, ", "));
      }
      if (word != "--")
        return fmt::format("unknown option '{}' (passation --help lists the options)", terminal_safe(word));
    }
    return fmt::format("a subcommand is required: {}", fmt::join(names, ", "));
  }
  if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr) {
    const CLI::App* command = &app;
    std::string name = "passation";
    for (const CLI::App* sub : app.get_subcommands()) {
      command = sub;
      name += " " + sub->get_name();
    }
    std::vector<std::string> options;
    for (const CLI::Option* o : command->get_options()) {
      for (const std::string& n : o->get_lnames()) options.push_back("--" + n);
    }
    for (const std::string& extra : app.remaining(true)) {
      if (extra.size() < 2 || extra[0] != '-') continue;
      const std::string word = extra.substr(0, extra.find('='));
      return fmt::format("unknown option '{}' for '{}'{} ({} --help lists its options)", terminal_safe(word), name,
                         suggestion(word, options), name);
    }
  }
  return {};
}

int run(int argc, char** argv) {
  using namespace passation;
  cli::guard_standard_streams();
  CLI::App app{
      "passation: plans the handover of a piece of software to another team, and draws it.\n"
      "Without a CASE file, every command works on the embedded Sport Santé case."};
  app.set_version_flag("--version", std::string(passation::version));
  app.require_subcommand(1);
  app.fallthrough();

  const std::vector<cli::command> commands{
      cli::add_pack_command(app),     cli::add_render_command(app),  cli::add_table_command(app),
      cli::add_prereqs_command(app),  cli::add_explore_command(app), cli::add_diff_command(app),
      cli::add_timeline_command(app), cli::add_decide_command(app),  cli::add_raci_command(app),
      cli::add_check_command(app),    cli::add_list_command(app),    cli::add_init_command(app)};

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (const std::string what = what_was_not_understood(app, e, argc, argv); !what.empty()) {
      cli::warn("passation: error: {}\n", what);
      return cli::exit_usage;
    }
    const int code = app.exit(e);  // prints help, the version, or the usage error
    if (cli::stdout_failed()) {    // --help or --version nobody could read
      cli::warn("passation: error: cannot write to standard output\n");
      return cli::exit_io;
    }
    return code == 0 ? cli::exit_ok : cli::exit_usage;
  }

  for (const cli::command& c : commands) {
    if (!c.parsed_by->parsed()) continue;
    const int code = c.run();
    // A result nobody could read (a full disk, a closed stream) is a failure, not a success.
    if (cli::stdout_failed()) {
      cli::warn("passation: error: cannot write to standard output\n");
      return cli::exit_io;
    }
    return code;
  }
  return cli::exit_usage;
}

}  // namespace

// Every failure, from setting the commands up to running one, ends in report_failure().
int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (...) {
    return passation::cli::report_failure(std::current_exception());
  }
}
