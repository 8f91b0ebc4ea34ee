// The funder's slides, from the brief: plain words only, as the meeting would go through them.

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "brief_parts.hpp"
#include "content.hpp"
#include "diagram/flowchart_parts.hpp"
#include "report/phrases.hpp"

namespace passation::detail {

namespace {

std::string joined(const std::vector<std::string>& items, std::string_view separator, std::string_view empty) {
  return items.empty() ? std::string(empty) : fmt::format("{}", fmt::join(items, separator));
}

// The scenarios side by side: what is handed over, what is kept, who takes over, when it ends.
report_table side_by_side(const brief& b, const words& w, const std::string& keeper, const std::string& nothing) {
  report_table side;
  side.columns.push_back({"item", ""});
  for (const brief_scenario& s : b.scenarios) side.columns.push_back({s.id, s.title});
  auto row = [&](std::string id, std::string label, auto cell) {
    report_row r{std::move(id), {{std::move(label)}}};
    for (const brief_scenario& s : b.scenarios) r.cells.push_back(cell(s));
    side.rows.push_back(std::move(r));
  };
  row("handed_over", std::string(w.brief_handed_over), [&](const brief_scenario& s) {
    return s.handed_over.empty() ? std::vector<std::string>{nothing} : s.handed_over;
  });
  row("kept", fmt::format(fmt::runtime(w.col_kept), keeper),
      [&](const brief_scenario& s) { return s.kept.empty() ? std::vector<std::string>{nothing} : s.kept; });
  row("contractor", std::string(w.brief_contractor),
      [](const brief_scenario& s) { return std::vector<std::string>{s.contractor}; });
  row("end", std::string(w.brief_end), [](const brief_scenario& s) {
    std::vector<std::string> lines{s.ends};
    for (const deadline_note& d : s.against_deadlines) lines.push_back(d.text);
    return lines;
  });
  return side;
}

// Each criterion, rated for each scenario.
report_table criteria_grid(const brief& b) {
  report_table grid;
  grid.columns.push_back({"criterion", ""});
  for (const brief_scenario& s : b.scenarios) grid.columns.push_back({s.id, s.title});
  for (const criterion& c : b.criteria) {
    report_row r{c.key, {{c.label}}};
    for (const rated& x : c.scenarios) r.cells.push_back({std::string(rating_dots(x.level)) + " " + x.words});
    grid.rows.push_back(std::move(r));
  }
  return grid;
}

// Risks and advantages, in the case's plain words.
slide_item risks_slide(const brief& b, const words& w) {
  slide_item risks{fmt::format("{} · {}", w.brief_risks, w.brief_advantages), {}, nullptr, {}};
  for (const brief_scenario& s : b.scenarios) {
    risks.bullets.push_back(
        fmt::format("{} — {}\u00A0: {}", s.title, w.brief_risks, joined(s.risks, w.share_separator, w.brief_no_risk)));
    if (!s.advantages.empty()) {
      risks.bullets.push_back(fmt::format("{} — {}\u00A0: {}", s.title, w.brief_advantages,
                                          joined(s.advantages, w.share_separator, w.dash)));
    }
  }
  return risks;
}

// When each scenario ends, against the deadlines.
slide_item calendar_slide(const brief& b, const words& w) {
  slide_item calendar{std::string(w.title_timeline), {}, nullptr, {}};
  for (const brief_scenario& s : b.scenarios) {
    std::vector<std::string> deadlines;
    for (const deadline_note& d : s.against_deadlines) deadlines.push_back(d.text);
    calendar.bullets.push_back(
        fmt::format("{} — {}{}", s.title, s.ends, deadlines.empty() ? "" : " · " + joined(deadlines, " · ", "")));
  }
  if (!b.estimates_note.empty()) calendar.bullets.push_back(b.estimates_note);
  return calendar;
}

// Every line in the typography of the pack's language (passation's own words included).
void typeset_plan(deck_plan& plan, language lang) {
  auto set = [&](std::string& s) { s = typeset(s, lang); };
  set(plan.title);
  set(plan.subtitle);
  for (slide_item& item : plan.slides) {
    set(item.title);
    for (std::string& b2 : item.bullets) set(b2);
    if (!item.table) continue;
    for (report_column& column : item.table->columns) set(column.label);
    for (report_row& r : item.table->rows) {
      for (auto& cell : r.cells) {
        for (std::string& line : cell) set(line);
      }
    }
  }
}

}  // namespace

deck_plan funder_slides(const pack_content& content, const brief& b) {
  const words& w = content.w;
  const std::string keeper = keeper_name(content.c, audience::plain, w);
  deck_plan plan;
  plan.title = b.title;
  plan.subtitle = b.subtitle;
  const std::string nothing = speaker::capitalised(std::string(w.nothing));

  // What is decided, and why it matters.
  slide_item decision{std::string(w.brief_subtitle), {}, nullptr, {}};
  if (!b.context.empty()) decision.bullets.push_back(b.context);
  decision.bullets.push_back(b.decision);
  if (b.recommendation) decision.bullets.push_back(*b.recommendation);
  plan.slides.push_back(std::move(decision));
  plan.slides.push_back({std::string(w.brief_side_by_side), side_by_side(b, w, keeper, nothing), nullptr, {}});
  plan.slides.push_back({std::string(w.brief_criteria), criteria_grid(b), nullptr, {}});
  plan.slides.push_back(risks_slide(b, w));
  plan.slides.push_back({content.tree.title, {}, &content.tree, {}});

  // Each scenario: what it means for the funder first; then its flowchart, in parts that a room
  // reads (the whole flowchart would not fit a slide in type larger than 12 pt).
  for (std::size_t i = 0; i < content.scenarios.size() && i < b.scenarios.size(); ++i) {
    const brief_scenario& s = b.scenarios[i];
    slide_item item{content.scenarios[i].plain.title, {}, nullptr, {}};
    item.bullets.push_back(fmt::format("{}\u00A0: {}", w.brief_contractor, s.contractor));
    if (!s.contractor_explained.empty()) item.bullets.push_back(s.contractor_explained);
    item.bullets.push_back(
        fmt::format("{}\u00A0: {}", fmt::format(fmt::runtime(w.col_kept), keeper), joined(s.kept, ", ", nothing)));
    item.bullets.push_back(fmt::format("{}\u00A0: {}", w.brief_after, s.answers_after));
    item.bullets.push_back(s.ends);
    plan.slides.push_back(std::move(item));
    for (const drawn& part : content.scenarios[i].slides) plan.slides.push_back({part.title, {}, &part, {}});
  }
  plan.slides.push_back(calendar_slide(b, w));
  typeset_plan(plan, content.lang);
  return plan;
}

}  // namespace passation::detail
