// The decision tree, who holds what, and the meeting pack.

#include <catch2/catch.hpp>

#include <cstdio>

#include <filesystem>
#include <functional>
#include <set>

#include "pack/brief_parts.hpp"
#include "passation/brief.hpp"
#include "passation/check.hpp"
#include "print/print.hpp"
#include "passation/flowchart.hpp"
#include "passation/load.hpp"
#include "passation/pack.hpp"
#include "passation/raci.hpp"
#include "passation/report.hpp"
#include "support.hpp"

using namespace passation;

namespace {

// The depth of each leaf of a tree diagram, counted in questions.
std::map<std::string, int> questions_to_reach(const diagram& d) {
  std::map<std::string, int> depth;
  std::function<void(std::size_t, int)> walk = [&](std::size_t node, int questions) {
    if (d.nodes[node].kind == diagram_node_kind::summary) depth[d.nodes[node].key] = questions;
    for (const diagram_edge& e : d.edges) {
      if (e.from == node) walk(e.to, questions + (d.nodes[node].kind == diagram_node_kind::decision ? 1 : 0));
    }
  };
  walk(0, 0);
  return depth;
}

std::string letters(const raci_matrix& m, const std::string& item, bool during, const std::string& actor,
                    const handover_case& c = default_case()) {
  for (const raci_row& row : m.rows) {
    if (row.item != item) continue;
    for (std::size_t i = 0; i < c.actors.size(); ++i) {
      if (c.actors[i].id == actor) return (during ? row.during : row.after)[i].letters();
    }
  }
  return "?";
}

}  // namespace

namespace {

// Every link of the landing page names a file of `p`, or one of its folders.
void check_landing_links(const pack& p) {
  REQUIRE(p.files.front().path == "index.html");
  const std::string& page = p.files.front().bytes;
  int links = 0;
  for (std::size_t at = page.find("href=\""); at != std::string::npos; at = page.find("href=\"", at + 1)) {
    const std::string target = page.substr(at + 6, page.find('"', at + 6) - at - 6);
    INFO(target);
    ++links;
    const bool folder = target.ends_with("/");
    CHECK(std::any_of(p.files.begin(), p.files.end(),
                      [&](const pack_file& f) { return folder ? f.path.starts_with(target) : f.path == target; }));
  }
  CHECK(links >= 4);
}

}  // namespace

TEST_CASE("the decision tree reaches A, B1 and B2 with two questions at most", "[decide]") {
  const diagram d = make_decision_tree(default_case(), {});
  const auto depth = questions_to_reach(d);
  CHECK(depth == std::map<std::string, int>{{"scenario-A", 2}, {"scenario-B1", 2}, {"scenario-B2", 1}});
  // The data and the hosting always go together: one question for both.
  CHECK(d.nodes[1].label == "Garder les données et l’hébergement chez le CREAI\u202F?");
  const diagram en = make_decision_tree(default_case(), {.lang = language::en});
  CHECK(en.nodes[1].label == "Keep les données and l'hébergement with le CREAI?");
}

TEST_CASE("scenarios that move the same pieces to different teams: the tree asks who takes over", "[decide]") {
  const handover_case c = load_case_file(testing::source_path("cases/rendez-vous.yaml"));
  const diagram d = make_decision_tree(c, {});
  const auto depth = questions_to_reach(d);
  CHECK(depth ==
        std::map<std::string, int>{
            {"scenario-code_seul", 1}, {"scenario-interne", 2}, {"scenario-agence", 2}, {"scenario-mixte", 2}});
  std::vector<std::string> answers;
  for (const diagram_edge& e : d.edges) {
    if (d.nodes[e.from].label == "Qui reprend\u202F?") answers.push_back(e.label + ":" + d.nodes[e.to].key);
  }
  CHECK(answers == std::vector<std::string>{"Service informatique de la ville:scenario-interne",
                                            "Agence web:scenario-agence",
                                            "Service informatique de la ville + Agence web:scenario-mixte"});
}

