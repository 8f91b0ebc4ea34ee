#pragma once
/// \file
/// The model of a handover case: who takes part, what can be handed over, which skills it takes,
/// which scenarios are on the table, and the template of the handover process.
///
/// A case is usually loaded from a case file (passation/load.hpp), but every type here is a plain
/// aggregate, so a case can as well be built in C++ and checked with check_case() (passation/check.hpp).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "passation/diagnostic.hpp"
#include "passation/text.hpp"

namespace passation {

/// Which side of the handover an actor is on. The process checks rely on it: emergencies move
/// to the `next` side only after receipt is confirmed.
enum class actor_side {
  current,  ///< the team that runs the software today
  next,     ///< the team that takes it over (the contractor)
  funder,   ///< who pays and decides
  other,    ///< anyone else (a project lead, users' representatives…)
};

/// "current", "next", "funder" or "other", as written in a case file.
std::string_view to_string(actor_side s) noexcept;

/// Someone who takes part in the handover; one swimlane in the flowcharts.
struct actor {
  std::string id;                       ///< its key under `actors`
  text name;                            ///< e.g. plain "CREAI", technical "Thibaud (CREAI)": lane titles, table cells
  text in_sentence;                     ///< how a sentence names the actor, e.g. plain "le CREAI"; default: its name
  text role;                            ///< e.g. "Dev FullStack, porteur actuel"
  text expertise;                       ///< e.g. "Technique", "Non technique"
  actor_side side = actor_side::other;  ///< which side of the handover it is on
  position where;                       ///< where it is written in the case file

  /// How a sentence names the actor: `in_sentence`, else its name.
  [[nodiscard]] const text& called() const noexcept { return in_sentence.empty() ? name : in_sentence; }
};

/// One transferable piece of the software.
struct component {
  std::string id;      ///< its key under `components`
  text name;           ///< plain name for the funder, technical name for the contractor
  text meaning;        ///< what the piece is, in plain words
  text notes;          ///< technical notes (e.g. "WordPress (PHP/MySQL)")
  std::string holder;  ///< id of the actor who holds it today
  position where;      ///< where it is written in the case file
};

/// One level of a skill, e.g. PHP/MySQL "Dev confirmé" (debug, modifs custom).
struct skill_level {
  std::string id;  ///< named by requirements and profiles
  text label;      ///< e.g. "Dev confirmé"; empty: the id is shown
  text detail;     ///< shown in brackets after the label, e.g. "debug, modifs custom"
  position where;  ///< where it is written in the case file
};

/// A skill the next team may need, with its own ordered levels (lowest first).
struct skill {
  std::string id;                   ///< its key under `skills`
  text label;                       ///< e.g. "PHP/MySQL"
  std::vector<skill_level> levels;  ///< lowest first
  position where;                   ///< where it is written in the case file

  /// Index of level `level_id` in `levels`, or nothing.
  [[nodiscard]] std::optional<std::size_t> level_index(std::string_view level_id) const noexcept;
};

/// What a process node writes, in place of an actor's id, for "whoever takes over the pieces":
/// `actor: receiver`, `emergencies: receiver`. No actor may have this id.
inline constexpr std::string_view the_receiver = "receiver";

/// Which components a split must transfer and which it must keep for something to hold, and
/// (in the process only) which actors must take something over. An empty condition always holds.
struct condition {
  std::vector<std::string> transferred;  ///< all of these are handed over
  std::vector<std::string> kept;         ///< all of these stay with the current team
  /// `receiver`: each of these actors takes over at least one component (process nodes only:
  /// rules apply to every explored split, and an explored split has no chosen receiver).
  std::vector<std::string> receivers;
  position where;  ///< where it is written in the case file

