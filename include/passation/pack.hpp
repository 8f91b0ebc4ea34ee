#pragma once
/// \file
/// Everything for the meeting in one folder: a self-contained index.html with a part for the funder
/// and a part for the contractor, every diagram as SVG, PNG (2× and 300 dpi) and PDF, every table as
/// Markdown, CSV and HTML, the slides as PowerPoint and as Marp Markdown, and a manifest.

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "passation/case.hpp"
#include "passation/diagnostic.hpp"
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
  /// Told as the drawings are made: how many are done, of how many (see batch_options::progress).
  std::function<void(std::size_t done, std::size_t count)> progress;
  /// Told while the splits are explored: how many are checked, of how many (see explore_options).
  std::function<void(std::uint64_t done, std::uint64_t count)> exploring;
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
  /// What drawing said on the way, as warnings naming their diagram: a PNG drawn at a lower
  /// resolution than asked (render_options::dpi_at_most), Graphviz's own warnings.
  std::vector<diagnostic> messages;
};

/// Builds every file of the pack in memory. The same case gives the same bytes.
[[nodiscard]] pack make_pack(const handover_case& c, const pack_options& options = {});

/// How write_pack() puts a pack in place.
struct pack_write_options {
  /// Each file rewritten in place, as it comes (watch mode: the page open in a browser is fresh at
  /// once, before the PDFs). Otherwise the pack is written whole into a staging folder beside
  /// `folder`, then swapped in by one rename.
  bool in_place = false;
  /// Read between two files: once true, the write stops and the folder is left as it was (a
  /// signal handler sets it; an atomic flag is safe to set there).
  const std::atomic<bool>* cancel = nullptr;
};

/// Writes the pack into `folder`, all old or all new: the files are written into a staging folder
/// beside it, which then takes the folder's place in one rename. Whatever stops it before (a full
/// disk, a signal, a crash), the folder is exactly as it was; a staging folder that a killed run
/// left behind is removed by the next one. Files that already hold the same bytes keep their
/// modification time; files of the previous pack that this one has not (a deleted scenario's) are
/// gone; files someone added by hand stay. A second writer into the same folder gets an io_error
/// (flock), and so does a folder that holds files but no pack, a symbolic link at the folder or on
/// the way to a file of the pack. Returns the paths (as in pack_file::path) whose bytes changed.
std::vector<std::string> write_pack(const pack& p, const std::filesystem::path& folder,
                                    const pack_write_options& options = {});

}  // namespace passation
