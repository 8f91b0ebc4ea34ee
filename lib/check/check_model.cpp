#include "check/check_model.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "model/suggest.hpp"

namespace passation::detail {

namespace {

class checker {
 public:
  checker(const handover_case& c, check_scope scope, std::vector<diagnostic>& out)
      : c_(c), full_(scope == check_scope::full), out_(out) {}

  void run() {
    check_case_itself();
    check_actors();
    check_components();
    check_skills();
    check_profiles();
    check_rules();
    check_couplings();
    check_scenarios();
    check_decision_and_brief();
    check_process_template();
  }

 private:
  void error(position at, std::string message) { out_.push_back({severity::error, c_.source, at, std::move(message)}); }
  void warning(position at, std::string message) {
    out_.push_back({severity::warning, c_.source, at, std::move(message)});
  }

  template <class T>
  std::vector<std::string> ids_of(const std::vector<T>& items) const {
    std::vector<std::string> ids;
    for (const T& item : items) ids.push_back(item.id);
    return ids;
  }

  template <class T>
  void check_unique(const std::vector<T>& items, std::string_view what) {
    std::map<std::string, position, std::less<>> seen;
    for (const T& item : items) {
      if (item.id.empty()) continue;
      auto [it, inserted] = seen.emplace(item.id, item.where);
      if (!inserted) {
        error(item.where, fmt::format("{} '{}' is defined twice (first at line {})", what, item.id, it->second.line));
      }
    }
  }

  void check_actor_ref(const std::string& id, position at, std::string_view what) {
    if (id.empty() || c_.find_actor(id)) return;
    error(at, fmt::format("{} names actor '{}', which is not defined in 'actors'{}", what, id,
                          did_you_mean(id, ids_of(c_.actors))));
  }

  void check_component_ref(const std::string& id, position at) {
    if (id.empty() || c_.find_component(id)) return;
    error(at, fmt::format("unknown component '{}'{}", id, did_you_mean(id, ids_of(c_.components))));
  }

  void check_components_ref(const std::vector<std::string>& ids, position at) {
    for (const std::string& id : ids) check_component_ref(id, at);
  }

  void check_requirement(const requirement& r) {
    const skill* s = c_.find_skill(r.skill);
    if (!s) {
      error(r.where, fmt::format("unknown skill '{}'{}", r.skill, did_you_mean(r.skill, ids_of(c_.skills))));
      return;
    }
    if (!s->level_index(r.level)) {
      error(r.where,
            fmt::format("skill '{}' has no level '{}'{}", r.skill, r.level, did_you_mean(r.level, ids_of(s->levels))));
    }
  }

  void check_case_itself() {
    if (!full_) return;
    if (c_.id.empty()) error(c_.where, "the case needs an id ('case')");
    if (c_.title.empty()) error(c_.where, "the case needs a title");
    if (c_.actors.empty()) error(c_.where, "the case defines no actor");
    if (c_.components.empty()) error(c_.where, "the case defines no component");
    if (c_.scenarios.empty()) error(c_.where, "the case defines no scenario");
    if (c_.process.empty()) error(c_.process_where.known() ? c_.process_where : c_.where, "the case has no process");
  }

  void check_actors() {
    check_unique(c_.actors, "actor");
    for (const actor& a : c_.actors) {
      if (a.id == the_receiver) {
        error(a.where,
              "an actor cannot be called 'receiver': in the process, 'receiver' stands for whoever takes the "
              "pieces over in each scenario; rename this actor");
      }
    }
    if (!full_) return;
    for (const actor& a : c_.actors) {
      if (a.name.empty()) error(a.where, fmt::format("actor '{}' needs a name", a.id));
    }
  }

  // A process node's actor or holder of emergencies: an actor, or "the receiver".
  void check_process_actor_ref(const std::string& id, position at, std::string_view what) {
    if (id != the_receiver) check_actor_ref(id, at, what);
  }

  void check_components() {
    check_unique(c_.components, "component");
    for (const component& co : c_.components) {
      check_actor_ref(co.holder, co.where, fmt::format("component '{}'", co.id));
      if (full_ && co.name.empty()) error(co.where, fmt::format("component '{}' needs a name", co.id));
    }
  }

  void check_skills() {
    check_unique(c_.skills, "skill");
    for (const skill& s : c_.skills) {
      if (s.levels.empty()) {
        if (full_) error(s.where, fmt::format("skill '{}' needs at least one level", s.id));
        continue;
      }
      check_unique(s.levels, fmt::format("level of skill '{}'", s.id));
    }
  }

