// How long exploring every split takes, for synthetic cases of 8 to 24 components: the best 50
// splits listed and the Pareto front, with every split evaluated. The target: 24
// components in under a second. Run with:
//   cmake --preset bench && cmake --build --preset bench && build/bench/bench/passation_bench

#include <sys/resource.h>

#include <benchmark/benchmark.h>

#include "passation/explore.hpp"
#include "synthetic_case.hpp"

namespace {

// The most resident memory this process has held so far, in MiB (Linux gives ru_maxrss in KiB).
// It only grows: the benchmarks run from the smallest case up, so each one's figure is the peak
// after its own run.
double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// Arguments: components, limit of listed splits (50: the top of `passation explore`'s list), threads
// (0: one per core).
void explore_synthetic(benchmark::State& state) {
  const auto c = passation::bench::synthetic_case(static_cast<std::size_t>(state.range(0)), 1);
  passation::explore_options options;
  options.limit = static_cast<std::size_t>(state.range(1));
  options.threads = static_cast<unsigned>(state.range(2));
  std::uint64_t splits = 0;
  std::size_t front = 0;
  for (auto _ : state) {
    const passation::exploration e = passation::explore(c, options);
    splits = e.splits;
    front = e.pareto.size();
    benchmark::DoNotOptimize(e.ranked.data());
    benchmark::DoNotOptimize(e.pareto.data());
  }
  state.counters["splits"] = static_cast<double>(splits);
  state.counters["pareto"] = static_cast<double>(front);
  state.counters["splits/s"] = benchmark::Counter(static_cast<double>(splits) * static_cast<double>(state.iterations()),
                                                  benchmark::Counter::kIsRate);
  state.counters["peak_rss_MiB"] = peak_rss_mib();
}

BENCHMARK(explore_synthetic)
    ->ArgNames({"components", "limit", "threads"})
    ->Args({8, 50, 0})
    ->Args({16, 50, 0})
    ->Args({20, 50, 0})
    ->Args({24, 50, 0})
    ->Args({24, 50, 1})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
