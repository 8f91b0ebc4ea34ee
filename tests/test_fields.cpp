// The fields' description (lib/render/fields.hpp) that the layout key, the drawing cache's key,
// the worker's wire and the golden dump walk: it must cover every field, and each of them must
// reach the keys and the wire.

#include <catch2/catch.hpp>

#include <string>
#include <type_traits>
#include <vector>

#include "passation/flowchart.hpp"
#include "passation/load.hpp"
#include "passation/worker.hpp"
#include "render/draw.hpp"
#include "render/drawing_cache_access.hpp"
#include "render/fields.hpp"

using namespace passation;

namespace {

// Two structs described wrongly: one field forgotten, one member described twice.
struct three_members {
  std::string a;
  std::vector<std::size_t> b;
  bool c = false;
};
struct two_members {
  std::string a;
  std::string b;
};

}  // namespace

template <>
struct passation::detail::described<three_members> {
  static constexpr auto fields = std::tuple{describe("a", &three_members::a), describe("b", &three_members::b)};
};
template <>
struct passation::detail::described<two_members> {
  static constexpr auto fields = std::tuple{describe("a", &two_members::a), describe("b", &two_members::a)};
};

// What stops the build when a picture's struct gains a field its description lacks.
static_assert(detail::member_count<three_members>() == 3);
static_assert(!detail::describes_every_member<three_members>);
static_assert(!detail::describes_every_member<two_members>);
static_assert(detail::describes_every_member<diagram_node>);

namespace {

// `value`, changed: another text, the other truth, the next enumerator or number, one more item.
template <class V>
V changed(const V& value) {
  if constexpr (std::is_same_v<V, std::string>) {
    return value + "x";
  } else if constexpr (std::is_same_v<V, bool>) {
    return !value;
  } else if constexpr (std::is_enum_v<V>) {
    return static_cast<V>(static_cast<std::underlying_type_t<V>>(value) + 1);
  } else if constexpr (std::is_arithmetic_v<V>) {
    return value + 1;
  } else if constexpr (detail::is_described<V>) {
    V other = value;  // a struct within a struct (a node's pin): its first field changed
    auto& first = other.*(std::get<0>(detail::described<V>::fields).member);
    first = changed(first);
    return other;
  } else {
    V more = value;
    more.emplace_back();
    return more;
  }
}

// Calls `check(name, use, other)` for each described field of `base`, with `other` = `base` but
// that field changed.
template <class S, class Check>
void each_field_changed(const S& base, Check check) {
  detail::for_each_field(base, [&](const auto& f, const auto& member) {
    S other = base;
    other.*(f.member) = changed(member);
    check(std::string(f.name), f.use, other);
  });
}

diagram one_of_each() {
  return {.title = "T",
          .lanes = {{"L", "l"}},
          .nodes = {{.key = "a", .label = "A", .lane = 0}, {.key = "b", .label = "B", .lane = 0}},
          .edges = {{.from = 0, .to = 1, .label = "oui"}},
          .legend = {{.label = "étape"}}};
}

}  // namespace

TEST_CASE("fields: every field of a diagram reaches the drawing cache's key, and those that move boxes the layout key",
          "[fields]") {
  const diagram base = one_of_each();
  const render_options options;
  const render_options outputs[] = {options};
  const auto check = [&](const std::string& name, detail::field_use use, const diagram& other) {
    INFO(name);
    CHECK(detail::drawing_key(other, outputs) != detail::drawing_key(base, outputs));
    CHECK((detail::layout_key(other, options) != detail::layout_key(base, options)) ==
          (use == detail::field_use::layout));
  };
  each_field_changed(base, check);
  // The fields of one item of each list: the second node, the edge, the lane, the legend's entry.
  const auto each_item_field_changed = [&](auto list, std::size_t item, const std::string& what) {
    each_field_changed((base.*list)[item], [&](const std::string& name, detail::field_use use, const auto& changed) {
      diagram other = base;
      (other.*list)[item] = changed;
      check(what + " " + name, use, other);
    });
  };
  each_item_field_changed(&diagram::nodes, 1, "node");
  each_item_field_changed(&diagram::edges, 0, "edge");
  each_item_field_changed(&diagram::lanes, 0, "lane");
  each_item_field_changed(&diagram::legend, 0, "legend");
  each_field_changed(options, [&](const std::string& name, detail::field_use use, const render_options& other) {
    INFO("option " << name);
    const render_options changed_outputs[] = {other};
    CHECK(detail::drawing_key(base, changed_outputs) != detail::drawing_key(base, outputs));
    CHECK((detail::layout_key(base, other) != detail::layout_key(base, options)) == (use == detail::field_use::layout));
  });
}

TEST_CASE("fields: every field of a pin (a Gantt chart's node) moves the layout", "[fields]") {
  diagram base = one_of_each();
  base.pinned = true;
  base.nodes[1].pin = {.x = 10, .y = -20, .width = 30, .height = 14};
  const render_options options;
  const render_options outputs[] = {options};
  each_field_changed(base.nodes[1].pin, [&](const std::string& name, detail::field_use use, const diagram_pin& pin) {
    INFO("pin " << name);
    diagram other = base;
    other.nodes[1].pin = pin;
    CHECK(use == detail::field_use::layout);
    CHECK(detail::layout_key(other, options) != detail::layout_key(base, options));
    CHECK(detail::drawing_key(other, outputs) != detail::drawing_key(base, outputs));
  });
  // Numbers count to their last digit: a bar 2 points wide and one 2.0000001 points wide are two charts.
  diagram nearly = base;
  nearly.nodes[1].pin.width = 30.0000001;
  CHECK(detail::layout_key(nearly, options) != detail::layout_key(base, options));
}

TEST_CASE("fields: a worker gets every field of aligned and compared diagrams", "[fields][worker]") {
  const handover_case& c = default_case();
  std::vector<process_graph> processes;
  for (const scenario& s : c.scenarios) processes.push_back(build_process(c, s));
  // Ghosts, versions and drawn_in (aligned); marks and tags (a difference).
  const std::vector<diagram> aligned = make_aligned_flowcharts(processes, {});
  const diagram diff = make_flowchart_diff(processes[0], processes[2], {});
  render_worker worker;
  for (const diagram* d : {&aligned[1], &diff}) {
    CHECK(worker.render(*d, {.format = output_format::svg}).bytes == render(*d, {.format = output_format::svg}).bytes);
  }
}
