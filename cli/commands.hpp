#pragma once
// Each subcommand registers itself on the application and runs when chosen.

#include <functional>

#include <CLI/CLI.hpp>

namespace passation::cli {

/// A subcommand, and what runs when it is chosen (returns the exit code).
struct command {
  CLI::App* parsed_by;
  std::function<int()> run;
};

command add_render_command(CLI::App& app);
command add_check_command(CLI::App& app);
command add_list_command(CLI::App& app);
command add_table_command(CLI::App& app);
command add_prereqs_command(CLI::App& app);
command add_explore_command(CLI::App& app);
command add_diff_command(CLI::App& app);
command add_timeline_command(CLI::App& app);
command add_decide_command(CLI::App& app);
command add_raci_command(CLI::App& app);
command add_pack_command(CLI::App& app);
command add_init_command(CLI::App& app);

}  // namespace passation::cli
