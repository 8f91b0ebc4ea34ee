#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "check/check_model.hpp"
#include "passation/check.hpp"
#include "passation/error.hpp"
#include "passation/process.hpp"
#include "passation/raci.hpp"

namespace passation {

namespace {

// The same problem found in the process of several scenarios is reported once, naming them.
void check_every_process(const handover_case& c, std::vector<diagnostic>& out) {
  struct found {
    diagnostic d;
    std::vector<std::string> scenarios;
  };
  std::vector<found> problems;
  for (const scenario& s : c.scenarios) {
    std::vector<diagnostic> local;
    const process_graph p = build_process(c, s, &local);
    std::vector<diagnostic> checked = check_process(p);
    local.insert(local.end(), checked.begin(), checked.end());
    // Who answers for each piece, during and after: exactly one, once the process itself is sound.
    if (!has_errors(local)) {
      std::vector<diagnostic> raci = check_raci(c, make_raci(p));
      local.insert(local.end(), raci.begin(), raci.end());
    }
    for (diagnostic& d : local) {
      auto same = std::find_if(problems.begin(), problems.end(), [&](const found& f) { return f.d == d; });
      if (same == problems.end()) {
        problems.push_back({std::move(d), {s.id}});
      } else if (same->scenarios.back() != s.id) {
        same->scenarios.push_back(s.id);
      }
    }
  }
  for (found& f : problems) {
    if (f.scenarios.size() == c.scenarios.size() && c.scenarios.size() > 1) {
      f.d.message += " (in every scenario)";
    } else {
      std::string names;
      for (const std::string& id : f.scenarios) names += (names.empty() ? "" : ", ") + id;
      f.d.message += fmt::format(" (in scenario{} {})", f.scenarios.size() > 1 ? "s" : "", names);
    }
    out.push_back(std::move(f.d));
  }
}

}  // namespace

std::vector<diagnostic> check_case(const handover_case& c) {
  std::vector<diagnostic> out;
  detail::check_model(c, detail::check_scope::full, out);
  detail::check_plain_words(c, out);
  // The process of a scenario is only worth checking once every reference in it resolves:
  // otherwise each unknown name would come back as a broken graph.
  if (!has_errors(out)) check_every_process(c, out);
  sort_by_position(out);
  return out;
}

std::vector<diagnostic> require_valid(const handover_case& c) {
  std::vector<diagnostic> found = check_case(c);
  if (has_errors(found)) throw case_error(std::move(found));
  return found;
}

}  // namespace passation
