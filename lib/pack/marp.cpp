// The deck in Marp Markdown: the same slides as the PowerPoint deck, for developers.

#include <fmt/format.h>

#include "content.hpp"
#include "report/phrases.hpp"
#include "report/writers.hpp"

namespace passation::detail {

namespace {

constexpr std::string_view k_front_matter = R"(---
marp: true
size: 16:9
paginate: true
style: |
  section { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 24px; color: #263238; }
  h1, h2 { color: #263238; }
  table { font-size: 16px; }
---

)";

}  // namespace

std::string marp_deck(const pack_content& content) {
  const words& w = content.w;
  const speaker say(content.c, {.reader = audience::plain, .lang = content.lang});
  std::string out(k_front_matter);
  auto slide = [&](std::string_view title) {
    if (out.size() > k_front_matter.size()) out += "\n---\n\n";
    out += "## " + markdown_escape(title) + "\n\n";
  };

  out += "# " + markdown_escape(content.c.title.for_audience(audience::plain)) + "\n\n" + markdown_escape(w.pack_title) + "\n";
  slide(content.glossary.title);
  out += markdown_sections(content.glossary, 3);
  slide(content.funder.title);
  out += markdown_sections(content.funder, 3);
  slide(content.tree.title);
  out += fmt::format("![h:460]({})\n", "../diagrams/" + content.tree.name + ".svg");
  for (const scenario_part& part : content.scenarios) {
    slide(part.plain.title);
    out += fmt::format("![bg right:58% contain]({})\n\n", "../diagrams/" + part.plain.name + ".svg");
    const std::vector<std::string> contractor = say.contractor(part.assessed);
    out += "**" + markdown_escape(w.col_contractor) + "**\u00A0: " + markdown_escape(contractor.front()) + "\n\n";
    out += "**" + markdown_escape(w.key_prerequisites) + "**\n\n";
    for (const prerequisite& p : part.assessed.prerequisites) out += "- " + markdown_escape(say.prerequisite_line(p)) + "\n";
    if (!part.plan_plain.empty()) out += "\n" + markdown_escape(part.plan_plain.front()) + "\n";
  }
  slide(w.title_timeline);
  for (const scenario_part& part : content.scenarios) {
    out += "### " + markdown_escape(say.scenario_label(*part.s)) + "\n\n";
    for (std::size_t i = 0; i < part.plan_plain.size() && i < 2; ++i) out += "- " + markdown_escape(part.plan_plain[i]) + "\n";
    out += "\n";
  }
  return out;
}

}  // namespace passation::detail
