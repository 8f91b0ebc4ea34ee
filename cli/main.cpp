// passation: plans the handover of a piece of software and draws it.

#include <cstdio>
#include <iostream>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "failure.hpp"
#include "passation/version.hpp"

int main(int argc, char** argv) {
  using namespace passation;
  CLI::App app{"passation: plans the handover of a piece of software to another team, and draws it.\n"
               "Without a CASE file, every command works on the embedded Sport Santé case."};
  app.set_version_flag("--version", std::string(passation::version));
  app.require_subcommand(1);
  app.fallthrough();

  const std::vector<cli::command> commands{
      cli::add_pack_command(app),    cli::add_render_command(app),  cli::add_table_command(app),   cli::add_prereqs_command(app),
      cli::add_explore_command(app), cli::add_diff_command(app),    cli::add_timeline_command(app),
      cli::add_decide_command(app),  cli::add_raci_command(app),    cli::add_check_command(app),
      cli::add_list_command(app),    cli::add_init_command(app)};

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);  // prints help, the version, or the usage error
    return code == 0 ? cli::exit_ok : cli::exit_usage;
  }

  try {
    for (const cli::command& c : commands) {
      if (!c.parsed_by->parsed()) continue;
      const int code = c.run();
      // A result nobody could read (a full disk, a closed pipe) is a failure, not a success.
      std::cout.flush();
      if (std::fflush(stdout) != 0 || std::ferror(stdout) || !std::cout) {
        fmt::print(stderr, "passation: error: cannot write to standard output\n");
        return cli::exit_io;
      }
      return code;
    }
    return cli::exit_usage;
  } catch (...) {
    return cli::report_failure(std::current_exception());
  }
}
