#include "passation/case.hpp"

#include <algorithm>

namespace passation {

std::string_view to_string(actor_side s) noexcept {
  switch (s) {
    case actor_side::current: return "current";
    case actor_side::next: return "next";
    case actor_side::funder: return "funder";
    case actor_side::other: return "other";
  }
  return "?";
}

std::string_view to_string(node_kind k) noexcept {
  switch (k) {
    case node_kind::start: return "start";
    case node_kind::step: return "step";
    case node_kind::decision: return "decision";
    case node_kind::milestone: return "milestone";
    case node_kind::end: return "end";
  }
  return "?";
}

std::string_view to_string(node_role r) noexcept {
  switch (r) {
    case node_role::none: return "none";
    case node_role::receipt: return "receipt";
    case node_role::validation: return "validation";
  }
  return "?";
}

std::optional<std::size_t> skill::level_index(std::string_view level_id) const noexcept {
  for (std::size_t i = 0; i < levels.size(); ++i) {
    if (levels[i].id == level_id) return i;
  }
  return std::nullopt;
}

namespace {
template <class T>
const T* find_by_id(const std::vector<T>& items, std::string_view id) noexcept {
  auto it = std::find_if(items.begin(), items.end(), [id](const T& item) { return item.id == id; });
  return it == items.end() ? nullptr : &*it;
}
}  // namespace

const actor* handover_case::find_actor(std::string_view key) const noexcept { return find_by_id(actors, key); }
const component* handover_case::find_component(std::string_view key) const noexcept {
  return find_by_id(components, key);
}
const skill* handover_case::find_skill(std::string_view key) const noexcept { return find_by_id(skills, key); }
const profile* handover_case::find_profile(std::string_view key) const noexcept { return find_by_id(profiles, key); }
const scenario* handover_case::find_scenario(std::string_view key) const noexcept { return find_by_id(scenarios, key); }
const process_node* handover_case::find_node(std::string_view key) const noexcept { return find_by_id(process, key); }

const actor* handover_case::first_on(actor_side side) const noexcept {
  auto it = std::find_if(actors.begin(), actors.end(), [side](const actor& a) { return a.side == side; });
  return it == actors.end() ? nullptr : &*it;
}

std::size_t handover_case::count_on(actor_side side) const noexcept {
  return static_cast<std::size_t>(
      std::count_if(actors.begin(), actors.end(), [side](const actor& a) { return a.side == side; }));
}

std::string handover_case::unknown_scenario(std::string_view wanted) const {
  std::string known;
  for (const scenario& s : scenarios) known += (known.empty() ? "" : ", ") + s.id;
  return "the case has no scenario '" + std::string(wanted) + "' (its scenarios: " + known + ")";
}

std::optional<std::size_t> handover_case::component_index(std::string_view key) const noexcept {
  for (std::size_t i = 0; i < components.size(); ++i) {
    if (components[i].id == key) return i;
  }
  return std::nullopt;
}

const actor* default_receiver(const handover_case& c) noexcept { return c.first_on(actor_side::next); }

std::string receiver_of(const handover_case& c, const split& s, std::size_t component) {
  if (!s.is_transferred(component)) return {};
  if (component < s.receivers.size() && !s.receivers[component].empty()) return s.receivers[component];
  const actor* fallback = default_receiver(c);
  return fallback ? fallback->id : std::string{};
}

std::vector<std::string> receivers_of(const handover_case& c, const split& s) {
  std::vector<std::string> found;
  for (std::size_t i = 0; i < c.components.size(); ++i) {
    std::string who = receiver_of(c, s, i);
    if (!who.empty() && std::find(found.begin(), found.end(), who) == found.end()) found.push_back(std::move(who));
  }
  std::vector<std::string> out;
  if (!s.lead.empty() && std::find(found.begin(), found.end(), s.lead) != found.end()) out.push_back(s.lead);
  for (const actor& a : c.actors) {
    if (a.id != s.lead && std::find(found.begin(), found.end(), a.id) != found.end()) out.push_back(a.id);
  }
  return out;
}

std::string lead_receiver(const handover_case& c, const split& s) {
  const auto all = receivers_of(c, s);
  return all.empty() ? std::string{} : all.front();
}

std::string actor_of(const handover_case& c, const process_node& n, const split& s) {
  if (n.actor != the_receiver) return n.actor;
  for (const std::string& id : n.hands_over) {
    if (auto i = c.component_index(id); i && s.is_transferred(*i)) return receiver_of(c, s, *i);
  }
  return lead_receiver(c, s);
}

split split_of(const handover_case& c, const scenario& s) {
  split result;
  if (s.transfers_all) {
    result.transferred.assign(c.components.size(), true);
  } else {
    // Only `keeps` written: everything else moves. Otherwise `transfers` lists what moves.
    const bool by_keeps = s.keeps_given && !s.transfers_given;
    result.transferred.assign(c.components.size(), by_keeps);
    const auto& listed = by_keeps ? s.keeps : s.transfers;
    for (const std::string& id : listed) {
      if (auto i = c.component_index(id)) result.transferred[*i] = !by_keeps;
    }
  }
  // Who takes what: one actor for everything, or one per share.
  result.receivers.assign(c.components.size(), std::string{});
  for (const receiver_share& share : s.receivers) {
    if (share.components.empty()) {
      for (std::size_t i = 0; i < c.components.size(); ++i) {
        if (result.transferred[i]) result.receivers[i] = share.actor;
      }
    }
    for (const std::string& id : share.components) {
      if (auto i = c.component_index(id); i && result.transferred[*i]) result.receivers[*i] = share.actor;
    }
  }
  if (!s.receivers.empty()) result.lead = s.receivers.front().actor;
  return result;
}

bool holds(const handover_case& c, const condition& when, const split& s) {
  for (const std::string& id : when.transferred) {
    auto i = c.component_index(id);
    if (!i || !s.is_transferred(*i)) return false;
  }
  for (const std::string& id : when.kept) {
    auto i = c.component_index(id);
    if (!i || s.is_transferred(*i)) return false;
  }
  if (!when.receivers.empty()) {
    const auto taking = receivers_of(c, s);
    for (const std::string& id : when.receivers) {
      if (std::find(taking.begin(), taking.end(), id) == taking.end()) return false;
    }
  }
  return true;
}

bool means_yes(const text& answer) {
  std::string s = answer.for_audience(audience::technical);
  std::transform(s.begin(), s.end(), s.begin(),
                 [](char ch) { return (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch; });
  return s == "oui" || s == "yes";
}

bool takes_place(const handover_case& c, const process_node& n, const split& s) {
  if (!holds(c, n.when, s)) return false;
  if (n.hands_over.empty()) return true;
  return std::any_of(n.hands_over.begin(), n.hands_over.end(), [&](const std::string& id) {
    auto i = c.component_index(id);
    return i && s.is_transferred(*i);
  });
}

}  // namespace passation
