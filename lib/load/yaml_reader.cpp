#include "yaml_reader.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

#include <fmt/format.h>

#include "passation/limits.hpp"
#include "model/safe_text.hpp"
#include "model/suggest.hpp"

namespace passation::detail {

namespace {
std::string_view type_name(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Null: return "nothing";
    case YAML::NodeType::Scalar: return "a single value";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Map: return "a map";
    case YAML::NodeType::Undefined: return "nothing";
  }
  return "something else";
}

std::string quoted_list(std::initializer_list<std::string_view> words) {
  std::string out;
  for (std::string_view w : words) {
    if (!out.empty()) out += ", ";
    out += fmt::format("'{}'", w);
  }
  return out;
}
}  // namespace

position yaml_reader::where(const YAML::Node& node, position fallback) {
  if (!node.IsDefined() || node.IsNull()) return fallback;
  const YAML::Mark mark = node.Mark();
  if (mark.is_null() || mark.line < 0) return fallback;
  return {mark.line + 1, mark.column + 1};
}

void yaml_reader::warn_about_invisible(std::string_view s, std::string_view what, position at) {
  bool control = false, bidi = false;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t len = std::max<std::size_t>(detail::utf8_sequence_length(s, i), 1);
    const auto c = static_cast<unsigned char>(s[i]);
    if ((len == 1 && c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || detail::is_c1_control(s, i, len))
      control = true;
    if (detail::is_direction_control(s, i, len)) bidi = true;
    i += len;
  }
  if (control) warning(at, fmt::format("{} holds control characters: they are drawn as \uFFFD", what));
  if (bidi) {
    warning(at, fmt::format("{} holds characters that change the direction of the text (U+202A-U+202E, U+2066-U+2069): "
                            "it may read differently from what it is",
                            what));
  }
}

void yaml_reader::warn_about_runaway_quote(const YAML::Node& node, std::string_view what, position at) {
  // A quote that is never closed swallows the lines after it (YAML folds them into spaces): the
  // text then holds keys of the case file ("language: en actors: …"), and those keys go missing.
  if (node.Tag() != "!") return;  // only quoted texts
  static constexpr std::string_view keys[] = {"case",        "title",   "language", "start", "deadline",  "actors",
                                              "components",  "skills",  "profiles", "rules", "couplings", "scenarios",
                                              "emergencies", "process", "id",       "kind",  "actor",     "label",
                                              "next",        "name",    "side"};
  const std::string& s = node.Scalar();
  for (std::string_view key : keys) {
    for (std::size_t at_key = s.find(key); at_key != std::string::npos; at_key = s.find(key, at_key + 1)) {
      const bool starts_word = at_key > 0 && (s[at_key - 1] == ' ' || s[at_key - 1] == '\n');
      if (starts_word && s.compare(at_key + key.size(), 2, ": ") == 0) {
        warning(at, fmt::format("{} holds '{}: ', like a key: is a closing quote missing?", what, key));
        return;
      }
    }
  }
}

void yaml_reader::error(position at, std::string message) {
  out_.push_back({severity::error, file_, at, std::move(message)});
}

void yaml_reader::warning(position at, std::string message) {
  out_.push_back({severity::warning, file_, at, std::move(message)});
}

std::optional<std::string> yaml_reader::scalar(const YAML::Node& node, std::string_view what, position fallback) {
  if (node.IsScalar()) {
    std::size_t characters = 0;
    for (unsigned char ch : node.Scalar()) characters += (ch & 0xC0) != 0x80;
    if (characters > limits::text_characters) {
      error(where(node, fallback), fmt::format("{} has {} characters; a text may have at most {}: shorten it", what,
                                               characters, limits::text_characters));
      return std::nullopt;
    }
    warn_about_invisible(node.Scalar(), what, where(node, fallback));
    warn_about_runaway_quote(node, what, where(node, fallback));
    return node.Scalar();
  }
  error(where(node, fallback), fmt::format("{} must be a single value, not {}", what, type_name(node)));
  return std::nullopt;
}

bool yaml_reader::within(std::size_t count, std::size_t limit, std::string_view what, position at) {
  if (count <= limit) return true;
  left_unread_ = true;
  error(at, fmt::format("the case has {} {}; it may have at most {}", count, what, limit));
  return false;
}

