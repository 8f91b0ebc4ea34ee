#pragma once
// Keys written from the fields' description (fields.hpp): every described field of a picture and
// of its options, length-prefixed so that no two different inputs give the same key.

#include <string>
#include <string_view>
#include <type_traits>

#include <fmt/format.h>

#include "fields.hpp"

namespace passation::detail {

class key_writer {
 public:
  /// With field_use::layout, only the fields that can move the layout count (the layout key);
  /// with field_use::drawing_only, every field does (the drawing cache's key).
  explicit key_writer(field_use counted) : layout_only_(counted == field_use::layout) {}

  template <class V>
  void add(const V& value) {
    if constexpr (std::is_same_v<V, std::string>) {
      text(value);
    } else if constexpr (std::is_same_v<V, bool>) {
      text(value ? "1" : "0");
    } else if constexpr (std::is_enum_v<V>) {
      text(fmt::format("{}", static_cast<std::underlying_type_t<V>>(value)));
    } else if constexpr (std::is_arithmetic_v<V>) {
      text(fmt::format("{}", value));  // a double's shortest form that reads back the same
    } else if constexpr (is_vector<V>::value) {
      text(fmt::format("{}", value.size()));
      for (const auto& item : value) add(item);
    } else {
      key_ += '{';
      for_each_field(value, [&](const auto& f, const auto& member) {
        if (!layout_only_ || f.use == field_use::layout) add(member);
      });
      key_ += '}';
    }
  }

  [[nodiscard]] std::string take() && { return std::move(key_); }

 private:
  void text(std::string_view t) {
    key_ += fmt::format("{}:", t.size());
    key_ += t;
  }

  bool layout_only_;
  std::string key_;
};

}  // namespace passation::detail
