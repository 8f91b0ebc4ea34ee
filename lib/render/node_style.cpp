#include "node_style.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "label.hpp"
#include "style.hpp"

namespace passation::detail {

void set_attribute(void* object, const char* name, const std::string& value) {
  agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

void set_html_attribute(Agraph_t* g, void* object, const char* name, const std::string& html) {
  char* s = agstrdup_html(g, const_cast<char*>(html.c_str()));
  agsafeset(object, const_cast<char*>(name), s, const_cast<char*>(""));
  agstrfree(g, s);
}

std::string html_lines(std::string_view s, std::size_t width, std::size_t most_lines) {
  std::string out;
  for (const std::string& line : wrap(s, width, most_lines)) {
    if (!out.empty()) out += "<BR/>";
    out += escape_html(line);
  }
  return out;
}

namespace {

std::string font(double size, const char* colour, const std::string& body) {
  return fmt::format(R"(<FONT POINT-SIZE="{}" COLOR="{}">{}</FONT>)", size, colour, body);
}

void declare(Agraph_t* g, int kind, const char* name, const std::string& value) {
  agattr(g, kind, const_cast<char*>(name), const_cast<char*>(value.c_str()));
}

// The tag of a marked node: a short bold line in the mark's colour.
std::string tag_html(const diagram_node& n, std::size_t width, const style::type_sizes& type) {
  const style::mark_look* look = style::look_of(n.mark);
  return font(type.small, look ? look->colour : style::muted_ink, "<B>" + html_lines(n.tag, width, 2) + "</B>");
}

// A step, a milestone or a summary: a rounded table with the tag, the text, the details and the
// badge band.
std::string box_label(const diagram_node& n, double box_width, const style::type_sizes& type) {
  const bool summary = n.kind == diagram_node_kind::summary;
  const bool milestone = n.kind == diagram_node_kind::milestone;
  const style::tone_colours& tone = style::tone(summary ? no_tone : n.tone);
  const style::mark_look* look = style::look_of(n.mark);
  const int border = look ? look->border : milestone ? 2 : 1;
  const std::size_t width = summary ? style::summary_wrap : type.step_wrap;
  // The width includes the padding; the table adds its border on each side.
  const int cell_width = std::max(type.step_width, static_cast<int>(std::floor(box_width)) - 2 * border);
  std::string rows;
  if (!n.tag.empty()) {
    // Close to the top, as a heading, but as far from the sides as the text: a tag wider than the
    // text ("Only in: everything, keep-address") sets the box's width, and would touch its border.
    rows += fmt::format(
        R"(<TR><TD CELLPADDING="3"><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR><TD WIDTH="3"></TD><TD>{}</TD><TD WIDTH="3"></TD></TR></TABLE></TD></TR>)",
        tag_html(n, width + 8, type));
  }
  std::string body = html_lines(n.label, width, style::label_lines);
  if (milestone || summary) body = "<B>" + body + "</B>";
  rows += fmt::format(R"(<TR><TD WIDTH="{}" CELLPADDING="6">{}</TD></TR>)", cell_width,
                      font(type.text, n.mark == diagram_mark::dropped ? style::muted_ink : style::ink, body));
  for (const std::string& detail : n.details) {
    rows += fmt::format(R"(<TR><TD CELLPADDING="2"{}>{}</TD></TR>)", summary ? R"( ALIGN="LEFT" BALIGN="LEFT")" : "",
                        font(type.small, style::muted_ink, html_lines(detail, width + 8, style::label_lines)));
  }
  if (!n.badge.empty()) {
    // A pill inside the box: a band across the bottom would show its square corners outside the
    // box's rounded ones.
    rows += fmt::format(
        R"(<TR><TD CELLPADDING="4"><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2" STYLE="rounded" BGCOLOR="{}"><TR><TD>{}</TD></TR></TABLE></TD></TR>)",
        tone.band, font(type.small, style::ink, html_lines(n.badge, width + 8, style::label_lines)));
  }
  return fmt::format(
      R"(<TABLE BORDER="{}" CELLBORDER="0" CELLSPACING="0" STYLE="rounded{}" COLOR="{}" BGCOLOR="{}">{}</TABLE>)",
      border, look && look->dashed ? ",dashed" : "", look ? look->colour : tone.border,
      n.mark == diagram_mark::dropped ? style::dropped_fill : tone.fill, rows);
}

// A shape drawn by Graphviz (a decision, a start, an end) in the colours of its mark.
void mark_shape(Agnode_t* node, const diagram_node& n, const char* shape_style) {
  const style::mark_look* look = style::look_of(n.mark);
  if (!look) return;
  set_attribute(node, "color", look->colour);
  set_attribute(node, "penwidth", fmt::format("{}", look->border));
  set_attribute(node, "style", fmt::format("{}{}", shape_style, look->dashed ? ",dashed" : ""));
  if (n.mark == diagram_mark::dropped) set_attribute(node, "fillcolor", style::dropped_fill);
}

// Words without a box, one line each, aligned on the side the node is pinned by: the label (in its
// mark's colour, bold, when marked), then the details, smaller.
std::string text_label(const diagram_node& n, const style::type_sizes& type) {
  const char* align = n.pin.anchor == diagram_anchor::right  ? "RIGHT"
                      : n.pin.anchor == diagram_anchor::left ? "LEFT"
                                                             : "CENTER";
  const std::string line_end = fmt::format(R"(<BR ALIGN="{}"/>)", align);
  std::string html;
  if (!n.label.empty()) {
    const style::mark_look* look = style::look_of(n.mark);
    const std::string words = escape_html(shorten(n.label, style::text_characters));
    html += font(type.text, look ? look->colour : style::ink, look ? "<B>" + words + "</B>" : words) + line_end;
  }
  for (const std::string& detail : n.details) {
    html += font(type.small, style::muted_ink, escape_html(shorten(detail, style::line_characters))) + line_end;
  }
  return html;
}

// The colours of a bar, a marker or a rule: a bar or a marker in its tone, a rule in the grid's
// colour; the border (a rule: all of it) in the mark's colour when marked.
struct swatch {
  const char* fill;
  const char* border;
  int border_width;
};
swatch swatch_of(const diagram_node& n) {
  const style::mark_look* look = style::look_of(n.mark);
  if (n.kind == diagram_node_kind::rule) {
    const char* colour = look ? look->colour : style::grid_colour;
    return {colour, colour, 1};
  }
  const style::tone_colours& tone = style::tone(n.tone);
  return {tone.fill, look ? look->colour : tone.border, look ? look->border : 1};
}

// A bar, a marker or a rule at its pin's size; without a size (a legend's sample), a swatch
// followed by its label.
void style_swatch(Agraph_t* g, Agnode_t* node, const diagram_node& n, const style::type_sizes& type) {
  const swatch colours = swatch_of(n);
  if (n.pin.width > 0 && n.pin.height > 0) {
    set_attribute(node, "shape", n.kind == diagram_node_kind::marker ? "diamond" : "box");
    set_attribute(node, "style", "filled");
    set_attribute(node, "fixedsize", "true");
    set_attribute(node, "label", "");
    constexpr double points_per_inch = 72.0;  // Graphviz sizes nodes in inches
    set_attribute(node, "width", fmt::format("{:.4f}", std::max(n.pin.width, 0.5) / points_per_inch));
    set_attribute(node, "height", fmt::format("{:.4f}", std::max(n.pin.height, 0.5) / points_per_inch));
    set_attribute(node, "fillcolor", colours.fill);
    set_attribute(node, "color", colours.border);
    set_attribute(node, "penwidth", fmt::format("{}", colours.border_width));
    return;
  }
  // A diamond cannot be a table's cell: a marker's sample is the glyph, in the border's colour.
  const std::string sample =
      n.kind == diagram_node_kind::marker
          ? fmt::format(R"(<TD>{}</TD>)", font(type.text, colours.border, "◆"))
          : fmt::format(R"(<TD WIDTH="18" HEIGHT="10" FIXEDSIZE="TRUE" BGCOLOR="{}" COLOR="{}" BORDER="{}"></TD>)",
                        colours.fill, colours.border, colours.border_width);
  set_attribute(node, "shape", "plain");
  set_html_attribute(
      g, node, "label",
      fmt::format(R"(<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2"><TR>{}<TD ALIGN="LEFT">{}</TD></TR></TABLE>)",
                  sample, font(type.small, style::ink, escape_html(shorten(n.label, style::line_characters)))));
}

}  // namespace

