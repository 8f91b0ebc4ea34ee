// Dates in working days, the schedule of each scenario against the deadline, the Gantt chart.
// Dates are worked out by hand on the 2026 calendar.

#include <catch2/catch.hpp>

#include <algorithm>

#include "passation/gantt.hpp"
#include "passation/load.hpp"
#include "passation/render.hpp"
#include "passation/timeline.hpp"
#include "support.hpp"

using namespace passation;

namespace {

schedule plan_of(const handover_case& c, const std::string& scenario) {
  return make_schedule(build_process(c, *c.find_scenario(scenario)), start_of(c));
}

}  // namespace

TEST_CASE("dates: parsing, weekdays, working days", "[timeline]") {
  CHECK(date::parse("2026-01-05") == date{2026, 1, 5});
  CHECK_FALSE(date::parse("2026-02-30"));
  CHECK_FALSE(date::parse("2026-1-5"));
  CHECK(date{2026, 1, 5}.weekday() == 0);  // a Monday
  CHECK(date{2026, 1, 9}.plus_working_days(1) == date{2026, 1, 12});   // Friday + 1 = Monday
  CHECK(date{2026, 1, 10}.plus_working_days(0) == date{2026, 1, 12});  // a Saturday starts on Monday
  CHECK(date{2026, 1, 5}.plus_working_days(20) == date{2026, 2, 2});
  CHECK(date{2026, 3, 17}.working_days_until(date{2026, 6, 30}) == 75);
  CHECK(date{2026, 6, 30}.working_days_until(date{2026, 3, 17}) == -75);
}

TEST_CASE("the Sport Santé scenarios end in March 2026, well before the deadline", "[timeline]") {
  const handover_case& c = default_case();
  // A: 20 + 10 + 2 (training: the longer answer) + 1 + 5 + 1 + 5 + 1 + 2 + 5 = 52 working days from
  // Monday 5 January: the 52nd is Tuesday 17 March.
  const schedule a = plan_of(c, "A");
  CHECK(a.total_days == 52);
  CHECK(a.end == date{2026, 3, 17});
  CHECK(a.meets_deadline());
  CHECK(a.margin == 75);
  // B1: the DNS pointing (1) instead of the domain transfer (5): 48 days, Wednesday 11 March.
  CHECK(plan_of(c, "B1").end == date{2026, 3, 11});
  // B2: no migration, data or domain; server access (1): 42 days, Tuesday 3 March.
  CHECK(plan_of(c, "B2").end == date{2026, 3, 3});
}

TEST_CASE("the critical path, and the loop counted apart", "[timeline]") {
  const handover_case& c = default_case();
  const process_graph p = build_process(c, *c.find_scenario("A"));
  const schedule s = make_schedule(p, start_of(c));
  for (const scheduled_step& step : s.steps) {
    INFO(p.node(step.state).id);
    // Everything is on one chain but the extra documentation, which only happens in the loop.
    CHECK(step.in_loop == (p.node(step.state).id == "complements"));
    if (p.node(step.state).kind != node_kind::decision) CHECK(step.critical == !step.in_loop);
  }
  REQUIRE(s.loops.size() == 1);
  CHECK(p.node(s.loops[0].from).id == "complements");
  CHECK(s.loops[0].days == 3);
}

TEST_CASE("a loop step longer than what follows the decision does not move the end", "[timeline]") {
  // rendez-vous, code_seul: 25 + 8 + 1 + 1 + 1 + 2 + 2 = 40 working days from Monday 4 January
  // 2027; the gaps fixed when acceptance fails take 4 days, more than the 2 of the sign-off after
  // it, and only happen when the loop is taken.
  const handover_case c = load_case_file(testing::source_path("cases/rendez-vous.yaml"));
  const process_graph p = build_process(c, *c.find_scenario("code_seul"));
  const schedule s = make_schedule(p, start_of(c));
  CHECK(s.total_days == 40);
  CHECK(s.end == date{2027, 2, 26});
  for (const scheduled_step& step : s.steps) {
    INFO(p.node(step.state).id);
    CHECK(step.in_loop == (p.node(step.state).id == "ecarts"));
    // One chain: every step of the plan is critical, the end included.
    if (p.node(step.state).kind != node_kind::decision) CHECK(step.critical == !step.in_loop);
  }
  const auto fin = std::find_if(s.steps.begin(), s.steps.end(), [&](const scheduled_step& x) { return p.node(x.state).id == "fin"; });
  REQUIRE(fin != s.steps.end());
  CHECK(fin->last_day == s.end);
  REQUIRE(s.loops.size() == 1);
  CHECK(s.loops[0].days == 4);
}

