#pragma once
/// \file
/// Everything for the meeting in one folder: a self-contained index.html with a part for the funder
/// and a part for the contractor, every diagram as SVG, PNG (2× and 300 dpi) and PDF, every table as
/// Markdown, CSV and HTML, the slides as PowerPoint and as Marp Markdown, and a manifest.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "passation/case.hpp"
#include "passation/drawing_cache.hpp"
#include "passation/text.hpp"

namespace passation {

/// The language and the resolutions of a meeting pack.
struct pack_options {
  /// The language of passation's own words; default: the case's.
  std::optional<language> lang;
  double screen_dpi = 192;  ///< "2×" PNGs, for screens and slides
  double print_dpi = 300;   ///< PNGs for print
  /// Drawings kept from the last build (watch mode): only the pictures that changed are drawn.
  drawing_cache* cache = nullptr;
  /// Only what is quick to make: the page, the tables, the Marp deck and the SVG drawings; no
  /// PNG, PDF, PowerPoint deck or manifest. Watch mode writes it first, then the whole pack.
  bool quick = false;
};

/// One file of the pack.
struct pack_file {
  std::string path;         ///< relative to the pack's folder, with '/'
  std::string bytes;        ///< its whole content
  std::string kind;         ///< "page", "diagram", "table", "slides", "manifest"
  std::string description;  ///< in the pack's language
};

/// The meeting pack: every file, built in memory (make_pack()), written by write_pack().
struct pack {
  std::vector<pack_file> files;  ///< in a stable order; the manifest last
};

/// Builds every file of the pack in memory. The same case gives the same bytes.
[[nodiscard]] pack make_pack(const handover_case& c, const pack_options& options = {});

/// Writes the pack into `folder` (created if needed), each file written whole and renamed into
/// place; a file that already holds the same bytes is left as it is (its modification time
/// too). Files of an earlier pack that this one does not have are left alone. Returns the paths
/// (as in pack_file::path) of the files written.
std::vector<std::string> write_pack(const pack& p, const std::filesystem::path& folder);

}  // namespace passation
