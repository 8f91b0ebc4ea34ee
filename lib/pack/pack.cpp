// Builds every file of the meeting pack, and writes them.

#include <algorithm>
#include <charconv>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "brief_parts.hpp"
#include "content.hpp"
#include "diagram/flowchart_parts.hpp"
#include "print/print.hpp"
#include "passation/brief.hpp"
#include "render/drawing_cache_access.hpp"
#include "render/svg_size.hpp"
#include "passation/batch.hpp"
#include "passation/error.hpp"
#include "passation/explore.hpp"
#include "passation/flowchart.hpp"
#include "passation/gantt.hpp"
#include "passation/output.hpp"
#include "passation/limits.hpp"
#include "passation/pack.hpp"
#include "passation/process.hpp"
#include "passation/raci.hpp"
#include "passation/render.hpp"

namespace passation {

namespace detail {

void read_svg_size(const std::string& svg, double& width, double& height) {
  auto attribute = [&](std::string_view name) {
    const std::size_t root = svg.find("<svg");
    const std::size_t at = svg.find(std::string(" ") + std::string(name) + "=\"", root);
    if (root == std::string::npos || at == std::string::npos) return 0.0;
    const char* first = svg.data() + at + name.size() + 3;
    double value = 0;
    std::from_chars(first, svg.data() + svg.size(), value);
    return value;
  };
  width = attribute("width");
  height = attribute("height");
}

}  // namespace detail

namespace {

using detail::drawn;

class pack_builder {
 public:
  pack_builder(const handover_case& c, const pack_options& options)
      : c_(c), options_(options), lang_(options.lang.value_or(c.lang)), w_(detail::words_for(lang_)) {}

  pack build() {
    detail::pack_content content{c_, lang_, w_, {}, {}, {}, {}, {}, {}, {}};
    const report_options for_contractor{.reader = audience::technical, .lang = lang_};
    std::vector<process_graph> processes;
    std::vector<schedule> plans;
    for (const scenario& s : c_.scenarios) {
      processes.push_back(build_process(c_, s));
      plans.push_back(make_schedule(processes.back(), start_of(c_)));
    }
    // Every picture of the pack first, drawn at once on every core (render_batch), each laid out
    // once for its four formats; then the files, in the pack's order.
    draw_pictures(processes, plans);

    content.tree = diagram_files("decision-tree", w_.tree_title);
    content.overview_plain = diagram_files("overview-plain", w_.overview);
    content.overview_technical = diagram_files("overview-technical", w_.overview);

    for (const table_kind& k : table_kinds()) {
      content.tables.push_back(table_files(std::string(k.name), k.build(c_, {.reader = k.reader, .lang = lang_})));
    }
    content.explored = table_files("explore", explored(for_contractor));

    for (std::size_t i = 0; i < c_.scenarios.size(); ++i) {
      content.scenarios.push_back(scenario_files(c_.scenarios[i], processes[i], plans[i]));
    }
    for (detail::scenario_part& part : content.scenarios) part.slides = slide_files(*part.s);
    for (const text& t : c_.constraints) content.constraints.push_back(t.for_audience(audience::technical));

    // The funder's brief (a page, the same page printed, slides) and the contractor's dossier (a
    // page, and printed), then a landing page that links both.
    const brief b = make_brief(c_, {.lang = lang_});
    funder_files(content, b);
    contractor_files(content);

    // The landing page first, then every file, then the manifest of everything.
    if (!options_.quick) offered_.push_back({detail::pack_reader::anyone, "manifest.json", "manifest.json"});
    offered_.push_back({detail::pack_reader::anyone, "diagrams/", "diagrams/"});
    offered_.push_back({detail::pack_reader::anyone, "tables/", "tables/"});
    std::vector<pack_file> files;
    files.push_back({"index.html", detail::landing_page(content, b, offered_), "page", std::string(w_.pack_title)});
    for (pack_file& f : files_) files.push_back(std::move(f));
    if (!options_.quick) files.push_back({"manifest.json", manifest(files), "manifest", "manifest"});
    return {std::move(files), std::move(messages_)};
  }

