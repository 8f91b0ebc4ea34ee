#pragma once
// Walking a YAML document while collecting diagnostics: every accessor reports what is wrong at
// the node where it is wrong, and gives back something usable so that reading can go on and find
// the next problem.

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "passation/diagnostic.hpp"
#include "passation/text.hpp"

namespace passation::detail {

class yaml_reader {
 public:
  yaml_reader(std::string file, std::vector<diagnostic>& out) : file_(std::move(file)), out_(out) {}

  /// 1-based position of a node; `fallback` when yaml-cpp has none (null values have none).
  [[nodiscard]] static position where(const YAML::Node& node, position fallback = {});

  void error(position at, std::string message);
  /// Warns about characters a reader cannot see: control characters, and those that reverse the
  /// direction of the text.
  void warn_about_invisible(std::string_view s, std::string_view what, position at);
  /// Warns about a quoted text that swallowed the lines after it.
  void warn_about_runaway_quote(const YAML::Node& node, std::string_view what, position at);
  void warning(position at, std::string message);

  /// A scalar's text, or nothing (and an error naming `what`) when the node is not a scalar.
  std::optional<std::string> scalar(const YAML::Node& node, std::string_view what, position fallback = {});
  /// An identifier: letters, digits, '_' and '-'.
  std::optional<std::string> identifier(const YAML::Node& node, std::string_view what, position fallback = {});
  /// A text: a string, or a map {plain: …, technical: …}.
  text read_text(const YAML::Node& node, std::string_view what, position fallback = {});
  /// One text or a list of texts.
  std::vector<text> read_texts(const YAML::Node& node, std::string_view what, position fallback = {});
  /// One identifier or a list of identifiers, each with its position.
  std::vector<std::pair<std::string, position>> identifiers(const YAML::Node& node, std::string_view what,
                                                            position fallback = {});
  /// A number of working days, from 0 to `most` (fractions allowed: half a day is 0.5).
  std::optional<double> days(const YAML::Node& node, std::string_view what, double most, position fallback = {});
  /// One of `choices`.
  std::optional<std::string> choice(const YAML::Node& node, std::string_view what,
                                    std::initializer_list<std::string_view> choices, position fallback = {});

  /// Reports a collection with more than `limit` entries; true when it is within the limit.
  bool within(std::size_t count, std::size_t limit, std::string_view what, position at);
  /// True once a collection was over its limit (and left unread): what refers to its entries then
  /// cannot be checked, and would only report one false "not defined" per reference.
  [[nodiscard]] bool left_unread() const noexcept { return left_unread_; }
  /// Checks that an identifier is well formed; reports it otherwise.
  bool check_identifier(std::string_view id, std::string_view what, position at);

 private:
  std::string file_;
  std::vector<diagnostic>& out_;
  bool left_unread_ = false;
};

/// A YAML map read against the keys it may hold: reports when the node is not a map, every
/// unknown key (with the closest known key) and every key written twice.
class mapping {
 public:
  /// `unknown_hint` ends the message of an unknown key that is not a plausible misspelling.
  mapping(yaml_reader& reader, const YAML::Node& node, std::string_view what,
          std::initializer_list<std::string_view> keys, position fallback = {}, std::string_view unknown_hint = {});

  [[nodiscard]] bool valid() const noexcept { return valid_; }
  [[nodiscard]] bool has(std::string_view key) const;
  /// The value of `key` (an undefined node when absent).
  [[nodiscard]] YAML::Node get(std::string_view key) const;
  /// Where `key`'s value is, or the key itself when the value is null, or the map.
  [[nodiscard]] position value_where(std::string_view key) const;
  /// Where the key itself is, or the map when absent.
  [[nodiscard]] position key_where(std::string_view key) const;
  [[nodiscard]] position where() const noexcept { return where_; }
  /// When the map has `key`: its value read as a text (yaml_reader::read_text, `what` naming it in
  /// messages, at the value's position) into `into`. Otherwise `into` is left as it is.
  void read_text(std::string_view key, text& into, std::string_view what) const;
  /// As read_text(), for one text or a list of texts (yaml_reader::read_texts).
  void read_texts(std::string_view key, std::vector<text>& into, std::string_view what) const;
  /// As read_text(), for an identifier (yaml_reader::identifier); `into` is left as it is when the
  /// value is not one.
  void read_identifier(std::string_view key, std::string& into, std::string_view what) const;
  /// Reports that `key` is missing (unless an unknown key was already taken for a misspelling of it).
  void require(std::string_view key, std::string_view what);

 private:
  struct entry {
    std::string key;
    YAML::Node value;
    position key_at;
    position value_at;
  };
  const entry* find(std::string_view key) const;

  yaml_reader& reader_;
  std::vector<entry> entries_;
  std::vector<std::string> suggested_;  // keys offered as "did you mean": not reported missing too
  position where_;
  bool valid_ = false;
};

/// The entries of a YAML map whose keys are identifiers (actors, components…), in file order,
/// with keys written twice reported and dropped.
struct keyed_entry {
  std::string id;
  position where;
  YAML::Node value;
};
std::vector<keyed_entry> keyed_entries(yaml_reader& reader, const YAML::Node& node, std::string_view what,
                                       position fallback = {});

}  // namespace passation::detail
