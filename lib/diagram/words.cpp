#include "words.hpp"

namespace passation::detail {

namespace {
// French typography puts a no-break space before ':' and '?'; U+00A0 keeps it from breaking.
constexpr words k_french{
    .start = "Début",
    .end = "Fin",
    .step = "Étape",
    .decision = "Décision\u00A0?",
    .milestone = "Jalon",
    .start_end = "Début / fin",
    .legend = "Légende",
    .emergencies = "Urgences\u00A0: {}",
    .emergencies_key = "Urgences tenues par {}",
    .days = "{}\u00A0j",
    .scenario = "Scénario {}\u00A0: {}",
    .plain_view = "version pour le financeur",
    .technical_view = "version technique",
    .overview = "Vue d'ensemble des scénarios",
    .which_scenario = "Scénario retenu\u00A0?",
    .transferred = "Transféré\u00A0: {}",
    .kept = "Gardé par {}\u00A0: {}",
    .current_team = "l'équipe actuelle",
    .everything = "tout",
    .nothing = "rien",
    .scenario_steps = "Étapes propres\u00A0: {}",
    .summary = "Étapes propres au scénario",
};

constexpr words k_english{
    .start = "Start",
    .end = "End",
    .step = "Step",
    .decision = "Decision?",
    .milestone = "Milestone",
    .start_end = "Start / end",
    .legend = "Legend",
    .emergencies = "Emergencies: {}",
    .emergencies_key = "Emergencies held by {}",
    .days = "{} d",
    .scenario = "Scenario {}: {}",
    .plain_view = "funder's version",
    .technical_view = "technical version",
    .overview = "Overview of the scenarios",
    .which_scenario = "Chosen scenario?",
    .transferred = "Transferred: {}",
    .kept = "Kept by {}: {}",
    .current_team = "the current team",
    .everything = "everything",
    .nothing = "nothing",
    .scenario_steps = "Own steps: {}",
    .summary = "Steps of this scenario only",
};
}  // namespace

const words& words_for(language l) noexcept { return l == language::en ? k_english : k_french; }

}  // namespace passation::detail
