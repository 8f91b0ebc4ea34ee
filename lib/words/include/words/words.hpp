#pragma once
// The words passation writes itself, in each language it speaks. The case's own texts are never
// translated: they come in the case's language. Strings with {} are fmt format strings, filled
// only with arguments (never with user text as the format).

#include <string_view>

#include "passation/text.hpp"

namespace passation::detail {

struct words {
  // Diagrams.
  std::string_view start;
  std::string_view end;
  std::string_view step;
  std::string_view decision;
  std::string_view milestone;
  std::string_view start_end;
  std::string_view legend;
  std::string_view emergencies;  // "Urgences : {}"
  std::string_view days;         // "{} j"
  std::string_view scenario;     // "Scénario {} : {}"
  std::string_view plain_view;
  std::string_view technical_view;
  std::string_view overview;
  std::string_view which_scenario;
  std::string_view transferred;  // "Transféré : {}"
  std::string_view kept;         // "Gardé par {} : {}"
  std::string_view current_team;
  std::string_view everything;
  std::string_view nothing;
  std::string_view scenario_steps;  // "Étapes propres : {}"
  std::string_view summary;         // legend of the overview's boxes

  // Tables.
  std::string_view yes;
  std::string_view no;
  std::string_view none;
  std::string_view list_separator;
  std::string_view col_scenario;
  std::string_view col_transferred;
  std::string_view col_kept;  // "Ce que {} garde"
  std::string_view col_contractor;
  std::string_view col_prerequisites;
  std::string_view col_profile;
  std::string_view col_risks;
  std::string_view col_advantages;
  std::string_view col_dependence;
  std::string_view col_number;
  std::string_view col_item;
  std::string_view col_meaning;
  std::string_view col_component;
  std::string_view col_notes;
  std::string_view col_skill;
  std::string_view col_level;
  std::string_view col_detail;
  std::string_view col_why;
  std::string_view col_rank;
  std::string_view col_kind;
  std::string_view cell_transferred;
  std::string_view cell_kept;
  std::string_view title_funder;
  std::string_view title_technical;
  std::string_view title_matrix;
  std::string_view title_glossary;
  std::string_view title_prerequisites;
  std::string_view title_prerequisites_of;  // "Prérequis — scénario {} : {}"
  std::string_view title_diff;              // "Scénario {} ou scénario {} : ce qui change"
  std::string_view title_explore;
  std::string_view level_with_detail;  // "{} ({})"
  std::string_view skill_at_level;     // "{} : {}"
  std::string_view why_rule;           // "règle « {} »"
  std::string_view why_when;           // "si {}"
  std::string_view why_transferred;    // "transféré : {}"
  std::string_view why_kept;           // "gardé : {}"
  std::string_view why_always;
  std::string_view asks;             // "{} demande {}"
  std::string_view no_profile;       // "Aucun profil ne couvre tout"
  std::string_view uncovered;        // "Aucun profil n'apporte : {}"
  std::string_view closest;          // "Le plus proche : {} (il lui manque : {})"
  std::string_view profile_line;     // "Profil minimum : {}"
  std::string_view risks_line;       // "Risque : {}"
  std::string_view advantages_line;  // "Avantage : {}"
  std::string_view no_risk;
  std::string_view no_advantage;
  std::string_view no_prerequisite;
  std::string_view diff_moves;  // row headings of a diff
  std::string_view diff_same;
  std::string_view explore_summary;     // "{} découpages respectent les couplages."
  std::string_view explore_skipped;     // "Les découpages n'ont pas été explorés : {}"
  std::string_view explore_by_profile;  // "{} : {} découpage(s)"
  std::string_view explore_none;        // "aucun profil"
  std::string_view explore_shown;       // "Les {} premiers, du moins exigeant au plus exigeant :"
  std::string_view explore_named;
  std::string_view explore_pareto;         // "Les compromis (front de Pareto) : … moins à {} …"
  std::string_view col_pareto_dependence;  // "Dépendance envers {} (éléments gardés)"
  std::string_view explore_matrix;
  std::string_view explore_variants;  // "Variantes du scénario {} par périmètre"
  std::string_view variant_adds;      // "+ {}"
  std::string_view variant_removes;   // "− {}"
  std::string_view feasible;
  std::string_view missing;  // "manque : {}"
  std::string_view dash;     // "—": an empty cell
  std::string_view breaks_couplings;

