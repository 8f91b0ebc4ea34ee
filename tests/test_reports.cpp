// The tables and lists, in every format: contents derived from the case, safe text, and the shape
// of each format.

#include <catch2/catch.hpp>

#include <libxml/HTMLparser.h>
#include <nlohmann/json.hpp>

#include "passation/error.hpp"
#include "passation/load.hpp"
#include "passation/report.hpp"
#include "support.hpp"

using namespace passation;

namespace {

const handover_case& sport_sante() { return default_case(); }

const report_table& table_of(const report& r) {
  for (const report_section& s : r.sections) {
    if (s.table) return *s.table;
  }
  throw std::runtime_error("no table");
}

std::vector<std::string> column(const report_table& t, const std::string& key) {
  std::size_t i = 0;
  while (i < t.columns.size() && t.columns[i].key != key) ++i;
  std::vector<std::string> out;
  for (const report_row& row : t.rows) {
    std::string joined;
    for (const std::string& line : row.cells.at(i)) joined += (joined.empty() ? "" : " + ") + line;
    out.push_back(joined);
  }
  return out;
}

}  // namespace

TEST_CASE("the funder's table is the seed's, derived", "[report]") {
  const report r = funder_report(sport_sante(), {.reader = audience::plain});
  const report_table& t = table_of(r);
  std::vector<std::string> headers;
  for (const report_column& c : t.columns) headers.push_back(c.label);
  CHECK(headers == std::vector<std::string>{"Scénario", "Ce qui est transféré", "Ce que le CREAI garde",
                                            "Type de prestataire à trouver",
                                            "Qui répond des urgences après la passation"});
  CHECK(column(t, "scenario") == std::vector<std::string>{"A — Passation complète",
                                                          "B1 — Le CREAI garde l’adresse internet",
                                                          "B2 — Le CREAI garde l’adresse internet et l’hébergement"});
  CHECK(column(t, "transferred")[0] == "Tout");
  // B2: the data stay on the CREAI's server (the seed names them on neither side; the case says why).
  CHECK(column(t, "kept") ==
        std::vector<std::string>{"Rien", "L’adresse internet", "Les données + L’hébergement + L’adresse internet"});
  CHECK(column(t, "contractor") == std::vector<std::string>{"Prestataire autonome", "Prestataire autonome",
                                                            "Prestataire moins spécialisé possible"});
  CHECK(column(t, "emergencies_after") ==
        std::vector<std::string>{
            "Prestataire externe", "Le CREAI (l’adresse internet)\u202F; Prestataire externe (le reste)",
            "Le CREAI (les données, l’hébergement, l’adresse internet)\u202F; Prestataire externe (le reste)"});
}

TEST_CASE("with two possible receivers, the tables say who takes what", "[report]") {
  const handover_case c = load_case_file(testing::source_path("cases/rendez-vous.yaml"));
  const report funder = funder_report(c, {.reader = audience::plain});
  const report_table& t = table_of(funder);
  CHECK(column(t, "receivers") ==
        std::vector<std::string>{
            "Service informatique de la ville", "Agence web",
            "Service informatique de la ville (les rendez-vous enregistrés, l’hébergement, les rappels "
            "par SMS)\u202F; Agence web (l’application, l’aide aux agents, les corrections et "
            "améliorations)",
            "Agence web"});
  CHECK(column(t, "emergencies_after")[1] == "L’agence");
  const report matrix = matrix_report(c, {.reader = audience::plain, .scenarios = {"mixte", "code_seul"}});
  const report_table& m = table_of(matrix);
  CHECK(column(m, "mixte") == std::vector<std::string>{"→ Agence web", "→ Service informatique de la ville",
                                                       "→ Service informatique de la ville",
                                                       "→ Service informatique de la ville", "→ Agence web",
                                                       "→ Agence web"});
  CHECK(column(m, "code_seul")[1] == "gardé");
  // Two scenarios that move the same pieces differ by who takes them.
  const report diff = diff_report(c, "interne", "agence", {.reader = audience::plain});
  const report_table& d = table_of(diff);
  CHECK(column(d, "from")[0] == "→ Service informatique de la ville");
  CHECK(column(d, "to")[0] == "→ Agence web");
  CHECK(column(d, "item").back() == "Qui répond des urgences après la passation");
}

