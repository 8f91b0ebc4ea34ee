// passation render: the flowcharts of the handover, one per scenario and audience, plus the
// overview of every scenario.

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "case_input.hpp"
#include "commands.hpp"
#include "console.hpp"
#include "exit_codes.hpp"
#include "progress.hpp"
#include "validators.hpp"
#include "watch.hpp"
#include "passation/batch.hpp"
#include "passation/diagnostic.hpp"
#include "passation/drawing_cache.hpp"
#include "passation/error.hpp"
#include "passation/explore.hpp"
#include "passation/flowchart.hpp"
#include "passation/output.hpp"
#include "passation/process.hpp"
#include "passation/render.hpp"

namespace passation::cli {

namespace {

struct render_request {
  case_input input;
  std::vector<std::string> scenarios;
  bool overview = false;
  std::string audience_name;
  std::vector<std::string> format_names;
  std::string language_name;
  std::vector<double> dpis{192};
  std::string budget_name = "auto";
  bool fit_slide = false;
  bool explored = false;
  std::size_t explored_limit = 100;
  std::vector<std::string> diff;  // FROM TO
  std::string direction = "TB";
  bool unaligned = false;
  unsigned processes = 0;
  std::string output;
  bool force = false;  // replace read-only outputs
  // With --watch, the drawings of the last build: only those that changed are drawn again.
  std::shared_ptr<drawing_cache> cache;
};

// One diagram to write, and the name its files get in a folder (without extension).
struct job {
  std::string scenario;              // empty: the overview, an explored split or a difference
  std::string diff_from;             // with `scenario`: the difference from this scenario to it
  std::optional<std::size_t> split;  // index in the explored splits
  audience reader;
  std::string file_name;
};

// One output of every diagram, and how its file name ends.
struct output {
  render_options look;
  std::string ending;  // ".svg", ".png", "@300dpi.png"…
};

// Every format asked for (or the output's extension's, or SVG), and a PNG per resolution: the
// first gets ".png", the others "@300dpi.png".
std::vector<output> outputs_of(const render_request& r) {
  std::vector<output_format> formats;
  for (const std::string& name : r.format_names) formats.push_back(*parse_output_format(name));
  if (formats.empty() && !r.output.empty()) {
    if (const auto f = format_of_extension(std::filesystem::path(r.output).extension().string())) formats.push_back(*f);
  }
  if (formats.empty()) formats.push_back(output_format::svg);
  render_options look;
  if (r.fit_slide) {
    look.fit_width = 960;  // a 16:9 slide, in points
    look.fit_height = 540;
  }
  look.budget = r.budget_name == "on"    ? layout_budget::always
                : r.budget_name == "off" ? layout_budget::never
                                         : layout_budget::automatic;
  std::vector<output> outputs;
  for (output_format f : formats) {
    look.format = f;
    if (f != output_format::png) {
      outputs.push_back({look, std::string(file_extension(f))});
      continue;
    }
    for (std::size_t i = 0; i < r.dpis.size(); ++i) {
      look.dpi = r.dpis[i];
      outputs.push_back({look, i == 0 ? ".png" : fmt::format("@{}dpi.png", r.dpis[i])});
    }
  }
  return outputs;
}

// The diagrams asked for, each audience in turn: the scenarios (each once, in the order asked),
// the difference, the overview and the explored splits; by default every scenario and the overview.
std::vector<job> jobs_of(const render_request& r, const handover_case& c, const exploration& explored) {
  std::vector<audience> audiences(all_audiences.begin(), all_audiences.end());
  if (!r.audience_name.empty()) audiences = {*parse_audience(r.audience_name)};
  std::vector<std::string> scenarios;  // -s B1 -s B1 draws B1 once
  for (const std::string& id : r.scenarios) {
    if (std::find(scenarios.begin(), scenarios.end(), id) == scenarios.end()) scenarios.push_back(id);
  }
  bool overview = r.overview;
  if (scenarios.empty() && !r.overview && !r.explored && r.diff.empty()) {
    for (const scenario& s : c.scenarios) scenarios.push_back(s.id);
    overview = true;
  }
  for (const std::string& id : r.diff) {
    if (!c.find_scenario(id)) throw usage_error("render", "--diff: " + c.unknown_scenario(id));
  }
  for (const std::string& id : scenarios) {
    if (!c.find_scenario(id)) throw usage_error("render", c.unknown_scenario(id));
  }
  std::vector<job> jobs;
  for (audience a : audiences) {
    for (const std::string& id : scenarios) {
      jobs.push_back({id, {}, {}, a, fmt::format("scenario-{}-{}", id, to_string(a))});
    }
    if (!r.diff.empty()) {
      jobs.push_back({r.diff[1], r.diff[0], {}, a, fmt::format("diff-{}-{}-{}", r.diff[0], r.diff[1], to_string(a))});
    }
    if (overview) jobs.push_back({{}, {}, {}, a, fmt::format("overview-{}", to_string(a))});
    for (std::size_t i = 0; i < explored.ranked.size(); ++i) {
      jobs.push_back({{}, {}, i, a, fmt::format("split-{:03}-{}", explored.ranked[i].rank, to_string(a))});
    }
  }
  return jobs;
}

// Where the drawings go: one goes to the file named by -o (or '-' for standard output), several
// go to a folder. Returns the folder, empty for one file.
std::filesystem::path destination_of(const render_request& r, const handover_case& c, std::size_t drawings,
                                     output_format first_format) {
  const bool single = drawings == 1 && !(std::filesystem::is_directory(r.output) || r.output.ends_with('/'));
  if (!single && r.output == "-") {
    throw usage_error("render", fmt::format("-o - writes one file to standard output, and this asks for {}: choose one "
                                            "diagram with --scenario (or --overview) and --audience, and one format",
                                            drawings));
  }
  // A name with an extension is a file: several drawings never go into a folder named like one.
  if (!single && r.output != "-" && !r.output.empty() && !r.output.ends_with('/') &&
      !std::filesystem::is_directory(r.output) && std::filesystem::path(r.output).has_extension()) {
    throw usage_error(
        fmt::format("-o {} names one file, and this asks for {} drawings: choose one with --scenario (or "
                    "--overview) and --audience, or give a folder (-o {}/)",
                    r.output, drawings, std::filesystem::path(r.output).replace_extension().string()));
  }
  if (single && r.output != "-") {
    r.input.protect_from(r.output);  // first: the case file is the graver mistake
    (void)output_format_of(r.output, std::optional(first_format), diagram_format_of_extension, diagram_extensions());
  }
  if (single) return {};
  return r.output.empty() ? c.id + "-flowcharts" : r.output;
}

// The diagram of each job. A scenario's flowchart is drawn on the grid of every scenario of the
// case (whichever are asked for), so that it is the same drawing alone as in the set.
std::vector<diagram> diagrams_of(const render_request& r, const handover_case& c, const std::vector<job>& jobs,
                                 const exploration& explored) {
  flowchart_options options;
  if (!r.language_name.empty()) options.lang = parse_language(r.language_name);
  std::vector<process_graph> processes;
  for (const scenario& s : c.scenarios) processes.push_back(build_process(c, s));
  auto index_of = [&](const std::string& id) {
    return static_cast<std::size_t>(c.find_scenario(id) - c.scenarios.data());
  };
  std::map<audience, std::vector<diagram>> aligned;
  auto flowchart_of = [&](const std::string& id) {
    if (r.unaligned) return make_flowchart(processes[index_of(id)], options);
    auto known = aligned.find(options.reader);
    if (known == aligned.end())
      known = aligned.emplace(options.reader, make_aligned_flowcharts(processes, options)).first;
    return known->second[index_of(id)];
  };
  std::vector<diagram> diagrams;
  for (const job& j : jobs) {
    options.reader = j.reader;
    options.split_rank.reset();
    if (j.split) {
      options.split_rank = explored.ranked[*j.split].rank;
      diagrams.push_back(make_flowchart(build_process(c, explored.ranked[*j.split].parts), options));
    } else if (!j.diff_from.empty()) {
      diagrams.push_back(
          make_flowchart_diff(processes[index_of(j.diff_from)], processes[index_of(j.scenario)], options));
    } else if (j.scenario.empty()) {
      diagrams.push_back(make_overview(c, options));
    } else {
      diagrams.push_back(flowchart_of(j.scenario));
    }
    if (r.direction == "LR") diagrams.back().direction = diagram_direction::left_to_right;
  }
  return diagrams;
}

// Writes the files (each path, its bytes) and names them; watching, a file that did not change
// is left alone, and not named. Returns how many were written.
std::size_t write_files(const render_request& r,
                        const std::vector<std::pair<std::filesystem::path, std::string>>& files) {
  for (const auto& [path, bytes] : files) r.input.protect_from(path);
  std::size_t written = 0;
  const writing_files writing;  // Ctrl-C under --watch waits for the files
  for (const auto& [path, bytes] : files) {
    if (path == "-") {
      write_out(bytes);
      continue;
    }
    if (r.input.watch) {
      if (!write_file_if_changed(path, bytes, {.replace_read_only = r.force})) continue;
    } else {
      write_file_atomically(path, bytes, {.replace_read_only = r.force});
    }
    ++written;
    say("{}\n", terminal_safe(path.string()));
  }
  return written;
}

int run(const render_request& r) {
  const handover_case c = r.input.load();
  const std::vector<output> outputs = outputs_of(r);
  // --explored: the splits `passation explore` lists, in its order, instead of the scenarios.
  exploration explored;
  if (r.explored) explored = explore(c, {.limit = r.explored_limit});
  const std::vector<job> jobs = jobs_of(r, c, explored);
  const std::filesystem::path folder = destination_of(r, c, jobs.size() * outputs.size(), outputs.front().look.format);
  const bool single = folder.empty();

  // Everything is rendered before anything is written: a failure leaves no partial set of files.
  const std::vector<diagram> diagrams = diagrams_of(r, c, jobs, explored);
  std::vector<render_options> looks;
  for (const output& o : outputs) looks.push_back(o.look);
  const std::vector<std::vector<rendering>> drawn = [&] {
    progress_line progress("passation render");
    return render_batch(diagrams, looks,
                        {.processes = r.processes, .cache = r.cache.get(), .progress = progress.drawings()});
  }();
  std::vector<std::pair<std::filesystem::path, std::string>> files;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    for (std::size_t k = 0; k < outputs.size(); ++k) {
      const rendering& out = drawn[i][k];
      for (const diagnostic& m : out.messages) warn("{}\n", m.format());
      const std::string name = jobs[i].file_name + outputs[k].ending;
      files.emplace_back(single ? std::filesystem::path(r.output.empty() ? name : r.output) : folder / name, out.bytes);
    }
  }
  const std::size_t written = write_files(r, files);
  if (r.input.watch) {
    say("passation: {} of {} files rewritten ({} drawings reused, {} drawn)\n", written, files.size(),
        r.cache->last_build().reused, r.cache->last_build().drawn);
  } else if (!single) {
    std::vector<output_format> formats;  // each once: several PNGs are one kind
    for (const output& o : outputs) {
      if (std::find(formats.begin(), formats.end(), o.look.format) == formats.end()) formats.push_back(o.look.format);
    }
    std::string kinds;
    for (output_format f : formats) kinds += (kinds.empty() ? "" : "+") + std::string(to_string(f));
    say("passation: wrote {} {} flowcharts of '{}' to {}\n", jobs.size(), kinds, terminal_safe(c.id),
        terminal_safe(std::filesystem::absolute(folder).lexically_normal().string()));
  }
  return exit_ok;
}

}  // namespace

