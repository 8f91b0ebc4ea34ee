#include <algorithm>
#include <atomic>
#include <bit>
#include <chrono>
#include <cmath>
#include <thread>

#include <fmt/format.h>

#include "compiled_case.hpp"
#include "passation/error.hpp"
#include "passation/explore.hpp"
#include "passation/limits.hpp"

namespace passation {

namespace {

using detail::compiled_case;
using detail::mask;

// How a split ranks: least demanding profile first, then the least left with the current team,
// then the fewest components kept, then the mask (so that the order is total and stable).
struct rank_key {
  std::uint32_t profile;  ///< the profile's index, or the number of profiles when none covers it
  std::uint32_t dependence;
  std::uint32_t kept;
  mask split;
  friend auto operator<=>(const rank_key&, const rank_key&) = default;
};

class evaluator {
 public:
  explicit evaluator(const compiled_case& cc)
      : cc_(cc), levels_(cc.skills, 0), all_(cc.components == 64 ? ~mask{0} : (mask{1} << cc.components) - 1) {}

  rank_key key(mask transferred) {
    touched_.clear();
    for (const detail::compiled_rule& r : cc_.rules) {
      if ((transferred & r.transferred) != r.transferred || (transferred & r.kept) != 0) continue;
      for (const auto& [skill, level] : r.requirements) {
        if (levels_[skill] == 0 && level > 0) touched_.push_back(skill);
        levels_[skill] = std::max(levels_[skill], level);
      }
    }
    std::uint64_t feasible = cc_.profiles == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << cc_.profiles) - 1;
    for (std::uint32_t s : touched_) {
      feasible &= cc_.covering[s][levels_[s]];
      levels_[s] = 0;
    }
    const mask kept = ~transferred & all_;
    return {
        feasible ? static_cast<std::uint32_t>(std::countr_zero(feasible)) : static_cast<std::uint32_t>(cc_.profiles),
        static_cast<std::uint32_t>(std::popcount(kept & cc_.current_team)),
        static_cast<std::uint32_t>(std::popcount(kept)), transferred};
  }

