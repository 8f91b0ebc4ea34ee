#include "read_case.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "passation/limits.hpp"

#include "passation/date.hpp"

namespace passation::detail {

namespace {

actor_side parse_side(const std::string& s) {
  if (s == "current") return actor_side::current;
  if (s == "next") return actor_side::next;
  if (s == "funder") return actor_side::funder;
  return actor_side::other;
}

// Scenario ids and the case id become file names: a name Windows keeps for a device would make
// a file that cannot be opened there.
std::string lowercase(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

void check_file_name(yaml_reader& r, const std::string& id, std::string_view what, position at) {
  std::string upper = id;
  for (char& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  static const std::vector<std::string> reserved = {"CON",  "PRN",  "AUX",  "NUL",  "COM1", "COM2", "COM3", "COM4",
                                                    "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3",
                                                    "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"};
  if (std::find(reserved.begin(), reserved.end(), upper) != reserved.end()) {
    r.error(at, fmt::format("{} '{}' is a device name on Windows and cannot name a file: choose another", what, id));
  }
}

std::vector<std::string> ids_only(const std::vector<std::pair<std::string, position>>& ids) {
  std::vector<std::string> out;
  out.reserve(ids.size());
  for (const auto& [id, at] : ids) out.push_back(id);
  return out;
}

std::vector<actor> read_actors(yaml_reader& r, const YAML::Node& node, position fallback) {
  std::vector<actor> actors;
  for (const keyed_entry& e : keyed_entries(r, node, "'actors'", fallback)) {
    const std::string what = fmt::format("actor '{}'", e.id);
    mapping m(r, e.value, what, {"name", "in_sentence", "role", "expertise", "side"}, e.where);
    actor a;
    a.id = e.id;
    a.where = e.where;
    m.require("name", what);
    m.read_text("name", a.name, what + " name");
    m.read_text("in_sentence", a.in_sentence, what + " in_sentence");
    m.read_text("role", a.role, what + " role");
    m.read_text("expertise", a.expertise, what + " expertise");
    if (m.has("side")) {
      if (auto side =
              r.choice(m.get("side"), what + " side", {"current", "next", "funder", "other"}, m.value_where("side"))) {
        a.side = parse_side(*side);
      }
    }
    actors.push_back(std::move(a));
  }
  return actors;
}

std::vector<component> read_components(yaml_reader& r, const YAML::Node& node, position fallback) {
  std::vector<component> components;
  for (const keyed_entry& e : keyed_entries(r, node, "'components'", fallback)) {
    const std::string what = fmt::format("component '{}'", e.id);
    mapping m(r, e.value, what, {"name", "meaning", "notes", "holder"}, e.where);
    component c;
    c.id = e.id;
    c.where = e.where;
    m.require("name", what);
    m.read_text("name", c.name, what + " name");
    m.read_text("meaning", c.meaning, what + " meaning");
    m.read_text("notes", c.notes, what + " notes");
    m.read_identifier("holder", c.holder, what + " holder");
    components.push_back(std::move(c));
  }
  return components;
}

std::vector<skill> read_skills(yaml_reader& r, const YAML::Node& node, position fallback) {
  std::vector<skill> skills;
  for (const keyed_entry& e : keyed_entries(r, node, "'skills'", fallback)) {
    const std::string what = fmt::format("skill '{}'", e.id);
    mapping m(r, e.value, what, {"label", "levels"}, e.where);
    skill s;
    s.id = e.id;
    s.where = e.where;
    m.require("label", what);
    m.require("levels", what);
    m.read_text("label", s.label, what + " label");
    if (m.has("levels")) {
      const YAML::Node levels = m.get("levels");
      if (!levels.IsSequence()) {
        r.error(m.value_where("levels"), fmt::format("the levels of {} must be a list, lowest first", what));
      } else if (r.within(levels.size(), limits::levels, fmt::format("levels in {}", what), m.value_where("levels"))) {
        for (const YAML::Node& item : levels) {
          const position at = yaml_reader::where(item, m.value_where("levels"));
          mapping lm(r, item, fmt::format("a level of {}", what), {"id", "label", "detail"}, at);
          skill_level level;
          level.where = at;
          lm.require("id", fmt::format("a level of {}", what));
          lm.read_identifier("id", level.id, "a level id");
          lm.read_text("label", level.label, "a level label");
          lm.read_text("detail", level.detail, "a level detail");
          if (lm.valid()) s.levels.push_back(std::move(level));
        }
      }
    }
    skills.push_back(std::move(s));
  }
  return skills;
}

// A map skill -> level, as in a rule's `require` or a profile's `skills`.
std::vector<requirement> read_skill_levels(yaml_reader& r, const YAML::Node& node, std::string_view what,
                                           position fallback) {
  std::vector<requirement> out;
  for (const keyed_entry& e : keyed_entries(r, node, what, fallback)) {
    if (auto level = r.identifier(e.value, fmt::format("the level of '{}' in {}", e.id, what),
                                  yaml_reader::where(e.value, e.where))) {
      out.push_back({e.id, *level, e.where});
    }
  }
  return out;
}

std::vector<profile> read_profiles(yaml_reader& r, const YAML::Node& node, position fallback) {
  std::vector<profile> profiles;
  if (!node.IsSequence()) {
    r.error(yaml_reader::where(node, fallback), "'profiles' must be a list, least demanding profile first");
    return profiles;
  }
  for (const YAML::Node& item : node) {
    const position at = yaml_reader::where(item, fallback);
    mapping m(r, item, "a profile", {"id", "name", "description", "explanation", "skills"}, at);
    if (!m.valid()) continue;
    profile p;
    p.where = at;
    m.require("id", "a profile");
    m.read_identifier("id", p.id, "a profile id");
    const std::string what = fmt::format("profile '{}'", p.id);
    m.require("name", what);
    m.read_text("name", p.name, what + " name");
    m.read_text("description", p.description, what + " description");
    m.read_text("explanation", p.explanation, what + " explanation");
    if (m.has("skills")) p.skills = read_skill_levels(r, m.get("skills"), what + " skills", m.value_where("skills"));
    profiles.push_back(std::move(p));
  }
  return profiles;
}

std::vector<rule> read_rules(yaml_reader& r, const YAML::Node& node, position fallback) {
  std::vector<rule> rules;
  if (!node.IsSequence()) {
    r.error(yaml_reader::where(node, fallback), "'rules' must be a list");
    return rules;
  }
  for (const YAML::Node& item : node) {
    const position at = yaml_reader::where(item, fallback);
    mapping m(r, item, "a rule", {"id", "when", "require", "risk", "advantage"}, at);
    if (!m.valid()) continue;
    rule ru;
    ru.where = at;
    m.read_identifier("id", ru.id, "a rule id");
    if (m.has("when")) ru.when = read_condition(r, m.get("when"), m.value_where("when"));
    if (m.has("require")) {
      ru.requirements = read_skill_levels(r, m.get("require"), "a rule's 'require'", m.value_where("require"));
    }
    m.read_texts("risk", ru.risks, "a risk");
    m.read_texts("advantage", ru.advantages, "an advantage");
    if (!m.has("require") && !m.has("risk") && !m.has("advantage")) {
      r.warning(at, "this rule has no 'require', 'risk' or 'advantage': it has no effect");
    }
    rules.push_back(std::move(ru));
  }
  return rules;
}

std::vector<coupling> read_couplings(yaml_reader& r, const YAML::Node& node, position fallback) {
  std::vector<coupling> couplings;
  if (!node.IsSequence()) {
    r.error(yaml_reader::where(node, fallback), "'couplings' must be a list");
    return couplings;
  }
  for (const YAML::Node& item : node) {
    const position at = yaml_reader::where(item, fallback);
    mapping m(r, item, "a coupling", {"together", "component", "needs", "reason"}, at);
    if (!m.valid()) continue;
    coupling cp;
    cp.where = at;
    m.read_text("reason", cp.reason, "a coupling's reason");
    if (m.has("together")) {
      if (m.has("component") || m.has("needs")) {
        r.error(at, "a coupling is either 'together: [...]' or 'component: X' with 'needs: [...]', not both");
        continue;
      }
      cp.type = coupling::kind::together;
      cp.components = ids_only(r.identifiers(m.get("together"), "a component", m.value_where("together")));
      if (cp.components.size() < 2) {
        r.error(m.value_where("together"), "'together' needs at least two components");
      }
    } else if (m.has("component") || m.has("needs")) {
      cp.type = coupling::kind::needs;
      m.require("component", "a coupling with 'needs'");
      m.require("needs", "a coupling with 'component'");
      m.read_identifier("component", cp.subject, "a component");
      if (m.has("needs"))
        cp.components = ids_only(r.identifiers(m.get("needs"), "a component", m.value_where("needs")));
    } else {
      r.error(at, "a coupling needs 'together: [...]', or 'component: X' with 'needs: [...]'");
      continue;
    }
    couplings.push_back(std::move(cp));
  }
  return couplings;
}

// `receiver: agency`, or `receiver: {it: [hosting, data], agency: [code]}`.
std::vector<receiver_share> read_receivers(yaml_reader& r, const YAML::Node& node, const std::string& what,
                                           position at) {
  std::vector<receiver_share> shares;
  if (node.IsMap()) {
    for (const keyed_entry& e : keyed_entries(r, node, fmt::format("the 'receiver' of {}", what), at)) {
      receiver_share share{e.id, ids_only(r.identifiers(e.value, "a component", yaml_reader::where(e.value, e.where))),
                           e.where};
      if (share.components.empty()) {
        r.error(e.where, fmt::format("'{}' takes nothing over in {}: list the components it takes, e.g. {}: [{}]", e.id,
                                     what, e.id, "code"));
      }
      shares.push_back(std::move(share));
    }
    return shares;
  }
  if (node.IsScalar()) {
    if (auto id = r.identifier(node, what + " receiver", at)) shares.push_back({*id, {}, at});
    return shares;
  }
  r.error(at, fmt::format("the 'receiver' of {} is one actor (receiver: agency), or a map from each actor to the "
                          "components it takes over (receiver: {{it: [hosting], agency: [code]}})",
                          what));
  return shares;
}

std::vector<scenario> read_scenarios(yaml_reader& r, const YAML::Node& node, position fallback) {
  std::vector<scenario> scenarios;
  for (const keyed_entry& e : keyed_entries(r, node, "'scenarios'", fallback)) {
    const std::string what = fmt::format("scenario '{}'", e.id);
    check_file_name(r, e.id, "the scenario id", e.where);
    // Its files are named after it: 'a' and 'A' would write over each other on macOS and Windows.
    for (const scenario& before : scenarios) {
      if (lowercase(before.id) == lowercase(e.id)) {
        r.error(e.where,
                fmt::format("scenarios '{}' (line {}) and '{}' differ only by capitals: their files would have "
                            "the same name on macOS and Windows; rename one",
                            before.id, before.where.line, e.id));
      }
    }
    mapping m(r, e.value, what, {"title", "summary", "transfers", "keeps", "receiver"}, e.where);
    scenario s;
    s.id = e.id;
    s.where = e.where;
    m.require("title", what);
    m.read_text("title", s.title, what + " title");
    m.read_text("summary", s.summary, what + " summary");
    if (m.valid() && !m.has("transfers") && !m.has("keeps")) {
      r.error(e.where, fmt::format("{} needs 'transfers' (a list, or 'all') or 'keeps' (a list)", what));
    }
    if (m.has("transfers")) {
      s.transfers_given = true;
      const YAML::Node t = m.get("transfers");
      if (t.IsScalar() && t.Scalar() == "all") {
        s.transfers_all = true;
      } else if (t.IsNull()) {
        // `transfers:` with nothing: nothing is transferred.
      } else {
        s.transfers = ids_only(r.identifiers(t, "a component", m.value_where("transfers")));
      }
    }
    if (m.has("keeps")) {
      s.keeps_given = true;
      const YAML::Node k = m.get("keeps");
      if (!k.IsNull()) s.keeps = ids_only(r.identifiers(k, "a component", m.value_where("keeps")));
    }
    if (s.transfers_all && !s.keeps.empty()) {
      r.error(m.value_where("keeps"), fmt::format("{} transfers 'all' and cannot keep anything", what));
    }
    if (m.has("receiver")) {
      s.receivers_where = m.value_where("receiver");
      s.receivers = read_receivers(r, m.get("receiver"), what, s.receivers_where);
    }
    scenarios.push_back(std::move(s));
  }
  return scenarios;
}

// A date written YYYY-MM-DD; empty (and an error) otherwise.
std::string read_day(yaml_reader& r, const YAML::Node& node, const std::string& what, position at) {
  auto d = r.scalar(node, what, at);
  if (!d) return {};
  const bool shaped = d->size() == 10 && (*d)[4] == '-' && (*d)[7] == '-' &&
                      std::all_of(d->begin(), d->end(), [](char ch) { return ch == '-' || (ch >= '0' && ch <= '9'); });
  if (!date::parse(*d)) {
    r.error(at, shaped ? fmt::format("{} '{}' is not a day of the calendar: check the month and the day", what, *d)
                       : fmt::format("{} must be a date written YYYY-MM-DD, not '{}'", what, *d));
    return {};
  }
  return *d;
}

// `deadlines: [{label: T1 2026, date: 2026-03-31}, …]`
std::vector<deadline> read_deadlines(yaml_reader& r, const YAML::Node& node, position fallback) {
  std::vector<deadline> out;
  if (!node.IsSequence()) {
    r.error(yaml_reader::where(node, fallback),
            "'deadlines' must be a list of {label, date}, e.g. [{label: T1 2026, date: 2026-03-31}]");
    return out;
  }
  if (!r.within(node.size(), limits::deadlines, "deadlines", fallback)) return out;
  for (const YAML::Node& item : node) {
    const position at = yaml_reader::where(item, fallback);
    mapping m(r, item, "a deadline", {"label", "date"}, at);
    if (!m.valid()) continue;
    m.require("label", "a deadline");
    m.require("date", "a deadline");
    deadline d;
    d.where = at;
    m.read_text("label", d.label, "a deadline's label");
    if (m.has("date")) d.day = read_day(r, m.get("date"), "the date of a deadline", m.value_where("date"));
    if (!d.day.empty()) out.push_back(std::move(d));
  }
  return out;
}

// `decision: {date: 2026-01-30, by: ars, label: Réunion de présentation}`
decision_meeting read_decision(yaml_reader& r, const YAML::Node& node, position fallback) {
  decision_meeting d;
  d.where = yaml_reader::where(node, fallback);
  mapping m(r, node, "'decision'", {"date", "by", "label"}, fallback);
  if (!m.valid()) return d;
  m.require("date", "'decision'");
  if (m.has("date")) d.day = read_day(r, m.get("date"), "the date of the decision", m.value_where("date"));
  m.read_identifier("by", d.by, "who decides");
  m.read_text("label", d.label, "the decision's label");
  return d;
}

question_topic parse_topic(const std::string& s) {
  if (s == "scope") return question_topic::scope;
  if (s == "skills") return question_topic::skills;
  if (s == "accompaniment") return question_topic::accompaniment;
  if (s == "transition") return question_topic::transition;
  if (s == "risks") return question_topic::risks;
  return question_topic::none;
}

// `questions: [{ask: "Que comprend le portail ?", about: scope}, "Une question ouverte"]`
std::vector<question> read_questions(yaml_reader& r, const YAML::Node& node, position fallback) {
  std::vector<question> out;
  if (!node.IsSequence()) {
    r.error(yaml_reader::where(node, fallback), "'questions' must be a list");
    return out;
  }
  if (!r.within(node.size(), limits::questions, "questions", fallback)) return out;
  for (const YAML::Node& item : node) {
    const position at = yaml_reader::where(item, fallback);
    question q;
    q.where = at;
    if (item.IsScalar()) {
      q.asked = r.read_text(item, "a question", at);
    } else {
      mapping m(r, item, "a question", {"ask", "about"}, at);
      if (!m.valid()) continue;
      m.require("ask", "a question");
      m.read_text("ask", q.asked, "a question");
      if (m.has("about")) {
        if (auto about = r.choice(m.get("about"), "what a question is about",
                                  {"scope", "skills", "accompaniment", "transition", "risks", "other"},
                                  m.value_where("about"))) {
          q.about = parse_topic(*about);
        }
      }
    }
    out.push_back(std::move(q));
  }
  return out;
}

// `recommendation: {scenario: B2, reasons: [...]}`
std::optional<recommendation> read_recommendation(yaml_reader& r, const YAML::Node& node, position fallback) {
  recommendation rec;
  rec.where = yaml_reader::where(node, fallback);
  mapping m(r, node, "'recommendation'", {"scenario", "reasons"}, fallback);
  if (!m.valid()) return std::nullopt;
  m.require("scenario", "'recommendation'");
  m.read_identifier("scenario", rec.scenario, "the scenario recommended");
  m.read_texts("reasons", rec.reasons, "a reason");
  return rec;
}

}  // namespace

condition read_condition(yaml_reader& r, const YAML::Node& node, position fallback) {
  condition c;
  c.where = yaml_reader::where(node, fallback);
  mapping m(r, node, "a condition ('when')", {"transferred", "kept", "receiver"}, fallback);
  if (!m.valid()) return c;
  if (m.has("transferred")) {
    c.transferred = ids_only(r.identifiers(m.get("transferred"), "a component", m.value_where("transferred")));
  }
  if (m.has("kept")) c.kept = ids_only(r.identifiers(m.get("kept"), "a component", m.value_where("kept")));
  if (m.has("receiver"))
    c.receivers = ids_only(r.identifiers(m.get("receiver"), "an actor", m.value_where("receiver")));
  if (!m.has("transferred") && !m.has("kept") && !m.has("receiver")) {
    r.error(c.where, "a condition needs 'transferred', 'kept' or 'receiver' (leave 'when' out for \"always\")");
  }
  return c;
}

namespace {

// The case's id, title, description and language.
void read_identity(yaml_reader& r, mapping& m, handover_case& c) {
  if (m.has("case")) {
    if (auto id = r.identifier(m.get("case"), "the case id", m.value_where("case"))) {
      c.id = *id;
      check_file_name(r, c.id, "the case id", m.value_where("case"));
    }
  }
  m.read_text("title", c.title, "the title");
  m.read_text("description", c.description, "the description");
  if (m.has("language")) {
    if (auto l = r.choice(m.get("language"), "the language", {"fr", "en"}, m.value_where("language"))) {
      c.lang = *parse_language(*l);
    }
  }
}

// When: the start, the deadlines, the funder's decision, the country's holidays and closed days.
void read_calendar(yaml_reader& r, mapping& m, handover_case& c) {
  auto read_date = [&](const char* key, std::string& into) {
    if (m.has(key)) into = read_day(r, m.get(key), fmt::format("the {}", key), m.value_where(key));
  };
  read_date("start", c.start);
  if (m.has("deadline")) {
    if (m.has("deadlines"))
      r.error(m.key_where("deadline"), "write either 'deadline' (one date) or 'deadlines' (a list), not both");
    deadline d{
        {}, read_day(r, m.get("deadline"), "the deadline", m.value_where("deadline")), m.value_where("deadline")};
    if (!d.day.empty()) c.deadlines.push_back(std::move(d));
  }
  if (m.has("deadlines")) c.deadlines = read_deadlines(r, m.get("deadlines"), m.value_where("deadlines"));
  if (m.has("decision")) c.decision = read_decision(r, m.get("decision"), m.value_where("decision"));
  if (m.has("country")) {
    if (auto country = r.choice(m.get("country"), "the country", {"fr", "gb", "none"}, m.value_where("country"))) {
      c.country = *country;
    }
  }
  if (m.has("closed")) {
    const YAML::Node closed = m.get("closed");
    if (!closed.IsSequence()) {
      r.error(m.value_where("closed"), "'closed' must be a list of dates written YYYY-MM-DD");
    } else if (r.within(closed.size(), limits::closed_days, "closed days", m.value_where("closed"))) {
      for (const YAML::Node& day : closed) {
        std::string iso = read_day(r, day, "a closed day", yaml_reader::where(day, m.value_where("closed")));
        if (!iso.empty()) c.closed.push_back(std::move(iso));
      }
    }
  }
}

// What the funder is asked and told: the questions, the recommendation, the constraints, and the
// words to keep out of the plain texts.
void read_briefing(yaml_reader& r, mapping& m, handover_case& c) {
  if (m.has("questions")) c.questions = read_questions(r, m.get("questions"), m.value_where("questions"));
  if (m.has("recommendation"))
    c.recommended = read_recommendation(r, m.get("recommendation"), m.value_where("recommendation"));
  m.read_texts("constraints", c.constraints, "a constraint");
  if (m.has("jargon")) {
    const YAML::Node words = m.get("jargon");
    if (!words.IsSequence()) {
      r.error(m.value_where("jargon"), "'jargon' must be a list of words");
    } else if (r.within(words.size(), limits::jargon_words, "jargon words", m.value_where("jargon"))) {
      for (const YAML::Node& word : words) {
        if (auto w = r.scalar(word, "a jargon word", yaml_reader::where(word, m.value_where("jargon"))))
          c.jargon.push_back(*w);
      }
    }
  }
}

// The model: actors, components, skills, profiles, rules, couplings, scenarios, emergencies and
// the process.
void read_model(yaml_reader& r, mapping& m, handover_case& c) {
  // A collection over its limit is reported and not read: the case is invalid anyway, and reading
  // 100,000 entries would only slow the report down.
  auto fits = [&](const char* key, std::size_t limit, std::string_view what) {
    const YAML::Node n = m.get(key);
    return r.within(n.IsMap() || n.IsSequence() ? n.size() : 0, limit, what, m.key_where(key));
  };
  if (m.has("actors") && fits("actors", limits::actors, "actors"))
    c.actors = read_actors(r, m.get("actors"), m.value_where("actors"));
  if (m.has("components") && fits("components", limits::components, "components")) {
    c.components = read_components(r, m.get("components"), m.value_where("components"));
  }
  if (m.has("skills") && fits("skills", limits::skills, "skills"))
    c.skills = read_skills(r, m.get("skills"), m.value_where("skills"));
  if (m.has("profiles") && fits("profiles", limits::profiles, "profiles")) {
    c.profiles = read_profiles(r, m.get("profiles"), m.value_where("profiles"));
  }
  if (m.has("rules") && fits("rules", limits::rules, "rules"))
    c.rules = read_rules(r, m.get("rules"), m.value_where("rules"));
  if (m.has("couplings") && fits("couplings", limits::couplings, "couplings")) {
    c.couplings = read_couplings(r, m.get("couplings"), m.value_where("couplings"));
  }
  if (m.has("scenarios") && fits("scenarios", limits::scenarios, "scenarios")) {
    c.scenarios = read_scenarios(r, m.get("scenarios"), m.value_where("scenarios"));
  }
  if (m.has("emergencies")) {
    mapping em(r, m.get("emergencies"), "'emergencies'", {"held_by"}, m.value_where("emergencies"));
    em.require("held_by", "'emergencies'");
    if (em.has("held_by")) {
      if (auto id = r.identifier(em.get("held_by"), "the holder of emergencies", em.value_where("held_by"))) {
        c.emergency_holder = *id;
        c.emergency_holder_where = em.value_where("held_by");
      }
    }
  }
  if (m.has("process") && fits("process", limits::process_nodes, "process nodes")) {
    c.process_where = m.key_where("process");
    c.process = read_process(r, m.get("process"), m.value_where("process"));
  }
}

}  // namespace

handover_case read_case(yaml_reader& r, const YAML::Node& root) {
  handover_case c;
  c.where = yaml_reader::where(root, {1, 1});
  mapping m(
      r, root, "the case",
      {"case",    "title",    "description", "language",       "start",       "deadline",    "deadlines", "decision",
       "country", "closed",   "questions",   "recommendation", "constraints", "jargon",      "actors",    "components",
       "skills",  "profiles", "rules",       "couplings",      "scenarios",   "emergencies", "process"},
      {1, 1});
  if (!m.valid()) return c;
  for (std::string_view key : {"case", "title", "actors", "components", "scenarios", "process"}) {
    m.require(key, "the case");
  }
  read_identity(r, m, c);
  read_calendar(r, m, c);
  read_briefing(r, m, c);
  read_model(r, m, c);
  return c;
}

}  // namespace passation::detail
