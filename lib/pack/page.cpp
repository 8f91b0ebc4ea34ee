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
  .card { border: 1px solid #cfd8dc; border-left: 6px solid #37474f; padding: .2rem 1rem .6rem; margin: 1rem 0; }
  .card h2 { border: 0; margin-top: .6rem; }
  .decision { background: #fff4d6; border: 1px solid #c9a227; padding: .5rem .8rem; font-weight: bold; }
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

std::string heading(int level, language lang, std::string_view text, std::string_view id = {}) {
  return fmt::format("<h{0}{1}>{2}</h{0}>\n", level, id.empty() ? std::string{} : fmt::format(" id=\"{}\"", id),
                     xml_escape(typeset(text, lang)));
}

// Passation's own words in a page, in the typography of its language.
std::string say(const pack_content& content, std::string_view text) { return xml_escape(typeset(text, content.lang)); }

std::string table_section(const report& r, int level) {
  return heading(level, language::en, r.title) + html_sections(r, level + 1);
}  // reports are typeset already

// The dossier printed: sizes in points, for lib/print.
constexpr std::string_view k_print_style = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8pt; color: #263238; line-height: 1.25; margin: 0; }
h1 { font-size: 14pt; margin: 0 0 2pt 0; }
h2 { font-size: 11pt; margin: 8pt 0 3pt 0; padding-bottom: 1pt; border-bottom: 1pt solid #b0bec5; }
h3 { font-size: 9.5pt; margin: 6pt 0 2pt 0; }
h4, h5 { font-size: 8.5pt; margin: 4pt 0 2pt 0; }
p { margin: 3pt 0; }
ul { margin: 0; padding-left: 10pt; }
table { width: 100%; border-spacing: 0; margin: 2pt 0 4pt 0; border-top: 1px solid #b0bec5; }
th, td { border-right: 1px solid #b0bec5; border-bottom: 1px solid #b0bec5; padding: 1.5pt 3pt; vertical-align: top; text-align: left; }
th:first-child, td:first-child { border-left: 1px solid #b0bec5; }
th { background-color: #dde3e9; }
td ul { margin: 0; }
.subtitle { color: #546e7a; font-size: 9.5pt; }
.figure { text-align: center; margin: 4pt 0; }
.caption { font-size: 7pt; color: #546e7a; }
)";

}  // namespace

namespace {

std::string page_head(const pack_content& content, std::string_view title, std::string_view style) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" "
      "content=\"passation\">\n"
      "<title>{}</title>\n<style>{}{}</style>\n</head>\n<body>\n<main>\n",
      to_string(content.lang), xml_escape(title), html_style(), style);
}

// A link to a file of the pack, from the top folder.
std::string link(std::string_view path, std::string_view label) {
  return fmt::format("<a href=\"{}\">{}</a>", xml_escape(path), xml_escape(label));
}

// The comparison tables that table_kinds() puts at `place` in the dossier, in its order.
std::string tables_at(const pack_content& content, pack_place place) {
  std::string out;
  for (std::size_t i = 0; i < content.tables.size(); ++i) {
    if (table_kinds()[i].place == place) out += table_section(content.tables[i], 2);
  }
  return out;
}

// The contractor's dossier: `figure_of` writes each picture (inline SVG for the page, an <img>
// for the printed version).
template <class Figure>
std::string dossier_body(const pack_content& content, Figure figure_of) {
  const words& w = content.w;
  std::string out = heading(1, content.lang, content.c.title.for_audience(audience::technical));
  out += fmt::format("<p class=\"subtitle\">{}</p>\n", say(content, w.dossier_subtitle));
  const std::string description = typeset(content.c.description.for_audience(audience::technical), content.lang);
  if (!description.empty()) out += "<p>" + xml_escape(description) + "</p>\n";
  if (!content.constraints.empty()) {
    out += heading(2, content.lang, w.constraints) + "<ul>";
    for (const std::string& c : content.constraints) out += "<li>" + say(content, c) + "</li>";
    out += "</ul>\n";
  }
  out += tables_at(content, pack_place::dossier_opening);
  out += heading(2, content.lang, content.overview_technical.title) + figure_of(content.overview_technical);
  for (const scenario_part& part : content.scenarios) {
    out += "<div class=\"scenario page\">\n" + heading(2, content.lang, part.technical.title) +
           figure_of(part.technical) + "</div>\n";
    // The prerequisites' own heading would repeat the scenario's title.
    report prerequisites = part.prerequisites;
    for (report_section& section : prerequisites.sections) section.heading.clear();
    out += heading(3, content.lang, w.key_prerequisites) + html_sections(prerequisites, 4);
    out += heading(3, content.lang, part.raci.title) + html_sections(part.raci, 4);
    out += heading(3, content.lang, part.timeline.title) + figure_of(part.gantt) + html_sections(part.timeline, 4);
  }
  out += "<div class=\"page\"></div>\n" + tables_at(content, pack_place::dossier_annex);
  out += table_section(content.explored, 2);
  return out;
}

}  // namespace

std::string landing_page(const pack_content& content, const brief& b, const std::vector<offered_file>& offered) {
  const words& w = content.w;
  std::string out = page_head(content, b.title + " — " + std::string(w.pack_title), k_page_style);
  out += "<header>\n" + heading(1, content.lang, b.title) +
         fmt::format("<p class=\"subtitle\">{}</p>\n</header>\n", say(content, w.pack_title));
  out += "<p class=\"decision\">" + xml_escape(b.decision) + "</p>\n";
  auto links_for = [&](pack_reader reader) {
    std::string links;
    for (const offered_file& f : offered) {
      if (f.reader == reader) links += (links.empty() ? "" : " · ") + link(f.path, f.label);
    }
    return links;
  };
  // A card per reader: what its documents are, and a link to each.
  auto card = [&](pack_reader reader, std::string_view title, std::string_view about) {
    return "<section class=\"card\">\n" + heading(2, content.lang, title) + "<p>" + say(content, about) + "</p>\n<p>" +
           links_for(reader) + "</p>\n</section>\n";
  };
  out += card(pack_reader::funder, w.for_funder, w.brief_about);
  out += card(pack_reader::contractor, w.for_contractor, w.dossier_about);
  out += "<section class=\"files\">\n" + heading(2, content.lang, w.files);
  out += "<p>" + say(content, w.files_about) + "</p>\n<p>" + links_for(pack_reader::anyone) + "</p>\n</section>\n";
  out += "</main>\n</body>\n</html>\n";
  return out;
}

std::string dossier_page(const pack_content& content) {
  const std::string title =
      content.c.title.for_audience(audience::technical) + " — " + std::string(content.w.dossier_subtitle);
  std::string out = page_head(content, title, k_page_style);
  out += dossier_body(content, [](const drawn& d) {
    return fmt::format(
        "<figure>\n{}\n<figcaption>{} — <a href=\"../diagrams/{}.svg\">SVG</a> · "
        "<a href=\"../diagrams/{}.png\">PNG</a> · <a href=\"../diagrams/{}.pdf\">PDF</a></figcaption>\n</figure>\n",
        inline_svg(d.svg, d.name), xml_escape(d.title), d.name, d.name, d.name);
  });
  out += "</main>\n</body>\n</html>\n";
  return out;
}

std::string dossier_print_page(const pack_content& content, double content_width, double content_height) {
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<style>{}</style>\n</head>\n<body>\n",
      to_string(content.lang), k_print_style);
  out += dossier_body(content, [&](const drawn& d) {
    // As large as the page allows, keeping the picture's proportions (sizes in points).
    double width = d.width, height = d.height;
    const double room_height = content_height * 0.9;
    if (width > content_width) {
      height *= content_width / width;
      width = content_width;
    }
    if (height > room_height) {
      width *= room_height / height;
      height = room_height;
    }
    return fmt::format(
        "<p class=\"figure\"><img src=\"{}.svg\" style=\"width: {:.1f}pt; height: {:.1f}pt\"/><br/>"
        "<span class=\"caption\">{}</span></p>\n",
        d.name, width, height, xml_escape(d.title));
  });
  out += "</body>\n</html>\n";
  // litehtml 0.6 lays <thead> rows over what comes before the table: plain rows print right.
  for (std::string_view tag : {"<thead>", "</thead>", "<tbody>", "</tbody>"}) {
    for (std::size_t at = out.find(tag); at != std::string::npos; at = out.find(tag, at)) out.erase(at, tag.size());
  }
  return out;
}

}  // namespace passation::detail