  /// True for the empty condition, which always holds.
  [[nodiscard]] bool always() const noexcept { return transferred.empty() && kept.empty() && receivers.empty(); }
};

/// "skill X at level L is required".
struct requirement {
  std::string skill;  ///< id of the skill
  std::string level;  ///< id of one of its levels
  position where;     ///< where it is written in the case file
};

/// When `when` holds, the requirements apply and the risks and advantages hold.
struct rule {
  std::string id;                         ///< optional; named in explanations when given
  condition when;                         ///< empty: the rule always applies
  std::vector<requirement> requirements;  ///< `require`: each skill at least at this level
  std::vector<text> risks;                ///< `risk`
  std::vector<text> advantages;           ///< `advantage`
  position where;                         ///< where it is written in the case file
};

/// A constraint on splits: some components only make sense together.
struct coupling {
  /// The two kinds of coupling of a case file.
  enum class kind {
    together,  ///< `components` are all transferred or all kept
    needs,     ///< when `subject` is transferred, every one of `components` is transferred too
  };
  kind type = kind::together;           ///< `together`, or `component` with `needs`
  std::string subject;                  ///< only for `needs`
  std::vector<std::string> components;  ///< ids of the components it names
  text reason;                          ///< why, for the explanations
  position where;                       ///< where it is written in the case file
};

/// A kind of contractor, with the skill levels it brings.
struct profile {
  std::string id;    ///< its `id`
  text name;         ///< e.g. plain "Prestataire autonome", technical "Agence web ou dev PHP confirmé…"
  text description;  ///< not drawn yet, kept in the model
  std::vector<requirement> skills;  ///< the level it brings in each skill
  /// What this kind of contractor is, in one plain line for the funder ("une agence web ou un
  /// développeur qui sait aussi faire tourner un serveur").
  text explanation;
  position where;  ///< where it is written in the case file
};

/// Who takes over some of a scenario's components: `receiver: agency` (one share, every
/// component the scenario transfers), or `receiver: {it: [hosting], agency: [code]}` (one share
/// per actor).
struct receiver_share {
  std::string actor;  ///< id of the actor who takes them over (a `next`-side actor)
  /// Ids of the components it takes over; empty in the one-actor form: all that is transferred.
  std::vector<std::string> components;
  position where;  ///< where it is written in the case file
};

/// One way of splitting the components: what is transferred, what is kept, and who takes over.
struct scenario {
  std::string id;  ///< its key under `scenarios`, e.g. "B1"
  text title;      ///< e.g. "Thibaud garde le nom de domaine"
  text summary;    ///< not drawn yet, kept in the model
  /// Ids of the components handed over. With `transfers_all`, every component.
  std::vector<std::string> transfers;
  bool transfers_all = false;  ///< `transfers: all`
  /// Ids of the components kept. When only `keeps` is given, everything else is transferred.
  std::vector<std::string> keeps;
  bool keeps_given = false;      ///< `keeps` was written (possibly empty)
  bool transfers_given = false;  ///< `transfers` was written (possibly empty)
  /// `receiver`: who takes over what, the first share leading (it does the steps of "the
  /// receiver" that hand nothing over, such as confirming receipt). Empty: the case's only
  /// `next`-side actor takes everything.
  std::vector<receiver_share> receivers;
  position receivers_where;  ///< where `receiver` is written
  position where;            ///< where it is written in the case file
};

/// The kinds of node of the process template.
enum class node_kind {
  start,      ///< where the handover begins (exactly one)
  step,       ///< a piece of work, done by one actor
  decision,   ///< a question; its branches are labelled (oui / non)
  milestone,  ///< a point reached, without work of its own
  end,        ///< where the handover is over
};

/// "start", "step", "decision", "milestone" or "end", as written in a case file.
std::string_view to_string(node_kind k) noexcept;

/// What a node means to the checks, beyond its kind.
enum class node_role {
  none,        ///< no role
  receipt,     ///< the contractor confirms receipt; its positive branch means "confirmed"
  validation,  ///< the funder validates the handover
};

/// "none", "receipt" or "validation".
std::string_view to_string(node_role r) noexcept;

/// What in a process node is an estimate, not a fact the case's sources give.
enum class estimate_kind {
  none,      ///< known
  duration,  ///< the duration is an estimate
  step,      ///< the step itself is an assumption (and so is its duration)
};

/// An edge of the process template: to `target`, labelled (decisions) or not (steps).
struct branch {
  text label;          ///< "oui", "non"…; empty for a step's single successor
  std::string target;  ///< id of the next node
  position where;      ///< where it is written in the case file
};

/// One node of the process template. Whether it takes place depends on the scenario:
/// `when` must hold and, for a node that hands components over, at least one of them must be
/// transferred.
struct process_node {
  std::string id;                       ///< its `id`, named by `next`
  node_kind kind = node_kind::step;     ///< `kind`
  node_role role = node_role::none;     ///< `role`
  std::string actor;                    ///< id of the actor who does it: its swimlane
  text label;                           ///< what the flowchart says in the box
  text detail;                          ///< drawn smaller under the label
  condition when;                       ///< the splits the node takes place in (with `hands_over`)
  std::vector<std::string> hands_over;  ///< ids of the components this node hands over
  /// Id of the actor who holds emergencies from this node on; empty: unchanged.
  std::string emergencies;
  position emergencies_where;                    ///< where `emergencies` is written
  std::optional<double> duration_days;           ///< working days, for timelines; none: it takes no time
  estimate_kind estimate = estimate_kind::none;  ///< `estimate`: what is only estimated
  /// The successors. Empty for a step: the next node in the template. Empty for an end.
  std::vector<branch> next;
  position where;  ///< where it is written in the case file
};

/// A date the handover is measured against, e.g. "T1 2026" on 2026-03-31.
struct deadline {
  text label;       ///< e.g. "T1 2026"; empty for the `deadline` key
  std::string day;  ///< ISO date (YYYY-MM-DD)
  position where;   ///< where it is written in the case file
};

/// The meeting where the funder decides between the scenarios.
struct decision_meeting {
  std::string day;  ///< ISO date (YYYY-MM-DD), or empty
  std::string by;   ///< id of the actor who decides (usually the funder), or empty
  text label;       ///< e.g. "Réunion de présentation à l'ARS"
  position where;   ///< where it is written in the case file
};

/// What a question of the case is about, so that the brief can answer it from the model.
enum class question_topic {
  none,           ///< the model cannot answer it: shown as still open
  scope,          ///< what the handover includes: the components
  skills,         ///< what the next team must know: the kind of contractor
  accompaniment,  ///< how the next team is helped: documentation and training steps
  transition,     ///< who answers for emergencies and users during the transition
  risks,          ///< the risks of each scenario
};

/// A question the funder or the current team asks, which the brief answers where it can.
struct question {
  text asked;                                   ///< the question, as written
  question_topic about = question_topic::none;  ///< `about`
  position where;                               ///< where it is written in the case file
};

/// The case author's own recommendation (passation makes none).
struct recommendation {
  std::string scenario;       ///< id of the scenario recommended
  std::vector<text> reasons;  ///< why
  position where;             ///< where it is written in the case file
};

/// A whole handover case.
struct handover_case {
  std::string id;                   ///< `case`
  text title;                       ///< the title of every drawing
  text description;                 ///< not drawn yet, kept in the model
  language lang = language::fr;     ///< the language of the case's texts and of passation's words
  std::string start;                ///< ISO date (YYYY-MM-DD) the handover starts, or empty (after the decision)
  std::vector<deadline> deadlines;  ///< `deadlines` (or `deadline`): dates it should be over by, earliest first
  decision_meeting decision;        ///< `decision`: when and by whom the scenario is chosen
  /// Whose public holidays timelines skip: "fr", "gb" or "none"; empty: "fr" for a French case,
  /// "none" otherwise.
  std::string country;
  std::vector<std::string> closed;            ///< ISO dates nobody works on (`closed`)
  std::vector<question> questions;            ///< `questions`: asked by the funder or the current team
  std::optional<recommendation> recommended;  ///< `recommendation`: the case author's, if any
  std::vector<text> constraints;              ///< `constraints`: what the next team must plan for (technical)
  /// `jargon`: more words the funder's documents must never contain (beyond passation's list).
  std::vector<std::string> jargon;
  /// The file the case was read from, for diagnostics ("" when built in C++).
  std::string source;