  void check_profiles() {
    check_unique(c_.profiles, "profile");
    for (const profile& p : c_.profiles) {
      for (const requirement& r : p.skills) check_requirement(r);
      if (full_ && p.name.empty()) error(p.where, fmt::format("profile '{}' needs a name", p.id));
    }
  }

  void check_condition(const condition& when) {
    for (const std::string& id : when.receivers) {
      check_actor_ref(id, when.where, "a condition's 'receiver'");
      const actor* a = c_.find_actor(id);
      if (a && a->side != actor_side::next) {
        error(when.where, fmt::format("a condition's 'receiver' names '{}', who is not on the next side: only an "
                                      "actor with 'side: next' takes pieces over",
                                      id));
      }
    }
    check_components_ref(when.transferred, when.where);
    check_components_ref(when.kept, when.where);
    for (const std::string& id : when.transferred) {
      if (std::find(when.kept.begin(), when.kept.end(), id) != when.kept.end()) {
        error(when.where,
              fmt::format("component '{}' cannot be both transferred and kept: this condition never holds", id));
      }
    }
  }

  void check_rules() {
    check_unique(c_.rules, "rule");
    for (const rule& r : c_.rules) {
      check_condition(r.when);
      if (!r.when.receivers.empty()) {
        error(r.when.where,
              "a rule's condition cannot test the receiver: rules apply to every split that "
              "'explore' examines, and those have no chosen receiver; test what is transferred or kept");
      }
      for (const requirement& req : r.requirements) check_requirement(req);
    }
  }

  void check_couplings() {
    for (const coupling& cp : c_.couplings) {
      if (!cp.subject.empty()) check_component_ref(cp.subject, cp.where);
      check_components_ref(cp.components, cp.where);
      if (cp.type == coupling::kind::needs &&
          std::find(cp.components.begin(), cp.components.end(), cp.subject) != cp.components.end()) {
        error(cp.where, fmt::format("component '{}' cannot need itself", cp.subject));
      }
    }
  }

  std::string list(const std::vector<std::string>& ids) const {
    std::string out;
    for (const std::string& id : ids) out += (out.empty() ? "'" : ", '") + id + "'";
    return out;
  }

  void check_scenarios() {
    check_unique(c_.scenarios, "scenario");
    for (const scenario& s : c_.scenarios) {
      check_components_ref(s.transfers, s.where);
      check_components_ref(s.keeps, s.where);
      if (full_ && s.title.empty()) error(s.where, fmt::format("scenario '{}' needs a title", s.id));
      if (full_ && !s.transfers_given && !s.keeps_given && !s.transfers_all) {
        error(s.where, fmt::format("scenario '{}' says neither what it transfers nor what it keeps", s.id));
      }
      std::vector<std::string> both;
      for (const std::string& id : s.transfers) {
        if (std::find(s.keeps.begin(), s.keeps.end(), id) != s.keeps.end()) both.push_back(id);
      }
      if (!both.empty()) {
        error(s.where, fmt::format("scenario '{}' both transfers and keeps {}", s.id, list(both)));
      }
      if (s.transfers_given && s.keeps_given && !s.transfers_all) {
        std::vector<std::string> neither;
        for (const component& co : c_.components) {
          if (std::find(s.transfers.begin(), s.transfers.end(), co.id) == s.transfers.end() &&
              std::find(s.keeps.begin(), s.keeps.end(), co.id) == s.keeps.end()) {
            neither.push_back(co.id);
          }
        }
        if (!neither.empty()) {
          error(s.where, fmt::format("scenario '{}' lists both 'transfers' and 'keeps' but neither names {}; "
                                     "name each component once, or write only one of the two lists",
                                     s.id, list(neither)));
        }
      }
      check_scenario_couplings(s);
      check_scenario_receivers(s);
    }
  }

