// Loading case files: the embedded case, and one-line negative tests, each naming the line and
// column of the diagnostic it must produce.

#include <catch2/catch.hpp>

#include "passation/error.hpp"
#include "passation/load.hpp"
#include "support.hpp"

using namespace passation;

namespace {

// The diagnostics of `yaml`, each as "line:col: error: message".
std::vector<std::string> problems(const std::string& yaml) {
  std::vector<std::string> out;
  for (const diagnostic& d : parse_case(yaml, "t.yaml").diagnostics) {
    out.push_back(d.format().substr(std::string("t.yaml:").size()));
  }
  return out;
}

// True when one of the diagnostics starts with `expected`.
bool reports(const std::string& yaml, const std::string& expected) {
  for (const std::string& p : problems(yaml)) {
    if (p.rfind(expected, 0) == 0) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("the embedded case is the shipped Sport Santé file", "[load]") {
  CHECK(default_case_source() == testing::slurp(testing::source_path("cases/sport-sante.yaml")));
  const handover_case& c = default_case();
  CHECK(c.id == "sport-sante");
  CHECK(c.lang == language::fr);
  REQUIRE(c.deadlines.size() == 2);
  CHECK(c.deadlines[0].label.for_audience(audience::plain) == "T1 2026");
  CHECK(c.deadlines[1].day == "2026-06-30");
  CHECK(c.decision.day == "2026-01-30");
  CHECK(c.decision.by == "ars");
  CHECK(c.questions.size() == 5);
  CHECK(c.actors.size() == 4);
  CHECK(c.components.size() == 7);
  CHECK(c.scenarios.size() == 3);
  CHECK(c.profiles.size() == 2);
}

TEST_CASE("the Sport Santé case speaks to both audiences", "[load]") {
  const handover_case& c = default_case();
  const actor* creai = c.find_actor("thibaud");
  REQUIRE(creai);
  CHECK(creai->name.for_audience(audience::plain) == "CREAI");
  CHECK(creai->name.for_audience(audience::technical) == "Thibaud (CREAI)");
  CHECK(creai->side == actor_side::current);
  const component* domain = c.find_component("domaine");
  REQUIRE(domain);
  CHECK(domain->name.for_audience(audience::plain) == "L'adresse internet");
  CHECK(domain->name.for_audience(audience::technical) == "Nom de domaine");
  CHECK(domain->meaning.for_audience(audience::plain) == "Le nom du portail (occitanie-sport-sante.fr)");
  const skill* php = c.find_skill("php_mysql");
  REQUIRE(php);
  REQUIRE(php->levels.size() == 3);
  CHECK(php->levels[2].label.for_audience(audience::technical) == "Dev confirmé");
  CHECK(php->levels[2].detail.for_audience(audience::technical) == "debug, modifs custom");
  CHECK(php->level_index("intermediaire") == 1u);
}

TEST_CASE("scenarios split the components as the seed says", "[load]") {
  const handover_case& c = default_case();
  auto kept = [&](const std::string& scenario_id) {
    std::vector<std::string> ids;
    const split parts = split_of(c, *c.find_scenario(scenario_id));
    for (std::size_t i = 0; i < c.components.size(); ++i) {
      if (!parts.is_transferred(i)) ids.push_back(c.components[i].id);
    }
    return ids;
  };
  CHECK(kept("A").empty());
  CHECK(kept("B1") == std::vector<std::string>{"domaine"});
  // The seed's funder table: B2 keeps the internet address and the hosting; the data, which the
  // seed places on neither side, stay on the CREAI's server with it (the case's couplings say why).
  CHECK(kept("B2") == std::vector<std::string>{"donnees", "hebergement", "domaine"});
}

TEST_CASE("one-line negative tests: the diagnostic names the line and the column", "[load]") {
  CHECK(reports("case: x\ntitel: T\n", "2:1: error: unknown key 'titel' in the case (did you mean 'title'?)"));
  CHECK(reports("case: x\nlanguage: de\n", "2:11: error: the language must be one of 'fr', 'en', not 'de'"));
  CHECK(reports("case: x\ntitle: [a, b\n", "3:1: error: invalid YAML"));
  CHECK(reports("case: 'x y'\n", "1:7: error: the case id 'x y' is not a valid identifier"));
  CHECK(reports("case: x\ndeadline: 30/06/2026\n", "2:11: error: the deadline must be a date written YYYY-MM-DD"));
  CHECK(reports("actors:\n  a: {name: A}\n  a: {name: B}\n",
                "3:3: error: 'a' is defined twice in 'actors' (first at line 2)"));
  CHECK(reports("actors:\n  a: {name: A, side: funders}\n",
                "2:22: error: actor 'a' side must be one of 'current', 'next', 'funder', 'other', not 'funders' "
                "(did you mean 'funder'?)"));
  CHECK(reports("actors:\n  a: {name: A}\ncomponents:\n  c: {name: C, holder: b}\n",
                "4:3: error: component 'c' names actor 'b', which is not defined in 'actors'"));
  CHECK(reports("skills:\n  s: {label: S, levels: [{id: low}]}\nrules:\n  - require: {s: high}\n",
                "4:15: error: skill 's' has no level 'high'"));
  CHECK(reports("rules:\n  - when: {transfered: [a]}\n    require: {}\n",
                "2:12: error: unknown key 'transfered' in a condition ('when') (did you mean 'transferred'?)"));
  CHECK(reports("process:\n  - {id: a, kind: stpe}\n", "2:19: error: the kind of a node must be one of"));
  CHECK(reports("process:\n  - {id: a, duration: -2}\n",
                "2:23: error: step 'a' duration must be a number of working days"));
  CHECK(reports("", "1:1: error: the file holds no case"));
  CHECK(reports("# only a comment\n", "1:1: error: the file holds no case"));
  CHECK(reports("case: x\n---\ncase: y\n", "2:1: error: the file holds several YAML documents"));  // at the "---"
}

TEST_CASE("bytes that are not UTF-8 text are reported where they are", "[load]") {
  CHECK(reports("case: x\ntitle: caf\xE9\n", "2:11: error: the file is not valid UTF-8 (byte 0xE9)"));
  CHECK(reports(std::string("case: x\ntitle: a\0b\n", 19), "2:9: error: the file holds a NUL byte"));
  // A byte order mark is allowed and ignored.
  CHECK_FALSE(
      reports("\xEF\xBB\xBF"
              "case: x\n",
              "1:1: error: invalid YAML"));
}

TEST_CASE("a misspelt required key is reported once, as a misspelling", "[load]") {
  const auto found = problems("case: x\ntitel: T\n");
  CHECK(std::count_if(found.begin(), found.end(),
                      [](const std::string& p) { return p.find("'title'") != std::string::npos; }) == 1);
}

TEST_CASE("every problem is reported, not only the first", "[load]") {
  const auto found = problems("case: x\ntitel: T\nlanguage: de\nactors: 3\n");
  CHECK(found.size() >= 3);
}

TEST_CASE("load_case_file reports unreadable files as I/O errors", "[load]") {
  CHECK_THROWS_AS(load_case_file("/nonexistent/case.yaml"), io_error);
  CHECK_THROWS_AS(load_case_file(testing::source_path("cases")), io_error);
  try {
    (void)load_case_string("case: x\ntitel: T\n", "t.yaml");
    FAIL("an invalid case must throw");
  } catch (const case_error& e) {
    CHECK(e.diagnostics().size() >= 1);
    // The message names the first problem and how many more there are.
    CHECK(std::string(e.what()) == "t.yaml:1:1: error: the case needs 'actors' (and 4 more errors)");
  }
}

TEST_CASE("the two-receiver example of the case-file reference is a valid case file of the tests", "[load]") {
  std::string example = testing::slurp(testing::source_path("tests/cases/valid/two-teams.yaml"));
  example = example.substr(example.find('\n') + 1);  // its first line says where it comes from
  for (const char* doc : {"docs/case-file.md", "docs/fr/fichier-de-cas.md"}) {
    INFO(doc);
    CHECK(testing::slurp(testing::source_path(doc)).find("```yaml\n" + example + "```") != std::string::npos);
  }
}

TEST_CASE("the complete example of docs/case-file.md is a valid case file of the tests", "[load]") {
  std::string example = testing::slurp(testing::source_path("tests/cases/valid/newsletter.yaml"));
  example = example.substr(example.find('\n') + 1);  // its first line says where it comes from
  CHECK(testing::slurp(testing::source_path("docs/case-file.md")).find("```yaml\n" + example + "```") !=
        std::string::npos);
}
