#pragma once
/// \file
/// Builders of diagrams from a case: the flowchart of one scenario's handover, and the overview
/// where the funder's choice of scenario is a decision.

#include "passation/case.hpp"
#include "passation/diagram.hpp"
#include "passation/process.hpp"
#include "passation/text.hpp"

namespace passation {

/// Whose words a flowchart, an overview or a Gantt chart is written in.
struct flowchart_options {
  audience reader = audience::technical;  ///< the funder (plain) or the contractor (technical)
  /// The language of passation's own words (legend, "Urgences : …"). Default: the case's.
  std::optional<language> lang;
  /// For a split that is no scenario of the case: its rank among the explored splits, said in the
  /// subtitle ("Découpage n° 3").
  std::optional<std::uint64_t> split_rank;
};

/// The flowchart of a process: one lane per actor that takes part, top to bottom, the holder of
/// emergencies shown on every step, and a legend of what is drawn.
[[nodiscard]] diagram make_flowchart(const process_graph& p, const flowchart_options& options = {});

/// The overview of every scenario of `c`: the steps all scenarios share, and, where they differ,
/// the funder's choice of scenario as a decision whose branches are the scenarios.
[[nodiscard]] diagram make_overview(const handover_case& c, const flowchart_options& options = {});

/// What make_decision_tree() asks about, and in whose words.
struct decision_tree_options {
  audience reader = audience::plain;  ///< the funder by default: the questions are for them
  std::optional<language> lang;       ///< the language of passation's own words; default: the case's
  /// Also tell apart the best splits that explore() finds (up to `variants` of them).
  bool with_variants = false;
  std::size_t variants = 8;  ///< how many of the best splits `with_variants` adds
};

/// A flowchart of yes/no questions for the funder ("Garder l'adresse internet chez le CREAI ?")
/// that ends on each named scenario. Each question is the one that splits the remaining
/// scenarios most evenly, so that as few questions as possible are asked.
[[nodiscard]] diagram make_decision_tree(const handover_case& c, const decision_tree_options& options = {});

}  // namespace passation
