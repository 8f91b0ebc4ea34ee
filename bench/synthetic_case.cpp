#include "synthetic_case.hpp"

#include <fmt/format.h>

namespace passation::bench {

namespace {
// A small generator whose sequence is the same everywhere (splitmix64).
class sequence {
public:
  explicit sequence(std::uint64_t seed) : state_(seed) {}
  std::size_t below(std::size_t n) {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return static_cast<std::size_t>((z ^ (z >> 31)) % n);
  }

private:
  std::uint64_t state_;
};
}  // namespace

handover_case synthetic_case(std::size_t components, std::uint64_t seed) {
  sequence next(seed);
  handover_case c;
  c.id = fmt::format("synthetic-{}-{}", components, seed);
  c.title = fmt::format("Synthetic case, {} components", components);
  c.actors = {{.id = "team", .name = "Team", .side = actor_side::current},
              {.id = "vendor", .name = "Vendor", .side = actor_side::next},
              {.id = "funder", .name = "Funder", .side = actor_side::funder}};
  for (std::size_t i = 0; i < components; ++i) {
    c.components.push_back({.id = fmt::format("c{}", i), .name = fmt::format("Component {}", i), .holder = "team"});
  }
  constexpr std::size_t skills = 6, levels = 4, profiles = 4;
  for (std::size_t s = 0; s < skills; ++s) {
    skill k{.id = fmt::format("s{}", s), .label = fmt::format("Skill {}", s)};
    for (std::size_t l = 0; l < levels; ++l) k.levels.push_back({.id = fmt::format("l{}", l)});
    c.skills.push_back(std::move(k));
  }
  // Profile p brings level p in every skill, and level p + 1 in one of them.
  for (std::size_t p = 0; p < profiles; ++p) {
    profile pr{.id = fmt::format("p{}", p), .name = fmt::format("Profile {}", p)};
    for (std::size_t s = 0; s < skills; ++s) {
      const std::size_t level = std::min(levels - 1, p + (s == p % skills ? 1 : 0));
      pr.skills.push_back({fmt::format("s{}", s), fmt::format("l{}", level), {}});
    }
    c.profiles.push_back(std::move(pr));
  }
  for (std::size_t i = 0; i < components; ++i) {
    c.rules.push_back({.id = fmt::format("r{}", i),
                       .when = {.transferred = {fmt::format("c{}", i)}},
                       .requirements = {{fmt::format("s{}", next.below(skills)), fmt::format("l{}", 1 + next.below(levels - 1)), {}}}});
  }
  for (std::size_t k = 0; k < components / 3; ++k) {
    const std::size_t a = next.below(components), b = next.below(components);
    if (a == b) continue;
    c.rules.push_back({.when = {.transferred = {fmt::format("c{}", a)}, .kept = {fmt::format("c{}", b)}},
                       .requirements = {{fmt::format("s{}", next.below(skills)), fmt::format("l{}", next.below(levels)), {}}},
                       .risks = {fmt::format("c{} stays behind c{}", b, a)}});
  }
  for (std::size_t k = 0; k < components / 12; ++k) {
    const std::size_t a = next.below(components), b = next.below(components);
    if (a != b) {
      c.couplings.push_back({.type = coupling::kind::together, .components = {fmt::format("c{}", a), fmt::format("c{}", b)}});
    }
  }
  for (std::size_t k = 0; k < components / 8; ++k) {
    const std::size_t a = next.below(components), b = next.below(components);
    if (a != b) {
      c.couplings.push_back({.type = coupling::kind::needs, .subject = fmt::format("c{}", a), .components = {fmt::format("c{}", b)}});
    }
  }
  return c;
}

}  // namespace passation::bench
