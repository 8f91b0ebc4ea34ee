#pragma once
/// \file
/// The funder's decision brief: what a funder needs to decide at the meeting, in plain words
/// only. Built from the case by make_brief(); the pack writes it as a page, a PDF, a DOCX and
/// slides. Nothing in it is typed by hand: every line is derived from the model, and passation
/// recommends nothing (a case may state its author's recommendation).

#include <optional>
#include <string>
#include <vector>

#include "passation/case.hpp"
#include "passation/text.hpp"

namespace passation {

/// How good a scenario is on one criterion, for the funder: a word and a place on a scale.
enum class rating {
  good,  ///< favourable
  fair,  ///< in between
  poor,  ///< unfavourable
};

/// One cell of the criteria grid: a rating and the words that say it ("Aucune", "3 éléments").
struct rated {
  rating level = rating::fair;  ///< where it stands
  std::string words;            ///< what it is, short
};

/// One criterion of the grid, rated for each scenario.
struct criterion {
  std::string key;               ///< "dependence", "contractor", "risks", "time", "work"
  std::string label;             ///< what the reader sees
  std::string explanation;       ///< how it is derived, one line
  std::vector<rated> scenarios;  ///< one per scenario of the brief, in its order
};

/// A scenario's end against one deadline, said in words.
struct deadline_note {
  std::string text;  ///< "T1 2026 : dépassée de 10 jours ouvrés"
  bool met = true;   ///< false: drawn as a warning
};

/// One scenario, side by side with the others.
struct brief_scenario {
  std::string id;                                ///< the scenario's id
  std::string title;                             ///< "A — Passation complète"
  std::vector<std::string> handed_over;          ///< plain names
  std::vector<std::string> kept;                 ///< plain names
  std::string receivers;                         ///< who takes over, when it is worth saying (else empty)
  std::string contractor;                        ///< the kind of contractor to find
  std::string contractor_explained;              ///< the profile's plain explanation, or empty
  std::vector<std::string> risks;                ///< plain texts
  std::vector<std::string> advantages;           ///< plain texts
  std::string answers_after;                     ///< who answers for emergencies after the handover
  std::string ends;                              ///< "Fin estimée le 15/04/2026"
  std::vector<deadline_note> against_deadlines;  ///< each deadline, met or missed
  bool estimated = false;                        ///< its dates rest on estimates
};

/// A question the case asks, answered per scenario where the model knows.
struct brief_question {
  std::string question;                         ///< as the case writes it
  question_topic about = question_topic::none;  ///< what it is about
  bool answered = false;                        ///< false: shown as still open
  std::vector<std::string> common;              ///< what holds for every scenario
  /// What holds per scenario (scenario label, lines); empty when `common` says everything.
  std::vector<std::pair<std::string, std::vector<std::string>>> per_scenario;
};

/// The whole brief.
struct brief {
  std::string title;                                ///< the case's title
  std::string subtitle;                             ///< "Note de décision"
  std::string context;                              ///< what the software is (the case's plain description)
  std::string decision;                             ///< what is decided, by whom and when
  std::vector<brief_scenario> scenarios;            ///< side by side, in the case's order
  std::vector<criterion> criteria;                  ///< the grid
  std::string criteria_note;                        ///< how to read the grid
  std::optional<std::string> recommendation;        ///< the case author's, with its reasons, as theirs
  std::vector<std::string> recommendation_reasons;  ///< its reasons
  std::vector<brief_question> questions;            ///< the case's questions, answered
  /// During the transition: documents, training, who holds emergencies (empty when a question
  /// about the accompaniment or the transition already says it).
  std::vector<std::string> transition;
  /// Component, what it means (empty when a question about the scope already says it).
  std::vector<std::pair<std::string, std::string>> glossary;
  std::vector<std::pair<std::string, std::string>> profiles;  ///< kind of contractor, what it means
  std::string estimates_note;                                 ///< said when some figures are estimates
};

/// Options of make_brief().
struct brief_options {
  std::optional<language> lang;  ///< passation's own words; default: the case's
};

/// The funder's brief of `c`, in plain words.
[[nodiscard]] brief make_brief(const handover_case& c, const brief_options& options = {});

}  // namespace passation
