#pragma once
// The words passation writes itself, in each language it speaks. The case's own texts are never
// translated: they come in the case's language.

#include <string>
#include <string_view>

#include "passation/text.hpp"

namespace passation::detail {

struct words {
  std::string_view start;
  std::string_view end;
  std::string_view step;
  std::string_view decision;
  std::string_view milestone;
  std::string_view start_end;
  std::string_view legend;
  std::string_view emergencies;      // "Urgences : {}"
  std::string_view emergencies_key;  // legend: "Urgences tenues par {}"
  std::string_view days;             // "{} j"
  std::string_view scenario;         // "Scénario {} : {}"
  std::string_view plain_view;
  std::string_view technical_view;
  std::string_view overview;
  std::string_view which_scenario;
  std::string_view transferred;  // "Transféré : {}"
  std::string_view kept;         // "Gardé par {} : {}"
  std::string_view current_team;
  std::string_view everything;
  std::string_view nothing;
  std::string_view scenario_steps;  // "Étapes : {}"
  std::string_view summary;  // legend of the overview's boxes
};

const words& words_for(language l) noexcept;

}  // namespace passation::detail
