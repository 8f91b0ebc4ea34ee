// A case built in C++, without any file, goes through the same checks as a loaded one.

#include <catch2/catch.hpp>

#include "passation/check.hpp"
#include "passation/error.hpp"
#include "passation/process.hpp"

using namespace passation;

namespace {

handover_case small_case() {
  handover_case c;
  c.id = "small";
  c.title = "Small";
  c.actors = {{.id = "team", .name = "Team", .side = actor_side::current},
              {.id = "agency", .name = "Agency", .side = actor_side::next},
              {.id = "board", .name = "Board", .side = actor_side::funder}};
  c.components = {{.id = "code", .name = "Code", .holder = "team"}};
  c.scenarios = {{.id = "all", .title = "All", .transfers_all = true}};
  c.emergency_holder = "team";
  c.process = {
      {.id = "start", .kind = node_kind::start, .actor = "board"},
      {.id = "code", .actor = "team", .label = "Code", .hands_over = {"code"}},
      {.id = "receipt",
       .kind = node_kind::decision,
       .role = node_role::receipt,
       .actor = "agency",
       .label = "Ok?",
       .next = {{"oui", "switch"}, {"non", "code"}}},
      {.id = "switch", .kind = node_kind::milestone, .actor = "agency", .label = "On call", .emergencies = "agency"},
      {.id = "ok", .role = node_role::validation, .actor = "board", .label = "Validated"},
      {.id = "end", .kind = node_kind::end, .actor = "board"},
  };
  return c;
}

bool has_message(const std::vector<diagnostic>& found, const std::string& start) {
  return std::any_of(found.begin(), found.end(), [&](const diagnostic& d) { return d.message.rfind(start, 0) == 0; });
}

}  // namespace

TEST_CASE("a sound case built in C++ passes every check", "[model]") {
  const std::vector<diagnostic> found = check_case(small_case());
  for (const diagnostic& d : found) INFO(d.format());
  CHECK_FALSE(has_errors(found));
  CHECK_NOTHROW(require_valid(small_case()));
}

TEST_CASE("a case built in C++ is checked for what a file would have to say", "[model]") {
  handover_case c = small_case();
  c.id.clear();
  c.actors[0].name = text{};
  c.process[1].label = text{};
  const auto found = check_case(c);
  CHECK(has_message(found, "the case needs an id"));
  CHECK(has_message(found, "actor 'team' needs a name"));
  CHECK(has_message(found, "step 'code' needs a 'label'"));
  CHECK_THROWS_AS(require_valid(c), case_error);
}

TEST_CASE("references in a C++ case are checked", "[model]") {
  handover_case c = small_case();
  c.process[1].actor = "teem";
  c.scenarios[0].transfers_all = false;
  c.scenarios[0].transfers = {"cod"};
  c.scenarios[0].transfers_given = true;
  const auto found = check_case(c);
  CHECK(has_message(found, "step 'code' names actor 'teem', which is not defined in 'actors' (did you mean 'team'?)"));
  CHECK(has_message(found, "unknown component 'cod' (did you mean 'code'?)"));
}

TEST_CASE("process problems name the scenarios they happen in", "[model]") {
  handover_case c = small_case();
  c.components.push_back({.id = "data", .name = "Data", .holder = "team"});
  c.scenarios.push_back({.id = "code-only", .title = "Code only", .transfers = {"code"}, .transfers_given = true});
  const auto found = check_case(c);
  // "all" transfers the data, and no step hands it over; "code-only" keeps it, so it is fine there.
  CHECK(has_message(found,
                    "component 'data' is transferred but no step hands it over: add a step with "
                    "'hands_over: [data]' (in scenario all)"));
}
