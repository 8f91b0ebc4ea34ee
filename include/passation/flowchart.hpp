#pragma once
/// \file
/// Builders of diagrams from a case: the flowchart of one scenario's handover, and the overview
/// where the funder's choice of scenario is a decision.

#include "passation/case.hpp"
#include "passation/diagram.hpp"
#include "passation/process.hpp"
#include "passation/text.hpp"

namespace passation {

struct flowchart_options {
  audience reader = audience::technical;
  /// The language of passation's own words (legend, "Urgences : …"). Default: the case's.
  std::optional<language> lang;
};

/// The flowchart of a process: one lane per actor that takes part, top to bottom, the holder of
/// emergencies shown on every step, and a legend of what is drawn.
[[nodiscard]] diagram make_flowchart(const process_graph& p, const flowchart_options& options = {});

/// The overview of every scenario of `c`: the steps all scenarios share, and, where they differ,
/// the funder's choice of scenario as a decision whose branches are the scenarios.
[[nodiscard]] diagram make_overview(const handover_case& c, const flowchart_options& options = {});

}  // namespace passation
