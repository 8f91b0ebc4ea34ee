// passation pack: everything for the meeting in one folder.

#include <filesystem>
#include <memory>

#include <fmt/format.h>

#include "case_input.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "passation/pack.hpp"

namespace passation::cli {

namespace {

struct pack_request {
  case_input input;
  std::string output;
  std::string language_name;
};

int run(const pack_request& r) {
  const handover_case c = r.input.load();
  pack_options options;
  if (!r.language_name.empty()) options.lang = parse_language(r.language_name);
  const pack p = make_pack(c, options);  // everything built before anything is written
  const std::filesystem::path folder = r.output.empty() ? std::filesystem::path(c.id + "-pack") : std::filesystem::path(r.output);
  for (const pack_file& f : p.files) r.input.protect_from(folder / f.path);
  write_pack(p, folder);
  std::size_t bytes = 0;
  for (const pack_file& f : p.files) bytes += f.bytes.size();
  fmt::print("passation: wrote the meeting pack of '{}' ({} files, {:.1f} MB) to {}\n", c.id, p.files.size(),
             static_cast<double>(bytes) / 1e6, std::filesystem::absolute(folder).lexically_normal().string());
  fmt::print("open {}\n", (std::filesystem::absolute(folder) / "index.html").lexically_normal().string());
  return exit_ok;
}

}  // namespace

command add_pack_command(CLI::App& app) {
  auto r = std::make_shared<pack_request>();
  CLI::App* sub = app.add_subcommand("pack", "Everything for the meeting in one folder: index.html, diagrams, tables, slides");
  r->input.add_to(*sub);
  sub->add_option("-o,--output", r->output, "The folder (default: <case>-pack)")->type_name("DIR");
  sub->add_option("--lang", r->language_name, "Language of passation's own words (fr, en)")->check(CLI::IsMember({"fr", "en"}));
  sub->footer("Example: passation pack -o out     (the Sport Santé meeting pack)");
  return {sub, [r] { return run(*r); }};
}

}  // namespace passation::cli