void declare_defaults(Agraph_t* g, const render_options& options, const style::type_sizes& type) {
  declare(g, AGRAPH, "fontname", options.font);
  declare(g, AGRAPH, "bgcolor", "white");
  declare(g, AGRAPH, "pad", "0.25");
  declare(g, AGRAPH, "labelloc", "t");
  declare(g, AGNODE, "fontname", options.font);
  declare(g, AGNODE, "fontsize", fmt::format("{}", type.text));
  declare(g, AGNODE, "fontcolor", style::ink);
  declare(g, AGNODE, "penwidth", "1.2");
  declare(g, AGEDGE, "fontname", options.font);
  declare(g, AGEDGE, "fontsize", fmt::format("{}", type.small));
  declare(g, AGEDGE, "fontcolor", style::muted_ink);
  declare(g, AGEDGE, "color", style::edge_colour);
  declare(g, AGEDGE, "arrowsize", "0.7");
  declare(g, AGEDGE, "penwidth", "1.1");
  if (info(options.format).raster) declare(g, AGRAPH, "dpi", fmt::format("{}", options.dpi));
}

void set_title(Agraph_t* g, const diagram& d) {
  if (d.title.empty() && d.subtitle.empty()) return;
  const style::type_sizes& type = style::type_of(d);
  std::string title = font(type.title, style::ink, "<B>" + html_lines(d.title, 90, 2) + "</B>");
  if (!d.subtitle.empty()) {
    title += "<BR/>" + font(type.subtitle, style::muted_ink, html_lines(d.subtitle, 110, 2));
  }
  set_html_attribute(g, g, "label", title);
}

