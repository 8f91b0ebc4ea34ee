#include <algorithm>

#include "passation/analysis.hpp"

namespace passation {

namespace {

// The level profile `p` brings in skill `s`: the lowest level when the profile does not name it.
std::size_t level_brought(const handover_case& c, const profile& p, std::size_t s) {
  for (const requirement& r : p.skills) {
    if (r.skill == c.skills[s].id) return c.skills[s].level_index(r.level).value_or(0);
  }
  return 0;
}

}  // namespace

std::vector<std::size_t> missing_skills(const handover_case& c, const assessment& a, std::size_t p) {
  std::vector<std::size_t> missing;
  for (const prerequisite& pre : a.prerequisites) {
    if (level_brought(c, c.profiles[p], pre.skill) < pre.level) missing.push_back(pre.skill);
  }
  return missing;
}

std::vector<std::size_t> broken_couplings(const handover_case& c, const split& parts) {
  auto moved = [&](const std::string& id) {
    auto i = c.component_index(id);
    return i && parts.is_transferred(*i);
  };
  std::vector<std::size_t> broken;
  for (std::size_t k = 0; k < c.couplings.size(); ++k) {
    const coupling& cp = c.couplings[k];
    bool ok = true;
    if (cp.type == coupling::kind::together) {
      const auto in = std::count_if(cp.components.begin(), cp.components.end(), moved);
      ok = in == 0 || in == static_cast<long>(cp.components.size());
    } else if (moved(cp.subject)) {
      ok = std::all_of(cp.components.begin(), cp.components.end(), moved);
    }
    if (!ok) broken.push_back(k);
  }
  return broken;
}

assessment assess(const handover_case& c, const split& parts) {
  assessment a;
  a.parts = parts;
  for (std::size_t i = 0; i < c.components.size(); ++i) {
    if (parts.is_transferred(i)) {
      a.transferred.push_back(i);
      continue;
    }
    a.kept.push_back(i);
    const actor* holder = c.find_actor(c.components[i].holder);
    if (holder && holder->side == actor_side::current) a.dependence.push_back(i);
  }

  // Every rule that holds adds its requirements (the highest level wins), risks and advantages.
  std::vector<std::optional<prerequisite>> by_skill(c.skills.size());
  for (std::size_t r = 0; r < c.rules.size(); ++r) {
    const rule& ru = c.rules[r];
    if (!holds(c, ru.when, parts)) continue;
    for (const requirement& req : ru.requirements) {
      const auto s = static_cast<std::size_t>(
          std::find_if(c.skills.begin(), c.skills.end(), [&](const skill& k) { return k.id == req.skill; }) -
          c.skills.begin());
      if (s == c.skills.size()) continue;
      const auto level = c.skills[s].level_index(req.level);
      if (!level) continue;
      auto& pre = by_skill[s];
      if (!pre) pre = prerequisite{s, *level, {}};
      pre->level = std::max(pre->level, *level);
      pre->asked_by.push_back({r, *level});
    }
    for (const text& t : ru.risks) a.risks.push_back({t, r});
    for (const text& t : ru.advantages) a.advantages.push_back({t, r});
  }
  for (auto& pre : by_skill) {
    if (pre) a.prerequisites.push_back(std::move(*pre));
  }

  // The least demanding profile that covers everything; otherwise, what no profile covers and the
  // profile that comes closest.
  std::size_t fewest = static_cast<std::size_t>(-1);
  for (std::size_t p = 0; p < c.profiles.size(); ++p) {
    const auto missing = missing_skills(c, a, p);
    if (missing.empty()) {
      a.profile = p;
      break;
    }
    if (missing.size() < fewest) {
      fewest = missing.size();
      a.closest = p;
      a.closest_misses = missing;
    }
  }
  if (a.profile) {
    a.closest.reset();
    a.closest_misses.clear();
  }
  for (const prerequisite& pre : a.prerequisites) {
    if (pre.level == 0) continue;  // the lowest level asks nothing of anyone
    const bool someone = std::any_of(c.profiles.begin(), c.profiles.end(),
                                     [&](const profile& p) { return level_brought(c, p, pre.skill) >= pre.level; });
    if (!someone) a.uncovered.push_back(pre.skill);
  }
  return a;
}

}  // namespace passation
