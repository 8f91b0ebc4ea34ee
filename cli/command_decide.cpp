// passation decide: the yes/no questions that lead the funder to a scenario.

#include <filesystem>
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "case_input.hpp"
#include "commands.hpp"
#include "console.hpp"
#include "exit_codes.hpp"
#include "validators.hpp"
#include "passation/diagnostic.hpp"
#include "passation/flowchart.hpp"
#include "passation/output.hpp"
#include "passation/render.hpp"

namespace passation::cli {

namespace {

struct decide_request {
  case_input input;
  bool with_variants = false;
  std::size_t variants = 8;
  std::string audience_name = "plain";
  std::string format_name;
  std::string language_name;
  double dpi = 192;
  std::string output;
  bool force = false;  // replace a read-only output
};

int run(const decide_request& r) {
  const handover_case c = r.input.load();
  std::optional<output_format> format;
  if (!r.format_name.empty()) format = parse_output_format(r.format_name);
  r.input.protect_from(r.output);  // first: the case file is the graver mistake
  format = output_format_of(r.output, format, diagram_format_of_extension, diagram_extensions());
  const output_format f = format.value_or(output_format::svg);
  decision_tree_options options;
  options.reader = *parse_audience(r.audience_name);
  if (!r.language_name.empty()) options.lang = parse_language(r.language_name);
  options.with_variants = r.with_variants;
  options.variants = r.variants;
  const rendering drawn = render(make_decision_tree(c, options), {.format = f, .dpi = r.dpi});
  for (const diagnostic& m : drawn.messages) warn("{}\n", m.format());
  if (r.output == "-") {
    write_out(drawn.bytes);
    return exit_ok;
  }
  const std::string file =
      r.output.empty() ? fmt::format("decision-tree-{}{}", r.audience_name, file_extension(f)) : r.output;
  r.input.protect_from(file);
  write_file_atomically(file, drawn.bytes, {.replace_read_only = r.force});
  say("{}\n", terminal_safe(file));
  return exit_ok;
}

}  // namespace

command add_decide_command(CLI::App& app) {
  auto r = std::make_shared<decide_request>();
  CLI::App* sub =
      app.add_subcommand("decide", "The yes/no questions that lead the funder to a scenario, as a flowchart");
  r->input.add_to(*sub);
  sub->add_flag("--with-variants", r->with_variants, "Also tell apart the best splits that explore finds");
  sub->add_option("--variants", r->variants, "How many of those splits")->capture_default_str();
  sub->add_option("-a,--audience", r->audience_name, "plain or technical")
      ->capture_default_str()
      ->check(CLI::IsMember({"plain", "technical"}));
  sub->add_option("-f,--format", r->format_name, diagram_format_names() + "; default: from -o's extension, or svg")
      ->check(CLI::IsMember(format_name_list()));
  sub->add_option("--dpi", r->dpi, "PNG resolution")->capture_default_str()->check(dpi_range());
  sub->add_option("--lang", r->language_name, "Language of passation's own words (fr, en)")
      ->check(CLI::IsMember({"fr", "en"}));
  sub->add_option("-o,--output", r->output,
                  "Output file ('-' for standard output); default: decision-tree-<audience>.<ext>")
      ->type_name("FILE");
  sub->add_flag("--force", r->force, "Replace the output even when it is read-only");
  return {sub, [r] { return run(*r); }};
}

}  // namespace passation::cli
