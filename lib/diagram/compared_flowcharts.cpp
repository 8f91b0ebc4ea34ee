// Flowcharts that compare scenarios: drawn on one grid, or as one picture of what changes.

#include <algorithm>

#include <fmt/format.h>

#include "align.hpp"
#include "diagram/flowchart_parts.hpp"
#include "passation/flowchart.hpp"
#include "words/words.hpp"

namespace passation {

namespace {

// How the tags and the subtitle name a process: its scenario's id, or its place in the list.
std::string name_of(const process_graph& p, std::size_t index) {
  return p.scenario.empty() ? fmt::format("{}", index + 1) : p.scenario;
}

void mark_all(diagram& d, const std::string& key, diagram_mark mark, const std::string& tag) {
  for (diagram_node& n : d.nodes) {
    if (n.key != key) continue;
    n.mark = mark;
    n.tag = tag;
  }
}

// Where a sample of `mark` goes in the legend: after the shapes and colours, before the notes
// about assumed steps and estimates (the entries without a badge and a tone).
void add_to_legend(diagram& d, legend_entry entry) {
  auto note = std::find_if(d.legend.begin(), d.legend.end(), [](const legend_entry& l) {
    return l.kind == diagram_node_kind::step && l.tone == no_tone && l.badge.empty() && l.mark == diagram_mark::none;
  });
  d.legend.insert(note, std::move(entry));
}

}  // namespace

std::vector<diagram> make_aligned_flowcharts(std::span<const process_graph> ps, const flowchart_options& options) {
  if (ps.empty()) return {};
  const detail::words& w = detail::words_for(options.lang.value_or(ps.front().owner->lang));
  std::vector<diagram> own;
  for (const process_graph& p : ps) own.push_back(make_flowchart(p, options));
  if (own.size() < 2) return own;
  detail::aligned_diagrams aligned = detail::align(own);

  // A step that only some of them have carries the names of those that do, in every diagram (so
  // that its place is as large in each).
  std::vector<bool> marked(aligned.diagrams.size(), false);
  for (std::size_t i = 0; i < aligned.places; ++i) {
    std::string having;
    std::size_t count = 0;
    for (std::size_t k = 0; k < aligned.diagrams.size(); ++k) {
      if (aligned.diagrams[k].nodes[i].ghost) continue;
      having += (having.empty() ? "" : ", ") + name_of(ps[k], k);
      ++count;
    }
    if (count == aligned.diagrams.size()) continue;
    const std::string key = aligned.diagrams.front().nodes[i].key;
    const std::string tag = fmt::format(fmt::runtime(w.only_in), having);
    for (std::size_t k = 0; k < aligned.diagrams.size(); ++k) {
      mark_all(aligned.diagrams[k], key, diagram_mark::only_some, tag);
      if (!aligned.diagrams[k].nodes[i].ghost) marked[k] = true;
    }
  }
  for (std::size_t k = 0; k < aligned.diagrams.size(); ++k) {
    if (!marked[k]) continue;
    add_to_legend(aligned.diagrams[k], {diagram_node_kind::step,
                                        no_tone,
                                        std::string(w.only_some_legend),
                                        {},
                                        diagram_mark::only_some,
                                        fmt::format(fmt::runtime(w.only_in), name_of(ps[k], k))});
  }
  for (diagram& d : aligned.diagrams) d = detail::typeset(std::move(d), options.lang.value_or(ps.front().owner->lang));
  return std::move(aligned.diagrams);
}

diagram make_flowchart_diff(const process_graph& from, const process_graph& to, const flowchart_options& options) {
  const language lang = options.lang.value_or(to.owner->lang);
  const detail::words& w = detail::words_for(lang);
  const std::string from_name = name_of(from, 0), to_name = name_of(to, 1);
  detail::aligned_diagrams aligned = detail::align({make_flowchart(from, options), make_flowchart(to, options)});
  const diagram& before = aligned.diagrams[0];
  diagram d = std::move(aligned.diagrams[1]);

  // What `to` drops is drawn where it was, faded; what it adds, marked. The versions that only
  // reserve room stay ghosts: the difference is one picture, not a set to flip through.
  bool added = false, dropped = false, changed = false;
  for (std::size_t i = 0; i < aligned.places; ++i) {
    const bool in_before = !before.nodes[i].ghost, in_after = !d.nodes[i].ghost;
    if (in_before && in_after &&
        (before.nodes[i].label != d.nodes[i].label || before.nodes[i].badge != d.nodes[i].badge)) {
      // Both have it, written differently: how `from` wrote it is said under it.
      diagram_node& n = d.nodes[i];
      n.mark = diagram_mark::changed;
      n.tag = fmt::format(fmt::runtime(w.changed_by), to_name);
      const diagram_node& old = before.nodes[i];
      const std::string was = old.label != n.label ? old.label : old.badge;
      n.details.push_back(fmt::format(fmt::runtime(w.before_in), from_name, was));
      changed = true;
      continue;
    }
    if (in_before == in_after) continue;
    diagram_node& n = d.nodes[i];
    n.ghost = false;
    n.mark = in_after ? diagram_mark::added : diagram_mark::dropped;
    n.tag = fmt::format(fmt::runtime(in_after ? w.added_by : w.dropped_by), to_name);
    (in_after ? added : dropped) = true;
  }
  d.nodes.resize(aligned.places);
  // Both are drawn here: a dropped step and the step added in its stead must not share a place.
  for (diagram_node& n : d.nodes) n.drawn_in.clear();
  for (std::size_t i = 0; i < d.edges.size(); ++i) {
    const bool in_before = !before.edges[i].ghost, in_after = !d.edges[i].ghost;
    if (in_before == in_after) continue;
    d.edges[i].ghost = false;
    d.edges[i].mark = in_after ? diagram_mark::added : diagram_mark::dropped;
    (in_after ? added : dropped) = true;
  }
  const std::string_view view = options.reader == audience::plain ? w.plain_view : w.technical_view;
  d.subtitle = fmt::format("{} — {}", fmt::format(fmt::runtime(w.difference), from_name, to_name), view);
  if (added) {
    add_to_legend(d, {diagram_node_kind::step,
                      no_tone,
                      fmt::format(fmt::runtime(w.added_legend), to_name),
                      {},
                      diagram_mark::added,
                      fmt::format(fmt::runtime(w.added_by), to_name)});
  }
  if (changed) {
    add_to_legend(d, {diagram_node_kind::step,
                      no_tone,
                      fmt::format(fmt::runtime(w.changed_legend), to_name),
                      {},
                      diagram_mark::changed,
                      fmt::format(fmt::runtime(w.changed_by), to_name)});
  }
  if (dropped) {
    add_to_legend(d, {diagram_node_kind::step,
                      no_tone,
                      fmt::format(fmt::runtime(w.dropped_legend), to_name),
                      {},
                      diagram_mark::dropped,
                      fmt::format(fmt::runtime(w.dropped_by), to_name)});
  }
  return detail::typeset(std::move(d), lang);
}

}  // namespace passation
