#pragma once
/// \file
/// Texts that depend on who reads them (the funder or the contractor) and the language the
/// tool writes its own words in.

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace passation {

/// Who a document is written for.
enum class audience {
  plain,      ///< the funder: everyday words, no jargon ("le CREAI")
  technical,  ///< the contractor: names, tools and technical terms ("Thibaud", WordPress, DNS)
};

/// Both audiences, the funder's first.
inline constexpr std::array all_audiences{audience::plain, audience::technical};

/// "plain" or "technical".
std::string_view to_string(audience a) noexcept;
/// Parses "plain" or "technical"; nothing for anything else.
std::optional<audience> parse_audience(std::string_view name) noexcept;

/// The language of the words passation writes itself (legends, titles, "oui"/"non").
/// The case's own texts are written in the case's language and are never translated.
enum class language {
  fr,  ///< French
  en   ///< English
};

/// "fr" or "en".
std::string_view to_string(language l) noexcept;
/// Parses "fr" or "en"; nothing for anything else.
std::optional<language> parse_language(std::string_view name) noexcept;

/// A text set in the typography of `lang`, as it is written into an output. French: the
/// typographic apostrophe (’), a no-break space before ':' and a narrow no-break space before
/// ';', '?' and '!' and inside « », in place of the ordinary spaces there (none is added where
/// there was none, so "10:30" and "https://…" stay as they are); nothing inside `backquotes`.
/// English: unchanged.
[[nodiscard]] std::string typeset(std::string_view s, language lang);

/// A text of the case: one string for every audience, or one string per audience.
///
/// When only one audience's string is given, for_audience() gives it to the other audience too:
/// that is what names, labels and titles need, since every reader needs one. Details and notes use
/// only_for(), so that a detail written for the contractor alone never reaches the funder.
class text {
 public:
  /// No string for anyone.
  text() = default;
  /// The same string for every audience.
  text(std::string everyone) : plain_(everyone), technical_(std::move(everyone)) {}  // NOLINT: implicit on purpose
  /// The same string for every audience.
  text(const char* everyone) : text(std::string(everyone)) {}  // NOLINT

  /// One string per audience; an empty string means "use the other audience's".
  static text per_audience(std::string plain, std::string technical);

  /// The string for `a`, or the other audience's when `a` has none.
  [[nodiscard]] const std::string& for_audience(audience a) const noexcept;
  /// The string written for `a` (or for everyone); empty when it was written for the other audience only.
  [[nodiscard]] const std::string& only_for(audience a) const noexcept {
    return a == audience::plain ? plain_ : technical_;
  }
  /// True when neither audience has a string.
  [[nodiscard]] bool empty() const noexcept { return plain_.empty() && technical_.empty(); }
  /// True when the two audiences read different strings.
  [[nodiscard]] bool varies() const noexcept {
    return for_audience(audience::plain) != for_audience(audience::technical);
  }

  /// The same strings for both audiences.
  friend bool operator==(const text&, const text&) = default;

 private:
  std::string plain_;
  std::string technical_;
};

}  // namespace passation
