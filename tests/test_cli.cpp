// The passation command, end to end: files written, messages, exit codes.

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "passation/explore.hpp"
#include "passation/load.hpp"
#include "passation/render.hpp"
#include "support.hpp"

using namespace passation::testing;

namespace {
bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}
// The file of the last explored split, for the funder.
std::string fmt_rank_file(std::size_t rank) {
  std::string digits = std::to_string(rank);
  return "split-" + std::string(3 - std::min<std::size_t>(3, digits.size()), '0') + digits + "-plain.svg";
}
}  // namespace

TEST_CASE("render with no arguments writes every scenario and the overview, for both audiences", "[cli]") {
  const auto folder = fresh_folder("render-all");
  const command_result r = run_cli({"render", "-o", (folder / "out").string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  for (const char* name :
       {"scenario-A-plain.svg", "scenario-A-technical.svg", "scenario-B1-plain.svg", "scenario-B1-technical.svg",
        "scenario-B2-plain.svg", "scenario-B2-technical.svg", "overview-plain.svg", "overview-technical.svg"}) {
    INFO(name);
    CHECK(std::filesystem::exists(folder / "out" / name));
    CHECK(contains(r.out, name));
  }
  CHECK(contains(r.out, "wrote 8 svg flowcharts of 'sport-sante' to"));
  CHECK(r.err.empty());  // Graphviz's messages never reach the terminal raw
}

TEST_CASE("render --explored draws every split explore lists, for both audiences, on two processes", "[cli]") {
  const auto folder = fresh_folder("render-explored");
  const passation::exploration e = passation::explore(passation::default_case(), {.limit = 100});
  const command_result r = run_cli({"render", "--explored", "-j", "2", "-o", (folder / "out").string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder / "out"))
    files += entry.is_regular_file() ? 1 : 0;
  CHECK(files == 2 * e.ranked.size());
  const std::string first = slurp(folder / "out" / "split-001-technical.svg");
  CHECK(contains(first, "Découpage n°\u00A01 — version technique"));
  CHECK(std::filesystem::exists(folder / "out" / fmt_rank_file(e.ranked.size())));
}

TEST_CASE("B1 draws the DNS pointing and no domain transfer, A the other way round, B2 server access", "[cli]") {
  const auto folder = fresh_folder("render-one");
  auto draw = [&](const std::string& scenario) {
    const auto file = folder / (scenario + ".svg");
    const command_result r =
        run_cli({"render", "--scenario", scenario, "--audience", "technical", "--format", "svg", "-o", file.string()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    return slurp(file);
  };
  const std::string b1 = draw("B1"), a = draw("A"), b2 = draw("B2");
  CHECK(contains(b1, "Pointage DNS"));
  CHECK_FALSE(contains(b1, "Transfert du nom de domaine"));
  CHECK(contains(a, "Transfert du nom de domaine"));
  CHECK_FALSE(contains(a, "Pointage DNS"));
  CHECK(contains(b2, "Accès serveur pour le"));  // the label wraps after "le"
  CHECK_FALSE(contains(b2, "Migration de l&#39;hébergement"));
  CHECK_FALSE(contains(b2, "Migration de l’hébergement"));
  for (const std::string* svg : {&a, &b1, &b2}) {
    CHECK(contains(*svg, "Documentation livrée"));
    CHECK(contains(*svg, "demandée\u202F?"));  // a decision wraps after "Formation"
    CHECK(contains(*svg, "Urgences\xC2\xA0: Thibaud"));
    CHECK(contains(*svg, "confirmée\u202F?"));
    CHECK(contains(*svg, "Réunion de validation ARS"));
  }
}

TEST_CASE("render: an output naming one file while several drawings are asked is a usage error, not a folder",
          "[cli]") {
  const auto folder = fresh_folder("render-file-for-many");
  const command_result r = run_cli({"render", "--scenario", "B1", "-o", (folder / "x.svg").string()});
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "names one file, and this asks for 2 drawings"));
  CHECK(contains(r.err, "--audience"));
  CHECK_FALSE(std::filesystem::exists(folder / "x.svg"));
  // A trailing slash says it is a folder.
  CHECK(run_cli({"render", "--scenario", "B1", "-o", (folder / "x.svg").string() + "/"}).exit_code == 0);
  CHECK(std::filesystem::exists(folder / "x.svg" / "scenario-B1-plain.svg"));
}

TEST_CASE("the format follows the extension of the output, and - is standard output", "[cli]") {
  const auto folder = fresh_folder("render-format");
  CHECK(run_cli({"render", "-s", "A", "-a", "plain", "-o", (folder / "a.png").string()}).exit_code == 0);
  CHECK(slurp(folder / "a.png").substr(1, 3) == "PNG");
  CHECK(run_cli({"render", "-s", "A", "-a", "plain", "-o", (folder / "a.pdf").string()}).exit_code == 0);
  CHECK(slurp(folder / "a.pdf").rfind("%PDF", 0) == 0);
  const command_result dot = run_cli({"render", "-s", "A", "-a", "plain", "-f", "dot", "-o", "-"});
  CHECK(dot.exit_code == 0);
  CHECK(dot.out.rfind("digraph passation {", 0) == 0);
}

TEST_CASE("check passes the default case and names the place of an unreachable step", "[cli]") {
  const command_result ok = run_cli({"check"});
  CHECK(ok.exit_code == 0);
  CHECK(contains(ok.out, "builtin:sport-sante.yaml: ok"));
  CHECK(ok.err.empty());

  const std::string file = source_path("tests/cases/invalid/unreachable_step.yaml").string();
  const command_result bad = run_cli({"check", file});
  CHECK(bad.exit_code == 1);
  CHECK(contains(bad.err, file + ":31:5: error: step 'orphan' cannot be reached from the start"));
}

TEST_CASE("list shows scenarios, components, actors and steps", "[cli]") {
  const command_result r = run_cli({"list", "--only", "scenarios"});
  CHECK(r.exit_code == 0);
  CHECK(contains(r.out, "B1     Thibaud garde le nom de domaine"));
  CHECK(contains(r.out, "keeps:     domaine"));
  CHECK_FALSE(contains(r.out, "Components"));
  const command_result plain = run_cli({"list", "--audience", "plain", "--only", "components"});
  CHECK(contains(plain.out, "domaine        L'adresse internet"));
}

TEST_CASE("exit codes are 2 for usage, 3 for files, 1 for invalid cases, and nothing is written on error", "[cli]") {
  CHECK(run_cli({}).exit_code == 2);
  CHECK(run_cli({"render", "--audience", "everyone"}).exit_code == 2);
  CHECK(run_cli({"frobnicate"}).exit_code == 2);
  const command_result unknown = run_cli({"render", "--scenario", "Z"});
  CHECK(unknown.exit_code == 2);
  CHECK(contains(unknown.err, "the case has no scenario 'Z' (its scenarios: A, B1, B2)"));

  CHECK(run_cli({"render", "-o", "-"}).exit_code == 2);

  const command_result missing = run_cli({"check", "/nonexistent/case.yaml"});
  CHECK(missing.exit_code == 3);
  CHECK(contains(missing.err, "/nonexistent/case.yaml: cannot open"));

  const auto folder = fresh_folder("render-invalid");
  const std::string file = source_path("tests/cases/invalid/no_receipt.yaml").string();
  const command_result invalid = run_cli({"render", file, "-o", (folder / "out").string()});
  CHECK(invalid.exit_code == 1);
  CHECK(contains(invalid.err, "error: the process has no receipt confirmation"));
  CHECK(contains(invalid.err, "nothing was written"));
  CHECK_FALSE(std::filesystem::exists(folder / "out"));
}

TEST_CASE("an output that is a pipe or a device is refused, not replaced", "[cli]") {
  const auto folder = fresh_folder("not-regular");
  const auto fifo = folder / "pipe.md";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  const command_result r = run_cli({"table", "-o", fifo.string()});
  CHECK(r.exit_code == 3);
  CHECK(contains(r.err, "is not a regular file"));
  CHECK(std::filesystem::is_fifo(fifo));
  std::filesystem::remove(fifo);
}

TEST_CASE("--help and --version", "[cli]") {
  const command_result help = run_cli({"render", "--help"});
  CHECK(help.exit_code == 0);
  CHECK(contains(help.out, "--scenario"));
  const command_result version = run_cli({"--version"});
  CHECK(version.exit_code == 0);
  CHECK(contains(version.out, "0.1.0"));
}

TEST_CASE("prereqs for B2 lists what the seed says, and B1 asks for DNS coordination", "[cli][report]") {
  const command_result b2 = run_cli({"prereqs", "--scenario", "B2", "--audience", "technical"});
  REQUIRE(b2.exit_code == 0);
  CHECK(contains(b2.out, "| WordPress | Maîtrise (thèmes, plugins, config) |"));
  CHECK(contains(b2.out, "| PHP/MySQL | Intermédiaire (pas besoin de gérer l’infra) |"));
  CHECK(contains(b2.out, "| Hébergement | Aucun (Thibaud gère) |"));
  CHECK(contains(b2.out, "| Support utilisateurs | Capable de répondre aux demandes |"));
  CHECK(contains(b2.out, "Profil minimum\xC2\xA0: Dev PHP intermédiaire ou agence web"));
  CHECK(contains(run_cli({"prereqs", "-s", "B1"}).out, "Coordination DNS"));
  CHECK_FALSE(contains(run_cli({"prereqs", "-s", "A"}).out, "Coordination DNS"));
}

TEST_CASE("table --kind funder --format md is the seed's funder table", "[cli][report]") {
  const command_result r = run_cli({"table", "--kind", "funder", "--format", "md"});
  REQUIRE(r.exit_code == 0);
  CHECK(contains(r.out,
                 "| Scénario | Ce qui est transféré | Ce que le CREAI garde | Type de prestataire à trouver | "
                 "Qui répond des urgences après la passation |"));
  CHECK(contains(r.out, "| A — Passation complète | Tout | Rien | Prestataire autonome | Prestataire externe |"));
  CHECK(contains(r.out, "| L’adresse internet | Prestataire autonome |"));
  // B2: the data stay on the CREAI's server, and the CREAI answers for what it keeps.
  CHECK(contains(
      r.out,
      "| Les données<br>L’hébergement<br>L’adresse internet | Prestataire moins spécialisé possible | "
      "Le CREAI (les données, l’hébergement, l’adresse internet)\xE2\x80\xAF; Prestataire externe (le reste) |"));
}

TEST_CASE("report commands write files in the format of their extension", "[cli][report]") {
  const auto folder = fresh_folder("reports");
  CHECK(run_cli({"table", "--kind", "technical", "-o", (folder / "t.html").string()}).exit_code == 0);
  CHECK(slurp(folder / "t.html").rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(run_cli({"table", "--kind", "matrix", "--separator", ";", "-o", (folder / "m.csv").string()}).exit_code == 0);
  CHECK(slurp(folder / "m.csv").rfind("\xEF\xBB\xBF\xC3\x89l\xC3\xA9ment;A", 0) == 0);
  CHECK(run_cli({"explore", "-o", (folder / "e.json").string()}).exit_code == 0);
  CHECK(contains(slurp(folder / "e.json"), "\"kind\": \"explore\""));
  const command_result diff = run_cli({"diff", "A", "B2", "--lang", "en"});
  CHECK(diff.exit_code == 0);
  CHECK(contains(diff.out, "# Scenario A or scenario B2: what changes"));
  CHECK(run_cli({"diff", "A", "Z"}).exit_code == 2);
  CHECK(run_cli({"table", "--kind", "everything"}).exit_code == 2);
}

TEST_CASE("the case file is never written over", "[cli]") {
  const auto folder = fresh_folder("no-overwrite");
  const auto file = folder / "case.yaml";
  std::filesystem::copy_file(source_path("tests/cases/valid/minimal.yaml"), file);
  const std::string before = slurp(file);
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"render", file.string(), "-s", "all", "-a", "plain", "-o", file.string()},
        {"table", file.string(), "-o", file.string()},
        {"decide", file.string(), "-o", (folder / "." / "case.yaml").string()},
        {"timeline", file.string(), "-s", "all", "-o", file.string()}}) {
    const command_result r = run_cli(args);
    INFO(args[0] << ": " << r.err);
    CHECK(r.exit_code == 2);
    CHECK(contains(r.err, "is the case file: passation never writes over it"));
  }
  CHECK(slurp(file) == before);
}

