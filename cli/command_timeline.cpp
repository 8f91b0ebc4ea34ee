// passation timeline: when the handover of a scenario would end, as a list or a Gantt chart.

#include <memory>

#include <fmt/format.h>

#include "case_input.hpp"
#include "commands.hpp"
#include "console.hpp"
#include "exit_codes.hpp"
#include "report_output.hpp"
#include "validators.hpp"
#include "passation/diagnostic.hpp"
#include "passation/gantt.hpp"
#include "passation/output.hpp"
#include "passation/render.hpp"
#include "passation/report.hpp"
#include "passation/timeline.hpp"

namespace passation::cli {

namespace {

struct timeline_request {
  case_input input;
  std::string scenario;
  std::string start;
  double dpi = 192;
  report_output out;
};

int run(const timeline_request& r) {
  const handover_case c = r.input.load();
  const scenario* s = c.find_scenario(r.scenario);
  if (!s) throw usage_error("timeline", c.unknown_scenario(r.scenario));
  date start = start_of(c);
  if (!r.start.empty()) {
    const auto parsed = date::parse(r.start);
    if (!parsed)
      throw usage_error("timeline", fmt::format("--start must be a date written YYYY-MM-DD, not '{}'", r.start));
    start = *parsed;
  } else if (c.start.empty() && c.decision.day.empty()) {
    warn("passation timeline: the case has neither a start date nor a decision date: starting today ({})\n",
         start.iso());
  }
  const process_graph p = build_process(c, *s);
  const schedule plan = make_schedule(p, start);
  report_options o = r.out.options(c);
  if (r.out.audience_name.empty()) o.reader = audience::technical;
  for (const deadline_check& d : plan.deadlines) {
    if (d.met()) continue;
    const std::string label = d.label.for_audience(audience::technical);
    warn("passation timeline: warning: scenario {} ends on {}, after the deadline{} of {} ({} working days late)\n",
         terminal_safe(s->id), plan.end.iso(), label.empty() ? "" : " " + terminal_safe(label), d.day.iso(), -d.margin);
  }

  // Image formats draw the Gantt chart; text formats write the list.
  std::string format = r.out.format_name;
  if (format.empty() && !r.out.output.empty() && r.out.output != "-") {
    const std::string ext = std::filesystem::path(r.out.output).extension().string();
    if (!ext.empty()) format = ext.substr(1);
  }
  if (const auto image = parse_output_format(format); image && info(*image).pinned) {
    const diagram chart = make_gantt(p, plan, {.reader = o.reader, .lang = o.lang});
    const rendering drawn = render(chart, {.format = *image, .dpi = r.dpi});
    if (r.out.output.empty() || r.out.output == "-") {
      say("{}", drawn.bytes);
    } else {
      r.input.protect_from(r.out.output);
      write_file_atomically(r.out.output, drawn.bytes, {.replace_read_only = r.out.force});
      say("{}\n", terminal_safe(r.out.output));
    }
    return exit_ok;
  }
  r.out.write(timeline_report(p, plan, o), c, r.input.file);
  return exit_ok;
}

}  // namespace

command add_timeline_command(CLI::App& app) {
  auto r = std::make_shared<timeline_request>();
  CLI::App* sub = app.add_subcommand("timeline", "When the handover of a scenario would end, against the deadline");
  r->input.add_to(*sub);
  sub->add_option("-s,--scenario", r->scenario, "The scenario")->required()->type_name("ID");
  sub->add_option("--start", r->start, "First day (YYYY-MM-DD); default: the case's start, else today")
      ->type_name("DATE");
  sub->add_option("--dpi", r->dpi, "PNG resolution")->capture_default_str()->check(dpi_range());
  std::vector<std::string> formats{"md", "markdown", "html", "csv", "json"};
  for (const format_info& f : diagram_formats()) {
    if (f.pinned) formats.emplace_back(f.name);
  }
  r->out.add_to(*sub, "technical", formats);
  sub->footer(
      "Durations are working days; after a decision the longer answer counts; a loop is not taken, and what\n"
      "one more round adds is said apart.\n"
      "Examples: passation timeline -s B1            (Markdown list)\n"
      "          passation timeline -s B1 -o b1-gantt.svg");
  return {sub, [r] { return run(*r); }};
}

}  // namespace passation::cli
