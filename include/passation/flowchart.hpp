#pragma once
/// \file
/// Builders of diagrams from a case: the flowchart of one scenario's handover, and the overview
/// where the funder's choice of scenario is a decision.

#include <span>
#include <vector>

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

/// The flowcharts of several processes of one case (its scenarios, say) drawn on one grid: every
/// step any of them has keeps one place, its lane and its row, in all of them (absent, its place
/// stays empty), so that a step they share is drawn at the same place in each and slides flip
/// from one to the next with only the differences moving. A step only some of them have is
/// marked with the scenarios that have it ("Seulement : B1, B2"), and the legend says so.
[[nodiscard]] std::vector<diagram> make_aligned_flowcharts(std::span<const process_graph> ps,
                                                           const flowchart_options& options = {});

/// One flowchart of what changes from `from` to `to`: the process of `to`, with the steps and
/// arrows it adds marked ("+ Ajouté par B2"), those of `from` it drops drawn faded where they
/// were ("− Retiré par B2"), and the steps both have but write differently (who holds
/// emergencies, say) marked, with how `from` wrote them under them ("≠ Changé par B2").
[[nodiscard]] diagram make_flowchart_diff(const process_graph& from, const process_graph& to,
                                          const flowchart_options& options = {});

/// The flowchart of `p` cut in parts for slides, in reading order, each of at most `most_steps`
/// of its steps: drawn left to right, lanes as bands, every text at 12 pt or more
/// (diagram::large_type), so that a part shown on a 16:9 slide is read from the back of a room.
/// An arrow to a step of another part ends on a link that names the part ("→ partie 2"), and
/// starts there from one ("partie 1 →"), as BPMN's link events do; steps carry their colour but not their badge, and the
/// legend says whose colour is whose. No title: the slide has one.
[[nodiscard]] std::vector<diagram> make_flowchart_parts(const process_graph& p, const flowchart_options& options = {},
                                                        std::size_t most_steps = 5);
/// The same, cut where `starts` says: the index, in the flowchart's nodes (make_flowchart()), of
/// the first step of each part.
[[nodiscard]] std::vector<diagram> make_flowchart_parts(const process_graph& p, const flowchart_options& options,
                                                        std::span<const std::size_t> starts);

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