TEST_CASE("with variants, the tree tells the best splits apart too", "[decide]") {
  const diagram d = make_decision_tree(default_case(), {.with_variants = true, .variants = 8});
  const auto depth = questions_to_reach(d);
  // The three named scenarios and the unnamed splits among the eight best, each reached once.
  CHECK(depth.size() >= 8);
  CHECK(depth.count("scenario-A"));
  CHECK(depth.count("scenario-B2"));
}

TEST_CASE("who holds what: one Accountable per row, the next team after the handover", "[raci]") {
  const handover_case& c = default_case();
  const raci_matrix a = make_raci(build_process(c, *c.find_scenario("A")));
  CHECK(check_raci(c, a).empty());
  // The contractor migrates the hosting, the CREAI still answers for it until receipt.
  CHECK(letters(a, "hebergement", true, "prestataire") == "R");
  CHECK(letters(a, "hebergement", true, "thibaud") == "A");
  CHECK(letters(a, "hebergement", false, "prestataire") == "R, A");
  CHECK(letters(a, "hebergement", false, "thibaud") == "C");
  CHECK(letters(a, "emergencies", true, "thibaud") == "R, A");
  CHECK(letters(a, "emergencies", false, "prestataire") == "R, A");
  CHECK(letters(a, "site", false, "ars") == "I");
  const raci_matrix b2 = make_raci(build_process(c, *c.find_scenario("B2")));
  CHECK(check_raci(c, b2).empty());
  CHECK(letters(b2, "hebergement", false, "thibaud") == "R, A");
  CHECK(letters(b2, "hebergement", false, "prestataire") == "C");
  CHECK(letters(b2, "donnees", false, "thibaud") == "R, A");
  // B2's emergencies split: the CREAI still answers for the server, its data and the domain.
  CHECK(letters(b2, "emergencies", false, "prestataire") == "?");
  CHECK(letters(b2, "emergencies:site+assistance+corrections+ameliorations", false, "prestataire") == "R, A");
  CHECK(letters(b2, "emergencies:site+assistance+corrections+ameliorations", false, "thibaud") == "C");
  CHECK(letters(b2, "emergencies:donnees+hebergement+domaine", true, "thibaud") == "R, A");
  CHECK(letters(b2, "emergencies:donnees+hebergement+domaine", false, "thibaud") == "R, A");
  CHECK(letters(b2, "emergencies:donnees+hebergement+domaine", false, "prestataire") == "C");
}

TEST_CASE("with two possible receivers, RACI follows the scenario's", "[raci]") {
  const handover_case c = load_case_file(testing::source_path("cases/rendez-vous.yaml"));
  // To the agency: the agency is Responsible and Accountable after, the IT department only Informed.
  const raci_matrix agence = make_raci(build_process(c, *c.find_scenario("agence")));
  CHECK(check_raci(c, agence).empty());
  CHECK(letters(agence, "code", false, "agence", c) == "R, A");
  CHECK(letters(agence, "code", false, "dsi", c) == "I");
  CHECK(letters(agence, "emergencies", false, "agence", c) == "R, A");
  CHECK(letters(agence, "serveur", true, "agence", c) == "R");  // the receiver installs the new server
  // Split between both: each answers for what it takes.
  const raci_matrix mixte = make_raci(build_process(c, *c.find_scenario("mixte")));
  CHECK(check_raci(c, mixte).empty());
  CHECK(letters(mixte, "serveur", false, "dsi", c) == "R, A");
  CHECK(letters(mixte, "serveur", true, "dsi", c) == "R");
  CHECK(letters(mixte, "code", false, "agence", c) == "R, A");
  CHECK(letters(mixte, "emergencies:code+assistance+evolutions", false, "agence", c) == "R, A");
  CHECK(letters(mixte, "emergencies:base+serveur+sms", false, "dsi", c) == "R, A");
  CHECK(letters(mixte, "emergencies:base+serveur+sms", false, "agence", c) == "I");
}

TEST_CASE("a row without anyone accountable is reported", "[raci]") {
  handover_case c = default_case();
  c.components[0].holder.clear();
  for (actor& a : c.actors) {
    if (a.side == actor_side::current) a.side = actor_side::other;
  }
  const auto problems = check_raci(c, make_raci(build_process(c, *c.find_scenario("B2"))));
  REQUIRE_FALSE(problems.empty());
  CHECK(problems[0].message.rfind("'site' has 0 accountable actors during the handover", 0) == 0);
}

