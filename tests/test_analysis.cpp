// Deriving prerequisites, profiles, risks and advantages from the rules, and exploring splits.
// Every expected figure below is worked out by hand from the case in the test, not read from the
// program's output.

#include <map>

#include <catch2/catch.hpp>

#include "passation/analysis.hpp"
#include "passation/check.hpp"
#include "passation/explore.hpp"
#include "passation/load.hpp"
#include "support.hpp"

using namespace passation;

namespace {

const handover_case& sport_sante() { return default_case(); }

assessment of(const std::string& scenario) {
  return assess(sport_sante(), split_of(sport_sante(), *sport_sante().find_scenario(scenario)));
}

// "skill=level" for each prerequisite, in the case's order of skills.
std::vector<std::string> prerequisites(const handover_case& c, const assessment& a) {
  std::vector<std::string> out;
  for (const prerequisite& p : a.prerequisites)
    out.push_back(c.skills[p.skill].id + "=" + c.skills[p.skill].levels[p.level].id);
  return out;
}

std::vector<std::string> texts(const std::vector<finding>& findings, audience a) {
  std::vector<std::string> out;
  for (const finding& f : findings) out.push_back(f.what.for_audience(a));
  return out;
}

split parts(const handover_case& c, std::initializer_list<const char*> moved) {
  split s;
  s.transferred.assign(c.components.size(), false);
  for (const char* id : moved) s.transferred[*c.component_index(id)] = true;
  return s;
}

// A small case: components a, b, c held by the current team; skill x with levels 0..2; two
// profiles, "low" (x=1) and "high" (x=2).
handover_case small_case() {
  handover_case c;
  c.id = "small";
  c.title = "Small";
  c.actors = {{.id = "team", .name = "Team", .side = actor_side::current},
              {.id = "next", .name = "Next", .side = actor_side::next}};
  for (const char* id : {"a", "b", "c"}) c.components.push_back({.id = id, .name = id, .holder = "team"});
  c.skills = {{.id = "x", .label = "X", .levels = {{.id = "x0"}, {.id = "x1"}, {.id = "x2"}}},
              {.id = "y", .label = "Y", .levels = {{.id = "y0"}, {.id = "y1"}}}};
  c.profiles = {{.id = "low", .name = "Low", .skills = {{"x", "x1", {}}}},
                {.id = "high", .name = "High", .skills = {{"x", "x2", {}}}}};
  return c;
}

std::vector<std::string> ranked_ids(const handover_case& c, const exploration& e) {
  std::vector<std::string> out;
  for (const explored_split& s : e.ranked) {
    std::string ids;
    for (std::size_t i = 0; i < c.components.size(); ++i) {
      if (s.parts.is_transferred(i)) ids += c.components[i].id;
    }
    out.push_back(ids);
  }
  return out;
}

// One point of a Pareto front: the components transferred, the profile's id ("" when none
// covers the split), the dependence and the rank.
struct front_point {
  std::string transferred;
  std::string profile;
  std::size_t dependence;
  std::uint64_t rank;
  friend bool operator==(const front_point&, const front_point&) = default;
};

std::string transferred_ids(const handover_case& c, const split& parts) {
  std::string ids;
  for (std::size_t i = 0; i < c.components.size(); ++i) {
    if (parts.is_transferred(i)) ids += (ids.empty() ? "" : ",") + c.components[i].id;
  }
  return ids;
}

std::vector<front_point> points(const handover_case& c, const std::vector<explored_split>& splits) {
  std::vector<front_point> out;
  for (const explored_split& s : splits) {
    out.push_back({transferred_ids(c, s.parts), s.profile ? c.profiles[*s.profile].id : "", s.dependence, s.rank});
  }
  return out;
}

// The Pareto front worked out by brute force: every split (in ranking order), its profile and
// dependence from assess(), each pair kept when no other pair is at most as large on both and
// smaller on one, and for each pair its first split in ranking order; ordered by profile, then
// dependence.
std::vector<front_point> front_by_brute_force(const handover_case& c) {
  const exploration all = explore(c, {.limit = 0});
  REQUIRE(all.ranked.size() == all.splits);
  const std::size_t none = c.profiles.size();
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (const explored_split& s : all.ranked) {
    const assessment a = assess(c, s.parts);
    pairs.emplace_back(a.profile.value_or(none), a.dependence.size());
  }
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> first;  // each pair, and its first index in ranked
  for (std::size_t i = 0; i < pairs.size(); ++i) first.emplace(pairs[i], i);
  std::vector<std::pair<std::pair<std::size_t, std::size_t>, std::size_t>> front;  // ordered as the map
  for (const auto& [pair, i] : first) {
    bool dominated = false;
    for (const auto& [other, j] : first) {
      if (other.first <= pair.first && other.second <= pair.second && other != pair) dominated = true;
    }
    if (!dominated) front.push_back({pair, i});
  }
  std::vector<front_point> out;
  for (const auto& [pair, i] : front) {
    out.push_back({transferred_ids(c, all.ranked[i].parts), pair.first < none ? c.profiles[pair.first].id : "",
                   pair.second, static_cast<std::uint64_t>(i + 1)});
  }
  return out;
}

}  // namespace