TEST_CASE("init writes a starter case that passes check and renders, in French or in English", "[cli][init]") {
  const auto folder = fresh_folder("init");
  for (const std::string lang : {"fr", "en"}) {
    INFO(lang);
    const auto file = folder / ("start-" + lang + ".yaml");
    const command_result made = run_cli({"init", file.string(), "--lang", lang});
    REQUIRE(made.exit_code == 0);
    CHECK(contains(made.out, "passation render " + file.string() + " -o out --watch"));
    const std::string text = slurp(file);
    // The starter itself, its opening comment naming the file; its first line for the editor.
    const std::string shipped = slurp(source_path("cases/starter." + lang + ".yaml"));
    CHECK(text.substr(text.find('\n')).find("passation check " + file.filename().string()) != std::string::npos);
    CHECK(text.rfind("# yaml-language-server: $schema=", 0) == 0);
    CHECK(text.substr(text.find("\n\n")) == shipped.substr(shipped.find("\n\n")));

    const command_result checked = run_cli({"check", file.string(), "--werror"});
    INFO(checked.err);
    CHECK(checked.exit_code == 0);
    CHECK(contains(checked.out, "3 actors, 3 components, 2 scenarios"));
    const auto out = folder / ("out-" + lang);
    const command_result drawn = run_cli({"render", file.string(), "-o", out.string()});
    CHECK(drawn.exit_code == 0);
    CHECK(std::distance(std::filesystem::directory_iterator(out), std::filesystem::directory_iterator{}) == 6);
    const command_result table = run_cli({"table", file.string()});
    CHECK(contains(table.out, lang == "fr" ? "Les scénarios possibles" : "The possible scenarios"));
  }
}