TEST_CASE("the technical comparison lists prerequisites, profile, risks and advantages", "[report]") {
  const report r = technical_report(sport_sante(), {.reader = audience::technical});
  const report_table& t = table_of(r);
  const auto prerequisites = column(t, "prerequisites");
  CHECK(prerequisites[2] ==
        "WordPress\u00A0: Maîtrise (thèmes, plugins, config) + PHP/MySQL\u00A0: Intermédiaire (pas besoin de gérer "
        "l’infra) "
        "+ Hébergement\u00A0: Aucun (Thibaud gère) + Support utilisateurs\u00A0: Capable de répondre aux demandes");
  CHECK(prerequisites[1].find("Coordination DNS\u00A0: Savoir demander un pointage DNS") != std::string::npos);
  CHECK(prerequisites[0].find("DNS") == std::string::npos);
  CHECK(column(t, "profile")[0] == "Agence web ou dev PHP confirmé + expérience sysadmin");
  CHECK(column(t, "risks")[2] == "Thibaud reste impliqué (hébergement = responsabilité)");
  CHECK(column(t, "advantages")[2] == "Plus facile à trouver, moins de risques de plantage serveur");
}

TEST_CASE("the glossary and the matrix come from the components", "[report]") {
  const report glossary = glossary_report(sport_sante(), {.reader = audience::plain});
  const report_table& g = table_of(glossary);
  CHECK(g.rows.size() == 7);
  CHECK(column(g, "item")[3] == "L’adresse internet");
  CHECK(column(g, "meaning")[3] == "Le nom du portail (occitanie-sport-sante.fr)");
  const report matrix = matrix_report(sport_sante(), {.reader = audience::plain, .scenarios = {"B2", "A"}});
  const report_table& m = table_of(matrix);
  CHECK(m.columns[1].key == "B2");
  CHECK(column(m, "B2") ==
        std::vector<std::string>{"transféré", "gardé", "gardé", "gardé", "transféré", "transféré", "transféré"});
  CHECK(column(m, "A") == std::vector<std::string>(7, "transféré"));
}

TEST_CASE("every kind of table_kinds() is its builder's, and `table --kind` writes it", "[report][cli]") {
  const handover_case& c = sport_sante();
  for (const table_kind& k : table_kinds()) {
    INFO(k.name);
    CHECK(find_table_kind(k.name) == &k);
    const report built = k.build(c, {.reader = k.reader});
    CHECK(built.kind == k.name);
    const testing::command_result run = testing::run_cli({"table", "--kind", std::string(k.name), "--format", "md"});
    CHECK(run.exit_code == 0);
    CHECK(run.out == write_report(built, {.format = report_format::markdown}));
  }
  CHECK(find_table_kind("prerequisites") == nullptr);
  CHECK(testing::run_cli({"table", "--kind", "prerequisites"}).exit_code == 2);
}

TEST_CASE("prerequisite lists say why", "[report]") {
  const report r = prerequisites_report(sport_sante(), {.reader = audience::technical, .scenarios = {"B1"}});
  REQUIRE(r.sections.size() == 1);
  CHECK(r.sections[0].heading == "Scénario B1\u00A0: Thibaud garde le nom de domaine");
  const report_table& t = *r.sections[0].table;
  CHECK(column(t, "why")[4] ==
        "règle «\u202Fdomaine_garde\u202F» demande «\u202FSavoir demander un pointage DNS\u202F» — si transféré\u00A0: "
        "Hébergement (serveur) · gardé\u00A0: Nom de domaine");
  CHECK(r.sections[0].bullets.front() == "Profil minimum\u00A0: Agence web ou dev PHP confirmé + expérience sysadmin");
  REQUIRE(r.flat);
  CHECK(r.flat->rows.size() == 5 + 1 + 1);  // five prerequisites, the profile, one risk
}