TEST_CASE("scenario A: the seed's prerequisites and profile, derived from the rules", "[analysis]") {
  const assessment a = of("A");
  CHECK(prerequisites(sport_sante(), a) == std::vector<std::string>{"wordpress=maitrise", "php_mysql=confirme",
                                                                    "hebergement=autonome", "support=repondre"});
  REQUIRE(a.profile);
  CHECK(sport_sante().profiles[*a.profile].id == "autonome");
  CHECK(sport_sante().profiles[*a.profile].name.for_audience(audience::plain) == "Prestataire autonome");
  CHECK(a.risks.empty());
  CHECK(a.kept.empty());
  CHECK(a.dependence.empty());
}

TEST_CASE("scenario B1: as A plus DNS coordination, and the dependence on Thibaud for the domain", "[analysis]") {
  const assessment b1 = of("B1");
  CHECK(prerequisites(sport_sante(), b1) == std::vector<std::string>{"wordpress=maitrise", "php_mysql=confirme",
                                                                     "hebergement=autonome", "support=repondre",
                                                                     "dns=demander_pointage"});
  CHECK(sport_sante().profiles[*b1.profile].id == "autonome");
  CHECK(texts(b1.risks, audience::technical) ==
        std::vector<std::string>{"Dépendance vers Thibaud pour le domaine (renouvellement, changement DNS)"});
}

TEST_CASE("scenario B2: no infrastructure to run, support listed, a less specialised contractor", "[analysis]") {
  const assessment b2 = of("B2");
  CHECK(prerequisites(sport_sante(), b2) == std::vector<std::string>{"wordpress=maitrise", "php_mysql=intermediaire",
                                                                     "hebergement=aucun", "support=repondre"});
  CHECK(sport_sante().profiles[*b2.profile].name.for_audience(audience::technical) ==
        "Dev PHP intermédiaire ou agence web");
  CHECK(texts(b2.risks, audience::technical) ==
        std::vector<std::string>{"Thibaud reste impliqué (hébergement = responsabilité)"});
  CHECK(texts(b2.advantages, audience::technical) ==
        std::vector<std::string>{"Plus facile à trouver, moins de risques de plantage serveur"});
  std::vector<std::string> kept;
  for (std::size_t i : b2.kept) kept.push_back(sport_sante().components[i].id);
  CHECK(kept == std::vector<std::string>{"donnees", "hebergement", "domaine"});  // the data stay on the server
  CHECK(b2.dependence == b2.kept);
}

TEST_CASE("two rules asking for one skill: the highest level wins, and both are the reason", "[analysis]") {
  const assessment a = of("A");
  const auto php = std::find_if(a.prerequisites.begin(), a.prerequisites.end(),
                                [](const prerequisite& p) { return sport_sante().skills[p.skill].id == "php_mysql"; });
  REQUIRE(php != a.prerequisites.end());
  REQUIRE(php->asked_by.size() == 2);
  CHECK(sport_sante().rules[php->asked_by[0].rule].id == "code_repris");
  CHECK(sport_sante().rules[php->asked_by[1].rule].id == "hebergement_repris");
  CHECK(sport_sante().skills[php->skill].levels[php->asked_by[0].level].id == "intermediaire");
  CHECK(sport_sante().skills[php->skill].levels[php->level].id == "confirme");
}

