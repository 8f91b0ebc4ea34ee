#pragma once
// Turning derived facts into words for one audience and language: names, levels, reasons.

#include <string>
#include <vector>

#include "passation/analysis.hpp"
#include "passation/case.hpp"
#include "passation/process.hpp"
#include "passation/report.hpp"
#include "words/words.hpp"

namespace passation::detail {

/// Everything a report builder needs to speak: the case, who reads, the words.
struct speaker {
  const handover_case& c;
  audience reader;
  language lang;
  const words& w;

  speaker(const handover_case& kase, const report_options& options);

  /// The scenarios the report covers, in order. Throws error for an unknown id.
  [[nodiscard]] std::vector<const scenario*> scenarios(const std::vector<std::string>& ids) const;
  /// "Passation du portail Sport Santé — version technique": the subtitle of every report.
  [[nodiscard]] std::string subtitle() const;
  /// "A — Passation complète"
  [[nodiscard]] std::string scenario_label(const scenario& s) const;
  /// The current team's name for this reader ("CREAI"), or "l'équipe actuelle".
  [[nodiscard]] std::string keeper() const;
  [[nodiscard]] std::vector<std::string> component_names(const std::vector<std::size_t>& indices) const;
  [[nodiscard]] std::string component_name(std::size_t i) const;
  /// "WordPress"
  [[nodiscard]] std::string skill_name(std::size_t s) const;
  /// "Dev confirmé (debug, modifs custom)"
  [[nodiscard]] std::string level_text(std::size_t s, std::size_t level) const;
  /// "WordPress : Maîtrise (thèmes, plugins, config)"
  [[nodiscard]] std::string prerequisite_line(const prerequisite& p) const;
  /// Why a prerequisite is there: one line per rule that asks for it.
  [[nodiscard]] std::vector<std::string> reasons(const prerequisite& p) const;
  /// "si transféré : L'hébergement · gardé : L'adresse internet"
  [[nodiscard]] std::string condition_text(const condition& when) const;
  [[nodiscard]] std::string profile_name(std::size_t p) const;
  /// The kind of contractor: the minimum profile's name, or why there is none (one or more lines).
  [[nodiscard]] std::vector<std::string> contractor(const assessment& a) const;
  [[nodiscard]] std::vector<std::string> texts(const std::vector<finding>& findings) const;
  /// `lines`, or a dash when there are none (an empty cell reads as "forgotten").
  [[nodiscard]] std::vector<std::string> or_dash(std::vector<std::string> lines) const;
  /// `items` joined with the list separator.
  [[nodiscard]] std::string join(const std::vector<std::string>& items) const;
  /// `r` set in the typography of the reader's language (see typeset()): what every builder returns.
  [[nodiscard]] report finish(report r) const;
  /// The first letter in upper case (ASCII letters only: the words of the catalogue).
  [[nodiscard]] static std::string capitalised(std::string s);

  /// True when who takes over is worth saying: some scenario has several receivers, or
  /// scenarios go to different ones.
  [[nodiscard]] bool receivers_vary() const noexcept { return receivers_vary_; }
  /// Who takes over in `parts`: "Agence web", or each receiver with its components.
  [[nodiscard]] std::string receivers_text(const split& parts) const;
  /// Where component `i` goes in `parts`, as a table cell: "transféré" / "gardé", or, when
  /// receivers vary, "→ Agence web".
  [[nodiscard]] std::string destination(const split& parts, std::size_t i) const;
  /// Who answers for emergencies once scenario `s` is over, piece by piece where they split:
  /// "Le CREAI (l'adresse internet) ; Prestataire externe (le reste)".
  [[nodiscard]] std::string answers_after(const scenario& s) const;
  /// The same, for a scenario's process already built.
  [[nodiscard]] std::string answers_after(const process_graph& p) const;

 private:
  bool receivers_vary_;  // worked out once: every cell of a matrix asks
};

}  // namespace passation::detail
