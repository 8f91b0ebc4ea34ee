#include "compiled_case.hpp"

#include <algorithm>
#include <bit>
#include <numeric>

#include <fmt/format.h>

#include "passation/error.hpp"
#include "passation/explore.hpp"

namespace passation::detail {

namespace {

std::size_t find_root(std::vector<std::size_t>& parent, std::size_t i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

}  // namespace

mask compiled_case::components_of(std::uint64_t blocks_in) const {
  mask m = 0;
  for (std::uint64_t rest = blocks_in; rest; rest &= rest - 1)
    m |= blocks[static_cast<std::size_t>(std::countr_zero(rest))];
  return m;
}

bool compiled_case::closed(std::uint64_t blocks_in) const {
  for (const need& n : needs) {
    if ((blocks_in & n.subject) && (blocks_in & n.needed) != n.needed) return false;
  }
  return true;
}

namespace {

// Blocks: the union of the `together` couplings; fills cc.blocks, returns each component's block.
std::vector<std::size_t> group_blocks(const handover_case& c, compiled_case& cc) {
  std::vector<std::size_t> parent(c.components.size());
  std::iota(parent.begin(), parent.end(), std::size_t{0});
  for (const coupling& cp : c.couplings) {
    if (cp.type != coupling::kind::together || cp.components.empty()) continue;
    auto first = c.component_index(cp.components.front());
    for (const std::string& id : cp.components) {
      auto i = c.component_index(id);
      if (first && i) parent[find_root(parent, *i)] = find_root(parent, *first);
    }
  }
  std::vector<std::size_t> block_of(c.components.size());
  std::vector<std::size_t> root_block(c.components.size(), static_cast<std::size_t>(-1));
  for (std::size_t i = 0; i < c.components.size(); ++i) {
    const std::size_t root = find_root(parent, i);
    if (root_block[root] == static_cast<std::size_t>(-1)) {
      root_block[root] = cc.blocks.size();
      cc.blocks.push_back(0);
    }
    block_of[i] = root_block[root];
    cc.blocks[block_of[i]] |= mask{1} << i;
  }
  return block_of;
}

// The `needs` couplings, between blocks.
void compile_needs(const handover_case& c, const std::vector<std::size_t>& block_of, compiled_case& cc) {
  for (const coupling& cp : c.couplings) {
    if (cp.type != coupling::kind::needs) continue;
    auto subject = c.component_index(cp.subject);
    if (!subject) continue;
    compiled_case::need n;
    n.subject = std::uint64_t{1} << block_of[*subject];
    for (const std::string& id : cp.components) {
      if (auto i = c.component_index(id)) n.needed |= std::uint64_t{1} << block_of[*i];
    }
    n.needed &= ~n.subject;
    if (n.needed) cc.needs.push_back(n);
  }
}

void compile_rules(const handover_case& c, compiled_case& cc) {
  auto bit = [&](const std::string& id) -> mask {
    auto i = c.component_index(id);
    return i ? mask{1} << *i : 0;
  };
  for (const rule& r : c.rules) {
    compiled_rule cr;
    for (const std::string& id : r.when.transferred) cr.transferred |= bit(id);
    for (const std::string& id : r.when.kept) cr.kept |= bit(id);
    for (const requirement& req : r.requirements) {
      for (std::size_t s = 0; s < c.skills.size(); ++s) {
        if (c.skills[s].id != req.skill) continue;
        if (auto level = c.skills[s].level_index(req.level)) {
          cr.requirements.emplace_back(static_cast<std::uint32_t>(s), static_cast<std::uint8_t>(*level));
        }
      }
    }
    cc.rules.push_back(std::move(cr));
  }
}

// For each skill and level, the profiles that bring it (everyone brings the lowest level).
void compile_covering(const handover_case& c, compiled_case& cc) {
  cc.covering.resize(c.skills.size());
  for (std::size_t s = 0; s < c.skills.size(); ++s) {
    cc.covering[s].assign(c.skills[s].levels.size(), 0);
    for (std::size_t p = 0; p < c.profiles.size(); ++p) {
      std::size_t brought = 0;
      for (const requirement& r : c.profiles[p].skills) {
        if (r.skill == c.skills[s].id) brought = c.skills[s].level_index(r.level).value_or(0);
      }
      for (std::size_t l = 0; l <= brought && l < cc.covering[s].size(); ++l)
        cc.covering[s][l] |= std::uint64_t{1} << p;
    }
    if (!cc.covering[s].empty())
      cc.covering[s][0] = c.profiles.size() == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << c.profiles.size()) - 1;
  }
}

}  // namespace

compiled_case compile(const handover_case& c) {
  if (c.components.size() > max_explored_components) {
    throw error(fmt::format("the case has {} components; exploring splits handles at most {}", c.components.size(),
                            max_explored_components));
  }
  if (c.profiles.size() > 64) throw error("exploring splits handles at most 64 profiles");
  compiled_case cc;
  cc.components = c.components.size();
  cc.skills = c.skills.size();
  cc.profiles = c.profiles.size();
  const std::vector<std::size_t> block_of = group_blocks(c, cc);
  if (cc.blocks.size() > max_explored_groups) {
    throw error(
        fmt::format("the case has {} groups of components that can move on their own, that is 2^{} splits; "
                    "exploring handles at most {} groups: add couplings, or assess scenarios one by one",
                    cc.blocks.size(), cc.blocks.size(), max_explored_groups));
  }
  compile_needs(c, block_of, cc);
  compile_rules(c, cc);
  compile_covering(c, cc);
  for (std::size_t i = 0; i < c.components.size(); ++i) {
    const actor* holder = c.find_actor(c.components[i].holder);
    if (holder && holder->side == actor_side::current) cc.current_team |= mask{1} << i;
  }
  return cc;
}

mask mask_of(const split& parts) {
  mask m = 0;
  for (std::size_t i = 0; i < parts.transferred.size() && i < 64; ++i) {
    if (parts.transferred[i]) m |= mask{1} << i;
  }
  return m;
}

split split_of_mask(const compiled_case& cc, mask m) {
  split s;
  s.transferred.resize(cc.components);
  for (std::size_t i = 0; i < cc.components; ++i) s.transferred[i] = (m >> i) & 1;
  return s;
}

}  // namespace passation::detail