  std::vector<actor> actors;          ///< in the case's order: the order of the lanes
  std::vector<component> components;  ///< in the case's order: the order of a split's flags
  std::vector<skill> skills;          ///< the skills rules and profiles name
  std::vector<profile> profiles;      ///< least demanding first
  std::vector<rule> rules;            ///< where prerequisites, risks and advantages come from
  std::vector<coupling> couplings;    ///< the splits that make no sense
  std::vector<scenario> scenarios;    ///< the splits on the table

  /// Id of the actor who holds emergencies when the handover starts.
  std::string emergency_holder;
  position emergency_holder_where;  ///< where `emergencies` is written

  std::vector<process_node> process;  ///< the template of the handover, in the file's order
  position process_where;             ///< where `process` is written
  position where;                     ///< the top of the case file

  /// The actor with this id, or nullptr (so for the other find_* functions).
  [[nodiscard]] const actor* find_actor(std::string_view key) const noexcept;
  /// The component with this id, or nullptr.
  [[nodiscard]] const component* find_component(std::string_view key) const noexcept;
  /// The skill with this id, or nullptr.
  [[nodiscard]] const skill* find_skill(std::string_view key) const noexcept;
  /// The profile with this id, or nullptr.
  [[nodiscard]] const profile* find_profile(std::string_view key) const noexcept;
  /// The scenario with this id, or nullptr.
  [[nodiscard]] const scenario* find_scenario(std::string_view key) const noexcept;
  /// The process node with this id, or nullptr.
  [[nodiscard]] const process_node* find_node(std::string_view key) const noexcept;
  /// The first actor on `side` (the current team, the next team, the funder), or nullptr.
  [[nodiscard]] const actor* first_on(actor_side side) const noexcept;
  /// How many actors are on `side`.
  [[nodiscard]] std::size_t count_on(actor_side side) const noexcept;
  /// "the case has no scenario 'Z' (its scenarios: A, B1, B2)"
  [[nodiscard]] std::string unknown_scenario(std::string_view wanted) const;
  /// Index of component `id` in `components`, or nothing.
  [[nodiscard]] std::optional<std::size_t> component_index(std::string_view key) const noexcept;
};

/// Which components a scenario (or any split) transfers, one flag per component of the case in
/// the case's order, and who takes each one over.
struct split {
  std::vector<bool> transferred;  ///< `transferred[i]`: component `i` is handed over
  /// `receivers[i]`: id of the actor who takes component `i` over; empty when it is kept, or when
  /// the split does not say (then the case's default receiver takes it: see receiver_of()).
  std::vector<std::string> receivers;
  /// Who does the steps of "the receiver" that hand nothing over; empty: the first receiver.
  std::string lead;