TEST_CASE("rules: one condition, a combined condition, no condition", "[analysis]") {
  handover_case c = small_case();
  c.rules = {{.id = "on_a", .when = {.transferred = {"a"}}, .requirements = {{"x", "x1", {}}}},
             {.id = "a_without_b", .when = {.transferred = {"a"}, .kept = {"b"}}, .risks = {"b stays behind"}},
             {.id = "always", .requirements = {{"y", "y1", {}}}}};
  const assessment only_a = assess(c, parts(c, {"a"}));
  CHECK(prerequisites(c, only_a) == std::vector<std::string>{"x=x1", "y=y1"});
  CHECK(texts(only_a.risks, audience::plain) == std::vector<std::string>{"b stays behind"});
  const assessment a_and_b = assess(c, parts(c, {"a", "b"}));
  CHECK(a_and_b.risks.empty());
  const assessment only_c = assess(c, parts(c, {"c"}));
  CHECK(prerequisites(c, only_c) == std::vector<std::string>{"y=y1"});
}

TEST_CASE("profiles: the least demanding that covers everything, or what none covers", "[analysis]") {
  handover_case c = small_case();
  c.rules = {{.when = {.transferred = {"a"}}, .requirements = {{"x", "x1", {}}}},
             {.when = {.transferred = {"b"}}, .requirements = {{"x", "x2", {}}}},
             {.when = {.transferred = {"c"}}, .requirements = {{"y", "y1", {}}}}};
  CHECK(c.profiles[*assess(c, parts(c, {"a"})).profile].id == "low");
  CHECK(c.profiles[*assess(c, parts(c, {"a", "b"})).profile].id == "high");
  // Nobody brings y1: no profile, y is uncovered, and the closest profile lacks only y.
  const assessment with_c = assess(c, parts(c, {"a", "c"}));
  CHECK_FALSE(with_c.profile);
  CHECK(with_c.uncovered == std::vector<std::size_t>{1});
  REQUIRE(with_c.closest);
  CHECK(c.profiles[*with_c.closest].id == "low");
  CHECK(with_c.closest_misses == std::vector<std::size_t>{1});
  CHECK(missing_skills(c, with_c, 1) == std::vector<std::size_t>{1});
}

TEST_CASE("exploration counts, worked out by hand", "[analysis][explore]") {
  handover_case c = small_case();
  // No coupling: every non-empty subset of {a, b, c}.
  CHECK(explore(c).splits == 7);
  // a and b together: {ab}, {c}, {abc}.
  c.couplings = {{.type = coupling::kind::together, .components = {"a", "b"}}};
  CHECK(explore(c).splits == 3);
  // c needs a: the 7 subsets but {c} and {b, c}.
  c.couplings = {{.type = coupling::kind::needs, .subject = "c", .components = {"a"}}};
  CHECK(explore(c).splits == 5);
  // Both: {ab} and {abc}.
  c.couplings = {{.type = coupling::kind::together, .components = {"a", "b"}},
                 {.type = coupling::kind::needs, .subject = "c", .components = {"a"}}};
  CHECK(explore(c).splits == 2);
}

TEST_CASE("the Sport Santé case has 39 splits that respect its couplings", "[analysis][explore]") {
  // Seven components; the data go with the hosting, corrections and improvements need the site.
  // (data, hosting): 2 ways; (site, corrections, improvements): 1 + 4 = 5; domain and support: 2
  // each. 2 × 5 × 2 × 2 = 40, less the split that hands nothing over.
  const exploration e = explore(sport_sante());
  CHECK(e.splits == 39);
  CHECK(e.ranked.size() == 39);
  std::uint64_t total = 0;
  for (std::uint64_t n : e.by_profile) total += n;
  CHECK(total == 39);
}

TEST_CASE("the ranking: least demanding profile first, then least dependence", "[analysis][explore]") {
  handover_case c = small_case();
  c.components.pop_back();  // a and b only
  c.rules = {{.when = {.transferred = {"a"}}, .requirements = {{"x", "x1", {}}}},
             {.when = {.transferred = {"b"}}, .requirements = {{"x", "x2", {}}}}};
  // {a}: low, 1 kept; {a, b}: high, 0 kept; {b}: high, 1 kept.
  const exploration e = explore(c);
  CHECK(ranked_ids(c, e) == std::vector<std::string>{"a", "ab", "b"});
  CHECK(e.by_profile == std::vector<std::uint64_t>{1, 2, 0});
  CHECK(e.ranked[0].rank == 1);
  CHECK(e.ranked[1].dependence == 0);
  const exploration top = explore(c, {.limit = 2});
  CHECK(top.splits == 3);
  CHECK(ranked_ids(c, top) == std::vector<std::string>{"a", "ab"});
}

