#pragma once
// The funder's brief and the contractor's dossier as files: the page (HTML), the PDF printed from
// it, the editable DOCX.

#include <string>
#include <string_view>

#include "passation/brief.hpp"
#include "words/words.hpp"

namespace passation::detail {

/// The headings and labels of the brief's documents, in one language.
struct brief_words {
  std::string side_by_side, handed_over, receivers, contractor, risks, advantages, after, end, criteria, questions,
      transition, glossary, profiles, no_risk, dash;
  std::string kept;     ///< "Ce que le CREAI garde"
  std::string nothing;  ///< "Rien", a cell's whole content

  /// Passation's words for the brief, in the typography of `lang`.
  brief_words(const words& w, std::string keeper, language lang = language::fr);
};

/// A rating as a scale that survives black-and-white printing: "●●●", "●●○", "●○○".
std::string_view rating_dots(rating r);

/// The brief as one self-contained HTML page (also what the PDF is printed from).
std::string brief_page(const brief& b, const brief_words& w, language lang);
/// The brief as an editable Word document (.docx), the same content as the page.
std::string brief_docx(const brief& b, const brief_words& w, language lang);

}  // namespace passation::detail
