#pragma once
// One description of the fields of each picture type (the diagram, the Gantt chart and what they
// are made of) and of the render options. The layout key, the drawing cache's key, the worker's
// wire format (wire.cpp) and the golden dump of the tests all walk it, so a field is written down
// once. A struct that gains a field this file does not describe stops the build: a field forgotten
// in a key would reuse a stale layout, forgotten on the wire the worker would drop it.

#include <cstddef>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "passation/diagram.hpp"
#include "passation/gantt.hpp"
#include "passation/render.hpp"

namespace passation::detail {

/// Whether a field can move anything in a diagram's layout: the layout key leaves out the others
/// (a title is drawn in the last pass only; the format or the resolution do not move a box).
enum class field_use { layout, drawing_only };

/// One field of `Owner`: its name (on the wire and in the golden dump) and its member.
template <class Owner, class Member>
struct field {
  std::string_view name;
  Member Owner::*member;
  field_use use;
};

template <class Owner, class Member>
constexpr field<Owner, Member> describe(std::string_view name, Member Owner::*member,
                                        field_use use = field_use::layout) {
  return {name, member, use};
}

/// Specialised for each described type: `static constexpr auto fields`, a tuple of field, in the
/// order of the wire and of the golden dump (the struct's).
template <class T>
struct described;

template <class T>
concept is_described = requires {
  described<T>::fields;
};

template <>
struct described<diagram_lane> {
  static constexpr auto fields =
      std::tuple{describe("title", &diagram_lane::title), describe("subtitle", &diagram_lane::subtitle)};
};

template <>
struct described<diagram_node> {
  static constexpr auto fields =
      std::tuple{describe("key", &diagram_node::key),          describe("kind", &diagram_node::kind),
                 describe("label", &diagram_node::label),      describe("details", &diagram_node::details),
                 describe("badge", &diagram_node::badge),      describe("lane", &diagram_node::lane),
                 describe("tone", &diagram_node::tone),        describe("mark", &diagram_node::mark),
                 describe("tag", &diagram_node::tag),          describe("ghost", &diagram_node::ghost),
                 describe("drawn_in", &diagram_node::drawn_in)};
};

template <>
struct described<diagram_edge> {
  static constexpr auto fields =
      std::tuple{describe("from", &diagram_edge::from),   describe("to", &diagram_edge::to),
                 describe("label", &diagram_edge::label), describe("closes_loop", &diagram_edge::closes_loop),
                 describe("mark", &diagram_edge::mark),   describe("ghost", &diagram_edge::ghost)};
};

template <>
struct described<legend_entry> {
  static constexpr auto fields =
      std::tuple{describe("kind", &legend_entry::kind),   describe("tone", &legend_entry::tone),
                 describe("label", &legend_entry::label), describe("badge", &legend_entry::badge),
                 describe("mark", &legend_entry::mark),   describe("tag", &legend_entry::tag)};
};

template <>
struct described<diagram> {
  static constexpr auto fields = std::tuple{describe("title", &diagram::title, field_use::drawing_only),
                                            describe("subtitle", &diagram::subtitle, field_use::drawing_only),
                                            describe("lanes", &diagram::lanes),
                                            describe("nodes", &diagram::nodes),
                                            describe("edges", &diagram::edges),
                                            describe("legend_title", &diagram::legend_title),
                                            describe("legend", &diagram::legend),
                                            describe("direction", &diagram::direction),
                                            describe("large_type", &diagram::large_type)};
};

template <>
struct described<gantt_row> {
  static constexpr auto fields = std::tuple{describe("label", &gantt_row::label),
                                            describe("who", &gantt_row::who),
                                            describe("start", &gantt_row::start),
                                            describe("finish", &gantt_row::finish),
                                            describe("milestone", &gantt_row::milestone),
                                            describe("critical", &gantt_row::critical),
                                            describe("tone", &gantt_row::tone)};
};

template <>
struct described<gantt_mark> {
  static constexpr auto fields = std::tuple{describe("at", &gantt_mark::at), describe("label", &gantt_mark::label)};
};

template <>
struct described<gantt_deadline> {
  static constexpr auto fields =
      std::tuple{describe("at", &gantt_deadline::at), describe("label", &gantt_deadline::label),
                 describe("missed", &gantt_deadline::missed)};
};

template <>
struct described<gantt_chart> {
  static constexpr auto fields = std::tuple{describe("title", &gantt_chart::title),
                                            describe("subtitle", &gantt_chart::subtitle),
                                            describe("rows", &gantt_chart::rows),
                                            describe("ticks", &gantt_chart::ticks),
                                            describe("deadlines", &gantt_chart::deadlines),
                                            describe("notes", &gantt_chart::notes),
                                            describe("deadline_missed", &gantt_chart::deadline_missed),
                                            describe("critical_label", &gantt_chart::critical_label),
                                            describe("deadline_label", &gantt_chart::deadline_label),
                                            describe("step_label", &gantt_chart::step_label),
                                            describe("milestone_label", &gantt_chart::milestone_label)};
};

template <>
struct described<render_options> {
  static constexpr auto fields =
      std::tuple{describe("format", &render_options::format, field_use::drawing_only),
                 describe("dpi", &render_options::dpi, field_use::drawing_only),
                 describe("dpi_at_most", &render_options::dpi_at_most, field_use::drawing_only),
                 describe("fit_width", &render_options::fit_width, field_use::drawing_only),
                 describe("fit_height", &render_options::fit_height, field_use::drawing_only),
                 describe("budget", &render_options::budget),
                 describe("font", &render_options::font)};
};

/// Calls `f(field, value)` for each described field of `object`, in order.
template <class T, class F>
requires is_described<std::remove_const_t<T>>
constexpr void for_each_field(T& object, F&& f) {
  std::apply([&](const auto&... each) { (f(each, object.*(each.member)), ...); },
             described<std::remove_const_t<T>>::fields);
}

template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};