TEST_CASE("exploration agrees with assess on every Sport Santé split", "[analysis][explore]") {
  const exploration e = explore(sport_sante());
  for (const explored_split& s : e.ranked) {
    const assessment a = assess(sport_sante(), s.parts);
    CHECK(a.profile == s.profile);
    CHECK(a.dependence.size() == s.dependence);
    CHECK(broken_couplings(sport_sante(), s.parts).empty());
  }
  for (std::size_t i = 1; i < e.ranked.size(); ++i) {
    const auto& before = e.ranked[i - 1];
    const auto& after = e.ranked[i];
    const std::size_t none = sport_sante().profiles.size();
    CHECK(std::make_pair(before.profile.value_or(none), before.dependence) <=
          std::make_pair(after.profile.value_or(none), after.dependence));
  }
}

TEST_CASE("the named scenarios are recognised, with their rank", "[analysis][explore]") {
  const exploration e = explore(sport_sante());
  REQUIRE(e.scenarios.size() == 3);
  for (const explored_split& named : e.scenarios) {
    REQUIRE(named.rank > 0);
    const explored_split& listed = e.ranked[named.rank - 1];
    CHECK(listed.scenario == named.scenario);
  }
  const exploration top = explore(sport_sante(), {.limit = 3});
  CHECK(top.scenarios[2].rank == e.scenarios[2].rank);  // ranks count every split, listed or not
}

TEST_CASE("threads do not change the result", "[analysis][explore]") {
  handover_case c = small_case();
  c.components.clear();
  for (int i = 0; i < 14; ++i) {
    c.components.push_back({.id = "k" + std::to_string(i), .name = "K", .holder = i % 3 ? "team" : "next"});
  }
  c.rules = {{.when = {.transferred = {"k1", "k2"}}, .requirements = {{"x", "x2", {}}}},
             {.when = {.transferred = {"k3"}, .kept = {"k4"}}, .requirements = {{"x", "x1", {}}}},
             {.when = {.kept = {"k5"}}, .requirements = {{"y", "y1", {}}}}};
  c.couplings = {{.type = coupling::kind::needs, .subject = "k6", .components = {"k7"}}};
  const exploration one = explore(c, {.limit = 50, .threads = 1});
  const exploration two = explore(c, {.limit = 50, .threads = 2});
  // 2^14 - 1 subsets, less those with k6 and without k7: 2^12.
  CHECK(one.splits == (1u << 14) - 1 - (1u << 12));
  CHECK(two.splits == one.splits);
  CHECK(two.by_profile == one.by_profile);
  CHECK(ranked_ids(c, two) == ranked_ids(c, one));
}

TEST_CASE("the Pareto front of Sport Santé: B2 with the intermediate profile, A with the autonomous one",
          "[analysis][explore][pareto]") {
  // The intermediate profile cannot take the hosting (php_mysql confirme, hebergement autonome),
  // so neither the data that go with it, nor the domain while the hosting is kept (dns gerer):
  // its least dependence keeps those three, and its best split with it hands everything else
  // over, which is B2. Every split it covers ranks first: (site and its two dependants 5 ×
  // support 2) − the empty split = 9. The autonomous profile covers A, which keeps nothing: rank 10.
  const handover_case& c = sport_sante();
  const exploration e = explore(c, {.limit = 5});
  const std::vector<front_point> expected{
      {"site,assistance,corrections,ameliorations", "intermediaire", 3, 1},
      {"site,donnees,hebergement,domaine,assistance,corrections,ameliorations", "autonome", 0, 10}};
  CHECK(points(c, e.pareto) == expected);
  CHECK(points(c, e.pareto) == front_by_brute_force(c));
  REQUIRE(e.pareto.size() == 2);
  CHECK(e.pareto[0].scenario == std::optional<std::size_t>{2});  // B2
  CHECK(e.pareto[1].scenario == std::optional<std::size_t>{0});  // A
}

