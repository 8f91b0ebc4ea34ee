#include "wire.hpp"

#include <type_traits>

#include <nlohmann/json.hpp>

#include "fields.hpp"

#include "passation/error.hpp"

namespace passation::detail {

namespace {

using json = nlohmann::json;

// Binary-safe: user text may hold anything, so strings travel as byte arrays, to be exact.
json bytes(const std::string& s) { return json::binary(std::vector<std::uint8_t>(s.begin(), s.end())); }
std::string text_of(const json& j) {
  const auto& b = j.get_binary();
  return std::string(b.begin(), b.end());
}

// A picture or its options as CBOR-ready JSON, every described field by its name (fields.hpp);
// both ends are the same program, so enumerations travel as their numbers.
template <class V>
json to_wire(const V& value) {
  if constexpr (std::is_same_v<V, std::string>) {
    return bytes(value);
  } else if constexpr (std::is_enum_v<V>) {
    return static_cast<std::underlying_type_t<V>>(value);
  } else if constexpr (std::is_arithmetic_v<V>) {
    return value;
  } else if constexpr (is_vector<V>::value) {
    json items = json::array();
    for (const auto& item : value) items.push_back(to_wire(item));
    return items;
  } else {
    json fields = json::object();
    for_each_field(value, [&](const auto& f, const auto& member) { fields[std::string(f.name)] = to_wire(member); });
    return fields;
  }
}

// The reverse of to_wire(); throws when a field is missing or of another type.
template <class V>
void from_wire(const json& j, V& value) {
  if constexpr (std::is_same_v<V, std::string>) {
    value = text_of(j);
  } else if constexpr (std::is_enum_v<V>) {
    value = static_cast<V>(j.get<std::underlying_type_t<V>>());
  } else if constexpr (std::is_arithmetic_v<V>) {
    value = j.get<V>();
  } else if constexpr (is_vector<V>::value) {
    value.clear();
    for (const json& item : j) from_wire(item, value.emplace_back());
  } else {
    for_each_field(value, [&](const auto& f, auto& member) { from_wire(j.at(std::string(f.name)), member); });
  }
}

template <class Picture>
std::string encode(std::string_view what, const Picture& picture, const render_options& options) {
  const json request{{"what", what}, {"options", to_wire(options)}, {"picture", to_wire(picture)}};
  const auto packed = json::to_cbor(request);
  return std::string(packed.begin(), packed.end());
}

template <class Picture>
rendering draw(const json& request) {
  render_options options;
  from_wire(request.at("options"), options);
  Picture picture;
  from_wire(request.at("picture"), picture);
  return render(picture, options);
}

}  // namespace

std::string encode_request(const diagram& d, const render_options& options) { return encode("diagram", d, options); }

std::string answer_request(const std::string& request) {
  try {
    const json j = json::from_cbor(request);
    return encode_answer(draw<diagram>(j));
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
