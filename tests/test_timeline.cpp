// Dates in working days, the schedule of each scenario against the deadline, the Gantt chart.
// Dates are worked out by hand on the 2026 calendar.

#include <catch2/catch.hpp>

#include <algorithm>

#include "passation/calendar.hpp"
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
  CHECK(date{2026, 1, 5}.weekday() == 0);                              // a Monday
  CHECK(date{2026, 1, 9}.plus_working_days(1) == date{2026, 1, 12});   // Friday + 1 = Monday
  CHECK(date{2026, 1, 10}.plus_working_days(0) == date{2026, 1, 12});  // a Saturday starts on Monday
  CHECK(date{2026, 1, 5}.plus_working_days(20) == date{2026, 2, 2});
  CHECK(date{2026, 3, 17}.working_days_until(date{2026, 6, 30}) == 75);
  CHECK(date{2026, 6, 30}.working_days_until(date{2026, 3, 17}) == -75);
}

TEST_CASE("French public holidays, Easter included, worked out by hand", "[timeline][calendar]") {
  CHECK(easter_sunday(2026) == date{2026, 4, 5});
  CHECK(easter_sunday(2027) == date{2027, 3, 28});
  CHECK(easter_sunday(2000) == date{2000, 4, 23});
  std::vector<std::string> fr;
  for (const public_holiday& h : public_holidays("fr", 2026)) fr.push_back(h.day.iso());
  CHECK(fr == std::vector<std::string>{"2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14",
                                       "2026-05-25", "2026-07-14", "2026-08-15", "2026-11-01", "2026-11-11",
                                       "2026-12-25"});
  // England and Wales: Christmas 2027 is a Saturday, Boxing Day a Sunday: Monday 27 and Tuesday 28.
  std::vector<std::string> gb;
  for (const public_holiday& h : public_holidays("gb", 2027)) gb.push_back(h.day.iso());
  CHECK(gb == std::vector<std::string>{"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31",
                                       "2027-08-30", "2027-12-27", "2027-12-28"});
  const work_calendar france("fr", {date{2026, 4, 24}});
  CHECK_FALSE(france.is_working_day(date{2026, 4, 6}));                      // Easter Monday
  CHECK_FALSE(france.is_working_day(date{2026, 4, 24}));                     // a closed day of the case
  CHECK(france.plus_working_days(date{2026, 4, 3}, 1) == date{2026, 4, 7});  // Friday + 1 skips Easter Monday
  CHECK(france.next_working_day_after(date{2026, 1, 30}) == date{2026, 2, 2});
  // Weekdays only: 2026-04-03 to 2026-04-10 is 5 working days; without Easter Monday, 4.
  CHECK(work_calendar().working_days_until(date{2026, 4, 3}, date{2026, 4, 10}) == 5);
  CHECK(france.working_days_until(date{2026, 4, 3}, date{2026, 4, 10}) == 4);
}

TEST_CASE("the Sport Santé calendar starts after the decision and skips the French holidays", "[timeline]") {
  const handover_case& c = default_case();
  // The ARS decides on Friday 30 January 2026: the handover starts on Monday 2 February.
  CHECK(start_of(c) == date{2026, 2, 2});
  // A: 20 + 10 + 2 (training: the longer answer) + 1 + 5 + 1 + 5 + 1 + 2 + 5 = 52 working days.
  // February has 20 (2-27), March 22 (2-31): day 42 is 31 March; then 1-3 April (45), Easter
  // Monday 6 April off, 7-10 (49), 13-15: the 52nd is Wednesday 15 April.
  const schedule a = plan_of(c, "A");
  CHECK(a.total_days == 52);
  CHECK(a.end == date{2026, 4, 15});
  CHECK(a.estimated);
  REQUIRE(a.deadlines.size() == 2);
  // T1 (31 March): late by 31 March, 1-3 and 7-10 and 13-14 April = 10 working days.
  CHECK(a.deadlines[0].margin == -10);
  // S1 (30 June): from 15 April, 12 days in April, 17 in May (1 and 8 May, Ascension on the 14th,
  // Whit Monday on the 25th off), 21 in June = 50.
  CHECK(a.deadlines[1].margin == 50);
  CHECK(a.meets_deadline());
  // B1: the DNS pointing (1) instead of the domain transfer (5): 48 days, Thursday 9 April, 6 days past T1.
  const schedule b1 = plan_of(c, "B1");
  CHECK(b1.end == date{2026, 4, 9});
  CHECK(b1.deadlines[0].margin == -6);
  // B2: no migration, data or domain; server access (1): 42 days, Tuesday 31 March, T1 just met.
  const schedule b2 = plan_of(c, "B2");
  CHECK(b2.end == date{2026, 3, 31});
  CHECK(b2.deadlines[0].met());
  CHECK(b2.deadlines[0].margin == 0);
  const auto lines = describe_schedule(build_process(c, *c.find_scenario("A")), a, {});
  CHECK(lines[0] == "Début\u00A0: 02/02/2026 · fin estimée\u00A0: 15/04/2026 (52 jours ouvrés, durées à confirmer)");
  CHECK(lines[1] == "⚠ T1 2026 (31/03/2026) dépassée de 10 jours ouvrés");
  CHECK(lines[2] == "S1 2026 (30/06/2026) respectée\u00A0: 50 jours ouvrés de marge");
  CHECK(lines[3] == "Jours non travaillés\u00A0: Lundi de Pâques (06/04/2026)");
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
  const auto fin = std::find_if(s.steps.begin(), s.steps.end(),
                                [&](const scheduled_step& x) { return p.node(x.state).id == "fin"; });
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
  c.deadlines = {{{}, "2026-04-01", {}}};
  const process_graph p = build_process(c, *c.find_scenario("A"));
  const schedule s = make_schedule(p, start_of(c));
  CHECK_FALSE(s.meets_deadline());
  CHECK(s.margin == -9);  // 1 April to 15 April, without Easter Monday: 9 working days late
  const auto lines = describe_schedule(p, s, {});
  CHECK(lines[1] == "⚠ Échéance du 01/04/2026 dépassée de 9 jours ouvrés");
  // The chart draws the missed deadline in red, and says so under the axis.
  const diagram g = make_gantt(p, s, {});
  const auto deadline = std::find_if(g.nodes.begin(), g.nodes.end(), [](const diagram_node& n) {
    return n.kind == diagram_node_kind::rule && n.mark != diagram_mark::none;
  });
  REQUIRE(deadline != g.nodes.end());
  CHECK(deadline->mark == diagram_mark::alert);
  CHECK(std::any_of(g.nodes.begin(), g.nodes.end(), [&](const diagram_node& n) {
    return n.kind == diagram_node_kind::text && n.mark == diagram_mark::alert && n.label == lines[1];
  }));
}

