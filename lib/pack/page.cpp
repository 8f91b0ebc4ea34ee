// index.html: the whole meeting on one page, every picture inline, nothing fetched from anywhere.

#include <fmt/format.h>

#include "content.hpp"
#include "model/safe_text.hpp"
#include "report/writers.hpp"

namespace passation::detail {

namespace {

constexpr std::string_view k_page_style = R"(
  header { border-bottom: 3px solid #37474f; margin-bottom: 1.5rem; }
  nav a { color: #2759a5; margin-right: 1.2rem; font-weight: bold; text-decoration: none; }
  .part { margin-top: 2.5rem; }
  .part > h2 { font-size: 1.5rem; background: #37474f; color: #fff; padding: .4rem .8rem; border: 0; }
  h3 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
  figure { margin: .8rem 0 1.6rem; text-align: center; }
  figure svg { max-width: 100%; height: auto; }
  figcaption { color: #546e7a; font-size: .9rem; }
  .plan { background: #f6f8fa; border-left: 4px solid #78909c; padding: .4rem .8rem; }
  .plan .late { color: #b3261e; font-weight: bold; }
  .files li { font-family: monospace; font-size: .85rem; }
  @media print {
    nav { display: none; }
    .part { page-break-before: always; }
    .scenario { page-break-before: always; }
    figure { page-break-inside: avoid; }
    figure svg { max-height: 24cm; }
  }
)";

// An SVG written by Graphviz, ready to sit inside the page: no XML prologue, and ids made unique
// to this picture (every Graphviz drawing numbers its elements from graph0, node1…).
std::string inline_svg(const std::string& svg, const std::string& prefix) {
  const std::size_t root = svg.find("<svg");
  std::string body = root == std::string::npos ? std::string{} : svg.substr(root);
  std::string out;
  out.reserve(body.size() + 1024);
  for (std::size_t i = 0; i < body.size();) {
    if (body.compare(i, 5, " id=\"") == 0) {
      out += " id=\"" + prefix + "-";
      i += 5;
    } else {
      out += body[i++];
    }
  }
  return out;
}

std::string figure(const drawn& d) {
  return fmt::format("<figure>\n{}\n<figcaption>{} — <a href=\"diagrams/{}.svg\">SVG</a> · <a href=\"diagrams/{}.png\">PNG</a> · "
                     "<a href=\"diagrams/{}.pdf\">PDF</a></figcaption>\n</figure>\n",
                     inline_svg(d.svg, d.name), xml_escape(d.title), d.name, d.name, d.name);
}

std::string heading(int level, std::string_view text, std::string_view id = {}) {
  return fmt::format("<h{0}{1}>{2}</h{0}>\n", level, id.empty() ? std::string{} : fmt::format(" id=\"{}\"", id), xml_escape(text));
}

std::string table_section(const report& r, int level) { return heading(level, r.title) + html_sections(r, level + 1); }

}  // namespace

std::string pack_page(const pack_content& content) {
  const handover_case& c = content.c;
  const words& w = content.w;
  const std::string title = c.title.for_audience(audience::plain);
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"passation\">\n"
      "<title>{} — {}</title>\n<style>{}{}</style>\n</head>\n<body>\n<main>\n",
      to_string(content.lang), xml_escape(w.pack_title), xml_escape(title), html_style(), k_page_style);
  out += "<header>\n" + heading(1, title);
  out += fmt::format("<p class=\"subtitle\">{}</p>\n", xml_escape(w.pack_title));
  out += fmt::format("<nav><a href=\"#funder\">{}</a><a href=\"#contractor\">{}</a><a href=\"#files\">{}</a></nav>\n</header>\n",
                     xml_escape(w.for_funder), xml_escape(w.for_contractor), xml_escape(w.files));

  // For the funder: plain words only.
  out += "<section class=\"part\">\n" + heading(2, w.for_funder, "funder");
  out += table_section(content.glossary, 3);
  out += table_section(content.funder, 3);
  out += heading(3, content.tree.title) + figure(content.tree);
  out += heading(3, content.overview_plain.title) + figure(content.overview_plain);
  for (const scenario_part& part : content.scenarios) {
    out += "<section class=\"scenario\">\n" + heading(3, part.plain.title) + figure(part.plain);
    out += "<div class=\"plan\">\n";
    for (std::size_t i = 0; i < part.plan_plain.size(); ++i) {
      const bool late = i == 1 && !part.plan.meets_deadline();
      out += fmt::format("<p{}>{}</p>\n", late ? " class=\"late\"" : "", xml_escape(part.plan_plain[i]));
    }
    out += "</div>\n</section>\n";
  }
  out += "</section>\n";

  // For the contractor: the technical version of everything.
  out += "<section class=\"part\">\n" + heading(2, w.for_contractor, "contractor");
  out += table_section(content.technical, 3);
  out += heading(3, content.overview_technical.title) + figure(content.overview_technical);
  for (const scenario_part& part : content.scenarios) {
    out += "<section class=\"scenario\">\n" + heading(3, part.technical.title) + figure(part.technical);
    // The prerequisites' own heading would repeat the scenario's title.
    report prerequisites = part.prerequisites;
    for (report_section& section : prerequisites.sections) section.heading.clear();
    out += heading(4, w.key_prerequisites) + html_sections(prerequisites, 5);
    out += heading(4, part.raci.title) + html_sections(part.raci, 5);
    out += heading(4, part.timeline.title) + figure(part.gantt) + html_sections(part.timeline, 5);
    out += "</section>\n";
  }
  out += table_section(content.matrix, 3);
  out += table_section(content.explored, 3);
  out += "</section>\n";

  out += "<section class=\"part files\">\n" + heading(2, w.files, "files");
  out += "<p><a href=\"manifest.json\">manifest.json</a> · <a href=\"slides/deck.pptx\">slides/deck.pptx</a> · "
         "<a href=\"slides/deck.marp.md\">slides/deck.marp.md</a></p>\n</section>\n";
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace passation::detail