TEST_CASE("init never replaces a file unless asked, and - is standard output", "[cli][init]") {
  const auto folder = fresh_folder("init-existing");
  const auto file = folder / "case.yaml";
  std::ofstream(file) << "mine\n";
  const command_result refused = run_cli({"init", file.string()});
  CHECK(refused.exit_code == 2);
  CHECK(contains(refused.err, "already exists"));
  CHECK(slurp(file) == "mine\n");
  CHECK(run_cli({"init", file.string(), "--force", "--lang", "en"}).exit_code == 0);
  CHECK(contains(slurp(file), "case: my-handover"));
  const command_result printed = run_cli({"init", "-"});
  CHECK(printed.exit_code == 0);
  CHECK(contains(printed.out, "case: ma-passation"));
  CHECK(run_cli({"init", file.string(), "--lang", "de"}).exit_code == 2);
}

TEST_CASE("the --format choices, help and messages of render and decide come from the table of formats",
          "[cli][usage]") {
  std::string choices;
  for (const passation::format_info& f : passation::diagram_formats())
    choices += (choices.empty() ? "" : ",") + std::string(f.name);
  for (const char* command : {"render", "decide"}) {
    INFO(command);
    const command_result help = run_cli({command, "--help"});
    CHECK(help.exit_code == 0);
    CHECK(contains(help.out, "TEXT:{" + choices + "}"));
  }
  const auto folder = fresh_folder("format-names");
  const command_result wrong = run_cli({"decide", "-o", (folder / "tree.jpeg").string()});
  CHECK(wrong.exit_code == 2);
  std::string extensions;  // the extensions, as a reader says them: ".svg, .png … or .dot"
  const auto formats = passation::diagram_formats();
  for (std::size_t i = 0; i < formats.size(); ++i) {
    extensions += (i == 0 ? "" : i + 1 == formats.size() ? " or " : ", ") + std::string(formats[i].extension);
  }
  CHECK(contains(wrong.err, "(" + extensions + ")"));
  // A format is known by its extension, which need not be its name: tree.mmd is a Mermaid flowchart.
  const command_result mermaid = run_cli({"decide", "-o", (folder / "tree.mmd").string()});
  CHECK(mermaid.exit_code == 0);
  CHECK(contains(slurp(folder / "tree.mmd"), "flowchart TB\n"));
  CHECK_FALSE(std::filesystem::exists(folder / "tree.jpeg"));
}