bool yaml_reader::check_identifier(std::string_view id, std::string_view what, position at) {
  const bool ok = !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-';
  });
  if (id.empty()) {
    error(at, fmt::format("{} is empty: give it an identifier of 1 to 64 ASCII letters, digits, '_' or '-'", what));
  } else if (!ok) {
    error(at,
          fmt::format("{} '{}' is not a valid identifier: use 1 to 64 ASCII letters, digits, '_' or '-'", what, id));
  }
  return ok;
}

std::optional<std::string> yaml_reader::identifier(const YAML::Node& node, std::string_view what, position fallback) {
  auto value = scalar(node, what, fallback);
  if (!value || !check_identifier(*value, what, where(node, fallback))) return std::nullopt;
  return value;
}

text yaml_reader::read_text(const YAML::Node& node, std::string_view what, position fallback) {
  if (node.IsScalar()) {
    auto s = scalar(node, what, fallback);
    return s ? text(std::move(*s)) : text{};
  }
  if (node.IsMap()) {
    // In `{plain: a, b, technical: c}`, YAML reads "b" as a key: say so.
    mapping m(*this, node, what, {"plain", "technical"}, fallback,
              ": a text holding ',' or ': ' inside {...} must be quoted, e.g. {plain: \"a, b\"}");
    std::string plain, technical;
    bool unreadable = false;  // already reported: "needs a text" would only repeat it
    if (m.has("plain")) {
      if (auto s = scalar(m.get("plain"), fmt::format("{} (plain)", what), m.value_where("plain")))
        plain = *s;
      else
        unreadable = true;
    }
    if (m.has("technical")) {
      if (auto s = scalar(m.get("technical"), fmt::format("{} (technical)", what), m.value_where("technical"))) {
        technical = *s;
      } else {
        unreadable = true;
      }
    }
    if (m.valid() && !unreadable && plain.empty() && technical.empty()) {
      error(m.where(), fmt::format("{} needs 'plain' or 'technical' text", what));
    }
    return text::per_audience(std::move(plain), std::move(technical));
  }
  error(where(node, fallback),
        fmt::format("{} must be a text, or a map with 'plain' and 'technical' texts, not {}", what, type_name(node)));
  return {};
}

std::vector<text> yaml_reader::read_texts(const YAML::Node& node, std::string_view what, position fallback) {
  std::vector<text> texts;
  if (node.IsSequence()) {
    for (const YAML::Node& item : node) texts.push_back(read_text(item, what, where(node, fallback)));
  } else {
    texts.push_back(read_text(node, what, fallback));
  }
  return texts;
}

std::vector<std::pair<std::string, position>> yaml_reader::identifiers(const YAML::Node& node, std::string_view what,
                                                                       position fallback) {
  std::vector<std::pair<std::string, position>> ids;
  if (node.IsSequence()) {
    for (const YAML::Node& item : node) {
      const position at = where(item, where(node, fallback));
      if (auto id = identifier(item, what, at)) ids.emplace_back(*id, at);
    }
  } else if (node.IsScalar()) {
    if (auto id = identifier(node, what, fallback)) ids.emplace_back(*id, where(node, fallback));
  } else {
    error(where(node, fallback),
          fmt::format("{} must be an identifier or a list of identifiers, not {}", what, type_name(node)));
  }
  return ids;
}

std::optional<double> yaml_reader::days(const YAML::Node& node, std::string_view what, double most, position fallback) {
  auto s = scalar(node, what, fallback);
  if (!s) return std::nullopt;
  double value = 0;
  const char* first = s->data();
  const char* last = first + s->size();
  auto [end, ec] = std::from_chars(first, last, value);
  if (ec != std::errc() || end != last || !(value >= 0) || value > most) {
    error(where(node, fallback),
          fmt::format("{} must be a number of working days between 0 and {}, not '{}'", what, most, *s));
    return std::nullopt;
  }
  return value;
}

std::optional<std::string> yaml_reader::choice(const YAML::Node& node, std::string_view what,
                                               std::initializer_list<std::string_view> choices, position fallback) {
  auto s = scalar(node, what, fallback);
  if (!s) return std::nullopt;
  if (std::find(choices.begin(), choices.end(), *s) != choices.end()) return s;
  std::vector<std::string> names(choices.begin(), choices.end());
  error(where(node, fallback),
        fmt::format("{} must be one of {}, not '{}'{}", what, quoted_list(choices), *s, did_you_mean(*s, names)));
  return std::nullopt;
}