 private:
  // The pictures of the pack, each named by its files' name, drawn at once.
  void draw_pictures(const std::vector<process_graph>& processes, const std::vector<schedule>& plans) {
    const flowchart_options plain{.reader = audience::plain, .lang = lang_};
    const flowchart_options technical{.reader = audience::technical, .lang = lang_};
    std::vector<std::pair<std::string, diagram>> pictures;
    pictures.emplace_back("decision-tree", make_decision_tree(c_, {.reader = audience::plain, .lang = lang_}));
    pictures.emplace_back("overview-plain", make_overview(c_, plain));
    pictures.emplace_back("overview-technical", make_overview(c_, technical));
    // The scenarios' flowcharts on one grid: a step they share is at the same place in each.
    std::vector<diagram> aligned_plain = make_aligned_flowcharts(processes, plain);
    std::vector<diagram> aligned_technical = make_aligned_flowcharts(processes, technical);
    for (std::size_t i = 0; i < processes.size(); ++i) {
      const std::string& id = c_.scenarios[i].id;
      pictures.emplace_back(fmt::format("scenario-{}-plain", id), std::move(aligned_plain[i]));
      pictures.emplace_back(fmt::format("scenario-{}-technical", id), std::move(aligned_technical[i]));
      pictures.emplace_back(fmt::format("timeline-{}", id), make_gantt(processes[i], plans[i], technical));
    }
    // The funder's slides show each flowchart in parts, left to right, in type read from afar.
    for (std::size_t i = 0; i < processes.size(); ++i) {
      std::vector<diagram> parts = slide_parts(processes[i], plain);
      slide_counts_[c_.scenarios[i].id] = parts.size();
      for (std::size_t k = 0; k < parts.size(); ++k) {
        pictures.emplace_back(fmt::format("slide-{}-{}", c_.scenarios[i].id, k + 1), std::move(parts[k]));
      }
    }
    std::vector<std::vector<rendering>> drawn = draw_all(pictures);
    for (std::size_t i = 0; i < pictures.size(); ++i) drawn_[pictures[i].first] = std::move(drawn[i]);
  }

  // A scenario's flowcharts, timeline and tables.
  detail::scenario_part scenario_files(const scenario& s, const process_graph& process, const schedule& plan) {
    const flowchart_options plain{.reader = audience::plain, .lang = lang_};
    const flowchart_options technical{.reader = audience::technical, .lang = lang_};
    const report_options for_contractor{.reader = audience::technical, .lang = lang_};
    detail::scenario_part part;
    part.s = &s;
    part.plain = diagram_files(fmt::format("scenario-{}-plain", s.id), scenario_label(s, audience::plain));
    part.technical = diagram_files(fmt::format("scenario-{}-technical", s.id), scenario_label(s, audience::technical));
    part.assessed = assess(c_, split_of(c_, s));
    part.plan = plan;
    part.plan_plain = describe_schedule(process, part.plan, plain);
    part.plan_technical = describe_schedule(process, part.plan, technical);
    part.gantt = diagram_files(fmt::format("timeline-{}", s.id), w_.title_timeline);
    part.prerequisites =
        table_files(fmt::format("prerequisites-{}", s.id),
                    prerequisites_report(c_, {.reader = audience::technical, .lang = lang_, .scenarios = {s.id}}));
    part.raci = table_files(fmt::format("raci-{}", s.id), raci_report(process, for_contractor));
    part.timeline = table_files(fmt::format("timeline-{}", s.id), timeline_report(process, part.plan, for_contractor));
    return part;
  }

  std::string scenario_label(const scenario& s, audience reader) const {
    return fmt::format(fmt::runtime(w_.scenario), s.id, s.title.for_audience(reader));
  }

  // The parts of a scenario's flowchart, for the funder's slides.
  std::vector<drawn> slide_files(const scenario& s) {
    const std::string label = scenario_label(s, audience::plain);
    const std::size_t count = slide_counts_.at(s.id);
    std::vector<drawn> slides;
    for (std::size_t k = 0; k < count; ++k) {
      slides.push_back(diagram_files(fmt::format("slide-{}-{}", s.id, k + 1),
                                     fmt::format(fmt::runtime(w_.part_of), label, k + 1, count)));
    }
    return slides;
  }

  // The funder's brief (a page, the same page printed, a Word document) and slides.
  void funder_files(const detail::pack_content& content, const brief& b) {
    const detail::brief_words words(w_, detail::keeper_name(c_, audience::plain, w_), lang_);
    const std::string brief_html = detail::brief_page(b, words, lang_);
    const std::string footer = b.title + " — " + b.subtitle;
    using detail::pack_reader;
    offer(pack_reader::funder, std::string(w_.read_page), {"funder/brief.html", brief_html, "brief", b.subtitle});
    if (!options_.quick) {
      offer(pack_reader::funder, "PDF",
            {"funder/brief.pdf", detail::print_to_pdf(brief_html, {.title = footer, .footer = footer}).pdf, "brief",
             b.subtitle});
      offer(pack_reader::funder, std::string(w_.editable),
            {"funder/brief.docx", detail::brief_docx(b, words, lang_), "brief", b.subtitle});
    }
    const detail::deck_plan slides = detail::funder_slides(content, b);
    if (!options_.quick) {
      offer(pack_reader::funder, "PowerPoint",
            {"funder/slides.pptx", detail::pptx_deck(slides, lang_), "slides", "PowerPoint"});
    }
    offer(pack_reader::funder, "Marp", {"funder/slides.marp.md", detail::marp_deck(slides), "slides", "Marp"});
  }