  // Decision trees.
  std::string_view keep_question;  // "Garder {} chez {} ?"
  std::string_view choose;         // "Choisir un scénario"
  std::string_view split_number;   // "Découpage n° {}"
  std::string_view tree_title;     // "Quel scénario ?"
  std::string_view outcome;        // legend: "Scénario"

  // RACI.
  std::string_view raci_title;        // "Scénario {} : {} — qui fait quoi"
  std::string_view raci_during;       // "Pendant la passation"
  std::string_view raci_after;        // "Après la passation"
  std::string_view raci_key;          // "R : réalise · A : …"
  std::string_view emergencies_item;  // "Les urgences"
  std::string_view col_period;
  std::string_view col_roles;

  // The meeting pack.
  std::string_view pack_title;      // "Dossier de réunion"
  std::string_view for_funder;      // "Pour le financeur"
  std::string_view for_contractor;  // "Pour le prestataire"
  std::string_view files;           // "Tous les fichiers"
  std::string_view ends_on;         // "Fin prévue le {} — {}"
  std::string_view meets;           // "échéance respectée"
  std::string_view misses;          // "échéance dépassée"
  std::string_view key_prerequisites;

  // Timelines.
  std::string_view title_timeline;   // "Calendrier"
  std::string_view timeline_of;      // "Scénario {} : {} — calendrier"
  std::string_view date_format;      // "{:02}/{:02}/{:04}" day, month, year
  std::string_view tick_format;      // "{:02}/{:02}" day, month
  std::string_view starts_ends;      // "Début : {} · fin prévue : {} ({} jours ouvrés)"
  std::string_view deadline_met;     // "Échéance du {} respectée : {} jours ouvrés de marge"
  std::string_view deadline_missed;  // "⚠ Échéance du {} dépassée de {} jours ouvrés"
  std::string_view no_deadline;
  std::string_view loop_round;     // "Chaque retour de « {} » à « {} » ajoute {}"
  std::string_view deadline_mark;  // "Échéance"
  std::string_view critical_path;  // "Chemin critique"
  std::string_view col_start;
  std::string_view col_finish;
  std::string_view col_duration;
  std::string_view col_critical;
  std::string_view col_actor;
  std::string_view working_days;  // "{} j ouvrés"

  // Who takes what, who answers for what.
  std::string_view share;              // "{} ({})": a holder and its pieces
  std::string_view the_rest;           // "le reste"
  std::string_view share_separator;    // " ; "
  std::string_view emergencies_of;     // "Les urgences : {}" (a RACI row about some pieces)
  std::string_view depends;            // "selon le scénario"
  std::string_view depending;          // "Selon le scénario" (a diamond where scenarios part again)
  std::string_view per_scenario;       // "{} : {}" scenarios, then what holds in them
  std::string_view then_emergencies;   // "Ensuite, urgences : {}"
  std::string_view taken_over_by;      // "Repris par {}"
  std::string_view col_receivers;      // "Qui reprend"
  std::string_view col_answers_after;  // "Qui répond des urgences ensuite"
  std::string_view cell_taken_by;      // "→ {}" (a matrix cell: who takes it)
  std::string_view list_and;           // " et ": before the last item of a list
  std::string_view who_takes_over;     // "Qui reprend ?"