TEST_CASE("the meeting pack of a small case: every file, the same bytes twice", "[pack]") {
  const handover_case c = load_case_file(testing::source_path("tests/cases/valid/newsletter.yaml"));
  const pack first = make_pack(c, {.screen_dpi = 48, .print_dpi = 60});
  const pack second = make_pack(c, {.screen_dpi = 48, .print_dpi = 60});
  REQUIRE(first.files.size() == second.files.size());
  std::set<std::string> paths;
  for (std::size_t i = 0; i < first.files.size(); ++i) {
    INFO(first.files[i].path);
    CHECK(first.files[i].path == second.files[i].path);
    CHECK(first.files[i].bytes == second.files[i].bytes);
    CHECK_FALSE(first.files[i].bytes.empty());
    paths.insert(first.files[i].path);
  }
  for (const char* expected : {"index.html",
                               "manifest.json",
                               "funder/brief.html",
                               "funder/brief.pdf",
                               "funder/slides.pptx",
                               "funder/slides.marp.md",
                               "contractor/dossier.html",
                               "contractor/dossier.pdf",
                               "diagrams/decision-tree.svg",
                               "diagrams/decision-tree.png",
                               "diagrams/decision-tree@print.png",
                               "diagrams/decision-tree.pdf",
                               "diagrams/overview-plain.svg",
                               "diagrams/scenario-all-plain.svg",
                               "diagrams/scenario-code-only-technical.pdf",
                               "diagrams/timeline-all.svg",
                               "tables/funder.md",
                               "tables/funder.csv",
                               "tables/funder.html",
                               "tables/raci-code-only.csv",
                               "tables/timeline-all.md"}) {
    CHECK(paths.count(expected));
  }
  CHECK(first.files.back().path == "manifest.json");
  // Every SVG declares a size that fits a 16:9 slide, in points.
  for (const pack_file& f : first.files) {
    if (!f.path.ends_with(".svg")) continue;
    INFO(f.path);
    const std::size_t root = f.bytes.find("<svg ");
    const double width = std::stod(f.bytes.substr(f.bytes.find("width=\"", root) + 7));
    const double height = std::stod(f.bytes.substr(f.bytes.find("height=\"", root) + 8));
    CHECK(width <= 960.01);
    CHECK(height <= 540.01);
    CHECK(f.bytes.find("viewBox=") != std::string::npos);
  }
  auto file = [&](std::string_view path) -> const std::string& {
    for (const pack_file& f : first.files) {
      if (f.path == path) return f.bytes;
    }
    FAIL("no " << path);
    static const std::string none;
    return none;
  };
  const std::string& deck = file("funder/slides.pptx");
  CHECK(deck.rfind("PK", 0) == 0);
  CHECK(deck.find("ppt/slides/slide1.xml") != std::string::npos);
  CHECK(file("funder/brief.pdf").rfind("%PDF", 0) == 0);
  CHECK(file("contractor/dossier.pdf").rfind("%PDF", 0) == 0);
  for (std::string_view path : {"index.html", "funder/brief.html", "contractor/dossier.html"}) {
    const std::string& page = file(path);
    INFO(path);
    CHECK(page.find("<script") == std::string::npos);
    // Nothing to fetch: the only addresses are the XML namespaces of the inline SVG.
    for (std::size_t at = page.find("http"); at != std::string::npos; at = page.find("http", at + 1)) {
      INFO(page.substr(at, 40));
      CHECK(page.compare(at, 18, "http://www.w3.org/") == 0);
    }
  }
  // The landing page links both documents, and each of its links leads to a file of the pack.
  CHECK(file("index.html").find("funder/brief.pdf") != std::string::npos);
  CHECK(file("index.html").find("contractor/dossier.html") != std::string::npos);
  check_landing_links(first);
}

TEST_CASE("a quick pack's landing page links only what the quick pack holds", "[pack]") {
  const pack p = make_pack(default_case(), {.quick = true});
  const std::string& page = p.files.front().bytes;
  REQUIRE(p.files.front().path == "index.html");
  CHECK(page.find("funder/brief.html") != std::string::npos);
  CHECK(page.find("funder/slides.marp.md") != std::string::npos);
  CHECK(page.find("funder/brief.pdf") == std::string::npos);
  CHECK(page.find("funder/slides.pptx") == std::string::npos);
  CHECK(page.find("contractor/dossier.pdf") == std::string::npos);
  check_landing_links(p);
}