  // A document for one of the readers: a file of the pack, and a link on the landing page.
  void offer(detail::pack_reader reader, std::string label, pack_file file) {
    offered_.push_back({reader, file.path, std::move(label)});
    files_.push_back(std::move(file));
  }

  // The contractor's dossier: a page, and the same printed with its flowcharts and timelines.
  void contractor_files(const detail::pack_content& content) {
    const std::string dossier_title =
        c_.title.for_audience(audience::technical) + " — " + std::string(w_.dossier_subtitle);
    offer(detail::pack_reader::contractor, std::string(w_.read_page),
          {"contractor/dossier.html", detail::dossier_page(content), "dossier", std::string(w_.dossier_subtitle)});
    if (!options_.quick) {
      detail::print_options print{.title = dossier_title, .footer = dossier_title};
      auto add_picture = [&](const detail::drawn& d) { print.images[d.name + ".svg"] = {d.svg, true}; };
      add_picture(content.overview_technical);
      for (const detail::scenario_part& part : content.scenarios) {
        add_picture(part.technical);
        add_picture(part.gantt);
      }
      const double width = print.page_width - 2 * print.margin, height = print.page_height - 2 * print.margin - 40;
      offer(detail::pack_reader::contractor, "PDF",
            {"contractor/dossier.pdf",
             detail::print_to_pdf(detail::dossier_print_page(content, width, height), print).pdf, "dossier",
             std::string(w_.dossier_subtitle)});
    }
  }

  // Every split, ranked; or, for a case too large to explore (more than 64 components, or 2^30
  // splits), a section that says why: the rest of the pack is still worth having.
  report explored(const report_options& options) {
    try {
      return explore_report(c_, explore(c_, {.limit = 100, .progress = options_.exploring}), options);
    } catch (const error& e) {
      report r;
      r.kind = "explore";
      r.title = std::string(w_.title_explore);
      r.sections.push_back({.paragraphs = {fmt::format(fmt::runtime(w_.explore_skipped), e.what())}});
      return r;
    }
  }

  // SVG, PNG for screens, PNG for print, PDF: the order diagram_files reads them in.
  // A quick pack draws the SVG only.
  std::vector<render_options> outputs() const {
    if (options_.quick) return {render_options{.format = output_format::svg}};
    // A drawing too long for its PNG at the asked resolution gets the largest it can have (and
    // its warning), rather than leaving the whole pack undone.
    return {render_options{.format = output_format::svg},
            render_options{.format = output_format::png, .dpi = options_.screen_dpi, .dpi_at_most = true},
            render_options{.format = output_format::png, .dpi = options_.print_dpi, .dpi_at_most = true},
            render_options{.format = output_format::pdf}};
  }

  // The parts of a flowchart for the slides: each fits the slides' picture box at its own size or
  // larger, so that no text is under 12 pt (diagram::large_type). From the whole flowchart, a
  // part that does not fit is cut in two, until every part fits (or is one step). Each try is
  // only laid out and measured (SVG).
  static std::vector<diagram> slide_parts(const process_graph& process, const flowchart_options& options) {
    const std::size_t steps = boost::num_vertices(process.graph);
    std::vector<std::size_t> starts{0};
    for (;;) {
      std::vector<diagram> parts = make_flowchart_parts(process, options, starts);
      std::vector<std::size_t> cut;
      for (std::size_t k = 0; k < parts.size(); ++k) {
        double width = 0, height = 0;
        detail::read_svg_size(render(parts[k], {.format = output_format::svg}).bytes, width, height);
        const std::size_t end = k + 1 < starts.size() ? starts[k + 1] : steps;
        const bool fits = width <= detail::slide_picture_width && height <= detail::slide_picture_height;
        cut.push_back(starts[k]);
        if (!fits && end - starts[k] > 1) cut.push_back(starts[k] + (end - starts[k]) / 2);
      }
      if (cut.size() == starts.size()) return parts;
      starts = std::move(cut);
    }
  }