  // Who takes over: an actor of the next side, each transferred component given to exactly one.
  void check_scenario_receivers(const scenario& s) {
    const split parts = split_of(c_, s);
    const bool moves = std::any_of(parts.transferred.begin(), parts.transferred.end(), [](bool b) { return b; });
    if (s.receivers.empty()) {
      if (!moves) return;
      std::vector<std::string> next;
      for (const actor& a : c_.actors) {
        if (a.side == actor_side::next) next.push_back(a.id);
      }
      if (next.empty()) {
        error(s.where, fmt::format("scenario '{}' hands pieces over, but nobody takes them: add an actor with "
                                   "'side: next' (the team that takes over)",
                                   s.id));
      } else if (next.size() > 1) {
        error(s.where, fmt::format("scenario '{}' does not say who takes it over, and {} can: add 'receiver: {}' "
                                   "(or a map from each of them to the components it takes)",
                                   s.id, list(next), next.front()));
      }
      return;
    }
    std::map<std::string, std::string, std::less<>> given;  // component -> actor
    for (const receiver_share& share : s.receivers) {
      check_actor_ref(share.actor, share.where, fmt::format("the receiver of scenario '{}'", s.id));
      const actor* a = c_.find_actor(share.actor);
      if (a && a->side != actor_side::next) {
        error(share.where, fmt::format("'{}' takes over in scenario '{}' but is not on the next side: give it "
                                       "'side: next'",
                                       share.actor, s.id));
      }
      for (const std::string& id : share.components) {
        check_component_ref(id, share.where);
        const auto i = c_.component_index(id);
        if (!i) continue;
        if (!parts.is_transferred(*i)) {
          error(share.where, fmt::format("scenario '{}' gives '{}' to '{}', but keeps it", s.id, id, share.actor));
        } else if (auto [it, fresh] = given.emplace(id, share.actor); !fresh) {
          error(share.where, fmt::format("scenario '{}' gives '{}' to both '{}' and '{}': one actor takes each piece",
                                         s.id, id, it->second, share.actor));
        }
      }
    }
    if (s.receivers.size() == 1 && s.receivers.front().components.empty()) return;
    std::vector<std::string> unclaimed;
    for (std::size_t i = 0; i < c_.components.size(); ++i) {
      if (parts.is_transferred(i) && !given.count(c_.components[i].id)) unclaimed.push_back(c_.components[i].id);
    }
    if (!unclaimed.empty()) {
      error(s.receivers_where.known() ? s.receivers_where : s.where,
            fmt::format("scenario '{}' transfers {} but gives {} to no receiver: add {} to one receiver's list", s.id,
                        list(unclaimed), unclaimed.size() > 1 ? "them" : "it", unclaimed.size() > 1 ? "each" : "it"));
    }
  }

  void check_scenario_couplings(const scenario& s) {
    const split parts = split_of(c_, s);
    auto moved = [&](const std::string& id) {
      auto i = c_.component_index(id);
      return i && parts.is_transferred(*i);
    };
    for (const coupling& cp : c_.couplings) {
      // " (coupling at line 12: the data lives with the hosting)"
      const std::string why = fmt::format(" (coupling at line {}{})", cp.where.line,
                                          cp.reason.empty() ? "" : ": " + cp.reason.for_audience(audience::technical));
      if (cp.type == coupling::kind::together) {
        std::vector<std::string> in, out;
        for (const std::string& id : cp.components) (moved(id) ? in : out).push_back(id);
        if (!in.empty() && !out.empty()) {
          error(s.where, fmt::format("scenario '{}' transfers {} but keeps {}, which go together{}", s.id, list(in),
                                     list(out), why));
        }
      } else if (moved(cp.subject)) {
        std::vector<std::string> missing;
        for (const std::string& id : cp.components) {
          if (!moved(id)) missing.push_back(id);
        }
        if (!missing.empty()) {
          error(s.where, fmt::format("scenario '{}' transfers '{}' but keeps {}, which it needs{}", s.id, cp.subject,
                                     list(missing), why));
        }
      }
    }
  }

  // What the brief and the timelines read: who decides, the recommendation, the deadlines.
  void check_decision_and_brief() {
    check_actor_ref(c_.decision.by, c_.decision.where, "'decision'");
    if (c_.recommended && !c_.recommended->scenario.empty() && !c_.find_scenario(c_.recommended->scenario)) {
      error(c_.recommended->where,
            fmt::format("'recommendation' names scenario '{}', which is not defined in "
                        "'scenarios'{}",
                        c_.recommended->scenario, did_you_mean(c_.recommended->scenario, ids_of(c_.scenarios))));
    }
    for (std::size_t i = 0; i < c_.deadlines.size(); ++i) {
      for (std::size_t j = 0; j < i; ++j) {
        if (!c_.deadlines[i].label.empty() && c_.deadlines[i].label == c_.deadlines[j].label) {
          error(c_.deadlines[i].where,
                fmt::format("two deadlines are called '{}' (first at line {})",
                            c_.deadlines[i].label.for_audience(audience::plain), c_.deadlines[j].where.line));
        }
      }
    }
  }