TEST_CASE("a case too large to explore still gets its pack, with the reason in place of the splits", "[pack]") {
  handover_case c = load_case_file(testing::source_path("tests/cases/valid/minimal.yaml"));
  auto code = std::find_if(c.process.begin(), c.process.end(), [](const process_node& n) { return n.id == "code"; });
  REQUIRE(code != c.process.end());
  for (int i = 0; i < 70; ++i) {
    c.components.push_back({.id = "c" + std::to_string(i), .name = text("C" + std::to_string(i)), .holder = "team"});
    code->hands_over.push_back("c" + std::to_string(i));
  }
  c.scenarios[1].transfers.clear();
  c.scenarios[1].transfers_given = false;
  c.scenarios[1].keeps = {"data"};
  c.scenarios[1].keeps_given = true;
  REQUIRE(check_case(c).empty());
  const pack p = make_pack(c, {.screen_dpi = 20, .print_dpi = 20});
  const auto explore_md =
      std::find_if(p.files.begin(), p.files.end(), [](const pack_file& f) { return f.path == "tables/explore.md"; });
  REQUIRE(explore_md != p.files.end());
  CHECK(explore_md->bytes.find("The splits were not explored: the case has 72 components; exploring splits handles at "
                               "most 64") != std::string::npos);
  const auto dossier = std::find_if(p.files.begin(), p.files.end(),
                                    [](const pack_file& f) { return f.path == "contractor/dossier.html"; });
  REQUIRE(dossier != p.files.end());
  CHECK(dossier->bytes.find("The splits were not explored") != std::string::npos);  // in the dossier too
}

// The whole default pack, as the README's first command writes it: twice in this process (Graphviz's
// context, the font caches and the explored splits already warm the second time), and once by the
// command in a process of its own. Every file must have the same bytes all three times.
TEST_CASE("the whole Sport Santé pack has the same bytes in one process and in two", "[pack][whole]") {
  const pack first = make_pack(default_case(), {});
  const pack second = make_pack(default_case(), {});
  const std::filesystem::path folder = testing::fresh_folder("pack-determinism");
  const testing::command_result command = testing::run_cli({"pack", "-o", (folder / "pack").string()});
  REQUIRE(command.exit_code == 0);

  REQUIRE(first.files.size() == second.files.size());
  std::size_t on_disk = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder / "pack")) {
    if (entry.is_regular_file()) ++on_disk;
  }
  CHECK(on_disk == first.files.size());
  for (std::size_t i = 0; i < first.files.size(); ++i) {
    INFO(first.files[i].path);
    REQUIRE(first.files[i].path == second.files[i].path);
    CHECK(first.files[i].bytes == second.files[i].bytes);
    CHECK(testing::slurp(folder / "pack" / first.files[i].path) == first.files[i].bytes);
  }
}

TEST_CASE("the funder's slides show each flowchart in parts that fit a slide in type of 12 pt or more",
          "[pack][slides]") {
  const pack p = make_pack(default_case(), {.quick = true});
  std::string marp;
  std::vector<std::string> parts;
  for (const pack_file& f : p.files) {
    if (f.path == "funder/slides.marp.md") marp = f.bytes;
    if (!f.path.starts_with("diagrams/slide-") || !f.path.ends_with(".svg")) continue;
    INFO(f.path);
    parts.push_back(f.path.substr(std::string("diagrams/").size()));
    // At its own size, the part fits the slides' picture box (885 × 375 pt): shown there, no
    // text is smaller than drawn, and nothing is drawn under 12 pt.
    const std::size_t box = f.bytes.find("viewBox=\"0.00 0.00 ");
    REQUIRE(box != std::string::npos);
    double width = 0, height = 0;
    REQUIRE(std::sscanf(f.bytes.c_str() + box + 19, "%lf %lf", &width, &height) == 2);
    CHECK(width <= 885);
    CHECK(height <= 375);
    for (std::size_t at = f.bytes.find("font-size=\""); at != std::string::npos;
         at = f.bytes.find("font-size=\"", at + 1)) {
      CHECK(std::stod(f.bytes.substr(at + 11)) >= 12);
    }
  }
  // Every scenario is cut in parts, and the deck shows every part, in order.
  for (const scenario& s : default_case().scenarios) {
    CHECK(std::count_if(parts.begin(), parts.end(),
                        [&](const std::string& name) { return name.starts_with("slide-" + s.id + "-"); }) >= 2);
  }
  std::size_t at = 0;
  for (const std::string& name : parts) {
    at = marp.find("../diagrams/" + name, at);
    CHECK(at != std::string::npos);
  }
}

