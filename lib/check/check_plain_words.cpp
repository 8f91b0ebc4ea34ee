// The funder reads the plain texts of a case (in the brief, the funder's slides and flowcharts):
// a technical word there would reach the funder. A warning names the text and the word.

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "check/check_model.hpp"

namespace passation::detail {

namespace {

// passation's own list; a case adds its own words with `jargon`.
constexpr std::string_view k_jargon[] = {"DNS",   "MySQL",  "PHP",    "SSL",   "Git",    "WordPress",  "registrar",
                                         "SFTP",  "SSH",    "RACI",   "Gantt", "Pareto", "sysadmin",   "helpdesk",
                                         "debug", "plugin", "config", "VPS",   "nginx",  "PostgreSQL", "Django"};
constexpr std::string_view k_french_jargon[] = {"serveur", "serveurs"};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return out;
}

bool word_char(char ch) {
  return std::isalnum(static_cast<unsigned char>(ch)) || (static_cast<unsigned char>(ch) & 0x80);
}

// The first word of `lowered` (words in lower case) found in `text` as a whole word, case ignored,
// as `text` writes it; empty when none.
std::string first_word_in(std::string_view text, const std::vector<std::string>& lowered) {
  const std::string haystack = lower(text);
  for (const std::string& needle : lowered) {
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) {
      const bool starts = at == 0 || !word_char(haystack[at - 1]);
      const std::size_t end = at + needle.size();
      const bool ends = end >= haystack.size() || !word_char(haystack[end]);
      if (starts && ends) return std::string(text.substr(at, needle.size()));
    }
  }
  return {};
}

}  // namespace

void check_plain_words(const handover_case& c, std::vector<diagnostic>& out) {
  std::vector<std::string> words(std::begin(k_jargon), std::end(k_jargon));
  if (c.lang == language::fr) words.insert(words.end(), std::begin(k_french_jargon), std::end(k_french_jargon));
  words.insert(words.end(), c.jargon.begin(), c.jargon.end());
  for (std::string& word : words) word = lower(word);
  auto look = [&](const text& t, position at, std::string_view what) {
    if (t.empty()) return;
    const std::string word = first_word_in(t.for_audience(audience::plain), words);
    if (word.empty()) return;
    out.push_back({severity::warning, c.source, at,
                   fmt::format("the funder reads {}, which says '{}': write it in everyday words for the funder, "
                               "e.g. {{plain: …, technical: …}}",
                               what, word)});
  };
  look(c.title, c.where, "the title");
  look(c.description, c.where, "the description");
  for (const actor& a : c.actors) {
    look(a.name, a.where, fmt::format("the name of actor '{}'", a.id));
    look(a.in_sentence, a.where, fmt::format("how a sentence names actor '{}'", a.id));
  }
  for (const component& co : c.components) {
    look(co.name, co.where, fmt::format("the name of component '{}'", co.id));
    look(co.meaning, co.where, fmt::format("the meaning of component '{}'", co.id));
  }
  for (const profile& p : c.profiles) {
    look(p.name, p.where, fmt::format("the name of profile '{}'", p.id));
    look(p.explanation, p.where, fmt::format("the explanation of profile '{}'", p.id));
  }
  for (const rule& r : c.rules) {
    for (const text& t : r.risks) look(t, r.where, "a risk");
    for (const text& t : r.advantages) look(t, r.where, "an advantage");
  }
  for (const scenario& s : c.scenarios) look(s.title, s.where, fmt::format("the title of scenario '{}'", s.id));
  for (const process_node& n : c.process) {
    look(n.label, n.where, fmt::format("the label of {} '{}'", to_string(n.kind), n.id));
    // A detail written for the contractor alone never reaches the funder.
    if (!n.detail.only_for(audience::plain).empty()) {
      look(text(n.detail.only_for(audience::plain)), n.where,
           fmt::format("the detail of {} '{}'", to_string(n.kind), n.id));
    }
  }
  for (const question& q : c.questions) look(q.asked, q.where, "a question");
  look(c.decision.label, c.decision.where, "the decision's label");
  if (c.recommended) {
    for (const text& t : c.recommended->reasons) look(t, c.recommended->where, "a reason of the recommendation");
  }
}

}  // namespace passation::detail