TEST_CASE("the Gantt chart: one row per step of the plan, drawn as SVG", "[timeline]") {
  const handover_case& c = default_case();
  const process_graph p = build_process(c, *c.find_scenario("B1"));
  const schedule plan = make_schedule(p, start_of(c));
  const diagram g = make_gantt(p, plan, {.reader = audience::technical});
  CHECK(g.pinned);
  auto of_kind = [&](std::initializer_list<diagram_node_kind> kinds) {
    std::vector<const diagram_node*> found;
    for (const diagram_node& n : g.nodes) {
      if (std::find(kinds.begin(), kinds.end(), n.kind) != kinds.end()) found.push_back(&n);
    }
    return found;
  };
  // The step names, right-aligned before day 0, one row under the other.
  std::vector<std::string> labels;
  for (const diagram_node* n : of_kind({diagram_node_kind::text})) {
    if (n->pin.anchor == diagram_anchor::right && n->pin.x < 0) labels.push_back(n->label);
  }
  CHECK(labels.front() == "Choix du prestataire");
  CHECK(labels.back() == "Passation effective");
  CHECK(std::find(labels.begin(), labels.end(), "Compléments de documentation") == labels.end());
  // A bar per step, from its start to its finish; the first starts on day 0.
  const auto bars = of_kind({diagram_node_kind::bar, diagram_node_kind::marker});
  REQUIRE(bars.size() == labels.size());
  CHECK(bars.front()->pin.x - bars.front()->pin.width / 2 == Approx(0));
  for (std::size_t i = 1; i < bars.size(); ++i) CHECK(bars[i]->pin.y < bars[i - 1]->pin.y);
  CHECK(std::any_of(bars.begin(), bars.end(), [](const diagram_node* n) { return n->mark == diagram_mark::alert; }));
  // Each deadline a rule, missed in red, met in green, with its name above the axis.
  std::vector<const diagram_node*> deadlines;
  for (const diagram_node* n : of_kind({diagram_node_kind::rule})) {
    if (n->mark != diagram_mark::none) deadlines.push_back(n);
  }
  REQUIRE(deadlines.size() == 2);
  CHECK(deadlines[0]->mark == diagram_mark::alert);
  CHECK(deadlines[1]->mark == diagram_mark::met);
  CHECK(deadlines[0]->pin.x < deadlines[1]->pin.x);
  for (const char* name : {"T1 2026 — 31/03/2026", "S1 2026 — 30/06/2026"}) {
    CHECK(std::any_of(g.nodes.begin(), g.nodes.end(),
                      [&](const diagram_node& n) { return n.label == name && n.pin.y > 0; }));
  }
  // Drawn as SVG: every node, and nothing but text stays text.
  const testing::svg_document svg(render(g, {.format = output_format::svg}).bytes);
  CHECK(svg.count("//s:g[@class='node']") == static_cast<int>(g.nodes.size() + g.legend.size()));
  CHECK(svg.count("//s:foreignObject") == 0);
  CHECK(svg.count("//s:text[. = 'Choix du prestataire']") == 1);
}