namespace {

// Every text of the case written for the contractor alone (its technical version differs from
// the plain one), and the names the funder never reads: skill labels, rule ids, node ids.
std::vector<std::string> technical_texts(const handover_case& c) {
  std::vector<std::string> out;
  auto add = [&](const text& t) {
    const std::string technical = t.only_for(audience::technical);
    if (!technical.empty() && technical != t.only_for(audience::plain)) out.push_back(technical);
  };
  add(c.title);
  add(c.description);
  for (const actor& a : c.actors) add(a.name), add(a.role), add(a.in_sentence);
  for (const component& co : c.components) add(co.name), add(co.meaning), add(co.notes);
  for (const skill& s : c.skills) out.push_back(s.label.for_audience(audience::technical));
  for (const profile& p : c.profiles) add(p.name);
  for (const rule& r : c.rules) {
    if (!r.id.empty()) out.push_back(r.id);
    for (const text& t : r.risks) add(t);
    for (const text& t : r.advantages) add(t);
  }
  for (const scenario& s : c.scenarios) add(s.title);
  for (const process_node& n : c.process) add(n.label), add(n.detail);
  for (const text& t : c.constraints) add(t);
  // A word the case's own plain texts use too (a first name in a risk) is the author's choice.
  std::string plain = c.description.only_for(audience::plain);
  for (const rule& r : c.rules) {
    for (const text& t : r.risks) plain += "\n" + t.only_for(audience::plain);
    for (const text& t : r.advantages) plain += "\n" + t.only_for(audience::plain);
  }
  std::erase_if(out, [&](const std::string& t) { return plain.find(t) != std::string::npos; });
  return out;
}

std::string everything_in(const brief& b) {
  std::string out = b.title + "\n" + b.subtitle + "\n" + b.context + "\n" + b.decision + "\n" + b.criteria_note + "\n" +
                    b.estimates_note;
  for (const brief_scenario& s : b.scenarios) {
    out += s.title + s.contractor + s.contractor_explained + s.answers_after + s.ends + s.receivers;
    for (const auto* list : {&s.handed_over, &s.kept, &s.risks, &s.advantages}) {
      for (const std::string& line : *list) out += "\n" + line;
    }
    for (const deadline_note& d : s.against_deadlines) out += "\n" + d.text;
  }
  for (const criterion& c : b.criteria) {
    out += "\n" + c.label + c.explanation;
    for (const rated& r : c.scenarios) out += "\n" + r.words;
  }
  for (const brief_question& q : b.questions) {
    out += "\n" + q.question;
    for (const std::string& line : q.common) out += "\n" + line;
    for (const auto& [who, lines] : q.per_scenario) {
      out += "\n" + who;
      for (const std::string& line : lines) out += "\n" + line;
    }
  }
  for (const std::string& line : b.transition) out += "\n" + line;
  for (const auto& [a, b2] : b.glossary) out += "\n" + a + b2;
  for (const auto& [a, b2] : b.profiles) out += "\n" + a + b2;
  return out;
}

}  // namespace