// How many members an aggregate has: the most initialisers its braces take. Each initialiser
// converts to whatever its member is (no member here is an aggregate or an array, whose braces
// could be elided).
struct any_member {
  template <class T>
  constexpr operator T&() const&& noexcept;  // NOLINT(google-explicit-constructor): converts to any member
};

template <class T, class... Initialisers>
constexpr std::size_t member_count() {
  if constexpr (requires { T{Initialisers{}..., any_member{}}; })
    return member_count<T, Initialisers..., any_member>();
  else
    return sizeof...(Initialisers);
}

// No member described twice (two fields of one type cannot point to one member).
template <class T>
constexpr bool members_distinct() {
  constexpr auto& all = described<T>::fields;
  return []<std::size_t... I>(std::index_sequence<I...>) {
    bool distinct = true;
    const auto differ = [](const auto& a, const auto& b) {
      if constexpr (std::is_same_v<decltype(a.member), decltype(b.member)>)
        return a.member != b.member;
      else
        return true;
    };
    const auto against_later = [&]<std::size_t J>(std::integral_constant<std::size_t, J>) {
      ((distinct = distinct && (I <= J || differ(std::get<J>(all), std::get<I>(all)))), ...);
    };
    (against_later(std::integral_constant<std::size_t, I>{}), ...);
    return distinct;
  }
  (std::make_index_sequence<std::tuple_size_v<std::remove_cvref_t<decltype(all)>>>{});
}

template <class T>
constexpr bool describes_every_member =
    std::tuple_size_v<decltype(described<T>::fields)> == member_count<T>() && members_distinct<T>();

// A field added to one of these structs must be added to its description above: it then reaches
// the keys, the wire and the golden dump.
static_assert(describes_every_member<diagram_lane>, "diagram_lane has a field that lib/render/fields.hpp lacks");
static_assert(describes_every_member<diagram_node>, "diagram_node has a field that lib/render/fields.hpp lacks");
static_assert(describes_every_member<diagram_edge>, "diagram_edge has a field that lib/render/fields.hpp lacks");
static_assert(describes_every_member<legend_entry>, "legend_entry has a field that lib/render/fields.hpp lacks");
static_assert(describes_every_member<diagram>, "diagram has a field that lib/render/fields.hpp lacks");
static_assert(describes_every_member<gantt_row>, "gantt_row has a field that lib/render/fields.hpp lacks");
static_assert(describes_every_member<gantt_mark>, "gantt_mark has a field that lib/render/fields.hpp lacks");
static_assert(describes_every_member<gantt_deadline>, "gantt_deadline has a field that lib/render/fields.hpp lacks");
static_assert(describes_every_member<gantt_chart>, "gantt_chart has a field that lib/render/fields.hpp lacks");
static_assert(describes_every_member<render_options>, "render_options has a field that lib/render/fields.hpp lacks");

}  // namespace passation::detail