void style_node(Agraph_t* g, Agnode_t* node, const diagram_node& n, double box_width, const style::type_sizes& type) {
  const std::string tag = n.tag.empty() ? std::string() : tag_html(n, type.decision_wrap, type) + "<BR/>";
  switch (n.kind) {
    case diagram_node_kind::start:
    case diagram_node_kind::end:
      set_attribute(node, "shape", "box");
      set_attribute(node, "style", "rounded,filled");
      set_attribute(node, "fillcolor", style::terminal_fill);
      set_attribute(node, "color", style::terminal_fill);
      set_attribute(node, "height", "0.36");
      set_attribute(node, "margin", "0.16,0.05");
      set_html_attribute(
          g, node, "label",
          font(type.text, "#FFFFFF", "<B>" + html_lines(n.label, type.step_wrap, style::label_lines) + "</B>"));
      mark_shape(node, n, "rounded,filled");
      break;
    case diagram_node_kind::decision:
      set_attribute(node, "shape", "diamond");
      set_attribute(node, "style", "filled");
      set_attribute(node, "fillcolor", style::decision_fill);
      set_attribute(node, "color", style::decision_border);
      set_attribute(node, "margin", "0.08,0.03");
      {
        std::string label =
            tag + font(type.text, style::ink, html_lines(n.label, type.decision_wrap, style::label_lines));
        for (const std::string& detail : n.details) {
          label += "<BR/>" +
                   font(type.small, style::muted_ink, html_lines(detail, type.decision_wrap + 6, style::label_lines));
        }
        set_html_attribute(g, node, "label", label);
      }
      mark_shape(node, n, "filled");
      break;
    case diagram_node_kind::step:
    case diagram_node_kind::milestone:
    case diagram_node_kind::summary:
      set_attribute(node, "shape", "plain");
      set_html_attribute(g, node, "label", box_label(n, box_width, type));
      break;
    case diagram_node_kind::text:
      set_attribute(node, "shape", "plain");
      set_html_attribute(g, node, "label", text_label(n, type));
      break;
    case diagram_node_kind::bar:
    case diagram_node_kind::marker:
    case diagram_node_kind::rule: style_swatch(g, node, n, type); break;
  }
}

void style_edge(Agedge_t* edge, const diagram_edge& e) {
  const style::mark_look* look = style::look_of(e.mark);
  if (!look) return;
  set_attribute(edge, "color", look->colour);
  set_attribute(edge, "fontcolor", look->colour);
  set_attribute(edge, "penwidth", fmt::format("{}", look->border == 3 ? 2.2 : 1.4));
  if (look->dashed) set_attribute(edge, "style", "dashed");
}

void style_lane_head(Agraph_t* g, Agnode_t* node, const diagram_lane& lane, bool across,
                     const style::type_sizes& type) {
  set_attribute(node, "shape", "box");
  set_attribute(node, "style", "filled");
  set_attribute(node, "fillcolor", style::lane_head_fill);
  set_attribute(node, "color", style::lane_head_fill);
  set_attribute(node, "height", "0.5");
  // Across, the header sits at the band's left: narrow lines keep the band's flow wide.
  const std::size_t wrap = across ? 16 : 30;
  std::string title = font(type.lane_title, style::ink, "<B>" + html_lines(lane.title, wrap, 3) + "</B>");
  if (!lane.subtitle.empty()) {
    title += "<BR/>" + font(type.small, style::muted_ink, html_lines(lane.subtitle, wrap + 4, 3));
  }
  set_html_attribute(g, node, "label", title);
}

diagram_node legend_sample(const legend_entry& entry) {
  diagram_node sample;
  sample.kind = entry.kind;
  sample.tone = entry.tone;
  sample.label = entry.label;
  sample.badge = entry.badge;
  sample.mark = entry.mark;
  sample.tag = entry.tag;
  return sample;
}

std::string legend_title_html(const std::string& title, const style::type_sizes& type) {
  return font(type.small + 1, style::muted_ink, "<B>" + escape_html(shorten(title, style::line_characters)) + "</B>");
}

}  // namespace passation::detail
