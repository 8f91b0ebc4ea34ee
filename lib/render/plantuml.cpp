// A diagram as a PlantUML activity diagram (new syntax), one swimlane per lane, for teams that keep
// their diagrams as PlantUML text. PlantUML draws structured flows only, so the process is read as
// one: a decision whose answers meet again is an if (with elseif past two answers), an answer that
// comes back to its decision is a while, a decision that goes back to an earlier step closes a
// repeat. A process that cannot be read so is a render_error that says where.

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "export.hpp"
#include "label.hpp"
#include "style.hpp"
#include "passation/error.hpp"

namespace passation::detail {

namespace {

// Text safe inside ":...;", "if (...)" and a swimlane: what PlantUML would read as creole markup
// ("//", "**", '~'…) or as syntax written as entities.
std::string escaped(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const char next = i + 1 < text.size() ? text[i + 1] : '\0';
    // "//" would start italics, '~' escapes; the others are syntax.
    const bool markup = c == '~' || (next == c && std::string_view("/*_-\"^=").find(c) != std::string_view::npos);
    const bool syntax = std::string_view("()<>&;|[]{}#").find(c) != std::string_view::npos;
    if (markup || syntax) {
      out += fmt::format("&#{};", static_cast<int>(c));
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\\') {
      out += "\\\\";  // PlantUML reads "\\" as one backslash, and an entity as the backslash it escapes
    } else if (c == '\r') {
    } else {
      out += c;
    }
  }
  return out;
}

// `text` wrapped at `width` characters as passation wraps it, each line escaped, joined by "\n":
// PlantUML does not wrap, and boxes as narrow as passation's give a drawing like passation's.
std::string wrapped(std::string_view text, std::size_t width) {
  std::string out;
  for (const std::string& line : wrap(text, width)) out += (out.empty() ? "" : "\\n") + escaped(line);
  return out;
}

// Each line in its own size tag: PlantUML ends a tag at a line break.
std::string small(std::string_view text, std::size_t width, double size) {
  std::string out;
  for (const std::string& line : wrap(text, width)) {
    out += (out.empty() ? "" : "\\n") + fmt::format("<size:{:g}>{}</size>", size, escaped(line));
  }
  return out;
}

// Every line a node draws, wrapped as passation wraps it, the secondary ones smaller, as one
// PlantUML label.
std::string node_text(const diagram_node& n, const style::type_sizes& type) {
  const bool bold =
      n.kind == diagram_node_kind::start || n.kind == diagram_node_kind::end || n.kind == diagram_node_kind::milestone;
  const std::size_t width = n.kind == diagram_node_kind::decision  ? type.decision_wrap
                            : n.kind == diagram_node_kind::summary ? style::summary_wrap
                                                                   : type.step_wrap;
  std::string text;
  if (!n.tag.empty()) {  // bold, wrapped as passation draws it
    for (const std::string& line : wrap(n.tag, type.decision_wrap, 2)) {
      text += fmt::format("<size:{:g}><b>{}</b></size>\\n", type.small, escaped(line));
    }
  }
  text += bold ? "<b>" + wrapped(n.label, width) + "</b>" : wrapped(n.label, width);
  for (const std::string& line : n.details) text += "\\n" + small(line, width + 6, type.small);
  if (!n.badge.empty()) text += "\\n" + small(n.badge, width + 6, type.small);
  return text;
}

constexpr std::size_t k_exit = static_cast<std::size_t>(-1);

// The process as a structured activity diagram: the reading of bench/layout_quality's first
// PlantUML comparisons, now the export itself.
class activity_writer {
 public:
  explicit activity_writer(const diagram& d) : d_(d), succ_(d.nodes.size()), pred_(d.nodes.size()) {
    for (const diagram_edge& e : d.edges) {
      if (e.ghost || e.from >= d.nodes.size() || e.to >= d.nodes.size() || d.nodes[e.from].ghost || d.nodes[e.to].ghost)
        continue;
      succ_[e.from].push_back({e.to, e.label});
      pred_[e.to].push_back(e.from);
    }
    type_ = &style::type_of(d);
    lane_names();
  }