 private:
  const compiled_case& cc_;
  std::vector<std::uint8_t> levels_;
  std::vector<std::uint32_t> touched_;
  mask all_;
};

// What one thread finds in its share of the splits. A cell is one (profile, dependence) pair, at
// index profile * (components + 1) + dependence: cells in index order are in ranking order.
struct partial {
  std::uint64_t splits = 0;
  std::vector<std::uint64_t> in_cell;      ///< splits of each cell
  std::vector<rank_key> best_in_cell;      ///< the best split of each cell (when in_cell is not 0)
  std::vector<rank_key> best;              ///< a max-heap of the best `limit` (all when limit is 0)
  std::vector<std::uint64_t> better_than;  ///< for each named scenario: splits that rank before it
};

std::size_t cells_of(const compiled_case& cc) { return (cc.profiles + 1) * (cc.components + 1); }

void explore_range(const compiled_case& cc, std::uint64_t first, std::uint64_t last, std::size_t limit,
                   const std::vector<rank_key>& named, partial& out, std::atomic<std::uint64_t>& checked) {
  evaluator eval(cc);
  out.in_cell.assign(cells_of(cc), 0);
  out.best_in_cell.resize(cells_of(cc));
  out.better_than.assign(named.size(), 0);
  // Gray code order: from one index to the next, one block goes in or out.
  std::uint64_t blocks = first ^ (first >> 1);
  mask transferred = cc.components_of(blocks);
  for (std::uint64_t i = first; i < last; ++i) {
    if ((i & 0xFFFF) == 0xFFFF) checked.fetch_add(0x10000, std::memory_order_relaxed);
    if (i != first) {
      const auto b = static_cast<std::size_t>(std::countr_zero(i));
      blocks ^= std::uint64_t{1} << b;
      transferred ^= cc.blocks[b];
    }
    if (blocks == 0 || !cc.closed(blocks)) continue;
    const rank_key k = eval.key(transferred);
    ++out.splits;
    const std::size_t cell = std::size_t{k.profile} * (cc.components + 1) + k.dependence;
    if (out.in_cell[cell]++ == 0 || k < out.best_in_cell[cell]) out.best_in_cell[cell] = k;
    for (std::size_t n = 0; n < named.size(); ++n) {
      if (k < named[n]) ++out.better_than[n];
    }
    if (limit == 0) {
      out.best.push_back(k);
    } else if (out.best.size() < limit) {
      out.best.push_back(k);
      std::push_heap(out.best.begin(), out.best.end());
    } else if (k < out.best.front()) {
      std::pop_heap(out.best.begin(), out.best.end());
      out.best.back() = k;
      std::push_heap(out.best.begin(), out.best.end());
    }
  }
}

explored_split describe(const handover_case& c, const compiled_case& cc, const rank_key& k, std::uint64_t rank) {
  explored_split e;
  e.parts = detail::split_of_mask(cc, k.split);
  if (k.profile < cc.profiles) e.profile = k.profile;
  e.dependence = k.dependence;
  e.rank = rank;
  for (std::size_t s = 0; s < c.scenarios.size(); ++s) {
    if (detail::mask_of(split_of(c, c.scenarios[s])) == k.split) {
      e.scenario = s;
      break;
    }
  }
  return e;
}

// Every split is checked against every rule: refused up front when that would take minutes.
void refuse_too_large(const handover_case& c, const compiled_case& cc) {
  const double work = std::ldexp(1.0, static_cast<int>(cc.blocks.size())) *
                      static_cast<double>(c.rules.size() + c.couplings.size() + 50);
  if (work <= limits::explore_work) return;
  throw error(
      fmt::format("the case has {} groups of components that can move on their own (2^{} splits) and {} "
                  "rules: checking every split against every rule is {:.0e} checks, more than the {:.0e} "
                  "passation does within 2 minutes; add couplings, remove rules, or assess scenarios one "
                  "by one",
                  cc.blocks.size(), cc.blocks.size(), c.rules.size(), work, limits::explore_work));
}

// Every split, in ranges explored by threads; the calling thread says how far they are, while
// they work, ten times a second.
std::vector<partial> explore_all(const compiled_case& cc, const explore_options& options,
                                 const std::vector<rank_key>& named) {
  const std::uint64_t count = std::uint64_t{1} << cc.blocks.size();
  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  if (count < 4096) threads = 1;  // not worth a thread
  std::vector<partial> parts(threads);
  std::atomic<std::uint64_t> checked{0};
  std::atomic<unsigned> running{threads};
  {
    std::vector<std::jthread> workers;
    for (unsigned t = 0; t < threads; ++t) {
      const std::uint64_t first = count / threads * t;
      const std::uint64_t last = t + 1 == threads ? count : count / threads * (t + 1);
      workers.emplace_back([&, t, first, last] {
        explore_range(cc, first, last, options.limit, named, parts[t], checked);
        --running;
      });
    }
    auto next = std::chrono::steady_clock::now() + std::chrono::milliseconds(100);
    while (options.progress && running.load() > 0) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      if (std::chrono::steady_clock::now() < next) continue;
      next += std::chrono::milliseconds(100);
      options.progress(std::min(checked.load(std::memory_order_relaxed), count), count);
    }
  }
  if (options.progress) options.progress(count, count);
  return parts;
}

// The threads' findings together: every cell's count and best split, the best splits, and how
// many splits rank before each named scenario.
struct merged {
  std::uint64_t splits = 0;
  std::vector<std::uint64_t> in_cell;
  std::vector<rank_key> best_in_cell;
  std::vector<rank_key> best;
  std::vector<std::uint64_t> better;
};

