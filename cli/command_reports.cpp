// The report commands: table, prereqs, explore and diff.

#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "case_input.hpp"
#include "commands.hpp"
#include "console.hpp"
#include "exit_codes.hpp"
#include "progress.hpp"
#include "report_output.hpp"
#include "validators.hpp"
#include "passation/diagnostic.hpp"
#include "passation/error.hpp"
#include "passation/explore.hpp"
#include "passation/process.hpp"
#include "passation/report.hpp"

namespace passation::cli {

namespace {

// A scenario id the case does not have is a usage error, reported before anything is written.
void check_scenarios(const handover_case& c, const std::vector<std::string>& ids, std::string_view command) {
  for (const std::string& id : ids) {
    if (!c.find_scenario(id)) throw usage_error(std::string(command), c.unknown_scenario(id));
  }
}

struct table_request {
  case_input input;
  std::string kind{table_kinds().front().name};
  std::vector<std::string> scenarios;
  report_output out;
};

struct prereqs_request {
  case_input input;
  std::vector<std::string> scenarios;
  report_output out;
};

struct explore_request {
  case_input input;
  std::size_t limit = 100;
  report_output out;
};

struct raci_request {
  case_input input;
  std::string scenario;
  report_output out;
};

struct diff_request {
  case_input input;
  std::string from, to;
  report_output out;
};

}  // namespace

command add_table_command(CLI::App& app) {
  auto r = std::make_shared<table_request>();
  CLI::App* sub = app.add_subcommand("table", "Comparison tables of the scenarios");
  r->input.add_to(*sub);
  std::vector<std::string> kinds, described, technical;
  for (const table_kind& k : table_kinds()) {
    kinds.emplace_back(k.name);
    described.push_back(fmt::format("{} ({})", k.name, k.description));
    if (k.reader == audience::technical) technical.push_back(fmt::format("--kind {}", k.name));
  }
  sub->add_option("-k,--kind", r->kind, alternatives(described))->capture_default_str()->check(CLI::IsMember(kinds));
  sub->add_option("-s,--scenario", r->scenarios, "Only these scenarios, in this order")->type_name("ID");
  // The technical comparison is for the contractor; the others are written for the funder first.
  r->out.add_to(*sub, technical.empty() ? "plain" : fmt::format("plain (technical for {})", alternatives(technical)));
  r->input.add_watch_to(*sub);
  sub->footer("Example: passation table --kind funder --format md");
  return {sub, [r] {
            return r->input.run([r] {
              const handover_case c = r->input.load();
              check_scenarios(c, r->scenarios, "table");
              const table_kind& kind = *find_table_kind(r->kind);  // --kind took one of table_kinds()
              report_options o = r->out.options(c);
              if (r->out.audience_name.empty()) o.reader = kind.reader;
              o.scenarios = r->scenarios;
              r->out.write(kind.build(c, o), c, r->input.file);
              return exit_ok;
            });
          }};
}

command add_prereqs_command(CLI::App& app) {
  auto r = std::make_shared<prereqs_request>();
  CLI::App* sub =
      app.add_subcommand("prereqs", "The prerequisites of each scenario, the minimum profile, risks and advantages");
  r->input.add_to(*sub);
  sub->add_option("-s,--scenario", r->scenarios, "Only these scenarios (repeat for several)")->type_name("ID");
  r->out.add_to(*sub, "technical");
  sub->footer("Example: passation prereqs --scenario B2 --audience technical");
  return {sub, [r] {
            const handover_case c = r->input.load();
            check_scenarios(c, r->scenarios, "prereqs");
            report_options o = r->out.options(c);
            if (r->out.audience_name.empty()) o.reader = audience::technical;
            o.scenarios = r->scenarios;
            r->out.write(prerequisites_report(c, o), c, r->input.file);
            return exit_ok;
          }};
}

command add_explore_command(CLI::App& app) {
  auto r = std::make_shared<explore_request>();
  CLI::App* sub = app.add_subcommand("explore", "Every split of the components that respects the couplings, ranked");
  r->input.add_to(*sub);
  sub->add_option("--limit", r->limit, "How many of the best splits to list (0: all)")->capture_default_str();
  r->out.add_to(*sub, "technical");
  sub->footer("Splits are ranked by the least demanding minimum profile, then by what stays with the current team.");
  return {sub, [r] {
            const handover_case c = r->input.load();
            report_options o = r->out.options(c);
            if (r->out.audience_name.empty()) o.reader = audience::technical;
            const exploration explored = [&] {
              progress_line progress("passation explore");  // erased before the report is written
              return explore(c, {.limit = r->limit, .progress = progress.splits()});
            }();
            r->out.write(explore_report(c, explored, o), c, r->input.file);
            return exit_ok;
          }};
}

command add_raci_command(CLI::App& app) {
  auto r = std::make_shared<raci_request>();
  CLI::App* sub = app.add_subcommand(
      "raci", "Who is Responsible, Accountable, Consulted, Informed for each piece, during and after");
  r->input.add_to(*sub);
  sub->add_option("-s,--scenario", r->scenario, "The scenario")->required()->type_name("ID");
  r->out.add_to(*sub, "plain");
  return {sub, [r] {
            const handover_case c = r->input.load();
            check_scenarios(c, {r->scenario}, "raci");
            r->out.write(raci_report(build_process(c, *c.find_scenario(r->scenario)), r->out.options(c)), c,
                         r->input.file);
            return exit_ok;
          }};
}

command add_diff_command(CLI::App& app) {
  auto r = std::make_shared<diff_request>();
  CLI::App* sub = app.add_subcommand("diff", "What changes from one scenario to another");
  sub->add_option("CASE_OR_FROM", r->input.file, "An optional case file, then two scenario ids")->required();
  sub->add_option("FROM", r->from)->required();
  sub->add_option("TO", r->to);
  r->out.add_to(*sub, "technical");
  sub->footer("Examples: passation diff A B2      passation diff my-case.yaml A B");
  return {sub, [r] {
            // Two positionals: FROM TO on the embedded case; three: CASE FROM TO.
            diff_request q = *r;
            if (q.to.empty()) {
              q.to = q.from;
              q.from = q.input.file;
              q.input.file.clear();
            }
            const handover_case c = q.input.load();
            check_scenarios(c, {q.from, q.to}, "diff");
            report_options o = q.out.options(c);
            if (q.out.audience_name.empty()) o.reader = audience::technical;
            q.out.write(diff_report(c, q.from, q.to, o), c, q.input.file);
            return exit_ok;
          }};
}

}  // namespace passation::cli
