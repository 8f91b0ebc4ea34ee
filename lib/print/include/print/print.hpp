#pragma once
// Printing an HTML page to PDF, in-process: litehtml lays the page out (CSS boxes, tables,
// lists), pango measures and draws the text, cairo writes the PDF. passation cuts the pages
// itself, between blocks and between table rows, never right after a heading.

#include <map>
#include <string>
#include <vector>

namespace passation::detail {

/// A picture an <img src="…"> of the page names: PNG bytes, or SVG text (drawn as vectors).
struct print_image {
  std::string bytes;  ///< the file's bytes
  bool svg = false;   ///< SVG (vectors) rather than PNG
};

/// How to print.
struct print_options {
  double page_width = 595.28;                 ///< points (A4)
  double page_height = 841.89;                ///< points (A4)
  double margin = 34;                         ///< points, on every side (12 mm)
  std::string font = "DejaVu Sans";           ///< the default font family
  std::map<std::string, print_image> images;  ///< by the `src` the page uses
  std::string title;                          ///< the PDF's title (its metadata)
  std::string footer;                         ///< drawn at the bottom of every page, left; the page number goes right
};

/// The printed document.
struct printed {
  std::string pdf;        ///< the bytes of the PDF
  std::size_t pages = 0;  ///< how many pages
  /// For each page, the text of the blocks it starts with and ends with, in reading order (the
  /// tests check that no page ends on a heading, and what page 1 holds).
  std::vector<std::vector<std::string>> blocks;
};

/// Prints `html` (one document: <html> with a <style> in its <head>; no script, no outside
/// resource). Blocks are the children of <body> and of elements with class "flow": a block that
/// does not fit on what is left of a page goes to the next one; a <table> is cut between its
/// rows; a heading (h1–h4) goes with the block after it; an element with class "page" starts a
/// new page. Throws error when litehtml cannot read the page or cairo cannot write the PDF.
[[nodiscard]] printed print_to_pdf(const std::string& html, const print_options& options);

}  // namespace passation::detail