merged merge(const compiled_case& cc, const std::vector<partial>& parts, std::size_t named) {
  merged m;
  m.in_cell.assign(cells_of(cc), 0);
  m.best_in_cell.resize(cells_of(cc));
  m.better.assign(named, 0);
  for (const partial& p : parts) {
    m.splits += p.splits;
    for (std::size_t i = 0; i < m.in_cell.size(); ++i) {
      if (p.in_cell[i] && (!m.in_cell[i] || p.best_in_cell[i] < m.best_in_cell[i]))
        m.best_in_cell[i] = p.best_in_cell[i];
      m.in_cell[i] += p.in_cell[i];
    }
    for (std::size_t n = 0; n < named; ++n) m.better[n] += p.better_than[n];
    m.best.insert(m.best.end(), p.best.begin(), p.best.end());
  }
  return m;
}

}  // namespace

exploration explore(const handover_case& c, const explore_options& options) {
  const compiled_case cc = detail::compile(c);
  refuse_too_large(c, cc);

  // The named scenarios' keys, to count how many splits rank before each.
  evaluator eval(cc);
  std::vector<rank_key> named;
  std::vector<bool> named_valid;
  for (const scenario& s : c.scenarios) {
    const split parts = split_of(c, s);
    named.push_back(eval.key(detail::mask_of(parts)));
    named_valid.push_back(broken_couplings(c, parts).empty());
  }
  merged m = merge(cc, explore_all(cc, options, named), named.size());

  exploration result;
  result.splits = m.splits;
  // Counts by profile, and the front: walking the cells in ranking order, a profile's first
  // occupied cell is on the front when its dependence is below that of every profile before it.
  // The best split of a cell ranks right after every split of the cells before it.
  result.by_profile.assign(cc.profiles + 1, 0);
  const std::size_t width = cc.components + 1;
  std::uint64_t before = 0;
  std::size_t lowest = width;  // the least dependence of the profiles seen so far
  for (std::size_t i = 0; i < m.in_cell.size(); ++i) {
    if (!m.in_cell[i]) continue;
    result.by_profile[i / width] += m.in_cell[i];
    if (i % width < lowest) {
      lowest = i % width;
      result.pareto.push_back(describe(c, cc, m.best_in_cell[i], before + 1));
    }
    before += m.in_cell[i];
  }
  std::sort(m.best.begin(), m.best.end());
  if (options.limit && m.best.size() > options.limit) m.best.resize(options.limit);
  for (std::size_t i = 0; i < m.best.size(); ++i) result.ranked.push_back(describe(c, cc, m.best[i], i + 1));
  for (std::size_t n = 0; n < named.size(); ++n) {
    explored_split e = describe(c, cc, named[n], named_valid[n] ? m.better[n] + 1 : 0);
    e.scenario = n;
    result.scenarios.push_back(std::move(e));
  }
  return result;
}

std::vector<scope_variant> scope_variants(const handover_case& c, const split& parts) {
  const compiled_case cc = detail::compile(c);
  const mask transferred = detail::mask_of(parts);
  std::uint64_t blocks = 0;
  for (std::size_t b = 0; b < cc.blocks.size(); ++b) {
    const mask in = transferred & cc.blocks[b];
    if (in == cc.blocks[b])
      blocks |= std::uint64_t{1} << b;
    else if (in != 0)
      return {};  // the split cuts a group that moves together: no variant makes sense
  }
  std::vector<scope_variant> variants;
  for (std::size_t b = 0; b < cc.blocks.size(); ++b) {
    const std::uint64_t toggled = blocks ^ (std::uint64_t{1} << b);
    if (toggled == 0 || !cc.closed(toggled)) continue;
    scope_variant v;
    for (std::size_t i = 0; i < cc.components; ++i) {
      if (!((cc.blocks[b] >> i) & 1)) continue;
      ((blocks >> b) & 1 ? v.removed : v.added).push_back(i);
    }
    v.result = assess(c, detail::split_of_mask(cc, cc.components_of(toggled)));
    variants.push_back(std::move(v));
  }
  return variants;
}

}  // namespace passation