  // Every picture in every output, at once on every core; with a cache (watch mode), only those
  // that changed since the last build are drawn.
  std::vector<std::vector<rendering>> draw_all(const std::vector<std::pair<std::string, diagram>>& pictures) const {
    const batch_options batch{.progress = options_.progress};
    const auto all = outputs();
    if (!options_.cache) {
      return render_batch(
          pictures.size(), [&](std::size_t i) { return render(pictures[i].second, all); }, batch);
    }
    std::vector<std::string> keys;
    for (const auto& [name, d] : pictures) keys.push_back(detail::drawing_key(d, all));
    return detail::draw_with_cache(*options_.cache, keys, [&](const std::vector<std::size_t>& missing) {
      return render_batch(
          missing.size(), [&](std::size_t m) { return render(pictures[missing[m]].second, all); }, batch);
    });
  }

  // A picture's files, from its drawings (taken: each is written once).
  drawn diagram_files(const std::string& name, std::string_view title) {
    std::vector<rendering> formats = std::move(drawn_.at(name));
    // What drawing said, once per diagram: a layout's warnings come with each of its formats.
    std::vector<std::string> said;
    for (const rendering& r : formats) {
      for (const diagnostic& m : r.messages) {
        if (std::find(said.begin(), said.end(), m.message) != said.end()) continue;
        said.push_back(m.message);
        messages_.push_back({m.level, "", {}, fmt::format("diagram {}: {}", name, m.message)});
      }
    }
    drawn d;
    d.name = name;
    d.title = std::string(title);
    d.svg = formats.at(0).bytes;
    detail::read_svg_size(d.svg, d.width, d.height);
    const std::string what = d.title;
    // The SVG files declare a size that fits a 16:9 slide (960 × 540 points): pasted in a deck,
    // they fit. The page and the decks use the drawing at its own size.
    detail::fit_svg(formats[0].bytes, 960, 540);
    files_.push_back({"diagrams/" + name + ".svg", std::move(formats[0].bytes), "diagram", what});
    if (options_.quick) return d;
    d.png = formats.at(1).bytes;
    files_.push_back({"diagrams/" + name + ".png", std::move(formats[1].bytes), "diagram", what});
    files_.push_back({"diagrams/" + name + "@print.png", std::move(formats[2].bytes), "diagram", what});
    files_.push_back({"diagrams/" + name + ".pdf", std::move(formats[3].bytes), "diagram", what});
    return d;
  }

  report table_files(const std::string& name, report r) {
    const char separator = lang_ == language::fr ? ';' : ',';
    for (report_format f : {report_format::markdown, report_format::csv, report_format::html}) {
      files_.push_back({"tables/" + name + std::string(file_extension(f)),
                        write_report(r, {.format = f, .csv_separator = separator, .lang = lang_}), "table", r.title});
    }
    return r;
  }

  std::string manifest(const std::vector<pack_file>& files) const {
    nlohmann::ordered_json out;
    out["format"] = "passation-pack/1";
    out["case"] = c_.id;
    out["title"] = c_.title.for_audience(audience::plain);
    out["language"] = std::string(to_string(lang_));
    out["files"] = nlohmann::ordered_json::array();
    for (const pack_file& f : files) {
      out["files"].push_back(
          {{"path", f.path}, {"kind", f.kind}, {"bytes", f.bytes.size()}, {"description", f.description}});
    }
    return out.dump(2) + "\n";
  }

  const handover_case& c_;
  pack_options options_;
  language lang_;
  const detail::words& w_;
  std::vector<pack_file> files_;
  std::vector<detail::offered_file> offered_;  // the documents the landing page links, in order
  std::vector<diagnostic> messages_;
  std::map<std::string, std::vector<rendering>> drawn_;  // every picture's drawings, by name
  std::map<std::string, std::size_t> slide_counts_;      // by scenario id
};

}  // namespace

pack make_pack(const handover_case& c, const pack_options& options) {
  // Refused up front rather than after minutes: see limits::pack_drawings.
  const std::size_t drawings = c.scenarios.size() * (c.process.size() + 300);
  if (drawings > limits::pack_drawings) {
    throw error(fmt::format(
        "the case has {} scenarios and a process of {} nodes: the drawings of a meeting pack "
        "grow as scenarios x (nodes + 300), here {} x ({} + 300) = {}, and a pack draws at most {} "
        "within 2 minutes and 2 GB; keep the scenarios the funder chooses from (passation render "
        "draws any of them), or shorten the process",
        c.scenarios.size(), c.process.size(), c.scenarios.size(), c.process.size(), drawings, limits::pack_drawings));
  }
  return pack_builder(c, options).build();
}

}  // namespace passation