TEST_CASE("a loop back to a step before the decision: what it goes through stays in the plan", "[timeline]") {
  // build (5) -> review? yes: ship (1) -> end; no: fix (2) -> back to build.
  const load_result r = parse_case(R"(case: loop
title: Loop
language: en
actors:
  team: {name: Team, side: current}
  agency: {name: Agency, side: next}
  board: {name: Board, side: funder}
components:
  code: {name: Code, holder: team}
scenarios:
  all: {title: Everything, transfers: all}
emergencies: {held_by: team}
process:
  - {id: start, kind: start, actor: board}
  - {id: build, actor: team, label: Build, hands_over: [code], duration: 5}
  - id: receipt
    kind: decision
    role: receipt
    actor: agency
    label: Received?
    next: {yes: switch, no: fix}
  - {id: fix, actor: team, label: Fix, duration: 2, next: build}
  - {id: switch, kind: milestone, actor: agency, label: On call, emergencies: agency}
  - {id: ok, role: validation, actor: board, label: Sign-off, duration: 1}
  - {id: end, kind: end, actor: board}
)",
                                   "loop.yaml");
  for (const diagnostic& d : r.diagnostics) INFO(d.format());
  REQUIRE(r.ok());
  const process_graph p = build_process(*r.value, *r.value->find_scenario("all"));
  const schedule s = make_schedule(p, date{2026, 1, 5});
  CHECK(s.total_days == 6);
  for (const scheduled_step& step : s.steps) {
    const std::string& id = p.node(step.state).id;
    INFO(id);
    CHECK(step.in_loop == (id == "fix"));
    if (id == "build" || id == "ok" || id == "end") CHECK(step.critical);
  }
  REQUIRE(s.loops.size() == 1);
  CHECK(p.node(s.loops[0].to).id == "build");
  CHECK(s.loops[0].days == 7);  // build again after the fix: 5 + 2
}

TEST_CASE("a deadline that slips is said clearly", "[timeline]") {
  handover_case c = default_case();
  c.deadline = "2026-03-02";
  const process_graph p = build_process(c, *c.find_scenario("A"));
  const schedule s = make_schedule(p, start_of(c));
  CHECK_FALSE(s.meets_deadline());
  CHECK(s.margin == -11);  // 2 March to 17 March: 11 working days late
  const auto lines = describe_schedule(p, s, {});
  CHECK(lines[1] == "⚠ Échéance du 02/03/2026 dépassée de 11 jours ouvrés");
  const gantt_chart g = make_gantt(p, s, {});
  CHECK(g.deadline_missed);
}

TEST_CASE("the Gantt chart: one row per step of the plan, drawn as SVG", "[timeline]") {
  const handover_case& c = default_case();
  const process_graph p = build_process(c, *c.find_scenario("B1"));
  const gantt_chart g = make_gantt(p, make_schedule(p, start_of(c)), {.reader = audience::technical});
  std::vector<std::string> labels;
  for (const gantt_row& r : g.rows) labels.push_back(r.label);
  CHECK(labels.front() == "Choix du prestataire");
  CHECK(labels.back() == "Passation effective");
  CHECK(std::find(labels.begin(), labels.end(), "Compléments de documentation") == labels.end());
  REQUIRE(g.deadline);
  CHECK(g.deadline->label == "Échéance 30/06/2026");
  const testing::svg_document svg(render(g, {.format = output_format::svg}).bytes);
  CHECK(svg.count("//s:g[@class='node'][starts-with(s:title, 'bar')]") == static_cast<int>(g.rows.size()));
  CHECK(svg.count("//s:foreignObject") == 0);
}
