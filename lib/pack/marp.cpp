// The deck in Marp Markdown: the same slides as the PowerPoint deck, for developers.

#include <fmt/format.h>

#include "content.hpp"
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

std::string marp_deck(const deck_plan& plan) {
  std::string out(k_front_matter);
  out += "# " + markdown_escape(plan.title) + "\n\n" + markdown_escape(plan.subtitle) + "\n";
  for (const slide_item& item : plan.slides) {
    out += "\n---\n\n## " + markdown_escape(item.title) + "\n\n";
    if (item.table) {
      report r;
      r.sections.push_back({{}, {}, *item.table, {}});
      out += markdown_sections(r, 3);
    }
    if (item.picture) {
      const std::string path = "../diagrams/" + item.picture->name + ".svg";
      out += item.bullets.empty() ? fmt::format("![h:460]({})\n", path) : fmt::format("![bg right:58% contain]({})\n\n", path);
    }
    for (const std::string& b : item.bullets) out += "- " + markdown_escape(b) + "\n";
  }
  return out;
}

}  // namespace passation::detail
