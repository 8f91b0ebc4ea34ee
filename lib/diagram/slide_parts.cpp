// A flowchart cut in parts for slides: each part a few steps, left to right, in large type.

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "diagram/flowchart_parts.hpp"
#include "passation/flowchart.hpp"
#include "words/words.hpp"

namespace passation {

namespace {

// One part under construction: the whole flowchart's nodes it draws, and its own diagram.
class part_builder {
 public:
  part_builder(const diagram& whole, const std::vector<std::size_t>& part_of, std::size_t index, const detail::words& w)
      : whole_(whole), part_of_(part_of), index_(index), w_(w) {}

  diagram build() {
    for (std::size_t i = 0; i < whole_.nodes.size(); ++i) {
      if (part_of_[i] == index_) here_[i] = add(whole_.nodes[i]);
    }
    for (const diagram_edge& e : whole_.edges) {
      const bool from_here = part_of_[e.from] == index_, to_here = part_of_[e.to] == index_;
      if (from_here && to_here) {
        part_.edges.push_back({here_.at(e.from), here_.at(e.to), e.label, e.closes_loop});
      } else if (from_here) {
        // Out of this part: to a link that names where the flow goes on.
        part_.edges.push_back({here_.at(e.from), link(true, e.to, whole_.nodes[e.from].lane), e.label, false});
      } else if (to_here) {
        part_.edges.push_back({link(false, e.from, whole_.nodes[e.to].lane), here_.at(e.to), {}, false});
      }
    }
    keep_used_lanes();
    return std::move(part_);
  }

 private:
  std::size_t add(diagram_node n) {
    // On a slide, the colour says who handles emergencies (the legend says whose colour is
    // whose); the badges and details would make the part too large to read.
    n.badge.clear();
    n.details.clear();
    part_.nodes.push_back(std::move(n));
    return part_.nodes.size() - 1;
  }

  // The link out to (or in from) the part of node `other`, made once per part and lane.
  std::size_t link(bool out, std::size_t other, std::size_t lane) {
    auto& links = out ? exits_ : entries_;
    const auto known = links.find({part_of_[other], lane});
    if (known != links.end()) return known->second;
    diagram_node n;
    n.key = fmt::format("{}-link-{}-{}", out ? "to" : "from", part_of_[other] + 1, lane);
    n.kind = out ? diagram_node_kind::end : diagram_node_kind::start;
    n.label = fmt::format(fmt::runtime(out ? w_.link_to : w_.link_from), part_of_[other] + 1);
    n.lane = lane;
    n.tone = no_tone;
    return links[{part_of_[other], lane}] = add(std::move(n));
  }

  void keep_used_lanes() {
    std::vector<std::size_t> new_index(whole_.lanes.size(), no_lane);
    for (const diagram_node& n : part_.nodes) {
      if (n.lane < whole_.lanes.size()) new_index[n.lane] = 0;
    }
    for (std::size_t j = 0; j < whole_.lanes.size(); ++j) {
      if (new_index[j] == no_lane) continue;
      new_index[j] = part_.lanes.size();
      diagram_lane lane = whole_.lanes[j];
      lane.subtitle.clear();  // the slide shows the actors' names only
      part_.lanes.push_back(std::move(lane));
    }
    for (diagram_node& n : part_.nodes) {
      if (n.lane < whole_.lanes.size()) n.lane = new_index[n.lane];
    }
  }

  const diagram& whole_;
  const std::vector<std::size_t>& part_of_;
  std::size_t index_;
  const detail::words& w_;
  diagram part_;
  std::map<std::size_t, std::size_t> here_;
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> exits_, entries_;  // by part and lane
};

}  // namespace

std::vector<diagram> make_flowchart_parts(const process_graph& p, const flowchart_options& options,
                                          std::size_t most_steps) {
  const std::size_t steps = boost::num_vertices(p.graph);
  most_steps = std::max<std::size_t>(most_steps, 1);
  const std::size_t count = std::max<std::size_t>((steps + most_steps - 1) / most_steps, 1);
  // In reading order, as even as can be: 18 steps in parts of at most 5 are 5, 4, 5 and 4.
  std::vector<std::size_t> starts;
  for (std::size_t k = 0; k < count; ++k) starts.push_back((k * steps + count - 1) / count);
  return make_flowchart_parts(p, options, starts);
}

std::vector<diagram> make_flowchart_parts(const process_graph& p, const flowchart_options& options,
                                          std::span<const std::size_t> starts) {
  const language lang = options.lang.value_or(p.owner->lang);
  const detail::words& w = detail::words_for(lang);
  const diagram whole = make_flowchart(p, options);
  // Which part each step is in: the last part that starts at or before it.
  std::vector<std::size_t> bounds(starts.begin(), starts.end());
  std::sort(bounds.begin(), bounds.end());
  bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
  if (bounds.empty() || bounds.front() != 0) bounds.insert(bounds.begin(), 0);
  while (bounds.size() > 1 && bounds.back() >= whole.nodes.size()) bounds.pop_back();
  const std::size_t count = bounds.size();
  std::vector<std::size_t> part_of(whole.nodes.size());
  for (std::size_t i = 0; i < whole.nodes.size(); ++i) {
    part_of[i] = static_cast<std::size_t>(std::upper_bound(bounds.begin(), bounds.end(), i) - bounds.begin()) - 1;
  }

  std::vector<diagram> parts;
  for (std::size_t k = 0; k < count; ++k) {
    diagram part = part_builder(whole, part_of, k, w).build();
    part.direction = diagram_direction::left_to_right;
    part.large_type = true;
    // Whose colour is whose: a sample of each colour drawn in this part, named by its holder.
    part.legend_title = std::string(w.colour_is_holder);
    for (const legend_entry& l : whole.legend) {
      if (l.tone == no_tone || l.badge.empty()) continue;
      const bool drawn = std::any_of(part.nodes.begin(), part.nodes.end(), [&](const diagram_node& n) {
        return n.tone == l.tone && (n.kind == diagram_node_kind::step || n.kind == diagram_node_kind::milestone);
      });
      if (drawn) part.legend.push_back({diagram_node_kind::step, l.tone, l.badge, {}});
    }
    // The note on assumed steps, when this part has one.
    const bool assumed = std::any_of(part.nodes.begin(), part.nodes.end(),
                                     [&](const diagram_node& n) { return n.label.ends_with(w.assumed_mark); });
    if (assumed) part.legend.push_back({diagram_node_kind::step, no_tone, std::string(w.assumed_legend), {}});
    parts.push_back(detail::typeset(std::move(part), lang));
  }
  return parts;
}

}  // namespace passation