  // Calendars and estimates.
  std::string_view starts_ends_estimated;  // "Début : {} · fin estimée : {} ({} jours ouvrés, durées à confirmer)"
  std::string_view named_deadline_met;     // "{} ({}) respectée : {} jours ouvrés de marge"
  std::string_view named_deadline_missed;  // "⚠ {} ({}) dépassée de {} jours ouvrés"
  std::string_view days_off;               // "Jours non travaillés : {}"
  std::string_view day_off;                // "{} ({})" name, date
  std::string_view closed_day;             // "fermé"
  std::string_view estimate_note;          // "estimation, à confirmer"
  std::string_view assumed_step;           // "étape supposée, à confirmer"
  std::string_view assumed_mark;           // " *": after the label of an assumed step
  std::string_view assumed_legend;         // "* : étape supposée, à confirmer"
  std::string_view estimated;              // "≈ {}": an estimated duration
  std::string_view estimated_legend;       // "≈ : durée estimée, à confirmer"
  std::string_view step_by_holder;         // "Étape (sa couleur : qui gère les urgences)"
  std::string_view only_in;                // "Seulement : {}" (the scenarios that have a step)
  std::string_view only_some_legend;       // "Étape que seuls certains scénarios ont"
  std::string_view added_by;               // "+ Ajouté par {}"
  std::string_view dropped_by;             // "− Retiré par {}"
  std::string_view added_legend;           // "Ce que {} ajoute"
  std::string_view dropped_legend;         // "Ce que {} retire"
  std::string_view changed_by;             // "≠ Changé par {}"
  std::string_view changed_legend;         // "Ce que {} change"
  std::string_view before_in;              // "Dans {} : {}" (how the first scenario wrote it)
  std::string_view link_to;                // "→ partie {}" (a flowchart cut in parts: goes on in part {})
  std::string_view link_from;              // "partie {} →" (comes from part {})
  std::string_view colour_is_holder;       // "Couleur : qui gère les urgences"
  std::string_view part_of;                // "{} ({} sur {})" a slide's title
  std::string_view difference;             // "Ce qui change de {} à {}"

  // The funder's brief.
  std::string_view brief_subtitle;
  std::string_view brief_decide;
  std::string_view brief_decided_by;
  std::string_view brief_decided_when;
  std::string_view brief_decided_on;
  std::string_view brief_side_by_side;
  std::string_view brief_handed_over;
  std::string_view brief_kept;
  std::string_view brief_receivers;
  std::string_view brief_contractor;
  std::string_view brief_risks;
  std::string_view brief_advantages;
  std::string_view brief_after;
  std::string_view brief_end;
  std::string_view brief_ends;
  std::string_view brief_ends_sure;
  std::string_view brief_deadline_met;
  std::string_view brief_deadline_missed;
  std::string_view brief_no_risk;
  std::string_view brief_no_advantage;
  std::string_view brief_criteria;
  std::string_view brief_criteria_note;
  std::string_view crit_dependence;
  std::string_view crit_dependence_how;
  std::string_view crit_contractor;
  std::string_view crit_contractor_how;
  std::string_view crit_risks;
  std::string_view crit_risks_how;
  std::string_view crit_time;
  std::string_view crit_time_how;
  std::string_view crit_work;
  std::string_view crit_work_how;
  std::string_view rate_nothing;
  std::string_view rate_items;
  std::string_view rate_easier;
  std::string_view rate_harder;
  std::string_view rate_middle;
  std::string_view rate_only_profile;
  std::string_view rate_no_profile;
  std::string_view rate_no_risk;
  std::string_view rate_risks;
  std::string_view rate_before;
  std::string_view rate_between;
  std::string_view rate_after;
  std::string_view rate_no_deadline;
  std::string_view rate_days;
  std::string_view rate_day;
  std::string_view brief_recommendation;
  std::string_view brief_questions;
  std::string_view brief_open;
  std::string_view brief_step_days;
  std::string_view brief_on_answer;
  std::string_view brief_if_needed;
  std::string_view brief_until_receipt;
  std::string_view brief_then;
  std::string_view brief_transition;
  std::string_view brief_validation;
  std::string_view brief_glossary;
  std::string_view brief_profiles;
  std::string_view brief_estimates;
  std::string_view brief_assumed;
  std::string_view brief_dependence_none;
  std::string_view dossier_subtitle;
  std::string_view constraints;
  std::string_view brief_about;
  std::string_view dossier_about;
  std::string_view read_page;
  std::string_view editable;
  std::string_view files_about;
  std::string_view tree_yes_keeps;  // "Oui : {} en reste responsable"
  std::string_view tree_no_moves;   // "Non : le prestataire en prend la charge"
  std::string_view tree_easier;
  std::string_view tree_harder;
  std::string_view tree_middle;
};

const words& words_for(language l) noexcept;

}  // namespace passation::detail
