// passation list: what a case holds (scenarios, components, actors, process steps).

#include <algorithm>
#include <memory>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "case_input.hpp"
#include "commands.hpp"
#include "console.hpp"
#include "exit_codes.hpp"
#include "passation/process.hpp"

namespace passation::cli {

namespace {

struct list_request {
  case_input input;
  std::string audience_name = "technical";
  std::vector<std::string> what;
};

// Every text of the case goes through terminal_safe(): an id or a name must not drive the
// terminal (escape sequences) nor forge a line of the listing (line breaks).
std::string ids(const std::vector<std::string>& list) {
  std::string out;
  for (const std::string& id : list) out += (out.empty() ? "" : ", ") + terminal_safe(id);
  return out;
}

void list_scenarios(const handover_case& c, audience a) {
  say("Scenarios\n");
  std::size_t width = 6;  // the ids line up, and the lines under them too
  for (const scenario& s : c.scenarios) width = std::max(width, terminal_safe(s.id).size());
  for (const scenario& s : c.scenarios) {
    const split parts = split_of(c, s);
    std::vector<std::string> moved, kept;
    for (std::size_t i = 0; i < c.components.size(); ++i) {
      (parts.is_transferred(i) ? moved : kept).push_back(c.components[i].id);
    }
    // Who takes what: one actor, or each receiver with its components.
    const std::vector<emergency_share> taking = receiver_shares(c, parts);
    std::vector<std::string> shares;
    for (const emergency_share& share : taking) {
      std::vector<std::string> its;
      for (std::size_t k : share.components) its.push_back(c.components[k].id);
      shares.push_back(taking.size() == 1 ? terminal_safe(share.holder)
                                          : fmt::format("{} ({})", terminal_safe(share.holder), ids(its)));
    }
    const std::string indent(width + 3, ' ');
    say("  {:<{}} {}\n{}transfers: {}\n{}keeps:     {}\n{}taken by:  {}\n", terminal_safe(s.id), width,
        terminal_safe(s.title.for_audience(a)), indent, moved.empty() ? "-" : ids(moved), indent,
        kept.empty() ? "-" : ids(kept), indent, shares.empty() ? "-" : fmt::format("{}", fmt::join(shares, "; ")));
  }
}

void list_components(const handover_case& c, audience a) {
  say("Components\n");
  for (const component& co : c.components) {
    say("  {:<14} {}{}\n", terminal_safe(co.id), terminal_safe(co.name.for_audience(a)),
        co.holder.empty() ? "" : fmt::format(" (held by {})", terminal_safe(co.holder)));
  }
}

void list_actors(const handover_case& c, audience a) {
  say("Actors\n");
  for (const actor& who : c.actors) {
    say("  {:<14} {} [{}]{}\n", terminal_safe(who.id), terminal_safe(who.name.for_audience(a)), to_string(who.side),
        who.role.empty() ? "" : " " + terminal_safe(who.role.for_audience(a)));
  }
}

void list_steps(const handover_case& c, audience a) {
  say("Process\n");
  for (const process_node& n : c.process) {
    std::vector<std::string> in;
    for (const scenario& s : c.scenarios) {
      if (takes_place(c, n, split_of(c, s))) in.push_back(s.id);
    }
    say("  {:<20} {:<9} {:<14} {}  [{}]\n", terminal_safe(n.id), to_string(n.kind), terminal_safe(n.actor),
        terminal_safe(n.label.for_audience(a)), in.size() == c.scenarios.size() ? "all" : ids(in));
  }
}

int run(const list_request& r) {
  const handover_case c = r.input.load();
  const audience a = *parse_audience(r.audience_name);
  auto wanted = [&](std::string_view what) {
    return r.what.empty() || std::find(r.what.begin(), r.what.end(), what) != r.what.end();
  };
  bool first = true;
  auto section = [&](std::string_view what, void (*print)(const handover_case&, audience)) {
    if (!wanted(what)) return;
    if (!first) say("\n");
    first = false;
    print(c, a);
  };
  section("scenarios", list_scenarios);
  section("components", list_components);
  section("actors", list_actors);
  section("steps", list_steps);
  return exit_ok;
}

}  // namespace

command add_list_command(CLI::App& app) {
  auto request = std::make_shared<list_request>();
  CLI::App* sub = app.add_subcommand("list", "List a case's scenarios, components, actors and process steps");
  request->input.add_to(*sub);
  sub->add_option("-a,--audience", request->audience_name, "Whose words: plain or technical")
      ->capture_default_str()
      ->check(CLI::IsMember({"plain", "technical"}));
  sub->add_option("--only", request->what, "Only these sections: scenarios, components, actors, steps")
      ->check(CLI::IsMember({"scenarios", "components", "actors", "steps"}));
  return {sub, [request] { return run(*request); }};
}

}  // namespace passation::cli
