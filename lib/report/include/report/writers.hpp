#pragma once
// One writer per format; write_report() picks one.

#include <string>

#include "passation/report.hpp"

namespace passation::detail {

std::string write_markdown(const report& r);
/// A report's sections as Markdown, without its title; headings start at `level` '#'.
std::string markdown_sections(const report& r, int level);
/// User text escaped for Markdown.
std::string markdown_escape(std::string_view s);
std::string write_html(const report& r, language lang);
/// The style sheet of passation's HTML pages (inline, no external resource).
std::string_view html_style();
/// A report's sections as HTML, without the page around them; headings start at <h{level}>.
std::string html_sections(const report& r, int level);
std::string write_csv(const report& r, char separator);
std::string write_json(const report& r);

}  // namespace passation::detail
