// The diagrams built from a process, before any drawing: lanes, nodes, words for each audience.

#include <catch2/catch.hpp>

#include "passation/flowchart.hpp"
#include "passation/load.hpp"

using namespace passation;

namespace {

diagram chart(const std::string& scenario, audience a, std::optional<language> lang = {}) {
  const handover_case& c = default_case();
  return make_flowchart(build_process(c, *c.find_scenario(scenario)), {.reader = a, .lang = lang});
}

const diagram_node* node(const diagram& d, const std::string& key) {
  for (const diagram_node& n : d.nodes) {
    if (n.key == key) return &n;
  }
  return nullptr;
}

std::vector<std::string> lane_titles(const diagram& d) {
  std::vector<std::string> titles;
  for (const diagram_lane& l : d.lanes) titles.push_back(l.title);
  return titles;
}

}  // namespace

TEST_CASE("one lane per actor who takes part, in the case's order", "[flowchart]") {
  CHECK(lane_titles(chart("B1", audience::technical)) ==
        std::vector<std::string>{"Thibaud (CREAI)", "Cheffe de projet (CREAI)", "Prestataire externe", "ARS Occitanie"});
  CHECK(lane_titles(chart("B1", audience::plain)) ==
        std::vector<std::string>{"CREAI", "Cheffe de projet CREAI", "Prestataire externe", "ARS Occitanie"});
}

TEST_CASE("the funder reads plain words, the contractor technical ones", "[flowchart]") {
  const diagram plain = chart("B1", audience::plain), technical = chart("B1", audience::technical);
  CHECK(node(plain, "pointage_dns")->label == "L'adresse internet mène au nouvel hébergement");
  CHECK(node(technical, "pointage_dns")->label == "Pointage DNS vers le nouvel hébergement");
  // A detail written for the contractor only never reaches the funder.
  CHECK(node(technical, "pointage_dns")->details == std::vector<std::string>{"À la demande du prestataire"});
  CHECK(node(plain, "pointage_dns")->details.empty());
  for (const diagram_node& n : plain.nodes) {
    INFO(n.key);
    CHECK(n.label.find("Thibaud") == std::string::npos);
    CHECK(n.badge.find("Thibaud") == std::string::npos);
  }
}

TEST_CASE("every step shows who holds emergencies", "[flowchart]") {
  const diagram d = chart("A", audience::plain);
  for (const diagram_node& n : d.nodes) {
    if (n.kind != diagram_node_kind::step && n.kind != diagram_node_kind::milestone) continue;
    INFO(n.key);
    CHECK(n.badge.rfind("Urgences\u00A0: ", 0) == 0);
  }
  CHECK(node(d, "complements")->badge == "Urgences\u00A0: CREAI");
  CHECK(node(d, "validation")->badge == "Urgences\u00A0: Prestataire externe");
  CHECK(node(d, "complements")->tone != node(d, "validation")->tone);
  // The technical version adds the duration.
  CHECK(node(chart("A", audience::technical), "documentation")->badge == "Urgences\u00A0: Thibaud (CREAI) · 10\u00A0j");
}

TEST_CASE("the legend shows what is drawn, in the chosen language", "[flowchart]") {
  const diagram fr = chart("B2", audience::plain);
  std::vector<std::string> labels;
  for (const legend_entry& e : fr.legend) labels.push_back(e.label + (e.badge.empty() ? "" : " / " + e.badge));
  CHECK(labels == std::vector<std::string>{"Début / fin", "Décision\u00A0?", "Jalon", "Étape / Urgences\u00A0: CREAI",
                                           "Étape / Urgences\u00A0: Prestataire externe"});
  const diagram en = chart("B2", audience::plain, language::en);
  CHECK(en.legend_title == "Legend");
  CHECK(en.legend.front().label == "Start / end");
  CHECK(en.subtitle.rfind("Scenario B2: ", 0) == 0);
}

TEST_CASE("decisions keep their labelled answers", "[flowchart]") {
  const diagram d = chart("B1", audience::technical);
  std::vector<std::string> answers;
  for (const diagram_edge& e : d.edges) {
    if (d.nodes[e.from].key == "reception") answers.push_back(e.label + ":" + d.nodes[e.to].key);
  }
  CHECK(answers == std::vector<std::string>{"oui:urgences", "non:complements"});
}

TEST_CASE("the overview is the funder's choice of scenario as a decision", "[flowchart]") {
  const diagram d = make_overview(default_case(), {.reader = audience::plain});
  const diagram_node* choice = node(d, "scenario-choice");
  REQUIRE(choice);
  CHECK(choice->kind == diagram_node_kind::decision);
  std::vector<std::string> branches;
  std::size_t choice_index = static_cast<std::size_t>(choice - d.nodes.data());
  for (const diagram_edge& e : d.edges) {
    if (e.from == choice_index) branches.push_back(e.label + ":" + d.nodes[e.to].key);
  }
  CHECK(branches == std::vector<std::string>{"A:scenario-A", "B1:scenario-B1", "B2:scenario-B2"});
  // Each box says what the scenario moves and keeps, and the steps only it has.
  const diagram_node* b1 = node(d, "scenario-B1");
  REQUIRE(b1);
  CHECK(std::find(b1->details.begin(), b1->details.end(), "Gardé par le CREAI\u00A0:") != b1->details.end());
  CHECK(std::find(b1->details.begin(), b1->details.end(), "• L'adresse internet") != b1->details.end());
  CHECK(std::find(b1->details.begin(), b1->details.end(), "• L'adresse internet mène au nouvel hébergement") !=
        b1->details.end());
  CHECK(node(d, "scenario-A")->details.front() == "Transféré\u00A0: tout");
  // Steps every scenario shares are drawn once.
  CHECK(node(d, "documentation"));
  CHECK(node(d, "reception"));
  CHECK_FALSE(node(d, "pointage_dns"));
}
