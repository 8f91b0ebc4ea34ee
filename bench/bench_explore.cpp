// How long exploring every split takes, for synthetic cases of 8 to 24 components.
// The target: 24 components in under a second. Run with:
//   cmake --preset bench && cmake --build --preset bench && build/bench/bench/passation_bench

#include <benchmark/benchmark.h>

#include "passation/explore.hpp"
#include "synthetic_case.hpp"

namespace {

// Arguments: components, limit of listed splits (100 is what `passation explore` lists), threads.
void explore_synthetic(benchmark::State& state) {
  const auto c = passation::bench::synthetic_case(static_cast<std::size_t>(state.range(0)), 1);
  passation::explore_options options;
  options.limit = static_cast<std::size_t>(state.range(1));
  options.threads = static_cast<unsigned>(state.range(2));
  std::uint64_t splits = 0;
  for (auto _ : state) {
    const passation::exploration e = passation::explore(c, options);
    splits = e.splits;
    benchmark::DoNotOptimize(e.ranked.data());
  }
  state.counters["splits"] = static_cast<double>(splits);
  state.counters["splits/s"] = benchmark::Counter(static_cast<double>(splits) * static_cast<double>(state.iterations()),
                                                  benchmark::Counter::kIsRate);
}

BENCHMARK(explore_synthetic)
    ->ArgNames({"components", "limit", "threads"})
    ->Args({8, 100, 0})
    ->Args({16, 100, 0})
    ->Args({20, 100, 0})
    ->Args({24, 100, 0})
    ->Args({24, 100, 1})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
