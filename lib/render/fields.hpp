#pragma once
// One description of the fields of the picture type (the diagram and what it is made of) and of
// the render options. The layout key, the drawing cache's key, the worker's wire format
// (wire.cpp) and the golden dump of the tests all walk it, so a field is written down once. A
// struct that gains a field this file does not describe stops the build: a field forgotten in a
// key would reuse a stale layout, forgotten on the wire the worker would drop it.

#include <cstddef>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include "passation/diagram.hpp"
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
struct described<diagram_pin> {
  static constexpr auto fields =
      std::tuple{describe("x", &diagram_pin::x), describe("y", &diagram_pin::y), describe("width", &diagram_pin::width),
                 describe("height", &diagram_pin::height), describe("anchor", &diagram_pin::anchor)};
};

template <>
struct described<diagram_node> {
  static constexpr auto fields =
      std::tuple{describe("key", &diagram_node::key),           describe("kind", &diagram_node::kind),
                 describe("label", &diagram_node::label),       describe("details", &diagram_node::details),
                 describe("badge", &diagram_node::badge),       describe("lane", &diagram_node::lane),
                 describe("tone", &diagram_node::tone),         describe("mark", &diagram_node::mark),
                 describe("tag", &diagram_node::tag),           describe("ghost", &diagram_node::ghost),
                 describe("drawn_in", &diagram_node::drawn_in), describe("pin", &diagram_node::pin)};
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
                                            describe("large_type", &diagram::large_type),
                                            describe("pinned", &diagram::pinned)};
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
// converts to whatever its member is, so that an aggregate member (diagram_node::pin) takes one
// initialiser, its braces never elided; no member here is an array.
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
static_assert(describes_every_member<diagram_pin>, "diagram_pin has a field that lib/render/fields.hpp lacks");
static_assert(describes_every_member<diagram_lane>, "diagram_lane has a field that lib/render/fields.hpp lacks");
static_assert(describes_every_member<diagram_node>, "diagram_node has a field that lib/render/fields.hpp lacks");
static_assert(describes_every_member<diagram_edge>, "diagram_edge has a field that lib/render/fields.hpp lacks");
static_assert(describes_every_member<legend_entry>, "legend_entry has a field that lib/render/fields.hpp lacks");
static_assert(describes_every_member<diagram>, "diagram has a field that lib/render/fields.hpp lacks");
static_assert(describes_every_member<render_options>, "render_options has a field that lib/render/fields.hpp lacks");

}  // namespace passation::detail