TEST_CASE("the funder's brief holds no technical text of the case, and says what is decided", "[brief]") {
  for (const char* path : {"", "cases/foodbank.yaml", "cases/rendez-vous.yaml"}) {
    INFO(path);
    const handover_case c = *path ? load_case_file(testing::source_path(path)) : default_case();
    const brief b = make_brief(c);
    const std::string all = everything_in(b);
    for (const std::string& technical : technical_texts(c)) {
      INFO(technical);
      CHECK(all.find(technical) == std::string::npos);
    }
    REQUIRE(b.scenarios.size() == c.scenarios.size());
    REQUIRE(b.criteria.size() == 5);
    for (const criterion& cr : b.criteria) CHECK(cr.scenarios.size() == c.scenarios.size());
  }
  const brief b = make_brief(default_case());
  CHECK(b.decision ==
        "À décider\u00A0: lequel des 3 scénarios ci-dessous retenir. Qui décide\u00A0: ARS Occitanie. "
        "Quand\u00A0: 30/01/2026 (Réunion de présentation à l’ARS).");
  // The seed's five questions, each answered from the model.
  REQUIRE(b.questions.size() == 5);
  for (const brief_question& q : b.questions) CHECK(q.answered);
  CHECK(b.questions[4].per_scenario.at(2).second ==
        std::vector<std::string>{"Le CREAI reste impliqué et responsable de l’hébergement"});
  // The criteria, derived: B2 leaves three of seven pieces with the CREAI and needs the least demanding contractor.
  CHECK(b.criteria[0].scenarios[2].words == "3 sur 7");
  CHECK(b.criteria[0].scenarios[2].level == rating::poor);
  CHECK(b.criteria[1].scenarios[2].level == rating::good);
  CHECK(b.criteria[1].scenarios[0].level == rating::poor);
  // Time: A ends after T1 but before S1; B2 just meets T1.
  CHECK(b.criteria[3].scenarios[0].words == "Après T1 2026, avant S1 2026");
  CHECK(b.criteria[3].scenarios[2].level == rating::good);
  CHECK(b.scenarios[0].ends == "Fin estimée le 15/04/2026");
  REQUIRE(b.scenarios[0].against_deadlines.size() == 2);
  CHECK_FALSE(b.scenarios[0].against_deadlines[0].met);
  CHECK(b.scenarios[0].against_deadlines[0].text == "T1 2026\u00A0: dépassée de 10 jours ouvrés");
  CHECK_FALSE(b.recommendation);  // the seed recommends nothing, and passation invents nothing
  CHECK_FALSE(b.estimates_note.empty());
}

TEST_CASE("a recommendation is the case author's, shown as theirs", "[brief]") {
  handover_case c = default_case();
  c.recommended = recommendation{"B2", {text("Moins cher")}, {}};
  const brief b = make_brief(c);
  REQUIRE(b.recommendation);
  CHECK(b.recommendation->find("B2") != std::string::npos);
  CHECK(b.recommendation->find("auteur du dossier") != std::string::npos);
  CHECK(b.recommendation_reasons == std::vector<std::string>{"Moins cher"});
}

TEST_CASE("the brief's PDF: page 1 holds the synthesis and the grid, no page ends on a heading", "[brief][print]") {
  const handover_case& c = default_case();
  const brief b = make_brief(c);
  const detail::brief_words words(detail::words_for(language::fr), "le CREAI");
  const detail::printed pdf = detail::print_to_pdf(detail::brief_page(b, words, language::fr), {});
  CHECK(pdf.pdf.rfind("%PDF", 0) == 0);
  CHECK(pdf.pages >= 1);
  CHECK(pdf.pages <= 4);
  REQUIRE(pdf.blocks.size() == pdf.pages);
  std::string first;
  for (const std::string& block : pdf.blocks.front()) first += block + "\n";
  CHECK(first.find("À décider") != std::string::npos);
  CHECK(first.find("Les scénarios côte à côte") != std::string::npos);
  CHECK(first.find("Critères de choix") != std::string::npos);
  CHECK(first.find("Fin estimée le 15/04/2026") != std::string::npos);
  // A page never ends on a heading: the last block of each page is not one of the brief's headings.
  for (const auto& page : pdf.blocks) {
    REQUIRE_FALSE(page.empty());
    for (std::string_view heading : {"Les scénarios côte à côte", "Critères de choix", "Les questions posées"}) {
      CHECK(page.back() != heading);
    }
  }
  // The same page gives the same bytes.
  CHECK(detail::print_to_pdf(detail::brief_page(b, words, language::fr), {}).pdf == pdf.pdf);
}
