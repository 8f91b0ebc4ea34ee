// The funder's brief as one HTML page: read in a browser, and printed to PDF by lib/print with the
// same markup (its style sheet is written in points for that). Page 1 is the synthesis: the
// decision, the scenarios side by side and the criteria grid.

#include <algorithm>

#include <fmt/format.h>

#include "brief_parts.hpp"
#include "model/safe_text.hpp"
#include "report/phrases.hpp"

namespace passation::detail {

namespace {

// Written for litehtml as much as for browsers: tables, borders, backgrounds, sizes in points.
constexpr std::string_view k_brief_style = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8pt; color: #263238; line-height: 1.25; margin: 0; }
h1 { font-size: 14pt; margin: 0 0 1pt 0; }
h2 { font-size: 10pt; margin: 7pt 0 3pt 0; padding-bottom: 1pt; border-bottom: 1pt solid #b0bec5; }
h3 { font-size: 9pt; margin: 7pt 0 2pt 0; }
p { margin: 3pt 0; }
ul { margin: 0; padding-left: 10pt; }
li { margin: 0; }
.subtitle { color: #546e7a; font-size: 9.5pt; margin: 0 0 5pt 0; }
.decision { background-color: #fff4d6; border: 1pt solid #c9a227; padding: 4pt 6pt; margin: 5pt 0 3pt 0; font-weight: bold; }
.recommendation { background-color: #eef3f8; border: 1pt solid #90a4ae; padding: 4pt 6pt; margin: 5pt 0; }
table { width: 100%; border-spacing: 0; margin: 2pt 0 3pt 0; }
th, td { border-right: 1px solid #b0bec5; border-bottom: 1px solid #b0bec5; padding: 2pt 3pt; vertical-align: top; text-align: left; }
tr.head th { background-color: #dde3e9; border-top: 1px solid #b0bec5; }
th.row { background-color: #f2f5f7; font-weight: bold; border-left: 1px solid #b0bec5; }
table.plain th.row { width: 28%; }
table.plain { border-top: 1px solid #b0bec5; }
td.good { background-color: #dcefdc; }
td.fair { background-color: #fdf1d2; }
td.poor { background-color: #f8d9d6; }
.dots { font-weight: bold; }
.small { font-size: 7pt; color: #455a64; }
.note { font-size: 7.5pt; color: #546e7a; }
.late { color: #b3261e; font-weight: bold; }
@media screen { body { max-width: 62rem; margin: 1.5rem auto; padding: 0 1rem; font-size: 10pt; } }
)";

std::string esc(std::string_view s) { return xml_escape(s); }

std::string lines(const std::vector<std::string>& items, std::string_view empty = {}) {
  if (items.empty()) return esc(empty);
  if (items.size() == 1) return esc(items.front());
  std::string out = "<ul>";
  for (const std::string& item : items) out += "<li>" + esc(item) + "</li>";
  return out + "</ul>";
}

std::string_view rating_class(rating r) {
  switch (r) {
    case rating::good: return "good";
    case rating::fair: return "fair";
    case rating::poor: return "poor";
  }
  return "";
}

// The scenarios side by side: one column per scenario, one row per question the funder has.
// The head of a table with a first column of labels and one column per scenario, all as wide.
std::string scenario_head(const brief& b) {
  const double each = b.scenarios.empty() ? 80 : 80.0 / static_cast<double>(b.scenarios.size());
  std::string out = "<tr class=\"head\"><th class=\"row\" style=\"width: 20%\"></th>";
  for (const brief_scenario& s : b.scenarios)
    out += fmt::format("<th style=\"width: {:.1f}%\">{}</th>", each, esc(s.title));
  return out + "</tr>\n";
}

void side_by_side(const brief& b, const brief_words& w, std::string& out) {
  out += "<table class=\"side\">\n" + scenario_head(b);
  auto row = [&](std::string_view label, auto cell) {
    out += "<tr><th class=\"row\">" + esc(label) + "</th>";
    for (const brief_scenario& s : b.scenarios) out += "<td>" + cell(s) + "</td>";
    out += "</tr>\n";
  };
  row(w.handed_over, [&](const brief_scenario& s) { return lines(s.handed_over, w.nothing); });
  row(w.kept, [&](const brief_scenario& s) { return lines(s.kept, w.nothing); });
  if (std::any_of(b.scenarios.begin(), b.scenarios.end(),
                  [](const brief_scenario& s) { return !s.receivers.empty(); })) {
    row(w.receivers, [&](const brief_scenario& s) { return esc(s.receivers); });
  }
  row(w.contractor, [&](const brief_scenario& s) {
    return "<b>" + esc(s.contractor) + "</b>" +
           (s.contractor_explained.empty() ? ""
                                           : "<br/><span class=\"small\">" + esc(s.contractor_explained) + "</span>");
  });
  row(w.risks, [&](const brief_scenario& s) { return lines(s.risks, w.no_risk); });
  row(w.advantages, [&](const brief_scenario& s) { return lines(s.advantages, w.dash); });
  row(w.after, [&](const brief_scenario& s) { return esc(s.answers_after); });
  row(w.end, [&](const brief_scenario& s) {
    std::string cell = "<b>" + esc(s.ends) + "</b>";
    for (const deadline_note& d : s.against_deadlines) {
      cell += "<br/>" + (d.met ? esc(d.text) : "<span class=\"late\">" + esc(d.text) + "</span>");
    }
    return cell;
  });
  out += "</table>\n";
}

void grid(const brief& b, std::string& out) {
  out += "<table class=\"grid\">\n" + scenario_head(b);
  for (const criterion& c : b.criteria) {
    out +=
        "<tr><th class=\"row\">" + esc(c.label) + "<br/><span class=\"small\">" + esc(c.explanation) + "</span></th>";
    for (const rated& r : c.scenarios) {
      out += fmt::format("<td class=\"{}\"><span class=\"dots\">{}</span> {}</td>", rating_class(r.level),
                         rating_dots(r.level), esc(r.words));
    }
    out += "</tr>\n";
  }
  out += "</table>\n";
}

}  // namespace

std::string brief_page(const brief& b, const brief_words& w, language lang) {
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{} — "
      "{}</title>\n<style>{}</style>\n"
      "</head>\n<body>\n",
      lang == language::en ? "en" : "fr", esc(b.title), esc(b.subtitle), k_brief_style);
  out += "<h1>" + esc(b.title) + "</h1>\n<p class=\"subtitle\">" + esc(b.subtitle) + "</p>\n";
  if (!b.context.empty()) out += "<p>" + esc(b.context) + "</p>\n";
  out += "<div class=\"decision\">" + esc(b.decision) + "</div>\n";
  out += "<h2>" + esc(w.side_by_side) + "</h2>\n";
  side_by_side(b, w, out);
  out += "<h2>" + esc(w.criteria) + "</h2>\n";
  grid(b, out);
  out += "<p class=\"note\">" + esc(b.criteria_note) + "</p>\n";
  if (b.recommendation) {
    out += "<div class=\"recommendation\"><b>" + esc(*b.recommendation) + "</b>" + lines(b.recommendation_reasons) +
           "</div>\n";
  }

  // Page 2 on: what the funder may want to read before deciding.
  out += "<div class=\"page\"></div>\n";
  if (!b.questions.empty()) {
    out += "<h2>" + esc(w.questions) + "</h2>\n";
    for (const brief_question& q : b.questions) {
      out += "<h3>" + esc(q.question) + "</h3>\n";
      if (!q.common.empty()) out += q.answered ? lines(q.common) : "<p class=\"note\">" + lines(q.common) + "</p>";
      if (!q.per_scenario.empty()) {
        out += "<table class=\"plain\">\n";
        for (const auto& [scenario, answer] : q.per_scenario) {
          out += "<tr><th class=\"row\">" + esc(scenario) + "</th><td>" + lines(answer, w.dash) + "</td></tr>\n";
        }
        out += "</table>\n";
      }
      out += "\n";
    }
  }
  if (!b.transition.empty()) out += "<h2>" + esc(w.transition) + "</h2>\n" + lines(b.transition) + "\n";
  // A heading over a table of names and what they mean.
  auto meanings = [&](std::string_view heading, const std::vector<std::pair<std::string, std::string>>& rows) {
    out += "<h2>" + esc(heading) + "</h2>\n<table>\n";
    for (const auto& [name, meaning] : rows)
      out += "<tr><th class=\"row\">" + esc(name) + "</th><td>" + esc(meaning) + "</td></tr>\n";
    out += "</table>\n";
  };
  if (!b.glossary.empty()) meanings(w.glossary, b.glossary);
  if (std::any_of(b.profiles.begin(), b.profiles.end(), [](const auto& p) { return !p.second.empty(); }))
    meanings(w.profiles, b.profiles);
  if (!b.estimates_note.empty()) out += "<p class=\"note\">" + esc(b.estimates_note) + "</p>\n";
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace passation::detail

namespace passation::detail {

std::string_view rating_dots(rating r) {
  switch (r) {
    case rating::good: return "●●●";
    case rating::fair: return "●●○";
    case rating::poor: return "●○○";
  }
  return "";
}

brief_words::brief_words(const words& w, std::string keeper, language lang)
    : side_by_side(w.brief_side_by_side),
      handed_over(w.brief_handed_over),
      receivers(w.brief_receivers),
      contractor(w.brief_contractor),
      risks(w.brief_risks),
      advantages(w.brief_advantages),
      after(w.brief_after),
      end(w.brief_end),
      criteria(w.brief_criteria),
      questions(w.brief_questions),
      transition(w.brief_transition),
      glossary(w.brief_glossary),
      profiles(w.brief_profiles),
      no_risk(w.brief_no_risk),
      dash(w.dash),
      kept(fmt::format(fmt::runtime(w.col_kept), std::move(keeper))),
      nothing(speaker::capitalised(std::string(w.nothing))) {
  for (std::string* s : {&side_by_side, &handed_over, &receivers, &contractor, &risks, &advantages, &after, &end,
                         &criteria, &questions, &transition, &glossary, &profiles, &no_risk, &dash, &kept, &nothing}) {
    *s = typeset(*s, lang);
  }
}

}  // namespace passation::detail
