#include "wire.hpp"

#include <nlohmann/json.hpp>

#include "passation/error.hpp"

namespace passation::detail {

namespace {

using json = nlohmann::json;

json options_json(const render_options& o) {
  return {{"format", to_string(o.format)},       {"dpi", o.dpi},
          {"dpi_at_most", o.dpi_at_most},        {"fit_width", o.fit_width},
          {"fit_height", o.fit_height},          {"font", o.font},
          {"budget", static_cast<int>(o.budget)}};
}

render_options options_of(const json& j) {
  render_options o;
  o.format = parse_output_format(j.at("format").get<std::string>()).value_or(output_format::svg);
  o.dpi = j.at("dpi").get<double>();
  o.dpi_at_most = j.at("dpi_at_most").get<bool>();
  o.fit_width = j.at("fit_width").get<double>();
  o.fit_height = j.at("fit_height").get<double>();
  o.font = j.at("font").get<std::string>();
  o.budget = static_cast<layout_budget>(j.at("budget").get<int>());
  return o;
}

// Binary-safe: user text may hold anything, so strings travel as JSON strings of valid UTF-8
// only after the renderer's own cleaning; here they are passed as byte arrays to be exact.
json bytes(const std::string& s) { return json::binary(std::vector<std::uint8_t>(s.begin(), s.end())); }
std::string text_of(const json& j) {
  const auto& b = j.get_binary();
  return std::string(b.begin(), b.end());
}

}  // namespace

std::string encode_request(const diagram& d, const render_options& options) {
  json nodes = json::array(), edges = json::array(), lanes = json::array(), legend = json::array();
  for (const diagram_node& n : d.nodes) {
    json details = json::array();
    for (const std::string& s : n.details) details.push_back(bytes(s));
    nodes.push_back({{"key", bytes(n.key)},
                     {"kind", static_cast<int>(n.kind)},
                     {"label", bytes(n.label)},
                     {"details", details},
                     {"badge", bytes(n.badge)},
                     {"lane", n.lane},
                     {"tone", n.tone},
                     {"mark", static_cast<int>(n.mark)},
                     {"tag", bytes(n.tag)},
                     {"ghost", n.ghost},
                     {"drawn_in", n.drawn_in}});
  }
  for (const diagram_edge& e : d.edges) {
    edges.push_back({{"from", e.from},
                     {"to", e.to},
                     {"label", bytes(e.label)},
                     {"loop", e.closes_loop},
                     {"mark", static_cast<int>(e.mark)},
                     {"ghost", e.ghost}});
  }
  for (const diagram_lane& l : d.lanes) lanes.push_back({{"title", bytes(l.title)}, {"subtitle", bytes(l.subtitle)}});
  for (const legend_entry& l : d.legend) {
    legend.push_back({{"kind", static_cast<int>(l.kind)},
                      {"tone", l.tone},
                      {"label", bytes(l.label)},
                      {"badge", bytes(l.badge)},
                      {"mark", static_cast<int>(l.mark)},
                      {"tag", bytes(l.tag)}});
  }
  const json request{{"what", "diagram"},
                     {"options", options_json(options)},
                     {"title", bytes(d.title)},
                     {"subtitle", bytes(d.subtitle)},
                     {"lanes", lanes},
                     {"nodes", nodes},
                     {"edges", edges},
                     {"legend_title", bytes(d.legend_title)},
                     {"legend", legend},
                     {"direction", static_cast<int>(d.direction)},
                     {"large_type", d.large_type}};
  const auto packed = json::to_cbor(request);
  return std::string(packed.begin(), packed.end());
}

std::string encode_request(const gantt_chart& g, const render_options& options) {
  json rows = json::array(), ticks = json::array(), notes = json::array();
  for (const gantt_row& r : g.rows) {
    rows.push_back({{"label", bytes(r.label)},
                    {"who", bytes(r.who)},
                    {"start", r.start},
                    {"finish", r.finish},
                    {"milestone", r.milestone},
                    {"critical", r.critical},
                    {"tone", r.tone}});
  }
  for (const gantt_mark& t : g.ticks) ticks.push_back({{"at", t.at}, {"label", bytes(t.label)}});
  for (const std::string& n : g.notes) notes.push_back(bytes(n));
  json request{{"what", "gantt"},
               {"options", options_json(options)},
               {"title", bytes(g.title)},
               {"subtitle", bytes(g.subtitle)},
               {"rows", rows},
               {"ticks", ticks},
               {"notes", notes},
               {"missed", g.deadline_missed},
               {"critical", bytes(g.critical_label)},
               {"step", bytes(g.step_label)},
               {"milestone", bytes(g.milestone_label)},
               {"deadline_word", bytes(g.deadline_label)}};
  json deadlines = json::array();
  for (const gantt_deadline& d : g.deadlines)
    deadlines.push_back({{"at", d.at}, {"label", bytes(d.label)}, {"missed", d.missed}});
  request["deadlines"] = deadlines;
  const auto packed = json::to_cbor(request);
  return std::string(packed.begin(), packed.end());
}

std::string answer_request(const std::string& request) {
  try {
    const json j = json::from_cbor(request);
    const render_options options = options_of(j.at("options"));
    rendering out;
    if (j.at("what") == "diagram") {
      diagram d;
      d.title = text_of(j.at("title"));
      d.subtitle = text_of(j.at("subtitle"));
      d.legend_title = text_of(j.at("legend_title"));
      d.direction = static_cast<diagram_direction>(j.at("direction").get<int>());
      d.large_type = j.at("large_type").get<bool>();
      for (const json& l : j.at("lanes")) d.lanes.push_back({text_of(l.at("title")), text_of(l.at("subtitle"))});
      for (const json& n : j.at("nodes")) {
        diagram_node node;
        node.key = text_of(n.at("key"));
        node.kind = static_cast<diagram_node_kind>(n.at("kind").get<int>());
        node.label = text_of(n.at("label"));
        for (const json& s : n.at("details")) node.details.push_back(text_of(s));
        node.badge = text_of(n.at("badge"));
        node.lane = n.at("lane").get<std::size_t>();
        node.tone = n.at("tone").get<std::size_t>();
        node.mark = static_cast<diagram_mark>(n.at("mark").get<int>());
        node.tag = text_of(n.at("tag"));
        node.ghost = n.at("ghost").get<bool>();
        node.drawn_in = n.at("drawn_in").get<std::vector<std::size_t>>();
        d.nodes.push_back(std::move(node));
      }
      for (const json& e : j.at("edges")) {
        d.edges.push_back({e.at("from").get<std::size_t>(), e.at("to").get<std::size_t>(), text_of(e.at("label")),
                           e.at("loop").get<bool>(), static_cast<diagram_mark>(e.at("mark").get<int>()),
                           e.at("ghost").get<bool>()});
      }
      for (const json& l : j.at("legend")) {
        d.legend.push_back({static_cast<diagram_node_kind>(l.at("kind").get<int>()), l.at("tone").get<std::size_t>(),
                            text_of(l.at("label")), text_of(l.at("badge")),
                            static_cast<diagram_mark>(l.at("mark").get<int>()), text_of(l.at("tag"))});
      }
      out = render(d, options);
    } else {
      gantt_chart g;
      g.title = text_of(j.at("title"));
      g.subtitle = text_of(j.at("subtitle"));
      for (const json& r : j.at("rows")) {
        g.rows.push_back({text_of(r.at("label")), text_of(r.at("who")), r.at("start").get<double>(),
                          r.at("finish").get<double>(), r.at("milestone").get<bool>(), r.at("critical").get<bool>(),
                          r.at("tone").get<std::size_t>()});
      }
      for (const json& t : j.at("ticks")) g.ticks.push_back({t.at("at").get<double>(), text_of(t.at("label"))});
      for (const json& n : j.at("notes")) g.notes.push_back(text_of(n));
      for (const json& d : j.at("deadlines")) {
        g.deadlines.push_back({d.at("at").get<double>(), text_of(d.at("label")), d.at("missed").get<bool>()});
      }
      g.deadline_label = text_of(j.at("deadline_word"));
      g.deadline_missed = j.at("missed").get<bool>();
      g.critical_label = text_of(j.at("critical"));
      g.step_label = text_of(j.at("step"));
      g.milestone_label = text_of(j.at("milestone"));
      out = render(g, options);
    }
    return encode_answer(out);
  } catch (const std::exception& e) {
    return encode_failure(e.what());
  }
}

std::string encode_answer(const rendering& r) {
  json messages = json::array();
  for (const diagnostic& m : r.messages)
    messages.push_back({{"level", static_cast<int>(m.level)}, {"text", bytes(m.message)}});
  const json answer = {{"ok", true}, {"bytes", bytes(r.bytes)}, {"messages", messages}};
  const auto packed = json::to_cbor(answer);
  return std::string(packed.begin(), packed.end());
}

std::string encode_failure(const std::string& what) {
  const json answer = {{"ok", false}, {"error", bytes(what)}};
  const auto packed = json::to_cbor(answer);
  return std::string(packed.begin(), packed.end());
}

rendering decode_answer(const std::string& answer) {
  const json j = json::from_cbor(answer);
  if (!j.at("ok").get<bool>()) throw render_error(text_of(j.at("error")));
  rendering out;
  out.bytes = text_of(j.at("bytes"));
  for (const json& m : j.at("messages")) {
    out.messages.push_back({static_cast<severity>(m.at("level").get<int>()), "graphviz", {}, text_of(m.at("text"))});
  }
  return out;
}

}  // namespace passation::detail
