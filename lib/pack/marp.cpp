// The deck in Marp Markdown: the same slides as the PowerPoint deck, for developers.

#include <algorithm>

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
      if (item.bullets.empty()) {
        // As large as the box allows (1180 × 500 px, 0.75 pt each), keeping the proportions.
        const double scale = std::min(slide_picture_width / 0.75 / std::max(item.picture->width, 1.0),
                                      slide_picture_height / 0.75 / std::max(item.picture->height, 1.0));
        out += fmt::format("![w:{:.0f}px h:{:.0f}px]({})\n", item.picture->width * scale, item.picture->height * scale,
                           path);
      } else {
        out += fmt::format("![bg right:58% contain]({})\n\n", path);
      }
    }
    for (const std::string& b : item.bullets) out += "- " + markdown_escape(b) + "\n";
  }
  return out;
}

}  // namespace passation::detail
