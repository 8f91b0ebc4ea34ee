#include "report/phrases.hpp"

#include <fmt/format.h>

#include "diagram/flowchart_parts.hpp"
#include "passation/error.hpp"
#include "passation/process.hpp"

namespace passation::detail {

namespace {

// Some scenario has several receivers, or scenarios go to different ones.
bool vary(const handover_case& c) {
  std::vector<std::string> first;
  for (const scenario& s : c.scenarios) {
    const auto taking = receivers_of(c, split_of(c, s));
    if (taking.size() > 1) return true;
    if (taking.empty()) continue;
    if (first.empty())
      first = taking;
    else if (taking != first)
      return true;
  }
  return false;
}

}  // namespace

speaker::speaker(const handover_case& kase, const report_options& options)
    : c(kase),
      reader(options.reader),
      lang(options.lang.value_or(kase.lang)),
      w(words_for(lang)),
      receivers_vary_(vary(kase)) {}

std::vector<const scenario*> speaker::scenarios(const std::vector<std::string>& ids) const {
  std::vector<const scenario*> out;
  if (ids.empty()) {
    for (const scenario& s : c.scenarios) out.push_back(&s);
    return out;
  }
  for (const std::string& id : ids) {
    const scenario* s = c.find_scenario(id);
    if (!s) throw error(c.unknown_scenario(id));
    out.push_back(s);
  }
  return out;
}

std::string speaker::subtitle() const {
  return fmt::format("{} — {}", c.title.for_audience(reader),
                     reader == audience::plain ? w.plain_view : w.technical_view);
}

std::string speaker::scenario_label(const scenario& s) const {
  return fmt::format("{} — {}", s.id, s.title.for_audience(reader));
}

std::string speaker::keeper() const { return keeper_name(c, reader, w); }

std::string speaker::component_name(std::size_t i) const { return c.components[i].name.for_audience(reader); }

std::vector<std::string> speaker::component_names(const std::vector<std::size_t>& indices) const {
  std::vector<std::string> out;
  for (std::size_t i : indices) out.push_back(component_name(i));
  return out;
}

std::string speaker::skill_name(std::size_t s) const { return c.skills[s].label.for_audience(reader); }

std::string speaker::level_text(std::size_t s, std::size_t level) const {
  const skill_level& l = c.skills[s].levels[level];
  const std::string label = l.label.empty() ? l.id : l.label.for_audience(reader);
  const std::string& detail = l.detail.for_audience(reader);
  return detail.empty() ? label : fmt::format(fmt::runtime(w.level_with_detail), label, detail);
}

std::string speaker::prerequisite_line(const prerequisite& p) const {
  return fmt::format(fmt::runtime(w.skill_at_level), skill_name(p.skill), level_text(p.skill, p.level));
}

std::string speaker::condition_text(const condition& when) const {
  std::vector<std::string> parts;
  auto names = [&](const std::vector<std::string>& ids) {
    std::vector<std::string> out;
    for (const std::string& id : ids) {
      const component* co = c.find_component(id);
      out.push_back(co ? co->name.for_audience(reader) : id);
    }
    return join(out);
  };
  if (!when.transferred.empty()) parts.push_back(fmt::format(fmt::runtime(w.why_transferred), names(when.transferred)));
  if (!when.kept.empty()) parts.push_back(fmt::format(fmt::runtime(w.why_kept), names(when.kept)));
  if (parts.empty()) return std::string(w.why_always);
  std::string joined;
  for (const std::string& p : parts) joined += (joined.empty() ? "" : " · ") + p;
  return fmt::format(fmt::runtime(w.why_when), joined);
}

std::vector<std::string> speaker::reasons(const prerequisite& p) const {
  std::vector<std::string> out;
  for (const prerequisite::reason& r : p.asked_by) {
    const rule& ru = c.rules[r.rule];
    std::string line = condition_text(ru.when);
    if (reader == audience::technical) {
      const std::string who = ru.id.empty() ? fmt::format("#{}", r.rule + 1) : ru.id;
      const skill_level& l = c.skills[p.skill].levels[r.level];
      line = fmt::format("{} — {}",
                         fmt::format(fmt::runtime(w.asks), fmt::format(fmt::runtime(w.why_rule), who),
                                     l.label.empty() ? l.id : l.label.for_audience(reader)),
                         line);
    }
    out.push_back(std::move(line));
  }
  return out;
}

std::string speaker::profile_name(std::size_t p) const { return c.profiles[p].name.for_audience(reader); }

std::vector<std::string> speaker::contractor(const assessment& a) const {
  if (a.profile) return {profile_name(*a.profile)};
  if (c.profiles.empty()) return {std::string(w.dash)};  // the case names no kind of contractor
  std::vector<std::string> lines{std::string(w.no_profile)};
  if (!a.uncovered.empty()) {
    std::vector<std::string> skills;
    for (std::size_t s : a.uncovered) skills.push_back(skill_name(s));
    lines.push_back(fmt::format(fmt::runtime(w.uncovered), join(skills)));
  }
  if (a.closest) {
    std::vector<std::string> skills;
    for (std::size_t s : a.closest_misses) skills.push_back(skill_name(s));
    lines.push_back(fmt::format(fmt::runtime(w.closest), profile_name(*a.closest), join(skills)));
  }
  return lines;
}

std::vector<std::string> speaker::texts(const std::vector<finding>& findings) const {
  std::vector<std::string> out;
  for (const finding& f : findings) out.push_back(f.what.for_audience(reader));
  return out;
}

std::vector<std::string> speaker::or_dash(std::vector<std::string> lines) const {
  if (lines.empty()) lines.emplace_back(w.dash);
  return lines;
}

std::string speaker::join(const std::vector<std::string>& items) const {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += w.list_separator;
    out += item;
  }
  return out;
}

std::string speaker::receivers_text(const split& parts) const {
  return detail::emergencies_text(c, receiver_shares(c, parts), reader, w, true);
}

std::string speaker::destination(const split& parts, std::size_t i) const {
  if (!parts.is_transferred(i)) return std::string(w.cell_kept);
  if (!receivers_vary()) return std::string(w.cell_transferred);
  const actor* who = c.find_actor(receiver_of(c, parts, i));
  return fmt::format(fmt::runtime(w.cell_taken_by), who ? who->name.for_audience(reader) : std::string(w.dash));
}

std::string speaker::answers_after(const scenario& s) const { return answers_after(build_process(c, s)); }

std::string speaker::answers_after(const process_graph& p) const {
  for (auto v : p.reading_order()) {
    if (p.node(v).kind == node_kind::end) {
      return capitalised(detail::emergencies_text(c, p.graph[v].emergency_shares(), reader, w));
    }
  }
  return std::string(w.dash);
}

report speaker::finish(report r) const {
  auto set = [&](std::string& s) { s = typeset(s, lang); };
  auto set_table = [&](report_table& t) {
    set(t.title);
    for (report_column& column : t.columns) set(column.label);
    for (report_row& row : t.rows) {
      for (auto& cell : row.cells) {
        for (std::string& line : cell) set(line);
      }
    }
  };
  set(r.title);
  set(r.subtitle);
  for (report_section& section : r.sections) {
    set(section.heading);
    for (std::string& p : section.paragraphs) set(p);
    if (section.table) set_table(*section.table);
    for (std::string& b : section.bullets) set(b);
  }
  if (r.flat) set_table(*r.flat);
  return r;
}

std::string speaker::capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

}  // namespace passation::detail
