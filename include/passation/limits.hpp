#pragma once
/// \file
/// The largest case passation reads. A real case is far below every one of them; they are there
/// so that a file written by mistake (or on purpose) cannot exhaust memory, stack or time. Each one
/// that is exceeded is an error that names the file, the line and the column.

#include <cstddef>

namespace passation::limits {

inline constexpr std::size_t file_bytes = std::size_t{1024} * 1024;  ///< 1 MiB
inline constexpr std::size_t nesting = 64;                           ///< maps and lists inside each other
/// Maps, lists and texts in the file once its aliases (`*name`) are expanded: a few lines of
/// aliases of aliases can otherwise stand for billions of values.
inline constexpr std::size_t expanded_values = 1'000'000;
inline constexpr std::size_t text_characters = 2000;  ///< one text (a label, a name, a detail…)
inline constexpr std::size_t actors = 64;             ///< actors of a case
inline constexpr std::size_t components = 256;        ///< components of a case
inline constexpr std::size_t skills = 128;            ///< skills of a case
inline constexpr std::size_t levels = 32;             ///< per skill
inline constexpr std::size_t profiles = 64;           ///< profiles of a case
inline constexpr std::size_t rules = 1000;            ///< rules of a case
inline constexpr std::size_t couplings = 1000;        ///< couplings of a case
/// Scenarios of a case, and nodes of its process template: at these counts, `pack`, `render` and
/// `explore` finish within 2 minutes and 2 GB on 2 cores (docs/reliability.md, bench/limits.py).
/// Each scenario's flowchart holds every scenario's steps (one grid for all).
inline constexpr std::size_t scenarios = 32;
inline constexpr std::size_t process_nodes = 500;  ///< see scenarios
inline constexpr std::size_t answers = 32;         ///< branches of one decision
inline constexpr std::size_t step_days = 1000;     ///< working days of one step (four years)
inline constexpr std::size_t deadlines = 16;       ///< labelled deadlines of a case
inline constexpr std::size_t closed_days = 1000;   ///< days a case says are closed
inline constexpr std::size_t questions = 64;       ///< questions of a case
inline constexpr std::size_t jargon_words = 256;   ///< words a case adds to the funder's forbidden list

/// The drawings of a meeting pack: at most this many scenarios × (process nodes + 300). Each
/// scenario has its flowcharts (two readers, four formats), their slide parts, its timeline and its
/// tables, all held in memory until the pack is written whole; past this, make_pack() refuses the
/// case with an error that says so, since it would take more than 2 minutes or 2 GB on 2 cores
/// (20 scenarios of 50 nodes took 70 s and 2.8 GB; 10 of them, or 4 of 500 nodes, fit).
inline constexpr std::size_t pack_drawings = 3600;
/// Exploring splits: at most this many (split × rule) checks, 2^groups × (rules + couplings +
/// 50), about 50 s on 2 cores (2^22 splits against 1,000 rules take 4.8 s); past it, explore()
/// refuses the case with an error that says so.
inline constexpr double explore_work = 4e10;

/// Above this many nodes, Graphviz's layout gets a budget (nslimit, mclimit, searchsize) so that
/// a drawing never takes minutes, and edges are drawn straight.
inline constexpr std::size_t layout_budget_above = 150;

}  // namespace passation::limits