  /// True when component `component` (an index) is handed over; false out of range.
  [[nodiscard]] bool is_transferred(std::size_t component) const noexcept {
    return component < transferred.size() && transferred[component];
  }
};

/// The actor who takes over when a split does not say: the case's first `next`-side actor, or
/// nullptr when it has none.
[[nodiscard]] const actor* default_receiver(const handover_case& c) noexcept;
/// Id of the actor who takes component `component` (an index) over in `s`; empty when it is kept,
/// or when nobody can take it (no receiver given, no `next`-side actor).
[[nodiscard]] std::string receiver_of(const handover_case& c, const split& s, std::size_t component);
/// Ids of the actors who take something over in `s`, the lead first, then in the case's order.
[[nodiscard]] std::vector<std::string> receivers_of(const handover_case& c, const split& s);
/// Id of the actor who does the steps of "the receiver" that hand nothing over in `s`: the lead,
/// else the first receiver; empty when `s` hands nothing over.
[[nodiscard]] std::string lead_receiver(const handover_case& c, const split& s);
/// Id of the actor who does process node `n` in `s`: its actor, or for `actor: receiver`, the
/// receiver of the first component it hands over that moves, else the lead receiver.
[[nodiscard]] std::string actor_of(const handover_case& c, const process_node& n, const split& s);

/// The split a scenario describes, with its receivers. Unknown component ids are ignored
/// (check_case reports them).
[[nodiscard]] split split_of(const handover_case& c, const scenario& s);
/// True when `when` holds for `s`. Unknown component ids make the condition false.
[[nodiscard]] bool holds(const handover_case& c, const condition& when, const split& s);
/// True for an answer that means yes ("oui", "yes", in any case): the branch of a receipt decision
/// that is taken once receipt is confirmed.
[[nodiscard]] bool means_yes(const text& answer);
/// True when process node `n` takes place in split `s` (see process_node).
[[nodiscard]] bool takes_place(const handover_case& c, const process_node& n, const split& s);

}  // namespace passation