  std::string write() {
    analyse();
    out_ = "@startuml\n";
    out_ += fmt::format("skinparam defaultFontName \"DejaVu Sans\"\nskinparam defaultFontSize {:g}\n", type_->text);
    out_ += fmt::format("skinparam ArrowFontSize {:g}\nskinparam SwimlaneTitleFontSize {:g}\n", type_->small,
                        type_->lane_title);
    out_ += fmt::format("skinparam TitleFontSize {:g}\nskinparam shadowing false\n", type_->title);
    out_ += fmt::format("skinparam ActivityBackgroundColor {}\nskinparam ActivityBorderColor {}\n", style::neutral.fill,
                        style::neutral.border);
    out_ += fmt::format("skinparam ActivityDiamondBackgroundColor {}\nskinparam ActivityDiamondBorderColor {}\n",
                        style::decision_fill, style::decision_border);
    out_ += fmt::format("skinparam ArrowColor {}\nskinparam SwimlaneBorderColor {}\n", style::edge_colour,
                        style::lane_border);
    if (!d_.title.empty()) {
      out_ += "title <b>" + escaped(d_.title) + "</b>" +
              (d_.subtitle.empty() ? "" : "\\n" + small(d_.subtitle, 110, type_->text)) + "\n";
    }
    for (std::size_t l = 0; l < lanes_.size(); ++l) {
      if (!lane_used_[l]) continue;
      out_ += "|" + lanes_[l] + "|\n";  // declared in the case's order; the last is the current one
      lane_ = l;
    }
    goto_lane(start_);
    line("start");
    sequence(start_, {});
    for (std::size_t n = 0; n < d_.nodes.size(); ++n) {
      if (!d_.nodes[n].ghost && !emitted_.contains(n))
        refuse(fmt::format("{} is not reached from the start", d_.nodes[n].key));
    }
    out_ += "@enduml\n";
    return out_;
  }

 private:
  struct answer {
    std::size_t to;
    std::string label;
  };

  [[noreturn]] static void refuse(const std::string& why) {
    throw render_error("this process cannot be written as a PlantUML activity diagram: " + why);
  }

  // Swimlane titles, unique and without the '|' that ends them.
  void lane_names() {
    lane_used_.assign(d_.lanes.size(), false);
    for (const diagram_node& n : d_.nodes) {
      if (!n.ghost && n.lane < d_.lanes.size()) lane_used_[n.lane] = true;
    }
    std::set<std::string> taken;
    for (const diagram_lane& l : d_.lanes) {
      std::string name = escaped(l.title);
      if (name.empty()) name = "-";
      for (int k = 2; taken.contains(name); ++k) name = escaped(l.title) + fmt::format(" ({})", k);
      taken.insert(name);
      lanes_.push_back(name);
    }
  }

  void analyse() {
    std::vector<std::size_t> starts;
    for (std::size_t n = 0; n < d_.nodes.size(); ++n) {
      if (!d_.nodes[n].ghost && pred_[n].empty()) starts.push_back(n);
    }
    if (starts.size() != 1)
      refuse(fmt::format("{} steps have no step before them (one start expected)", starts.size()));
    start_ = starts.front();
    find_back_edges();
    post_dominators();
    for (const auto& [a, b] : back_) {
      if (a == b) refuse(fmt::format("{} loops onto itself", d_.nodes[a].key));
      if (is_decision(a)) {
        if (repeat_at_.contains(b)) refuse(fmt::format("two loops go back to {}", d_.nodes[b].key));
        repeat_at_[b] = a;
      } else if (is_decision(b)) {
        while_at_[b].insert(a);
      } else {
        refuse(fmt::format("the loop {} -> {} does not pass through a decision", d_.nodes[a].key, d_.nodes[b].key));
      }
    }
  }

  bool is_decision(std::size_t n) const { return d_.nodes[n].kind == diagram_node_kind::decision; }

  // Edges to a node still on the depth-first path from the start: the loops.
  void find_back_edges() {
    std::vector<int> state(d_.nodes.size(), 0);  // 0 unseen, 1 on the path, 2 done
    std::vector<std::pair<std::size_t, std::size_t>> stack{{start_, 0}};
    state[start_] = 1;
    while (!stack.empty()) {
      auto& [node, next] = stack.back();
      if (next == succ_[node].size()) {
        state[node] = 2;
        postorder_.push_back(node);
        stack.pop_back();
        continue;
      }
      const std::size_t b = succ_[node][next++].to;
      if (state[b] == 1) {
        back_.insert({node, b});
      } else if (state[b] == 0) {
        state[b] = 1;
        stack.push_back({b, 0});
      }
    }
  }

  std::vector<std::size_t> forward(std::size_t n) const {
    std::vector<std::size_t> out;
    for (const answer& a : succ_[n]) {
      if (!back_.contains({n, a.to})) out.push_back(a.to);
    }
    return out;
  }

