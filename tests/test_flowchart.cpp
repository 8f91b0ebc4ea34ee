// The diagrams built from a process, before any drawing: lanes, nodes, words for each audience.

#include <catch2/catch.hpp>

#include <algorithm>

#include "passation/flowchart.hpp"
#include "passation/load.hpp"
#include "support.hpp"

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
  CHECK(
      lane_titles(chart("B1", audience::technical)) ==
      std::vector<std::string>{"Thibaud (CREAI)", "Cheffe de projet (CREAI)", "Prestataire externe", "ARS Occitanie"});
  CHECK(lane_titles(chart("B1", audience::plain)) ==
        std::vector<std::string>{"CREAI", "Cheffe de projet CREAI", "Prestataire externe", "ARS Occitanie"});
}

TEST_CASE("the funder reads plain words, the contractor technical ones", "[flowchart]") {
  const diagram plain = chart("B1", audience::plain), technical = chart("B1", audience::technical);
  CHECK(node(plain, "pointage_dns")->label == "L’adresse internet mène au nouvel hébergement");
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
  // Holders are named as a sentence names them.
  CHECK(node(d, "complements")->badge == "Urgences\u00A0: le CREAI");
  CHECK(node(d, "validation")->badge == "Urgences\u00A0: Prestataire externe");
  CHECK(node(d, "complements")->tone != node(d, "validation")->tone);
  // The technical version adds the duration, an estimate in this case.
  CHECK(node(chart("A", audience::technical), "documentation")->badge == "Urgences\u00A0: Thibaud · ≈\u00A010\u00A0j");
}

TEST_CASE("emergencies are said piece by piece where they split", "[flowchart]") {
  // B1 keeps the domain, B2 the server, its data and the domain: the CREAI still answers for them.
  CHECK(node(chart("B1", audience::plain), "validation")->badge ==
        "Urgences\u00A0: le CREAI (l’adresse internet)\u202F; Prestataire externe (le reste)");
  CHECK(node(chart("B2", audience::plain), "urgences")->badge ==
        "Urgences\u00A0: le CREAI (les données, l’hébergement, l’adresse internet)\u202F; Prestataire externe (le "
        "reste)");
  CHECK(node(chart("B2", audience::technical), "urgences")->badge ==
        "Urgences\u00A0: Thibaud (Base de données / contenu, Hébergement (serveur), Nom de domaine)\u202F; "
        "Prestataire externe (le reste)");
  // Before receipt, one holder for everything.
  CHECK(node(chart("B2", audience::plain), "reception")->badge.empty());
  CHECK(node(chart("B2", audience::plain), "complements")->badge == "Urgences\u00A0: le CREAI");
}

TEST_CASE("the legend shows what is drawn, in the chosen language", "[flowchart]") {
  const diagram fr = chart("B2", audience::plain);
  std::vector<std::string> labels;
  for (const legend_entry& e : fr.legend) labels.push_back(e.label + (e.badge.empty() ? "" : " / " + e.badge));
  // Each colour's sample says that the colour is who handles emergencies: two "Étape" told apart
  // by colour alone did not.
  const std::string by_holder = "Étape (sa couleur\u00A0: qui gère les urgences)";
  CHECK(labels ==
        std::vector<std::string>{"Début / fin", "Décision\u202F?", "Jalon", by_holder + " / Urgences\u00A0: le CREAI",
                                 by_holder + " / Urgences\u00A0: le CREAI (les données, l’hébergement, l’adresse "
                                             "internet)\u202F; Prestataire externe (le reste)",
                                 "*\u00A0: étape supposée, à confirmer"});
  // The milestone's sample is drawn in the colours of the milestone (green: the provider's).
  const auto milestone = std::find_if(fr.legend.begin(), fr.legend.end(),
                                      [](const legend_entry& e) { return e.kind == diagram_node_kind::milestone; });
  REQUIRE(milestone != fr.legend.end());
  CHECK(milestone->tone == node(fr, "urgences")->tone);
  // Estimated durations are said in the technical version, where durations are shown.
  const diagram technical = chart("B2", audience::technical);
  CHECK(technical.legend.back().label == "≈\u00A0: durée estimée, à confirmer");
  CHECK(node(technical, "acces_serveur")->label.ends_with("\u00A0*"));
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
  CHECK(std::find(b1->details.begin(), b1->details.end(), "• L’adresse internet") != b1->details.end());
  CHECK(std::find(b1->details.begin(), b1->details.end(), "• L’adresse internet mène au nouvel hébergement") !=
        b1->details.end());
  CHECK(node(d, "scenario-A")->details.front() == "Transféré\u00A0: tout");
  // Steps every scenario shares are drawn once.
  CHECK(node(d, "documentation"));
  CHECK(node(d, "reception"));
  CHECK_FALSE(node(d, "pointage_dns"));
}