TEST_CASE("a diff shows what moves and what changes", "[report]") {
  const report diff = diff_report(sport_sante(), "A", "B2", {.reader = audience::technical});
  const report_table& t = table_of(diff);
  CHECK(column(t, "item") == std::vector<std::string>{"Base de données / contenu", "Hébergement (serveur)",
                                                      "Nom de domaine", "PHP/MySQL", "Hébergement", "Profil minimum",
                                                      "Qui répond des urgences après la passation", "Risques",
                                                      "Avantages"});
  CHECK(column(t, "from")[0] == "transféré");
  CHECK(column(t, "to")[0] == "gardé");
  CHECK_THROWS_AS(diff_report(sport_sante(), "A", "Z"), passation::error);
}

TEST_CASE("the words follow --lang; the case's texts stay as written", "[report]") {
  const report r = funder_report(sport_sante(), {.reader = audience::plain, .lang = language::en});
  CHECK(r.title == "The possible scenarios");
  CHECK(table_of(r).columns[2].label == "What le CREAI keeps");
  CHECK(column(table_of(r), "transferred")[0] == "Everything");
}

TEST_CASE("Markdown: GitHub tables, user text never markup", "[report][formats]") {
  report r;
  r.title = "T *x*";
  r.sections.push_back(
      {"H", {"p <b>"}, report_table{"", {{"a", "A|B"}}, {{"", {{"one", "two"}}}, {"", {{"<script>"}}}}}, {"- b"}});
  const std::string md = write_report(r, {.format = report_format::markdown});
  CHECK(md.find("# T \\*x\\*\n") == 0);
  CHECK(md.find("| A\\|B |\n| --- |\n| one<br>two |\n| &lt;script&gt; |\n") != std::string::npos);
  CHECK(md.find("p &lt;b&gt;") != std::string::npos);
}

TEST_CASE("CSV: RFC 4180, and ';' for French spreadsheets", "[report][formats]") {
  report r;
  r.sections.push_back(
      {{},
       {},
       report_table{
           "", {{"a", "A"}, {"b", "B"}}, {{"", {{"x,y"}, {"say \"hi\""}}}, {"", {{"l1", "l2"}, {"=SUM(A1)"}}}}},
       {}});
  CHECK(write_report(r, {.format = report_format::csv}) ==
        "A,B\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n\"l1\nl2\",'=SUM(A1)\r\n");
  CHECK(write_report(r, {.format = report_format::csv, .csv_separator = ';'}) ==
        "\xEF\xBB\xBF"
        "A;B\r\nx,y;\"say \"\"hi\"\"\"\r\n\"l1\nl2\";'=SUM(A1)\r\n");
}

TEST_CASE("JSON: the documented shape", "[report][formats]") {
  const std::string text = write_report(funder_report(sport_sante()), {.format = report_format::json});
  const auto j = nlohmann::json::parse(text);
  CHECK(j["format"] == "passation-report/1");
  CHECK(j["kind"] == "funder");
  const auto& t = j["sections"][0]["table"];
  CHECK(t["columns"][0]["key"] == "scenario");
  CHECK(t["rows"][2]["id"] == "B2");
  CHECK(t["rows"][2]["cells"]["kept"] == nlohmann::json::array({"Les données", "L’hébergement", "L’adresse internet"}));
}

TEST_CASE("HTML: one page, no script, no external resource, printable", "[report][formats]") {
  report r = technical_report(sport_sante(), {.reader = audience::technical});
  r.sections.push_back({"<script>alert(1)</script>", {"\"quoted\" & <b>"}, std::nullopt, {"x\x01y"}});
  const std::string html = write_report(r, {.format = report_format::html});
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"fr\">", 0) == 0);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("&lt;script&gt;") != std::string::npos);
  CHECK(html.find("http") == std::string::npos);  // nothing fetched from anywhere
  CHECK(html.find("@media print") != std::string::npos);
  htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), "r.html", "UTF-8",
                                  HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  REQUIRE(doc);
  xmlFreeDoc(doc);
}
