#include "passation/text.hpp"

namespace passation {

std::string_view to_string(audience a) noexcept {
  switch (a) {
    case audience::plain: return "plain";
    case audience::technical: return "technical";
  }
  return "?";
}

std::optional<audience> parse_audience(std::string_view name) noexcept {
  for (audience a : all_audiences) {
    if (to_string(a) == name) return a;
  }
  return std::nullopt;
}

std::string_view to_string(language l) noexcept {
  switch (l) {
    case language::fr: return "fr";
    case language::en: return "en";
  }
  return "?";
}

std::optional<language> parse_language(std::string_view name) noexcept {
  if (name == "fr") return language::fr;
  if (name == "en") return language::en;
  return std::nullopt;
}

text text::per_audience(std::string plain, std::string technical) {
  text t;
  t.plain_ = std::move(plain);
  t.technical_ = std::move(technical);
  return t;
}

const std::string& text::for_audience(audience a) const noexcept {
  const std::string& own = a == audience::plain ? plain_ : technical_;
  const std::string& other = a == audience::plain ? technical_ : plain_;
  return own.empty() ? other : own;
}

}  // namespace passation