mapping::mapping(yaml_reader& reader, const YAML::Node& node, std::string_view what,
                 std::initializer_list<std::string_view> keys, position fallback, std::string_view unknown_hint)
    : reader_(reader), where_(yaml_reader::where(node, fallback)) {
  if (!node.IsMap()) {
    reader.error(where_, fmt::format("{} must be a map, not {}", what, type_name(node)));
    return;
  }
  valid_ = true;
  std::vector<std::string> known(keys.begin(), keys.end());
  for (auto it = node.begin(); it != node.end(); ++it) {
    const position key_at = yaml_reader::where(it->first, yaml_reader::where(it->second, where_));
    if (!it->first.IsScalar()) {
      reader.error(key_at, fmt::format("the keys of {} must be names, not {}", what, type_name(it->first)));
      continue;
    }
    const std::string& key = it->first.Scalar();
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      const auto match = closest_match(key, known);
      reader.error(key_at, fmt::format("unknown key '{}' in {}{}", key, what,
                                       match ? did_you_mean(key, known) : std::string(unknown_hint)));
      if (match) suggested_.push_back(*match);
      continue;
    }
    if (const entry* first = find(key)) {
      reader.error(key_at,
                   fmt::format("key '{}' is written twice in {} (first at line {})", key, what, first->key_at.line));
      continue;
    }
    entries_.push_back({key, it->second, key_at, yaml_reader::where(it->second, key_at)});
  }
}

const mapping::entry* mapping::find(std::string_view key) const {
  auto it = std::find_if(entries_.begin(), entries_.end(), [key](const entry& e) { return e.key == key; });
  return it == entries_.end() ? nullptr : &*it;
}

bool mapping::has(std::string_view key) const { return find(key) != nullptr; }

YAML::Node mapping::get(std::string_view key) const {
  if (const entry* e = find(key)) return e->value;
  return YAML::Node(YAML::NodeType::Undefined);
}

position mapping::value_where(std::string_view key) const {
  const entry* e = find(key);
  return e ? e->value_at : where_;
}

void mapping::read_text(std::string_view key, text& into, std::string_view what) const {
  if (const entry* e = find(key)) into = reader_.read_text(e->value, what, value_where(key));
}

void mapping::read_texts(std::string_view key, std::vector<text>& into, std::string_view what) const {
  if (const entry* e = find(key)) into = reader_.read_texts(e->value, what, value_where(key));
}

void mapping::read_identifier(std::string_view key, std::string& into, std::string_view what) const {
  if (const entry* e = find(key)) {
    if (auto id = reader_.identifier(e->value, what, value_where(key))) into = std::move(*id);
  }
}

position mapping::key_where(std::string_view key) const {
  const entry* e = find(key);
  return e ? e->key_at : where_;
}

void mapping::require(std::string_view key, std::string_view what) {
  if (!valid_ || has(key)) return;
  if (std::find(suggested_.begin(), suggested_.end(), key) != suggested_.end()) return;
  reader_.error(where_, fmt::format("{} needs '{}'", what, key));
}

std::vector<keyed_entry> keyed_entries(yaml_reader& reader, const YAML::Node& node, std::string_view what,
                                       position fallback) {
  std::vector<keyed_entry> result;
  const position at = yaml_reader::where(node, fallback);
  if (!node.IsMap()) {
    reader.error(at, fmt::format("{} must be a map from identifiers to definitions, not {}", what, type_name(node)));
    return result;
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    // A missing key (": value") has no position of its own: its value's is the nearest.
    const position key_at = yaml_reader::where(it->first, yaml_reader::where(it->second, at));
    auto id = reader.identifier(it->first, fmt::format("the key of an entry of {}", what), key_at);
    if (!id) continue;
    auto same = std::find_if(result.begin(), result.end(), [&](const keyed_entry& e) { return e.id == *id; });
    if (same != result.end()) {
      reader.error(key_at, fmt::format("'{}' is defined twice in {} (first at line {})", *id, what, same->where.line));
      continue;
    }
    result.push_back({*id, key_at, it->second});
  }
  return result;
}

}  // namespace passation::detail
