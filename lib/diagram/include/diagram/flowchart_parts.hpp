#pragma once
// Pieces shared by the flowchart and the overview builders.

#include <string>

#include "passation/case.hpp"
#include "passation/date.hpp"
#include "passation/diagram.hpp"
#include "passation/process.hpp"
#include "words/words.hpp"

namespace passation::detail {

diagram_node_kind drawn_kind(node_kind k);
/// The node's label for `a`, or the default word for a start or an end without one.
std::string node_label(const process_node& n, audience a, const words& w);
/// The name of actor `id` for `a` (the id itself when unknown).
std::string actor_name(const handover_case& c, const std::string& id, audience a);
/// The current team as a sentence names it for `a` ("le CREAI"), or "l'équipe actuelle".
std::string keeper_name(const handover_case& c, audience a, const words& w);
/// "2", "0.5".
std::string format_number(double value);
/// "2 j", "0.5 j".
std::string format_days(double days, const words& w);
/// "30/06/2026" in French, "2026-06-30" in English.
std::string format_date(const date& d, const words& w);
/// A component's name inside a sentence or a list: its article in lower case ("le serveur").
std::string in_list(std::string name);
/// Who holds the emergencies of `shares`, for `a`: "CREAI" when one actor holds them all, else
/// each holder with its pieces, the largest share last as "the rest":
/// "CREAI (L'hébergement, L'adresse internet) ; Prestataire externe (le reste)".
/// With `by_name`, holders are named by their names (a table's cell) rather than as a sentence
/// names them.
std::string emergencies_text(const handover_case& c, const std::vector<emergency_share>& shares, audience a,
                             const words& w, bool by_name = false);
/// Every text of `d` set in the typography of `lang` (see typeset()): what every builder returns.
diagram typeset(diagram d, language lang);
/// Legend samples for the kinds of node drawn in `d` (start/end, decision, milestone).
void add_kind_legend(diagram& d, const words& w);

}  // namespace passation::detail