command add_render_command(CLI::App& app) {
  auto request = std::make_shared<render_request>();
  CLI::App* sub =
      app.add_subcommand("render", "Draw the handover flowcharts (every scenario and the overview by default)");
  request->input.add_to(*sub);
  sub->add_option("-s,--scenario", request->scenarios, "Only this scenario (repeat for several)")->type_name("ID");
  sub->add_flag("--overview", request->overview, "The overview of every scenario (with --scenario: as well)");
  sub->add_option("-a,--audience", request->audience_name,
                  "plain (the funder) or technical (the contractor); default: both")
      ->check(CLI::IsMember({"plain", "technical"}));
  sub->add_option("-f,--format", request->format_names,
                  diagram_format_names() +
                      "; repeat for several, each diagram laid out once; default: from -o's extension, or svg")
      ->check(CLI::IsMember(format_name_list()));
  sub->add_option("--dpi", request->dpis,
                  "PNG resolution in dots per inch; repeat for several PNGs (the others are named @<dpi>dpi.png)")
      ->capture_default_str()
      ->check(dpi_range());
  sub->add_option("--layout-budget", request->budget_name,
                  "Graphviz's layout budget and straight edges: auto (above 150 nodes), on or off")
      ->capture_default_str()
      ->check(CLI::IsMember({"auto", "on", "off"}));
  sub->add_option("--diff", request->diff,
                  "One flowchart of what changes from scenario FROM to scenario TO: what TO adds, what it drops")
      ->expected(2)
      ->type_name("FROM TO");
  sub->add_option(
         "--direction", request->direction,
         "TB: lanes as columns, the flow going down (a page); LR: lanes as bands, the flow going right (a slide)")
      ->capture_default_str()
      ->check(CLI::IsMember({"TB", "LR"}));
  sub->add_flag(
      "--unaligned", request->unaligned,
      "Draw each scenario on its own grid (default: on the grid of every scenario, shared steps at the same place)");
  sub->add_flag("--fit-slide", request->fit_slide, "SVG: declare a size that fits a 16:9 slide (960 x 540 pt)");
  sub->add_flag("--explored", request->explored,
                "The flowcharts of the splits 'passation explore' lists (with --scenario or --overview: as well)");
  sub->add_option("--explored-limit", request->explored_limit, "How many of the best splits --explored draws (0: all)")
      ->capture_default_str();
  sub->add_option("-j,--jobs", request->processes, "Processes drawing at once (0: one per core)")
      ->capture_default_str();
  sub->add_option("--lang", request->language_name, "Language of passation's own words (fr, en); default: the case's")
      ->check(CLI::IsMember({"fr", "en"}));
  sub->add_option("-o,--output", request->output,
                  "Output file for one diagram ('-' for standard output), or folder for several "
                  "(default: <case>-flowcharts)")
      ->type_name("FILE|DIR");
  sub->add_flag("--force", request->force, "Replace outputs even when they are read-only");
  sub->footer(
      "Examples:\n"
      "  passation render                          every flowchart of the Sport Santé case, as SVG\n"
      "  passation render --scenario B1 --audience technical -o b1.svg\n"
      "  passation render --diff A B2 -a plain -o a-to-b2.svg   what B2 changes to A\n"
      "  passation render -s B1 -a plain --direction LR --fit-slide -o b1-slide.svg\n"
      "  passation render my-case.yaml -f png --dpi 300 -o slides/\n"
      "  passation render --explored -o splits/         every split explore lists, both audiences");
  request->input.add_watch_to(*sub);
  return {sub, [request] {
            if (request->input.watch) request->cache = std::make_shared<drawing_cache>();
            return request->input.run([request] { return run(*request); });
          }};
}

}  // namespace passation::cli