  // Immediate post-dominators in the graph without its loops; k_exit past every dead end.
  void post_dominators() {
    std::map<std::size_t, std::set<std::size_t>> pdom{{k_exit, {k_exit}}};
    for (const std::size_t n : postorder_) {  // successors come first in the post-order of a DAG
      std::optional<std::set<std::size_t>> common;
      for (const std::size_t s : forward(n)) {
        if (!common) {
          common = pdom[s];
        } else {
          std::set<std::size_t> both;
          std::set_intersection(common->begin(), common->end(), pdom[s].begin(), pdom[s].end(),
                                std::inserter(both, both.end()));
          common = std::move(both);
        }
      }
      std::set<std::size_t> mine = common.value_or(pdom[k_exit]);
      mine.insert(n);
      pdom[n] = std::move(mine);
    }
    for (const std::size_t n : postorder_) {
      std::size_t best = k_exit;
      for (const std::size_t m : pdom[n]) {  // post-dominators form a chain: the largest set is the nearest
        if (m != n && (best == k_exit || pdom[m].size() > pdom[best].size())) best = m;
      }
      ipdom_[n] = best;
    }
  }

  bool reaches(std::size_t from, const std::set<std::size_t>& targets) const {
    std::set<std::size_t> seen;
    std::vector<std::size_t> todo{from};
    while (!todo.empty()) {
      const std::size_t n = todo.back();
      todo.pop_back();
      if (targets.contains(n)) return true;
      if (!seen.insert(n).second) continue;
      for (const std::size_t s : forward(n)) todo.push_back(s);
    }
    return false;
  }

  void line(const std::string& text) { out_ += std::string(2 * depth_, ' ') + text + "\n"; }

  void goto_lane(std::size_t n) {
    const std::size_t lane = d_.nodes[n].lane;
    if (lane < lanes_.size() && lane != lane_) {
      line("|" + lanes_[lane] + "|");
      lane_ = lane;
    }
  }

  // A step reached again by a path that does not meet the others at a decision's end (in an
  // overview, where scenarios part and meet freely) is written again on that path: PlantUML has no
  // arrow to an earlier step. Bounded, so that a tangle of such paths is refused, not multiplied.
  void mark(std::size_t n) {
    if (!emitted_.insert(n).second && ++copies_ > 4 * d_.nodes.size()) {
      refuse(fmt::format("{} is reached by too many paths that do not meet at a decision's end", d_.nodes[n].key));
    }
  }

  std::string colour(std::size_t n) const {
    const diagram_node& node = d_.nodes[n];
    if (node.kind == diagram_node_kind::decision) return "";
    return node.tone == no_tone ? "" : std::string(style::tone(node.tone).fill);
  }

  void activity(std::size_t n) {
    goto_lane(n);
    mark(n);
    line(colour(n) + ":" + node_text(d_.nodes[n], *type_) + ";");
  }

  std::string answer_to(std::size_t d, std::size_t target) const {
    for (const answer& a : succ_[d]) {
      if (a.to == target) return escaped(a.label);
    }
    return {};
  }

  // Writes from u on until a node of `stops` (returned, not written) or the end (k_exit).
  std::size_t sequence(std::size_t u, const std::set<std::size_t>& stops) {
    while (true) {
      if (stops.contains(u)) return u;
      if (repeat_at_.contains(u) && !open_repeats_.contains(u)) {
        u = repeat(u, stops);
      } else if (is_decision(u) && succ_[u].size() >= 2) {
        u = while_at_.contains(u) ? while_loop(u, stops) : branches(u, stops);
        if (u == k_exit) return k_exit;
      } else if (succ_[u].empty()) {
        activity(u);
        line("stop");
        return k_exit;
      } else if (succ_[u].size() >= 2) {
        // A step followed by several (in an overview, each scenario's next step): the step, then an
        // unnamed branch to each.
        activity(u);
        u = branches(u, stops, false);
        if (u == k_exit) return k_exit;
      } else {
        activity(u);
        if (!succ_[u][0].label.empty()) line("-> " + escaped(succ_[u][0].label) + ";");
        u = succ_[u][0].to;
      }
    }
  }

  std::size_t repeat(std::size_t h, std::set<std::size_t> stops) {
    const std::size_t d = repeat_at_.at(h);
    open_repeats_.insert(h);
    goto_lane(h);
    line("repeat");
    ++depth_;
    stops.insert(d);
    if (sequence(h, stops) != d)
      refuse(fmt::format("the loop from {} back to {} is left before it", d_.nodes[d].key, d_.nodes[h].key));
    --depth_;
    std::vector<std::size_t> exits;
    for (const answer& a : succ_[d]) {
      if (a.to != h) exits.push_back(a.to);
    }
    if (exits.size() != 1) refuse(fmt::format("{} loops back with {} other answers", d_.nodes[d].key, exits.size()));
    goto_lane(d);
    mark(d);
    line(fmt::format("repeat while ({}) is ({}) not ({})", node_text(d_.nodes[d], *type_), answer_to(d, h),
                     answer_to(d, exits[0])));
    return exits[0];
  }

