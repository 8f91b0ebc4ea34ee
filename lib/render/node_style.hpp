#pragma once
// How each kind of node, lane header and legend sample is drawn: its shape and its HTML-like
// label, built only from escaped text.

#include <string>

#include "graphviz.hpp"
#include "passation/diagram.hpp"
#include "passation/render.hpp"
#include "style.hpp"

namespace passation::detail {

/// Sets an attribute to plain text (cgraph copies it).
void set_attribute(void* object, const char* name, const std::string& value);
/// Sets an attribute to an HTML-like label.
void set_html_attribute(Agraph_t* g, void* object, const char* name, const std::string& html);

/// Declares the attributes every passation graph has, in a fixed order (DOT output lists them so).
void declare_defaults(Agraph_t* g, const render_options& options, const style::type_sizes& type = style::page_type);

/// The diagram's title and subtitle, as the graph's label.
void set_title(Agraph_t* g, const diagram& d);

/// Shape, colours and label of a node of the diagram; a box is drawn `box_width` points wide when
/// that is more than its natural width (one width for every box of a lane).
void style_node(Agraph_t* g, Agnode_t* node, const diagram_node& n, double box_width = 0,
                const style::type_sizes& type = style::page_type);

/// Shape, colour and style of an edge of the diagram (its mark; its label is set with the edge).
void style_edge(Agedge_t* edge, const diagram_edge& e);

/// Shape and label of a lane's header; `across`: the header of a horizontal band, at its left,
/// wrapped narrower.
void style_lane_head(Agraph_t* g, Agnode_t* node, const diagram_lane& lane, bool across = false,
                     const style::type_sizes& type = style::page_type);

/// A legend sample: a node drawn as in the diagram.
diagram_node legend_sample(const legend_entry& entry);

/// Escaped, wrapped lines joined by <BR/>; at most `most_lines` of them.
std::string html_lines(std::string_view s, std::size_t width, std::size_t most_lines);

/// The legend's title, as an HTML-like label.
std::string legend_title_html(const std::string& title, const style::type_sizes& type = style::page_type);

}  // namespace passation::detail
