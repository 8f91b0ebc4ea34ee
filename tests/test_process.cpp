// The process graph of each Sport Santé scenario: which steps it has, who holds emergencies,
// and Boost.Graph algorithms on it.

#include <catch2/catch.hpp>

#include <boost/graph/topological_sort.hpp>

#include "passation/load.hpp"
#include "passation/process.hpp"

using namespace passation;

namespace {

const handover_case& sport_sante() { return default_case(); }

process_graph process_of(const std::string& scenario) {
  return build_process(sport_sante(), *sport_sante().find_scenario(scenario));
}

bool has_step(const process_graph& p, const std::string& id) { return p.find(id).has_value(); }

// Who holds emergencies at `id`: one actor, or each holder with its pieces ("thibaud: donnees, hebergement").
std::string holder_at(const process_graph& p, const std::string& id) {
  const process_state& s = p.graph[*p.find(id)];
  if (!s.sole_emergency_holder().empty()) return s.sole_emergency_holder();
  std::string out;
  for (const emergency_share& share : s.emergency_shares()) {
    out += (out.empty() ? "" : "; ") + share.holder + ":";
    for (std::size_t k : share.components) out += " " + p.owner->components[k].id;
  }
  return out;
}

// The ids of the successors of `id`, with their labels ("oui:urgences").
std::vector<std::string> successors(const process_graph& p, const std::string& id) {
  std::vector<std::string> out;
  for (auto e : boost::make_iterator_range(boost::out_edges(*p.find(id), p.graph))) {
    const std::string label = p.graph[e].label.for_audience(audience::technical);
    out.push_back((label.empty() ? "" : label + ":") + p.node(boost::target(e, p.graph)).id);
  }
  return out;
}

}  // namespace

TEST_CASE("every scenario has the steps of every handover", "[process]") {
  for (const char* id : {"A", "B1", "B2"}) {
    INFO("scenario " << id);
    const process_graph p = process_of(id);
    for (const char* step : {"documentation", "formation_demandee", "formation", "reception", "complements", "urgences",
                             "validation", "fin"}) {
      INFO(step);
      CHECK(has_step(p, step));
    }
    CHECK(check_process(p).empty());
  }
}

TEST_CASE("scenario A moves the domain, B1 points the DNS instead, B2 opens the server", "[process]") {
  const process_graph a = process_of("A"), b1 = process_of("B1"), b2 = process_of("B2");
  CHECK(has_step(a, "transfert_domaine"));
  CHECK_FALSE(has_step(a, "pointage_dns"));
  CHECK_FALSE(has_step(a, "acces_serveur"));

  CHECK(has_step(b1, "pointage_dns"));
  CHECK_FALSE(has_step(b1, "transfert_domaine"));
  CHECK(has_step(b1, "migration_hebergement"));

  CHECK(has_step(b2, "acces_serveur"));
  CHECK_FALSE(has_step(b2, "migration_hebergement"));
  CHECK_FALSE(has_step(b2, "base"));
  CHECK_FALSE(has_step(b2, "transfert_domaine"));
  CHECK_FALSE(has_step(b2, "pointage_dns"));
}

TEST_CASE("a transition to a step that does not take place goes on to the next one", "[process]") {
  CHECK(successors(process_of("A"), "base") == std::vector<std::string>{"transfert_domaine"});
  CHECK(successors(process_of("B1"), "base") == std::vector<std::string>{"pointage_dns"});
  CHECK(successors(process_of("B2"), "code") == std::vector<std::string>{"acces_serveur"});
  CHECK(successors(process_of("B2"), "acces_serveur") == std::vector<std::string>{"tickets"});
  CHECK(successors(process_of("A"), "reception") == std::vector<std::string>{"oui:urgences", "non:complements"});
}

TEST_CASE("the CREAI holds emergencies until receipt is confirmed, then the contractor those of what it takes",
          "[process]") {
  for (const char* id : {"A", "B1", "B2"}) {
    const process_graph p = process_of(id);
    CHECK(holder_at(p, "choix_ars") == "thibaud");
    CHECK(holder_at(p, "documentation") == "thibaud");
    CHECK(holder_at(p, "reception") == "thibaud");
    CHECK(holder_at(p, "complements") == "thibaud");
  }
  CHECK(holder_at(process_of("A"), "urgences") == "prestataire");
  CHECK(holder_at(process_of("A"), "fin") == "prestataire");
  // B1 keeps the domain, B2 the server with its data and the domain: their emergencies stay with the CREAI.
  CHECK(holder_at(process_of("B1"), "validation") ==
        "prestataire: site donnees hebergement assistance corrections ameliorations; thibaud: domaine");
  CHECK(holder_at(process_of("B2"), "urgences") ==
        "prestataire: site assistance corrections ameliorations; thibaud: donnees hebergement domaine");
  CHECK(holder_at(process_of("B2"), "fin") == holder_at(process_of("B2"), "urgences"));
}

TEST_CASE("the loop back to the receipt decision is the only transition that closes a loop", "[process]") {
  const process_graph p = process_of("B1");
  std::vector<std::string> loops;
  for (auto e : boost::make_iterator_range(boost::edges(p.graph))) {
    if (p.graph[e].closes_loop) {
      loops.push_back(p.node(boost::source(e, p.graph)).id + "->" + p.node(boost::target(e, p.graph)).id);
    }
  }
  CHECK(loops == std::vector<std::string>{"complements->reception"});
}

TEST_CASE("the process graph works with Boost.Graph's algorithms", "[process]") {
  process_graph p = process_of("A");
  // Without the transitions that close loops, the process is a DAG that can be sorted.
  std::vector<process_graph::edge> loops;
  for (auto e : boost::make_iterator_range(boost::edges(p.graph))) {
    if (p.graph[e].closes_loop) loops.push_back(e);
  }
  for (auto e : loops) boost::remove_edge(e, p.graph);
  std::vector<process_graph::vertex> order;
  REQUIRE_NOTHROW(boost::topological_sort(p.graph, std::back_inserter(order)));
  CHECK(p.node(order.back()).kind == node_kind::start);
  CHECK(p.node(order.front()).kind == node_kind::end);
}

TEST_CASE("reading order follows the first branch first", "[process]") {
  const process_graph p = process_of("B2");
  std::vector<std::string> ids;
  for (auto v : p.reading_order()) ids.push_back(p.node(v).id);
  CHECK(ids == std::vector<std::string>{"choix_ars", "choix_prestataire", "documentation", "formation_demandee",
                                        "formation", "code", "acces_serveur", "tickets", "bascule_assistance",
                                        "reception", "urgences", "validation", "fin", "complements"});
}