  std::size_t while_loop(std::size_t d, std::set<std::size_t> stops) {
    std::vector<std::size_t> body, exits;
    for (const answer& a : succ_[d]) (reaches(a.to, while_at_.at(d)) ? body : exits).push_back(a.to);
    if (body.size() != 1 || exits.size() != 1) {
      refuse(fmt::format("{} is a loop with {} answers that loop and {} that leave", d_.nodes[d].key, body.size(),
                         exits.size()));
    }
    goto_lane(d);
    mark(d);
    line(fmt::format("while ({}) is ({})", node_text(d_.nodes[d], *type_), answer_to(d, body[0])));
    ++depth_;
    stops.insert(d);
    const std::size_t back = sequence(body[0], stops);
    if (back != d && back != k_exit)
      refuse(fmt::format("the loop through {} is left at {}", d_.nodes[d].key, d_.nodes[back].key));
    --depth_;
    line(fmt::format("endwhile ({})", answer_to(d, exits[0])));
    return exits[0];
  }

  // The answers of `d` from their branch to where they meet (d's immediate post-dominator), written
  // as an if; `asked`: `d` is a decision, whose text is the question,
  // else it was written as a step and the branch has no question.
  std::size_t branches(std::size_t d, const std::set<std::size_t>& stops, bool asked = true) {
    const std::size_t join = ipdom_.at(d);
    std::set<std::size_t> inner = stops;
    if (join != k_exit) inner.insert(join);
    std::vector<answer> answers = succ_[d];
    // An answer straight to the join goes last: PlantUML wants a 'then' branch.
    std::stable_sort(answers.begin(), answers.end(),
                     [&](const answer& a, const answer& b) { return (a.to == join) < (b.to == join); });
    if (asked) {
      goto_lane(d);
      mark(d);
    }
    const std::string text = asked ? node_text(d_.nodes[d], *type_) : " ";
    std::set<std::size_t> results;
    // Past two answers, a chain of elseif rather than a switch: PlantUML 1.2020 fails on a switch
    // whose cases end apart (UnsupportedOperationException).
    for (std::size_t k = 0; k < answers.size(); ++k) {
      const std::string said = escaped(answers[k].label);
      if (k == 0)
        line(fmt::format("if ({}) then ({})", text, said));
      else if (k + 1 < answers.size())
        line(fmt::format("elseif ( ) then ({})", said));
      else
        line(fmt::format("else ({})", said));
      ++depth_;
      results.insert(sequence(answers[k].to, inner));
      --depth_;
    }
    line("endif");
    results.erase(k_exit);
    if (join != k_exit) {
      for (const std::size_t r : results) {
        if (r != join)
          refuse(fmt::format("the answers of {} leave before they meet at {}", d_.nodes[d].key, d_.nodes[join].key));
      }
      return results.empty() ? k_exit : join;
    }
    if (results.size() > 1) refuse(fmt::format("the answers of {} leave towards different steps", d_.nodes[d].key));
    return results.empty() ? k_exit : *results.begin();
  }

  const diagram& d_;
  const style::type_sizes* type_ = nullptr;
  std::vector<std::vector<answer>> succ_;
  std::vector<std::vector<std::size_t>> pred_;
  std::vector<std::string> lanes_;
  std::vector<bool> lane_used_;
  std::size_t start_ = 0;
  std::set<std::pair<std::size_t, std::size_t>> back_;
  std::vector<std::size_t> postorder_;
  std::map<std::size_t, std::size_t> ipdom_;
  std::map<std::size_t, std::size_t> repeat_at_;
  std::map<std::size_t, std::set<std::size_t>> while_at_;
  std::set<std::size_t> emitted_, open_repeats_;
  std::string out_;
  std::size_t depth_ = 0;
  std::size_t lane_ = no_lane;
  std::size_t copies_ = 0;
};

}  // namespace

std::string write_plantuml(const export_input& in) {
  if (std::none_of(in.d.nodes.begin(), in.d.nodes.end(), [](const diagram_node& n) { return !n.ghost; })) {
    throw render_error("this diagram has no step to write as a PlantUML activity diagram");
  }
  return activity_writer(in.d).write();
}

}  // namespace passation::detail