  void check_process_template() {
    check_unique(c_.process, "process node");
    check_actor_ref(c_.emergency_holder, c_.emergency_holder_where, "'emergencies'");
    const std::vector<std::string> node_ids = ids_of(c_.process);
    for (const process_node& n : c_.process) {
      const std::string what = fmt::format("{} '{}'", to_string(n.kind), n.id);
      check_process_actor_ref(n.actor, n.where, what);
      check_process_actor_ref(n.emergencies, n.emergencies_where, what);
      check_condition(n.when);
      check_components_ref(n.hands_over, n.where);
      for (const branch& b : n.next) {
        if (!b.target.empty() && !c_.find_node(b.target)) {
          error(b.where, fmt::format("{} goes to '{}', which is not a node of the process{}", what, b.target,
                                     did_you_mean(b.target, node_ids)));
        }
      }
      check_node_shape(n, what);
    }
    if (!c_.process.empty()) {
      const process_node& last = c_.process.back();
      if (last.kind != node_kind::end && last.kind != node_kind::decision && last.next.empty()) {
        error(last.where, fmt::format("{} '{}' is the last node of the process and has no 'next': "
                                      "end the process with a node of 'kind: end'",
                                      to_string(last.kind), last.id));
      }
    }
  }

  void check_node_shape(const process_node& n, const std::string& what) {
    const bool needs_actor =
        n.kind == node_kind::step || n.kind == node_kind::decision || n.kind == node_kind::milestone;
    if (full_ && needs_actor && n.actor.empty())
      error(n.where, fmt::format("{} needs an 'actor' (its swimlane)", what));
    if (full_ && needs_actor && n.label.empty()) error(n.where, fmt::format("{} needs a 'label'", what));
    switch (n.kind) {
      case node_kind::decision:
        if (full_ && n.next.size() < 2) {
          error(n.where, fmt::format("{} needs at least two answers in 'next', e.g. {{oui: a, non: b}}", what));
        }
        if (!n.when.always() || !n.hands_over.empty()) {
          error(n.where, fmt::format("{} cannot depend on the scenario ('when', 'hands_over'): put the condition on "
                                     "the steps of its branches",
                                     what));
        }
        break;
      case node_kind::end:
        if (!n.next.empty()) error(n.where, fmt::format("{} is an end: it has no 'next'", what));
        [[fallthrough]];
      case node_kind::start:
        if (!n.when.always() || !n.hands_over.empty()) {
          error(n.where, fmt::format("{} always takes place: it cannot have 'when' or 'hands_over'", what));
        }
        break;
      case node_kind::step:
      case node_kind::milestone: break;
    }
    if (n.kind != node_kind::decision && n.next.size() > 1) {
      error(n.where, fmt::format("{} has several successors: only a decision has several", what));
    }
    if (n.role == node_role::receipt) {
      if (n.kind != node_kind::decision) {
        error(
            n.where,
            fmt::format("{} has role 'receipt', which only a decision can have (receipt confirmed? oui / non)", what));
      } else if (full_ || !n.next.empty()) {
        const auto yes =
            std::count_if(n.next.begin(), n.next.end(), [](const branch& b) { return means_yes(b.label); });
        if (yes == 0) {
          error(n.where, fmt::format("{} has role 'receipt' but no answer 'oui' (or 'yes'): name the branch taken "
                                     "once receipt is confirmed",
                                     what));
        } else if (yes > 1) {
          error(n.where, fmt::format("{} has role 'receipt' and {} answers 'oui' or 'yes': receipt is confirmed by "
                                     "one branch only; name the others differently",
                                     what, yes));
        }
      }
    }
    if (n.duration_days && !(*n.duration_days >= 0)) {
      error(n.where, fmt::format("{} has a negative duration", what));
    }
  }

  const handover_case& c_;
  bool full_;
  std::vector<diagnostic>& out_;
};

}  // namespace

void check_model(const handover_case& c, check_scope scope, std::vector<diagnostic>& out) {
  checker(c, scope, out).run();
}

}  // namespace passation::detail