namespace {

const handover_case& rendez_vous() {
  static const handover_case c = load_case_file(testing::source_path("cases/rendez-vous.yaml"));
  return c;
}

diagram city_chart(const std::string& scenario, audience a = audience::plain) {
  return make_flowchart(build_process(rendez_vous(), *rendez_vous().find_scenario(scenario)), {.reader = a});
}

// "label:target" of every edge leaving node `key`.
std::vector<std::string> out_of(const diagram& d, const std::string& key) {
  std::vector<std::string> out;
  for (const diagram_edge& e : d.edges) {
    if (d.nodes[e.from].key == key) out.push_back(e.label + ":" + d.nodes[e.to].key);
  }
  return out;
}

}  // namespace

TEST_CASE("two possible receivers: each scenario draws the lanes of those who take part in it", "[flowchart]") {
  const std::vector<std::string> agency_lanes{"Le développeur", "Service état civil", "Agence web",
                                              "Direction générale des services"};
  CHECK(lane_titles(city_chart("agence")) == agency_lanes);
  CHECK(lane_titles(city_chart("interne")) == std::vector<std::string>{"Le développeur", "Service état civil",
                                                                       "Service informatique de la ville",
                                                                       "Direction générale des services"});
  CHECK(lane_titles(city_chart("mixte")).size() == 5);
  // "The receiver" resolved: the new server is installed by whoever takes the server over.
  const diagram mixte = city_chart("mixte");
  CHECK(node(mixte, "serveur")->lane == 2);     // the IT department
  CHECK(node(mixte, "evolutions")->lane == 3);  // the agency takes the backlog
  // Emergencies after acceptance: each team those of what it takes.
  CHECK(
      node(mixte, "astreinte")->badge ==
      "Urgences\u00A0: l’agence (l’application, l’aide aux agents, les corrections et améliorations)\u202F; le service "
      "informatique (les rendez-vous enregistrés, l’hébergement, les rappels par SMS)");
  CHECK(node(city_chart("agence"), "astreinte")->badge == "Urgences\u00A0: l’agence");
}

TEST_CASE("the overview is right for every scenario when receivers and holders differ", "[flowchart]") {
  const diagram d = make_overview(rendez_vous(), {.reader = audience::plain});
  // A shared box only says what holds everywhere, or says it per scenario.
  CHECK(node(d, "documentation")->badge == "Urgences\u00A0: le développeur");
  CHECK(node(d, "astreinte")->badge == "Urgences\u00A0: selon le scénario");
  CHECK(node(d, "astreinte")->tone == no_tone);
  CHECK(node(d, "recette")->details ==
        std::vector<std::string>{
            "interne, mixte\u00A0: Service informatique de la ville\u202F; agence, code_seul\u00A0: Agence web"});
  // The return from the gaps goes back to the acceptance decision, drawn once.
  CHECK(out_of(d, "ecarts") == std::vector<std::string>{":recette"});
  CHECK(out_of(d, "recette") == std::vector<std::string>{"oui:astreinte", "non:ecarts"});
  // The funder's choice: the case's order. Each box lists only the steps that not every scenario has.
  CHECK(out_of(d, "scenario-choice") == std::vector<std::string>{"interne:scenario-interne", "agence:scenario-agence",
                                                                 "mixte:scenario-mixte",
                                                                 "code_seul:scenario-code_seul"});
  for (const diagram_node& n : d.nodes) {
    if (n.kind != diagram_node_kind::summary) continue;
    INFO(n.key);
    for (const char* shared : {"• Guides remis", "• Remise de l’application", "• Tout a-t-il été reçu\u202F?",
                               "• Les agents savent qui appeler"}) {
      CHECK(std::find(n.details.begin(), n.details.end(), shared) == n.details.end());
    }
  }
  CHECK(std::find(node(d, "scenario-agence")->details.begin(), node(d, "scenario-agence")->details.end(),
                  "• Consultation et choix de l’agence") != node(d, "scenario-agence")->details.end());
  // Where the scenarios part again after acceptance, the one without an old server goes straight on.
  CHECK(out_of(d, "scenario-choice-3") == std::vector<std::string>{"interne:scenario-interne-3",
                                                                   "agence:scenario-agence-3", "mixte:scenario-mixte-3",
                                                                   "code_seul:validation"});
}