TEST_CASE("the Pareto front of the food bank: the freelancer keeps the server, the agency takes all",
          "[analysis][explore][pareto]") {
  // A freelancer has no Linux administration: the hosting stays, and with it the database (they
  // go together) and the SMS account (it needs the hosting), three of Maya's components; the
  // code, fixes, domain and support can all go. Those splits rank first: (code 3 ways × domain
  // 2 × support 2) − 1 = 11. The web agency takes everything: rank 12.
  const handover_case c = load_case_file(testing::source_path("cases/foodbank.yaml"));
  const exploration e = explore(c, {.limit = 3});
  const std::vector<front_point> expected{{"code,domain,support,fixes", "freelancer", 3, 1},
                                          {"code,database,hosting,sms,domain,support,fixes", "agency", 0, 12}};
  CHECK(points(c, e.pareto) == expected);
  CHECK(points(c, e.pareto) == front_by_brute_force(c));
}

TEST_CASE("the Pareto front covers every split, whatever the limit and the threads", "[analysis][explore][pareto]") {
  // Fourteen components (2^14 block subsets: enough for two threads), three profiles, rules that
  // make dependence and profile pull against each other, and splits no profile covers.
  handover_case c = small_case();
  c.profiles.push_back({.id = "top", .name = "Top", .skills = {{"x", "x2", {}}, {"y", "y1", {}}}});
  c.components.clear();
  for (int i = 0; i < 14; ++i) {
    c.components.push_back({.id = "k" + std::to_string(i), .name = "K", .holder = i % 3 ? "team" : "next"});
  }
  c.rules = {{.when = {.transferred = {"k0"}}, .requirements = {{"x", "x1", {}}}},
             {.when = {.transferred = {"k1", "k2"}}, .requirements = {{"x", "x2", {}}}},
             {.when = {.transferred = {"k4"}}, .requirements = {{"y", "y1", {}}}},
             {.when = {.transferred = {"k5"}, .kept = {"k7"}}, .requirements = {{"x", "x2", {}}}},
             {.when = {.transferred = {"k8"}}, .requirements = {{"x", "x2", {}}, {"y", "y2", {}}}}};
  c.skills[1].levels.push_back({.id = "y2"});  // brought by no profile: k8 transferred is covered by none
  c.couplings = {{.type = coupling::kind::needs, .subject = "k6", .components = {"k7"}}};
  const std::vector<front_point> expected = front_by_brute_force(c);
  REQUIRE(expected.size() >= 3);
  // Every covered split keeps k8 (the team's): only the split that hands everything over leaves
  // nothing, and no profile covers it; it is on the front, last.
  CHECK(expected.back().transferred == "k0,k1,k2,k3,k4,k5,k6,k7,k8,k9,k10,k11,k12,k13");
  CHECK(expected.back().profile.empty());
  CHECK(expected.back().dependence == 0);
  const exploration one = explore(c, {.limit = 10, .threads = 1});
  const exploration two = explore(c, {.limit = 10, .threads = 2});
  const exploration all = explore(c, {.limit = 0, .threads = 2});
  CHECK(points(c, one.pareto) == expected);
  CHECK(points(c, two.pareto) == points(c, one.pareto));
  CHECK(points(c, all.pareto) == points(c, one.pareto));
  CHECK(points(c, two.ranked) == points(c, one.ranked));
  CHECK(two.by_profile == one.by_profile);
}

TEST_CASE("variants by scope: one group more or fewer", "[analysis][explore]") {
  const auto variants = scope_variants(sport_sante(), split_of(sport_sante(), *sport_sante().find_scenario("B1")));
  // B1 keeps only the domain: adding it gives A; each other component can go back unless
  // something transferred needs it (the site, needed by corrections and improvements); the data
  // and the hosting go back together.
  std::vector<std::string> changes;
  for (const scope_variant& v : variants) {
    std::string change;
    for (std::size_t i : v.added) change += "+" + sport_sante().components[i].id;
    for (std::size_t i : v.removed) change += "-" + sport_sante().components[i].id;
    changes.push_back(change);
  }
  CHECK(changes ==
        std::vector<std::string>{"-donnees-hebergement", "+domaine", "-assistance", "-corrections", "-ameliorations"});
  CHECK(variants[1].result.prerequisites.size() == of("A").prerequisites.size());
}

TEST_CASE("a case too large to explore says so", "[analysis][explore]") {
  handover_case c = small_case();
  c.components.clear();
  for (int i = 0; i < 31; ++i) c.components.push_back({.id = "k" + std::to_string(i), .name = "K", .holder = "team"});
  CHECK_THROWS_WITH(explore(c), Catch::Contains("2^31 splits"));
}
